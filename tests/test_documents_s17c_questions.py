"""Questions and limits: session 17's reading causes, each shown on small documents of the
test's own (several wordings and layouts), never the labelled corpus (tests/forms).

A plain-text form whose sums and dates are set out in columns ("Total cost:        £____",
"Start date: ____      End date: ____") reads as a form laid out in two columns; a question
there with a blank line and then ruled lines under it has those lines for its answer, as on
paper: it is a question, not a one-line value's blank. A question table's title row, its
reference alone in the first cell, gives the question under it the limit it states."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

RULES = "_" * 66 + "\n"
DOTS = "." * 66 + "\n"

# the finance and dates lines that make a plain-text form look laid out in two columns
COLUMNS = """\
Start date: ________________      End date: ________________

Total cost of the project:                      £______________

Amount you are asking for:                      £______________

Other funding you have secured:                 £______________

Number of people taking part:                   ______________
"""


def _form(head: str, questions: list[str], rule: str, gap: str = "\n") -> str:
    body = "".join(f"{q}\n{gap}{rule * 4}\n" for q in questions)
    return f"{head}\n\nName of group: ______________________\n\n{body}{COLUMNS}"


# (a form, the limits its questions give): wordings of one layout
VARIANTS = [
    (
        _form(
            "COMMUNITY ARTS GRANT - APPLICATION FORM",
            [
                "1. Please describe your project and what it will achieve.\n"
                "   (No more than 300 words.)",
                "2. How will local people benefit, and how many do you expect\n"
                "   to take part? (No more than 200 words.)",
            ],
            RULES,
        ),
        [300, 200],
    ),
    (
        _form(
            "Village Hall Improvement Fund",
            [
                "Q1 Tell us what you want to buy or improve (maximum 250 words)",
                "Q2 Why is it needed now? (maximum 150 words)",
                "Q3 Who will look after it afterwards? (maximum 100 words)",
            ],
            DOTS,
        ),
        [250, 150, 100],
    ),
    (
        _form(
            "COMMUNITY CHEST APPLICATION",
            [
                "Question 1: Describe your project (max 150 words)",
                "Question 2: How will you measure success? (max 100 words)",
            ],
            "-" * 60 + "\n",
        ),
        [150, 100],
    ),
    (
        _form(
            "YOUTH ACTIVITIES SMALL GRANTS",
            [
                "(a) Explain what the young people will do.  Up to 200 words.",
                "(b) What difference will it make to them? Up to 100 words.",
            ],
            "    " + RULES,
            gap="\n\n",
        ),
        [200, 100],
    ),
]


@pytest.mark.parametrize(("text", "limits"), VARIANTS)
def test_ruled_lines_after_a_blank_under_a_question_are_its_box(
    tmp_path: Path, text: str, limits: list[int]
) -> None:
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == limits
    assert f.word_limit == sum(limits)


def test_a_value_over_a_blank_and_a_label_stays_a_field(tmp_path: Path) -> None:
    # near miss: a value's label over a blank line and then another label, not ruled lines
    text = _form("SMALL GRANTS", ["1. What will you do? (No more than 150 words.)"], RULES)
    text += "\nDate of your event\n\nVenue:                                   ______________\n"
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [150]


def test_a_heading_over_a_blank_and_ruled_lines_asks_nothing(tmp_path: Path) -> None:
    # near miss: a part's title in capitals, then a blank line, then a rule drawn under it
    text = _form("SMALL GRANTS", ["1. What will you do? (No more than 150 words.)"], RULES)
    text += "\nPART 4 - DECLARATION\n\n" + "_" * 40 + "\n\nSigned: ______________\n"
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [150]


# A question table whose first row is its title, the reference alone in the first cell and
# the limit in a cell of its own ("B1 | Service delivery | Weighting: 25% | Max 600 words"),
# then the question's words, then its empty box: the title row's limit is the question's, as
# "MS1 Service delivery - maximum 600 words" on one line above it gives it.
TITLED = [
    (
        ["B1", "Service delivery", "Weighting: 25%", "Max 600 words"],
        "Describe how you will deliver the service, including where sessions will run.",
        600,
    ),
    (
        ["Q2", "Partnership working", "Up to 300 words"],
        "How will you work with other local organisations?",
        300,
    ),
    (
        ["3.1", "Social value", "Weighting 10%", "Maximum 1,500 characters"],
        "Tell us what additional social value you will deliver through this contract.",
        250,
    ),
]


def _titled_docx(tmp_path: Path, rows: list[tuple[list[str], str]]) -> DocumentFacts:
    items: list[str | list[list[str]]] = ["Part B: Quality", "Answer each question below."]
    for title, asked in rows:
        width = len(title)
        items.append([title, [asked] + [""] * (width - 1), [""] * width])
    path = write_form_docx(tmp_path / "quote.docx", items)
    return Measurer().measure(path, "quote.docx")[1]


def test_a_reference_row_over_a_question_gives_it_its_limit_in_word(tmp_path: Path) -> None:
    f = _titled_docx(tmp_path, [(title, asked) for title, asked, _ in TITLED])
    assert [q.word_limit for q in f.questions] == [limit for _, _, limit in TITLED]


def test_a_reference_row_over_a_question_gives_it_its_limit_in_html(tmp_path: Path) -> None:
    tables = "".join(
        "<table><tr>"
        + "".join(f"<td>{cell}</td>" for cell in title)
        + f"</tr><tr><td colspan='{len(title)}'>{asked}</td></tr>"
        + f"<tr><td colspan='{len(title)}'></td></tr></table>"
        for title, asked, _ in TITLED
    )
    html = f"<html><body><h1>Quotation response form</h1>{tables}</body></html>"
    f = measure(tmp_path, "quote.html", html)
    assert [q.word_limit for q in f.questions] == [limit for _, _, limit in TITLED]


def test_a_reference_row_with_no_limit_gives_none(tmp_path: Path) -> None:
    # near miss: a weighting is a score, not a limit: the question under it has none
    f = _titled_docx(
        tmp_path,
        [(["B1", "Service delivery", "Weighting: 25%"], "Describe how you will deliver it.")],
    )
    assert [q.word_limit for q in f.questions] == [None]


def test_a_reference_row_that_asks_keeps_its_limit_for_itself(tmp_path: Path) -> None:
    # near miss: the row is the question ("B1 | Describe ... | Max 600 words"), its box under
    # it, and the table after it another question with its own reference and no limit
    items: list[str | list[list[str]]] = [
        "Part B",
        [["B1", "Describe how you will deliver the service.", "Max 600 words"], ["", "", ""]],
        [["B2", "How will you reach residents?", ""], ["", "", ""]],
    ]
    path = write_form_docx(tmp_path / "quote.docx", items)
    f = Measurer().measure(path, "quote.docx")[1]
    assert [q.word_limit for q in f.questions] == [600, None]


def test_a_reference_row_over_a_value_gives_it_no_limit(tmp_path: Path) -> None:
    # near miss: a title row over a value's label ("Registered charity number") is no question
    f = _titled_docx(tmp_path, [(["A1", "Your organisation", "Max 50 words"], "Charity number")])
    assert all(q.word_limit != 50 or "Charity" not in q.text for q in f.questions)


# A bare count with no unit after a web form's last box ("0 / 5", "0 of 6": questions answered,
# steps done) counts no characters: a box for prose holds ten words or more, so its counter
# runs to 60 or more ("0 / 600" under a box is its limit in characters, as before).
def _web_form(after_last: str, wrapped: bool = False) -> str:
    last = "<label for='q2'>2. Who will benefit, and how?</label><textarea id='q2'></textarea>"
    last = f"<div>{last}{after_last}</div>" if wrapped else f"{last}{after_last}"
    return (
        "<html><body><h1>Apply for a community grant</h1><form action='/apply' method='post'>"
        "<label for='q1'>1. Describe your project</label>"
        "<textarea id='q1' maxlength='1500'></textarea>"
        f"{last}<button type='submit'>Send</button></form></body></html>"
    )


@pytest.mark.parametrize(
    ("after_last", "wrapped"),
    [
        ("<p>0 / 5</p>", False),
        ("<span class='progress'>0 of 6</span>", False),
        ("<div class='progress'><span>0/4</span> answered</div>", False),
    ],
)
def test_a_count_of_answers_after_the_last_box_is_no_limit(
    tmp_path: Path, after_last: str, wrapped: bool
) -> None:
    f = measure(tmp_path, "apply.html", _web_form(after_last, wrapped))
    assert [q.word_limit for q in f.questions] == [250, None]


@pytest.mark.parametrize(
    ("after_last", "wrapped", "words"),
    [
        ("<p>0 / 600</p>", False, 100),
        ("<small>0/60</small>", True, 10),
        ("<small>0/50</small>", True, 8),  # (in the box's wrapper: its own counter, review17)
    ],
)
def test_a_counter_of_characters_under_a_box_is_still_its_limit(
    tmp_path: Path, after_last: str, wrapped: bool, words: int
) -> None:
    # near misses: a box's own counter, none typed yet, of the characters it takes
    f = measure(tmp_path, "apply.html", _web_form(after_last, wrapped))
    assert [q.word_limit for q in f.questions] == [250, words]


# the same title row in other orders and wordings (review17's F2): the limit before the
# weighting, the limit in the title's own cell, and the reference written "Question 7" or "7."
REORDERED = [
    ["C1", "Running the sessions", "Maximum 500 words", "Weighting: 20%"],
    ["C2", "Reaching people (maximum 300 words)", "Weighting: 15%"],
    ["Question 7", "Safeguarding", "Weighting 10%", "Up to 400 words"],
    ["7.", "Evaluation", "250 words max"],
]


def test_a_reference_row_gives_its_limit_in_any_order(tmp_path: Path) -> None:
    asked = "Describe how you will run the sessions each week and who will lead them."
    f = _titled_docx(tmp_path, [(title, asked) for title in REORDERED])
    assert [q.word_limit for q in f.questions] == [500, 300, 400, 250]


def test_a_numbered_row_of_a_budget_is_no_title(tmp_path: Path) -> None:
    # near miss: a budget's numbered rows ("1 | Hall hire | £200") give no limit to the
    # question after the table
    items: list[str | list[list[str]]] = [
        [["1", "Hall hire", "£200"], ["2", "Leaflets", "£50"]],
        "3. How will you make sure people hear about it? (100 words)",
        [[""]],
        "4. Tell us anything else.",
        [[""]],
    ]
    path = write_form_docx(tmp_path / "form.docx", items)
    f = Measurer().measure(path, "form.docx")[1]
    assert [q.word_limit for q in f.questions] == [100, None]


# A line of sentences that ends in a blank to fill in ("You must hold public liability
# insurance of at least £5 million. Please give your policy number: ______"): the blank is the
# last sentence's field, and the sentences before it are the document's words (here, the cover
# every applicant must hold), not a label.
INSURED = [
    (
        "Insurance: you must hold public liability insurance of at least £5 million. "
        "Please give your policy number: ____________",
        5_000_000,
    ),
    (
        "All groups must have public liability cover of £2 million or more. "
        "Policy number and insurer: ______________",
        2_000_000,
    ),
    (
        "Your group must hold public liability insurance (minimum £10m). "
        "Name of your insurer ..........................",
        10_000_000,
    ),
]
FORM_HEAD = "COMMUNITY GRANT APPLICATION\n\n1. Describe your project (max 250 words)\n\n"


@pytest.mark.parametrize(("line", "cover"), INSURED)
@pytest.mark.parametrize("suffix", ["txt", "md"])
def test_sentences_before_a_blank_are_read_in_text(
    tmp_path: Path, line: str, cover: int, suffix: str
) -> None:
    f = measure(tmp_path, f"form.{suffix}", f"{FORM_HEAD}{RULES * 3}\n{line}\n")
    assert f.insurance is not None and f.insurance.value == cover
    assert len(f.fields) == 1
    assert len(f.questions) == 1


@pytest.mark.parametrize(("line", "cover"), INSURED)
def test_sentences_before_a_blank_are_read_in_word(tmp_path: Path, line: str, cover: int) -> None:
    path = write_form_docx(
        tmp_path / "form.docx", ["1. Describe your project (max 250 words)", [[""]], line]
    )
    f = Measurer().measure(path, "form.docx")[1]
    assert f.insurance is not None and f.insurance.value == cover
    assert len(f.fields) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Approx. cost of the equipment: £____________",
        "Name of group (as on your constitution, e.g. Friends of St. Anne's Park): __________",
        "Tel. No. ______________",
    ],
)
def test_a_label_with_full_stops_stays_one_field(tmp_path: Path, line: str) -> None:
    # near misses: abbreviations inside a label are no sentence's end
    f = measure(tmp_path, "form.txt", f"{FORM_HEAD}{RULES * 3}\n{line}\n")
    assert len(f.fields) == 1
    assert f.fields[0].words.startswith(line[:6])


@pytest.mark.parametrize(("line", "cover"), INSURED)
def test_sentences_before_a_blank_are_read_in_a_pdf(tmp_path: Path, line: str, cover: int) -> None:
    from documents import pdf_bytes

    lines = ["COMMUNITY GRANT APPLICATION", "1. Describe your project (max 250 words)"]
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf_bytes([[*lines, "_" * 60, "_" * 60, line]]))
    f = Measurer().measure(path, "form.pdf")[1]
    assert f.insurance is not None and f.insurance.value == cover


# A leaflet form printed in two columns side by side (``pdftotext -layout``): each line holds the
# left column's words and then, after a gap, the right column's. Read column by column, a
# question wrapped in its narrow column is one question with its limit.
def _two_columns(left: list[str], right: list[str], at: int = 46) -> str:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return (
        "\n".join((f" {a}".ljust(at) + b).rstrip() for a, b in zip(left, right, strict=True)) + "\n"
    )


NOTES = [
    "About these grants",
    "",
    "Use this form if your group wants to run",
    "an event or activity that brings people",
    "together in the village: a street party,",
    "a litter pick, a lunch club or a trip for",
    "older residents. We can pay for all of it.",
    "",
    "Please write in black ink and keep to the",
    "word limits given beside each question. If",
    "you need help, ring the parish clerk on",
    "01632 960 555 and we will help you.",
]
FORM = [
    "SECTION 1  YOUR GROUP",
    "",
    "1a Name of group      __________________",
    "",
    "1b Contact phone      __________________",
    "",
    "SECTION 2  YOUR IDEA",
    "",
    "2a What would you like to do? (no more",
    "   than 150 words)",
    "   ______________________________________",
    "   ______________________________________",
    "",
    "2b Who will come, and how will you tell",
    "   them about it? (no more than 100 words)",
    "   ______________________________________",
    "   ______________________________________",
]


@pytest.mark.parametrize(
    "text",
    [
        _two_columns(NOTES, FORM),
        _two_columns(FORM, NOTES, at=48),
        _two_columns(NOTES + ["", "Thank you."], FORM, at=50),
    ],
)
def test_a_form_printed_in_two_columns_is_read_column_by_column(tmp_path: Path, text: str) -> None:
    f = measure(tmp_path, "leaflet.txt", text)
    assert [q.word_limit for q in f.questions] == [150, 100]


def test_a_table_of_labels_and_answers_is_not_two_columns(tmp_path: Path) -> None:
    # near miss: a form laid out as labels and their answer column, short labels on the left
    rows = [
        ("Name of your group", "______________________"),
        ("Contact name", "______________________"),
        ("Telephone", "______________________"),
        ("Is your group a registered charity?", "Yes / No"),
        ("Total cost of the project", "£"),
        ("Amount you are asking for", "£"),
    ]
    body = "\n\n".join(f" {label}".ljust(44) + answer for label, answer in rows)
    text = f"SMALL GRANTS FORM\n\n{body}\n\n1. What will you do? (up to 200 words)\n\n" + RULES * 3
    f = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in f.questions] == [200]
    assert len(f.fields) >= 6


def test_prose_with_a_column_of_dates_is_not_two_columns(tmp_path: Path) -> None:
    # near miss: a notes page whose timetable sets dates beside short events
    events = ["Applications open", "Closing date", "Panel meets", "Decisions sent", "Grants paid"]
    dates = ["1 March", "30 April", "20 May", "1 June", "30 June"]
    table = "\n".join(f" {e}".ljust(40) + d for e, d in zip(events, dates, strict=True))
    prose = "\n".join(NOTES[2:7])
    text = f"{prose}\n\n{table}\n\n{prose}\n\n1. Tell us about your group (max 100 words)\n\n"
    f = measure(tmp_path, "notes.txt", text + RULES * 3)
    assert [q.word_limit for q in f.questions] == [100]


# A fillable page laid out in two columns of fields, each field's label above its box
# ("Work down the left column and then the right"): a line of the left column and the line
# beside it in the right column are one line by height, and a question's limit printed in its
# label lands on the other column's box. Read column by column, each box has its own label.
def _columns_pdf(columns: list[list[tuple[str, ...]]], width: int = 595) -> bytes:
    """A one-page fillable PDF: each column a list of ("text", words) and ("box", name, label,
    "tall" or ""), drawn down the page from the top, the columns side by side."""
    ops: list[str] = []
    annots: list[str] = []
    span = (width - 80) // len(columns)
    for index, items in enumerate(columns):
        left, y = 40 + index * span, 780
        right = left + span - 30
        for item in items:
            if item[0] == "text":
                words = item[1].replace("(", "\\(").replace(")", "\\)")
                ops.append(f"BT /F1 10 Tf {left} {y} Td ({words}) Tj ET")
                y -= 14
                continue
            height = 80 if item[3] else 18
            flags = " /Ff 4096" if item[3] else ""
            annots.append(
                f"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({item[1]}) /TU ({item[2]}) "
                f"/Rect [{left} {y - height + 10} {right} {y + 10}]{flags} >>"
            )
            y -= height + 8
    first = 6  # (1 catalogue, 2 pages, 3 font, 4 page, 5 contents)
    stream = " ".join(ops)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields ["
        + " ".join(f"{first + i} 0 R" for i in range(len(annots)))
        + "] >> >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} 842] /Contents 5 0 R "
        "/Resources << /Font << /F1 3 0 R >> >> /Annots ["
        + " ".join(f"{first + i} 0 R" for i in range(len(annots)))
        + "] >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        *annots,
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    size = len(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


CLUB = [
    ("text", "A1 Name of club"),
    ("box", "a1", "A1 Name of club", ""),
    ("text", "A2 Contact name"),
    ("box", "a2", "A2 Contact name", ""),
    ("text", "A3 Email"),
    ("box", "a3", "A3 Email", ""),
]
SPENDING = [
    ("text", "B1 Start date"),
    ("box", "b1", "B1 Start date", ""),
    ("text", "B2 End date"),
    ("box", "b2", "B2 End date", ""),
    ("text", "B3 Total cost"),
    ("box", "b3", "B3 Total cost", ""),
]
ASKED = [
    ("text", "C2 What will the grant buy? (up to 250 words)"),
    ("box", "c2", "C2 What will the grant buy?", "tall"),
]
KEPT = [
    ("text", "C4 How will you keep it going? (up to 150 words)"),
    ("box", "c4", "C4 How will you keep it going?", "tall"),
]
WRAPPED = [
    ("text", "C4 How will the club keep the kit in use"),
    ("text", "after the grant? (up to 150 words)"),
    ("box", "c4", "C4 How will the club keep the equipment in use?", "tall"),
]


@pytest.mark.parametrize(
    ("columns", "width"),
    [
        ([CLUB + ASKED, SPENDING + KEPT], 595),
        ([CLUB + ASKED, SPENDING + WRAPPED], 595),
        ([SPENDING + ASKED, CLUB + KEPT], 842),
    ],
)
def test_a_fillable_page_in_two_columns_is_read_column_by_column(
    tmp_path: Path, columns: list[list[tuple[str, ...]]], width: int
) -> None:
    path = tmp_path / "club.pdf"
    path.write_bytes(_columns_pdf(columns, width))
    f = Measurer().measure(path, "club.pdf")[1]
    assert sorted(q.word_limit or 0 for q in f.questions) == [150, 250]


def test_a_column_of_notes_beside_the_fields_is_no_second_column(tmp_path: Path) -> None:
    # near miss: the right column holds notes and no boxes: the page is read as before
    notes = [("text", words) for words in ("Notes", "Give the name in full.", "Say who you")]
    path = tmp_path / "form.pdf"
    path.write_bytes(_columns_pdf([CLUB + ASKED, notes + [("text", "asked.")]]))
    f = Measurer().measure(path, "form.pdf")[1]
    assert [q.word_limit for q in f.questions] == [250]
    assert len(f.fields) == 3
