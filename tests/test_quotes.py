"""Every quote in the rule pack is verbatim from the guide, under the section it names.

Only whitespace and quote marks are normalised."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from conftest import GUIDE
from grantcheck.rulepack import Pack

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
    return _norm(" ".join(lines[start + 1 : end]))


def _bad_quotes(pack: Pack, guide_lines: list[str]) -> list[str]:
    """Every quote the rule pack itself carries, checked against the guide: what is wrong with
    each."""
    quotes = [(r.id, q) for r in pack.rules for q in r.guide]
    headings = {_norm(q.section) for _, q in quotes}
    lines = {_norm(line) for line in guide_lines}
    whole = _norm(" ".join(guide_lines))
    bad = []
    for rule_id, q in quotes:
        if _norm(q.section) not in lines:
            bad.append(f"{rule_id}: no heading {q.section!r}")
        elif _norm(q.text) not in whole:
            bad.append(f"{rule_id}: not in the guide: {q.text!r}")
        elif _norm(q.text) not in _section_text(guide_lines, q.section, headings):
            bad.append(f"{rule_id}: not under {q.section!r}")
    return bad


def test_every_quote_is_verbatim_in_its_section(pack: Pack, guide_lines: list[str]) -> None:
    assert sum(len(r.guide) for r in pack.rules) >= 30  # the pack's own quotes, read from rules/
    assert _bad_quotes(pack, guide_lines) == []


def test_a_changed_quote_is_caught(pack: Pack, guide_lines: list[str]) -> None:
    rule = next(r for r in pack.rules if r.id == "GC102")

    def swap(**change: str) -> Pack:
        quote = replace(rule.guide[0], **change)
        return replace(
            pack, rules=tuple(replace(r, guide=[quote]) if r is rule else r for r in pack.rules)
        )

    text = rule.guide[0].text.replace("guidance notes", "guidance")
    assert _bad_quotes(swap(text=text), guide_lines) == [f"GC102: not in the guide: {text!r}"]
    assert _bad_quotes(swap(section="Foreword"), guide_lines) == ["GC102: not under 'Foreword'"]
