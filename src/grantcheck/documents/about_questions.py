"""Guidance telling what a form asks, not asking it: a sentence about one of the form's questions
("Question B1 asks you to describe your event in up to 300 words", "Section B asks ...", "In
question 4 you should ...", "You will be asked to describe ..."), and, in a document with nowhere
to write, a prompt said to be answered on the form ("Describe your project in up to 300 words
when you fill in the form", "You have up to 500 words to describe your project"), or any prompt
at all when the document's title says it is guidance ("Community Events Grant guidance notes").
The form's questions are counted from the form; guidance describing them counts none (the
rulebook, tests/forms/README.md), and its words on a question's length are the form's limit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from grantcheck.documents.label_words import may_be

if TYPE_CHECKING:
    from grantcheck.documents.blocks import Block

# a question, section or part of the form named as what asks: "Question B1 asks you to",
# "Section 3 of the form asks", "Q4 wants to know", "In question 4 you should", "For Part 2,
# you will need to", "At question 5 you are asked"
_PART = (
    r"(?:the\s+)?(?:question|section|part|box|q)\s*\.?\s*(?:[a-z]?\d{1,2}(?:\.\d{1,2})?[a-z]?"
    r"|[a-z])?\s*(?:\([^)]{0,30}\)\s*)?"
    r"(?:(?:of|on|in)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?form\s+)?"
)
TELLS_OF_PART = re.compile(
    rf"^\W*{_PART}(?:asks?|will\s+ask|wants?\s+to\s+know|covers?|is\s+(?:about|where|for))\b"
    rf"|^\W*(?:in|at|for|under)\s+{_PART},?\s*(?:you\s+(?:should|will|need\s+to|must|can|are"
    r"\s+asked|have\s+to|(?:will|may)\s+be\s+asked)|we\s+(?:ask|want))\b",
    re.IGNORECASE,
)
# a question of the form named before what to write in it, in a document with nowhere to write:
# "In Q3, describe your project in no more than 300 words"
AT_PART = re.compile(rf"^\W*(?:in|at|for|under)\s+{_PART},", re.IGNORECASE)
# the applicant told what they will be asked: "You will be asked to describe ...", "Applicants
# will also be asked how ..."
ASKED_LATER = re.compile(
    r"^\W*(?:you|applicants|groups|organi[sz]ations)\s+(?:will|may)\s+(?:also\s+)?be\s+asked\b",
    re.IGNORECASE,
)
# the form's questions counted in a sentence about the form ("The form has eight questions,
# including a description of your project of up to 500 words"): a form's own questions are
# asked, never counted
FORM_HAS = re.compile(
    r"\b(?:the|this|our|your)\s+(?:[\w-]+\s+){0,2}?form\s+(?:has|asks|includes|contains)\s+"
    r"(?:[\w-]+\s+){0,2}?questions?\b",
    re.IGNORECASE,
)
# a lead-in saying what the form will ask, closing a paragraph about it ("You apply online. The
# form takes about an hour ... It asks for:", "The online form covers:"): the items under it are
# that form's questions
FORM_ASKS_LEAD = re.compile(
    r"\b(?:(?:the|this|our|your)\s+(?:[\w-]+\s+){0,2}?form|it)\s+(?:asks|will\s+ask|covers"
    r"|will\s+cover)\s+(?:you\s+)?(?:for|about)?\s*:\s*$",
    re.IGNORECASE,
)
# in a document with nowhere to write: the answer is written on the form ("... when you fill in
# the form", "on the application form"), or its length told as an allowance ("You have up to
# 500 words to ...")
ON_THE_FORM = re.compile(
    r"\b(?:on|in)\s+(?:the|your|our)\s+(?:application\s+|online\s+|grant\s+)?form\b"
    r"|\bwhen\s+you\s+(?:fill\s+in|fill\s+out|complete)\s+(?:the|your)\s+(?:[\w-]+\s+)?form\b",
    re.IGNORECASE,
)
ALLOWANCE = re.compile(
    r"^\W*you\s+(?:have|get|can\s+use)\s+(?:up\s+to\s+)?[\d,]+\s+(?:words|characters)\b", re.I
)
# a title saying the document is guidance, not a form ("... guidance notes", "Notes for
# applicants", "FAQs"), unless it names a form of its own ("Application form and guidance")
GUIDANCE = re.compile(
    r"\bguidance\b|\bguide\b|\bnotes\s+for\s+applicants\b|\bapplicant\s+notes\b"
    r"|\binformation\s+for\s+applicants\b|\bfrequently\s+asked\s+questions\b|\bfaqs?\b",
    re.IGNORECASE,
)
# a document answered itself: "email your answers to these questions", "Send us an email answering
# these three questions", "Please answer each question below", "There is no form" (the rulebook:
# the only written form the applicant has counts its questions)
ANSWERED_HERE = re.compile(
    r"\bthere\s+is\s+no\s+(?:application\s+)?form\b"
    r"|\b(?:email|send|post|write)\b[^.?!\n]{0,40}?\b(?:answers|answering|replies)\b"
    r"(?![^.?!\n]{0,20}\b(?:on|in)\s+(?:the|your|our)\s+(?:[\w-]+\s+)?form)"
    r"|\banswer(?:ing)?\s+(?:each|every|all|these|the\s+following|the)\s+(?:[\w-]+\s+)?"
    r"questions?\s+(?:below|here|in\s+(?:an?|your)\s+(?:email|letter|reply))",
    re.IGNORECASE,
)
# a word each way of ANSWERED_HERE's holds ("there is no form", "answers", "replies"): a quick
# test of the whole document before the pattern tries every place of every block
ANSWERED_WORDS = ("there", "answer", "replies")
# the form the guidance is for, in its title: "Guidance notes for completing the application form"
FOR_FORM = re.compile(
    r"\b(?:for|on|to|about|completing|filling\s+in)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:form|questionnaire)s?\b",
    re.IGNORECASE,
)
# a form the title names as its own: "Application form and guidance notes"
OWN_FORM = re.compile(r"\b(?:form|questionnaire|template)s?\b", re.IGNORECASE)


def about_a_question(text: str, spaceless: bool) -> bool:
    """Whether a prompt tells what the form asks rather than asking it (see the module's
    docstring); ``spaceless``: the document has no answer space, field or upload at all."""
    # (quick: FORM_HAS and ON_THE_FORM, case-blind and open at any word, try every place of a
    # prompt gathering up to 600 characters of its guidance; each needs its "question" or its
    # "form", looked for in the lower-cased text as in ``answered_here``)
    if TELLS_OF_PART.search(text) or ASKED_LATER.search(text):
        return True
    formed = may_be(text, ("form",))
    if formed and may_be(text, ("question",)) and FORM_HAS.search(text):
        return True
    return spaceless and (
        (formed and ON_THE_FORM.search(text) is not None)
        or ALLOWANCE.search(text) is not None
        or AT_PART.search(text) is not None
    )


def asked_later_lead(text: str) -> bool:
    """Whether a line leads into what the applicant will be asked ("You will be asked:",
    "Applicants will also be asked about:", "... It asks for:", "The online form covers:"): the
    items under it are the form's questions."""
    return text.rstrip().endswith(":") and (
        ASKED_LATER.search(text) is not None or FORM_ASKS_LEAD.search(text) is not None
    )


