"""The key measures as a picture (inline SVG): where a scheme stands against the
warning and error limits for its band. Accessible: a title and description,
text labels on every zone and marker, and hatching on the error zone, so colour
is never the only signal. Pure: returns a string."""

from __future__ import annotations

import math

from grantcheck.reporters.rows import MeasureRow
from grantcheck.reporters.wording import limits_text, measure_value
from grantcheck.safe_text import html as escape

WIDTH, LABEL, SCALE, ROW = 700, 250, 430, 46
FILL = {"pass": "#dcefdc", "warning": "#fbe7a6", "error": "#f4c7c3"}


def _zones(row: MeasureRow, top: float) -> list[tuple[str, float, float]]:
    warn, err = row.warning, row.error
    limits = [v for v in (warn, err) if v is not None]
    if row.direction == "at_least":
        cuts = [
            (("error", 0.0, err) if err is not None else None),
            ("warning", err or 0.0, warn) if warn is not None else None,
            ("pass", warn if warn is not None else max(limits), top),
        ]
    else:
        # (a row has a limit: see render)
        first = warn if warn is not None else err if err is not None else top
        cuts = [
            ("pass", 0.0, first),
            ("warning", warn, err if err is not None else top) if warn is not None else None,
            ("error", err, top) if err is not None else None,
        ]
    return [(name, float(a), float(b)) for z in cuts if z for name, a, b in [z] if b > a]


def _row(i: int, row: MeasureRow) -> str:
    value = float(row.value)
    limits = [float(v) for v in (row.warning, row.error) if v is not None]
    most = max([value, *limits])
    top = (most * 1.25 if math.isfinite(most * 1.25) else most) or 1.0  # headroom, if it fits
    y = 8 + i * ROW

    def x(v: float) -> float:
        return LABEL + SCALE * (min(v, top) / top)  # the share first: SCALE * v could overflow

    parts = [f'<text x="0" y="{y + 18}" class="label">{escape(row.label)}</text>']
    for name, a, b in _zones(row, top):
        parts.append(
            f'<rect x="{x(a):.1f}" y="{y + 4}" width="{x(b) - x(a):.1f}" height="20" '
            f'fill="{FILL[name]}"/>'
        )
        if name == "error":
            parts.append(
                f'<rect x="{x(a):.1f}" y="{y + 4}" width="{x(b) - x(a):.1f}" height="20" '
                'fill="url(#hatch)"/>'
            )
        if x(b) - x(a) > 52:
            word = {"pass": "passes", "warning": "warning", "error": "error"}[name]
            parts.append(
                f'<text x="{(x(a) + x(b)) / 2:.1f}" y="{y + 18}" class="zone">{word}</text>'
            )
    mark = x(value)
    status = row.status
    parts.append(f'<line x1="{mark:.1f}" x2="{mark:.1f}" y1="{y}" y2="{y + 28}" class="marker"/>')
    parts.append(
        f'<text x="{min(mark, LABEL + SCALE - 4):.1f}" y="{y + 41}" '
        f'class="value">{escape(measure_value(row))} ({escape(status)})</text>'
    )
    return (
        f"<g><title>{escape(row.label)}: {escape(measure_value(row))}, {escape(status)}; "
        f"{escape(limits_text(row))}</title>{''.join(parts)}</g>"
    )


def render(rows: list[MeasureRow], band: str, ident: str) -> str:
    """An SVG of the measures that have a value and limits; empty if none do."""
    shown = [
        r
        for r in rows
        if isinstance(r.value, (int, float))
        and not isinstance(r.value, bool)
        and math.isfinite(r.value)
        and (r.warning is not None or r.error is not None)
        and r.status != "does not apply"
    ]
    if not shown:
        return ""
    height = 16 + ROW * len(shown)
    desc = "; ".join(f"{r.label}: {measure_value(r)}, {r.status} ({limits_text(r)})" for r in shown)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} '
        f'{height}" width="100%" '
        f'aria-labelledby="{ident}-t {ident}-d" class="chart">'
        f'<title id="{ident}-t">Key measures against the limits for {escape(band)} awards</title>'
        f'<desc id="{ident}-d">{escape(desc)}</desc>'
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#a33" stroke-width="1.2" '
        'opacity="0.45"/></pattern></defs>'
        + "".join(_row(i, r) for i, r in enumerate(shown))
        + "</svg>"
    )
