"""Pages for the text-extraction parity test that sweep across pypdf's thresholds in small
steps: the gap after a word that becomes a space, the drop that becomes a new line, the TJ
offset that becomes a space, under several fonts, sizes, Tc, Tw and Tz, and through cm and Tm
scales. A reading that rounds or multiplies in another order differs at some step."""

from __future__ import annotations

from pdf_parity import unicode_cids

FONTS = ["F1", "F3", "T1", "T2", "C0", "Y3"]


def _word(font: str, text: str) -> str:
    return unicode_cids(text) if font == "C0" else f"({text})"


def _gaps(font: str, state: str, step: float) -> str:
    """After a word, the next starting a little further right each line (Td from the line's
    start, from 10 to 40 points by ``step``), each line well below the last."""
    lines = []
    for n in range(round(30 / step) + 1):
        lines.append(
            f"BT /{font} 10 Tf {state} 1 0 0 1 30 {820 - 10 * n} Tm {_word(font, 'word')} Tj "
            f"{10 + round(n * step, 2)} 0 Td {_word(font, 'next')} Tj ET"
        )
    return "\n".join(lines)


def _drops(font: str, size: float, step: float, then: str = "") -> str:
    """After a word, the next a little lower each time (0 to 15 points by ``step``), far
    apart; ``then`` between them (a new size: pypdf's threshold is the smaller size's)."""
    blocks = []
    for n in range(round(15 / step) + 1):
        x, y = 30 + (n % 5) * 110, 800 - (n // 5) * 26
        blocks.append(
            f"BT /{font} {size} Tf {x} {y} Td {_word(font, 'up')} Tj {then} 0 "
            f"{-round(n * step, 2)} Td {_word(font, 'down')} Tj ET"
        )
    return "\n".join(blocks)


def _kerns(font: str, state: str, step: int) -> str:
    """TJ offsets from 0 to -600 by ``step``, one a line."""
    lines = [f"BT /{font} 10 Tf {state} 30 820 Td 12 TL"]
    for n in range(600 // step + 1):
        lines.append(f"[{_word(font, 'ab')} {-step * n} {_word(font, 'cd')}] TJ T*")
    return "\n".join(lines + ["ET"])


def sweep_cases(fine: list[str]) -> dict[str, list[str]]:
    """Each case's content streams (one page): the fonts in ``fine`` swept in hundredths of
    a point (and TJ offsets by 1), the rest and every state, size and scale more coarsely."""
    cases: dict[str, list[str]] = {}
    for font in FONTS:
        gap, drop, kern = (0.01, 0.02, 1) if font in fine else (0.25, 0.1, 4)
        cases[f"sweep-gap-{font}"] = [_gaps(font, "", gap)]
        cases[f"sweep-drop-{font}"] = [_drops(font, 10, drop)]
        cases[f"sweep-kern-{font}"] = [_kerns(font, "", kern)]
    for state in ("2 Tc", "-0.5 Tc", "6 Tw", "50 Tz", "160 Tz", "3 Ts"):
        cases[f"sweep-gap-F1-{state}"] = [_gaps("F1", state, 0.25)]
        cases[f"sweep-kern-F1-{state}"] = [_kerns("F1", state, 4)]
    for size in (7, 11.5, 24):
        cases[f"sweep-drop-F1-{size}"] = [_drops("F1", size, 0.1)]
    for font in fine:  # a larger size, then a smaller one: the first's height, the second's
        cases[f"sweep-drop-{font}-8-to-12"] = [_drops(font, 8, 0.02, f"/{font} 12 Tf")]
        cases[f"sweep-drop-{font}-12-to-8"] = [_drops(font, 12, 0.02, f"/{font} 8 Tf")]
    cases["sweep-drop-cm-between"] = [_drops("F1", 10, 0.1, "1 0 0 1.2 0 0 cm")]
    for scale in ("0.5 0 0 0.5", "2 0 0 2", "1 0 0 1.5", "0.7 0.7 -0.7 0.7"):
        cases[f"sweep-gap-cm-{scale}"] = [f"q {scale} 0 0 cm {_gaps('F1', '', 0.25)} Q"]
        cases[f"sweep-drop-cm-{scale}"] = [f"q {scale} 0 0 cm {_drops('F1', 10, 0.1)} Q"]
    return cases
