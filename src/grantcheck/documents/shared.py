"""A limit shared by a section's questions, or given to each of them: "Section B: Your project
(no more than 1,000 words in total for this section)", a note under a part's title ("Your
answers to Part 2 should come to 1,500 words altogether"), "Each answer in Part C should be no
more than 250 words". The questions of the section with no limit of their own share what their
own limits leave, evenly (or each takes the limit whole); the section runs to the next
section's title (or, for a note that names no section, to the end)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from grantcheck.documents.answer_state import Pending
from grantcheck.documents.asides import NUMBERED_ITEM, Asides
from grantcheck.documents.blocks import Block, Location
from grantcheck.documents.phrases import SHARED
from grantcheck.documents.prompts import CUE_WITHIN
from grantcheck.documents.referred_limits import REFERS
from grantcheck.documents.shapes import SUBITEM
from grantcheck.units import plural

# a limit each of a section's answers has ("Each answer in Part C should be no more than 250
# words", "250 words per question", "Answers should be no longer than 200 words each"): every
# question of it with none of its own takes it whole (a limit each on something else, "letters
# of support of no more than 300 words each", is not the answers')
EACH = re.compile(
    r"\b(?:(?:each|every) (?:answer|question|response|reply)|per (?:answer|question|response)|"
    r"for each question|for every question|pob ateb|pob cwestiwn)\b"
    r"|\b(?:answers|responses|replies)\b[^.?!]{0,60}?\b(?:words|characters) each\b",
    re.IGNORECASE,
)
# a section's or part's title ("Section 3: Budget", "PART C - MONEY", "Adran 2"): a new section
SECTION_WORDS = ("section", "part ", "part:", "stage ", "adran", "rhan ")
# (the mark takes the white space after it: "\s*[:.]?\s*" split one run every way, quadratic)
TITLE = re.compile(r"^\s*(?:section|part|stage|adran|rhan)\s*(?:[:.]\s*)?(?:[a-z]|\d{1,2})\b", re.I)
PARTS_TOGETHER = re.compile(r"(?:and|&) \(?[a-h]\)? together\b", re.IGNORECASE)
SCOPED = ("section", "part", "adran", "rhan")  # a note naming its section: shared within it
OWN_WORDS = 8  # words: a note this short under a question waiting for its box is only its limit
# a question naming its own parts: "(a) ... (b) ...", "a) ... b) ...", "(i) ... (ii)", "both
# parts", "each part", "Cover both"
PARTS_NAMED = re.compile(
    r"\((?:a|i)\)\s.*?\((?:b|ii)\)\s|(?<![\w(])a\)\s.*?(?<![\w(])b\)\s|"
    r"\b(?:both|each|all|the two)\s+(?:parts|halves)\b|\bcover\s+both\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class SharedLimit:
    limit: tuple[int, str]
    start: int  # the number of questions read before it: the section's are after
    where: Location  # the note's place: the evidence of the limit
    scoped: bool  # ends at the next section's title (else at the end of the document)
    each: bool = False  # each question's limit, not one shared
    parts: bool = False  # the lettered parts' ("for (a) and (b) together"): ends with them
    # a numbered item stating it over its parts ("1. About your project (300 words in total)"
    # over "(a) ...", "(b) ..."): the item, one question unless its parts have boxes of their own
    item: Block | None = None


class Sections(Asides):
    """The walk's view of sections that share one limit."""

    shared: SharedLimit | None = None

    def _section_note(self, block: Block, text: str, limit: tuple[int, str] | None) -> bool:
        """Whether ``block`` states a limit its section's questions share (it asks nothing
        itself: "Describe it (300 words in total)" is a question's own limit). Opens it."""
        if limit is None or "?" in text or REFERS.search(text) is not None:
            return False  # ("For questions 6 to 8, keep each answer to 150 words": by number)
        each = EACH.search(text) is not None
        if (not each and SHARED.search(text) is None) or self._instructs(text[:CUE_WITHIN], text):
            return False
        if not each and self._own_total(block, text):
            return False  # the question's own limit, for all its parts (read as its note)
        self._drop()
        self._share()
        low = text.lower()
        scoped = block.heading or any(word in low for word in SCOPED)
        self.shared = SharedLimit(limit, len(self.questions), block.where, scoped, each)
        self.shared.parts = PARTS_TOGETHER.search(text) is not None
        if not (scoped or each) and NUMBERED_ITEM.match(text):
            self.shared.parts, self.shared.item = True, block
        return True

    def _own_total(self, block: Block, text: str) -> bool:
        """Whether a short note stating a total ("(Maximum 300 words in total)") under a
        question still waiting for its box ("B3 What is the grant for? Tell us (a) what you
        will do and (b) what difference it will make") is that question's own limit, over the
        parts it names in its own words ("(a) ... (b)", "both parts"): the question asks ("?"
        or "Describe ...") and states no limit yet, and the note names no section or part and
        is no heading. A title over the note ("1. About your project", or "2. Tell us about
        your plans.", naming no parts) still shares it among the parts under it, and a lead-in
        ("Tell us about your project in the boxes below.") among the questions after it."""
        p = self.pending
        if p is None or p.limit is not None or block.heading or p.block.heading:
            return False
        low = text.lower()
        return (
            len(text.split(None, OWN_WORDS)) <= OWN_WORDS
            and not any(word in low for word in SCOPED)
            and PARTS_NAMED.search(p.text) is not None
            and ("?" in p.text or self._instructs(p.text[:CUE_WITHIN], p.text))
            and self.asks_prose(p.text)
        )

    def _section_ends(self, block: Block) -> None:
        """Closes an open section at the next section's title, or at a heading that asks
        nothing ("Budget"; a question set as a heading stays in it), once it has questions."""
        shared = self.shared
        if (
            shared is not None
            and shared.parts
            and (len(self.questions) > shared.start or shared.item is not None)
        ):
            read = len(self.questions) > shared.start
            if (
                SUBITEM.match(block.text) is None
                and not block.hint
                # (before its parts, an item's note goes on: "Answer both parts below:"; the
                # next numbered item or heading ends it)
                and (read or block.heading or NUMBERED_ITEM.match(block.text) is not None)
            ):
                self._share()  # the parts sharing it are read: the next item is not one
            return
        if shared is None or not shared.scoped or len(self.questions) == shared.start:
            return
        low = block.text[:8].lower()
        if (low.startswith(SECTION_WORDS) and TITLE.match(block.text)) or (
            block.heading and "?" not in block.text and not self.asks_prose(block.text)
        ):
            self._share()

    def _share(self) -> None:
        """The open section's questions with no limit of their own share what is left of its
        limit, evenly (each in words unrounded, so the shares sum to the limit)."""
        shared, self.shared = self.shared, None
        if shared is None:
            return
        inside = self.questions[shared.start :]
        if shared.item is not None and len(inside) <= 1 and not any(q.word_limit for q in inside):
            # the item's parts had no box of their own (Sub-questions count separately only
            # when each has its own answer space or limit, tests/forms/README.md), or shared
            # one under the last: one question, the item, with the whole limit
            del self.questions[shared.start :]
            self._question(Pending(shared.item, shared.item.text, shared.limit))
            return
        # (a question that says it has no limit, "(No length limit)", is not given one)
        free = [
            i for i, q in enumerate(inside, shared.start) if q.word_limit is None and not q.open
        ]
        if shared.each:  # "each answer ... 250 words": every question with none takes 250
            for i in free:
                q = self.questions[i]
                self.questions[i] = replace(
                    q,
                    word_limit=shared.limit[0],
                    limit_as_written=shared.limit[1],
                    limit_where=shared.where,
                )
            return
        own = sum(q.exact if q.exact is not None else q.word_limit or 0 for q in inside)
        left = shared.limit[0] - own
        if not free or left <= 0:
            return
        each = left / len(free)
        for i in free:
            self.questions[i] = replace(
                self.questions[i],
                word_limit=int(each + 0.5),
                limit_as_written=f"{shared.limit[1]}, shared by {plural(len(free), 'question')}",
                limit_where=shared.where,
                exact=each,
            )
