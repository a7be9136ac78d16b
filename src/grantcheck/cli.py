"""The command line: the only module that prints, writes reports and exits.

Exit codes (cli.md): 0 clean; 1 a finding at or above --fail-on; 2 a usage,
config, rule-pack or scheme-loading error (other files are still checked).
rich and textstat are imported only by the commands that need them, so
``grantcheck --version`` stays fast.
"""

from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from grantcheck import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Check grant and contract schemes for proportionality, against the LGA/NAVCA good practice guide.")


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _version(value: bool) -> None:
    if value:
        print(f"grantcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """grantcheck: proportionality checks for grant and contract schemes."""


def _fail(errors: list, code: int = 2) -> None:  # type: ignore[type-arg]
    for e in errors:
        print(f"grantcheck: {e}", file=sys.stderr)
    raise typer.Exit(code)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader never sees half a file."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _split(values: Optional[list[str]]) -> list[str]:
    return [v.strip() for item in values or [] for v in item.split(",") if v.strip()]


def load_policy(config: Optional[Path], rules: list[Path], select: list[str], ignore: list[str],
                fail_on: Optional[str], cwd: Path, allow_paths: Optional[list[Path]] = None):  # type: ignore[no-untyped-def]
    """The rule pack with config and flags applied, or exit 2 with the reasons."""
    from grantcheck.config import build_policy, discover, load_config
    from grantcheck.pipeline import display_name
    from grantcheck.rulepack import default_pack_dir, load_pack

    path = config if config is not None else discover(cwd)
    loaded = None
    if path is not None:
        if not path.is_file():
            _fail([f"{path}: the config file does not exist"])
        loaded, errors = load_config(path, display_name(path, cwd))
        if errors:
            _fail(errors)
    folders = [(default_pack_dir(), Path("rules"))]
    if loaded is not None:
        folders += [(loaded.folder / f, Path(display_name(loaded.folder / f, cwd))) for f in loaded.config.rule_folders]
    folders += [(r, Path(display_name(r, cwd))) for r in rules]
    pack, errors = load_pack(folders)
    if pack is None:
        _fail(errors)
    policy, errors = build_policy(pack, loaded, select or None, ignore or None, fail_on, allow_paths)
    if policy is None:
        _fail(errors)
    return policy


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


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
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only findings and the summary line."),
) -> None:
    """Check scheme files and print the proportionality report."""
    from grantcheck.pipeline import check as run

    cwd = Path.cwd()
    targets = _targets(format or [], output or [])
    known = _read_baseline(baseline) if baseline else None
    policy = load_policy(config, rules or [], _split(select), _split(ignore), fail_on.value if fail_on else None, cwd,
                         allow_path)
    report = run(list(paths) if paths else [Path(".")], policy, cwd)
    if write_baseline is not None:
        from grantcheck import baseline as baselines

        _emit(baselines.write(report), write_baseline)
    if known is not None:
        from grantcheck import baseline as baselines

        report = baselines.apply(report, known)
    shown = " ".join(str(p) for p in paths) if paths else "."
    for fmt, path in targets:
        _emit(_render(fmt, report, policy, quiet, path is None, cwd, f"grantcheck check {shown} --format {fmt.value}"), path)
    if Format.github in [f for f, _ in targets] and os.environ.get("GITHUB_STEP_SUMMARY"):
        _append_summary(report, Path(os.environ["GITHUB_STEP_SUMMARY"]))
    if report.errors and any(f is not Format.text and p is None for f, p in targets):
        for e in report.errors:
            print(f"grantcheck: {e}", file=sys.stderr)
    raise typer.Exit(2 if report.errors else 1 if report.fails(policy.fail_on) else 0)


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


def _render(fmt: Format, report, policy, quiet: bool, to_terminal: bool, cwd: Path,  # type: ignore[no-untyped-def]
            command: str) -> str:
    """The report in one format (reporters are imported only when chosen)."""
    if fmt is Format.json:
        from grantcheck.reporters.json_report import render

        return render(report, __version__)
    if fmt is Format.sarif:
        from grantcheck.reporters.sarif import render as render_sarif

        return render_sarif(report, __version__, policy.rules, _repository_prefix(cwd))
    if fmt is Format.github:
        from grantcheck.reporters.github import render as render_github

        return render_github(report)
    if fmt is Format.junit:
        from grantcheck.reporters.junit import render as render_junit

        return render_junit(report, {r.id: r.title for r in policy.pack.rules}, policy.fail_on)
    if fmt in (Format.markdown, Format.html):
        from grantcheck.reporters import html, markdown

        module = markdown if fmt is Format.markdown else html
        return module.render(report, {r.id: r for r in policy.pack.rules}, __version__, command)
    from grantcheck.reporters.text import render as render_text

    width = min(100, max(60, _terminal_width())) if to_terminal else 80
    return render_text(report, color=_color() and to_terminal, width=width, quiet=quiet)


def _repository_prefix(cwd: Path) -> str:
    """The current folder's path inside its git repository, so SARIF URIs are repository-relative."""
    here = cwd.resolve()
    for parent in [here, *here.parents]:
        if (parent / ".git").exists():
            rel = here.relative_to(parent).as_posix()
            return "" if rel == "." else rel + "/"
    return ""


def _append_summary(report, path: Path) -> None:  # type: ignore[no-untyped-def]
    from grantcheck.reporters.github import summary_markdown

    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(summary_markdown(report))
    except OSError as exc:
        print(f"grantcheck: {path}: cannot append the step summary: {exc.strerror or exc}", file=sys.stderr)


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command("diff")
def diff_command(
    files: list[Path] = typer.Argument(..., help="OLD NEW; or, with --git, just the scheme file."),
    git: Optional[str] = typer.Option(None, "--git", help="Compare FILE as it is now with FILE at this git revision."),
    format: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file, atomically."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when the new version adds a finding at or above this."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of discovering one."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Add a folder of rule files; repeatable."),
) -> None:
    """Compare two versions of a scheme: measures before and after, findings fixed and added."""
    from grantcheck.diff import compare
    from grantcheck.findings import Report
    from grantcheck.pipeline import check_file, check_text, display_name
    from grantcheck.reporters import diff as render

    if (git is None and len(files) != 2) or (git is not None and len(files) != 1):
        _fail(["<command line>: give OLD and NEW files, or one file with --git REV"])
    cwd = Path.cwd()
    policy = load_policy(config, rules or [], [], [], fail_on.value if fail_on else None, cwd)
    new_path = files[-1]
    new_name = display_name(new_path, cwd)
    if git is None:
        old_name = display_name(files[0], cwd)
        old_results, old_errors = check_file(files[0], old_name, policy)
    else:
        old_name = f"{git}:{new_name}"
        old_results, old_errors = check_text(_git_show(git, new_path), old_name, new_path, policy)
    new_results, new_errors = check_file(new_path, new_name, policy)
    if old_errors or new_errors:
        _fail(old_errors + new_errors)
    result = compare(Report(tuple(old_results), ()), Report(tuple(new_results), ()), list(policy.pack.rules),
                     old_name, new_name)
    text = (render.as_json(result, __version__) if format is DiffFormat.json
            else render.markdown(result) if format is DiffFormat.markdown else render.text(result))
    _emit(text, output)
    raise typer.Exit(1 if result.fails(policy.fail_on) else 0)


