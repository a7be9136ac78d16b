"""run_shared.once: a value computed once in a run, whichever worker asks, and never left
waiting on a claim nobody will keep."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from run_shared import once, run_folder


def test_a_value_is_computed_once_and_read_back(tmp_path: Path) -> None:
    calls: list[int] = []
    assert once(tmp_path, "k", lambda: calls.append(1) or {"a": {1, 2}}) == {"a": {1, 2}}
    assert once(tmp_path, "k", lambda: calls.append(1) or "other") == {"a": {1, 2}}
    assert calls == [1] and not list(tmp_path.glob("*.part"))


def test_a_claim_whose_computing_raised_is_withdrawn(tmp_path: Path) -> None:
    def fail() -> int:
        raise ValueError("unreadable")

    with pytest.raises(ValueError):
        once(tmp_path, "k", fail)
    assert once(tmp_path, "k", lambda: 3) == 3


def test_a_claim_of_a_process_that_has_ended_is_computed_anew(tmp_path: Path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], text=True,
                           capture_output=True, check=True).stdout.strip()  # fmt: skip
    (tmp_path / "k.claim").write_text(ended)
    assert once(tmp_path, "k", lambda: 4) == 4


def test_the_run_folder_is_the_run_s_base_whatever_the_worker(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """(It rests on xdist giving each worker the base popen-gwN inside the run's base.)"""
    base, worker = tmp_path_factory.getbasetemp(), os.environ.get("PYTEST_XDIST_WORKER")
    assert run_folder(tmp_path_factory, "shared") == (base.parent if worker else base) / "shared"
    assert not worker or base.name == f"popen-{worker}"
