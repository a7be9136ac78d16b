"""A prompt with no answer space after it: a question only if it states a limit and asks for
prose within it ("4. Your project (300 words)"), not a limit told in passing in a paragraph of
news, nor a document's size in a list of documents to send; a numbered prompt left with no box
is kept in its run of numbers (runs.py) all the same.
"""

from __future__ import annotations

from grantcheck.documents.answer_state import AnswerState, Pending
from grantcheck.documents.phrases import NUMBERED, says_open, sentences
from grantcheck.documents.prompts import BOUND_NOTE, CUE_WITHIN, ONE_VALUE, QUALIFIED
from grantcheck.documents.runs import Item, number_of

TITLE_WORDS = 6  # a paragraph's first sentence this short may be its prompt's title


class Unboxed(AnswerState):
    """What the lack of a space makes of the prompt before it."""

    def _drop(self) -> None:
        """A prompt with no space: a question only if it states a limit and asks for prose."""
        p, self.pending = self.pending, None
        if p is None:
            return
        if (
            (p.limit or self._by_number(p.text))
            and self.asks_prose(p.text)
            and not (self.is_field_label(p.text) and (not p.limit or p.limit[0] < ONE_VALUE))
            and (p.limit is None or self._asks_within(p.text, p.limit))
            and not (self.spaceless and p.limit and self._in_passing(p.text))
            and not (p.limit and self._document_sized(p.text))
        ):
            if self.one_line(p.text, p.limit):
                self.fields.append(self.evidence(p.block, p.text))  # its limit is its box's size
            else:
                made = len(self.questions)
                self._question(p)
                if len(self.questions) > made:
                    self._listed(p, True)
        elif (
            p.limit is None
            # ("How long should it be?" over "There is no limit": a heading asking about the
            # length; "B6. Anything else? | Limit: none", a numbered item's note, is a question)
            and (not p.block.heading or NUMBERED.match(p.block.text) is not None)
            and says_open(p.text)
            and ("?" in sentences(p.text)[0] or NUMBERED.match(p.text) is not None)
            and self.asks_prose(p.text)
            and not self.is_field_label(p.text)
        ):  # "What did that grant achieve? (No word limit)": room to write, said, if not drawn
            # (a question opening its block; a paragraph telling of no limit is guidance)
            self._question(p)
        elif p.limit is None and (p.text[:1].isdigit() or p.text[:1] in "qQ"):
            self._listed(p, False)  # (most prompts dropped are prose: no number to keep)

    def _numbered(self, text: str) -> None:
        """A numbered item counted as a field as it was read ("7) Had a grant before? [] Yes
        [] No"): kept in its run of numbers (runs.py), so the run goes on past it."""
        if (text[:1].isdigit() or text[:1] in "qQ") and (number := number_of(text)):
            self.listed.append(Item(number, 0, False))

    def _drop_listed(self, p: Pending) -> None:
        """A numbered prompt with no limit, left with no box: kept in its run (runs.py)."""
        if p.text[:1].isdigit() or p.text[:1] in "qQ":
            self._listed(p, False)

    def _listed(self, p: Pending, counted: bool) -> None:
        """Keeps a numbered prompt with no space after it, counted or not, for ``runs``."""
        number = number_of(p.text)
        if number is None or (p.block.heading and not counted):
            return  # (a numbered title heads a section: it asks nothing)
        value = not counted and self.is_field_label(p.text)
        if counted or value or "?" in p.text or self._instructs(p.text[:CUE_WITHIN]):
            at, evidence = len(self.questions), self.evidence(p.block, p.text)
            self.listed.append(Item(number, at, counted, p.text, evidence, value))

    def _asks_within(self, text: str, limit: tuple[int, str]) -> bool:
        """Whether a prompt with no space after it, asking only by its number, asks for an
        answer within its limit: a short item ("4. Your project (300 words)") does, and so
        does one that asks ("?", "Describe") or says its figure is a most. A numbered paragraph
        of rules ("2.2 Limits are strict. A side means one page of A4 ...") asks nothing."""
        return (
            len(text.split(None, BOUND_NOTE)) <= BOUND_NOTE
            or "?" in text
            or self._instructs(text[:CUE_WITHIN])
            or QUALIFIED.search(limit[1]) is not None
        )

    def _document_sized(self, text: str) -> bool:
        """Whether a prompt with no space after it names a document to send, and its size
        ("1. a simple risk assessment. Our one-page template is fine;", "a CV, two pages at
        most"), asking nothing ("?", "Describe ..."): an item of a list of documents, its
        length the document's, not an answer's."""
        return (
            "?" not in text
            and not self._instructs(text[:CUE_WITHIN])
            and self.vocab.kinds.names(text)
        )

    def _in_passing(self, text: str) -> bool:
        """Whether a limit is told in passing, in a paragraph of news on a page with nowhere to
        write: its ask between a statement that opens the paragraph and words after it
        ("Nominations for the awards are open. Tell us, in 100 words or fewer, why your
        nominee deserves one. Nominations close on 28 February."). It tells of a form
        elsewhere; a prompt opens its block ("4. Your project (300 words)", "Describe ...")."""
        if text.count(". ") < 2:
            return False  # (most prompts: one or two sentences)
        parts = sentences(text)
        first = parts[0]
        return (
            len(parts) >= 3
            and len(first.split()) > TITLE_WORDS
            and "?" not in first
            and self.limit(first) is None
            and not self._instructs(first[:CUE_WITHIN])
            and self.limit(parts[-1]) is None
        )
