"""Session 21's house-keeping: hostile input left open by session 20, and code shape."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write
from grantcheck import baseline


def _peak(text: str) -> tuple[object, int]:
    """What baseline.parse makes of ``text``, and the most memory it held at once."""
    tracemalloc.start()
    try:
        parsed = baseline.parse(text)
        return parsed, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("junk", ["[]", "{}", '{"a":[]}', "0"])
def test_a_baseline_of_junk_is_refused_before_it_is_built(junk: str) -> None:
    """json.loads built every value of a baseline before one was checked: 40 MB of '[],' took
    1 GB (session 20, open). Each finding is now read alone and checked before the next."""
    head = '{"grantcheck_baseline": 1, "findings": ['
    text = head + ",".join([junk] * 1_000_000) + "]}"
    parsed, peak = _peak(text)
    assert isinstance(parsed, str) and parsed.startswith("not a list of findings")
    assert peak < 4_000_000  # was 60 to 200 MB: every value built


def test_a_large_baseline_costs_less_than_its_json_would() -> None:
    """A real baseline of 100,000 findings: each kept as its fingerprint, severity and scheme,
    not as a dictionary of every field (json.loads held 5.6 bytes for each byte read; now 2.2)."""
    entries = [
        {"fingerprint": f"GC101:s{n}:questions", "rule": "GC101", "scheme": f"s{n}"}
        | {"metric": "questions", "file": f"s{n}.yaml", "severity": "warning"}
        for n in range(100_000)
    ]
    text = json.dumps({"grantcheck_baseline": 1, "findings": entries})
    parsed, peak = _peak(text)
    assert not isinstance(parsed, str) and len(parsed) == 100_000
    assert parsed.severity["GC101:s7:questions"] == "warning"
    assert parsed.scheme["GC101:s7:questions"] == "s7"
    assert peak < 3 * len(text)


@pytest.mark.parametrize(
    "text,said",
    [
        (
            '{"grantcheck_baseline": 1, "findings": [{"fingerprint": "a", "x": [1]}]}',
            "not a list of findings (one holds a list or object; a finding holds only text)",
        ),
        (
            '{"grantcheck_baseline": 1, "x": [[]], "findings": []}',
            'not a grantcheck baseline (it holds a list or object outside "findings")',
        ),
        ("[" * 100_000 + "]" * 100_000, "not a grantcheck baseline"),
        ('{"grantcheck_baseline": 1}', "not a list of findings"),
        ('{"grantcheck_baseline": 2, "findings": [5]}', "not a grantcheck baseline"),
        ('{"grantcheck_baseline": 1, "findings": [{"fingerprint": "a"},]}', "Expecting value"),
        ('{"grantcheck_baseline": 1, "findings": []} x', "column 44: Extra data"),
    ],
)
def test_a_baseline_not_of_its_shape_is_said_to_be(project: Path, text: str, said: str) -> None:
    write(project, "s.yaml", MINIMAL)
    write(project, "b.json", text)
    result = run("check", "s.yaml", "--baseline", "b.json", cwd=project)
    assert result.exit_code == 2 and "b.json:1:1: the baseline is " in result.output
    assert said in result.output


def _utf7(text: str) -> bytes:
    """``text`` as UTF-7 writes it: every '<' hidden in base64 ('+ADw-')."""
    return text.encode("utf-7")


def _docx_in_utf7(path: Path, paragraphs: int) -> Path:
    """A Word document whose body declares UTF-7 and holds ``paragraphs`` empty paragraphs."""
    import io
    import zipfile

    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("What is your name? (max 50 words)")
    document.save(buffer)
    body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    body += "<w:body><w:p><w:r><w:t>What is your name? (max 50 words)</w:t></w:r></w:p>"
    body += "<w:p/>" * paragraphs + "</w:body></w:document>"
    part = b'<?xml version="1.0" encoding="UTF-7"?>\n' + _utf7(body)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, part if info.filename == "word/document.xml" else data)
    return path


def test_a_word_part_declaring_utf7_is_refused_before_it_is_parsed(project: Path) -> None:
    """redteam21 R1: the element count looked for '<' bytes, and a part declaring UTF-7 holds
    none, while lxml honours the declaration: 1.4 MB of such a document took 3.8 GB and
    70 processor seconds. Word writes UTF-8, so such a part is refused as damaged."""
    _docx_in_utf7(project / "u.docx", 3000)
    result = run("measure", "u.docx", cwd=project)
    assert result.exit_code == 2, result.output
    assert "u.docx:1:1: " in result.output
    assert "is damaged. Its part 'word/document.xml'" in result.output
    assert "declares the encoding 'UTF-7', which Word and Excel never write" in result.output


@pytest.mark.parametrize(
    "declaration",
    [
        b'<?xml version="1.0" encoding="UTF-7"?>',
        b"<?xml version='1.0' encoding = 'cp037'?>",  # EBCDIC: '<' is the byte 0x4C
        '<?xml version="1.0" encoding="UTF-7"?>'.encode("utf-16"),
    ],
)
def test_a_part_is_counted_only_in_an_encoding_that_shows_its_tags(declaration: bytes) -> None:
    import io
    import zipfile

    from grantcheck.xml_parts import Disguised, xml_elements

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.xml", declaration + b"\n" + _utf7("<a/>" * 10))
        archive.writestr("b.xml", b'<?xml version="1.0" encoding="UTF-8"?>\n' + b"<a/>" * 10)
        archive.writestr("c.xml", "<?xml version='1.0' encoding='utf-16'?><a/>".encode("utf-16"))
    with zipfile.ZipFile(buffer) as archive:
        with pytest.raises(Disguised):
            xml_elements(archive, archive.getinfo("a.xml"), 1000)
        assert xml_elements(archive, archive.getinfo("b.xml"), 1000) == 11  # and "<?xml"
        assert xml_elements(archive, archive.getinfo("c.xml"), 1000) >= 1


def test_a_workbook_part_declaring_utf7_is_refused(project: Path) -> None:
    """R1's same count guards a register workbook's parts (openpyxl's parser honours a
    declaration too)."""
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Schemes"
    sheet.append(["name", "funder", "award.max"])
    sheet.append(["A", "B", 100])
    book.save(project / "reg.xlsx")
    with zipfile.ZipFile(project / "reg.xlsx", "a") as archive:
        archive.writestr("xl/extra.xml", b'<?xml version="1.0" encoding="UTF-7"?>' + b"+ADw-a/>")
    result = run("check", "reg.xlsx", cwd=project)
    assert result.exit_code == 2
    assert "the workbook part 'xl/extra.xml' declares the encoding 'UTF-7'" in result.output


@pytest.mark.parametrize("how", ["file", "folder"])
@pytest.mark.parametrize("command", ["measure", "init"])
def test_a_document_linked_from_outside_the_repository_is_not_read(
    tmp_path: Path, how: str, command: str
) -> None:
    """redteam21 R2 (and session 20, open): measure and init --from read a document that is a
    symbolic link, or lies under a linked folder, leading outside the repository, and printed
    or quoted its lines; check refused the same files. Now both refuse it, located; the file
    named by its own path is still read (the command line is trusted)."""
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    (repo / ".git").mkdir(parents=True)
    outside.mkdir()
    (outside / "form.txt").write_text("1. Tell us about SECRET-TOKEN-12345 (100 words)\n")
    if how == "file":
        (repo / "link.txt").symlink_to(outside / "form.txt")
        name = "link.txt"
    else:
        (repo / "dl").symlink_to(outside)
        name = "dl/form.txt"
    argv = ["measure", name] if command == "measure" else ["init", "--from", name, "-o", "s.yaml"]
    result = run(*argv, cwd=repo)
    assert result.exit_code == 2 and "SECRET" not in result.output
    assert f"{name}:1:1: " in result.output
    assert "is a symbolic link to a file outside" in result.output
    assert not (repo / "s.yaml").exists()
    direct = run("measure", str(outside / "form.txt"), cwd=repo)
    assert direct.exit_code == 0 and "SECRET-TOKEN" in direct.output


def _docx_with_body(path: Path, doctype: str, body: str) -> Path:
    """A Word document whose body is ``body`` (WordprocessingML), after ``doctype``."""
    import io
    import zipfile

    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    part = f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<w:document xmlns:w="{w}">'
    part += f"<w:body>{body}</w:body></w:document>"
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, part.encode() if info.filename == "word/document.xml" else data)
    return path


@pytest.mark.parametrize("command", ["measure", "check"])
def test_an_entity_reference_in_a_word_body_is_no_internal_error(
    project: Path, command: str
) -> None:
    """redteam21 R3: python-docx leaves an entity reference unresolved, a node whose tag is a
    function; one directly in the body was read as an element and crashed every command
    (exit 3). It is stripped as comments are; the questions around it are read."""
    question = "<w:p><w:r><w:t>What is your name? (max 50 words)</w:t></w:r></w:p>"
    doctype = '<!DOCTYPE w:document [<!ENTITY e "Please attach your bank statement.">]>\n'
    _docx_with_body(project / "f.docx", doctype, question + "&e;" + question)
    if command == "measure":
        result = run("measure", "f.docx", cwd=project)
    else:
        write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [f.docx]\n")
        result = run("check", "s.yaml", cwd=project)
    assert result.exit_code in (0, 1), result.output
    assert "internal error" not in result.output
    if command == "measure":
        assert "Questions: 2" in result.output


def test_gc111_is_not_known_when_a_document_could_not_be_read(project: Path) -> None:
    """trial21 D6: check judged GC111 over the documents it could read as if they were all
    (a warning from 23 words, while a 400-page document was left out); measure already said
    'not known'. The rate is now not known, with the terms in the words read."""
    write(
        project,
        "t.md",
        "Guidance\n\nApplicants should foster good relations and liaise with stakeholders to "
        "leverage synergies. We facilitate capacity building.\n",
    )
    (project / "x.docx").write_bytes(b"not a zip")
    guidance = "application:\n  guidance:\n    documents: [t.md, x.docx]\n"
    write(project, "s.yaml", MINIMAL + guidance)
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    report = json.loads(result.stdout)
    (gc111,) = [f for f in report["schemes"][0]["findings"] if f["rule"] == "GC111"]
    assert gc111["severity"] == "info" and gc111["value"] is None
    assert "6 terms in the 17 words read; x.docx could not be read" in gc111["message"]
    assert report["schemes"][0]["metrics"]["documents.jargon_per_1000_words"] is None


ENGLISH_FORM = """Community Fund application form

