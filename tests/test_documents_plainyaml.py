"""The vocabularies' YAML read from the parser's events (documents/plainyaml.py) is what the
safe loader reads, and a document holding more than strings is left to the loader itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from grantcheck.documents import plainyaml
from grantcheck.rulepack_dir import default_pack_dir

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SHIPPED = sorted((default_pack_dir() / "documents").glob("*.yaml"))


def _read(text: str, read: Callable[[str], object]) -> tuple[str, str]:
    """What reading ``text`` gives, written out (``True`` and ``1`` are equal, not alike)."""
    try:
        return "read", repr(read(text))
    except yaml.YAMLError as error:
        return "error", str(error)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_shipped_vocabularies_read_as_the_loader_reads_them(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8")
    expected = yaml.load(text, Loader=LOADER)
    monkeypatch.setattr(yaml, "load", None)  # the quick way, never the loader's
    assert repr(plainyaml.load(text, LOADER)) == repr(expected)


@pytest.mark.parametrize(
    "text",
    [
        "cues:\n  - please send\n  - 'yes'\n  - \"no\"\ntwice: a\ntwice: b\n",
        "a: [b, c, {d: e}]\n'': x\nf: ''\ng: 0o7\n",
        # read by the loader as more than strings, or refused by it
        "a: 1",
        "a: yes",
        "- ~",
        "a:",
        "x: 2020-01-01",
        "a: .5",
        "a: &x [one]\nb: *x",
        "<<: {a: b}",
        "- =",
        "a: !!str 3",
        "? [a]\n: b",
        "",
        "--- a\n--- b",
        "a: [b",
        "a: -",
    ],
)
def test_any_document_reads_as_the_loader_reads_it(text: str) -> None:
    quick = _read(text, lambda t: plainyaml.load(t, LOADER))
    assert quick == _read(text, lambda t: yaml.load(t, Loader=LOADER))
