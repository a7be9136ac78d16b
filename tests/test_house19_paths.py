"""A NUL character in a path a stranger writes (redteam19 C): a scheme's guidance or form
document, or a config's rule_folders or allow_paths, named "a\\0b.txt" made the whole run exit 3
('internal error: ValueError: embedded null byte'), nothing else checked. Now a located error,
exit 2, and the other schemes are checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, run

SCHEME = (ROOT / "examples" / "befriending-contract-continuation.yaml").read_text(encoding="utf-8")


def test_a_document_named_with_a_nul_is_a_located_error(project: Path) -> None:
    nul = "name: S\nfunder: F\naward: {max: 1000}\napplication:\n  guidance:\n"
    nul += '    documents: ["a\\0b.txt"]\n'
    (project / "nul.yaml").write_text(nul, encoding="utf-8")
    (project / "ok.yaml").write_text(SCHEME, encoding="utf-8")
    told = run("check", ".", "-q", cwd=project)
    said = " ".join(told.output.split())
    assert told.exit_code == 2, said
    assert "nul.yaml:6:17: input error: guidance document 'a" in said
    assert "names no file (it holds a NUL character)" in said and "2 schemes checked" in said


@pytest.mark.parametrize("key", ["rule_folders", "allow_paths"])
def test_a_config_folder_named_with_a_nul_is_a_located_error(project: Path, key: str) -> None:
    (project / "grantcheck.yaml").write_text(f'{key}: ["a\\0b"]\n', encoding="utf-8")
    (project / "ok.yaml").write_text(SCHEME, encoding="utf-8")
    told = run("check", "ok.yaml", "-q", cwd=project)
    said = " ".join(told.output.split())
    assert told.exit_code == 2, said
    assert f"grantcheck.yaml:1:{len(key) + 4}: {key}: 'a" in said
    assert "names no folder (it holds a NUL character)" in said
