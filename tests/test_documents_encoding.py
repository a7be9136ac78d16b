"""Text, Markdown and HTML documents are decoded as the program that wrote them meant."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.encoding import decode
from grantcheck.guidance import Unreadable

WORD_PAGE = (
    b'<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
    b"</head><body><p>Tell us about your group\x92s work (max 200 words)</p>"
    b"<textarea></textarea></body></html>"
)


def test_a_word_filtered_web_page_is_read_in_the_encoding_its_meta_tag_names() -> None:
    assert "group\u2019s work" in decode(WORD_PAGE, "html")


def test_the_html5_meta_charset_is_honoured_and_latin_1_is_read_as_windows_1252() -> None:
    page = b'<meta charset="ISO-8859-1"><p>\x93Quoted\x94 \xa35,000</p>'
    assert "\u201cQuoted\u201d \u00a35,000" in decode(page, "html")


def test_a_page_declaring_nothing_that_is_not_utf8_is_read_as_a_browser_would() -> None:
    assert "\u00a3500" in decode(b"<p>Grants of \xa3500</p>", "html")


def test_a_page_that_lies_about_utf8_is_a_clear_error() -> None:
    with pytest.raises(Unreadable, match=r"not UTF-8 text as its <meta> tag says \(byte 36\)"):
        decode(b'<meta charset="utf-8"><p>Grants of \xa3500</p>', "html")


def test_an_encoding_off_the_allow_list_is_not_honoured() -> None:
    # UTF-7 has been used to smuggle markup past filters: its text stays as written
    page = b'<meta charset="utf-7"><p>+ADw-script+AD4-</p>'
    assert "+ADw-script+AD4-" in decode(page, "html")
    assert "+ADw-" in decode(b'<meta charset="base64"><p>+ADw-</p>', "html")


def test_a_meta_tag_after_the_first_1024_bytes_is_not_looked_for() -> None:
    page = b"<p>" + b"x" * 1100 + b'</p><meta charset="koi8-r"><p>\xc1</p>'
    assert "\u00c1" in decode(page, "html")  # windows-1252, not KOI8-R's Cyrillic


def test_a_utf16_text_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "1. Describe your project (max 300 words)\n"
    (tmp_path / "notes.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    facts = Measurer().measure(tmp_path / "notes.txt", "notes.txt")[1]
    assert [q.word_limit for q in facts.questions] == [300]


def test_plain_text_must_still_be_utf8_because_it_cannot_say_otherwise() -> None:
    with pytest.raises(Unreadable, match=r"is not UTF-8 text \(byte 11\); save it as UTF-8"):
        decode(b"Grants of \xa3500", "txt")


FORM = "1. Describe your project (max 300 words)\n\nAnswer:\n\nPlease send your constitution.\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("form.md", FORM.encode("utf-16-le")),  # UTF-16 saved without its byte order mark
        ("form.txt", FORM.encode("utf-16-be")),
        ("page.html", f"<p>{FORM}</p><textarea></textarea>".encode("utf-16-le")),
        ("notes.md", FORM.encode() + b"\x00" * 4),  # NUL padding after the text
    ],
)
def test_text_holding_nul_characters_is_refused_not_measured_as_an_empty_form(
    tmp_path: Path, name: str, data: bytes
) -> None:
    # Every byte sequence here is "valid" UTF-8 or windows-1252: decoded as such, it held no
    # question, and the form's rules passed on a file grantcheck never read (trial 10)
    (tmp_path / name).write_bytes(data)
    with pytest.raises(Unreadable, match=r"holds NUL characters .*save it as UTF-8"):
        Measurer().measure(tmp_path / name, name)
