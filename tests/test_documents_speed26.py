"""Quick paths of session 26's speed work answer exactly as the steps they skip: a document
is searched for ANSWERED_HERE only when its lower-cased text holds a word every way of the
pattern has (about_questions.answered_here), a prompt for FORM_HAS and ON_THE_FORM only when it
holds their "form" and "question" (about_a_question), and a document named in prose is looked
up in a set of them (repeated.as_listed). Each is checked against the full step on texts made of the
characters that decide it."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents.about_questions import (
    ALLOWANCE,
    ANSWERED_HERE,
    ANSWERED_WORDS,
    ASKED_LATER,
    AT_PART,
    FORM_HAS,
    ON_THE_FORM,
    TELLS_OF_PART,
    about_a_question,
    answered_here,
)
from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.facts import Attachment, Evidence
from grantcheck.documents.repeated import as_listed, insists, same_document

# the pattern's words, cut and in other cases, beside letters a case-blind pattern reads as an
# "i", "s" or "k" (the long s, the dotless i, the dotted capital I, the Kelvin sign)
PIECES = st.sampled_from(
    "there is no application form email send post write answers answering replies reply "
    "each every these the following questions below here in an your letter THERE ANSWER "
    "Answers anſwers ı İ K . ? !".split()
    + [" ", " ", "\n", "on the form"]
)
# ... and FORM_HAS's and ON_THE_FORM's
ABOUT = st.sampled_from(
    "the this your form FORM fform has asks includes contains eight questions QUESTIONS "
    "queſtion questıon on in application online grant when you fill out complete Question 3 "
    "asks you ı İ K , . :".split()
    + [" ", " ", "\n", "on the form", "the form has", "when you fill in the form"]
)


def _blocks(*texts: str) -> list[Block]:
    return [Block(TEXT, text, (("line", n),)) for n, text in enumerate(texts, start=1)]


def test_each_way_of_the_pattern_holds_one_of_the_words() -> None:
    # (a way of the pattern is one of its top-level alternatives: each names a word of the set)
    ways = ANSWERED_HERE.pattern.split("|\\b")
    assert len(ways) == 3
    assert all(any(w in way for w in ANSWERED_WORDS) for way in ways)
    for said in (
        "There is no application form.",
        "Please email your answers to these questions to grants@example.org.",
        "Send us an email answering these three questions.",
        "Please answer each question below.",
        "Write your replies in a letter.",
        "Answer the following questions in your email.",
    ):
        assert ANSWERED_HERE.search(said) and answered_here(_blocks("Title", said))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(PIECES, max_size=14).map(" ".join), min_size=1, max_size=4))
def test_answered_here_is_the_pattern_searched_in_every_block(texts: list[str]) -> None:
    blocks = _blocks(*texts)
    assert answered_here(blocks) == any(ANSWERED_HERE.search(b.text) for b in blocks)


def _attachment(kind: str, conditional: bool, text: str, line: int, seen: int = 0) -> Attachment:
    return Attachment(kind, conditional, text, Evidence("g.pdf", (("line", line),), text, seen))


EVERYONE = re.compile(r"\b(?:all|every)\s+applicants?\b", re.IGNORECASE)
ATTACHMENTS = st.builds(
    _attachment,
    st.sampled_from(["constitution", "accounts", "policy", "other"]),
    st.booleans(),
    st.sampled_from(["your constitution", "a copy of your accounts", "a map"]),
    st.integers(1, 3),
    st.integers(0, 2),  # (Evidence.line: not compared, so not hashed either)
)


def as_listed_reference(
    asked: list[Attachment], prose: list[Attachment], everyone: re.Pattern[str]
) -> list[Attachment]:
    """as_listed as it was: each attachment looked for in the prose list itself."""
    listed = [a for a in asked if a not in prose]
    return [
        replace(a, conditional=True)
        if not a.conditional
        and a.kind != "accounts"
        and a in prose
        and not insists(a.text, everyone)
        and any(same_document(a, b) for b in listed)
        and all(b.conditional for b in listed if same_document(a, b))
        else a
        for a in asked
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(ATTACHMENTS, max_size=8), st.lists(ATTACHMENTS, max_size=8))
def test_as_listed_reads_prose_as_the_list_did(
    asked: list[Attachment], prose: list[Attachment]
) -> None:
    expected = as_listed_reference(asked, prose, EVERYONE)
    assert as_listed(asked, prose, EVERYONE) == expected
    assert [a.evidence.line for a in as_listed(asked, prose, EVERYONE)] == [
        a.evidence.line for a in expected
    ]


def _about_as_it_was(text: str, spaceless: bool) -> bool:
    """about_a_question before its quick tests: every pattern searched."""
    if TELLS_OF_PART.search(text) or ASKED_LATER.search(text) or FORM_HAS.search(text):
        return True
    return spaceless and any(p.search(text) is not None for p in (ON_THE_FORM, ALLOWANCE, AT_PART))


@settings(max_examples=800, deadline=None)
@given(st.lists(ABOUT, max_size=16).map(" ".join), st.booleans())
def test_about_a_question_as_every_pattern_searched(text: str, spaceless: bool) -> None:
    assert about_a_question(text, spaceless) == _about_as_it_was(text, spaceless)


def test_about_a_question_finds_what_each_pattern_does() -> None:
    for text in (
        "The form has eight questions, including a description of your project.",
        "Describe your project in up to 300 words when you fill in the form.",
        "Tell us about your group on the application form.",
        "THE FORM HAS TEN QUESTIONS.",
    ):
        assert about_a_question(text, True) == _about_as_it_was(text, True) is True
