"""Build set 58's Word and PDF documents (typical neighbourhood funds of London boroughs and
metropolitan borough councils: ward councillor budgets, community chests, neighbourhood CIL
funds and equality and cohesion small grants; written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus58.py
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
    """The few helpers an ordinary Word application form is made of."""

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

    def boxed(self, text: str, height: int = 2400) -> None:
        """A bold question paragraph over an empty one-cell table (the answer box)."""
        self.para(text, bold=True)
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], height)
        self.para()

    def shaded(self, text: str, limit: str, height: int = 2800) -> None:
        """A two-row table: the question shaded with its limit on an italic line below it,
        an empty answer cell under it."""
        from docx.shared import Pt

        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], text, bold=True)
        if limit:
            run = t.rows[0].cells[0].add_paragraph().add_run(limit)
            run.italic = True
            run.font.size = Pt(9)
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

    def office_use(self, labels: list[str]) -> None:
        t = self.d.add_table(rows=2, cols=len(labels))
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], "For office use only", bold=True)
        t.rows[0].cells[0].merge(t.rows[0].cells[len(labels) - 1])
        for i, h in enumerate(labels):
            _set(t.rows[1].cells[i], h + ":", italic=True)
        self.para()


# ------------------------------------------------------------ Stepworth (docx form)


def stepworth() -> None:
    """A London borough's Ward Councillor Community Budget form in Word: numbered sections,
    label/box tables, each question a bold paragraph over an empty one-cell box with "(no
    more than N words)", a "Document / Enclosed" checklist table, two signatories."""
    d = _new(
        "Ward Councillor Community Budget 2027-28 - Application form",
        "London Borough of Stepworth - Neighbourhoods Team",
        "Arial",
        11,
    )
    w = _Word(d, "D9E2F3")
    d.add_heading("London Borough of Stepworth", level=0)
    w.heading("Ward Councillor Community Budget 2027/28", 1)
    w.heading("Application form", 2)
    w.para(
        "Ward Councillor Community Budgets let the three councillors in each of Stepworth's "
        "17 wards support local projects that make a difference to residents. Voluntary and "
        "community groups, tenants' and residents' associations, parent-teacher associations "
        "and faith groups running activities open to everyone can apply for between £250 and "
        "£3,000."
    )
    w.para(
        "Before you start, please read the Ward Councillor Community Budget guidance at "
        "www.stepworth.example.gov.uk/wardbudgets and talk to at least one of your ward "
        "councillors about your idea. The councillors decide which projects are funded in "
        "their ward."
    )
    w.para(
        "Please type your answers or write clearly in black ink. The boxes will expand as you "
        "type. Please keep to the word limits given."
    )
    w.para(
        "You don't need match funding to apply: a ward budget can pay for the whole cost of "
        "your project."
    )
    w.para(
        "Email the completed form and your documents to wardbudgets@stepworth.example.gov.uk, "
        "or post them to Neighbourhoods Team, London Borough of Stepworth, Stepworth Town "
        "Hall, 1 Civic Way, London SE99 7WB. Forms can be sent in at any time of year until "
        "the ward's budget has been spent."
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "1.1 Name of organisation",
            "1.2 Address",
            "1.3 Postcode",
            "1.4 Contact name",
            "1.5 Role in the organisation",
            "1.6 Telephone number",
            "1.7 Email address",
            "1.8 Website or social media (if any)",
        ]
    )
    w.para("1.9 Type of organisation (please tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Constituted community or voluntary group    "
        f"{BOX} Tenants' and residents' association    {BOX} Community interest company    "
        f"{BOX} Parent-teacher association    {BOX} Other (please say)"
    )
    w.details(
        [
            "1.10 Charity or company number (if you have one)",
            "1.11 Date your organisation was set up",
        ]
    )
    w.boxed(
        "1.12 Tell us briefly about your organisation: what it does, who it works with and "
        "how long it has been running. (no more than 150 words)",
        2000,
    )

    w.heading("Section 2: About your project")
    w.details(
        [
            "2.1 Project name",
            "2.2 Ward(s) where the project will take place",
            "2.3 Start date",
            "2.4 End date",
        ]
    )
    w.boxed(
        "2.5 Describe your project. What will you do, when and where will it happen, and who "
        "will run it? (no more than 300 words)",
        3600,
    )
    w.boxed(
        "2.6 How will your project benefit people who live in the ward? (no more than 200 words)",
        2800,
    )
    w.boxed(
        "2.7 How do you know the project is needed? Tell us about any consultation with local "
        "residents or other evidence of need. (no more than 200 words)",
        2800,
    )
    w.details(
        [
            "2.8 Number of residents you expect to benefit",
            "2.9 Name(s) of the ward councillor(s) you have discussed the project with",
        ]
    )
    w.boxed(
        "2.10 How will you let local people know about the project, and show that it was "
        "funded by the Ward Councillor Community Budget? (no more than 100 words)",
        1600,
    )

    w.heading("Section 3: Project costs")
    w.para(
        "3.1 Please list what the grant will pay for. Include VAT only if your organisation "
        "cannot claim it back.",
        bold=True,
    )
    w.grid(
        ["Item", "Supplier", "Cost (£)"],
        [["", "", ""] for _ in range(6)] + [["Total", "", ""]],
    )
    w.details(
        [
            "3.2 Total cost of the project (£)",
            "3.3 Amount requested from the ward budget (£) (between £250 and £3,000)",
        ]
    )
    w.boxed(
        "3.4 Will the project continue after the grant has been spent? If so, how will you "
        "pay for it? (no more than 100 words)",
        1600,
    )

    w.heading("Section 4: Safeguarding and insurance")
    w.details(
        [
            "4.1 Will your project involve children, young people or adults at risk? (Yes / No)",
            "4.2 Does your organisation have public liability insurance? (Yes / No)",
        ]
    )
    w.para(
        "All funded groups must have public liability insurance of at least £5 million for "
        "the activities the grant pays for."
    )

    w.heading("Section 5: Bank details")
    w.para(
        "Grants are paid by BACS into the organisation's own bank account. We cannot pay "
        "grants into a personal account."
    )
    w.details(
        [
            "5.1 Name of account",
            "5.2 Bank or building society",
            "5.3 Sort code",
            "5.4 Account number",
        ]
    )

    w.heading("Section 6: Anything else")
    w.boxed("6.1 Is there anything else you would like to tell us about your project?", 1800)

    w.heading("Section 7: Supporting documents")
    w.para(
        "Please send these documents with your form and tick each one you are sending. We "
        "cannot pass your application to the ward councillors until we have them all."
    )
    w.grid(
        ["Document", "Enclosed"],
        [
            ["Your constitution, set of rules or other governing document", BOX],
            [
                "Your latest annual accounts or, if you do not produce accounts, an income "
                "and expenditure statement for the last 12 months signed by your chair or "
                "treasurer",
                BOX,
            ],
            [
                "A bank statement from the last three months, in the name of your organisation",
                BOX,
            ],
            [
                "Your public liability insurance certificate (only if your project includes "
                "an event or activity open to the public)",
                BOX,
            ],
            [
                "Your safeguarding policy (only if your project involves children, young "
                "people or adults at risk)",
                BOX,
            ],
            ["Two written quotes for any item costing more than £1,000", BOX],
        ],
        height=440,
    )

    w.heading("Section 8: Declaration")
    w.para("On behalf of the organisation named in Section 1, we confirm that:")
    w.bullet("the information in this form is true and complete;")
    w.bullet("the grant will be spent only on the project described in this form;")
    w.bullet("we have an equal opportunities policy and will follow it in running the project;")
    w.bullet(
        "we will send the Council a short report, with receipts, within two months of the "
        "end of the project, and return any money not spent;"
    )
    w.bullet(
        "we agree that the Council may share this form with the ward councillors and may "
        "publish the name of our organisation, the project and the amount of any grant."
    )
    w.para("The form must be signed by two members of your committee who are not related.")
    w.para("First signatory", bold=True)
    w.details(["Signature", "Name", "Position", "Date"])
    w.para("Second signatory", bold=True)
    w.details(["Signature", "Name", "Position", "Date"])
    w.office_use(["Date received", "Ward", "Reference", "Councillors' decision"])
    w.para(
        "The London Borough of Stepworth will use the information on this form to assess "
        "your application and manage any grant. Read our privacy notice at "
        "www.stepworth.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "stepworth-ward-councillor-community-budget-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------------- Ashtonleigh (docx form)


def ashtonleigh() -> None:
    """A metropolitan borough council's Neighbourhood CIL Fund form in Word: Sections A to
    F, label/box tables, each question a shaded cell with "(maximum N words)" on an italic
    line over an empty answer cell, a timetable and a costs table, documents in a bulleted
    list, a signature table."""
    d = _new(
        "Neighbourhood CIL Fund application form - Round 2 2027",
        "Ashtonleigh Metropolitan Borough Council - Planning Policy and Infrastructure",
        "Calibri",
        11,
    )
    w = _Word(d, "E7E6E6")
    w.heading("Ashtonleigh Metropolitan Borough Council", 1)
    w.heading("Neighbourhood Community Infrastructure Levy (CIL) Fund", 2)
    w.heading("Application form: Round 2, 2027", 3)
    w.para(
        "The Neighbourhood CIL Fund is the part of the Community Infrastructure Levy, paid by "
        "developers, that the Council sets aside to spend in the neighbourhoods where new "
        "development has taken place. Local community groups, charities, schools and "
        "tenants' and residents' associations can bid for between £2,000 and £40,000 for "
        "projects that improve local infrastructure, such as parks and open spaces, play "
        "areas, community buildings, walking and cycling routes and streets."
    )
    w.para(
        "Please read the Neighbourhood CIL Fund guidance notes before you complete this form. "
        "Answer every question and keep to the word limits: the panel will not read beyond "
        "them. If a question does not apply to your project, write \u201cnot applicable\u201d."
    )
    w.para(
        "Match funding is not essential, but the panel will look favourably on projects that "
        "bring in money or help in kind from elsewhere."
    )
    w.para(
        "Closing date: 12 noon on Friday 30 April 2027. Email your form and documents to "
        "ncil@ashtonleigh.example.gov.uk. For help, call the Neighbourhood CIL Officer on "
        "0161 496 0735."
    )

    w.heading("Section A: About your organisation", 3)
    w.details(
        [
            "A1 Name of organisation",
            "A2 Contact name",
            "A3 Position",
            "A4 Address",
            "A5 Postcode",
            "A6 Telephone",
            "A7 Email",
        ]
    )
    w.para("A8 Type of organisation (tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity or CIO    {BOX} Constituted community group    "
        f"{BOX} Tenants' and residents' association    {BOX} School or academy    "
        f"{BOX} Community interest company    {BOX} Other"
    )
    w.details(["A9 Charity, company or other registration number (if applicable)"])
    w.shaded("A10 What does your organisation do?", "(maximum 150 words)", 2000)

    w.heading("Section B: Your project", 3)
    w.details(["B1 Project title"])
    w.para("B2 Neighbourhood area (tick one)", bold=True)
    w.para(
        f"{BOX} Ashtonleigh Central    {BOX} Hindmoor and Cleggswood    "
        f"{BOX} Droylebank and Fairfield    {BOX} Mossley Brow and Heyrod"
    )
    w.details(["B3 Address or location of the project (including postcode if known)"])
    w.shaded(
        "B4 Describe your project. What will you build, improve or provide, and where?",
        "(maximum 500 words)",
        5200,
    )
    w.shaded(
        "B5 How will your project help to address the demands that new development places on "
        "the area?",
        "(maximum 300 words)",
        3400,
    )
    w.para(
        "B6 Which of the neighbourhood priorities in the guidance notes does your project "
        "meet? Tick all that apply.",
        bold=True,
    )
    for item in (
        "Parks, open spaces and trees",
        "Play areas and sports facilities",
        "Community buildings and meeting places",
        "Streets, walking and cycling routes",
        "Local shopping parades and town centres",
    ):
        w.para(f"{BOX} {item}")
    w.shaded(
        "B7 What evidence do you have that local people support the project? Tell us about "
        "any consultation you have carried out.",
        "(maximum 300 words)",
        3400,
    )
    w.shaded(
        "B8 Who will benefit from the project, and roughly how many people will use it?",
        "(maximum 200 words)",
        2600,
    )
    w.shaded(
        "B9 How will the project be maintained and paid for once it is complete?",
        "(maximum 250 words)",
        3000,
    )
    w.shaded(
        "B10 What are the main risks to delivering the project, and how will you manage them?",
        "(maximum 200 words)",
        2600,
    )
    w.para("B11 Project timetable: please give the expected date of each key stage.", bold=True)
    w.grid(
        ["Key stage", "Expected date"],
        [
            ["Quotes obtained and contractor appointed", ""],
            ["Permissions in place", ""],
            ["Work starts", ""],
            ["Work completed", ""],
            ["Project open to the public", ""],
        ],
    )
    w.details(["B12 Does the project need planning permission? (Yes / No / Not sure)"])
    w.para(
        "B13 Who owns the land or building where the project will take place? (tick one)",
        bold=True,
    )
    w.para(f"{BOX} Our organisation    {BOX} Ashtonleigh Council    {BOX} Another owner")
    w.para()

    w.heading("Section C: Costs and funding", 3)
    w.para("C1 Project costs", bold=True)
    w.grid(
        ["Item", "Number of quotes obtained", "Cost (£)"],
        [["", "", ""] for _ in range(6)] + [["Total", "", ""]],
    )
    w.details(
        [
            "C2 Total cost of the project (£)",
            "C3 Amount requested from the Neighbourhood CIL Fund (£)",
            "C4 Amount from other sources (£)",
        ]
    )
    w.shaded(
        "C5 Please give details of any other funding or help in kind for the project, and "
        "say whether it is confirmed.",
        "",
        1800,
    )

    w.heading("Section D: Supporting documents", 3)
    w.para(
        "Please email the following with your application form. Applications without the "
        "documents that apply to them will not be assessed."
    )
    w.bullet("your constitution, set of rules or other governing document;")
    w.bullet(
        "your latest annual accounts. If your annual income is over £25,000 these must be "
        "independently examined or audited; below that, accounts signed by your treasurer "
        "are fine;"
    )
    w.bullet("a copy of your public liability insurance certificate (minimum cover £10 million);")
    w.bullet("a site plan or map showing where the project will take place;")
    w.bullet(
        "at least one letter of support from a local group, residents' association or partner "
        "organisation;"
    )
    w.bullet(
        "written quotes for any item costing more than £1,000 (two quotes for items up to "
        "£10,000 and three quotes for items over £10,000);"
    )
    w.bullet(
        "if the project is on land or in a building that your organisation does not own, "
        "written permission from the owner;"
    )
    w.bullet("if your project needs planning permission, a copy of the planning permission;")
    w.bullet(
        "if your project involves working with children, young people or adults at risk, "
        "your safeguarding policy."
    )
    w.para()

    w.heading("Section E: Bank details", 3)
    w.details(
        [
            "E1 Account name",
            "E2 Bank or building society",
            "E3 Sort code",
            "E4 Account number",
        ]
    )

    w.heading("Section F: Declaration", 3)
    w.para("I confirm on behalf of the organisation that:")
    w.bullet("the information in this application is correct to the best of my knowledge;")
    w.bullet("I have the authority of the organisation's committee or board to apply;")
    w.bullet("the organisation has an equal opportunities policy and a health and safety policy;")
    w.bullet(
        "any grant will be used only for the project described, and the organisation will "
        "sign the Council's Neighbourhood CIL funding agreement before work starts;"
    )
    w.bullet(
        "I understand that the Council must publish details of how Neighbourhood CIL is "
        "spent, including the name of the organisation and the amount awarded."
    )
    w.details(["Signature", "Name", "Position", "Date"])
    w.office_use(["Received", "Neighbourhood area", "Panel date", "Decision"])
    out = HERE / "ashtonleigh-neighbourhood-cil-fund-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------- Kessingbrook (fillable PDF form)


def kessingbrook() -> None:
    """A London borough's Community Chest form as Acrobat's "Prepare form" makes one from a
    Word form: labels on the page, field names and tooltips from the labels, /MaxLen on the
    short fields and on the answer boxes limited in characters, one box limited in words on
    the label only and one with no limit, a Yes/No radio group, a ward combo box, check
    boxes against the documents and the declaration."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kessingbrook-community-chest-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Chest 2027-28 - application form")
    c.setAuthor("London Borough of Kessingbrook")
    c.setSubject("Community Chest small grants")
    c.setCreator("Adobe Acrobat Pro (64-bit) 24.4")
    w, h = A4
    form = c.acroForm
    purple = colors.HexColor("#5B2C6F")
    fill = colors.HexColor("#F2EEF5")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(purple)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, lw=200, maxlen=0):
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
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 24

    def box(name, label, tip, height=150, maxlen=0):
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

    def folio(n):
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, "London Borough of Kessingbrook - Community Chest 2027-28")
        c.drawRightString(w - 50, 30, f"Page {n} of 3")

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(purple)
    c.drawString(50, state["y"], "London Borough of Kessingbrook")
    state["y"] -= 22
    c.drawString(50, state["y"], "Community Chest 2027-28: application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "The Community Chest gives grants of £250 to £1,500 to small voluntary and community "
        "groups with an annual income of less than £50,000, for activities that benefit "
        "Kessingbrook residents and bring neighbours together."
    )
    state["y"] -= 4
    txt(
        "Please read the Community Chest guidance before you apply. Fill in the form on "
        "screen, save it and email it with your documents to communitychest@kessingbrook."
        "example.gov.uk. The Community Chest is open all year; decisions are made every "
        "month."
    )
    heading("Section 1: Your group")
    field("Name of group", "1.1 Name of group", maxlen=100)
    field("Address", "1.2 Address")
    field("Postcode", "1.3 Postcode", maxlen=8)
    field("Contact name", "1.4 Contact name")
    field("Position in group", "1.5 Position in group")
    field("Telephone", "1.6 Telephone", maxlen=15)
    field("Email", "1.7 Email")
    field("Annual income", "1.8 Annual income (£)", maxlen=10)
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "1.9 Is your group a registered charity?")
    for value, x in (("Yes", 320), ("No", 380)):
        form.radio(
            name="Registered charity",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
            tooltip="Is your group a registered charity?",
        )
        c.drawString(x + 15, state["y"], value)
    state["y"] -= 24
    field("Charity number", "1.10 If yes, charity number", maxlen=8)
    box(
        "Tell us about your group",
        "1.11 Tell us about your group: what it does and how long it has been running.",
        "Tell us about your group: what it does and how long it has been running.",
        height=110,
    )
    heading("Section 2: Your project")
    field("Project title", "2.1 Project title", maxlen=80)
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "2.2 Ward where the project will take place")
    form.choice(
        name="Ward",
        tooltip="Ward where the project will take place",
        value="Choose a ward",
        options=[
            "Choose a ward",
            "Abbey Fields",
            "Brook Green",
            "Castle Hill",
            "Eastcote Park",
            "Kessingbrook Central",
            "Mill Lane",
            "St Anne's",
            "Westway",
            "More than one ward",
        ],
        x=250,
        y=state["y"] - 5,
        width=w - 300,
        height=17,
        fieldFlags="combo",
        fontName="Helvetica",
        fontSize=10,
    )
    state["y"] -= 24
    field("Start date", "2.3 Start date (dd/mm/yyyy)", maxlen=10)
    folio(1)
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "What will you do with the grant",
        "2.4 What will you do with the grant? Describe your project and the activities you "
        "will run. (up to 1,500 characters)",
        "What will you do with the grant? Describe your project and the activities you will "
        "run. (up to 1,500 characters)",
        height=150,
        maxlen=1500,
    )
    box(
        "Why is the project needed",
        "2.5 Why is the project needed, and who will benefit? (up to 1,200 characters)",
        "Why is the project needed, and who will benefit? (up to 1,200 characters)",
        height=120,
        maxlen=1200,
    )
    box(
        "Bringing people together",
        "2.6 How will the project bring people in your neighbourhood together? (up to 150 words)",
        "How will the project bring people in your neighbourhood together?",
        height=100,
    )
    field("Number of people", "2.7 Number of people who will benefit", lw=230, maxlen=6)
    heading("Section 3: Costs")
    txt(
        "We expect groups to contribute at least 20% of the total cost of their project "
        "themselves, in cash or in kind (for example volunteers' time or free use of a hall)."
    )
    state["y"] -= 4
    field("Total cost", "3.1 Total cost of the project (£)", lw=260, maxlen=10)
    field("Amount requested", "3.2 Amount requested (£) (no more than £1,500)", lw=260, maxlen=10)
    field("Group contribution", "3.3 Your group's contribution (£)", lw=260, maxlen=10)
    box(
        "How did you work out your costs",
        "3.4 How did you work out your costs? Tell us what the grant will buy. (up to 600 "
        "characters)",
        "How did you work out your costs? Tell us what the grant will buy. (up to 600 characters)",
        height=80,
        maxlen=600,
    )
    folio(2)
    c.showPage()

    # page 3
    state["y"] = h - 50
    heading("Section 4: Supporting documents")
    txt("Please email these documents with your form, and tick each one you are sending.")
    state["y"] -= 4
    docs = [
        ("Constitution", "Your constitution or set of rules"),
        (
            "Bank statement",
            "A bank statement for your group's account, dated within the last three months",
        ),
        (
            "Accounts",
            "Your latest annual accounts or, if your group does not produce accounts, a "
            "summary of your income and spending for the last year signed by two committee "
            "members",
        ),
        (
            "Safeguarding policy",
            "Your safeguarding policy (only if your project involves children, young people "
            "or adults at risk)",
        ),
        ("Quote", "A quote for any single item costing more than £500"),
    ]
    for name, label in docs:
        check(name, label)
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section 5: Declaration")
    txt(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the group. I confirm that our group has an equal "
        "opportunities policy, and that it holds public liability insurance with cover of at "
        "least £5 million for the activities in this application, or will have it before the "
        "project starts. I understand that the grant must be spent only on the project "
        "described, that we must send a short end of grant report with receipts, and that "
        "the Council may ask for the grant back if it is not used as agreed."
    )
    state["y"] -= 4
    check("Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(66, state["y"], "I agree to the declaration above")
    state["y"] -= 26
    field("Name", "Name (typing your name counts as your signature)", lw=260)
    field("Position", "Position in group", lw=260)
    field("Date", "Date", lw=260, maxlen=10)
    state["y"] -= 14
    c.setStrokeColor(colors.grey)
    c.rect(50, state["y"] - 40, w - 100, 52, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(56, state["y"], "For office use only")
    c.setFont("Helvetica", 9)
    c.drawString(56, state["y"] - 16, "Date received:                    Reference:")
    c.drawString(56, state["y"] - 30, "Decision:                             Amount awarded:")
    state["y"] -= 60
    txt(
        "Communities Team, London Borough of Kessingbrook, Kessingbrook Civic Centre, High "
        "Street, London N99 3KB. Telephone 020 7946 0388. We will use your information to "
        "assess and manage your application; see www.kessingbrook.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    folio(3)
    c.showPage()
    c.save()


# ------------------------------------------------------ Duddingham (text PDF guidance)


def duddingham() -> None:
    """A metropolitan borough council's guidance notes for its Equality and Cohesion Small
    Grants, as Word exports them to PDF: numbered headings, bullets, a scoring table, the
    portal's questions described, "What you need to upload", key dates, FAQs, five pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "duddingham-equality-and-cohesion-small-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Stronger Together: Equality and Cohesion Small Grants 2027-28 - guidance notes")
    c.setAuthor("Duddingham Metropolitan Borough Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    teal = colors.HexColor("#00656E")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72, 40, "Duddingham Council - Equality and Cohesion Small Grants guidance 2027-28"
        )
        c.drawRightString(w - 72, 40, f"Page {state['page']}")

    def room(need):
        if state["y"] - need < 70:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 72

    def para(t, size=11, font="Helvetica", x=72, leading=15):
        lines = simpleSplit(t, font, size, w - x - 72)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading
        state["y"] -= 6

    def head(t):
        room(66)
        state["y"] -= 4
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 21

    def bullet(t):
        lines = simpleSplit(t, "Helvetica", 11, w - 162)
        room(len(lines) * 15)
        c.setFont("Helvetica", 11)
        c.drawString(84, state["y"], "\u2022")
        for ln in lines:
            c.drawString(96, state["y"], ln)
            state["y"] -= 15
        state["y"] -= 3

    def table(rows, xs):
        room(22 * len(rows) + 10)
        for i, r in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
            if i == 0:
                c.setFillColor(colors.HexColor("#D5EBEC"))
                c.rect(xs[0], state["y"] - 6, xs[-1] - xs[0], 20, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, v in enumerate(r):
                c.drawString(xs[j] + 4, state["y"], v)
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] - 6, xs[-1], state["y"] - 6)
            state["y"] -= 20
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 22)
    c.setFillColor(teal)
    c.drawString(72, state["y"], "Stronger Together")
    state["y"] -= 28
    c.setFont("Helvetica", 16)
    c.drawString(72, state["y"], "Equality and Cohesion Small Grants 2027-28")
    state["y"] -= 22
    c.drawString(72, state["y"], "Guidance notes for applicants")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Duddingham Metropolitan Borough Council")
    c.setFillColor(colors.black)
    state["y"] -= 36

    head("1. About the grants")
    para(
        "Duddingham is home to people of many different backgrounds, faiths and cultures, "
        "and most residents say that people from different backgrounds get on well together "
        "in their area. The Council's Stronger Together strategy aims to build on this, and "
        "to make sure that everyone in the borough is treated fairly and feels that they "
        "belong."
    )
    para(
        "Equality and Cohesion Small Grants of between £500 and £3,000 are available to "
        "voluntary and community groups for projects that bring people together, tackle "
        "prejudice and discrimination, and help people to play a full part in the life of "
        "the borough. The total budget for 2027-28 is £90,000."
    )
    para(
        "These notes explain what the grants are for, who can apply, what you need to send "
        "and how we make decisions. Please read them before you start your application."
    )
    head("2. What we want to fund")
    para("Your project should do at least one of the following:")
    bullet(
        "bring together people from different ethnic, faith, age or other backgrounds who "
        "would not usually meet, through shared activities, sport, food, arts or volunteering;"
    )
    bullet(
        "help people who have recently moved to Duddingham, including refugees and people "
        "seeking asylum, to settle, make friends and find out about local services;"
    )
    bullet(
        "tackle hate crime, discrimination or prejudice, including by encouraging people to "
        "report hate incidents;"
    )
    bullet(
        "mark events that celebrate the borough's diversity and shared history, such as "
        "Black History Month, Holocaust Memorial Day, Refugee Week, Pride or Interfaith Week;"
    )
    bullet(
        "help disabled people, older people or others who face barriers to take part in "
        "community life."
    )
    para(
        "We particularly welcome projects planned with, or led by, the people they are for, "
        "and projects from groups that have not had a grant from the Council before."
    )
    head("3. Who can apply")
    para("You can apply if your organisation is one of the following:")
    bullet("a constituted voluntary or community group with a bank account in its own name;")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a community interest company or other not-for-profit social enterprise;")
    bullet(
        "a faith organisation, for a project that is open to people of all faiths and none "
        "and does not promote religious belief."
    )
    para(
        "Your project must take place in Duddingham or mainly benefit Duddingham residents. "
        "Groups with an annual income of more than £150,000 cannot apply. You can make one "
        "application in each financial year."
    )
    head("4. What we cannot fund")
    bullet("individuals, or businesses that make a profit for their owners;")
    bullet("political parties, campaigning for a political party, or lobbying;")
    bullet("activities that promote a religion or belief;")
    bullet("activities that have already taken place, or costs you have already paid;")
    bullet("an organisation's general running costs that are not part of the project;")
    bullet("trips abroad, or alcohol;")
    bullet("projects that are open to only one group of people, unless there is a clear reason.")
    head("5. How much you can apply for")
    para(
        "You can apply for between £500 and £3,000. You do not need to provide match funding: "
        "we can pay for the whole cost of your project. If other organisations are also "
        "supporting the project, please tell us on the form."
    )
    para(
        "Grants can pay for things like room hire, sessional workers' fees, interpreters, "
        "materials and equipment, refreshments, publicity and volunteers' expenses. Projects "
        "must be completed by 31 March 2028."
    )
    head("6. How to apply")
    para(
        "Applications are made online through the Council's grants portal at "
        "grants.duddingham.example.gov.uk. You will need to register, or sign in if you "
        "already have an account. You can save your application and come back to it before "
        "you submit it. If you cannot apply online, or need help with the application, "
        "please contact the Communities and Cohesion Team (see section 13)."
    )
    para("The online form will ask you:")
    bullet("about your organisation and its main contact;")
    bullet("to describe your project and what you will do (up to 2,000 characters);")
    bullet(
        "how your project will bring people from different backgrounds together, or tackle "
        "prejudice and discrimination (up to 1,500 characters);"
    )
    bullet("how you know the project is needed and who will take part (up to 1,000 characters);")
    bullet("how you will know the project has worked (up to 1,000 characters);")
    bullet("for a breakdown of the costs and the amount you are asking for.")
    head("7. What you need to upload with your application")
    para(
        "Please have these documents ready to upload before you start. We cannot assess your "
        "application without them."
    )
    bullet("your constitution, set of rules or other governing document;")
    bullet(
        "your latest annual accounts, signed by your treasurer or chair. If your group is "
        "less than a year old and does not have accounts yet, upload your bank statements "
        "for the last three months instead;"
    )
    bullet(
        "your equality and diversity policy (or equal opportunities policy). Every group we "
        "fund must have one. If you do not have one yet, ask us for our simple template;"
    )
    bullet(
        "your safeguarding policy, if your project involves children, young people or adults "
        "at risk;"
    )
    bullet(
        "a copy of your public liability insurance certificate, if your project includes an "
        "event that is open to the public;"
    )
    bullet(
        "if you are applying jointly with other groups, a letter from each partner group "
        "saying what it will do in the project."
    )
    head("8. Insurance")
    para(
        "All funded groups must hold public liability insurance with cover of at least £5 "
        "million for the activities the grant pays for. If you do not have insurance, "
        "Duddingham Voluntary Action can tell you about affordable policies for small groups."
    )
    head("9. How we make decisions")
    para(
        "Officers in the Communities and Cohesion Team check each application and score it "
        "against the criteria below. A panel of councillors and representatives of the "
        "borough's Faith and Community Forum then makes the final decisions."
    )
    table(
        [
            ["What we look at", "Weight"],
            ["How well the project meets the aims in section 2", "40%"],
            ["Evidence that the project is needed and wanted", "20%"],
            ["Who will take part and how they are involved", "20%"],
            ["A realistic budget and good value for money", "20%"],
        ],
        [72, 420, w - 72],
    )
    head("10. Key dates")
    table(
        [
            ["Round", "Portal opens", "Closing date", "Decision by"],
            ["Round 1", "1 April 2027", "14 May 2027", "2 July 2027"],
            ["Round 2", "1 August 2027", "17 September 2027", "5 November 2027"],
        ],
        [72, 170, 290, 420, w - 72],
    )
    para(
        "If there is money left after Round 2, we may open a third round in January 2028. "
        "We will announce this on our website."
    )
    head("11. If you are awarded a grant")
    para(
        "We will email you a grant offer letter and conditions, which you must accept on the "
        "portal before we pay the grant. We pay the full grant in advance by BACS. You must "
        "tell people that the project is funded by Duddingham Council, using our logo where "
        "you can. Within two months of the end of the project you must fill in a short "
        "end of project report on the portal, with photographs if you have them, and keep "
        "receipts for everything the grant paid for."
    )
    head("12. Frequently asked questions")
    para("Can an individual apply for a grant?", font="Helvetica-Bold")
    para(
        "No. You must apply through a group or organisation, though it does not need to be "
        "a registered charity. If you are not part of a group, Duddingham Voluntary Action "
        "can help you find one to work with."
    )
    para("Can we apply if we had a grant last year?", font="Helvetica-Bold")
    para(
        "Yes, but you will need to tell us how last year's project went, and we will give "
        "priority to new projects and to groups we have not funded before."
    )
    para("Do we need to be based in Duddingham?", font="Helvetica-Bold")
    para(
        "No, but the project must take place in the borough or mainly benefit people who live here."
    )
    para("We do not have an equality policy. Can we still apply?", font="Helvetica-Bold")
    para(
        "Yes. Ask us for our template, which small groups can adapt in an evening, and "
        "upload it with your application once your committee has agreed it."
    )
    head("13. Contact us")
    para(
        "Communities and Cohesion Team, Duddingham Metropolitan Borough Council, Town Hall, "
        "Market Place, Duddingham DG1 1TH. Telephone 0113 496 0521. Email "
        "strongertogether@duddingham.example.gov.uk."
    )
    para(
        "This document is available in large print, easy read and other languages on request.",
        font="Helvetica-Oblique",
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    stepworth()
    ashtonleigh()
    kessingbrook()
    duddingham()


if __name__ == "__main__":
    main()
