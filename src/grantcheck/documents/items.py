"""What a checklist item's own words name, when no kind of document does.

"A risk assessment", "a map or plan showing where the work will be": an item of a few words
that is neither a heading, a question nor an instruction names a document all the same;
"Subsidy control declaration: signed, on our template" names one by its run-in label; "a
copy of your caterer's registration" asks for one as a copy. "Closing date: 1 May" is a fact,
and "Keep a copy of your form" asks for nothing.
"""

from __future__ import annotations

import re

from grantcheck.documents.item_names import HEAD_ENDS, ITEM_MARK, PAPER_END, details, the_paper
from grantcheck.documents.keyed import Family
from grantcheck.documents.vocab import tokens

# "must be covered by public liability insurance": cover held, as "hold" says
HOLD = re.compile(r"\b(?:hold|have|has|held|maintain|carry|take out|covered by)\b", re.I)
# "a copy of your caterer's registration": a copy asked of the applicant, and what it is of
COPY_OF = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:your|the|their|its)\s+(?P<name>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
    r"\s*(?:[.;,(]|$)",
    re.IGNORECASE,
)
# a copy the applicant keeps or is sent: "Keep a copy", "we will send you a copy", "you will get
# an email with a copy of your answers"
NOT_SENT = re.compile(
    r"\b(?:keep|retain|receive)\b|\b(?:we|council|fund)\b[^.;]{0,25}\b"
    r"(?:send|give|email|post)\s+you\b"
    r"|\byou(?:\s+will|['’]ll)?\s+(?:get|be\s+sent|be\s+emailed)\b",
    re.IGNORECASE,
)
# copies made as the work the grant pays for, not sent: "Printing copies of the draft plan;
# publicity for the consultation" (a list of eligible costs)
PRINTED = re.compile(r"\b(?:printing|reprinting|photocopying)\s+(?:\w+\s+)?$", re.IGNORECASE)
RUN_IN = re.compile(r"[\s\-*•▪]*(?P<label>[^\W\d][^:.;]{2,60}):\s+(?![\d£$€])")
FACT = re.compile(r"[^:]{2,60}:\s+[\d£$€]")
# an item naming a topic, not a document: "what we fund and what we do not fund;", "how we
# make decisions", "who can apply" (a guide's contents: "They explain:"); never a condition
# leading its document ("Where a partner holds the money: your partnership agreement")
TOPIC = re.compile(r"[\W\d]*(?:what|who|how|why|which)\s(?![^:]*:)", re.IGNORECASE)
OPENING, NAMED_BY = 6, 4  # words: an item's opening, and how far into it a document is named
NAME_WORDS, ITEM_WORDS = 20, 40  # words: a document's name at most, and its item with its clause
# the words a document's name opens with in a list of them ("a", "your", "two"); never a verb
# ("Give a timetable ...": an instruction to write one)
NAME_OPENS = frozenset(
    "a an the your two three copies copy signed latest most recent any their its".split()
)
# where a document's name ends and a clause about it begins
CLAUSE = re.compile(
    r"[,(;–—]|\b(?:where|which|that|who|if|when|unless|showing|so|confirming|saying|stating"
    r"|agreeing)\b",
    re.I,
)
# a name that says something: a statement about the list, not one of its documents
SAID = re.compile(r"\b(?:is|are|was|were)\b", re.I)
# documents in general, not one of them: "Any documents in Welsh", "Copies of documents you sent"
GENERIC = re.compile(
    r"[\W\d]*(?:(?:any|all|other|copies\s+of|the|these|those)\s+)*documents?\b", re.I
)


# a clause after a document's noun saying what it is for, its "that" left out: "a copy of the
# consent form you will use", "a list of the items the grant would buy"; its verb is the clause's,
# not the item's (never a statement or an instruction after it: "... will be", "... must send")
UNSAID_THAT = re.compile(
    r"(?<=[a-z])\s+(?:you|we|they|(?:the|your)\s+(?:[\w'’-]+\s+)?[\w'’-]+)\s+"
    r"(?:will|would|can|could|may)"
    r"\s+(?!(?:be|need|needs|have|not|also|only|send|attach|upload|provide|enclose)\b)[a-z]+"
    # (or one saying whose it is: "a copy of the hire agreement you have with the venue")
    r"|(?<=[a-z])\s+(?:you|they)\s+(?:already\s+)?(?:have|hold|signed)\s+(?:with|for)\b",
    re.IGNORECASE,
)


def unsaid_that(name: str) -> str:
    """An item's name without a clause its "that" is left out of (UNSAID_THAT), when the name
    opens as a document's does and its head is a document's noun ("A copy of the form ...",
    "A list of the items ...": never "A volunteer from the centre can help")."""
    if SENT_OPENING.match(name) is None:
        return name
    head = HEAD_ENDS.split(name, maxsplit=1)[0].strip()
    return UNSAID_THAT.sub("", name) if PAPER_END.search(head) else name


# a statement about the list's items: "Photocopies are fine" (never a relative clause: "Plans
# that are drawn to scale")
STATED = re.compile(r"(?i)[\W\d]*(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){1,2}(?:is|are)\b")


