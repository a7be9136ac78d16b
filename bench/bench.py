"""Benchmark grantcheck against yamllint, `python -c pass` and a bare C-loader parse.

Generates synthetic scheme files, then times whole commands (interpreter start
included), the median of several runs:
  - one small file: grantcheck, yamllint, and `python -c pass`, interleaved
    run by run so that the machine's ups and downs fall on all three alike;
  - folders of 1,000 and 10,000 files (--sizes): grantcheck, yamllint, and a
    bare parse of every file with PyYAML's C loader;
and reads each grantcheck run's peak memory (ru_maxrss, from wait4).
Prints seconds, megabytes and ratios. Timings vary on shared machines: compare
the ratios, which the README quotes, not the seconds.

grantcheck's bytecode is compiled first, as pip does when it installs a wheel
(yamllint's was compiled when it was installed). Without that, an editable
install under PYTHONDONTWRITEBYTECODE compiles grantcheck on every run.

    python bench/bench.py [--sizes 1000 10000] [--runs R] [--jobs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
PARSE = (
    "import sys, yaml, pathlib\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml')):\n"
    "    list(yaml.load_all(p.read_text(), Loader=yaml.CSafeLoader))\n"
)


def synthetic(i: int) -> str:
    """A varied, valid scheme: sizes across all bands, some facts left out."""
    r = random.Random(i)
    award = r.choice([800, 1500, 5000, 15000, 60000, 250000])
    lines = [
        f"name: Synthetic scheme {i}",
        "funder: Bench Borough Council",
        f"kind: {r.choice(['grant', 'grant', 'contract'])}",
        f"area: {r.choice(['urban', 'rural', 'mixed'])}",
        "award:",
        f"  max: {award}",
        f"  total: {award * r.randint(5, 40)}",
        f"  expected_awards: {r.randint(3, 20)}",
        f"  expected_applications: {r.randint(20, 120)}",
        "application:",
        f"  window_days: {r.randint(10, 60)}",
        f"  stages: {r.choice([1, 1, 2])}",
        "  guidance:",
        f"    pages: {r.randint(1, 30)}",
        "  form:",
        f"    questions: {r.randint(4, 40)}",
        f"    word_limit: {r.randint(300, 5000)}",
        "    attachments: [accounts, policy]",
        "decision:",
        f"  days: {r.randint(20, 150)}",
        f"  timeline_published: {r.choice(['true', 'false'])}",
        "funding:",
        f"  months: {r.choice([6, 12, 24, 36])}",
        f"  ongoing: {r.choice(['true', 'false'])}",
        f"  payment: {r.choice(['in_advance', 'in_arrears'])}",
        "reporting:",
        f"  frequency: {r.choice(['monthly', 'quarterly', 'annual', 'end_only'])}",
        f"  measures: {r.randint(1, 20)}",
        "engagement:",
        f"  lio_involved: {r.choice(['true', 'false'])}",
    ]
    return "\n".join(lines) + "\n"


def timed(cmd: list[str], runs: int, ok: tuple[int, ...] = (0, 1)) -> tuple[float, float]:
    """Median wall time of ``runs`` runs of ``cmd``, and its largest peak memory in MB."""
    times, peak = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peak = max(peak, usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            raise SystemExit(f"{cmd[0]} failed ({code}): {err.decode()[:500]}")
    return statistics.median(times), peak


class Measured:
    """One format at one size: wall and CPU seconds of every run, and the largest peak memory."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.peak = 0.0

    def run(self, cmd: list[str]) -> None:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)  # the command and the workers it waited for
        self.wall.append(time.perf_counter() - start)
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        self.peak = max(self.peak, usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{cmd} failed ({code}): {err.decode()[:500]}")

    @property
    def seconds(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_seconds(self) -> float:
        return statistics.median(self.cpu)


def interleaved(cmds: list[list[str]], runs: int) -> list[float]:
    """Median wall time of each command, running them in turn ``runs`` times."""
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            times[i].append(timed(cmd, 1)[0])
    return [statistics.median(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--single-runs", type=int, default=21, help="interleaved runs for the one-file case"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=0,
        help="grantcheck --jobs (default: its own default, the cores)",
    )
    args = parser.parse_args()
    yamllint = shutil.which("yamllint", path=str(BIN)) or shutil.which("yamllint")
    if not yamllint:
        raise SystemExit(
            "yamllint is not installed: run 'make bench', which installs it into .venv"
        )
    import grantcheck as package

    compileall.compile_dir(str(Path(package.__file__).parent), quiet=1)
    grantcheck = [sys.executable, "-m", "grantcheck", "check", "-q", "-f", "json"] + (
        ["-j", str(args.jobs)] if args.jobs else []
    )
    lint = [yamllint, "-f", "parsable", "-d", "relaxed"]
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "schemes"
        folder.mkdir()
        for i in range(max(args.sizes)):
            (folder / f"scheme-{i:05d}.yaml").write_text(synthetic(i))
        one = str(folder / "scheme-00000.yaml")
        _, mem1 = timed([*grantcheck, one], 1)
        # the default format, as people run it
        text = [sys.executable, "-m", "grantcheck", "check", one]
        gc1, gct, yl1, py1 = interleaved(
            [[*grantcheck, one], text, [*lint, one], [sys.executable, "-c", "pass"]],
            args.single_runs,
        )
        rows += [
            ("grantcheck, 1 file (json)", gc1, mem1),
            ("grantcheck, 1 file (text)", gct, 0),
            ("yamllint, 1 file", yl1, 0),
            ("python -c pass", py1, 0),
        ]
        print(
            f"1 file: grantcheck / yamllint = {gc1 / yl1:.2f} (JSON), {gct / yl1:.2f} (text); "
            f"grantcheck / python -c pass = {gc1 / py1:.1f}"
        )
        for size in sorted(args.sizes):
            sub = Path(tmp) / f"n{size}"
            sub.mkdir()
            for i in range(size):
                os.link(folder / f"scheme-{i:05d}.yaml", sub / f"scheme-{i:05d}.yaml")
            runs = max(1, args.runs // 2)
            gc, mem = timed([*grantcheck, str(sub)], runs)
            yl, _ = timed([*lint, str(sub)], runs)
            bare, _ = timed([sys.executable, "-c", PARSE, str(sub)], runs)
            rows += [
                (f"grantcheck, {size} files", gc, mem),
                (f"yamllint, {size} files", yl, 0),
                (f"bare C-loader parse, {size} files", bare, 0),
            ]
            print(
                f"{size} files: grantcheck / yamllint = {gc / yl:.2f}; grantcheck / bare "
                f"C-loader parse = {gc / bare:.2f}; "
                f"grantcheck peak memory {mem:.0f} MB"
            )
    print()
    for name, seconds, peak in rows:
        print(f"{name:<34} {seconds:8.3f} s" + (f"   peak {peak:5.0f} MB" if peak else ""))


if __name__ == "__main__":
    main()
