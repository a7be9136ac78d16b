"""The one-line verdict of a diff: by the findings added and fixed, and whether the figures
compared are the ones the rules read (diff.py compares; this says what the comparison means)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantcheck.units import plural

if TYPE_CHECKING:
    from grantcheck.diff import MetricChange
    from grantcheck.findings import Finding


def count(findings: tuple[Finding, ...]) -> str:
    errors = sum(1 for f in findings if f.severity == "error")
    text = plural(len(findings), "finding")
    return text + (f" ({plural(errors, 'error')})" if errors else "")


def verdict_of(
    changes: tuple[MetricChange, ...],
    fixed: tuple[Finding, ...],
    added: tuple[Finding, ...],
    unchecked: tuple[Finding, ...] = (),
    switched: str | None = None,
    raised: str = "",
) -> str:
    """The one-line verdict: by the findings added and fixed, except that a burden raised with
    no finding to show it (``raised``: harder accounts) is never less onerous, nor no change."""
    better = sum(1 for c in changes if c.direction == "better")
    worse = sum(1 for c in changes if c.direction == "worse")
    gone = ""
    if unchecked:
        n = len(unchecked)
        why = (
            "the figures read changed"
            if switched
            else "a fact was removed, or a rule no longer applies"
        )
        gone = f"; {plural(n, 'finding')} no longer checked ({why})"
    if switched:  # what changed is which figures are read: no verdict on the process
        return f"Not comparable: {SWITCHED[switched]}; {count(added)} added{gone}."
    measures = f"{plural(better, 'measure')} better, {worse} worse{gone}"
    if added and fixed:
        return f"Mixed: {count(added)} added and {count(fixed)} fixed; {measures}."
    if added:
        return f"More onerous: {count(added)} added; {measures}."
    if fixed and raised:
        return f"Mixed: {count(fixed)} fixed, none added, but {raised}; {measures}."
    if fixed:
        return f"Less onerous: {count(fixed)} fixed, none added; {measures}."
    if raised:
        return f"More onerous: no finding added, but {raised}; {measures}."
    return f"No change in findings; {measures}."


SWITCHED = {
    "stated": "the rules now read the scheme file's stated facts, not the documents' "
    "measured ones (GC002 is waived), so no measure is called better or worse",
    "measured": "the rules now read the documents' measured facts, not the scheme file's "
    "stated ones (GC002 is no longer waived), so no measure is called better or worse",
    # the documents themselves dropped or added: what applicants face did not change with them
    "unlisted": "the rules now read the scheme file's stated facts, not the documents' "
    "measured ones (the documents are no longer named), so no measure is called better or "
    "worse",
    "listed": "the rules now read the documents' measured facts, not the scheme file's "
    "stated ones (the documents are newly named), so no measure is called better or worse",
}
