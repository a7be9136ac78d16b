"""A list written inside one paragraph or cell: its lines, each starting with a mark.

A Word paragraph with manual line breaks, a table cell or a pasted e-mail can hold a whole
list: "Please send these with your form:" then "☐ Your constitution", "☐ A bank statement",
each on a line of its own. A reader sees the mark at the start of each line (a bullet, a
tick box, a number) and reads the lines as a heading and its items; a line with no mark
carries on the item above it ("• your governing document, signed" / "and dated").
"""

from __future__ import annotations

import re

# what starts a list's item on a line of its own: a bullet or a tick box (a space after it
# or not), a number or a letter in brackets ("1.", "(b)", "c)") with a space after it
MARK = re.compile(
    r"[ \t]*(?:[-*+][ \t]+|[•▪◦‣·☐□■❑▢◻][ \t]*|\[[ xX]?\][ \t]*|\(?(?:\d{1,2}|[a-z])[.)][ \t]+)"
)


def stacked(text: str) -> tuple[str, list[str]] | None:
    """The words before a list's first marked line and its items, when ``text`` holds two or
    more lines that each start with a mark; None otherwise. An item's wrapped lines (no mark)
    are joined to it with a space."""
    head: list[str] = []
    items: list[list[str]] = []
    for line in text.split("\n"):
        m = MARK.match(line)
        words = (line[m.end() :] if m else line).strip()
        if m is not None:
            items.append([words] if words else [])
        elif items:
            if words:
                items[-1].append(words)
        elif words:
            head.append(words)
    listed = [" ".join(item) for item in items if item]
    if len(listed) < 2:
        return None
    return " ".join(head), listed
