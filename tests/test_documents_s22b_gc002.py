"""GC002 with nothing to compare (session 22, trial21 D33): a scheme that states none of the facts
its documents measure neither agrees nor disagrees with them, so GC002 is not listed as passed
or as done well (rules.md 2: not known is not a pass). Documents of the test's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import MINIMAL, run, write

FORM = (
    "# Small grants form\n\n1. Describe your project (max 200 words)\n\n________\n\n"
    "2. Who will benefit? (max 100 words)\n\n________\n\n"
    "Please send your constitution and your latest accounts.\n"
)
DOCUMENTS = "application:\n  form:\n    documents: [form.md]\n"


def _check(project: Path, scheme: str, *args: str) -> str:
    write(project, "form.md", FORM)
    write(project, "s.yaml", scheme)
    result = run("check", "s.yaml", *args, cwd=project)
    assert result.exit_code in (0, 1), result.output
    return result.output


def _scheme(project: Path, scheme: str) -> dict[str, Any]:
    return json.loads(_check(project, scheme, "-f", "json"))["schemes"][0]  # type: ignore[no-any-return]


def test_nothing_stated_is_nothing_agreed(project: Path) -> None:
    data = _scheme(project, MINIMAL + DOCUMENTS)
    assert "GC002" not in data["passed"]
    assert "GC002" in data["not_applicable"]
    assert data["metrics"]["documents.disagreements"] is None
    shown = _check(project, MINIMAL + DOCUMENTS, "-f", "markdown")
    assert "agrees with its own documents" not in shown


def test_a_stated_fact_that_agrees_is_a_pass(project: Path) -> None:
    """Near miss: one fact stated and measured alike is compared, and agrees."""
    data = _scheme(project, MINIMAL + DOCUMENTS + "    questions: 2\n")
    assert "GC002" in data["passed"]
    assert data["metrics"]["documents.disagreements"] == 0


def test_a_stated_fact_that_differs_is_still_found(project: Path) -> None:
    data = _scheme(project, MINIMAL + DOCUMENTS + "    questions: 6\n")
    assert [f["rule"] for f in data["findings"]].count("GC002") == 1
