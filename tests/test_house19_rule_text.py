"""A local rule's text is a stranger's (redteam18 #5): the Markdown report's summary, SARIF's
help.markdown (code scanning renders it) and ``rules --markdown`` escaped it nowhere, so its
title, basis, quotes, advice and sources could show an image fetched from anywhere, a live link
or HTML. Each is escaped now as the rest of the Markdown report escapes a stranger's text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, run

LIVE = ("![", "<img", "<b>", "[click](", "\x1b", "\u202e")
RULE = {
    "rules": [
        {
            "id": "LOCAL1",
            "title": "Evil <b>b</b> ![i](https://a.example/i.png)\x1b[31mRED\u202e",
            "metric": "award.max",
            "check": "at_most",
            "warning": 1,
            "error": 2,
            "unknown": "warning",
            "basis": {"kind": "compact", "text": "basis ![b](https://a.example/b.png) <b>x</b>"},
            "advice": "Do it. <img src=x onerror=alert(1)> [click](javascript:alert(1))",
            "sources": ["src ![s](https://a.example/s.png)"],
            "guide": [{"section": "sec <b>x</b>", "text": "quote ![q](https://a.example/q.png)"}],
        }
    ]
}


def _project(folder: Path) -> Path:
    (folder / ".git").mkdir()
    (folder / "policy" / "rules").mkdir(parents=True)
    (folder / "policy" / "rules" / "local.yaml").write_text(json.dumps(RULE), encoding="utf-8")
    (folder / "grantcheck.yaml").write_text("rule_folders: [policy/rules]\n", encoding="utf-8")
    shutil.copy(ROOT / "examples" / "befriending-contract-continuation.yaml", folder / "s.yaml")
    return folder


def _live(text: str) -> list[str]:
    return [mark for mark in LIVE if mark in text]


def test_the_markdown_summary_escapes_a_local_rules_title(tmp_path: Path) -> None:
    told = run("check", "s.yaml", "-f", "markdown", cwd=_project(tmp_path)).output
    top = [line for line in told.splitlines() if "LOCAL1" in line and "Error," in line]
    assert top and not _live(top[0]), top  # (before: the title raw in 'What matters most')


def test_sarif_help_markdown_escapes_a_local_rules_text(tmp_path: Path) -> None:
    told = run("check", "s.yaml", "-f", "sarif", cwd=_project(tmp_path)).output
    rules = json.loads(told)["runs"][0]["tool"]["driver"]["rules"]
    local = next(r for r in rules if r["id"] == "LOCAL1")
    assert not _live(local["help"]["markdown"]), local["help"]["markdown"]
    assert "\x1b" not in local["shortDescription"]["text"] + local["help"]["text"]


def test_rules_markdown_escapes_a_local_rules_text(tmp_path: Path) -> None:
    told = run("rules", "--markdown", cwd=_project(tmp_path)).output
    local = told[told.index("### LOCAL1") :]
    local = local[: local.index("\n### ")] if "\n### " in local else local
    assert not _live(local), local
