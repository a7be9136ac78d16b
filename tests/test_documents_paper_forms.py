"""Forms typed as paragraphs, and the general wording the trial of session 5 found misread.

Each case is a small document of the test's own wording (never the trial's or the corpus's):
labelled blanks written with underscores or dots (two on one line are two fields), their
evidence in measure's output, help offered to applicants, reports due after the award, a
plan "including" another document, a list line run into the next sentence of a PDF, match
funding written as the funder's share, a yes/no question about a policy, and Welsh accounts
wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.output import as_json
from grantcheck.documents.output_text import as_text
from grantcheck.documents.total import combine

PAPER_FORM = [
    "Northmoor Allotments Fund: application",
    "Name of your club: ______________________",
    "Town: ____________     Phone number: ______________",
    "Sum you are asking for: £__________",
    "Email address of the treasurer ...........................",
    "Eligibility ................................ 2",
    "1. Tell us what you will do with the money.",
    "Answer:",
    "Signature of the club secretary ....................   Date ..............",
]
BLANKS = [
    "Name of your club",
    "Town",
    "Phone number",
    "Sum you are asking for",
    "Email address of the treasurer",
    "Signature of the club secretary",
    "Date",
]


def _measure(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def _write(path: Path, lines: list[str]) -> Path:
    """The lines as a Word document (a paragraph each), a one-page PDF or a text file."""
    if path.suffix == ".docx":
        return write_docx(path, lines)
    if path.suffix == ".pdf":
        return write_pdf(path, [lines])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _paper(tmp_path: Path, fmt: str) -> Path:
    return _write(tmp_path / f"paper.{fmt}", PAPER_FORM)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_each_labelled_blank_on_a_paper_form_is_a_field(tmp_path: Path, fmt: str) -> None:
    """Underscores or dots after a label are a field; two labelled blanks on one line are two;
    a contents line's dot leader to a page number is not a blank; "Answer:" is a question's
    space, not a field."""
    f = _measure(_paper(tmp_path, fmt))
    assert [e.words for e in f.fields] == BLANKS
    assert [q.text for q in f.questions] == ["1. Tell us what you will do with the money."]


def test_measure_shows_which_fields_it_counted(tmp_path: Path) -> None:
    """``fields`` stays a number (the spec's contract); ``field_items`` beside it gives each
    field's words and place, and the text report lists them."""
    f = _measure(_paper(tmp_path, "txt"))
    total = combine([f])
    data = json.loads(as_json([f], total))["documents"][0]
    assert data["fields"] == len(BLANKS)
    assert [i["text"] for i in data["field_items"]] == BLANKS
    assert data["field_items"][2]["location"] == {"line": 3}
    text = as_text([f], total)
    assert 'Field: paper.txt, line 3: "Phone number"' in text


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_an_office_use_box_is_not_fields_for_the_applicant(tmp_path: Path, fmt: str) -> None:
    """Blanks under "Office use only" are the council's to fill in; the applicant's stop there
    (and fields after the box, past a heading or prose, count again)."""
    lines = [
        "Name of your club: ______________________",
        "Office use only",
        "Logged on: ____________   Officer: ____________",
        "Grant offered: £__________",
    ]
    path = _write(tmp_path / f"office.{fmt}", lines)
    assert [e.words for e in _measure(path).fields] == ["Name of your club"]


NOTES = """PLAY SCHEME GRANTS 2027

WHAT TO SEND
- your constitution
- a delivery plan, including a risk assessment
- your most recent bank statement

HELP WITH YOUR APPLICATION
Riverbank Volunteer Centre offers free help to draw up a budget and a timetable.

AFTER THE SCHEME
Within six weeks of the scheme ending you must send us a short report and a statement of
income and expenditure. At the end of the grant we will also ask for your annual accounts.
"""


def _kinds(f: DocumentFacts) -> list[tuple[str, bool]]:
    return [(a.kind, a.conditional) for a in f.attachments]


def test_help_reports_after_the_award_and_a_part_of_a_plan_are_not_attachments(
    tmp_path: Path,
) -> None:
    """An offer of help names no document to send; a report or statement due after the grant
    is monitoring, not an attachment, and sets no accounts level; "a plan, including a risk
    assessment" is one document."""
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    f = _measure(path)
    assert _kinds(f) == [
        ("governing_document", False),
        ("project_plan", False),
        ("bank_statement", False),
    ]
    assert f.accounts is not None and f.accounts.value == "bank_statements"


def test_a_list_line_run_into_the_next_sentence_of_a_pdf_is_its_own_item(tmp_path: Path) -> None:
    """PDF text has no blank lines: a list item that does not end with a full stop is still an
    item of its own when the next line starts a new sentence."""
    lines = [
        "Documents to enclose with this form:",
        "- your constitution",
        "- a signed letter confirming the other funding for this project",
        "Insurance: every group must hold public liability insurance of at least £5 million.",
    ]
    f = _measure(write_pdf(tmp_path / "list.pdf", [lines]))
    assert [a.kind for a in f.attachments] == ["governing_document", "other"]
    assert f.insurance is not None and f.insurance.value == 5_000_000


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("The trust will fund no more than half of the total cost of your scheme.", 50.0),
        ("We can pay at most 75% of the cost of the project.", 25.0),
        ("Grants cover up to 80% of costs; the rest must come from elsewhere.", 20.0),
        ("The fund will meet up to two thirds of the total project cost.", 33.3),
        ("We will fund up to 100% of the total cost.", 0.0),
        ("We will fund up to 10% of your overheads.", None),
        ("The council will pay up to 80% of residents' travel passes.", None),
        ("We will pay 70% of the grant at the start and 30% at the end.", None),
    ],
)
def test_match_funding_written_as_the_funders_share(
    tmp_path: Path, sentence: str, share: float | None
) -> None:
    """A funder's share of the whole cost leaves the rest to the applicant; all of it leaves
    nothing; a share of something else (overheads, passes, the grant's instalments) says
    nothing of match funding."""
    path = tmp_path / "money.txt"
    path.write_text(f"Money\n\n{sentence}\n", encoding="utf-8")
    found = _measure(path).match_funding
    assert (found.value if found else None) == share


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_yes_no_question_about_a_policy_does_not_require_it(tmp_path: Path, fmt: str) -> None:
    """'Does your club have a lone working policy? Yes / No' asks; it does not require the
    policy, nor make it a condition of some applicants. A policy the form requires is still
    read, in the same form."""
    lines = [
        "Does your club have a lone working policy?   Yes / No",
        "Have you got an environmental policy? (please circle) Yes  No",
        "A oes gennych bolisi cwynion?   Oes / Nac oes",
        "Are your accounts audited?   Yes / No",
        "Does your club hold public liability insurance of at least £2 million?   Yes / No",
        "Every applicant must send a copy of their equal opportunities policy.",
    ]
    f = _measure(_write(tmp_path / f"policies.{fmt}", lines))
    assert [(p.value, p.conditional) for p in f.policies] == [("equality", False)]
    assert [(a.policy, a.conditional) for a in f.attachments] == [("equality", False)]
    assert len(f.fields) == 5  # each question is a field to answer
    assert f.accounts is None  # asked whether they are audited: no level is required
    assert f.insurance is not None and f.insurance.value == 2_000_000  # the cover it names


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Anfonwch gyfriflen banc ddiweddar gyda'ch cais.", "bank_statements"),
        ("Rhaid i bob grŵp anfon ei gyfriflenni banc diweddaraf.", "bank_statements"),
        ("Anfonwch eich cyfrifon blynyddol gyda'ch cais.", "unaudited"),
        (
            "Anfonwch gopi o'ch cyfrifon diweddaraf, neu gyfriflen banc os ydych yn grŵp newydd.",
            "bank_statements",
        ),
    ],
)
def test_welsh_accounts_wording_gives_the_level_the_english_does(
    tmp_path: Path, sentence: str, level: str
) -> None:
    """'cyfriflen banc' (bank statement) is accepted financial evidence as 'bank statement'
    is in English; 'cyfrifon' (accounts) as 'accounts'."""
    path = tmp_path / "cais.txt"
    path.write_text(f"Beth i'w anfon\n\n{sentence}\n", encoding="utf-8")
    f = _measure(path)
    assert f.language == "cy" or len(sentence.split()) < 12
    assert f.accounts is not None and f.accounts.value == level


