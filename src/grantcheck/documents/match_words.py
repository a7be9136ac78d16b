"""The words match funding is read by: a requirement waived ("need not", "is welcome but not
required"), the funder's own share ("We will pay up to 80%"), the rest it leaves ("the
remaining 10%", "the club must find the rest"), a share of the cost or of a part of it, and an
FAQ's answer ("No.", "Yes.") to a question whether some of the money must be found; and where a
share sits in its sentence and clause.
"""

from __future__ import annotations

import re

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
# "of the cost of equipment": a share of a part of the cost, not of the whole ("half the cost of
# a venue", "of room hire", "of transport")
PART_COST = re.compile(
    r"\s+of\s+(?:any\s+|each\s+|your\s+|the\s+|an?\s+)?(?:equipment|capital|revenue|staff|"
    r"staffing|salar\w*|overheads?|items?|individual|single|running\s+costs|venues?|(?:venue|"
    r"room|hall)\s+hire|hire|transport|travel|materials|refreshments|(?:[\w-]+\s+)?workers?"
    r"|posts?|pitch(?:es)?|stalls?)\b",
    re.IGNORECASE,
)

BRACKET_END = re.compile(r"[\s)]*")  # "half (50%) of the cost": past the bracket
# "half the cost": the "of" left out after "half" ("half of the cost")
HALF = re.compile(r"\bhalf\s+$", re.IGNORECASE)
# "a contribution of at least 10% towards the cost": "towards" said for "of"
TOWARDS = re.compile(r"towards?\s+(?=the\b|your\b|its\b|their\b|total\b|eligible\b|project)", re.I)
# the project's cost in any of its usual words: "of the eligible project costs", "of the overall
# cost", "of their total costs" (match_share lists the rest)
COST_OF = re.compile(
    r"of\s+(?:the\s+|your\s+|its\s+|their\s+)?(?:(?:total|full|overall|whole|eligible|approved"
    r"|estimated)\s+){0,2}(?:project\s+)?costs?\b",
    re.IGNORECASE,
)
# "half the cost of X" (the "of" left out) is the project's only when X is the project: "of your
# planting", "of a project", "of the work"; never "of a part-time worker", "of the pitch", "of
# your venue hire" (the words for a whole are few; the parts of a cost are not), nor a whole
# word naming another's ("of your training provider's fees")
OF_WHOLE = re.compile(
    r"\s+of\s+(?:your|their|its|our|the|an?|this|each|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:projects?|events?|activit(?:y|ies)|works?|schemes?|services?|study|plan|programme"
    r"|festival|sessions?|visits?|training|planting)\b(?!['’-]|\s+[\w-]+['’])",
    re.IGNORECASE,
)
OF_ANY = re.compile(r"\s+of\b", re.IGNORECASE)

# A share said to come from elsewhere is match funding only where it is asked ("You must find
# at least 10% from elsewhere", "Please find ..."); never one its own clause reports or calls
# typical ("Last year 40% from elsewhere was the average", "but about 30% ... is typical") nor
# one in an "if" clause ("If you raise 20% from elsewhere, we may ...")
ELSEWHERE = re.compile(r"[^.;]{0,25}?\b(?:elsewhere|anywhere\s+else|somewhere\s+else)\b", re.I)
ASKED = re.compile(
    r"\b(?:must|should|shall|needs?\s+to|have\s+to|has\s+to|required|requires?|expects?"
    r"|expected|asks?|please)\b",
    re.IGNORECASE,
)
MINIMUM = re.compile(
    r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+less\s+than|not\s+less\s+than)\s*$", re.I
)
HEDGED = re.compile(
    r"\b(?:typical(?:ly)?|average|last\s+year|in\s+the\s+past|previous\s+years?)\b", re.I
)
# where the share's clause begins and ends: a comma, a semicolon, "and", "but"
CLAUSE_MARK = re.compile(r"[,;]|\b(?:and|but)\b", re.IGNORECASE)
IF_CLAUSE = re.compile(r"\b(?:if|when)\b[^,;:]*$", re.IGNORECASE)


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins and ends."""
    before = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    after = [i for i in (text.find(". ", end), text.find("? ", end)) if i >= 0]
    return before + 1, min(after, default=len(text))


def clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` begins, no earlier than ``start``: after the last colon
    or semicolon ("It is not required: we can fund the whole cost" says the funder pays it)."""
    return max(start, text.rfind(":", start, at) + 1, text.rfind(";", start, at) + 1)


def skip_spaces(s: str, at: int) -> int:
    """The first position at or after ``at`` that is not a space."""
    return SPACES.match(s, at).end()  # type: ignore[union-attr]  # \s* always matches
