"""What documents ask of applicants (session 12): the award, attachments and policies, each
general cause of a miss shown on small documents of the test's own in several formats and
wordings (never the labelled corpus)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

TITLE = "Community Grants 2027"


def written(tmp_path: Path, fmt: str, lines: list[str]) -> Path:
    """The lines as a document in ``fmt``: a paragraph (or a line) each, under a title."""
    path = tmp_path / f"notes.{fmt}"
    if fmt == "md":
        path.write_text(f"# {TITLE}\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "txt":
        path.write_text(TITLE.upper() + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "html":
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        page = f"<html><body><main><h1>{TITLE}</h1>{body}</main></body></html>"
        path.write_text(page, encoding="utf-8")
    elif fmt == "docx":
        write_docx(path, lines, heading=TITLE)
    else:
        write_pdf(path, [[TITLE, *lines]])
    return path


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


FORMATS = ["md", "txt", "html", "docx", "pdf"]


# -- the award: "no more than" is a ceiling, not a floor ----------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("line", "ceiling"),
    [
        ("You can apply for no more than £3,000.", 3000),
        ("Groups may ask for not more than £1,500 towards their project.", 1500),
        ("Each grant will be no more than £750.", 750),
    ],
)
def test_no_more_than_a_sum_is_the_award_ceiling(
    tmp_path: Path, fmt: str, line: str, ceiling: int
) -> None:
    """'more than' names a floor (a sum of something else), but 'no more than' and 'not more
    than' name the most a grant can be, as 'up to' does."""
    award = measured(written(tmp_path, fmt, ["Who can apply", line])).award
    assert award is not None and (award.min, award.max) == (None, ceiling)


@pytest.mark.parametrize(
    "line",
    [
        "You can apply for a grant if your income is no more than £50,000.",
        "You can apply for more than £3,000 only if you have other funding.",
    ],
)
def test_a_ceiling_on_something_else_is_not_the_award(tmp_path: Path, line: str) -> None:
    """A ceiling on the group's income, and a floor on the grant, state no award ceiling."""
    assert measured(written(tmp_path, "md", [line])).award is None


# -- a policy whose copy is given only when asked: held (policies_required), not sent ----------


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name) sent by every applicant, and by some."""
    return sorted(a.policy or a.kind for a in f.attachments if not a.conditional), sorted(
        a.policy or a.kind for a in f.attachments if a.conditional
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            [
                "Declaration",
                "Our organisation has a safeguarding policy and will provide a copy on request.",
            ],
            ([], []),
        ),
        (
            [
                "What to send",
                "Please send your constitution. We may ask to see your health and safety policy.",
            ],
            (["governing_document"], []),
        ),
        (
            [
                "Documents",
                "Send a copy of your governing document. Your equality policy need "
                "only be sent if requested.",
            ],
            (["governing_document"], []),
        ),
    ],
)
def test_a_policy_given_on_request_is_held_not_sent(
    tmp_path: Path, fmt: str, lines: list[str], want: tuple[list[str], list[str]]
) -> None:
    """The rulebook: a policy only confirmed ('we will provide copies on request') is in
    policies_required but is not an attachment, conditional or not; the documents sent with it
    are sent as before."""
    f = measured(written(tmp_path, fmt, lines))
    assert sent(f) == want
    assert [p.conditional for p in f.policies] == [False]


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_policy_for_some_applicants_is_still_sent_by_them(tmp_path: Path, fmt: str) -> None:
    """A real condition, not a request, still makes a policy an attachment of some."""
    line = "Please send your constitution and your safeguarding policy (if you work with children)."
    f = measured(written(tmp_path, fmt, ["What to send", line]))
    assert sent(f) == (["governing_document"], ["safeguarding"])


# -- a procedure named by a policy's name is that policy: "your complaints procedure" ----------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            [
                "What to send",
                "Please send us your constitution and a copy of your complaints procedure.",
            ],
            ["complaints", "governing_document"],
        ),
        (
            ["What to send", "Attach your safeguarding procedures and your most recent accounts."],
            ["accounts", "safeguarding"],
        ),
        (
            [
                "Checklist: please enclose the following",
                "Constitution",
                "Complaints procedure",
                "Safeguarding procedures",
            ],
            ["complaints", "governing_document", "safeguarding"],
        ),
        (  # a procedure no policy names, and the funder's own: nothing to send
            [
                "How to apply",
                "Send your form as the application procedure below sets out. Read "
                "our complaints procedure first. Attach your constitution.",
            ],
            ["governing_document"],
        ),
    ],
)
def test_a_procedure_a_policy_names_is_that_policy(
    tmp_path: Path, fmt: str, lines: list[str], want: list[str]
) -> None:
    """The rulebook: a complaints procedure is the policy 'complaints'; sent when asked for, as a
    policy is, in a sentence or in a checklist."""
    assert sent(measured(written(tmp_path, fmt, lines))) == (want, [])


# -- a text PDF's short line does not run on into the next line starting a sentence -----------

WIDE = (
    "Please read these notes before you fill in the form, and keep a copy of everything you send "
    "to us."
)


@pytest.mark.parametrize(
    "items",
    [
        [
            "Your constitution, memorandum and articles, or other governing document",
            "Your most recent annual accounts, signed by your treasurer",
            "A bank statement from the last three months, in the organisation's name",
            "Quotes for any single item of equipment costing £1,000 or more",
        ],
        [
            "Constitution or set of rules, signed by two officers",
            "Latest accounts for a full year of the group's life",
            "Bank statement for the last three months",
            "Quotes for any item costing £1,000 or more",
        ],
    ],
)
def test_a_pdf_line_short_of_the_margin_ends_its_item(tmp_path: Path, items: list[str]) -> None:
    """A text PDF's table of documents with no bullets: each row's line stops well short of the
    page's widest line, so it did not wrap, and the next line, starting with a capital, is the
    next row's (as it already was for a bulleted item); a long line still runs on."""
    lines = [WIDE, "Section D: Supporting documents", "Please tick what you are sending:", *items]
    f = measured(write_pdf(tmp_path / "form.pdf", [lines]))
    assert sent(f) == (["accounts", "bank_statement", "governing_document"], ["quotes"])


