"""Golden reports: the text and JSON report of every example, byte for byte.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 make test`` and read
the diff before committing it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT, run

GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = sorted(
    p.relative_to(ROOT / "examples").as_posix() for p in (ROOT / "examples").rglob("*.yaml")
)


SUFFIX = {"text": "txt", "json": "json", "markdown": "md"}


@pytest.mark.parametrize("fmt", list(SUFFIX))
@pytest.mark.parametrize("example", EXAMPLES)
def test_golden(example: str, fmt: str) -> None:
    _compare(
        f"examples/{example}",
        fmt,
        f"{example.removesuffix('.yaml').replace('/', '__')}.{SUFFIX[fmt]}",
    )


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_golden_whole_folder(fmt: str) -> None:
    """Every example in one run: the portfolio overview, then each scheme."""
    _compare("examples/", fmt, f"examples-folder.{SUFFIX[fmt]}")


def _compare(target: str, fmt: str, golden: str) -> None:
    result = run("check", target, "-f", fmt)
    assert result.exit_code in (0, 1), result.output
    output = result.output.replace('"version": "0.1.0"', '"version": "VERSION"').replace(
        "with grantcheck 0.1.0.", "with grantcheck VERSION."
    )
    path = GOLDEN / golden
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(output, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with UPDATE_GOLDEN=1"
    assert output == path.read_text(encoding="utf-8")


def test_every_example_loads_cleanly() -> None:
    result = run("check", "examples/", "-q")
    assert result.exit_code == 1 and "input error" not in result.output
