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

from grantcheck.frozen import frozen_dataclass
from grantcheck.words import count_words

LANG = "en-GB"


LONG_SENTENCE = 25  # words; the share of sentences longer than this is reported
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


@frozen_dataclass
class TextMeasure:
    """Counts and scores for one text (or several joined)."""

    words: int
    sentences: int
    reading_ease: float
    grade: float
    long_sentence_share: float = 0.0
    longest: tuple[tuple[int, str], ...] = ()  # (words, sentence), longest first


def sentences(plain: str) -> list[str]:
    """Sentences of plain text, split at full stops, question and exclamation marks, and line
    ends."""
    return [s.strip() for s in _BREAK.split(plain) if _WORD.search(s)]


def _long(plain: str, keep: int = 3) -> tuple[float, tuple[tuple[int, str], ...]]:
    counted = [(count_words(s), s) for s in sentences(plain)]
    if not counted:
        return 0.0, ()
    share = sum(1 for n, _ in counted if n > LONG_SENTENCE) / len(counted)
    # each sentence once: guidance that repeats one would fill the list with it
    longest = sorted(dict.fromkeys(counted), key=lambda x: -x[0])[:keep]
    return share, tuple((n, text) for n, text in longest if n > LONG_SENTENCE)


def measure(text: str) -> TextMeasure:
    """Words, sentences, Flesch reading ease and Flesch-Kincaid grade of ``text``."""
    import textstat  # lazy: see the module docstring

    textstat.set_lang(LANG)
    plain = _plain(text)
    words = count_words(text)  # as 'measure' counts the same text (textstat's own differs)
    if words == 0:
        return TextMeasure(0, 0, 0.0, 0.0)
    share, longest = _long(plain)
    return TextMeasure(
        words=words,
        sentences=textstat.sentence_count(plain),
        # the scale runs to 100 (very easy): the formula gives more for a few short sentences of
        # one-syllable words, which says no more and reads as a mistake ("ease 119.2")
        reading_ease=min(100.0, float(textstat.flesch_reading_ease(plain))),
        grade=max(0.0, float(textstat.flesch_kincaid_grade(plain))),  # (no grade below 0)
        long_sentence_share=share,
        longest=longest,
    )


def _plain(text: str) -> str:
    """Drop Markdown markup that is not prose, and end headings and list items as sentences."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", "", line)
        line = re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", line).strip()
        if line and line[-1] not in ".!?:;":
            line += (
                "."  # a heading or list item is a unit of reading, not part of the next sentence
            )
        lines.append(line)
    return "\n".join(lines)
