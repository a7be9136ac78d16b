"""Session 20 (trial19 N3, trial20 still there): a numbered item stating a limit "in total" over
its lettered parts. tests/forms/README.md: "sub-questions (a), (b) count separately only when
each has its own answer space or limit ... and as one when they share a box". "1. About your
project (300 words in total)" over "(a)", "(b)" and one ruled box was read as a limit shared to
the end of the form: item 2's own 100 words were taken from it, and "(b) Who will take part?"
alone was the question, with 200 words ("shared by 1 question"). With no box at all the item
was lost. Now the item is one question with its 300 words, unless its parts have boxes of their
own: then they share its 300, and nothing after them does."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure

RULE = "____________________________________________"
ITEM = "# Form\n\n1. About your project (300 words in total)\n\n(a) What will you do?\n\n"


@pytest.mark.parametrize(
    "form,want",
    [
        (  # one ruled box under both parts: one question, the item, 300 (trial19 sub3.md)
            ITEM + f"(b) Who will take part?\n\n{RULE}\n\n{RULE}\n\n"
            f"2. Describe your group (100 words)\n\n{RULE}\n",
            [("1. About your project (300 words in total)", 300), ("2. Describe", 100)],
        ),
        (  # no box at all: the item is a question by its limit (trial19 sub.md, want 3 / 450)
            ITEM + "(b) Who will take part?\n\n2. About your group\n\n"
            "(a) What does your group do? (100 words)\n\n(b) How long have you run? (50 words)\n",
            [("1. About your project (300 words in total)", 300), ("(a) What", 100), ("(b)", 50)],
        ),
        (  # a note between the item and its parts, each part with its own box: still theirs
            ITEM.replace("(a) What", "Answer both parts below.\n\n(a) What")
            + f"{RULE}\n\n(b) Who will take part?\n\n{RULE}\n\n"
            f"2. Describe your group (100 words)\n\n{RULE}\n",
            [("(a) What will you do?", 150), ("(b) Who will take part?", 150), ("2. Desc", 100)],
        ),
        (  # each part its own box: they share the item's 300, not item 2's
            ITEM + f"{RULE}\n\n(b) Who will take part?\n\n{RULE}\n\n"
            f"2. Describe your group (100 words)\n\n{RULE}\n",
            [("(a) What will you do?", 150), ("(b) Who will take part?", 150), ("2. Desc", 100)],
        ),
    ],
)
def test_an_item_s_limit_in_total_is_its_own_and_its_parts(
    tmp_path: Path, form: str, want: list[tuple[str, int]]
) -> None:
    facts = measure(tmp_path, "f.md", form)
    got = [(q.text, q.word_limit) for q in facts.questions]
    assert len(got) == len(want), got
    assert all(t.startswith(w) and n == m for (t, n), (w, m) in zip(got, want, strict=True)), got
