"""Patterns compiled on their first use.

Compiling the vocabularies' phrase lists costs about as much as pypdf takes to extract a
dozen pages of text, in every run, and a document's blocks reach only some of the lists (the
gates turn most prose away before any pattern is tried). So each is compiled when it is
first used, then kept for the process; nothing is ever written to disk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
ATTRIBUTES = ("pattern", "flags", "groups", "groupindex")


class _Lazy:
    """Stands for a pattern until its first use. Then the pattern's methods become this
    object's own attributes, so a call costs what a call on the pattern itself costs."""

    def __init__(self, build: Callable[[], re.Pattern[str]]) -> None:
        self._build = build

    def __getattr__(self, name: str) -> Any:  # (only while nothing is compiled)
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._build()
        for attribute in (*METHODS, *ATTRIBUTES):
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(build: Callable[[], re.Pattern[str]]) -> re.Pattern[str]:
    """``build()``'s pattern, compiled when it is first used."""
    return cast("re.Pattern[str]", _Lazy(build))
