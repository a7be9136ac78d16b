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


# -- a list declined after it: "You do not need to upload them." ---------------------------------


@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "pdf"])
@pytest.mark.parametrize(
    ("lead", "declined"),
    [
        ("Tick each one your group has:", "You do not need to upload them."),
        ("On the declaration you'll tick to confirm you have:", "No need to upload these."),
        (
            "We will also look for:",
            "You don't have to send any of these at this stage (only the accounts).",
        ),
    ],
)
def test_a_list_declined_after_it_is_held_not_sent(
    tmp_path: Path, fmt: str, lead: str, declined: str
) -> None:
    """A list that a note after it declines ('You do not need to upload them.') names policies
    to hold and confirm, not documents to send: the uploads before it are still asked for."""
    lines = [
        "Section 5: Documents",
        "Upload these with your form:",
        "- Governing document",
        "- Latest annual accounts",
        lead,
        "- Safeguarding policy",
        "- Health and safety policy",
        declined,
        "Section 6: Declaration",
        "I confirm that the information in this form is correct.",
    ]
    facts = measured(written(tmp_path, fmt, lines))
    assert kinds(facts) == (["accounts", "governing_document"], [])
    assert {str(p.value) for p in facts.policies} >= {"safeguarding", "health_and_safety"}


ZOHO = """<html><body><main><h1>Village hall grants</h1><form action="/apply" method="post">
<h2>Section 5: Documents</h2>
<label for="f1">Governing document *</label><input type="file" id="f1" name="f1">
<label>Please confirm the hall has these policies in place *</label>
<input type="checkbox" id="c1" name="c" value="s"><label for="c1">Safeguarding policy</label>
<input type="checkbox" id="c2" name="c" value="h"><label for="c2">Health and safety policy</label>
<p>{declined}</p>
<h2>Section 6: Declaration</h2>
<input type="checkbox" id="d"><label for="d">I confirm the information is correct.</label>
<input type="submit" value="Submit"></form></main></body></html>"""


@pytest.mark.parametrize("declined", ["You do not need to upload them.", "No need to send these."])
def test_policies_ticked_on_a_web_form_and_declined_are_not_uploads(
    tmp_path: Path, declined: str
) -> None:
    """A web form's tick boxes confirming policies held, then 'You do not need to upload them':
    the boxes' labels are no documents to upload."""
    path = tmp_path / "apply.html"
    path.write_text(ZOHO.format(declined=declined), encoding="utf-8")
    assert kinds(measured(path)) == (["governing_document"], [])


@pytest.mark.parametrize("fmt", ["md", "pdf"])
@pytest.mark.parametrize("line", ["- PLI certificate - everyone", "- Your PLI certificate"])
def test_a_pli_certificate_is_an_insurance_certificate(tmp_path: Path, fmt: str, line: str) -> None:
    """'PLI' is public liability insurance: its certificate is an insurance certificate."""
    lines = ["Documents to upload", "- Governing document - everyone", line]
    assert kinds(measured(written(tmp_path, fmt, lines))) == (
        ["governing_document", "insurance_certificate"],
        [],
    )


# -- a note saying what the document must be in some case, not who sends it ----------------------


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
@pytest.mark.parametrize(
    "item",
    [
        "Upload your latest annual accounts. If they have not been independently examined or "
        "audited, they must be signed by two trustees.",
        "Your most recent bank statement. Where you bank online, it should show the group's name.",
    ],
)
def test_a_note_on_what_the_document_must_be_does_not_limit_who_sends_it(
    tmp_path: Path, fmt: str, item: str
) -> None:
    """'If they have not been examined, they must be signed by two trustees': the note's
    condition says what the document must be in that case; every applicant still sends it."""
    lines = ["Documents", "Please upload:", f"- {item}", "- Your governing document"]
    required, conditional = kinds(measured(written(tmp_path, fmt, lines)))
    assert conditional == [] and "governing_document" in required and len(required) == 2


# -- a note offering something in the item's place to some applicants ---------------------------


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
@pytest.mark.parametrize(
    "item",
    [
        "Your constitution or set of rules. If your group has nothing written down, upload a "
        "short note of who runs it and how decisions are made.",
        "Your governing document, showing your asset lock. If you are not yet incorporated, "
        "send the draft you intend to adopt.",
    ],
)
def test_a_note_offering_a_substitute_to_some_does_not_limit_the_item(
    tmp_path: Path, fmt: str, item: str
) -> None:
    """'If your group has nothing written down, upload a short note of who runs it': those
    applicants send something else in the item's place; the item is still asked of every
    applicant (one document either way), not of some only."""
    lines = ["Documents", "Everyone must send:", f"- {item}", "- Your latest bank statement"]
    assert kinds(measured(written(tmp_path, fmt, lines))) == (
        ["bank_statement", "governing_document"],
        [],
    )


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_note_excusing_some_still_limits_the_item(tmp_path: Path, fmt: str) -> None:
    """A note excusing some applicants limits the item, whatever it offers in its place."""
    item = (
        "Your safeguarding policy. Groups that hold the Level 2 award do not need to send it; "
        "give your award number in the form instead."
    )
    lines = ["Documents", "Everyone must send:", f"- {item}", "- Your latest bank statement"]
    assert kinds(measured(written(tmp_path, fmt, lines))) == (["bank_statement"], ["policy"])


