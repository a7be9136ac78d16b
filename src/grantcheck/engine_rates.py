"""How the engine reads a rate per 1,000 words under a rule's ``min_words``.

The metric is the plain rate, a fact; a rule pack may judge a short text as if it held at least
``min_words`` words (policy: one term in a 95-word form is not a rate of 10.5 a thousand). The
finding then says so, with the counts, so that a reader can tell the judged rate from the plain
one printed in JSON.
"""

from __future__ import annotations

from grantcheck.measured_evidence import per_1000
from grantcheck.metrics_base import Value
from grantcheck.rulepack import Rule


def floored(rule: Rule, rates: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The (count, words) of ``rule``'s rate when its ``min_words`` raised the words, else None."""
    if rule.min_words is None or rule.metric not in rates:
        return None
    count, words = rates[rule.metric]
    return (count, words) if words < rule.min_words else None


def judged(
    rule: Rule, values: dict[str, Value], rates: dict[str, tuple[int, int]]
) -> dict[str, Value]:
    """The values ``rule`` reads: with ``min_words``, its rate per 1,000 words counted over at
    least that many words."""
    low = floored(rule, rates)
    if low is None or rule.min_words is None:
        return values
    count, _ = low
    return {**values, rule.metric: per_1000(count, rule.min_words)}


def floor_note(rule: Rule, rates: dict[str, tuple[int, int]]) -> str:
    """A sentence saying a short text's rate was counted over ``min_words`` ('' otherwise)."""
    low = floored(rule, rates)
    if low is None or rule.min_words is None:
        return ""
    count, words = low
    terms = "1 term is" if count == 1 else f"{count:,} terms are"
    return (
        f"The documents hold {words:,} words, so their {terms} counted over "
        f"{rule.min_words:,} words (a shorter text is judged as {rule.min_words:,} words long)."
    )
