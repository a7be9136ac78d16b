"""What documents ask applicants to send (session 9): each general cause of a miss shown on
small documents of the test's own, worded and laid out as different councils, foundations and
NHS bodies would (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name) every applicant sends, and those sent in some cases."""
    required, conditional = distinct(f.attachments)
    return [a.policy or a.kind for a in required], [a.policy or a.kind for a in conditional]


def word(tmp_path: Path, name: str, blocks: list[tuple[str, str]]) -> DocumentFacts:
    """A Word document of headings ("h") and plain paragraphs ("p"), measured."""
    import docx

    document = docx.Document()
    for style, text in blocks:
        if style == "h":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    path = tmp_path / name
    document.save(str(path))
    return Measurer().measure(path, name)[1]


# -- a list of paragraphs run in with a label ----------------------------------------------------


def test_paragraphs_run_in_with_a_label_under_a_documents_heading_are_the_lists_items(
    tmp_path: Path,
) -> None:
    """ "Everyone: your accounts and a budget. Accounts must be ...": under a heading asking
    for documents, paragraphs each opening with a label (who sends it, or the document's name)
    are the list's items, however long the note after the label; a label naming some
    applicants ("New groups:", "Building works over £5,000:") limits its item."""
    guidance = [
        ("h", "4. What to upload with your bid"),
        (
            "p",
            "All applicants: a copy of your latest accounts and a breakdown of the project "
            "budget, using the spreadsheet on our website. Accounts that have not been "
            "examined are fine for groups with a turnover of less than £25,000, but they "
            "must be signed by two of your committee members.",
        ),
        (
            "p",
            "Your constitution: or whatever set of rules your members agreed when you formed. "
            "Town and parish councils are exempt.",
        ),
        ("p", "Building works over £5,000: three quotes from separate contractors."),
        ("h", "5. Key dates"),
        ("p", "The fund opens on 3 March and closes on 28 April."),
    ]
    f = word(tmp_path, "a.docx", guidance)
    assert sent(f) == (["accounts", "budget"], ["governing_document", "quotes"])

    notes = (
        "DOCUMENTS WE NEED\n\n"
        "Every group: your governing document, signed and dated by your chair, and your most "
        "recent annual accounts. The accounts must be signed by your treasurer and by one "
        "other member of the committee who is not related to the treasurer.\n\n"
        "Groups formed in the last year: three months of bank statements in place of "
        "accounts.\n\n"
        "HOW WE DECIDE\n\n"
        "A panel of councillors reads every application.\n"
    )
    f = measure(tmp_path, "b.txt", notes)
    assert sent(f) == (["governing_document", "accounts"], ["bank_statement"])

    markdown = (
        "## Supporting documents\n\n"
        "Everyone: a project budget. Show each item and what it costs; round to the nearest "
        "pound. We will not accept a budget without a total.\n\n"
        "Clubs affiliated to a national body: your affiliation certificate.\n"
    )
    f = measure(tmp_path, "c.md", markdown)
    assert sent(f)[0] == ["budget"]

    # a run-in paragraph joins a list only from the list's heading on, in a list with no
    # bullets, and only when its label names who or what ("How to send them:" says something
    # of its own): prose after a bulleted list still ends it
    bulleted = (
        "## Documents to send\n\n"
        "- your constitution\n"
        "- your latest accounts\n\n"
        "Insurance: make sure your group is covered for public events. We do not need to see "
        "the certificate, and a copy of your policy schedule is not needed either.\n"
    )
    f = measure(tmp_path, "a.md", bulleted)
    assert sent(f) == (["governing_document", "accounts"], [])

    told = (
        "DOCUMENTS\n\n"
        "How to send them: e-mail them to the grants officer or post them to the town hall, "
        "with your group's name on each one. If a certificate has expired, we will ask you "
        "to send a new one.\n\n"
        "We look forward to reading your application.\n"
    )
    f = measure(tmp_path, "b.txt", told)
    assert sent(f) == ([], [])


# -- "Should your project ...:" ----------------------------------------------------------------


