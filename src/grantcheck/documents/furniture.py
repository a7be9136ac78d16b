"""Page furniture in text exported from a PDF or a word processor: the running header and
footer printed on every page ("Village Halls Grant 2027  Page 2 of 4") and the form feed
between pages. They are not the document's words: left in, a footer lands in the middle of a
question that runs over a page ("... why it is needed now. Grant 2027 Page 2 of 4 (no more
than 300 words)") and its "Page 2" reads as a limit.

A page ends at a form feed, or (in a text with none) at a line that is a page number. A line
is furniture when it is a page number at a page's top or bottom, or when the same words (any
figures aside) open or close at least two pages and most of them.
"""

from __future__ import annotations

import re

from grantcheck.documents.lazy import lazy

# "Page 2 of 4", "Page 2", "- 2 -", "2 of 4", "Tudalen 2 o 4", alone or at the end of a line
# after a gap ("Grant notes 2027            Page 2 of 4")
PAGE_MARK = lazy(
    lambda: re.compile(
        r"(?:^|\S\s{2,}|^.{0,80}[-–|]\s*)(?:(?:page|tudalen|p\.)\s*\d{1,3}(?:\s*(?:of|o|"
        r"/)\s*\d{1,3})?"
        r"|\d{1,3}\s+(?:of|o)\s+\d{1,3}|[-–]\s*\d{1,3}\s*[-–])\s*$",
        re.IGNORECASE,
    )
)
EDGE = 4  # lines: a running header or footer is among a page's first or last four
FIGURES = re.compile(r"\d+")
# a list's item: its mark ("-", "•", "3.", "(c)") and, for a numbered one, its number
ITEM = re.compile(r"^\s*(?:([-•*▪–])|\(?(\d{1,2})[.)]|\(?([a-h])\))\s")
FOOT = 2  # lines: a page's own footer between a list's last item there and the page's end


def furniture(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` (as ``str.splitlines(keepends=True)`` gives them) that are a
    page's running header, footer or page number."""
    pages = _pages(lines)
    if len(pages) < 2:
        return set()
    found = page_furniture([[lines[i] for i in page] for page in pages])
    return {page[i] for page, marks in zip(pages, found, strict=True) for i in marks}


def page_furniture(pages: list[list[str]]) -> list[set[int]]:
    """Each page's running header and footer lines, by index in its ``pages`` list (a PDF's
    pages come apart already). Only the lines at each page's edges are looked at."""
    if len(pages) < 2:
        return [set() for _ in pages]
    edges: list[tuple[list[int], list[int]]] = []
    shapes: dict[tuple[int, int], str] = {}
    seen: dict[str, set[int]] = {}
    for n, page in enumerate(pages):
        top = _filled(page, range(len(page)))
        bottom = _filled(page, range(len(page) - 1, -1, -1))
        edges.append((top, bottom))
        for i in {*top, *bottom}:
            shape = shapes[n, i] = _shape(page[i])
            seen.setdefault(shape, set()).add(n)
    out: list[set[int]] = []
    for n, (top, bottom) in enumerate(edges):
        marks: set[int] = set()
        for run in (top, bottom):  # from the page's edge inwards, up to its first real line
            for i in run:
                if not _running(pages[n][i], shapes[n, i], len(seen[shapes[n, i]]), len(pages)):
                    break
                marks.add(i)
        out.append(marks)
    return out


def runs_on(pages: list[list[str]], marks: list[set[int]]) -> None:
    """Where a list runs on over a page break, the lines between its last item on a page and
    the page's end (a footer printed on that page alone: "Printed on recycled paper") join the
    page's furniture (``marks``): they do not end the list. The next page (past its running
    header) must open with the list's next item: the same bullet, or the next number."""
    for n in range(len(pages) - 1):
        nxt = pages[n + 1]
        first = next((i for i, t in enumerate(nxt) if t.strip() and i not in marks[n + 1]), -1)
        opens = ITEM.match(nxt[first]) if first >= 0 else None
        if opens is None:
            continue  # (most pages: the next page opens with no list item)
        body = [i for i, t in enumerate(pages[n]) if t.strip() and i not in marks[n]]
        tail = body[-FOOT - 1 :]
        items = [j for j, i in enumerate(tail) if _follows(ITEM.match(pages[n][i]), opens)]
        if not items or items[-1] == len(tail) - 1:
            continue
        after = tail[items[-1] + 1 :]  # (a wrapped item's words, lower case, are the item's)
        if all(pages[n][i].strip()[:1].isupper() and not ITEM.match(pages[n][i]) for i in after):
            marks[n].update(after)


def _follows(last: re.Match[str] | None, opens: re.Match[str]) -> bool:
    """Whether a page's item (``last``) and the next page's first (``opens``) are one list:
    the same bullet, or numbers or letters in order."""
    if last is None:
        return False
    if opens[1] or last[1]:
        return last[1] == opens[1]
    if opens[2] and last[2]:
        return int(opens[2]) == int(last[2]) + 1
    return bool(opens[3] and last[3]) and ord(opens[3]) == ord(last[3]) + 1


def _filled(page: list[str], order: range) -> list[int]:
    """The first ``EDGE`` lines with words, in ``order``."""
    out: list[int] = []
    for i in order:
        if page[i].strip():
            out.append(i)
            if len(out) == EDGE:
                break
    return out


def _running(line: str, shape: str, on: int, pages: int) -> bool:
    """Whether a line at a page's edge, whose words (figures aside: ``shape``) open or close
    ``on`` of the ``pages``, is furniture: a page number, or words on most pages that are more
    than one short word ("Response:" closing most pages of a form is the form's, not the
    printer's); a line with no words at all (a printed date and time) must be on every page,
    and a sentence ("Continue on a separate sheet if necessary." under the last box of both
    pages) on three or more."""
    tail = line.strip()
    # (quick: a page mark ends its line with a figure or a dash)
    if (tail[-1:].isdigit() or tail[-1:] in ("-", "–")) and PAGE_MARK.search(tail):
        return True
    letters = sum(c.isalpha() for c in shape)
    if letters == 0:
        return on == pages and any(c.isdigit() for c in line)
    least = 3 if shape.endswith((".", ":", "?")) else 2
    return on >= least and on * 2 >= pages and letters >= 3 and (" " in shape or len(shape) >= 12)


def _shape(line: str) -> str:
    """A line's words with its figures as one mark: "Page 2 of 4" and "Page 3 of 4" agree."""
    return FIGURES.sub("#", " ".join(line.split()).lower())


def _pages(lines: list[str]) -> list[list[int]]:
    """Each page's line indexes: pages end at a form feed, or, in a text with none, after a
    line that ends with a page number."""
    feeds = any(line.endswith("\f") for line in lines)
    if not feeds and not any("age" in line and PAGE_MARK.search(line.strip()) for line in lines):
        return []  # (most text: no pages to find)
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        pages[-1].append(i)
        if line.endswith("\f") if feeds else bool(PAGE_MARK.search(line.strip())):
            pages.append([])
    return [p for p in pages if any(lines[i].strip() for i in p)]
