"""Helpers shared by the corpus generators (make_corpus*.py): python-docx tables, shading,
row heights, tick boxes, and a .docx zip with one fixed date so that a rebuild is byte-identical.

Each generator passes its own fixed date (``when``): the dates differ between sets and are part
of each document's bytes. Not part of grantcheck: run with a writer's own venv that has
python-docx (never in pyproject).
"""

from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path

BOX = "\u2610"


def normalise_zip(path: Path, when: _dt.datetime) -> None:
    """Give every member of a .docx the same date, so a rebuild is byte-identical."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def new_document(when: _dt.datetime, title: str, author: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = when
    cp.last_modified_by = author
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    return d


def row_height(row, twips: int) -> None:
    """Fix a table row's height (the room left to write in)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def shade_cell(cell, fill: str = "E2EFD9") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def set_cell(cell, text: str, bold: bool = False) -> None:
    par = cell.paragraphs[0]
    par.text = ""
    par.add_run(text).bold = bold


def details(d, rows: list[str], shade: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        set_cell(r.cells[0], label, bold=True)
        if shade:
            shade_cell(r.cells[0])
        row_height(r, 420)


def pairs(d, rows: list[tuple[str, str]]) -> None:
    """A label / cell table whose right-hand cells may carry tick boxes."""
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (a, b) in zip(t.rows, rows, strict=True):
        set_cell(r.cells[0], a, bold=True)
        shade_cell(r.cells[0])
        set_cell(r.cells[1], b)
        row_height(r, 420)


def question(d, text: str, height: int = 3200, shade: bool = True) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], text, bold=True)
    if shade:
        shade_cell(t.rows[0].cells[0])
    row_height(t.rows[1], height)
    d.add_paragraph()


def grid(d, headers: list[str], rows: int) -> None:
    t = d.add_table(rows=rows + 1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers, strict=True):
        set_cell(c, h, bold=True)
        shade_cell(c)
    for r in t.rows[1:]:
        row_height(r, 380)
    d.add_paragraph()


def ticked(d, docs: list[str]) -> None:
    """A documents table with an 'Enclosed' tick column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Document", bold=True)
    set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    shade_cell(t.rows[0].cells[0])
    shade_cell(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        set_cell(r.cells[0], text)
        set_cell(r.cells[1], BOX)
    d.add_paragraph()


def table(d, rows: list[tuple[str, ...]]) -> None:
    """A filled-in table with a shaded header row (guidance)."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for n, (r, texts) in enumerate(zip(t.rows, rows, strict=True)):
        for c, text in zip(r.cells, texts, strict=True):
            set_cell(c, text, bold=n == 0)
            if n == 0:
                shade_cell(c)
    d.add_paragraph()


def ticks(d, rows: list[str]) -> None:
    """Declaration statements, each with its own tick box in a narrow left-hand column."""
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, text in zip(t.rows, rows, strict=True):
        set_cell(r.cells[0], BOX)
        set_cell(r.cells[1], text)
    d.add_paragraph()
