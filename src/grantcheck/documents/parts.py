"""One document named with another's words, not a second document.

The rulebook counts two documents where a line asks for two ("planning permission and two
written quotes"). A document named inside the bracket that follows another's name says what that
one holds ("your event plan (what will happen, timings, site map, stewarding)"); a map or plan
shown with another document is part of it ("a simple event plan, with a site map showing where
everything will be"); and another document of the same kind after "..., or" is the one document
offered either way ("evidence that you own or lease the land, or the landowner's written
permission"). A letter is one document with the email sent in its place ("a letter or email of
support"), and a letter in a bracket after a document's own words is the form that one takes
("written permission from the landowner (a letter or email from the owner)").
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
# a comma, then "or" and a few words before the second; a bracket may stand among them ("your
# lease (at least 15 years left), or the landowner's written permission")
OR_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|plus|if|unless|where|when|instead|also)\b)[\w'’-]+|\s*\([^()]{1,60}\))"
    r"{1,6},\s+or\s+"
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


# "written permission from the landowner for the work (a letter or email from the owner will do)":
# a letter in a bracket opened after a document's own words is the form that one takes, unless
# the bracket says who sends it or adds it ("(a letter from your bank if you are new)")
AS_LETTER = re.compile(r"\(\s*(?:an?\s+)?$", re.IGNORECASE)
LETTER = re.compile(r"(?:letters?|e-?mails?)\b", re.IGNORECASE)
OWN_WORDS = re.compile(r"[^,;:()]*", re.IGNORECASE)
JOINED = re.compile(r"\b(?:and|or|plus)\b", re.IGNORECASE)
OFFERED_BY = re.compile(
    r"\b(?:if|unless|instead|where|when|only|new|newly|otherwise|except|separately|also|too|"
    r"as\s+well|besides|additionally)\b",
    re.IGNORECASE,
)


def lettered(s: str, before_end: int, start: int, kind: str) -> bool:
    """Whether the document at ``start`` (kind ``other``) is a letter or email named at the
    opening of a bracket after the document ending at ``before_end`` and its own words: the
    form that one takes, not a second document."""
    if kind != "other" or LETTER.match(s, start) is None:
        return False
    gap = s[before_end:start]
    opened = gap.rfind("(")
    if opened < 0 or AS_LETTER.fullmatch(gap, opened) is None:
        return False
    if OWN_WORDS.fullmatch(gap, 0, opened) is None or JOINED.search(gap, 0, opened):
        return False
    close = s.find(")", start)
    return OFFERED_BY.search(s, start, close if close >= 0 else len(s)) is None


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


# a letter asked for "or an email" the same: "a letter or email of support", "an email or letter
# from the landowner", "letters or emails of support": each phrase a letter opens is read so too
EITHER_LETTER = {
    "letter": ("letter or email", "email or letter", "email"),
    "letters": ("letters or emails", "emails or letters", "emails"),
}


def with_emails(words: list[str]) -> list[str]:
    """A kind's phrases, each a letter opens also with an email beside it or in its place."""
    return [
        *words,
        *(
            f"{either} {tail}"
            for w in words
            for head, _, tail in [str(w).partition(" ")]
            if tail
            for either in EITHER_LETTER.get(head.lower(), ())
        ),
    ]