def _git_show(rev: str, path: Path) -> str:
    """The file's text at a git revision (path taken relative to its own folder)."""
    import subprocess

    folder = path.resolve().parent
    try:
        done = subprocess.run(["git", "show", f"{rev}:./{path.name}"], cwd=folder, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        _fail([f"{path}: cannot run git: {exc}"])
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        _fail([f"{path}:1:1: git cannot show it at {rev!r}: {reason[-1] if reason else 'unknown error'}"])
    return done.stdout.decode("utf-8-sig", "replace")


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns if sys.stdout.isatty() else 80
    except OSError:
        return 80


def _emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomically(output, text)
    except OSError as exc:
        _fail([f"{output}: cannot write the report: {exc.strerror or exc}"])


@app.command("rules")
def rules_command(
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of discovering one."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Add a folder of rule files; repeatable."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the Markdown reference (as in docs/rules.md)."),
) -> None:
    """List the rules in force, with their limits for each band."""
    from grantcheck.reporters.rulebook import rules_markdown, rules_table

    policy = load_policy(config, rules or [], [], [], None, Path.cwd())
    sys.stdout.write(rules_markdown(policy.pack) if markdown else rules_table(policy.pack, policy.rules))


@app.command()
def explain(
    rule: str = typer.Argument(..., help="A rule ID, such as GC101."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of discovering one."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Add a folder of rule files; repeatable."),
) -> None:
    """Explain one rule: what it checks, why (the guide's words), limits by band, how to fix."""
    import difflib

    from grantcheck.reporters.rulebook import explain as render

    policy = load_policy(config, rules or [], [], [], None, Path.cwd())
    by_id = {r.id: r for r in policy.pack.rules}
    found = by_id.get(rule.upper())
    if found is None:
        close = difflib.get_close_matches(rule.upper(), list(by_id), n=1)
        _fail([f"{rule!r} is not a rule" + (f"; did you mean {close[0]}?" if close else "; see 'grantcheck rules'")])
    sys.stdout.write(render(policy.pack, found))


@app.command()
def schema(config: bool = typer.Option(False, "--config", help="Print the config file's schema instead.")) -> None:
    """Print the JSON Schema of the scheme format (for editors: yaml-language-server)."""
    from grantcheck.config import Config
    from grantcheck.docs import json_schema
    from grantcheck.scheme import Scheme

    sys.stdout.write(json_schema(Config, "grantcheck config file") if config
                     else json_schema(Scheme, "grantcheck scheme file (format 1)"))


@app.command()
def init(
    file: Path = typer.Argument(Path("scheme.yaml"), help="Where to write the starter scheme."),
    force: bool = typer.Option(False, "--force", help="Overwrite the file if it exists."),
) -> None:
    """Write a commented starter scheme file."""
    from importlib import resources

    if file.exists() and not force:
        _fail([f"{file}: the file exists; use --force to overwrite it"])
    text = (resources.files("grantcheck") / "templates" / "starter.yaml").read_text(encoding="utf-8")
    _emit(text, file)
    print(f"Wrote {file}. Check it with: grantcheck check {file}")


INTERNAL_ERROR = 3


def main() -> None:
    """Entry point for the ``grantcheck`` command.

    A bug must still not print a traceback at a user: it ends in one line and
    exit code 3 (set GRANTCHECK_DEBUG=1 to see the traceback).
    """
    try:
        app(prog_name="grantcheck", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("grantcheck: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # the last resort; every expected problem is handled where it arises
        if os.environ.get("GRANTCHECK_DEBUG"):
            raise
        print(f"grantcheck: internal error: {type(exc).__name__}: {exc}. This is a bug in grantcheck; "
              "please report it with the input that caused it (GRANTCHECK_DEBUG=1 shows the details).", file=sys.stderr)
        sys.exit(INTERNAL_ERROR)
