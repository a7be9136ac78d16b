"""Questions misread in ordinary layouts (session 15, acc15b), on small documents of the tests'
own, never the labelled corpus: each test states the rule a careful reader uses and checks it
in more than one wording and format."""

from __future__ import annotations

from pathlib import Path

from documents import _escape, measure, pages_pdf, write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

HINTED = [
    ("1. Describe what you want to do. (max 250 words)", None),
    ("Include what will happen, where it will take place and who will lead it.", "Your answer:"),
    ("2. Who will benefit from the project? (no more than 150 words)", None),
    (
        "For example, you could tell us how many people will take part and how you know "
        "they want it.",
        "Your answer:",
    ),
    ("3. How will you know the project has worked?", None),
    ("Please think about what will change for the people who take part.", "Your answer:"),
]


def _docx(tmp_path: Path, paragraphs: list[str]) -> DocumentFacts:
    path = write_docx(tmp_path / "form.docx", paragraphs, heading="Community grant form")
    return Measurer().measure(path, "form.docx")[1]


def _hinted(heading: str) -> list[str]:
    lines = ["Community grant form", ""]
    for text, after in HINTED:
        lines += [f"{heading}{text}" if after is None else text, ""]
        if after:
            lines += [after, "", ""]
    return lines


def test_a_hint_under_a_question_is_its_guidance(tmp_path: Path) -> None:
    """A sentence under a question, before its answer space, that tells what to put in the
    answer ("Include what will happen ...", "For example, you could tell us ...") is guidance on
    that question, though question words ("what", "who will") are inside it: it asks nothing by
    its own opening, has no "?", no number and no limit. One question each, with its limit."""
    texts = {
        "form.md": "\n".join(_hinted("### ")),
        "form.txt": "\n".join(_hinted("")),
    }
    found = [measure(tmp_path, name, text) for name, text in texts.items()]
    found.append(_docx(tmp_path, [line for line in _hinted("") if line]))
    for f in found:
        assert [q.text[:2] for q in f.questions] == ["1.", "2.", "3."], f.questions
        assert [q.word_limit for q in f.questions] == [250, 150, None]


def test_a_question_opening_its_own_ask_under_another_is_still_asked(tmp_path: Path) -> None:
    """A second prompt that opens with its own ask ("Describe ...", "Please tell us ...") or
    ends with "?" is a question of its own, not guidance on the one above."""
    text = (
        "1. What will you do? (200 words)\n\nPlease tell us who will benefit. (100 words)\n\n"
        "Answer:\n\n2. Your project's title\n\nDescribe how it will run.\n\nAnswer:\n"
    )
    for name in ("form.txt", "form.md"):
        f = measure(tmp_path, name, text)
        assert [q.word_limit for q in f.questions] == [200, 100, None], name


CHOICES = """Small grants form

1. What type of group are you?

{lead}Registered charity / Community interest company / Constituted group / Other

Answer:

2. Describe your project. (200 words)

Answer:
"""


def test_a_question_over_a_line_of_its_choices_is_a_field(tmp_path: Path) -> None:
    """A question with a line of three or more short choices under it, split by slashes,
    perhaps after an instruction to choose ("Please delete the ones that do not apply:",
    "Circle one:"), asks which one: a field, not prose, whatever space follows."""
    for lead in ("", "Please delete the ones that do not apply: ", "Circle one: "):
        text = CHOICES.format(lead=lead)
        md = text.replace("\n1. ", "\n### 1. ").replace("\n2. ", "\n### 2. ")
        found = [measure(tmp_path, "form.txt", text), measure(tmp_path, "form.md", md)]
        found.append(_docx(tmp_path, [line for line in text.splitlines() if line]))
        for f in found:
            assert [q.word_limit for q in f.questions] == [200], (lead, f.questions)
            assert len(f.fields) == 1, (lead, f.fields)


def test_a_line_of_examples_under_a_question_leaves_it_a_question(tmp_path: Path) -> None:
    """Examples under a question ("For example: sport / music / art / drama") are not choices:
    the question still asks for prose."""
    text = (
        CHOICES.format(lead="For example: ")
        .replace(
            "Registered charity / Community interest company / Constituted group / Other",
            "sport / music / art / drama",
        )
        .replace("What type of group are you?", "What will you run?")
    )
    for name in ("form.txt", "form.md"):
        assert len(measure(tmp_path, name, text).questions) == 2, name


WHY_ROWS = [
    ["What we ask", "Why we ask", ""],
    ["1.1  Name of your group", "So we know who is applying.", ""],
    [
        "2.1  Describe the harm the fire did to your building.",
        "Helps us see the scale of what happened. Up to 250 words.",
        "",
    ],
    [
        "2.2  How has it affected the people you support?",
        "Tell us about any sessions you have had to stop. Up to 200 words.",
        "",
    ],
    ["2.3  Who else have you asked for help?", "For example your insurer. No word limit.", ""],
]


