"""grantcheck check's output files: opened before the run, and refused when two would share
a file or one would replace a file the run reads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from grantcheck.cli import Sink, _fail, report_in_scheme_file
from grantcheck.cli.check_options import Target
from grantcheck.cli.workdir import Workdir

if TYPE_CHECKING:
    from grantcheck.pipeline_files import Search
    from grantcheck.policy import Policy


def open_sinks(paths: list[Path | None], here: Workdir, max_bytes: int) -> list[Sink]:
    """A sink for each output (None: standard output); exit 2 if one cannot be opened."""
    from grantcheck.outputs import OutputError

    sinks: list[Sink] = []
    hold = any(path is not None for path in paths)  # (standard output waits for the files)
    for path in paths:
        try:
            if path is None:
                sinks.append(Sink(None, max_bytes, hold=hold))
            else:
                sinks.append(Sink(here.path(path), max_bytes, os.fspath(path)))
        except OutputError as exc:
            for sink in sinks:
                sink.abort()
            _fail([exc])
    return sinks


def baseline_output(write_baseline: Path | None, targets: tuple[Target, ...]) -> Path | None:
    """The baseline's file, or None for standard output ('--write-baseline -', as '-o -'):
    exit 2 if a report goes there too, as two outputs never share one stream."""
    if write_baseline is None or os.fspath(write_baseline) != "-":
        return write_baseline
    if shared := [t.reporter.name for t in targets if t.path is None]:
        _fail(
            [
                f"<command line>: --write-baseline - and the {shared[0]} report would both go "
                "to standard output; give the report a file (-o FILE), or the baseline one "
                "(--write-baseline FILE)"
            ]
        )
    return None


def _named(
    targets: tuple[Target, ...], write_baseline: Path | None, here: Workdir
) -> list[tuple[str, Path, str]]:
    """Each output file as (what, path, name as given)."""
    named = [(f"the {t.reporter.name} report", t.path) for t in targets if t.path is not None]
    named += [("the baseline", write_baseline)] if write_baseline is not None else []
    out = [(what, here.path(path), os.fspath(path)) for what, path in named]
    # standard output is an output too: '-o /dev/stdout' (or /dev/stderr under '2>&1') beside
    # '-o -' put two reports on one stream, one over the other (redteam20 #5)
    if out and (shown := next((t for t in targets if t.path is None), None)) is not None:
        out.insert(0, (f"the {shown.reporter.name} report", Path("/dev/stdout"), "-"))
    return out


def refuse_documents(
    targets: tuple[Target, ...],
    write_baseline: Path | None,
    here: Workdir,
    sources: set[str],
) -> None:
    """Exit 2 when an output would replace a form or guidance document a scheme names: those
    are known only once the schemes are read, so this is asked after the run, before any output
    is put in place (they are staged until then, and the caller drops them)."""
    from grantcheck.outputs import clashes

    outputs = _named(targets, write_baseline, here)
    if outputs and sources and (problems := clashes(outputs, [Path(p) for p in sorted(sources)])):
        _fail(problems)  # (two outputs sharing a file were refused before the run)


def refuse_clashes(
    targets: tuple[Target, ...],
    write_baseline: Path | None,
    paths: list[Path],
    policy: Policy,
    here: Workdir,
    baseline: Path | None,
    search: Search | None = None,
) -> None:
    """Exit 2 when two outputs share a file, or an output would replace a file this run reads.

    ``paths`` are the inputs made absolute; the other paths are as given on the command line.
    """
    from grantcheck.outputs import clashes

    outputs = _named(targets, write_baseline, here)
    if not outputs:
        return
    read = read_files(paths, policy, here, baseline, search)
    problems = clashes(outputs, read)
    problems += [p for what, _, name in outputs for p in report_in_scheme_file(name, what)]
    if problems:
        _fail(problems)


def read_files(
    paths: list[Path],
    policy: Policy,
    here: Workdir,
    baseline: Path | None,
    search: Search | None = None,
) -> list[Path]:
    """The files a run reads besides its documents: its schemes, rules, config and baseline
    (``paths``: the inputs made absolute; ``baseline`` as given on the command line)."""
    from grantcheck.pipeline_files import find_files

    schemes, _ = find_files(paths, here.folder, policy.exclude, search)
    rules = [p for folder in policy.rule_folders for p in sorted(folder.glob("*.y*ml"))]
    config = [here.folder / policy.config_file] if policy.config_file else []
    return [*schemes, *rules, *config, *([here.path(baseline)] if baseline else [])]
