"""The scheme format (format 1) as models: the contract in scheme-format.md.

Frozen dataclasses that pydantic validates (see model.py for the fast path).
Models are strict: a string is never quietly turned into a number, and unknown
keys are refused. Every section is optional except ``name``, ``funder`` and
``award.max``; a fact that is not stated stays ``None`` (unknown), never a
default that could hide a problem. The award, waivers and the scheme are here; the
application section in scheme_application.py, the other sections in scheme_sections.py, the
value types they share in scheme_values.py.
"""

from __future__ import annotations

from typing import Annotated, Literal

from grantcheck.model import STRICT, Constraints, described_field, model
from grantcheck.scheme_application import Application
from grantcheck.scheme_sections import (
    Decision,
    Eligibility,
    Engagement,
    Funding,
    Procurement,
    Reporting,
)
from grantcheck.scheme_values import Amount, Count


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
    key: (
        Annotated[str, Constraints(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_*?.]+$")]
        | None
    ) = described_field(
        "GC002 only: the stated key whose disagreement this waives, as the scheme file writes "
        "it (application.form.attachments), '*' matching any part "
        "(application.stages.*.form.questions). Without a key, the waiver covers every "
        "disagreement.",
        default=None,
    )


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
        "A three-letter ISO 4217 currency code, such as GBP or EUR.", default="GBP"
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
