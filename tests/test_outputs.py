"""Writing outputs: devices and pipes written directly, files atomically, all or none.

The command-line cases run grantcheck in a subprocess, as CI would (often as
root, where replacing /dev/null with a regular file would break the runner).
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import MINIMAL, slow_except
from conftest import grantcheck_process as grantcheck
from grantcheck import outputs


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "s.yaml").write_text(MINIMAL)
    return tmp_path


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("device", ["/dev/null", "/dev/stdout"])
def test_a_device_is_written_not_replaced(repo: Path, device: str) -> None:
    before = os.stat(device, follow_symlinks=False)
    done = grantcheck("check", "s.yaml", "-f", "json", "-o", device, cwd=repo)
    assert done.returncode == 0, done.stderr
    after = os.stat(device, follow_symlinks=False)
    assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (
        before.st_ino,
        stat.S_IFMT(before.st_mode),
    )
    if device == "/dev/stdout":
        assert '"schema_version": 1' in done.stdout


@pytest.mark.slow  # a subprocess
def test_a_full_disk_is_exit_2_and_says_so(repo: Path) -> None:
    done = grantcheck("check", "s.yaml", "-f", "json", "-o", "/dev/full", cwd=repo)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        "grantcheck: /dev/full: cannot write the output: "
        "the disk is full (no space left on the device)"
    )


@pytest.mark.slow  # three subprocesses each
@pytest.mark.parametrize(
    "target,fragment",
    [
        ("", "not an empty path or a folder"),
        (".", "not an empty path or a folder"),
        ("folder", "is a folder"),
        ("missing/r.json", "the folder missing does not exist"),
        ("link.json", "is a symbolic link"),
        ("pipe", "nothing is reading from the pipe"),
    ],
)
def test_outputs_that_cannot_be_written_are_refused(repo: Path, target: str, fragment: str) -> None:
    (repo / "folder").mkdir()
    (repo / "kept.json").write_text("kept\n")
    (repo / "link.json").symlink_to(repo / "kept.json")
    os.mkfifo(repo / "pipe")
    for args in (
        ["check", "s.yaml", "-f", "json", "-o", target],
        ["check", "s.yaml", "--write-baseline", target],
        ["diff", "s.yaml", "s.yaml", "-o", target],
    ):
        done = grantcheck(*args, cwd=repo)
        assert (
            done.returncode == 2 and fragment in done.stderr and "Traceback" not in done.stderr
        ), args
        assert len(done.stderr.strip().splitlines()) == 1
    assert (repo / "kept.json").read_text() == "kept\n" and (repo / "link.json").is_symlink()


@pytest.mark.slow  # a subprocess
def test_a_new_report_follows_the_umask_and_a_replaced_one_keeps_its_mode(repo: Path) -> None:
    old = os.umask(0o022)
    try:
        assert (
            grantcheck("check", "s.yaml", "-f", "json", "-o", "new.json", cwd=repo).returncode == 0
        )
        assert stat.S_IMODE(os.stat(repo / "new.json").st_mode) == 0o644
        (repo / "old.json").write_text("old")
        os.chmod(repo / "old.json", 0o640)
        assert (
            grantcheck("check", "s.yaml", "-f", "json", "-o", "old.json", cwd=repo).returncode == 0
        )
        assert stat.S_IMODE(os.stat(repo / "old.json").st_mode) == 0o640
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    "args,fragment",
    slow_except(
        [
            (
                ["-f", "json", "-o", "r.json", "-f", "sarif", "-o", "./r.json"],
                "would go to the same file",
            ),
            (
                ["-f", "json", "-o", "r.json", "--write-baseline", "r.json"],
                "would go to the same file",
            ),
            (["-f", "json", "-o", "s.yaml"], "would overwrite a file grantcheck reads"),
            (["--write-baseline", "grantcheck.yaml"], "would overwrite a file grantcheck reads"),
            (
                ["--baseline", "b.json", "--write-baseline", "b.json"],
                "would overwrite a file grantcheck reads",
            ),
            (
                ["--rules", "policy", "-f", "json", "-o", "policy/r.yaml"],
                "would overwrite a file grantcheck reads",
            ),
        ],
        lambda case: "./r.json" in case[0],
    ),
)
def test_outputs_never_clash_or_replace_an_input(
    repo: Path, args: list[str], fragment: str
) -> None:
    (repo / "grantcheck.yaml").write_text("fail_on: never\n")
    (repo / "b.json").write_text('{"grantcheck_baseline": 1, "findings": []}\n')
    (repo / "policy").mkdir()
    (repo / "policy" / "r.yaml").write_text("rules: []\n")
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    done = grantcheck("check", "s.yaml", *args, cwd=repo)
    assert done.returncode == 2 and fragment in done.stderr, done.stderr
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()} == before
    assert not (repo / "r.json").exists()


@pytest.mark.slow  # a subprocess
def test_all_or_none_when_a_later_output_fails(repo: Path) -> None:
    (repo / "r.json").write_text("the old report\n")
    done = grantcheck(
        "check",
        "s.yaml",
        "-f",
        "json",
        "-o",
        "r.json",
        "-f",
        "sarif",
        "-o",
        "/dev/full",
        "--write-baseline",
        "b.json",
        cwd=repo,
    )
    assert done.returncode == 2 and "disk is full" in done.stderr
    assert (repo / "r.json").read_text() == "the old report\n" and not (repo / "b.json").exists()
    assert sorted(p.name for p in repo.iterdir()) == [
        ".git",
        "r.json",
        "s.yaml",
    ]  # no temporary file


@pytest.mark.slow  # a subprocess
def test_a_pipe_someone_reads_gets_the_report(repo: Path) -> None:
    os.mkfifo(repo / "pipe")
    reader = subprocess.Popen(["cat", str(repo / "pipe")], stdout=subprocess.PIPE, text=True)
    done = grantcheck("check", "s.yaml", "-f", "json", "-o", "pipe", cwd=repo)
    out, _ = reader.communicate(timeout=30)
    assert done.returncode == 0 and '"schema_version": 1' in out
    assert stat.S_ISFIFO(os.lstat(repo / "pipe").st_mode)


@pytest.mark.slow  # a subprocess
def test_a_step_summary_pipe_nobody_reads_does_not_hang(repo: Path) -> None:
    os.mkfifo(repo / "summary")
    done = grantcheck(
        "check",
        "s.yaml",
        "-f",
        "github",
        cwd=repo,
        env={"GITHUB_STEP_SUMMARY": str(repo / "summary")},
    )
    assert done.returncode == 0 and "nothing is reading from the pipe" in done.stderr


def test_binary_content_and_the_size_limit(tmp_path: Path) -> None:
    outputs.write_all([(tmp_path / "a.bin", b"\x00\x01"), (tmp_path / "b.txt", "caf\udce9\n")])
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.txt").read_bytes() == b"caf\\udce9\n"  # shown escaped, never a crash
    with pytest.raises(outputs.OutputError, match="larger than 10 bytes"):
        outputs.write_all([(tmp_path / "c.txt", "x" * 11)], max_bytes=10)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.txt"]


def test_a_sink_takes_bytes_through_the_same_writer(tmp_path: Path) -> None:
    from grantcheck.cli import Sink, commit

    sinks = [Sink(tmp_path / "r.xlsx"), Sink(tmp_path / "r.txt")]
    sinks[0].write(b"PK\x03\x04")
    sinks[1].write("text\n")
    commit(sinks)
    assert (tmp_path / "r.xlsx").read_bytes() == b"PK\x03\x04"
    assert (tmp_path / "r.txt").read_text() == "text\n"
