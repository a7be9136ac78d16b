"""Whether a sentence asks for something to be sent now: not a policy to hold ("must have a
health and safety policy"), not help offered ("Westfield CVS offers free advice"), and not what
is sent after the award ("within eight weeks of the event", a monitoring report).
"""

from __future__ import annotations

import re

from grantcheck.documents.keyed import tokens, unsure

# "All organisations must have a health and safety policy": to hold, not to send
MUST_HAVE = re.compile(  # ("... if you are not required to have an audit" obliges nothing)
    r"\b(?<!not )(?:must|should|need to|needs to|will need to|expected to|required to)\s+"
    r"(?:also\s+)?"
    r"(?:have(?!\s+been\b)|hold|maintain|carry|keep|have in place)\b"  # ("must have been signed")
    r"|\bexpects?\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:have|hold|keep)\b"  # "expect each group to have"
    # "must make sure their leaders have had the right DBS check", "should ensure that every
    # volunteer has a DBS check": whoever is made sure of holds it, nothing is sent
    r"|\b(?:must|should|need\s+to|will\s+need\s+to)\s+(?:also\s+)?(?:make\s+sure|ensure)\s+"
    r"(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:have|has|hold|holds)\s+(?:had\s+|got\s+)?"
    # (not what they have done: "make sure you have sent your accounts" asks for them)
    r"(?!(?:sent|attached|included|uploaded|enclosed|provided|submitted|signed|completed|read|"
    r"filled|answered|checked)\b)\w"
    # "asks you to confirm that you have an equality policy": confirmed, held
    r"|\bconfirm\s+(?:that\s+)?(?:you|we|your\s+\w+|the\s+\w+)\s+(?:has|have|holds?)\b"
    r"|\b(?:organi[sz]ation|group|charity|club|we|it)\s+(?:has|have|holds?)\s+"
    r"(?:a|an|the|its|our|their|current|written)\b"  # "My organisation has a ... policy"
    # "Every partner has an equality policy", "The lead body holds a current ...": whoever
    # (from a word's start only: tried inside a run "a-a-a-...", each start read to its end)
    r"|\b(?<![\w'’-])(?!(?:who|which|that|if|unless|it|he|she)\b)[a-z][\w'’-]*\s+(?:has|holds)\s+"
    r"(?:a|an|its|their|current|written)\b"
    # Welsh "must have": "rhaid i chi gael yswiriant", "rhaid i'ch grŵp feddu ar bolisi" ("cael"
    # is also "get": "rhaid i chi gael dau ddyfynbris" asks for quotes, review22 F1)
    r"|\brhaid\s+(?:i\s+chi|i['’]ch\s+\w+|i\s+bob\s+\w+)\s+"
    r"(?:gael(?=\s+(?:yswiriant|polisi|bolisi)\b)|feddu\s+ar|gadw)\b",
    re.IGNORECASE,
)
# what a document sent shows is held, and shown by sending it: "a list of your volunteers, showing
# that each has an enhanced DBS check" sends the checks' evidence (not "confirm that you have")
SHOWING = re.compile(
    r"\b(?:show(?:s|ing)?|prov(?:es|ing)|confirm(?:s|ing)|evidencing|stating|saying)\s+"
    r"(?:that\s+)?(?:the\s+|your\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


def to_hold(s: str, end: int | None = None) -> list[int]:
    """Where each "must have" (MUST_HAVE) before ``end`` ends, but for what a document sent is
    said to show ("..., showing that each has a DBS check")."""
    return [
        m.end()
        for m in MUST_HAVE.finditer(s, 0, len(s) if end is None else end)
        if SHOWING.search(s, max(0, m.start() - 30), m.start()) is None
    ]


# help offered to applicants names no document to send: "Westfield CVS offers free advice"
HELP = re.compile(
    r"\b(?:offers|provides|gives|runs|can\s+(?:offer|give|provide))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:help|advice|support|guidance|training|workshops?|sessions?)\b(?!\s+letters?)"
    r"|\bcan\s+help\s+you\b|\bhappy\s+to\s+help\b",
    re.IGNORECASE,
)
# a note helping those who lack the document to get one: "If you do not have one yet, ask us for
# our template", "If you haven't got one, contact the CVS: they can help you write one"
# (everyone still sends it; one offering another in its place, "... instead", is an alternative;
# a condition other than lacking it limits the item: "If you do not own the building, ask ...";
# the clause stays inside any brackets it opens in)
_HELP_TO_GET = (
    r"(?:if|where)\b(?=[^,;:.()]{0,40}?(?:(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:have|got|written|"
    r"prepared)|\b(?:have|has)\s+(?:no|none))\b)[^,;:.()]{3,80},\s*"
    r"(?:please\s+)?(?:ask|contact|call|ring|phone|talk\s+to|speak\s+to|get\s+in\s+touch|"
    r"we\s+(?:can|will|could|are\s+happy\s+to)\s+(?:help|send\s+you|give\s+you|share))\b"
    # (nor a note offering another document to those who lack it: "contact us and send a budget
    # for the year", "contact us: you can upload bank statements"; "we will send you" is help)
    r"(?![^.;]*\b(?:instead|in\s+(?:its|their)\s+place"
    r"|(?:send|upload|attach|provide|enclose|submit)\b(?!\s+you\b))\b)"
)
HELP_TO_GET = re.compile(r"^\W*" + _HELP_TO_GET, re.IGNORECASE)
# the same note run on after the document's name, in brackets or after a comma, semicolon or
# dash: "a copy of your constitution (if you do not have one, ring us and we will help you write
# one)", "your safeguarding policy - if you haven't got one, contact the CVS": it neither limits
# the document to some applicants nor offers help in place of asking for it (to the bracket's
# close or the clause's end)
HELP_NOTE = re.compile(r"(?:[(;,–—]|\s-)\s*" + _HELP_TO_GET + r"[^();]*\)?", re.IGNORECASE)


# a note letting those who have not finished the document send it as a draft: "your constitution
# (if you have not adopted it yet, send the draft, but ...)": the same document, everyone's
DRAFT_NOTE = re.compile(
    r"(?:[(;,–—]|\s-)\s*(?:if|where)\b[^,;:.()]{0,40}?(?:\bnot|n['’]t)\s+(?:yet\s+)?"
    r"[^,;:.()]{0,40},\s*(?:please\s+)?(?:send|upload|attach|enclose|provide)\s+(?:us\s+)?"
    r"(?:the|a|your|its)\s+(?:latest\s+)?draft\b[^();]*\)?",
    re.IGNORECASE,
)


def unhelped(s: str) -> str:
    """``s`` without the notes helping those who lack a document to get one (HELP_NOTE), or
    letting them send it as a draft (DRAFT_NOTE)."""
    low = s.lower()
    if "if" not in low and "where" not in low:
        return s
    return DRAFT_NOTE.sub(" ", HELP_NOTE.sub(" ", s)) if "draft" in low else HELP_NOTE.sub(" ", s)


# what is sent after the award (monitoring) is not an application's attachment, nor evidence
# of accounts: "within eight weeks of the event", "at the end of the grant", a monitoring report
AFTER_AWARD = re.compile(
    # a sentence opening with when it is sent: "When your event has finished, send us ...";
    # inside a document's description ("a plan of who will look after it when the project has
    # finished") the words say what the document covers, not when it is sent
    r"^\W*(?:when|after|once)\s+(?:the|your)\s+(?:event|project|scheme|activity)\s+(?:has\s+)?"
    r"(?:ended|finished|ends|finishes|taken\s+place|is\s+over|is\s+complete)\b|"
    # (or by when, after something: "Within three months, send us ...", "After your activity,
    # send us ...", "Afterwards, send us receipts")
    r"^\W*(?:within\s+(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?)|after(?:wards)?)\b[^,;:]{0,60},|"
    r"\bwithin\s+(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?)\s+of\s+"
    r"(?:(?:finishing|completing|the\s+end\s+of|the\s+close\s+of)\s+)?(?:the\s+|your\s+)?"
    r"(?:event|project|scheme|activity|activities|grant|award|funding)\b"
    r"|\bafter\s+(?:the|your)\s+(?:event|project|scheme|activity)\s+(?:has\s+)?(?:ended|"
    r"finished|taken\s+place|is\s+over|is\s+complete)|\bat\s+the\s+end\s+of\s+(?:the|your)\s+"
    r"(?:grant|project|scheme|event|funding)\b|\bend[\s-]of[\s-](?:grant|project)\s+report"
    r"|\bmonitoring\s+(?:report|form|return)s?\b|\bonce\s+(?:the|your)\s+(?:project|event|"
    r"activity)\s+(?:is|has)\s+(?:complete|finished|ended|taken\s+place)"
    # after the decision: "If we offer you a grant, we will send you an agreement to return",
    # "once your grant is agreed", "before any money is paid"
    r"|\bif\s+(?:we\s+(?:offer|award|give)\s+you|you\s+are\s+(?:offered|awarded|given))\s+a\s+grant"
    r"|\b(?:once|when|after)\s+(?:a|the|your)\s+grant\s+(?:is|has\s+been)\s+(?:offered|awarded|"
    r"agreed|approved)|\bbefore\s+(?:any\s+(?:money|payment)\s+is\s+(?:paid|made|released)|"
    r"we\s+(?:pay|release)\b)",
    re.IGNORECASE,
)
# the award marked by the first payment, the offer or the approval: "before we make the first
# payment", "when we send you the grant agreement", "once we send you your offer letter", "if
# your grant is approved", or by a claim for payment: "with your first claim for payment", "when
# you claim the grant" (what they govern is asked after the award; review22 F8: a form that is
# itself a claim, "Please send copies of your receipts with your claim", asks now)
AWARD_CLAUSE = re.compile(
    r"\bif\s+(?:a|the|your)\s+grant\s+(?:is|has\s+been)\s+(?:offered|awarded|agreed|approved)"
    # (a claim for payment of the grant, never a refund form's own claim: "with your claim")
    r"|\bwith\s+(?:your|the|each)\s+(?:first\s+(?:payment\s+|grant\s+)?claim|(?:payment|grant)"
    r"\s+claim|claims?\s+for\s+(?:a\s+|the\s+)?(?:payment|the\s+grant))\b"
    r"|\bwhen\s+you\s+claim\s+(?:the|your)\s+grant\b"
    r"|\bbefore\s+(?:we\s+make\s+)?(?:the|your|any)\s+(?:first\s+)?payment\b"
    r"|\b(?:when|once|after)\s+we\s+(?:send|give|email|post)\s+you\s+(?:the|your|a)\s+"
    r"(?:grant\s+|funding\s+)?(?:agreement|offer(?:\s+letter)?|contract)\b",
    re.IGNORECASE,
)
# after the decision, said of the applicant: "(after we award the grant)", "if your application
# is successful", "Successful applicants will need to send" (trial24 T17); never inside what a
# document shows ("a timetable showing what will happen after we award the grant"), a tip
# ("Successful groups usually send ..."), nor before an ask now ("If your application is
# successful, we will pay ..., so please send a bank statement with this form"; review25 F4)
DECIDED = re.compile(
    r"\bafter\s+(?:we\s+(?:award|offer|approve)|the\s+award)\b"
    r"|\bif\s+(?:your\s+application|your\s+bid|you)\s+(?:is|are)\s+successful\b"
    r"|^\W*successful\s+(?:applicants|groups|organisations|bidders)\s+(?:will|must|should|need"
    r"|are\s+asked)\b",
    re.IGNORECASE,
)
DESCRIBED = re.compile(
    r"\b(?:showing|shows|describing|setting\s+out|explaining|saying|about|what\s+will|how\s+you)\b",
    re.IGNORECASE,
)
ASKED_NOW = re.compile(
    r"\bso\s+please\b|\bwith\s+(?:this|your|the)\s+(?:form|application)\b|\bnow\b", re.I
)
# where a sentence's clause ends and another begins, or says "now": "Send your accounts with your
# application; if your grant is approved ...", "..., as we check them before we make the first
# payment": what comes before is asked now, whatever the clause after says of the award
CLAUSE_BREAK = re.compile(r";|,\s*(?:as|because|since|so|and|but)\b|\bnow\b", re.IGNORECASE)


# a word each phrase of AFTER_AWARD and AWARD_CLAUSE holds, whole (the first after its \b or
# its opening ^\W*, and a space or a hyphen after it)
AWARD_WORDS = frozenset("when after once within end monitoring if before with successful".split())


def awarded(s: str) -> bool:
    """Whether sentence ``s`` asks for what it names after the award (monitoring, or a copy
    asked for "when we send you the grant agreement"): an award's mark governs the sentence
    only when no clause asking for something now comes before it."""
    if AWARD_WORDS.isdisjoint(tokens(s)) and not unsure(s):
        return False  # (quick: the two case-blind searches took 15 microseconds a sentence)
    if AFTER_AWARD.search(s):
        return True
    m = AWARD_CLAUSE.search(s)
    if m is not None and CLAUSE_BREAK.search(s, 0, m.start()) is None:
        return True
    d = DECIDED.search(s)
    if d is None or CLAUSE_BREAK.search(s, 0, d.start()) or ASKED_NOW.search(s, d.end()):
        return False
    clause = max(s.rfind(c, 0, d.start()) for c in ".;()") + 1  # (the clause it stands in)
    return DESCRIBED.search(s, clause, d.start()) is None


# documents offered, not asked: "You may also send photographs", "If you wish, you can include"
# "See section 7 for what kind of accounts we accept": a pointer to another part, asking nothing
# (nor does help offered, nor what an applicant may also send if they wish: OPTIONAL_ASK)
POINTER = re.compile(r"^\W*see\s+(?:[^\s.;:]+\s+){0,6}?for\b", re.IGNORECASE)
# ("If you want to buy something over £100, send a quote": what some want to do, a condition;
# "If you would like to send photographs": a wish to send, an offer)
OPTIONAL_ASK = re.compile(
    r"^\W*(?:if\s+you\s+(?:wish|like|want|would\s+like)\b"
    r"(?!\s+to\s+(?!(?:send|include|attach|upload|add|enclose|share|give|provide|show)\b)\w)"
    r"|(?:you|applicants|groups|"
    r"organi[sz]ations)\s+"
    r"(?:may|can|could)\s+also\s+(?:send|upload|include|attach|enclose|add)\b)",
    re.IGNORECASE,
)


# the help a condition's clause names is the applicant's own work, not help offered: "If your
# project offers one-to-one support: ..." (the clause opening before it, since its last comma)
IF_CLAUSE = re.compile(r"\b(?:if|where|when|unless)\b[^,;:.()]*$", re.IGNORECASE)
# a document marked as one the applicant may send or not, after its name ("photographs of the
# site (optional)", "(optional: send one if you have it)", "..., if you wish") or before it
# ("you may also send your health and safety policy", "Optional: a photo of ..."): offered, not
# asked (the rulebook; trial24 T6, T17); never "optional" ahead of who it is for ("(optional -
# if buying equipment)": some applicants' document)
_OPTIONAL = (
    # ("(optional)", "(optional: ...)", "(optional, but ...)"; never "(optional extras such as
    # photos ...)": the extras; review25 F5)
    r"(?:\(\s*optional\s*[),:;–—-](?![^()]*\b(?:if|for|where|when|unless)\b(?!\s+you\s+have\b))"
    # (a wish to send it, never to do something else: "if you want to buy an item over £200",
    # "if you wish to include volunteer time as match funding"; review25 F4)
    r"|\bif\s+you\s+(?:wish|like|want|would\s+like)\b(?!\s+to\b)|\bif\s+you\s+(?:wish|like|want"
    r"|would\s+like)\s+to\s+(?:send|include|attach|upload|add|enclose|share|give|provide|show)"
    r"\s+(?:it|them|one|this|these|any)\b)"
)
# (right after the name, never past a join to the next document: "your latest accounts and, if
# you wish, your annual report" offers the report only; review25 F5)
_JOIN = r"\b(?:and|or)\s*,|\b(?:and|or)\s+(?:your|a|an|the|two|three|any|copies|evidence)\b"
OPTIONAL_AFTER = re.compile(rf"^(?:(?!{_JOIN})[^;:]){{0,40}}?{_OPTIONAL}", re.IGNORECASE)
OPTIONAL_ITEM = re.compile(_OPTIONAL, re.IGNORECASE)  # (a list's item naming no known kind)
OPTIONAL_BEFORE = re.compile(
    r"(?:\byou\s+(?:may|can|could)\s+also\s+(?:send|upload|include|attach|enclose|add)\b"
    r"|\bif\s+you\s+(?:wish|like|prefer)\s*,|(?:^|\()\W*optional\s*[:–—-])[^.;:()]{0,30}$",
    re.IGNORECASE,
)


def optional_mark(before: str, after: str) -> bool:
    """Whether the words just before a document's name (``before``, from the document named
    before it) or just after it (``after``) mark it as one the applicant may send or not."""
    return bool(OPTIONAL_BEFORE.search(before) or OPTIONAL_AFTER.match(after))


def offered(s: str) -> bool:
    """Whether a sentence naming documents asks for none: help offered ("We can give advice on
    your budget"; not help to get a document it asks for, HELP_NOTE), a document the applicant
    may also send if they wish, or a pointer to another part ("See section 7 for what kind of
    accounts we accept")."""
    plain = unhelped(s)
    helps = any(IF_CLAUSE.search(plain, 0, m.start()) is None for m in HELP.finditer(plain))
    return bool(helps or OPTIONAL_ASK.match(s) or POINTER.match(s))


# a tick column's heading asking whether a document is enclosed ("Quote enclosed? Y/N",
# "Plan attached?"): it asks whether, it requires nothing
# (Apostrophes and hyphens opening it are taken a run at a time, and only where no word goes on
# from the run: given back one by one, the first word scanned from each to the run's end, it
# was quadratic in a sentence opening with a long run of them. A word opening inside such a run
# ends where it would from the run's start, so the same matches.)
ENCLOSED = re.compile(
    r"^(?:[^\w'’-]|['’-]++(?!\w))*(?:[\w'’-]+\s+){1,4}"
    r"(?:enclosed|attached|included|supplied|uploaded)\s*\?\s*$",
    re.IGNORECASE,
)


def asks_whether(s: str, yes_no: re.Pattern[str]) -> bool:
    """Whether sentence ``s`` asks whether (a yes/no question, ``yes_no``'s, or a tick column's
    "Quote enclosed?"), requiring nothing."""
    return s.rstrip().endswith("?") and bool(yes_no.match(s) or ENCLOSED.match(s))
