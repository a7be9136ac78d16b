"""The command line: the only layer that prints, writes reports and exits.

Exit codes (cli.md): 0 clean; 1 a finding at or above --fail-on; 2 a usage,
config, rule-pack or scheme-loading error (other files are still checked).
rich and textstat are imported only by the commands that need them, so
``grantcheck --version`` stays fast.

This module holds what the commands share (output sinks, the policy from
config and flags, error exits); ``entry.py`` holds ``main`` (re-exported here, the
script's entry point) and how a signal stops a run; ``app.py`` builds the Typer
application and registers the commands, which live in ``check.py``,
``commands.py`` and ``measure.py``. Nothing here imports a command, so there
is no import cycle.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from grantcheck.cli.entry import Stopped as Stopped  # (re-exported: init.py, tests)
from grantcheck.cli.entry import main as main  # (re-exported: the script entry point)
from grantcheck.errors import InputError

if TYPE_CHECKING:
    from grantcheck.cli.workdir import Workdir
    from grantcheck.config import LoadedConfig
    from grantcheck.outputs import OutputError
    from grantcheck.policy import Policy


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def error_line(error: object) -> str:
    """One error for standard error: a workflow annotation under GitHub Actions, else one line.

    Either way nothing from input can start a line of its own or reach the terminal raw.
    """
    from grantcheck.safe_text import no_commands, visible

    if isinstance(error, InputError) and os.environ.get("GITHUB_ACTIONS") == "true":
        from grantcheck.reporters.github import annotation

        return annotation(error)
    return no_commands(f"grantcheck: {visible(str(error))}")


def _fail(errors: Sequence[str | InputError | OutputError], code: int = 2) -> NoReturn:
    from grantcheck.cli.json_errors import Failed  # (a JSON report adds the errors)

    for e in errors:
        print(error_line(e), file=sys.stderr)
    raise Failed(errors, code)


class Sink:
    """Where one output goes: standard output, or a file staged by grantcheck.outputs."""

    def __init__(self, path: Path | None, max_bytes: int | None = None, name: str | None = None,
                 hold: bool = False) -> None:  # fmt: skip
        """``path``: absolute (see workdir.py); ``name``: as the user gave it, for messages;
        ``hold``: standard output waits for the commit (the run writes files too)."""
        from grantcheck.cli.standard_output import HeldStdout
        from grantcheck.outputs import Staged

        self.path = path
        self.staged: Staged | None = Staged(path, max_bytes, name) if path else None
        if path is None and hold:
            self.staged = HeldStdout(max_bytes)

    def write(self, text: str | bytes) -> None:
        if isinstance(text, bytes):  # a binary format (check refuses one bound for standard output)
            if self.staged is None:
                sys.stdout.flush()
                sys.stdout.buffer.write(text)
            else:
                self.staged.write_bytes(text)
        elif self.staged is None:
            sys.stdout.write(text)
        else:
            self.staged.write(text)

    def abort(self) -> None:
        if self.staged is not None:
            self.staged.abort()


def commit(sinks: list[Sink]) -> None:
    """Commit every sink's file, all or none (raises OutputError)."""
    from grantcheck.outputs import commit as commit_all

    commit_all([s.staged for s in sinks if s.staged is not None])


def write_atomically(path: Path, text: str, name: str | None = None) -> None:
    """Write ``text`` to ``path`` so that a reader never sees half a file (raises OutputError)."""
    from grantcheck.outputs import write_all

    write_all([(path, text)], names=[name] if name is not None else None)


def _split(values: list[str] | None) -> list[str]:
    """Comma-separated option values, one list; an empty part among others (``GC1,``) is
    dropped, but a wholly empty value (``--select ''``) is kept, to be refused as config's
    ``select: [""]`` is, not read as no choice at all (which runs every rule)."""
    parts = [[v.strip() for v in item.split(",")] for item in values or []]
    return [v for item in parts for v in ([p for p in item if p] or [""])]


