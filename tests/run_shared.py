"""Results computed once in a test run and shared by its xdist workers, through the run's own
temporary folder: pytest makes a new one for every run (and empties one given by --basetemp),
so nothing is kept from one run to the next and a stale result can never make a test pass."""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


def run_folder(factory: pytest.TempPathFactory, name: str) -> Path:
    """A folder ``name`` in this run's base temporary folder, the same for every worker."""
    base = factory.getbasetemp()
    # an xdist worker's base is the run's base / popen-gwN, the run's base being made afresh
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = root / name
    folder.mkdir(exist_ok=True)
    return folder


def once(folder: Path, key: str, compute: Callable[[], T]) -> T:
    """``compute()``'s value kept in ``folder`` under ``key``, computed by whichever worker of
    this run asks first: it claims the key (a file only one process can create), and another
    asking meanwhile waits for the value rather than computing it again. A claim whose
    computing raised is withdrawn (the next to ask computes it, and raises in its turn); one
    whose process has died is computed anew."""
    path, claim = folder / f"{key}.pickle", folder / f"{key}.claim"
    while not path.exists():
        try:
            fd = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            if _claimant_gone(claim):
                return _keep(path, compute())
            time.sleep(0.02)
            continue
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        try:
            value = compute()
        except BaseException:
            claim.unlink()
            raise
        return _keep(path, value)
    return pickle.loads(path.read_bytes())  # type: ignore[no-any-return]


def _keep(path: Path, value: T) -> T:
    """Write ``value`` whole under a name of its own, then rename it: never read half written."""
    part = path.with_suffix(f".{os.getpid()}.part")
    part.write_bytes(pickle.dumps(value))
    os.replace(part, path)
    return value


def _claimant_gone(claim: Path) -> bool:
    """Whether the process that claimed a key has ended without keeping its value."""
    try:
        pid = int(claim.read_text() or 0)  # (empty for the moment between claiming and saying)
    except (FileNotFoundError, ValueError):
        return False
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
