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


def count_words(text: str) -> int:
    """The words of ``text``: runs of non-space characters with a letter or digit in them."""
    runs = text.split()  # (white space as a pattern's \s: str.split and re agree)
    # most runs are all letters and digits (isalnum, passed over in C); the rest are searched
    return len(runs) - sum(1 for r in filterfalse(str.isalnum, runs) if _LETTER.search(r) is None)
