"""Attachments (acc21a, session 21): "lease" as a verb ("a letter from the owner saying they are
willing to sell or lease the site to you") names what the owner will do, not a second document
beside the letter; "your lease" is still one. Small documents of the test's own in several
wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["Documents to send", "Please send all of the following with your form:"]

# the owner's letter saying the owner will lease: one document
VERBS = [
    (".txt", "- a letter from the owner saying they are willing to sell or lease the site to you;"),
    (".docx", "- written permission from the landowner, who must agree to lease the land to you;"),
    (".md", "- a letter from your landlord confirming that they will lease you the space;"),
    (".html", "- a letter from the owner saying they would lease it to your group for ten years;"),
    (".pdf", "- a letter from the landowner agreeing to lease the field to the club;"),
]


@pytest.mark.parametrize("case", range(len(VERBS)))
def test_lease_as_a_verb_names_no_second_document(tmp_path: Path, case: int) -> None:
    suffix, item = VERBS[case]
    lines = [*HEAD, "- a copy of your constitution;", item]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "other"], [])


# the lease itself, beside another document or alone: sent
NOUNS = [
    (".txt", "- a copy of your lease, and a letter from the landlord agreeing to the work;", 2),
    (".docx", "- your lease;", 1),
    (".md", "- the lease for the building and a site plan;", 2),
    # review21 F3: a relative clause after the lease, and an agreement to lease
    (".txt", "- the title deeds or lease your group holds for the building;", 1),
    (".docx", "- the signed agreement to lease the hall;", 1),
    (".md", "- the title deeds or lease the group holds;", 1),
]


@pytest.mark.parametrize("case", range(len(NOUNS)))
def test_a_lease_sent_is_still_a_document(tmp_path: Path, case: int) -> None:
    suffix, item, others = NOUNS[case]
    lines = [*HEAD, "- a copy of your constitution;", item]
    expected = sorted(["governing_document"] + ["other"] * others)
    assert kinds(written(tmp_path, suffix, lines)) == (expected, [])
