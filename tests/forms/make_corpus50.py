"""Build set 50's Word and PDF documents (typical district and borough council small grants).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus50.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 9, 30, 0)
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

    def questions(self, items: list[tuple[str, int]]) -> None:
        """One table for a section: each question a shaded row over an empty answer row."""
        t = self.d.add_table(rows=0, cols=1)
        t.style = "Table Grid"
        for text, height in items:
            q = t.add_row()
            _set(q.cells[0], text, bold=True)
            _shade(q.cells[0], self.shade)
            a = t.add_row()
            _row_height(a, height)
        self.para()

    def side(self, rows: list[tuple[str, str, int]]) -> None:
        """A two-column question / answer table: the question (and a hint) on the left,
        an empty answer cell on the right."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for text, hint, height in rows:
            row = t.add_row()
            par = _set(row.cells[0], text, bold=True)
            if hint:
                run = par.add_run("\n" + hint)
                run.italic = True
            _shade(row.cells[0], self.shade)
            _row_height(row, height)
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


# ------------------------------------------------------------- Cleeveley (docx form)


def cleeveley() -> None:
    """A district council's Community Chest application form in Word: numbered sections, each
    section's questions in one table, a shaded question row over an empty answer row."""
    d = _new("Community Chest Application Form 2027-28", "Cleeveley District Council", "Arial", 11)
    w = _Word(d, "E2EFD9")
    d.add_heading("Cleeveley District Council", level=0)
    w.heading("Community Chest Grant 2027/28", 1)
    w.heading("Application form", 2)
    w.para(
        "The Community Chest gives grants of £250 to £2,000 to voluntary and community "
        "groups for projects that benefit people living in the Cleeveley district."
    )
    w.para(
        "Before you start, please read the Community Chest guidance notes, which explain who "
        "can apply and what we can and cannot fund. Please type or write clearly in black "
        "ink. Keep to the word limit given for each question; the boxes will expand as you "
        "type."
    )
    w.para(
        "The Community Chest can pay up to half of the total cost of your project. Your "
        "group must find at least 50% of the total cost from its own funds or from other "
        "funders."
    )
    w.para(
        "Return the form, signed by two committee members, with the documents listed in "
        "Section 5 to: Community Development, Cleeveley District Council, Council Offices, "
        "Bridge Street, Cleeveley CV9 3LT, or by email to communitychest@cleeveley.example."
        "gov.uk. Applications are considered by the Grants Panel four times a year."
    )

    w.heading("Section 1 - About your group")
    w.details(
        [
            "1.1 Name of group",
            "1.2 Address for correspondence",
            "1.3 Postcode",
            "1.4 Contact name",
            "1.5 Role in the group",
            "1.6 Daytime telephone number",
            "1.7 Email address",
            "1.8 Website or social media page (if any)",
        ]
    )
    w.para("1.9 Is your group a: (please tick one box)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Constituted voluntary or community group    "
        f"{BOX} Community interest company    {BOX} Parish or town council    {BOX} Other"
    )
    w.details(
        [
            "1.10 Registered charity or company number (if applicable)",
            "1.11 How many active members or volunteers does your group have?",
        ]
    )

    w.heading("Section 2 - About your project")
    w.details(["2.1 Project name"])
    w.questions(
        [
            (
                "2.2 Tell us what your project is and what you will spend the grant on. "
                "(no more than 250 words)",
                3400,
            ),
            (
                "2.3 Why is the project needed in your community? What evidence do you have "
                "of this need? (no more than 200 words)",
                3000,
            ),
            (
                "2.4 Who will benefit from the project, and how many people do you expect to "
                "take part? (no more than 150 words)",
                2400,
            ),
            (
                "2.5 How does the project meet one or more of the Community Chest priorities "
                "set out in the guidance notes? (no more than 150 words)",
                2400,
            ),
        ]
    )
    w.para("2.6 When will the project take place?", bold=True)
    w.details(["Start date", "Finish date"])

    w.heading("Section 3 - Project costs")
    w.para(
        "3.1 Please list the items or activities you want the grant to pay for. Do not "
        "include VAT if your group can claim it back.",
        bold=True,
    )
    w.grid(
        ["Item or activity", "Supplier", "Cost (£)"],
        [["", "", ""] for _ in range(6)] + [["", "Total", ""]],
    )
    w.details(
        [
            "3.2 Total cost of the project (£)",
            "3.3 Amount you are asking for from the Community Chest (£250 to £2,000)",
        ]
    )
    w.questions(
        [
            (
                "3.4 Where will the rest of the money come from? Please give details of any "
                "other funders you have applied to, the amounts and whether they have been "
                "agreed.",
                2400,
            )
        ]
    )

    w.heading("Section 4 - Bank details")
    w.para(
        "Grants are paid by BACS into the group's own bank account. We cannot pay grants into "
        "a personal account."
    )
    w.details(
        [
            "Name of account",
            "Bank or building society",
            "Sort code",
            "Account number",
            "Does the account need two unrelated people to sign cheques or authorise "
            "payments? (Yes / No)",
        ]
    )

    w.heading("Section 5 - Supporting documents")
    w.para(
        "Please send the following documents with your application and tick to show you have "
        "included them. We cannot assess your application without them."
    )
    w.grid(
        ["Document", "Included (please tick)"],
        [
            ["A copy of your group's constitution or set of rules, signed and dated", BOX],
            [
                "Your most recent annual accounts (a simple income and expenditure account "
                "signed by your treasurer is fine)",
                BOX,
            ],
            [
                "A copy of a bank statement for the group's account, dated within the last "
                "three months",
                BOX,
            ],
            [
                "A copy of your public liability insurance certificate (your group must have "
                "cover of at least £5 million)",
                BOX,
            ],
            ["A quote for any single item costing more than £500", BOX],
            [
                "Your safeguarding policy, if your project involves working with children, "
                "young people or adults at risk",
                BOX,
            ],
        ],
    )

    w.heading("Section 6 - Declaration")
    w.para("On behalf of the group named in Section 1, we confirm that:")
    w.bullet("the information in this application is true and complete;")
    w.bullet("the grant will be spent only on the project described in this form;")
    w.bullet(
        "we will send the Council receipts for the money spent and a short report within "
        "three months of the end of the project;"
    )
    w.bullet(
        "we will pay back any part of the grant that is not spent on the project, and we "
        "understand that the Council may publish the name of our group and the amount awarded."
    )
    w.para("First signatory (chair, secretary or treasurer)", bold=True)
    w.details(["Signed", "Print name", "Position in group", "Date"])
    w.para(
        "Second signatory (a different committee member, not related to or living with the "
        "first signatory)",
        bold=True,
    )
    w.details(["Signed", "Print name", "Position in group", "Date"])
    w.para(
        "Cleeveley District Council will use the information on this form to assess your "
        "application and to monitor grants. Our privacy notice is at www.cleeveley.example."
        "gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "cleeveley-community-chest-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Marlingford (docx form)


def marlingford() -> None:
    """A borough council's Ward Councillor Grant form in Word: Parts A to F, a two-column
    question / answer table with italic hints, documents in a bulleted list."""
    d = _new("Ward Councillor Grant application", "Marlingford Borough Council", "Calibri", 11)
    w = _Word(d, "DEEAF6")
    d.add_heading("Marlingford Borough Council", level=0)
    w.heading("Ward Councillor Grants - Application Form", 1)
    w.para(
        "Each of Marlingford's 48 ward councillors has a budget of £3,000 a year to support "
        "community projects in their ward. You can apply for between £250 and £1,000 for one "
        "project. You must talk to at least one of your ward councillors before you apply, "
        "and they must sign Part D of this form."
    )
    w.para(
        "A ward grant can pay for the whole of your project. You do not need to find match "
        "funding, but please tell us about any other money you have for the project in Part "
        "C."
    )
    w.para(
        "Send the completed form and your documents to wardgrants@marlingford.example.gov.uk. "
        "If you need help with this form, call the Neighbourhoods Team on 01632 960233."
    )

    w.heading("Part A - Your organisation")
    w.details(
        [
            "Name of organisation",
            "Contact name",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Ward(s) the project will benefit",
            "Name of ward councillor(s) you have spoken to",
        ]
    )
    w.para("Type of organisation (tick one)", bold=True)
    w.para(
        f"{BOX} Voluntary or community group   {BOX} Registered charity   {BOX} School or "
        f"PTA   {BOX} Parish council   {BOX} Other"
    )

    w.heading("Part B - Your project")
    w.side(
        [
            ("B1 Project title", "", 500),
            (
                "B2 What do you want the grant for?",
                "Please describe the project and what the money will buy (maximum 150 words)",
                3200,
            ),
            (
                "B3 How will the project benefit people living in the ward?",
                "(maximum 150 words)",
                3200,
            ),
            ("B4 Number of ward residents who will benefit", "", 500),
            ("B5 Date(s) of the project", "", 500),
            (
                "B6 How will you let people know that the project has been supported by a "
                "ward councillor grant?",
                "(maximum 100 words)",
                2200,
            ),
        ]
    )

    w.heading("Part C - Costs")
    w.details(["C1 Total cost of the project (£)", "C2 Amount requested (£250 to £1,000)"])
    w.para("C3 Other funding for this project", bold=True)
    w.grid(
        ["Funder or source", "Amount (£)", "Secured? (Yes / No)"],
        [["", "", ""] for _ in range(3)],
    )

    w.heading("Part D - Ward councillor support")
    w.para(
        "To be completed by the ward councillor: I have discussed this application with the "
        "organisation and I support it."
    )
    w.details(["Councillor's name", "Councillor's signature", "Date"])

    w.heading("Part E - Documents to send with this form")
    w.para("Please send us:")
    w.bullet("a copy of your organisation's constitution, set of rules or terms of reference;")
    w.bullet(
        "a copy of your latest accounts or, if your group has been running for less than a "
        "year, a recent bank statement instead;"
    )
    w.bullet("a quote or estimate for the items or services the grant will pay for;")
    w.bullet(
        "a copy of your public liability insurance certificate, if the project is an event "
        "or activity open to the public."
    )

    w.heading("Part F - Declaration")
    w.para(
        "I confirm that the information on this form is correct and that the grant will be "
        "used only for the project described. If the project involves children or adults at "
        "risk, our organisation has a safeguarding policy, which we will provide on request. "
        "I understand that details of ward grants are published on the Council's website."
    )
    w.details(["Signed", "Print name", "Position", "Date"])
    out = HERE / "marlingford-ward-councillor-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------- Ottersham (fillable PDF form)


def ottersham() -> None:
    """A district council's Small Events Grant form as Acrobat's "Prepare form" makes it from
    a Word form: labels on the page, field names and tooltips from the labels, /MaxLen on the
    short fields and on one answer box, a Yes / No radio group, a checklist of check boxes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ottersham-small-events-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Small Events Grant application form 2027")
    c.setAuthor("Ottersham District Council")
    c.setSubject("Small Events Grant")
    c.setCreator("Acrobat PDFMaker 24 for Word")
    w, h = A4
    form = c.acroForm
    navy = colors.HexColor("#1F3864")
    fill = colors.HexColor("#F2F2F2")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(navy)
        c.rect(50, state["y"] - 5, w - 100, 18, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 24

    def field(name, label, lw=200, maxlen=0):
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

    def box(name, label, height=140, maxlen=0):
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

    def check(name, label, x=50):
        form.checkbox(
            name=name,
            tooltip=label,
            x=x,
            y=state["y"] - 3,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="check",
        )
        c.setFont("Helvetica", 10)
        c.drawString(x + 16, state["y"], label)

    def folio(n):
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, "Ottersham District Council - Small Events Grant application 2027")
        c.drawRightString(w - 50, 30, f"Page {n} of 3")

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(navy)
    c.drawString(50, state["y"], "Ottersham District Council")
    state["y"] -= 22
    c.drawString(50, state["y"], "Small Events Grant - Application Form 2027")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Grants of £250 to £1,500 towards community events in the Ottersham district, such "
        "as fun days, village shows, festivals, street parties and remembrance events. The "
        "event must be open to the public."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with the documents listed "
        "in Section 4, to events.grants@ottersham.example.gov.uk at least eight weeks before "
        "your event."
    )
    state["y"] -= 4
    txt(
        "Small Events Grants can pay for up to 75% of the cost of your event. You will need "
        "to find at least 25% of the cost yourselves, for example from ticket sales, stall "
        "fees, sponsorship or your group's own funds."
    )
    heading("Section 1 - Your organisation")
    field("Name of organisation", "Name of organisation", maxlen=80)
    field("Address", "Address")
    field("Postcode", "Postcode", maxlen=8)
    field("Contact name", "Contact name", maxlen=60)
    field("Telephone", "Telephone", maxlen=15)
    field("Email", "Email", maxlen=80)
    txt("Type of organisation (tick one)", font="Helvetica-Bold")
    check("Type charity", "Registered charity")
    check("Type community group", "Community or voluntary group", x=200)
    state["y"] -= 18
    check("Type parish council", "Parish or town council")
    check("Type other", "Other", x=200)
    state["y"] -= 24
    heading("Section 2 - Your event")
    field("Event name", "2.1 Name of event", maxlen=80)
    field("Event date", "2.2 Date of event (dd/mm/yyyy)", maxlen=10)
    field("Venue", "2.3 Venue or location", maxlen=100)
    field("Expected attendance", "2.4 Number of people expected to attend", lw=240, maxlen=6)
    folio(1)
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "Describe your event",
        "2.5 Please describe your event and what the grant will pay for (maximum 1,200 characters)",
        height=150,
        maxlen=1200,
    )
    box(
        "Community benefit",
        "2.6 How will the event bring the community together, and who is it for? (maximum "
        "150 words)",
        height=130,
    )
    box(
        "Event safety",
        "2.7 How will you make sure the event is run safely? (maximum 100 words)",
        height=110,
    )
    box(
        "Publicity",
        "2.8 How will you publicise the event and show that the Council has supported it? "
        "(maximum 100 words)",
        height=110,
    )
    txt("2.9 Is the event free to attend?", font="Helvetica-Bold")
    for i, value in enumerate(("Yes", "No")):
        form.radio(
            name="Free to attend",
            tooltip="Is the event free to attend?",
            value=value,
            selected=False,
            x=50 + i * 80,
            y=state["y"] - 6,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="circle",
        )
        c.setFont("Helvetica", 10)
        c.drawString(66 + i * 80, state["y"] - 4, value)
    state["y"] -= 22
    folio(2)
    c.showPage()

    # page 3
    state["y"] = h - 50
    heading("Section 3 - Costs")
    field("Total cost of event", "3.1 Total cost of the event (£)", lw=260, maxlen=8)
    field("Amount requested", "3.2 Amount requested from the Council (£)", lw=260, maxlen=8)
    field(
        "Other income",
        "3.3 Other income (ticket sales, stalls, sponsorship) (£)",
        lw=260,
        maxlen=8,
    )
    heading("Section 4 - Checklist of documents")
    txt("Please send the following with your application and tick each one you have included.")
    state["y"] -= 4
    docs = [
        ("Enclosed budget", "An event budget showing all expected income and spending"),
        ("Enclosed risk assessment", "A risk assessment for the event"),
        (
            "Enclosed insurance",
            "Your public liability insurance certificate (minimum £5 million; £10 million if "
            "the event includes fireworks or a funfair)",
        ),
        (
            "Enclosed accounts",
            "Your latest annual accounts or, if your group does not yet have accounts, "
            "your last three months' bank statements",
        ),
        ("Enclosed constitution", "Your constitution or set of rules (first-time applicants only)"),
        (
            "Enclosed food hygiene",
            "Food hygiene certificates for anyone preparing food, if food will be sold or "
            "served at the event",
        ),
    ]
    for name, label in docs:
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 3,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="check",
        )
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section 5 - Declaration")
    txt(
        "I confirm that the information on this form is correct, that I am authorised to "
        "apply on behalf of the organisation, and that the grant will be spent only on the "
        "event described. I understand that if the event does not go ahead the grant must be "
        "repaid."
    )
    state["y"] -= 4
    check("Declaration", "I agree to the declaration above")
    state["y"] -= 26
    field("Name", "Name", lw=110, maxlen=60)
    field("Position", "Position in organisation", lw=150)
    field("Signature", "Signature", lw=110)
    field("Date", "Date (dd/mm/yyyy)", lw=110, maxlen=10)
    state["y"] -= 6
    txt(
        "Ottersham District Council will use the information on this form to assess and "
        "monitor your application. See www.ottersham.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    folio(3)
    c.showPage()
    c.save()


# ----------------------------------------------------- Wrenbridge (text PDF guidance)


def wrenbridge() -> None:
    """A borough council's Community Grants guidance notes as Word exports them to PDF:
    a title block, numbered headings, bullet lists, a key dates table, four pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wrenbridge-community-grants-guidance-notes.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Grants 2027-28: Guidance Notes for Applicants")
    c.setAuthor("Wrenbridge Borough Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    teal = colors.HexColor("#00616B")
    state = {"y": h - 60, "page": 1}
    total_pages = 4

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.grey)
        c.drawString(56, 32, "Wrenbridge Borough Council - Community Grants 2027/28 guidance")
        c.drawRightString(w - 56, 32, f"Page {state['page']} of {total_pages}")
        c.setFillColor(colors.black)

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 60

    def para(t, size=10.5, font="Helvetica", x=56, width=w - 112, leading=14, after=6):
        lines = simpleSplit(t, font, size, width)
        # a bold line is a FAQ's question: keep it with the first lines of its answer
        room(leading * min(len(lines), 3) + (30 if font == "Helvetica-Bold" else 0))
        c.setFont(font, size)
        for ln in lines:
            room(leading)
            c.setFont(font, size)
            c.drawString(x, state["y"], ln)
            state["y"] -= leading
        state["y"] -= after

    def bullet(t):
        lines = simpleSplit(t, "Helvetica", 10.5, w - 140)
        room(14 * len(lines))
        c.setFont("Helvetica", 10.5)
        c.drawString(66, state["y"], "\u2022")
        for ln in lines:
            c.drawString(80, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def head(t):
        room(60)
        state["y"] -= 6
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def table(header, rows, widths):
        room(18 * (len(rows) + 1) + 10)
        x0 = 56
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(colors.HexColor("#D9EDEF"))
        c.rect(x0, state["y"] - 5, sum(widths), 18, stroke=0, fill=1)
        c.setFillColor(colors.black)
        x = x0
        for text, wd in zip(header, widths, strict=False):
            c.drawString(x + 4, state["y"], text)
            x += wd
        state["y"] -= 18
        c.setFont("Helvetica", 10)
        for r in rows:
            x = x0
            for text, wd in zip(r, widths, strict=False):
                c.drawString(x + 4, state["y"], text)
                x += wd
            c.setStrokeColor(colors.lightgrey)
            c.line(x0, state["y"] - 5, x0 + sum(widths), state["y"] - 5)
            state["y"] -= 18
        state["y"] -= 8

    c.setFillColor(teal)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(56, state["y"], "Wrenbridge Borough Council")
    state["y"] -= 28
    c.setFont("Helvetica-Bold", 16)
    c.drawString(56, state["y"], "Community Grants 2027/28")
    state["y"] -= 22
    c.drawString(56, state["y"], "Guidance Notes for Applicants")
    c.setFillColor(colors.black)
    state["y"] -= 30

    head("1. Introduction")
    para(
        "Wrenbridge Borough Council's Community Grants scheme supports voluntary and "
        "community groups to run projects and activities that make a real difference to "
        "people living in the borough. In 2027/28 the Council has set aside £120,000 for the "
        "scheme. Please read these notes carefully before you fill in the application form. "
        "If you have any questions, please contact the Community Grants Officer (see section "
        "16)."
    )
    head("2. How much can we apply for?")
    para("There are two types of grant:")
    bullet("Small Grants of £250 to £1,000, decided by officers within six weeks; and")
    bullet(
        "Standard Grants of £1,001 to £5,000, decided by the Community Grants Panel, which "
        "meets three times a year."
    )
    para(
        "You can apply for one grant in each financial year. Groups that received a grant in "
        "2026/27 must have returned their monitoring form before they can apply again."
    )
    head("3. Who can apply?")
    para("You can apply if your organisation is one of the following:")
    bullet("a constituted voluntary or community group;")
    bullet("a registered charity or charitable incorporated organisation (CIO);")
    bullet("a community interest company (CIC) limited by guarantee;")
    bullet("a community amateur sports club (CASC);")
    bullet("a parish or town council, for projects that are not one of its statutory duties.")
    para(
        "Your organisation must have a management committee of at least three unrelated "
        "people and a bank account in its own name that needs two unrelated people to sign."
    )
    head("4. Who cannot apply?")
    bullet("individuals or sole traders;")
    bullet("businesses that distribute their profits;")
    bullet("schools, for activities that are part of the curriculum;")
    bullet("political parties, or groups whose main aim is to promote religious beliefs;")
    bullet("organisations based outside Wrenbridge, unless the project is for local people.")
    head("5. What will you fund?")
    para("We can fund one-off costs and the costs of running a project, for example:")
    bullet("equipment, such as sports kit, gardening tools or kitchen equipment;")
    bullet("room or venue hire, and sessional worker or tutor fees;")
    bullet("training for volunteers;")
    bullet("publicity, printing and small community events;")
    bullet("small improvements to community buildings.")
    para("We will not fund:")
    bullet("anything that has already been bought or has already started;")
    bullet("the ongoing salaries of permanent staff;")
    bullet("trips abroad, alcohol, or prizes and gifts;")
    bullet("work that another public body has a legal duty to pay for;")
    bullet("VAT that your organisation can reclaim.")
    head("6. Our priorities")
    para("Your project should meet at least one of these priorities from the Council Plan:")
    bullet("reducing loneliness and isolation;")
    bullet("helping people to be active and healthy;")
    bullet("supporting children and young people to reach their potential;")
    bullet("making Wrenbridge cleaner and greener.")
    head("7. Do we need to find match funding?")
    para(
        "Yes. All applicants must contribute at least 10% of the total cost of the project. "
        "Your contribution can be money from your own funds or from another funder, or in "
        "kind, for example volunteer time (which we value at £15 an hour) or donated "
        "materials. Please show your contribution in the budget on the application form."
    )
    head("8. Insurance")
    para(
        "All groups must hold public liability insurance with cover of at least £5 million "
        "for the activities the grant will pay for. You do not need to send a copy of your "
        "insurance certificate with your application, but we may ask to see it before we "
        "pay the grant."
    )
    head("9. Safeguarding")
    para(
        "If your project involves working with children, young people or adults at risk, "
        "you must have a safeguarding policy and make sure that staff and volunteers have "
        "the right level of DBS check. Please send a copy of your safeguarding policy with "
        "your application."
    )
    head("10. What you need to send")
    para("All applicants must send the following with the application form:")
    bullet(
        "a copy of your constitution, set of rules or memorandum and articles of "
        "association, signed and dated;"
    )
    bullet(
        "your most recent annual accounts. If your annual income is under £25,000, these can "
        "be a simple income and expenditure account signed by your treasurer. Groups with a "
        "higher income should send independently examined or audited accounts;"
    )
    bullet("a bank statement for your organisation's account, dated within the last three months;")
    bullet(
        "your safeguarding policy, if your project involves children, young people or adults "
        "at risk (see section 9)."
    )
    para("If you are applying for a Standard Grant (over £1,000) you must also send:")
    bullet("your equal opportunities policy;")
    bullet("a simple project plan showing what will happen and when;")
    bullet("two written quotes for any single item costing more than £500.")
    para(
        "Please do not send original documents, as we cannot return them. Applications "
        "without all the documents asked for will not be assessed."
    )
    head("11. Filling in the application form")
    para(
        "The application form is a Word document that you can download from "
        "www.wrenbridge.example.gov.uk/communitygrants. It has five sections. In Section 3 you "
        "will be asked to describe your project in no more than 300 words, and to tell us why "
        "it is needed and who will benefit. Keep your answers clear and to the point: the "
        "panel may not know your group. Please do not send extra pages."
    )
    head("12. Key dates")
    table(
        ["Round", "Closing date", "Panel meets", "Decision by"],
        [
            ["Round 1", "Friday 7 May 2027", "June 2027", "30 June 2027"],
            ["Round 2", "Friday 3 September 2027", "October 2027", "29 October 2027"],
            ["Round 3", "Friday 7 January 2028", "February 2028", "29 February 2028"],
        ],
        [90, 160, 120, 120],
    )
    para(
        "Small Grant applications can be sent at any time and are decided within six weeks. "
        "Late Standard Grant applications will be held over to the next round."
    )
    head("13. How we assess applications")
    para("Officers check every application against the eligibility rules and then score it:")
    table(
        ["What we look at", "Weighting"],
        [
            ["Need for the project and evidence of need", "30%"],
            ["How well it meets our priorities", "30%"],
            ["Value for money", "20%"],
            ["How well the project is planned and managed", "20%"],
        ],
        [330, 100],
    )
    head("14. If your application is successful")
    para(
        "We will send you a grant offer letter with the conditions of the grant. You must "
        "sign and return the acceptance slip before we can pay. Grants are paid in one "
        "instalment by BACS. You must spend the grant within 12 months, acknowledge the "
        "Council's support in your publicity, and return a short monitoring form with copies "
        "of receipts within three months of the end of the project."
    )
    head("15. Frequently asked questions")
    para(
        "Can we apply if we have had a grant from the Council before?",
        font="Helvetica-Bold",
        after=2,
    )
    para(
        "Yes, as long as your last grant has been spent and you have returned the monitoring "
        "form. We give priority to groups that have not had a grant in the last two years."
    )
    para("Can we apply for a project that has already started?", font="Helvetica-Bold", after=2)
    para(
        "No. We cannot pay for anything bought or booked before the date of our decision. If "
        "your project is already running, you can apply for a new part of it."
    )
    para("Can two groups apply together?", font="Helvetica-Bold", after=2)
    para(
        "Yes. One group must act as the lead and the grant will be paid to it. Please tell us "
        "about the partnership in your application."
    )
    para("What if we need help with the form?", font="Helvetica-Bold", after=2)
    para(
        "Wrenbridge Council for Voluntary Service can help you plan your project and complete "
        "the application form, free of charge. Call them on 01632 960777. We are also happy "
        "to talk through your idea before you apply."
    )
    para("Will our details be shared?", font="Helvetica-Bold", after=2)
    para(
        "We will use the information you give us to assess and monitor your application and "
        "to prevent fraud. We publish the names of groups that receive grants, the amounts and "
        "a short description of each project. See www.wrenbridge.example.gov.uk/privacy."
    )
    head("16. Contact us")
    para(
        "Community Grants Officer, Wrenbridge Borough Council, Town Hall, Castle Street, "
        "Wrenbridge WB2 4HQ. Telephone 01632 960518. Email communitygrants@wrenbridge.example."
        "gov.uk. This document is available in large print and other formats on request."
    )
    folio()
    c.showPage()
    c.save()
    if state["page"] != total_pages:
        raise SystemExit(f"Wrenbridge has {state['page']} pages, not {total_pages}")


def main() -> None:
    cleeveley()
    marlingford()
    ottersham()
    wrenbridge()


if __name__ == "__main__":
    main()
