"""A document in two languages in one file, paragraph by paragraph or sentence by sentence:
each in English, then in Welsh (the usual form of a Welsh council's forms and notes). An
applicant reads one language, so the document's words, reading time and English scores are
its English text's: read whole, the Welsh half was scored as English, doubled the reading time
and halved the jargon rate's denominator (trial21 D8). What it asks (questions, documents) is
read as before: a question asked in both languages is counted once elsewhere (twins.py, the
readers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from grantcheck.documents.blocks import Block, printed
from grantcheck.documents.language import SAMPLE, WELSH_MARKERS, language, lower_words
from grantcheck.documents.phrases import sentences
from grantcheck.words import count_words

SHARE = 0.25  # each language's least share of the words told: less, and the other is a quote
LEAST = 3  # words: a part with fewer tells no language ("Enw / Name")
BLOCKS = 4000  # blocks told: a document's start says whether it is in two languages
# "Describe your project / Disgrifiwch eich prosiect": one line in both, a slash between. Only
# from a run's first space: tried from every space of a long run it was quadratic (200,000
# spaces in one line passed the document's time budget)
SLASH = re.compile(r"(?<!\s)\s+/\s+")
WELSH_WORDS = frozenset(WELSH_MARKERS)


def english_half(blocks: Sequence[Block]) -> str | None:
    """The English text of a document in English and Welsh (each a quarter or more of the
    words whose language is told in its first BLOCKS blocks), one block a line as
    Extracted.text, its Welsh sentences left out; None for a document in one language, or one
    quoting a line or two of another."""
    start = blocks[:BLOCKS]
    if not _welsh_words(start):
        return None
    lines, english, welsh = _english(start)
    told = english + welsh
    if not told or min(english, welsh) < SHARE * told:
        return None
    return "\n".join(lines + _english(blocks[BLOCKS:])[0])


def _welsh_words(blocks: Sequence[Block]) -> int:
    """The words of the blocks' sentences told Welsh, told only in blocks with a Welsh word:
    language() tells Welsh only a text with one, and a sentence's words are its block's (a
    sentence, or a slash's half, ends where a word does). Most of an English document's time
    here went on telling the language of every sentence; now one pass over the text finds no
    Welsh word, or a few blocks with one (an "EU", a "Y/N" column) are told. A block longer than
    language()'s sample is told whatever it holds: the sample's last word may be cut to a Welsh
    one ("are" to "ar")."""
    texts = [block.text for block in blocks if printed(block)]
    if all(len(text) <= SAMPLE for text in texts) and _no_welsh_word("\n".join(texts)):
        return 0
    return _english([b for b in blocks if len(b.text) > SAMPLE or not _no_welsh_word(b.text)])[2]


def _no_welsh_word(text: str) -> bool:
    """Whether a text has none of the words language() counts as Welsh."""
    return WELSH_WORDS.isdisjoint(lower_words(text))


def _english(blocks: Sequence[Block]) -> tuple[list[str], int, int]:
    """Each text block's words less its Welsh sentences (blocks all Welsh left out), and the
    words told English and told Welsh."""
    english = welsh = 0
    lines: list[str] = []
    for block in blocks:
        if not printed(block):
            continue
        kept = []
        for part, said, words in _parts(block.text):
            if said == "cy":
                welsh += words
                continue
            english += words if said == "en" else 0
            kept.append(part)
        if kept:
            lines.append(" ".join(kept))
    return lines, english, welsh


def _parts(text: str) -> Iterator[tuple[str, str, int]]:
    """A block's sentences (and each half of one a slash divides), each with its language
    ("" when too short to tell) and its words."""
    for sentence in sentences(text):
        halves = SLASH.split(sentence) if "/" in sentence else [sentence]
        if len(halves) != 2 or min(count_words(h) for h in halves) < LEAST:
            halves = [sentence]
        for part in halves:
            words = count_words(part)
            yield part, (language(part) if words >= LEAST else ""), words
