"""Registers in: a CSV or XLSX file of schemes, one a row, checked exactly as scheme files are."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from conftest import run, write  # (the project fixture comes from conftest by itself)

HEAD = (
    "name,funder,award.max,award.typical,application.window_days,"
    "eligibility.policies_required,funding.payment\n"
)


def _xlsx(path: Path, rows: list[list[Any]], sheet: str = "Schemes") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def _json(*args: str, cwd: Path) -> dict[str, Any]:
    result: Any = (
        run("check", "-f", "json", *args, cwd=cwd)
        if "-f" not in args
        else run("check", *args, cwd=cwd)
    )
    # (errors follow on stderr)
    return json.JSONDecoder().raw_decode(result.output)[0]


def test_a_csv_row_is_checked_like_a_scheme_file(project: Path) -> None:
    write(
        project,
        "reg.csv",
        HEAD + "Small grants,Council,1000,750,14,safeguarding; equality,in_arrears\n",
    )
    write(
        project,
        "same.yaml",
        "name: Small grants\nfunder: Council\naward: {max: 1000, typical: 750}\n"
        "application: {window_days: 14}\neligibility: {policies_required: [safeguarding, "
        "equality]}\n"
        "funding: {payment: in_arrears}\n",
    )
    report = _json("reg.csv", "same.yaml", cwd=project)
    row, yaml = report["schemes"]
    assert row["id"] == "reg:2" and row["file"] == "reg.csv"
    assert row["metrics"] == yaml["metrics"]
    assert sorted(f["rule"] for f in row["findings"]) == sorted(f["rule"] for f in yaml["findings"])
    window = next(f for f in row["findings"] if f["rule"] == "GC101")
    assert (window["line"], window["column"]) == (2, 5)


def test_bad_rows_are_located_and_good_rows_still_checked(project: Path) -> None:
    write(
        project,
        "reg.csv",
        HEAD + "Bad,Council,£5000,,abc,,weekly\nGood,Council,1000,,28,,in_advance\n",
    )
    result: Any = run("check", "reg.csv", "-q", cwd=project)
    assert result.exit_code == 2
    assert "reg.csv:2:3: input error: award.max must be a number, not '£5000'" in result.output
    assert (
        "reg.csv:2:5: input error: application.window_days must be a whole number, not 'abc'"
        in result.output
    )
    assert "reg.csv:2:7: input error: funding.payment must be" in result.output
    assert "1 scheme checked" in result.output


def test_unknown_and_repeated_headers_are_located_with_a_suggestion(project: Path) -> None:
    write(project, "reg.csv", "name,funder,award.max,awrd.typical,name\nA,B,100,5,C\n")
    result: Any = run("check", "reg.csv", "-q", cwd=project)
    assert result.exit_code == 2
    assert (
        "reg.csv:1:4: input error: unknown column 'awrd.typical'. Did you mean 'award.typical'?"
        in result.output
    )
    assert (
        "reg.csv:1:5: input error: the column 'name' is given twice (first in column 1)"
        in result.output
    )


def test_text_numbers_yes_no_and_iso_dates_are_read_and_empty_cells_are_not_stated(
    project: Path,
) -> None:
    write(
        project,
        "reg.csv",
        "name,funder,award.max,decision.feedback,application.opens,application.closes,"
        "award.total\nA,B, 1000 ,Yes,2025-03-03,2025-04-14,\n",
    )
    scheme = _json("reg.csv", cwd=project)["schemes"][0]
    assert scheme["metrics"]["application.window_days"] == 42


def test_description_row_is_skipped_and_id_column_used(project: Path) -> None:
    from grantcheck.register_columns import columns

    cols = columns()
    desc = ",".join(f'"{cols[k].description}"' for k in ("name", "funder", "award.max"))
    write(project, "reg.csv", f"name,funder,award.max,id\n{desc},\nA,B,100,my-id\n")
    report = _json("reg.csv", cwd=project)
    assert report["errors"] == [] and [s["id"] for s in report["schemes"]] == ["my-id"]


def test_xlsx_cells_are_located_by_sheet_and_cell_in_every_format(project: Path) -> None:
    _xlsx(
        project / "reg.xlsx",
        [
            ["name", "funder", "award.max", "application.opens", "application.closes"],
            ["A", "B", 1000, dt.date(2025, 3, 3), dt.date(2025, 3, 17)],
            ["C", "D", "=A2*2", None, None],
        ],
    )
    text: Any = run("check", "reg.xlsx", "-q", cwd=project)
    assert "reg.xlsx:Schemes!E2" in text.output
    assert (
        "reg.xlsx:Schemes!C3: input error: award.max: formulas are not read; type the value"
        in text.output
    )
    report = _json("reg.xlsx", cwd=project)
    assert {f["cell"] for f in report["schemes"][0]["findings"]} >= {"Schemes!E2"}
    assert report["errors"][0]["cell"] == "Schemes!C3"
    for fmt in ("markdown", "html", "junit"):
        out: Any = run("check", "reg.xlsx", "-f", fmt, cwd=project)
        assert "reg.xlsx:Schemes!E2" in out.output, fmt
    sarif = _json("-f", "sarif", "reg.xlsx", cwd=project)
    res = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "GC101")
    assert res["message"]["text"].startswith("Schemes!E2: ")
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "reg.xlsx" and loc["region"] == {
        "startLine": 2,
        "startColumn": 5,
    }
    github: Any = run("check", "reg.xlsx", "-f", "github", cwd=project)
    assert "file=reg.xlsx,line=2,col=5" in github.output and "::Schemes!E2: " in github.output


def test_a_workbook_without_a_schemes_sheet_is_refused(project: Path) -> None:
    _xlsx(project / "reg.xlsx", [["name"]], sheet="Sheet1")
    result: Any = run("check", "reg.xlsx", cwd=project)
    assert (
        result.exit_code == 2 and "has no sheet named 'Schemes' (it has 'Sheet1')" in result.output
    )


def test_formula_looking_text_in_csv_is_just_text(project: Path) -> None:
    write(project, "reg.csv", 'name,funder,award.max\n"=HYPERLINK(""http://x"")",@SUM(1),100\n')
    scheme = _json("reg.csv", cwd=project)["schemes"][0]
    assert scheme["name"] == '=HYPERLINK("http://x")' and scheme["funder"] == "@SUM(1)"


def test_guidance_documents_are_found_relative_to_the_register(project: Path) -> None:
    write(project, "regs/guide.md", "# Guidance\n\n" + "Apply by the closing date. " * 50)
    write(
        project,
        "regs/reg.csv",
        "name,funder,award.max,application.guidance.documents\nA,B,100,guide.md\n"
        "C,D,100,missing.md\n",
    )
    report = _json("regs/reg.csv", cwd=project)
    assert report["schemes"][0]["metrics"]["guidance.words"] > 100
    assert (
        report["errors"][0]["line"] == 3
        and "'missing.md' was not found" in report["errors"][0]["message"]
    )


def test_a_folder_search_takes_yaml_only_but_a_named_register_is_checked(project: Path) -> None:
    write(project, "a.yaml", "name: A\nfunder: B\naward: {max: 100}\n")
    write(project, "reg.csv", "name,funder,award.max\nR,B,100\n")
    assert [s["file"] for s in _json(".", cwd=project)["schemes"]] == ["a.yaml"]
    assert [s["file"] for s in _json(".", "reg.csv", cwd=project)["schemes"]] == [
        "a.yaml",
        "reg.csv",
    ]


def test_an_empty_register_says_so(project: Path) -> None:
    write(project, "reg.csv", "\n\n")
    result: Any = run("check", "reg.csv", cwd=project)
    assert (
        result.exit_code == 2 and "reg.csv:1:1: input error: the register is empty" in result.output
    )


def test_a_missing_required_column_is_named_at_the_header(project: Path) -> None:
    write(project, "reg.csv", "name,funder\nA,B\n")
    result: Any = run("check", "reg.csv", "-q", cwd=project)
    assert "reg.csv:1:1: input error: the register has no column for award.max" in result.output


@pytest.mark.parametrize(
    "value, expected",
    [("5000", 5000), ("5e3", 5000), ("£5,000", "£5,000"), ("", None), (14.0, 14), ("yes", "yes")],
)
def test_cell_values_in_a_number_column(value: Any, expected: Any) -> None:
    from grantcheck.register_columns import cell_value, columns

    assert cell_value(columns()["award.max"], value) == expected


def test_the_example_register_loads_whole() -> None:
    from conftest import ROOT

    result: Any = run("check", "examples/register.csv", "-f", "json", cwd=ROOT)
    report = json.JSONDecoder().raw_decode(result.output)[0]
    assert result.exit_code == 1 and report["errors"] == [] and len(report["schemes"]) == 4
    assert any(
        s["metrics"].get("guidance.words") for s in report["schemes"]
    )  # guidance found beside it


def test_a_long_register_is_checked_by_workers_in_row_order(
    project: Path, policy: Any, monkeypatch: Any
) -> None:
    import grantcheck.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 3)  # workers from the third row...
    monkeypatch.setattr(pipeline, "ROW_BATCH", 2)  # ...two rows a batch
    rows = [f"Fund {i},Council,{1000 + i},,{20 + i},,in_advance\n" for i in range(7)]
    rows[4] = "Bad,Council,£5000,,28,,in_advance\n"  # a bad row among them keeps its place
    path = write(project, "reg.csv", HEAD + "".join(rows))
    seen = {
        jobs: [
            ([r.name for r in results], [str(e) for e in errors])
            for results, errors in pipeline.check_register(path, "reg.csv", policy, jobs)
        ]
        for jobs in (1, 2)
    }
    assert seen[1] == seen[2]
    assert [names for names, _ in seen[2]] == [[f"Fund {i}"] for i in range(4)] + [[]] + [
        ["Fund 5"],
        ["Fund 6"],
    ]
    assert seen[2][4][1][0].startswith("reg.csv:6:3: award.max must be a number")


def test_each_report_names_a_row_where_it_names_a_file(project: Path) -> None:
    write(project, "reg.csv", HEAD + "Small grants,Council,1000,750,14,,in_advance\n")
    _xlsx(
        project / "reg.xlsx",
        [HEAD.strip().split(","), ["", "", ""], ["Big fund", "Council", 90000]],
    )
    assert "\nreg.csv:2\n" in run("check", "reg.csv", cwd=project).output
    assert "`reg.csv:2`" in run("check", "reg.csv", "-f", "markdown", cwd=project).output
    assert (
        "<code>reg.xlsx:Schemes!3</code>"
        in run("check", "reg.xlsx", "-f", "html", cwd=project).output
    )


def test_workers_run_only_a_few_batches_ahead_of_the_reports(policy: Any) -> None:
    """A slow report (a workbook) must not make checked schemes pile up in memory: batches are
    taken from the work a few at a time, as results are taken, and come back in order."""
    import grantcheck.pipeline as pipeline
    from grantcheck.errors import InputError

    taken = 0

    def batches() -> Any:
        nonlocal taken
        for i in range(1, 41):
            taken += 1
            yield [[InputError("r.csv", i, 1, "bad")]], Path("r.csv")

    results = pipeline._in_workers(policy, 2, pipeline._check_rows_in_worker, batches())
    first = next(results)
    assert taken <= 6  # not all 40
    rest = list(results)
    assert [errors[0].line for _, errors in [first, *rest]] == list(range(1, 41))
