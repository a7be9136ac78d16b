"""House 10: product findings left open after session 9 (closing-s9.md, "Noticed and left
alone"): diff and harder accounts, a readable form beside an unreadable one, init's
placeholders, a PDF over its decompression budget, init --interactive and form documents,
and the same guidance published twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

EASY = (
    "Send your latest annual accounts or, if you do not produce accounts, your last three "
    "bank statements.\n"
)


def _version(folder: Path, form_words: str, stated_limit: int, notes: str = EASY) -> None:
    """A scheme and its two documents, in a folder of its own (one version of the scheme)."""
    write(
        folder,
        "form.md",
        "# Application form\n\n1. Describe your project (max 300 words)\n\n"
        "______________________________\n\n## Documents to send\n\n" + form_words,
    )
    write(folder, "notes.md", "# Guidance notes\n\n" + notes)
    write(
        folder,
        "s.yaml",
        MINIMAL + "id: fund\napplication:\n  guidance:\n    documents: [notes.md]\n"
        f"  form:\n    documents: [form.md]\n    word_limit: {stated_limit}\n",
    )


@pytest.mark.parametrize(
    ("harder", "level"),
    [
        ("Please send your audited accounts for the last financial year.\n", "audited accounts"),
        (
            "All groups must send a copy of their accounts, independently examined or audited.\n",
            "independently examined accounts",
        ),
        ("- Audited accounts for your last financial year\n", "audited accounts"),
    ],
)
def test_diff_never_calls_a_form_asking_harder_accounts_less_onerous(
    project: Path, harder: str, level: str
) -> None:
    """Trial S9 F2 in diff: v2's form demands audited accounts while its guidance still
    accepts bank statements (the rules read the easiest), and a stated word limit is
    corrected: diff said "Less onerous: 1 finding fixed". The accounts asked are ranked in
    their burden order, and a rise is never less onerous."""
    _version(project / "v1", EASY, 200)  # the stated limit is wrong: GC002
    _version(project / "v2", harder, 300)  # corrected, and the form asks harder accounts
    out = run("diff", "v1/s.yaml", "v2/s.yaml", cwd=project).stdout
    verdict = " ".join(out.split())
    assert "Less onerous" not in verdict and "Mixed:" in verdict, out
    assert f"rose from bank statements to {level}" in verdict
    assert "(worse)" in out
    data = json.loads(run("diff", "v1/s.yaml", "v2/s.yaml", "-f", "json", cwd=project).stdout)
    (scheme,) = data["schemes"]
    asked = [c for c in scheme["metrics"] if c["metric"] == "eligibility.accounts_asked"]
    assert asked and asked[0]["direction"] == "worse", scheme["metrics"]
    # no finding fixed: the rise alone is more onerous, never "no change"
    _version(project / "v3", harder, 200)
    verdict = " ".join(run("diff", "v1/s.yaml", "v3/s.yaml", cwd=project).stdout.split())
    assert "More onerous: no finding added, but the accounts asked for rose" in verdict
    # and the way back is better, not a rise
    back = " ".join(run("diff", "v3/s.yaml", "v1/s.yaml", cwd=project).stdout.split())
    assert "rose" not in back and "More onerous" not in back and "(better)" in back
