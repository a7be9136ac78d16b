"""The lead's session-9 fixes: the document reading budget counts processor time, so the same
document meets the same budget on a busy machine as on a quiet one (trial S9 finding 5)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import run
from grantcheck.documents.budget import DocumentLimits, OverBudget, RunBudget


def _burn(seconds: float) -> None:
    """Spend about ``seconds`` of this process's processor time."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_waiting_does_not_spend_the_reading_budget() -> None:
    """A machine busy with other work delays a run without its document costing more: time
    spent waiting (here asleep) is not reading."""
    budget = RunBudget(DocumentLimits(max_document_seconds=0.05)).document()
    time.sleep(0.2)
    budget.tick()  # under the wall clock this was 'took too long to read'


def test_processor_time_spent_reading_is_charged() -> None:
    budget = RunBudget(DocumentLimits(max_document_seconds=0.05)).document()
    _burn(0.1)
    with pytest.raises(OverBudget, match="took too long to read"):
        budget.tick()


def test_the_run_budget_adds_each_document_s_processor_time() -> None:
    run = RunBudget(DocumentLimits(max_run_document_seconds=0.15))
    for _ in range(2):
        one = run.document()
        _burn(0.06)
        time.sleep(0.1)
        one.close()
    assert 0.1 < run.seconds < 0.3
    last = run.document()
    _burn(0.06)
    with pytest.raises(OverBudget, match="past its reading time"):
        last.tick()


def test_a_time_limit_names_its_unit() -> None:
    """'(limit 30)' alone left the reader to guess 30 of what (trial S9 F18)."""
    budget = RunBudget(DocumentLimits(max_document_seconds=0.05)).document()
    _burn(0.1)
    with pytest.raises(OverBudget, match=r"\(limit 0\.05 processor seconds\)"):
        budget.tick()


def test_a_deeply_nested_page_says_how_to_fix_it(tmp_path: Path) -> None:
    """Every document error says what to do: a page nested past the budget is saved again."""
    from grantcheck.documents.html_reader import MAX_DEPTH

    page = tmp_path / "deep.html"
    page.write_text("<div>" * (MAX_DEPTH + 10) + "Tell us" + "</div>" * (MAX_DEPTH + 10))
    result = run("measure", "deep.html", cwd=tmp_path)
    assert result.exit_code == 2
    assert "elements deep. A page saved from a browser rarely is; save the page again" in (
        result.output
    )
