"""A text PDF page's text, and its empty answer boxes, exactly as pypdf 7.1.1 reads them.

grantcheck reads a text page with ``pdf_boxes.read_page`` (what pdf_reader.py calls: its text,
its boxes and the labels' answer rules); whatever it does to be quick, it must give what pypdf's
own ``extract_text`` gives, character for character, and the boxes the drawing visitors find in
that same pass. The reference (pdf_reference.py) is page_text as it was when it only called pypdf
(copied, so it cannot drift with the code it checks): plain extraction, or extraction with a
fresh ``Drawing``'s visitors on a page that draws. Each page is read by a reader of its own for
each side, so no cache is shared between them (a corpus PDF's reference is read once in the run,
for this test and test_pdf_text.py's).

Checked on every PDF of tests/forms and examples and the speed bench's PDF; on pages written
by hand for each font, encoding, operator and structure (pdf_parity_cases.py, with the fonts
of pdf_parity.py and pdf_parity_fonts.py and the spellings of pdf_parity_syntax.py); on sweeps
across pypdf's space, line and box thresholds (pdf_parity_sweeps.py: the slow tests sweep more
fonts finely); and on random content streams built from the same pieces (derandomised, as the
other property tests are; the slow one searches further, HYPOTHESIS_PROFILE=deep further
still). Run it while changing read_page: ``pytest tests/test_pdf_text_parity.py -m ""``."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

import strategies  # registers and loads the ci or deep profile
from conftest import load_bench
from grantcheck.documents import pdf_reader
from pdf_parity import FONTS, GLYPHS, XOBJECTS, cids, literal, pdf
from pdf_parity_cases import cases, slow_cases, table
from pdf_parity_syntax import WHITE, rounded
from pdf_reference import CORPUS, corpus_reading, draws, opened, reference

CASES = cases()
SLOW = slow_cases()


def _outcome(read: Callable[[Any], Any], page: Any) -> Any:
    """What reading the page gave, or the type of error it raised (the same on both sides)."""
    try:
        return read(page)
    except Exception as e:
        return ("raised", type(e).__name__)


def _read(page: Any) -> Any:
    """The text and boxes of the page as pdf_reader.py reads it."""
    return pdf_reader.read_page(page)[:2]


def _where(mine: Any, theirs: Any) -> str:
    """Where two readings first differ, with a little of each around it."""
    a, b = (
        x[0] if isinstance(x, tuple) and isinstance(x[0], str) else repr(x) for x in (mine, theirs)
    )
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at {n}: read_page {a[max(0, n - 30) : n + 30]!r} pypdf {b[max(0, n - 30) : n + 30]!r}"


def check(data: bytes) -> int:
    """Every page of the PDF ``data`` reads the same both ways; the number of pages."""
    return _compared(data, (_outcome(reference, page) for page in opened(data).pages))


def _compared(data: bytes, references: Iterable[Any]) -> int:
    """Every page of the PDF ``data`` as read_page reads it is its reference (what
    ``reference`` gave on that page in a reader of its own); the number of pages."""
    pages = 0
    for n, (page, theirs) in enumerate(zip(opened(data).pages, references, strict=True), 1):
        mine = _outcome(_read, page)
        assert mine == theirs, f"page {n} differs {_where(mine, theirs)}\n{mine!r}\n{theirs!r}"
        pages += 1
    return pages


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_every_corpus_pdf_reads_as_pypdf_reads_it(
    path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """(pypdf's side is read once in the run for this test and test_pdf_text.py's.)"""
    theirs = [page.reference() for page in corpus_reading(tmp_path_factory, path)]
    assert _compared(path.read_bytes(), theirs)


@pytest.mark.parametrize(
    "name", [*sorted(CASES), *(pytest.param(n, marks=pytest.mark.slow) for n in sorted(SLOW))]
)
def test_every_written_page_reads_as_pypdf_reads_it(name: str) -> None:
    pages, options = {**CASES, **SLOW}[name]
    assert check(pdf(pages, **options)) == len(pages)


@pytest.mark.parametrize("varied", [False, True])
def test_the_bench_pdf_reads_as_pypdf_reads_it(varied: bool) -> None:
    """(The speed bench's guidance: what a faster reading is measured on must read the same.)"""
    bench = load_bench("documents")
    assert check(bench.pdf_bytes([bench.page(n, varied) for n in range(1, 21)])) == 20


def _rewritten(data: bytes, password: str | None) -> bytes:
    """The PDF as pypdf's writer saves it again: its own layout of the same objects, and
    with ``password`` encrypted (RC4, the user's password empty, as a form opens unasked)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    if password is not None:
        writer.encrypt(user_password="", owner_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("password", [None, "owner"])
def test_written_pages_saved_again_or_encrypted_read_as_pypdf_reads_them(
    password: str | None,
) -> None:
    names = ["moves", "escapes", "rtl", "xobjects", "table-empty-cells", "font-C0-identity-h"]
    pages = [CASES[name][0][0] for name in names]
    data = _rewritten(pdf(pages, flate=True), password)
    assert (b"/Encrypt" in data) == (password is not None)
    assert check(data) == len(pages)


def test_the_written_tables_have_boxes_to_find() -> None:
    """(The drawing cases reach the visitors and find a box: the boxes are compared too.)"""
    pages, _ = CASES["table-empty-cells"]
    page = PdfReader(io.BytesIO(pdf(pages))).pages[0]
    assert draws(page) and reference(page)[1]


NUMBER = st.sampled_from(
    "0 1 -1 .5 -.5 3. +2 0.001 -0.001 4 12 14 -14 -30 50 200 1000 -1000 100000".split()
)
MATRIX = st.sampled_from(
    ["1 0 0 1", "0 1 -1 0", "-1 0 0 -1", "0 -1 1 0", "-1 0 0 1", "1 0 0 -1", "2 0 0 2"]
    + ["0.5 0 0 0.5", "1 0 0.3 1", "0.98 0.17 -0.17 0.98", "1 0 0 0.000001", "0 0 0 0"]
)
PLACE = st.tuples(MATRIX, NUMBER, NUMBER).map(" ".join)
WORDS = ["Apply", "now", " ", "  ", "(max 250 words)", "£5,000", "naïve", "don't", "a\\b", ""]
TEXT = st.one_of(
    st.sampled_from(WORDS).map(lambda w: literal(w.encode("cp1252"))),
    st.binary(max_size=10).map(literal),
    st.binary(max_size=10).map(lambda b: literal(b, octal=False)),
    st.binary(max_size=6).map(lambda b: "<" + b.hex() + ">"),
    st.lists(st.integers(0, len(GLYPHS) + 2), max_size=8).map(cids),
    st.sampled_from(["(a \\( b)", "(\\101\\5\\0053)", "(line \\\ncont)", "(x (y) z)", "<4 1>"]),
)
KERN = st.sampled_from("-5000 -1000 -300 -251 -250 -249 -120 -50 -0.5 0 20 120 1000".split())
FONT = st.tuples(st.sampled_from(FONTS), NUMBER.filter(lambda n: n != "100000"))
IMAGE = "BI /W 16 /H 1 /BPC 8 /CS /G ID (x) Tj ET BT re \nEI"
MARKS = ["/P << /MCID 1 >> BDC", "/Span << /ActualText (x) >> BDC", "/OC /oc1 BDC", "EMC"]
OTHER = ["/Artifact BMC", "/Tag MP", "% comment (x) Tj\n", IMAGE, "Tj", "1 Td", "(x) Tf", "foo"]
TOLD = "BT /F1 10 Tf 40 790 Td (Tell us about it) Tj ET"
DRAW = st.one_of(
    st.tuples(NUMBER, NUMBER, NUMBER, NUMBER, st.sampled_from(["re f", "re S", "re W n"])),
    st.tuples(NUMBER, NUMBER, st.just("m"), NUMBER, NUMBER, st.sampled_from(["l S", "l"])),
    st.sampled_from(["40 700 500 0.5 re f", "40 640 0.5 60 re f", "540 640 0.5 60 re f"]),
    st.sampled_from(["240 640 0.5 60 re f", "40 640 500 0.5 re f", "1 w 40 600 400 80 re S"]),
    st.tuples(NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, st.just("c")),
    st.tuples(NUMBER, NUMBER, NUMBER, NUMBER, st.sampled_from(["v", "y"])),
    st.sampled_from(["h", "h S", "S", "f", "n", "B", "b*"]),
    st.sampled_from(
        [table(1), table(2, 500, "Your plan"), f"{TOLD} 0.5 w 40 680 400 100 re S"]
        + [f"{TOLD} {rounded(40, 680, 400, 100, 8)}", f"{TOLD} 40 680 m 440 680 l S"]
    ),
    st.builds(
        rounded,
        *(st.sampled_from(v) for v in ([40, 60], [540, 600, 680], [400, 60, 30], [100, 36])),
        st.sampled_from([2, 8, 12, 20]),
    ),
).map(lambda parts: " ".join(parts) if isinstance(parts, tuple) else parts)
OPERATION = st.one_of(
    TEXT.map(lambda t: f"{t} Tj"),
    TEXT.map(lambda t: f"{t} '"),
    st.tuples(NUMBER, NUMBER, TEXT).map(lambda p: f'{p[0]} {p[1]} {p[2]} "'),
    st.lists(st.one_of(TEXT, KERN), max_size=6).map(lambda a: f"[{' '.join(a)}] TJ"),
    FONT.map(lambda f: f"/{f[0]} {f[1]} Tf"),
    st.tuples(NUMBER, NUMBER, st.sampled_from(["Td", "TD", "Td", "TD"])).map(" ".join),
    PLACE.map(lambda p: f"{p} Tm"),
    st.just("T*"),
    st.tuples(NUMBER, st.sampled_from(["Tc", "Tw", "Tz", "TL", "Ts", "Tr"])).map(" ".join),
    st.sampled_from(["BT", "ET", "q", "Q", "BT", "ET"]),
    PLACE.map(lambda p: f"{p} cm"),
    DRAW,
    st.sampled_from(XOBJECTS).map(lambda x: f"/{x} Do"),
    st.sampled_from(MARKS + OTHER),
)
START = "BT /F1 10 Tf 40 800 Td"  # most pages start so; the rest start anywhere
PAGE = st.tuples(
    st.booleans(),
    st.lists(OPERATION, max_size=40),
    st.lists(st.integers(0, 40), max_size=2),
    st.sampled_from(["\n", "\n", " ", *WHITE]),
).map(lambda p: (([START] if p[0] else []) + p[1], p[2], p[3]))


def _streams(operations: list[str], cuts: list[int], white: str) -> list[str]:
    """The page's operations as one content stream, or cut into several at ``cuts``, with
    ``white`` between them."""
    edges = [0, *sorted({min(c, len(operations)) for c in cuts}), len(operations)]
    return [white.join(operations[a:b]) for a, b in pairwise(edges)]


@given(PAGE, st.booleans())
def test_random_pages_read_as_pypdf_reads_them(page: Any, flate: bool) -> None:
    check(pdf([_streams(*page)], flate=flate))


# 300 derandomised pages in make test (1,500 took 80 s of the suite's 12 worker-minutes);
# HYPOTHESIS_PROFILE=deep reads 3,000 random ones
@pytest.mark.slow
@settings(max_examples=strategies.examples(300))
@given(PAGE, st.booleans())
def test_many_more_random_pages_read_as_pypdf_reads_them(page: Any, flate: bool) -> None:
    check(pdf([_streams(*page)], flate=flate))
