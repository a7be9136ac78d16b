"""Quick paths of the document measurer answer exactly as the rules they stand in for: the
words of an ASCII text split by a byte table (keyed.tokens) and a label's length told from the
words after its last bracket (label_words.short_label). Each is checked against the plain rule
on texts made of the characters that decide it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents.keyed import TOKEN, tokens
from grantcheck.documents.label_words import BRACKETED, SHORT, short_label

# letters that lower() or a pattern reads otherwise, punctuation, figures, white space
CHARS = st.sampled_from(list("aZ9_-'’ .,:()/\t\n\u00a0") + ["\u0130", "\u017f", "É", "ß"])
PIECES = st.sampled_from(
    ["a", "word", " ", " ", " / ", "(", ")", "(max 250 words)", "x(y)z", "(" + "a note " * 9 + ")"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(CHARS, max_size=40).map("".join))
def test_tokens_are_the_patterns_words(text: str) -> None:
    assert tokens.__wrapped__(text) == frozenset(TOKEN.findall(text.lower()))


def _short_as_ruled(text: str) -> bool:
    halves = BRACKETED.sub(" ", text).split(" / ")
    return all(len(half.split(None, SHORT)) <= SHORT for half in halves)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_a_labels_length_is_told_as_the_rule_tells_it(text: str) -> None:
    assert short_label(text) == _short_as_ruled(text)


def test_a_prompt_long_after_its_bracket_is_not_short() -> None:
    grown = "1. Describe it (max 250 words) " + "Tell us who will benefit and how. " * 3
    assert not short_label(grown) and not _short_as_ruled(grown)
    assert short_label("Your group's name (as on its bank account)")
    named = "Name (as it is written on the bank statement you will send us with the form)"
    assert short_label(named) and _short_as_ruled(named)


class _Page:
    """A page whose content stream is ``data`` (what pdf_boxes.draws reads of a page)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def get_contents(self) -> _Page:
        return self

    def get_data(self) -> bytes:
        return self.data


def test_a_page_draws_only_when_its_stream_has_a_drawing_operator() -> None:
    from grantcheck.documents.pdf_boxes import draws

    for words in (b"BT (Please read these notes) Tj ET", b"BT (We will look at it re: fees) Tj"):
        assert not draws(_Page(words))  # words of the text, not operators
    for drawn in (b"72 700 450 80 re f", b"72 700 450 80 re\nS", b"1 0 0 RG 72 700 m 522 700 l S"):
        assert draws(_Page(b"BT (Please read) Tj ET\n" + drawn))
