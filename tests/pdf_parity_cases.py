"""Pages written by hand for the text-extraction parity test, one idea each: every font and
encoding of pdf_parity.py, each text operator and its state, rotation, nesting, strings in
every spelling, XObjects, inline images, marked content, right-to-left text, several content
streams, drawing (tables with empty answer cells), and damaged operators."""

from __future__ import annotations

from pdf_parity import FONTS, STANDARD, UNMAPPED_CID, cids, literal, unicode_cids
from pdf_parity_fonts import MORE
from pdf_parity_sweeps import FONTS as SWEPT
from pdf_parity_sweeps import sweep_cases
from pdf_parity_syntax import syntax_cases, turned_pages

PRINTABLE = bytes(range(32, 127))
HIGH = bytes(range(128, 256))


def _lines(font: str, texts: list[str], size: int = 10, lead: int = 14) -> str:
    shown = " ".join(f"{t} Tj T*" for t in texts)
    return f"BT /{font} {size} Tf {lead} TL 40 800 Td {shown} ET"


def table(rows: int, top: float = 700, label: str = "Describe your project") -> str:
    """A two-column table: a question in each row's left cell, its right cell empty (a box to
    write in), ruled by thin filled rectangles as Word prints its borders."""
    out = []
    for r in range(rows + 1):
        out.append(f"0 0 0 rg 40 {top - 60 * r} 500 0.5 re f")
    for x in (40, 240, 540):
        out.append(f"{x} {top - 60 * rows} 0.5 {60 * rows} re f")
    for r in range(rows):
        out.append(f"BT /F1 10 Tf 44 {top - 60 * r - 14} Td ({label} {r + 1}) Tj ET")
    return "\n".join(out)


def _showcase() -> dict[str, list[str]]:
    cases: dict[str, list[str]] = {}
    for name, _, _ in STANDARD:
        cases[f"font-{name}"] = [
            _lines(name, [literal(PRINTABLE), literal(HIGH), literal(HIGH, octal=False)])
        ]
    cases["font-T1-truetype-widths"] = [_lines("T1", ["(Apply now for a grant)", literal(HIGH)])]
    cases["font-T2-no-space-width"] = [
        "BT /T2 10 Tf 40 800 Td (ABC) Tj 4 0 Td (DEF) Tj 30 0 Td (GHI) Tj ( ) Tj (J K) Tj ET"
    ]
    cases["font-U1-tounicode"] = [_lines("U1", ["(ab AZ!)", literal(HIGH), "(b a)"])]
    glyphs = cids(list(range(1, 90)))
    odd = "<0041 00>", "<004>", "<>", f"<{UNMAPPED_CID:04X}0002>", cids([256, 265, 3])
    cases["font-C0-identity-h"] = [_lines("C0", [glyphs, *odd, unicode_cids("fi é")])]
    cases["font-Y3-type3"] = [_lines("Y3", ["(abc cab)", "(a  b)", literal(HIGH)])]
    for name in MORE:
        cases[f"font-{name}"] = [_lines(name, [literal(PRINTABLE), literal(HIGH), "(A B)"])]
    wide = "Grant £5 你好 \U0001f600".encode("utf-16-be")
    for name in ("C1", "C2", "C3", "C4", "C5"):
        texts = [literal(wide), literal("你好 Grant".encode("gbk")), literal(b"\x01"), "<41>"]
        cases[f"font-{name}-codes"] = [_lines(name, texts)]
    cases["font-U2-odd-cmap"] = [_lines("U2", [literal(bytes(range(20))), "(\020\021\022ABC)"])]
    cases["font-missing"] = [_lines("Nope", ["(Unknown font)", "(x y)"])]
    cases["font-switches"] = [
        "BT 40 800 Td "
        + " ".join(f"/{f} 9 Tf (word{n}) Tj ( ) Tj" for n, f in enumerate(FONTS))
        + " ET"
    ]
    return cases


