"""The neutral structure every document format is read into: blocks with locations.

A reader (docx, pdf, html, text) turns a file into an ordered tuple of ``Block``s;
the measurer never sees the format again. A block is prose, a labelled field, or
an answer space (an empty table cell, ruled lines, a text field or textarea).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar, dataclass_transform

from grantcheck.safe_text import escaped

# What a block is. Prose is read for prompts and requirements; the others are
# places an applicant writes or ticks.
TEXT = "text"  # a paragraph, line, table cell with words, heading or list item
SPACE = "space"  # room for a free-text answer: empty cell, ruled lines, textarea
FIELD = "field"  # a single-value field: text box, date, number, tick box, choice
FILE = "file"  # an upload control
SIGNATURE = "signature"

_WORDS = re.compile(r"\S+")

# ordered, e.g. (("table", 2), ("row", 3), ("cell", 1))
Location = tuple[tuple[str, int | str], ...]


T = TypeVar("T")


@dataclass_transform(frozen_default=True)  # (type checkers see it frozen: nothing assigns to it)
def _block(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True, slots=True)`` but quick to make: a frozen dataclass's
    ``__init__`` sets each of a block's 16 fields through ``object.__setattr__`` (3 us a block,
    thousands of blocks a document). Equality and hashing stay by value."""
    return dataclass(slots=True, unsafe_hash=True)(cls)


@_block
class Block:
    """One unit of a document, in reading order."""

    kind: str
    text: str  # the words (for a field or space: its label, if known)
    where: Location
    max_chars: int | None = None  # a field's MaxLen / maxlength
    max_words: int | None = None  # a word count's limit (GOV.UK's data-maxwords)
    required: bool = False  # an upload the page marks required: every applicant sends it
    group: str = ""  # fields sharing a group (radio buttons, a tick-box group) count once
    heading: bool = False
    item: bool = False  # a list item the format marks (a Word "List Bullet" or numbered paragraph)
    link: bool = False  # words that are all a link's: a page to visit, never a document to send
    hint: bool = False  # a control's description (aria-describedby): read with it, never a prompt
    limit_said: str = ""  # a control's limit as the file writes it: 'MaxLen 1800 on field "q1"'
    # words a page marks as in another language than its own (lang="cy" on an English page): a
    # bilingual page's translation of what it says beside it, read once, in the page's language
    translation: bool = False
    # in a part of a form shown only after an earlier answer (a form builder's conditional
    # section, "data-show-if"): what it asks is asked of some applicants only
    shown_if: bool = False
    # a plain-text line opening with its one tick box ("[ ] Your latest accounts. These must be
    # signed ..."): a tick list's item however many sentences its note runs to
    boxed: bool = False
    # the Word text box a block is read from (docx_boxes: a sidebar), 0 outside any: a list the
    # box opens ends with the box, as a part's ends with the part
    drawn: int = 0
    # a PDF field whose label is its name ("org": no tooltip): the words before it on the page
    # are what an applicant reads, and what its evidence quotes (trial22 T5)
    named: bool = False
    # a text PDF's label with a line drawn after or under it to write on (pdf_drawn_lines): a
    # field's label to the questions' reader, unless it names a document (a documents list with
    # a rule to write the date sent on); the requirements' reader reads its words as any line's
    ruled: bool = False
    # a paragraph joined from several lines of a text or Markdown file: where each line after
    # its first starts in ``text``, with its number (line_of: evidence at the words' line)
    breaks: tuple[tuple[int, int], ...] = field(default=(), compare=False)


@dataclass(slots=True)
class Extracted:
    """What a reader found: blocks, pages (when the file says) and the plain text."""

    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    drafted: str = ""  # a Word file's review marks left in: "3 tracked changes and 1 comment"

    def text(self) -> str:
        """Every printed block's words, one block a line, for reading measures."""
        return "\n".join(b.text for b in self.blocks if printed(b))


def printed(block: Block) -> bool:
    """Whether a block's words are printed in the document for reading measures and jargon:
    text, and the label a line typed as "Label: ______" gives its field (in a text, Markdown
    or PDF form the label is nowhere else: left out, a form of such labels was 8 words and
    its jargon never seen, trial21 D45). Never a fillable field's tooltip or an HTML field's
    label copied from the label element beside it (located at an element, not a line)."""
    return block.kind == TEXT or (
        block.kind == FIELD and bool(block.text) and any(k == "line" for k, _ in block.where)
    )


def where_dict(where: Location) -> dict[str, int | str]:
    """A location as the JSON object the spec shows."""
    return dict(where)


def line_of(block: Block, words: str, at: int | None) -> int:
    """The line holding ``words[at]`` when ``block`` joins several lines of a text or Markdown
    file (``words``: its text, or a part of it), else 0 (its own place's line): evidence is
    placed at the line of the words matched, not the paragraph's first (trial23 T13)."""
    if at is None or not block.breaks:
        return 0
    base = 0 if words == block.text else block.text.find(words)
    if base < 0:
        return 0
    i = bisect_right([offset for offset, _ in block.breaks], base + at)
    return block.breaks[i - 1][1] if i else 0


