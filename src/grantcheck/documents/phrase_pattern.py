"""A phrase list as one pattern: whole words, any case, the phrases joined as a trie (or
plainly, longest first, when one is too long for a trie). A phrase's spaces and hyphens are
one unit of its pattern and its ends lose them, so no pattern shares a run of spaces between
units or starts on one (a stranger's rule folder could hang a pattern so). Which phrases a
text is searched with is keyed.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

SPACE = r"[\s-]+"  # a space in a phrase: any run of spaces or hyphens ("e mail", "e-mail")
APOSTROPHE = "['’]"  # an apostrophe in a phrase, straight or curly ("landlord\u2019s")
RUN = re.compile(r"[\s-]+")  # a phrase's spaces and hyphens (a run with a space is one SPACE)
# stripped from a phrase's ends: every character ``\s`` matches (str.isspace's), and hyphens
EDGES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000-"
)
TRIE_LONGEST = 200  # characters: a longer phrase (from a stranger's rules) is matched plainly


def whole_pattern(words: Iterable[object]) -> re.Pattern[str]:
    """The pattern of every phrase in ``words``."""
    unique = unique_phrases(words)
    return build_pattern(unique, any(len(w) > TRIE_LONGEST for w in unique))


def unique_phrases(words: Iterable[object]) -> set[str]:
    """The phrases, lower-cased, without spaces or hyphens at either end: a pattern that could
    start or end on a run of them would try every place in a long run of spaces."""
    return {p for w in words if (p := str(w).lower().strip(EDGES))}


def build_pattern(unique: Iterable[str], plain: bool) -> re.Pattern[str]:
    """The phrases are joined as a trie ("if you|if your|if it" is "if (?:you(?:r)?|it)"), so
    the pattern tests one character against each branch, not every phrase in turn: the
    lists run to hundreds of phrases, and each is searched in every sentence. ``plain``: the
    list holds a phrase too long for a trie, and is joined plainly, longest first."""
    if plain:
        ordered = sorted(unique, key=len, reverse=True)
        body = "|".join("".join(_units(w)) for w in ordered)
    else:
        trie: dict[str, Any] = {}
        for w in unique:
            node = trie
            for unit in _units(w):
                node = node.setdefault(unit, {})
            node[""] = {}  # a phrase ends here
        body = _trie_pattern(trie)
    return re.compile(rf"(?<![\w-])(?:{body or '(?!)'})(?![\w-])", re.IGNORECASE)


def _units(phrase: str) -> list[str]:
    """A phrase's pattern units: each character escaped, an apostrophe either kind, and each
    run of spaces and hyphens holding a space one SPACE. One unit, because SPACE matches
    hyphens too: "- - -" as three hyphens between two SPACEs would try every way of sharing a
    run of hyphens between them (a stranger's rule folder could hang a run so)."""
    units: list[str] = []
    done = 0
    for run in RUN.finditer(phrase):
        units.extend(_escaped(phrase[done : run.start()]))
        spaced = run.group().replace("-", "")  # hyphens alone ("e-mail") stay as written
        units.extend([SPACE] if spaced else _escaped(run.group()))
        done = run.end()
    units.extend(_escaped(phrase[done:]))
    return units


def _escaped(text: str) -> list[str]:
    return [APOSTROPHE if c in "'’" else re.escape(c) for c in text]


def _trie_pattern(node: dict[str, Any]) -> str:
    """A trie as a pattern: each branch a unit and what follows it; where a phrase may end,
    the rest is optional (tried first, so the longest phrase wins)."""
    branches = [unit + _trie_pattern(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
