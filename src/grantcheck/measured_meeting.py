"""Stated facts meet measured ones, fact by fact: the Measured record and the Meeting.

Meeting.meet compares one measured fact with its stated value and reads the measured value
unless a stated one stands under a GC002 waiver; it records the fact as data with its
evidence, the disagreement GC002 names, the note and the place a finding is located. Which
facts meet, and with what tolerance, is in measured_facts.py (a form's in measured_form.py); the
whole in measured.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from grantcheck.load import KeyPath
from grantcheck.measured_evidence import (
    MAX_LISTED,
    Item,
    as_plain,
    cite,
    evidence_data,
    join_and,
    places,
)
from grantcheck.units import number

if TYPE_CHECKING:
    from grantcheck.documents.facts import Evidence

GUIDANCE_KEY: KeyPath = ("application", "guidance", "documents")


@dataclasses.dataclass
class Measured:
    """What the documents add to a scheme's metrics."""

    fields: dict[str, int] = dataclasses.field(default_factory=dict)  # by stage name
    # questions with no limit, by stage: only where the measured word limit is read
    unlimited: dict[str, int] = dataclasses.field(default_factory=dict)
    # the plain rate (a fact), with what it is made of: GC111's min_words judges a short text
    # as that many words long (policy, in the rule pack), from the count and the words
    jargon_per_1000_words: float | None = None
    jargon_terms: int = 0
    jargon_words: int = 0  # of English text
    disagreements: list[str] = dataclasses.field(default_factory=list)
    # stated facts the documents' measurement was compared with: none, and GC002 has nothing
    # to agree or disagree with (not a pass: trial21 D33)
    compared: int = 0
    # each disagreement on its own: the stated value's place, a short sentence for a finding
    # (places, not quotes: a CI annotation), and its measurement as data (the quotes)
    apart: list[tuple[KeyPath, str, dict[str, Any]]] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    paths: dict[str, KeyPath] = dataclasses.field(default_factory=dict)  # metric -> documents key
    unknown: dict[str, str] = dataclasses.field(default_factory=dict)  # metric -> why not known
    # metric -> what the readable documents of a form hold, beside one that could not be read:
    # a lower bound of what the whole form asks (at least this many questions, words)
    lower: dict[str, int] = dataclasses.field(default_factory=dict)
    # metric -> its measurement as data (values, evidence): JSON's and SARIF's evidence
    facts: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    details: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # added to findings
    # the stage being met ({"number": 1, "name": "expression of interest"}), None for the
    # scheme's own facts or a scheme of one stage; the last stage measured keeps each metric's
    # key in ``facts``, an earlier one is keyed "<metric>@<number>" (JSON's keys only grow)
    stage: dict[str, Any] | None = None
    final: int | None = None
    unread: list[str] = dataclasses.field(default_factory=list)  # documents not read at all
    # stages (by name) whose documents were all read and ask for no attachment: none, measured
    none_asked: set[str] = dataclasses.field(default_factory=set)
    # metrics read from the documents beside one that could not be read: lower bounds
    at_least: set[str] = dataclasses.field(default_factory=set)

    def put(self, metric: str, data: dict[str, Any]) -> dict[str, Any]:
        """Record a fact's measurement as data, with its stage."""
        n = self.stage["number"] if self.stage else None
        data["stage"] = self.stage
        self.facts[metric if n is None or n == self.final else f"{metric}@{n}"] = data
        return data

    def staged(self, text: str) -> str:
        """A note or disagreement in a staged scheme, named by its stage."""
        return f"{self.stage['name']}: {text}" if self.stage else text


def _show(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)  # 1,550, as every report writes a count
    if isinstance(value, list) and not value:
        return "none"  # a stated empty list ("stated none"), never a blank
    # in words: 'independent examination', 'health and safety', never the identifiers; a list
    # joined with 'and', so that 'stated safeguarding and equality, measured ...' reads as two
    if isinstance(value, list):
        return join_and([str(v).replace("_", " ") for v in value])
    return str(value).replace("_", " ")


