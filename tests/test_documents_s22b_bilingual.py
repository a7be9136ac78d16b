"""A document in English and Welsh in one file (session 22, trial21 D8): each paragraph in
English, then in Welsh. An applicant reads one language, so its words, reading time and English
scores are its English text's, and it is said to be in both. Documents of the test's own (never
the labelled corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run, write
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.words import count_words

PAIRS = [
    (
        "Please read the guidance notes before you apply. The fund is open to community groups "
        "and voluntary organisations in the county.",
        "Darllenwch y nodiadau canllaw cyn i chi wneud cais. Mae'r gronfa ar agor i grwpiau "
        "cymunedol a mudiadau gwirfoddol yn y sir.",
    ),
    (
        "You must send a copy of your constitution and your latest accounts.",
        "Rhaid i chi anfon copi o'ch cyfansoddiad a'ch cyfrifon diweddaraf.",
    ),
    (
        "The panel will consider every application carefully and will let you know within six "
        "weeks.",
        "Bydd y panel yn ystyried pob cais yn ofalus ac yn rhoi gwybod i chi o fewn chwe wythnos.",
    ),
]
ENGLISH = sum(count_words(en) for en, _ in PAIRS)


def _measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


@pytest.mark.parametrize("joined", ["\n", "\n\n"])  # a line each, or a paragraph each
def test_a_bilingual_document_counts_its_english(tmp_path: Path, joined: str) -> None:
    text = "\n\n".join(f"{en}{joined}{cy}" for en, cy in PAIRS)
    f = _measured(write(tmp_path, "notes.txt", f"Community Fund\n\n{text}\n"))
    assert f.english_half is not None and f.language == "en"
    assert f.words == ENGLISH + 2  # (the title's two words)
    assert "Darllenwch" not in f.english_half and "Please read" in f.english_half
    assert [a.kind for a in f.attachments] == ["governing_document", "accounts"]


def test_one_language_is_read_as_before(tmp_path: Path) -> None:
    """Near misses: English alone, and English quoting one short Welsh line, are English."""
    english = "\n\n".join(en for en, _ in PAIRS)
    f = _measured(write(tmp_path, "en.txt", f"Community Fund\n\n{english}\n"))
    assert f.english_half is None and f.words == ENGLISH + 2
    quoted = f"{english}\n\nRhaid i chi anfon copi o'ch cyfansoddiad.\n"
    assert _measured(write(tmp_path, "q.txt", quoted)).english_half is None


def test_check_reads_and_scores_one_language(project: Path) -> None:
    text = "\n\n".join(f"{en}\n{cy}" for en, cy in PAIRS)
    write(project, "notes.txt", f"Community Fund\n\n{text}\n")
    write(
        project,
        "s.yaml",
        "name: B\nfunder: X Council\naward:\n  max: 2000\n"
        "application:\n  guidance:\n    documents: [notes.txt]\n",
    )
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    assert result.exit_code in (0, 1), result.output
    metrics = json.loads(result.output)["schemes"][0]["metrics"]
    assert metrics["guidance.words"] == ENGLISH + 2
    shown = run("check", "s.yaml", cwd=project).output
    assert "in English and Welsh" in " ".join(shown.split())
    measured = run("measure", "notes.txt", "-f", "json", cwd=project).output
    assert json.loads(measured)["documents"][0]["bilingual"] is True
