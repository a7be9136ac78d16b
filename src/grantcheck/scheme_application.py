"""The scheme format's application section as models: guidance, the form and its
attachments, stages, help offered, and the application window (scheme-format.md).
"""

from __future__ import annotations

from typing import Annotated, Literal

from grantcheck.model import STRICT, Constraints, described_field, model
from grantcheck.scheme_values import Count, Day, Item, Name


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
    opens: Day | None = described_field("The date applications open (YYYY-MM-DD).", default=None)
    closes: Day | None = described_field("The closing date (YYYY-MM-DD).", default=None)
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
