"""Plain English: jargon from the pack's list, acronyms never spelt out, and the language.

Welsh is told from English by function words (short, frequent words each language
uses and the other does not): no English readability score is given for Welsh text.
"""

from __future__ import annotations

import re
import string
from collections import Counter

from grantcheck.documents.blocks import Block, clip, line_of, printed
from grantcheck.documents.facts import Evidence, Jargon
from grantcheck.documents.vocab import Vocabulary, tokens

WELSH = frozenset(
    "y yr yn mae eich ein gyda neu ydych chi bod fel hyn sydd wedi ei eu ar gyfer "
    "cais grant ddim hefyd mewn rhaid gan pan oes fydd bydd nad sut beth pam".split()
)
ENGLISH = frozenset(
    "the and of to you your is for with that are be will we this on from or by "
    "our it as have can not what how".split()
)
# words both languages use ("Village hall grant"): no evidence of Welsh on their own, so not
# counted for it (a short English title was called Welsh: trial21 D19); Welsh text has others
SHARED = frozenset({"grant", "pan"})
WELSH_BYTES = tuple(w.encode() for w in WELSH - SHARED)
# the words language() counts as Welsh: a text with none of them is never told Welsh (no Welsh
# word has an apostrophe, so these four are counted beside the list)
WELSH_MARKERS = WELSH_BYTES + (b"sy'n", b"i'n", b"a'n", b"o'n")
SAMPLE = 60_000  # characters: language() reads a text's first SAMPLE, enough to tell
# The Welsh words no English text or made-up word list has by chance: three letters or more and
# not English words ("grant", "pan"). Short ones ("y", "yn", "ar", "ei") turn up in any jumble
# of letters, so a longer text is Welsh only when it uses a few of these (real evidence).
TELLING = tuple(w.encode() for w in sorted(WELSH - SHARED) if len(w) >= 3)
TELLING_NEEDED = 3  # distinct telling words, in a text of SHORT words or more
SHORT = 30  # a question or a heading ("Cyfeiriad y grŵp") has too few words to ask that of
ENGLISH_BYTES = tuple(w.encode() for w in ENGLISH)
_NONE_WELSH, _NONE_ENGLISH = (0,) * len(WELSH_MARKERS), (0,) * len(ENGLISH_BYTES)
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,5}s?\b")
DEFINED_AFTER = re.compile(r"\(\s*([A-Z][A-Z0-9&]{1,5})s?\s*\)")  # "Fund (VSIF)"
DEFINED_BEFORE = re.compile(
    r"\b([A-Z][A-Z0-9&]{1,5})s?\s*(?:\(|:|-|–|stands for|means)\s*[A-Z][a-z]"
)
# "PCN (primary care network)": spelt out after it in lower case, its words' initials the
# acronym's letters (small words aside: "CVS (council for voluntary service)")
SPELT_AFTER = re.compile(r"\b([A-Z][A-Z&]{1,5})s?\s*\(([a-z][a-z ’'-]{0,80})\)")
SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "a", "an"})
ROMAN = re.compile(r"^[IVXLC]+$")
# a UK postcode ("LE65 1BU", "SW1A 2AA"): its outward code is not an acronym
POSTCODE = re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b")
_WORD = re.compile(r"[A-Za-z’']+")
# _WORD's characters in lower-cased text, its apostrophes straight: every other byte a space
_LOWER_WORD_BYTES = bytes(c if chr(c) in string.ascii_lowercase + "'" else 32 for c in range(256))
_UPPER, _LOWER = string.ascii_uppercase.encode(), string.ascii_lowercase.encode()
# two capitals, or a capital and a digit or "&", side by side: a quick test before ACRONYM
CAPITALS = re.compile(r"[A-Z][A-Z0-9&]")
# three or more words in capitals in a row, with nothing but digits, spaces and punctuation
# other than a list's commas and slashes between them: a heading set in capitals ("PART 2 -
# THE SERVICE (to become Schedule 2)"), whatever follows it in lower case; "PDF, DOCX, JPEG
# or GIF" stays a list. (Its word and gap classes share no character, so each position is read
# one way: linear time.)
# common words that no acronym spells: one of them in a run of capitals makes it words
PLAIN_CAPITALS = frozenset(w.upper() for w in ENGLISH) | frozenset(
    "ONLY NOT ALL MUST NO ANY DO IF AT IN A AN AS UP BEFORE AFTER PLEASE".split()
)
# (a slash between digits is a year's, not a list's: "YOUTH GRANT 2026/27 - APPLICATION FORM")
CAPITAL_RUN = re.compile(r"\b[A-Z]+\b(?:(?:[^A-Za-z,/]|(?<=\d)/(?=\d))+[A-Z]+\b){2,}")
# a section's label opening its line, a number or letter and a dash or colon after it ("PART 3 -
# CHECKLIST", "SECTION B: YOUR GROUP"): the word is the label's, not an acronym
SECTION_LABEL = re.compile(
    r"^[^\S\n]*([A-Z]{4,})[^\S\n]+(?:\d{1,2}|[A-Z])(?:[^\S\n]+[-–]|[:.])", re.MULTILINE
)


