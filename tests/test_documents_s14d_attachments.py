"""Attachments on layouts the unseen sets of session 14 showed (acc14d): each general cause of
a miss found on small documents of the test's own, in several wordings and formats (never the
labelled corpus)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct

TITLE = "Community Grants 2027"


def measured(path: Path) -> DocumentFacts:
    return Measurer().measure(path, path.name)[1]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(measured(path).attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def tables_document(tmp_path: Path, fmt: str, tables: list[list[list[str]]]) -> Path:
    """A title and tables, each given as rows (the first its heading row)."""
    path = tmp_path / f"form.{fmt}"
    if fmt == "html":
        parts = []
        for rows in tables:
            head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                for r in rows[1:]
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        page = f"<html><body><main><h1>{TITLE}</h1>{''.join(parts)}</main></body></html>"
        path.write_text(page, encoding="utf-8")
        return path
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for rows in tables:
        grid = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        document.add_paragraph("")
    document.save(str(path))
    return path


# -- a bilingual row: its Welsh cell is its English cell's twin -------------------------------

BILINGUAL = [
    ["Adran Ch: Dogfennau", "Section D: Documents", "✓"],
    [
        "Copi o'ch cyfansoddiad neu'ch dogfen lywodraethol (pawb)",
        "A copy of your constitution or governing document (everyone)",
        "",
    ],
    [
        "Eich cyfrifon blynyddol diweddaraf (pawb). Os yw eich sefydliad yn llai na blwydd oed,"
        " anfonwch gyfriflenni banc y tri mis diwethaf yn eu lle.",
        "Your latest annual accounts (everyone). If your organisation is less than a year old,"
        " send the last three months' bank statements instead.",
        "",
    ],
    ["Cynllun y prosiect gyda'r camau a'r dyddiadau", "A project plan with stages and dates", ""],
]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_bilingual_rows_condition_in_its_welsh_cell_limits_only_its_own_document(
    tmp_path: Path, fmt: str
) -> None:
    # the condition "If your organisation is new, send bank statements instead" is said in both
    # cells: read in the other language's cell it made the row's accounts conditional too
    path = tables_document(tmp_path, fmt, [BILINGUAL])
    assert kinds(path) == (
        ["accounts", "governing_document", "project_plan"],
        ["bank_statement"],
    )


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_bilingual_checklist_row_naming_no_kind_is_one_document(tmp_path: Path, fmt: str) -> None:
    rows = [
        ["Dogfennau i'w hanfon gyda'r ffurflen", "Documents to send with the form", "✓"],
        ["Asesiad risg ar gyfer y digwyddiad", "A risk assessment for the event", ""],
        ["Cynllun y safle gyda'r mesuriadau", "A site plan with the measurements", ""],
    ]
    path = tables_document(tmp_path, fmt, [rows])
    assert len(distinct(measured(path).attachments)[0]) == 2


@pytest.mark.parametrize(
    "first,second",
    [
        ("Copi o'ch cyfansoddiad", "Rhaid i bob grŵp ei anfon"),  # Welsh only
        ("Your constitution", "Every group must send it"),  # English only
        ("Your constitution", "✓"),
    ],
)
def test_a_row_not_said_in_two_languages_is_read_whole(first: str, second: str) -> None:
    from grantcheck.documents.blocks import TEXT, Block
    from grantcheck.documents.twins import welsh_twins

    row = [
        Block(TEXT, first, (("table", 1), ("row", 2), ("cell", 1))),
        Block(TEXT, second, (("table", 1), ("row", 2), ("cell", 2))),
    ]
    assert welsh_twins(row) == []


# -- a table headed by a question is its answer box, not a checklist -------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize(
    "question",
    [
        "B3 What evidence do you have that local people want the project? (up to 250 words)",
        "4. What supporting evidence shows that this work matters to local people?",
    ],
)
def test_a_question_over_its_box_opens_no_checklist(
    tmp_path: Path, fmt: str, question: str
) -> None:
    # "evidence" in a question's words: the rows after its box are fields, not documents
    tables = [
        [[question, ""], ["", ""]],
        [["Project start date", ""], ["Project end date", ""], ["Amount requested (£)", ""]],
    ]
    path = tables_document(tmp_path, fmt, tables)
    assert measured(path).attachments == []


def list_document(tmp_path: Path, fmt: str, lines: list[tuple[str, str]]) -> Path:
    """A title and lines, each a heading ("h"), a paragraph ("p") or a bullet ("li")."""
    path = tmp_path / f"guide.{fmt}"
    if fmt == "html":
        tags = {"h": "h2", "p": "p", "li": "li"}
        body = "".join(
            f"<ul><{tags[k]}>{html.escape(t)}</{tags[k]}></ul>"
            if k == "li"
            else f"<{tags[k]}>{html.escape(t)}</{tags[k]}>"
            for t, k in lines
        )
        path.write_text(f"<html><body><main><h1>{TITLE}</h1>{body}</main></body></html>")
        return path
    marks = {"h": "## " if fmt == "md" else "", "p": "", "li": "- " if fmt == "md" else "* "}
    out = [f"# {TITLE}" if fmt == "md" else TITLE.upper(), ""]
    for text, kind in lines:
        out += [marks[kind] + text, ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path


# -- a list's lead-in naming applicants who "also" send: theirs are some applicants' ----------

ALSO_LISTS = [
    ("Community groups and friends groups also upload:", "Schools also upload:"),
    ("Charities must also send:", "Parish councils will also need to send:"),
]


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("first,second", ALSO_LISTS)
def test_applicants_named_as_also_sending_are_some_of_them(
    tmp_path: Path, fmt: str, first: str, second: str
) -> None:
    lines = [
        ("What to upload", "h"),
        ("Every applicant uploads:", "p"),
        ("a budget on our template", "li"),
        ("your safeguarding policy (a school can upload the school's own policy)", "li"),
        (first, "p"),
        ("your constitution or set of rules", "li"),
        ("your most recent accounts, signed by your treasurer", "li"),
        (second, "p"),
        ("a short letter of support from the head teacher", "li"),
        ("You do not need to send anything else.", "p"),
    ]
    path = list_document(tmp_path, fmt, lines)
    assert kinds(path) == (
        ["budget", "policy"],
        ["accounts", "governing_document", "letters_of_support"],
    )
    assert measured(path).policies and {p.value for p in measured(path).policies} == {
        "safeguarding"
    }


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_every_applicant_also_sending_is_everyone(tmp_path: Path, fmt: str) -> None:
    lines = [
        ("What to send", "h"),
        ("All applicants must send:", "p"),
        ("a budget for the project", "li"),
        ("All groups also send:", "p"),
        ("your constitution", "li"),
    ]
    path = list_document(tmp_path, fmt, lines)
    assert kinds(path) == (["budget", "governing_document"], [])


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_a_policy_someone_sends_as_their_own_is_the_one_named(tmp_path: Path, fmt: str) -> None:
    # "the school's own policy", "your club's own policy": whose policy, not another one
    lines = [
        ("Documents to send", "h"),
        ("Every applicant sends:", "p"),
        ("your safeguarding policy (a school can upload the school's own policy)", "li"),
        ("your equality policy (a club may send the club's own policy)", "li"),
    ]
    path = list_document(tmp_path, fmt, lines)
    assert {p.value for p in measured(path).policies} == {"safeguarding", "equality"}
    assert len(distinct(measured(path).attachments)[0]) == 2


# -- a Welsh lead-in's words are not English cues: "Ni all" (cannot) names no applicants -------

WELSH_LEAD = [
    ["Rhan 3: Dogfennau", ""],
    [
        "Ni all y Pwyllgor ystyried cais heb y dogfennau sydd wedi'u marcio â *. Cewch anfon y"
        " dogfennau eraill drwy'r post at y Clerc os yw'n haws.",
        "",
    ],
    ["Cyfansoddiad neu reolau'r mudiad *", ""],
    ["Cyfrifon blynyddol diweddaraf y mudiad, wedi'u llofnodi gan y trysorydd *", ""],
    ["Dau ddyfynbris, os ydych yn gofyn am fwy na £1,000", ""],
    ["Rhan 4: Datganiad", ""],
]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_welsh_lead_in_to_a_documents_table_is_neither_item_nor_condition(
    tmp_path: Path, fmt: str
) -> None:
    path = tables_document(tmp_path, fmt, [WELSH_LEAD])
    assert kinds(path) == (["accounts", "governing_document"], ["quotes"])


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_a_model_policy_from_someone_else_is_the_policy_named(tmp_path: Path, fmt: str) -> None:
    # "your governing body's model policy, adopted by the club, is fine": whose and what form
    lines = [
        ("Documents to send", "h"),
        ("Every club sends:", "p"),
        ("the club's equality policy (your governing body's model policy, adopted, is fine)", "li"),
        ("your safeguarding policy (the league's template policy will do)", "li"),
    ]
    path = list_document(tmp_path, fmt, lines)
    assert kinds(path) == (["policy", "policy"], [])  # two policies, no third ("other")