def where_text(where: Location) -> str:
    """A location for people: 'table 2, row 3, cell 1'."""
    return ", ".join(f"{key} {value}" for key, value in where)


def each_says(said: Sequence[tuple[str, str, Location]]) -> str:
    """What each document says where documents measured together disagree ('form.md states
    20% (line 3); notes.md states 30% (line 3)'): the award's, the accounts' and the match
    funding's disagreements are named alike, each (document, words, place) in the order given."""
    from grantcheck.safe_text import visible

    return "; ".join(f"{visible(doc)} {words} ({where_text(place)})" for doc, words, place in said)


def _shown(word: str) -> str:
    """A word as shown: control characters (terminal escapes) are written out, never sent."""
    if word.isprintable():
        return word
    return "".join(c if c.isprintable() else escaped(c) for c in word)


def clip(text: str, limit: int = 120, at: tuple[int, int] | None = None) -> str:
    """Words matched, on one line and at most ``limit`` characters: a window of whole words
    around ``text[at[0]:at[1]]`` (the figure or term matched), else from the start, with an
    ellipsis at each end that was cut, so the words that made the match are always shown."""
    words, flat = _split(text)
    if len(flat) <= limit:
        return flat  # (most evidence: short, no window to find)
    if at is None and limit > 2:  # from the start: the whole words that fit with the "…"
        # (what ``_window`` makes of the first word: it grows only after it, word by word,
        # while a word fits; the first word alone too long is cut, as there)
        end = flat.rfind(" ", 0, limit - 1)
        return (flat[:end] if end > 0 else flat[: limit - 2]) + "…"
    if at is None:
        first = last = 0
    else:  # the words the match touches (a match in a space: the word after it)
        starts, ends = _spans(text)
        lo = bisect_right(ends, at[0])  # the first word ending after the match starts
        hi = bisect_left(starts, max(at[1], at[0] + 1)) - 1  # the last starting inside it
        after = min(bisect_left(starts, at[0]), len(starts) - 1)
        first, last = (lo, hi) if lo <= hi else (after, after)
    return _window(words, first, last, limit)


# Both kept for the last two texts: one long paragraph quoted at every acronym or term in it
# would otherwise be split again at each (quadratic in its length, with no budget counting
# after reading). Two, not more: quotes are taken block by block, and what is kept outlives
# its document (eight paragraphs of five million characters would hold gigabytes).
@lru_cache(maxsize=2)
def _split(text: str) -> tuple[list[str], str]:
    """A text's words as shown, and the same joined by single spaces."""
    words = text.split()  # (the words _WORDS finds: both split at Unicode white space)
    flat = " ".join(words)
    if not flat.isprintable():
        words = [_shown(w) for w in words]
        flat = " ".join(words)
    return words, flat


@lru_cache(maxsize=2)
def _spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each word of a text starts and ends, sorted, so a match's words are found by
    bisection. Only a text too long to quote whole needs them: most evidence never asks."""
    spans = [m.span() for m in _WORDS.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _window(words: Sequence[str], first: int, last: int, limit: int) -> str:
    """Words ``first`` to ``last`` and as many words on either side as fit in ``limit``."""
    size = sum(len(w) for w in words[first : last + 1]) + last - first
    cut = 2  # room for an ellipsis at each end
    if size + cut > limit:  # the match alone is too long: its start, cut within a word
        return "".join(("…" if first else "", " ".join(words[first : last + 1])[: limit - 2], "…"))
    lo, hi = first, last
    grew = True
    while grew:
        grew = False
        for side in ("before", "after"):  # one word each side in turn: the match stays central
            i = lo - 1 if side == "before" else hi + 1
            if 0 <= i < len(words) and size + len(words[i]) + 1 + cut <= limit:
                size += len(words[i]) + 1
                lo, hi = (i, hi) if side == "before" else (lo, i)
                grew = True
    return ("…" if lo else "") + " ".join(words[lo : hi + 1]) + ("…" if hi < len(words) - 1 else "")


def cut_trailing(text: str, opening: str, closing: str) -> str:
    """``text`` without the bracketed aside that ends it ("✖ (not yet)", "### B1 Aims {#B1}")
    and the white space around that, else ``text`` itself. Found from the end in Python: a
    regular expression searching for white space before the bracket tries every space of a
    run, quadratic in a long one, inside one call that no document's time budget can stop."""
    bare = text.rstrip()
    start = bare.rfind(opening) if bare.endswith(closing) else -1
    inner = bare[start + len(opening) : len(bare) - len(closing)]
    if start < 0 or opening[0] in inner or closing in inner:
        return text
    return bare[:start].rstrip()
