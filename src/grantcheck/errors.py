"""Input problems: what went wrong, where, and how to fix it.

Every stage that reads user input (scheme files, config, rule packs) reports
problems as ``InputError`` values rather than raising, so one bad file never
stops the others from being checked.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
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
