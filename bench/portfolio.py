"""Benchmark the spreadsheet outputs against JSON, side by side in one run.

Generates synthetic scheme files (bench.py's generator) and times, as whole
commands, the median of several runs on the same folder:
  - ``-f json`` (to a file), the baseline;
  - ``-f csv -o FILE``: target at most 1.2 times the JSON time, with flat memory;
  - ``-f xlsx -o FILE``: target at most 3 times the JSON time;
and each run's peak memory (ru_maxrss, from wait4) at two sizes, so that "flat"
can be read off: memory at 10,000 schemes against memory at 1,000.
Formats are interleaved run by run, so the machine's ups and downs fall on all
alike. Compare the ratios, not the seconds.

    python bench/portfolio.py [--sizes 1000 10000] [--runs R] [--jobs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench import synthetic, timed

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
    results: dict[tuple[int, str], tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(args.sizes):
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            for i in range(size):
                (folder / f"scheme-{i:05d}.yaml").write_text(synthetic(i))
            times: dict[str, list[float]] = {f: [] for f in FORMATS}
            peaks: dict[str, float] = dict.fromkeys(FORMATS, 0.0)
            for _ in range(args.runs):
                for fmt in FORMATS:
                    out = Path(tmp) / f"report.{fmt}"
                    seconds, peak = timed([*base, "-f", fmt, "-o", str(out), str(folder)], 1)
                    times[fmt].append(seconds)
                    peaks[fmt] = max(peaks[fmt], peak)
            for fmt in FORMATS:
                results[(size, fmt)] = (statistics.median(times[fmt]), peaks[fmt])
            json_time = results[(size, "json")][0]
            print(
                f"{size:,} schemes: "
                + "; ".join(
                    f"{fmt} / json = {results[(size, fmt)][0] / json_time:.2f} "
                    f"(target {TARGETS[fmt]})"
                    for fmt in TARGETS
                )
            )
    print()
    print(f"{'format':<8} {'schemes':>8} {'seconds':>9} {'ratio':>7} {'peak MB':>8}")
    for (size, fmt), (seconds, peak) in sorted(results.items()):
        ratio = seconds / results[(size, "json")][0]
        print(f"{fmt:<8} {size:>8,} {seconds:>9.2f} {ratio:>7.2f} {peak:>8.0f}")
    if len(args.sizes) > 1:
        small, large = min(args.sizes), max(args.sizes)
        print()
        for fmt in FORMATS:
            growth = results[(large, fmt)][1] / results[(small, fmt)][1]
            print(f"{fmt}: peak memory at {large:,} schemes / at {small:,} = {growth:.2f}")
    if os.environ.get("BENCH_STRICT"):
        worst = max(
            results[(max(args.sizes), f)][0] / results[(max(args.sizes), "json")][0] / TARGETS[f]
            for f in TARGETS
        )
        sys.exit(0 if worst <= 1 else 1)


if __name__ == "__main__":
    main()
