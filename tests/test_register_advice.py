"""A register's errors speak of columns, cells and rows, not of YAML keys (trial-s4 item 12)."""

from __future__ import annotations

from pathlib import Path

from conftest import run, write


def _out(project: Path, name: str) -> str:
    result = run("check", name, cwd=project)
    assert result.exit_code == 2, result.output
    return result.output


def test_a_missing_value_names_its_column_and_cell_not_yaml(project: Path) -> None:
    write(project, "dm.csv", "name,funder,award.maxx\nA,B,1000\n")
    out = _out(project, "dm.csv")
    assert "dm.csv:1:3: input error: unknown column 'award.maxx'. Did you mean 'award.max'?" in out
    assert "Add 'award:'" not in out and "starter file" not in out
    assert "dm.csv:2:1: input error: 'award.max' is required" in out
    assert "Fill in this row's 'award.max' cell" in out


def test_an_unclosed_quote_is_a_quoting_error_at_its_row(project: Path) -> None:
    write(project, "q.csv", 'name,funder,award.max\nA,B,1000\nC,"D,2000\nE,F,3000\n')
    out = _out(project, "q.csv")
    assert "q.csv:3:2: input error: a quoted cell is never closed" in out
    assert "is required" not in out
    # a line break inside a properly quoted cell does not move the rows that follow
    write(project, "ok.csv", 'name,funder,award.max\nA,"B\nb",1000\nC,D,"2000\n')
    assert "ok.csv:3:3: input error: a quoted cell is never closed" in _out(project, "ok.csv")


def test_a_register_too_large_is_not_called_a_scheme_file(project: Path) -> None:
    from grantcheck.errors import InputFailure
    from grantcheck.load import Limits
    from grantcheck.register_budget import limit
    from grantcheck.register_read import csv_rows

    path = write(project, "huge.csv", "name,funder,award.max\n" + "A,B,1000\n" * 10)
    small = Limits(max_file_bytes=50)
    try:
        list(csv_rows(path, "huge.csv", small))
        raise AssertionError("not refused")
    except InputFailure as exc:
        hint = exc.error.hint
    assert "register" in hint and "scheme file" not in hint
    assert limit(small, "max_file_bytes") == 50


def test_the_first_scheme_over_the_limit_is_the_one_located(project: Path) -> None:
    from grantcheck.errors import InputFailure
    from grantcheck.load import Limits
    from grantcheck.register_read import csv_rows

    limits = Limits(max_documents=3)
    rows = "".join(f"S{i},F,1000\n" for i in range(5))
    path = write(project, "r.csv", "name,funder,award.max\n" + rows)
    try:
        list(csv_rows(path, "r.csv", limits))
        raise AssertionError("not refused")
    except InputFailure as exc:
        error = exc.error
    assert (error.line, error.message) == (5, "the register has more than 3 schemes")
    # with a row of descriptions (as init --register writes), the fourth scheme is on row 6
    from grantcheck.register_columns import columns

    head = f'name,funder,award.max\n"{columns()["name"].description}",,\n'
    described = write(project, "d.csv", head + rows)
    try:
        list(csv_rows(described, "d.csv", limits))
        raise AssertionError("not refused")
    except InputFailure as exc:
        assert exc.error.line == 6
    ok = write(project, "ok.csv", "name,funder,award.max\n" + rows[: rows.index("S3")])
    assert len(list(csv_rows(ok, "ok.csv", limits))) == 4
