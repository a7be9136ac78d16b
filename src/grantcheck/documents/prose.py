"""Prose the requirements reader can pass by: a cheap gate before a full reading.

Most of a guidance note is prose outside any list or table that heads nothing and names
nothing an applicant could be asked for; such a line leaves the reader's state as a full
reading would, so the reader tells it apart with set lookups and moves on. So, too, the form's
own blanks after a documents list are told from the list's lines written with a blank beside
them ("A copy of your constitution ______").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from grantcheck.documents.attachments import Attachments
from grantcheck.documents.blocks import FIELD, TEXT, Block, Location
from grantcheck.documents.buttons import BUTTON_WORDS
from grantcheck.documents.holdings import Holdings
from grantcheck.documents.items import SENT_OPENING, is_item
from grantcheck.documents.loosely import may_name_loosely
from grantcheck.documents.match_caps import may_share
from grantcheck.documents.match_words import ANSWER
from grantcheck.documents.recaps import may_mend
from grantcheck.documents.sent_objects import may_send, sent_objects
from grantcheck.documents.titles import (
    NUMBERED_TITLE,
    NUMBERED_WORDS,
    section,
    title_words,
)
from grantcheck.documents.upload_buttons import UploadButtons
from grantcheck.documents.vocab import tokens

COPY = frozenset(("copy", "copies"))  # "a copy of your ...": a document, whatever its kind
# a PDF's list number drawn on a line of its own, run on to the end of the item before ("your
# insurance certificate; 3."): the next line is the list's item
RUN_ON_NUMBER = re.compile(r"[;,](?:\s+(?:and|or))?\s+\(?(?P<n>\d{1,2})[.)]$")
PROSE_WORDS = 12  # a line this long, outside any list or table, may be passed by


def may_tick(text: str) -> bool:
    """Whether ``Sections._ticked`` is asked of a line at all: only a line with a tick box or
    a line break can hold a list of tick boxes."""
    return "☐" in text or "□" in text or "\n" in text


def word_count(text: str) -> int:
    """A line's words, counted quickly: its spaces, unless a fixed-width layout's runs of spaces
    ("PART D        Please tick") need a split."""
    return len(text.split()) if "  " in text else text.count(" ") + 1


def element(where: Location) -> str:
    """A location's HTML element ("li 3"), or ""."""
    element = ""
    for key, value in where:  # (no dict: this is asked of every block)
        if key == "element":
            element = str(value)
    return element


