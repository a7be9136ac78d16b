"""The portfolio overview in HTML: the totals, the ranked table, common problems, and
one picture of every scheme's key measures against its band's limits.

The picture is inline SVG (no script, nothing fetched) with a title and a
description; each cell carries a symbol and a word as well as a colour (errors
are hatched too), and the same figures follow in tables. Pure: returns a string.
"""

from __future__ import annotations

from typing import Any

from grantcheck.portfolio import Measure, Portfolio, Row
from grantcheck.reporters.currency import in_its_currency
from grantcheck.reporters.overview import (
    RANKING,
    UNKNOWN_HEAD,
    UNKNOWN_NOTE,
    assumptions_sentence,
    at,
    figures,
    plural,
    problem_line,
    rank,
    repeats_sentence,
    scheme_ids,
    totals_sentence,
    unchecked_sentence,
    unknown_lines,
    unranked_sentence,
)
from grantcheck.reporters.rows import KEY_MEASURES, MeasureRow
from grantcheck.reporters.wording import limits_text
from grantcheck.safe_text import html as escape
from grantcheck.units import fmt

PICTURED = 40  # schemes in the picture (the most onerous); the tables give every scheme
SHORT = {
    "application.window_days": "Window",
    "guidance.pages": "Guidance",
    "application.cost_share": "Cost share",
    "decision.days": "Decision",
    "funding.months": "Agreement",
    "reporting.per_year": "Reporting",
}
MARK = {
    "passes": ("✓", "#dcefdc"),
    "warning": ("!", "#fbe7a6"),
    "error": ("✗", "#f4c7c3"),
    "not stated": ("?", "#e4e4e4"),
    "waived": ("w", "#eeeeee"),
    "not known": ("?", "#e4e4e4"),  # a lower bound: some part of the figure is not stated
}
OTHER = ("–", "#ffffff")  # does not apply, not checked
STATUS_WORDS = {"passes": "passing", "warning": "with a warning", "error": "with an error"}
LABEL_W, CELL_W, HEAD_H, ROW_H = 250, 100, 34, 26


def _unit(metric: str) -> str:
    from grantcheck.metrics import METRICS

    info = METRICS.get(metric)
    return info.unit if info else ""


def _limits(rules: dict[str, Any], m: Measure, band: str) -> str:
    """The limits for ``band`` of the rule that checks measure ``m``."""
    r = rules.get(m.rule)
    if r is None or r.check == "flag":
        return "no limit"
    row = MeasureRow(
        m.rule,
        "",
        m.metric,
        _unit(m.metric),
        m.value,
        r.check,
        r.limit("warning", band),
        r.limit("error", band),
        m.status,
    )
    return limits_text(row)


def _value(m: Measure) -> str:
    if m.value is None:
        return "not known" if m.status == "not known" else "not stated"
    return ("at least " if m.lower else "") + fmt(m.value, _unit(m.metric))


def _cell(rules: dict[str, Any], row: Row, m: Measure, x: float, y: float) -> str:
    symbol, fill = MARK.get(m.status, OTHER)
    value = _value(m)
    hatch = (
        f'<rect x="{x + 2}" y="{y + 2}" width="{CELL_W - 4}" height="{ROW_H - 4}" '
        'fill="url(#p-hatch)"/>'
        if m.status == "error"
        else ""
    )
    tip = (
        f"{row.name}, {KEY_MEASURES.get(m.metric, m.metric)}: {value}, {m.words or m.status} "
        f"({_limits(rules, m, row.band)} for {row.band} awards)"
    )
    short = value if len(value) <= 11 else value[:10] + "…"
    return (
        f"<g><title>{escape(tip)}</title>"
        f'<rect x="{x + 2}" y="{y + 2}" width="{CELL_W - 4}" height="{ROW_H - 4}" fill="{fill}" '
        f'stroke="#999"/>{hatch}<text x="{x + 8}" y="{y + 18}" class="sym">{symbol}</text>'
        f'<text x="{x + 25}" y="{y + 18}" class="val">{escape(short)}</text></g>'
    )


CHAR_W, KEY_GAP, LEGEND_LINE = 7.5, 24, 18  # the widest a legend letter of 12px is, a gap, a line


def _legend(y: float, width: float) -> tuple[list[str], int]:
    """The legend's keys, each placed after the one before by the length of its words (a fixed
    step put 'not stated or not known' over 'waived'), on a new line when the picture is full;
    and how many lines it takes."""
    legend = [
        (w if w != "not stated" else "not stated or not known", m)
        for w, m in MARK.items()
        if w != "not known"
    ] + [("does not apply", OTHER)]
    parts, x, line = [], 10.0, 0
    for word, (symbol, _) in legend:
        text = f"{symbol} {word}"
        if x > 10 and x + CHAR_W * len(text) > width:
            x, line = 10.0, line + 1
        parts.append(
            f'<text x="{x:g}" y="{y + LEGEND_LINE * line:g}" class="val">{escape(text)}</text>'
        )
        x += CHAR_W * len(text) + KEY_GAP
    return parts, line + 1


