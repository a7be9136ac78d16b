"""A document named as the one another is sent in place of: "bank statements instead of
accounts", "rather than", "in lieu of", "as an alternative to your accounts". Nobody sends it
where everyone sends the other ("Please send your bank statement rather than accounts"); where
only some applicants may send the other ("Groups less than a year old may send a bank statement
instead of annual accounts"), everyone else sends it (the rulebook: the bank statements a new
group may send instead of accounts are "a conditional bank_statement beside the accounts
everyone else sends, however it is laid out").
"""

from __future__ import annotations

import re

# the words naming the replaced document, before its name: "instead of", "in place of", "rather
# than", "in lieu of", "as an alternative to", Welsh "yn lle" (instead of); one list, read by the
# attachments (REPLACED) and the accounts levels (accounts_phrases.IN_PLACE_OF)
PLACE_OF = (
    r"\b(?:instead\s+of|in\s+place\s+of|rather\s+than|in\s+lieu\s+of|as\s+an\s+alternative\s+to"
    r"|yn\s+(?:eu\s+|ei\s+)?lle)\b"
)
# the words right before a document's name: what it stands in place of, not what is sent
REPLACED = re.compile(
    PLACE_OF + r"\s+(?:(?:your|the|a|an|their|its|full|annual|audited|latest|formal)\s+){0,3}$",
    re.IGNORECASE,
)


def replaced(s: str, start: int) -> bool:
    """Whether the document named at ``s[start]`` is the one another is sent in place of."""
    return REPLACED.search(s, max(0, start - 60), start) is not None
