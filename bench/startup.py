"""Measure the start-up design (docs/design.md): one small file checked end to end, interleaved.

Compares, run by run so the machine's ups and downs fall on all alike:
  - grantcheck as shipped (typer 0.28, models checked by the fast path);
  - the same code with pydantic doing every validation (the fast path switched off);
  - the same code under typer 0.29, given its interpreter (a venv with typer 0.29 and
    grantcheck's other dependencies; run with PYTHONPATH pointing at this checkout's src);
  - yamllint on the same file, and ``python -c pass``, for scale.

    python bench/startup.py [--runs 21] [--typer029 /path/to/venv/bin/python]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "micro-grant-worst-practice.yaml"
PYDANTIC_ONLY = (
    "import sys, grantcheck.parsing as p, grantcheck.fastpath as f\n"
    "def declined(cls):\n    def run(data):\n        raise f.Decline\n    return run\n"
    "p.compiled = declined\n"
    "from grantcheck.cli import main\nsys.argv = ['grantcheck', *sys.argv[1:]]\nmain()\n"
)


def once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"{cmd} failed ({done.returncode}): {done.stderr.decode()[:400]}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--typer029", help="a Python whose environment has typer 0.29 (optional)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    check = ["check", "-q", str(EXAMPLE)]
    cases = {
        "shipped (typer 0.28, fast path)": [sys.executable, "-m", "grantcheck", *check],
        "pydantic only (typer 0.28)": [sys.executable, "-c", PYDANTIC_ONLY, *check],
        "grantcheck --version": [sys.executable, "-m", "grantcheck", "--version"],
        "python -c pass": [sys.executable, "-c", "pass"],
    }
    if args.typer029:
        cases["typer 0.29 (fast path)"] = [args.typer029, "-m", "grantcheck", *check]
    yamllint = shutil.which("yamllint", path=str(Path(sys.executable).parent)) or shutil.which(
        "yamllint"
    )
    if yamllint:
        cases["yamllint"] = [yamllint, "-d", "relaxed", str(EXAMPLE)]
    times: dict[str, list[float]] = {name: [] for name in cases}
    for cmd in cases.values():  # warm the caches (bytecode, file system) once
        once(cmd, env)
    for _ in range(args.runs):
        for name, cmd in cases.items():
            times[name].append(once(cmd, env))
    base = statistics.median(times["shipped (typer 0.28, fast path)"])
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:34} {median * 1000:7.0f} ms   {median / base:5.2f} x shipped")


if __name__ == "__main__":
    main()