# "- if the learner is a volunteer: a short letter from your chair": a checklist item opened by
# its condition's label names its document after the label, as a thing sent opens ("a", "your",
# "two", "written ..."); help after a label ("if you are not sure: ring us") names none
SENT_OPENING = re.compile(
    r"\s*(?:an?|your|two|three|copies|copy|written|signed|evidence|proof)\b", re.IGNORECASE
)


def after_label(s: str, label_end: int) -> bool:
    """Whether the words after a condition's label (ending at ``s[label_end]``) name a
    document, as a checklist item's."""
    rest = s[label_end:]
    return SENT_OPENING.match(rest) is not None and is_item(rest)


def is_item(s: str) -> bool:
    """Words that could name a document: a few words, not a heading, question or instruction
    (what a clause after the name says is the clause's: "a map showing where the work will be
    done", "a note from the venue, if sessions will be held there")."""
    words = s.strip(" -*•.;").split()
    # (a mark's bracket opens no clause: "(b) a plan ...", "- (b) a plan ...")
    body = ITEM_MARK.sub("", ITEM_MARK.sub("", s, count=1), count=1)
    clause = CLAUSE.search(body)  # (a line opening with its clause is all clause: "Where ...:")
    name = body[: clause.start()] if clause is not None and clause.start() > 0 else body
    return (
        # a name of a few words; what the clause after it says may run on ("a list of the
        # households that support the party, with a signature from each one (at least ...)")
        2 <= len(words) <= ITEM_WORDS
        and len(name.split()) <= NAME_WORDS
        and not s.rstrip().endswith((":", "?"))
        and not HOLD.search(unsaid_that(name))
        and not SAID.search(name)  # "A member of our team is happy to check them, ...": said
        and not GENERIC.match(name)  # "Copies of documents you sent us last year, as long as"
        and not form_part(s)  # "Signed declaration": the form's own part, no document
        and not details(name)  # "Your bank account name, sort code and account number"
        and not re.search(
            r"(?i)\b(?:must|should|will|can|may|need|needs)\b|✓",
            unsaid_that(name),
        )
        # nor a statement or an instruction about the list: "Photocopies are fine", "Make sure
        # every copy is clear" ("photographs of the site as it is now" names one)
        and not STATED.match(s)
        and not (
            re.match(
                r"(?i)\s*(?:we|you|if|please|the|this|it|i|any|all|each|every|these|those|make"
                r"|do|ensure|remember|not\s+applicable|n/a"  # (a box's answer: "N/A: we are ...")
                # a Welsh sentence opening as these do: "Ni all y Pwyllgor ..." (cannot), "Rhaid
                # i chi ..." (you must), "Cewch ..." (you may), "Os ..." (if), "Rydym ..." (we are)
                r"|ni|nid|os|rhaid|cewch|gallwch|dylech|rydym|rydych|byddwn|byddwch)\b",
                s.strip(" -*•0123456789.()"),
            )
            and not the_paper(name)
        )
        # an instruction after a letter's mark: "c. make sure every page is numbered", a step
        # to apply: "2. Gather the documents below", "3. Fill in the online form"
        and not re.match(
            r"(?i)(?:make|do|ensure|remember|please|fill\s+(?:in|out)|gather|collect|read|check|"
            r"contact|visit)\b",
            ITEM_MARK.sub("", s, count=1).lstrip(),
        )
        # a task list's part of the form with its state: "5. Declaration Not started"
        and TASK_STATE.search(s) is None
        # "a) This ITQ, with every section completed": after its mark, the form in hand ("b) The
        # completed monitoring sheet" names a document all the same)
        and not re.match(r"(?i)this\b", ITEM_MARK.sub("", s, count=1))
    )


TASK_STATE = re.compile(
    r"\b(?:not\s+(?:yet\s+)?started|in\s+progress|cannot\s+start\s+yet)\W*$", re.I
)


# a checklist's tick that the form is complete: "Signed declaration", "Declaration signed and
# dated", "Section 6 signed by two committee members" name a part of the form, not a document
# (a declaration with a name of its own, "Subsidy control declaration", is one)
FORM_PART = re.compile(
    r"(?:(?:signed|completed|dated|and)\s+){0,3}(?:the\s+|your\s+)?(?:declaration|signature"
    r"|section\s+\w{1,3}|all\s+(?:questions|sections))s?"
    r"(?:,?\s+(?:signed|completed|answered|dated|and|in\s+full|by\s+[a-z]+(?:\s+[a-z]+){0,3}))*",
    re.IGNORECASE,
)


def form_part(s: str) -> bool:
    """Whether a checklist's line names a part of the form itself ("Signed declaration")."""
    return FORM_PART.fullmatch(s.strip(" -*•.;:☐□[]()✓✔")) is not None


def run_in(s: str) -> str:
    """A list item's run-in label ("Subsidy control declaration: signed, on our template"),
    or ""; never a label over a date or a sum ("Closing date: 1 May")."""
    m = RUN_IN.match(s)
    return m["label"] if m is not None else ""


