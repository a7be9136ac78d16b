"""The ``grantcheck`` command's entry point: ``main``, which ends every run in an exit code,
never a traceback, and the signals that stop a run cleanly (its workers too).

Nothing here imports a command or the rest of ``grantcheck.cli`` at import time (``cli``
re-exports ``main`` and ``Stopped`` from here), so there is no import cycle.
"""

from __future__ import annotations

import contextlib
import os
import sys

INTERNAL_ERROR = 3
# a worker process ended by a signal from outside (kill -9, or the system out of memory): the
# run stops before any output is written (outputs are staged), exit 2 as for an input problem
WORKER_KILLED = (
    "a worker process was stopped from outside (killed, perhaps by the system for want of "
    "memory), so the run stopped and wrote nothing; run again, with fewer workers (-j 1) if it "
    "happens again"
)


class Stopped(BaseException):
    """A signal asked grantcheck to stop (a BaseException, so that click does not catch it)."""

    def __init__(self, signum: int) -> None:
        import signal

        name = signal.Signals(signum).name
        super().__init__("interrupted" if signum == signal.SIGINT else f"stopped by {name}")
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise Stopped(signum)


def _calm_streams() -> None:
    """Never fail on text the terminal's encoding cannot show; stop cleanly on a signal."""
    import signal

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop)


def _stop_workers() -> None:
    """End every worker process still running.

    The pool's own loop stops its workers only when the signal lands inside that loop; a
    signal that lands while a report is being written would leave them running, holding
    the output pipes open, so a caller waiting for the end of output would wait for ever.
    """
    if "multiprocessing" in sys.modules:  # only runs with workers imported it
        import multiprocessing

        for child in multiprocessing.active_children():
            child.terminate()


def main() -> None:
    """Entry point for the ``grantcheck`` command.

    A bug must still not print a traceback at a user: it ends in one line and
    exit code 3 (set GRANTCHECK_DEBUG=1 to see the traceback).
    """
    from grantcheck.cli.app import app  # (app imports the commands, which import this module)

    _calm_streams()
    try:
        app(prog_name="grantcheck", standalone_mode=True)
    except SystemExit:
        raise
    except Stopped as stop:  # temporary files are gone by now (finally blocks)
        _stop_workers()
        print(f"grantcheck: {stop}", file=sys.stderr)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError):
                stream.flush()
        # Not sys.exit: a process pool's exit hook can wait for ever on a worker we terminated.
        os._exit(128 + stop.signum)
    except Exception as exc:  # the last resort; every expected problem is handled where it arises
        from grantcheck.cli.standard_output import unwritable

        if (full := unwritable(exc)) is not None:  # the disk, not a bug (exit 2, as for -o)
            print(f"grantcheck: {full}", file=sys.stderr)
            sys.exit(2)
        if type(exc).__name__ == "BrokenProcessPool":  # killed (the OOM killer?): not a bug
            _stop_workers()
            print(f"grantcheck: {WORKER_KILLED}", file=sys.stderr)
            sys.exit(2)
        if os.environ.get("GRANTCHECK_DEBUG"):
            raise
        from grantcheck.safe_text import clip, visible

        print(
            f"grantcheck: internal error: {type(exc).__name__}: {visible(clip(str(exc)))}. "
            "This is a bug in grantcheck; "
            "please report it with the input that caused it (GRANTCHECK_DEBUG=1 shows "
            "the details).",
            file=sys.stderr,
        )
        sys.exit(INTERNAL_ERROR)
