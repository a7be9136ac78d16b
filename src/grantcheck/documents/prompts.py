"""The tests a prompt is put to: whether it asks for prose, whether it is a field's label,
and the limit it states.

Each answer is kept by the prompt's words: the reader asks of one block more than once
(a prompt that gathers its guidance is asked about again).
"""

from __future__ import annotations

import re

from grantcheck.documents.choices import may_name, named, offered
from grantcheck.documents.followups import counts, ends_asking, follow_asks, itemised, unled
from grantcheck.documents.gates import listed
from grantcheck.documents.label_words import (
    ANSWER_TYPES,
    CHOICES,
    SUM,
    TYPED,
    VALUE_LAST,
    VALUE_WORDS,
    YES_NO,
    YES_NO_ASKED,
    may_be,
    short_label,
    sum_last,
)
from grantcheck.documents.phrases import find_limit, numbered
from grantcheck.documents.vocab import Vocabulary, tokens

NUMBERED_PREFIX = re.compile(
    r"^\s*(?:q(?:uestion)?\s*)?(?:[a-z]?\d{1,3}(?:\.\d+)*)?\s*(?:\([a-z]\))?[.):]?\s*",
    re.IGNORECASE,
)
# "600 characters remaining", "80 characters at most": a box's counter or hint opening with
# its limit's number, not a numbered item
LIMIT_FIRST = re.compile(
    r"^\s*\d[\d,]*\s*(?:words?|wds|characters?|chars?|pages?|sides?|gair|geiriau|nod|nodau)\b",
    re.IGNORECASE,
)
# "Who have you talked to? Include other groups ...": a question, then guidance on it
ASKED_THEN = re.compile(r"^[A-Z][^?]{10,}\? [A-Z][a-z'’]* [a-z]")
DESCRIBED = re.compile(r"\byou\s+(?:(?:will|can|then|also)\s+)?$", re.IGNORECASE)
# "What to include:", "What we look for", "How to answer:", "Why we ask" (not "Why we should
# fund you", which asks): a heading over notes on the answer, not a prompt nor a label
NOTES_HEADED = re.compile(
    r"^(?:(?:what|which|how|where|when|who)\s+(?:to|we)\s|why\s+we\s+ask\b)", re.I
)
CUE_WITHIN = 80  # characters: a question cue ("Describe", "How will") opens the prompt
QUOTES = "'\"‘“"  # the marks that open a quotation
ITEM = re.compile(r"^\s*[a-z][.)]\s+", re.IGNORECASE)  # "B) ", "c. ": a lettered item's mark
# a sub-question's mark opening a part: "(a) ", "b) ", "(ii) " (trial21 D4)
PART_MARK = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})[.)]\s+", re.IGNORECASE)
WH = ("who ", "what ", "why ", "how ", "which ", "where ")  # a part of a label that asks
# the parts of a label that asks more than one thing ("Who will benefit? Roughly how many?")
JOINED = re.compile(r",?(?<!\s)\s+and\s+|,\s+|;\s+")  # (" and" from a run's start: linear)
JOINS = re.compile(r",?(?<!\s)\s+and\s+|,\s+|;\s+|\?\s+")
# a limit as written that says it is a most: "no more than 300 words", "300 word limit"
QUALIFIED = re.compile(
    r"^(?:max|up to|no more than|not more than|not exceeding|limit|at most|within|under|"
    r"less than|fewer than|dim mwy na|hyd at|uchafswm)|(?:limit|max|maximum|max\.)$",
    re.IGNORECASE,
)
# the funder's own name for a place between "which" and the place ("Which Thistlebrook estate
# is the project for?", "Which Ketterworth Housing estate ...?"): read past, as "Which estate"
WHICH_NAMED = re.compile(r"\b([Ww]hich|WHICH)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?=[a-z])")
# what follows the place when it is what is asked: a verb, "or", a mark ("... estate is the
# project for?", "... estate or neighbourhood"), not a noun it qualifies ("... estate residents")
PLACE_ENDS = re.compile(
    r"\s*(?:[?,;:)]|$|(?:is|are|was|were|will|would|do|does|did|or|and|for|in|has|have)\b)",
    re.IGNORECASE,
)
ONE_VALUE = 25  # words: a limit this small on a field's label ("Maximum 100 characters") is its
# box's size (a name, a title), not room for an answer in prose
ONE_LINE = 150  # characters: a box limited to this few holds one value (a name, a title)
YES_NO_OPENING = 12  # characters: a strong cue this near a yes/no question's start opens it
BOUND_NOTE = 20  # words: a note this short under a prompt is about its answer (its limit)


