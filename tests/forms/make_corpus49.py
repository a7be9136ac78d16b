"""Build set 49's Word and PDF documents (typical council small grants, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus49.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
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


class _Word:
    """The few helpers an ordinary council Word form is made of."""

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

    def heading(self, text: str, level: int = 2):
        return self.d.add_heading(text, level=level)

    def details(self, rows: list[str], width: int = 2) -> None:
        """A label / empty box table, one row per detail."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _row_height(row, 420)
        self.para()

    def question(self, text: str, height: int = 2800) -> None:
        """A two-row table: the question shaded, an empty answer cell under it."""
        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], text, bold=True)
        _shade(t.rows[0].cells[0], self.shade)
        _row_height(t.rows[1], height)
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


# ------------------------------------------------------------- Ridgemoor (docx form)


def ridgemoor() -> None:
    """A district council's Community Grants application form in Word: numbered sections,
    label/box tables, each question a shaded cell over an empty one, "(max 300 words)"."""
    d = _new("Community Grants Application Form 2027-28", "Ridgemoor District Council", "Arial", 11)
    w = _Word(d, "D9E2F3")
    d.add_heading("Ridgemoor District Council", level=0)
    w.heading("Community Grants Scheme 2027/28 - Application Form", 1)
    w.para("Grants of up to £2,500 for voluntary and community groups in the Ridgemoor district.")
    w.para(
        "Please read the Community Grants Guidance Notes before you fill in this form. "
        "Answer every question in the boxes provided; the boxes will expand as you type. "
        "Please keep to the word limits shown after each question. We will not read "
        "anything over the limit."
    )
    w.para(
        "The closing date for this round is 5pm on Friday 26 February 2027. Please email "
        "your completed form and supporting documents to communitygrants@ridgemoor.example"
        ".gov.uk or post them to Community Grants, Ridgemoor District Council, Council "
        "Offices, Station Road, Ridgemoor RM1 4AB."
    )
    w.para(
        "If you need this form in another format, such as large print, or would like help "
        "to complete it, please call the Community Development Team on 01632 960410.",
        italic=True,
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "1.1 Name of organisation",
            "1.2 Address",
            "1.3 Postcode",
            "1.4 Name of main contact",
            "1.5 Position in organisation",
            "1.6 Telephone number",
            "1.7 Email address",
            "1.8 Registered charity or company number (if applicable)",
        ]
    )
    w.para("1.9 What type of organisation are you? (please tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation (CIO)    "
        f"{BOX} Constituted community or voluntary group    {BOX} Community interest "
        f"company    {BOX} Other (please say)"
    )
    w.details(["1.10 Date your organisation was set up"])

    w.heading("Section 2: About your project")
    w.details(["2.1 Project title"])
    w.question(
        "2.2 Please describe your project and what you will use the grant for. (max 300 words)",
        3600,
    )
    w.question("2.3 Why is your project needed? How do you know? (max 250 words)", 3200)
    w.question("2.4 Who will benefit from your project? (max 200 words)", 2600)
    w.details(["2.5 How many people will benefit from the project?"])
    w.para("2.6 When will your project take place?", bold=True)
    w.details(["Start date", "End date"])
    w.question("2.7 How will you know your project has made a difference? (max 200 words)", 2600)

    w.heading("Section 3: Project costs")
    w.para(
        "3.1 Please give a breakdown of the costs of your project. Include VAT if your "
        "organisation cannot reclaim it.",
        bold=True,
    )
    w.grid(["Item or activity", "Cost (£)"], [["", ""]] * 5 + [["Total", ""]])
    w.details(
        [
            "3.2 Total cost of the project (£)",
            "3.3 Amount you are requesting from Ridgemoor District Council (£)",
        ]
    )
    w.para(
        "We can fund up to 75% of the total cost of your project. You will need to find at "
        "least 25% of the cost from other sources or from your own funds."
    )
    w.question(
        "3.4 Please tell us where the rest of the money for the project will come "
        "from, and whether it has been secured. (max 150 words)",
        2200,
    )

    w.heading("Section 4: Bank details")
    w.para(
        "Grants are paid by BACS into your organisation's bank account. The account must "
        "be in the name of your organisation and need at least two unrelated people to "
        "authorise payments."
    )
    w.details(
        [
            "Name of account",
            "Name of bank or building society",
            "Sort code",
            "Account number",
        ]
    )

    w.heading("Section 5: Checklist of supporting documents")
    w.para(
        "Please send the following documents with your application and tick to show what "
        "you have enclosed. We cannot assess your application until we have everything "
        "we need."
    )
    w.grid(
        ["Document", "Enclosed (please tick)"],
        [
            [
                "A copy of your constitution, set of rules or other governing document, signed and "
                "dated",
                BOX,
            ],
            [
                "Your most recent annual accounts, signed by your chair or treasurer. If your "
                "group is less than a year old and does not have accounts yet, send your last "
                "three months' bank statements instead",
                BOX,
            ],
            [
                "A copy of your current public liability insurance certificate (minimum cover "
                "£5 million)",
                BOX,
            ],
            [
                "Your safeguarding policy, if your project involves children, young people or "
                "adults at risk",
                BOX,
            ],
            ["A written quote for any single item of equipment costing more than £500", BOX],
        ],
    )

    w.heading("Section 6: Declaration")
    w.para("I confirm that:")
    for t in [
        "the information in this application is correct to the best of my knowledge;",
        "the organisation has an equal opportunities policy and will follow it in running "
        "the project;",
        "the grant will be used only for the project described in this application;",
        "we will provide a short monitoring report and receipts within three months of the "
        "end of the project;",
        "we will repay any part of the grant that is not spent on the project.",
    ]:
        w.bullet(t)
    w.para(
        "This declaration must be signed by a committee member or trustee who is not the "
        "main contact named in Section 1."
    )
    w.details(["Signed", "Print name", "Position in organisation", "Date"])
    w.heading("Data protection", 3)
    w.para(
        "Ridgemoor District Council will use the information you give us to assess your "
        "application and to monitor any grant awarded. Our privacy notice is on our "
        "website at www.ridgemoor.example.gov.uk/privacy."
    )
    out = HERE / "ridgemoor-community-grants-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Kilverton (docx form)


