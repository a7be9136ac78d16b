"""What a title's own words say: its shape (a numbered section's title, "Part 3", a declaration
or an office-use box), the part of the form it opens (help, what happens after the award), and
of the list under it: that it asks for documents, though it asks as a question ("What do I need
to send?", "Have you included?"), that its documents are not sent or are optional, that it is a
table's caption ("Table: Project grants only"), and that it names some applicants only
("Capital projects only").
"""

from __future__ import annotations

import re

from grantcheck.documents.conditions import LIST_ITEM
from grantcheck.documents.openings import may_open, opening

# "7. Documents you will need", "D What to send with this form": a section's number or letter
SENDING = re.compile(
    r"\b(?:send|sent|upload(?:ed)?|attach(?:ed)?|enclosed?|included?|provided?|submit(?:ted)?"
    # ("need" the verb: "What do I need to send?", not the noun, "What need will your project
    # meet?", "the need for it", "a need", "people in need")
    r"|(?<!what\s)(?<!the\s)(?<!a\s)(?<!in\s)need|documents)\b",
    re.I,
)
# "Have you included?", "Have you attached everything?", "I have enclosed:": a recap's title
# asks for what it lists, though it asks in the past tense
HAVE_SENT = re.compile(
    r"\b(?:have|has)\s+(?:you|we|i)?\s*(?:\w+\s+)?(?:included|attached|enclosed|sent|"
    r"uploaded|provided|supplied)\b",
    re.IGNORECASE,
)
# a list's line stating its document sent, to tick: "Quote or price list enclosed", "Safeguarding
# policy attached" (a recap of what is asked; never a request: "Two quotes must be attached")
STATED_SENT = re.compile(
    r"(?![^.;:]*\b(?:must|should|need|needs|be|is|are|will|please|if)\b)[^.;:]{3,80}?\s"
    r"(?:enclosed|attached|included|uploaded)\W*$",
    re.IGNORECASE,
)
# a line over a list saying its documents are not sent ("Things you need to have, but do not
# need to send"): what it lists is held or declined, none of it asked for (a bare "Not
# required" is a documents table's cell, read as a line)
DECLINED = re.compile(
    r"\b(?:do\s+not|don[’']t|need\s+not)\s+(?:need\s+to\s+|have\s+to\s+)?(?:send|upload|"
    r"enclose|attach|include)\b|\bno\s+need\s+to\s+(?:send|upload)\b",
    re.IGNORECASE,
)
# a title over who is eligible, not what to send ("Who can apply?", "Eligibility checklist"), or
# a lead-in whose items say what the group is or has ("Before you apply, check that your
# group:" / "is based in the borough;" / "has a constitution;"): statements to check; or a
# lead-in saying what an answer should cover ("Your response should include:", "In your answer,
# please include:"): points to write in its box, not documents to send with it; or one over
# the funder's own documents, to read; or one over what the organisation chosen will do
NO_DOCUMENTS = re.compile(
    r"\b(?:who|which\s+[\w-]+)\s+(?:can|cannot|can.t|can’t|may|is|are)\s+(?:not\s+)?"
    r"(?:apply|eligible)\b|\beligib|\b(?:check|make\s+sure|ensure)\s+(?:that\s+)?(?:your|the)"
    r"\s+(?:group|organisation|organization|club|charity)\s*:\W*$"
    # (not "Your response must include the following documents:", "Please include the following
    # in your response:", "Each response should include:": a tender's whole response, documents)
    r"|\byour\s+(?:response|answer|reply)\s+(?:\w+\s+){0,2}?(?:should|must|needs?\s+to)"
    r"\s+(?:also\s+)?(?:include|cover)\s*:|\bin\s+your\s+(?:answer|reply)\b"
    r"|^(?:please\s+)?include\s+in\s+your\s+response\s*:"
    # the funder's own documents, to read: "The tender documents are also available to read
    # here:", "Guidance documents, available below:", "Documents to read before you apply:"
    r"|\bavailable\s+(?:to\s+(?:read|download|view)|(?:here|below|online)\b)"
    r"|\bdocuments\s+to\s+(?:read|view)\b"
    # what the organisation chosen will do: "The organisation we choose will:", "The provider
    # will:" (never "You will need:", "Every group will need to send:")
    r"|\bwill\s*:\W*$"
    # what the funder funds or welcomes: "We welcome projects about:", "We cannot fund:" (a list
    # of themes or costs, never documents; review26 F3); never what funding waits for: "We cannot
    # fund your project unless you send us:", "... once we have received:" (review26 F4)
    r"|^\W*we\s+(?:(?:can|cannot|can.t|can’t|will|won.t|won’t|do\s+not|don.t|don’t|would|"
    r"especially|particularly|also|usually)\s+)*(?:welcome|fund|support|pay\s+for|prioriti[sz]e)"
    r"\b(?:\s+(?!(?:unless|without|until|once|if|when|after|before|with|includ\w*|send|sent|"
    r"have|has|had|receiv\w*|provid\w*|upload\w*|attach\w*|enclos\w*|show\w*)\b)[\w'’-]+)"
    r"{0,6}\s*:\W*$",
    re.IGNORECASE,
)
# a stage of work named with a list's word, not a list's title: "Gathering evidence", "Collecting
# evidence of need", "Evidence gathering" (a plan's stages and the costs the grant pays at each)
TASK = re.compile(
    r"\b(?:gather|collect|build|compil|research)\w*\s+(?:the\s+|your\s+|our\s+|more\s+)?"
    r"evidence\b|\bevidence[\s-]+(?:gathering|collection|collecting|building)\b",
    re.IGNORECASE,
)
# a heading over documents an applicant may send if they wish: none of them is asked for
OPTIONAL = re.compile(
    r"\b(?:you\s+(?:may|can|could)\s+also\s+(?:send|upload|include|attach|enclose)|optional\b|"
    r"if\s+you\s+(?:wish|like|want|would\s+like)\b)",
    re.IGNORECASE,
)
# a table's caption, a title for the rows under it: Pandoc's "Table: All applicants", a Word
# caption "Table 2: Extra documents for larger grants"
CAPTION = re.compile(r"\s*table(?:\s+\d{1,2})?\s*[:.–—]\s+(?=\S)", re.IGNORECASE)
# "Project grants (£1,001 to £6,000) only", "Capital projects only.": a title closing with
# "only" names the applicants its section is for
ONLY_AFTER = re.compile(r"\w[\w)’']*\s+only\W{0,3}$", re.IGNORECASE)