# "Everyone: ...", "Groups that work with children or adults at risk: ...": a label of a few
# words run into its paragraph (not a sum or date after it: "Closing date: 1 May")
RUN_IN_LABEL = re.compile(r"[^\W\d][^:.;?!]{2,85}:\s+(?![\d£$€])")
# a label names who or what; one with a verb of its own is a sentence ("Please attach: ...",
# "Accounts approved at your AGM are fine: ...", "How to read this document: ...")
TOLD = re.compile(
    r"\b(?:is|are|was|were|must|will|can|may|need|needs|please|do|does|read|send|attach|"
    r"upload|keep|note|how|what|why)\b",
    re.IGNORECASE,
)


def label_of(text: str) -> str:
    """A paragraph's run-in label of at most twelve words ("Newly formed groups:"), or ""."""
    m = RUN_IN_LABEL.match(text)
    return m.group(0) if m is not None and m.group(0).count(" ") <= 13 else ""


def run_in_label(text: str) -> bool:
    """Whether a paragraph opens with a run-in label naming who or what and saying nothing of
    its own."""
    label = label_of(text)
    return bool(label) and TOLD.search(label) is None


# what joins a document to a part of it: "a delivery plan, including a risk assessment", "a
# budget for the event showing all expected income and spending" (a few words of its own first,
# each from a letter: a run of dashes is the opening's alone, never split with a word, quadratic)
PART_OF = re.compile(
    r"[\s,(–—-]*(?:(?!(?:and|or|plus)\b)\w[\w'’-]*,?\s+){0,10}?"
    r"(?:including|(?:which|that)\s+(?:should\s+|must\s+|will\s+)?"
    r"(?:includes?|shows?|sets?\s+out)|containing|showing|setting\s+out|detailing)\s+"
    # (its contents may be a list: "an event plan, including the date, timings, location and a
    # simple site plan" is one plan; a comma then "and", "with", "together with" ends the list:
    # "a budget, including the cost of each item, and a copy of ..." names a second document)
    r"(?:[\w'’-]+(?:,(?!\s+(?:and|together|as\s+well|plus|with|along)\b))?\s+){0,12}",
    re.IGNORECASE,
)

# words pointing at a list to come: "upload them", "the following", "these", "as below"; not
# the document naming itself ("These notes explain who can apply ... and what you need to send")
AHEAD = re.compile(
    r"\b(?:them|th(?:ese|ose)(?!\s+(?:guidance\s+)?(?:notes|guidelines|pages)\b)"
    r"|the\s+following|below|as\s+follows)\b|:\s*$",
    re.I,
)
# a sentence about what an activity, a price or the cover holds ("Each session must last four
# hours and must include:", "Prices should include VAT"): its "include" asks for no document
CONTENT_OF = re.compile(
    r"[\W\d]*(?:(?:each|every|all|the|your|our|a|an)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:sessions?|days?|weeks?|meals?|menus?|activit(?:y|ies)|events?|visits?|courses?|clubs?"
    r"|programmes?|prices?|costs?"
    r"|cover|targets?|responses?|answers?)\b",
    re.IGNORECASE,
)


# what the insurance must include: a cover to hold ("Your insurance must include public
# liability cover of £5m", "The group's insurance policy should include ..."), not a copy to send
COVER_HOLDS = re.compile(
    r"[\W\d]*(?:(?:the|your|our|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?insurance(?:\s+policy)?\s+"
    r"(?:must|should|will|needs?\s+to)\s+(?:also\s+)?includ",
    re.IGNORECASE,
)


def content_of(text: str, cue: re.Match[str]) -> bool:
    """Whether an "include" cue in ``text`` says what an activity, a price or the cover holds."""
    return "includ" in cue.group(0).lower() and CONTENT_OF.match(text) is not None


def cover_held(text: str, cue: re.Match[str]) -> bool:
    """Whether an "include" cue in ``text`` says what the insurance must include (held)."""
    return "includ" in cue.group(0).lower() and COVER_HOLDS.match(text) is not None


# AHEAD's words: ASCII prose with none of them and no colon cannot match it (set lookup)
AHEAD_WORDS = frozenset(("them", "these", "those", "following", "below", "follows"))


def may_point_ahead(text: str) -> bool:
    """Whether AHEAD could match ``text``: False when a set lookup finds none of its words."""
    return ":" in text or not text.isascii() or not AHEAD_WORDS.isdisjoint(tokens(text))


def opens_naming(text: str, kinds: Family) -> bool:
    """Whether an item's words open by naming a document, within its first few words ("c.
    written permission from the landowner", "(c) Your professional indemnity insurance
    certificate", "3. Two written quotes"): an item of a list of documents to send, whatever
    blank lines follow it."""
    words = ITEM_MARK.sub("", text, count=1).split()[:OPENING]
    head = " ".join(words)
    return any(
        (m := pattern.search(head)) is not None
        and (m.start() == 0 or words[0].lower() in NAME_OPENS)
        and len(head[: m.start()].split()) < NAMED_BY
        for _, pattern in kinds.could(head)
    )
