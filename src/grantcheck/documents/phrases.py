"""Numbers in plain text: answer limits, sums of money, percentages, numbering.

These patterns read words already extracted from a document (never markup).
"""

from __future__ import annotations

import re
from functools import lru_cache

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "half a": 0.5,
    "half": 0.5,
}
_NUM = (
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|half an?|half|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|an?"
)
NUMBERED = re.compile(
    r"^\s*(?:(?:q(?:uestion)?\.?\s*|[a-h])?\d{1,3}(?:\.\d{1,3}){0,3}[.):]?|\(?[a-h]\)|\(?[ivx]{1,4}\)|"
    r"[a-h]\.)\s+\S",
    re.IGNORECASE,
)
MONEY = re.compile(
    r"(?:£|\bGBP\s?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|miliwn|mn|m|k|thousand)?"
    r"(?![a-z])|\b(\d+(?:\.\d+)?)\s+(million|thousand)\s+pounds\b",
    re.IGNORECASE,
)
PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent)", re.IGNORECASE)
SCALE = {
    "miliwn": 1_000_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "k": 1_000,
    "thousand": 1_000,
}


def number(raw: str) -> float | None:
    raw = raw.strip().lower()
    if raw in NUMBER_WORDS:
        return NUMBER_WORDS[raw]
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


@lru_cache(maxsize=4)
def limit_patterns(units: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    unit = "|".join(
        re.escape(u).replace(r"\ ", r"\s+") for u in sorted(units, key=len, reverse=True)
    )
    return (
        re.compile(rf"(?<![\w£$.,])(?P<n>{_NUM})\s*(?:-\s*)?(?P<u>{unit})(?![\w])", re.IGNORECASE),
        re.compile(
            r"\b(?P<u>words?|characters?)\s+(?:limit|count|maximum|max\.?)\s*(?:of|:|-|=)?\s*"
            r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bmax(?:imum|\.)?\s+(?:number\s+of\s+)?(?P<u>words|characters)\s*(?:-|:|=)?\s*"
            r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)",
            re.IGNORECASE,
        ),
    )


def find_limit(
    text: str, units: dict[str, str], words_per_page: float, characters_per_word: float
) -> tuple[int, str] | None:
    """The answer limit ``text`` states, in words, and the words as written; or None."""
    low = text.lower()
    if not any(stem in low for stem in ("word", "char", "page", "side")):
        return None  # most prose: no unit, so no limit (a quick test before the patterns)
    for pattern in limit_patterns(tuple(units)):
        for match in pattern.finditer(text):
            n = number(match["n"])
            unit = units.get(" ".join(match["u"].lower().split()))
            if n is None or n <= 0 or unit is None:
                continue
            if match["n"].lower() in ("a", "an") and unit != "pages":
                continue  # "a word" is prose; "a page" or "a side of A4" is a limit
            words = (
                n
                if unit == "words"
                else n / characters_per_word
                if unit == "characters"
                else n * words_per_page
            )
            if (unit == "pages" and n > 50) or (unit == "words" and n > 100_000):
                continue  # a document's own length, not an answer's
            return int(words + 0.5), _as_written(text, match.start(), match.end())
    return None


QUALIFIER = re.compile(
    r"\b(?:max(?:imum)?\.?(?: of)?|up to|no more than|not more than|not exceeding|"
    r"limit(?:ed to| of)?|at most|within|under|less than|fewer than)\s*:?\s*$",
    re.IGNORECASE,
)


def _as_written(text: str, start: int, end: int) -> str:
    """The limit as the document words it: the match, with a qualifier before it if any."""
    before = QUALIFIER.search(text[max(0, start - 30) : start])
    if before:
        start = max(0, start - 30) + before.start()
    after = re.match(r"\s+(?:limit|maximum|max\b\.?)", text[end:], re.IGNORECASE)
    if after:  # "300 word limit"
        end += after.end()
    return " ".join(text[start:end].split())


def money(text: str) -> int | None:
    """The first sum of money in ``text``, in units ("£5 million" is 5000000)."""
    match = MONEY.search(text)
    if not match:
        return None
    amount, scale = (match[1], match[2]) if match[1] else (match[3], match[4])
    return int(float(amount.replace(",", "")) * SCALE.get((scale or "").lower(), 1))


def percent(text: str) -> float | None:
    match = PERCENT.search(text)
    return float(match[1]) if match and float(match[1]) <= 100 else None


def sentences(text: str) -> list[str]:
    """A block's sentences (a list item or cell is usually one)."""
    parts = re.split(r"(?<=[.!?;])\s+(?=[A-Z(•\-–])|\s+[•▪●]\s+", text)
    return [p.strip() for p in parts if p.strip()]
