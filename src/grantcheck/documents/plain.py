"""The question reader's quick path for plain prose: guidance is mostly sentences that ask
nothing, state no limit and label nothing, and each is read here in a few tests, not walked
through every rule of ``Reader.feed``.

What such a sentence does to the reader's state is known exactly: the prompt waiting before it
(itself plain: no limit, no number, asks nothing, labels nothing) is dropped with nothing
counted; the sentence waits in its place, with no limit; the box just closed, the last label
counted, the yes/no just read and a question's limit for each of its parts end; a section's
office-use box, a table of limits by reference, and "asked elsewhere" keep what ``feed`` would
make of them. Any block this cannot be sure of (a heading, a box's hint, a "?", a limit, a
number, a sentence after a tick box, a short line that could be a box's note, ...) takes the
full walk, so what is measured does not change.
"""

from __future__ import annotations

import re

from grantcheck.documents.answers import Pending
from grantcheck.documents.blocks import FIELD, Block
from grantcheck.documents.cells import row_key
from grantcheck.documents.phrases import numbered, says_open
from grantcheck.documents.prompts import CUE_WITHIN, notes_headed
from grantcheck.documents.referred_limits import QUESTION_NUMBER
from grantcheck.documents.shapes import ELSEWHERE_KEYS, SUBITEM
from grantcheck.documents.shared import Sections

# A line of prose in which nothing ``feed`` and ``_text`` look for in a block's own words can be:
# it opens with a word of letters and a space (no number, part "(b)" or "iv)", and not "Q",
# "Question", an answer type's "Options" or a choice's "Yes"), has no "?", and ends with a
# letter, a figure, a comma or a closing mark, or one full stop after one (not a label's ":",
# "£" or "GBP", an answer marker's ":", nor a placeholder's "]"); and it is long, 60 characters
# less its last stop, which no office-use title, "Write here", placeholder or bare number is.
LONG_PLAIN = re.compile(
    r"(?!(?i:q|question|options|answer|response|field|input|yes|ydy|oes) )[A-Za-z]+ [^?]{58,}"
    r"(?:[A-Za-z0-9,;!)'\"]|(?<=[A-Za-z0-9)'\"])\.)(?<!GBP)"
)
# a note saying the answer has no limit names the answer or its length: "There is no word limit
# for this question" (not "There is no upper limit" on a sum, nor on how long a project runs)
OPEN_ANSWER = re.compile(
    r"\b(?:no\s+(?:word|character|length|page)\s+limit|no\s+limit\s+(?:on|to)\s+(?:the\s+)?"
    r"(?:length|number\s+of\s+words|how\s+much\s+you\s+(?:can\s+)?write)|no\s+maximum\s+"
    r"(?:length|number\s+of\s+words))\b",
    re.IGNORECASE,
)
# an item numbered with a letter after its number: "5a. Describe ...", "Q3b How ..."
LETTERED = re.compile(r"\s*(?:q(?:uestion)?\.?\s*)?\d{1,3}[a-h][.):]?\s+\S", re.IGNORECASE)
SPACE_NOTE = 12  # words: a line this short may be a box's note (``feed``'s space cue)
GATHERS = 600  # characters: a prompt this long gathers no more guidance (``_text``)


