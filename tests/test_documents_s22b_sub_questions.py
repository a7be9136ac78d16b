"""A numbered question in lettered parts sharing one answer space (session 22, trial21 D4): "1.
(a) Who will benefit? (b) How many people will take part?" asks for words in its first part, so
it is a question, as the same words without the marks already were; a "How many" part alone
leaves it a field. Documents of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write
from grantcheck.documents import Measurer

RULE = "______________________________"


@pytest.mark.parametrize(
    "asked",
    [
        "1. (a) Who will benefit? (b) How many people will take part?",
        "1. a) Who will benefit? b) How many people will take part?",
        "1. (i) What will you do? (ii) How many sessions will you run?",
    ],
)
def test_lettered_parts_asking_for_words_are_a_question(tmp_path: Path, asked: str) -> None:
    path = write(tmp_path, "form.txt", f"{asked}\n{RULE}\n")
    f = Measurer().measure(path, path.name)[1]
    assert len(f.questions) == 1 and not f.fields


def test_a_count_alone_stays_a_field(tmp_path: Path) -> None:
    """Near miss: every part asks for a number: a field, not a question."""
    asked = "1. (a) How many people will take part? (b) How many volunteers will help?"
    path = write(tmp_path, "form.txt", f"{asked}\n{RULE}\n")
    f = Measurer().measure(path, path.name)[1]
    assert not f.questions and len(f.fields) == 1
