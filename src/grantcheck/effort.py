"""The effort model: how long applying and reporting take, from stated facts.

Every number here is an assumption from the rule pack (``rules/effort.yaml``),
overridable in config, and printed with every report. The functions are pure.
"""

from __future__ import annotations

from typing import Annotated

from grantcheck.frozen import frozen_dataclass
from grantcheck.model import LAX, Constraints, model


@model(LAX)
class Assumption:
    """One named assumption: its value, how to say it, and where it comes from."""

    value: Annotated[float, Constraints(gt=0)]
    label: str
    unit: str
    basis: str


ASSUMPTION_NAMES = (
    "reading_words_per_minute", "words_per_page", "writing_words_per_hour",
    "minutes_per_question", "hours_per_attachment", "hours_per_extra_stage",
    "report_base_hours", "report_hours_per_measure", "hourly_cost",
)


@frozen_dataclass
class Effort:
    """Hours for one applicant, by part; ``None`` parts were not stated."""

    reading: float | None
    writing: float | None
    questions: float | None
    attachments: float | None
    extra_stages: float | None

    @property
    def known(self) -> bool:
        """True when any part that depends on the scheme's own facts was stated."""
        return any(v is not None for k, v in self.parts().items() if k != "extra stages")

    @property
    def total(self) -> float | None:
        return sum(v for v in self.parts().values() if v is not None) if self.known else None

    @property
    def missing(self) -> list[str]:
        return [name for name, v in self.parts().items() if v is None]

    def parts(self) -> dict[str, float | None]:
        return {"reading the guidance": self.reading, "writing answers": self.writing,
                "each question": self.questions, "attachments": self.attachments,
                "extra stages": self.extra_stages}


def application_effort(
    a: dict[str, float], words: float | None, word_limit: int | None,
    questions: int | None, attachments: int | None, stages: int | None,
) -> Effort:
    """Hours to read, write and assemble one application, over all stages."""
    return Effort(
        reading=None if words is None else words / a["reading_words_per_minute"] / 60,
        writing=None if word_limit is None else word_limit / a["writing_words_per_hour"],
        questions=None if questions is None else questions * a["minutes_per_question"] / 60,
        attachments=None if attachments is None else attachments * a["hours_per_attachment"],
        extra_stages=((stages or 1) - 1) * a["hours_per_extra_stage"],  # unstated: one stage
    )


def hours_per_report(a: dict[str, float], stated: float | None, measures: int | None) -> float:
    """The funder's own estimate if given, else a base plus a share per measure."""
    if stated is not None:
        return stated
    return a["report_base_hours"] + (measures or 0) * a["report_hours_per_measure"]
