"""Words that stand in an empty answer box until the applicant types over them: Word's content
control prompt ("Click or tap here to enter text.", "Choose an item."), a form builder's "Your
answer" printed under each question, "dd/mm/yyyy" in a date box. They are the box, not the
form's words: read as words, a question has no answer space, and a printed "Your answer" is
joined to the sentence above it as if the line had wrapped. (A template's bracketed
placeholder, "[Insert text here]", alone or after its label, is read with the questions:
shapes.FILL_IN.)

Each reader tests its lines with ``box`` before joining wrapped lines: a block that is only
such words becomes the answer space (or, for a date or a choice, the field) it stands for. The
test is on the block's length and last word first, so a line of prose costs a split.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block
from grantcheck.documents.lazy import lazy

# the parts of a date written as three boxes or inputs (day, month, year): one field, not three
DATE_PARTS = {"day", "month", "year", "dd", "mm", "yy", "yyyy", "diwrnod", "mis", "blwyddyn"}
# the last word of every placeholder below (lower case, stops stripped)
LAST = frozenset(("here", "text", "answer", "date", "item", "yyyy", "response", "details", "email"))
# prompts a box shows while it is empty, said in full (stops stripped)
SPACE_WORDS = lazy(
    lambda: re.compile(
        r"^(?:click\s+(?:or\s+tap\s+)?here\s+to\s+(?:enter|add|type)\s+text|your\s+answer"
        r"|(?:enter|type|write)\s+your\s+(?:answer|response)(?:\s+here)?|long\s+answer\s+text"
        r"|(?:your\s+)?(?:answer|response)\s+here"
        r"|short\s+answer\s+text|(?:insert|enter|type|add|write)\s+(?:your\s+)?(?:text|answer|"
        r"response|details)(?:\s+here)?|type\s+here|text\s+here|insert\s+here)$",
        re.IGNORECASE,
    )
)
FIELD_WORDS = lazy(
    lambda: re.compile(
        r"^(?:click\s+(?:or\s+tap\s+)?(?:here\s+)?to\s+enter\s+a\s+date|choose\s+an\s+item|"
        r"dd\s*/\s*mm\s*/\s*yy(?:yy)?|select\s+(?:a\s+)?date|your\s+email)$",
        re.IGNORECASE,
    )
)
STOPS = " .:!*\u2026"
LONGEST = 40  # characters: the longest placeholder above, with room to spare
HELP_LINES = 4  # lines of help a card may have between its title and its box


def _shown(text: str) -> str | None:
    """SPACE or FIELD when ``text`` is only the words an empty box shows, else None."""
    bare = text.strip(STOPS)
    if FIELD_WORDS.match(bare):
        return FIELD
    return SPACE if SPACE_WORDS.match(bare) else None


def box(block: Block) -> Block | None:
    """The answer space or field ``block`` stands for when it is only an empty box's words;
    None when it is words of the form (nearly every block: too long, or its last word is not
    one of ``LAST``)."""
    text = block.text
    if block.kind != TEXT or not text or len(text) > LONGEST or text[0].islower():
        return None  # (a box's words start as a label does: "your answer." ends a sentence)
    words = text.rsplit(None, 1)  # (none in a block of spaces alone)
    if not words or words[-1].strip(STOPS).lower() not in LAST:
        return None
    kind = _shown(text)
    return None if kind is None else Block(kind, "", block.where)


def cards(blocks: list[Block]) -> list[Block]:
    """A printed online form's cards: a title marked required ("What do you want to do? *"),
    the card's help ("Please keep it under 250 words.") and the empty box. The help is the
    box's (its limit with it), never a prompt of its own."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == SPACE and not block.text:
            k, helps = len(out) - 1, 0
            while k >= 0 and out[k].kind == TEXT and not _required(out[k].text):
                if helps == HELP_LINES:
                    break
                k, helps = k - 1, helps + 1
            if helps and k >= 0 and out[k].kind == TEXT and _required(out[k].text):
                block = Block(SPACE, " ".join(h.text for h in out[k + 1 :]), block.where)
                del out[k + 1 :]
        out.append(block)
    return out


def _required(text: str) -> bool:
    """Whether a line ends with a required mark ("What do you want to do? *", "Name*"), not with
    the star closing a Markdown italic note ("Yes / No *(delete as appropriate)*"): that star
    ends a span its partner opens, a letter or a bracket next to each."""
    if not text.endswith("*") or text.endswith(("**", " *")):
        return text.endswith("*")
    opened = text.rfind("*", 0, len(text) - 1)
    return not (
        opened >= 0
        and text[opened + 1] not in " *"
        and (opened == 0 or text[opened - 1] != "*")
        and not text[-2].isspace()
    )
