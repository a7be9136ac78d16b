"""What ``check`` says on standard error besides its reports: a baseline recorded, inputs a
baseline leaves out, a scheme ID stated twice, and what a folder search checked nothing in or
skipped (standard output may carry a report, so these go to standard error)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from grantcheck.cli import error_line

if TYPE_CHECKING:
    from grantcheck.errors import InputError
    from grantcheck.findings import Tally
    from grantcheck.pipeline_files import Search


def recorded(path: Path | None, count: int) -> None:
    """Say on standard error (standard output may carry a report) what the baseline holds;
    ``path`` None: it went to standard output."""
    findings = "1 finding" if count == 1 else f"{count:,} findings"
    if path is None:
        said = f"Wrote {findings} as a baseline to standard output: save it to a file and check "
        said += "with --baseline FILE to fail"
    else:
        said = f"Recorded {findings} in the baseline {path}: check with --baseline {path} to fail"
    print(error_line(f"{said} only on new ones"), file=sys.stderr)


def warn_unrecorded(errors: list[InputError], tally: Tally) -> None:
    """A warning when inputs could not be checked: the baseline holds none of their findings, so
    once fixed they would all fail the check as new (exit 2 alone does not say so)."""
    from grantcheck.errors import not_checked
    from grantcheck.units import and_more, plural

    checked = [*tally.places.values(), *(earlier for _, earlier, _ in tally.repeats)]
    left = not_checked(errors, [(file, line) for file, line, _ in checked])
    if not left:
        return
    shown = and_more(", ".join(left[:12]), len(left), 12)
    print(
        error_line(
            f"warning: the baseline leaves out {plural(len(left), 'input')} that could not be "
            f"checked ({shown}), so {'its' if len(left) == 1 else 'their'} findings will count "
            "as new once fixed: fix the input errors, then record the baseline again"
        ),
        file=sys.stderr,
    )


def warn_repeats(tally: Tally) -> None:
    """A located warning for each scheme ID stated again: two versions of one scheme (a draft and
    a final copy) would otherwise be counted twice; the overview counts the last one."""
    from grantcheck.errors import place, where

    for sid, (file, line, column), later in tally.repeats:
        print(
            error_line(
                f"{where(*later)}: warning: the scheme id {sid!r} is also stated at "
                f"{where(file, line, column)}; the portfolio overview counts one scheme with "
                f"this id, the last checked ({place(later[0], later[1])}). Give each scheme its "
                "own id, or remove the older copy"
            ),
            file=sys.stderr,
        )


def warn_empty(paths: list[Path], search: Search, folder: Path) -> None:
    """A warning for each folder named (or the current one) with no scheme file in it: like
    ruff or yamllint, checking nothing is not silent. The exit code stays 0 (cli.md: only
    findings and input errors change it)."""
    from grantcheck.pipeline_files import display_name, empty_folders

    for path in empty_folders(paths, search.done[0] if search.done else []):
        if path in search.emptied:
            continue  # (its schemes all skipped: an input error says so)
        name = display_name(path, folder)
        shown = "the current folder" if name == "." else f"the folder {name}"
        print(
            error_line(
                f"warning: no scheme files (*.yaml, *.yml) in {shown}, so nothing was checked "
                "there (hidden folders, config files and excluded paths are skipped)"
            ),
            file=sys.stderr,
        )


def say_skipped(search: Search, folder: Path, show: bool) -> None:
    """What a folder search skipped, counted by why in one note, or with ``show`` named one a
    line, as ruff --show-files and yamllint list theirs: a file left unchecked is never left
    unsaid (redteam20 #1). And what git could not tell in time."""
    from grantcheck.pipeline_files import display_name
    from grantcheck.units import plural

    for note in search.notes:
        print(error_line(f"warning: {note}"), file=sys.stderr)
    if show:
        for path, why in search.skipped:
            print(error_line(f"skipped: {display_name(path, folder)} ({why})"), file=sys.stderr)
    elif search.skipped:
        reasons = Counter(why for _, why in search.skipped)
        counts = "; ".join(f"{why}: {n:,}" for why, n in reasons.items())
        many = plural(len(search.skipped), "YAML file or folder", "YAML files or folders")
        print(
            error_line(
                f"note: {many} skipped by the folder search ({counts}); --show-skipped names each"
            ),
            file=sys.stderr,
        )
