"""The elements of an XML part of a zip (a Word document, a workbook), counted as it unpacks,
a chunk at a time, before any XML parser builds it whole: a parser's tree costs about 130
bytes an element and more, so a part of millions of empty elements, padded to pass the
compression checks, took gigabytes (redteam17)."""

from __future__ import annotations

import zipfile
import zlib

CHUNK = 1 << 20  # bytes unpacked at a time


def xml_elements(archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int) -> int:
    """The elements of one part: its tags less its end tags (a tag cut between two chunks is a
    count off by one at most); counting stops once past ``most``."""
    count = 0
    try:
        with archive.open(info) as part:
            while (chunk := part.read(CHUNK)) and count <= most:
                count += chunk.count(b"<") - chunk.count(b"</")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        pass  # a damaged or encrypted part: the parser says so when it reads it
    return count
