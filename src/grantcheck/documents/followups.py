"""Shapes of prompt whose length or second sentence decides what they ask: a count or sum
asked in a long question ("How many of the people who come have arrived in the UK in the last
five years, as refugees or to seek asylum?" asks for one number, however long), a yes/no
question whose follow-up asks for words in the same box ("Will the project save energy? If so,
how?", "Are you working with others? If so, who are they and what will they do?"), a
follow-up asked of those who answered a certain way ("If yes, will everyone have a DBS
check?": the question after its condition, a yes/no all the same), and a question whose
instruction asks for items and their costs ("What will you spend the grant on?
List each item and its cost.": a budget, values).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a prompt asking for one number or sum: "How many ...?", "How much ...?" (Welsh "Faint ...?"),
# after its item number
COUNT = re.compile(
    r"^\s*(?:q(?:uestion)?\s*)?(?:[a-z]?\d{1,3}(?:\.\d{1,3})*[.):]?\s+)?"
    r"(?:how\s+(?:many|much)|faint)\b",
    re.IGNORECASE,
)
COUNT_WORDS = 30  # a count asked in more words than this is a paragraph, not a label
# a yes/no question's follow-up asking for words: "If so, how?", "If yes, who are they?", Welsh
# "Os bydd, sut?"; a follow-up asking for a count, a sum or a time ("If so, how many?", "If
# yes, when?") asks for a value
IF_SO = re.compile(
    r"\b(?:if\s+(?:so|yes)|os\s+(?:felly|bydd|do|ydy|oes|ydych|ydyn))\b[\s,:;–-]*"
    r"(?:(?:please\s+)?(?:say|tell\s+us)\s+)?"
    r"(?P<ask>who|what|why|which|where|how(?!\s+(?:much|many|long|often)\b)|sut|pwy|beth|pam)\b",
    re.IGNORECASE,
)
# the condition opening a follow-up item, after its number: "16. If ", "B6 Where ", "(Only if "
CONDITION_OPENS = re.compile(
    r"\s*(?:q(?:uestion)?\s*)?(?:[a-z]?\d{1,3}(?:\.\d{1,3})*[.):]?\s+)?\(?(?:only\s+)?"
    r"(?:if|where|os|for\s+(?:those|anyone|applicants|groups)\s+(?:who|that))\s",
    re.IGNORECASE,
)
# "your answer to question 14", "the answer you gave at Q4": the reference names one answer given
# (not "your answers to questions 6 to 9", a note on their limits)
# words before "answer" that ask nothing: "Your answer to question 10 should be ..." (a note)
OWNERS = frozenset(["your", "the", "our", "their", "question"])
ONE_ANSWER = re.compile(r"\banswer\s+(?:you\s+gave\s+)?(?:to|at|in|for)\s+$", re.IGNORECASE)
# the words of such a condition that name an answer given: "If you answered YES to question 15",
# "If you ticked 'Other' at Q4", "If your answer to question 3 was no" (not "If you need more
# room for questions 6 to 9", which names no answer)
ANSWER_GIVEN = frozenset(
    ["yes", "no", "not", "ticked", "chose", "chosen", "selected", "circled", "answered", "gave"]
)
CLAUSE_ENDS = re.compile(r"[,;:.?!)]")
CLAUSE = 80  # characters: a condition runs on this far past its reference at most

# a question's second clause asking for words: "Are there any risks, and how will you manage
# them?", "Have you done this before, and what did you learn?" (not "and how many ...")
AND_ASKS = re.compile(
    r",\s+and\s+(?P<ask>who|what|why|which|where|how(?!\s+(?:much|many|long|often)\b))\b",
    re.IGNORECASE,
)

# the condition opening a follow-up question: "If yes, ", "If so, ", "If not: ", "If yes to
# question 4, " (the question asked is what comes after it)
ANSWERED = re.compile(r"^if\s+(?:yes|so|not|no)\b[^,:?]{0,30}[,:]\s*", re.IGNORECASE)

# "List each item and its cost", "list the items the grant will pay for and the cost of each",
# "Itemise your costs": a budget asked for, items beside their amounts
ITEMISED = re.compile(
    r"\b(?:list|give|show)\s+(?:each|every|all\s+the|the)\s+(?:items?|things?|purchases?)\b"
    r"[^.?]{0,40}?\b(?:costs?|prices?)\b|\bitemi[sz]e\b",
    re.IGNORECASE,
)


def ends_asking(text: str, limit: Callable[[str], object]) -> bool:
    """Whether a prompt ends with its "?": last, before a required question's asterisk, or
    before its limit in brackets ("If you are working towards a quality mark, which one, and
    when do you expect to be assessed? (100 words)", "... [150 words]"), as a question whose
    asking words come late, after a condition, is printed. A note in brackets that is no limit
    ("Do you have a bank account? (Yes/No)") is the question's choices, read elsewhere."""
    tail = text.rstrip(" *")
    if tail.endswith("?"):
        return True
    if tail[-1:] not in (")", "]"):
        return False  # (most prose: a full stop last)
    cut = tail.rfind("[" if tail[-1] == "]" else "(")
    return cut > 0 and tail[:cut].rstrip().endswith("?") and limit(tail[cut:]) is not None


def itemised(text: str) -> bool:
    """Whether a prompt asks for a budget: items listed with their costs ("What will you spend
    the grant on? List each item and its cost."). Its answer is amounts beside items, values
    however they are laid out (the corpus counts a budget as one field), not prose."""
    return ("tem" in text or "TEM" in text) and ITEMISED.search(text) is not None


def counts(text: str) -> bool:
    """Whether a prompt asks, in one question, for a count or a sum ("How many ...?"), so that
    its length does not make it prose (the caller still reads what else it asks)."""
    return (
        text.rstrip(" *").endswith("?")
        and text.count("?") == 1
        and COUNT.match(text) is not None
        and len(text.split(None, COUNT_WORDS)) <= COUNT_WORDS
    )


def if_so_asks(rest: str) -> str | None:
    """What the follow-up after a yes/no question's "?" asks if the answer is yes, from its
    question word on ("who are they and what will they do?"), or None (no such follow-up)."""
    found = IF_SO.search(rest)
    return rest[found.start("ask") :] if found is not None else None


def follow_asks(question: str, first: int) -> str | None:
    """The words a yes/no question asks for besides, from their question word on: a follow-up
    after its first "?" at ``first`` ("If so, how?") or a second clause before it ("Are there
    any risks, and how will you manage them?"), or None (neither)."""
    asks = if_so_asks(question[first + 1 :]) if first < len(question) else None
    found = AND_ASKS.search(question, 0, first + 1) if asks is None else None
    return question[found.start("ask") :] if found is not None else asks


def answered_ref(text: str, at: int) -> bool:
    """Whether the question reference at ``at`` in a prompt stands in the condition that opens
    it, naming the answer it follows up ("16. If you answered YES to question 15, please
    explain which roles ... (150 words)", "For those who answered YES to question 14, ...") or
    naming one answer ("Tell us more about your answer to question 14"): the prompt asks its
    own question under its own limit, and is no note on question 15's limit ("Keep your answers
    to questions 6 to 9 to 250 words")."""
    one = ONE_ANSWER.search(text, max(0, at - 30), at)
    if one is not None and set(re.findall(r"[a-z]{2,}", text[: one.start()].lower())) - OWNERS:
        return True  # "15. Please tell us more about your answer to question 14: ..." (asked
        # of the answer; "c) Your answer to question 10 should be ...", its subject, is a note)
    opens = CONDITION_OPENS.match(text, 0, at)
    if opens is None or CLAUSE_ENDS.search(text, opens.end(), at) is not None:
        return False  # (most references: no condition, or one that ended before them)
    ends = CLAUSE_ENDS.search(text, at, at + CLAUSE)
    clause = text[opens.end() : ends.start() if ends else at + CLAUSE].lower()
    return not ANSWER_GIVEN.isdisjoint(re.findall(r"[a-z]+", clause))


# an item's mark before its words: "15. ", "B6 ", "Q3 ", "(b) ", "c) "
ITEM_MARK = re.compile(
    r"\s*(?:q(?:uestion)?\s*)?(?:[a-z]?\d{1,3}(?:\.\d{1,3})*[.):]?|\(?[a-z]\))\s+", re.IGNORECASE
)


def unmarked(text: str) -> str:
    """A numbered item's words without its mark ("15. Thinking about question 14, please
    explain ..." as "Thinking about ..."), to read whether they ask apart from the numbering;
    "" for a prompt with no item's mark (a paragraph, a message in a chat: no item of a form)."""
    mark = ITEM_MARK.match(text)
    return text[mark.end() :] if mark is not None else ""


def unled(text: str) -> str:
    """A follow-up question without the condition that opens it ("If yes, will everyone ...?"
    is "will everyone ...?"): what it asks, to be read as any question opening so."""
    return ANSWERED.sub("", text, count=1) if text[:2] in ("If", "if", "IF") else text