Please read the guidance notes before you apply. You must send a copy of your constitution.

1. Describe your project (no more than 300 words)
____________________________________________

2. Why is the project needed in your area? (up to 200 words)
____________________________________________
"""
WELSH_FORM = """Ffurflen gais Cronfa Gymunedol

Darllenwch y nodiadau canllaw cyn i chi wneud cais. Rhaid i chi anfon copi o'ch cyfansoddiad.

1. Disgrifiwch eich prosiect (dim mwy na 300 gair)
____________________________________________

2. Pam mae angen y prosiect yn eich ardal chi? (hyd at 200 gair)
____________________________________________
"""
ENGLISH_NOTES = """# Guidance notes

Please read these notes before you apply. The fund is open to community groups and voluntary
organisations in the county. You can apply for up to £2,000. You must send a copy of your
constitution. The panel will consider every application carefully and will let you know within
six weeks. If you have questions, contact the grants team.
"""
WELSH_NOTES = """# Nodiadau canllaw

Darllenwch y nodiadau hyn cyn i chi wneud cais. Mae'r gronfa ar agor i grwpiau cymunedol a
mudiadau gwirfoddol yn y sir. Gallwch wneud cais am hyd at £2,000. Rhaid i chi anfon copi o'ch
cyfansoddiad. Bydd y panel yn ystyried pob cais yn ofalus ac yn rhoi gwybod i chi o fewn chwe
wythnos. Os oes gennych gwestiynau, cysylltwch â'r tîm grantiau.
"""


def test_a_form_in_english_and_in_welsh_is_counted_once(project: Path) -> None:
    """trial21 D24 HIGH: a Welsh council publishes its form in both languages; both listed,
    the questions and word limit were summed (4 questions, 1,000 words). One English and one
    Welsh document asking as many questions with the same limits are one form."""
    write(project, "en.txt", ENGLISH_FORM)
    write(project, "cy.txt", WELSH_FORM)
    result = run("measure", "en.txt", "cy.txt", cwd=project)
    total = result.output.split("In total")[1]
    assert "Questions: 2 (0 with no limit)" in total and "Word limit: 500 words" in total
    assert "The same form in Welsh: cy.txt asks as many questions as en.txt" in total


def test_guidance_in_english_and_in_welsh_is_read_once(project: Path) -> None:
    """D24: notes in each language were read twice (reading time doubled)."""
    write(project, "en.md", ENGLISH_NOTES)
    write(project, "cy.md", WELSH_NOTES)
    write(project, "s.yaml", MINIMAL + "application:\n  guidance:\n    documents: [en.md, cy.md]\n")
    report = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    scheme = report["schemes"][0]
    assert scheme["metrics"]["guidance.words"] == len(ENGLISH_NOTES.split()) - 1  # '#'
    assert any("the same guidance in Welsh: cy.md" in n for n in scheme["notes"])


@pytest.mark.parametrize(
    "text,said",
    [
        ("Village hall grant", "und"),
        ("Equipment Grant application form", "und"),
        ("Cais grant", "cy"),
        ("Cyfeiriad y grŵp", "cy"),
    ],
)
def test_a_word_both_languages_use_is_no_evidence_of_welsh(text: str, said: str) -> None:
    """trial21 D19: a short English form whose few counted words include 'grant' (Welsh too)
    was called Welsh: no English score, and GC111 skipped as 'in Welsh'."""
    from grantcheck.documents.language import language

    assert language(text) == said


def test_words_in_capitals_for_emphasis_are_not_acronyms(project: Path) -> None:
    """trial21 D26 (and D15's VCSE): 'You MUST NOT send ... ONLY ... PLEASE ... BLOCK CAPITALS'
    gave five undefined acronyms, enough to put a short form past GC111's warning limit."""
    write(
        project,
        "caps.txt",
        "You MUST NOT send original documents. ONLY send copies. ALL groups must apply by the "
        "date. Do NOT staple your form. PLEASE sign here. NOTE: we cannot accept late forms. "
        "Use BLOCK CAPITALS. Ask your VCSE partner or the QRB.\n",
    )
    result = run("measure", "caps.txt", cwd=project)
    assert "Acronyms never spelt out: QRB" in result.output


def test_reading_ease_is_never_shown_over_100() -> None:
    """A few short sentences of one-syllable words scored 119 on a scale that runs to 100."""
    from grantcheck.readability import measure

    scored = measure("Send it to us. We will call you. Do not be late.")
    assert scored.reading_ease == 100.0 and scored.grade == 0.0  # were 118.2 and -2.2


def test_init_writes_to_a_device_without_force(project: Path) -> None:
    """Session 20, open: 'init /dev/null' (or /dev/stdout, a FIFO) said 'the file exists; use
    --force to overwrite it', though a device or pipe is written through, never replaced."""
    result = run("init", "/dev/null", cwd=project)
    assert result.exit_code == 0, result.output
    assert "the file exists" not in result.output


@pytest.mark.slow  # a subprocess: standard output redirected to a file, as a shell does
def test_init_to_dev_stdout_redirected_is_the_starter_alone(project: Path) -> None:
    """'grantcheck init /dev/stdout --force > s.yaml' wrote the starter, then 'Wrote
    /dev/stdout ...' over its first line (the shell's offset was still 0): a broken scheme. The
    line now goes to standard error, and no --force is needed."""
    import subprocess
    import sys

    with (project / "s.yaml").open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "grantcheck", "init", "/dev/stdout"],
            cwd=project,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert text.startswith("# A grantcheck scheme file") and "Wrote" not in text
    assert "Wrote /dev/stdout" in done.stderr


