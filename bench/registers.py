"""Benchmark registers: the same schemes as one CSV register, one XLSX register and a folder of YAML
files.

Side by side in one run, taking turns run by run, the median of several: ``grantcheck check`` on a
folder of
N YAML files (the baseline), on one N-row CSV register and on one N-row XLSX
register, all with JSON output. Prints seconds, peak memory and each register's
ratio to the folder (issue 13's target: at most 1.5 for 10,000 rows). The limits
are raised in a config file, as a council with a register this long would.

    python bench/registers.py [--size 10000] [--runs R]
"""

from __future__ import annotations

import argparse
import compileall
import csv
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from bench import synthetic, timed


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out |= _flat(value, f"{prefix}{key}.")
        else:
            out[prefix + key] = "; ".join(value) if isinstance(value, list) else value
    return out


def write_registers(folder: Path, size: int) -> tuple[Path, Path]:
    """The same ``size`` schemes as a CSV and an XLSX register."""
    from openpyxl import Workbook

    rows = [_flat(yaml.safe_load(synthetic(i))) for i in range(size)]
    heads = list(dict.fromkeys(k for row in rows for k in row))
    with (folder / "register.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(heads)
        writer.writerows([row.get(k) for k in heads] for row in rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Schemes")
    sheet.append(heads)
    for row in rows:
        sheet.append([row.get(k) for k in heads])
    book.save(folder / "register.xlsx")
    return folder / "register.csv", folder / "register.xlsx"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import grantcheck as package

    compileall.compile_dir(str(Path(package.__file__).parent), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / ".git").mkdir()  # config discovery stops here
        limits = {"max_file_bytes": 20_000_000, "max_values": 500_000}
        try:
            import grantcheck.limits  # noqa: F401  (where max_documents is a config key)

            limits["max_documents"] = max(args.size, 1_000)
        except ImportError:
            pass
        (root / "grantcheck.yaml").write_text(yaml.safe_dump({"limits": limits}), encoding="utf-8")
        folder = root / "schemes"
        folder.mkdir()
        for i in range(args.size):
            (folder / f"scheme-{i:05d}.yaml").write_text(synthetic(i), encoding="utf-8")
        csv_file, xlsx_file = write_registers(root, args.size)
        check = [
            sys.executable,
            "-m",
            "grantcheck",
            "check",
            "-q",
            "-f",
            "json",
            "--config",
            str(root / "grantcheck.yaml"),
        ]
        targets = (
            ("YAML folder", folder),
            ("CSV register", csv_file),
            ("XLSX register", xlsx_file),
        )
        times: dict[str, list[float]] = {name: [] for name, _ in targets}
        peaks: dict[str, float] = dict.fromkeys(times, 0.0)
        for _ in range(
            args.runs
        ):  # in turn, run by run, so that a busy machine slows all three alike
            for name, target in targets:
                seconds, peak = timed([*check, str(target)], 1)
                times[name].append(seconds)
                peaks[name] = max(peaks[name], peak)
        rows = [(name, statistics.median(times[name]), peaks[name]) for name, _ in targets]
    base = rows[0][1]
    print(f"{args.size:,} schemes, median of {args.runs} runs each:")
    for name, seconds, peak in rows:
        print(
            f"  {name:<14} {seconds:8.2f} s  peak {peak:5.0f} MB  ratio to the YAML "
            f"folder {seconds / base:.2f}"
        )


if __name__ == "__main__":
    main()
