"""Readability of guidance text, measured with textstat, offline.

textstat 0.7.10+ looks English words up in NLTK's cmudict, downloading it on
first use, which fails on locked-down machines. textstat only does so when the
language's root (the part before "_") is "en"; asking for "en-GB" keeps the
English Flesch constants (textstat falls back to them) while syllables come
from pyphen's British English dictionary, shipped inside the pyphen wheel.
tests/test_readability.py proves it with the network blocked.

textstat is imported lazily: loading it costs time that most runs never need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LANG = "en-GB"


@dataclass(frozen=True)
class TextMeasure:
    """Counts and scores for one text (or several joined)."""

    words: int
    sentences: int
    reading_ease: float
    grade: float


def measure(text: str) -> TextMeasure:
    """Words, sentences, Flesch reading ease and Flesch-Kincaid grade of ``text``."""
    import textstat  # lazy: see the module docstring

    textstat.set_lang(LANG)
    plain = _plain(text)
    words = textstat.lexicon_count(plain)
    if words == 0:
        return TextMeasure(0, 0, 0.0, 0.0)
    return TextMeasure(
        words=words,
        sentences=textstat.sentence_count(plain),
        reading_ease=float(textstat.flesch_reading_ease(plain)),
        grade=float(textstat.flesch_kincaid_grade(plain)),
    )


def _plain(text: str) -> str:
    """Drop Markdown markup that is not prose, and end headings and list items as sentences."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", "", line)
        line = re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", line).strip()
        if line and line[-1] not in ".!?:;":
            line += "."  # a heading or list item is a unit of reading, not part of the next sentence
        lines.append(line)
    return "\n".join(lines)
