"""One document named with another's words, not a second document.

The rulebook counts two documents where a line asks for two ("planning permission and two
written quotes"). A document named inside the bracket that follows another's name says what that
one holds ("your event plan (what will happen, timings, site map, stewarding)"); a map or plan
shown with another document is part of it ("a simple event plan, with a site map showing where
everything will be"); and another document of the same kind after "..., or" is the one document
offered either way ("evidence that you own or lease the land, or the landowner's written
permission").
"""

from __future__ import annotations

import re

# a bracket offering a document in another's place, for some applicants, or besides: "(or bank
# statements if you are new)", "(bank statements for new groups)", "(and a bank statement)",
# "(your premises licence and food hygiene certificate as well)"
OFFERED = re.compile(
    r"^\s*and\b|\b(?:or|if|unless|instead|where|when|only|for|new|newly|formed|place|may|can|"
    r"otherwise|except|separately|also|too|plus|as\s+well|besides|additionally)\b",
    re.IGNORECASE,
)
# what a bracket describes the parts of: a plan, an assessment, a statement of how (a
# constitution or a budget holds no licence or certificate)
HOLDS_PARTS = frozenset(("project_plan", "business_plan"))
PLANNED = re.compile(r"\b(?:plans?|assessments?|statements?)\b", re.IGNORECASE)
# ", with a site map", "for the year, with a map of the sites": a map or plan shown with a
# document (after a few words of the document's own, none joining another: "and", "or")
WITH = re.compile(
    r"(?:\s+(?!(?:and|or|plus|together|along)\b)[\w'’-]+){0,6},?\s+with\s+(?:a|an|the|your)\s+"
    r"(?:(?:simple|rough|clear)\s+)?",
    re.IGNORECASE,
)
DRAWN = re.compile(r"(?:(?:site|location)\s+)?(?:map|plan)s?", re.IGNORECASE)
# "..., or the landowner's ...": the first document's own words (no "and", no condition) run to
# a comma, then "or" and a few words before the second
OR_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|plus|if|unless|where|when|instead|also)\b)[\w'’-]+){1,6},\s+or\s+"
    r"(?!(?:if|unless|where|when|for)\b)(?:[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)


def described(s: str, before: tuple[int, int, str], start: int, end: int, kind: str) -> bool:
    """Whether the document at ``s[start:end]``, of kind ``other`` (a map, a plan, a risk
    assessment), is named in a bracket opened right after the plan or assessment at ``before``
    (its start, end and kind; the bracket still open), saying what that one holds; a bracket
    naming who sends it ("(groups formed this year: two bank statements in their place)") or
    adding one ("(... as well)") offers another."""
    gap = s[before[1] : start]
    opened = gap.find("(")
    if kind != "other" or opened < 0 or gap[:opened].strip(" ,") or ")" in gap or ":" in gap:
        return False
    if before[2] not in HOLDS_PARTS and PLANNED.search(s, before[0], before[1]) is None:
        return False
    close = s.find(")", end)
    inside = s[before[1] + opened + 1 : close if close >= 0 else len(s)]
    return OFFERED.search(inside) is None


def shown_with(s: str, before_end: int, start: int, end: int, kind: str) -> bool:
    """Whether a map or plan (kind ``other``) is named right after "with" following another
    document: "an event plan, with a site map"."""
    return (
        kind == "other"
        and WITH.fullmatch(s, before_end, start) is not None
        and DRAWN.fullmatch(s, start, end) is not None
    )


def either(s: str, before_end: int, start: int) -> int | None:
    """Where the first document's words end ("..., or"), when the next document of its kind is
    offered after "or" in its place; None when it is not."""
    if OR_AFTER.fullmatch(s, before_end, start) is None:
        return None
    return s.rfind(",", before_end, start)
