"""Questions and fields, from blocks of any format.

A prompt (a text block) becomes a question when it asks for prose (numbered, ends
with "?", or starts with a cue such as "Describe") and has an answer space after it
(an empty cell, ruled lines, a textarea or long text field) or states a limit. A
prompt whose words are a contact or organisation detail, a sum or a date, followed by
a space or a control, is a field; so is every control, tick-box group and signature.
Text between a prompt and its space (guidance on the question) stays with the prompt.
"""

from __future__ import annotations

from dataclasses import dataclass

from grantcheck.documents.blocks import (
    FIELD,
    FILE,
    SIGNATURE,
    SPACE,
    TEXT,
    Block,
    Location,
    clip,
)
from grantcheck.documents.cells import column, container, heads_column, same_row
from grantcheck.documents.facts import Evidence, Question
from grantcheck.documents.prepass import (
    QUESTION_NUMBER,
    REFERS,
    bare_labels,
    grids,
    limits_by_number,
    limits_by_ref,
    ref_of,
    tick_columns,
    uploads_shown,
)
from grantcheck.documents.prompts import (
    ANSWER_TYPE,
    CHOICES,
    CUE_WITHIN,
    NUMBERED_PREFIX,
    ONE_VALUE,
    SHORT,
    YES_NO_ASKED,
    Prompts,
)
from grantcheck.documents.shapes import (
    CHOICE_ONLY,
    ELSEWHERE_KEYS,
    OFFICE,
    PLACEHOLDER,
    SUBITEM,
    WRITE_HERE,
    asked_elsewhere,
    boxed,
    twins,
)
from grantcheck.documents.vocab import Vocabulary

UNDER = ("under",)  # an office-use title outside any table: its box is what comes next
ROOMY = 50  # words: a box that holds this many is room for prose, not for a single value
# characters: a control's length this long is a database's or a platform's default (65,535, a
# blog's comment box 65,525, 32,767), not a limit an author set on the answer
NOT_SET = 30000


@dataclass(slots=True)
class _Prompt:
    block: Block
    text: str
    limit: tuple[int, str] | None
    limit_where: Location = ()  # a control's limit (MaxLen, maxlength): the control's place


