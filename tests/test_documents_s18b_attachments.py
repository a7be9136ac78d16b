"""Attachments (acc18b, session 18): each general cause of a document counted too many times, or
of a kind the document does not ask for, found on small documents of the test's own in several
wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from form_documents import write_form_docx
from test_documents_s16a_attachments import kinds, written

FORMATS = [".docx", ".html", ".md"]


def tabled(
    tmp_path: Path, suffix: str, title: str, table: list[list[str]], after: list[str]
) -> Path:
    """A documents table under its title, then the lines after it, as Word, HTML or Markdown."""
    path = tmp_path / f"doc{suffix}"
    if suffix == ".docx":
        return write_form_docx(path, [title, table, *after])
    if suffix == ".html":
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table)
        lines = "".join(
            f"<ul><li>{t[2:]}</li></ul>" if t.startswith("- ") else f"<p>{t}</p>" for t in after
        )
        page = f"<h2>{title}</h2><table>{rows}</table>{lines}"
        path.write_text(f"<html><body><main>{page}</main></body></html>", encoding="utf-8")
        return path
    grid = ["| " + " | ".join(table[0]) + " |", "|" + " --- |" * len(table[0])]
    grid += ["| " + " | ".join(r) + " |" for r in table[1:]]
    path.write_text("\n".join([f"## {title}", "", *grid, "", "\n\n".join(after), ""]), "utf-8")
    return path


# -- a documents table's rows are its items: a title after the table opens the next part -------

DOCUMENTS = [
    ["Document", "Who must send it"],
    ["Your constitution or set of rules", "Every group"],
    ["Your latest annual accounts", "Every group"],
    ["Your safeguarding policy", "Groups working with children"],
]
AFTER_TABLE = [
    [
        "Insurance",
        "Your group must hold public liability insurance of at least £5 million. We do "
        "not need to see the certificate.",
    ],
    ["Budget", "Fill in the budget sheet on the last page of this form and copy the total here."],
    ["References", "We may contact the people you name in Part 2 before we decide."],
    ["Timetable", "We will tell you our decision within eight weeks of the closing date."],
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("after", range(len(AFTER_TABLE)))
def test_a_title_after_a_documents_table(tmp_path: Path, suffix: str, after: int) -> None:
    path = tabled(tmp_path, suffix, "Documents to send", DOCUMENTS, AFTER_TABLE[after])
    assert kinds(path) == (["accounts", "governing_document"], ["policy"])


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_list_going_on_after_a_documents_table(tmp_path: Path, suffix: str) -> None:
    # a lead-in after the table opens a list of its own; a sentence asking for a copy asks
    path = tabled(
        tmp_path,
        suffix,
        "Documents to send",
        DOCUMENTS,
        ["Also send:", "- A copy of your lease, if you rent your building."],
    )
    assert kinds(path) == (["accounts", "governing_document"], ["other", "policy"])
    path = tabled(
        tmp_path,
        suffix,
        "Documents to send",
        DOCUMENTS,
        ["Please also send a copy of your public liability insurance certificate."],
    )
    assert kinds(path) == (["accounts", "governing_document", "insurance_certificate"], ["policy"])


# -- accounts excused only for groups too new to have them are still every applicant's ---------

NEW_EXCEPTED = [
    "Every applicant, except groups less than 18 months old",
    "Everyone except very new groups",
    "All groups, apart from those under a year old",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("who", NEW_EXCEPTED)
def test_accounts_excepting_new_groups(tmp_path: Path, suffix: str, who: str) -> None:
    table = [
        ["Document", "Who must send it"],
        ["Your constitution", "Every applicant"],
        ["Your latest annual accounts", who],
        ["Your last three bank statements", "Only groups too new to have accounts, instead"],
    ]
    path = tabled(tmp_path, suffix, "What to upload", table, [])
    assert kinds(path) == (["accounts", "governing_document"], ["bank_statement"])


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize(
    "row",
    [
        # an exception of other applicants limits the document
        ["Your latest accounts", "Every applicant, except groups with an income under £10,000"],
        ["Your constitution", "Every applicant, except new groups"],  # (not the accounts)
    ],
)
def test_other_exceptions_limit_the_document(tmp_path: Path, suffix: str, row: list[str]) -> None:
    table = [["Document", "Who must send it"], ["Your safeguarding policy", "Every applicant"], row]
    path = tabled(tmp_path, suffix, "What to upload", table, [])
    assert kinds(path)[0] == ["policy"]


# -- one document named with another's words: a part, a map shown with it, an alternative -----

ONE_DOCUMENT = [
    ("Your event plan (what will happen, timings, site map, stewarding)", "project_plan"),
    ("a simple event plan, with a site map showing where everything will be", "project_plan"),
    ("Your delivery plan for the year, with a map of the sites", "project_plan"),
    (
        "A business plan for at least the first five years after the transfer, including a "
        "cash flow forecast.",
        "business_plan",
    ),
    ("A risk assessment (the hazards, who could be harmed and a site plan)", "other"),
    (
        "Evidence that you own or lease the land, or the landowner's written permission for "
        "the project",
        "other",
    ),
    ("A copy of your lease for the hall, or a letter from the landlord", "other"),
]
TWO_DOCUMENTS = [
    ("A site plan and an event plan", (["governing_document", "other", "project_plan"], [])),
    (
        "a budget, with quotes for any item over £500",
        (["budget", "governing_document"], ["quotes"]),
    ),
    (
        "Your accounts (or bank statements if your group is new)",
        (["accounts", "governing_document"], ["bank_statement"]),
    ),
    (
        "A copy of your lease, and the landlord's written consent to the works",
        (["governing_document", "other", "other"], []),
    ),
    ("A risk assessment, together with a site map", (["governing_document", "other", "other"], [])),
]
ALL_FORMATS = [".txt", ".md", ".html", ".docx", ".pdf"]


def listed(tmp_path: Path, suffix: str, item: str) -> Path:
    lines = ["Community events fund", "What to send with your form:", "- Your constitution."]
    return written(tmp_path, suffix, [*lines, f"- {item}"])


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("case", range(len(ONE_DOCUMENT)))
def test_one_document_named_with_another(tmp_path: Path, suffix: str, case: int) -> None:
    item, kind = ONE_DOCUMENT[case]
    expected = (sorted(["governing_document", kind]), [])
    assert kinds(listed(tmp_path, suffix, item)) == expected


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("case", range(len(TWO_DOCUMENTS)))
def test_two_documents_in_one_line(tmp_path: Path, suffix: str, case: int) -> None:
    item, expected = TWO_DOCUMENTS[case]
    assert kinds(listed(tmp_path, suffix, item)) == expected


# -- a reference followed by its code identifies a submission; it is no referee's letter --------

CODED = [
    "Email your completed form and the documents listed above to grants@example.gov.uk with the "
    "reference ABC/RFQ/2027/12 in the subject line.",
    "Please put reference 204518 on every page you send us.",
    "Send your form to the address below, marked with our tender reference WCC-G-2027-04.",
]
REFEREES = [
    "Please send two references from people who know your work.",
    "Please also send a reference from a partner organisation.",
]
WHAT_TO_SEND = ["Quick quote", "What to send:", "- Your constitution.", "- Your latest accounts."]


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("sentence", CODED)
def test_a_reference_code_is_no_reference(tmp_path: Path, suffix: str, sentence: str) -> None:
    path = written(tmp_path, suffix, [*WHAT_TO_SEND, "How to send", sentence])
    assert kinds(path) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("sentence", REFEREES)
def test_a_referees_reference_is_sent(tmp_path: Path, suffix: str, sentence: str) -> None:
    path = written(tmp_path, suffix, [*WHAT_TO_SEND, "References", sentence])
    assert kinds(path) == (["accounts", "governing_document", "references"], [])


# -- a lead-in over the funder's own documents, to read, opens no list of documents to send ----

TO_READ = [
    ["The tender documents are also available to read here:"],
    ["Documents to read before you apply:"],
    ["Guidance documents, available below:"],
]


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("lead", range(len(TO_READ)))
def test_documents_to_read_are_not_sent(tmp_path: Path, suffix: str, lead: int) -> None:
    lines = [
        "Invitation to tender: befriending services",
        *TO_READ[lead],
        "- Specification (PDF, 388KB)",
        "- Method statement questions (PDF, 126KB)",
        "What you need to upload:",
        "- your safeguarding policy;",
        "- your latest annual accounts.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "policy"], [])


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize(
    "lead", ["Documents to upload:", "Please read the guidance, then send us these documents:"]
)
def test_documents_to_send_after_reading(tmp_path: Path, suffix: str, lead: str) -> None:
    lines = ["Community chest", lead, "- A risk assessment", "- your latest annual accounts."]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "other"], [])


# -- the council's office-use box after a list is its own: nothing in it is sent ----------------

OFFICE_BOXES = [
    ["For office use only", "Reference", "Date received", "Officer"],
    ["OFFICE USE ONLY", "Budget code", "Insurance checked", "Signed off by"],
    ["For office use:", "Reference", "Risk assessment seen"],
]
CHECKLIST = ["Community chest", "Documents checklist", "Your constitution", "Your latest accounts"]


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("box", range(len(OFFICE_BOXES)))
def test_the_office_use_box_after_a_list(tmp_path: Path, suffix: str, box: int) -> None:
    path = written(tmp_path, suffix, [*CHECKLIST, *OFFICE_BOXES[box]])
    assert kinds(path) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize("suffix", ALL_FORMATS)
def test_a_list_after_the_office_use_box(tmp_path: Path, suffix: str) -> None:
    lines = ["Community chest", "For office use only", "Reference", "Documents checklist"]
    path = written(tmp_path, suffix, [*lines, "Your constitution", "A copy of your office lease"])
    assert kinds(path) == (["governing_document", "other"], [])


# -- what is run, and where, named in a bracket or after ", for": the document is for those -----

FOR_SOME = [
    "a fire risk assessment for each shelter venue (night shelters only).",
    "a food hygiene certificate (venues with a kitchen)",
    "a letter from the landowner, for sites you do not own",
    "a safeguarding policy (services for children only)",
]
FOR_ALL = [
    "a fire risk assessment for each venue you use.",
    "a risk assessment (PDF only).",
    "a risk assessment (one copy only)",
]


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("item", FOR_SOME)
def test_a_document_for_some_services(tmp_path: Path, suffix: str, item: str) -> None:
    path = listed(tmp_path, suffix, item)
    assert kinds(path)[0] == ["governing_document"]
    assert len(kinds(path)[1]) == 1


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize("item", FOR_ALL)
def test_a_document_for_every_service(tmp_path: Path, suffix: str, item: str) -> None:
    assert kinds(listed(tmp_path, suffix, item)) == (["governing_document", "other"], [])


# -- review18's findings on the rules above --------------------------------------------------


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_lead_in_after_a_documents_table_opens_a_list(tmp_path: Path, suffix: str) -> None:
    """F4: a lead-in right after the table opens a list of its own, its items plain lines."""
    after = ["Every group must also send:", "A recent bank statement", "A project budget"]
    path = tabled(tmp_path, suffix, "Documents to send", DOCUMENTS, after)
    assert kinds(path) == (
        ["accounts", "bank_statement", "budget", "governing_document"],
        ["policy"],
    )
    after = [
        "You will also need to send these if they apply to you:",
        "Planning permission, if the work needs it",
        "Two written quotes for any item costing over £1,000",
    ]
    path = tabled(tmp_path, suffix, "Documents to send", DOCUMENTS, after)
    assert kinds(path) == (["accounts", "governing_document"], ["other", "policy", "quotes"])


@pytest.mark.parametrize("suffix", FORMATS)
def test_new_groups_excepted_from_another_document(tmp_path: Path, suffix: str) -> None:
    """F5: the row's document decides, not a note naming the accounts."""
    table = [
        ["Document", "Who must send it", "Notes"],
        ["Your latest annual accounts", "Every applicant", "Signed by the treasurer"],
        [
            "Your annual report",
            "Every applicant, except groups less than a year old",
            "The report to your AGM that goes with your accounts",
        ],
        [
            "Your business plan",
            "All groups except new groups",
            "Your forecast of income and spending, with your accounts",
        ],
    ]
    path = tabled(tmp_path, suffix, "What to upload", table, [])
    assert kinds(path) == (["accounts"], ["business_plan", "other"])


@pytest.mark.parametrize("suffix", ALL_FORMATS)
def test_a_bracket_listing_documents(tmp_path: Path, suffix: str) -> None:
    """F6: a bracket listing policies, or adding a quote, names documents of their own."""
    item = "Your policies (safeguarding policy, equal opportunities policy, complaints procedure)"
    assert kinds(listed(tmp_path, suffix, item)) == (
        ["governing_document", "policy", "policy", "policy"],
        [],
    )
    item = "A project budget (showing each cost, with a written quote from the supplier)"
    found = kinds(listed(tmp_path, suffix, item))
    assert "quotes" in found[0] + found[1]


@pytest.mark.parametrize("suffix", ALL_FORMATS)
@pytest.mark.parametrize(
    "item",
    [
        "Your constitution (your premises licence and food hygiene certificate as well)",
        "Your health and safety policy (your risk assessment for the activity too)",
        "Your project budget (a written risk assessment is also needed)",
    ],
)
def test_a_bracket_adding_documents(tmp_path: Path, suffix: str, item: str) -> None:
    """F8: only a plan or an assessment holds parts; a bracket adding a document names one."""
    found = kinds(listed(tmp_path, suffix, item))
    assert "other" in found[0]
