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
    r"(?<=\?)[\s☐□]*(?:\((?:please )?(?:circle|tick|delete)[^)]*\)\s*)?"  # "(please circle)"
    r"(?:yes|ydy|oes|ydw)[\s☐□]*(?:/|or|neu)?[\s☐□]*(?:no|nac ydy|nac oes|nac ydw)"
    r"[\s☐□]*(?:\((?:please )?(?:circle|tick|delete)[^)]*\)|\(rhowch gylch[^)]*\))?\s*$",
    re.IGNORECASE,
)
# "Write yes or no.", "(Answer Yes or No)": how a yes/no question is answered, said after it
YES_NO_ASKED = re.compile(
    r"\s*\(?(?:(?:please\s+)?(?:write|answer|put|state|say|type|enter|circle|choose|select|"
    r"delete|tick)(?:\s+either)?\s+)?['\"“‘]?yes['\"”’]?\s*(?:or|/)\s*['\"“‘]?no['\"”’]?"
    r"(?:\s+(?:as appropriate|below|here))?\s*[.)]*\s*$",
    re.IGNORECASE,
)
# a cell that says a question has no limit, or holds nothing yet
PLACEHOLDER = re.compile(r"^\s*(?:[-–—]+|n/?a|none|no limit|dim)\s*$", re.IGNORECASE)
CHOICE_ONLY = re.compile(
    r"^[\W_]*(?:yes|ydy|oes)[\W_]+(?:or[\W_]+)?(?:no|nac ydy|nac oes)[\W_]*$", re.IGNORECASE
)
# "questions 6 to 9", "question 10", "cwestiynau 6 i 9": limits stated away from the questions
REFERS = re.compile(
    r"\b(?:questions?|q|cwestiwn|cwestiynau)\s*(\d{1,3})(?:\s*(?:to|-|–|and|i|a)\s*(\d{1,3}))?",
    re.IGNORECASE,
)
# "600 characters remaining", "80 characters at most": a box's counter or hint opening with
# its limit's number, not a numbered item
LIMIT_FIRST = re.compile(
    r"^\s*\d[\d,]*\s*(?:words?|wds|characters?|chars?|pages?|sides?|gair|geiriau|nod|nodau)\b",
    re.IGNORECASE,
)
# a question's reference in a table of limits, and at the head of the question: "C1", "2.3", "Q4"
REF = re.compile(r"([A-Z]{1,2}\d{1,2}|\d{1,2}(?:\.\d{1,2})+|Q\d{1,2})(?:\s|$)")
QUESTION_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(\d{1,3})\b", re.IGNORECASE)
OFFICE = re.compile(r"\b(?:for\s+)?office\s+use\b|\bd?defnydd\s+(?:y\s+)?swyddfa\b", re.I)
LABEL_SKIP = re.compile(r"^\s*(?:[-*•▪]|\(?[0-9]{1,2}[.)]|section|part|stage)\s", re.I)
SHORT = 14  # words: a field label is short; a prompt this long asks for prose
DESCRIBED = re.compile(r"\byou\s+(?:(?:will|can|then|also)\s+)?$", re.IGNORECASE)
BRACKETED = re.compile(r"\([^()]{0,200}\)")
CUE_WITHIN = 80  # characters: a question cue ("Describe", "How will") opens the prompt


@dataclass(slots=True)
class _Prompt:
    block: Block
    text: str
    limit: tuple[int, str] | None
    limit_where: Location = ()  # a control's limit (MaxLen, maxlength): the control's place


