"""What documents ask applicants to send (session 10): each general cause of a miss shown on
small documents of the test's own, worded and laid out as different funders would (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from documents import write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.stacked import stacked
from grantcheck.documents.total import distinct


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name) every applicant sends, and those sent in some cases."""
    required, conditional = distinct(f.attachments)
    return sorted(a.policy or a.kind for a in required), sorted(
        a.policy or a.kind for a in conditional
    )


def word(tmp_path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """The village halls form in Word (tests/documents.write_docx under its title)."""
    heading = "Village Halls Fund: application"
    return write_docx(tmp_path / "form.docx", paragraphs, table, heading=heading)


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


# -- a list written inside one paragraph or one cell, each item on a line of its own ------------


def test_stacked_lines_are_a_heading_and_its_items() -> None:
    """Each line that starts with a mark (bullet, tick box, number, letter) starts an item; a
    line with no mark carries on the item above; the lines before the first mark lead in."""
    assert stacked(
        "With your form, enclose:\n–\tnot a mark\n•\tthe rules of your club, signed\n"
        "by two officers;\n•\tyour bank statement"
    ) == (
        "With your form, enclose: –\tnot a mark",
        ["the rules of your club, signed by two officers;", "your bank statement"],
    )
    assert stacked("Tick what you enclose\n☐Constitution\n☐ Accounts") == (
        "Tick what you enclose",
        ["Constitution", "Accounts"],
    )
    assert stacked("Send:\n1. a map\n2) the lease\n(c) a quote") == (
        "Send:",
        ["a map", "the lease", "a quote"],
    )
    assert stacked("Send us one thing:\n- a map") is None  # one item is no list
    assert stacked("A paragraph\nwrapped by hand\nover three lines.") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # a guidance note typed with manual line breaks and typed bullets
        "Every club must upload these with the online form:\n•\tits constitution or rules,\n"
        "signed by the chair;\n•\tits latest annual accounts. These need not be audited. A\n"
        "summary signed by the treasurer is fine;\n•\ta bank statement from the last\n"
        "three months.",
        # the same list numbered, the lead-in over two lines
        "You need to send us three things.\nPlease attach:\n1. the constitution of your group\n"
        "2. your most recent accounts. If you are a charity, send the accounts you gave\n"
        "the Charity Commission. Others can send a simple statement.\n3. one bank statement, "
        "no more than\nthree months old\n4. your insurance schedule, if you hire out the hall"
        "\n5. a site plan of the hall",
    ],
)
def test_a_paragraph_of_lines_each_after_a_mark_is_a_list_of_documents(
    tmp_path: Path, paragraph: str
) -> None:
    """A Word paragraph whose manual line breaks set out a list: the lead-in asks for what
    follows, each marked line is one document (its wrapped words with it)."""
    f = measured(word(tmp_path, ["Section 5: Documents", paragraph]))
    required, conditional = sent(f)
    other = ["other"] if "site plan" in paragraph else []  # (a document of no known kind)
    assert required == ["accounts", "bank_statement", "governing_document", *other]
    assert conditional == (["insurance_certificate"] if "insurance" in paragraph else [])


def test_a_list_for_some_applicants_in_one_paragraph_is_conditional(tmp_path: Path) -> None:
    """ "Some groups must also send:" then marked lines: what they name is for some groups; a
    condition on one line is that item's."""
    f = measured(
        word(
            tmp_path,
            [
                "Please send with your application:\n- your governing document\n"
                "- your latest accounts",
                "Some groups must also send:\n- a child protection policy, if you run "
                "sessions\nfor under-18s;\n- two quotes, if you are buying equipment.",
            ],
        )
    )
    assert sent(f) == (["accounts", "governing_document"], ["quotes", "safeguarding"])


def test_a_table_cell_of_tick_box_lines_is_a_checklist(tmp_path: Path) -> None:
    """An easy-read form's one-cell checklist: "Please post these to us" then a tick box
    before each document on its own line; a line opening with a condition is for some."""
    cell = (
        "Please post these to us with the form.\nPut a cross in a box once it is in the envelope.\n"
        "☐ The rules of your group. Some groups call these a constitution.\n"
        "☐ A bank statement from the last 2 months.\n"
        "☐ If you will work with children: your safeguarding policy."
    )
    f = measured(word(tmp_path, ["Part 3. What to send"], [["Step 3", cell]]))
    assert sent(f) == (["bank_statement", "governing_document"], ["safeguarding"])


def test_lines_that_ask_nothing_or_help_with_an_answer_are_no_list(tmp_path: Path) -> None:
    """A question's tick boxes on lines of their own ask for nothing to send; a cell beside an
    empty answer box listing what to cover says what to write there, not what to send."""
    f = measured(
        word(
            tmp_path,
            ["Which of these does your group have?\n☐ A constitution\n☐ Audited accounts"],
            [
                ["2.1 Tell us why the hall needs repairs (up to 300 words)", ""],
                ["Please include:\n- which council policy the repairs serve\n- any survey", ""],
            ],
        )
    )
    assert sent(f) == ([], [])


# -- a tick table under a question holds its choices -------------------------------------------


