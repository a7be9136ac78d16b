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
    from grantcheck.pipeline_scheme import check_text
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


def test_a_known_value_whose_rule_may_not_apply_says_which_fact_is_missing(policy: Any) -> None:
    from grantcheck.pipeline_scheme import check_text
    from grantcheck.reporters.rows import measure_rows
    from grantcheck.reporters.wording import status_text

    text = TWO.split("---")[0] + "funding:\n  months: 12\n"
    (s,), errors = check_text(text, "one.yaml", Path("one.yaml"), policy)
    assert not errors
    rules = {r.id: r for r in policy.pack.rules}
    row = next(r for r in measure_rows(s, rules) if r.metric == "funding.months")
    assert row.value == 12 and row.status == "not known"  # funding.ongoing is not stated
    assert status_text(row) == "not known: ongoing service not stated"
    stated = text.replace("months: 12", "months: 12\n  ongoing: true").replace("id: first", "id: t")
    (t,), _ = check_text(stated, "two.yaml", Path("two.yaml"), policy)
    known = next(r for r in measure_rows(t, rules) if r.metric == "funding.months")
    assert status_text(known) == known.status != "not known"
    from grantcheck.portfolio import build, row_of
    from grantcheck.reporters.overview_html import render

    page = render(build([row_of(s, rules), row_of(t, rules)], {}), rules)
    assert "12 months (not known: ongoing service not stated)" in page
    assert "12 months (not known)" not in page
