"""The hours behind the estimates, part by part, for every human-readable format.

One application (reading the guidance, then each stage's parts) and reporting on
one agreement, each part with its hours and how they were worked out. Reporters
only lay these rows out.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from grantcheck.findings import SchemeResult
from grantcheck.safe_text import visible
from grantcheck.units import fmt

EFFORT_HEAD = ["part", "hours", "how it is worked out"]


class EffortRow(NamedTuple):
    section: str  # "One application" or "Reporting on one agreement"
    part: str  # the stage and the part, in words
    hours: str  # "2.5 hours", or "not stated"
    detail: str


def _part_name(p: Any, several: bool) -> str:
    if p.stage in ("", "reporting", p.label) or not several:
        return p.label[:1].upper() + p.label[1:]
    return f"{p.stage[:1].upper() + p.stage[1:]}: {p.label}"


def _and(names: list[str]) -> str:
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def _unread(s: SchemeResult, role: str) -> list[Any]:
    return [
        d for d in s.documents if getattr(d, "role", "") == role and d.text is None and not d.words
    ]


def unread_why(s: SchemeResult, role: str = "form") -> str:
    """Why the documents of ``role`` gave nothing: 'no text could be read in scan.pdf' (a
    scanned image), 'form-v2.docx could not be read' (missing, damaged, refused: its error
    says why); '' when every one was read."""
    docs = _unread(s, role)
    scanned = [visible(d.name) for d in docs if not getattr(d, "unread", False)]
    broken = [visible(d.name) for d in docs if getattr(d, "unread", False)]
    said = [f"no text could be read in {_and(scanned)}"] if scanned else []
    return "; ".join(said + ([f"{_and(broken)} could not be read"] if broken else []))


def none_found(s: SchemeResult) -> str:
    """'no question was found in form.md' when a form's documents, all read, showed no
    question and the scheme states none: its questions and word limit are not known."""
    facts = [
        f
        for k, f in s.measured.items()
        if k.startswith("application.form.questions") and isinstance(f, dict)
    ]
    if not any(f.get("found") is False and f.get("read") == "not known" for f in facts):
        return ""
    names = [visible(d.name) for d in s.documents if getattr(d, "role", "") == "form"]
    return f"no question was found in {_and(names) if names else 'the form'}"


def effort_rows(s: SchemeResult) -> list[EffortRow]:
    """Every part of the estimate, application first, then reporting; a part of a form that
    could not be read is 'not measurable', not 'not stated'."""
    stages = {p.stage for p in s.effort if p.stage not in ("", "reporting")}
    unread, guidance = unread_why(s) or none_found(s), unread_why(s, "guidance")
    rows = []
    for p in s.effort:
        section = "Reporting on one agreement" if p.stage == "reporting" else "One application"
        unstated = (
            f"not measurable ({unread})"
            if unread and p.stage not in ("", "reporting")
            else f"not known ({guidance})"
            if guidance and p.stage == ""  # the guidance named, but none of it read
            else "not stated (counted as none)"
        )
        # (a few minutes stay minutes: rounded to 0.00 first, they would read as no work)
        shown = p.hours if p.hours is None or p.hours < 0.05 else round(p.hours, 2)
        hours = unstated if shown is None else fmt(shown, "hours")
        if shown is not None and p.stage == "" and "guidance.reading_minutes" in s.lower_bounds:
            hours = f"at least {hours}"  # a guidance document not read: a floor (trial22 T3)
        rows.append(EffortRow(section, _part_name(p, len(stages) > 1), hours, p.detail or "—"))
    return rows


def effort_total(s: SchemeResult) -> str:
    """One application's hours in total, 'at least' when some part is not stated."""
    hours = s.metrics.get("application.hours")
    if hours is None:
        unread = unread_why(s)
        if unread:
            return f"not known: {unread}"
        return "not known: no question, word limit or attachment is stated"
    prefix = "at least " if "application.hours" in s.lower_bounds else "about "
    return prefix + fmt(hours, "hours")


def effort_lines(s: SchemeResult) -> list[tuple[str, str]]:
    """(heading, line) pairs for the text report."""
    out = []
    for row in effort_rows(s):
        out.append(
            (
                row.section,
                f"{row.part}: {row.hours}" + ("" if row.detail == "—" else f" ({row.detail})"),
            )
        )
    return out
