"""Two reports never go to one stream (redteam20 #5): '-o /dev/stderr' beside '-o -' under
'> log 2>&1' wrote the CSV over the first 21 KB of the JSON (neither parsed), and
'-o /dev/stdout' beside '-o -' put two reports on one stream. Standard output is an output like
any other now, compared by what it is: exit 2 before anything is written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run

SCHEME = ROOT / "examples" / "rolling-small-grants.yaml"


def test_dev_stdout_beside_standard_output_is_refused(tmp_path: Path) -> None:
    told = run("check", str(SCHEME), "-f", "json", "-o", "/dev/stdout", "-f", "csv", "-o", "-")
    assert told.exit_code == 2, told.output
    assert "would go to the same file" in told.output


def test_dev_stderr_joined_to_standard_output_is_refused(tmp_path: Path) -> None:
    log = tmp_path / "log"
    with log.open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "grantcheck", "check", str(SCHEME), "-f", "json"]
            + ["-o", "/dev/stderr", "-f", "csv", "-o", "-"],
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=120,
        )
    said = log.read_text(encoding="utf-8")
    assert done.returncode == 2, said
    assert "/dev/stderr: the json report and the csv report would go to the same file" in said
