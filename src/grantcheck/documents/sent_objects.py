"""Documents a sentence asks to be sent though no kind names them: what a verb that sends
something with the application takes as its object ("Please send a copy of your accounts and a
letter from the hall confirming the booking", "Attach a map showing where the trees will go",
"We will need to see your event management plan") is a document, each of its noun phrases one
("X and Y" two; "X or Y" one, as attachments reads any "or"). Its kind is the vocabulary's where
a kind names it, else `other`.

Never what is known not to be one: the form itself or what the applicant writes rather than
sends (the vocabulary's ``not_attachments`` and field labels: "send your completed form",
"provide your name and address"), what the funder sends or owns ("we will send you", "our
guidance"), something a pronoun or a list's lead-in stands for ("send it to", "send the
following:"), nor an object offered rather than asked ("you may also send photographs": only a
sentence's own subject asking, "please", "you must", "we need", counts).
"""

from __future__ import annotations

import re
from itertools import islice

from grantcheck.documents.item_names import PAPER_END
from grantcheck.documents.vocab import Vocabulary

# the verbs that send a document with the application, the verbs that may ask for one written
# instead ("Provide a mobilisation plan showing ...", in a tender's method statement: its answer)
# and the funder's asking to see one
SENDS = re.compile(
    r"\b(?:send|attach|enclose|upload|submit|forward|(?P<gives>provide|supply)"
    r"|(?P<sees>need\s+to\s+see))\b",
    re.IGNORECASE,
)
VERB_WORDS = frozenset(
    ("send", "attach", "enclose", "upload", "submit", "forward", "provide", "supply", "see")
)
_TOLD = (
    r"\b(?:you|applicants?|groups?|organisations?|(?:each|every|all|the)\s+[\w'’-]+)\s+"
    r"(?:will\s+)?(?:also\s+)?(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to"
    r"|(?:are|is)\s+(?:also\s+)?(?:asked|required|expected)\s+to|will\s+need\s+to"
    r"|will\s+have\s+to)\s+(?:also\s+)?(?:please\s+)?"
    r"|\bwe\s+(?:will\s+|would\s+)?(?:also\s+)?(?:need|ask|want|like|expect)\s+you\s+to\s+"
    r"(?:also\s+)?"
)
# who asks, before the verb in its clause: the applicant told ("you must", "every group
# should", "you will also need to") or asked by the funder ("we would like you to send")
TOLD = re.compile(rf"(?:{_TOLD})$", re.IGNORECASE)
# or nobody, a verb that sends: an imperative ("Please send", "If ..., send")
ASKER = re.compile(
    rf"(?:(?:^|[,;:(–—]|\band\b|\bthen\b)\s*(?:(?:please|also|then|just|simply|so|now)\s+)*"
    rf"|{_TOLD})$",
    re.IGNORECASE,
)
# the funder, before its asking to see: "we need to see", "we will also need to see" (never what
# it hopes for: "We want to see projects that ...")
FUNDER = re.compile(r"\b(?:we|we['’]ll)\s+(?:will\s+|would\s+)?(?:also\s+)?$", re.IGNORECASE)
# what may stand between the verb and its object: "send us", "upload with your form", "also"
BETWEEN = re.compile(
    r"\s*(?:(?:us|to\s+us|also|too|as\s+well|in|with\s+(?:it|this|your\s+(?:application|form)"
    r"(?:\s+form)?),?)\s+)*",
    re.IGNORECASE,
)
# where the objects end: the sentence's end, or where they go, when or how they are sent ("to the
# clerk", "by 5pm", "through the portal", "within two weeks")
ENDS = re.compile(
    r"[.:?!]|\s-\s|\s(?:to|via|through|within|before|after|once|until|as\s+soon\s+as"
    r"|at\s+the\s+end|by\s+(?:\d|e-?mail|post|hand|\w+day\b|the\s+(?:closing|deadline)))\b",
    re.IGNORECASE,
)
# where an object goes that is not the funder: "to every resident", "to your neighbours" (never "to
# us", "to the clerk", "to grants@...", "to the address below")
ELSEWHERE = re.compile(
    r"\s+to\s+(?!us\b|our\b|me\b|the\s+(?:[\w'’-]+\s+){0,2}?(?:council|clerk|address|grants?|team"
    r"|fund|trust|foundation|officer|panel|secretary|administrator|office|portal|email|inbox)\b"
    r"|[\w.+-]+@|\w+\s*@|(?:your|the|our)\s+(?:local\s+)?(?:ward\s+)?councillor\b"
    r"|(?:[\w'’-]+\s+){0,3}(?:council|trust|foundation)\b)",
    re.IGNORECASE,
)
_DETERMINER = (
    r"(?:an?|the|your|their|its|any|each|every|both|one|two|three|four|five"
    r"|at\s+least\s+(?:one|two|three))\s+"
)
# where a noun phrase opens: a determiner, a number, or a document's bare plural or mass noun
OPENS = re.compile(
    rf"(?:{_DETERMINER}(?=[\w'’])|(?=(?:evidence|proof|confirmation|copies|photographs|photos"
    r"|drawings|maps|letters|permission|consent)\b))",
    re.IGNORECASE,
)
# where one noun phrase ends and the next opens: a comma, "and", "or", "as well as", before a
# determiner ("a letter from the hall and your accounts"; never "your equality and diversity ...")
JOIN = re.compile(
    r"(?:\s*[,;]\s*(?:(?:and|or|plus)\s+)?|\s+(?:and|or|plus|as\s+well\s+as|together\s+with)\s+)"
    # (its own condition first: "your accounts and, if the event is on a road, the closure order")
    r"(?:,?\s*(?:if|where|when|unless)\s+[^,;:.]{3,80},\s*)?"
    rf"(?={_DETERMINER}|(?:evidence|proof|confirmation|copies|photographs|photos|drawings|maps"
    r"|letters|permission|consent)\b)",
    re.IGNORECASE,
)
CLOSING = re.compile(r"\s*(?:,\s*and\b|;)", re.IGNORECASE)  # a list's last join: ", and", ";"
# the words of a noun phrase's name: up to a clause, a preposition other than "of" or "from",
# another's determiner or a list's next item ("and" or "or" inside a name: "your equality and
# diversity policy", "a letter or email from your trusted adult")
_STOP = (
    r"(?:that|which|who|whose|showing|shows|saying|confirming|stating|explaining|setting|to|if"
    r"|where|when|unless|before|after|by|so|because|as|with|for|in|on|at|via|using|within"
    r"|including|about|instead|we|you|they|he|she|i)\b"
    # (a second verb after "and" or "or": "send the current version and tell us when ...")
    r"|(?:and|or)\s+(?:tell|submit|send|upload|attach|enclose|sign|complete|return"
    r"|tick|keep|let|make|give|include|explain|say|check|read|provide|fill|save|contact|ask"
    r"|call|bring|add|describe|show|we|you|they|it)\b"
)
NAME = re.compile(
    rf"[\w'’-]+(?:\s+(?:(?:of|from)\s+{_DETERMINER})?(?!{_STOP}|{_DETERMINER})[\w'’-]+){{0,9}}",
    re.IGNORECASE,
)
# a clause or condition in a noun phrase's words: what follows it is the clause's, never another
# document ("a plan that sets out who will be trained, by whom and when")
CLAUSE = re.compile(
    r"\b(?:that|which|who|whose|showing|shows|saying|confirming|stating|explaining|setting"
    r"|if|where|when|unless|because|so\s+that|once|whether)\b",
    re.IGNORECASE,
)
# a copy or a scan of something: the something is the document ("a copy of the latest
# inspection report"); a head otherwise ends before "of" or "from" ("details of your bank")
COPY_OF = re.compile(r"(?:cop(?:y|ies)|scans?|print-?outs?)\s+of\s+", re.I)
HEAD_END = re.compile(
    r"\s+(?:of|from|about|for|on|in|with|to|listed|marked|ticked|named|shown|mentioned)\b", re.I
)
# words after a head that say where it is, not what: "the documents listed", "the form below",
# "the documents marked 'Yes'"
TRAILING = re.compile(
    r"(?:\s+(?:listed|below|above|here|there|now|again|too|also|only|online|separately"
    r"|later|itself|themselves|marked|ticked|named|mentioned|required|requested|needed))+$",
    re.IGNORECASE,
)
# heads that stand for something named elsewhere, or are a message, money, the form or the work
# itself, not a document: "the following", "these documents", "any questions", "your form",
# "the first two", "a link to the plan", "the same kind of statement"
STANDS_FOR = frozenset(
    """following document documents documentation information info details evidence proof
    confirmation paperwork item items thing things attachment attachments file files material
    materials email emails e-mail e-mails message messages query queries question questions
    enquiry enquiries grant money funding payment payments application applications bid bids
    proposal proposals tender tenders submission submissions form forms questionnaire eoi
    project activity activities work event answer answers feedback comment comments view views
    idea ideas reason reasons example examples summary description explanation outline overview
    update updates progress receipt receipts invoice invoices photo photos photograph
    photographs picture pictures image images video videos scan scans copy copies original
    originals it them this these those one ones others rest two three four five six all both
    each annex annexes appendix appendices page pages section sections part parts link links
    spreadsheet template templates statement statements data figures kind version versions
    list lists first second third last latter former theirs yours ours hers his mine draft logo
    logos
    drafts story stories projects expression response responses claim claims nomination
    nominations entry entries request requests pitch""".split()
)
# a report on the work done, sent after it: "a short report", "a final report"
REPORTED = re.compile(
    r"\b(?:short|brief|final|progress|monitoring|end[\s-]of[\s-]\w+|evaluation)\s+"
    r"(?:written\s+)?(?:report|note|update)s?$",
    re.IGNORECASE,
)
# one offered in another's place: "send a plan of the money you will get instead"
INSTEAD = re.compile(r"\binstead\b", re.IGNORECASE)
ATTESTS = frozenset(("evidence", "proof", "confirmation"))
# evidence asked of another ("evidence that the landowner agrees", "confirmation from the venue")
ATTESTED = re.compile(r"(?:evidence|proof|confirmation)\s+(?:that|from)\b", re.IGNORECASE)
# or of a kind, by a word of its own before it: "the venue's booking confirmation" (never one
# standing for any: "the evidence", "any evidence")
OWN_WORD = re.compile(
    r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\byour\s)(?<!\bany\s)(?<!\bof\s)(?<!\ball\s)"
    r"(?<=\w\s)(?:evidence|proof|confirmation)$",
    re.IGNORECASE,
)
# a sentence about what is sent after the award or the work, beside what asks.awarded knows (the
# open reading's own caution: it names documents no kind does): "a short report every six
# months", "a record of spending at the end of each year", "send us a short report when it ends"
LATER = re.compile(
    r"^\W*after(?:wards)?\b|\b(?:every|each)\s+(?:\w+\s+)?(?:months?|years?|quarters?|term)\b"
    r"|\bat\s+the\s+end\s+of\b|\bhow\s+(?:it|the\s+\w+|they)\s+went\b|\bmonitoring\b"
    r"|\bwithin\s+(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?)\b|\bwhen\s+(?:it|the\s+\w+)\s+"
    r"(?:ends|has\s+ended|finishes|is\s+finished)\b|\bif\s+we\s+(?:receive|get)\s+a\s+grant\b"
    r"|\b(?:grant\s+agreement|offer\s+letter)\b",
    re.IGNORECASE,
)
# a condition of lacking something: what is sent is in its place, the same document ("If your
# group has nothing written down, upload a short note of who runs it")
LACKS = re.compile(
    r"\W*(?:if|where|when|until)\b[^,;:]{0,80}?(?:\b(?:not|no|nothing|none|without|yet)\b"
    r"|n['’]t\b)[^,;:]{0,80},",
    re.IGNORECASE,
)
# a name's last word that leaves it unfinished where the line ends ("your last audited or
# independently examined" / "accounts ..." on a PDF's next line)
UNFINISHED = re.compile(r"(?:\w+ed|of|from|and|or|the|a|an|your|their|its)\s*$", re.IGNORECASE)
MOST = 20  # verbs read in a sentence, noun phrases after one: no council's asks for more
REACH = 1000  # characters of a verb's objects read: a council's list of them is a few hundred


