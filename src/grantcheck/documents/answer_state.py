"""The reader's state while it pairs prompts with answer spaces, and a question recorded.

A prompt waits (``Pending``) until a space, a control or the lack of one decides what it is
(answers.py); a question recorded here takes the limit its own words give it, or else the one
the document gives it elsewhere: by its number in the notes, by its reference in a table of
limits, or from "(100 words each)" over its parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grantcheck.documents.about_questions import about_a_question
from grantcheck.documents.blocks import TEXT, Block, Location, clip
from grantcheck.documents.facts import Evidence, Question
from grantcheck.documents.followups import answered_ref, unmarked
from grantcheck.documents.phrases import says_open
from grantcheck.documents.prompts import Prompts
from grantcheck.documents.referred_limits import QUESTION_NUMBER, REFERS, may_refer
from grantcheck.documents.runs import Item
from grantcheck.documents.shapes import SUBITEM
from grantcheck.documents.vocab import Vocabulary

FIGURE = re.compile(r"\d[\d,]*")


@dataclass(slots=True)
class Pending:
    """A prompt read and not yet paired with its space."""

    block: Block
    text: str
    limit: tuple[int, str] | None
    limit_where: Location = ()  # a control's limit (MaxLen, maxlength): the control's place
    # a limit in the notes under a title that asks nothing ("2. Summary", then "one page at
    # most"): the answer's, once a space under them shows the title asks for an answer
    noted: tuple[int, str] | None = None
    exact: float | None = None  # a control's limit in characters, in words unrounded
    open: bool = False  # the box's own words (a web form's hint) say it has no limit
    # its guidance leads a list in ("Your response should cover:"): the items are its points
    covers: bool = False


class AnswerState(Prompts):
    """What the reader has read so far, and each question it records."""

    def __init__(self, name: str, vocab: Vocabulary, words_per_page: float, cpw: float) -> None:
        super().__init__(vocab, words_per_page, cpw)
        self.name = name
        self.questions: list[Question] = []
        self.fields: list[Evidence] = []
        self.groups: set[str] = set()
        self.pending: Pending | None = None
        self.each: tuple[int, str] | None = None  # a limit for each part of a question
        self.previous: Block | None = None  # the block before this one
        self.labelled: Block | None = None  # the last block, when it was counted as a field
        self.choice_words = False  # the last block was a yes/no read from its words
        self.tick_columns: dict[tuple[object, object], str] = {}  # (table, cell) -> group
        self.limit_columns: dict[tuple[object, object], str] = {}  # (table, cell) -> unit
        self.sum_columns: set[tuple[object, object]] = set()  # columns of sums: "Cost (£)"
        # "keep your answers to questions 6 to 9 to 250 words": limits given by number
        self.by_number: dict[int, tuple[int, str, float | None]] = {}
        self.office: tuple[object, ...] | None = None  # in an office-use box: its page or table
        # a table's office-use columns, and the rows their heads are in (prepass.py)
        self.office_columns: set[tuple[object, object]] = set()
        self.office_rows: set[object] = set()
        # "Ref | Criterion | Response limit" tables: each ref's limit, the tables themselves, and
        # the ref whose limit the next question takes ("C1  Service model" over its question)
        self.by_ref: dict[str, tuple[int, str] | None] = {}
        self.ref_tables: set[object] = set()
        self.ref: str | None = None
        # the last table row opened by a cell holding only a question's reference ("B1 | ...")
        self.ref_row: tuple[object, object] | None = None
        self.ref_limit: tuple[int, str] | None = None  # a limit in any of that row's cells
        # after "These are the questions on the portal": questions listed, asked elsewhere
        self.elsewhere = False
        self.typed = False  # it lists a form's items with the answer each takes (typed.py)
        self.cues = True  # whether the document has any word such a cue needs (a quick test)
        self.spaceless = False  # whether the document has no space, field or upload at all
        self.grids: set[object] = set()  # tables that are grids of values under column headings
        self.heads: set[tuple[object, object]] = set()  # rows heading a grid inside a table
        self.label_rows: set[tuple[object, object]] = set()  # "Name | [box]" rows (cells.py)
        # the first of two or more answer lines in a row (ruled lines): a box for prose, not a
        # value's one line
        self.ruled: set[Location] = set()
        # the question an answer box just closed, while nothing but its box has followed: a
        # limit printed under the box ("Word count: 0/300") is its limit
        self.boxed: int | None = None
        self.listed: list[Item] = []  # numbered prompts with no space after them (runs.py)
        self.dropped: Pending | None = None  # the last prompt left with no box, uncounted
        self.before: Block | None = None  # the block before the one being read
        # the prompts a fillable page's boxes are labelled with (their tooltips): a prompt read
        # as a line, with such a box still to come, is that box's (answers.py)
        self.box_labels: frozenset[str] = frozenset()

    def evidence(self, block: Block, words: str) -> Evidence:
        return Evidence(self.name, block.where, clip(words))

    def _by_number(self, text: str) -> tuple[int, str] | None:
        """The limit notes elsewhere give a numbered prompt ("questions 5 to 7: 1,000
        characters"): the notes say it is answered, where no space is drawn (an email's form)."""
        number = QUESTION_NUMBER.match(text) if self.by_number else None
        said = self.by_number.get(int(number[1])) if number else None
        return said[:2] if said else None

    def _question(self, p: Pending) -> None:
        if self.elsewhere:
            return  # "Here are the questions on the online form": that form's, listed here
        if about_a_question(p.text, self.spaceless):
            return  # "Question B1 asks you to describe your event in up to 300 words": guidance
        refers = REFERS.search(p.text) if may_refer(p.text) else None
        if (
            refers
            and refers.start() > 3
            and p.block.kind == TEXT
            and not answered_ref(p.text, refers.start())  # ("If you answered yes to question 4")
            and not self.asks_prose(unmarked(p.text))  # ("Thinking about Q4, please explain")
        ):
            return  # "b) Keep your answers to questions 6 to 9 to 250 words": a note on others
        number = QUESTION_NUMBER.match(p.text)
        if p.limit is None and number and int(number[1]) in self.by_number:
            said = self.by_number[int(number[1])]  # from the notes
            p = Pending(p.block, p.text, said[:2], exact=said[2])
        if self.ref is not None:
            if p.limit is None:  # the limit the table of references gives this question
                given = self.by_ref[self.ref]
                p = Pending(p.block, p.text, given, open=p.open or given is None)
            self.ref = None
        if p.limit is None and self.each is not None and SUBITEM.match(p.text):
            p = Pending(p.block, p.text, self.each)  # "(b) ..." under "(100 words each)"
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
                p.exact if p.exact is not None or limit is None else self._exact(limit),
                limit is None and (p.open or says_open(p.text)),
            )
        )

    def _exact(self, limit: tuple[int, str]) -> float | None:
        """A limit written in characters ("1,000 characters"), in words before rounding."""
        low = limit[1].lower()
        if "char" not in low and "nod" not in low:
            return None
        figure = FIGURE.search(low)
        words = int(figure[0].replace(",", "")) / self.cpw if figure else None
        return words if words is not None and int(words + 0.5) == limit[0] else None
