"""What stands beside a document a sentence names: the condition next to it, not to the whole
list ("..., and if you employ staff, your insurance certificate"), and a copy asked for of a
document no kind names ("Please also send a copy of your caterer's registration").
"""

from __future__ import annotations

import re

from grantcheck.documents.applicants import BRACKET_WHO, TRAILING_ONLY, WHO_BRACKET
from grantcheck.documents.asks import optional_mark
from grantcheck.documents.beside import OTHERWISE, TAIL
from grantcheck.documents.blocks import Block, clip
from grantcheck.documents.cells import row_key
from grantcheck.documents.facts import Attachment
from grantcheck.documents.holdings import unbanded
from grantcheck.documents.items import COPY_OF, NOT_SENT, PRINTED
from grantcheck.documents.lead_ins import LeadIns
from grantcheck.documents.level_notes import form_of, level_offered, unneeded
from grantcheck.documents.named import beside, bracket_closed
from grantcheck.documents.negation import negated

# "Constitution and latest annual accounts (organisations only)": documents joined by "and" alone
# (a few words of the next one's own between), then a bracket naming who sends them closing the
# item: the bracket is all of theirs (Welsh joins them with "a", "ac", "a'r")
AND_ONLY = re.compile(r"\s+(?:and|&|a|ac|a['’]r)\s+(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
# (the last one's own words may run on to it: "cyfrifon blynyddol diweddaraf (...)")
CLOSING_BRACKET = re.compile(r"(?:\s+[\w'’-]+){0,4}\s*(?P<who>\([^()]{3,80}\))\s*[.;]?\s*$")
# or a clause after a comma opening with a condition, closing the item: "your safeguarding policy
# and evidence of DBS checks for your staff, if you work with children" (trial24 T4; never one
# between them: "your accounts and, if you employ staff, your insurance certificate")
CLOSING_IF = re.compile(
    r"(?:\s+[\w'’-]+){0,6}\s*,\s*(?P<who>(?:only\s+)?(?:if|where|when|unless)\s[^,;()]{3,80}?)"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)
# a closing clause on how or whether it suits, not on who sends: "if possible as PDF files", "if
# you are applying by post", "if you are happy for us to share them" (review25 F2); or on whether
# the last document exists, which is that one's own: "your constitution and your accounts, if you
# have them" (the accounts only)
MANNER_CLAUSE = re.compile(
    r"^(?:if|where|when)\s+(?:possible|you\s+can|you\s+prefer|you\s+wish|you\s+like"
    r"|you\s+have\s+(?:it|them|one|any)\b|(?:it\s+is|they\s+are)\s+available"
    r"|(?:you\s+are|you['’]re)\s+(?:happy|willing|able|applying\s+by|sending)"
    r"|(?:applying|sending|posting)\s+by|you\s+(?:apply|send|post)\s+(?:by|online|them))\b",
    re.IGNORECASE,
)


def joined_who(s: str, kept: list[tuple[int, int, str]], index: int) -> str:
    """The bracket naming who sends them that closes a list of documents joined by "and", for
    the ``index``-th of them before the last ("" when there is none)."""
    if index >= len(kept) - 1 or not ("(" in s or "," in s):
        return ""
    closing = CLOSING_BRACKET.match(s, kept[-1][1])
    clause = CLOSING_IF.match(s, kept[-1][1]) if closing is None else None
    if (closing is None and clause is None) or not all(
        AND_ONLY.fullmatch(s, kept[i][1], kept[i + 1][0]) for i in range(index, len(kept) - 1)
    ):
        return ""
    if clause is not None:  # (all the item names joined so: the condition cues decide)
        joined = all(AND_ONLY.fullmatch(s, kept[i][1], kept[i + 1][0]) for i in range(index))
        return clause["who"] if joined and not MANNER_CLAUSE.match(clause["who"]) else ""
    if closing is None:  # (not reached: a clause or a bracket closed the item; mypy's sake)
        return ""
    who = closing["who"]
    return who if any(p.search(who) for p in (TRAILING_ONLY, BRACKET_WHO, WHO_BRACKET)) else ""


def offered_here(
    s: str, found: list[tuple[int, int, str]], kept: list[tuple[int, int, str]], index: int
) -> bool:
    """Whether the words beside the ``index``-th kept document mark it as offered, not asked
    ("photographs of the site (optional)", "you may also send ...": asks.optional_mark)."""
    start, end, _ = kept[index]
    after = min([a for a, _, _ in found if a >= end], default=len(s))
    return optional_mark(s[kept[index - 1][1] if index else 0 : start], s[end:after])


class AttachmentCues(LeadIns):
    """Reads what stands beside the documents a sentence names."""

    answer_rows: set[tuple[object, object]]  # table rows with an answer box (set by Recaps)

    def _limits(
        self,
        s: str,
        found: list[tuple[int, int, str]],
        ends: dict[int, int],
        index: int,
        kept: list[tuple[int, int, str]],
    ) -> bool:
        """Whether a condition cue sits beside the ``index``-th kept document: between the
        documents named before and after it (or where its alternative begins)."""
        start, end, kind = kept[index]
        before = max([b for _, b, _ in found if b <= start], default=0)
        window = beside(s, found, ends.get(index, len(s)), start, end)
        opens = bracket_closed(s, before, start)  # (where the window begins)
        close = opens + len(window)  # (where the window ends)
        otherwise = [m.end() for m in OTHERWISE.finditer(s, opens, start)]
        if otherwise:  # "examined accounts if your income is over £25,000, otherwise accounts
            # signed by your treasurer": the case before "otherwise" is the first document's
            window = s[otherwise[-1] : close]
        if kind == "accounts" and end < close and form_of(s[end:close]):
            # "your accounts: if your income is over £25,000 these must be examined": the form
            # they take, not who sends them (level_notes.py)
            window = window[: len(window) - (close - end)]
        elif kind == "accounts" and end < close and (level := level_offered(s[end:close])):
            window = window[: len(window) - (close - end - level)]  # ("..., or audited if ...")
        if kind == "accounts" and ("needed" in window or "required" in window):
            window = unneeded(window)  # ("(a treasurer's signature is only needed for ...)")
        if kind == "accounts" and ("£" in window or "GBP" in window):
            window = unbanded(window, self.vocab.accounts)
        tail = ends.get(-1 - index)
        if tail is not None:  # "A lease or the owner's permission, if you do not own it": a
            # condition after the alternatives and a comma is the one document's
            rest = s[tail : min([a for a, _, _ in found if a >= tail], default=len(s))]
            if TAIL.match(rest):
                window = f"{window} {rest}"
        window = f"{window} {joined_who(s, kept, index)}"  # (a bracket closing "A and B (...)")
        return self._limited(window, max(0, end - before))

    def _copy_of(self, block: Block, s: str, row_condition: bool) -> None:
        """'Please also send a copy of your caterer's registration': a document asked for as a
        copy is one, though no kind names it (``other``); never the applicant's own copy
        ("Keep a copy of your application"), one the funder sends, or copies printed as the
        work the grant pays for ("Printing copies of the draft plan")."""
        m = COPY_OF.search(s) if not self.toks.isdisjoint(("copy", "copies")) else None
        if (
            m is None
            or NOT_SENT.search(s, 0, m.start())
            or PRINTED.search(s, 0, m.start())
            or negated(s, m.start())
            or self.vocab.not_attachment.search(m["name"])
        ):
            return
        conditional = row_condition or bool(self.vocab.condition.search(s))
        name = " ".join(m["name"].lower().split())
        self.attachments.append(
            Attachment("other", conditional, clip(s), self.evidence(block, s, m.span()), name=name)
        )

    def _answer_grid(self, block: Block) -> bool:
        """Whether a cell is a label in a grid of labels and answer boxes ("B6 Project start
        date | [box]", its first row a label and a box too), not a documents table's item
        beside an empty column ("Document | Notes" over "Your lease | [empty]")."""
        key = row_key(block.where)
        return key is not None and key in self.answer_rows and (key[0], 1) in self.answer_rows

    def _others_send(self, block: Block, s: str, item: tuple[int, int, str]) -> None:
        """'Groups less than a year old may send a bank statement instead of annual accounts':
        the document some applicants may replace (named at ``item``) is every other
        applicant's (replaced.py); never a policy, which a policy's name must say."""
        start, end, kind = item
        if kind != "policy":
            name = " ".join(s[start:end].lower().split()) if kind == "other" else ""
            evidence = self.evidence(block, s, (start, end))
            self.replaced.append(Attachment(kind, False, clip(s), evidence, name=name))

    def replaced_sent(self) -> None:
        """The documents some applicants may replace, as everyone else's, once the document is
        read: not where it asks the same kind of some applicants only ("Groups with an income
        over £10,000 must send their latest accounts") or says it is not needed ("We do not
        need accounts from groups with an income under £5,000")."""
        some = {a.kind for a in self.attachments if a.conditional} | self.withdrawn
        self.attachments += [a for a in self.replaced if a.kind not in some]
