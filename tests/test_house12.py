"""Session 12's product findings (the product as each kind of user meets it), each pinned by a
test that failed before its fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from conftest import ROOT, run

PDF = "neighbourhood-fund-fillable-pdf.yaml"  # its stated questions and word limit are stale


def _example(project: Path, extra: str = "") -> Path:
    """The fillable-PDF example copied into ``project``, with ``extra`` appended."""
    shutil.copytree(ROOT / "examples" / "forms", project / "forms")
    scheme = project / PDF
    scheme.write_text((ROOT / "examples" / PDF).read_text(encoding="utf-8") + extra, "utf-8")
    return scheme


def _findings(project: Path, *args: str) -> list[dict[str, Any]]:
    out = run("check", PDF, "-f", "json", "--fail-on", "never", *args, cwd=project).output
    return list(json.loads(out)["schemes"][0]["findings"])


def test_a_gc002_finding_gives_its_waiver_key_as_a_json_field(project: Path) -> None:
    """The key a waiver for one disagreement names was only inside the message ("Waiver key:
    X.") and the fingerprint, so a script had to parse English to write the waiver. Each GC002
    finding now carries it as ``waiver_key`` (an added key: schema_version stays 1); every
    other finding has null, GC001 included (its part is the unused waiver, not a stated key)."""
    _example(project)
    found = _findings(project)
    keyed = {f["waiver_key"] for f in found if f["rule"] == "GC002"}
    assert keyed == {"application.form.questions", "application.form.word_limit"}, found
    assert all(f["waiver_key"] is None for f in found if f["rule"] != "GC002")
    for f in found:
        if f["waiver_key"]:
            assert f["message"].endswith(f"Waiver key: {f['waiver_key']}.")
    # the key as given waives that disagreement alone
    waiver = (
        "waivers:\n  - rule: GC002\n    key: application.form.questions\n"
        "    reason: The form's two parts are counted as one question each.\n"
    )
    _example(project / "again", waiver)
    again = _findings(project / "again")
    waived = {f["waiver_key"]: f["waived"] for f in again if f["rule"] == "GC002"}
    assert waived == {"application.form.questions": True, "application.form.word_limit": False}


def test_an_unused_keyed_waiver_has_no_waiver_key(project: Path) -> None:
    waiver = (
        "waivers:\n  - rule: GC002\n    key: eligibility.accounts\n"
        "    reason: The notes' accounts line is about audited accounts only.\n"
    )
    _example(project, waiver)
    unused = [f for f in _findings(project) if f["rule"] == "GC001"]
    assert len(unused) == 1 and unused[0]["waiver_key"] is None, unused

