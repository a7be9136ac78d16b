"""What an effort estimate behind a finding assumed, in one paragraph, for the formats that
show a finding alone (GitHub annotations, JUnit, CSV and the xlsx Findings sheet).

The brief: every estimate prints the assumptions it used. Text, Markdown, HTML, JSON and
SARIF print them once per scheme or run; a GitHub annotation, a JUnit failure or a CSV row is
read on its own, so a finding judged on an estimate ("34% of the typical award") carries the
hours and cost behind it and the assumptions themselves.
"""

from __future__ import annotations

from grantcheck.findings import SchemeResult
from grantcheck.metrics_catalogue import ESTIMATED
from grantcheck.reporters.wording import assumptions_text, estimate_word
from grantcheck.units import estimate_pounds, fmt


def estimate_note(s: SchemeResult, metric: str) -> str:
    """'Estimate: one application about 16.8 hours, worth £336. Assumptions: ...', or "" for a
    finding that is not judged on an estimate."""
    if metric not in ESTIMATED:
        return ""
    m, lower = s.metrics, s.lower_bounds
    said = []
    hours, cost = m.get("application.hours"), m.get("application.cost")
    if not metric.startswith("reporting.") and hours is not None and cost is not None:
        about = estimate_word("application.hours", lower)
        said.append(f"one application {about} {fmt(hours, 'hours')}, worth {estimate_pounds(cost)}")
    if metric.startswith("sector.") and m.get("sector.cost") is not None:
        about = estimate_word("sector.cost", lower)
        said.append(f"all applicants {about} {estimate_pounds(m['sector.cost'])}")
    for name, what in (
        ("reporting.hours_per_year", "a year"),
        ("reporting.hours_per_agreement", "on one agreement"),
    ):
        if metric.startswith("reporting.") and m.get(name) is not None:
            about = estimate_word(name, lower)
            said.append(f"reporting {about} {fmt(m[name], 'hours')} {what}")
    head = f"Estimate: {'; '.join(said)}. " if said else ""
    return f"{head}Assumptions: {assumptions_text(s.assumptions)}."
