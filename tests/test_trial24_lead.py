"""Trial 24's T10 (session 24, the lead): the number of attachments the rules read is the number
the report lists as its evidence, also when several documents are of no known kind; and T1, an
annual report refused is not the accounts refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run, write

FORM = (
    "# Events Grant Application Form\n\n"
    "1. Describe your event (max 300 words)\n\n"
    "## Checklist: please send with your form\n\n"
    "- A copy of your constitution\n"
    "- A letter from the venue confirming your booking\n"
    "- A map showing where the event will be held\n"
    "- The minutes of the meeting that agreed to apply\n"
)

SCHEME = """format: 1
name: Test Fund
funder: Test Council
award:
  max: 1000
application:
  form:
    documents: [form.md]
"""


def _scheme(project: Path, scheme: str = SCHEME) -> dict[str, Any]:
    write(project, "form.md", FORM)
    write(project, "scheme.yaml", scheme)
    out = run("check", "scheme.yaml", "-f", "json", cwd=project).output
    result: dict[str, Any] = json.loads(out)["schemes"][0]
    return result


def test_t10_the_rules_read_as_many_attachments_as_the_evidence_lists(project: Path) -> None:
    """Three documents of no known kind beside a constitution: four listed, four read (the
    three were one name, "other", and the scheme's count takes a name once: 2 where 4 were
    listed and charged for in the hours)."""
    s = _scheme(project)
    listed = s["measured"]["application.form.attachments"]["evidence_count"]
    assert listed == 4
    assert s["metrics"]["application.form.attachments"] == listed


def test_one_name_each_numbers_only_repeats() -> None:
    """A second "other" is "other (2)"; names met once are left as they are."""
    from grantcheck.measured_kinds import one_name_each

    names = ["other", "accounts", "other", "insurance certificate", "other"]
    assert one_name_each(names) == [
        "other",
        "accounts",
        "other (2)",
        "insurance certificate",
        "other (3)",
    ]
    assert one_name_each([]) == []


ASKED = "Please send your most recent accounts, signed by your treasurer.\n\n"


@pytest.mark.parametrize("name", ["form.md", "form.txt"])
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # trial24 T1: an annual report (the year's work) refused is not the accounts refused
        (ASKED + "Please do not send original documents or your annual report.\n", "unaudited"),
        (
            "We do not need to see your accounts: a recent bank statement is enough.\n\n"
            "Please do not send your annual report.\n",
            "bank_statements",
        ),
        # near misses: the accounts themselves refused stay refused
        ("Please do not send your annual report or your accounts.\n", "none"),
        ("You do not need to send accounts with this form.\n", "none"),
    ],
)
def test_t1_an_annual_report_refused_leaves_the_accounts(
    project: Path, name: str, text: str, level: str
) -> None:
    write(project, name, "Small Grants Form\n\n" + text)
    out = run("measure", name, "-f", "json", cwd=project).output
    assert json.loads(out)["documents"][0]["accounts"] == level
