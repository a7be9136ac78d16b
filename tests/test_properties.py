"""Property tests: arbitrary YAML never crashes the loader; any scheme the model
allows produces every report; and the rules are monotone (the award-size
property is checked exhaustively at the edges of every limit, which a random
search would rarely reach).

Bounded and repeatable in CI (derandomised, a fixed number of examples); set
HYPOTHESIS_PROFILE=deep for a longer, random search."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantcheck.engine import evaluate, judge
from grantcheck.findings import SEVERITY_RANK, Report
from grantcheck.load import Document, load_text
from grantcheck.metrics import band_for, compute
from grantcheck.policy import Policy
from grantcheck.reporters import html, json_report, markdown, sarif, text
from grantcheck.rulepack import Pack
from grantcheck.validate import validate
from strategies import YAMLISH, schemes


@given(st.one_of(st.text(max_size=300), YAMLISH))
def test_arbitrary_text_never_crashes_the_loader(source: str) -> None:
    docs, errors = load_text(source, "fuzz.yaml")
    for e in errors:
        assert e.file == "fuzz.yaml" and e.line >= 1 and e.column >= 1 and e.message
    for doc in docs:
        validate(doc)  # returns errors or a scheme; never raises


def _evaluate(data: dict[str, Any], policy: Policy):  # type: ignore[no-untyped-def]
    parsed, errors = validate(Document("p.yaml", 1, data, {}, {}))
    assert parsed is not None, errors
    a = {n: x.value for n, x in policy.pack.assumptions.items()}
    return evaluate(parsed, compute(parsed.scheme, policy.pack.bands, a), policy)


@pytest.mark.slow  # a property sweep of many schemes
@given(schemes())
def test_any_scheme_gives_every_report(policy: Policy, data: dict[str, Any]) -> None:
    result, errors = _evaluate(data, policy)
    assert errors == []
    report = Report((result,), ())
    rules = {r.id: r for r in policy.pack.rules}
    assert "1 scheme checked" in text.render(report)
    assert json.loads(json_report.render(report, "0"))["schemes"][0]["band"] == result.band
    assert json.loads(sarif.render(report, "0", policy.rules))["version"] == "2.1.0"
    assert markdown.render(report, rules, "0", "grantcheck check p.yaml").startswith(
        "# Proportionality report"
    )
    assert html.render(report, rules, "0", "grantcheck check p.yaml").startswith("<!DOCTYPE html>")


def _rank(policy: Policy, data: dict[str, Any], rule: str) -> int:
    """The severity rank of one rule's finding (3 when there is none)."""
    result, _ = _evaluate(data, policy)
    return min(
        (SEVERITY_RANK[f.severity] for f in result.findings if f.rule == rule and not f.unknown),
        default=3,
    )


@pytest.mark.slow  # a property sweep of many schemes
@given(schemes(), st.integers(1, 60))
def test_a_longer_window_never_adds_a_window_finding(
    policy: Policy, data: dict[str, Any], extra: int
) -> None:
    app = data["application"]
    longer = dict(data, application=dict(app, closes=app["closes"] + dt.timedelta(days=extra)))
    assert _rank(policy, longer, "GC101") >= _rank(policy, data, "GC101")


@pytest.mark.slow  # a property sweep of many schemes
@given(schemes(), st.integers(0, 50))
def test_more_guidance_pages_never_remove_a_guidance_finding(
    policy: Policy, data: dict[str, Any], extra: int
) -> None:
    app = data["application"]
    pages = app["guidance"].get("pages", 0)
    fewer = dict(data, application=dict(app, guidance={"pages": pages}))
    more = dict(data, application=dict(app, guidance={"pages": pages + extra}))
    assert _rank(policy, more, "GC102") <= _rank(policy, fewer, "GC102")


@pytest.mark.slow  # a property sweep of many schemes
@given(schemes(), st.integers(0, 300))
def test_a_later_decision_never_removes_a_decision_finding(
    policy: Policy, data: dict[str, Any], extra: int
) -> None:
    later = dict(data, decision=dict(data["decision"], days=data["decision"]["days"] + extra))
    assert _rank(policy, later, "GC201") <= _rank(policy, data, "GC201")


PRODUCE = {  # rules limiting what applicants must produce: a larger award may only loosen them
    "GC102": "guidance.pages",
    "GC106": "application.form.word_limit",
    "GC107": "application.form.questions",
    "GC108": "application.form.attachments",
    "GC401": "reporting.per_year",
    "GC403": "reporting.measures",
    "GC505": "eligibility.accounts_level",
    "GC506": "eligibility.policies_required",
}


BANDS = ["micro", "small", "medium", "large"]


def _edges(rule) -> list[float]:  # type: ignore[no-untyped-def]
    """Every limit of the rule, and just either side of it: where a tightening would show."""
    limits = {
        v
        for level in ("warning", "error", "info")
        for band in BANDS
        if (v := rule.limit(level, band)) is not None
    }
    return sorted({0.0, 1e9, *(x + d for x in limits for d in (-0.5, 0.0, 0.5))})


@pytest.mark.parametrize("rule_id", sorted(PRODUCE))
def test_a_larger_award_never_tightens_what_applicants_must_produce(
    pack: Pack, rule_id: str
) -> None:
    """Exhaustive rather than random: every pair of bands, every value at the edges of every
    limit."""
    rule = next(r for r in pack.rules if r.id == rule_id)
    assert rule.metric == PRODUCE[rule_id]

    def rank(band: str, value: float) -> int:
        outcome = judge(rule, {"award.band": band, rule.metric: value}, band)
        return SEVERITY_RANK.get(outcome.severity or "", 3) if outcome.status == "finding" else 3

    for i, lower in enumerate(BANDS):
        for higher in BANDS[i:]:
            for value in _edges(rule):
                assert rank(higher, value) >= rank(lower, value), (lower, higher, value)


@given(st.floats(0.01, 10_000_000), st.floats(0.01, 10_000_000))
def test_a_larger_award_never_falls_in_a_lower_band(pack: Pack, a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert BANDS.index(band_for(high, pack.bands)) >= BANDS.index(band_for(low, pack.bands))
