"""Findings of the ninth user trial (/work/team/trial9-findings.md), each pinned by a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

FORM = (
    "# Application form\n\n"
    "1. Describe your project. (max 300 words)\n\n   Answer:\n\n"
    "2. Who will benefit? (max 200 words)\n\n   Answer:\n\n"
    "Please attach your constitution.\n"
)
GUIDANCE = "# Guidance\n\nGrants of up to £1,000 for small groups. Read this before you apply.\n"
SCHEME = MINIMAL + (
    "application:\n  guidance:\n    documents: [notes.md]\n  form:\n    documents: [form.md]\n"
)


@pytest.fixture
def scheme(project: Path) -> Path:
    """A scheme naming a form and a guidance document, beside them."""
    write(project, "form.md", FORM)
    write(project, "notes.md", GUIDANCE)
    write(project, "s.yaml", SCHEME)
    return project


@pytest.mark.parametrize(
    "args",
    [
        ["-f", "text", "-o", "form.md"],
        ["-f", "json", "-o", "notes.md"],
        ["-o", "./form.md"],  # the format from the suffix: Markdown, over the form itself
        ["--write-baseline", "notes.md"],
        ["-f", "json", "-o", "r.json", "-f", "markdown", "-o", "form.md"],
    ],
)
def test_check_never_writes_over_a_document_the_scheme_names(scheme: Path, args: list[str]) -> None:
    """F9: `check s.yaml -o form.md` replaced the published form with the report (the scheme
    file itself was refused: "would overwrite a file grantcheck reads in this run", but not the
    documents it names). Nothing is written, not even the other outputs."""
    result = run("check", "s.yaml", *args, cwd=scheme)
    assert result.exit_code == 2, result.output
    assert "would overwrite a file grantcheck reads in this run" in result.output
    assert (scheme / "form.md").read_text(encoding="utf-8") == FORM
    assert (scheme / "notes.md").read_text(encoding="utf-8") == GUIDANCE
    assert not (scheme / "r.json").exists()


def test_check_never_writes_over_a_document_a_register_row_names(scheme: Path) -> None:
    write(scheme, "r.csv", "name,funder,award.max,application.form.documents\nA,B,1000,form.md\n")
    result = run("check", "r.csv", "-f", "json", "-o", "form.md", cwd=scheme)
    assert result.exit_code == 2, result.output
    assert (scheme / "form.md").read_text(encoding="utf-8") == FORM


def test_check_still_writes_a_report_beside_the_documents(scheme: Path) -> None:
    (scheme / "report.md").write_text("an old report", encoding="utf-8")
    result = run("check", "s.yaml", "-o", "report.md", cwd=scheme)
    assert result.exit_code in (0, 1), result.output
    assert "Proportionality report" in (scheme / "report.md").read_text(encoding="utf-8")


def test_measure_never_writes_over_the_document_it_measures(scheme: Path) -> None:
    result = run("measure", "form.md", "notes.md", "-o", "notes.md", cwd=scheme)
    assert result.exit_code == 2, result.output
    assert "would overwrite a file grantcheck reads in this run" in result.output
    assert (scheme / "notes.md").read_text(encoding="utf-8") == GUIDANCE


def test_init_from_never_writes_over_a_document_even_with_force(scheme: Path) -> None:
    result = run("init", "--from", "form.md", "-o", "form.md", "--force", cwd=scheme)
    assert result.exit_code == 2, result.output
    assert (scheme / "form.md").read_text(encoding="utf-8") == FORM


@pytest.mark.parametrize("target", ["s.yaml", "form.md", "old.yaml"])
def test_diff_never_writes_over_its_schemes_or_their_documents(scheme: Path, target: str) -> None:
    """F9: `diff d1.yaml d1.yaml -o d1.yaml` replaced the scheme file with the diff report."""
    write(scheme, "old.yaml", SCHEME)
    before = {p.name: p.read_bytes() for p in scheme.iterdir() if p.is_file()}
    result = run("diff", "old.yaml", "s.yaml", "-o", target, cwd=scheme)
    assert result.exit_code == 2, result.output
    assert "would overwrite a file grantcheck reads in this run" in result.output
    assert {p.name: p.read_bytes() for p in scheme.iterdir() if p.is_file()} == before


def _baseline_run(project: Path, scheme_text: str, *args: str) -> tuple[int, str]:
    write(project, "s.yaml", scheme_text)
    result = run(
        "check", "s.yaml", "--baseline", "b.json", "--fail-on", "warning", *args, cwd=project
    )
    return result.exit_code, result.output


def test_a_baseline_knows_each_gc002_disagreement_apart(scheme: Path) -> None:
    """F3: every GC002 finding had the fingerprint GC002:<scheme>:documents.disagreements, so a
    baseline recorded with one disagreement (the word limit) passed every later one (accounts,
    questions): CI stopped seeing contradictions between the scheme file and its documents."""
    first = SCHEME.replace("documents: [form.md]", "documents: [form.md]\n    word_limit: 900")
    write(scheme, "s.yaml", first)
    made = run("check", "s.yaml", "--write-baseline", "b.json", cwd=scheme)
    assert made.exit_code in (0, 1), made.output
    code, out = _baseline_run(scheme, first)
    assert code == 0, out  # the same disagreement: known
    later = first.replace("    word_limit: 900", "    word_limit: 900\n    questions: 9")
    code, out = _baseline_run(scheme, later)
    assert code == 1, out  # a new disagreement (questions) is new
    assert "Questions: stated 9, measured 2" in " ".join(out.split())


def test_gc002_findings_of_one_scheme_have_fingerprints_of_their_own(scheme: Path) -> None:
    """SARIF's partialFingerprints were equal for two different GC002 results in one file, so
    code scanning shows one alert for both."""
    import json

    text = SCHEME.replace(
        "documents: [form.md]", "documents: [form.md]\n    questions: 9\n    word_limit: 90"
    )
    write(scheme, "s.yaml", text)
    result = run("check", "s.yaml", "-f", "sarif", cwd=scheme)
    runs = json.loads(result.output)["runs"][0]["results"]
    prints = [r["partialFingerprints"]["grantcheck/v1"] for r in runs if r["ruleId"] == "GC002"]
    assert len(prints) == 2 and len(set(prints)) == 2, prints


def test_a_baseline_knows_each_unused_waiver_apart(project: Path) -> None:
    """F3 (GC001): two unused waivers shared the fingerprint GC001:<scheme>:waivers, so a
    baseline holding one hid every later one."""
    one = MINIMAL + "waivers:\n  - rule: GC301\n    reason: One-off fund.\n"
    write(project, "s.yaml", one)
    assert run("check", "s.yaml", "--write-baseline", "b.json", cwd=project).exit_code in (0, 1)
    two = one + "  - rule: GC505\n    reason: Not needed.\n"
    code, out = _baseline_run(project, two)
    assert code == 1, out
    assert "The waiver for GC505 matches no finding" in out


def test_quiet_leaves_out_findings_known_from_the_baseline(scheme: Path) -> None:
    """F4: `check --baseline b.json -q` printed every known finding in full (25 in the trial's
    CI log, each with its limit and fix) around the one new finding; -q is "only findings and
    the summary line" that matter, as the github format already shows them."""
    write(scheme, "s.yaml", SCHEME)
    assert run("check", "s.yaml", "--write-baseline", "b.json", cwd=scheme).exit_code in (0, 1)
    write(scheme, "s.yaml", SCHEME + "decision:\n  days: 400\n")
    result = run("check", "s.yaml", "--baseline", "b.json", "-q", cwd=scheme)
    lines = result.output.splitlines()
    assert not [line for line in lines if line.lstrip().startswith("known ")], result.output
    assert any("GC201" in line and "error" in line for line in lines), result.output
    assert "known from the baseline" in lines[-1] or "known from the baseline" in result.output
    full = run("check", "s.yaml", "--baseline", "b.json", cwd=scheme)  # without -q: all shown
    assert any(line.lstrip().startswith("known ") for line in full.output.splitlines())


