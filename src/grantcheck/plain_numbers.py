"""Numbers as a grants officer writes them: the one rule for every scheme, config and rule file
(load.py reads them all).

A number is written in digits, with a minus sign or a decimal part if need be: 4096, -5, 0.5.
YAML 1.1, which PyYAML reads, also takes 0x1000 as 4096, 010 as 8, 0b101 as 5, 1_000 as 1000,
1:30 as 90 (minutes and seconds), and +5, .5 and 5. as numbers, silently; and it leaves 0o17,
1e3 and 08 as text, so that where a number is asked for the error says only that it is not
one. Every unquoted value in one of those notations is a located error instead, saying what
YAML makes of it and how to write the number; quoted, any of them is text, as it should be.
"""

from __future__ import annotations

import re
from typing import Any

_TAG = "tag:yaml.org,2002:"
NUMBER_TAGS = frozenset({_TAG + "int", _TAG + "float"})
START = frozenset("0123456789+-.")  # how every number notation starts (most values are text)
PLAIN = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?\Z")
# the notations YAML 1.1 leaves as text (possessive: each part is matched one way only)
AS_TEXT = re.compile(
    r"[-+]?(?:0[oO][0-7_]++|0[0-9_]++|(?:[0-9][0-9_]*+(?:\.[0-9_]*+)?+|\.[0-9][0-9_]*+)"
    r"[eE][-+]?[0-9]++)\Z"
)
HINT = (
    "Write a number in digits, with a minus sign or a decimal part if need be, for example "
    "4096, -5 or 0.5 (no 0x, 0o, underscores, exponents, a leading + or zero, or 1:30); put "
    "text in quotes"
)


def not_plain(written: str, tag: str, read: Any) -> tuple[str, str] | None:
    """The problem with an unquoted value ``written`` (YAML's ``tag`` for it, and what YAML made
    of it: ``read``) when it is a number in another notation than plain digits; else None."""
    if written[:1] not in START or PLAIN.match(written):
        return None
    if tag not in NUMBER_TAGS and not AS_TEXT.match(written):
        return None
    shown = written if len(written) <= 24 else written[:20] + "..."
    said = "as text, not a number" if isinstance(read, str) else f"as {read!r}"
    return f"{shown!r} is not a number written plainly (YAML reads it {said})", HINT
