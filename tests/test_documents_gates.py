"""The requirement reader's quick gate (documents/gates.py) never turns away a sentence that a
requirement phrase matches: it only lets prose skip the patterns sooner."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents.gates import Phrases, interest
from grantcheck.documents.vocab import interest_words, load, phrases, tokens

VOCAB = load(())
GATE = interest(VOCAB)
ANY = phrases(interest_words(VOCAB.raw))
WORDS = sorted({w for p in interest_words(VOCAB.raw) for w in str(p).split()})


def test_prose_with_only_a_common_key_word_is_turned_away() -> None:
    # "project" is the key word of "project plan": without "plan" no phrase can match
    text = "We will look at how your project helps people who find it hard to get support."
    assert not VOCAB.interest.isdisjoint(tokens(text))  # the key-word test lets it through
    assert ANY.search(text) is None
    assert not GATE.could_match(text, tokens(text))


def test_a_phrase_is_let_through() -> None:
    text = "Please attach your project plan and a copy of your constitution."
    assert GATE.could_match(text, tokens(text))


@pytest.mark.parametrize("odd", ["\u017f", "\u0131", "\u0130"])
def test_letters_a_pattern_folds_fall_back_to_the_key_word_test(odd: str) -> None:
    # a case-blind pattern reads the long s as "s" and both odd i's as "i"; tokens() does not
    text = f"Your project plan{odd} and in{odd}urance"
    assert GATE.could_match(text, tokens(text)) == (not VOCAB.interest.isdisjoint(tokens(text)))


def test_a_phrase_with_no_word_makes_the_list_loose() -> None:
    gate = Phrases(["project plan", "£"], frozenset({"project"}))
    assert gate.loose and gate.could_match("project", tokens("project"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
    st.sampled_from([" ", "-", ", ", "\n"]),
    st.booleans(),
)
def test_never_turns_away_a_match(words: list[str], sep: str, upper: bool) -> None:
    text = sep.join(words)
    text = text.upper() if upper else text
    if ANY.search(text) is not None:
        assert GATE.could_match(text, tokens(text))
