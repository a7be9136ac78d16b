"""A zip part renamed is counted all the same (redteam19 A): the XML elements of a Word
document's and a register workbook's parts were counted only in members named '.xml' or
'.rels', while python-docx and openpyxl find a part by its relationships and content type,
whatever its name: document.xml renamed document.bin (its rels and content type following) was
parsed uncounted (1.9 GB), as was a sheet renamed sheet1.bin. Every part that reads as XML
(its first byte, past white space and byte-order marks, a '<') is counted now."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import run
from hostile_documents import elements_docx

pytestmark = pytest.mark.usefixtures("project")


def _renamed(path: Path, old: str, new: str, pad: bytes = b"") -> Path:
    """The zip at ``path`` with its part ``old`` renamed ``new`` (``pad`` before its bytes),
    and every rels and content type naming it following; stored unpacked (no zip bomb)."""
    with zipfile.ZipFile(path) as made:
        parts = {name: made.read(name) for name in made.namelist()}
    parts[new] = pad + parts.pop(old)
    rels = old.rpartition("/")[0] + "/_rels/" + old.rpartition("/")[2] + ".rels"
    if rels in parts:
        parts[new.rpartition("/")[0] + "/_rels/" + new.rpartition("/")[2] + ".rels"] = parts.pop(
            rels
        )
    for name in list(parts):
        if name.endswith(".rels") or name == "[Content_Types].xml":
            parts[name] = parts[name].replace(old.encode(), new.encode())
            short = old.partition("/")[2].encode()  # (rels name a part from their folder)
            parts[name] = parts[name].replace(short, new.partition("/")[2].encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


@pytest.mark.parametrize("pad", [b"", b" " * 100_000], ids=["renamed", "renamed-and-padded"])
def test_a_word_documents_renamed_body_is_counted(project: Path, pad: bytes) -> None:
    elements_docx(project / "form.docx", paragraphs=1_200_000)
    _renamed(project / "form.docx", "word/document.xml", "word/document.bin", pad)
    told = " ".join(run("measure", "form.docx", cwd=project).output.split())
    assert "holds more than 1,000,000 XML elements" in told, told


def test_a_word_document_renamed_but_genuine_is_read(project: Path) -> None:
    elements_docx(project / "form.docx", paragraphs=10)
    _renamed(project / "form.docx", "word/document.xml", "word/document.bin")
    assert run("measure", "form.docx", cwd=project).exit_code == 0


def test_a_registers_renamed_styles_are_counted(project: Path) -> None:
    """(styles.xml, parsed whole: counted to 200,000 whatever its name)"""
    assert run("init", "--register", "r.xlsx", cwd=project).exit_code == 0
    with zipfile.ZipFile(project / "r.xlsx") as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/styles.xml"] = parts["xl/styles.xml"].replace(
        b"</styleSheet>", b"<extLst>" + b"<ext/>" * 210_000 + b"</extLst></styleSheet>"
    )
    with zipfile.ZipFile(project / "big.xlsx", "w", zipfile.ZIP_STORED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _renamed(project / "big.xlsx", "xl/styles.xml", "xl/styles.bin")
    told = " ".join(run("check", "big.xlsx", cwd=project).output.split())
    assert "'xl/styles.bin' takes it past 200,000 XML elements" in told, told
