"""Session 21's house-keeping: hostile input left open by session 20, and code shape."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write
from grantcheck import baseline


def _peak(text: str) -> tuple[object, int]:
    """What baseline.parse makes of ``text``, and the most memory it held at once."""
    tracemalloc.start()
    try:
        parsed = baseline.parse(text)
        return parsed, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("junk", ["[]", "{}", '{"a":[]}', "0"])
def test_a_baseline_of_junk_is_refused_before_it_is_built(junk: str) -> None:
    """json.loads built every value of a baseline before one was checked: 40 MB of '[],' took
    1 GB (session 20, open). Each finding is now read alone and checked before the next."""
    head = '{"grantcheck_baseline": 1, "findings": ['
    text = head + ",".join([junk] * 1_000_000) + "]}"
    parsed, peak = _peak(text)
    assert isinstance(parsed, str) and parsed.startswith("not a list of findings")
    assert peak < 4_000_000  # was 60 to 200 MB: every value built


def test_a_large_baseline_costs_less_than_its_json_would() -> None:
    """A real baseline of 100,000 findings: each kept as its fingerprint, severity and scheme,
    not as a dictionary of every field (json.loads held 5.6 bytes for each byte read; now 2.2)."""
    entries = [
        {"fingerprint": f"GC101:s{n}:questions", "rule": "GC101", "scheme": f"s{n}"}
        | {"metric": "questions", "file": f"s{n}.yaml", "severity": "warning"}
        for n in range(100_000)
    ]
    text = json.dumps({"grantcheck_baseline": 1, "findings": entries})
    parsed, peak = _peak(text)
    assert not isinstance(parsed, str) and len(parsed) == 100_000
    assert parsed.severity["GC101:s7:questions"] == "warning"
    assert parsed.scheme["GC101:s7:questions"] == "s7"
    assert peak < 3 * len(text)


@pytest.mark.parametrize(
    "text,said",
    [
        (
            '{"grantcheck_baseline": 1, "findings": [{"fingerprint": "a", "x": [1]}]}',
            "not a list of findings (one holds a list or object; a finding holds only text)",
        ),
        (
            '{"grantcheck_baseline": 1, "x": [[]], "findings": []}',
            'not a grantcheck baseline (it holds a list or object outside "findings")',
        ),
        ("[" * 100_000 + "]" * 100_000, "not a grantcheck baseline"),
        ('{"grantcheck_baseline": 1}', "not a list of findings"),
        ('{"grantcheck_baseline": 2, "findings": [5]}', "not a grantcheck baseline"),
        ('{"grantcheck_baseline": 1, "findings": [{"fingerprint": "a"},]}', "Expecting value"),
        ('{"grantcheck_baseline": 1, "findings": []} x', "column 44: Extra data"),
    ],
)
def test_a_baseline_not_of_its_shape_is_said_to_be(project: Path, text: str, said: str) -> None:
    write(project, "s.yaml", MINIMAL)
    write(project, "b.json", text)
    result = run("check", "s.yaml", "--baseline", "b.json", cwd=project)
    assert result.exit_code == 2 and "b.json:1:1: the baseline is " in result.output
    assert said in result.output
