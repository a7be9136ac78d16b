"""Read a register's cells from a CSV file or an XLSX workbook, within bounds.

A register may come from a stranger, so both readers are bounded by the same
limits as scheme files (bytes, values, schemes per file) plus a column limit of
grantcheck's own. An XLSX file is a zip archive: its members' sizes and
compression ratios are checked *before* openpyxl opens it, so a zip bomb is
refused unread. Formulas are never evaluated (cells come back as ``Formula``),
and external links are not loaded.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from grantcheck.errors import SHEET, InputError, InputFailure
from grantcheck.register import OTHER_SPREADSHEETS, Formula, Row
from grantcheck.source_text import read_text

MAX_COLUMNS = 500  # grantcheck's own judgement: the format has under 100 keys
MAX_RATIO = 100  # a worksheet compresses 5 to 30 times; a zip bomb, a thousand and more
RATIO_FROM = 1_000_000  # small members may compress well; only large ones are judged by ratio
XML_PER_BYTE = 25  # an XLSX may unpack to this many times the file-size limit
MAX_MEMBERS = 10_000
REGISTER_SIZE = "A register takes a few hundred bytes a scheme; check this is the right file"


def limit(limits: Any, name: str) -> int:
    """A limit by its config key (``max_file_bytes``), or by its older attribute name."""
    old = {"max_file_bytes": "max_bytes", "max_values": "max_nodes"}
    found = getattr(limits, name, None)
    if found is None and name == "max_documents":  # before limits.max_documents existed
        return 10_000
    return int(found if found is not None else getattr(limits, old.get(name, name)))


def _fail(file: str, message: str, hint: str, row: int = 1, col: int = 1) -> InputFailure:
    return InputFailure(InputError(file, row, col, message, hint))


class _Budget:
    """Counts rows and values against the limits as the cells stream past."""

    def __init__(self, file: str, limits: Any) -> None:
        self.file = file
        self.most = limit(limits, "max_documents")
        self.rows = self.most + 2  # the header and a row of descriptions
        self.values = limit(limits, "max_values")
        self.seen_rows = self.seen_values = 0
        self.header: list[Any] = []

    def _scheme_rows(self, cells: list[Any]) -> None:
        """Keep the header; at the next row, allow for a row of descriptions only when it is
        one, so that the limit trips at the first scheme over it, wherever that is."""
        from grantcheck.register import _header, _is_description_row

        if self.seen_rows == 1:
            self.header = cells
        elif self.seen_rows == 2:
            header, _ = _header(self.file, 1, self.header)
            if not _is_description_row(cells, header):
                self.rows -= 1
            self.header = []

    def spend(self, row: int, cells: list[Any]) -> list[Any]:
        if len(cells) > MAX_COLUMNS:
            if any(c not in (None, "") for c in cells[MAX_COLUMNS:]):
                raise _fail(
                    self.file,
                    f"the register has more than {MAX_COLUMNS} columns",
                    "A register needs one column per key of the scheme format",
                    row,
                    MAX_COLUMNS + 1,
                )
            cells = cells[:MAX_COLUMNS]
        filled = sum(1 for c in cells if c not in (None, ""))
        if not filled:
            return cells
        self.seen_rows += 1
        self.seen_values += filled
        if self.seen_rows <= 2:
            self._scheme_rows(cells)
        if self.seen_rows > self.rows:
            raise _fail(
                self.file,
                f"the register has more than {self.most:,} schemes",
                "Split it, or raise limits.max_documents in the config (up to its ceiling)",
                row,
            )
        if self.seen_values > self.values:
            raise _fail(
                self.file,
                f"the register has more than {self.values:,} filled cells",
                "Split it, or raise limits.max_values in the config (up to its ceiling)",
                row,
            )
        return cells


def csv_rows(path: Path, file: str, limits: Any) -> Iterator[Row]:
    """The rows of a UTF-8 CSV file (a byte-order mark is allowed); numbered as a spreadsheet shows
    them."""
    text, error = read_text(path, file, _file_limits(limits), REGISTER_SIZE)
    if text is None:
        raise InputFailure(error or InputError(file, 1, 1, "cannot read the file"))
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise _fail(
            file,
            "the file contains a NUL byte (binary data)",
            "Save the register as CSV (UTF-8)",
            line,
            nul - (text.rfind("\n", 0, nul) + 1) + 1,
        )
    budget = _Budget(file, limits)
    reader = csv.reader(io.StringIO(text, newline=""))
    old = csv.field_size_limit(limit(limits, "max_file_bytes"))
    # the text is in memory already: read every row first, so a register over a limit costs
    # no checks
    try:
        rows = [(row, budget.spend(row, list(cells))) for row, cells in enumerate(reader, start=1)]
        if rows and _unclosed(text):
            raise _unclosed_quote(file, text)
    except csv.Error as exc:
        raise _fail(
            file,
            f"the CSV cannot be read ({exc})",
            "Check the quoting on this line",
            reader.line_num or 1,
        ) from None
    finally:
        csv.field_size_limit(old)
    del text
    yield from rows


def _unclosed(text: str) -> bool:
    """True when a quoted cell is still open at the end of the text: Python's csv module then
    quietly runs the rest of the file into that one cell."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for _ in reader:
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _unclosed_quote(file: str, text: str) -> InputFailure:
    """The quotation mark left open, located at its row and column as a spreadsheet numbers
    them (a quoted cell may hold line breaks, so rows are counted as records, not lines)."""
    row = col = 1
    quoted = False
    opened = (1, 1)
    at_start = True  # at the start of a cell, where a quotation mark opens a quoted cell
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"':
                if text.startswith('"', i + 1):
                    i += 1  # a doubled quotation mark stands for one
                else:
                    quoted = False
        elif ch == '"' and at_start:
            quoted, opened = True, (row, col)
        elif ch == ",":
            col += 1
        elif ch in "\r\n":
            if ch == "\r" and text.startswith("\n", i + 1):
                i += 1
            row, col = row + 1, 1
        at_start = not quoted and ch in ",\r\n"
        i += 1
    return _fail(
        file,
        "a quoted cell is never closed: its quotation mark opens here and the rest of the file "
        "would be read into this one cell",
        'Close the quotation with a second " (write a quotation mark inside a quoted cell as "")',
        *opened,
    )


