"""Questions and word limits (acc26c, session 26): a question that asks in lettered parts in its
own words ("What will you spend it on? Tell us (a) ... and (b) ...") over a short note of the
limit for the whole ("(Up to 400 words in total)") on a line of its own, and then one box, is one
question with that limit: the total is its parts', as a grants officer reads it, not a limit the
rest of the form shares. A part's or section's note ("for this part") is still shared by its
questions, and a title that asks nothing itself ("3. Your plans") still shares the total among
the parts under it that have boxes of their own. Small forms of the test's own in four formats
(never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer

FORMATS = [".docx", ".md", ".txt", ".html"]
# (prompt, its note on a line of its own or "", whether a box follows)
Item = tuple[str, str, bool]


def _docx(path: Path, title: str, items: list[Item]) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Millbeck Parish Fund: application form")
    document.add_paragraph(title)
    for prompt, note, box in items:
        document.add_paragraph(prompt)
        if note:
            document.add_paragraph(note)
        if box:
            document.add_table(rows=1, cols=1).style = "Table Grid"
            document.add_paragraph("")
    document.save(str(path))


def _md(path: Path, title: str, items: list[Item]) -> None:
    out = ["# Millbeck Parish Fund: application form", "", f"## {title}", ""]
    for prompt, note, box in items:
        out += [f"**{prompt}**", ""]
        out += [f"*{note}*", ""] if note else []
        out += ["Answer:", "", "", ""] if box else []
    path.write_text("\n".join(out), encoding="utf-8")


def _txt(path: Path, title: str, items: list[Item]) -> None:
    out = ["MILLBECK PARISH FUND: APPLICATION FORM", "", title.upper(), ""]
    for prompt, note, box in items:
        out += [prompt] + ([note] if note else []) + [""]
        out += ["_" * 72, "_" * 72, "_" * 72, ""] if box else []
    path.write_text("\n".join(out), encoding="utf-8")


def _html(path: Path, title: str, items: list[Item]) -> None:
    body = f"<h1>Millbeck Parish Fund: application form</h1><h2>{title}</h2>"
    for i, (prompt, note, box) in enumerate(items):
        body += f'<p><label for="a{i}">{prompt}</label></p>'
        body += f"<p><em>{note}</em></p>" if note else ""
        body += f'<textarea id="a{i}" name="a{i}" rows="8"></textarea>' if box else ""
    path.write_text(f"<html><body><form>{body}</form></body></html>", encoding="utf-8")


WRITERS = {".docx": _docx, ".md": _md, ".txt": _txt, ".html": _html}


def limits(tmp_path: Path, suffix: str, title: str, items: list[Item]) -> list[int | None]:
    """Each question's word limit, in order, as measured in a form of the format."""
    path = tmp_path / f"form{suffix}"
    WRITERS[suffix](path, title, items)
    return [q.word_limit for q in Measurer().measure(path, path.name)[1].questions]


BEFORE: Item = ("1. Tell us about your group and the people it serves.", "(Up to 250 words)", True)
AFTER: Item = ("3. How will you know whether it has made a difference?", "(Up to 150 words)", True)
PARTED = [
    (
        "2. What will you spend the grant on? Tell us (a) what you will buy or pay for and "
        "(b) who will use it.",
        "(Up to 400 words in total)",
    ),
    (
        "2. Describe your plans: (a) the sessions you will run and when, and (b) how people "
        "will hear about them.",
        "(Maximum 400 words in total)",
    ),
    (
        "2. Why is the project needed, and how do you know? Cover both parts.",
        "(No more than 400 words altogether)",
    ),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(PARTED)))
def test_a_total_under_a_question_in_parts_is_its_own(
    tmp_path: Path, suffix: str, case: int
) -> None:
    prompt, note = PARTED[case]
    items = [BEFORE, (prompt, note, True), AFTER]
    assert limits(tmp_path, suffix, "Part 2: Your project", items) == [250, 400, 150]


# near misses that must not change: a part's own note is shared by the questions after it; a
# title asking nothing over parts with boxes of their own shares its total among them


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_parts_note_is_still_shared_by_its_questions(tmp_path: Path, suffix: str) -> None:
    items = [
        ("Please keep to the limit for this part.", "(600 words in total for this part)", False),
        ("1. What will you do?", "", True),
        ("2. Who will take part?", "", True),
        ("3. How will you spend the money?", "", True),
    ]
    assert limits(tmp_path, suffix, "Part 2: Your project", items) == [200, 200, 200]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_title_asking_nothing_shares_its_total_among_boxed_parts(
    tmp_path: Path, suffix: str
) -> None:
    items = [
        BEFORE,
        ("2. Your plans", "(400 words in total)", False),
        ("(a) What will you do?", "", True),
        ("(b) Who will take part?", "", True),
    ]
    assert limits(tmp_path, suffix, "Part 2: Your project", items) == [250, 200, 200]


# review26 F1: a question that names no parts of its own ("2. Tell us about your plans.") over
# a total and then lettered parts with boxes of their own shares the total among the parts, and
# a lead-in that only instructs is no question (its total is the questions' after it)
ASKING_TITLES = [
    ("2. Tell us about your plans.", "(400 words in total)"),
    ("2. Describe your project.", "(Maximum 400 words in total)"),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(ASKING_TITLES)))
def test_a_title_that_asks_naming_no_parts_shares_its_total(
    tmp_path: Path, suffix: str, case: int
) -> None:
    title, note = ASKING_TITLES[case]
    items = [
        BEFORE,
        (title, note, False),
        ("(a) What will you do?", "", True),
        ("(b) Who will take part?", "", True),
    ]
    assert limits(tmp_path, suffix, "Part 2: Your project", items) == [250, 200, 200]


# (not in the text form: there the note is on the lead-in's own line, one paragraph with it,
# and the paragraph is read as a prompt stating its limit, as on main)
@pytest.mark.parametrize("suffix", [".docx", ".md", ".html"])
def test_a_lead_in_over_questions_is_no_question(tmp_path: Path, suffix: str) -> None:
    items = [
        BEFORE,
        ("Tell us about your project in the boxes below.", "(Maximum 900 words altogether)", False),
        ("2. What will you do?", "", True),
        ("3. Who will take part?", "", True),
        ("4. How will you spend the money?", "", True),
    ]
    assert limits(tmp_path, suffix, "Part 2: Your project", items) == [250, 300, 300, 300]
