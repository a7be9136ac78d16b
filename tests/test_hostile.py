"""Hostile and broken input: grantcheck stays correct, calm and quick.

Each case runs `grantcheck check` in a subprocess with a time limit; its peak memory is
its own (hostile_cases.OWN_PEAK). Bad input ends in exit code 2 with one line naming the file
(and line and column), never a traceback; the inputs said to load, load."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, load_bench, slow_except
from hostile_cases import CASES, Case, child
from hostile_cases import run as run_case

HOSTILE = Path(__file__).parent / "hostile"
# Issue 10's targets: 30 s and 1 GB. The peak is the child's own VmHWM (hostile_cases.OWN_PEAK):
# wait4's, used before, carries the parent's high-water mark across fork and exec, so under a
# long pytest run every child reported at least pytest's own size (200 MB and more).
SECONDS, MEGABYTES = 30.0, 1000

BAD = {  # file: what the one-line message must say
    "billion-laughs.yaml": "1:14: input error: the file expands to more than 100,000 values",
    "deep-block-nesting.yaml": "input error: nesting is deeper than 50 levels",
    "python-object-tag.yaml": (
        "5:5: input error: the tag 'tag:yaml.org,2002:python/object:os.system' is not allowed"
    ),
    "python-apply-tag.yaml": (
        "5:5: input error: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
    ),
    "merge-key.yaml": "5:3: input error: merge keys (<<) are not supported",
    "anchor-duplicate-key.yaml": (
        "4:3: input error: the key 'max' is given twice in this mapping, once through an alias"
    ),
    "empty.yaml": "1:1: input error: the file holds no scheme",
    "comments-only.yaml": "1:1: input error: the file holds no scheme",
    "document-is-a-list.yaml": "1:1: input error: a scheme must be a mapping",
    "document-is-a-string.yaml": "1:1: input error: a scheme must be a mapping",
    "null-section.yaml": "3:8: input error: award must be a mapping of keys and values, not empty",
    "huge-float.yaml": "4:8: input error: '1.0e+400' is not a finite number",
    "huge-integer.yaml": "6:16: input error: '10000000000000000000...' is too large a number",
    "negative-amount.yaml": "4:8: input error: award.max must be greater than 0, not -1000",
    "nan.yaml": "4:8: input error: '.nan' is not a finite number",
    "inf.yaml": "4:8: input error: '.inf' is not a finite number",
    "string-amount.yaml": "4:8: input error: award.max must be a number, not '£5,000'",
    "impossible-date.yaml": "6:10: input error: '2025-02-30' is not a real date",
    "far-future-date.yaml": (
        "6:3: input error: application.closes (9999-12-20) is not between 1990 and 2150"
    ),
    "long-quoted-key.yaml": (
        "5:3: input error: unknown key 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…'"
    ),
    "long-string.yaml": "1:7: input error: name must have at most 300 characters",
    "invalid-utf8.yaml": "5:5: input error: the file is not UTF-8 text",
    "binary.yaml": "input error: the file is not UTF-8 text",
    "nul-byte.yaml": "1:1: input error: the file contains binary data",
    "format-true.yaml": "1:9: input error: format must be 1, not true",
    "later-document-is-a-list.yaml": "6:1: input error: a scheme must be a mapping",
}
LOADS = ["utf8-bom.yaml", "utf16-bom.yaml", "trailing-document-marker.yaml", "forged-output.yaml"]


def grantcheck(*args: str, cwd: Path) -> tuple[int, str, str, float, float]:
    """Run ``grantcheck check -q ARGS``: exit code, stdout, stderr, CPU seconds, peak MB."""
    return child(["check", "-q", *args], cwd)


def _calm(code: int, out: str, err: str, name: str, fragment: str) -> None:
    assert code == 2, out + err
    assert "Traceback" not in out + err
    lines = [line for line in out.splitlines() if "input error" in line]
    assert len(lines) >= 1 and lines[0].startswith(name), out
    assert fragment in lines[0], lines[0]
    assert len(lines[0]) < 400, "the message must stay one readable line"


@pytest.mark.parametrize(
    "name", slow_except(sorted(BAD), lambda name: name == "python-object-tag.yaml")
)
def test_bad_input(name: str) -> None:
    code, out, err, seconds, peak = grantcheck(str(HOSTILE / name), cwd=HOSTILE)
    _calm(code, out.replace(str(HOSTILE) + "/", ""), err, name, BAD[name])
    assert seconds < SECONDS
    assert 10 < peak < MEGABYTES  # a real figure: an interpreter alone takes more than 10 MB


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("name", LOADS)
def test_awkward_encodings_load(name: str) -> None:
    code, out, err, _, _ = grantcheck(name, cwd=HOSTILE)
    assert code in (0, 1) and "input error" not in out and "Traceback" not in err


def _run_measured(args: list[str], cwd: Path) -> tuple[int, str, float, float]:
    """Exit code, standard output and error together, seconds and peak megabytes."""
    code, out, err, seconds, peak = grantcheck(*args, cwd=cwd)
    return code, out + err, seconds, peak


@pytest.mark.slow  # a subprocess
def test_a_very_large_file_is_refused_quickly(tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_text(MINIMAL + "notes: |\n" + ("  " + "x" * 78 + "\n") * 40_000)
    code, out, seconds, peak = _run_measured(["big.yaml"], tmp_path)
    assert code == 2 and "big.yaml:1:1: input error: the file is larger than 2,000,000 bytes" in out
    assert seconds < SECONDS and peak < MEGABYTES


@pytest.mark.slow  # a subprocess
def test_the_size_limit_is_configurable(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "grantcheck.yaml").write_text("limits:\n  max_file_bytes: 50\n")
    (tmp_path / "s.yaml").write_text(MINIMAL)
    code, out, _, _ = _run_measured(["s.yaml"], tmp_path)
    assert code == 2 and "larger than 50 bytes" in out


@pytest.mark.slow  # a subprocess
def test_very_deep_flow_nesting(tmp_path: Path) -> None:
    (tmp_path / "deep.yaml").write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    code, out, seconds, peak = _run_measured(["deep.yaml"], tmp_path)
    assert code == 2 and "deep.yaml:1:" in out and "nesting" in out and "Traceback" not in out
    assert seconds < SECONDS and peak < MEGABYTES


@pytest.mark.slow  # a subprocess
def test_symbolic_links_broken_and_looping(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (tmp_path / "loop-a.yaml").symlink_to(tmp_path / "loop-b.yaml")
    (tmp_path / "loop-b.yaml").symlink_to(tmp_path / "loop-a.yaml")
    (tmp_path / "good.yaml").write_text(MINIMAL)
    code, out, seconds, _ = _run_measured(["."], tmp_path)
    assert code == 2 and "Traceback" not in out
    assert "broken.yaml:1:1: input error: cannot read the file: No such file or directory" in out
    assert (
        "loop-a.yaml:1:1: input error: cannot read the file: Too many levels of symbolic links"
        in out
    )
    assert "1 scheme checked" in out
    assert seconds < SECONDS


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 stops other users; as root (as in CI) reading is simulated to fail the same way."""
    from grantcheck.source_text import read_text

    path = tmp_path / "locked.yaml"
    path.write_text(MINIMAL)
    if os.geteuid() != 0:
        path.chmod(0)
    else:

        def refuse(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    text, error = read_text(path, "locked.yaml")
    assert text is None and error is not None
    assert (
        str(error)
        == "locked.yaml:1:1: cannot read the file: Permission denied. Check the path and "
        "its permissions"
    )


@pytest.mark.slow  # a subprocess
def test_a_pipe_named_as_a_scheme_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    code, out, seconds, _ = _run_measured(["pipe.yaml"], tmp_path)
    assert (
        code == 2
        and "pipe.yaml:1:1: input error: this is not a regular file" in out
        and seconds < SECONDS
    )


@pytest.mark.slow  # thousands of files
def test_a_folder_of_many_files(tmp_path: Path) -> None:
    for i in range(3000):
        (tmp_path / f"s{i:04d}.yaml").write_text(MINIMAL.replace("Test Fund", f"Fund {i}"))
    code, out, seconds, peak = _run_measured(["."], tmp_path)
    assert code == 0 and "3,000 schemes checked" in out and "33,000 info" in out
    assert seconds < 60 and peak < 400


@pytest.mark.slow  # a subprocess each
@pytest.mark.parametrize(
    "target,fragment",
    [
        ("/etc/passwd", "is outside"),
        ("/dev/zero", "is outside"),
        ("../../../../../../etc/passwd", "is outside"),
        ("link-out.md", "is outside"),
        ("pipe.md", "is not a regular file"),
        ("folder.md", "is a folder, not a document"),
        ("loop.md", "cannot be followed"),
    ],
)
def test_guidance_cannot_reach_outside_or_hang(tmp_path: Path, target: str, fragment: str) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "link-out.md").symlink_to("/etc/passwd")
    os.mkfifo(repo / "pipe.md")
    (repo / "folder.md").mkdir()
    (repo / "loop.md").symlink_to(repo / "loop2.md")
    (repo / "loop2.md").symlink_to(repo / "loop.md")
    (repo / "s.yaml").write_text(
        MINIMAL + f"application:\n  guidance:\n    documents: ['{target}']\n"
    )
    code, out, seconds, _ = _run_measured(["s.yaml"], repo)
    assert code == 2 and fragment in out and seconds < SECONDS
    assert "root:" not in out  # nothing from /etc/passwd reaches the log


