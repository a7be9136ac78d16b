"""What a sentence names, told apart: the documents outside a condition's own words, and the
insurance certificates it asks for, one a cover.
"""

from __future__ import annotations

import re

from grantcheck.documents.conditions import CLAUSE_IF

COVERS = re.compile(
    r"public\s+liability|employer[’']?s?[’']?\s+liability|professional\s+indemnity", re.IGNORECASE
)
COVER_NAMES = {
    "empl": "employer's liability insurance certificate",
    "prof": "professional indemnity insurance certificate",
}
CLAUSE_END = re.compile(r"[,;()]|\s[–—-]\s")


def outside_conditions(s: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The documents named outside a condition's clause: "Planning permission, if your plans
    involve changes that need planning consent" asks for one document; the clause's own words
    ("planning consent") say who sends it. The clause runs to its next comma or bracket."""
    for m in CLAUSE_IF.finditer(s, found[0][1]):
        stop = CLAUSE_END.search(s, m.end())
        end = stop.start() if stop is not None else len(s)
        found = [f for f in found if not m.end() <= f[0] < end]
    return found


def covers(s: str) -> tuple[str, ...]:
    """The certificates an insurance certificate's sentence names, one a cover: "Employer's
    liability GBP 5m, public liability GBP 10m" is two; public liability, or no cover named,
    is the certificate every form means ("")."""
    found = (
        {m.group(0).lower()[:4] for m in COVERS.finditer(s)}
        if "liab" in s or "indem" in s
        else set()
    )
    names = [""] if not found or "publ" in found else []
    names += [COVER_NAMES[c] for c in ("empl", "prof") if c in found]
    return tuple(names)
