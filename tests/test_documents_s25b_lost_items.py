"""Attachments (acc25b, session 25): documents a list asks for that the reading lost. An item
whose name runs on in a clause with its "that" left out ("a copy of the sign-in sheet you will
use"); a documents table's row opened by its condition's label ("If you rent the hall: a letter
from the landlord"), its tick box empty; a condition naming the help the applicant's own project
gives ("If your project provides support to carers: ..."); a list of people "showing that each
holds" a check; a certificate saying after it what someone completed; one photograph as well as
several; a bracket left open at a page's foot and closed on the next page; a documents table's
cell whose document runs on in notes of several sentences. Near misses keep what they read
before. Small documents of the test's own in several formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".html", ".docx", ".pdf"]
HEAD = ["Village Hall Improvement Grant", "What to send", "Please send these with your form:"]
EVERYONE = ["accounts", "governing_document"]


def _listed(item: str) -> list[str]:
    return [*HEAD, "- a copy of your constitution;", f"- {item}", "- your latest accounts."]


def _table(tmp_path: Path, suffix: str, rows: list[list[str]]) -> Path:
    """A documents table after a heading: a Word table, or an HTML one."""
    if suffix == ".docx":
        return write_docx(tmp_path / "t.docx", HEAD[:2], table=rows)
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    path = tmp_path / "t.html"
    path.write_text(
        f"<html><body><main><h1>{HEAD[0]}</h1><h2>{HEAD[1]}</h2><table>{cells}</table>"
        "</main></body></html>",
        encoding="utf-8",
    )
    return path


# -- a clause after the document's noun, its "that" left out: the clause's verb is no instruction

UNSAID = [
    "a copy of the sign-in sheet you will use at each session;",
    "a list of the instruments the grant will buy (a rough list is enough);",
    "a copy of the hire agreement the hall committee will sign;",
]
# an item that is a statement or an offer of help stays none (its head is no document's noun)
NOT_ITEMS = [
    "a volunteer from the library can help you with any of these;",
    "a member of the panel may visit your group before we decide;",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(UNSAID)))
def test_a_clause_without_its_that_is_the_items(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, _listed(UNSAID[case]))
    assert kinds(path) == ([*EVERYONE, "other"], [])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(NOT_ITEMS)))
def test_a_statement_in_the_list_is_no_item(tmp_path: Path, suffix: str, case: int) -> None:
    assert kinds(written(tmp_path, suffix, _listed(NOT_ITEMS[case]))) == (EVERYONE, [])


# -- a table row opened by its condition's label, its tick box empty: an item for some ----------


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_row_led_by_its_condition_is_an_item(tmp_path: Path, suffix: str) -> None:
    rows = [
        ["Document", "Enclosed"],
        ["A copy of your constitution", ""],
        ["If you rent your premises: a letter from the landlord agreeing to the work", ""],
        [
            "If your project provides support to carers: a short note of the supervision your"
            " volunteers receive",
            "",
        ],
        ["Your latest accounts", ""],
    ]
    assert kinds(_table(tmp_path, suffix, rows)) == (EVERYONE, ["other", "other"])


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_row_saying_only_who_still_leads_the_rows_below(tmp_path: Path, suffix: str) -> None:
    rows = [
        ["Document", "Enclosed"],
        ["A copy of your constitution", ""],
        ["Your latest accounts", ""],
        ["If you employ staff:", ""],
        ["Your employer's liability insurance certificate", ""],
    ]
    assert kinds(_table(tmp_path, suffix, rows)) == (EVERYONE, ["insurance_certificate"])


# help the applicant's project gives, named in a condition, is no help offered; help offered by
# someone else still asks for nothing
@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_help_a_condition_names_is_the_applicants_work(tmp_path: Path, suffix: str) -> None:
    item = "if your project offers advice to tenants: a copy of your complaints procedure;"
    assert kinds(written(tmp_path, suffix, _listed(item))) == (EVERYONE, ["policy"])


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_help_offered_asks_for_nothing(tmp_path: Path, suffix: str) -> None:
    lines = [
        *HEAD[:2],
        "Please send a copy of your constitution and your latest accounts.",
        "If you need it, the volunteer centre offers help with writing a business plan.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (EVERYONE, [])


# -- what a document sent shows is sent with it ----------------------------------------------

SHOWN = [
    "a list of your coaches, showing that each holds a current enhanced DBS check;",
    "a certificate showing that your lead volunteer has completed a first aid course;",
    "a photograph of the garden as it is now;",
]
SHOWN_KINDS = ["dbs_check", "other", "other"]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(SHOWN)))
def test_what_a_document_shows(tmp_path: Path, suffix: str, case: int) -> None:
    expected = sorted([*EVERYONE, SHOWN_KINDS[case]])
    assert kinds(written(tmp_path, suffix, _listed(SHOWN[case]))) == (expected, [])


# held, confirmed or a person's title, never sent
NOT_SHOWN = [
    "Please confirm on the form that every coach holds a DBS check.",
    "Every group must have a safeguarding policy.",
    "We may take a photograph of the garden for our newsletter.",
    "Please send a quote from a registered installer (for example an Energy Performance"
    " Certificate assessor).",
]
NOT_SHOWN_KINDS: list[list[str]] = [[], [], [], ["quotes"]]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(NOT_SHOWN)))
def test_what_is_held_or_a_title(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*HEAD[:2], "Please send a copy of your constitution and your latest accounts."]
    path = written(tmp_path, suffix, [*lines, NOT_SHOWN[case]])
    assert kinds(path) == (sorted([*EVERYONE, *NOT_SHOWN_KINDS[case]]), [])


# -- a bracket left open at a page's foot carries the item on to the next page ----------------


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_bracket_closed_over_a_page_break(tmp_path: Path, suffix: str) -> None:
    first = [
        "Part 4: Documents",
        "Please send these documents with your form:",
        "a) a written quote from a builder, showing the trade body they belong to (for example",
    ]
    second = [
        "Federation of Master Builders);",
        "b) your most recent annual accounts;",
        "c) your constitution or set of rules.",
        "Part 5: Declaration",
    ]
    if suffix == ".pdf":
        path = write_pdf(tmp_path / "f.pdf", [first, second])
    else:
        path = written(tmp_path, suffix, [*first, *second])
    assert kinds(path) == ([*EVERYONE, "quotes"], [])


# a line in capitals after an item with no open bracket is still read as its own
@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_title_after_a_closed_item(tmp_path: Path, suffix: str) -> None:
    first = ["Part 4: Documents", "Please send these documents with your form:"]
    first += ["a) a written quote from a builder (two if the work costs over £5,000);"]
    second = ["Part 5 (Declaration)", "I confirm that the information is correct."]
    path = write_pdf(tmp_path / "f.pdf", [first, second]) if suffix == ".pdf" else None
    path = path or written(tmp_path, suffix, [*first, *second])
    assert kinds(path) == (["quotes"], [])


# -- a documents table's cell: its document, then notes of several sentences -----------------


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_cell_whose_document_runs_on_in_notes(tmp_path: Path, suffix: str) -> None:
    rows = [
        ["Document", "Who sends it"],
        [
            "Your most recent accounts. They can be signed by your treasurer. We will not"
            " accept draft accounts.",
            "Everyone",
        ],
        ["A copy of your constitution", "Everyone"],
        ["A letter from the landowner agreeing to the work", "If you do not own the site"],
    ]
    assert kinds(_table(tmp_path, suffix, rows)) == (EVERYONE, ["other"])


# -- a label naming the case some projects are in limits its document; one naming what the
# document is for does not (review25 F1) --------------------------------------------------------

CASE_LABELS = [
    ("For repairs to the hall: two written quotes for the work", "quotes"),
    ("For events on land you do not own: a letter from the landowner", "other"),
]
PURPOSE_LABELS = [
    ("For payment: a copy of a recent bank statement", "bank_statement"),
    ("For eligibility checks: a copy of your safeguarding policy", "policy"),
    ("For us to check your group: a copy of your latest bank statement", "bank_statement"),
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(CASE_LABELS)))
def test_a_label_naming_a_case_limits(tmp_path: Path, suffix: str, case: int) -> None:
    item, kind = CASE_LABELS[case]
    assert kinds(written(tmp_path, suffix, _listed(item))) == (EVERYONE, [kind])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(PURPOSE_LABELS)))
def test_a_label_naming_a_purpose_does_not(tmp_path: Path, suffix: str, case: int) -> None:
    item, kind = PURPOSE_LABELS[case]
    assert kinds(written(tmp_path, suffix, _listed(item))) == (sorted([*EVERYONE, kind]), [])


# a documents table's cell whose notes say it is written in the form is no document (review25 F2)
@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_cell_written_in_the_form(tmp_path: Path, suffix: str) -> None:
    rows = [
        ["Document", "Tick"],
        ["A copy of your constitution", ""],
        [
            "Budget. Use the table in section 4 of the form. You do not need to send anything"
            " else.",
            "",
        ],
    ]
    assert kinds(_table(tmp_path, suffix, rows)) == (["governing_document"], [])


# -- two items of one list, each asking every applicant for a quote, are two quotes ------------

QUOTE_ITEMS = [
    "- a quote for the new boiler;",
    "- a quote from a registered engineer for fitting the boiler;",
]


def _quotes(tmp_path: Path, suffix: str, items: list[str], before: list[str]) -> Path:
    lines = [*HEAD[:2], *before, "Please send these with your form:", *items]
    lines += ["- a copy of your constitution;", "- your latest accounts."]
    return written(tmp_path, suffix, lines)


@pytest.mark.parametrize("suffix", FORMATS)
def test_two_quotes_in_one_list(tmp_path: Path, suffix: str) -> None:
    path = _quotes(tmp_path, suffix, QUOTE_ITEMS, [])
    assert kinds(path) == ([*EVERYONE, "quotes", "quotes"], [])


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_two_quotes_in_one_table(tmp_path: Path, suffix: str) -> None:
    rows = [["Document", "Enclosed"], *([t.strip("- ;"), ""] for t in QUOTE_ITEMS)]
    rows += [["A copy of your constitution", ""], ["Your latest accounts", ""]]
    assert kinds(_table(tmp_path, suffix, rows)) == ([*EVERYONE, "quotes", "quotes"], [])


# a quote asked in a sentence and again in the list, a quote for some beside everyone's, and two
# quotes in one item stay one document
ONE_QUOTE = [
    (["- two quotes for the new boiler;"], ["Please send two quotes for the work."]),
    (["- a quote for the new boiler;", "- a second quote, if the boiler costs over £5,000;"], []),
    (["- two quotes for the boiler (three if it costs over £5,000);"], []),
    # a note about the quotes, or one pointing back to them (review25 F3)
    (["- two written quotes for the boiler;", "- quotes must be dated this year;"], []),
    (["- two quotes for the boiler;", "- a copy of each quote, signed by the supplier;"], []),
    (["- a quote for the boiler;", "- a quote for the boiler, on headed paper;"], []),
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(ONE_QUOTE)))
def test_one_quote_asked_twice(tmp_path: Path, suffix: str, case: int) -> None:
    items, before = ONE_QUOTE[case]
    assert kinds(_quotes(tmp_path, suffix, items, before)) == ([*EVERYONE, "quotes"], [])


# a checklist at the end repeating "Quotes" names the list's quote again (review25 F3)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_a_checklist_repeating_quotes(tmp_path: Path, suffix: str) -> None:
    items = ["- two quotes for the new boiler;"]
    lines = [*HEAD[:2], "Please send these with your form:", *items]
    lines += ["- a copy of your constitution;", "- your latest accounts."]
    lines += ["Checklist", "- Constitution", "- Quotes", "- Accounts"]
    assert kinds(written(tmp_path, suffix, lines)) == ([*EVERYONE, "quotes"], [])


# -- counts graded by the project's size say how many each applicant sends, not who -----------

GRADED = [
    "- written quotes from suppliers: two for projects costing up to £3,000 and three for"
    " projects costing more;",
    "- quotes for the work: one for items under £500, two for anything dearer;",
]
# a single count with its condition still limits the document
UNGRADED = [
    "- two quotes if you are buying equipment;",
    "- written quotes for projects costing over £3,000;",
    # graded from a floor: none under the first sum
    "- quotes: one for items over £500, two for items over £2,000;",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(GRADED)))
def test_counts_graded_by_size(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, _listed(GRADED[case].removeprefix("- ")))
    assert kinds(path) == ([*EVERYONE, "quotes"], [])


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("case", range(len(UNGRADED)))
def test_one_count_for_some(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, _listed(UNGRADED[case].removeprefix("- ")))
    assert kinds(path) == (EVERYONE, ["quotes"])
