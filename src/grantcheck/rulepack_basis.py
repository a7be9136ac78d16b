"""The basis of a rule's limits: the guide, the law, the Compact, research, grantcheck's own
judgement (rules.md's five, for the rules grantcheck ships), or local policy (the council's own:
a local rule that states no basis, a limit or an assumption a config sets).

A closed set of kinds, each with a few words on what it is, and the plain words reports use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from grantcheck.findings import Severity
from grantcheck.model import LAX, model

Basis = Literal["guide", "law", "compact", "research", "judgement", "local"]
BASES: tuple[str, ...] = ("guide", "law", "compact", "research", "judgement", "local")


@model(LAX)
class Ground:
    """Where a rule's limits come from: a kind from a closed set, and what, in a few words.

    ``levels`` and ``bands`` narrow it to some limits (the law may set the error
    limit and the Compact the warning one); a ground with neither covers all.
    """

    kind: Basis
    text: str = ""
    levels: list[Severity] | None = None
    bands: list[str] | None = None

    def covers(self, level: str | None, band: str | None) -> bool:
        return (level is None or self.levels is None or level in self.levels) and (
            band is None or self.bands is None or band in self.bands
        )


# rules.md's 'judgement' is grantcheck's own calibration: a council's rule or setting is not
# (trial19 N10: a local rule with no basis was 'judgement' in JSON and 'local policy' in words)
LOCAL_POLICY = Ground(kind="local", text="the rule file states no basis")
LOCAL = "local policy"  # how the reports name a judgement that is not grantcheck's own


def set_in(file: str) -> Ground:
    """The ground of a value a config file sets (a limit or an assumption): local policy, with
    the file that sets it, so that no report credits the council's choice to grantcheck's."""
    return Ground(kind="local", text=f"set in {file}")


_LEADS = {
    "guide": "the guide's",
    "law": "the law",
    "compact": "the Compact",
    "research": "published research",
}


def basis_text(ground: Ground, shipped: bool) -> str:
    """The basis in plain words: "the guide's", "the law (Procurement Act 2023, s.68)" ..."""
    if ground.kind in ("judgement", "local"):
        lead = "grantcheck's own judgement" if shipped and ground.kind == "judgement" else LOCAL
    else:  # a local rule's reading of its source is its writer's, unchecked: say whose it is
        lead = _LEADS[ground.kind] + ("" if shipped else f", as {LOCAL} reads it")
    return lead + (f" ({ground.text})" if ground.text else "")


def basis_name(ground: Ground, shipped: bool) -> str:
    """The basis in two or three words, for a table cell."""
    if ground.kind in ("judgement", "local"):
        return "grantcheck's judgement" if shipped and ground.kind == "judgement" else LOCAL
    return {"research": "research"}.get(ground.kind, _LEADS[ground.kind].removesuffix("'s"))


def and_list(items: Sequence[str]) -> str:
    """'a, b and c'."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)
