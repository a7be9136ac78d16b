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
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from bench import Measured, synthetic


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
        measured = {name: Measured() for name, _ in targets}
        loads: list[float] = []
        for run in range(args.runs):  # in turn, run by run: a busy machine slows all alike
            for name, target in targets:
                m = measured[name]
                m.run([*check, str(target)])
                loads.append(os.getloadavg()[0])
                print(
                    f"  run {run + 1} of {args.runs}: {name} {m.wall[-1]:.1f} s "
                    f"(CPU {m.cpu[-1]:.1f} s), {m.peak:.0f} MB (load average {loads[-1]:.2f})",
                    file=sys.stderr,
                    flush=True,
                )
    base = measured["YAML folder"]
    print(
        f"{args.size:,} schemes, median of {args.runs} runs each "
        f"(load average {min(loads):.2f} to {max(loads):.2f}):"
    )
    for name, m in measured.items():
        print(
            f"  {name:<14} {m.seconds:8.2f} s  CPU {m.cpu_seconds:8.2f} s  peak {m.peak:5.0f} MB  "
            f"ratio to the YAML folder {m.seconds / base.seconds:.2f} by wall time, "
            f"{m.cpu_seconds / base.cpu_seconds:.2f} by CPU time"
        )


if __name__ == "__main__":
    main()
