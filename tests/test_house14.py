"""Session 14's product findings (the product as users meet it), each pinned by a test."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, ROOT, run


def test_dash_as_the_baseline_or_the_starter_file_is_standard_output(tmp_path: Path) -> None:
    # '--write-baseline -' and 'init -' wrote a file named '-', where '-o -' prints
    (tmp_path / "s.yaml").write_text(MINIMAL, encoding="utf-8")
    done = run("check", "s.yaml", "--write-baseline", "-", "-o", "r.txt", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["grantcheck_baseline"] == 1
    assert "as a baseline to standard output" in done.stderr
    shared = run("check", "s.yaml", "--write-baseline", "-", cwd=tmp_path)  # text goes there
    assert shared.exit_code == 2
    assert "--write-baseline - and the text report would both go to standard output" in (
        shared.output
    )
    starter = run("init", "-", cwd=tmp_path)
    assert starter.exit_code == 0 and starter.stdout.startswith("# A grantcheck scheme file")
    form = ROOT / "examples" / "forms" / "community-chest-form.docx"
    measured = run("init", "--from", str(form), "-o", "-", cwd=tmp_path)
    assert measured.exit_code == 0, measured.output
    assert measured.stdout.startswith("# A starter scheme measured") and "Wrote" not in (
        measured.stdout
    )
    asked = run("init", "-i", "-", cwd=tmp_path)
    assert asked.exit_code == 2 and "asks its questions on standard output" in asked.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt", "s.yaml"]
