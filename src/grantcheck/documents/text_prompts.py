"""A text block read as part of a prompt, or as a new one: the notes under a question.

Under a prompt waiting for its answer space, a text block may be its limit's column or its
box's kind ("Maximum 100 characters", "Options: Date"), a tip, guidance on the same question,
the same prompt in the form's other language, or the first of its parts ("(a) ..."); a
section's shared limit is noted for its questions; anything else ends the prompt before it
(answers.py decides what that one was) and starts a new one. questions.py walks the blocks.
"""

from __future__ import annotations

import re

from grantcheck.documents.answer_state import Pending
from grantcheck.documents.asides import BULLETS, NUMBER_ONLY
from grantcheck.documents.blocks import FIELD, Block
from grantcheck.documents.cells import HEADING_WORDS, row_key, same_row
from grantcheck.documents.label_words import ANSWER_TYPE, YES_NO_ASKED
from grantcheck.documents.phrases import NUMBERED, says_open
from grantcheck.documents.plain import GATHERS, OPEN_ANSWER
from grantcheck.documents.prompts import CUE_WITHIN
from grantcheck.documents.referred_limits import REF, REF_ONLY, SAID_REF, column_limit, ref_cell
from grantcheck.documents.shapes import (
    MARKER_CHARS,
    PLACEHOLDER,
    SUBITEM,
    answer_marker,
    boxed,
    choice_only,
    latin_share,
    same_number,
    script_apart,
    twins,
)
from grantcheck.documents.twins import welsh
from grantcheck.documents.typed import Typed

SAID_CHARS = 12  # characters: a reference alone is no longer, said in full ("Question 12:")


# a line leading in the points an answer covers: "Your response should cover:", "Please
# include:", "In your answer, address the following:"
COVER = re.compile(
    r"(?:\S+\s+){0,6}(?:cover|covers|include|address|mention|explain)(?:\s+\S+){0,3}\s*:\s*",
    re.IGNORECASE,
)


def ref_alone(text: str) -> bool:
    """Whether a line is only a question's reference, in a cell or on a line of its own ("B2",
    "L1.1", "2.3", "Q4", "Question 4"): a bare number ("2") is not (a row's figure)."""
    bare = text.strip()
    return len(bare) <= SAID_CHARS and (
        REF.fullmatch(bare) is not None or SAID_REF.fullmatch(bare) is not None
    )


