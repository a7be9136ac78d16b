"""The rules reference for people, in Markdown: docs/rules.md, generated from rules/.

Where the limits come from (the basis table the README shares), the bands, the effort
assumptions, every rule in full and the rules built into grantcheck. The table and the
one-rule views the commands print are in rulebook.py. Pure functions.
"""

from __future__ import annotations

from grantcheck.findings import BUILT_IN_RULES
from grantcheck.reporters.rulebook import condition_text, direction, limits_by_band, short_text
from grantcheck.reporters.wording import no_quote
from grantcheck.rulepack import SEVERITIES, Pack
from grantcheck.safe_text import markdown as md
from grantcheck.units import fmt


def _guide_md(pack: Pack) -> str:
    g = pack.guide
    return f"[*{g.title}*]({g.url}) ({g.publishers}, {g.year})" if g else "the good practice guide"


BASIS_MEANING = {
    "guide": "the guide states the figure or condemns the practice itself",
    "law": (
        "statute or regulation, cited by section: the Procurement Act 2023 first, PCR 2015 for "
        "older procurements"
    ),
    "compact": "the Compact and local compacts",
    "research": "published research, cited",
    "judgement": "grantcheck's own calibration, saying what it was calibrated on",
    "local": (
        "the council's own policy: a local rule that states no basis, or a limit or assumption "
        "its config sets"
    ),
}


def basis_table(pack: Pack) -> list[str]:
    """Which rules rest (for some limit) on each kind of basis, as a Markdown table
    (docs/rules.md and the README)."""
    out = ["| basis | meaning | rules |", "| --- | --- | --- |"]
    for kind, meaning in BASIS_MEANING.items():
        ids = [r.id for r in pack.rules if any(g.kind == kind for g in r.basis)]
        out.append(f"| `{kind}` | {meaning} | {', '.join(ids) or '—'} |")
    return out


def rules_markdown(pack: Pack) -> str:
    """docs/rules.md: the reference, generated from rules/ (a test keeps it current)."""
    bands = list(pack.bands)
    out = [
        "# Rules reference",
        "",
        "Generated from `rules/` by `make docs` (`python -m grantcheck.docs`); do not "
        "edit by hand.",
        "",
        f"Quotes are from {_guide_md(pack)} (“the guide”). Each rule says where its limits "
        "come from; a rule with two grounds (the Compact's warning, the law's error) lists "
        "both. A rule with no quote says why (the guide does not speak to its point, or its "
        "words there are about something else) and rests on its other sources.",
        "",
        "## Where the limits come from",
        "",
        *basis_table(pack),
        "",
        "## Bands",
        "",
        "| band | largest award |",
        "| --- | --- |",
    ]
    out += [
        f"| {b} | {'up to ' + fmt(v, 'pounds') if v else 'over the band below'} |"
        for b, v in pack.bands.items()
    ]
    out += [
        "",
        "## Effort assumptions",
        "",
        "| name | value | what | basis |",
        "| --- | --- | --- | --- |",
    ]
    out += [
        f"| `{n}` | {a.value:g} {a.unit} | {a.label} | {a.basis} |"
        for n, a in pack.assumptions.items()
    ]
    out += ["", "## Rules", ""]
    for r in pack.rules:
        when = "; when " + " and ".join(condition_text(c) for c in r.when) if r.when else ""
        out += [
            f"### {md(r.id)}: {md(r.title)}",
            "",
            f"`{r.metric}` {direction(r)}{when}. Unknown: {r.unknown}.",
            "",
        ]
        out += [f"**Limit:** {md(g)}." for g in r.grounds()] + [""]
        out += ["| level | " + " / ".join(bands) + " |", "| --- | --- |"]
        out += [
            f"| {level} | {limits_by_band(r, level, bands)} |"
            for level in SEVERITIES
            if getattr(r, level) is not None
        ]
        out.append("")
        out += [f"**Short documents:** {short_text(r)}.", ""] if r.min_words is not None else []
        out += [f"> “{md(q.text)}” — *{md(q.place())}*\n" for q in r.guide]
        out += [] if r.guide else [f"*{md(no_quote(r))}*", ""]
        out += [f"**How to fix:** {md(r.advice)}", ""]
        out += [f"- {md(s, line_start=True)}" for s in r.sources] + ([""] if r.sources else [])
    out += ["## Built into grantcheck", ""]
    for b in BUILT_IN_RULES.values():
        out += [
            f"### {b.id}: {b.title}",
            "",
            f"{b.description} Severity: the config key "
            f"`{b.setting}` (a warning unless set; `ignore` switches it off, as does "
            f"`--ignore {b.id}`).",
            "",
        ]
        out += [f"**Limit:** {b.basis_text}.", "", f"**How to fix:** {b.advice}", ""]
    return "\n".join(out)
