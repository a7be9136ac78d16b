"""Prompts that name their own answer: the words the applicant is to give are printed with the
prompt, so the answer is a choice (a field), not prose of the applicant's own.

A form marks a choice in its own words as often as with tick boxes: "Yes / No" after the
question (however the question opens: "In the last two years, has your group ...? Yes / No")
or after a statement to confirm ("Please confirm that ... Yes / No"); the words to type
("Type one of: charity / CIO / CIC", 'Type "Agreed"', "Write Large or Small."); or a choice
among options the form has just listed ("Which of (a) to (d) are you providing?"). Words the
prompt asks for besides (a strong cue after the choice: "If yes, describe ...") or a limit
make it a question again: the caller checks those.
"""

from __future__ import annotations

import re

# "...? Yes / No", "... training. YES or NO", "...? Yes / No. If yes, we will post you ...": yes
# or no offered as the answer, after a question or a statement, and standing alone (a sentence
# of its own follows, or nothing): "Yes / No answers are fine" is about answers
OFFERED = re.compile(
    r"[?.:]\s*(?:\((?:please )?(?:circle|tick|delete)[^)]*\)\s*)?(?i:yes)\s*(?:/|or)\s*(?i:no)\b"
    r"\s*(?:\((?:please )?(?:circle|tick|delete)[^)]*\))?[.)]?(?=\s+[A-Z(\"“']|\s*$)"
)
OPTION = r"[A-Z0-9][\w/&-]*(?:\s[A-Z0-9][\w/&-]*)?"  # "SME", "Large", "Part time"
# 'Type "Agreed".', "Type one of: ...", "Choose one of:", "Write Large or Small.", "Type YES to
# confirm ...": the words to give, named by an instruction that opens the prompt or one of its
# sentences
NAMED = re.compile(
    r"(?:^|[.?:)]\s+)(?i:(?:please\s+)?(?:type|enter|write|put|choose|select|circle|underline)"
    r"\s+(?:either\s+)?)(?:(?i:one\s+of)\b|[\"“'‘][^\"”'’]{1,30}[\"”'’][.)]?\s*$|"
    rf"{OPTION}\s+or\s+{OPTION}[.)]?\s*$|YES\s+(?:here\s+|below\s+)?(?i:to|if)\b)"
)
# "Please delete the ones that do not apply: charity / CIO / community group / other.", "...?
# Charity / CIO / Other": options to strike out or circle, one left as the answer, after an
# instruction to do so (two or more options) or straight after the question (three or more)
SLASHED = r"[^/\n.?:]{1,60}"  # one option: no "/" inside it, so the split is unambiguous
STRUCK = re.compile(
    r"(?:^|[.?:)]\s+)(?i:(?:please\s+)?(?:delete|cross\s+out|strike\s+out|strike\s+through|"
    rf"circle|underline|tick)\b[^.:?/\n]{{0,40}}:)\s*{SLASHED}(?:/{SLASHED}){{1,12}}\.?\s*$"
    rf"|\?\s*{SLASHED}(?:/{SLASHED}){{2,12}}\.?\s*$"
)
# "Which of (a) to (d) are you providing?", "Which of the options above are you choosing?": one
# of the options the form lists, a question of its own with nothing after it
WHICH_OF = re.compile(r"^which\s+of\s[^?]*\?\s*$", re.IGNORECASE)
YES_KEYS = ("yes", "Yes", "YES")  # (a quick test before OFFERED)
TAIL = 40  # characters: "Type SME or Large." and 'Type "Agreed".' end their prompt, in these
QUOTE_ENDS = frozenset("\"”'’")


def may_name(text: str) -> bool:
    """Whether a prompt could name its own answer (a quick test before ``offered`` and
    ``named``, asked of every block of prose: substring tests, each a scan in C, where one
    pattern of alternatives steps through every character): yes or no in it, "one of",
    "which of", or an "or" or a closing quotation mark in its last words. It must pass every
    prompt the patterns could match: "One of", "ONE OF" and "WHICH OF" too (the patterns
    ignore case), and a quotation mark before a new line."""
    if "yes" in text or "Yes" in text or "YES" in text or "ne of" in text or "NE OF" in text:
        return True
    if "hich of" in text or "HICH OF" in text:
        return True
    tail = text[-TAIL:]
    return " or " in tail or " / " in tail or tail.rstrip(" .)\t\n\r")[-1:] in QUOTE_ENDS


def offered(text: str) -> re.Match[str] | None:
    """Where yes or no is offered as the prompt's answer ("...? Yes / No"), if it is."""
    if not any(key in text for key in YES_KEYS):
        return None
    return OFFERED.search(text)


def named(bare: str) -> bool:
    """Whether a prompt (its number taken off) names the words to answer it with, or asks
    which of the options listed above is chosen."""
    if bare[:6].lower() == "which " and WHICH_OF.match(bare):
        return True
    return NAMED.search(bare) is not None or (" / " in bare and STRUCK.search(bare) is not None)
