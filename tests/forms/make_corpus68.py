"""Build set 68's Word and PDF documents (typical council housing, homelessness and community
transport grants to voluntary groups, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus68.py
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


def _ticks(w: _Word, header: list[str], rows: list[str]) -> None:
    """A checklist table: the document in the first column, an empty tick box in the second."""
    t = w.d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    for r in rows:
        row = t.add_row()
        _set(row.cells[0], r)
        _set(row.cells[1], BOX)
    w.para()


# ------------------------------------------------------------- Fenwardine (docx form)


def fenwardine() -> None:
    """A borough council's Word application for winter night shelter and rough sleeping
    outreach grants: label / box tables, question-and-box tables with "(max N words)",
    tick-box rows, bank details, a documents checklist and a declaration."""
    d = _new(
        "Winter Night Shelter and Rough Sleeping Outreach Grants 2027/28 - Application form",
        "Fenwardine Borough Council Housing Solutions",
        "Arial",
        11,
    )
    _header_text(d, "Fenwardine Borough Council    Housing Solutions    OFFICIAL when completed")
    w = _Word(d, "DDEBF7")
    d.add_heading("Fenwardine Borough Council", level=0)
    w.heading("Winter Night Shelter and Rough Sleeping Outreach Grants 2027/28", 1)
    w.heading("Application form", 2)
    w.para(
        "Please read the guidance notes before you fill in this form. Grants of up to £12,000 "
        "are available to voluntary and community groups, charities and faith groups running "
        "a winter night shelter or rough sleeping outreach in the borough between 1 November "
        "2027 and 31 March 2028."
    )
    w.para(
        "Type your answers in the boxes; they will expand as you type. Please keep to the word "
        "limits: we will not read beyond them. The closing date is 12 noon on Friday 3 "
        "September 2027. Email your completed form and documents to "
        "housinggrants@fenwardine.example.gov.uk."
    )
    w.para("Do you need this form in another format?", bold=True)
    w.para(
        "Call the Housing Solutions team on 01632 960 418 and we can send it in large print or "
        "talk it through with you."
    )
    w.heading("Section 1: About your organisation", 2)
    w.details(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in organisation",
            "Telephone",
            "Email",
            "Registered charity or company number (if any)",
        ]
    )
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Type of organisation (tick one)", bold=True)
    _shade(t.rows[0].cells[0], w.shade)
    _set(
        t.rows[0].cells[1],
        f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
        f"{BOX} Constituted community group   {BOX} Faith group",
    )
    _set(t.rows[1].cells[0], "Total income in your last financial year (£)", bold=True)
    _shade(t.rows[1].cells[0], w.shade)
    w.para()

    w.heading("Section 2: About your project", 2)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "2.1 Project title", bold=True)
    _shade(t.rows[0].cells[0], w.shade)
    _set(t.rows[1].cells[0], "2.2 Which grant are you applying for? (tick one)", bold=True)
    _shade(t.rows[1].cells[0], w.shade)
    _set(t.rows[1].cells[1], f"{BOX} Winter night shelter    {BOX} Rough sleeping outreach")
    w.para()
    w.question(
        "2.3 Describe the service you will provide: where and when it will run, how many "
        "nights or sessions a week, and who will run it. (max 500 words)",
        4200,
    )
    w.question(
        "2.4 How will you work with the Council's Housing Solutions team and the street "
        "outreach service so that guests are referred on to accommodation? (max 300 words)",
        3200,
    )
    w.question(
        "2.5 How will you keep guests, volunteers and staff safe? Tell us about your "
        "safeguarding arrangements and how you will manage risks overnight. (max 400 words)",
        3600,
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(
        t.rows[0].cells[0],
        "2.6 How many different people do you expect to support this winter?",
        bold=True,
    )
    _shade(t.rows[0].cells[0], w.shade)
    w.para()
    w.question(
        "2.7 What difference will your project make, and how will you know? (max 250 words)",
        2800,
    )

    w.heading("Section 3: Costs", 2)
    w.details(
        [
            "3.1 Total cost of the project (£)",
            "3.2 Amount you are asking us for (£)",
        ]
    )
    w.para(
        "We can fund up to 80% of the total cost of your project. You will need to find at "
        "least 20% from other sources; this can include the value of donated food and "
        "volunteer time. Please attach a budget showing how the grant and your other funding "
        "will be spent."
    )
    w.question(
        "3.3 Give details of the other funding you have secured or applied for, including "
        "donations in kind.",
        2400,
    )

    w.heading("Section 4: Bank details", 2)
    w.para(
        "The account must be in the name of your organisation and need two unrelated people "
        "to sign or approve payments."
    )
    w.details(["Account name", "Bank or building society", "Sort code", "Account number"])

    w.heading("Section 5: Documents checklist", 2)
    w.para("Please send these documents with your application and tick each one you enclose.")
    _ticks(
        w,
        ["Document", "Enclosed"],
        [
            "Your constitution, set of rules or other governing document",
            "Your most recent annual accounts (these do not need to be audited)",
            "If your organisation is less than a year old and has no accounts yet: bank "
            "statements for the last three months instead of accounts",
            "A budget for the project",
            "Your safeguarding policy, covering adults at risk",
            "Your public liability insurance certificate (minimum cover £5 million)",
            "If you employ staff: your employer's liability insurance certificate",
        ],
    )

    w.heading("Section 6: Declaration", 2)
    w.para(
        "I confirm that the information in this application is true and complete. I confirm "
        "that our organisation has a health and safety policy and a lone working policy, and "
        "that everyone working overnight or on outreach shifts will have had an enhanced DBS "
        "check before they start. I understand that the Council may ask for the grant back if "
        "it is not used for the purpose agreed."
    )
    w.details(["Signature", "Name (in capitals)", "Position", "Date"])
    w.para("For office use only", bold=True)
    w.para("Reference: ______   Date received: ______   Officer: ______", italic=True)
    out = HERE / "fenwardine-winter-night-shelter-outreach-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Hatherwick (docx form)


def _numbered_q(w: _Word, num: str, text: str, limit: str, height: int) -> None:
    """A numbered question in bold, its limit on the line under it, then an empty box."""
    p = w.d.add_paragraph()
    p.add_run(f"{num}  {text}").bold = True
    if limit:
        w.para(limit, italic=True)
    w.answer_box(height)


def hatherwick() -> None:
    """A county council's Word application for community transport operating grants
    (dial-a-ride, community car schemes, group minibus hire): Parts A to E, numbered
    questions with "(no more than N words)" under them, permit and vehicle evidence."""
    d = _new(
        "Community Transport Operating Grant 2027-2028 Application Form",
        "Hatherwick County Council Passenger Transport Unit",
        "Calibri",
        11,
    )
    _header_text(d, "Hatherwick County Council - Passenger Transport Unit - CTOG/AF/2027")
    w = _Word(d, "E7E6E6")
    d.add_heading("Community Transport Operating Grant 2027-2028", level=0)
    w.para("Application Form", bold=True)
    w.para(
        "This form is for not-for-profit community transport operators in Hatherwick asking "
        "for an operating grant towards the running costs of a dial-a-ride service, community "
        "car scheme or group hire minibus service from 1 April 2027 to 31 March 2028. Grants "
        "are between £2,000 and £20,000."
    )
    w.para(
        "This grant does not require match funding, but please tell us about your other "
        "income in Part C."
    )
    w.para(
        "Return the completed form with the documents listed in Part D by 5pm on 14 January "
        "2027 to passengertransport@hatherwick.example.gov.uk."
    )
    w.heading("Part A: Applicant details", 2)
    w.details(
        [
            "Name of organisation",
            "Registered address",
            "Postcode",
            "Contact name",
            "Telephone number",
            "Email address",
            "Website (if any)",
            "Registered charity number",
            "Company number",
        ]
    )
    w.heading("Part B: Your service", 2)
    w.grid(
        ["", "Please tick"],
        [
            [
                "B1  Which type of service do you run?",
                f"{BOX} Dial-a-ride  {BOX} Community car scheme  {BOX} Group hire minibus  "
                f"{BOX} Other",
            ],
            [
                "B2  Under which permit or licence do you operate?",
                f"{BOX} Section 19 permit  {BOX} Section 22 permit  {BOX} PSV operator's licence",
            ],
        ],
    )
    w.grid(
        ["", "Number"],
        [
            ["B3  Number of vehicles you operate", ""],
            ["B4  Number of passenger trips in the last 12 months", ""],
            ["B5  Number of volunteer drivers", ""],
        ],
    )
    _numbered_q(
        w,
        "B6",
        "Describe your service: who uses it, the area you cover and the days and hours it runs.",
        "(no more than 400 words)",
        4000,
    )
    _numbered_q(
        w,
        "B7",
        "Explain how the grant will be used to keep the service running in 2027-2028.",
        "(no more than 300 words)",
        3200,
    )
    _numbered_q(
        w,
        "B8",
        "How do you make sure your drivers are safe and suitable to carry passengers? Include "
        "driver training such as MiDAS, driving licence checks and DBS checks.",
        "(no more than 300 words)",
        3200,
    )
    _numbered_q(
        w,
        "B9",
        "How do you involve passengers and members in running the service?",
        "(no more than 200 words)",
        2400,
    )
    w.heading("Part C: Finance", 2)
    w.details(
        [
            "C1  Amount of grant requested (£)",
            "C2  Total annual running costs of the service (£)",
        ]
    )
    _numbered_q(
        w,
        "C3",
        "Give details of the fares you charge and the other income you expect in 2027-2028.",
        "(no more than 150 words)",
        2000,
    )
    w.heading("Part D: Supporting documents", 2)
    w.para(
        "All applicants must send the documents below. We cannot assess your application "
        "until we have them all. Tick each one to show it is enclosed."
    )
    _ticks(
        w,
        ["Document", "Tick"],
        [
            "A copy of your Section 19 or Section 22 permit, or your PSV operator's licence",
            "The V5C registration document for each vehicle used for the service",
            "Your motor insurance certificate, showing that passengers are covered",
            "Your public liability insurance certificate, with cover of at least £5,000,000",
            "Your latest annual accounts, independently examined or audited",
            "Your safeguarding policy",
        ],
    )
    w.para(
        "If any of your drivers are paid staff, please also send your employer's liability "
        "insurance certificate."
    )
    w.heading("Part E: Declaration", 2)
    w.para(
        "I declare that the information given in this form is correct. We have an equality "
        "and diversity policy and a health and safety policy, which the Council may ask to "
        "see. We will tell the Council at once of any change to our permit or licence."
    )
    w.grid(
        ["Confirmation", "Tick"],
        [
            [
                "I confirm that all our drivers hold the right licence entitlement and have "
                "had an enhanced DBS check in the last three years.",
                BOX,
            ]
        ],
    )
    w.details(["Signed", "Name", "Position in organisation", "Date"])
    out = HERE / "hatherwick-community-transport-operating-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Hobbleton (fillable pdf form)


def hobbleton() -> None:
    """A district council's fillable PDF for tenancy sustainment and resettlement small
    grants: labels on the page, tooltips from the labels, /MaxLen on the short fields and on
    four answer boxes "(up to N characters)", Yes / No radio groups, check boxes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hobbleton-tenancy-sustainment-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Hobbleton District Council - Tenancy Sustainment Small Grants - Application")
    c.setAuthor("Hobbleton District Council Housing Services")
    c.setSubject("Small grants application form")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#1E5631")
    fill = colors.HexColor("#EEF5EE")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(50, 28, "Hobbleton District Council  |  Tenancy Sustainment Small Grants")
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
        c.setFillColor(green)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, tip, lw=200, maxlen=0):
        room(26)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"], label)
        form.textfield(
            name=name,
            tooltip=tip,
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

    def box(name, label, tip, height=140, maxlen=0):
        lines = simpleSplit(label, "Helvetica-Bold", 10, w - 100)
        room(len(lines) * 13 + height + 16)
        txt(label, font="Helvetica-Bold")
        state["y"] -= 2
        form.textfield(
            name=name,
            tooltip=tip,
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

    def choice(name, label, tip, values):
        lines = simpleSplit(label, "Helvetica", 10, 300)
        room(len(lines) * 13 + 12)
        c.setFont("Helvetica", 10)
        top = state["y"]
        for ln in lines:
            c.drawString(50, state["y"], ln)
            state["y"] -= 13
        x = 360
        for value in values:
            form.radio(
                name=name,
                value=value.replace(" ", ""),
                selected=False,
                x=x,
                y=top - 3,
                size=11,
                buttonStyle="circle",
                borderColor=colors.grey,
                fillColor=colors.white,
                forceBorder=True,
                tooltip=tip,
            )
            c.setFont("Helvetica", 10)
            c.drawString(x + 15, top, value)
            x += 15 + c.stringWidth(value, "Helvetica", 10) + 14
        state["y"] = min(state["y"], top - 13) - 8

    c.setFont("Helvetica-Bold", 17)
    c.setFillColor(green)
    c.drawString(50, state["y"], "Hobbleton District Council")
    state["y"] -= 24
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Tenancy Sustainment and Resettlement Small Grants 2027/28")
    state["y"] -= 18
    c.setFont("Helvetica", 11)
    c.drawString(50, state["y"], "Application form (grants of up to £3,000)")
    c.setFillColor(colors.black)
    state["y"] -= 24
    txt(
        "Use this form to apply for a small grant for a project that helps people keep their "
        "home or settle into a new one after homelessness, such as tenancy support, budgeting "
        "and benefits help, befriending or move-on packs. You can fill it in on screen, save "
        "it and email it to housingsupport@hobbleton.example.gov.uk with the documents in "
        "Section 5. The closing date is 30 June 2027."
    )
    state["y"] -= 6
    heading("Section 1: Your organisation")
    field("org_name", "Organisation name", "Organisation name", maxlen=100)
    field("org_address", "Address", "Address", maxlen=150)
    field("org_postcode", "Postcode", "Postcode", maxlen=8)
    field("contact_name", "Contact name", "Contact name", maxlen=60)
    field("contact_phone", "Telephone", "Telephone", maxlen=20)
    field("contact_email", "Email", "Email", maxlen=80)
    field(
        "charity_no", "Charity or company number (if any)", "Charity or company number", maxlen=12
    )
    choice(
        "org_type",
        "Type of organisation",
        "Type of organisation",
        ("Charity", "CIC", "Community group", "Other"),
    )
    heading("Section 2: Your project")
    box(
        "q1_project",
        "Q1. What will you do with the grant and who will benefit? (up to 1,500 characters)",
        "Q1. What will you do with the grant and who will benefit? (up to 1,500 characters)",
        150,
        1500,
    )
    box(
        "q2_tenancy",
        "Q2. How will your project help people keep their tenancy or settle into a new home? "
        "(up to 1,200 characters)",
        "Q2. How will your project help people keep their tenancy or settle into a new home?",
        130,
        1200,
    )
    box(
        "q3_referrals",
        "Q3. How will you find and refer the people you help? Include any joint work with the "
        "Council's housing options team. (up to 900 characters)",
        "Q3. How will you find and refer the people you help?",
        110,
        900,
    )
    choice(
        "at_risk",
        "Does your project work with children or adults at risk?",
        "Does your project work with children or adults at risk?",
        ("Yes", "No"),
    )
    heading("Section 3: Money")
    field("amount", "Amount requested (£)", "Amount requested in pounds", maxlen=6)
    field("start_date", "Project start date (dd/mm/yyyy)", "Project start date", maxlen=10)
    box(
        "q4_costs",
        "Q4. How will you spend the grant? Give a breakdown of the main costs. "
        "(up to 600 characters)",
        "Q4. How will you spend the grant? Give a breakdown of the main costs.",
        80,
        600,
    )
    choice("vat", "Is your organisation registered for VAT?", "Registered for VAT?", ("Yes", "No"))
    heading("Section 4: Insurance and financial information")
    txt(
        "Your organisation must hold public liability insurance of at least £2 million. You "
        "do not need to send us the certificate, but we may ask to see it."
    )
    state["y"] -= 4
    txt(
        "We do not need your annual accounts for grants of this size. Instead, please send "
        "a bank statement from the last three months for your organisation's account."
    )
    state["y"] -= 4
    heading("Section 5: Documents to send")
    txt("Tick to show which documents you are sending with this form.")
    state["y"] -= 6
    docs = [
        ("doc_constitution", "Your constitution or set of rules"),
        ("doc_bank", "A bank statement from the last three months in the organisation's name"),
        (
            "doc_safeguarding",
            "If your project works with children or adults at risk: your safeguarding policy",
        ),
    ]
    for name, label in docs:
        room(22)
        check(name, label)
        c.setFont("Helvetica", 10)
        c.drawString(70, state["y"], label)
        state["y"] -= 20
    heading("Section 6: Declaration")
    txt(
        "I confirm that the information on this form is correct, that the grant will only be "
        "used for the project described, and that I will return any money not spent. I "
        "understand the Council may share this information with its auditors."
    )
    state["y"] -= 6
    room(22)
    check("declaration", "I agree to the declaration above")
    c.setFont("Helvetica", 10)
    c.drawString(70, state["y"], "I agree to the declaration above")
    state["y"] -= 24
    field("signature", "Signature", "Signature", maxlen=60)
    field("print_name", "Print name", "Print name", maxlen=60)
    field("position", "Position", "Position in organisation", maxlen=40)
    field("sign_date", "Date", "Date", maxlen=10)
    folio()
    c.save()


# ------------------------------------------------------------- Brambleton (text pdf guidance)


def brambleton() -> None:
    """A borough council's guidance notes for community transport grants, as Word exports
    them to PDF: numbered headings, a table of the online form's questions, a documents list
    split into every applicant and "if it applies to you", questions and answers."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brambleton-community-transport-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Transport Grants 2027/28 - Guidance Notes")
    c.setAuthor("Brambleton Borough Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    navy = colors.HexColor("#1F3864")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Brambleton Borough Council  |  Community Transport Grants 2027/28")
        c.drawRightString(w - 72, 40, str(state["page"]))

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
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def bullet(t, indent=84):
        lines = simpleSplit(t, "Helvetica", 10.5, w - indent - 18 - 72)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(indent, state["y"], "\u2022")
        for ln in lines:
            c.drawString(indent + 14, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def table(rows, xs, size=9.5):
        for i, r in enumerate(rows):
            font = "Helvetica-Bold" if i == 0 else "Helvetica"
            wrapped = [simpleSplit(v, font, size, xs[j + 1] - xs[j] - 8) for j, v in enumerate(r)]
            n = max(len(x) for x in wrapped)
            need = n * 12 + 8
            room(need + (30 if i == 0 else 0))
            if i == 0:
                c.setFillColor(colors.HexColor("#D9E2F3"))
                c.rect(xs[0], state["y"] - need + 10, xs[-1] - xs[0], need, stroke=0, fill=1)
                c.setFillColor(colors.black)
            c.setFont(font, size)
            for j, lines in enumerate(wrapped):
                yy = state["y"]
                for ln in lines:
                    c.drawString(xs[j] + 4, yy, ln)
                    yy -= 12
            state["y"] -= need
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] + 10, xs[-1], state["y"] + 10)
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(navy)
    c.drawString(72, state["y"], "Brambleton Borough Council")
    state["y"] -= 30
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Community Transport Grants 2027/28")
    state["y"] -= 20
    c.setFont("Helvetica", 11.5)
    c.drawString(72, state["y"], "Guidance notes for applicants")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About the grants")
    para(
        "Community transport helps people who cannot use ordinary buses to get to the shops, "
        "medical appointments, day centres and social activities. The Council gives grants "
        "each year to not-for-profit groups that run dial-a-ride services, community car "
        "schemes and group hire minibuses for residents of Brambleton."
    )
    para(
        "There are two kinds of grant: operating grants of up to £15,000 a year towards "
        "running costs (drivers' expenses, fuel, scheduling, maintenance and insurance), and "
        "vehicle grants of up to £25,000 towards buying or adapting an accessible vehicle. "
        "The total budget for 2027/28 is £180,000."
    )
    head("2. Who can apply")
    para("You can apply if your organisation:")
    bullet(
        "is a registered charity, charitable incorporated organisation, community "
        "interest company or constituted voluntary group;"
    )
    bullet("runs, or will run, a community transport service for Brambleton residents;")
    bullet(
        "operates under a Section 19 or Section 22 permit, or a PSV operator's licence, "
        "or runs a volunteer car scheme where drivers use their own cars; and"
    )
    bullet("has a bank account in the organisation's name needing two signatures.")
    para(
        "We cannot fund individuals, profit-making businesses, or services that are already "
        "paid for under a contract with the Council."
    )
    head("3. What we will and will not fund")
    para(
        "We can fund running costs, volunteer drivers' expenses, driver training such as "
        "the Minibus Driver Awareness Scheme (MiDAS), passenger assistant training, booking "
        "software, and the purchase or adaptation of accessible vehicles."
    )
    para(
        "We will not fund parking or speeding fines, costs you have already paid, or "
        "vehicles that do not meet the accessibility standards in section 5."
    )
    head("4. Match funding")
    para(
        "You will need to find at least 25% of the total cost of your project from other "
        "sources, such as fares, members' subscriptions, other grants or fundraising. "
        "Volunteer time cannot be counted as match funding for this scheme."
    )
    head("5. Vehicles, permits and insurance")
    para(
        "Every vehicle used for the service must be roadworthy, have a current MOT where "
        "one is required, and be serviced in line with the maker's schedule. Minibuses "
        "bought with a vehicle grant must be wheelchair accessible."
    )
    para(
        "Your organisation must hold public liability insurance with cover of at least "
        "£10 million, and motor insurance covering the carriage of passengers under your "
        "permit or licence. Volunteer car drivers must tell their own insurer that they "
        "drive as volunteers."
    )
    para(
        "All drivers and passenger assistants who work with children or adults at risk "
        "must have an enhanced DBS check, renewed every three years."
    )
    head("6. How to apply")
    para(
        "You apply online through the Council's grants portal at "
        "www.brambleton.example.gov.uk/ctgrants. You can save your answers and come back to "
        "them. The questions on the online form, and their limits, are shown below so you "
        "can prepare your answers before you start."
    )
    table(
        [
            ["Question on the online form", "Limit"],
            ["Tell us about your service and the people who use it", "500 words"],
            ["What will the grant pay for, and why is it needed now?", "300 words"],
            ["How do you recruit, train and check your drivers?", "300 words"],
            ["How will you keep the service going after the grant ends?", "200 words"],
        ],
        [72, 400, w - 72],
    )
    head("7. Documents you must upload")
    para("Every applicant must upload:")
    bullet("your constitution, memorandum and articles of association, or set of rules;")
    bullet(
        "your most recent annual accounts. If your annual income is under £25,000, "
        "accounts signed by your treasurer are fine; if it is over £25,000 they must be "
        "independently examined or audited;"
    )
    bullet("your public liability insurance certificate;")
    bullet("your safeguarding policy; and")
    bullet("your equality and diversity policy.")
    para("Upload these too if they apply to you:")
    bullet(
        "if you operate your own minibuses or cars, a copy of your Section 19 or Section 22 "
        "permit or PSV operator's licence, and your motor insurance certificate;"
    )
    bullet(
        "if you are applying for a vehicle grant, two written quotes for the vehicle or "
        "the adaptation;"
    )
    bullet("if you employ staff, your employer's liability insurance certificate;")
    bullet("if you lease your vehicles, a copy of the lease agreement.")
    head("8. How we assess applications")
    para(
        "A panel of officers from the Passenger Transport and Community Development teams "
        "will score each application on need (30%), how well the service is run (30%), "
        "value for money (20%) and plans for the future (20%). We aim to tell you our "
        "decision within eight weeks of the closing date."
    )
    head("9. Key dates")
    table(
        [
            ["Stage", "Date"],
            ["Portal opens", "1 February 2027"],
            ["Closing date", "5pm, 15 March 2027"],
            ["Decisions", "by 14 May 2027"],
            ["Grants paid", "June 2027"],
        ],
        [72, 300, w - 72],
    )
    head("10. Questions and answers")
    para("Can we apply for both an operating grant and a vehicle grant?", font="Helvetica-Bold")
    para("Yes, but you must fill in a separate application for each.")
    para("We run a volunteer car scheme. Do we need a permit?", font="Helvetica-Bold")
    para(
        "No. Volunteer drivers using their own cars and receiving only expenses do not need "
        "a permit. Leave the permit upload blank."
    )
    para("Who can I talk to before I apply?", font="Helvetica-Bold")
    para(
        "Contact the Community Transport Officer on 01632 960 725 or email "
        "communitytransport@brambleton.example.gov.uk."
    )
    folio()
    c.save()


def main() -> None:
    fenwardine()
    hatherwick()
    hobbleton()
    brambleton()


if __name__ == "__main__":
    main()