def may_send(toks: frozenset[str]) -> bool:
    """Whether a sentence (its ``toks``) could send anything (a quick test of its words)."""
    return not VERB_WORDS.isdisjoint(toks)


def sent_objects(s: str, vocab: Vocabulary) -> list[tuple[int, int, int]]:
    """The noun phrases ``s`` asks to be sent: where each starts, its name ends and its words
    (its clause's too) end."""
    if LATER.search(s) or LACKS.match(s) or s.rstrip().endswith(":"):
        return []  # (a lead-in's documents are its list's: "You will need to send:")
    found: list[tuple[int, int, int]] = []
    for n, verb in enumerate(SENDS.finditer(s)):
        if n >= MOST:
            break  # (a stranger's sentence of a thousand "send"s costs no more than twenty)
        before = s[max(0, verb.start() - 80) : verb.start()]
        asker = FUNDER if verb["sees"] else TOLD if verb["gives"] else ASKER
        if asker.search(before) is None:
            continue
        between = BETWEEN.match(s, verb.end())
        at = between.end() if between is not None else verb.end()
        end = ENDS.search(s, at, at + REACH)
        if (
            end is not None
            and ELSEWHERE.match(s, end.start())
            and CLAUSE.search(s, at, end.start()) is None  # (not "evidence that X agrees to ...")
        ):
            continue  # "send a letter to every resident": sent to someone else, not with the form
        stop = end.start() if end is not None else min(len(s), at + REACH)
        # (what one provides may be a service or a thing: "You must provide refreshments")
        found += _objects(s, at, stop, vocab, paper=verb["gives"] is not None)
    return found


