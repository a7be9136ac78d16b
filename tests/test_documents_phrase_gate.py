"""A vocabulary's phrase pattern (documents/keyed.py) answers exactly as the whole list's
pattern would: it is built from the phrases a text could match, and skips texts none can."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents.keyed import Keyed, head_words, phrases, tokens
from grantcheck.documents.phrase_pattern import whole_pattern
from grantcheck.documents.vocab import load

VOCAB = load(())


def _lists(raw: dict[str, Any], prefix: str = "") -> dict[str, list[str]]:
    """Every phrase list in the vocabulary, by its place."""
    found: dict[str, list[str]] = {}
    for key, value in raw.items():
        if isinstance(value, dict):
            found.update(_lists(value, f"{prefix}{key}."))
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            found[prefix + key] = value
    return found


LISTS = _lists(VOCAB.raw)
WORDS = sorted({w for words in LISTS.values() for p in words for w in p.split()})
ODD = ["\u017f", "\u0131", "\u0130", "\u212a", "’", "£"]  # letters case-blind patterns fold


def _spans(found: Any) -> Any:
    if found is None or isinstance(found, (list, str)):
        return found
    if isinstance(found, re.Match):
        return found.span()
    return [m.span() for m in found]


def _same(words: list[str], text: str) -> None:
    whole, gated = whole_pattern(words), phrases(words)
    end = max(0, len(text) - 3)  # a text cut short: "grant" ends "grants"[:5]
    for method in ("search", "match", "fullmatch", "finditer", "findall"):
        for args in ((), (2,), (0, end), (1, end)):
            assert _spans(getattr(gated, method)(text, *args)) == _spans(
                getattr(whole, method)(text, *args)
            ), (method, args, text)


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_list_answers_as_its_whole_pattern(name: str) -> None:
    words = LISTS[name]
    for phrase in words[:40]:
        for text in (phrase, phrase.upper(), f"Please send {phrase}, and more.", f"x{phrase}"):
            _same(words, text)
    _same(words, "Nothing here at all.")


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(LISTS)),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
    st.sampled_from([" ", "-", ", ", "\n", "'"]),
    st.booleans(),
    st.sampled_from(["", *ODD]),
    st.integers(min_value=0, max_value=40),
)
def test_any_text_is_answered_as_by_the_whole_pattern(
    name: str, words: list[str], sep: str, upper: bool, odd: str, at: int
) -> None:
    text = sep.join(words)
    text = text.upper() if upper else text
    if odd:  # the long s, dotless i, dotted I or Kelvin sign in place of a letter
        plain = {"\u017f": "s", "\u0131": "i", "\u0130": "I", "\u212a": "K"}.get(odd, "e")
        text = text.replace(plain, odd, 1) if plain in text else text[:at] + odd + text[at:]
    _same(LISTS[name], text)


def test_a_list_no_text_matches_is_never_compiled() -> None:
    pattern = phrases(["risk assessment", "method statement", "site plan", "lease", "quotes"])
    assert pattern.search("We fund community work in the borough.") is None
    assert list(pattern.finditer("Nothing to see")) == []
    assert isinstance(pattern, Keyed) and pattern.built is None and pattern._compiled is None
    assert pattern.search("Send a RISK-assessment.") is not None
    assert pattern.covered == {"assessment"}  # "a lease" is not in the pattern yet


def test_a_pattern_grows_to_the_whole_list() -> None:
    words = [f"word{n} cue" for n in range(12)]
    pattern = phrases(words)
    assert isinstance(pattern, Keyed)
    for n in range(5):  # five of the twelve keys: over a third
        assert pattern.search(f"say word{n} cue") is not None
    assert pattern.covered == pattern.keys and pattern.built is pattern.whole()
    assert pattern.sub("-", "a word7 cue") == "a -"  # other methods: the whole pattern


def test_a_word_cut_at_the_end_is_a_whole_word_there() -> None:
    pattern = phrases(["grant", "lease", "quote", "site plan", "budget"])
    assert pattern.search("Apply for grants") is None
    found = pattern.search("Apply for grants", 0, 15)
    assert found is not None and found.group(0) == "grant"


def test_a_key_word_alone_builds_nothing() -> None:
    # "assessment" is the key of "risk assessment": without "risk" the phrase cannot match, so
    # no pattern is built or searched for prose that only says "assessment"
    pattern = phrases(["risk assessment", "method statement", "lease"])
    assert isinstance(pattern, Keyed)
    assert pattern.search("Our assessment of the need is on page 2.") is None
    assert list(pattern.finditer("A statement of how you will work.")) == []
    assert pattern.built is None and pattern._compiled is None
    found = pattern.search("Attach your risk assessment and a lease.")
    assert found is not None and found.group(0) == "risk assessment"


def test_a_search_ending_early_reads_the_words_before_its_end() -> None:
    # a prompt's first 40 characters are searched for a cue (prompts.Prompts._instructs): the
    # words after the end cannot match there, so they build and search nothing
    pattern = phrases(["risk assessment", "lease"])
    assert isinstance(pattern, Keyed)
    text = "Our plan for the hall, and a risk assessment."
    assert pattern.search(text, 0, 20) is None
    assert pattern.built is None and pattern._compiled is None
    assert head_words("Apply for grants", 15) == {"apply", "for", "grant"}
    assert head_words(text) == tokens(text)
    found = pattern.search(text)
    assert found is not None and found.group(0) == "risk assessment"
