"""Attachments (acc23a, session 23): documents the closed list does not name, asked for by what
they record, show or prove: the minutes of a meeting, photographs or drawings of a place, proof or
evidence of a standing ("proof of address", "evidence of your registration", "evidence that your
tutors are qualified") are each a document (`other`). The same words doing another job (time in
minutes, photographs the funder takes, evidence of need written in an answer, a document of a
known kind the proof names) are not. Small documents of the test's own in several wordings and
formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["What to send", "Please send these with your application form:"]
FORMATS = [".txt", ".docx", ".html", ".md", ".pdf"]

LISTED = [
    "- the minutes of your last annual general meeting;",
    "- The signed minutes of the committee or trustee meeting that approved this application",
    "- Photographs of the hall as it is now, inside and out",
    "- drawings or plans of the building showing the changes you want to make",
    "- Proof of address for your treasurer, such as a utility bill from the last three months",
    "- evidence that your coaches are qualified to lead sessions",
    "- Evidence of your registration with the Office of the Regulator",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(LISTED)))
def test_a_record_or_proof_is_a_document(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*HEAD, "- a copy of your constitution;", LISTED[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "other"], [])


# the proof names a document of a known kind: that kind, once
KNOWN = [
    ("- evidence of enhanced DBS checks for every volunteer;", "dbs_check"),
    ("- proof of insurance, such as your public liability certificate;", "insurance_certificate"),
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(KNOWN)))
def test_a_proof_of_a_known_kind(tmp_path: Path, suffix: str, case: int) -> None:
    item, kind = KNOWN[case]
    lines = [*HEAD, "- a copy of your constitution;", item]
    assert kinds(written(tmp_path, suffix, lines)) == (sorted(["governing_document", kind]), [])


# the same words asking for nothing: time, the funder's photographs and minutes, evidence written
# into an answer
NOTHING = [
    "The panel meets within 30 minutes of the end of the public meeting.",
    "Photographs of funded projects may be used in our annual report and on our website.",
    "You can read the minutes of our grants panel meetings on the council's website.",
    "In your answer to question 4, please give evidence of the need for your project.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("case", range(len(NOTHING)))
def test_words_that_ask_for_no_record(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["How to apply", "Send us a copy of your constitution.", NOTHING[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# asked in prose, for some applicants
@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_photographs_some_send(tmp_path: Path, suffix: str) -> None:
    lines = [
        "How to apply",
        "Send us a copy of your constitution.",
        "If the grant is for building work, please also send photographs of the building as it is"
        " now.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], ["other"])


# review23 F7: the funder's minutes, its photographs and plans it offers ask for nothing
KEPT = [
    "Applications are decided by the Grants Panel. The minutes of the panel meeting are"
    " published on our website.",
    "We may take photographs of your project site for our newsletter and website.",
    "Plans of the building are available from the council's property team if you need them.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(KEPT)))
def test_the_funders_records(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        "What to send",
        "Please send a copy of your constitution and your latest accounts.",
        "About the fund",
        KEPT[case],
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])
