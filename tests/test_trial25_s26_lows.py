"""Trial 25's lower findings fixed in session 26 (house26): T9, a word limit cut on like terms is
better in diff, not "changed"; T11, a scheme file agreeing with its own documents (as init
--from wrote it) is no practice the scheme "already does well"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import MINIMAL, run, write

QUESTIONS = (
    "# Form\n\n1. Describe your project (max {limit} words)\n\n____\n\n"
    "2. Is there anything else you want to tell us?\n\n____\n{more}"
)
EXTRA = "\n3. Tell us how you will know your project has worked.\n\n____\n"


def _ways(project: Path, old: str, new: str) -> dict[str, str]:
    write(project, "old.md", old)
    write(project, "new.md", new)
    for name in ("old", "new"):
        form = f"application:\n  form:\n    documents: [{name}.md]\n"
        write(project, f"{name}.yaml", MINIMAL + form)
    result = run("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project)
    assert result.exit_code in (0, 1), result.output
    scheme = json.loads(result.output)["schemes"][0]
    return {m["metric"]: m["direction"] for m in scheme["metrics"]}


def test_t9_a_word_limit_cut_over_the_same_unlimited_answers_is_better(project: Path) -> None:
    """Both "at least", over the same one answer with no limit: the limits cut are better."""
    ways = _ways(
        project,
        QUESTIONS.format(limit=500, more=""),
        QUESTIONS.format(limit=300, more=""),
    )
    assert ways["application.form.word_limit"] == "better"
    raised = _ways(
        project,
        QUESTIONS.format(limit=300, more=""),
        QUESTIONS.format(limit=500, more=""),
    )
    assert raised["application.form.word_limit"] == "worse"


def test_t9_a_bound_over_more_unlimited_answers_is_only_changed(project: Path) -> None:
    """Near miss: the limit falls, but one more answer has no limit: not known to be better."""
    ways = _ways(
        project,
        QUESTIONS.format(limit=500, more=""),
        QUESTIONS.format(limit=300, more=EXTRA),
    )
    assert ways["application.form.word_limit"] == "changed"


def test_t11_agreeing_with_its_own_documents_is_not_done_well(project: Path) -> None:
    """init --from copies the measured facts into the file, so GC002 passes by construction:
    it stays passed (JSON), but the reports list it under no strength."""
    form = QUESTIONS.format(limit=500, more="").replace(
        "\n\n", "\n\nGrants of up to £1,000.\n\n", 1
    )
    write(project, "form.md", form)
    made = run("init", "--from", "form.md", "-o", "s.yaml", cwd=project)
    assert made.exit_code == 0, made.output
    scheme = (project / "s.yaml").read_text(encoding="utf-8")
    write(project, "s.yaml", scheme.replace("funder:", "funder: Test Council", 1))
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert "GC002" in data["passed"]
    for fmt in ("markdown", "html"):
        shown = run("check", "s.yaml", "-f", fmt, cwd=project).output
        assert "already does well" in shown and "agrees with its own documents" not in shown


def test_t17_a_long_reading_time_is_said_in_hours() -> None:
    """Minutes under an hour, then hours: to the half hour below ten, whole above."""
    from grantcheck.units import reading_span

    said = {m: reading_span(m) for m in (0, 12, 59, 60, 100, 126, 648, None)}
    assert said == {
        0: "0 minutes",
        12: "12 minutes",
        59: "59 minutes",
        60: "1 hour",
        100: "1.5 hours",
        126: "2 hours",
        648: "11 hours",
        None: "not stated",
    }


def test_t17_guidance_that_is_all_pdf_has_its_pages_as_published(project: Path) -> None:
    """A PDF's pages are counted, not estimated: no "about" before them; notes in another
    format keep it (their pages are estimated from words)."""
    from documents import pdf_bytes

    lines = ["Small grants guidance", *(f"Line {n} of the notes." for n in range(40))]
    (project / "notes.pdf").write_bytes(pdf_bytes([lines, lines, lines]))
    write(project, "notes.md", "# Small grants guidance\n\n" + "Words of the notes. " * 600)
    for name, said in (("notes.pdf", "  Guidance           3 pages ("), ("notes.md", "about 5")):
        guidance = f"application:\n  guidance:\n    documents: [{name}]\n"
        write(project, "s.yaml", MINIMAL + guidance)
        shown = run("check", "s.yaml", cwd=project).output
        assert said in shown, shown


def test_t18_an_estimated_cost_is_in_whole_pounds() -> None:
    """Hours at an hourly cost have no pence: '£47' as '£162' (a sum under a pound keeps them)."""
    from grantcheck.units import estimate_pounds

    said = [estimate_pounds(x) for x in (47.33, 162.4, 0.4, 1999.5)]
    assert said == ["£47", "£162", "£0.40", "£2,000"]


def test_t18_the_reports_say_the_small_schemes_cost_in_whole_pounds(project: Path) -> None:
    """The trial's small scheme: "at least 2.4 hours, worth £47.33" beside "£162" elsewhere."""
    write(project, "form.md", QUESTIONS.format(limit=300, more=""))
    form = "application:\n  form:\n    documents: [form.md]\n"
    write(project, "s.yaml", MINIMAL + form)
    for fmt in ("text", "markdown", "html"):
        shown = run("check", "s.yaml", "-f", fmt, cwd=project).output
        assert "worth £" in shown and not re.search(r"worth £\d+\.\d", shown), fmt


