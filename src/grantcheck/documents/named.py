"""What a sentence names, told apart: the documents outside a condition's own words, a
document offered in another's place, one it says to have (not send), and the insurance
certificates it asks for, one a cover.
"""

from __future__ import annotations

import re

from grantcheck.documents.applicants import EXEMPT
from grantcheck.documents.asks import to_hold
from grantcheck.documents.beside import CLAUSE_IF, LIABILITY_COVERS
from grantcheck.documents.negation import negated
from grantcheck.documents.replaced import replaced

# "your annual report and accounts": the charity's one filing, its accounts (with a word saying
# which accounts: "annual report and full / audited / signed accounts")
ANNUAL_REPORT = re.compile(
    r"annual\s+reports?\s+and\s+(?:your\s+|its\s+|the\s+)?(?:(?:full|audited|signed|"
    r"independently\s+examined|examined|certified|approved|latest|statutory)\s+)?",
    re.I,
)

# (a vehicle's certificate is a document of its own: "your motor insurance certificate for each
# minibus" beside the public liability one is two; the motor cover a certificate shows, or
# motor insurance named for another reason, is no second document: "your insurance certificate,
# showing public liability cover and the motor insurance", "Motor insurance is not eligible")
MOTOR_PAPER = re.compile(
    r"(?:motor(?:\s+vehicle)?|vehicle)\s+insurance\s+(?:certificate|schedule|document)s?"
    r"|certificates?\s+of\s+(?:motor|vehicle)\s+insurance",
    re.IGNORECASE,
)
# the liability covers (beside.LIABILITY_COVERS, named there for COVERING) and a vehicle's
COVERS = re.compile(LIABILITY_COVERS.pattern + "|" + MOTOR_PAPER.pattern, re.IGNORECASE)
COVER_NAMES = {
    "empl": "employer's liability insurance certificate",
    "prof": "professional indemnity insurance certificate",
    "moto": "motor insurance certificate",
}
CLAUSE_END = re.compile(r"[,;()]|\s[–—-]\s")
OR_CLAUSE_IF = re.compile(r",\s*(?:or|and)\s+(?:if|where|when|unless)\s+(?!(?:and|or)\b)\w", re.I)
INSTEAD_OF = re.compile(
    r"\b(?:instead|in\s+(?:its|their)\s+place|in\s+place\s+of|yn\s+lle)\b", re.IGNORECASE
)
# (not the comma in "£5,000"; a hyphen only spaced, as a dash typed: "accounts - new groups ...")
CLAUSE_START = re.compile(r"[(;–—]|\s-\s|,(?!\d)")
OWN_CLAUSE_END = re.compile(r"[;().]|,\s+(?:and\s+)?(?:a|an|your|the|two|three|any)\s")
# alternatives are one document: "accounts or a statement", "or (if ...) ..."
OR_ONLY = re.compile(r"[\s,]*or(\s+(a|an|your|the|recent))?\s*")  # "accounts or a statement"
OR_OPENS, OR_NEXT = re.compile(r"[\s,(]*or\b"), re.compile(r"[\s,]*or\b")  # "or (if ...) ..."


def substitute(s: str, gap: str, end: int, same: bool) -> re.Match[str] | None:
    """Where the clause offering a document in another's place opens, when it does: "accounts
    (groups under £5,000 may instead send ...)", a document of the same kind offered in the gap;
    "accounts (if your group is new, your bank statements instead)", "accounts; if you have
    none yet, a bank statement in their place": the document named after the clause opener,
    "instead" in its own clause. The clause's condition is the substitute's, never the first
    document's."""
    if same and (m := INSTEAD_OF.search(gap)) is not None:
        return m
    stop = OWN_CLAUSE_END.search(s, end)
    if INSTEAD_OF.search(s, end, len(s) if stop is None else stop.start()) is None:
        return None
    return CLAUSE_START.search(gap)


# a bracket after a document offering another of its kind to some: "accounts (if your income is
# under £10,000, a signed income and expenditure statement is fine)", "accounts (an organisation
# running for less than two years may send management accounts)"
BRACKET_OFFER = re.compile(
    r"\(\s*(?:or\s+)?(?:only\s+)?(?:if|where|when|unless)\b"
    r"|\([^()]*\b(?:may|can|could)\s+(?:instead\s+)?(?:send|upload|provide|submit|use|give)\b",
    re.IGNORECASE,
)


def bracket_offer(s: str, gap: str, start: int) -> re.Match[str] | None:
    """Where a bracket opens that offers the document named at ``start`` (of the kind named
    before it, ``gap`` between them) in the other's place to some applicants: its condition is
    the alternative's, never the first document's."""
    if "(" not in gap or s.count("(", 0, start) <= s.count(")", 0, start):
        return None  # (the document named after the bracket closed is not the bracket's)
    return BRACKET_OFFER.search(gap, gap.rfind("("))


