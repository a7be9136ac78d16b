"""Forms made by the tests for the measurer: fillable PDFs written by hand (no reportlab),
Word forms with tables (python-docx), saved HTML forms. Different from tests/forms/."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@dataclass
class PdfField:
    name: str
    label: str  # the tooltip, /TU
    kind: str = "/Tx"  # /Tx, /Btn, /Sig
    max_len: int | None = None
    multiline: bool = False
    value: str = ""  # the words shown in the box (/V)
    flags: int = 0  # /Ff bits beyond multi-line (a push button's 65536)
    column: int = 0  # 0: the page's width; 1, 2: a grid's columns (2 on the row of the 1 before)
    edges: tuple[int, int] | None = None  # its own left and right, on the row of the box before
    # a check box printed left of the next line's words, on their row ("[box] Your accounts")
    before_words: bool = False


@dataclass
class PdfLine:
    """A line of text in bold (a title, or a checklist's item printed in bold)."""

    text: str


def fillable_pdf_bytes(pages: list[list[str | PdfField | PdfLine]]) -> bytes:
    """A PDF whose pages hold lines of text and form fields, in order down the page."""
    objects: dict[int, bytes] = {}
    next_no = 5  # (1 to 4: the catalogue, the page tree and the two fonts)
    kids: list[int] = []
    fields: list[int] = []
    for items in pages:
        y, ops, annots = 780, [], []
        texted = False  # (the item before was a line of text)
        for item in items:
            if isinstance(item, str | PdfLine):
                font, words = ("F2", item.text) if isinstance(item, PdfLine) else ("F1", item)
                ops.append(f"BT /{font} 11 Tf 56 {y} Td ({_escape(words)}) Tj ET")
                y, texted = y - 16, True
                continue
            if item.before_words:  # (the next line's row: the box beside its first word)
                rect = f"[40 {y - 2} 52 {y + 10}]"
                body = (
                    f"<< /Type /Annot /Subtype /Widget /FT /Btn /T ({_escape(item.name)}) "
                    f"/TU ({_escape(item.label)}) /Rect {rect} >>"
                )
                objects[next_no] = body.encode("latin-1")
                annots.append(next_no)
                fields.append(next_no)
                next_no += 1
                continue
            height = 60 if item.multiline else 16
            if item.edges and item.edges[0] > 56 and texted:
                y += 12  # (back up onto the line of text before: the box beside its words)
            elif item.column == 2 or (item.edges and item.edges[0] > 56):
                y += height + 4  # (back up to the row before: a grid's second column)
            texted = False
            left, right = item.edges or ((56, 540), (56, 390), (400, 540))[item.column]
            rect = f"[{left} {y - height + 12} {right} {y + 12}]"
            flags = item.flags | (4096 if item.multiline else 0)
            extra = (
                (f" /MaxLen {item.max_len}" if item.max_len else "")
                + (f" /Ff {flags}" if flags else "")
                + (f" /V ({_escape(item.value)})" if item.value else "")
            )
            body = (
                f"<< /Type /Annot /Subtype /Widget /FT {item.kind} /T ({_escape(item.name)}) "
                f"/TU ({_escape(item.label)}) /Rect {rect}{extra} >>"
            )
            objects[next_no] = body.encode("latin-1")
            annots.append(next_no)
            fields.append(next_no)
            next_no += 1
            y -= height + 4
        stream = " ".join(ops)
        objects[next_no] = (f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream").encode(
            "latin-1"
        )
        content = next_no
        next_no += 1
        refs = " ".join(f"{a} 0 R" for a in annots)
        objects[next_no] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Annots [{refs}] >>"
        ).encode()
        kids.append(next_no)
        next_no += 1
    field_refs = " ".join(f"{f} 0 R" for f in fields)
    objects[1] = (
        f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{field_refs}] >> >>".encode()
    )
    objects[2] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} "
        ">>".encode()
    )
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n")
    xref = out.tell()
    size = max(objects) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{offsets[n]:010d} 00000 n \n".encode() for n in range(1, size)))
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def write_fillable_pdf(path: Path, pages: list[list[str | PdfField | PdfLine]]) -> Path:
    path.write_bytes(fillable_pdf_bytes(pages))
    return path


def write_form_docx(path: Path, items: list[str | list[list[str]]]) -> Path:
    """A Word form: each item a paragraph, or a table given as rows of cell texts."""
    import docx

    document = docx.Document()
    for item in items:
        if isinstance(item, str):
            document.add_paragraph(item)
            continue
        grid = document.add_table(rows=len(item), cols=max(len(r) for r in item))
        for r, row in enumerate(item):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.save(str(path))
    return _fixed_times(path)


def _fixed_times(path: Path) -> Path:
    """The zip rewritten with every member dated 1980-01-01 (python-docx dates each with the
    time it is saved), so the same form is the same bytes: examples/forms/make_forms.py
    remakes the committed documents exactly (trial21 D13)."""
    import zipfile

    with zipfile.ZipFile(path) as old:
        members = [(info, old.read(info.filename)) for info in old.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as new:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            new.writestr(fixed, data)
    path.write_bytes(out.getvalue())
    return path