def test_a_cell_spanning_millions_of_columns_costs_no_more_than_a_row(tmp_path: Path) -> None:
    """redteam21 R4: a table row in a content control made one object per grid column a cell
    spans, with no bound: a 36 KB file of one cell spanning 20 million columns took 2.4 GB. A
    row is now no wider than Word's widest table (63 columns) or its own cells."""
    from grantcheck.documents import Measurer

    question = "<w:p><w:r><w:t>What is your name? (max 50 words)</w:t></w:r></w:p>"
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="2000000"/></w:tcPr>'
    cell += "<w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc>"
    row = f"<w:tr><w:sdt><w:sdtContent>{cell}</w:sdtContent></w:sdt></w:tr>"
    table = f'<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>{row}</w:tbl>'
    _docx_with_body(tmp_path / "span.docx", "", question + table + question)
    tracemalloc.start()
    try:
        _, found = Measurer().measure(tmp_path / "span.docx", "span.docx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(found.questions) == 2
    assert peak < 30_000_000  # was over 200 MB: 2 million cells


def test_stated_guidance_pages_meet_the_documents_pages(project: Path) -> None:
    """trial21 D39 HIGH: a stated 'pages: 2' stood for the guidance documents listed beside it,
    however long (a 400-page PDF): no GC002, and GC102 passed and was praised. Now the stated
    pages meet the documents' (more than 1 page and 10% apart: GC002), and the rules read the
    documents' pages."""
    write(project, "g.md", "# Notes\n\n" + "Please read these notes with care. " * 500 + "\n")
    guidance = "application:\n  guidance:\n    pages: 2\n    documents: [g.md]\n"
    write(project, "s.yaml", MINIMAL + guidance)
    report = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    scheme = report["schemes"][0]
    assert scheme["metrics"]["guidance.pages"] == 7  # 3,003 words at 500 words a page
    rules = {f["rule"] for f in scheme["findings"]}
    assert {"GC002", "GC102"} <= rules
    (gc002,) = [f for f in scheme["findings"] if f["rule"] == "GC002"]
    assert "Guidance pages: stated 2, measured 7" in gc002["message"]


def test_finding_questions_keeps_to_the_document_time_budget(project: Path) -> None:
    """redteam21 R5: questions were found without a look at the document's time budget (only
    the requirements' loop ticked), so 2.4 million one-word lines ran 65 processor seconds
    against a limit of 30. The question finder now ticks as it reads."""
    import time

    write(project, "grantcheck.yaml", "limits:\n  max_document_seconds: 1\n")
    write(project, "short.txt", "x\n" * 150_000)
    started = time.process_time()
    result = run("measure", "short.txt", cwd=project)
    spent = time.process_time() - started
    assert result.exit_code == 2 and "took too long to read" in result.output
    assert spent < 3.5  # was over 4.5: the whole question pass before the first tick


def test_a_one_page_document_is_one_page() -> None:
    """trial21 D1: '- t3.pdf: 1 pages, 57 words' in the text report."""
    from grantcheck.reporters.rows import DocumentRow
    from grantcheck.reporters.wording import document_line

    row = DocumentRow("t3.pdf", 1, 57, 1, 80.0, 4.0, 0.0, (), None, None)
    assert document_line(row).startswith("t3.pdf: 1 page, 57 words")


def test_init_from_refuses_to_write_a_scheme_named_like_a_document(project: Path) -> None:
    """trial21 D25: 'init --from t6.txt -o out.txt' wrote the scheme, and check then read
    out.txt as a document and sent the user back to init."""
    write(project, "form.txt", "1. Describe your project (max 300 words)\n____\n")
    result = run("init", "--from", "form.txt", "-o", "out.txt", cwd=project)
    assert result.exit_code == 2 and "name it with .yaml, for example -o out.yaml" in (
        result.output
    )
    assert not (project / "out.txt").exists()
