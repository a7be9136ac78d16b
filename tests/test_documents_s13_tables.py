"""Layouts of commissioning documents (session 13) that lost every question of a form: a
sourcing portal's answers typed as "Text" alone, and tables of questions answered on separate
sheets. Each rule is shown on small documents of the test's own, in several wordings and
formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def _counted(f: DocumentFacts) -> tuple[int, list[int | None], int]:
    return len(f.questions), [q.word_limit for q in f.questions], len(f.fields)


# -- an answer typed as "Text" alone ---------------------------------------------------------------

# A sourcing portal names every typed answer "Text", long or short; the limit written after it
# says which: "Max characters: 6000" is room for prose (the textarea under it), "Max characters:
# 100" a value's box, and "There is no character limit" an answer with no limit.

PORTAL_ROWS = [
    ("2.1 Delivery", "Describe how you will run the service.", "Max characters: 6000.", "ta"),
    ("2.2 Reach", "How will you reach people who do not use services now?", "{long}", "ta"),
    ("2.3 Partners", "Which organisations will you work with?", "{open}", "ta"),
    ("2.4 Name", "Name of your service manager.", "Max characters: 100.", "in"),
]


def _portal(kind: str, long: str, open_: str) -> str:
    rows = []
    for i, (title, ask, limit, box) in enumerate(PORTAL_ROWS, 1):
        said = limit.format(long=long, open=open_)
        control = f'<textarea id="q{i}"></textarea>' if box == "ta" else f'<input id="q{i}">'
        rows.append(
            f"<tr><td>* {title}</td><td>{ask} {kind}: Text. {said}</td><td>{control}</td></tr>"
        )
    head = "<tr><th>Question</th><th>Description</th><th>Response</th></tr>"
    page = f"<h1>Technical envelope</h1><table>{head}{''.join(rows)}</table>"
    return f"<html><body>{page}</body></html>"


@pytest.mark.parametrize("kind", ["Response type", "Answer type"])
@pytest.mark.parametrize(
    ("long", "open_"),
    [
        ("Max characters: 3000.", "There is no character limit for this question."),
        ("Maximum 500 words.", "No word limit."),
    ],
)
def test_a_portals_text_answer_with_room_for_prose_is_a_question(
    tmp_path: Path, kind: str, long: str, open_: str
) -> None:
    f = measure(tmp_path, "rfq.html", _portal(kind, long, open_))
    assert _counted(f) == (3, [1000, 500, None], 1)
    assert [q.open for q in f.questions] == [False, False, True]


@pytest.mark.parametrize("name", ["export.txt", "export.md"])
def test_a_portals_export_of_text_answers_counts_the_long_ones(tmp_path: Path, name: str) -> None:
    text = (
        "Technical envelope\n\n"
        "2.1 Describe how you will run the service.\nResponse type: Text. Max characters: 6000.\n\n"
        "2.2 How will you reach people who do not use services now?\n"
        "Response type: Text. Maximum 500 words.\n\n"
        "2.3 Name of your service manager.\nResponse type: Text. Max characters: 100.\n"
    )
    assert _counted(measure(tmp_path, name, text)) == (2, [1000, 500], 1)
