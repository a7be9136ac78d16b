"""Markdown and plain text: one block a line, located by line number.

A line of underscores or dots (ruled lines for handwriting) is an answer space; a
Markdown table row is split into its cells, and an empty cell is an answer space. A
cell is located by line, then table, row and cell, as in a Word form. Pipe tables
have a row a line; grid tables (``+----+----+`` borders) a row between borders, so a
cell written over several lines is one cell, and the borders are not words (text_tables.py).
A two-column form as pdftotext -layout prints it is read row by row (layout_text.py), a
screen reader's text version control by control (announced.py) and a grant system's printed
preview item by item (preview.py). A line read on its own (wrapped, ruled, ticked, labelled
blanks) is text_lines.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.browser_files import file_inputs
from grantcheck.documents.budget import Budget
from grantcheck.documents.cells import blank_notes
from grantcheck.documents.lazy import lazy
from grantcheck.documents.placeholders import box, cards
from grantcheck.documents.preview import preview
from grantcheck.documents.text_lines import (
    BOXES,
    LIGATURES,
    LIST,
    RULED,
    RUN_ON,
    Capitals,
    line_blocks,
    tick_group,
    wraps,
)
from grantcheck.documents.text_prepared import prepared

DIVIDER = set("|-: \t")
# (the patterns a PDF's lines rarely need are compiled on their first use: lazy)
LIGATURED = lazy(lambda: re.compile("[\ufb00-\ufb06]"))
# an item's tick box, before its words
BOX_FIRST = lazy(lambda: re.compile(r"(?:\[[ x]?\]|[☐☑☒□])\s+(?=\w)"))
# a list item whose wrapped lines are indented to its words: "- your accounts", "1.  Describe"
HANGING = lazy(lambda: re.compile(r"(?:[-*+•▪]|\d{1,3}[.)])\s+"))
# a mark of one or two characters and a gap before an item's words: "o   your rules"
MARKED = lazy(lambda: re.compile(r"\S{1,2}(?:\s{2,}|\t)"))
# what a Markdown line may start that is never the words of a paragraph going on
MD_BLOCK = lazy(lambda: re.compile(r"#|\||\+[-=]|>|[-*+]\s|\d{1,3}[.)]\s"))


def read_text(text: str, fmt: str, budget: Budget) -> Extracted:
    """The blocks of a text or Markdown document."""
    # (the text formats' own readers are loaded here, not with the module: a PDF or Word
    # document reads only the line helpers (text_lines.py), and its run need not compile their
    # patterns)
    from grantcheck.documents import md_extensions
    from grantcheck.documents.announced import announced, role_lines
    from grantcheck.documents.layout_text import TALL
    from grantcheck.documents.md_html import html_block, html_blocks
    from grantcheck.documents.text_tables import FIXED_RULE, Fixed, Tables, grid_border, header
    from grantcheck.documents.typed_files import exported_uploads
    from grantcheck.documents.word_text import Rows, answer_row, saved_as_text

    budget.chars(len(text))
    if not text.isascii() and LIGATURED.search(text):
        text = text.translate(str.maketrans(LIGATURES))
    out = Extracted(fmt)
    joinable = False  # whether the last block is prose that a wrapped line continues
    caps = Capitals()  # whether it is all capitals, kept as lines join it
    hard = False  # the last line ended in Markdown's hard line break: this one continues it
    tables = Tables()
    fixed: Fixed | None = None
    lines, terms, stop, room, running, table = prepared(text, fmt)
    hang = 0  # the column a list item's words start at: a line indented that far continues it
    controls = role_lines(lines)  # a screen reader's text: "Edit field." is a control, alone
    word = Rows() if fmt == "txt" and "\t" in text and saved_as_text(lines) else None
    numbered = table or enumerate(lines, start=1)
    gap = TALL + 2 if table else 1  # (rows of tick boxes have blank lines between them)
    past_html = 0  # the last line of a Markdown page's raw HTML block read
    fold: int | None = None  # the first block inside an open <details> stating a case
    ran = 0  # the last line a tick box's item ran on to
    for number, raw in numbered:
        if number - 1 in running:
            continue  # (a paragraph or question runs on over the page break)
        if number <= past_html:
            continue
        line = raw.strip()
        if fmt == "md" and line[:1] == "<" and (size := html_block(lines, number - 1)):
            past_html = number + size - 1  # raw HTML: read as HTML ("<table>" of what to send)
            source = "\n".join(lines[number - 1 : past_html])
            if fold is not None and "</details" in source.lower():  # a folded part's Markdown,
                out.blocks[fold:] = [replace(b, shown_if=True) for b in out.blocks[fold:]]
                fold = None  # read before its end, was for the case its title states
            found, tables.table, folded = html_blocks(source, number, tables.table, budget)
            out.blocks += found
            fold = len(out.blocks) if folded else fold
            joinable, hang = False, 0
            continue
        if number in controls:
            out.blocks.append(Block(TEXT, line, (("line", number),)))
            joinable, hang = False, 0
            continue
        if word is not None:  # a Word form saved as text: a tabbed line is a table's row
            cells = word.cells(raw, number)
            if cells is not None:
                word.read(cells, number, out.blocks)
            elif not line and answer_row(lines, number, out.blocks):  # its empty answer row
                out.blocks.append(Block(SPACE, "", (("line", number),)))
            if cells is not None or (out.blocks and out.blocks[-1].where == (("line", number),)):
                joinable, hang = False, 0
                continue
        if fixed is not None and (not line or not fixed.fits(raw)):
            fixed = None  # a blank line, or prose under it, ends a fixed-width table
        if fixed is not None:
            fixed.line(raw, number, out.blocks)
            continue
        if line and FIXED_RULE.match(raw) and number > 1 and out.blocks:
            fixed = header(raw, lines[number - 2], number - 1, tables, out.blocks)
            if fixed is not None:
                continue
        if number == stop:
            break
        broken, hard = hard, False
        if fmt == "md":
            line, hard = md_extensions.words(line)
        if not line:
            if number in room and out.blocks and out.blocks[-1].kind == TEXT:
                out.blocks.append(Block(SPACE, "", (("line", number),)))
            joinable, hang = False, 0
            continue
        where = (("line", number),)
        if fmt in ("md", "txt") and grid_border(line):  # (a text file's box drawn so too)
            tables.border(number)
            joinable = False
            continue
        shown = box(Block(TEXT, line, where))
        if shown is not None:  # "Your answer", "[Insert text here]": an empty box's words
            out.blocks.append(shown)
            joinable, hang = False, 0
            continue
        indent = len(raw) - len(raw.lstrip())
        at = -2 if out.blocks and out.blocks[-1].kind == FIELD else -1  # (a tick box's item)
        # a tick box's item wrapped at the margin, as an e-mail wraps it ("[ ] Your accounts, or
        # if your group is" / "less than a year old, a budget"): goes on in lower case, and
        # not after a mark and a gap ("o  your rules", a sub-bullet; "ij  A quote", a box OCR'd)
        margin = at == -2 and line[:1].islower() and not MARKED.match(line)
        if (
            (broken and not MD_BLOCK.match(line))
            or (hang and (indent >= hang or margin) and wraps(out.blocks[-1].text, line, (), caps))
            or (hang and indent == hang and _under_item(line))
        ) and len(out.blocks[at].text) < RUN_ON:
            ran = number if at == -2 else ran  # (the item's last line: its group goes on)
            last = out.blocks[at]  # " * your accounts:\n   a bank statement will do": the item's
            out.blocks[at] = _joined(last, caps.join(last.text, line), line, number)
            continue
        hang = 0
        if joinable and wraps(out.blocks[-1].text, line, caps=caps):
            last = out.blocks[-1]  # a line wrapped inside a paragraph or list item: one block
            out.blocks[-1] = _joined(
                Block(TEXT, last.text, last.where, heading=last.heading, breaks=last.breaks),
                caps.join(last.text, line),
                line,
                number,
            )
            joinable = not line.endswith(":")
            continue
        joinable = False
        empty_row = set(line) <= set("| \t") and line.count("|") >= 2
        if fmt == "md" and empty_row and number == tables.last + 1:
            tables.row_line(line, number, out.blocks)  # a table row with nothing in it yet
            continue
        if fmt == "md" and number == tables.last + 1 and set(line) <= DIVIDER:
            line = line.replace(":", "-")  # a divider aligning its columns: "| :--- | ---: |"
        elif (
            (fmt == "md" or tables.grid)
            and number == tables.last + 1
            and line[:1] == "|" == line[-1:]
        ):
            tables.row_line(line, number, out.blocks)  # a row ("| Constitution | All | [ ] |"),
            continue  # not a line of tick boxes
        if out.blocks and _underlined(lines, number):  # "5. Insurance" / "============": the
            last = out.blocks[-1]  # line above is a heading (reStructuredText's, setext's)
            if last.kind == TEXT and dict(last.where).get("line") == number - 1:
                out.blocks[-1] = replace(last, heading=True)
                continue
        ruled = line_blocks(line, where, tick_group(out.blocks, where, f"line {number}", gap, ran))
        if ruled and ruled[0].kind == SPACE and _heading_rule(lines, number):
            ruled = []  # a rule drawn over or under a heading ("PART 2  YOUR PROJECT"): no box
        if ruled is not None and not (tables.open and line.startswith("|")):
            if fmt == "md" and line.startswith("|") and number == tables.last + 1:
                tables.last = number  # the divider under a table's header row
            out.blocks += ruled
            if len(ruled) == 2:  # (a task list's box after its bullet: "- [ ] Your accounts")
                bullet = HANGING.match(line) if line[:1] in "-*+•▪" else None
                boxed = BOX_FIRST.match(line, bullet.end() if bullet else 0)
            else:
                boxed = None
            if boxed:  # "[ ] Your latest accounts, signed by" / "    the treasurer": one item
                # (under a bullet, the item's words start after it: "- [ ] Your accounts,
                # signed" / "  by the treasurer", as Markdown wraps a task list's item)
                hang = indent + (bullet.end() if bullet else boxed.end())
            continue
        if fmt == "md" and line.startswith("|") and line.endswith("|"):
            tables.row_line(line, number, out.blocks)
            continue
        heading = fmt == "md" and line.startswith("#")
        out.blocks.append(
            Block(TEXT, line.lstrip("#").strip() if heading else line, where, heading=heading)
        )
        joinable = (
            not heading and not line.endswith((":", "?")) and not line.isupper() and len(line) > 40
        )  # a short line is a title or a label, not a wrapped paragraph
        marker = HANGING.match(line) if not heading else None
        hang = indent + marker.end() if marker and indent + marker.end() > 1 else 0
    if tables.table:  # (a page with tables: its notes columns' blanks are no boxes)
        out.blocks = blank_notes(out.blocks)
    if terms:
        out.blocks = md_extensions.tag_definitions(out.blocks, terms)
    out.blocks = exported_uploads(file_inputs(preview(cards(announced(out.blocks)))))
    return out


def _under_item(line: str) -> bool:
    """Whether ``line``, set exactly under a list item's words with no blank line between, goes
    on with the item however short the lines before it: an Easy Read item broken by phrase
    ("*  If your group works with children," / "   or with adults who may be at risk," /
    "   send your SAFEGUARDING POLICY." / "   This is a paper that says ..."), as Markdown
    reads a line indented to an item's words; never a list item, a box or a table of its own."""
    return (
        LIST.match(line) is None
        and not line.startswith(("#", "|", "[", ">"))
        and not any(box in line for box in BOXES)
        and not set(line) <= RULED
    )


def _heading_rule(lines: list[str], number: int) -> bool:
    """Whether line ``number`` (a rule) is drawn right over or under a heading in capitals."""
    near = [lines[i].strip() for i in (number - 2, number) if 0 <= i < len(lines)]
    return any(n.isupper() and not set(n) <= RULED for n in near)


def _underlined(lines: list[str], number: int) -> bool:
    """Whether line ``number`` underlines the line above as a heading: one mark ("=", "-", "~",
    "^") repeated, as long as the title it underlines (give or take two), never a sentence."""
    rule, above = lines[number - 1].strip(), lines[number - 2].strip() if number > 1 else ""
    return (
        len(rule) >= 3
        and len(set(rule)) == 1
        and rule[0] in "=-~^"
        and abs(len(rule) - len(above)) <= 2
        and above[-1:] not in ".:;,"
        and len(above.split()) <= 10
    )


def _joined(block: Block, text: str, line: str, number: int) -> Block:
    """``block`` with line ``number`` (``line``) run on into it as ``text``: where the line
    starts is kept, so that evidence names the line of the words matched (trial23 T13)."""
    start = max(len(block.text), len(text) - len(line))
    return replace(block, text=text, breaks=(*block.breaks, (start, number)))
