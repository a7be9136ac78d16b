"""What the reader learns from the whole document before its walk: each table's header row,
the columns of tick boxes in a documents table and those the council keeps for office use,
an online form's printed empty uploads, and a PDF page's bare labels. (Limits the document
states away from their questions, by number or in a table of references: referred_limits.py.)
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, FILE, TEXT, Block
from grantcheck.documents.cells import column
from grantcheck.documents.prompts import Prompts
from grantcheck.documents.shapes import OFFICE
from grantcheck.documents.vocab import Vocabulary

SUM_HEAD_WORDS = 4  # words: a column's heading this short naming "£" heads a column of sums

# a printed online form's empty upload: "No file uploaded", "No file chosen"
NO_FILE = re.compile(r"^\s*no\s+files?\s+(?:uploaded|chosen|selected|attached|added)\b", re.I)
LABEL_SKIP = re.compile(r"^\s*(?:[-*•▪]|\(?[0-9]{1,2}[.)]|section|part|stage)\s", re.I)


# a documents table's column headed with the mark to write in it: "Y", "X", "Y/N"
MARKS = {"Y", "X", "Y/N", "Y / N"}


def header_rows(blocks: list[Block]) -> list[tuple[object, list[Block]]]:
    """Each table's header row: its first row of two or more cells with words."""
    rows: dict[tuple[object, object], list[Block]] = {}
    for b in blocks:
        if len(b.where) < 3 or b.kind != TEXT:
            continue  # (a page and line, a paragraph, an element: not a table cell)
        place = dict(b.where)
        if "row" in place and "table" in place:
            rows.setdefault((place["table"], place["row"]), []).append(b)
    out: list[tuple[object, list[Block]]] = []
    seen: set[object] = set()
    for (table, _), cells in rows.items():
        if table not in seen and len(cells) >= 2:
            seen.add(table)
            out.append((table, cells))
    return out


def tick_columns(
    heads: list[tuple[object, list[Block]]], vocab: Vocabulary
) -> dict[tuple[object, object], str]:
    """Columns headed "Attached", "Enclosed" or "Tick" (``heads``: header_rows)."""
    out: dict[tuple[object, object], str] = {}
    for table, cells in heads:
        for cell in cells:
            bare = cell.text.strip(" ()[]:*")
            if bare in MARKS or (len(bare.split()) <= 3 and vocab.tick_column.search(bare)):
                out[column(cell.where)] = f"ticks {table} {dict(cell.where).get('cell')}"
    return out


def sum_columns(heads: list[tuple[object, list[Block]]]) -> set[tuple[object, object]]:
    """Columns headed with a sum's unit ("Cost (£)", "Amount £", "£"; ``heads``: header_rows):
    an empty cell under one is a sum to write, whatever its row's label asks ("Other (please
    say what) | [ ]" in a costs table names the cost, and the cost is written in the cell)."""
    return {
        column(cell.where)
        for _, cells in heads
        for cell in cells
        if "£" in cell.text and len(cell.text.split()) <= SUM_HEAD_WORDS
    }


def uploads_shown(blocks: list[Block], vocab: Vocabulary) -> list[Block]:
    """Blocks as read, but where a printed online form shows an answer place ("Response:") and
    under it "No file uploaded", the place is an upload: what is above it names a document to
    send, not a question."""
    out: list[Block] = []
    for b in blocks:
        if b.kind == TEXT and "file" in b.text and NO_FILE.match(b.text):
            last = out[-1] if out else None
            if (
                last is not None
                and last.kind == TEXT
                and last.text.strip(" :").lower() in vocab.answer_markers
            ):
                out.pop()  # "Response:" over it: the upload's place, not an answer space
            out.append(Block(FILE, b.text, b.where))
        else:
            out.append(b)
    return out


def office_columns(blocks: list[Block]) -> tuple[set[tuple[object, object]], set[object]]:
    """Columns a table heads "Office use" (not its first: "Question | Answer | Office use /
    Score 0-5") and the rows those heads are in: the council's cells, and a header row whose
    other cells are empty (no answer box for the title above the table)."""
    columns: set[tuple[object, object]] = set()
    rows: set[object] = set()
    for b in blocks:
        if b.kind != TEXT or len(b.where) < 3 or len(b.text) >= 60:
            continue
        if ("ffice" in b.text or "FFICE" in b.text or "wyddfa" in b.text) and OFFICE.search(b.text):
            place = dict(b.where)
            if place.get("cell", 1) != 1 and "row" in place:
                columns.add(column(b.where))
                rows.add((place.get("table"), place["row"]))
    return columns, rows


def _bare_label(block: Block, reader: Prompts) -> bool:
    """A PDF line that is only a field's label ("Postcode"): its box is drawn, not text."""
    text = block.text.strip()
    return (
        block.kind == TEXT
        and not block.heading
        and block.where[:1] != ()
        and block.where[0][0] == "page"
        and not text.endswith((".", "?", ":", ";", ","))  # (quick tests first: most prose)
        and len(text.split(None, 5)) <= 5
        and not LABEL_SKIP.match(text)
        and reader.is_field_label(text)
    )


def bare_labels(blocks: list[Block], reader: Prompts) -> list[Block]:
    """Blocks as read, but where two or more bare labels follow one another on a PDF page
    ("Organisation name", "Contact name", "Email"), each with no control after it, on a page
    with no form fields, each is a field: the boxes beside them are drawn, and text extraction
    does not see them. So is a label with its answer rule drawn (Block.ruled), unless it names a
    document: "Your latest accounts" and a rule to write the date sent is a document to send."""
    bare = [False] * len(blocks)
    # a fillable page's labels name its own fields (the widgets): only a printed page's boxes
    # are invisible
    fillable = {b.where[0] for b in blocks if b.kind != TEXT and "element" in dict(b.where)}
    for i, block in enumerate(blocks):
        if _bare_label(block, reader) and block.where[0] not in fillable:
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            bare[i] = after is None or after.kind == TEXT
    out = list(blocks)
    for i, block in enumerate(blocks):
        near = (i > 0 and bare[i - 1]) or (i + 1 < len(blocks) and bare[i + 1])
        if (bare[i] and near) or (block.ruled and not reader.vocab.kinds.names(block.text)):
            out[i] = Block(FIELD, block.text, block.where)  # (a label and its rule: a field's)
    return out
