"""Shared fixtures: the default pack, and helpers to build schemes in memory."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import typer.testing
from typer.testing import CliRunner, Result

from grantcheck.cli.app import app
from grantcheck.cli.workdir import Workdir
from grantcheck.policy import Policy, build_policy
from grantcheck.rulepack import Pack, default_pack_dir
from grantcheck.rulepack_load import load_pack

ROOT = Path(__file__).resolve().parents[1]


def load_bench(name: str) -> ModuleType:
    """A script from bench/ as a module of its own name (bench_NAME).

    Putting bench/ on sys.path would let its scripts shadow test helpers of the same
    name (bench/hostile.py, bench/documents.py), depending on the order tests load.
    """
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


GUIDE = ROOT.parent / "shared" / "guide" / "good-practice-guide.txt"


def slow_except(values: Iterable[Any], keep: Callable[[Any], bool]) -> list[Any]:
    """The cases of a costly parametrized test (a subprocess each), every one but those
    ``keep`` picks marked slow: ``make test-fast`` still runs a representative of the area,
    ``make test`` runs them all. A tuple holds the values of several argument names."""
    slow = pytest.mark.slow
    return [
        v
        if keep(v)
        else pytest.param(*v, marks=slow)
        if isinstance(v, tuple)
        else pytest.param(v, marks=slow)
        for v in values
    ]


@pytest.fixture(scope="session")
def pack() -> Pack:
    loaded, errors = load_pack([(default_pack_dir(), Path("rules"))])
    assert loaded is not None, errors
    return loaded


@pytest.fixture(scope="session")
def policy(pack: Pack) -> Policy:
    built, errors = build_policy(pack, None)
    assert built is not None, errors
    return built


MINIMAL = "name: Test Fund\nfunder: Test Council\naward:\n  max: 1000\n"
runner = CliRunner()
# typer's CliRunner builds the click command from the app (every command's signature read
# again) on each invoke: about 40% of an in-process check. The app's command is built once a
# process, as the real CLI builds it once a run; a click command is made to be invoked again.
assert callable(typer.testing._get_command), "typer.testing no longer builds through this name"
typer.testing._get_command = cache(typer.testing._get_command)


def run(*args: str, cwd: Path = ROOT) -> Result:
    """The CLI run in-process as if from folder ``cwd``, which it is told through the context
    object (the process's folder is never changed: that is unsafe when tests run in parallel)."""
    return runner.invoke(app, list(args), obj=Workdir(cwd), catch_exceptions=False)


def grantcheck_process(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """grantcheck run as a separate process (``env``: its whole environment; by default ours)."""
    return subprocess.run(
        [sys.executable, "-m", "grantcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def bounded_child(*args: str, kill_after: float, text: str = "", cwd: Path | None = None) -> None:
    """Python run with ``args`` in a child process that must finish, with exit 0, before
    ``kill_after`` seconds: a bounded number of steps, not a timing (what is linear takes a
    small part of it, what grows with the square of a long run many times it)."""
    try:
        done = subprocess.run(
            [sys.executable, *args],
            input=text,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=kill_after,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{' '.join(args)[-80:]!r} outlasted {kill_after:.0f} s")
    assert done.returncode == 0, done.stderr


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project folder (a git root, so config discovery stops here)."""
    (tmp_path / ".git").mkdir()
    return tmp_path
