"""Content streams for tests/test_pdf_text.py: a PDF with several kinds of font (a standard
font, a TrueType font with widths and a ToUnicode map, a Differences encoding, a Type0 font),
an image and a form XObject, and a hypothesis strategy drawing streams from the text operators
pdf_text.py reads (strings with escapes, kerning arrays, moves, matrices, font changes, rotated
text, drawing, marked content, comments)."""

from __future__ import annotations

from hypothesis import strategies as st

from documents import assemble

TO_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /T1 def /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange
4 beginbfchar <41> <0042> <66> <FB01> <7A> <00E9> <7E> <05D0> endbfchar
1 beginbfrange <30> <39> <FF10> endbfrange endcmap CMapName currentdict /CMap defineresource pop
end end"""
WIDE_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /T2 def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange
1 beginbfrange <0001> <0060> <0041> endbfrange 1 beginbfchar <0003> <0020> endbfchar endcmap
CMapName currentdict /CMap defineresource pop end end"""
FORM = b"BT /F1 9 Tf 10 10 Td (in a form) Tj ET"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def pdf(streams: list[bytes]) -> bytes:
    """A PDF of one page per content stream, all sharing the fonts /F1 to /F5 and the XObjects
    /Im1 (an image) and /Fm1 (a form holding text)."""
    widths = b" ".join(b"%d" % (300 + (i * 37) % 500) for i in range(32, 127))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",  # 3
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 "
        b"/Widths [" + widths + b"] /Encoding /WinAnsiEncoding /ToUnicode 9 0 R >>",  # 4
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [65 /Eacute /space 97 /fi] >> >>",  # 5
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Noto /Encoding /Identity-H "
        b"/DescendantFonts [7 0 R] /ToUnicode 10 0 R >>",  # 6
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Noto /CIDSystemInfo << /Registry "
        b"(Adobe) /Ordering (Identity) /Supplement 0 >> /W [1 [500 610 720] 10 40 450] "
        b"/DW 1000 /FontDescriptor 8 0 R >>",  # 7
        b"<< /Type /FontDescriptor /FontName /Noto /Flags 32 /FontBBox [0 0 1000 1000] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",  # 8
        _stream(TO_UNICODE),  # 9
        _stream(WIDE_UNICODE),  # 10
        _stream(b"\xff\x00\x00", b"/Type /XObject /Subtype /Image /Width 1 /Height 1 "
                b"/ColorSpace /DeviceRGB /BitsPerComponent 8"),  # 11
        _stream(FORM, b"/Type /XObject /Subtype /Form /BBox [0 0 100 100] "
                b"/Resources << /Font << /F1 3 0 R >> >>"),  # 12
    ]  # fmt: skip
    kids = []
    for data in streams:
        objects.append(_stream(data))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R /F5 3 0 R >> "
            b"/XObject << /Im1 11 0 R /Fm1 12 0 R >> >> >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    return assemble(objects)


def _number(value: float, decimals: int) -> bytes:
    text = b"%.*f" % (decimals, value)
    if decimals and text.startswith(b"0."):
        return text[1:]  # (".5": a number pypdf reads without its leading zero)
    return text.replace(b"-0.", b"-.") if decimals == 2 else text


numbers = st.builds(
    _number, st.floats(-900, 900, allow_nan=False), st.sampled_from([0, 0, 1, 2, 3])
)
small = st.builds(_number, st.floats(-3, 3, allow_nan=False), st.sampled_from([0, 1, 2]))
spaces = st.sampled_from([b" ", b" ", b"\n", b"\r\n", b"\t", b"  "])


