"""Whole documents a layout of their own once left unread (session 14), on small documents of
the tests' own, never the labelled corpus: each test states the rule a careful reader uses and
checks it in more than one wording or format."""

from __future__ import annotations

from pathlib import Path

from documents import _escape, pages_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def _rounded(left: float, low: float, right: float, top: float, r: float, paint: str) -> str:
    """A box with rounded corners as a browser prints one: four rules that stop ``r`` short of
    each corner, joined by Bézier curves (each corner's control points on its two rules)."""
    k = r * 0.45
    return (
        f"n {left + r} {low} m {right - r} {low} l "
        f"{right - r + k} {low} {right} {low + r - k} {right} {low + r} c "
        f"{right} {top - r} l {right} {top - r + k} {right - r + k} {top} {right - r} {top} c "
        f"{left + r} {top} l {left + r - k} {top} {left} {top - r + k} {left} {top - r} c "
        f"{left} {low + r} l {left} {low + r - k} {left + r - k} {low} {left + r} {low} c "
        f"h {paint}"
    )


def _web_form_pdf(items: list[str | float], r: float, paint: str) -> bytes:
    """A page of lines, each number among them a rounded box that high under the line above
    (0: a radio button, a circle, before the line that follows)."""
    y, ops = 790.0, []
    for item in items:
        if isinstance(item, str):
            ops.append(f"BT /F1 10 Tf 1 0 0 1 78 {y} Tm ({_escape(item)}) Tj ET")
            y -= 16
        elif item == 0:
            ops.append(_rounded(62, y - 16, 72, y - 6, 5, "S"))
        else:
            ops.append(_rounded(60, y - item, 535, y + 6, r, paint))
            y -= item + 18
    return pages_pdf([" ".join(ops)])


def _measured(tmp_path: Path, data: bytes) -> DocumentFacts:
    path = tmp_path / "export.pdf"
    path.write_bytes(data)
    return Measurer().measure(path, "export.pdf")[1]


def test_a_box_with_rounded_corners_is_room_to_write(tmp_path: Path) -> None:
    """A form builder's blank PDF export draws each answer box with rounded corners: its sides
    stop short of its rules, but it is a box to write in as a square one is (and the "0 / 1200
    characters" counter under it is its limit); a one-line box is a value's, and a small round
    mark (a radio button) is no box."""
    for r, paint in ((4, "S"), (8, "0.95 g f"), (2.5, "B")):
        items: list[str | float] = [
            "1. Name of your group *",
            20,
            "2. Describe your project and who will take part. *",
            110,
            "0 / 1200 characters",
            "3. Which season will it run in?",
            0,
            "Summer",
            "4. What will be different because of your project?",
            80,
        ]
        f = _measured(tmp_path, _web_form_pdf(items, r, paint))
        assert [q.text[:2] for q in f.questions] == ["2.", "4."], (r, paint)
        assert [q.word_limit for q in f.questions] == [200, None], (r, paint)


ELEVENTY = """---
layout: form
title: Apply for a {kind} grant
---

{{% from "govuk/components/input/macro.njk" import govukInput %}}
{{% from "govuk/components/character-count/macro.njk" import govukCharacterCount %}}

Fill in this page and select **Send**.

<form action="{{{{ form.action }}}}" method="post" novalidate>

## About you

{{{{ govukInput({{
  label: {{ text: "Name of your organisation", classes: "govuk-label--s" }},
  id: "org",
  name: "org"
}}) }}}}

{{{{ govukRadios({{
  name: "charity",
  fieldset: {{ legend: {{ text: "Are you a registered charity?" }} }},
  items: [ {{ value: "yes", text: "Yes" }}, {{ value: "no", text: "No" }} ]
}}) }}}}

{{{{ govukDateInput({{
  id: "start",
  fieldset: {{ legend: {{ text: "When will the project start?" }} }}
}}) }}}}

## Your project

{{{{ govukCharacterCount({{
  name: "project",
  id: "project",
  maxwords: 250,
  label: {{ text: "Describe your {kind} project and who it is for" }},
  hint: {{ text: "Say " + "where it will happen." }}
}}) }}}}

{{{{ govukCharacterCount({{
  name: "change",
  id: "change",
  maxlength: 1500,
  label: {{ html: "What <strong>difference</strong> will it make?" }}
}}) }}}}

{{{{ govukTextarea({{
  name: "else",
  id: "else",
  label: {{ text: "Is there anything else you would like to tell us?" }}
}}) }}}}

{{{{ govukFileUpload({{
  id: "accounts",
  name: "accounts",
  label: {{ text: "Upload your latest accounts" }},
  hint: {{ text: "If your group is under a year old, upload a letter from your bank instead." }}
}}) }}}}

{{{{ govukButton({{ text: "Send" }}) }}}}

</form>
"""


