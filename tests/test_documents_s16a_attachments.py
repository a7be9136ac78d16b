"""Attachments (acc16a, session 16): each general cause of a miss, found on small documents of
the test's own in several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def written(tmp_path: Path, suffix: str, lines: list[str]) -> Path:
    """The lines as a document of the format: text, Markdown, HTML, Word or a text PDF."""
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_docx(path, lines)
    if suffix == ".pdf":
        return write_pdf(path, [lines])
    if suffix == ".html":
        body = "".join(f"<li>{t[2:]}</li>" if t.startswith("- ") else f"<p>{t}</p>" for t in lines)
        path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
        return path
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- in a request for quotation the quote is the response, not a document sent with it --------

RFQ_OPENINGS = [
    "Request for quotation: weekend youth sessions at the Old Mill",
    "Invitation to Quote - Community Transport Service 2027",
    "Ashfold Town Council Quotation Form: Summer Play Scheme",
    "RFQ 2027/14 Befriending service for older residents",
]
RFQ_QUOTE_SENTENCES = [
    "Any constituted organisation that can sign a contract can quote.",
    "Quotations that arrive without the documents below may be rejected.",
    "This document describes the service and tells you how to send us a quotation.",
    "For most quotes from small charities we ask only for the documents below.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("opening", range(4))
def test_request_for_quotation_quote_is_the_response(
    tmp_path: Path, suffix: str, opening: int
) -> None:
    lines = [
        RFQ_OPENINGS[opening],
        "What you must send",
        RFQ_QUOTE_SENTENCES[opening],
        "- a copy of your public liability insurance certificate;",
        "- a copy of your safeguarding policy.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["insurance_certificate", "policy"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_guide_asking_the_reader_to_quote(tmp_path: Path, suffix: str) -> None:
    # a guide to selling to the council: no title says "request for quotation", but it tells
    # the reader an officer asks them to quote
    lines = [
        "Selling services to the council",
        "Most small contracts are bought by asking for quotes. This page tells you what to "
        "expect when an officer asks you to quote.",
        "What to send",
        "For most quotes from community groups we ask for the documents below.",
        "- a copy of your public liability insurance certificate.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["insurance_certificate"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_grant_form_quotes_still_asked(tmp_path: Path, suffix: str) -> None:
    # near misses: a grant form asks for suppliers' quotes; its opening names no request for
    # quotation, or names one only to say it is not one; quotes counted are suppliers' in any
    for opening in (
        "Community Chest application form 2027",
        "This grant form is not a request for quotation: it asks for a grant.",
        "Request for quotation: garden works",
    ):
        lines = [
            opening,
            "Please send these with your form",
            "- a copy of your constitution;",
            "- two written quotes for the equipment you want to buy.",
        ]
        path = written(tmp_path, suffix, lines)
        assert kinds(path) == (["governing_document", "quotes"], [])
        path.unlink()


# -- an alternative offered to some is the item's own document: the item is for every applicant --


def item_list(tmp_path: Path, suffix: str, item: str) -> Path:
    """A documents list: the constitution, then the item."""
    return written(
        tmp_path,
        suffix,
        [
            "Community Grants 2027",
            "Please send these with your application form:",
            "- a copy of your constitution;",
            f"- {item}",
        ],
    )


@pytest.mark.parametrize(
    ("suffix", "item"),
    [
        # a document the kinds do not name, then "or, if ..., " the one some send in its place
        (
            ".txt",
            "proof that you own the premises, or, if you rent them, the landlord's "
            "written consent to the works;",
        ),
        (
            ".md",
            "evidence that you can use the site or, if you do not own it, written "
            "permission from the owner.",
        ),
        (
            ".html",
            "your hall's hire agreement or, if you meet in a private home, written "
            "permission from the owner.",
        ),
        # the same document from another source in some cases ("or from ... if ...")
        (
            ".docx",
            "written permission from the landowner, or from the Highways team if the "
            "site is a roadside verge.",
        ),
        (
            ".txt",
            "written consent from your landlord, or from the council if the building is "
            "council-owned.",
        ),
        # an exemption as the alternative document, not some applicants excused
        (
            ".md",
            "your FCA authorisation (the register entry is enough), or evidence that you "
            "are exempt;",
        ),
        (".html", "your food business registration, or proof that you are exempt."),
    ],
)
def test_alternative_offered_to_some_is_one_document_for_all(
    tmp_path: Path, suffix: str, item: str
) -> None:
    assert kinds(item_list(tmp_path, suffix, item)) == (["governing_document", "other"], [])


@pytest.mark.parametrize(
    ("suffix", "item", "expected"),
    [
        # near misses: the condition is the item's own, or the alternative is a document of
        # another kind sent by some in the first's place
        (".txt", "if you rent the premises, the landlord's written consent.", ["other"]),
        (".md", "written permission from the landowner if you do not own the site.", ["other"]),
        (".html", "your safeguarding policy, if you work with children.", ["policy"]),
        (".docx", "your accounts (charities registered in England are exempt).", ["accounts"]),
    ],
)
def test_condition_of_the_item_itself_still_limits_it(
    tmp_path: Path, suffix: str, item: str, expected: list[str]
) -> None:
    assert kinds(item_list(tmp_path, suffix, item)) == (["governing_document"], expected)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_accounts_or_if_new_bank_statement_stays_two(tmp_path: Path, suffix: str) -> None:
    item = "your latest accounts or, if you are less than a year old, a recent bank statement."
    path = item_list(tmp_path, suffix, item)
    assert kinds(path) == (["accounts", "governing_document"], ["bank_statement"])


# -- a lead-in asks for the list after it by its last words: "nothing now; at Stage 2, send:" ---


@pytest.mark.parametrize(
    ("suffix", "lead"),
    [
        (".txt", "You do not need to send anything now. At Stage 2 every applicant must send:"),
        (".md", "You don't need to upload anything yet. Shortlisted groups must then upload:"),
        (".html", "Please do not send documents now. At Stage 2, please send:"),
        (".docx", "No documents with this form. At the second stage you must send:"),
    ],
)
def test_lead_in_asking_after_declining_for_now(tmp_path: Path, suffix: str, lead: str) -> None:
    lines = [
        "Expression of interest 2027",
        lead,
        "- your governing document;",
        "- a three-year business plan.",
        "Declaration",
    ]
    path = written(tmp_path, suffix, lines)
    assert kinds(path) == (["business_plan", "governing_document"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    "lead", ["You do not need to send these yet:", "Do not send the following:"]
)
def test_lead_in_declining_leads_in_nothing(tmp_path: Path, suffix: str, lead: str) -> None:
    lines = ["Expression of interest 2027", lead, "- your governing document;", "- a budget."]
    assert kinds(written(tmp_path, suffix, lines)) == ([], [])


# -- a list's item whose last words lead in a list nested in it (an item too long for a title) --

NESTED_MD = """# Strategic partners 2027

