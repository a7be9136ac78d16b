"""Input errors the pipeline adds: a file's errors capped with a line saying how many more, and
the files a run did not check once it had loaded its limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantcheck.errors import InputError
from grantcheck.limits import raise_hint
from grantcheck.units import plural

if TYPE_CHECKING:
    from grantcheck.policy import Policy

RUN_KEYS = ("max_run_rule_checks", "max_run_values", "max_run_characters")


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
        f"and {plural(hidden, 'more input error')} in this file, not shown "
        f"(only the first {cap:,} of a file are reported)",
        "Fix those first; " + raise_hint("max_errors_per_file"),
    )


def over_run_limit(name: str, later: int, spent: str, partly: bool = False) -> InputError:
    """A file not checked (nor the ``later`` after it; ``partly``: its rows from here): the
    run has loaded its limit."""
    key = next(k for k in RUN_KEYS if k in spent)
    others = f", nor the {plural(later, 'file')} after it" if later else ""
    done = "made" if key == "max_run_rule_checks" else "loaded"
    return InputError(
        name,
        1,
        1,
        f"{'the rest of the file ' if partly else ''}not checked{others}: this run has "
        f"already {done} {spent}",
        "Check fewer files at once; " + raise_hint(key),
    )


def rule_checks(policy: Policy) -> int:
    """The rule checks one scheme costs: each rule in force and each config waiver is weighed
    against it (max_run_rule_checks counts them)."""
    return len(policy.rules) + len(policy.waivers)


def too_many_checks(name: str, schemes: int, policy: Policy, row: int = 1) -> InputError:
    """A file (or a register from ``row``) not checked: its schemes against the rules and
    waivers would make more rule checks than a whole run may (a file is refused before any is
    checked: 1,000 schemes against 12,000 local rules took 30 processor seconds)."""
    each = rule_checks(policy)
    most = policy.limits.max_run_rule_checks
    return InputError(
        name,
        row,
        1,
        f"{'not checked' if row == 1 else 'rows from here not checked'}: {schemes:,} schemes "
        f"against {each:,} rules and waivers make "
        f"{schemes * each:,} rule checks, more than a run makes (limit {most:,}, "
        "limits.max_run_rule_checks)",
        "Check fewer schemes at once, or with fewer local rules or waivers; "
        + raise_hint("max_run_rule_checks"),
    )
