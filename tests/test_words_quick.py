"""Counting words and telling Welsh from English without splitting the text into strings
(grantcheck/words.py, documents/language.py) gives what their definitions give, on any text:
white space of every kind, marks, letters beyond ASCII, and more kinds of them than the quick
count takes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents.language import ENGLISH, WELSH, language
from grantcheck.words import ODD_MOST, count_words

# the characters that decide: ASCII (its white space, \x1c to \x1f included), white space and
# marks beyond it, letters and figures beyond it, the two letters lower() makes ASCII of
CHARS = [chr(c) for c in range(128)] + list("£’‘–—•é ŵ\u3000\xa0\x85\u2028\u0130\u212aß٣½²")
TEXT = st.text(alphabet=st.sampled_from(CHARS), max_size=40)
WORDS = [*WELSH, *ENGLISH, "sy'n", "i’n", "a'n", "o'n", "'n", "YR", "The", "grant", "Ŵyl", "café"]
SEPARATORS = [" ", "  ", ",", ".", "\n", "-", "’", "é", "\xa0", "1", "_", "\u0130"]


def defined_count(text: str) -> int:
    """A word: a run of characters between spaces with a letter or digit in it."""
    return sum(1 for run in text.split() if any(c.isalnum() for c in run))


def defined_language(text: str) -> str:
    sample = text[:60_000]
    if "\u0130" in sample or "\u212a" in sample:
        words = [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z’']+", sample)]
    else:
        words = re.findall(r"[a-z']+", sample.lower().replace("’", "'"))
    # (words both languages use, "grant" and "pan", are no evidence of Welsh: trial21 D19)
    shared = ("grant", "pan")
    welsh = sum(
        (w in WELSH and w not in shared) or (w[-2:] == "'n" and w[:-2] in ("sy", "i", "a", "o"))
        for w in words
    )
    english = sum(w in ENGLISH for w in words)
    # a longer text needs three distinct telling Welsh words: three letters or more, not English
    telling = {w for w in words if w in WELSH and len(w) >= 3 and w not in ("grant", "pan")}
    if (
        welsh > english
        and welsh >= 0.05 * max(len(words), 1)
        and (len(words) < 30 or len(telling) >= 3)
    ):
        return "cy"
    return "en" if english >= 0.03 * max(len(words), 1) or not words else "und"


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_words_are_counted_as_defined(text: str) -> None:
    assert count_words(text) == defined_count(text)


def test_a_text_with_many_kinds_of_letter_is_counted_as_defined() -> None:
    text = " ".join(chr(0x4E00 + i) for i in range(ODD_MOST + 5)) + " - — x £5 ’ (a)"
    assert count_words(text) == defined_count(text) == ODD_MOST + 5 + 3
    assert count_words("£500 co-op (a) • — ____") == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40))
def test_the_language_is_told_as_defined(pairs: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in pairs)
    assert language(text) == defined_language(text)