def test_bare_labels_on_a_pdf_page_are_fields(tmp_path: Path) -> None:
    """A printed form's boxes are drawn, and text extraction does not see them: short labels one
    under another ("Club name", "Phone number") are each a field; a bulleted list of the same
    words, or a label standing alone in prose, is not."""
    lines = [
        "Part 1 - About your club",
        "Club name",
        "Name of secretary",
        "Phone number",
        "Email address",
        "The form asks for:",
        "- Club name",
        "- Phone number",
        "Our address",
        "We will reply within a month of the closing date for this round.",
        "Signature",
        "Date",
    ]
    f = _measure(write_pdf(tmp_path / "boxes.pdf", [lines]))
    assert [e.words for e in f.fields] == [
        "Club name",
        "Name of secretary",
        "Phone number",
        "Email address",
        "Signature",
        "Date",
    ]


def test_labels_beside_a_fillable_pdfs_fields_are_not_fields_again(tmp_path: Path) -> None:
    """On a page with form fields, the labels (even two lines of them, in two languages) name
    those fields: each field counts once."""
    from form_documents import PdfField, write_fillable_pdf

    page: list[str | PdfField] = [
        PdfField("club", "Club name", max_len=80),
        "Enw'r clwb",
        "Club name",
        PdfField("date", "Date", max_len=10),
        "Dyddiad",
        "Date",
        "Thank you for applying.",
    ]
    f = _measure(write_fillable_pdf(tmp_path / "fillable.pdf", [page]))
    assert len(f.fields) == 2
