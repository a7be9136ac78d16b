"""The scheme format's value types: amounts, counts, days, percentages, dates' bounds, and
the closed sets of words (legal forms, accounts, payment, reporting frequency, procurement
route) its models share.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from grantcheck.model import Constraints

Amount = Annotated[float, Constraints(ge=0)]
Name = Annotated[str, Constraints(min_length=1, max_length=300)]
Item = Annotated[str, Constraints(max_length=300)]
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2150, 12, 31)  # bounds keep date arithmetic safe
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # fixed width: no backtracking


def _day_from_text(value: Any) -> Any:
    """A quoted date ("2025-03-03") is the date it writes: YAML reads it as text, but it is
    "ISO YYYY-MM-DD" (scheme-format.md) and the JSON Schema's `format: date` takes it. Any
    other text is left to be refused with the usual message."""
    if type(value) is str and ISO_DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:  # 2025-02-30: not a day
            return value
    return value


class _QuotedDay:
    """pydantic reads a quoted ISO date as a date, nothing else (strict mode stays strict: no
    number is a date). The fast path declines text in a date field, so pydantic sees it."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(_day_from_text, handler(source))


Day = Annotated[dt.date, _QuotedDay()]
Count = Annotated[int, Constraints(ge=0)]
Days = Annotated[int, Constraints(ge=0, le=3650)]
Percent = Annotated[float, Constraints(ge=0, le=100)]

LegalForm = Literal[
    "registered_charity",
    "cio",
    "charitable_company",
    "community_interest_company",
    "company_limited_by_guarantee",
    "community_benefit_society",
    "cooperative",
    "constituted_group",
    "unconstituted_group",
    "faith_group",
    "parish_council",
    "social_enterprise",
    "individual",
]
Accounts = Literal["none", "bank_statements", "unaudited", "independent_examination", "audited"]
Payment = Literal["in_advance", "staged_in_advance", "in_arrears", "on_milestones"]
Frequency = Literal["monthly", "quarterly", "six_monthly", "annual", "end_only", "none"]
Route = Literal[
    "open_tender", "competitive_flexible", "light_touch", "direct_award", "grant_agreement"
]