def only_after(text: str) -> bool:
    """Whether a title closes with "only" after what it names ("Project grants only")."""
    return ONLY_AFTER.search(text[-80:]) is not None


# a heading over help, not over a list ("Help with your application", "Contact us")
HELP_HEADING = re.compile(r"\b(?:help|advice|contact\s+us|get\s+in\s+touch)\b", re.IGNORECASE)
# a heading over what happens after the award: monitoring, reporting, "If you are successful"
AFTER_HEADING = re.compile(
    r"\b(?:monitoring|reporting|evaluation|after\s+(?:the|your)\s+(?:event|project|scheme|"
    r"grant|award)|if\s+(?:you\s+are|your\s+application\s+is)\s+successful"
    # "After a grant is offered", "If you are offered a grant", "Once your grant is agreed"
    r"|if\s+we\s+(?:offer|award|give)\s+you\s+a\s+grant"
    r"|(?:after|once|when|if)\s+(?:a|the|your)\s+grant\s+(?:is|has\s+been)\s+(?:offered|awarded|"
    r"agreed|approved|made)|if\s+you\s+are\s+(?:offered|awarded|given)\s+a\s+grant)\b",
    re.IGNORECASE,
)
# a numbered or lettered section's title ("7. Documents you will need", "D What to send")
NUMBERED_TITLE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?|[A-Z][.:]?)\s+[A-Z]")
SECTION = re.compile(  # Welsh: adran section, rhan part, cam step
    r"^\s*(?:part|section|stage|step|adran|rhan|cam)\s+[\w.]{1,4}\b\s*[:.–—-]?", re.IGNORECASE
)
SECTION_OPENS = opening("psarc")  # (the first letters of SECTION's words)
# a declaration's title on a line of its own ("6. Declaration", "Section E: Declaration", Welsh
# "Datganiad"), or the council's box ("For office use only"): the form's next part, no document
DECLARATION_TITLE = re.compile(
    r"(?:\d{1,2}[.)]?\s+|(?:part|section|adran|rhan)\s+\w{1,3}\s*[:.–—-]?\s*)?"
    r"(?:declaration|datganiad|(?:for\s+)?office\s+use(?:\s+only)?)s?\W*",
    re.IGNORECASE,
)
NUMBERED_WORDS = 10  # a numbered section's title is short, if longer than a plain title
ASIDE = re.compile(r"\([^()]*\)\s*$")  # a title's closing aside in brackets


def section(text: str) -> re.Match[str] | None:
    """SECTION's match ("Part 2", "Section B:"), tried only where the text's first character
    may open one (openings.py)."""
    return SECTION.match(text) if may_open(text, SECTION_OPENS) else None


def title_words(text: str) -> int:
    """A title's words without the bracketed aside closing it: "4 Please send with this form
    (tick each one you are sending)" is a five-word title and an instruction."""
    return ASIDE.sub("", text).rstrip().count(" ") + 1


def untasked(text: str) -> str:
    """``text`` with the stages of work it names blanked out ("Gathering evidence"), the rest in
    its place: what is left may name a list's title."""
    return TASK.sub(lambda m: " " * len(m.group(0)), text) if "vidence" in text else text


def item_named(text: str, words: re.Pattern[str]) -> bool:
    """Whether a list's item holds one of a list title's ``words`` only inside a document's
    name ("- evidence of the landowner's agreement", "- documents showing your lease"), not as
    all its words ("- Supporting documents")."""
    body = LIST_ITEM.sub("", text, count=1).strip(" .;")
    found = words.search(body)
    return found is not None and found.end() - found.start() < len(body)
