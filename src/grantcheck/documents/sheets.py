"""A spreadsheet form printed to PDF (Excel's or Calc's "print headings"): the column letters
across the top of each page ("A", "B", "C" ... or "A B C D") and each row's number down the
left, which text extraction gives as lines of their own. They are the sheet's headings, not
its words: a row number read as text joins the row above ("Safeguarding policy 16") or
numbers an item that is not one. A row is a row, though: the lines between two row numbers
are one row's cells, and rows with nothing in them are the sheet's empty answer space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grantcheck.documents.blocks import FIELD, SPACE
from grantcheck.documents.lazy import lazy

TOP = 12  # lines: the column letters print at a page's top, under its header
LETTERS = lazy(lambda: re.compile(r"^A(?: ?[B-Z]){2,}$"))  # "A B C D E" on one line
FIRST = ("A", "A B")  # (a quick test: only a page that may be a sheet is looked at again)


TICK_HEADS = {"X", "✓", "✔", "Y/N", "Tick"}  # a sheet's heading of a column of ticks
GRID = 3  # cells: a row of this many headings over empty rows heads a grid of values


@dataclass(frozen=True, slots=True)
class Sheet:
    """A printed sheet's page: the lines that are its headings (not words), and at the second
    of two or more empty rows in a run, what the empty rows are: an answer space under a
    prompt (``SPACE``), or a grid of values under a row of column headings (``FIELD``)."""

    skip: frozenset[int]
    empty: dict[int, tuple[str, int]]  # (the kind, the cells of the row above the run)


def sheet(lines: list[str]) -> Sheet | None:
    """The page as a printed sheet, or None when it is not one."""
    found = _headings(lines)
    if found is None:
        return None
    letters, rows = found
    ticks = {i for i, line in enumerate(lines) if line.strip() in TICK_HEADS}
    numbers = sorted(rows)
    empty: dict[int, tuple[str, int]] = {}
    run, widest = 0, 0  # empty rows in a row; cells of the last row with any
    for at, start in enumerate(numbers):
        end = numbers[at + 1] if at + 1 < len(numbers) else len(lines)
        cells = [j for j in range(start + 1, end) if lines[j].strip() and j not in ticks]
        if cells:
            run, widest = 0, len(cells)
            continue
        run += 1
        if run == 2:
            empty[start] = (FIELD, widest) if widest >= GRID else (SPACE, 0)
    return Sheet(frozenset(letters | rows | ticks), empty)


def _headings(lines: list[str]) -> tuple[set[int], set[int]] | None:
    """The indexes of a printed sheet's column letters and of its row numbers, or None when
    the page is not one: three or more letters in order at the page's top, and then row
    numbers in order (each one more than the last)."""
    top = [line.strip() for line in lines[:TOP]]
    if not any(t.startswith(FIRST) and len(t) < 60 for t in top):
        return None
    letters = _letters(top)
    if not letters:
        return None
    rows: set[int] = set()
    last = 0
    for i in range(max(letters) + 1, len(lines)):
        text = lines[i].strip()
        if text.isdigit() and len(text) < 6 and (not rows or int(text) == last + 1):
            rows.add(i)
            last = int(text)
    return (letters, rows) if len(rows) >= 3 else None


def _letters(top: list[str]) -> set[int]:
    """The top lines that are column letters: "A", "B", "C" each alone, or all on one line."""
    for i, text in enumerate(top):
        if LETTERS.match(text):
            return {i}
        if text == "A":
            run = {i}
            for j in range(i + 1, len(top)):
                if top[j] != chr(ord("A") + j - i):
                    break
                run.add(j)
            return run if len(run) >= 3 else set()
    return set()