def kilverton() -> None:
    """A county council's councillor community fund form in Word: Parts A to F, answer boxes
    as single empty cells under bold questions, documents asked for in a prose list."""
    d = _new(
        "Councillor Community Fund application form", "Kilverton County Council", "Calibri", 11
    )
    w = _Word(d, "E2EFD9")
    w.heading("Kilverton County Council", 1)
    w.heading("Councillor Community Fund: application form", 1)
    w.para(
        "Each county councillor has £6,000 a year to support local community projects in "
        "their division. Groups can apply for between £100 and £1,000. Before you apply, "
        "please talk to your local county councillor about your project; you can find "
        "your councillor at www.kilverton.example.gov.uk/councillors."
    )
    w.para(
        "Please complete all parts of this form and return it, with the documents listed "
        "in Part E, to councillorfund@kilverton.example.gov.uk. Applications can be made "
        "at any time but must be received at least eight weeks before your project "
        "starts."
    )

    w.heading("Part A: Your group", 2)
    w.details(
        [
            "Name of group",
            "Contact name",
            "Position in group",
            "Address (including postcode)",
            "Telephone",
            "Email",
            "Which county division is your project in?",
            "Name of the county councillor you have discussed your project with",
        ]
    )

    w.heading("Part B: Your project", 2)
    w.question(
        "B1 Tell us about your project. What will you do, and where and when will it "
        "happen? (no more than 250 words)",
        3400,
    )
    w.question(
        "B2 How will the project benefit people living in the division? (no more than 200 words)",
        3000,
    )
    w.details(["B3 Proposed start date", "B4 How many people do you expect to benefit?"])
    w.question(
        "B5 Please give details of any other funding you have applied for or "
        "received for this project, including any money your group is putting in.",
        2000,
    )
    w.question(
        "B6 How will you let people know that the County Council has supported your "
        "project? (no more than 100 words)",
        1600,
    )

    w.heading("Part C: Costs", 2)
    w.para("Please list what you want the grant to pay for.")
    w.grid(["Item", "Supplier", "Cost (£)"], [["", "", ""]] * 4)
    w.details(["Total cost of the project (£)", "Amount you are asking for (£)"])
    w.para(
        "You do not have to find match funding, but we welcome projects where other "
        "funders or the group itself are also contributing."
    )

    w.heading("Part D: Bank details", 2)
    w.para(
        "We can only pay grants into a bank account in the name of your group. We cannot "
        "pay grants into personal accounts."
    )
    w.details(["Name of account", "Sort code", "Account number"])

    w.heading("Part E: Supporting documents", 2)
    w.para("Please send these with your application:")
    for t in [
        "a copy of your group's constitution or terms of reference;",
        "a copy of your latest bank statement (no more than three months old);",
        "a copy of your public liability insurance certificate. Your group must have "
        "public liability insurance of at least £2 million for the activity;",
        "if you are asking for £500 or more, your most recent annual accounts or an income "
        "and expenditure statement signed by your treasurer;",
        "a quote, if you are buying equipment or paying for work costing more than £250;",
        "if your project will take place on land or in a building your group does not own, "
        "a letter from the owner giving permission.",
    ]:
        w.bullet(t)
    w.para("We do not need to see your accounts for requests under £500.")

    w.heading("Part F: Declaration", 2)
    w.para("On behalf of the group named in Part A, I confirm that:")
    for t in [
        "the information on this form is true and complete;",
        "the grant will be spent only on the items listed in Part C, within 12 months;",
        "where our activities involve children, young people or adults at risk, we have a "
        "safeguarding policy in place and follow it;",
        "we will send the County Council receipts for the money spent, and a short report, "
        "when the project is complete.",
    ]:
        w.bullet(t)
    w.details(["Signature", "Name", "Position", "Date"])
    w.para(
        "Kilverton County Council will process your information in line with its "
        "privacy notice for grants, which you can read on our website.",
        italic=True,
    )
    out = HERE / "kilverton-councillor-community-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------- Pendleford (fillable PDF form)


