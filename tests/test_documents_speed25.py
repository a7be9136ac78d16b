"""Quick paths of session 25's speed work answer exactly as the steps they skip: a text all in
ASCII holds no letter of another script (label_words.short_label) and no right-to-left letter
(pdf_fonts.Face.show); a string of ASCII bytes none of which the font shows otherwise is shown
as it is, untranslated, and whole widths are summed bytewise; an anchored pattern is tried only
where the text's first character may open it (openings.py), and REFERS only where its letters
are. Each is checked against the full step on texts made of the characters that decide it."""

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
from grantcheck.documents.phrases import NUMBERED, numbered
from grantcheck.documents.prompts import NOTES_HEADED, notes_headed
from grantcheck.documents.referred_limits import REFERS, may_refer
from grantcheck.documents.titles import SECTION, section

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


def test_widths_are_summed_as_pypdf_adds_them() -> None:
    face = _helvetica()
    assert face.bytewise  # (whole widths: the quick sum is the one tried)
    for raw in (b"", b"a", bytes(range(256)), b"We will look at it. " * 50):
        shown = face.show(raw)
        assert shown is not None and shown[1] == sum(map(face.table.__getitem__, raw), 0.0)


# every character of the Basic Multilingual Plane (surrogates aside) opening a text that would
# match after it: the quick tests let through each text the pattern matches
OPENED = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]


def test_a_first_character_is_turned_away_only_where_no_match_opens() -> None:
    for after in ("1. Describe", " 2) x", ") x", "uestion 3 x", ". x", "i) x", "3 x"):
        for c in OPENED:
            text = c + after
            assert numbered(text) is not None or NUMBERED.match(text) is None, text
    for after in ("art 2: x", "ection B", "tage 2 x", " Section 3", "dran 1", "am 2"):
        for c in OPENED:
            text = c + after
            assert section(text) is not None or SECTION.match(text) is None, text
    for c in OPENED:
        for text in (c + "hat to include", "w" + c + "at we look for", "h" + c + "w to apply"):
            assert notes_headed(text) or NOTES_HEADED.match(text) is None, text


REFERRING = st.sampled_from(
    ["Q", "q", "uestion", "cwestiwn", "CWESTIYNAU", "Cwe", "\u212a", "\u0131", "\u017f", " ", "4"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(REFERRING, max_size=12).map("".join))
def test_a_note_referring_to_questions_is_always_searched(text: str) -> None:
    assert may_refer(text) or REFERS.search(text) is None
