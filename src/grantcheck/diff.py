"""Compare two versions of a scheme: each metric before and after, with direction,
findings fixed, added and no longer checked, and a one-line verdict. Pure functions
of two Reports.

A finding that disappears because its fact was deleted (the rule's metric, or a
fact its conditions read), or because its rule was not run, is *no longer
checked*, never *fixed*, and never counted as an improvement. So is a finding
that turns into "not stated" or "not known".

Direction comes from the rule pack: a metric a rule wants "at least" is better
when it rises; "at most", when it falls; a flag is better when it stops matching
the rule's trigger. Only rules that apply to the scheme (their ``when`` holds in
one version) count; rules that pull opposite ways, and metrics no rule reads (a
bigger award is not "worse"), are shown as changed, without a direction.

Two files of one scheme each are compared whatever their IDs, with a warning when
a stated ``id`` differs: they may be two different schemes.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any, TypeGuard

from grantcheck.findings import SEVERITY_RANK, Finding, Report, SchemeResult, fails_at
from grantcheck.frozen import frozen_dataclass
from grantcheck.metrics import ACCOUNTS_LEVEL
from grantcheck.metrics_catalogue import METRICS
from grantcheck.rulepack import SEVERITIES, Condition, Rule
from grantcheck.units import ACCOUNTS


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
    waived: tuple[Finding, ...] = ()  # old findings the new version waives (with its reason)
    # measured facts the rules read from the other source (GC002 waived, or its waiver gone):
    # "stated" when the new version reads the scheme file's figures, else "measured"
    switched_to: str | None = None


# Effort facts no rule reads directly, where less is plainly better for applicants.
LESS_IS_BETTER = {
    "application.hours",
    "application.cost",
    "sector.cost",
    "reporting.hours_per_year",
    "guidance.words",
    "guidance.reading_minutes",
}


def _number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _flagged(rule: Rule, value: Any, metrics: dict[str, Any]) -> bool:
    """True when a flag rule's trigger, at any severity, matches the value."""
    triggers = (rule.trigger(level) for level in SEVERITIES)
    return any(t is not None and t.matches(value, metrics) for t in triggers)


def _rule_direction(rule: Rule, name: str, old: dict[str, Any], new: dict[str, Any]) -> str:
    """better, worse or changed for applicants, as one rule that reads the metric sees it."""
    before, after = old.get(name), new.get(name)
    if (before is None) != (after is None):  # stated on one side only: not known, so no direction
        return "changed"
    if rule.check == "flag":
        was, now = _flagged(rule, before, old), _flagged(rule, after, new)
        return "changed" if was == now else "worse" if now else "better"
    if _number(before) and _number(after):
        return "better" if (after > before) == (rule.check == "at_least") else "worse"
    return "changed"


def _direction(name: str, old: dict[str, Any], new: dict[str, Any], rules: list[Rule]) -> str:
    """What the rules that read a metric make of its change: only rules that apply to one of the
    two versions (their ``when`` holds) count, and rules that pull opposite ways say "changed".
    A metric no rule reads has no direction, unless it is plainly effort (LESS_IS_BETTER)."""
    applying = [
        r
        for r in rules
        if r.metric == name and any(all(c.holds(m) for c in r.when) for m in (old, new))
    ]
    seen = {_rule_direction(r, name, old, new) for r in applying} - {"changed"}
    if applying:
        return seen.pop() if len(seen) == 1 else "changed"
    before, after = old.get(name), new.get(name)
    if name in LESS_IS_BETTER and _number(before) and _number(after):
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


def _key(f: Finding) -> tuple[str, str, str]:
    # the part too: GC002 gives one finding for each stated fact the documents contradict (and
    # GC001 one for each unused waiver), so a new disagreement is added, never "unchanged"
    return (f.rule, f.metric, f.part)


def _switched_to(old: SchemeResult, new: SchemeResult) -> str | None:
    """'stated' when the new version's rules read a stated fact where the old read the
    documents' measurement (GC002 newly waived), 'measured' for the reverse, else None."""
    for metric, fact in new.measured.items():
        was = old.measured.get(metric, {}).get("read") if isinstance(fact, dict) else None
        if was and fact.get("read") and was != fact["read"]:
            return str(fact["read"])
    return None


ACCOUNTS_ASKED = "eligibility.accounts_asked"  # a diff's own measure, beside the metrics


def _accounts_asked(r: SchemeResult) -> Any:
    """The accounts the most demanding document asks for, as a level in the burden order
    (ACCOUNTS_LEVEL): when the documents disagree, the rules read the easiest, but an applicant
    who follows the other document sends more; else the level the rules read."""
    fact = r.measured.get("eligibility.accounts_level")
    hardest = fact.get("hardest") if isinstance(fact, dict) else None
    if hardest in ACCOUNTS_LEVEL:
        return ACCOUNTS_LEVEL[hardest]
    return r.metrics.get("eligibility.accounts_level")


def _asked(old: SchemeResult, new: SchemeResult, switched: str | None) -> list[MetricChange]:
    """A change in the accounts the most demanding document asks for, when the metric the rules
    read does not show it (a form tightened while its guidance still accepts less)."""
    before, after = _accounts_asked(old), _accounts_asked(new)
    read = (
        old.metrics.get("eligibility.accounts_level"),
        new.metrics.get("eligibility.accounts_level"),
    )
    if not (_number(before) and _number(after)) or before == after or (before, after) == read:
        return []
    direction = "changed" if switched else "worse" if after > before else "better"
    label = "The accounts the most demanding document asks for"
    return [MetricChange(ACCOUNTS_ASKED, label, "accounts", before, after, direction)]


