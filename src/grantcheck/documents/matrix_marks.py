"""A matrix of marks: a documents table whose columns are kinds of applicant or sizes of grant
("Document | Small grants | Large grants"), each row marking its document needed ("✓", "Yes",
"Required") or not ("-", "No", an empty cell in a column another row marks) in each. A row
marked needed in every column is sent by every applicant; one marked in some and not others,
by some. A key before the table says what the marks mean.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from grantcheck.documents.blocks import Block, cut_trailing

# a cell marking a document needed or not in one column of several ("Policy | Lot 1 | Lot 2",
# "Document | Small grants | Large grants"): "Required", "Yes", "✓" / "Not required", "No", "-"
NEEDED = re.compile(r"(?:required|essential|mandatory|needed|yes|✓|✔)\W*", re.IGNORECASE)
NOT_NEEDED = re.compile(
    r"(?:not\s+(?:required|needed|applicable)|no|n/?a|none|optional|[-–—✗✘✖✕×x])\W*", re.IGNORECASE
)
# a key to the marks of a table to come: "✔ means you must upload it; a dash means we do not need
# it", "A tick shows the grants that need it": prose leading a matrix in, whatever else it says
KEY = re.compile(
    r"(?:^|(?<=[\s;,.(:]))(?:[✓✔✗✘×–—]|an?\s+(?:tick|cross|dash))\s*(?:=|means\b|shows\b)",
    re.IGNORECASE,
)


def _marks(row: list[Block], marked: frozenset[object] = frozenset()) -> list[str]:
    """A matrix row's marks after its first cell, each without its note; an empty cell in a
    column that another row marks ("✓") is a mark too, "not needed" ("-"): "Bank statement |
    | ✓ | ✓" under "Up to £1,000 | £1,001 to £5,000 | Over £5,000" is not sent by all."""
    # (each without its note: "✖ (we do not expect one yet)")
    marks = [cut_trailing(b.text, "(", ")").strip() for b in row[1:] if b.text.strip()]
    filled = {dict(b.where).get("cell") for b in row if b.text.strip()}
    return marks + ["-"] * len(marked - filled) if marks else marks


def marked_columns(
    rows: Mapping[tuple[object, object], list[Block]], table: object
) -> frozenset[object]:
    """The columns after the first in which some row of ``table`` below its heading row marks
    its document needed ("✓", "Yes"): a matrix's columns, where an empty cell means no."""
    columns: set[object] = set()
    for (t, r), row in rows.items():
        if t == table and r != 1 and row:
            first = dict(row[0].where).get("cell")
            columns.update(
                dict(b.where).get("cell")
                for b in row[1:]
                if dict(b.where).get("cell") != first and NEEDED.fullmatch(b.text.strip())
            )
    return frozenset(columns)


def ticked_by_all(row: list[Block], marked: frozenset[object] = frozenset()) -> bool:
    """Whether a matrix row is marked needed in every column ("✔ | ✔ | ✔"): every kind of
    applicant sends its document."""
    marks = _marks(row, marked)
    return len(marks) >= 2 and all(NEEDED.fullmatch(m) for m in marks)


def varies(row: list[Block], marked: frozenset[object] = frozenset()) -> bool:
    """Whether a row's marks say its document is needed in some columns and not in others."""
    marks = _marks(row, marked)
    return (
        len(marks) >= 2
        and all(NEEDED.fullmatch(m) or NOT_NEEDED.fullmatch(m) for m in marks)
        and any(NEEDED.fullmatch(m) for m in marks)
        and any(NOT_NEEDED.fullmatch(m) for m in marks)
    )
