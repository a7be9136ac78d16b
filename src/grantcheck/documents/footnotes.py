"""Footnotes on a text PDF's page: a prompt ends with a raised mark ("... spend the grant
on.¹") and the note at the page's foot gives what the mark refers to ("1" raised on its own
line, then "Up to 250 words."). A form printed from a word processor often puts a question's
limit there. Read as lines, the note is a stray sentence at the bottom of the page, and the
question has no limit; here the note is read at its mark, as Word's own footnotes are.
"""

from __future__ import annotations

import re

from grantcheck.documents.lazy import lazy

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"
MARK = lazy(lambda: re.compile(f"[{SUPERSCRIPTS}]"))
NOTE_LINES = 3  # lines a note may run to
# a note's number and its words on one line ("1 Up to 250 words."), at the page's foot
NUMBERED = lazy(lambda: re.compile(r"^([1-9])\s+(\S.*)$"))
FOOT = 8  # lines from the page's end where notes given on one line with their number are


def page_notes(lines: list[str], running: set[int]) -> tuple[dict[int, str], set[int]]:
    """The notes of a page's marks, by the index of the line the mark is on, and the indexes
    of the notes' own lines (they are read at their marks, not where they stand)."""
    marked: dict[str, int] = {}
    for i, line in enumerate(lines):
        if not line.isascii():
            for m in MARK.finditer(line):
                marked.setdefault(str(SUPERSCRIPTS.index(m[0]) + 1), i)
    if not marked:
        return {}, set()
    notes: dict[int, str] = {}
    skip: set[int] = set()
    for i, line in enumerate(lines):
        bare = line.strip()
        alone = bare in marked and marked[bare] < i
        one_line = NUMBERED.match(bare) if i >= len(lines) - FOOT else None
        if one_line and (one_line[1] not in marked or marked[one_line[1]] >= i):
            one_line = None
        if not alone and one_line is None:
            continue
        words, taken = ([one_line[2]], [i]) if one_line else ([], [i])
        j = i + 1
        while not one_line and j < len(lines) and len(words) < NOTE_LINES:
            text = lines[j].strip()
            if not text or j in running or text in marked or NUMBERED.match(text):
                break
            words.append(text)
            taken.append(j)
            j += 1
        if words:
            key = one_line[1] if one_line else bare
            notes[marked[key]] = " ".join(words)
            skip.update(taken)
    return notes, skip


def unmarked(line: str) -> str:
    """A line without its raised marks (the note is read in their place)."""
    return MARK.sub("", line)