def _objects(
    s: str, at: int, end: int, vocab: Vocabulary, paper: bool
) -> list[tuple[int, int, int]]:
    """The noun phrases in ``s[at:end]``, joined by commas, "and" and "or"; after a clause, only
    one its list's closing ", and" joins ("a timetable, showing the activities, meal times and
    the enrichment on each day, and a sample menu"); where ``paper``, papers only."""
    found: list[tuple[int, int, int]] = []
    clause = False
    for start, stop, closing in _parts(s, at, end):
        if clause and not closing:
            continue  # "a plan that sets out the dates, the venue and the costs": the plan's
        opens = OPENS.match(s, start, stop)
        name = NAME.match(s, opens.end(), stop) if opens is not None else None
        cut = name is not None and _cut_off(s, name.end())
        if (
            name is not None
            and not cut
            and _document(s[start : name.end()], s[name.end() : stop], vocab, paper)
        ):
            found.append((start, name.end(), stop))
        clause = clause or CLAUSE.search(s, start, stop) is not None
    return found


def _cut_off(s: str, end: int) -> bool:
    """Whether a name ending at ``end`` is cut off by its line's end, unfinished."""
    return not s[end:].strip() and UNFINISHED.search(s, 0, end) is not None


def _parts(s: str, at: int, end: int) -> list[tuple[int, int, bool]]:
    """Where each noun phrase's words start and stop in ``s[at:end]``, between its joins, and
    whether its join closes a list (", and", ";")."""
    joins = list(islice(JOIN.finditer(s, at, end), MOST))  # (a list's first MOST items)
    last = joins[-1].end() if joins else at
    stop = next(JOIN.finditer(s, last, end), None) if len(joins) == MOST else None
    ends = [*(m.start() for m in joins), stop.start() if stop is not None else end]
    closing = [False, *(CLOSING.match(m.group(0)) is not None for m in joins)]
    return list(zip([at, *(m.end() for m in joins)], ends, closing, strict=True))


