"""``init --from`` names the assumption a converted limit rests on (trial21 D35): its comments
read "(200 words: max 1,200 characters)", so the user asked to confirm a word limit was not
told that it rests on characters_per_word (or words_per_page), as check's reports say."""

from __future__ import annotations

from pathlib import Path

from conftest import run, write

ONE = "# Parish Fund\n\n1. Describe your project (max 1,200 characters)\n\n______________\n"
TWO = ONE + "\n2. Tell us who will benefit (no more than one page)\n\n______________\n"


def _starter(project: Path, form: str) -> str:
    write(project, "form.md", form)
    result = run("init", "--from", "form.md", "-o", "-", cwd=project)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_each_limit_listed_names_its_assumption(project: Path) -> None:
    text = _starter(project, TWO)
    assert (
        "(200 words: max 1,200 characters at 6 characters a word, an assumption "
        "(characters_per_word))" in text
    )
    assert "(500 words: no more than one page at 500 words a page, an assumption " in text


def test_a_single_limit_names_it_on_its_own_line(project: Path) -> None:
    text = _starter(project, ONE)
    line = next(x for x in text.splitlines() if x.startswith("    word_limit:"))
    assert "at 6 characters a word, an assumption (characters_per_word)" in line, line


def test_the_configs_assumption_is_the_one_named(project: Path) -> None:
    write(project, "grantcheck.yaml", "assumptions:\n  characters_per_word: 5\n")
    line = next(x for x in _starter(project, ONE).splitlines() if "word_limit:" in x)
    assert line.startswith("    word_limit: 240") and "at 5 characters a word" in line, line
