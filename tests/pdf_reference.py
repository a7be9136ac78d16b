"""pypdf's own reading of a PDF page, the reference the text-extraction tests compare
grantcheck's with (test_pdf_text.py, test_pdf_text_parity.py), and each corpus PDF's read once
in a test run for both of them.

The reference is page_text as it was when it only called pypdf (copied, so it cannot drift
with the code it checks): plain extraction, or extraction with a fresh ``Drawing``'s visitors
on a page that draws. A corpus PDF's pages are read by a reader of their own (never the one
the reading under test uses), plainly and then with the visitors, and kept in the run's own
temporary folder (run_shared: nothing is kept from one run to the next). pypdf keeps no state
between the two passes over one page: checked when this was written on all 897 pages of the
265 corpus PDFs, either pass first gives what it gives on a page read afresh (its one cache, a
font file's character map, is keyed by the font data's digest)."""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from conftest import ROOT
from grantcheck.documents.pdf_boxes import Drawing
from run_shared import once, run_folder

logging.getLogger("pypdf").setLevel(logging.ERROR + 10)
CORPUS = sorted([*(ROOT / "tests" / "forms").glob("*.pdf"), *(ROOT / "examples").rglob("*.pdf")])

# today's pdf_boxes.draws, copied: the reference must not move with the code it checks
_DRAWS = (b" re", b" l\n", b" l ", b" re\n")
_ENDS = rb"[\s\x00()<>\[\]{}/%]"
_JOINS = rb"[^\s\x00()<>\[\]{}/%0-9.+\-]"
_OPERATORS = tuple(
    re.compile(rb"%s(?=%s|\Z)(?<!%s%s)" % (op, _ENDS, _JOINS, op)) for op in (b"re", b"l")
)


def draws(page: Any) -> bool:
    """Whether page_text, as it was, gave the page to the drawing visitors."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:
        return False
    return any(op in data for op in _DRAWS) and any(p.search(data) for p in _OPERATORS)


def reference(page: Any) -> tuple[str, dict[int, int]]:
    """pypdf's reading of the page, as page_text gave it before it read any page itself."""
    if not draws(page):
        return page.extract_text() or "", {}
    drawing = Drawing()
    text = page.extract_text(visitor_operand_before=drawing.before, visitor_text=drawing.text)
    return text or "", drawing.boxes()


@dataclass(frozen=True)
class Reading:
    """One page as pypdf reads it: plainly, and with a Drawing's visitors (the text and what
    they saw: words, flat and upright rules, boxes); each the type of error it raised, if any."""

    draws: bool
    plain: str | type[Exception]
    drawn: tuple[str, Any, Any, Any, dict[int, int]] | type[Exception]

    def seen(self) -> Any:
        """What the drawing visitors saw (words, flat, upright, boxes), or the error's type."""
        return self.drawn if isinstance(self.drawn, type) else self.drawn[1:]

    def reference(self) -> Any:
        """What ``reference`` gives on the page, or ("raised", the error's type name)."""
        if not self.draws:
            return _raised(self.plain) if isinstance(self.plain, type) else (self.plain, {})
        if isinstance(self.drawn, type):
            return _raised(self.drawn)
        return self.drawn[0], self.drawn[4]


def _raised(error: type[Exception]) -> tuple[str, str]:
    return ("raised", error.__name__)


def read(page: Any) -> Reading:
    """The page read plainly, then with a fresh Drawing's visitors."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        drawn_page = draws(page)
        try:
            plain: Any = page.extract_text() or ""
        except Exception as e:  # (a damaged stream: compared as the error it raised)
            plain = type(e)
        drawing = Drawing()
        try:
            text = page.extract_text(
                visitor_operand_before=drawing.before, visitor_text=drawing.text
            )
            drawn: Any = (text or "", drawing.words, drawing.flat, drawing.upright)
            drawn += (drawing.boxes(),)
        except Exception as e:
            drawn = type(e)
        return Reading(drawn_page, plain, drawn)


def opened(data: bytes) -> PdfReader:
    """A reader of the PDF ``data`` (an encrypted one opened with the empty user password)."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    return reader


def corpus_reading(factory: pytest.TempPathFactory, path: Path) -> list[Reading]:
    """Every page of the corpus PDF at ``path``, read once in this run whichever test asks."""
    key = path.relative_to(ROOT).as_posix().replace("/", "__")
    folder = run_folder(factory, "pypdf-read")
    return once(folder, key, lambda: [read(page) for page in opened(path.read_bytes()).pages])
