"""A baseline's JSON read one finding at a time, so memory follows what a baseline keeps.

``json.loads`` builds an object for every value before anything can be checked: 40 MB of
``[],`` took 1 GB (25 bytes a byte read). A baseline is a flat list of findings, so it is read
as one: the top level is an object, and each finding a flat object (text and numbers, no list
or object inside), decoded alone and reduced at once to its fingerprint, severity and scheme.
A list or object anywhere else is refused where it opens, before it is built.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from grantcheck.safe_text import whole_text

# a finding's opening: a brace and everything up to the first list or object inside it, or its
# end (possessive, so a long one is read once, never backtracked over); a run of whole ones
_OPEN = r'\{(?:[^{}\[\]"]++|"(?:[^"\\]++|\\.)*+")*+'
_OPENING = re.compile(_OPEN)
_RUN = re.compile(rf"{_OPEN}\}}(?:[ \t\n\r]*+,[ \t\n\r]*+{_OPEN}\}})*+")
RUN = 1 << 16  # characters of findings decoded together (one by one, 1.6 million took 25 s),
# and in one finding (a real one is about 250; a file name of 4,096 bytes, escaped, 25,000)
_SPACE = re.compile(r"[ \t\n\r]*")
NOT_BASELINE = 'not a grantcheck baseline (it has no "grantcheck_baseline": 1)'
NOT_LIST = 'not a list of findings ("findings" must be a list of objects with a "fingerprint")'
NESTED = "not a list of findings (one holds a list or object; a finding holds only text)"
OUTSIDE = 'not a grantcheck baseline (it holds a list or object outside "findings")'

_SHARED: dict[Any, Any] = {name: name for name in ("error", "warning", "info")}
Decode = Callable[[str, int], tuple[Any, int]]


class Shape(ValueError):
    """JSON (as far as it was read) that is not a baseline: the message says how."""


class Read:
    """What a baseline holds: its version, and each fingerprint's severity and scheme."""

    def __init__(self) -> None:
        self.version: Any = None
        self.listed = False  # a "findings" list was read
        self.severity: dict[str, Any] = {}  # None where the finding gave none
        self.severities: set[Any] = set()  # every one given (a fingerprint may come twice)
        self.scheme: dict[str, Any] = {}


def read(text: str) -> Read:
    """The baseline in ``text``; raises ``json.JSONDecodeError`` where it is not JSON, ``Shape``
    where it is not a baseline, ``ValueError`` for a value JSON cannot hold (a number of
    thousands of digits)."""
    decode: Decode = json.JSONDecoder().raw_decode
    found, i = Read(), _space(text, 0)
    if not text.startswith("{", i):
        _scalar(text, i, decode)
        raise Shape(NOT_BASELINE)
    i = _space(text, i + 1)
    if not text.startswith("}", i):
        while True:
            i = _pair(text, i, decode, found)
            if text.startswith("}", i):
                break
            i = _space(text, _expect(text, i, ","))
    if (end := _space(text, i + 1)) < len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return found


def _pair(text: str, i: int, decode: Decode, found: Read) -> int:
    """Read the key and value at ``i`` into ``found``; where the white space after them ends."""
    if not text.startswith('"', i):
        raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, i)
    key, i = decode(text, i)
    i = _space(text, _expect(text, _space(text, i), ":"))
    if key == "findings":
        found.severity, found.scheme = {}, {}  # the last "findings" counts, as for json.loads
        i = _findings(text, i, decode, found)
    else:
        value, i = _scalar(text, i, decode)
        if text.startswith(("{", "["), i):
            raise Shape(OUTSIDE)  # a baseline's other values are one number or word
        found.version = value if key == "grantcheck_baseline" else found.version
    return _space(text, i)


def _findings(text: str, i: int, decode: Decode, found: Read) -> int:
    """Read the list of findings opening at ``i`` into ``found``; just past its end."""
    if not text.startswith("[", i):
        _scalar(text, i, decode)
        raise Shape(_wrong(found, NOT_LIST))
    i, found.listed = _space(text, i + 1), True
    if text.startswith("]", i):
        return i + 1
    one_by_one = False
    while True:
        entries, i, one_by_one = _run(text, i, decode, found, one_by_one)
        for entry in entries:
            if not isinstance(entry.get("fingerprint"), str):
                raise Shape(_wrong(found, NOT_LIST))
            _keep(entry, found)
        i = _space(text, i)
        if text.startswith("]", i):
            return i + 1
        i = _space(text, _expect(text, i, ","))


def _run(
    text: str, i: int, decode: Decode, found: Read, one_by_one: bool
) -> tuple[list[dict[str, Any]], int, bool]:
    """The findings from ``i``: a run of flat ones decoded together, where they are JSON, or
    else one (and each after it), so that an error is located as json.loads locates it."""
    run = None if one_by_one else _RUN.match(text, i, i + RUN)
    if run is not None:
        try:
            return json.loads(f"[{run.group()}]"), run.end(), False
        except ValueError:
            pass
    entry, end = _entry(text, i, decode, found)
    return [entry], end, True


def _keep(entry: dict[str, Any], found: Read) -> None:
    """Record one finding's fingerprint, severity and scheme (each name in whole text: an older
    baseline wrote a name's undecodable bytes as "\\udce9", a lone surrogate)."""
    fingerprint = whole_text(entry["fingerprint"])
    # each "error" one string, not one a finding; null is no severity, and refused
    severity = "null" if entry.get("severity", "") is None else entry.get("severity")
    found.severity[fingerprint] = _SHARED.get(severity, severity)
    found.severities.add(severity)
    if isinstance(scheme := entry.get("scheme"), str):
        found.scheme[fingerprint] = whole_text(scheme)


def _entry(text: str, i: int, decode: Decode, found: Read) -> tuple[dict[str, Any], int]:
    """The finding opening at ``i``, decoded only once it is known to be flat and short."""
    opening = _OPENING.match(text, i)
    if opening is None:  # not an object: a JSON error if it is not JSON, else the wrong shape
        _scalar(text, i, decode)
        raise Shape(_wrong(found, NOT_LIST))
    if text.startswith(("{", "["), opening.end()):
        raise Shape(_wrong(found, NESTED))
    if opening.end() - i > RUN:
        raise Shape(f"not a list of findings (one is longer than {RUN:,} characters)")
    entry, end = decode(text, i)  # flat and short: a JSON error here is located as ever
    if not isinstance(entry.get("fingerprint"), str):
        raise Shape(_wrong(found, NOT_LIST))
    return entry, end


def _wrong(found: Read, message: str) -> str:
    """``message``, unless a version already read says this is no baseline at all."""
    return message if found.version in (None, 1) else NOT_BASELINE


def _scalar(text: str, i: int, decode: Decode) -> tuple[Any, int]:
    """The value at ``i`` if it is no list or object (which would be built whole to decode);
    the position is returned unmoved for one, for the caller to refuse."""
    if text.startswith(("{", "["), i):
        return None, i
    return decode(text, i)


def _space(text: str, i: int) -> int:
    """Where the white space JSON allows at ``i`` ends."""
    match = _SPACE.match(text, i)
    return match.end() if match else i


def _expect(text: str, i: int, mark: str) -> int:
    """Just past ``mark`` at ``i``, or the error json.loads gives for its absence."""
    if not text.startswith(mark, i):
        raise json.JSONDecodeError(f"Expecting '{mark}' delimiter", text, i)
    return i + 1
