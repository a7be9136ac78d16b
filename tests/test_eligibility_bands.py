"""Pack 2: proportionate eligibility in every band, limits relative to another fact,
and the accepted fields that now feed rules or the report (award.min, reporting.evidence,
support.accessible_formats, procurement.route, public liability insurance)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run, write

TENDER = """name: Befriending Service
funder: Example Council
kind: contract
award: {{max: 450000, min: 100000}}
funding: {{months: {months}}}
eligibility: {{min_annual_income: {income}, public_liability_insurance: 10000000}}
procurement: {{route: open_tender}}
"""


def _scheme(project: Path, text: str, *args: str) -> dict:
    write(project, "s.yaml", text)
    return json.loads(run("check", "s.yaml", "-f", "json", *args, cwd=project).output)["schemes"][0]


@pytest.mark.parametrize(
    "months,income,expect",
    [
        (36, 300000, None),  # £150,000 a year: twice is £300,000, which passes
        (36, 300001, "error"),
        (60, 300000, "error"),  # £90,000 a year: twice is £180,000
        (6, 900000, None),  # an agreement under a year is worth its whole value in that year
        (6, 900001, "error"),
    ],
)
def test_an_income_floor_over_twice_the_yearly_value_is_an_error(
    project: Path, months: int, income: int, expect: str | None
) -> None:
    s = _scheme(project, TENDER.format(months=months, income=income))
    f = {x["rule"]: x for x in s["findings"]}
    assert s["metrics"]["award.per_year"] == 450000 / max(1, months / 12)
    assert (f["GC503"]["severity"] if "GC503" in f else None) == expect
    if expect:
        assert f["GC503"]["threshold"] == 2 * s["metrics"]["award.per_year"]
        assert "(twice the yearly value of the largest award)" in f["GC503"]["message"]
        assert f["GC503"]["basis"] == "law" and f["GC503"]["basis_text"].startswith(
            "the law (Procurement Act 2023, s.22"
        )


def test_the_yearly_value_of_an_agreement_of_unknown_length_is_said(project: Path) -> None:
    s = _scheme(project, TENDER.replace("funding: {{months: {months}}}\n", "").format(income=1))
    assert s["metrics"]["award.per_year"] == 450000
    assert any("agreement length not stated" in n for n in s["notes"])


def test_accepted_fields_feed_the_report(project: Path) -> None:
    text = (
        TENDER.format(months=36, income=1)
        + "application: {support: {pre_application: true, accessible_formats: true}}\n"
        "reporting: {frequency: annual, evidence: [receipts, photos], template_provided: false}\n"
    )
    write(project, "s.yaml", text)
    out = " ".join(run("check", "s.yaml", cwd=project).output.split())
    for wanted in (
        "£100,000 to £450,000 (about £150,000 a year)",
        "Help to apply offered; other formats and languages on request",
        "evidence asked for: receipts, photos",
        "no template is given",
        "Procurement open tender",
    ):
        assert wanted in out, wanted
    s = _scheme(project, text)
    m = s["metrics"]
    assert (m["award.min"], m["reporting.evidence"], m["procurement.route"]) == (
        100000,
        2,
        "open_tender",
    )
    assert (m["reporting.template_provided"], m["application.support.accessible_formats"]) == (
        False,
        True,
    )
    assert m["eligibility.public_liability_insurance"] == 10000000
    assert {x["rule"] for x in s["findings"]} >= {"GC404"}


def test_small_awards_by_tender_and_heavy_insurance_are_findings(project: Path) -> None:
    text = (
        "name: Fund\nfunder: Council\naward: {max: 5000}\n"
        "eligibility: {public_liability_insurance: 10000001}\nprocurement: {route: "
        "competitive_flexible}\n"
    )
    f = {x["rule"]: x for x in _scheme(project, text)["findings"]}
    assert f["GC507"]["severity"] == "error" and f["GC603"]["severity"] == "warning"
    assert f["GC603"]["basis"] == "guide"


@pytest.mark.parametrize(
    "limit,fragment",
    [
        (
            "{metric: award.per_yer, times: 2}",
            "local/r.yaml:6:21: rule LOCAL1: unknown metric 'award.per_yer'",
        ),
        (
            "{metric: kind, times: 2}",
            "a limit can be a multiple of a number only, but kind is text",
        ),
        ("{micro: {metric: procurement.route}}", "a limit can be a multiple of a number only"),
    ],
)
def test_a_local_relative_limit_must_name_a_number(
    project: Path, limit: str, fragment: str
) -> None:
    write(
        project,
        "local/r.yaml",
        "rules:\n  - id: LOCAL1\n    title: x\n    metric: eligibility.min_annual_income\n"
        f"    check: at_most\n    error: {limit}\n    advice: x\n",
    )
    write(project, "s.yaml", "name: F\nfunder: C\naward: {max: 1000}\n")
    result = run("check", "s.yaml", "--rules", "local", cwd=project)
    assert result.exit_code == 2 and fragment in result.output, result.output


def test_a_local_relative_limit_works(project: Path) -> None:
    write(
        project,
        "local/r.yaml",
        "rules:\n  - id: LOCAL1\n    title: Turnover at most the award\n"
        "    metric: eligibility.min_annual_income\n    check: at_most\n"
        "    warning: {metric: award.per_year, times: 1}\n    advice: x\n",
    )
    text = "name: F\nfunder: C\naward: {max: 1000}\neligibility: {min_annual_income: 1001}\n"
    f = {x["rule"]: x for x in _scheme(project, text, "--rules", "local")["findings"]}
    assert (
        f["LOCAL1"]["threshold"] == 1000
        and "(the yearly value of the largest award)" in f["LOCAL1"]["message"]
    )
    assert "1 × award.per_year" in run("rules", "--rules", str(project / "local")).output
