"""Bad scheme input: each case gives a located error that says how to fix it."""

from __future__ import annotations

import pytest

from conftest import MINIMAL
from grantcheck.load import load_text
from grantcheck.validate import validate


def errors_for(text: str) -> list:  # type: ignore[type-arg]
    docs, load_errors = load_text(text, "s.yaml")
    assert load_errors == []
    parsed, errors = validate(docs[0])
    assert parsed is None
    return errors


def test_minimal_scheme_is_valid() -> None:
    docs, _ = load_text(MINIMAL, "s.yaml")
    parsed, errors = validate(docs[0])
    assert errors == [] and parsed is not None
    assert parsed.scheme.kind == "grant" and parsed.scheme.application.window_days is None


@pytest.mark.parametrize(
    "extra,line,column,message,hint",
    [
        (
            "application:\n  windw_days: 14\n",
            6,
            3,
            "unknown key 'windw_days' in application",
            "Did you mean 'window_days'?",
        ),
        ("fundr: x\n", 5, 1, "unknown key 'fundr'", "Did you mean 'funder'?"),
        (
            "application:\n  window_days: fourteen\n",
            6,
            16,
            "application.window_days must be a whole number, not 'fourteen'",
            "whole number",
        ),
        ("application:\n  window_days: 14.5\n", 6, 16, "must be a whole number", ""),
        (
            "application:\n  stages: 0\n",
            6,
            11,
            "application.stages must be greater than or equal to 1",
            "",
        ),
        (
            "decision:\n  feedback: sometimes\n",
            6,
            13,
            "decision.feedback must be true or false",
            "true or false",
        ),
        ("kind: grnt\n", 5, 7, "kind must be 'grant' or 'contract', not 'grnt'", ""),
        ("eligibility:\n  legal_forms: [charity]\n", 6, 17, "legal_forms[0] must be", ""),
        (
            "application:\n  opens: '2025-02-30'\n",  # a quoted ISO date is taken: not a day
            6,
            10,
            "application.opens must be a date",
            "YYYY-MM-DD, for example",
        ),
        ("application:\n  opens: soon\n", 6, 10, "application.opens must be a date", "YYYY-MM-DD"),
        ("waivers:\n  - rule: GC101\n", 6, 5, "'reason' is required in waivers[0]", ""),
        (
            "waivers:\n  - rule: GC101\n    reason: ''\n",
            7,
            13,
            "waivers[0].reason must not be empty",
            "",
        ),
        (
            "waivers:\n  - rule: GC101\n    reason: '   '\n",
            7,
            13,
            "waivers[0].reason must give a reason in words",
            "",
        ),
        ("reporting:\n  frequency: weekly\n", 6, 14, "reporting.frequency must be", ""),
    ],
)
def test_field_errors(extra: str, line: int, column: int, message: str, hint: str) -> None:
    errors = errors_for(MINIMAL + extra)
    assert len(errors) == 1, errors
    e = errors[0]
    assert (e.file, e.line, e.column) == ("s.yaml", line, column)
    assert message in e.message
    assert hint in e.hint


@pytest.mark.parametrize(
    "award,line,column,message",
    [
        ("  max: 0\n", 4, 8, "award.max must be greater than 0"),
        ("  max: -500\n", 4, 8, "award.max must be greater than 0"),
        ("  max: '£5,000'\n", 4, 8, "award.max must be a number, not '£5,000'"),
        ("  max: 5k\n", 4, 8, "award.max must be a number, not '5k'"),
        ("  max: 1000\n  min: -1\n", 5, 8, "award.min must be greater than or equal to 0"),
        ("  max: 1000\n  min: 2000\n", 5, 3, "award.min (2000) is above award.max (1000)"),
        ("  max: 1000\n  typical: 1500\n", 5, 3, "award.typical (1500) is outside"),
        ("  max: 1000\n  total: 500\n", 5, 3, "award.total (500) is less than award.max"),
        (
            "  max: 1000\n  expected_awards: 9\n  expected_applications: 3\n",
            5,
            3,
            "more than award.expected_applications",
        ),
    ],
)
def test_amount_errors(award: str, line: int, column: int, message: str) -> None:
    errors = errors_for("name: T\nfunder: C\naward:\n" + award)
    assert [(e.line, e.column) for e in errors] == [(line, column)]
    assert message in errors[0].message


@pytest.mark.parametrize(
    "application,line,message",
    [
        (
            "  opens: 2025-03-17\n  closes: 2025-03-03\n",
            7,
            "application.closes (2025-03-03) is not after application.opens",
        ),
        (
            "  opens: 2025-03-03\n  closes: 2025-03-17\n  window_days: 10\n",
            8,
            "window_days is 10, but opens and closes are 14 days apart",
        ),
    ],
)
def test_date_errors(application: str, line: int, message: str) -> None:
    errors = errors_for(MINIMAL + "application:\n" + application)
    assert [e.line for e in errors] == [line]
    assert message in errors[0].message


def test_decision_date_must_agree_with_days() -> None:
    text = (
        MINIMAL + "application:\n  closes: 2025-03-17\ndecision:\n  days: 30\n  date: 2025-04-30\n"
    )
    errors = errors_for(text)
    assert "decision.days is 30, but decision.date is 44 days after" in errors[0].message
    assert errors[0].line == 8


def test_decision_before_closing() -> None:
    errors = errors_for(
        MINIMAL + "application:\n  closes: 2025-03-17\ndecision:\n  date: 2025-03-01\n"
    )
    assert "before application.closes" in errors[0].message


def test_missing_required_fields_point_at_parent() -> None:
    errors = errors_for("name: T\nfunder: C\naward:\n  min: 10\n")
    assert errors[0].message == "'max' is required in award"
    assert (errors[0].line, errors[0].column) == (3, 1)


@pytest.mark.parametrize("text", ["- a\n- b\n", "just a string\n", "42\n"])
def test_document_must_be_a_mapping(text: str) -> None:
    errors = errors_for(text)
    assert "must be a mapping" in errors[0].message


def test_null_where_a_mapping_belongs() -> None:
    errors = errors_for("name: T\nfunder: C\naward:\n")
    assert "award must be a mapping" in errors[0].message and errors[0].line == 3


def test_several_errors_are_all_reported_in_order() -> None:
    errors = errors_for(
        "name: T\nfunder: C\naward:\n  max: x\napplication:\n  stagez: 1\nkind: k\n"
    )
    assert [e.line for e in errors] == [4, 6, 7]
