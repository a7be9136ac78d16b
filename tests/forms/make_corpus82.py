"""Build set 82's Word and PDF documents (typical charitable trusts' main grants: two-stage
funding, a short stage one form then a full application, multi-year core and project grants of
£10,000 to £100,000 for registered charities, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus82.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _shade(cell, fill: str = "D9E2F3") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _details(d, rows: list[str], shade: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        if shade:
            _shade(r.cells[0])
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200, shade: bool = True) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    if shade:
        _shade(t.rows[0].cells[0])
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def _grid(d, headers: list[str], rows: int) -> None:
    t = d.add_table(rows=rows + 1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers, strict=True):
        kit.set_cell(c, h, bold=True)
        _shade(c)
    for r in t.rows[1:]:
        kit.row_height(r, 380)
    d.add_paragraph()


def _para(d, text: str, bold: bool = False, size: float | None = None) -> None:
    from docx.shared import Pt

    run = d.add_paragraph().add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def _bullet(d, text: str) -> None:
    d.add_paragraph(text, style="List Bullet")


def wendlecott() -> None:
    d = kit.new_document(
        FIXED,
        "Wendlecott Charitable Trust: Main Grants stage one form",
        "Wendlecott Charitable Trust",
    )
    d.add_heading("The Wendlecott Charitable Trust", level=1)
    d.add_heading("Main Grants Programme: stage one form", level=2)
    _para(
        d,
        "Our Main Grants Programme gives grants of £10,000 to £60,000 over one to three years "
        "to registered charities working in the county. We fund core costs (such as salaries "
        "and running costs) and projects. Applying is in two stages. Please use this short "
        "form to tell us about your charity and what you would like funding for. If your "
        "request fits our priorities, we will invite you to stage two and send you the full "
        "application form.",
    )
    _para(
        d,
        "Please read our Main Grants guidelines before you fill in this form. Type your "
        "answers in the white boxes; the boxes will expand as you type. Please keep to the "
        "word limits. Email the completed form to grants@wendlecotttrust.example.org.uk.",
    )
    d.add_heading("Section 1: About your charity", level=3)
    _details(
        d,
        [
            "Name of charity",
            "Registered charity number",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the charity",
            "Telephone",
            "Email",
            "Website",
            "Total income in your last financial year (£)",
            "Number of paid staff (full-time equivalent)",
        ],
        shade=True,
    )
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0], "Has your charity had a grant from the Trust before?", bold=True
    )
    _shade(t.rows[0].cells[0])
    kit.set_cell(t.rows[0].cells[1], f"Yes {BOX}     No {BOX}")
    d.add_paragraph()
    d.add_heading("Section 2: About your request", level=3)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [
        (
            "Are you asking for core costs or project costs? (tick one)",
            f"{BOX} Core costs     {BOX} Project costs",
        ),
        ("Total amount you are asking for (£)", ""),
        ("Over how many years? (1, 2 or 3)", ""),
        ("Total annual running costs of your charity or total cost of the project (£)", ""),
    ]
    for r, (label, val) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], val)
        kit.row_height(r, 420)
    d.add_paragraph()
    _question(d, "1. What does your charity do? (max 150 words)", 2400)
    _question(
        d,
        "2. What would you like the grant to pay for? If you are asking for a salary, "
        "tell us about the post. (max 250 words)",
        3600,
    )
    _question(
        d,
        "3. What difference will the grant make, and who will benefit? (max 200 words)",
        3000,
    )
    d.add_heading("Section 3: What happens next", level=3)
    _para(
        d,
        "You do not need to send any documents with this form. We aim to reply within six "
        "weeks. If we invite you to stage two, you will need to send with your full "
        "application:",
    )
    _bullet(
        d,
        "your latest annual report and accounts. These must be independently examined or audited;",
    )
    _bullet(d, "a budget for the work you are asking us to fund;")
    _bullet(
        d,
        "your safeguarding policy, if your charity works with children or adults at risk.",
    )
    d.add_heading("Section 4: Declaration", level=3)
    _para(
        d,
        "I confirm that I am authorised by the trustees to submit this form on behalf of the "
        "charity and that the information in it is correct.",
    )
    _details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    d.add_paragraph()
    _para(
        d,
        "Wendlecott Charitable Trust, registered charity number 1099999. The Old Rectory, "
        "Church Lane, Wendlecott WN4 7TR. Telephone 01632 960 415.",
        size=9,
    )
    out = HERE / "wendlecott-charitable-trust-main-grants-stage-one-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def caddenbury() -> None:
    d = kit.new_document(
        FIXED,
        "Caddenbury Foundation: Main Grants full application form (stage two)",
        "The Caddenbury Foundation",
    )
    d.add_heading("The Caddenbury Foundation", level=1)
    d.add_heading("Main Grants: full application form (stage two)", level=2)
    _para(
        d,
        "Please only use this form if we have invited you to stage two after reading your "
        "stage one form. Main Grants are for registered charities and are between £10,000 "
        "and £100,000 in total, for up to three years, towards core costs or a project.",
    )
    _para(d, "Before you start", bold=True)
    _bullet(d, "Read the Main Grants guidance notes again; the questions follow them.")
    _bullet(d, "Answer every question and keep to the word limits. We will not read beyond them.")
    _bullet(
        d,
        "We will fund up to 75% of the total cost of the work, whether it is core costs or "
        "a project. You must find at least 25% of the total cost from other sources, which "
        "can include your own reserves. Tell us about this other funding in Part 4.",
    )
    _bullet(
        d,
        "Your grant manager is happy to talk to you before you send the form: telephone "
        "01632 960 238 or email grants@caddenburyfoundation.example.org.uk.",
    )
    d.add_heading("Part 1: Your charity", level=3)
    _details(
        d,
        [
            "Stage one reference number",
            "Name of charity",
            "Registered charity number",
            "Company number (if any)",
            "Address",
            "Postcode",
            "Main contact for this application",
            "Position",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    d.add_paragraph()
    d.add_heading("Part 2: Your charity's work", level=3)
    _question(
        d, "2.1 Describe your charity's aims and main activities. (no more than 300 words)", 4200
    )
    _question(
        d,
        "2.2 Who are the people you work with, and how do they help shape what you do? "
        "(no more than 250 words)",
        3600,
    )
    d.add_heading("Part 3: Your proposal", level=3)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Type of grant (tick one)", f"{BOX} Core costs     {BOX} Project"),
        ("Title of the work (project or core grant)", ""),
        ("Proposed start date", ""),
        ("Number of years (1, 2 or 3)", ""),
    ]
    for r, (label, val) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], val)
        kit.row_height(r, 420)
    d.add_paragraph()
    _question(
        d,
        "3.1 What do you want to do with the grant? Describe the work the grant will fund "
        "over the years you are applying for. (no more than 500 words)",
        6400,
    )
    _question(
        d,
        "3.2 Why is this work needed? What evidence do you have? (no more than 300 words)",
        4200,
    )
    _para(d, "3.3 Outcomes", bold=True)
    _para(
        d,
        "Please list up to four outcomes (the changes you expect for the people you work "
        "with), how you will measure each one, and your target by the end of the grant.",
    )
    _grid(d, ["Outcome", "How will you measure it?", "Target"], 4)
    _question(
        d,
        "3.4 How will you monitor and evaluate the work, and share what you learn? "
        "(no more than 250 words)",
        3600,
    )
    _question(
        d,
        "3.5 How will the work continue when the grant ends? (no more than 200 words)",
        3000,
    )
    d.add_heading("Part 4: Budget and finances", level=3)
    _para(d, "4.1 Budget", bold=True)
    _para(
        d,
        "Please show what the grant will pay for in each year. For a core grant, show the "
        "costs the grant will cover; for a project, the whole cost of the project.",
    )
    _grid(d, ["Item of expenditure", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)", "Total (£)"], 7)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for r, label in zip(
        t.rows,
        ["4.2 Total amount requested from the Foundation (£)", "4.3 Total cost of the work (£)"],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.row_height(r, 420)
    d.add_paragraph()
    _para(d, "4.4 Other funding for this work", bold=True)
    _grid(d, ["Source", "Amount (£)", "Confirmed or pending?"], 4)
    _question(
        d,
        "4.5 Please explain how you have worked out the budget, including any share of "
        "your overheads. (no more than 200 words)",
        3000,
    )
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for r, label in zip(
        t.rows,
        [
            "4.6 Total income in your last financial year (£)",
            "4.7 Unrestricted reserves at the end of that year (£)",
            "4.8 Date your financial year ends",
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.row_height(r, 420)
    d.add_paragraph()
    d.add_heading("Part 5: Checklist of documents", level=3)
    _para(
        d,
        "Please send these documents with your form and tick to show you have enclosed "
        "them. We cannot assess your application without them.",
    )
    docs = [
        (
            "Your latest annual report and full accounts, audited or independently examined",
            "All applicants",
        ),
        ("Your charity's budget for the current financial year", "All applicants"),
        ("Your equal opportunities policy", "All applicants"),
        (
            "Management accounts for the current year",
            "If your latest accounts are more than ten months old",
        ),
        ("Your safeguarding policy", "If you work with children or adults at risk"),
        ("A job description for each post", "If the grant will pay for salaries"),
    ]
    t = d.add_table(rows=len(docs) + 1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Document", "Who must send it", "Enclosed"], strict=True):
        kit.set_cell(c, h, bold=True)
        _shade(c)
    for r, (doc, who) in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], doc)
        kit.set_cell(r.cells[1], who)
        kit.set_cell(r.cells[2], BOX)
    d.add_paragraph()
    d.add_heading("Part 6: Declaration", level=3)
    _para(
        d,
        "This form must be signed by a trustee. I confirm that the trustees support this "
        "application, that the information in it is correct, and that any grant will be "
        "spent only on the work described.",
    )
    _details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    d.add_paragraph()
    _para(
        d,
        "Email the form and documents to grants@caddenburyfoundation.example.org.uk, or post "
        "them to The Caddenbury Foundation, 4 Market Square, Caddenbury CB7 2LW. Trustees meet "
        "in March, July and November; we will tell you which meeting your application will "
        "go to.",
        size=9,
    )
    out = HERE / "caddenbury-foundation-main-grants-full-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def stavelow() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stavelow-trust-main-grants-expression-of-interest.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("The Stavelow Trust: Main Grants expression of interest")
    c.setAuthor("The Stavelow Trust")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#00594F")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            c.showPage()
            state["y"] = hgt - 60

    def txt(t: str, size: float = 10, font: str = "Helvetica", x: float = 50) -> None:
        for line in simpleSplit(t, font, size, w - x - 50):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14

    def bar(t: str) -> None:
        room(44)
        state["y"] -= 8
        c.setFillColor(teal)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(black)
        state["y"] -= 26

    def field(name: str, label: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(
            name=name,
            tooltip=label,
            x=250,
            y=state["y"] - 18,
            width=295,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        form.textfield(
            name=name,
            tooltip=tip,
            x=50,
            y=state["y"] - height,
            width=495,
            height=height,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 14

    def radios(name: str, label: str, options: list[str]) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(22)
        x = 50
        for opt in options:
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", "_"),
                selected=False,
                x=x,
                y=state["y"] - 12,
                size=12,
                buttonStyle="circle",
                borderColor=black,
                fillColor=white,
            )
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 16, state["y"] - 9, opt)
            x += 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
        state["y"] -= 26

    def tick(name: str, label: str) -> None:
        room(20)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "The Stavelow Trust")
    state["y"] -= 22
    txt("Main Grants: expression of interest (stage one)", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Stavelow Trust makes Main Grants of £15,000 to £90,000 over up to three years "
        "to registered charities in Stavelow and the surrounding district. We fund core "
        "costs and projects that help people facing disadvantage. This is the first stage "
        "of our two-stage process: a short expression of interest. You can fill it in on "
        "screen and save it. Please read the notes on the last page first."
    )
    bar("1. Your charity")
    field("charity_name", "Name of charity")
    field("charity_number", "Registered charity number", 8)
    field("address", "Address")
    field("postcode", "Postcode", 8)
    field("contact_name", "Contact name")
    field("position", "Position")
    field("telephone", "Telephone", 15)
    field("email", "Email")
    field("website", "Website")
    field("income", "Income in your last financial year (£)", 12)
    bar("2. Your request")
    radios("grant_type", "Are you applying for:", ["Core costs", "A project"])
    field("amount_per_year", "Amount requested each year (£)", 10)
    radios("years", "For how many years?", ["1 year", "2 years", "3 years"])
    box(
        "q1_charity",
        "Q1. Briefly describe your charity and its work (up to 1,200 characters)",
        "Briefly describe your charity and its work",
        1200,
        110,
    )
    box(
        "q2_request",
        "Q2. What would the grant pay for, and how much does the work cost in total? "
        "(up to 1,800 characters)",
        "What would the grant pay for, and how much does the work cost in total?",
        1800,
    )
    box(
        "q3_difference",
        "Q3. What difference will it make, and to whom? (up to 1,800 characters)",
        "What difference will it make, and to whom?",
        1800,
    )
    bar("3. Declaration")
    tick(
        "declaration",
        "I confirm that I have read the Main Grants notes, that the trustees of the charity "
        "know about this expression of interest, and that the information given is correct.",
    )
    field("decl_name", "Name")
    field("decl_position", "Position")
    field("decl_date", "Date", 10)
    bar("Notes for applicants")
    for t in [
        "Who can apply: charities registered with the Charity Commission, with an annual "
        "income of under £1 million, working in the Trust's area of benefit. We cannot fund "
        "individuals, statutory bodies, or work that replaces public funding.",
        "Match funding: the Trust will fund no more than half the cost of any project. You "
        "will need to raise at least 50% of the total cost from other sources; money you "
        "have already secured counts.",
        "What happens next: we reply to every expression of interest within eight weeks. If "
        "we invite you to stage two you will be sent the full application form, and you "
        "will need to send with it: your latest accounts, independently examined or "
        "audited, or, if your income is under £25,000, accounts approved and signed by your "
        "trustees; a detailed budget for the work; and, if you work with children or adults "
        "at risk, your safeguarding policy. You do not need to send any documents now.",
        "Email this form to stage1@stavelowtrust.example.org.uk. Closing dates are 31 January "
        "and 31 July each year.",
    ]:
        txt(t)
        state["y"] -= 6
    c.save()


def thistleby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "thistleby-charitable-trust-main-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Thistleby Charitable Trust: Main Grants guidance notes")
    c.setAuthor("Thistleby Charitable Trust")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            f"Thistleby Charitable Trust - Main Grants guidance notes 2027 - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 5

    def head(t: str) -> None:
        room(50)
        state["y"] -= 8
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 90 - 72)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(78, state["y"], "\u2022")
            c.drawString(90, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    def table(rows: list[tuple[str, str]], widths: tuple[int, int]) -> None:
        for n, row in enumerate(rows):
            font = "Helvetica-Bold" if n == 0 else "Helvetica"
            cells = [simpleSplit(t, font, 9.5, wd - 8) for t, wd in zip(row, widths, strict=True)]
            need = 13 * max(len(x) for x in cells) + 6
            room(need)
            x = 72
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - need + 10, wd, need, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(font, 9.5)
                    c.drawString(x + 4, state["y"] - 13 * i, line)
                x += wd
            state["y"] -= need
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Thistleby Charitable Trust")
    state["y"] -= 30
    para("Main Grants Programme", 15, "Helvetica-Bold")
    para("Guidance notes for applicants, 2027", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. About the Trust")
    para(
        "The Thistleby Charitable Trust was set up in 1962 by the Marden family, owners of "
        "the Thistleby mills. Its trustees give around £1.8 million a year to charities "
        "working in Thistleby and the villages of the Ure valley. The Main Grants Programme "
        "is the largest of our programmes. We also run a Small Grants Programme for grants "
        "of up to £5,000, which has its own guidance."
    )
    head("2. Main Grants at a glance")
    table(
        [
            ("", "Main Grants"),
            (
                "Who can apply",
                "Registered charities, including charitable incorporated "
                "organisations, working in the Trust's area",
            ),
            ("Grant size", "£10,000 to £100,000 in total"),
            ("Length of grant", "One, two or three years"),
            ("What we fund", "Core costs (salaries, rent, running costs) or a project"),
            (
                "How to apply",
                "Stage one: online outline form. Stage two: full application by invitation",
            ),
            ("Decisions", "Trustees meet in February, June and October"),
        ],
        (130, 321),
    )
    head("3. Our priorities")
    para("We want to fund work that:")
    bullet("helps people on low incomes, including those in debt or in poor housing;")
    bullet("supports children, young people and families facing hardship;")
    bullet("reduces isolation among older people and carers;")
    bullet("helps people with mental ill health or disabilities to live well in their community.")
    para(
        "We particularly welcome applications from small and medium-sized charities, with an "
        "income of under £500,000, that are rooted in their communities and involve the "
        "people they help in running their services."
    )
    head("4. Who cannot apply, and what we do not fund")
    bullet("organisations that are not registered charities, and individuals;")
    bullet("statutory bodies, including schools, and work that is a statutory responsibility;")
    bullet("national charities, unless the work is run locally by a local branch;")
    bullet("capital costs of more than £10,000, such as buildings and vehicles;")
    bullet("religious activity, or political campaigning;")
    bullet("work that has already taken place.")
    head("5. Core grants and project grants")
    para(
        "We know that charities need money to keep going, not only for new projects. Core "
        "grants can pay for any of your running costs, including salaries of existing staff, "
        "rent, utilities and management costs. Project grants pay for a defined piece of "
        "work, and can include a fair share of your overheads."
    )
    para(
        "We can fund up to the full cost of a project or of the costs you ask us for: you do "
        "not need to have raised money from elsewhere before you apply. We do want to know "
        "about your other funders, and we look at how you will keep going when our grant "
        "ends."
    )
    head("6. Stage one: the online outline form")
    para(
        "Apply first through the outline form on our website, "
        "www.thistlebytrust.example.org.uk/main-grants. It asks for your charity's details, "
        "how much you want and for how long, and three short questions: what your charity "
        "does, what you would like us to fund, and what difference it will make. There are "
        "word limits on each answer. You do not need to send any documents at stage one."
    )
    para(
        "We will reply within six weeks. We receive far more requests than we can fund, so "
        "we invite about one in three charities to stage two. If we do not invite you, we "
        "will say why where we can."
    )
    head("7. Stage two: the full application")
    para(
        "If we invite you to stage two, your grants officer will send you the full "
        "application form and will usually visit you or arrange a video call. The form asks "
        "about your charity and its governance, the work you want us to fund, the need for "
        "it, the outcomes you expect, how you will measure them, your budget and your plans "
        "for when the grant ends."
    )
    head("8. What you need to send at stage two")
    para("Every charity invited to stage two must send, with the full application form:")
    bullet(
        "your latest annual report and full accounts, independently examined or audited. "
        "We do not accept draft accounts, or accounts that have not been examined;"
    )
    bullet(
        "a budget for the work you are asking us to fund, using the budget template we send "
        "you, showing each year of the grant;"
    )
    bullet("a list of your trustees, with the date each joined the board.")
    para("Some charities must also send:")
    bullet(
        "if you are applying for a core grant: your charity's budget for the current "
        "financial year;"
    )
    bullet("if the grant will pay for a post: the job description;")
    bullet("if you work with children, young people or adults at risk: your safeguarding policy.")
    head("9. How we assess applications")
    para("When we look at a full application we ask ourselves:")
    bullet("Does the work meet our priorities, and is it clearly needed?")
    bullet("Are the people who will benefit involved in shaping it?")
    bullet("Is the charity well run, with a realistic budget and sensible reserves?")
    bullet("Are the outcomes clear, and will the charity know whether it has achieved them?")
    bullet("What will happen when our grant ends?")
    head("10. If you receive a grant")
    para(
        "You will receive an offer letter setting out the conditions of the grant. We pay "
        "multi-year grants annually, the second and third payments after we have received "
        "a short progress report and your latest accounts. We ask for a final report at the "
        "end of the grant. We like to visit the charities we fund, and to hear about what "
        "has gone well and what has not."
    )
    head("11. Contact us")
    para(
        "Grants Team, Thistleby Charitable Trust, 12 Millgate, Thistleby TH3 8QP. Telephone "
        "01632 960 551. Email grants@thistlebytrust.example.org.uk. Registered charity "
        "number 1088888."
    )
    folio()
    c.save()


if __name__ == "__main__":
    wendlecott()
    caddenbury()
    stavelow()
    thistleby()
