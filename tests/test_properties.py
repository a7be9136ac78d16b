"""Property tests: arbitrary YAML never crashes the loader; any scheme the model
allows produces every report; and the rules are monotone (the award-size
property is checked exhaustively at the edges of every limit, which a random
search would rarely reach).

Bounded and repeatable in CI (derandomised, a fixed number of examples); set
HYPOTHESIS_PROFILE=deep for a longer, random search."""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grantcheck.engine import evaluate, judge
from grantcheck.findings import SEVERITY_RANK, Report
from grantcheck.load import Document, load_text
from grantcheck.metrics import band_for, compute
from grantcheck.policy import Policy
from grantcheck.reporters import html, json_report, markdown, sarif, text
from grantcheck.rulepack import Pack
from grantcheck.validate import validate

settings.register_profile("ci", max_examples=120, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("deep", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

YAMLISH = st.text(alphabet=st.sampled_from(list("{}[]:,-#&*!|>'\"%@`?<= \n\t\\abknmx019.") + ["\ufeff", "\x00", "é"]),
                  max_size=200)


@given(st.one_of(st.text(max_size=300), YAMLISH))
def test_arbitrary_text_never_crashes_the_loader(source: str) -> None:
    docs, errors = load_text(source, "fuzz.yaml")
    for e in errors:
        assert e.file == "fuzz.yaml" and e.line >= 1 and e.column >= 1 and e.message
    for doc in docs:
        validate(doc)  # returns errors or a scheme; never raises


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def schemes(draw: st.DrawFn, max_award: float | None = None) -> dict[str, Any]:
    """A valid scheme with any mix of stated and unstated facts."""
    top = max_award or draw(st.floats(1, 5_000_000, allow_nan=False))
    award: dict[str, Any] = {"max": top}
    if draw(st.booleans()):
        award["typical"] = draw(st.floats(1, top))
    if draw(st.booleans()):
        award["total"] = top * draw(st.integers(1, 100))
    apps = draw(_maybe(st.integers(0, 500)))
    if apps is not None:
        award["expected_applications"] = apps
        award["expected_awards"] = draw(st.integers(0, apps))
    opens = draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)))
    application: dict[str, Any] = {"opens": opens, "closes": opens + dt.timedelta(days=draw(st.integers(1, 120)))}
    application["stages"] = draw(st.integers(1, 3))
    application["guidance"] = {"pages": draw(st.integers(0, 80))} if draw(st.booleans()) else {}
    application["form"] = {k: v for k, v in {"questions": draw(_maybe(st.integers(0, 100))),
                                             "word_limit": draw(_maybe(st.integers(0, 20000))),
                                             "attachments": draw(_maybe(st.lists(st.text(max_size=20), max_size=12)))}.items()
                           if v is not None}
    scheme = {"name": "Property Fund", "funder": "Council", "kind": draw(st.sampled_from(["grant", "contract"])),
              "area": draw(st.sampled_from(["urban", "rural", "mixed"])), "award": award, "application": application,
              "decision": {"days": draw(st.integers(0, 400)), "feedback": draw(st.booleans())},
              "funding": {"months": draw(st.integers(1, 60)), "ongoing": draw(st.booleans()),
                          "payment": draw(st.sampled_from(["in_advance", "in_arrears", "on_milestones"])),
                          "new_activity_required": draw(st.booleans())},
              "reporting": {"frequency": draw(st.sampled_from(["monthly", "quarterly", "annual", "end_only", "none"])),
                            "measures": draw(st.integers(0, 40))},
              "eligibility": {"accounts": draw(st.sampled_from(["none", "bank_statements", "audited"])),
                              "policies_required": draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=8))},
              "procurement": {"lots": draw(st.integers(1, 10)), "consortium_bids": draw(st.booleans())}}
    if draw(st.booleans()):
        scheme["waivers"] = [{"rule": draw(st.sampled_from(["GC101", "GC301", "GC702"])), "reason": "Because."}]
    return scheme


