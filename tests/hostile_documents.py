"""Hostile documents, made at test time (they are large, or binary): for each new way
documents come in (the form, the guidance, `grantcheck measure`)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def zip_bomb_docx(path: Path, megabytes: int = 60) -> Path:
    """A .docx whose document.xml decompresses to ``megabytes`` of spaces (about 1,000 to 1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * 1_000_000
            for _ in range(megabytes):
                member.write(chunk)
    return path


def shared_stream_pdf(path: Path, pages: int) -> Path:
    """A PDF whose ``pages`` pages all draw one content stream (a slow one would be read once)."""
    line = (
        "BT /F1 11 Tf 56 780 Td "
        + " ".join("(Tell us about your group.) Tj" for _ in range(40))
        + " ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{5 + i} 0 R' for i in range(pages))}] /Count "
        f"{pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(line)} >>\nstream\n{line}\nendstream".encode(),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"
    ] * pages
    path.write_bytes(_pdf(objects))
    return path


def many_fields_pdf(path: Path, count: int, direct: bool) -> Path:
    """A one-page PDF of ``count`` text fields: each its own object (as form tools write them,
    with the name '/Widget' escaped as '/Wid#67et', so only the page's list counts them), or
    ``direct``ly inside the page's list, which is parsed whole with the page."""
    widgets = [
        f"<< /Type /Annot /Subtype /{'Widget' if direct else 'Wid#67et'} /FT /Tx /T (Field {i}) "
        f"/Rect [{i % 500} 700 {i % 500 + 10} 710] >>".encode()
        for i in range(count)
    ]
    listed = b" ".join(widgets) if direct else " ".join(f"{4 + i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots ["
        + (listed if isinstance(listed, bytes) else listed.encode())
        + b"] >>",
    ] + ([] if direct else widgets)
    path.write_bytes(_pdf(objects))
    return path


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1; the first is the catalogue)."""
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


def deep_html(path: Path, depth: int = 100_000) -> Path:
    path.write_text(
        "<html><body>" + "<div>" * depth + "Describe your project" + "</div>" * depth,
        encoding="utf-8",
    )
    return path


def huge_html(path: Path, megabytes: int = 12) -> Path:
    row = "<p>Tell us about your group and what you do in the area.</p>\n"
    path.write_text(
        "<html><body>" + row * (megabytes * 1_000_000 // len(row)) + "</body></html>",
        encoding="utf-8",
    )
    return path
