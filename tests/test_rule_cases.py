"""Every rule against the cases in rule_cases.yaml (transcribed from the spec):
a passing and a failing case at each band's boundary, and every condition."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from grantcheck.engine import judge
from grantcheck.rulepack import Pack

CASES = yaml.safe_load((Path(__file__).parent / "rule_cases.yaml").read_text())["cases"]
SPEC_IDS = sorted(
    f"GC{n:03d}"
    for n in (
        2,
        *range(101, 112),
        *range(201, 205),
        *range(301, 308),
        *range(401, 405),
        *range(501, 508),
        601,
        602,
        603,
        *range(701, 706),
    )
)


def _id(case: dict) -> str:
    return f"{case['rule']}-{case['band']}-{case['value']}-{case['expect']}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_rule_case(case: dict, pack: Pack) -> None:
    rule = next(r for r in pack.rules if r.id == case["rule"])
    context = {k: v for k, v in case.items() if k not in ("rule", "band", "value", "expect")}
    values = {"award.band": case["band"], "kind": "grant", **context, rule.metric: case["value"]}
    outcome = judge(rule, values, case["band"])
    expect = case["expect"]
    if expect == "pass":
        assert outcome.status == "passed", outcome
    elif expect == "n/a":
        assert outcome.status == "not_applicable", outcome
    else:
        assert (outcome.status, outcome.severity) == ("finding", expect), outcome


def test_pack_has_exactly_the_spec_rules(pack: Pack) -> None:
    assert sorted(r.id for r in pack.rules) == SPEC_IDS


def test_every_rule_has_cases() -> None:
    covered = {c["rule"] for c in CASES}
    assert set(SPEC_IDS) <= covered, sorted(set(SPEC_IDS) - covered)


def test_every_threshold_rule_has_a_pass_and_a_finding_in_every_band(pack: Pack) -> None:
    """A pass and a fail at each band's edge: every band of every threshold rule that applies
    there."""
    seen: dict[tuple[str, str], set[str]] = {}
    for c in CASES:
        seen.setdefault((c["rule"], c["band"]), set()).add(
            "pass" if c["expect"] == "pass" else "n/a" if c["expect"] == "n/a" else "finding"
        )
    levels = ("error", "warning", "info")
    for rule in pack.rules:
        if rule.check == "flag" or rule.id not in SPEC_IDS:
            continue
        limits = {band: [rule.raw_limit(lv, band) for lv in levels] for band in pack.bands}
        if (
            len({repr(v) for v in limits.values()}) == 1
        ):  # one limit for every band: one band's edge will do
            assert any({"pass", "finding"} <= seen.get((rule.id, b), set()) for b in pack.bands), (
                rule.id
            )
            continue
        for band in pack.bands:
            got = seen.get((rule.id, band), set())
            wanted = {"pass", "finding"} if any(v is not None for v in limits[band]) else {"pass"}
            assert "n/a" in got or wanted <= got, (rule.id, band, got)


def test_bands_match_the_spec(pack: Pack) -> None:
    assert pack.bands == {"micro": 2000, "small": 20000, "medium": 100000, "large": None}
