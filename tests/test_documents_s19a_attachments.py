"""Attachments (acc19a, session 19): general causes of a document every applicant sends that the
reader lost, found on small documents of the test's own in several wordings and formats (never
the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from test_documents_s16a_attachments import kinds


def _document(tmp_path: Path, suffix: str, lines: list[str]) -> Path:
    """The lines as a document: one text PDF line, Word paragraph or text paragraph each."""
    path = tmp_path / f"notes{suffix}"
    if suffix == ".pdf":
        return write_pdf(path, [lines])
    if suffix == ".docx":
        return write_docx(path, lines)
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- a list's bullet or number printed on a line of its own (as text comes out of a PDF, or is
# -- pasted from one): the line after it is the list's item, though it names no known kind -----

LONE_MARKS = [
    (
        ".pdf",
        [
            "7. What you need to send",
            "Every provider must upload:",
            "1.",
            "your latest annual accounts;",
            "2.",
            "a sample menu for one week, showing the meals and snacks you will serve;",
            "3.",
            "your health and safety policy.",
        ],
    ),
    (
        ".txt",
        [
            "DOCUMENTS YOU MUST SEND",
            "Every applicant must send:",
            "•",
            "your governing document (constitution, rules or articles);",
            "•",
            "scale drawings of the new changing rooms, showing the layout;",
            "•",
            "your latest bank statement.",
        ],
    ),
    (
        ".md",
        [
            "## Supporting documents",
            "Please send all of these with your form:",
            "•",
            "photographs of the site as it is now",
            "•",
            "two written quotes for the equipment",
            "•",
            "a copy of your safeguarding policy",
        ],
    ),
    (
        ".docx",
        [
            "What to include with your application",
            "You must include the following:",
            "•",
            "a letter from the landowner agreeing to the work;",
            "•",
            "your most recent annual accounts.",
        ],
    ),
]
LONE_KINDS = [
    ["accounts", "other", "policy"],
    ["bank_statement", "governing_document", "other"],
    ["other", "policy", "quotes"],
    ["accounts", "other"],
]


@pytest.mark.parametrize("case", range(len(LONE_MARKS)))
def test_item_after_a_mark_on_a_line_of_its_own_names_a_document(tmp_path: Path, case: int) -> None:
    suffix, lines = LONE_MARKS[case]
    assert kinds(_document(tmp_path, suffix, lines)) == (LONE_KINDS[case], [])


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_instruction_after_a_lone_mark_is_not_a_document(tmp_path: Path, suffix: str) -> None:
    # near miss: in the list, a line after its bullet that tells the applicant something
    mark = "•" if suffix == ".txt" else "2."
    lines = [
        "What you need to send",
        "Every applicant must send:",
        "1." if suffix == ".pdf" else "•",
        "your latest annual accounts;",
        mark,
        "please make sure every page is signed and dated.",
    ]
    assert kinds(_document(tmp_path, suffix, lines)) == (["accounts"], [])


# -- words that look like a list's lead-in but point at no list of documents ------------------

NOT_LEAD_INS = [
    # the notes naming themselves: what they explain, not what to send
    (
        "These notes explain who can apply, what we can fund and what you need to send.",
        [
            "There are two levels of grant:",
            "•",
            "Community events: grants of £500 to £2,500.",
            "•",
            "Major festivals: grants of £2,501 to £10,000.",
        ],
    ),
    (
        "These guidance notes tell you what the fund is for and what you need to send us.",
        [
            "Your project should do at least one of the following:",
            "•",
            "bring together people who would not usually meet;",
            "•",
            "help people who have just moved here to settle.",
        ],
    ),
    # what a session or a price must include: the activity, not the application
    (
        "Each session must last at least four hours and must include:",
        [
            "•",
            "a hot or cold meal that meets the food standards;",
            "•",
            "at least one hour of physical activity;",
            "•",
            "some food education.",
        ],
    ),
]


def _dashed(lines: list[str]) -> list[str]:
    """The lines with each lone bullet joined to its item as a Markdown list's "- " item."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] == "•":
            out[-1] = f"- {line}"
        else:
            out.append(line)
    return out


@pytest.mark.parametrize("case", range(len(NOT_LEAD_INS)))
@pytest.mark.parametrize("suffix", [".txt", ".md", "dashed"])
def test_sentence_that_names_the_notes_or_the_activity_leads_no_list(
    tmp_path: Path, suffix: str, case: int
) -> None:
    first, rest = NOT_LEAD_INS[case]
    lines = ["1. About the fund", first, "2. How the fund works", *rest]
    if suffix == "dashed":  # (a Markdown list: its items were read as items before)
        suffix, lines = ".md", _dashed(lines)
    assert kinds(_document(tmp_path, suffix, lines)) == ([], [])


