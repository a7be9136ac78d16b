"""Metrics: every derived fact, computed by hand for small schemes."""

from __future__ import annotations

from typing import Any

import pytest

from grantcheck.guidance import DocumentMeasure, GuidanceMeasure
from grantcheck.metrics import compute
from grantcheck.parsing import parse
from grantcheck.readability import TextMeasure
from grantcheck.rulepack import Pack
from grantcheck.scheme import Scheme

BASE: dict[str, Any] = {"name": "T", "funder": "C", "award": {"max": 1000}}


def metrics(
    pack: Pack, text: TextMeasure | GuidanceMeasure | None = None, **sections: Any
) -> dict[str, Any]:
    scheme = parse(Scheme, {**BASE, **sections})
    a = {n: x.value for n, x in pack.assumptions.items()}
    if isinstance(text, TextMeasure):
        text = GuidanceMeasure((DocumentMeasure("guide.md", None, text),), text)
    return {
        k: m.value for k, m in compute(scheme, pack.bands, a, text, pack.vocabulary).metrics.items()
    }


FULL = dict(
    award={
        "max": 1000,
        "typical": 800,
        "total": 40000,
        "expected_awards": 20,
        "expected_applications": 100,
    },
    application={
        "opens": "2025-03-03",
        "closes": "2025-03-31",
        "stages": 2,
        "guidance": {"pages": 4},
        "form": {"questions": 6, "word_limit": 600, "attachments": ["a", "b"]},
    },
    decision={"date": "2025-05-12"},
    funding={"months": 12, "starts": "2025-06-01", "previous_ends": "2025-04-30"},
    reporting={"frequency": "quarterly", "measures": 4},
)


def _dated(sections: dict[str, Any]) -> dict[str, Any]:
    """Scheme dates as YAML gives them (date objects), since models are strict."""
    import datetime as dt

    def conv(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: conv(x) for k, x in v.items()}
        if isinstance(v, str) and len(v) == 10 and v[4] == "-":
            return dt.date.fromisoformat(v)
        return v

    return conv(sections)


def test_effort_and_cost_by_hand(pack: Pack) -> None:
    m = metrics(pack, **_dated(FULL))
    # reading 2,000 words at 238 a minute, twice = 0.2801 h; writing 600/300 = 2 h;
    # 6 questions x 10 min = 1 h; 2 unrecognised attachments = 2 h; expression of interest 2 h
    assert m["application.hours"] == 7.28
    assert m["application.cost"] == 145.6
    assert m["application.cost_share"] == pytest.approx(145.6022 / 800, abs=1e-4)
    # all 100 read the guidance and write the expression of interest (2.2801 h each);
    # 20 awards x 2 = 40 are invited to the form (5 h each): 428.01 h x £20
    assert m["sector.cost"] == 8560.22
    assert m["sector.cost_share"] == 0.214
    assert m["success_rate"] == 0.2
    assert m["guidance.reading_minutes"] == 8


def test_dates_become_days(pack: Pack) -> None:
    m = metrics(pack, **_dated(FULL))
    assert m["application.window_days"] == 28
    assert m["decision.days"] == 42
    assert m["funding.gap_days"] == 31  # 1 May to 31 May unfunded
    assert m["funding.replaces_earlier"] is True


def test_late_decision_widens_the_gap(pack: Pack) -> None:
    m = metrics(
        pack,
        **_dated(
            {
                "application": {"closes": "2025-04-01"},
                "decision": {"date": "2025-05-12"},
                "funding": {"starts": "2025-05-01", "previous_ends": "2025-04-30"},
            }
        ),
    )
    assert m["funding.gap_days"] == 11


def test_stated_gap_is_used_without_dates(pack: Pack) -> None:
    assert metrics(pack, funding={"renewal": {"gap_days": 60}})["funding.gap_days"] == 60


