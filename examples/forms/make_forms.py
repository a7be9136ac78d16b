"""Make the two example forms whose facts grantcheck measures: a Word form built with
tables (python-docx) and a fillable PDF with MaxLen fields (written by hand, as
tests/form_documents.py does; no reportlab). Run from the repository root:

    .venv/bin/python examples/forms/make_forms.py

It makes the committed documents byte for byte (tests/test_s22b_make_forms.py checks it).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests"))

from form_documents import PdfField, write_fillable_pdf, write_form_docx  # noqa: E402


def word_form(folder: Path = HERE) -> None:
    write_form_docx(
        folder / "community-chest-form.docx",
        [
            "Community Chest 2026: application form",
            "Section A: about your group",
            [
                ["Name of your group", ""],
                ["Contact name", ""],
                ["Email address", ""],
                ["Telephone", ""],
                ["Is your group a registered charity? Yes ☐ No ☐", ""],
            ],
            "Section B: your project",
            [
                ["B1. Describe what you want to do and who will take part (max 250 words)"],
                [""],
                ["B2. Why is it needed in your neighbourhood? (up to 200 words)"],
                [""],
                ["B3. How will you know it has made a difference?"],
                [""],
            ],
            [["How much are you asking for? £", ""]],
            "Section C: documents to send",
            "Please send these with your form:",
            "a copy of your constitution or set of rules",
            "a recent bank statement (within the last three months)",
            "your safeguarding policy, if your project works with children or vulnerable adults",
            "Section D: declaration",
            [["Signed", ""], ["Date", ""]],
        ],
    )


def fillable_pdf(folder: Path = HERE) -> None:
    write_fillable_pdf(
        folder / "neighbourhood-fund-form.pdf",
        [
            [
                "Neighbourhood Fund 2026 - application form",
                "Part 1: your organisation",
                PdfField("org_name", "Name of your organisation"),
                PdfField("contact", "Contact name"),
                PdfField("email", "Email address"),
                "Part 2: your project",
                "1. Tell us about your project and the people it will help",
                PdfField("q1", "Your project", max_len=1800, multiline=True),
                "2. What difference will the grant make?",
                PdfField("q2", "Difference", max_len=1200, multiline=True),
                "3. How will you involve local people in running the project? (300 words)",
                PdfField("q3", "Involving local people", multiline=True),
                "4. How will you measure the outcomes? We use KPIs to monitor every grant.",
                PdfField("q4", "Outcomes", multiline=True),
            ],
            [
                "Part 3: documents",
                "Every applicant must send:",
                "1. your governing document;",
                "2. your latest annual accounts;",
                "3. a budget for the project.",
                "You must hold public liability insurance of at least 5 million pounds (GBP 5m).",
                PdfField("agree", "I confirm the information is correct", kind="/Btn"),
                PdfField("sig", "Signature", kind="/Sig"),
            ],
        ],
    )


if __name__ == "__main__":
    word_form()
    fillable_pdf()
