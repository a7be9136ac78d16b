"""A saved page with no controls at all (a Word form saved as a web page, to print and fill in
by hand): the blanks typed into its paragraphs are where applicants write, read as the text and
PDF readers read the same lines. "Name of contact: ______" is a field, a paragraph only of
underscores or dots is a ruled line to write on, and "Total cost: £ ____ Amount requested:
£ ____" is two fields; "For office use: Date received ____" is the council's, not a field.

Only blocks holding a typed blank are looked at again (a substring test), and only on a page
with no ``input``, ``textarea`` or ``select``: a web form's own boxes are its answers, and words
like "____" on it are only its prose.
"""

from __future__ import annotations

from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.shapes import OFFICE
from grantcheck.documents.text_lines import line_blocks

TYPED = ("___", "....", "…")  # what a typed blank is made of


def typed(blocks: list[Block]) -> list[Block]:
    """The blocks, each paragraph of typed blanks read as the fields or ruled lines it is."""
    if not any(b.kind == TEXT and any(t in b.text for t in TYPED) for b in blocks):
        return blocks
    out: list[Block] = []
    for index, block in enumerate(blocks):
        found = None
        text = block.text
        if block.kind == TEXT and not block.heading and any(t in text for t in TYPED):
            # (an office-use line's blanks are the council's: its words alone say so)
            found = None if OFFICE.search(text) else line_blocks(text, block.where, f"t{index}")
        out += [block] if found is None else found
    return out
