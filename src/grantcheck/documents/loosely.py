"""Documents named loosely, by what they show or who writes them, not by a name the vocabulary
lists: "a full breakdown of the project costs" is a budget; "an email from the youth worker
saying they will support you", "a note from your adult supporter" and "a letter from your
university partner" are letters of support; "a screenshot showing its price", "a price from a
shop" and "a written estimate from a builder" are quotes; "the minutes of your last AGM" and
"photographs of the hall as it is now" are documents of their own (`other`).

A letter that grants or confirms something else (a landlord's or an owner's consent, a venue's
booking) is not a letter of support, whatever it says of support: the vocabulary's `other`
names those it knows, and a checklist's item naming no kind is `other` all the same.
"""

from __future__ import annotations

import re

from grantcheck.documents.named import OR_ONLY

# a breakdown of any costs or spending is a budget, whatever the costs are of: "a full breakdown
# of the project costs", "of your festival costs", "of your expenditure" (the vocabulary names the
# budget's other words)
BREAKDOWN = re.compile(
    r"\bbreakdown\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:costs?|expenditure|spending)\b", re.I
)
# a quote named by what shows the price: "a screenshot or link showing its price", "a printout of
# the web page with the price on it", "a photo of the price tag" (what shows something else, "a
# photo showing the damage", "a screenshot showing how much you have raised", is no quote)
_SHOWS = r"(?:screenshots?|screen\s+shots?|photos?|photographs?|pictures?|links?|print-?outs?)"
PRICE_SHOWN = re.compile(
    rf"\b{_SHOWS}(?:\s+or\s+(?:an?\s+)?{_SHOWS})?\b[^;.(),]{{0,40}}?(?:,\s*)?"
    r"\b(?:showing|shows|displaying|giving|with|of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?<!no\s)(?:prices?|price\s+tags?|costs?|fees?)\b(?!\s+(?:of|for)\s+(?:each|the)\s+grant)",
    re.I,
)
# where a price is only looked at or written into another document: "Check the price list on the
# centre's website", "Your budget should include a cost estimate for each item", "links ..., with
# its cost, in your budget" (nothing sent of its own)
LOOKED_AT = re.compile(
    r"\b(?:check|see|look\s+at|read|use|visit|consult)\s+(?:the|our|their|its)\s+$"
    r"|\b(?:budget|form|plan)\s+(?:should|must|will|can|needs?\s+to)\s+(?:include|show|list|give)"
    r"\b[^.;]*$",
    re.I,
)
WRITTEN_IN = re.compile(r"[^.;]{0,40}?\b(?:in|into|on)\s+(?:your|the)\s+(?:budget|form)\b", re.I)
# a price asked from whoever sells ("a price from a local shop", "prices from two suppliers"),
# a price list, and an estimate by whoever would do the work ("a written estimate from a builder",
# "a cost estimate from your surveyor"; never an estimate of numbers, "your best estimate of ...")
PRICED = re.compile(
    r"\b(?:prices?\s+from\s+(?:(?:a|an|the|your|one|two|three)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:shops?|suppliers?|retailers?|stores?|sellers?|traders?|builders?|contractors?)\b"
    r"|(?<!our\s)price\s+lists?\b"
    r"|(?:cost|costs|written|builder'?s|contractor'?s|supplier'?s)\s+estimates?\b"
    r"|estimates?\s+from\s+(?:(?:a|an|the|your|one|two|three)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:builders?|contractors?|suppliers?|surveyors?|tradesp\w+|firms?|companies|company)\b)",
    re.I,
)
# a record of a meeting: "the minutes of your last annual general meeting", "the signed minutes of
# the committee meeting that approved this application" (never the funder's, "minutes of our
# panel meetings", nor time: "within 30 minutes of the meeting")
MINUTES = re.compile(
    r"\bminutes\s+of\s+(?:the|your|its|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:meetings?|agms?|egms?)\b",
    re.I,
)
COUNTED = re.compile(
    r"(?:\d|\b(?:few|several|many|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety))\s*$", re.I
)
# pictures of a place or the work on it: "photographs of the hall as it is now", "drawings or plans
# of the building showing the changes", one as many ("a photograph of the site as it is now")
# (never of an event or the people: publicity)
PICTURED = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|drawings?|plans?)\s+(?:of|showing)\s+(?:the|your|its|their|"
    r"each|any|every)\s+(?:[\w'’-]+\s+){0,4}?(?:buildings?|sites?|halls?|land|rooms?|premises|"
    r"area|space|gardens?|fields?|works?|changes|damage|property|venue|centre|roof|kitchen)\b",
    re.I,
)
# a record or picture the funder keeps, makes or offers: "The minutes of the panel meeting are
# published on our website", "Plans of the building are available from ...", "We may take
# photographs of your project site"
KEPT = re.compile(
    r"[^.;]{0,30}?\b(?:are|is|will\s+be)\s+(?:published|available|kept|held|posted|online)\b",
    re.I,
)
TAKEN = re.compile(
    r"\b(?:take|taking|took|use|using|publish|publishing)\s+(?:some\s+|an?\s+)?$", re.I
)
# kinds whose second name after "or" is the same document, never another offered in its place
# ("a quote or price list for any item over £250": both for some; not "accounts or a statement")
NAMED_TWICE = frozenset(("quotes", "letters_of_support", "references", "project_plan", "budget"))
# a letter, an email or a note, or two of them offered ("an email or letter", "letter/email")
_PAPER = r"(?:letters?|e-?mails?|notes?)"
LETTER = re.compile(rf"\b{_PAPER}(?:\s*(?:or|/)\s*(?:an?\s+)?{_PAPER})?\s+from\s+", re.I)
# who writes it, up to the clause saying what it says (its sender's own words: "from the
# community centre manager", "from a local councillor or community leader")
SAYS = re.compile(
    r"(?P<sender>(?:[\w'’-]+\s+){0,7}?[\w'’-]+)(?:,\s*|\s+)"
    r"(?:(?:saying|confirming|stating|explaining|to\s+(?:say|confirm)|that|who)\s+"
    r"(?:that\s+)?(?:[\w'’-]+\s+){0,4}?)?"
    r"(?:support(?:s|ed|ing)?|backs?|backing|endorses?|endorsing"
    r"|(?:will|would|can|'ll|’ll)\s+(?:help|support|back)|their\s+support)\b",
    re.I,
)
# a partner, a supporter or a host writes one whatever it says: "from your university partner",
# "from a referral partner", "from at least one partner organisation", "from your adult
# supporter", "from your host organisation agreeing to look after the grant"
SUPPORTER = re.compile(
    r"(?:(?:a|an|the|your|each|every|any|one|at\s+least\s+one)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:partners?|supporters?|hosts?)\b",
    re.I,
)
# what a letter says runs to its clause's end: "a letter from each partner confirming its role and
# agreeing to the budget" names one document, the budget being what the letter agrees to (never
# past a comma or a list's next item: "a letter from a partner, your constitution and ...");
# bounded, so a stranger's sentence of a thousand letters costs no more than a thousand clauses
SAID = re.compile(
    r"[^;.(),]{0,160}?(?=[;.(),]|\s+(?:and|or)\s+(?:an?|your|the|two|three|copies|any)\s|$)",
    re.I,
)
MOST = 100  # letters read in one sentence: no council's sentence names more than a few
# a letter granting the use of land or a building: the owner's consent, never support; and the
# funder's own letter ("a letter from us", "... from the Council confirming our support")
GRANTS = re.compile(r"\b(?:owners?|landlords?|landowners?|freeholders?|us|our|we)\b", re.I)
# a letter the applicant is sent, not one it sends: "you will receive a letter from the Chair
# confirming ...", "we will send you a letter from ..." (never a letter to get and send on: "You
# should get a letter from a councillor supporting your project and send it with your form")
RECEIVED = re.compile(
    r"\b(?:(?:you\s+will|you'll|you’ll)\s+(?:receive|get|be\s+sent)|(?:we|the\s+council)\s+"
    r"(?:will|would|can|may)\s+(?:send|email|e-mail|give|post)\s+you)\b[^.;:]{0,30}$",
    re.I,
)
SENT_ON = re.compile(r"\b(?:send|upload|attach|enclose|include|forward)\s+(?:it|them)\b", re.I)


