"""The report formats: one registry, keyed by the name ``--format`` takes.

Each format is one module under ``reporters/`` with one of three interfaces:

- a *streaming* format (``StreamingReporter``) is written scheme by scheme as
  results arrive, so memory stays flat however many files a run checks; one
  with a ``stream_lead`` (text: the portfolio overview, known only at the end)
  has its schemes spooled to a temporary file so that the lead comes first;
- a *streaming binary* format (``WriterReporter``: XLSX) fills a writer scheme
  by scheme and hands over its bytes at the end;
- a *document* format (``DocumentReporter``) is about the whole run, so the
  command keeps every result until the end and renders once.

A module is imported only when its format is chosen, which keeps start-up
light. A ``binary`` format returns bytes and must be written to a file.

To add a format: write ``reporters/NAME.py`` with the functions of one of the
three interfaces, and add one line to ``REPORTERS``. tests/test_registry.py then
checks that it renders every example (and the ``--format`` choices follow).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from grantcheck.findings import Report, SchemeResult, Tally
    from grantcheck.policy import Policy


@dataclass(frozen=True)
class Run:
    """What a reporter may know about the run besides its results."""

    version: str
    policy: Policy
    command: str  # the command as a person would retype it, with this format
    cwd: Path  # the folder the command ran in (SARIF makes paths relative to its repository)
    color: bool = False  # only for a terminal: never when writing to a file
    width: int = 80
    quiet: bool = False
    portfolio_only: bool = False  # --portfolio-only: only the overview (text, Markdown, HTML)

    @functools.cached_property
    def repository_prefix(self) -> str:
        """The run's folder inside its git repository ("" at its root), so paths can be
        repository-relative."""
        from grantcheck.trust import (
            repository_root,
        )  # a walk up the folders: only for formats that ask

        here = self.cwd.resolve()
        root = repository_root(here)
        relative = here.relative_to(root).as_posix() if root else "."
        return "" if relative == "." else relative + "/"


class StreamingReporter(Protocol):
    """A format written scheme by scheme."""

    def stream_begin(self, run: Run) -> str:
        """Everything before the first scheme."""

    def stream_scheme(self, result: SchemeResult, run: Run, first: bool) -> str:
        """One scheme; ``first`` is true for the first scheme of the run."""

    def stream_end(self, report: Report, tally: Tally, run: Run) -> str:
        """Everything after the last scheme (input errors, the summary)."""


class StreamWriter(Protocol):
    """A binary format being built: state lives here, not in the module."""

    def add(self, result: SchemeResult) -> None:
        """One scheme."""

    def finish(self, report: Report, tally: Tally) -> Iterator[bytes]:
        """The whole file, in pieces."""


class WriterReporter(Protocol):
    """A binary format written scheme by scheme (XLSX)."""

    def stream_writer(self, run: Run) -> StreamWriter:
        """A new writer for this run."""


class DocumentReporter(Protocol):
    """A format about the whole run."""

    def document(self, report: Report, run: Run) -> str | bytes:
        """The whole report: text, or bytes for a binary format."""


@dataclass(frozen=True)
class Reporter:
    """One format: its name, the module that writes it, and how it is written."""

    name: str
    module: str
    streams: bool
    binary: bool = False  # bytes, not text: needs --output
    overview: bool = (
        False  # a streaming format that shows the portfolio overview (the tally keeps its rows)
    )

    def streaming(self) -> StreamingReporter:
        """The format's module, as a streaming reporter."""
        assert self.streams and not self.binary, self.name
        return cast("StreamingReporter", importlib.import_module(self.module))

    def writer(self) -> WriterReporter:
        """The format's module, as a streaming binary reporter."""
        assert self.streams and self.binary, self.name
        return cast("WriterReporter", importlib.import_module(self.module))

    def whole(self) -> DocumentReporter:
        """The format's module, as a document reporter."""
        assert not self.streams, self.name
        return cast("DocumentReporter", importlib.import_module(self.module))


REPORTERS: dict[str, Reporter] = {
    r.name: r
    for r in (
        Reporter("text", "grantcheck.reporters.text", streams=True, overview=True),
        Reporter("json", "grantcheck.reporters.json_report", streams=True, overview=True),
        Reporter("sarif", "grantcheck.reporters.sarif", streams=False),
        Reporter("github", "grantcheck.reporters.github", streams=True),
        Reporter("junit", "grantcheck.reporters.junit", streams=False),
        Reporter("markdown", "grantcheck.reporters.markdown", streams=False),
        Reporter("html", "grantcheck.reporters.html", streams=False),
        Reporter("csv", "grantcheck.reporters.csv_report", streams=True),
        Reporter("xlsx", "grantcheck.reporters.xlsx_report", streams=True, binary=True),
    )
}
