"""The document measurer on forms the tests make in every format: questions, fields,
limits, attachments, policies, accounts, insurance, match funding, jargon, acronyms."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run
from documents import write_pdf
from form_documents import PdfField, write_fillable_pdf, write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

ROOT = Path(__file__).resolve().parents[1]


def facts(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def test_word_form_with_tables(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "form.docx",
        [
            "Section A: your organisation",
            [
                ["Name of organisation", ""],
                ["Contact email", ""],
                ["Registered charity? Yes ☐ No ☐", ""],
            ],
            "Section B: your project",
            [
                ["B1. Tell us what you will do and why (maximum 400 words)"],
                [""],
                ["B2. How will local people be involved? (2,400 characters)"],
                [""],
                ["B3. Explain how you will measure success."],
                [""],
            ],
            "Checklist",
            "A copy of your constitution",
            "Your most recent annual accounts",
        ],
    )
    f = facts(path)
    assert [q.word_limit for q in f.questions] == [400, 400, None]
    assert f.questions[1].limit_as_written == "2,400 characters"
    assert dict(f.questions[0].evidence.where) == {"table": 2, "row": 1, "cell": 1}
    assert len(f.fields) == 3
    assert sorted(a.kind for a in f.attachments) == ["accounts", "governing_document"]
    assert f.accounts is not None and f.accounts.value == "unaudited"


def test_fillable_pdf_uses_maxlen_and_tooltips(tmp_path: Path) -> None:
    path = write_fillable_pdf(
        tmp_path / "form.pdf",
        [
            [
                "Small grants application",
                PdfField("org", "Organisation name"),
                PdfField("tel", "Telephone"),
                "1. Describe the activity you want us to fund",
                PdfField("q1", "Activity", max_len=1200, multiline=True),
                PdfField("q2", "What difference will it make?", multiline=True),
                PdfField("agree", "I confirm the information is correct", kind="/Btn"),
            ]
        ],
    )
    f = facts(path)
    assert [(q.word_limit, q.limit_as_written) for q in f.questions] == [
        (200, 'MaxLen 1200 on field "q1"'),
        (None, None),
    ]
    assert f.questions[1].text == "What difference will it make?"
    assert len(f.fields) == 3 and f.pages == 1
    assert dict(f.questions[0].evidence.where) == {"page": 1, "line": 2}


def test_saved_html_form(tmp_path: Path) -> None:
    (tmp_path / "form.html").write_text(
        """<!doctype html><html><head><title>x</title>
