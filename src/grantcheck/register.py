"""A scheme register: rows of cells turned into scheme documents, one per row.

The header row holds the scheme format's dotted keys; each later row becomes
the same nested data a YAML file would give, with every key's position set to
its cell (line = row, column = column), so that validation, metrics and rules
treat a row exactly as they treat a scheme file, with one set of messages.
An optional second row of descriptions (as ``grantcheck init --register``
writes it) is recognised by matching a cell to its column's description, and
skipped. Reading the bytes safely is register_read.py's job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from grantcheck.errors import InputError, did_you_mean
from grantcheck.frozen import frozen_dataclass
from grantcheck.load import Document, KeyPath, Position
from grantcheck.register_columns import Column, cell_value, columns

# named, these get a clear refusal
OTHER_SPREADSHEETS = (".xls", ".xlsm", ".xlsb", ".ods", ".numbers")
REGISTER_SUFFIXES = (".csv", ".xlsx", *OTHER_SPREADSHEETS)


@frozen_dataclass
class Formula:
    """A cell holding a formula: never evaluated, never read as a value."""

    text: str


@frozen_dataclass
class Unreadable:
    """A cell whose value could not be read (a date 'nan', a number 'abc', a shared string
    that is not there): reported at the cell, the row's other cells and the rows after it read
    (redteam20 #6: one such cell lost the whole sheet, reported at A1)."""

    why: str


Row = tuple[int, list[Any]]  # the 1-based row number and its cells, first column first


def _error(file: str, row: int, col: int, message: str, hint: str = "") -> InputError:
    return InputError(file, row, col, message, hint)


# how _header's messages open: its errors leave the rows checked (a row's own open with a key)
HEADING = ("unknown column ", "the column ", "formulas are not read", "the register has no column")


def _header(file: str, row: int, cells: list[Any]) -> tuple[dict[int, Column], list[InputError]]:
    """The known column at each 0-based position, and an error for each unknown or repeated
    header."""
    known = columns()
    found: dict[int, Column] = {}
    seen: dict[str, int] = {}
    errors: list[InputError] = []
    for i, cell in enumerate(cells):
        if isinstance(cell, Formula):
            errors.append(
                _error(
                    file,
                    row,
                    i + 1,
                    "formulas are not read; type the value",
                    "Type the column's key",
                )
            )
            continue
        key = "" if cell is None else str(cell).strip()
        if not key:
            continue
        if key in seen:
            errors.append(
                _error(
                    file,
                    row,
                    i + 1,
                    f"the column {key[:60]!r} is given twice (first in column {seen[key]})",
                    "Give each key one column",
                )
            )
        elif key in known:
            found[i] = known[key]
            seen[key] = i + 1
        else:
            shown = repr(key[:60]) if len(key) <= 60 else repr(key[:37] + "...")
            errors.append(
                _error(
                    file,
                    row,
                    i + 1,
                    f"unknown column {shown}",
                    did_you_mean(key[:60], list(known), "Allowed columns"),
                )
            )
    missing = [c.key for c in known.values() if c.required and c.key not in seen]
    if missing and not errors:
        errors.append(
            _error(
                file,
                row,
                1,
                "the register has no column for " + ", ".join(missing),
                "Add a column headed with each; 'grantcheck init --register' writes every heading",
            )
        )
    return found, errors


def _is_description_row(cells: list[Any], header: dict[int, Column]) -> bool:
    """True when some cell of the row is its column's description, word for word."""
    return any(
        isinstance(cells[i], str) and cells[i].strip() == col.description
        for i, col in header.items()
        if i < len(cells)
    )


def _row_document(
    file: str, row: int, cells: list[Any], header: dict[int, Column]
) -> tuple[Document | None, list[InputError]]:
    """One row as a scheme document, or the errors that stop it being one."""
    data: dict[str, Any] = {}
    keys: dict[KeyPath, Position] = {}
    errors: list[InputError] = []
    for i, column in header.items():
        raw = cells[i] if i < len(cells) else None
        if isinstance(raw, Formula):
            errors.append(
                _error(
                    file,
                    row,
                    i + 1,
                    f"{column.key}: formulas are not read; type the value",
                    "Replace the formula with the value it gives (Paste Special, Values)",
                )
            )
            continue
        if isinstance(raw, Unreadable):
            errors.append(
                _error(
                    file,
                    row,
                    i + 1,
                    f"{column.key}: the cell cannot be read ({raw.why})",
                    "Type the value again in a spreadsheet program and save the register",
                )
            )
            continue
        value = cell_value(column, raw)
        if value is None:
            continue
        pos = Position(row, i + 1)
        parts = column.key.split(".")
        path: KeyPath = tuple(parts)
        target = data
        for depth, part in enumerate(parts[:-1]):
            target = target.setdefault(part, {})
            # a missing key inside it is reported at its first cell
            keys.setdefault(path[: depth + 1], pos)
        target[parts[-1]] = value
        keys[path] = pos
        if isinstance(value, list):
            keys.update({path + (n,): pos for n in range(len(value))})
    values = {(): Position(row, 1), **keys}
    return (None, errors) if errors else (Document(file, row, data, keys, values), [])


def _blank(cells: list[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


# A scheme row still to be made a document (file, row, cells, header): a worker can make it.
Pending = tuple[str, int, list[Any], dict[int, Column]]


def documents(file: str, rows: Iterable[Row]) -> Iterator[tuple[Document | None, list[InputError]]]:
    """Each scheme row as a document (or its errors), in order; header problems come first.

    Blank rows are skipped. A row's errors never stop the rows after it.
    """
    for item in pending(file, rows):
        yield (None, item) if isinstance(item, list) else row_document(item)


def row_document(item: Pending) -> tuple[Document | None, list[InputError]]:
    """A pending row as a document, or the errors that stop it being one."""
    return _row_document(*item)


def pending(file: str, rows: Iterable[Row]) -> Iterator[Pending | list[InputError]]:
    """Each scheme row with the header it is read by, or errors (the header's first), in order;
    blank rows and the row of descriptions are skipped."""
    it = iter(rows)
    header: dict[int, Column] | None = None
    header_row = 0
    for row, cells in it:
        if _blank(cells):
            continue
        if header is None:
            header, errors = _header(file, row, cells)
            header_row = row
            if errors:
                yield errors
            if not header:
                return
            continue
        if row == header_row + 1 and _is_description_row(cells, header):
            continue
        yield file, row, cells, header
    if header is None:
        yield [
            _error(
                file,
                1,
                1,
                "the register is empty: it has no header row",
                "Run 'grantcheck init --register FILE' for a register to fill in",
            )
        ]
