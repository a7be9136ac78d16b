"""grantcheck check: run the pipeline and write each chosen format.

Streaming formats (text, JSON, GitHub, CSV, XLSX) are written scheme by scheme as
each is checked and then dropped, so memory stays flat however many files there
are (the portfolio overview keeps one small row a scheme; text spools its schemes
to a temporary file so that the overview can come first).
Document formats (SARIF, JUnit, Markdown, HTML) are about the whole run, so
their results are kept until the end. Files are written atomically either way.
The formats and how each is written live in reporters/registry.py.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from grantcheck import __version__
from grantcheck.cli import (
    FailOn,
    Sink,
    _color,
    _fail,
    _split,
    _terminal_width,
    commit,
    error_line,
    load_policy,
)
from grantcheck.cli.workdir import Workdir, workdir
from grantcheck.errors import InputError
from grantcheck.findings import Report, SchemeResult, Tally
from grantcheck.reporters.registry import REPORTERS, Reporter, Run, StreamingReporter

if TYPE_CHECKING:
    from grantcheck.limits import Limits
    from grantcheck.policy import Policy

    class Format(str, Enum):
        """The names of REPORTERS (built from the registry below, so every choice is wired)."""
else:
    Format = Enum("Format", {name: name for name in REPORTERS}, type=str)

Outcomes = Iterable[tuple[list[SchemeResult], list[InputError]]]


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


def check(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(
        None,
        help="Scheme files (YAML), registers (.csv, .xlsx) or folders of scheme files "
        "(default: the current folder).",
    ),
    format: list[Format] | None = typer.Option(
        None,
        "--format",
        "-f",
        help="Report format; repeat for several (default: text, or github under GitHub Actions).",
    ),
    output: list[Path] | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write a report to this file, atomically; pairs with the formats in order.",
    ),
    fail_on: FailOn | None = typer.Option(
        None, "--fail-on", help="Lowest severity that makes the exit code 1 (default: error)."
    ),
    config: Path | None = typer.Option(
        None, "--config", help="Use this config file instead of discovering one."
    ),
    rules: list[Path] | None = typer.Option(
        None, "--rules", help="Add a folder of rule files; repeatable."
    ),
    select: list[str] | None = typer.Option(
        None, "--select", help="Rule IDs or prefixes to run (comma-separated or repeated)."
    ),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Rule IDs or prefixes to skip."),
    baseline: Path | None = typer.Option(
        None, "--baseline", help="Report as failing only findings not in this baseline file."
    ),
    write_baseline: Path | None = typer.Option(
        None, "--write-baseline", help="Record today's findings in this baseline file."
    ),
    allow_path: list[Path] | None = typer.Option(
        None,
        "--allow-path",
        help="Also read documents (guidance and forms) from this folder; repeatable.",
    ),
    exclude: list[str] | None = typer.Option(
        None,
        "--exclude",
        help="Skip files and folders matching this glob when searching folders; repeatable.",
    ),
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        help="Worker processes for large folders (default: the number of cores).",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only findings and the summary line."),
    portfolio_only: bool = typer.Option(
        False,
        "--portfolio-only",
        help="Only the portfolio overview (text, Markdown, HTML; JSON: only its portfolio object).",
    ),
) -> None:
    """Check scheme files and print the proportionality report."""
    from grantcheck.pipeline import (
        iter_check,
    )  # not at the top: --version must not load the pipeline

    here = workdir(ctx)
    targets = _targets([f.value for f in format or []], output or [])
    policy = load_policy(
        config,
        rules or [],
        _split(select),
        _split(ignore),
        fail_on.value if fail_on else None,
        here,
        allow_path,
        exclude,
    )
    known = frozenset(_read_baseline(baseline, here, policy.limits)) if baseline else None
    shown = " ".join(str(p) for p in paths) if paths else "."
    options = RunOptions(
        targets,
        policy,
        known,
        quiet,
        here.folder,
        f"grantcheck check {shown}",
        write_baseline is not None,
        portfolio_only,
    )
    inputs = here.paths(paths or [Path(".")])
    outcomes = iter_check(inputs, policy, here.folder, jobs or os.cpu_count() or 1)
    _refuse_clashes(targets, write_baseline, inputs, policy, here, baseline)
    sinks = _open(
        [t.path for t in targets] + ([write_baseline] if write_baseline else []),
        here,
        policy.limits.max_output_bytes,
    )
    from grantcheck.outputs import OutputError

    try:
        tally, errors = _run(outcomes, sinks[: len(targets)], options)
        if write_baseline is not None:
            from grantcheck import baseline as baselines

            sinks[-1].write(baselines.write_entries(tally.baseline_entries))
        commit(sinks)
        _warn_repeats(tally)
        _warn_empty(inputs, policy.exclude, here.folder)
    except OutputError as exc:
        for sink in sinks:
            sink.abort()
        _fail([exc])
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    # Errors are echoed on standard error when standard output carries a format a person
    # does not read; the github format already holds them as annotations (echoing them
    # would annotate each error twice).
    if errors and any(
        t.reporter.name not in ("text", "github") and t.path is None for t in targets
    ):
        for e in errors:
            print(error_line(e), file=sys.stderr)
    raise typer.Exit(2 if errors else 1 if tally.fails(policy.fail_on) else 0)


def _warn_repeats(tally: Tally) -> None:
    """A located warning for each scheme ID stated again: two versions of one scheme (a draft and
    a final copy) would otherwise be counted twice; the overview counts the last one."""
    from grantcheck.errors import place, where

    for sid, (file, line, column), later in tally.repeats:
        print(
            error_line(
                f"{where(*later)}: warning: the scheme id {sid!r} is also stated at "
                f"{where(file, line, column)}; the portfolio overview counts one scheme with "
                f"this id, the last checked ({place(later[0], later[1])}). Give each scheme its "
                "own id, or remove the older copy"
            ),
            file=sys.stderr,
        )


def _warn_empty(paths: list[Path], exclude: tuple[str, ...], folder: Path) -> None:
    """A warning for each folder named (or the current one) with no scheme file in it: like
    ruff or yamllint, checking nothing is not silent. The exit code stays 0 (cli.md: only
    findings and input errors change it)."""
    from grantcheck.pipeline import display_name, empty_folders

    for path in empty_folders(paths, exclude):
        name = display_name(path, folder)
        shown = "the current folder" if name == "." else f"the folder {name}"
        print(
            error_line(
                f"warning: no scheme files (*.yaml, *.yml) in {shown}, so nothing was checked "
                "there (hidden folders, config files and excluded paths are skipped)"
            ),
            file=sys.stderr,
        )


def _open(paths: list[Path | None], here: Workdir, max_bytes: int) -> list[Sink]:
    from grantcheck.outputs import OutputError

    sinks: list[Sink] = []
    for path in paths:
        try:
            if path is None:
                sinks.append(Sink(None))
            else:
                sinks.append(Sink(here.path(path), max_bytes, os.fspath(path)))
        except OutputError as exc:
            for sink in sinks:
                sink.abort()
            _fail([exc])
    return sinks


def _refuse_clashes(
    targets: tuple[Target, ...],
    write_baseline: Path | None,
    paths: list[Path],
    policy: Policy,
    here: Workdir,
    baseline: Path | None,
) -> None:
    """Exit 2 when two outputs share a file, or an output would replace a file this run reads.

    ``paths`` are the inputs made absolute; the other paths are as given on the command line.
    """
    from grantcheck.outputs import clashes
    from grantcheck.pipeline import find_files

    named = [(f"the {t.reporter.name} report", t.path) for t in targets if t.path is not None]
    named += [("the baseline", write_baseline)] if write_baseline is not None else []
    if not named:
        return
    outputs = [(what, here.path(path), os.fspath(path)) for what, path in named]
    schemes, _ = find_files(paths, here.folder, policy.exclude)
    rules = [p for folder in policy.rule_folders for p in sorted(folder.glob("*.y*ml"))]
    config = [here.folder / policy.config_file] if policy.config_file else []
    read = [*schemes, *rules, *config, *([here.path(baseline)] if baseline else [])]
    problems = clashes(outputs, read)
    if problems:
        _fail(problems)


def _run(
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
    stale = tuple(sorted(options.known - tally.fingerprints)) if options.known is not None else ()
    report = Report(tuple(kept), tuple(errors), stale)
    for stream in streams:
        stream.end(report, tally)
    for writer, sink in writers:
        for chunk in writer.finish(report, tally):
            sink.write(chunk)
    for target, sink, run in triples:
        if not target.reporter.streams:
            sink.write(target.reporter.whole().document(report, run))
    if summary:
        _append_summary(report, Path(os.environ["GITHUB_STEP_SUMMARY"]), options.cwd)
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


def _targets(formats: list[str], outputs: list[Path]) -> tuple[Target, ...]:
    """Pair formats with outputs in order; at most one format may go to standard output."""
    if (
        not formats and outputs
    ):  # `-o report.html` alone means an HTML report, not text in a .html file
        formats = [SUFFIX_FORMATS.get(path.suffix.lower(), "text") for path in outputs]
    if not formats:
        formats = ["github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"]
    if len(outputs) > len(formats):
        _fail(
            [
                "<command line>: more --output files than --format choices; give a "
                "--format for each --output"
            ]
        )
    if len(formats) - len(outputs) > 1:
        _fail(
            [
                "<command line>: only one format can go to standard output; give the "
                "others an --output file"
            ]
        )
    targets = tuple(
        Target(REPORTERS[f], outputs[i] if i < len(outputs) else None)
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


def _read_baseline(path: Path, here: Workdir, limits: Limits) -> set[str]:
    from dataclasses import replace

    from grantcheck import baseline as baselines
    from grantcheck.load import read_text

    text, error = read_text(
        here.path(path), str(path), replace(limits, max_file_bytes=limits.max_baseline_bytes)
    )
    if text is None:
        from grantcheck.limits import raise_hint

        reason = error.message if error else "unknown"
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


def _append_summary(report: Report, path: Path, folder: Path) -> None:
    """Add the summary to ``path`` ($GITHUB_STEP_SUMMARY; a relative one is read against
    ``folder``)."""
    from grantcheck.outputs import OutputError, append
    from grantcheck.reporters.github import summary_markdown

    try:
        append(folder / path, summary_markdown(report), os.fspath(path))
    except OutputError as exc:
        print(error_line(f"{exc} (the step summary)"), file=sys.stderr)
