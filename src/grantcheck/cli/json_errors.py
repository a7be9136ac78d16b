"""Exit 2 under ``-f json``: a JSON document that holds the errors, never an empty standard output.

A CI step that pipes ``grantcheck check -f json`` into jq, or reads the report it saved,
got valid JSON with an ``errors`` list when a scheme could not be loaded, but nothing at all
when the config, a rule folder, --select or the baseline was wrong: jq then fails on empty
input, and the reason is only on standard error. Every exit 2 after the command line is
understood now writes the command's own JSON shape (no schemes or documents, the errors
located as its input errors are), and still says why on standard error. A command line
the parser cannot read (an unknown option) stays a usage error on standard error only,
as ruff's and clap's are: no format was chosen.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import typer

from grantcheck.errors import InputError

if TYPE_CHECKING:
    from grantcheck.cli.check_options import Target

# 'grantcheck.yaml:3:5: unknown key ...': a message that already names its place
_PLACED = re.compile(r"([^\n:]{1,4096}):(\d{1,9}):(\d{1,9}): ")


class Failed(typer.Exit):
    """An exit whose errors were said on standard error (cli._fail): a command whose report
    is JSON adds them to it."""

    def __init__(self, errors: Sequence[object], code: int) -> None:
        super().__init__(code)
        self.errors = tuple(errors)


def as_input_errors(errors: Sequence[object]) -> list[InputError]:
    """Each error as JSON's errors list holds it: file, line, column, message (a message that
    names only its file is at its first line; one about the command line at '<command line>')."""
    out = []
    for error in errors:
        if isinstance(error, InputError):
            out.append(error)
            continue
        text = str(error)
        placed = _PLACED.match(text)
        if placed:
            file, line, column = placed.group(1), int(placed.group(2)), int(placed.group(3))
            out.append(InputError(file, line, column, text[placed.end() :]))
            continue
        file, said, message = text.partition(": ")
        if not said:
            file, message = "<command line>", text
        out.append(InputError(file, 1, 1, message))
    return out


@contextlib.contextmanager
def json_on_failure(write: Callable[[list[InputError]], str] | None) -> Iterator[None]:
    """Inside: an exit 2 also writes ``write(errors)`` to standard output (``write`` None: the
    report is not JSON on standard output, and nothing is added)."""
    try:
        yield
    except Failed as exc:
        if write is not None and exc.exit_code == 2:
            sys.stdout.write(write(as_input_errors(exc.errors)))
        raise


def json_to_standard_output(targets: Sequence[Target]) -> bool:
    """Whether check's JSON report goes to standard output (``-f json``, or ``-o -``)."""
    return any(t.reporter.name == "json" and t.path is None for t in targets)


def check_failure(errors: list[InputError]) -> str:
    """check's JSON report of a run that stopped before any scheme: its errors alone."""
    from grantcheck import __version__
    from grantcheck.findings import Report
    from grantcheck.reporters.json_report import render

    return render(Report((), tuple(errors)), __version__)


def measure_failure(names: Sequence[str]) -> Callable[[list[InputError]], str]:
    """measure's JSON of a run that stopped before any document (a config that cannot be
    read): no documents, its errors, and each document named listed as unread, so its totals
    are not known (null, ``incomplete``), as when a document cannot be read. Totals of 0 read
    as documents that ask for nothing: a CI step gating on them would pass."""

    def write(errors: list[InputError]) -> str:
        from grantcheck.documents import Measurer
        from grantcheck.documents.output import as_json
        from grantcheck.documents.total import combine
        from grantcheck.safe_text import json_text

        total = combine([], list(dict.fromkeys(names)))
        return json_text(as_json([], total, Measurer().assumptions, errors))

    return write


def diff_failure(old: str, new: str) -> Callable[[list[InputError]], str]:
    """diff's JSON of a comparison that could not be made: the two names, no schemes, and
    the errors (a key its report has only then)."""

    def write(errors: list[InputError]) -> str:
        import json

        from grantcheck import __version__
        from grantcheck.safe_text import json_text

        doc = {
            "schema_version": 1,
            "tool": {"name": "grantcheck", "version": __version__},
            "old": old,
            "new": new,
            "schemes": [],
            "errors": [e.as_json() for e in errors],
        }
        return json_text(json.dumps(doc, indent=2, ensure_ascii=False)) + "\n"

    return write
