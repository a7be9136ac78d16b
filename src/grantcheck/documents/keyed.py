"""Phrase lists as patterns: whole words, any case, built from the phrases a text could match.

A vocabulary list runs to hundreds of phrases; compiling it whole costs, in every run, about
as much as pypdf takes to extract a few pages. But a phrase can match a text only where the
text's words (``tokens``) hold the phrase's words, so each phrase is filed under one of its
words (its key), and a text is searched with a pattern of only the phrases whose keys it
holds (a key counting only where the text holds all the words of one of its phrases). A
pattern over more phrases than a text could match answers exactly as the whole list's pattern
would (a phrase that cannot match anywhere changes no match), so one pattern grows to cover
the keys the document has shown, and becomes the whole list's after a few growths. A text
holding no key is answered at once. Nothing is ever written to disk. The patterns themselves
are built by phrase_pattern.py.
"""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, cast

from grantcheck.documents.phrase_pattern import (
    TRIE_LONGEST,
    build_pattern,
    unique_phrases,
    whole_pattern,
)

TOKEN = re.compile(r"[a-z0-9]+")
ALNUM = string.ascii_letters + string.digits  # what TOKEN reads in ASCII text, either case
COMMON = frozenset(
    "a an and the of to for from in on or by with your you we our us will must can "
    "project work support group groups information plan please need send copy "
    "have has be are is it its this that".split()
)
# read by tokens() otherwise than a case-blind pattern reads them: the dotted capital I
# lower-cases to "i" and a combining dot, the long s and dotless i stay as they are, and the
# Kelvin sign becomes "k"
FOLDED = frozenset("\u017f\u0131\u0130\u0307\u212a")
UNSURE = re.compile("[\u017f\u0131\u0130]")


def unsure(text: str) -> bool:
    """Whether ``text`` has a letter a case-blind pattern reads otherwise than ``tokens`` does
    (UNSURE): such a text is searched with a whole pattern, never a quick test."""
    return not text.isascii() and UNSURE.search(text) is not None


GROWTHS = 6  # a pattern grown this often (or to a third of the keys) becomes the whole list's
END = sys.maxsize


# ASCII text's bytes with every letter lower-cased, figures kept and all else a space: its
# words split apart are TOKEN's matches in its lower case (``tokens``)
ASCII_WORDS = bytes(ord(chr(c).lower()) if chr(c) in ALNUM else 32 for c in range(256))


def _tokens(text: str) -> frozenset[str]:
    """The lower-case words of a text. ASCII text, most of it, is split by a byte table: half
    the time of the pattern."""
    if text.isascii():
        return frozenset(text.encode().translate(ASCII_WORDS).decode().split())
    return frozenset(TOKEN.findall(text.lower()))


# (cached: the measurer asks about a block several times)
tokens = lru_cache(maxsize=4096)(_tokens)


def head_words(text: str, endpos: int = END) -> frozenset[str]:
    """The words of ``text[:endpos]``, what a search ending there can match ("grant" in
    "grants"[:5] is a whole word there): the text's own (``tokens``) when it ends there. A
    prompt's first 40 characters are searched for a cue (``Prompts._instructs``): the words
    of the whole prompt (up to 600 characters gathered), copied to add the word cut at 40, cost
    more than those of its head, and named lists that could not match there."""
    if endpos >= len(text) or endpos <= 0:
        return tokens(text)
    return _tokens(text[:endpos])


def words_before(text: str, endpos: int = END) -> frozenset[str]:
    """The words of ``text[:endpos]`` a phrase could need: the text's words (``tokens``), and
    where ``endpos`` cuts a word, the part before the cut ("grant" in "grants"[:5] is a
    whole word there)."""
    toks = tokens(text)
    if endpos >= len(text) or endpos <= 0:
        return toks
    if text.isascii():  # (quick: an ASCII letter or figure is a token's, and nothing else is)
        if not text[endpos].isalnum():
            return toks
        head = text[:endpos]
        part = head[len(head.rstrip(ALNUM)) :].lower()
        return toks if not part or part in toks else toks | {part}
    if not TOKEN.match(text[endpos].lower()):
        return toks
    start = endpos
    while start > 0 and TOKEN.match(text[start - 1].lower()):
        start -= 1
    return toks.union(TOKEN.findall(text[start:endpos].lower()))


def key(toks: list[str]) -> str:
    """The word a phrase is filed under: its longest uncommon word (the rarest, in practice),
    or its longest word ("a copy of": "copy")."""
    return max((t for t in toks if t not in COMMON), key=len, default=max(toks, key=len))


@lru_cache(maxsize=8192)
def filed(low: str) -> tuple[tuple[str, ...], str]:
    """A lower-case phrase's words and the word it is filed under (``key``; "" for a phrase with
    no word). Cached: one phrase is filed for its list's gate, its pattern and the interest
    gate, in every run."""
    toks = TOKEN.findall(low)
    return tuple(toks), key(toks) if toks else ""


