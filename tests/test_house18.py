"""Session 18's house-keeping: hostile input from redteam17 and redteam18, each case run as
the command line runs it (in a child process where memory is what is measured)."""

from __future__ import annotations

import io
import logging
import random
import warnings
from pathlib import Path
from typing import Any, ClassVar

import pytest

ENTRIES = (  # a table's entries as files write them, and as hostile ones do
    b"0000000009 00000 n\n",  # 19 bytes: pypdf reads 20 and steps back one
    b"0000000009 00000 n \n",
    b"0000000009 00000 n\r\n",
    b"0000000009 00000 f\r",
    b"\n0000000009 00000 n \n",
    b"0000000009 00000 n\r\n\r\n",
    b"junkjunkjunkjunkjunk",
)
HEADERS = (b"%d %d\n", b"%d %d ", b"%d  %d\r\n", b"%d %%c\n%d\n", b"%d.0 %d\n")
AFTER = (b"trailer<</Size 4>>\n", b"%c\n", b"  ", b"5 600\n", b"t")


def test_a_table_of_entries_not_20_bytes_is_refused_before_pypdf_opens_it(
    tmp_path: Path,
) -> None:
    """A walk that took every entry as 20 bytes lost step with pypdf on entries of 19 and found
    a fake 'trailer' where pypdf found the header of 800,000 more (redteam17): 233 MB, measured,
    exit 0. pdf_xref.py now walks as pypdf walks."""
    from hostile_cases import child
    from hostile_documents import mixed_widths_pdf

    (tmp_path / ".git").mkdir()
    mixed_widths_pdf(tmp_path / "x.pdf", 800_000)
    code, _, told, _, peak = child(["measure", "x.pdf"], tmp_path)
    said = "names at least 800,199 objects in its cross-reference tables"
    assert code == 2 and said in told and "Raise 'limits: max_document_objects'" in told, told
    assert peak < 120, f"{peak:.0f} MB"


def _allocated(data: bytes) -> int:
    """The entries pypdf's tables gave the file's cross-reference as it opened it, even when it
    then gave up (the objects pypdf numbered, free or in use)."""
    from pypdf import PdfReader

    class Counted(PdfReader):  # type: ignore[misc]
        seen: ClassVar[dict[Any, dict[Any, Any]]] = {}

        @property
        def xref_free_entry(self) -> dict[Any, dict[Any, Any]]:
            return Counted.seen

        @xref_free_entry.setter
        def xref_free_entry(self, value: dict[Any, dict[Any, Any]]) -> None:
            Counted.seen = value

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.getLogger("pypdf").disabled = True
        try:
            Counted(io.BytesIO(data))
        except Exception:  # (damaged: what it read before it gave up still counts)
            pass
        finally:
            logging.getLogger("pypdf").disabled = False
    return len(set().union(*(set(entries) for entries in Counted.seen.values())))


def test_the_tables_entries_are_never_fewer_than_pypdf_reads() -> None:
    """Random tables (entries of 19 to 22 bytes, ends of line before them, headers pypdf reads
    as numbers or not, fake trailers, headers at the file's end): the count made before pypdf
    opens the file is never less than what pypdf gives the cross-reference (the old 20-byte walk
    fell short on 80 of 400)."""
    from grantcheck.documents.pdf_xref import table_entries
    from hostile_documents import _pdf

    body = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 0 >>"])
    body = body[: body.index(b"xref")]
    rnd = random.Random(18)
    short = []
    for case in range(300):
        made, number = [b"xref\n"], 0
        for _ in range(rnd.randint(1, 4)):
            count = rnd.randint(0, 60)
            made.append(rnd.choice(HEADERS) % (number, count))
            width = rnd.choice(ENTRIES) if rnd.random() < 0.7 else None
            made += [width or rnd.choice(ENTRIES) for _ in range(count)]
            number += count
            if rnd.random() < 0.3:
                made.append(rnd.choice(AFTER))
        if rnd.random() < 0.8:
            made.append(b"trailer\n<< /Size 3 /Root 1 0 R >>\n")
        data = body + b"%" + b"x" * rnd.randint(0, 3000) + b"\n"
        data += b"".join(made) + b"startxref\n%d\n%%%%EOF\n" % len(data)
        data += rnd.choice([b"", b"0 %d" % rnd.randint(1, 99), b"1 3\n00"])
        if table_entries(data, 10**7) < _allocated(data):
            short.append(case)
    assert not short, short


