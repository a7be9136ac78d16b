"""Attachments (acc26b, session 26): a numbered documents list's items that name no known kind.
"4. A copy of the booking agreement with the hall" is read as the sentence "4." and the words
after it: the item's first words were looked for at its block's start, behind the number, and
never found, so every numbered item of no known kind was lost (in text, Markdown, PDF lines and
Word table rows alike). Near misses: a task list's parts with their state ("5. Declaration Not
started") and an instruction after the number ("3. Fill in the online form") stay no document.
Small documents of the test's own in several formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from test_documents_s16a_attachments import kinds, written

HEAD = ["Hall Users' Grant", "Part C: What to enclose"]
UNKNOWN = [
    "A copy of the booking agreement with the hall for the dates you will use",
    "A letter from the head teacher (or the chair of governors) agreeing to the sessions",
    "Your music licence from the collecting society or the venue",
]


def _numbered(items: list[str]) -> list[str]:
    return [*HEAD, "1. Your group's constitution.", *(f"{n}. {t}." for n, t in enumerate(items, 2))]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".pdf", ".docx"])
def test_numbered_items_of_no_known_kind_are_documents(tmp_path: Path, suffix: str) -> None:
    path = written(tmp_path, suffix, _numbered(UNKNOWN))
    assert kinds(path) == (["governing_document", "other", "other", "other"], [])


def test_numbered_table_rows_of_no_known_kind_are_documents(tmp_path: Path) -> None:
    rows = [["Document", "Enclosed"], ["1. Your group's constitution", ""]]
    rows += [[f"{n}. {t}", ""] for n, t in enumerate(UNKNOWN, 2)]
    path = write_docx(tmp_path / "t.docx", HEAD, table=rows)
    assert kinds(path) == (["governing_document", "other", "other", "other"], [])


# -- near misses: the numbered lines are no documents -------------------------------------------

TASKS = [
    "Hall Users' Grant",
    "Your application",
    "1. About your group Completed",
    "2. Documents Not started",
    "3. Declaration Not started",
    "4. Check your answers Cannot start yet",
]
STEPS = [
    "Hall Users' Grant",
    "Part C: What to enclose",
    "1. Your group's constitution.",
    "2. Gather the documents in the list above",
    "3. Fill in the short online form: Apply here",
    "4. We will reply within a month",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_a_task_lists_parts_are_no_documents(tmp_path: Path, suffix: str) -> None:
    assert kinds(written(tmp_path, suffix, TASKS)) == ([], [])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_steps_to_apply_are_no_documents(tmp_path: Path, suffix: str) -> None:
    assert kinds(written(tmp_path, suffix, STEPS)) == (["governing_document"], [])


# -- lists after the documents list that name no documents: the documents list has ended -------

THEMES = [
    "Hall Users' Grant",
    "Part C: What to enclose",
    "1. Your group's constitution.",
    "2. A copy of the booking agreement with the hall.",
    "We particularly welcome activities for:",
    "1. Older people living alone",
    "2. Families with young children",
    "3. Young people not in education or work",
]
SCORING = [
    *THEMES[:4],
    "How the panel scores applications",
    "1. Need for the activity",
    "2. Value for money",
    "3. Involving the people who will take part",
]


def _bulleted(lines: list[str]) -> list[str]:
    return [f"- {t[3:]}" if t[:1].isdigit() else t for t in lines]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("mark", ["n", "-"])
def test_themes_after_the_list_are_no_documents(tmp_path: Path, suffix: str, mark: str) -> None:
    lines = THEMES if mark == "n" else _bulleted(THEMES)
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "other"], [])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("mark", ["n", "-"])
def test_a_scoring_guide_after_the_list_is_no_documents(
    tmp_path: Path, suffix: str, mark: str
) -> None:
    lines = SCORING if mark == "n" else _bulleted(SCORING)
    if suffix == ".md":  # (a scoring guide's title as a heading)
        lines = [f"## {t}" if t.startswith("How") else t for t in lines]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "other"], [])


# the funder's lead-in asking for documents before it funds: the list is documents (review26 F4)
WAITING = [
    "We cannot fund any club unless it sends us:",
    "We will fund your activity once we have received:",
    "We can only pay for equipment after you send us:",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(WAITING)))
def test_a_funders_lead_in_asking_for_documents_leads_a_list(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD, WAITING[case], "- your group's constitution", *(f"- {t}" for t in UNKNOWN)]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["governing_document", "other", "other", "other"],
        [],
    )


# -- a clause saying whose the paper is, its "that" left out: still the item's document ---------

WHOSE = [
    "a copy of the booking agreement you have with the hall",
    "a copy of the licence you hold for the playing field",
]
# a statement that the applicant holds something, or a person, is no document
WHOSE_NOT = ["a member of staff you have with first aid training"]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(WHOSE)))
def test_a_paper_you_have_with_someone_is_a_document(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD, "- your group's constitution", f"- {WHOSE[case]}"]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "other"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_person_you_have_is_no_document(tmp_path: Path, suffix: str) -> None:
    lines = [*HEAD, "- your group's constitution", f"- {WHOSE_NOT[0]}"]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# review26 F5: the form's own numbered questions, answered in words, are no documents (an email
# form, or a guide that is the only form); a document named after them still counts
EMAILED = [
    "Village Lunch Club Fund",
    "Please answer these questions and email your answers to grants@example.gov.uk:",
    "1. Describe the lunches you will serve (max 200 words).",
    "2. Explain who will come and how you will reach them (up to 150 words).",
    "3. Tell us how the club will keep going after the grant (no more than 100 words).",
    "4. Summarise what the money will buy (50 words at most).",
    "Please also send a copy of your constitution.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".pdf", ".html"])
def test_numbered_questions_answered_in_words_are_no_documents(tmp_path: Path, suffix: str) -> None:
    assert kinds(written(tmp_path, suffix, EMAILED)) == (["governing_document"], [])
