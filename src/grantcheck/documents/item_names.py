"""What a checklist item's head names: a document by its noun after "the" ("The latest
inspection report for the play area", "the supplier's certificate"), or only details to type
into the form ("Your name and address"), which are fields, not documents.
"""

from __future__ import annotations

import re

# a list item's mark: "-", "•", "c.", "(c)", "3."
ITEM_MARK = re.compile(r"^\s*(?:[-*•▪]|\(?[a-h]\)|[a-h]\.|\(?\d{1,2}[.)])\s+")

# details typed into the form, not documents (the rulebook's contact, organisation and bank
# details, a signature and a position, are fields): "your organisation's legal name and
# registered address", "sort code", "Your position in the group ______"
DETAIL = re.compile(
    r"(?:names?|address(?:es)?|numbers?|details|post\s?codes?|sort\s+codes?|e-?mails?|"
    r"telephone|phone|website|date\s+of\s+birth|positions?|roles?|job\s+titles?|signatures?|"
    r"dates?|titles?|aims|descriptions?)\W*$",
    re.IGNORECASE,
)
# the nouns of a document's name: "proof", "a letter", "a copy", "the ... certificate"
DOCUMENT_NOUNS = r"proof|evidence|letter|cop(?:y|ies)|certificate|confirmation|document|screenshot"
# what a detail may come on ("Proof of your address", "a letter confirming your charity number")
PAPER = re.compile(
    rf"\b(?:{DOCUMENT_NOUNS}|statement|photo\w*|form|record|register|list)s?\b", re.IGNORECASE
)
# a document named after "the" by its noun, a document's noun ending its head: "The V5C
# registration document for each vehicle", "the partner data sharing agreement, signed", "the
# booking page or a screenshot of it", "The minute agreeing to apply", "The latest inspection
# report for the play area" (never "The documents must be ...", "The following"; nor the form
# in hand, "The signed form", "The declaration form, signed by your chair")
THE_OPENS = re.compile(r"the\s+(?!following\b)[\w'’-]", re.IGNORECASE)
PAPER_END = re.compile(
    rf"\b(?:{DOCUMENT_NOUNS}|photo\w*|record|agreement|report|notice|plan|map|drawing|list"
    r"|schedule|licen[cs]e|permit|permission|consent|minute|survey|audit|assessment|register"
    r"|registration|approval|specification|invoice|receipt|quot(?:e|ation)|estimate)s?$",
    re.IGNORECASE,
)
# "the" and whose it is: "the supplier's certificate ...", "the host organisation's letter
# agreeing to ...", "The Council's decision notice designating your area" (never a sentence
# about it: "The Council's decision is final")
THE_WHOSE = re.compile(
    r"the\s+(?:[\w-]+\s+){0,3}[\w-]+['’]s?\s+[\w-]+(?!\S*\s+(?:is|are)\b)", re.IGNORECASE
)

# the funder's own papers, named in a list as a list names what it sends: "The council's data
# protection notice, on our website", "The grants panel's decision", "The funder's conditions of
# award" (acc24a F4): the funder's, never the applicant's to send (the venue's, the supplier's)
FUNDER_OWNS = re.compile(
    r"the\s+(?:[\w-]+\s+){0,2}?(?:council|borough|funder|panel|officer|committee|grants?\s+team)"
    r"['’]s?\s",
    re.IGNORECASE,
)
YOURS = re.compile(r"\byour\b", re.IGNORECASE)


# an email someone writes is a document, not an email address: "a short email from your chair
# saying they volunteer with you"
WRITTEN_BY = re.compile(r"\be-?mails?\s+from\b", re.IGNORECASE)
# where an item's head ends and what it holds or is of begins: "A sample menu with the caterer's
# name", "Your programme of events with the venue names": the head is the document
HEAD_ENDS = re.compile(
    r"\b(?:with|of|for|from|showing|including|containing|listing|giving|that|which|agreeing"
    r"|confirming|saying|stating|designating|approving|proving|describing|explaining|in|at)\b",
    re.I,
)


def the_paper(name: str) -> bool:
    """Whether an item's name opening "the" names a document: its head (before what it holds
    or shows), or one of the head's alternatives, ends in a document's noun."""
    name = ITEM_MARK.sub("", name, count=1).strip(" -*•")
    head = HEAD_ENDS.split(name, maxsplit=1)[0]
    return (
        THE_OPENS.match(name) is not None
        # (the applicant's own copy of it: "The Council's decision notice designating your area")
        and (FUNDER_OWNS.match(head) is None or YOURS.search(name) is not None)
        and (
            any(PAPER_END.search(p.strip()) for p in re.split(r",|\bor\b", head))
            or THE_WHOSE.match(head) is not None
        )
    )


def details(name: str) -> bool:
    """Whether an item's name is only details to type in, each part of its head ending in a
    detail's noun ("Your name", "bank account name, sort code and account number"); a document
    holding details ("A sample menu with the caterer's name") is a document."""
    head = HEAD_ENDS.split(ITEM_MARK.sub("", name), maxsplit=1)[0]
    parts = [p for p in re.split(r",|\b(?:and|or)\b|&", head) if p.strip()]
    return (
        bool(parts)
        and PAPER.search(name) is None
        and WRITTEN_BY.search(name) is None
        and all(DETAIL.search(p) for p in parts)
    )
