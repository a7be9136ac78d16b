"""A line of a PDF's text as its fonts drew it: bullets drawn as a font's private glyphs and a
designer's ligatures as the letters they stand for; what ends a sentence on a PDF line and
what starts a list item, and whether a line goes on with the block before it. The text pages
(pdf_reader.py) and the form pages (pdf_placed.py) read their lines so.
"""

from __future__ import annotations

import re

from grantcheck.documents.text_lines import LIGATURES, WRAPS_PAST, wraps

# a PDF line ending a sentence ends the block (no blank lines); so does a required prompt's mark
PROSE_END = (".", ":", "?", "!", " *")
# a line opening a question of its own ("How will you ...?", "2. Do you ...?"), not the end of
# one wrapped from the line before
OPENS_QUESTION = re.compile(
    r"(?:\(?\w{1,3}[.)]\s+)?(?:what|how|why|who|whom|whose|when|where|which|is|are|do|does|"
    r"did|can|could|will|would|should|have|has|had|was|were|if|please)\b",
    re.IGNORECASE,
)
ITEM = re.compile(r"^(?:[-•*▪]|\(?[0-9]{1,2}[.)]|\(?[a-h]\))\s")  # a bulleted or numbered item
# bullets as fonts' private glyphs come out of extraction: DEL, Symbol's U+F0B7, and others
# and a designer's ligatures as single glyphs ("ﬁnancial", "certiﬁcate"): the letters they join
BULLETS = str.maketrans(
    {**dict.fromkeys("\x7f\uf0b7\uf0a7\uf076\u25cf\u25aa\u25e6\u2023", "•"), **LIGATURES}
)


def bullets(text: str) -> str:
    """``text`` with the fonts' bullet glyphs as "•" and ligatures as their letters. (A
    translation looks up every character: most lines are ASCII with no DEL, and have none to
    change.)"""
    return text if text.isascii() and "\x7f" not in text else text.translate(BULLETS)


WRAPPED = 0.85  # a line this share of the page's widest (in characters) or more may have wrapped
NARROW_WORDS = 3  # words: a short line this long, unfinished, is a sentence's start, not a label
# words no phrase ends with: a short line stopping at one goes on with the next
UNFINISHED = frozenset(
    "a an the and or but of to for from in into on at by with as than that which who how what"
    " when where why do does did is are was were will would can could should be your our their"
    " its this these those if".split()
)
BRACKET_TAIL = 200  # characters: the end of a block looked at for a bracket left open


def goes_on(previous: str, line: str, widest: int, block: str) -> bool:
    """Whether a text page's ``line`` goes on with the line before (``previous``, the last line
    of ``block``): a sentence wrapped at the page's margin, or one wrapped in a narrow column (a
    designer's sidebar, a cell read line by line) whose lines are all short: "Which part of
    your organisation do" then "you want to strengthen?", "a quality mark (for example Trusted
    Charity," then "Investing in Volunteers ...)". A short line goes on inside a bracket the
    block left open, or when the next starts in lower case, as no label, heading or item does,
    and the short one itself stops unfinished: at a comma, or at a word no phrase ends with
    ("do", "the", "from")."""
    if wraps(previous, line, PROSE_END):
        return not _item_ended(previous, line, widest)
    if len(previous) > WRAPS_PAST or previous.endswith((*PROSE_END, ";")):
        return False  # (most lines: a long one that ended, a finished one, a list's item)
    tail = block[-BRACKET_TAIL:]
    if tail.rfind("(") <= tail.rfind(")") and not (
        line[:1].islower()
        and len(words := previous.split()) >= NARROW_WORDS
        and (words[-1].lower() in UNFINISHED or previous.endswith(","))
    ):  # (lower case after a noun: "an equality policy" then "a health and safety policy",
        return False  # items of a list printed without bullets, under "What you need to send")
    return wraps(previous, line, PROSE_END, least=0)


def _item_ended(previous: str, line: str, widest: int) -> bool:
    """Whether a block ended at ``previous`` although it has no full stop: the next line starts
    a sentence (a capital) and the last line stopped well short of the page's width, so it did
    not wrap ("- Three quotes for the work" then "Insurance: you must ..."). A bulleted item or
    not: a documents table's rows printed without bullets ("... or other governing document"
    then "Your most recent annual accounts ...") are lines of their own as well. A line that
    ends a question it does not open ("... the council's Household" then "Support team and
    other partners?", wrapped in a narrow cell) is the question's end."""
    if line.endswith("?") and OPENS_QUESTION.match(line) is None:
        return False
    return line[:1].isupper() and len(previous) < WRAPPED * widest
