"""Quoting evidence from one long paragraph, and a page repeating one id: bounded time.

Every jargon term and acronym found is quoted with the words around it (``blocks.clip``). Each
quote used to split the whole paragraph again, so a paragraph holding N terms took N times its
length: redteam17's 86 KB paragraph of "We will collaborate and deploy the agenda." took a
minute, and 10,000 distinct acronyms in one line never finished, in a phase after reading that no
document budget counts. The split is now kept for the last few texts and a match's words found by
bisection. The command-line cases run in a child process, as the hostile tests do, and fail
before the change; the property case checks the quotes are the ones the old code gave.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from grantcheck.documents.blocks import _shown, _window, clip


def _measured_within_budget(folder: Path, name: str, text: str) -> None:
    from hostile_cases import child

    (folder / name).write_text(text, encoding="utf-8")
    code, _, said, cpu, _ = child(["measure", name], folder)
    assert code == 0, said
    assert cpu < 30.0, f"{cpu:.1f} CPU seconds"


def test_a_long_paragraph_full_of_jargon_is_quoted_in_bounded_time(tmp_path: Path) -> None:
    text = "Application form\n\n" + "We will collaborate and deploy the agenda. " * 4000 + "\n"
    _measured_within_budget(tmp_path, "jargon.txt", text)


def test_a_long_line_of_distinct_acronyms_is_quoted_in_bounded_time(tmp_path: Path) -> None:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    rng = random.Random(17)
    names = {"".join(rng.choice(letters) for _ in range(4)) for _ in range(12000)}
    text = "Guidance\n\n" + " ".join(f"{n} is used." for n in sorted(names)) + "\n"
    _measured_within_budget(tmp_path, "acronyms.txt", text)


_WORDS = re.compile(r"\S+")


def _clip_before(text: str, limit: int = 120, at: tuple[int, int] | None = None) -> str:
    """The quote as the code before the change made it (a copy kept to compare with)."""
    words = text.split()
    flat = " ".join(words)
    if not flat.isprintable():
        words = [_shown(w) for w in words]
        flat = " ".join(words)
    if len(flat) <= limit:
        return flat
    if at is None and limit > 2:
        end = flat.rfind(" ", 0, limit - 1)
        return (flat[:end] if end > 0 else flat[: limit - 2]) + "…"
    if at is None:
        first = last = 0
    else:
        spans = [m.span() for m in _WORDS.finditer(text)]
        inside = [i for i, (a, b) in enumerate(spans) if a < max(at[1], at[0] + 1) and b > at[0]]
        after = next((i for i, (a, _) in enumerate(spans) if a >= at[0]), len(spans) - 1)
        first, last = (inside[0], inside[-1]) if inside else (after, after)
    return _window(words, first, last, limit)


def test_quotes_are_the_words_the_old_code_quoted() -> None:
    rng = random.Random(2026)
    pieces = ["grant", "KPI", "  ", "\t", "x" * 130, "£5,000", "\x1b[31m", "a", "\n", "deploy"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(60))
        limit = rng.choice([3, 20, 60, 120])
        a = rng.randrange(len(text) + 1)
        b = min(len(text), a + rng.randrange(0, 12))
        for at in (None, (a, b)):
            assert clip(text, limit, at) == _clip_before(text, limit, at), (text, limit, at)


def test_a_web_page_repeating_one_id_is_read_in_bounded_time(tmp_path: Path) -> None:
    # redteam17: every control of a shared id was given every label for it as help, quadratic
    # in the page (20,000 controls: over 43 CPU seconds, still running); now at most a few an id
    rows = "".join(f'<input id="x" name="n{i}"><label for="x">L{i}</label>\n' for i in range(20000))
    text = f"<html><body><h1>Apply</h1><form>\n{rows}</form></body></html>\n"
    _measured_within_budget(tmp_path, "ids.html", text)
