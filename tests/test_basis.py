"""Every limit says where it comes from (rules.md, pack 2, point 1), and the guide is cited in
full."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from conftest import MINIMAL, run, write
from grantcheck.rulepack import SEVERITIES, Pack
from grantcheck.rulepack_basis import BASES

WINDOW_14 = MINIMAL + "application:\n  window_days: 14\n"
LOCAL = (
    "rules:\n  - id: LOCAL1\n    title: Windows of six weeks\n    metric: application.window_days\n"
    "    check: at_least\n    warning: 42\n    advice: Our policy is six weeks.\n"
)


def _findings(output: str) -> dict[str, dict]:
    return {f["rule"]: f for s in json.loads(output)["schemes"] for f in s["findings"]}


def test_every_shipped_limit_has_a_stated_basis(pack: Pack) -> None:
    for rule in pack.rules:
        assert rule.shipped, rule.id
        assert rule.basis, f"{rule.id} states no basis"
        for ground in rule.basis:
            assert ground.kind in BASES and ground.text.strip(), (rule.id, ground)
            assert set(ground.levels or []) <= set(SEVERITIES), rule.id
            assert set(ground.bands or []) <= set(pack.bands), rule.id
        for level in SEVERITIES:
            for band in pack.bands:
                if rule.limit(level, band) is not None or rule.trigger(level) is not None:
                    assert any(g.covers(level, band) for g in rule.basis), (rule.id, level, band)


def test_law_is_cited_current_law_first(pack: Pack) -> None:
    """The Procurement Act 2023 for procurements begun on or after 24 February 2025; PCR 2015 only
    for older ones."""
    for rule in pack.rules:
        for ground in rule.basis:
            if ground.kind == "law":
                assert ground.text.startswith("Procurement Act 2023"), rule.id
        for source in rule.sources:
            if "Public Contracts Regulations 2015" in source or "PCR 2015" in source:
                assert "before 24 February 2025" in source, (rule.id, source)


def test_a_rule_without_a_guide_quote_rests_on_other_sources_or_says_whose_judgement(
    pack: Pack,
) -> None:
    for rule in pack.rules:
        if not rule.guide:
            assert rule.sources or all(g.kind == "judgement" for g in rule.basis), rule.id


def test_the_guide_is_cited_in_full(pack: Pack) -> None:
    g = pack.guide
    assert g is not None
    assert g.title == (
        "Working with Local Infrastructure Organisations to engage smaller VCFSE organisations: "
        "Good practice guide"
    )
    assert (g.year, g.url.startswith("https://www.local.gov.uk/publications/")) == (2024, True)
    assert "Local Government Association" in g.publishers and "NAVCA" in g.publishers


def test_every_json_finding_carries_its_basis(project: Path) -> None:
    write(project, "s.yaml", WINDOW_14 + "funding:\n  payment_days: 45\n")
    f = _findings(run("check", "s.yaml", "-f", "json", cwd=project).output)
    assert all(x["basis"] in BASES and x["basis_text"] for x in f.values())
    assert f["GC307"]["basis"] == "law" and "Procurement Act 2023, s.68" in f["GC307"]["basis_text"]
    assert f["GC101"]["basis_text"].startswith("grantcheck's own judgement (calibrated on")


def test_the_basis_follows_the_limit_crossed(project: Path) -> None:
    """GC307: over 10 days is the Compact's warning; over 30 days the law's error."""
    write(project, "s.yaml", MINIMAL + "funding:\n  payment_days: 20\n")
    assert (
        _findings(run("check", "s.yaml", "-f", "json", cwd=project).output)["GC307"]["basis"]
        == "compact"
    )


def test_reports_show_the_basis_and_the_guide(project: Path) -> None:
    write(project, "s.yaml", WINDOW_14)
    text = run("check", "s.yaml", cwd=project).output
    assert "Limit: grantcheck's own judgement (calibrated on" in " ".join(text.split())
    url = "https://www.local.gov.uk/publications/"
    for fmt in ("markdown", "html"):
        out = run("check", "s.yaml", "-f", fmt, cwd=project).output
        assert "Limit:" in out and url in out and "limit from" in out and "2024" in out
    sarif = json.loads(run("check", "s.yaml", "-f", "sarif", cwd=project).output)
    rule = next(r for r in sarif["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "GC307")
    assert rule["help"]["text"].startswith("Limit: the Compact") and url in rule["help"]["markdown"]
    assert "Procurement Act 2023, s.68" in rule["help"]["text"]
    assert "The guide does not speak to this point" in rule["help"]["text"]


@pytest.mark.parametrize(
    "args,wanted",
    [
        (
            ("explain", "GC307"),
            [
                "Limit: the law (Procurement Act 2023, s.68",
                "does not speak to this point",
                "https://www.local.gov.uk/publications/",
            ],
        ),
        (
            ("explain", "GC101"),
            ["Limit: grantcheck's own judgement", "“longer application window”"],
        ),
        (("rules",), ["basis: grantcheck's own judgement", "the law (Procurement Act 2023, s.18"]),
    ],
)
def test_explain_and_rules_show_the_basis(args: tuple[str, ...], wanted: list[str]) -> None:
    out = " ".join(run(*args).output.split())
    for text in wanted:
        assert text in out, text


def _local(project: Path, extra: str = "") -> dict:
    """LOCAL1's finding, with ``extra`` lines added to the local rule."""
    write(project, "policy/local.yaml", LOCAL + extra)
    write(project, "grantcheck.yaml", "rule_folders: [policy]\n")
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 30\n")
    return _findings(run("check", "s.yaml", "-f", "json", cwd=project).output)["LOCAL1"]


