"""Measuring never fails on a form assembled from the lines real forms hold: tick boxes,
dot leaders, rules, numbering, limits, conditions, checklists, bidi and odd spaces, in
every order and in text, Markdown, HTML and Word. Two such documents raised IndexError
(an internal error, exit 3) before: a tick box alone on a PDF's line after an open
condition, and four dots alone in a Word paragraph. Derandomised, so CI sees the same
documents every run; HYPOTHESIS_PROFILE=deep searches further."""

from __future__ import annotations

import html
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

import strategies  # noqa: F401  (registers and loads the ci or deep profile)
from documents import write_docx, write_pdf
from grantcheck.documents import Measurer

LINES = [
    *("[  ]", "[x]", "☐", "☐ ☐", "•", "-", "*", "**", "|", "| |", "+---+", "|   |   |"),
    *("___", "....", ". . . .", "…", "Browse…", ":", "?", "(a)", "1.", "1.1", "Q1.", "A1."),
    *("Your answer", "Yes / No", "Yes ☐ No ☐", "(max 250 words)", "Maximum 500 characters"),
    *("Max pages: 0.5", "Half a side of A4", "No limit", "Consortium bids only", "If applicable"),
    *("Please attach a copy of your constitution", "Your latest accounts", "a bank statement"),
    *("If you work with children, you must send your safeguarding policy", "If yes, attach your"),
    *("1. Describe how your project will help (max 250 words)", "What is your group called?"),
    *("Checklist: ☐ Constitution ☐ Accounts", "- [ ] We have a safeguarding policy", "N/A"),
    *("Public liability insurance of £5 million", "Match funding of 20% is required", "£"),
    *("Ref | Question | Weighting | Max pages", "| 1 | 250 words |", "|---|---|", "---", "#"),
    *("\u00a0", "\u200b", "\t", "", "\u202e", "مرحبا", "e\u0301", "Word count: 0/250", "Date"),
]
DOCUMENT = st.lists(st.lists(st.sampled_from(LINES), min_size=1, max_size=3), max_size=30).map(
    lambda lines: [" ".join(words) for words in lines]
)


def _measured(name: str, write) -> None:  # type: ignore[no-untyped-def]
    with TemporaryDirectory() as folder:
        path = Path(folder) / name
        write(path)
        Measurer().measure(path, name)  # (returning at all is the test)


@given(DOCUMENT, st.sampled_from(["form.txt", "form.md"]))
def test_text_and_markdown_forms_always_measure(lines: list[str], name: str) -> None:
    _measured(name, lambda p: p.write_text("\n".join(lines), encoding="utf-8"))


@given(DOCUMENT, st.lists(st.sampled_from(["p", "li", "label", "td", "legend"]), min_size=30))
def test_web_forms_always_measure(lines: list[str], tags: list[str]) -> None:
    body = "".join(
        f"<{t}>{html.escape(line)}</{t}>" + ("<textarea maxlength='300'></textarea>" * (i % 3 == 0))
        for i, (line, t) in enumerate(zip(lines, tags, strict=False))
    )
    page = f"<html><body><form><table><tr>{body}</tr></table></form></body></html>"
    _measured("form.html", lambda p: p.write_text(page, encoding="utf-8"))


@settings(max_examples=30)
@given(DOCUMENT, DOCUMENT)
def test_word_forms_always_measure(paragraphs: list[str], cells: list[str]) -> None:
    table = [cells[i : i + 2] for i in range(0, len(cells) - 1, 2)] or None
    _measured("form.docx", lambda p: write_docx(p, paragraphs, table))


@settings(max_examples=30)
@given(DOCUMENT)
def test_text_pdfs_always_measure(lines: list[str]) -> None:
    # (the test PDFs are set in a standard font, in Latin-1: other characters become "?")
    latin = [line.encode("latin-1", "replace").decode("latin-1") for line in lines]
    _measured("form.pdf", lambda p: write_pdf(p, [latin or [" "]]))
