"""Whether the words beside a document limit it to some applicants: a condition cue, "(charities
only)", "for projects ...", "over £1,000", some applicants excused; not what a clause says of the
document itself (where it shows, how many, how much), nor an alternative's own condition.
"""

from __future__ import annotations

import re

from grantcheck.documents.applicants import (
    BRACKET_WHO,
    EXEMPT,
    TRAILING_FOR,
    TRAILING_ONLY,
    WHO_BRACKET,
)
from grantcheck.documents.asks import unhelped
from grantcheck.documents.item_names import PAPER

# (a hyphen typed with a space before it is a dash: "Food hygiene certificates - if ..."; never
# a question word in a list of them: "a plan that sets out who will be trained, by whom, when and
# what they will learn"; "(only needed if anyone taking part is under 18)" opens one whoever it
# names, never "a signature is only needed if ...": a part of the document's own)
CLAUSE_IF = re.compile(
    r"(?:[(,;–—]|\s-)\s*(?:only\s+(?:(?:needed|required)\s+)?|(?:needed|required)\s+only\s+)?"
    r"(?:if|where|when|unless)\s+(?!(?:and|or)\b)\w",
    re.I,
)
# "for equipment over £1,000", "Quotes for anything costing more than GBP 500": a sum that only
# some purchases or applicants reach
OVER_SUM = re.compile(
    r"\b(?:over|above|exceeding|exceeds|more\s+than|in\s+excess\s+of|greater\s+than)\s+"
    r"(?:£|GBP\s?|€|\$)\s?\d",
    re.IGNORECASE,
)
# "a map showing where the project will happen", "a plan of where the stalls will be": an
# indirect question says what the document shows, not who sends it (as does one joined to what
# it shows: "a budget showing every cost and where the rest of the money will come from").
# The verb's white space is taken whole ("\s++"), so 'and' may follow it at once when two or
# more spaces stand there ("(?<=\s\s)"): given back a space at a time to the words before
# 'and', each scanning the run again, it was quadratic in a run of spaces. The same matches.
SHOWING_WHERE = re.compile(
    r"\b(?:show(?:s|ing)?|say(?:s|ing)?|explain(?:s|ing)?|describ(?:es|ing)|mark(?:s|ing)?|of)\s++"
    r"(?:(?:[^,;()]{0,40}?\s+|(?<=\s\s))and\s+)?where\b[^,;()]*",
    re.IGNORECASE,
)
# "a letter from the parish council for the parish where the project is", "the owner of the land
# where the work will take place": a place, then "where" naming it (no comma between: ", where
# the event is outdoors" is a condition), says which place, not who sends the document
PLACE_WHERE = re.compile(
    r"\b(?:parish|ward|area|site|building|venue|place|town|village|district|land|premises"
    r"|location|property|room|hall|school|centre|center|park|street|estate|county|borough|city"
    r"|neighbourhood)s?\s+where\b[^,;()]*",
    re.IGNORECASE,
)
# "letters of support from at least two local groups that have used your services": who writes
# the document, not who sends it (the words "groups that" say of its authors)
FROM_WHO = re.compile(
    r"\bfrom\s+(?:[\w'’-]+\s+){0,4}?(?:groups|organi[sz]ations|bodies|agencies|partners|people)"
    r"\s+(?:that|who|which)\b[^,;()]*",
    re.IGNORECASE,
)
# "If we invite you to stage two, you will need to send ...", "if you are shortlisted", "If your
# expression of interest goes forward to the second stage": going on to a later stage limits no
# document (the rulebook: a later stage's documents are every applicant's who goes on to it),
# whoever invites the applicant to it ("If the Council invites you to Stage 2", "the panel")
STAGE_IF = re.compile(
    r"\bif\s+(?:(?:we\s+shortlist\s+you|you\s+are\s+shortlisted)\b"
    r"|(?:(?:we|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})\s+invites?\s+you|you\s+are\s+invited"
    r"|you\s+(?:go|get|move|progress|pass)|"
    r"your\s+(?:application|bid|proposal|idea|expression\s+of\s+interest)\s+"
    r"(?:goes|moves|progresses|passes|is\s+(?:taken|put)))"
    # (a LATER stage, never a round or strand chosen: "If you go for the main grants round")
    r"(?:\s+(?!(?:and|or|if)\b)[\w'’-]+){0,5}?\s+"
    r"(?:(?:stage|round|phase)\s+(?:two|three|2|3|ii|iii)\b"
    r"|(?:second|next|later|final|full)\s+(?:stage|round|phase)\b|full\s+application\b))",
    re.IGNORECASE,
)
# the stage's clause ending its condition: the main clause follows ("If we invite you to stage
# two, please send:", "... to Stage 2 you will need to send"), no grant size or strand it names
STAGE_ENDS = re.compile(r"\s*(?:[,:;]|(?:then\s+)?(?:you|we|please)\b)", re.IGNORECASE)
# the stage's clause with what joins another to it: "if you are invited to stage two and you are
# buying equipment" keeps its "if" for the second
STAGED = re.compile(rf"(?:{STAGE_IF.pattern})(?:\s*,?\s+(?:and|or)(?=\s))?", re.IGNORECASE)


