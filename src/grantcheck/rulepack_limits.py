"""Conditions and limits of a rule, as data: when a rule applies, and what a level's limit is.

A ``when:`` condition tests one metric (or ``any`` of several conditions); a flag's level is
a trigger (values, optionally with conditions); a threshold's level is a number, a limit
relative to another metric (``{metric: award.per_year, times: 2}``), or one of those for
each band. rulepack.py builds rules from these.
"""

from __future__ import annotations

from dataclasses import field
from typing import Annotated, Any

from grantcheck.metrics_base import Value
from grantcheck.model import LAX, UNSET, Constraints, described_field, model


@model(LAX)
class Condition:
    """A fact that must hold for a rule (or one of its levels) to apply.

    ``equals`` and ``not_equals`` may be null, so "not given" is ``UNSET``.
    """

    metric: str | None = None
    equals: Value = UNSET
    not_equals: Value = UNSET
    in_: list[Value] | None = field(default=None, metadata={"alias": "in"})
    above: float | None = None
    below: float | None = None
    any: list[Condition] | None = None

    def holds(self, metrics: dict[str, Value]) -> bool:
        """True when the condition is met; an unknown fact meets only ``not_equals``."""
        if self.any is not None:
            return any(c.holds(metrics) for c in self.any)
        value = metrics.get(self.metric or "")
        if self.not_equals is not UNSET:
            return value != self.not_equals
        if value is None:
            return False
        if self.equals is not UNSET:
            return value == self.equals
        if self.in_ is not None:
            return value in self.in_
        if self.above is not None:
            return isinstance(value, (int, float)) and value > self.above
        if self.below is not None:
            return isinstance(value, (int, float)) and value < self.below
        return False

    def decided(self, metrics: dict[str, Value]) -> bool | None:
        """``holds`` in three values: None when it fails only because a fact it reads is not
        known (so whether the rule applies is not known either)."""
        if self.any is not None:
            results = [c.decided(metrics) for c in self.any]
            return True if True in results else None if None in results else False
        if self.holds(metrics):
            return True
        unknown = self.not_equals is UNSET and metrics.get(self.metric or "") is None
        return None if unknown else False


@model(LAX)
class Trigger:
    """For a flag check: the values that give a finding, and when (``is`` may be null, so "not given" is ``UNSET``)."""  # noqa: E501 (a model's description)

    values: list[Value] = described_field(factory=list)
    is_: Value = field(default=UNSET, metadata={"alias": "is"})
    when: list[Condition] = described_field(factory=list)

    def matches(self, value: Value, metrics: dict[str, Value]) -> bool:
        hit = value in self.values or (self.is_ is not UNSET and value == self.is_)
        return hit and all(c.holds(metrics) for c in self.when)


@model(LAX)
class Relative:
    """A limit that moves with another fact: ``{metric: award.per_year, times: 2}``."""

    metric: str
    times: float = 1.0

    def of(self, values: dict[str, Value]) -> float | None:
        base = values.get(self.metric)
        if isinstance(base, bool) or not isinstance(base, (int, float)):
            return None
        return base * self.times


# 28 is 28.0
BandLimit = Annotated[float | Relative | None, Constraints(union_mode="left_to_right")]
Level = Annotated[
    Trigger | float | Relative | dict[str, BandLimit] | None,
    Constraints(union_mode="left_to_right"),
]


def is_limit(raw: Any) -> bool:
    """Whether ``raw`` is a threshold level: a number, a relative limit, or either per band."""

    def number(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def one(v: Any) -> bool:  # a number, or a relative limit: {metric: award.per_year, times: 2}
        return number(v) or (isinstance(v, dict) and "metric" in v)

    return one(raw) or (isinstance(raw, dict) and all(v is None or one(v) for v in raw.values()))
