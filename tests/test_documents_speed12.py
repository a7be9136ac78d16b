"""A prompt gathering the guidance under it keeps its answer to "does it ask for prose?" when
that follows from its opening cue (plain.Plain._gathered): the recorded answer is the one the
full test gives, at the gate's edges too (a prompt shorter than the cue's reach, and one
that becomes a heading over notes once grown)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.prompts import CUE_WITHIN, Prompts
from grantcheck.documents.questions import Reader
from grantcheck.documents.vocab import load

PROMPT = "Describe how your project will help older people in the parish stay well at home."
GUIDANCE = "Groups must have a bank account in the name of the group with two signatories."


def _reader() -> Reader:
    return Reader("form.pdf", load(()), 500.0, 6.0)


def test_a_prompt_asking_by_its_cue_asks_once_grown_before_it_is_asked() -> None:
    reader = _reader()
    for line, text in enumerate((PROMPT, GUIDANCE)):
        reader.feed(Block(TEXT, text, (("page", 1), ("line", line))))
    assert reader.pending is not None
    grown = reader.pending.text
    assert grown == f"{PROMPT} {GUIDANCE}"
    assert reader._asks.get(grown) is True  # (before: asked only by the next block)
    assert Prompts(load(()), 500.0, 6.0).asks_prose(grown)


def test_a_prompt_shorter_than_the_cues_reach_is_asked_again() -> None:
    reader = _reader()
    short = "Describe your project."
    assert len(short) < CUE_WITHIN and reader.asks_prose(short)
    grown = reader._gathered(short, GUIDANCE)
    assert grown not in reader._asks  # (its first CUE_WITHIN characters are new: asked again)


def test_a_prompt_grown_into_a_heading_over_notes_is_asked_again() -> None:
    reader = _reader()
    what = "What" + " " * CUE_WITHIN  # asks by its cue ("what"), and is no heading yet
    assert reader.asks_prose(what)
    grown = reader._gathered(what, "to include in your answer about the work and the people.")
    assert grown not in reader._asks
    assert not reader.asks_prose(grown)  # "What ... to ...": a heading over notes


PIECES = st.sampled_from(
    ["Describe", "What", "what", "How", "to", "we", " ", "  ", "1.", "?", "'", "you will", "the"]
    + ["project", "(max 250 words)", "Tell us", "notes", "x" * 30, ":", "Q2"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(PIECES, min_size=1, max_size=40).map(" ".join),
    st.lists(PIECES, min_size=1, max_size=12).map(" ".join),
)
def test_a_recorded_answer_is_the_full_tests(prompt: str, text: str) -> None:
    reader = _reader()
    reader.asks_prose(prompt)  # (as the walk does before a prompt gathers anything)
    grown = reader._gathered(prompt, text)
    if grown in reader._asks:
        assert reader._asks[grown] == Prompts(load(()), 500.0, 6.0).asks_prose(grown)
