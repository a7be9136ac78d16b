"""Standard output held back beside a file, written to a pipe its reader has closed (redteam19
I: '| head -c 10'): the run ended with exit 1, as for findings, nothing on standard error, and
the file not written, so a CI step could upload an old one. Now exit 2 and saying why, as '-o
/dev/stdout' does; the file stays as it was (outputs are all or none)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_held_standard_output_to_a_closed_pipe_is_exit_2_and_said(project: Path) -> None:
    scheme = (ROOT / "examples" / "befriending-contract-continuation.yaml").read_text()
    (project / "s.yaml").write_text(scheme, encoding="utf-8")
    args = ["check", "s.yaml", "-f", "json", "-o", "-", "-f", "csv", "-o", "p.csv"]
    child = subprocess.Popen(
        [sys.executable, "-m", "grantcheck", *args],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # (the reader gone before a byte is written)
    said = child.stderr.read().decode("utf-8", "replace")
    assert child.wait(timeout=300) == 2, said
    assert "standard output: cannot write the output: Broken pipe" in said, said
    assert not (project / "p.csv").exists()