class Plain(Sections):
    """The quick path, run before ``feed``'s full walk (questions.py)."""

    def _plain(self, block: Block) -> bool:
        """Reads ``block`` (a text block, not a heading or a hint) when it is a long line of
        plain prose after nothing, after plain prose, or under a prompt gathering its
        guidance, exactly as ``feed`` would; False, with nothing done, when it may not be."""
        text = block.text
        previous, p = self.previous, self.pending
        if (
            LONG_PLAIN.fullmatch(text) is None
            or self.office is not None
            or self.by_ref
            or (previous is not None and previous.kind == FIELD and previous.group)
            or self.limit(text) is not None
            or (self.boxed is not None and len(block.where) > 2)  # a note beside a box just read
            or (p is not None and self._space_note(text))
            or (self.labelled is not None and " / " in text)  # (a label's choices under it)
        ):
            return False
        if p is None:
            self.pending, self.each, self.dropped = Pending(block, text, None), None, None
        elif self.is_field_label(p.text):
            return False  # (a note on a value asked; LONG_PLAIN opens with no bullet)
        elif says_open(text) and OPEN_ANSWER.search(text):
            return False  # (a note saying the answer has no limit: ``_text`` reads it)
        elif (
            len(p.text) < GATHERS
            and self.asks_prose(p.text)
            and (not self.asks_prose(text) or self._hint(p, block, None))
            and not self.is_field_label(text)
            and not self._labels_row(p.block, block)
        ):
            p.text = self._gathered(p.text, text)  # guidance on the waiting question
        elif (
            p.limit is None
            and QUESTION_NUMBER.match(p.text) is None
            and self._row_limit(p) is None  # (a question's title row: ``_text`` reads it)
        ):
            # the waiting prompt is dropped with nothing counted (no limit, no number; and
            # LONG_PLAIN is no twin of it in the form's other language: it has no number)
            self.pending, self.each, self.dropped = Pending(block, text, None), None, p
        else:
            return False
        self.boxed = None  # (a note under a box states a limit: this states none)
        if self.cues and any(key in text for key in ELSEWHERE_KEYS):
            self.elsewhere = self.elsewhere or bool(self.vocab.elsewhere.search(text))
        if self.shared is not None:
            self._section_ends(block)  # (a limit shared by a section's questions: its end)
        self.previous, self.before, self.labelled, self.choice_words = block, previous, None, False
        return True

    def _hint(self, p: Pending, block: Block, limit: tuple[int, str] | None) -> bool:
        """Whether a paragraph that asks, under a numbered question still waiting for its box,
        is that question's hint ("8. Describe your project. (max 300 words)" over "Include
        what you will do and where.", then the box): a form numbers each of its questions, so
        a paragraph with no number of its own, no limit of its own and no "?" of its own adds
        to the question above it; it is not a second question sharing its box."""
        return (
            limit is None
            and not block.heading
            and (numbered(p.text) is not None or LETTERED.match(p.text) is not None)
            and self._unnumbered(block.text)
        )

    def _labels_row(self, prompt: Block, block: Block) -> bool:
        """Whether a block labels the box beside it in a table the prompt above is not in ("3.
        About you" over a first row "Organisation | [box]"): the row's own label, not a note
        on the prompt, which is the table's title."""
        key = row_key(block.where)
        return key in self.label_rows and row_key(prompt.where)[0] != key[0]

    @staticmethod
    def _unnumbered(text: str) -> bool:
        """Whether a note under a prompt could only be about it: it bears no number nor a
        part's letter of its own, and asks no question of its own ("?")."""
        return (
            "?" not in text
            and numbered(text) is None
            and LETTERED.match(text) is None
            and SUBITEM.match(text) is None
        )

    def _gathered(self, prompt: str, text: str) -> str:
        """``prompt`` with the guidance ``text`` after it, and whether that asks for prose when
        it follows from ``prompt``'s answer (the next block asks it of the whole, up to GATHERS
        characters, every time the prompt grows). A prompt asking by a cue in its first
        CUE_WITHIN characters ("Describe ...") keeps them: ``_asks_prose`` asks the whole first
        whether it has become a heading over notes (NOTES_HEADED: "What" and spaces, then "to
        ..."), asked here too; whatever it asks next, its last test (``_instructs``) answers
        from its cache by those characters: yes."""
        whole = f"{prompt} {text}"
        if (
            len(prompt) >= CUE_WITHIN
            and self._cue_starts.get(prompt[:CUE_WITHIN])
            and not notes_headed(whole)
        ):
            self._asks[whole] = True
        return whole

    def _space_note(self, text: str) -> bool:
        """Whether ``text`` may be a note under a box drawn on the page ("Continue on a separate
        sheet if necessary."), as ``feed`` reads one: a line of twelve words or fewer with a
        space cue. (Quick: LONG_PLAIN's single spaces, twelve or more, part thirteen words.)"""
        if text.count(" ") >= SPACE_NOTE and "  " not in text:
            return False
        bare = text.strip(" _*:.-–>£$€").lower()
        return len(bare.split()) <= SPACE_NOTE and self.vocab.space_cue.search(bare) is not None
