"""Bounds on a web page's markup, as the standard library's parser reads it.

The parser is fed a piece at a time, and what it holds back unparsed (a tag not yet closed) is
bounded: it finds a start tag's end with a regular expression whose memory grows with each
attribute (about 650 bytes of it for each byte of attributes), so one element of 1,000,000
attributes in a 12 MB page took 817 MB. Pieces of 1 MB leave a page under 1 MB (every form in
tests/forms) read exactly as in one piece. An element's attributes are bounded too: a control's
are kept to the end, and six inputs of 250,000 attributes each took 412 MB.

HTML lets some end tags be left out (an ``<li>`` ends at the next ``<li>``, an ``<option>`` at
the next ``<option>``, a cell at the next cell or row): the parser does not close them, so a
list of 600 items written so would count 600 elements deep and be refused as too deep.
``implied_ends`` names the elements a start tag closes, as a browser closes them.
"""

from __future__ import annotations

from grantcheck.guidance import Unreadable

CHUNK = 1 << 20
PENDING = 4 << 20
ATTRIBUTES = 1_000  # on one element: a real page's have a few dozen at most
WHY = "which no web page needs: it is not read; save the page from a browser again"


# a start tag: the open elements it ends when they are the innermost (HTML's rules for optional
# end tags, the common cases), and the siblings among them, whose end stops the closing: "<li>"
# ends an open paragraph inside the last item, then that item ("<li><p>a<li><p>b")
IMPLIED = {
    "li": (("p", "li"), ("li",)),
    "option": (("option",), ("option",)),
    "dt": (("p", "dt", "dd"), ("dt", "dd")),
    "dd": (("p", "dt", "dd"), ("dt", "dd")),
    "tr": (("p", "td", "th", "tr"), ("tr",)),
    "td": (("p", "td", "th"), ("td", "th")),
    "th": (("p", "td", "th"), ("td", "th")),
    "p": (("p",), ("p",)),
}


def implied_ends(stack: list[str], tag: str) -> list[str]:
    """The innermost open elements ``tag`` ends, innermost first ("<tr>" after an open cell
    ends the cell, then the row; a row's cells end, never the table's rows before it)."""
    closes, stops = IMPLIED.get(tag, ((), ()))
    ends: list[str] = []
    depth = len(stack)
    while depth and stack[depth - 1] in closes:
        depth -= 1
        ends.append(stack[depth])
        if stack[depth] in stops:
            break
    return ends


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
