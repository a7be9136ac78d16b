"""Reading long runs in bounded time (review18's findings):
- a plain text printed in two columns is read column by column with each wrapped line joined to
  the line it runs on to (columns_text.py), once per line, not copied again for each part (a
  paragraph of n wrapped lines was quadratic: 140,000 lines 8.8 s of CPU);
- a sentence naming thousands of documents reads the first MOST_NAMED (attachments.py): each
  was weighed against every other and the words before it (20,000 names: minutes).

Each runs in a child process killed when it outlasts many times its linear cost (a bounded number
of steps, not a timing: linear, each takes a few seconds at most; quadratic, minutes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import bounded_child
from grantcheck.documents.columns_text import side_by_side

KILL_AFTER = 120.0  # seconds: linear, about 4 s of CPU; quadratic, 160 s (measured at 140,000)
# a paragraph's line, and beside it the right column's words, each line a new item (a paragraph
# running on beside a column of items is a page in two columns, not a table's rows)
LINE = " aaaa bbbb cccc dddd eeee    X y z"
RUN = (
    "from grantcheck.documents.columns_text import side_by_side\n"
    f"out = side_by_side([{LINE!r}] * 600_000, set())\n"
    "assert out is not None and len(out) < 10\n"
)


def test_wrapped_lines_are_joined_in_linear_time() -> None:
    bounded_child("-c", RUN, kill_after=KILL_AFTER)


def test_a_wrapped_paragraph_is_one_line_per_column() -> None:
    out = side_by_side([LINE] * 8, set())
    assert out == [
        (1, " aaaa bbbb cccc dddd eeee" + " aaaa bbbb cccc dddd eeee" * 7),
        (8, ""),
        (1, "X y z" + " X y z" * 7),
    ]


@pytest.mark.parametrize("named", ["your constitution, ", "your constitution (", "a quote and "])
def test_a_sentence_naming_thousands_of_documents_is_read_in_linear_time(
    tmp_path: Path, named: str
) -> None:
    """review18: each document a sentence names was weighed against every other and the words
    before it, so 20,000 names (380 kB, under the default limits) took minutes; only the first
    MOST_NAMED are read now (no council's sentence names more than a few dozen)."""
    (tmp_path / "form.txt").write_text(
        "Application form\n\nPlease send " + named * 20_000 + "\n", encoding="utf-8"
    )
    bounded_child(
        "-m", "grantcheck", "measure", "form.txt", "-f", "json", kill_after=KILL_AFTER, cwd=tmp_path
    )


# review19's F14: a fillable page of thousands of boxes and words (pdf_columns.gutter): each
# word looked at every box, each box at every line (9,000 boxes, 20,000 words: 26 s of CPU,
# hours within the default limits); now only the boxes just above a line, and lines by bisection
GUTTER = (
    "from grantcheck.documents.blocks import SPACE, Block\n"
    "from grantcheck.documents.pdf_columns import gutter\n"
    "box = Block(SPACE, '', ())\n"
    "widgets = [(800.0 - i * 0.08, 300.0, 790.0 - i * 0.08, box, 545.0) for i in range(9000)]\n"
    "widgets += [(700.0 - i * 20, 50.0, 690.0 - i * 20, box, 61.0) for i in range(3)]\n"
    "pieces = {row: [(300.0 + i % 200, 'a', 8.0) for i in range(80)] for row in range(500)}\n"
    "pieces.update({row: [(50.0, 'Name of group', 10.0)] for row in range(300, 305)})\n"
    "gutter(pieces, widgets, 595.0)\n"
)


def test_a_page_of_thousands_of_boxes_and_words_is_read_in_bounded_time() -> None:
    bounded_child("-c", GUTTER, kill_after=KILL_AFTER)
