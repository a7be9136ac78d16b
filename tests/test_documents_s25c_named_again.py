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
