"""Shares of a cost: percentages, and shares in words ("a third", "two thirds", "the other
fifth", Welsh "dwy ran o dair"), in the order they are written (match funding reads them)."""

from __future__ import annotations

import re

from grantcheck.documents.sums import Amount, percentages, words_value

# a share of the cost in words: "half of the cost", "the remaining quarter", "the other fifth",
# "two thirds", "three quarters", "one sixth": a count in words (words_value, which reads the
# sums and percentages in words too) over a part; a part alone is one of it ("a third")
FRACTION = re.compile(
    r"\b(?:(?P<lead>(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+|an?\s+)"
    r"|(?P<count>one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?P<part>half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?\b",
    re.IGNORECASE,
)
# Welsh shares: "dwy ran o dair" (two parts of three), "tair rhan o bedair", "traean" (a third)
WELSH_SHARE = re.compile(
    r"\b(?:(?P<n>un|dwy|tair|pedair)\s+r(?:h)?an\s+o\s+(?P<d>dair|bedair|bump|chwech)"
    r"|(?P<word>traean|chwarter))\b",
    re.IGNORECASE,
)
WELSH_COUNTS = {"un": 1, "dwy": 2, "tair": 3, "pedair": 4, "dair": 3, "bedair": 4, "bump": 5}
WELSH_COUNTS |= {"chwech": 6, "traean": 3, "chwarter": 4}
PARTS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6}
PARTS |= {"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ALONE = frozenset(("half", "third", "quarter", "fifth", "tenth"))  # "the fourth question": no share


def shares_in(text: str) -> list[Amount]:
    """Percentages and shares in words, in order of place."""
    found = percentages(text)
    for m in FRACTION.finditer(text):
        part = m["part"].lower()
        count = words_value(m["count"]) if m["count"] else None
        if count is None and part not in ALONE:
            continue  # "the sixth month", "a fourth meeting": an order, not a share
        share = 100 * (count or 1) / PARTS[part]
        if share < 100:  # "four quarters", "three halves": not a share of the cost
            found.append(Amount(round(share, 1), m.start(), m.end()))
    if "an o" in text or "traean" in text or "chwarter" in text:  # (Welsh: rare, so tested)
        for m in WELSH_SHARE.finditer(text):
            low = {k: (v or "").lower() for k, v in m.groupdict().items()}
            n, d = (
                (1, WELSH_COUNTS[low["word"]])
                if low["word"]
                else (WELSH_COUNTS[low["n"]], WELSH_COUNTS[low["d"]])
            )
            if n < d:
                found.append(Amount(round(100 * n / d, 1), m.start(), m.end()))
    return sorted(found, key=lambda a: a.start)
