"""Defects a new user's trial found: each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, run, write


def test_explain_a_built_in_rule() -> None:
    result = run("explain", "gc001")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("GC001: A waiver matches no finding")
    assert "How to fix" in result.output and "unused_waivers" in result.output


def test_rules_lists_the_built_in_rules_with_their_severity(project: Path) -> None:
    listed = run("rules", cwd=project).output
    assert "\nGC001  A waiver matches no finding\n" in listed
    assert "warning: any such waiver" in listed
    write(project, "grantcheck.yaml", "unused_waivers: ignore\n")
    quiet = run("rules", cwd=project).output
    assert quiet.startswith("42 rules in force") and "off:     any such waiver" in quiet
    assert "Switched off" in run("explain", "GC001", cwd=project).output


CHEST = "examples/before-after/community-chest-2026.yaml"


def test_diff_warns_when_the_scheme_ids_differ(project: Path) -> None:
    text = (ROOT / CHEST).read_text(encoding="utf-8")
    write(project, "old.yaml", text)
    write(project, "new.yaml", text.replace("id: community-chest", "id: youth-fund"))
    shown = run("diff", "old.yaml", "new.yaml", cwd=project)
    assert "Warning: the two versions have different scheme IDs" in shown.stdout
    assert "(community-chest before, youth-fund after)" in shown.stdout
    data = run("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project)
    assert "different scheme IDs" in data.stderr
    assert json.loads(data.stdout)["warnings"][0].startswith("the two versions have different")
    write(project, "plain.yaml", MINIMAL)
    write(project, "other.yaml", MINIMAL)  # no ids stated: the files name the schemes
    assert "Warning" not in run("diff", "plain.yaml", "other.yaml", cwd=project).output


def _directions(project: Path, old: str, new: str, *args: str) -> dict[str, str]:
    write(project, "old.yaml", old)
    write(project, "new.yaml", new)
    shown = run("diff", "old.yaml", "new.yaml", "-f", "json", *args, cwd=project)
    data = json.loads(shown.stdout)
    return {m["metric"]: m["direction"] for m in data["schemes"][0]["metrics"]}


def test_diff_a_bigger_pot_is_not_worse(project: Path) -> None:
    grant = "name: Fund\nfunder: Council\nkind: grant\naward:\n  max: {}\n  total: {}\n"
    seen = _directions(project, grant.format(1000, 20000), grant.format(5000, 900000))
    assert seen["award.max"] == seen["award.total"] == "changed"  # no rule reads them here
    contract = grant.replace("grant", "contract") + "procurement:\n  lots: 1\n"
    seen = _directions(project, contract.format(1000, 20000), contract.format(5000, 900000))
    assert seen["award.total"] == "worse"  # GC601 applies: one large lot shuts small bodies out


def test_diff_direction_follows_each_check_kind(project: Path) -> None:
    old = (
        MINIMAL + "funding:\n  months: 24\n  overheads_percent_cap: 5\n  inflation_uplift: false\n"
    )
    new = (
        MINIMAL + "funding:\n  months: 24\n  overheads_percent_cap: 15\n  inflation_uplift: true\n"
    )
    seen = _directions(project, old, new)
    assert seen["funding.overheads_percent_cap"] == "better"  # at least
    assert seen["funding.inflation_uplift"] == "better"  # a flag that stops matching
    assert _directions(project, new, old)["funding.inflation_uplift"] == "worse"

    local = (
        "rules:\n  - id: LOCAL1\n    title: Uplift only when short\n"
        "    metric: funding.inflation_uplift\n    check: flag\n"
        "    warning: {is: false, when: [{metric: funding.months, below: 12}]}\n"
        "    advice: Add an uplift.\n"
        "  - id: LOCAL2\n    title: A cap on overheads\n    metric: funding.overheads_percent_cap\n"
        "    check: at_most\n    warning: 30\n    advice: Cap them.\n"
    )
    write(project, "local/rules.yaml", local)
    short = [t.replace("months: 24", "months: 6") for t in (old, new)]
    seen = _directions(project, *short, "--rules", "local")
    assert seen["funding.inflation_uplift"] == "better"  # the trigger's is: and when: count
    assert seen["funding.overheads_percent_cap"] == "changed"  # two rules pull opposite ways


def test_generated_sentences_agree_and_read_well(project: Path) -> None:
    write(
        project,
        "s.yaml",
        MINIMAL
        + "eligibility:\n  accounts: audited\n  min_annual_income: 25000\n"
        + "  policies_required: [a, b, c, d, e]\nfunding:\n  months: 12\n",
    )
    shown = run("check", "s.yaml", "-f", "markdown", cwd=project).output
    assert "The accounts required are audited accounts" in shown  # plural agreement
    assert "bank statements (level 1 of 4) or lower passes" in shown  # a level, not an amount
    assert "only £0 passes" in shown and "£0 or less" not in shown
    assert "2 or fewer passes" in shown  # a count
    assert "The scheme does not say whether the timetable is published" in shown
    assert "Timetable published is not stated" not in shown
    # the rule on agreement length applies to ongoing services, and ongoing is not stated
    assert "| Agreement length | 12 months |" in shown
    assert "| the Compact | not known: ongoing service not stated |" in shown
    assert "does not apply" not in shown


def test_every_yes_or_no_fact_can_be_asked_about() -> None:
    from grantcheck.metrics_catalogue import METRICS

    assert [n for n, i in METRICS.items() if i.unit == "bool" and not i.whether] == []
    explained = run("explain", "GC202").output
    assert "Whether the timetable is published (decision.timeline_published)" in explained


def test_an_unclosed_flow_mapping_is_located_at_its_brace(project: Path) -> None:
    write(project, "s.yaml", "name: Fund\nfunder: Council\naward: {max: 1000\n")
    shown = run("check", "s.yaml", cwd=project)
    assert shown.exit_code == 2
    assert "s.yaml:3:8: input error: invalid YAML: the '{' that starts here is never closed" in (
        shown.output
    )
    assert "Close it with '}'" in shown.output


def test_a_yaml_error_is_never_located_past_the_last_line(project: Path) -> None:
    from grantcheck.load import load_text

    for text in ("a: [1, 2", 'a: "open', "a: b\n- c", "a:\n  - {b: 1\n"):
        _, errors = load_text(text, "s.yaml")
        assert errors and errors[0].line <= len(text.splitlines()), (text, errors)
    _, (error,) = load_text("a: {b: 1, c: 2\nd: 3\ne: 4\n", "s.yaml")
    assert (error.line, error.column) == (1, 4) and "on line 2" in error.message


@pytest.mark.parametrize(
    "fact,hint",
    [
        ("funding:\n  months: twelve", "Write a number of months in figures, for example 12"),
        ("decision:\n  days: soon", "Write a whole number of days in figures"),
        ("application:\n  form:\n    questions: ten", "Write a plain whole number in figures"),
        ("reporting:\n  hours_per_report: two", "Write a number of hours in figures"),
        ("eligibility:\n  min_years_operating: two", "Write a number of years in figures"),
        ("eligibility:\n  match_funding_percent: ten", "Write a percentage as a plain number"),
        ("eligibility:\n  min_annual_income: lots", "plain numbers in the scheme's currency"),
    ],
)
def test_a_number_hint_matches_the_field(project: Path, fact: str, hint: str) -> None:
    write(project, "s.yaml", MINIMAL + fact + "\n")
    shown = run("check", "s.yaml", cwd=project).output
    assert hint in shown
    assert ("currency" in shown) == ("currency" in hint)  # money only where money is meant


def test_a_config_number_hint_is_not_about_money(project: Path) -> None:
    write(project, "grantcheck.yaml", "assumptions:\n  reading_speed: fast\n")
    write(project, "s.yaml", MINIMAL)
    shown = run("check", "s.yaml", cwd=project).output
    assert "reading_speed must be a number, not 'fast'. Write a plain number" in shown


def test_a_folder_with_no_scheme_files_is_named_in_a_warning(project: Path) -> None:
    write(project, "notes/readme.txt", "not a scheme\n")
    write(project, "schemes/s.yaml", MINIMAL)
    shown = run("check", "notes", "schemes", cwd=project)
    assert shown.exit_code == 0  # cli.md: only findings and input errors change the exit code
    assert "warning: no scheme files (*.yaml, *.yml) in the folder notes" in shown.stderr
    assert "schemes" not in shown.stderr
    (project / "empty").mkdir()
    here = run("check", "-f", "json", cwd=project / "empty")
    assert here.exit_code == 0 and json.loads(here.stdout)["summary"]["schemes"] == 0
    assert "no scheme files (*.yaml, *.yml) in the current folder" in here.stderr


def test_a_value_far_beyond_the_limits_is_drawn_off_the_scale() -> None:
    import re
    import xml.etree.ElementTree as ET

    from grantcheck.reporters import chart
    from grantcheck.reporters.rows import MeasureRow

    def row(value: float) -> MeasureRow:
        return MeasureRow(
            "GC102", "Guidance", "guidance.pages", "pages", value, "at_most", 2, 5, "error"
        )

    svg = chart.render([row(200), row(4)], "micro", "c")
    ET.fromstring(svg)
    far, near = svg.split("</g>")[:2]
    assert 'class="overflow"' in far and "200 pages (error), beyond the scale" in far
    assert "beyond the chart&#x27;s scale, which ends at 15 pages" in far  # said, not only drawn
    widths = [float(w) for w in re.findall(r'<rect x="[^"]+" y="[^"]+" width="([^"]+)"', far)]
    assert min(widths) > 50  # the zones stay readable, not squeezed by the value
    assert 'class="overflow"' not in near and "beyond" not in near
    assert "beyond the chart&#x27;s scale" in svg.split("<desc")[1]  # for screen readers


def test_the_built_in_rule_is_selected_and_ignored_like_any_other(project: Path) -> None:
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  window_days: 60\nwaivers:\n"
        "  - rule: GC101\n    reason: agreed with the local CVS\n",
    )

    def rules_found(*args: str) -> set[str]:
        shown = run("check", "s.yaml", "-f", "json", *args, cwd=project)
        assert shown.exit_code in (0, 1), shown.output
        return {f["rule"] for f in json.loads(shown.stdout)["schemes"][0]["findings"]}

    assert "GC001" in rules_found()
    assert "GC001" not in rules_found("--ignore", "GC001")
    assert "GC001" not in rules_found("--select", "GC1")
    assert rules_found("--select", "GC001,GC101") == {"GC001"}
