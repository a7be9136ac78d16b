"""The notes a computation of metrics adds about what it assumed: the scheme's currency (the
guide's pound figures applied unconverted) and the award taken as typical when none is stated.
Split from metrics.py, which puts the facts together (session 20)."""

from __future__ import annotations

from grantcheck.metrics_base import Metric
from grantcheck.scheme import Scheme
from grantcheck.units import pounds


def currency_note(s: Scheme, notes: list[str]) -> None:
    """Amounts are in the scheme's currency (scheme-format.md), and every sum is shown in it;
    but the bands, the limits in money and hourly_cost are the guide's figures in pounds,
    applied to those amounts as they stand: nothing is converted, and the report says so."""
    if s.currency != "GBP":  # first: it bears on every figure in money
        notes.insert(
            0,
            f"amounts are in {s.currency}, the scheme's currency, and shown in it; the bands, "
            "the limits in money and hourly_cost are the guide's figures in pounds, applied to "
            "them as they stand: nothing is converted (state the amounts in GBP for a fair check)",
        )


def typical_note(s: Scheme, out: dict[str, Metric], notes: list[str]) -> None:
    """The assumption behind every share of the award when no typical award is stated: the
    largest is taken, which makes each share its smallest (an estimate prints what it used)."""
    shares = ("application.cost_share", "reporting.cost_share")
    if s.award.typical is None and any(out[n].value is not None for n in shares if n in out):
        notes.append(
            f"typical award not stated, so the largest, {pounds(s.award.max)}, is taken as "
            "typical: when most awards are smaller, applying and reporting cost a larger share "
            "of them (state award.typical)"
        )
