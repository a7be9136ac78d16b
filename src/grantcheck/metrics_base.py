"""What every metric module shares: a metric, its value, how it is recorded, and rounding."""

from __future__ import annotations

from typing import NamedTuple, Protocol

from grantcheck.load import KeyPath
from grantcheck.units import whole

Value = int | float | bool | str | None


class Put(Protocol):
    """How ``compute``'s helpers record a metric: its name, value and the key path it is from."""

    def __call__(
        self,
        name: str,
        value: Value,
        *path: str | int,
        lower: bool = False,
        exact: float | None = None,
    ) -> None: ...


class Metric(NamedTuple):  # some fifty a scheme: built at C speed
    """One fact about a scheme and the key it comes from."""

    name: str
    value: Value
    path: KeyPath
    lower: bool = False  # the value is a lower bound: some of its inputs are not stated
    # the value before rounding for reports, where it differs: limits are judged on this (a
    # share of 6.003% is over a limit of 6%, although it prints as 6.0%; rules.md: a value
    # equal to a limit passes it, so a value just over must not be rounded down to it first)
    exact: float | None = None


def rounded(x: float | None, places: int = 2) -> Value:
    """Round for reports; whole numbers print as integers."""
    if x is None:
        return None
    return whole(round(x, places))


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b
