"""Match funding: the share of the cost that the applicant puts in, read from a paragraph.

A percentage or a share in words ("a third", "two thirds") beside the words "match funding" or
"from other sources", or a share of the project's cost that the applicant contributes or that a
"Match funding" section states; never the funder's own share, though the funder's share of the
whole cost ("We will pay up to 80% of the eligible cost") leaves the rest to the applicant.
Match funding waived, before its name or after it ("Match funding is welcome but not required"),
or the funder paying the whole cost, is none (0). The words it is read by are in match_words.py.
"""

from __future__ import annotations

from collections import deque

from grantcheck.documents.blocks import Block
from grantcheck.documents.conditions import Conditions
from grantcheck.documents.facts import Found
from grantcheck.documents.match_caps import (
    OF_CONTRIBUTION,
    OF_PROJECT,
    floor,
    funders,
    leaves_rest,
    may_share,
)
from grantcheck.documents.match_words import (
    ASKED,
    BRACKET_END,
    CLAUSE_MARK,
    COST_OF,
    ELSEWHERE,
    FUNDER_SHARE,
    HALF,
    HEDGED,
    IF_CLAUSE,
    LEFT,
    MINIMUM,
    MUST,
    NEGATED,
    NO_ANSWER,
    NOT_NEEDED,
    OF,
    OF_ANY,
    OF_BEFORE,
    OF_WHOLE,
    OWNED_COST,
    PART_COST,
    RAISE,
    TELL,
    THE_REST,
    TIMING,
    TOWARDS,
    WAIVED_AFTER,
    YES_ANSWER,
    clause_start,
    sentence_at,
)
from grantcheck.documents.shares import shares_in
from grantcheck.documents.sums import Amount, nearest


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
        if named is None and not (self.match_section or may_share(v, text, toks)):
            return
        # a quote of "none" is centred on the words saying so: a long paragraph never cuts them
        none = v.no_match.search(text) if named is not None else None
        if none is not None:
            self.match = Found(0.0, False, self.evidence(block, text, none.span()))
            return
        shares = shares_in(text)
        prior = self.recent[-1][0].text if self.recent else ""  # (a field's label, a row's cell)
        found = [
            a
            for a in shares
            if not funders(text, a, shares, prior)
            and not self._unasked(text, a)
            and not OF_CONTRIBUTION.match(text, a.end)
        ]  # "We will pay up to 80%", "no more than 80% of the total cost": the funder's share,
        # not the applicant's; nor "no more than half of your match funding" (in kind)
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
            start, end = sentence_at(text, named.start(), named.end())
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
                before = sentence_at(text, max(0, start - 2), max(0, start - 2))[0]
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
            pick = next(
                (
                    p
                    for p in rest or found
                    if rest or self._of_cost(text, p.end) or floor(text, p, v.match_contribution)
                ),
                None,
            )  # ("a contribution of at least 10%": a floor on the applicant's share, no cost)
        else:
            pick = None
        if pick is None:  # (a share of something else, "half of those attending", is no pick)
            pick = self._rest(text, shares, prior)
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
            start = sentence_at(text, m.start(), m.end())[0]
            pays = FUNDER_SHARE.search(text, max(start, m.start() - 60), m.start())
            if (
                pays is not None
                and not NEGATED.search(text, clause_start(text, start, m.start()), m.start())
                and not PART_COST.match(text, m.end())
            ):
                return pays.start(), m.end()
        for m in self.vocab.match_elsewhere.finditer(text):
            start, end = sentence_at(text, m.start(), m.end())
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

    def _of_cost(self, text: str, at: int) -> int | None:
        """Where the words after a share at ``at`` saying it is of the project's cost ("of the
        total cost", "of an event's costs", "half (50%) of the cost") end, if they do; "towards
        the cost" and "half the cost" (the "of" left out) only when of the project (OF_WHOLE)."""
        at = BRACKET_END.match(text, at).end()  # type: ignore[union-attr]  # (always matches)
        end = self._cost_words(text, at)
        if end is not None:
            return end
        towards = TOWARDS.match(text, at)
        if towards is None and not HALF.search(text, 0, at):
            return None
        gone = at if towards is None else towards.end()  # ("towards" read as "of")
        end = self._cost_words(f"{text[:at]}of {text[gone:]}", at)
        if end is None:
            return None
        end += gone - at - 3
        if OF_ANY.match(text, end) and not OF_WHOLE.match(text, end):
            return None  # "half the cost of a part-time worker": of a part, not the project
        return end

    def _cost_words(self, text: str, at: int) -> int | None:
        """Where the words at ``at`` naming the project's cost end ("of the total cost"), if
        they do."""
        said = (
            self.vocab.match_share.match(text, at)
            or OWNED_COST.match(text, at)
            or COST_OF.match(text, at)
        )
        return None if said is None else said.end()

    def _unasked(self, text: str, share: Amount) -> bool:
        """Whether a share said to come from elsewhere is not asked of the applicant: its own
        clause reports it, calls it typical or puts it in an "if"; else a minimum ("at least")
        or an asking word not negated ("must", "please") in its sentence asks it (ELSEWHERE)."""
        if not ELSEWHERE.match(text, share.end):
            return False
        start, end = sentence_at(text, share.start, share.end)
        marks = list(CLAUSE_MARK.finditer(text, start, end))
        begins = max((m.end() for m in marks if m.end() <= share.start), default=start)
        ends = min((m.start() for m in marks if m.start() >= share.end), default=end)
        if HEDGED.search(text, begins, ends) or IF_CLAUSE.search(text, begins, share.start):
            return True
        if MINIMUM.search(text, max(start, share.start - 25), share.start):
            return False
        return all(
            NEGATED.search(text, max(start, m.start() - 12), m.start())
            for m in ASKED.finditer(text, start, end)
        )

    def _rest(self, text: str, shares: list[Amount], prior: str) -> Amount | None:
        """The applicant's share when the funder states its own share of the whole cost: "We
        will fund no more than half of the total cost" leaves half; "up to 100%" leaves none. A
        share of something else ("of your overheads", "of the grant", "of the cost of
        equipment") says nothing of match funding."""
        for a in shares:
            whole = OF_PROJECT.match(text, a.end)  # ("more than 80% of the project")
            cost = self._of_cost(text, a.end) or (whole.end() if whole else None)
            if (
                cost is not None
                and (
                    not PART_COST.match(text, cost)  # never "up to half the cost of a venue"
                    or THE_REST.search(text, cost, cost + 80) is not None
                )  # "75% of the cost of the equipment; the club must find the rest"
                and not ELSEWHERE.match(text, a.end)  # ("30% must come from elsewhere")
                and leaves_rest(text, a, shares, cost, prior)
            ):
                return Amount(round(100 - a.value, 1), a.start, a.end)
        return None