class Prompts:
    """The prompt tests, with the vocabulary and assumptions they read by."""

    def __init__(self, vocab: Vocabulary, words_per_page: float, cpw: float) -> None:
        self.vocab, self.wpp, self.cpw = vocab, words_per_page, cpw
        self._asks: dict[str, bool] = {}
        self._cue_starts: dict[str, bool] = {}
        self._label: dict[str, bool] = {}
        self._limits: dict[str, tuple[int, str] | None] = {}
        self._fields = listed(vocab, "field_cues")  # as vocab.field reads them

    def limit(self, text: str) -> tuple[int, str] | None:
        if text not in self._limits:  # asked of a block more than once
            self._limits[text] = find_limit(text, self.vocab.units, self.wpp, self.cpw)
        return self._limits[text]

    def bounds(self, text: str, limit: tuple[int, str], prompt: str) -> bool:
        """Whether guidance under a prompt gives its answer's limit: the guidance is a short
        note ("(300 words)", "Please keep to 200 words."), or it says the figure is a most
        ("no more than 300 words", "a 300 word limit"). A number of words or pages in a
        paragraph of prose ("pages of around 800 words do best", "a one-page report at the
        end") describes something else; so does any paragraph under a numbered title that asks
        nothing ("6. How to apply": a section of notes, telling what a form asks)."""
        if len(text.split(None, BOUND_NOTE)) <= BOUND_NOTE:
            return True
        titled = "?" not in prompt and not self._instructs(prompt[:CUE_WITHIN])
        return not titled and bool(QUALIFIED.search(limit[1]))

    def one_line(self, text: str, limit: tuple[int, str] | None) -> bool:
        """Whether a printed limit in characters is a single value's size ("Give your project a
        short title. You can write up to 100 characters."), not room for prose: at most
        ONE_LINE characters, and no strong cue ("Summarise ... in 140 characters") asks for
        prose."""
        if limit is None or limit[0] * self.cpw > ONE_LINE:
            return False
        low = limit[1].lower()
        return ("char" in low or "nod" in low) and not self.vocab.strong.search(text)

    def asks_prose(self, text: str) -> bool:
        if text not in self._asks:
            self._asks[text] = self._asks_prose(text)
        return self._asks[text]

    def is_field_label(self, text: str) -> bool:
        if text not in self._label:
            self._label[text] = self._is_field_label(text)
        return self._label[text]

    def _asks_prose(self, text: str) -> bool:
        if notes_headed(text):
            return False  # (a heading over notes, whatever the notes' own words ask)
        return bool(
            (numbered(text) and not LIMIT_FIRST.match(text))
            or ends_asking(text, self.limit)  # ("...? *", "...? (100 words)")
            or (
                "? " in text
                and ASKED_THEN.search(text) is not None
                and (not YES_NO.match(text) or self._asks_more(text))
            )
            or self._instructs(text[:CUE_WITHIN], text)
        )

    def _instructs(self, start: str, whole: str = "") -> bool:
        """Whether a prompt's first words (``start``) open with an instruction to write
        ("Describe", "Tell us what"); "In Part 3 you describe your project" (the applicant its
        subject) tells what a form asks, and asks nothing itself. Kept by those words: a prompt
        that gathers its guidance (``_text``) keeps them, and is asked about again."""
        if start not in self._cue_starts:
            # searched within the block's own words when given (``whole``, of which ``start`` is
            # the first CUE_WITHIN characters): the same answer, and the block's words are then
            # worked out once for every stage, not once more for a slice of it
            m = (
                self.vocab.question.search(whole, 0, CUE_WITHIN)
                if whole
                else self.vocab.question.search(start)
            )
            self._cue_starts[start] = (
                m is not None
                and DESCRIBED.search(start, max(0, m.start() - 20), m.start()) is None
                and not _quoted(start, m.start())
            )
        return self._cue_starts[start]

    def _asks_more(self, question: str) -> bool:
        """Whether a yes/no question also asks for prose: a strong cue opening it ("Is there
        anything else ...?") or after a "?" ("Do you charge? Explain why."), or a follow-up
        asking for words ("If so, how?", not "If so, how many?"). One inside the question's own
        words ("the cover set out in the table below") asks nothing more."""
        first = question.index("?") if "?" in question[:-1] else len(question)
        if any(
            m.start() < YES_NO_OPENING or m.start() > first
            for m in self.vocab.strong.finditer(question)
        ):
            return True
        asks = follow_asks(question, first)  # "If so, how?", "Any risks, and how will you ...?"
        return asks is not None and self.vocab.field.search(asks) is None

    def _is_field_label(self, text: str) -> bool:
        if notes_headed(text):
            return False  # "What to include: - the total cost": notes on an answer, no label
        if ":" in text and may_be(text, ANSWER_TYPES) and TYPED.search(text):
            return True  # "1.1 Is your group based here? * Options: Yes / No"
        # a yes/no question needs its "?" and its opening word ("Is", "Do"): the yes/no
        # choices taken off below come after the "?", so the opening is known before that
        bare = unled(NUMBERED_PREFIX.sub("", text).strip()) if "?" in text else ""
        if bare and YES_NO.match(bare):
            bare = CHOICES.sub("", bare)
            if "?" in bare:  # "Will any ... happen? Write yes or no.": the answer is yes or no
                at = bare.rindex("?") + 1
                bare = bare[:at] + YES_NO_ASKED.sub("", bare[at:])
            if bare.endswith("?") and not self._asks_more(bare) and not self.limit(text):
                return True  # "Is your group a registered charity?": a yes/no field
        if may_name(text) and self._chosen(text):
            return True  # "Has your group ...? Yes / No", 'Type "Agreed"': a choice, a field
        if itemised(text) and not self.limit(text) and not self.vocab.strong.search(text):
            return True  # "What will you spend it on? List each item and its cost.": a budget
        return (
            (short_label(text) or counts(text))  # ("How many ...?" asks for a number, however long)
            and (
                self._names_field(text)
                or (sum_last(text) and SUM.search(text) is not None)
                or (may_be(text, VALUE_WORDS) and VALUE_LAST.search(text) is not None)
            )
            and not self.vocab.strong.search(text)
            and not self._asks_besides(text)
        )

    def _names_field(self, text: str) -> bool:
        """Whether a label holds a field cue (the vocabulary's), read past a name the funder
        gives the place it asks for ("Which Thistlebrook estate ...?" as "Which estate ...?")."""
        if self._fields.may_match(text, tokens(text)) and self.vocab.field.search(text):
            return True
        if "which" not in text.lower():
            return False  # (quick: no name to read past)
        bare = WHICH_NAMED.sub(r"\1 ", text)
        found = self.vocab.field.search(bare) if bare != text else None
        return found is not None and PLACE_ENDS.match(bare, found.end()) is not None

    def _chosen(self, text: str) -> bool:
        """Whether a prompt names its own answer (choices.py) and asks for nothing besides: no
        limit, and no strong cue opening it, nor after the choice ("If yes, describe ...")."""
        bare = NUMBERED_PREFIX.sub("", text, count=1).strip()
        offer = offered(bare)
        if offer is None and not named(bare):
            return False
        after = offer.start() if offer is not None else 0
        return not self.limit(text) and not any(
            m.start() < YES_NO_OPENING or m.start() >= after
            for m in self.vocab.strong.finditer(bare)
        )

    def _asks_besides(self, text: str) -> bool:
        """Whether a label that names a value also asks, in a part of its own, for words: "Who
        will benefit, and how many people?", "What will it cost and what will you spend the
        grant on?". A part that asks (a question cue opening it) and names no value is prose
        to write; "What is your name and address?" asks only for values."""
        asked = "? " in text and text.rstrip(" *").endswith("?")  # two questions, one box
        if " and " not in text and ", " not in text and not asked:
            return False  # (quick: one ask)
        bare = NUMBERED_PREFIX.sub("", text.lstrip("* "), count=1)  # (a required mark first)
        parts = (JOINS if asked else JOINED).split(ITEM.sub("", bare, count=1))
        # (each part read after its own mark: "1. (a) Who will benefit? (b) How many ...?")
        return len(parts) > 1 and any(
            (part := PART_MARK.sub("", raw.strip(), count=1)).lower().startswith(WH)
            and self.vocab.field.search(part) is None
            for raw in parts
        )


def notes_headed(text: str) -> bool:
    """Whether ``text`` opens as a heading over notes on an answer (NOTES_HEADED). (Quick: each
    such heading opens "wh" or "ho", in any case, and no other character is read as one of those
    letters when case is ignored.)"""
    return text[:1] in "WHwh" and text[1:2] in "HOho" and NOTES_HEADED.match(text) is not None


def _quoted(start: str, at: int) -> bool:
    """Whether the cue at ``at`` opens a question quoted inside a sentence ("Section 3 asks
    'How will patients benefit?'", 'Question 5 is "What difference ...?"'): guidance telling
    what a form asks, which asks nothing itself. A prompt that is all a quotation (its mark
    first) still asks."""
    before = start[:at].rstrip()
    return before[-1:] in QUOTES and any(ch.isalpha() for ch in before)
