"""Words that stand in an empty answer box until the applicant types over them: Word's content
control prompt ("Click or tap here to enter text."), a template's "[Insert text here]", a form
builder's "Your answer" printed under each question, "dd/mm/yyyy" in a date box. They are the
box, not the form's words: read as words, a question has no answer space ("Your answer" ends
its sentence) and "Name: [Insert text here]" is prose.

Every reader passes its blocks through ``boxes``: a block that is only such words becomes the
answer space (or, for a date or a choice, the field) it stands for, and "Label: [Insert ...]"
becomes the label and its box. The test is on the block's last word first, so a block of prose
costs a string split and a set look-up.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block

# the last word of every placeholder below (lower case, stops and brackets stripped)
LAST = frozenset(("here", "text", "answer", "date", "item", "yyyy", "response", "details", "email"))
# prompts a box shows while it is empty, said in full (stops and brackets stripped)
SPACE_WORDS = re.compile(
    r"^(?:click\s+(?:or\s+tap\s+)?here\s+to\s+(?:enter|add|type)\s+text|your\s+answer"
    r"|(?:enter|type|write)\s+your\s+(?:answer|response)(?:\s+here)?|long\s+answer\s+text"
    r"|short\s+answer\s+text|(?:insert|enter|type|add|write)\s+(?:your\s+)?(?:text|answer|"
    r"response|details)(?:\s+here)?|type\s+here|text\s+here|insert\s+here)$",
    re.IGNORECASE,
)
FIELD_WORDS = re.compile(
    r"^(?:click\s+(?:or\s+tap\s+)?(?:here\s+)?to\s+enter\s+a\s+date|choose\s+an\s+item|"
    r"dd\s*/\s*mm\s*/\s*yy(?:yy)?|select\s+(?:a\s+)?date|your\s+email)$",
    re.IGNORECASE,
)
# a template's bracketed instruction to replace it: "[Insert text here]", "<Enter details>",
# "[Type the name of your project]", "[Add text]"
BRACKETED = re.compile(
    r"^[\[<{](?:please\s+)?(?:insert|enter|type|add|write|click|tap|replace)\b[^\]>}]{0,60}[\]>}]$",
    re.IGNORECASE,
)
# a label with the placeholder after it: "Name of organisation: [Insert text here]"
LABELLED = re.compile(r"^(?P<label>.{1,200}?)\s*(?P<box>[\[<{][^\[<{]{1,62})$")
STOPS = " .:!*\u2026"
HELP_LINES = 4  # lines of help a card may have between its title and its box


def _shown(text: str) -> str | None:
    """SPACE or FIELD when ``text`` is only the words an empty box shows, else None."""
    bare = text.strip(STOPS)
    if BRACKETED.match(bare):
        inner = bare[1:-1].strip(STOPS)
        return FIELD if FIELD_WORDS.match(inner) else SPACE
    bare = bare.strip("[]<>{}()" + STOPS)
    if FIELD_WORDS.match(bare):
        return FIELD
    return SPACE if SPACE_WORDS.match(bare) else None


def box(block: Block) -> list[Block] | None:
    """The blocks ``block`` stands for when it is, or ends with, an empty box's words; None
    when it is words of the form (nearly every block: its last word is not one of ``LAST``)."""
    text = block.text
    if block.kind != TEXT or not text or len(text) > 300 or text[0].islower():
        return None  # (a box's words start as a label does: "your answer." ends a sentence)
    words = text.rsplit(None, 1)
    last = words[-1].strip(STOPS + "[]<>{}()").lower() if words else ""
    if last not in LAST:
        return None
    kind = _shown(text)
    if kind is not None:
        return [Block(kind, "", block.where)]
    m = LABELLED.match(text.rstrip(" ."))
    if m is None or (kind := _shown(m["box"])) is None:
        return None
    label = m["label"].strip()
    if not any(c.isalnum() for c in label):
        return [Block(kind, "", block.where)]
    # a box on the label's own line is a short one, as "Name: ______" (a prompt asking for
    # prose with a limit still reads as a question over it)
    return [
        Block(TEXT, label, block.where, heading=block.heading, item=block.item),
        Block(FIELD, "", block.where),
    ]


def cards(blocks: list[Block]) -> list[Block]:
    """A printed online form's cards: a title marked required ("What do you want to do? *"),
    the card's help ("Please keep it under 250 words.") and the empty box. The help is the
    box's (its limit with it), never a prompt of its own."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == SPACE and not block.text:
            k, helps = len(out) - 1, 0
            while k >= 0 and out[k].kind == TEXT and not out[k].text.endswith("*"):
                if helps == HELP_LINES:
                    break
                k, helps = k - 1, helps + 1
            if helps and k >= 0 and out[k].kind == TEXT and out[k].text.endswith("*"):
                block = Block(SPACE, " ".join(h.text for h in out[k + 1 :]), block.where)
                del out[k + 1 :]
        out.append(block)
    return out
