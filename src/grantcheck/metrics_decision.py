"""Decision and reporting facts: time to decide, the gap between agreements, reporting burden."""

from __future__ import annotations

import datetime as dt

from grantcheck.effort import Part, reporting_parts
from grantcheck.metrics_base import Put, rounded
from grantcheck.scheme import Scheme
from grantcheck.units import plural

REPORTS_A_YEAR = {"monthly": 12, "quarterly": 4, "six_monthly": 2, "annual": 1, "none": 0}


def put_deciding(s: Scheme, put: Put, notes: list[str]) -> None:
    """Days to decide (stated, or from the closing and decision dates) and the gap after the
    previous agreement: this agreement's, from the dates, else the usual gap stated."""
    dec, fund, closes = s.decision, s.funding, s.application.closes
    days = (
        dec.days
        if dec.days is not None
        else ((dec.date - closes).days if dec.date and closes else None)
    )
    put("decision.days", days, "decision", "days" if dec.days is not None else "date")
    put("decision.timeline_published", dec.timeline_published, "decision", "timeline_published")
    put("decision.feedback", dec.feedback, "decision", "feedback")
    gap = dated_gap(s)
    usual = fund.renewal.gap_days
    if gap is not None:
        put("funding.gap_days", gap, "funding", "previous_ends")
        # renewal.gap_days is the USUAL gap (scheme-format.md), a fact of the scheme, not of
        # this agreement: the dates, when given, say this one's (the metrics table reads them
        # first), and a usual gap that differs is no contradiction, so both are shown
        if usual is not None and usual != gap:
            notes.append(
                f"gap between agreements worked out from the dates: {plural(gap, 'day')}, from "
                "funding.previous_ends to the later of funding.starts and the decision (the "
                f"usual gap, funding.renewal.gap_days, is {plural(usual, 'day')})"
            )
    else:
        put("funding.gap_days", fund.renewal.gap_days, "funding", "renewal", "gap_days")


def dated_gap(s: Scheme) -> int | None:
    """The days between agreements the dates give: from the end of the previous one to the
    later of the new start and the decision (None when the dates do not give it)."""
    dec, fund, closes = s.decision, s.funding, s.application.closes
    days = (
        dec.days
        if dec.days is not None
        else ((dec.date - closes).days if dec.date and closes else None)
    )
    decided = dec.date or (
        closes + dt.timedelta(days=days) if closes and days is not None else None
    )
    start = max(d for d in (fund.starts, decided) if d) if (fund.starts or decided) else None
    if fund.previous_ends and start:
        return max(0, (start - fund.previous_ends).days - 1)
    return None


def put_reporting(
    s: Scheme,
    a: dict[str, float],
    typical: float,
    put: Put,
    notes: list[str],
) -> tuple[Part, ...]:
    """Reporting frequency, hours and cost against the award; returns the effort parts."""
    rep, months = s.reporting, s.funding.months
    if rep.frequency is None:
        per_year: float | None = None
    elif rep.frequency == "end_only":
        per_year = 1 if months is None or months <= 12 else 12 / months
    else:
        per_year = REPORTS_A_YEAR[rep.frequency]
    # the agreement's length not stated: how many reports it holds is not known, but it holds
    # at least one (rules.md: GC402's unknown is "ignore", so no length is assumed for it)
    unknown_length = months is None and bool(per_year) and rep.frequency != "end_only"
    reports = (
        None
        if per_year is None
        else 0
        if per_year == 0
        else 1.0
        if unknown_length
        else max(1.0, per_year * (months or 12) / 12)
    )
    parts = (
        ()
        if reports is None
        else reporting_parts(a, rep.hours_per_report, rep.measures, reports, months)
    )
    hours = parts[0].hours if parts else None
    # neither the hours of a report nor the measures reported stated: the measures are counted
    # as none, so each figure of the burden is a lower bound ('at least'), never a pass
    counted_none = bool(reports) and rep.hours_per_report is None and rep.measures is None
    if counted_none:
        notes.append(
            "reporting measures not stated, so counted as none (the reporting burden is a "
            "lower bound): state reporting.measures or reporting.hours_per_report"
        )
    lower = counted_none or unknown_length  # one agreement's reporting: at least this
    put("reporting.per_year", rounded(per_year), "reporting", "frequency")
    put(
        "reporting.hours_per_year",
        rounded(None if per_year is None or hours is None else per_year * hours),
        "reporting",
        "frequency",
        lower=counted_none,
    )
    put("reporting.measures", rep.measures, "reporting", "measures")
    put(
        "reporting.evidence",
        None if rep.evidence is None else len(rep.evidence),
        "reporting",
        "evidence",
    )
    put("reporting.template_provided", rep.template_provided, "reporting", "template_provided")
    on_one = parts[1].hours if parts else None
    share = None if on_one is None else on_one * a["hourly_cost"] / typical
    if unknown_length:
        notes.append(
            "agreement length not stated: reporting on one agreement is counted as one report, "
            "a lower bound (state funding.months)"
        )
    put(
        "reporting.cost_share",
        rounded(share, 4),
        "reporting",
        "frequency",
        lower=lower,
        exact=share,
    )
    put("reporting.hours_per_agreement", rounded(on_one), "reporting", "frequency", lower=lower)
    over = None if on_one is None else on_one > a["reporting_hours_floor"]
    put(
        "reporting.over_floor",
        None if lower and not over else over,  # a lower bound under the floor: not known
        "reporting",
        "frequency",
    )
    return parts
