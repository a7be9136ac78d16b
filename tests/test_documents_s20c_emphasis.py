"""A Markdown form's italic note closing a line (acc20c, session 20), on small documents of the
test's own, never the labelled corpus.

"Yes / No *(delete as appropriate)*": the star that ends the line closes the italic note. It is
no required mark ("What do you want to do? *"), so the line is no card title whose help is the
lines under it: the next question, over its own "*Type your answer here*", keeps its box."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure

NOTES = [
    "Yes / No *(delete as appropriate)*",
    "Yes / No *(please circle one)*",
    "*Yes / No* *(tick one)*",
]


@pytest.mark.parametrize("note", NOTES)
def test_an_italic_note_ending_a_yes_no_line(tmp_path: Path, note: str) -> None:
    text = (
        "# Garden grants: application form\n\n"
        "**2.1 What do you want to do? *(no more than 200 words)***\n\n"
        "*Type your answer here*\n\n"
        f"**2.2 Have you spoken to the site's owner about it?** {note}\n\n"
        "**2.3 Is there anything else you would like us to know?**\n\n"
        "*Type your answer here*\n\n"
        "## Part 3: Costs\n"
    )
    f = measure(tmp_path, "form.md", text)
    assert [q.word_limit for q in f.questions] == [200, None], f.questions
    assert [e.words[:3] for e in f.fields] == ["2.2"], f.fields  # the yes/no (review20 F6)


def test_an_italic_hint_ending_a_label_line(tmp_path: Path) -> None:
    text = (
        "# Street party grants\n\n"
        "**Name of your street** *(as on a letter)*\n\n"
        "Answer:\n\n"
        "**Who will help you run the party, and how?**\n\n"
        "*Write your answer here*\n"
    )
    f = measure(tmp_path, "form.md", text)
    assert [q.word_limit for q in f.questions] == [None], f.questions
    assert len(f.fields) == 1


# near misses: a required mark after a title, its help and box under it, is still a card
def test_a_required_mark_still_makes_a_card(tmp_path: Path) -> None:
    text = (
        "Apply for a small grant\n\n"
        "What will the money pay for? *\n"
        "Please keep it under 150 words.\n"
        "Your answer\n\n"
        "Is there anything else we should know?\n"
        "Your answer\n"
    )
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [150, None], f.questions


def test_a_bold_title_with_a_required_mark_in_markdown(tmp_path: Path) -> None:
    text = (
        "# Apply for a small grant\n\n"
        "**What will the money pay for?** *\n\n"
        "Please keep it under 150 words.\n\n"
        "Your answer\n"
    )
    f = measure(tmp_path, "form.md", text)
    assert [q.word_limit for q in f.questions] == [150], f.questions


def test_two_yes_no_lines_with_italic_notes_are_fields(tmp_path: Path) -> None:
    """review20 F6: each yes/no line is a field, each question under its own box a question."""
    text = (
        "# Garden grants\n\n**2.1 What do you want to do? (no more than 200 words)**\n\n"
        "*Type your answer here*\n\n"
        "**2.2 Have you spoken to the site owner about it?** Yes / No *(delete as appropriate)*\n\n"
        "**2.3 When will the project start?**\n\n*Type your answer here*\n\n"
        "**2.4 Have you had a grant from us before?** Yes / No *(delete as appropriate)*\n\n"
        "**2.5 If yes, what did it pay for?**\n\n*Type your answer here*\n"
    )
    f = measure(tmp_path, "form.md", text)
    assert [q.text[:3] for q in f.questions] == ["2.1", "2.5"], f.questions
    assert [e.words[:3] for e in f.fields] == ["2.2", "2.3", "2.4"], f.fields
