"""Two lists of attachments compared by what the documents are, not only by how many: a
stated name's kind read with the measurer's vocabulary ('annual accounts': accounts), a
measured attachment's kind as found; a document of no known kind is compared by number only.
"""

from __future__ import annotations

from collections import Counter
from typing import Any


def _comparable(kind: str, policy: str | None) -> str | None:
    """What a document is, for comparing two lists: its kind, a policy by its name; None when
    it cannot be compared (a document of no known kind, a policy not named)."""
    if kind == "other" or (kind == "policy" and policy in (None, "other")):
        return None
    return f"policy:{policy}" if kind == "policy" else kind


def stated_kind(name: str) -> str | None:
    """A stated attachment's kind ('annual accounts': accounts), read from its name with the
    measurer's vocabulary: a known kind before 'other', then the first and longest named."""
    from grantcheck.documents.vocab import load

    vocab = load()
    found = sorted(
        (kind == "other", m.start(), m.start() - m.end(), kind)
        for kind, pattern in vocab.kinds
        for m in pattern.finditer(name)
    )
    if not found:
        return None
    kind = found[0][3]
    named = (n for n, p in vocab.policies if p.search(name)) if kind == "policy" else iter(())
    return _comparable(kind, next(named, None))


def kinds_differ(stated: list[str], measured: list[Any], part: bool = False) -> bool:
    """Whether two lists of documents name different ones: a kind on one side that the other
    lacks, more often than the other's documents of no known kind could account for (three
    stated documents agree with three different measured ones by number only). ``part``: the
    measured list is of documents read beside one that could not be read, so only a measured
    kind the stated list lacks is a difference (the unread one may ask for the others)."""
    ours = Counter(stated_kind(name) for name in stated)
    theirs = Counter(_comparable(a.kind, a.policy) for a in measured)
    ours_unknown, theirs_unknown = ours.pop(None, 0), theirs.pop(None, 0)
    more = sum((ours - theirs).values()) > theirs_unknown and not part
    return more or sum((theirs - ours).values()) > ours_unknown


def one_name_each(names: list[str]) -> list[str]:
    """Measured documents named so that each is one name: the measured list is already one
    entry a document, but two documents of no known kind are both "other", and the scheme's
    count takes names once (a document asked at two stages is one), so a second "other" is
    "other (2)" and the count the rules read is the count the evidence lists (trial24 T10)."""
    seen: Counter[str] = Counter()
    named = []
    for name in names:
        seen[name] += 1
        named.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return named
