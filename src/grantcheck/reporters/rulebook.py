"""The rules in force, for people: a table (``rules``), the metrics a rule may read
(``rules --metrics``) and one rule in full (``explain``). The Markdown reference in
docs/rules.md is in rules_reference.py. Pure functions."""

from __future__ import annotations

import textwrap

from grantcheck.findings import BuiltInRule, Severity
from grantcheck.metrics import METRICS
from grantcheck.model import UNSET
from grantcheck.reporters.wording import no_quote, why_heading
from grantcheck.rulepack import SEVERITIES, Condition, Pack, Relative, Rule
from grantcheck.units import fmt, plural


def limits_by_band(rule: Rule, level: Severity, bands: list[str]) -> str:
    """``28 / 28 / 35 / 42`` style, or one value for all bands, or ``—``."""
    unit = METRICS[rule.metric].unit
    if rule.check == "flag":
        trigger = rule.trigger(level)
        if trigger is None:
            return "—"
        values = trigger.values or [trigger.is_]
        when = (
            " when " + " and ".join(condition_text(c) for c in trigger.when) if trigger.when else ""
        )
        return fmt(values, "text") + when
    cells = [_limit_text(rule.raw_limit(level, b), unit) for b in bands]
    if all(v == "—" for v in cells):
        return "—"
    when = (
        " when " + " and ".join(condition_text(c) for c in rule.error_when)
        if level == "error" and rule.error_when
        else ""
    )
    return (cells[0] if len(set(cells)) == 1 else " / ".join(cells)) + when


def _limit_text(raw: float | Relative | None, unit: str) -> str:
    if raw is None:
        return "—"
    if isinstance(raw, Relative):
        return f"{raw.times:g} × {raw.metric}"
    return fmt(raw, unit)


def condition_text(c: Condition) -> str:
    if c.any is not None:
        return "(" + " or ".join(condition_text(x) for x in c.any) + ")"
    if c.not_equals is not UNSET:
        return f"{c.metric} is not {fmt(c.not_equals, 'text')}"
    if c.equals is not UNSET:
        return f"{c.metric} is {fmt(c.equals, 'text')}"
    if c.in_ is not None:
        return f"{c.metric} is {fmt(c.in_, 'text')}"
    return (
        f"{c.metric} {'over' if c.above is not None else 'under'} "
        f"{c.above if c.above is not None else c.below}"
    )


def direction(rule: Rule) -> str:
    return {"at_least": "at least", "at_most": "at most", "flag": "flags a value"}[rule.check]


UNSTATED = {
    "warning": "If the scheme does not state it, a warning",
    "info": "If the scheme does not state it, a note (info)",
    "ignore": "If the scheme does not state it, nothing is reported",
}


def unstated(rule: Rule) -> str:
    """What happens when the rule's fact is missing: a fact only measured from the documents
    (documents.*: GC002, GC111) cannot be stated, so it is missing only when the scheme names
    no documents (trial21 D14: 'If the scheme does not state it' told a reader to state a
    rate no scheme key holds)."""
    if rule.metric.startswith("documents."):
        return "When the scheme names no documents, nothing is reported"
    return UNSTATED[rule.unknown]


def what_it_checks(rule: Rule) -> str:
    """'Whether the timetable is published (decision.timeline_published): a finding for the
    values below', or 'The accounts required (...): at most the limit for the band'."""
    info = METRICS[rule.metric]
    what = f"Whether {info.whether}" if info.whether else info.subject
    test = (
        "a finding for the values below"
        if rule.check == "flag"
        else f"{direction(rule)} the limit for the scheme's band"
    )
    return f"{what} ({rule.metric}): {test}"


def short_text(rule: Rule) -> str:
    """A rule's ``min_words`` in a sentence, with whose judgement it is ('' without one)."""
    if rule.min_words is None:
        return ""
    n = f"{rule.min_words:,}"
    whose = "grantcheck's own judgement" if rule.shipped else rule.basis_text()
    return (
        f"Documents of fewer than {n} words in all are judged as {n} words long "
        f"(min_words: {rule.min_words}), so that in a short form the limits count terms; "
        f"the limit is {whose}"
    )


def rules_table(
    pack: Pack, rules: tuple[Rule, ...], built_in: tuple[tuple[BuiltInRule, str], ...] = ()
) -> str:
    """One block per rule: ID, title, metric, limits for each band; then grantcheck's own rules
    (``built_in``: each with its severity, or "ignore" when switched off)."""
    bands = list(pack.bands)
    count = len(rules) + sum(1 for _, level in built_in if level != "ignore")
    out = [f"{plural(count, 'rule')} in force. Limits by band: {' / '.join(bands)}.", ""]
    for b, severity in built_in:
        out.append(f"{b.id}  {b.title}")
        out.append("       waivers in the scheme file (built into grantcheck)")
        level = "off" if severity == "ignore" else severity
        out.append(f"       {level + ':':<9}any such waiver (config: {b.setting})")
        out += textwrap.wrap(
            b.basis_text, 100, initial_indent=f"       {'basis:':<9}", subsequent_indent=" " * 16
        )
    for r in rules:
        out.append(f"{r.id}  {r.title}")
        out.append(
            f"       {r.metric} {direction(r)}"
            + (f"; severity set to {r.severity}" if r.severity else "")
        )
        for level in SEVERITIES:
            if getattr(r, level) is not None:
                out.append(f"       {level + ':':<9}{limits_by_band(r, level, bands)}")
        out.append(f"       {'unknown:':<9}{r.unknown}")
        out += textwrap.wrap(
            "; ".join(r.grounds()),
            100,
            initial_indent=f"       {'basis:':<9}",
            subsequent_indent=" " * 16,
        )
    return "\n".join(out) + "\n"


