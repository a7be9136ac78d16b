"""grantcheck diff: measures before and after, findings fixed and added, a verdict,
and exit 1 when a change makes a scheme more onerous."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import MINIMAL, run, write

BEFORE = "examples/before-after/community-chest-2025.yaml"
AFTER = "examples/before-after/community-chest-2026.yaml"


def test_a_better_revision() -> None:
    result = run("diff", BEFORE, AFTER)
    assert result.exit_code == 0
    assert "Less onerous: 26 findings (4 errors) fixed, none added" in result.output
    assert (
        "The application window" in result.output
        and "21 days -> 42 days  (better)" in result.output
    )
    assert "Hours for one application" in result.output and "(better)" in result.output


def test_a_worse_revision_fails() -> None:
    result = run("diff", AFTER, BEFORE)
    assert result.exit_code == 1 and "More onerous" in result.output
    assert run("diff", AFTER, BEFORE, "--fail-on", "never").exit_code == 0


def test_json_and_markdown() -> None:
    data = json.loads(run("diff", BEFORE, AFTER, "-f", "json").output)
    scheme = data["schemes"][0]
    assert data["schema_version"] == 1 and scheme["id"] == "community-chest"
    window = next(m for m in scheme["metrics"] if m["metric"] == "application.window_days")
    assert window == {
        "metric": "application.window_days",
        "before": 21,
        "after": 42,
        "direction": "better",
        "before_lower_bound": False,
        "after_lower_bound": False,
    }
    assert len(scheme["fixed"]) == 26 and scheme["added"] == []
    md = run("diff", BEFORE, AFTER, "-f", "markdown").output
    assert (
        md.startswith("# What changed:")
        and "| The application window | 21 days | 42 days | better |" in md
    )


def test_severity_rising_counts_as_added(project: Path) -> None:
    write(project, "old.yaml", MINIMAL + "application:\n  window_days: 20\n")
    write(project, "new.yaml", MINIMAL + "application:\n  window_days: 10\n")
    result = run("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project)
    data = json.loads(result.output)
    assert result.exit_code == 1
    assert [(f["rule"], f["severity"]) for f in data["schemes"][0]["added"]] == [("GC101", "error")]


def test_git_revision(project: Path) -> None:
    env_git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    write(project, "schemes/s.yaml", MINIMAL + "application:\n  window_days: 40\n")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "."], cwd=project, check=True)
    subprocess.run([*env_git, "commit", "-qm", "first"], cwd=project, check=True)
    write(project, "schemes/s.yaml", MINIMAL + "application:\n  window_days: 10\n")
    result = run("diff", "--git", "HEAD", "schemes/s.yaml", cwd=project)
    assert result.exit_code == 1
    assert "Comparing HEAD:schemes/s.yaml (before) with schemes/s.yaml (after)" in result.output
    missing = run("diff", "--git", "nope", "schemes/s.yaml", cwd=project)
    assert (
        missing.exit_code == 2
        and "cannot compare with git revision 'nope': 'nope' is not a commit" in missing.output
    )


def test_usage_and_input_errors(project: Path) -> None:
    assert run("diff", "only-one.yaml", cwd=project).exit_code == 2
    write(project, "bad.yaml", "name: [\n")
    write(project, "good.yaml", MINIMAL)
    result = run("diff", "bad.yaml", "good.yaml", cwd=project)
    assert result.exit_code == 2 and "bad.yaml:1:8" in result.output


def test_a_deleted_fact_is_no_longer_checked_not_fixed(project: Path) -> None:
    write(
        project, "old.yaml", MINIMAL + "application:\n  window_days: 10\n  guidance: {pages: 30}\n"
    )
    write(project, "new.yaml", MINIMAL + "application:\n  guidance: {pages: 1}\n")
    data = json.loads(run("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project).output)
    scheme = data["schemes"][0]
    assert [f["rule"] for f in scheme["fixed"]] == ["GC102"]
    # GC101's window was deleted: it now says "not stated" (a warning), which is not a fix
    assert "GC101" in [f["rule"] for f in scheme["no_longer_checked"]]
    assert "1 finding no longer checked" in scheme["verdict"]
    text = run("diff", "old.yaml", "new.yaml", cwd=project).output
    assert "No longer checked" in text and "Findings fixed" in text


def test_a_condition_fact_deleted_is_no_longer_checked(project: Path) -> None:
    ongoing = "funding: {ongoing: true, months: 6}\n"
    write(project, "old.yaml", MINIMAL + ongoing)
    write(project, "new.yaml", MINIMAL + "funding: {months: 6}\n")
    scheme = json.loads(run("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project).output)[
        "schemes"
    ][0]
    assert "GC301" in [f["rule"] for f in scheme["no_longer_checked"]]
    assert scheme["fixed"] == [] and scheme["verdict"].startswith("No change in findings")


FORM = """# Village hall fund: application

1. Tell us what the hall is used for now. (max 200 words)

Answer:

2. Describe the repairs you need. (max 300 words)

Answer:

Accounts: send your latest annual accounts (unaudited accounts are fine).
"""


def test_a_new_disagreement_with_the_documents_is_added_not_unchanged(project: Path) -> None:
    # Both versions already disagree on the accounts (one GC002); the new one also understates
    # the word limit: a second GC002 finding, which diff once paired with the first and called
    # "unchanged", exiting 0 under --fail-on warning (trial 10)
    write(project, "form.md", FORM)
    scheme = MINIMAL + (
        "application:\n  window_days: 42\n  form:\n    documents: [form.md]\n"
        "    word_limit: {words}\neligibility:\n  accounts: audited\n"
    )
    write(project, "old.yaml", scheme.format(words=500))
    write(project, "new.yaml", scheme.format(words=300))
    result = run("diff", "old.yaml", "new.yaml", "--fail-on", "warning", "-f", "json", cwd=project)
    added = json.loads(result.output)["schemes"][0]["added"]
    assert [f["rule"] for f in added] == ["GC002"] and "stated 300" in added[0]["message"]
    assert result.exit_code == 1
    text = run("diff", "old.yaml", "new.yaml", cwd=project).output
    assert "No change in findings" not in text and "1 finding added" in text