@st.composite
def literal(draw: st.DrawFn) -> bytes:
    """A literal string with pypdf's escapes: parentheses, backslashes, octal codes, line
    breaks, a line continued, an escape pypdf keeps, balanced parentheses inside."""
    parts = [b"("]
    for byte in draw(st.binary(max_size=14)):
        kind = draw(st.integers(0, 9))
        if bytes((byte,)) in b"()\\\r":
            parts.append(b"\\" + bytes((byte,)))
        elif kind == 0:
            parts.append(b"\\%o" % byte)
        elif kind == 1:
            parts.append(b"\\%03o" % byte)
        else:
            parts.append(bytes((byte,)))
    parts.insert(draw(st.integers(1, len(parts))), draw(st.sampled_from(
        [b"", b"\\n", b"\\\n", b"\\\r\n", b"\\q", b"(a b)", b"\\777", b"\\(", b"ba\\)"]
    )))  # fmt: skip
    return b"".join(parts) + b")"


hexes = st.tuples(st.binary(max_size=10), st.booleans()).map(
    lambda t: b"<" + t[0].hex().encode()[: len(t[0]) * 2 - t[1]] + b">"  # (odd: pypdf pads it)
)
strings = st.one_of(literal(), hexes)
fonts = st.sampled_from([b"/F1", b"/F2", b"/F3", b"/F4", b"/F5", b"/F9"])
angle = st.sampled_from([(1, 0, 0, 1), (0, 1, -1, 0), (-1, 0, 0, -1), (0, -1, 1, 0), (2, 0, 0, 2),
                         (1, 0.2, -0.2, 1), (0.5, 0, 0, 0.5)])  # fmt: skip


@st.composite
def matrix(draw: st.DrawFn) -> bytes:
    a, b, c, d = draw(angle)
    return b" ".join([b"%g %g %g %g" % (a, b, c, d), draw(numbers), draw(numbers)])


_KERNING = st.lists(st.one_of(strings, st.builds(_number, st.floats(-900, 400), st.just(0))),
                    max_size=6).map(lambda items: b"[" + b" ".join(items) + b"]")  # fmt: skip
# Built once: built afresh for every operation drawn (up to 40 a stream), these strategies took
# most of the time the property tests spent making streams; drawn the same, the same streams
_OPERATIONS = st.one_of(
    st.builds(lambda s: s + b" Tj", strings),
    st.builds(lambda a: a + b" TJ", _KERNING),
    st.builds(lambda s: s + b" '", strings),
    st.builds(lambda w, c, s: b"%s %s %s \"" % (w, c, s), small, small, strings),
    st.builds(lambda f, n: b"%s %s Tf" % (f, n), fonts, st.sampled_from([b"9", b"11", b"0",
                                                                       b"24.5", b"-10"])),
    st.builds(lambda x, y: b"%s %s Td" % (x, y), numbers, numbers),
    st.builds(lambda x, y: b"%s %s TD" % (x, y), numbers, numbers),
    st.builds(lambda m: m + b" Tm", matrix()),
    st.builds(lambda m: m + b" cm", matrix()),
    st.builds(lambda n, op: n + op, small, st.sampled_from([b" Tc", b" Tw", b" Tz", b" Ts",
                                                            b" TL", b" Tr"])),
    st.builds(lambda n: n + b" TL", numbers),
    st.sampled_from([b"T*", b"BT", b"ET", b"q", b"Q", b"BT", b"ET", b"T*",
                     b"/Im1 Do", b"/Nope Do", b"/P <</MCID 3 /Alt (x)>> BDC", b"EMC",
                     b"% a comment\n", b"0 0 1 rg", b"W n", b"S", b"f", b"h", b"/GS1 gs"]),
    st.builds(lambda a, b, c, d: b"%s %s %s %s re" % (a, b, c, d), numbers, numbers,
              numbers, numbers),
    st.builds(lambda a, b, op: b"%s %s %s" % (a, b, op), numbers, numbers,
              st.sampled_from([b"m", b"l"])),
)  # fmt: skip


@st.composite
def operation(draw: st.DrawFn) -> bytes:
    """One operator with its operands."""
    return draw(_OPERATIONS)


@st.composite
def content(draw: st.DrawFn) -> bytes:
    """A content stream: text objects of operations, joined by varied white space."""
    ops = draw(st.lists(operation(), max_size=40))
    joined = b""
    for op in ops:
        joined += op + draw(spaces)
    return joined