def test_design_system_macro_calls_are_the_form_they_draw(tmp_path: Path) -> None:
    """A page written as a design system's macro calls (GOV.UK Frontend's Nunjucks, as an
    Eleventy Markdown page or an HTML template; the same calls in Jinja, with Python's quoted
    keys and True) is the form the site draws: a character count with ``maxwords`` or
    ``maxlength`` is a question with that limit, a textarea one with none, an input, radios and
    a date fields, a file upload an attachment; the calls' settings are not words."""
    from documents import measure

    jinja = (
        ELEVENTY.replace("label: {", "'label': {")
        .replace("hint: {", "'hint': {")
        .replace("maxwords: 250", "'maxwords': 250, 'spellcheck': True")
    )
    html = f"<!DOCTYPE html><html><body><main>{ELEVENTY.split('---', 2)[2]}</main></body></html>"
    for name, text in (("apply.md", ELEVENTY), ("jinja.md", jinja), ("apply.html", html)):
        for kind in ("community", "sports club"):
            f = measure(tmp_path, name, text.format(kind=kind))
            assert [q.word_limit for q in f.questions] == [250, 250, None], (name, kind)
            assert f.questions[0].text.startswith("Describe your"), (name, kind)
            assert len(f.fields) == 3, (name, kind)
            assert [(a.kind, a.conditional) for a in f.attachments] == [("accounts", False)], (
                name,
                kind,
            )
            assert "classes" not in " ".join(q.text for q in f.questions)


def test_macro_calls_too_deep_or_unclosed_are_left_as_words() -> None:
    """An argument nested deeper than any control's, or never closed, is not read (bounded)."""
    from grantcheck.documents.macros import drawn

    for text in (
        "{{ govukInput({ label: " + "[" * 5000,
        '{{ govukTextarea({ label: { text: "Why?" }',
        '{{ govukInput({ label: "x" }) %}',
        "{{ govukInput({ label: " + "{ a: " * 30 + "1" + " }" * 30 + " }) }}",
    ):
        assert drawn(text) == text
    assert "<textarea" in drawn('{{ textarea({ label: { text: "Why?" }, id: "why" }) }}')
    assert drawn('{{ govukInputs({ label: "x" }) }}').startswith("{{")  # (no such component)


def _glance(unit: str) -> list[list[str]]:
    return [
        ["Question", unit],
        ["C1  Your experience", "300"],
        ["C2  Your activities", "400"],
        ["C3  Working with families", "150"],
    ]


PROMPTS = [
    ("C1  Your experience", "Tell us about your experience of running clubs for children."),
    ("C2  Your activities", "Describe a typical day. What will children do each day?"),
    ("C3  Working with families", "How will you tell families about other help?"),
]


def test_a_table_of_limits_at_a_glance_gives_the_questions_below_theirs(tmp_path: Path) -> None:
    """A table listing each question's reference and a bare figure under a unit's heading
    ("Question | Maximum words", "C1  Your experience | 300") before the questions, each asked
    below under its reference with room to write, gives each question its limit: the table is
    no question of its own (Word, Markdown)."""
    from documents import measure
    from form_documents import write_form_docx

    for unit, words in (("Maximum words", 850), ("Word limit", 850), ("Max. characters", 142)):
        items: list[str | list[list[str]]] = ["Word limits at a glance", _glance(unit)]
        for title, prompt in PROMPTS:
            items += [title, prompt, "_" * 60, "_" * 60, "_" * 60]
        path = write_form_docx(tmp_path / "form.docx", items)
        f = Measurer().measure(path, "form.docx")[1]
        assert [q.text[:4] for q in f.questions] == ["Tell", "Desc", "How "], unit
        assert sum(q.word_limit or 0 for q in f.questions) == words, unit
        table = "\n".join(f"| {' | '.join(row)} |" for row in [_glance(unit)[0], ["---", "---"]])
        rows = "\n".join(f"| {a} | {b} |" for a, b in _glance(unit)[1:])
        asked = "\n\n".join(f"**{t}**\n\n{p}\n\n{'_' * 40}\n\n{'_' * 40}" for t, p in PROMPTS)
        f = measure(tmp_path, "form.md", f"# Apply\n\n{table}\n{rows}\n\n{asked}\n")
        assert [q.text[:4] for q in f.questions] == ["Tell", "Desc", "How "], unit
        assert sum(q.word_limit or 0 for q in f.questions) == words, unit


