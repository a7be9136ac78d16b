"""A Word document's zip, checked before python-docx opens it: what it unpacks to, how far
it is compressed, and how many XML elements its parts hold (python-docx parses every XML part
whole, about 130 bytes of memory an element, and reading the body costs as much again: a
320 KB file of 6.6 million empty paragraphs took 2.3 GB; redteam17). A file that is no zip is
told apart: a Word document encrypted with a password, an old .doc, or damage (ole.py).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from grantcheck.documents.budget import Budget, over
from grantcheck.documents.ole import not_a_zip
from grantcheck.guidance import DAMAGED_DOCX, Unreadable
from grantcheck.xml_parts import Disguised, xml_elements


def check_zip(path: Path, budget: Budget) -> None:
    """Refuse a zip whose members would decompress past the budget, or whose XML parts hold
    more elements than it allows, before python-docx reads any."""
    limits = budget.limits
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _sizes(infos, budget)
            elements = 0
            for info in infos:  # (every part: python-docx finds one by its rels, not its name)
                elements += _elements(archive, info, limits.max_document_elements - elements)
                if elements > limits.max_document_elements:
                    raise over(
                        f"holds more than {limits.max_document_elements:,} XML elements",
                        "max_document_elements",
                        limits.max_document_elements,
                    )
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Unreadable(not_a_zip(_bytes(path), DAMAGED_DOCX)) from None


def _elements(archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int) -> int:
    """The XML elements of one part, or Unreadable for a part they cannot be counted in."""
    try:
        return xml_elements(archive, info, most)
    except Disguised as exc:  # (Word writes UTF-8: such a part was made to pass the count)
        name = info.filename[:60]
        raise Unreadable(
            f"is damaged: its part {name!r} {exc}; open it in Word and save it again as .docx"
        ) from None


def _sizes(infos: list[zipfile.ZipInfo], budget: Budget) -> None:
    """Refuse members that would decompress past the budget, from the zip's directory alone."""
    limits = budget.limits
    total = sum(i.file_size for i in infos)
    if total > limits.max_decompressed_bytes:
        raise over(
            f"would decompress to {total:,} bytes",
            "max_decompressed_bytes",
            limits.max_decompressed_bytes,
        )
    for info in infos:
        if (
            info.file_size > 1_000_000
            and info.file_size > info.compress_size * limits.max_compression_ratio
        ):
            raise over(
                f"holds {info.filename!r}, compressed more than {limits.max_compression_ratio}"
                " to 1 (a zip bomb?)",
                "max_compression_ratio",
                limits.max_compression_ratio,
            )


def _bytes(path: Path) -> bytes:
    """The file's bytes (its size is within max_document_bytes), or none if it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return b""
