"""Standard output that cannot be written (a full disk): a problem of the place the report
goes, said as such, never "an internal error ... a bug".

cli.md's exit codes name no such case; the nearest is 2, as for a report file that cannot be
written (outputs.py), so that a CI job tells it from a clean run (0) and from findings (1).

A run that writes files as well holds its standard output back (``HeldStdout``) until every
output is ready, so that nothing is left half-written there when a file cannot be.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path

from grantcheck.outputs import OutputError, Staged, reason

FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # only writing raises these


def unwritable(exc: BaseException) -> str | None:
    """What to tell the user when ``exc`` is a write that found no room, else None."""
    if not isinstance(exc, OSError) or exc.errno not in FULL:
        return None
    # whatever is still buffered for standard output would fail again at exit, printing a
    # traceback-like "Exception ignored": it goes nowhere instead
    with open(os.devnull, "wb") as nowhere:
        os.dup2(nowhere.fileno(), 1)
    return (
        "cannot write the report: the disk is full (no space left on the device); "
        "free some space, or write the report elsewhere with -o"
    )


class HeldStdout(Staged):
    """Standard output held back while a run also writes files: its bytes wait in a temporary
    file and go out at commit with the other streams, before any file is renamed, so a failed
    file output leaves no report half-written on standard output (and ``max_output_bytes``
    bounds it as it bounds each file)."""

    def __init__(self, max_bytes: int | None) -> None:  # (no path to classify or stage beside)
        self.path, self.name, self.kind = Path("-"), "standard output", "stream"
        self.max_bytes, self.size, self.tmp = max_bytes, 0, None
        try:
            self.handle = tempfile.TemporaryFile(prefix="grantcheck-")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"standard output: cannot hold the report: {exc.strerror}") from None

    def copy_to_stream(self) -> None:
        """Write the held bytes to standard output (step two of commit)."""
        try:
            self.handle.seek(0)
            sys.stdout.flush()
            shutil.copyfileobj(self.handle, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except OSError as exc:  # (a closed pipe: click would end the run silently, exit 1)
            with open(os.devnull, "wb") as nowhere:  # (what is still buffered fails no more)
                os.dup2(nowhere.fileno(), 1)
            raise OutputError(f"standard output: cannot write the output: {reason(exc)}") from None
        finally:
            self.handle.close()