def test_a_tick_table_under_a_question_is_its_choices_not_documents(tmp_path: Path) -> None:
    """ "3.2 Which of these will your project do? Tick all that apply." over a table whose
    first column is to tick: the rows are the question's answers to choose from, not
    documents enclosed; the documents table further on, under no question, is the checklist."""
    document = docx.Document()
    document.add_paragraph("Section 3: Your project")
    document.add_paragraph("3.2 Which of these will your project do? Tick all that apply.")
    aims = document.add_table(rows=4, cols=3)
    for r, (a, b) in enumerate(
        [
            ("Aim", "How we might see it"),
            ("Fewer people feel alone", "New friendships made"),
            ("More people walk or cycle", "Journeys logged"),
            ("Better sleep", "Sleep diaries"),
        ]
    ):
        aims.cell(r, 0).text = "Tick" if r == 0 else ""
        aims.cell(r, 1).text = a
        aims.cell(r, 2).text = b
    document.add_paragraph("Section 6: Documents")
    document.add_paragraph("Please send these with your application.")
    docs = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [("Document", "Enclosed"), ("Your constitution", ""), ("Latest annual accounts", "")]
    ):
        docs.cell(r, 0).text = a
        docs.cell(r, 1).text = b
    path = tmp_path / "form.docx"
    document.save(str(path))
    assert sent(measured(path)) == (["accounts", "governing_document"], [])


def test_choices_to_tick_in_a_web_form_table_are_no_documents(tmp_path: Path) -> None:
    """The same in a page saved from a browser: "Which age groups will take part?" over a
    table whose header is a tick column and the choices."""
    path = tmp_path / "apply.html"
    path.write_text(
        "<html><body><h1>Apply for a wellbeing grant</h1>"
        "<p>5. Which age groups will take part? Choose any that apply.</p>"
        "<table><tr><th>✓</th><th>Age group</th></tr>"
        "<tr><td><input type='checkbox' name='a1'></td><td>Children under 11</td></tr>"
        "<tr><td><input type='checkbox' name='a2'></td><td>Young people 11 to 18</td></tr>"
        "<tr><td><input type='checkbox' name='a3'></td><td>Adults over 65</td></tr></table>"
        "<h2>What to send</h2><p>Please upload your governing document and your latest "
        "accounts.</p></body></html>",
        encoding="utf-8",
    )
    assert sent(measured(path)) == (["accounts", "governing_document"], [])


def test_a_tick_table_under_a_question_asking_for_documents_is_still_a_checklist(
    tmp_path: Path,
) -> None:
    """(The rule's edge.) "Have you enclosed all of these?" asks about documents sent: the
    tick table under it is the checklist."""
    document = docx.Document()
    document.add_paragraph("Have you enclosed all of these?")
    docs = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [("Tick", "Document"), ("", "A copy of your rules"), ("", "A recent bank statement")]
    ):
        docs.cell(r, 0).text = a
        docs.cell(r, 1).text = b
    path = tmp_path / "form.docx"
    document.save(str(path))
    assert sent(measured(path)) == (["bank_statement", "governing_document"], [])


# -- a document asked "for any" of something only some applicants have ---------------------------


@pytest.mark.parametrize(
    "item",
    [
        "a risk assessment for any session held outdoors",
        "job descriptions for any posts the grant will pay for",
        "a copy of the lease for any building you rent for the sessions",
    ],
)
def test_a_document_for_any_of_something_some_have_is_for_some(tmp_path: Path, item: str) -> None:
    """ "... for any posts the grant will pay for": a document asked for whatever an applicant
    may or may not have is sent only by those who have one; the others in the list are for
    everyone."""
    path = tmp_path / "guide.md"
    path.write_text(
        "# Community Wellbeing Fund\n\n## Documents to upload\n\n"
        f"- your constitution\n- your latest annual accounts\n- {item}\n",
        encoding="utf-8",
    )
    assert sent(measured(path))[0] == ["accounts", "governing_document"]
    assert len(distinct(measured(path).attachments)[1]) == 1


def test_a_policy_for_any_work_with_children_is_for_some(tmp_path: Path) -> None:
    """In a Word form's list: "Your safeguarding policy, for any work with under-18s"."""
    path = word(
        tmp_path,
        [
            "Please send these with your form:",
            "1. your governing document",
            "2. your safeguarding policy, for any work with under-18s",
        ],
    )
    assert sent(measured(path)) == (["governing_document"], ["safeguarding"])


# -- a list of alternatives: "one of the following" ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "proof.md",
            "# Small Sparks Fund\n\n## What to send\n\nSend us one of the following to show "
            "how your money stands:\n\n- your latest annual accounts\n- a bank statement from "
            "the last three months\n- a budget for the year ahead, signed by your treasurer\n",
        ),
        (
            "proof.html",
            "<html><body><h1>Small Sparks Fund</h1><h2>Documents</h2><p>Please upload any one "
            "of these as evidence of your finances:</p><ol><li>your last year's accounts</li>"
            "<li>your two most recent bank statements</li><li>a cash flow forecast for this "
            "year</li></ol></body></html>",
        ),
    ],
)
def test_a_list_led_in_by_one_of_the_following_is_one_document(
    tmp_path: Path, name: str, text: str
) -> None:
    """ "Send us one of the following": the items are alternatives, one document sent, however
    many the list names."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    f = measured(path)
    assert sent(f) == (["accounts"], [])
