"""Input problems: what went wrong, where, and how to fix it.

Every stage that reads user input (scheme files, config, rule packs) reports
problems as ``InputError`` values rather than raising, so one bad file never
stops the others from being checked.
"""

from __future__ import annotations

import difflib

from grantcheck.frozen import frozen_dataclass


@frozen_dataclass
class InputError:
    """A problem in a file a user wrote, located to a line and column (1-based)."""

    file: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.message}"
        return f"{text}. {self.hint}" if self.hint else text


class InputFailure(Exception):
    """Raised inside a stage to abandon one input; always caught in that stage."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


def closest(word: str, options: list[str]) -> str | None:
    """The option a typo most likely meant, if any is close enough."""
    found = difflib.get_close_matches(word, options, n=1)
    return found[0] if found else None


def did_you_mean(word: str, options: list[str], listing: str = "Choose from") -> str:
    """A hint: the likely intended option, else the whole list."""
    match = closest(word, options)
    return f"Did you mean {match!r}?" if match else f"{listing}: " + ", ".join(options)