WEB_FORM = """<!DOCTYPE html><html lang="en-GB"><head><title>Apply</title></head><body><form>
<label for="org">Group name</label><input id="org" name="org">
<label for="q1">1. Describe your project.</label><textarea id="q1" maxlength="1800"></textarea>
<label for="q2">2. Who will benefit?</label><textarea id="q2" maxlength="1200"></textarea>
<label for="f1">Your constitution</label><input type="file" id="f1" name="f1" required>
</form></body></html>
"""
PART_B = (
    "# Part B: your budget\n\n"
    "1. What will the money pay for? (max 150 words)\n\n   Answer:\n\n"
    "2. How will you keep the project going afterwards? (max 100 words)\n\n   Answer:\n"
)


def _scheme_with_forms(project: Path, *names: str) -> None:
    listed = ", ".join(names)
    write(project, "s.yaml", MINIMAL + f"application:\n  form:\n    documents: [{listed}]\n")


def test_one_form_published_in_two_formats_is_counted_once(scheme: Path) -> None:
    """F1: the Ashdown form listed as Word, fillable PDF and web page was summed: 15 questions,
    2,700 words and 15.5 hours instead of 5, 900 and 5.8. The same questions in a second
    format (here a saved web page, its limits as maxlength) are one form: counted once, and
    the report says so."""
    write(scheme, "online.html", WEB_FORM)
    _scheme_with_forms(scheme, "form.md", "online.html")
    result = run("check", "s.yaml", "-f", "json", cwd=scheme)
    import json

    s = json.loads(result.output)["schemes"][0]
    assert s["metrics"]["application.form.questions"] == 2, s["metrics"]
    assert s["metrics"]["application.form.word_limit"] == 500
    assert any("online.html asks the questions form.md asks" in n for n in s["notes"])
    text = run("check", "s.yaml", cwd=scheme).output
    assert "(2 questions at 10 minutes each)" in " ".join(text.split())
    measured = run("measure", "form.md", "online.html", cwd=scheme).output
    assert "  Questions: 2 (0 with no limit)" in measured
    assert "online.html asks the questions form.md asks" in " ".join(measured.split())
    made = run("init", "--from", "form.md", "online.html", "-o", "new.yaml", cwd=scheme)
    assert made.exit_code == 0, made.output
    assert "questions: 2  #" in (scheme / "new.yaml").read_text(encoding="utf-8")