def _evaluate(data: dict[str, Any], policy: Policy):  # type: ignore[no-untyped-def]
    parsed, errors = validate(Document("p.yaml", 1, data, {}, {}))
    assert parsed is not None, errors
    a = {n: x.value for n, x in policy.pack.assumptions.items()}
    return evaluate(parsed, compute(parsed.scheme, policy.pack.bands, a), policy)


@given(schemes())
def test_any_scheme_gives_every_report(policy: Policy, data: dict[str, Any]) -> None:
    result, errors = _evaluate(data, policy)
    assert errors == []
    report = Report((result,), ())
    rules = {r.id: r for r in policy.pack.rules}
    assert "1 scheme checked" in text.render(report)
    assert json.loads(json_report.render(report, "0"))["schemes"][0]["band"] == result.band
    assert json.loads(sarif.render(report, "0", policy.rules))["version"] == "2.1.0"
    assert markdown.render(report, rules, "0", "grantcheck check p.yaml").startswith("# Proportionality report")
    assert html.render(report, rules, "0", "grantcheck check p.yaml").startswith("<!DOCTYPE html>")


def _rank(policy: Policy, data: dict[str, Any], rule: str) -> int:
    """The severity rank of one rule's finding (3 when there is none)."""
    result, _ = _evaluate(data, policy)
    return min((SEVERITY_RANK[f.severity] for f in result.findings if f.rule == rule and not f.unknown), default=3)


@given(schemes(), st.integers(1, 60))
def test_a_longer_window_never_adds_a_window_finding(policy: Policy, data: dict[str, Any], extra: int) -> None:
    app = data["application"]
    longer = dict(data, application=dict(app, closes=app["closes"] + dt.timedelta(days=extra)))
    assert _rank(policy, longer, "GC101") >= _rank(policy, data, "GC101")


@given(schemes(), st.integers(0, 50))
def test_more_guidance_pages_never_remove_a_guidance_finding(policy: Policy, data: dict[str, Any], extra: int) -> None:
    app = data["application"]
    pages = app["guidance"].get("pages", 0)
    fewer = dict(data, application=dict(app, guidance={"pages": pages}))
    more = dict(data, application=dict(app, guidance={"pages": pages + extra}))
    assert _rank(policy, more, "GC102") <= _rank(policy, fewer, "GC102")


@given(schemes(), st.integers(0, 300))
def test_a_later_decision_never_removes_a_decision_finding(policy: Policy, data: dict[str, Any], extra: int) -> None:
    later = dict(data, decision=dict(data["decision"], days=data["decision"]["days"] + extra))
    assert _rank(policy, later, "GC201") <= _rank(policy, data, "GC201")


PRODUCE = {  # rules limiting what applicants must produce: a larger award may only loosen them
    "GC102": "guidance.pages", "GC106": "application.form.word_limit", "GC107": "application.form.questions",
    "GC108": "application.form.attachments", "GC401": "reporting.per_year", "GC403": "reporting.measures",
    "GC505": "eligibility.accounts_level", "GC506": "eligibility.policies",
}


BANDS = ["micro", "small", "medium", "large"]


def _edges(rule) -> list[float]:  # type: ignore[no-untyped-def]
    """Every limit of the rule, and just either side of it: where a tightening would show."""
    limits = {v for level in ("warning", "error", "info") for band in BANDS
              if (v := rule.limit(level, band)) is not None}
    return sorted({0.0, 1e9, *(x + d for x in limits for d in (-0.5, 0.0, 0.5))})


@pytest.mark.parametrize("rule_id", sorted(PRODUCE))
def test_a_larger_award_never_tightens_what_applicants_must_produce(pack: Pack, rule_id: str) -> None:
    """Exhaustive rather than random: every pair of bands, every value at the edges of every limit."""
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
