"""A -j worker killed from outside (redteam19 E: kill -9, as the system's out-of-memory killer
does) stopped the run with exit 3, 'BrokenProcessPool ... a bug in grantcheck'. It is no bug:
exit 2 now, saying what happened and what to try; nothing is written (outputs are staged)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

KILLED = (
    "import os, signal, sys\n"
    "from grantcheck import pipeline\n"
    "def dies(*work):\n"
    "    os.kill(os.getpid(), signal.SIGKILL)\n"
    "pipeline._check_files_in_worker = dies\n"
    "sys.argv = ['grantcheck', 'check', '.', '-j', '2', '-f', 'json', '-o', 'out.json']\n"
    "from grantcheck.cli import main\n"
    "main()\n"
)


def test_a_killed_worker_is_exit_2_and_writes_nothing(project: Path) -> None:
    scheme = (ROOT / "examples" / "befriending-contract-continuation.yaml").read_text()
    for n in range(210):  # (workers from 200 files)
        (project / f"s{n:03}.yaml").write_text(scheme, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", KILLED], cwd=project, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 2, done.stderr
    assert "a worker process was stopped from outside" in done.stderr
    assert "bug" not in done.stderr and not (project / "out.json").exists()
