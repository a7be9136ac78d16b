"""A table row as a whole: what its header and 'Who sends it' cells say of the row, and the
one document a documents table's row names, whatever its notes say.

A header of tick columns ("Enclosed", "✓") makes the table a checklist, unless the table sits
right under a question ("Which of these will you do? Tick up to three."): then its tick
column holds the question's choices; a 'Who must send it'
column says whether the row's document is asked of everyone. In a "Document | Who sends it |
Notes" table, the row's first cell names the document; a note that it need not be sent ("We do
not need to see the certificate") withdraws it, and a cell's share of the cost is of whom its
column heading names ("You find | At least 15%"). A 'When we check it' column's cell says
whether the row's document is sent with the application ("Upload your policy with your
application": then what the row names) or seen later (at a visit, after the award): then it
is not sent. (A definition list's term and its description, one document: described.py; a
matrix of marks: matrix_marks.py; the 'Who' and 'When' columns' cells: who_columns.py.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from grantcheck.documents.beside import CONTENT_IF, CONTENT_WORDS, uncovered
from grantcheck.documents.blocks import TEXT, Block, clip
from grantcheck.documents.described import Described
from grantcheck.documents.facts import Attachment
from grantcheck.documents.matrix_marks import marked_columns, ticked_by_all, varies
from grantcheck.documents.phrases import sentences
from grantcheck.documents.text_lines import LONE_NUMBER
from grantcheck.documents.titles import SENDING
from grantcheck.documents.who_columns import row_conditional, when_column, who_columns

ANSWER_WORDS = re.compile(r"\b\d[\d,]*\s*(?:words?|characters?)\b", re.IGNORECASE)
BULLETS = frozenset("•▪◦‣●")  # (a dash alone may be a matrix's "not needed")
# a note saying the thing is written in the form itself: "Use the table in section 4", "fill in
# Part 3 of this form" (review25 F2)
IN_THE_FORM = re.compile(
    r"\b(?:use|fill\s+in|complete)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:table|box|grid|section|part)\b"
    r"|\b(?:section|part|page|question)\s+\w{1,3}\s+of\s+(?:this|the)\s+(?:application\s+)?form\b",
    re.IGNORECASE,
)


def asks_in_words(text: str) -> bool:
    """Whether a header cell is a question answered in the box below it ("What evidence do you
    have that people want it? (up to 250 words)"), not a documents table's heading: it asks
    something ("?") and not what to send ("Which documents have you enclosed?"), or states the
    words its answer may take ("how do you know it is needed? (max 300 words)")."""
    return "?" in text and (SENDING.search(text) is None or ANSWER_WORDS.search(text) is not None)


class Rows(Described):
    """What the requirement reader knows of the table row it is in."""

    row_text = ""  # the words of the table row being read (its blocks: Notes.row)
    row_found = (0, 0, 0)  # the documents, policies and accounts found before the row
    row_refused = False  # its 'Required?' cell says "No": the row asks for nothing
    row_when: tuple[object, str] | None = None  # its 'When' cell, and "now" or "later"
    header: Sequence[Block] = ()  # the table's header row
    asked_at = -2  # the last text block asking a question ("Which ...? Tick up to three.")
    table: object = None  # the table being read, and whether it sits right under a question:
    choices = False  # then its tick column is the question's choices, not documents enclosed
    # every table's rows (their cells with words), and each table's marked columns
    table_rows: Mapping[tuple[object, object], list[Block]] = {}
    marked_by_table: dict[object, frozenset[object]]

    numbered = 0  # the last list number read on a line of its own

    def _numbered(self, text: str) -> bool:
        """Whether a line is only a list's next number ("1", then "2"), as a PDF's numbered
        list or a table's "No." column is read as lines, the item on the line after; a page's
        number on a line alone ("7" after item 2) is out of turn."""
        m = LONE_NUMBER.fullmatch(text)
        if m is None or int(m["n"]) not in (1, self.numbered + 1):
            return False
        self.numbered = int(m["n"])
        return True

    def _marked(self, row: list[Block]) -> frozenset[object]:
        """The columns of the row's table that some row marks needed."""
        table = dict(row[0].where).get("table") if row else None
        if table not in self.marked_by_table:
            self.marked_by_table[table] = marked_columns(self.table_rows, table)
        return self.marked_by_table[table]

    def _ticks(self, heading: str) -> bool:
        """Whether a column's heading is one to tick ("Enclosed", "✓", "Tick if sent"): a few
        words opening with the tick word, never "Decision letters sent" in a table of dates."""
        return (
            heading.count(" ") < 3
            and self.vocab.tick_column.match(heading.strip(" :?()[]*")) is not None
        )

    def _row(
        self, block: Block, row: list[Block], header: Sequence[Block], row_text: str
    ) -> list[object] | None:
        """What a table cell's row and header say; the 'Who must send it' columns, or None for
        a cell in one of them."""
        columns = who_columns(self.vocab, header) if header else []
        self.row_when = when_column(row, header, columns) if columns else None
        if self.row_when is not None:  # a cell saying when is read as the row's words
            columns = [c for c in columns if c != self.row_when[0]]
        table = dict(block.where).get("table")
        if table != self.table:
            self.table, self.choices = table, self.asked_at == self.blocks_read
        if (
            header
            and not self.choices
            and any(
                (self.vocab.checklist.search(b.text) and not asks_in_words(b.text))
                or self._ticks(b.text)
                for b in header
            )
        ):  # "Document | Enclosed (✓)": the table is a checklist of what to send
            self.checklist = True
        if columns and dict(block.where).get("cell") in columns:
            return None
        # "Document | ✓" with no 'who' column: a list to tick, likely a recap of what was asked
        self.recap = not (columns or self.choices) and any(self._ticks(b.text) for b in header)
        self.who_decides = bool(columns)  # the table says who must send each document
        # a row's condition ("If you employ staff") applies to all it names; a row's "on request"
        # only to the copy, not to the policy every applicant has ("copies available on request")
        # what the row's other cells say (its own sentences' conditions are read with them: "Your
        # accounts. If your group is new, bank statements will do" limits the statements alone)
        others = " ".join(b.text for b in row if b is not block) if len(row) > 1 else ""
        others = self._unlevelled(row, others)  # (not what level the row's accounts take)
        others = uncovered(others)  # (nor what it must cover: "Covering children if you ...")
        if any(w in others for w in CONTENT_WORDS):  # (nor what it says: "It should say what
            others = CONTENT_IF.sub(" ", others)  # happens to the group's money if it closes")
        if self.row_when is not None:  # what the 'When' cell sends: some applicants only when a
            # cell's sentence opens with a condition ("If you cook food, ..."), not when a
            # clause limits another document it names ("Employer's liability if you employ")
            self.row_conditional = any(
                self._leads_with_condition(s)
                for b in row
                if b is not block
                for s in sentences(b.text)
            )
            self.row_requested = False
            return columns
        self.row_conditional = (
            row_conditional(self.vocab, row, columns)
            if columns
            else bool(others) and self._conditioned(others, policy=True)
        ) or (len(row) > 1 and varies(row, self._marked(row)))
        self.row_requested = not columns and bool(others) and self._requested(others)
        return columns

    def _when_read(self, block: Block) -> None:
        """After a row's block: a row whose 'When' cell says the document is seen later asks
        for nothing to be sent; one whose cell says it comes with the application ("Upload your
        policy with your application") asks for what the row names, the cell naming nothing."""
        cell, said = self.row_when or (None, "")
        if said == "later":
            del self.attachments[self.row_first :]  # (a policy named stays one to hold)
            return
        if dict(block.where).get("cell") != cell or len(self.attachments) > self.row_first:
            return
        some = self.row_conditional or self._leads_with_condition(block.text)
        names = {str(p.value) for p in self.policies[self.row_found[1] :]}
        where = self.evidence(block, block.text)
        for name in sorted(names):
            self.attachments.append(Attachment("policy", some, clip(block.text), where, name))
        for b in [] if names else (self.row or []):
            kind = next((k for k, p in self.vocab.kinds if p.search(b.text)), None)
            if kind is not None and kind != "policy":
                self.attachments.append(Attachment(kind, some, clip(b.text), where))
                return

    def _all_ticked(self, block: Block) -> None:
        """A matrix row ticked for every kind of applicant asks every applicant, whatever a
        bracket in its name says of some ("Accounts (for a hosted group, the host's)" says
        whose, not whether); a condition of circumstance ("if you run events") still limits."""
        if (
            self.row
            and block is self.row[0]
            and len(self.row) > 1
            and ticked_by_all(self.row, self._marked(self.row))
            and not self.vocab.condition.search(block.text)
        ):
            self.attachments[self.row_first :] = [
                replace(a, conditional=False) for a in self.attachments[self.row_first :]
            ]

    def _kind_from_who(self, block: Block) -> None:
        """'End-of-year financial statement | All applicants. Charities: the accounts you filed':
        a row's document no kind names takes the kind its 'Who must send it' cell names."""
        if not self.checklist or not self.row or len(self.attachments) != self.row_first:
            return
        first = self.row[0]
        if first is block or first.kind != TEXT or not first.text.strip():
            return
        for kind, pattern in self.vocab.kinds:
            if kind != "policy" and pattern.search(block.text):
                where = self.evidence(first, first.text)
                self.attachments.append(
                    Attachment(kind, self.row_conditional, clip(first.text), where)
                )
                return

    def _withdrawn(self, block: Block, kind: str) -> None:
        """A row's note saying its document is not sent withdraws what the row's first cell asked
        ("Public liability insurance | Everyone | We do not need to see the certificate");
        anywhere, the kind is one the document says is not needed (``replaced_sent``)."""
        self.withdrawn.add(kind)
        if self.row and block is not self.row[0] and kind != "policy":
            self.attachments[self.row_first :] = [
                a for a in self.attachments[self.row_first :] if a.kind != kind
            ]

    def _cell_item(self, text: str, row: list[Block]) -> bool:
        """Whether a documents table's cell opens by naming a known document: its notes may run
        on ("Your latest accounts. They need not be audited. Councils may send their return."),
        unless they say it is written in the form ("Budget. Use the table in section 4.")."""
        return (
            bool(row)
            and self.checklist
            and bool(self.vocab.kinds.names(sentences(text)[0]))
            and IN_THE_FORM.search(text) is None
        )

    def _head(self, block: Block) -> str:
        """A table cell's column heading ("You find", "We pay"): who the cell's share is of."""
        cell = dict(block.where).get("cell")
        return next((b.text for b in self.header if dict(b.where).get("cell") == cell), "")
