"""Attachments (acc26a, session 26): a sentence asking for words, not a paper.

Under a heading of what to send, a sentence or item opening with what to write ("Tell us which
of your policies the project will follow", "Describe your safeguarding policy in the box in
section 4") asks for an answer in the form; the policy it names is not a document to send.
Before, every sentence of a documents section naming a kind counted it for every applicant.
One that also sends ("Tell us about it and send a copy of your policy") is read by its sending
words, as before. So is a part of the guidance named in a cross-reference ('See "Money and
insurance" above'): the kind in a quoted section title names the section, not a document.

Small documents of the test's own in several formats (never the labelled corpus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
HEAD = ["What to send", "Please send us:", "- a copy of your constitution"]

WRITTEN = [
    "- Tell us which of your policies the project will follow",
    "- Describe your safeguarding policy in the box in section 4",
    "Explain how your volunteer policy will apply to the new sessions.",
    "- Give details of the budget you have for the work so far",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(WRITTEN)))
def test_a_sentence_asking_for_words_sends_nothing(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, [*HEAD, WRITTEN[case]])
    assert kinds(path) == (["governing_document"], [])


# near misses: a sentence that also sends, a list's plain item, and "outline" naming a kind of
# permission or plan (review26 F6)
SENT = [
    "Tell us about your project and send a copy of your safeguarding policy.",
    "- your safeguarding policy (tell us in the form who your lead is)",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(SENT)))
def test_a_sentence_that_also_sends_still_sends(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, [*HEAD, SENT[case]])
    assert kinds(path) == (["governing_document", "policy"], [])


# -- a section's title quoted after "see" -------------------------------------------------------

REFERRED = [
    'No. See "Money and insurance" above.',
    "For the dates, see the section 'Budget and timetable' below.",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(REFERRED)))
def test_a_section_referred_to_is_no_document(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["What to send", "Please send us a copy of your constitution.", REFERRED[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# near miss: a document asked for beside a cross-reference
@pytest.mark.parametrize("suffix", FORMATS)
def test_a_document_asked_beside_a_reference_is_sent(tmp_path: Path, suffix: str) -> None:
    lines = [
        "What to send",
        "Please send us a copy of your constitution.",
        'Please also send your insurance certificate (see "Money" above).',
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["governing_document", "insurance_certificate"],
        [],
    )


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize(
    "item", ["- outline plans of the new building", "- outline planning permission for the hall"]
)
def test_outline_plans_are_a_document(tmp_path: Path, suffix: str, item: str) -> None:
    path = written(tmp_path, suffix, [*HEAD, item])
    assert kinds(path) == (["governing_document", "other"], [])
