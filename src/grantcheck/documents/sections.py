"""Where a requirement sits: the headings that open a checklist, a policies list, a list of
documents some applicants send, or a section about what happens after the award.

A heading is a heading block, a short line ending in ":" or "?", a short line in capitals,
or "Part 3" / "Adran 2"; a short title naming a checklist ("Supporting documents") is one
too. Within a checklist, a line saying who sends the items under it ("Only in some cases:",
"From every applicant") qualifies the list rather than ending it.
"""

from __future__ import annotations

import re
from collections import deque

from grantcheck.documents.applicants import EACH_LIMIT, EACH_WHICH, SOME_NEED, SOME_WHO, STRAND_WHO
from grantcheck.documents.asks import awarded
from grantcheck.documents.beside import MANNER_IF, STAGE_ENDS, STAGE_IF, unstaged
from grantcheck.documents.blocks import Block
from grantcheck.documents.cells import row_key
from grantcheck.documents.conditions import LIST_ITEM, is_listed
from grantcheck.documents.items import content_of, label_of, run_in_label
from grantcheck.documents.negation import negated
from grantcheck.documents.recaps import Recaps
from grantcheck.documents.stacked import stacked
from grantcheck.documents.titles import (
    AFTER_HEADING,
    CAPTION,
    DECLARATION_TITLE,
    DECLINED,
    HAVE_SENT,
    HELP_HEADING,
    NO_DOCUMENTS,
    NUMBERED_TITLE,
    NUMBERED_WORDS,
    OPTIONAL,
    SECTION,
    SENDING,
    item_named,
    only_after,
    section,
    title_words,
    untasked,
)

BOX = re.compile(r"[☐□]")  # a tick box typed before each document of a line
# "Your application will not be considered unless it comes with:": a refusal's "unless" asks
# of every applicant ("We cannot accept a bid unless you send ...")
REFUSED = re.compile(
    r"\b(?:not|never|cannot|can't|can’t|won't|won’t)\s+(?:be\s+)?(?:consider|accept|assess|"
    r"process|fund|look\s+at)\w*\b[^.;:]{0,40}$",
    re.IGNORECASE,
)


