"""Metrics: the facts rules are written against, computed from a scheme.

Pure functions of the scheme, the bands, the effort assumptions and any measured
guidance text. Each metric keeps the key path it comes from, so a finding can
point at the line to change. ``None`` means the scheme does not state the fact.

This module puts the facts together in order; each kind of fact is worked out in its own
module: metrics_application (form, guidance, effort), metrics_funding (money),
metrics_decision (decision and reporting), metrics_notes (what it assumed). Their shared
pieces are in metrics_base and the catalogue of names, labels and units in metrics_catalogue.
"""

from __future__ import annotations

from typing import Any

from grantcheck.effort import Effort, Part
from grantcheck.effort_inputs import Vocabulary
from grantcheck.frozen import frozen_dataclass
from grantcheck.guidance import GuidanceMeasure
from grantcheck.measured_meeting import Measured
from grantcheck.metrics_application import (
    cost_path,
    estimate_effort,
    put_application,
    put_documents,
    put_unlimited,
    sector_notes,
    unscored,
)
from grantcheck.metrics_base import Metric, Put, Value, ratio, rounded
from grantcheck.metrics_catalogue import COST, REPORTING, SECTOR
from grantcheck.metrics_catalogue import METRICS as METRICS  # the reporters import it from here
from grantcheck.metrics_decision import put_deciding, put_reporting
from grantcheck.metrics_funding import award_per_year, put_notice, put_overheads
from grantcheck.metrics_notes import currency_note, typical_note
from grantcheck.scheme import Scheme

ACCOUNTS_LEVEL = {
    "none": 0,
    "bank_statements": 1,
    "unaudited": 2,
    "independent_examination": 3,
    "audited": 4,
}
UNREGISTERED = {"constituted_group", "unconstituted_group"}


def band_for(amount: float, bands: dict[str, float | None]) -> str:
    """The first band whose upper limit (inclusive) covers ``amount``; bands are in order."""
    for name, limit in bands.items():
        if limit is None or amount <= limit:
            return name
    return list(bands)[-1]


@frozen_dataclass
class Computed:
    """Metrics by name, and the effort breakdown behind the estimates."""

    metrics: dict[str, Metric]
    effort: Effort
    notes: tuple[str, ...]
    reporting: tuple[Part, ...] = ()
    details: tuple[
        tuple[str, str], ...
    ] = ()  # (metric, words added to its finding): GC002's evidence
    unknown: tuple[tuple[str, str], ...] = ()  # (metric, why it is not known): never a pass
    measured: tuple[tuple[str, Any], ...] = ()  # (metric, its measurement as data): evidence
    # (metric, count, words) for a rate per 1,000 words: a rule's min_words judges the count
    # over at least that many words (policy), from the plain rate's own parts
    rates: tuple[tuple[str, int, int], ...] = ()
    # each measured fact with its value and evidence, and what could not be measured: facts,
    # reported apart from the assumptions and ``notes``
    measured_notes: tuple[str, ...] = ()
    # (metric, where, words, evidence): a finding of the metric's rule made once for each, at
    # its own place (GC002: each disagreement on the stated value it contradicts)
    apart: tuple[tuple[str, tuple[str | int, ...], str, Any], ...] = ()
    # (metric, what its lower bound counts as none): a finding names it, never "not enough"
    left_out: tuple[tuple[str, str], ...] = ()


