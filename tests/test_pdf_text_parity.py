"""A text PDF page's text, and its empty answer boxes, exactly as pypdf 7.1.1 reads them.

grantcheck reads a text page with ``page_text`` (what pdf_reader.py calls); whatever it does to
be quick, it must give what pypdf's own ``extract_text`` gives, character for character, and
the boxes the drawing visitors find in that same pass. The reference below is page_text as it
was when it only called pypdf (copied, so it cannot drift with the code it checks): plain
extraction, or extraction with a fresh ``Drawing``'s visitors on a page that draws. Each page
is read by a reader of its own for each side, so no cache is shared between them.

Checked on every PDF of tests/forms and examples, on pages written by hand for each font,
encoding, operator and structure (pdf_parity_cases.py), and on random content streams built
from the same pieces (derandomised, as the other property tests are; the slow one searches
further, and HYPOTHESIS_PROFILE=deep further still)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

import strategies  # noqa: F401  (registers and loads the ci or deep profile)
from conftest import ROOT
from grantcheck.documents import pdf_boxes, pdf_reader
from pdf_parity import pdf
from pdf_parity_cases import cases

# today's pdf_boxes.draws, copied: the reference must not move with the code it checks
_DRAWS = (b" re", b" l\n", b" l ", b" re\n")
_ENDS = rb"[\s\x00()<>\[\]{}/%]"
_JOINS = rb"[^\s\x00()<>\[\]{}/%0-9.+\-]"
_OPERATORS = tuple(
    re.compile(rb"%s(?=%s|\Z)(?<!%s%s)" % (op, _ENDS, _JOINS, op)) for op in (b"re", b"l")
)
CORPUS = sorted([*(ROOT / "tests" / "forms").glob("*.pdf"), *(ROOT / "examples").rglob("*.pdf")])
CASES = cases()


def _draws(page: Any) -> bool:
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:
        return False
    return any(op in data for op in _DRAWS) and any(p.search(data) for p in _OPERATORS)


def reference(page: Any) -> tuple[str, dict[int, int]]:
    """pypdf's reading of the page, as page_text gave it before it read any page itself."""
    if not _draws(page):
        return page.extract_text() or "", {}
    drawing = pdf_boxes.Drawing()
    text = page.extract_text(visitor_operand_before=drawing.before, visitor_text=drawing.text)
    return text or "", drawing.boxes()


def _outcome(read: Callable[[Any], Any], page: Any) -> Any:
    """What reading the page gave, or the type of error it raised (the same on both sides)."""
    try:
        return read(page)
    except Exception as e:
        return ("raised", type(e).__name__)


def _where(mine: Any, theirs: Any) -> str:
    """Where two readings first differ, with a little of each around it."""
    a, b = (
        x[0] if isinstance(x, tuple) and isinstance(x[0], str) else repr(x) for x in (mine, theirs)
    )
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at {n}: page_text {a[max(0, n - 30) : n + 30]!r} pypdf {b[max(0, n - 30) : n + 30]!r}"


def check(data: bytes) -> int:
    """Every page of the PDF ``data`` reads the same both ways; the number of pages."""
    sides = [PdfReader(io.BytesIO(data)) for _ in range(2)]
    for reader in sides:
        if reader.is_encrypted:
            reader.decrypt("")
    pages = 0
    for n, (page, same) in enumerate(zip(*(r.pages for r in sides), strict=True), start=1):
        mine, theirs = _outcome(pdf_reader.page_text, page), _outcome(reference, same)
        assert mine == theirs, f"page {n} differs {_where(mine, theirs)}\n{mine!r}\n{theirs!r}"
        pages += 1
    return pages


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_every_corpus_pdf_reads_as_pypdf_reads_it(path: Path) -> None:
    assert check(path.read_bytes())


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_written_page_reads_as_pypdf_reads_it(name: str) -> None:
    pages, options = CASES[name]
    assert check(pdf(pages, **options)) == len(pages)


def test_the_written_tables_have_boxes_to_find() -> None:
    """(The drawing cases reach the visitors and find a box: the boxes are compared too.)"""
    pages, _ = CASES["table-empty-cells"]
    page = PdfReader(io.BytesIO(pdf(pages))).pages[0]
    assert _draws(page) and reference(page)[1]
