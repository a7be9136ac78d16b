"""A page's fonts for pdf_text.py: pypdf's own ``Font`` objects (so a string decodes as pypdf
decodes it, by construction), each turned once per document into tables that decode a string
and sum its glyphs' widths in C (``str.translate``, ``sum(map(...))``) where pypdf's
``get_text_operands`` and ``get_display_str`` go character by character in Python.
"""

from __future__ import annotations

import sys
from functools import cache
from itertools import repeat
from typing import Any

from pypdf._page import _get_font_resources, _get_page_resources
from pypdf._text_extraction import RTL_CHARACTER_PATTERN
from pypdf.generic._font import Font, FontDescriptor

SPACE_WIDTH = 200.0  # pypdf's extract_text default: a space's width where a font gives none
# Python 3.12 sums floats with compensation, where pypdf adds them one by one: the same only
# when every width is a whole number (then any order of adding is exact)
PLAIN_SUM = sys.version_info < (3, 12)
# whether pypdf's right-to-left letters include an ASCII character (none in pypdf 7.1): if not,
# a string shown in ASCII, most of them, is known to hold none without a search
RTL_ASCII = any(RTL_CHARACTER_PATTERN.search(chr(c)) for c in range(128))
BYTEWISE = 65536  # a glyph width below this, and whole, is summed as two bytes (Face.show)


