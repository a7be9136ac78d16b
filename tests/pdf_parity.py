"""Hand-written PDFs for the text-extraction parity test (test_pdf_text_parity.py): every page
gets the same resources (standard 14 fonts in several encodings, TrueType fonts with widths, a
simple font with a ToUnicode CMap, a Type0 font with Identity-H, a Type3 font, form and image
XObjects) and its own content streams. Written by hand, as documents.py does, so the test needs
only the project's own dependencies (reportlab is not one)."""

from __future__ import annotations

import zlib

from documents import assemble
from pdf_parity_fonts import MORE, cmap, more_fonts, widths

# the Type0 font's glyphs: CID n (from 1) shows GLYPHS[n - 1]; "fi" is a ligature's two letters
GLYPHS = [
    *" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;?()£€é–’•",
    *"مرحبا",
    *"שלום",
    *("fi", "\u00a0", "\u200b"),
]
UNMAPPED_CID = 0x0FFF  # a CID the ToUnicode CMap leaves out

# simple fonts: resource name, base font, encoding entry ("" for the font's own)
STANDARD = [
    ("F1", "Helvetica", ""),
    ("F2", "Times-Roman", "/StandardEncoding"),
    ("F3", "Courier", "/WinAnsiEncoding"),
    (
        "F4",
        "Helvetica-Bold",
        "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [39 /quoteright "
        "96 /quoteleft 128 /Euro /bullet 150 /endash /emdash 65 /Aring /fi /fl] >>",
    ),
    ("F5", "Symbol", ""),
    ("F6", "ZapfDingbats", ""),
    ("F7", "Times-Italic", "/MacRomanEncoding"),
    # no base encoding; the space's code shows a bullet, and glyph names of other forms
    ("F8", "Courier-Bold", "<< /Differences [32 /bullet 48 /zero /uni2022 /a1 /.notdef /g123] >>"),
    ("F9", "Helvetica-Oblique", "/PDFDocEncoding"),  # (not an encoding a font may name)
]
# (Nope: a font no page has)
FONTS = [name for name, _, _ in STANDARD] + ["T1", "T2", "U1", "C0", "Y3", *MORE, "Nope"]
XOBJECTS = ["Fm1", "Fm2", "Fm3", "Fm4", "Im1", "Nope"]


class Builder:
    """Numbered objects, the catalogue (1) and page tree (2) written last."""

    def __init__(self, flate: bool) -> None:
        self.objects: list[bytes] = [b"", b""]
        self.flate = flate

    def add(self, body: str | bytes) -> int:
        self.objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(self.objects)

    def stream(self, data: bytes, entries: str = "") -> int:
        if self.flate:
            data, entries = zlib.compress(data), entries + " /Filter /FlateDecode"
        head = f"<< /Length {len(data)}{entries} >>\nstream\n".encode()
        return self.add(head + data + b"\nendstream")

    def fonts(self) -> list[str]:
        """The font resources dictionary's entries (each a name and its font)."""
        out = [
            f"/{name} << /Type /Font /Subtype /Type1 /BaseFont /{base}"
            + (f" /Encoding {encoding}" if encoding else "")
            + " >>"
            for name, base, encoding in STANDARD
        ]
        described = self.add(
            "<< /Type /FontDescriptor /FontName /ABCDEF+Arial /Flags 32 /FontBBox [-665 -325 "
            "2000 1006] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 "
            "/MissingWidth 333 >>"
        )
        out.append(
            f"/T1 << /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Arial /FirstChar 32 "
            f"/LastChar 126 /Widths [{widths(32, 126, 278)}] /Encoding /WinAnsiEncoding "
            f"/FontDescriptor {described} 0 R >>"
        )
        # symbolic, no encoding, and no width for the space (pypdf then takes its own)
        out.append(
            f"/T2 << /Type /Font /Subtype /TrueType /BaseFont /GHIJKL+Wingish /FirstChar 65 "
            f"/LastChar 90 /Widths [{widths(65, 90, 0)}] >>"
        )
        greek = [(ord("a"), "α"), (ord("b"), "β"), (32, " "), (ord("!"), "ﬁ"), (200, "‘")]
        cyrillic = "1 beginbfrange\n<41> <5A> <0410>\nendbfrange\n"
        unicode = self.stream(cmap(greek, cyrillic, width=1))
        out.append(
            f"/U1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 "
            f"/Widths [{widths(32, 255, 278)}] /ToUnicode {unicode} 0 R >>"
        )
        out.append(f"/C0 {self._type0()} 0 R")
        out.append(f"/Y3 {self._type3()} 0 R")
        return out + more_fonts(self)

    def _type0(self) -> int:
        digits = "1 beginbfrange\n<0100> <0109> <0030>\nendbfrange\n"  # CIDs 256.. are 0-9
        unicode = self.stream(cmap([(n, g) for n, g in enumerate(GLYPHS, start=1)], digits))
        widths = " ".join(f"{n} [{250 + (n * 53) % 500}]" for n in range(2, len(GLYPHS) + 1))
        described = self.add(
            "<< /Type /FontDescriptor /FontName /MNOPQR+Noto /Flags 4 /FontBBox [0 -200 1000 "
            "900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"
        )
        cid = self.add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MNOPQR+Noto /CIDSystemInfo "
            "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {described} 0 R /DW 1000 /W [1 [278] {widths} 256 265 556] >>"
        )
        return self.add(
            "<< /Type /Font /Subtype /Type0 /BaseFont /MNOPQR+Noto /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {unicode} 0 R >>"
        )

    def _type3(self) -> int:
        procs = {name: self.stream(b"500 0 0 0 500 700 d1 0 0 500 700 re f") for name in "abc"}
        space = self.stream(b"250 0 d0")
        named = " ".join(f"/{n} {ref} 0 R" for n, ref in procs.items())
        return self.add(
            "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 "
            f"0.001 0 0] /CharProcs << {named} /space {space} 0 R >> /Encoding << /Type "
            "/Encoding /Differences [32 /space 97 /a /b /c] >> /FirstChar 32 /LastChar 99 "
            f"/Widths [{widths(32, 99, 250)}] /Resources << >> >>"
        )

    def xobjects(self, fonts: str) -> str:
        """The XObject resources dictionary's entries: forms holding text and an image."""
        text = b"BT /F1 10 Tf 20 50 Td (Inside a form) Tj T* (second line) ' ET"
        fm1 = self.stream(
            text,
            f" /Type /XObject /Subtype /Form /BBox [0 0 500 100] /Resources << /Font "
            f"<< {fonts} >> >>",
        )
        fm2 = self.stream(text, " /Type /XObject /Subtype /Form /BBox [0 0 500 100]")  # none
        cells = b"0.5 w 0 0 200 60 re S 200 0 200 60 re S 0 60 m 400 60 l S BT /T1 9 Tf 4 64 Td "
        fm3 = self.stream(
            cells + b"(Your answer) Tj ET /Fm1 Do",
            f" /Type /XObject /Subtype /Form /BBox [0 0 400 80] /Matrix [1 0 0 1 30 40] "
            f"/Resources << /Font << {fonts} >> /XObject << /Fm1 {fm1} 0 R >> >>",
        )
        fm4 = self.stream(  # the form drawn inside itself: pypdf stops at the cycle
            b"BT /F2 8 Tf (Again) Tj ET /Fm4 Do",
            f" /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font "
            f"<< {fonts} >> /XObject << /Fm4 {len(self.objects) + 1} 0 R >> >>",
        )
        im1 = self.stream(
            b"BT ET (x) Tj",
            " /Type /XObject /Subtype /Image /Width 4 /Height 3 /ColorSpace /DeviceGray "
            "/BitsPerComponent 8",
        )
        return f"/Fm1 {fm1} 0 R /Fm2 {fm2} 0 R /Fm3 {fm3} 0 R /Fm4 {fm4} 0 R /Im1 {im1} 0 R"


