"""Guidance as councils publish it: PDF and Word files made by the tests,
measured per document; unreadable ones give clear errors or notes, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write
from documents import write_docx, write_encrypted_pdf, write_pdf, write_scanned_pdf
from grantcheck.documents import Measurer
from grantcheck.guidance import Unreadable
from grantcheck.readability import measure

PLAIN = [
    "You can apply for a grant of up to one thousand pounds.",
    "Tell us what you want to do and who it helps.",
    "We will decide within six weeks of the closing date.",
]
LONG = (
    "The Recipient shall, notwithstanding any provision to the contrary elsewhere in "
    "these conditions, maintain "
    "such records as the Council may from time to time reasonably require for the "
    "purposes of audit and assurance."
)


def scheme(project: Path, *documents: str) -> None:
    listed = ", ".join(f"'{d}'" for d in documents)
    write(project, "s.yaml", MINIMAL + f"application:\n  guidance:\n    documents: [{listed}]\n")


def read_document(path: Path) -> tuple[str, int | None]:
    """The text and page count grantcheck reads from a document (the reader check uses)."""
    extracted = Measurer().measure(path, path.name)[0]
    return extracted.text(), extracted.pages


def check_json(project: Path) -> dict:  # type: ignore[type-arg]
    result = run("check", "s.yaml", "-f", "json", cwd=project)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["schemes"][0]


def test_pdf_text_and_page_count(project: Path) -> None:
    write_pdf(project / "guide.pdf", [PLAIN, PLAIN, [LONG]])
    text, pages = read_document(project / "guide.pdf")
    assert pages == 3 and "six weeks" in text
    scheme(project, "guide.pdf")
    data = check_json(project)
    assert data["metrics"]["guidance.pages"] == 3  # from the file, not from the words
    doc = data["guidance_documents"][0]
    assert (
        doc["name"] == "guide.pdf" and doc["pages"] == 3 and doc["words"] == 99
    )  # (12 + 11 + 10) x 2 + 33
    assert doc["long_sentence_share"] == pytest.approx(1 / 7, abs=0.01)
    assert doc["longest_sentences"][0]["words"] == 33


def test_docx_paragraphs_and_tables(project: Path) -> None:
    write_docx(project / "guide.docx", PLAIN, table=[["Deadline", "Noon on 6 July"]])
    text, pages = read_document(project / "guide.docx")
    assert pages is None and "Noon on 6 July" in text
    scheme(project, "guide.docx")
    data = check_json(project)
    assert data["metrics"]["guidance.words"] == measure(text).words
    assert data["metrics"]["guidance.pages"] == 1


def test_documents_are_measured_separately_and_together(project: Path) -> None:
    write(project, "plain.md", "\n".join(PLAIN * 3) + "\n")
    write_docx(project / "terms.docx", [LONG] * 4)
    scheme(project, "plain.md", "terms.docx")
    data = check_json(project)
    plain, terms = data["guidance_documents"]
    assert plain["reading_ease"] > 60 > terms["reading_ease"]
    assert plain["long_sentence_share"] == 0 and terms["long_sentence_share"] == 1
    assert data["metrics"]["guidance.words"] == plain["words"] + terms["words"]
    assert plain["reading_ease"] > data["metrics"]["guidance.reading_ease"] > terms["reading_ease"]


def test_encrypted_pdf_is_a_clear_error(project: Path) -> None:
    write_encrypted_pdf(project / "locked.pdf")
    with pytest.raises(Unreadable, match="encrypted PDF"):
        read_document(project / "locked.pdf")
    scheme(project, "locked.pdf")
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2
    assert (
        "s.yaml:7:17: input error: guidance document 'locked.pdf' is an encrypted PDF"
        in result.output
    )


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("broken.pdf", b"%PDF-1.4\nthis is not really a PDF", "is not a PDF or is damaged"),
        (
            "broken.docx",
            b"PK\x03\x04 not really a zip",
            "is not a Word document or is damaged. Open it in Word and save it again",
        ),
        ("empty.pdf", b"", "is empty (0 bytes). Download or save it again"),  # trial15 8
        ("latin1.txt", "Café guidance".encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_damaged_documents_are_clear_errors(
    project: Path, name: str, content: bytes, message: str
) -> None:
    (project / name).write_bytes(content)
    scheme(project, name)
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert message in result.output


def test_scanned_pdf_is_not_measurable_but_counted(project: Path) -> None:
    write_scanned_pdf(project / "scan.pdf", pages=4)
    scheme(project, "scan.pdf")
    data = check_json(project)
    doc = data["guidance_documents"][0]
    assert doc["words"] is None and doc["pages"] == 4
    assert doc["note"].startswith("not measurable: no text could be read")
    assert data["metrics"]["guidance.pages"] == 4
    assert data["metrics"]["guidance.reading_ease"] is None
    text = run("check", "s.yaml", cwd=project).output
    assert "scan.pdf" in text and "not measurable" in text


def test_document_rows_estimate_pages_at_the_configured_words_per_page(project: Path) -> None:
    """Defect fixed: the Markdown rows estimated pages at a fixed 500 words, so with another
    words_per_page the document rows did not add up to their own total."""
    words = " ".join(PLAIN) + " "
    (project / "a.md").write_text(words * 40, encoding="utf-8")  # 1,320 words
    (project / "b.txt").write_text(words * 30, encoding="utf-8")
    scheme(project, "a.md", "b.txt")
    (project / "grantcheck.yaml").write_text(
        "assumptions:\n  words_per_page: 250\n", encoding="utf-8"
    )
    result = run("check", "s.yaml", "-f", "markdown", cwd=project)
    rows = [
        line
        for line in result.output.splitlines()
        if line.startswith(("| a.md", "| b.txt", "| All documents"))
    ]
    pages = [line.split(" | ")[1] for line in rows]
    assert pages[0] == "about 6" and pages[1] == "about 4", (
        rows
    )  # 1,320 and 990 words at 250 a page
    total = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0][
        "metrics"
    ]
    assert pages[2] == str(total["guidance.pages"])
