"""Findings of the eighth user trial (/work/team/trial-s8.md), each pinned by a test."""

from __future__ import annotations

from pathlib import Path

from conftest import MINIMAL, ROOT, run, write


def _reproduce_line(output: str) -> str:
    return next(line for line in output.splitlines() if "with grantcheck" in line)


def test_the_command_that_reproduces_a_report_keeps_the_options_that_made_it(
    project: Path,
) -> None:
    """8b: "How to reproduce this report" printed `grantcheck check s.yaml --format markdown`
    for a run with a config (other pounds), --ignore (other findings) and --allow-path (without
    which the run exits 2): run as printed, it gave another report or none."""
    write(project, "my scheme.yaml", MINIMAL + "application:\n  window_days: 20\n")
    write(project, "c.yaml", "assumptions:\n  hourly_cost: 30\n")
    (project / "docs").mkdir()
    args = ["check", "my scheme.yaml", "--config", "c.yaml", "--select", "GC1,GC2"]
    args += ["--ignore", "GC504", "--fail-on", "warning", "--allow-path", "docs", "-q"]
    markdown = run(*args, "-f", "markdown", cwd=project)
    assert markdown.exit_code in (0, 1), markdown.output
    expected = (
        "grantcheck check 'my scheme.yaml' --config c.yaml --select GC1,GC2 --ignore GC504 "
        "--fail-on warning --allow-path docs --quiet --format markdown"
    )
    assert expected in _reproduce_line(markdown.output)
    html = run(*args, "-f", "html", cwd=project)
    assert expected.replace("'", "&#x27;").replace("markdown", "html") in html.output


def test_the_command_that_reproduces_a_plain_run_is_unchanged(project: Path) -> None:
    write(project, "s.yaml", MINIMAL)
    result = run("check", "s.yaml", "-f", "markdown", cwd=project)
    assert "`grantcheck check s.yaml --format markdown` with grantcheck" in result.output


def test_gc002_writes_a_stated_empty_list_as_none(project: Path) -> None:
    """8: a scheme stating `policies_required: []` against a form asking for a policy gave
    "Policies required: stated , measured equality"."""
    write(project, "form.md", "# Form\n\nEvery applicant must send their equality policy.\n")
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  form:\n    documents: [form.md]\n"
        "eligibility:\n  policies_required: []\n",
    )
    result = run("check", "s.yaml", cwd=project)
    text = " ".join(result.output.split())
    assert "Policies required: stated none, measured equality" in text, result.output
    assert "stated ," not in text


def test_a_scanned_form_is_summed_up_as_unreadable_not_as_unstated(project: Path) -> None:
    """9b: with its only form a scanned PDF, the one-page summary said "the scheme does not
    state enough about the form", blaming a scheme file that named its form."""
    from documents import write_scanned_pdf

    write_scanned_pdf(project / "form.pdf")
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [form.pdf]\n")
    for fmt in ("markdown", "html"):
        result = run("check", "s.yaml", "-f", fmt, cwd=project)
        text = " ".join(result.output.split())
        assert "does not state enough about the form" not in text, fmt
        assert "no text could be read in form.pdf" in text, fmt


def test_diff_against_git_says_the_documents_were_read_from_the_working_tree(
    project: Path,
) -> None:
    """8d: with only the form document changed (two more questions), `diff --git HEAD` said
    "No change in findings": both versions had read today's document, and nothing said so."""
    import subprocess

    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    write(project, "form.md", "# Form\n\n1. Describe your project (max 100 words)\n")
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [form.md]\n")
    write(project, "plain.yaml", MINIMAL + "application:\n  window_days: 40\n")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "."], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "first"], cwd=project, check=True)
    write(project, "form.md", "# Form\n\n1. Describe it (max 100 words)\n2. Why? (max 500 words)\n")
    result = run("diff", "--git", "HEAD", "s.yaml", cwd=project)
    text = " ".join(result.output.split())
    assert "Warning: the documents (form.md) were read as they are now" in text, result.output
    plain = run("diff", "--git", "HEAD", "plain.yaml", cwd=project)
    assert "Warning" not in plain.output


def test_the_ci_guide_says_how_to_check_again_when_a_document_changes() -> None:
    """16c: the pre-commit hook runs on YAML files only (`types: [yaml]`), so a commit that
    changes only a form or its guidance checked nothing, and docs/ci.md never said so."""
    import re

    import yaml

    section = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8").split("## pre-commit")[1]
    section = section.split("\n## ")[0]
    assert "a form or guidance document" in section
    configs = [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", section, re.S)]
    hooks = [h for c in configs for r in c["repos"] for h in r["hooks"]]
    again = next(h for h in hooks if h.get("pass_filenames") is False)
    assert again["args"] == ["schemes/"] and again["types"] == ["file"]
    assert again["files"] == "^schemes/"


def test_a_form_named_twice_is_counted_once(project: Path) -> None:
    """8c: `documents: [form.md, ./form.md]` doubled the questions, the word limit and the
    fields (the README: "a document named twice is read once")."""
    import json

    write(project, "form.md", "# Form\n\n1. Describe your project (max 100 words)\n")
    for listed in ("[form.md, form.md]", "[form.md, ./form.md]"):
        write(project, "s.yaml", MINIMAL + f"application:\n  form:\n    documents: {listed}\n")
        result = run("check", "s.yaml", "-f", "json", cwd=project)
        metrics = json.loads(result.output)["schemes"][0]["metrics"]
        assert metrics["application.form.questions"] == 1, listed
        assert metrics["application.form.word_limit"] == 100, listed
