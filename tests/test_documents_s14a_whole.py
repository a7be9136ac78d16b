"""Whole documents a layout of their own once left unread (session 14), on small documents of
the tests' own, never the labelled corpus: each test states the rule a careful reader uses and
checks it in more than one wording or format."""

from __future__ import annotations

from pathlib import Path

from documents import _escape, pages_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def _rounded(left: float, low: float, right: float, top: float, r: float, paint: str) -> str:
    """A box with rounded corners as a browser prints one: four rules that stop ``r`` short of
    each corner, joined by Bézier curves (each corner's control points on its two rules)."""
    k = r * 0.45
    return (
        f"n {left + r} {low} m {right - r} {low} l "
        f"{right - r + k} {low} {right} {low + r - k} {right} {low + r} c "
        f"{right} {top - r} l {right} {top - r + k} {right - r + k} {top} {right - r} {top} c "
        f"{left + r} {top} l {left + r - k} {top} {left} {top - r + k} {left} {top - r} c "
        f"{left} {low + r} l {left} {low + r - k} {left + r - k} {low} {left + r} {low} c "
        f"h {paint}"
    )


def _web_form_pdf(items: list[str | float], r: float, paint: str) -> bytes:
    """A page of lines, each number among them a rounded box that high under the line above
    (0: a radio button, a circle, before the line that follows)."""
    y, ops = 790.0, []
    for item in items:
        if isinstance(item, str):
            ops.append(f"BT /F1 10 Tf 1 0 0 1 78 {y} Tm ({_escape(item)}) Tj ET")
            y -= 16
        elif item == 0:
            ops.append(_rounded(62, y - 16, 72, y - 6, 5, "S"))
        else:
            ops.append(_rounded(60, y - item, 535, y + 6, r, paint))
            y -= item + 18
    return pages_pdf([" ".join(ops)])


def _measured(tmp_path: Path, data: bytes) -> DocumentFacts:
    path = tmp_path / "export.pdf"
    path.write_bytes(data)
    return Measurer().measure(path, "export.pdf")[1]


def test_a_box_with_rounded_corners_is_room_to_write(tmp_path: Path) -> None:
    """A form builder's blank PDF export draws each answer box with rounded corners: its sides
    stop short of its rules, but it is a box to write in as a square one is (and the "0 / 1200
    characters" counter under it is its limit); a one-line box is a value's, and a small round
    mark (a radio button) is no box."""
    for r, paint in ((4, "S"), (8, "0.95 g f"), (2.5, "B")):
        items: list[str | float] = [
            "1. Name of your group *",
            20,
            "2. Describe your project and who will take part. *",
            110,
            "0 / 1200 characters",
            "3. Which season will it run in?",
            0,
            "Summer",
            "4. What will be different because of your project?",
            80,
        ]
        f = _measured(tmp_path, _web_form_pdf(items, r, paint))
        assert [q.text[:2] for q in f.questions] == ["2.", "4."], (r, paint)
        assert [q.word_limit for q in f.questions] == [200, None], (r, paint)
