"""A grant-management system's printed preview of an application: each item is its prompt,
then what the system knows of the answer ("Options: Yes / No", "Options: Date", "Maximum 60
characters", "Maximum 250 words"), then "Response:" and the answer so far, or the system's
word for none ("No file uploaded", "Unticked", "No rows entered"). Portals (Flexigrant,
SmartSimple, Submittable and the councils' own) print drafts this way, and applicants are
sent the printout to prepare their answers.

"Response:" is where the applicant writes, so every item would read as a question. Here an
item whose answer is a choice, a date, a number, a sum, a tick or a table of rows is a field;
so is an item whose box takes only a few characters (a name, a postcode, a title: as a PDF
field's ``MaxLen`` under ``LONG_CHARS``), and an item answered with a file is an upload.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, FILE, TEXT, Block
from grantcheck.documents.lazy import lazy
from grantcheck.documents.phrases import sentences

# the system's note of the kind of answer: "Options: Yes / No", "Answer type: Date"
OPTIONS = lazy(
    lambda: re.compile(
        r"^(?:options?|answer\s+type|field\s+type|response\s+type|input\s+type|format)\s*:\s*\S",
        re.IGNORECASE,
    )
)
# a character limit on its own line: "Maximum 60 characters", "Max 100 characters"
CHARACTERS = lazy(
    lambda: re.compile(
        # (the colon takes the white space after it: "\s*:?\s*" split a run every way)
        r"^(?:max(?:imum)?\.?|up\s+to|limit(?:ed)?\s+to)\s*(?::\s*)?([\d,]{1,6})\s*(?:characters?|"
        r"chars?)"
        r"\.?$",
        re.IGNORECASE,
    )
)
MARKER = lazy(
    lambda: re.compile(r"^(?:response|your\s+response|answer|your\s+answer)\s*:$", re.IGNORECASE)
)
# the preview's word for an answer not given yet
NO_FILE = lazy(
    lambda: re.compile(
        r"^\(?no\s+(?:files?|attachments?|documents?)\s+(?:uploaded|chosen|selected|attached|added)"
        r"\)?\.?$",
        re.IGNORECASE,
    )
)
NO_VALUE = lazy(
    lambda: re.compile(
        r"^\(?(?:un(?:ticked|checked|answered|selected)|not\s+(?:ticked|checked|answered|selected|"
        r"provided|completed)|no\s+(?:rows?(?:\s+entered|\s+added)?|response|answer|selection)|"
        r"blank|none\s+entered)\)?\.?$",
        re.IGNORECASE,
    )
)
LONG_CHARS = 200  # characters: a box for fewer takes a name or a title, not prose (pdf_reader)
ENOUGH = 3  # "Response:" lines: fewer, and a document is not such a printout


def preview(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a printed preview's items read as fields, questions and uploads
    (unchanged when fewer than ``ENOUGH`` blocks are a bare "Response:")."""
    marks = [
        b.kind == TEXT and len(b.text) < 20 and MARKER.match(b.text) is not None for b in blocks
    ]
    if sum(marks) < ENOUGH:
        return blocks
    out: list[Block] = []
    kind: str | None = None  # the item's answer is a field (its options or a short box)
    chars: int | None = None
    for i, block in enumerate(blocks):
        text = block.text
        if block.kind == TEXT and OPTIONS.match(text):
            kind = FIELD  # "Options: Currency": a value to fill in, not prose
            continue
        short = CHARACTERS.match(text) if block.kind == TEXT else None
        size = int(short[1].replace(",", "")) if short else None
        if size is not None and size < LONG_CHARS:
            kind, chars = FIELD, size  # a name's or a title's box
            continue
        if marks[i]:
            after = blocks[i + 1].text if i + 1 < len(blocks) else ""
            if NO_FILE.match(after):
                out.append(_upload(out, block))
            elif kind is not None or NO_VALUE.match(after):
                out.append(Block(FIELD, "", block.where, max_chars=chars))
            else:
                out.append(block)  # the answer space of a question
            kind = chars = None
            continue
        if block.kind == TEXT and (NO_FILE.match(text) or NO_VALUE.match(text)):
            continue  # the empty answer, already read with its "Response:"
        out.append(block)
    return out


def _upload(out: list[Block], response: Block) -> Block:
    """An item answered with a file: its prompt's first sentence names the document (a "*" in
    it: every applicant sends it), and the rest is the help read with the upload ("If your
    group is new, upload a budget instead")."""
    first, *rest = sentences(out[-1].text) if out and out[-1].kind == TEXT else [""]
    if rest:
        prompt = out.pop()
        out += [Block(TEXT, first, prompt.where), Block(TEXT, " ".join(rest), prompt.where)]
    return Block(FILE, first, response.where, required="*" in first)