def picture(p: Portfolio, rules: dict[str, Any]) -> str:
    """Every pictured scheme's key measures, as cells marked by their verdict."""
    shown = p.schemes[:PICTURED]
    measures = [m.metric for m in shown[0].measures] if shown else []
    if not measures:
        return ""
    width = LABEL_W + CELL_W * len(measures)
    height = HEAD_H + ROW_H * len(shown) + 40
    parts = [
        f'<text x="{LABEL_W + CELL_W * i + 6}" y="{HEAD_H - 10}" class="head">'
        f"{escape(SHORT.get(r, r))}"
        "</text>"
        for i, r in enumerate(measures)
    ]
    for j, row in enumerate(shown):
        y = HEAD_H + ROW_H * j
        name = row.name if len(row.name) <= 27 else row.name[:26] + "…"
        parts.append(
            f'<text x="0" y="{y + 18}" class="label">{escape(rank(p, j))}. {escape(name)}</text>'
        )
        parts += [_cell(rules, row, m, LABEL_W + CELL_W * i, y) for i, m in enumerate(row.measures)]
    keys, lines = _legend(HEAD_H + ROW_H * len(shown) + 22, width)
    parts += keys
    height += LEGEND_LINE * (lines - 1)
    counts = {
        status: sum(1 for r in shown for m in r.measures if m.status == status) for status in MARK
    }
    desc = (
        f"{len(shown):,} of {plural(len(p.schemes), 'scheme')}, most onerous first, each with "
        f"{plural(len(measures), 'key measure')} marked against the limits for its band: "
        + ", ".join(f"{n:,} {STATUS_WORDS.get(word, word)}" for word, n in counts.items() if n)
        + ". Each scheme's figures and its band's limits are in the tables that follow."
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-labelledby="portfolio-t portfolio-d" class="chart portfolio">'
        '<title id="portfolio-t">Key measures of every scheme against its band\'s limits</title>'
        f'<desc id="portfolio-d">{escape(desc)}</desc>'
        '<defs><pattern id="p-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#a33" '
        'stroke-width="1.2" opacity="0.45"/></pattern></defs>' + "".join(parts) + "</svg>"
    )


def _table(head: list[str], rows: list[list[str]], caption: str) -> str:
    th = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (
        f'<table><caption class="meta">{escape(caption)}</caption><thead><tr>{th}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


FINDINGS = ("errors", "warnings", "waived")  # one column of the ranked table, to fit a page


def _ranked(p: Portfolio) -> str:
    """The ranked table, narrow enough for A4 and a 1000-pixel window: who, where and which band
    in one cell; errors, warnings and waived findings in another; the rest wrap."""
    head = ["#", "scheme"] + [h for h, _ in figures(p.schemes[0]) if h not in FINDINGS]
    head.append("findings")
    th = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    rows = []
    for i, r in enumerate(p.schemes):
        cells = dict(figures(r))
        who = (
            f'{escape(r.name)}<br><span class="meta">{escape(r.funder)}, {escape(r.band)} band'
            f'</span><br><span class="meta where">{escape(at(r))}</span>'
        )
        found = f"{plural(r.errors, 'error')}, {plural(r.warnings, 'warning')}" + (
            f", {r.waived:,} waived" if r.waived else ""
        )
        tds = [escape(rank(p, i)), who] + [escape(cells[h]) for h in head[2:-1]] + [escape(found)]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in tds) + "</tr>")
    return (
        f'<table><caption class="meta">{escape("Schemes, " + RANKING)}</caption><thead><tr>{th}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


@in_its_currency
def render(p: Portfolio, rules: dict[str, Any]) -> str:
    """The overview section."""
    n = len(p.schemes)
    out = [
        '<section class="portfolio"><h2>Portfolio overview</h2>',
        f'<p class="headline">{escape(totals_sentence(p))}</p>',
        f"<p><strong>{escape(unchecked_sentence(p))}</strong></p>" if p.unchecked else "",
        f'<p class="meta">{escape(assumptions_sentence(p))}</p>' if p.assumptions else "",
        _ranked(p),
    ]
    for note in (unranked_sentence(p), repeats_sentence(p)):
        out += [f"<p>{escape(note)}</p>"] if note else []
    out.append(
        "<h3>Common problems</h3><ul>"
        + (
            "".join(
                f"<li><strong>{escape(problem_line(c, n))}</strong>: {escape(scheme_ids(c))}</li>"
                for c in p.common_problems
            )
            or "<li>No rule fails in more than one scheme.</li>"
        )
        + "</ul>"
    )
    if p.common_unknowns:
        out.append(
            f"<h3>{UNKNOWN_HEAD}</h3><p>{escape(UNKNOWN_NOTE.rstrip(': '))}.</p><ul>"
            + "".join(
                f"<li><strong>{escape(line)}</strong>: {escape(ids)}</li>"
                for line, ids in unknown_lines(p)
            )
            + "</ul>"
        )
    svg = picture(p, rules)
    if svg:
        more = f" It shows the {PICTURED} most onerous of {n} schemes." if n > PICTURED else ""
        shown = p.schemes[0].measures
        out.append(
            "<h3>Key measures across the schemes</h3><figure>"
            + svg
            + '<figcaption class="meta">Each scheme\'s key measures against the limits for its '
            "band: ✓ passes, ! warning, ✗ error (hatched), ? not stated or not known, w waived, "
            "– does not "
            f"apply.{more} The tables below "
            "give the same figures.</figcaption></figure>"
        )
        out.append(
            _table(
                ["#", "scheme", "band"] + [SHORT.get(m.metric, m.metric) for m in shown],
                [
                    [rank(p, i), r.name, r.band]
                    + [f"{_value(m)} ({m.words or m.status})" for m in r.measures]
                    for i, r in enumerate(p.schemes)
                ],
                "Key measures of each scheme, with the verdict",
            )
        )
        bands = list(dict.fromkeys(r.band for r in p.schemes))
        out.append(
            _table(
                ["measure"] + [f"{b} awards" for b in bands],
                [
                    [KEY_MEASURES.get(m.metric, m.metric)] + [_limits(rules, m, b) for b in bands]
                    for m in shown
                ],
                "The limits for each band",
            )
        )
    return "".join(out) + "</section>"
