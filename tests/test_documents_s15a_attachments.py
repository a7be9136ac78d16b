"""Attachments (acc15a, session 15): each general cause of a miss, found on small documents of
the test's own in several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "form.html"
    path.write_text(f"<html><body><main><h1>Small Grants 2027</h1>{body}</main></body></html>")
    return path


# -- an upload with no label of its own is named by the title just before it -----------------

BANK_ROWS = (
    "<table role='presentation'>"
    "<tr><td><label for='acc'>Account number *</label></td><td><input id='acc'></td></tr>"
    "</table><h2>Part 4: Your documents</h2><p>Upload each one as a PDF.</p>"
    "<table role='presentation'>"
    "<tr><td>{first} *</td><td><input type='file' name='u1'></td></tr>"
    "<tr><td>{second} *<div>They must be signed by your treasurer.</div></td>"
    "<td><input type='file' name='u2'></td></tr></table>"
)
BUILDER = (
    "<div><label for='amt'>How much are you asking for? (£) *</label><input id='amt'></div>"
    "<div class='q'><div class='title'>{first} *</div><div>One file, please.</div>"
    "<button type='button' aria-label='Upload file'>Upload file</button></div>"
    "<div class='q'><div class='title'>{second} *</div>"
    "<div>Allowed file types: PDF, Word. Max 10MB.</div>"
    "<button type='button' aria-label='Upload file'>Upload file</button></div>"
)


@pytest.mark.parametrize("layout", [BANK_ROWS, BUILDER])
@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Minutes of the meeting that agreed to apply",
            "Latest annual accounts",
            ["accounts", "other"],
        ),
        ("A map of the site", "Your constitution or set of rules", ["governing_document", "other"]),
    ],
)
def test_upload_named_by_its_own_title(
    tmp_path: Path, layout: str, first: str, second: str, expected: list[str]
) -> None:
    # a label names its own control: the uploads after "Account number" are not account numbers
    path = page(tmp_path, layout.format(first=first, second=second))
    assert kinds(path) == (expected, [])


@pytest.mark.parametrize(
    "title",
    [
        "7. Walking groups only: upload the risk assessment for your routes",
        "12. Capital projects only: upload two quotes for the work",
    ],
)
def test_numbered_upload_title_opening_with_its_condition(tmp_path: Path, title: str) -> None:
    body = (
        "<div class='q'><div class='title'>6. Upload your constitution *</div>"
        "<button type='button' aria-label='Upload file'>Upload file</button></div>"
        f"<div class='q'><div class='title'>{title}</div>"
        "<div>File number limit: 3. Allowed file types: PDF.</div>"
        "<button type='button' aria-label='Upload file'>Upload file</button></div>"
    )
    required, conditional = kinds(page(tmp_path, body))
    assert required == ["governing_document"]
    assert len(conditional) == 1


# -- a bracket naming the grant's bands or strands says who sends the document ----------------

BANDS = [
    "Your constitution or set of rules (all grants)",
    "Your latest annual accounts (small and large grants)",
    "Two quotes for each item costing over £300 (large grants only)",
    "A project plan with a timetable (capital awards)",
]


def written(tmp_path: Path, fmt: str, lead: str, items: list[str]) -> Path:
    path = tmp_path / f"form.{fmt}"
    if fmt == "docx":
        import docx

        document = docx.Document()
        document.add_heading("Part 4: Documents", level=2)
        document.add_paragraph(lead)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
        document.save(str(path))
        return path
    lines = ["Part 4: Documents", "", lead, "", *(f"- {item}" for item in items)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
def test_bracket_naming_grant_bands(tmp_path: Path, fmt: str) -> None:
    path = written(tmp_path, fmt, "Please send these with your form:", BANDS)
    assert kinds(path) == (["governing_document"], ["accounts", "project_plan", "quotes"])


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_verbs_only_names_no_applicants(tmp_path: Path, fmt: str) -> None:
    # "..., that the grant will only be spent on ...": the grant, not some applicants
    path = tmp_path / f"form.{fmt}"
    path.write_text(
        "Declaration\n\nI confirm that the information is true, that the grant will only be "
        "spent on the project, and that our group has an equal opportunities policy.\n"
    )
    policies = Measurer().measure(path, path.name)[1].policies
    assert [(p.value, p.conditional) for p in policies] == [("equality", False)]


# -- a declaration's promise leads no list: the signature table under it names no document ----

PROMISE = (
    "We confirm that everything on this form is true and that the grant will pay for the "
    "project alone. We will send the council receipts and photographs of the work within three "
    "months. Two members must sign, one of them the treasurer."
)


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_declaration_leads_no_list(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"form.{fmt}"
    rows = [["", "First signatory", "Second signatory"], ["Signed", "", ""]]
    rows += [["Name and role", "", ""], ["Date", "", ""]]
    lead = (  # (prose of two sentences: it closes the list its heading opened)
        "Please send a copy of your constitution with this form. If you are not the landowner, "
        "send the landowner's written permission as well. We will phone you if anything is missing."
    )
    if fmt == "docx":
        import docx

        document = docx.Document()
        document.add_heading("Part D: Documents", level=2)
        document.add_paragraph(lead)
        document.add_paragraph("Part E: Declaration")
        document.add_paragraph(PROMISE)
        table = document.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        document.save(str(path))
    else:
        grid = "\n".join("| " + " | ".join(row) + " |" for row in rows[:1])
        grid += "\n| --- | --- | --- |\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows[1:])
        text = f"## Part D: Documents\n\n{lead}\n\nPart E: Declaration\n\n{PROMISE}\n\n{grid}\n"
        path.write_text(text, encoding="utf-8")
    assert kinds(path) == (["governing_document"], ["other"])


# -- a bracket offering another document of the kind to some leaves the first for everyone -----

OFFERS = [
    "Your latest annual accounts (if your income is under £5,000, a statement of income and "
    "spending signed by your treasurer is fine)",
    "Your accounts for the last two years (a group running for less than a year may send "
    "management accounts for the months it has run)",
]


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
@pytest.mark.parametrize("offer", OFFERS)
def test_bracket_offering_another_of_its_kind(tmp_path: Path, fmt: str, offer: str) -> None:
    items = ["Your constitution or set of rules", offer]
    path = written(tmp_path, fmt, "Please send these with your form:", items)
    assert kinds(path)[0] == ["accounts", "governing_document"]


# -- a clause opening with a sum and its condition says how much, not who sends ----------------

COVERS = [
    "Your public liability insurance certificate (at least £5 million; £10 million where you "
    "hire a bouncy castle)",
    "Your public liability insurance certificate (cover of £2m, or £5m where you run a fun run)",
]


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
@pytest.mark.parametrize("cover", COVERS)
def test_sum_with_its_condition(tmp_path: Path, fmt: str, cover: str) -> None:
    items = ["Your constitution or set of rules", cover]
    path = written(tmp_path, fmt, "Please send these with your form:", items)
    assert kinds(path) == (["governing_document", "insurance_certificate"], [])


# -- a note saying what form the document takes for some, or whose, limits nobody -------------

FORM_NOTES = [
    "A recent bank statement for the account we will pay. If a partner holds the money for "
    "you, send theirs.",
    "Your constitution or set of rules. If you are a new group, your rules can be a few lines "
    "long.",
]


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
@pytest.mark.parametrize("note", FORM_NOTES)
def test_note_on_the_form_a_document_takes(tmp_path: Path, fmt: str, note: str) -> None:
    items = [note, "If you work with children, your safeguarding policy."]
    path = written(tmp_path, fmt, "Please send these with your form:", items)
    required, conditional = kinds(path)
    assert len(required) == 1 and conditional == ["policy"]


@pytest.mark.parametrize(
    "hint",
    [
        "If you are a new group, your rules can be a single page.",
        "If you have just started, your constitution may be a short one: we have a template.",
    ],
)
def test_upload_hint_on_the_form_a_document_takes(tmp_path: Path, hint: str) -> None:
    body = (
        "<label for='rules'>Your constitution or set of rules</label>"
        f"<p id='rules-hint'>A signed copy. {hint}</p>"
        "<input type='file' id='rules' aria-describedby='rules-hint'>"
    )
    assert kinds(page(tmp_path, body)) == (["governing_document"], [])


# -- what is sent after the project, a rule's authority, and a case and its "otherwise" ---------


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
@pytest.mark.parametrize(
    "later",
    [
        "Within three months of finishing your project you will need to send us a short report "
        "with photographs and copies of your receipts.",
        "After completing the event, please send us copies of your receipts and a few photos.",
    ],
)
def test_what_is_sent_after_the_project(tmp_path: Path, fmt: str, later: str) -> None:
    path = written(tmp_path, fmt, later, ["Your constitution", "Your latest annual accounts"])
    assert kinds(path) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
@pytest.mark.parametrize(
    "item",
    [
        "Your latest accounts, examined as your governing document and the law require",
        "Your latest accounts, approved at your AGM as the constitution says",
        "Your accounts: audited accounts where your turnover is above £100,000, otherwise "
        "accounts approved by your committee",
    ],
)
def test_what_the_accounts_must_be(tmp_path: Path, fmt: str, item: str) -> None:
    path = written(tmp_path, fmt, "Please send these with your form:", [item, "A budget"])
    assert kinds(path) == (["accounts", "budget"], [])


# -- reStructuredText in a plain-text or Markdown page: a list-table, an underlined heading ----

RST = """Documents
=========

