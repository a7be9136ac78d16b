"""The working folder: read once, passed to every command, never the process's by accident.

The CLI takes its folder from the click context object (cli/workdir.py), so tests run
commands in any folder without changing the process's folder (unsafe in parallel runs).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, runner, write
from grantcheck.cli.app import app
from grantcheck.cli.workdir import Workdir


def test_without_a_context_object_the_process_folder_is_used(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one test that changes the process's folder: what a real command line does."""
    write(project, "here.yaml", MINIMAL)
    monkeypatch.chdir(project)
    result = runner.invoke(app, ["check", "here.yaml", "-f", "json"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert [s["file"] for s in json.loads(result.output)["schemes"]] == ["here.yaml"]


def test_paths_are_read_against_the_given_folder_and_named_as_typed(project: Path) -> None:
    """Every relative path on the command line is read from the given folder, not the
    process's, and messages name each path as the user typed it."""
    write(project, "s.yaml", MINIMAL)
    write(project, "grantcheck.yaml", "fail_on: never\n")
    sub = project / "sub"
    sub.mkdir()
    result = run("check", "../s.yaml", "-o", "r.json", "--config", "../grantcheck.yaml", cwd=sub)
    assert result.exit_code == 0, result.output
    report = json.loads((sub / "r.json").read_text(encoding="utf-8"))
    assert [s["file"] for s in report["schemes"]] == ["../s.yaml"]
    assert run("check", "s.yaml", "-o", "nope/r.json", cwd=project).output == (
        "grantcheck: nope/r.json: cannot write here: the folder nope does not exist\n"
    )
    missing = run("check", "s.yaml", "--baseline", "../no.json", cwd=sub)
    assert "grantcheck: ../no.json:1:1: cannot read the baseline" in missing.output
    assert run("check", "s.yaml", "--config", "no.yaml", cwd=project).output == (
        "grantcheck: no.yaml: the config file does not exist\n"
    )


def test_init_and_diff_write_and_read_in_the_given_folder(project: Path) -> None:
    assert run("init", "new.yaml", cwd=project).exit_code == 0
    assert (project / "new.yaml").is_file()
    result = run("diff", "new.yaml", "new.yaml", "-f", "json", "-o", "d.json", cwd=project)
    assert result.exit_code == 0, result.output
    assert json.loads((project / "d.json").read_text(encoding="utf-8"))["new"] == "new.yaml"


def test_a_working_folder_is_absolute() -> None:
    with pytest.raises(ValueError, match="absolute"):
        Workdir(Path("relative"))
    assert Workdir(Path("/w")).path(Path("../x")) == Path("/w/../x")  # lexical: shown as typed
    assert Workdir(Path("/w")).path(Path("/abs")) == Path("/abs")


def test_a_removed_working_folder_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the commands that read paths need the folder; they say so, never a traceback."""

    def gone(cls: type[Path]) -> Path:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "cwd", classmethod(gone))
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert "the current folder no longer exists" in result.output
    assert runner.invoke(app, ["schema"]).exit_code == 0