class Meeting:
    """Stated facts meet measured ones, fact by fact; changes collect by section path."""

    def __init__(
        self,
        waived: Callable[[str], bool],
        listed: dict[str, KeyPath] | None = None,
        assumed: dict[str, float] | None = None,
    ) -> None:
        self.out = Measured()
        # whether a GC002 waiver covers the stated key (dotted, as a finding's part names it)
        self.waived = waived
        # the assumptions the measurer read limits in characters and pages by
        self.assumed = assumed or {}
        self.changes: dict[KeyPath, dict[str, Any]] = {}
        self.listed = listed or {}  # document -> its item in the scheme's documents: lists

    def stands(self, section: KeyPath, key: str) -> bool:
        """Whether a GC002 waiver covers the stated ``key`` of ``section``: its value stands."""
        return self.waived(".".join(map(str, (*section, key))))

    def place(self, items: list[Item], section: KeyPath) -> KeyPath:
        """Where a finding from a measured fact is located: a form's counts at its documents:
        list; a fact found in one document (the cover, the match funding share) at that
        document's item, form or guidance."""
        one = self.listed.get(items[0][0].document) if items and section[-1] != "form" else None
        return one or ((*section, "documents") if section[-1] == "form" else GUIDANCE_KEY)

    def meet(
        self,
        section: KeyPath,
        key: str,
        metric: str,
        stated: Any,
        measured: Any,
        evidence: Evidence | list[Item] | None,
        label: str,
        disagree: bool,
        shown: Any = None,
        say: Callable[[Any], str] = _show,
        got: str | None = None,
        reads: bool = True,
        found: bool = True,
        part: str = "",
    ) -> bool:
        """Compare, and read the measured value unless a stated one stands under a waiver;
        whether the measured value is read. ``evidence``: the item, or every item a total
        sums. ``got``: the measured value in words, when a number would mislead ("no limit
        found on 4 questions", never "0"). ``reads``: False for a fact only compared, whose
        stated value the rules always read (the award). ``found``: False when the documents
        showed nothing to measure (no question in a form): the stated value is read, or none.
        ``part``: how a fact of documents read beside one that could not be read stands
        (total.standing): "at least" is read only where nothing is stated or the stated value
        is below it, "not known" never; either way the fact is shown, with ``got``."""
        items: list[Item] = (
            evidence if isinstance(evidence, list) else [(evidence, {})] if evidence else []
        )
        where = f"measured from {cite(items)}" if items else "measured from the documents"
        reads = reads and (not part or (part == "at least" and (stated is None or disagree)))
        read = found and reads and (stated is None or not self.stands(section, key))
        data = {
            "fact": label,
            "metric": metric,
            "stated": as_plain(stated),
            "measured": as_plain(measured),
            "measured_text": got,
            # nothing stated neither agrees nor disagrees (trial22 T10); the documents read
            # beside an unread one are not the whole: not known, unless they contradict it
            "agrees": None if stated is None or (part and not disagree) else not disagree,
            "read": "measured" if read else "stated" if stated is not None else "not known",
            "evidence": [evidence_data(e, extra) for e, extra in items[:MAX_LISTED]],
            "evidence_count": len(items),
        }
        self.out.compared += stated is not None
        if not found:
            data["found"] = False  # (an added key: not a waiver that turned back to the stated)
        if part:
            data["complete"] = False  # (an added key: another document could not be read)
        self.out.put(metric, data)
        if stated is not None and disagree:
            gc002 = self.out.facts.setdefault("documents.disagreements", {"disagreements": []})
            gc002["disagreements"].append(data)
            self.out.paths.setdefault("documents.disagreements", self.place(items, section))
            said = say(shown if shown is not None else stated)
            count = got or say(len(measured) if shown is not None else measured)
            gap = ": " if count.startswith("no ") else " "
            # 'Questions (full application): stated 5, measured 3' in a staged scheme
            stage = f" ({self.out.stage['name']})" if self.out.stage else ""
            named = f"{label[:1].upper() + label[1:]}{stage}: stated {said}, measured{gap}{count}"
            self.out.disagreements.append(f"{named} ({where})")
            short = f"measured from {places(items)}" if items else "measured from the documents"
            self.out.apart.append(((*section, key), f"{named} ({short}).", data))
        if part and not read:  # shown all the same: a demand of the documents read (T6)
            # (worded so that no verb agrees with the fact: 'safeguarding and equality is')
            stands = f"; the rules read the stated {say(stated)}" if stated is not None else ""
            self.out.notes.append(self.out.staged(f"{label} {got}, {where}{stands}"))
        if not read:
            return False  # GC002 waived (or a fact only compared): the stated value stands
        if part:
            self.out.at_least.add(metric)
        self.changes.setdefault(section, {})[key] = measured
        self.out.paths.setdefault(metric, self.place(items, section))
        if items:  # the finding itself says where its value was measured (CI annotations too)
            self.out.details.append((metric, f"Measured from {places(items)}."))
        value = got or say(measured)
        gap = ": " if value.startswith("no ") else " "
        self.out.notes.append(self.out.staged(f"{label}{gap}{value}, {where}"))
        return True
