"""grantcheck check: run the pipeline and write each chosen format.

Streaming formats (text, JSON, GitHub, CSV, XLSX) are written scheme by scheme as
each is checked and then dropped, so memory stays flat however many files there
are (the portfolio overview keeps one small row a scheme; text spools its schemes
to a temporary file so that the overview can come first).
Document formats (SARIF, JUnit, Markdown, HTML) are about the whole run, so
their results are kept until the end. Files are written atomically either way.
The formats and how each is written live in reporters/registry.py. The command line is
made into a run in check_options, output files are opened in check_outputs, and the run
itself is in check_run.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from grantcheck.cli import FailOn, _fail, _split, commit, error_line, load_policy
from grantcheck.cli.check_notes import (
    recorded,
    say_skipped,
    warn_empty,
    warn_repeats,
    warn_unrecorded,
)
from grantcheck.cli.check_options import (
    FORMAT_ALIASES,
    RunOptions,
    parse_targets,
    read_baseline,
    reproducing_command,
)
from grantcheck.cli.check_outputs import (
    baseline_output,
    open_sinks,
    read_files,
    refuse_clashes,
    refuse_documents,
)
from grantcheck.cli.check_run import run_check
from grantcheck.cli.json_errors import (
    check_failure,
    json_on_failure,
    json_to_standard_output,
)
from grantcheck.cli.workdir import workdir
from grantcheck.reporters.registry import REPORTERS

if TYPE_CHECKING:

    class Format(str, Enum):
        """The names of REPORTERS (built from the registry below, so every choice is wired)."""
else:
    Format = Enum("Format", {name: name for name in [*REPORTERS, *FORMAT_ALIASES]}, type=str)


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
        help="Report format; repeat for several (default: text, or github under GitHub Actions; "
        "md is short for markdown).",
    ),
    output: list[Path] | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write a report to this file, atomically ('-': standard output); pairs with the "
        "formats in order.",
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
        None,
        "--write-baseline",
        help="Record today's findings in this baseline file and say how many (exits 0: they "
        "are accepted; '-': standard output). No report unless -f or -o asks for one.",
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
    show_skipped: bool = typer.Option(
        False,
        "--show-skipped",
        help="Name each file or folder a folder search skipped, and why (else they are counted).",
    ),
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
    from grantcheck.pipeline_files import Search

    here = workdir(ctx)
    search = Search()  # (one search a run: its clash checks, checking and notes share it)
    # Recording a baseline prints its one-line summary, not the report, as ruff --add-noqa
    # says only how many comments it added: a report is made when -f or -o asks for one
    targets = parse_targets(
        [f.value for f in format or []], output or [], default=write_baseline is None
    )
    # an exit 2 before the report's first byte: JSON on standard output holds its errors
    with json_on_failure(check_failure if json_to_standard_output(targets) else None):
        baseline_file = baseline_output(write_baseline, targets)
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
        known = read_baseline(baseline, here, policy.limits) if baseline else None
        command = reproducing_command(
            paths,
            [
                ("--config", config or policy.config_file),  # a config found is named too
                ("--rules", rules or []),
                ("--select", select or []),
                ("--ignore", ignore or []),
                ("--fail-on", fail_on.value if fail_on else None),
                ("--baseline", baseline),
                ("--allow-path", allow_path or []),
                ("--exclude", exclude or []),
                ("--quiet", quiet),
                ("--show-skipped", show_skipped),
                ("--portfolio-only", portfolio_only),
            ],
        )
        inputs = here.paths(paths or [Path(".")])
        summary = os.environ.get("GITHUB_STEP_SUMMARY")  # (appended to: never onto an input)
        options = RunOptions(
            targets,
            policy,
            known,
            quiet,
            here.folder,
            command,
            write_baseline is not None,
            portfolio_only,
            tuple(read_files(inputs, policy, here, baseline, search)) if summary else (),
        )
        outcomes = iter_check(inputs, policy, here.folder, jobs or os.cpu_count() or 1, search)
        refuse_clashes(targets, baseline_file, inputs, policy, here, baseline, search)
        sinks = open_sinks(
            [t.path for t in targets] + ([baseline_file] if write_baseline else []),
            here,
            policy.limits.max_output_bytes,
        )
    from grantcheck.outputs import OutputError

    try:
        tally, errors = run_check(outcomes, sinks[: len(targets)], options)
        if write_baseline is not None:
            from grantcheck import baseline as baselines

            sinks[-1].write(baselines.write_entries(tally.baseline_entries))
        refuse_documents(targets, baseline_file, here, tally.sources)
        commit(sinks)
        warn_repeats(tally)
        warn_empty(inputs, search, here.folder)
        say_skipped(search, here.folder, show_skipped)
    except OutputError as exc:
        for sink in sinks:
            sink.abort()
        _fail([exc])
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    # Errors are echoed on standard error unless standard output carries a report that
    # shows them: text does, and github holds them as annotations (echoing them would
    # annotate each error twice). With every report in a file (-o), the log would else say
    # nothing of why the run ended with exit code 2.
    if errors and not any(
        t.reporter.name in ("text", "github") and t.path is None for t in targets
    ):
        for e in errors:
            print(error_line(e), file=sys.stderr)
    if write_baseline is not None:
        recorded(baseline_file, len(tally.baseline_entries))
        warn_unrecorded(errors, tally)
    # recording a baseline accepts the findings it records, as ruff --add-noqa, PHPStan's
    # --generate-baseline and mypy-baseline sync do: it succeeds (exit 0) unless a file could
    # not be read, so a set-up script or a "record the baseline" job does not fail on it
    fails = tally.fails(policy.fail_on) and write_baseline is None
    raise typer.Exit(2 if errors else 1 if fails else 0)