class Reader:
    """Walks the blocks once, pairing prompts with the spaces after them."""

    def __init__(self, name: str, vocab: Vocabulary, words_per_page: float, cpw: float) -> None:
        self.name, self.vocab, self.wpp, self.cpw = name, vocab, words_per_page, cpw
        self.questions: list[Question] = []
        self.fields: list[Evidence] = []
        self.groups: set[str] = set()
        self.pending: _Prompt | None = None
        self._asks: dict[str, bool] = {}
        self._cue_starts: dict[str, bool] = {}
        self.each: tuple[int, str] | None = None  # a limit for each part of a question
        self._label: dict[str, bool] = {}
        self._limits: dict[str, tuple[int, str] | None] = {}
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

    def limit(self, text: str) -> tuple[int, str] | None:
        if text not in self._limits:  # asked of a block more than once
            self._limits[text] = find_limit(text, self.vocab.units, self.wpp, self.cpw)
        return self._limits[text]

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
            (NUMBERED.match(text) and not LIMIT_FIRST.match(text))
            or text.rstrip().endswith("?")
            or self._instructs(text[:CUE_WITHIN])
        )

    def _instructs(self, start: str) -> bool:
        """Whether a prompt's first words (``start``) open with an instruction to write
        ("Describe", "Tell us what"); "In Part 3 you describe your project" (the applicant its
        subject) tells what a form asks, and asks nothing itself. Kept by those words: a prompt
        that gathers its guidance (``_text``) keeps them, and is asked about again."""
        if start not in self._cue_starts:
            m = self.vocab.question.search(start)
            self._cue_starts[start] = (
                m is not None and DESCRIBED.search(start, max(0, m.start() - 20), m.start()) is None
            )
        return self._cue_starts[start]

    def _is_field_label(self, text: str) -> bool:
        # a yes/no question needs its "?" and its opening word ("Is", "Do"): the yes/no
        # choices taken off below come after the "?", so the opening is known before that
        bare = NUMBERED_PREFIX.sub("", text).strip() if "?" in text else ""
        if bare and YES_NO.match(bare):
            bare = CHOICES.sub("", bare)
            if "?" in bare:  # "Will any ... happen? Write yes or no.": the answer is yes or no
                at = bare.rindex("?") + 1
                bare = bare[:at] + YES_NO_ASKED.sub("", bare[at:])
            if bare.endswith("?") and not self.vocab.strong.search(text) and not self.limit(text):
                return True  # "Is your group a registered charity?": a yes/no field
        return (
            _short(text)
            and bool(self.vocab.field.search(text))
            and not self.vocab.strong.search(text)
        )

    def evidence(self, block: Block, words: str) -> Evidence:
        return Evidence(self.name, block.where, clip(words))

    def feed(self, block: Block) -> None:
        if block.hint or self._office(block):
            return  # a box's hint or counter is read with the box (its words carry the limit)
        if self.by_ref:
            if dict(block.where).get("table", False) in self.ref_tables:
                return  # a table of the limits, apart from the questions: nothing to fill in
            ref = REF.match(block.text) if block.kind == TEXT else None
            if ref and ref[1] in self.by_ref:
                self._drop()
                self.ref = ref[1]  # "C1  Service model and delivery": the question below is C1's
                if not self.asks_prose(block.text[ref.end() :]):
                    return  # (a title; "Q2 Explain ..." is the question itself)
        previous, self.previous = self.previous, block
        labelled, self.labelled = self.labelled, None
        if block.kind == FIELD and not block.text and labelled is previous is not None:
            return  # "Name of group:" then its one-line box: the label counted it
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
            if bare in self.vocab.answer_markers and block.text.rstrip(" _*£$€").endswith(":"):
                # "Answer:" (or "Your answer: £" for a sum): where the applicant writes
                self._space(Block(SPACE, "", block.where))
            elif (
                "?" in block.text
                and CHOICES.search(block.text)
                and not _boxed(block.text)
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
            self.office = _container(block.where)
            return True
        if self.office is None:
            return False
        if (
            block.heading
            or _container(block.where) != self.office
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
            and _same_row(p.block, block)
            and (PLACEHOLDER.match(text) or (limit and len(text.split()) <= 4))
        ):  # "Question | 500 words | [answer]": the limit column, or a dash for none
            p.limit = p.limit or limit
            return
        if p is not None and YES_NO_ASKED.fullmatch(text) and self.is_field_label(p.text):
            return  # "Write yes or no." under a yes/no question: the space after is its field
        if CHOICE_ONLY.match(text) and not _boxed(text):  # "Yes    No": the choice is a field
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
            (block.max_words, block.limit_said or f"{block.max_words} words")
            if block.max_words
            else (
                int(block.max_chars / self.cpw + 0.5),
                block.limit_said or f"{block.max_chars} characters",
            )
            if block.max_chars
            else None
        )
        limit = p.limit or (self.limit(block.text) if block.text else None) or chars
        if not limit and p.block.kind == TEXT and self.vocab.confirmation.match(p.text):
            return  # "We declare that ...", then the signatories' table: a declaration
        tick = self.tick_columns.get(_column(block.where))
        if tick is not None:  # a documents table's "Attached" column: one tick-box group
            if tick not in self.groups:
                self.groups.add(tick)
                self.fields.append(self.evidence(block, p.text))
        elif (
            (self.is_field_label(p.text) and not p.limit)
            or (not limit and _same_row(p.block, block) and not self.asks_prose(p.text))
            or (not limit and _heads_column(p.block, block) and not self.asks_prose(p.text))
        ):  # "Match funding secured (£) | [box]": a value beside its label, not prose; a
            # grid's column heading over its empty cells ("Actual spend (£)"): values to fill in
            self.fields.append(self.evidence(block, p.text))
        else:
            control = block.where if chars is not None and limit is chars else ()
            self._question(_Prompt(p.block, p.text, limit, control))

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
        group = self.tick_columns.get(_column(block.where)) or block.group
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
    reader.tick_columns = _tick_columns(blocks, vocab)
    reader.by_number = _limits_by_number(blocks, reader)
    reader.by_ref, reader.ref_tables = _limits_by_ref(blocks, reader)
    for block in _bare_labels(blocks, reader):
        reader.feed(block)
    reader.finish()
    return reader.questions, reader.fields


def _short(text: str) -> bool:
    """Whether a label is short. A note in brackets ("(write N/A if you are not a charity)") is
    not the label's words, and a label given in two languages ("Cyfeiriad / Address") is as
    long as one of them."""
    if "(" not in text and " / " not in text:  # (quick: a prompt with its guidance is long)
        return len(text.split(None, SHORT)) <= SHORT
    return max(len(half.split()) for half in BRACKETED.sub(" ", text).split(" / ")) <= SHORT


