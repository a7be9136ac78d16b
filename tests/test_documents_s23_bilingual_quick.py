"""Telling a document in English and Welsh quickly (session 23): english_half skips telling the
language of every sentence when no block has a Welsh word, and language() counts its words
without Counter's slow lookups. Both must give what the plain way gave: the plain way is kept
here as the oracle, and random mixes of English, Welsh and awkward characters must agree."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

import strategies
from grantcheck.documents import bilingual
from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block
from grantcheck.documents.language import (
    ENGLISH_BYTES,
    SAMPLE,
    WELSH_MARKERS,
    _telling,
    language,
    lower_words,
)

# words of both languages, Welsh words that English uses ("EU", "Y/N", "Beth"), and characters
# at a word's edge: İ and K (whose lower case is ASCII), curly apostrophes, bullets, slashes
PIECES = (
    "the and you your grant for with Please send accounts Describe project "
    "y yr yn mae eich chi ar gyfer rhaid sydd bydd cais gyda Darllenwch cymunedol "
    "EU Y/N Beth Pam sy'n sy’n i'n İstanbul \u212aelvin ar-lein are year • ▪ / "
    "chi. (eich yr, Mae’r ‘bod’ •mae İyn"
).split(" ") + [" / ", "\n", ". ", "? ", "  ", "\t", "(", ")", "Yr", "Mae'r"]

# short sentences, their pieces sometimes run together: a block's one Welsh word is often at
# an edge ("chi.", "(eich", "İyn"), where a quick test that split words differently would miss it
SENTENCES = st.tuples(
    st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from([" ", " ", ""])
).map(lambda drawn: drawn[1].join(drawn[0]))
BLOCKS = st.lists(
    st.builds(
        Block,
        kind=st.sampled_from([TEXT, TEXT, TEXT, FIELD, SPACE]),
        text=SENTENCES,
        where=st.sampled_from([(("line", 1),), (("element", 2),)]),
    ),
    max_size=12,
)


def _plain_language(text: str) -> str:
    """language() as it was before session 23: Counter's own lookups."""
    words = lower_words(text[:SAMPLE])
    counts = Counter(words)
    welsh = sum(counts[w] for w in WELSH_MARKERS)
    english = sum(counts[w] for w in ENGLISH_BYTES)
    if welsh > english and welsh >= 0.05 * max(len(words), 1) and _telling(counts, len(words)):
        return "cy"
    return "en" if english >= 0.03 * max(len(words), 1) or not words else "und"


def _plain_english_half(blocks: list[Block]) -> str | None:
    """english_half as it was before session 23: every sentence of the start told."""
    _, english, welsh = bilingual._english(blocks[: bilingual.BLOCKS])
    told = english + welsh
    if not told or min(english, welsh) < bilingual.SHARE * told:
        return None
    return "\n".join(bilingual._english(blocks)[0])


@given(SENTENCES)
@strategies.settings(max_examples=strategies.examples(400))
def test_language_tells_as_the_plain_count(text: str) -> None:
    assert language(text) == _plain_language(text)


@given(BLOCKS)
@strategies.settings(max_examples=strategies.examples(400))
def test_english_half_is_the_plain_way(blocks: list[Block]) -> None:
    assert bilingual.english_half(blocks) == _plain_english_half(blocks)


def test_a_welsh_word_in_one_block_is_told() -> None:
    """The near miss the quick way must not lose: one block of Welsh among English ones."""
    english = Block(TEXT, "Please send your accounts with the form.", (("line", 1),))
    welsh = Block(TEXT, "Rhaid i chi anfon eich cyfrifon gyda'r ffurflen.", (("line", 2),))
    assert bilingual.english_half([english, welsh]) == english.text
    assert bilingual.english_half([english, english]) is None
    # its Welsh words only where punctuation meets them: words are told as language() tells them
    edges = Block(TEXT, "(eich cyfrifon) chi.", (("line", 3),))
    assert bilingual.english_half([english, edges]) == english.text


def test_a_block_longer_than_the_sample_is_told_the_long_way() -> None:
    """language() reads a long text's first SAMPLE characters, whose last word may be cut to a
    Welsh one: "arian" cut to "ar" makes the sample Welsh though the block has no Welsh word.
    Such a block is never passed over for having none."""
    cut = Block(TEXT, "x" * (SAMPLE - 6) + " zz arian", (("line", 1),))  # sample ends " ar"
    assert language(cut.text) == "cy" and bilingual._no_welsh_word(cut.text)
    english = Block(TEXT, "Please send the accounts", (("line", 2),))
    assert bilingual.english_half([cut, english]) == _plain_english_half([cut, english])
    assert bilingual.english_half([cut, english]) == english.text
