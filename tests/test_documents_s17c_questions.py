"""Questions and limits: session 17's reading causes, each shown on small documents of the
test's own (several wordings and layouts), never the labelled corpus (tests/forms).

A plain-text form whose sums and dates are set out in columns ("Total cost:        £____",
"Start date: ____      End date: ____") reads as a form laid out in two columns; a question
there with a blank line and then ruled lines under it has those lines for its answer, as on
paper: it is a question, not a one-line value's blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure

RULES = "_" * 66 + "\n"
DOTS = "." * 66 + "\n"

# the finance and dates lines that make a plain-text form look laid out in two columns
COLUMNS = """\
Start date: ________________      End date: ________________

Total cost of the project:                      £______________

Amount you are asking for:                      £______________

Other funding you have secured:                 £______________

Number of people taking part:                   ______________
"""


def _form(head: str, questions: list[str], rule: str, gap: str = "\n") -> str:
    body = "".join(f"{q}\n{gap}{rule * 4}\n" for q in questions)
    return f"{head}\n\nName of group: ______________________\n\n{body}{COLUMNS}"


# (a form, the limits its questions give): wordings of one layout
VARIANTS = [
    (
        _form(
            "COMMUNITY ARTS GRANT - APPLICATION FORM",
            [
                "1. Please describe your project and what it will achieve.\n"
                "   (No more than 300 words.)",
                "2. How will local people benefit, and how many do you expect\n"
                "   to take part? (No more than 200 words.)",
            ],
            RULES,
        ),
        [300, 200],
    ),
    (
        _form(
            "Village Hall Improvement Fund",
            [
                "Q1 Tell us what you want to buy or improve (maximum 250 words)",
                "Q2 Why is it needed now? (maximum 150 words)",
                "Q3 Who will look after it afterwards? (maximum 100 words)",
            ],
            DOTS,
        ),
        [250, 150, 100],
    ),
    (
        _form(
            "YOUTH ACTIVITIES SMALL GRANTS",
            [
                "(a) Explain what the young people will do.  Up to 200 words.",
                "(b) What difference will it make to them? Up to 100 words.",
            ],
            "    " + RULES,
            gap="\n\n",
        ),
        [200, 100],
    ),
]


@pytest.mark.parametrize(("text", "limits"), VARIANTS)
def test_ruled_lines_after_a_blank_under_a_question_are_its_box(
    tmp_path: Path, text: str, limits: list[int]
) -> None:
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == limits
    assert f.word_limit == sum(limits)


def test_a_value_over_a_blank_and_a_label_stays_a_field(tmp_path: Path) -> None:
    # near miss: a value's label over a blank line and then another label, not ruled lines
    text = _form("SMALL GRANTS", ["1. What will you do? (No more than 150 words.)"], RULES)
    text += "\nDate of your event\n\nVenue:                                   ______________\n"
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [150]


def test_a_heading_over_a_blank_and_ruled_lines_asks_nothing(tmp_path: Path) -> None:
    # near miss: a part's title in capitals, then a blank line, then a rule drawn under it
    text = _form("SMALL GRANTS", ["1. What will you do? (No more than 150 words.)"], RULES)
    text += "\nPART 4 - DECLARATION\n\n" + "_" * 40 + "\n\nSigned: ______________\n"
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [150]
