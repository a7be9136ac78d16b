"""``explain`` of a rule on a fact only measured from the documents (trial21 D14): GC111 and
GC002 said "If the scheme does not state it, nothing is reported", telling a reader to state
a rate (or a count of contradictions) that no scheme key can hold."""

from __future__ import annotations

from conftest import run


def test_a_measured_only_rule_says_when_it_reports_nothing() -> None:
    for rule in ("GC111", "GC002"):
        shown = " ".join(run("explain", rule).stdout.split())
        assert "When the scheme names no documents, nothing is reported." in shown, rule
        assert "If the scheme does not state it" not in shown, rule


def test_a_stated_fact_keeps_its_wording() -> None:
    shown = " ".join(run("explain", "GC101").stdout.split())
    assert "If the scheme does not state it" in shown
