"""Level notes: what a note on a document says of the form it takes, not of who sends it.

"If your income is over £25,000 these must be independently examined", "If it is £25,000 or
less, accounts signed by your treasurer are fine", "...; if your turnover is below £25,000 we will
accept accounts signed by two directors", "Audited, or independently examined where the law does
not require an audit": the condition picks the form (a level of accounts, a simpler paper of the
same kind), and every applicant still sends the document. The rulebook: conditional only when
the document itself is limited to some applicants; one document offered in two forms counts
once. A note whose main clause sends ("If you have audited accounts, send them", "Only if your
income is over £25,000") still limits.
"""

from __future__ import annotations

import re

from grantcheck.documents.beside import AND_IF
from grantcheck.documents.income_bands import ANY_BAND
from grantcheck.documents.named import OWN_CLAUSE_END

# sending, not a form: "If you work with children, this must be uploaded" says who sends it
SENT = (
    r"(?:uploaded|included|provided|sent|submitted|attached|enclosed|supplied|given|added|"
    r"returned|emailed|e-mailed|posted|shown|produced)\b"
)
# a note's main clause saying what the item itself must be: "..., they must be signed by two
# trustees", "... it should show the group's name" (or may be: "If you are a new group, your rules
# can be a single page"); right after a band's figure too, with no comma ("If your income is over
# £25,000 these must be audited"); so does one sending the same document from whoever holds it:
# "If another group holds the money, send theirs."
FORM_OF = re.compile(
    r"(?:,|(?<=\d))\s+(?:then\s+)?(?:they|it|these|this|(?:the|your)\s+\w+)\s+(?:must|should|"
    r"need\s+to|have\s+to|will\s+need\s+to|can|may|could)\s+(?:be(?!\s+" + SENT + r")|show|"
    r"include|cover|have)\b"
    r"|,\s+(?:please\s+)?(?:send|upload|give|attach)\s+(?:us\s+)?"
    r"(?:theirs|their\s+own|its\s+own)\b",
    re.IGNORECASE,
)
# a note's own sentence pointing back to the document and saying what it must hold: "It must
# cover working near water if any of the work is by a river", "They should include ...": its
# condition picks what goes in the document, not who sends it (as FORM_OF's after a comma)
MUST_HOLD = re.compile(
    r"\s*(?:it|this|these|they)\s+(?:must|should|will|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?:also\s+)?(?:includ|show|cover|set\s+out|contain|explain|list)",
    re.IGNORECASE,
)
ABOUT_YOU = re.compile(r"\bif\s+(?:you|your)\b", re.IGNORECASE)  # "if you serve food": who sends


def holds_only(s: str) -> bool:
    """Whether a note's own sentence says only what the document must hold (MUST_HOLD), its
    "if" about the work, not the applicant ("It must cover working near water if any of the
    work is by a river"; never "This should show a rating of 3 if you will be serving food")."""
    return MUST_HOLD.match(s) is not None and ABOUT_YOU.search(s) is None


# words accepting a form of the document in its place: "... signed by your treasurer are fine",
# "a simple statement will do", "we will accept accounts signed by two directors", "... are
# acceptable" (accounts_phrases.IN_PLACE reads them too: a bank statement accepted in the
# accounts' place, "Your last bank statement will do")
ACCEPTED = re.compile(
    r"\b(?:is|are|will\s+be)\s+(?:fine|enough|acceptable|accepted|ok|okay)\b|\bwill\s+do\b"
    r"|\bwe\s+(?:will\s+|can\s+|also\s+|would\s+)?accept\b",
    re.IGNORECASE,
)
# a condition about the accounts' own level, not the applicant: "where the law does not require
# an audit", "if you are not required by law to have an audit", "if you need an audit"
AUDIT_DUTY = re.compile(
    r"\b(?:by\s+law|the\s+law|legally|statutory)\b|\b(?:require[sd]?|need|needs)\s+(?:to\s+"
    r"(?:have|be)\s+)?(?:an?\s+)?(?:audit|independent\s+exam)",
    re.IGNORECASE,
)
# accounts levels, as a note names them (the vocabulary's level phrases name them too)
LEVEL = re.compile(r"\baudit|\bexamin|\bexaminer\b|\bsigned\b|\bunaudited\b", re.IGNORECASE)


# what only some applicants need is a level's mark, not the accounts: "(an examiner's report is
# only needed for groups over £25,000)", "a treasurer's signature is only required for ..."
LEVEL_NEEDED = re.compile(
    r"\b(?:signatures?|audit|audits|examination|(?:examiner|auditor|accountant)['’]s\s+report)"
    r"\s+(?:is|are)\s+(?:only\s+)?(?:needed|required)\b",
    re.IGNORECASE,
)


def form_of(s: str) -> bool:
    """Whether a note's main clause says what form the document takes ("these must be
    independently examined", "accounts signed by your treasurer are fine"), not who sends it."""
    return FORM_OF.search(s) is not None or ACCEPTED.search(s) is not None


def unneeded(window: str) -> str:
    """The words beside the accounts without each clause saying a level's mark is only needed
    by some ("; an examiner's report is only needed for groups over £25,000"): the accounts'
    own condition in another clause still counts ("(only needed for groups more than a year old;
    an examiner's report ...)"; review26 F1). Each clause is found from its match outwards, to
    the nearest ";", ",", "(" or ")" either side."""
    m = LEVEL_NEEDED.search(window)
    while m is not None:
        start = max(window.rfind(c, 0, m.start()) for c in ";,()") + 1
        ends = [e for e in (window.find(c, m.end()) for c in ";,()") if e >= 0]
        window = f"{window[:start]} {window[min(ends, default=len(window)) :]}"
        m = LEVEL_NEEDED.search(window, start + 1)
    return window


