"""The effort model's assumptions: their model, their names (and one old name), and the range
a config may set each to. Their values are in the rule pack (rules/effort.yaml).
"""

from __future__ import annotations

from typing import Annotated

from grantcheck.model import LAX, Constraints, model


@model(LAX)
class Assumption:
    """One named assumption: its value, how to say it, and where it comes from."""

    value: Annotated[float, Constraints(gt=0)]
    label: str
    unit: str
    basis: str


ASSUMPTION_NAMES = (
    "reading_words_per_minute",
    "words_per_page",
    "guidance_reads",
    "writing_words_per_hour",
    "words_per_unlimited_answer",
    "characters_per_word",
    "minutes_per_question",
    "minutes_per_field",
    "minutes_per_held_attachment",
    "hours_per_prepared_attachment",
    "hours_per_attachment",
    "hours_per_expression_of_interest",
    "invited_per_award",
    "report_base_hours",
    "report_hours_per_measure",
    "reporting_hours_floor",
    "hourly_cost",
)
RENAMED = {"hours_per_extra_stage": "hours_per_expression_of_interest"}  # old name: new name
# What a config may set each to: wide enough for any honest estimate, narrow enough that a
# typing slip (or a hostile config) cannot turn "1,500 characters" into "no limit" or make an
# estimate hundreds of digits long. hourly_cost is in the scheme's currency, whatever it is.
PLAUSIBLE: dict[str, tuple[float, float]] = {
    "reading_words_per_minute": (50, 1000),
    "words_per_page": (50, 2000),
    "guidance_reads": (0.5, 10),
    "writing_words_per_hour": (20, 3000),
    "words_per_unlimited_answer": (10, 5000),
    "characters_per_word": (2, 20),
    "minutes_per_question": (0.5, 480),
    "minutes_per_field": (0.1, 60),
    "minutes_per_held_attachment": (1, 480),
    "hours_per_prepared_attachment": (0.1, 100),
    "hours_per_attachment": (0.1, 100),
    "hours_per_expression_of_interest": (0.1, 100),
    "invited_per_award": (1, 100),
    "report_base_hours": (0.1, 200),
    "report_hours_per_measure": (0.01, 50),
    "reporting_hours_floor": (0.1, 1000),
    "hourly_cost": (0.01, 100_000),
}
