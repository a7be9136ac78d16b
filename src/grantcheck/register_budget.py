"""A register's reading budget: its limits by config key, and the rows, columns and filled
cells counted against them as the cells stream past (CSV and XLSX alike).
"""

from __future__ import annotations

from typing import Any

from grantcheck.errors import InputError, InputFailure

MAX_COLUMNS = 500  # grantcheck's own judgement: the format has under 100 keys


def limit(limits: Any, name: str) -> int:
    """A limit by its config key (``max_file_bytes``), or by its older attribute name."""
    old = {"max_file_bytes": "max_bytes", "max_values": "max_nodes"}
    found = getattr(limits, name, None)
    if found is None and name == "max_documents":  # before limits.max_documents existed
        return 10_000
    return int(found if found is not None else getattr(limits, old.get(name, name)))


def max_rows(limits: Any) -> int:
    """The rows a register may have, blank ones too: ten for each scheme it may hold (a
    register of blank lines is no register: 19 million of them in a CSV took 3.3 GB)."""
    return 10 * (limit(limits, "max_documents") + 2)


def beyond(file: str, most: int, row: int) -> InputFailure:
    """A register with rows past ``most`` (max_rows), located at the first of them."""
    return fail(file, f"the register has rows beyond row {most:,}", "Delete the empty rows", row)


def fail(file: str, message: str, hint: str, row: int = 1, col: int = 1) -> InputFailure:
    return InputFailure(InputError(file, row, col, message, hint))


class Budget:
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
                raise fail(
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
            raise fail(
                self.file,
                f"the register has more than {self.most:,} schemes",
                "Split it, or raise limits.max_documents in the config (up to its ceiling)",
                row,
            )
        if self.seen_values > self.values:
            raise fail(
                self.file,
                f"the register has more than {self.values:,} filled cells",
                "Split it, or raise limits.max_values in the config (up to its ceiling)",
                row,
            )
        return cells
