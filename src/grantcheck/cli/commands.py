"""The commands besides check and init: rules, explain, schema and diff."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from grantcheck import __version__
from grantcheck.cli import FailOn, _emit, _fail, error_line, load_policy
from grantcheck.cli.check_options import canonical_format, format_for
from grantcheck.cli.json_errors import diff_failure, json_on_failure
from grantcheck.cli.workdir import workdir
from grantcheck.safe_text import terminal

if TYPE_CHECKING:
    from grantcheck.diff import DiffReport
    from grantcheck.findings import SchemeResult


def rules_command(
    ctx: typer.Context,
    config: Path | None = typer.Option(
        None, "--config", help="Use this config file instead of discovering one."
    ),
    rules: list[Path] | None = typer.Option(
        None, "--rules", help="Add a folder of rule files; repeatable."
    ),
    markdown: bool = typer.Option(
        False, "--markdown", help="Print the Markdown reference (as in docs/rules.md)."
    ),
    metrics: bool = typer.Option(
        False, "--metrics", help="List the metrics a rule may read, with label, unit and type."
    ),
) -> None:
    """List the rules in force, with their limits for each band."""
    from grantcheck.findings import BUILT_IN_RULES
    from grantcheck.reporters.rulebook import metrics_table, rules_table
    from grantcheck.reporters.rules_reference import rules_markdown

    if metrics:
        sys.stdout.write(metrics_table())
        return
    policy = load_policy(config, rules or [], [], [], None, workdir(ctx))
    built_in = tuple((b, policy.unused_waivers) for b in BUILT_IN_RULES.values())
    listing = (
        rules_markdown(policy.pack)
        if markdown
        else rules_table(policy.pack, policy.rules, built_in)
    )
    sys.stdout.write(terminal(listing))


def explain(
    ctx: typer.Context,
    rule: str = typer.Argument(..., help="A rule ID, such as GC101."),
    config: Path | None = typer.Option(
        None, "--config", help="Use this config file instead of discovering one."
    ),
    rules: list[Path] | None = typer.Option(
        None, "--rules", help="Add a folder of rule files; repeatable."
    ),
) -> None:
    """Explain one rule: what it checks, why (the guide's words), limits by band, how to fix."""
    from grantcheck.errors import closest_rule
    from grantcheck.findings import BUILT_IN_RULES
    from grantcheck.reporters.rulebook import explain as render
    from grantcheck.reporters.rulebook import explain_built_in

    policy = load_policy(config, rules or [], [], [], None, workdir(ctx))
    by_id = {r.id: r for r in policy.pack.rules}
    built_in = BUILT_IN_RULES.get(rule.upper())
    if built_in is not None:
        sys.stdout.write(terminal(explain_built_in(built_in, policy.unused_waivers)))
        return
    found = by_id.get(rule.upper())
    if found is None:
        close = closest_rule(rule, [*BUILT_IN_RULES, *by_id])
        _fail(
            [
                f"{rule!r} is not a rule"
                + (f"; did you mean {close}?" if close else "; see 'grantcheck rules'")
            ]
        )
    sys.stdout.write(terminal(render(policy.pack, found)))


def schema(
    config: bool = typer.Option(False, "--config", help="Print the config file's schema instead."),
) -> None:
    """Print the JSON Schema of the scheme format (for editors: yaml-language-server)."""
    from grantcheck.config import Config
    from grantcheck.docs import json_schema
    from grantcheck.scheme import Scheme

    sys.stdout.write(
        json_schema(Config, "grantcheck config file")
        if config
        else json_schema(Scheme, "grantcheck scheme file (format 1)")
    )


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    md = "md"  # short for markdown (check_options.FORMAT_ALIASES)
    json = "json"


def diff_command(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="OLD NEW; or, with --git, just the scheme file."),
    git: str | None = typer.Option(
        None, "--git", help="Compare FILE as it is now with FILE at this git revision."
    ),
    format: DiffFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="Output format (default: text, or what the --output file's suffix names; md is "
        "short for markdown).",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file, atomically."
    ),
    fail_on: FailOn | None = typer.Option(
        None, "--fail-on", help="Exit 1 when the new version adds a finding at or above this."
    ),
    config: Path | None = typer.Option(
        None, "--config", help="Use this config file instead of discovering one."
    ),
    rules: list[Path] | None = typer.Option(
        None, "--rules", help="Add a folder of rule files; repeatable."
    ),
) -> None:
    """Compare two versions of a scheme: measures before and after, findings fixed and added."""
    from grantcheck.diff import compare
    from grantcheck.diff_pairing import repeated
    from grantcheck.findings import Report
    from grantcheck.pipeline import check_file
    from grantcheck.pipeline_files import display_name
    from grantcheck.pipeline_scheme import check_text
    from grantcheck.reporters import diff as render

    format = DiffFormat(canonical_format(format.value)) if format else None
    if (git is None and len(files) != 2) or (git is not None and len(files) != 1):
        _fail(["<command line>: give OLD and NEW files, or one file with --git REV"])
    here = workdir(ctx)
    old_path, new_path = here.path(files[0]), here.path(files[-1])
    new_name = display_name(new_path, here.folder)
    old_name = display_name(old_path, here.folder) if git is None else f"{git}:{new_name}"
    as_json = (format or format_for(output, DiffFormat)) is DiffFormat.json
    to_stdout = output is None or os.fspath(output) == "-"
    # a comparison that cannot be made: JSON on standard output holds why, as check's does
    with json_on_failure(diff_failure(old_name, new_name) if as_json and to_stdout else None):
        policy = load_policy(config, rules or [], [], [], fail_on.value if fail_on else None, here)
        if git is None:
            old_results, old_errors = check_file(old_path, old_name, policy)
        else:
            shown = _git_show(git, new_path, files[-1], policy.limits.max_file_bytes)
            old_results, old_errors = check_text(shown, old_name, new_path, policy)
        new_results, new_errors = check_file(new_path, new_name, policy)
        if old_errors or new_errors:
            _fail(old_errors + new_errors)
        if twice := repeated(old_results) + repeated(new_results):
            _fail(twice)
    result = compare(
        Report(tuple(old_results), ()),
        Report(tuple(new_results), ()),
        list(policy.pack.rules),
        old_name,
        new_name,
    )
    if git is not None:
        result = _documents_now(result, old_results + new_results)
    format = format or format_for(output, DiffFormat)
    if format is not DiffFormat.text or output is not None:  # a report that may go unread
        for warning in result.warnings:
            print(error_line(f"warning: {warning}"), file=sys.stderr)
    text = (
        render.as_json(result, __version__)
        if format is DiffFormat.json
        else render.markdown(result)
        if format is DiffFormat.markdown
        else render.text(result)
    )
    reads: list[Path | str] = [old_path, new_path]
    reads += [p for r in old_results + new_results for p in r.sources]
    _emit(text, output, here, reads)
    raise typer.Exit(1 if result.fails(policy.fail_on) else 0)


def _documents_now(result: DiffReport, schemes: list[SchemeResult]) -> DiffReport:
    """With --git, each version's documents are read as they are now, in the working tree: a
    change to a form or its guidance is not compared, and the reader is told so."""
    from dataclasses import replace

    # as typed in the scheme file; each report escapes a warning for its own format
    names = list(dict.fromkeys(str(d.name) for s in schemes for d in s.documents))
    if not names:
        return result
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    warning = (
        f"the documents ({shown}) were read as they are now, for both versions: git holds the "
        "old scheme file, but a change to a document is not compared (to compare one, save the "
        "old documents beside the old scheme file and give OLD and NEW files)"
    )
    return replace(result, warnings=(*result.warnings, warning))


def _git_show(rev: str, path: Path, given: Path, max_bytes: int) -> str:
    """The file's text at a git revision, or exit 2 saying why not (``given``: as typed)."""
    from grantcheck.gitshow import GitProblem, show

    try:
        return show(rev, path, max_bytes)
    except GitProblem as exc:
        _fail([f"{given}:1:1: cannot compare with git revision {rev!r}: {exc}"])
