"""The objects a PDF's cross-reference names, counted from its bytes before pypdf opens it.

pypdf reads a PDF's whole cross-reference when it opens the file, before any budget is
charged: each entry of a table or of a cross-reference stream becomes a dictionary item (1.9
million from a 2 kB stream took 356 MB; 800,000 in a table 172 MB and 3 s), and a file whose
cross-reference is broken is mended from every object header in it (' obj'), each kept and
read the same way (1.2 million: 172 MB and 12 s). So three counts are held to
limits: max_document_objects first:

- the entries each table's subsection headers declare ('xref', then '0 1900000'), walked as
  pypdf walks them: 20 bytes an entry (19 to 21 when the next header is not found there),
  then the next subsection's header or 'trailer';
- the entries each cross-reference stream declares, checked by pypdf itself as it reads the
  stream's dictionary, before its entries (the allowance passed to it: what the tables left);
- the object headers pypdf would find if it mended the file.
"""

from __future__ import annotations

import re

from grantcheck.documents.budget import Budget

# white space and comments, as pypdf skips them before a number (possessive: one way only)
SPACE = rb"(?:[\x00\t\n\x0c\r ]|%[^\r\n]*+)*+"
NUMBER = rb"([+-]?\d{1,20})(?!\d)"
HEADER = re.compile(SPACE + NUMBER + SPACE + NUMBER)  # a subsection's header: '0 1900000'
TABLE = re.compile(rb"(?<!start)xref(?=" + HEADER.pattern + rb")")  # one with a header after it
ENTRY = 20  # bytes: a table's entry ('0000000010 00000 n' and its end of line)
# after a subsection whose entries are not all 20 bytes (pypdf reads some of 19 and 21: a
# one-byte end of line, or CRLF after no space), where the next header or 'trailer' may be
NEXT = re.compile(
    rb"trailer|(?<![\d+-])" + NUMBER + SPACE + NUMBER + rb"(?![\x00\t\n\x0c\r ]*[nf])"
)
ROOM = 128  # bytes past the last place entries could end, for the next header to be read whole
GAP = re.compile(rb"[\x00\t\n\x0c\r ]*")  # (pypdf skips only this between a header and entries)
HEADERS = b" obj"  # what pypdf looks for when it mends a broken cross-reference


def table_entries(data: bytes, most: int) -> int:
    """The entries the file's tables declare, counted until they pass ``most`` (every 'xref'
    keyword's but 'startxref', as any may be one that a 'startxref' or '/Prev' points to)."""
    total = 0
    for table in TABLE.finditer(data):
        total += _walk(data, table.end(), most - total)
        if total > most:
            break
    return total


def _walk(data: bytes, at: int, most: int) -> int:
    """The entries one table declares from ``at`` (just after its 'xref'): each subsection's
    entries are skipped at 20 bytes each, then the next header is read, until 'trailer'."""
    total = 0
    cap = len(data) // ENTRY  # (pypdf refuses a subsection declaring more: counted all the same)
    while total <= most:
        header = HEADER.match(data, at)
        if header is None:
            return total
        size = max(int(header[2]), 0)
        total += max(size, 1)  # (an empty subsection costs a header's reading: one at least)
        start = GAP.match(data, header.end()).end()  # type: ignore[union-attr]
        if size > cap:
            return total
        at = start + size * ENTRY
        if data.startswith(b"trailer", at) or _header_at(data, at):
            continue
        found = NEXT.search(data, start + size * (ENTRY - 1), at + size + ROOM)
        if found is None:
            return total
        at = found.start()
    return total


def _header_at(data: bytes, at: int) -> bool:
    """Whether a subsection's header, not an entry ('0000000010 00000 n'), is at ``at``."""
    found = NEXT.match(data, at)
    return found is not None and found[0] != b"trailer"


def stream_allowance(data: bytes, budget: Budget) -> int:
    """Refuse a file whose tables' entries or object headers pass the budget's objects; else
    what the budget leaves for its cross-reference streams' entries (for pypdf to hold them to:
    it checks what each stream's dictionary declares before it reads any entry)."""
    most = budget.limits.max_document_objects
    tables = table_entries(data, most)
    budget.cross_reference(tables, "in its cross-reference tables")
    budget.cross_reference(data.count(HEADERS), "in object headers ('12 0 obj')")
    return most - tables