def _head(words: str) -> tuple[str, str]:
    """A noun phrase's head (its words before "of", "for", ...; a copy's, what it copies) and
    the head's last word, lower case."""
    copied = COPY_OF.search(words)
    head = words[copied.end() :] if copied is not None else words
    cut = HEAD_END.search(head)
    head = TRAILING.sub("", head[: cut.start()] if cut is not None else head)
    return head, head.split()[-1].lower() if head.split() else ""


def stands_for(words: str) -> bool:
    """Whether a noun phrase's head stands for no document of its own ("Receipts", "Answers to
    the questions", "Your logo", "the documents listed below"; evidence of something named is
    one: "Evidence of FCA authorisation")."""
    last = _head(words)[1]
    return last in STANDS_FOR and not (last in ATTESTS and HEAD_END.search(words))


def _document(words: str, rest: str, vocab: Vocabulary, paper: bool) -> bool:
    """Whether a noun phrase (``words``, its determiner and name; ``rest``, the words after)
    may be a document sent: not the form, a value written on it, or what stands for others;
    where ``paper``, only one whose head is a document's noun ("You must provide refreshments
    and a first aid kit" asks for no paper)."""
    head, last = _head(words)
    return not (
        (last in STANDS_FOR and not (ATTESTED.match(f"{last}{rest}") or OWN_WORD.search(head)))
        or REPORTED.search(head)
        or INSTEAD.search(rest)
        or vocab.not_attachment.search(words)
        or vocab.field.search(last)
        or (paper and PAPER_END.search(head) is None)
    )


def unnamed(
    sent: tuple[tuple[int, int, int], ...], named: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The noun phrases sent whose words name no kind (``named``: the kinds' places): each one
    a document of its own (`other`)."""
    return [
        (start, end, "other")
        for start, end, stop in sent
        if not any(a < stop and start < b for a, b, _ in named)
    ]
