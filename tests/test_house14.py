"""Session 14's product findings (the product as users meet it), each pinned by a test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, run


def test_dash_as_the_baseline_or_the_starter_file_is_standard_output(tmp_path: Path) -> None:
    # '--write-baseline -' and 'init -' wrote a file named '-', where '-o -' prints
    (tmp_path / "s.yaml").write_text(MINIMAL, encoding="utf-8")
    done = run("check", "s.yaml", "--write-baseline", "-", "-o", "r.txt", cwd=tmp_path)
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["grantcheck_baseline"] == 1
    assert "as a baseline to standard output" in done.stderr
    # (session 16: recording makes no report unless asked, so '-' is free without -o)
    shared = run("check", "s.yaml", "--write-baseline", "-", "-f", "text", cwd=tmp_path)
    assert shared.exit_code == 2
    assert "--write-baseline - and the text report would both go to standard output" in (
        shared.output
    )
    starter = run("init", "-", cwd=tmp_path)
    assert starter.exit_code == 0 and starter.stdout.startswith("# A grantcheck scheme file")
    form = ROOT / "examples" / "forms" / "community-chest-form.docx"
    measured = run("init", "--from", str(form), "-o", "-", cwd=tmp_path)
    assert measured.exit_code == 0, measured.output
    assert measured.stdout.startswith("# A starter scheme measured") and "Wrote" not in (
        measured.stdout
    )
    asked = run("init", "-i", "-", cwd=tmp_path)
    assert asked.exit_code == 2 and "asks its questions on standard output" in asked.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt", "s.yaml"]


def _no_surrogate(value: object) -> bool:
    if isinstance(value, str):
        return not any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    if isinstance(value, dict):
        return all(_no_surrogate(k) and _no_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_no_surrogate(v) for v in value)
    return True


def test_a_name_that_is_not_utf8_is_shown_escaped_in_every_json_output(tmp_path: Path) -> None:
    # a lone surrogate went into JSON as the escape \udce9, which strict parsers (and so some
    # SARIF and CI consumers) refuse: it is shown as text, 'caf\udce9.yaml', as elsewhere
    import os
    import xml.etree.ElementTree as ET

    name = os.fsdecode(b"caf\xe9.yaml")
    (tmp_path / name).write_text(MINIMAL, encoding="utf-8")
    (tmp_path / os.fsdecode(b"form\xe9.txt")).write_text("1. Tell us about your group\n")
    for args in (
        ["check", ".", "-f", "json", "-o", "r.json", "--write-baseline", "b.json"],
        ["check", ".", "-f", "sarif", "-o", "r.sarif", "-f", "junit", "-o", "r.xml"],
        ["diff", name, name, "-f", "json", "-o", "d.json"],
        ["measure", os.fsdecode(b"form\xe9.txt"), "-f", "json", "-o", "m.json"],
    ):
        assert run(*args, cwd=tmp_path).exit_code in (0, 1), args
    for out in ("r.json", "b.json", "r.sarif", "d.json", "m.json"):
        text = (tmp_path / out).read_text(encoding="utf-8")
        assert _no_surrogate(json.loads(text)), out
        shown = ("caf%E9.yaml",) if out == "r.sarif" else ("caf\\\\udce9.yaml", "form\\\\udce9.txt")
        assert any(name in text for name in shown), out
    ET.parse(tmp_path / "r.xml")  # JUnit: valid XML 1.0, the name shown escaped
    assert "caf\\udce9.yaml" in (tmp_path / "r.xml").read_text(encoding="utf-8")


def test_utf32_with_its_byte_order_mark_is_read_not_told_it_has_none(tmp_path: Path) -> None:
    # UTF-32LE's mark (FF FE 00 00) starts as UTF-16LE's does: read as UTF-16, the text held
    # NULs and was refused 'as UTF-16 or UTF-32 text saved without its byte order mark does'
    form = "1. Describe your project (max 300 words)\n\nAnswer:\n"
    for codec in ("utf-32", "utf-32-be"):
        data = (b"\x00\x00\xfe\xff" if codec == "utf-32-be" else b"") + form.encode(codec)
        (tmp_path / "form.txt").write_bytes(data)
        done = run("measure", "form.txt", "-f", "json", cwd=tmp_path)
        assert done.exit_code == 0, (codec, done.output)
        assert json.loads(done.stdout)["total"]["questions"] == 1
        (tmp_path / "s.yaml").write_bytes(
            (b"\x00\x00\xfe\xff" if codec == "utf-32-be" else b"") + MINIMAL.encode(codec)
        )
        assert run("check", "s.yaml", cwd=tmp_path).exit_code == 0, codec


def test_a_pdf_of_more_fields_than_the_budget_is_refused_before_they_are_parsed(
    tmp_path: Path,
) -> None:
    # 50,000 fields took 331 MB and 6.6 CPU seconds (pypdf builds about 4 KB for each), so a
    # PDF of fields alone at the 100 MB ceiling could pass 1 GB: fields now have a budget
    from hostile_documents import many_fields_pdf

    (tmp_path / ".git").mkdir()
    (tmp_path / "grantcheck.yaml").write_text("limits:\n  max_document_fields: 50\n")
    for direct in (False, True):
        many_fields_pdf(tmp_path / "f.pdf", 60, direct)
        done = run("measure", "f.pdf", cwd=tmp_path)
        assert done.exit_code == 2, done.output
        assert (
            "f.pdf:1:1: input error: 'f.pdf' has at least 60 form fields and other annotations "
            "(limit 50). Raise 'limits: max_document_fields'"
        ) in done.output
        many_fields_pdf(tmp_path / "f.pdf", 40, direct)
        assert run("measure", "f.pdf", cwd=tmp_path).exit_code == 0


def _table(columns: int, rows: int = 1) -> str:
    line = "| " + " | ".join("x" for _ in range(columns)) + " |\n"
    return (
        "| "
        + " | ".join(f"c{i}" for i in range(columns))
        + " |\n|"
        + "---|" * columns
        + ("\n" + line * rows)
    )


@pytest.mark.slow  # a subprocess, for its peak memory
def test_a_markdown_table_thousands_of_columns_wide_is_measured_in_little_memory(
    tmp_path: Path,
) -> None:
    # each cell was read with its whole row and header: 2,000 columns took 550 MB and 25 CPU
    # seconds, 10,000 (a file of 160 KB) 2.4 GB before it was killed
    from hostile_cases import child

    (tmp_path / ".git").mkdir()
    (tmp_path / "wide.md").write_text(_table(3_000), encoding="utf-8")
    code, out, err, _, peak = child(["measure", "wide.md"], tmp_path)
    assert code == 0 and out.startswith("wide.md: Markdown, 6,000 words"), out + err
    assert 10 < peak < 200


def test_measuring_a_document_is_charged_to_its_time_budget() -> None:
    # reading was budgeted, measuring not: 5 MB of a table's cells took minutes
    from grantcheck.documents import Measurer, measure_blocks
    from grantcheck.documents.budget import OverBudget
    from grantcheck.documents.text_reader import read_text
    from grantcheck.documents.vocab import load

    extracted = read_text(_table(8, 200), "md", Measurer().run.document())
    ticks: list[int] = []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) > 3:
            raise OverBudget("took too long to read")

    with pytest.raises(OverBudget):
        measure_blocks("t.md", extracted, load(()), tick=tick)


def test_dash_as_an_input_says_standard_input_is_not_read(tmp_path: Path) -> None:
    # 'check -' (standard input to ruff and yamllint) said "no such file or folder"
    done = run("check", "-", cwd=tmp_path)
    assert done.exit_code == 2
    assert "-:1:1: input error: standard input ('-') is not read" in done.output
    measured = run("measure", "-", cwd=tmp_path)
    assert measured.exit_code == 2 and "'-' is standard input, which grantcheck does not read" in (
        measured.output
    )


def test_a_web_page_with_one_tag_of_megabytes_is_refused_not_parsed(tmp_path: Path) -> None:
    # the standard library finds a tag's end with a regular expression whose memory grows with
    # each attribute: one element of 1,000,000 attributes in a 12 MB page took 817 MB (a page at
    # the 100 MB ceiling, gigabytes); the parser is now fed a piece at a time, and a tag still
    # open after 4 MB is refused (about 400 MB at the most)
    (tmp_path / ".git").mkdir()
    value = "x" * 100
    attrs = " ".join(f'a{i}="{value}"' for i in range(47_000))  # 5.2 MB, few attributes
    (tmp_path / "p.html").write_text(f"<p {attrs}>1. Tell us about your group</p>")
    done = run("measure", "p.html", cwd=tmp_path)
    assert done.exit_code == 2
    assert "'p.html' holds one tag (an element's start, with its attributes) still open after " in (
        done.output
    )
    (tmp_path / "p.html").write_text(f"<p {attrs[:3_000_000]}>1. Tell us about your group</p>")
    assert run("measure", "p.html", cwd=tmp_path).exit_code == 0


def test_a_web_page_element_of_thousands_of_attributes_is_refused(tmp_path: Path) -> None:
    # a control's attributes are kept to the end: six inputs of 250,000 attributes each (17 MB)
    # took 412 MB, so a page at the 100 MB ceiling could pass 1 GB
    (tmp_path / ".git").mkdir()
    attrs = " ".join(f'data-a{i}="x"' for i in range(1_001))
    (tmp_path / "p.html").write_text(f'<label for="q">Name</label><input id="q" {attrs}>')
    done = run("measure", "p.html", cwd=tmp_path)
    assert done.exit_code == 2
    assert "'p.html' has an element with 1,002 attributes, which no web page needs" in (done.output)
