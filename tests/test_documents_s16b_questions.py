"""Questions and limits misread in ordinary layouts (session 16, acc16b), on small documents of
the tests' own, never the labelled corpus: each test states the rule a careful reader uses and
checks it in more than one wording and format, with the near misses it must not fire on."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

# guidance naming the separate form its questions are answered on, then quoting them
SPECIFICATION = [
    "Request for quotation: specification and instructions",
    "",
    "6. How to send us a quotation",
    "",
    "{intro}",
    "",
    "Q1 How you will deliver the service (30%): 1,000 words",
    "Q2 How you will work with local groups (15%): 500 words",
    "Q3 Your staff and volunteers (15%): 500 words",
    "",
    "7. How we will evaluate quotations",
    "",
    "We will score your answers to the quality questions and your price.",
]
INTROS = [
    # the form named, then what it asks in the next sentence, words between
    "Fill in Document 2, the Quotation Response Form, in Word. It asks for your answers to "
    "three quality questions and your price. The questions and their word limits are:",
    "Download the application form (Word, 60KB) from our website. It will ask you the "
    "following questions, each with a word limit:",
    # what the form holds, named as its sections or questions
    "The Response Form has three sections. Section B holds the quality questions, each "
    "with a word limit:",
    "Our application form has three questions, each with a word limit:",
]


def _docx(tmp_path: Path, lines: list[str]) -> DocumentFacts:
    path = write_docx(tmp_path / "guide.docx", [line for line in lines if line])
    return Measurer().measure(path, "guide.docx")[1]


def _pdf(tmp_path: Path, lines: list[str]) -> DocumentFacts:
    path = write_pdf(tmp_path / "guide.pdf", [[line for line in lines if line]])
    return Measurer().measure(path, "guide.pdf")[1]


def test_guidance_naming_the_form_its_questions_are_on_counts_none(tmp_path: Path) -> None:
    """A document with nowhere to write that names the separate form the applicant fills in
    ("Fill in Document 2, the Quotation Response Form, in Word. It asks ...", "The Response
    Form has three sections") and lists that form's questions with their limits describes
    another form's questions: it counts none and no limit (the rulebook: "Guidance that
    describes or quotes questions answered on a separate form counts none")."""
    for n, intro in enumerate(INTROS):
        lines = [line.replace("{intro}", intro) for line in SPECIFICATION]
        found = [
            measure(tmp_path, f"guide{n}.txt", "\n".join(lines)),
            measure(tmp_path, f"guide{n}.md", "\n".join(lines)),
            _docx(tmp_path, lines),
            _pdf(tmp_path, lines),
        ]
        for f in found:
            assert f.questions == [], (intro, f.questions)


def test_a_form_answered_in_a_reply_keeps_its_questions(tmp_path: Path) -> None:
    """Near misses: a document with nowhere to write that is itself the form (an email whose
    questions are answered in the reply; a form whose own sections are named as "This form
    has") keeps its questions, though it says what is asked and names a form."""
    for intro in [
        "There is no application form: please reply to this email with your answers to the "
        "questions below. If we offer a grant, it asks only that you send a short report.",
        "This form has three questions. Reply to this email with your answers, keeping to "
        "the word limits:",
    ]:
        lines = [line.replace("{intro}", intro) for line in SPECIFICATION]
        for f in (
            measure(tmp_path, "email.txt", "\n".join(lines)),
            _pdf(tmp_path, lines),
        ):
            assert [q.word_limit for q in f.questions] == [1000, 500, 500], (intro, f.questions)


PARISH_FORM = [
    "Anyside Parish Council",
    "Community Grant Application Form 2026/27",
    "{intro}",
    "Section 1: About your group",
    "1. Name of your group:",
    "2. Contact name:",
    "Section 2: Your project",
    "3. Tell us about your group and what it does. (up to 200 words)",
    "4. Describe your project and who will benefit. (up to 300 words)",
    "5. How will you know the project has worked? (up to 150 words)",
    "Section 3: Declaration",
    "Signed:",
    "Date:",
]


def test_a_form_with_blank_space_describing_itself_keeps_its_questions(tmp_path: Path) -> None:
    """Near misses (review16 on 5269c75, which read each as 0 questions): a form answered in
    the blank space under its questions that tells what "this" form holds is the form, not
    guidance about another one ("Our application form has ..." is read either way: guidance
    says it of the form it describes)."""
    for n, intro in enumerate(
        [
            "This application form has four sections.",
            "Please fill in this form in black ink or type. It asks about your group and "
            "your project.",
            "This form is in four parts. It asks about your group, your project and your budget.",
        ]
    ):
        lines = [line.replace("{intro}", intro) for line in PARISH_FORM]
        for f in (
            measure(tmp_path, f"form{n}.txt", "\n\n".join(lines)),
            measure(tmp_path, f"form{n}.md", "\n\n".join(lines)),
            _docx(tmp_path, lines),
            _pdf(tmp_path, lines),
        ):
            assert [q.word_limit for q in f.questions] == [200, 300, 150], (intro, f.questions)


# a tender's method statement questions, each under a title line giving its reference,
# weighting and limit, the question's own words unnumbered under it, then the answer box
TITLED = [
    (
        "MS1 Service delivery    Weighting: 25%    Word limit: 750 words",
        "Describe how you will deliver the service across the two years of the contract.",
    ),
    (
        "MS2 Reaching people    Weighting: 15%    Word limit: 500 words",
        "How will you find and keep participants in the areas named in the Specification?",
    ),
    (
        "MS3 Staff and volunteers    Weighting: 10%    Word limit: 400 words",
        "Set out who will deliver the service and how you will train and supervise them.",
    ),
]
TITLES = [  # the same title lines as other councils write them
    lambda ref, name, weight, limit: f"{ref} {name}    Weighting: {weight}    Word limit: {limit}",
    lambda ref, name, weight, limit: f"{ref}: {name} ({weight} weighting, maximum {limit})",
    lambda ref, name, weight, limit: f"{ref} - {name} - weighting {weight} - max {limit}",
]


def _titled(title: object, ref: str = "MS") -> list[tuple[str, str]]:
    out = []
    for n, (line, question) in enumerate(TITLED, start=1):
        name = line.split("    ")[0].split(" ", 1)[1]
        weight = line.split("Weighting: ")[1].split()[0]
        limit = line.split("Word limit: ")[1]
        out.append((title(f"{ref}{n}", name, weight, limit), question))  # type: ignore[operator]
    return out


def _titled_docx(tmp_path: Path, items: list[tuple[str, str]]) -> DocumentFacts:
    import docx

    document = docx.Document()
    document.add_heading("Method statement response document", level=1)
    for title, question in items:
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph(question)
        document.add_paragraph("Your response should include:")
        document.add_paragraph("the activities you will run and where;", style="List Bullet")
        document.add_table(rows=1, cols=1).style = "Table Grid"
        document.add_paragraph("")
    path = tmp_path / "method.docx"
    document.save(str(path))
    return Measurer().measure(path, "method.docx")[1]


def _titled_text(items: list[tuple[str, str]]) -> list[str]:
    lines = ["Method statement response document", ""]
    for title, question in items:
        lines += [title, "", question, "", "_" * 60, "_" * 60, "_" * 60, ""]
    return lines


def test_a_title_line_over_a_question_gives_it_its_limit(tmp_path: Path) -> None:
    """A title line naming a question by a tender's reference ("MS1", "TQ2": letters and a
    number), its weighting and its limit, over the question's own words and an answer box, is
    the question's title: one question, the title's limit its limit."""
    for title in TITLES:
        for ref in ("MS", "TQ"):
            items = _titled(title, ref)
            found = [
                _titled_docx(tmp_path, items),
                measure(tmp_path, "method.txt", "\n".join(_titled_text(items))),
                _pdf(tmp_path, _titled_text(items)),
            ]
            for f in found:
                assert [q.word_limit for q in f.questions] == [750, 500, 400], (
                    items[0][0],
                    f.questions,
                )


def test_a_title_line_over_a_question_with_its_own_limit_or_a_field(tmp_path: Path) -> None:
    """Near misses: a question under such a title that states a limit of its own keeps its
    own; a title line over a contact detail's label gives a field no limit."""
    items = _titled(TITLES[0])
    own = [(title, question + " (300 words)") for title, question in items]
    for f in (
        _titled_docx(tmp_path, own),
        measure(tmp_path, "method.txt", "\n".join(_titled_text(own))),
    ):
        assert [q.word_limit for q in f.questions] == [300, 300, 300], f.questions
    field = [("AB1 Contact    Word limit: 50 words", "Name of the contact for this bid")]
    f = measure(tmp_path, "contact.txt", "\n".join(_titled_text(field)))
    assert f.questions == [], f.questions


def _struck_docx(tmp_path: Path, mark: str, in_table: bool) -> DocumentFacts:
    """A Word form marked up by hand: struck-through words deleted, new ones in."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Core grant application form", level=1)
    document.add_paragraph(
        "Deleted text is struck through; new text is double-underlined. The marks will be "
        "removed before the form is published."
    )

    def struck(run: object) -> None:
        element = OxmlElement(f"w:{mark}")
        if mark == "strike-off":
            element = OxmlElement("w:strike")
            element.set(qn("w:val"), "0")
        run._r.get_or_add_rPr().append(element)  # type: ignore[attr-defined]

    questions = [
        [("C1 Describe your organisation's purpose. (", ""), ("750 ", "s"), ("600 words)", "")],
        [("C2 Describe your premises and who can use them. (200 words)", "s")],
        [
            ("C3 How will you measure the difference you make? (", ""),
            ("300", "s"),
            (" 400 words)", ""),
        ],
    ]
    for runs in questions:
        if in_table:
            table = document.add_table(rows=2, cols=1)
            paragraph = table.cell(0, 0).paragraphs[0]
        else:
            paragraph = document.add_paragraph()
        for words, how in runs:
            run = paragraph.add_run(words)
            if how == "s":
                struck(run)
        if not in_table:
            document.add_paragraph("_" * 60)
    path = tmp_path / "marked.docx"
    document.save(str(path))
    return Measurer().measure(path, "marked.docx")[1]


def test_struck_through_words_in_a_word_form_are_deleted(tmp_path: Path) -> None:
    """Words a Word form strikes through (w:strike, w:dstrike) are deleted, as a reader sees
    them: "(~~750~~ 600 words)" is 600 words, and a question struck through whole is gone."""
    for mark in ("strike", "dstrike"):
        for in_table in (True, False):
            f = _struck_docx(tmp_path, mark, in_table)
            assert [q.word_limit for q in f.questions] == [600, 400], (mark, f.questions)


def test_strike_turned_off_is_read(tmp_path: Path) -> None:
    """Near miss: a run whose strike-through is turned off (w:strike w:val="0", as a style's
    strike undone) is read as any other."""
    for in_table in (True, False):
        f = _struck_docx(tmp_path, "strike-off", in_table)
        assert len(f.questions) == 3, f.questions
        assert [q.word_limit for q in f.questions][1] == 200, f.questions


# a yes/no question's follow-up, asked only of those who answered it one way, itself a yes/no
FOLLOW_UPS = [
    "If yes, will everyone working with them have a DBS check at the right level?",
    "If so, is the venue you will use accessible to wheelchair users?",
    "If no, do you plan to get a safeguarding policy before the project starts?",
    "If yes to question 4, have the staff who will lead it had safeguarding training?",
]


def _followed_text(follow_up: str) -> str:
    return "\n".join(
        [
            "Community safety fund application",
            "",
            "4. Will children or adults at risk take part in the project?   Yes / No",
            "",
            f"5. {follow_up}",
            "",
            "Answer: ________________________________________",
            "",
            "6. Describe what you will do and who will lead it. (max 200 words)",
            "",
            "_" * 60,
            "_" * 60,
            "_" * 60,
        ]
    )


def _followed_docx(tmp_path: Path, follow_up: str) -> DocumentFacts:
    import docx

    document = docx.Document()
    document.add_heading("Community safety fund application", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "4.1 Will children or adults at risk take part in the project?"
    table.cell(0, 1).text = "Yes / No"
    table.cell(1, 0).text = f"4.2 {follow_up}"
    document.add_paragraph("")
    box = document.add_table(rows=2, cols=1)
    box.cell(0, 0).text = "4.3 Describe what you will do and who will lead it. (max 200 words)"
    path = tmp_path / "followed.docx"
    document.save(str(path))
    return Measurer().measure(path, "followed.docx")[1]


def test_a_yes_no_follow_up_after_if_yes_is_a_field(tmp_path: Path) -> None:
    """A yes/no question asked only of those who answered the one before it a certain way
    ("If yes, will everyone ... have a DBS check?", "If so, is the venue accessible?") asks
    for yes or no all the same: a field, with its box or line, not a question."""
    for follow_up in FOLLOW_UPS:
        for f in (
            measure(tmp_path, "followed.txt", _followed_text(follow_up)),
            measure(tmp_path, "followed.md", _followed_text(follow_up)),
            _followed_docx(tmp_path, follow_up),
        ):
            assert [q.word_limit for q in f.questions] == [200], (follow_up, f.questions)


def test_a_follow_up_asking_for_words_after_if_yes_is_a_question(tmp_path: Path) -> None:
    """Near misses: a follow-up that asks for words ("If yes, how will you keep them safe?",
    "If so, will you tell us how ...?", "If yes, please describe ...") is a question."""
    for follow_up in [
        "If yes, how will you keep them safe?",
        "If so, will you tell us how you will keep them safe?",
        "If yes, please describe the training the people who will lead it have had.",
    ]:
        for f in (
            measure(tmp_path, "followed.txt", _followed_text(follow_up)),
            _followed_docx(tmp_path, follow_up),
        ):
            assert [q.word_limit for q in f.questions] == [None, 200], (follow_up, f.questions)


# a web form's box with no maxlength whose counter under it, as the page was saved, states
# the limit with no unit: the count so far (0) over the most it takes
COUNTED = [
    # Vuetify (v-counter)
    '<div class="v-input"><div class="v-input__slot"><label for="q{n}">{q}</label>'
    '<textarea id="q{n}" rows="4"></textarea></div><div class="v-text-field__details">'
    '<div class="v-counter">0 / {most}</div></div></div>',
    # Bootstrap, a small muted line under the box
    '<div class="mb-3"><label for="q{n}" class="form-label">{q}</label>'
    '<textarea id="q{n}" class="form-control"></textarea>'
    '<small class="form-text text-muted">0/{most}</small></div>',
    # a counter a script writes after the box's wrapper
    '<div class="field"><label for="q{n}">{q}</label><textarea id="q{n}"></textarea></div>'
    '<div class="char-counter" aria-live="polite">0 of {most}</div>',
]
ASKED = [
    ("What has happened, and why do you need funding now?", 1200),
    ("What will you buy or pay for with the grant?", 600),
]


def _page(control: str, asked: list[tuple[str, int]], extra: str = "") -> str:
    boxes = "".join(
        control.format(n=n, q=q, most=most) for n, (q, most) in enumerate(asked, start=1)
    )
    return (
        "<html><body><h1>Emergency fund application</h1><form>"
        f'<label for="org">Organisation name</label><input id="org" type="text">{boxes}{extra}'
        "</form></body></html>"
    )


def _typed(control: str) -> str:
    """The control with three characters typed already: its counter says so ("3 / 600")."""
    return control.replace(">0 /", ">3 /").replace(">0/", ">3/").replace(">0 of", ">3 of")


def test_a_counter_under_a_box_states_its_limit_in_characters(tmp_path: Path) -> None:
    """A counter saved under a box that sets no maxlength ("0 / 600": none typed yet, of the
    most it takes) states the box's limit; a counter with no unit counts characters, as a
    browser's and a framework's counters do (600 characters = 100 words)."""
    for n, control in enumerate(COUNTED):
        for name in (f"form{n}.html", f"form{n}.htm"):
            f = measure(tmp_path, name, _page(control, ASKED))
            assert [q.word_limit for q in f.questions] == [200, 100], (control, f.questions)


def test_a_count_that_is_no_limit_under_a_box(tmp_path: Path) -> None:
    """Near misses: a page's step counter ("Step 1 / 3") and a count already typed ("3 / 5")
    are no limit; a box whose maxlength is set keeps it, its counter saying the same."""
    steps = '<p class="steps">1 / 3</p>'
    for control in COUNTED:
        f = measure(
            tmp_path,
            "steps.html",
            _page(_typed(control), ASKED, steps),
        )
        assert [q.word_limit for q in f.questions] == [None, None], f.questions
    both = COUNTED[0].replace('rows="4"', 'rows="4" maxlength="900"')
    f = measure(tmp_path, "both.html", _page(both, ASKED))
    assert [q.word_limit for q in f.questions] == [150, 150], f.questions


# a funder with no form: the application is a letter, its limit given where it is asked for,
# over the points it should cover (no box or limit of their own), then a cover sheet
LETTER_LEADS = [
    "We do not have an application form. Please write to us covering the following points, "
    "in this order, in a letter of no more than two sides of A4:",
    "There is no form to fill in. Write to us in no more than 1,000 words, covering:",
    "Please write to us, in a letter of up to 1,000 words, telling us about the points below:",
]
POINTS = [
    "1. Who you are and what your charity does.",
    "2. What you would like us to fund, and what it will cost.",
    "3. Who will benefit, and roughly how many people.",
    "4. How you will know whether it has worked.",
]
COVER = [
    "COVER SHEET: PLEASE PUT THIS ON TOP OF YOUR LETTER",
    "",
    "Charity name: ______________________________",
    "",
    "Registered charity number: ______________________________",
    "",
    "Amount requested: ______________________________",
]


def _wrapped(text: str, width: int = 72) -> list[str]:
    """A paragraph wrapped at a plain-text margin, as a text file keeps it."""
    import textwrap

    return textwrap.wrap(text, width)


def _letter(lead: str, wrap: bool) -> list[str]:
    lines = ["THE ASHWORTH CHARITABLE TRUST", "", "HOW TO APPLY", ""]
    lines += _wrapped(lead) if wrap else [lead]
    lines.append("")
    for point in POINTS:
        lines += [point, ""]
    return lines + ["Please write in plain English.", ""] + COVER


def test_a_letter_asked_for_with_a_limit_is_one_question(tmp_path: Path) -> None:
    """A funder with no form asks for a letter ("Please write to us covering the following
    points ... in a letter of no more than two sides of A4:"): the letter is the one answer in
    the applicant's own words, its limit the one given, and the points under it, with no box
    or limit of their own, share it (as sub-questions sharing one box count once). The limit
    may wrap onto a line of its own ("two sides" then "of A4:")."""
    for lead in LETTER_LEADS:
        for f in (
            measure(tmp_path, "letter.txt", "\n".join(_letter(lead, True))),
            measure(tmp_path, "letter.md", "\n".join(_letter(lead, True))),
            _docx(tmp_path, _letter(lead, False)),
            _pdf(tmp_path, _letter(lead, True)),
        ):
            assert [q.word_limit for q in f.questions] == [1000], (lead, f.questions)


def test_writing_to_us_that_asks_for_no_letter(tmp_path: Path) -> None:
    """Near misses: "write to us" giving an address for questions asks for nothing, and a
    letter of support someone else writes, with a length, is a document to send."""
    form = [
        "Community chest application form",
        "",
        "If you have any questions about the fund, please write to us at the address below.",
        "",
        "1. Describe your project. (max 300 words)",
        "",
        "_" * 60,
        "_" * 60,
        "",
        "Please send with this form:",
        "- a letter of support from a partner organisation (no more than one side of A4)",
        "- your most recent accounts",
        "",
        *COVER[2:],
    ]
    for f in (
        measure(tmp_path, "form.txt", "\n".join(form)),
        _docx(tmp_path, form),
    ):
        assert [q.word_limit for q in f.questions] == [300], f.questions


# a bilingual form's value prompts: each language's words with its own note in brackets,
# the second language on the line under the first, over the one answer line
TWINNED = [
    ("Swm y grant rydych yn gofyn amdano (£)", "Amount of grant you are asking for (£)"),
    (
        "Dyddiad y bydd y prosiect yn dechrau (dd/mm/bbbb)",
        "Date the project will start (dd/mm/yyyy)",
    ),
    (
        "Rhif ffôn y person cyswllt yn ystod y dydd (os oes un)",
        "Daytime telephone number of the contact person (if you have one)",
    ),
]


def _twinned(welsh: str, english: str) -> list[str]:
    return [
        "Ffurflen gais / Application form",
        "",
        "2.1 Disgrifiwch eich prosiect. (uchafswm 200 gair)",
        "    Describe your project. (maximum 200 words)",
        "ATEB / ANSWER:",
        "",
        "",
        "",
        f"2.2 {welsh}",
        f"    {english}",
        "ATEB / ANSWER:",
        "",
    ]


def test_a_value_asked_in_two_languages_each_with_its_note_is_a_field(tmp_path: Path) -> None:
    """A value's prompt given in two languages, each with its own note in brackets ("Swm y
    grant ... (£)" over "Amount of grant you are asking for (£)"), is as long as one of them:
    a field's label, though the two together run past a label's length."""
    for welsh, english in TWINNED:
        lines = _twinned(welsh, english)
        for f in (
            measure(tmp_path, "ffurflen.txt", "\n".join(lines)),
            measure(tmp_path, "ffurflen.md", "\n".join(lines)),
            _docx(tmp_path, lines),
        ):
            assert [q.word_limit for q in f.questions] == [200], (english, f.questions)
            assert len(f.fields) >= 1, (english, f.fields)


def test_a_long_prompt_with_a_note_in_brackets_is_still_a_question(tmp_path: Path) -> None:
    """Near misses: a question with a bracketed note inside its words ("Tell us about your
    project (what, where and when) and how the people who will take part helped to plan it")
    and a bilingual question with its limit in each language are questions."""
    for prompt in [
        "Tell us about your project (what, where and when) and how the people who will take "
        "part in it helped you to plan it and choose the activities",
        "Sut bydd pobl yn elwa? (hanner ochr A4) How will people benefit? (half a side of A4)",
    ]:
        text = "\n".join(["Application form", "", f"3. {prompt}", "Answer:", "", "", ""])
        f = measure(tmp_path, "form.txt", text)
        assert len(f.questions) == 1, (prompt, f.questions)


# a list of documents to send whose last item has blank lines or a drawn box after it
LISTED = [
    [
        "a.   a copy of your group's constitution or rules;",
        "b.   a simple plan or photograph of the site;",
        "c.   written permission from the landowner.",
    ],
    [
        "(a) Your latest annual accounts.",
        "(b) Your public liability insurance certificate.",
        "(c) Your professional indemnity insurance certificate (minimum cover £1,000,000).",
    ],
    [
        "1. A copy of your constitution",
        "2. Your most recent bank statement",
        "3. Two written quotes for the equipment",
    ],
]


def _listed_text(items: list[str]) -> str:
    """A form as pdftotext prints it, its answer boxes gone to blank lines."""
    lines = ["PARISH COUNCIL GRANT FORM", "", "PART 2   YOUR PROJECT", ""]
    lines += ["   9.  What will you do? (max. 150 words)", "", "", "", "", ""]
    lines += ["  10.  How will you look after the site? (max. 100 words)", "", "", "", "", ""]
    lines += ["PART 3   WHAT TO SEND", "", "   Please attach:", ""]
    lines += [f"     {item}" for item in items]
    lines += ["", "", "", "", "PART 4   DECLARATION", "", "   Signed: ___________    Date: ______"]
    return "\n".join(lines)


def _listed_pdf(tmp_path: Path, items: list[str]) -> DocumentFacts:
    """A text PDF: a question over its drawn box, then the list with a box drawn under it."""
    from documents import _escape, pages_pdf

    def text(top: int, lines: list[str]) -> str:
        shown = " ".join(f"({_escape(line)}) Tj T*" for line in lines)
        return f"BT /F1 11 Tf 14 TL 56 {top} Td {shown} ET"

    stream = " ".join(
        [
            text(780, ["Parish council grant form", "9. What will you do? (max. 150 words)"]),
            "0.5 w 56 620 480 120 re S",
            text(600, ["Part 3 What to send", "Please attach:", *items]),
            "0.5 w 56 440 480 60 re S",
            text(420, ["Part 4 Declaration", "Signed:"]),
        ]
    )
    path = tmp_path / "listed.pdf"
    path.write_bytes(pages_pdf([stream]))
    return Measurer().measure(path, "listed.pdf")[1]


def test_an_item_naming_a_document_to_send_is_no_question(tmp_path: Path) -> None:
    """An item of a list that opens by naming a document ("c. written permission from the
    landowner", "(c) Your professional indemnity insurance certificate", "3. Two written
    quotes") asks for that document, not for words, whatever blank lines or drawn box follow
    it: no question (the requirements reader counts the document)."""
    for items in LISTED:
        f = measure(tmp_path, "listed.txt", _listed_text(items))
        assert [q.word_limit for q in f.questions] == [150, 100], (items[-1], f.questions)
    for items in LISTED[:2]:
        f = _listed_pdf(tmp_path, items)
        assert [q.word_limit for q in f.questions] == [150], (items[-1], f.questions)


def test_an_item_asking_about_a_document_is_a_question(tmp_path: Path) -> None:
    """Near misses: an item that asks about a document ("c. Your safeguarding policy: how do
    you keep children safe?") or tells the applicant to write one ("c. Give a timetable for
    the project ...", "c. Describe the quotes you have had") is a question over its box."""
    for last in [
        "c.   Your safeguarding policy: how do you keep children safe?",
        "c.   Give a timetable for the project, with the main steps.",
        "c.   Describe the quotes you have had for the work.",
    ]:
        items = [*LISTED[0][:2], last]
        f = measure(tmp_path, "listed.txt", _listed_text(items))
        assert [q.word_limit for q in f.questions] == [150, 100, None], (last, f.questions)
        f = _listed_pdf(tmp_path, items)
        assert [q.word_limit for q in f.questions] == [150, None], (last, f.questions)


def test_a_summary_asked_for_is_a_question(tmp_path: Path) -> None:
    """A prompt naming a summary of the applicant's own ("Project summary for our website",
    "Project Summary (Max 600 characters)", "Summary of your project") with room or a limit for
    it asks for prose in their own words: a question, though its words ask nothing else and
    name a value's cue ("website")."""
    page = (
        '<html><body><form><label for="org">Organisation name</label><input id="org">'
        '<label for="s">Project summary for our website</label>'
        '<p class="hint" id="s-hint">Up to 50 words. We publish it if you get a grant.</p>'
        '<textarea id="s" aria-describedby="s-hint"></textarea>'
        '<label for="d">Describe your project (up to 250 words)</label><textarea id="d"></textarea>'
        "</form></body></html>"
    )
    for name in ("apply.html", "apply.htm"):
        f = measure(tmp_path, name, page)
        assert [q.word_limit for q in f.questions] == [50, 250], f.questions
    printed = [
        "Thriving Communities application (printable view)",
        "Organisation Name",
        "Project Summary (Max 600 characters)",
        "In plain English, what will the project do?",
        "Describe the need for your project. (Max 3,000 characters)",
        "Page 1 of 1",
    ]
    f = _pdf(tmp_path, printed)
    assert [q.word_limit for q in f.questions] == [100, 500], f.questions
    lines = ["Grant form", "", "3. Summary of your project (no more than 100 words)"]
    f = measure(tmp_path, "form.txt", "\n".join([*lines, "", "_" * 60, "_" * 60, ""]))
    assert [q.word_limit for q in f.questions] == [100], f.questions


def test_a_summary_of_figures_is_no_question(tmp_path: Path) -> None:
    """Near misses: a summary of sums ("Summary of costs (£)") over its box, and a budget
    summary over a grid of items and costs, are values, not prose."""
    text = "\n".join(
        [
            "Grant form",
            "",
            "5. Summary of costs (£): ____________",
            "",
            "6. Budget summary",
            "",
            "| Item | Cost (£) |",
            "|------|----------|",
            "|      |          |",
            "|      |          |",
            "",
            "7. Describe your project (no more than 200 words)",
            "",
            "_" * 60,
            "_" * 60,
        ]
    )
    for name in ("form.md", "form.txt"):
        f = measure(tmp_path, name, text)
        assert [q.word_limit for q in f.questions] == [200], (name, f.questions)


def _two_clause_form(follow_up: str) -> str:
    rule = "\n".join(["_" * 60] * 3)
    return "\n\n".join(
        [
            "Anyside Town Council Community Grant application form",
            "1. Describe your project and who it is for. (up to 300 words)",
            rule,
            "2. Will your project involve children or vulnerable adults? Yes / No",
            follow_up,
            rule,
            "3. How will you know your project has worked? (up to 200 words)",
            rule,
            "Signed:",
        ]
    )


def test_a_yes_no_question_with_a_second_clause_asking_for_words_is_a_question(
    tmp_path: Path,
) -> None:
    """A yes/no question whose second clause asks for words ("Are there any risks to them, and
    how will you manage those risks?"), with a box of its own, is a question, after its
    condition or not (review16 on 72f3f50, which read each as a yes/no field); "and how many"
    asks for a number still."""
    for n, (follow_up, questions) in enumerate(
        [
            ("If yes, are there any risks to them, and how will you manage those risks?", 3),
            ("If yes, have you run an activity like this before, and what did you learn?", 3),
            ("Were there any problems last time, and what did you do about them?", 3),
            ("If yes, will they be supervised, and how many adults will be there?", 2),
        ]
    ):
        text = _two_clause_form(follow_up)
        for f in (
            measure(tmp_path, f"form{n}.txt", text),
            _docx(tmp_path, text.split("\n")),
            _pdf(tmp_path, text.split("\n")),
        ):
            assert len(f.questions) == questions, (follow_up, [q.text for q in f.questions])
