"""Money and funding facts: the award's yearly value, renewal notice and overheads."""

from __future__ import annotations

from grantcheck.metrics_base import Put, rounded
from grantcheck.scheme import Scheme
from grantcheck.units import plural


def award_per_year(s: Scheme, notes: list[str]) -> float:
    """``award.max`` (the whole agreement) a year: over the agreement's years, at least one.

    An agreement of a year or less is worth its whole value in that year. When its
    length is not stated it is taken as one year, and the report says so where the
    yearly value is used (an income floor).
    """
    months = s.funding.months
    if months is None and s.eligibility.min_annual_income is not None:
        notes.append(
            "agreement length not stated: the award's yearly value taken as the whole award"
        )
    return s.award.max / max(1.0, (months or 12) / 12)


def put_notice(s: Scheme, put: Put, notes: list[str]) -> list[tuple[str, str]]:
    """Renewal notice as stated, else the days from the decision to the end of the previous
    agreement (none when the decision comes after it ends: notice is never negative); returns
    the words GC302's finding adds, saying the figure was worked out from the dates."""
    fund, decided = s.funding, s.decision.date
    if fund.renewal.notice_days is not None or decided is None or fund.previous_ends is None:
        put(
            "funding.renewal.notice_days",
            fund.renewal.notice_days,
            "funding",
            "renewal",
            "notice_days",
        )
        return []
    days = (fund.previous_ends - decided).days
    put("funding.renewal.notice_days", max(0, days), "decision", "date")
    dates = (
        f"worked out from decision.date ({decided}) and funding.previous_ends "
        f"({fund.previous_ends})"
    )
    if days < 0:
        said = (
            f"the decision comes {plural(-days, 'day')} after the previous agreement ends, "
            "so there is no notice at all"
        )
    elif days == 0:
        said = "the decision comes the day the previous agreement ends"
    else:
        said = f"the decision comes {plural(days, 'day')} before the previous agreement ends"
    notes.append(f"renewal notice {dates}: {said}")
    return [("funding.renewal.notice_days", f"The notice was {dates}: {said}.")]


def put_overheads(s: Scheme, put: Put) -> None:
    """100% with full cost recovery; else the cap; else none when core costs are not paid.
    Whether full cost recovery is allowed is a fact of its own: GC304 errs only when it is not
    (rules.md), and paying no running costs at all (``core_costs: false``) rules it out."""
    fund = s.funding
    full = fund.full_cost_recovery
    if full is None and fund.core_costs is False:
        put("funding.full_cost_recovery", False, "funding", "core_costs")
    else:
        put("funding.full_cost_recovery", full, "funding", "full_cost_recovery")
    if fund.full_cost_recovery:
        put("funding.overheads_percent_cap", 100, "funding", "full_cost_recovery")
    elif fund.overheads_percent_cap is not None:
        put(
            "funding.overheads_percent_cap",
            rounded(fund.overheads_percent_cap),
            "funding",
            "overheads_percent_cap",
        )
    elif fund.core_costs is False:
        put("funding.overheads_percent_cap", 0, "funding", "core_costs")
    else:
        put("funding.overheads_percent_cap", None, "funding", "overheads_percent_cap")
