"""A document asked for twice in other words is one: "a letter or email from your trusted adult",
in an upload's help, is its label's "Letter from your trusted adult" asked again (the words that
say which document it is, of either name, all in the other's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from grantcheck.documents.facts import Attachment

# words that say nothing of which document it is: "a letter or email from your trusted adult" is
# "Letter from your trusted adult", an upload's label, asked again in its help
PLAIN = frozenset(
    """a an the your their its his her our any each every of from or and for to with by in on
    copy copies signed written short simple brief recent latest current email e-mail""".split()
)
SAID_WORDS = 2  # words a name must share with another's to be that one named again
# an upload's own words, naming no document: "Upload your survey (required)"
UPLOAD_WORDS = frozenset("upload required optional here file please attach".split())


def said(name: str) -> frozenset[str]:
    """The words of a document's name that say which it is."""
    return frozenset(w for w in re.findall(r"\w[\w'’-]*", name.lower()) if w not in PLAIN)


def named_again(name: str, before: list[str]) -> bool:
    """Whether a document's ``name`` is one of the names ``before`` said again: the words of
    either all in the other's (at least ``SAID_WORDS`` of them)."""
    words = said(name)
    return any(
        len(w := said(other)) >= SAID_WORDS
        and len(words) >= SAID_WORDS
        and (w <= words or words <= w)
        for other in before
    )


def said_loosely(name: str, other: str) -> bool:
    """Whether two names share most of the words that say which document each is (at least
    ``SAID_WORDS``, and half the shorter name's; "artist's" is "artist", "murals" "mural"):
    "Examples of your artist's previous murals" and "photos of murals your artist has painted
    before" are one document when a form's list and its upload name it."""
    words, others = (
        {w.split("'")[0].split("’")[0].rstrip("s") for w in said(n)} for n in (name, other)
    )
    words, others = words - UPLOAD_WORDS, others - UPLOAD_WORDS
    shared = len(words & others)
    return shared >= SAID_WORDS and 2 * shared >= min(len(words), len(others))


def uploaded(a: Attachment) -> bool:
    """Whether ``a`` is asked by a saved page's file control (its label or help)."""
    return any(k == "element" and str(v).startswith("input") for k, v in a.evidence.where)


# documents of no known kind weighed against each other: beyond this many (no council's form
# names a hundred) each is matched by its exact words only, as the weighing grows with their square
MOST_WEIGHED = 100


def said_once(items: list[Attachment], before: Sequence[Attachment] = ()) -> list[Attachment]:
    """``items`` less each document of no known kind ("other") that another document measured
    with it names again in other words (one before it, or in ``before``): "A letter from the
    venue confirming your booking" in a form and "a letter from the venue confirming the date
    and your booking" in its notes are one letter (trial24 T9). Within one document each is
    kept: a list names each of its documents once ("a site plan", "a site location plan" are
    two drawings), and "a letter from your landlord" and "a letter from a partner" are two."""
    others = [a for a in [*before, *items] if a.kind == "other"]
    if len(others) > MOST_WEIGHED or len(others) < 2:
        return items
    kept: list[Attachment] = []
    seen = [a for a in before if a.kind == "other"]
    for a in items:
        if a.kind == "other":
            elsewhere = [
                b.name or b.text for b in seen if b.evidence.document != a.evidence.document
            ]
            # (in one form, a list of what to have ready and the uploads asking for each)
            boxed = [
                b.name or b.text
                for b in seen
                if b.evidence.document == a.evidence.document and uploaded(b) != uploaded(a)
            ]
            if named_again(a.name or a.text, elsewhere) or any(
                said_loosely(a.name or a.text, b) for b in boxed
            ):
                continue
            seen.append(a)
        kept.append(a)
    return kept
