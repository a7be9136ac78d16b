"""Attachments (session 14, acc14b): each general cause of a miss, tested on small documents of
the test's own in several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from documents import write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct

TITLE = "Community Grants 2027"


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send, in order."""
    required, conditional = distinct(measured(path).attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def prose_document(tmp_path: Path, fmt: str, paragraphs: list[str]) -> Path:
    """A title, a section heading and ``paragraphs`` of prose."""
    path = tmp_path / f"notes.{fmt}"
    if fmt == "md":
        body = "\n\n".join(paragraphs)
        path.write_text(f"# {TITLE}\n\n## How to apply\n\n{body}\n", encoding="utf-8")
    elif fmt == "txt":
        body = "\n\n".join(paragraphs)
        path.write_text(f"{TITLE}\n\nHOW TO APPLY\n\n{body}\n", encoding="utf-8")
    elif fmt == "html":
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        page = f"<html><body><main><h1>{TITLE}</h1><h2>How to apply</h2>{body}</main></body></html>"
        path.write_text(page, encoding="utf-8")
    else:
        write_docx(path, ["How to apply", *paragraphs], heading=TITLE)
    return path


# -- documents the vocabulary did not name: a map, an organisation chart, a plan of the work ----


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Please send us a map showing where the project will take place.", "other"),
        ("Please also send a site map, marked with the areas you will work on.", "other"),
        ("Please send an organisation chart showing who will deliver the service.", "other"),
        ("Please attach your implementation plan, no more than two sides of A4.", "project_plan"),
        ("Please upload a five-year management plan for the site.", "project_plan"),
        # (a plan for looking after what was bought is `other`: the rulebook's decision, session
        # 24 moved it out of project_plan)
        ("Please send a maintenance plan saying who will look after the garden.", "other"),
        ("Please send a traffic management plan for the parade.", "other"),
    ],
)
def test_a_map_chart_or_plan_of_the_work_is_a_document(
    tmp_path: Path, fmt: str, sentence: str, kind: str
) -> None:
    """A map of the place, an organisation chart, or a plan of how the work is carried out and
    kept up (an implementation, management or maintenance plan) is a document the applicant
    sends, asked for in a sentence of prose as any other is: a traffic management plan is an
    event's document (``other``), not a plan of the project, and a maintenance plan is
    ``other`` too."""
    path = prose_document(tmp_path, fmt, [sentence, "Send your latest annual accounts too."])
    assert kinds(path) == (sorted(["accounts", kind]), [])


# -- a required upload whose label names no known kind ------------------------------------------


LETTERS = [
    "A letter from your youth leader saying they will look after the money",
    "Signed consent from the head teacher of your school",
    "A short video of your group, two minutes at most",
]


def upload_page(tmp_path: Path, fmt: str, uploads: list[tuple[str, str]]) -> Path:
    """A form's documents step: a required constitution upload, a required upload for each
    (label, hint under it) of ``uploads``, and an optional upload for anything else."""
    path = tmp_path / f"form.{fmt}"
    if fmt == "html":
        boxes = "".join(
            f'<label for="b{i}">{html.escape(label)} *</label>'
            + (f"<p>{html.escape(hint)}</p>" if hint else "")
            + f'<input type="file" id="b{i}" name="b{i}" required>'
            for i, (label, hint) in enumerate(uploads)
        )
        page = (
            f"<html><body><main><h1>{TITLE}</h1><form><h2>Your documents</h2>"
            '<label for="a">Your constitution *</label>'
            f'<input type="file" id="a" name="a" required>{boxes}'
            '<label for="c">Anything else you would like to show us</label>'
            '<input type="file" id="c" name="c">'
            "<button>Send</button></form></main></body></html>"
        )
        path.write_text(page, encoding="utf-8")
    else:  # a screen reader's text version of the same step, each upload a paragraph
        boxes = "".join(
            f"Upload {i + 2}. {label}. Button, Choose file. Required.\n\n"
            + (f"Hint: {hint}\n\n" if hint else "")
            for i, (label, hint) in enumerate(uploads)
        )
        text = (
            f"{TITLE} application (text version of the online form)\n\n"
            "Step 4 of 5: Your documents\n\n"
            f"Upload 1. Your constitution. Button, Choose file. Required.\n\n{boxes}"
            f"Upload {len(uploads) + 2}. Anything else you would like to show us. Button, "
            "Choose file.\n\nStep 5 of 5: Check and send\n"
        )
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize("label", LETTERS)
def test_a_required_upload_naming_no_known_kind_is_a_document(
    tmp_path: Path, fmt: str, label: str
) -> None:
    """An upload the page requires (a required input, a "*", "Required") asks every applicant
    for what its label names, though no kind of the vocabulary names it: ``other``, as a
    checklist's item naming no known kind is. An upload the page does not require, with no
    help saying who sends it, is not counted so."""
    path = upload_page(tmp_path, fmt, [(label, "")])
    assert kinds(path) == (["governing_document", "other"], [])


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize("label", ["Choose file", "Supporting documents"])
def test_only_an_upload_naming_a_document_of_its_own_adds_one(
    tmp_path: Path, fmt: str, label: str
) -> None:
    """Beside a required upload naming no known kind (counted, ``other``): a required upload
    whose label is its button's words or a list's title names no document of its own, and one
    whose label says what it is for ("A document that shows how your money is managed") and
    whose help names a known kind ("Upload your latest annual accounts, or ...") is that
    document, not one more."""
    money = "A document that shows how your money is managed"
    hint = "Upload your latest annual accounts, or a statement of income and expenditure."
    path = upload_page(tmp_path, fmt, [(LETTERS[0], ""), (label, ""), (money, hint)])
    assert kinds(path) == (["accounts", "governing_document", "other"], [])


