"""Session 20 (trial20's deviations): the spec's own example scheme is checked, not refused; the
questionnaire refuses documents that are not there and prints its assumptions; ratios are
compared unrounded; worked-out figures say where they came from; errors say how to fix them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

HERE = Path(__file__).parent


def test_the_spec_example_scheme_is_checked(project: Path) -> None:
    """Trial20 D1: scheme-format.md's own example (previous_ends 06-30, starts 08-01 and
    'gap_days: 60  # usual gap between one agreement and the next') was refused, exit 2: the
    usual gap is a fact of the scheme, not this agreement's gap, so the two need not agree. The
    dates give this agreement's gap (the metrics table reads them first) and a note shows both."""
    shutil.copy(HERE / "spec_example.yaml", project / "spec.yaml")
    write(project, "guidance/col-2025.md", "# Guidance\n\nApply by the closing date.\n")
    result = run("check", "spec.yaml", "-f", "json", "--fail-on", "never", cwd=project)
    assert result.exit_code == 0, result.output
    scheme = json.loads(result.output)["schemes"][0]
    assert scheme["metrics"]["funding.gap_days"] == 31, scheme["metrics"]
    assert any(
        "31 days" in n and "usual gap, funding.renewal.gap_days, is 60 days" in n
        for n in scheme["notes"]
    ), scheme["notes"]


