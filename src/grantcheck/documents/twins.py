"""A table row saying one thing in two languages: its Welsh cell is its English cell's twin.

A bilingual form sets every sentence as a row, Welsh in one cell and English in the next
("Copi o'ch cyfansoddiad (pawb) | A copy of your constitution (everyone) | ☐"). A careful
reader counts what the row asks once, across its two languages (the rulebook), so the Welsh
cell is read as the English one's translation: what it asks, the row asks beside it in
English, and a condition in it is the English cell's own, not a note on another document.
English is kept because the vocabulary knows it best; a row whose cells are not one
sentence in each language (a Welsh-only form's "Dogfen | Pwy sy'n ei anfon") is read whole.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.language import language

# Welsh forms the function-word count misses in a short cell: "Copi o'ch cyfansoddiad neu'ch
# dogfen lywodraethol (pawb)", and the letters only Welsh writes (ŵ, ŷ)
WELSH_MARK = re.compile(
    r"(?:^|(?<=[\s(]))(?:[a-z]+['’](?:ch|r|n|i|w)|eich|pawb|gyda|ar\s+gyfer)(?=[\s),.;:]|$)|[ŵŷ]",
    re.IGNORECASE,
)
MIN_WORDS = 2  # a word alone ("Dogfen", "Document") is a column's heading, read as it is


def welsh(text: str) -> bool:
    """Whether a cell is written in Welsh."""
    return language(text) == "cy" or WELSH_MARK.search(text) is not None


def welsh_twins(row: list[Block]) -> list[Block]:
    """The row's Welsh cells that have an English twin beside them: the row holds one cell of
    each language (with words enough to tell), perhaps with a box to tick or fill besides."""
    texts = [b for b in row if b.kind == TEXT and len(b.text.split()) >= MIN_WORDS]
    if len(texts) != 2:
        return []
    first, second = texts
    for cy, en in ((first, second), (second, first)):
        if welsh(cy.text) and language(en.text) == "en" and not welsh(en.text):
            return [cy]
    return []
