"""Patterns that say nothing are refused: they would silently switch checking off.

``select``, ``ignore``, ``exclude`` and waiver patterns, in the config or on the
command line, must match something and must not match everything: an empty
pattern, ``*``, an ``ignore`` of every rule or a waiver for every scheme is a
located error, never a quiet "0 findings" (SECURITY.md).
"""

from __future__ import annotations

from grantcheck.config import Config, LoadedConfig
from grantcheck.errors import InputError, rule_hint
from grantcheck.findings import BUILT_IN_RULES
from grantcheck.rulepack import Rule
from grantcheck.trust import empty, matches_everything

Problem = tuple[str, str] | None  # (message, hint)
_SCHEME_PROBES = ("zq7probe", "xk4")  # scheme IDs no real pattern should match both of


def rule_pattern(key: str, pattern: str, rules: dict[str, Rule]) -> Problem:
    """Why a select or ignore pattern says nothing, or None."""
    if empty(pattern):
        return (
            f"an empty {key} pattern matches every rule",
            "Name rule IDs or prefixes, such as GC1",
        )
    if not any(r.startswith(pattern) for r in [*rules, *BUILT_IN_RULES]):
        return f"{pattern!r} matches no rule", "See 'grantcheck rules' for the rule IDs"
    if key == "ignore" and all(r.startswith(pattern) for r in rules):
        return (
            f"{pattern!r} ignores every rule, so nothing would be checked",
            "Name the rules to skip, or use fail_on: never to report without failing",
        )
    return None


def file_pattern(pattern: str) -> Problem:
    """Why an exclude pattern says nothing, or None."""
    if empty(pattern) or matches_everything(pattern):
        return (
            f"the exclude pattern {pattern!r} would skip every file",
            "Name the folders or files to skip, such as templates or 'old-*.yaml'",
        )
    return None


def _at(lc: LoadedConfig, path: tuple[str | int, ...], problem: tuple[str, str]) -> InputError:
    p = lc.doc.position(path)
    return InputError(lc.doc.file, p.line, p.column, problem[0], problem[1])


def _waivers(lc: LoadedConfig, rules: dict[str, Rule]) -> list[InputError]:
    errors = []
    for i, w in enumerate(lc.config.waivers):
        if empty(w.scheme) or matches_everything(w.scheme, _SCHEME_PROBES):
            errors.append(
                _at(
                    lc,
                    ("waivers", i, "scheme"),
                    (
                        f"the waiver's scheme pattern {w.scheme!r} matches every scheme or none",
                        f"Name scheme IDs; to switch {w.rule} off everywhere, use ignore: "
                        f"[{w.rule}]",
                    ),
                )
            )
        if w.rule not in rules:
            errors.append(
                _at(
                    lc,
                    ("waivers", i, "rule"),
                    (
                        f"the waiver names {w.rule}, which is not a rule",
                        rule_hint(w.rule, list(rules)),
                    ),
                )
            )
    return errors


def pattern_errors(
    rules: dict[str, Rule],
    lc: LoadedConfig | None,
    cfg: Config,
    select: list[str],
    ignore: list[str],
    exclude: list[str],
) -> list[InputError]:
    """Every pattern, on the command line and in the config, that matches nothing or everything."""
    given = [("select", p, rule_pattern("select", p, rules)) for p in select]
    given += [("ignore", p, rule_pattern("ignore", p, rules)) for p in ignore]
    given += [("exclude", p, file_pattern(p)) for p in exclude]
    errors = [
        InputError("<command line>", 1, 1, f"--{key}: {found[0]}", found[1])
        for key, _, found in given
        if found is not None
    ]
    if lc is None:
        return errors
    for key in ("select", "ignore", "exclude"):
        for i, pattern in enumerate(getattr(cfg, key) or []):
            found = file_pattern(pattern) if key == "exclude" else rule_pattern(key, pattern, rules)
            if found is not None:
                errors.append(_at(lc, (key, i), found))
    return errors + _waivers(lc, rules)
