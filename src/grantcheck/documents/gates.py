"""Quick tests that let most prose skip the requirement patterns, with no change of result.

A phrase pattern (``vocab.phrases``: whole words, any case) can match a text only if every
word of the phrase is among the text's words (``vocab.tokens``). The vocabulary's own gates
test one key word a phrase; this tests them all, so a sentence with "project" but no "plan"
is known not to name a project plan without searching it. Guidance is mostly prose whose
common words ("project", "work") are key words of some phrase: this is where its time went.

The test is exact only where a pattern's letters and the tokens agree. Ignoring case, a
pattern's "s", "i" and "k" also match the long s, the dotless i, the dotted capital I and the
Kelvin sign, which ``tokens`` reads differently; a text with one of the first three (or a
phrase with any, or with no word at all) falls back to the key-word test the vocabulary
gives, which is what was done before.
"""

from __future__ import annotations

from collections.abc import Iterable

from grantcheck.documents.keyed import COMMON, filed
from grantcheck.documents.vocab import (
    FOLDED,
    Vocabulary,
    firsts,
    interest_words,
    unsure,
)


class Phrases:
    """A phrase list as word sets, each filed under one of its words."""

    def __init__(self, words: Iterable[object], keys: frozenset[str]) -> None:
        """``keys``: the vocabulary's key words for the list (the fallback test)."""
        self.keys = keys
        self.loose = False  # some phrase cannot be tested by its words: only the keys decide
        by_key: dict[str, set[frozenset[str]]] = {}
        for word in words:
            low = str(word).strip().lower()  # as vocab.phrases reads it
            toks, key = filed(low)
            if not toks or not FOLDED.isdisjoint(low):
                self.loose = self.loose or bool(low)
                continue
            if key in COMMON:  # every word common: filed under its first
                key = toks[0]
            by_key.setdefault(key, set()).add(frozenset(toks))
        self.by_key = {key: tuple(sets) for key, sets in by_key.items()}
        self.firsts = frozenset(by_key)

    def could_match(self, text: str, toks: frozenset[str]) -> bool:
        """Whether any phrase could match ``text`` (whose tokens are ``toks``); False only when
        none can, and only when the key-word test would also have let it through or not."""
        if self.keys.isdisjoint(toks):
            return False  # the vocabulary's own test: no key word
        for key in self.firsts & toks:
            for words in self.by_key[key]:
                if words <= toks:
                    return True
        return self.loose or unsure(text)

    def may_match(self, text: str, toks: frozenset[str]) -> bool:
        """Whether any phrase could match ``text`` (whose tokens are ``toks``), exactly: False
        only when the pattern itself would find none (a text with a letter ``tokens`` reads
        otherwise is always let through, as is any text when a phrase has no word to test)."""
        if self.loose or unsure(text):
            return True
        return self.could_match(text, toks)


_BUILT: dict[int, tuple[Vocabulary, Phrases]] = {}
_LISTS: dict[tuple[int, str], tuple[Vocabulary, Phrases]] = {}


def interest(vocab: Vocabulary) -> Phrases:
    """The phrases a requirement could hang on, for one vocabulary (built once per vocabulary:
    ``load`` keeps a few)."""
    built = _BUILT.get(id(vocab))
    if built is None or built[0] is not vocab:
        if len(_BUILT) >= 8:
            _BUILT.clear()
        built = _BUILT[id(vocab)] = (vocab, Phrases(interest_words(vocab.raw), vocab.interest))
    return built[1]


def listed(vocab: Vocabulary, name: str) -> Phrases:
    """One phrase list of a vocabulary (``vocab.raw[name]``, as ``vocab.phrases`` compiles it)
    as word sets, built once per vocabulary: ``listed(vocab, "question_cues").may_match(text,
    tokens(text))`` is False only when ``vocab.question`` finds nothing in ``text``. A list
    a council extends in its own rule folder is gated with its new phrases (they are in
    ``raw``), so a gate never hides a phrase added there."""
    key = (id(vocab), name)
    built = _LISTS.get(key)
    if built is None or built[0] is not vocab:
        if len(_LISTS) >= 32:
            _LISTS.clear()
        words = vocab.raw.get(name) or []
        built = _LISTS[key] = (vocab, Phrases(words, firsts(words)))
    return built[1]
