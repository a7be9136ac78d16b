"""A document a list asks of some, named again in prose: still asked of some.

A documents list, checklist, table or upload says who sends each document ("If the building is
not yours: written permission from the owner"). A sentence elsewhere naming the same document
again (a question's answer, "Yes, as long as you send the owner's written permission"; a note,
"Please send two quotes as for a new vehicle") is that document, not a second one, and it does
not widen the list to everyone unless it says so ("every applicant must send ..."). A document
the list also asks of everyone stays everyone's (total.distinct), and so do the accounts: a
line giving them a condition ("If you need no audit, upload examined accounts instead") most
often says which level some send, not that only some send accounts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.facts import Attachment, attachment_key
from grantcheck.documents.said_again import named_again

# a sentence saying every applicant sends it: "All applicants must send ...", "everyone"
EVERY = re.compile(
    r"\b(?:every|each|all)\s+(?:applicants?|groups?|organi[sz]ations?|applications?|bids?|clubs?)"
    r"\b|\beveryone\b|\bin\s+all\s+cases\b",
    re.IGNORECASE,
)


def same_document(a: Attachment, b: Attachment) -> bool:
    """Whether two attachments are one document: one kind (a policy of one name), and for one
    no kind names, the words saying which it is all in the other's ("the landlord's consent",
    "your landlord's written consent")."""
    if attachment_key(a) == attachment_key(b):
        return True
    return a.kind == b.kind == "other" and named_again(a.name or a.text, [b.name or b.text])


def as_listed(asked: list[Attachment], prose: list[Attachment]) -> list[Attachment]:
    """``asked`` with each everyone's document named in ``prose`` (sentences outside any list,
    table or upload) made conditional where the lists ask the same document only of some, and
    the prose does not say every applicant sends it."""
    listed = [a for a in asked if a not in prose]
    return [
        replace(a, conditional=True)
        if not a.conditional
        and a.kind != "accounts"  # (a list's accounts "if ..." often says which level some send)
        and a in prose
        and EVERY.search(a.text) is None
        and any(same_document(a, b) for b in listed)
        and all(b.conditional for b in listed if same_document(a, b))
        else a
        for a in asked
    ]
