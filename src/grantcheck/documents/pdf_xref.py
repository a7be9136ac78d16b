"""The objects a PDF's cross-reference names, counted from its bytes before pypdf opens it.

pypdf reads a PDF's whole cross-reference when it opens the file, before any budget is
charged: each entry of a table or of a cross-reference stream becomes a dictionary item (1.9
million from a 2 kB stream took 356 MB; 800,000 in a table 172 MB and 3 s), and a file whose
cross-reference is broken is mended from every object header in it (' obj'), each kept and
read the same way (1.2 million: 172 MB and 12 s). So three counts are held to
limits: max_document_objects first:

- the entries each table's subsection headers declare ('xref', then '0 1900000'), read as
  pypdf reads them (its numbers, its sizes) and walked as it walks them, entry by entry: 20
  bytes, one back when the 20th is a digit or 't', one on for each end of line an entry starts
  with (each counted as an entry: pypdf reads it as one), and past the end of the file the
  header it then finds among the last bytes. A walk
  that merely assumed 20 bytes lost step with pypdf on entries of 19 and found a fake
  'trailer' where pypdf found a header of 800,000 more (redteam17);
- the entries each cross-reference stream declares, checked by pypdf itself as it reads the
  stream's dictionary, before its entries (the allowance passed to it: what the tables left);
- the object headers pypdf would find if it mended the file.
"""

from __future__ import annotations

import re

from grantcheck.documents.budget import Budget

# white space and comments, as pypdf skips them before a number (possessive: one way only)
SPACE = rb"(?:[\x00\t\n\x0c\r ]|%[^\r\n]*+)*+"
# a number as pypdf reads one: every character of these ('+' to '.' is a range: ',' too)
TOKEN = rb"([+,\-.\d]++)"
HEADER = re.compile(SPACE + TOKEN + SPACE + TOKEN)  # a subsection's header: '0 1900000'
SKIP = re.compile(SPACE)
# any 'xref' may be one that 'startxref' or '/Prev' points pypdf to, even that of 'startxref':
# those a header follows, or at most a number before the end (where pypdf reads _tail's)
TABLE = re.compile(rb"xref(?=" + HEADER.pattern + rb"|" + SPACE + rb"[+,\-.\d]*+" + SPACE + rb"\Z)")
ENTRY = 20  # bytes: a table's entry ('0000000010 00000 n' and its end of line)
GAP = re.compile(rb"[\x00\t\n\x0c\r ]*")  # (pypdf skips only this between a header and entries)
LINE_ENDS = frozenset(b"\r\n")  # an entry starting with one is read a byte on (CRLF, no space)
STEP_BACK = frozenset(b"0123456789t")  # an entry's 20th byte is the next one's: a byte back
TAIL = 40  # bytes: past the end pypdf steps back 7 and reads a header once more (then stops)
HEADERS = b" obj"  # what pypdf looks for when it mends a broken cross-reference


def table_entries(data: bytes, most: int) -> int:
    """The entries the file's tables declare, counted until they pass ``most`` (every 'xref'
    keyword's, as any may be one that a 'startxref' or '/Prev' points to)."""
    total = 0
    tail = _tail(data)
    for table in TABLE.finditer(data):
        total += _walk(data, table.end(), most - total, tail)
        if total > most:
            break
    return total


def _walk(data: bytes, at: int, most: int, tail: int) -> int:
    """The entries one table declares from ``at`` (just after its 'xref'): each subsection's
    header read, its entries stepped over as pypdf steps, until 'trailer' or what pypdf
    cannot read as a header (a table not ended by 'trailer' adds ``tail``: _tail)."""
    total = 0
    cap = len(data) // ENTRY  # (pypdf refuses a subsection declaring more: counted all the same)
    while total <= most:
        header = HEADER.match(data, at)
        if header is None:
            return total + tail
        size = declared(header[2])
        total += max(size, 1)  # (an empty subsection costs a header's reading: one at least)
        if size > cap or total > most:
            return total
        start = GAP.match(data, header.end()).end()  # type: ignore[union-attr]
        ended, skipped = _entries(data, start, size, most - total)
        total += skipped
        if ended is None:
            return total + tail
        at = SKIP.match(data, ended).end()  # type: ignore[union-attr]
        if data.startswith(b"trailer", at):
            return total
    return total


def declared(token: bytes) -> int:
    """The entries a subsection's size declares as pypdf reads it: a whole number, or none
    ('1.5' is no size: pypdf mends the file instead; '+-3' or '1,5' it reads as 0)."""
    if b"." in token:
        return 0
    try:
        return max(int(token), 0)
    except ValueError:  # (so are 4,301 digits or more: Python's own limit)
        return 0


def _entries(data: bytes, at: int, size: int, most: int) -> tuple[int | None, int]:
    """Where pypdf's reading of ``size`` entries from ``at`` ends (None where it reads past the
    end of the file: its last subsection, counted whole wherever it stops), and the ends of
    line it stepped over one by one before entries, each a read like an entry's and counted as
    one (a run of millions would take pypdf minutes), the walk ending past ``most`` of them."""
    end = len(data)
    skipped = 0
    for _ in range(size):
        if at + ENTRY > end:
            return None, skipped
        while data[at] in LINE_ENDS:
            at += 1
            skipped += 1
            if at + ENTRY > end or skipped > most:
                return None, skipped
        at += ENTRY - (data[at + ENTRY - 1] in STEP_BACK)
    return at, skipped


def _tail(data: bytes) -> int:
    """The most entries a header among the file's last bytes declares: past the end, pypdf
    steps back and reads one more subsection there before it finds itself stuck."""
    start = max(len(data) - TAIL, 0)
    found = (HEADER.match(data, at) for at in range(start, len(data)))
    return max((declared(header[2]) for header in found if header), default=0)


def stream_allowance(data: bytes, budget: Budget) -> int:
    """Refuse a file whose tables' entries or object headers pass the budget's objects; else
    what the budget leaves for its cross-reference streams' entries (for pypdf to hold them to:
    it checks what each stream's dictionary declares before it reads any entry)."""
    most = budget.limits.max_document_objects
    tables = table_entries(data, most)
    budget.cross_reference(tables, "in its cross-reference tables")
    budget.cross_reference(data.count(HEADERS), "in object headers ('12 0 obj')")
    return most - tables