def phrases(words: list[str]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` as whole words, longest first: a ``Keyed``
    pattern, built when it is first used, from the phrases a text could match."""
    return cast("re.Pattern[str]", Keyed(list(words)))


class Keyed:
    """A phrase list's pattern, searched with only the phrases a text could match.

    Exact only where the pattern's letters and the tokens agree: a phrase with no word, or
    with a letter that folds otherwise (FOLDED), is in every pattern built, and a text with
    one of the letters in UNSURE is searched with the whole list's pattern."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.buckets: dict[str, list[str]] | None = None  # filed on the first question
        self.loose: list[str] = []
        self.plain = False
        self.keys: frozenset[str] = frozenset()
        self.sets: dict[str, tuple[frozenset[str], ...]] = {}  # each key's phrases' words
        self.covered: frozenset[str] = frozenset()  # the keys ``built`` holds
        self.built: re.Pattern[str] | None = None
        self.grown = 0
        self._compiled: re.Pattern[str] | None = None  # the whole list's

    def _file(self) -> dict[str, list[str]]:
        unique = unique_phrases(self.words)
        self.plain = any(len(w) > TRIE_LONGEST for w in unique)
        buckets: dict[str, list[str]] = {}
        for low in sorted(unique):
            toks, word = filed(low)
            if not toks or not FOLDED.isdisjoint(low):
                self.loose.append(low)
            else:
                buckets.setdefault(word, []).append(low)
        self.buckets = buckets
        self.keys = frozenset(buckets)
        self.sets = {
            k: tuple(sorted({frozenset(filed(p)[0]) for p in ps}, key=len))
            for k, ps in buckets.items()
        }
        return buckets

    def whole(self) -> re.Pattern[str]:
        """The whole list's pattern."""
        if self._compiled is None:
            self._compiled = whole_pattern(self.words)
        return self._compiled

    def _for(self, text: str, endpos: int) -> re.Pattern[str] | None:
        """A pattern answering for ``text[:endpos]`` as the whole list's would, or None: no
        match."""
        buckets = self.buckets if self.buckets is not None else self._file()
        if unsure(text):
            return self.whole()
        words = head_words(text, endpos)
        present = self.keys.intersection(words)
        if present:  # a key counts only with all the words of one of its phrases: a text with
            # "project" and no "plan" cannot match "project plan" (most prose is such)
            present = frozenset(k for k in present if any(w <= words for w in self.sets[k]))
        if not present and not self.loose:
            return None
        if self.built is not None and present <= self.covered:
            return self.built
        covered = self.covered | present
        self.grown += 1
        if self._compiled is not None or self.grown > GROWTHS or 3 * len(covered) > len(buckets):
            self.covered, self.built = self.keys, self.whole()
        else:
            chosen = [*self.loose, *(p for k in covered for p in buckets[k])]
            self.covered, self.built = covered, build_pattern(chosen, self.plain)
        return self.built

    def search(self, string: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        pattern = self._for(string, endpos)
        return None if pattern is None else pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        pattern = self._for(string, endpos)
        return None if pattern is None else pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        pattern = self._for(string, endpos)
        return None if pattern is None else pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = END) -> Iterator[re.Match[str]]:
        pattern = self._for(string, endpos)
        return iter(()) if pattern is None else pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = END) -> list[Any]:
        pattern = self._for(string, endpos)
        return [] if pattern is None else pattern.findall(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:  # sub, split, pattern, ...: the whole list's
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.whole(), name)


class Family(tuple[tuple[str, Keyed], ...]):
    """Named phrase lists asked about together (the attachment kinds, the policies): a tuple of
    (name, pattern) as before, that also tells which of its lists could match a text at all.

    A list whose key words (``Keyed``) are not among a text's words (``head_words``) finds
    nothing in it, so a caller that searches every list searches only those ``could`` gives:
    one set intersection for the family, where each list's own test took a call of its own
    (some forty for the kinds, in every sentence that names a document)."""

    by_key: dict[str, tuple[int, ...]] | None = None  # a key word -> the lists filed under it
    keys: frozenset[str] = frozenset()
    always: frozenset[int] = frozenset()  # lists with a phrase no word can test: always asked

    def could(self, text: str, endpos: int = END) -> tuple[tuple[str, Keyed], ...]:
        """The lists (in order) whose patterns could match ``text[:endpos]``; each of the others
        would find nothing there (``Keyed._for`` gives it no pattern)."""
        index = self.by_key if self.by_key is not None else self._index()
        if unsure(text):
            return self  # (each list searches with its whole pattern)
        present = self.keys.intersection(head_words(text, endpos))
        if not present and not self.always:
            return ()
        chosen = set(self.always).union(*(index[k] for k in present))
        return tuple(self[i] for i in sorted(chosen))

    def names(self, text: str) -> bool:
        """Whether any of the lists finds a phrase in ``text`` ("a copy of your constitution"
        names a document of a kind)."""
        return any(pattern.search(text) for _, pattern in self.could(text))

    def _index(self) -> dict[str, tuple[int, ...]]:
        index: dict[str, list[int]] = {}
        always: set[int] = set()
        for i, (_, pattern) in enumerate(self):
            if pattern.buckets is None:
                pattern._file()
            if pattern.loose:
                always.add(i)
            for k in pattern.keys:
                index.setdefault(k, []).append(i)
        self.keys, self.always = frozenset(index), frozenset(always)
        self.by_key = {k: tuple(v) for k, v in index.items()}
        return self.by_key


def family(named: Iterable[tuple[str, list[str]]]) -> Family:
    """Named phrase lists, each as ``phrases`` compiles it, asked about together."""
    return Family((name, Keyed(list(words))) for name, words in named)
