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
