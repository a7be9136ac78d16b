"""Compare two versions of a scheme: each metric before and after, with direction,
findings fixed, added and no longer checked, and a one-line verdict. Pure functions
of two Reports.

A finding that disappears because its fact was deleted (the rule's metric, or a
fact its conditions read), or because its rule was not run, is *no longer
checked*, never *fixed*, and never counted as an improvement. So is a finding
that turns into "not stated" or "not known".

Which way each change goes for applicants comes from the rule pack (diff_direction.py);
metrics no rule reads (a bigger award is not "worse") are shown as changed, without a
direction.

Two files of one scheme each are compared whatever their IDs, with a warning when
a stated ``id`` differs: they may be two different schemes.
"""

from __future__ import annotations

from typing import Any

from grantcheck.diff_direction import (
    accounts_asked,
    accounts_raised,
    direction,
    is_number,
    same_unknown,
)
from grantcheck.diff_pairing import pair
from grantcheck.diff_verdict import verdict_of
from grantcheck.findings import (
    SEVERITY_RANK,
    Assumed,
    Finding,
    Report,
    SchemeResult,
    fails_at,
)
from grantcheck.frozen import frozen_dataclass
from grantcheck.metrics_catalogue import METRICS
from grantcheck.rulepack import Condition, Rule
from grantcheck.units import fmt_apart


@frozen_dataclass
class MetricChange:
    name: str
    label: str
    unit: str
    before: Any
    after: Any
    direction: str  # better | worse | changed
    # a lower bound ("at least": a part of it not known), shown as such (Pack 2 §2)
    before_lower: bool = False
    after_lower: bool = False


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
    currency: str = "GBP"  # the new version's, which the sums are shown in


def _condition_metrics(conditions: list[Condition]) -> set[str]:
    out: set[str] = set()
    for c in conditions:
        out |= {c.metric} if c.metric else set()
        out |= _condition_metrics(c.any or [])
    return out


def _removed(
    f: Finding, old: SchemeResult, new: SchemeResult, rule: Rule | None, better: set[str]
) -> bool:
    """True when a finding went away because a fact was deleted, its rule was not run, or
    its rule no longer applies for a reason that is no improvement (``better``: the metrics
    that changed for the better)."""
    if rule is None:  # a waiver that matched nothing (GC001): removing the waiver fixes it
        return False
    # a rule that still gives findings ran (GC002 with one disagreement put right and another
    # left): what went is fixed, never "a fact was removed"
    ran = f.rule in new.passed or f.rule in new.not_applicable
    ran = ran or any(g.rule == f.rule for g in new.findings)
    if new.metrics.get(f.metric) is None or not ran:
        return True
    # a rule that no longer applies checks nothing in the new version: its finding is fixed
    # only when what stopped it applying got better (GC402: reporting fell below the floor),
    # never when a fact merely changed (GC302: funding.ongoing now false) (Pack 2 §8)
    if f.rule in new.not_applicable and not _condition_metrics(rule.when) & better:
        return True
    read = _condition_metrics(rule.when)
    return any(old.metrics.get(m) is not None and new.metrics.get(m) is None for m in read)


def _key(f: Finding) -> tuple[str, str, str]:
    # the part too: GC002 gives one finding for each stated fact the documents contradict (and
    # GC001 one for each unused waiver), so a new disagreement is added, never "unchanged"
    return (f.rule, f.metric, f.part)


def _switched_to(old: SchemeResult, new: SchemeResult) -> str | None:
    """'stated' when the new version's rules read a stated fact where the old read the
    documents' measurement (GC002 newly waived), 'measured' for the reverse; 'unlisted' when
    the documents a fact was measured from are no longer named and the fact is stated instead
    (trial21 D36: 5 questions measured, 3 stated, was 'better'), 'listed' for the reverse;
    else None."""
    for metric, fact in new.measured.items():
        before = old.measured.get(metric, {}) if isinstance(fact, dict) else {}
        if fact.get("found") is False or before.get("found") is False:
            continue  # (a form with no question found: no waiver turned, its figures compare)
        was = before.get("read")
        if was and fact.get("read") and was != fact["read"]:
            return str(fact["read"])
    if _now_stated(old, new):
        return "unlisted"
    return "listed" if _now_stated(new, old) else None


def _now_stated(measured: SchemeResult, stated: SchemeResult) -> bool:
    """Whether a metric the rules read from the documents in ``measured`` is read from the
    scheme file in ``stated``, which measures it from no document."""
    return any(
        isinstance(fact, dict)
        and fact.get("read") == "measured"
        and metric not in stated.measured
        and metric in METRICS
        and stated.metrics.get(metric) is not None
        for metric, fact in measured.measured.items()
    )


ACCOUNTS_ASKED = "eligibility.accounts_asked"  # listed apart: see _asked


