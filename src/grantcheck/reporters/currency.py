"""Each scheme's report in its own currency: a reporter's rendering of one scheme says every sum
("€1,000", "worth €336", "hourly_cost: €20") in the currency the scheme states, as its findings'
messages do (pipeline_scheme.py). The rulebook's own limits, described for no scheme (explain,
a rule's help), stay in pounds, the guide's."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from grantcheck.findings import SchemeResult
from grantcheck.portfolio_types import Portfolio
from grantcheck.units import in_currency

P = ParamSpec("P")
R = TypeVar("R")


def currency_of(args: tuple[object, ...]) -> str | None:
    """The currency of the first scheme's result or portfolio among ``args`` (a portfolio's, when
    its schemes share one)."""
    for a in args:
        if isinstance(a, SchemeResult):
            return a.facts.get("currency")
        if isinstance(a, Portfolio):
            return a.currency
    return None


def in_its_currency(render: Callable[P, R]) -> Callable[P, R]:
    """``render`` (given one scheme's result, or a portfolio, among its arguments) says every
    sum in that currency."""

    @functools.wraps(render)
    def rendered(*args: P.args, **kwargs: P.kwargs) -> R:
        with in_currency(currency_of(args)):
            return render(*args, **kwargs)

    return rendered
