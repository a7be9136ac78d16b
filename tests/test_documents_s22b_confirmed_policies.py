"""A policy the form asks the applicant to confirm the group has (session 22, trial21 D10 (a)):
"Please confirm your group has a data protection policy." requires the policy, as "I confirm
that our group has ..." already did, and asks for nothing to be sent. Documents of the test's
own."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def _measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


@pytest.mark.parametrize(
    "said",
    [
        "Please confirm your group has a data protection policy.",
        "Please tick to confirm your group has a data protection policy: [ ]",
        "Tick to confirm that your organisation has a data protection policy. [ ]",
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_policy_confirmed_is_required_and_not_sent(
    tmp_path: Path, said: str, suffix: str
) -> None:
    f = _measured(write(tmp_path, f"form{suffix}", f"Declaration\n\n{said}\n"))
    assert [p.value for p in f.policies] == ["data_protection"]
    assert not f.attachments


def test_a_policy_to_send_is_still_sent(tmp_path: Path) -> None:
    """Near miss: a policy asked to be sent is an attachment, as before."""
    said = "Please send us a copy of your data protection policy."
    f = _measured(write(tmp_path, "form.txt", f"What to send\n\n{said}\n"))
    assert [a.policy for a in f.attachments] == ["data_protection"]
