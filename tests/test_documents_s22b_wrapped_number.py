"""A sentence broken at the margin before a number lost its condition (acc22b, session 22): "If
YES, you must apply to the Highways team for a temporary road closure at least" / "8 weeks
before the event, and send us a copy of your road closure application." read the second line
alone, asking every applicant for the application. A line opening with a number carries on a
line stopping on a word that needs one ("at least", "within", "up to", "more than"); a list's
next number ("8. Your accounts") and a line after a finished sentence start afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def write(tmp_path: Path, fmt: str, lines: list[str]) -> Path:
    """The lines as a text file's or a PDF's, each broken where the list gives it."""
    if fmt == "pdf":
        return write_pdf(tmp_path / "form.pdf", [lines])
    path = tmp_path / "form.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "lines", "kind"),
    [
        (
            "txt",
            [
                "9. Will your event need a road closure?     YES [ ]     NO [ ]",
                "   If YES, you must apply to Highways for a temporary road closure at least",
                "   8 weeks before the event, and send us a copy of your road closure application.",
            ],
            "other",
        ),
        (
            "pdf",
            [
                "If you are buying equipment, please get quotes from suppliers and send us within",
                "14 days of applying at least two written quotes for each item.",
            ],
            "quotes",
        ),
        (
            "txt",
            [
                "Groups that will run activities for children must show us a safeguarding policy",
                "reviewed in the last two years, and those with more than",
                "10 volunteers must also send a copy of their volunteer policy.",
            ],
            "policy",
        ),
        (
            "txt",
            [
                "Every club must send us its constitution. Clubs that employ more than",
                "5 staff must also send their employer's liability insurance certificate.",
            ],
            "insurance_certificate",
        ),
    ],
)
def test_a_line_opening_with_a_number_carries_on(
    tmp_path: Path, fmt: str, lines: list[str], kind: str
) -> None:
    required, conditional = kinds(write(tmp_path, fmt, lines))
    assert kind not in required
    assert kind in conditional


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_numbered_item_after_a_condition_starts_afresh(tmp_path: Path, fmt: str) -> None:
    """Near misses: a list's next number, and a line after a finished sentence."""
    lines = [
        "Documents to send with this form",
        "1. Your latest annual accounts, signed by the treasurer; we want them within",
        "2. Your constitution.",
        "If you hire a minibus, a copy of the driver's licence. We reply within",
        "10 working days.",
    ]
    assert kinds(write(tmp_path, fmt, lines)) == (["accounts", "governing_document"], ["other"])