# -- a drop zone drawn beside a file input is the input's own words -------------------------------


@pytest.mark.parametrize(
    "zone",
    [
        "Click to choose a file or drag here",
        "Choose a file or drag it here",
    ],
)
def test_a_drop_zone_beside_an_upload_is_no_upload_of_its_own(tmp_path: Path, zone: str) -> None:
    """A saved page's drop zone (a div saying "Click to choose a file or drag here" beside the
    file input) is the upload's widget, not a second upload described in the page's text: the
    help over it ("Only if ...") still limits the upload."""
    uploads = [
        ("Upload your latest annual accounts *", "", "required"),
        (
            "Upload your safeguarding policy",
            "Only if children or adults at risk will take part.",
            "",
        ),
        ("Upload your risk assessment", "Only if your event is held outdoors.", ""),
    ]
    boxes = "".join(
        f'<div class="up"><label for="u{i}">{html.escape(label)}</label>'
        + (f"<p>{html.escape(hint)}</p>" if hint else "")
        + f'<div class="zone">{html.escape(zone)}</div>'
        + f'<input type="file" id="u{i}" name="u{i}" {required}></div>'
        for i, (label, hint, required) in enumerate(uploads)
    )
    path = tmp_path / "apply.html"
    path.write_text(
        f"<html><body><main><h1>{TITLE}</h1><form><h2>Documents</h2>{boxes}"
        "<button>Send</button></form></main></body></html>",
        encoding="utf-8",
    )
    assert kinds(path) == (["accounts"], ["other", "policy"])


# -- a run-in label naming a kind of applicant or project says who sends it -----------------------


@pytest.mark.parametrize("fmt", ["md", "docx", "txt"])
@pytest.mark.parametrize(
    "label",
    ["Partnership projects", "Newly formed groups", "Registered charities", "Outdoor events"],
)
def test_a_run_in_label_naming_some_applicants_limits_the_item(
    tmp_path: Path, fmt: str, label: str
) -> None:
    """ "Partnership projects: a letter from each partner ...": a paragraph run in with a label of
    a few words naming a kind of applicant or project asks those only, as "Groups that ...:"
    does; "Everyone:" asks every applicant."""
    paragraphs = [
        "Everyone: your most recent annual accounts.",
        f"{label}: a written risk assessment for the activity.",
    ]
    path = prose_document(
        tmp_path, fmt, ["Upload these documents with your application:", *paragraphs]
    )
    assert kinds(path) == (["accounts"], ["other"])