def compute(
    s: Scheme,
    bands: dict[str, float | None],
    a: dict[str, float],
    guidance: GuidanceMeasure | None = None,
    vocab: Vocabulary = Vocabulary((), ()),
    measured: Measured | None = None,
) -> Computed:
    """Every metric for one scheme (``s`` already carries any measured facts: see measured.py)."""
    out: dict[str, Metric] = {}
    notes: list[str] = []  # how figures were worked out; the measured facts are apart
    moved = measured.paths if measured else {}

    def put(
        name: str,
        value: Value,
        *path: str | int,
        lower: bool = False,
        exact: float | None = None,
    ) -> None:
        out[name] = Metric(name, value, moved.get(name, tuple(path)), lower, exact)

    fund = s.funding
    typical = s.award.typical or s.award.max
    put("kind", s.kind, "kind")
    put("area", s.area, "area")
    put("award.band", band_for(s.award.max, bands), "award", "max")
    put("award.max", rounded(s.award.max), "award", "max")
    put("award.typical", rounded(typical), "award", "typical" if s.award.typical else "max")
    put("award.min", rounded(s.award.min), "award", "min")
    put("award.per_year", rounded(award_per_year(s, notes)), "award", "max")
    put("award.total", rounded(s.award.total), "award", "total")
    put("award.expected_awards", s.award.expected_awards, "award", "expected_awards")
    put(
        "award.expected_applications",
        s.award.expected_applications,
        "award",
        "expected_applications",
    )
    effort = estimate_effort(s, a, guidance, vocab, measured)
    put_documents(measured, put)
    put_application(s, a, guidance, effort, put, notes)
    details = put_unlimited(measured, a, out, put)
    cost = None if effort.total is None else effort.total * a["hourly_cost"]
    lower = not effort.complete
    where = cost_path(s)
    put("application.cost", rounded(cost), *where, lower=lower)
    share = ratio(cost, typical)
    put("application.cost_share", rounded(share, 4), *where, lower=lower, exact=share)
    apps = s.award.expected_applications
    hours, sector_lower = effort.sector_hours()
    sector = None if hours is None else hours * a["hourly_cost"]
    put("sector.cost", rounded(sector), "award", "expected_applications", lower=sector_lower)
    share = ratio(sector, s.award.total)
    put(
        "sector.cost_share",
        rounded(share, 4),
        "award",
        "expected_applications",
        lower=sector_lower,
        exact=share,
    )
    sector_notes(s, effort, notes)
    rate = ratio(s.award.expected_awards, apps)
    put("success_rate", rounded(rate, 4), "award", "expected_awards", exact=rate)
    put_deciding(s, put, notes)
    put("funding.months", rounded(fund.months), "funding", "months")
    put("funding.ongoing", fund.ongoing, "funding", "ongoing")
    details += put_notice(s, put, notes)
    put("funding.inflation_uplift", fund.inflation_uplift, "funding", "inflation_uplift")
    put_overheads(s, put)
    put(
        "funding.new_activity_required",
        fund.new_activity_required,
        "funding",
        "new_activity_required",
    )
    put("funding.payment", fund.payment, "funding", "payment")
    put("funding.payment_days", fund.payment_days, "funding", "payment_days")
    put("funding.replaces_earlier", fund.previous_ends is not None, "funding", "previous_ends")
    reporting = put_reporting(s, a, typical, put, notes)
    currency_note(s, notes)
    typical_note(s, out, notes)
    _organisation(s, put)
    put("eligibility.accounts_asked", _hardest(out, measured), "eligibility", "accounts")
    for name, bound in (measured.lower if measured else {}).items():
        # a form read in part: its other stages, plus what its readable documents ask
        was = out[name]
        out[name] = Metric(name, (was.value or 0) + bound, was.path, True)  # type: ignore[operator]
    for name in measured.at_least if measured else ():
        # read from documents beside one that could not be read: it may ask for more
        was = out[name]
        out[name] = Metric(name, was.value, was.path, was.value is not None)
    unknown = {**(measured.unknown if measured else {}), **unscored(guidance)}
    details += measured.details if measured else []
    facts = tuple(measured.facts.items()) if measured else ()
    rates = (
        (("documents.jargon_per_1000_words", measured.jargon_terms, measured.jargon_words),)
        if measured and measured.jargon_words and measured.jargon_per_1000_words is not None
        else ()
    )
    return Computed(
        out,
        effort,
        tuple(notes),
        reporting,
        tuple(details),
        tuple(unknown.items()),
        facts,
        rates,
        tuple(measured.notes) if measured else (),
        tuple(("documents.disagreements", *part) for part in measured.apart) if measured else (),
        _left_out(out, effort),
    )


def _left_out(out: dict[str, Metric], effort: Effort) -> tuple[tuple[str, str], ...]:
    """What each lower bound counts as none, in words: the parts of the application not stated
    ('reading the guidance and writing answers'), the applicants at a stage, the measures to
    report."""
    from grantcheck.measured_evidence import join_and

    parts = [m[:1].lower() + m[1:] for m in effort.missing]
    sector = parts + ["how many applicants reach each stage"] * (None in effort.payers)
    said = {m: join_and(parts) for m in COST if parts and out[m].lower}
    said |= {m: join_and(sector) for m in SECTOR if sector}
    # inside the finding's own brackets: a colon, not brackets within brackets
    measures = "the measures to report: reporting.measures or reporting.hours_per_report"
    said |= {m: measures for m in REPORTING if out[m].lower}
    return tuple((m, words) for m, words in said.items() if out[m].lower)


def _hardest(out: dict[str, Metric], measured: Measured | None) -> Value:
    """The accounts level the most demanding document asks for (its rank, as the level the
    rules read): when the documents disagree it is above the easiest they accept."""
    fact = measured.facts.get("eligibility.accounts_level") if measured else None
    hardest = fact.get("hardest") if isinstance(fact, dict) else None
    return ACCOUNTS_LEVEL.get(hardest or "", out["eligibility.accounts_level"].value)


def _organisation(s: Scheme, put: Put) -> None:
    """Who may apply, how it is bought and how the sector was engaged."""
    elig = s.eligibility
    put(
        "eligibility.excludes_unregistered",
        None if elig.legal_forms is None else not UNREGISTERED.intersection(elig.legal_forms),
        "eligibility",
        "legal_forms",
    )
    put(
        "eligibility.min_years_operating",
        rounded(elig.min_years_operating),
        "eligibility",
        "min_years_operating",
    )
    put(
        "eligibility.min_annual_income",
        rounded(elig.min_annual_income),
        "eligibility",
        "min_annual_income",
    )
    put(
        "eligibility.match_funding_percent",
        rounded(elig.match_funding_percent),
        "eligibility",
        "match_funding_percent",
    )
    put(
        "eligibility.accounts_level",
        ACCOUNTS_LEVEL.get(elig.accounts or ""),
        "eligibility",
        "accounts",
    )
    put(
        "eligibility.policies_required",
        None if elig.policies_required is None else len(elig.policies_required),
        "eligibility",
        "policies_required",
    )
    put("procurement.lots", s.procurement.lots, "procurement", "lots")
    put(
        "procurement.consortium_bids",
        s.procurement.consortium_bids,
        "procurement",
        "consortium_bids",
    )
    put("procurement.route", s.procurement.route, "procurement", "route")
    put(
        "eligibility.public_liability_insurance",
        rounded(elig.public_liability_insurance),
        "eligibility",
        "public_liability_insurance",
    )
    for key in (
        "lio_involved",
        "codesigned",
        "rural_proofed",
        "change_notice_days",
        "informal_soundings",
    ):
        put(f"engagement.{key}", getattr(s.engagement, key), "engagement", key)
