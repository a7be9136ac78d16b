"""What the text under a prompt is, before its space: a note on the value asked ("[Picture: a
purse]"), a point of the question ("- Tip: ..."), a title whose limit is the question's, or
the start of an office-use box the applicant leaves alone; under a box, its counter or limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.answers import Answers, Pending
from grantcheck.documents.blocks import SPACE, TEXT, Block
from grantcheck.documents.cells import column, container, row_key, row_of
from grantcheck.documents.facts import Evidence
from grantcheck.documents.label_words import SHORT
from grantcheck.documents.phrases import NUMBERED, says_open, sentences
from grantcheck.documents.prompts import (
    CUE_WITHIN,
    LIMIT_FIRST,
    NUMBERED_PREFIX,
    ONE_VALUE,
)
from grantcheck.documents.shapes import OFFICE, SUBITEM

UNDER = ("under",)
TAIL_WORDS = 6  # words: a description's last sentence or bracket this short is only its limit
# a part's or section's title: "PART B - ...", "Section 3: ...", "Adran 2"
# a question's reference of two or three capitals and its number, as tenders write them ("MS1",
# "TQ2", "QU3.1"; one letter and a number is NUMBERED's)
REFERENCE = re.compile(r"^\s*[A-Z]{2,3}\d{1,2}(?:\.\d{1,2})?[.):]?\s+(?=\S)")
PART_TITLE = re.compile(r"^\s*(?:part|section|adran|rhan)\s+(?:[a-z]|\d{1,2})\b", re.I)
# a question's reference alone in a row's first cell: "B1", "3.1", "Q7", "Question 7", "7."
REF_ALONE = re.compile(
    r"(?:[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2})*\.?|(?:Q|Question) ?\d{1,2})[.:]?",
    re.IGNORECASE,
)
REF_CHARS = 12
NUMBER_ONLY = 8  # characters: a line this short with no letter is a number ("47", "3 of 4")
BULLETS = ("- ", "* ", "• ", "▪ ", "– ", "· ")  # a bullet, as a text or Markdown file keeps it
ARROWS = ("->", "=>", "-->")  # typed at the end of a line: the answer goes after it


# a line ending in a colon this long (spaces) may lead a list in, not ask for a value
LEAD_IN_WORDS = 5
LEAD_ITEM = re.compile(r"\s*(?:[-*+•▪]\s|[•▪]$|\(?\d{1,2}[.)]\s|\(?[a-h]\)\s)")
NUMBERED_ITEM = re.compile(
    r"\s*\(?\d{1,2}[.)]\s"
)  # "2) Your group's name (if ...):": a form's item


class Asides(Answers):
    """The tests the walk puts to a text block under a prompt (questions.py)."""

    lead_in: Evidence | None = None  # a field read from a line ending in a colon, just now

    def _led(self, block: Block) -> None:
        """A line ending in a colon read as a field, and then a list's item under it: it led
        the list in ("It asks for your group's name and contact details, and then:", "- Groups
        with an income over £250,000 only:"; a PDF's bullet drawn apart: alone), not a field."""
        lead, self.lead_in = self.lead_in, None
        if (
            block.kind == TEXT
            and self.fields
            and self.fields[-1] is lead
            and (block.item or LEAD_ITEM.match(block.text))
        ):
            self.fields.pop()

    def _office(self, block: Block) -> bool:
        """Whether ``block`` is in a "For office use only" box: the council fills it in, not
        the applicant. The box runs to a heading, another page or table, or prose."""
        if block.kind == TEXT and len(block.text) < 60 and OFFICE.search(block.text):
            if column(block.where) in self.office_columns:
                return True  # "Question | Answer | Office use": a column's head (prepass)
            self._drop()
            self.office = _place(block) or UNDER  # (a title over a table: the table)
            return True
        if self.office_columns and (
            column(block.where) in self.office_columns
            or (block.kind != TEXT and row_key(block.where) in self.office_rows)
        ):
            return True  # a cell of an office-use column, or an empty cell of its head's row
        if self.office is None:
            return False
        if self.office == UNDER:
            self.office = _place(block)
        if (
            block.heading
            or _place(block) != self.office
            or (block.kind == TEXT and (len(block.text.split()) > SHORT or "?" in block.text))
        ):
            self.office = None
            return False
        return True

    def _point(self, p: Pending, text: str, limit: tuple[int, str] | None) -> bool:
        """Whether a bulleted line (``text``) under a numbered question (``p``) is a point of
        that question, a tip or a part to cover, and not a question of its own: a point with a
        limit of its own under a question with none is a part asked apart ("- your aims (100
        words)")."""
        return (
            (limit is None or p.limit is not None)
            and NUMBERED.match(p.text) is not None
            and self.asks_prose(p.text)
            and not self.is_field_label(p.text)
            and not SUBITEM.match(text[2:])
        )

    def _aside(self, text: str) -> bool:
        """Whether ``text``, under a prompt asking for a value, is a note on it and not a
        prompt of its own: a sentence or a bracketed aside ("[Picture: a house]", "Remember:
        the most we give is £300.") that neither asks nor labels. An Easy Read form puts such
        notes between each question and its box; the box is still the value's."""
        end = text.rstrip()[-1:]
        return (
            (end in ".!" or (end in ")]" and text.lstrip()[:1] in "(["))
            and not self.asks_prose(text)
            and not self.is_field_label(text)
        )

    def _titles(self, p: Pending | None, text: str, limit: tuple[int, str] | None) -> bool:
        """Whether ``p`` is a heading that gives a limit and asks nothing, by a cue or a "?"
        ("MS3 Staffing - weighting 10% - maximum 500 words", "Q2 Delivery (maximum 400
        words)"), and ``text`` the question under it, with no limit of its own: the heading is
        the question's title, and its limit the question's."""
        part = p is not None and PART_TITLE.match(p.block.text) is not None
        return (
            p is not None
            and (p.limit is not None or self._row_limit(p) is not None)
            and limit is None
            and (p.block.heading or part or self._reference_line(p, text) or self._ref_row(p, text))
            and "?" not in p.text
            # ("PART B - WHAT YOU WOULD LIKE A GRANT FOR", then "250 words" from the margin
            # beside the question under it: a part's title asks nothing, whatever its words)
            and (part or not self._instructs(p.text[:CUE_WITHIN]))
            and not self.is_field_label(p.text)
            and self.asks_prose(text)
            and not self.is_field_label(text)
        )

    def _reference_line(self, p: Pending, text: str) -> bool:
        """Whether ``p`` is a question's reference line, its number with what the form says of
        the answer ("3.1 Weighting: 30% Maximum 3,000 characters"), over the question's own
        words, unnumbered ("Describe your experience ..."): a title, asking nothing itself."""
        ref = REFERENCE.match(p.text)  # a tender's reference, letters before the number: "MS1"
        return (
            (NUMBERED.match(p.text) is not None or ref is not None)
            and LIMIT_FIRST.match(p.text) is None  # ("60 characters at most. ...": a hint)
            and NUMBERED.match(text) is None
            and REFERENCE.match(text) is None
            and SUBITEM.match(text) is None
            and not self.asks_prose(
                p.text[ref.end() :] if ref else NUMBERED_PREFIX.sub("", p.text, count=1)
            )
        )

    def _ref_cell(self, block: Block, limit: tuple[int, str] | None) -> None:
        """Notes a table row opened by a cell holding only a question's reference ("B1",
        "3.1", "Q7", "Question 7", "7."), and a limit in any of that row's cells ("Maximum 500
        words", before or after the weighting, or in the title's own cell)."""
        place = dict(block.where)
        bare = block.text.strip()
        if place.get("cell") == 1 and len(bare) <= REF_CHARS and REF_ALONE.fullmatch(bare):
            self.ref_row, self.ref_limit = row_key(block.where), None
        elif limit is not None and row_key(block.where) == self.ref_row:
            self.ref_limit = self.ref_limit or limit

    def _row_limit(self, p: Pending | None) -> tuple[int, str] | None:
        """The limit of the reference row the prompt ``p`` is in, if it is in one."""
        if p is None or len(p.block.where) < 3 or row_key(p.block.where) != self.ref_row:
            return None
        return self.ref_limit

    def _ref_row(self, p: Pending, text: str) -> bool:
        """Whether ``p`` is in a table row whose first cell holds only a question's reference
        ("B1 | Service delivery | Weighting: 25% | Max 600 words"), over the question's own
        unnumbered words: the row is the question's title, as "MS1 Service delivery ..." on one
        line is (``_reference_line``)."""
        return (
            self.ref_row is not None
            and len(p.block.where) > 2
            and row_key(p.block.where) == self.ref_row
            and NUMBERED.match(text) is None
            and REFERENCE.match(text) is None
            and SUBITEM.match(text) is None
            and not self.asks_prose(p.text)
        )

    def _under_box(self, block: Block, index: int) -> bool:
        """Whether ``block`` is a short note under an answer box that gives the box's limit:
        a Word form's counter as printed blank ("Word count: 0/300", "Words used: 0 of 250")
        or "(maximum 300 words)" under the box. A limit too small for prose ("0/10") makes
        the box a single value's (a title), a field."""
        if row_of(self.questions[index].evidence.where, block.where):
            return self._row_note(block, index)
        limit = self.limit(block.text)
        if limit is None:
            return False
        q = self.questions[index]
        if q.word_limit in (None, limit[0]) and self._control_note(block, limit):
            self.questions[index] = replace(q, word_limit=limit[0], limit_as_written=limit[1])
            return True
        opens = block.text.lstrip().startswith(limit[1])
        if len(block.text.split(None, 6)) > 6 and not opens:
            return False  # (a note that opens with the limit: "Word limit: 200 | Pass / fail")
        if opens and limit[0] == q.word_limit:
            return True  # "Up to 250 words. What will you do, where?": the box's help, its limit
        blank = block.text.lstrip()[:2] == "0 "  # "0 / 3000 characters": a blank box's count
        if not blank and self.asks_prose(block.text):
            return False
        if q.word_limit is not None:  # a box with its limit: its counter says it again
            return blank or limit[0] == q.word_limit
        if limit[0] < ONE_VALUE and not self.vocab.strong.search(q.text):
            del self.questions[index]
            self.fields.append(q.evidence)
        else:
            self.questions[index] = replace(q, word_limit=limit[0], limit_as_written=limit[1])
        return True

    def _control_note(self, block: Block, limit: tuple[int, str]) -> bool:
        """Whether a note under a web form's box, in no element of its own the page ties to the
        box, ends with the box's limit, in brackets or as its last sentence ("Include any surveys
        you have. (max. 250 words)", "Describe the building and who uses it. Maximum 1500
        characters."): the box's description, not a prompt (a web form's prompt is its box's
        label, above it); the limit the box's, or the one it has already said again."""
        text = block.text.rstrip(" .")
        box = self.previous
        if (
            box is None
            or box.kind != SPACE
            or not str(dict(box.where).get("element", "")).startswith("textarea")
            or NUMBERED.match(text) is not None  # ("2.3 Tell us ... (300 words)": the next item)
            or "?" in text
        ):
            return False
        tail = text[text.rfind("(") :] if text.endswith(")") else sentences(text)[-1]
        return limit[1] in tail and len(tail.split()) <= TAIL_WORDS

    def _row_note(self, block: Block, index: int) -> bool:
        """Whether ``block``, a later cell of a question's own table row, after its box
        ("Question | Your answer | Notes"), is a note on that question that says its length:
        the limit it opens with is the question's ("Half a page at most. Tell us what you
        will count."), or it says there is none ("No length limit: a list is fine"), so a
        section's default is not the question's. A note that says neither is read as before."""
        text, q = block.text, self.questions[index]
        limit = self.limit(sentences(text)[0]) if text else None
        if limit is not None:
            if q.word_limit is None:
                self.questions[index] = replace(q, word_limit=limit[0], limit_as_written=limit[1])
            return True
        if says_open(text):
            self.questions[index] = replace(q, open=q.word_limit is None)
            return True
        return False

    def feed(self, block: Block) -> None:
        """One block of the walk (questions.Reader's)."""
        raise NotImplementedError

    def _arrowed(self, block: Block) -> bool:
        """Whether ``block`` is a line of a form typed into an e-mail, the answer to go after a
        typed arrow: "->" alone under a prompt is its answer space; "Group name ->" a label
        with its blank on its line (a field, or a question if the label asks for prose). An
        arrow after anything else ("Read more ->") is not a blank."""
        label = block.text[: block.text.rindex(block.text.rstrip()[-2:])].rstrip(" -=:")
        if not label:
            if self.pending is None:
                return False
            self._space(Block(SPACE, "", block.where))
            return True
        if not (self.is_field_label(label) or self.asks_prose(label)):
            return False
        self.feed(replace(block, text=label))
        self._space(Block(SPACE, "", block.where))
        return True

    def _filled(self, block: Block, at: int) -> str:
        """A template's placeholder at ``at`` in ``block`` ("[Insert text here]") is where the
        applicant writes: alone, an answer space; after a label that asks for a value ("Date
        of this plan: [Insert text here]"), a field. After a prompt that asks for prose, the
        prompt is returned, to be read before its space. A limit inside the placeholder ("[Write
        your answer here - up to 250 words]") is the waiting prompt's, as if printed by its box."""
        label = block.text[:at].strip()
        if not label:
            said = self.pending is not None and self.limit(block.text) is not None
            self._space(Block(SPACE, block.text if said else "", block.where))
            return ""
        if self.asks_prose(NUMBERED_PREFIX.sub("", label.lstrip("-*• "))):
            return label
        self._drop()
        self.fields.append(self.evidence(block, label))
        return ""


def _place(block: Block) -> tuple[object, ...]:
    """The page and table a block is on, and the Word text box it is in: an office-use box
    drawn as a text box ends with it (review22 F1 on e5e9732)."""
    where = container(block.where)
    return (*where, ("drawn", block.drawn)) if block.drawn else where