def test_a_pypdf_that_cannot_bound_cross_reference_streams_reads_no_pdf() -> None:
    """pypdf before 7 (6.21.2 and earlier) takes no xref_stream_maximum_entries: the reader was
    then opened without it, a stream's entries unbounded (1.9 million from 2 kB: 356 MB). Now
    no PDF is read with such a pypdf, and pyproject.toml asks for 7."""
    import tomllib

    import pytest

    from grantcheck.documents.budget import RunBudget
    from grantcheck.documents.pdf_open import opened as _opened
    from grantcheck.guidance import Unreadable

    def old_pypdf(data: io.BytesIO) -> str:  # (its PdfReader: no such keyword)
        return "read, unbounded"

    with pytest.raises(Unreadable, match=r"older than 7 .*pip install 'pypdf>=7'"):
        _opened(old_pypdf, io.BytesIO(b"%PDF-1.4\n"), RunBudget().document())
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert "pypdf>=7" in project["project"]["dependencies"]


SUMMARY_SCHEME = (
    "name: S\nfunder: F\naward: {max: 1000}\napplication:\n  window_days: 10\n"
    "  guidance:\n    documents: [g.md]\n"
)


def test_the_step_summary_is_never_appended_to_a_file_the_run_reads(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$GITHUB_STEP_SUMMARY naming the scheme (or a link to it, or a document the scheme names)
    had the Markdown summary appended to it (redteam17: 68 lines to 102, the next check exit 2).
    Now nothing is written there and standard error says why; the check's exit code stands."""
    from conftest import run, write

    scheme = write(project, "s.yaml", SUMMARY_SCHEME)
    document = write(project, "g.md", "# Guidance\n\nApply by 1 May.\n")
    (project / "link.md").symlink_to("s.yaml")
    before = {p: p.read_bytes() for p in (scheme, document)}
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code = run("check", "s.yaml", "-f", "github", cwd=project).exit_code  # (no summary)
    for named in ("s.yaml", str(scheme), "link.md", "g.md"):
        monkeypatch.setenv("GITHUB_STEP_SUMMARY", named)
        result = run("check", "s.yaml", "-f", "github", cwd=project)
        assert result.exit_code == code, result.output
        assert "names a file this run reads" in result.stderr, named
        assert {p: p.read_bytes() for p in before} == before, named
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "summary.md")  # (elsewhere: written as before)
    assert run("check", "s.yaml", "-f", "github", cwd=project).exit_code == code
    assert "1 scheme checked" in (project / "summary.md").read_text()


