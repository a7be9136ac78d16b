"""Build set 100's Word and PDF documents (typical LGBTQ+ community grants: a city council's
LGBTQ+ Community Fund, a community foundation's Rainbow Fund, a borough council's Pride and
LGBTQ+ Events Grant and a county council's LGBTQ+ Youth Groups Grant, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus100.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 1, 14, 9, 30, 0)
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


def _ticked(d, docs: list[str]) -> None:
    """A documents table with an 'Enclosed' tick column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def calderwick() -> None:
    d = kit.new_document(
        FIXED, "LGBTQ+ Community Fund 2027: application form", "Calderwick City Council"
    )
    p = d.add_paragraph
    d.add_heading("Calderwick City Council", 0)
    p("LGBTQ+ Community Fund 2027: application form")
    p(
        "The LGBTQ+ Community Fund supports groups that are run by and for lesbian, gay, "
        "bisexual, trans, queer and questioning people in Calderwick. We give grants of £500 to "
        "£7,500 for projects that reduce isolation, improve mental health and wellbeing, "
        "celebrate LGBTQ+ lives and history, or help people to report and recover from hate "
        "crime. The Fund is part of the Council's Equality, Diversity and Inclusion Strategy."
    )
    p(
        "Please read the Fund's guidance notes before you fill in this form. Type your answers "
        "in the boxes and keep to the word limits shown after each question. Email the form and "
        "your documents to lgbtqfund@calderwick.example.gov.uk by 5pm on Monday 8 March 2027."
    )
    p(
        "Do you need this form in another format, such as large print or Easy Read? Call the "
        "Communities and Equalities team on 01632 961 448 and we will send you one."
    )
    d.add_heading("Section 1: About your group", 1)
    t = d.add_table(rows=10, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Name of group or organisation", ""),
        (
            "Type of organisation",
            f"{BOX} Registered charity   {BOX} Community interest company   "
            f"{BOX} Constituted community group   {BOX} Other",
        ),
        ("Charity or company number (if you have one)", ""),
        ("Main contact name", ""),
        ("Pronouns (optional)", ""),
        ("Position in the group", ""),
        ("Address", ""),
        ("Postcode", ""),
        ("Telephone", ""),
        ("Email", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Is your group led by LGBTQ+ people?", f"{BOX} Yes   {BOX} No   {BOX} Partly"),
        ("How many members or regular participants does your group have?", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    _question(
        d,
        "1.1 Tell us about your group: what you do, who you work with and how LGBTQ+ people "
        "are involved in running it. (max 250 words)",
    )
    d.add_heading("Section 2: Your project", 1)
    _details(d, ["Project title", "Start date", "End date"], shade=True)
    p()
    _question(
        d,
        "2.1 Describe your project and what you will do with the grant. (max 400 words)",
        4200,
    )
    _question(
        d,
        "2.2 Why is the project needed? Tell us about the needs of LGBTQ+ people in Calderwick "
        "and how you know. (max 300 words)",
    )
    _question(
        d,
        "2.3 Who will take part, and how will you make the project welcoming and safe for "
        "LGBTQ+ people of different ages, ethnicities, faiths and abilities, including trans "
        "and non-binary people? (max 300 words)",
    )
    _question(
        d,
        "2.4 What difference will the project make, and how will you know? (max 250 words)",
    )
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    rows = [
        ("How many people do you expect to take part?", ""),
        (
            "Which of the Fund's priorities will the project meet? Tick all that apply.",
            f"{BOX} Reducing isolation\n{BOX} Mental health and wellbeing\n"
            f"{BOX} Celebrating LGBTQ+ lives and history\n{BOX} Tackling hate crime",
        ),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section 3: Costs", 1)
    p("Please list what the grant will pay for.")
    _grid(d, ["Item", "Details", "Cost (£)"], 6)
    _details(d, ["Total cost of the project (£)", "Amount you are asking for (£)"], shade=True)
    p()
    p(
        "You do not need to find match funding for this grant, but please tell us about any "
        "other funding you have for the project, including money you have applied for."
    )
    _grid(d, ["Funder", "Amount (£)", "Secured or applied for"], 3)
    d.add_heading("Section 4: Anything else", 1)
    _question(
        d,
        "4.1 Is there anything else you would like to tell us about your group or your project?",
        2000,
    )
    d.add_heading("Section 5: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick to show what you have enclosed. "
        "We cannot assess your application until we have every document that applies to you."
    )
    _ticked(
        d,
        [
            "Your constitution, set of rules or other governing document, signed and dated",
            "Your most recent annual accounts (they do not need to be audited) or, if your "
            "group is less than a year old, your last three months' bank statements",
            "Your equality and diversity policy",
            "Your safeguarding policy, if your project works with children, young people or "
            "adults at risk",
            "A written quote for any single item costing more than £500",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised to sign on behalf of the group. I confirm that the group has a data "
        "protection policy, will keep the personal information of the people taking part "
        "confidential, and holds public liability insurance of at least £5 million for the "
        "activities in this application. I understand that the Council may ask for the grant "
        "to be repaid if it is not spent on the project described."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Communities and Equalities, Calderwick City Council, Civic Centre, Wharf Road, "
        "Calderwick CK1 2DW. www.calderwick.example.gov.uk/lgbtqfund"
    )
    out = HERE / "calderwick-lgbtq-community-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hatherdene() -> None:
    d = kit.new_document(
        FIXED, "The Rainbow Fund: guidance notes for applicants", "Hatherdene Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("The Rainbow Fund", 0)
    p("Guidance notes for applicants, 2027. Hatherdene Community Foundation")
    d.add_heading("1. About the Rainbow Fund", 1)
    p(
        "The Rainbow Fund supports lesbian, gay, bisexual, trans, queer and intersex (LGBTQ+) "
        "people across Hatherdene and the surrounding villages. It was set up in 2019 with "
        "money raised at Hatherdene Pride and has grown with gifts from local people and "
        "businesses. It is managed by Hatherdene Community Foundation, with a panel that "
        "includes members of the local LGBTQ+ community."
    )
    p(
        "We give grants of £500 to £5,000 for up to one year. We know that many LGBTQ+ groups "
        "are small and run entirely by volunteers, and we want applying to be simple."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your group:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community interest "
        "company or a constituted voluntary or community group;"
    )
    bullet("is run by and for LGBTQ+ people, or runs a project that is mainly for them;")
    bullet("works with people who live in Hatherdene district; and")
    bullet("has an annual income of less than £250,000.")
    p(
        "We cannot fund individuals, political campaigning, activities that promote a religious "
        "belief, or costs you have already paid."
    )
    d.add_heading("3. What we fund", 1)
    p("We particularly welcome projects that:")
    bullet(
        "bring LGBTQ+ people together to reduce loneliness and isolation, including in rural areas;"
    )
    bullet("offer peer support to trans and non-binary people and their families;")
    bullet(
        "support LGBTQ+ people over 50, or LGBTQ+ people who are disabled or from racially "
        "minoritised communities;"
    )
    bullet("improve mental health and wellbeing; or")
    bullet("record and share local LGBTQ+ history, art and culture.")
    p(
        "We can pay for venue hire, sessional workers, volunteer expenses, training, publicity, "
        "small items of equipment, and access costs such as BSL interpreters, captioning and "
        "transport."
    )
    d.add_heading("4. Do we need to find match funding?", 1)
    p(
        "No. You do not need to find match funding. The Rainbow Fund can pay for the whole "
        "cost of your project, although we are always glad to hear about other support you have."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online at www.hatherdenecf.example.org.uk/rainbowfund. The online form asks for "
        "your contact details, five questions about your group and your project (each with a "
        "limit of 200 words), a simple budget, and a declaration. You can save your answers "
        "and come back to them. If you would rather tell us about your project by phone or in "
        "a video, call us on 01632 962 073 and we will arrange it."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every group must upload these documents with the online form:")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "What we are looking for", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    rows = [
        (
            "Governing document",
            "Your constitution, set of rules or trust deed, signed and dated by two committee "
            "members. It should say what happens to the group's money if it closes.",
        ),
        (
            "Accounts",
            "Your most recent annual accounts. They can be independently examined or simply "
            "signed by your treasurer; they do not need to be audited. If your group is less "
            "than 12 months old, send your last three months' bank statements instead.",
        ),
        (
            "Safeguarding policy",
            "A policy that says how you keep people safe, who your safeguarding lead is and "
            "what you do if you are worried about someone. It should be reviewed every year.",
        ),
    ]
    for r, (a, b) in zip(t.rows[1:], rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b)
    p()
    p("Some groups must also send:")
    bullet(
        "if any single item you want us to buy costs more than £1,000: two quotes for that item;"
    )
    bullet(
        "if your project works with children or young people under 18: a list of the staff and "
        "volunteers who will work with them, with the date of each person's enhanced DBS check;"
    )
    bullet("if you employ staff: your employer's liability insurance certificate.")
    d.add_heading("7. Insurance and policies", 1)
    p(
        "Every group we fund must hold public liability insurance of at least £2 million for "
        "its activities. You do not need to send your certificate, but we may ask to see it."
    )
    p(
        "We also expect every group to have an equality and diversity policy and a data "
        "protection policy that explains how you keep members' personal information "
        "confidential, because some members may not be out to everyone. You do not need to "
        "send these policies; you will confirm that you have them in the online declaration."
    )
    d.add_heading("8. How we decide", 1)
    p(
        "The Rainbow Fund panel meets three times a year. It looks at how well the project "
        "meets the needs of LGBTQ+ people, how people who will benefit have been involved in "
        "planning it, whether the costs are reasonable, and whether the group can deliver it. "
        "Last year the panel funded about 60% of the applications it received."
    )
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rounds = [
        ("Round", "Closing date", "Decision by"),
        ("Spring", "5 February 2027", "26 March 2027"),
        ("Summer", "4 June 2027", "23 July 2027"),
        ("Autumn", "1 October 2027", "19 November 2027"),
    ]
    for r, vals in zip(t.rows, rounds, strict=True):
        for cell, v in zip(r.cells, vals, strict=True):
            kit.set_cell(cell, v, bold=vals[0] == "Round")
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    _shade(t.rows[0].cells[2])
    p()
    d.add_heading("9. Frequently asked questions", 1)
    p().add_run("Can we apply if we are not a constituted group?").bold = True
    p(
        "Not directly, but another organisation with a constitution and a bank account, such "
        "as a local charity, can apply on your behalf and hold the money for you. Please call "
        "us first to talk about it."
    )
    p().add_run("Will our details be kept private?").bold = True
    p(
        "Yes. We will not publish the names of individual members, and we can list your grant "
        "without naming your group if being named could put anyone at risk."
    )
    p().add_run("Can we apply again next year?").bold = True
    p(
        "Yes, once you have sent us a short report on how you spent this year's grant. You can "
        "hold only one Rainbow Fund grant at a time."
    )
    d.add_heading("10. Contact us", 1)
    p(
        "Grants team, Hatherdene Community Foundation, The Old Bank, 14 High Street, Hatherdene "
        "HD4 7QB. Telephone 01632 962 073. Email grants@hatherdenecf.example.org.uk."
    )
    out = HERE / "hatherdene-rainbow-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pennerby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pennerby-pride-events-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Pride and LGBTQ+ Events Grant 2027: application form")
    c.setAuthor("Pennerby Borough Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    purple = HexColor("#5B2C83")

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
        c.setFillColor(purple)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(black)
        state["y"] -= 26

    def field(name: str, label: str, maxlen: int = 0, height: int = 20) -> None:
        room(height + 10)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen or None}  # reportlab writes MaxLen 100 unless told None
        if height > 20:
            kw["fieldFlags"] = "multiline"
        form.textfield(
            name=name,
            tooltip=label,
            x=250,
            y=state["y"] - height + 2,
            width=295,
            height=height,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= height + 8

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        kw = {"maxlen": maxlen or None}  # reportlab writes MaxLen 100 unless told None
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
            fieldFlags="multiline",
            **kw,
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
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 8)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Pennerby Borough Council")
    state["y"] -= 22
    txt("Pride and LGBTQ+ Events Grant 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Pride and LGBTQ+ Events Grant helps community groups to run Pride events, LGBTQ+ "
        "History Month activities, Trans Day of Visibility and Remembrance events and other "
        "celebrations of LGBTQ+ life in Pennerby. We can fund up to 50% of the total cost of "
        "your event, to a maximum of £3,000. You must find the rest from other sources, such "
        "as sponsorship, stall fees, ticket sales or fundraising."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Some answer boxes have a character "
        "limit, shown after the question. Email the completed form and your documents to "
        "events.grants@pennerby.example.gov.uk at least ten weeks before your event."
    )
    bar("Part A: Your group")
    field("org_name", "Name of group or organisation", 100)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIC", "Constituted group", "Other"],
    )
    field("contact", "Contact name", 60)
    field("position", "Position in the group")
    field("address", "Address", 200, 40)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    bar("Part B: Your event")
    field("event_name", "Name of the event", 80)
    field("event_date", "Date of the event", 10)
    field("venue", "Venue or location", 120)
    field("attendance", "How many people do you expect?", 6)
    radios("free_entry", "Is the event free to attend?", ["Yes", "No"])
    radios(
        "outdoor",
        "Will any part of the event be outdoors or on a road or public highway?",
        ["Yes", "No"],
    )
    box(
        "b1",
        "B1 Describe your event: what will happen, who it is for and how it celebrates LGBTQ+ "
        "people in Pennerby. (up to 1,800 characters)",
        "B1 Describe your event",
        1800,
        150,
    )
    box(
        "b2",
        "B2 How will you make the event accessible and inclusive, including for disabled "
        "people, LGBTQ+ people of colour, and trans and non-binary people? "
        "(up to 1,200 characters)",
        "B2 How will you make the event accessible and inclusive?",
        1200,
        110,
    )
    box(
        "b3",
        "B3 How will you keep people safe at the event? Tell us about stewarding, first aid "
        "and welfare. (no more than 150 words)",
        "B3 How will you keep people safe at the event?",
        0,
        120,
    )
    box(
        "b4",
        "B4 How will you involve local LGBTQ+ groups, businesses and volunteers?",
        "B4 How will you involve local LGBTQ+ groups, businesses and volunteers?",
        900,
        90,
    )
    bar("Part C: Costs")
    field("total_cost", "C1 Total cost of the event (£)", 10)
    field("other_income", "C2 Income from other sources (£)", 10)
    field("grant_req", "C3 Amount of grant requested (£)", 10)
    txt(
        "Please send a budget for the whole event with this form, showing every cost and every "
        "source of income (see Part D)."
    )
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. We cannot consider your "
        "application until we have every document that applies to you."
    )
    state["y"] -= 4
    tick("doc_gov", "Your constitution or set of rules")
    tick("doc_bank", "Your group's two most recent bank statements")
    tick("doc_budget", "A budget for the whole event, showing all costs and income")
    tick("doc_risk", "A risk assessment for the event")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, showing cover of at least £5 million "
        "for the event",
    )
    tick(
        "doc_road",
        "If any part of the event is on a road or public highway: a copy of your road closure "
        "application",
    )
    tick(
        "doc_licence",
        "If alcohol will be sold: your Temporary Event Notice or the premises licence",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the group has a "
        "safeguarding policy and an equal opportunities policy and will follow them at the "
        "event, and that the grant will be spent only on the event described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Events and Culture Team, Pennerby Borough Council, Town Hall, St Anne's Square, "
        "Pennerby PN3 8HE. Telephone 01632 960 592.",
        9,
    )
    c.save()


def tremworth() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tremworth-lgbtq-youth-groups-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("LGBTQ+ Youth Groups Grant: application form")
    c.setAuthor("Tremworth County Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Times-Roman", 9)
        c.drawString(72, 40, "Tremworth County Council Youth Service - LGBTQ+ Youth Groups Grant")
        c.drawRightString(w - 72, 40, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 11, font: str = "Times-Roman", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def head(t: str) -> None:
        room(60)
        state["y"] -= 6
        para(t, 12.5, "Times-Bold")

    def item(n: str, label: str) -> None:
        """A numbered detail with an underscore blank."""
        room(22)
        c.setFont("Times-Roman", 11)
        c.drawString(72, state["y"], n)
        c.drawString(96, state["y"], label)
        x = 100 + c.stringWidth(label, "Times-Roman", 11)
        c.drawString(x, state["y"], "_" * max(8, int((w - 72 - x) / 5.5)))
        state["y"] -= 22

    def question(n: str, label: str, height: int) -> None:
        lines = simpleSplit(label, "Times-Bold", 11, w - 96 - 72)
        room(15 * len(lines) + height + 12)
        for i, line in enumerate(lines):
            c.setFont("Times-Bold", 11)
            if i == 0:
                c.drawString(72, state["y"], n)
            c.drawString(96, state["y"], line)
            state["y"] -= 15
        state["y"] -= 2
        c.rect(96, state["y"] - height, w - 96 - 72, height, stroke=1, fill=0)
        state["y"] -= height + 16

    c.setFont("Times-Bold", 17)
    c.drawString(72, state["y"], "Tremworth County Council Youth Service")
    state["y"] -= 24
    para("LGBTQ+ Youth Groups Grant 2027 to 2028", 14, "Times-Bold")
    para("Application form", 12, "Times-Bold")
    state["y"] -= 4
    para(
        "The LGBTQ+ Youth Groups Grant gives up to £4,000 to youth groups and projects for "
        "lesbian, gay, bisexual, trans, queer and questioning young people aged 11 to 25 who "
        "live in Tremworth. It can pay for session costs, youth workers' time, trips and "
        "residentials, training for volunteers, and activities that help young people to feel "
        "safe, connected and proud of who they are."
    )
    para(
        "Please write clearly in black ink or type your answers. Keep to the word limits given "
        "after each question; answers that are too long will not be read in full. Send the "
        "form and the documents listed in Section 5 to Youth Service Grants, County Hall, "
        "Tremworth TR1 3AA, or scan them and email them to "
        "youthgrants@tremworth.example.gov.uk. The closing date is Friday 30 April 2027."
    )
    head("Section 1: About your group")
    item("1.", "Name of group")
    item("2.", "Organisation that runs the group (if different)")
    item("3.", "Contact name")
    item("4.", "Address")
    item("", "Postcode")
    item("5.", "Telephone")
    item("", "Email")
    item("6.", "How many young people attend the group each week?")
    item("7.", "Age range of the young people")
    head("Section 2: Your project")
    question(
        "8.",
        "Tell us about your group: when and where it meets, who runs it and what young "
        "people do there. (no more than 200 words)",
        120,
    )
    question("9.", "What do you want the grant for? (no more than 300 words)", 170)
    question(
        "10.",
        "How have young people been involved in planning this project? (no more than 150 words)",
        100,
    )
    question(
        "11.",
        "How will you keep young people safe, including online and when they are not out to "
        "their families or at school? (no more than 250 words)",
        150,
    )
    question(
        "12.",
        "How will you know the project has made a difference to the young people? Please use "
        "no more than half a side of A4.",
        150,
    )
    head("Section 3: Money")
    item("13.", "How much are you asking for?   £")
    item("14.", "Total cost of the project   £")
    para("15.  Please show how you will spend the grant.", 11, "Times-Bold")
    rows = 6
    room(18 * (rows + 1) + 10)
    c.setFont("Times-Bold", 11)
    c.rect(96, state["y"] - 6, 300, 18, stroke=1, fill=0)
    c.rect(396, state["y"] - 6, 127, 18, stroke=1, fill=0)
    c.drawString(100, state["y"], "Item")
    c.drawString(400, state["y"], "Cost (£)")
    for i in range(1, rows + 1):
        c.rect(96, state["y"] - 6 - 18 * i, 300, 18, stroke=1, fill=0)
        c.rect(396, state["y"] - 6 - 18 * i, 127, 18, stroke=1, fill=0)
    state["y"] -= 18 * (rows + 1) + 14
    para(
        "16.  Have you applied to anyone else for money for this project?   YES / NO "
        "(please delete)"
    )
    item("", "If yes, name of funder and amount")
    head("Section 4: Safeguarding")
    item("17.", "Name of your designated safeguarding lead")
    para(
        "18.  Have all staff and volunteers who work with the young people had an enhanced DBS "
        "check in the last three years?   YES / NO (please delete)"
    )
    head("Section 5: Documents")
    para("Please enclose:")
    for letter, text in [
        ("(a)", "your constitution or set of rules;"),
        (
            "(b)",
            "your safeguarding policy and procedures, which must cover online safety and say "
            "who your designated safeguarding lead is;",
        ),
        (
            "(c)",
            "your most recent annual accounts, independently examined or audited (if the group "
            "is run by a larger organisation, that organisation's accounts);",
        ),
        (
            "(d)",
            "a copy of your public liability insurance certificate. Groups must hold public "
            "liability insurance of at least £5,000,000;",
        ),
        ("(e)", "if you are asking for more than £1,000: a quote for each item costing over £250;"),
        (
            "(f)",
            "if the grant will pay for a trip or residential: your risk assessment for it.",
        ),
    ]:
        lines = simpleSplit(text, "Times-Roman", 11, w - 100 - 72)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Times-Roman", 11)
            if i == 0:
                c.drawString(78, state["y"], letter)
            c.drawString(100, state["y"], line)
            state["y"] -= 15
        state["y"] -= 2
    head("Section 6: Declaration")
    para(
        "I confirm that the information in this form is correct. I confirm that the group has "
        "an equal opportunities policy and an anti-bullying policy that covers homophobic, "
        "biphobic and transphobic bullying, and that we will follow the Council's safeguarding "
        "procedures. I understand that the grant must be spent on the project described and "
        "that the Council may ask for it back if it is not."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position in the group")
    item("", "Date")
    folio()
    c.save()


if __name__ == "__main__":
    calderwick()
    hatherdene()
    pennerby()
    tremworth()
