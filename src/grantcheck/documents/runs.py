"""Numbered questions with nowhere to write: an email's or a wiki page's list, answered in a
reply or in a document of the applicant's own.

Such a list shows no box under any item, so an item counts as a question by the limit it
states. Its neighbours in the same run of numbers ("5) ... 6) ... 7) ...") are answered the
same way, limit or not: an item that asks ("11) Is there anything else you'd like me to
know?") is a question with no limit, and one that asks for a value ("8) How much are you
asking for?") a field.
"""

from __future__ import annotations

from dataclasses import dataclass

from grantcheck.documents.facts import Evidence


@dataclass(frozen=True, slots=True)
class Item:
    """A numbered prompt with no space after it: counted already (a question with a limit),
    or waiting to be counted if its run holds one that was."""

    number: int
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
        if item is None or (run and item.number != run[-1].number + 1):
            if any(i.counted for i in run):
                found.extend(i for i in run if not i.counted)
            run = []
        if item is not None:
            run.append(item)
    return found
