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


def elements_docx(path: Path, paragraphs: int = 1_500_000) -> Path:
    """A real Word document whose body holds ``paragraphs`` empty paragraphs, stored unpacked
    (a ratio of 1, so no zip bomb): 9 MB, where python-docx and the reader took some 350 bytes
    of memory a paragraph (redteam17: 6.6 million in 320 KB, padded to pass the ratio, 2.3 GB)."""
    import docx

    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    body = parts["word/document.xml"]
    cut = body.index(b"<w:body>") + len(b"<w:body>")
    parts["word/document.xml"] = body[:cut] + b"<w:p/>" * paragraphs + body[cut:]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
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


def packed_fields_pdf(path: Path, count: int, escaped: bool = False) -> Path:
    """A one-page PDF 1.5 whose page, with ``count`` text fields written inside its list, is
    packed in a compressed object stream (so '/Widget' is nowhere in the file's bytes), its
    cross-reference a stream too, as PDF 1.5 writers save them; ``escaped``: the fields' name
    written '/Wid#67et'."""
    import zlib

    name = "Wid#67et" if escaped else "Widget"
    widgets = " ".join(
        f"<< /Type /Annot /Subtype /{name} /FT /Tx /T (Field {i}) "
        f"/Rect [{i % 500} 700 {i % 500 + 10} 710] >>"
        for i in range(count)
    )
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [{widgets}] >>".encode(),
    ]
    offsets, at = [], 0
    for body in bodies:
        offsets.append(at)
        at += len(body) + 1
    head = " ".join(f"{n} {o}" for n, o in enumerate(offsets, start=1)).encode() + b" "
    packed = zlib.compress(head + b"\n".join(bodies) + b"\n")
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    stream_at = out.tell()
    out.write(
        f"4 0 obj\n<< /Type /ObjStm /N 3 /First {len(head)} /Filter /FlateDecode "
        f"/Length {len(packed)} >>\nstream\n".encode()
        + packed
        + b"\nendstream\nendobj\n"
    )
    xref_at = out.tell()
    rows = [(0, 0, 65535), (2, 4, 0), (2, 4, 1), (2, 4, 2), (1, stream_at, 0), (1, xref_at, 0)]
    table = b"".join(bytes([t]) + a.to_bytes(4, "big") + b.to_bytes(2, "big") for t, a, b in rows)
    out.write(
        f"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length {len(table)} >>\n"
        "stream\n".encode()
        + table
        + f"\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n".encode()
    )
    path.write_bytes(out.getvalue())
    return path


def packed_objects_pdf(path: Path, streams: int, each: int, body: bytes = b"<< /A 0 >>") -> Path:
    """A PDF 1.5 of ``streams`` pages, each page packed in a compressed object stream of its
    own beside ``each - 1`` other objects of ``body`` (none of them a field): reaching a page
    makes pypdf parse every object of its stream. Its cross-reference is a stream."""
    import zlib

    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    pages = [3 + s * each for s in range(streams)]
    holders = [3 + streams * each + s for s in range(streams)]
    rows = {0: (0, 0, 65535), 1: (1, out.tell(), 0)}
    out.write(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    rows[2] = (1, out.tell(), 0)
    kids = " ".join(f"{p} 0 R" for p in pages)
    out.write(f"2 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {streams} >>\nendobj\n".encode())
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    for s, holder in enumerate(holders):
        bodies = [page] + [body] * (each - 1)
        offsets = [0]
        for b in bodies[:-1]:
            offsets.append(offsets[-1] + len(b) + 1)
        head = " ".join(f"{pages[s] + i} {o}" for i, o in enumerate(offsets)).encode() + b" "
        packed = zlib.compress(head + b"\n".join(bodies) + b"\n", 9)
        rows[holder] = (1, out.tell(), 0)
        rows.update({pages[s] + i: (2, holder, i) for i in range(each)})
        out.write(
            f"{holder} 0 obj\n<< /Type /ObjStm /N {each} /First {len(head)} /Filter "
            f"/FlateDecode /Length {len(packed)} >>\nstream\n".encode()
            + packed
            + b"\nendstream\nendobj\n"
        )
    size = holders[-1] + 2
    rows[size - 1] = (1, out.tell(), 0)
    table = b"".join(
        bytes([rows[n][0]]) + rows[n][1].to_bytes(4, "big") + rows[n][2].to_bytes(3, "big")
        for n in range(size)
    )
    packed = zlib.compress(table, 9)
    out.write(
        f"{size - 1} 0 obj\n<< /Type /XRef /Size {size} /W [1 4 3] /Root 1 0 R /Filter "
        f"/FlateDecode /Length {len(packed)} >>\nstream\n".encode()
        + packed
        + f"\nendstream\nendobj\nstartxref\n{rows[size - 1][1]}\n%%EOF\n".encode()
    )
    path.write_bytes(out.getvalue())
    return path


def cross_reference_pdf(path: Path, kind: str, count: int) -> Path:
    """A one-page PDF whose cross-reference names ``count`` objects: a ``table`` of entries
    (20 bytes each), a ``stream`` of one-byte entries (flate: a few kB for millions), or,
    for ``headers``, none that can be read but ``count`` object headers pypdf mends it from."""
    import zlib

    body = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
    )
    body = body[: body.index(b"xref")]
    end = f"startxref\n{len(body)}\n%%EOF\n".encode()
    if kind == "table":
        made = f"xref\n0 {count}\n".encode() + b"0000000009 00000 n \n" * count
        made += b"trailer\n<< /Size 4 /Root 1 0 R >>\n" + end
    elif kind == "stream":
        packed = zlib.compress(b"\x02" * count, 9)
        made = (
            f"4 0 obj\n<< /Type /XRef /Size {count} /W [1 0 0] /Root 1 0 R /Filter "
            f"/FlateDecode /Length {len(packed)} >>\nstream\n".encode()
            + packed
            + b"\nendstream\nendobj\n"
            + end
        )
        body = body.replace(b"%PDF-1.4", b"%PDF-1.5")
    else:
        made = b"".join(b"%d 0 obj\n" % n for n in range(4, count + 4))
        made += b"trailer\n<< /Root 1 0 R >>\nstartxref\n999999999\n%%EOF\n"
    path.write_bytes(body + made)
    return path


def mixed_widths_pdf(path: Path, entries: int) -> Path:
    """A one-page PDF whose table's first subsection has 19-byte entries (pypdf steps back a
    byte when an entry's 20th is a digit), so the second subsection's header is where pypdf
    reads it, and a fake 'trailer' where a 20-byte walk lands: the second declares ``entries``
    more (padded so pypdf's own size check, a 20th of the file, passes)."""
    body = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
    )
    body = body[: body.index(b"xref")] + b"%" + b"x" * (entries + 4096) + b"\n"
    entry = b"0000000009 00000 n\n"  # 19 bytes; pypdf reads 20, ends on the next's '0'
    second = b"%d %d\n" % (0, entries)
    first = len(second) + 19 * 10  # so a 20-byte walk of it lands on the 11th entry below
    made = b"xref\n0 %d\n" % first + entry * first + second + entry * 10
    made += b"trailer<</Size 4>>\n" + entry * (entries - 11)
    made += b"trailer\n<< /Size 4 /Root 1 0 R >>\n"
    path.write_bytes(body + made + b"startxref\n%d\n%%%%EOF\n" % len(body))
    return path
