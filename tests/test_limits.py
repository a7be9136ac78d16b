"""Limits hold per file and per run, within ceilings no config can lift; bad input is exit 2.

Each case is the good behaviour beside the hostile one: the limit stops the
attack, and ordinary input within the limit still loads.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import MINIMAL, slow_except
from conftest import grantcheck_process as grantcheck
from grantcheck.limits import BY_KEY, TABLE, Limits, table_markdown
from grantcheck.load import Cost, load_text
from grantcheck.pipeline import iter_check
from grantcheck.policy import Policy

BOMB = "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"


def test_the_limits_class_and_the_table_agree() -> None:
    assert {lim.key: lim.default for lim in TABLE} == dataclasses.asdict(Limits())
    assert all(lim.default <= lim.ceiling for lim in TABLE)
    assert "| `max_values` | file |" in table_markdown()


def test_values_are_counted_across_every_document_of_a_file() -> None:
    one = BOMB + "c: [*b, *b, *b, *b, *b, *b]\n"  # about 700 values
    docs, errors = load_text("---\n" + one, "f.yaml", Limits(max_values=1_000))
    assert len(docs) == 1 and not errors
    cost = Cost()
    docs, errors = load_text(("---\n" + one) * 5, "f.yaml", Limits(max_values=1_000), cost)
    assert len(docs) == 1 and len(errors) == 1  # the second document spends the file's budget
    assert (
        "the file expands to more than 1,000 values (all its documents together)"
        in errors[0].message
    )
    assert "limits.max_values in the config raises it, up to 500,000" in errors[0].hint
    assert cost.values <= 1_001


def test_documents_are_counted_per_file() -> None:
    docs, errors = load_text("---\na: 1\n" * 4, "f.yaml", Limits(max_documents=3))
    assert len(docs) == 3 and [(e.line, e.message) for e in errors] == [
        (8, "the file holds more than 3 documents")
    ]


@pytest.mark.parametrize(
    "value,ok",
    [
        ("999999999999999", True),
        ("1000000000000001", False),
        ("-1.0e+16", False),
        ("9" * 400, False),
    ],
)
def test_numbers_are_bounded_where_they_are_read(value: str, ok: bool) -> None:
    _, errors = load_text(f"n: {value}\n", "f.yaml")
    assert (not errors) is ok
    if not ok:
        assert errors[0].column == 4 and "too large a number" in errors[0].message
        assert len(errors[0].message) < 100


def _policy(policy: Policy, **limits: int) -> Policy:
    from dataclasses import replace

    return replace(policy, limits=Limits(**limits))


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_run_budget_stops_later_files_the_same_whatever_the_jobs(
    tmp_path: Path, policy: Policy, jobs: int, monkeypatch
) -> None:
    import grantcheck.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    for i in range(6):
        (tmp_path / f"s{i}.yaml").write_text(MINIMAL + f"id: s{i}\n")
    small = _policy(policy, max_run_values=13)  # each file is 6 values
    outcomes = list(iter_check([tmp_path], small, tmp_path, jobs))
    checked = [r.id for results, _ in outcomes for r in results]
    errors = [e for _, errs in outcomes for e in errs]
    assert checked == ["s0", "s1", "s2"]
    assert [str(e) for e in errors] == [
        "s3.yaml:1:1: not checked, nor the 2 files after it: this run has already loaded 18 values "
        "(limit 13, limits.max_run_values). Check fewer files at once; "
        "limits.max_run_values in the config raises it, up to 20,000,000"
    ]


def test_a_file_reports_its_first_errors_and_a_line_counting_the_rest(
    tmp_path: Path, policy: Policy
) -> None:
    # 50,000 unknown keys once printed 50,000 lines; a register's rows are one file too
    (tmp_path / "s.yaml").write_text(MINIMAL + "".join(f"k{i}: 1\n" for i in range(12)))
    (tmp_path / "t.yaml").write_text(MINIMAL + "k: 1\n")
    outcomes = list(iter_check([tmp_path], _policy(policy, max_errors_per_file=5), tmp_path))
    errors = [str(e) for _, errs in outcomes for e in errs]
    assert len(errors) == 7 and errors[4].startswith("s.yaml:9:1: unknown key 'k4'")
    assert errors[5] == (
        "s.yaml:10:1: and 7 more input errors in this file, not shown (only the first 5 of a "
        "file are reported). Fix those first; limits.max_errors_per_file in the config raises "
        "it, up to 100,000"
    )
    assert errors[6].startswith("t.yaml:5:1: unknown key 'k'")


@pytest.mark.slow  # a subprocess each
@pytest.mark.parametrize(
    "config,fragment",
    [
        (
            "limits:\n  max_values: 5000000\n",
            "grantcheck.yaml:2:3: limits.max_values is 5,000,000, above "
            "grantcheck's ceiling of 500,000, which no config can lift",
        ),
        (
            "limits:\n  max_valuse: 5\n",
            "grantcheck.yaml:2:3: unknown limit 'max_valuse'. Did you mean 'max_values'?",
        ),
        (
            "limits:\n  max_depth: 0\n",
            "grantcheck.yaml:2:3: limits.max_depth must be a whole number above 0",
        ),
    ],
)
def test_config_limits_cannot_pass_the_ceilings(project: Path, config: str, fragment: str) -> None:
    (project / "grantcheck.yaml").write_text(config)
    (project / "s.yaml").write_text(MINIMAL)
    done = grantcheck("check", "s.yaml", cwd=project)
    assert done.returncode == 2 and fragment in done.stderr, done.stderr


@pytest.mark.slow  # a subprocess
def test_a_config_may_raise_a_limit_up_to_its_ceiling(project: Path) -> None:
    (project / "s.yaml").write_text(MINIMAL + "notes: [" + ", ".join(["1"] * 150_000) + "]\n")
    assert grantcheck("check", "s.yaml", cwd=project).returncode == 2
    (project / "grantcheck.yaml").write_text(
        f"limits:\n  max_values: {BY_KEY['max_values'].ceiling}\n"
    )
    done = grantcheck("check", "s.yaml", cwd=project)
    assert "expands" not in done.stdout + done.stderr


@pytest.mark.slow  # a subprocess each
@pytest.mark.parametrize(
    "content,fragment",
    [
        (
            '{"grantcheck_baseline": 1, "findings": [{"fingerprint": ' + "9" * 5000 + "}]}",
            "not readable",
        ),
        ("[" * 100_000 + "]" * 100_000, "not a grantcheck baseline"),
        ("LINK", "this is not a regular file"),
        ("FIFO", "this is not a regular file"),
    ],
)
def test_a_hostile_baseline_is_exit_2(project: Path, content: str, fragment: str) -> None:
    (project / "s.yaml").write_text(MINIMAL)
    target = project / "b.json"
    if content == "LINK":
        target.symlink_to("/dev/zero")
    elif content == "FIFO":
        os.mkfifo(target)
    else:
        target.write_text(content)
    done = grantcheck("check", "s.yaml", "--baseline", "b.json", cwd=project)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("grantcheck: b.json:1:1: ") and fragment in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow  # a subprocess
def test_a_deeply_nested_pyproject_is_exit_2(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        "[tool.grantcheck]\nx = " + "[" * 5000 + "]" * 5000 + "\n"
    )
    (project / "s.yaml").write_text(MINIMAL)
    done = grantcheck("check", "s.yaml", cwd=project)
    assert done.returncode == 2 and done.stderr.startswith("grantcheck: pyproject.toml:1:1: ")


@pytest.mark.parametrize(
    "env",
    slow_except(
        [{"PYTHONIOENCODING": "ascii"}, {"HOME": "/nonexistent"}, {}],
        lambda env: "PYTHONIOENCODING" in env,
    ),
)
def test_an_awkward_environment_still_works(project: Path, env: dict[str, str]) -> None:
    (project / "s.yaml").write_text(MINIMAL.replace("Test Fund", "Fund £ ✓"))
    base = {k: v for k, v in os.environ.items() if k != "HOME"}
    done = grantcheck("check", "s.yaml", cwd=project, env={**base, **env})
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "1 scheme checked" in done.stdout


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_parallel_run_stops_the_workers_and_cleans_up(
    tmp_path: Path, signum: int
) -> None:
    from grantcheck.pipeline import PARALLEL_FROM

    for i in range(PARALLEL_FROM * 6):
        (tmp_path / f"s{i:04d}.yaml").write_text(MINIMAL + f"id: s{i}\n")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "grantcheck",
            "check",
            ".",
            "-j",
            "2",
            "-f",
            "json",
            "-o",
            "r.json",
            "-f",
            "sarif",
            "-o",
            "r.sarif",
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not _children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert workers, "the run never started its workers"
    time.sleep(0.3)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signum
    assert err.strip() == f"grantcheck: stopped by {signal.Signals(signum).name}"
    time.sleep(0.2)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and _state(w) != "Z"]
    assert not [p.name for p in tmp_path.iterdir() if not p.name.endswith(".yaml")]


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_security_md_prints_the_limits_table_as_it_is() -> None:
    from conftest import ROOT

    assert table_markdown() in (ROOT / "SECURITY.md").read_text(encoding="utf-8")
