"""Issue 10's hostile cases, one or more per class, built in a fresh folder at run time.

Shared by ``tests/test_hostile.py`` (each case in a subprocess with a time
limit: exit code, one located line, no traceback) and ``bench/hostile.py``
(each case's time and peak memory). Large inputs are generated here, never
kept in the repository.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MINIMAL = "name: Test Fund\nfunder: Test Council\naward:\n  max: 1000\n"
LEVELS = (
    "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
)  # 1,000 values from 3 lines


@dataclass(frozen=True)
class Case:
    """A hostile input: ``build`` makes it in a folder and returns the command's arguments."""

    name: str
    build: Callable[[Path], list[str]]
    expect: str  # in the one line that reports it
    code: int = 2
    env: dict[str, str | None] = field(default_factory=dict)  # None: unset


def _repo(folder: Path, *files: tuple[str, str]) -> None:
    (folder / ".git").mkdir(exist_ok=True)
    (folder / "s.yaml").write_text(MINIMAL)
    for name, text in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)


def many_document_bomb(folder: Path) -> list[str]:
    """Each document under the old per-document limit; together, a bomb."""
    _repo(
        folder,
        ("bomb.yaml", ("---\n" + LEVELS + "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n") * 400),
    )
    return ["check", "bomb.yaml"]


def many_documents(folder: Path) -> list[str]:
    _repo(folder, ("docs.yaml", "---\na: 1\n" * 20_000))
    return ["check", "docs.yaml"]


def many_files_run_budget(folder: Path) -> list[str]:
    """Files each within the file limits, adding up past the run's budget (lowered to keep it
    quick)."""
    _repo(folder, ("grantcheck.yaml", "limits:\n  max_run_values: 30000\n"))
    for i in range(8):
        (folder / f"b{i:02d}.yaml").write_text(LEVELS + "d: [" + ", ".join(["*c"] * 9) + "]\n")
    # named: a folder search skips them, as other tools' YAML (no funder or award: trial20)
    return ["check", *(f"b{i:02d}.yaml" for i in range(8))]


