"""The Markdown of documentation sites and static-site generators, read as what it shows.

MkDocs (Material), pandoc, Quarto, Docusaurus, Jekyll and Hugo pages add to plain Markdown: YAML
front matter (the page's settings), admonitions and call-outs ("!!! note "Closing date"",
"??? question "..."", ":::tip", "> [!NOTE]"), content tabs ('=== "English"'), definition lists
("Term" then ":   its definition"), abbreviations ("*[CIO]: Charitable Incorporated
Organisation") and attribute lists ("{ .md-button }"). Read as plain Markdown these are words
("!!! warning", "title: ...") and a definition is cut from its term. Here each line is rewritten
to what the site shows (a title becomes a heading, settings and markers nothing), keeping the
line count so that every block keeps its line, and a definition list's terms and definitions
are told to the reader, which marks them as a saved page's ``<dt>`` and ``<dd>`` are marked
(a term and its definition are read together: "Quote" / "Only if you buy ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents import macros, md_boxes
from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.md_form import front_form

FRONT_LINES, FORM_LINES = 200, 3000  # front matter this long at most; one defining a form
FRONT_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")  # "title: ...", the first line of front matter
# '!!! note "Closing date"', '??? question "Can we apply?"', '???+ tip', '!!! warning ""'
ADMONITION = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?)\s*([\w-]+)(?:[^"]*"([^"]*)")?\s*$')
TAB = re.compile(r'^(\s*)===\+?\s+"([^"]*)"\s*$')  # '=== "Cymraeg"': a content tab's title
# pandoc, Quarto and Docusaurus fenced divs: ":::tip Writing your answers", "::: {.callout}"
FENCE = re.compile(r"^(\s*):{3,}\s*(?:\{[^}]*\}|[\w-]+)?\s*(.*?)\s*:*$")
ALERT = re.compile(r"^(\s*>\s*)\[!(\w+)\]\s*$")  # GitHub's "> [!NOTE]"
ABBREVIATION = re.compile(r"^\s*\*\[([^\]]+)\]:\s*(.+?)\s*$")  # "*[CIO]: Charitable ..."
# "[Apply](form.docx){ .md-button }" (the white space before it taken only from its run's start:
# tried from every character of a run, each scanning to the run's end, the substitution was
# quadratic in a line of spaces ending "}"; a match never opens inside a run, so the same)
ATTRIBUTES = re.compile(r"(?:(?<!\s)\s+)?\{:?\s*[.#][^{}]*\}\s*$")
# a heading holding tabs under the title "Tabs" (Wiki.js); a titled one shows its title (R
# Markdown's "## What to send {.tabset}")
TABSET = re.compile(r"\s*#{1,6}\s+tabs\s*\{[^{}]*\.tabset\b[^{}]*\}\s*$", re.IGNORECASE)
DEFINITION = re.compile(r"^(\s*):\s{1,4}(?=\S)")  # ":   From every group."
MARKS = ("---", "!!!", "???", "===", ":::", "*[", ": ", ":\t", "> [!", "```", "~~~", "[^")
FOOTNOTE = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")  # "[^q1]: Up to 300 words."
MARK = re.compile(r"\[\^([^\]\s]+)\]")  # where a footnote is called: "...?[^q1]"
# a MyST list-table's opening ("```{list-table} Documents", ":::{list-table}") and its rows'
# cells ("* - Your constitution", "  - Everyone")
LIST_TABLE = re.compile(r"(?:`{3,}|~{3,}|:{3,})\s*\{list-table\}")
ROW_CELL = re.compile(r"^\s*(?P<row>\*\s+)?-\s+(?P<text>.*)$")
RULE = "_" * 20  # an empty fenced block: a box to write in, as a ruled line is
# Markdown's backslash escapes, as pandoc writes them: "1\.", "\(a\)", "£\_\_\_"
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")


def rewrite(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """``lines`` as the site shows them (as many, each in its place), and the definition list's
    lines: line number (from 1) -> "dt" for a term, "dd" for its definition."""
    if any("&nbsp;" in line or "<br" in line for line in lines):
        lines = md_boxes.room(list(lines))  # ("&nbsp;" / "&nbsp;": room shown, to write in)
    if not any(line.lstrip().startswith(MARKS) or line.endswith("}") for line in lines):
        return lines, {}  # (plain Markdown: nothing to rewrite)
    out = list(lines)
    front = _front_matter(out)
    if any("{" in line for line in out):  # a site's tags drawing answer boxes, and their limits
        md_boxes.drawn(out, md_boxes.limits(front) if front else {})
    if any("({" in line for line in out):  # a design system's macro calls: the form they draw
        out = macros.drawn("\n".join(out)).split("\n")
    _list_tables(out)
    _fences(out)
    _footnotes(out)
    terms: dict[int, str] = {}
    last = 0  # the line number of the last line with words
    for number, line in enumerate(out, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        new = _line(line)
        definition = DEFINITION.match(new)
        if definition is not None and last and (terms.get(last) or _term(out[last - 1])):
            terms.setdefault(last, "dt")  # (a term may have several definitions)
            terms[number] = "dd"
            new = definition.group(1) + new[definition.end() :]
        out[number - 1] = new
        last = number if new.strip() else last
    return out, terms


def _front_matter(lines: list[str]) -> str:
    """Blank a page's YAML front matter: its settings, not its words (the title is also the
    page's first heading); a form it defines (``form:`` with its ``fields:``, as Grav's form
    plugin reads it) is the form the site draws, read in its place as HTML. The front matter
    blanked, or "" when there is none."""
    if not lines or lines[0].strip() != "---" or len(lines) < 3 or not FRONT_KEY.match(lines[1]):
        return ""
    # (a form's definition runs long: a field's type, label, help and rules on lines apart)
    form = any(line.startswith(("form:", "forms:")) for line in lines[1:FRONT_LINES])
    for end in range(1, min(len(lines), FORM_LINES if form else FRONT_LINES)):
        if lines[end].strip() in ("---", "..."):
            front = "\n".join(lines[1:end])
            drawn = front_form(front) if form else ""
            lines[: end + 1] = [""] * (end + 1)
            lines[0] = drawn
            return front
    return ""


def _list_tables(lines: list[str]) -> None:
    """A MyST or reStructuredText ``list-table`` (rows as "* - cell", the row's other cells as
    "  - cell" under it) is a table: written as a pipe table (a header row, its rule, a row a
    line) from the directive's first line on, its other lines left blank."""
    opened: int | None = None
    for i, line in enumerate(lines):
        mark = line.lstrip()
        if opened is None:
            if LIST_TABLE.match(mark):
                opened = i
            continue
        if not mark.startswith(("```", "~~~", ":::")):
            continue
        rows = _rows(lines[opened + 1 : i], ROW_CELL)
        width = max((len(r) for r in rows), default=0)
        table = [f"| {' | '.join(r + [''] * (width - len(r)))} |" for r in rows]
        if table and len(table) + 1 <= i - opened + 1:
            table.insert(1, "|" + " --- |" * width)
            lines[opened : i + 1] = table + [""] * (i - opened + 1 - len(table))
        opened = None


