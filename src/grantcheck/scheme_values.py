"""The scheme format's value types: amounts, counts, days, percentages, dates' bounds, and
the closed sets of words (legal forms, accounts, payment, reporting frequency, procurement
route) its models share.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from grantcheck.model import Constraints

Amount = Annotated[float, Constraints(ge=0)]
Name = Annotated[str, Constraints(min_length=1, max_length=300)]
Item = Annotated[str, Constraints(max_length=300)]
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2150, 12, 31)  # bounds keep date arithmetic safe
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