class Face:
    """What pdf_text.py needs of one font: ``show`` gives a string's text as pypdf shows it (None
    for text pypdf would write right to left), its width in glyph units and its length."""

    def __init__(self, font: Any) -> None:
        self.font = font
        self.half_space = font.space_width / 2  # (pypdf's "_space_width": half a space)
        cw = font.character_widths
        # (pypdf asks for the default width of every glyph but a space: none, and it raises)
        known = "default" in cw
        default: float = 0.0 + cw["default"] if known else 0.0
        self.default = default
        self.space_char = font.space_char
        self.space_width = font.space_width
        self.encoding = font.encoding
        self.cmap = font.character_map
        if isinstance(font.encoding, str):
            self.widths = {c: 0.0 + w for c, w in cw.items() if isinstance(c, str) and len(c) == 1}
            if isinstance(font.space_char, str) and len(font.space_char) == 1:
                self.widths[font.space_char] = 0.0 + font.space_width
            self.exact = known and (PLAIN_SUM or _whole([*self.widths.values(), default]))
            return
        decoded = [font.encoding.get(b, chr(b)) for b in range(256)]
        self.display = {b: "".join([self.cmap.get(c, c) for c in s]) for b, s in enumerate(decoded)}
        self.display = {b: s for b, s in self.display.items() if s != chr(b)}
        # the ASCII bytes shown otherwise ("'" and "`", curly quotes in the standard encoding):
        # an ASCII string holding none of them shows as it is, with no translating
        self.ascii_shown = tuple(b for b in sorted(self.display) if b < 128)
        self.single = all(len(s) == 1 for s in decoded)
        self.lengths = [len(s) for s in decoded]
        table: list[float] = []
        for b in range(256):
            if chr(b) == font.space_char:
                table.append(0.0 + font.space_width)
            elif chr(b) in cw:
                table.append(0.0 + cw[chr(b)])
            else:
                table.append(default)
        self.table = table
        self.exact = known and (PLAIN_SUM or _whole(table))
        # widths that are whole numbers below 65,536 (most fonts'): every partial sum of a
        # string's is exact, so any order of adding gives pypdf's sum, and it is taken as the
        # sums of the widths' low and high bytes, each string translated in C (summing a list
        # lookup a byte took about 5 us of an 80-character line)
        self.bytewise = all(w.is_integer() and 0 <= w < BYTEWISE for w in table)
        self.low = bytes(int(w) % 256 for w in table) if self.bytewise else b""
        self.high = bytes(int(w) // 256 for w in table) if self.bytewise else b""

    def show(self, raw: bytes) -> tuple[str, float, int] | None:
        """The string's text as shown, its glyphs' width (font units) and the length of its
        decoded text (pypdf spaces characters by that); None where pypdf's reading differs."""
        if not self.exact:
            return None
        if isinstance(self.encoding, str):
            try:
                text = raw.decode(self.encoding, "surrogatepass")
            except UnicodeDecodeError:
                text = raw.decode(self.encoding, "replace")
            widths = sum(map(self.widths.get, text, repeat(self.default)), 0.0)
            shown = "".join(map(self.cmap.get, text, text)) if self.cmap else text
            count = len(text)
        else:
            latin = raw.decode("latin-1")
            if self.bytewise:
                widths = float(sum(raw.translate(self.low)) + 256 * sum(raw.translate(self.high)))
            else:
                widths = sum(map(self.table.__getitem__, raw), 0.0)
            if not self.display or (
                raw.isascii() and not any(map(raw.__contains__, self.ascii_shown))
            ):
                shown = latin  # (no byte of it shows otherwise: str.translate goes char by char)
            else:
                shown = latin.translate(self.display)
            count = len(raw) if self.single else sum(map(self.lengths.__getitem__, raw))
        if (RTL_ASCII or not shown.isascii()) and RTL_CHARACTER_PATTERN.search(shown) is not None:
            return None  # (pypdf reorders right-to-left text: left to it)
        return shown, widths, count

    def plain(self, text: str) -> float:
        """The width of text shown as it is (a space pypdf adds in a kerning array, a name)."""
        if not self.exact:
            raise ValueError("widths not summed as pypdf sums them")
        if isinstance(self.encoding, str):
            return sum(map(self.widths.get, text, repeat(self.default)), 0.0)
        return sum(map(self.table.__getitem__, text.encode("latin-1")), 0.0)


def _whole(widths: list[Any]) -> bool:
    return all(isinstance(w, float) and w.is_integer() and abs(w) < 2**40 for w in widths)


def page_fonts(
    page: Any, faces: dict[int, tuple[Any, Any, Face]]
) -> tuple[Any, dict[Any, Any], dict[Any, Face]] | None:
    """The page's resources, its font resources and its fonts by name, as pypdf's
    ``_extract_text`` sets them up (``faces`` keeps each font for the document, by its resource
    object, with its tables); None if the page has no resources (pypdf then gives no text). A
    font whose tables cannot be made raises (and the page is left to pypdf)."""
    resources = _get_page_resources(page)
    if not resources:
        return None
    font_resources: dict[Any, Any] = {}
    fonts: dict[Any, Face] = {}
    if font_dict := _get_font_resources(resources):
        for name in font_dict:
            try:  # (pypdf's own steps and the errors it passes over, in its order)
                obj: Any = font_dict[name].get_object()
                font_resources[name] = obj
                kept = faces.get(id(obj))
                if kept is None or kept[0] is not obj:
                    font = Font.from_font_resource(obj)
                    if font.character_widths.get(font.space_char, 0) == 0:
                        font.space_width = SPACE_WIDTH
                    kept = None
            except (AttributeError, TypeError):
                continue
            if kept is None:  # (a font's tables made once a document: its fonts repeat)
                kept = faces[id(obj)] = (obj, font, Face(font))
            fonts[name] = kept[2]
    return resources, font_resources, fonts


@cache
def initial() -> Face:
    """pypdf's font before the page's first Tf (WinAnsiEncoding, 500 units a glyph)."""
    from pypdf._codecs import encoding_dict_from_named_encoding

    return Face(
        Font(
            name="NotInitialized",
            sub_type="Unknown",
            encoding=encoding_dict_from_named_encoding("cp1252"),
            font_descriptor=FontDescriptor(),
        )
    )


@cache
def unknown() -> Face:
    """pypdf's stand-in for a font the page does not name (Tf with a name not in its fonts)."""
    return Face(
        Font(
            "Unknown",
            space_width=250,
            encoding=dict.fromkeys(range(256), "�"),
            font_descriptor=FontDescriptor(),
            character_map={},
        )
    )
