"""Input errors the pipeline adds: a file's errors capped with a line saying how many more, and
the files a run did not check once it had loaded its limit."""

from __future__ import annotations

from grantcheck.errors import InputError
from grantcheck.limits import raise_hint


def capped(errors: list[InputError], cap: int) -> list[InputError]:
    """Errors in order with each file's first ``cap`` kept, then a line saying how many more
    (a rule file or config is capped as a scheme file is: 12,000 bad rules, 12,000 lines)."""
    kept: list[InputError] = []
    count: dict[str, int] = {}
    left: dict[str, list[InputError]] = {}
    for e in errors:
        count[e.file] = count.get(e.file, 0) + 1
        if count[e.file] <= cap:
            kept.append(e)
        else:
            left.setdefault(e.file, []).append(e)
    return kept + [more_errors(out[0], len(out), cap) for out in left.values()]


def more_errors(first: InputError, hidden: int, cap: int) -> InputError:
    """The closing line of a file with more input errors than a report shows, at the first
    left out."""
    return InputError(
        first.file,
        first.line,
        first.column,
        f"and {hidden:,} more input error{'s' if hidden != 1 else ''} in this file, not shown "
        f"(only the first {cap:,} of a file are reported)",
        "Fix those first; " + raise_hint("max_errors_per_file"),
    )


def over_run_limit(name: str, later: int, spent: str) -> InputError:
    """A file not checked (nor the ``later`` after it): the run has loaded its limit."""
    key = "max_run_values" if "values" in spent else "max_run_characters"
    others = f", nor the {later:,} files after it" if later else ""
    return InputError(
        name,
        1,
        1,
        f"not checked{others}: this run has already loaded {spent}",
        "Check fewer files at once; " + raise_hint(key),
    )
