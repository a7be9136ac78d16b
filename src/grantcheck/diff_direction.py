"""Which way a change goes for applicants, in a diff of two versions of a scheme.

Direction comes from the rule pack: a metric a rule wants "at least" is better when it rises;
"at most", when it falls; a flag is better when it stops matching the rule's trigger. Only
rules that apply to the scheme (their ``when`` holds in one version) count; rules that pull
opposite ways, and metrics no rule reads (a bigger award is not "worse"), have no direction.
The accounts asked for are ranked in their burden order (ACCOUNTS_LEVEL): a rise is a burden
raised, whatever the findings.
"""

from __future__ import annotations

from typing import Any, TypeGuard

from grantcheck.findings import SchemeResult
from grantcheck.rulepack import SEVERITIES, Rule
from grantcheck.units import ACCOUNTS

# Effort facts no rule reads directly, where less is plainly better for applicants.
LESS_IS_BETTER = {
    "application.hours",
    "application.cost",
    "sector.cost",
    "reporting.hours_per_year",
    "reporting.hours_per_agreement",  # (its hours a year were "better", these "changed")
    "guidance.words",
    "guidance.reading_minutes",
    "reporting.over_floor",  # (yes to no: one agreement's reporting fell to the floor or below)
}
# ... and where more is: a better chance of an award wastes fewer applicants' work (GC109 reads
# it for medium and large single-stage awards only; elsewhere it had no direction at all).
MORE_IS_BETTER = {"success_rate"}


def is_number(value: Any) -> TypeGuard[float]:
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
    if is_number(before) and is_number(after):
        return "better" if (after > before) == (rule.check == "at_least") else "worse"
    return "changed"


def direction(name: str, old: dict[str, Any], new: dict[str, Any], rules: list[Rule]) -> str:
    """What the rules that read a metric make of its change: only rules that apply to one of the
    two versions (their ``when`` holds) count, and rules that pull opposite ways say "changed".
    A metric no rule reads has no direction, unless it is plainly effort (LESS_IS_BETTER) or a
    chance of an award (MORE_IS_BETTER)."""
    applying = [
        r
        for r in rules
        if r.metric == name and any(all(c.holds(m) for c in r.when) for m in (old, new))
    ]
    seen = {_rule_direction(r, name, old, new) for r in applying} - {"changed"}
    if applying:
        return seen.pop() if len(seen) == 1 else "changed"
    before, after = old.get(name), new.get(name)
    if not (isinstance(before, (int, float)) and isinstance(after, (int, float))):  # (a flag too)
        return "changed"
    if name in LESS_IS_BETTER | MORE_IS_BETTER:
        return "better" if (after < before) == (name in LESS_IS_BETTER) else "worse"
    return "changed"


# a lower bound's part not counted, by metric: the word limit leaves out the answers with no
# limit found (documents.md), so two bounds over as many such answers differ by what is counted
UNCOUNTED = {"application.form.word_limit": "application.form.unlimited_answers"}


def same_unknown(name: str, old: SchemeResult, new: SchemeResult) -> bool:
    """Whether ``name`` is a lower bound in both versions over the same part not counted (as
    many answers with no limit, every document read): its change is then the change of what
    is counted, and the rules' direction holds."""
    uncounted = UNCOUNTED.get(name)
    if uncounted is None or not (name in old.lower_bounds and name in new.lower_bounds):
        return False
    facts = [r.measured.get(name) for r in (old, new)]
    read = all(isinstance(f, dict) and f.get("complete", True) for f in facts)
    before = old.metrics.get(uncounted)
    return read and before is not None and before == new.metrics.get(uncounted)


def accounts_asked(r: SchemeResult) -> Any:
    """The accounts the most demanding document asks for, as a level in the burden order
    (the metric eligibility.accounts_asked): when the documents disagree, the rules read the
    easiest, but an applicant who follows the other document sends more."""
    return r.metrics.get("eligibility.accounts_asked", r.metrics.get("eligibility.accounts_level"))


def accounts_raised(old: SchemeResult, new: SchemeResult, switched: str | None) -> str:
    """'the accounts asked for rose from bank statements to audited accounts', when they did:
    harder accounts shut out every group that does not produce them, whatever the findings."""
    before, after = accounts_asked(old), accounts_asked(new)
    if switched or not (is_number(before) and is_number(after)) or after <= before:
        return ""
    return f"the accounts asked for rose from {ACCOUNTS[int(before)]} to {ACCOUNTS[int(after)]}"