def _file_limits(limits: Any) -> Any:
    """Limits that read_text understands (it predates the register)."""
    from grantcheck.load import Limits

    size = limit(limits, "max_file_bytes")
    return Limits(max_file_bytes=size)


def check_zip(path: Path, file: str, limits: Any) -> None:
    """Refuse a workbook that is too large, not a zip archive, or a zip bomb, before anything
    unpacks it."""
    size_limit = limit(limits, "max_file_bytes")
    try:
        if not path.is_file():
            raise _fail(
                file,
                "this is not a regular file (it is a folder, device or pipe)",
                "Name a register file",
            )
        if path.stat().st_size > size_limit:
            raise _fail(
                file,
                f"the file is larger than {size_limit:,} bytes",
                "Split the register, or raise limits.max_file_bytes in the config",
            )
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _fail(
            file,
            "this is not an XLSX workbook (it is not a zip archive)",
            "Save the register as an Excel workbook (.xlsx) or as CSV (UTF-8)",
        ) from None
    except OSError as exc:
        raise _fail(
            file,
            f"cannot read the file: {exc.strerror or exc}",
            "Check the path and its permissions",
        ) from None
    if len(members) > MAX_MEMBERS:
        raise _fail(
            file,
            f"the workbook holds more than {MAX_MEMBERS:,} parts",
            "This is not a register; check the file",
        )
    for m in members:
        if m.file_size > RATIO_FROM and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise _fail(
                file,
                f"the workbook part {m.filename[:60]!r} is compressed "
                f"{m.file_size // max(m.compress_size, 1):,} "
                "times (a zip bomb?)",
                f"A real register compresses less than {MAX_RATIO} times; check the file",
            )
    total = sum(m.file_size for m in members)
    if total > XML_PER_BYTE * size_limit:
        raise _fail(
            file,
            f"the workbook unpacks to {total:,} bytes, more than {XML_PER_BYTE * size_limit:,}",
            "Split the register, or raise limits.max_file_bytes in the config",
        )


def xlsx_rows(path: Path, file: str, limits: Any) -> Iterator[Row]:
    """The rows of the sheet named ``Schemes``, formulas as ``Formula``, dates as dates."""
    check_zip(path, file, limits)
    try:
        from openpyxl import load_workbook  # only registers need it
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise _fail(
            file, "reading XLSX needs openpyxl", "pip install openpyxl, or save the register as CSV"
        ) from None
    try:
        book = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise _fail(
            file,
            f"the workbook cannot be read ({type(exc).__name__})",
            "Open it in a spreadsheet program and save it again as .xlsx",
        ) from None
    try:
        if SHEET not in book.sheetnames:
            names = ", ".join(repr(n[:40]) for n in book.sheetnames[:10])
            raise _fail(
                file,
                f"the workbook has no sheet named {SHEET!r} (it has {names})",
                f"Name the sheet that holds the schemes {SHEET}, as 'grantcheck init "
                "--register' does",
            )
        budget = _Budget(file, limits)
        max_row = 10 * (limit(limits, "max_documents") + 2)
        try:
            for row, cells in enumerate(book[SHEET].iter_rows(max_col=MAX_COLUMNS + 1), start=1):
                if row > max_row:
                    raise _fail(
                        file,
                        f"the sheet has rows beyond row {max_row:,}",
                        "Delete the empty rows",
                        row,
                    )
                yield row, budget.spend(row, _cells(cells))
        except InputFailure:
            raise
        except Exception as exc:  # damaged XML inside the archive
            raise _fail(
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


def register_rows(path: Path, file: str, limits: Any) -> Iterator[Row]:
    """The rows of a register, by its suffix."""
    if path.suffix.lower() in OTHER_SPREADSHEETS:
        raise _fail(
            file,
            f"a {path.suffix} spreadsheet is not read (only .xlsx workbooks and .csv files)",
            "Save the register as an Excel workbook (.xlsx) or as CSV (UTF-8)",
        )
    return (
        xlsx_rows(path, file, limits)
        if path.suffix.lower() == ".xlsx"
        else csv_rows(path, file, limits)
    )
