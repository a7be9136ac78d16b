"""Copies of one form are found among the documents that ask questions only (redteam21 R9).

A scheme may list thousands of documents, most of which could not be read (missing, damaged):
every pair of them was compared, so 60,000 missing files took some forty minutes. The pairs
are now taken among documents asking two questions or more, the only ones that can be a copy.
The tests count the comparisons rather than time them (the machines are shared and noisy)."""

from __future__ import annotations

import pytest

from grantcheck.documents import formats
from grantcheck.documents.facts import DocumentFacts, Evidence, Question


def _form(name: str, prompts: list[str], language: str = "en") -> DocumentFacts:
    questions = [
        Question(p, 300, "(max 300 words)", Evidence(name, (("line", i + 1),), p))
        for i, p in enumerate(prompts)
    ]
    return DocumentFacts(name, "txt", None, 100, language, questions=questions)


PROMPTS = ["Describe your project and who it is for.", "How will local people be involved?"]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[int] = []
    real = formats.same_form

    def counted(a: DocumentFacts, b: DocumentFacts) -> bool:
        seen.append(1)
        return real(a, b)

    monkeypatch.setattr(formats, "same_form", counted)
    return seen


def test_documents_without_questions_are_never_compared(calls: list[int]) -> None:
    unread = [DocumentFacts(f"missing-{i}.pdf", "pdf", None, 0, "en") for i in range(3000)]
    found = formats.alternatives([_form("a.docx", PROMPTS), *unread, _form("b.pdf", PROMPTS)])
    assert found == {"b.pdf": "a.docx"}
    assert len(calls) == 1  # before: every pair of the 3,002 (about 4.5 million)


def test_copies_still_found_in_order_and_each_once(calls: list[int]) -> None:
    docs = [
        _form("a.docx", PROMPTS),
        _form("b.pdf", PROMPTS),
        _form("c.html", PROMPTS),
        _form("d.md", ["What will the money buy?", "When will it happen?"]),
        _form("e-cy.docx", ["Disgrifiwch eich prosiect.", "Sut bydd pobl leol yn helpu?"], "cy"),
    ]
    assert formats.alternatives(docs) == {
        "b.pdf": "a.docx",
        "c.html": "a.docx",
        "e-cy.docx": "a.docx",
    }
