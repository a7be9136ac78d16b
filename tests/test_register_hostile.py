"""Hostile registers: zip bombs, huge fields, NUL bytes, bad encodings, too many rows.

Each is generated at test time (some are large) and checked in a subprocess
bounded in time and memory: exit 2 and one located line, never a traceback.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import slow_except
from test_hostile import MEGABYTES, SECONDS, grantcheck


def _book(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Schemes"
    ws.append(["name", "funder", "award.max"])
    ws.append(["A", "B", 100])
    book.save(path)
    return path


def _zip_bomb(path: Path) -> None:
    _book(path)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet9.xml", "w") as member,
    ):  # 200 MB of zeros, about 200 kB packed
        for _ in range(200):
            member.write(b"\0" * 1_000_000)


def _most_rows() -> int:
    """The number of schemes one file may hold by default (the limits table's max_documents)."""
    from grantcheck.load import Limits
    from grantcheck.register_budget import limit

    return limit(Limits(), "max_documents")


def _csv(text: bytes) -> bytes:
    return b"name,funder,award.max\n" + text


CASES = {
    "zip-bomb.xlsx": (_zip_bomb, "is compressed"),
    "not-a-zip.xlsx": (lambda p: p.write_bytes(b"name,funder\n"), "this is not an XLSX workbook"),
    "macros.xlsm": (lambda p: p.write_bytes(b"PK\x03\x04"), "a .xlsm spreadsheet is not read"),
    "nul.csv": (
        lambda p: p.write_bytes(_csv(b"A,B\x00,100\n")),
        "reg:2:2: input error: the file contains a NUL byte",  # its cell, not a character
    ),
    "latin-1.csv": (
        lambda p: p.write_bytes(_csv("Caf\xe9,B,100\n".encode("latin-1"))),
        ":2:1: input error: the file is not UTF-8",  # the cell (trial16), not a character
    ),
    "huge-field.csv": (
        lambda p: p.write_bytes(_csv(b'"' + b"x" * 1_990_000 + b'",B,100\n')),
        "reg:2:1: input error: name must have at most 300",
    ),
    "too-large.csv": (
        lambda p: p.write_bytes(_csv(b"A,B,100\n" * 300_000)),
        "the file is larger than 2,000,000 bytes",
    ),
    "too-many-rows.csv": (
        lambda p: p.write_bytes(_csv(b"A,B,1\n" * (_most_rows() + 2))),
        "the register has more than",
    ),
    "too-many-columns.csv": (
        lambda p: p.write_bytes(b"name," * 600 + b"\n" + b"x," * 600 + b"\n"),
        "more than 500 columns",
    ),
    "unterminated-quote.csv": (
        lambda p: p.write_bytes(_csv(b'A,"B\n' + b"x" * 10 + b"\n")),
        "input error",
    ),
}


@pytest.mark.parametrize("name", slow_except(sorted(CASES), lambda name: name == "nul.csv"))
def test_hostile_register_is_refused_calmly(name: str, tmp_path: Path) -> None:
    make, fragment = CASES[name]
    path = tmp_path / name.replace(name.split(".")[0], "reg")
    make(path)
    code, out, err, seconds, megabytes = grantcheck(path.name, cwd=tmp_path)
    assert "Traceback" not in out + err
    assert seconds < SECONDS and megabytes < MEGABYTES, (seconds, megabytes)
    lines = [
        line
        for line in (out + err).splitlines()
        if "input error" in line or line.startswith("grantcheck:")
    ]
    assert code == 2, out + err
    assert any(fragment.replace("reg:", "reg.csv:") in line for line in lines), out + err


@pytest.mark.slow  # a subprocess
def test_external_links_are_not_followed(tmp_path: Path) -> None:
    path = _book(tmp_path / "reg.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(
            "xl/externalLinks/externalLink1.xml",
            '<externalLink xmlns="http://schemas.openxmlformats.org'
            '/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="x"/></externalLink>',
        )
    code, out, err, _, _ = grantcheck("reg.xlsx", "--fail-on", "never", cwd=tmp_path)
    assert code == 0 and "1 scheme checked" in out + err
