"""The local-rule language's own checks: a rule that could never fire is refused.

pydantic checks each rule's shape; this checks what a shape cannot say. A
``when:`` condition must name a known metric and make exactly one test that
can be true of that metric's values; limits given per band must name bands of
the pack; ``at_least`` and ``at_most`` need a metric that is a number. Each
problem is located at the key that causes it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from grantcheck.errors import did_you_mean
from grantcheck.metrics_catalogue import METRICS, PER_1000_WORDS
from grantcheck.rulepack_basis import and_list

KeyPath = tuple[Any, ...]
Problem = tuple[KeyPath, str, str]  # where, what is wrong, how to fix it

TESTS = ("equals", "not_equals", "in", "above", "below")
LEVELS = ("error", "warning", "info")
SIGNED = frozenset({"score"})  # units that can fall below zero (Flesch reading ease)
METRICS_HINT = "See 'grantcheck rules --metrics' for the metrics a rule may read"


def kind(metric: str) -> str:
    """'text', 'true or false' or 'a number': the values a metric takes."""
    unit = METRICS[metric].unit
    return "text" if unit == "text" else "true or false" if unit == "bool" else "a number"


def rule_problems(
    rule: dict[str, Any], bands: list[str], given: Collection[str] = LEVELS
) -> Iterator[Problem]:
    """Every reason ``rule`` (one rule's data, as written) could silently do nothing, or say
    something untrue (``given``: the levels the writer set, where a problem between two is
    located)."""
    metric, check = rule.get("metric"), rule.get("check")
    yield from _order(rule, bands, given)
    if isinstance(metric, str) and metric not in METRICS:
        yield (("metric",), f"unknown metric {metric!r}", _metric_hint(metric))
    if (
        check in ("at_least", "at_most")
        and isinstance(metric, str)
        and metric in METRICS
        and kind(metric) != "a number"
    ):
        yield (
            ("metric",),
            f"{check} needs a metric that is a number, but {metric} is {kind(metric)}",
            "Use check: flag with the values that should give a finding",
        )
    if rule.get("min_words") is not None and metric not in PER_1000_WORDS:
        yield (
            ("min_words",),
            f"min_words is for a rate per 1,000 words, but this rule reads {metric}",
            "Remove min_words, or give it to a rule on " + ", ".join(sorted(PER_1000_WORDS)),
        )
    for level in LEVELS:
        raw = rule.get(level)
        if check != "flag":
            yield from _negative(level, raw, metric)
        if isinstance(raw, dict) and check != "flag" and "metric" in raw:
            yield from _relative(raw, (level,))
        elif isinstance(raw, dict) and check != "flag":
            for band, limit in raw.items():
                if band not in bands:
                    yield (
                        (level, band),
                        f"{band!r} is not a band",
                        did_you_mean(str(band), bands, "The bands are"),
                    )
                elif isinstance(limit, dict):
                    yield from _relative(limit, (level, band))
        elif isinstance(raw, dict) and isinstance(raw.get("when"), list):
            yield from _conditions(raw["when"], (level, "when"), bands)
    if isinstance(rule.get("when"), list):
        yield from _conditions(rule["when"], ("when",), bands)
    if isinstance(rule.get("error_when"), list):
        if check == "flag":
            yield (
                ("error_when",),
                "error_when is for a threshold; a flag's error takes its own when",
                "Write error: {is: ..., when: [...]} instead",
            )
        yield from _conditions(rule["error_when"], ("error_when",), bands)


def _band_limit(raw: Any, band: str) -> float | None:
    """A level's plain limit for one band (None: none, or one that moves with another fact)."""
    if isinstance(raw, dict) and "metric" not in raw:
        raw = raw.get(band)
    return float(raw) if isinstance(raw, (int, float)) and not isinstance(raw, bool) else None


def _order(rule: dict[str, Any], bands: list[str], given: Collection[str]) -> Iterator[Problem]:
    """An error limit stricter than the warning one: a value between them would be an error
    that the warning limit calls a pass ('30 days: below the error limit of 40 days; 10 days
    or more passes')."""
    check = rule.get("check")
    if check not in ("at_least", "at_most"):
        return
    crossed: list[tuple[str, float, float]] = []
    for band in bands:
        warning = _band_limit(rule.get("warning"), band)
        error = _band_limit(rule.get("error"), band)
        if warning is None or error is None:
            continue
        if (error > warning) if check == "at_least" else (error < warning):
            crossed.append((band, error, warning))
    if not crossed:
        return
    level = "error" if "error" in given else "warning"
    band, error, warning = crossed[0]
    per_band = isinstance(rule.get(level), dict) and "metric" not in rule[level]
    if len({(e, w) for _, e, w in crossed}) == 1:
        which = "every band" if len(crossed) == len(bands) else and_list([b for b, _, _ in crossed])
        what = f"the error limit {error:g} is stricter than the warning limit {warning:g} for "
        what += which if which == "every band" else f"{which} awards"
    else:
        what = "the error limit is stricter than the warning limit for " + and_list(
            [f"{b} awards ({e:g} against {w:g})" for b, e, w in crossed]
        )
    worse = "below" if check == "at_least" else "above"
    yield (
        (level, band) if per_band and band in rule[level] else (level,),
        what,
        f"The error limit is the worse value: with {check} it is at or {worse} the warning limit",
    )


def _relative(limit: dict[str, Any], path: KeyPath) -> Iterator[Problem]:
    """A limit given as another metric times a factor needs a metric that is a number."""
    metric = limit.get("metric")
    if not isinstance(metric, str):
        return
    if metric not in METRICS:
        yield ((*path, "metric"), f"unknown metric {metric!r}", _metric_hint(metric))
    elif kind(metric) != "a number":
        yield (
            (*path, "metric"),
            f"a limit can be a multiple of a number only, but {metric} is {kind(metric)}",
            "Name a metric that is a number, such as award.per_year",
        )


def _negative(level: str, raw: Any, metric: Any) -> Iterator[Problem]:
    """A limit below zero on a measure that is never negative: the rule could never fire."""
    if metric in METRICS and METRICS[metric].unit in SIGNED:
        return
    if isinstance(raw, dict) and "metric" in raw:
        return  # a limit relative to another metric: its factor is checked with it
    given = raw.items() if isinstance(raw, dict) else [(None, raw)]
    for band, v in given:
        if isinstance(v, (int, float)) and not isinstance(v, bool) and v < 0:
            where = (level,) if band is None else (level, band)
            yield (
                where,
                f"the {level} limit {v:g} is below zero",
                "Limits are amounts, days, counts or shares, none of them negative",
            )


def _conditions(items: list[Any], path: KeyPath, bands: list[str]) -> Iterator[Problem]:
    for i, item in enumerate(items):
        if isinstance(item, dict):
            yield from _condition(item, (*path, i), bands)


def _condition(c: dict[str, Any], path: KeyPath, bands: list[str]) -> Iterator[Problem]:
    tests = [t for t in TESTS if t in c]
    if "any" in c:
        if tests or "metric" in c:
            yield (
                path,
                "a condition with 'any' takes no metric or test of its own",
                "Move the metric and test into one of the conditions under 'any'",
            )
        if isinstance(c["any"], list):
            if not c["any"]:
                yield (
                    (*path, "any"),
                    "'any' lists no conditions, so it is never met",
                    "List at least one condition",
                )
            yield from _conditions(c["any"], (*path, "any"), bands)
        return
    metric = c.get("metric")
    if not isinstance(metric, str):
        yield (path, "a condition needs a metric (or 'any')", METRICS_HINT)
        return
    if metric not in METRICS:
        yield ((*path, "metric"), f"unknown metric {metric!r}", _metric_hint(metric))
        return
    if len(tests) != 1:
        what = " and ".join(tests) if tests else "no test"
        yield (
            path,
            f"a condition makes exactly one test ({', '.join(TESTS)}); this has {what}",
            "Write a range as two conditions in the same 'when' list (both must hold)",
        )
        return
    yield from _test(metric, tests[0], c[tests[0]], (*path, tests[0]), bands)


# metrics renamed to rules.md's names (session 17): a local rule on the old name is told the new
RENAMED = {
    "funding.overheads_percent": "funding.overheads_percent_cap",
    "eligibility.policies": "eligibility.policies_required",
}


def _metric_hint(metric: str) -> str:
    if metric in RENAMED:
        return f"It is called {RENAMED[metric]} now (the name rules.md gives it)"
    hint = did_you_mean(metric, list(METRICS), "")
    return (hint + " " if hint.startswith("Did") else "") + METRICS_HINT


def _test(metric: str, test: str, value: Any, path: KeyPath, bands: list[str]) -> Iterator[Problem]:
    """The test's value can be a value of the metric."""
    sort = kind(metric)
    if test in ("above", "below"):
        if sort != "a number":
            yield (
                path,
                f"{test} compares numbers, but {metric} is {sort}",
                "Use equals, not_equals or in",
            )
        return
    for v in value if test == "in" and isinstance(value, list) else [value]:
        if v is None:
            continue
        if not _fits(sort, v):
            yield (
                path,
                f"{v!r} can never be a value of {metric}, which is {sort}",
                f"Compare {metric} with {sort}",
            )
        elif metric == "award.band" and v not in bands:
            yield (path, f"{v!r} is not a band", did_you_mean(str(v), bands, "The bands are"))


def _fits(sort: str, v: Any) -> bool:
    if sort == "true or false":
        return isinstance(v, bool)
    if sort == "text":
        return isinstance(v, str)
    return isinstance(v, (int, float)) and not isinstance(v, bool)
