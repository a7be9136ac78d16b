"""Input problems: what went wrong, where, and how to fix it.

Every stage that reads user input (scheme files, config, rule packs) reports
problems as ``InputError`` values rather than raising, so one bad file never
stops the others from being checked.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from grantcheck.frozen import frozen_dataclass
from grantcheck.units import sentence

SHEET = "Schemes"  # the sheet of a workbook that holds a scheme register


def letters(column: int) -> str:
    """A 1-based column number as a spreadsheet's letters: 1 -> A, 28 -> AB."""
    out = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        out = chr(65 + rest) + out
    return out


def cell(file: str, line: int, column: int) -> str | None:
    """A workbook's cell reference (``Schemes!D7``) for a position in an XLSX register, else
    None."""
    return f"{SHEET}!{letters(column)}{line}" if file.lower().endswith(".xlsx") else None


def cell_prefix(file: str, line: int, column: int) -> str:
    """``Schemes!D7: `` to open a message about a workbook's cell (where only lines are shown), else
    ''."""
    ref = cell(file, line, column)
    return f"{ref}: " if ref else ""


def where(file: str, line: int, column: int) -> str:
    """A location as users look for it: ``book.xlsx:Schemes!D7`` in a workbook, else
    ``file:line:column``
    (a CSV register's line and column are its row and column)."""
    ref = cell(file, line, column)
    return f"{file}:{ref}" if ref else f"{file}:{line}:{column}"


def place(file: str, line: int) -> str:
    """Where a scheme is, named as its findings are located: ``register.csv:7`` or
    ``register.xlsx:Schemes!7`` for a register's row (``line``), else the file."""
    suffix = file.lower().rsplit(".", 1)[-1]
    if suffix == "xlsx":
        return f"{file}:{SHEET}!{line}"
    return f"{file}:{line}" if suffix == "csv" else file


def not_checked(
    errors: Iterable[InputError], checked: Iterable[tuple[str, int]]
) -> tuple[str, ...]:
    """Where the inputs with errors that gave no scheme are (``checked``: each scheme's file and
    line), in the order found, each once: a register's row (``book.xlsx:Schemes!8``), or the file
    when none of its schemes was checked. An error at a scheme that was checked (a document it
    names could not be read) is not one, nor one in the headings of a register whose rows were."""
    from grantcheck.register import HEADING

    done = list(checked)
    places = {place(file, line) for file, line in done}
    files = {file for file, _ in done}
    found = (
        e.file
        if e.file not in files
        else ""
        if e.message.startswith(HEADING)
        else place(e.file, e.line)
        for e in errors
    )
    return tuple(dict.fromkeys(p for p in found if p and p not in places))


@frozen_dataclass
class InputError:
    """A problem in a file a user wrote, located to a line and column (1-based)."""

    file: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{where(self.file, self.line, self.column)}: {self.message}"
        return f"{text}. {self.hint}" if self.hint else text

    def told(self) -> str:
        """The message and its hint as sentences, as the reports read by people show them (text,
        Markdown, HTML, SARIF): no empty sentence after the message when there is no hint."""
        return " ".join(sentence(part) for part in (self.message, self.hint) if part)

    def as_json(self, located: dict[str, str] | None = None) -> dict[str, object]:
        """The error as check's and measure's JSON hold it; ``located``: keys that follow the
        column (a workbook register's cell). No hint is null, as the schema's other values
        that are not there (a finding's ``waiver_reason``): the key is always present."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            **(located or {}),
            "message": self.message,
            "hint": self.hint or None,
        }


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


# What a typed rule ID's digits are mistaken for: the letter O for zero, I and L for one.
_LOOKALIKE = str.maketrans("OIL", "011")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by at most one edit: a character changed, added, dropped, or
    two neighbours swapped (a typo's usual shapes)."""
    if a == b:
        return True
    if len(a) == len(b):
        apart = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(apart) == 2 and apart[1] == apart[0] + 1
        return len(apart) == 1 or (
            swapped and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]
        )
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def closest_rule(word: str, ids: list[str]) -> str | None:
    """The rule ID a typed one most likely meant: one edit away and the only one so, as ruff
    suggests a code (GC1022 -> GC102, GC1O1 -> GC101). Rule IDs are short and dense, so
    difflib's likeness would suggest GC109 for GC999; two edits away is another rule."""
    typed = word.strip().upper()
    letters_end = len(typed) - len(typed.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    typed = typed[:letters_end] + typed[letters_end:].translate(_LOOKALIKE)
    if typed in ids:
        return typed
    near = [i for i in ids if _one_edit(typed, i)]
    return near[0] if len(near) == 1 else None


def rule_hint(word: str, ids: list[str]) -> str:
    """A hint for a name that is no rule: the rule it likely meant, else where the IDs are."""
    match = closest_rule(word, ids)
    return f"Did you mean {match}?" if match else "See 'grantcheck rules' for the rule IDs"