def unstaged(text: str) -> str:
    """``text`` without a later stage's "if" clause (STAGE_IF); a condition joined to it after
    "and" keeps the "if" ("if you are invited to stage two and you buy equipment")."""
    return STAGED.sub(lambda m: " if" if m.group(0).rstrip().endswith(("and", "or")) else " ", text)


# "Please send all of the following, in one email if you can:", "as PDF files where possible": a
# condition on how the documents are sent, not on who sends them
MANNER_IF = re.compile(
    r"\b(?:in\s+(?:one|a\s+single)\s+(?:e-?mail|file|envelope|document)|by\s+e-?mail|"
    r"as\s+(?:one|a\s+single)\s+(?:file|document)|as\s+pdfs?(?:\s+files?)?|in\s+pdf(?:\s+format)?"
    r"|electronically)\s*,?\s*(?:if\s+(?:you\s+can|possible)|where(?:ver)?\s+possible)\b"
    # (and a cover's own words: "£10 million for any one claim", not "for any" posts some have)
    r"|\bfor\s+any\s+one\s+(?:claim|occurrence|incident|event|loss)\b",
    re.IGNORECASE,
)
# "your business plan, including what will happen if the share offer raises less", "a risk
# assessment showing what you will do if it rains": an "if" inside what a named document holds
# (after its name), not who sends it; "(dated, if your camera can do it)": how it is made; "a
# letter from the owner saying that they will lease it to you if the project goes ahead": what
# the letter says, its "if" in the same clause and not about the applicant ("... confirming they
# agree to the work if you rent your building": who sends it); "what happens to the group's
# money if it closes", "what you do if you are worried about someone": what a document says
CONTENT_IF = re.compile(
    r"\b(?:what|how)\s+(?:(?:you|we|it|they)\s+)?(?:will|would|could|might|should|happens|to)\s+"
    r"(?:[\w'’-]+\s+){0,2}?if\b[^,;()]*"
    # (further from what/how, never about the applicant: "Show us how you will manage the risks if
    # your activity takes place outdoors" limits; review22 F6), or what the document says
    r"|\b(?:what|how)\s+(?:(?:you|we|it|they)\s+)?(?:will|would|could|might|should|happens|to|"
    r"do|does)\s+(?:[\w'’-]+\s+){0,4}?if\s+(?!you\b|your\b)[^,;()]*"
    r"|\b(?:says?|explains?|describes?|sets?\s+out)\s[^.;()]{0,100}?\b(?:what|how)\s+"
    r"(?:[\w'’-]+\s+){0,6}?if\b[^,;()]*"
    r"|\b(?:saying|confirming|stating|agreeing)\s+(?:[\w'’-]+\s+){1,10}?if\s+(?!you\b|your\b)"
    r"[^,;()]*",
    re.IGNORECASE,
)
CONTENT_WORDS = ("what", "how", "saying", "confirming", "stating", "agreeing")
# "optional" naming other things after the document: "your accounts (optional extras, such as
# photographs, can follow later)": the extras are offered, the accounts still asked (review25);
# only things the item cannot itself be, said by what follows ("such as", a verb of their own):
# never "letters of support (optional information that helps us)", the item's own (review26 F2)
OPTIONAL_OTHERS = re.compile(
    r"\boptional\s+(?:extras?|items|(?:other\s+)?documents|attachments|papers|enclosures)"
    r"(?=\s*,?\s*(?:such\s+as|like|e\.g\.|for\s+example|can|may|are|will|could)\b)",
    re.IGNORECASE,
)
# the liability covers, each a certificate of its own (named.COVERS names them, with motor
# insurance; named imports this module, so they are named here for COVERING)
LIABILITY_COVERS = re.compile(
    r"public\s+liability|employer[’']?s?[’']?\s+liability|professional\s+indemnity", re.IGNORECASE
)
# "Your safeguarding policy, covering adults at risk, and children if you work with families",
# "It must cover your main activities, as well as lone working if staff visit people at home": a
# condition on a second thing the document must cover, added after a comma, picks what it covers
# beyond the first, which every applicant's covers; the document is everyone's. (One thing
# covered under a condition, "DBS checks covering all staff and volunteers if you work with
# children", is the document's condition: who sends it, review21 F3; so is a second cover, a
# certificate of its own: "covering public liability, and employer's liability if you employ
# staff", review21 F5.) The clause runs to its sentence's end or a bracket.
COVERING = re.compile(
    r"(?:^|[,(–—:.]|\s-)\s*(?:(?:which|that|it|this|they|these)\s+(?:must|should|needs?\s+to|"
    r"will\s+need\s+to|has\s+to|have\s+to)\s+(?:also\s+)?)?(?:cover(?:s|ing)?|includ(?:e|es|ing))\b"
    r"[^;.(),]+,\s*(?:and|as\s+well\s+as|plus)\s+(?!(?:only\s+)?(?:if|where|when|unless)\b)"
    rf"(?!(?:[\w'’-]+\s+){{0,3}}?(?:{LIABILITY_COVERS.pattern}))"
    r"[^;.(),]*?\bif\b[^;.(),]*",
    re.IGNORECASE,
)


