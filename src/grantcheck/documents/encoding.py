"""Decoding a text, Markdown or HTML document's bytes, as the programs that wrote it meant.

Councils' files are not all UTF-8: Word's "Save as Web Page, Filtered" writes windows-1252
and says so in a ``<meta>`` tag, and Notepad's "Unicode" is UTF-16 with a byte order mark
(UTF-32 with one is read too). A browser opens both; so must we. The order follows the HTML
standard's encoding sniffing, cut down: a byte order mark first; then, for HTML, a
``charset`` declared in a ``<meta>`` within the first 1,024 bytes (read with the same
maintained parser as the page, never a regular expression over markup); then UTF-8. A page
that declares nothing and is not UTF-8 is read as windows-1252, as browsers in English do.
Plain text and Markdown declare nothing, so they must be UTF-8. Text never holds a NUL
character: UTF-16 or UTF-32 saved without its byte order mark decodes as "valid" UTF-8 (or
windows-1252) with a NUL beside every letter, and would be measured as a form with no
questions, so a decoded NUL is refused, never measured.

Only text encodings on an allow-list are honoured: a page cannot ask Python for a
codec such as UTF-7 (used to smuggle markup) or one of its non-text codecs.
"""

from __future__ import annotations

import codecs
import contextlib
from html.parser import HTMLParser

from grantcheck.guidance import Unreadable

PRESCAN = 1024  # the HTML standard looks for a <meta> charset within the first 1,024 bytes
# UTF-32's marks first: UTF-32LE's (FF FE 00 00) starts as UTF-16LE's does, and read as UTF-16
# its text holds a NUL beside every letter, refused as if the file had no mark at all
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# the HTML standard reads these labels as windows-1252, its superset
AS_1252 = frozenset({"ascii", "latin_1", "iso8859_1", "cp1252"})
ALLOWED = frozenset(
    {
        "utf_8",
        "cp1252",
        "gb2312",
        "iso8859_15",
        "cp1250",
        "cp1251",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "koi8_r",
        "koi8_u",
        "shift_jis",
        "euc_jp",
        "gbk",
        "gb18030",
        "big5",
        "euc_kr",
    }
    | {f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 16)}
)


def decode(data: bytes, fmt: str) -> str:
    """The document's text. Raises Unreadable, saying which encoding failed and where."""
    return _no_nul(_decode(data, fmt))


def _no_nul(text: str) -> str:
    at = text.find("\x00")
    if at < 0:
        return text
    raise Unreadable(
        f"holds NUL characters (the first is character {at + 1:,}), as UTF-16 or UTF-32 "
        "text saved without its byte order mark does; save it as UTF-8"
    )


def _decode(data: bytes, fmt: str) -> str:
    for bom, name in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], name, "its byte order mark says")
    declared = _declared(data[:PRESCAN]) if fmt == "html" else None
    if declared is not None:
        return _strict(data, declared, "its <meta> tag says")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if fmt == "html":
            return data.decode("cp1252", errors="replace")  # as a browser in English would
        raise Unreadable(f"is not UTF-8 text (byte {exc.start + 1:,}); save it as UTF-8") from None


def _strict(data: bytes, name: str, why: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        shown = "windows-1252" if name == "cp1252" else name.replace("_", "-").upper()
        raise Unreadable(
            f"is not {shown} text as {why} (byte {exc.start + 1:,}); save it as UTF-8"
        ) from None


def _declared(head: bytes) -> str | None:
    """The allowed encoding a page's first <meta> names, or None (UTF-16 labels read as
    UTF-8, as the standard says: a page that could be scanned as ASCII is not UTF-16)."""
    scan = _MetaScan()
    with contextlib.suppress(_Found):
        scan.feed(head.decode("latin-1"))  # every byte is a character: a safe first look
    if scan.label is None:
        return None
    try:
        name = codecs.lookup(scan.label.strip()).name.replace("-", "_")
    except LookupError:
        return None
    if name.startswith("utf_16"):
        return "utf-8"
    if name in AS_1252:
        return "cp1252"
    return name if name in ALLOWED else None


class _Found(Exception):
    """Raised to stop the scan at the first <meta> that names a charset."""


class _MetaScan(HTMLParser):
    """Finds ``<meta charset=X>`` or ``<meta http-equiv=content-type content="...charset=X">``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.label: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if values.get("charset"):
            self.label = values["charset"]
        elif values.get("http-equiv", "").lower() == "content-type":
            _, found, rest = values.get("content", "").lower().partition("charset=")
            if found:
                self.label = rest.split(";")[0].strip(" \"'")
        if self.label:
            raise _Found
