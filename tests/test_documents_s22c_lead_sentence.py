"""A paragraph of notes whose last sentence leads a list in (acc22c, session 22).

"Every group must have public liability insurance. We do not need your accounts. Please
enclose:" then the list: the last sentence leads the list in, as "Please enclose:" alone would,
though the notes before it name documents (insurance held, accounts refused); the items after it
are the list's, the conditional ones too ("- if food will be served, a food hygiene
certificate"). The notes are not the list's items: "We will look up your accounts on the Charity
Commission website. Please send:" sends no accounts. Small documents of the test's own, never
the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

ITEMS = [
    "- a copy of your constitution;",
    "- a letter from the venue manager agreeing to the event;",
    "- if food will be served to the public, a food hygiene certificate.",
]
LED = [
    (
        ["Part E: Documents"],
        "Every group must hold public liability insurance of at least £5 million. We do not"
        " need your accounts. Please enclose:",
    ),
    (
        [],
        "Your insurance certificate and accounts will be checked before we pay. With this form,"
        " please send us the following:",
    ),
    (
        ["Documents"],
        "We will look up your accounts on the Charity Commission website, so there is no need"
        " to send them. Please also send these:",
    ),
]
EXPECTED = (["governing_document", "other"], ["other"])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(LED)))
def test_last_sentence_leads_the_list_in(tmp_path: Path, suffix: str, case: int) -> None:
    headings, paragraph = LED[case]
    lines = ["Ward fund application", *headings, paragraph, *ITEMS]
    assert kinds(written(tmp_path, suffix, lines)) == EXPECTED


# the notes before the lead-in are no items: a document they name is not sent
def test_notes_name_no_item(tmp_path: Path) -> None:
    lines = [
        "Ward fund application",
        "Documents",
        "We will look up your accounts on the Charity Commission website. Please send:",
        "- a copy of your constitution",
    ]
    assert kinds(written(tmp_path, ".md", lines)) == (["governing_document"], [])


# near misses: a last sentence that points ahead but asks for nothing, and one naming a document
# itself, lead no list of documents
NEAR = [
    (
        [
            "Ward fund application",
            "Your group must hold public liability insurance. It must cover the following:",
            "- public events in the ward;",
            "- volunteers helping at them.",
        ],
        ([], []),
    ),
    (
        [
            "Ward fund application",
            "We do not need your accounts. Please send your constitution with this form:",
            "- a letter from your chair;",
        ],
        (["governing_document"], []),
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(NEAR)))
def test_no_list_led_in(tmp_path: Path, suffix: str, case: int) -> None:
    lines, expected = NEAR[case]
    assert kinds(written(tmp_path, suffix, lines)) == expected
