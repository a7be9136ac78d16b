"""Which scheme of the old version is which of the new: by ID, and where no ID was stated, by
its place in the file.

A scheme with no ``id`` takes one from its file's name (``m2025``, then ``m2025#2`` for the
second scheme of the file, ``register:3`` for a register's row), so two versions of a file
under different names share no ID: paired by ID alone, nothing would be compared, and a
worse revision would pass a CI job (trial17). Such schemes pair by place instead, with a
warning, as a single scheme on each side already pairs whatever its ID.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from grantcheck.errors import InputError
from grantcheck.findings import SchemeResult

_PLACE = re.compile(r"[#:][0-9]+")  # the part of a made ID after the file's stem


def stated(s: SchemeResult) -> bool:
    """True when the scheme's ID is its own ``id``, not one made from its file's name."""
    return place(s) is None


def place(s: SchemeResult) -> str | None:
    """Where in its file a scheme with a made ID is ('' the first, '#2', ':3'); None when its ID
    was stated."""
    stem = PurePath(s.file).stem
    if s.id == stem:
        return ""
    rest = s.id[len(stem) :] if s.id.startswith(stem) else ""
    return rest if _PLACE.fullmatch(rest) else None


def _unlike(old: SchemeResult, new: SchemeResult) -> str:
    return (
        f"the two versions have different scheme IDs ({old.id} before, {new.id} after); "
        "they were compared because each file holds one scheme, so check that they are "
        "versions of the same scheme"
    )


def pair(
    before: dict[str, SchemeResult], after: dict[str, SchemeResult]
) -> tuple[dict[str, SchemeResult], tuple[str, ...]]:
    """The old schemes keyed by the new ID each pairs with (unpaired ones keep their own), and
    what the reader must know about how they were paired."""
    if len(before) == len(after) == 1 and set(before) != set(after):
        (was,), (now,) = before.values(), after.values()
        return {now.id: was}, ((_unlike(was, now),) if stated(was) or stated(now) else ())
    old = {place(s): s for i, s in before.items() if i not in after and place(s) is not None}
    new = {place(s): s for i, s in after.items() if i not in before and place(s) is not None}
    common = [p for p in new if p in old]
    if not common:
        return before, ()
    moved = {old[p].id: new[p].id for p in common}
    names = ", ".join(f"{was} with {now}" for was, now in moved.items())
    rekeyed = {moved.get(i, i): s for i, s in before.items()}
    return rekeyed, (
        f"schemes with no id were paired by their place in each file ({names}): give each "
        "scheme an id so that they pair by it",
    )


def repeated(schemes: list[SchemeResult]) -> list[InputError]:
    """An input error for each scheme ID a version states again: diff pairs schemes by ID, so
    one of the two was never compared (redteam20 #3: a new scheme given an old one's ID and put
    first passed as 'No change in findings'), located at the later one."""
    from grantcheck.errors import where

    first: dict[str, SchemeResult] = {}
    problems = []
    for s in schemes:
        if (was := first.setdefault(s.id, s)) is not s:
            problems.append(
                InputError(
                    s.file,
                    s.line,
                    s.column,
                    f"the scheme id {s.id!r} is also stated at "
                    f"{where(was.file, was.line, was.column)}, so diff cannot tell which "
                    "scheme of the other version each is",
                    "Give each scheme its own id",
                )
            )
    return problems