def test_a_usual_gap_alone_is_the_gap(project: Path) -> None:
    """Without the dates, renewal.gap_days is the gap the rules read (the metrics table), and
    a usual gap equal to the dates' gap adds no note."""
    write(project, "g.yaml", MINIMAL + "funding:\n  renewal:\n    gap_days: 45\n")
    out = json.loads(run("check", "g.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert out["metrics"]["funding.gap_days"] == 45
    dates = "funding:\n  previous_ends: 2025-06-30\n  starts: 2025-08-01\n"
    write(project, "g.yaml", MINIMAL + dates + "  renewal:\n    gap_days: 31\n")
    out = json.loads(run("check", "g.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert not [n for n in out["notes"] if "usual gap" in n], out["notes"]


def _questionnaire(folder: Path, typed: list[str], monkeypatch: pytest.MonkeyPatch) -> int | None:
    """Run 'init --interactive' in ``folder`` on the answers typed (Enter after them): its exit
    code when it stops, else None."""
    import typer

    from grantcheck.cli import interactive
    from grantcheck.cli.workdir import Workdir

    answers = iter(typed)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers, ""))
    try:
        interactive.questionnaire(Path("q.yaml"), False, Workdir(folder))
    except typer.Exit as stop:
        return stop.exit_code
    return None


def test_the_questionnaire_asks_again_for_a_document_that_is_not_there(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trial20 D5: 'notes/guidance.pdf' (not there) and '3' were taken as documents, and check
    then refused the scheme written (exit 2). Each is refused as typed, in check's words, and
    asked again; the file written is one check accepts."""
    write(project, "guidance.md", "# Guidance\n\nApply by the closing date.\n")
    typed = ["Village Fund", "Example Council", "grant", "1000"] + [""] * 7
    typed += ["notes/guidance.pdf", "3", "guidance.md", "form.docx"]
    code = _questionnaire(project, typed, monkeypatch)
    out = capsys.readouterr().out
    assert code is None, out
    assert (
        "guidance document 'notes/guidance.pdf' was not found. The path is relative to the "
        "scheme file" in out
    ), out
    assert "guidance document '3' is not a .md" in out, out
    assert "form document 'form.docx' was not found" in out, out
    written = (project / "q.yaml").read_text(encoding="utf-8")
    assert '["guidance.md"]' in written and "form.docx" not in written, written
    assert run("check", "q.yaml", "--fail-on", "never", cwd=project).exit_code == 0


def test_the_questionnaire_estimate_prints_its_assumptions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trial20 D8: the closing 'about 2.8 hours of work, worth £56.13' printed no assumption
    (the brief: every estimate prints the assumptions it used; check always does)."""
    from grantcheck.cli.interactive import verdict as _verdict
    from grantcheck.cli.workdir import Workdir

    text = MINIMAL + "application:\n  form:\n    questions: 6\n    word_limit: 500\n"
    _verdict(text, Path("fund.yaml"), Workdir(tmp_path))
    out = capsys.readouterr().out
    assert "hours of work" in out, out
    assert "Assumptions: " in out and "hourly_cost: £20" in out, out
    assert "writing_words_per_hour: 300 words an hour" in out, out


def test_gc103_quotes_no_passage_off_its_point() -> None:
    """Trial20 D6 (Pack 2 section 1): GC103 (plain English) quoted the guide's "ensuring the
    complexity of paper work and processes is minimised", which is about how much paperwork
    there is; the guide has nothing on how plainly guidance is written, so GC103 rests on its
    research and says so, as GC111 does (tests/test_quotes.py checks every quote left)."""
    result = run("explain", "GC103")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "The guide is not quoted: its words on paperwork are about how much" in said, said
    assert "Flesch" in said and "rests on the other sources below" in said, said


@pytest.mark.parametrize(
    "award,severity,shown",
    [
        (1999, "error", "6.003%"),  # 6.003%: over the error limit of 6%, not rounded down to it
        (3999, "warning", "3.001%"),  # 3.0008%: over the warning limit of 3%
        (4000, None, ""),  # exactly 3%: a value equal to a limit passes it (rules.md)
    ],
)
def test_a_ratio_is_judged_before_it_is_rounded(
    project: Path, award: int, severity: str | None, shown: str
) -> None:
    """Trial20 D9: ratios were rounded to 4 places before they met their limits, so 6 hours of
    reporting at £20 on a £1,999 award (6.003%) was a warning and on £3,999 (3.0008%) passed.
    Judged unrounded; printed rounded (JSON's value as before), the message as precisely as it
    takes to tell the value from the limit."""
    scheme = (
        f"name: T\nfunder: C\naward:\n  max: {award}\nfunding:\n  months: 12\n"
        "reporting:\n  frequency: annual\n  hours_per_report: 6\n"
    )
    write(project, "r.yaml", scheme)
    result = run("check", "r.yaml", "--select", "GC402", "-f", "json", cwd=project)
    found = json.loads(result.output)["schemes"][0]["findings"]
    assert [f["severity"] for f in found] == ([severity] if severity else []), found
    if found:
        assert f"is {shown}: above the {severity} limit" in found[0]["message"], found
        assert found[0]["value"] == round(120 / award, 4), found


def test_the_sector_share_is_judged_before_it_is_rounded(project: Path) -> None:
    """Trial20 D9: GC105, £400 of applying against a pot of £3,999 (10.003%) passed."""
    scheme = (
        "name: T\nfunder: C\naward:\n  max: 1000\n  total: 3999\n  expected_applications: 1\n"
        "application:\n  form:\n    questions: 0\n    word_limit: 6000\n"
    )
    write(project, "s.yaml", scheme)
    result = run("check", "s.yaml", "--select", "GC105", "-f", "json", cwd=project)
    out = json.loads(result.output)["schemes"][0]
    assert out["metrics"]["sector.cost"] == 400, out["metrics"]
    assert [f["severity"] for f in out["findings"]] == ["warning"], out["findings"]


def test_renewal_notice_from_the_dates_says_so(project: Path) -> None:
    """Trial20 D10: decision 2025-07-02 after previous_ends 2025-07-01 gave 'The notice given of
    renewal is -1 days', never saying the figure came from the two dates, nor that the decision
    comes after the agreement ends. No notice is 0 days, and the finding says where it came
    from."""
    dates = (
        "funding:\n  ongoing: true\n  previous_ends: 2025-07-01\ndecision:\n  date: 2025-07-02\n"
    )
    write(project, "n.yaml", MINIMAL + dates)
    result = run("check", "n.yaml", "--select", "GC302", "-f", "json", cwd=project)
    out = json.loads(result.output)["schemes"][0]
    assert out["metrics"]["funding.renewal.notice_days"] == 0, out["metrics"]
    said = out["findings"][0]["message"]
    assert "-1" not in said and "is 0 days" in said, said
    assert (
        "worked out from decision.date (2025-07-02) and funding.previous_ends (2025-07-01): the "
        "decision comes 1 day after the previous agreement ends, so there is no notice at all"
    ) in said, said


@pytest.mark.parametrize(
    "name,config,hint",
    [
        ("grantcheck.yaml", "ignore: GC7\n", "Write a list, even of one item: ignore: [GC7]"),
        (
            "pyproject.toml",
            '[tool.grantcheck]\nignore = "GC7"\n',
            'Write a list, even of one item: ignore = ["GC7"]',
        ),
    ],
)
def test_a_value_that_should_be_a_list_says_how_to_write_one(
    project: Path, name: str, config: str, hint: str
) -> None:
    """Trial20 D12: 'ignore must be a list, not 'GC7'' said no fix (cli.md: exit 2 'says how
    to fix it'); a scheme's list key the same."""
    write(project, "s.yaml", MINIMAL)
    write(project, name, config)
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2 and hint in result.output, result.output
    write(project, name, "")
    scheme = MINIMAL + "eligibility:\n  policies_required: safeguarding\n"
    write(project, "s.yaml", scheme)
    said = run("check", "s.yaml", cwd=project).output
    assert "Write a list, even of one item: policies_required: [safeguarding]" in said, said


def test_the_starter_from_documents_needs_only_the_funder(project: Path) -> None:
    """Trial20 D12: 'init --from' wrote an empty 'kind:' that check refused, though kind
    defaults to grant (scheme-format.md). It writes the default with the question beside it:
    filling in the funder is all check needs."""
    write(project, "form.md", "# Application form\n\n1. Describe your project. (max 300 words)\n")
    write(project, "notes.md", "# Notes\n\nGrants of up to £1,000 are available.\n")
    made = run("init", "--from", "form.md", "notes.md", "-o", "s.yaml", cwd=project)
    assert made.exit_code == 0, made.output
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert "\nkind: grant   # grant or contract" in text, text
    write(project, "s.yaml", text.replace("funder: ", "funder: Test Council ", 1))
    result = run("check", "s.yaml", "--fail-on", "never", cwd=project)
    assert result.exit_code == 0, result.output


def test_a_folder_search_skips_other_tools_yaml(project: Path) -> None:
    """Trial19 N7's rest (trial20): a docker-compose.yaml beside the schemes gave input errors,
    exit 2, when check searched the folder. Another tool's YAML (no funder or award, and keys
    no scheme has) is skipped as ruff skips what is not Python; a scheme missing or misspelling
    a key is still checked, and a file named is always checked."""
    write(project, "s.yaml", MINIMAL)
    compose = 'name: app\nversion: "3"\nservices:\n  web:\n    image: nginx\nvolumes:\n  d: {}\n'
    write(project, "docker-compose.yaml", compose)
    write(project, "docs/mkdocs.yml", "site_name: Docs\nnav:\n  - Home: index.md\n")
    result = run("check", "--fail-on", "never", cwd=project)
    assert result.exit_code == 0 and "input error" not in result.output, result.output
    assert "1 scheme checked" in result.output, result.output
    write(project, "half.yaml", "name: Half\nfundr: Council\n")  # a scheme, misspelt
    result = run("check", "--fail-on", "never", cwd=project)
    assert "half.yaml:2:1: input error: unknown key 'fundr'" in result.output, result.output
    named = run("check", "docker-compose.yaml", cwd=project)
    assert named.exit_code == 2 and "docker-compose.yaml" in named.output, named.output
