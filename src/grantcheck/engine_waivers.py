"""Waivers for one scheme: those its file states (refused where the config says so, or where
the rule does not exist) and those the config grants it by scheme pattern; and a finding for
each scheme-file waiver whose rule ran and found nothing, like an unused noqa.

A GC002 waiver may name the stated key it is for (``key: application.form.attachments``), as
ruff's per-file ignores name a rule and a file: it then waives that disagreement only, and the
others still count. A waiver with a key comes before one without, whichever is written first.
"""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Callable

from grantcheck.errors import InputError, rule_hint
from grantcheck.findings import KEYED, UNUSED_WAIVER, Finding
from grantcheck.policy import Policy
from grantcheck.safe_text import clip
from grantcheck.validate import Parsed


@dataclasses.dataclass(frozen=True)
class Granted:
    """One waiver in force: its rule, the key it is limited to (None: every finding of the
    rule), the reason quoted in every report and where it was written ("scheme", "config")."""

    rule: str
    key: str | None
    reason: str
    source: str

    def covers(self, rule: str, part: str) -> bool:
        """Whether this waiver covers a finding of ``rule`` about ``part``."""
        return rule == self.rule and (self.key is None or fnmatch.fnmatchcase(part, self.key))


def waiver(granted: list[Granted], rule: str, part: str) -> Granted | None:
    """The waiver covering a finding: one naming its key first, then one for the whole rule."""
    covering = [g for g in granted if g.covers(rule, part)]
    return min(covering, key=lambda g: g.key is None, default=None)


def waives(parsed: Parsed, rule: str, policy: Policy) -> Callable[[str], bool]:
    """Whether a waiver in force for this scheme (its file's, unless the config refuses them,
    and the config's for its ID) covers ``rule``'s finding about a stated key."""
    from grantcheck.engine import scheme_id

    sid = scheme_id(parsed)
    mine = parsed.scheme.waivers if policy.scheme_waivers else []
    granted = [Granted(w.rule, w.key, "", "scheme") for w in mine] + [
        Granted(w.rule, w.key, "", "config")
        for w in policy.waivers
        if fnmatch.fnmatchcase(sid, w.scheme)
    ]
    return lambda key: any(g.covers(rule, key) for g in granted)


def waivers_for(parsed: Parsed, sid: str, policy: Policy) -> tuple[list[Granted], list[InputError]]:
    """The waivers in force for this scheme, and errors for refused ones."""
    doc, errors = parsed.doc, []
    found: list[Granted] = []
    for i, w in enumerate(parsed.scheme.waivers):
        p = doc.value_position(("waivers", i, "rule"))
        if not policy.scheme_waivers:
            errors.append(
                InputError(
                    doc.file,
                    p.line,
                    p.column,
                    f"waivers in scheme files are refused by {policy.config_file}",
                    "Ask for the waiver to be added to the config's waivers: list",
                )
            )
        elif w.rule not in policy.pack.rule_ids:
            errors.append(
                InputError(
                    doc.file,
                    p.line,
                    p.column,
                    f"the waiver names {w.rule}, which is not a rule",
                    rule_hint(w.rule, sorted(policy.pack.rule_ids)),
                )
            )
        elif w.key is not None and w.rule != KEYED:
            at = doc.value_position(("waivers", i, "key"))
            errors.append(
                InputError(
                    doc.file,
                    at.line,
                    at.column,
                    f"the waiver for {w.rule} names a key, but only {KEYED}'s findings are each "
                    "about one stated key",
                    f"Remove the key to waive {w.rule}",
                )
            )
        else:  # the reason is quoted in every report: bounded
            found.append(Granted(w.rule, w.key, clip(w.reason.strip()), "scheme"))
    found += [
        Granted(g.rule, g.key, clip(g.reason.strip()), "config")
        for g in policy.waivers
        if fnmatch.fnmatchcase(sid, g.scheme)
    ]
    return found, errors


def unused_waivers(
    parsed: Parsed, sid: str, ran: frozenset[str], found: list[Finding], policy: Policy
) -> list[Finding]:
    """A finding for each scheme-file waiver whose rule ran and found nothing (or nothing about
    its key), like an unused noqa."""
    severity = policy.unused_waivers
    if severity == "ignore" or not policy.scheme_waivers:
        return []
    out = []
    for i, w in enumerate(parsed.scheme.waivers):
        mine = Granted(w.rule, w.key, "", "scheme")
        if w.rule in ran and not any(mine.covers(f.rule, f.part) for f in found):
            p = parsed.doc.value_position(("waivers", i, "rule"))
            named = w.rule if w.key is None else f"{w.rule} on {w.key}"
            out.append(
                Finding(
                    rule=UNUSED_WAIVER.id,
                    severity=severity,
                    title=UNUSED_WAIVER.title,
                    message=f"The waiver for {named} matches no finding.",
                    advice=UNUSED_WAIVER.advice,
                    metric="waivers",
                    value=w.rule,
                    threshold=None,
                    file=parsed.doc.file,
                    line=p.line,
                    column=p.column,
                    scheme_id=sid,
                    basis="judgement",
                    basis_text=UNUSED_WAIVER.basis_text,
                    # one finding a waiver: a baseline knows each apart
                    part=w.rule if w.key is None else f"{w.rule}:{w.key}",
                )
            )
    return out
