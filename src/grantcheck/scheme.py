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


@model(STRICT)
class Award:
    max: Annotated[
        float,
        Constraints(
            gt=0,
            description=(
                "Required. The most one organisation can receive over the whole "
                "agreement, all years "
                "together "
                "(for a contract, one lot's value over its whole term). Sets the award band."
            ),
        ),
    ]
    min: Amount | None = described_field("The smallest award.", default=None)
    typical: Annotated[float, Constraints(gt=0)] | None = described_field(
        "The award most organisations will get; the cost of applying is compared with it. "
        "Default: max.",
        default=None,
    )
    total: Annotated[float, Constraints(gt=0)] | None = described_field(
        "The whole pot, or the whole contract value (a rolling scheme: a year's budget).",
        default=None,
    )
    expected_awards: Count | None = described_field("How many awards are expected.", default=None)
    expected_applications: Count | None = described_field(
        "How many applications are expected (a rolling scheme: in a year).", default=None
    )


@model(STRICT)
class Guidance:
    pages: Count | None = described_field("Pages of guidance as published.", default=None)
    documents: list[Annotated[str, Constraints(max_length=1000)]] = described_field(
        factory=list, text="Guidance files (.md, .txt, .pdf, .docx, .html), relative to this file."
    )


@model(STRICT)
class Attachment:
    name: Annotated[
        str,
        Constraints(
            max_length=300,
            description=("What the document is, such as 'budget' or 'annual accounts'."),
        ),
    ]
    prepared: bool | None = described_field(
        "true: written for this application (a budget, a plan); false: one the organisation "
        "already holds (a constitution, accounts). Leave out to let grantcheck judge by the name.",
        default=None,
    )


@model(STRICT)
class Form:
    documents: list[Annotated[str, Constraints(max_length=1000)]] = described_field(
        factory=list,
        text="The form as published (.docx, .pdf, .html, .md, .txt), relative to this file.",
    )
    questions: Count | None = described_field(
        "Questions that need a written answer; names, addresses, tick boxes and declarations are "
        "not "
        "questions.",
        default=None,
    )
    word_limit: Count | None = described_field(
        "Total words asked for across all answers.", default=None
    )
    attachments: list[Item | Attachment] | None = described_field(
        "Documents applicants must send with the form: names, or {name, prepared}.", default=None
    )


@model(STRICT)
class Stage:
    name: Name | None = described_field(
        "What the stage is called, such as 'expression of interest'.", default=None
    )
    form: Form = described_field("This stage's form.", factory=Form)
    invited: Annotated[int, Constraints(ge=1)] | Literal["all"] | None = described_field(
        "How many applicants are invited to this stage (a number, or all); not for the first "
        "stage.",
        default=None,
    )


@model(STRICT)
class Support:
    pre_application: bool | None = described_field(
        "Help to apply is offered (LIO surgery, officer contact).", default=None
    )
    accessible_formats: bool | None = described_field(
        "The form and guidance are offered in other formats and languages on request.", default=None
    )


@model(STRICT)
class Application:
    opens: dt.date | None = described_field(
        "The date applications open (YYYY-MM-DD).", default=None
    )
    closes: dt.date | None = described_field("The closing date (YYYY-MM-DD).", default=None)
    window_days: Annotated[int, Constraints(ge=1, le=3650)] | None = described_field(
        "Alternative to opens/closes.", default=None
    )
    rolling: bool | None = described_field(
        "true: applications are taken at any time (no closing date).", default=None
    )
    stages: (
        Annotated[int, Constraints(ge=1, le=5)]
        | Annotated[list[Stage], Constraints(min_length=1, max_length=5)]
        | None
    ) = described_field(
        "A number (2 = expression of interest, then the form), or a list of stages, first first.",
        default=None,
    )
    guidance: Guidance = described_field("The guidance an applicant must read.", factory=Guidance)
    form: Form = described_field(
        "The application form (with a list of stages, give each stage's form "
        "under its stage instead).",
        factory=Form,
    )
    support: Support = described_field("Help offered to applicants.", factory=Support)


@model(STRICT)
class Eligibility:
    legal_forms: list[LegalForm] | None = described_field("Who may apply.", default=None)
    min_years_operating: Amount | None = described_field(
        "Years an organisation must have been running.", default=None
    )
    min_annual_income: Amount | None = described_field(
        "The smallest yearly income an applicant may have.", default=None
    )
    match_funding_percent: Percent | None = described_field(
        "The share of the cost applicants must find elsewhere, in per cent.", default=None
    )
    accounts: Accounts | None = described_field("The financial evidence asked for.", default=None)
    public_liability_insurance: Amount | None = described_field(
        "The cover required, in currency units.", default=None
    )
    policies_required: list[Item] | None = described_field(
        "The policies applicants must hold.", default=None
    )


@model(STRICT)
class Decision:
    days: Days | None = described_field(
        "Days from the closing date (a rolling scheme: from submission) to the decision.",
        default=None,
    )
    date: dt.date | None = described_field("The decision date, instead of days.", default=None)
    timeline_published: bool | None = described_field(
        "The dates of the decision and the first payment are published with the call.", default=None
    )
    feedback: bool | None = described_field("Unsuccessful applicants are told why.", default=None)


