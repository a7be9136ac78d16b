"""diff refuses a version that states a scheme ID twice (redteam20 #3).

A new scheme given an existing scheme's id and put first was never compared: the old scheme
paired with the later copy, and diff said 'No change in findings', rc 0, not a word of the
other (check of the same file: 18 errors). diff pairs by id, so a repeated id is an input
error, located, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, run

GOOD = (ROOT / "examples" / "rolling-small-grants.yaml").read_text(encoding="utf-8")
BAD = (ROOT / "examples" / "micro-grant-worst-practice.yaml").read_text(encoding="utf-8")


def _same_id(bad: str, good: str) -> str:
    """``bad`` with ``good``'s id line."""
    good_id = next(line for line in good.splitlines() if line.startswith("id:"))
    return "\n".join(good_id if ln.startswith("id:") else ln for ln in bad.splitlines()) + "\n"


def test_a_scheme_id_stated_twice_in_a_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "before.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "after.yaml").write_text(_same_id(BAD, GOOD) + "---\n" + GOOD, encoding="utf-8")
    told = run("diff", "before.yaml", "after.yaml", cwd=tmp_path)
    said = " ".join(told.output.split())
    assert told.exit_code == 2, said
    assert "the scheme id 'neighbourhood-rolling' is also stated at after.yaml:" in said
    shown = run("diff", "before.yaml", "after.yaml", "-f", "json", cwd=tmp_path)
    assert shown.exit_code == 2
    assert "also stated at" in json.loads(shown.stdout)["errors"][0]["message"]