def load_policy(
    config: Path | None,
    rules: list[Path],
    select: list[str],
    ignore: list[str],
    fail_on: str | None,
    here: Workdir,
    allow_paths: list[Path] | None = None,
    exclude: list[str] | None = None,
) -> Policy:
    """The rule pack with config and flags applied, or exit 2 with the reasons.

    The paths are as given on the command line; they are read against ``here``.
    """
    from grantcheck.config import discover, load_config
    from grantcheck.pipeline_files import display_name
    from grantcheck.policy import build_policy
    from grantcheck.rulepack import default_pack_dir
    from grantcheck.rulepack_load import load_pack

    cwd = here.folder
    path = here.path(config) if config is not None else discover(cwd)
    loaded, config_errors = None, list[InputError]()
    if path is not None:
        if not path.is_file():
            _fail([f"{config if config is not None else path}: the config file does not exist"])
        # a config's mistakes are reported with those the later checks find, all in one run
        loaded, config_errors = load_config(path, display_name(path, cwd))
        if config_errors and loaded is None:
            _fail(config_errors)
    folders = [(default_pack_dir(), Path("rules"))]
    if loaded is not None:
        folders += [
            (loaded.folder / f, Path(display_name(loaded.folder / f, cwd)))
            for f in loaded.config.rule_folders
        ]
    folders += [(r, Path(display_name(r, cwd))) for r in here.paths(rules)]
    pack, errors = load_pack(folders)
    if pack is None:
        _fail(_in_order(loaded, config_errors, errors))
    policy, errors = build_policy(
        pack, loaded, select or None, ignore or None, fail_on, here.paths(allow_paths), exclude
    )
    if policy is None or config_errors:
        _fail(_in_order(loaded, config_errors, errors))
    for warning in policy.deprecations:
        print(error_line(f"warning: {warning}"), file=sys.stderr)
    from dataclasses import replace

    return replace(policy, rule_folders=tuple(folder for folder, _ in folders))


def _in_order(loaded: LoadedConfig | None, *groups: list[InputError]) -> list[InputError]:
    """Errors by file, then line and column, as a linter lists them: max_errors_per_file each."""
    from grantcheck.limits import settle
    from grantcheck.pipeline_errors import capped

    cap = settle(loaded.config.limits if loaded else {})[0].max_errors_per_file
    return capped(
        sorted((e for g in groups for e in g), key=lambda e: (e.file, e.line, e.column)), cap
    )


def _color() -> bool:
    return (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns if sys.stdout.isatty() else 80
    except OSError:
        return 80


def report_in_scheme_file(name: str, what: str) -> list[str]:
    """The problem, if any, of writing a report to ``name``: a .yaml or .yml file, which a later
    check of its folder would read back as a scheme (JSON is YAML too)."""
    if os.path.splitext(name)[1].lower() not in (".yaml", ".yml"):
        return []
    return [
        f"{name}: {what} would go to a YAML file, which a later check of its folder would read "
        "as a scheme; give it a name that does not end in .yaml or .yml"
    ]


def _emit(
    text: str,
    output: Path | None,
    here: Workdir,
    reads: Sequence[Path | str] = (),
    report: bool = True,
) -> None:
    """``text`` to standard output, or to the file ``output`` (as given, read against ``here``),
    never over one of ``reads``: the files this command read (schemes, documents); a
    ``report`` never to a file a check would read as a scheme (init's starter file is one)."""
    if output is None or os.fspath(output) == "-":  # '-o -', 'init -': standard output
        sys.stdout.write(text)
        return
    from grantcheck.outputs import OutputError, clashes

    name = os.fspath(output)
    if problems := clashes([("the output", here.path(output), name)], [Path(p) for p in reads]):
        _fail(problems)
    if report and (problems := report_in_scheme_file(name, "the output")):
        _fail(problems)
    try:
        write_atomically(here.path(output), text, os.fspath(output))
    except OutputError as exc:
        _fail([exc])
