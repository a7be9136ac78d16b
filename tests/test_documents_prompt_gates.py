"""The prompt tests' quick tests (documents/prompts.py, label_words.py) never turn away a text
their pattern would match: a speed change must not change what is read. Texts are built from
the patterns' own words, the units and the letters a case-blind pattern folds (the long s, the
dotless i, the dotted capital I, the Kelvin sign), so that most of them come close to
matching."""

from __future__ import annotations

import random

from grantcheck.documents.label_words import (
    ANSWER_TYPES,
    SUM,
    TYPED,
    VALUE_LAST,
    VALUE_WORDS,
    may_be,
    sum_last,
)
from grantcheck.documents.prompts import Prompts
from grantcheck.documents.vocab import load, tokens

PIECES = [
    *ANSWER_TYPES,
    *VALUE_WORDS,
    "Number",
    "POSTCODE",
    "poſtcode",
    "Opt\u0131ons",
    "OPT\u0130ONS",
    "\u212aey",
    "name",
    "Name",
    "e-mail",
    "sort code",
    "Amount",
    "£",
    "(£)",
    "(GBP)",
    "(€)",
    "($)",
    "(%)",
    "%",
    ":",
    "*",
    " ",
    "  ",
    "\n",
    "(a note)",
    "Date",
    "signature",
    "\u017fignature",
    "Pos\u0131t\u0131on",
    "WEB\u0130TE",
    "telephone",
    "reference",
    "your",
    "group",
    "x",
    "2",
]


def _texts(count: int = 4000) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))) for _ in range(count)]


def test_each_quick_test_lets_through_every_text_its_pattern_matches() -> None:
    for text in _texts():
        assert sum_last(text) or SUM.search(text) is None, text
        assert may_be(text, VALUE_WORDS) or VALUE_LAST.search(text) is None, text
        assert may_be(text, ANSWER_TYPES) or TYPED.search(text) is None, text


def test_the_field_cue_gate_lets_through_every_text_the_field_cues_match() -> None:
    vocab = load(())
    gate = Prompts(vocab, 500.0, 6.0)._fields
    for text in _texts():
        if vocab.field.search(text) is not None:
            assert gate.may_match(text, tokens(text)), text
