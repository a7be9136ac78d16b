"""Adversarial strings for the regular-expression sweep (bench/regex_sweep.py), and the timing
of one pattern on them.

A regular expression runs inside one C call that a document's time budget cannot interrupt, so
a pattern whose time grows faster than its input's length is a denial of service on one line.
The strings are long runs of one thing (spaces, tabs, newlines, Unicode spaces, digits,
letters, punctuation, a repeated word, two characters alternating), each with nothing after it
or with a final character that fails the match, and runs of the pattern's own literal words
(so a pattern that wants 'word' or 'Name:' before a run meets one). Each is timed at two lengths
with every way the code calls a pattern (search, match, fullmatch, finditer, sub, split).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

try:  # Python 3.11 renamed the module; both are the same parser
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[import-not-found,no-redef]

# one unit of each run, repeated to the length wanted
UNITS: dict[str, str] = {
    "spaces": " ",
    "tabs": "\t",
    "newlines": "\n",
    "crlf": "\r\n",
    "nbsp": "\u00a0",
    "em-space": "\u2003",
    "ideographic-space": "\u3000",
    "zero-width-space": "\u200b",
    "space-tab": " \t",
    "space-newline": " \n",
    "digits": "7",
    "digit-space": "1 ",
    "digit-comma": "1,",
    "digit-dot": "1.",
    "letters": "a",
    "capitals": "A",
    "letter-space": "a ",
    "letter-dot": "a.",
    "letter-hyphen": "a-",
    "dots": ".",
    "dot-space": ". ",
    "hyphens": "-",
    "underscores": "_",
    "stars": "*",
    "bars": "|",
    "equals": "=",
    "hashes": "#",
    "brackets": "(",
    "closing": ")",
    "colon-space": ": ",
    "slashes": "/",
    "pound": "£",
    "bullets": "•",
    "bullet-space": "• ",
    "dashes": "–",
    "and": "and ",
    "the-word": "word ",
    "question": "Question ",
}
# what follows a run: nothing, a character nothing expects, a capital (which some patterns want
# after white space)
ENDS = ("", "\x00", "A")
REPEATS = (
    sre_parse.MAX_REPEAT,
    sre_parse.MIN_REPEAT,
    getattr(sre_parse, "POSSESSIVE_REPEAT", None),
)
OPS = ("search", "match", "fullmatch", "finditer", "sub", "split")


def _parsed(pattern: re.Pattern[Any]) -> Any:
    source = pattern.pattern
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    return sre_parse.parse(text, pattern.flags & ~re.UNICODE & ~re.ASCII)


def _nodes(items: Any) -> Iterator[tuple[Any, Any]]:
    """Every (op, argument) of a parsed pattern, depth first, in order."""
    for op, arg in items:
        yield op, arg
        for sub in arg if isinstance(arg, (list, tuple)) else ():
            if isinstance(sub, sre_parse.SubPattern):
                yield from _nodes(sub)
            elif isinstance(sub, (list, tuple)):
                for part in sub:
                    if isinstance(part, sre_parse.SubPattern):
                        yield from _nodes(part)


def characters(pattern: re.Pattern[Any]) -> set[str]:
    """Every character the pattern names: literals, and a class's members and range ends."""
    found: set[str] = set()
    try:
        for op, arg in _nodes(_parsed(pattern)):
            if op is sre_parse.LITERAL:
                found.add(chr(arg))
            elif op is sre_parse.IN:
                for member, value in arg:
                    if member is sre_parse.LITERAL:
                        found.add(chr(value))
                    elif member is sre_parse.RANGE:
                        found.update((chr(value[0]), chr(value[1])))
    except Exception:  # a pattern the parser reads differently: none
        return set()
    return found


