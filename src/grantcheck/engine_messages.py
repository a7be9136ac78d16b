"""The wording of a finding: what was measured, against which limit for the band, and what
passes; a value not known says what to state so that it can be.

The engine (engine.py) decides each outcome; this module only words it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantcheck.metrics_base import Value
from grantcheck.metrics_catalogue import METRICS, MetricInfo
from grantcheck.model import UNSET
from grantcheck.rulepack import Condition, Relative, Rule
from grantcheck.units import fmt, fmt_apart

if TYPE_CHECKING:
    from grantcheck.engine import Outcome


def relative_text(limit: Relative) -> str:
    """'twice the yearly value of the award', for a limit that moves with another fact."""
    times = {1.0: "", 2.0: "twice "}.get(limit.times, f"{limit.times:g} times ")
    return times + METRICS[limit.metric].label


def for_band(rule: Rule, band: str) -> str:
    """' for small awards' after a limit, when the band matters to the rule (Rule.banded)."""
    return f" for {band} awards" if rule.banded else ""


def message(
    rule: Rule,
    outcome: Outcome,
    value: Value,
    band: str,
    values: dict[str, Value] | None = None,
    why: str = "",
    whys: dict[str, str] | None = None,
    left_out: str = "",
) -> str:
    """The finding's message: what was measured, against which limit for this band (``whys``:
    why each metric not known is so, when a document could not be read; ``left_out``: what a
    lower bound counts as none, so that the finding names what to state)."""
    info = METRICS[rule.metric]
    subject, be, of_band = info.subject, info.be, for_band(rule, band)
    if outcome.unknown and why and value is None:
        return f"{subject} {be} not known, so this cannot be checked: {why}."
    if outcome.unknown and outcome.lower:
        warning = rule.limit("warning", band, values)
        shown = "" if warning is None else fmt_apart(warning, value, info.unit)
        limit = "" if warning is None else f" within the warning limit of {shown}{of_band}"
        it = "they are" if info.plural else "it is"
        if left_out and not why:  # name what the bound counts as none: what to state
            return (
                f"{subject} {be} at least {fmt_apart(value, warning, info.unit)}, counting as "
                f"none what is not stated ({left_out}); whether {it}{limit} is not known."
            )
        because = f"{why}: not known" if why else "not enough is stated to tell"
        return (
            f"{subject} {be} at least {fmt_apart(value, warning, info.unit)}; {because} "
            f"whether {it}{limit}."
        )
    if outcome.unknown and info.needs:
        return f"{subject} {be} not known, so this cannot be checked: {needed(info, values, whys)}."
    if outcome.unknown:
        return f"{info.not_stated()}, so this cannot be checked."
    if rule.check == "flag":
        return rule.problem or f"{subject}: {fmt(value, info.unit)}."
    side = "below" if rule.check == "at_least" else "above"
    raw = rule.raw_limit(outcome.severity, band) if outcome.severity else None
    of = f" ({relative_text(raw)})" if isinstance(raw, Relative) else ""
    text = (
        f"{subject} {be}{' at least' if outcome.lower else ''} "
        f"{fmt_apart(value, outcome.threshold, info.unit)}: {side} "
        # the limit as precisely as the value ('33.2%: below ... 33.3%', never '... of 33%')
        f"the {outcome.severity} limit of {fmt_apart(outcome.threshold, value, info.unit)}{of}"
        + for_band(rule, band)
    )
    warning = rule.limit("warning", band, values)
    if outcome.severity == "error" and warning is not None:
        text += "; " + passes(rule.check, warning, info.unit)
    return text + _error_not_applied(rule, band, value, values or {}) + "."


def _error_not_applied(rule: Rule, band: str, value: Value, values: dict[str, Value]) -> str:
    """What would make a value past the error limit an error, when the rule's ``error_when``
    is not met (GC304: a cap of 3% is an error only when full cost recovery is not allowed):
    the fact it waits on, and whether the scheme states it."""
    limit = rule.limit("error", band)
    if rule.error_applies(values) or not isinstance(limit, (int, float)):
        return ""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return ""
    if (value >= limit) if rule.check == "at_least" else (value <= limit):
        return ""
    unit = METRICS[rule.metric].unit
    side = "below" if rule.check == "at_least" else "above"
    facts = [c.metric for c in rule.error_when if c.metric and values.get(c.metric) is None]
    said = f", which the scheme does not state ({' and '.join(facts)})" if facts else ""
    return (
        f"; it is {side} the error limit of {fmt(limit, unit)} too, an error only when "
        + " and ".join(_condition_words(c) for c in rule.error_when)
        + said
    )


def _condition_words(c: Condition) -> str:
    if c.any is not None:
        return " or ".join(_condition_words(x) for x in c.any)
    shown = c.equals if c.equals is not UNSET else c.not_equals
    verb = "is" if c.equals is not UNSET else "is not"
    # a yes/no as the scheme file writes it ('false'), not as a report shows it ('no')
    written = str(shown).lower() if isinstance(shown, bool) else fmt(shown, "text")
    return f"{METRICS[c.metric or ''].label if c.metric in METRICS else c.metric} {verb} {written}"


def needed(
    info: MetricInfo, values: dict[str, Value] | None, whys: dict[str, str] | None = None
) -> str:
    """What to state so that a measure worked out from others can be: only what is missing
    ('state award.total'); a part not known because a document could not be read says so
    (``whys``), never asking to state what the scheme's documents should give."""
    missing = [(m, text) for m, text in info.needs_from if (values or {}).get(m) is None]
    if not missing or values is None:
        return f"state {info.needs}"
    said = list(dict.fromkeys(whys[m] for m, _ in missing if whys and m in whys))
    ask = [text for m, text in missing if not (whys and m in whys)]
    if not ask:  # every part missing is so because a document could not be read
        return "; ".join(said)
    state = "state " + (ask[0] if len(ask) == 1 else ", ".join(ask[:-1]) + " and " + ask[-1])
    return "; ".join(said + [state])


def passes(check: str, limit: float, unit: str) -> str:
    """What passes a limit, in words: '£5,000 or less passes', 'only 0 passes' (nothing can be
    less than nothing), '10 or fewer passes' (a count), 'bank statements (level 1 of 4) or lower
    passes' (a level, not an amount)."""
    if check == "at_most" and limit <= 0:
        return f"only {fmt(limit, unit)} passes"
    ranked = unit in ("accounts", "score", "grade")
    more, less = ("higher", "lower") if ranked else ("more", "fewer" if unit == "count" else "less")
    return f"{fmt(limit, unit)} or {more if check == 'at_least' else less} passes"
