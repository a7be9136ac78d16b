"""Pairing a prompt with what follows it: an answer space, a control or nothing.

The half of the reader's walk that ends a prompt: a space or a control after a prompt makes it
a question (it asks for prose, or has room or a limit for it) or a field (a value to fill in);
a prompt with nothing after it (unboxed.py) is a question only if it states a limit. The
reader's state, and each question recorded with its evidence, are in answer_state.py.
"""

from __future__ import annotations

import re

from grantcheck.documents.answer_state import Pending
from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block
from grantcheck.documents.cells import column, headings_row, heads_column, row_key, same_row
from grantcheck.documents.items import opens_naming
from grantcheck.documents.phrases import says_open
from grantcheck.documents.prompts import NUMBERED_PREFIX, ONE_VALUE, WH
from grantcheck.documents.shapes import funder_tells
from grantcheck.documents.unboxed import Unboxed

ROOMY = 50  # words: a box that holds this many is room for prose, not for a single value
# characters: a control's length this long is a database's or a platform's default (65,535, a
# blog's comment box 65,525, 32,767), not a limit an author set on the answer
NOT_SET = 30000
SHORT = 6  # words: a label this short beside its box names a value, whatever its number
ASIDE = re.compile(r"\([^()]{0,200}\)")  # a label's aside in brackets: "(street or venue)"
# an aside giving a figure for its example: "(for example 1:8)", "(e.g. 25)": a value's
FIGURED = re.compile(r"\((?:for example|for instance|e\.?g\.?|such as)[,:]?\s*[£\d]", re.I)
# a table's heading over its column of questions, read as the prompt of the heading "Your answer"
# beside it: it asks nothing
COLUMN_HEADS = frozenset(["question", "questions", "the question", "question text"])
OPTION_WORDS = 3  # words: an option's label ("Yes", "Older people"), not a statement to tick
# how a group of options is answered, said after its question: "Tick all that apply"
CHOOSE = re.compile(
    r"\b(?:tick|select|choose)\s+(?:all|any|one|only\s+one)\b|\bthat\s+apply\b", re.I
)


