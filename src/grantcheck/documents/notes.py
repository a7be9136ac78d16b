"""Notes on a list's item: a sentence or a line after the item that limits it ("Only if you
work with children."), a scoring guide's lines, and a list declined as a whole.

A note opening with a condition and naming no document of its own makes what the item asked
(and the policies it named) asked of some applicants only. A note after a list declining what
it lists ("You do not need to upload them.") withdraws the list's documents: what it names is
to have (a policy held, confirmed), not to send. Two items of one list each asking every
applicant for a quote are two quotes ("A quote for the defibrillator" / "A quote from an
electrician for fitting it"), not one asked twice. (A term and its description naming one
document: described.py.)
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace

from grantcheck.documents.asks import HELP_TO_GET
from grantcheck.documents.blocks import Block
from grantcheck.documents.conditions import Conditions, is_listed
from grantcheck.documents.holdings import ANY_BAND
from grantcheck.documents.level_notes import FORM_OF
from grantcheck.documents.named import names_value

COVER_SUM = re.compile(r"\bcover\b[^.;:()]{0,30}?(?:£|GBP\s?)\s?\d", re.IGNORECASE)
NOTE_WORDS = 25  # a note under an item is a line or two, never a paragraph
# a short line under a list's item that points back to it ("It must be signed") is a note on
# it, not prose ending the list; so are an easy-read picture's words ("[Picture: ...]")
POINTER_WORDS = 10
POINTS_BACK = re.compile(
    r"\s*(?:it|its|this|these|they|that|those|some\s+people|we\s+call|\[(?:picture|image|photo|"
    r"illustration|icon|symbol))\b",
    re.I,
)

# a sentence pointing back to a plan or budget and saying what it holds ("It should include
# your start-up costs and your first year's income and spending", "This should show ...")
HOLDS = re.compile(
    r"\s*(?:it|this|these|they|the\s+(?:plan|budget|forecast))\b[^.;:]{0,60}?\b(?:includ(?:e|es|"
    r"ing)|show(?:s|ing)?|set(?:s|ting)?\s+out|cover(?:s|ing)?|contain(?:s|ing)?|explain(?:s|ing)?"
    r"|give(?:s)?|list(?:s)?)\b",
    re.IGNORECASE,
)
HOLDING = frozenset(("business_plan", "project_plan", "budget"))  # (its parts, in one document)
# a clause asking for something of its own after what the plan holds: "; please also attach two
# quotes", "and must come with a letter from your landlord", ", with a quote for each item"
OWN_ASK = re.compile(r";|\b(?:come|comes|coming)\s+with\b|\bwith\s+(?:an?|one|two|three)\s", re.I)

# an item naming one quote ("a) A written quote from ...", "- One quote for ..."), and what a
# quote is for ("... for installing the cabinet")
A_QUOTE = re.compile(
    r"[\s\-*•▪]*(?:\(?(?:[a-h]|\d{1,2})[.)]\s+)?(?:an?|one)\s+(?:[\w'’-]+\s+){0,2}?"
    r"quot(?:e|ation)\b(?!s)",
    re.IGNORECASE,
)
QUOTED_FOR = re.compile(r"\bquot(?:es?|ations?)\b[^;:]*?\bfor\s+(?P<what>[^,;.()]+)", re.I)

# "You do not need to upload them.", "No need to send these to us (only the safeguarding
# policy)", "You don't have to attach any of these at this stage": the list before is not sent
DECLINED_THEM = re.compile(
    r"^\W*(?:you\s+)?(?:do\s+not|don['’]t|need\s+not|no\s+need\s+to|are\s+not\s+required\s+to)"
    r"(?:\s+(?:need|have)\s+to)?\s+(?:upload|send|attach|provide|submit|include|enclose)\s+"
    r"(?:any\s+of\s+)?(?:them|these|those)(?:\s+(?:documents|policies|to\s+us|now|here|"
    r"with\s+(?:this|your)\s+\w+|at\s+this\s+stage))*(?:\s*\([^()]{0,80}\))?\W*$",
    re.IGNORECASE,
)

# a note asking for something of its own, named by no kind: "..., upload a short note of who
# runs it", "..., send the draft you intend to adopt" (never the item again: "send a copy")
OFFERED = re.compile(
    r"\b(?:upload|send|attach|provide|enclose)\s+(?:us\s+)?(?:a|an|the|some|your)\s+"
    r"(?!cop(?:y|ies)\b|one\b|same\b)\w",
    re.IGNORECASE,
)

# a scoring guide: "How the panel scores this (weighting 20%)", "Weighting: 15%", "Not scored."
# (opening the text: a paragraph telling where the guide is, "open 'How the panel scores this'",
# may say more)
SCORING = re.compile(
    r"^\W*(?:how\s+(?:the\s+panel|we|assessors|the\s+assessors)\s+(?:will\s+)?scores?\b|"
    r"weighting\b|not\s+scored\b)|\(\s*weighting:?\s+\d{1,3}\s?%",
    re.IGNORECASE,
)
WEIGHT = re.compile(r"\s*\d{1,3}(?:\.\d)?\s?%\s*|\s*weight(?:ing)?\s*")  # a weight, or its heading


class Notes(Conditions):
    """What a note under a list's item says of the item."""

    recent: deque[tuple[Block, tuple[int, int, int]]]  # the last blocks read (set by Uploads)
    row: list[Block] | None = None  # the table row being read, and the first attachment found
    row_first = 0  # in it: a row names one document, whatever its notes say (rows.py)

    def _holds(self, first: int, s: str) -> bool:
        """Whether an item's later sentence ``s`` says what the plan or budget it named (found
        from ``first`` on) holds ("Your business plan. It should include your first year's
        income and spending."): the plan's parts, not documents sent beside it, unless a clause
        of it asks for one ("...; please also attach two quotes")."""
        m = HOLDS.match(s)
        return (
            m is not None
            and any(a.kind in HOLDING for a in self.attachments[first:])
            # (never a clause asking for something of its own: "... and your latest accounts
            # must be attached to it", "...; please also attach two quotes")
            and OWN_ASK.search(s, m.end()) is None
            and not self.vocab.attach.search(s, m.end())
        )

    def _noted(self, first: int, notes: list[str]) -> None:
        """An item's later sentence opening with a condition and naming no document of its own
        ("A list of the roles needing a DBS check. Only where staff work with children.") is a
        note limiting the item: what the item asked (from ``first`` on) is asked of some. A
        note excusing some from documents the item names ("Schools and academies do not need
        to send accounts.") limits those only (review22 F12)."""
        own = {a.kind for a in self.attachments[first:]}
        for s in notes:
            limits = self._note_limits(s, own)
            if limits is not None:
                self.attachments[first:] = [
                    replace(a, conditional=True) if not limits or a.kind in limits else a
                    for a in self.attachments[first:]
                ]
                return

    def _note_limits(self, s: str, own: set[str]) -> set[str] | None:
        """Whether note ``s`` limits the item whose documents are of the kinds ``own``: None if
        not, the kinds it excuses some from if it names the item's own, else an empty set (all
        of the item's)."""
        excused = self._excused(s)
        if not (
            (self._leads_with_condition(s) or excused)
            # ("Your accounts. If your income is over £250,000 they must be audited.": a band
            # says which level, not who sends them)
            # (nor does a cover's figure: "Events with fireworks need cover of at least £10m")
            and not (
                ("£" in s or "GBP" in s)
                and (ANY_BAND.search(s) or (COVER_SUM.search(s) and not excused))
            )
            # ("If they have not been examined, they must be signed by two trustees.": what the
            # document must be in that case, not who sends it)
            and FORM_OF.search(s) is None
            and HELP_TO_GET.match(s) is None  # ("If you have none yet, ask us for a template")
            # ("If you are not yet incorporated, send the draft you will adopt": a document
            # offered in its place to those, not a limit on who sends the item)
            and (OFFERED.search(s) is None or excused)
        ):
            return None
        # (naming no document: "give your award certificate number instead" names a value;
        # a note excusing some names the item's own again: "Schools need not send accounts")
        named = {
            kind
            for kind, p in self.vocab.kinds.could(s)
            for m in p.finditer(s)
            if not names_value(s, m.start(), m.end(), kind)
        }
        if not named:
            return set()
        return named if excused and named <= own else None

    def _declines_list(self, text: str, before: int) -> None:
        """'Safeguarding policy' / 'Health and safety policy' / 'You do not need to upload
        them.': a sentence declining what the lines just read name leaves their documents
        unsent; the policies they named stay, held. ``before``: the documents found before
        ``text`` was read."""
        since = self.listed_from
        if since is not None and len(text) < 120 and DECLINED_THEM.match(text):
            del self.attachments[since:]
        # where the run of lines naming documents began (a line naming none ends it)
        added = len(self.attachments) > before
        self.listed_from = (before if since is None else since) if added else None

    def _scoring(self, text: str) -> bool:
        """Whether ``text`` is a scoring guide's ("How the panel scores this (weighting 15%)",
        "Not scored."), which names no document to send. A weight on a line of its own ("25%")
        makes the line before it a criterion ("Delivery plan and reach"), not a document, nor
        the title of a list ("Understanding of need and evidence")."""
        if "%" not in text and "scor" not in text.lower() and "eight" not in text.lower():
            return False
        if WEIGHT.fullmatch(text) and self.recent:  # (the line before is recent[-1])
            attachments, policies, accounts = self.recent[-1][1]
            del self.attachments[attachments:], self.policies[policies:]
            del self.accounts[accounts:]
            self.checklist = False
            return True
        return SCORING.search(text) is not None

    # the list that first asked every applicant for a quote, and what that quote was for
    quote_item: tuple[int, str] | None = None

    def _another_quote(self, first: int, list_head: int, text: str) -> None:
        """The quotes every applicant sends that one list's item (``text``) asked for from
        ``first`` on: an item naming a single quote for another thing than the list's first
        quote was for ("A quote for the defibrillator" / "A quote from an electrician for
        fitting it") is a quote of its own, named by its words; never a checklist's "Quotes", a
        note about the quotes ("quotes must be dated", "a copy of each quote") or the same thing
        again."""
        new = [
            i
            for i in range(first, len(self.attachments))
            if self.attachments[i].kind == "quotes" and not self.attachments[i].conditional
        ]
        if not new:
            return
        quoted = QUOTED_FOR.search(text)
        what = " ".join(quoted["what"].lower().split()) if quoted else ""
        if self.quote_item is None or self.quote_item[0] != list_head:
            self.quote_item = (list_head, what)
            return
        if not (A_QUOTE.match(text) and what and what != self.quote_item[1]):
            return
        for i in new:
            words = " ".join(self.attachments[i].text.lower().strip(" -*•;.").split()[:8])
            self.attachments[i] = replace(self.attachments[i], name=words)

    def _note_under(self, block: Block, row: list[Block]) -> bool:
        """'Safeguarding policy' / 'Only if you work with children.': a short line under a
        list's item, opening with a condition and naming no document, is a note limiting the
        item above (as its own sentence after the item's would be, ``_noted``): what the item
        asked, and the policies it named, are asked of some; the note is read no further."""
        text = block.text.rstrip()
        if (
            row
            or not self.checklist
            or not self.recent
            or text.count(" ") >= NOTE_WORDS
            or not text.endswith(".")  # (a note is a sentence; an item is a name)
            or is_listed(block)  # (an item of its own: "- If you hire a hall, its booking")
            or is_listed(self.recent[-1][0]) != bool(self.marked)
            or self.vocab.attach.search(text) is not None  # ("..., please also send a copy of")
        ):
            return False
        first, policies, _ = self.recent[-1][1]
        was = self.attachments[first:]
        if not was:
            return False
        self._noted(first, [block.text])
        if self.attachments[first:] == was:
            return False
        self.policies[policies:] = [replace(p, conditional=True) for p in self.policies[policies:]]
        return True
