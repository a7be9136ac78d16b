"""A register row past the sheet's stated dimension is read (redteam20 #2, HIGH).

openpyxl in read-only mode trusts a worksheet's <dimension>: a scheme written at row 1,500 of a
sheet that states A1:BJ1003 was never read ('1 scheme checked', rc 0), though Excel shows it;
one moved to row 20,000 gave '0 schemes checked', rc 0, with no word. The sheet is now read to
its last row, and the register's row budget still bounds it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from conftest import run

SHEET = "xl/worksheets/sheet1.xml"


def _register(folder: Path) -> Path:
    made = run("init", "--register", "base.xlsx", cwd=folder)
    assert made.exit_code == 0, made.output
    return folder / "base.xlsx"


def _with_row(base: Path, out: Path, at: int, change: dict[str, str]) -> None:
    """``base`` with a copy of its row 3 written at row ``at`` (``change``: text replaced in
    it), the sheet's <dimension> left as it was."""
    with zipfile.ZipFile(base) as src:
        sheet = src.read(SHEET).decode()
        start = sheet.index('<row r="3"')
        row = sheet[start : sheet.index("</row>", start) + 6]
        row = re.sub(r' r="([A-Z]+)3"', rf' r="\g<1>{at}"', row).replace('r="3"', f'r="{at}"', 1)
        for old, new in change.items():
            assert old in row
            row = row.replace(old, new)
        sheet = sheet.replace("</sheetData>", row + "</sheetData>")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for part in src.infolist():
                dst.writestr(part.filename, sheet if part.filename == SHEET else src.read(part))


def test_a_row_past_the_stated_dimension_is_checked(tmp_path: Path) -> None:
    base = _register(tmp_path)
    with zipfile.ZipFile(base) as src:
        assert "<dimension" in src.read(SHEET).decode()
    _with_row(base, tmp_path / "hidden.xlsx", 1500, {"<v>2000</v>": "<v>90000</v>"})
    told = run("check", "-q", "hidden.xlsx", cwd=tmp_path)
    said = " ".join(told.output.split())
    assert told.exit_code == 2, said
    assert "hidden.xlsx:Schemes!J1500: input error: award.total" in said


def test_a_row_past_the_row_budget_is_said_whatever_the_dimension(tmp_path: Path) -> None:
    base = _register(tmp_path)
    _with_row(base, tmp_path / "far.xlsx", 20_000, {})
    told = run("check", "-q", "far.xlsx", cwd=tmp_path)
    said = " ".join(told.output.split())
    assert told.exit_code == 2, said
    assert "the register has rows beyond row" in said


def test_a_cell_that_cannot_be_read_is_located_and_the_other_rows_read(tmp_path: Path) -> None:
    """redteam20 #6: a number cell holding 'abc' lost its row and every row after it, reported
    at A1 ('the sheet cannot be read')."""
    base = _register(tmp_path)
    bad = {"<v>2000</v>": "<v>abc</v>", "community-chest-2026": "bad"}
    _with_row(base, tmp_path / "one.xlsx", 1500, bad)
    _with_row(tmp_path / "one.xlsx", tmp_path / "two.xlsx", 1501, {"chest-2026": "chest-later"})
    told = run("check", "-q", "two.xlsx", cwd=tmp_path)
    said = " ".join(told.output.split())
    assert told.exit_code == 2, said
    assert "two.xlsx:Schemes!G1500: input error: award.max: the cell cannot be read" in said
    assert "2 schemes checked" in said and "Schemes!A1" not in said


def test_a_register_is_read_when_openpyxl_lacks_the_private_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forgiving parser above subclasses a private class of openpyxl's; an openpyxl
    without it must still read a sound register, not fail on every one (lead, session 20)."""
    from openpyxl.worksheet import _reader

    base = _register(tmp_path)
    monkeypatch.delattr(_reader, "WorkSheetParser")
    told = run("check", "-q", base.name, cwd=tmp_path)
    said = " ".join(told.output.split())
    assert told.exit_code in (0, 1), said
    assert "schemes checked" in said or "scheme checked" in said, said