def _boxed(text: str) -> bool:
    """Whether text carries tick boxes (they are read as a field of their own)."""
    return any(box in text for box in ("☐", "□", "☑", "☒", "[ ]"))


def _same_row(a: Block, b: Block) -> bool:
    """Whether two blocks are cells of one table row."""
    if len(a.where) < 3 or len(b.where) < 3:
        return False  # a page and line, a paragraph, an element: not a table cell
    x, y = dict(a.where), dict(b.where)
    return "row" in x and (x.get("table"), x["row"]) == (y.get("table"), y.get("row"))


def _heads_column(a: Block, b: Block) -> bool:
    """Whether ``a`` heads a later column of ``b``'s table (not its first: a label over a box
    is often one column), ``b`` a cell of a row below: the header row of a grid of values."""
    x, y = dict(a.where), dict(b.where)
    return (
        x.get("row") == 1
        and x.get("cell", 1) != 1
        and y.get("row", 1) != 1
        and "table" in x
        and x.get("table") == y.get("table")
    )


def _container(where: tuple[tuple[str, int | str], ...]) -> tuple[object, ...]:
    """The page and table a block is on (a box drawn on a page ends with the page)."""
    return tuple(item for item in where if item[0] in ("page", "table"))


def _column(where: tuple[tuple[str, int | str], ...]) -> tuple[object, object]:
    place = dict(where)
    return place.get("table"), place.get("cell")


def _tick_columns(blocks: list[Block], vocab: Vocabulary) -> dict[tuple[object, object], str]:
    """Columns headed "Attached", "Enclosed" or "Tick": each table's header row is its first
    row of two or more cells with words."""
    rows: dict[tuple[object, object], list[Block]] = {}
    for b in blocks:
        place = dict(b.where)
        if b.kind == TEXT and "row" in place and "table" in place:
            rows.setdefault((place["table"], place["row"]), []).append(b)
    out: dict[tuple[object, object], str] = {}
    seen: set[object] = set()
    for (table, _), cells in rows.items():
        if table in seen or len(cells) < 2:
            continue
        seen.add(table)
        for cell in cells:
            if len(cell.text.split()) <= 3 and vocab.tick_column.search(cell.text):
                out[_column(cell.where)] = f"ticks {table} {dict(cell.where).get('cell')}"
    return out


def _limits_by_ref(
    blocks: list[Block], reader: Reader
) -> tuple[dict[str, tuple[int, str]], set[object]]:
    """A table with nothing to fill in whose rows start with a question's reference ("C1",
    "2.3") and give a limit ("Maximum two sides of A4"): each reference's limit."""
    rows: dict[tuple[object, object], list[Block]] = {}
    spaces: set[object] = set()
    for b in blocks:
        place = dict(b.where)
        if "table" not in place or "row" not in place:
            continue
        if b.kind != TEXT:
            spaces.add(place["table"])
        elif b.text.strip():
            rows.setdefault((place["table"], place["row"]), []).append(b)
    out: dict[str, tuple[int, str]] = {}
    tables: set[object] = set()
    for (table, _), cells in rows.items():
        if table in spaces or len(cells) < 2:
            continue
        ref = REF.fullmatch(cells[0].text.strip())
        limit = next((lim for c in cells[1:] if (lim := reader.limit(c.text))), None)
        if ref and limit:
            out.setdefault(ref[1], limit)
            tables.add(table)
    return out, tables


def _limits_by_number(blocks: list[Block], reader: Reader) -> dict[int, tuple[int, str]]:
    """Limits a document states for questions by their numbers, in its notes."""
    out: dict[int, tuple[int, str]] = {}
    for b in blocks:
        if b.kind != TEXT or len(b.text) > 400:
            continue
        limit = reader.limit(b.text)  # (a quick test first: most text states no limit)
        refers = REFERS.search(b.text) if limit else None
        if refers and limit and refers.start() > 3:  # "Q1. What ... (2,000 characters)": its own
            first, last = int(refers[1]), int(refers[2] or refers[1])
            for n in range(first, min(last, first + 50) + 1):
                out.setdefault(n, limit)
    return out


def _bare_label(block: Block, reader: Reader) -> bool:
    """A PDF line that is only a field's label ("Postcode"): its box is drawn, not text."""
    text = block.text.strip()
    return (
        block.kind == TEXT
        and not block.heading
        and block.where[:1] != ()
        and block.where[0][0] == "page"
        and len(text.split()) <= 5
        and not text.endswith((".", "?", ":", ";", ","))
        and not LABEL_SKIP.match(text)
        and reader.is_field_label(text)
    )


def _bare_labels(blocks: list[Block], reader: Reader) -> list[Block]:
    """Blocks as read, but where two or more bare labels follow one another on a PDF page
    ("Organisation name", "Contact name", "Email"), each with no control after it, on a page
    with no form fields, each is a field: the boxes beside them are drawn, and text extraction
    does not see them."""
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
        if bare[i] and near:
            out[i] = Block(FIELD, block.text, block.where)
    return out
