"""The words of accounts levels: what names the accounts, what offers a level in their place
("instead", "will do"), what waives one ("do not need to be audited"), whose signing is a
level ("signed by your treasurer") and what is a budget's income and spending, not accounts.
Holdings reads sentences with them."""

from __future__ import annotations

import re
from itertools import pairwise

from grantcheck.documents.blocks import Block
from grantcheck.documents.level_notes import ACCEPTED
from grantcheck.documents.negation import bracketless, negated
from grantcheck.documents.replaced import PLACE_OF

LEVELS = ("none", "bank_statements", "unaudited", "independent_examination", "audited")
WAIVED_IF = re.compile(
    r"\bnot\s+(?:needed|required|necessary)\s+(?:if|for|when|where)\b", re.IGNORECASE
)
# an alternative: "instead", "in place of accounts", Welsh "yn lle" (instead of)
INSTEAD = re.compile(r"\binstead\b|\bin place of\b|\byn (?:eu |ei )?lle\b", re.IGNORECASE)
# the same offered in other words, read where accounts and a bank statement share a sentence:
# "bank statements rather than accounts", "in lieu of accounts", "as an alternative to accounts"
# (replaced.PLACE_OF, the words the attachments read as naming the replaced document)
IN_PLACE_OF = re.compile(INSTEAD.pattern + "|" + PLACE_OF, re.IGNORECASE)
# a bank statement offered in the accounts' place: accepted ("... will do", "is fine", "we
# accept": level_notes.ACCEPTED, the words accepting a simpler form of any document), or sent by
# a group too new to have accounts ("not reached their first year end", "less than a year old")
IN_PLACE = re.compile(
    ACCEPTED.pattern + r"|\b(?:newly|"
    r"first\s+(?:year|financial\s+year)|not\s+(?:yet\s+)?(?:reached|completed|finished|produced)|"
    # (a group's age, never the statement's own: "It must be less than three months old")
    r"(?<!it must be )(?<!it should be )(?<!it is )(?<!statement )(?<!statements )"
    r"(?:less\s+than|under)\s+(?:a|one|two|three|\d{1,2})\s+(?:years?|months?)\s+old)\b",
    re.IGNORECASE,
)
# "has no accounts", "groups with no accounts": who the applicant is, not what is waived
HAS_NONE = re.compile(r"\b(?:has|have|had|with|without)\s+(?:got\s+)?$", re.IGNORECASE)
# a level waived after it is named: "Audited figures are not needed", "an audit isn't required"
NOT_AFTER = re.compile(
    r"[^.,;:!?()]{0,25}?(?:\b(?:is|are)\s+not|\b(?:isn't|aren't|isn’t|aren’t))\s+"
    r"(?:needed|required|necessary|essential)\b",
    re.IGNORECASE,
)
# accounts checked by an outsider: the phrases of that level that do not say "accounts"
CHECKED = re.compile(r"independent person|independently (?:checked|verified)", re.IGNORECASE)


# accounts the group's own officers sign or approve: unaudited, whoever signs ("signed as correct
# by the chairman and the treasurer", "approved by your management committee", "signed off by
# two trustees")
SIGNED = re.compile(
    r"\b(?:signed|certified|approved|agreed|verified)\s+(?:as\s+(?:correct|accurate|a\s+true\s+"
    r"record)\s+|off\s+)?by\s+(?:(?:the|your|its|their|a|an|two|both|one|any)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:treasurer|chair\w*|trustees?|committee|officers?|board|members|"
    r"secretary|directors?)\b",
    re.IGNORECASE,
)
# what a funder asks, not what a group has: "We don't ask for accounts" (not "you will not
# have accounts yet", "we cannot pay into personal accounts")
ASK = re.compile(r"\b(?:ask|need|require|want|expect|see|send|request)s?\b", re.IGNORECASE)
SIGNERS = frozenset(("signed", "certified", "approved", "agreed", "verified"))
# a sentence about the accounts named just before it: "These can be approved by your committee"
BACK = re.compile(r"\s*(?:these|they|this|it|such\s+accounts)\b", re.IGNORECASE)


ACCOUNTS_NAMED = re.compile(r"\b(?:accounts|balance sheet|financial statements)\b", re.I)
BANK_ACCOUNT = re.compile(r"\bbank accounts?\b", re.I)  # an account, not a set of accounts


def names_accounts(s: str) -> bool:
    return ACCOUNTS_NAMED.search(s) is not None


# another paper officers sign: "The form must be signed by two trustees", "the declaration"
SIGNED_PAPER = re.compile(r"\b(?:forms?|declarations?|applications?|letters?)\b", re.I)


