"""Lead, session 8: a measured estimate that misses what an unread document holds says "at
least" everywhere (trial S8 finding 7), and documents read whole that ask for no attachment
ask for none."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, run, write
from documents import write_scanned_pdf

FORM = (
    "1. Describe your project (max 300 words)\n\nAnswer:\n\n"
    "2. Who will benefit? (max 200 words)\n\nAnswer:\n\n"
)
AWARD = "  total: 100000\n  expected_applications: 30\n"


def _scheme(project: Path, guidance: str) -> dict[str, object]:
    write(project, "form.md", FORM)
    write(project, "notes.md", "Read this before you apply. We decide within six weeks.\n")
    write_scanned_pdf(project / "scan.pdf")
    scheme = (
        MINIMAL
        + AWARD
        + (
            f"application:\n  form:\n    documents: [form.md]\n"
            f"  guidance:\n    documents: [{guidance}]\n"
        )
    )
    write(project, "s.yaml", scheme)
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    scheme_result: dict[str, object] = json.loads(result.stdout)["schemes"][0]
    return scheme_result


def test_attachments_an_unread_document_may_ask_for_make_the_cost_a_lower_bound(
    project: Path,
) -> None:
    """A scanned guidance PDF may list documents to send: the attachments are not known, so
    the hours and cost are at least, and GC104/GC105 are not passed on them."""
    s = _scheme(project, "notes.md, scan.pdf")
    lower = s["lower_bounds"]
    assert isinstance(lower, list)
    assert {"application.hours", "application.cost_share", "sector.cost_share"} <= set(lower)
    passed = s["passed"]
    assert isinstance(passed, list)
    assert "GC104" not in passed and "GC105" not in passed


def test_documents_read_whole_that_ask_for_nothing_ask_for_no_attachments(
    project: Path,
) -> None:
    """The same scheme with every document readable: nothing asked is none asked (measured),
    so the estimate is whole and no note calls it a lower bound."""
    s = _scheme(project, "notes.md")
    assert s["lower_bounds"] == []
    notes = s["notes"]
    assert isinstance(notes, list)
    assert not any("lower bound" in str(n) for n in notes)
    passed = s["passed"]
    assert isinstance(passed, list)
    assert "GC104" in passed


def test_a_findings_headline_says_the_test_was_not_met(project: Path) -> None:
    """Trial S8 finding 10: the headline was the rule's good-practice title alone ("Warning:
    GC108 There are few attachments" on a form asking for five), which reads as the opposite.
    It now says the outcome: "not met", or "not known" when the facts are missing."""
    nine = "[a, b, c, d, e, f, g, h, i]"
    write(project, "s.yaml", MINIMAL + f"application:\n  form:\n    attachments: {nine}\n")
    markdown = run("check", "s.yaml", "-f", "markdown", cwd=project).stdout
    assert "GC108 There are few attachments: not met" in markdown
    assert ": not known" in markdown  # e.g. the decision time is not stated
    github = run("check", "s.yaml", "-f", "github", cwd=project).stdout
    assert "title=GC108 There are few attachments%3A not met::" in github
    page = run("check", "s.yaml", "-f", "html", cwd=project).stdout
    assert "There are few attachments: not met</h4>" in page


def test_a_short_first_stage_does_not_hide_that_the_form_asks_for_none(project: Path) -> None:
    """`stages: 2` with one form: the form is the second stage ("application form"), not the
    expression of interest; its documents, read whole and asking for nothing, ask for none, as
    in a scheme of one stage, so no note calls its attachments a lower bound."""
    write(project, "form.md", FORM)
    write(
        project,
        "s.yaml",
        MINIMAL + AWARD + "application:\n  stages: 2\n  form:\n    documents: [form.md]\n",
    )
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    notes = " ".join(str(n) for n in data["schemes"][0]["notes"])
    assert "application form: attachments" not in notes
