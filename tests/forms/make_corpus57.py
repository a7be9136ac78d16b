"""Build set 57's Word and PDF documents (typical grants from other public bodies funding
community groups in England: police and crime commissioners, housing associations, a fire and
rescue service and a national park authority; written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus57.py
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


# ------------------------------------------------------------ Cravenhurst (docx form)


def cravenhurst() -> None:
    """A police and crime commissioner's Community Safety Fund form in Word: numbered
    sections, label/box tables, each question a shaded cell over an empty one with
    "(max N words)", documents in a bulleted list, a signature table."""
    d = _new(
        "Community Safety Fund 2027-28 Application Form",
        "Office of the Police and Crime Commissioner for Cravenhurst",
        "Arial",
        11,
    )
    w = _Word(d, "DEEAF6")
    d.add_heading("Police and Crime Commissioner for Cravenhurst", level=0)
    w.heading("Community Safety Fund 2027/28: Application Form", 1)
    w.para(
        "The Police and Crime Commissioner (PCC) for Cravenhurst makes grants of £1,000 to "
        "£10,000 to voluntary and community organisations for projects that help to prevent "
        "crime, reduce anti-social behaviour and support victims, in line with the priorities "
        "of the Police and Crime Plan 2025-2029."
    )
    w.para(
        "Before you fill in this form, please read the Community Safety Fund guidance notes on "
        "our website. Please complete every section. The answer boxes will expand as you type; "
        "please keep to the word limits, as we will not read beyond them."
    )
    w.para(
        "Send the completed form and your supporting documents by email to "
        "grants@cravenhurst-pcc.example.gov.uk by 5pm on Friday 29 January 2027."
    )
    w.para(
        "If you need this form in another format, or would like to talk about your project "
        "before you apply, please call the Commissioner's grants officer on 01632 960418.",
        italic=True,
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "1.1 Name of organisation",
            "1.2 Address",
            "1.3 Postcode",
            "1.4 Main contact name",
            "1.5 Position in organisation",
            "1.6 Telephone",
            "1.7 Email",
            "1.8 Website (if any)",
        ]
    )
    w.para("1.9 Type of organisation (please tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation    "
        f"{BOX} Community interest company    {BOX} Constituted community or voluntary "
        f"group    {BOX} Other (please say)"
    )
    w.details(
        [
            "1.10 Charity or company number (if applicable)",
            "1.11 Total income in your last financial year (£)",
        ]
    )
    w.question("1.12 Briefly describe your organisation and what it does. (max 150 words)", 2000)

    w.heading("Section 2: About your project")
    w.details(
        [
            "2.1 Project title",
            "2.2 Start date",
            "2.3 End date",
            "2.4 District or ward where the project will take place",
        ]
    )
    w.para(
        "2.5 Which priorities of the Police and Crime Plan will your project support? "
        "(tick all that apply)",
        bold=True,
    )
    for item in (
        "Preventing violence against women and girls",
        "Tackling anti-social behaviour",
        "Reducing reoffending",
        "Supporting victims of crime",
        "Keeping children and young people safe",
    ):
        w.para(f"{BOX} {item}")
    w.question(
        "2.6 Describe your project. What will you do, who will deliver it, and where and "
        "when will it take place? (max 300 words)",
        3600,
    )
    w.question(
        "2.7 What crime or community safety problem will your project tackle, and how do "
        "you know it is a problem in your area? (max 250 words)",
        3200,
    )
    w.question(
        "2.8 Who will benefit from your project? Please tell us about their age and where "
        "they live. (max 200 words)",
        2600,
    )
    w.question(
        "2.9 What difference will your project make? Please give up to three outcomes and "
        "say how you will measure them. (max 250 words)",
        3200,
    )
    w.details(["2.10 How many people will benefit directly from the project?"])
    w.question(
        "2.11 Which partners, such as the local neighbourhood policing team, the community "
        "safety partnership or schools, will you work with, and how? (max 150 words)",
        2000,
    )

    w.heading("Section 3: Project costs")
    w.para(
        "3.1 Please list what the grant will pay for. Costs must include VAT if your "
        "organisation cannot claim it back.",
        bold=True,
    )
    w.grid(["Item", "Cost (£)"], [["", ""] for _ in range(6)] + [["Total", ""]])
    w.details(
        [
            "3.2 Total cost of the project (£)",
            "3.3 Amount requested from the Community Safety Fund (£)",
            "3.4 Amount from other sources (£)",
        ]
    )
    w.para(
        "Match funding is not required for this fund, but please tell us about any other "
        "money or support in kind you have for the project."
    )
    w.question(
        "3.5 Please give details of any other funding you have applied for or secured for "
        "this project, and say whether it is confirmed.",
        1800,
    )

    w.heading("Section 4: Safeguarding and insurance")
    w.details(
        [
            "4.1 Will your project work with children, young people or adults at risk? (Yes / No)",
            "4.2 If yes, will everyone working with them have a Disclosure and Barring "
            "Service (DBS) check at the right level? (Yes / No)",
            "4.3 Does your organisation hold public liability insurance? (Yes / No)",
        ]
    )
    w.para(
        "All organisations funded by the Commissioner must hold public liability insurance "
        "with cover of at least £5 million. You do not need to send us your certificate, but "
        "we may ask to see it before we pay the grant."
    )

    w.heading("Section 5: Bank details")
    w.para("The grant will be paid by BACS into your organisation's bank account.")
    w.details(
        [
            "5.1 Account name",
            "5.2 Bank or building society",
            "5.3 Sort code",
            "5.4 Account number",
        ]
    )

    w.heading("Section 6: Supporting documents")
    w.para("Please email the following documents with your application form:")
    w.bullet("your constitution, set of rules or memorandum and articles of association;")
    w.bullet(
        "your most recent annual accounts. If your organisation is less than a year old and "
        "does not yet have accounts, send your last three months' bank statements instead;"
    )
    w.bullet(
        "your safeguarding policy, if your project will work with children, young people or "
        "adults at risk;"
    )
    w.bullet("a written quote for any single item of equipment costing more than £500.")
    w.para(
        "We cannot assess your application until we have received all of the documents that "
        "apply to you."
    )

    w.heading("Section 7: Declaration")
    w.para("By signing this form I confirm that:")
    w.bullet("the information in this application is true and correct;")
    w.bullet("I am authorised to apply on behalf of the organisation;")
    w.bullet(
        "our organisation has an equal opportunities policy and a health and safety policy, "
        "and will send copies to the Office of the Police and Crime Commissioner if asked;"
    )
    w.bullet("the grant will be used only for the project described in this form;")
    w.bullet(
        "the Office of the Police and Crime Commissioner may share this application with "
        "Cravenhurst Police and the community safety partnership for the area."
    )
    w.details(["Signature", "Name (in capitals)", "Position in organisation", "Date"])
    w.para(
        "The Office of the Police and Crime Commissioner for Cravenhurst will use your "
        "information to assess your application and manage any grant, as set out in our "
        "privacy notice at www.cravenhurst-pcc.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "cravenhurst-pcc-community-safety-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Wellowmarsh (docx form)


def wellowmarsh() -> None:
    """A housing association's Community Investment Grant form in Word: Parts A to E, a
    label/box table per part, the questions in a "Question / Your answer" table with each
    limit on an italic line under the question, a tick-column checklist, two signatures and
    an office-use box."""
    from docx.shared import Pt

    d = _new(
        "Community Investment Grant application form",
        "Wellowmarsh Housing Group - Community Investment Team",
        "Verdana",
        10,
    )
    w = _Word(d, "E2EFD9")
    w.heading("Wellowmarsh Housing Group", 1)
    w.heading("Community Investment Grants: application form", 2)
    w.para(
        "Our Community Investment Grants of up to £2,500 help tenants' and residents' "
        "associations and local community groups to run projects that make a difference in "
        "the neighbourhoods where Wellowmarsh Housing has homes. Projects should benefit our "
        "residents, though they can be open to everyone living nearby."
    )
    w.para(
        "Please fill in all parts of this form. You can type into the boxes or print the form "
        "and write in black ink. If you would like help filling in the form, your Community "
        "Investment Officer can visit your group; call 0300 555 0182 or email "
        "communityinvestment@wellowmarsh.example.org.uk."
    )
    w.para(
        "The panel meets every two months. Please send your form at least six weeks before "
        "your project is due to start."
    )

    w.heading("Part A: About your group", 3)
    w.details(
        [
            "A1 Name of group",
            "A2 Main contact",
            "A3 Role in the group",
            "A4 Address",
            "A5 Postcode",
            "A6 Telephone",
            "A7 Email",
        ]
    )
    w.para("A8 What type of group are you? (tick one)", bold=True)
    w.para(
        f"{BOX} Tenants' and residents' association    {BOX} Registered charity    "
        f"{BOX} Constituted community group    {BOX} Community interest company    "
        f"{BOX} Other (please say): ____________"
    )
    w.para("A9 Which neighbourhood will your project mainly benefit? (tick one)", bold=True)
    w.para(
        f"{BOX} Abbotsmead    {BOX} Tanners Row    {BOX} Church Lane and Hythe Road    "
        f"{BOX} Wellowmarsh town centre    {BOX} Other Wellowmarsh Housing area"
    )

    w.heading("Part B: About your project", 3)
    w.details(["B1 Name of project", "B2 Start date", "B3 Finish date"])
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for i, h in enumerate(("Question", "Your answer")):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    for q, limit in (
        (
            "B4 What do you want to do? Tell us about the project and what you will spend "
            "the grant on.",
            "(no more than 250 words)",
        ),
        (
            "B5 How will the project benefit Wellowmarsh Housing residents and the wider "
            "community?",
            "(no more than 200 words)",
        ),
        (
            "B6 How do you know the project is needed? For example, have residents asked for it?",
            "(no more than 150 words)",
        ),
        (
            "B7 How will residents be involved in planning and running the project?",
            "(no more than 150 words)",
        ),
    ):
        row = t.add_row()
        _set(row.cells[0], q, bold=True)
        extra = row.cells[0].add_paragraph()
        run = extra.add_run(limit)
        run.italic = True
        run.font.size = Pt(9)
        _row_height(row, 2800)
    w.para()
    w.details(["B8 Number of Wellowmarsh Housing residents you expect to take part"])

    w.heading("Part C: Money", 3)
    w.details(
        [
            "C1 Total cost of the project (£)",
            "C2 Amount you are asking us for (£) (up to £2,500)",
        ]
    )
    w.para("C3 Please list the main costs of the project.", bold=True)
    w.grid(["What you will buy or pay for", "Cost (£)"], [["", ""] for _ in range(5)])
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    _set(
        t.rows[0].cells[0],
        "C4 Please give details of any other money you have raised or applied for, and from "
        "where. Write \u201cnone\u201d if there is none.",
        bold=True,
    )
    run = t.rows[0].cells[0].add_paragraph().add_run("(no more than 100 words)")
    run.italic = True
    run.font.size = Pt(9)
    _shade(t.rows[0].cells[0], w.shade)
    _row_height(t.rows[1], 1600)
    w.para()

    w.heading("Part D: Documents", 3)
    w.para(
        "Please send these documents with your form and tick to show you have included them. "
        "We cannot take your application to the panel without them."
    )
    w.grid(
        ["Document", "Included (\u2713)"],
        [
            ["A copy of your constitution or set of rules", ""],
            [
                "Your most recent accounts or, if your group does not produce accounts, a "
                "statement of your income and spending for the last year signed by your "
                "treasurer",
                "",
            ],
            ["A recent bank statement (from the last three months) in the group's name", ""],
            ["A quote for any single item that costs more than £250", ""],
            [
                "A copy of your safeguarding policy, if your project involves children, "
                "young people or adults at risk",
                "",
            ],
        ],
        height=440,
    )

    w.heading("Part E: Declaration", 3)
    w.para(
        "We confirm that the information on this form is correct and that the grant will be "
        "spent only on the project described. We will tell Wellowmarsh Housing straight away "
        "if anything changes. We agree to send a short report, with receipts, within three "
        "months of the end of the project. We have, or will arrange before the project "
        "starts, public liability insurance for the activities."
    )
    w.para("This form must be signed by two members of the group's committee.")
    w.details(
        [
            "Signed (1)",
            "Print name",
            "Role in group",
            "Date",
            "Signed (2)",
            "Print name",
            "Date",
        ]
    )
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "For office use only", bold=True)
    t.rows[0].cells[0].merge(t.rows[0].cells[2])
    for i, h in enumerate(("Date received", "Reference", "Panel decision")):
        _set(t.rows[1].cells[i], h + ":", italic=True)
    w.para()
    w.para(
        "Wellowmarsh Housing Group is a registered society (number 31207R) and a registered "
        "provider of social housing. Return your form to Community Investment Team, "
        "Wellowmarsh Housing, Orchard House, 2 Station Approach, Wellowmarsh WM4 1QA.",
        italic=True,
    )
    out = HERE / "wellowmarsh-housing-community-investment-grant-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------- Brisgarth (fillable PDF form)


def brisgarth() -> None:
    """A fire and rescue service's Community Safety Grant form as Acrobat's "Prepare form"
    makes one from a Word form: labels printed on the page, tooltips from the labels,
    /MaxLen on the short fields and on one answer box whose label gives characters, the
    other boxes limited in words on the label only, a Yes/No radio group, check boxes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brisgarth-fire-rescue-community-safety-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Safety Grants 2027 - application form")
    c.setAuthor("Brisgarth Fire and Rescue Service")
    c.setSubject("Community Safety Grants")
    c.setCreator("Adobe Acrobat Pro (64-bit) 24.1")
    w, h = A4
    form = c.acroForm
    red = colors.HexColor("#B01E23")
    fill = colors.HexColor("#F3F3F3")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(red)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, tip, lw=200, maxlen=0):
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
        c.drawString(50, 30, "Brisgarth Fire and Rescue Service - Community Safety Grants 2027")
        c.drawRightString(w - 50, 30, f"Page {n} of 3")

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(red)
    c.drawString(50, state["y"], "Brisgarth Fire and Rescue Service")
    state["y"] -= 22
    c.drawString(50, state["y"], "Community Safety Grants 2027: application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Our Community Safety Grants of up to £1,000 help voluntary and community groups to "
        "run projects that keep people safe from fire and other emergencies: home fire "
        "safety for older or vulnerable people, water safety, road safety for young drivers, "
        "and activities that steer young people away from deliberate fire setting."
    )
    state["y"] -= 4
    txt(
        "Please read the guidance notes before you apply. Type your answers into the form, "
        "save it and email it with your documents to community.safety@brisgarthfire.example."
        "gov.uk. Closing date: 26 February 2027."
    )
    heading("Section 1: Your organisation")
    field("1.1 Organisation name", "1.1 Name of organisation", "Name of organisation", maxlen=100)
    field("1.2 Address", "1.2 Address", "Address")
    field("1.3 Postcode", "1.3 Postcode", "Postcode", maxlen=8)
    field("1.4 Contact name", "1.4 Contact name", "Contact name")
    field("1.5 Position", "1.5 Position in organisation", "Position in organisation")
    field("1.6 Telephone", "1.6 Telephone number", "Telephone number", maxlen=15)
    field("1.7 Email", "1.7 Email address", "Email address")
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "1.8 Is your organisation a registered charity?")
    for value, x in (("Yes", 320), ("No", 380)):
        form.radio(
            name="1.8 Registered charity",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
            tooltip="Is your organisation a registered charity?",
        )
        c.drawString(x + 15, state["y"], value)
    state["y"] -= 24
    field("1.9 Charity number", "1.9 If yes, charity number", "Charity number", maxlen=8)
    heading("Section 2: Your project")
    field("2.1 Project title", "2.1 Project title", "Project title", maxlen=80)
    box(
        "2.2 Project description",
        "2.2 Tell us about your project. What will you do, and what will the grant pay "
        "for? (up to 250 words)",
        "Tell us about your project. What will you do, and what will the grant pay for?",
        height=190,
    )
    folio(1)
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "2.3 Safety risk",
        "2.3 Which safety risk will your project reduce (for example fire in the home, water "
        "safety or road safety), and how do you know it is a need in your community? "
        "(up to 200 words)",
        "Which safety risk will your project reduce, and how do you know it is a need in "
        "your community?",
        height=170,
    )
    box(
        "2.4 Working with us",
        "2.4 How will you work with our Community Safety team or your local fire station? "
        "(up to 1,000 characters)",
        "How will you work with our Community Safety team or your local fire station? "
        "(up to 1,000 characters)",
        height=120,
        maxlen=1000,
    )
    field(
        "2.5 Number of people",
        "2.5 Number of people who will benefit",
        "Number of people who will benefit",
        lw=230,
        maxlen=6,
    )
    field("2.6 Start date", "2.6 Start date (dd/mm/yyyy)", "Start date", maxlen=10)
    field("2.7 End date", "2.7 End date (dd/mm/yyyy)", "End date", maxlen=10)
    heading("Section 3: Costs")
    txt(
        "We expect groups to put in at least 10% of the total cost of the project. This can "
        "be cash or help in kind, such as volunteers' time or a free venue."
    )
    state["y"] -= 4
    field("3.1 Total cost", "3.1 Total cost of the project (£)", "Total cost", lw=260, maxlen=10)
    field(
        "3.2 Amount requested",
        "3.2 Amount requested (£) (no more than £1,000)",
        "Amount requested",
        lw=260,
        maxlen=10,
    )
    box(
        "3.3 Spending",
        "3.3 What will the grant be spent on? Tell us what you will buy or pay for, and "
        "why each item is needed. (up to 600 characters)",
        "What will the grant be spent on? Tell us what you will buy or pay for, and why each "
        "item is needed. (up to 600 characters)",
        height=90,
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
        ("4 Constitution", "Your constitution, set of rules or other governing document"),
        (
            "4 Accounts",
            "Your latest annual accounts. New groups that do not yet have accounts can send "
            "their last two bank statements instead",
        ),
        (
            "4 Insurance",
            "A copy of your public liability insurance certificate, showing cover of at "
            "least £2 million",
        ),
        (
            "4 Risk assessment",
            "A risk assessment for the activity, if your project includes practical sessions "
            "such as water safety or cycling",
        ),
    ]
    for name, label in docs:
        check(name, label)
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section 5: Declaration")
    txt(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. I confirm that our organisation "
        "has a safeguarding policy and that anyone working with children or adults at risk "
        "on this project will have a suitable Disclosure and Barring Service check. I "
        "understand that the grant must be used only for the project described and that "
        "Brisgarth Fire and Rescue Service may ask for it back if it is not."
    )
    state["y"] -= 4
    check("5 Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(66, state["y"], "I agree to the declaration above")
    state["y"] -= 26
    field("5 Name", "Name (typing your name counts as your signature)", "Name", lw=260)
    field("5 Position", "Position in organisation", "Position", lw=260)
    field("5 Date", "Date", "Date", lw=260, maxlen=10)
    state["y"] -= 8
    txt(
        "Brisgarth Fire and Rescue Service, Service Headquarters, Ridgeway Road, Brisgarth "
        "BG3 8FR. Telephone 01632 960771. We will use your information only to assess and "
        "manage your application; see www.brisgarthfire.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    folio(3)
    c.showPage()
    c.save()


# ------------------------------------------------------ Fellbarrow (text PDF guidance)


def fellbarrow() -> None:
    """A national park authority's guidance notes for its Sustainable Communities Fund, as
    Word exports them to PDF: numbered headings, bullets, an "examples" table, a "What you
    need to send" list, key dates, FAQs, five pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "fellbarrow-national-park-sustainable-communities-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Sustainable Communities Fund - Guidance notes for applicants 2027-28")
    c.setAuthor("Fellbarrow National Park Authority")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    green = colors.HexColor("#2E5E3A")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72,
            40,
            "Fellbarrow National Park Authority - Sustainable Communities Fund guidance 2027-28",
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
        room(64)
        state["y"] -= 4
        c.setFillColor(green)
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

    def table(rows, xs):
        room(22 * len(rows) + 10)
        for i, r in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
            if i == 0:
                c.setFillColor(colors.HexColor("#DCE9DF"))
                c.rect(xs[0], state["y"] - 6, xs[-1] - xs[0], 20, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, v in enumerate(r):
                c.drawString(xs[j] + 4, state["y"], v)
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] - 6, xs[-1], state["y"] - 6)
            state["y"] -= 20
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(green)
    c.drawString(72, state["y"], "Sustainable Communities Fund")
    state["y"] -= 26
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Guidance notes for applicants 2027-28")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Fellbarrow National Park Authority")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. Introduction")
    para(
        "Fellbarrow National Park is a living, working landscape, home to around 22,000 "
        "people in more than forty villages and hamlets. The National Park Authority's "
        "Sustainable Communities Fund supports projects, run by local people, that help "
        "communities in the National Park to thrive while caring for its special qualities: "
        "its landscape, wildlife, cultural heritage and dark skies."
    )
    para(
        "These notes explain who can apply, what we can fund and how to apply. Please read "
        "them in full before you fill in the application form. If you have any questions, "
        "please contact the Sustainable Communities Officer (see section 13). We strongly "
        "recommend that you talk to us about your idea before you apply."
    )
    head("2. What the fund is for")
    para("We want to support projects that do at least one of the following:")
    bullet(
        "reduce carbon emissions, for example community energy, low-carbon transport or "
        "making a village hall more energy efficient;"
    )
    bullet(
        "conserve or enhance the natural beauty, wildlife and cultural heritage of the "
        "National Park;"
    )
    bullet("help people of all ages and backgrounds to enjoy and understand the National Park;")
    bullet(
        "strengthen local services and facilities, such as community shops, transport "
        "schemes and meeting places;"
    )
    bullet("create opportunities for young people to live, learn and work in the area.")
    para("Examples of projects we have funded recently:")
    table(
        [
            ["Project", "Type of group", "Grant"],
            ["Solar panels for a village hall", "Village hall charity", "£8,500"],
            ["Community minibus for a rural parish", "Community transport group", "£12,000"],
            ["Restoring a drystone wall and stile", "Parish council", "£2,400"],
            ["Dark skies viewing evenings", "Local history society", "£1,150"],
            ["Hedgerow planting with a primary school", "Friends group", "£3,600"],
        ],
        [72, 300, 440, w - 72],
    )
    head("3. Who can apply")
    para(
        "Projects must take place within, or mainly benefit people living in, Fellbarrow "
        "National Park. You can apply if you are:"
    )
    bullet("a constituted community or voluntary group;")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a parish or town council, or a parish meeting;")
    bullet(
        "a community interest company or a social enterprise whose profits are "
        "reinvested in the community."
    )
    para(
        "We cannot accept applications from individuals or from businesses that distribute "
        "profits to owners or shareholders. Schools can apply for projects that involve the "
        "wider community and are outside their statutory duties."
    )
    head("4. How much you can apply for")
    para(
        "You can apply for between £500 and £15,000. The fund can pay up to 60% of the total "
        "cost of your project: you will need to find at least 40% of the cost from other "
        "sources. This can include money from your own funds, other grants, and help in kind "
        "such as volunteer time (valued at £15 an hour) or materials given free of charge."
    )
    para(
        "Projects should normally be completed within 18 months of the date of the grant "
        "offer. We can fund both capital items and revenue costs such as a project "
        "coordinator's time, but we cannot fund an organisation's ongoing running costs."
    )
    head("5. What we cannot fund")
    bullet("work that has started, or items bought, before we make a grant offer;")
    bullet("projects that are a statutory duty of another body;")
    bullet("the purchase of land or buildings;")
    bullet("costs that are recoverable, such as VAT you can claim back;")
    bullet("religious or party political activities;")
    bullet("projects that would harm the special qualities of the National Park.")
    head("6. How to apply")
    para(
        "Download the application form (Word) from the Sustainable Communities Fund page of "
        "our website, www.fellbarrow-npa.example.gov.uk/scf, fill it in and email it with "
        "your supporting documents to scf@fellbarrow-npa.example.gov.uk. If you cannot use "
        "email, you can post your application to the address in section 13."
    )
    para(
        "The form has five sections: A, about your organisation; B, about your project; C, "
        "project costs and funding; D, how you will measure success; and E, the declaration. "
        "In Section B you will be asked to describe your project in no more than 500 words "
        "and to explain how it meets the aims in section 2 of these notes in no more than "
        "300 words. Please keep to these limits."
    )
    head("7. What you need to send with your application")
    para("With your completed application form, please send:")
    bullet("your constitution, set of rules or other governing document, signed and dated;")
    bullet(
        "your most recent annual accounts, signed by your treasurer or chair. If your "
        "annual income is more than £100,000, your accounts must be independently examined "
        "or audited;"
    )
    bullet(
        "a detailed project budget, showing all the costs of the project and where the rest "
        "of the money will come from;"
    )
    bullet(
        "at least one letter of support from another local organisation, such as the parish "
        "council, a school or a community group, showing that the project is wanted locally;"
    )
    bullet(
        "quotes for the items you want us to pay for: one quote for any item costing "
        "between £500 and £2,000, and two written quotes for any item costing more than "
        "£2,000;"
    )
    bullet(
        "planning permission or listed building consent, if your project needs it. Please "
        "talk to our planning team early if you are not sure;"
    )
    bullet(
        "written permission from the landowner, if your project involves work on land or "
        "buildings that your organisation does not own;"
    )
    bullet(
        "your safeguarding policy, if your project involves working with children, young "
        "people or adults at risk."
    )
    para(
        "We cannot assess your application until we have all the documents that apply to "
        "your project. If you are not sure whether a document applies to you, please ask."
    )
    head("8. Policies and insurance")
    para(
        "All organisations must have an environmental policy, or a statement of how they "
        "reduce the environmental impact of their work. You do not need to send it to us, "
        "but we may ask to see it."
    )
    para(
        "All applicants must hold public liability insurance with cover of at least £5 "
        "million, or £10 million for projects involving work on or near water. Please do "
        "not send your certificate; we will ask for it if you are offered a grant."
    )
    head("9. How we assess applications")
    para(
        "The Sustainable Communities Officer will check that your application is eligible "
        "and may visit your project. Applications for up to £5,000 are decided by officers; "
        "larger applications are decided by the Sustainable Communities Fund Panel, made up "
        "of National Park Authority members and local community representatives. We score "
        "each application against the following:"
    )
    table(
        [
            ["What we look at", "Weight"],
            ["How well the project meets the aims in section 2", "35%"],
            ["Evidence of community need and support", "25%"],
            ["Benefits for the National Park's special qualities", "20%"],
            ["Value for money and a realistic budget", "10%"],
            ["How the project will continue after the grant", "10%"],
        ],
        [72, 420, w - 72],
    )
    head("10. Key dates")
    table(
        [
            ["Round", "Closing date", "Decision"],
            ["Round 1", "Friday 7 May 2027", "July 2027"],
            ["Round 2", "Friday 3 September 2027", "November 2027"],
            ["Round 3", "Friday 14 January 2028", "March 2028"],
        ],
        [72, 230, 400, w - 72],
    )
    head("11. If you are offered a grant")
    para(
        "We will send you a grant offer letter setting out the conditions of the grant. You "
        "must sign and return it before you start work. We normally pay grants in "
        "arrears, when you send us copies of invoices and evidence of payment; grants under "
        "£2,000 can be paid in advance. You must acknowledge the National Park Authority's "
        "support, and send a short final report with photographs within two months of "
        "completing the project."
    )
    head("12. Frequently asked questions")
    para(
        "Can we apply for a project that has already received a grant from you?",
        font="Helvetica-Bold",
    )
    para(
        "Yes, for a new phase of the project or a new activity, but we will give priority "
        "to groups and projects we have not funded before."
    )
    para("Does volunteer time count towards the 40% we need to find?", font="Helvetica-Bold")
    para(
        "Yes. Please record the hours volunteers give and value them at £15 an hour. "
        "Professional services given free, such as an architect's time, can be valued at "
        "the normal rate."
    )
    para("Can we apply to other funders at the same time?", font="Helvetica-Bold")
    para(
        "Yes, and we encourage you to. Please tell us in Section C of the form which other "
        "funders you have applied to and when you expect to hear."
    )
    para("What happens if our project costs more than planned?", font="Helvetica-Bold")
    para(
        "We cannot increase a grant once it has been offered, so please make sure your "
        "budget includes a sensible allowance for contingencies and inflation."
    )
    head("13. Contact us")
    para(
        "Sustainable Communities Officer, Fellbarrow National Park Authority, Fellgate "
        "House, Market Street, Harlington FB6 2NP. Telephone 01632 961295. Email "
        "scf@fellbarrow-npa.example.gov.uk."
    )
    para(
        "This document is available in large print and other formats on request.",
        font="Helvetica-Oblique",
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    cravenhurst()
    wellowmarsh()
    brisgarth()
    fellbarrow()


if __name__ == "__main__":
    main()
