"""Build set 65's Word and PDF documents (typical council adult social care and older
people's community grants: befriending, lunch clubs, day opportunities, carers' groups,
dementia-friendly and loneliness funds, community micro-enterprise start-up grants).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus65.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 9, 0, 0)
BOX = "\u2610"


def _new(title: str, author: str, font: str, size: float):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    return d


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _row_height(row, twips: int) -> None:
    """Fix a table row's height (trHeight, rule atLeast): the room left to write in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _set(cell, text: str, bold: bool = False, italic: bool = False):
    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    return par


def _header_text(d, text: str) -> None:
    """Put a protective marking and reference in the page header, as council templates do."""
    p = d.sections[0].header.paragraphs[0]
    p.text = text


class _Word:
    """The few helpers an ordinary council procurement document in Word is made of."""

    def __init__(self, d, shade: str) -> None:
        self.d = d
        self.shade = shade

    def para(self, text: str = "", bold: bool = False, italic: bool = False):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def bullet(self, text: str):
        return self.d.add_paragraph(text, style="List Bullet")

    def number(self, text: str):
        return self.d.add_paragraph(text, style="List Number")

    def heading(self, text: str, level: int = 2):
        return self.d.add_heading(text, level=level)

    def details(self, rows: list[str]) -> None:
        """A label / empty box table, one row per detail."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _row_height(row, 420)
        self.para()

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """A key facts table the council has filled in (nothing for the supplier to write)."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _set(row.cells[1], value)
        self.para()

    def question(self, text: str, height: int = 2800) -> None:
        """A two-row table: the question shaded, an empty answer cell under it."""
        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], text, bold=True)
        _shade(t.rows[0].cells[0], self.shade)
        _row_height(t.rows[1], height)
        self.para()

    def answer_box(self, height: int = 4000) -> None:
        """A one-cell table left empty for the answer."""
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], height)
        self.para()

    def grid(self, header: list[str], rows: list[list[str]], height: int = 380) -> None:
        t = self.d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            _set(t.rows[0].cells[i], h, bold=True)
            _shade(t.rows[0].cells[i], self.shade)
        for r in rows:
            row = t.add_row()
            for i, v in enumerate(r):
                _set(row.cells[i], v)
            _row_height(row, height)
        self.para()


# ------------------------------------------------------------- Corrowdale (docx form)