class Sections(Recaps):
    """Reads headings for the kind of section they open."""

    recent: deque[tuple[Block, tuple[int, int, int]]]  # the last blocks read (set by Uploads)

    def _asks(self, text: str) -> bool:
        """Whether a heading asks for what follows ("Please upload:"), not that it need not be
        sent ("You do not need to upload these yet:")."""
        for pattern in (self.vocab.checklist, self.vocab.attach):
            found = [m.start() for m in pattern.finditer(text) if not content_of(text, m)]
            if found:  # (the last: "Nothing now. At Stage 2 you must send:" leads a list in)
                return not negated(text, found[-1])
        return False

    def _some(self, text: str) -> bool:
        """Whether a heading or lead-in names a condition, not a refusal's "unless"."""
        text = MANNER_IF.sub(" ", text)  # ("... in one email if you can:": how, not who)
        staged = STAGE_IF.search(text)
        if staged is not None and STAGE_ENDS.match(text, staged.end()) is not None:
            text = unstaged(text)  # "If we invite you to stage two, send:": no one's (never
            # "If you are shortlisted for a grant over £10,000, send:": the grant's size limits)
        if self.attachments and STRAND_WHO.search(text) is not None:
            return True  # "Groups applying for a capital grant must also send:" (after a list)
        if EACH_WHICH.match(text) is not None and EACH_LIMIT.search(text):  # "Each application
            return True  # over £5,000 must also include:" (never "Each application for a grant")
        if SOME_NEED.search(text) is not None or SOME_WHO.search(text) is not None:
            return True  # "Depending on your project, you may also need to send:"
        return any(
            not (m.group(0).lower() == "unless" and REFUSED.search(text, 0, m.start()))
            for m in self.vocab.condition.finditer(text)
        )

    def _heading(self, block: Block, text: str, words: int, cells: int) -> bool:
        """Whether ``text`` heads a section (and what kind: a checklist, policies, conditional
        items); True when that is all it is."""
        caption = CAPTION.match(text)  # a table's caption titles the rows under it
        text = text[caption.end() :] if caption is not None else text
        heading = block.heading or caption is not None
        v, tail = self.vocab, text.rstrip(" *")  # (a required mark ends no title)
        explicit = (
            heading
            or (words <= 16 and tail.endswith((":", "?")))
            or (words <= 8 and text.isupper())
            or (words <= 16 and section(text) is not None)  # not "Stage 2. The fund ..."
        )
        # a short title names a section, but not a cell with words beside it: a table's
        # "Evidence of match funding | Where you have other funding" is an item
        short_title = words <= 6 and not tail.endswith((".", "?")) and cells < 2
        # "7. Documents you will need at Stage 2": a numbered section's title, a little longer
        # (a bracketed aside after it, "(tick each one you send)", is no part of the title)
        numbered = (
            not short_title
            and NUMBERED_TITLE.match(text) is not None
            and title_words(text) <= NUMBERED_WORDS
            and not tail.endswith((".", "?", ";", ","))
            and cells < 2
        )
        # "From every applicant", "Some groups only": a list's line saying who sends the items
        # under it, naming no document
        who = (
            self.checklist
            and short_title
            # a list's own line, or a short line between its items, no 'Who' column read as lines
            and (
                block.item
                or LIST_ITEM.match(text) is not None
                or (self.marked and not self.who_lines)
            )
            and bool(v.everyone.search(text) or self._leads_with_condition(text))
            and not v.kinds.names(text)
        )
        declined = (  # (in a list: the list's next part, though its title is long)
            self.checklist
            and words <= 16
            and not tail.endswith((".", "?"))
            and DECLINED.search(text) is not None
            and not v.kinds.names(text)
        )
        explicit = explicit or who or declined
        if self.checklist and short_title and DECLARATION_TITLE.fullmatch(tail):
            self.checklist = self.policy_section = self.who_lines = False  # the list has ended
            return True
        if explicit and section(text):  # a part of the form only some applicants fill in
            self.part_conditional = bool(self._leads_with_condition(SECTION.sub("", text)))
        if explicit:
            self.match_section = bool(self.may("match", text) and v.match.search(text))
            self.after_award = bool(
                AFTER_HEADING.search(text)
                or awarded(text)
                # a lead-in ("We will then ask you to send:") goes on with its section's
                or (self.after_award and tail.endswith(":") and not heading)
            )
        if (
            (numbered or short_title)
            and not explicit
            and not self.checklist
            and NUMBERED_TITLE.match(text)
        ):  # "8. If we offer you a grant", "9. Insurance": a numbered section's title
            self.after_award = bool(AFTER_HEADING.search(text))
        if (
            not explicit
            and not (
                (short_title or numbered)
                and v.checklist.search(untasked(text))
                # (a list's own item naming its document with a list's word is the list's:
                # "- evidence of the landowner's agreement", not the next list's title)
                and not (self.checklist and is_listed(block) and item_named(text, v.checklist))
                and not any(p.search(text) for k, p in v.kinds.could(text) if k != "policy")
            )
            and not (
                # "Document" / "Required": a documents table's heading row read as lines, its
                # 'Who must send it' column's heading right after its first column's
                self.checklist
                and short_title
                and v.who_column.fullmatch(text.strip(" :"))
                and self._after_column_heading()
            )
        ):
            return False
        if tail.endswith(":") and v.kinds.names(text):
            return False  # "If you employ staff: your insurance certificate" is an item
        self.optional = declined or OPTIONAL.search(text) is not None  # "You may also send"
        if self.optional:  # what follows is sent if the applicant wishes
            self.checklist = self.list_conditional = self.heading_conditional = False
            self.who_lines = self.recap_list = self.policy_section = False
            return True
        # "If you are a CIO", "Groups with paid staff": a heading (not a lead-in ending ":")
        # naming some applicants limits all its section asks; "Everyone" names them all
        some = (
            explicit
            and not tail.endswith(":")
            and (
                self._leads_with_condition(text)
                or only_after(tail)
                or EACH_WHICH.match(text) is not None  # ("Every project over £10,000")
            )
        )
        self.heading_conditional = some and not self.after_award and not who  # (a list's line)
        if self.checklist and NO_DOCUMENTS.search(text):  # "Who cannot apply?": who, not what
            self.checklist = self.list_conditional = self.who_lines = self.recap_list = False
            return True
        if (
            self.checklist
            and (heading or (words <= 8 and text.isupper()))
            and (some or v.everyone.search(text))
        ):  # "All groups", "SOME GROUPS": a sub-heading of the list, who sends what follows
            self.list_conditional = some
            return True
        if (
            self.checklist
            and not heading
            and (self._some(text) or self._leads_with_condition(text))
        ):
            self.list_conditional = True  # "Only in some cases:" within the checklist
        elif (
            self.checklist
            and not heading
            and (tail.endswith(":") or who)
            and not text.isupper()
            and not section(text)
        ):
            self.list_conditional = False  # "Three things, from every group:" leads the list
        elif cells >= 2 and ("row", 1) in block.where and self.checklist:
            pass  # "ITEM | WHO SENDS IT": a column's heading, under the list's own heading
        elif (
            self.checklist
            and not cells
            and words < 6
            and v.who_column.match(text)
            and "apply" not in text.lower()  # ("Who cannot apply?": who is eligible, a new part)
        ):
            self.who_lines = True  # "Who needs to upload it": a documents table read as lines
        else:
            self.who_lines = self.recap_list = False
            self.checklist = (
                (self._asks(text) or HAVE_SENT.search(text) is not None)
                and not HELP_HEADING.search(text)  # "Help with your application": not a list
                and not NO_DOCUMENTS.search(text)  # "Eligibility checklist": statements to tick
                # "What evidence do you have?": a question to answer in words, unless it asks
                # what to send ("What do I need to send?", "Which documents do I need?")
                and not (tail.endswith("?") and not SENDING.search(text))
            )
            self.list_conditional = self.checklist and self._some(text)
            self.policy_section = "polic" in text.lower() and not v.attach.search(text)
            self.policies_sent = False
        # "I have enclosed:", "Checklist", "Tick them off": a list that may repeat the above
        self.recap_list = self.recap_list or (self.checklist and bool(v.recap.search(text)))
        return True

    def _after_column_heading(self) -> bool:
        """Whether the line before was a column's heading: a word or two naming no document."""
        if not self.recent:
            return False
        before, found = self.recent[-1]
        return before.text.count(" ") < 3 and len(self.attachments) == found[0]

    def _run_in(self, text: str, item: bool, row: bool) -> tuple[bool, bool]:
        """Whether a paragraph of a list outside a table is its item, and whether it is one
        because a label is run into it ("Everyone: your accounts and a budget. Accounts must
        be ...", "New groups: ..."): in a list with no bullets or numbers, from the list's
        heading on, a paragraph run in with a label naming who sends it or what it is is the
        list's item, however long the note after it; in a bulleted list, a line run in with a
        condition ("Only if you run public events: your insurance certificate") is its item
        for some applicants."""
        labelled = (
            not item
            and not self.marked
            and not self.prose  # (only paragraphs run in from the list's heading on)
            and self.checklist
            and not row
            and ":" in text[:90]
            and run_in_label(text)
        )
        if self.marked and not item and not row and ":" in text[:90]:
            item = self._leads_with_condition(label_of(text))
        return item, labelled

    def _ticked(self, block: Block, row: list[Block] | None) -> tuple[str, list[str]] | None:
        """'Checklist: ☐ Constitution  ☐ Accounts (...)': a line of tick boxes, each before a
        document, under words asking for them (or in a list already open): those words and
        the documents, to read as a heading and its items; None for a question's boxes ("What
        type of group are you? ☐ Charity ☐ CIO", a tick-box field) or a table's cell. A list
        whose items stand on lines of their own, each after a mark, is read so in a cell too
        ("Please send these:" / "☐ Your constitution" / "☐ A bank statement"); in a cell beside
        an empty answer box, such a list says what to write there ("Please cover:"): nothing
        in it is sent."""
        lines = stacked(block.text) if "\n" in block.text else None
        if lines is not None:
            if row_key(block.where) in self.answer_rows:
                return "", []  # what to write in the box beside it: nothing to send
            head, items = lines
            if "?" in head:
                return None
            if head and not self._asks(head):  # under a documents heading, a lead-in that
                return ("", items) if self.checklist else None  # asks for nothing leads in
            return (head, items) if head or self.checklist else None
        head, *items = BOX.split(block.text)
        items = [t.strip() for t in items if t.strip()]
        head = head.strip()
        if len(items) < 2 or row or (head and ("?" in head or not self._asks(head))):
            return None
        return (head, items) if head or self.checklist else None
