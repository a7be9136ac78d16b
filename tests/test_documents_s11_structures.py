"""Documents an applicant sends, listed in a structure (session 11): a numbered section's
checklist, a documents table's 'when we check it' column. Each general rule shown on small
documents of the test's own, worded and laid out as different funders would (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_docx
from form_documents import PdfField, write_fillable_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name) every applicant sends, and those sent in some cases."""
    required, conditional = distinct(f.attachments)
    return sorted(a.policy or a.kind for a in required), sorted(
        a.policy or a.kind for a in conditional
    )


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


# -- a numbered section's title with a bracketed instruction after it ----------------------------

# A numbered section's title is read without the aside in brackets that closes it: "6 Send
# these with your form (tick each one you enclose)" is a five-word title asking for documents,
# so the lines under it are the documents to send.
TITLES = [
    "6 Send these with your form (tick each one as you put it in the envelope)",
    "C. Documents to include with this application (please put a tick by each one)",
    "4 What to send us (mark each box when you have attached the item)",
]
ITEMS = [
    "A recent bank statement for the club",
    "The club's public liability insurance certificate",
    "The club's constitution (only for clubs formed this year)",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_numbered_title_with_an_aside_opens_a_checklist_txt(tmp_path: Path, title: str) -> None:
    text = "\n\n".join(["Sports Pitch Grants", "5 About the club", "Club name", title, *ITEMS])
    f = measure(tmp_path, "form.txt", text + "\n")
    assert sent(f) == (["bank_statement", "insurance_certificate"], ["governing_document"])


@pytest.mark.parametrize("title", TITLES)
def test_a_numbered_title_with_an_aside_opens_a_checklist_pdf(tmp_path: Path, title: str) -> None:
    """A fillable form: a tick box beside each document's line."""
    lines: list[str | PdfField] = [
        "Sports Pitch Grants",
        "Club name",
        PdfField("club", "Club name"),
    ]
    lines.append(title)
    for n, item in enumerate(ITEMS):
        lines += [PdfField(f"sent{n}", item, kind="/Btn"), item]
    path = write_fillable_pdf(tmp_path / "form.pdf", [lines])
    assert sent(measured(path)) == (
        ["bank_statement", "insurance_certificate"],
        ["governing_document"],
    )


def test_an_aside_does_not_make_a_long_sentence_a_title(tmp_path: Path) -> None:
    """Prose that happens to start with a number stays prose: the aside is taken off the end of
    a title only, so a sentence of many words (bracket or not) opens no list."""
    long = (
        "2 We fund clubs across the district that want to send more of their young members to "
        "regional competitions each year (see the map)"
    )
    path = write_docx(tmp_path / "g.docx", [long, "A recent bank statement for the club"])
    assert sent(measured(path)) == ([], [])


# -- a documents table's 'When' column ------------------------------------------------------------

# In a table whose column says when each requirement is checked, a row's document is sent with
# the application only where its cell says so ("With your application", "Upload ... when you
# apply"); one seen later (at a visit, before payment, after the award, on request) is not
# sent; a cell naming no document ("Upload your policy with your application") sends what the
# row names; a condition opening a cell ("If you cook food: ...") limits the row, a clause
# limiting another document in the row ("employer's liability if you employ staff") does not.

WHEN_HEADINGS = ["When to send it", "When we need it", "When we check it"]


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (
        "<html><body><h1>Village Events Fund</h1><h2>What we ask for</h2>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


@pytest.mark.parametrize("when", WHEN_HEADINGS)
def test_a_when_column_sends_only_what_comes_with_the_application_html(
    tmp_path: Path, when: str
) -> None:
    rows = [
        ["Your constitution", "With your application"],
        ["Your latest bank statement", "Upload it when you apply"],
        ["Public liability insurance certificate", "Before we pay the grant"],
        ["Safeguarding policy", "At our monitoring visit"],
        ["Two references", "If your application is successful"],
    ]
    f = measure(tmp_path, "fund.html", _html_table(["Document", when], rows))
    assert sent(f) == (["bank_statement", "governing_document"], [])


@pytest.mark.parametrize("when", WHEN_HEADINGS)
def test_a_when_cell_naming_no_document_sends_what_its_row_names_docx(
    tmp_path: Path, when: str
) -> None:
    table = [
        ["Area", "What you need", when],
        [
            "Insurance",
            "Public liability cover of at least £5 million. Employer's liability cover if you "
            "employ staff.",
            "Upload your certificate with your application. Employer's liability: at our visit.",
        ],
        [
            "Safeguarding",
            "A safeguarding policy naming your lead.",
            "Upload the policy when you apply.",
        ],
        ["Staff", "Two references for each paid worker.", "At our visit before the scheme opens."],
        [
            "Food",
            "Registration with the council as a food business.",
            "If you cook on site: upload your food hygiene rating with your application.",
        ],
    ]
    path = write_docx(tmp_path / "scheme.docx", ["Holiday Play Grants"], table)
    assert sent(measured(path)) == (["insurance_certificate", "safeguarding"], ["other"])


def test_a_when_cell_saying_who_is_still_read_as_who(tmp_path: Path) -> None:
    """A 'When needed' cell that says neither now nor later ("Always", "If you employ staff")
    says who sends the document, as a 'Who must send it' cell does."""
    rows = [
        ["Your constitution", "Always"],
        ["Employer's liability insurance certificate", "If you employ staff"],
    ]
    f = measure(tmp_path, "fund.html", _html_table(["Document", "When needed"], rows))
    assert sent(f) == (["governing_document"], ["insurance_certificate"])


# -- a documents table's heading row read as lines ------------------------------------------------

# A documents table printed as lines (a portal's printed view, a PDF's table without rules) has
# its heading row as short lines: "Document", then "Required" (or "Who must send it"). The
# second is the 'Who must send it' column's heading, so each line after a document says who
# sends it: "Yes" everyone, "If ..." some, "Optional" nobody.


@pytest.mark.parametrize("who", ["Required", "Mandatory", "Essential"])
@pytest.mark.parametrize("name", ["portal.txt", "portal.md"])
def test_a_documents_tables_heading_row_read_as_lines(tmp_path: Path, who: str, name: str) -> None:
    lines = ["Grant application (printable view)", "Supporting documents", "Document", who]
    lines += ["Status", "Constitution", "Yes", "Not uploaded", "Risk assessment"]
    lines += ["If you run events outdoors", "Not uploaded", "Photographs of past events"]
    lines += ["Optional", "Not uploaded"]
    f = measure(tmp_path, name, "\n\n".join(lines) + "\n")
    assert sent(f) == (["governing_document"], ["other"])


def test_a_short_line_after_a_document_is_not_a_column_heading(tmp_path: Path) -> None:
    """Only right after the first column's heading (a word or two naming no document) is a
    'Required' line the table's heading: under a document it is that document's own mark."""
    lines = ["Supporting documents", "Constitution", "Required", "Risk assessment", "Required"]
    f = measure(tmp_path, "list.txt", "\n\n".join(lines) + "\n")
    assert sent(f) == (["governing_document", "other"], [])


# -- a matrix of marks by kind of applicant -------------------------------------------------------

# In a matrix whose columns are kinds of applicant, a row marked needed in every column is asked
# of every applicant, whatever a bracket in its name says of some ("for a hosted group, the
# host's" says whose, not whether); a row crossed in some columns ("✖", a multiplication sign,
# a mark with a note in brackets) is asked of some only.

MATRIX = [
    ["Document", "Charity", "Community group", "Group without a constitution"],
    ["Accounts (for a group without a constitution, your sponsor's)", "✔", "✔", "✔"],
    ["Constitution", "✔", "✔", "✖ (we do not expect one)"],
    ["Annual report", "✔", "×", "✖"],
]


def test_a_matrix_of_marks_by_kind_of_applicant_docx(tmp_path: Path) -> None:
    paragraphs = ["Documents we need", "✔ means you must upload it; ✖ means you need not."]
    path = write_docx(tmp_path / "fund.docx", paragraphs, MATRIX, heading="Equality Fund")
    assert sent(measured(path)) == (["accounts"], ["governing_document", "other"])


def test_a_matrix_of_marks_by_kind_of_applicant_html(tmp_path: Path) -> None:
    head = "".join(f"<th>{h}</th>" for h in MATRIX[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in MATRIX[1:])
    page = (
        "<html><body><h1>Equality Fund</h1><h2>Documents we need</h2>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )
    assert sent(measure(tmp_path, "fund.html", page)) == (
        ["accounts"],
        ["governing_document", "other"],
    )


def test_a_condition_of_circumstance_still_limits_a_row_ticked_by_all(tmp_path: Path) -> None:
    table = [
        ["Document", "Charity", "Community group"],
        ["Risk assessment (only if you run events outdoors)", "✔", "✔"],
        ["Constitution", "✔", "✔"],
    ]
    path = write_docx(tmp_path / "fund.docx", ["Documents we need"], table)
    assert sent(measured(path)) == (["governing_document"], ["other"])


# -- a reference number ---------------------------------------------------------------------------


LINES = [
    "You will get an email with a reference number straight away.",
    "Put your grant reference no. on every letter to us.",
    "Each application is given a reference code.",
]


@pytest.mark.parametrize("line", LINES)
def test_a_reference_number_is_no_reference_md(tmp_path: Path, line: str) -> None:
    """A reference number, code or id is quoted, not sent: no referee's letter is asked."""
    text = (
        "# Small Grants\n\n## What to send\n\n| Step | What happens |\n| --- | --- |\n"
        f"| 1 | Upload your constitution |\n| 2 | {line} |\n"
    )
    assert sent(measure(tmp_path, "g.md", text)) == (["governing_document"], [])


@pytest.mark.parametrize("line", LINES)
def test_a_reference_number_is_no_reference_docx(tmp_path: Path, line: str) -> None:
    table = [["Step", "What happens"], ["1", "Upload your constitution"], ["2", line]]
    path = write_docx(tmp_path / "g.docx", ["What to send"], table, heading="Small Grants")
    assert sent(measured(path)) == (["governing_document"], [])


# -- who may apply is not what to send ------------------------------------------------------------

# A section on who may apply ("Who cannot apply?", "Eligibility checklist") lists kinds of
# applicant or statements to tick, not documents: it ends a documents list and opens none.

WHO_HEADINGS = ["Who cannot apply?", "Who is not eligible?", "Who can apply?"]
NOT_ELIGIBLE = [
    "Individuals and sole traders",
    "Profit-making companies",
    "Groups that have not reported on an earlier grant",
]


@pytest.mark.parametrize("heading", WHO_HEADINGS)
def test_who_may_apply_ends_a_documents_list_md(tmp_path: Path, heading: str) -> None:
    items = "\n".join(f"- {t}" for t in NOT_ELIGIBLE)
    text = (
        "# Wellbeing Grants\n\n## Documents checklist\n\n- Your constitution\n- Your latest "
        f"accounts\n\n**{heading}**\n\n{items}\n"
    )
    assert sent(measure(tmp_path, "guide.md", text)) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("heading", WHO_HEADINGS)
def test_who_may_apply_ends_a_documents_list_docx(tmp_path: Path, heading: str) -> None:
    paragraphs = ["Documents checklist", "• Your constitution", "• Your latest accounts", heading]
    bullets = [f"• {t}" for t in NOT_ELIGIBLE]
    path = write_docx(tmp_path / "guide.docx", paragraphs + bullets, heading="Grants")
    assert sent(measured(path)) == (["accounts", "governing_document"], [])


def test_an_eligibility_checklist_asks_for_no_document(tmp_path: Path) -> None:
    text = (
        "Wellbeing Grants\n\n2. Eligibility checklist\n\nTick every box before you apply.\n\n"
        "☐ We are a charity or community group\n\n☐ We have a bank account in our name\n\n"
        "☐ Our project ends by March 2028\n\n3. What to send\n\nYour constitution\n"
    )
    assert sent(measure(tmp_path, "guide.txt", text)) == (["governing_document"], [])
