"""Quick paths of session 25's speed work answer exactly as the steps they skip: a text all in
ASCII holds no letter of another script (label_words.short_label) and no right-to-left letter
(pdf_fonts.Face.show), and a string of ASCII bytes none of which the font shows otherwise is
shown as it is, untranslated. Each is checked against the full step on texts made of the
characters that decide it."""

from __future__ import annotations

from io import BytesIO

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from documents import pdf_bytes
from grantcheck.documents.label_words import BRACKETED, OTHER_SCRIPT, SHORT, short_label
from grantcheck.documents.pdf_fonts import (
    RTL_ASCII,
    RTL_CHARACTER_PATTERN,
    Face,
    initial,
    page_fonts,
)

# (Cyrillic, Hebrew and Arabic letters, Latin beyond ASCII, a figure beyond ASCII)
WORDS = st.sampled_from(
    ["a", "word", "Name", " ", " ", " / ", "(", ")", "?", "Назва", "групи", "שם", "اسم", "É", "٣"]
)


def test_no_ascii_character_is_of_another_script_or_right_to_left() -> None:
    assert not any(OTHER_SCRIPT.search(chr(c)) for c in range(128))
    assert not RTL_ASCII  # (pypdf 7.1's ranges: the quick test is in use)
    assert not any(RTL_CHARACTER_PATTERN.search(chr(c)) for c in range(128))


def _short_with_scripts(text: str) -> bool:
    """short_label as it was before its quick test: the script of every text read."""
    if OTHER_SCRIPT.search(text):
        words = text.split()
        other = sum(OTHER_SCRIPT.search(word) is not None for word in words)
        if other and other < len(words):
            return max(other, len(words) - other) <= SHORT
    if "(" not in text and " / " not in text:
        return len(text.split(None, SHORT)) <= SHORT
    if " / " not in text and len(text[text.rfind(")") + 1 :].split(None, SHORT)) > SHORT:
        return False
    halves = BRACKETED.sub(" / ", text).split(" / ")
    return all(len(half.split(None, SHORT)) <= SHORT for half in halves)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=50).map("".join))
def test_a_label_in_two_scripts_is_as_long_as_one_of_them(text: str) -> None:
    assert short_label(text) == _short_with_scripts(text)


BYTES = st.sampled_from([b"a", b"Z", b" ", b"'", b"`", b"'s", b"\x80", b"\x92", b"\xe9", b"9"])


def _helvetica() -> Face:
    """The font of the test PDFs (and bench/documents.py's): Helvetica, standard encoding, in
    which "'" and "`" show as curly quotes."""
    reader = PdfReader(BytesIO(pdf_bytes([["A line"]])))
    setup = page_fonts(reader.pages[0], {})
    assert setup is not None
    return setup[2]["/F1"]


@settings(max_examples=400, deadline=None)
@given(st.lists(BYTES, max_size=40).map(b"".join))
def test_a_string_is_shown_as_the_fonts_table_shows_it(raw: bytes) -> None:
    for face in (_helvetica(), initial()):
        shown = face.show(raw)
        assert shown is not None and shown[0] == raw.decode("latin-1").translate(face.display)


def test_the_quick_path_is_tried_on_a_font_with_ascii_shown_otherwise() -> None:
    assert _helvetica().ascii_shown == (39, 96)  # (the test above has teeth)
    assert _helvetica().show(b"it's")[0] == "it\u2019s"
