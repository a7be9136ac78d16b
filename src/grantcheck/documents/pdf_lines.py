"""A line of a PDF's text as its fonts drew it: bullets drawn as a font's private glyphs and a
designer's ligatures as the letters they stand for; what ends a sentence on a PDF line and
what starts a list item. The text pages (pdf_reader.py) and the form pages (pdf_placed.py)
read their lines so.
"""

from __future__ import annotations

import re

from grantcheck.documents.text_lines import LIGATURES

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
