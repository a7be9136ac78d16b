"""The key measures as a picture (inline SVG): where a scheme stands against the
warning and error limits for its band. Accessible: a title and description,
text labels on every zone and marker, and hatching on the error zone, so colour
is never the only signal. Pure: returns a string."""

from __future__ import annotations

import math

from grantcheck.reporters.rows import MeasureRow
from grantcheck.reporters.wording import limits_text, measure_value, status_text
from grantcheck.safe_text import html as escape
from grantcheck.units import fmt, whole

WIDTH, LABEL, SCALE, ROW = 700, 250, 430, 46
SPAN = 3.0  # the scale reaches this many times the largest limit; a value beyond is off it
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


def _scale(value: float, limits: list[float]) -> tuple[float, bool]:
    """Where the scale ends, and whether the value lies beyond it. The scale follows the limits
    (up to SPAN times the largest), so that the zones stay readable and a huge value does not
    squeeze them into a sliver at the left; such a value is drawn as off the scale."""
    largest = max(limits, default=0.0)
    cap = largest * SPAN
    if largest > 0 and math.isfinite(cap) and value > cap:
        return cap, True
    most = max(value, largest)
    top = most * 1.25 if math.isfinite(most * 1.25) else most  # headroom, if it fits
    return top or 1.0, False


def _beyond(row: MeasureRow) -> bool:
    limits = [float(v) for v in (row.warning, row.error) if v is not None]
    return _scale(float(row.value), limits)[1]


def _row(i: int, row: MeasureRow) -> str:
    value = float(row.value)
    top, beyond = _scale(value, [float(v) for v in (row.warning, row.error) if v is not None])
    y, end = 8 + i * ROW, LABEL + SCALE

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
    shown = f"{measure_value(row)} ({status_text(row)})" + (", beyond the scale" if beyond else "")
    mark = x(value)
    if beyond:  # an arrow out of the right end, not a line lost among others at the edge
        parts.append(
            f'<polygon points="{end - 10:.1f},{y} {end:.1f},{y + 14} {end - 10:.1f},{y + 28}" '
            'class="overflow"/>'
        )
    else:
        parts.append(
            f'<line x1="{mark:.1f}" x2="{mark:.1f}" y1="{y}" y2="{y + 28}" class="marker"/>'
        )
    # the label stays inside the picture: anchored at its end near the right edge
    side = " end" if beyond or mark > end - 70 else " start" if mark < LABEL + 70 else ""
    at = end if side == " end" else mark
    parts.append(f'<text x="{at:.1f}" y="{y + 41}" class="value{side}">{escape(shown)}</text>')
    scale = f", beyond the chart's scale, which ends at {fmt(whole(top), row.unit)}"
    title = f"{row.label}: {measure_value(row)}, {status_text(row)}{scale if beyond else ''}"
    return f"<g><title>{escape(title)}; {escape(limits_text(row))}</title>{''.join(parts)}</g>"


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
    desc = "; ".join(
        f"{r.label}: {measure_value(r)}, {status_text(r)} ({limits_text(r)})"
        + (", beyond the chart's scale" if _beyond(r) else "")
        for r in shown
    )
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