def language(text: str) -> str:
    """'cy' for Welsh, 'en' for English, 'und' (not known) when neither is clear."""
    words = lower_words(text[:SAMPLE])  # a sample is enough
    counts = Counter(words)
    # (dict.get with a default: Counter's own lookup of a missing word is a Python call, and
    # most of these words are missing from any one sentence)
    welsh = sum(map(counts.get, WELSH_MARKERS, _NONE_WELSH))
    english = sum(map(counts.get, ENGLISH_BYTES, _NONE_ENGLISH))
    if welsh > english and welsh >= 0.05 * max(len(words), 1) and _telling(counts, len(words)):
        return "cy"
    return "en" if english >= 0.03 * max(len(words), 1) or not words else "und"


def lower_words(text: str) -> list[bytes]:
    """A text's words as language() counts them: runs of letters and apostrophes, lower case,
    the apostrophes straight."""
    if "\u0130" in text or "\u212a" in text:  # (lower() makes an ASCII letter of these)
        return [w.lower().replace("’", "'").encode() for w in _WORD.findall(text)]
    # _LOWER_WORD's words, split in C from the lowered text with all else a space (quick: a
    # guidance has thousands; a letter beyond ASCII is "?" and so a space)
    low = text.lower().replace("’", "'").encode("ascii", "replace")
    return low.translate(_LOWER_WORD_BYTES).split()


def _telling(counts: Counter[bytes], words: int) -> bool:
    """Whether Welsh function words are real evidence: a short text's few are, a longer text's
    must include TELLING_NEEDED distinct telling words."""
    return words < SHORT or sum(1 for w in TELLING if counts[w]) >= TELLING_NEEDED


def jargon(name: str, blocks: list[Block], vocab: Vocabulary) -> list[Jargon]:
    """Every use of a term from the jargon list (one pass of one pattern per block)."""
    found: list[Jargon] = []
    for block in blocks:
        if not printed(block) or vocab.jargon_firsts.isdisjoint(tokens(block.text)):
            continue
        for m in vocab.jargon_any.finditer(block.text):
            entry = vocab.jargon_by_form.get(" ".join(m.group(0).lower().replace("-", " ").split()))
            if entry is None:
                continue
            term, plain, source = entry
            if term.isupper() and not m.group(0).isupper() and m.group(0)[:-1] != term[:-1]:
                continue  # "KPIs" is jargon; "kpis" in a web address is not
            found.append(
                Jargon(
                    term,
                    plain,
                    source,
                    Evidence(
                        name,
                        block.where,
                        clip(block.text, at=m.span()),
                        line_of(block, block.text, m.start()),
                    ),
                )
            )
    return found