FIELDS_ONLY = (
    "# Small grants application form\n\nName of your group: ________\n\nAddress: ________\n"
)


def test_t15_measure_says_a_form_with_no_question_found_is_not_measurable(project: Path) -> None:
    """A document named a form, with fields and no question found (its questions pictures, a
    layout not read): measure says it is not measurable, as check does, never "Questions: 0"."""
    write(project, "grant application form.md", FIELDS_ONLY)
    shown = run("measure", "grant application form.md", cwd=project).output
    total = shown.split("In total", 1)[1]
    why = "not measurable (no question was found in grant application form.md)"
    assert f"  Questions: {why}\n" in total and f"  Word limit: {why}\n" in total
    assert "No question was found, though it reads as a form" in shown.split("In total")[0]
    data = json.loads(run("measure", "-f", "json", "grant application form.md", cwd=project).output)
    assert data["total"]["questions"] == 0  # (documents.md's key keeps its meaning)


def test_t15_guidance_with_no_question_is_still_none_found(project: Path) -> None:
    """Near miss: guidance, by its name, with a stray field, has no questions to measure."""
    write(project, "guidance notes.md", FIELDS_ONLY.replace("application form", "guidance"))
    shown = run("measure", "guidance notes.md", cwd=project).output
    assert "  Questions: 0\n" in shown and "not measurable" not in shown


def _draft(path: Path, comment: bool) -> None:
    """A Word form with one tracked deletion and one insertion (and, if ``comment``, a comment's
    reference in the text), as Word saves a draft under review."""
    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    document.add_heading("Small grants application form", 1)
    para = document.add_paragraph("2. Why is the project needed? ")
    for tag, text_tag, words in (("w:del", "w:delText", "(500 words)"), ("w:ins", "w:t", "(350)")):
        change, run, text = OxmlElement(tag), OxmlElement("w:r"), OxmlElement(text_tag)
        change.set(qn("w:id"), "1")
        change.set(qn("w:author"), "Reviewer")
        text.text = words
        run.append(text)
        change.append(run)
        para._p.append(change)
    if comment:
        run, ref = OxmlElement("w:r"), OxmlElement("w:commentReference")
        ref.set(qn("w:id"), "0")
        run.append(ref)
        para._p.append(run)
    document.add_table(rows=1, cols=1)
    document.save(str(path))


def test_t14_a_drafts_tracked_changes_and_comments_are_named(project: Path) -> None:
    """measure and check say the review marks are still in the file, and how they were read."""
    _draft(project / "form.docx", comment=True)
    said = "Review marks left in form.docx: 2 tracked changes and 1 comment, measured as if"
    assert said in run("measure", "form.docx", cwd=project).output
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [form.docx]\n")
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert any(n.startswith(said) for n in data["notes"]), data["notes"]


def test_t14_a_clean_word_form_says_nothing_of_review_marks(project: Path) -> None:
    document = __import__("docx").Document()
    document.add_paragraph("2. Why is the project needed? (350 words)")
    document.save(str(project / "form.docx"))
    assert "Review marks" not in run("measure", "form.docx", cwd=project).output
