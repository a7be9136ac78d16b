"""Findings of the ninth user trial (/work/team/trial9-findings.md), each pinned by a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

FORM = (
    "# Application form\n\n"
    "1. Describe your project. (max 300 words)\n\n   Answer:\n\n"
    "2. Who will benefit? (max 200 words)\n\n   Answer:\n\n"
    "Please attach your constitution.\n"
)
GUIDANCE = "# Guidance\n\nGrants of up to £1,000 for small groups. Read this before you apply.\n"
SCHEME = MINIMAL + (
    "application:\n  guidance:\n    documents: [notes.md]\n  form:\n    documents: [form.md]\n"
)


@pytest.fixture
def scheme(project: Path) -> Path:
    """A scheme naming a form and a guidance document, beside them."""
    write(project, "form.md", FORM)
    write(project, "notes.md", GUIDANCE)
    write(project, "s.yaml", SCHEME)
    return project


@pytest.mark.parametrize(
    "args",
    [
        ["-f", "text", "-o", "form.md"],
        ["-f", "json", "-o", "notes.md"],
        ["-o", "./form.md"],  # the format from the suffix: Markdown, over the form itself
        ["--write-baseline", "notes.md"],
        ["-f", "json", "-o", "r.json", "-f", "markdown", "-o", "form.md"],
    ],
)
def test_check_never_writes_over_a_document_the_scheme_names(scheme: Path, args: list[str]) -> None:
    """F9: `check s.yaml -o form.md` replaced the published form with the report (the scheme
    file itself was refused: "would overwrite a file grantcheck reads in this run", but not the
    documents it names). Nothing is written, not even the other outputs."""
    result = run("check", "s.yaml", *args, cwd=scheme)
    assert result.exit_code == 2, result.output
    assert "would overwrite a file grantcheck reads in this run" in result.output
    assert (scheme / "form.md").read_text(encoding="utf-8") == FORM
    assert (scheme / "notes.md").read_text(encoding="utf-8") == GUIDANCE
    assert not (scheme / "r.json").exists()


def test_check_never_writes_over_a_document_a_register_row_names(scheme: Path) -> None:
    write(scheme, "r.csv", "name,funder,award.max,application.form.documents\nA,B,1000,form.md\n")
    result = run("check", "r.csv", "-f", "json", "-o", "form.md", cwd=scheme)
    assert result.exit_code == 2, result.output
    assert (scheme / "form.md").read_text(encoding="utf-8") == FORM


def test_check_still_writes_a_report_beside_the_documents(scheme: Path) -> None:
    (scheme / "report.md").write_text("an old report", encoding="utf-8")
    result = run("check", "s.yaml", "-o", "report.md", cwd=scheme)
    assert result.exit_code in (0, 1), result.output
    assert "Proportionality report" in (scheme / "report.md").read_text(encoding="utf-8")


def test_measure_never_writes_over_the_document_it_measures(scheme: Path) -> None:
    result = run("measure", "form.md", "notes.md", "-o", "notes.md", cwd=scheme)
    assert result.exit_code == 2, result.output
    assert "would overwrite a file grantcheck reads in this run" in result.output
    assert (scheme / "notes.md").read_text(encoding="utf-8") == GUIDANCE


def test_init_from_never_writes_over_a_document_even_with_force(scheme: Path) -> None:
    result = run("init", "--from", "form.md", "-o", "form.md", "--force", cwd=scheme)
    assert result.exit_code == 2, result.output
    assert (scheme / "form.md").read_text(encoding="utf-8") == FORM


@pytest.mark.parametrize("target", ["s.yaml", "form.md", "old.yaml"])
def test_diff_never_writes_over_its_schemes_or_their_documents(scheme: Path, target: str) -> None:
    """F9: `diff d1.yaml d1.yaml -o d1.yaml` replaced the scheme file with the diff report."""
    write(scheme, "old.yaml", SCHEME)
    before = {p.name: p.read_bytes() for p in scheme.iterdir() if p.is_file()}
    result = run("diff", "old.yaml", "s.yaml", "-o", target, cwd=scheme)
    assert result.exit_code == 2, result.output
    assert "would overwrite a file grantcheck reads in this run" in result.output
    assert {p.name: p.read_bytes() for p in scheme.iterdir() if p.is_file()} == before
