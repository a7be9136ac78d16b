"""A document asked for twice in other words is one: "a letter or email from your trusted adult",
in an upload's help, is its label's "Letter from your trusted adult" asked again (the words that
say which document it is, of either name, all in the other's).
"""

from __future__ import annotations

import re

# words that say nothing of which document it is: "a letter or email from your trusted adult" is
# "Letter from your trusted adult", an upload's label, asked again in its help
PLAIN = frozenset(
    """a an the your their its his her our any each every of from or and for to with by in on
    copy copies signed written short simple brief recent latest current email e-mail""".split()
)
SAID_WORDS = 2  # words a name must share with another's to be that one named again


def said(name: str) -> frozenset[str]:
    """The words of a document's name that say which it is."""
    return frozenset(w for w in re.findall(r"[\w'’-]+", name.lower()) if w not in PLAIN)


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
