"""Prose the requirements reader can pass by: a cheap gate before a full reading.

Most of a guidance note is prose outside any list or table that heads nothing and names
nothing an applicant could be asked for; such a line leaves the reader's state as a full
reading would, so the reader tells it apart with set lookups and moves on.
"""

from __future__ import annotations

from grantcheck.documents.attachments import Attachments
from grantcheck.documents.blocks import Block, Location
from grantcheck.documents.holdings import Holdings
from grantcheck.documents.match import ANSWER
from grantcheck.documents.sections import NUMBERED_TITLE, NUMBERED_WORDS, SECTION, title_words
from grantcheck.documents.uploads import Uploads
from grantcheck.documents.vocab import tokens

COPY = frozenset(("copy", "copies"))  # "a copy of your ...": a document, whatever its kind


def element(where: Location) -> str:
    """A location's HTML element ("li 3"), or ""."""
    element = ""
    for key, value in where:  # (no dict: this is asked of every block)
        if key == "element":
            element = str(value)
    return element


class Prose(Attachments, Holdings, Uploads):
    """The requirements reader's gate for prose that asks for nothing."""

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
            or SECTION.match(text)
            or (NUMBERED_TITLE.match(text) and title_words(text) <= NUMBERED_WORDS)
        ):
            return False  # perhaps a heading ("Part 2: ...", "4 Send these (tick each one)")
        toks = tokens(text)
        v = self.vocab
        if (
            not toks.isdisjoint(COPY)
            or self.interest.could_match(text, toks)
            or (
                self.match is None
                and (
                    self.match_section
                    or not v.gates["match"].isdisjoint(toks)
                    or not v.gates["match_share"].isdisjoint(toks)
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
