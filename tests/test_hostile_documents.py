"""Hostile documents: every way a document comes in ends within bounded time and memory,
with exit 2 and one located line (never a traceback), or is measured once when repeated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MINIMAL, slow_except
from documents import write_encrypted_pdf, write_ole
from hostile_cases import child
from hostile_documents import (
    deep_html,
    elements_docx,
    huge_html,
    shared_stream_pdf,
    zip_bomb_docx,
)

HOSTILE = Path(__file__).parent / "hostile"
SECONDS, MEGABYTES = 30.0, 1000  # SECONDS bounds the child's CPU time (hostile_cases.KILL_AFTER)


def grantcheck(cwd: Path, *args: str) -> tuple[int, str, str, float, float]:
    """Run grantcheck ARGS: exit code, stdout, stderr, CPU seconds and the child's own peak
    megabytes (hostile_cases.OWN_PEAK)."""
    return child(list(args), cwd)


CASES = {
    "bomb.docx": (lambda p: zip_bomb_docx(p), "compressed more than 200 to 1 (a zip bomb?)"),
    "elements.docx": (lambda p: elements_docx(p), "holds more than 1,000,000 XML elements"),
    "many-pages.pdf": (lambda p: shared_stream_pdf(p, 3000), "has 3,000 pages (limit 2,000)"),
    "deep.html": (lambda p: deep_html(p), "is nested more than 500 elements deep"),
    "huge.html": (lambda p: huge_html(p), "has more text than grantcheck reads in one document"),
    "locked.pdf": (lambda p: write_encrypted_pdf(p), "is an encrypted PDF that needs a password"),
    "aes.pdf": (  # restricted editing, no password to open: pypdf needs 'cryptography' for AES
        lambda p: shutil.copyfile(HOSTILE / "pdf" / "aes-empty-password.pdf", p),
        "is a PDF encrypted with AES (protected against editing, perhaps with no password",
    ),
    "locked.docx": (
        lambda p: write_ole(p, ["EncryptionInfo", "EncryptedPackage"]),
        "is a Word document protected with a password",
    ),
    "latin1.txt": (
        lambda p: p.write_bytes("Caf\u00e9 grants".encode("latin-1")),
        "is not UTF-8 text",
    ),
}


@pytest.mark.parametrize(
    "name", slow_except(sorted(CASES), lambda name: name in ("deep.html", "aes.pdf"))
)
@pytest.mark.parametrize(
    "way", slow_except(["measure", "form", "guidance"], lambda way: way == "measure")
)
def test_hostile_document(tmp_path: Path, name: str, way: str) -> None:
    make, message = CASES[name]
    make(tmp_path / name)
    (tmp_path / ".git").mkdir()
    if way == "measure":
        args = ["measure", name]
    else:
        section = "form" if way == "form" else "guidance"
        (tmp_path / "s.yaml").write_text(
            MINIMAL + f"application:\n  {section}:\n    documents: [{name}]\n", encoding="utf-8"
        )
        args = ["check", "s.yaml"]
    code, out, err, seconds, peak = grantcheck(tmp_path, *args)
    lines = [line for line in (out + err).splitlines() if message in line]
    assert code == 2, out + err
    assert len(lines) == 1 and "Traceback" not in out + err, out + err
    assert (name in lines[0]) and (
        ":1:1:" in lines[0] if way == "measure" else "s.yaml:" in lines[0]
    )
    assert seconds < SECONDS and 10 < peak < MEGABYTES


@pytest.mark.slow  # a subprocess
def test_shared_content_stream_is_read_once(tmp_path: Path) -> None:
    shared_stream_pdf(tmp_path / "p.pdf", 1500)
    code, out, err, seconds, peak = grantcheck(tmp_path, "measure", "p.pdf", "-f", "json")
    assert code == 0 and '"pages": 1500' in out, err
    assert seconds < SECONDS and peak < MEGABYTES


@pytest.mark.slow  # a subprocess
def test_the_same_large_file_listed_many_times_is_read_once(tmp_path: Path) -> None:
    big = "Tell us about your group.\n" * 40_000  # about 1 MB: read 200 times, it is killed
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    code, _, err, seconds, peak = grantcheck(tmp_path, "measure", *(["big.txt"] * 200))
    assert code == 0, err
    assert seconds < SECONDS and peak < MEGABYTES


@pytest.mark.slow  # a subprocess
def test_a_config_lowers_a_document_budget_and_the_error_names_its_key(tmp_path: Path) -> None:
    """The document budgets are config keys of limits: like the rest (and SECURITY.md's table)."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "notes.md").write_text("Tell us about your group.\n" * 50, encoding="utf-8")
    (tmp_path / "s.yaml").write_text(
        MINIMAL + "application:\n  guidance:\n    documents: [notes.md]\n", encoding="utf-8"
    )
    assert grantcheck(tmp_path, "check", "s.yaml")[0] in (0, 1)
    (tmp_path / "grantcheck.yaml").write_text("limits:\n  max_document_characters: 100\n")
    code, out, err, _, _ = grantcheck(tmp_path, "check", "-q", "s.yaml")
    assert code == 2 and "'limits: max_document_characters'" in out + err, out + err
    (tmp_path / "grantcheck.yaml").write_text("limits:\n  max_document_pages: 1000000\n")
    code, out, err, _, _ = grantcheck(tmp_path, "check", "-q", "s.yaml")
    assert code == 2 and "above grantcheck's ceiling of 10,000" in out + err, out + err
