"""Guidance documents' reading measures: each document on its own, then all together.

The documents are read by ``grantcheck.documents`` (every format, within budgets); this
module measures the text read. A PDF's page count comes from the file itself; other pages
are estimated from words. A document that cannot be read is an error; one with no text (a
scanned image) is kept, with a "not measurable" note, for its pages.
"""

from __future__ import annotations

from pathlib import Path

from grantcheck.frozen import frozen_dataclass
from grantcheck.readability import TextMeasure, measure
from grantcheck.units import plural


@frozen_dataclass
class DocumentMeasure:
    """One guidance document: its measures, or why it could not be measured."""

    name: str
    pages: int | None  # from the file (PDF) when known
    text: TextMeasure | None  # None when no text could be read
    note: str = ""
    role: str = "guidance"  # or "form": a form's reading measures are not guidance
    counted: int = 0  # words read but not scored (text not in English): read all the same
    unread: bool = False  # could not be read at all (a located error): its words not known
    # the earlier document this one repeats in another format (formats.repeated): read once,
    # so its words and pages are left out of the totals
    again: str = ""
    welsh: bool = False  # ``again`` is the English notes this one gives in Welsh

    @property
    def words(self) -> int:
        """Words an applicant reads, whatever the language."""
        return self.text.words if self.text else self.counted


@frozen_dataclass
class GuidanceMeasure:
    """All the guidance documents of a scheme."""

    documents: tuple[DocumentMeasure, ...]
    total: TextMeasure | None  # the measurable text, all documents together

    def pages(self, words_per_page: float) -> int:
        """Pages from PDFs as published; the other documents estimated from their words
        together, never each rounded up to a page (trial21 D32: three short web pages of 138
        words in all were 3 pages, over GC102's limit of 2, for a third of a page)."""
        import math

        read = [d for d in self.documents if not d.again]
        published = sum(d.pages for d in read if d.pages is not None)
        words = sum(d.words for d in read if d.pages is None)
        return published + math.ceil(words / words_per_page)

    def words(self) -> int | None:
        """Words of every document, scored or not; None when no text could be read."""
        if self.total is None and not any(d.words for d in self.documents):
            return None
        return (self.total.words if self.total else 0) + sum(
            d.counted for d in self.documents if d.text is None and not d.again
        )

    @property
    def incomplete(self) -> bool:
        """Whether a document could not be read at all: the words and pages are lower bounds."""
        return any(d.unread for d in self.documents)

    def unmeasured_pages(self) -> int:
        """Pages of documents whose text could not be read (counted for reading time by the
        page)."""
        return sum(d.pages or 0 for d in self.documents if not d.words and not d.again)


class Unreadable(Exception):
    """A document that cannot be read; the message says why, for the user."""


# what a damaged file means to a user, and how to mend it (never a library's own words)
DAMAGED_PDF = "is not a PDF or is damaged: open it and save or export it again as a PDF"
DAMAGED_DOCX = "is not a Word document or is damaged: open it in Word and save it again as .docx"
CANNOT_READ = ", which grantcheck cannot read"  # (documents.refused's words)
# what a file named for one format really is, by its first bytes: (bytes, what, its suffix)
_REALLY = ((b"%PDF-", "a PDF", ".pdf"), (b"PK\x03\x04", "a Word document", ".docx"))


def problem_and_fix(exc: Unreadable, path: Path | None = None) -> tuple[str, str]:
    """Why a document cannot be read, and apart how to mend it (an error's hint, in check and
    measure alike): each message says the problem, then after ': ' or '; ' what to do. A file
    named .pdf that is a Word document (or the reverse) is named as what it is."""
    text = str(exc)
    # a format refused by its name ("is an old Word (.doc) document, which grantcheck cannot
    # read: ...") may be one it reads, misnamed: a .docx saved as .doc (trial24 T18)
    refused = CANNOT_READ in text and text.startswith("is ")
    if path is not None and (text in (DAMAGED_PDF, DAMAGED_DOCX) or refused):
        try:
            with path.open("rb") as f:
                head = f.read(8)
        except OSError:
            head = b""
        if not head and _empty(path) and not refused:  # nothing to read is not damage: say so
            return "is empty (0 bytes)", "Download or save it again"
        for start, what, suffix in _REALLY:
            if head.startswith(start) and path.suffix.lower() != suffix and _is(path, suffix):
                wrong = (
                    text[3 : text.index(CANNOT_READ)]
                    if refused
                    else "a PDF"
                    if text == DAMAGED_PDF
                    else "a Word document"
                )
                return f"is {what}, not {wrong}", f"Rename it to {suffix}"
    return _split(text)


def folder_problem(path: Path) -> str:
    """What is wrong with naming a folder as a document, the same in measure and check: a web
    page's resources folder saved beside it ("Page_files" by "Page.html") is named as such."""
    stem = path.name[: -len("_files")] if path.name.endswith("_files") else ""
    page = next(
        (f"{stem}{s}" for s in (".html", ".htm") if (path.parent / f"{stem}{s}").is_file()), ""
    )
    if stem and page:
        return f"is the saved web page's folder of pictures and styles: name only {page!r}"
    return "is a folder, not a document: name a document, not a folder"


def misnamed(text: str, path: Path) -> str:
    """A format refused by its name, said as what the file is when it is one grantcheck reads
    ("is a Word document, not an old Word (.doc) document: rename it to .docx"), else
    ``text``."""
    if not path.is_file():
        return text
    problem, fix = problem_and_fix(Unreadable(text), path)
    return f"{problem}: {fix[:1].lower()}{fix[1:]}" if fix.startswith("Rename") else text


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False


def _is(path: Path, suffix: str) -> bool:
    """Whether a zip file is a Word document (its main part is there; a spreadsheet is not one);
    a PDF's first bytes say enough."""
    if suffix != ".docx":
        return True
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _split(text: str) -> tuple[str, str]:
    """'problem: what to do' (or '; ') as the problem and the hint."""
    cut = min((i for i in (text.find(": "), text.find("; ")) if i >= 0), default=-1)
    if cut < 0:
        return text, ""
    return text[:cut], text[cut + 2 : cut + 3].upper() + text[cut + 3 :]


def measure_document(name: str, text: str, pages: int | None) -> DocumentMeasure:
    measured = measure(text)
    if measured.words == 0:
        what = "no text could be read (is it a scanned image?)"
        return DocumentMeasure(
            name,
            pages,
            None,
            f"not measurable: {what}"
            + (f"; counted by its {plural(pages, 'page')}" if pages else ""),
        )
    return DocumentMeasure(name, pages, measured)


def combine(documents: list[DocumentMeasure], texts: list[str]) -> GuidanceMeasure:
    joined = "\n\n".join(
        t for t, d in zip(texts, documents, strict=True) if d.text is not None and not d.again
    )
    return GuidanceMeasure(tuple(documents), measure(joined) if joined else None)