def signs_accounts(block: Block, s: str) -> bool:
    """Whether the officers' signing a sentence names is of accounts: the sentence names them,
    or opens on the accounts named before it ("These can be signed by ...")."""
    return names_accounts(s) or (BACK.match(s) is not None and names_accounts(block.text))


def signs_paper(s: str) -> bool:
    """Whether a vocabulary's signing ("signed by your treasurer") is of another paper than
    accounts: its sentence names no accounts but a paper signed ("The form must be signed by two
    trustees"), never a band's item that says only "a copy signed by your treasurer"."""
    return not names_accounts(s) and SIGNED_PAPER.search(s) is not None


# money to come, not accounts of money gone: "a budget for the event showing all expected
# income and spending", "a forecast of money in and money out"
BUDGETED = re.compile(r"\b(?:budget|forecast|expected|planned|projected|estimated)\b", re.I)
PAST = re.compile(r"\b(?:last|previous|past)\s+(?:year|12|twelve)|\bsigned\b", re.I)


def budgeted(s: str, at: int) -> bool:
    """Whether the phrase before ``at`` (from its last comma, semicolon, colon, "and" or "or")
    says the income and spending are a budget's ("a budget showing expected income and
    spending"), never another item's ("your budget and a statement of last year's income and
    spending") nor money gone ("last year's", "signed by your treasurer")."""
    start = max(
        at - 60,
        *(s.rfind(mark, 0, at) + len(mark) for mark in (",", ";", ":", " and ", " or ")),
        0,
    )
    return BUDGETED.search(s, start, at) is not None and not PAST.search(s, start, at + 80)


def in_place(s: str) -> bool:
    """Whether a text offers what it names in the accounts' place: "instead of accounts", "in
    place of your accounts" (not "instead of the old form", nor "with your accounts"), and
    refuses nothing ("bank statements in place of accounts are not accepted")."""
    found = INSTEAD.search(s)
    return (
        found is not None
        and names_accounts(s[found.start() : found.end() + 40])
        and REFUSAL.search(s) is None
    )


# a refusal anywhere in a sentence: "..., but we are not able to do this", "cannot accept"
REFUSAL = re.compile(r"\b(?:not|cannot|never|no\s+longer)\b|n[’']t\b", re.IGNORECASE)
# an offer said in passing: "you can apply with ...", "will be accepted", "is fine"
OFFERS = re.compile(
    r"\b(?:can|may|could|accept(?:s|ed)?|fine|enough|allowed|welcome|will\s+do)\b", re.IGNORECASE
)


# a sign-off joined to a level named before it: "..., and approved by your board"
ALSO = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|then|must|should|be|been|have|has)\s+){0,3}$", re.I
)
# words that offer another level between two: "examined or, where the income is under ..., signed"
OFFERED = re.compile(r"\bor\b|;|\b(?:if|where|when|otherwise|unless|instead|below|under)\b", re.I)


def signs_off(s: str, levels: list[int], spans: dict[int, tuple[int, int]]) -> bool:
    """Whether the officers' signing a sentence names (level 2, at ``spans[2]``) is the sign-off
    of a higher level named before it: joined to it by a comma or ", and", no other level
    offered between ("independently examined or audited, and approved by your board"; not
    "audited or, where your income is under £25,000, signed by your treasurer")."""
    start = spans[2][0]
    higher = [spans[i][1] for i in levels if i > 2 and i in spans and spans[i][0] < start]
    return (
        bool(higher)
        and s[start : start + 12].split(" ", 1)[0].lower() in SIGNERS
        and ALSO.search(s, 0, start) is not None
        and OFFERED.search(s, max(higher), start) is None
    )


# the accounts' "or" words (" or ", Welsh "neu"): an alternative only where they join the two
# levels ("audited accounts or, for groups under £10,000, bank statements"), not in another item
# ("your audited accounts and your latest bank statement or a letter from your bank")
OR_WORD = re.compile(r"\W*(?:or|neu)\W*", re.IGNORECASE)


