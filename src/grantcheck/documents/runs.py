"""Numbered questions with nowhere to write: an email's or a wiki page's list, answered in a
reply or in a document of the applicant's own.

Such a list shows no box under any item, so an item counts as a question by the limit it
states. Its neighbours in the same run of numbers ("5) ... 6) ... 7) ...") are answered the
same way, limit or not: an item that asks ("11) Is there anything else you'd like me to
know?") is a question with no limit, and one that asks for a value ("8) How much are you
asking for?") a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grantcheck.documents.facts import Evidence

# an item's number, whole or decimal ("7)", "Q7", "2.5"): a decimal run is "2.3, 2.4, 2.5"
ITEM_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(\d{1,3})(?:\.(\d{1,2}))?\b", re.IGNORECASE)


def number_of(text: str) -> tuple[int, ...] | None:
    """The number a prompt opens with, as (7,) or (2, 5); None when it has none."""
    m = ITEM_NUMBER.match(text)
    if m is None:
        return None
    return (int(m[1]), int(m[2])) if m[2] else (int(m[1]),)


def _next(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether ``b`` follows ``a`` in a run ("6" after "5", "2.5" after "2.4")."""
    return len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1


@dataclass(frozen=True, slots=True)
class Item:
    """A numbered prompt with no space after it: counted already (a question with a limit),
    or waiting to be counted if its run holds one that was."""

    number: tuple[int, ...]
    at: int  # the number of questions counted before it: where it goes in their list
    counted: bool
    text: str = ""
    evidence: Evidence | None = None
    value: bool = False  # it asks for a single value: a field


def promoted(items: list[Item]) -> list[Item]:
    """The items not yet counted whose run of consecutive numbers holds a counted one."""
    found: list[Item] = []
    run: list[Item] = []
    for item in [*items, None]:
        if item is None or (run and not _next(run[-1].number, item.number)):
            if any(i.counted for i in run):
                found.extend(i for i in run if not i.counted)
            run = []
        if item is not None:
            run.append(item)
    return found