RST_TABLE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+list-table::")
RST_CELL = re.compile(r"^\s*(?P<row>\*\s+)?-(?:\s+(?P<text>.*))?$")  # (an empty cell: "-")


def _rows(body: list[str], cell_line: re.Pattern[str]) -> list[list[str]]:
    """A list table's rows from its body: a line matching ``cell_line`` opens a cell (a new row
    where its ``row`` group is set: "* - cell"), another line with words carries the cell on,
    an option line (":header-rows: 1") is skipped. Cells keep no "|" (they are written out as
    a table's)."""
    rows: list[list[str]] = []
    for inner in body:
        cell = cell_line.match(inner)
        if cell is not None:
            if cell["row"] or not rows:
                rows.append([])
            rows[-1].append((cell["text"] or "").replace("|", "/").strip())
        elif inner.strip() and not inner.lstrip().startswith(":") and rows and rows[-1]:
            rows[-1][-1] += " " + inner.strip().replace("|", "/")  # (a cell's next line)
    return rows


def rst_list_tables(lines: list[str]) -> None:
    """A reStructuredText ``list-table`` directive (".. list-table:: Documents", its options,
    then rows as "* - cell" and "  - cell", an empty cell a bare "-"), in a plain-text or
    Markdown page, is a table: written as a grid table from the directive's line on (a row
    and its border take no more lines than the row's cells did). The directive runs while its
    lines are indented deeper than it."""
    i = 0
    while i < len(lines):
        m = RST_TABLE.match(lines[i])
        i += 1
        if m is None:
            continue
        start, indent = i - 1, len(m["indent"])
        while i < len(lines) and (
            not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent
        ):
            i += 1
        rows = _rows(lines[start + 1 : i], RST_CELL)
        width = max((len(r) for r in rows), default=0)
        border = "+" + "-----+" * width
        table = [border]  # (a grid table: a plain-text page reads no pipe table)
        for r in rows:
            table += [f"| {' | '.join(r + [''] * (width - len(r)))} |", border]
        if rows and len(table) <= i - start:
            lines[start:i] = table + [""] * (i - start - len(table))


def _fences(lines: list[str]) -> None:
    """A fenced block's marks are layout: an empty one (a template's grey box, "```text" then
    "```") is a box to write in, and the words of one with words are read as lines."""
    opened: int | None = None
    for i, line in enumerate(lines):
        mark = line.lstrip()[:3]
        if mark not in ("```", "~~~"):
            continue
        if opened is None:
            opened = i
            continue
        empty = not any(lines[k].strip() for k in range(opened + 1, i))
        lines[opened], lines[i], opened = RULE if empty else "", "", None