def test_reporting(pack: Pack) -> None:
    m = metrics(pack, **_dated(FULL))
    assert m["reporting.per_year"] == 4
    assert m["reporting.hours_per_year"] == 12  # (1 + 4 x 0.5) hours x 4
    assert m["reporting.cost_share"] == 0.3  # 4 reports x 3 h x £20 / £800
    end_only = metrics(
        pack, funding={"months": 36}, reporting={"frequency": "end_only", "hours_per_report": 5}
    )
    assert end_only["reporting.per_year"] == 0.33
    assert end_only["reporting.cost_share"] == 0.1  # one report of 5 h x £20 / £1,000
    assert metrics(pack, reporting={"frequency": "none"})["reporting.cost_share"] == 0


@pytest.mark.parametrize(
    "amount,band",
    [(2000, "micro"), (2000.01, "small"), (20000, "small"), (100000, "medium"), (100001, "large")],
)
def test_bands_are_inclusive_upper_limits(pack: Pack, amount: float, band: str) -> None:
    assert metrics(pack, award={"max": amount})["award.band"] == band


def test_eligibility_facts(pack: Pack) -> None:
    assert (
        metrics(pack, eligibility={"legal_forms": ["registered_charity"]})[
            "eligibility.excludes_unregistered"
        ]
        is True
    )
    assert (
        metrics(pack, eligibility={"legal_forms": ["cio", "constituted_group"]})[
            "eligibility.excludes_unregistered"
        ]
        is False
    )
    assert metrics(pack)["eligibility.excludes_unregistered"] is None
    assert metrics(pack, eligibility={"accounts": "audited"})["eligibility.accounts_level"] == 4
    three = metrics(pack, eligibility={"policies_required": ["a", "b", "c"]})
    assert three["eligibility.policies_required"] == 3


def test_overheads(pack: Pack) -> None:
    assert (
        metrics(pack, funding={"full_cost_recovery": True, "overheads_percent_cap": 5})[
            "funding.overheads_percent_cap"
        ]
        == 100
    )
    assert (
        metrics(pack, funding={"full_cost_recovery": False, "overheads_percent_cap": 10})[
            "funding.overheads_percent_cap"
        ]
        == 10
    )
    none = metrics(pack, funding={"full_cost_recovery": False})
    assert none["funding.overheads_percent_cap"] is None


def test_unstated_facts_stay_unknown(pack: Pack) -> None:
    m = metrics(pack)
    for name in (
        "application.window_days",
        "application.hours",
        "application.cost_share",
        "sector.cost",
        "decision.days",
        "funding.months",
        "funding.gap_days",
        "reporting.per_year",
        "guidance.pages",
    ):
        assert m[name] is None, name
    assert m["award.typical"] == 1000  # typical defaults to max


def test_measured_guidance_gives_pages_and_readability(pack: Pack) -> None:
    m = metrics(pack, TextMeasure(words=1190, sentences=60, reading_ease=55.55, grade=9.04))
    assert m["guidance.words"] == 1190
    assert m["guidance.pages"] == 3  # 1,190 words at 500 a page, rounded up
    assert m["guidance.reading_minutes"] == 5
    assert (m["guidance.reading_ease"], m["guidance.grade"]) == (55.5, 9.0)


def test_pdf_pages_count_as_published_and_scanned_pages_are_read_by_the_page(pack: Pack) -> None:
    text = TextMeasure(words=600, sentences=30, reading_ease=60, grade=8)
    g = GuidanceMeasure(
        (
            DocumentMeasure("a.pdf", 7, text),
            DocumentMeasure("scan.pdf", 2, None, "not measurable"),
            DocumentMeasure("b.md", None, TextMeasure(1001, 50, 70, 6)),
        ),
        TextMeasure(1601, 80, 65, 7),
    )
    m = metrics(pack, g)
    assert (
        m["guidance.pages"] == 7 + 2 + 3
    )  # PDF pages as published; 1,001 words is 3 pages at 500 a page
    assert m["guidance.words"] == 1601
    assert m["guidance.reading_minutes"] == round((1601 + 2 * 500) / 238)