def test_an_inverted_condition_opening_an_item_limits_it(tmp_path: Path) -> None:
    """ "Should your project involve children: your safeguarding policy" is "If your project
    involves children": the item is for some applicants."""
    items = (
        "## Documents\n\nPlease send:\n\n"
        "- your constitution\n"
        "- should your group work with children or adults at risk, your safeguarding policy\n"
        "- Should the work need planning consent: a copy of the planning permission\n"
    )
    f = measure(tmp_path, "a.md", items)
    assert sent(f) == (["governing_document"], ["safeguarding", "other"])


# -- a note saying some are exempt ---------------------------------------------------------------


def test_a_note_after_an_item_exempting_some_applicants_makes_it_conditional(
    tmp_path: Path,
) -> None:
    """ "Your constitution. Parish councils are exempt.": the item's note excuses some
    applicants, so the document is asked for in some cases only."""
    items = (
        "WHAT TO ENCLOSE\n\n"
        "1. Your governing document. Schools and parish councils are exempt.\n"
        "2. Your latest bank statement.\n"
    )
    f = measure(tmp_path, "a.txt", items)
    assert sent(f) == (["bank_statement"], ["governing_document"])

    html = (
        "<html><body><h2>Documents to upload</h2><ul>"
        "<li>A copy of your constitution. Registered charities are exempt.</li>"
        "<li>Your most recent accounts.</li></ul></body></html>"
    )
    f = measure(tmp_path, "b.html", html)
    assert sent(f) == (["accounts"], ["governing_document"])


# -- a declaration described in guidance ---------------------------------------------------------


def test_a_declaration_the_guidance_describes_asks_for_nothing_to_send(tmp_path: Path) -> None:
    """ "You will also confirm on the form that your volunteers have DBS checks": a box to
    tick in the declaration, not a document to send."""
    items = (
        "## Documents to upload\n\n"
        "- your safeguarding policy. You will also confirm on the form that staff who need "
        "an enhanced DBS check have one.\n"
        "- your latest accounts\n"
    )
    f = measure(tmp_path, "a.md", items)
    assert sent(f) == (["safeguarding", "accounts"], [])

    prose = (
        "DOCUMENTS\n\nPlease send a copy of your constitution with the form. You must confirm "
        "in the declaration that you hold public liability insurance and that your leaders "
        "have DBS checks.\n"
    )
    f = measure(tmp_path, "b.txt", prose)
    assert sent(f) == (["governing_document"], [])


# -- "Only if ...: X" in a bulleted list ----------------------------------------------------------


def test_a_line_run_in_with_a_condition_continues_a_bulleted_list(tmp_path: Path) -> None:
    """ "Only if you hire a hall: the hirer's agreement" under bulleted items: a line run in
    with a condition is the list's item for some applicants, not prose ending the list."""
    lines = [
        "Part 5: Documents",
        "All applicants must send:",
        "- your constitution or rules",
        "- your latest accounts",
        "Only if your group runs activities for under-18s: a safeguarding policy.",
        "If applicable: two quotes for any item over £750.",
        "Where your project is on land you rent: a letter from the landowner.",
        "Thank you for applying to the fund.",
    ]
    f = Measurer().measure(write_pdf(tmp_path / "a.pdf", [lines]), "a.pdf")[1]
    assert sent(f) == (["governing_document", "accounts"], ["safeguarding", "quotes", "other"])

    text = "\n".join(lines[:4] + ["", lines[5], lines[4], "", lines[7]]) + "\n"
    f = measure(tmp_path, "b.txt", text)
    assert sent(f) == (["governing_document", "accounts"], ["quotes", "safeguarding"])


# -- a policy's name with an aside in brackets --------------------------------------------------


def test_a_policy_named_with_an_acronym_in_brackets_is_that_policy(tmp_path: Path) -> None:
    """ "Data protection (GDPR) policy", "equality, diversity and inclusion (EDI) policy": an
    acronym or short aside in brackets between a policy's name and "policy" names it still,
    and after an insurance certificate it is not the insurance's own policy."""
    items = (
        "## Checklist of documents\n\n"
        "- Data protection (GDPR) policy\n"
        "- Equality, diversity and inclusion (EDI) policy\n"
    )
    f = measure(tmp_path, "a.md", items)
    assert sent(f) == (["data_protection", "equality"], [])
    assert [p.value for p in f.policies] == ["data_protection", "equality"]

    sentence = (
        "WHAT TO SEND\n\nPlease attach your insurance certificate; and your health and safety "
        "(H&S) policy.\n"
    )
    f = measure(tmp_path, "b.txt", sentence)
    assert sent(f) == (["insurance_certificate", "health_and_safety"], [])


