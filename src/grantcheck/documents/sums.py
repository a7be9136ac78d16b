"""Sums of money and percentages in plain text, in figures or in words.

"£5 million", "GBP 250k", "two million pounds", "twenty per cent", Welsh "dwy filiwn": each is
read with its place in the text, so a fact can take the sum nearest the words that name it.
These patterns read words already extracted from a document (never markup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

# Amounts written in words ("two million pounds", "twenty per cent", Welsh "dwy filiwn"): each
# word's value; a scale multiplies what comes before it. Welsh words are given with the
# mutated forms they take after a number or preposition (dwy filiwn, dau gant, o ddeg).


def _valued(spec: str) -> dict[str, float]:
    return {word: float(value) for word, value in (p.split("=") for p in spec.split())}


UNIT_WORDS = _valued(
    "zero=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 "
    "twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 "
    "nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 "
    "a=1 an=1 half=0.5 quarter=0.25 "
    # Welsh: un, dau/dwy, tri/tair, pedwar/pedair, pump/pum, chwech/chwe, saith, wyth, naw,
    # deg, ugain (twenty), hanner (half), and the soft-mutated forms
    "un=1 dau=2 ddau=2 dwy=2 ddwy=2 tri=3 dri=3 tair=3 dair=3 pedwar=4 bedwar=4 pedair=4 "
    "bedair=4 pump=5 bump=5 pum=5 bum=5 chwech=6 chwe=6 saith=7 wyth=8 naw=9 deg=10 ddeg=10 "
    "ugain=20 hugain=20 hanner=0.5"
)
SCALE_WORDS = _valued(
    "hundred=100 thousand=1e3 million=1e6 billion=1e9 "
    # Welsh: cant (hundred), mil (thousand), miliwn, biliwn, and the soft-mutated forms
    "cant=100 gant=100 mil=1e3 fil=1e3 miliwn=1e6 filiwn=1e6 biliwn=1e9"
)
# after figures: "£5m", "£250k", "£2 filiwn", "£1.5bn"
SCALE = {**SCALE_WORDS, "m": 1e6, "mn": 1e6, "k": 1e3, "bn": 1e9}
LARGEST = 10**15  # as every number grantcheck reads: larger is not a sum anyone means
_FIGURES = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?(?!\d|,\d)|\d{1,15}(?:\.\d{1,4})?(?!\d|,\d)"
_SCALE = "|".join(sorted(map(re.escape, SCALE), key=len, reverse=True))
# a sum in figures: "£5m", "GBP 5 million", "£2 filiwn", "5,000,000 pounds"
MONEY = re.compile(
    rf"(?:£|\bGBP|\bUK£)\s?(?P<f>{_FIGURES})(?:\s*(?P<s>{_SCALE}))?(?![a-z])"
    rf"|(?<![\w£.,])(?P<g>{_FIGURES})\s*(?P<t>{_SCALE})?\s+(?:pounds?|sterling|GBP)\b",
    re.IGNORECASE,
)
PERCENT = re.compile(rf"(?<![\w.,])(?P<f>{_FIGURES})\s?(?:%|per\s?cent\b|y\s+cant\b)", re.I)
# where a sum or a percentage written in words ends: the number words come just before
POUNDS_WORD = re.compile(
    r"(?<=[^\W\d_])\s+(?:pounds?|sterling|o\s+bunnoedd|punt|bunt|phunt)\b", re.I
)
PERCENT_WORD = re.compile(r"(?<=[^\W\d_])(?:\s?%|\s+(?:per\s?cent|y\s+cant)\b)", re.I)
WORDS_BEFORE = 12  # at most this many number words make one number
MARKERS = 200  # at most this many sums or percentages are read from one text
JOINERS = frozenset(("and", "a"))  # "one hundred and fifty", "half a million"; Welsh "a", and


def _words_before(text: str, end: int) -> tuple[str, int] | None:
    """The number written in words just before ``text[end]`` ("two million" before "pounds"),
    and where it starts: read backwards a word at a time, at most WORDS_BEFORE words."""
    low = max(0, end - 16 * WORDS_BEFORE)
    taken: list[tuple[int, str]] = []
    j = end
    for _ in range(WORDS_BEFORE):
        while j > low and text[j - 1].isspace():
            j -= 1
        i = j
        while i > low and not text[i - 1].isspace():
            i -= 1
        word = text[i:j].lower()
        if not word or not all(
            w in UNIT_WORDS or w in SCALE_WORDS or w in JOINERS for w in word.split("-")
        ):
            break
        taken.append((i, word))
        j = i
    while taken and taken[-1][1] == "and":
        taken.pop()  # "and" cannot open a number
    if not taken or taken[0][1] in JOINERS or any(c.isdigit() for c in text[max(0, j - 3) : j]):
        return None  # nothing, or the scale of a sum in figures ("£5 million pounds")
    return " ".join(w for _, w in reversed(taken)).replace("-", " "), taken[-1][0]


def words_value(words: str) -> float | None:
    """The value of a number written in words: "two million" 2000000, "half a million" 500000,
    "one hundred and fifty" 150; None for words that are not one number ("a")."""
    total, current, seen = 0.0, 0.0, False
    for word in re.findall(r"[^\W\d_]+", words.lower()):
        if word in ("and", "a") and seen:
            continue  # "one hundred and fifty", "half a million", Welsh "a"
        if word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            current = (current or 1) * scale
            if scale >= 1_000:
                total, current = total + current, 0.0
            seen = True
        elif word in UNIT_WORDS:
            current += UNIT_WORDS[word]
            seen = seen or word not in ("a", "an")
    value = total + current
    return value if seen and value > 0 else None


@dataclass(frozen=True)
class Amount:
    """A sum of money or a percentage found in a text, and where."""

    value: float
    start: int
    end: int


def _value(figures: str | None, scale: str | None = None, words: str | None = None) -> float | None:
    value: float | None
    if figures:
        value = float(figures.replace(",", "")) * SCALE.get((scale or "").lower(), 1)
    else:
        value = words_value(words or "")
    return value if value is not None and 0 < value <= LARGEST else None


def _in_words(text: str, marker: re.Pattern[str], found: list[Amount]) -> list[Amount]:
    """``found`` and the numbers written in words before each ``marker`` ("two million
    pounds", "twenty per cent"), in the order they are written. A marker only follows a word:
    after figures ("5 million pounds") the figures have it."""
    more = []
    spans = iter(found)
    span = next(spans, None)
    for n, m in enumerate(marker.finditer(text)):
        if n == MARKERS:
            break  # hostile text: no real sentence names this many sums in words
        while span is not None and span.end < m.end():
            span = next(spans, None)
        if span is not None and span.start <= m.start():
            continue  # inside a sum in figures
        before = _words_before(text, m.start())
        value = _value(None, None, before[0]) if before else None
        if before and value is not None:
            more.append(Amount(value, before[1], m.end()))
    return sorted(found + more, key=lambda a: a.start) if more else found


def amounts(text: str) -> list[Amount]:
    """Every sum of money in ``text``, in currency units ("£5 million", "£5m", "GBP 5 million",
    "£2 filiwn", "two million pounds", "minimum £1,000,000")."""
    found = []
    for m in islice(MONEY.finditer(text), MARKERS):
        value = _value(m["f"] or m["g"], m["s"] or m["t"])
        if value is not None:
            found.append(Amount(value, m.start(), m.end()))
    return _in_words(text, POUNDS_WORD, found)


def percentages(text: str) -> list[Amount]:
    """Every percentage in ``text`` ("20%", "20 per cent", "twenty percent", "20 y cant")."""
    found = [
        Amount(value, m.start(), m.end())
        for m in islice(PERCENT.finditer(text), MARKERS)
        if (value := _value(m["f"])) is not None
    ]
    return [a for a in _in_words(text, PERCENT_WORD, found) if a.value <= 100]


def nearest(found: list[Amount], start: int, end: int) -> Amount | None:
    """The amount that belongs to a phrase at ``text[start:end]``: the first after it, else the
    last before it ("public liability cover of £5 million (£10 million for fireworks)" is
    5000000)."""
    after = [a for a in found if a.start >= start]
    before = [a for a in found if a.start < start]
    return after[0] if after else before[-1] if before else None
