"""Attachments (acc25a, session 25): two conditions the measurer did not read. "Only needed
for" a kind of work limits its document as "only if" does ("a lone working policy, only needed
for sessions run away from your base"), and "lease" after "you" is the tenant's act, not a
lease to send: "your landlord's written consent for the changes (if you lease the hall)"
is one document for some applicants, where the verb was read as a second document (the lease)
that took the condition from the consent. Small documents of the test's own in several formats
(never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
HEAD = ["What to send", "Please send us:", "- your most recent annual accounts;"]

LIMITED = [
    ("- a lone working policy, only needed for sessions run away from your base;", "policy"),
    ("- a risk assessment (required only for events on the water);", "other"),
    (
        "- your landlord's written consent for the changes (if you lease the hall);",
        "other",
    ),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(LIMITED)))
def test_the_condition_limits_the_one_document(tmp_path: Path, suffix: str, case: int) -> None:
    item, kind = LIMITED[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (["accounts"], [kind])


# near misses: a lease to send is still one, and a document needed for every session is
# everyone's
EVERYONE = [
    ("- a copy of your lease;", "other"),
    ("- a risk assessment, needed for every session;", "other"),
    ("- a lone working policy;", "policy"),
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(EVERYONE)))
def test_the_document_without_a_condition_is_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    item, kind = EVERYONE[case]
    assert kinds(written(tmp_path, suffix, [*HEAD, item])) == (sorted(["accounts", kind]), [])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_lease_sent_by_those_who_do_not_own_is_conditional(tmp_path: Path, suffix: str) -> None:
    lines = [*HEAD, "- your lease, if you do not own the building;"]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts"], ["other"])
