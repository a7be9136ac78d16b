"""Session 7's house-keeping: policy out of the measurer, P8, names and small trial items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import MINIMAL, ROOT, run, write

FORM = (
    "1. Describe your project (max 300 words)\n\nAnswer:\n\n"
    "2. Who will benefit? We use KPIs to track it.\n\nAnswer:\n\n"
    "Please send your constitution and a bank statement.\n"
)
SCANNED = "no text here"  # a .pdf that is not one is an error: the scanned case is built below


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_newline_in_a_document_name_is_shown_escaped_in_checks_reports(
    project: Path, fmt: str
) -> None:
    """P2, last point: check's text, Markdown and HTML showed a newline in a name as a space
    ('new line.md', another file's name) while errors and measure show '\\n'."""
    name = "new\nline.md"
    write(project, name, FORM)
    write(project, "notes\tx.md", "# Notes\n\nRead the KPIs section.\n")
    scheme = MINIMAL + (
        'application:\n  form:\n    documents: ["new\\nline.md"]\n'
        '  guidance:\n    documents: ["notes\\tx.md"]\n'
    )
    write(project, "s.yaml", scheme)
    out = run("check", "s.yaml", "-f", fmt, cwd=project).output
    escaped = "new\\\\nline.md" if fmt == "markdown" else "new\\nline.md"
    assert escaped in out
    assert "new line.md" not in out and "notes x.md" not in out
    assert "notes\\\\tx.md" in out if fmt == "markdown" else "notes\\tx.md" in out
    assert "new\nline" not in out


ONE_TERM = "1. Describe your project (max 300 words)\n\nAnswer:\n\nWe use KPIs to monitor grants.\n"
WITH_FORM = MINIMAL + "application:\n  form:\n    documents: [form.md]\n"


def _gc111(data: dict[str, Any]) -> list[str]:
    scheme = data["schemes"][0]
    return [f["severity"] for f in scheme["findings"] if f["rule"] == "GC111"] or (
        ["passed"] if "GC111" in scheme["passed"] else []
    )


def test_gc111s_short_document_floor_is_policy_a_config_can_change(project: Path) -> None:
    """The measurement is a fact (one term in 14 words, its words in the evidence); GC111 judges
    a short text as min_words long (1,000 in the pack: one term is 1.0 per 1,000 words, a
    pass), and a council can change that in config. Session 17 (trial17): the figure shown
    is the one judged, a note giving the plain one."""
    write(project, "form.md", ONE_TERM)
    write(project, "s.yaml", WITH_FORM)
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    scheme = data["schemes"][0]
    assert scheme["metrics"]["documents.jargon_per_1000_words"] == 1.0
    assert scheme["measured"]["documents.jargon_per_1000_words"]["words"] == 14
    assert any(f"alone it is {round(1000 / 14, 1)}" in n for n in scheme["notes"])
    assert _gc111(data) == ["passed"]
    write(project, "grantcheck.yaml", "rules:\n  GC111:\n    min_words: 200\n")  # 5 per 1,000
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    assert _gc111(data) == ["warning"]
    finding = next(f for f in data["schemes"][0]["findings"] if f["rule"] == "GC111")
    assert finding["value"] == 5.0 and "set in grantcheck.yaml" in finding["basis_text"]


def test_min_words_only_on_a_rate_per_1000_words(project: Path) -> None:
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    min_words: 200\n")
    write(project, "s.yaml", MINIMAL)
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2
    assert "grantcheck.yaml:3:5:" in result.output and "min_words" in result.output


def test_explain_and_the_docs_show_gc111s_floor_and_whose_judgement_it_is() -> None:
    shown = run("explain", "GC111").output
    assert "fewer than 1,000 words" in shown and "grantcheck's own judgement" in shown
    assert "min_words" in shown
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    section = docs.split("### GC111")[1].split("### ")[0]
    assert "fewer than 1,000 words" in section and "min_words" in section


def test_measure_reports_the_plain_rate_and_the_words_it_is_over(project: Path) -> None:
    write(project, "form.md", ONE_TERM)
    total = json.loads(run("measure", "-f", "json", "form.md", cwd=project).output)["total"]
    assert total["jargon_per_1000_words"] == round(1000 / 14, 1)
    assert total["english_words"] == 14


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_measured_facts_have_a_section_of_their_own_not_assumptions(
    project: Path, fmt: str
) -> None:
    """P8: measured facts and their evidence were printed under 'Assumptions' (text: a
    40-line 'Note:'; Markdown: bullets under '### Assumptions'). They are facts, each with its
    value and evidence, in 'Measured from the documents'; the assumptions stay assumptions,
    with the notes on how figures were worked out."""
    write(project, "form.md", FORM)
    write(project, "s.yaml", WITH_FORM + "  guidance:\n    pages: 30\n")
    out = run("check", "s.yaml", "-f", fmt, cwd=project).output
    heading = {
        "text": "\n  Measured from the documents:\n",
        "markdown": "\n### Measured from the documents\n",
        "html": "<h3>Measured from the documents</h3>",
    }[fmt]
    assert out.count(heading) == 1, out
    measured = out.split(heading)[1]
    assert "Questions 2, measured from form.md, line 1" in measured
    assert "Attachments" in measured and "Word limit 300" in measured
    start = {"text": "  Assumptions:", "markdown": "### Assumptions", "html": "<h3>Assumptions"}
    assumptions = out.split(start[fmt])[1]
    assert "measured from" not in assumptions.lower()
    assert out.index(heading) < out.index(start[fmt])


def test_measure_json_lists_its_errors_as_check_json_does(project: Path) -> None:
    """P14: 'measure -f json' with an unreadable file had no errors list (the reason was only
    on standard error); check -f json has one: file, line, column, message and hint."""
    write(project, "bad.docx", "not a zip\n")
    write(project, "form.md", ONE_TERM)
    result = run("measure", "-f", "json", "bad.docx", "form.md", cwd=project)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["total"]["unread"] == ["bad.docx"]
    [error] = data["errors"]
    assert set(error) == {"file", "line", "column", "message", "hint"}
    assert error["file"] == "bad.docx" and (error["line"], error["column"]) == (1, 1)
    assert "not a Word document" in error["message"]
    assert "grantcheck: bad.docx:1:1: input error: 'bad.docx' is not a Word" in result.stderr
    alone = run("measure", "-f", "json", "bad.docx", cwd=project)
    assert json.loads(alone.stdout)["errors"][0]["file"] == "bad.docx"  # nothing read: still JSON
    clean = json.loads(run("measure", "-f", "json", "form.md", cwd=project).stdout)
    assert clean["errors"] == []


def test_measure_says_no_questions_without_none_with_no_limit(project: Path) -> None:
    """P14: 'Questions: 0 (0 with no limit)'."""
    write(project, "notes.md", "# Notes\n\nGrants of up to £2,000 are available.\n")
    shown = run("measure", "notes.md", cwd=project).output
    assert "  Questions: 0\n" in shown and "with no limit" not in shown
    write(project, "form.md", ONE_TERM)
    assert "Questions: 1 (0 with no limit)" in run("measure", "form.md", cwd=project).output


@pytest.mark.parametrize("outside", ["/etc/passwd", "/usr/share/doc/x.md", "~/.ssh/id.md"])
def test_the_outside_hint_never_suggests_opening_a_system_or_hidden_folder(
    project: Path, outside: str
) -> None:
    """P14: for /etc/passwd the hint suggested '--allow-path /etc'."""
    name = str(Path(outside).expanduser())
    write(project, "s.yaml", MINIMAL + f"application:\n  guidance:\n    documents: [{name}]\n")
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2 and "is outside" in result.output, result.output
    assert "--allow-path" not in result.output.split("is outside")[1]
    assert "copy it into" in result.output.lower()


def test_the_outside_hint_still_names_an_ordinary_folder(project: Path, tmp_path: Path) -> None:
    other = tmp_path.parent / f"{tmp_path.name}-shared"
    write(other, "notes.md", "# Notes\n")
    write(
        project,
        "s.yaml",
        MINIMAL + f"application:\n  guidance:\n    documents: [{other}/notes.md]\n",
    )
    result = run("check", "s.yaml", cwd=project)
    assert f"--allow-path {other}" in result.output


def test_text_reports_never_split_a_file_name_across_lines(project: Path) -> None:
    """P14: text reports wrapped a long name mid-word ('community-chest-form.doc' / 'x'), so a
    name copied from the report was wrong. A word longer than the line now overflows it."""
    name = "documents-for-the-community-chest/community-chest-application-form-2026.md"
    write(project, name, FORM)
    write(project, "s.yaml", MINIMAL + f"application:\n  form:\n    documents: [{name}]\n")
    out = run("check", "s.yaml", cwd=project).output
    whole = out.count(name)
    assert whole >= 3, out  # the documents list, the evidence, the measured facts
    assert whole == " ".join(out.split()).count(name)  # none of them split across lines


def test_a_scanned_form_is_said_to_be_unreadable_not_unstated(project: Path) -> None:
    """P14: a scanned form gave 'no question, word limit or attachment is stated' and each
    part 'not stated (counted as none)': the form was given, but no text could be read."""
    from documents import write_scanned_pdf

    write_scanned_pdf(project / "scan.pdf")
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [scan.pdf]\n")
    out = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert "One application, not known: no text could be read in scan.pdf:" in out
    assert "Questions: not measurable (no text could be read in scan.pdf)" in out
    assert "Writing answers: not measurable (no text could be read in scan.pdf)" in out
    assert "Questions: not stated" not in out and "is stated:" not in out
    assert "Reading the guidance: not stated (counted as none)" in out  # no guidance given
    markdown = run("check", "s.yaml", "-f", "markdown", cwd=project).output
    assert "not measurable (no text could be read in scan.pdf)" in markdown
