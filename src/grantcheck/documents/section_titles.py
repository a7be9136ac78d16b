"""Numbered section titles: where a list of documents ends because the next section begins.

A guidance note printed to PDF, or saved as text, numbers its sections ("5. How to apply",
"6. Documents you must send", "7. Policies and insurance") and nothing but the number marks a
title: a list's numbered item looks the same ("3. Your safeguarding policy"). A short title
whose number follows the section the list is in, and not the list's own last item, is the next
section's: the list has ended, whatever its words name ("7. Policies and insurance" names no
certificate to send, "10. Timetable" no plan). A form numbered straight through ("12. Please
send these:", "13. Your constitution", "14. Your accounts") numbers its items after its
heading: the line right after the heading, or after the list's last numbered item, is an item.
"""

from __future__ import annotations

import re

from grantcheck.documents.asks import awarded
from grantcheck.documents.blocks import FIELD, Block
from grantcheck.documents.sections import Sections
from grantcheck.documents.titles import AFTER_HEADING, NUMBERED_WORDS, title_words

# "7. Policies and insurance", "7 Policies": a whole number, then a capital (not "7.1 ...")
TITLE_NUMBER = re.compile(r"\s*(?P<n>\d{1,2})\.?\s+[A-Z]")
# a list item's number: "3.", "(3)", "3)", and "3" as titles are numbered ("3 Two written quotes")
ITEM_NUMBER = re.compile(r"\s*\(?(?P<n>\d{1,2})(?:[.)]|\s)")
WORD = re.compile(r"\w+")
LABEL_WORDS = 6  # a box's label and its line agree on their first words


def title_number(text: str, cells: int) -> int | None:
    """The number of a short numbered title outside a table ("7. Policies and insurance"), or
    None (a sentence, "7. Send your accounts.", or an item, "2. your accounts;", is none)."""
    found = TITLE_NUMBER.match(text)
    if found is None or cells or title_words(text) > NUMBERED_WORDS:
        return None
    return None if text.rstrip(" *").endswith((".", "?", ";", ",", ":")) else int(found["n"])


class SectionTitles(Sections):
    """Follows the numbers of a document's section titles and of its lists' items."""

    numbered: int  # the list's last number on a line of its own ("2", as a PDF prints "2.")
    section_no = -2  # the number of the last numbered section title read
    item_no = 0  # the last number of the list's own numbered items
    list_head = -1  # the text block read when the list being read was opened
    listing = False  # a list was open after the last title or item read
    asked_at: int  # the last text block asking a question (Rows)
    choosing = -2  # the last line read as one of a question's options, its own box after it

    def option_box(self, box: Block) -> None:
        """A box right after the line it labels, that line right after a question or another
        such option ("Which stage has your plan reached? Put an X in one box." / "Gathering
        evidence and consulting the community [box]"): the line is one of the question's
        choices, and a list its words opened as a title ("evidence") is none, so the options
        after it are not read as documents to send."""
        n = self.blocks_read
        if box.kind != FIELD or not self.recent or n - 1 not in (self.asked_at, self.choosing):
            return
        line = self.recent[-1][0].text.lower()
        label = WORD.findall(box.text.lower())[:LABEL_WORDS]
        if not label or label != WORD.findall(line)[:LABEL_WORDS]:
            return
        self.choosing = n
        if self.checklist and self.list_head == n:  # (a list its question opened stays open)
            self.checklist = self.policy_section = self.who_lines = self.recap_list = False
            self.list_conditional = self.heading_conditional = self.listing = False

    def _heading(self, block: Block, text: str, words: int, cells: int) -> bool:
        """Whether ``text`` heads a section (Sections._heading); a numbered title after a list
        of documents, the next section's, ends the list."""
        if self.checklist and not self.listing:  # opened since (a lead-in: "Please send:")
            self.list_head, self.item_no = self.blocks_read - 1, 0
        number = title_number(text, cells)
        if number is not None and self.checklist and self._next_section(number):
            self.checklist = self.policy_section = self.who_lines = self.recap_list = False
            self.list_conditional = self.heading_conditional = False
            self.after_award = bool(AFTER_HEADING.search(text) or awarded(text))
            self.section_no, self.listing = number, False
            return True
        listing = self.checklist
        heading = super()._heading(block, text, words, cells)
        if self.checklist and not listing:
            self.list_head, self.item_no = self.blocks_read, 0  # this title opens a list
        if number is not None and (heading or not self.checklist):
            self.section_no = number  # a section's title ("6. Documents you must send")
        elif self.checklist and not heading and (item := ITEM_NUMBER.match(text)) is not None:
            self.item_no = int(item["n"])  # the list's own item ("2. Your accounts")
        self.listing = self.checklist
        return heading

    def _next_section(self, number: int) -> bool:
        """Whether a numbered title in a list is the next section's: its number follows the
        last section title's, not the list's last item's, and it is not the list's first line
        (a form numbered straight through numbers its items after the list's heading)."""
        return (
            number == self.section_no + 1
            and self.blocks_read > self.list_head + 1
            and number not in (self.item_no + 1, self.numbered + 1)
        )