@pytest.mark.parametrize(
    "extra,basis,text",
    [
        # trial19 N10: 'judgement' is grantcheck's own calibration (rules.md); this is the council's
        ("", "local", "local policy (the rule file states no basis)"),
        (
            "    basis: {kind: compact, text: 'our local compact, s.4'}\n",
            "compact",
            "the Compact, as local policy reads it (our local compact, s.4)",
        ),
        ("    basis: judgement\n", "judgement", "local policy"),  # never "grantcheck's own"
        ("    judgement: true\n", "judgement", "local policy"),  # pack 1's flag still loads
    ],
)
def test_a_local_rule_states_its_basis_or_is_local_policy(
    project: Path, extra: str, basis: str, text: str
) -> None:
    f = _local(project, extra)
    assert (f["basis"], f["basis_text"]) == (basis, text)


def test_a_local_rule_cannot_claim_to_be_shipped(project: Path) -> None:
    write(project, "policy/local.yaml", LOCAL + "    shipped: true\n")
    write(project, "grantcheck.yaml", "rule_folders: [policy]\n")
    write(project, "s.yaml", MINIMAL)
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2 and "'shipped' is set by grantcheck" in result.output


def test_limits_changed_in_config_are_local_policy(project: Path) -> None:
    write(project, "s.yaml", WINDOW_14)
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: {micro: 21}\n    error: 10\n")
    f = _findings(run("check", "s.yaml", "-f", "json", cwd=project).output)["GC101"]
    assert (f["basis"], f["basis_text"]) == ("local", "local policy (set in grantcheck.yaml)")
    # a severity alone keeps the basis
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    severity: info\n")
    f = _findings(run("check", "s.yaml", "-f", "json", cwd=project).output)["GC101"]
    assert f["basis_text"].startswith("grantcheck's own judgement")


def test_a_spreadsheet_tells_local_policy_from_grantchecks_judgement(project: Path) -> None:
    """The CSV's and the workbook's `basis` column holds the kind alone ('judgement' for a limit
    grantcheck calibrated, 'local' for one the council set: trial19 N10), and `basis_text` says
    which in words, as JSON does (house12 found the README promising what it could not say)."""
    write(project, "s.yaml", WINDOW_14)
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: {micro: 21}\n    error: 10\n")
    out = run("check", "s.yaml", "-f", "csv", cwd=project).output
    rows = {r["rule"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["GC101"]["basis"] == "local"
    assert rows["GC101"]["basis_text"] == "local policy (set in grantcheck.yaml)"
    shipped = [r for r in rows.values() if r["rule"] != "GC101" and r["basis"] == "judgement"]
    assert shipped and all(r["basis_text"].startswith("grantcheck's own") for r in shipped)
    run("check", "s.yaml", "-f", "xlsx", "-o", "r.xlsx", cwd=project)
    sheet = openpyxl.load_workbook(project / "r.xlsx", read_only=True)["Findings"]
    head, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    found = {r[head.index("rule")]: r for r in body}
    assert found["GC101"][head.index("basis_text")] == "local policy (set in grantcheck.yaml)"
