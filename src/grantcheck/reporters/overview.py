"""The portfolio overview in words: the totals sentence, the ranked schemes and the
common problems, for the text and Markdown reports (HTML: overview_html.py).

Every sum says how much of it is known: "about" only when every scheme gives the
figure, "at least" otherwise, and schemes whose cost of applying is not known are
listed last and said to be unranked, never shown as the least onerous. Pure.
"""

from __future__ import annotations

import re
import textwrap

from grantcheck.portfolio import Portfolio, Problem, Row
from grantcheck.reporters.currency import in_its_currency
from grantcheck.units import and_more, fmt, plural, pounds_round

RANKING = "most onerous first, by the cost of one application against the typical award"
SHOWN_IDS = 12  # scheme IDs listed after a common problem in text and Markdown (JSON lists all)


def _least(known: int, n: int) -> str:
    return "" if known == n else "at least "


def totals_sentence(p: Portfolio) -> str:
    """'Across 9 schemes, applicants spend about £212,000 applying to compete for £1.4m.'

    Honestly qualified: "about" only when every scheme gives the figure, else "at least".
    """
    n = len(p.schemes)
    head = f"Across {plural(n, 'scheme')}, "
    if p.total_sector_cost is None:
        head += (
            "what applicants spend is not known (no scheme says how many applications it expects)"
        )
        pot = (
            ""
            if p.total_pot is None
            else f"; {_least(p.pot_known, n)}{pounds_round(p.total_pot)} is on offer"
        )
    else:
        approx = "about" if p.cost_known == n and not p.cost_lower else "at least"
        head += f"applicants spend {approx} {pounds_round(p.total_sector_cost)} applying"
        if p.total_pot is None:
            pot = "; no scheme states its total pot"
        else:
            pot = f" to compete for {_least(p.pot_known, n)}{pounds_round(p.total_pot)}"
    notes = []
    if p.total_sector_cost is not None and (p.cost_known < n or p.cost_lower):
        notes.append(_cost_known(p, n))
    if 0 < p.pot_known < n:
        notes.append(f"the total pot is stated for {p.pot_known:,}")
    return head + pot + (f" ({'; '.join(notes)})" if notes else "") + "."


def _cost_known(p: Portfolio, n: int) -> str:
    """How much of the total cost is known: a lower bound ("at least") is not counted as known."""
    exact, part = p.cost_known - p.cost_lower, p.cost_lower
    if not part:
        return f"the applicants' cost is known for {exact:,} of the {n:,} schemes"
    if not exact:
        return f"the applicants' cost is known only in part for {part:,} of the {n:,} schemes"
    return (
        f"the applicants' cost is known in full for {exact:,} of the {n:,} schemes "
        f"and in part for {part:,}"
    )


_ROW = re.compile(r":(?:Schemes!)?[0-9]+\Z")  # a register's row, as errors.place names it


def unchecked_sentence(p: Portfolio) -> str:
    """Which inputs the figures leave out, having errors: '' when none. Said beside the totals, as
    a reader takes them for the whole register; the errors themselves close the report."""
    k = len(p.unchecked)
    if not k:
        return ""
    shown = and_more(_and(list(p.unchecked[:SHOWN_IDS])), k, SHOWN_IDS, ", ")
    rows = sum(1 for x in p.unchecked if _ROW.search(x))
    noun = "register row" if rows == k else "file" if not rows else "input"
    return (
        f"Not in these figures: {plural(k, noun)} that could not be checked ({shown}); "
        "the input errors are at the end of this report."
    )


def assumptions_sentence(p: Portfolio) -> str:
    """The assumptions behind the estimated hours and pounds, once for the whole overview."""
    from grantcheck.reporters.wording import assumptions_text

    if not p.assumptions:
        return ""
    said = assumptions_text(p.assumptions, words=True)
    return f"Assumptions behind these hours and pounds: {said}."