There are two stages.

1. Stage 1: this form. You do not need to upload anything now.
2. Stage 2: a full proposal. Shortlisted organisations will be sent the full proposal form, give
   a short presentation to our panel and {lead}
   - your governing document;
   - a three-year business plan;
   - if you employ staff, your employer's liability insurance certificate.

Every partner must hold public liability insurance.
"""
NESTED_HTML = (
    "<html><body><main><h1>Strategic partners 2027</h1><p>There are two stages.</p><ol>"
    "<li><strong>Stage 1: this form.</strong> You do not need to upload anything now.</li>"
    "<li><strong>Stage 2: a full proposal.</strong> Shortlisted organisations will be sent the "
    "full proposal form, give a short presentation to our panel and {lead}"
    "<ul><li>your governing document;</li>"
    "<li>a three-year business plan;</li>"
    "<li>if you employ staff, your employer's liability insurance certificate.</li></ul></li>"
    "</ol><p>Every partner must hold public liability insurance.</p></main></body></html>"
)


@pytest.mark.parametrize(("name", "layout"), [("p.md", NESTED_MD), ("p.html", NESTED_HTML)])
@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "upload these documents:",
            (["business_plan", "governing_document"], ["insurance_certificate"]),
        ),
        (
            "send us the following:",
            (["business_plan", "governing_document"], ["insurance_certificate"]),
        ),
        # a near miss: the item leads in what will be talked about, asking for nothing
        ("we will talk about:", ([], [])),
    ],
)
def test_item_leading_a_nested_list(
    tmp_path: Path, name: str, layout: str, lead: str, expected: tuple[list[str], list[str]]
) -> None:
    path = tmp_path / name
    path.write_text(layout.format(lead=lead), encoding="utf-8")
    assert kinds(path) == expected


# -- what a document shows is part of it, though a few words of its own come first --------------


@pytest.mark.parametrize(
    ("suffix", "item", "expected"),
    [
        (".html", "a budget for the event showing all expected income and spending;", ["budget"]),
        (
            ".txt",
            "a cash flow forecast for next year setting out your income and expenditure;",
            ["budget"],
        ),
        (
            ".docx",
            "a project plan for the first year including a risk assessment;",
            ["project_plan"],
        ),
        (
            ".md",
            "a budget for the whole project, showing each cost and your income and spending;",
            ["budget"],
        ),
        # near misses: a second document after "and", or named apart
        (
            ".html",
            "a budget for the event and your accounts showing last year's income;",
            ["accounts", "budget"],
        ),
        (
            ".txt",
            "a budget, and a statement of your income and spending for last year;",
            ["accounts", "budget"],
        ),
    ],
)
def test_what_a_document_shows_is_part_of_it(
    tmp_path: Path, suffix: str, item: str, expected: list[str]
) -> None:
    required = sorted(["governing_document", *expected])
    assert kinds(item_list(tmp_path, suffix, item)) == (required, [])


# -- a condition after alternatives and the last one's own words is the one document's ---------


@pytest.mark.parametrize(
    ("suffix", "item", "expected"),
    [
        (
            ".txt",
            "the food hygiene rating or certificate of whoever will prepare the meals, if food "
            "will be prepared on your site.",
            ([], ["other"]),
        ),
        (
            ".md",
            "a lease or tenancy agreement for the hall you use, if you do not own it.",
            ([], ["other"]),
        ),
        (
            ".html",
            "a risk assessment or event management plan for the day, where the event is "
            "open to the public.",
            ([], ["other"]),
        ),
        (
            ".docx",
            "your lease or the landlord's written consent to the works - if you rent the building.",
            ([], ["other"]),
        ),
        # near misses: no condition after them; an alternative's own condition after "or"
        (".txt", "a lease or tenancy agreement for the hall you use;", (["other"], [])),
        (
            ".md",
            "your accounts or, if you are new, a bank statement for the last three months.",
            (["accounts"], ["bank_statement"]),
        ),
    ],
)
def test_condition_after_alternatives_and_their_words(
    tmp_path: Path, suffix: str, item: str, expected: tuple[list[str], list[str]]
) -> None:
    required = sorted(["governing_document", *expected[0]])
    assert kinds(item_list(tmp_path, suffix, item)) == (required, expected[1])


# -- review16's findings on the rules above --------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_grant_naming_the_funders_quotation_form_in_passing(tmp_path: Path, suffix: str) -> None:
    # a grant guide is no request for quotation because it names its own "Quotation Form"
    lines = [
        "Equipment Grants 2026: notes for applicants",
        "What to send",
        "- a copy of your constitution;",
        "- for each item you want to buy, a quote from the supplier (you can ask them to fill in "
        "our Quotation Form instead).",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "quotes"], [])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_quotation_on_the_return_form_is_the_response(tmp_path: Path, suffix: str) -> None:
    lines = [
        "Request for quotation: summer activity programme",
        "What to send",
        "- your quotation, on the Quotation Return form;",
        "- a copy of your public liability insurance certificate;",
        "- a copy of your safeguarding policy.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["insurance_certificate", "policy"], [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_a_document_after_with_is_its_own(tmp_path: Path, suffix: str) -> None:
    item = "a budget for the project showing each cost, with two quotes for any item over £500;"
    assert kinds(item_list(tmp_path, suffix, item)) == (
        ["budget", "governing_document"],
        ["quotes"],
    )


def _upload_page(box: str) -> str:
    return (
        "<html><body><h1>Apply for a community grant</h1><form action='/apply' method='post'>"
        "<h2>Upload supporting documents</h2>"
        "<label for='d1'>Governing document (constitution or rules)</label>"
        "<input type='file' id='d1' name='d1'>"
        "<label for='d2'>Latest annual accounts</label><input type='file' id='d2' name='d2'>"
        f"{box}<h2>Declaration</h2><input type='checkbox' id='ok'>"
        "<label for='ok'>I confirm the information given is correct</label></form></body></html>"
    )


def test_a_box_for_a_documents_number_under_uploads_sends_no_document(tmp_path: Path) -> None:
    """A web form's text box for a document's number, reference or date, though among the
    uploads ("Public liability insurance policy number (minimum cover £5 million)"), asks for
    the value: the document it names is not sent (trial16 read it as an insurance certificate
    sent by all); the cover it states still counts. Near misses: the same document as a file
    input, and a drop zone's hidden text input labelled with the document alone, are uploads."""
    boxes = {
        "<label for='i'>Public liability insurance policy number (minimum cover £5 million)"
        "</label><input type='text' id='i' name='i'>": False,
        "<label for='i'>Insurance certificate expiry date</label>"
        "<input type='date' id='i' name='i'>": False,
        "<label for='i'>Charity registration number</label><input type='text' id='i'>": False,
        "<label for='i'>Public liability insurance certificate (minimum cover £5 million)"
        "</label><input type='file' id='i' name='i'>": True,
        "<label for='i'>Your insurance certificate</label><div class='dropzone'></div>"
        "<input type='text' readonly class='dropzone-input' id='i' name='i'>": True,
    }
    for n, (box, sent) in enumerate(boxes.items()):
        facts = measure(tmp_path, f"apply{n}.html", _upload_page(box))
        kinds = [a.kind for a in facts.attachments if not a.conditional]
        assert kinds[:2] == ["governing_document", "accounts"], (box, kinds)
        assert ("insurance_certificate" in kinds) == sent, (box, kinds)
        if "£5 million" in box:
            assert facts.insurance is not None and facts.insurance.value == 5_000_000
