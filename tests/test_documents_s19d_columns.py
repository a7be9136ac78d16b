"""The two-column readers (session 19, review18's F1 and F3): a page printed in two columns is
read column by column, but a table whose rows start together on both sides is no such page.

A plain-text documents table, its notes wrapped under a blank left cell ("Safeguarding policy
Only groups that work with children or" / "adults at risk need to send this policy."), has a
paragraph-like run in its right column, but each row's two cells start on the same line: read
column by column, every document is parted from its condition. On a page printed in two
columns, a paragraph of one column runs on beside the other column's new items.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents import Measurer
from grantcheck.documents.columns_text import gutter


def _table(title: str, head: tuple[str, str], rows: list[tuple[str, str]], at: int) -> str:
    """A space-aligned table: its header, a rule of dashes under each heading, and rows whose
    right cell wraps at 36 characters under a blank left cell."""
    lines = [title, "", LEAD, "", head[0].ljust(at) + head[1]]
    lines.append("-" * len(head[0]) + " " * (at - len(head[0])) + "-" * len(head[1]))
    for left, right in rows:
        words, line, wrapped = right.split(), "", []
        for word in words:
            if line and len(line) + 1 + len(word) > 36:
                wrapped.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        wrapped.append(line)
        lines.append(left.ljust(at) + wrapped[0])
        lines += [" " * at + more for more in wrapped[1:]]
    return "\n".join(lines) + f"\n\n{END}\n"


def _markdown(title: str, head: tuple[str, str], rows: list[tuple[str, str]], at: int) -> str:
    """The same table in Markdown, each row's cells on one line."""
    cells = [f"| {left} | {right} |" for left, right in [head, ("---", "---"), *rows]]
    return "\n".join([f"# {title}", "", LEAD, "", *cells, "", END]) + "\n"


LEAD = "Please send these documents with your application form:"
END = "Send everything to the Grants Officer by 31 March."
ASHCOMBE = (
    "ASHCOMBE DISTRICT COUNCIL - checklist of supporting documents",
    ("Document", "Who needs to send it"),
    [
        ("Your constitution or rules", "All applicants"),
        ("Your last annual accounts", "All applicants"),
        ("Your latest bank statement", "All applicants"),
        (
            "Safeguarding policy",
            "Groups working with children, young people or adults at risk must send a copy"
            " of their policy and the date it was last reviewed by the committee",
        ),
        (
            "Two written quotes",
            "Applicants asking for equipment or building work over £1,000 must send two"
            " quotes from different suppliers so that we can compare the prices",
        ),
    ],
    34,
)
BRAMLEY = (
    "BRAMLEY PARISH COUNCIL - Small Grants Scheme",
    ("Item", "Notes"),
    [
        ("Copy of your constitution", "We need the version adopted by your members, signed"),
        ("Most recent accounts", "For your last financial year, signed by two committee members."),
        (
            "Equal opportunities policy",
            "Required only if your group employs paid staff or has more than ten volunteers.",
        ),
        (
            "Quotes for equipment",
            "Needed only where a single item will cost more than £300. Please send two quotes.",
        ),
        ("Safeguarding policy", "Only for groups whose activities involve children or adults."),
    ],
    30,
)
OAKLEY = (
    "OAKLEY TOWN COUNCIL - what to send with your application",
    ("Document", "Who must send it"),
    [
        ("Constitution or set of rules", "All groups: a signed copy of the current version."),
        ("Latest annual accounts", "All groups: your most recent accounts, signed."),
        (
            "Safeguarding policy",
            "Only groups that work with children or adults at risk need to send this policy.",
        ),
        ("Two quotes", "Only if you are asking for money to buy equipment costing over £500."),
        (
            "Lease or landlord's letter",
            "Only if the project involves building work on land or premises you do not own.",
        ),
    ],
    32,
)


@pytest.mark.parametrize("table", [ASHCOMBE, BRAMLEY, OAKLEY])
def test_a_documents_table_with_wrapped_notes_is_no_two_column_page(
    tmp_path: Path, table: tuple[str, tuple[str, str], list[tuple[str, str]], int]
) -> None:
    text = _table(*table)
    assert gutter(text.split("\n")) is None
    f = measure(tmp_path, "documents.txt", text)
    twin = measure(tmp_path, "documents.md", _markdown(*table))
    assert len(f.attachments) == 5  # (read column by column: a row or two of five)
    assert [(a.kind, a.conditional) for a in f.attachments] == [
        (a.kind, a.conditional) for a in twin.attachments
    ]


