"""A documents table's tick column headed with "if" (trial23 T1): "Tick if enclosed", "Tick if
attached" is the column the applicant ticks, not a 'Who must send it' column, so each row's own
condition ("..., if you work with children", "for any item over £500") still limits its
document. Before, the heading's "if" made the table say who sends each row, and every row was
everyone's. Tables of the test's own words, in Word and on a web page; the near miss: a real
'Who must send it' column still decides."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from grantcheck.documents import Measurer

ROWS = [
    "A copy of your constitution or rules",
    "A written quote for any item of equipment costing over £500",
    "Your safeguarding policy, if you work with children or adults at risk",
]


def _html(path: Path, head: list[str], rows: list[list[str]]) -> Path:
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    path.write_text(
        f"<html><body><h2>Documents checklist</h2><table><tr>{cells}</tr>{body}</table>"
        "</body></html>",
        encoding="utf-8",
    )
    return path


def _split(path: Path) -> tuple[list[str], list[str]]:
    facts = Measurer().measure(path, path.name)[1]
    return (
        [a.kind for a in facts.attachments if not a.conditional],
        [a.kind for a in facts.attachments if a.conditional],
    )


@pytest.mark.parametrize("heading", ["Tick if enclosed", "Tick if attached", "✓ if included"])
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_tick_column_saying_if_leaves_each_row_its_condition(
    tmp_path: Path, heading: str, fmt: str
) -> None:
    table = [["Document", heading], *([row, "☐"] for row in ROWS)]
    path = (
        write_docx(tmp_path / "form.docx", ["Please send these documents with your form."], table)
        if fmt == "docx"
        else _html(tmp_path / "form.html", table[0], table[1:])
    )
    assert _split(path) == (["governing_document"], ["quotes", "policy"])


def test_a_who_column_still_decides(tmp_path: Path) -> None:
    """Near miss: 'Who must send it | All applicants' makes a row everyone's, whatever its
    document's words say of the policy's use."""
    table = [
        ["Document", "Who must send it"],
        ["A copy of your constitution or rules", "All applicants"],
        ["Your safeguarding policy, covering work with children", "All applicants"],
        ["A written quote for equipment", "Groups buying equipment over £500"],
    ]
    path = write_docx(tmp_path / "form.docx", ["Please send these documents."], table)
    assert _split(path) == (["governing_document", "policy"], ["quotes"])


def test_a_who_column_with_a_tick_mark_still_decides(tmp_path: Path) -> None:
    """review23 F3 on d688aeb: 'Required (✓)' says who sends each row, though it has a tick;
    only a tick column whose one who-word is its own 'if' is passed over."""
    table = [
        ["Document", "Required (✓)"],
        ["Constitution", "✓"],
        ["Latest accounts", "✓"],
        ["Planning permission", "Capital projects only"],
        ["Two quotes", "Items over £500 only"],
    ]
    path = write_docx(tmp_path / "form.docx", ["Documents you need to send"], table)
    assert _split(path) == (["governing_document", "accounts"], ["other", "quotes"])