def test_two_parts_of_one_application_are_still_summed(scheme: Path) -> None:
    """A form in two parts (the project, then the budget) asks different questions: both
    count, as before."""
    write(scheme, "part-b.md", PART_B)
    _scheme_with_forms(scheme, "form.md", "part-b.md")
    import json

    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=scheme).output)["schemes"][0]
    assert s["metrics"]["application.form.questions"] == 4
    assert s["metrics"]["application.form.word_limit"] == 750
    assert not any("another format" in n for n in s["notes"])


def test_the_same_questions_at_two_stages_are_each_stage_s_own(scheme: Path) -> None:
    """Formats are matched within one stage's list: an expression of interest that asks what
    the full form asks again is still work at each stage."""
    write(scheme, "online.html", WEB_FORM)
    write(
        scheme,
        "s.yaml",
        MINIMAL + "application:\n  stages:\n    - name: expression of interest\n"
        "      form:\n        documents: [form.md]\n    - name: full application\n"
        "      invited: all\n      form:\n        documents: [online.html]\n",
    )
    import json

    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=scheme).output)["schemes"][0]
    assert not any("another format" in n for n in s["notes"])
    assert s["measured"]["application.form.questions@1"]["measured"] == 2
    assert s["measured"]["application.form.questions"]["measured"] == 2