@model(STRICT)
class Renewal:
    notice_days: Days | None = described_field(
        "How long before an agreement ends its renewal (or end) is confirmed.", default=None
    )
    gap_days: Days | None = described_field(
        "The usual gap between one agreement and the next.", default=None
    )


@model(STRICT)
class Funding:
    months: Annotated[float, Constraints(gt=0, le=600)] | None = described_field(
        "Length of one agreement.", default=None
    )
    ongoing: bool | None = described_field(
        "Pays for a service or activity expected to continue.", default=None
    )
    starts: dt.date | None = described_field("The date the agreement starts.", default=None)
    previous_ends: dt.date | None = described_field(
        "End of the agreement this one continues or replaces.", default=None
    )
    core_costs: bool | None = described_field(
        "May pay running costs, not only projects; false (with no overheads cap) means no "
        "overheads.",
        default=None,
    )
    full_cost_recovery: bool | None = described_field(
        "Overheads may be costed in fully.", default=None
    )
    overheads_percent_cap: Percent | None = described_field(
        "The most that may go on overheads, in per cent; leave out if there is no cap.",
        default=None,
    )
    inflation_uplift: bool | None = described_field(
        "Amounts over several years rise with inflation.", default=None
    )
    payment: Payment | None = described_field("When the money is paid.", default=None)
    payment_days: Days | None = described_field(
        "Days from a claim or invoice to payment.", default=None
    )
    new_activity_required: bool | None = described_field(
        "The funding must pay for new or innovative work, not what already works.", default=None
    )
    renewal: Renewal = described_field("Renewal of an ongoing agreement.", factory=Renewal)


@model(STRICT)
class Reporting:
    frequency: Frequency | None = described_field(
        "How often funded organisations report.", default=None
    )
    measures: Count | None = described_field(
        "Indicators or outcome measures to report.", default=None
    )
    hours_per_report: Amount | None = described_field(
        "The funder's own estimate of the work of one report.", default=None
    )
    evidence: list[Item] | None = described_field(
        "Evidence to send, such as receipts or photos.", default=None
    )
    template_provided: bool | None = described_field("A reporting template is given.", default=None)


@model(STRICT)
class Procurement:
    lots: Annotated[int, Constraints(ge=1)] | None = described_field(
        "How many lots the contract is divided into.", default=None
    )
    consortium_bids: bool | None = described_field("Organisations may bid together.", default=None)
    route: Route | None = described_field("The procurement route.", default=None)


@model(STRICT)
class Engagement:
    lio_involved: bool | None = described_field(
        "A local infrastructure organisation (LIO) helped design the scheme.", default=None
    )
    codesigned: bool | None = described_field("Designed with VCFSE organisations.", default=None)
    rural_proofed: bool | None = described_field(
        "Checked for its effect on rural areas.", default=None
    )
    change_notice_days: Days | None = described_field(
        "Notice given, in days, of a cut or change to the funding this replaces.", default=None
    )
    informal_soundings: bool | None = described_field(
        "Informal conversations with the sector came before formal consultation.", default=None
    )


@model(STRICT)
class Waiver:
    rule: Annotated[
        str, Constraints(pattern=r"^[A-Z]+[0-9]+$", description="A rule ID, such as GC301.")
    ]
    reason: Annotated[
        str,
        Constraints(
            min_length=1,
            max_length=2000,
            pattern=r"\S",
            description="Why the finding is accepted; shown in every report.",
        ),
    ]


@model(STRICT)
class Scheme:
    """One funding scheme: a grant programme or a contract opportunity."""

    format: Literal[1] = described_field("The version of this format: 1.", default=1)
    name: Annotated[
        str,
        Constraints(
            min_length=1,
            max_length=300,
            description="Required. The scheme's name as applicants see it.",
        ),
    ]
    funder: Annotated[
        str, Constraints(min_length=1, max_length=300, description="Required. Who runs the scheme.")
    ]
    kind: Literal["grant", "contract"] = described_field("grant or contract.", default="grant")
    id: Annotated[str, Constraints(min_length=1, max_length=100)] | None = described_field(
        "A short name for waivers in config and baselines. Default: the file name.", default=None
    )
    currency: Annotated[str, Constraints(pattern=r"^[A-Z]{3}$")] = described_field(
        "A three-letter currency code.", default="GBP"
    )
    area: Literal["urban", "rural", "mixed"] | None = described_field(
        "Whether the scheme covers rural areas (decides whether rural proofing is checked).",
        default=None,
    )
    award: Annotated[Award, Constraints(description="Required. How much is on offer.")]
    application: Application = described_field("What it takes to apply.", factory=Application)
    eligibility: Eligibility = described_field(
        "Who may apply, and what they must prove.", factory=Eligibility
    )
    decision: Decision = described_field("How and when applications are decided.", factory=Decision)
    funding: Funding = described_field("The terms of the agreement.", factory=Funding)
    reporting: Reporting = described_field(
        "What funded organisations must report.", factory=Reporting
    )
    procurement: Procurement = described_field(
        "For contracts: lots, consortia and route.", factory=Procurement
    )
    engagement: Engagement = described_field(
        "Working with the sector on the scheme's design.", factory=Engagement
    )
    waivers: list[Waiver] = described_field(
        "Findings accepted on purpose, each with a reason.", factory=list
    )
