"""Session 19 (house19c): trial19's deviations as users meet them: a count is never "1 errors"
(N12), every effort estimate in every format says what it assumed (N4), diff's lower bounds say
"at least" (N5), a register or YAML value of the wrong type is described in words (N8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, run, write

WORST = ROOT / "examples" / "micro-grant-worst-practice.yaml"


def test_the_questionnaire_counts_one_error_as_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N12: the questionnaire's close printed '15 findings: 1 errors, 3 warnings, 11 info.'"""
    from grantcheck.cli.interactive import verdict as _verdict
    from grantcheck.cli.workdir import Workdir

    text = MINIMAL + "application:\n  window_days: 7\n"
    _verdict(text, Path("fund.yaml"), Workdir(tmp_path))
    out = capsys.readouterr().out
    assert ": 1 error, " in out and "1 errors" not in out, out


@pytest.mark.parametrize(
    "n,word,shown",
    [
        (1, "day", "1 day"),
        (2, "day", "2 days"),
        (1204, "word", "1,204 words"),
        (2.0, "report", "2 reports"),
        (0.5, "report", "0.5 reports"),
        (1, "scheme ID is", "1 scheme ID is"),
    ],
)
def test_one_plural_helper_for_every_count(n: float, word: str, shown: str) -> None:
    from grantcheck.units import plural

    assert plural(n, word) == shown


ESTIMATE_FORMATS = ("github", "junit", "csv")


@pytest.mark.parametrize("fmt", ESTIMATE_FORMATS)
def test_an_estimate_in_every_format_prints_what_it_assumed(project: Path, fmt: str) -> None:
    """N4: GC104's '34%' and GC105's '168%' came with no hours, no £20 an hour and no assumption
    in GitHub annotations, JUnit and CSV, though every estimate prints its assumptions."""
    write(project, "w.yaml", WORST.read_text(encoding="utf-8"))
    out = run("check", "w.yaml", "--select", "GC101,GC104,GC105", "-f", fmt, cwd=project).output
    assert out.count("Estimate: one application about 16.8 hours, worth £336") == 2, out
    assert out.count("Assumptions: ") == 2, out  # GC101's window is no estimate
    assert out.count("hourly_cost: £20") == 2 and "writing_words_per_hour: 300" in out, out


@pytest.mark.parametrize("fmt", ESTIMATE_FORMATS)
def test_every_ci_format_cites_the_guide(project: Path, fmt: str) -> None:
    """D3 (trial18, still open): JUnit, GitHub annotations and CSV named neither the guide's
    title, its publishers nor its web address."""
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 7\n")
    out = run("check", "s.yaml", "-f", fmt, cwd=project).output
    assert "Local Infrastructure Organisations" in out and "NAVCA, 2024" in out, out
    assert "https://www.local.gov.uk/publications/" in out, out


def test_diff_says_at_least_of_a_lower_bound(project: Path) -> None:
    """N5 (Pack 2 §2: lower bounds 'shown as at least ...'): diff printed 'Hours for one
    application 0.8 hours -> 10.8 hours' for two lower bounds, and its JSON had no flag."""
    import json

    write(project, "n1.yaml", MINIMAL + "application:\n  form:\n    questions: 5\n")
    write(
        project,
        "n2.yaml",
        MINIMAL + "application:\n  form:\n    questions: 5\n    word_limit: 3000\n",
    )
    for fmt in ("text", "markdown"):
        out = run("diff", "n1.yaml", "n2.yaml", "-f", fmt, cwd=project).output
        assert "at least 0.8 hours" in out and "at least 10.8 hours" in out, out
    doc = json.loads(run("diff", "n1.yaml", "n2.yaml", "-f", "json", cwd=project).output)
    by = {m["metric"]: m for m in doc["schemes"][0]["metrics"]}
    assert by["application.hours"]["before_lower_bound"] is True, by
    assert by["application.form.word_limit"]["after_lower_bound"] is False, by