def _why_html(rows: list[list[str]]) -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" if c else "<td>&nbsp;</td>" for c in row) + "</tr>"
        for row in rows
    )
    return f"<html><body><h1>Grant form</h1><table border='1'>{cells}</table></body></html>"


def _why_md(rows: list[list[str]]) -> str:
    lines = ["# Grant form", "", "| " + " | ".join(rows[0]) + " |", "| --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines) + "\n"


def test_a_why_we_ask_column_is_notes_on_its_row(tmp_path: Path) -> None:
    """A form in a table headed "What we ask | Why we ask | (answer)": the heading "Why we ask"
    asks nothing (a heading over notes, as "What we look for" is), and each row's note beside its
    question ("Helps us see ... Up to 250 words.", "Tell us about ... Up to 200 words.") is that
    question's note, its limit the question's: one question a row, read at its prompt."""
    word = write_docx(tmp_path / "form.docx", ["Grant form"], table=WHY_ROWS)
    found = [
        Measurer().measure(word, "form.docx")[1],
        measure(tmp_path, "form.html", _why_html(WHY_ROWS)),
        measure(tmp_path, "form.md", _why_md(WHY_ROWS)),
    ]
    for f in found:
        assert [q.text[:3] for q in f.questions] == ["2.1", "2.2", "2.3"], f.questions
        assert [q.word_limit for q in f.questions] == [250, 200, None], f.questions


CONTENTS = [
    "Community Chest: guidance and application form",
    "Contents",
    "1. Who can apply ........ 2",
    "2. What will we fund? ........ 3",
    "3. How will we decide … 4",
    "4. Application form ........ 5",
]
FORM = [
    "4. Application form",
    "Q1 Describe your project. (300 words)",
    "Answer:",
    "Q2 How will local people benefit? (200 words)",
    "Answer:",
]


def _contents_pdf() -> bytes:
    """The contents at the top of page 1 with the rest of the page empty (room a form would
    leave to write in), the form on page 2."""
    first = " ".join(
        f"BT /F1 11 Tf 56 {780 - 16 * i} Td ({_escape(t.replace('…', '....'))}) Tj ET"
        for i, t in enumerate(CONTENTS)
    )
    second = " ".join(
        f"BT /F1 11 Tf 56 {780 - 40 * i} Td ({_escape(t)}) Tj ET" for i, t in enumerate(FORM)
    )
    return pages_pdf([first, second])


def test_a_contents_entry_asks_nothing(tmp_path: Path) -> None:
    """A table of contents' entry ("2. What will we fund? ........ 3": a title, a leader of
    dots, a page number) names a part of the document, however it is worded and whatever space
    follows it: never a question."""
    text = "\n\n".join(CONTENTS) + "\n\n\n\n\n\n" + "\n\n".join(FORM) + "\n"
    path = tmp_path / "guide.pdf"
    path.write_bytes(_contents_pdf())
    found = [
        measure(tmp_path, "guide.txt", text),
        measure(tmp_path, "guide.md", text),
        Measurer().measure(path, "guide.pdf")[1],
    ]
    for f in found:
        assert [q.word_limit for q in f.questions] == [300, 200], f.questions


LISTS = [
    ["From your group", "From your host organisation"],
    ["Your group's rules, signed by three members.", "The host agreement, signed."],
    ["A breakdown of what you will spend the grant on.", "The host's latest accounts."],
    ["", "The host's safeguarding policy."],
    ["", "The host's insurance certificate."],
]


def test_an_empty_cell_opening_its_row_answers_nothing(tmp_path: Path) -> None:
    """Guidance listing documents in two columns, one running out before the other: an empty
    cell that opens its row, before a cell with words ("[ ] | The host's safeguarding policy."),
    is padding. A box follows its prompt, in its row or under it; the row above's words ("A
    breakdown of what you will spend ...") are not answered in it. No question."""
    word = write_docx(tmp_path / "guide.docx", ["What to send"], table=LISTS)
    found = [
        Measurer().measure(word, "guide.docx")[1],
        measure(tmp_path, "guide.html", _why_html(LISTS)),
    ]
    for f in found:
        assert f.questions == [], f.questions


TELLS = [
    "1. What will the grant pay for? (200 words)",
    "______________________________________________",
    "______________________________________________",
    "We will acknowledge your application by email within two working days and tell you our "
    "decision within six weeks.",
    "______________________________________________",
    "Our panel meets every month and looks at every complete application we receive.",
    "______________________________________________",
]


def test_the_funders_sentence_over_a_rule_asks_nothing(tmp_path: Path) -> None:
    """A sentence whose subject is the funder ("We will acknowledge your application ... and
    tell you our decision ...", "Our panel meets ...") tells the applicant something and asks
    nothing: a rule or blank after it is the page's, not an answer space. The question above
    keeps its box."""
    text = "\n\n".join(TELLS) + "\n"
    word = write_docx(tmp_path / "form.docx", TELLS, heading="Grant form")
    found = [
        measure(tmp_path, "form.txt", text),
        measure(tmp_path, "form.md", text.replace("____", "\\_\\_\\_\\_")),
        Measurer().measure(word, "form.docx")[1],
    ]
    for f in found:
        assert [q.word_limit for q in f.questions] == [200], f.questions


BUDGET = [
    ("1. Describe your project. (250 words)", "Answer:"),
    ("2. What will you spend the grant on? List each item and its cost.", "Answer:"),
    ("3. Please list the items the grant will pay for and the cost of each.", "Answer:"),
    ("4. Itemise your costs.", "Answer:"),
]


def test_a_prompt_asking_for_items_and_their_costs_asks_for_a_budget(tmp_path: Path) -> None:
    """A prompt whose instruction asks for items with their costs ("List each item and its
    cost", "the items ... and the cost of each", "Itemise your costs") asks for a budget:
    amounts beside items, values however they are laid out, not prose. A field each."""
    text = "\n\n".join(f"{q}\n\n{a}\n\n" for q, a in BUDGET)
    rows = [[q, ""] for q, _ in BUDGET]
    word = write_docx(tmp_path / "form.docx", ["Grant form"], table=rows)
    html = "".join(
        f"<label for='q{i}'>{q}</label><textarea id='q{i}' name='q{i}'></textarea>"
        for i, (q, _) in enumerate(BUDGET)
    )
    found = [
        measure(tmp_path, "form.txt", text),
        measure(tmp_path, "form.md", text.replace("\n\n1.", "\n\n### 1.")),
        Measurer().measure(word, "form.docx")[1],
        measure(tmp_path, "form.html", f"<html><body><form>{html}</form></body></html>"),
    ]
    for f in found:
        assert [q.word_limit for q in f.questions] == [250], f.questions
        assert len(f.fields) == 3, f.fields


CONFIRM = [
    "1. What will you do with the grant? (150 words)",
    "Answer:",
    "2. Type YES to confirm that your group has a safeguarding policy that covers volunteers.",
    "Answer:",
    "3. Write YES here if you agree to us sharing your details with other funders.",
    "Answer:",
]


def test_type_yes_to_confirm_names_the_answer(tmp_path: Path) -> None:
    """A prompt telling the applicant to type YES to confirm something ("Type YES to confirm
    that ...", "Write YES here if you agree ...") names its own answer: a declaration to make,
    a field, not prose, whatever space follows it."""
    text = "\n\n".join(CONFIRM) + "\n"
    rows = [[CONFIRM[i], ""] for i in range(0, len(CONFIRM), 2)]
    word = write_docx(tmp_path / "form.docx", ["Grant form"], table=rows)
    found = [
        measure(tmp_path, "form.txt", text),
        measure(tmp_path, "form.md", text),
        Measurer().measure(word, "form.docx")[1],
    ]
    for f in found:
        assert [q.word_limit for q in f.questions] == [150], f.questions
        assert len(f.fields) == 2, f.fields


GRID_TXT = """Small grants form

1. DESCRIBE YOUR PROJECT. (NO MORE THAN 200 WORDS)
------------------------------------------------------------------------
------------------------------------------------------------------------

PART 2 - MONEY

2. WHAT WILL THE GRANT PAY FOR?

   ITEM                                          COST
   --------------------------------------------  ----------
   --------------------------------------------  ----------
   --------------------------------------------  ----------

   TOTAL   £ ----------
"""


def test_a_question_over_a_blank_grid_titles_it(tmp_path: Path) -> None:
    """A question over a grid of values to fill in ("ITEM | COST" over empty rows, drawn in
    plain text as rows of dashes under a fixed-width header) is the grid's title: its column
    headings are not guidance on the question, the grid is one field, and no question."""
    rows = [["Item", "Cost (£)"], ["", ""], ["", ""], ["", ""]]
    word = write_docx(tmp_path / "form.docx", ["2. What will the grant pay for?"], table=rows)
    md = "## 2. What will the grant pay for?\n\n| Item | Cost (£) |\n| --- | --- |\n"
    md += "| | |\n" * 3
    found = [
        measure(tmp_path, "form.txt", GRID_TXT),
        measure(tmp_path, "form.md", md),
        Measurer().measure(word, "form.docx")[1],
    ]
    assert [q.word_limit for q in found[0].questions] == [200], found[0].questions
    for f in found[1:]:
        assert f.questions == [], f.questions