def test_a_documents_table_keeps_each_row_with_its_condition(tmp_path: Path) -> None:
    f = measure(tmp_path, "documents.txt", _table(*ASHCOMBE))
    assert [(a.kind, a.conditional) for a in f.attachments] == [
        ("governing_document", False),
        ("accounts", False),
        ("bank_statement", False),
        ("policy", True),
        ("quotes", True),
    ]


def _two_columns(left: list[str], right: list[str], at: int) -> str:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return "\n".join((f" {a}".ljust(at) + b).rstrip() for a, b in zip(left, right, strict=True))


NOTES = [
    "How to apply",
    "",
    "Fill in this form in black ink and send",
    "it to the Town Clerk by 31 March. Grants",
    "of up to £1,000 are open to any group",
    "working in the town. Keep to the word",
    "limits given with each question and do",
    "not send extra pages, as the panel will",
    "not read them.",
]
FORM = [
    "PART B  YOUR PROJECT",
    "",
    "Q1. Tell us what you plan to do",
    "    (maximum 200 words)",
    "Q2. Why is it needed in the town?",
    "    (maximum 100 words)",
    "Q3. Who will run it?",
    "    (maximum 100 words)",
    "Q4. Amount requested: £..........",
]


@pytest.mark.parametrize(
    "text",
    [
        _two_columns(NOTES, FORM, 46),
        _two_columns(FORM, NOTES, 44),
        _two_columns(NOTES + ["", *NOTES[2:]], FORM + ["", "Q4. Who will run it?"], 48),
    ],
)
def test_a_paragraph_beside_the_other_columns_items_is_two_columns(text: str) -> None:
    # near miss: a leaflet page, its notes running on beside the form's questions
    assert gutter(text.split("\n")) is not None


# A fillable page (review18's F3): labels on the left, their boxes on the right from the middle
# of the page, and tick boxes at the left margin (a checklist, a declaration). Its boxes fall
# either side of a band in the middle, but it is one column: the right has no words of its own.
def _page(items: list[tuple[str, float, float, str]], width: int = 595, right: int = 0) -> bytes:
    """A one-page fillable PDF of ("text", x, y, words), ("box", x, y, "tall" or "") (a text box
    to ``right`` or the page's right margin) and ("tick", x, y, "") items."""
    ops: list[str] = []
    annots: list[str] = []
    for kind, x, y, words in items:
        if kind == "text":
            words = words.replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 10 Tf {x} {y} Td ({words}) Tj ET")
        elif kind == "box":
            high, flags = (90, " /Ff 4096") if words else (16, "")
            annots.append(
                f"<< /Type /Annot /Subtype /Widget /FT /Tx /T (Text{len(annots) + 1})"
                f" /Rect [{x} {y - high + 12} {right or width - 50} {y + 12}]{flags} >>"
            )
        else:
            annots.append(
                f"<< /Type /Annot /Subtype /Widget /FT /Btn /T (Check Box{len(annots) + 1})"
                f" /Rect [{x} {y - 2} {x + 11} {y + 9}] >>"
            )
    first = 6  # (1 catalogue, 2 pages, 3 font, 4 page, 5 contents)
    refs = " ".join(f"{first + i} 0 R" for i in range(len(annots)))
    stream = " ".join(ops)
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{refs}] >> >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} 842] /Contents 5 0 R "
        f"/Resources << /Font << /F1 3 0 R >> >> /Annots [{refs}] >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        *annots,
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def _one_column(
    at: float,
    before: list[str],
    after: list[str],
    hints: bool = False,
    signed: bool = False,
    dated: bool = False,
    low: int = 0,
) -> bytes:
    """Labels at the left margin and their boxes from ``at`` to the right margin, the ticks of
    ``before`` over them and of ``after`` under them, each tick at the left margin beside its
    item."""
    items: list[tuple[str, float, float, str]] = [("text", 50, 800, "SMALL GRANT APPLICATION")]
    y = 770.0
    for tick in before:
        items += [("tick", 50, y, ""), ("text", 68, y, tick)]
        y -= 20
    for label in ("1. Name of your group", "2. Contact name", "3. Telephone", "4. Email"):
        items += [("text", 50, y, label), ("box", at, y, "")]
        if hints:  # (a hint under the box: "As it appears on your bank account")
            items.append(("text", at, y - 14 - low, "As you would like us to write it"))
        y -= 36 if hints else 28
    for question in (
        ["5. What will the grant", "pay for? (up to 200", "words)"],
        ["6. Who will benefit,", "and how? (no more than", "150 words)"],
    ):
        items += [("text", 50, y - 12 * i, line) for i, line in enumerate(question)]
        items.append(("box", at, y, "tall"))
        if hints:
            items.append(("text", at, y - 90, "Please keep to the limit."))
        y -= 115
    for tick in after:
        items += [("tick", 50, y, ""), ("text", 68, y, tick)]
        items += [("box", at, y, "")] if dated else []  # (its date beside it, on its row)
        y -= 24
    if signed:  # (the ticks of a declaration stand beside the boxes, between two of them)
        items += [("text", 50, y - 10, "Signed"), ("box", at, y - 10, "")]
    return _page(items)