def test_a_register_date_with_a_time_is_named_by_its_key_and_said_in_words(
    project: Path,
) -> None:
    """N8: a decision.date cell holding 2025-04-01 12:00 gave 'decision must be a date written
    YYYY-MM-DD, not datetime.datetime(2025, 4, 1, 12, 0)': the wrong key, Python's repr and no
    way to fix it."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Schemes"
    sheet.append(["name", "funder", "award.max", "decision.date"])
    sheet.append(["A", "F", 1000, dt.datetime(2025, 4, 1, 12, 0)])
    book.save(project / "reg.xlsx")
    out = run("check", "reg.xlsx", cwd=project).output
    assert (
        "reg.xlsx:Schemes!D2: input error: decision.date must be a date written YYYY-MM-DD, "
        "not 2025-04-01 12:00, a date with a time of day. The cell holds a time of day" in out
    ), out
    assert "datetime" not in out, out


def test_a_list_or_mapping_where_text_belongs_is_said_as_yaml_writes_it(project: Path) -> None:
    """N8: 'name must be text, not ['A']' (Python's repr, in a message for people)."""
    write(project, "t.yaml", "name: [A]\nfunder: {x: 1}\naward:\n  max: 1000\n")
    out = run("check", "t.yaml", cwd=project).output
    assert "t.yaml:1:7: input error: name must be text, not a list ([A])" in out, out
    assert "funder must be text, not a mapping ({x: 1})" in out, out


def test_a_local_rule_with_no_basis_is_local_policy_not_grantchecks_judgement(
    project: Path,
) -> None:
    """N10: rules.md's 'judgement' is grantcheck's own calibration; a council's rule that
    states no basis was tagged 'judgement' in JSON while its words said 'local policy', and
    'explain' said the guide does not speak to a point the rule never put to it."""
    import json

    rule = (
        "rules:\n  - id: LOCAL1\n    title: Agreements of at least nine months\n"
        "    metric: funding.months\n    check: at_least\n    warning: 9\n    advice: Longer.\n"
    )
    write(project, "lr/r.yaml", rule)
    write(project, "s.yaml", MINIMAL + "funding:\n  months: 6\n")
    out = run("check", "s.yaml", "--rules", "lr", "-f", "json", cwd=project).output
    found = [f for f in json.loads(out)["schemes"][0]["findings"] if f["rule"] == "LOCAL1"]
    assert [(f["basis"], f["basis_text"]) for f in found] == [
        ("local", "local policy (the rule file states no basis)")
    ], found
    said = run("explain", "LOCAL1", "--rules", "lr", cwd=project).output
    assert "The guide does not speak to this point" not in said, said
    assert "quotes no passage of the guide" in said, said


def test_a_lone_mistyped_limit_gets_its_did_you_mean(project: Path) -> None:
    """N11: a local rule whose only limit is typed 'warnin: 3' said 'give at least one of
    warning, error or info' at the rule's first line, not the key's own did-you-mean."""
    rule = (
        "rules:\n  - id: LOCAL1\n    title: Agreements of at least nine months\n"
        "    metric: funding.months\n    check: at_least\n    warnin: 3\n    advice: Longer.\n"
    )
    write(project, "lr/r.yaml", rule)
    write(project, "s.yaml", MINIMAL)
    result = run("check", "s.yaml", "--rules", "lr", cwd=project)
    assert result.exit_code == 2, result.output
    assert "lr/r.yaml:6:5: unknown key 'warnin' in rules[0]. Did you mean 'warning'?" in (
        result.output
    ), result.output


def test_searching_a_folder_skips_tool_folders_and_what_git_ignores(project: Path) -> None:
    """N7 (cli.md: no path means the current folder, 'the way a user of ruff would expect'):
    venv/ and node_modules/ were read as schemes, even when .gitignore names them; ruff skips
    both. A file named on the command line is still checked."""
    import shutil
    import subprocess

    write(project, "schemes/s.yaml", MINIMAL)
    write(project, "venv/lib/site/conf.yaml", "a: 1\n")
    write(project, "node_modules/x/c.yml", "b: 2\n")
    write(project, "build/out.yaml", "c: 3\n")
    write(project, ".gitignore", "build/\n")
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    result = run("check", cwd=project)
    assert result.exit_code == 0 and "input error" not in result.output, result.output
    assert "1 scheme checked" in result.output, result.output
    named = run("check", "venv/lib/site/conf.yaml", cwd=project)
    assert named.exit_code == 2, named.output  # named: checked (and not a scheme)