# -- "Some providers must also upload:": a lead-in naming some of the applicants ------------------


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
@pytest.mark.parametrize(
    "lead", ["Some providers must also upload:", "Some partners will also need to send:"]
)
def test_a_lead_in_naming_some_applicants_limits_its_list(
    tmp_path: Path, fmt: str, lead: str
) -> None:
    """'Some providers must also upload:' leads a list that only some applicants send, however
    the applicants are called; an item with no condition of its own is still limited."""
    lines = [
        "Documents",
        "Every provider must upload:",
        "- your governing document;",
        "- your safeguarding policy.",
        lead,
        "- for Category 2, a list of the roles that need an enhanced DBS check;",
        "- a written risk assessment for lone working.",
    ]
    assert kinds(measured(written(tmp_path, fmt, lines))) == (
        ["governing_document", "policy"],
        ["dbs_check", "other"],
    )


EXCUSED = """<html><body><main><h1>Climate grants</h1><form action="/apply" method="post">
<h2>Documents</h2>
<label for="f1">Constitution or governing document *</label>
<div>{hint}</div>
<input type="file" id="f1" name="f1" required>
<label for="f2">Most recent accounts *</label>
<input type="file" id="f2" name="f2" required>
<button type="submit">Submit</button></form></main></body></html>"""


@pytest.mark.parametrize(
    "hint",
    [
        "Town and parish councils and schools do not need to upload anything here.",
        "Registered charities need not send one.",
    ],
)
def test_a_required_upload_whose_help_excuses_some_is_sent_by_the_others(
    tmp_path: Path, hint: str
) -> None:
    """A box marked required whose help excuses some applicants ('Parish councils do not need
    to upload anything here') asks the document of the others only."""
    path = tmp_path / "apply.html"
    path.write_text(EXCUSED.format(hint=hint), encoding="utf-8")
    assert kinds(measured(path)) == (["accounts"], ["governing_document"])


# -- a scoring guide names no document ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_a_table_of_criteria_and_weights_read_as_lines_names_no_document(
    tmp_path: Path, fmt: str
) -> None:
    """A scoring table read as lines ('Criterion' / 'Weight' / 'Understanding of need and
    evidence' / '20%' / 'Delivery plan and reach' / '25%'): a line with its weight under it is
    a criterion, not a document ('Delivery plan') nor a list's title ('... and evidence')."""
    lines = [
        "How proposals will be assessed",
        "A panel will score each eligible proposal.",
        "Criterion",
        "Weight",
        "Understanding of need and evidence",
        "20%",
        "Delivery plan and reach",
        "25%",
        "Value for money",
        "15%",
        "Documents to send",
        "- its governing document;",
        "- its latest accounts.",
    ]
    assert kinds(measured(written(tmp_path, fmt, lines))) == (
        ["accounts", "governing_document"],
        [],
    )


def test_a_scoring_guide_beside_each_question_names_no_document(tmp_path: Path) -> None:
    """A form's 'How the panel scores this (weighting 15%)' cell beside each question describes
    answers ('Named people, a realistic timetable', 'Quotes compared'), not documents to send."""
    table = [
        [
            "4.1 How will you deliver the project?",
            "How the panel scores this (weighting 15%)\n4  Named people, a realistic timetable, "
            "risks with actions\n2  Plan is general\n0  No plan",
        ],
        [
            "4.2 Why is this good value?",
            "How the panel scores this (weighting 10%)\n4  Quotes compared; cost per tonne "
            "given\n0  No explanation",
        ],
        ["4.3 Anything else?", "How the panel scores this\nNot scored."],
    ]
    path = write_docx(tmp_path / "form.docx", ["Section 4: Your project"], table=table)
    assert kinds(measured(path)) == ([], [])


# -- an upload asks, whatever its help says the applicant has -------------------------------------

HELD_HINT = """<html><body><main><h1>Small grants</h1><form action="/apply" method="post">
<h2>Documents</h2>
<label for="f1">{label}</label><p id="h1">{hint}</p>
<input type="file" id="f1" name="f1" aria-describedby="h1" required>
<label for="f2">A bank statement from the last 3 months *</label>
<input type="file" id="f2" name="f2" required>
<button type="submit">Send</button></form></main></body></html>"""


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize(
    ("label", "hint", "kind"),
    [
        (
            "Your group's constitution or set of rules",
            "A signed copy. New groups can use a single page: we have a template.",
            "governing_document",
        ),
        (
            "Public liability insurance certificate",
            "Your group must have cover of at least £5 million.",
            "insurance_certificate",
        ),
    ],
)
def test_an_upload_asks_whatever_its_help_says_is_held(
    tmp_path: Path, fmt: str, label: str, hint: str, kind: str
) -> None:
    """An upload box asks for its document even when its help says what someone has ('we have
    a template', 'must have cover of ...'): the box is there to send it."""
    path = tmp_path / f"apply.{fmt}"
    if fmt == "html":
        path.write_text(HELD_HINT.format(label=label, hint=hint), encoding="utf-8")
    else:
        lines = ["Documents", f"{label} *", hint, "Choose file", "Bank statement *", "Choose file"]
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert kinds(measured(path)) == (sorted(["bank_statement", kind]), [])
