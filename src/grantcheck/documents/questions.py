"""Questions and fields, from blocks of any format.

A prompt (a text block) becomes a question when it asks for prose (numbered, ends
with "?", or starts with a cue such as "Describe") and has an answer space after it
(an empty cell, ruled lines, a textarea or long text field) or states a limit. A
prompt whose words are a contact or organisation detail, a sum or a date, followed by
a space or a control, is a field; so is every control, tick-box group and signature.
Text between a prompt and its space (guidance on the question) stays with the prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grantcheck.documents.blocks import FIELD, FILE, SIGNATURE, SPACE, TEXT, Block, clip
from grantcheck.documents.facts import Evidence, Question
from grantcheck.documents.phrases import NUMBERED, find_limit
from grantcheck.documents.vocab import Vocabulary

SUBITEM = re.compile(r"^\s*\(?[a-h]\)\s|^\s*\(?[ivx]{1,4}\)\s", re.IGNORECASE)
NUMBERED_PREFIX = re.compile(
    r"^\s*(?:q(?:uestion)?\s*)?(?:[a-z]?\d{1,3}(?:\.\d+)*)?\s*(?:\([a-z]\))?[.):]?\s*",
    re.IGNORECASE,
)
YES_NO = re.compile(  # Welsh: a yw, ydy, a oes, oes, a ydych, ydych, a fydd, a wnaeth
    r"^(?:is|are|do|does|have|has|will|can|did|was|were|a yw|ydy|a oes|oes|a ydych|ydych|"
    r"a fydd|a wnaeth)(?:\s|['’]r\s)",
    re.IGNORECASE,
)
# "... other sources? Yes / No": the choices a yes/no question offers, after its "?"
CHOICES = re.compile(
    r"(?<=\?)[\s☐□]*(?:yes|ydy|oes|ydw)[\s☐□]*(?:/|or|neu)?[\s☐□]*(?:no|nac ydy|nac oes|nac ydw)"
    r"[\s☐□]*(?:\((?:please )?(?:circle|tick|delete)[^)]*\)|\(rhowch gylch[^)]*\))?\s*$",
    re.IGNORECASE,
)
SHORT = 14  # words: a field label is short; a prompt this long asks for prose


@dataclass(slots=True)
class _Prompt:
    block: Block
    text: str
    limit: tuple[int, str] | None


class Reader:
    """Walks the blocks once, pairing prompts with the spaces after them."""

    def __init__(self, name: str, vocab: Vocabulary, words_per_page: float, cpw: float) -> None:
        self.name, self.vocab, self.wpp, self.cpw = name, vocab, words_per_page, cpw
        self.questions: list[Question] = []
        self.fields: list[Evidence] = []
        self.groups: set[str] = set()
        self.pending: _Prompt | None = None
        self._asks: dict[str, bool] = {}
        self.each: tuple[int, str] | None = None  # a limit for each part of a question
        self._label: dict[str, bool] = {}

    def limit(self, text: str) -> tuple[int, str] | None:
        return find_limit(text, self.vocab.units, self.wpp, self.cpw)

    def asks_prose(self, text: str) -> bool:
        if text not in self._asks:
            self._asks[text] = self._asks_prose(text)
        return self._asks[text]

    def is_field_label(self, text: str) -> bool:
        if text not in self._label:
            self._label[text] = self._is_field_label(text)
        return self._label[text]

    def _asks_prose(self, text: str) -> bool:
        return bool(
            NUMBERED.match(text)
            or text.rstrip().endswith("?")
            or self.vocab.question.search(text[:80])
        )

    def _is_field_label(self, text: str) -> bool:
        words = len(text.split())
        bare = CHOICES.sub("", NUMBERED_PREFIX.sub("", text).strip())
        if (
            YES_NO.match(bare)
            and bare.endswith("?")
            and not self.vocab.strong.search(text)
            and not self.limit(text)
        ):
            return True  # "Is your group a registered charity?": a yes/no field
        return (
            words <= SHORT
            and bool(self.vocab.field.search(text))
            and not self.vocab.strong.search(text)
        )

    def evidence(self, block: Block, words: str) -> Evidence:
        return Evidence(self.name, block.where, clip(words))

    def feed(self, block: Block) -> None:
        if block.kind == TEXT:
            bare = block.text.strip(" _*:.-–>").lower()
            if bare in self.vocab.answer_markers and block.text.rstrip(" _*").endswith(":"):
                # "Answer:": where the applicant writes
                self._space(Block(SPACE, "", block.where))
            elif (
                CHOICES.search(block.text)
                and not any(box in block.text for box in ("☐", "□", "☑", "☒", "[ ]"))
                and self.is_field_label(block.text)
            ):  # (with tick boxes, the boxes are the field)
                self._drop()  # "Registered charity?  Yes / No (please circle)": a choice to make
                self.fields.append(self.evidence(block, block.text))
            elif (
                block.text.rstrip().endswith((":", "£", "GBP"))
                and self.is_field_label(block.text)
                and not self.asks_prose(block.text.lstrip("-*•0123456789.) "))
            ):
                self._drop()  # "Organisation name:" with nothing after it: a field to fill in
                self.fields.append(self.evidence(block, block.text))
            else:
                self._text(block)
        elif block.kind == SPACE:
            self._space(block)
        elif block.kind in (FIELD, SIGNATURE):
            self._field(block)
        elif block.kind == FILE:
            self._drop()

    def finish(self) -> None:
        self._drop()

    def _drop(self) -> None:
        """A prompt with no space: a question only if it states a limit and asks for prose."""
        p, self.pending = self.pending, None
        if p and p.limit and self.asks_prose(p.text) and not self.is_field_label(p.text):
            self._question(p)

    def _text(self, block: Block) -> None:
        text, limit = block.text, self.limit(block.text)
        p = self.pending
        if (
            p
            and not block.heading
            and not self.asks_prose(text)
            and not self.is_field_label(text)
            and self.asks_prose(p.text)
            and not self.is_field_label(p.text)
            and len(p.text) < 600
        ):
            p.text = f"{p.text} {text}"  # guidance on the same question, or its limit
            p.limit = p.limit or limit
            return
        if (
            p is not None
            and SUBITEM.match(text)
            and not SUBITEM.match(p.text)
            and self.asks_prose(p.text)
        ):
            # "4. Tell us (100 words each): (a) ... (b) ...": the parts are the questions
            self.pending, self.each = (
                None,
                p.limit if p.limit and " each" in p.text.lower() else None,
            )
        else:
            if not SUBITEM.match(text):
                self.each = None
            self._drop()
        self.pending = _Prompt(block, text, limit or (self.each if SUBITEM.match(text) else None))

    def _space(self, block: Block) -> None:
        p = self.pending
        if p is None and block.text:
            p = _Prompt(block, block.text, self.limit(block.text))
        if p is None:
            return  # an empty cell with no prompt: padding, or a second box for one answer
        self.pending = None
        chars = (
            (int(block.max_chars / self.cpw + 0.5), f"{block.max_chars} characters")
            if block.max_chars
            else None
        )
        limit = p.limit or (self.limit(block.text) if block.text else None) or chars
        if self.is_field_label(p.text) and not p.limit:
            self.fields.append(self.evidence(block, p.text))
        else:
            self._question(_Prompt(p.block, p.text, limit))

    def _field(self, block: Block) -> None:
        if block.text and block.text.strip(" _*:.-–>").lower() in self.vocab.answer_markers:
            self._space(Block(SPACE, "", block.where))  # "Answer: ______": an answer space
            return
        p, self.pending = self.pending, None
        if (
            p is not None
            and not self.is_field_label(p.text)
            and p.limit
            and self.asks_prose(p.text)
        ):
            self._question(p)  # a prompt with a limit, then an unrelated control
        if block.group:
            if block.group in self.groups:
                return
            self.groups.add(block.group)
        label = block.text or (p.text if p else "")
        self.fields.append(self.evidence(block, label or block.kind))

    def _question(self, p: _Prompt) -> None:
        if p.limit is None and self.each is not None and SUBITEM.match(p.text):
            p = _Prompt(p.block, p.text, self.each)  # "(b) ..." under "(100 words each)"
        elif not SUBITEM.match(p.text):
            self.each = p.limit if p.limit and " each" in p.text.lower() else None
        limit = p.limit
        self.questions.append(
            Question(
                clip(p.text, 120),
                limit[0] if limit else None,
                limit[1] if limit else None,
                self.evidence(p.block, p.text),
            )
        )


def questions_and_fields(
    name: str,
    blocks: list[Block],
    vocab: Vocabulary,
    words_per_page: float,
    characters_per_word: float,
) -> tuple[list[Question], list[Evidence]]:
    reader = Reader(name, vocab, words_per_page, characters_per_word)
    for block in blocks:
        reader.feed(block)
    reader.finish()
    return reader.questions, reader.fields
