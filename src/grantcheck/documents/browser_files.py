"""A web form printed by the browser (or its page copied as text): each file input prints as
the browser's button and its note, "Choose File No file chosen" (Chrome, Edge), "Browse... No
file selected." (Firefox), and text extraction runs them into the words around them: "Governing
document Choose File No file chosen Most recent accounts Choose File No file chosen". Each is
an upload, labelled by the words before it (back to the last such note); the words after the
last note stay text.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FILE, TEXT, Block
from grantcheck.documents.lazy import lazy

# (The white space before it is taken only from its run's start: tried from every character of
# a run, each scanning to the run's end, the split was quadratic in a long run of spaces. A match
# opening inside a run opens at its start instead, or at the last match's end, where nothing
# white is left to take: the same splits.)
NOTE = lazy(
    lambda: re.compile(
        r"(?:(?<!\s)\s+)?\b(?:choose\s+files?|browse(?:\.\.\.|…)?)\s+no\s+files?\s+"
        r"(?:chosen|selected)\.?\s*",
        re.IGNORECASE,
    )
)


def file_inputs(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each browser's printed file input an upload (a substring gate first:
    almost no text holds one)."""
    if not any(b.kind == TEXT and "o file" in b.text.lower() for b in blocks if "ile" in b.text):
        return blocks
    out: list[Block] = []
    for block in blocks:
        parts = NOTE.split(block.text) if block.kind == TEXT and "ile" in block.text else []
        if len(parts) < 2:
            out.append(block)
            continue
        *labels, rest = (part.strip() for part in parts)
        out += [Block(FILE, label, block.where) for label in labels if label]
        if rest:
            out.append(Block(TEXT, rest, block.where))
    return out
