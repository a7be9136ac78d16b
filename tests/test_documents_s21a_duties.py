"""Attachments (acc21a, session 21): under a heading such as "What we need", a lead-in ending in
a bare "will:" ("The organisation we choose will:", "The provider will:") lists what the chosen
organisation will do, not documents to send; a lead-in that asks for documents ("You will
need:", "Every group will need to send:") still opens a list of them. Small documents of the
test's own in several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

SEND = ["How to quote", "Please send your safeguarding policy with your quote."]

DUTIES = [
    (
        ".txt",
        [
            "WHAT WE NEED",
            "The organisation we choose will:",
            "- recruit venues to the network and visit each one before it opens;",
            "- keep an up-to-date list of venues and opening times;",
            "- promote the network to residents.",
        ],
    ),
    (
        ".md",
        [
            "What we need from you",
            "The provider will:",
            "- run two sessions a week in term time;",
            "- keep a register of everyone who comes;",
            "- produce a short summary of feedback each term.",
        ],
    ),
    (
        ".docx",
        [
            "What we need",
            "The successful organisation will:",
            "- deliver twelve workshops for carers;",
            "- arrange transport for anyone who needs it.",
        ],
    ),
    (
        ".html",
        [
            "What we need",
            "Each partner will:",
            "- host a drop-in once a month;",
            "- share information about the project with its members.",
        ],
    ),
]


@pytest.mark.parametrize("case", range(len(DUTIES)))
def test_what_the_chosen_organisation_will_do_is_no_document(tmp_path: Path, case: int) -> None:
    suffix, lines = DUTIES[case]
    assert kinds(written(tmp_path, suffix, [*lines, *SEND])) == (["policy"], [])


NEEDED = [
    (".txt", "You will need:"),
    (".md", "Every group will need to send:"),
    (".docx", "Please make sure you will have:"),
]


@pytest.mark.parametrize("case", range(len(NEEDED)))
def test_a_lead_in_asking_for_documents_still_opens_their_list(tmp_path: Path, case: int) -> None:
    suffix, lead = NEEDED[case]
    lines = ["What we need", lead, "- a site plan;", "- a letter from the venue."]
    assert kinds(written(tmp_path, suffix, lines)) == (["other", "other"], [])
