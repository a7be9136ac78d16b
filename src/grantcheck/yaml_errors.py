"""YAML syntax errors, located where the fix is: at the '{', '[' or quotation the parser was
inside when it gave up, else where it stopped, never past the file's last line.
"""

from __future__ import annotations

import yaml

from grantcheck.errors import InputError

_OPENED = {  # what a parser's context left open, and how to close it (said at the opening)
    "while parsing a flow mapping": ("the '{' that starts here", "Close it with '}'"),
    "while parsing a flow sequence": ("the '[' that starts here", "Close it with ']'"),
    "while scanning a quoted scalar": ("the quotation that starts here", "Close it"),
}


def yaml_error(file: str, exc: yaml.YAMLError, text: str) -> InputError:
    """A YAML syntax error, located where the fix is: at the '{', '[' or quotation the parser
    was inside when it gave up (not at the end of the file, where running off it is reported),
    else where it stopped; never past the last line."""
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    context = getattr(exc, "context", None) or ""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    at_end = problem_mark is None or problem_mark.index >= len(text.rstrip())
    opened = context_mark is not None and context in _OPENED
    mark = context_mark if opened else problem_mark or context_mark
    line, column = _within(text, mark.line + 1, mark.column + 1) if mark else (1, 1)
    if not opened and _tab_at(text, problem_mark):  # PyYAML's words never name the tab
        return InputError(
            file,
            line,
            column,
            "invalid YAML: a tab character here (YAML indents with spaces, never tabs)",
            "Replace the tab with spaces",
        )
    if not opened:
        message = f"invalid YAML: {problem}" + (f" ({context})" if context else "")
        return InputError(
            file, line, column, message, "Check the indentation and quoting on this line"
        )
    what, fix = _OPENED[context]
    if at_end or problem_mark is None:
        message = f"invalid YAML: {what} is never closed: the file ends first ({problem})"
    else:
        stopped = _within(text, problem_mark.line + 1, 1)[0]
        message = f"invalid YAML: {what} is not closed where expected: {problem} on line {stopped}"
        fix += ", and separate its items with commas" if "flow" in context else ""
    return InputError(file, line, column, message, fix)


def _tab_at(text: str, mark: object) -> bool:
    """Whether the parser stopped at a tab (a tab used to indent, most often)."""
    index = getattr(mark, "index", None)
    return isinstance(index, int) and 0 <= index < len(text) and text[index] == "\t"


def _within(text: str, line: int, column: int) -> tuple[int, int]:
    """A position moved back onto the file's last line if it is past it (the end of the file)."""
    lines = text.splitlines() or [""]
    if line <= len(lines):
        return line, column
    return len(lines), len(lines[-1]) + 1
