"""Benchmark grantcheck against yamllint and a bare PyYAML C-loader parse.

Generates N synthetic scheme files (1,000 by default), then times, as whole
commands (interpreter start included), the median of several runs of:
  - grantcheck check on one small file, and yamllint on the same file;
  - grantcheck check on the folder of N files, yamllint on it, and a bare parse
    of every file with PyYAML's C loader.
Prints seconds and ratios. Timings vary on shared machines: compare ratios.

    python bench/bench.py [--files N] [--runs R]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
PARSE = ("import sys, yaml, pathlib\n"
         "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml')):\n"
         "    list(yaml.load_all(p.read_text(), Loader=yaml.CSafeLoader))\n")


def synthetic(i: int) -> str:
    """A varied, valid scheme: sizes across all bands, some facts left out."""
    r = random.Random(i)
    award = r.choice([800, 1500, 5000, 15000, 60000, 250000])
    lines = [f"name: Synthetic scheme {i}", "funder: Bench Borough Council",
             f"kind: {r.choice(['grant', 'grant', 'contract'])}", f"area: {r.choice(['urban', 'rural', 'mixed'])}",
             "award:", f"  max: {award}", f"  total: {award * r.randint(5, 40)}",
             f"  expected_awards: {r.randint(3, 20)}", f"  expected_applications: {r.randint(20, 120)}",
             "application:", f"  window_days: {r.randint(10, 60)}", f"  stages: {r.choice([1, 1, 2])}",
             "  guidance:", f"    pages: {r.randint(1, 30)}", "  form:", f"    questions: {r.randint(4, 40)}",
             f"    word_limit: {r.randint(300, 5000)}", "    attachments: [accounts, policy]",
             "decision:", f"  days: {r.randint(20, 150)}", f"  timeline_published: {r.choice(['true', 'false'])}",
             "funding:", f"  months: {r.choice([6, 12, 24, 36])}", f"  ongoing: {r.choice(['true', 'false'])}",
             f"  payment: {r.choice(['in_advance', 'in_arrears'])}",
             "reporting:", f"  frequency: {r.choice(['monthly', 'quarterly', 'annual', 'end_only'])}",
             f"  measures: {r.randint(1, 20)}", "engagement:", f"  lio_involved: {r.choice(['true', 'false'])}"]
    return "\n".join(lines) + "\n"


def timed(cmd: list[str], runs: int, ok: tuple[int, ...] = (0, 1)) -> float:
    """Median wall time of ``runs`` runs of ``cmd``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode not in ok:
            raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {done.stderr.decode()[:500]}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    yamllint = shutil.which("yamllint", path=str(BIN)) or shutil.which("yamllint")
    if not yamllint:
        raise SystemExit("yamllint is not installed: run 'make bench', which installs it into .venv")
    grantcheck = [sys.executable, "-m", "grantcheck", "check", "-q", "-f", "json"]
    lint = [yamllint, "-f", "parsable", "-d", "relaxed"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "schemes"
        folder.mkdir()
        for i in range(args.files):
            (folder / f"scheme-{i:05d}.yaml").write_text(synthetic(i))
        one = str(folder / "scheme-00000.yaml")
        rows = {
            "grantcheck, 1 file": timed([*grantcheck, one], args.runs),
            "yamllint, 1 file": timed([*lint, one], args.runs),
            f"grantcheck, {args.files} files": timed([*grantcheck, str(folder)], max(1, args.runs // 2)),
            f"yamllint, {args.files} files": timed([*lint, str(folder)], max(1, args.runs // 2)),
            f"bare C-loader parse, {args.files} files": timed([sys.executable, "-c", PARSE, str(folder)], max(1, args.runs // 2)),
        }
    for name, seconds in rows.items():
        print(f"{name:<40} {seconds:8.3f} s")
    values = list(rows.values())
    print(f"\n1 file: grantcheck / yamllint = {values[0] / values[1]:.2f}")
    print(f"{args.files} files: grantcheck / yamllint = {values[2] / values[3]:.2f}")
    print(f"{args.files} files: grantcheck / bare C-loader parse = {values[2] / values[4]:.2f}")


if __name__ == "__main__":
    main()