def bracket_closed(s: str, before: int, start: int) -> int:
    """Where a document's own words may begin: after a bracket closed between the document
    named before it and its name ("accounts (or bank statements if you are new), a budget"):
    a condition in brackets is the bracket's alone; so is one right after the name before
    ("your employer's liability certificate (only if you employ staff) and your ...")."""
    close = s.rfind(")", before, start)
    if close < 0 or (
        s.count("(", before, close) >= s.count(")", before, close + 1)
        and s[before : s.find("(", before, close)].strip(" ,")
    ):
        return before
    return close + 1


def beside(s: str, found: list[tuple[int, int, str]], end_at: int, start: int, end: int) -> str:
    """The words beside the document named at ``s[start:end]``: from the document named before
    it to the one named after it, or to ``end_at`` (where its alternative begins)."""
    before = max([b for _, b, _ in found if b <= start], default=0)
    after = min([a for a, _, _ in found if a >= end], default=len(s))
    return s[bracket_closed(s, before, start) : min(after, end_at)]


NOTE_SENDS = re.compile(r"\b(?:send|upload|provide|attach|enclose|include)\b", re.IGNORECASE)


def outside_conditions(s: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The documents named outside a condition's clause: "Planning permission, if your plans
    involve changes that need planning consent" asks for one document; the clause's own words
    ("planning consent") say who sends it, and so do an alternative's ("your accounts, or if
    your group has no accounts yet, bank statements"). The clause runs to its next comma or
    bracket. A kind named again inside a bracket excusing some from the document before it
    says which ("Constitution (not needed from charities whose governing document is online)")."""
    for m in (*CLAUSE_IF.finditer(s, found[0][1]), *OR_CLAUSE_IF.finditer(s, found[0][1])):
        stop = CLAUSE_END.search(s, m.end())
        end = stop.start() if stop is not None else len(s)
        found = [f for f in found if not m.end() <= f[0] < end]
    kept = found[:1]
    for f in found[1:]:
        opened = s.rfind("(", kept[-1][1], f[0])
        note = s[opened : f[0]] if opened >= 0 and f[2] == kept[-1][2] else ")"
        # (never one the bracket asks for: "(not needed from ...; they should send their health
        # and safety policy)", review26 F5)
        if ")" in note or EXEMPT.search(note) is None or NOTE_SENDS.search(note):
            kept.append(f)
    return kept


def covers(s: str) -> tuple[str, ...]:
    """The certificates an insurance certificate's sentence names, one a cover: "Employer's
    liability GBP 5m, public liability GBP 10m" is two; public liability, or no cover named,
    is the certificate every form means ("")."""
    found = (
        {_cover(m.group(0).lower()) for m in COVERS.finditer(s)}
        if "liab" in s or "indem" in s or "otor" in s or "ehicle" in s
        else set()
    )
    names = [""] if not found or "publ" in found else []
    names += [COVER_NAMES[c] for c in ("empl", "prof", "moto") if c in found]
    return tuple(names)


def _cover(named: str) -> str:
    """The cover a certificate's words name, by its first four letters ("empl", "publ"); a
    vehicle's, however written, is "moto"."""
    return "moto" if "motor" in named or "vehicle" in named else named[:4]


# "We already hold your constitution from when you joined", "As we already have a copy of your
# accounts": the funder holds it, nobody sends it (not "If we already hold ...", "... unless it
# has changed": some still send it)
OURS_ALREADY = re.compile(
    r"\bwe\s+already\s+(?:hold|have|keep)\s+(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
FOR_SOME = re.compile(r"^\W*(?:if|where|when)\b|\b(?:unless|except|only)\b", re.IGNORECASE)


def held(s: str, start: int, asks: re.Pattern[str]) -> bool:
    """'As well as the safeguarding policy you upload, your organisation must have an equality
    policy': a document named after "must have" (or "we have a"), with no word asking to send
    anything after that, is one to hold; only what the sentence asks to send is sent. One the
    funder says it already holds is sent by nobody."""
    if (
        OURS_ALREADY.search(s, max(0, start - 60), start)
        and FOR_SOME.search(s) is None
        # (not an applicant's "We already have a safeguarding policy and will attach a copy")
        and all(negated(s, m.start()) for m in asks.finditer(s, start))
    ):
        return True
    ends = to_hold(s, start)  # (before the document's name)
    return bool(ends) and asks.search(s, ends[-1]) is None


def unsent(s: str, start: int, asks: re.Pattern[str]) -> bool:
    """Whether the document named at ``s[start]`` is named but not sent: one to hold (``held``)
    or the one another is sent in place of ("your bank statements instead of accounts")."""
    return held(s, start, asks) or replaced(s, start)


# "your reference number", "your Stage 2 reference", "the grant reference": what identifies an
# application or a grant, not a referee's reference
IDENTIFIER_AFTER = re.compile(r"\s*(?:number|no\b|code|id\b|ref\b)", re.IGNORECASE)
# "with the reference KBC/RFQ/2027/0412", "quote reference 204518": a code after a reference
# (letters and figures joined by "/" or "-", or four figures or more) says it identifies
CODE_AFTER = re.compile(r":?\s+(?:[A-Z][A-Z0-9]*[/-][A-Z0-9/-]*\d|\d{4,}\b)")
IDENTIFIER_BEFORE = re.compile(
    r"\b(?:application|stage\s*\w{1,2}|grant|project|case|booking|payment|order|your\s+own|"
    r"unique|our)\s+$",
    re.IGNORECASE,
)


def identifier(s: str, start: int, end: int) -> bool:
    """Whether a "reference" at ``s[start:end]`` is one that identifies, not a referee's."""
    return bool(
        IDENTIFIER_AFTER.match(s, end)
        or CODE_AFTER.match(s, end)
        or IDENTIFIER_BEFORE.search(s, 0, start)
    )


# a request for quotation's own word for the applicant's answer: "Send these with your
# quotation", "attach them to your quote", "This Quotation Response Document, completed": the
# quotation is the response the documents go with, not a supplier's quote sent with it
RESPONSE_BEFORE = re.compile(r"\b(?:(?:with|to|in|into|within)\s+your|this)\s+$", re.I)
RESPONSE_AFTER = re.compile(r"\s+(?:response|return)\b", re.IGNORECASE)


# "two written quotes", "3 quotations": counted, they are suppliers' quotes, in any document
COUNTED = re.compile(r"\b(?:two|three|four|five|\d)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def response(s: str, start: int, end: int, quoting: bool = False) -> bool:
    """Whether a quotation at ``s[start:end]`` is the applicant's own response ("with your
    quotation", "this quotation", "the Quotation Response Document", any quote not counted in
    a request for quotation), not a quote to send."""
    return bool(
        RESPONSE_AFTER.match(s, end)
        or RESPONSE_BEFORE.search(s, max(0, start - 20), start)
        or (quoting and not COUNTED.search(s, max(0, start - 40), start))
    )


# a request for quotation (or tender) says so in its opening ("Request for quotation: ...",
# "Invitation to quote", a title "Quotation form", "RFQ 2027/04"), or asks the reader to quote:
# there the applicant's quote is the response the documents go with, never a supplier's quote
QUOTING = re.compile(
    r"\b(?:requests?\s+for\s+(?:a\s+)?quot(?:es?|ations?)|invitation\s+to\s+(?:quote|tender)|"
    r"rfq|itq)\b"
    # a quotation form as the title (a line's first words, a council's name perhaps before them),
    # not the funder's form named in passing
    r"|^[ \t]*(?:[\w'’&]+[ \t]+){0,5}quotation\s+(?:form|return|response)\b",
    re.IGNORECASE | re.MULTILINE,
)
ASKED_TO_QUOTE = re.compile(
    r"\b(?:(?:asks?|asking|invites?|inviting)\s+you\s+to\s+(?:quote|tender)|"
    r"(?:accept|reject)s?\s+your\s+(?:quote|quotation|tender))\b",
    re.IGNORECASE,
)
NOT_BEFORE = re.compile(r"\bnot\b[^.\n]*$", re.IGNORECASE)  # "not itself an invitation to tender"
OPENING = 1000  # characters: a title, the council's name and the page's chrome before it


def quoting(text: str) -> bool:
    """Whether a document is a request for quotation, its reader the one quoting."""
    head = text[:OPENING]
    return any(
        NOT_BEFORE.search(head, max(0, m.start() - 60), m.start()) is None
        for m in QUOTING.finditer(head)
    ) or (_may_ask_to_quote(text) and ASKED_TO_QUOTE.search(text) is not None)


def _may_ask_to_quote(text: str) -> bool:
    """Whether ``text`` could hold an ASKED_TO_QUOTE phrase (a quick test: the case-blind search
    tries each of a 100-page guide's 300,000 characters, some 15 ms of its 450; the lowered text
    is searched twice in C in 0.4 ms). Each of its phrases holds "quot" or "tender", letters a
    case-blind pattern reads only as lower() reads them (unlike "i", "k" and "s")."""
    low = text.lower()
    return "quot" in low or "tender" in low


def names_value(s: str, start: int, end: int, kind: str) -> bool:
    """Whether a document's name at ``s[start:end]`` names a value to give, not the document:
    a reference that identifies ("a reference number", "your Stage 2 reference"), or another
    document's number ("give your award certificate number instead", "the policy no.")."""
    if kind == "references":
        return identifier(s, start, end)
    return IDENTIFIER_AFTER.match(s, end) is not None