class Answers(Unboxed):
    """What a space or a control makes of the prompt before it."""

    def _space(self, block: Block) -> None:
        p = self.pending
        if p is not None and block.text and self._labels_a_box(p.text, block.text):
            p = None  # "Email 1. Describe ..." read as a line: the box is the label's, not its
        if p is None and block.text:
            p = Pending(block, block.text, self.limit(block.text))
        if p is None:
            return  # an empty cell with no prompt: padding, or a second box for one answer
        self.pending = None
        if len(p.text) < 14 and p.text.strip(" :").lower() in COLUMN_HEADS:
            return  # "Question | Your answer": the heading row of a table of questions
        d = self.dropped
        if d is not None and block.text and block.text == d.text != p.text:
            # a box its label names ("Tell us what you plan") under text that read as a prompt
            # of its own ("Include what will happen, where ..."): the label's, with its hint
            p = Pending(d.block, f"{d.text} {p.text}", d.limit or p.limit, noted=p.noted)
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
        limit = p.limit or (self.limit(block.text) if block.text else None) or chars or p.noted
        # a prompt whose own row or note says its answer has no limit ("What has changed? | No
        # limit - keep it brief"): prose asked for, never a value nor a grid's column heading
        free = not limit and not p.open and not says_open(p.text)
        if not limit and p.block.kind == TEXT and self.vocab.confirmation.match(p.text):
            return  # "We declare that ...", then the signatories' table: a declaration
        tick = self.tick_columns.get(column(block.where))
        beside = same_row(p.block, block) or p.block.where == block.where
        if tick is not None:  # a documents table's "Attached" column: one tick-box group
            if tick not in self.groups:
                self.groups.add(tick)
                self.fields.append(self.evidence(block, p.text))
        elif (
            (
                self.is_field_label(p.text)
                and (not p.limit or p.limit[0] < ONE_VALUE)
                and not self._roomy(p, block, limit)
            )
            or (
                free
                and (beside or (p.text.rstrip().endswith(":") and block.where not in self.ruled))
                and not self.asks_prose(self._label_words(p.text))
            )  # (a box on its label's row or line, or one line under "Label:": a value's)
            or (
                free
                and heads_column(p.block, block)
                and (not self.asks_prose(p.text) or dict(block.where).get("table") in self.grids)
            )
            or (free and self._over_grid(p.block, block))
            or (free and beside and column(block.where) in self.sum_columns)
            or (free and self._under_heads(p.block, block))
            or (free and "|" in p.text and headings_row(p.text))
        ):  # "Match funding secured (£) | [box]": a value beside its label, not prose; a
            # grid's column heading over its empty cells ("Actual spend (£)"): values to fill in
            self.fields.append(self.evidence(block, p.text))
        elif not limit and self.vocab.overflow.search(f"{p.text} {block.text}"):
            return  # "Continuation: use this box if you run out of space above": no new question
        elif limit is not chars and self.one_line(p.text, limit):
            self.fields.append(self.evidence(block, p.text))  # "a short title (100 characters)"
        elif not limit and funder_tells(p.text) and not self.asks_prose(p.text):
            return  # "We will tell you our decision within six weeks." over a rule: no ask
        elif not limit and self._document_sized(p.text) and opens_naming(p.text, self.vocab.kinds):
            return  # "c. written permission from the landowner" over blank lines: a document
        elif free and self._one_line(block) and not self._label_asks(p.text):
            self.fields.append(self.evidence(block, p.text))  # "2. Sport" over one line: a value
        else:
            control = block.where if chars is not None and limit is chars else ()
            exact = block.max_chars / self.cpw if control and block.max_chars else None
            made = len(self.questions)
            said = block.text != p.text and says_open(block.text)  # "No length limit." hint
            said = said or p.open  # (or a table of limits saying so of its reference)
            self._question(Pending(p.block, p.text, limit, control, exact=exact, open=said))
            self.boxed = made if len(self.questions) > made else None

    def _labels_a_box(self, text: str, own: str = "") -> bool:
        """Whether a prompt holds the label of another box than the one labelled ``own`` (a
        fillable box whose tooltip says it, placed lower on a page in two columns, its line
        read with the other column's: "Phone 2. Who will benefit?"): that box asks it."""
        return any(label in text and label != own for label in self.box_labels)

    def _label_words(self, text: str) -> str:
        """A label's words as they ask: its number aside if it names a value (_names_value)"""
        bare = NUMBERED_PREFIX.sub("", text, count=1)
        return bare if bare != text and bare.strip() and self._names_value(bare) else text

    def _names_value(self, bare: str) -> bool:
        """Whether a label's words, its number aside, are short (an aside in brackets not
        counted: "2.3 Location (street or venue)") or name a value ("Age", "£", a figure for its
        example: "Staff to child ratio at each session (for example 1:8)")"""
        return self._named(bare) or len(ASIDE.sub(" ", bare).split(None, SHORT)) <= SHORT

    def _label_asks(self, text: str) -> bool:
        """Whether a label over one line asks for prose by its own words, its number aside: a
        "?", an instruction ("Tell us about your partners"), a clause that asks ("How the grant
        will be spent") or a long name of prose ("Your plans for keeping the project going after
        the grant"). "2. Sport", "Your nearest branch", "D2 Other money going into the event (how
        much, and where from)" name a value. A number alone ("Q4": the question printed
        elsewhere) still asks; so does a sentence, its full stop at its end ("We are interested
        in how you involved local people."): a label names, a sentence may ask indirectly."""
        bare = NUMBERED_PREFIX.sub("", text, count=1).strip()
        return (
            not bare
            or bare[-1] in "?."
            or "?" in bare
            or bare.lower().startswith(WH)
            or not self._named(bare)
            or self.asks_prose(bare)
        )

    def _named(self, bare: str) -> bool:
        """Whether a label names a value the vocabulary knows (a field cue: "Sport", "Venue",
        "Your nearest branch", "how much"), a sum ("£") or a figure for its example; a heading
        naming no value ("Publicity", "Project description", "Risks") asks, short as it is"""
        if "£" in bare or self.vocab.field.search(bare) is not None:
            return True
        return "(" in bare and FIGURED.search(bare) is not None

    def _one_line(self, block: Block) -> bool:
        """Whether a space is one line to write on, alone: no second line under it (ruled lines
        are room for prose), not a table's cell, not a control (a text box, a textarea)."""
        place = dict(block.where)
        return (
            block.kind == SPACE
            and "table" not in place
            and "element" not in place
            and block.where not in self.ruled
            and not block.max_chars
            and not block.max_words
        )

    def _over_grid(self, prompt: Block, block: Block) -> bool:
        """Whether a box is a cell of a grid of short entries and its prompt is over the grid
        (its heading row, or an instruction above it: "List the main stages of your project"):
        the grid is one field, however its instruction is worded. A prompt inside one of the
        grid's rows ("3 | Describe ... | [box]") is that row's own question."""
        table, row = row_key(block.where)
        if table is None or table not in self.grids or row == 1:
            return False
        at, at_row = row_key(prompt.where)
        return at != table or at_row == 1

    def _under_heads(self, prompt: Block, block: Block) -> bool:
        """Whether a box is in a row below a row of column headings inside a longer table, the
        prompt one of those headings: a value under its column, not a question's box."""
        at, at_row = row_key(prompt.where)
        table, row = row_key(block.where)
        return (
            at is not None
            and at == table
            and (at, at_row) in self.heads
            and isinstance(row, int)
            and isinstance(at_row, int)
            and row > at_row
        )

    def _roomy(self, p: Pending, block: Block, limit: tuple[int, str] | None) -> bool:
        """Whether a box with room for prose (a limit of 50 words or more, set on the box or
        in its own words: a tooltip's "Max 80 words") answers a prompt that asks for it: "Who
        will benefit, and roughly how many people?" over a 500-character box is a question,
        though "how many" alone would ask for a number."""
        room = block.max_words or (block.max_chars or 0) / self.cpw or (limit or (0,))[0]
        # (asked in the label's words: a number alone, "2.2 Registered address", asks nothing)
        return room >= ROOMY and self.asks_prose(NUMBERED_PREFIX.sub("", p.text, count=1))

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
            and not self._labels_a_box(p.text)
        ):
            self._question(p)  # a prompt with a limit, then an unrelated control
        elif p is not None and p.limit is None and block.text and block.text != p.text:
            self._drop_listed(p)  # a control with its own label: the prompt before had no box
        group = self.tick_columns.get(column(block.where)) or block.group
        if group and previous_was_choice:
            self.groups.add(group)  # the buttons of the yes/no just counted from its words
            return
        if group:  # radio buttons, a tick-box group, a documents table's "Enclosed" column
            if group in self.groups:
                return
            self.groups.add(group)
        table = dict(block.where).get("table") if len(block.where) > 2 else None
        if table is not None:  # a control in a table: boxes with no words of their own, one
            grid = f"grid {table}"  # after another ("Item | Cost" rows), are one grid
            b = self.before
            if (
                p is None
                and not block.text
                and grid in self.groups
                and b is not None
                and b.kind in (FIELD, SPACE)
                and dict(b.where).get("table") == table
            ):
                return
            self.groups.add(grid)
        # (a PDF field's name is no label: the words before it are, when there are some)
        label = (p.text if p is not None and block.named else "") or block.text
        label = label or (p.text if p else "")
        if block.group and p is not None and _option(block.text):
            # a group of radio buttons or tick boxes after its question (a legend, a line):
            # the question is what the applicant reads as the field, not its first option's
            # label ("Yes", "Children")
            label = self._choice_asked(p) or label
        self.fields.append(self.evidence(block, label or block.kind))

    def _choice_asked(self, p: Pending) -> str:
        """The question a group of options answers, when the prompt before it is one: a line
        asking ("Is your group a registered charity?") or telling how to choose ("Tick all
        that apply"); a hint telling only that ("Select all that apply.") under its question
        ("Which wards will your project cover?") with the question. "" when it is neither (a
        heading, a statement, a line wrapped from one before: "two years?")."""
        text = p.text.rstrip(" *")
        if p.block.kind != TEXT or text[:1].islower():
            return ""
        choose = CHOOSE.search(text) is not None
        d = self.dropped
        if (
            choose
            and "?" not in text
            and d is not None
            and d.block.kind == TEXT
            and "?" in d.text  # ("4. Which borough(s) ...? (Required)")
            and not d.text[:1].islower()
        ):
            return f"{d.text} {p.text}"
        return p.text if choose or text.endswith("?") else ""


def _option(text: str) -> bool:
    """Whether a control's own words could be an option's label: none, or a few words ("Yes",
    "Older people"), not a statement to tick ("I confirm the information is correct")."""
    return len(text.split(None, OPTION_WORDS)) <= OPTION_WORDS
