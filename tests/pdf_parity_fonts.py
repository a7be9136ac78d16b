"""Fonts for the text-extraction parity pages beyond the plain ones of pdf_parity.py: where
pypdf reads a font's own program, a predefined CMap, a ToUnicode CMap spelt oddly, a Type3
font it cannot interpret, and fonts damaged in the ways real files are."""

from __future__ import annotations

from typing import Any

# resource names, in the order more_fonts() gives them
MORE = ["E1", "E2", "Y4", "C1", "C2", "C3", "C4", "C5", "U2", "T3", "M1", "B1", "B2", "B3"]
MORE += ["B4", "B5", "B6"]

# a Type1 program's clear part: its own encoding, which pypdf reads when the font has none
TYPE1_PROGRAM = (
    b"%!PS-AdobeFont-1.0: Parity 001.000\n/FontName /Parity def\n/Encoding 256 array\n"
    b"0 1 255 {1 index exch /.notdef put} for\ndup 65 /B put\ndup 66 /A put\n"
    b"dup 67 /eacute put\ndup 32 /space put\ndup 68 /uni263A put\ndup 69 /bogus put\n"
    b"readonly def\ncurrentfile eexec\n\x8f\x12\x00binary"
)
# a ToUnicode CMap as form tools write them: no line ends, a range to an array of strings, a
# pair of UTF-16 surrogates, a code mapped to nothing, a dictionary, and code 1 as the space
ODD_CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry "
    b"(Adobe) /Ordering (UCS) /Supplement 0 >> def 1 begincodespacerange <00> <FF> "
    b"endcodespacerange 5 beginbfchar<01><0020><02><D83DDE00><03><><04><0066006C><05><41>"
    b"endbfchar 2 beginbfrange <10> <12> [<0061> <00620062> <0063>]\r<41> <43> <00E0>\t"
    b"endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
)


def widths(first: int, last: int, space: int) -> str:
    """A /Widths array's numbers: ``space`` for code 32, others varied."""
    return " ".join(str(space if c == 32 else 250 + (c * 37) % 400) for c in range(first, last + 1))


def cmap(pairs: list[tuple[int, str]], ranges: str = "", width: int = 2) -> bytes:
    """A ToUnicode CMap: each code (``width`` bytes) to its text, and bfrange lines as given."""
    hexes = [f"<{c:0{2 * width}X}> <{t.encode('utf-16-be').hex().upper()}>" for c, t in pairs]
    chunks = [hexes[i : i + 100] for i in range(0, len(hexes), 100)]
    body = "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
    space = f"<{'00' * width}> <{'FF' * width}>"
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Parity def /CMapType 2 def\n"
        f"1 begincodespacerange\n{space}\nendcodespacerange\n{body}{ranges}"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()


def _type0(out: Any, encoding: str, unicode: str = "") -> str:
    cid = out.add(
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STUVWX+Sans /CIDSystemInfo << "
        "/Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 900 /W [32 [250 300] 65 70 "
        "600] >>"
    )
    return (
        f"<< /Type /Font /Subtype /Type0 /BaseFont /STUVWX+Sans /Encoding {encoding} "
        f"/DescendantFonts [{cid} 0 R]{unicode} >>"
    )


def more_fonts(out: Any) -> list[str]:
    """The font resources dictionary's further entries (``out``: pdf_parity's Builder)."""
    program = out.stream(TYPE1_PROGRAM, f" /Length1 {TYPE1_PROGRAM.index(b'eexec') + 6}")
    compact = out.stream(b"\x01\x00\x04\x01not really CFF", " /Subtype /Type1C")
    described = (
        "<< /Type /FontDescriptor /FontName /Parity /Flags 32 /FontBBox [0 0 1000 1000] "
        "/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /{} {} 0 R >>"
    )
    procs = " ".join(f"/g{n} {out.stream(b'500 0 d0')} 0 R" for n in range(1, 4))
    widths_ref = out.add(f"[{widths(0, 255, 0)}]")
    encoding_ref = out.add(
        "<< /Type /Encoding /BaseEncoding /MacRomanEncoding /Differences [32 /space 65 /Euro "
        "/germandbls] >>"
    )
    odd = out.stream(ODD_CMAP)
    return [
        f"/E1 << /Type /Font /Subtype /Type1 /BaseFont /Parity /FontDescriptor "
        f"{out.add(described.format('FontFile', program))} 0 R >>",
        f"/E2 << /Type /Font /Subtype /Type1 /BaseFont /Parity /FontDescriptor "
        f"{out.add(described.format('FontFile3', compact))} 0 R >>",
        # Type3 glyphs named outside Adobe's list, no ToUnicode: pypdf cannot interpret it
        "/Y4 << /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 "
        f"0 0] /CharProcs << {procs} >> /Encoding << /Type /Encoding /Differences [97 /g1 /g2 "
        f"/g3] >> /FirstChar 97 /LastChar 99 /Widths [500 500 500] /Resources << >> >>",
        f"/C1 {out.add(_type0(out, '/Identity-H'))} 0 R",  # no ToUnicode: codes as UTF-16
        f"/C2 {out.add(_type0(out, '/GBK-EUC-H'))} 0 R",
        f"/C3 {out.add(_type0(out, '/UniGB-UCS2-H'))} 0 R",
        f"/C4 {out.add(_type0(out, '/Parity-Unknown-H'))} 0 R",
        f"/C5 {out.add(_type0(out, '/Identity-H', ' /ToUnicode /Identity-H'))} 0 R",
        f"/U2 << /Type /Font /Subtype /TrueType /BaseFont /Odd /FirstChar 0 /LastChar 255 "
        f"/Widths {widths_ref} 0 R /ToUnicode {odd} 0 R >>",
        f"/T3 << /Type /Font /Subtype /TrueType /BaseFont /Georgia /Encoding {encoding_ref} 0 R "
        f"/FirstChar 30 /LastChar 120 /Widths [{widths(30, 120, 260)}] >>",
        "/M1 << /Type /Font /Subtype /MMType1 /BaseFont /Times-Bold >>",
        "/B1 << /Type /Font >>",  # no subtype, no base font
        "/B2 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /ParityEncoding >>",
        "/B3 << /Type /Font /Subtype /TrueType /BaseFont /Arial /Widths 12 /FirstChar -5 >>",
        "/B4 << /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding << /Differences 7 >> >>",
        "/B5 42",  # not a dictionary at all
        "/B6 << /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts "
        "5 >>",
    ]