def unranked_sentence(p: Portfolio) -> str:
    """Why some schemes come last, or '' when every scheme is ranked."""
    left = len(p.schemes) - p.ranked
    if not left:
        return ""
    one = left == 1
    return (
        f"{plural(left, 'scheme')} {'is' if one else 'are'} not ranked: the cost of one "
        f"application against the award is not known, so {'it is' if one else 'they are'} listed "
        "last (not as the least onerous)."
    )


def repeats_sentence(p: Portfolio) -> str:
    """Which files state a scheme ID already stated, and which one is counted; '' when none."""
    if not p.repeats:
        return ""
    parts = [f"{r.id} in {_and([at(o) for o in (*r.others, r.counted)])}" for r in p.repeats]
    return (
        f"{plural(len(p.repeats), 'scheme ID is', 'scheme IDs are')} stated more than once; each "
        "is taken as one scheme in several versions and counted once, from the last file checked "
        f"(in the totals, the ranking and the common problems): {'; '.join(parts)}."
    )


def at(r: Row) -> str:
    """Where a scheme is: a file, or a register's row."""
    return r.place or r.file


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def scheme_ids(problem: Problem, limit: int = SHOWN_IDS) -> str:
    """The schemes a problem affects, shortened after ``limit``."""
    return and_more(", ".join(problem.schemes[:limit]), len(problem.schemes), limit)


def problem_line(problem: Problem, total: int, verdict: str = "not met") -> str:
    """'GC306 Small awards are paid in advance: not met in 7 of 9 schemes'."""
    name = problem.rule if problem.title == problem.rule else f"{problem.rule} {problem.title}"
    return f"{name}: {verdict} in {problem.failing:,} of {plural(total, 'scheme')}"


UNKNOWN_HEAD = "Not known in two or more schemes"
UNKNOWN_NOTE = (
    "These schemes do not say enough to check the rule, so it is not counted as failing: "
)


def unknown_lines(p: Portfolio) -> list[tuple[str, str]]:
    """(line, schemes) for each rule that cannot be checked in two or more schemes."""
    n = len(p.schemes)
    return [(problem_line(c, n, "not known"), scheme_ids(c)) for c in p.common_unknowns]


def figures(r: Row) -> list[tuple[str, str]]:
    """One scheme's figures as (column heading, cell), in the order of portfolio.md's table."""
    return [
        ("window", _or_dash(r.window_days, "days")),
        ("guidance", _or_dash(r.guidance_pages, "pages")),
        ("hours to apply", _estimate(r, "application.hours", r.application_hours, "hours")),
        ("cost share", _estimate(r, "application.cost_share", r.application_cost_share, "share")),
        ("sector cost", _estimate(r, "sector.cost", r.sector_cost, "pounds")),
        ("decision", _or_dash(r.decision_days, "days")),
        ("agreement", _or_dash(r.agreement_months, "months")),
        ("errors", str(r.errors)),
        ("warnings", str(r.warnings)),
        ("waived", str(r.waived)),
    ]


def phrases(r: Row) -> list[str]:
    """One scheme's figures as short phrases, for the text report."""
    hours = _estimate(r, "application.hours", r.application_hours, "hours")
    share = _estimate(r, "application.cost_share", r.application_cost_share, "share")
    return [
        "hours to apply not known" if r.application_hours is None else f"{hours} to apply",
        "cost share not known" if r.application_cost_share is None else f"{share} of the award",
        f"sector cost {_estimate(r, 'sector.cost', r.sector_cost, 'pounds')}",
        f"window {_or_dash(r.window_days, 'days')}",
        f"guidance {_or_dash(r.guidance_pages, 'pages')}",
        f"decision {_or_dash(r.decision_days, 'days')}",
        f"agreement {_or_dash(r.agreement_months, 'months')}",
        f"{plural(r.errors, 'error')}, {plural(r.warnings, 'warning')}"
        + (f", {r.waived:,} waived" if r.waived else ""),
    ]


def _estimate(r: Row, metric: str, value: float | None, unit: str) -> str:
    """An estimate worked out from other figures: 'not known' when it cannot be, 'at least ...'
    when some part of it is not stated (as the scheme's own section says)."""
    if value is None:
        return "not known"
    return ("at least " if metric in r.lower else "") + fmt(value, unit)


