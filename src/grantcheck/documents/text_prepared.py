"""A text or Markdown document's lines made ready to be read: a database's export of a form
rewritten as its records, reStructuredText's list tables and a documentation site's Markdown
(call-outs, tabs, definition lists) rewritten, a scanned form's OCR text mended; for a plain
text, where an email's own words end, the blank lines left to write in, and a page printed in
two columns side by side read row by row. A text exported from a PDF loses its running
headers and footers. (The lines are read into blocks by text_reader.py.)
"""

from __future__ import annotations

from typing import NamedTuple

from grantcheck.documents import md_extensions, records
from grantcheck.documents.dumped import link_list
from grantcheck.documents.furniture import furniture
from grantcheck.documents.layout_text import Numbered, laid_out
from grantcheck.documents.text_lines import boxed_blanks


class Prepared(NamedTuple):
    lines: list[str]
    terms: dict[int, str]  # a Markdown definition list's terms, by line (md_extensions)
    stop: int | None  # the line where an email's own words end
    room: set[int]  # blank lines left to write in
    running: set[int]  # the lines of a PDF's running headers and footers, by index
    table: Numbered | None  # the lines read row by row (two columns, or a form's rows)


def prepared(text: str, fmt: str) -> Prepared:
    """``text``'s lines, rewritten as a reader of its kind would see them, and what is known
    of them before they are read."""
    lines = text.splitlines()
    terms: dict[int, str] = {}
    kept = text.splitlines(keepends=True)
    given = lines
    if ":" in text or "=" in text:  # a database's export of a form: records of settings
        lines = records.rewritten(lines)
    exported = lines is not given  # (its blank lines are where settings were: no room to write)
    if "list-table::" in text:  # reStructuredText's table of rows as lists, in any text
        md_extensions.rst_list_tables(lines)
    if fmt == "md":  # a documentation site's Markdown: call-outs, tabs, definition lists
        lines, terms = md_extensions.rewrite(lines)
    elif "|" in text or "0" in text:  # a scanned form's OCR text: boxes' edges, O read as 0
        from grantcheck.documents.scanned import scanned

        lines, kept = scanned(lines, kept)
    stop: int | None = None  # the line where an email's own words end
    room: set[int] = set()  # blank lines left to write in
    if fmt == "txt":
        from grantcheck.documents import email_text

        if "riginal" in text or "RIGINAL" in text or "wrote:" in text:
            stop = email_text.stop_at(lines)
        if "://" in text and (links := link_list(lines)) is not None:  # a text browser's list of
            stop = links if stop is None else min(stop, links)  # the page's link addresses
        lines = email_text.unquoted(lines) if ">" in text else lines
        room = set() if exported else email_text.room_to_write(lines)
        if "-----" in text or "=====" in text:
            room |= boxed_blanks(lines)  # "-----" / blank / "-----": a box drawn in text
    # a text exported from a PDF: its running headers and footers are not the document's words
    running = furniture(kept) if "\f" in text or "age" in text else set()
    table = None
    if fmt == "txt":  # a page printed in two columns side by side, or a two-column form's rows
        from grantcheck.documents.columns_text import side_by_side

        ends = {i for i, line in enumerate(kept) if line.endswith("\f")} if "\f" in text else set()
        table = side_by_side(lines, ends)
        room = room if table is None else set()  # (each column's own blanks: no box)
        table = table or laid_out(lines)
    return Prepared(lines, terms, stop, room, running, table)