@pytest.mark.parametrize(
    "lead_in",
    [
        "Every application must include:",
        "Each bid must include:",
        "Your application should include the following:",
    ],
)
def test_what_an_application_must_include_still_leads_the_list(
    tmp_path: Path, lead_in: str
) -> None:
    # the cue the near misses no longer match still asks where the application includes
    lines = [lead_in, "- photographs of the building as it is now", "- your latest accounts"]
    assert kinds(_document(tmp_path, ".md", lines)) == (["accounts", "other"], [])


# -- a PDF's numbered list whose numbers come out run on to the item before ("...; 2.") and,
# -- for some items, on a line of their own: the count goes on, the list does not end --------

RUN_ON = [
    "What you need to send",
    "Every applicant must send:",
    "1.",
    "a copy of your constitution, set of rules or articles; 2.",
    "your latest annual accounts;",
    "3.",
    "your safeguarding policy, covering children and adults at risk; 4.",
    "a copy of your current public liability insurance certificate.",
]
RUN_ON_KINDS = ["accounts", "governing_document", "insurance_certificate", "policy"]


@pytest.mark.parametrize("suffix", [".pdf", ".txt", ".docx"])
def test_number_after_a_run_on_number_goes_on_with_the_list(tmp_path: Path, suffix: str) -> None:
    assert kinds(_document(tmp_path, suffix, RUN_ON)) == (RUN_ON_KINDS, [])


def test_run_on_numbers_and_or(tmp_path: Path) -> None:
    # another wording: "and 3." at the line's end, then "4." alone
    lines = [
        "Documents to send",
        "Please send us the following:",
        "1.",
        "your most recent bank statement; 2.",
        "two written quotes for the equipment; and 3.",
        "your constitution;",
        "4.",
        "your equal opportunities policy.",
    ]
    path = _document(tmp_path, ".pdf", lines)
    assert kinds(path) == (["bank_statement", "governing_document", "policy", "quotes"], [])


def test_number_out_of_turn_after_a_run_on_still_ends_the_list(tmp_path: Path) -> None:
    # near miss: "7." after item 2 is a section's number, not the list's next item
    lines = [
        "Every applicant must send:",
        "1.",
        "your latest annual accounts; 2.",
        "your safeguarding policy.",
        "7.",
        "photographs of previous events are always welcome in the gallery on our website.",
    ]
    assert kinds(_document(tmp_path, ".pdf", lines)) == (["accounts", "policy"], [])


# -- a breakdown of the costs named by what they are of: a budget -------------------------------

BREAKDOWNS = [
    (".pdf", "a full breakdown of the project costs, showing VAT separately;"),
    (".md", "- A breakdown of the project's costs"),
    (".txt", "[ ] A breakdown of all costs, with the grant's share of each"),
    (".docx", "A breakdown of your project costs, item by item."),
]


@pytest.mark.parametrize("case", range(len(BREAKDOWNS)))
def test_breakdown_of_the_project_costs_is_a_budget(tmp_path: Path, case: int) -> None:
    suffix, item = BREAKDOWNS[case]
    lines = ["Documents to send", "Every applicant must send:", item, "- your latest accounts"]
    if suffix != ".md":
        lines[3] = "your latest accounts."
    assert kinds(_document(tmp_path, suffix, lines)) == (["accounts", "budget"], [])


@pytest.mark.parametrize(
    "prompt",
    [
        "5.1 Please give a breakdown of the project costs (up to 150 words)",
        "In the table below, give a breakdown of the project costs.",
    ],
)
def test_breakdown_asked_on_the_form_is_no_document(tmp_path: Path, prompt: str) -> None:
    # near misses: a question to answer, and a table of the form to fill in
    lines = ["Section 5: Costs", prompt, "Answer:", "Documents to send", "- Your latest accounts"]
    assert kinds(_document(tmp_path, ".md", lines)) == (["accounts"], [])


# -- review19 F6: a note in the list after its lone mark is no document, as with its mark inline

NOTES_IN_LISTS = [
    ["1.", "Your latest annual accounts", "2.", "Photocopies are fine; we do not need originals"],
    ["•", "Your latest annual accounts", "•", "Make sure every copy is clear and easy to read"],
    ["• Your latest annual accounts", "• Copies are fine, as long as they are clear"],
]


