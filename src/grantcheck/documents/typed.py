"""An online form's questions written out item by item with the answer each takes: a portal's
"export questions" file or a print preview ("3.2 Describe your project / Answer type:
Paragraph text (max 2,000 characters) / Required: Yes").

Such a document is the form itself (the only written form the applicant has), so its items
are read as a form's: the answer type is the item's box. A free-text type ("Paragraph text",
"Long answer", "Text area") is room to write, with the limit it states; a value's type
("Short text", "Yes / No", "Date", "Currency", "Choose one") is a field; "Text" alone is
either, as the limit written with it says; an upload is a document to send (read by the
requirements), not a box. The lines about the item that follow
("Required: Yes", "Help text: ...", "Shown if: 3.6 = Yes") are not prompts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.answers import ROOMY
from grantcheck.documents.blocks import SPACE, Block
from grantcheck.documents.cells import same_row
from grantcheck.documents.phrases import says_open
from grantcheck.documents.plain import Plain

TYPE_KEYS = ("ype", "YPE")  # a quick test before TYPE_SAID
# "Answer type: ...", "- *Response type:* ...", "Field type - ..." anywhere in a block (a text
# export may run an item's lines together: "3.2 Summarise it. Answer type: Paragraph text")
TYPE_SAID = re.compile(  # (not from inside a run of white space: each start read it to its end)
    r"(?:^|(?<=\s)(?:(?<!\s\s)|(?!\s)))[-*•]?\s*\**"
    r"(?:answer|response|field|input|question)\s+type\**\s*[:–-]\s*\**\s*",
    re.IGNORECASE,
)
# "Type:" alone, as an export lists each item's attributes ("[Q10] Tell us ... / Type: Long
# text (max 400 words)   Required: Yes"): an answer type only when a form's answer type
# follows, so an organisation's "Type: Registered charity" is not one
BARE_TYPE = re.compile(
    r"(?:^|(?<=\s))\**type\**\s*:\s*\**\s*(?=(?:long|short|single|multi|paragraph|free|rich|"
    r"large|extended|text|email|e-mail|phone|telephone|currency|number|numeric|date|yes\s*/\s*no|"
    r"choice|dropdown|drop-down|check\s*box|checkbox|radio|address|url|file|upload)\b)",
    re.IGNORECASE,
)
# what follows the type on the same line: the item's other lines, run together
AFTER_TYPE = re.compile(
    r"\s\**(?:required|mandatory|help\s+text|hint|shown\s+if|only\s+shown|options|guidance|"
    r"description|validation|displayed\s+when|scored|panel\s+note)\**\s*:",
    re.IGNORECASE,
)
FREE_TEXT = re.compile(
    r"^(?:paragraph|long\s+(?:text|answer)|multi-?\s*line|multiple\s+lines|text\s*area|"
    r"textarea|essay|free\s+text|rich\s+text|large\s+text|extended\s+text|memo)",
    re.IGNORECASE,
)
UPLOAD = re.compile(r"^(?:file|upload|attachment|document)", re.IGNORECASE)
# "Text" alone, as a sourcing portal names every typed answer ("Response type: Text. Max
# characters: 6000."): not a kind of box, long or short; the limit written with it says which
PLAIN_TEXT = re.compile(r"^text\b(?!\s*(?:area|box|field|input|entry))[\s.;,]*", re.IGNORECASE)
# an item's other lines in such a document: about the item, never a prompt of their own (the
# bullet takes the white space after it: "^\s*[-*•]?\s*" split a run of spaces every way)
ABOUT_ITEM = re.compile(
    r"^\s*(?:[-*•]\s*)?\**(?:required|mandatory|help\s+text|hint|shown\s+if|only\s+shown\s+if|"
    r"options|validation|displayed\s+when|scored|panel\s+note)\**\s*:",
    re.IGNORECASE,
)
BOX, FIELD_TYPE, FILE_TYPE = "box", "field", "file"
# placeholder text a Word template puts in the answer cell, to be typed over: "Type here -
# maximum 250 words", "Type a number", "Click to enter a date", "Enter the amount"
TYPE_OVER = re.compile(
    r"^(?:please\s+)?(?:(?:type|write|enter)\s+(?:here|a|an|the|your|in)|click(?:\s+or\s+tap)?"
    r"(?:\s+here)?\s+to\s+(?:enter|type|add|choose|select))\b"
)
TYPE_OVER_FIRST = frozenset("twecp")  # (a quick test before TYPE_OVER: its first letters)
VALUE_OVER = re.compile(r"\b(?:number|date|amount|figure|sum|total|£|postcode|email|phone)\b")


def answer_type(text: str, bare: bool = True) -> tuple[str, str, str] | None:
    """The words before an answer type (an item's prompt, when run together with it), what
    the type makes of the item (BOX, FIELD_TYPE or FILE_TYPE), and the type as written; with
    ``bare``, a type said as "Type:" alone counts too."""
    if not any(key in text for key in TYPE_KEYS):
        return None
    said = TYPE_SAID.search(text) or (BARE_TYPE.search(text) if bare else None)
    if said is None:
        return None
    rest = text[said.end() :]
    end = AFTER_TYPE.search(rest)
    written = rest[: end.start()] if end else rest
    written = written.strip(" *")
    if not written:
        return None
    kind = BOX if FREE_TEXT.match(written) else FILE_TYPE if UPLOAD.match(written) else FIELD_TYPE
    return text[: said.start()].strip(), kind, written


def about_item(text: str) -> bool:
    """Whether a line is one of a listed item's lines about it ("Required: Yes")."""
    return ":" in text and ABOUT_ITEM.match(text) is not None


class Typed(Plain):
    """The walk's reading of an item written out with its answer type (questions.Reader's)."""

    def _typed(self, block: Block, before: str, kind: str, written: str) -> None:
        """An item of a form written out with the answer it takes (typed.py): the words
        before the type, if any, are its prompt; a free-text type is its box, a value's type
        its field. The document is the form itself, so its items are asked here."""
        self.typed, self.elsewhere = True, False
        if before:
            self.feed(replace(block, text=before))
        p = self.pending
        if p is None:
            return
        if kind == FIELD_TYPE and (roomy := self._roomy_text(written)) is not None:
            p.limit, p.open = p.limit or roomy[0], p.open or roomy[1]
            return  # (the box that follows, a textarea, is its answer's; else its limit tells)
        if kind == BOX:
            self._space(Block(SPACE, written, block.where))
        else:
            self.pending = None
            if kind == FIELD_TYPE:  # (an upload is a document to send: the requirements')
                self.fields.append(self.evidence(p.block, p.text))
                self._numbered(p.text)
                self.labelled = self.previous  # (its own control, if one follows: this field)

    def _roomy_text(self, written: str) -> tuple[tuple[int, str] | None, bool] | None:
        """Whether an answer typed as "Text" alone is room for prose: its limit, written after
        the type, holds a paragraph (``ROOMY`` words or more: "Text. Max characters: 6000."), or
        the words there say it has none ("Text. There is no character limit"); if so, that
        limit and whether it is none. With no limit, or a short one ("Text. Max characters:
        100."), it is a value's box, a field (None)."""
        plain = PLAIN_TEXT.match(written)
        rest = written[plain.end() :] if plain is not None else ""
        if not rest:
            return None
        limit = self.limit(rest)
        if limit is not None:
            return (limit, False) if limit[0] >= ROOMY else None
        return (None, True) if says_open(rest) else None

    def _typed_over(self, block: Block, bare: str) -> bool:
        """Whether ``block`` (``bare``: its words, lower-cased) is a template's placeholder in
        the answer cell beside the waiting prompt, to be typed over: the cell is the prompt's
        box, with the limit its words state; a placeholder naming a value ("Type a number",
        "Click to enter a date") makes the box that value's field."""
        p = self.pending
        if (
            p is None
            or bare[:1] not in TYPE_OVER_FIRST
            or len(bare) > 80
            or not same_row(p.block, block)
            or TYPE_OVER.match(bare) is None
        ):
            return False
        if VALUE_OVER.search(bare) is not None:
            self.pending = None
            self.fields.append(self.evidence(p.block, p.text))
            self._numbered(p.text)
        else:
            self._space(Block(SPACE, block.text, block.where))
        return True
