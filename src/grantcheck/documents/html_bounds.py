"""Bounds on a web page's markup, as the standard library's parser reads it.

The parser is fed a piece at a time, and what it holds back unparsed (a tag not yet closed) is
bounded: it finds a start tag's end with a regular expression whose memory grows with each
attribute (about 650 bytes of it for each byte of attributes), so one element of 1,000,000
attributes in a 12 MB page took 817 MB. Pieces of 1 MB leave a page under 1 MB (every form in
tests/forms) read exactly as in one piece. An element's attributes are bounded too: a control's
are kept to the end, and six inputs of 250,000 attributes each took 412 MB.
"""

from __future__ import annotations

from grantcheck.guidance import Unreadable

CHUNK = 1 << 20
PENDING = 4 << 20
ATTRIBUTES = 1_000  # on one element: a real page's have a few dozen at most
WHY = "which no web page needs: it is not read; save the page from a browser again"


def bounded(pending: str) -> None:
    """Raise Unreadable when what the parser holds back is one start tag of PENDING or more: not
    a script's text (held until its end tag, and read cheaply) nor a comment."""
    if len(pending) >= PENDING and pending[:1] == "<" and pending[1:2].isalpha():
        raise Unreadable(
            f"holds one tag (an element's start, with its attributes) still open after 4 MB, {WHY}"
        )


def few(attrs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """``attrs``, or Unreadable when an element has more than ATTRIBUTES of them."""
    if len(attrs) > ATTRIBUTES:
        raise Unreadable(f"has an element with {len(attrs):,} attributes, {WHY}")
    return attrs
