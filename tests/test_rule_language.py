"""The local-rule language refuses rules that could never fire, each at its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, run
from grantcheck.metrics_catalogue import METRICS
from grantcheck.rulepack import default_pack_dir
from grantcheck.rulepack_load import load_pack

RULE = """rules:
  - id: LC1
    title: Local rule
    metric: {metric}
    check: {check}
    warning: {warning}
    when:
      - {condition}
    advice: Do better.
"""
GOOD = {
    "metric": "application.window_days",
    "check": "at_least",
    "warning": 20,
    "condition": "{metric: funding.months, above: 3}",
}


def _load(tmp_path: Path, **changes: str) -> list[str]:
    folder = tmp_path / "local"
    folder.mkdir(exist_ok=True)
    (folder / "local.yaml").write_text(RULE.format(**{**GOOD, **changes}))
    pack, errors = load_pack([(default_pack_dir(), Path("rules")), (folder, Path("local"))])
    assert (pack is None) == bool(errors)
    return [str(e) for e in errors]


def test_a_good_local_rule_loads(tmp_path: Path) -> None:
    assert _load(tmp_path) == []


@pytest.mark.parametrize(
    "changes,expected",
    [
        (
            {"condition": "{metric: funding.monthz, above: 3}"},
            "local/local.yaml:8:18: rule LC1: unknown metric 'funding.monthz'. "
            "Did you mean 'funding.months'? See 'grantcheck rules --metrics'",
        ),
        (
            {"condition": "{metric: funding.months, above: 3, below: 12}"},
            "local/local.yaml:8:9: rule LC1: a condition makes exactly one test",
        ),
        ({"condition": "{metric: funding.months}"}, "this has no test"),
        (
            {"warning": "{micro: 10, smal: 20}"},
            "local/local.yaml:6:26: rule LC1: 'smal' is not a band. Did you mean 'small'?",
        ),
        ({"condition": "{metric: award.band, in: [micro, smal]}"}, "'smal' is not a band"),
        (
            {"metric": "kind", "warning": "3"},
            "local/local.yaml:4:13: rule LC1: at_least needs a metric that is a number, "
            "but kind is text",
        ),
        ({"condition": "{metric: kind, below: 3}"}, "below compares numbers, but kind is text"),
        (
            {"condition": "{metric: funding.ongoing, equals: 'yes'}"},
            "'yes' can never be a value of funding.ongoing, which is true or false",
        ),
        ({"condition": "{any: []}"}, "'any' lists no conditions"),
        (
            {"condition": "{metric: kind, any: [{metric: kind, equals: grant}]}"},
            "takes no metric or test",
        ),
    ],
)
def test_a_rule_that_could_never_fire_is_refused(
    tmp_path: Path, changes: dict[str, str], expected: str
) -> None:
    errors = _load(tmp_path, **changes)
    assert len(errors) == 1 and expected in errors[0], errors


def test_the_shipped_pack_passes_the_language_checks() -> None:
    pack, errors = load_pack([(default_pack_dir(), Path("rules"))], quick=False)
    assert pack is not None and errors == []


def test_rules_metrics_lists_every_metric_a_rule_may_read() -> None:
    result = run("rules", "--metrics", cwd=ROOT)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    named = {line.split()[0] for line in lines[3:]}
    assert named == set(METRICS)
    assert any(line.split()[:3] == ["application.window_days", "number", "days"] for line in lines)


@pytest.mark.parametrize(
    "config,expected",
    [
        (
            "bands:\n  micro: -5\n",
            "grantcheck.yaml:2:10: bands.micro must be greater than 0, not -5",
        ),
        (
            "rules:\n  GC101:\n    warning: {micro: -3}\n",
            "grantcheck.yaml:3:15: the warning limit -3 is below zero",
        ),
        (
            "rules:\n  GC101:\n    error: -1\n",
            "grantcheck.yaml:3:5: the error limit -1 is below zero",
        ),
        (
            "rules:\n  GC101:\n    warning: {smal: 3}\n",
            "grantcheck.yaml:3:15: 'smal' is not a band. Did you mean 'small'?",
        ),
    ],
)
def test_config_limits_that_could_never_fire_are_refused(
    tmp_path: Path, config: str, expected: str
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "grantcheck.yaml").write_text(config)
    (tmp_path / "s.yaml").write_text("name: A\nfunder: B\naward:\n  max: 1000\n")
    result = run("check", "s.yaml", cwd=tmp_path)
    assert result.exit_code == 2 and expected in result.output, result.output


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "format: true\nname: A\nfunder: B\naward:\n  max: 1000\n",
            ["s.yaml:1:9: input error: format must be 1, not true"],
        ),
        (
            "name: A\nfunder: B\naward:\n  max: 1000\n  _shown: 3\n",
            ["s.yaml:5:3: input error: unknown key '_shown' in award. Allowed keys here: "],
        ),
        ("name: A\nfunder: B\naward:\n  max: 1000\n---\n", []),
        (
            "name: A\nfunder: B\naward:\n  max: 1000\n---\n- a list\n---\nname: C\n",
            [
                "s.yaml:6:1: input error: a scheme must be a mapping",
                "s.yaml:8:1: input error: 'funder' is required",
                "s.yaml:8:1: input error: 'award' is required",
            ],
        ),
    ],
)
def test_scheme_documents_are_located_and_strict(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    (tmp_path / "s.yaml").write_text(text)
    result = run("check", "-q", "s.yaml", cwd=tmp_path)
    errors = [line for line in result.output.splitlines() if ": input error: " in line]
    assert len(errors) == len(expected), result.output
    for line, fragment in zip(errors, expected, strict=True):
        assert line.startswith(fragment), line
    assert "_plan" not in result.output and "_names" not in result.output
