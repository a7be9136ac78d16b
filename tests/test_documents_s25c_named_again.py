"""Attachments (acc25c, session 25): one document named twice is one. A document the documents
list asks of some, named again in a later sentence (a question's answer, a note) with no word
saying every applicant sends it, stays asked of some; two names of certificates joined by "or"
are alternatives, one document; "X as your Y" is one document, named by what it stands as.
Near misses that must not change: a sentence saying every applicant sends it, a document the
list asks of everyone, two different documents of no known kind, "as well as" and "and" joining
two documents. Small documents of the test's own in several formats (never the labelled
corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.total import combine
from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
LIST = ["What to send", "Please send us:", "- your latest accounts;"]
ASKED_AGAIN = [
    (
        "- if you rent your hall: written consent from the owner for the alterations.",
        "Yes, but please send the owner's written consent with your form.",
        "other",
    ),
    (
        "- if you are buying a trailer: two written quotes from different sellers.",
        "Please send two written quotes as you would for a new trailer.",
        "quotes",
    ),
    (
        "- if volunteers will visit people at home: your lone working policy.",
        "Please send your lone working policy with the form.",
        "policy",
    ),
]
QUESTIONS = ["Common questions", "Can we apply if our hall is rented?"]


def _doc(item: str, again: str) -> list[str]:
    return [*LIST, item, *QUESTIONS, again]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(ASKED_AGAIN)))
def test_a_listed_documents_condition_holds_where_it_is_named_again(
    tmp_path: Path, suffix: str, case: int
) -> None:
    item, again, kind = ASKED_AGAIN[case]
    assert kinds(written(tmp_path, suffix, _doc(item, again))) == (["accounts"], [kind])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_sentence_saying_every_applicant_sends_it_makes_it_everyones(
    tmp_path: Path, suffix: str
) -> None:
    item = "- if you rent your hall: a letter from the owner agreeing to the alterations."
    again = "Every applicant must send a letter from the owner agreeing to the alterations."
    assert kinds(written(tmp_path, suffix, _doc(item, again))) == (["accounts", "other"], [])


# a sentence asking for it in its own right (review25 F1): everyone's all the same
INSISTING = [
    (
        "- a budget, for projects over £8,000;",
        "Please include a budget showing every cost; we cannot assess a bid without one.",
        "budget",
    ),
    (
        "- two quotes for any single purchase over £750;",
        "You must also send a quote for each thing you want us to buy.",
        "quotes",
    ),
    (
        "- if you work with children: your safeguarding policy;",
        "You must send your safeguarding policy with this form.",
        "policy",
    ),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(INSISTING)))
def test_a_sentence_insisting_on_it_makes_it_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    item, again, kind = INSISTING[case]
    assert kinds(written(tmp_path, suffix, _doc(item, again))) == (sorted(["accounts", kind]), [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_what_the_listed_document_must_say_is_no_ask(tmp_path: Path, suffix: str) -> None:
    item = "- if you work with children: your safeguarding policy;"
    again = "Your safeguarding policy must name the person who leads on safeguarding."
    assert kinds(written(tmp_path, suffix, _doc(item, again))) == (["accounts"], ["policy"])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_document_the_list_asks_of_everyone_stays_everyones(tmp_path: Path, suffix: str) -> None:
    item = "- two written quotes from different sellers."
    again = "If you are buying a trailer, please send two written quotes."
    assert kinds(written(tmp_path, suffix, _doc(item, again))) == (["accounts", "quotes"], [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_another_document_of_no_known_kind_is_not_the_listed_one(
    tmp_path: Path, suffix: str
) -> None:
    item = "- if you will hold a public event: a risk assessment for it."
    again = "Please also send a site plan showing where the benches will go."
    assert kinds(written(tmp_path, suffix, _doc(item, again))) == (
        ["accounts", "other"],
        ["other"],
    )


CERTIFICATES = [
    ("- the pavilion's Energy Performance Certificate or Display Energy Certificate;", 1),
    ("- your gas safety certificate or your electrical installation certificate;", 1),
    ("- your gas safety certificate and your electrical installation certificate;", 2),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(CERTIFICATES)))
def test_certificates_named_as_alternatives_are_one_document(
    tmp_path: Path, suffix: str, case: int
) -> None:
    item, count = CERTIFICATES[case]
    path = written(tmp_path, suffix, [*LIST, item])
    assert kinds(path) == (sorted(["accounts", *["other"] * count]), [])


SENT_AS = [
    ("- the diocese's written permission as your landlord's permission;", 1),
    ("- your risk assessment as well as your site plan;", 2),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(SENT_AS)))
def test_one_document_sent_as_another_is_one(tmp_path: Path, suffix: str, case: int) -> None:
    item, count = SENT_AS[case]
    path = written(tmp_path, suffix, [*LIST, item])
    assert kinds(path) == (sorted(["accounts", *["other"] * count]), [])


# -- an upload's help giving examples of what goes in it is that upload's one document ---------

UPLOAD = (
    '<html><body><main><h2>Documents</h2><div class="form-item"><label for="f1">Your '
    'constitution</label><input type="file" id="f1" required></div><div class="form-item">'
    '<label for="f2">Proof that your coaches are qualified</label><input type="file" id="f2" '
    'required><div class="description">{help}<br>10 MB limit.<br>Allowed types: pdf.</div></div>'
    "</main></body></html>"
)
HELP = [
    ("For example each coach's first aid certificate or a letter from the governing body.", 1),
    ("E.g. each coach's first aid certificate or a letter from the governing body.", 1),
    ("Please also upload a risk assessment for your sessions.", 2),  # (another document)
    # (another way to send this one, not another document)
    ("For example each coach's first aid certificate. You may also send these by email.", 1),
]


@pytest.mark.parametrize("suffix", [".html", ".htm"])
@pytest.mark.parametrize("case", range(len(HELP)))
def test_an_uploads_examples_are_its_own_document(tmp_path: Path, suffix: str, case: int) -> None:
    text, count = HELP[case]
    path = tmp_path / f"form{suffix}"
    path.write_text(UPLOAD.format(help=text), encoding="utf-8")
    assert kinds(path) == (sorted(["governing_document", *["other"] * count]), [])


# -- a form and its notes naming one document of no known kind in other words: once ------------

TWO_PLACES = [
    (
        "- a letter from the hall confirming your booking;",
        "- a letter from the hall confirming the date and your booking;",
        1,
    ),
    (
        "- a letter from your landlord agreeing to the work;",
        "- a letter from the hall confirming your booking;",
        2,
    ),
]


@pytest.mark.parametrize("suffixes", [(".docx", ".md"), (".txt", ".html"), (".pdf", ".txt")])
@pytest.mark.parametrize("case", range(len(TWO_PLACES)))
def test_a_form_and_its_notes_naming_one_document_count_it_once(
    tmp_path: Path, suffixes: tuple[str, str], case: int
) -> None:
    in_form, in_notes, count = TWO_PLACES[case]
    paths = []
    for n, (suffix, item) in enumerate(zip(suffixes, (in_form, in_notes), strict=True)):
        folder = tmp_path / str(n)
        folder.mkdir()
        paths.append(written(folder, suffix, [*LIST, item]))
    m = Measurer()
    total = combine([m.measure(p, p.name)[1] for p in paths])
    others = [a for a in total.attachments if a.kind == "other"]
    assert (len(others), total.conditional_attachments) == (count, [])


# a general box's examples are what may go in it, never its one document (review25, LOW)
GENERAL_BOX = (
    '<html><body><main><h2>Documents</h2><div class="govuk-form-group"><label class="govuk-label"'
    ' for="f0">Governing document *</label><div class="govuk-hint" id="f0-hint">Your rules or'
    ' trust deed.</div><input class="govuk-file-upload" id="f0" type="file"></div>'
    '<div class="govuk-form-group"><label class="govuk-label" for="f1">{label} *</label>'
    '<div class="govuk-hint" id="f1-hint">{help}</div><input class="govuk-file-upload" id="f1"'
    ' type="file"></div></main></body></html>'
)


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_a_general_boxs_examples_are_not_its_documents(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"form{suffix}"
    text = "For example your annual accounts or your equality policy."
    path.write_text(GENERAL_BOX.format(label="Supporting documents", help=text), "utf-8")
    assert kinds(path) == (["governing_document"], [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_two_items_of_one_list_sharing_words_are_two(tmp_path: Path, suffix: str) -> None:
    """review25 F3: a list names each of its documents once."""
    items = ["- a site plan;", "- a site location plan;"]
    assert kinds(written(tmp_path, suffix, [*LIST, *items])) == (["accounts", "other", "other"], [])
