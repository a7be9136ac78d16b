"""CI outputs: SARIF validated against the official schema, GitHub commands,
JUnit read by a real parser, several formats at once, baselines and waivers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from junitparser import JUnitXml

from conftest import MINIMAL, ROOT, run, write

SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"the official SARIF schema is not at {SARIF_SCHEMA}")
    from jsonschema import Draft4Validator

    schema = json.loads(SARIF_SCHEMA.read_text())
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


@pytest.mark.parametrize(
    "args",
    [
        ["examples/"],
        ["examples/emergency-fund-with-waivers.yaml"],
        ["examples/small-grants-lio-designed.yaml"],
    ],
)
def test_sarif_validates(validator, args: list[str]) -> None:
    result = run("check", *args, "-f", "sarif")
    sarif = json.loads(result.stdout)  # standard error may warn (a repeated scheme id)
    errors = sorted(validator.iter_errors(sarif), key=str)
    assert not errors, errors[0]


def test_sarif_content(validator) -> None:
    sarif = json.loads(run("check", "examples/", "-f", "sarif").stdout)
    run_ = sarif["runs"][0]
    driver = run_["tool"]["driver"]
    assert (
        driver["name"] == "grantcheck"
        and driver["version"]
        and driver["informationUri"].startswith("https://")
    )
    rules = {r["id"]: r for r in driver["rules"]}
    assert len(rules) == 43  # 42 rules and GC001
    gc101 = rules["GC101"]
    assert gc101["shortDescription"]["text"] and gc101["fullDescription"]["text"]
    assert (
        "two weeks" in gc101["help"]["text"] and "> a very short time" in gc101["help"]["markdown"]
    )
    assert gc101["defaultConfiguration"]["level"] == "error"
    assert rules["GC204"]["defaultConfiguration"]["level"] == "note"
    result = next(
        r
        for r in run_["results"]
        if r["ruleId"] == "GC101"
        and "micro-grant" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    )
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "examples/micro-grant-worst-practice.yaml"
    assert loc["region"] == {"startLine": 20, "startColumn": 3}
    assert result["level"] == "error"
    first_sentence = result["message"]["text"].split(". ")[0]
    assert first_sentence.startswith("The application window is 14 days")
    assert result["partialFingerprints"] == {
        "grantcheck/v1": "GC101:neighbourhood-celebration-2025:application.window_days"
    }
    waived = [r for r in run_["results"] if "suppressions" in r]
    assert {r["ruleId"] for r in waived} == {"GC101", "GC301"}
    assert waived[0]["suppressions"][0]["kind"] == "inSource"
    assert "Emergency winter fund" in " ".join(
        r["suppressions"][0]["justification"] for r in waived
    )


def test_sarif_fingerprints_survive_moved_lines(project: Path) -> None:
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 14\n")
    before = json.loads(run("check", "s.yaml", "-f", "sarif", cwd=project).output)["runs"][0][
        "results"
    ]
    write(project, "s.yaml", "# a comment\n\n" + MINIMAL + "application:\n  window_days: 14\n")
    after = json.loads(run("check", "s.yaml", "-f", "sarif", cwd=project).output)["runs"][0][
        "results"
    ]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    assert before[0]["locations"] != after[0]["locations"]


def test_sarif_uri_is_repository_relative(project: Path) -> None:
    write(project, "schemes/s.yaml", MINIMAL)
    sarif = json.loads(run("check", "s.yaml", "-f", "sarif", cwd=project / "schemes").output)
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"
    ]
    assert uri == "schemes/s.yaml"


def test_sarif_reports_input_errors(validator, project: Path) -> None:
    write(project, "bad.yaml", "name: [\n")
    result = run("check", "bad.yaml", "-f", "sarif", cwd=project)
    sarif = json.loads(result.stdout)
    assert result.exit_code == 2 and not list(validator.iter_errors(sarif))
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert (
        invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["region"][
            "startLine"
        ]
        == 1  # the last line, never past it
    )


def test_github_commands_and_auto_selection(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 14\n")
    summary = project / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("check", "s.yaml", cwd=project)
    lines = result.output.splitlines()
    error = next(line for line in lines if line.startswith("::error "))
    assert error.startswith(
        "::error file=s.yaml,line=6,col=3,"
        "title=GC101 The application window is long enough%3A not met::"
    )
    assert "%0AHow to fix: " in error and "\n" not in error
    assert any(line.startswith("::warning ") for line in lines) and any(
        line.startswith("::notice ") for line in lines
    )
    text = summary.read_text()
    assert text.startswith("## grantcheck") and "| error | GC101 | s |" in text
    run("check", "s.yaml", cwd=project)
    assert summary.read_text().count("## grantcheck") == 2  # appended, not replaced


def test_github_encodes_properties() -> None:
    from grantcheck.reporters.github import _data, _prop

    # a newline from input is shown, not encoded: only grantcheck's own paragraphs become %0A
    assert _prop("a:b,c%d\ne") == "a%3Ab%2Cc%25d\\ne"
    assert _data("50%\r\nok") == "50%25 ok"
    assert _data("one\x1b", "two") == "one\\x1b%0Atwo"


def test_junit_parses_with_a_real_parser(tmp_path: Path) -> None:
    out = tmp_path / "junit.xml"
    result = run("check", "examples/", "-f", "junit", "-o", str(out))
    assert result.exit_code == 1
    xml = JUnitXml.fromfile(str(out))
    suites = {s.name: s for s in xml}
    assert len(suites) == 19  # one suite a scheme in examples/
    worst = next(
        s for name, s in suites.items() if name.startswith("neighbourhood-celebration-2025")
    )
    assert worst.tests == 42
    cases = {c.name.split()[0]: c for c in worst}
    assert not cases["GC101"].is_passed and cases["GC101"].result[0].type == "error"
    assert cases["GC702"].is_passed  # info is below --fail-on error
    clean = next(s for name, s in suites.items() if name.startswith("stronger-communities-2026"))
    assert clean.failures == 0
    waived = next(s for name, s in suites.items() if name.startswith("winter-warmth-2026"))
    assert waived.failures == 0 and any(c.is_skipped for c in waived)


def test_junit_follows_fail_on(tmp_path: Path) -> None:
    out = tmp_path / "junit.xml"
    run(
        "check",
        "examples/befriending-contract-continuation.yaml",
        "-f",
        "junit",
        "-o",
        str(out),
        "--fail-on",
        "warning",
    )
    suite = next(iter(JUnitXml.fromfile(str(out))))
    assert suite.failures == 1


def test_several_formats_in_one_run(tmp_path: Path) -> None:
    sarif, junit = tmp_path / "r.sarif", tmp_path / "r.xml"
    result = run(
        "check",
        "examples/micro-grant-worst-practice.yaml",
        "-f",
        "sarif",
        "-o",
        str(sarif),
        "-f",
        "junit",
        "-o",
        str(junit),
        "-f",
        "text",
    )
    assert result.exit_code == 1
    assert "Neighbourhood Celebration Fund" in result.output
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
    assert junit.read_text().startswith("<?xml")


def test_two_formats_cannot_share_standard_output() -> None:
    result = run("check", "examples/", "-f", "json", "-f", "text")
    assert result.exit_code == 2 and "only one format can go to standard output" in result.output


def test_baseline_reports_only_new_findings(project: Path) -> None:
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 14\n")
    # recording the baseline accepts its findings: exit 0 (session 11's decision, docs/ci.md)
    assert run("check", "s.yaml", "--write-baseline", "baseline.json", cwd=project).exit_code == 0
    entries = json.loads((project / "baseline.json").read_text())["findings"]
    assert "GC101:s:application.window_days" in {e["fingerprint"] for e in entries}
    known = run("check", "s.yaml", "--baseline", "baseline.json", cwd=project)
    assert known.exit_code == 0, known.output
    assert "known" in known.output and "known from the baseline" in known.output
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  window_days: 40\nfunding:\n  months: 3\n  ongoing: true\n",
    )
    new = run("check", "s.yaml", "--baseline", "baseline.json", "-f", "json", cwd=project)
    data = json.loads(new.output)
    assert new.exit_code == 1
    assert {f["rule"]: f["baseline"] for f in data["schemes"][0]["findings"]}["GC301"] == "new"
    assert "GC101:s:application.window_days" in data["stale_baseline"]
    sarif = json.loads(
        run("check", "s.yaml", "--baseline", "baseline.json", "-f", "sarif", cwd=project).output
    )
    assert {r["baselineState"] for r in sarif["runs"][0]["results"]} == {"new", "unchanged"}


def test_bad_baseline_is_a_clear_error(project: Path) -> None:
    write(project, "s.yaml", MINIMAL)
    write(project, "b.json", "{}")
    result = run("check", "s.yaml", "--baseline", "b.json", cwd=project)
    assert (
        result.exit_code == 2
        and "b.json:1:1: the baseline is not a grantcheck baseline" in result.output
    )


def test_unused_waiver_is_reported(project: Path) -> None:
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  window_days: 60\nwaivers:\n  - rule: GC101\n    reason: Old\n",
    )
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    unused = next(f for f in data["schemes"][0]["findings"] if f["rule"] == "GC001")
    assert (unused["severity"], unused["line"], unused["column"], unused["value"]) == (
        "warning",
        8,
        11,
        "GC101",
    )
    write(project, "grantcheck.yaml", "unused_waivers: ignore\n")
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    assert "GC001" not in {f["rule"] for f in data["schemes"][0]["findings"]}


def test_config_can_refuse_scheme_waivers_and_grant_its_own(project: Path) -> None:
    write(
        project,
        "s.yaml",
        MINIMAL
        + "application:\n  window_days: 14\nwaivers:\n  - rule: GC101\n    reason: Trust me\n",
    )
    write(project, "grantcheck.yaml", "scheme_waivers: false\n")
    refused = run("check", "s.yaml", cwd=project)
    assert (
        refused.exit_code == 2
        and "waivers in scheme files are refused by grantcheck.yaml" in refused.output
    )
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 14\n")
    write(
        project,
        "grantcheck.yaml",
        "scheme_waivers: false\nwaivers:\n  - {scheme: 's*', rule: GC101, reason: Agreed "
        "by the board}\n",
    )
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    f = next(f for f in data["schemes"][0]["findings"] if f["rule"] == "GC101")
    assert (
        f["waived"]
        and f["waiver_source"] == "config"
        and f["waiver_reason"] == "Agreed by the board"
    )
