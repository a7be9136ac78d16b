"""Read a register's cells from a CSV file or an XLSX workbook, within bounds.

A register may come from a stranger, so both readers are bounded by the same
limits as scheme files (bytes, values, schemes per file) plus a column limit of
grantcheck's own. An XLSX file is a zip archive: its members' sizes and
compression ratios are checked *before* openpyxl opens it, so a zip bomb is
refused unread. Formulas are never evaluated (cells come back as ``Formula``),
and external links are not loaded. The budget both share is in register_budget.py, the
workbook reader in register_xlsx.py.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from grantcheck.errors import InputError, InputFailure
from grantcheck.register import OTHER_SPREADSHEETS, Row
from grantcheck.register_budget import Budget, beyond, fail, limit, max_rows
from grantcheck.register_xlsx import xlsx_rows
from grantcheck.source_text import NOT_UTF8, read_text

REGISTER_SIZE = "A register takes a few hundred bytes a scheme; check this is the right file"


def csv_rows(path: Path, file: str, limits: Any) -> Iterator[Row]:
    """The rows of a UTF-8 CSV file (a byte-order mark is allowed); numbered as a spreadsheet shows
    them."""
    text, error = read_text(path, file, _file_limits(limits), REGISTER_SIZE)
    if text is None:
        if error is not None and error.message == NOT_UTF8:
            error = _in_cell(path, error)
        raise InputFailure(error or InputError(file, 1, 1, "cannot read the file"))
    nul = text.find("\x00")
    if nul >= 0:  # at its row and column, as the register's other errors are
        line = text.count("\n", 0, nul) + 1
        row, column = _cell(text[:nul]) or (line, nul - (text.rfind("\n", 0, nul) + 1) + 1)
        raise fail(
            file,
            "the file contains a NUL byte (binary data)",
            "Save the register as CSV (UTF-8)",
            row,
            column,
        )
    budget = Budget(file, limits)
    reader = csv.reader(io.StringIO(text, newline=""))
    old = csv.field_size_limit(limit(limits, "max_file_bytes"))
    # the text is in memory already: read every row first, so a register over a limit costs
    # no checks
    most = max_rows(limits)
    try:
        rows = []
        for row, cells in enumerate(reader, start=1):
            if row > most:  # (blank lines too: each kept costs 175 bytes)
                raise beyond(file, most, row)
            rows.append((row, budget.spend(row, list(cells))))
        if rows and _unclosed(text):
            raise _unclosed_quote(file, text)
    except csv.Error as exc:
        raise fail(
            file,
            f"the CSV cannot be read ({exc})",
            "Check the quoting on this line",
            reader.line_num or 1,
        ) from None
    finally:
        csv.field_size_limit(old)
    del text
    yield from rows


def _in_cell(path: Path, error: InputError) -> InputError:
    """A byte that is not UTF-8 located at its row and column, as the register's other errors
    are, not at a character on a line of the file (a cell may span lines). Read again, it is
    within the size limit read_text checked; the text before it is parsed as CSV."""
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        return error
    except UnicodeDecodeError as exc:
        cell = _cell(raw[: exc.start].decode("utf-8", "replace"))
    return error if cell is None else dataclasses.replace(error, line=cell[0], column=cell[1])


def _cell(before: str) -> tuple[int, int] | None:
    """The row and column (as a spreadsheet numbers them) of the cell holding the character
    after ``before``, the text before it parsed as CSV; None when the csv module cannot read it
    (a cell longer than it reads: the line's place stands)."""
    try:  # (with a character of the cell added, a cell opened at least)
        rows = list(csv.reader(io.StringIO(before + "x", newline="")))
    except csv.Error:
        return None
    return len(rows), len(rows[-1])


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
    return fail(
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


def register_rows(path: Path, file: str, limits: Any) -> Iterator[Row]:
    """The rows of a register, by its suffix."""
    if path.suffix.lower() in OTHER_SPREADSHEETS:
        raise fail(
            file,
            f"a {path.suffix} spreadsheet is not read (only .xlsx workbooks and .csv files)",
            "Save the register as an Excel workbook (.xlsx) or as CSV (UTF-8)",
        )
    return (
        xlsx_rows(path, file, limits)
        if path.suffix.lower() == ".xlsx"
        else csv_rows(path, file, limits)
    )
