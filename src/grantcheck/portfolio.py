"""The portfolio: many schemes compared at once (portfolio.md).

A run keeps one small ``Row`` per scheme, never the whole result, so memory stays
flat over thousands of files; ``build`` ranks the rows (most onerous first),
adds up what applicants spend against what is on offer, and finds the rules that
fail in two or more schemes. Pure: reporters render what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from grantcheck.errors import InputError, not_checked, place
from grantcheck.findings import Assumed, SchemeResult
from grantcheck.portfolio_types import Measure, Portfolio, Problem, Repeat, Row

# where a scheme is (errors.place, shared with the reports), and what a portfolio is
__all__ = ["Measure", "Portfolio", "Problem", "Repeat", "Row", "place"]


# The row's figures that can be lower bounds, by metric, with their key in the JSON row.
LOWER = {
    "application.hours": "application_hours",
    "application.cost_share": "application_cost_share",
    "sector.cost": "sector_cost",
}


def _number(value: Any) -> float | None:
    return None if isinstance(value, bool) or not isinstance(value, (int, float)) else value


def row_of(s: SchemeResult, rules: dict[str, Any] | None = None) -> Row:
    """The compact row for one checked scheme; with ``rules`` (the rules in force, by ID), its key
    measures too (only the HTML picture needs them)."""
    from grantcheck.reporters.rows import measure_rows
    from grantcheck.reporters.wording import status_text

    m = s.metrics
    live = [f for f in s.findings if not f.waived]
    flagged = [f for f in live if f.severity in ("error", "warning")]
    # A finding that says the rule cannot be checked is not a failure: it is listed apart
    problems = tuple(dict.fromkeys(f.rule for f in flagged if not f.unknown))
    unknowns = tuple(dict.fromkeys(f.rule for f in flagged if f.unknown))
    measures = tuple(
        Measure(r.metric, r.rule, r.value, r.status, r.lower, status_text(r))
        for r in measure_rows(s, rules or {})
    )
    return Row(
        s.id,
        s.file,
        s.name,
        s.funder,
        s.band,
        _number(m.get("application.window_days")),
        _number(m.get("guidance.pages")),
        _number(m.get("application.hours")),
        _number(m.get("application.cost_share")),
        _number(m.get("sector.cost")),
        _number(m.get("decision.days")),
        _number(m.get("funding.months")),
        _number(m.get("award.total")),
        sum(1 for f in live if f.severity == "error"),
        sum(1 for f in live if f.severity == "warning"),
        problems,
        measures,
        len(s.findings) - len(live),
        place(s.file, s.line),
        s.line,
        s.column,
        frozenset(LOWER) & frozenset(s.lower_bounds),
        unknowns,
        s.facts.get("currency") or "GBP",
    )


def _rank_key(row: Row) -> tuple[Any, ...]:
    share = row.application_cost_share
    return (share is None, -(share or 0.0), -(row.application_hours or 0.0), row.file, row.name)


def _by_line(rows: list[Row]) -> list[Row]:
    """Schemes sharing one file (a YAML file of several documents) named by line as well: the
    line where each states its id, or where its document starts."""
    files: dict[str, int] = {}
    for r in rows:
        files[r.place or r.file] = files.get(r.place or r.file, 0) + 1
    return [
        r._replace(place=f"{r.file}:{r.line}") if files[r.place or r.file] > 1 else r for r in rows
    ]


def once(rows: Iterable[Row]) -> tuple[list[Row], tuple[Repeat, ...]]:
    """Each scheme ID once: versions of one scheme (a draft and a final copy stating the same
    ``id``) would otherwise be added to the totals twice. The last one checked counts (files are
    checked in name order, so ``-final`` follows ``-draft`` and ``v2`` follows ``v1``)."""
    last: dict[str, Row] = {}
    earlier: dict[str, list[Row]] = {}
    for r in rows:
        if r.id in last:
            earlier.setdefault(r.id, []).append(last[r.id])
        last[r.id] = r
    repeats = tuple(Repeat(i, last[i], tuple(others)) for i, others in earlier.items())
    return list(last.values()), repeats


def build(
    rows: Iterable[Row],
    titles: dict[str, str],
    assumed: tuple[Assumed, ...] = (),
    errors: Iterable[InputError] = (),
) -> Portfolio:
    """Rank the rows (each scheme ID once), add up costs and pots, and find the rules failing in
    two or more schemes; ``assumed`` (the run's effort assumptions) is carried to be printed, and
    where ``errors`` left inputs unchecked, to be said beside the totals."""
    rows = list(rows)
    counted, repeats = once(rows)
    ranked = tuple(sorted(_by_line(counted), key=_rank_key))
    costs = [r.sector_cost for r in ranked if r.sector_cost is not None]
    pots = [r.pot for r in ranked if r.pot is not None]
    common = _common(ranked, titles, lambda r: r.problems)
    unknown = _common(ranked, titles, lambda r: r.unknowns)
    currencies = {r.currency for r in ranked}
    return Portfolio(
        ranked,
        sum(1 for r in ranked if r.application_cost_share is not None),
        sum(costs) if costs else None,
        len(costs),
        sum(pots) if pots else None,
        len(pots),
        tuple(common),
        repeats,
        sum(1 for r in ranked if r.sector_cost is not None and "sector.cost" in r.lower),
        unknown,
        assumed,
        not_checked(errors, [(r.file, r.line) for r in rows]),
        currencies.pop() if len(currencies) == 1 else "GBP",
    )


def _common(
    ranked: tuple[Row, ...], titles: dict[str, str], rules_of: Callable[[Row], tuple[str, ...]]
) -> tuple[Problem, ...]:
    """The rules that ``rules_of`` gives for two or more schemes, most schemes first."""
    by_rule: dict[str, list[str]] = {}
    for r in ranked:
        for rule in rules_of(r):
            by_rule.setdefault(rule, []).append(r.id)
    common = [
        Problem(rule, titles.get(rule, rule), len(ids), tuple(ids))
        for rule, ids in by_rule.items()
        if len(ids) >= 2
    ]
    return tuple(sorted(common, key=lambda p: (-p.failing, p.rule)))


def as_json(p: Portfolio) -> dict[str, Any]:
    """The ``portfolio`` object of the JSON report (key names from portfolio.md)."""
    from grantcheck.units import whole

    def num(x: float | None, places: int = 2) -> float | int | None:
        return None if x is None else whole(round(x, places))

    return {
        "schemes": [
            {
                "id": r.id,
                "file": r.file,
                "name": r.name,
                "funder": r.funder,
                "band": r.band,
                "application_cost_share": num(r.application_cost_share, 4),
                "application_hours": num(r.application_hours),
                "sector_cost": num(r.sector_cost),
                "errors": r.errors,
                "warnings": r.warnings,
                "waived": r.waived,
                "location": r.place or r.file,
                "window_days": num(r.window_days),
                "guidance_pages": num(r.guidance_pages),
                "decision_days": num(r.decision_days),
                "agreement_months": num(r.agreement_months),
                "pot": num(r.pot),
                "ranked": r.application_cost_share is not None,
                # which of this row's figures are lower bounds ("at least"), as a scheme's
                # own "lower_bounds" lists its metrics
                "lower_bounds": sorted(LOWER[m] for m in r.lower),
            }
            for r in p.schemes
        ],
        "total_sector_cost": num(p.total_sector_cost),
        # the estimates' assumptions, once for the whole portfolio (as each scheme's own)
        "assumptions": {a.name: whole(a.value) for a in p.assumptions},
        "total_pot": num(p.total_pot),
        "sector_cost_known": p.cost_known,
        "sector_cost_lower_bounds": p.cost_lower,  # of those known, how many are "at least"
        "pot_known": p.pot_known,
        # inputs not checked (a register's row, a file), so in none of these figures
        "not_checked": list(p.unchecked),
        "common_problems": [
            {"rule": c.rule, "title": c.title, "count": c.failing, "schemes": list(c.schemes)}
            for c in p.common_problems
        ],
        # rules that cannot be checked in two or more schemes: not failures, listed apart
        "common_unknowns": [
            {"rule": c.rule, "title": c.title, "count": c.failing, "schemes": list(c.schemes)}
            for c in p.common_unknowns
        ],
        "repeated_ids": [
            {
                "id": r.id,
                "counted": r.counted.place or r.counted.file,
                "not_counted": [o.place or o.file for o in r.others],
            }
            for r in p.repeats
        ],
    }


def overview(
    rows: list[Row],
    titles: dict[str, str],
    portfolio_only: bool = False,
    assumed: tuple[Assumed, ...] = (),
    errors: Iterable[InputError] = (),
) -> Portfolio | None:
    """The run's overview: with two or more schemes, or one when only the overview is asked for;
    ``assumed``, the effort assumptions its figures rest on (printed with them); ``errors``, the
    run's input errors (what they left out is said beside the totals)."""
    wanted = len(rows) >= 2 or (portfolio_only and rows)
    return build(rows, titles, assumed, errors) if wanted else None
