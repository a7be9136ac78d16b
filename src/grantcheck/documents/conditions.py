"""Whether a sentence asks for something, and on what condition: the cues requirements share.

``Conditions`` holds what the requirement reader knows as it goes (the section it is in,
the table row's conditions, what it has found) and answers the questions every part of it
asks of a sentence: does it ask for something to be sent ("attach", "a copy of")? Does a
condition cue limit it ("if you work with children", "on request")? Could a phrase list
match it at all (the vocabulary's quick gates)? Whether a negation declines what a sentence
names is negation.py's.
"""

from __future__ import annotations

import re

from grantcheck.documents.applicants import (
    BRACKET_WHO,
    LEADING_FOR,
    LEADING_KIND,
    LEADING_ONLY,
    LEADING_WHO,
    SOME_NEED,
    SOME_WHO,
    TRAILING_FOR,
    TRAILING_ONLY,
)
from grantcheck.documents.beside import CLAUSE_IF, OR_IF, STAGE_IF, excused, limited, unstaged
from grantcheck.documents.blocks import Block, clip, line_of
from grantcheck.documents.facts import Attachment, Evidence, Found
from grantcheck.documents.gates import interest
from grantcheck.documents.items import cover_held
from grantcheck.documents.negation import (
    NONE_ASKED,
    READ_WITH,
    REFUSED_SOME,
    excepted,
    negated,
)
from grantcheck.documents.phrases import sentences
from grantcheck.documents.vocab import Vocabulary, tokens

# a list's item: a bullet, "3.", "(b)", "b.", and past h: "i)", "(vii)" (letters run on, or are
# roman)
LIST_ITEM = re.compile(
    r"^\s*(?:[-*+•▪]\s|\(?[0-9]{1,2}[.)]\s|\(?(?:[a-z]|[ivx]{2,4})\)\s|[a-h]\.\s)"
)
# what may stand between a clause's start and a condition that opens it
CLAUSE_OPENING = re.compile(r"(?:^|[,;:(–—])[\s\-*•]*(?:(?:and|or|but|that|only)\s+)*$", re.I)

# a message sent, not a document: "Send an email to grants@... if you have questions", "send us
# a short message" (not another's: "send us an email or letter from your partner saying ...")
MESSAGE = re.compile(
    r"\s*(?:(?:a|an|us|me|them)\s+){0,2}(?:(?:quick|short|brief)\s+)?"
    r"(?:e-?mails?|messages?|texts?|enquir(?:y|ies)|requests?\s+for\s+help|reminders?)\b"
    r"(?!\s+(?:(?:or|and)\s+(?:an?\s+)?letters?\s+)?from\b)",
    re.IGNORECASE,
)

# a sentence opening with a bare imperative to send: "Send annual accounts, a safeguarding policy
# and bank statements.", "Provide audited accounts." (what it names is asked; "Send your form to
# ..." and the like name no document)
IMPERATIVE = re.compile(
    r"^[\s\-*•▪0-9.()]*(?:please\s+)?(?:send|provide|include|enclose)\s+(?=[a-z])", re.IGNORECASE
)
# a clause asking every applicant, as a request or an imperative: "Please send ...", "Upload ...",
# "We need ...", "You must send ..." (never one naming who: "New groups may send ...")
ASKS_ALL = re.compile(
    r"^[\s\-*•▪0-9.()]*(?:please\b|(?:send|provide|include|enclose|upload|attach|give|email|"
    r"e-mail|post|submit)\b|we\s+(?:will\s+)?(?:need|ask\s+for|want)\b|you\s+(?:must|should|"
    r"need\s+to|will\s+need\s+to)\b)",
    re.IGNORECASE,
)
# where an imperative's object is written on the form itself: "in the table below", "in the box
# below", "in Part 4", "on this form", "here"
ON_FORM = re.compile(
    r"\b(?:in|on|into|using)\s+(?:the\s+|this\s+)?(?:table|box|boxes|space|grid|form|section|part|"
    r"page|column)\b(?:\s+(?:below|above|provided|\d{1,2}\b|[a-h]\b))?|\b(?:below|here)\b",
    re.IGNORECASE,
)
COVER_AFTER = re.compile(r"\s+cover\b", re.IGNORECASE)  # "insurance cover": held, not a document