@pytest.mark.slow  # a subprocess
def test_allow_path_opens_a_named_folder(tmp_path: Path) -> None:
    shared = tmp_path / "shared-guidance"
    shared.mkdir()
    (shared / "guide.md").write_text(
        "You can apply for a small grant. We will decide quickly and tell you why.\n"
    )
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "s.yaml").write_text(
        MINIMAL + "application:\n  guidance:\n    documents: ['../shared-guidance/guide.md']\n"
    )
    assert _run_measured(["s.yaml"], repo)[0] == 2
    code, out, _, _ = _run_measured(["s.yaml", "--allow-path", str(shared)], repo)
    assert code in (0, 1) and "input error" not in out


def test_output_is_atomic_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grantcheck import cli, outputs

    target = tmp_path / "report.txt"
    target.write_text("the previous report\n")

    def broken_replace(_src: str, _dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", broken_replace)
    with pytest.raises(outputs.OutputError, match="the disk is full"):
        cli.write_atomically(target, "a new report\n" * 1000)
    assert target.read_text() == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary file left behind


@pytest.mark.slow  # a subprocess
def test_an_internal_error_is_one_line_and_exit_3() -> None:
    script = (
        "import sys, grantcheck.pipeline as p\n"
        "def boom(*a, **k):\n    raise ValueError('simulated bug')\n"
        "p.iter_check = boom\n"
        "from grantcheck.cli import main\nsys.argv = ['grantcheck', 'check', 'examples/']\nmain()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "GRANTCHECK_DEBUG"},
    )
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("grantcheck: internal error: ValueError: simulated bug.")


@pytest.mark.slow  # worker processes
def test_output_is_the_same_whatever_the_number_of_jobs(tmp_path: Path) -> None:
    """Above the parallel threshold, workers check files; the report keeps file order exactly."""
    from grantcheck.pipeline import PARALLEL_FROM

    synthetic = load_bench("bench").synthetic
    schemes = tmp_path / "schemes"  # (the reports are written beside it, never searched)
    schemes.mkdir()
    for i in range(PARALLEL_FROM + 50):
        (schemes / f"s{i:04d}.yaml").write_text(synthetic(i))
    # an input error in the middle keeps its place too
    (schemes / "s0100.yaml").write_text("name: [\n")
    # one run a number of jobs writes both formats, one to standard output and one to a file
    # (each format reaches each in one run or another): the same files checked, half the runs
    outputs = {}
    for jobs, shown, saved in (("1", "text", "json"), ("2", "json", "text"), ("3", "text", "json")):
        report = tmp_path / f"report-{jobs}"
        done = subprocess.run(
            [sys.executable, "-m", "grantcheck", "check", "."]
            + ["-f", shown, "-o", "-", "-f", saved, "-o", str(report), "-j", jobs],
            cwd=schemes,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, done.stderr
        outputs[(jobs, shown)] = done.stdout
        outputs[(jobs, saved)] = report.read_text(encoding="utf-8")
    for fmt in ("text", "json"):
        assert outputs[("1", fmt)] == outputs[("2", fmt)] == outputs[("3", fmt)]
    assert "s0100.yaml:1:8: input error" in outputs[("2", "text")]


@pytest.mark.parametrize(
    "case",
    slow_except(CASES, lambda case: case.name == "output-planted-link"),
    ids=[c.name for c in CASES],
)
def test_issue_10_hostile_cases(case: Case, tmp_path: Path) -> None:
    """Every class of issue 10: the right exit code, one line naming the file, no traceback, in
    time."""
    code, out, seconds, peak = run_case(case, tmp_path)
    assert code == case.code, out
    assert "Traceback" not in out and "internal error" not in out
    if case.expect:
        lines = [line for line in out.splitlines() if case.expect in line]
        assert lines, out
        assert len(lines[0]) < 400 and lines[0].count("\n") == 0
    assert seconds < SECONDS and peak < 1024