def _supporting(s: str) -> list[tuple[int, int, str]]:
    """The letters of support named in ``s`` by who writes them or what they say."""
    found: list[tuple[int, int, str]] = []
    for m in LETTER.finditer(s):
        if len(found) >= MOST:
            break
        sent_to_you = RECEIVED.search(s, max(0, m.start() - 60), m.start())
        if sent_to_you and not SENT_ON.search(s, m.end()):
            continue  # (the funder's letter to the applicant)
        said = SAYS.match(s, m.end())
        if said is not None and GRANTS.search(said.group(0)) is None:
            end = said.end()
        elif (who := SUPPORTER.match(s, m.end())) is not None:
            end = who.end()
        else:
            continue
        said_all = SAID.match(s, end)
        found.append((m.start(), said_all.end() if said_all else end, "letters_of_support"))
    return found


def may_name_loosely(text: str) -> bool:
    """Whether a line of prose could name a document loosely (a quick test: most prose names no
    letter from anyone, no price, record or picture)."""
    return (
        ("from" in text or "FROM" in text or "From" in text) and LETTER.search(text) is not None
    ) or bool(_recorded(text))


def loosely_named(s: str) -> list[tuple[int, int, str]]:
    """The documents ``s`` names loosely: (start, end, kind) each."""
    found: list[tuple[int, int, str]] = []
    if "reakdown" in s or "REAKDOWN" in s:
        found += [(m.start(), m.end(), "budget") for m in BREAKDOWN.finditer(s)]
    if "from" in s or "FROM" in s or "From" in s:
        found += _supporting(s)
    return found + _recorded(s)


