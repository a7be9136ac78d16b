"""The scheme format's other sections as models: eligibility, the decision, the funding
agreement and its renewal, reporting, procurement and engagement (scheme-format.md).
"""

from __future__ import annotations

from typing import Annotated

from grantcheck.model import STRICT, Constraints, described_field, model
from grantcheck.scheme_values import (
    Accounts,
    Amount,
    Count,
    Day,
    Days,
    Frequency,
    Item,
    LegalForm,
    Payment,
    Percent,
    Route,
)


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
    date: Day | None = described_field("The decision date, instead of days.", default=None)
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
    starts: Day | None = described_field("The date the agreement starts.", default=None)
    previous_ends: Day | None = described_field(
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
