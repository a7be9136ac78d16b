"""A list's number printed on a line of its own, apart from its item (acc23b, session 23): a
numbered list laid out with a hanging number, as a designed PDF's text or a text export gives it
("1" / "your latest accounts. If you are a charity, ...; if you are not, ...;" / "2" / "a budget
for the project;"). The number after an item that ends in ";" was joined to the item as a word
wrapped at the margin ("... are fine; 2"), so the next item had no number, was read as the first
item's next line, and took its condition ("if you are not, ...") as its own. A number alone on
a line starts an item, as a bullet alone on a line does. A number at a line's start that is a
word of the sentence ("2 written quotes") goes on with it as before. Small documents of the
test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct

LISTS = [
    [
        "Upload these documents with your application:",
        "1",
        "your latest annual report and accounts. If you are a registered charity, send the",
        "accounts as filed; if you are not, accounts approved by your committee are fine;",
        "2",
        "a budget for the project, showing what you have raised or applied for already;",
        "3",
        "your constitution or set of rules.",
    ],
    [
        "Please enclose the following with this form:",
        "1.",
        "your governing document, signed by two members of the committee, unless we have",
        "funded you before and it has not changed since then;",
        "2.",
        "your most recent accounts, which should be signed by your treasurer or chair;",
        "3.",
        "a budget for the project, showing each cost.",
    ],
    [
        "What you must send",
        "(1)",
        "a budget for the project, listing each thing you will buy and what it will cost, and",
        "what you will pay for yourselves (round each sum to the nearest pound)",
        "(2)",
        "your latest accounts, or a statement of your income and spending over the last year.",
        "(3)",
        "your group's constitution",
    ],
]
EVERY = ["accounts", "budget", "governing_document"]
# (the governing document "unless we have funded you before": first-time applicants')
EXPECTED = [(EVERY, []), (["accounts", "budget"], ["governing_document"]), (EVERY, [])]
# a number starting a line that is a word of the sentence goes on with it, as before
WRAPPED = [
    "Please send your latest accounts. For equipment costing more than £500, please send at least",
    "2 quotes from different suppliers.",
]
# a number alone on a line in the middle of a sentence (a narrow column, a hard-wrapped
# export) goes on with it: the line before ends no item (review23 F2)
MID_SENTENCE = [
    "Please send a copy of your constitution and your latest accounts. If you are buying",
    "equipment that costs more than £1,000, you must send",
    "3",
    "written quotes from different suppliers.",
]
# a page's number alone on its line, after a list's last item, numbers no item
PAGE_NUMBER = [
    "Please send these with your form:",
    "1",
    "your constitution, signed and dated by the chair or the secretary of the group;",
    "2",
    "your latest accounts, signed by your treasurer;",
    "7",
    "We will write to you within six weeks of the closing date to tell you our decision, and",
    "if you are offered a grant we will ask you for your bank details so that we can pay you.",
]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def text_file(path: Path, lines: list[str]) -> Path:
    """The lines as a plain-text export: one line each, as a PDF's text copied out."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def document(tmp_path: Path, suffix: str, lines: list[str]) -> Path:
    """The lines as a text PDF or a text file."""
    if suffix == ".pdf":
        return write_pdf(tmp_path / "guide.pdf", [["Small grants guidance", *lines]])
    return text_file(tmp_path / "guide.txt", ["Small grants guidance", "", *lines])


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
@pytest.mark.parametrize("case", range(len(LISTS)))
def test_a_number_alone_on_a_line_starts_an_item(tmp_path: Path, suffix: str, case: int) -> None:
    assert kinds(document(tmp_path, suffix, LISTS[case])) == EXPECTED[case]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_number_that_is_a_word_of_the_sentence_goes_on(tmp_path: Path, suffix: str) -> None:
    path = document(tmp_path, suffix, WRAPPED)
    assert kinds(path) == (["accounts"], ["quotes"])


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_number_in_the_middle_of_a_sentence_goes_on(tmp_path: Path, suffix: str) -> None:
    path = document(tmp_path, suffix, MID_SENTENCE)
    assert kinds(path) == (["accounts", "governing_document"], ["quotes"])


@pytest.mark.parametrize("suffix", [".pdf"])
def test_a_page_number_after_a_list_numbers_no_item(tmp_path: Path, suffix: str) -> None:
    path = document(tmp_path, suffix, PAGE_NUMBER)
    assert kinds(path) == (["accounts", "governing_document"], [])
