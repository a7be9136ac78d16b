"""What documents ask applicants to send (session 13): each general cause of an attachments
miss shown on small documents of the test's own, in several formats and wordings (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct

TITLE = "Request for quotation: lunch club"


def written(tmp_path: Path, fmt: str, lines: list[str]) -> Path:
    """The lines as a document in ``fmt``: a paragraph (or a line) each, under a title."""
    path = tmp_path / f"notes.{fmt}"
    if fmt == "md":
        path.write_text(f"# {TITLE}\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "txt":
        path.write_text(TITLE.upper() + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "docx":
        write_docx(path, lines, heading=TITLE)
    else:
        write_pdf(path, [[TITLE, *lines]])
    return path


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def kinds(facts: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds every applicant sends, and those some send, each sorted."""
    required, conditional = distinct(facts.attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


# -- a web form printed by a text browser (lynx -dump) -------------------------------------------

LYNX_FORM = """Apply for a community grant

   Group name * ______________________________

Documents

   {first} *
   ____________________ (BUTTON) Browse...

   Latest annual accounts *
   ____________________ (BUTTON) Browse...
   They do not need to be audited.

   Risk assessment
   ____________________ (BUTTON) Browse...
   {note}

   (BUTTON) Submit application

   [3]Privacy [4]Contact us

{heading}

   1. https://www.example.gov.uk/
   2. https://www.example.gov.uk/grants?format=rss
   3. https://www.example.gov.uk/privacy
   4. mailto:grants@example.gov.uk
"""


@pytest.mark.parametrize(
    ("first", "note", "heading"),
    [
        ("Constitution", "Only if you will run activities outdoors.", "References"),
        ("Governing document", "Only needed where you hold events.", "Visible links"),
    ],
)
def test_a_text_browsers_page_asks_for_its_uploads_not_its_link_addresses(
    tmp_path: Path, first: str, note: str, heading: str
) -> None:
    """lynx prints a file input as '____ (BUTTON) Browse...' under its label and ends the page
    with its list of link addresses: the label names the upload, the help under the button limits
    it, and the list of addresses ("References") is the browser's, asking for nothing."""
    path = tmp_path / "apply.txt"
    path.write_text(LYNX_FORM.format(first=first, note=note, heading=heading), encoding="utf-8")
    assert kinds(measured(path)) == (["accounts", "governing_document"], ["other"])


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize(
    "button", ["____________________ (BUTTON) Browse...", "__________ (BUTTON) Choose file"]
)
def test_a_drawn_file_input_before_its_button_is_no_label(
    tmp_path: Path, fmt: str, button: str
) -> None:
    """The blank a text browser draws for a file input, and its '(BUTTON)' mark, are the
    control: the line above names the document, and the hint under it says who sends it."""
    lines = [
        "Supporting documents",
        "Safeguarding policy",
        button,
        "Only if you work with children or adults at risk.",
        "Latest accounts *",
        button,
    ]
    path = tmp_path / f"apply.{fmt}"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    facts = measured(path)
    assert kinds(facts) == (["accounts"], ["policy"])


# -- a request for quotation: the quotation is the applicant's response -------------------------


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
@pytest.mark.parametrize(
    "lead",
    [
        "Send these with your quotation:",
        "Please attach the following to your quote:",
        "1. This Quotation Response Document, completed and signed.",
    ],
)
def test_the_quotation_the_documents_go_with_is_not_a_quote_to_send(
    tmp_path: Path, fmt: str, lead: str
) -> None:
    """In a request for quotation the applicant's quotation is its answer (the form itself):
    documents sent 'with your quotation' go with it, and 'this Quotation Response Document' is
    the form; neither asks for a supplier's quote."""
    lines = [
        "Part D: What to send",
        lead,
        "2. Your safeguarding policy.",
        "3. Your accounts for the last two years.",
        "Part E: How we will score",
        "We will score each quotation on quality and price.",
    ]
    assert kinds(measured(written(tmp_path, fmt, lines))) == (["accounts", "policy"], [])


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_quotes_for_items_are_still_asked_for(tmp_path: Path, fmt: str) -> None:
    """A grant's quotes for what it buys are documents to send, with the application or not."""
    lines = ["Documents", "Please send two written quotes with your application."]
    assert kinds(measured(written(tmp_path, fmt, lines))) == (["quotes"], [])


# -- a form builder's drop zone: "Click or drag a file to this area to upload." ------------------

ZONE_HTML = """<html><body><main><h1>Warm spaces grants</h1><form action="/apply" method="post">
<div><label for="f1">Your governing document *</label><div class="zone"><span>{zone}</span>
</div><input type="text" readonly id="f1" name="f1" required></div>
<div><label for="f2">{label}</label><div class="zone"><span>{zone}</span></div>
<input type="text" readonly id="f2" name="f2"><div class="description">{hint}</div></div>
<button type="submit">Send application</button></form></main></body></html>"""


@pytest.mark.parametrize("fmt", ["html", "txt", "md"])
@pytest.mark.parametrize(
    ("zone", "label", "hint"),
    [
        (
            "Click or drag a file to this area to upload.",
            "Food hygiene certificate",
            "Only if you will serve hot meals.",
        ),
        (
            "Tap or drag files into this box to upload them",
            "Risk assessment",
            "Only needed where you run activities outdoors.",
        ),
    ],
)
def test_a_drop_zones_words_are_its_button_and_the_help_under_it_limits_it(
    tmp_path: Path, fmt: str, zone: str, label: str, hint: str
) -> None:
    """A form builder's drop zone says 'Click or drag a file to this area to upload': the
    upload's button, not a document; the label above names the upload, and help under the
    zone opening with a condition says only some applicants send it."""
    path = tmp_path / f"apply.{fmt}"
    if fmt == "html":
        path.write_text(ZONE_HTML.format(zone=zone, label=label, hint=hint), encoding="utf-8")
    else:
        lines = ["Documents", "Your governing document *", zone, label, zone, hint]
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert kinds(measured(path)) == (["governing_document"], ["other"])
