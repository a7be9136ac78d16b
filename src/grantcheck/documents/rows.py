"""A table row as a whole: a documents table names one document a row, whatever its notes say.

In a "Document | Who sends it | Notes" table, the row's first cell names the document; a note
that it need not be sent ("We do not need to see the certificate") withdraws it, and a cell's
share of the cost is of whom its column heading names ("You find | At least 15%"). A definition
list's term and its description are one document too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from grantcheck.documents.blocks import Block
from grantcheck.documents.conditions import Conditions


class Rows(Conditions):
    """What the requirement reader knows of the table row it is in."""

    row: list[Block] | None = None  # the table row being read, its words, and the first
    row_text = ""  # attachment found in it: a row names one document, whatever its notes say
    row_first = 0
    header: Sequence[Block] = ()  # the table's header row

    def _withdrawn(self, block: Block, kind: str) -> None:
        """A row's note saying its document is not sent withdraws what the row's first cell asked
        ("Public liability insurance | Everyone | We do not need to see the certificate")."""
        if self.row and block is not self.row[0] and kind != "policy":
            self.attachments[self.row_first :] = [
                a for a in self.attachments[self.row_first :] if a.kind != kind
            ]

    def _head(self, block: Block) -> str:
        """A table cell's column heading ("You find", "We pay"): who the cell's share is of."""
        cell = dict(block.where).get("cell")
        return next((b.text for b in self.header if dict(b.where).get("cell") == cell), "")

    def _one_each(self, since: int) -> None:
        """A term and its description name one document of a kind ("Permission from the owner"
        / "... a letter from the owner"): once, conditional if either says so."""
        kept: dict[str, int] = {}
        for a in self.attachments[since:]:
            if a.kind == "policy":
                continue
            if a.kind in kept:
                first = self.attachments[kept[a.kind]]
                if a.conditional and not first.conditional:
                    self.attachments[kept[a.kind]] = replace(first, conditional=True)
            else:
                kept[a.kind] = self.attachments.index(a, since)
        keep = set(kept.values())
        self.attachments[since:] = [
            a
            for i, a in enumerate(self.attachments[since:], start=since)
            if a.kind == "policy" or i in keep
        ]