def _operators() -> dict[str, list[str]]:
    cases: dict[str, list[str]] = {}
    kerns = "-20 -100 -120 -200 -249 -250 -251 -300 -1000 -5000 20 120 1000 0 -0.5"
    cases["tj-kerning"] = [
        "BT /F1 10 Tf 40 800 Td "
        + " ".join(f"[(Hel) {k} (lo) {k} ( wor) {k} (ld )] TJ 0 -14 Td" for k in kerns.split())
        + " ET"
    ]
    cases["tj-kerning-fonts"] = [
        "BT 40 800 Td "
        + " ".join(f"/{f} 11 Tf [(A) -300 (B) -150 (C) 400 (D)] TJ 0 -14 Td" for f in FONTS)
        + " [(x) -300 /Name (y) -300 [(z)] 5 (w)] TJ [] TJ [-400] TJ ET"
    ]
    cases["tj-kerning-type0"] = [
        f"BT /C0 12 Tf 40 800 Td [{unicode_cids('Hello')} -260 {unicode_cids('world')} -90 "
        f"{unicode_cids('again')}] TJ ET"
    ]
    cases["moves"] = [
        "BT /F1 10 Tf 12 TL 40 800 Td (one) Tj T* (two) Tj 0 -12 TD (three) Tj T* (four) Tj "
        "(five) ' 2 1 (six) \" 100 0 Td (right) Tj -100 -5 Td (half line) Tj 0 -3 Td (near) "
        "Tj 1 0 0 1 40 600 Tm (set) Tj 5 0 Td (gap5) Tj 20 0 Td (gap20) Tj -200 0 Td (back) Tj "
        "0 -40 TD (after TD) Tj T* (T* uses 40) Tj (a) ' (b) ' 0 0 (c) \" (short) \" ET"
    ]
    cases["state"] = [
        "BT /F1 10 Tf 40 800 Td 3 Tc (spaced out) Tj 0 Tc 0 -14 Td 8 Tw (word spacing) Tj 0 Tw "
        "0 -14 Td 50 Tz (narrow) Tj 200 Tz (wide) Tj 100 Tz 0 -14 Td 5 Ts (raised) Tj -5 Ts "
        "(lowered) Tj 0 Ts (level) Tj 0 -14 Td 3 Tr (invisible) Tj 0 Tr 20 TL T* (lead 20) Tj "
        "-2 Tc (tight) Tj -20 Tw (negative words) Tj ET"
    ]
    sizes = "0 1 4 8 11 24 72 -11 0.001 1000"
    cases["font-sizes"] = [
        "BT 40 800 Td "
        + " ".join(f"/F1 {s} Tf (size{s}) Tj 0 -14 Td" for s in sizes.split())
        + " ET"
    ]
    turns = {
        "r0": "1 0 0 1",
        "r90": "0 1 -1 0",
        "r180": "-1 0 0 -1",
        "r270": "0 -1 1 0",
        "mirror-x": "-1 0 0 1",
        "mirror-y": "1 0 0 -1",
        "skew": "1 0 0.3 1",
        "tilt": "0.98 0.17 -0.17 0.98",
        "scaled": "2 0 0 2",
        "squashed": "1 0 0 0.000001",
    }
    for name, m in turns.items():
        cases[f"rotated-tm-{name}"] = [
            f"BT /F1 10 Tf {m} 300 400 Tm (Turned text) Tj 0 -12 Td (next line) Tj 12 0 Td "
            f"(beside) Tj T* (more) Tj ET BT /F1 10 Tf 40 800 Td (upright) Tj ET"
        ]
        cases[f"rotated-cm-{name}"] = [
            f"q {m} 300 400 cm BT /F1 10 Tf 0 0 Td (In cm) Tj 0 -12 Td (below) Tj ET Q "
            "BT /F1 10 Tf 40 800 Td (outside) Tj ET"
        ]
    cases["cm-nesting"] = [
        "q 1 0 0 1 40 800 cm BT /F1 10 Tf (a) Tj ET q 0.5 0 0 0.5 0 -20 cm BT (b) Tj ET "
        "q /F2 14 Tf 1 0 0 1 100 0 cm BT (c) Tj ET Q BT (d) Tj ET Q BT 0 -40 Td (e) Tj ET Q "
        "Q Q BT /F1 10 Tf 40 500 Td (after extra Q) Tj ET "
        "BT /F1 10 Tf 40 480 Td (mid) Tj 1 0 0 1 0 -12 cm (cm inside BT) Tj q Q (after qQ) Tj ET"
    ]
    cases["bt-blocks-one-line"] = [
        "BT /F1 10 Tf 40 800 Td (Name:) Tj ET BT /F1 10 Tf 80 800 Td (Jo) Tj ET "
        "BT /F1 10 Tf 200 800 Td (Date) Tj ET BT /F1 10 Tf 60 800 Td (back) Tj ET "
        "BT /F1 10 Tf 300 801 Td (a hair up) Tj ET BT /F1 10 Tf 310 796 Td (down) Tj ET "
        "BT /F1 10 Tf 320 788 Td (lower) Tj ET BT /F1 10 Tf 330 800 Td (up again) Tj ET"
    ]
    cases["no-bt"] = ["/F1 10 Tf (no BT) Tj 0 -14 Td (still) Tj ET ET BT BT (twice) Tj"]
    return cases