def _asked(old: SchemeResult, new: SchemeResult, switched: str | None) -> list[MetricChange]:
    """A change in the accounts the most demanding document asks for, when the metric the rules
    read does not show it (a form tightened while its guidance still accepts less)."""
    before, after = accounts_asked(old), accounts_asked(new)
    read = (
        old.metrics.get("eligibility.accounts_level"),
        new.metrics.get("eligibility.accounts_level"),
    )
    if not (is_number(before) and is_number(after)) or before == after or (before, after) == read:
        return []
    direction = "changed" if switched else "worse" if after > before else "better"
    label = METRICS[ACCOUNTS_ASKED].subject
    return [MetricChange(ACCOUNTS_ASKED, label, "accounts", before, after, direction)]


def _bounded(metric: str, old: SchemeResult, new: SchemeResult, way: str) -> str:
    """A figure that fell to a lower bound ("at least": a part of it no longer counted, as a
    form with no question found leaves its writing not known) is not known to be better, nor
    one that rose from a lower bound to be worse: either is only "changed". Two lower bounds
    over the same part not counted compare like with like (trial25 T9: "at least 1,450 words
    -> at least 700 words", the same one answer with no limit in both, is better)."""
    if same_unknown(metric, old, new):
        return way
    if (way == "better" and metric in new.lower_bounds) or (
        way == "worse" and metric in old.lower_bounds
    ):
        return "changed"
    return way


def _differ(before: Any, after: Any, unit: str) -> bool:
    """Whether a figure changed as the report can show it: told to as many decimals as it takes
    (fmt_apart: 42.9% -> 43.1%, not 43% -> 43%), a change no decimals show is none."""
    return before != after and fmt_apart(before, after, unit) != fmt_apart(after, before, unit)


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
            "changed"
            if switched
            else _bounded(n, old, new, direction(n, old.metrics, new.metrics, rules)),
            n in old.lower_bounds,
            n in new.lower_bounds,
        )
        for n in METRICS
        if n != ACCOUNTS_ASKED and _differ(old.metrics.get(n), new.metrics.get(n), METRICS[n].unit)
    ) + tuple(_asked(old, new, switched))  # (only when it tells more than the level read)
    before = {_key(f): f for f in old.findings if f.live}
    after = {_key(f): f for f in new.findings if f.live}
    waived_now = {_key(f): f for f in new.findings if f.waived}
    waived = tuple(f for k, f in waived_now.items() if k in before)
    gone = [f for k, f in before.items() if k not in after and k not in waived_now]
    by_id = {r.id: r for r in rules}
    better = {c.name for c in changes if c.direction == "better"}
    fixed = tuple(
        f for f in gone if not switched and not _removed(f, old, new, by_id.get(f.rule), better)
    )
    unchecked = tuple(
        [f for f in gone if f not in fixed]
        # a fact deleted that a finding read: the finding no longer checked is the old one
        + [
            before[k]
            for k, f in after.items()
            if k in before and f.unknown and not before[k].unknown
        ]
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
        verdict_of(changes, fixed, added, unchecked, switched, accounts_raised(old, new, switched)),
        waived,
        switched,
        new.facts.get("currency") or "GBP",
    )


@frozen_dataclass
class DiffReport:
    old_name: str
    new_name: str
    schemes: tuple[SchemeDiff, ...]
    removed: tuple[str, ...]  # scheme IDs only in the old version
    new_only: tuple[str, ...]  # scheme IDs only in the new version
    warnings: tuple[str, ...] = ()  # what the reader must know before trusting the comparison
    # the effort model's assumptions (one run, one config: both versions read the same), which
    # every estimate of hours and pounds shown rests on
    assumptions: tuple[Assumed, ...] = ()
    currency: str = "GBP"  # the new version's first scheme's, which the assumptions are in

    def fails(self, fail_on: str) -> bool:
        """True when the new version adds a finding at or above ``fail_on``."""
        return any(fails_at(f.severity, fail_on) for s in self.schemes for f in s.added)


def compare(
    old: Report, new: Report, rules: list[Rule], old_name: str, new_name: str
) -> DiffReport:
    """Pair schemes by ID (a single scheme on each side pairs whatever its ID, schemes with no
    ID by their place in the file: diff_pairing.py) and compare them."""
    after = {s.id: s for s in new.schemes}
    before, warnings = pair({s.id: s for s in old.schemes}, after)
    pairs = [compare_scheme(before[i], after[i], rules) for i in after if i in before]
    return DiffReport(
        old_name,
        new_name,
        tuple(pairs),
        tuple(i for i in before if i not in after),
        tuple(i for i in after if i not in before),
        warnings,
        next((s.assumptions for s in (*new.schemes, *old.schemes)), ()),
        next((s.currency for s in pairs), "GBP"),
    )
