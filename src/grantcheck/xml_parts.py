"""The elements of an XML part of a zip (a Word document, a workbook), counted as it unpacks,
a chunk at a time, before any XML parser builds it whole: a parser's tree costs about 130
bytes an element and more, so a part of millions of empty elements, padded to pass the
compression checks, took gigabytes (redteam17). Every part that reads as XML is counted,
whatever its name: python-docx and openpyxl find a part by its relationships and content type,
so a document.xml renamed document.bin was parsed uncounted (1.9 GB: redteam19 A). A part is
counted in its bytes, so one declaring an encoding in which a '<' is not the byte '<' is
refused: the parser honours the declaration (UTF-7 writes '<' as '+ADw-': 3.8 GB, redteam21 R1).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import IO

CHUNK = 1 << 20  # bytes unpacked at a time


HEAD = 64  # bytes that show whether a part is XML
# what an XML parser steps over before the first '<': byte-order marks (UTF-8, UTF-16; a
# UTF-16 '<' has a NUL beside it) and white space
BEFORE_XML = b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n"


# encodings in which every '<' is the byte '<' (UTF-16 and UTF-32 put NULs beside it, and their
# end tags count as elements: too many, never too few). Word and Excel write UTF-8.
_COUNTED = re.compile(
    rb"utf-?(8|16|32)(le|be)?|(us-)?ascii|iso-?8859-\d{1,2}|latin-?1|(windows|cp)-?125\d", re.I
)
_DECLARED = re.compile(rb"<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']")
DECLARATION = 4096  # bytes an XML declaration may take (a real one takes under 100)


class Disguised(ValueError):
    """An XML part declaring an encoding in which its tags cannot be counted (the message says
    what it declares, as a phrase: "declares the encoding 'UTF-7' ...")."""


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
            chunk = _declared(chunk, part)
            while chunk and count <= most:
                count += chunk.count(b"<") - chunk.count(b"</")
                chunk = part.read(CHUNK)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        pass  # a damaged or encrypted part: the parser says so when it reads it
    return count


def _declared(chunk: bytes, part: IO[bytes]) -> bytes:
    """``chunk``, the start of an XML part (read on to the end of its declaration), unless it
    declares an encoding it cannot be counted in: then ``Disguised``."""

    def text() -> bytes:  # (a UTF-16 or UTF-32 declaration read as ASCII: its NULs dropped)
        return chunk.lstrip(BEFORE_XML).replace(b"\x00", b"")

    if not text().startswith(b"<?xml"):
        return chunk
    while b"?>" not in text()[:DECLARATION] and len(chunk) < 4 * DECLARATION:
        more = part.read(CHUNK)
        if not more:
            break
        chunk += more
    declaration = text()[:DECLARATION].partition(b"?>")
    if not declaration[1]:
        raise Disguised(f"has an XML declaration longer than {DECLARATION:,} bytes")
    named = _DECLARED.match(declaration[0] + b"?>")
    if named and not _COUNTED.fullmatch(named.group(1)):
        name = named.group(1)[:40].decode("ascii", "replace")
        raise Disguised(f"declares the encoding {name!r}, which Word and Excel never write")
    return chunk