# the same second cover in brackets: "Your safeguarding policy, covering adults at risk (and
# children, if they take part)"
COVERING_BRACKET = re.compile(
    r"\b(?:cover(?:s|ing)?|includ(?:e|es|ing))\b[^;.()]+?\(\s*(?:and|as\s+well\s+as|plus)\s+"
    r"(?!(?:only\s+)?(?:if|where|when|unless)\b)[^;.()]*?\bif\b[^;.()]*\)",
    re.IGNORECASE,
)


def uncovered(text: str) -> str:
    """``text`` without what it says a document must cover or include (COVERING)."""
    low = text.lower()
    if "cover" not in low and "includ" not in low:
        return text
    return COVERING_BRACKET.sub(" ", COVERING.sub(" ", text))


# "(every group, even if you do not work with children)", "even where the project is small":
# a case said NOT to excuse anyone, so no condition (it runs to the clause's end)
EVEN_IF = re.compile(r"\beven\s+(?:if|where|when|though|for)\b[^,;()]*", re.IGNORECASE)
CAN_DO_IF = re.compile(r"\bif\s+(?:[\w'’-]+\s+){1,4}?can\s+do\s+(?:it|this|so|that)\b", re.I)
# "two quotes (three where the work costs more than £20,000)": the condition says how many,
# not who sends them
HOW_MANY = re.compile(
    r"\((?:or\s+)?(?:one|two|three|four|five|six|\d{1,2})\s+(?:(?:more|written|quotes?|"
    r"quotations?|estimates?|references?|letters?)\s+){0,2}(?:where|if|when|for)\b[^()]*\)",
    re.IGNORECASE,
)
# "two quotes for projects costing up to £5,000 and three for projects costing more": counts
# graded by size say how many each applicant sends, not who sends them (not from a floor: "one
# for items over £500, two for items over £2,000" asks none under £500)
GRADED = re.compile(
    r"\b(?:one|two|three|four|five|\d)\s+(?:[\w'’-]+\s+){0,2}?(?:for|where|if|when)\b"
    r"(?:(?!\b(?:over|above|more\s+than|exceeding)\b)[^;()]){0,120}?"
    r"(?:\band\b|\bor\b|,)\s*(?:one|two|three|four|five|\d)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:for|where|if|when|above|over)\b[^;()]{0,120}",
    re.IGNORECASE,
)
# "(minimum £5 million; £10 million if the event includes fireworks)": a clause opening with a
# sum and its condition says how much, not who sends the document
SUM_IF = re.compile(
    r"[(;,]\s*(?:(?:or|and)\s+)?(?:£|GBP\s?)\s?\d[\d,.]*\s*(?:m|million|k)?\s+"
    r"(?:if|where|when|for)\b[^();]*",
    re.IGNORECASE,
)
# "accounts examined by an independent examiner or, where your income is under £25,000, signed
# by your treasurer": a condition opening the alternative after "or" is the alternative's
OR_IF = re.compile(r"\bor\b[\s,]*(?=(?:if|where|when|unless|for)\b)", re.IGNORECASE)
# "permission from the landowner, or from the Highways team if the site is a verge": the same
# document from another source in the cases the condition names (the first is everyone's)
OR_FROM_IF = re.compile(
    r"\bor\s+(?:from|by)\s+[^,;()]{1,60}?\s(?=(?:if|where|when|unless)\b)", re.IGNORECASE
)
# "your accounts and, if you employ staff, your employer's liability certificate", "...; if you
# work with children, ...": a condition opening the next clause after the name leads what follows
AND_IF = re.compile(r"(?:\band\b|;)[\s,]*(?=(?:if|where|when|unless)\b)", re.IGNORECASE)
# "proof that you own it, or, if you rent it, the landlord's consent": an alternative offered to
# some in place of something named first (in words no kind names) is one document for everyone
FIRST_NAMED = re.compile(r"[A-Za-z]{3}")
# "accounts for the last financial year, or, if your club is new, its bank statements": words
# running on from the document named before (no comma, no "and", no paper named: "... together
# with proof that you own it") are that document's own, so the alternative after them is a
# second document, sent by some ("..., proof that you own it, or, if you rent it, ..." and "...
# and proof that ..." name a document of no kind first)
OWN_WORDS = re.compile(r"\s+(?!(?:and|plus|also)\b)\w", re.IGNORECASE)
# "examined accounts if your income is over £25,000, otherwise accounts signed by your treasurer"
OTHERWISE = re.compile(
    r"[,;]\s*otherwise\b", re.IGNORECASE
)  # (not "unless ... otherwise requires")
# after alternatives, a comma, bracket or dash (past the last one's own words: "food hygiene rating
# or certificate of whoever cooks, if ..."): what follows is about all
TAIL = re.compile(r"[^,;:()–—]{0,60}?(?:[,(–—]|\s-\s)")


