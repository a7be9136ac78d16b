"""Standard output that cannot be written (a full disk): a problem of the place the report
goes, said as such, never "an internal error ... a bug".

cli.md's exit codes name no such case; the nearest is 2, as for a report file that cannot be
written (outputs.py), so that a CI job tells it from a clean run (0) and from findings (1).
"""

from __future__ import annotations

import errno
import os

FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # only writing raises these


def unwritable(exc: BaseException) -> str | None:
    """What to tell the user when ``exc`` is a write that found no room, else None."""
    if not isinstance(exc, OSError) or exc.errno not in FULL:
        return None
    # whatever is still buffered for standard output would fail again at exit, printing a
    # traceback-like "Exception ignored": it goes nowhere instead
    with open(os.devnull, "wb") as nowhere:
        os.dup2(nowhere.fileno(), 1)
    return (
        "cannot write the report: the disk is full (no space left on the device); "
        "free some space, or write the report elsewhere with -o"
    )