def offered_between(words: re.Pattern[str], s: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the vocabulary's alternative ``words`` offer one of the levels named at ``spans``
    in another's place: any of them but "or" anywhere in the sentence ("new groups", "instead"),
    an "or" only between two of the levels."""
    at = sorted(spans)
    for m in words.finditer(s):
        if OR_WORD.fullmatch(m.group(0)) is None:
            return True
        if any(a[1] <= m.start() and m.end() <= b[0] for a, b in pairwise(at)):
            return True
    return False


# accounts a group lacks: "If you have no annual accounts yet", "groups without accounts"
LACKED = re.compile(r"\b(?:no|without)\s+(?:\w+\s+)?$", re.IGNORECASE)


def beside_statement(s: str, named: re.Match[str]) -> bool:
    """Whether the accounts ``named`` in a sentence that also names a bank statement are sent
    beside it ("your annual accounts, a safeguarding policy and your latest bank statement"),
    not the accounts it replaces ("bank statements instead of / rather than accounts", "we accept
    a bank statement in lieu of accounts", "if you have no accounts yet") or refuses."""
    return (
        IN_PLACE_OF.search(s) is None
        # (an acceptance in brackets is of something else: "(photocopies are fine)")
        and IN_PLACE.search(bracketless(s)) is None
        and LACKED.search(s, max(0, named.start() - 20), named.start()) is None
        and not negated(s, named.start())
    )


def across_items(s: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the levels named at ``spans`` stand in different items of a list parted by ";"
    ("your accounts, or an income and expenditure statement; your latest bank statement"):
    an "or" in one item offers no alternative to another."""
    at = sorted(spans)
    return len(at) > 1 and ";" in s[at[0][1] : at[-1][0]]


# a question whether the accounts are needed, and its answer "No": "Do you need our accounts?" /
# "No. For grants this small ...", "Will we have to send accounts? No, ..." (a yes/no question:
# not "What if we don't have accounts?")
WHETHER = re.compile(
    r"^(?:do|does|will|would|must|should|shall|is|are|have|has|need)\b[^?]{0,80}\b(?:ask|need|"
    r"require|want|expect|see|send|provide|submit|include|attach|upload|have\s+to)\w*\b"
    r"[^?]{0,60}\?$",
    re.IGNORECASE,
)
ANSWER_NO = re.compile(r"no\b(?!\s+(?:problem|worries|matter)\b)", re.IGNORECASE)


def asked_whether(before: str) -> str | None:
    """The question whether accounts are needed that ``before`` ends with, or None."""
    text = before.rstrip()
    if not text.endswith("?"):
        return None
    start = max(text.rfind(mark, 0, len(text) - 1) for mark in (". ", "! ", "? ", ": ", "\n"))
    question = text[start + 1 :].strip().lstrip("#*-•0123456789.) ")
    named = list(ACCOUNTS_NAMED.finditer(question))
    found = WHETHER.match(question) is not None and bool(named)
    # (whether the accounts alone are needed: nothing after them but "from us" or "with the
    # application": not "two years of accounts?", "signed by two people?", "at this stage?")
    alone = bool(named) and ALONE.match(question, named[-1].end()) is not None
    return question if found and alone and not FOR_SOME.search(question) else None


ALONE = re.compile(
    r"\s*(?:(?:from|of)\s+(?:us|you)\s*|with\s+(?:the|our|your|this)\s+(?:application|form)"
    r"(?:\s+form)?\s*)?\?$",
    re.IGNORECASE,
)
# an answer that says what is enough, or that they are asked later: "No, just the most recent
# year is enough", "No. We will ask for them if ..."
KEEPS = re.compile(
    r"\b(?:just|enough|is\s+fine|will\s+(?:ask|need)\s+(?:for\s+)?them|later)\b", re.I
)


# a question about some applicants or a second time: "Do we need to send accounts again if we
# applied last year?", "Do new groups need accounts?" ("No" excuses those only)
# (nor a question about how, when or in what form they are sent: "Do we need to send the original
# copy of our accounts?", "... post our accounts to you?", "... before we apply?")
FOR_SOME = re.compile(
    r"\b(?:if|again|already|unless|when|new|newly|original|copy|copies|post|posted|email|"
    r"e-mail|before|after|until|paper|printed|scan\w*|format|online|hard|certified|how)\b",
    re.IGNORECASE,
)
# an answer that goes on to ask for them: "No. Send them with your application form."
SEND_THEM = re.compile(
    r"\b(?:send|email|e-mail|post|upload|attach|enclose|include|bring|give)\s+(?:us\s+)?"
    r"(?:them|it|your\s+accounts|a\s+copy)\b",
    re.IGNORECASE,
)
# the subject of a waiver that is every applicant: "Applicants do not need to send accounts",
# "Groups applying to this fund ..." (not "Schools and academies ...": some of them)
EVERY_SUBJECT = re.compile(
    r"^\W*(?:(?:all|the|any|every|each)\s+)?(?:applicants?|groups?|organi[sz]ations?|bidders?|"
    r"you|we)\b",
    re.IGNORECASE,
)
