"""Match funding: the share of the cost that the applicant puts in, read from a paragraph.

A percentage or a share in words ("a third", "two thirds") beside the words "match funding" or
"from other sources", or a share of the project's cost that the applicant contributes or that a
"Match funding" section states; never the funder's own share, though the funder's share of the
whole cost ("We will pay up to 80% of the eligible cost") leaves the rest to the applicant.
Match funding waived, before its name or after it ("Match funding is welcome but not required"),
or the funder paying the whole cost, is none (0).
"""

from __future__ import annotations

import re
from collections import deque

from grantcheck.documents.blocks import Block
from grantcheck.documents.conditions import Conditions
from grantcheck.documents.facts import Found
from grantcheck.documents.shares import shares_in
from grantcheck.documents.sums import Amount, nearest

SPACES = re.compile(r"\s*")
# a requirement waived: "do not have to be", "need not", "we do not expect", Welsh "nid oes rhaid"
NOT_NEEDED = re.compile(
    r"(?:\b(?:do|does|will)\s*(?:not|n't|n’t)\s+(?:need|have|expect|require|ask)|\bneed\s+not\b"
    r"|\bno\s+need\b|\bnot\s+(?:required|necessary|needed)\b|\bnid\s+oes\s+(?:angen|rhaid)"
    r"|\bno\s+requirement\b)"
    r"[^.;!?]{0,70}$",
    re.IGNORECASE,
)
# the funder's own share, never the applicant's: "We will pay up to 80%", "Neighbourhood CIL will
# meet no more than", "The Scheme's grant will not exceed", "will not normally grant more than",
# "the Council will pledge up to": whoever pays, unless it is the applicant ("you", "the group
# must contribute")
FUNDER_SHARE = re.compile(
    r"\b(?!(?:you|your|applicants?|groups?|organi[sz]ations?|clubs?|charit(?:y|ies)|must|should|"
    r"shall|to|also|and|or|will|can|may|not)\b)[\w'’]+\s+"
    r"(?:(?:will|can|may|could|would|does|do)\s+)?(?:not\s+)?(?:(?:normally|usually|only|"
    r"generally|typically|ever)\s+)?(?:pay|meet|fund|cover|give|contribute|award|exceed|pledge|"
    r"grant|provide)(?:s|es)?\b[^.;:]{0,30}$"
    # Welsh: "Ni fydd y Cyngor yn talu mwy na", "bydd y gronfa yn ariannu hyd at"
    r"|\byn\s+(?:talu|ariannu|rhoi)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)
# a sentence saying the opposite before the words: "we cannot fund the whole cost", "it is unlikely
# that we will pay for the whole project"
NEGATED = re.compile(r"\b(?:not|never|cannot|unlikely|rarely|seldom|no\s+longer)\b|n['’]t\b", re.I)
# the name, then that it is not needed: "Match funding is welcome but (it is) not required",
# "... isn't essential", "... is encouraged but is not a requirement", "... is optional", a key
# facts line "Match funding: not required" / "none required"; never when it must be in cash or in
# place by a date, or is waived only for now, a stage or small grants ("not required at Stage 1")
WAIVED_AFTER = re.compile(
    r"(?:\s+(?:is|are)(?:\s[^.;:!?]{0,40}?\bbut(?:\s+(?:it|this|they))?(?:\s+(?:is|are)|['’]s)?)?"
    r"\s*(?:not|n['’]t)\s+(?:an?\s+)?(?:required|needed|necessary|essential|compulsory|mandatory"
    r"|expected|requirement|condition)\b"
    r"|\s+(?:is|are)\s+optional\b"
    r"|\s*[:–-]\s*(?:(?:not|none)\s+(?:required|needed|necessary|essential|expected)|optional)\b)"
    r"(?!\s+(?:to\s+be|until|before|by|at\s+th|now|yet|at\s+(?:this\s+)?stage|in\s+cash|from"
    r"\s+other|for\s+(?:grant|project|application|bid)s?\s+(?:under|below|of\s+less)))",
    re.IGNORECASE,
)
# "you do not need to tell us about other funding": what is waived is saying so, not the money
TELL = re.compile(
    r"\b(?:tell|list|give|say|send|show|mention|declare|details?|evidence|proof)\b", re.I
)
OF_BEFORE = re.compile(r"\bof\s+(?:your\s+|the\s+|any\s+)?$", re.IGNORECASE)
# "you do not need other funding in place before you apply": when, not whether
TIMING = re.compile(r"\b(?:before|yet|already|in\s+place|secured|confirmed)\b", re.IGNORECASE)

# an FAQ's answer to a question about match funding, said in its first words ("No.", "We do not
# insist on it", "Yes.")
NO_ANSWER = re.compile(
    r"\W*(?:no\b|not\s+necessarily\b|we\s+do(?:\s+not|n['’]t)\s+insist\b"
    r"|it\s+is\s+not\s+(?:required|a\s+condition|compulsory|essential)\b)",
    re.IGNORECASE,
)
YES_ANSWER = re.compile(r"\W*yes\b", re.IGNORECASE)
ANSWER = re.compile(f"{NO_ANSWER.pattern}|{YES_ANSWER.pattern}", re.IGNORECASE)
# a question whether some of the money must be found: "Do we need to find some of the money
# ourselves?", "Is match funding required?" (never "Can we count volunteer time as match
# funding?", which asks what counts)
MUST = re.compile(
    r"\b(?:need|needs|have\s+to|has\s+to|must|required|expected|insist|necessary|compulsory"
    r"|essential)\b",
    re.IGNORECASE,
)
RAISE = re.compile(
    r"\b(?:find|raise|put\s+in|contribute|provide|bring)\b[^?]{0,40}?\b(?:money|funds|funding"
    r"|cost|costs)\b",
    re.IGNORECASE,
)

# "; the club must find the rest": the applicant puts in what the funder's share leaves
THE_REST = re.compile(
    r"\b(?:the\s+)?(?:rest|remainder|balance)\b|\bremaining\s+(?:cost|costs|amount|money)\b"
    r"|\bgweddill\b",  # Welsh: the rest
    re.IGNORECASE,
)

OF = re.compile(r"\s*of\b", re.IGNORECASE)
LEFT = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+\S+$", re.I)  # "the remaining 10%"
# a share of a cost its owner names: "of an event's costs", "of the playscheme's total cost"
OWNED_COST = re.compile(
    r"of\s+(?:the|an?|your|its|their)\s+[^\W\d_][\w-]*['’]s?\s+(?:total\s+)?costs?\b", re.I
)
# "of the cost of equipment": a share of a part of the cost, not of the whole
PART_COST = re.compile(
    r"\s+of\s+(?:any\s+|each\s+|your\s+|the\s+)?(?:equipment|capital|revenue|staff|staffing|"
    r"salar\w*|overheads?|items?|individual|single|running\s+costs)\b",
    re.IGNORECASE,
)


def _sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins and ends."""
    before = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    after = [i for i in (text.find(". ", end), text.find("? ", end)) if i >= 0]
    return before + 1, min(after, default=len(text))


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` begins, no earlier than ``start``: after the last colon
    or semicolon ("It is not required: we can fund the whole cost" says the funder pays it)."""
    return max(start, text.rfind(":", start, at) + 1, text.rfind(";", start, at) + 1)


def _skip(s: str, at: int) -> int:
    """The first position at or after ``at`` that is not a space."""
    return SPACES.match(s, at).end()  # type: ignore[union-attr]  # \s* always matches


class MatchFunding(Conditions):
    """Finds the match funding a paragraph states."""

    match: Found | None
    question_at: int  # (Recaps: the last text block that ended with a question)
    recent: deque[tuple[Block, tuple[int, int, int]]]  # (Uploads: the last blocks read)

    def _match(self, block: Block, text: str, toks: frozenset[str]) -> None:
        """Match funding, read from a paragraph: a percentage beside its name ("10% match
        funding", "20% from other sources"), or a share of the project's cost that the applicant
        puts in or that a "Match funding" section states ("at least 15% of the total cost",
        Welsh "o leiaf 20% o gost y prosiect"); never the funder's own share or instalments.
        ``toks``: the paragraph's tokens."""
        self._stated(block, text, toks)
        if self.match is None and not self.vocab.gates["match_none"].isdisjoint(toks):
            # a share stated in the paragraph comes first: "we can pay the whole cost of
            # projects under £1,000; for larger ones at least 25% must come from elsewhere"
            said = self._none_said(text)
            if said is not None:
                self.match = Found(0.0, False, self.evidence(block, text, said))
        if self.match is None and ("? " in text or self.question_at == self.blocks_read - 1):
            said = self._answered(text)
            if said is not None:
                self.match = Found(0.0, False, self.evidence(block, text, said))

    def _stated(self, block: Block, text: str, toks: frozenset[str]) -> None:
        """Match funding named, or a share of the cost stated (see ``_match``)."""
        v = self.vocab
        named = v.match.search(text) if not v.gates["match"].isdisjoint(toks) else None
        if named is None and not (
            self.match_section or not v.gates["match_share"].isdisjoint(toks)
        ):
            return
        # a quote of "none" is centred on the words saying so: a long paragraph never cuts them
        none = v.no_match.search(text) if named is not None else None
        if none is not None:
            self.match = Found(0.0, False, self.evidence(block, text, none.span()))
            return
        shares = shares_in(text)
        found = [
            a for a in shares if not FUNDER_SHARE.search(text, max(0, a.start - 60), a.start)
        ]  # "We will pay up to 80%": the funder's share, not the applicant's
        waived = (
            NOT_NEEDED.search(text, 0, named.start()) if named is not None and not found else None
        )
        if named is not None and waived is not None:
            # "You do not have to provide match funding", "we do not expect match funding"
            self.match = Found(
                0.0, False, self.evidence(block, text, (waived.start(), named.end()))
            )
            return
        if named is not None:
            # the share said with the words, in their sentence: "we do not ask for match
            # funding. Last year about 70% of the groups ..." states none
            start, end = _sentence_at(text, named.start(), named.end())
            waived = NOT_NEEDED.search(text, start, named.start())
            if waived is not None:
                self.match = Found(
                    0.0, False, self.evidence(block, text, (waived.start(), named.end()))
                )
                return
            said = [a for a in found if start <= a.start < end]
            after = None if said else WAIVED_AFTER.match(text, named.end())
            if after is not None and not OF_BEFORE.search(
                text, max(start, named.start() - 30), named.start()
            ):
                # "Match funding is welcome but not required"; never "Evidence of your match
                # funding is not required", nor with a share in its sentence ("but ... 10%")
                self.match = Found(
                    0.0, False, self.evidence(block, text, (named.start(), after.end()))
                )
                return
            if not said:  # "... at least 10% of the cost. This match funding can be ...": the
                # sentence before, which "this" points back to
                before = _sentence_at(text, max(0, start - 2), max(0, start - 2))[0]
                said = [a for a in found if before <= a.start < start]
            pick = nearest(said, *named.span())
        elif self.match_section or v.match_contribution.search(text):
            # "the remaining 10%", "the other fifth": what the funder's share leaves, the
            # applicant's, before any share of the cost ("up to 90% of the cost")
            rest = [
                p
                for p in found
                if LEFT.search(text, max(0, p.start - 20), p.end)
                and (self._of_cost(text, p.end) or not OF.match(text, p.end))
            ]  # (never "the other 30% of places")
            pick = next((p for p in rest or found if rest or self._of_cost(text, p.end)), None)
        else:
            pick = None
        if pick is None:  # (a share of something else, "half of those attending", is no pick)
            pick = self._rest(text, shares)
        if pick is not None:
            self.match = Found(
                pick.value, False, self.evidence(block, text, (pick.start, pick.end))
            )

    def _none_said(self, text: str) -> tuple[int, int] | None:
        """Where a sentence says no match funding is needed without naming it: the funder pays
        the whole cost ("We can fund the full cost of your project", never "we cannot fund the
        whole cost" or "the full cost of equipment"), or the applicant need not find money
        elsewhere ("you do not have to raise money from anywhere else", never "you do not need
        other funding in place before you apply")."""
        for m in self.vocab.match_whole_cost.finditer(text):
            start = _sentence_at(text, m.start(), m.end())[0]
            pays = FUNDER_SHARE.search(text, max(start, m.start() - 60), m.start())
            if (
                pays is not None
                and not NEGATED.search(text, _clause_start(text, start, m.start()), m.start())
                and not PART_COST.match(text, m.end())
            ):
                return pays.start(), m.end()
        for m in self.vocab.match_elsewhere.finditer(text):
            start, end = _sentence_at(text, m.start(), m.end())
            waived = NOT_NEEDED.search(text, start, m.start())
            if (
                waived is not None
                and not TIMING.search(text, start, end)
                and not TELL.search(text, waived.start(), m.start())
            ):
                return waived.start(), m.end()
        return None

    def _answered(self, text: str) -> tuple[int, int] | None:
        """Where an FAQ answers that no match funding is needed: "No" (or "We do not insist on
        it") under a question whether some of the money must be found, "Yes" under one whether
        the whole cost can be asked for; the question ends the line before or opens the
        paragraph ("Can we bid for the whole cost? Yes. ...")."""
        cut = text.find("? ")
        if cut >= 0:
            asked, at = text[: cut + 1], cut + 2
        elif self.recent:
            asked, at = self.recent[-1][0].text, 0
        else:
            return None
        v = self.vocab
        answer = NO_ANSWER.match(text, at)
        if answer is not None:
            need = MUST.search(asked) and (v.match.search(asked) or RAISE.search(asked))
            return answer.span() if need else None
        answer = YES_ANSWER.match(text, at)
        if answer is None:
            return None
        whole = v.match_whole_cost.search(asked)
        if whole is not None and not MUST.search(asked) and not PART_COST.match(asked, whole.end()):
            return answer.span()
        return None

    def _of_cost(self, text: str, at: int) -> re.Match[str] | None:
        """The words after a share at ``at`` saying it is of the project's cost ("of the total
        cost", "of an event's costs"), if they do."""
        at = _skip(text, at)
        return self.vocab.match_share.match(text, at) or OWNED_COST.match(text, at)

    def _rest(self, text: str, shares: list[Amount]) -> Amount | None:
        """The applicant's share when the funder states its own share of the whole cost: "We
        will fund no more than half of the total cost" leaves half; "up to 100%" leaves none. A
        share of something else ("of your overheads", "of the grant", "of the cost of
        equipment") says nothing of match funding."""
        for a in shares:
            cost = self._of_cost(text, a.end)
            if (
                cost is not None
                and (
                    not PART_COST.match(text, cost.end())
                    or THE_REST.search(text, cost.end(), cost.end() + 80) is not None
                )  # "75% of the cost of the equipment; the club must find the rest"
                and FUNDER_SHARE.search(text, max(0, a.start - 60), a.start)
            ):
                return Amount(round(100 - a.value, 1), a.start, a.end)
        return None