class Reader(Prompts):
    """Walks the blocks once, pairing prompts with the spaces after them."""

    def __init__(self, name: str, vocab: Vocabulary, words_per_page: float, cpw: float) -> None:
        super().__init__(vocab, words_per_page, cpw)
        self.name = name
        self.questions: list[Question] = []
        self.fields: list[Evidence] = []
        self.groups: set[str] = set()
        self.pending: _Prompt | None = None
        self.each: tuple[int, str] | None = None  # a limit for each part of a question
        self.previous: Block | None = None  # the block before this one
        self.labelled: Block | None = None  # the last block, when it was counted as a field
        self.choice_words = False  # the last block was a yes/no read from its words
        self.tick_columns: dict[tuple[object, object], str] = {}  # (table, cell) -> group
        # "keep your answers to questions 6 to 9 to 250 words": limits given by number
        self.by_number: dict[int, tuple[int, str]] = {}
        self.office: tuple[object, ...] | None = None  # in an office-use box: its page or table
        # "Ref | Criterion | Response limit" tables: each ref's limit, the tables themselves, and
        # the ref whose limit the next question takes ("C1  Service model" over its question)
        self.by_ref: dict[str, tuple[int, str]] = {}
        self.ref_tables: set[object] = set()
        self.ref: str | None = None
        # after "These are the questions on the portal": questions listed, asked elsewhere
        self.elsewhere = False
        self.cues = True  # whether the document has any word such a cue needs (a quick test)
        self.grids: set[object] = set()  # tables that are grids of values under column headings

    def evidence(self, block: Block, words: str) -> Evidence:
        return Evidence(self.name, block.where, clip(words))

    def feed(self, block: Block) -> None:
        if block.hint or self._office(block):
            return  # a box's hint or counter is read with the box (its words carry the limit)
        if self.by_ref:
            if dict(block.where).get("table", False) in self.ref_tables:
                return  # a table of the limits, apart from the questions: nothing to fill in
            ref = ref_of(block.text) if block.kind == TEXT else None
            if ref and ref in self.by_ref:
                self._drop()
                self.ref = ref  # "C1  Service model and delivery": the question below is C1's
                if not self.asks_prose(NUMBERED_PREFIX.sub("", block.text, count=1)):
                    return  # (a title; "Q2 Explain ..." is the question itself)
        if block.heading and self.elsewhere:
            self._drop()  # the section listing another form's questions ends: its last one too
        if block.kind != TEXT or block.heading:
            self.elsewhere = False  # somewhere to write (the form itself), or a new section
        if self.cues and block.kind == TEXT and any(key in block.text for key in ELSEWHERE_KEYS):
            self.elsewhere = self.elsewhere or bool(self.vocab.elsewhere.search(block.text))
        previous, self.previous = self.previous, block
        labelled, self.labelled = self.labelled, None
        if (
            block.kind == FIELD
            and labelled is not None
            and labelled is previous
            and block.text in ("", labelled.text)
        ):  # "Name of group:" then its one-line box (a web form's, named by that label): the
            return  # label counted it
        if block.kind not in (FIELD, SIGNATURE):
            self.choice_words = False  # (set again below when this block is a yes/no's words)
        if block.kind == TEXT:
            bare = block.text.strip(" _*:.-–>£$€").lower()
            if (
                self.pending is not None
                and len(bare.split()) <= 12
                and self.vocab.space_cue.search(bare)
            ):  # "Continue on a separate sheet if necessary.": under a box drawn on the page
                self._space(Block(SPACE, "", block.where))
                return
            if len(bare) < 60 and "here" in bare and WRITE_HERE.match(bare):
                self._space(Block(SPACE, "", block.where))  # a box holding only "Write here"
                return
            if bare in self.vocab.answer_markers and block.text.rstrip(" _*£$€").endswith(":"):
                # "Answer:" (or "Your answer: £" for a sum): where the applicant writes
                self._space(Block(SPACE, "", block.where))
            elif (
                "?" in block.text
                and CHOICES.search(block.text)
                and not boxed(block.text)
                and self.is_field_label(block.text)
            ):  # (with tick boxes, the boxes are the field)
                self._drop()  # "Registered charity?  Yes / No (please circle)": a choice to make
                if previous is not None and previous.kind == FIELD and previous.group:
                    return  # the words of radio buttons just read: the buttons are the field
                self.fields.append(self.evidence(block, block.text))
                self.choice_words = True
            elif (
                block.text.rstrip().endswith((":", "£", "GBP"))
                and self.is_field_label(block.text)
                and not self.asks_prose(NUMBERED_PREFIX.sub("", block.text.lstrip("-*• ")))
            ):
                self._drop()  # "Organisation name:" with nothing after it: a field to fill in
                self.fields.append(self.evidence(block, block.text))
                self.labelled = block
            else:
                self._text(block)
        elif block.kind == SPACE:
            self._space(block)
        elif block.kind in (FIELD, SIGNATURE):
            self._field(block)
        elif block.kind == FILE:
            self._drop()

    def _office(self, block: Block) -> bool:
        """Whether ``block`` is in a "For office use only" box: the council fills it in, not
        the applicant. The box runs to a heading, another page or table, or prose."""
        if block.kind == TEXT and len(block.text) < 60 and OFFICE.search(block.text):
            self._drop()
            self.office = container(block.where) or UNDER  # (a title over a table: the table)
            return True
        if self.office is None:
            return False
        if self.office == UNDER:
            self.office = container(block.where)
        if (
            block.heading
            or container(block.where) != self.office
            or (block.kind == TEXT and (len(block.text.split()) > SHORT or "?" in block.text))
        ):
            self.office = None
            return False
        return True

    def finish(self) -> None:
        self._drop()

    def _drop(self) -> None:
        """A prompt with no space: a question only if it states a limit and asks for prose."""
        p, self.pending = self.pending, None
        if (
            p
            and (p.limit or self._by_number(p.text))
            and self.asks_prose(p.text)
            and not self.is_field_label(p.text)
        ):
            if self.one_line(p.text, p.limit):
                self.fields.append(self.evidence(p.block, p.text))  # its limit is its box's size
            else:
                self._question(p)

    def _by_number(self, text: str) -> tuple[int, str] | None:
        """The limit notes elsewhere give a numbered prompt ("questions 5 to 7: 1,000
        characters"): the notes say it is answered, where no space is drawn (an email's form)."""
        number = QUESTION_NUMBER.match(text) if self.by_number else None
        return self.by_number.get(int(number[1])) if number else None

    def _text(self, block: Block) -> None:
        text, limit = block.text, self.limit(block.text)
        p = self.pending
        if (
            p is not None
            and same_row(p.block, block)
            and (PLACEHOLDER.match(text) or (limit and len(text.split()) <= 4))
        ):  # "Question | 500 words | [answer]": the limit column, or a dash for none
            p.limit = p.limit or limit
            return
        if (
            p is not None
            and not block.heading
            and (
                (limit and len(text.split(None, 6)) <= 6 and not self.asks_prose(text))
                or (":" in text and ANSWER_TYPE.match(text))
            )
        ):  # "Maximum 100 characters", "Options: Date" under a prompt: its box's limit or kind
            p.text, p.limit = f"{p.text} {text}", p.limit or limit
            return
        if p is not None and YES_NO_ASKED.fullmatch(text) and self.is_field_label(p.text):
            return  # "Write yes or no." under a yes/no question: the space after is its field
        if CHOICE_ONLY.match(text) and not boxed(text):  # "Yes    No": the choice is a field
            self.pending = None
            self.fields.append(self.evidence(block, p.text if p else text))
            return
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
            p.limit = p.limit or (limit if limit and self.bounds(text, limit, p.text) else None)
            return
        if (
            p is not None
            and (limit or (0,))[0] == (p.limit or (0,))[0]
            and twins(p.text, text, limit is not None)
        ):
            return  # the same prompt in the form's other language: one question
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
            if self._titles(p, text, limit):  # "MS1 Service delivery - maximum 2 sides": the
                self.pending, limit = None, limit or (p.limit if p else None)  # question's title
            self._drop()
        self.pending = _Prompt(block, text, limit or (self.each if SUBITEM.match(text) else None))

    def _titles(self, p: _Prompt | None, text: str, limit: tuple[int, str] | None) -> bool:
        """Whether ``p`` is a heading that gives a limit and asks nothing, by a cue or a "?"
        ("MS3 Staffing - weighting 10% - maximum 500 words", "Q2 Delivery (maximum 400
        words)"), and ``text`` the question under it, with no limit of its own: the heading is
        the question's title, and its limit the question's."""
        return (
            p is not None
            and p.limit is not None
            and limit is None
            and p.block.heading
            and "?" not in p.text
            and not self._instructs(p.text[:CUE_WITHIN])
            and not self.is_field_label(p.text)
            and self.asks_prose(text)
            and not self.is_field_label(text)
        )

    def _space(self, block: Block) -> None:
        p = self.pending
        if p is None and block.text:
            p = _Prompt(block, block.text, self.limit(block.text))
        if p is None:
            return  # an empty cell with no prompt: padding, or a second box for one answer
        self.pending = None
        chars = (
            (block.max_words, block.limit_said or f"{block.max_words} words")
            if block.max_words
            else (
                int(block.max_chars / self.cpw + 0.5),
                block.limit_said or f"{block.max_chars} characters",
            )
            if block.max_chars and block.max_chars < NOT_SET
            else None
        )
        limit = p.limit or (self.limit(block.text) if block.text else None) or chars
        if not limit and p.block.kind == TEXT and self.vocab.confirmation.match(p.text):
            return  # "We declare that ...", then the signatories' table: a declaration
        tick = self.tick_columns.get(column(block.where))
        if tick is not None:  # a documents table's "Attached" column: one tick-box group
            if tick not in self.groups:
                self.groups.add(tick)
                self.fields.append(self.evidence(block, p.text))
        elif (
            (
                self.is_field_label(p.text)
                and (not p.limit or p.limit[0] < ONE_VALUE)
                and not self._roomy(p, block)
            )
            or (not limit and same_row(p.block, block) and not self.asks_prose(p.text))
            or (
                not limit
                and heads_column(p.block, block)
                and (not self.asks_prose(p.text) or dict(block.where).get("table") in self.grids)
            )
        ):  # "Match funding secured (£) | [box]": a value beside its label, not prose; a
            # grid's column heading over its empty cells ("Actual spend (£)"): values to fill in
            self.fields.append(self.evidence(block, p.text))
        elif not limit and self.vocab.overflow.search(f"{p.text} {block.text}"):
            return  # "Continuation: use this box if you run out of space above": no new question
        elif limit is not chars and self.one_line(p.text, limit):
            self.fields.append(self.evidence(block, p.text))  # "a short title (100 characters)"
        else:
            control = block.where if chars is not None and limit is chars else ()
            self._question(_Prompt(p.block, p.text, limit, control))

    def _roomy(self, p: _Prompt, block: Block) -> bool:
        """Whether a box with room for prose (a limit of 50 words or more) answers a prompt
        that asks for it: "Who will benefit, and roughly how many people?" over a 500-character
        box is a question, though "how many" alone would ask for a number."""
        room = block.max_words or (block.max_chars or 0) / self.cpw
        return room >= ROOMY and self.asks_prose(p.text)

    def _field(self, block: Block) -> None:
        previous_was_choice, self.choice_words = self.choice_words, False
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
        group = self.tick_columns.get(column(block.where)) or block.group
        if group and previous_was_choice:
            self.groups.add(group)  # the buttons of the yes/no just counted from its words
            return
        if group:  # radio buttons, a tick-box group, a documents table's "Enclosed" column
            if group in self.groups:
                return
            self.groups.add(group)
        label = block.text or (p.text if p else "")
        self.fields.append(self.evidence(block, label or block.kind))

    def _question(self, p: _Prompt) -> None:
        if self.elsewhere:
            return  # "Here are the questions on the online form": that form's, listed here
        refers = REFERS.search(p.text)
        if refers and refers.start() > 3 and p.block.kind == TEXT:
            return  # "b) Keep your answers to questions 6 to 9 to 250 words": a note on others
        number = QUESTION_NUMBER.match(p.text)
        if p.limit is None and number and int(number[1]) in self.by_number:
            p = _Prompt(p.block, p.text, self.by_number[int(number[1])])  # from the notes
        if self.ref is not None:
            if p.limit is None:  # the limit the table of references gives this question
                p = _Prompt(p.block, p.text, self.by_ref[self.ref])
            self.ref = None
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
                p.limit_where,
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
    reader.tick_columns = tick_columns(blocks, vocab)
    reader.by_number = limits_by_number(blocks, reader)
    reader.by_ref, reader.ref_tables = limits_by_ref(blocks, reader)
    reader.grids = grids(blocks)
    whole = "\n".join(b.text for b in blocks)
    reader.cues = any(key in whole for key in ELSEWHERE_KEYS)
    for block in bare_labels(uploads_shown(blocks, vocab), reader):
        reader.feed(block)
    reader.finish()
    if reader.cues and reader.questions and asked_elsewhere(blocks, vocab):
        return [], reader.fields
    return reader.questions, reader.fields
