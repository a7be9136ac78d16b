"""A page content stream's tokens, read as pypdf 7.1 reads them, in one compiled expression.

pypdf parses a content stream byte by byte in Python (``ContentStream._parse_content_stream``),
about a quarter of its text extraction. Here one regular expression finds every token, and
only the forms whose reading is certainly pypdf's are accepted: a token of any other form (a
string nested more than one level, an inline image, a comment inside an array, a number pypdf
would read as 0, a name with ``#`` escapes ...) is ``BAD``, and the caller then leaves the page
to pypdf. Every repetition is possessive or over single characters, and each token ends at a
delimiter by a lookahead, so the expression runs in linear time on any input (a 4 MB stream of
an unclosed string is refused in one pass).
"""

from __future__ import annotations

import re

WS = rb"[ \t\n\r\f]"  # pypdf's white space between tokens (a NUL or a vertical tab is refused)
_DELIMITED = rb"(?=[\s()<>\[\]{}/%]|\Z)"  # pypdf reads a name or an operator up to these
_NUMBER = rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?![+,\-.0-9])"  # (pypdf reads "+,-." as digits)
# a name's or an operator's characters: printable ASCII but the delimiters and "#" (an escape)
_REGULAR = b"[%s]" % re.escape(bytes(c for c in range(0x21, 0x7F) if c not in b"()<>[]{}/%#"))
_NAME = rb"/" + _REGULAR + rb"*+" + _DELIMITED
_PLAIN = rb"(?:[^()\\]++|\\.)"
_LITERAL = rb"\((?:" + _PLAIN + rb"|\(" + _PLAIN + rb"*+\))*+\)"  # nested one level at most
_HEX = rb"<[0-9A-Fa-f \t\n\r\f\x00]*+>"
_SIMPLE = rb"(?:" + rb"|".join((_NUMBER, _NAME, _LITERAL, _HEX)) + rb")"
_ARRAY = rb"\[(?:" + WS + rb"|" + _SIMPLE + rb")*+\]"
_VALUE = rb"(?:" + _SIMPLE + rb"|" + _ARRAY + rb")"
_DICT = rb"<<(?:" + WS + rb"*+" + _NAME + WS + rb"*+" + _VALUE + rb")*+" + WS + rb"*+>>"
_DICT += rb"(?!" + WS + rb"*+s)"  # ("stream" after a dictionary: pypdf reads a stream object)
_OPERATOR = rb"[A-Za-z'\"]" + _REGULAR + rb"{0,7}+" + _DELIMITED

# One token after any white space and comments, as a tuple of groups of which exactly one is
# not empty: operator, number, name, literal string, dictionary, hex string, array, and BAD
# (anything else: the rest of the stream, so that a failed token is the last one tried and
# the scan stays linear); all empty at the end of the stream.
TOKEN = re.compile(
    rb"(?:" + WS + rb"++|%[^\r\n]*+)*+"
    rb"(?:("
    + _OPERATOR
    + rb")|("
    + _NUMBER
    + rb")|("
    + _NAME
    + rb")|("
    + _LITERAL
    + rb")|("
    + _DICT
    + rb")|("
    + _HEX
    + rb")|("
    + _ARRAY
    + rb")|(.+)|\Z)",
    re.DOTALL,
)
ITEM = re.compile(  # an array's items, in the same groups (an array holds no operator)
    rb""
    + WS
    + rb"*+(?:()("
    + _NUMBER
    + rb")|("
    + _NAME
    + rb")|("
    + _LITERAL
    + rb")|()("
    + _HEX
    + rb"))",
    re.DOTALL,
)
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|([\r\n][\r\n]?)|(.))", re.DOTALL)
_ESCAPED = {  # pypdf's escapes (generic/_utils.py); any other escaped byte keeps its backslash
    b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")",
    b"/": b"/", b"\\": b"\\", b" ": b" ", b"%": b"%", b"<": b"<", b">": b">", b"[": b"[",
    b"]": b"]", b"#": b"#", b"_": b"_", b"&": b"&", b"$": b"$",
}  # fmt: skip
HEX_SPACE = b" \t\n\r\f\x00"
LONGEST = 19  # characters: a number this long or longer pypdf may read another way


def _unescape(match: re.Match[bytes]) -> bytes:
    digits, _, other = match.groups()
    if digits is not None:
        code = int(digits, 8)
        return bytes((code,)) if code <= 255 else b"\\" + digits  # (pypdf: over 255 is text)
    if other is None:
        return b""  # an escaped line break joins the lines
    return _ESCAPED.get(other, b"\\" + other)


def literal(token: bytes) -> bytes:
    """A literal string token's bytes, its escapes read as pypdf reads them."""
    body = token[1:-1]
    return _ESCAPE.sub(_unescape, body) if b"\\" in body else body


def hexadecimal(token: bytes) -> bytes:
    """A hex string token's bytes (an odd last digit is followed by 0, as pypdf reads it)."""
    digits = token[1:-1].translate(None, HEX_SPACE)
    return bytes.fromhex(digits.decode() + "0" * (len(digits) % 2))


def number(token: bytes) -> int | float | None:
    """A number token's value as pypdf reads it, or None for one too long to be sure of."""
    if len(token) >= LONGEST:
        return None
    return float(token) if b"." in token else int(token)


def array(token: bytes) -> list[object] | None:
    """An array token's items (numbers, names as text, strings as bytes), or None if any is
    read differently by pypdf or the array is long enough to meet pypdf's limits."""
    if len(token) > 50_000:
        return None
    items: list[object] = []
    for _, num, name, lit, _, hexa in ITEM.findall(token, 1, len(token) - 1):
        if lit:
            items.append(literal(lit))
        elif num:
            value = number(num)
            if value is None:
                return None
            items.append(value)
        elif hexa:
            items.append(hexadecimal(hexa))
        else:
            items.append(name.decode())
    return items
