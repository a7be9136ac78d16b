"""The words a field's label is made of, read alone: a yes/no question and the choices printed
after it, an online system's note of the answer's type, a label ending in a sum's unit or in
what names a value, and whether a label is short. The prompt tests (prompts.py) read them with
the vocabulary's cues.
"""

from __future__ import annotations

import re

from grantcheck.documents.gates import unsure

YES_NO = re.compile(  # Welsh: a yw, ydy, a oes, oes, a ydych, ydych, a fydd, a wnaeth
    r"^(?:is|are|do|does|have|has|will|can|did|was|were|a yw|ydy|a oes|oes|a ydych|ydych|"
    r"a fydd|a wnaeth)(?:\s|['’]r\s)",
    re.IGNORECASE,
)
# "... other sources? Yes / No": the choices a yes/no question offers, after its "?", with or
# without their boxes ("[ ] Yes [ ] No") and "(please circle)"
CHOICES = re.compile(
    r"(?<=\?)(?:[\s☐□]|\[ ?\])*(?:\((?:please )?(?:circle|tick|delete)[^)]*\)\s*)?"
    r"(?:yes|ydy|oes|ydw)(?:[\s☐□]|\[ ?\])*(?:/|or|neu)?(?:[\s☐□]|\[ ?\])*"
    r"(?:no|nac ydy|nac oes|nac ydw)"
    r"[\s☐□]*(?:\((?:please )?(?:circle|tick|delete)[^)]*\)|\(rhowch gylch[^)]*\))?\s*$",
    re.IGNORECASE,
)
# "Write yes or no.", "(Answer Yes or No)": how a yes/no question is answered, said after it
YES_NO_ASKED = re.compile(
    r"\s*\(?(?:(?:please\s+)?(?:write|answer|put|state|say|type|enter|circle|choose|select|"
    r"delete|tick)(?:\s+either)?\s+)?['\"“‘]?yes['\"”’]?\s*(?:or|/)\s*['\"“‘]?no['\"”’]?"
    r"(?:\s+(?:as appropriate|below|here))?\s*[.)]*\s*$",
    re.IGNORECASE,
)
SHORT = 14  # words: a field label is short; a prompt this long asks for prose
# a letter of another script than Latin (Cyrillic, Greek, Arabic ...): a label said in two
# scripts ("8. Name of group Назва групи") is as long as one of them
OTHER_SCRIPT = re.compile(r"[^\W\d_\x00-\u024f]")
BRACKETED = re.compile(r"\([^()]{0,200}\)")  # a note in brackets, ending a label's words
# an online system's note of what kind of answer a box takes ("Options: Yes / No", "Answer
# type: Date"): a value to choose or enter, unless it is text
ANSWER_TYPES = ("options", "answer type", "response type", "field type", "input type")
ANSWER_TYPE = re.compile(
    rf"^\s*(?:{'|'.join(ANSWER_TYPES)})\s*:\s*"
    r"(?!(?:free |long |short |plain )?text\b|paragraph|essay)",
    re.IGNORECASE,
)
TYPED = re.compile(ANSWER_TYPE.pattern.replace("^\\s*", "\\b", 1), re.IGNORECASE)
# "Other funding (£)", "Amount requested £", "Share of members %": a label asking for a sum or
# a share, in any words (it ends in the value's unit; "Weighting: 25%" states its figure)
SUM_UNITS = ("£", "%")  # the unit a sum's or share's label ends with
SUM_BRACKETED = ("£", "GBP", "€", "$", "%")  # ... or with in brackets: "(£)"
SUM = re.compile(  # (found or not: from a line's first letter only, each letter read the line)
    r"(?:^|(?<=\n))(?>[^\n]*?[^\W\d_])[^\n]*?"
    rf"(?:\((?:{'|'.join(map(re.escape, SUM_BRACKETED))})\)|£|(?<![\d.])%)\s*(?:[:*]\s*)?$"
)
SUM_ENDS = SUM_UNITS + tuple(f"({unit})" for unit in SUM_BRACKETED)  # (a quick test: sum_last)
# "Registered charity, company or CIC number *", "Grid reference", "Other sources of money, and
# amounts:": a label ending in what names a value (a sum, a number), not prose
VALUE_WORDS = ("number", "no.", "reference", "postcode", "code", "amount", "amounts")
VALUE_LAST = re.compile(  # (each mark takes the white space after it: "\s*:?\s*" ran to n**4)
    rf"\b(?:{'|'.join(map(re.escape, VALUE_WORDS))})"
    r"\s*(?:[*:]\s*)?(?:\([^)]{0,40}\)\s*)?(?:[*:]\s*)?$",
    re.I,
)


def short_label(text: str) -> bool:
    """Whether a label is short. A note in brackets ("(write N/A if you are not a charity)") is
    not the label's words but ends them, and a label in two languages ("Cyfeiriad / Address",
    "Swm y grant (£)" over "Amount of grant (£)") is as long as one of them, as is one in two
    scripts ("8. If not, which organisation will hold the grant? Якщо ні, яка організація ...")."""
    # (quick: every ASCII character is in the Latin range OTHER_SCRIPT leaves out, and a str
    # knows whether it is all ASCII without reading it: a gathering prompt's 600 characters)
    if not text.isascii() and OTHER_SCRIPT.search(text):
        words = text.split()
        other = sum(OTHER_SCRIPT.search(word) is not None for word in words)
        if other and other < len(words):
            return max(other, len(words) - other) <= SHORT
    if "(" not in text and " / " not in text:  # (quick: a prompt with its guidance is long)
        return len(text.split(None, SHORT)) <= SHORT
    # (quick: the words after the last bracket stay the label's words; a prompt gathering its
    # guidance under "... (max 250 words)" grows long after it)
    if " / " not in text and len(text[text.rfind(")") + 1 :].split(None, SHORT)) > SHORT:
        return False
    halves = BRACKETED.sub(" / ", text).split(" / ")
    return all(len(half.split(None, SHORT)) <= SHORT for half in halves)  # (the longest's)


def sum_last(text: str) -> bool:
    """Whether ``text`` could be a SUM label (a quick test: the pattern tries every letter as
    the label's start): it ends with a unit of SUM_ENDS, then at most one ":" or "*"."""
    return text.rstrip().rstrip(":*").rstrip().endswith(SUM_ENDS)


def may_be(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` could hold one of ``words`` for a case-blind pattern made of them (a
    quick test: it always could when it has a letter that such a pattern reads as an "i" or an
    "s" and lower() does not)."""
    if unsure(text):
        return True
    low = text.lower()
    return any(word in low for word in words)
