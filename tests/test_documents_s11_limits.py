"""Questions said twice, limits written under the box, a portal's export and labels beside their
boxes: session 11's reading causes, each shown on small documents of the test's own (several
wordings, more than one format), never the labelled corpus (tests/forms).

A prompt beside its translation in one table row, or a form given whole in Welsh and again in
English, is each question once. A blank counter under a box ("Characters: 0 / 2,000") or a note
that opens with the limit ("Word limit: 200 | Pass / fail") is the box's limit, and help under a
counted box that says the limit again is that box's help, no new question. An export listing
each item's "Type:" alone reads as the form. A short label beside its box names a value, its
number aside; a printed question that says it has no limit is a question with no limit. A blank
between two rules of dashes in plain text is a box drawn there."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# (English, the same prompt in another language beside it): side by side in one table row
SIDE_BY_SIDE = [
    (
        "3.1 What will your group do with the grant? (up to 250 words)",
        "3.1 Co Twoja grupa zrobi z grantem? (do 250 słów)",
    ),
    (
        "3.2 Who will take part, and how will they hear about it? (up to 150 words)",
        "3.2 Kto weźmie udział i jak się o tym dowie? (do 150 słów)",
    ),
    (
        "3.3 What will be different when the project ends?",
        "3.3 Beth fydd yn wahanol pan ddaw'r prosiect i ben?",
    ),
]


def test_a_prompt_beside_its_translation_in_one_row_is_one_question(tmp_path: Path) -> None:
    items: list[str | list[list[str]]] = ["Part 3 / Część 3"]
    for english, other in SIDE_BY_SIDE:
        items.append([[english, other], ["", ""]])
    path = write_form_docx(tmp_path / "two.docx", items)
    f = Measurer().measure(path, "two.docx")[1]
    assert [(q.text[:3], q.word_limit) for q in f.questions] == [
        ("3.1", 250),
        ("3.2", 150),
        ("3.3", None),
    ]


WELSH = [
    "2.1 Disgrifiwch beth fydd eich grŵp yn ei wneud gyda'r grant. (dim mwy na 250 gair)",
    "2.2 Pwy fydd yn elwa o'r prosiect, a sut byddwch chi'n gwybod? (dim mwy na 150 gair)",
]
ENGLISH = [
    "2.1 Describe what your group will do with the grant. (no more than 250 words)",
    "2.2 Who will benefit from the project, and how will you know? (no more than 150 words)",
]


def _versions_docx(tmp_path: Path) -> DocumentFacts:
    items: list[str | list[list[str]]] = ["Llenwch un fersiwn yn unig / Complete one version only"]
    for prompt in WELSH + ENGLISH:
        items += [prompt, [[""]]]
    path = write_form_docx(tmp_path / "ffurflen.docx", items)
    return Measurer().measure(path, "ffurflen.docx")[1]


def _versions_markdown(tmp_path: Path) -> DocumentFacts:
    text = "# Ffurflen gais / Application form\n\n## Cymraeg\n\n"
    for prompt in WELSH:
        text += f"{prompt}\n\n| Ateb |\n|---|\n| |\n\n"
    text += "## English\n\n"
    for prompt in ENGLISH:
        text += f"{prompt}\n\n| Answer |\n|---|\n| |\n\n"
    return measure(tmp_path, "ffurflen.md", text)


@pytest.mark.parametrize("write", [_versions_docx, _versions_markdown])
def test_a_form_given_whole_in_welsh_and_in_english_counts_each_question_once(
    tmp_path: Path, write: object
) -> None:
    f = write(tmp_path)  # type: ignore[operator]
    assert [q.word_limit for q in f.questions] == [250, 150]
    assert f.word_limit == 400


def test_questions_numbered_alike_in_one_language_both_count(tmp_path: Path) -> None:
    """Part A and Part B both number from 1, with the same limit: two questions each."""
    items: list[str | list[list[str]]] = []
    for part, asks in (("A", "your club"), ("B", "your project")):
        items += [
            f"Part {part}",
            f"1. Tell us about {asks}. (up to 200 words)",
            [[""]],
            f"2. Who will benefit from {asks}? (up to 100 words)",
            [[""]],
        ]
    path = write_form_docx(tmp_path / "parts.docx", items)
    f = Measurer().measure(path, "parts.docx")[1]
    assert [q.word_limit for q in f.questions] == [200, 100, 200, 100]


# (the counter a blank form prints under each box, its limit in words): Word and Markdown
COUNTERS = [
    ("Characters: 0 / 1,200 (spaces count)", 200),
    ("Words: 0 of 250", 250),
    ("Characters 0/600", 100),
]


def test_a_blank_counter_under_each_box_is_its_limit(tmp_path: Path) -> None:
    items: list[str | list[list[str]]] = ["1.1 Project title", [[""]], "Characters: 0 / 80"]
    for n, (counter, _) in enumerate(COUNTERS, start=2):
        items += [f"1.{n} Tell us about part {n} of your plan.", [[""]], counter]
    path = write_form_docx(tmp_path / "counted.docx", items)
    f = Measurer().measure(path, "counted.docx")[1]
    assert [q.word_limit for q in f.questions] == [words for _, words in COUNTERS]
    assert [e.words for e in f.fields] == ["1.1 Project title"]  # (80 characters: a title)


def test_a_blank_counter_under_a_markdown_box_is_its_limit(tmp_path: Path) -> None:
    text = "".join(
        f"**2.{n} What will happen in stage {n}?**\n\n| |\n|---|\n| |\n\n{counter}\n\n"
        for n, (counter, _) in enumerate(COUNTERS, start=1)
    )
    f = measure(tmp_path, "counted.md", text)
    assert [q.word_limit for q in f.questions] == [words for _, words in COUNTERS]


# notes under the box that open with its limit, then say something else
NOTES_UNDER = [
    ("Word limit: 200   |   Pass / fail", 200),
    ("Limit: 1,500 characters including spaces (about 250 words)   |   Weighting: 20%", 250),
    ("Maximum 300 words. Scored out of 10 by two members of the panel.", 300),
]


def test_a_note_under_the_box_opening_with_its_limit_is_that_limit(tmp_path: Path) -> None:
    items: list[str | list[list[str]]] = []
    for n, (note, _) in enumerate(NOTES_UNDER, start=1):
        items.append([[f"4.{n}", f"How will you manage risk number {n}?"], ["", ""], [note, ""]])
    path = write_form_docx(tmp_path / "notes.docx", items)
    f = Measurer().measure(path, "notes.docx")[1]
    assert [q.word_limit for q in f.questions] == [words for _, words in NOTES_UNDER]


EXPORT = """\
NEIGHBOURHOOD GRANTS - QUESTION LIST (EXPORT)
{lead}