def test_a_pdf_line_that_wraps_still_runs_on(tmp_path: Path) -> None:
    """A line as wide as the page's widest wraps: the next line carries on its sentence, though
    it starts with a capital (a name)."""
    lines = [
        WIDE,
        "Please send us a copy of your constitution and a recent bank statement for your group in",
        "Drakesmere, with your most recent annual accounts, signed by your treasurer.",
    ]
    f = measured(write_pdf(tmp_path / "form.pdf", [lines]))
    assert sent(f) == (["accounts", "bank_statement", "governing_document"], [])


# -- a note under a list's item, opening with a condition, limits the item above ---------------


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
@pytest.mark.parametrize(
    "note",
    [
        "Only if you work with children or vulnerable adults.",
        "Required if volunteers under 18 will take part.",
        "If your project involves young people.",
    ],
)
def test_a_condition_on_the_line_under_an_item_limits_it(
    tmp_path: Path, fmt: str, note: str
) -> None:
    """'Safeguarding policy' / 'Only if you work with children.': the line under a list's item
    is its note, as a sentence after the item's own would be; the items before and after stay
    asked of everyone, and the policy named is one some applicants hold."""
    lines = [
        "Documents",
        "Upload each document as a PDF or a photo.",
        "Constitution or set of rules",
        "Safeguarding policy",
        note,
        "Latest annual accounts",
    ]
    f = measured(written(tmp_path, fmt, lines))
    assert sent(f) == (["accounts", "governing_document"], ["safeguarding"])
    assert [(p.value, p.conditional) for p in f.policies] == [("safeguarding", True)]


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_line_asking_for_a_document_of_its_own_is_no_note(tmp_path: Path, fmt: str) -> None:
    """'If you hire a minibus, please also send a copy of the driver's licence.' asks for a
    document of its own: the item above it stays asked of everyone."""
    lines = [
        "Please send these documents:",
        "Constitution or set of rules",
        "Safeguarding policy",
        "If you hire a minibus, please also send a copy of the driver's licence.",
    ]
    required, conditional = sent(measured(written(tmp_path, fmt, lines)))
    assert required == ["governing_document", "safeguarding"]
    assert conditional == ["other"]


# -- a declaration's title ends a list of documents -------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["Declaration", "Section 5: Declaration", "6. Declaration *"])
def test_a_declaration_title_ends_the_list_of_documents(
    tmp_path: Path, fmt: str, title: str
) -> None:
    """A form's declaration is its next part, though its title is a plain line: what follows
    (the declaration's words, the page's footer links) is no document on the list above."""
    lines = [
        "Documents",
        "Constitution or set of rules",
        "Latest annual accounts",
        title,
        "I confirm that the information in this form is true.",
        "Report Abuse - Terms of Service - Privacy Policy",
    ]
    f = measured(written(tmp_path, fmt, lines))
    assert sent(f) == (["accounts", "governing_document"], [])
    assert f.policies == []


# -- a line under a short item naming its kind again, with a condition, describes it ----------


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
@pytest.mark.parametrize(
    "line",
    [
        "One written quote for every item costing more than £500.",
        "Two written quotes, only for items over £1,000.",
    ],
)
def test_a_line_describing_the_item_above_is_the_same_document(
    tmp_path: Path, fmt: str, line: str
) -> None:
    """'Quotes' / 'One written quote for every item costing more than £500.': one document,
    asked of some; two documents of no known kind one under the other stay two."""
    lines = ["Documents", "Constitution or set of rules", "Quotes", line, "Latest annual accounts"]
    f = measured(written(tmp_path, fmt, lines))
    assert sent(f) == (["accounts", "governing_document"], ["quotes"])


# -- a wiki's tabs: the container heading "Tabs {.tabset}" is no section of its own -----------


