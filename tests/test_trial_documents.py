"""Defects a new user's trial (session 4) found in measuring documents: each test failed
before its fix. Documents are built in the test's own folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import MINIMAL, run, write
from documents import write_scanned_pdf
from grantcheck.rulepack import Pack

WELSH = "Mae'n rhaid i chi ddarllen y canllawiau hyn yn ofalus cyn i chi wneud cais am grant. "


def _check(project: Path, scheme: str) -> dict[str, Any]:
    write(project, "s.yaml", scheme)
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["schemes"][0]  # type: ignore[no-any-return]


def _results(data: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in data["findings"] if f["rule"] == rule]


def test_welsh_guidance_is_counted_for_its_length_and_reading_time(project: Path) -> None:
    write(project, "hir.txt", WELSH * 600)  # 17 words a sentence: 10,200 words
    data = _check(
        project,
        MINIMAL.replace("1000", "2000") + "application:\n  guidance:\n    documents: [hir.txt]\n",
    )
    m = data["metrics"]
    assert m["guidance.words"] == 10_200 and m["guidance.pages"] == 21  # at 500 words a page
    assert m["guidance.reading_minutes"] > 0
    assert m["guidance.reading_ease"] is None  # the English score alone is not measured
    assert [f["severity"] for f in _results(data, "GC102")] == ["error"]
    doc = data["guidance_documents"][0]
    assert doc["words"] == 10_200 and doc["reading_ease"] is None
    assert doc["note"] == "readability not measured: Welsh text"
    shown = run("check", "s.yaml", cwd=project).output
    assert "Guidance           about 21 pages (10,200 words)" in shown


def test_a_scanned_form_is_not_known_never_an_empty_form(project: Path) -> None:
    write_scanned_pdf(project / "scan.pdf")
    data = _check(project, MINIMAL + "application:\n  form:\n    documents: [scan.pdf]\n")
    m = data["metrics"]
    assert m["application.form.questions"] is None and m["application.form.word_limit"] is None
    assert m["application.hours"] is None  # not "at least 0 hours"
    for rule in ("GC106", "GC107"):
        assert [(f["severity"], f["value"]) for f in _results(data, rule)] == [("info", None)]
    assert any("no text could be read in scan.pdf" in n for n in data["notes"])
    write(project, "empty.txt", "\n\n")
    shown = run("measure", "scan.pdf", "empty.txt", cwd=project)
    assert shown.exit_code == 0
    assert "Questions:" not in shown.output and "Word limit" not in shown.output
    assert (
        "scan.pdf: PDF, 2 pages, 0 words\n  Not measurable: no text could be read (is it a "
        "scanned image?).\n" in shown.output
    )
    assert "Questions, word limit and fields: not known (no text in scan.pdf and empty.txt)" in (
        shown.output
    )
    total = json.loads(run("measure", "scan.pdf", "-f", "json", cwd=project).output)["total"]
    assert total["questions"] is None and total["word_limit"] is None


INSURED = (
    MINIMAL
    + "eligibility:\n  public_liability_insurance: 2000000\n  match_funding_percent: 10\n"
    + "application:\n  guidance:\n    documents: [notes.txt]\n"
)
NOTES = (
    "Who can apply\n\nYou must hold public liability insurance of at least £12 million.\n"
    "You must find match funding of at least 25% of the project's cost.\n"
)


def test_gc002_compares_insurance_and_match_funding_and_rules_read_the_measured(
    project: Path,
) -> None:
    write(project, "notes.txt", NOTES)
    data = _check(project, INSURED)
    m = data["metrics"]
    assert m["eligibility.public_liability_insurance"] == 12_000_000
    assert m["eligibility.match_funding_percent"] == 25
    insurance, match = _results(data, "GC002")  # one a disagreement, at its stated value
    assert "stated £2,000,000, measured £12,000,000" in insurance["message"]
    assert "stated 10%, measured 25%" in match["message"]
    assert [f["severity"] for f in _results(data, "GC507")]  # over £10m: read as measured
    waived = INSURED + "waivers:\n  - rule: GC002\n    reason: the notes are out of date\n"
    m = _check(project, waived)["metrics"]
    assert m["eligibility.public_liability_insurance"] == 2_000_000
    assert m["eligibility.match_funding_percent"] == 10
    agreed = INSURED.replace("2000000", "12000000").replace(": 10\n", ": 25\n")
    assert not _results(_check(project, agreed), "GC002")


def test_measure_gives_no_summary_of_nothing_and_says_how_to_mend_a_file(project: Path) -> None:
    (project / "notzip.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (project / "emptyzip.docx").write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
    (project / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Length 99 >> stream\nab")
    shown = run(
        "measure", "notzip.docx", "emptyzip.docx", "corrupt.pdf", "nothere.pdf", ".", cwd=project
    )
    assert shown.exit_code == 2 and "In total" not in shown.output
    assert shown.stdout == ""
    for name in ("notzip.docx", "emptyzip.docx"):
        assert (
            f"'{name}' is not a Word document or is damaged. Open it in Word and save it again "
            "as .docx" in shown.stderr
        )
    assert "'corrupt.pdf' is not a PDF or is damaged. Open it" in shown.stderr
    assert "Error" not in shown.stderr and "(" not in shown.stderr.replace("(s)", "")
    write(project, "form.md", "1. Describe your project (max 300 words)\n")
    some = run("measure", "form.md", "corrupt.pdf", cwd=project)
    assert "In total, over 1 document (1 other could not be read):" in some.stdout


def test_init_from_documents_elsewhere_says_how_check_will_read_them(tmp_path: Path) -> None:
    repo, docs = tmp_path / "gt", tmp_path / "published" / "forms"
    (repo / ".git").mkdir(parents=True)
    write(
        docs,
        "form.md",
        "Grants of up to £1,000 are available.\n\n1. Describe your project (max 300 words)\n",
    )  # the award is stated: a starter without it is refused before its documents are read
    made = run("init", "--from", str(docs / "form.md"), cwd=repo)
    assert made.exit_code == 0, made.output
    assert f"Note: 1 document lies outside {repo}" in made.stderr
    assert f"grantcheck check scheme.yaml --allow-path {docs}" in made.stdout
    starter = repo / "scheme.yaml"  # (its funder left for the user: house 10)
    filled = starter.read_text("utf-8").replace("funder: ", "funder: C ", 1)
    starter.write_text(filled, "utf-8")  # (its kind written as grant, the default: trial20)
    refused = run("check", "scheme.yaml", cwd=repo)
    assert refused.exit_code == 2
    assert f"is outside {repo}, the folder whose documents check may read" in refused.output
    assert f"--allow-path {docs}" in refused.output
    assert run("check", "scheme.yaml", "--allow-path", str(docs), cwd=repo).exit_code in (0, 1)
    inside = run(
        "init", "--from", "form.md", "-o", "s2.yaml", cwd=docs
    )  # no repository: its folder
    assert inside.exit_code == 0 and "Note" not in inside.stderr


def test_measure_states_what_turns_characters_and_pages_into_words(project: Path) -> None:
    write(
        project,
        "f.md",
        "1. Describe your project (max 1800 characters)\n\n"
        "2. Tell us about your group (half a side of A4)\n\n3. Why now? (max 200 words)\n",
    )
    shown = run("measure", "f.md", cwd=project).output
    assert '("max 1800 characters", at 6 characters a word)' in shown
    assert '("half a side of A4", at 500 words a page)' in shown
    assert '("max 200 words"):' in shown  # words need no assumption
    assert "characters is read at 6 characters a word (spaces included, characters per" in shown
    assert "pages at 500 words a page (words per page)" in shown
    data = json.loads(run("measure", "f.md", "-f", "json", cwd=project).output)
    assert data["assumptions"] == {"characters_per_word": 6, "words_per_page": 500}
    assert data["total"]["word_limit"] == 750


def test_gc111_quotes_the_guide_only_where_it_speaks_to_plain_words(pack: Pack) -> None:
    rule = next(r for r in pack.rules if r.id == "GC111")
    assert not rule.guide  # the guide's "clear and accessible information" is on timescales
    assert any("Plain English" in s for s in rule.sources)
    assert "The guide is not quoted" in run("explain", "GC111").output  # and says why


def test_a_value_beside_its_limit_never_reads_as_equal_to_it() -> None:
    from grantcheck.units import fmt_apart

    assert fmt_apart(0.104, 0.1, "share") == "10.4%"
    assert fmt_apart(0.1004, 0.1, "share") == "10.04%"
    assert fmt_apart(0.0996, 0.1, "share") == "9.96%"
    assert fmt_apart(0.17, 0.1, "share") == "17%"  # apart already: as ever
    assert fmt_apart(0.1, 0.1, "share") == "10%"
    assert fmt_apart(5000.4, 5000, "pounds") == "£5,000.40"
    assert fmt_apart(14.02, 14, "days") == "14.02 days"
    assert fmt_apart(3.04, 3, "number") == "3.04"


def test_gc105_says_above_its_limit_in_figures_that_differ_and_asks_only_what_is_missing(
    project: Path,
) -> None:
    form = "application:\n  form:\n    questions: 4\n    word_limit: 600\n    attachments: []\n"
    data = _check(project, MINIMAL + form)
    [gc105] = _results(data, "GC105")
    assert gc105["message"].endswith("state award.expected_applications and award.total.")
    chest_file = "examples/community-chest-word-form.yaml"
    shown = run("check", chest_file, "-f", "json")
    [chest] = [
        f
        for s in json.loads(shown.output)["schemes"]
        for f in s["findings"]
        if s["file"].endswith("community-chest-word-form.yaml") and f["rule"] == "GC105"
    ]
    assert "at least 10.4%: above the warning limit of 10%" in chest["message"]