def corrowdale() -> None:
    """A county council's Community Wellbeing Grants for Older People form in Word
    (befriending and lunch clubs): numbered sections, label / box tables, each question a
    shaded cell over an empty one with "(max N words)", a costs table, a documents checklist
    with a tick column and a declaration table."""
    d = _new(
        "Community Wellbeing Grants for Older People - Application Form 2027-28",
        "Corrowdale County Council Adult Social Care",
        "Arial",
        11,
    )
    _header_text(d, "Corrowdale County Council - Adult Social Care - Community Wellbeing Grants")
    w = _Word(d, "DCE6F1")
    d.add_heading("Corrowdale County Council", level=0)
    w.heading("Community Wellbeing Grants for Older People 2027-28", 1)
    w.heading("Befriending and Lunch Clubs: Application Form", 2)
    w.para(
        "Corrowdale County Council's Adult Social Care service gives grants of £1,000 to "
        "£8,000 to voluntary and community groups that help older people in Corrowdale stay "
        "connected, independent and well. This year the grants are for befriending schemes "
        "(by telephone or face to face) and lunch clubs for people aged 65 and over."
    )
    w.para(
        "Please read the Guidance Notes before you fill in this form. Type your answers in the "
        "white boxes; the boxes will grow as you type. Please keep to the word limits: we will "
        "not read beyond them. Email your completed form and the documents listed in Section "
        "6 to wellbeinggrants@corrowdale.example.gov.uk by 5pm on Friday 26 February 2027."
    )
    w.para("Before you start", bold=True)
    w.bullet("You must be a voluntary or community organisation with a constitution.")
    w.bullet("You must have a bank account in your organisation's name with two signatories.")
    w.bullet("Your project must take place in Corrowdale and benefit people aged 65 and over.")
    w.bullet(
        "We can fund up to 80% of the total cost of your project. You will need to find at "
        "least 20% from other sources; this can include the value of volunteers' time."
    )
    w.para(
        "If you need this form in large print or another format, please call 01632 960 245.",
        italic=True,
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in organisation",
            "Telephone",
            "Email",
            "Registered charity number (if applicable)",
            "Company number (if applicable)",
        ]
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Type of organisation (please tick one)", bold=True)
    _shade(t.rows[0].cells[0], w.shade)
    _set(
        t.rows[0].cells[1],
        f"{BOX} Registered charity   {BOX} Charitable incorporated organisation (CIO)\n"
        f"{BOX} Community interest company   {BOX} Constituted community group\n"
        f"{BOX} Other",
    )
    w.para()

    w.heading("Section 2: Your project")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "2.1 What type of project is this? (tick all that apply)", bold=True)
    _shade(t.rows[0].cells[0], w.shade)
    _set(
        t.rows[0].cells[1],
        f"{BOX} Telephone befriending   {BOX} Face-to-face befriending   {BOX} Lunch club",
    )
    w.para()
    w.question("2.2 Describe your project. What will you do, where, and how often? (max 300 words)")
    w.question(
        "2.3 Who will benefit? Tell us about the older people you will work with and how you "
        "will reach those who are most isolated. (max 250 words)"
    )
    w.question(
        "2.4 What difference will the project make to the older people who take part? "
        "(max 250 words)"
    )
    w.question(
        "2.5 How will you recruit, train and support your volunteers? (max 200 words)",
        height=2200,
    )
    w.details(
        [
            "2.6 How many older people do you expect to benefit in a year?",
            "2.7 When will the project start?",
        ]
    )

    w.heading("Section 3: Project costs")
    w.para(
        "Please list the things the grant will pay for. Include volunteer expenses, venue "
        "hire, food and transport where they apply. We cannot fund building work, vehicles or "
        "costs you have already paid."
    )
    w.grid(
        ["Item of expenditure", "Cost (£)"],
        [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["Total", ""]],
    )
    w.details(
        [
            "3.1 Total cost of the project (£)",
            "3.2 Amount you are asking us for (£)",
        ]
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(
        t.rows[0].cells[0],
        "3.3 Have you applied to any other funders for this project?",
        bold=True,
    )
    _shade(t.rows[0].cells[0], w.shade)
    _set(t.rows[0].cells[1], f"{BOX} Yes    {BOX} No")
    w.para()

    w.heading("Section 4: Monitoring")
    w.para(
        "If you receive a grant, we will ask you to complete a short monitoring return after "
        "six months and an end of grant report after twelve months. These ask for the number "
        "of older people who took part, how many sessions or visits took place, how many "
        "volunteers helped, and one short case study. Please keep attendance records."
    )
    w.question(
        "4.1 How will you record attendance and find out what difference the project has "
        "made to the people who take part? (max 200 words)",
        height=2200,
    )

    w.heading("Section 5: Safeguarding")
    w.para(
        "Everyone who works with older people must know how to recognise abuse and neglect "
        "and what to do about it. Your safeguarding policy must cover adults at risk and "
        "name the person responsible for safeguarding in your organisation. Volunteers who "
        "visit people in their own homes must have had a basic DBS (Disclosure and Barring "
        "Service) check before they start."
    )

    w.heading("Section 6: Checklist of documents")
    w.para("Please send these documents with your application and tick each one you enclose.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Document", bold=True)
    _set(t.rows[0].cells[1], "Enclosed (tick)", bold=True)
    _shade(t.rows[0].cells[0], w.shade)
    _shade(t.rows[0].cells[1], w.shade)
    for text in [
        "A copy of your constitution or set of rules, signed and dated",
        "Your most recent annual accounts, signed by your treasurer or chair. If your "
        "organisation is less than a year old, send your last three months' bank statements "
        "instead",
        "Your safeguarding policy, which must cover adults at risk",
        "Your public liability insurance certificate (minimum cover £5 million)",
        "If volunteers or staff will visit people in their own homes: your lone working policy",
        "If you are buying equipment costing more than £500: a written quote",
    ]:
        row = t.add_row()
        _set(row.cells[0], text)
        _set(row.cells[1], BOX)
    w.para()

    w.heading("Section 7: Declaration")
    w.para(
        "I confirm that the information in this application is correct, that I am authorised "
        "to apply on behalf of the organisation, and that the organisation has an equal "
        "opportunities policy and a health and safety policy which it follows. I understand "
        "that the Council may ask for the grant to be repaid if it is not used for the "
        "purpose described."
    )
    w.details(["Signature", "Print name", "Position", "Date"])
    w.para(
        "Data protection: the Council will use the information you give us to assess your "
        "application and monitor any grant. See our privacy notice at "
        "www.corrowdale.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "corrowdale-befriending-and-lunch-clubs-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Fellingham (docx form)


def fellingham() -> None:
    """A district council's Carers' Support Groups Small Grants form in Word: Parts A to E,
    each question a bold numbered paragraph with "(no more than N words)" over a one-cell
    answer box, a bank details table, a bulleted "What you need to send" list and two
    signatories."""
    d = _new(
        "Carers' Support Groups Small Grants - Application Form",
        "Fellingham District Council Communities Team",
        "Calibri",
        12,
    )
    w = _Word(d, "EAF1DD")
    d.add_heading("Fellingham District Council", level=0)
    w.heading("Carers' Support Groups Small Grants 2027", 1)
    w.heading("Application form", 2)
    w.para(
        "These small grants of up to £1,500 help groups run by or for unpaid carers to meet, "
        "share information and take a break. Groups can use a grant for venue hire, "
        "refreshments, a speaker, a trip, replacement care so that carers can attend, or "
        "publicity. The grants are paid for by the Council's Adult Social Care budget under "
        "the Carers' Strategy for Fellingham."
    )
    w.para(
        "You do not need to find match funding. If you have other money for your group's "
        "plans, you can mention it in your answer to B2."
    )
    w.para(
        "Please fill in every part of the form. If you would like help, or would prefer to "
        "tell us about your group over the phone, call Sam Oduya, Community Grants Officer, on "
        "01632 960 771 or email grants@fellingham.example.gov.uk."
    )

    w.heading("Part A: About your group")
    w.details(
        [
            "Name of group",
            "Contact name",
            "Role in the group (for example chair or secretary)",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Charity number (if you have one)",
            "How many carers are members of your group?",
            "When did your group start?",
        ]
    )

    w.heading("Part B: Your plans")
    w.para(
        "Please answer each question in the box underneath it. Keep to the number of words "
        "given; short answers are fine."
    )
    for text, height in [
        (
            "B1. Tell us about your group: who are the carers you support and what do you do "
            "at the moment? (no more than 200 words)",
            3200,
        ),
        ("B2. What do you want the grant for? (no more than 200 words)", 3200),
        ("B3. How do you know carers need this? (no more than 150 words)", 2600),
        (
            "B4. How are carers involved in running the group and deciding what it does? "
            "(no more than 150 words)",
            2600,
        ),
        (
            "B5. How will you let carers know about the group, including people who do not "
            "think of themselves as carers? (no more than 150 words)",
            2600,
        ),
    ]:
        w.para(text, bold=True)
        w.answer_box(height)

    w.heading("Part C: Money")
    w.grid(
        ["What you will spend the grant on", "Cost (£)"],
        [["", ""], ["", ""], ["", ""], ["", ""]],
    )
    w.details(
        [
            "Total cost of your plans (£)",
            "Amount you are asking for (maximum £1,500)",
        ]
    )

    w.heading("Part D: Bank details")
    w.para(
        "We pay grants by BACS into the group's own bank account. The account must need two "
        "people who are not related to sign cheques or approve payments."
    )
    w.details(
        [
            "Name of account",
            "Bank or building society",
            "Sort code",
            "Account number",
        ]
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(
        t.rows[0].cells[0],
        "Does the account need two unrelated people to approve payments?",
        bold=True,
    )
    _shade(t.rows[0].cells[0], w.shade)
    _set(t.rows[0].cells[1], f"{BOX} Yes    {BOX} No")
    w.para()

    w.heading("What you need to send")
    w.para("Please send these with your form:")
    w.bullet("your group's constitution, rules or terms of reference")
    w.bullet(
        "your group's most recent accounts or, if your group does not produce accounts, an "
        "income and expenditure statement for the last year signed by two committee members"
    )
    w.bullet("a copy of a recent bank statement (less than three months old) in the group's name")
    w.bullet(
        "if your group works directly with the people carers look after (for example, a "
        "sitting service while carers attend), your safeguarding policy"
    )
    w.para(
        "All groups must hold public liability insurance of at least £2 million. We do not "
        "need to see the certificate."
    )

    w.heading("Part E: Declaration")
    w.para(
        "We confirm that the information on this form is true, that the grant will be spent "
        "only on what we have described, and that our group has an equal opportunities "
        "policy. We will send an end of grant report within 12 months, with receipts, telling "
        "you how many carers took part and what difference the grant made."
    )
    w.para("Two members of the group's committee must sign. They must not be related.")
    w.grid(
        ["", "First signatory", "Second signatory"],
        [["Signed", "", ""], ["Name", "", ""], ["Role in group", "", ""], ["Date", "", ""]],
        height=460,
    )
    w.para(
        "Return your form to Communities Team, Fellingham District Council, Council Offices, "
        "Market Street, Fellingham FL1 2AB, or email grants@fellingham.example.gov.uk. We aim "
        "to tell you our decision within six weeks.",
        italic=True,
    )
    out = HERE / "fellingham-carers-support-groups-small-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Hobbleton (fillable pdf form)


def hobbleton() -> None:
    """A borough council's Dementia Friendly Communities Fund fillable PDF, made in Acrobat
    from a Word form: labels on the page, tooltips from the labels, /MaxLen on some short
    fields and on four answer boxes "(up to N characters)", one box limited in words on its
    label only, Yes / No radio groups, a check box per document and a declaration box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hobbleton-dementia-friendly-communities-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Hobbleton Borough Council - Dementia Friendly Communities Fund - Application")
    c.setAuthor("Hobbleton Borough Council Adult Social Care")
    c.setSubject("Application form")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    navy = colors.HexColor("#1F3864")
    fill = colors.HexColor("#EEF2F8")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(50, 28, "Hobbleton Borough Council  |  Dementia Friendly Communities Fund")
        c.drawRightString(w - 50, 28, f"Page {state['page']} of 3")

    def new_page():
        folio()
        c.showPage()
        state["page"] += 1
        state["y"] = h - 50

    def room(need):
        if state["y"] - need < 60:
            new_page()

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        lines = simpleSplit(t, font, size, width)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        room(60)
        state["y"] -= 8
        c.setFillColor(navy)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, lw=210, maxlen=0):
        room(26)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"], label)
        form.textfield(
            name=name,
            tooltip=label,
            x=50 + lw,
            y=state["y"] - 5,
            width=w - 100 - lw,
            height=17,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 24

    def box(name, label, height=130, maxlen=0):
        lines = simpleSplit(label, "Helvetica-Bold", 10, w - 100)
        room(len(lines) * 13 + height + 16)
        txt(label, font="Helvetica-Bold")
        state["y"] -= 2
        form.textfield(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - height + 10,
            width=w - 100,
            height=height,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 12

    def check(name, tip, x=50):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=state["y"] - 3,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="check",
        )

    def yes_no(name, label):
        lines = simpleSplit(label, "Helvetica", 10, 330)
        room(len(lines) * 13 + 12)
        c.setFont("Helvetica", 10)
        top = state["y"]
        for ln in lines:
            c.drawString(50, state["y"], ln)
            state["y"] -= 13
        x = 400
        for value in ("Yes", "No"):
            form.radio(
                name=name,
                value=value,
                selected=False,
                x=x,
                y=top - 3,
                size=11,
                buttonStyle="circle",
                borderColor=colors.grey,
                fillColor=colors.white,
                forceBorder=True,
                tooltip=label,
            )
            c.setFont("Helvetica", 10)
            c.drawString(x + 15, top, value)
            x += 50
        state["y"] -= 10

    def ticked(name, label):
        lines = simpleSplit(label, "Helvetica", 10, w - 120)
        room(len(lines) * 13 + 4)
        check(name, label)
        c.setFont("Helvetica", 10)
        for ln in lines:
            c.drawString(68, state["y"], ln)
            state["y"] -= 13
        state["y"] -= 5

    # page 1
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Hobbleton Borough Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Dementia Friendly Communities Fund 2027")
    state["y"] -= 17
    c.drawString(50, state["y"], "Application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "The Dementia Friendly Communities Fund gives grants of £500 to £5,000 to voluntary and "
        "community organisations, faith groups and social enterprises for projects that help "
        "people living with dementia, and the people who care for them, to stay active and "
        "take part in the life of their community: for example memory cafés, singing and "
        "activity groups, dementia-friendly walks, or making a community building easier to "
        "use for people with dementia."
    )
    state["y"] -= 4
    txt(
        "Please read the Fund's guidance notes before you fill in this form. Type your "
        "answers into the boxes, save the form, and email it with the documents listed in "
        "Section 5 to dementiafund@hobbleton.example.gov.uk by 12 noon on Monday 1 March "
        "2027. The answer boxes in Section 3 will not let you type more than the number of "
        "characters shown."
    )
    heading("Section 1: About your organisation")
    field("Organisation name", "1.1 Name of organisation", maxlen=100)
    field("Address", "1.2 Address")
    field("Postcode", "1.3 Postcode", maxlen=8)
    field("Contact name", "1.4 Main contact name")
    field("Position", "1.5 Position in organisation")
    field("Telephone", "1.6 Telephone", maxlen=15)
    field("Email", "1.7 Email address")
    field("Charity or company number", "1.8 Charity or company number (if any)", maxlen=12)

    heading("Section 2: Dementia awareness")
    yes_no(
        "Alliance member",
        "2.1 Is your organisation a member of the Hobbleton Dementia Action Alliance?",
    )
    yes_no(
        "Dementia Friends",
        "2.2 Have any of your staff or volunteers been to a Dementia Friends information session?",
    )
    txt(
        "You do not need to be a member of the Alliance to apply, but we will put you in "
        "touch with it if you get a grant.",
        size=9,
        font="Helvetica-Oblique",
    )

    new_page()
    heading("Section 3: Your project")
    box(
        "3.1 Project",
        "3.1 Describe your project and the activities you will run. (up to 2,000 characters)",
        height=150,
        maxlen=2000,
    )
    box(
        "3.2 Taking part",
        "3.2 How will your project help people living with dementia and their carers to take "
        "part in community life? (up to 1,500 characters)",
        height=120,
        maxlen=1500,
    )
    box(
        "3.3 Involvement",
        "3.3 How have people living with dementia, or their carers, helped to plan the "
        "project? (up to 1,200 characters)",
        height=110,
        maxlen=1200,
    )
    box(
        "3.4 After the grant",
        "3.4 How will the project continue after the grant has been spent? (up to 1,000 "
        "characters)",
        height=100,
        maxlen=1000,
    )
    box(
        "3.5 Difference",
        "3.5 How will you measure the difference the project makes? (no more than 150 words)",
        height=100,
    )

    heading("Section 4: Costs and dates")
    field("Total cost", "4.1 Total cost of the project (£)", lw=260, maxlen=10)
    field("Amount requested", "4.2 Amount you are asking for (£500 to £5,000)", lw=260, maxlen=10)
    field("Start date", "4.3 Project start date (dd/mm/yyyy)", lw=260, maxlen=10)
    field("End date", "4.4 Project end date (dd/mm/yyyy)", lw=260, maxlen=10)
    txt(
        "If you get a grant, you will be asked to fill in our monitoring form after 12 months, "
        "telling us how many people living with dementia and carers took part, what they "
        "thought of the project and how you spent the grant.",
        size=9,
        font="Helvetica-Oblique",
    )

    heading("Section 5: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    ticked("Doc constitution", "Your constitution or governing document")
    ticked(
        "Doc accounts",
        "Your latest annual accounts. If your annual income is under £10,000, accounts signed "
        "by your treasurer are fine; otherwise they must be independently examined or audited.",
    )
    ticked("Doc safeguarding", "Your safeguarding policy, covering adults at risk")
    ticked(
        "Doc insurance",
        "Your public liability insurance certificate (minimum cover £5 million)",
    )
    ticked(
        "Doc permission",
        "If you are making changes to a building (for example dementia-friendly signs or "
        "lighting): written permission from the building's owner",
    )
    ticked(
        "Doc quotes",
        "If you are buying any single item costing more than £1,000: two written quotes",
    )

    heading("Section 6: Declaration")
    ticked(
        "Declaration",
        "I confirm that the information in this form is correct, that I am authorised to "
        "apply on behalf of the organisation, and that the organisation has an equal "
        "opportunities policy and a data protection policy.",
    )
    field("Declaration name", "Name")
    field("Declaration position", "Position")
    field("Declaration date", "Date", maxlen=10)
    state["y"] -= 6
    txt(
        "Hobbleton Borough Council will use your information to assess your application and "
        "manage any grant. Our privacy notice is at www.hobbleton.example.gov.uk/privacy.",
        size=8.5,
    )
    folio()
    c.showPage()
    c.save()


# ------------------------------------------------------------- Ormsworth (text pdf guidance)


def ormsworth() -> None:
    """A city council's Community Catalyst guidance notes for community micro-enterprise
    start-up grants, as Word exports them to PDF: numbered headings, eligibility bullets,
    what the separate form asks, a "What you need to send" list, monitoring and FAQs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ormsworth-community-micro-enterprise-start-up-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Micro-enterprise Start-up Grants - Guidance Notes")
    c.setAuthor("Ormsworth City Council Adult Social Care")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    green = colors.HexColor("#1E5631")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72, 40, "Ormsworth City Council  |  Community Micro-enterprise Start-up Grants"
        )
        c.drawRightString(w - 72, 40, f"Page {state['page']}")

    def room(need):
        if state["y"] - need < 70:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 72

    def para(t, size=10.5, font="Helvetica", x=72, leading=14):
        lines = simpleSplit(t, font, size, w - x - 72)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading
        state["y"] -= 6

    def head(t):
        room(70)
        state["y"] -= 4
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def sub(t):
        room(50)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, state["y"], t)
        state["y"] -= 16

    def item(label, t, indent=84):
        lines = simpleSplit(t, "Helvetica", 10.5, w - indent - 18 - 72)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(indent, state["y"], label)
        for ln in lines:
            c.drawString(indent + 18, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def bullet(t):
        item("\u2022", t)

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(green)
    c.drawString(72, state["y"], "Ormsworth City Council")
    state["y"] -= 30
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Community Micro-enterprise Start-up Grants")
    state["y"] -= 20
    c.setFont("Helvetica", 11.5)
    c.drawString(72, state["y"], "Guidance notes for applicants, 2027-28")
    state["y"] -= 16
    c.drawString(72, state["y"], "Adult Social Care: Community Catalyst Programme")
    c.setFillColor(colors.black)
    state["y"] -= 30

    head("1. About these grants")
    para(
        "Ormsworth City Council wants people who need care and support to have more choice "
        "about who helps them and how. Our Community Catalyst Programme helps local people "
        "to set up very small businesses and community enterprises (community "
        "micro-enterprises) that offer care and support to older people and disabled adults "
        "in Ormsworth: for example home help, a small day activity group, a gardening and "
        "odd jobs service, help with shopping and getting out, or a personal assistant "
        "service."
    )
    para(
        "Start-up grants of up to £2,000 help with the costs of getting started. They are "
        "paid once. The Programme's Community Catalyst officer will also give you free advice "
        "on setting up, working safely, insurance, pricing and getting known, and will stay in "
        "touch for your first year."
    )
    head("2. What is a community micro-enterprise?")
    para("For these grants, a community micro-enterprise:")
    bullet("has eight or fewer paid or unpaid workers;")
    bullet("is independent of any larger organisation;")
    bullet("provides care or support to older people or disabled adults who live in Ormsworth; and")
    bullet(
        "can be a sole trader, a partnership, a community interest company (CIC), a "
        "co-operative or a small charity."
    )
    head("3. Who can apply?")
    para("You can apply if:")
    bullet("you are setting up a community micro-enterprise, or started one in the last 12 months;")
    bullet("you are aged 18 or over and live or work in Ormsworth;")
    bullet("you have met the Community Catalyst officer to talk about your idea; and")
    bullet("you have, or will open, a bank account for the enterprise.")
    para("You cannot apply if you are a franchise of a national care company.")
    head("4. What can the grant pay for?")
    para("The grant can pay for things you need to get started, such as:")
    bullet("training (for example first aid, moving and handling, food hygiene);")
    bullet("equipment and materials;")
    bullet("your first year's insurance;")
    bullet("DBS (Disclosure and Barring Service) check fees;")
    bullet("publicity, such as leaflets and a simple website; and")
    bullet("registration and professional fees.")
    para(
        "The grant cannot pay for your wages, vehicles, costs you have already paid, or "
        "anything that is mainly for personal use."
    )
    head("5. How much can I apply for?")
    para(
        "You can apply for up to £2,000. The grant can pay for up to 75% of your start-up "
        "costs. You will need to pay for at least 25% of your start-up costs yourself, for "
        "example from savings, a loan or another grant. Please tell us on the form where your "
        "share will come from."
    )
    head("6. How to apply")
    item("1.", "Contact the Community Catalyst officer to arrange a first conversation.")
    item(
        "2.",
        "Meet the officer, who will talk through your idea and the rules on care and "
        "safeguarding that apply to it.",
    )
    item(
        "3.",
        "Fill in the application form (a Word document the officer will send you) and "
        "write your business plan using our template.",
    )
    item("4.", "Email the form and the documents in section 7 to the officer.")
    item(
        "5.",
        "The officer will visit you to look at your plans and your policies before a panel "
        "makes a decision. We aim to decide within four weeks of receiving a complete "
        "application.",
    )
    sub("What the application form asks")
    para(
        "The form asks for your contact details and then has five questions: what service you "
        "will offer and to whom (up to 400 words); why people need it (up to 250 words); how "
        "you will keep people safe (up to 300 words); how you will find customers and what "
        "you will charge (up to 250 words); and what the grant will pay for. You answer these "
        "on the form, not in these notes."
    )
    head("7. What you need to send")
    para("Please send all of these with your application form:")
    item(
        "1.",
        "Your business plan, on our template. It should be no more than four pages and "
        "include your start-up costs and your first year's income and spending.",
    )
    item("2.", "Proof of your identity: a copy of your passport or photocard driving licence.")
    item(
        "3.",
        "Your bank statements for the last three months: for your business account, or for "
        "your personal account if you have not opened a business account yet.",
    )
    item(
        "4.",
        "Your safeguarding adults policy. We will give you a template if you do not have one.",
    )
    item(
        "5.",
        "A copy of your public liability insurance certificate. You need cover of at least "
        "£5 million.",
    )
    para("Send these as well if they apply to you:")
    item(
        "6.",
        "If you will give personal care (help with washing, dressing, going to the toilet or "
        "taking medicines): your registration with the Care Quality Commission (CQC), or a "
        "letter from the CQC saying you do not need to register.",
    )
    item(
        "7.",
        "If you, or anyone working with you, will support adults at risk on their own: a "
        "copy of an enhanced DBS certificate for each person, issued in the last three years.",
    )
    para(
        "Because most micro-enterprises are new, we do not ask for accounts. Your bank "
        "statements are enough. You must also have a written complaints procedure and a data "
        "protection policy; the Community Catalyst officer will look at them during the visit, "
        "so you do not need to send them."
    )
    head("8. How we decide")
    para(
        "A panel of the Community Catalyst officer, a commissioner from Adult Social Care and "
        "a person who uses care services looks at each application. They will consider:"
    )
    bullet("whether there is a need for the service in your area;")
    bullet("whether you can run the service safely and legally;")
    bullet("whether your plans are realistic and the business can keep going; and")
    bullet("whether people who use the service will have choice and control.")
    head("9. If you get a grant")
    para(
        "We will send you a grant agreement to sign. We pay the grant into your bank account "
        "in one payment. You must keep receipts for everything you buy with the grant."
    )
    para(
        "Monitoring: after six months and again after twelve months, the Community Catalyst "
        "officer will meet you and ask how many people you support, how many hours of "
        "support you give each week, what your customers say about the service and how the "
        "grant was spent. Please keep simple records so that you can answer these questions."
    )
    head("10. Questions people often ask")
    sub("Do I have to be a registered charity?")
    para("No. Most micro-enterprises are sole traders or small partnerships.")
    sub("Can I apply if I already work as a personal assistant?")
    para(
        "Yes, if you started in the last 12 months and want to grow your service, for example "
        "by taking on a second worker."
    )
    sub("Will the Council buy my services?")
    para(
        "Not directly. Most of your customers will pay with their own money or with a direct "
        "payment. We will list your enterprise on the Ormsworth Care and Support Directory."
    )
    sub("Who can help me?")
    para(
        "Contact the Community Catalyst officer, Priya Lennox, on 01632 960 552 or at "
        "communitycatalyst@ormsworth.example.gov.uk. Please ask if you need these notes in "
        "another format."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    corrowdale()
    fellingham()
    hobbleton()
    ormsworth()


if __name__ == "__main__":
    main()