PART A - YOUR GROUP
[A1] Name of your group
     Type: Short text              Required: Yes
[A2] Type of group
     Type: Single choice           Required: Yes
     Options: Charity | Community group | Other

PART B - YOUR PLAN
[B1] What will you do with the grant?
     Type: Long text (max 300 words)        Required: Yes
     Scored: Yes - weight 40%
[B2] Why does your area need it?
     Type: Paragraph (max 1,200 characters) Required: Yes
     Panel note: local evidence scores well.
[B3] Is there anything else you would like to tell us?
     Type: Long text (no limit)    Required: No
     Displayed when: B2 is answered
"""


@pytest.mark.parametrize(
    "lead",
    [
        "",
        "These are the questions in the online form; apply there, not with this list.",
        "Exported from the grants system for applicants who want to draft offline.",
    ],
)
def test_an_exports_items_typed_as_type_alone_are_its_questions_and_fields(
    tmp_path: Path, lead: str
) -> None:
    f = measure(tmp_path, "export.txt", EXPORT.format(lead=lead))
    assert [(q.text[:4], q.word_limit, q.open) for q in f.questions] == [
        ("[B1]", 300, False),
        ("[B2]", 200, False),
        ("[B3]", None, True),
    ]
    assert len(f.fields) == 2


BUILDER_FIELD = """<div class="row"><label for="f{n}">{label}</label>
<textarea id="f{n}" maxlength="{chars}"></textarea>
<div class="counter">0 / {chars}</div>
<div class="help">{help}</div></div>
"""
HELPED = [
    ("Briefly describe your idea", 1500, "Up to 250 words (1,500 characters). What, where, who?"),
    ("Why is it needed?", 1200, "Maximum 200 words. How do you know? Give an example."),
    ("Who will run it?", 600, "100 words. Who will lead it and what will they do?"),
]


def test_help_under_a_counted_box_saying_its_limit_again_is_no_question(tmp_path: Path) -> None:
    fields = "".join(
        BUILDER_FIELD.format(n=n, label=label, chars=chars, help=help)
        for n, (label, chars, help) in enumerate(HELPED)
    )
    page = f"<html><body><main><form action='/apply'>{fields}</form></main></body></html>"
    f = measure(tmp_path, "eoi.html", page)
    assert [q.word_limit for q in f.questions] == [250, 200, 100]


def test_a_short_numbered_label_beside_its_box_asks_for_a_value(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "rows.docx",
        [
            [
                ["B1  Sessions held (November to March)", ""],
                ["B2  Visits (roughly)", ""],
                ["C3  Opening days and times", ""],
                ["4.2 Number of volunteers", ""],
                ["5. Please give any other information you think would support your bid.", ""],
            ]
        ],
    )
    f = Measurer().measure(path, "rows.docx")[1]
    assert [q.text[:2] for q in f.questions] == ["5."]
    assert len(f.fields) == 4


# questions printed with no box drawn (a portal's printable view), one saying it has no limit
PRINTED = [
    "What will the project do? (Max 1,200 characters)",
    "Who will take part, and how will they hear about it? (Max 600 characters)",
    "If we have funded you before, what did that grant achieve? (No word limit)",
    "About your page",
    "There is no word limit on the page itself, but pages of about 500 words do best.",
]


def test_a_printed_question_saying_it_has_no_limit_is_a_question(tmp_path: Path) -> None:
    f = measure(tmp_path, "printed.md", "\n\n".join(PRINTED) + "\n")
    assert [(q.word_limit, q.open) for q in f.questions] == [
        (200, False),
        (100, False),
        (None, True),
    ]


def test_a_printed_question_saying_it_has_no_limit_in_word(tmp_path: Path) -> None:
    asked = [f"{n}. {text}" for n, text in enumerate(PRINTED[:3], start=1)]
    path = write_form_docx(tmp_path / "printed.docx", [*asked, *PRINTED[3:]])
    f = Measurer().measure(path, "printed.docx")[1]
    assert [(q.word_limit, q.open) for q in f.questions] == [
        (200, False),
        (100, False),
        (None, True),
    ]


DASHED = """\
SMALL GRANTS - TEXT VERSION
Write your answers in the boxes. A box is the space between two lines of dashes.

Q1 What will your group do with the grant?
{edge}

{edge}
Q2 Who will come along, and how will you let them know?
{edge}


{edge}
Q3 What will tell you it went well?
{edge}

{edge}

About this form
{edge}
We read every application within four weeks.
"""


@pytest.mark.parametrize("edge", ["-" * 60, "=" * 40, "-" * 12])
def test_a_blank_between_two_rules_of_dashes_is_a_box_drawn_in_text(
    tmp_path: Path, edge: str
) -> None:
    f = measure(tmp_path, "text-version.txt", DASHED.format(edge=edge))
    assert [q.text[:2] for q in f.questions] == ["Q1", "Q2", "Q3"]