def pdf(
    pages: list[list[str]],
    *,
    flate: bool = False,
    inherit: bool = False,
    bare: bool = False,
    rotate: int = 0,
    swap: bool = False,
) -> bytes:
    """A PDF of A4 pages, each drawn by its content streams (latin-1; an array when more than
    one, none without any), with the resources above on each page (with ``inherit``, on the
    page tree only; with ``bare``, nowhere), each page turned by ``rotate`` degrees. With
    ``swap``, the fonts are objects of their own, and every other page gives each font's name
    to the next font (the same name is another font on the next page, as in real files)."""
    out = Builder(flate)
    fonts = out.fonts()
    xobjects = out.xobjects(" ".join(fonts))
    names = [entry.split(" ", 1)[0] for entry in fonts]
    bodies = [entry.split(" ", 1)[1] for entry in fonts]
    if swap:
        bodies = [f"{out.add(b)} 0 R" if b.startswith("<<") else b for b in bodies]

    def resources(turned: list[str]) -> str:
        named = " ".join(f"{name} {body}" for name, body in zip(names, turned, strict=True))
        return f"<< /Font << {named} >> /XObject << {xobjects} >> " + (
            "/Properties << /oc1 << /Type /OCG /Name (Layer) >> >> "
            "/ExtGState << /GS1 << /Type /ExtGState /CA 0.5 >> >> >>"
        )

    kids = []
    for n, streams in enumerate(pages):
        turned = bodies[1:] + bodies[:1] if swap and n % 2 else bodies
        refs = [out.stream(s.encode("latin-1")) for s in streams]
        contents = " ".join(f"{r} 0 R" for r in refs)
        contents = contents if len(refs) == 1 else f"[{contents}]"
        contents = f" /Contents {contents}" if refs else ""
        own = "" if inherit or bare else f" /Resources {resources(turned)}"
        turn = f" /Rotate {rotate}" if rotate else ""
        kids.append(out.add(f"<< /Type /Page /Parent 2 0 R{contents}{own}{turn} >>"))
    out.objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    shared = f" /Resources {resources(bodies)}" if inherit else ""
    out.objects[1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} "
        f"/MediaBox [0 0 595 842]{shared} >>"
    ).encode("latin-1")
    return assemble(out.objects)


def cids(codes: list[int]) -> str:
    """A hex string of the Type0 font's two-byte codes."""
    return "<" + "".join(f"{c:04X}" for c in codes) + ">"


def unicode_cids(text: str) -> str:
    """``text`` in the Type0 font (each character that is one of its glyphs)."""
    return cids([GLYPHS.index(c) + 1 for c in text if c in GLYPHS])


def literal(data: bytes, *, octal: bool = True) -> str:
    """A literal string: parentheses and backslashes escaped, other bytes outside printable
    ASCII as octal (or, without ``octal``, as themselves: latin-1 in the stream)."""
    out = []
    for b in data:
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif octal and not 32 <= b < 127:
            out.append(f"\\{b:03o}")
        else:
            out.append(c)
    return "(" + "".join(out) + ")"
