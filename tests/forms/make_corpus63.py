"""Build set 63's Word and PDF documents (typical councils' capital and community buildings
grants: village hall improvement funds, small capital and equipment grants, community asset
transfer, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus63.py
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


class _Word:
    """The few helpers an ordinary council grant form in Word is made of."""

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

    def details(self, rows: list[str | tuple[str, str]]) -> None:
        """A label / box table, one row per detail; a tuple puts tick boxes in the box."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for item in rows:
            label, value = item if isinstance(item, tuple) else (item, "")
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _set(row.cells[1], value)
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


# ------------------------------------------------------------- Hollowmere (docx form)


def hollowmere() -> None:
    """A district council's Village Halls and Community Buildings Improvement Fund form in
    Word: label / box tables, each question a shaded row over an empty one with "(max N
    words)", a costs table, an other funding table, a "What you need to send" checklist
    table with a tick column, a declaration and signature table."""
    d = _new(
        "Village Halls and Community Buildings Improvement Fund - Application form",
        "Hollowmere District Council",
        "Arial",
        11,
    )
    d.sections[0].header.paragraphs[
        0
    ].text = (
        "Hollowmere District Council  -  Village Halls and Community Buildings Improvement Fund"
    )
    d.sections[0].footer.paragraphs[0].text = "VHCB Fund application form  |  2027/28  |  v1"
    w = _Word(d, "DCE6F1")
    w.heading("Hollowmere District Council", 0)
    w.heading("Village Halls and Community Buildings Improvement Fund 2027/28", 1)
    w.para("Application form", bold=True)
    w.para(
        "The Improvement Fund gives grants of £1,000 to £15,000 to help community groups "
        "improve village halls, community centres and other buildings used by local people. "
        "We can help with things like new kitchens and toilets, heating and insulation, "
        "roof and window repairs, and making buildings easier for disabled people to use."
    )
    w.para(
        "We can fund up to 50% of the total cost of your project. You must find at least 50% "
        "from other sources, such as your own reserves, fundraising or other grants. "
        "Volunteer time cannot be counted towards this."
    )
    w.heading("Before you start", 2)
    w.bullet("Please read the Fund guidance notes before you fill in this form.")
    w.bullet(
        "Type or write clearly in black ink. The boxes will grow as you type; please keep to "
        "the word limits shown."
    )
    w.bullet("Please answer every question. Write N/A if a question does not apply to you.")
    w.bullet(
        "The closing dates for 2027/28 are 30 April 2027 and 29 October 2027. We will tell "
        "you our decision within ten weeks of the closing date."
    )
    w.heading("Do you need this form in another format?", 3)
    w.para(
        "Please contact the Communities Team on 01632 960 731 or email "
        "communitygrants@hollowmere.example.gov.uk and we will do our best to help."
    )

    w.heading("Section 1: About your organisation", 2)
    w.details(
        [
            "Name of organisation",
            "Name of the building",
            "Address of the building",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Address for correspondence (if different)",
            "Telephone number",
            "Email address",
            "Registered charity number (if applicable)",
            (
                "Type of organisation (please tick)",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
                f"{BOX} Unincorporated association   {BOX} Other",
            ),
        ]
    )

    w.heading("Section 2: About the building", 2)
    w.details(
        [
            (
                "2.1 Does your organisation own or lease the building? (tick one)",
                f"{BOX} We own it (freehold)   {BOX} We lease it   {BOX} Other",
            ),
            "2.2 If you lease the building, how many years are left on the lease?",
            "2.3 Name of the landlord (if you lease the building)",
            (
                "2.4 Is the building listed, or in a conservation area?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "2.5 Will the works need planning permission or building regulations approval?",
                f"{BOX} Yes   {BOX} No   {BOX} Not sure",
            ),
        ]
    )
    w.question(
        "2.6 Describe the building and how it is used at the moment. Include the groups that "
        "use it and roughly how many hours a week it is open. (max 200 words)",
        2400,
    )

    w.heading("Section 3: About your project", 2)
    w.question("3.1 What works or improvements do you want to carry out? (max 300 words)", 3200)
    w.question(
        "3.2 Why are the works needed, and how do you know? Tell us about any consultation "
        "you have done with users of the building or the wider community. (max 300 words)",
        3200,
    )
    w.question(
        "3.3 Who will benefit from the project, and how will the building be used "
        "differently once the works are finished? (max 250 words)",
        2800,
    )
    w.question(
        "3.4 How will the building be kept running and maintained in the future? (max 150 words)",
        2000,
    )
    w.para("3.5 When do you expect the works to start and finish?", bold=True)
    w.grid(["Start date", "Finish date"], [["", ""]])

    w.heading("Section 4: Costs and funding", 2)
    w.para(
        "4.1 Please list the costs of your project. Show costs without VAT unless your "
        "organisation cannot reclaim VAT.",
        bold=True,
    )
    w.grid(
        ["Item or works", "Supplier or contractor", "Cost £"],
        [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["Total", "", ""]],
    )
    w.details(["4.2 Total cost of the project £", "4.3 Amount you are asking us for £"])
    w.para("4.4 Other funding for the project", bold=True)
    w.grid(
        ["Source", "Amount £", "Secured or applied for?"],
        [["Your own funds", "", ""], ["", "", ""], ["", "", ""]],
    )
    w.question("4.5 What will you do if we cannot award the full amount you have asked for?", 1800)

    w.heading("Section 5: What you need to send", 2)
    w.para(
        "Please send these documents with your application. We cannot assess your "
        "application until we have everything. Tick each box to show you have included it."
    )
    w.grid(
        ["Document", "Enclosed"],
        [
            ["A copy of your constitution or governing document", BOX],
            [
                "Your most recent annual accounts, signed by your treasurer or independent "
                "examiner. If your group is less than a year old, send your last three months' "
                "bank statements instead.",
                BOX,
            ],
            [
                "At least two written quotes for the works or equipment (three quotes for any "
                "single item costing more than £10,000)",
                BOX,
            ],
            [
                "Proof that you own the building (such as your Land Registry title) or a copy "
                "of your lease. A lease must have at least 10 years left to run.",
                BOX,
            ],
            ["Photographs of the parts of the building to be improved", BOX],
            [
                "A copy of your public liability insurance certificate (minimum cover £5 million)",
                BOX,
            ],
            ["If you lease the building: your landlord's written consent to the works", BOX],
            [
                "If the works need planning permission or building regulations approval: a "
                "copy of the approval, or proof that you have applied",
                BOX,
            ],
            [
                "If the building is used by children or adults at risk: your safeguarding policy",
                BOX,
            ],
        ],
        height=300,
    )

    w.heading("Section 6: Declaration", 2)
    w.para(
        "I confirm that the information in this application is true and correct. I confirm "
        "that our organisation has an equal opportunities policy and a health and safety "
        "policy, and that we will keep to the terms and conditions of the grant if it is "
        "awarded. I understand that the Council may share this information with other "
        "funders to prevent fraud."
    )
    w.para("This form must be signed by the chair, secretary or treasurer of your organisation.")
    w.details(["Signature", "Name (in capitals)", "Position", "Date"])
    w.para(
        "Please email the form and your documents to communitygrants@hollowmere.example.gov.uk "
        "or post them to the Communities Team, Hollowmere District Council, Council Offices, "
        "Market Street, Hollowmere HM4 2QT."
    )
    w.para("For office use only", bold=True)
    w.grid(["Reference", "Date received", "Officer"], [["", "", ""]])
    out = HERE / "hollowmere-village-hall-improvement-fund-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Cottesford (docx form)