@pytest.mark.parametrize("case", range(len(NOTES_IN_LISTS)))
@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_note_in_a_documents_list_is_no_document(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["What to send", "Please send the following with your form:", *NOTES_IN_LISTS[case]]
    if suffix == ".pdf":
        lines = [t.replace("•", "-") for t in lines]
    assert kinds(_document(tmp_path, suffix, lines)) == (["accounts"], [])


def test_item_saying_what_a_photograph_shows_is_still_a_document(tmp_path: Path) -> None:
    # near miss: "is" later in the item says what the document shows
    lines = ["Every applicant must send:", "•", "photographs of the site as it is now", "•"]
    lines += ["your latest accounts."]
    assert kinds(_document(tmp_path, ".txt", lines)) == (["accounts", "other"], [])


# -- review19 F7: what an application, a pack, a proposal or its sender must include leads the
# -- list, in other words than "application" --------------------------------------------------


@pytest.mark.parametrize(
    "lead_in",
    [
        "Your application pack must include:",
        "Your proposal must include:",
        "Each application form must include:",
        "Your submission should include:",
        "The application must also include:",
        "You must include the following with your form:",
    ],
)
def test_what_a_proposal_or_pack_must_include_leads_the_list(tmp_path: Path, lead_in: str) -> None:
    lines = ["## How to apply", lead_in, "- your latest accounts", "- a recent bank statement"]
    lines += ["- photographs of the site as it is now"]
    path = _document(tmp_path, ".md", lines)
    assert kinds(path) == (["accounts", "bank_statement", "other"], [])


# -- a place, then "where" naming it: which place, not who sends the document ------------------

PLACES = [
    (
        ".pdf",
        "a letter of support from the parish or town council for the parish where the project is;",
    ),
    (".md", "- Written permission from the owner of the land where the work will take place"),
    (".txt", "[ ] A photograph of the site where the new bench will go"),
    (".docx", "A letter of support from the school where the sessions will be held."),
]
PLACE_KINDS = [
    ["accounts", "letters_of_support"],
    ["accounts", "other"],
    ["accounts", "other"],
    ["accounts", "letters_of_support"],
]


@pytest.mark.parametrize("case", range(len(PLACES)))
def test_place_where_names_the_place_not_who_sends(tmp_path: Path, case: int) -> None:
    suffix, item = PLACES[case]
    lines = ["Documents to send", "Every applicant must send:", item, "- your latest accounts"]
    if suffix != ".md":
        lines[3] = "your latest accounts."
    assert kinds(_document(tmp_path, suffix, lines)) == (PLACE_KINDS[case], [])


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # near misses: "where" after a comma, or after what is not a place, is a condition
        (
            "- Your public liability insurance certificate, where the event is open to the public",
            "insurance_certificate",
        ),
        ("- A risk assessment where the activity involves children", "other"),
    ],
)
def test_where_after_a_comma_or_an_activity_is_a_condition(
    tmp_path: Path, item: str, kind: str
) -> None:
    lines = ["Documents to send", "Every applicant must send:", item, "- your latest accounts"]
    assert kinds(_document(tmp_path, ".md", lines)) == (["accounts"], [kind])


# -- review19 F9: a breakdown of any costs or spending is a budget, whatever they are of -------


@pytest.mark.parametrize(
    "item",
    [
        "- A breakdown of the building costs",
        "- A breakdown of your festival costs, with VAT shown",
        "- A breakdown of your project's total costs",
        "- A breakdown of your expenditure over the year",
    ],
)
def test_breakdown_of_any_costs_is_a_budget(tmp_path: Path, item: str) -> None:
    lines = ["Documents to send", "Every applicant must send:", item, "- your latest accounts"]
    assert kinds(_document(tmp_path, ".md", lines)) == (["accounts", "budget"], [])


def test_breakdown_of_people_is_no_budget(tmp_path: Path) -> None:
    # near miss: a breakdown of something other than costs
    lines = ["Documents to send", "Every applicant must send:"]
    lines += ["- A breakdown of the people who will take part, by age", "- your latest accounts"]
    assert kinds(_document(tmp_path, ".md", lines)) == (["accounts", "other"], [])


# -- review19 F6b, F7b: a relative clause still names a document; who must include is asked ----


@pytest.mark.parametrize(
    "item",
    [
        "- Plans that are drawn to scale",
        "- Photographs that are less than a year old, showing the site",
        "- Maps which are clear enough to show the site boundary",
    ],
)
def test_item_with_a_relative_clause_is_a_document(tmp_path: Path, item: str) -> None:
    lines = ["Documents to send", "Every applicant must send:", item, "- your latest accounts"]
    assert kinds(_document(tmp_path, ".md", lines)) == (["accounts", "other"], [])


@pytest.mark.parametrize("lead_in", ["Applicants must include:", "Every group must include:"])
def test_what_applicants_must_include_leads_the_list(tmp_path: Path, lead_in: str) -> None:
    lines = ["## How to apply", lead_in, "- your latest accounts", "- a recent bank statement"]
    lines += ["- photographs of the site as it is now"]
    path = _document(tmp_path, ".md", lines)
    assert kinds(path) == (["accounts", "bank_statement", "other"], [])