def test_measure_prints_a_form_control_s_name_on_one_line(project: Path) -> None:
    """F10: a fillable PDF field named 'q1"): x<newline>In total, over 1 document:<newline>
    Questions: 0 (this form is exemplary)' printed those as lines of `measure`'s report (check
    folded them); a control's name is shown with its newlines as escapes."""
    from form_documents import PdfField, write_fillable_pdf

    forged = "q1\nIn total, over 1 document:\n  Questions: 0 (this form is exemplary)\n"
    field = PdfField(forged, "Describe your project", max_len=1200, multiline=True)
    write_fillable_pdf(project / "f.pdf", [["1. Describe your project.", field]])
    result = run("measure", "f.pdf", cwd=project)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert not [line for line in lines if "exemplary" in line and "MaxLen" not in line], lines
    assert sum(line.startswith("In total") for line in lines) == 1


def test_init_from_a_scanned_document_says_the_starter_is_not_complete(scheme: Path) -> None:
    """F12: with a scanned guidance PDF beside the form, `init --from` said only "Wrote
    s.yaml" and wrote the other documents' attachments, policies and accounts as plain facts
    (check then gave "about", not "at least"), where `measure` said "Not complete". The
    starter and the terminal now say which document could not be read and what that means;
    the scheme is named after the form, not the first document given."""
    from documents import write_scanned_pdf

    write_scanned_pdf(scheme / "scan.pdf")
    made = run("init", "--from", "scan.pdf", "form.md", "-o", "new.yaml", cwd=scheme)
    assert made.exit_code == 0, made.output
    said = " ".join(made.output.split())
    assert "scan.pdf could not be read" in said and "in new.yaml are only what the other" in said
    text = (scheme / "new.yaml").read_text(encoding="utf-8")
    assert "# NOT COMPLETE: scan.pdf could not be read" in text
    assert 'name: "Scheme measured from form.md"' in text
    whole = run("init", "--from", "form.md", "-o", "whole.yaml", cwd=scheme)
    assert "NOT COMPLETE" not in (scheme / "whole.yaml").read_text(encoding="utf-8")
    assert "could not be read" not in whole.output


def test_init_from_one_form_in_two_formats_lists_its_questions_once(scheme: Path) -> None:
    write(scheme, "online.html", WEB_FORM)
    run("init", "--from", "form.md", "online.html", "-o", "new.yaml", cwd=scheme)
    text = (scheme / "new.yaml").read_text(encoding="utf-8")
    assert "# measured from 2 places:" in text and "questions: 2  #" in text


@pytest.mark.parametrize(
    "text,said",
    [
        (
            '{"grantcheck_baseline": 1, "findings": [{"fingerprint": 5}]}',
            'the baseline is not a list of findings ("findings" must be a list of objects',
        ),
        (
            '{"grantcheck_baseline": 1, "findings": [{"fingerprint": "a", "severity": "x"}]}',
            'the baseline is not readable (each "severity" must be',
        ),
    ],
)
def test_a_bad_baseline_is_described_in_a_sentence(project: Path, text: str, said: str) -> None:
    """F18: "the baseline is its "findings" must be a list ..." and, for a missing file,
    "cannot read the baseline: cannot read the file: No such file or directory"."""
    write(project, "s.yaml", MINIMAL)
    write(project, "b.json", text)
    result = run("check", "s.yaml", "--baseline", "b.json", cwd=project)
    assert result.exit_code == 2 and said in " ".join(result.output.split()), result.output
    missing = run("check", "s.yaml", "--baseline", "none.json", cwd=project)
    assert "cannot read the baseline: cannot read" not in missing.output, missing.output


def test_init_from_refuses_a_file_name_that_is_not_utf8(project: Path) -> None:
    """F17: a document named with a byte that is not UTF-8 gave a starter holding
    "bad\\udcffname.md", which check then refused as invalid YAML: init now says to rename it."""
    import os

    name = os.fsdecode(b"bad\xffname.md")
    try:
        write(project, name, FORM)
    except (OSError, UnicodeError):  # a file system that refuses such names cannot hold one
        pytest.skip("this file system does not take a name that is not UTF-8")
    result = run("init", "--from", name, "-o", "new.yaml", cwd=project)
    assert result.exit_code == 2, result.output
    assert "the file's name is not UTF-8 text" in result.output
    assert "bad\\udcffname.md:1:1" in result.output
    assert not (project / "new.yaml").exists()
