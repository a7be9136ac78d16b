"""The one-page summary at the top of each scheme in Markdown and HTML: something an
officer can paste into a council paper, or an LIO into a letter.

The headline sentence, the verdict, the few findings that matter most (errors
first, limits not met before facts not known, at most five), each with the basis
of its limit (the guide, the law, the Compact, research or grantcheck's own
judgement), and the sector's cost. The full detail follows it. Pure: returns
strings.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from grantcheck.findings import SEVERITY_RANK, Finding, SchemeResult
from grantcheck.reporters.headline import headline, sector_view
from grantcheck.reporters.wording import finding_title
from grantcheck.safe_text import html as escape

MOST = 5  # findings in the summary
BASIS_WORDS = {
    "guide": "the guide",
    "law": "the law",
    "compact": "the Compact",
    "research": "research",
    "judgement": "grantcheck's judgement",
    "local": "local policy",
}


def verdict(s: SchemeResult) -> str:
    """'3 to fix, 2 to look at, 1 note.' or that nothing needs changing."""
    live = [f for f in s.findings if f.live]
    count = {k: sum(1 for f in live if f.severity == k) for k in ("error", "warning", "info")}
    if not live:
        return "nothing to change: the scheme meets every rule that applies."
    parts = [
        f"{count['error']} to fix" if count["error"] else "",
        f"{count['warning']} to look at" if count["warning"] else "",
        f"{count['info']} note{'s' if count['info'] != 1 else ''}" if count["info"] else "",
    ]
    return ", ".join(p for p in parts if p) + "."


def most_important(s: SchemeResult, limit: int = MOST) -> list[Finding]:
    """Errors, then warnings, not waived: at most ``limit``; within a severity a limit not met
    before a fact not known (what the scheme does before what it does not say), otherwise in
    the report's order."""
    live = [f for f in s.findings if not f.waived and f.severity != "info"]
    return sorted(live, key=lambda f: (SEVERITY_RANK[f.severity], f.unknown))[:limit]


def basis(f: Finding, rules: dict[str, Any], band: str) -> str:
    """Whose limit the finding rests on, in two or three words ('the guide', 'the law',
    "grantcheck's judgement", 'local policy'); the full basis is in the finding's detail."""
    rule = rules.get(f.rule)
    if rule is not None:
        return str(rule.basis_name(f.severity, band))
    return BASIS_WORDS.get(f.basis, f.basis)


def _basis_note(f: Finding, rules: dict[str, Any], band: str) -> str:
    word = basis(f, rules, band)
    return f" (limit: {word})" if word else ""


# GC002's evidence for one disagreement: from its '(measured from' to the ')' closing it, just
# before the next disagreement ('; Word limit: stated'), the count that follows a disagreement
# (engine._apart: 'Questions: stated 2, measured 6 (...). The number of stated facts ...') or
# the end. The quotes inside may hold brackets of their own, so the end is found by what
# follows it, not by counting brackets.
_EVIDENCE = re.compile(
    r" \(measured from .*?\)(?=; [A-Z][\w ]*: stated |\.$|\. The number of stated facts )"
)
# the key a waiver for one disagreement names, closing its message, with its stage (engine._apart)
_KEY = re.compile(r" Waiver key: \S+(?: \(stage .*\))?\.$")
NOTE = " (evidence in the finding below)"


def brief(message: str) -> str:
    """A finding's message for the one-page summary: GC002's disagreements without the
    evidence for each or the waiver key (the full finding below gives both), the note where
    the last evidence was."""
    bare = _KEY.sub("", message)
    found = list(_EVIDENCE.finditer(bare))
    if not found:
        return bare
    kept = [bare[a.end() : b.start()] for a, b in pairwise(found)]
    return bare[: found[0].start()] + "".join(kept) + NOTE + bare[found[-1].end() :]


def markdown(s: SchemeResult, rules: dict[str, Any], cell: Any) -> list[str]:
    """The summary as Markdown lines; ``cell`` escapes text from the scheme."""
    top = most_important(s)
    out = [f"**In short:** {headline(s)}", "", f"**Verdict:** {verdict(s)}", ""]
    if top:
        out += ["**What matters most:**", ""]
        out += [
            f"{i}. **{f.severity.capitalize()}, {cell(f.rule)} {cell(finding_title(f))}.** "
            f"{cell(brief(f.message))}"
            f"{_basis_note(f, rules, s.band)}"
            for i, f in enumerate(top, 1)
        ]
        out.append("")
    return out + [f"**Across the sector:** {sector_view(s)}", ""]


def html(s: SchemeResult, rules: dict[str, Any]) -> str:
    """The summary as an HTML block."""
    top = most_important(s)
    items = "".join(
        f"<li><strong>{escape(f.severity.capitalize())}, {escape(f.rule)} "
        f"{escape(finding_title(f))}."
        f"</strong> {escape(brief(f.message))} {escape(_basis_note(f, rules, s.band).strip())}</li>"
        for f in top
    )
    return (
        '<div class="summary"><h3>Summary</h3>'
        f'<p class="headline">{escape(headline(s))}</p>'
        f"<p><strong>Verdict:</strong> {escape(verdict(s))}</p>"
        + (f"<p><strong>What matters most:</strong></p><ol>{items}</ol>" if items else "")
        + f"<p><strong>Across the sector:</strong> {escape(sector_view(s))}</p></div>"
    )
