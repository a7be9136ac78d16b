"""Attachments (acc21a, session 21): rules on a topic ("your rules on phones and photographs",
"the club's rules about photography") are a practice the group keeps, not its rules (a
governing document); "the rules of your club" and "your group's rules, signed by the chair"
still are. Small documents of the test's own in several wordings and formats (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["What to send", "Please send the following:", "- a copy of your constitution;"]

TOPICS = [
    (".txt", "- your rules on mobile phones and photographs at sessions;"),
    (".md", "- your club's rules about photography at matches;"),
    (".docx", "- your group rules around lone working;"),
    (".html", "- your rules covering the use of social media by volunteers;"),
]


@pytest.mark.parametrize("case", range(len(TOPICS)))
def test_rules_on_a_topic_are_no_governing_document(tmp_path: Path, case: int) -> None:
    suffix, item = TOPICS[case]
    sent, _ = kinds(written(tmp_path, suffix, [*HEAD, item]))
    assert sent == ["governing_document", "other"]


GOVERNING = [
    (".txt", "- the rules of your club, if you have no constitution;"),
    (".md", "- your group's rules, signed by the chair;"),
    # review21 F8: rules on how the group is run are its rules
    (".md", "- your club's rules on membership, meetings and how money is spent;"),
    (".docx", "- a copy of your set of rules covering membership and elections;"),
]


@pytest.mark.parametrize("case", range(len(GOVERNING)))
def test_a_groups_rules_are_still_its_governing_document(tmp_path: Path, case: int) -> None:
    suffix, item = GOVERNING[case]
    lines = ["What to send", "Please send the following:", "- your latest accounts;", item]
    sent, some = kinds(written(tmp_path, suffix, lines))
    assert "governing_document" in sent + some
