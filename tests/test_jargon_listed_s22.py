"""Every GC111 term in the report a council reads (trial21 D37): the finding named five
jargon terms "and 6 more", and the other six were nowhere in the text, Markdown or HTML
report. The finding keeps its five and says where the rest are; "Measured from the
documents" lists every term with its plainer word, the source of the advice and its place."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, run, write

TERMS = [
    "facilitate",
    "foster",
    "liaise",
    "leverage",
    "ascertain",
    "forthwith",
    "commence",
    "utilise",
]
NOTES = (
    "# Notes\n\nWe facilitate, foster and liaise. We leverage funds and ascertain needs "
    "forthwith. Projects commence in May and utilise halls. The QZX panel decides.\n"
)
SCHEME = MINIMAL + "kind: grant\napplication:\n  guidance:\n    documents: [notes.md]\n"


def _report(project: Path, fmt: str) -> str:
    write(project, "notes.md", NOTES)
    write(project, "s.yaml", SCHEME)
    return " ".join(run("check", "s.yaml", "-f", fmt, cwd=project).stdout.split())


def test_every_term_is_in_the_markdown_and_text_reports(project: Path) -> None:
    for fmt in ("markdown", "text", "html"):
        report = _report(project, fmt)
        missing = [t for t in TERMS if t not in report]
        assert not missing, (fmt, missing)
        assert "QZX" in report


def test_the_full_list_gives_each_terms_plainer_word_source_and_place(project: Path) -> None:
    report = _report(project, "markdown")
    assert "and 3 more (each listed under Measured from the documents)" in report
    assert "- Jargon and acronyms never spelt out: 9 terms in" in report
    assert 'utilise (try "use"; GOV.UK style guide; notes.md, line 3)' in report
    assert 'forthwith (try "now, at once"; Plain English Campaign; notes.md, line 3)' in report
    assert "acronyms never spelt out: QZX (notes.md, line 3)" in report


def test_json_notes_carry_the_list_too(project: Path) -> None:
    data = json.loads(_report(project, "json"))
    notes = " ".join(data["schemes"][0]["notes"])
    assert all(t in notes for t in TERMS), notes
