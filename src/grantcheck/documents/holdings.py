"""What an applicant must have, read from sentences: accounts, insurance and match funding.

Accounts are read as levels (bank statements, unaudited, independently examined, audited):
the easiest level accepted is what counts, and a higher level waived ("do not have to be
audited") accepts unaudited accounts. Insurance is the public liability cover demanded (the
sum beside the words, or in the next sentence); match funding is a share of the cost that
the applicant puts in; a funder's own share of the whole cost leaves the rest to the applicant.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from grantcheck.documents.blocks import Block
from grantcheck.documents.conditions import NEGATED, Conditions
from grantcheck.documents.facts import Found
from grantcheck.documents.phrases import Amount, amounts, nearest, percentages, words_value

LEVELS = ("none", "bank_statements", "unaudited", "independent_examination", "audited")
# a requirement waived: "do not have to be", "need not", "we do not expect", Welsh "nid oes rhaid"
NOT_NEEDED = re.compile(
    r"(?:\b(?:do|does|will)\s*(?:not|n't|n’t)\s+(?:need|have|expect|require|ask)|\bneed\s+not\b"
    r"|\bno\s+need\b|\bnot\s+(?:required|necessary|needed)\b|\bnid\s+oes\s+(?:angen|rhaid))"
    r"[^.;!?]{0,70}$",
    re.IGNORECASE,
)
SPACES = re.compile(r"\s*")
INSTEAD = re.compile(r"\binstead\b|\byn lle\b", re.IGNORECASE)  # Welsh: yn lle (instead of)
# "has no accounts", "groups with no accounts": who the applicant is, not what is waived
HAS_NONE = re.compile(r"\b(?:has|have|had|with|without)\s+(?:got\s+)?$", re.IGNORECASE)
# a level waived after it is named: "Audited figures are not needed", "an audit isn't required"
NOT_AFTER = re.compile(
    r"[^.,;:!?()]{0,25}?(?:\b(?:is|are)\s+not|\b(?:isn't|aren't|isn’t|aren’t))\s+"
    r"(?:needed|required|necessary|essential)\b",
    re.IGNORECASE,
)
# a share of the cost in words: "half of the cost", "the remaining quarter", "the other fifth",
# "two thirds", "three quarters", "one sixth": a count in words (words_value, which reads the
# sums and percentages in words too) over a part; a part alone is one of it ("a third")
FRACTION = re.compile(
    r"\b(?:(?P<lead>(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+|an?\s+)"
    r"|(?P<count>one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?P<part>half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?\b",
    re.IGNORECASE,
)
PARTS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6}
PARTS |= {"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ALONE = frozenset(("half", "third", "quarter", "fifth", "tenth"))  # "the fourth question": no share
# the funder's own share, never the applicant's: "We will pay up to 80%", "will meet no more than"
FUNDER_SHARE = re.compile(
    r"\b(?:we|council|fund|funds|grants?|awards?|trust|foundation|scheme|programme|it)\s+"
    r"(?:will|can|may|could|would)?\s*(?:pay|meet|fund|cover|give|contribute|award)s?\b"
    r"[^.;:]{0,30}$",
    re.IGNORECASE,
)

# "of the cost of equipment": a share of a part of the cost, not of the whole
PART_COST = re.compile(
    r"\s+of\s+(?:any\s+|each\s+|your\s+|the\s+)?(?:equipment|capital|revenue|staff|staffing|"
    r"salar\w*|overheads?|items?|individual|single|running\s+costs)\b",
    re.IGNORECASE,
)


def _shares(text: str) -> list[Amount]:
    """Percentages and shares in words, in order of place."""
    found = percentages(text)
    for m in FRACTION.finditer(text):
        part = m["part"].lower()
        count = words_value(m["count"]) if m["count"] else None
        if count is None and part not in ALONE:
            continue  # "the sixth month", "a fourth meeting": an order, not a share
        share = 100 * (count or 1) / PARTS[part]
        if share < 100:  # "four quarters", "three halves": not a share of the cost
            found.append(Amount(round(share, 1), m.start(), m.end()))
    return sorted(found, key=lambda a: a.start)


# accounts checked by an outsider: the phrases of that level that do not say "accounts"
CHECKED = re.compile(r"independent person|independently (?:checked|verified)", re.IGNORECASE)


def _names_accounts(s: str) -> bool:
    return re.search(r"\b(?:accounts|balance sheet|financial statements)\b", s, re.I) is not None


def _skip(s: str, at: int) -> int:
    """The first position at or after ``at`` that is not a space."""
    return SPACES.match(s, at).end()  # type: ignore[union-attr]  # \s* always matches


class Holdings(Conditions):
    """Finds accounts levels, insurance cover and match funding."""

    def _facts(self, block: Block, s: str, conditional: Callable[[], bool], asked: bool) -> None:
        """Accounts and insurance; ``conditional`` says (when asked) whether a cue limits it."""
        if self.may("documents"):  # (accounts words are among the documents' words)
            self._accounts(block, s, conditional, asked)
        if self.insurance is None:
            self._insurance(block, s, conditional)

    def _accounts(self, block: Block, s: str, conditional: Callable[[], bool], asked: bool) -> None:
        """The levels of accounts a sentence accepts."""
        acc = self.vocab.accounts
        levels, waived = [], False
        spans: dict[int, tuple[int, int]] = {}  # each level's words, quoted in its evidence
        for i, level in enumerate(LEVELS[1:], start=1):
            if not self.may(f"accounts:{level}"):
                continue
            for m in acc[level].finditer(s):
                after = NOT_AFTER.match(s, m.end())
                if after is None and not NEGATED.search(s[max(0, m.start() - 70) : m.start()]):
                    if i == 3 and CHECKED.search(m.group(0)) and not _names_accounts(s):
                        break  # "checked by an independent person": of the accounts only
                    levels.append(i)
                    spans[i] = m.span()
                    break
                # "These do not have to be independently examined or audited", "We do not expect
                # ... an audit", "Audited figures are not needed": a higher level waived
                # accepts unaudited accounts
                waived = waived or (
                    i > 2 and (after is not None or bool(NOT_NEEDED.search(s, 0, m.start())))
                )
        if waived:
            self.accounts.append((2, True, self.evidence(block, s)))
        plain = (
            not levels
            and self.may("accounts:generic")
            and acc["generic"].search(s) is not None
            and not re.search(r"\bbank accounts?\b", s, re.I)
        )
        if plain:
            levels = [2]
        # "Audited accounts are not required" waives a level; it does not say no accounts
        if not waived and self.may("accounts:none") and self._no_accounts(s):
            # "we don't need accounts, the bank statement is enough": what is named beside the
            # waiver is what is accepted
            offered = 1 in levels
            self.accounts.append((1 if offered else 0, True, self.evidence(block, s, spans.get(1))))
        elif levels and (asked or any(acc[LEVELS[i]].search(s) for i in levels if i > 1)):
            # what a sentence names beside a waived level is offered instead ("Audited figures
            # are not needed: your last two bank statements are enough"), as is what a new
            # group may send "instead"
            alternative = (
                waived
                or INSTEAD.search(s) is not None
                or (len(levels) > 1 and bool(acc["alternatives"].search(s)))
            )
            if plain:  # "your latest accounts": accounts of a level the documents may state
                self.plain_accounts.add(len(self.accounts))
            for i in levels:
                evidence = self.evidence(block, s, spans.get(i))
                self.accounts.append((i, alternative or conditional(), evidence))

    def _no_accounts(self, s: str) -> bool:
        """Whether a sentence says no accounts are needed ("no accounts"), not that some groups
        have none ("If your group has no accounts yet, ...": a condition, not a waiver)."""
        return any(
            HAS_NONE.search(s, max(0, m.start() - 12), m.start()) is None
            for m in self.vocab.accounts["none"].finditer(s)
        )

    def _insurance(self, block: Block, s: str, conditional: Callable[[], bool]) -> None:
        """The public liability cover asked for: the sum next to the words, or in the sentence
        just after them ("... must have public liability insurance. The cover must be at least
        two million pounds.")."""
        v = self.vocab
        named = v.insurance.search(s) if self.may("insurance") else None
        if named is None:
            if self.insurance_named < self.blocks_read - 1 or not (
                self.may("insurance_cover") and v.insurance_cover.search(s)
            ):
                return
            found, at = amounts(s), (0, 0)
        else:
            found, at = amounts(s), named.span()
            self.insurance_named = self.blocks_read
        amount = nearest(found, *at)
        if amount is not None:
            self.insurance = Found(
                int(amount.value),
                conditional(),
                self.evidence(block, s, (amount.start, amount.end)),
            )

    def _match(self, block: Block, text: str, toks: frozenset[str]) -> None:
        """Match funding, read from a paragraph: a percentage beside its name ("10% match
        funding", "20% from other sources"), or a share of the project's cost that the applicant
        puts in or that a "Match funding" section states ("at least 15% of the total cost",
        Welsh "o leiaf 20% o gost y prosiect"); never the funder's own share or instalments.
        ``toks``: the paragraph's tokens."""
        v = self.vocab
        named = v.match.search(text) if not v.gates["match"].isdisjoint(toks) else None
        if named is None and not (
            self.match_section or not v.gates["match_share"].isdisjoint(toks)
        ):
            return
        if named is not None and v.no_match.search(text):
            self.match = Found(0.0, False, self.evidence(block, text))
            return
        shares = _shares(text)
        found = [
            a for a in shares if not FUNDER_SHARE.search(text, max(0, a.start - 60), a.start)
        ]  # "We will pay up to 80%": the funder's share, not the applicant's
        if named is not None and not found and NOT_NEEDED.search(text, 0, named.start()):
            # "You do not have to provide match funding", "we do not expect match funding"
            self.match = Found(0.0, False, self.evidence(block, text))
            return
        if named is not None:
            pick = nearest(found, *named.span())
        elif self.match_section or v.match_contribution.search(text):
            pick = next(
                (
                    p
                    for p in found
                    if v.match_share.match(text, _skip(text, p.end))
                    or re.match(r"(?i)(?:the\s+)?(?:other|remaining)\b", text[p.start :])
                ),
                None,
            )
        else:
            pick = None
        if pick is None and not found:
            pick = self._rest(text, shares)
        if pick is not None:
            self.match = Found(
                pick.value, False, self.evidence(block, text, (pick.start, pick.end))
            )

    def _rest(self, text: str, shares: list[Amount]) -> Amount | None:
        """The applicant's share when the funder states its own share of the whole cost: "We
        will fund no more than half of the total cost" leaves half; "up to 100%" leaves none. A
        share of something else ("of your overheads", "of the grant", "of the cost of
        equipment") says nothing of match funding."""
        for a in shares:
            cost = self.vocab.match_share.match(text, _skip(text, a.end))
            if (
                cost is not None
                and not PART_COST.match(text, cost.end())
                and FUNDER_SHARE.search(text, max(0, a.start - 60), a.start)
            ):
                return Amount(round(100 - a.value, 1), a.start, a.end)
        return None

    def accounts_level(self) -> Found | None:
        """The easiest level accepted: the least of any alternative offered, else of those named.
        Accounts named with no level ("Your latest accounts.") are unaudited only when the
        documents state no level: "... must send accounts that have been independently
        examined" is the level of the same accounts."""
        stated = any(a[0] >= 3 for i, a in enumerate(self.accounts) if i not in self.plain_accounts)
        every = [
            a for i, a in enumerate(self.accounts) if not (stated and i in self.plain_accounts)
        ]
        if not every:
            return None
        named = [a for a in every if a[0] != 1 or a[1]] or every
        level, _, evidence = min(named, key=lambda a: a[0])
        sent = {(a.kind, a.conditional): a for a in self.attachments}
        if level > 1 and ("accounts", False) not in sent and ("accounts", True) in sent:
            statement = sent.get(("bank_statement", False))
            if statement is not None:  # accounts from some applicants only, a bank statement
                # from all: those without accounts send the bank statement alone
                return Found(LEVELS[1], False, statement.evidence)
        return Found(LEVELS[level], False, evidence)
