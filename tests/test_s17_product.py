"""Session 17: the product as users meet it (a Word document with a password, the starter's
prompts and name, every config mistake at once, one finding per word, measures not known,
a register's NUL located by row and column)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write
from documents import write_ole

ENCRYPTED = ["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"]
OLD_DOC = ["WordDocument", "1Table", "\x05SummaryInformation"]


@pytest.mark.parametrize(
    "streams,said,fix",
    [
        (
            ENCRYPTED,
            "is a Word document protected with a password (encrypted)",
            "Save a copy without the password",
        ),
        (OLD_DOC, "is an old Word (.doc) document named .docx", "Save it as .docx (Word) or PDF"),
    ],
)
def test_an_ole_file_named_docx_is_told_apart_from_a_damaged_one(
    project: Path, streams: list[str], said: str, fix: str
) -> None:
    """Word's 'Encrypt with Password' saves a .docx as an OLE compound file (an old .doc's
    format) holding EncryptionInfo and EncryptedPackage: it was called damaged, 'open it in
    Word and save it again', which keeps the password. Like an encrypted PDF, it is named for
    what it is, a located exit 2; an old .doc renamed .docx is told to be saved as .docx."""
    write_ole(project / "form.docx", streams)
    result = run("measure", "form.docx", cwd=project)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"form.docx:1:1: input error: 'form.docx' {said}" in result.output, result.output
    assert fix in result.output and "damaged" not in result.output
    write(project, "s.yaml", MINIMAL + "application:\n  guidance:\n    documents: [form.docx]\n")
    checked = run("check", "s.yaml", cwd=project)
    assert checked.exit_code == 2 and "s.yaml:7:17: input error: guidance document" in (
        checked.output
    )
    assert said in checked.output and fix in checked.output, checked.output


def test_an_ole_file_without_word_streams_is_still_damaged(project: Path) -> None:
    """Only the streams say what it is: an OLE file holding neither stays 'damaged'."""
    write_ole(project / "form.docx", ["Workbook"])
    result = run("measure", "form.docx", cwd=project)
    assert result.exit_code == 2 and "is not a Word document or is damaged" in result.output


FORM = """# Community Action Grants 2026/27

## Your project

1. Tell us about your project (maximum 300 words)

2. Who will benefit? (maximum 200 words)
"""


def test_the_starters_empty_funder_and_kind_say_what_to_fill_in(project: Path) -> None:
    """Trial 16 §12: 'funder must be text, not empty.' with no fix, where the starter's own
    comment says what to write; an empty funder or kind now says it in check's hint."""
    write(project, "form.md", FORM)
    assert run("init", "--from", "form.md", "-o", "s.yaml", cwd=project).exit_code == 0
    result = run("check", "s.yaml", cwd=project)
    said = " ".join(result.output.split())
    assert result.exit_code == 2
    assert "funder must be text, not empty. Fill in who runs the scheme (the council's name)" in (
        said
    )
    # the starter writes kind's default now (trial20 D12); a kind left empty says what to write
    write(project, "k.yaml", "name: F\nfunder: C\nkind:\naward:\n  max: 1000\n")
    said = " ".join(run("check", "k.yaml", cwd=project).output.split())
    assert "Grant or contract: write contract for a tender (a contract for services)" in said, said


def test_the_starter_is_named_after_the_forms_title(project: Path) -> None:
    """Trial 16 §4: the starter was named 'Scheme measured from form.md' though the form is
    titled; check accepts a name, so a report could go out headed with a file's name. The
    form's title names it now, with its evidence; a heading naming the council above it is
    passed over; a document with no title keeps the old name."""
    from documents import write_docx

    write(project, "form.md", FORM)
    run("init", "--from", "form.md", "-o", "s.yaml", cwd=project)
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert 'name: "Community Action Grants 2026/27"  # measured from form.md, line 1' in text
    write_docx(project / "form.docx", ["1. Tell us about your project (maximum 300 words)"])
    import docx

    document = docx.Document(str(project / "form.docx"))
    first = document.paragraphs[0]
    first.insert_paragraph_before("Northshire County Council", style="Title")
    first.insert_paragraph_before("Warm Spaces Grants 2027: application form", style="Heading 1")
    document.save(str(project / "form.docx"))
    run("init", "--from", "form.docx", "-o", "w.yaml", cwd=project)
    text = (project / "w.yaml").read_text(encoding="utf-8")
    assert 'name: "Warm Spaces Grants 2027: application form"  # measured from form.docx' in text
    write(project, "plain.md", FORM.split("\n", 2)[2])
    run("init", "--from", "plain.md", "-o", "p.yaml", cwd=project)
    assert 'name: "Scheme measured from plain.md"' in (project / "p.yaml").read_text("utf-8")