def test_an_answer_sheet_of_references_with_arrows_answers_a_table_of_questions(
    tmp_path: Path,
) -> None:
    """A table of the questions with their limits ("Q1 | Describe ... | 400"), answered below
    on lines holding only each reference and an arrow ("Q1 >>"), asks each question once, with
    the limit in its row (text, Markdown)."""
    from documents import measure

    rows = [
        ("Q1", "Describe how you would run the sessions.", "400"),
        ("Q2", "How would you work with local landlords?", "300"),
        ("Q3", "What else would we get from choosing you?", "150"),
    ]
    for arrow in (">>", "->", "»"):
        table = (
            "REF  QUESTION                                     MAX WORDS\n"
            "---  -------------------------------------------  ---------\n"
        ) + "".join(f"{r:<4} {q:<44} {n:>6}\n" for r, q, n in rows)
        sheet = "".join(f"{r} {arrow}\n\n\n" for r, _, _ in rows)
        for name in ("rfq.txt", "rfq.md"):
            f = measure(tmp_path, name, f"YOUR QUOTATION\n\n{table}\n\n{sheet}\nPRICE\n")
            assert len(f.questions) == 3, (arrow, name)
            assert sum(q.word_limit or 0 for q in f.questions) == 850, (arrow, name)


def _two_columns(questions: list[tuple[str, int | None]], labels: list[str]) -> bytes:
    """A landscape fillable page in two columns: on the left, each of ``labels`` beside a
    one-line box (200 characters at most); on the right, each question over a tall box (its
    tooltip the question, its /MaxLen the limit), the questions' lines level with the
    labels'."""
    from documents import assemble

    ops, widgets = [], []
    for n, label in enumerate(labels):
        y = 520 - 30 * n
        ops.append(f"BT /F1 9 Tf 40 {y} Td ({_escape(label)}) Tj ET")
        box = f"/Rect [200 {y - 4} 400 {y + 8}] /MaxLen 200"
        widgets.append(f"/FT /Tx /T (v{n}) /TU ({_escape(label)}) {box}")
    for n, (prompt, most) in enumerate(questions):
        y = 520 - 90 * n
        ops.append(f"BT /F1 9 Tf 430 {y} Td ({_escape(prompt)}) Tj ET")
        limit = f" /MaxLen {most}" if most else ""
        widgets.append(
            f"/FT /Tx /T (q{n}) /TU ({_escape(prompt)}) /Ff 4096{limit} "
            f"/Rect [430 {y - 80} 806 {y - 6}]"
        )
    stream = " ".join(ops)
    first = 5 + len(widgets)  # (the widgets are objects 5 on; then the stream and the page)
    annots = " ".join(f"{5 + i} 0 R" for i in range(len(widgets)))
    return assemble(
        [
            f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{annots}] >> >>".encode(),
            f"<< /Type /Pages /Kids [{first + 1} 0 R] /Count 1 >>".encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
            *(f"<< /Type /Annot /Subtype /Widget {w} >>".encode("latin-1") for w in widgets),
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream".encode("latin-1"),
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents {first} 0 R "
                f"/Resources << /Font << /F1 3 0 R >> >> /Annots [{annots}] >>"
            ).encode(),
        ]
    )


def test_a_fillable_page_in_two_columns_asks_each_boxed_question_once(tmp_path: Path) -> None:
    """On a fillable page in two columns, a question printed level with the other column's
    labels, its box (labelled with its words) lower down, is asked once, by its box: not also
    where its line is read with the label beside it; a box for a link is a value's."""
    questions = [
        ("1. Describe your project. (max 1,200 characters)", 1200),
        ("2. Who will benefit, and how do you know they want it? (max 900 characters)", 900),
        ("3. What will you do if you do not reach your target?", None),
    ]
    for labels in (
        ["Name of your group", "Contact name", "Email", "Phone", "Pledged so far (£)"],
        ["Group name", "Target (£)", "Raised so far (£)", "Link to your crowdfunding page"],
    ):
        path = tmp_path / "two.pdf"
        path.write_bytes(_two_columns(questions, labels))
        f = Measurer().measure(path, "two.pdf")[1]
        assert [q.text[:2] for q in f.questions] == ["1.", "2.", "3."], labels
        assert [q.word_limit for q in f.questions] == [200, 150, None], labels


