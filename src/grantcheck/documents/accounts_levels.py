"""The levels of accounts a document accepts, read from its sentences.

Accounts are read as levels (bank statements, unaudited, independently examined, audited):
the easiest level accepted is what counts, and a higher level waived ("do not have to be
audited") accepts unaudited accounts. A bank statement offered in the accounts' place is a
level; one sent beside them is not. An FAQ's "Do the accounts have to be audited?" / "No."
waives the level asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from grantcheck.documents.accounts_beside import BESIDE, in_year, joined
from grantcheck.documents.accounts_phrases import (
    ANSWER_NO,
    ASK,
    BANK_ACCOUNT,
    CHECKED,
    EVERY_SUBJECT,
    HAS_NONE,
    IN_PLACE,
    INSTEAD,
    KEEPS,
    LEVELS,
    NOT_AFTER,
    OFFERS,
    SEND_THEM,
    SIGNED,
    SIGNERS,
    WAIVED_IF,
    across_items,
    asked_whether,
    beside_statement,
    budgeted,
    in_place,
    names_accounts,
    offered_between,
    signs_accounts,
    signs_off,
    signs_paper,
)
from grantcheck.documents.applicants import EXEMPT
from grantcheck.documents.blocks import Block
from grantcheck.documents.conditions import negated
from grantcheck.documents.facts import Found
from grantcheck.documents.income_bands import banded, own_band
from grantcheck.documents.match import MatchFunding
from grantcheck.documents.match_words import NOT_NEEDED
from grantcheck.documents.negation import excepted


class AccountsLevels(MatchFunding):
    """Finds the levels of accounts each sentence accepts, and the easiest of them."""

    row_text: str  # (Requirements: the words of the row a table cell is read in, else "")

    def _accounts(self, block: Block, s: str, conditional: Callable[[], bool], asked: bool) -> None:
        """The levels of accounts a sentence accepts."""
        acc = self.vocab.accounts
        levels, waived = [], False
        spans: dict[int, tuple[int, int]] = {}  # each level's words, quoted in its evidence
        waiver: tuple[int, int] | None = None
        for i, level in enumerate(LEVELS[1:], start=1):
            if not self.may(f"accounts:{level}"):
                continue
            for m in acc[level].finditer(s):
                if i == 2 and budgeted(s, m.start()):
                    continue  # "a budget showing expected income and spending": no accounts
                signer = i == 2 and m.group(0).split()[0].lower() in SIGNERS
                if signer and signs_paper(s):
                    continue  # "The form must be signed by two trustees": not accounts
                after = NOT_AFTER.match(s, m.end())
                if after is None and not negated(s, m.start()):
                    if i == 3 and CHECKED.search(m.group(0)) and not names_accounts(s):
                        break  # "checked by an independent person": of the accounts only
                    levels.append(i)
                    spans[i] = m.span()
                    break
                # "These do not have to be independently examined or audited", "We do not expect
                # ... an audit", "Audited figures are not needed": a higher level waived
                # accepts unaudited accounts
                if not waived and (
                    i > 2 and (after is not None or bool(NOT_NEEDED.search(s, 0, m.start())))
                ):
                    waived, waiver = True, m.span()  # quoted: the words that waive it
        if (
            2 not in levels
            and not self.toks.isdisjoint(SIGNERS)
            # "your accounts. These can be ... simply approved by your committee"
            and signs_accounts(block, s)
        ):
            signed = SIGNED.search(s)  # "signed as correct by the chairman and the treasurer"
            # ("We cannot accept accounts that have only been approved by your own board")
            if signed is not None and not negated(s, signed.start()):
                levels.append(2)
                spans[2] = signed.span()
        if 2 in levels and signs_off(s, levels, spans):
            # "independently examined or audited, and approved by your board": the examined
            # accounts' own sign-off, no lower level beside them
            levels.remove(2)
        if 1 in levels and 2 in levels and joined(s, spans):
            levels.remove(1)  # "bank statements and an income and expenditure statement": one
        if waived:
            self.accounts.append((2, True, self.evidence(block, s, waiver)))
        elif (
            max(levels, default=0) > 2
            and min(levels) > 2
            and banded(s)
            # (not "independently examined, or audited if your income is over £250,000": the
            # band the audit's alone, examined accounts everyone else's, where the accounts
            # named in the block are everyone's; review22 F2)
            and not (
                own_band(s, spans[min(levels)][1], spans[max(levels)][0])
                and not any(
                    a.kind == "accounts" and a.conditional and a.evidence.where == block.where
                    for a in self.attachments
                )
            )
        ):
            # "independently examined or audited if your income is over £25,000": the level of
            # the larger applicants; the smaller send their accounts as they are (unaudited)
            self.accounts.append((2, True, self.evidence(block, s, spans[min(levels)])))
        # accounts named with no level, read beside no level but a bank statement: "We do not
        # need to see your accounts: the bank statement is enough" refuses them
        named = (
            acc["generic"].search(s)
            if levels in ([], [1]) and self.may("accounts:generic")
            else None
        )
        # (and beside a bank statement, sent with it: "your annual accounts, a safeguarding
        # policy and your latest bank statement", as a list of the same items is read; never
        # the accounts a bank statement replaces: "if you have no accounts yet, ... instead")
        generic = named if not levels or (named and beside_statement(s, named)) else None
        plain = generic is not None and BANK_ACCOUNT.search(s) is None
        # "We don't ask for accounts", "Accounts are not needed": none asked, as "no accounts"
        # (an annual report, the year's work, refused is not the accounts refused: "Please do not
        # send original documents or your annual report" beside a list asking for accounts)
        held = _accounts_named(acc["generic"], s, named)
        refused = (
            held is not None
            and ASK.search(s, max(0, held.start() - 40), held.start()) is not None
            and negated(s, held.start())
            # (not "no need to send your accounts again": those who sent them before)
            and (generic is not None or not excepted(s, held.end()))
        )
        if plain and not refused and generic is not None:
            levels, spans[2] = [*levels, 2], generic.span()
        # "Audited accounts are not required" waives a level; it does not say no accounts; nor
        # does excusing some applicants ("Schools and academies do not need to send accounts":
        # the others send them, at the level asked)
        if (
            not waived
            and (refused or (self.may("accounts:none") and self._no_accounts(s)))
            and (EXEMPT.search(s) is None or EVERY_SUBJECT.match(s) is not None)
        ):
            # "we don't need accounts, the bank statement is enough": what is named beside the
            # waiver is what is accepted
            offered = 1 in levels
            self.accounts.append((1 if offered else 0, True, self.evidence(block, s, spans.get(1))))
        elif levels and (
            asked
            or any(acc[LEVELS[i]].search(s) for i in levels if i > 1)
            # "you can apply with your bank statements instead of accounts": a level offered,
            # whether or not the sentence itself asks to send
            or (levels == [1] and in_place(s) and OFFERS.search(s) is not None)
        ):
            # what a sentence names beside a waived level is offered instead ("Audited figures
            # are not needed: your last two bank statements are enough"), as is what a new
            # group may send "instead", in the sentence or in its row of a documents table
            # ("Bank statements | Groups less than a year old, instead of accounts")
            alternative = (
                waived
                or INSTEAD.search(s) is not None
                or (
                    len(levels) > 1
                    and offered_between(acc["alternatives"], s, [spans[i] for i in levels])
                    and not across_items(s, [spans[i] for i in levels])
                )
                or (levels == [1] and in_place(self.row_text))
            )
            for i in levels:
                some = conditional()
                if (
                    i == 2
                    and some
                    and not alternative
                    and (BESIDE.search(s) or in_year(s, self.row_text))
                ):
                    # "If your accounts are more than ten months old, please also send your
                    # latest management accounts": sent beside the accounts, not in their place
                    continue
                if i == 1 and some and not alternative and not self._for_accounts(s):
                    # "a bank statement, if this is your first application": sent beside the
                    # accounts by some, not accepted in their place
                    continue
                evidence = self.evidence(block, s, spans.get(i))
                if plain and i == 2:  # "your latest accounts": of a level the documents may state
                    self.plain_accounts.add(len(self.accounts))
                self.accounts.append((i, alternative or some, evidence))

    def answered_no(self, block: Block) -> None:
        """ "Do you need our accounts?" / "No. For grants this small ...": no accounts asked; "Do
        the accounts have to be audited?" / "No, ...": that level waived (unaudited). The
        question ends the block before (an FAQ's title) or stands before the answer in its own
        block; the answer names no level ("No, a bank statement will do" is read as said)."""
        text = block.text
        if self.question_at == self.blocks_read - 1 and self.recent and ANSWER_NO.match(text):
            question, answer = asked_whether(self.recent[-1][0].text), text
        else:
            at = text.find("? No")  # (a quick test before the question's words are read)
            if at == -1 or not ANSWER_NO.match(text, at + 2):
                return
            question, answer = asked_whether(text[: at + 1]), text[at + 2 :]
        answer = answer[: answer.find(". ") + 1 or None]
        acc = self.vocab.accounts
        if (
            question is None
            or any(acc[level].search(answer) for level in LEVELS[1:])
            or SEND_THEM.search(text) is not None
            or KEEPS.search(text) is not None
        ):
            return
        higher = any(acc[level].search(question) for level in LEVELS[3:])
        self.accounts.append((2 if higher else 0, True, self.evidence(block, answer)))

    def _for_accounts(self, s: str) -> bool:
        """Whether a sentence offers a bank statement in the accounts' place: it names the
        accounts ("if you have no accounts yet") or a group too new to have them."""
        return (
            names_accounts(s)
            or self.vocab.accounts["alternatives"].search(s) is not None
            or IN_PLACE.search(s) is not None
        )

    def _no_accounts(self, s: str) -> bool:
        """Whether a sentence says no accounts are needed ("no accounts"), not that some groups
        have none ("If your group has no accounts yet, ...": a condition, not a waiver)."""
        return any(
            HAS_NONE.search(s, max(0, m.start() - 12), m.start()) is None
            for m in self.vocab.accounts["none"].finditer(s)
        )

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
        # accounts waived for some ("Not needed if your group is less than a year old"): those
        # groups send only the bank statements every applicant sends, the easiest level
        waived = all(a[0] < 2 or WAIVED_IF.search(a[2].words) for a in every)
        named = [a for a in every if a[0] != 1 or a[1] or waived] or every
        level, _, evidence = min(named, key=lambda a: a[0])
        sent = {(a.kind, a.conditional): a for a in self.attachments}
        if level == 0 and ("bank_statement", False) in sent:  # no accounts, but a bank statement
            evidence = sent["bank_statement", False].evidence  # from everyone: that is the level
            return Found(LEVELS[1], False, evidence)
        if level > 1 and ("accounts", False) not in sent and ("accounts", True) in sent:
            statement = sent.get(("bank_statement", False))
            if statement is not None:  # accounts from some applicants only, a bank statement
                # from all: those without accounts send the bank statement alone
                return Found(LEVELS[1], False, statement.evidence)
        return Found(LEVELS[level], False, evidence)


def _accounts_named(
    generic: re.Pattern[str], s: str, named: re.Match[str] | None
) -> re.Match[str] | None:
    """``named``, or the first generic word after it, that names the accounts themselves, not an
    annual report (the year's work): "do not send your annual report or your accounts"."""
    if named is None or names_accounts(named.group(0)):
        return named
    return next((m for m in generic.finditer(s, named.end()) if names_accounts(m.group(0))), None)
