"""The scheme format (format 1) as pydantic models: the contract in scheme-format.md.

Models are strict: a string is never quietly turned into a number, and unknown
keys are refused. Every section is optional except ``name``, ``funder`` and
``award.max``; a fact that is not stated stays ``None`` (unknown), never a
default that could hide a problem.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Amount = Annotated[float, Field(ge=0)]
Name = Annotated[str, Field(min_length=1, max_length=300)]
Item = Annotated[str, Field(max_length=300)]
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2150, 12, 31)  # bounds keep date arithmetic safe
Count = Annotated[int, Field(ge=0)]
Days = Annotated[int, Field(ge=0, le=3650)]
Percent = Annotated[float, Field(ge=0, le=100)]

LegalForm = Literal[
    "registered_charity", "cio", "charitable_company", "community_interest_company",
    "company_limited_by_guarantee", "community_benefit_society", "cooperative",
    "constituted_group", "unconstituted_group", "faith_group", "parish_council",
    "social_enterprise", "individual",
]
Accounts = Literal["none", "bank_statements", "unaudited", "independent_examination", "audited"]
Payment = Literal["in_advance", "staged_in_advance", "in_arrears", "on_milestones"]
Frequency = Literal["monthly", "quarterly", "six_monthly", "annual", "end_only", "none"]
Route = Literal["open_tender", "competitive_flexible", "light_touch", "direct_award", "grant_agreement"]


class Section(BaseModel):
    """Shared settings: strict types, no unknown keys, no NaN or infinity, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False, defer_build=True)


class Award(Section):
    max: Annotated[float, Field(gt=0, description="The largest single award, or one lot's contract value.")]
    min: Amount | None = None
    typical: Annotated[float, Field(gt=0)] | None = Field(None, description="Default: max.")
    total: Annotated[float, Field(gt=0)] | None = Field(None, description="The whole pot or contract value.")
    expected_awards: Count | None = None
    expected_applications: Count | None = None


class Guidance(Section):
    pages: Count | None = Field(None, description="Pages of guidance as published.")
    documents: list[Annotated[str, Field(max_length=1000)]] = Field(default_factory=list, description="Guidance files (.md, .txt), relative to this file.")


class Form(Section):
    questions: Count | None = None
    word_limit: Count | None = Field(None, description="Total words asked for across all answers.")
    attachments: list[Item] | None = Field(None, description="Documents applicants must send with the form.")


class Support(Section):
    pre_application: bool | None = Field(None, description="Help to apply is offered (LIO surgery, officer contact).")
    accessible_formats: bool | None = None


class Application(Section):
    opens: dt.date | None = None
    closes: dt.date | None = None
    window_days: Annotated[int, Field(ge=1, le=3650)] | None = Field(None, description="Alternative to opens/closes.")
    stages: Annotated[int, Field(ge=1, le=5)] | None = Field(None, description="2 = expression of interest, then full application.")
    guidance: Guidance = Field(default_factory=Guidance)
    form: Form = Field(default_factory=Form)
    support: Support = Field(default_factory=Support)


class Eligibility(Section):
    legal_forms: list[LegalForm] | None = None
    min_years_operating: Amount | None = None
    min_annual_income: Amount | None = None
    match_funding_percent: Percent | None = None
    accounts: Accounts | None = None
    public_liability_insurance: Amount | None = None
    policies_required: list[Item] | None = None


class Decision(Section):
    days: Days | None = Field(None, description="From the closing date to the decision.")
    date: dt.date | None = Field(None, description="Alternative to days.")
    timeline_published: bool | None = None
    feedback: bool | None = None


class Renewal(Section):
    notice_days: Days | None = None
    gap_days: Days | None = None


class Funding(Section):
    months: Annotated[float, Field(gt=0, le=600)] | None = Field(None, description="Length of one agreement.")
    ongoing: bool | None = Field(None, description="Pays for a service or activity expected to continue.")
    starts: dt.date | None = None
    previous_ends: dt.date | None = Field(None, description="End of the agreement this one continues or replaces.")
    core_costs: bool | None = None
    full_cost_recovery: bool | None = None
    overheads_percent_cap: Percent | None = None
    inflation_uplift: bool | None = None
    payment: Payment | None = None
    payment_days: Days | None = None
    new_activity_required: bool | None = None
    renewal: Renewal = Field(default_factory=Renewal)


class Reporting(Section):
    frequency: Frequency | None = None
    measures: Count | None = None
    hours_per_report: Amount | None = None
    evidence: list[Item] | None = None
    template_provided: bool | None = None


class Procurement(Section):
    lots: Annotated[int, Field(ge=1)] | None = None
    consortium_bids: bool | None = None
    route: Route | None = None


class Engagement(Section):
    lio_involved: bool | None = None
    codesigned: bool | None = None
    rural_proofed: bool | None = None
    change_notice_days: Days | None = None
    informal_soundings: bool | None = None


class Waiver(Section):
    rule: Annotated[str, Field(pattern=r"^[A-Z]+[0-9]+$", description="A rule ID, such as GC301.")]
    reason: Annotated[str, Field(min_length=1, max_length=2000, pattern=r"\S",
                                 description="Why the finding is accepted; shown in every report.")]


class Scheme(Section):
    """One funding scheme: a grant programme or a contract opportunity."""

    format: Literal[1] = 1
    name: Name
    funder: Name
    kind: Literal["grant", "contract"] = "grant"
    id: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "GBP"
    area: Literal["urban", "rural", "mixed"] | None = None
    award: Award
    application: Application = Field(default_factory=Application)
    eligibility: Eligibility = Field(default_factory=Eligibility)
    decision: Decision = Field(default_factory=Decision)
    funding: Funding = Field(default_factory=Funding)
    reporting: Reporting = Field(default_factory=Reporting)
    procurement: Procurement = Field(default_factory=Procurement)
    engagement: Engagement = Field(default_factory=Engagement)
    waivers: list[Waiver] = Field(default_factory=list)
