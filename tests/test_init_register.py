"""'grantcheck init --register FILE': an empty register that check reads back and accepts."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from conftest import run
from grantcheck.register_columns import columns


def test_xlsx_register_has_headings_descriptions_lists_and_an_example(project: Path) -> None:
    result: Any = run("init", "--register", "reg.xlsx", cwd=project)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(project / "reg.xlsx")
    ws = book["Schemes"]
    heads = [c.value for c in ws[1]]
    assert heads == list(columns())
    assert {"name", "award.max", "application.window_days", "eligibility.policies_required"} <= set(
        heads
    )
    descriptions = [c.value for c in ws[2]]
    assert all(isinstance(d, str) and d for d in descriptions)
    assert ws.freeze_panes == "B3"
    lists = {
        str(v.sqref).split(":")[0].rstrip("0123456789"): v.formula1
        for v in ws.data_validations.dataValidation
    }
    letter = {key: openpyxl.utils.get_column_letter(i) for i, key in enumerate(heads, start=1)}
    for key, column in columns().items():  # every closed set of values has a drop-down
        if column.kind == "choice":
            assert lists[letter[key]] == '"' + ",".join(column.choices) + '"', key
        if column.kind == "yes/no":
            assert lists[letter[key]] == '"yes,no"', key
    assert "kind" in heads and lists[letter["funding.payment"]].count(",") == 3


@pytest.mark.parametrize("name", ["reg.xlsx", "reg.csv"])
def test_the_example_row_is_accepted_by_check(project: Path, name: str) -> None:
    run("init", "--register", name, cwd=project)
    result: Any = run("check", name, "-f", "json", cwd=project)
    report = json.loads(result.output)
    assert result.exit_code in (0, 1) and report["errors"] == []
    assert [s["id"] for s in report["schemes"]] == ["community-chest-2026"]
    assert report["schemes"][0]["metrics"]["application.window_days"] == 42


def test_csv_register_rows(project: Path) -> None:
    run("init", "--register", "reg.csv", cwd=project)
    rows = list(csv.reader((project / "reg.csv").open(encoding="utf-8", newline="")))
    assert rows[0] == list(columns()) and len(rows) == 3
    assert rows[1][0] == columns()["name"].description


def test_a_register_is_never_overwritten_without_force(project: Path) -> None:
    (project / "reg.csv").write_text("mine\n", encoding="utf-8")
    result: Any = run("init", "--register", "reg.csv", cwd=project)
    assert result.exit_code == 2 and (project / "reg.csv").read_text(encoding="utf-8") == "mine\n"
    assert run("init", "--register", "reg.csv", "--force", cwd=project).exit_code == 0
    assert (project / "reg.csv").read_text(encoding="utf-8").startswith("name,")


def test_a_register_must_be_xlsx_or_csv(project: Path) -> None:
    result: Any = run("init", "--register", "reg.ods", cwd=project)
    assert result.exit_code == 2 and not (project / "reg.ods").exists()