def test_a_question_wrapped_before_a_capital_is_one_question(tmp_path: Path) -> None:
    """A question wrapped in a narrow cell of a text PDF, its second line opening with a
    capital ("... the council's Household" / "Support team and partners?"), is one question
    with the limit in its row: the second line ends a question it does not open; a line that
    opens a question of its own ("How will you ...?") is still a new one."""
    from documents import write_pdf

    for name, rest in (
        ("Household", "Support team and other partners so that people are referred?"),
        ("Citizens", "Advice and the food bank when someone needs more help?"),
    ):
        lines = [
            "Section C  Quality questions (answer on separate sheets)",
            "No.  Question                                                Maximum length",
            "Q1   Describe how you will run the service, where and when.  2 sides of A4",
            f"Q2   How will you work with the council's {name}",
            rest,
            "500 words",
            "Q3   What social value will the contract bring?             Half a side of A4",
            "Section D  Price",
        ]
        f = Measurer().measure(write_pdf(tmp_path / "rfq.pdf", [lines]), "rfq.pdf")[1]
        assert [q.word_limit for q in f.questions] == [1000, 500, 250], name


def test_points_listed_under_a_lead_in_are_the_prompts_own(tmp_path: Path) -> None:
    """Points listed under "Your response should cover:" (or "Please include:") are what the
    prompt above asks the answer to cover, in its one box, even those worded as questions
    ("how will you work with ...?"): the prompt is one question with its limit (Word,
    Markdown)."""
    from documents import measure
    from form_documents import write_form_docx

    for lead in ("Your response should cover:", "Please include:"):
        asked = [
            "MS3  Reaching fathers (15%)",
            "Set out how you will reach fathers and families who do not usually take part.",
            lead,
            "how will you work with the outreach workers?",
            "families who speak little English;",
            "how you will reduce the number of parents who drop out.",
            "Maximum length: 750 words.",
        ]
        after = ["MS4  Outcomes (10%)", "Describe how you will measure the difference."]
        items: list[str | list[list[str]]] = [
            *asked,
            [["Insert your response here."]],
            *after,
            "Maximum length: 500 words.",
            [["Insert your response here."]],
        ]
        f = Measurer().measure(write_form_docx(tmp_path / "rfq.docx", items), "rfq.docx")[1]
        assert [q.word_limit for q in f.questions] == [750, 500], lead
        assert f.questions[0].text.startswith("Set out"), lead
        points = "\n".join(f"- {a}" if a[:1].islower() else a for a in asked[1:])
        text = (
            f"## {asked[0]}\n\n{points}\n\n{'_' * 40}\n\n## {after[0]}\n\n{after[1]} "
            f"Maximum length: 500 words.\n\n{'_' * 40}\n"
        )
        f = measure(tmp_path, "rfq.md", text)
        assert [q.word_limit for q in f.questions] == [750, 500], lead


def test_a_limit_for_lettered_parts_together_is_theirs_alone(tmp_path: Path) -> None:
    """ "Maximum 1 side of A4 for (a) and (b) together" over two parts, each with its own box,
    is shared by those parts (half each); the next item, with a limit of its own or none,
    takes none of it (Word tables, Markdown)."""
    from documents import measure
    from form_documents import write_form_docx

    for said in (
        "Maximum 1 side of A4 for (a) and (b) together",
        "500 words for parts a and b together",
    ):
        items: list[str | list[list[str]]] = [
            [
                ["C3  Staff and volunteers", "Weighting: 10%", said],
                ["(a) Describe the staff and volunteers who will run the cafés.", "", ""],
                ["", "", ""],
                ["(b) How will you train, supervise and support them?", "", ""],
                ["", "", ""],
            ],
            [
                ["C4  Social value", "Weighting: 10%", "Maximum half a side of A4"],
                ["What social value will you deliver through this contract?", "", ""],
                ["", "", ""],
            ],
        ]
        f = Measurer().measure(write_form_docx(tmp_path / "itq.docx", items), "itq.docx")[1]
        assert [q.word_limit for q in f.questions] == [250, 250, 250], said
        text = (
            f"### C3 Staff and volunteers ({said})\n\n"
            f"(a) Describe the staff and volunteers who will run the cafés.\n\n{'_' * 40}\n\n"
            f"(b) How will you train, supervise and support them?\n\n{'_' * 40}\n\n"
            f"### C4 Social value\n\nWhat social value will you deliver?\n\n{'_' * 40}\n"
        )
        f = measure(tmp_path, "itq.md", text)
        assert [q.word_limit for q in f.questions] == [250, 250, None], said
