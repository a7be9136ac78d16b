"""Plain text, Markdown and web pages: session 10's reading causes, each shown on small
documents of the test's own, never the labelled corpus (tests/forms).

A form that marks where to write only with a label line under each item ("Response:", "Your
answer:") has somewhere to write: a word about a portal in its footer does not make it guidance
listing another form's questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def _limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


# --- an answer label under each item is where to write -----------------------------------------

LABELLED = """{title}

1. {first} (no more than 300 words)
{marker}

2. {second} Maximum 150 words.
{marker}

{footer}
"""
PHRASINGS = [
    (
        "NEIGHBOURHOOD FUND: EXPRESSION OF INTEREST",
        "Tell us what your group would do with the money.",
        "Who in the village would take part?",
        "Response:",
        "Queries about this fund go through the portal's message page, not by phone.",
    ),
    (
        "Small Sports Grants - questions",
        "What equipment do you need, and why?",
        "How many young people will use it each week?",
        "Your response:",
        "Please submit this document through the grants portal by 30 June.",
    ),
    (
        "# Heritage Open Days grant",
        "Describe the building and what visitors will see.",
        "How will you tell people about the day?",
        "Answer:",
        "You will be asked for your bank details on the online portal after an award.",
    ),
]


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize("words", PHRASINGS)
def test_an_answer_label_under_each_item_is_somewhere_to_write(
    tmp_path: Path, fmt: str, words: tuple[str, str, str, str, str]
) -> None:
    title, first, second, marker, footer = words
    text = LABELLED.format(title=title, first=first, second=second, marker=marker, footer=footer)
    f = measure(tmp_path, f"form.{fmt}", text)
    assert _limits(f) == [300, 150]
