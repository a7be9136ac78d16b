"""The measurer against the labelled corpus (tests/forms/): the spec's accuracy targets.

Targets not yet met are expected failures (strict: the day one is met, this file must
be changed to hold it), and each has a floor at today's figure, so accuracy cannot
silently fall. bench/forms.py prints every miss."""

from __future__ import annotations

import pytest

from conftest import load_bench

_forms = load_bench("forms")
COUNTS, FOLDER, Score, score = _forms.COUNTS, _forms.FOLDER, _forms.Score, _forms.score

# Today's figures (exact-match share of the corpus); the spec's target is 0.9 for each.
FLOORS = {"questions": 0.89, "word_limit": 0.9, "attachments": 0.89, "accounts": 0.89}
MET = {"word_limit"}  # exact-match targets met today


@pytest.fixture(scope="module")
def result() -> Score:
    if not any(FOLDER.glob("*.truth.yaml")):
        pytest.skip("no labelled corpus in tests/forms")
    return score(FOLDER)


def test_the_corpus_is_big_enough(result: Score) -> None:
    assert result.documents >= 15


@pytest.mark.parametrize("key", sorted(MET))
def test_exact_match_target(result: Score, key: str) -> None:
    assert result.rate(key) >= 0.9


def test_every_miss_within_one_question_and_ten_percent_of_words(result: Score) -> None:
    assert len(result.far) <= 1, result.far  # today: one guidance page's example question


@pytest.mark.parametrize("key", COUNTS)
def test_exact_match_floor(result: Score, key: str) -> None:
    assert result.rate(key) >= FLOORS[key], (
        f"{key}: {result.rate(key):.0%}, floor {FLOORS[key]:.0%}"
    )


@pytest.mark.parametrize("key", [k for k in COUNTS if k not in MET])
@pytest.mark.xfail(
    strict=True, reason="the spec's 90% exact-match target is not met yet (see bench/forms.py)"
)
def test_exact_match_target_not_yet_met(result: Score, key: str) -> None:
    assert result.rate(key) >= 0.9


@pytest.mark.parametrize("key", ["kinds", "policies"])
def test_precision_and_recall_targets(result: Score, key: str) -> None:
    assert result.precision(key) >= 0.9 and result.recall(key) >= 0.9, (
        f"{key}: precision {result.precision(key):.2f}, recall {result.recall(key):.2f}"
    )
