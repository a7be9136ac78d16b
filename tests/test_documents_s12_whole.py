"""Whole documents lost or doubled (session 12): layouts the labelled corpus does not show, in
which a reader that misses one structure misses every question (a Word form laid out as a
table of sections, each section's own tables inside its cell). Each rule shown on small
documents of the test's own, in several wordings and layouts (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def sent(f: DocumentFacts) -> list[str]:
    """The kinds (a policy by its name) every applicant sends."""
    return sorted(a.policy or a.kind for a in distinct(f.attachments)[0])


# -- a Word form laid out as a table whose cells hold the sections' tables -----------------------

# A table inside a cell is read as a table of its own, in its place: python-docx's cell text
# leaves it out, and with it every question of a form whose page is one table of sections.


def _nested_docx(path: Path, sections: list[tuple[str, list[list[str]]]], columns: int) -> Path:
    """A Word page as one outer table, a row per section: the section's title in the first
    cell, its table (rows of cell texts) in the last cell, after the title when there is one
    column (each inner table followed by the empty paragraph Word requires after it)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Community Events Grant: application form")
    outer = document.add_table(rows=len(sections), cols=columns)
    for r, (title, rows) in enumerate(sections):
        outer.cell(r, 0).text = title
        holder = outer.cell(r, columns - 1)
        inner = holder.add_table(rows=len(rows), cols=max(len(x) for x in rows))
        for i, row in enumerate(rows):
            for c, text in enumerate(row):
                inner.cell(i, c).text = text
    document.save(str(path))
    return path


ASKED = [
    (
        "SECTION 2 - THE ACTIVITY",
        [
            ["2.1 Please describe the activity (up to 400 words)"],
            [""],
            ["2.2 Explain who will benefit (up to 200 words)"],
            [""],
            ["2.3 Give details of how the activity will be publicised"],
            [""],
        ],
    ),
    (
        "SECTION 3 - ENCLOSURES",
        [
            ["Every applicant must enclose the documents below.", ""],
            ["Constitution", "☐"],
            ["Audited accounts for the last financial year", "☐"],
            ["Equal opportunities policy", "☐"],
        ],
    ),
]
SIDE = [
    (
        "Part B: Your idea",
        [
            ["Question", "Your answer"],
            ["B1. What do you want to do? (300 words maximum)", ""],
            ["B2. Why is it needed in your area? (150 words maximum)", ""],
            ["B3. How will you know it has worked?", ""],
        ],
    ),
    (
        "Part C: What to send",
        [
            ["Send these with your form", "Tick"],
            ["A copy of your set of rules", "☐"],
            ["Accounts for your last year, audited", "☐"],
            ["Your safeguarding policy", "☐"],
        ],
    ),
]


@pytest.mark.parametrize(
    ("sections", "columns", "policy"), [(ASKED, 1, "equality"), (SIDE, 2, "safeguarding")]
)
def test_a_table_inside_a_cell_is_read(
    tmp_path: Path, sections: list[tuple[str, list[list[str]]]], columns: int, policy: str
) -> None:
    f = measured(_nested_docx(tmp_path / "form.docx", sections, columns))
    assert len(f.questions) == 3
    assert sum(q.word_limit or 0 for q in f.questions) in (600, 450)
    assert sent(f) == sorted(["accounts", "governing_document", policy])
    assert f.accounts is not None and f.accounts.value == "audited"


def test_inner_tables_number_after_the_table_holding_them(tmp_path: Path) -> None:
    """Each inner table is a table of its own (its rows are not the outer table's rows), and a
    table after the outer one is numbered after the inner ones."""
    import docx

    path = _nested_docx(tmp_path / "form.docx", SIDE, 2)
    document = docx.Document(str(path))
    after = document.add_table(rows=2, cols=1)
    after.cell(0, 0).text = "B4. Tell us anything else we should know (100 words)"
    document.save(str(path))
    f = measured(path)
    tables = [dict(q.evidence.where).get("table") for q in f.questions]
    assert tables == [2, 2, 2, 4]


# -- a form builder's help line under the box, in the box's wrapper ------------------------------

# A short note under a box, inside the wrapper that holds the box and its label (Zoho's
# "zf-instruction", Wufoo's "instruct"), is the box's help: its limit is the box's, and a
# question in it ("What will you do, where and when?") is a point of the box's question.

HELPED = {
    "zoho": (
        '<li class="zf-tempFrmWrapper"><label class="zf-labelName">{q}</label>'
        '<div class="zf-tempContDiv"><span><textarea name="{n}" maxlength="65535"></textarea>'
        '</span><p class="zf-instruction">{note}</p></div></li>'
    ),
    "wufoo": (
        '<li id="foli{n}"><label class="desc" for="F{n}">{q}</label><div><textarea id="F{n}" '
        'name="F{n}"></textarea></div><p class="instruct"><small>{note}</small></p></li>'
    ),
}
NOTES = [
    ("Describe your project", "Up to 300 words. What will you do, where and when?", 300),
    ("What will the grant pay for?", "Please keep to 200 words or fewer.", 200),
    ("Who will run it?", "Keep your answer to 150 words or fewer, please.", 150),
]


@pytest.mark.parametrize("builder", sorted(HELPED))
def test_a_note_under_a_box_in_its_wrapper_is_its_help(tmp_path: Path, builder: str) -> None:
    items = "".join(
        HELPED[builder].format(q=q, n=n, note=note) for n, (q, note, _) in enumerate(NOTES)
    )
    page = f'<html><body><form action="/send"><ul>{items}</ul></form></body></html>'
    path = tmp_path / "form.html"
    path.write_text(page, encoding="utf-8")
    f = measured(path)
    assert [(q.text.rstrip(" *"), q.word_limit) for q in f.questions] == [
        (q, limit) for q, _, limit in NOTES
    ]


@pytest.mark.parametrize("label", ["Do Not Fill This Out", "Don't fill this in"])
def test_a_box_labelled_not_to_be_filled_is_a_trap(tmp_path: Path, label: str) -> None:
    """A spam trap's label tells people to leave it alone: no question, no field."""
    page = (
        '<html><body><form action="/send"><label for="a">Tell us about your project</label>'
        '<textarea id="a" name="a"></textarea><p>Maximum 250 words.</p>'
        f'<div class="hide"><label for="c">{label}</label><textarea id="c" name="c"></textarea>'
        "</div></form></body></html>"
    )
    path = tmp_path / "form.html"
    path.write_text(page, encoding="utf-8")
    f = measured(path)
    assert [q.word_limit for q in f.questions] == [250]
