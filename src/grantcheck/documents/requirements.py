"""What the documents ask of applicants: attachments, policies, accounts, insurance, match.

Read sentence by sentence from text blocks. A sentence asks for a document when it
uses an attachment cue ("a copy of", "attach", "upload") or sits in a checklist
section (under a heading such as "Supporting documents") or is an upload control's
label; the document's kind comes from the vocabulary, and a condition cue ("if you
work with children") makes it conditional. Policies are named with a policy word
("safeguarding policy") or under a policies heading, never the funder's own ("our").

This module follows the document's sections, lists and tables block by block; each sentence
is read by ``requested``, and what it names is found by ``attachments`` (documents, policies)
and ``holdings`` (accounts, insurance, match funding), with the cues they share in
``conditions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from grantcheck.documents.blocks import FIELD, FILE, SPACE, TEXT, Block
from grantcheck.documents.conditions import ITEMS, LEADING_IF, LIST_ITEM, is_listed
from grantcheck.documents.holdings import LEVELS, names_accounts
from grantcheck.documents.items import after_label
from grantcheck.documents.lead_ins import ONE_OF
from grantcheck.documents.loosely import may_name_loosely
from grantcheck.documents.matrix_marks import KEY, NOT_NEEDED
from grantcheck.documents.notes import POINTER_WORDS, POINTS_BACK
from grantcheck.documents.phrases import sentences
from grantcheck.documents.prose import COPY, PROSE_WORDS, element, may_tick, word_count
from grantcheck.documents.requested import Requested
from grantcheck.documents.rows import BULLETS
from grantcheck.documents.sent_objects import may_send, sent_objects
from grantcheck.documents.titles import STATED_SENT
from grantcheck.documents.twins import welsh
from grantcheck.documents.vocab import tokens

__all__ = ["LEVELS", "Requirements"]

ITEM_WORDS = 40  # a checklist item is short; a long paragraph under the heading is prose
FOOTNOTE = ("↩", "↩\ufe0e")  # a footnote's back-link: it explains, it is not the list's item

TICKS = frozenset("■□☐❑▢◻")


class Requirements(Requested):
    """Collects requirements from blocks in reading order."""

    box: object = None  # the box drawn round part of the page being read (cells.framed)
    # the conditions in force as it was entered, and whether a list was open
    box_state: tuple[bool, bool, bool] = (False, False, False)

    def box_edge(self, box: object) -> None:
        """Entering or leaving a box drawn round part of the page (``box``: its table and row,
        a text box's number, or None outside any): a condition its own heading or lead-in sets
        ("If you will work with children" over its list) ends with the box, as a part's ends
        with the part, and so does a list it opens ("What you need to send" in a sidebar: the
        numbered list after it in the page is not its)."""
        if box == self.box:
            return
        if self.box is not None:
            self.list_conditional, self.heading_conditional, self.checklist = self.box_state
        if box is not None:
            self.box_state = (self.list_conditional, self.heading_conditional, self.checklist)
        self.box = box

    def feed(
        self, block: Block, row: list[Block] | None = None, header: Sequence[Block] = ()
    ) -> None:
        """Read one block; a table cell comes with its row's cells and the table's header row."""
        if self.passes(block, row, header):
            return  # prose asking for nothing, passed by as a full reading would
        if block.translation:
            return  # (what it asks for, the page asks for in its own language beside it)
        if block.kind == SPACE:  # a question answered in its own box: a table after the box
            self.asked_at = -2  # is not the question's choices (rows.py)
        row_text = " ".join(b.text for b in row) if row else ""
        if row is not self.row:  # a new row: what it asks for is found from here on
            self._table_edge(row)
            self.row, self.row_first = row, len(self.attachments)
            self.row_found, self.row_refused = self._found(), False
        if self.row_refused:
            return  # "Business plan | Not required | ...": nothing the row names is asked
        self.row_text, self.header = row_text, header
        if row or header:
            columns = self._row(block, row or [], header, row_text)
            if columns is None and NOT_NEEDED.fullmatch(block.text.strip()):
                self._forget(self.row_found)  # "Required? | No", "Not required": not asked
                self.row_refused = True
                first = (row or [block])[0]
                if names_accounts(first.text):  # "Accounts | No": none asked, as "no accounts"
                    self.accounts.append((0, True, self.evidence(first, first.text)))
                return
            if columns is None:  # "All applicants", "Groups running events": who, not what, to
                self._who_cell(block)  # send; a cover or a level of accounts it names is read
                self._kind_from_who(block)
                return
        else:  # not a table cell: no row, so nothing a row says applies
            columns = []
            self.who_decides = self.row_conditional = self.row_requested = self.recap = False
        if block.kind == FILE:
            self._upload(block, row_text)
        elif block.kind != TEXT:
            # ("[ ] Your accounts": its words read just before, a label perhaps cut short)
            said = bool(self.since_control) and self.since_control[-1].startswith(block.text)
            self.since_control, self.after_box = [], block.kind == FIELD
            self._boxed(block)
            self.option_box(block)  # "Which stage ...? Tick one." / "Gathering evidence [box]"
            self._label_ticked(block)  # "[ ] We have a safeguarding policy": confirmed
            self._value_asked(block)  # "... insurance policy number": a value, nothing sent
            if not said and self._written_beside(block, row):  # "A constitution ______": the
                self.feed(replace(block, kind=TEXT, item=True))  # list's item, a blank beside it
        elif (len(block.text) < 3 and block.text.strip() in TICKS) or (
            self.checklist and not row and (block.text in BULLETS or self._numbered(block.text))
        ):  # a tick box drawn as a glyph on a line of its own ("■", "☐"), or a list's number
            # (a table's "No." column read as lines): the checklist's next line is an item
            # however long its note
            self.since_control, self.ticked = [], True
            self._boxed(block)
        elif may_tick(block.text) and (
            ticked := self._ticked(block, row)
        ):  # "Checklist: ☐ Constitution  ☐ Accounts": the list's heading, then each item
            head, items = ticked
            for text, heading in ((head, True), *((t, False) for t in items)):
                if text:
                    self.feed(replace(block, text=text, heading=heading, item=not heading))
            return
        else:
            self.blocks_read += 1
            self.since_control.append(block.text)
            if self.blanks_ended:  # (set only when it was: a reading passed by leaves it)
                self.blanks_ended = False
            if not block.link:  # "Privacy notice", a link in a list: a page to read, not to send
                block = self._unwrap(block)
                found = len(self.attachments), len(self.policies), len(self.accounts)  # before it
                if not self._button(block, row_text):
                    uploaded = self.last_upload is not None  # (an upload's note: its hint)
                    if uploaded:
                        self._hint(block)
                    # (a line after its own tick box is an item, never a note on the one
                    # above: "[box] If a host holds the money: a letter from it")
                    if uploaded or self._own_box(block) or not self._note_under(block, row or []):
                        self._text(block, row or [], columns, row_text)
                        self._described(block, found[0])
                self._line_read(block, found)
            self.after_box = False
        if row and self.row_when is not None:  # "When we check it": with the application, or later
            self._when_read(block)
        elif row and len(row) > 2:  # "Accounts (for a hosted group, the host's) | ✔ | ✔ | ✔"
            self._all_ticked(block)

    def _text(self, block: Block, row: list[Block], columns: list[object], row_text: str) -> None:
        """A text block: a heading, a list's item, or prose, read for what it asks for."""
        text = block.text
        words = word_count(text)
        v, tabled, self.tabled = self.vocab, self.tabled, False  # (the line after a table: prose)
        if block.heading or words >= 12:
            self.contents = False
        if (block.heading or words <= 4) and v.contents.fullmatch(text.strip(" :")):
            self.contents = True  # "Contents": a list of the sections, not of documents
            return
        if self.contents or self._scoring(text):
            # (a contents list, or a scoring guide: neither names a document to send; a scoring
            # guide's title, "How we score applications", ends the documents list before it)
            title = block.heading or (not row and text.lstrip()[:4].lower() == "how ")
            self.checklist = self.checklist and not title
            return
        if not row and words >= PROSE_WORDS and self._passed_by(block, text, words):
            return
        cells = [b for b in row if b.text.strip()]
        if (
            len(cells) == 1
            and self.checklist
            and not v.kinds.names(text)
            # ("All applicants"; never Welsh "Ni all ...", cannot: an English word in Welsh)
            and (self._leads_with_condition(text) or (v.everyone.search(text) and not welsh(text)))
            and not ((lead := LEADING_IF.match(text)) and after_label(text, lead.end()))
        ):  # "Required in some cases", a table row across the table: it leads the rows below
            # ("Receipts for purchases above £100" with its tick box empty is an item, as is
            # "If you rent: a letter from the owner")
            self.list_conditional = bool(v.condition.search(text))
            return
        items = [c for c in (dict(b.where).get("cell") for b in cells) if c not in columns]
        self.item_cell = min(items, default=None, key=str) if items else None
        if self._heading(block, text, words, len(cells)):
            if not self.checklist:  # (the list has ended: the next list's boxes are its own)
                self.list_group = None
            self.prose = False  # (run-in items may follow: see "labelled" below)
            # "Please upload one of the following:": its items are alternatives, one document
            self.one_of = len(self.attachments) if ONE_OF.search(text) else None
            if self.insurance is None and text[-1:] == "?":  # a question as a title ("Do you
                self.toks = tokens(text)  # hold cover of £10 million?", a fieldset's legend):
                self._insurance(block, text, lambda: bool(block.shown_if))  # the cover asked
            return
        if self.who_lines and self.who_line(block, text, v.kinds.names(text)):
            return  # "All applicants" under the document it qualifies: who, not what
        tag = element(block.where)
        item = (
            bool(LIST_ITEM.match(text)) or block.item or tag.startswith(ITEMS) or self.ticked
        )  # a list item is the list's, even with a note after it ("2. Your accounts. These ...")
        self.ticked = False
        item, labelled = self._run_in(text, item, bool(row))
        self.prose = self.prose or not (labelled or row or self._lead_in(text))
        body = LIST_ITEM.sub("", text, count=1) if item else text
        noted = (
            item or labelled or block.boxed or self._own_box(block) or self._cell_item(text, row)
        )
        if (
            body.count(" ") >= ITEM_WORDS * (2 if noted else 1)
            or (not noted and body.count(". ") >= 2)
            or (
                (self.marked or tabled)
                and not item
                # "These are sometimes called a constitution.": a note on the item above
                and not (words <= POINTER_WORDS and POINTS_BACK.match(text))
                and not any(k == "cell" for k, _ in block.where)
            )
        ) and not (
            (self.checklist and (self._lead_in(text) or KEY.search(text) is not None))
            # (a documents table's notes beside the row's document: "Accounts | Your latest
            # annual accounts. They can be ... If your group is new, ...": the table goes on)
            or (row and dict(block.where).get("cell") != self.item_cell)
        ):
            self.checklist = self.policy_section = self.who_lines = False  # prose: list ended
        leads = not (self.checklist or row) and (not item or text[-1:] == ":")
        if leads and self._points_ahead(text):  # (an item may lead in a list nested in it)
            # prose that asks for what follows and names none of it opens a list, as a heading
            self.checklist, self.list_conditional = True, self._some(text)
            if item:
                return  # (its words lead the list in: none of them is the list's item)
        notes = not (item or row) and self._last_leads(text)
        if notes:  # "... We do not need your accounts. Please enclose:": its last sentence
            # leads the list in; the notes before it are prose, never the list's items
            self.checklist, self.prose = True, False
            self.list_conditional = self._some(sentences(text)[-1])
        if self.policy_section and not item and not row and "polic" in text.lower():
            # "Upload a copy of each policy marked Required", naming none: the list's are sent
            self.policies_sent = self.policies_sent or (
                self._asks(text)
                and not any(p.search(text) for _, p in self.vocab.policies.could(text))
            )
        self.marked = (self.checklist or self.policy_section) and (self.marked or item)
        # a footnote under the list (its back-link "↩" closing it, as Markdown's are saved)
        in_list = (self.checklist or self.policy_section) and not (text.endswith(FOOTNOTE) or notes)
        toks = tokens(text)
        if self.match is None:  # a paragraph: "... 10% of the cost. This match funding ..."
            head = self._head(block) if "%" in text else ""  # "You find | At least 15% of ..."
            if head:  # a cell's share is of whom its column names
                self._match(block, f"{head} {text}", toks | tokens(head))
            if self.match is None:
                self._match(block, text, toks)
        term, self.term = self.term, None
        described = term is not None and tag.startswith("dd ") and term[1] == self.blocks_read - 1
        if tag.startswith("dt "):
            self.term = (block, self.blocks_read, *self._found())
        elif term is not None and described:
            # "Risk assessment" then "Only for outdoor events.": the description qualifies the
            # term; what the term gave alone is read again with it
            self._forget(term[2:])
            self.row_conditional = self.row_conditional or self._leads_with_condition(text)
            block, text = term[0], f"{term[0].text} ({text})"
            toks = tokens(text)
        if (
            not (
                in_list
                and self.checklist
                and (is_listed(block) or block.boxed or self._ticked_line(block))
            )
            and toks.isdisjoint(COPY)
            and not self.interest.could_match(text, toks)
            and not may_name_loosely(text)  # (a letter from someone, named by what it says)
            and not (may_send(toks) and sent_objects(text, self.vocab))  # ("attach a map ...")
        ):
            return  # nothing here an applicant could be asked for ("a copy of ..." may be)
        if in_list and (
            self.recap or (self.recap_list and not row) or STATED_SENT.match(block.text)
        ):  # (a list to tick, or a line of one: "[box] Quote or price list enclosed")
            self.recapped(block)
        found = self._found() if self.who_lines else None
        first, parts = len(self.attachments), sentences(text)
        for n, sentence in enumerate(parts):
            if not (n and self._holds(first, sentence)):  # ("It should include ...": its parts)
                self._sentence(block, sentence, in_list, row_text)
        if in_list and self.one_of is not None:
            del self.attachments[self.one_of + 1 :]  # (the first alternative stands for all)
        if len(parts) > 1 and len(self.attachments) > first and in_list:
            self._noted(first, parts[1:])  # "A list of DBS roles. Only where staff ..."
        if in_list and len(self.attachments) > first and (is_listed(block) or self.after_box):
            self._another_quote(first, self.list_head, text)  # (a list's item, no lead-in)
        if found is not None and found != self._found():
            self.last_item = (block.where, found[0], found[1])
        if term is not None and described:
            self._one_each(term[2])
