"""The portfolio overview says what its figures are: lower bounds stay "at least" in every
format, unknown findings are not counted as failures, and the assumptions behind the totals are
printed (trial-s4 items 4, 5 and 6)."""

from __future__ import annotations

import json
from pathlib import Path

from grantcheck.pipeline_scheme import check_text
from grantcheck.policy import Policy
from grantcheck.portfolio import as_json, build, row_of
from grantcheck.reporters.overview import render_markdown, render_text
from grantcheck.reporters.overview_html import render

# Questions but no word limit: the hours (and so the costs) are lower bounds.
PART = """name: Part Fund
funder: Test Council
id: part
award:
  max: 1000
  expected_applications: 50
  total: 20000
application:
  window_days: 42
  guidance:
    pages: 2
  form:
    questions: 10
"""
WHOLE = (
    PART.replace("Part", "Whole")
    .replace("part", "whole")
    .replace("questions: 10", "questions: 10\n    word_limit: 500\n    attachments: []")
)


def _rows(policy: Policy, *texts: str) -> list:  # type: ignore[type-arg]
    rules = {r.id: r for r in policy.pack.rules}
    rows = []
    for i, text in enumerate(texts):
        results, errors = check_text(text, f"s{i}.yaml", Path(f"s{i}.yaml"), policy)
        assert not errors, errors
        rows += [row_of(s, rules) for s in results]
    return rows


def test_lower_bounds_say_at_least_in_rows_totals_and_json(policy: Policy) -> None:
    rows = _rows(policy, PART, WHOLE)
    part = next(r for r in rows if r.id == "part")
    assert {"application.hours", "sector.cost"} <= part.lower
    p = build(rows, {})
    text = " ".join(render_text(p).split())
    assert "at least" in text.split("Part Fund")[1].split("Whole Fund")[0]
    assert "applicants spend at least" in text
    assert "known in full for 1 of the 2 schemes and in part for 1" in text
    md = "\n".join(render_markdown(p))
    part_line = next(line for line in md.splitlines() if "Part Fund" in line)
    assert part_line.count("at least") == 3  # hours, cost share, sector cost
    html = render(p, {r.id: r for r in policy.pack.rules})
    assert "at least" in html.split("Part Fund")[1]
    data = {s["id"]: s for s in as_json(p)["schemes"]}
    assert data["part"]["lower_bounds"] == [
        "application_cost_share",
        "application_hours",
        "sector_cost",
    ]
    assert data["whole"]["lower_bounds"] == []
    assert as_json(p)["sector_cost_lower_bounds"] == 1
    json.dumps(as_json(p))


def test_hours_not_known_is_said_so(policy: Policy) -> None:
    vague = PART.replace("  form:\n    questions: 10\n", "").replace("Part Fund", "Vague Fund")
    rows = _rows(policy, vague, WHOLE)
    assert rows[0].application_hours is None
    p = build(rows, {})
    text = " ".join(render_text(p).split())
    assert "not stated to apply" not in text and "hours to apply not known" in text
    md = "\n".join(render_markdown(p)).splitlines()
    head = [c.strip() for c in next(line for line in md if "hours to apply" in line).split("|")]
    cells = [c.strip() for c in next(line for line in md if "Vague Fund" in line).split("|")]
    assert cells[head.index("hours to apply")] == "not known"


def test_rules_that_cannot_be_checked_are_not_counted_as_failing(policy: Policy) -> None:
    rows = _rows(policy, PART, WHOLE)
    unknown = {f for r in rows for f in r.unknowns}
    assert "GC701" in unknown  # neither says whether an LIO helped: not known, not a failure
    p = build(rows, {"GC701": "An LIO helped design the scheme"})
    assert "GC701" not in {c.rule for c in p.common_problems}
    assert [c.schemes for c in p.common_unknowns if c.rule == "GC701"] == [("whole", "part")]
    text = " ".join(render_text(p).split())
    assert "GC701 An LIO helped design the scheme: not met" not in text
    assert "GC701 An LIO helped design the scheme: not known in 2 of 2 schemes: whole" in text
    md = "\n".join(render_markdown(p))
    assert "### Not known in two or more schemes" in md and "not known in 2 of 2" in md
    assert "not known in 2 of 2" in render(p, {})
    data = as_json(p)
    assert "GC701" not in [c["rule"] for c in data["common_problems"]]
    assert {
        "rule": "GC701",
        "title": "An LIO helped design the scheme",
        "count": 2,
        "schemes": ["whole", "part"],
    } in data["common_unknowns"]


def test_the_overview_states_the_assumptions_behind_its_estimates(policy: Policy) -> None:
    from grantcheck.reporters import json_report
    from grantcheck.reporters.markdown import render as render_md

    rows = _rows(policy, PART, WHOLE)
    p = build(rows, {}, policy.pack.assumed)
    hourly = next(a for a in policy.pack.assumed if a.name == "hourly_cost")
    text = " ".join(render_text(p).split())
    assert "Assumptions behind these hours and pounds:" in text
    # in words, as the label says it (trial16: a council's report gave config keys)
    said = f"{hourly.label}: £{hourly.value:g}"
    assert said in text
    assert text.count(hourly.label) == 1  # once, not per scheme
    assert said in "\n".join(render_markdown(p))
    assert said.replace("'", "&#x27;") in render(p, {})
    assert as_json(p)["assumptions"]["hourly_cost"] == hourly.value
    # the whole reports pass them on, --portfolio-only included
    results = []
    for i, t in enumerate((PART, WHOLE)):
        results += check_text(t, f"s{i}.yaml", Path(f"s{i}.yaml"), policy)[0]
    from grantcheck.findings import Report

    report = Report(tuple(results), ())
    rules = {r.id: r for r in policy.pack.rules}
    assert said in render_md(report, rules, "0", "check", portfolio_only=True)
    data = json.loads(json_report.render(report, "0"))
    assert data["portfolio"]["assumptions"]["hourly_cost"] == hourly.value