def pendleford() -> None:
    """A borough council's Green Communities Grant form as Acrobat's "Prepare form" makes it
    from a Word form: labels printed on the page, a text field beside or under each, field
    names taken from the labels, tooltips the same, /MaxLen on a few fields only."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pendleford-green-communities-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Green Communities Grant application form 2027")
    c.setAuthor("Pendleford Borough Council")
    c.setSubject("Green Communities Grant")
    c.setCreator("Acrobat PDFMaker 24 for Word")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#2E6B30")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 18

    def field(name, label, lw=190, maxlen=0):
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"], label)
        form.textfield(
            name=name,
            tooltip=name,
            x=50 + lw,
            y=state["y"] - 5,
            width=w - 100 - lw,
            height=17,
            borderColor=colors.grey,
            fillColor=colors.HexColor("#EAF1FB"),
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 24

    def box(name, label, height=150, maxlen=0):
        txt(label, font="Helvetica-Bold")
        state["y"] -= 2
        form.textfield(
            name=name,
            tooltip=name,
            x=50,
            y=state["y"] - height + 10,
            width=w - 100,
            height=height,
            borderColor=colors.grey,
            fillColor=colors.HexColor("#EAF1FB"),
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 12

    def check(name, label, x=50):
        form.checkbox(
            name=name,
            tooltip=name,
            x=x,
            y=state["y"] - 3,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="check",
        )
        c.setFont("Helvetica", 10)
        c.drawString(x + 16, state["y"], label)

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(green)
    c.drawString(50, state["y"], "Pendleford Borough Council")
    state["y"] -= 22
    c.drawString(50, state["y"], "Green Communities Grant 2027 - Application Form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Grants of £250 to £3,000 for community projects that improve the local "
        "environment: tree planting, community gardens, wildlife areas, litter and recycling "
        "projects and reducing energy use in community buildings."
    )
    state["y"] -= 4
    txt(
        "You can type into this form on screen. Save it, then email it with your supporting "
        "documents to greengrants@pendleford.example.gov.uk. Please read the guidance notes "
        "first. Closing date: 31 March 2027."
    )
    heading("Section 1 - Your organisation")
    field("Name of organisation", "Name of organisation", maxlen=100)
    field("Address", "Address")
    field("Postcode", "Postcode", maxlen=8)
    field("Contact name", "Contact name")
    field("Position in organisation", "Position in organisation")
    field("Telephone", "Telephone", maxlen=15)
    field("Email", "Email")
    field("Charity or company number", "Charity or company number (if any)", maxlen=8)
    txt("Type of organisation (tick one)", font="Helvetica-Bold")
    check("Type - Charity", "Registered charity")
    check("Type - Community group", "Community group", x=200)
    check("Type - CIC", "Community interest company", x=330)
    state["y"] -= 18
    check("Type - Parish council", "Parish or town council")
    check("Type - School", "School or PTA", x=200)
    state["y"] -= 26
    heading("Section 2 - Your project")
    field("Project title", "2.1 Project title", lw=110, maxlen=100)
    box(
        "Describe your project",
        "2.2 Please describe your project and what the grant will pay for (up to 1,500 characters)",
        height=170,
        maxlen=1500,
    )
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "Environmental benefit",
        "2.3 How will your project benefit the local environment? (maximum 200 words)",
        height=160,
    )
    box(
        "Community involvement",
        "2.4 How will local people be involved in the project? (maximum 150 words)",
        height=130,
    )
    box(
        "Looking after the project",
        "2.5 How will the project be looked after once the "
        "grant has been spent? (maximum 150 words)",
        height=130,
    )
    field("Start date", "2.6 Start date (dd/mm/yyyy)", lw=190, maxlen=10)
    field("End date", "      End date (dd/mm/yyyy)", lw=190, maxlen=10)
    field("Number of volunteers", "2.7 Number of volunteers involved", lw=190, maxlen=4)
    heading("Section 3 - Costs")
    txt(
        "We expect groups to contribute at least 10% of the total project cost. This can be "
        "in cash or in kind, for example volunteer time valued at £15 an hour."
    )
    state["y"] -= 4
    field("Total project cost", "3.1 Total project cost (£)", maxlen=10)
    field("Amount requested", "3.2 Amount requested from the Council (£)", maxlen=10)
    field(
        "Group contribution",
        "3.3 Your group's contribution, cash or in kind (£)",
        lw=260,
        maxlen=10,
    )
    c.showPage()

    # page 3
    state["y"] = h - 50
    heading("Section 4 - Supporting documents")
    txt("Please send these documents with your form and tick each one you have included.")
    state["y"] -= 4
    docs = [
        ("Enclosed - Constitution", "Your constitution or governing document"),
        (
            "Enclosed - Accounts",
            "Your latest annual accounts. If your income is under £10,000 "
            "a year, a statement of income and expenditure for the last 12 months is fine",
        ),
        (
            "Enclosed - Insurance",
            "Your public liability insurance certificate (at least £5 million cover)",
        ),
        (
            "Enclosed - Landowner permission",
            "Written permission from the landowner, if the "
            "project is on land your group does not own",
        ),
        ("Enclosed - Quotes", "Two quotes for any item costing more than £1,000"),
        (
            "Enclosed - Safeguarding policy",
            "Your safeguarding policy, if the project involves children or adults at risk",
        ),
    ]
    for name, label in docs:
        form.checkbox(
            name=name,
            tooltip=name,
            x=50,
            y=state["y"] - 3,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="check",
        )
        state["y"] += 0
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section 5 - Declaration")
    txt(
        "I confirm that the information on this form is correct, that I am authorised to "
        "apply on behalf of the organisation, and that the grant will be used only for the "
        "project described. I understand that the Council may ask for the grant to be "
        "repaid if it is not used for this project."
    )
    state["y"] -= 4
    check("Declaration agreed", "I agree to the declaration above")
    state["y"] -= 26
    field("Name", "Name", lw=110)
    field("Position", "Position", lw=110)
    field("Signature", "Signature", lw=110)
    field("Date", "Date", lw=110, maxlen=10)
    state["y"] -= 6
    txt(
        "Pendleford Borough Council is the data controller for the information on this "
        "form. We use it to process your application and to monitor grants. See "
        "www.pendleford.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    c.showPage()
    c.save()


# ------------------------------------------------------- Fernbury (text PDF guidance)


def fernbury() -> None:
    """Guidance notes for a city council's Community Grants Scheme, as Word exports them to
    PDF: a title block, numbered headings, bullet lists, a documents list, four pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "fernbury-community-grants-guidance-notes.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Grants Scheme 2027-28: Guidance Notes")
    c.setAuthor("Fernbury City Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Fernbury City Council - Community Grants Guidance Notes 2027/28")
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
        room(40)
        state["y"] -= 4
        c.setFillColor(colors.HexColor("#1F3864"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def bullet(t):
        lines = simpleSplit(t, "Helvetica", 10.5, w - 162)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(84, state["y"], "\u2022")
        for ln in lines:
            c.drawString(96, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(colors.HexColor("#1F3864"))
    c.drawString(72, state["y"], "Community Grants Scheme 2027/28")
    state["y"] -= 26
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Guidance Notes for Applicants")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. Introduction")
    para(
        "Fernbury City Council's Community Grants Scheme supports voluntary and community "
        "organisations to run projects and activities that benefit people living in the "
        "city. The scheme is funded from the Council's budget and is open for applications "
        "twice a year."
    )
    para(
        "Please read these notes carefully before you complete the online application form. "
        "If you have any questions, contact the Communities Team on 01632 960875 or at "
        "grants@fernbury.example.gov.uk."
    )
    head("2. How much can I apply for?")
    para(
        "You can apply for between £500 and £5,000. Most grants awarded are between £1,000 "
        "and £3,000. The scheme is usually oversubscribed, so we cannot fund every "
        "application that meets the criteria."
    )
    head("3. Who can apply?")
    para("To apply, your organisation must:")
    bullet(
        "be a voluntary or community group, registered charity, charitable incorporated "
        "organisation (CIO), community interest company (CIC) or social enterprise;"
    )
    bullet(
        "have a constitution or set of rules, and a management committee or board of at "
        "least three unrelated people;"
    )
    bullet("have a bank account in the organisation's name that needs two signatures;")
    bullet(
        "deliver the project within the Fernbury City Council area for the benefit of "
        "local residents."
    )
    head("4. Who cannot apply?")
    para("We will not fund:")
    bullet("individuals or sole traders;")
    bullet("organisations that aim to make a profit for private distribution;")
    bullet("statutory bodies, including schools, for work that is their legal duty;")
    bullet("political parties or groups that campaign for a political party;")
    bullet(
        "religious activities, although faith groups can apply for projects open to the "
        "whole community."
    )
    head("5. What can the grant pay for?")
    para(
        "We can fund project costs such as sessional workers, volunteer expenses, venue "
        "hire, publicity, training, small items of equipment and materials. We cannot fund:"
    )
    bullet("work that has already started or costs already spent (retrospective funding);")
    bullet("the general running costs of your organisation that are not part of the project;")
    bullet("trips abroad, alcohol, or prizes and gifts;")
    bullet("fundraising activities or donations to other organisations.")
    head("6. Match funding")
    para(
        "We will fund up to 80% of the total cost of your project. You will need to find at "
        "least 20% from other sources. This can include money from your own reserves, "
        "other grants, or in-kind contributions such as volunteer time, donated materials "
        "or free use of a venue. Please show in your budget how the rest of the project "
        "will be paid for."
    )
    head("7. Insurance")
    para(
        "All organisations must hold public liability insurance with a minimum cover of "
        "£5 million. If your project is a public event expected to attract more than 500 "
        "people, you will need cover of at least £10 million. If you employ staff you must "
        "also have employer's liability insurance, as the law requires."
    )
    head("8. What you need to send")
    para("With your online application you will need to upload the following documents:")
    bullet("a copy of your constitution, set of rules or memorandum and articles of association;")
    bullet(
        "your most recent annual accounts. These do not need to be audited or "
        "independently examined, but they must be signed by two members of your "
        "committee. If your organisation is new and has not yet produced a full year's "
        "accounts, send your last three months' bank statements instead;"
    )
    bullet("your equal opportunities or equality and diversity policy;")
    bullet("a copy of your current public liability insurance certificate;")
    bullet(
        "your safeguarding policy, if your project will work with children, young "
        "people or adults at risk;"
    )
    bullet("a copy of your employer's liability insurance certificate, if you employ staff;")
    bullet("for any single item of equipment costing more than £500, two written quotes.")
    para(
        "We will not assess your application until we have received all the documents "
        "that apply to you. If a document is missing, we will contact you once; if we do "
        "not receive it within ten working days, your application will not be considered "
        "in this round."
    )
    head("9. How we assess applications")
    para(
        "Each application is scored by two officers against the criteria below, and the "
        "scores are checked by a panel of three councillors, who make the final decision."
    )
    bullet("Need: there is clear evidence that the project is needed.")
    bullet("Benefit: the project will make a real difference to local people.")
    bullet("Delivery: the organisation can deliver the project well and on time.")
    bullet("Value for money: the costs are realistic and other funding has been sought.")
    head("10. Key dates")
    para(
        "Round 1: opens 4 January 2027, closes 12 February 2027, decisions by 26 March "
        "2027. Round 2: opens 5 July 2027, closes 10 September 2027, decisions by 29 "
        "October 2027. Projects must be completed within 12 months of the award."
    )
    head("11. If you are awarded a grant")
    para(
        "You will receive a grant offer letter setting out the conditions of the grant. "
        "You must sign and return the acceptance form before we pay the grant. Grants are "
        "paid in full by BACS. Within three months of the end of your project you must "
        "send us a short end of grant report with copies of receipts or invoices for the "
        "money spent. You must acknowledge the Council's support in any publicity, using "
        "the Council's logo, which we will send you."
    )
    head("12. Data protection")
    para(
        "Fernbury City Council will use the information you provide to assess your "
        "application, to manage and monitor any grant awarded and to prevent fraud. We may "
        "publish the name of your organisation, the amount awarded and a short description "
        "of your project. Our full privacy notice is at www.fernbury.example.gov.uk/"
        "privacy."
    )
    head("13. Contact us")
    para(
        "Communities Team, Fernbury City Council, Civic Centre, Market Square, Fernbury "
        "FB1 2CC. Telephone 01632 960875. Email grants@fernbury.example.gov.uk."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    ridgemoor()
    kilverton()
    pendleford()
    fernbury()


if __name__ == "__main__":
    main()
