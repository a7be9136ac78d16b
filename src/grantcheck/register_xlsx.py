"""A register read from an XLSX workbook: the archive checked before anything unpacks it
(size, members, zip bombs), then the Schemes sheet's rows, formulas kept as formulas.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from grantcheck.errors import SHEET, InputFailure
from grantcheck.limits import DEFAULTS
from grantcheck.register import Formula, Row, Unreadable
from grantcheck.register_budget import MAX_COLUMNS, Budget, beyond, fail, limit, max_rows

MAX_RATIO = 100  # a worksheet compresses 5 to 30 times; a zip bomb, a thousand and more
RATIO_FROM = 1_000_000  # small members may compress well; only large ones are judged by ratio
XML_PER_BYTE = 25  # an XLSX may unpack to this many times the default file-size limit
# what a workbook may unpack to, whatever the config: a config in the pull request may raise
# max_file_bytes (the workbook file's own size) to its ceiling, but each byte unpacked costs
# parse time, and openpyxl keeps every shared string: sized from the raised limit (500 MB),
# 138 MB of shared strings ran past 300 s and 594 MB; 44 MB of them take 20 processor seconds
# and 381 MB (redteam17)
MAX_UNPACKED = XML_PER_BYTE * DEFAULTS["max_file_bytes"]
MAX_MEMBERS = 10_000
# elements of the parts openpyxl parses whole (styles, the workbook, themes: every part but
# the sheets and the shared strings, which it streams), whatever the config: Excel allows
# 64,000 cell formats of a few elements each; 900,000 took 1.4 GB (redteam17)
MAX_WHOLE_ELEMENTS = 200_000
STREAMED = ("xl/worksheets/", "xl/sharedStrings.xml")
# elements of the sheets and shared strings together, whatever the config: openpyxl builds
# every cell of a row before it drops those past the columns asked for (11 million '<c/>' in
# one row took 3.6 GB: redteam18), and keeps every shared string (2.7 million: 431 MB). 2
# million in one row take 665 MB; a register of 10,000 schemes of 60 cells holds about that
MAX_STREAMED_ELEMENTS = 2_000_000


def check_zip(path: Path, file: str, limits: Any) -> None:
    """Refuse a workbook that is too large, not a zip archive, or a zip bomb, before anything
    unpacks it."""
    size_limit = limit(limits, "max_file_bytes")
    try:
        if not path.is_file():
            raise fail(
                file,
                "this is not a regular file (it is a folder, device or pipe)",
                "Name a register file",
            )
        if path.stat().st_size > size_limit:
            raise fail(
                file,
                f"the file is larger than {size_limit:,} bytes",
                "Split the register, or raise limits.max_file_bytes in the config",
            )
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise fail(
            file,
            "this is not an XLSX workbook (it is not a zip archive)",
            "Save the register as an Excel workbook (.xlsx) or as CSV (UTF-8)",
        ) from None
    except OSError as exc:
        raise fail(
            file,
            f"cannot read the file: {exc.strerror or exc}",
            "Check the path and its permissions",
        ) from None
    if len(members) > MAX_MEMBERS:
        raise fail(
            file,
            f"the workbook holds more than {MAX_MEMBERS:,} parts",
            "This is not a register; check the file",
        )
    for m in members:
        if m.file_size > RATIO_FROM and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise fail(
                file,
                f"the workbook part {m.filename[:60]!r} is compressed "
                f"{m.file_size // max(m.compress_size, 1):,} "
                "times (a zip bomb?)",
                f"A real register compresses less than {MAX_RATIO} times; check the file",
            )
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise fail(
            file,
            f"the workbook unpacks to {total:,} bytes, more than {MAX_UNPACKED:,} (grantcheck's "
            "own bound, which no config raises)",
            "Split the register into smaller workbooks, or save it as CSV (UTF-8)",
        )
    _whole_parts(path, file, members)


def _whole_parts(path: Path, file: str, members: list[zipfile.ZipInfo]) -> None:
    """Refuse a workbook whose parts parsed whole hold more than MAX_WHOLE_ELEMENTS elements,
    or whose sheets and shared strings more than MAX_STREAMED_ELEMENTS (counted as they
    unpack, before openpyxl reads any)."""
    from grantcheck.xml_parts import Disguised, xml_elements

    whole = streamed = 0
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # (read a moment ago: openpyxl says what is wrong now)
    with archive:
        for m in members:  # (every part: openpyxl finds one by its rels, not its name)
            try:
                if m.filename.startswith(STREAMED):
                    streamed += xml_elements(archive, m, MAX_STREAMED_ELEMENTS - streamed)
                else:
                    whole += xml_elements(archive, m, MAX_WHOLE_ELEMENTS - whole)
            except Disguised as exc:  # (Excel writes UTF-8: such a part was made to pass)
                hint = "Open it in Excel and save it again, or save the register as CSV (UTF-8)"
                raise fail(file, f"the workbook part {m.filename[:60]!r} {exc}", hint) from None
            if whole > MAX_WHOLE_ELEMENTS:
                raise fail(
                    file,
                    f"the workbook part {m.filename[:60]!r} takes it past "
                    f"{MAX_WHOLE_ELEMENTS:,} XML elements outside its sheets (styles, "
                    "themes), more than any register needs",
                    "Copy the Schemes sheet's cells into a new workbook, or save it as CSV (UTF-8)",
                )
            if streamed > MAX_STREAMED_ELEMENTS:
                raise fail(
                    file,
                    f"the workbook part {m.filename[:60]!r} takes its sheets and shared strings "
                    f"past {MAX_STREAMED_ELEMENTS:,} XML elements, more than a register of "
                    "10,000 schemes needs (grantcheck's own bound, which no config raises)",
                    "Delete the unused rows, columns and sheets, or save the register as CSV "
                    "(UTF-8)",
                )


def _forgiving_parser() -> None:
    """Make openpyxl's read-only sheets read a cell they cannot convert as ``Unreadable``, in
    place: its parser raised, and the generator reading the sheet died with it, so one bad cell
    lost its row and every row after it, located at A1 (redteam20 #6)."""
    from openpyxl.utils.cell import coordinate_to_tuple

    try:  # openpyxl's private parts: another version may lack them, and then a bad cell
        from openpyxl.worksheet import _read_only, _reader  # fails its sheet, as before

        parser = _reader.WorkSheetParser
        _read_only.WorkSheetParser  # noqa: B018 (the name this replaces must be there)
    except (ImportError, AttributeError):
        return

    class Forgiving(parser):  # type: ignore[misc,valid-type]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            try:
                return super().parse_cell(element)  # type: ignore[no-any-return]
            except Exception as exc:  # what openpyxl raises on a bad value varies
                at: Any = self  # (openpyxl's parser is untyped)
                try:
                    row, column = coordinate_to_tuple(element.get("r") or "")
                except Exception:  # (no reference, or one that is no cell's: the next)
                    row, column = at.row_counter, at.col_counter + 1
                at.col_counter = column
                return {
                    "row": row,
                    "column": column,
                    "value": Unreadable(type(exc).__name__),
                    "data_type": "n",
                    "style_id": 0,
                }

    _read_only.WorkSheetParser = Forgiving


def xlsx_rows(path: Path, file: str, limits: Any) -> Iterator[Row]:
    """The rows of the sheet named ``Schemes``, formulas as ``Formula``, dates as dates."""
    check_zip(path, file, limits)
    try:
        from openpyxl import load_workbook  # only registers need it
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise fail(
            file, "reading XLSX needs openpyxl", "pip install openpyxl, or save the register as CSV"
        ) from None
    _forgiving_parser()
    try:
        book = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise fail(
            file,
            f"the workbook cannot be read ({type(exc).__name__})",
            "Open it in a spreadsheet program and save it again as .xlsx",
        ) from None
    try:
        if SHEET not in book.sheetnames:
            names = ", ".join(repr(n[:40]) for n in book.sheetnames[:10])
            raise fail(
                file,
                f"the workbook has no sheet named {SHEET!r} (it has {names})",
                f"Name the sheet that holds the schemes {SHEET}, as 'grantcheck init "
                "--register' does",
            )
        budget = Budget(file, limits)
        max_row = max_rows(limits)
        sheet = book[SHEET]
        # read to the sheet's last row, not to the <dimension> it states: Excel and openpyxl
        # show rows past it, which read-only mode never reached (redteam20 #2: a scheme at row
        # 1,500 of a sheet stated as A1:BJ1003 went unchecked); max_row still bounds the rows
        sheet.reset_dimensions()
        try:
            for row, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1), start=1):
                if row > max_row:
                    raise beyond(file, max_row, row)
                yield row, budget.spend(row, _cells(cells))
        except InputFailure:
            raise
        except Exception as exc:  # damaged XML inside the archive
            raise fail(
                file,
                f"the sheet cannot be read ({type(exc).__name__})",
                "Open it in a spreadsheet program and save it again as .xlsx",
            ) from None
    finally:
        book.close()


def _cells(cells: tuple[Any, ...]) -> list[Any]:
    """A row's values, without the empty cells openpyxl pads it with up to the last column asked
    for (500: reading every one of them took most of the time of a long register)."""
    from openpyxl.cell.read_only import EMPTY_CELL

    end = len(cells)
    while end and cells[end - 1] is EMPTY_CELL:
        end -= 1
    return [_cell(c) for c in cells[:end]]


def _cell(cell: Any) -> Any:
    if getattr(cell, "data_type", None) == "f":
        return Formula(str(cell.value)[:200])
    return getattr(cell, "value", None)
