"""A quick test of a text's first character before a pattern anchored at its start.

A pattern such as NUMBERED ("3.", "Q2", "(b)") or SECTION ("Part 2", "Section B") is tried on
most lines of prose and fails at their first letter, yet each try costs a call into the
pattern engine (about a microsecond, some 20,000 tries in a 100-page guidance PDF). The
characters that can open a match are known from the pattern: any other ASCII character cannot.
White space opens a match when the pattern first reads ``\\s*``; a character beyond ASCII always
goes to the pattern, since a case-blind pattern reads some as ASCII letters (the long s, the
dotless i, the dotted capital I, the Kelvin sign) and ``\\s`` and ``\\d`` read Unicode's.
tests/test_documents_speed25.py tries every character of the Basic Multilingual Plane.
"""

from __future__ import annotations

SPACES = "".join(c for c in map(chr, range(128)) if c.isspace())  # what \s reads in ASCII


def opening(letters: str, spaced: bool = True) -> frozenset[str]:
    """The ASCII characters that may open a match: ``letters`` in either case, white space when
    the pattern reads ``\\s*`` first (``spaced``), and "" (an empty text goes to the pattern)."""
    return frozenset((*letters.lower(), *letters.upper(), *(SPACES if spaced else ""), ""))


def may_open(text: str, opens: frozenset[str]) -> bool:
    """Whether ``text``'s first character may open a match (see ``opening``): False only for an
    ASCII character outside ``opens``."""
    first = text[:1]
    return first in opens or not first.isascii()
