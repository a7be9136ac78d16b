"""How many words a text has: one count for every report.

``measure`` (the measurer's documents) and ``check`` (the reading measures of the same
documents) counted words two ways, so one document had two sizes (96 and 88 words). A word
is a run of characters between spaces holding at least one letter or digit, in any
language: "£500", "co-op" and "(a)" are one word each; a bullet, a dash or a row of
underscores is none.
"""

from __future__ import annotations

import re
from itertools import filterfalse

_LETTER = re.compile(r"[^\W_]")  # a letter or digit
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
# an ASCII character as a word's count sees it: white space (as str.split reads it) a space,
# a letter or digit "a", anything else deleted (``_DROP``), so each word is left as one run
# of "a" and a run with no letter or digit is left as nothing
_CLASS = bytes(32 if chr(c).isspace() else 97 for c in range(128)) + bytes(128)
_DROP = bytes(c for c in range(128) if not chr(c).isspace() and not chr(c).isalnum())
ODD_MOST = 32  # distinct characters beyond ASCII a text may have for the quick count


def count_words(text: str) -> int:
    """The words of ``text``: runs of non-space characters with a letter or digit in them."""
    plain = text if text.isascii() else _as_ascii(text)
    if plain is not None:
        # (quick, with no word made: a guidance of 50,000 words is counted in a few passes of
        # C, where splitting it made 50,000 strings and searched those with a mark in them)
        classes = plain.encode("ascii").translate(_CLASS, _DROP)
        return classes.count(b" a") + classes.startswith(b"a")
    runs = text.split()  # (white space as a pattern's \s: str.split and re agree)
    # most runs are all letters and digits (isalnum, passed over in C); the rest are searched
    return len(runs) - sum(1 for r in filterfalse(str.isalnum, runs) if _LETTER.search(r) is None)


def _as_ascii(text: str) -> str | None:
    """``text`` with each character beyond ASCII as ``count_words`` reads it (white space a
    space, a letter or digit "a", anything else nothing), or None when it has more than
    ODD_MOST kinds of such character (each kind takes a pass of the text)."""
    odd = set("".join(_NOT_ASCII.findall(text)))
    if len(odd) > ODD_MOST:
        return None
    for c in odd:
        text = text.replace(c, " " if c.isspace() else "a" if c.isalnum() else "")
    return text
