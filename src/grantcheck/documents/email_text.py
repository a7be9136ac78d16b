"""A form sent as a plain-text email, and the room a plain-text form leaves to write in.

An email's quoted original message ("-----Original Message-----", "On 2 May, Sam wrote:") is
what was replied to, not what the form asks: the reading stops there. A forward ("Subject: FW:
..."), though, sends the original on as the document itself: the reading goes on into it, and
stops where its quoting ends (what follows is the sender's footer or disclaimer). The quoting
marks ("> " at the start of each line) are not the document's words.

A plain-text form typed to be answered in place leaves room under a question as blank lines:
a run of blank lines taller than the document's usual gap between paragraphs (two lines more)
under a line of words is an answer space, as ruled lines are.
"""

from __future__ import annotations

import re
from collections import Counter

from grantcheck.documents.lazy import lazy

# an email's quoted original message: what was replied to (or, in a forward, sent on)
QUOTED = lazy(
    lambda: re.compile(r"-{2,}\s*original message\s*-{2,}$|on\s.{4,100}\swrote:$", re.IGNORECASE)
)
FORWARD = lazy(lambda: re.compile(r"subject:\s*fwd?\s*:", re.IGNORECASE))
# one level of quoting or more: "> text", ">", "> > text" (never an answer marker, ">>>")
QUOTING = lazy(lambda: re.compile(r"^(?:>(?= |$) ?)+"))
QUOTES_NEEDED = 3  # lines quoted: fewer, and a ">" is the document's own
TALLER = 2  # blank lines more than the usual gap: room left to write


def unquoted(lines: list[str]) -> list[str]:
    """``lines`` with an email's quoting marks taken off (unchanged when fewer than
    ``QUOTES_NEEDED`` lines are quoted)."""
    if sum(line[:1] == ">" and QUOTING.match(line) is not None for line in lines) < QUOTES_NEEDED:
        return lines
    return [QUOTING.sub("", line) if line[:1] == ">" else line for line in lines]


def stop_at(lines: list[str]) -> int | None:
    """The line (1-based) where an email's own words end: its quoted original message when it
    replies, or the end of a forwarded message's quoting ("> ..."); None when it reads to the
    end. A forward's original is the document, read on."""
    forward = False
    for number, line in enumerate(lines, start=1):
        bare = line.strip()
        if bare[:8].lower() == "subject:":
            forward = FORWARD.match(bare) is not None
        elif bare[:2] in ("--", "On", "on") and QUOTED.match(bare):
            return _quoting_ends(lines, number) if forward else number
    return None


def _quoting_ends(lines: list[str], start: int) -> int | None:
    """The line (1-based) of the first words after the quoted block that follows line
    ``start`` (1-based; the forward's marker), or None when nothing follows it unquoted."""
    quoted = False
    for index in range(start, len(lines)):
        line = lines[index]
        if line[:1] == ">":
            quoted = True
        elif quoted and line.strip():
            return index + 1
    return None


def room_to_write(lines: list[str]) -> set[int]:
    """The lines (1-based) where a run of blank lines taller than the usual gap between
    paragraphs starts, under a line of words: room left to write an answer."""
    runs: list[tuple[int, int]] = []  # (first blank line, how many)
    count, first, words = 0, 0, False
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if count and words:
                runs.append((first, count))
            count, words = 0, True
        else:
            first = number if count == 0 else first
            count += 1
    if not runs:
        return set()
    usual = Counter(n for _, n in runs).most_common(1)[0][0]
    return {start for start, n in runs if n >= usual + TALLER}
