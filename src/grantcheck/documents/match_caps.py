"""Whose share of the cost a percentage is, for match funding (trial25 T8): the funder's, when it
caps what the funder pays ("We will not fund more than 80% of the project"), the grant or what
is asked ("Your request must not be more than 80% of the total project cost"), or when a cap
has no subject at all (a form's hint under "How much are you asking for?": "Up to £5,000, and
no more than 80% of the total cost"); the applicant's, when a floor is set on what it puts in
("a contribution of at least 10%"). The funder's share leaves the rest to the applicant.
"""

from __future__ import annotations

import re

from grantcheck.documents.match_words import CLAUSE_MARK, FUNDER_SHARE, MINIMUM, sentence_at
from grantcheck.documents.sums import Amount
from grantcheck.documents.vocab import Vocabulary

# the grant, or what is asked of the funder, as the subject: "Grants", "Your request", "The
# amount you ask for", "What you ask for", "You can apply for", "requests of"
GRANT_SUBJECT = (
    r"\b(?:grants?|awards?|requests?|bids?|funding\s+from\s+us"
    r"|our\s+(?:grant|award|funding|contribution|share)"
    r"|the\s+amount\s+(?:you\s+(?:ask|apply|bid)\s+for|(?:you\s+)?request(?:ed)?|of\s+(?:the\s+)?"
    r"grant)|what\s+you\s+(?:ask|apply|bid)\s+for"
    r"|(?:you|applicants?|groups?)\s+(?:can|may|could)\s+(?:(?:ask|apply|bid)\s+for|request|claim))"
)
# only the small words of a cap between the subject and the share ("must not be more than", "are
# capped at", "of up to £2,000 or", "are from £500 to £5,000 and can cover up to"): never a noun
# of its own ("Grants go to groups with 80% ...")
BRIDGE = (
    r"(?:\s+(?:will|can|may|could|must|should|shall|would|is|are|be|not|cannot|normally|usually"
    r"|only|generally|typically|never|of|for|at|to|limited|capped|restricted|up|no|more|than"
    r"|maximum|max|a|exceed|cover|pay|fund|meet|worth|set|most|or|and|from|\w+n['’]t"
    r"|£[\d,.]+[km]?))*\s*"
)
GRANT_CAP = re.compile(GRANT_SUBJECT + BRIDGE + "$", re.IGNORECASE)
SUM = r"(?:up\s+to\s+)?£[\d,]+(?:\.\d\d)?"  # the award said before the share
# a cap with no subject in its clause: "No more than 80% of the total cost", "Maximum 80% of
# project costs", "Up to £5,000, and no more than 80% of the total cost", "Up to £10,000 or 50% of
# the total project cost" (the award before it)
SUBJECTLESS = re.compile(
    rf"\s*(?:{SUM}\s+or\s+|(?:{SUM}\s*)?(?:(?:and|but)\s+)?(?:up\s+to|no\s+more\s+than"
    r"|not\s+more\s+than|(?:a\s+)?maximum(?:\s+of)?|max\.?|at\s+most)\s*)$",
    re.IGNORECASE,
)
# what names the grant or the ask, in a label, a row's first cell or the words before a cap with
# no subject: "Maximum grant:", "How much are you asking for?", "Amount requested", "Intervention
# rate:", "Our contribution:" (a cost named instead, "Overheads:", is what the cap is on)
GRANT_LABEL = re.compile(
    r"\b(?:grants?|awards?|how\s+much|amount|requests?|requested|(?:ask|asking|apply|applying|bid)"
    r"\s+for|intervention\s+rate|our\s+(?:contribution|share)|funding\s+from\s+us)\b",
    re.IGNORECASE,
)
AWARD_OPENS = re.compile(rf"\s*{SUM}\b", re.IGNORECASE)  # "Up to £5,000, and ...", "£5,000 or"
# a subjectless cap is the grant's only when its clause ends with the cost ("... of the total
# cost."), or says the cost is funded: never "No more than 10% of the total cost should be
# contingency", "Up to 80% of the cost of equipment", "up to 10% of the project cost for
# management" (what the grant's cap is said of, or the subject the cap is set on, alike)
CAP_END = re.compile(
    r"\s*(?:[.;,:!)]|$|(?:can|may|will)\s+be\s+(?:funded|paid|covered|met)\b|(?:will|can|may)\s*"
    r"(?:not|n['’]t)\s+be\s+(?:considered|funded|accepted)\b|from\s+(?:us|this"
    r"\s+fund|the\s+fund)\b|of\s+(?:the|your|this|each)\s+(?:whole\s+)?(?:project|event|activity"
    r"|work)s?\b(?!['’-]))",
    re.IGNORECASE,
)
# where a clause begins: after a comma (never one in a sum, "£10,000"), a semicolon or a colon
CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)")
# "of the project", "of your project": the whole, as the funder's share is said of it
OF_PROJECT = re.compile(r"\s*of\s+(?:the|your|each|a|this)\s+(?:whole\s+)?project\b(?!['’-])", re.I)
# a share of the match funding or of the applicant's own contribution (how much of it may be in
# kind), never the share itself
OF_CONTRIBUTION = re.compile(
    r"\s*of\s+(?:your|the|this|their|its|any)\s+(?:own\s+)?(?:match(?:ed)?[\s-]*fund\w*"
    r"|contributions?)\b",
    re.IGNORECASE,
)
# what may follow a floor with no cost named ("a contribution of at least 10%."): the clause's end,
# "yourselves", where it comes from, in what form, towards the project or its whole cost (never
# "towards venue hire", "towards their own travel costs")
FLOOR_AFTER = re.compile(
    r"\s*(?:[.,;:!)]|$|(?:your|them|our)sel(?:f|ves)\b|from\b|in\s+(?:cash|kind)\b"
    r"|towards?\s+(?:(?:the|your|its|their)\s+)?(?:(?:total|full|overall|whole|eligible)\s+)?"
    r"(?:project\b|costs?\b(?!\s+of\b)))",
    re.IGNORECASE,
)