def test_a_configs_mistakes_are_all_reported_in_one_run(project: Path) -> None:
    """Trial 16 §12: config errors came one a run ('fail_onn', then after the fix
    'reading_wpm'): the model's errors stopped the run before the rules, assumptions and limits
    were looked at. All are reported at once now, in the file's order, each located with its
    hint, as ruff and yamllint do; exit 2, and nothing is checked."""
    write(
        project,
        "grantcheck.yaml",
        "fail_onn: warning\nassumptions:\n  reading_wpm: 200\nrules:\n  GC1O1:\n"
        "    severity: info\n  GC102:\n    severity: loud\nbands:\n  small: -5\n",
    )
    result = run("check", "s.yaml", cwd=project)
    lines = [line for line in result.output.splitlines() if "grantcheck.yaml:" in line]
    assert result.exit_code == 2, result.output
    assert [line.split("grantcheck.yaml:")[1].split(": ")[0] for line in lines] == [
        "1:1",
        "3:3",
        "5:3",
        "8:15",
        "10:10",
    ], result.output
    assert "Did you mean 'fail_on'?" in lines[0]
    assert "Did you mean 'reading_words_per_minute'?" in lines[1]
    assert "GC1O1 is not a rule" in lines[2] and "GC101" in lines[2]
    assert lines[3].endswith("not 'loud'. Write error, warning or info"), lines[3]
    assert lines[4].endswith("bands.small must be greater than 0, not -5. Write a number above 0")


def test_smart_is_one_finding_as_jargon_not_also_an_acronym(project: Path) -> None:
    """Trial 16 §6: GC111 counted 'SMART objectives' as jargon and SMART again as an acronym
    never spelt out, where KPIs counts once. One word, one finding: as jargon, since the
    jargon list gives the plain words to use instead ('clear aims you can check'), which an
    acronym's finding cannot."""
    write(project, "g.md", "# Grants\n\nSet SMART objectives and tell us about your CVS.\n")
    result = run("measure", "-f", "json", "g.md", cwd=project)
    import json

    total = json.loads(result.output)["total"]
    assert total["jargon_per_1000_words"] == 200.0, total  # SMART and CVS in 10 words, not 300
    text = run("measure", "g.md", cwd=project).output
    assert "(SMART is also jargon: counted once, as jargon)" in " ".join(text.split())


def test_a_nul_byte_in_a_csv_register_is_located_at_its_cell(project: Path) -> None:
    """Trial 16 §9: a NUL byte was located by line and character (4:23) where every other
    register error names the row and column a spreadsheet shows: a quoted cell holding a line
    break puts the two apart."""
    (project / "reg.csv").write_bytes(
        b'name,funder,award.max,kind\nA Fund,"Town\nCouncil",1000,grant\n'
        b"B Fund,Town Council,20\x0000,grant\n"
    )
    result = run("check", "reg.csv", cwd=project)
    assert result.exit_code == 2
    assert "reg.csv:3:3: input error: the file contains a NUL byte" in result.output, result.output


GERMAN = (
    "Bitte beschreiben Sie Ihr Projekt ausführlich. Wir fördern Vereine und Gruppen in der "
    "Gemeinde mit bis zu fünftausend Euro. Die Antragsfrist endet am dreißigsten Juni.\n"
)


def test_a_text_in_a_language_not_told_gets_no_english_measure(project: Path) -> None:
    """A text grantcheck cannot tell the language of ('und') was measured for English jargon
    as Welsh is not: 'Jargon and acronyms never spelt out: 0 per 1,000 words', a figure where
    none can be computed. Now not known in measure's text and JSON, and in check's metric and
    GC111 (the readability was already not known), in every reporter alike."""
    import json

    write(project, "de.md", GERMAN)
    data = json.loads(run("measure", "-f", "json", "de.md", cwd=project).output)
    assert data["documents"][0]["language"] == "und"
    assert data["total"]["jargon_per_1000_words"] is None, data["total"]
    text = " ".join(run("measure", "de.md", cwd=project).output.split())
    assert "Jargon and English readability not measured: the language is not known." in text
    assert "Jargon and acronyms never spelt out: not known (no English text)" in text
    write(project, "s.yaml", MINIMAL + "application:\n  guidance:\n    documents: [de.md]\n")
    checked = json.loads(run("check", "-f", "json", "s.yaml", cwd=project).output)["schemes"][0]
    assert checked["metrics"]["documents.jargon_per_1000_words"] is None
    assert checked["metrics"]["guidance.reading_ease"] is None
    for fmt in ("text", "markdown", "html", "csv"):
        out = run("check", "-f", fmt, "s.yaml", cwd=project).output
        assert "jargon and undefined acronyms per 1,000 words of the documents is not known" in (
            " ".join(out.split())
        ), fmt


