"""A label typed as "Label: ______" in a text, Markdown or PDF form (session 22, trial21 D45): its
words are printed on the page, so they count among the document's words and its jargon is
found, as a Word table's label cell's is. Documents of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write
from grantcheck.documents import Measurer

LABELS = [
    "Number of beneficiaries",
    "Key stakeholders",
    "Proposed commencement date",
    "Total expenditure",
]
TITLE = "Application form for the Riverside community grant scheme"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_typed_labels_are_words_and_their_jargon_is_found(tmp_path: Path, suffix: str) -> None:
    lines = "\n".join(f"{label}: ______" for label in LABELS)
    path = write(tmp_path, f"form{suffix}", f"{TITLE}\n\n{lines}\n")
    f = Measurer().measure(path, path.name)[1]
    assert len(f.fields) == 4  # (still fields to fill in)
    assert f.words == 8 + 10
    assert sorted(j.term for j in f.jargon) == [
        "beneficiaries",
        "commence",
        "expenditure",
        "key stakeholders",
    ]


def test_an_html_label_is_counted_once(tmp_path: Path) -> None:
    """Near miss: a web form's label element is text already; its field is not counted again."""
    inputs = "".join(
        f'<label for="f{n}">{label}</label><input id="f{n}" name="f{n}">'
        for n, label in enumerate(LABELS)
    )
    path = write(tmp_path, "form.html", f"<html><body><h1>Apply</h1><form>{inputs}</form></body>")
    assert Measurer().measure(path, path.name)[1].words == 1 + 10
