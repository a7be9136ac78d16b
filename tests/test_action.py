"""The composite GitHub Action, as far as this machine allows: its metadata is
consistent, and its check step's script, run here with the inputs' defaults in
the environment GitHub gives it, writes SARIF, annotations, the step summary
and the exit-code output."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import MINIMAL, ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())


def test_metadata_is_consistent() -> None:
    assert ACTION["runs"]["using"] == "composite"
    text = (ROOT / "action.yml").read_text()
    used = set(re.findall(r"inputs\.([a-z-]+)", text))
    assert used <= set(ACTION["inputs"]), used - set(ACTION["inputs"])
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], (
                "inputs must reach scripts through env, not the script text"
            )


def _check_step() -> dict:
    return next(s for s in ACTION["runs"]["steps"] if s.get("id") == "check")


def test_check_step_runs(tmp_path: Path) -> None:
    work = tmp_path / "repo"
    (work / ".git").mkdir(parents=True)
    (work / "schemes").mkdir()
    (work / "schemes" / "s.yaml").write_text(MINIMAL + "application:\n  window_days: 10\n")
    inputs = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
    step = _check_step()
    env = {
        **os.environ,
        "GITHUB_ACTIONS": "true",
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        "GITHUB_ACTION_PATH": str(ROOT),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    for name, value in step["env"].items():
        named = re.search(r"inputs\.([a-z-]+)", value)
        assert named is not None, value
        env[name] = inputs[named.group(1)]
    done = subprocess.run(
        ["bash", "-e", "-c", step["run"]],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "::error file=schemes/s.yaml,line=6,col=3,title=GC101" in done.stdout
    assert (tmp_path / "output").read_text() == "exit-code=1\n"
    sarif = json.loads((work / "grantcheck.sarif").read_text())
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"
    ]
    assert uri == "schemes/s.yaml"
    assert "| error | GC101 |" in (tmp_path / "summary.md").read_text()


def test_final_step_fails_with_the_exit_code() -> None:
    step = ACTION["runs"]["steps"][-1]
    done = subprocess.run(
        ["bash", "-c", step["run"]], env={"EXIT_CODE": "1"}, capture_output=True, timeout=30
    )
    assert done.returncode == 1
