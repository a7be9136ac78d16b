"""Match funding said as where the rest comes from (trial23 T2): "from your own funds or from
another funder", "from another source". Sentences of the test's own; the near miss, a sentence
naming another funder with no share of the cost, states no match funding. ("from your own funds"
alone is not a phrase of its own: with it, "At least 20% of the total cost must come from your
own funds; the other 30% of places are for new members." read 30, test_documents_s16c_typical.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("You must find at least 50% from your own funds or from another funder.", 50),
        ("Groups need to raise 30% of the cost from another source.", 30),
    ],
)
def test_the_rest_found_elsewhere_is_match_funding(
    tmp_path: Path, sentence: str, percent: int
) -> None:
    facts = measure(tmp_path, "notes.txt", f"Community Fund\n\n{sentence}\n")
    assert facts.match_funding is not None and facts.match_funding.value == percent


def test_another_funder_named_without_a_share_is_none(tmp_path: Path) -> None:
    text = "Community Fund\n\nMany groups also get money from another funder for this work.\n"
    assert measure(tmp_path, "notes.txt", text).match_funding is None
