"""The command line: exit codes, flags and commands, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, run, write

EXAMPLES = ROOT / "examples"


def test_clean_scheme_exits_0() -> None:
    result = run("check", "examples/small-grants-lio-designed.yaml")
    assert result.exit_code == 0, result.output
    assert "No findings." in result.output


def test_findings_exit_1() -> None:
    result = run("check", "examples/micro-grant-worst-practice.yaml")
    assert result.exit_code == 1
    assert "GC101" in result.output and "14 days" in result.output


def test_bad_file_exits_2_and_others_are_still_checked(project: Path) -> None:
    write(project, "a-bad.yaml", MINIMAL + "application:\n  windw_days: 14\n")
    write(project, "b-good.yaml", MINIMAL)
    result = run("check", ".", cwd=project)
    assert result.exit_code == 2
    assert (
        "a-bad.yaml:6:3: input error: unknown key 'windw_days' in application. Did you "
        "mean 'window_days'?" in result.output
    )
    assert "Test Fund" in result.output  # the good file was reported
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fail_on,code", [("never", 0), ("error", 1), ("warning", 1), ("info", 1)])
def test_fail_on(fail_on: str, code: int) -> None:
    assert (
        run("check", "examples/micro-grant-worst-practice.yaml", "--fail-on", fail_on).exit_code
        == code
    )


def test_fail_on_warning_catches_warnings_only_scheme() -> None:
    path = "examples/befriending-contract-continuation.yaml"  # one warning (GC602)
    assert run("check", path).exit_code == 0
    assert run("check", path, "--fail-on", "warning").exit_code == 1


def test_waived_findings_never_fail() -> None:
    result = run("check", "examples/emergency-fund-with-waivers.yaml", "--fail-on", "info")
    assert result.exit_code == 0
    assert "waived" in result.output and "Emergency winter fund" in result.output


def test_select_and_ignore() -> None:
    data = json.loads(
        run(
            "check",
            "examples/micro-grant-worst-practice.yaml",
            "-f",
            "json",
            "--select",
            "GC1,GC2",
            "--ignore",
            "GC101",
        ).output
    )
    rules = {f["rule"] for f in data["schemes"][0]["findings"]}
    assert rules and all(r[:3] in ("GC1", "GC2") for r in rules) and "GC101" not in rules


def test_unknown_select_is_a_usage_error() -> None:
    result = run("check", "examples/", "--select", "GC9")
    assert result.exit_code == 2
    assert "'GC9' matches no rule" in result.output


def test_output_file_and_quiet(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = run("check", "examples/micro-grant-worst-practice.yaml", "-q", "-o", str(out))
    assert result.exit_code == 1 and result.output == ""
    text = out.read_text()
    assert "Application window" not in text and "GC101" in text and "1 scheme checked" in text
    assert not list(tmp_path.glob(".*.tmp"))


def test_output_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run(
        "check", "examples/small-grants-lio-designed.yaml", "-o", str(tmp_path / "no" / "r.txt")
    )
    assert result.exit_code == 2
    assert "cannot write here: the folder" in result.output and "does not exist" in result.output
    assert not (tmp_path / "no").exists()


def test_text_fits_80_columns_with_no_colour_when_piped() -> None:
    result = run("check", "examples/")
    assert "\x1b[" not in result.output
    # but a web address alone on its line (the guide's, cited in full: rules.md Pack 2 §1),
    # which is never split so that it copies whole
    lines = [x for x in result.stdout.splitlines() if not x.strip().startswith("https://")]
    assert max(len(line) for line in lines) <= 80


def test_no_color_is_honoured_on_a_terminal() -> None:
    script = (
        "import pty, os, sys; os.environ['NO_COLOR']='1';"
        "pty.spawn([sys.executable, '-m', 'grantcheck', 'check', "
        "'examples/micro-grant-worst-practice.yaml'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert "GC101" in done.stdout and "\x1b[" not in done.stdout.replace("\x1b[?", "")


@pytest.mark.slow  # a subprocess on a terminal (test_no_color_is_honoured_on_a_terminal stays)
def test_colour_on_a_terminal_without_no_color() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"TERM": "xterm"}
    script = (
        "import pty, sys; pty.spawn([sys.executable, '-m', 'grantcheck', 'check', "
        "'examples/micro-grant-worst-practice.yaml'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "\x1b[" in done.stdout


def test_version_loads_neither_rich_nor_textstat() -> None:
    script = (
        "import sys; from grantcheck.cli import main; sys.argv = ['grantcheck', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('rich', 'textstat', 'nltk', 'pydantic') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.splitlines() == ["grantcheck 0.1.0", "[]"], done.stdout + done.stderr


def test_python_m_grantcheck() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "grantcheck", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == "grantcheck 0.1.0"


def test_json_shape() -> None:
    result = run("check", "examples/micro-grant-worst-practice.yaml", "-f", "json")
    data = json.loads(result.output)
    assert data["schema_version"] == 1 and data["tool"]["name"] == "grantcheck"
    scheme = data["schemes"][0]
    assert {
        "file",
        "id",
        "name",
        "funder",
        "kind",
        "band",
        "metrics",
        "findings",
        "assumptions",
    } <= set(scheme)
    assert (
        scheme["file"] == "examples/micro-grant-worst-practice.yaml" and scheme["band"] == "micro"
    )
    first = next(f for f in scheme["findings"] if f["rule"] == "GC101")
    assert isinstance(first["threshold"], int)  # 15, as in the spec's example, not 15.0
    assert first == first | {
        "severity": "error",
        "metric": "application.window_days",
        "value": 14,
        "threshold": 15,
        "file": "examples/micro-grant-worst-practice.yaml",
        "line": 20,
        "column": 3,
        "waived": False,
        "waiver_reason": None,
    }
    assert all(f["severity"] in ("error", "warning", "info") for f in scheme["findings"])
    assert all(
        v is None or isinstance(v, (int, float, bool, str)) for v in scheme["metrics"].values()
    )
    assert data["summary"]["schemes"] == 1 and data["errors"] == []
    assert scheme["assumptions"]["hourly_cost"] == 20


def test_json_errors_are_listed(project: Path) -> None:
    write(project, "bad.yaml", "name: [\n")
    result = run("check", "bad.yaml", "-f", "json", cwd=project)
    data = json.loads(result.stdout)
    assert (
        result.exit_code == 2
        and data["errors"][0]["file"] == "bad.yaml"
        and data["errors"][0]["line"] == 1  # the last line, never past it
    )


def test_missing_path_is_an_error() -> None:
    result = run("check", "examples/nope.yaml")
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_explain() -> None:
    result = run("explain", "gc101")
    assert result.exit_code == 0
    assert "a very short time to make an application for funding (two weeks)" in result.output
    assert "micro" in result.output and "28 days" in result.output


def test_explain_unknown_rule_suggests() -> None:
    result = run("explain", "GC1022")
    assert result.exit_code == 2 and "did you mean GC102?" in result.output


def test_rules_lists_every_rule() -> None:
    result = run("rules")
    assert result.exit_code == 0 and result.output.startswith("43 rules in force")


def test_schema_is_json_schema() -> None:
    schema = json.loads(run("schema").output)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert set(schema["required"]) == {"name", "funder", "award"}
    assert schema["additionalProperties"] is False
    config = json.loads(run("schema", "--config").output)
    assert "fail_on" in config["properties"]


def test_init_writes_a_valid_scheme_and_never_overwrites(project: Path) -> None:
    assert run("init", cwd=project).exit_code == 0
    assert run("check", "scheme.yaml", cwd=project).exit_code == 0
    write(project, "scheme.yaml", "mine\n")
    result = run("init", cwd=project)
    assert result.exit_code == 2 and "use --force" in result.output
    assert (project / "scheme.yaml").read_text() == "mine\n"
    assert run("init", "--force", cwd=project).exit_code == 0
    assert "Community Small Grants" in (project / "scheme.yaml").read_text()


def test_waiver_for_unknown_rule_is_an_error(project: Path) -> None:
    write(project, "s.yaml", MINIMAL + "waivers:\n  - rule: GC999\n    reason: because\n")
    result = run("check", "s.yaml", cwd=project)
    assert (
        result.exit_code == 2
        and "s.yaml:6:11: input error: the waiver names GC999" in result.output
    )


def test_guidance_documents_are_read_relative_to_the_scheme(project: Path) -> None:
    write(
        project,
        "sub/guide.md",
        "You can apply for a grant. We will decide quickly and tell you why.\n",
    )
    write(project, "sub/s.yaml", MINIMAL + "application:\n  guidance:\n    documents: [guide.md]\n")
    data = json.loads(run("check", "sub/s.yaml", "-f", "json", cwd=project).output)
    assert data["schemes"][0]["metrics"]["guidance.words"] == 14


@pytest.mark.parametrize(
    "name,message",
    [
        ("missing.md", "guidance document 'missing.md' was not found"),
        ("../../outside.md", "is outside"),
        ("guide.odt", "cannot read: save it as .docx (Word) or PDF"),
        ("guide.epub", "is not a .md, .txt, .pdf, .docx, .html or .htm file"),
        ("folder.md", "is a folder, not a document"),  # (as measure says it: trial23 T10)
    ],
)
def test_bad_guidance_documents(project: Path, name: str, message: str) -> None:
    (project.parent / "outside.md").write_text("secret text\n")
    (project / "sub" / "folder.md").mkdir(parents=True)
    write(
        project, "sub/s.yaml", MINIMAL + f"application:\n  guidance:\n    documents: ['{name}']\n"
    )
    result = run("check", "sub/s.yaml", cwd=project)
    assert result.exit_code == 2
    line = next(
        x for x in result.output.splitlines() if x.startswith("sub/s.yaml:7:17: input error: ")
    )
    assert message in line
    assert "secret text" not in result.output


@pytest.mark.parametrize(
    ("name", "start"),
    [("r.html", "<!DOCTYPE html>"), ("r.json", "{"), ("r.md", "# "), ("r.sarif", "{")],
)
def test_an_output_file_name_implies_its_format(tmp_path: Path, name: str, start: str) -> None:
    """With no --format, `-o report.html` writes HTML (not a text report in a .html file)."""
    result = run("check", "examples/small-grants-lio-designed.yaml", "-o", str(tmp_path / name))
    assert result.exit_code in (0, 1), result.output
    assert (tmp_path / name).read_text(encoding="utf-8").lstrip().startswith(start)
