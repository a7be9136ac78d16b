"""``init --from`` keeps each evidence comment whole (trial22 T2): its lines were cut at 200
characters, mid-word and with no ellipsis, so a council's long file name pushed the figure the
comment quotes ("minimum cover £5 million") off the end of the line. The words quoted are
already at most 120 characters of whole words around the match."""

from __future__ import annotations

from pathlib import Path

from conftest import run, write

NAME = "council-published-documents-2026-27-round-riverside-community-grants-application-v3-final"
FORM = (
    "# Riverside Community Grants\n\n"
    "1. Describe your project and who will benefit from it (max 300 words)\n\n______________\n\n"
    "2. Explain how your project meets the priorities of the fund (no more than 1,500 "
    "characters)\n\n______________\n\n"
    "Please send a copy of your public liability insurance certificate (minimum cover "
    "£5 million).\n"
)


def _starter(project: Path) -> str:
    write(project, f"{NAME}.md", FORM)
    result = run("init", "--from", f"{NAME}.md", "-o", "-", cwd=project)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_insurance_comment_keeps_its_figure(project: Path) -> None:
    line = next(x for x in _starter(project).splitlines() if "public_liability_insurance:" in x)
    assert "£5 million" in line, line


def test_each_question_listed_keeps_its_words_and_assumption(project: Path) -> None:
    text = _starter(project)
    assert "meets the priorities of the fund" in text, text
    assert "an assumption (characters_per_word)" in text, text