def acronyms(
    name: str, blocks: list[Block], vocab: Vocabulary
) -> tuple[dict[str, Evidence], set[str]]:
    """Acronyms used (with their first use) and those spelt out, in one document."""
    used: dict[str, Evidence] = {}
    defined: set[str] = set()
    for block in blocks:
        text = block.text
        capitals = CAPITALS.search(text) if text else None
        # an acronym (and one spelt out after it) starts at two capitals side by side, so none
        # starts before the first two: the searches start there (a search's \b still sees the
        # character before it), not at the start of a line that is mostly lower case
        if capitals is None:
            continue
        first = ACRONYM.search(text, capitals.start())
        if first is None or _shouting(text):
            continue
        defined.update(m.group(1) for m in DEFINED_AFTER.finditer(text))
        defined.update(m.group(1) for m in DEFINED_BEFORE.finditer(text, capitals.start()))
        defined.update(
            m.group(1)
            for m in SPELT_AFTER.finditer(text, capitals.start())
            if _initials(m.group(2)) == m.group(1).replace("&", "").lower()
        )
        postcodes: list[tuple[int, int]] | None = None  # found when an acronym has a digit
        headings = _heading_runs(text, capitals.start())
        for m in ACRONYM.finditer(text, first.start()):
            if any(a <= m.start() < b for a, b in headings):
                continue
            if any(c.isdigit() for c in m.group(0)):
                if postcodes is None:
                    postcodes = [p.span() for p in POSTCODE.finditer(text)]
                if any(a <= m.start() < b for a, b in postcodes):
                    continue
            word = m.group(0)
            word = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
            if (
                sum(c.isupper() for c in word) < 2
                or ROMAN.match(word)
                or word in vocab.allowed_acronyms
            ):
                continue
            if word not in used:  # its first use is the evidence
                line = line_of(block, text, m.start())
                used[word] = Evidence(name, block.where, clip(text, at=m.span()), line)
    return used, defined


def _heading_runs(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of words in capitals that are headings or emphasis, not acronyms: a run of three
    or more capital words, at least two of four letters or longer, that opens its line (after
    nothing in lower case, or a short label such as "Section B:") or has a common English word
    in it ("open for SEVEN DAYS ONLY", "OR BY POST TO"). Acronyms side by side in a sentence
    ("the NCVO SCVO WCVA network") stay acronyms."""
    spans = []
    line, lower, seen = 0, False, 0  # the line's start; lower case on it before `seen`
    for m in CAPITAL_RUN.finditer(text, start):
        words = _WORD.findall(m.group(0))
        if sum(len(w) >= 4 for w in words) < 2:
            continue
        # only the text since the last run is read again (linear over a long line)
        newline = text.rfind("\n", seen, m.start())
        if newline >= 0:
            line, lower, seen = newline + 1, False, newline + 1
        lower = lower or any(c.islower() for c in text[seen : m.start()])
        seen = m.start()
        label = m.start() - line <= 40 and _label(text[line : m.start()])
        if not lower or label or not PLAIN_CAPITALS.isdisjoint(words):
            spans.append(m.span())
    return spans + [m.span(1) for m in SECTION_LABEL.finditer(text, start)]


def _label(before: str) -> bool:
    """A short label before a heading on its line: three words at most ending in a colon or a
    dash ("Section B:", "Part 2 -")."""
    label = before.rstrip()
    return label.endswith((":", "-", "–")) and len(label.split()) <= 3


def _shouting(text: str) -> bool:
    """A heading in capitals ("WHO CAN APPLY", "AM Y GRONFA"): its words are not acronyms."""
    ascii_only = text.encode("ascii", "ignore")  # the letters counted are ASCII (A-Z, a-z)
    upper = len(ascii_only) - len(ascii_only.translate(None, _UPPER))
    lower = len(ascii_only) - len(ascii_only.translate(None, _LOWER))
    if lower == 0 and len(_WORD.findall(text)) >= 2:
        return True
    return upper + lower > 12 and upper > 0.7 * (upper + lower)


def _initials(words: str) -> str:
    """The first letters of a phrase's words, small words aside ("primary care network": pcn)."""
    return "".join(w[0] for w in words.replace("-", " ").split() if w not in SMALL_WORDS)
