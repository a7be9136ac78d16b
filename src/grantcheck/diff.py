"""Compare two versions of a scheme: each metric before and after, with direction,
findings fixed, added and no longer checked, and a one-line verdict. Pure functions
of two Reports.

A finding that disappears because its fact was deleted (the rule's metric, or a
fact its conditions read), or because its rule was not run, is *no longer
checked*, never *fixed*, and never counted as an improvement. So is a finding
that turns into "not stated" or "not known".

Direction comes from the rule pack: a metric a rule wants "at least" is better
when it rises; "at most", when it falls; a flag is better when it stops matching
the rule's trigger. Metrics no rule reads are shown as changed, without a direction.
"""

from __future__ import annotations

from typing import Any

from grantcheck.findings import SEVERITY_RANK, Finding, Report, SchemeResult, fails_at
from grantcheck.frozen import frozen_dataclass
from grantcheck.metrics import METRICS
from grantcheck.rulepack import Condition, Rule


@frozen_dataclass
class MetricChange:
    name: str
    label: str
    unit: str
    before: Any
    after: Any
    direction: str  # better | worse | changed


@frozen_dataclass
class SchemeDiff:
    """One scheme, before and after."""

    id: str
    name: str
    changes: tuple[MetricChange, ...]
    fixed: tuple[Finding, ...]
    added: tuple[Finding, ...]  # new findings, or findings whose severity rose
    unchecked: tuple[Finding, ...]  # old findings the new version no longer checks
    kept: int
    verdict: str


# Effort facts no rule reads directly, where less is plainly better for applicants.
LESS_IS_BETTER = {
    "application.hours",
    "application.cost",
    "sector.cost",
    "reporting.hours_per_year",
    "guidance.words",
    "guidance.reading_minutes",
}


def _direction(name: str, before: Any, after: Any, rules: list[Rule]) -> str:
    for rule in rules:
        if rule.metric != name:
            continue
        if rule.check == "flag":
            trigger = rule.trigger("warning") or rule.trigger("error") or rule.trigger("info")
            if trigger is not None:
                was, now = before in trigger.values, after in trigger.values
                if was != now:
                    return "worse" if now else "better"
        elif isinstance(before, (int, float)) and isinstance(after, (int, float)):
            rises = after > before
            return "better" if rises == (rule.check == "at_least") else "worse"
    if (
        name in LESS_IS_BETTER
        and isinstance(before, (int, float))
        and isinstance(after, (int, float))
    ):
        return "better" if after < before else "worse"
    return "changed"


def _condition_metrics(conditions: list[Condition]) -> set[str]:
    out: set[str] = set()
    for c in conditions:
        out |= {c.metric} if c.metric else set()
        out |= _condition_metrics(c.any or [])
    return out


def _removed(f: Finding, old: SchemeResult, new: SchemeResult, rule: Rule | None) -> bool:
    """True when a finding went away because a fact was deleted or its rule was not run."""
    if rule is None:  # a waiver that matched nothing (GC001): removing the waiver fixes it
        return False
    if new.metrics.get(f.metric) is None or (
        f.rule not in new.passed and f.rule not in new.not_applicable
    ):
        return True
    read = _condition_metrics(rule.when)
    return any(old.metrics.get(m) is not None and new.metrics.get(m) is None for m in read)


def _key(f: Finding) -> tuple[str, str]:
    return (f.rule, f.metric)


def compare_scheme(old: SchemeResult, new: SchemeResult, rules: list[Rule]) -> SchemeDiff:
    changes = tuple(
        MetricChange(
            n,
            METRICS[n].label[:1].upper() + METRICS[n].label[1:],
            METRICS[n].unit,
            old.metrics.get(n),
            new.metrics.get(n),
            _direction(n, old.metrics.get(n), new.metrics.get(n), rules),
        )
        for n in METRICS
        if old.metrics.get(n) != new.metrics.get(n)
    )
    before = {_key(f): f for f in old.findings if f.live}
    after = {_key(f): f for f in new.findings if f.live}
    gone = [f for k, f in before.items() if k not in after]
    by_id = {r.id: r for r in rules}
    fixed = tuple(f for f in gone if not _removed(f, old, new, by_id.get(f.rule)))
    unchecked = tuple(
        [f for f in gone if f not in fixed]
        + [f for k, f in after.items() if k in before and f.unknown and not before[k].unknown]
    )
    added = tuple(
        f
        for k, f in after.items()
        if k not in before
        or (SEVERITY_RANK[f.severity] < SEVERITY_RANK[before[k].severity] and not f.unknown)
    )
    kept = (
        sum(1 for k in after if k in before)
        - sum(1 for f in added if _key(f) in before)
        - sum(1 for f in unchecked if _key(f) in after)
    )
    return SchemeDiff(
        new.id,
        new.name,
        changes,
        fixed,
        added,
        unchecked,
        kept,
        _verdict(changes, fixed, added, unchecked),
    )


def _count(findings: tuple[Finding, ...]) -> str:
    errors = sum(1 for f in findings if f.severity == "error")
    text = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
    return text + (f" ({errors} error{'s' if errors != 1 else ''})" if errors else "")


def _verdict(
    changes: tuple[MetricChange, ...],
    fixed: tuple[Finding, ...],
    added: tuple[Finding, ...],
    unchecked: tuple[Finding, ...] = (),
) -> str:
    better = sum(1 for c in changes if c.direction == "better")
    worse = sum(1 for c in changes if c.direction == "worse")
    measures = f"{better} measure{'s' if better != 1 else ''} better, {worse} worse"
    if unchecked:
        n = len(unchecked)
        measures += f"; {n} finding{'s' if n != 1 else ''} no longer checked (a fact was removed)"
    if added and fixed:
        return f"Mixed: {_count(added)} added and {_count(fixed)} fixed; {measures}."
    if added:
        return f"More onerous: {_count(added)} added; {measures}."
    if fixed:
        return f"Less onerous: {_count(fixed)} fixed, none added; {measures}."
    return f"No change in findings; {measures}."


@frozen_dataclass
class DiffReport:
    old_name: str
    new_name: str
    schemes: tuple[SchemeDiff, ...]
    removed: tuple[str, ...]  # scheme IDs only in the old version
    new_only: tuple[str, ...]  # scheme IDs only in the new version

    def fails(self, fail_on: str) -> bool:
        """True when the new version adds a finding at or above ``fail_on``."""
        return any(fails_at(f.severity, fail_on) for s in self.schemes for f in s.added)


def compare(
    old: Report, new: Report, rules: list[Rule], old_name: str, new_name: str
) -> DiffReport:
    """Pair schemes by ID (a single scheme on each side pairs whatever its ID) and compare them."""
    before = {s.id: s for s in old.schemes}
    after = {s.id: s for s in new.schemes}
    if len(before) == len(after) == 1 and set(before) != set(after):
        before = {next(iter(after)): next(iter(before.values()))}
    pairs = [compare_scheme(before[i], after[i], rules) for i in after if i in before]
    return DiffReport(
        old_name,
        new_name,
        tuple(pairs),
        tuple(i for i in before if i not in after),
        tuple(i for i in after if i not in before),
    )
