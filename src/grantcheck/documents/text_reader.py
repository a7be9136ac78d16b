"""Markdown and plain text: one block a line, located by line number.

A line of underscores or dots (ruled lines for handwriting) is an answer space; a
Markdown table row is split into its cells, and an empty cell is an answer space. A
cell is located by line, then table, row and cell, as in a Word form. Pipe tables
have a row a line; grid tables (``+----+----+`` borders) a row between borders, so a
cell written over several lines is one cell, and the borders are not words (text_tables.py).
A two-column form as pdftotext -layout prints it is read row by row (layout_text.py), a
screen reader's text version control by control (announced.py) and a grant system's printed
preview item by item (preview.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted, Location
from grantcheck.documents.browser_files import file_inputs
from grantcheck.documents.budget import Budget
from grantcheck.documents.cells import blank_notes
from grantcheck.documents.furniture import furniture
from grantcheck.documents.lazy import lazy
from grantcheck.documents.placeholders import box, cards
from grantcheck.documents.preview import preview

RULED = set("_.…-=|[] \t")
DIVIDER = set("|-: \t")
LIST = re.compile(
    r"^(?:[-*+•▪]\s|\(?[0-9]{1,3}[.)]\s|[0-9]{1,2}\s+[A-Z]|[0-9]{1,3}(?:\.[0-9]{1,3})+\s|"
    r"(?:section|part|stage|step|adran|rhan)\s+[0-9A-Z]{1,3}\b|[A-Z][0-9]{1,2}[.):]?\s|\(?[a-hivx]{1,4}\)\s|[A-Za-z]\.\s|(?:q|question)\s*\d)",
    re.IGNORECASE,
)
# typographic ligatures, as text copied or exported from a designed PDF keeps them: a word with
# one ("ﬁnancial") is not the word the vocabularies know
LIGATURES: dict[str, str | int | None] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# (the patterns a PDF's lines rarely need are compiled on their first use: lazy)
LIGATURED = lazy(lambda: re.compile("[\ufb00-\ufb06]"))
BOXES = ("☐", "☑", "☒", "□", "[ ]", "[x]")
# an item's tick box, before its words
BOX_FIRST = lazy(lambda: re.compile(r"(?:\[[ x]?\]|[☐☑☒□])\s+(?=\w)"))
MARKERS = set("<>[] \t")  # answer markers: ">>>  <<<", "[[", "]]"
# a list item whose wrapped lines are indented to its words: "- your accounts", "1.  Describe"
HANGING = lazy(lambda: re.compile(r"(?:[-*+•▪]|\d{1,3}[.)])\s+"))
# what a Markdown line may start that is never the words of a paragraph going on
MD_BLOCK = lazy(lambda: re.compile(r"#|\||\+[-=]|>|[-*+]\s|\d{1,3}[.)]\s"))
# a yes/no question's choices end its line: "... registered? Yes / No", "... ? Oes / Nac oes"
CHOSEN = lazy(
    lambda: re.compile(r"\?[^?]{0,40}\b(?:yes|oes|ydy)\b[^?]{0,20}\b(?:no|nac\s+\w+)\W*$", re.I)
)
# a blank to write on: underscores, a row of dots (spaced or not), or ellipses
# an email's quoted original message ("-----Original Message-----", "On 2 May, Sam wrote:"):
# what the applicant asked, not what the form asks; the reading stops there
QUOTED = lazy(
    lambda: re.compile(r"-{2,}\s*original message\s*-{2,}$|on\s.{4,100}\swrote:$", re.IGNORECASE)
)
BLANK = lazy(lambda: re.compile(r"_{3,}[_ ]*|(?:\. ?){4,}\.|…{2,}|…[ .]*(?=$)"))


def wraps(previous: str, line: str, ends: tuple[str, ...] = (":", "?")) -> bool:
    """Whether ``line`` continues ``previous`` (a paragraph or list item wrapped at the margin):
    the previous line is long and unfinished, and this one starts no list item, table or field."""
    return (
        len(previous) > 40
        and not previous.endswith(ends)
        and not previous.isupper()
        and not previous.endswith(("___", "…"))
        and not ("?" in previous and CHOSEN.search(previous[-60:]))  # "... charity? Yes / No"
        and not LIST.match(line)
        and not line.startswith(("#", "|", "[", ">"))
        and not set(line) <= RULED
        and not any(box in line for box in BOXES)
        and not line.rstrip().endswith(("___", "…", ":"))
    )


def joined(text: str, line: str) -> str:
    """A wrapped line joined to the words before it; a word broken with a hyphen at the line's
    end ("applic-" then "able") is made whole again."""
    if len(text) > 2 and text[-1] == "-" and text[-2].isalpha() and line[:1].islower():
        return text[:-1] + line
    return f"{text} {line}"


def line_blocks(line: str, where: Location, group: str) -> list[Block] | None:
    """A line that is not prose: ruled lines (an answer space), a tick-box group, or
    "Name: ______" (a field, labelled); None for prose. Shared by text and PDF pages."""
    chars = set(line)
    if chars <= MARKERS and sum(ch in "<>[]" for ch in line) >= 2:
        # "Type your answer between >>> and <<<": both marks on one line are a one-line
        # answer (a field), an opening mark alone opens an answer space, a closing one ends it
        opens, closes = any(c in line for c in ">["), any(c in line for c in "<]")
        if opens and closes and not (line.startswith("[") and line.endswith("]")):
            return [Block(FIELD, "", where)]
        if opens and not closes:
            return [Block(SPACE, "", where)]
        if closes and not opens:
            return []
    if chars <= RULED:
        if sum(ch in "_." for ch in line) >= 5 or (line.startswith("[") and line.endswith("]")):
            return [Block(SPACE, "", where)]
        return []  # a Markdown rule or table divider
    if any(box in line for box in BOXES):  # "[ ] Yes  [ ] No": a tick-box group
        label = " ".join(line.replace("[ ]", " ").replace("[x]", " ").strip("☐☑☒□ -*").split())
        task = line[:1] in "-*+" and line[1:6].lstrip().startswith(("[ ]", "[x]"))  # "- [ ] ..."
        text = Block(TEXT, label, where, item=task)  # (a task list's item: the list's)
        return [text] * bool(label) + [Block(FIELD, label, where, group=group)]
    return labelled_blanks(line, where)


def labelled_blanks(line: str, where: Location) -> list[Block] | None:
    """ "Name: ______", "Phone ..........", "Postcode: ____  Telephone: ____": each label with
    the blank after it is a field (two on one line are two). The line must end with a blank:
    a contents line's dot leader runs to a page number, and a blank inside a sentence is
    prose. None when the line is not such a row of blanks."""
    if not line.rstrip().endswith(("___", "....", "…")):
        return None
    parts = BLANK.split(line)
    labels = [part.strip(" \t:£$€-–") for part in parts[:-1]]
    if parts[-1].strip(" \t.:") or not labels[0]:
        return None  # words after the last blank, or a blank before any label
    # "Date ___/___/______": the slashes between a date's blanks are not labels
    return [Block(FIELD, label, where) for label in labels if any(c.isalnum() for c in label)]


def tick_group(
    blocks: list[Block], where: Location, default: str, gap: int = 1, through: int = 0
) -> str:
    """A line of tick boxes right under another (``gap`` lines on: a table's rows have blank
    lines between them) is the same group ("[ ] Aim 1", "[ ] Aim 2"); ``through`` is the last
    line of the item before, when its words ran on over more lines ("- [ ] Your governing
    document (constitution or" / "      rules)")."""
    last = blocks[-1] if blocks else None
    line, before = dict(where).get("line"), dict(last.where).get("line") if last else None
    if through and isinstance(before, int) and through > before:
        before = through
    if (
        last is not None
        and last.kind == FIELD
        and last.group
        and isinstance(line, int)
        and isinstance(before, int)
        and 0 < line - before <= gap
    ):
        return last.group
    return default


def read_text(text: str, fmt: str, budget: Budget) -> Extracted:
    """The blocks of a text or Markdown document."""
    # (the text formats' own readers are loaded here, not with the module: a PDF or Word
    # document reads only the line helpers above, and its run need not compile their patterns)
    from grantcheck.documents import md_extensions
    from grantcheck.documents.announced import announced, role_lines
    from grantcheck.documents.layout_text import TALL, laid_out
    from grantcheck.documents.md_html import html_block, html_blocks
    from grantcheck.documents.text_tables import FIXED_RULE, Fixed, Tables, grid_border, header
    from grantcheck.documents.word_text import Rows, answer_row, saved_as_text

    budget.chars(len(text))
    if not text.isascii() and LIGATURED.search(text):
        text = text.translate(str.maketrans(LIGATURES))
    out = Extracted(fmt)
    joinable = False  # whether the last block is prose that a wrapped line continues
    hard = False  # the last line ended in Markdown's hard line break: this one continues it
    tables = Tables()
    fixed: Fixed | None = None
    lines = text.splitlines()
    terms: dict[int, str] = {}
    kept = text.splitlines(keepends=True)
    if fmt == "md":  # a documentation site's Markdown: call-outs, tabs, definition lists
        lines, terms = md_extensions.rewrite(lines)
    elif "|" in text or "0" in text:  # a scanned form's OCR text: boxes' edges, O read as 0
        from grantcheck.documents.scanned import scanned

        lines, kept = scanned(lines, kept)
    # a text exported from a PDF: its running headers and footers are not the document's words
    running = furniture(kept) if "\f" in text or "age" in text else ()
    hang = 0  # the column a list item's words start at: a line indented that far continues it
    controls = role_lines(lines)  # a screen reader's text: "Edit field." is a control, alone
    table = laid_out(lines) if fmt == "txt" else None  # a two-column form: its rows, read
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
        if line[:2] in ("--", "On", "on") and QUOTED.match(line) and fmt == "txt":
            break
        broken, hard = hard, False
        if fmt == "md":
            line, hard = md_extensions.words(line)
        if not line:
            joinable, hang = False, 0
            continue
        where = (("line", number),)
        if fmt == "md" and grid_border(line):
            tables.border(number)
            joinable = False
            continue
        shown = box(Block(TEXT, line, where))
        if shown is not None:  # "Your answer", "[Insert text here]": an empty box's words
            out.blocks.append(shown)
            joinable, hang = False, 0
            continue
        indent = len(raw) - len(raw.lstrip())
        if (broken and not MD_BLOCK.match(line)) or (
            hang and indent >= hang and wraps(out.blocks[-1].text, line, ends=())
        ):
            at = -2 if out.blocks[-1].kind == FIELD else -1  # (a tick box's item: its words)
            ran = number if at == -2 else ran  # (the item's last line: its group goes on)
            last = out.blocks[at]  # " * your accounts:\n   a bank statement will do": the item's
            out.blocks[at] = replace(last, text=joined(last.text, line))
            continue
        hang = 0
        if joinable and wraps(out.blocks[-1].text, line):
            last = out.blocks[-1]  # a line wrapped inside a paragraph or list item: one block
            out.blocks[-1] = Block(TEXT, joined(last.text, line), last.where, heading=last.heading)
            joinable = not line.endswith(":")
            continue
        joinable = False
        empty_row = set(line) <= set("| \t") and line.count("|") >= 2
        if fmt == "md" and empty_row and number == tables.last + 1:
            tables.row_line(line, number, out.blocks)  # a table row with nothing in it yet
            continue
        if fmt == "md" and number == tables.last + 1 and set(line) <= DIVIDER:
            line = line.replace(":", "-")  # a divider aligning its columns: "| :--- | ---: |"
        elif fmt == "md" and number == tables.last + 1 and line[:1] == "|" == line[-1:]:
            tables.row_line(line, number, out.blocks)  # a row ("| Constitution | All | [ ] |"),
            continue  # not a line of tick boxes
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
                hang = indent + boxed.end()
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
    out.blocks = file_inputs(preview(cards(announced(out.blocks))))
    return out


def _heading_rule(lines: list[str], number: int) -> bool:
    """Whether line ``number`` (a rule) is drawn right over or under a heading in capitals."""
    near = [lines[i].strip() for i in (number - 2, number) if 0 <= i < len(lines)]
    return any(n.isupper() and not set(n) <= RULED for n in near)
