"""Waivers for one scheme: those its file states (refused where the config says so, or where
the rule does not exist) and those the config grants it by scheme pattern; and a finding for
each scheme-file waiver whose rule ran and found nothing, like an unused noqa.
"""

from __future__ import annotations

import fnmatch

from grantcheck.errors import InputError
from grantcheck.findings import UNUSED_WAIVER, Finding
from grantcheck.policy import Policy
from grantcheck.safe_text import clip
from grantcheck.validate import Parsed


def waivers_for(
    parsed: Parsed, sid: str, policy: Policy
) -> tuple[dict[str, tuple[str, str]], list[InputError]]:
    """Waivers for this scheme by rule: (reason, source), and errors for refused ones."""
    doc, errors = parsed.doc, []
    found: dict[str, tuple[str, str]] = {}
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
                    "See 'grantcheck rules' for the rule IDs",
                )
            )
        else:
            found[w.rule] = (clip(w.reason.strip()), "scheme")  # quoted in every report: bounded
    for granted in policy.waivers:
        if fnmatch.fnmatchcase(sid, granted.scheme):
            found.setdefault(granted.rule, (clip(granted.reason.strip()), "config"))
    return found, errors


def unused_waivers(
    parsed: Parsed, sid: str, ran: frozenset[str], hit: set[str], policy: Policy
) -> list[Finding]:
    """A finding for each scheme-file waiver whose rule ran and found nothing, like an unused
    noqa."""
    severity = policy.unused_waivers
    if severity == "ignore" or not policy.scheme_waivers:
        return []
    out = []
    for i, w in enumerate(parsed.scheme.waivers):
        if w.rule in ran and w.rule not in hit:
            p = parsed.doc.value_position(("waivers", i, "rule"))
            out.append(
                Finding(
                    rule=UNUSED_WAIVER.id,
                    severity=severity,
                    title=UNUSED_WAIVER.title,
                    message=f"The waiver for {w.rule} matches no finding.",
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
                    part=w.rule,  # one finding a waiver: a baseline knows each apart
                )
            )
    return out
