"""Compare two versions of a scheme: each metric before and after, with direction,
findings fixed and added, and a one-line verdict. Pure functions of two Reports.

Direction comes from the rule pack: a metric a rule wants "at least" is better
when it rises; "at most", when it falls; a flag is better when it stops matching
the rule's trigger. Metrics no rule reads are shown as changed, without a direction.
"""

from __future__ import annotations

from typing import Any

from grantcheck.findings import SEVERITY_RANK, Finding, Report, SchemeResult, fails_at
from grantcheck.frozen import frozen_dataclass
from grantcheck.metrics import METRICS
from grantcheck.rulepack import Rule


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
    kept: int
    verdict: str


# Effort facts no rule reads directly, where less is plainly better for applicants.
LESS_IS_BETTER = {"application.hours", "application.cost", "sector.cost", "reporting.hours_per_year",
                  "guidance.words", "guidance.reading_minutes"}


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
    if name in LESS_IS_BETTER and isinstance(before, (int, float)) and isinstance(after, (int, float)):
        return "better" if after < before else "worse"
    return "changed"


def _key(f: Finding) -> tuple[str, str]:
    return (f.rule, f.metric)


def compare_scheme(old: SchemeResult, new: SchemeResult, rules: list[Rule]) -> SchemeDiff:
    changes = tuple(MetricChange(n, METRICS[n].label[:1].upper() + METRICS[n].label[1:], METRICS[n].unit, old.metrics.get(n), new.metrics.get(n),
                                 _direction(n, old.metrics.get(n), new.metrics.get(n), rules))
                    for n in METRICS if old.metrics.get(n) != new.metrics.get(n))
    before = {_key(f): f for f in old.findings if f.live}
    after = {_key(f): f for f in new.findings if f.live}
    fixed = tuple(f for k, f in before.items() if k not in after)
    added = tuple(f for k, f in after.items()
                  if k not in before or SEVERITY_RANK[f.severity] < SEVERITY_RANK[before[k].severity])
    kept = sum(1 for k in after if k in before) - sum(1 for f in added if _key(f) in before)
    return SchemeDiff(new.id, new.name, changes, fixed, added, kept, _verdict(changes, fixed, added))


def _count(findings: tuple[Finding, ...]) -> str:
    errors = sum(1 for f in findings if f.severity == "error")
    text = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
    return text + (f" ({errors} error{'s' if errors != 1 else ''})" if errors else "")


def _verdict(changes: tuple[MetricChange, ...], fixed: tuple[Finding, ...], added: tuple[Finding, ...]) -> str:
    better = sum(1 for c in changes if c.direction == "better")
    worse = sum(1 for c in changes if c.direction == "worse")
    measures = f"{better} measure{'s' if better != 1 else ''} better, {worse} worse"
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


def compare(old: Report, new: Report, rules: list[Rule], old_name: str, new_name: str) -> DiffReport:
    """Pair schemes by ID (a single scheme on each side pairs whatever its ID) and compare them."""
    before = {s.id: s for s in old.schemes}
    after = {s.id: s for s in new.schemes}
    if len(before) == len(after) == 1 and set(before) != set(after):
        before = {next(iter(after)): next(iter(before.values()))}
    pairs = [compare_scheme(before[i], after[i], rules) for i in after if i in before]
    return DiffReport(old_name, new_name, tuple(pairs), tuple(i for i in before if i not in after),
                      tuple(i for i in after if i not in before))