def _raised(old: SchemeResult, new: SchemeResult, switched: str | None) -> str:
    """'the accounts asked for rose from bank statements to audited accounts', when they did:
    harder accounts shut out every group that does not produce them, whatever the findings."""
    before, after = _accounts_asked(old), _accounts_asked(new)
    if switched or not (_number(before) and _number(after)) or after <= before:
        return ""
    return f"the accounts asked for rose from {ACCOUNTS[int(before)]} to {ACCOUNTS[int(after)]}"


def compare_scheme(old: SchemeResult, new: SchemeResult, rules: list[Rule]) -> SchemeDiff:
    switched = _switched_to(old, new)
    changes = tuple(
        MetricChange(
            n,
            METRICS[n].subject,
            METRICS[n].unit,
            old.metrics.get(n),
            new.metrics.get(n),
            # the figures read changed, not what applicants face: no direction can be given
            "changed" if switched else _direction(n, old.metrics, new.metrics, rules),
        )
        for n in METRICS
        if old.metrics.get(n) != new.metrics.get(n)
    ) + tuple(_asked(old, new, switched))
    before = {_key(f): f for f in old.findings if f.live}
    after = {_key(f): f for f in new.findings if f.live}
    waived_now = {_key(f): f for f in new.findings if f.waived}
    waived = tuple(f for k, f in waived_now.items() if k in before)
    gone = [f for k, f in before.items() if k not in after and k not in waived_now]
    by_id = {r.id: r for r in rules}
    fixed = tuple(f for f in gone if not switched and not _removed(f, old, new, by_id.get(f.rule)))
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
        _verdict(changes, fixed, added, unchecked, switched, _raised(old, new, switched)),
        waived,
        switched,
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
    switched: str | None = None,
    raised: str = "",
) -> str:
    """The one-line verdict: by the findings added and fixed, except that a burden raised with
    no finding to show it (``raised``: harder accounts) is never less onerous, nor no change."""
    better = sum(1 for c in changes if c.direction == "better")
    worse = sum(1 for c in changes if c.direction == "worse")
    gone = ""
    if unchecked:
        n, why = len(unchecked), "the figures read changed" if switched else "a fact was removed"
        gone = f"; {n} finding{'s' if n != 1 else ''} no longer checked ({why})"
    if switched:  # what changed is which figures are read: no verdict on the process
        return f"Not comparable: {SWITCHED[switched]}; {_count(added)} added{gone}."
    measures = f"{better} measure{'s' if better != 1 else ''} better, {worse} worse{gone}"
    if added and fixed:
        return f"Mixed: {_count(added)} added and {_count(fixed)} fixed; {measures}."
    if added:
        return f"More onerous: {_count(added)} added; {measures}."
    if fixed and raised:
        return f"Mixed: {_count(fixed)} fixed, none added, but {raised}; {measures}."
    if fixed:
        return f"Less onerous: {_count(fixed)} fixed, none added; {measures}."
    if raised:
        return f"More onerous: no finding added, but {raised}; {measures}."
    return f"No change in findings; {measures}."


SWITCHED = {
    "stated": "the rules now read the scheme file's stated facts, not the documents' "
    "measured ones (GC002 is waived), so no measure is called better or worse",
    "measured": "the rules now read the documents' measured facts, not the scheme file's "
    "stated ones (GC002 is no longer waived), so no measure is called better or worse",
}


@frozen_dataclass
class DiffReport:
    old_name: str
    new_name: str
    schemes: tuple[SchemeDiff, ...]
    removed: tuple[str, ...]  # scheme IDs only in the old version
    new_only: tuple[str, ...]  # scheme IDs only in the new version
    warnings: tuple[str, ...] = ()  # what the reader must know before trusting the comparison

    def fails(self, fail_on: str) -> bool:
        """True when the new version adds a finding at or above ``fail_on``."""
        return any(fails_at(f.severity, fail_on) for s in self.schemes for f in s.added)


def _stated(s: SchemeResult) -> bool:
    """True when the scheme's ID is its own ``id``, not one made from its file's name."""
    return s.id != PurePath(s.file).stem


def _unlike(old: SchemeResult, new: SchemeResult) -> str:
    return (
        f"the two versions have different scheme IDs ({old.id} before, {new.id} after); "
        "they were compared because each file holds one scheme, so check that they are "
        "versions of the same scheme"
    )


def compare(
    old: Report, new: Report, rules: list[Rule], old_name: str, new_name: str
) -> DiffReport:
    """Pair schemes by ID (a single scheme on each side pairs whatever its ID, with a warning when
    either ID was stated) and compare them."""
    before = {s.id: s for s in old.schemes}
    after = {s.id: s for s in new.schemes}
    warnings: tuple[str, ...] = ()
    if len(before) == len(after) == 1 and set(before) != set(after):
        (was,), (now,) = before.values(), after.values()
        warnings = (_unlike(was, now),) if _stated(was) or _stated(now) else ()
        before = {now.id: was}
    pairs = [compare_scheme(before[i], after[i], rules) for i in after if i in before]
    return DiffReport(
        old_name,
        new_name,
        tuple(pairs),
        tuple(i for i in before if i not in after),
        tuple(i for i in after if i not in before),
        warnings,
    )
