"""Whether two regular expressions give the same results: the check behind each rewrite of a
pattern that bench/regex_sweep.py flags.

Both are run on random strings drawn from an alphabet of the patterns' own literal characters,
white space of several kinds, digits, letters and punctuation, half of them made of runs (the
shapes that make a pattern slow are the shapes a rewrite is most likely to get wrong), with
every operation: search and match (span and groups), every finditer match, split and sub. The
first difference is printed.

    PYTHONPATH=src:bench python bench/regex_same.py OLD NEW [--flags I|M|S ...] [--count N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from typing import Any

from regex_strings import characters, literals

BASE = list(" \t\n\r\u00a0\u2003\u200b.,;:!?()[]{}-–•*/|'\"#£%&0123456789aAzZ_\x00")


def outcome(pattern: re.Pattern[str], text: str, found_only: bool = False) -> tuple[Any, ...]:
    """Everything the code may read of the pattern on one string (``found_only``: whether a
    search finds one, for a pattern the code only asks that of)."""
    if found_only:
        return (pattern.search(text) is not None,)

    def seen(match: re.Match[str] | None) -> Any:
        return None if match is None else (match.span(), match.groups(), match.groupdict())

    return (
        seen(pattern.search(text)),
        seen(pattern.match(text)),
        seen(pattern.fullmatch(text)),
        [seen(m) for m in pattern.finditer(text)],
        pattern.split(text),
        pattern.sub("<>", text),
    )


def alphabet(*patterns: re.Pattern[str]) -> list[str]:
    """The base alphabet, the patterns' own characters, and their literal words whole."""
    words = [w for p in patterns for w in literals(p)]
    named = sorted({c for p in patterns for c in characters(p)} - set(BASE))
    return BASE + named * 2 + words * 2


def strings(letters: list[str], words: list[str], count: int, seed: int) -> list[str]:
    """Random strings: a quarter of them runs (a few pieces, each repeated), half the
    patterns' own words between runs of white space or a character (the strings that match),
    half of those after a few characters, and a quarter any letters."""
    rng = random.Random(seed)
    gaps = [" ", "  ", "\t", "\n", "\u00a0", " \n ", ""]
    made = []
    for number in range(count):
        if number % 4 == 0:
            pieces = [rng.choice(letters) * rng.randint(1, 7) for _ in range(rng.randint(1, 8))]
        elif number % 4 in (1, 2) and words:
            # (one in two opens with a few characters: a bullet, a number, a bracket)
            pieces = [rng.choice(letters) for _ in range(rng.randint(0, 6) * (number % 4 - 1))]
            for _ in range(rng.randint(1, 7)):
                pieces.append(rng.choice(words))
                pieces.append(rng.choice(gaps) if rng.random() < 0.8 else rng.choice(letters))
        else:
            pieces = [rng.choice(letters) for _ in range(rng.choice((2, 5, 12, 30, 80)))]
        made.append("".join(pieces))
    return made


def same(
    old: re.Pattern[str],
    new: re.Pattern[str],
    count: int,
    seed: int = 15,
    found_only: bool = False,
    extra: tuple[str, ...] = (),
) -> tuple[str | None, int]:
    """The first string on which the two differ (None: none of ``count``), and how many of the
    strings tried the old pattern found a match in (a check that says something)."""
    found = 0
    words = [w for p in (old, new) for w in literals(p, every=True)] + list(extra) * 3
    for text in strings(alphabet(old, new), words, count, seed):
        if outcome(old, text, found_only) != outcome(new, text, found_only):
            return text, found
        found += old.search(text) is not None
    return None, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--flags", nargs="*", default=[], choices=["I", "M", "S", "X"])
    parser.add_argument("--count", type=int, default=300_000)
    parser.add_argument("--words", nargs="*", default=[], help="More words to build from.")
    parser.add_argument(
        "--found-only", action="store_true", help="Compare only whether a search finds a match."
    )
    options = parser.parse_args()
    flags = 0
    for name in options.flags:
        flags |= getattr(re, name)
    old, new = re.compile(options.old, flags), re.compile(options.new, flags)
    differ, found = same(
        old, new, options.count, found_only=options.found_only, extra=tuple(options.words)
    )
    if differ is not None:
        print(f"differ on {differ!r}:\n  old {outcome(old, differ)}\n  new {outcome(new, differ)}")
        return 1
    print(f"the same on {options.count:,} strings ({found:,} with a match)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