@pytest.mark.parametrize("node", ["<!-- a comment -->", "<?pi x?>"])
def test_an_xml_comment_in_a_word_body_is_read_past(project: Path, node: str) -> None:
    """redteam17 #1: an XML comment or processing instruction right in a .docx body ended the
    whole run with exit 3 (lxml gives it a function as its tag, which the walkers read as a
    name), so no scheme was reported. It is no part of the document: read past."""
    import zipfile

    from documents import write_docx

    write_docx(project / "plain.docx", ["Tell us about your project (maximum 300 words)"])
    with zipfile.ZipFile(project / "plain.docx") as z:
        parts = {name: z.read(name) for name in z.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = body.replace("<w:body>", "<w:body>" + node, 1).encode("utf-8")
    with zipfile.ZipFile(project / "form.docx", "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    plain = run("measure", "plain.docx", cwd=project)
    result = run("measure", "form.docx", cwd=project)
    assert result.exit_code == 0, result.output
    assert result.output.replace("form.docx", "plain.docx") == plain.output


def test_a_word_document_over_its_elements_is_refused_before_it_is_parsed(
    project: Path,
) -> None:
    """redteam17 #2: python-docx parses every XML part whole (about 130 bytes an element, and
    the reader as much again), so a 320 KB .docx of empty paragraphs, padded to pass the
    compression ratio, took 2.3 GB. Its elements are counted as the zip unpacks, a chunk at a
    time, and a document past max_document_elements is refused unparsed, as a located exit 2."""
    from documents import write_docx

    write_docx(project / "form.docx", ["Tell us about your project (maximum 300 words)"] * 300)
    assert run("measure", "form.docx", cwd=project).exit_code == 0
    write(project, "grantcheck.yaml", "limits:\n  max_document_elements: 1000\n")
    result = run("measure", "form.docx", cwd=project)
    assert result.exit_code == 2, result.output
    assert (
        "form.docx:1:1: input error: 'form.docx' holds more than 1,000 XML elements (limit 1,000)"
        in " ".join(result.output.split())
    )


def test_a_register_workbook_with_a_bloated_styles_part_is_refused_unparsed(
    project: Path,
) -> None:
    """redteam17 #5: openpyxl parses a workbook's styles whole, even read-only: a 670 KB
    register whose styles.xml held 900,000 cell formats took 1.4 GB. The parts it parses whole
    are counted as they unpack; past 200,000 elements the register is refused, a located
    exit 2, whatever the config raises (a genuine register's styles are a few hundred)."""
    import zipfile

    assert run("init", "--register", "r.xlsx", cwd=project).exit_code == 0
    with zipfile.ZipFile(project / "r.xlsx") as z:
        parts = {name: z.read(name) for name in z.namelist()}
    styles = parts["xl/styles.xml"].decode("utf-8")
    parts["xl/styles.xml"] = styles.replace(
        "</styleSheet>", "<extLst>" + "<ext/>" * 210_000 + "</extLst></styleSheet>"
    ).encode("utf-8")
    with zipfile.ZipFile(project / "big.xlsx", "w", zipfile.ZIP_STORED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    result = run("check", "big.xlsx", cwd=project)
    said = " ".join(result.output.split())
    assert result.exit_code == 2, said
    assert "the workbook part 'xl/styles.xml' takes it past 200,000 XML elements" in said
    assert run("check", "r.xlsx", cwd=project).exit_code != 2  # the register as written


@pytest.mark.slow  # an 8 MB page parsed up to pypdf's limit: a minute under load
def test_a_pdf_page_of_too_many_instructions_is_said_so(project: Path) -> None:
    """redteam17 #6: a page drawn with millions of instructions ('q Q', past pypdf's tokens per
    stream) was said to hold 'a list, tree or set of fields larger than a PDF reader can safely
    follow'; it names what it is now, still over pypdf's own limit, exit 2."""
    from documents import pages_pdf

    (project / "noop.pdf").write_bytes(pages_pdf(["72 700 100 20 re S\n" + "q Q\n" * 2_100_000]))
    result = run("measure", "noop.pdf", cwd=project)
    said = " ".join(result.output.split())
    assert result.exit_code == 2, said
    assert "has a page drawn with more instructions than a PDF reader can safely follow" in said