# a level offered after "or", with its own condition: "your accounts, signed by the chair, or
# audited if you have had an audit": the case picks the level, every applicant sends accounts
OR_LEVEL = re.compile(
    r",\s*or\s+(?:be\s+)?(?:independently\s+)?(?:examined|audited|certified|signed|approved)\b",
    re.IGNORECASE,
)


def level_offered(after: str) -> int | None:
    """Where, in the words ``after`` the accounts' name, an alternative level opens ("..., or
    independently examined if you already have them"): its condition is that level's."""
    m = OR_LEVEL.search(after)
    return None if m is None else m.start()


# a simpler paper of the accounts' kind, which the rulebook counts as the same attachment: "an
# income and expenditure statement", "a statement of your income and spending", "management
# accounts for the months so far"
PAPER = re.compile(
    r"\b(?:income\s+and\s+(?:expenditure|spending)|receipts\s+and\s+payments|management\s+"
    r"accounts|statement\s+of\s+(?:your\s+)?income)\b",
    re.IGNORECASE,
)
CLAUSE = re.compile(r"[,:;]\s")  # where a note's opening condition ends and its main clause starts
# before the paper in the main clause: the accounts themselves ("upload your accounts, including
# the income and expenditure account"), a refusal ("we do not need a separate income and
# expenditure statement") or what a document shows ("showing your income and expenditure")
NOT_OFFERED = re.compile(
    r"\baccounts\b|\bnot\b|n['’]t\b|\bno\b|\b(?:includ|show|with)\w*\s+(?:\w+\s+)?$", re.IGNORECASE
)


def offers_paper(s: str) -> bool:
    """Whether a note's main clause, after its opening condition, offers a simpler paper of the
    accounts' kind as what is sent ("If your group is new, upload an income and expenditure
    statement"), not the accounts themselves nor what they show, and not refused."""
    opened = CLAUSE.search(s)
    if opened is None:
        return False
    paper = PAPER.search(s, opened.end())
    return paper is not None and NOT_OFFERED.search(s, opened.end(), paper.start()) is None


def level_note(s: str) -> bool:
    """Whether a note on the accounts says which form or level they take, not who sends them
    (``form_of``), or names a level under an income band or the law's audit duty ("Audited, or
    independently examined where the law does not require an audit"), or its main clause offers
    a simpler paper of their kind ("If your group is new, upload an income and expenditure
    statement": the accounts every applicant's, the paper some's; never named in the condition,
    "If you have an income and expenditure statement, upload it"). (On another document a
    condition says who sends it, whatever the main clause says of its form.)"""
    if form_of(s) or offers_paper(s):
        return True
    if LEVEL.search(s) is None:
        return False
    return (("£" in s or "GBP" in s) and ANY_BAND.search(s) is not None) or (
        AUDIT_DUTY.search(s) is not None
    )


# the same document held by whoever applies or holds the money for some applicants: "...; if an
# accountable body receives the grant for you, its bank statement", "the lead partner's accounts"
# (never the applicant's own: "your group's accounts"; nor one sent as well: "its accounts too")
WHOSE = re.compile(
    r"(?:\b(?:its|their)|\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s?)\s+"
    r"(?:own\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
AS_WELL = re.compile(r"\s*(?:as\s+well|too|also)\b", re.IGNORECASE)
# a clause after the document offering some applicants the same kind in a simpler form, the
# name right after its verb: "...; small clubs may send accounts their treasurer has signed"
SOME_MAY = re.compile(
    r";\s*(?!(?:you|all|every|each|applicants)\b)(?:[\w'’-]+\s+){1,4}?(?:may|can|could)\s+"
    r"(?:instead\s+)?(?:send|upload|provide|give|submit)\s+(?:us\s+)?(?:their\s+|its\s+)?$",
    re.IGNORECASE,
)


def clause_offer(s: str, begin: int, start: int, end: int) -> re.Match[str] | None:
    """Where a clause opens, between the document named before ``begin`` and the one named at
    ``s[start:end]`` of the same kind, offering the second as a simpler form of the first to
    some applicants: "your accounts; if your income is under £10,000, a simple statement signed
    by your treasurer is fine", "...; if your turnover is below £25,000 we will accept accounts
    signed by two directors"; or the same document of whoever holds the money for them ("...;
    if an accountable body holds the grant for you, its bank statement", as FORM_OF's "send
    theirs"). Its condition is the second's, never the first document's (the match is in the
    words between them, ``s[begin:start]``)."""
    gap = s[begin:start]
    opens = AND_IF.search(gap)
    if opens is None:
        return SOME_MAY.search(gap)  # ("...; small groups may send accounts signed by ...")
    stop = OWN_CLAUSE_END.search(s, end)
    clause = s[begin + opens.start() : len(s) if stop is None else stop.start()]
    if ACCEPTED.search(clause):
        return opens
    whose = WHOSE.search(gap, opens.end())
    return opens if whose is not None and AS_WELL.match(s, end) is None else SOME_MAY.search(gap)
