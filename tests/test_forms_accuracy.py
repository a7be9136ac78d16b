"""The measurer against the labelled corpus (tests/forms/): the spec's accuracy targets.

Targets met are asserted; targets not met (since the held-out set of eight documents,
labelled blind, joined the corpus) are strict expected failures, so the day one is met
this file must change to hold it. Each count also has a floor at today's figure, so
accuracy cannot silently fall below what it is (when the corpus grows, the floors are
re-measured). bench/forms.py prints every miss."""

from __future__ import annotations

import pytest

from conftest import load_bench

_forms = load_bench("forms")
COUNTS, FOLDER, Score, score = _forms.COUNTS, _forms.FOLDER, _forms.Score, _forms.score

# Today's figures (exact-match share of the corpus); the spec's target is 0.9 for each.
# The held-out set (27 documents, was 19) lowered them from 0.94, 1.0, 1.0 and 1.0.
FLOORS = {"questions": 0.92, "word_limit": 0.92, "attachments": 0.92, "accounts": 1.0}
MET = set(COUNTS)  # every exact-match target is met on the 27 documents
KINDS_FLOOR = {"precision": 1.0, "recall": 1.0}
# Misses outside ±1 question or ±10% of words: none on 19 documents, 4 on 27.
FAR_FLOOR = 4


@pytest.fixture(scope="module")
def result() -> Score:
    if not any(FOLDER.glob("*.truth.yaml")):
        pytest.skip("no labelled corpus in tests/forms")
    return score(FOLDER)


def test_the_corpus_is_big_enough(result: Score) -> None:
    assert result.documents >= 15


@pytest.mark.parametrize(
    "key",
    [
        k
        if k in MET
        else pytest.param(
            k,
            marks=pytest.mark.xfail(
                strict=True, reason="the 90% target is not met on the held-out set yet"
            ),
        )
        for k in COUNTS
    ],
)
def test_exact_match_target(result: Score, key: str) -> None:
    assert result.rate(key) >= 0.9, f"{key}: {result.rate(key):.0%}, target 90%"


@pytest.mark.xfail(strict=True, reason="the held-out set has misses outside the tolerance")
def test_every_miss_within_one_question_and_ten_percent_of_words(result: Score) -> None:
    assert result.far == []


def test_misses_outside_the_tolerance_floor(result: Score) -> None:
    assert len(result.far) <= FAR_FLOOR, result.far


def test_attachment_kinds_floor(result: Score) -> None:
    assert result.precision("kinds") >= KINDS_FLOOR["precision"]
    assert result.recall("kinds") >= KINDS_FLOOR["recall"]


@pytest.mark.parametrize("key", COUNTS)
def test_exact_match_floor(result: Score, key: str) -> None:
    assert result.rate(key) >= FLOORS[key], (
        f"{key}: {result.rate(key):.0%}, floor {FLOORS[key]:.0%}"
    )


@pytest.mark.parametrize("key", ["kinds", "policies"])
def test_precision_and_recall_targets(result: Score, key: str) -> None:
    assert result.precision(key) >= 0.9 and result.recall(key) >= 0.9, (
        f"{key}: precision {result.precision(key):.2f}, recall {result.recall(key):.2f}"
    )