class TextPrompts(Typed):
    """What a text block makes of the prompt before it, or of itself."""

    def _text(self, block: Block) -> None:
        text, limit = block.text, self.limit(block.text)
        if (
            limit is None
            and self.limit_columns
            and (said := column_limit(block, self.limit_columns))
        ):
            limit = self.limit(said)  # "400" in a "Word limit" column: 400 words
        if len(block.where) > 2:  # a table's cell: perhaps of a question's title row
            self._ref_cell(block, limit)
        if limit is not None and self._section_note(block, text, limit):
            return  # "Section 2 (1,000 words in total for this section)": its questions share it
        p = self.pending
        if p is not None and self._heads_grid(p, block):
            return  # "6. What will the grant pay for?" over "ITEM | COST" and empty rows: the
            # grid's headings, the prompt above its title (the grid is one field, under it)
        if (
            p is not None
            and same_row(p.block, block)
            and (PLACEHOLDER.match(text) or (limit and len(text.split()) <= 4))
        ):  # "Question | 500 words | [answer]": the limit column, or a dash for none
            p.limit = p.limit or limit
            return
        if not any(ch.isalpha() for ch in text) and (
            len(text) <= NUMBER_ONLY or not any(ch.isdigit() for ch in text)
        ):  # "47": a spreadsheet's row number, a page's number; "£ ________" in a costs table's
            return  # cell: a blank for a sum. No words: never a prompt
        if len(text) <= REF_ONLY and ref_cell(block):
            self._drop()  # "B2" alone in a row's first cell: the reference of the question
            return  # the row asks, never guidance on the row before's
        if (
            p is not None
            and len(text) < MARKER_CHARS
            and answer_marker(text.strip(" _*.-–>").lower(), self.vocab.answer_markers)
        ):  # "Your answer", a box's own label under its question: the box answers the question
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
        if (
            p is not None
            and p.covers
            and not block.heading
            and limit is None
            and NUMBERED.match(text) is None
            and not text.rstrip().endswith(":")
        ):  # "how will you work with the outreach workers?" under "Your response should
            # cover:": a point the answer covers, in the prompt's box, never a prompt
            p.text = self._gathered(p.text, text)
            return
        if p is not None and text[:2] in BULLETS and self._point(p, text, limit):
            p.text = f"{p.text} {text}"  # "- Tip: most good answers are about 150 words."
            return
        if (
            p is not None
            and limit is None
            and not block.heading
            and says_open(text)
            and OPEN_ANSWER.search(text) is not None
            and self._unnumbered(text)
            and self.asks_prose(p.text)
            and len(p.text) < GATHERS
        ):  # "3.1 Where and when will it happen?" over "Give the venues and times. There is no
            # word limit.": words to write (a value has no words to limit), the note its own
            p.text, p.open = self._gathered(p.text, text), True
            return
        if (
            p is not None
            and YES_NO_ASKED.fullmatch(text)
            and not choice_only(text)  # ("Yes / No" alone is the field: counted below)
            and self.is_field_label(p.text)
        ):
            return  # "Write yes or no." under a yes/no question: the space after is its field
        if (
            p is not None
            and limit is None
            and not block.heading
            and self.is_field_label(p.text)  # (cached: most prompts are not a value's label)
            and self._aside(text)
        ):
            return  # "[Picture: a purse]" under "How much do you need?": its box is still to come
        if choice_only(text) and not boxed(text):  # "Yes    No": the choice is a field
            b = self.before
            if b is not None and b.kind == FIELD and b.group:
                return  # the words of the radio buttons just read: the buttons are the field
            self.pending = None
            self.fields.append(self.evidence(block, p.text if p else text))
            return
        if p is not None and len(text) <= SAID_CHARS and ref_alone(text):
            p = None  # "Q2" alone, in its cell of a table read line by line: the next item
            # opens, and the prompt before ends here (never its guidance, naming another item)
        if p is not None and limit is None and p.limit is not None and self._beside(p, block):
            return  # "Q1 Describe ... (750 words) | What the panel looks for: ...": the box under
        if (  # both is the question's, the cell beside it a note on it
            p
            and not block.heading
            and len(p.text) < GATHERS
            # (the prompt's tests first: they are known, and most prose asks nothing)
            and self.asks_prose(p.text)
            and not self.is_field_label(p.text)
            and (
                not self.asks_prose(text)
                or self._hint(p, block, limit)
                or self._noted(p, block, limit)
            )
            and not self.is_field_label(text)
            and not self._labels_row(p.block, block)
        ):
            p.text = self._gathered(p.text, text)  # guidance on the same question, or its limit
            p.covers = len(block.where) < 3 and COVER.fullmatch(text) is not None
            if limit and not p.limit:
                if self.bounds(text, limit, p.text):
                    p.limit = limit
                else:
                    p.noted = p.noted or limit
            return
        if (
            p is not None
            and (limit or (0,))[0] == (p.limit or (0,))[0]
            and twins(p.text, text, limit is not None)
        ):  # the same prompt in the form's other language: one question, quoted in English
            if welsh(p.text) and not welsh(text):  # (as the form is scored: trial24 T14)
                p.block, p.text, p.limit = block, text, limit or p.limit
            return
        if p is not None and not block.heading and script_apart(p.text, text):
            if latin_share(text):  # (the translation first: the prompt's words are these)
                p.text = f"{text} {p.text}"
            p.limit = p.limit or limit  # "Назва вашої групи" under "1. Name of your group": the
            return  # same prompt in the form's other language, its own box still to come
        if p is not None and same_row(p.block, block) and same_number(p.text, text):
            return  # "2.2 What will ...? | 2.2 Co będzie ...?": one prompt, in two languages
        if p is not None and not block.heading and same_number(p.text, text):
            p.limit = p.limit or limit  # "2.4 How will ...?" then "2.4: Keep this to about 200
            return  # words.": a note on the item, under it or in a column of notes beside
        sub = SUBITEM.match(text) is not None  # "(b) ...": one of a question's parts
        if sub and p is not None and p.limit and limit is None and self._points(p):
            p.text = f"{p.text} {text}"  # "In one statement of no more than 1,000 words, cover
            return  # points (a) to (e)": the points of one answer, its limit the whole's
        if p is not None and sub and not SUBITEM.match(p.text) and self.asks_prose(p.text):
            # "4. Tell us (100 words each): (a) ... (b) ...": the parts are the questions
            self.pending, self.each = (
                None,
                p.limit if p.limit and " each" in p.text.lower() else None,
            )
        else:
            if not sub:
                self.each = None
            if self._titles(p, text, limit):  # "MS1 Service delivery - maximum 2 sides": the
                self.pending = None  # the question's title
                limit = limit or (p.limit if p else None) or self._row_limit(p)
            dropping, made = self.pending, (len(self.questions), len(self.fields))
            self._drop()
            # a prompt left with no box: a box named by it may still come, under a hint
            kept = made == (len(self.questions), len(self.fields))
            self.dropped = dropping if kept else None
        self.pending = Pending(block, text, limit or (self.each if sub else None))

    def _beside(self, p: Pending, block: Block) -> bool:
        """Whether a cell beside a question in its own row, stating no limit of its own, is a
        note on it (what the panel looks for, guidance, an example), not a second question: it
        asks nothing ("?"), bears no item number and is no part ("(b) ...")."""
        text = block.text
        return (
            not block.heading
            and same_row(p.block, block)
            and "?" not in text
            and NUMBERED.match(text) is None
            and SUBITEM.match(text) is None
            and self.asks_prose(p.text)
        )

    def _heads_grid(self, p: Pending, block: Block) -> bool:
        """Whether a block is a column's heading ("ITEM", "Cost (£)": a few words, no number,
        "?" or limit) in the first row of a grid (a table of values to fill in: cells.grids)
        that the waiting prompt, a question ("?", "List ..."), is not in: the prompt is the
        grid's title. A section's title over a table of questions titles nothing to fill in."""
        table, row = row_key(block.where)
        text = block.text
        return (
            row == 1
            and table in self.grids
            and ("?" in p.text or self._instructs(p.text[:CUE_WITHIN]))
            and row_key(p.block.where)[0] != table
            and len(text.split(None, HEADING_WORDS)) <= HEADING_WORDS
            and "?" not in text
            and NUMBERED.match(text) is None
            and self.limit(text) is None
        )

    def _noted(self, p: Pending, block: Block, limit: object) -> bool:
        """Whether a cell beside a question in its own row, with no number, part or "?" of its
        own, is a note on it whatever it asks or limits ("2.2 How has it affected people? |
        Tell us about the sessions you stopped. Up to 200 words. | [box]"): a notes column's
        words, its limit the question's, never a second question taking the box. Only beside a
        prompt its number or "?" marks as the question: two prompts side by side ("Describe
        what you will do | Explain how it will help"), or two each stating a limit, are two."""
        return (
            not block.heading
            and same_row(p.block, block)
            and self._unnumbered(block.text)
            and (NUMBERED.match(p.text) is not None or "?" in p.text)
            and not (limit and p.limit)
        )

    def _points(self, p: Pending) -> bool:
        """Whether the lettered parts under a prompt that states its own limit, not one for
        each part, are the points one answer covers (they share its box and its limit)."""
        low = p.text.lower()
        return (
            " each" not in low
            and " together" not in low  # ("1 side for (a) and (b) together": theirs to share)
            and not SUBITEM.match(p.text)
            and self.asks_prose(p.text)
        )