# "- if older people will take part, your safeguarding policy": an item or sentence opening with
# "if" and a clause is for some applicants, whatever the clause says (the cue list names only
# the common openings: "if you", "if your")
# (or its inverted form: "Should your project involve children: your safeguarding policy")
# (after a list's letter too: "(f) if children will help, ..."; never "where to find ...")
LEADING_IF = re.compile(
    r"^[\s\-*•▪0-9.()]*(?:\(?(?:[a-z]|[ivx]{2,4})[.)]\s+)?(?:if|where(?!\s+(?:to|you\s+can)\b)"
    r"|should\s+(?:you|your|the|any|a|an)\b)\s+[^,;:.?!]{3,80}[,:]",
    re.IGNORECASE,
)

# a saved page's list items, and a definition list's terms ("li 3", "li#step-2")
ITEMS = ("li ", "dt ", "dd ", "li#", "dt#", "dd#")


def is_listed(block: Block) -> bool:
    """A list item or a table cell: where a checklist's items are."""
    place = dict(block.where)
    return (
        "cell" in place
        or str(place.get("element", "")).startswith(ITEMS)
        or bool(LIST_ITEM.match(block.text))
        or block.item
    )


class Conditions:
    """The reader's state, and the questions about cues and conditions it asks of sentences."""

    def __init__(self, name: str, vocab: Vocabulary) -> None:
        self.name, self.vocab = name, vocab
        self.interest = interest(vocab)
        self.attachments: list[Attachment] = []
        self.replaced: list[Attachment] = []  # everyone else's, unless limited elsewhere
        self.prose_asked: list[Attachment] = []  # asked outside any list (repeated.py)
        self.withdrawn: set[str] = set()  # kinds a sentence says are not needed
        self.policies: list[Found] = []
        self.accounts: list[tuple[int, bool, Evidence]] = []  # level index, alternative offered
        self.plain_accounts: set[int] = set()  # those named with no level: "your accounts"
        self.insurance: Found | None = None
        self.match: Found | None = None
        self.checklist = False
        self.policy_section = False
        self.policies_sent = False  # the policies section asks for copies of what it lists
        self.list_conditional = False  # "Some groups also need to send:"
        self.part_conditional = False  # "PART B: ONLY IF WE INVITE YOU": all it asks, of some
        self.heading_conditional = False  # under "If you are a CIO": all it asks, of some
        self.optional = False  # under "You may also send": nothing it names is asked for
        self.toks: frozenset[str] = frozenset()
        self.row_conditional = False  # a table row that applies to some applicants only
        self.row_requested = False  # a table row whose copy is sent only on request
        self.marked = False  # the list has bulleted or numbered items: a plain paragraph ends it
        self._cue_text = ""  # the last text asked about, and its condition cues (see _cues)
        self._cue_found: tuple[tuple[int, bool], ...] = ()
        self.who_decides = False
        self.match_section = False  # under a "Match funding" heading
        self.after_award = False  # under a "Monitoring" heading: what is sent after the grant
        self.blocks_read = 0  # text blocks read so far
        self.insurance_named = -2  # the text block that last named public liability insurance
        self.contents = False  # in a contents list
        self.since_control: list[str] = []  # text blocks since the last control (a file's help)
        self.item_cell: object = None  # the cell of a table row that names the document
        self.ticked = False  # a tick box drawn as a glyph stood on the line before
        self.after_box = False  # a form's box (a tick box's field) stood just before this line
        self.box_label = ""  # that box's label (a fillable form's check box: its item's words)
        self.box_group = ""  # that box's group (the check boxes of one list share one)
        self.list_group: str | None = None  # the group of the boxes the open list's items follow
        self.one_of: int | None = None  # under "one of the following:": the first item found
        self.prose = False  # a paragraph neither a list's item nor run in has been read
        # a definition list's term ("Risk assessment") and what was found before it: the
        # description after it ("Only for outdoor events") is read with it
        self.term: tuple[Block, int, int, int, int] | None = None
        self.listed_from: int | None = None  # the first document of the lines just read
        self.table_first = 0  # the first document found in the table being read (prose.py)
        self.tabled = False  # the first line after a documents table is to be read (prose.py)

    def _sent_object(self, s: str, at: int) -> bool:
        """Whether a document is what a bare imperative at ``at`` sends: named within two words
        of the verb ("Send annual accounts"), not a sum or cover ("Include the cost of your
        insurance", "Provide insurance cover")."""
        if ON_FORM.search(s, at) is not None:
            return False  # "Provide a budget in the table below": written on the form (review20 F7)
        names = [m for _, p in self.vocab.kinds.could(s) for m in p.finditer(s, at, at + 40)]
        return any(
            len(s[at : m.start()].split()) <= 2 and COVER_AFTER.match(s, m.end()) is None
            for m in names
        )

    def _sends(self, s: str) -> bool:
        """Whether a sentence asks for something to be sent ("attach", "a copy of"), not that it
        need not be ("You do not need to send the certificate")."""
        imperative = IMPERATIVE.match(s)
        if imperative is not None and self._sent_object(s, imperative.end()):
            return True  # "Send annual accounts, ...", "Provide audited accounts." (no cue word)
        if not self.may("attach"):
            return False
        return any(
            (not negated(s, m.start()) or excepted(s, m.end()))
            and READ_WITH.search(s, max(0, m.start() - 14), m.start()) is None
            and MESSAGE.match(s, m.end()) is None  # ("send an email to ... about your budget")
            and not cover_held(s, m)  # ("Your insurance must include public liability cover")
            for m in self.vocab.attach.finditer(s)
        )

    def _cues(self, text: str) -> tuple[tuple[int, bool], ...]:
        """Where ``text``'s condition cues start, and whether each only says when a copy is sent
        ("on request"); the last text's cues are kept, as a sentence is asked about several
        times."""
        if self._cue_text != text:
            v = self.vocab
            self._cue_text, self._cue_found = (
                text,
                (
                    tuple(
                        (m.start(), v.request.fullmatch(m.group(0)) is not None)
                        for m in v.condition.finditer(text)
                    )
                    if self.may("condition", text)
                    else ()
                ),
            )
            found = self._cue_found
            if (
                LEADING_ONLY.match(text)
                or ((not found or found[0][0] > 12) and LEADING_IF.match(text))
                or LEADING_WHO.match(text)
            ):
                self._cue_found = ((0, False), *found)
            elif "nly" in text or "unig" in text:  # ("only", "Only")
                trailing = TRAILING_ONLY.search(text)
                if trailing:  # "Your policy (charities with paid staff only)"
                    self._cue_found = (*found, (trailing.start() + 1, False))
            if "(" in text or "," in text or "–" in text:  # "(events aimed at children)"
                alternative = OR_IF.search(
                    text
                )  # (not "or, for new groups, ...": an alternative's)
                end = len(text) if alternative is None else alternative.start()
                after = [
                    m.start() + 1
                    for p in (TRAILING_FOR, CLAUSE_IF, BRACKET_WHO)
                    if (m := p.search(text, 0, end)) is not None
                ]
                self._cue_found = (*self._cue_found, *((at, False) for at in after))
        return self._cue_found

    def _limited(self, window: str, named: int = 0) -> bool:
        """Whether a condition limits the document named in ``window`` (beside.py)."""
        return limited(self.vocab.condition, window, named)

    @staticmethod
    def _excused(window: str) -> bool:
        """Some applicants excused, or only some named, beside the document (beside.py)."""
        return excused(window)

    def _conditioned(self, text: str, policy: bool = False) -> bool:
        """Whether a condition cue applies to ``text`` (for a policy, a cue that only says when
        a copy is sent, "on request", does not)."""
        return any(not (policy and request) for _, request in self._cues(text))

    def _opens(self, text: str) -> bool:
        """Whether a condition (not "on request") opens a clause of ``text``: "..., if you work
        with children", not "... used only for the project"."""
        return any(
            not request and CLAUSE_OPENING.search(text, max(0, at - 40), at) is not None
            for at, request in self._cues(text)
        )

    def _requested(self, text: str) -> bool:
        """Whether ``text`` says a copy is sent only when asked ("available on request")."""
        return any(request for _, request in self._cues(text))

    def _instead_of_none(self, text: str, s: str, at: int) -> bool:
        """'The council does not need to see your accounts. Instead, please send a bank
        statement': "instead" (at ``at`` in the sentence ``s`` of ``text``) opening what follows
        a refusal of the funder's own, or closing the sentence after it ("Please send a bank
        statement instead."), with no condition in either, offers the document to every
        applicant, not to some ("Instead, new groups may send ..." is some's)."""
        head = s[:at]
        rest = (s[at:].split(None, 1) + [""])[1].lstrip(" ,")  # (after "instead")
        if head.strip(" ,;–—-") and head.rstrip().endswith((";", ",")):
            refusal = head
        else:  # (the sentence before, in the same block)
            if head.strip(" ,;–—-"):
                if rest.strip(" .;:!?)"):
                    return False  # ("... send bank statements instead of accounts": its own)
                # "We don't need your accounts. Please send your bank statement instead.": the
                # clause "instead" closes asks every applicant (not "New groups may send ...")
                if ASKS_ALL.match(head) is None:
                    return False
                rest = head
            start = text.find(s)
            before = sentences(text[:start]) if start > 0 else []
            refusal = before[-1] if before else ""
        return (
            NONE_ASKED.match(refusal) is not None
            and REFUSED_SOME.search(refusal) is None
            and self.vocab.condition.search(refusal) is None
            and self.vocab.condition.search(rest) is None
            and SOME_WHO.search(rest) is None
            and LEADING_WHO.match(rest) is None
        )

    def _leads_with_condition(self, s: str) -> bool:
        """'If your organisation is new, send ... instead': a condition opening the sentence
        applies to every document the sentence asks for."""
        if STAGE_IF.match(s, len(s) - len(s.lstrip(" -*•▪0123456789.()"))) is not None:
            s = unstaged(s).lstrip(" ,")  # "If we invite you to stage two, ...": no condition
        if LEADING_ONLY.match(s) or LEADING_FOR.match(s) or LEADING_WHO.match(s):
            return True
        if SOME_NEED.search(s):  # "Depending on your project, you may also need to send ..."
            return True
        if LEADING_KIND.match(s) and not self.vocab.everyone.match(s.lstrip(" -*•▪")):
            return True
        bare = s.lstrip(" -*•▪0123456789.()")
        m = self.vocab.condition.search(bare[:40])
        if m is None or m.start() > 12:
            return LEADING_IF.match(s) is not None  # "if older people will take part, ..."
        return not self.vocab.request.fullmatch(m.group(0))

    def may(self, gate: str, text: str = "") -> bool:
        """Whether any phrase of a list could match: its key tokens are in the sentence."""
        toks = tokens(text) if text else self.toks
        return not self.vocab.gates[gate].isdisjoint(toks)

    def evidence(self, block: Block, words: str, at: tuple[int, int] | None = None) -> Evidence:
        """``words`` quoted around ``words[at[0]:at[1]]``, the words matched, when given."""
        line = line_of(block, words, at[0] if at else None)
        return Evidence(self.name, block.where, clip(words, at=at), line)
