"""Guidance documents made by the tests themselves: PDF (written by hand, then
encrypted or blanked with pypdf), Word (python-docx) and OLE compound files (by hand)."""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grantcheck.documents.facts import DocumentFacts


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A small, valid PDF: each page a list of lines in Helvetica, A4."""
    return pages_pdf(
        [
            "BT /F1 11 Tf 14 TL 56 780 Td "
            + " ".join(f"({_escape(line)}) Tj T*" for line in lines)
            + " ET"
            for lines in pages
        ]
    )


def pages_pdf(streams: list[str]) -> bytes:
    """A PDF of A4 pages, each drawn by one content stream (latin-1) in Helvetica as /F1."""
    objects: list[bytes] = []
    kids = []
    for stream in streams:
        content = (
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream".encode(
                "latin-1"
            )
        )
        objects.append(content)
        content_no = 3 + len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_no} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        kids.append(3 + len(objects))
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} "
        ">>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return assemble(head + objects)


def assemble(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the first the catalogue), with its xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(
        f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    path.write_bytes(pdf_bytes(pages))
    return path


def write_encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(pdf_bytes([["Secret guidance for applicants."]])))
    )
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_docx(
    path: Path,
    paragraphs: list[str],
    table: list[list[str]] | None = None,
    heading: str | None = None,
) -> Path:
    """A Word document: an optional title in Heading 1, paragraphs (a "\\n" in one is a manual
    line break), then a table whose cells may hold several lines."""
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.save(str(path))
    return path


def write_ole(path: Path, streams: list[str], contents: dict[str, bytes] | None = None) -> Path:
    """An OLE compound file (512-byte sectors) whose directory holds a root and the streams
    named, empty unless ``contents`` gives one its bytes (laid in sectors after the
    directory's). A Word document encrypted with a password holds EncryptionInfo and
    EncryptedPackage; an old .doc holds WordDocument (its first bytes: the FIB)."""
    contents = contents or {}
    entries = [("Root Entry", 5), *((name, 2) for name in streams)]
    dir_sectors = -(-len(entries) // 4)
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    fat = [0xFFFFFFFD] + [i + 2 for i in range(dir_sectors - 1)] + [end]
    starts: dict[str, int] = {}
    body = b""
    for name, data in contents.items():
        count = -(-len(data) // 512)
        starts[name] = len(fat)
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [end]
        body += data.ljust(count * 512, b"\0")
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(10)
    header += struct.pack("<IIIIIIII", 1, 1, 0, 0x1000, end, 0, end, 0)
    header += struct.pack("<109I", 0, *[free] * 108)
    directory = b""
    for i, (name, kind) in enumerate(entries):
        raw = name.encode("utf-16-le") + bytes(2)
        sibling = i + 1 if 0 < i < len(entries) - 1 else free
        child = 1 if i == 0 and len(entries) > 1 else free
        directory += raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
        directory += struct.pack("<III", free, sibling, child) + bytes(36)
        directory += struct.pack("<IQ", starts.get(name, end), len(contents.get(name, b"")))
    directory = directory.ljust(dir_sectors * 512, b"\0")
    fat_sector = struct.pack(f"<{len(fat)}I", *fat) + b"\xff" * (512 - 4 * len(fat))
    path.write_bytes(header + fat_sector + directory + body)
    return path


def measure(tmp_path: Path, name: str, text: str) -> DocumentFacts:
    """The measured facts of a text, Markdown or HTML document written to ``tmp_path/name``."""
    from grantcheck.documents import Measurer

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Measurer().measure(path, name)[1]
