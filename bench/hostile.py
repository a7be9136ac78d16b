"""The hostile benchmark: each of issue 10's hostile cases, its time and its peak memory.

Runs every case of ``tests/hostile_cases.py`` (and the files in
``tests/hostile/``) as ``grantcheck`` in a subprocess, in a fresh folder, and
prints the exit code, the child's CPU seconds (interpreter start included) and
its own peak resident memory (ru_utime + ru_stime from wait4, and VmHWM, which the child
reports: hostile_cases.OWN_PEAK), not this process's. It adds the
worst single file a config may allow: a bomb at the ``max_values`` ceiling.
Targets (issue 10): every case within 30 s and 1 GB, exit 2 (or the good
behaviour's 0), never 3. Timings vary on shared machines; compare cases with
each other and with ``python -c pass``, which is printed first.

    python bench/hostile.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_cases import CASES, LEVELS, MINIMAL, Case, run  # noqa: E402

SECONDS, MEGABYTES = 30.0, 1024


def ceiling_bomb(folder: Path) -> list[str]:
    """The worst one file a pull request's own config may allow: max_values at its ceiling."""
    from grantcheck.limits import BY_KEY

    (folder / ".git").mkdir()
    ceiling = BY_KEY["max_values"].ceiling
    (folder / "grantcheck.yaml").write_text(f"limits:\n  max_values: {ceiling}\n")
    stars = ", ".join(["*c"] * (ceiling // 1000 + 10))
    (folder / "bomb.yaml").write_text(MINIMAL + LEVELS + f"d: [{stars}]\n")
    return ["check", "bomb.yaml"]


def corpus() -> list[Case]:
    """The stored hostile files, each checked on its own."""

    def file_case(name: str) -> Case:
        def build(folder: Path) -> list[str]:
            (folder / name).write_bytes((ROOT / "tests" / "hostile" / name).read_bytes())
            return ["check", name]

        return Case(f"file:{name}", build, "", code=-1)

    return [file_case(p.name) for p in sorted((ROOT / "tests" / "hostile").glob("*.yaml"))]


def baseline_seconds() -> float:
    start = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="Run only the cases with these names.")
    options = parser.parse_args()
    cases = [*CASES, Case("ceiling-file-bomb", ceiling_bomb, "expands to more than", 2), *corpus()]
    if options.only:
        cases = [c for c in cases if c.name in options.only]
    print(f"python -c pass: {baseline_seconds():.2f} s")
    print(f"{'case':<34} {'exit':>4} {'seconds':>8} {'peak MB':>8}  verdict")
    failures = 0
    for case in cases:
        with tempfile.TemporaryDirectory(prefix="grantcheck-hostile-") as folder:
            code, out, seconds, peak = run(case, Path(folder), timeout=SECONDS * 2)
        good = (code == case.code or (case.code == -1 and code in (0, 1, 2))) and code != 3
        good = good and "Traceback" not in out and seconds < SECONDS and peak < MEGABYTES
        failures += not good
        print(
            f"{case.name:<34} {code:>4} {seconds:>8.2f} {peak:>8.0f}  {'ok' if good else 'MISSED'}"
        )
    print(
        f"{len(cases) - failures} of {len(cases)} cases within {SECONDS:.0f} s and {MEGABYTES} MB, "
        "with the expected exit code"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
