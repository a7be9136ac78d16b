"""More pages for the text-extraction parity test: content streams spelt as PDF writers spell
them (no spaces between delimiters, CR or CRLF line ends, tabs, form feeds and NULs as white
space, names with #xx escapes, numbers written oddly), boxes with rounded corners and other
curved paths, and pages turned by /Rotate."""

from __future__ import annotations

from pdf_parity import unicode_cids

WHITE = [" ", "\n", "\r", "\r\n", "\t", "\x0c", "\x00", "  \n\t"]


def rounded(x: float, y: float, w: float, h: float, r: float) -> str:
    """A box with rounded corners as a form builder's PDF export draws it: rules stopping
    short of the corners, each corner a small Bézier curve, the path closed and stroked."""
    k = r * 0.55
    return (
        f"{x + r} {y} m {x + w - r} {y} l {x + w - r + k} {y} {x + w} {y + r - k} {x + w} "
        f"{y + r} c {x + w} {y + h - r} l {x + w} {y + h - r + k} {x + w - r + k} {y + h} "
        f"{x + w - r} {y + h} c {x + r} {y + h} l {x + r - k} {y + h} {x} {y + h - r + k} {x} "
        f"{y + h - r} c {x} {y + r} l {x} {y + r - k} {x + r - k} {y} {x + r} {y} c h S"
    )


def _spaced(white: str) -> str:
    parts = ["BT", "/F1 10 Tf", "14 TL", "40 800 Td", "(spaced) Tj", "T*", "[(a) -300 (b)] TJ"]
    parts += ["T*", "<48 69> Tj", "0 -20 Td", "(last) Tj", "ET"]
    return white.join(part.replace(" ", white) for part in parts)


def syntax_cases() -> dict[str, list[str]]:
    """Each case's content streams (one page)."""
    cases = {f"white-{n}": [_spaced(w)] for n, w in enumerate(WHITE)}
    cases["compact"] = [
        "BT/F1 10 Tf 1 0 0 1 40 800 Tm[(Hel)-250(lo)]TJ(x)Tj<41>Tj/F2 9 Tf(y)'0 -12 Td"
        "[<48>-1000<49>]TJ/C0 10 Tf" + unicode_cids("ok") + "Tj ET"
    ]
    cases["numbers"] = [
        "BT /F1 10.000 Tf 40.0 800.00 Td (a) Tj +12 -.0 Td (b) Tj 0. -14. Td (c) Tj "
        "-0 -0014 Td (d) Tj 1.5000000001 0 Td (e) Tj ET"
    ]
    cases["number-exponent"] = ["BT /F1 10 Tf 40 800 Td (a) Tj 1e2 0 Td (b) Tj ET"]
    cases["number-double-sign"] = ["BT /F1 10 Tf 40 800 Td (a) Tj --5 0 Td (b) Tj ET"]
    cases["escaped-names"] = [
        "BT /F#31 10 Tf 40 800 Td (one) Tj /F#32 10 Tf T* (two) Tj /#46#31 10 Tf (three) Tj ET "
        "/Fm#31 Do"
    ]
    cases["comment-at-end"] = ["BT /F1 10 Tf 40 800 Td (shown) Tj ET % no line end"]
    cases["nested-dictionaries"] = [
        "/Span << /ActualText (a \\) Tj [x) /Alt <FEFF0041> /K [1 [2 (3)] << /S /P >>] >> BDC "
        "BT /F1 10 Tf 40 800 Td (inside) Tj ET EMC"
    ]
    cases["rounded-boxes"] = [
        "BT /F1 10 Tf 40 800 Td (Tell us about your group) Tj ET 0.5 w "
        + rounded(40, 680, 400, 100, 8)
        + " BT /F1 10 Tf 40 660 Td (Your budget) Tj ET "
        + rounded(40, 540, 400, 100, 8)
        + " BT /F1 10 Tf 40 500 Td (A slanted path) Tj ET 40 400 m 200 480 l 300 400 400 480 "
        "500 400 c S 40 300 m 100 350 200 350 v 300 300 400 300 y h f 60 200 m 50 50 re S"
    ]
    return cases


def turned_pages() -> list[list[str]]:
    """Pages to be turned by /Rotate (the extraction reads the content, not the turn)."""
    return [
        [_spaced(" ")],
        ["BT /F1 10 Tf 40 800 Td (Tell us) Tj ET 0.5 w 40 680 400 100 re S"],
    ]
