"""Raw HTML in a Markdown page: a ``<table>``, ``<details>`` or ``<div>`` block read as HTML.

Markdown lets an author write HTML blocks, and site editors (GitLab, Hugo, WordPress's
Markdown) keep them: a "What to send" table with a "Who sends it" column is often one, as
wiki tables cannot hold paragraphs. CommonMark says where such a block starts (a line
opening with a block element's tag) and ends (a blank line). The block is read by the HTML
reader, so its table's cells are cells (table, row and cell, numbered after the page's own
tables) and its tags are not words. What the author wrote is the page's own content, never a
site's chrome (Notion exports call-outs as ``<aside>``). A comment is read as the page's
words, as before: a template's comments are the help its filler sees ("<!-- Max 250 words -->"
in a GitHub issue template).
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.blocks import Block
from grantcheck.documents.budget import Budget

# CommonMark's HTML blocks of kind 6 (block elements) and 1 (pre, script, style, textarea)
HTML_BLOCK = re.compile(
    r"</?(?:address|article|aside|blockquote|body|caption|center|colgroup|dd|details|dialog|"
    r"div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|html|iframe|legend|li|main|"
    r"nav|ol|p|pre|script|section|style|summary|table|tbody|td|textarea|tfoot|th|thead|tr|ul)"
    r"(?:\s|/?>|$)",
    re.IGNORECASE,
)


def html_block(lines: list[str], at: int) -> int:
    """How many lines from ``lines[at]`` are an HTML block (0: the line starts none)."""
    line = lines[at].lstrip()
    if not line.startswith("<") or len(lines[at]) - len(line) > 3:
        return 0
    if HTML_BLOCK.match(line) is None:  # (a comment too: a template's comments are its help,
        # shown to whoever fills it in: "<!-- Max 250 words. -->" is read as words)
        return 0
    end = at
    while end < len(lines) and lines[end].strip():
        end += 1
    return end - at


def html_blocks(
    source: str, line: int, tables: int, budget: Budget
) -> tuple[list[Block], int, bool]:
    """The blocks of one HTML block that starts at ``line``, each located at that line and, in
    a table, by table (numbered after the page's ``tables`` before it), row and cell; the
    number of the page's last table; and whether it leaves a folded part open whose title
    states a case ("<details><summary>If you employ staff</summary>", its Markdown below)."""
    from grantcheck.documents.html_controls import resolve
    from grantcheck.documents.html_reader import _Parser

    class Own(_Parser):
        """The page's author wrote it: an ``<aside>`` is a call-out, never a site's chrome."""

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            super().handle_starttag(tag, attrs)
            self.chrome_at = None

        def handle_comment(self, data: str) -> None:
            """A comment: hidden on the rendered page, but what whoever fills in a template
            reads ("<!-- Max 250 words. -->" under an issue template's question): a note."""
            self._flush()
            self.text.append(data)
            self._flush()

    parser = Own(budget)
    parser.feed(source)
    parser.close()
    parser._flush()
    out = [
        replace(
            block,
            where=(
                ("line", line),
                *(
                    (k, v + tables if k == "table" and isinstance(v, int) else v)
                    for k, v in block.where
                ),
            ),
        )
        for block in resolve(parser)
    ]
    return out, tables + parser.numbered, bool(parser.folds) and parser.shown_at is not None