def literals(pattern: re.Pattern[Any], every: bool = False) -> list[str]:
    """The pattern's own literal words of two characters or more ('limit', 'Name:'): every one
    a repeat follows ('no' of 'no\\s+'), where a run does its harm, first, then the longest,
    twelve in all (``every``: all of them). A run of one of them reaches what a plain run
    cannot."""
    words: dict[str, bool] = {}  # word: whether a repeat follows it

    def walk(items: Any) -> None:
        word: list[str] = []
        for op, arg in items:
            if op is sre_parse.LITERAL:
                word.append(chr(arg))
                continue
            if len(word) > 1:
                key = "".join(word)
                words[key] = words.get(key, False) or op in REPEATS
            word = []
            for sub in arg if isinstance(arg, (list, tuple)) else ():
                parts = sub if isinstance(sub, (list, tuple)) else [sub]
                for part in parts:
                    if isinstance(part, sre_parse.SubPattern):
                        walk(part)
        if len(word) > 1:
            words.setdefault("".join(word), False)

    try:
        walk(_parsed(pattern))
    except Exception:  # a pattern the parser reads differently: no words
        return []
    if every:
        return sorted(words)
    before = sorted(w for w, repeated in words.items() if repeated)[:12]
    rest = sorted((w for w, repeated in words.items() if not repeated), key=lambda w: -len(w))
    return before + rest[: 12 - len(before)]


def runs(pattern: re.Pattern[Any], length: int) -> Iterator[tuple[str, str | bytes]]:
    """(name, string) for every adversarial string of about ``length`` characters."""
    units = dict(UNITS)
    for word in literals(pattern):
        units[f"word {word!r} repeated"] = word + " "
        units[f"word {word!r} then spaces"] = word
    for name, unit in units.items():
        if name.endswith("then spaces"):
            body = unit + " " * length
        else:
            body = (unit * (length // len(unit) + 1))[:length]
        for end in ENDS:
            text = body + end
            label = f"{name}{' + ' + repr(end) if end else ''}"
            if isinstance(pattern.pattern, bytes):
                yield label, text.encode("utf-8")
            else:
                yield label, text


def call(pattern: re.Pattern[Any], op: str) -> Callable[[Any], object]:
    """The operation as the code calls it, consuming every match."""
    empty: str | bytes = b"" if isinstance(pattern.pattern, bytes) else ""
    if op == "finditer":
        return lambda s: sum(1 for _ in pattern.finditer(s))
    if op == "sub":
        return lambda s: pattern.sub(empty, s)
    return getattr(pattern, op)  # type: ignore[no-any-return]


def seconds(function: Callable[[Any], object], text: str | bytes) -> float:
    """CPU seconds of one call: this process's own time, not the wall clock, which on a shared
    machine counts the others' turns too (tenfold, under load)."""
    start = time.process_time()
    function(text)
    return time.process_time() - start


def worst(
    pattern: re.Pattern[Any],
    short: int,
    long: int,
    floor: float,
    ratio: float,
    ops: tuple[str, ...] = OPS,
) -> tuple[float, str, str, float, float]:
    """The pattern's worst growth: (ratio of the long string's time to the short one's, the
    string's name, the operation, short time, long time), returned at the first pair whose
    ratio passes ``ratio`` (timed again to confirm). A pair is timed at the longer length only
    when the shorter took over ``floor`` seconds (a linear pass over 20,000 characters takes
    well under a millisecond; a quadratic one, a tenth of a second or more), and its growth
    counts only when the longer took over a hundred times ``floor``, the quicker of five
    timings (a shared machine's pauses add a tenth of a second at times; a quadratic pass
    over 40,000 characters takes seconds)."""
    best: tuple[float, str, str, float, float] = (0.0, "", "", 0.0, 0.0)
    longs = dict(runs(pattern, long))
    for name, text in runs(pattern, short):
        for op in ops:
            function = call(pattern, op)
            first = seconds(function, text)
            if first < floor:
                continue
            first = min(first, seconds(function, text))  # the quicker of two: less noise
            second = seconds(function, longs[name])
            if second > first * ratio and second > floor * 100:  # confirm before blaming it
                first = min(first, *(seconds(function, text) for _ in range(4)))
                second = min(second, *(seconds(function, longs[name]) for _ in range(4)))
                if second > first * ratio and second > floor * 100:
                    return (second / first, name, op, first, second)
            if second / first > best[0]:
                best = (second / first, name, op, first, second)
    return best