# -- a partner's letter is a letter of support; a document named as where something goes ---------


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Please send a letter from each partner confirming its role in the project.",
        "Please upload letters from each partner saying what they will do.",
        "Please attach a letter from each delivery partner agreeing to the plan.",
    ],
)
def test_a_letter_from_each_partner_is_a_letter_of_support(
    tmp_path: Path, fmt: str, sentence: str
) -> None:
    """A letter from each partner confirming its part backs the bid: a letter of support."""
    path = prose_document(tmp_path, fmt, [sentence, "Send your latest annual accounts too."])
    assert kinds(path) == (["accounts", "letters_of_support"], [])


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
@pytest.mark.parametrize(
    "sentence",
    [
        "We do not ask for match funding, but please include any other grants in your budget.",
        "Please send two written quotes for every item of capital spending in your budget.",
        "Please send your accounts; the costs must match those in the project plan.",
    ],
)
def test_a_document_named_as_where_something_goes_is_not_asked_for(
    tmp_path: Path, fmt: str, sentence: str
) -> None:
    """A document named as the place something goes or is found ("include their contribution in
    your budget", "each item in your budget") is not asked for by that sentence; the documents
    it does ask for are."""
    path = prose_document(tmp_path, fmt, [sentence, "Send your constitution with the form."])
    found = kinds(path)[0]
    assert "budget" not in found and "project_plan" not in found
    assert "governing_document" in found


# -- a MyST list-table is a table -----------------------------------------------------------------


def list_table(fence: str, header: bool) -> str:
    """A MyST page whose documents are a ``list-table`` directive (its rows "* - cell", each
    row's next cells "  - cell" under it), fenced with ``fence``."""
    close = fence if fence.startswith("`") else ":::"
    options = ":header-rows: 1\n:widths: 50 50\n" if header else ":widths: 50 50\n"
    head = "* - Document\n  - Who must send it\n" if header else ""
    return (
        f"# {TITLE}\n\n## Documents you must upload\n\n"
        f"{fence}{{list-table}} Documents\n{options}\n{head}"
        "* - Your constitution or set of rules\n  - Everyone\n"
        "* - Your latest annual accounts\n  - Everyone\n"
        "* - A risk assessment for the activity\n"
        "  - Only if your activity takes place outdoors\n"
        "* - Your safeguarding policy\n"
        "  - Only if you work with children,\n    young people or adults at risk\n"
        f"{close}\n\nYou can upload them on the portal.\n"
    )


@pytest.mark.parametrize("fence", ["```", "````", ":::"])
@pytest.mark.parametrize("header", [True, False])
def test_a_myst_list_table_is_read_as_a_table(tmp_path: Path, fence: str, header: bool) -> None:
    """A MyST ``list-table`` (rows written as nested bullets) is the table it draws: each row
    one document, its 'Who must send it' cell saying who sends it (a cell's text may wrap to
    the next line), not every bullet a document of its own."""
    path = tmp_path / "guide.md"
    path.write_text(list_table(fence, header), encoding="utf-8")
    assert kinds(path) == (["accounts", "governing_document"], ["other", "policy"])


# -- a pointer to another part asks for nothing ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
@pytest.mark.parametrize(
    "pointer",
    [
        "See section 7 for what kind of accounts we accept.",
        "See the notes below for the budget template.",
        "See our website for a simple project plan you can copy.",
    ],
)
def test_a_pointer_to_another_part_asks_for_nothing(tmp_path: Path, fmt: str, pointer: str) -> None:
    """ "See section 7 for what kind of accounts we accept": a pointer to another part of the
    document names a document without asking for it; the list it stands in goes on."""
    path = prose_document(
        tmp_path,
        fmt,
        ["Please send these documents with your form:", pointer, "Your constitution."],
    )
    assert kinds(path) == (["governing_document"], [])


# -- a grid of labels and answer boxes under a documents heading holds no documents ---------------


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_a_grid_of_labels_and_boxes_holds_no_documents(tmp_path: Path, fmt: str) -> None:
    """A grid of labels beside empty answer boxes ("3.2 Project start date | [box]", its first
    row a label and a box too) asks for values, not documents, though a documents heading or
    lead-in stands above it; a documents table's empty column under its heading row ("Document
    | Notes") is still a documents table."""
    rows = [
        ["3.1 Project name", ""],
        ["3.2 Project start date", ""],
        ["3.3 Project end date", ""],
        ["3.4 Amount you are asking for (£)", ""],
    ]
    lead = "Section 3: Documents to send"
    note = "Please send your constitution with this form."
    if fmt == "md":
        path = tmp_path / "form.md"
        grid = "\n".join(f"| {a} | {b} |" for a, b in rows)
        grid = grid.replace("\n", "\n| --- | --- |\n", 1)
        path.write_text(f"# {TITLE}\n\n## {lead}\n\n{note}\n\n{grid}\n", encoding="utf-8")
    else:
        path = write_docx(tmp_path / "form.docx", [lead, note], table=rows, heading=TITLE)
    assert kinds(path) == (["governing_document"], [])