class Prose(Attachments, Holdings, UploadButtons):
    """The requirements reader's gate for prose that asks for nothing."""

    blanks_ended = False  # a documents list's blanks gave way to the form's own (until words)

    def _table_edge(self, row: list[Block] | None) -> None:
        """Entering a table, or leaving one for a line outside it: a documents table's rows are
        the list's items, as a bulleted list's are, so the plain line right after the table (a
        title, "Insurance", then prose) is no item of it (``_text`` ends the list there); a
        lead-in there ("Every group must also send:") opens a list of its own, whatever marks
        its items have."""
        if not row and self.row and self.checklist and len(self.attachments) > self.table_first:
            self.tabled = True
        elif row and not self.row:
            self.table_first = len(self.attachments)

    def passes(self, block: Block, row: list[Block] | None, header: Sequence[Block]) -> bool:
        """Whether ``block`` is a line of prose outside any table that ``feed`` would read only
        to pass it by (``_passed_by``), every step before that doing nothing with it; if so,
        the reader is left as that reading leaves it. One call and a few set lookups, where the
        full reading made a dozen calls (most of a guidance note is such prose)."""
        text = block.text
        if (
            row is not None
            or header
            or block.kind != TEXT
            or block.translation
            or block.link
            or block.heading
            or self.row is not None  # (a table's row ends here: feed forgets it)
            or self.tabled  # (the first line read after a documents table: _text)
            or self.row_refused
            or self.last_upload is not None  # (the line under an upload is its hint: _hint)
            or self.checklist  # (a list's note or description: _note_under, _described)
            or self.blanks_ended  # (a line of words ends the form's own blanks: _text)
            or (self.wrapped is not None and text[:1].islower())  # (perhaps carrying on the
            or may_tick(text)  # line before: _unwrap), tick boxes (_ticked), mended (_unwrap)
            or may_mend(text)
        ):
            return False
        words = word_count(text)
        if words < PROSE_WORDS or not BUTTON_WORDS.isdisjoint(tokens(text)):  # (_button)
            return False
        self.blocks_read += 1
        if not self._passed_by(block, text, words):
            self.blocks_read -= 1  # (read in full, from the start)
            return False
        # as feed, _unwrap and _text leave the reader for such a line
        self.row_text, self.header = "", header
        self.who_decides = self.row_conditional = self.row_requested = self.recap = False
        self.since_control.append(text)
        self.wrapped, self.contents, self.after_box, self.carried = None, False, False, 0
        self._line_read(block, (len(self.attachments), len(self.policies), len(self.accounts)))
        return True

    def _line_read(self, block: Block, found: tuple[int, int, int]) -> None:
        """What reading a line leaves behind, whether it was read in full (``feed``) or passed
        by (``passes``): ``found`` is what had been found before it."""
        if "No" in block.text[:80]:  # an FAQ's answer: "Do you need our accounts?" / "No."
            self.answered_no(block)
        self._wrap(block, found)
        # (searched in a list only, where it counts: the search tried each "," of all prose)
        listed = self.checklist and block.text[-1:] in ".)"
        run_on = RUN_ON_NUMBER.search(block.text) if listed else None
        if run_on is not None:  # "...; 2.": item 2 is the next line, and
            self.ticked, self.numbered = True, int(run_on["n"])  # "3." alone on a line, the next
        self.recent.append((block, found))
        self._declines_list(block.text, found[0])

    def _written_beside(self, block: Block, row: list[Block] | None) -> bool:
        """Whether a field is a documents list's line with a blank to write on after its words
        ("A copy of your constitution ______", "Latest accounts ........"): the list's item."""
        if not (
            block.kind == FIELD
            and self.checklist
            and not row
            and not self.blanks_ended
            and "element" not in dict(block.where)  # (a web form's box names its own value)
        ):
            return False
        # (its words name a document, as an item opens, "A ...", "Your ...": never the list's
        # lead-in, its colon taken as the blank's, "And, where they apply:"); a blank that names
        # none ends the run: the form's own blanks follow ("Your group's aims ____", review24 F3)
        named = bool(self.vocab.kinds.names(block.text)) or (
            SENT_OPENING.match(block.text) is not None and is_item(block.text)
        )
        self.blanks_ended = not named
        return named

    def _passed_by(self, block: Block, text: str, words: int) -> bool:
        """Whether a line of prose outside any list or table (12 words or more, not in a table)
        can be passed by: it heads nothing and names nothing an applicant could be asked for.
        If so, it leaves the reader as a full reading would (a cheap gate: most prose is this)."""
        if (
            block.heading
            or self.checklist
            or self.policy_section
            or self.who_lines
            or self.term is not None
        ):
            return False
        if words <= 16 and (
            text.rstrip().endswith((":", "?"))
            or section(text)
            or (NUMBERED_TITLE.match(text) and title_words(text) <= NUMBERED_WORDS)
        ):
            return False  # perhaps a heading ("Part 2: ...", "4 Send these (tick each one)")
        toks = tokens(text)
        v = self.vocab
        if (
            not toks.isdisjoint(COPY)
            or self.interest.could_match(text, toks)
            or may_name_loosely(text)  # ("an email from the youth worker saying they support it")
            or (may_send(toks) and bool(sent_objects(text, v)))  # ("attach a map showing ...")
            or (
                self.match is None
                and (
                    self.match_section
                    or not v.gates["match"].isdisjoint(toks)
                    or may_share(v, text, toks)
                )
            )
            # an FAQ's answer under a question ("We do not insist on it, but ..."): match.py
            or (
                self.match is None
                and self.question_at == self.blocks_read - 1
                and ANSWER.match(text) is not None
            )
            or element(block.where).startswith("dt ")
            or (not v.gates["attach"].isdisjoint(toks) and self._points_ahead(text))
        ):
            return False
        self.item_cell, self.marked = None, False
        return True
