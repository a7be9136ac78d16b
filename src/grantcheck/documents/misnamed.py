"""A kind's words that name no document to send: a document named as what sets a rule ("as your
constitution requires"), "lease" as a verb ("willing to sell or lease the site to you"), rules
on a topic ("your rules on phones and photographs": a practice, not the group's rules), and a
part of the guidance named in a cross-reference ('See "Money and insurance" above').
"""

from __future__ import annotations

import re

# "accounts, examined as your governing document and the Charity Commission require": a document
# named as what sets a rule is the rule's authority, not a document to send
AS_BEFORE = re.compile(r"\bas\s+(?:your|the|its|their)\s+$", re.IGNORECASE)
AUTHORITY_AFTER = re.compile(
    r"[^,;.()]{0,60}?\b(?:requires?|says?|allows?|permits?|sets?\s+out|states?)\b", re.IGNORECASE
)


def authority(s: str, start: int, end: int) -> bool:
    """Whether the document named at ``s[start:end]`` is named as what sets a rule ("as your
    constitution requires"), not asked for."""
    return bool(AS_BEFORE.search(s, max(0, start - 12), start) and AUTHORITY_AFTER.match(s, end))


# "willing to sell or lease the site to you", "will lease you the hall", "(if you lease the
# building)": the owner's or the tenant's act, a verb after "to", a modal, a person or another
# verb of holding land, its object after it; not the lease sent
# ("a copy of your lease", "the title deeds or lease your group holds", "an agreement to lease
# the hall", "the lease and a plan")
VERB_BEFORE = re.compile(
    r"\b(?:(?:sell|buy|rent|own|hire|let|use|occupy|purchase|transfer)\s+(?:or|and)"
    r"|(?<!agreement )(?<!agreements )to|will|would|can|could|may|might|shall|you|we|they)\s+$",
    re.IGNORECASE,
)
VERB_OBJECT = re.compile(
    r"\s+(?:the|it|them|this|that|these|those|their|our|your|its|a|an|you|us|him|her)\b",
    re.IGNORECASE,
)


def leasing(s: str, start: int, end: int) -> bool:
    """Whether "lease" at ``s[start:end]`` is the verb ("... agree to lease the land to you")."""
    return (
        s[start:end].lower() == "lease"
        and VERB_BEFORE.search(s, max(0, start - 24), start) is not None
        and VERB_OBJECT.match(s, end) is not None
    )


# "your rules on phones and photographs", "the club's rules about photography": rules on a
# topic, a practice the group keeps, not its rules (governing document); "the rules of your
# club", "your rules (constitution)", and rules on how the group is run ("rules on membership,
# meetings and how money is spent", "rules covering membership and elections") are
TOPIC_AFTER = re.compile(
    r"\s+(?:on|about|around|covering)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:membership|members|meetings?|"
    r"elections?|officers|committees?|money|finances?|how\s+(?:the|your|it|you)|the\s+group|"
    r"the\s+club|your\s+(?:group|club|organisation)))",
    re.IGNORECASE,
)


# 'See "Money and insurance" above', "see the section 'Your budget' below": the title of a part
# of the guidance, quoted after "see", names that part, not a document
SEE_QUOTED = re.compile(
    r"\bsee\s+(?:the\s+|our\s+)?(?:section\s+|part\s+|heading\s+)?[\"“”‘’'][^\"“”‘’]{0,60}$",
    re.IGNORECASE,
)
QUOTE_CLOSES = re.compile(r"[^\"“”‘’]{0,60}[\"”’']")


def misnamed(s: str, start: int, end: int, kind: str) -> bool:
    """Whether the words at ``s[start:end]``, a ``kind``'s name, name no document to send: a
    rule's authority, a verb, rules on a topic, or a part of the guidance referred to."""
    if authority(s, start, end):
        return True
    if SEE_QUOTED.search(s, max(0, start - 80), start) and QUOTE_CLOSES.match(s, end):
        return True
    if kind == "governing_document":
        return s[start:end].lower().endswith("rules") and TOPIC_AFTER.match(s, end) is not None
    return kind == "other" and leasing(s, start, end)
