"""Set lookups in front of slow searches in the requirement reader (a text without the words
a pattern needs is answered without it) give the answers the searches alone gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents.items import AHEAD, AHEAD_WORDS, may_point_ahead
from grantcheck.documents.negation import NEGATED, NEGATIONS, negated

# the gates' own words and their near misses, beside the words the sentences are made of
WORDS = sorted(
    AHEAD_WORDS
    | NEGATIONS
    | {"the", "as", "following", "nothing", "another", "notes", "knot", "cannot", "don't"}
    | {"won’t", "isn't", "send", "attach", "your", "accounts", "policy", "statement", "may"}
    | {"Not", "NO", "Them", "below:", "BELOW", "dim", "nadolig", "ifthey", "bythem", "-not"}
)
JOINS = [" ", "  ", "-", ", ", ": ", "\n", "(", ") ", "_", "'", "1", "ſ", "İ", "é"]


def _search_alone(s: str, at: int) -> bool:
    """``negated`` as it was before the gate: the search, then its modal test."""
    import re

    modal = re.compile(r"\b(?:may|can|should|must|will|could|might|shall)\b", re.IGNORECASE)
    m = NEGATED.search(s, max(0, at - 70), at)
    return m is not None and modal.search(s, m.start() + 1, at) is None and not modal.match(s, at)


def test_negated_words_are_as_tokens_read_them() -> None:
    assert negated("You do not need to send your accounts.", 29)
    assert negated("We don't need your accounts.", 20)
    assert not negated("Please send your accounts.", 17)  # no negation word: no search
    assert not negated("Send a knot of notes with your accounts.", 31)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(JOINS)), min_size=1, max_size=12),
    st.integers(min_value=0, max_value=120),
)
def test_negated_answers_as_the_search(parts: list[tuple[str, str]], at: int) -> None:
    s = "".join(w + j for w, j in parts)
    at = min(at, len(s))
    assert negated(s, at) == _search_alone(s, at)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(JOINS)), min_size=1, max_size=12))
def test_points_ahead_gate_answers_as_the_search(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + j for w, j in parts)
    if AHEAD.search(text) is not None:
        assert may_point_ahead(text)  # the gate never turns away a text the search would find