def metrics_table() -> str:
    """Every metric a rule may read: name, label, unit and type (``rules --metrics``)."""
    from grantcheck.rulecheck import kind

    width = max(len(name) for name in METRICS)
    out = [
        f"{len(METRICS)} metrics a rule (metric:, when:) may read.",
        "",
        f"{'metric':<{width}}  {'type':<13}  {'unit':<8}  label",
    ]
    for name, info in METRICS.items():
        sort = kind(name).removeprefix("a ")
        out.append(f"{name:<{width}}  {sort:<13}  {info.unit:<8}  {info.label}")
    return "\n".join(out) + "\n"


def guide_line(pack: Pack) -> str:
    g = pack.guide
    return g.text() if g else "the good practice guide"


def _wrap(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()),
        78,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )  # web addresses stay whole


def explain(pack: Pack, rule: Rule) -> str:
    """One rule in full: what, why (the guide's words), limits by band, how to fix, sources."""
    bands = list(pack.bands)
    out = [f"{rule.id}: {rule.title}", ""]
    out.append("What it checks")
    when = " when " + " and ".join(condition_text(c) for c in rule.when) if rule.when else ""
    out += _wrap(f"{what_it_checks(rule)}{when}. {unstated(rule)}.")
    out += ["", "Limits"]
    if rule.check != "flag":
        width = max(len(b) for b in bands) + 2
        levels = [level for level in SEVERITIES if getattr(rule, level) is not None]
        cell = {(lv, b): limits_by_band_one(rule, lv, b) for lv in levels for b in bands}
        wide = {lv: max(16, 2 + max(len(cell[lv, b]) for b in bands)) for lv in levels}
        head = "".join(f"{lv:<{wide[lv]}}" for lv in levels)
        out.append(("  " + "band".ljust(width) + head).rstrip())
        for b in bands:
            row = "".join(f"{cell[lv, b]:<{wide[lv]}}" for lv in levels)
            out.append(("  " + b.ljust(width) + row).rstrip())
        if rule.error_when:
            conditions = " and ".join(condition_text(c) for c in rule.error_when)
            out += _wrap(f"The error limits apply only when {conditions}.")
    else:
        out += [
            f"  {level}: {limits_by_band(rule, level, bands)}"
            for level in SEVERITIES
            if getattr(rule, level) is not None
        ]
    if rule.min_words is not None:
        out += _wrap(short_text(rule) + ".")
    if rule.severity:
        out.append(f"  Your config sets every finding of this rule to {rule.severity}.")
    out += ["", "Where the limits come from"]
    out += [line for g in rule.grounds() for line in _wrap(f"Limit: {g}.")]
    out += ["", why_heading(rule, "Why")]
    for q in rule.guide:
        out += _wrap(f"“{q.text}”", "  ") + _wrap(f"— {q.place()}", "    ")
    if not rule.guide:
        out += _wrap(no_quote(rule, "the other sources below"))
    out += _wrap(f"The guide: {guide_line(pack)}.")
    out += ["", "How to fix"] + _wrap(rule.advice)
    if rule.sources:
        out += ["", "Other sources"] + [line for s in rule.sources for line in _wrap(s, "  ")]
    return "\n".join(out) + "\n"


def explain_built_in(rule: BuiltInRule, severity: str) -> str:
    """One of grantcheck's own rules in full (it checks the scheme file, so it has no metric,
    bands or guide quotes)."""
    switched = (
        f"Switched off by your config ({rule.setting}: ignore, or a select or ignore that "
        "leaves it out)."
        if severity == "ignore"
        else f"Reported as {severity}; the config key {rule.setting} sets this (or ignore)."
    )
    out = [f"{rule.id}: {rule.title}", "", "What it checks"]
    out += _wrap(f"{rule.description} Built into grantcheck, not part of the rule pack.")
    out += ["", "Severity"] + _wrap(switched)
    out += ["", "Where the severity comes from"] + _wrap(f"{rule.basis_text}.")
    out += ["", "How to fix"] + _wrap(rule.advice)
    return "\n".join(out) + "\n"


def limits_by_band_one(rule: Rule, level: Severity, band: str) -> str:
    raw = rule.raw_limit(level, band)
    return _limit_text(raw, METRICS[rule.metric].unit)
