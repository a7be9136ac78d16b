"""grantcheck check: run the pipeline and write each chosen format.

Text, JSON and GitHub output stream: each scheme is written as soon as it is
checked and then dropped, so memory stays flat however many files there are.
SARIF, JUnit, Markdown and HTML are documents about the whole run, so those
keep every result until the end. Files are written atomically either way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from grantcheck import __version__
from grantcheck.cli import (FailOn, Format, Sink, _color, _fail, _split, _terminal_width, app, commit,
                           load_policy)

STREAMING = {Format.text, Format.json, Format.github}


@app.command()
def check(
    paths: Optional[list[Path]] = typer.Argument(None, help="Scheme files or folders (default: the current folder)."),
    format: Optional[list[Format]] = typer.Option(None, "--format", "-f", help="Report format; repeat for several (default: text, or github under GitHub Actions)."),
    output: Optional[list[Path]] = typer.Option(None, "--output", "-o", help="Write a report to this file, atomically; pairs with the formats in order."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 (default: error)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of discovering one."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Add a folder of rule files; repeatable."),
    select: Optional[list[str]] = typer.Option(None, "--select", help="Rule IDs or prefixes to run (comma-separated or repeated)."),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help="Rule IDs or prefixes to skip."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Report as failing only findings not in this baseline file."),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", help="Record today's findings in this baseline file."),
    allow_path: Optional[list[Path]] = typer.Option(None, "--allow-path", help="Also read guidance documents from this folder; repeatable."),
    exclude: Optional[list[str]] = typer.Option(None, "--exclude", help="Skip files and folders matching this glob when searching folders; repeatable."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes for large folders (default: the number of cores)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only findings and the summary line."),
) -> None:
    """Check scheme files and print the proportionality report."""
    from grantcheck.pipeline import iter_check

    cwd = Path.cwd()
    targets = _targets(format or [], output or [])
    known = _read_baseline(baseline) if baseline else None
    policy = load_policy(config, rules or [], _split(select), _split(ignore), fail_on.value if fail_on else None, cwd,
                         allow_path, exclude)
    shown = " ".join(str(p) for p in paths) if paths else "."
    outcomes = iter_check(list(paths) if paths else [Path(".")], policy, cwd, jobs or os.cpu_count() or 1)
    _refuse_clashes(targets, write_baseline, [*(paths or [Path(".")])], policy, cwd, baseline)
    sinks = _open([path for _, path in targets] + ([write_baseline] if write_baseline else []))
    from grantcheck.outputs import OutputError

    try:
        tally, errors = _run(outcomes, targets, sinks[:len(targets)], policy, known, quiet, cwd, f"grantcheck check {shown}",
                             write_baseline is not None)
        if write_baseline is not None:
            from grantcheck import baseline as baselines

            sinks[-1].write(baselines.write_entries(tally.baseline_entries))
        commit(sinks)
    except OutputError as exc:
        for sink in sinks:
            sink.abort()
        _fail([exc])
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    if errors and any(fmt is not Format.text and path is None for fmt, path in targets):
        for e in errors:
            print(f"grantcheck: {e}", file=sys.stderr)
    raise typer.Exit(2 if errors else 1 if tally.fails(policy.fail_on) else 0)


def _open(paths: list[Optional[Path]]) -> list[Sink]:
    from grantcheck.outputs import OutputError

    sinks: list[Sink] = []
    for path in paths:
        try:
            sinks.append(Sink(path))
        except OutputError as exc:
            for sink in sinks:
                sink.abort()
            _fail([exc])
    return sinks


def _refuse_clashes(targets: list[tuple[Format, Optional[Path]]], write_baseline: Optional[Path],
                    paths: list[Path], policy, cwd: Path,  # type: ignore[no-untyped-def]
                    baseline: Optional[Path]) -> None:
    """Exit 2 when two outputs share a file, or an output would replace a file this run reads."""
    from grantcheck.outputs import clashes
    from grantcheck.pipeline import find_files

    outputs = [(f"the {fmt.value} report", path) for fmt, path in targets if path is not None]
    outputs += [("the baseline", write_baseline)] if write_baseline is not None else []
    if not outputs:
        return
    schemes, _ = find_files(paths, cwd, policy.exclude)
    rules = [p for folder in policy.rule_folders for p in sorted(folder.glob("*.y*ml"))]
    config = [cwd / policy.config_file] if policy.config_file else []
    problems = clashes(outputs, [*schemes, *rules, *config, *([baseline] if baseline else [])])
    if problems:
        _fail(problems)


def _run(outcomes, targets: list[tuple[Format, Optional[Path]]], sinks: list[Sink],  # type: ignore[no-untyped-def]
         policy, known, quiet: bool, cwd: Path, command: str, recording: bool):
    """Feed every scheme to every sink (the formats pair with the sinks in order); return the tally and errors."""
    formats = [fmt for fmt, _ in targets]
    from grantcheck.findings import Report, Tally

    tally, errors, kept = Tally(keep_fingerprints=known is not None, keep_entries=recording), [], []
    keep = any(fmt not in STREAMING for fmt in formats) or _wants_step_summary(formats)
    for fmt, sink in zip(formats, sinks, strict=True):
        if fmt is Format.json:
            from grantcheck.reporters import json_report

            sink.write(json_report.begin(__version__))
    first = True  # every sink sees the same schemes in the same order
    for results, errs in outcomes:
        errors += errs
        for s in results:
            if known is not None:
                from grantcheck.baseline import mark

                s = mark(s, known)
            tally.add(s)
            if keep:
                kept.append(s)
            for fmt, sink in zip(formats, sinks, strict=True):
                if fmt in STREAMING:
                    sink.write(_piece(fmt, sink, s, quiet, first))
            first = False
    stale = tuple(sorted(known - tally.fingerprints)) if known is not None else ()
    report = Report(tuple(kept), tuple(errors), stale)
    for fmt, sink in zip(formats, sinks, strict=True):
        sink.write(_end(fmt, sink, report, tally, policy, quiet, cwd, command))
    if _wants_step_summary(formats):
        _append_summary(report, Path(os.environ["GITHUB_STEP_SUMMARY"]))
    return tally, errors


def _wants_step_summary(formats: list[Format]) -> bool:
    return Format.github in formats and bool(os.environ.get("GITHUB_STEP_SUMMARY"))


def _width(sink: Sink) -> int:
    return min(100, max(60, _terminal_width())) if sink.path is None else 80


def _piece(fmt: Format, sink: Sink, s, quiet: bool, first: bool) -> str:  # type: ignore[no-untyped-def]
    """One scheme in a streaming format."""
    if fmt is Format.json:
        from grantcheck.reporters import json_report

        return json_report.scheme_piece(s, first)
    if fmt is Format.github:
        from grantcheck.reporters import github

        return github.scheme_piece(s)
    from grantcheck.reporters import text

    return text.render_scheme(s, color=_color() and sink.path is None, width=_width(sink), quiet=quiet)


def _end(fmt: Format, sink: Sink, report, tally, policy, quiet: bool, cwd: Path,  # type: ignore[no-untyped-def]
         command: str) -> str:
    """The closing part of a streaming format, or the whole of a document format."""
    from grantcheck.reporters.common import summary_line

    summary = summary_line(report, tally.counts(), tally.schemes)
    if fmt is Format.json:
        from grantcheck.reporters import json_report

        return json_report.end(report, tally.counts(), tally.schemes)
    if fmt is Format.github:
        from grantcheck.reporters import github

        return github.end(report, summary)
    if fmt is Format.text:
        from grantcheck.reporters import text

        return text.render_end(report, color=_color() and sink.path is None, width=_width(sink), summary=summary)
    return _document(fmt, report, policy, cwd, f"{command} --format {fmt.value}")


def _document(fmt: Format, report, policy, cwd: Path, command: str) -> str:  # type: ignore[no-untyped-def]
    """A format about the whole run (reporters are imported only when chosen)."""
    if fmt is Format.sarif:
        from grantcheck.reporters.sarif import render as render_sarif

        return render_sarif(report, __version__, policy.rules, _repository_prefix(cwd))
    if fmt is Format.junit:
        from grantcheck.reporters.junit import render as render_junit

        return render_junit(report, {r.id: r.title for r in policy.pack.rules}, policy.fail_on)
    from grantcheck.reporters import html, markdown

    module = markdown if fmt is Format.markdown else html
    return module.render(report, {r.id: r for r in policy.pack.rules}, __version__, command)


def _targets(formats: list[Format], outputs: list[Path]) -> list[tuple[Format, Optional[Path]]]:
    """Pair formats with outputs in order; at most one format may go to standard output."""
    if not formats:
        formats = [Format.github if os.environ.get("GITHUB_ACTIONS") == "true" else Format.text]
    if len(outputs) > len(formats):
        _fail(["<command line>: more --output files than --format choices; give a --format for each --output"])
    if len(formats) - len(outputs) > 1:
        _fail(["<command line>: only one format can go to standard output; give the others an --output file"])
    return [(f, outputs[i] if i < len(outputs) else None) for i, f in enumerate(formats)]


def _read_baseline(path: Path) -> set[str]:
    from grantcheck import baseline as baselines

    try:
        parsed = baselines.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        _fail([f"{path}:1:1: cannot read the baseline: {getattr(exc, 'strerror', None) or exc}"])
    if isinstance(parsed, str):
        _fail([f"{path}:1:1: the baseline is {parsed}. Write one with --write-baseline"])
    return parsed  # type: ignore[return-value]


def _repository_prefix(cwd: Path) -> str:
    """The current folder's path inside its git repository, so SARIF URIs are repository-relative."""
    from grantcheck.pipeline import repository_root

    here = cwd.resolve()
    root = repository_root(here)
    rel = here.relative_to(root).as_posix() if root else "."
    return "" if rel == "." else rel + "/"


def _append_summary(report, path: Path) -> None:  # type: ignore[no-untyped-def]
    from grantcheck.outputs import OutputError, append
    from grantcheck.reporters.github import summary_markdown

    try:
        append(path, summary_markdown(report))
    except OutputError as exc:
        print(f"grantcheck: {exc} (the step summary)", file=sys.stderr)