.. list-table:: What to upload
   :header-rows: 1

   * - Document
     - Who sends it
   * - Constitution or rules
     - Every group
   * - Latest annual accounts, signed by
       your treasurer
     - Every group
   * - Lease
     - Groups that rent their hall
   * - Business plan
     -

3. Insurance
============

You must hold public liability insurance of at least £5 million.
"""


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_restructuredtext_list_table_and_headings(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"guide.{fmt}"
    path.write_text(RST, encoding="utf-8")
    assert kinds(path) == (["accounts", "business_plan", "governing_document"], ["other"])


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_confirming_that_you_have_a_policy_is_holding_it(tmp_path: Path, fmt: str) -> None:
    lead = (
        "You do not need to upload your equality policy: the declaration asks you to confirm "
        "that you have an equality and diversity policy approved by your board."
    )
    path = written(tmp_path, fmt, "Please send these with your form:", ["Your constitution"])
    if fmt == "txt":
        path.write_text(path.read_text() + "\n" + lead + "\n", encoding="utf-8")
    else:
        import docx

        document = docx.Document(str(path))
        document.add_paragraph(lead)
        document.save(str(path))
    facts = Measurer().measure(path, path.name)[1]
    assert [a.kind for a in facts.attachments] == ["governing_document"]
    assert [p.value for p in facts.policies] == ["equality"]


# -- a tick column's heading asks whether a document is enclosed, and requires nothing ---------

COSTS = [
    ["What you will buy", "Supplier", "Cost (£)", "{column}"],
    ["", "", "", ""],
    ["", "", "", ""],
]


@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize("column", ["Quote enclosed? Y/N", "Plan attached?"])
def test_tick_column_asking_whether_enclosed(tmp_path: Path, fmt: str, column: str) -> None:
    rows = [[c.format(column=column) for c in row] for row in COSTS]
    path = tmp_path / f"form.{fmt}"
    if fmt == "docx":
        import docx

        document = docx.Document()
        document.add_paragraph("Part 3: Costs")
        table = document.add_table(rows=len(rows), cols=4)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        document.add_paragraph("Part 4: Documents")
        document.add_paragraph("Please send a copy of your constitution with this form.")
        document.save(str(path))
    else:
        lines = [
            "Part 3: Costs",
            "",
            "| " + " | ".join(rows[0]) + " |",
            "| --- | --- | --- | --- |",
        ]
        lines += ["|  |  |  |  |"] * 2
        lines += [
            "",
            "Part 4: Documents",
            "",
            "Please send a copy of your constitution with this form.",
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kinds(path) == (["governing_document"], [])


# -- a "Who" cell carrying on its heading's words ("If ..." over "... you employ staff") --------

IF_SEND = [
    ["If ...", "Send ..."],
    ["Everyone", "Your constitution"],
    ["... you employ staff", "Your employer's liability insurance certificate"],
    ["... you run trips away", "Your lone working policy"],
]


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
def test_who_cells_carrying_on_their_heading(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"guide.{fmt}"
    if fmt == "docx":
        import docx

        document = docx.Document()
        document.add_paragraph("What to send")
        table = document.add_table(rows=len(IF_SEND), cols=2)
        for r, row in enumerate(IF_SEND):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        document.save(str(path))
    elif fmt == "html":
        head = "".join(f"<th>{c}</th>" for c in IF_SEND[0])
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in IF_SEND[1:])
        path.write_text(
            f"<html><body><h2>What to send</h2><table><tr>{head}</tr>{body}</table></body></html>"
        )
    else:
        lines = ["## What to send", "", "| If ... | Send ... |", "| --- | --- |"]
        lines += [f"| {a} | {b} |" for a, b in IF_SEND[1:]]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kinds(path) == (["governing_document"], ["insurance_certificate", "policy"])