def funders(text: str, share: Amount, shares: list[Amount], before: str = "") -> str | None:
    """Whether ``share`` is the funder's, and how: "pays" when said of what the funder pays ("We
    will pay up to 80%"), "cap" when it caps the grant or what is asked, or has no subject of
    its own and its context names the grant (``_subjectless``; ``before``: the block read
    before this one); None when it is not. A floor ("at least 20%") is never the funder's, and
    the subject governs the first share after it: in "We fund 70%, so 30% must come from
    elsewhere" the 30% is the applicant's."""
    low = max(0, share.start - 60)
    if MINIMUM.search(text, max(0, share.start - 25), share.start):
        return None  # (never "For every grant, at least 20% ... must come from elsewhere")
    said = FUNDER_SHARE.search(text, low, share.start)
    kind = "pays"
    if said is None:
        said, kind = GRANT_CAP.search(text, low, share.start), "cap"
    if said is None:
        return "cap" if _subjectless(text, share, before) else None
    # (a share restated in brackets is the same share: "up to half (50%) of the cost")
    between = [b for b in shares if said.start() < b.start < share.start and b.value != share.value]
    return None if between else kind


def _subjectless(text: str, share: Amount, before: str) -> bool:
    """Whether a cap with no subject in its clause caps the grant: its label names the grant or
    the ask ("Maximum grant: 80% of ...", never "Overheads: up to 10% of ..."), the award opens
    its sentence ("Up to £5,000, and no more than 80% of ..."), or, opening its sentence, what
    comes before it (the sentence before, else the block before: a field's label, a table
    row's first cell, a heading) names them ("How much are you asking for?" over the hint)."""
    start = sentence_at(text, share.start, share.end)[0]
    marks = list(CLAUSE_BREAK.finditer(text, start, share.start))
    clause = marks[-1].end() if marks else start
    capped = SUBJECTLESS.fullmatch(text, clause, share.start) is not None
    if marks and marks[-1].group() == ":":  # a label: the cap is on what it names
        label = marks[-2].end() if len(marks) > 1 else start
        bare = not text[clause : share.start].strip()
        return (capped or bare) and GRANT_LABEL.search(text, label, marks[-1].start()) is not None
    if not capped:
        return False
    if AWARD_OPENS.match(text, start) or AWARD_OPENS.match(text, clause):
        return True
    context = text[max(0, start - 120) : start] if start else before[-120:]
    return not marks and GRANT_LABEL.search(context) is not None


def leaves_rest(text: str, share: Amount, shares: list[Amount], end: int, before: str = "") -> bool:
    """Whether ``share``, said of the project's cost (its words end at ``end``), is the
    funder's and so leaves the rest to the applicant: what the funder pays, or a cap whose
    clause ends with the cost (CAP_END)."""
    kind = funders(text, share, shares, before)
    return kind == "pays" or (kind == "cap" and CAP_END.match(text, end) is not None)


def floor(text: str, share: Amount, contribution: re.Pattern[str]) -> bool:
    """Whether ``share`` is a floor set on what the applicant puts in, with no cost named: "a
    contribution of at least 10%", "You must put in at least 15% yourselves" (a word of
    ``contribution`` in the share's own clause), never "at least 50% attendance"."""
    if not MINIMUM.search(text, max(0, share.start - 25), share.start):
        return False
    if FLOOR_AFTER.match(text, share.end) is None:
        return False
    start, end = sentence_at(text, share.start, share.end)
    marks = list(CLAUSE_MARK.finditer(text, start, end))
    begins = max((m.end() for m in marks if m.end() <= share.start), default=start)
    return contribution.search(text, begins, share.start) is not None


def may_share(vocab: Vocabulary, text: str, toks: frozenset[str]) -> bool:
    """Whether a paragraph could state a share of the cost (a cheap gate: its words): one of
    match_share's ("of the total cost"), or a percentage beside "project" ("We will not fund
    more than 80% of the project") or beside what the applicant puts in ("a contribution of at
    least 10%"); the percentage sign is looked for first, a substring test."""
    if not vocab.gates["match_share"].isdisjoint(toks):
        return True
    return "%" in text and (
        "project" in toks or not vocab.gates["match_contribution"].isdisjoint(toks)
    )
