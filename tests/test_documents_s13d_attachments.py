"""Attachments on layouts no labelled document had shown (session 13, acc13d): each general
cause of a miss found on small documents of the test's own, in several wordings and formats
(never the labelled corpus)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct

TITLE = "Community Grants 2027"


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def required_kinds(path: Path) -> list[str]:
    """The kinds of the documents every applicant sends, in order."""
    return sorted(a.kind for a in distinct(measured(path).attachments)[0])


def table_document(
    tmp_path: Path, fmt: str, lead: str, rows: list[list[str]], note: str = ""
) -> Path:
    """A title, a line ``lead`` (a paragraph ``note`` under it) and a table of ``rows`` (the
    first its heading row)."""
    path = tmp_path / f"notes.{fmt}"
    if fmt == "md":
        lines = [f"| {' | '.join(r)} |" for r in rows]
        lines.insert(1, "|" + " --- |" * len(rows[0]))
        text = (
            f"# {TITLE}\n\n## {lead}\n\n{note}\n\n" + "\n".join(lines) + "\n\nSend it all by May.\n"
        )
        path.write_text(text, encoding="utf-8")
    elif fmt == "html":
        head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:]
        )
        page = (
            f"<html><body><main><h1>{TITLE}</h1><h2>{html.escape(lead)}</h2>"
            f"<p>{html.escape(note)}</p><table><thead>"
            f"<tr>{head}</tr></thead><tbody>{body}</tbody></table></main></body></html>"
        )
        path.write_text(page, encoding="utf-8")
    else:
        write_docx(path, [lead, note] if note else [lead], table=rows, heading=TITLE)
    return path


# -- a recap's title asks in the past tense: "Have you included?" ------------------------------


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
@pytest.mark.parametrize(
    "lead", ["Have you included?", "Have you included all of these?", "Have you provided these?"]
)
def test_a_have_you_sent_title_opens_a_checklist(tmp_path: Path, fmt: str, lead: str) -> None:
    """A title asking whether the applicant has sent things ("Have you included?") opens a
    list of what to send, though it ends in "?" and asks in the past tense: each plain
    document on the list is asked of every applicant."""
    rows = [
        ["Document", "Included"],
        ["Your constitution", "☐"],
        ["Your most recent annual accounts", "☐"],
        ["A project budget", "☐"],
    ]
    path = table_document(tmp_path, fmt, lead, rows)
    assert required_kinds(path) == ["accounts", "budget", "governing_document"]


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
def test_a_question_title_over_a_table_asks_for_nothing(tmp_path: Path, fmt: str) -> None:
    """A question heading that asks nothing about sending ("Have you run events before?")
    opens no list of documents."""
    rows = [["Event", "Year"], ["Summer fair", "2025"], ["Quiz night", "2026"]]
    path = table_document(tmp_path, fmt, "Have you run events before?", rows)
    assert required_kinds(path) == []


# -- a checklist's tick that the form is complete names no document ------------------------


def list_document(tmp_path: Path, fmt: str, lead: str, items: list[str]) -> Path:
    """A title, a line ``lead`` and a bulleted list of ``items``."""
    path = tmp_path / f"notes.{fmt}"
    if fmt == "md":
        text = f"# {TITLE}\n\n## {lead}\n\n" + "".join(f"- [ ] {i}\n" for i in items)
        path.write_text(text, encoding="utf-8")
    elif fmt == "html":
        body = "".join(f"<li>{html.escape(i)}</li>" for i in items)
        page = (
            f"<html><body><h1>{TITLE}</h1><h2>{html.escape(lead)}</h2><ul>{body}</ul></body></html>"
        )
        path.write_text(page, encoding="utf-8")
    else:
        lines = "".join(f"  [ ] {i}\n" for i in items)
        path.write_text(f"{TITLE.upper()}\n\n{lead}\n\n{lines}", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
@pytest.mark.parametrize(
    "part",
    ["Signed declaration", "Declaration signed and dated", "Section 6 signed by two trustees"],
)
def test_a_checklist_line_naming_the_forms_declaration_is_no_document(
    tmp_path: Path, fmt: str, part: str
) -> None:
    """A line "Signed declaration" on a list of what to send ticks off a part of the form, as
    "Completed application form" does: it is no document to send."""
    items = ["Completed application form", "Constitution", "Annual accounts", part]
    path = list_document(tmp_path, fmt, "Checklist", items)
    assert required_kinds(path) == ["accounts", "governing_document"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_named_declaration_on_a_checklist_is_a_document(tmp_path: Path, fmt: str) -> None:
    """A declaration with a name of its own ("Subsidy control declaration") is a document."""
    items = ["Constitution", "Subsidy control declaration"]
    path = list_document(tmp_path, fmt, "Checklist", items)
    assert required_kinds(path) == ["governing_document", "other"]


# -- a matrix of ticks by grant size or applicant type: a blank cell means "not needed" -------


MATRIX = [
    ["Document", "Up to £1,000", "£1,001 to £5,000", "Over £5,000"],
    ["Constitution or set of rules", "✓", "✓", "✓"],
    ["Bank statement from the last three months", "", "✓", "✓"],
    ["Latest annual accounts", "✓", "✓", "✓"],
    ["A business plan", "", "", "✓"],
]


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
@pytest.mark.parametrize("mark", ["✓", "Yes", "Required"])
def test_a_blank_cell_in_a_matrix_of_ticks_limits_the_row(
    tmp_path: Path, fmt: str, mark: str
) -> None:
    """In a table whose columns are kinds of applicant or sizes of grant and whose rows mark
    the columns that need each document, an empty cell in a column another row marks says
    "not needed there": a row marked in only some columns is asked of some applicants."""
    rows = [[mark if c == "✓" else c for c in r] for r in MATRIX]
    path = table_document(tmp_path, fmt, "What you need to send", rows)
    facts = measured(path)
    required, conditional = distinct(facts.attachments)
    assert sorted(a.kind for a in required) == ["accounts", "governing_document"]
    assert sorted(a.kind for a in conditional) == ["bank_statement", "business_plan"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_checklist_with_a_notes_column_is_no_matrix(tmp_path: Path, fmt: str) -> None:
    """A tick column nobody has ticked yet marks no column: blank cells under it and an empty
    notes cell limit nothing."""
    rows = [
        ["Document", "Enclosed", "Notes"],
        ["Your constitution", "", "Signed by your chair"],
        ["Your latest accounts", "", ""],
        ["A project budget", "", "On our template"],
    ]
    path = table_document(tmp_path, fmt, "Supporting documents", rows)
    assert required_kinds(path) == ["accounts", "budget", "governing_document"]


# -- a key to a matrix's marks leads the table in ----------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
@pytest.mark.parametrize(
    "key",
    [
        "✔ means you must send it; – means we do not need it.",
        "A tick shows the grants that need each document, a dash those that do not.",
    ],
)
def test_a_key_to_the_marks_leads_a_matrix_in(tmp_path: Path, fmt: str, key: str) -> None:
    """Prose under a documents heading that explains the marks of the table below ("✔ means
    you must send it") leads the table in, though it is long and names a document in an
    example: the matrix under it is the list of what to send."""
    note = (
        f"The table shows which documents each grant needs. {key} Name your files clearly, for "
        "example 'Constitution - Riverside Group.pdf'."
    )
    rows = [[c.replace("✓", "✔") or "–" for c in r] for r in MATRIX]
    path = table_document(tmp_path, fmt, "Documents you will need", rows, note)
    facts = measured(path)
    required, conditional = distinct(facts.attachments)
    assert sorted(a.kind for a in required) == ["accounts", "governing_document"]
    assert sorted(a.kind for a in conditional) == ["bank_statement", "business_plan"]


# -- a table's caption titles its rows: "Table: Project grants only" --------------------------


EVERYONE = [["Document", "Notes"], ["Governing document", "Signed and dated."]]
SOME = [["Document", "Notes"], ["Annual accounts", "Signed by two members of your committee."]]


def captioned(tmp_path: Path, fmt: str, captions: tuple[str, str]) -> Path:
    """Two documents tables, each under its caption, after a documents heading."""
    path = tmp_path / f"notes.{fmt}"
    lead = "Every group sends the first table's documents; some send the second's as well."
    if fmt == "md":
        parts = [f"# {TITLE}", "## What to send", lead]
        for caption, rows in zip(captions, (EVERYONE, SOME), strict=True):
            grid = [f"| {' | '.join(r)} |" for r in rows]
            grid.insert(1, "|---|---|")
            parts += [f"Table: {caption}", "\n".join(grid)]
        path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    elif fmt == "html":
        tables = "".join(
            f"<table><caption>{html.escape(caption)}</caption>"
            + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows
            )
            + "</table>"
            for caption, rows in zip(captions, (EVERYONE, SOME), strict=True)
        )
        page = f"<html><body><h1>{TITLE}</h1><h2>What to send</h2><p>{lead}</p>{tables}"
        path.write_text(page + "</body></html>", encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        document.add_heading(TITLE, level=1)
        document.add_paragraph("What to send:")
        document.add_paragraph(lead)
        for n, (caption, rows) in enumerate(zip(captions, (EVERYONE, SOME), strict=True), 1):
            document.add_paragraph(f"Table {n}: {caption}")
            grid = document.add_table(rows=len(rows), cols=2)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    grid.cell(r, c).text = text
        document.save(str(path))
    return path


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize(
    "captions",
    [
        ("All applicants", "Project grants (£1,001 to £6,000) only"),
        ("Every group", "Capital projects only"),
    ],
)
def test_a_caption_naming_some_applicants_limits_its_table(
    tmp_path: Path, fmt: str, captions: tuple[str, str]
) -> None:
    """A table's caption ("Table: Project grants only") titles the rows under it as a heading
    would: a caption naming some applicants makes its table's documents conditional, one
    naming every applicant keeps them asked of all."""
    facts = measured(captioned(tmp_path, fmt, captions))
    required, conditional = distinct(facts.attachments)
    assert [a.kind for a in required] == ["governing_document"]
    assert [a.kind for a in conditional] == ["accounts"]


# -- a PDF's list read as lines: a number or bullet on a line of its own ---------------------


def lines_document(tmp_path: Path, fmt: str, lines: list[str]) -> Path:
    """The lines, one a line, as a text PDF's page, or each a paragraph of a Word document."""
    path = tmp_path / f"notes.{fmt}"
    if fmt == "pdf":
        write_pdf(path, [[TITLE, *lines]])
    else:
        write_docx(path, lines, heading=TITLE)
    return path


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("numbers", [("1", "2", "3"), ("1.", "2.", "3.")])
def test_a_number_on_a_line_of_its_own_marks_the_next_line_an_item(
    tmp_path: Path, fmt: str, numbers: tuple[str, str, str]
) -> None:
    """A documents table ("No. | Document | Who must send it | Uploaded") read as lines: each
    number on a line of its own makes the line after it an item, however long its note, and
    is no line of prose ending the list."""
    lines = ["Documents to return", "Upload these to the portal with your answers."]
    lines += ["No.", "Document", "Who must send it", "Uploaded"]
    rows = [
        "The completed budget template",
        "Annual accounts for the last two years, audited or independently examined. Groups with "
        "an income under £25,000 may send accounts signed by their treasurer instead.",
        "Your safeguarding policy",
    ]
    for number, row in zip(numbers, rows, strict=True):
        lines += [number, row, "All applicants", "[  ]"]
    path = lines_document(tmp_path, fmt, lines)
    assert required_kinds(path) == ["accounts", "budget", "policy"]


@pytest.mark.parametrize("bullet", ["•", "▪"])
def test_a_bullet_on_a_line_of_its_own_and_a_who_line_between_items(
    tmp_path: Path, bullet: str
) -> None:
    """A numbered list read as lines, then a short line saying who sends the rest ("Some
    applicants") and bullets each on a line of their own: the list goes on, the items under
    the line asked of some applicants, and an item opening with its condition is one (a
    guard: the numbers read as items must not end the list at the lone bullet; Word only, as
    the test's PDF writer has no bullet glyph)."""
    lines = [
        "Supporting documents",
        "Every applicant must upload these documents:",
        "1.",
        "Your constitution, signed and dated by your chair.",
        "2.",
        "Your latest annual accounts, independently examined or audited.",
        "Some applicants must also upload:",
        bullet,
        "if your group is less than a year old and has not yet produced any annual accounts: "
        "your last three months' bank statements, instead of accounts;",
    ]
    facts = measured(lines_document(tmp_path, "docx", lines))
    required, conditional = distinct(facts.attachments)
    assert sorted(a.kind for a in required) == ["accounts", "governing_document"]
    assert [a.kind for a in conditional] == ["bank_statement"]


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
@pytest.mark.parametrize(
    "aside", ["(minimum cover £5,000,000).", "(at least £5 million, in your group's name)."]
)
def test_a_bracketed_aside_on_the_next_line_carries_the_item_on(
    tmp_path: Path, fmt: str, aside: str
) -> None:
    """A lettered list read line by line, a typed tick box ending each item, one item's
    bracketed note wrapped to the next line ("(minimum cover £5,000,000). [ ]"): the line
    carries the item on, as a line opening lower case does, and is no prose ending the list (a
    list's next marker, "(c) ...", is an item)."""
    lines = [
        "Documents to send",
        "Tick each item in the margin as you enclose it.",
        "(a) Your accounts for the last two financial years. [ ]",
        "(b) ONLY IF YOU EMPLOY STAFF: your employer's liability insurance certificate",
        f"{aside} [ ]",
        "(c) Your safeguarding policy, covering both adults and children. [ ]",
        "(d) Your complaints procedure. [ ]",
    ]
    path = tmp_path / f"notes.{fmt}"
    if fmt == "pdf":
        write_pdf(path, [[TITLE, *lines]])
    else:
        path.write_text("\n".join([TITLE.upper(), "", *lines]) + "\n", encoding="utf-8")
    facts = measured(path)
    required, conditional = distinct(facts.attachments)
    assert sorted(a.kind for a in required) == ["accounts", "policy", "policy"]
    assert [a.kind for a in conditional] == ["insurance_certificate"]
