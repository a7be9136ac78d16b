"""The engine and the reporters as pure functions on in-memory data."""

from __future__ import annotations

import json

from conftest import MINIMAL
from grantcheck.engine import evaluate
from grantcheck.findings import Report, Tally
from grantcheck.load import load_text
from grantcheck.metrics import compute
from grantcheck.policy import Policy
from grantcheck.reporters import json_report, text
from grantcheck.rulepack import Pack
from grantcheck.validate import validate

SCHEME = (
    MINIMAL
    + """application:
  window_days: 14
funding:
  months: 6
  ongoing: true
waivers:
  - rule: GC301
    reason: A one-off winter fund.
"""
)


def report_for(source: str, policy: Policy) -> Report:
    docs, errors = load_text(source, "mem.yaml")
    assert errors == []
    parsed, errors = validate(docs[0])
    assert parsed is not None, errors
    a = {n: x.value for n, x in policy.pack.assumptions.items()}
    result, errors = evaluate(parsed, compute(parsed.scheme, policy.pack.bands, a), policy)
    return Report((result,), tuple(errors))


def test_findings_are_located_stamped_and_waived(policy: Policy) -> None:
    report = report_for(SCHEME, policy)
    by_rule = {f.rule: f for f in report.findings}
    window = by_rule["GC101"]
    assert (window.severity, window.threshold, window.line, window.column) == ("error", 15, 6, 3)
    assert window.fingerprint == "GC101:mem:application.window_days"
    months = by_rule["GC301"]
    assert months.waived and months.waiver_reason == "A one-off winter fund."
    assert report.findings[-1].rule == "GC301"  # waived findings come last
    assert report.counts()["waived"] == 1
    tally = Tally()
    for result in report.schemes:
        tally.add(result)
    assert tally.fails("error") and not tally.fails("never")  # GC101 is an unwaived error


def test_unknown_facts_give_the_rules_unknown_severity(policy: Policy) -> None:
    f = {x.rule: x for x in report_for(MINIMAL, policy).findings}
    assert f["GC101"].unknown and f["GC101"].severity == "warning" and f["GC101"].value is None
    assert "not stated" in f["GC101"].message
    assert f["GC102"].severity == "info"


def test_only_waived_findings_do_not_fail(policy: Policy) -> None:
    report = report_for(
        MINIMAL
        + "application:\n  window_days: 14\nwaivers:\n  - {rule: GC101, reason: Emergency}\n",
        policy,
    )
    assert report.counts()["error"] == 0
    assert not any(f.severity == "error" and not f.waived for f in report.findings)


def test_text_reporter_colour_width_and_quiet(policy: Policy) -> None:
    report = report_for(SCHEME, policy)
    plain = text.render(report, color=False, width=80)
    assert "\x1b[" not in plain
    assert all(len(line) <= 80 for line in plain.splitlines())
    assert (
        "error    GC101  mem.yaml:6:3" in plain
        and "Waived (error): A one-off winter fund." in plain
    )
    assert "Assumptions: reading_words_per_minute: 238 words a minute" in plain
    assert "\x1b[" in text.render(report, color=True, width=80)
    quiet = text.render(report, quiet=True)
    assert "Assumptions" not in quiet and "GC101" in quiet and quiet.rstrip().endswith("1 waived.")


def test_json_reporter_is_plain_data(policy: Policy) -> None:
    data = json.loads(json_report.render(report_for(SCHEME, policy), "9.9"))
    assert data["tool"] == {"name": "grantcheck", "version": "9.9"}
    waived = next(f for f in data["schemes"][0]["findings"] if f["rule"] == "GC301")
    assert waived["waived"] is True and waived["waiver_reason"] == "A one-off winter fund."
    summary = data["summary"]
    assert (summary["schemes"], summary["error"], summary["waived"]) == (1, 1, 1)
    assert set(summary) == {"schemes", "error", "warning", "info", "waived"}


def test_every_key_measure_is_limited_by_a_rule_of_the_default_pack(pack: Pack) -> None:
    """The key-measures table is keyed by metric: a rule pack that stopped checking one would drop
    its row."""
    from grantcheck.reporters.rows import KEY_MEASURES

    limited = {r.metric for r in pack.rules if r.check != "flag"}
    assert set(KEY_MEASURES) <= limited
