"""grantcheck check's command line made into a run: formats paired with output files, the
options a run needs, and the baseline to compare against.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from grantcheck.cli import _fail
from grantcheck.cli.workdir import Workdir
from grantcheck.reporters.registry import REPORTERS, Reporter

F = TypeVar("F", bound=Enum)  # a command's choice of formats

if TYPE_CHECKING:
    from grantcheck.limits import Limits
    from grantcheck.policy import Policy


@dataclass(frozen=True)
class Target:
    """One format and where it goes (None: standard output), as given on the command line."""

    reporter: Reporter
    path: Path | None


@dataclass(frozen=True)
class RunOptions:
    """Everything a check run needs besides the results themselves."""

    targets: tuple[Target, ...]
    policy: Policy
    known: frozenset[str] | None  # fingerprints from --baseline
    quiet: bool
    cwd: Path
    command: str  # the command line, for reports that record it
    recording: bool  # --write-baseline: keep what it needs
    portfolio_only: bool = False
    reads: tuple[Path, ...] = ()  # files besides documents the step summary must not be


def reproducing_command(paths: list[Path] | None, options: list[tuple[str, object]]) -> str:
    """The check command as run, for reports that say how to reproduce them: the paths and
    every option that changes the report (a config, a rule selection, --allow-path...), each
    quoted for a shell. ``options`` pairs a flag with its value: None or False leaves the flag
    out, True gives it alone, a list repeats it. Output options are left out (each report
    names its own format)."""
    words = ["grantcheck", "check"] + [str(p) for p in paths or [Path(".")]]
    for flag, value in options:
        values = value if isinstance(value, list) else [value]
        for v in values:
            if v is True:
                words.append(flag)
            elif v is not None and v is not False:
                words += [flag, str(v)]
    return " ".join(shlex.quote(w) for w in words)


# Short names a user may type for a format, wherever --format is taken: the report is the one
# of the full name (trial23 T8: "-f md", as "-o report.md" already picks Markdown).
FORMAT_ALIASES = {"md": "markdown"}


def canonical_format(name: str) -> str:
    """A --format value by its full name ("md": "markdown")."""
    return FORMAT_ALIASES.get(name, name)


# The format an --output file's name implies when no --format is given.
SUFFIX_FORMATS = {
    ".json": "json",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".sarif": "sarif",
    ".xml": "junit",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".txt": "text",
}


def parse_targets(
    formats: list[str], outputs: list[Path], default: bool = True
) -> tuple[Target, ...]:
    """Pair formats with outputs in order; at most one format may go to standard output.
    ``default`` False: no report unless one is asked for (recording a baseline)."""
    formats = [canonical_format(f) for f in formats]
    if (
        not formats and outputs
    ):  # `-o report.html` alone means an HTML report, not text in a .html file
        formats = [SUFFIX_FORMATS.get(path.suffix.lower(), "text") for path in outputs]
    if not formats and default:
        formats = ["github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"]
    if len(outputs) > len(formats):
        _fail(
            [
                "<command line>: more --output files than --format choices; give a "
                "--format for each --output"
            ]
        )
    if len(formats) - len(outputs) + sum(os.fspath(p) == "-" for p in outputs) > 1:
        _fail(
            [
                "<command line>: only one format can go to standard output; give the "
                "others an --output file"
            ]
        )
    targets = tuple(  # '-o -' is standard output, as for most tools
        Target(REPORTERS[f], outputs[i] if i < len(outputs) and str(outputs[i]) != "-" else None)
        for i, f in enumerate(formats)
    )
    for target in targets:
        if target.reporter.binary and target.path is None:
            _fail(
                [
                    f"<command line>: {target.reporter.name} is a binary format, which "
                    "cannot go to standard "
                    "output; give it an --output file (for example -o "
                    f"report.{target.reporter.name})"
                ]
            )
    return targets


def read_baseline(path: Path, here: Workdir, limits: Limits) -> frozenset[str]:
    from dataclasses import replace

    from grantcheck import baseline as baselines
    from grantcheck.source_text import read_text

    text, error = read_text(
        here.path(path), str(path), replace(limits, max_file_bytes=limits.max_baseline_bytes)
    )
    if text is None:
        from grantcheck.limits import raise_hint

        reason = error.message if error else "unknown"
        reason = reason.removeprefix(
            "cannot read the file: "
        )  # said once: "cannot read the baseline"
        hint = (
            raise_hint("max_baseline_bytes")
            if "larger" in reason
            else "Name the baseline file itself"
        )
        _fail([f"{path}:1:1: cannot read the baseline: {reason}. {hint}"])
    parsed = baselines.parse(text)
    if isinstance(parsed, str):
        _fail([f"{path}:1:1: the baseline is {parsed}. Write one with --write-baseline"])
    return parsed


def format_for(output: Path | None, formats: type[F]) -> F:
    """With no --format: the format the --output file's suffix names (as check reads it:
    ``-o diff.json`` writes JSON), when this command writes it; else text."""
    name = SUFFIX_FORMATS.get(output.suffix.lower(), "text") if output is not None else "text"
    return formats(name if name in formats.__members__ else "text")
