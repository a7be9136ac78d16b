"""Running grantcheck check: every scheme's result fed to every chosen format as it comes.

Streaming formats are written scheme by scheme (text spools its schemes so that its
portfolio overview can come first); document formats get the whole report at the end.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from grantcheck import __version__
from grantcheck.cli import Sink, _color, _terminal_width, error_line
from grantcheck.cli.check_options import RunOptions, Target
from grantcheck.errors import InputError
from grantcheck.findings import Report, SchemeResult, Tally
from grantcheck.reporters.registry import Run, StreamingReporter

Outcomes = Iterable[tuple[list[SchemeResult], list[InputError]]]


def run_check(
    outcomes: Outcomes, sinks: list[Sink], options: RunOptions
) -> tuple[Tally, list[InputError]]:
    """Feed every scheme to every sink (the targets pair with the sinks in order); return the tally
    and errors."""
    runs = [
        _run_for(target, sink, options) for target, sink in zip(options.targets, sinks, strict=True)
    ]
    triples = list(zip(options.targets, sinks, runs, strict=True))
    streams = [
        _Stream(t.reporter.streaming(), sink, run)
        for t, sink, run in triples
        if t.reporter.streams and not t.reporter.binary
    ]
    writers = [
        (t.reporter.writer().stream_writer(run), sink)
        for t, sink, run in triples
        if t.reporter.streams and t.reporter.binary
    ]
    summary = _wants_step_summary(options.targets)
    keep = summary or any(not t.reporter.streams for t in options.targets)
    tally = Tally(
        keep_fingerprints=options.known is not None,
        keep_entries=options.recording,
        keep_rows=any(t.reporter.overview for t in options.targets),
    )
    errors: list[InputError] = []
    kept: list[SchemeResult] = []
    for stream in streams:
        stream.begin()
    for result in _results(outcomes, errors, options.known):
        tally.add(result)
        if keep:
            kept.append(result)
        for stream in streams:
            stream.scheme(result, tally.schemes == 1)  # every sink sees the same order
        for writer, _ in writers:
            writer.add(result)
    old: tuple[str, ...] = ()
    if options.known is not None:
        from grantcheck.baseline import stale
        from grantcheck.safe_text import whole_text

        # the baseline names schemes as fingerprints do, in whole text
        checked = {whole_text(sid) for sid in tally.places}
        old = tuple(stale(options.known, tally.fingerprints, checked))
    report = Report(tuple(kept), tuple(errors), old)
    for stream in streams:
        stream.end(report, tally)
    for writer, sink in writers:
        for chunk in writer.finish(report, tally):
            sink.write(chunk)
    for target, sink, run in triples:
        if not target.reporter.streams:
            sink.write(target.reporter.whole().document(report, run))
    if summary:
        reads = [*options.reads, *map(Path, sorted(tally.sources))]
        _append_summary(report, Path(os.environ["GITHUB_STEP_SUMMARY"]), options.cwd, reads)
    return tally, errors


class _Stream:
    """One streaming format on its way to its sink. A format with a ``stream_lead`` (text's
    portfolio overview) has its schemes spooled, to disk past a megabyte, so the lead can
    come first though it is known only at the end."""

    def __init__(self, reporter: StreamingReporter, sink: Sink, run: Run) -> None:
        self.reporter, self.sink, self.run = reporter, sink, run
        self.lead = getattr(reporter, "stream_lead", None)
        self.spool: IO[str] | None = None
        if self.lead is not None:
            import tempfile

            self.spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed by end())
                1 << 20, "w+", encoding="utf-8", newline=""
            )

    def begin(self) -> None:
        self._out().write(self.reporter.stream_begin(self.run))

    def scheme(self, result: SchemeResult, first: bool) -> None:
        self._out().write(self.reporter.stream_scheme(result, self.run, first))

    def _out(self) -> IO[str] | Sink:
        return self.spool if self.spool is not None else self.sink

    def end(self, report: Report, tally: Tally) -> None:
        if self.lead is not None and self.spool is not None:
            self.sink.write(self.lead(report, tally, self.run))
            self.spool.seek(0)
            while chunk := self.spool.read(1 << 16):
                self.sink.write(chunk)
            self.spool.close()
        self.sink.write(self.reporter.stream_end(report, tally, self.run))


def _results(
    outcomes: Outcomes, errors: list[InputError], known: frozenset[str] | None
) -> Iterator[SchemeResult]:
    """Each scheme's result (marked against the baseline, if any); input errors are added to
    ``errors``."""
    for results, found in outcomes:
        errors += found
        for result in results:
            if known is not None:
                from grantcheck.baseline import mark  # only with --baseline

                result = mark(result, known)
            yield result


def _run_for(target: Target, sink: Sink, options: RunOptions) -> Run:
    """What the reporter of ``target`` is told about the run: colour and width only for a
    terminal."""
    terminal = sink.path is None
    return Run(
        __version__,
        options.policy,
        f"{options.command} --format {target.reporter.name}",
        options.cwd,
        color=_color() and terminal,
        width=min(100, max(60, _terminal_width())) if terminal else 80,
        quiet=options.quiet,
        portfolio_only=options.portfolio_only,
    )


def _wants_step_summary(targets: tuple[Target, ...]) -> bool:
    return any(t.reporter.name == "github" for t in targets) and bool(
        os.environ.get("GITHUB_STEP_SUMMARY")
    )


def _append_summary(report: Report, path: Path, folder: Path, reads: list[Path]) -> None:
    """Add the summary to ``path`` ($GITHUB_STEP_SUMMARY; a relative one is read against
    ``folder``), unless it is a file the run reads (``reads``: a scheme, config, rule file,
    baseline or document, even through a link): appended there, the summary would change the
    input, and the next check would fail on it. Either way the exit code is the check's."""
    from grantcheck.outputs import OutputError, append, clashes
    from grantcheck.reporters.github import summary_markdown

    name = os.fspath(path)
    if clashes([("the step summary", folder / path, name)], reads):
        print(
            error_line(
                f"{name}: $GITHUB_STEP_SUMMARY names a file this run reads (a scheme, config, "
                "rule file, baseline or document); the step summary is not written"
            ),
            file=sys.stderr,
        )
        return
    try:
        append(folder / path, summary_markdown(report), name)
    except OutputError as exc:
        print(error_line(f"{exc} (the step summary)"), file=sys.stderr)