DOCUMENTS = ["Your constitution", "Your latest accounts", "A bank statement", "Your policies"]
PROMISES = ["The answers are true", "We will report on the grant", "We will return what is left"]


@pytest.mark.parametrize(
    "pdf",
    [
        _one_column(300, [], DOCUMENTS),
        _one_column(320, [], PROMISES),
        _one_column(300, [], PROMISES, signed=True),
        _one_column(300, [], DOCUMENTS, dated=True),
        # review19's F2: a hint under every box, ticks over and under the boxes
        _one_column(300, DOCUMENTS[:3], PROMISES, hints=True),
        _one_column(300, DOCUMENTS[:3], PROMISES, hints=True, low=4),  # (review19's F2b)
        _one_column(300, [], DOCUMENTS, hints=True),
        _one_column(260, DOCUMENTS[:3], PROMISES),
    ],
)
def test_a_one_column_fillable_form_with_ticks_at_its_margin_is_no_two_columns(
    tmp_path: Path, pdf: bytes
) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    f = Measurer().measure(path, "form.pdf")[1]
    assert [q.word_limit for q in f.questions] == [200, 150]
    labels = {"1. Name of your group", "2. Contact name", "3. Telephone", "4. Email"}
    assert labels <= {field.words for field in f.fields}  # (each box under its own label)


def test_a_checklist_beside_a_column_of_fields_is_a_second_column(tmp_path: Path) -> None:
    # near miss: two columns side by side, the fields with their labels over them on the left
    # and a checklist of ticks beside its items on the right: read column by column
    items: list[tuple[str, float, float, str]] = []
    for n, label in enumerate(["A1 Name of group", "A2 Contact name", "A3 Email", "A4 Phone"]):
        items += [("text", 40, 780 - 44 * n, label), ("box", 40, 764 - 44 * n, "")]
    for n, document in enumerate(DOCUMENTS):
        items += [("tick", 330, 780 - 30 * n, ""), ("text", 348, 780 - 30 * n, document)]
    items += [("text", 40, 560, "A5 What will you do? (up to 250 words)")]
    items += [("box", 40, 544, "tall")]
    path = tmp_path / "club.pdf"
    path.write_bytes(_page(items, 595, right=290))
    f = Measurer().measure(path, "club.pdf")[1]
    assert [q.word_limit for q in f.questions] == [250]


# review19's F1: a fixed-width documents table with a rule of dashes under its header, its notes
# in lower case with no full stops (each row's note seems to run on from the row above) or its
# names in Title Case wrapped in the left cell: the rule under the header makes it a table
LOWER_NOTES = """\
HOLMFIRTH EDGE TOWN COUNCIL
Community Fund: supporting documents

Document                        Who needs to send it
------------------------------  ---------------------------------------
Your constitution               all groups
Your latest accounts            all groups, signed by your treasurer
Safeguarding policy             only groups whose activities involve
                                children, young people or adults at risk
Employer's liability insurance  only groups that employ paid staff or
                                pay sessional workers
Planning permission             only if your project involves building
                                work or a change of use
Written quotes                  only if you are buying equipment
                                costing more than £300

Please send copies, not originals.
"""
TITLE_CASE = """\
MARLOW VALE PARISH COUNCIL - SMALL GRANTS

Document                  Who must send it
------------------------  ------------------------------------------
Constitution or Set of    All groups: a copy signed by its chair and
Rules                     dated within the last year.
Public Liability          Groups running events open to the public
Insurance Certificate     must send a copy of the current certificate
                          showing cover of at least £5 million.
Safeguarding Policy       Only groups working with children, young
                          people or adults at risk need to send it.
Two Written Quotes        Only if you are buying equipment costing
                          more than £500.

Send the documents with your form to the Clerk.
"""


@pytest.mark.parametrize("text", [LOWER_NOTES, TITLE_CASE])
def test_a_table_ruled_under_its_header_is_no_two_column_page(text: str) -> None:
    assert gutter(text.split("\n")) is None


def test_a_ruled_table_with_lower_case_notes_keeps_each_row_with_its_condition(
    tmp_path: Path,
) -> None:
    f = measure(tmp_path, "documents.txt", LOWER_NOTES)
    assert [(a.kind, a.conditional) for a in f.attachments] == [
        ("governing_document", False),
        ("accounts", False),
        ("policy", True),
        ("insurance_certificate", True),
        ("other", True),
        ("quotes", True),
    ]