def config(text: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _repo(folder, ("grantcheck.yaml", text))
        return ["check", "s.yaml"]

    return build


def args(*extra: str, files: tuple[tuple[str, str], ...] = ()) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _repo(folder, *files)
        return list(extra)

    return build


def baseline(kind: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _repo(folder)
        target = folder / "b.json"
        if kind == "zero":
            target.symlink_to("/dev/zero")
        elif kind == "fifo":
            os.mkfifo(target)
        elif kind == "digits":
            target.write_text('{"grantcheck_baseline": 1, "findings": [' + "9" * 100_000 + "]}")
        else:
            target.write_text("[" * 200_000 + "]" * 200_000)
        return ["check", "s.yaml", "--baseline", "b.json"]

    return build


def link_out(kind: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        repo = folder / "repo"
        repo.mkdir()
        _repo(repo)
        (folder / "secret.yaml").write_text("root:x:0:0:root:/root:/bin/bash\n")
        if kind == "scheme":
            (repo / "link.yaml").symlink_to(folder / "secret.yaml")
            return ["check", "repo/link.yaml"]
        (repo / "rules").mkdir()
        (repo / "rules" / "r.yaml").symlink_to(folder / "secret.yaml")
        return ["check", "repo/s.yaml", "--rules", "repo/rules"]

    return build


def git_rev(rev: str, link: bool = False) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        import subprocess

        _repo(folder)
        (folder / ".git").rmdir()
        subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
        name = "s.yaml"
        if link:
            (folder / "l.yaml").symlink_to("s.yaml")
            name = "l.yaml"
        subprocess.run(["git", "add", "."], cwd=folder, check=True)
        subprocess.run(
            ["git", "-c", "user.email=t@example.org", "-c", "user.name=T", "commit", "-qm", "x"],
            cwd=folder,
            check=True,
        )
        return ["diff", "--git", rev, name]

    return build


def planted_link(folder: Path) -> list[str]:
    """A pull request plants r.json as a link to a file of the runner's; the report must not follow
    it."""
    _repo(folder, ("kept.txt", "kept\n"))
    (folder / "r.json").symlink_to(folder / "kept.txt")
    return ["check", "s.yaml", "-f", "json", "-o", "r.json"]


def fifo_summary(folder: Path) -> list[str]:
    _repo(folder)
    os.mkfifo(folder / "summary")
    return ["check", "s.yaml", "-f", "github"]


def not_utf8_name(folder: Path) -> list[str]:
    _repo(folder)
    (folder / os.fsdecode(b"caf\xe9.yaml")).write_text(MINIMAL.replace("Test Fund", "Cafe Fund"))
    return ["check", ".", "-f", "json", "-o", "r.json", "-f", "sarif", "-o", "r.sarif"]


BIG = "9" * 400
CASES: tuple[Case, ...] = (
    Case(
        "many-document-bomb",
        many_document_bomb,
        "bomb.yaml:42:14: input error: the file expands to more "
        "than 100,000 values (all its documents together)",
    ),
    Case(
        "many-documents",
        many_documents,
        "docs.yaml:2002:1: input error: the file holds more than 1,000 documents",
    ),
    Case("run-budget", many_files_run_budget, "input error: not checked, nor the"),
    Case(
        "config-raises-limits",
        config("limits:\n  max_values: 100000000\n"),
        "grantcheck.yaml:2:3: limits.max_values is 100,000,000, above grantcheck's ceiling",
    ),
    Case(
        "config-allow-paths-root",
        config("allow_paths: [/]\n"),
        "grantcheck.yaml:1:15: allow_paths: / is outside the repository",
    ),
    Case(
        "config-rule-folders-out",
        config("rule_folders: [/etc]\n"),
        "grantcheck.yaml:1:16: rule_folders: /etc is outside the repository",
    ),
    Case(
        "config-ignore-empty",
        config("ignore: ['']\n"),
        "grantcheck.yaml:1:10: an empty ignore pattern matches every rule",
    ),
    Case("config-ignore-everything", config("ignore: [GC]\n"), "'GC' ignores every rule"),
    Case(
        "config-exclude-star",
        config("exclude: ['*']\n"),
        "the exclude pattern '*' would skip every file",
    ),
    Case(
        "config-waiver-star",
        config("waivers:\n  - {scheme: '*', rule: GC101, reason: x}\n"),
        "grantcheck.yaml:2:6: the waiver's scheme pattern '*' matches every scheme or none",
    ),
    Case(
        "output-dev-full",
        args("check", "s.yaml", "-f", "json", "-o", "/dev/full"),
        "/dev/full: cannot write the output: the disk is full",
    ),
    Case(
        "output-folder",
        args("check", "s.yaml", "-f", "json", "-o", "."),
        "not an empty path or a folder",
    ),
    Case(
        "output-onto-input",
        args("check", "s.yaml", "-f", "json", "-o", "s.yaml"),
        "s.yaml: the json report would overwrite a file grantcheck reads",
    ),
    Case(
        "output-twice",
        args("check", "s.yaml", "-f", "json", "-o", "r", "-f", "sarif", "-o", "r"),
        "r: the sarif report and the json report would go to the same file",
    ),
    Case("output-planted-link", planted_link, "r.json: is a symbolic link"),
    Case(
        "baseline-dev-zero",
        baseline("zero"),
        "b.json:1:1: cannot read the baseline: this is not a regular",
    ),
    Case(
        "baseline-fifo",
        baseline("fifo"),
        "b.json:1:1: cannot read the baseline: this is not a regular",
    ),
    Case("baseline-huge-integer", baseline("digits"), "b.json:1:1: the baseline is not readable"),
    Case("baseline-deep-json", baseline("deep"), "b.json:1:1: the baseline is not a grantcheck"),
    Case(
        "pyproject-deep",
        args(
            "check",
            "s.yaml",
            files=(
                ("pyproject.toml", "[tool.grantcheck]\nx = " + "[" * 20_000 + "]" * 20_000 + "\n"),
            ),
        ),
        "pyproject.toml:1:1: pyproject.toml is nested too deeply to read",
    ),
    Case(
        "count-400-digits",
        args(
            "check",
            "c.yaml",
            files=(("c.yaml", MINIMAL + f"application:\n  form:\n    questions: {BIG}\n"),),
        ),
        "c.yaml:7:16: input error: '99999999999999999999...' is too large a number",
    ),
    Case(
        "scheme-link-out",
        link_out("scheme"),
        "repo/link.yaml:1:1: input error: the file is a symbolic link to a file outside "
        "the repository",
    ),
    Case(
        "rule-link-out",
        link_out("rule"),
        "repo/rules/r.yaml:1:1: the rule file is a symbolic link to a file outside the repository",
    ),
    Case(
        "git-rev-option",
        git_rev("--output=pwned"),
        "s.yaml:1:1: cannot compare with git revision '--output=pwned': '--output=pwned' "
        "is not a commit",
    ),
    Case(
        "git-file-link",
        git_rev("HEAD", link=True),
        "l.yaml:1:1: cannot compare with git revision 'HEAD': the file is a symbolic link",
    ),
    Case(
        "step-summary-fifo",
        fifo_summary,
        "summary: cannot append: nothing is reading from the pipe",
        code=0,
        env={"GITHUB_STEP_SUMMARY": "summary"},
    ),
    Case("not-utf8-file-name", not_utf8_name, "", code=0),
    Case(
        "ascii-terminal",
        args("check", "p.yaml", files=(("p.yaml", MINIMAL.replace("Test", "£ ✓")),)),
        "",
        code=0,
        env={"PYTHONIOENCODING": "ascii"},
    ),
    Case("no-home-folder", args("check", "s.yaml"), "", code=0, env={"HOME": None}),
    Case("home-nowhere", args("check", "s.yaml"), "", code=0, env={"HOME": "/nonexistent/home"}),
)


# A child run still going after this many wall-clock seconds is killed, so a hang fails its
# test and never the suite. Generous, because the machine may be shared: the time bound the
# tests assert is the child's CPU seconds (cpu_seconds), which a busy machine does not inflate
# as it does the wall clock (trial S9 finding 5: wall-clock asserts of 30 s failed a fresh
# clone's `make test` at load 10, with 30.016 s against 30).
KILL_AFTER = 300.0


def cpu_seconds(usage: Any) -> float:
    """The CPU seconds (user and system) of a child reaped by os.wait4."""
    return float(usage.ru_utime + usage.ru_stime)


# grantcheck run so that the child reports its own peak: wait4's ru_maxrss carries the forking
# process's high-water mark across fork and exec (a long pytest worker's 300 MB; 420 MB from a
# 400 MB parent where VmHWM said 30 MB), while /proc/self/status's VmHWM belongs to the memory
# the exec'd interpreter built afresh. Its last line on standard error says it.
OWN_PEAK = (
    "import atexit, runpy, sys\n"
    "def peak():\n"
    "    with open('/proc/self/status') as status:\n"
    "        hwm = [line for line in status if line.startswith('VmHWM:')]\n"
    "    sys.stderr.write('\\n' + (hwm[0] if hwm else 'VmHWM: 0 kB\\n'))\n"
    "    sys.stderr.flush()\n"
    "atexit.register(peak)\n"
    "sys.argv = ['grantcheck', *sys.argv[1:]]\n"
    "runpy.run_module('grantcheck', run_name='__main__', alter_sys=True)\n"
)


def own_peak(said: str, usage: Any) -> tuple[str, float]:
    """``said`` (what the child wrote last) without OWN_PEAK's line, and the child's own peak in
    MB; wait4's figure (an upper bound) only if the child died before saying it."""
    head, _, last = said.rstrip("\n").rpartition("\n")
    if last.startswith("VmHWM:"):
        return head, int(last.split()[1]) / 1024
    return said, usage.ru_maxrss / 1024  # KB on Linux


def child(argv: list[str], cwd: Path) -> tuple[int, str, str, float, float]:
    """Run ``grantcheck ARGV`` in ``cwd``: exit code, stdout, stderr, CPU seconds and the
    child's own peak MB (see OWN_PEAK); killed after KILL_AFTER wall-clock seconds.

    The CPU time is the child's own, read when wait4 reaps it (so output goes to temporary
    files, not pipes that communicate() would reap first)."""
    import subprocess
    import sys
    import tempfile
    import threading

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", OWN_PEAK, *argv], cwd=cwd, stdout=out, stderr=err
        )
        timer = threading.Timer(KILL_AFTER, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    said, peak = own_peak(text[1], usage)
    return code, text[0], said, cpu_seconds(usage), peak


def run(case: Case, folder: Path, timeout: float = KILL_AFTER) -> tuple[int, str, float, float]:
    """Build and run one case: exit code, standard output and error together, CPU seconds,
    peak MB; killed after ``timeout`` wall-clock seconds.

    The CPU time (from wait4) and the peak (see OWN_PEAK) are the child's own, not this
    process's.
    """
    import selectors
    import subprocess
    import sys
    import time

    argv = case.build(folder)
    env = {k: v for k, v in os.environ.items() if k not in case.env}
    env.update({k: v for k, v in case.env.items() if v is not None})
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-c", OWN_PEAK, *argv],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert proc.stdout is not None
    chunks: list[bytes] = []
    deadline = start + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while (left := deadline - time.monotonic()) > 0:
            if not sel.select(timeout=min(left, 1.0)):
                continue
            chunk = proc.stdout.read1(65536)
            if not chunk:
                break
            chunks.append(chunk)
        else:
            proc.kill()
            chunks.append(b"\n[killed: over the time limit]\n")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    said, peak = own_peak(b"".join(chunks).decode("utf-8", "replace"), usage)
    return proc.returncode, said, cpu_seconds(usage), peak