def _recorded(s: str) -> list[tuple[int, int, str]]:
    """The quotes, minutes and pictures ``s`` names by what they show."""
    found: list[tuple[int, int, str]] = []
    if "inutes" in s or "INUTES" in s:
        found += [
            (m.start(), m.end(), "other")
            for m in MINUTES.finditer(s)
            if COUNTED.search(s, max(0, m.start() - 12), m.start()) is None
            and KEPT.match(s, m.end()) is None
        ]
    if "hoto" in s or "icture" in s or "rawing" in s or "plan" in s or "HOTO" in s:
        found += [
            (m.start(), m.end(), "other")
            for m in PICTURED.finditer(s)
            if KEPT.match(s, m.end()) is None
            and TAKEN.search(s, max(0, m.start() - 20), m.start()) is None
        ]
    if _priced(s):
        found += [
            (m.start(), m.end(), "quotes")
            for p in (PRICE_SHOWN, PRICED)
            for m in p.finditer(s)
            if LOOKED_AT.search(s, max(0, m.start() - 60), m.start()) is None
            and WRITTEN_IN.match(s, m.end()) is None
        ]
    return found


def _priced(text: str) -> bool:
    """Whether a text could name a quote loosely (a quick test of the words it needs)."""
    low = text.lower()
    return (
        "price" in low
        or "estimate" in low
        or (
            ("cost" in low or "fee" in low)
            and (
                "shot" in low
                or "photo" in low
                or "link" in low
                or "print" in low
                or "picture" in low
            )
        )
    )


def named_again(s: str, found: list[tuple[int, int, str]], start: int, kind: str) -> bool:
    """Whether a document of ``kind`` named at ``s[start:]`` is the last one found named again
    after "or" ("a quote or price list", "quotes or written estimates"): one document, whose
    condition after either name is its own."""
    return (
        bool(found)
        and kind in NAMED_TWICE
        and found[-1][2] == kind
        and OR_ONLY.fullmatch(s, found[-1][1], start) is not None
    )
