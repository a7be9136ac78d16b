"""Every quote in the rule pack is verbatim from the guide, under the section it names.

Only whitespace and quote marks are normalised."""

from __future__ import annotations

import re

import pytest

from grantcheck.rulepack import Pack
from conftest import GUIDE

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip()


@pytest.fixture(scope="module")
def guide_lines() -> list[str]:
    if not GUIDE.exists():
        pytest.skip(f"the guide is not at {GUIDE}")
    return GUIDE.read_text(encoding="utf-8").splitlines()


def _section_text(lines: list[str], heading: str, headings: set[str]) -> str:
    start = next(i for i, line in enumerate(lines) if _norm(line) == _norm(heading))
    end = next((i for i in range(start + 1, len(lines)) if _norm(lines[i]) in headings), len(lines))
    return _norm(" ".join(lines[start + 1:end]))


def test_every_quote_is_verbatim_in_its_section(pack: Pack, guide_lines: list[str]) -> None:
    quotes = [(r.id, q) for r in pack.rules for q in r.guide]
    assert len(quotes) >= len(pack.rules)
    headings = {_norm(q.section) for _, q in quotes}
    whole = _norm(" ".join(guide_lines))
    for rule_id, q in quotes:
        assert _norm(q.section) in {_norm(line) for line in guide_lines}, f"{rule_id}: no heading {q.section!r}"
        assert _norm(q.text) in whole, f"{rule_id}: not in the guide: {q.text!r}"
        assert _norm(q.text) in _section_text(guide_lines, q.section, headings), f"{rule_id}: not under {q.section!r}"


def test_a_changed_quote_is_caught(guide_lines: list[str]) -> None:
    whole = _norm(" ".join(guide_lines))
    assert _norm("20 pages of guidance notes on how to apply for £1,000 of funding") in whole
    assert _norm("20 pages of guidance on how to apply for £1,000 of funding") not in whole