def limited(condition: re.Pattern[str], window: str, named: int = 0) -> bool:
    """Whether a condition limits the document named in ``window`` (the words between the
    documents named before and after it): a cue, "(charities only)", "for projects ...",
    "over £1,000"; not a bracket saying how many ("three where ...") nor a condition that
    opens an alternative after "or" ("or, where your income is small, ...", "or from the
    council if ...") after the document's name (which ends at ``named``), nor one before it
    that offers the document in place of something named first ("proof that you own it, or,
    if you rent it, the landlord's consent")."""
    if "where" in window:  # "a map showing where the work will be": what it shows
        window = PLACE_WHERE.sub(" ", SHOWING_WHERE.sub(" ", window))
    alternative = (
        OR_IF.search(window, named)
        or OR_FROM_IF.search(window, named)
        or AND_IF.search(window, named)
    )
    if alternative is not None:
        window = window[: alternative.start()]
    elif (offered := OR_IF.search(window, 0, named)) is not None and not (
        OWN_WORDS.match(window) and PAPER.search(window, 0, offered.start()) is None
    ):
        clause = window.find(",", offered.end(), named)  # (where the alternative's name begins)
        if clause > 0 and FIRST_NAMED.search(window, 0, offered.start()):
            window = window[: offered.start()] + window[clause + 1 :]
    if "(" in window:
        window = HOW_MANY.sub(" ", window)
    window = GRADED.sub(" ", window)
    if "from" in window:
        window = FROM_WHO.sub(" ", window)
    if "if" in window or "If" in window or "IF" in window:
        window = unstaged(window)
    window = unhelped(window)  # (nor does help to get it: "(if you have none, ring us ...)")
    if "even" in window or "Even" in window:
        window = EVEN_IF.sub(" ", window)
    if named and any(w in window for w in CONTENT_WORDS):  # (after the document's own name)
        window = window[:named] + CONTENT_IF.sub(" ", window[named:])
    if named:
        window = window[:named] + uncovered(window[named:])
    if named and "ptional" in window:
        window = window[:named] + OPTIONAL_OTHERS.sub(" ", window[named:])
    if "can" in window:
        window = CAN_DO_IF.sub(" ", window)
    if "possible" in window or "can" in window or "any one" in window:
        window = MANNER_IF.sub(" ", window)
    if "£" in window or "GBP" in window:
        window = SUM_IF.sub(" ", window)
    return bool(
        condition.search(window)
        or TRAILING_ONLY.search(window)
        or TRAILING_FOR.search(window)
        or CLAUSE_IF.search(window)
        or BRACKET_WHO.search(window)
        or (("£" in window or "GBP" in window) and OVER_SUM.search(window))
        or (
            (
                "(" in window
                or "not" in window
                or "n't" in window
                or "n’t" in window
                or "exce" in window
                or "exempt" in window
            )
            and excused(window)
        )
    )


def excused(window: str) -> bool:
    """'(community councils do not need to send this)', '(charities and CIOs)': some
    applicants excused, or only some named, beside the document."""
    return bool(EXEMPT.search(window) or WHO_BRACKET.search(window))
