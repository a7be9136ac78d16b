"""Prose that leads a list of documents in: "Please send the following with your form.",
"Have these ready; the portal will ask you to upload them." Words that ask for what follows
them and name none of it open the list as its heading would, or keep open the list whose
heading they stand under.
"""

from __future__ import annotations

import re

from grantcheck.documents.asks import awarded
from grantcheck.documents.items import AHEAD, may_point_ahead
from grantcheck.documents.phrases import sentences
from grantcheck.documents.policies import Policies
from grantcheck.documents.rows import Rows
from grantcheck.documents.vocab import tokens

# a list's lead-in offering a choice: "one of the following", "any one of these", "either of"
ONE_OF = re.compile(
    r"\b(?:(?:any\s+)?one\s+of|either\s+of)\s+(?:the\s+following|these|those|them|below)\b", re.I
)

# what a pronoun may stand for when named before it: "You will need to upload your documents, so
# please have them ready": "them" points back, not ahead to a list
NAMED_BEFORE = re.compile(r"\b(?:documents|files|papers|attachments|evidence)\b", re.I)


def points_on(text: str) -> bool:
    """Whether words point ahead to what follows ("the following", "below", a closing colon,
    "these"), not back to what the sentence named before them ("... your documents, so have
    them ready")."""
    named = NAMED_BEFORE.search(text)  # (once: a pronoun after it points back)
    back = named.end() if named is not None else len(text) + 1
    return any(
        m.start() < back or m.group(0).lower() not in ("them", "these", "those")
        for m in AHEAD.finditer(text)
    )


class LeadIns(Rows, Policies):
    """Reads prose before a list for whether it leads the list in."""

    def _lead_in(self, text: str) -> bool:
        """'Please send the following with your form. Tick each one you are enclosing.': prose
        under a checklist's heading, before its first item, that asks for what follows and names
        none of it leads the list in; the list goes on."""
        return (
            not self.marked
            and self.may("attach", text)
            and self.vocab.attach.search(text) is not None
            and not self.vocab.kinds.names(text)
        )

    def _points_ahead(self, text: str) -> bool:
        """Whether prose asks for what follows it ("... the portal will ask you to upload them",
        "Please send us the following:") and names none of it."""
        if (
            not may_point_ahead(text)
            or not points_on(text)
            or self.after_award
            or not self._lead_in(text)
            or awarded(text)  # "Before we pay, we will ask you to send:": not now
            # ("We confirm that ... We will send the Clerk receipts ...": a declaration's
            # promise, leading no list)
            or self.vocab.confirmation.match(text.lstrip(" -*•0123456789.()"))
        ):
            return False
        parts = sentences(text)
        if len(parts) > 1:  # the word pointing ahead is in the sentence that asks: not "... we
            # will not read beyond them. Email your form and the documents listed in Section 6"
            return any(points_on(p) and self._sends_this(p) for p in parts)
        return self._sends_this(text)

    def _last_leads(self, text: str) -> bool:
        """'Every group must hold insurance. We do not need your accounts. Please enclose:': a
        paragraph of notes whose last sentence leads the list in, as that sentence alone would,
        though the notes name documents (held, refused, checked elsewhere): no item of it."""
        if not text.rstrip().endswith(":"):
            return False
        parts = sentences(text)
        return len(parts) > 1 and self._points_ahead(parts[-1])

    def _sends_this(self, text: str) -> bool:
        self.toks = tokens(text)  # (what _sends asks of the sentence being read)
        return self._sends(text)
