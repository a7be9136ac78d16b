"""diff when a fact's source changes (session 22, trial21 D36): one version measures a fact from
the documents it names, the other drops them and states the fact: what applicants face did
not change with the scheme file, so no measure is called better or worse. Documents of the
test's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import MINIMAL, run, write

FORM = (
    "# Small grants form\n\n"
    + "".join(f"{n}. Describe part {n} of your project (max 200 words)\n\n____\n\n" for n in (1, 2))
    + "3. Who will benefit? (max 100 words)\n\n____\n\n"
    + "4. How will you know it worked? (max 100 words)\n\n____\n\n"
    + "5. What will it cost? (max 100 words)\n\n____\n"
)
MEASURED = "application:\n  form:\n    documents: [form.md]\n"
STATED = "application:\n  form:\n    questions: 3\n"


def _diff(project: Path, old: str, new: str) -> dict[str, Any]:
    write(project, "form.md", FORM)
    write(project, "old.yaml", MINIMAL + old)
    write(project, "new.yaml", MINIMAL + new)
    result = run("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["schemes"][0]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("old", "new", "reads"), [(MEASURED, STATED, "unlisted"), (STATED, MEASURED, "listed")]
)
def test_a_measure_now_stated_is_never_better(
    project: Path, old: str, new: str, reads: str
) -> None:
    scheme = _diff(project, old, new)
    ways = {m["metric"]: m["direction"] for m in scheme["metrics"]}
    assert ways["application.form.questions"] == "changed"
    assert "better" not in ways.values() and "worse" not in ways.values()
    assert scheme["reads"] == reads
    assert scheme["verdict"].startswith("Not comparable")


def test_the_same_source_is_compared_as_before(project: Path) -> None:
    """Near miss: both versions state the fact: 5 -> 3 questions is better."""
    scheme = _diff(project, "application:\n  form:\n    questions: 5\n", STATED)
    ways = {m["metric"]: m["direction"] for m in scheme["metrics"]}
    assert ways["application.form.questions"] == "better"
    assert scheme["reads"] is None