def cottesford() -> None:
    """A borough council's Community Asset Transfer application form in Word: Parts A to F,
    Part A a label / box table, Part C's questions as numbered bold paragraphs with a
    one-cell answer box under each, one limited to "two sides of A4", a numbered list of
    supporting documents, a declaration for two signatories side by side."""
    d = _new(
        "Community Asset Transfer - Application form",
        "Cottesford Borough Council Estates and Regeneration",
        "Calibri",
        11,
    )
    d.sections[0].footer.paragraphs[
        0
    ].text = "Cottesford Borough Council  |  Community Asset Transfer application  |  Page"
    w = _Word(d, "E2EFDA")
    w.heading("Cottesford Borough Council", 0)
    w.heading("Community Asset Transfer", 1)
    w.heading("Application form", 2)
    w.para(
        "Community Asset Transfer (CAT) is the transfer of a Council-owned building or piece "
        "of land to a community organisation, usually on a long lease at less than market "
        "rent, so that it can be kept open for the benefit of local people. The Council's "
        "Community Asset Transfer Policy (2026) explains how we decide."
    )
    w.para(
        "Before you fill in this form, please talk to the Community Assets Officer about the "
        "building or land you are interested in. We can arrange a visit and give you "
        "information about its condition and running costs."
    )
    w.para("How to fill in this form", bold=True)
    w.bullet("Answer every question in Parts A to D, keeping to the limits shown.")
    w.bullet(
        "You may attach extra sheets if you run out of room, but we will only read up to the "
        "limit given for each question."
    )
    w.bullet("Send the documents listed in Part E with your form.")
    w.bullet(
        "Return the form to assets@cottesford.example.gov.uk or to the Community Assets "
        "Officer, Cottesford Borough Council, Town Hall, Cottesford CT2 7EN."
    )

    w.heading("Part A: Your organisation", 2)
    w.details(
        [
            "A1 Name of organisation",
            "A2 Registered address",
            "A3 Postcode",
            "A4 Contact name",
            "A5 Position in the organisation",
            "A6 Telephone",
            "A7 Email",
            (
                "A8 Legal structure (tick one)",
                f"{BOX} Charitable incorporated organisation   {BOX} Charitable company   "
                f"{BOX} Community interest company   {BOX} Community benefit society   "
                f"{BOX} Other",
            ),
            "A9 Registered charity number",
            "A10 Company or society number",
            "A11 Date your organisation was set up",
            "A12 Number of trustees or directors",
            "A13 Total income in your last financial year £",
        ]
    )

    w.heading("Part B: The building or land", 2)
    w.details(
        [
            "B1 Name and address of the building or land",
            (
                "B2 What kind of transfer are you asking for? (tick one)",
                f"{BOX} Lease   {BOX} Licence   {BOX} Management agreement   {BOX} Freehold",
            ),
            "B3 Length of lease you are asking for (years)",
        ]
    )

    w.heading("Part C: Your proposal", 2)
    w.para(
        "This part is scored by a panel of officers using the criteria in section 6 of the "
        "Community Asset Transfer Policy.",
        italic=True,
    )
    w.para(
        "C1 Describe how you will use the building or land, and the activities and services "
        "you will run from it. (no more than 500 words)",
        bold=True,
    )
    w.answer_box(4600)
    w.para(
        "C2 What difference will the transfer make to the local community? Please give "
        "evidence of the need for your activities. (no more than 500 words)",
        bold=True,
    )
    w.answer_box(4600)
    w.para(
        "C3 How have you consulted the local community, and what support is there for your "
        "proposal? (no more than 300 words)",
        bold=True,
    )
    w.answer_box(3400)
    w.para(
        "C4 What experience does your organisation have of managing a building, and who will "
        "be responsible for managing this one? (no more than 300 words)",
        bold=True,
    )
    w.answer_box(3400)
    w.para(
        "C5 How will you pay for the running costs, repairs and maintenance of the building "
        "over the next five years? Please summarise your business plan. (no more than two "
        "sides of A4)",
        bold=True,
    )
    w.answer_box(6000)
    w.para(
        "C6 Which other organisations will you work with, and how? (no more than 200 words)",
        bold=True,
    )
    w.answer_box(2600)

    w.heading("Part D: Finance", 2)
    w.details(
        [
            (
                "D1 Do you plan to apply for grants for works to the building in the first "
                "five years?",
                f"{BOX} Yes   {BOX} No",
            ),
            "D2 Estimated cost of works you plan in the first five years £",
            "D3 Unrestricted reserves held at your last year end £",
        ]
    )

    w.heading("Part E: Supporting documents", 2)
    w.para("Please send the following with your application:")
    w.number("Your constitution or other governing document.")
    w.number(
        "Your annual accounts for the last two financial years, signed by your treasurer and chair."
    )
    w.number(
        "A business plan for at least the first five years after the transfer, including a "
        "cash flow forecast."
    )
    w.number("A list of your trustees or management committee members.")
    w.number(
        "At least two letters of support from local organisations, residents' groups or "
        "ward councillors."
    )
    w.number("Your safeguarding policy.")
    w.number("Your equality and diversity policy.")
    w.number("If you plan to alter or extend the building: outline drawings of the changes.")
    w.number(
        "If you intend to sublet any part of the building to other groups: a list of those "
        "groups and the terms you propose."
    )
    w.para(
        "You do not need to send insurance certificates now. If the transfer goes ahead, your "
        "organisation will be responsible for insuring the building and must hold public "
        "liability insurance of at least £5 million."
    )

    w.heading("Part F: Declaration", 2)
    w.para(
        "We confirm that the information in this application is correct to the best of our "
        "knowledge, that the management committee has agreed to apply, and that we understand "
        "the Council is under no obligation to transfer the asset. We understand that any "
        "transfer will be subject to the Council's Cabinet approval and a legal agreement."
    )
    w.para("The form must be signed by two members of your management committee.")
    w.grid(
        ["", "First signatory", "Second signatory"],
        [
            ["Signature", "", ""],
            ["Name", "", ""],
            ["Position", "", ""],
            ["Date", "", ""],
        ],
        height=420,
    )
    w.para(
        "Data protection: the Council will use the information you give us to assess your "
        "application and manage any transfer. Read our privacy notice at "
        "www.cottesford.example.gov.uk/privacy."
    )
    out = HERE / "cottesford-community-asset-transfer-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------- Marshcombe (fillable PDF form)


