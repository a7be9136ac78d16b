"""Session 12 (acc12d): reading causes found on sets 31 and 33, each shown on small documents of
the test's own, in several wordings and more than one format where the cause is not one
format's, never the labelled corpus's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer

# A form builder's word counter under a box, in the item's wrapper, after a hidden label of
# its own (Wufoo: '<label class="hide">Range</label>Maximum allowed: 200 words. Currently
# Used: 0 words.'): the box's limit. Its spam trap ("Do Not Fill This Out") is no question.
COUNTERS = [
    ("Maximum allowed: {n} words. Currently Used: 0 words.", "hide"),
    ("Must be between 20 and {n} words. Currently Used: 0 words.", "hide"),
    ("Maximum allowed: {n} words.", "hidden"),
]


@pytest.mark.parametrize("counter, hidden", COUNTERS)
def test_a_builders_counter_after_its_hidden_label_is_the_boxs_limit(
    tmp_path: Path, counter: str, hidden: str
) -> None:
    parts = ["<html><body><form><ul>"]
    for n, (label, most) in enumerate([("Tell us about your group.", 200), ("Your idea?", 300)]):
        parts.append(
            f'<li><label class="desc" for="F{n}">{label}</label>'
            f'<div><textarea id="F{n}" name="F{n}"></textarea></div>'
            f'<div class="rangeinstruct"><label class="{hidden}">Range</label>'
            f"{counter.format(n=most)}</div></li>"
        )
    parts.append('<li class="hide"><label for="comment">Do Not Fill This Out</label>')
    parts.append('<textarea name="comment" id="comment"></textarea></li></ul></form></body></html>')
    f = measure(tmp_path, "form.html", "".join(parts))
    assert [q.word_limit for q in f.questions] == [200, 300]


# A numbered list of documents to send may give a document's length ("a risk assessment: our
# one-page template is fine", "a CV, two pages at most"): the item names a document, asks for
# no answer, and its length is the document's, not a question's limit.
DOCUMENTS = [
    (
        "Everyone must attach:",
        "a simple risk assessment for the event. Our one-page template is fine;",
    ),
    ("Please send us:", "a CV for the lead artist, no more than two pages;"),
    ("With your form, include:", "a budget for the project on one side of A4;"),
]


@pytest.mark.parametrize("lead, item", DOCUMENTS)
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_numbered_document_to_send_with_its_length_is_no_question(
    tmp_path: Path, lead: str, item: str, fmt: str
) -> None:
    rule = "_" * 40
    text = (
        "Application form\n\n1. Tell us about your group. (Up to 200 words)\n\n"
        f"{rule}\n\n{rule}\n\n2. What will you do with the grant? (Up to 300 words)\n\n"
        f"{rule}\n\n{rule}\n\nWhat to send\n\n{lead}\n\n1. {item}\n"
        "2. a copy of your latest accounts.\n"
    )
    f = measure(tmp_path, f"form.{fmt}", text)
    assert [q.word_limit for q in f.questions] == [200, 300]


# A box drawn in plain text has its top and bottom edges drawn alike; two unlike rules with a
# blank between (a digest's "=====" closing one message, "-----" opening the next) are
# separators, and the blank between them is no room to write under the words above.
UNLIKE = [("=" * 65, "-" * 30), ("-" * 70, "=" * 70), ("-" * 60, "-" * 20)]


@pytest.mark.parametrize("end, start", UNLIKE)
def test_a_blank_between_two_unlike_rules_is_no_box(tmp_path: Path, end: str, start: str) -> None:
    text = (
        "Small grants form\n\n1. What will you do? (max 200 words)\n\n"
        + "." * 60
        + "\n"
        + "." * 60
        + "\n\n"
        "Send it to: Sam Jones, Parish Clerk, Ashby Parish Council, Village Hall,\n"
        "Ashby AB1 2CD, or by email to\nclerk@ashby-pc.example.org\n"
        f"{end}\n\n{start}\n\nDate: Mon, 18 Jan 2027\nFrom: a member\n\nHello all.\n"
    )
    f = measure(tmp_path, "digest.txt", text)
    assert [q.word_limit for q in f.questions] == [200]


# A label ending in the amount it asks for ("Other sources of money, and amounts:") names
# values, sums of money, however the line under it is drawn: a field, not a question.
AMOUNTS = [
    "12. Other sources of money, and amounts:",
    "12. Other funders you have applied to, and the amounts:",
    "12. Match funding already secured - source and amount:",
]


@pytest.mark.parametrize("label", AMOUNTS)
@pytest.mark.parametrize("fmt", ["txt", "md", "docx"])
def test_a_label_ending_in_the_amounts_it_asks_for_is_a_field(
    tmp_path: Path, label: str, fmt: str
) -> None:
    asked = "11. What will you do with the grant? (no more than 200 words)"
    if fmt == "docx":
        items: list[str | list[list[str]]] = ["Grant form", [[asked], [""], [label], [""]]]
        path = write_form_docx(tmp_path / "form.docx", items)
        f = Measurer().measure(path, "form.docx")[1]
    else:
        dots = "    " + "." * 70
        text = f"Grant form\n\n{asked}\n{dots}\n{dots}\n\n{label}\n{dots}\n"
        f = measure(tmp_path, f"form.{fmt}", text)
    assert [q.word_limit for q in f.questions] == [200]
    assert any("amount" in e.words for e in f.fields)


# A counter under a box whose own limit is known already (data-wordlimit="150", maxlength) is
# read with that box all the same: never a prompt whose limit the next question takes.
SAID_AGAIN = [
    ('data-wordlimit="150"', "0 / 150 words"),
    ('maxlength="900"', "0 of 900 characters"),
    ('data-maxwords="150"', "150 words remaining"),
]


@pytest.mark.parametrize("attribute, counter", SAID_AGAIN)
def test_a_counter_under_a_box_with_its_own_limit_is_read_with_that_box(
    tmp_path: Path, attribute: str, counter: str
) -> None:
    parts = [
        "<html><body><form><ul>",
        '<li class="item"><label>How will you make the event accessible?</label>',
        f"<div><textarea name=a {attribute}></textarea>",
        "<p>For example step-free routes or quiet spaces.</p>",
        f"<div>{counter}</div></div></li>",
        '<li class="item"><label>How will you keep people safe on the day?</label>',
        '<div><textarea name=b maxlength="1500"></textarea>',
        "<p>Include stewarding and first aid.</p></div></li>",
        "</ul></form></body></html>",
    ]
    f = measure(tmp_path, "form.html", "".join(parts))
    assert [q.word_limit for q in f.questions] == [150, 250]


# A note under a listed document excusing some applicants from it makes it one only the others
# send, however the note goes on: a bracket before its verb ("Clubs with the award (or a higher
# one) do not need to send it") or a number to give instead ("give your certificate number
# instead": a value, not a document of the note's own).
EXCUSED = [
    "Groups that hold the Gold Standard award (or a higher one) do not need to send it.",
    "Groups that hold the Gold Standard award do not need to send it; give the award "
    "certificate number instead.",
    "Clubs with Clubmark (or an equivalent) need not send it; give your policy number on the "
    "form instead.",
]


@pytest.mark.parametrize("note", EXCUSED)
@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
def test_a_document_some_applicants_are_excused_from_is_sent_by_some(
    tmp_path: Path, note: str, fmt: str
) -> None:
    items = ["Your constitution.", "Your latest accounts.", f"Your safeguarding policy. {note}"]
    if fmt == "docx":
        lines: list[str | list[list[str]]] = ["What to send", "Every applicant must send:"]
        path = write_form_docx(
            tmp_path / "g.docx", [*lines, *(f"{n}. {i}" for n, i in enumerate(items, 1))]
        )
        f = Measurer().measure(path, "g.docx")[1]
    else:
        body = "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
        f = measure(tmp_path, f"g.{fmt}", f"What to send\n\nEvery applicant must send:\n\n{body}\n")
    got = sorted((a.kind, a.conditional) for a in f.attachments)
    assert got == [("accounts", False), ("governing_document", False), ("policy", True)]