def _strings() -> dict[str, list[str]]:
    escapes = [
        "(a \\( b \\) c \\\\ d)",
        "(octal \\101\\102\\103 \\5 \\05 \\0053 \\377)",
        "(nl \\n cr \\r tab \\t bs \\b ff \\f)",
        "(continued \\\nline)",
        "(bal (anced) parens)",
        "(unknown \\q escape)",
        "(raw\nnewline)",
        "(raw\r\ncrlf)",
        "()",
        "<>",
        "< 48 65 6C 6C 6F >",
        "<48656c6C6f2>",
        "<4>",
        "(\\\\)",
        "(\\))",
        "(end\\\\)",
        "(\\200\\225\\240)",
    ]
    return {
        "escapes": [_lines("F1", escapes)],
        "escapes-type0": [_lines("C0", ["<0002 0003\n0004>", "<00020003000>"])],
        "comments": [
            "% a comment (with (parens) Tj\nBT /F1 10 Tf 40 800 Td (shown) Tj % (not) Tj\n"
            "(after comment) Tj ET"
        ],
    }


def _structure() -> dict[str, list[str]]:
    image = "BI /W 16 /H 1 /BPC 8 /CS /G ID (x) Tj ET BT re \nEI"
    hexed = "BI /W 4 /H 1 /BPC 8 /CS /G /F /AHx ID 28 78 29 54 >\nEI"
    return {
        "xobjects": [
            "BT /F1 10 Tf 40 800 Td (before) Tj /Fm1 Do (inside BT) Tj ET /Fm1 Do /Fm2 Do "
            "q 0 1 -1 0 300 300 cm /Fm3 Do Q /Fm4 Do /Im1 Do /Nope Do BT /F1 10 Tf (after) Tj ET"
        ],
        "xobject-first": ["/Fm1 Do BT /F1 10 Tf 40 800 Td (then text) Tj ET /Im1 Do"],
        "inline-image": [
            f"BT /F1 10 Tf 40 800 Td (above) Tj ET q 16 0 0 4 40 700 cm {image} Q "
            f"{hexed} BT /F1 10 Tf 40 600 Td (below) Tj ET"
        ],
        "marked-content": [
            "/Span << /ActualText (Hello) /Lang (en-GB) >> BDC BT /F1 10 Tf 40 800 Td (He) Tj "
            "EMC /P << /MCID 3 >> BDC (llo) Tj EMC /OC /oc1 BDC (layer) Tj EMC /Artifact BMC "
            "0 -14 Td (Page 1) Tj EMC /Tag MP /Tag << /K [1 (x)] >> DP (end) Tj ET"
        ],
        "rtl": [
            "BT /C0 12 Tf 40 800 Td "
            + " ".join(
                f"{unicode_cids(t)} Tj 0 -14 Td"
                for t in ["مرحبا", "abc مرحبا def", "שלום 123 مرحبا", "(שלום)", "a, b. שלום", "ب"]
            )
            + f" [{unicode_cids('مر')} -300 {unicode_cids('حبا')}] TJ ET"
        ],
        "empty-stream": [""],
        "graphics-only": ["0 0 1 RG 2 w 40 40 100 100 re S"],
        "text-without-operators": ["(Tj) (TJ) /Do /T* %'\n"],
    }


def _drawing() -> dict[str, list[str]]:
    return {
        "table-empty-cells": [table(3)],
        "table-filled": [
            table(2) + "\nBT /F1 10 Tf 250 686 Td (Our answer) Tj ET "
            "BT /F1 10 Tf 250 626 Td (Another) Tj ET"
        ],
        "stroked-boxes": [
            "BT /F1 10 Tf 40 800 Td (Tell us about your group) Tj ET 0.5 w 40 700 400 80 re S "
            "BT /F1 10 Tf 40 680 Td (What will you spend it on?) Tj ET 40 560 400 100 re S "
            "BT /F1 10 Tf 40 540 Td (Sign here) Tj ET 40 500 m 300 500 l S 40 530 m 40 500 l S"
        ],
        "lines-cells": [
            "1 w 40 700 m 540 700 l 40 600 m 540 600 l 40 700 m 40 600 l 240 700 m 240 600 l "
            "540 700 m 540 600 l S BT /F2 11 Tf 44 686 Td (Question one) Tj ET"
        ],
        "clipped": ["40 700 400 80 re W n BT /F1 10 Tf 44 760 Td (Clipped) Tj ET"],
        "rotated-table": ["q 0 1 -1 0 595 0 cm " + table(2) + " Q"],
        "table-in-form": ["/Fm3 Do BT /F1 10 Tf 40 800 Td (Above the form) Tj ET"],
        # the page's own stream draws too, so the visitors run and see the form's cells
        "table-in-form-page-draws": [
            "BT /F1 10 Tf 40 800 Td (Above the form) Tj ET 40 780 500 0.5 re f q 1 0 0 1 100 "
            "500 cm /Fm3 Do Q BT /F1 10 Tf 40 300 Td (After) Tj ET"
        ],
        "table-rtl": [
            table(1) + f"\nBT /C0 10 Tf 250 686 Td {unicode_cids('abc مرحبا def')} Tj ET"
        ],
        "words-re-l": ["BT /F1 10 Tf 40 800 Td (Please read these notes) Tj (l ) Tj ET"],
    }


