"""Every regular expression of grantcheck, timed on adversarial strings: which grow faster
than linearly?

A pattern runs inside one C call that a document's 30-second budget cannot interrupt, so one
whose time grows with the square of a run's length holds a single line of 200,000 spaces for
minutes. This sweep collects every pattern grantcheck compiles: it watches ``re``'s compiler
while it imports every module under ``src/grantcheck`` (the module-level ``re.compile``) and
then, unless ``--no-exercise``, while it measures every document of tests/forms and examples
(patterns built inside functions, such as a rule pack's vocabularies or the limit patterns for
a unit list, and calls such as ``re.sub(r"...", ...)``). Each pattern is timed with every
operation (search, match, fullmatch, finditer, sub, split) on the strings of
bench/regex_strings.py at two lengths (20,000 and 40,000 characters by default); a pattern is
flagged when one pair's time grows more than ``--ratio`` (3) times (linear: 2; quadratic: 4).
A first look at a tenth of those lengths picks the patterns worth timing at full length.

Each pattern is timed in a worker process, killed after ``--timeout`` seconds (flagged too), so
one cubic pattern cannot stall the sweep. Timings vary on a shared machine: a flagged pattern
is timed a second time before it is reported. A pattern kept in a module's name is timed only
with the operations the source calls on that name (``NAME.match(``: a pattern only matched at
a text's start never searches from every character); one the sweep cannot name, with all.

    PYTHONPATH=src:bench python bench/regex_sweep.py [--no-exercise] [--only TEXT]

Kept in bench/, not tests/: its figures are timings, which the tests never assert.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import pkgutil
import re
import sys
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "grantcheck"
Key = tuple[type, Any, int]  # (str or bytes, the pattern's text, its flags)
FIRST_OPS = ("search", "match", "fullmatch", "finditer")


def collect(exercise: bool) -> dict[Key, str]:
    """Every pattern compiled from grantcheck's own code, with where it was first compiled."""
    found: dict[Key, str] = {}
    original = re._compile  # type: ignore[attr-defined]

    def watched(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        key = (type(compiled.pattern), compiled.pattern, compiled.flags)
        if key not in found:
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename == re.__file__:
                frame = frame.f_back  # type: ignore[assignment]
            where = frame.f_code.co_filename if frame is not None else ""
            if where.startswith(str(SOURCE)):
                found[key] = f"{Path(where).relative_to(SOURCE)}:{frame.f_lineno}"
        return compiled

    re._compile = watched  # type: ignore[attr-defined]
    try:
        import grantcheck

        for module in pkgutil.walk_packages(grantcheck.__path__, "grantcheck."):
            if not module.name.endswith("__main__"):
                importlib.import_module(module.name)
        if exercise:
            measure_everything()
    finally:
        re._compile = original  # type: ignore[attr-defined]
    for key, name in names().items():
        if key in found:
            found[key] = f"{found[key]} {name}"
    return found


def names() -> dict[Key, str]:
    """The module-level name of each pattern a module keeps (in a tuple, list or dict too)."""
    named: dict[Key, str] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("grantcheck") or module is None:
            continue
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            for item in values if isinstance(values, (tuple, list, type({}.values()))) else [value]:
                if isinstance(item, re.Pattern):
                    named.setdefault((type(item.pattern), item.pattern, item.flags), name)
    return named


def measure_everything() -> None:
    """Measure every document of tests/forms and examples, so that patterns built while
    measuring are compiled (their results are not wanted)."""
    from grantcheck.documents import SUFFIXES, Measurer

    measurer = Measurer()
    folders = (
        ROOT / "tests" / "forms",
        ROOT / "examples" / "forms",
        ROOT / "examples" / "guidance",
    )
    for path in sorted(p for f in folders for p in f.iterdir() if p.suffix.lower() in SUFFIXES):
        try:
            measurer.measure(path, path.name)
        except Exception as exc:  # a document that cannot be read: go on
            print(f"  ({path.name}: {type(exc).__name__})", file=sys.stderr)


# how the code calls a pattern kept in a name ("NAME.match(", "NAME.split("), as timed
USES = {"findall": "finditer", "subn": "sub"}
CALL = re.compile(
    r"\b([A-Z_][A-Z0-9_]*)\.(search|match|fullmatch|finditer|findall|sub|subn|split)\("
)


def uses() -> dict[str, set[str]]:
    """The operations the code calls on each upper-case name, read from the source: a pattern
    only ever matched at a text's start is not timed searching from every character."""
    found: dict[str, set[str]] = {}
    for path in SOURCE.rglob("*.py"):
        for name, op in CALL.findall(path.read_text(encoding="utf-8")):
            found.setdefault(name, set()).add(USES.get(op, op))
    return found


def worker(connection: Connection, short: int, long: int, floor: float, ratio: float) -> None:
    """Time the patterns sent down ``connection``, one answer each."""
    from regex_strings import OPS, worst

    while True:
        sent = connection.recv()
        if sent is None:
            return
        key, ops = sent
        ops = tuple(ops) or OPS
        pattern = re.compile(key[1], key[2])
        # a first look at a tenth of the lengths: a quadratic pattern shows there too, in a
        # hundredth of the time, and only what it picks out is timed at full length
        # (sub and split search as finditer does: left out of the first look)
        looks = tuple(op for op in FIRST_OPS if op in ops) or ops
        first = worst(pattern, short // 10, long // 10, floor / 20, ratio, looks)
        if first[0] > ratio and first[4] > floor:
            connection.send(worst(pattern, short, long, floor, ratio, ops))
        else:
            connection.send(first[:3] + (0.0, 0.0))


class Timer:
    """A worker process, replaced when a pattern outlasts the timeout."""

    def __init__(self, options: argparse.Namespace) -> None:
        self.options = options
        self.start()

    def start(self) -> None:
        self.parent, child = multiprocessing.Pipe()
        options = self.options
        args = (child, options.short, options.long, options.floor, options.ratio)
        self.process = multiprocessing.Process(target=worker, args=args, daemon=True)
        self.process.start()

    def time(self, key: Key, ops: tuple[str, ...]) -> tuple[float, str, str, float, float] | None:
        """The worst growth with ``ops`` (none: all), or None when the pattern outlasted the
        timeout."""
        self.parent.send((key, ops))
        if self.parent.poll(self.options.timeout):
            return self.parent.recv()  # type: ignore[no-any-return]
        self.process.kill()
        self.process.join()
        self.start()
        return None

    def close(self) -> None:
        self.parent.send(None)
        self.process.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-exercise", action="store_true", help="Imports only.")
    parser.add_argument("--only", help="Only patterns whose text or place holds this.")
    parser.add_argument(
        "--every-op", action="store_true", help="Time every operation, not only those called."
    )
    parser.add_argument("--short", type=int, default=20_000)
    parser.add_argument("--long", type=int, default=40_000)
    parser.add_argument("--ratio", type=float, default=3.0)
    parser.add_argument("--floor", type=float, default=0.002, help="Seconds (short string).")
    parser.add_argument("--timeout", type=float, default=60.0, help="Seconds per pattern.")
    options = parser.parse_args()
    found = collect(not options.no_exercise)
    keys = [k for k in found if not options.only or options.only in f"{k[1]!r} {found[k]}"]
    print(f"{len(keys)} patterns compiled by grantcheck's code ({len(found)} in all)")
    timer, flagged = Timer(options), 0
    called = uses()
    for number, key in enumerate(sorted(keys, key=lambda k: found[k]), 1):
        name = found[key].split(" ")[-1] if " " in found[key] else ""
        ops = tuple(sorted(called.get(name, ()))) if not options.every_op else ()
        result = timer.time(key, ops)
        if result is None or (result[0] > options.ratio and result[4] > options.floor * 100):
            flagged += 1
            said = (
                f"over {options.timeout:.0f} s"
                if result is None
                else f"x{result[0]:.1f} on {result[1]}, {result[2]} "
                f"({result[3]:.3f} s -> {result[4]:.3f} s)"
            )
            used = f" (the code calls {', '.join(ops)})" if ops else ""
            print(f"FLAG {found[key]}: {said}{used}\n     {key[1]!r:.300}", flush=True)
        if number % 100 == 0:
            print(f"  {number} of {len(keys)} timed", file=sys.stderr, flush=True)
    timer.close()
    print(f"{flagged} of {len(keys)} patterns grow faster than linearly (ratio > {options.ratio})")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
