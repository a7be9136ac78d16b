"""What a portfolio overview is made of (portfolio.md): one small ``Row`` a scheme, the
figures it compares (``Measure``), the problems and repeated IDs it finds, and the
``Portfolio`` that portfolio.py builds from the rows and the reporters render.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from grantcheck.findings import Assumed


class Measure(NamedTuple):
    """One key measure of a scheme: the metric, the rule checking it, the value, the verdict."""

    metric: str
    rule: str
    value: Any
    status: str  # "passes", "warning", "error", "waived", "not stated", "does not apply", ...
    lower: bool = False  # the value is a lower bound ("at least"): some part of it is not stated
    words: str = ""  # the verdict in words, when the status alone would mislead (status_text)


class Row(NamedTuple):
    """What the overview needs of one scheme (a few hundred bytes)."""

    id: str
    file: str
    name: str
    funder: str
    band: str
    window_days: float | None
    guidance_pages: float | None
    application_hours: float | None
    application_cost_share: float | None
    sector_cost: float | None
    decision_days: float | None
    agreement_months: float | None
    pot: float | None  # award.total, when stated
    errors: int
    warnings: int
    problems: tuple[str, ...]  # rules failing: an error or warning, not waived, not "not known"
    measures: tuple[Measure, ...]
    waived: int = 0  # findings waived (not counted in errors and warnings)
    place: str = ""  # where it is, as findings are located: a file, or a register's row
    line: int = 1  # where its id is stated (for the warning about a repeated id)
    column: int = 1
    lower: frozenset[str] = frozenset()  # metrics whose value is a lower bound ("at least")
    unknowns: tuple[str, ...] = ()  # rules that cannot be checked (the scheme does not say)
    currency: str = "GBP"  # the scheme's, which its sums are in


class Problem(NamedTuple):
    """A rule failing in two or more schemes."""

    rule: str
    title: str
    failing: int  # how many schemes
    schemes: tuple[str, ...]  # scheme IDs, in ranked order


class Repeat(NamedTuple):
    """A scheme ID stated by more than one scheme: counted once, from the last file checked."""

    id: str
    counted: Row
    others: tuple[Row, ...]  # the earlier ones, in the order checked: not in the overview


class Portfolio(NamedTuple):
    """The overview of a run: ranked rows, totals and common problems."""

    schemes: tuple[Row, ...]  # most onerous first; those whose cost share is not known last
    ranked: int  # how many have a known cost share (the rest are not ranked)
    total_sector_cost: float | None  # over the schemes where it is known
    cost_known: int
    total_pot: float | None  # over the schemes that state award.total; None when none do
    pot_known: int
    common_problems: tuple[Problem, ...]
    repeats: tuple[Repeat, ...] = ()  # IDs stated more than once; each scheme counted once
    cost_lower: int = 0  # of cost_known, how many sector costs are lower bounds ("at least")
    common_unknowns: tuple[Problem, ...] = ()  # rules not known in two or more schemes
    assumptions: tuple[Assumed, ...] = ()  # the effort model's, behind every estimated figure
    unchecked: tuple[str, ...] = ()  # inputs not checked (a register's row, a file): not counted
    currency: str = "GBP"  # the schemes' currency, when they share one (else their sums in pounds)