def _or_dash(value: float | None, unit: str) -> str:
    return "not stated" if value is None else fmt(value, unit)


def rank(p: Portfolio, i: int) -> str:
    """The position of the i-th scheme, or '—' for an unranked one."""
    return str(i + 1) if i < p.ranked else "—"


@in_its_currency
def render_text(p: Portfolio, width: int = 80) -> str:
    """The overview for the terminal (plain text, wrapped to ``width``)."""
    n = len(p.schemes)
    out = [f"Portfolio overview: {plural(n, 'scheme')}", ""]
    out += textwrap.wrap(totals_sentence(p), width) + [""]
    if p.unchecked:
        out += textwrap.wrap(unchecked_sentence(p), width, break_on_hyphens=False) + [""]
    if p.assumptions:
        out += textwrap.wrap(assumptions_sentence(p), width) + [""]
    out += textwrap.wrap(f"Schemes, {RANKING}:", width)
    for i, r in enumerate(p.schemes):
        out.append("")
        out += textwrap.wrap(
            f"{rank(p, i):>4}  {r.name} ({r.funder}, {r.band} band) {at(r)}",
            width,
            subsequent_indent=" " * 6,
            break_on_hyphens=False,
        )
        cells = "; ".join(phrases(r))
        out += textwrap.wrap(cells, width, initial_indent=" " * 6, subsequent_indent=" " * 6)
    for note in (unranked_sentence(p), repeats_sentence(p)):
        out += [""] + textwrap.wrap(note, width, break_on_hyphens=False) if note else []
    out += [""]
    if p.common_problems:
        out.append("Common problems (rules failing in two or more schemes):")
        for c in p.common_problems:
            out += _bullet(f"{problem_line(c, n)}: {scheme_ids(c)}", width)
    else:
        out.append("No rule fails in more than one scheme.")
    if p.common_unknowns:
        out += [""] + textwrap.wrap(f"{UNKNOWN_HEAD}. {UNKNOWN_NOTE}", width)
        for line, ids in unknown_lines(p):
            out += _bullet(f"{line}: {ids}", width)
    return "\n".join(out) + "\n\n"


def _bullet(text: str, width: int) -> list[str]:
    """One item of a list in the terminal, wrapped under its dash."""
    return textwrap.wrap(
        text, width, initial_indent="  - ", subsequent_indent=" " * 4, break_on_hyphens=False
    )


def _cell(value: object) -> str:
    from grantcheck.safe_text import markdown

    return markdown(str(value))


@in_its_currency
def render_markdown(p: Portfolio) -> list[str]:
    """The overview as Markdown lines (a section of its own, before the schemes)."""
    n = len(p.schemes)
    out = [
        "## Portfolio overview",
        "",
        f"**In short:** {totals_sentence(p)}",
        "",
        *([f"**{_cell(unchecked_sentence(p))}**", ""] if p.unchecked else []),
        *([_cell(assumptions_sentence(p)), ""] if p.assumptions else []),
        f"Schemes, {RANKING}:",
        "",
    ]
    head = ["#", "scheme", "funder", "band"] + [label for label, _ in figures(p.schemes[0])]
    out += ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for i, r in enumerate(p.schemes):
        cells = [rank(p, i), f"{r.name} ({at(r)})", r.funder, r.band]
        cells += [value for _, value in figures(r)]
        out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    out.append("")
    for note in (unranked_sentence(p), repeats_sentence(p)):
        out += [_cell(note), ""] if note else []
    out += ["### Common problems", ""]
    if p.common_problems:
        out += [
            f"- **{_cell(problem_line(c, n))}**: {_cell(scheme_ids(c))}" for c in p.common_problems
        ]
    else:
        out.append("- No rule fails in more than one scheme.")
    if p.common_unknowns:
        out += ["", f"### {UNKNOWN_HEAD}", "", _cell(UNKNOWN_NOTE.rstrip(": ") + "."), ""]
        out += [f"- **{_cell(line)}**: {_cell(ids)}" for line, ids in unknown_lines(p)]
    return out + [""]
