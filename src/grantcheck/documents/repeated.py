"""A document a list asks of some, named again in prose: still asked of some.

A documents list, checklist, table or upload says who sends each document ("If the building is
not yours: written permission from the owner"). A sentence elsewhere naming the same document
again (a question's answer, "Yes, as long as you send the owner's written permission"; a note,
"Please send two quotes as for a new vehicle") is that document, not a second one, and it does
not widen the list to everyone unless it asks it of everyone in its own right ("every
applicant ...", "you must also send ...", "we cannot assess an application without one"). A document
the list also asks of everyone stays everyone's (total.distinct), and so do the accounts: a
line giving them a condition ("If you need no audit, upload examined accounts instead") most
often says which level some send, not that only some send accounts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.facts import Attachment, attachment_key
from grantcheck.documents.said_again import named_again

# the vocabulary's everyone words a cell says alone ("Yes", "All", a tick): in a sentence they
# say nothing of who sends ("Yes, as long as you send ...", "all your costs")
CELL_ONLY = frozenset(("yes", "all", "✓", "✔"))
# a sentence asking in its own right, not mentioning a listed document again: "You must also
# send ...", "we cannot assess an application without one" (never what the document must say:
# "Your safeguarding policy must name your lead")
INSISTS = re.compile(
    r"\b(?:must|needs?\s+to|ha(?:ve|s)\s+to)\s+(?:also\s+)?(?:send|include|provide|upload|attach|"
    r"enclose|submit|supply)\b|\b(?:cannot|can't|can\s+not|will\s+not|won't)\s+(?:[\w'’]+\s+){0,4}?"
    r"without\b",
    re.IGNORECASE,
)


def insists(text: str, everyone: re.Pattern[str]) -> bool:
    """Whether a sentence asks every applicant for what it names: in the vocabulary's words
    ("every group", "all applicants", "required"), or insisting on it ("you must send")."""
    return INSISTS.search(text) is not None or any(
        m.group(0).lower() not in CELL_ONLY for m in everyone.finditer(text)
    )


def same_document(a: Attachment, b: Attachment) -> bool:
    """Whether two attachments are one document: one kind (a policy of one name), and for one
    no kind names, the words saying which it is all in the other's ("the landlord's consent",
    "your landlord's written consent")."""
    if attachment_key(a) == attachment_key(b):
        return True
    return a.kind == b.kind == "other" and named_again(a.name or a.text, [b.name or b.text])


def as_listed(
    asked: list[Attachment], prose: list[Attachment], everyone: re.Pattern[str]
) -> list[Attachment]:
    """``asked`` with each everyone's document named in ``prose`` (sentences outside any list,
    table or upload) made conditional where the lists ask the same document only of some, and
    the prose does not ask it of every applicant in its own right (``insists``)."""
    # (a set: a frozen dataclass hashes the fields it compares, so "in" answers as the list's
    # does, in one look-up where the list compared every item, field by field, with each)
    said = set(prose)
    listed = [a for a in asked if a not in said]
    return [
        replace(a, conditional=True)
        if not a.conditional
        and a.kind != "accounts"  # (a list's accounts "if ..." often says which level some send)
        and a in said
        and not insists(a.text, everyone)
        and any(same_document(a, b) for b in listed)
        and all(b.conditional for b in listed if same_document(a, b))
        else a
        for a in asked
    ]
