"""How the engine reads a rate per 1,000 words under a rule's ``min_words``.

The measurement is the plain rate, a fact (``measure`` and check's ``measured`` evidence print
it); a rule pack may judge a short text as if it held at least ``min_words`` words (policy: one
term in a 95-word form is not a rate of 10.5 a thousand), and the metric is then the rate
judged (session 17: a pass never sits beside a figure over its limit). The finding opens with
the counts and the plain rate, and calls the figure it compares with its limit the rate judged
(trial21 D31: its headline called the judged 13 "the rate" of a text whose rate was 36.2).
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


def judged_message(rule: Rule, said: str, rates: dict[str, tuple[int, int]], plain: Value) -> str:
    """A finding's message on a short text's rate: the counts and the plain rate first, then the
    rate judged against the limit ('The documents hold 13 jargon terms and acronyms never spelt
    out in 359 words (36.2 per 1,000 words); a text under 1,000 words is judged as 1,000 words
    long, so the rate judged is 13: above the error limit of 8 ...'); ``said`` as it is when
    the text was not short or the message is not a comparison."""
    from grantcheck.metrics_catalogue import METRICS
    from grantcheck.units import number

    low, info = floored(rule, rates), METRICS[rule.metric]
    opening = f"{info.subject} {info.be} "
    if low is None or rule.min_words is None or not isinstance(plain, (int, float)):
        return said
    if not said.startswith(opening) or said.startswith(f"{opening}not known"):
        return f"{said} {floor_note(rule, rates)}"
    count, words = low
    terms = "jargon term or acronym" if count == 1 else "jargon terms and acronyms"
    n = f"{rule.min_words:,}"
    return (
        f"The documents hold {count:,} {terms} never spelt out in {words:,} words "
        f"({number(plain)} per 1,000 words); a text under {n} words is judged as {n} words "
        f"long, so the rate judged is {said[len(opening) :]}"
    )
