"""Benchmark the spreadsheet outputs against JSON, side by side in one run.

Generates synthetic scheme files (bench.py's generator) and times, as whole
commands, the median of several runs on the same folder:
  - ``-f json`` (to a file), the baseline;
  - ``-f csv -o FILE``: target at most 1.2 times the JSON time, with flat memory;
  - ``-f xlsx -o FILE``: target at most 3 times the JSON time;
and each run's peak memory (ru_maxrss, from wait4) at two sizes, so that "flat"
can be read off: memory at 10,000 schemes against memory at 1,000.
Formats are interleaved run by run, so the machine's ups and downs fall on all
alike. Compare the ratios, not the seconds. Each ratio is given twice: by wall
time, and by CPU time (the command's and its workers', from wait4), which a
machine shared with other work disturbs far less than the wall clock. The load
average is printed beside every run.

    python bench/portfolio.py [--sizes 1000 10000] [--runs R] [--jobs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench import Measured, synthetic

FORMATS = ("json", "csv", "xlsx")
TARGETS = {"csv": 1.2, "xlsx": 3.0}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--jobs", type=int, default=0, help="grantcheck --jobs (default: its own default)"
    )
    args = parser.parse_args()
    import grantcheck as package

    compileall.compile_dir(str(Path(package.__file__).parent), quiet=1)
    base = [sys.executable, "-m", "grantcheck", "check", "-q"] + (
        ["-j", str(args.jobs)] if args.jobs else []
    )
    results: dict[tuple[int, str], Measured] = {}
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(args.sizes):
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            for i in range(size):
                (folder / f"scheme-{i:05d}.yaml").write_text(synthetic(i))
            for fmt in FORMATS:
                results[(size, fmt)] = Measured()
            for run in range(args.runs):
                for fmt in FORMATS:
                    m = results[(size, fmt)]
                    out = Path(tmp) / f"report.{fmt}"
                    m.run([*base, "-f", fmt, "-o", str(out), str(folder)])
                    loads.append(os.getloadavg()[0])
                    # a long run says where it is (10,000 schemes take a minute or more a format)
                    print(
                        f"  {size:,} schemes, run {run + 1} of {args.runs}: {fmt} "
                        f"{m.wall[-1]:.1f} s (CPU {m.cpu[-1]:.1f} s), {m.peak:.0f} MB "
                        f"(load average {loads[-1]:.2f})",
                        file=sys.stderr,
                        flush=True,
                    )
    print(f"load average over the runs: {min(loads):.2f} to {max(loads):.2f}")
    print(
        f"{'format':<8} {'schemes':>8} {'seconds':>9} {'ratio':>7} {'CPU s':>8} {'CPU ratio':>10} "
        f"{'peak MB':>8}"
    )
    for (size, fmt), m in sorted(results.items()):
        json_ = results[(size, "json")]
        print(
            f"{fmt:<8} {size:>8,} {m.seconds:>9.2f} {m.seconds / json_.seconds:>7.2f} "
            f"{m.cpu_seconds:>8.2f} {m.cpu_seconds / json_.cpu_seconds:>10.2f} {m.peak:>8.0f}"
        )
    largest = max(args.sizes)
    for fmt, target in TARGETS.items():
        m, json_ = results[(largest, fmt)], results[(largest, "json")]
        print(
            f"{largest:,} schemes: {fmt} / json = {m.seconds / json_.seconds:.2f} by wall time, "
            f"{m.cpu_seconds / json_.cpu_seconds:.2f} by CPU time (target at most {target})"
        )
    if len(args.sizes) > 1:
        small = min(args.sizes)
        for fmt in FORMATS:
            growth = results[(largest, fmt)].peak / results[(small, fmt)].peak
            print(
                f"{fmt}: peak memory {results[(small, fmt)].peak:.0f} MB at {small:,} schemes, "
                f"{results[(largest, fmt)].peak:.0f} MB at {largest:,} ({growth:.2f} times)"
            )
    if os.environ.get("BENCH_STRICT"):
        worst = max(
            results[(largest, f)].seconds / results[(largest, "json")].seconds / TARGETS[f]
            for f in TARGETS
        )
        sys.exit(0 if worst <= 1 else 1)


if __name__ == "__main__":
    main()