def titled_guidance(name: str, blocks: list[Block]) -> bool:
    """Whether a document's title says it is guidance and names no form of its own, and no line
    of it says it is answered itself ("email your answers to these questions", "There is no
    form": the only form there is, its questions counted); a plain text's title is its first
    line, when that is a title's length and no sentence (with the line under it when that says
    what the document is: a masthead of two lines)."""
    if answered_here(blocks):
        return False
    from grantcheck.document_title import TITLE_WORDS, document_title, masthead

    title = document_title(name, blocks)
    if title is not None:
        words = title.words
    else:
        at = next((i for i, b in enumerate(blocks[:4]) if b.text.strip()), None)
        first = blocks[at].text.strip() if at is not None else ""
        if not TITLE_WORDS[0] <= len(first.split()) <= TITLE_WORDS[1] or first[-1] in ".?":
            return False
        after = blocks[at + 1] if at is not None and at + 1 < len(blocks) else None
        words = masthead(first.split(), after if after and after.text.strip() else None)
    return guidance_title(words)


def answered_here(blocks: list[Block]) -> bool:
    """Whether a line of the document says it is answered itself (ANSWERED_HERE). (Quick: the
    pattern ignores case, and its words are looked for in the lower-cased text, all blocks at
    once; ``may_be`` lets through a text with a letter the pattern reads otherwise.)"""
    if not may_be("\n".join(b.text for b in blocks), ANSWERED_WORDS):
        return False
    return any(ANSWERED_HERE.search(b.text) for b in blocks)


def guidance_title(words: str) -> bool:
    """Whether a title says its document is guidance ("... guidance notes", "FAQs") and names
    no form of its own ("Application form and guidance notes" is a form)."""
    return GUIDANCE.search(words) is not None and OWN_FORM.search(FOR_FORM.sub(" ", words)) is None