@pytest.mark.parametrize(
    ("lead", "tabs", "level"),
    [
        ("## What to send\n\nUpload these with your application.\n\n", "# Tabs {.tabset}", "##"),
        ("## Documents\n\nPlease send us:\n\n", "## Tabs {.tabset .tabset-fade}", "###"),
        ("", "## What to send {.tabset}", "###"),  # (titled: R Markdown shows the title)
    ],
)
def test_a_tabset_heading_holds_the_section_s_tabs(
    tmp_path: Path, lead: str, tabs: str, level: str
) -> None:
    """Wiki.js writes tabs as the headings under '# Tabs {.tabset}', a heading it never shows:
    the documents under the tabs are the section's before it ('What to send')."""
    body = (
        f"# Community Grants 2027\n\n{lead}{tabs}\n\n{level} Every applicant\n\n"
        "1. Your constitution.\n2. Your latest accounts.\n\n"
        f"{level} Only some applicants\n\n"
        "3. Two written quotes for any item costing more than £1,000.\n"
    )
    (path := tmp_path / "wiki.md").write_text(body, encoding="utf-8")
    assert sent(measured(path)) == (["accounts", "governing_document"], ["quotes"])


# -- a line over a list saying its documents are not sent: none of them is asked for ----------


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])  # (txt's lines would run on)
@pytest.mark.parametrize(
    "title",
    [
        "Things you need to have, but do not need to send",
        "Documents you must hold but do not need to upload",
        "What you don't need to send us",
    ],
)
def test_a_line_declining_the_list_under_it_asks_for_none_of_it(
    tmp_path: Path, fmt: str, title: str
) -> None:
    """The documents under such a line are held (the cover still read), not sent; the list
    before it is asked as before."""
    lines = [
        "What to upload",
        "Governing document",
        "Latest annual accounts",
        title,
        "Public liability insurance of at least £5 million for your activities.",
        "Enhanced DBS checks for anyone who works one to one with participants.",
    ]
    f = measured(written(tmp_path, fmt, lines))
    assert sent(f) == (["accounts", "governing_document"], [])
    assert f.insurance is not None and f.insurance.value == 5_000_000


# -- "(individual artists only)": the applicants a bracket names limit its document ----------


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
@pytest.mark.parametrize(
    "item",
    [
        "CV of the lead artist (individual artists only)",
        "A CV (schools only)",
        "Two references (Lot 2 only)",
        "CV yr artist (artistiaid unigol yn unig)",
    ],
)
def test_a_bracket_naming_some_applicants_limits_its_document(
    tmp_path: Path, fmt: str, item: str
) -> None:
    """Individuals, artists, schools, councils, bidders, a lot: applicants a bracket names with
    'only' send the document, no one else; '(PDF only)' says how it is sent, not who sends it."""
    lines = [
        "Checklist: please enclose each of these with your application form when you send it.",
        "A bank statement (everyone)",
        item,
        "A budget (PDF only)",
    ]
    required, conditional = sent(measured(written(tmp_path, fmt, lines)))
    assert required == ["bank_statement", "budget"]
    assert len(conditional) == 1


# -- an upload's help right under it, with no "Hint:", limits it when it opens with a condition


def upload_page(tmp_path: Path, tag: str, help_text: str, button: str) -> Path:
    """A saved form page: three uploads, each with its label, the builder's button over its box
    and a help line after it."""

    def upload(name: str, label: str, note: str) -> str:
        return (
            f'<div class="group"><div class="label"><label for="f_{name}">{label}</label></div>'
            f'<div class="content"><div class="holder"><span class="btn">{button}</span>'
            f'<input type="file" id="f_{name}" name="{name}"></div>'
            f'<{tag} class="help-message">{note}</{tag}></div></div>'
        )

    body = (
        upload("rules", "Your constitution", "Signed and dated by your chair.")
        + upload("quotes", "Quotes", help_text)
        + upload("bank", "A recent bank statement", "Dated in the last three months.")
    )
    page = f"<html><body><main><h1>Apply</h1><form>{body}</form></main></body></html>"
    (path := tmp_path / "apply.html").write_text(page, encoding="utf-8")
    return path


@pytest.mark.parametrize(("tag", "button"), [("div", "Choose files"), ("p", "Browse…")])
@pytest.mark.parametrize(
    "help_text",
    [
        "Required for any single item costing more than £500: one written quote.",
        "Only if you are buying equipment: two written quotes.",
        "If your project includes building work, upload three quotes.",
    ],
)
def test_an_upload_s_help_opening_with_a_condition_limits_it(
    tmp_path: Path, tag: str, button: str, help_text: str
) -> None:
    """Form builders print an upload's help under its box with no 'Hint:' before it: a short
    help opening with a condition makes the upload some applicants', as a hint does; a help
    that only describes the document leaves it asked of everyone."""
    f = measured(upload_page(tmp_path, tag, help_text, button))
    assert sent(f) == (["bank_statement", "governing_document"], ["quotes"])
