"""Trial-s4 items 15 and 16: schemes located by line in a file of several documents, a document
given to check, and check's help."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import run, write

TWO = """name: First Fund
funder: Council
id: first
award:
  max: 1000
application:
  window_days: 42
---
name: Second Fund
funder: Council
id: second
award:
  max: 2000
application:
  window_days: 42
"""


def test_two_schemes_of_one_file_are_located_by_line(policy: Any) -> None:
    from grantcheck.pipeline import check_text
    from grantcheck.portfolio import as_json, build, row_of

    results, errors = check_text(TWO, "two.yaml", Path("two.yaml"), policy)
    assert not errors
    p = build([row_of(s) for s in results], {})
    assert sorted(s["location"] for s in as_json(p)["schemes"]) == ["two.yaml:11", "two.yaml:3"]
    # one scheme a file: the file alone, as before
    one, _ = check_text(TWO.split("---")[0], "one.yaml", Path("one.yaml"), policy)
    other, _ = check_text(TWO.split("---\n")[1], "other.yaml", Path("other.yaml"), policy)
    alone = build([row_of(s) for s in one + other], {})
    assert sorted(s["location"] for s in as_json(alone)["schemes"]) == ["one.yaml", "other.yaml"]


def test_a_document_given_to_check_points_to_measure_and_init(project: Path) -> None:
    write(project, "form.md", "# Application form\n\n1. Tell us about your group.\n")
    result = run("check", "form.md", cwd=project)
    assert result.exit_code == 2
    assert "invalid YAML" not in result.output
    assert "form.md:1:1: input error: this is a document" in result.output
    assert "grantcheck measure form.md" in result.output
    assert "grantcheck init --from form.md" in result.output


def test_check_help_names_registers_and_documents_of_both_kinds() -> None:
    out = " ".join(run("check", "--help").output.split())
    assert ".csv" in out and ".xlsx" in out and "registers" in out
    assert "guidance and forms" in out