def _damaged() -> dict[str, list[str]]:
    return {
        "bad-operands": [
            "BT Tf /F1 Tf (x) Tf /F1 10 Tf 40 800 Td (a) Tj Td (b) Tj (s) 1 Td (c) Tj 1 2 3 4 Tm "
            "(d) Tj (e) (f) 1 2 Tm (g) Tj 1 0 0 1 40 700 Tm Tz (h) Tj (x) Tz TL (x) TL (i) Tj "
            "(x) Tc (x) Tw T* TD (x) TD (j) Tj 1 TD (k) Tj (x) cm (l) Tj Tj 5 Tj [(m)] Tj "
            '(n) TJ \' " 1 " 1 2 " (o) foo 12 bar (p) Tj ET'
        ],
        "unbalanced": ["Q Q BT /F1 10 Tf q 40 800 Td (a) Tj Q ET ] [ (b) Tj >> << (c) Tj"],
        "name-operands": ["BT /F1 10 Tf 40 800 Td /Name Tj /F1 /F1 Tf (after) Tj ET"],
    }


def _box_pages(scale: float) -> list[list[str]]:
    """An empty cell, and a word moved across its left side, then its foot, a quarter point at
    a time, a page each (whether the cell is empty hangs on where the word is said to be)."""
    pages, cm = [], f"{scale} 0 0 {scale} 0 0 cm"
    for d in range(-6, 7):
        at = (240.25 + d / 4, 660), (300, 640.25 - 10 / 3 + d / 4)  # (a third of its size up)
        pages += [
            [f"q {cm} {table(1)} BT /F1 10 Tf 1 0 0 1 {x} {y} Tm (word) Tj ET Q"] for x, y in at
        ]
    return pages


FINE = ["F1"]  # the font swept finely (the slow cases sweep the others so)


def slow_cases() -> dict[str, tuple[list[list[str]], dict[str, bool]]]:
    """The threshold sweeps of the other fonts, fine."""
    others = [f for f in SWEPT if f not in FINE]
    swept = sweep_cases(others)
    starts = tuple(f"sweep-{kind}-{font}" for kind in ("gap", "drop", "kern") for font in others)
    return {
        f"{name}-fine": ([pages], {}) for name, pages in swept.items() if name.startswith(starts)
    }


def cases() -> dict[str, tuple[list[list[str]], dict[str, bool]]]:
    """Each case's pages (each its content streams) and pdf()'s options."""
    one = {**_showcase(), **_operators(), **_strings(), **_structure(), **_drawing()}
    more = {**_damaged(), **syntax_cases(), **sweep_cases(FINE)}
    out = {name: ([streams], {}) for name, streams in {**one, **more}.items()}
    for turn in (90, 180, 270, -90, 45):
        out[f"rotate-{turn}"] = (turned_pages(), {"rotate": turn})
    split = _lines("F1", ["(First stream)"])[:-3], "(second) Tj T* (third) Tj", " ET", ""
    out["several-streams"] = ([list(split), [table(2), _lines("F2", ["(x)"])]], {})
    out["flate"] = ([one["moves"], one["table-empty-cells"], one["rtl"]], {"flate": True})
    out["inherited-resources"] = ([one["moves"], one["xobjects"]], {"inherit": True})
    out["many-pages"] = ([one[name] for name in sorted(one)[::4]], {})  # (fonts shared)
    out["sweep-box"] = (_box_pages(1), {})
    out["sweep-box-cm"] = (_box_pages(1.5), {})
    swapped = [one["font-switches"], one["tj-kerning-fonts"], one["xobjects"]] * 2
    out["fonts-renamed-by-page"] = (swapped, {"swap": True})
    out["fonts-renamed-by-page-flate"] = (swapped[:3], {"swap": True, "flate": True})
    out["no-contents"] = ([[], one["moves"]], {})
    out["no-resources"] = ([one["moves"], one["xobjects"]], {"bare": True})
    return out
