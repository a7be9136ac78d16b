"""Formatting metric values for people: units, money, percentages, plurals, and a long list
cut short ("and 3 more").

Money is shown in the currency of the scheme being checked or reported (scheme-format.md:
"Amounts are numbers in the scheme's currency"): ``in_currency`` sets it for one scheme, and
every sum printed meanwhile carries its mark ("£1,000", "€1,000", "USD 1,000").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_NOUNS = {
    "days": "day",
    "pages": "page",
    "words": "word",
    "minutes": "minute",
    "hours": "hour",
    "months": "month",
    "years": "year",
}


ACCOUNTS = (
    "no accounts",
    "bank statements",
    "unaudited accounts",
    "independently examined accounts",
    "audited accounts",
)


def sentence(text: str) -> str:
    """``text`` ending with a full stop, unless it already ends a sentence."""
    text = text.rstrip()
    return text if text.endswith((".", "?", "!")) else text + "."


def whole(x: float) -> float | int:
    """A whole number as an integer (15, not 15.0); a fraction stays a fraction."""
    return int(x) if float(x).is_integer() else x


def plural(n: float, word: str, many: str = "") -> str:
    """'1 scheme', '2 schemes', '1,204 words', '0.5 reports' (``many`` for a plural that is not
    the word and an s). Every printed count goes through here, so none reads "1 errors"."""
    shown = f"{int(n):,}" if float(n).is_integer() else f"{n:g}"
    return f"{shown} {word if n == 1 else many or word + 's'}"


def number(x: float, places: int = 1) -> str:
    """A number with thousands separators; whole numbers without decimals."""
    r = round(float(x), places)
    return f"{int(r):,}" if r.is_integer() else f"{r:,.{places}f}"


# the currency of the scheme being checked or reported; a sum of none in particular (the
# rulebook's own limits, a portfolio of schemes in several currencies) is in pounds
_CURRENCY: ContextVar[str] = ContextVar("currency", default="GBP")
# a currency's sign where one is unmistakable; any other is named by its code ("USD 1,000":
# "$" is also the Australian, Canadian and other dollars')
SIGNS = {"GBP": "£", "EUR": "€"}


@contextmanager
def in_currency(code: str | None) -> Iterator[None]:
    """Every sum formatted inside is in ``code``'s currency (None: pounds)."""
    token = _CURRENCY.set(code or "GBP")
    try:
        yield
    finally:
        _CURRENCY.reset(token)


def money_mark() -> str:
    """What stands before a sum in the current currency: "£", "€", "USD "."""
    code = _CURRENCY.get()
    return SIGNS.get(code, f"{code} ")


def pounds(x: float) -> str:
    """A sum in the current currency (``in_currency``): "£1,000", "£3.26", "€500"."""
    return (
        f"{money_mark()}{number(x, 0)}"
        if abs(x) >= 100
        else f"{money_mark()}{number(x, 2) if not float(x).is_integer() else int(x)}"
    )


def estimate_pounds(x: float) -> str:
    """A sum the effort model estimates (hours at an hourly cost) as prose says it: whole
    pounds, as a sum over £100 already is ('worth £47', never '£47.33' beside '£162': trial25
    T18); a sum under a pound keeps its pence."""
    return pounds(round(x)) if abs(x) >= 1 else pounds(x)


def fmt(value: Any, unit: str) -> str:
    """``value`` in ``unit`` as a reader would say it."""
    if value is None:
        return "not stated"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return " or ".join(fmt(v, unit) for v in value)
    if isinstance(value, str):
        return value.replace("_", " ")
    if unit == "pounds":
        return pounds(value)
    if unit == "share":
        return f"{number(value * 100, 1 if value < 0.1 else 0)}%"
    if unit == "percent":
        return f"{number(value)}%"
    if unit == "hours" and 0 < value < 0.05:  # '0 hours' would read as no work at all
        return fmt(max(1, round(value * 60)), "minutes")
    if unit in _NOUNS:  # singular as shown: 0.96 hours is said '1 hour', not '1 hours'
        said = number(value)
        return f"{said} {_NOUNS[unit] if said == '1' else unit}"
    if unit == "accounts":
        return f"{ACCOUNTS[int(value)]} (level {int(value)} of 4)"
    if unit == "per_year":
        return f"{number(value)} a year"
    return number(value)


def reading_span(minutes: float | None) -> str:
    """A reading time as a reader says it: minutes under an hour ('12 minutes'), then hours, to
    the half hour below ten ('1.5 hours', '2 hours') and whole above ('11 hours', never '648
    minutes': trial25 T17)."""
    if minutes is None or minutes < 60:
        return fmt(minutes, "minutes")
    hours = minutes / 60
    return fmt(round(hours * 2) / 2 if hours < 10 else round(hours), "hours")


def fmt_apart(value: Any, limit: Any, unit: str) -> str:
    """``value`` as ``fmt`` says it, with as many more decimals as it takes never to read as
    equal to ``limit`` when it is not ('10.4%' above a limit of 10%, not '10%')."""
    shown = fmt(value, unit)
    numbers = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (value, limit))
    if not numbers or value == limit or shown != fmt(limit, unit) or unit == "accounts":
        return shown
    for places in range(1, 7):
        apart = _places(value, unit, places)
        if apart != _places(limit, unit, places):
            return apart
    return shown


def _places(x: float, unit: str, places: int) -> str:
    """``x`` in ``unit`` to ``places`` decimals (a share's as a percentage)."""
    if unit == "share":
        return f"{number(x * 100, places)}%"
    if unit == "pounds":
        return f"{money_mark()}{number(x, max(places, 2))}"
    said = number(x, places)
    if unit == "percent":
        return f"{said}%"
    if unit in _NOUNS:
        return f"{said} {unit}"
    return f"{said} a year" if unit == "per_year" else said


def pounds_round(x: float) -> str:
    """A large sum as people say it: '£1.4m', '£212,000' (three significant figures)."""
    if abs(x) >= 1_000_000:
        millions = f"{x / 1_000_000:,.{2 if abs(x) < 10_000_000 else 1}f}".rstrip("0").rstrip(".")
        return f"{money_mark()}{millions}m"
    if abs(x) >= 1000:
        digits = len(str(int(abs(x)))) - 3
        return pounds(round(x, -digits))
    return pounds(x)


def and_more(shown: str, total: int, limit: int, before: str = " ") -> str:
    """``shown`` (the first ``limit`` of ``total`` items, already joined), then 'and 3 more'
    when there are more. ``before`` is what stands before 'and': a space after a list joined
    with commas ('a, b and 3 more'), but '; ' after items that hold commas themselves, and
    ', ' after a list that ends in an 'and' of its own ('a and b, and 3 more')."""
    more = total - limit
    return shown + (f"{before}and {more:,} more" if more > 0 else "")
