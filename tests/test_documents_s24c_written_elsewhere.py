"""Guidance describing parts the applicant writes somewhere else (acc24c, session 24): a guide
with nowhere to write that lists, in a table or a list, the parts of another form or of a
crowdfunding page ("What you will do and why | 300 words") asks none of them itself (the
rulebook: guidance that describes questions answered on a separate form counts none). The
guide said so in words the reader missed: a step's word between the form and what it asks
("The site's form then asks you about:"), or the page or platform named as where the applicant
writes ("Your campaign page has these parts:", "Fill these in on the crowdfunding platform:").
A form with somewhere to write keeps its questions whatever it names, and so does a form
answered in a reply that speaks of itself ("This form then asks") or names a page of its own.
Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

LEAD_INS = [
    "Press Apply on your page. The site's short application form then asks you about:",
    "The online form will then also ask you to write:",
    "Your campaign page on the crowdfunding site has these parts:",
    "When you build your project page, write each of these parts:",
    "Fill these sections in on the crowdfunding platform:",
]
HEAD = ["Part", "What to write", "Length"]
PARTS = [
    ["Your story", "What you will do and why your neighbourhood needs it", "300 words"],
    ["Support", "How local people have shown they back the idea", "200 words"],
    ["Legacy", "What will happen after the money is spent", "150 words"],
]
OPENING = "Crowdfunding guidance for project creators"
PLEDGE = "The Council pledges up to 40% of your target; the rest comes from other backers."


def _docx(tmp_path: Path, items: list[str | list[list[str]]]) -> DocumentFacts:
    path = write_form_docx(tmp_path / "guide.docx", items)
    return Measurer().measure(path, path.name)[1]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_a_table_of_parts_written_elsewhere_asks_nothing_in_word(
    tmp_path: Path, lead_in: str
) -> None:
    f = _docx(tmp_path, [OPENING, "How to apply", PLEDGE, lead_in, [HEAD, *PARTS], "Contact us."])
    assert (f.questions, f.word_limit or None) == ([], None)


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_a_list_of_parts_written_elsewhere_asks_nothing_in_markdown(
    tmp_path: Path, lead_in: str
) -> None:
    items = "".join(f"- **{part}**: {what} ({length})\n" for part, what, length in PARTS)
    text = f"# {OPENING}\n\n## How to apply\n\n{PLEDGE}\n\n{lead_in}\n\n{items}"
    assert measure(tmp_path, "guide.md", text).questions == []


@pytest.mark.parametrize("lead_in", LEAD_INS[::2])
def test_a_table_of_parts_written_elsewhere_asks_nothing_in_markdown(
    tmp_path: Path, lead_in: str
) -> None:
    rows = "".join(f"| {' | '.join(row)} |\n" for row in PARTS)
    table = f"| {' | '.join(HEAD)} |\n|---|---|---|\n{rows}"
    text = f"# {OPENING}\n\n## How to apply\n\n{lead_in}\n\n{table}"
    assert measure(tmp_path, "guide.md", text).questions == []


@pytest.mark.parametrize("lead_in", LEAD_INS[1::2])
def test_parts_written_elsewhere_ask_nothing_in_html_and_text(tmp_path: Path, lead_in: str) -> None:
    items = "".join(f"<li>{what} ({length})</li>" for _, what, length in PARTS)
    html = f"<html><body><h1>{OPENING}</h1><p>{lead_in}</p><ul>{items}</ul></body></html>"
    assert measure(tmp_path, "guide.html", html).questions == []
    lines = "\n".join(f"{n}. {what} ({length})" for n, (_, what, length) in enumerate(PARTS, 1))
    text = f"{OPENING.upper()}\n\n{lead_in}\n\n{lines}\n"
    assert measure(tmp_path, "guide.txt", text).questions == []


# near misses: the same table with an empty answer column (a form to fill in), or a form
# answered in a reply that speaks of itself or names a page of its own, keeps its questions
def test_a_forms_question_table_with_answer_cells_still_asks_in_word(tmp_path: Path) -> None:
    rows = [[*row[1:], ""] for row in PARTS]
    for lead_in in LEAD_INS[:3]:
        f = _docx(tmp_path, [OPENING, lead_in, [["Question", "Limit", "Your answer"], *rows]])
        assert [q.word_limit for q in f.questions] == [300, 200, 150], lead_in


REPLIES = [
    "Please reply to this email with your answers. This form then asks you about:",
    "Answer these in your reply (the guidance is on page 2 of our leaflet):",
]


@pytest.mark.parametrize("lead_in", REPLIES)
def test_a_form_answered_in_a_reply_keeps_its_questions(tmp_path: Path, lead_in: str) -> None:
    asked = [
        "1. What will you do, and why does your neighbourhood need it? (up to 300 words)",
        "2. How have local people shown they back the idea? (up to 200 words)",
    ]
    text = "Subject: Small grants 2027\n\nDear group,\n\n" + lead_in + "\n\n" + "\n\n".join(asked)
    f = measure(tmp_path, "email.txt", text + "\n\nThank you.\n")
    assert [q.word_limit for q in f.questions] == [300, 200]
