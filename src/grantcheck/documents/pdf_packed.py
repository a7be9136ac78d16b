"""Form fields packed in a PDF's compressed object streams, counted before pypdf parses any.

A PDF 1.5 writer may pack objects, pages among them, into compressed object streams. A page
whose fields are written inside its own list is parsed whole when the page is reached (pypdf
builds about 4 KB for each field: 100,000 took 270 MB, and a stream at pypdf's ceiling of
75 MB unpacked would take about 3 GB), and the fields' name ('/Widget') is not in the file's
bytes for the count made of them before pypdf reads any (pdf_reader._counted). So each object
stream is unpacked first, by pypdf within its own limits, and the fields it names counted,
before any object in it is parsed. So are the objects each packs and their bytes: pypdf parses
all of a stream's objects when one is reached, and many small ones (1.9 million numbers took
1.4 GB; 10 MB of '0 0 0' in arrays, 350 MB and 11 CPU seconds, from a 10 kB file) cost as
much as fields (limits: max_document_objects).
"""

from __future__ import annotations

import re
from typing import Any

from grantcheck.documents.budget import Budget

ESCAPED = re.compile(rb"#([0-9A-Fa-f]{2})")  # a name's byte written as '#67' ('/Wid#67et')


def packed_fields(reader: Any, budget: Budget, named: int = 0) -> int:
    """How many fields the file's object streams name ('/Widget', however its letters are
    written): none in a file with no object stream (PDF 1.4 and earlier). As each stream is
    unpacked, its fields with ``named`` (those the bytes name outside any stream), then the
    objects all streams pack and their bytes (Budget.packed), are held against the budget."""
    packed: dict[int, Any] = getattr(reader, "xref_objStm", None) or {}
    count = objects = size = 0
    # (a stream said to be packed in another is no object stream: pypdf refuses it later)
    for number in sorted({entry[0] for entry in packed.values()} - set(packed)):
        budget.tick()
        try:
            stream = reader.get_object(number)
            data = stream.get_data()
        except Exception as e:
            if type(e).__name__ == "LimitReachedError":  # a compression bomb: refused as one
                raise
            continue  # (a damaged stream: pypdf says so, or mends it, when it is reached)
        if not isinstance(data, bytes):
            continue
        # pypdf parses every object a stream packs as soon as one is reached: as many as its
        # /N says, up to one for each 3 bytes (its own cap), each up to 1 KB of memory
        stated = stream.get("/N")
        objects += min(stated, len(data) // 3) if isinstance(stated, int) and stated > 0 else 0
        size += len(data)
        if b"#" in data:
            data = ESCAPED.sub(lambda m: bytes([int(m[1], 16)]), data)
        count += data.count(b"/Widget")
        budget.field_count(named + count, charge=False)  # (fields first: the sharper message)
        budget.packed(objects, size)
    return count
