"""pdf_text.py gives a page's text exactly as pypdf's extract_text does, and the drawing
visitors of pdf_boxes.py see the same words and rules through it: proved page by page on every
PDF of the tests (tests/forms, examples, the PDFs tests/documents.py builds) and on content
streams drawn by hypothesis; where it cannot be sure it declines (None) and pypdf reads."""

from __future__ import annotations

import glob
import io
import logging
import warnings
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import given
from pypdf import PdfReader

import strategies  # noqa: F401  (registers and loads the ci or deep profile)
from documents import pdf_bytes
from form_documents import PdfField, fillable_pdf_bytes
from grantcheck.documents import pdf_text
from grantcheck.documents.pdf_boxes import Drawing
from grantcheck.documents.pdf_tokens import TOKEN
from pdf_reference import Reading, corpus_reading, opened, read
from pdf_streams import FORM, content, pdf

ROOT = Path(__file__).resolve().parents[1]
# The replica is proved against one pypdf version and declines every page under any other (pypdf
# then reads them all, as before): that it reads a page, not declines it, holds under that one.
PROVED = tuple(pypdf.__version__.split(".")[:2]) == pdf_text.PROVED
logging.getLogger("pypdf").setLevel(logging.ERROR + 10)


def _compare(data: bytes, readings: list[Reading] | None = None) -> int:
    """Compare every page of the PDF with pypdf's reading of it: ``readings`` (by a reader of
    their own) or, without them, the page itself read by pypdf before pdf_text.py reads it; the
    number of pages pdf_text.py declined."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        declined = 0
        faces: dict[int, Any] = {}
        pages = opened(data).pages
        assert readings is None or len(readings) == len(pages)
        for number, page in enumerate(pages):
            theirs = read(page) if readings is None else readings[number]
            text, seen = theirs.plain, theirs.seen()
            ours = pdf_text.page_text(page, faces)
            drawing = Drawing()
            visited = pdf_text.page_text(page, faces, drawing.before, drawing.text)
            declined += ours is None
            if ours is not None:
                assert ours == text, f"page {number}"
            assert (ours is None) == (visited is None), f"page {number}"
            if visited is not None:
                assert visited == text, f"page {number}"
                assert (drawing.words, drawing.flat, drawing.upright, drawing.boxes()) == seen
        return declined


def _read(declined: int) -> None:
    """None of the pages was left to pypdf (under the proved version: under another, all are)."""
    assert declined == 0 or not PROVED


CORPUS = sorted(glob.glob(str(ROOT / "tests/forms/*.pdf")))
CORPUS += sorted(glob.glob(str(ROOT / "examples/**/*.pdf"), recursive=True))


@pytest.mark.parametrize("path", CORPUS, ids=[Path(p).name for p in CORPUS])
def test_every_corpus_page_reads_as_pypdf_reads_it(
    path: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """(pypdf's side is read once in the run for this test and test_pdf_text_parity.py's.)"""
    readings = corpus_reading(tmp_path_factory, Path(path))
    _read(_compare(Path(path).read_bytes(), readings))


def test_the_tests_own_pdfs_read_as_pypdf_reads_them() -> None:
    lines = ["Section 1: what we fund", "Describe (in brief) your project's aims \\ costs",
             "Price: £5 · naïve «quoted» ½", "[ ] Yes [ ] No", "Name ____________", ""]  # fmt: skip
    _read(_compare(pdf_bytes([lines, lines[::-1], []])))
    form = fillable_pdf_bytes([["About you", PdfField("Name", "name"), "Your aims"]])
    _read(_compare(form))


@given(content())
def test_generated_streams_read_as_pypdf_reads_them_or_decline(stream: bytes) -> None:
    _compare(pdf([stream]))


def test_generated_streams_are_mostly_read_not_declined() -> None:
    streams = [
        b"BT /F2 11 Tf 50 700 Td (Abc fz 0123) Tj [(Your) -300 (aims) 120 (!)] TJ T* ET",
        b"BT /F4 10 Tf 1 0 0 1 40 600 Tm <000100020003> Tj 0 -14 TD <0004> Tj ET",
        b"BT /F3 12 Tf 0 1 -1 0 300 300 Tm (Aa rotated) Tj ET q 2 0 0 2 0 0 cm BT /F1 8 Tf",
        b"(\\101\\(b\\) c\\\nd) Tj ET Q /Im1 Do BT /F9 9 Tf (unknown font) Tj ET",
    ]
    _read(_compare(pdf(streams)))


def test_a_form_xobject_an_inline_image_or_an_odd_token_is_left_to_pypdf() -> None:
    streams = [
        b"BT /F1 9 Tf (before) Tj ET /Fm1 Do",  # a form: its text is pypdf's to read
        b"BT /F1 9 Tf (x) Tj ET BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI",
        b"BT /F1 9 Tf (a (b (c) d) e) Tj ET",  # parentheses nested twice
        b"BT /F1 9 Tf 1,5 0 Td (x) Tj ET",  # a number pypdf reads as 0
        b"BT /F#31 9 Tf (x) Tj ET",  # a name with an escape
        b"BT /F1 9 Tf (x) Tj ET 1 0 0 1 0 0 zz",  # an operator outside the standard's
        b"BT /F2 9 Tf (a~b) Tj ET",  # right-to-left text (a Hebrew letter), which pypdf reorders
    ]
    assert _compare(pdf(streams)) == len(streams)
    assert FORM in pdf(streams)


def test_another_pypdf_version_is_left_to_pypdf(monkeypatch: pytest.MonkeyPatch) -> None:
    page = PdfReader(io.BytesIO(pdf([b"BT /F1 9 Tf (x) Tj ET"]))).pages[0]
    assert not PROVED or pdf_text.page_text(page, {}) == page.extract_text()
    monkeypatch.setattr(pypdf, "__version__", "7.2.0")
    assert pdf_text.page_text(page, {}) is None


@pytest.mark.parametrize(
    "hostile",
    [b"(" * 4_000_000, b"(" + b"a" * 4_000_000, b"[" + b"1 " * 2_000_000, b" " * 4_000_000 + b"(",
     b"<<" + b"/a /b " * 700_000, b"%" * 4_000_000 + b"\n(", b"(\\" * 2_000_000],
    ids=["opened", "unclosed", "array", "spaces", "dictionary", "comment", "escapes"],
)  # fmt: skip
def test_the_tokeniser_reads_a_hostile_stream_in_one_pass(hostile: bytes) -> None:
    tokens = TOKEN.findall(hostile)  # (linear: a backtracking expression would not return)
    assert any(t[7] for t in tokens) or len(tokens) <= 2
