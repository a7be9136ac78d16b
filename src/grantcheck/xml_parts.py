"""The elements of an XML part of a zip (a Word document, a workbook), counted as it unpacks,
a chunk at a time, before any XML parser builds it whole: a parser's tree costs about 130
bytes an element and more, so a part of millions of empty elements, padded to pass the
compression checks, took gigabytes (redteam17). Every part that reads as XML is counted,
whatever its name: python-docx and openpyxl find a part by its relationships and content type,
so a document.xml renamed document.bin was parsed uncounted (1.9 GB: redteam19 A)."""

from __future__ import annotations

import zipfile
import zlib

CHUNK = 1 << 20  # bytes unpacked at a time


HEAD = 64  # bytes that show whether a part is XML
# what an XML parser steps over before the first '<': byte-order marks (UTF-8, UTF-16; a
# UTF-16 '<' has a NUL beside it) and white space
BEFORE_XML = b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n"


def xml_elements(archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int) -> int:
    """The elements of one part: its tags less its end tags (a tag cut between two chunks is a
    count off by one at most); counting stops once past ``most``. A part that cannot be XML
    (an image: its first byte is no '<') has none: no parser reads it as XML."""
    count = 0
    try:
        with archive.open(info) as part:
            chunk = part.read(HEAD)
            while chunk and not chunk.lstrip(BEFORE_XML):  # (white space first: read on)
                chunk = part.read(CHUNK)
            if not chunk.lstrip(BEFORE_XML).startswith(b"<"):
                return 0
            while chunk and count <= most:
                count += chunk.count(b"<") - chunk.count(b"</")
                chunk = part.read(CHUNK)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        pass  # a damaged or encrypted part: the parser says so when it reads it
    return count
