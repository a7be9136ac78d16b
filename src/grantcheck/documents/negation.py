"""Whether a document named in a sentence is asked for, or declined: "you do not need to send
the certificate" asks for nothing; "groups that have not yet finished a year may send bank
statements" asks for them; "read together with the Pricing Schedule" names a document read
beside the form, not one sent.
"""

from __future__ import annotations

import re

from grantcheck.documents.keyed import words_before

# "you do not need to send": a document not asked for ("groups that have no accounts yet"
# describes who sends what instead, and negates nothing)
NEGATED = re.compile(
    r"(?:\b(?:not|(?<!have )(?<!has )(?<!had )(?<!with )no|never|without|cannot|nid|nad|na|nac|"
    r"dim)|n't|n’t)\b[^.,;:!?()]{0,70}$",
    re.IGNORECASE,
)


# NEGATED's words, as ``tokens`` reads them ("n't" is "t"): in ASCII text NEGATED's word
# boundaries are the tokens', so a text without one before ``at`` has no negation there
NEGATIONS = frozenset("not no never without cannot nid nad na nac dim t".split())


# a new clause's modal after a negation: "groups that have not yet finished a year may send
# bank statements" asks for them; "you do not need to send" does not
MODAL = re.compile(r"\b(?:may|can|should|must|will|could|might|shall)\b", re.IGNORECASE)


# "We do not need to see your accounts.", "The council does not ask for accounts;", "You don't
# have to send accounts": the funder asks nobody for a document (its subject is the funder or
# "you", never some applicants: "New groups do not need to send accounts")
NONE_ASKED = re.compile(
    r"^\W*(?:we|you|the\s+(?:council|trust|foundation|fund|panel|committee)"
    r"|[\w'’-]+\s+(?:council|trust|foundation))\s+"
    r"(?:(?:do|does|will)\s+not|(?:don|doesn|won)['’]t)\s+(?:need|ask|require|have\s+to)\b",
    re.IGNORECASE,
)
# "... accounts from small groups", "... for projects under £1,000": the refusal is some's
REFUSED_SOME = re.compile(  # (not "ask for accounts": what is refused)
    r"(?<!ask )(?<!asks )(?<!asked )\b(?:from|for|by|of)\s+(?!you\b|your\b|us\b)", re.IGNORECASE
)


# "shall be read together with the Pricing Schedule": documents read side by side, not sent
READ_WITH = re.compile(
    r"\b(?:read|considered|taken|used)\s+$"
    # "delete this guidance before you submit": when the form is sent, not a document to send
    r"|\b(?:before|when|once|after|until)\s+(?:you|we)\s+$"
    # "We will send the budget template to every group", "We'll send the answer to everyone who
    # asked for the quote": the funder sends, nothing is asked of the applicant
    r"|\bwe(?:'ll|’ll)?\s+(?:(?:will|shall|can|may|also|then|usually|always)\s+)*$",
    re.IGNORECASE,
)


# "you do not need to send it again unless it has changed", "no need to upload your accounts
# unless your income is over £25,000": a refusal with an exception (or "again": those who sent
# it before) still asks the others
# (never "unless we ask": a copy on request, asked of nobody now)
EXCEPT_WHEN = re.compile(
    r"\b(?:unless|except\s+(?:if|where|when))\b(?!\s+(?:we\s+ask|asked|requested|we\s+request))"
    r"|\bagain\b",
    re.IGNORECASE,
)


def excepted(s: str, at: int) -> bool:
    """Whether a refusal of what is named before ``s[at]`` has an exception after it."""
    return EXCEPT_WHEN.search(s, at) is not None


def negated(s: str, at: int) -> bool:
    """Whether a negation governs what is named at ``s[at]``: a "not", "no" or "never" shortly
    before it, in its clause, with no modal after it opening a clause of its own; or before the
    first item of a list it stands in ("We don't ask for accounts, a bank statement or
    references")."""
    if s.isascii() and NEGATIONS.isdisjoint(words_before(s, at)):
        return False  # no negation word before it (a set lookup spares NEGATED's slow search)
    m = NEGATED.search(s, max(0, at - 70), at)
    if m is not None:
        return MODAL.search(s, m.start() + 1, at) is None and not MODAL.match(s, at)
    return in_refused_list(s, at)


# a list the funder declines to ask for: "We don't ask for accounts, a bank statement or
# references", "You won't need to send accounts, bank statements or a constitution" refuse every
# item, not the first alone (only a refusal of the funder's own, NONE_ASKED: never "Don't forget
# to include ...", "... will not be considered without ..."). Each item after the first is a short
# noun phrase: a word that opens a clause of its own ("..., a bank statement is enough", "...,
# but please send ...", "..., just a bank statement") ends the list, and with it the refusal
LIST_JOIN = re.compile(r"\s*,\s*(?:(?:or|nor|and)\s+)?|\s+(?:or|nor|and)\s+", re.IGNORECASE)
COORDINATOR = re.compile(r"\b(?:or|nor|and)\s+\S+[^,]*$", re.IGNORECASE)
OWN_CLAUSE = re.compile(
    MODAL.pattern + r"|\b(?:is|are|was|were|be|been|would|do|does|did|we|they|it|but|so|please|"
    r"instead|just|only|though|although|however|if|unless|when|where|which|who|that|enough|"
    r"fine|send|provide|include|attach|upload|need)\b|n['’]t\b",
    re.IGNORECASE,
)
CLAUSE_MARKS = ".;:!?"
ITEM_WORDS = 8  # an item longer than this is a clause, not a noun phrase


def bracketless(s: str) -> str:
    """``s`` with each bracketed aside blanked, its length kept (an item's "(no more than three
    months old)" is part of the item)."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), s)


def in_refused_list(s: str, at: int) -> bool:
    """Whether what is named at ``s[at]`` is a later item of a list whose first item the funder
    declines to ask for: "We don't ask for accounts, a bank statement or references" (the list's
    items short noun phrases, the last joined by "or", "nor" or "and")."""
    if "," not in s:
        return False
    plain = bracketless(s)
    start = max((plain.rfind(c, 0, at) for c in CLAUSE_MARKS), default=-1) + 1
    ends = [i for i in (plain.find(c, at) for c in CLAUSE_MARKS) if i != -1]
    end = min(ends, default=len(plain))
    comma = plain.find(",", start, at)
    if comma == -1 or NONE_ASKED.match(plain[start:comma]) is None or not negated(plain, comma):
        return False
    items = LIST_JOIN.split(plain[comma:end].strip(" ,"))
    return COORDINATOR.search(plain, comma, end) is not None and all(
        len(i.split()) <= ITEM_WORDS and OWN_CLAUSE.search(i) is None for i in items
    )