def _footnotes(lines: list[str]) -> None:
    """A footnote is read where it is called ("Describe your project.[^q2]" with "[^q2]: 250
    words maximum." below): its words join the sentence, as a text PDF's footnotes are read at
    their marks, and its definition (and the lines indented under it) is read nowhere else."""
    notes: dict[str, str] = {}
    at: str | None = None  # the footnote whose lines are being read
    for i, line in enumerate(lines):
        m = FOOTNOTE.match(line) if line[:2] == "[^" else None
        if m is not None:
            at, notes[m[1]] = m[1], m[2].strip()
            lines[i] = ""
        elif at is not None and line[:1] in (" ", "\t") and line.strip():
            notes[at] += " " + line.strip()
            lines[i] = ""
        else:
            at = None
    if notes:
        for i, line in enumerate(lines):
            if "[^" in line:
                lines[i] = MARK.sub(lambda m: f" ({notes[m[1]]})" if m[1] in notes else "", line)


def _line(line: str) -> str:
    """One line as the site shows it: a call-out's or tab's title as a heading, a marker as
    nothing, an abbreviation as its words with the letters after them."""
    head = line.lstrip()[:3]
    if head in ("!!!", "???"):
        m = ADMONITION.match(line)
        if m is not None:
            return f"{m[1]}### {m[3] or m[2].capitalize()}" if (m[3] or m[2]) else ""
    elif head == "===":
        m = TAB.match(line)
        if m is not None:
            return f"{m[1]}### {m[2]}" if m[2].strip() else ""
    elif head == ":::":
        m = FENCE.match(line)
        if m is not None:
            return f"{m[1]}### {m[2]}" if m[2] else ""
    elif head[:2] == "*[":
        m = ABBREVIATION.match(line)
        if m is not None:  # "Charitable Incorporated Organisation (CIO)": the letters defined
            return f"{m[2]} ({m[1]})"
    elif head[:1] == ">" and "[!" in line:
        m = ALERT.match(line)
        if m is not None:
            return ""
    if line.rstrip().endswith("}"):
        if TABSET.match(line):
            return ""  # "# Tabs {.tabset}": Wiki.js's container of tabs, a title it never shows
        return ATTRIBUTES.sub("", line)
    return line


def _term(line: str) -> bool:
    """Whether a line can be a definition list's term: a few words, not a list item, a heading,
    a table row or a paragraph's end."""
    words = line.strip()
    return (
        bool(words)
        and len(words.split()) <= 12
        and words[0] not in "#|>-*+<"
        and not words[:1].isdigit()
        and not words.endswith((".", ":", ";", ","))
    )


def tag_definitions(blocks: list[Block], terms: dict[int, str]) -> list[Block]:
    """The blocks, a definition list's terms and definitions marked as a saved page's ``<dt>``
    and ``<dd>`` are ("dt 3": the third term)."""
    count = {"dt": 0, "dd": 0}
    out = []
    for block in blocks:
        place = block.where[0] if block.where else ("", 0)
        tag = terms.get(place[1]) if place[0] == "line" and isinstance(place[1], int) else None
        if tag is not None and block.kind == TEXT and len(block.where) == 1:
            count[tag] += 1
            block = replace(block, where=(*block.where, ("element", f"{tag} {count[tag]}")))
        out.append(block)
    return out


STRONG = re.compile(r"(?<!_)__(?!_)")  # two underscores alone: bold's mark


def words(line: str) -> tuple[str, bool]:
    """A Markdown line's words (a quote's marks, emphasis, non-breaking spaces and backslash
    escapes are layout, not words), and whether it ends in a hard line break (a backslash: the
    paragraph goes on). A quoted or call-out line ("> its most recent accounts") is read as the
    paragraph it quotes, so that its wrapped lines join."""
    if line[:1] == ">":
        line = line.lstrip("> \t")
    if "<!--" in line or "-->" in line:  # a comment's words (a template's help), not its marks
        line = line.replace("<!--", " ").replace("-->", " ").strip()
    if not any(c.isalpha() for c in line):
        return line, False
    hard = line.endswith("\\") and not line.endswith("\\\\")
    line = ESCAPED.sub(r"\1", line[:-1] if hard else line)
    line = line.replace("**", "").replace("&nbsp;", " ")
    if "__" in line:  # bold's marks, not a blank's run of underscores ("Date: ______")
        line = line.replace("__", "") if "___" not in line else STRONG.sub("", line)
    line = line.strip()
    if len(line) > 2 and line[0] == line[-1] in "_*":
        line = line[1:-1].strip()
    return line, hard
