"""Local policy in a config file: discovery, overrides, and located errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write
from grantcheck.config import discover

WINDOW_14 = MINIMAL + "application:\n  window_days: 14\n"


def findings(result: object) -> dict[str, dict]:  # type: ignore[type-arg]
    data = json.loads(result.output)
    return {f["rule"]: f for s in data["schemes"] for f in s["findings"]}


def test_discovery_order_and_stop(project: Path) -> None:
    sub = project / "a" / "b"
    sub.mkdir(parents=True)
    assert discover(sub) is None
    write(project, "pyproject.toml", "[tool.grantcheck]\nfail_on = 'warning'\n")
    assert discover(sub) == project / "pyproject.toml"
    write(project, "a/.grantcheck.yaml", "fail_on: info\n")
    assert discover(sub) == project / "a" / ".grantcheck.yaml"
    write(project, "a/b/grantcheck.yaml", "fail_on: never\n")
    assert discover(sub) == sub / "grantcheck.yaml"


def test_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path, "grantcheck.yaml", "fail_on: never\n")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    assert discover(tmp_path / "repo") is None


def test_thresholds_per_band_and_for_all(project: Path) -> None:
    write(project, "s.yaml", WINDOW_14)
    assert (
        findings(run("check", "s.yaml", "-f", "json", cwd=project))["GC101"]["severity"] == "error"
    )
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: {micro: 14}\n    error: 10\n")
    assert "GC101" not in findings(run("check", "s.yaml", "-f", "json", cwd=project))
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: {micro: 21}\n    error: 10\n")
    f = findings(run("check", "s.yaml", "-f", "json", cwd=project))["GC101"]
    assert (f["severity"], f["threshold"]) == ("warning", 21)


def test_severity_override(project: Path) -> None:
    write(project, "s.yaml", WINDOW_14)
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    severity: info\n")
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    assert findings(result)["GC101"]["severity"] == "info"


def test_select_ignore_and_fail_on(project: Path) -> None:
    write(project, "s.yaml", WINDOW_14)
    write(project, ".grantcheck.yaml", "select: [GC1]\nignore: [GC101]\nfail_on: never\n")
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    assert result.exit_code == 0
    assert set(findings(result)) and all(
        r.startswith("GC1") and r != "GC101" for r in findings(result)
    )
    assert run("check", "s.yaml", "--fail-on", "info", cwd=project).exit_code == 1  # the flag wins


def test_bands_and_assumptions(project: Path) -> None:
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    questions: 6\n")
    write(
        project,
        "pyproject.toml",
        "[tool.grantcheck]\nbands = {micro = 500}\n\n"
        "[tool.grantcheck.assumptions]\nhourly_cost = 30\n",
    )
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert data["band"] == "small"  # £1,000 is above the new micro limit
    assert data["assumptions"]["hourly_cost"] == 30
    assert data["metrics"]["application.cost"] == 30  # 6 questions x 10 minutes x £30


def test_config_rule_folder_adds_local_rules(project: Path) -> None:
    write(
        project,
        "policy/local.yaml",
        "rules:\n  - id: LOCAL1\n    title: Windows of six weeks\n"
        "    metric: application.window_days\n    check: at_least\n"
        "    warning: 42\n    advice: Our policy is six weeks.\n",
    )
    write(project, "grantcheck.yaml", "rule_folders: [policy]\n")
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 30\n")
    f = findings(run("check", "s.yaml", "-f", "json", cwd=project))
    assert f["LOCAL1"]["severity"] == "warning" and f["LOCAL1"]["threshold"] == 42


def test_rules_flag_adds_a_folder_and_duplicates_are_refused(project: Path) -> None:
    rule = (
        "rules:\n  - id: GC101\n    title: x\n    metric: application.window_days\n    "
        "check: at_least\n    warning: 1\n    advice: x\n"
    )
    write(project, "dup/r.yaml", rule)
    write(project, "s.yaml", MINIMAL)
    result = run("check", "s.yaml", "--rules", "dup", cwd=project)
    assert result.exit_code == 2 and "dup/r.yaml:2:9: rule GC101 is defined twice" in result.output


@pytest.mark.parametrize(
    "metric,fragment",
    [
        ("[a, b]", "local/r.yaml:4:13: rules[0].metric must be text, not a list ([a, b])"),
        (
            "application.windw_days",
            "local/r.yaml:4:13: rule LOCAL1: unknown metric 'application.windw_days'. "
            "Did you mean 'application.window_days'? See 'grantcheck rules --metrics'",
        ),
    ],
)
def test_a_local_rule_with_a_bad_metric_is_a_located_error(
    project: Path, metric: str, fragment: str
) -> None:
    """A list here once raised TypeError inside validation: exit 3 instead of a message (found by
    tests/test_model.py)."""
    write(
        project,
        "local/r.yaml",
        f"rules:\n  - id: LOCAL1\n    title: x\n    metric: {metric}\n    check: at_least\n"
        "    warning: 1\n    advice: x\n",
    )
    write(project, "s.yaml", MINIMAL)
    result = run("check", "s.yaml", "--rules", "local", cwd=project)
    assert result.exit_code == 2 and fragment in result.output, result.output


@pytest.mark.parametrize(
    "config,fragment",
    [
        (
            "fail_on: sometimes\n",
            "grantcheck.yaml:1:10: fail_on must be 'error', 'warning', 'info' or 'never'",
        ),
        ("selectt: [GC1]\n", "grantcheck.yaml:1:1: unknown key 'selectt'. Did you mean 'select'?"),
        (
            "rules:\n  GC1O1:\n    error: 3\n",
            "grantcheck.yaml:2:3: GC1O1 is not a rule. Did you mean",
        ),
        (
            "rules:\n  GC101:\n    warning: {tiny: 3}\n",
            "grantcheck.yaml:3:15: 'tiny' is not a band",
        ),
        (
            "rules:\n  GC101:\n    warning: lots\n",
            "grantcheck.yaml:2:3: rule GC101: warning must be a number",
        ),
        (
            "assumptions:\n  hourly_costs: 25\n",
            "grantcheck.yaml:2:3: unknown assumption 'hourly_costs'. Did you mean 'hourly_cost'?",
        ),
        ("bands:\n  large: 5\n", "grantcheck.yaml:2:3: 'large' is not a band with an upper limit"),
        ("bands:\n  micro: 50000\n", "grantcheck.yaml:1:1: band limits must rise"),
        ("select: [XX]\n", "grantcheck.yaml:1:10: 'XX' matches no rule"),
        ("fail_on: [\n", "grantcheck.yaml:1:11: invalid YAML"),
    ],
)
def test_config_errors_are_located(project: Path, config: str, fragment: str) -> None:
    write(project, "grantcheck.yaml", config)
    write(project, "s.yaml", MINIMAL)
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2
    assert fragment in result.output, result.output


def test_explicit_config_file(project: Path) -> None:
    write(project, "policies/strict.yaml", "fail_on: info\n")
    write(project, "s.yaml", MINIMAL)
    assert run("check", "s.yaml", cwd=project).exit_code == 0
    assert run("check", "s.yaml", "--config", "policies/strict.yaml", cwd=project).exit_code == 1
    missing = run("check", "s.yaml", "--config", "nope.yaml", cwd=project)
    assert missing.exit_code == 2 and "the config file does not exist" in missing.output


def test_exclude_skips_folders_and_files_when_searching(project: Path) -> None:
    write(project, "schemes/a.yaml", MINIMAL)
    write(project, "templates/draft.yaml", "not: a scheme\n")
    write(project, "schemes/old-b.yaml", "name: [\n")
    assert run("check", ".", cwd=project).exit_code == 2
    result = run("check", ".", "--exclude", "templates", "--exclude", "old-*", cwd=project)
    assert result.exit_code == 0 and "1 scheme checked" in result.output
    write(project, "grantcheck.yaml", "exclude: [templates, 'schemes/old-*.yaml']\n")
    assert run("check", ".", cwd=project).exit_code == 0
    # a file named on the command line is always checked
    named = run("check", "schemes/old-b.yaml", cwd=project)
    assert named.exit_code == 2
