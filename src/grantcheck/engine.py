"""The engine: apply the rules in force to one scheme's metrics.

Checks only compare; the engine stamps severity and threshold on from the rule
pack and config, and locates each finding at the key its metric came from.
Waivers (the scheme file's and the config's, and unused ones) are in engine_waivers.py; a
finding's wording is in engine_messages.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import PurePath
from typing import Any, NamedTuple

from grantcheck.engine_messages import message
from grantcheck.engine_rates import judged, judged_message
from grantcheck.engine_waivers import Granted, unused_waivers, waiver, waivers_for
from grantcheck.errors import InputError
from grantcheck.findings import SEVERITY_RANK, Finding, SchemeResult, Severity
from grantcheck.guidance import GuidanceMeasure
from grantcheck.load import Document
from grantcheck.measured_evidence import over_stages
from grantcheck.metrics import Computed
from grantcheck.metrics_base import Value
from grantcheck.policy import Policy
from grantcheck.rulepack import SEVERITIES, Rule
from grantcheck.rulepack_basis import basis_text
from grantcheck.units import whole
from grantcheck.validate import Parsed

# The closed set of comparisons: each returns True when the value fails the limit.
CHECKS: dict[str, Callable[[float, float], bool]] = {
    "at_least": lambda value, limit: value < limit,
    "at_most": lambda value, limit: value > limit,
}


class Outcome(NamedTuple):  # one a rule a scheme: built at C speed
    """What one rule found: a finding (with severity and threshold), a pass, or nothing to check."""

    status: str  # finding | passed | not_applicable
    severity: Severity | None = None
    threshold: Any = None
    unknown: bool = False
    lower: bool = False  # judged on a lower bound of the value


PASSED = Outcome("passed")
NOT_APPLICABLE = Outcome("not_applicable")


def _judge_lower(
    rule: Rule, value: float, band: str, values: dict[str, Value], why: str = ""
) -> Outcome:
    """A lower bound passes an "at least" limit it meets and fails an "at most" limit it exceeds;
    anything else cannot be told, so it is not known (never a pass; at least an info finding
    when ``why`` says what could not be read)."""
    limits = [(level, rule.limit(level, band, values)) for level in SEVERITIES]
    if rule.check == "at_most":
        for level, limit in limits:
            if limit is not None and value > limit:
                return Outcome("finding", level, whole(limit), lower=True)
    elif all(limit is None or value >= limit for _, limit in limits):
        return PASSED
    if rule.unknown == "ignore":
        return Outcome("finding", "info", None, True, lower=True) if why else NOT_APPLICABLE
    return Outcome("finding", rule.unknown, None, True, lower=True)


def judge(
    rule: Rule, values: dict[str, Value], band: str, lower: bool = False, why: str = ""
) -> Outcome:
    """Run one rule against a scheme's metric values; ``lower``: the rule's metric is a lower
    bound; ``why``: why its value is not known although what it reads was given (a Welsh or
    scanned document): then at least an info finding, never 'did not apply'."""
    if not all(c.holds(values) for c in rule.when):
        return NOT_APPLICABLE
    value = values.get(rule.metric)
    if value is None:
        if rule.unknown == "ignore":
            return Outcome("finding", "info", None, True) if why else NOT_APPLICABLE
        return Outcome("finding", rule.unknown, None, True)
    if lower and rule.check != "flag" and isinstance(value, (int, float)):
        return _judge_lower(rule, value, band, values, why)
    for level in SEVERITIES:
        if rule.check == "flag":
            trigger = rule.trigger(level)
            if trigger is not None and trigger.matches(value, values):
                return Outcome("finding", level, value)
        else:
            limit = rule.limit(level, band, values)
            # a number: rulecheck.py lets at_least and at_most read only numeric metrics
            if limit is not None and CHECKS[rule.check](value, limit):  # type: ignore[arg-type]
                # 15, not 15.0, as the scheme wrote it
                return Outcome("finding", level, whole(limit))
    return PASSED


def scheme_id(parsed: Parsed) -> str:
    """The scheme's ``id``, else the file name (and document number after the first, or a register's
    row)."""
    if parsed.scheme.id:
        return parsed.scheme.id
    stem = PurePath(parsed.doc.file).stem
    if PurePath(parsed.doc.file).suffix.lower() in (
        ".csv",
        ".xlsx",
    ):  # a register: one scheme a row
        return f"{stem}:{parsed.doc.index}"
    return stem if parsed.doc.index == 1 else f"{stem}#{parsed.doc.index}"


def _detailed(text: str, metric: str, computed: Computed, note: str = "") -> str:
    """A finding's message, with how a short text's rate was counted and the evidence behind its
    metric when there is any (GC002)."""
    extra = " ".join([note] * bool(note) + [w for name, w in computed.details if name == metric])
    return f"{text} {extra}" if extra else text


def _floored(rule: Rule, judged: Value, plain: Value, rates: dict[str, tuple[int, int]]) -> str:
    """Why a rate shown is not the plain one: the rule judged a short text as ``min_words``."""
    count, words = rates[rule.metric]
    terms = f"{count:,} term{'s' * (count != 1)}"
    return (
        f"{rule.id} judges {rule.metric} as {judged} ({terms} counted over "
        f"{rule.min_words:,} words, as a shorter text is judged); over its {words:,} words "
        f"alone it is {plain}"
    )


def evaluate(
    parsed: Parsed, computed: Computed, policy: Policy, guidance: GuidanceMeasure | None = None
) -> tuple[SchemeResult, list[InputError]]:
    """Findings, passes and waivers for one scheme."""
    doc, s, pack = parsed.doc, parsed.scheme, policy.pack
    values = {name: m.value for name, m in computed.metrics.items()}
    # limits are judged on the values before rounding; reports show the rounded ones
    exact = {**values, **{n: m.exact for n, m in computed.metrics.items() if m.exact is not None}}
    lower = {name for name, m in computed.metrics.items() if m.lower and m.value is not None}
    band = str(values["award.band"])
    sid = scheme_id(parsed)
    waivers, errors = waivers_for(parsed, sid, policy)
    findings: list[Finding] = []
    passed: list[str] = []
    skipped: list[str] = []
    unknown = dict(computed.unknown)
    measured = dict(computed.measured)  # metric -> its measurement from the documents, as data
    rates = {metric: (count, words) for metric, count, words in computed.rates}
    shown, notes = dict(values), list(computed.notes)
    for rule in policy.rules:
        why = unknown.get(rule.metric, "")
        read = judged(rule, values, rates)
        if read[rule.metric] != values.get(rule.metric):  # a short text's rate, as judged:
            shown[rule.metric] = read[rule.metric]  # the figure shown is the one judged
            notes.append(_floored(rule, read[rule.metric], values[rule.metric], rates))
        precise = judged(rule, exact, rates)
        outcome = judge(rule, precise, band, rule.metric in lower, why)
        if outcome.status == "passed":
            passed.append(rule.id)
        elif outcome.status == "not_applicable":
            skipped.append(rule.id)
        else:
            metric = computed.metrics[rule.metric]
            pos = doc.position(metric.path)
            ground = rule.ground(outcome.severity, band)
            left = dict(computed.left_out).get(rule.metric, "")
            # (the message shows the value as precisely as it takes to tell it from the limit)
            said = message(rule, outcome, precise[rule.metric], band, read, why, unknown, left)
            found = Finding(
                rule=rule.id,
                # a finding's outcome always has a severity (only passes have none)
                severity=rule.severity or outcome.severity,  # type: ignore[arg-type]
                title=rule.title,
                message=_detailed(
                    judged_message(rule, said, rates, values.get(rule.metric)),
                    rule.metric,
                    computed,
                ),
                advice=rule.advice,
                metric=rule.metric,
                value=read[rule.metric],
                threshold=outcome.threshold,
                file=doc.file,
                line=pos.line,
                column=pos.column,
                scheme_id=sid,
                unknown=outcome.unknown,
                lower_bound=outcome.lower,
                basis=ground.kind,
                basis_text=basis_text(ground, rule.shipped),
                evidence=over_stages(measured, rule.metric),
            )
            findings += [_waived(f, waivers) for f in _apart(found, doc, computed, said)]
    findings += unused_waivers(parsed, sid, policy.rule_ids, findings, policy)
    findings.sort(key=lambda f: (f.waived, SEVERITY_RANK[f.severity], f.line, f.rule))
    result = SchemeResult(
        file=doc.file,
        id=sid,
        name=s.name,
        funder=s.funder,
        kind=s.kind,
        band=band,
        band_limit=pack.bands.get(band),
        metrics=shown,
        findings=tuple(findings),
        passed=tuple(passed),
        not_applicable=tuple(skipped),
        assumptions=pack.assumed,
        effort=computed.effort.parts + computed.reporting,
        notes=tuple(notes),
        measured_notes=computed.measured_notes,
        measured=measured,
        facts=_facts(parsed),
        lower_bounds=tuple(sorted(lower)),
        documents=guidance.documents if guidance else (),
        line=doc.position(("id",)).line,
        column=doc.position(("id",)).column,
    )
    return result, errors


def _waived(found: Finding, waivers: list[Granted]) -> Finding:
    """The finding marked waived, with its reason, when a waiver covers it (GC002's: each
    disagreement by the stated key it is about, when the waiver names one)."""
    granted = waiver(waivers, found.rule, found.part)
    if granted is None:
        return found
    return dataclasses.replace(
        found, waived=True, waiver_reason=granted.reason, waiver_source=granted.source
    )


def _apart(found: Finding, doc: Document, computed: Computed, said: str) -> list[Finding]:
    """The finding, or one for each part its metric counts (GC002: each disagreement, on the
    stated value it contradicts, with its own evidence and a message short enough for a CI
    annotation); a baseline knows each by rule, scheme, metric and the key it is about, so a
    baseline holding one disagreement never hides a later one."""
    parts = [p for p in computed.apart if p[0] == found.metric]
    if not parts or found.unknown:
        return [found]
    # each opens with its disagreement, then the count (trial22 T6: eight findings each opening
    # with the same count read oddly), and names the key a waiver for it alone gives
    return [
        dataclasses.replace(
            found,
            message=f"{words} {said} Waiver key: {(key := '.'.join(map(str, path)))}"
            + _stage_of(tuple(path), evidence)
            + ".",
            line=(at := doc.position(path)).line,
            column=at.column,
            evidence=evidence,
            part=key,
        )
        for _, path, words, evidence in parts
    ]


def _stage_of(path: tuple[Any, ...], evidence: Any) -> str:
    """' (stage 1, the expression of interest: ...)' after a stage's waiver key, whose list
    index counts from 0 where reports count from 1 (trial22 T9)."""
    at = path.index("stages") + 1 if "stages" in path else 0
    if not at or at >= len(path) or not isinstance(path[at], int):
        return ""
    stage = evidence.get("stage") if isinstance(evidence, dict) else None
    name = f", the {stage['name']}" if stage and stage.get("name") else ""
    return f" (stage {path[at] + 1}{name}: stages are counted from 0 in the key)"


def _facts(parsed: Parsed) -> dict[str, Any]:
    s = parsed.scheme
    return {
        k: v
        for k, v in {
            "opens": s.application.opens and s.application.opens.isoformat(),
            "closes": s.application.closes and s.application.closes.isoformat(),
            "reporting.frequency": s.reporting.frequency,
            "reporting.evidence": list(s.reporting.evidence or []),
            "currency": s.currency,
            "guidance.documents": list(s.application.guidance.documents),
            "guidance.pages_stated": s.application.guidance.pages is not None,
            "rolling": s.application.rolling,
            "award.typical_stated": s.award.typical is not None,
            # GC501 passes when constituted groups may apply: not a strength in full if
            # unconstituted ones may not (the reports qualify it)
            "unconstituted_excluded": s.eligibility.legal_forms is not None
            and "unconstituted_group" not in s.eligibility.legal_forms,
        }.items()
        if v
    }