def _register_with_strings(path: Path, count: int) -> Path:
    """The register ``init --register`` writes, with ``count`` shared strings (unused ones, as
    a workbook may hold: openpyxl reads them all whole), about 23 bytes each unpacked."""
    import zipfile

    from conftest import run

    run("init", "--register", path.name, cwd=path.parent)
    with zipfile.ZipFile(path) as made:
        parts = {name: made.read(name) for name in made.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.openxml'
        b'formats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            if name != "xl/sharedStrings.xml":
                out.writestr(name, data)
        with out.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
            strings.write(
                b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                b'main" count="%d" uniqueCount="%d">' % (count, count)
            )
            for start in range(0, count, 10_000):
                strings.write(
                    b"".join(b"<si><t>%08d</t></si>" % n for n in range(start, start + 10_000))
                )
            strings.write(b"</sst>")
    return path


def test_a_config_cannot_raise_what_a_register_workbook_unpacks_to(project: Path) -> None:
    """A workbook could unpack to 25 times max_file_bytes, which a config in the pull request
    may raise to 20 MB: 500 MB of XML. 138 MB of shared strings (a 15.7 MB file) ran past 300 s
    and 594 MB (redteam17). Now a workbook unpacks to at most 25 times the default, 50 MB,
    whatever the config (44 MB of shared strings: 20 processor seconds, 381 MB)."""
    from hostile_cases import child

    (project / "grantcheck.yaml").write_text("limits:\n  max_file_bytes: 20000000\n")
    _register_with_strings(project / "reg.xlsx", 2_500_000)  # 57.5 MB unpacked, 7 MB packed
    code, said, _, _, peak = child(["check", "-q", "reg.xlsx"], project)
    assert code == 2 and "more than 50,000,000" in said and "no config raises" in said, said
    assert peak < 200, f"{peak:.0f} MB"


def test_a_config_cannot_raise_the_baseline_past_what_its_json_may_cost(project: Path) -> None:
    """A baseline is untrusted (it is in the repository), and a config may raise its limit: at
    the old ceiling, 100 MB of '[],' took 2.5 GB to read as JSON (25 bytes of memory a byte).
    The ceiling is now 40 MB (about 1 GB at worst; a real baseline holds 160,000 findings)."""
    from conftest import run, write

    write(project, "s.yaml", "name: S\nfunder: F\naward: {max: 1000}\n")
    write(project, "grantcheck.yaml", "limits:\n  max_baseline_bytes: 100000000\n")
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2 and "above grantcheck's ceiling of 40,000,000" in result.output
    write(project, "grantcheck.yaml", "limits:\n  max_baseline_bytes: 40000000\n")
    assert run("check", "s.yaml", cwd=project).exit_code in (0, 1)


NOT_PLAIN = {  # written, and what YAML 1.1 made of it (silently; or text: a bare type error)
    "0x1000": "as 4096",
    "010": "as 8",
    "0b101": "as 5",
    "1_000": "as 1000",
    "1:30": "as 90",
    "+5": "as 5",
    ".5": "as 0.5",
    "5.": "as 5.0",
    "1.0e+3": "as 1000.0",
    "0o17": "as text, not a number",
    "1e3": "as text, not a number",
    "08": "as text, not a number",
}
RULE = (
    "rules:\n  - id: LOC201\n    title: Quick decisions\n    metric: decision.days\n"
    "    check: at_most\n    warning: {}\n    unknown: ignore\n"
    "    basis:\n      - kind: judgement\n        text: decisions within a month\n"
    "    advice: Decide within a month.\n"
)


@pytest.mark.parametrize("written", sorted(NOT_PLAIN))
def test_a_number_is_written_plainly_in_schemes_configs_and_rules(
    project: Path, written: str
) -> None:
    """YAML 1.1 read 'max: 0x1000' as 4096, '010' as 8 and '1:30' as 90 without a word
    (redteam17), and left '1e3' or '0o17' as text where a number is asked for. Any notation
    but plain digits is now a located error saying what YAML makes of it and how to write the
    number, in a scheme, a config and a rule file alike (plain_numbers.py, from load.py)."""
    from conftest import run, write

    said = f"{written!r} is not a number written plainly (YAML reads it {NOT_PLAIN[written]})"
    write(project, "s.yaml", f"name: S\nfunder: F\naward:\n  max: {written}\n")
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    assert result.exit_code == 2 and said in result.output and "s.yaml:4:8" in result.output
    write(project, "s.yaml", "name: S\nfunder: F\naward: {max: 4096, typical: 0.5}\n")
    write(project, "grantcheck.yaml", f"limits:\n  max_depth: {written}\n")
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2 and said in result.output, result.output
    assert "grantcheck.yaml:2:14" in result.output
    (project / "grantcheck.yaml").unlink()
    write(project, "lr/q.yaml", RULE.format(written))
    result = run("check", "s.yaml", "--rules", "lr", cwd=project)
    assert result.exit_code == 2 and said in result.output and "q.yaml:6:14" in result.output
    write(project, "lr/q.yaml", RULE.format("30"))
    write(project, "s.yaml", f"name: S\nfunder: '{written}'\naward: {{max: 4096}}\n")
    assert run("check", "s.yaml", "--rules", "lr", cwd=project).exit_code in (0, 1)  # quoted


def _register_with_cells(path: Path, cells: int) -> Path:
    """The register ``init --register`` writes, its second row given ``cells`` empty cells
    (columns past those read), padded with random text so that it compresses under 100:1."""
    import base64
    import os
    import zipfile

    from conftest import run

    run("init", "--register", path.name, cwd=path.parent)
    with zipfile.ZipFile(path) as made:
        parts = {name: made.read(name) for name in made.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    head, _, tail = parts[sheet].partition(b"</sheetData>")
    pad = base64.b64encode(os.urandom(cells // 20))
    row = b'<row r="9">' + b"<c/>" * cells + b"</row>"
    parts[sheet] = head.replace(b"<sheetData>", b"<!--" + pad + b"--><sheetData>", 1)
    parts[sheet] += row + b"</sheetData>" + tail
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def test_a_register_row_of_millions_of_cells_is_refused_before_openpyxl_reads_it(
    project: Path,
) -> None:
    """openpyxl builds every cell of a row before the columns past those read are dropped:
    11 million '<c/>' in one row of a 556 KB workbook took 3.6 GB at the default limits
    (redteam18); 2.1 million here, 700 MB. The sheets' and shared strings' elements are now
    counted as they unpack, to 2,000,000 whatever the config."""
    from hostile_cases import child

    _register_with_cells(project / "reg.xlsx", 2_100_000)
    code, said, _, _, peak = child(["check", "-q", "reg.xlsx"], project)
    assert code == 2 and "past 2,000,000 XML elements" in said, said
    assert peak < 300, f"{peak:.0f} MB"


def test_a_csv_register_of_blank_lines_is_held_to_the_rows_a_workbook_may_have(
    project: Path,
) -> None:
    """A CSV register had no row limit: 19 million blank lines after the header, with a config
    raising max_file_bytes, took 3.3 GB (175 bytes kept a line; redteam18). A CSV is now held
    to the rows a workbook may have, ten for each scheme it may hold, blank ones too."""
    from conftest import run

    (project / "reg.csv").write_text("name,funder,award.max\nA,F,1000\n" + "\n" * 20_000)
    result = run("check", "-q", "reg.csv", cwd=project)
    assert result.exit_code == 2 and "reg.csv:10021:1" in result.output, result.output
    assert "the register has rows beyond row 10,020" in result.output
    (project / "reg.csv").write_text("name,funder,award.max\nA,F,1000\n" + "\n" * 9_000)
    assert run("check", "-q", "reg.csv", cwd=project).exit_code in (0, 1)


def test_no_line_of_a_csv_report_is_a_workflow_command(project: Path) -> None:
    """The CSV report's rows never passed through the workflow-command guard every other
    report has: a scheme file named '::error::All schemes pass.yaml' began a line of '-f csv'
    on standard output, '  ::stop-commands::tok.yaml' would have the runner ignore every later
    command, and '##[group]' anywhere is one too (redteam18)."""
    import re

    from conftest import run, write

    scheme = "name: S\nfunder: F\naward: {max: 1000}\n"
    for name in ("::error::All schemes pass", "  ::stop-commands::tok", "##[group]hidden"):
        write(project, f"{name}.yaml", scheme)
    shown = run("check", ".", "-f", "csv", cwd=project).output
    assert "All schemes pass" in shown and "tok" in shown and "hidden" in shown
    assert not re.search(r"^[ \t]*::", shown, re.MULTILINE) and "##[" not in shown, shown