# -- conditions carried by headings ----------------------------------------------------------


def test_a_heading_naming_some_applicants_limits_what_its_section_asks(tmp_path: Path) -> None:
    """ "If you are a charitable incorporated organisation" as a heading, then "Send the
    minutes of ...": what the section asks is asked of those applicants only; "Everyone" as
    a sub-heading of a documents list names them all; a heading saying the documents under it
    are optional ("You may also send") or come after the award asks for none of them now."""
    guidance = [
        ("h", "Documents"),
        ("p", "Every applicant must send a copy of their constitution and their accounts."),
        ("h", "If you are a charitable incorporated organisation"),
        ("p", "Send a copy of your latest annual return."),
        ("h", "If your project involves work with young people"),
        ("p", "Send your safeguarding policy and tell us who your safeguarding lead is."),
        ("h", "You may also send"),
        ("p", "Please send letters of support from people who use your services."),
        ("h", "After a grant is offered"),
        ("p", "Please send a bank details form and a signed copy of the grant agreement."),
    ]
    f = word(tmp_path, "a.docx", guidance)
    assert sent(f) == (["governing_document", "accounts"], ["other", "safeguarding"])

    markdown = (
        "## Part 3: Documents\n\n"
        "Read the headings below and send every document that applies to you.\n\n"
        "### Everyone\n\n"
        "- your club's rules;\n"
        "- your latest accounts. If your income is over £100,000 they must be audited.\n\n"
        "### If your club owns a minibus\n\n"
        "- the vehicle's insurance certificate.\n\n"
        "### If you are buying kit costing more than £500\n\n"
        "- two quotes.\n\n"
        "### You may also send\n\n"
        "- photographs of your club's activities.\n\n"
        "## Part 4: Declaration\n\n"
        "I confirm that the information above is correct.\n"
    )
    f = measure(tmp_path, "b.md", markdown)
    assert sent(f) == (["governing_document", "accounts"], ["insurance_certificate", "quotes"])


# -- a checklist's 'Required?' column ----------------------------------------------------------


def test_a_row_whose_required_cell_says_no_asks_for_nothing(tmp_path: Path) -> None:
    """ "Business plan | No", "Annual report | Not required | We read it online": a documents
    table's 'Required?' cell saying no asks for nothing the row names (document, policy or
    accounts); "If applicable" asks in some cases, "Yes" of everyone."""
    rows = [
        ["Document", "Required?", "Notes"],
        ["Your constitution", "Yes", "Signed by the chair."],
        ["Latest annual accounts", "Yes", ""],
        ["Safeguarding policy", "If applicable", "Only for work with children."],
        ["Five-year business plan", "No", ""],
        ["Environmental policy", "Not required", "We may ask to see it at a visit."],
    ]
    path = tmp_path / "a.docx"
    write_docx(path, ["Section D: documents to send with this form"], rows)
    f = Measurer().measure(path, "a.docx")[1]
    assert sent(f) == (["governing_document", "accounts"], ["safeguarding"])
    assert [p.value for p in f.policies] == ["safeguarding"]

    table = (
        "## Documents checklist\n\n"
        "| Item | Required? | Who |\n| --- | --- | --- |\n"
        "| Bank statement | Yes | Everyone |\n"
        "| Quotes | If buying equipment | Groups buying kit |\n"
        "| Accounts | No | - |\n"
        "| Risk assessment | N/A | - |\n"
    )
    f = measure(tmp_path, "b.md", table)
    assert sent(f) == (["bank_statement"], ["quotes"])
    assert f.accounts is None or str(f.accounts.value) == "bank_statements"


# -- documents offered, or asked after the decision ------------------------------------------


