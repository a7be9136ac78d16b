"""Turn a loaded document into a ``Scheme``, or into located, fixable errors.

pydantic checks types and ranges (through parsing.parse, its errors put into
words by model_errors.py); the cross-field rules of scheme-format.md (dates
that agree, ``min`` not above ``max`` ...) are checked here afterwards, so
that each error can name the exact key that is wrong.
"""

from __future__ import annotations

from grantcheck.currencies import currency_problem
from grantcheck.errors import InputError
from grantcheck.frozen import frozen_dataclass
from grantcheck.load import Document, KeyPath
from grantcheck.model_errors import dotted, model_errors
from grantcheck.parsing import Invalid, parse
from grantcheck.scheme import Scheme
from grantcheck.units import plural


@frozen_dataclass
class Parsed:
    """A document that validated: the scheme and where it came from."""

    doc: Document
    scheme: Scheme


def _stage_problems(s: Scheme) -> list[tuple[KeyPath, str, str]]:
    """Rolling schemes have no closing date; listed stages carry their own forms; all may apply at
    first."""
    app = s.application
    out: list[tuple[KeyPath, str, str]] = []
    if app.rolling and (app.closes or app.window_days is not None):
        key = "closes" if app.closes else "window_days"
        out.append(
            (
                ("application", key),
                f"application.{key} is given, but application.rolling says "
                "applications are taken at any time",
                "Remove one of them",
            )
        )
    if isinstance(app.stages, list):
        form = app.form
        if any(x is not None for x in (form.questions, form.word_limit, form.attachments)):
            out.append(
                (
                    ("application", "form"),
                    "application.form is given as well as a list of stages",
                    "Describe each stage's form under its stage, in application.stages",
                )
            )
        if app.stages[0].invited not in (None, "all"):
            out.append(
                (
                    ("application", "stages", 0, "invited"),
                    "the first stage is open to every applicant",
                    "Remove invited from the first stage",
                )
            )
    return out


def _consistency(s: Scheme) -> list[tuple[KeyPath, str, str]]:
    """Cross-field problems as (key path, message, hint)."""
    out: list[tuple[KeyPath, str, str]] = []
    a, app, dec = s.award, s.application, s.decision
    if a.min is not None and a.min > a.max:
        out.append(
            (
                ("award", "min"),
                f"award.min ({a.min:g}) is above award.max ({a.max:g})",
                "Swap them or correct one",
            )
        )
    if a.typical is not None and (a.typical > a.max or (a.min is not None and a.typical < a.min)):
        out.append(
            (
                ("award", "typical"),
                f"award.typical ({a.typical:g}) is outside award.min to award.max",
                "The typical award lies between the smallest and the largest",
            )
        )
    if a.total is not None and a.total < a.max:
        out.append(
            (
                ("award", "total"),
                f"award.total ({a.total:g}) is less than award.max ({a.max:g})",
                "award.total is the whole pot; it cannot be smaller than one award",
            )
        )
    if (
        a.expected_awards is not None
        and a.expected_applications is not None
        and a.expected_awards > a.expected_applications
    ):
        out.append(
            (
                ("award", "expected_awards"),
                "award.expected_awards is more than award.expected_applications",
                "More awards than applications cannot be made",
            )
        )
    if app.opens and app.closes:
        days = (app.closes - app.opens).days
        if days <= 0:
            out.append(
                (
                    ("application", "closes"),
                    f"application.closes ({app.closes}) is not after application.opens "
                    f"({app.opens})",
                    "Check the two dates",
                )
            )
        elif app.window_days is not None and app.window_days != days:
            out.append(
                (
                    ("application", "window_days"),
                    f"application.window_days is {app.window_days}, but opens and closes "
                    f"are {plural(days, 'day')} apart",
                    "Give the dates or window_days, or make them agree",
                )
            )
    if dec.date and app.closes:
        days = (dec.date - app.closes).days
        if days < 0:
            out.append(
                (
                    ("decision", "date"),
                    f"decision.date ({dec.date}) is before application.closes ({app.closes})",
                    "Check the two dates",
                )
            )
        elif dec.days is not None and dec.days != days:
            out.append(
                (
                    ("decision", "days"),
                    f"decision.days is {dec.days}, but decision.date is "
                    f"{plural(days, 'day')} after application.closes",
                    "Give decision.date or decision.days, or make them agree",
                )
            )
    return out + _date_range(s) + _stage_problems(s)


def _date_range(s: Scheme) -> list[tuple[KeyPath, str, str]]:
    """Dates outside 1990 to 2150 are mistakes, and would overflow date arithmetic."""
    from grantcheck.scheme_values import EARLIEST, LATEST

    dates = {
        ("application", "opens"): s.application.opens,
        ("application", "closes"): s.application.closes,
        ("decision", "date"): s.decision.date,
        ("funding", "starts"): s.funding.starts,
        ("funding", "previous_ends"): s.funding.previous_ends,
    }
    return [
        (
            path,
            f"{dotted(path)} ({value}) is not between {EARLIEST.year} and {LATEST.year}",
            "Check the year",
        )
        for path, value in dates.items()
        if value is not None and not EARLIEST <= value <= LATEST
    ]


def validate(doc: Document) -> tuple[Parsed | None, list[InputError]]:
    """Validate one document; return the parsed scheme or the errors found."""
    # pydantic takes True for 1 (they are equal), so a format of true is refused here
    if isinstance(doc.data, dict) and isinstance(doc.data.get("format"), bool):
        p = doc.value_position(("format",))
        given = str(doc.data["format"]).lower()
        return None, [
            InputError(
                doc.file,
                p.line,
                p.column,
                f"format must be 1, not {given}",
                "Write format: 1, or leave it out",
            )
        ]
    try:
        scheme = parse(Scheme, doc.data)
    except Invalid as exc:
        return None, model_errors(doc, exc, Scheme)
    errors = []
    for path, message, hint in _consistency(scheme):
        p = doc.position(path)
        errors.append(InputError(doc.file, p.line, p.column, message, hint))
    if problem := currency_problem(scheme.currency):
        p = doc.value_position(("currency",))
        errors.append(InputError(doc.file, p.line, p.column, *problem))
    errors.sort(key=lambda e: (e.line, e.column))
    return (None, errors) if errors else (Parsed(doc, scheme), [])