<script>var a = "<label>Describe (500 words)</label>";</script></head><body>
<h1>Apply</h1><form><fieldset><legend>About you</legend>
<label for="n">Your name</label><input id="n" name="n" type="text">
<label>Email <input type="email" name="e"></label>
<p>Are you a registered charity?</p>
<input type="radio" name="ch" value="y"> Yes <input type="radio" name="ch" value="n"> No
</fieldset><fieldset><legend>Your project</legend>
<label for="p">Describe your project (up to 250 words)</label><textarea id="p"></textarea>
<label for="w">Why is it needed?</label><textarea id="w" maxlength="3000"></textarea>
<label for="f">Upload your safeguarding policy</label><input type="file" id="f">
</fieldset><input type="hidden" name="csrf"><input type="submit"></form></body></html>""",
        encoding="utf-8",
    )
    f = facts(tmp_path / "form.html")
    assert [q.word_limit for q in f.questions] == [250, 500]
    assert len(f.fields) == 3  # name, email, one radio group
    assert [(a.kind, a.policy) for a in f.attachments] == [("policy", "safeguarding")]
    assert dict(f.questions[0].evidence.where)["element"].startswith("label")


def test_markdown_and_text_forms(tmp_path: Path) -> None:
    (tmp_path / "form.md").write_text(
        "# Apply\n\nName: ____________\n\n## Questions\n\n1. What will you do? (one side of A4)\n\n"
        "______________________\n\n2. Who will benefit? (no more than 150 "
        "words)\n\n_____________\n\n"
        "## What to send\n\n- Bank statement for the last three months\n"
        "- Quotes for any equipment over £500, if you are buying equipment\n"
        "- You must have public liability insurance of £5m.\n",
        encoding="utf-8",
    )
    f = facts(tmp_path / "form.md")
    assert [q.word_limit for q in f.questions] == [500, 150]
    assert len(f.fields) == 1
    kinds = {(a.kind, a.conditional) for a in f.attachments}
    assert ("bank_statement", False) in kinds and ("quotes", True) in kinds
    assert f.insurance is not None and f.insurance.value == 5_000_000
    assert f.accounts is not None and f.accounts.value == "bank_statements"


def test_accounts_spec_example_accepts_unaudited(tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_text(
        "Please send audited or independently examined accounts, or a twelve-month income and "
        "expenditure statement.\nMatch funding of at least 20% is required.\n",
        encoding="utf-8",
    )
    f = facts(tmp_path / "n.txt")
    assert f.accounts is not None and f.accounts.value == "unaudited"
    assert f.match_funding is not None and f.match_funding.value == 20


def test_policies_required_and_conditional_not_the_funders_own(tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_text(
        "Our equality policy is on our website.\n"
        "You must have a health and safety policy.\n"
        "If you work with children, you must have a safeguarding policy.\n",
        encoding="utf-8",
    )
    f = facts(tmp_path / "n.txt")
    assert [(p.value, p.conditional) for p in f.policies] == [
        ("health_and_safety", False),
        ("safeguarding", True),
    ]


def test_jargon_acronyms_and_welsh(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(
        "The Voluntary Sector Initiative Fund (VSIF) will utilise KPIs. The CCG and the "
        "NHS agree.\n",
        encoding="utf-8",
    )
    f = facts(tmp_path / "en.txt")
    assert {j.term for j in f.jargon} == {"utilise", "KPIs"}
    assert "CCG" in f.acronyms and "NHS" not in f.acronyms and "VSIF" in f.defined
    (tmp_path / "cy.txt").write_text(
        "Mae'r grant ar gyfer grwpiau yn eich ardal chi. Rhaid i chi "
        "ddweud wrthym sut y byddwch yn gwario'r arian.\n",
        encoding="utf-8",
    )
    assert facts(tmp_path / "cy.txt").language == "cy" and f.language == "en"


def test_text_pdf_and_measure_json_contract(project: Path) -> None:
    write_pdf(
        project / "notes.pdf",
        [
            ["Guidance notes", "Please enclose a copy of your constitution."],
            ["You will also need a budget breakdown."],
        ],
    )
    (project / "form.txt").write_text("Attach a copy of your constitution.\n", encoding="utf-8")
    result = run("measure", "notes.pdf", "form.txt", "notes.pdf", "-f", "json", cwd=project)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema_version"] == 1 and len(data["documents"]) == 2
    doc = data["documents"][0]
    assert set(doc) >= {
        "file",
        "format",
        "pages",
        "words",
        "language",
        "questions",
        "fields",
        "attachments",
        "policies_required",
        "conditional_policies",
        "accounts",
        "public_liability_insurance",
        "match_funding_percent",
        "jargon",
        "undefined_acronyms",
    }
    assert doc["pages"] == 2 and doc["attachments"][0]["location"] == {"page": 1, "line": 2}
    assert data["total"]["attachments"] == 2  # the constitution asked for twice counts once


@pytest.mark.slow  # a subprocess (test_model keeps one import check in the fast loop)
def test_a_plain_check_imports_no_document_library() -> None:
    code = (
        "import sys; from grantcheck.cli import main; sys.argv = ['grantcheck', 'check', "
        "'examples/micro-grant-fixed.yaml']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pypdf', 'docx', 'html.parser', 'grantcheck.documents') "
        "if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.stderr.splitlines()[-1] == "[]", done.stderr


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("bad.docx", b"PK\x03\x04 nothing", "is not a Word document or is damaged"),
        ("bad.pdf", b"%PDF-1.4 nothing", "is not a PDF or is damaged"),
        ("latin.txt", "Caf\u00e9".encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_unreadable_documents_exit_2_located(
    project: Path, name: str, content: bytes, message: str
) -> None:
    (project / name).write_bytes(content)
    result = run("measure", name, cwd=project)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