def test_documents_offered_or_asked_after_the_decision_are_not_attachments(
    tmp_path: Path,
) -> None:
    """ "You may also send photographs or letters of support": the applicant's choice, not a
    document asked for; "If we offer you a grant, we will ask for a bank details form and a
    signed agreement": after the decision, not with the application."""
    notes = (
        "DOCUMENTS\n\n"
        "Please send a copy of your constitution and your latest accounts.\n\n"
        "You may also send photographs of your work or letters of support from people who use "
        "your group.\n\n"
        "If we offer you a grant, please send a completed bank details form and a signed copy "
        "of the grant agreement.\n\n"
        "If you wish, you can include a copy of your annual report.\n"
    )
    f = measure(tmp_path, "a.txt", notes)
    assert sent(f) == (["governing_document", "accounts"], [])

    html = (
        "<html><body><h2>Supporting documents</h2>"
        "<p>Upload a project budget and your most recent bank statement.</p>"
        "<p>Groups can also upload a short film or letters of support if they like.</p>"
        "<p>Once your grant is approved, you will need to send us copies of your insurance "
        "certificate before we release the money.</p></body></html>"
    )
    f = measure(tmp_path, "b.html", html)
    assert sent(f) == (["budget", "bank_statement"], [])


def test_a_documents_table_printed_as_lines_and_a_numbered_after_award_section(
    tmp_path: Path,
) -> None:
    """A 'Document / Required? / Notes' table a PDF gives line by line: a row's "No" or "Not
    required" line withdraws the document on the line before, "If applicable" makes it
    conditional; under a numbered title "6. If we offer you a grant", what a lead-in asks
    ("Before we pay, we will ask you to send:") comes after the decision, until the next
    numbered title."""
    lines = [
        "5. Documents to send",
        "Document",
        "Required?",
        "Notes",
        "Governing document",
        "Yes",
        "A signed copy.",
        "Latest accounts",
        "Yes",
        "Signed by the treasurer.",
        "Business plan",
        "No",
        "We do not need one.",
        "Safeguarding policy",
        "If applicable",
        "For work with children.",
        "Annual report",
        "Not required",
        "We read it online.",
        "6. If we offer you a grant",
        "We will write to you. Before we pay, we will ask you to send:",
        "- our bank details form;",
        "- the signed grant agreement.",
        "7. Insurance",
        "You must hold public liability insurance of at least £5 million.",
    ]
    f = Measurer().measure(write_pdf(tmp_path / "a.pdf", [lines]), "a.pdf")[1]
    assert sent(f) == (["governing_document", "accounts"], ["safeguarding"])
    assert f.insurance is not None and f.insurance.value == 5_000_000


def test_an_upload_in_a_documents_tables_row_keeps_what_its_row_names(tmp_path: Path) -> None:
    """A "Document | Required? | Attach" table with a file box in each row, the boxes named by
    the section's legend: the row's cells name the document (read with the row), and the
    first box does not take the text above it as its help and lose the first row's document."""
    page = (
        "<html><body><form><fieldset><legend>Part 4 - Documents</legend>"
        "<p>Attach each document that applies to your group.</p>"
        "<table><thead><tr><th>Document</th><th>Required?</th><th>Attach</th></tr></thead>"
        "<tbody>"
        "<tr><td>Your group's constitution</td><td>Yes</td><td><input type='file' name='a'>"
        "</td></tr>"
        "<tr><td>Latest accounts</td><td>Yes</td><td><input type='file' name='b'></td></tr>"
        "<tr><td>Insurance certificate</td><td>No</td><td>-</td></tr>"
        "</tbody></table></fieldset></form></body></html>"
    )
    f = measure(tmp_path, "a.html", page)
    assert sent(f) == (["governing_document", "accounts"], [])


# -- a line of tick boxes ----------------------------------------------------------------------


def test_a_line_of_tick_boxes_under_a_checklist_label_lists_its_documents(
    tmp_path: Path,
) -> None:
    """ "Checklist: ☐ Constitution  ☐ Accounts (...)" (trial S9 M12): each box on the line
    stands before a document the words before the first box ask for; a question's boxes
    ("What type of group are you? ☐ Charity ☐ CIO") are a tick-box field, not documents."""
    path = tmp_path / "a.docx"
    write_docx(
        path,
        [
            "What type of group are you? (tick one) ☐ Charity   ☐ CIO   ☐ Club",
            "Checklist: ☐ Constitution   ☐ Accounts (or a statement of income and expenditure "
            "if you are a new group)",
        ],
    )
    f = Measurer().measure(path, "a.docx")[1]
    assert sent(f) == (["governing_document", "accounts"], [])

    text = "Please enclose:  □ your rules  □ a recent bank statement  □ a project budget\n"
    f = measure(tmp_path, "b.txt", text)
    assert sent(f) == (["governing_document", "bank_statement", "budget"], [])