def marshcombe() -> None:
    """A county council's Small Capital and Equipment Grants fillable PDF: labels on the
    page, tooltips from the labels, /MaxLen on short fields and on the four answer boxes
    "(up to N characters)", Yes / No radio groups, document check boxes, a declaration
    check box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marshcombe-small-capital-and-equipment-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Marshcombe County Council - Small Capital and Equipment Grants - Application")
    c.setAuthor("Marshcombe County Council Communities Team")
    c.setSubject("Small Capital and Equipment Grants application form")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#1E5631")
    fill = colors.HexColor("#EEF5EF")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(
            50, 28, "Marshcombe County Council  |  Small Capital and Equipment Grants  |  2027"
        )
        c.drawRightString(w - 50, 28, f"Page {state['page']}")

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

    def field(name, label, tip, lw=210, maxlen=0):
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

    def radios(name, label, tip, values):
        lines = simpleSplit(label, "Helvetica", 10, w - 100)
        room(len(lines) * 13 + 30)
        txt(label)
        state["y"] -= 4
        x = 60
        for value in values:
            form.radio(
                name=name,
                value=value.replace(" ", "").replace("-", ""),
                selected=False,
                x=x,
                y=state["y"] - 3,
                size=11,
                buttonStyle="circle",
                borderColor=colors.grey,
                fillColor=colors.white,
                forceBorder=True,
                tooltip=tip,
            )
            c.setFont("Helvetica", 10)
            c.drawString(x + 15, state["y"], value)
            x += 30 + c.stringWidth(value, "Helvetica", 10)
        state["y"] -= 22

    # page 1
    c.setFillColor(green)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Marshcombe County Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Small Capital and Equipment Grants 2027")
    state["y"] -= 17
    c.drawString(50, state["y"], "Application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Small Capital and Equipment Grants of £500 to £5,000 help voluntary and community "
        "groups in Marshcombe buy equipment or carry out small building works, for example "
        "kitchen equipment for a community hall, chairs and tables, a defibrillator, a "
        "hearing loop or new flooring."
    )
    state["y"] -= 4
    txt(
        "We can pay up to 80% of the cost of your project. You must find at least 20% "
        "yourselves, in cash, from your own funds, fundraising or another grant."
    )
    state["y"] -= 4
    txt(
        "Type your answers into the boxes, save the form and email it with your documents "
        "to capitalgrants@marshcombe.example.gov.uk. The answer boxes will not let you type "
        "more than the number of characters shown. Applications can be made at any time "
        "and we aim to give you a decision within eight weeks."
    )
    heading("Section 1: About your organisation")
    field("1.1 Name", "1.1 Name of organisation", "Name of organisation", maxlen=100)
    field("1.2 Address", "1.2 Address", "Address of organisation")
    field("1.3 Postcode", "1.3 Postcode", "Postcode", maxlen=8)
    field("1.4 Contact", "1.4 Contact name", "Contact name")
    field("1.5 Position", "1.5 Position in organisation", "Position in organisation")
    field("1.6 Telephone", "1.6 Telephone", "Telephone", maxlen=15)
    field("1.7 Email", "1.7 Email address", "Email address")
    field(
        "1.8 Type",
        "1.8 Type of organisation",
        "Type of organisation, for example charity, community group, CIC",
    )
    field(
        "1.9 Number",
        "1.9 Charity or company number (if any)",
        "Charity or company number",
        maxlen=10,
    )

    heading("Section 2: Your project")
    field("2.1 Title", "2.1 Project title", "Project title", maxlen=80)
    box(
        "2.2 What",
        "2.2 What do you want to buy or do? Please list the equipment or works. (up to 1,200 "
        "characters)",
        "What do you want to buy or do? Please list the equipment or works.",
        height=110,
        maxlen=1200,
    )
    box(
        "2.3 Why",
        "2.3 Why do you need it, and who will use it? (up to 1,800 characters)",
        "Why do you need it, and who will use it?",
        height=140,
        maxlen=1800,
    )
    field(
        "2.4 Beneficiaries",
        "2.4 How many people will benefit each year?",
        "How many people will benefit each year?",
        lw=260,
        maxlen=6,
    )
    field(
        "2.5 Location",
        "2.5 Address where the equipment will be kept or the works will take place",
        "Address where the equipment will be kept or the works will take place",
        lw=370,
    )
    box(
        "2.6 Upkeep",
        "2.6 How will you look after the equipment or building, and pay for its upkeep? (up "
        "to 900 characters)",
        "How will you look after the equipment or building, and pay for its upkeep?",
        height=90,
        maxlen=900,
    )
    radios(
        "2.7 Ownership",
        "2.7 If your project includes building works, does your organisation own the building?",
        "Does your organisation own the building?",
        ("Yes", "No - we lease it", "No - other", "No building works"),
    )

    heading("Section 3: Costs")
    field("3.1 Total cost", "3.1 Total cost of the project (£)", "Total cost (£)", maxlen=10)
    field(
        "3.2 Amount requested",
        "3.2 Amount you are asking for (£)",
        "Amount you are asking for (£)",
        maxlen=10,
    )
    box(
        "3.3 Other funding",
        "3.3 Where will the rest of the money come from? (up to 600 characters)",
        "Where will the rest of the money come from?",
        height=60,
        maxlen=600,
    )

    heading("Section 4: Insurance and policies")
    txt(
        "All groups must hold public liability insurance of at least £5 million. You do not "
        "need to send us the certificate."
    )
    state["y"] -= 4
    radios(
        "4.1 Insurance",
        "4.1 Does your organisation have public liability insurance of at least £5 million?",
        "Public liability insurance of at least £5 million",
        ("Yes", "No"),
    )
    radios(
        "4.2 Safeguarding",
        "4.2 If your project involves children, young people or adults at risk, you must "
        "have a safeguarding policy. Do you have one?",
        "Safeguarding policy",
        ("Yes", "No", "Not applicable"),
    )

    heading("Section 5: Documents to send with this form")
    txt("Please tick to show which documents you are sending.")
    state["y"] -= 4
    for key, label in (
        ("Quotes", "A quote for each item (two quotes for any item costing more than £1,000)"),
        (
            "Accounts",
            "Your most recent annual accounts or, if your income is under £10,000, a "
            "statement of income and expenditure signed by your treasurer",
        ),
        ("Constitution", "Your constitution or set of rules"),
        ("Bank statement", "A bank statement from the last three months"),
        (
            "Landlord",
            "If the works are to a building you lease: your landlord's written permission",
        ),
    ):
        lines = simpleSplit(label, "Helvetica", 10, w - 160)
        room(len(lines) * 13 + 6)
        check(f"5 {key}", label, x=60)
        txt(label, x=80, width=w - 160)
        state["y"] -= 5

    heading("Section 6: Declaration")
    txt(
        "I confirm that the information on this form is correct, that I am authorised to "
        "apply on behalf of the organisation, and that the grant will only be used for the "
        "project described. I understand that the Council may ask for the grant back if it "
        "is not used for this purpose."
    )
    state["y"] -= 6
    room(24)
    check("6 Declaration", "I agree to the declaration above", x=50)
    c.setFont("Helvetica", 10)
    c.drawString(70, state["y"], "I agree to the declaration above")
    state["y"] -= 24
    txt("Typing your name below counts as your signature.", size=9, font="Helvetica-Oblique")
    state["y"] -= 4
    field("6 Name", "Name", "Name", lw=80)
    field("6 Position", "Position", "Position", lw=80)
    field("6 Date", "Date", "Date", lw=80, maxlen=10)
    folio()
    c.showPage()
    c.save()


# ------------------------------------------------------ Pebworthy (text PDF guidance)


def pebworthy() -> None:
    """A county council's Community Buildings Fund guidance notes, as Word exports them to
    PDF: numbered headings, what we fund and do not fund, a table of grant sizes, advice on
    each section of the form, a "What you need to send" list split into every applicant and
    only if it applies, FAQs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pebworthy-community-buildings-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Buildings Fund - Guidance notes for applicants")
    c.setAuthor("Pebworthy County Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    blue = colors.HexColor("#1F3864")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72, 40, "Pebworthy County Council  |  Community Buildings Fund  |  Guidance notes"
        )
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
        c.setFillColor(blue)
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

    def table(rows, xs, size=9.5):
        """Rows of cells; a cell's text wraps inside its column."""
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
    c.setFillColor(blue)
    c.drawString(72, state["y"], "Pebworthy County Council")
    state["y"] -= 30
    c.setFont("Helvetica", 16)
    c.drawString(72, state["y"], "Community Buildings Fund 2027 to 2029")
    state["y"] -= 22
    c.setFont("Helvetica", 12)
    c.drawString(72, state["y"], "Guidance notes for applicants")
    state["y"] -= 16
    c.drawString(72, state["y"], "Published January 2027")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About the Fund")
    para(
        "Village halls, community centres, church halls and sports pavilions are at the heart "
        "of many communities in Pebworthy. Many are run entirely by volunteers and are "
        "getting old and expensive to heat. The Community Buildings Fund helps the groups "
        "that run them to repair, improve and adapt their buildings so that they can stay "
        "open and be used by more people."
    )
    para(
        "The Council has set aside £600,000 for the Fund over two years. There are two "
        "funding rounds each year. Please read these notes in full before you apply: they "
        "explain who can apply, what we can fund, how to fill in the application form and "
        "what documents you need to send with it."
    )

    head("2. Who can apply")
    para("You can apply if your organisation:")
    bullet(
        "is a voluntary or community organisation, registered charity, charitable "
        "incorporated organisation (CIO), community interest company (CIC) or community "
        "benefit society, or a parish or town council applying for a building it runs for "
        "the community;"
    )
    bullet("has a written constitution or governing document and a bank account in its name;")
    bullet("owns the building, or has a lease with at least 15 years left to run; and")
    bullet("runs a building in Pebworthy that is open to the whole community.")
    para(
        "We cannot fund individuals, private businesses, schools, or buildings used mainly "
        "for worship or by a single club for its own members."
    )

    head("3. What we can fund")
    para("The Fund pays for capital works and equipment. Examples include:")
    bullet("repairs to roofs, windows, walls and floors;")
    bullet("new or improved kitchens and toilets;")
    bullet(
        "works that make the building easier for disabled people to use, such as ramps, "
        "accessible toilets, automatic doors and hearing loops;"
    )
    bullet(
        "energy efficiency works, such as insulation, new heating systems, LED lighting and "
        "solar panels;"
    )
    bullet("extensions that allow the building to be used by more groups.")
    para("We cannot fund:")
    bullet("running costs, such as utility bills, staff wages or routine cleaning;")
    bullet("works that have already started, or equipment already bought;")
    bullet("routine maintenance, such as repainting or clearing gutters;")
    bullet("VAT that your organisation can reclaim; or")
    bullet("professional fees of more than 10% of the cost of the works.")

    head("4. How much you can apply for")
    table(
        [
            ["Total project cost", "Grant available", "Decision made by"],
            ["Up to £20,000", "£5,000 to £15,000", "Grants officers' panel"],
            ["£20,001 to £100,000", "£15,001 to £50,000", "Communities Committee"],
        ],
        [72, 230, 380, w - 72],
    )
    para(
        "At least 25% of the total project cost must come from other sources (match "
        "funding). Match funding can include your own reserves, other grants and "
        "fundraising. Up to 10% of the total cost can be volunteer labour or donated "
        "materials, valued as set out in section 9."
    )
    para(
        "Most projects will receive less than the maximum. We expect buildings with larger "
        "reserves to contribute more."
    )

    head("5. How to apply")
    item("1.", "Contact the Community Buildings Officer to talk about your project.")
    item(
        "2.",
        "Download the application form from www.pebworthy.example.gov.uk/communitybuildings, "
        "or ask us for a paper copy.",
    )
    item(
        "3.",
        "Fill in the form and send it with the documents listed in section 7 to "
        "communitybuildings@pebworthy.example.gov.uk by the closing date.",
    )
    item("4.", "We will acknowledge your application within five working days.")
    table(
        [
            ["Round", "Closing date", "Decision by"],
            ["Round 1, 2027", "26 March 2027", "11 June 2027"],
            ["Round 2, 2027", "24 September 2027", "10 December 2027"],
            ["Round 1, 2028", "24 March 2028", "9 June 2028"],
            ["Round 2, 2028", "22 September 2028", "8 December 2028"],
        ],
        [72, 230, 380, w - 72],
    )

    head("6. Filling in the application form")
    para(
        "The application form has six sections. This section gives some tips on what to "
        "include. Please keep to the word limits on the form: we will not read beyond them."
    )
    sub("Section 1: About your organisation")
    para(
        "Give the name of your organisation exactly as it appears on your bank account and "
        "governing document."
    )
    sub("Section 2: About the building")
    para(
        "Tell us who uses the building now, how often, and what condition it is in. "
        "Photographs help, but you do not need to send them."
    )
    sub("Section 3: Your project")
    para(
        "Describe the works clearly, as if to someone who has never seen the building. Tell "
        "us what difference the works will make: for example, more groups using the "
        "building, lower heating bills, or disabled people able to use it for the first time."
    )
    sub("Section 4: Need and community support")
    para(
        "Show us how you know the works are needed, for example from a survey of users, a "
        "condition survey or an access audit, and how local people have been involved."
    )
    sub("Section 5: Costs and funding")
    para(
        "List each part of the works separately and show which quote each figure comes from. "
        "Tell us about all your match funding, and whether it is secured or still being "
        "applied for."
    )
    sub("Section 6: Declaration")
    para("The form must be signed by two trustees or committee members.")

    head("7. What you need to send")
    para("Every applicant must send the following with the application form:")
    item("1.", "A copy of your constitution or governing document.")
    item(
        "2.",
        "Your latest annual accounts, independently examined or audited. We cannot accept "
        "accounts that have not been checked independently.",
    )
    item(
        "3.",
        "Proof that you own the building (your Land Registry title) or a copy of your lease, "
        "showing at least 15 years left to run.",
    )
    item(
        "4.",
        "Written quotes for all the works and equipment: at least three for building works "
        "and two for equipment.",
    )
    item("5.", "A project timetable showing the main stages of the works.")
    item(
        "6.",
        "A copy of your public liability insurance certificate. Your cover must be at least "
        "£10 million.",
    )
    item("7.", "At least two letters of support from groups who use the building.")
    para("Send these only if they apply to your project:")
    item("8.", "If your works need planning permission: a copy of the decision notice.")
    item("9.", "If you lease the building: your landlord's written agreement to the works.")
    item(
        "10.",
        "If your project costs more than £25,000: a condition survey of the building by a "
        "qualified surveyor, carried out in the last three years.",
    )
    item(
        "11.",
        "If your building is used by children or adults at risk: your safeguarding policy.",
    )
    para(
        "All applicants must also have an equal opportunities policy and a health and safety "
        "policy. You do not need to send them, but we may ask to see them."
    )
    para(
        "Please send documents as PDF or Word files where you can. If a document is too large "
        "to email, contact us and we will arrange another way to send it."
    )

    head("8. How we assess applications")
    para("We will score your application against these criteria:")
    table(
        [
            ["Criterion", "What we look for", "Weighting"],
            ["Need", "Clear evidence that the works are needed now", "30%"],
            ["Community benefit", "More people, or more groups, able to use the building", "30%"],
            [
                "Sustainability",
                "The building can be run and maintained after the works; lower energy use",
                "20%",
            ],
            ["Value for money", "Costs are reasonable and backed by quotes", "20%"],
        ],
        [72, 180, 420, w - 72],
    )
    para(
        "Officers may visit the building before the panel meets. We may offer a smaller "
        "grant than you asked for, or attach conditions to the grant."
    )

    head("9. Volunteer time and donated materials")
    para(
        "Skilled volunteer labour can be valued at £25 an hour and unskilled labour at £12 an "
        "hour. Donated materials can be valued at their normal retail price. Keep records, as "
        "we will ask for them when you claim the grant."
    )

    head("10. If you are awarded a grant")
    bullet("You will need to sign a grant agreement before any money is paid.")
    bullet(
        "We usually pay the grant in arrears, when you send us invoices for the completed "
        "works. For grants over £20,000 we can pay in up to three stages."
    )
    bullet("Works must start within six months of the offer and finish within 18 months.")
    bullet(
        "If the building is sold or stops being used by the community within ten years, we "
        "may ask for the grant back."
    )
    bullet("You must acknowledge the Council's support in publicity about the project.")

    head("11. Frequently asked questions")
    sub("Can we apply if we have already started the works?")
    para("No. We cannot fund works that have started before we make a decision.")
    sub("Can we apply more than once?")
    para(
        "You can only hold one Community Buildings Fund grant at a time, and you cannot apply "
        "again for the same building within three years of a grant."
    )
    sub("Do we need to use the cheapest quote?")
    para(
        "Not always, but if you choose a more expensive quote you must explain why, for "
        "example because the contractor can start sooner or offers a longer guarantee."
    )
    sub("Who can help us with our application?")
    para(
        "Pebworthy Rural Community Council gives free advice to village halls, including on "
        "governing documents, insurance and fundraising. You can also contact the Community "
        "Buildings Officer on 01632 960 482 or at communitybuildings@pebworthy.example.gov.uk."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    hollowmere()
    cottesford()
    marshcombe()
    pebworthy()


if __name__ == "__main__":
    main()
