"""The scheme format (format 1) as models: the contract in scheme-format.md.

Frozen dataclasses that pydantic validates (see model.py for the fast path).
Models are strict: a string is never quietly turned into a number, and unknown
keys are refused. Every section is optional except ``name``, ``funder`` and
``award.max``; a fact that is not stated stays ``None`` (unknown), never a
default that could hide a problem.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from grantcheck.model import STRICT, Constraints, described_field, model

Amount = Annotated[float, Constraints(ge=0)]
Name = Annotated[str, Constraints(min_length=1, max_length=300)]
Item = Annotated[str, Constraints(max_length=300)]
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2150, 12, 31)  # bounds keep date arithmetic safe
Count = Annotated[int, Constraints(ge=0)]
Days = Annotated[int, Constraints(ge=0, le=3650)]
Percent = Annotated[float, Constraints(ge=0, le=100)]

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


@model(STRICT)
class Award:
    max: Annotated[float, Constraints(gt=0, description="The largest single award, or one lot's contract value.")]
    min: Amount | None = None
    typical: Annotated[float, Constraints(gt=0)] | None = described_field("Default: max.", default=None)
    total: Annotated[float, Constraints(gt=0)] | None = described_field("The whole pot or contract value.", default=None)
    expected_awards: Count | None = None
    expected_applications: Count | None = None


@model(STRICT)
class Guidance:
    pages: Count | None = described_field("Pages of guidance as published.", default=None)
    documents: list[Annotated[str, Constraints(max_length=1000)]] = described_field(factory=list, text="Guidance files (.md, .txt), relative to this file.")


@model(STRICT)
class Attachment:
    name: Item = described_field("What the document is, such as 'budget' or 'annual accounts'.")
    prepared: bool | None = described_field(
        "true: written for this application (a budget, a plan); false: one the organisation "
        "already holds (a constitution, accounts). Leave out to let grantcheck judge by the name.",
        default=None)


@model(STRICT)
class Form:
    questions: Count | None = None
    word_limit: Count | None = described_field("Total words asked for across all answers.", default=None)
    attachments: list[Item | Attachment] | None = described_field(
        "Documents applicants must send with the form: names, or {name, prepared}.", default=None)


@model(STRICT)
class Stage:
    name: Name | None = described_field("What the stage is called, such as 'expression of interest'.", default=None)
    form: Form = described_field(factory=Form)
    invited: Annotated[int, Constraints(ge=1)] | Literal["all"] | None = described_field(
        "How many applicants are invited to this stage (a number, or all); not for the first stage.",
        default=None)


@model(STRICT)
class Support:
    pre_application: bool | None = described_field("Help to apply is offered (LIO surgery, officer contact).", default=None)
    accessible_formats: bool | None = None


@model(STRICT)
class Application:
    opens: dt.date | None = None
    closes: dt.date | None = None
    window_days: Annotated[int, Constraints(ge=1, le=3650)] | None = described_field("Alternative to opens/closes.", default=None)
    rolling: bool | None = described_field("true: applications are taken at any time (no closing date).", default=None)
    stages: Annotated[int, Constraints(ge=1, le=5)] | Annotated[list[Stage], Constraints(min_length=1, max_length=5)] | None = described_field(
        "A number (2 = expression of interest, then the form), or a list of stages, first first.",
        default=None)
    guidance: Guidance = described_field(factory=Guidance)
    form: Form = described_field(factory=Form)
    support: Support = described_field(factory=Support)


@model(STRICT)
class Eligibility:
    legal_forms: list[LegalForm] | None = None
    min_years_operating: Amount | None = None
    min_annual_income: Amount | None = None
    match_funding_percent: Percent | None = None
    accounts: Accounts | None = None
    public_liability_insurance: Amount | None = None
    policies_required: list[Item] | None = None


@model(STRICT)
class Decision:
    days: Days | None = described_field("From the closing date to the decision.", default=None)
    date: dt.date | None = described_field("Alternative to days.", default=None)
    timeline_published: bool | None = None
    feedback: bool | None = None


@model(STRICT)
class Renewal:
    notice_days: Days | None = None
    gap_days: Days | None = None


@model(STRICT)
class Funding:
    months: Annotated[float, Constraints(gt=0, le=600)] | None = described_field("Length of one agreement.", default=None)
    ongoing: bool | None = described_field("Pays for a service or activity expected to continue.", default=None)
    starts: dt.date | None = None
    previous_ends: dt.date | None = described_field("End of the agreement this one continues or replaces.", default=None)
    core_costs: bool | None = None
    full_cost_recovery: bool | None = None
    overheads_percent_cap: Percent | None = None
    inflation_uplift: bool | None = None
    payment: Payment | None = None
    payment_days: Days | None = None
    new_activity_required: bool | None = None
    renewal: Renewal = described_field(factory=Renewal)


@model(STRICT)
class Reporting:
    frequency: Frequency | None = None
    measures: Count | None = None
    hours_per_report: Amount | None = None
    evidence: list[Item] | None = None
    template_provided: bool | None = None


@model(STRICT)
class Procurement:
    lots: Annotated[int, Constraints(ge=1)] | None = None
    consortium_bids: bool | None = None
    route: Route | None = None


@model(STRICT)
class Engagement:
    lio_involved: bool | None = None
    codesigned: bool | None = None
    rural_proofed: bool | None = None
    change_notice_days: Days | None = None
    informal_soundings: bool | None = None


@model(STRICT)
class Waiver:
    rule: Annotated[str, Constraints(pattern=r"^[A-Z]+[0-9]+$", description="A rule ID, such as GC301.")]
    reason: Annotated[str, Constraints(min_length=1, max_length=2000, pattern=r"\S",
                                 description="Why the finding is accepted; shown in every report.")]


@model(STRICT)
class Scheme:
    """One funding scheme: a grant programme or a contract opportunity."""

    format: Literal[1] = 1
    name: Name
    funder: Name
    kind: Literal["grant", "contract"] = "grant"
    id: Annotated[str, Constraints(min_length=1, max_length=100)] | None = None
    currency: Annotated[str, Constraints(pattern=r"^[A-Z]{3}$")] = "GBP"
    area: Literal["urban", "rural", "mixed"] | None = None
    award: Award
    application: Application = described_field(factory=Application)
    eligibility: Eligibility = described_field(factory=Eligibility)
    decision: Decision = described_field(factory=Decision)
    funding: Funding = described_field(factory=Funding)
    reporting: Reporting = described_field(factory=Reporting)
    procurement: Procurement = described_field(factory=Procurement)
    engagement: Engagement = described_field(factory=Engagement)
    waivers: list[Waiver] = described_field(factory=list)
