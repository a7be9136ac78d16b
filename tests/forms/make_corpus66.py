"""Build set 66's Word and PDF documents (typical councils' climate, environment and green
spaces funds, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus66.py
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
    """The few helpers an ordinary council grant document in Word is made of."""

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

    def question(self, text: str, height: int = 3200) -> None:
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


# ------------------------------------------------------------- Furzeley (docx form)


def furzeley() -> None:
    """A district council's Community Climate Action Grants application form in Word:
    label / box tables, numbered questions each over an empty box "(maximum N words)",
    a costs table, a Yes / No table for land, safety and insurance, a documents checklist
    with a tick column and a declaration table."""
    d = _new(
        "Community Climate Action Grants - Application form 2027-28",
        "Furzeley District Council Climate and Environment Team",
        "Arial",
        11,
    )
    d.sections[0].header.paragraphs[
        0
    ].text = "Furzeley District Council    Community Climate Action Grants    Application form"
    d.sections[0].footer.paragraphs[0].text = (
        "Climate and Environment Team, Furzeley District Council, Council Offices, Mill Lane, "
        "Furzeley FZ4 2AB    climate.grants@furzeley.example.gov.uk    Version 1, April 2027"
    )
    w = _Word(d, "DDEBD4")
    d.add_heading("Furzeley District Council", level=0)
    w.heading("Community Climate Action Grants 2027-28", 1)
    w.heading("Application form", 2)
    w.para(
        "Community Climate Action Grants of £500 to £5,000 help community groups in the "
        "district to take practical action on climate change: cutting energy use and waste, "
        "encouraging walking, cycling and sharing, growing food locally, and helping "
        "neighbourhoods cope with flooding and hot weather."
    )
    w.para(
        "Please read the Community Climate Action Grants guidance notes before you fill in "
        "this form. Type your answers into the white boxes; the boxes will grow as you type. "
        "Please keep to the word limits: we will not read beyond them."
    )
    w.para(
        "Send the completed form and the documents listed in Section 5 by email to "
        "climate.grants@furzeley.example.gov.uk. The closing dates for 2027-28 are 30 June "
        "2027 and 31 October 2027."
    )
    w.para(
        "If you need this form in large print or another format, or would like help to "
        "fill it in, please call the Climate and Environment Team on 01632 960 552.",
        italic=True,
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Type of organisation (charity, CIO, CIC, community group, parish council, other)",
            "Charity or company number (if you have one)",
            "Total income in your last financial year (£)",
            "Does your organisation have a bank account in its own name that needs two "
            "unrelated people to sign? (Yes / No)",
        ]
    )

    w.heading("Section 2: About your project")
    w.details(
        [
            "Project name",
            "Project site address or location",
            "Start date",
            "End date",
            "Number of people expected to take part",
        ]
    )
    w.question("2.1  Describe your project. What will you do, where and when? (maximum 300 words)")
    w.question(
        "2.2  How will your project reduce carbon emissions, or help your community adapt to "
        "climate change? Please give figures if you have them, for example the energy or "
        "waste you expect to save. (maximum 250 words)"
    )
    w.question(
        "2.3  Who will take part in or benefit from the project, and how have local people "
        "been involved in planning it? (maximum 250 words)"
    )
    w.question(
        "2.4  How will you know whether the project has made a difference? (maximum 150 words)",
        2400,
    )
    w.question(
        "2.5  What will happen when the grant has been spent? Tell us how the project or its "
        "benefits will carry on. (maximum 150 words)",
        2400,
    )

    w.heading("Section 3: Project costs")
    w.para(
        "Please list everything you want the grant to pay for. Include VAT only if your "
        "organisation cannot claim it back."
    )
    w.grid(["Item or activity", "Supplier (if known)", "Cost (£)"], [["", "", ""]] * 6)
    w.details(["Total cost of the project (£)", "Amount you are asking us for (£)"])
    w.para("Other funding for this project, if any (include funding you are still waiting for)")
    w.grid(["Source", "Amount (£)", "Confirmed or waiting"], [["", "", ""]] * 3)

    w.heading("Section 4: Land, safety and insurance")
    w.para("Please put an X in the Yes or No column for each question.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Yes", "No"]):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    for text in [
        "4.1  Does your organisation own or lease the land or building where the project will "
        "take place?",
        "4.2  If not, has the owner given you written permission for the project?",
        "4.3  Will the project need planning permission or any other consent (for example "
        "consent for work to protected trees)?",
        "4.4  Will the project involve children, young people or adults at risk?",
        "4.5  Does your organisation have public liability insurance with cover of at least "
        "£5 million?",
    ]:
        row = t.add_row()
        _set(row.cells[0], text)
        _row_height(row, 420)
    w.para()
    w.para(
        "All organisations must have public liability insurance with cover of at least "
        "£5 million for the project's activities. If you answered Yes to 4.3, we may offer a "
        "grant on condition that you get the permission before you start."
    )

    w.heading("Section 5: What you need to send")
    w.para("Please tick to show which documents you are sending with this form.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for i, h in enumerate(["Document", "Tick"]):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    for text in [
        "A copy of your constitution, set of rules or other governing document",
        "Your most recent annual accounts. If your organisation is less than a year old and "
        "has no accounts yet, send your last three months' bank statements instead",
        "A copy of your public liability insurance certificate",
        "A risk assessment for the project's activities",
        "Two quotes for any single item that costs more than £1,000",
        "If the project will take place on land or in a building you do not own or lease, "
        "written permission from the owner",
        "If the project involves children, young people or adults at risk, your "
        "safeguarding policy",
    ]:
        row = t.add_row()
        _set(row.cells[0], text)
        _set(row.cells[1], BOX)
    w.para()

    w.heading("Section 6: Declaration")
    w.para(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. If we receive a grant, we will "
        "use it only for the project described, keep receipts for all spending and send the "
        "Council a short end-of-project report within two months of finishing. Our "
        "organisation has a health and safety policy and will follow it for this project. I "
        "understand that the Council may share the information in this form with its "
        "auditors and will publish the name of our organisation and the amount of any grant."
    )
    w.details(["Signature", "Name", "Position", "Date"])
    w.para(
        "Thank you for applying. We aim to tell you our decision within eight weeks of the "
        "closing date.",
        italic=True,
    )

    out = HERE / "furzeley-community-climate-action-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------- Cradlewick (docx guidance)


def cradlewick() -> None:
    """A county council's Tree Planting and Rewilding Fund guidance notes in Word:
    numbered headings, bullets, a table of the online form's questions, a numbered list of
    documents, land permissions, insurance and risk assessments, FAQs."""
    d = _new(
        "Tree Planting and Rewilding Fund - Guidance notes for applicants",
        "Cradlewick County Council Environment Service",
        "Calibri",
        11.5,
    )
    footer = (
        "Cradlewick County Council  |  Tree Planting and Rewilding Fund  |  Guidance notes 2027-28"
    )
    d.sections[0].footer.paragraphs[0].text = footer
    w = _Word(d, "D8E4BC")
    d.add_heading("Tree Planting and Rewilding Fund", level=0)
    w.para("Guidance notes for applicants 2027-28", bold=True)
    w.para("Cradlewick County Council, Environment Service")

    w.heading("1. About the fund", 1)
    w.para(
        "Cradlewick County Council has declared a climate and nature emergency and has "
        "committed to planting 250,000 trees in the county by 2032. The Tree Planting and "
        "Rewilding Fund helps communities to play their part. It gives grants to community "
        "groups, schools, parish and town councils and landowners working with them to plant "
        "trees, hedges and community orchards, and to let land return to nature."
    )
    w.para("The fund has £180,000 to give in 2027-28. Grants are between £1,000 and £15,000.")
    w.para(
        "These notes explain who can apply, what we will fund, what permissions you will "
        "need and how to apply. Please read them all before you start your application."
    )

    w.heading("2. Who can apply?", 1)
    w.para("You can apply if you are one of the following and your project is in Cradlewick:")
    for t in [
        "a registered charity or charitable incorporated organisation (CIO)",
        "a community interest company or community benefit society",
        "a constituted voluntary or community group, such as a residents' association, a "
        "Friends group or a wildlife group",
        "a parish or town council",
        "a school, working with a community group or with parents and pupils",
    ]:
        w.bullet(t)
    w.para(
        "Private landowners and farmers cannot apply on their own, but a community group can "
        "apply for a project on private land if the landowner agrees and the public will "
        "benefit, for example through access, volunteering or views."
    )

    w.heading("3. What we will fund", 1)
    w.para("We will fund projects that do one or more of these:")
    for t in [
        "plant trees in streets, parks, school grounds, churchyards and other community spaces",
        "plant or restore hedgerows, including gapping up old hedges",
        "create community orchards and food forests",
        "create small woodlands (up to one hectare)",
        "rewild land, for example by turning mown grass into wildflower meadow, creating "
        "ponds and scrapes, or letting scrub and trees grow back naturally",
    ]:
        w.bullet(t)
    w.para(
        "We can pay for trees and hedging plants (of UK and Ireland sourced and grown stock "
        "wherever possible), tree guards, stakes and mulch, tools, seed and plug plants, "
        "fencing to protect new planting, hire of equipment, watering for the first three "
        "summers, signs and interpretation, and the cost of training volunteers."
    )
    w.heading("What we will not fund", 2)
    for t in [
        "planting required by a planning condition or to make up for trees lost through "
        "development",
        "work that has already started or been bought before we make our decision",
        "projects on land where the group does not have permission to plant",
        "salaries of permanent staff",
        "non-native invasive species, or trees planted on valuable habitats such as species-"
        "rich grassland, peat or wetland",
    ]:
        w.bullet(t)

    w.heading("4. How much you can apply for, and match funding", 1)
    w.para(
        "You can apply for between £1,000 and £15,000. You must find at least 25% of the "
        "total cost of your project from other sources. This can include money you have "
        "raised yourselves, other grants, free trees (for example from a national tree "
        "giveaway scheme), and the value of volunteers' time, which you can count at £15 an "
        "hour."
    )
    w.para(
        "For example, if your project costs £8,000 in total, you could ask us for up to "
        "£6,000 and find the other £2,000 from other sources."
    )

    w.heading("5. Land and permissions", 1)
    w.para(
        "Trees live for a long time, so it is important to plant them in the right place "
        "and with the agreement of everyone who needs to give it. Before you apply you must:"
    )
    for t in [
        "have the written agreement of the landowner to the planting and to the site being "
        "kept as trees, hedge or wild habitat for at least 10 years",
        "check with the Council's Trees and Woodland Officer whether the site is in a "
        "conservation area or affected by a tree preservation order",
        "check for underground pipes and cables and for overhead wires, using the utility "
        "companies' free online services",
        "for planting on a road verge or footway, apply to the Council's Highways team for a "
        "licence. This can take up to eight weeks",
    ]:
        w.bullet(t)
    w.para(
        "If the land belongs to Cradlewick County Council, the Trees and Woodland Officer can "
        "arrange the landowner's agreement for you. Please contact them at least six weeks "
        "before the closing date."
    )

    w.heading("6. Insurance, risk assessments and safeguarding", 1)
    w.para(
        "Your group must hold public liability insurance with cover of at least £5 million "
        "for the whole of the project, including planting days with volunteers. You must "
        "send a copy of your certificate with your application."
    )
    w.para(
        "You must also send a risk assessment for your planting days or other practical "
        "work. It should cover the use of tools, working near roads or water, the weather, "
        "first aid and how you will brief volunteers. A template is available on our website."
    )
    w.para(
        "If your project will involve children, young people or adults at risk, you must "
        "have a safeguarding policy and send us a copy."
    )

    w.heading("7. How to apply", 1)
    w.para(
        "You apply online, through the Council's grants portal at "
        "www.cradlewick.example.gov.uk/treefund. You can save your application and come back "
        "to it. The closing date for 2027-28 is 5pm on Friday 10 September 2027, so that "
        "trees can be planted in the winter planting season from November to March."
    )
    w.para(
        "The online form will ask for your organisation's details and the questions below. "
        "You may find it helpful to draft your answers first. The portal will not let you "
        "go over the word limit for each answer."
    )
    w.grid(
        ["Question on the online form", "Word limit"],
        [
            ["Describe your project: what will you plant or rewild, where and when?", "300"],
            [
                "Why is this the right site, and how will the project help nature and tackle "
                "climate change?",
                "250",
            ],
            [
                "How will local people be involved in planning, planting and looking after the "
                "site?",
                "250",
            ],
            [
                "How will the trees or habitat be looked after for at least five years, and by "
                "whom?",
                "200",
            ],
            [
                "How will you measure success (for example the number of trees planted and "
                "surviving, or species recorded)?",
                "150",
            ],
        ],
    )

    w.heading("8. What you need to send", 1)
    w.para("You will need to upload these documents with your online application:")
    for t in [
        "A copy of your constitution, set of rules or other governing document.",
        "Your latest annual accounts, signed by your treasurer or chair. They do not need to "
        "be independently examined unless your income is over £25,000.",
        "A bank statement from the last three months, showing your organisation's name.",
        "A project plan showing what you will plant or do, where and when. A simple "
        "timetable and a site map with the planting marked on it are fine.",
        "A copy of your public liability insurance certificate.",
        "A risk assessment for your planting days or other practical work.",
        "If you do not own the land: a letter or email from the landowner agreeing to the "
        "project for at least 10 years.",
        "If you are asking for more than £5,000: three quotes for the main items, such as "
        "trees, fencing or contractors.",
        "If your project involves children, young people or adults at risk: your "
        "safeguarding policy.",
    ]:
        w.number(t)

    w.heading("9. How we will decide", 1)
    w.para(
        "A panel of officers and two members of the Cradlewick Local Nature Partnership will "
        "score each application against these criteria:"
    )
    w.grid(
        ["Criterion", "Weighting"],
        [
            ["Benefit to nature and the climate", "35%"],
            ["Community involvement", "25%"],
            ["Long-term care of the site", "25%"],
            ["Value for money", "15%"],
        ],
    )
    w.para(
        "We will tell you our decision by the end of October 2027. If you are offered a "
        "grant, you will be asked to sign a grant agreement. We pay 80% of the grant when we "
        "receive the signed agreement and the rest when we receive your end-of-project "
        "report, with photographs and receipts."
    )

    w.heading("10. Common questions", 1)
    w.para("Can we apply for trees only, with no other costs?", bold=True)
    w.para(
        "Yes. Many successful projects are simple planting schemes. You still need to show "
        "how the trees will be looked after."
    )
    w.para("We have applied before. Can we apply again?", bold=True)
    w.para(
        "Yes, if your earlier project has finished and you have sent us the end-of-project "
        "report. We will give priority to groups that have not had a grant from the fund "
        "before."
    )
    w.para("What happens if some of the trees die?", bold=True)
    w.para(
        "Some losses are normal. We expect you to replace trees that die in the first three "
        "years, and you can include a small amount for replacement trees in your budget."
    )
    w.para("Who can we talk to before we apply?", bold=True)
    w.para(
        "Contact the Trees and Woodland Officer on 01632 960 771 or at "
        "treefund@cradlewick.example.gov.uk. We are happy to visit sites and talk through "
        "ideas."
    )

    out = HERE / "cradlewick-tree-planting-and-rewilding-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# -------------------------------------------------------- Wendleford (fillable pdf form)


def wendleford() -> None:
    """A borough council's Friends of Parks Small Grants form as a fillable PDF: labels on
    the page, tooltips from the labels, /MaxLen on short fields and on four answer boxes
    "(up to N characters)", one box "(no more than 100 words)" with no /MaxLen, Yes / No
    radio groups, a documents check-box group and a declaration check box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wendleford-friends-of-parks-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Wendleford Borough Council - Friends of Parks Small Grants - Application form")
    c.setAuthor("Wendleford Borough Council Parks and Open Spaces")
    c.setSubject("Friends of Parks Small Grants application form")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#2E6B30")
    fill = colors.HexColor("#EEF5EC")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(
            50, 28, "Wendleford Borough Council  |  Friends of Parks Small Grants  |  2027"
        )
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

    def field(name, label, tip, lw=190, maxlen=0):
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

    def box(name, label, tip, height=120, maxlen=0):
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

    def yes_no(name, label, tip):
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
                tooltip=tip,
            )
            c.setFont("Helvetica", 10)
            c.drawString(x + 15, top, value)
            x += 50
        state["y"] -= 10

    # page 1
    c.setFillColor(green)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Wendleford Borough Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Friends of Parks Small Grants: application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Friends groups do a great deal to look after Wendleford's parks and green spaces. "
        "Our small grants of up to £1,500 help registered Friends groups to carry out "
        "projects that make their park better for wildlife and for the people who use it: "
        "for example bulb and wildflower planting, bird and bat boxes, community events, "
        "volunteer tools, noticeboards and small improvements to paths and seating."
    )
    state["y"] -= 4
    txt(
        "Type your answers into the boxes, save the form and email it with your documents "
        "to parks.grants@wendleford.example.gov.uk. Some answer boxes will not let you type "
        "more than the number of characters shown. You can apply at any time; we decide "
        "applications every two months."
    )
    heading("Section 1: About your group")
    field("1.1 Group name", "1.1 Name of group", "Name of group", maxlen=100)
    field("1.2 Park", "1.2 Name of park or green space", "Name of park or green space", maxlen=100)
    field("1.3 Contact name", "1.3 Contact name", "Contact name")
    field("1.4 Address", "1.4 Address", "Address")
    field("1.5 Postcode", "1.5 Postcode", "Postcode", maxlen=8)
    field("1.6 Telephone", "1.6 Telephone", "Telephone", maxlen=15)
    field("1.7 Email", "1.7 Email address", "Email address")
    field("1.8 Members", "1.8 Number of members", "Number of members", maxlen=5)
    yes_no(
        "1.9 Registered",
        "1.9 Is your group registered with the Council's Parks Team as a Friends group?",
        "Registered Friends group",
    )
    yes_no(
        "1.10 Constitution",
        "1.10 Does your group have a constitution or set of rules?",
        "Constitution or set of rules",
    )

    heading("Section 2: Your project")
    field("2.1 Project title", "2.1 Project title", "Project title", maxlen=80)
    box(
        "2.2 Project",
        "2.2 Tell us what you want to do and why it is needed (up to 1,500 characters)",
        "Tell us what you want to do and why it is needed",
        maxlen=1500,
    )
    box(
        "2.3 Improvement",
        "2.3 How will the project improve the park for wildlife or for the people who use "
        "it? (up to 1,200 characters)",
        "How will the project improve the park for wildlife or for the people who use it?",
        maxlen=1200,
    )
    box(
        "2.4 Involvement",
        "2.4 How will your members and the wider community be involved? (up to 900 characters)",
        "How will your members and the wider community be involved?",
        height=100,
        maxlen=900,
    )
    box(
        "2.5 Aftercare",
        "2.5 Who will look after what you plant, build or buy once the project is finished? "
        "(no more than 100 words)",
        "Who will look after what you plant, build or buy once the project is finished?",
        height=90,
    )
    field("2.6 Start date", "2.6 Proposed start date", "Proposed start date", maxlen=10)
    field(
        "2.7 Completion date", "2.7 Proposed completion date", "Proposed completion date", maxlen=10
    )

    heading("Section 3: Costs")
    field(
        "3.1 Total cost",
        "3.1 Total cost of the project (£)",
        "Total cost of the project",
        lw=250,
        maxlen=10,
    )
    field(
        "3.2 Amount requested",
        "3.2 Amount requested (£) (maximum £1,500)",
        "Amount requested",
        lw=250,
        maxlen=10,
    )
    box(
        "3.3 Spending",
        "3.3 What will the grant pay for? Please list each item and its cost (up to 600 "
        "characters)",
        "What will the grant pay for? Please list each item and its cost",
        height=80,
        maxlen=600,
    )

    heading("Section 4: Permission and safety")
    txt(
        "Wendleford Borough Council owns the parks, so any work that changes a park must be "
        "agreed with the Parks Officer for your area before you apply. All groups must have "
        "public liability insurance with cover of at least £5 million."
    )
    state["y"] -= 6
    yes_no(
        "4.1 Changes",
        "4.1 Will any of the work change the park itself (for example planting, new "
        "benches, paths or signs)?",
        "Will the work change the park?",
    )
    yes_no(
        "4.2 Agreed",
        "4.2 If Yes, have you agreed the work with the Parks Officer?",
        "Agreed with the Parks Officer",
    )
    yes_no("4.3 Tools", "4.3 Will volunteers use tools or machinery?", "Tools or machinery")
    yes_no(
        "4.4 Insurance",
        "4.4 Does your group have public liability insurance of at least £5 million?",
        "Public liability insurance",
    )

    heading("Section 5: Documents")
    txt("Please email these documents with your form, and tick each one you are sending:")
    state["y"] -= 4
    for i, t in enumerate(
        [
            "Your constitution or set of rules",
            "A bank statement for your group's account from the last three months",
            "A copy of your public liability insurance certificate",
            "A risk assessment for the project",
            "If the work will change the park: the Parks Officer's agreement (an email is fine)",
            "If any single item costs more than £500: a written quote for it",
        ],
        start=1,
    ):
        lines = simpleSplit(t, "Helvetica", 10, w - 170)
        room(len(lines) * 13 + 6)
        check(f"5 Document {i}", t, x=56)
        txt(t, x=76, width=w - 170)
        state["y"] -= 5

    heading("Section 6: Declaration")
    txt(
        "I confirm that the information in this form is correct, that our group has agreed "
        "to apply, and that we will use any grant only for the project described. We will "
        "follow the Council's Parks Volunteer Code and send a short report with photographs "
        "and receipts within three months of finishing."
    )
    state["y"] -= 6
    room(20)
    check("6 Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(70, state["y"], "I agree to the declaration above")
    state["y"] -= 22
    field("6 Name", "Name", "Name")
    field("6 Position", "Position in group", "Position in group")
    field("6 Date", "Date", "Date", maxlen=10)
    folio()
    c.showPage()
    c.save()


# ----------------------------------------------------------- Tenterby (text pdf form)


def tenterby() -> None:
    """A city council's Community Energy and Retrofit Feasibility Fund application form,
    typed in Word and exported to PDF: underscore blanks for details, tick boxes, each
    Part C question "(no more than N words)" over a drawn box, a documents list and two
    signatures."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tenterby-community-energy-and-retrofit-feasibility-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Energy and Retrofit Feasibility Fund - Application form")
    c.setAuthor("Tenterby City Council Net Zero Team")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    navy = colors.HexColor("#1F3864")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72, 40, "Tenterby City Council  |  Community Energy and Retrofit Feasibility Fund"
        )
        c.drawRightString(w - 72, 40, f"Page {state['page']}")

    def room(need):
        if state["y"] - need < 70:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 72

    def para(t, size=10.5, font="Helvetica", x=72, leading=14, after=6):
        lines = simpleSplit(t, font, size, w - x - 72)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading
        state["y"] -= after

    def head(t):
        room(80)
        state["y"] -= 6
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setStrokeColor(navy)
        c.line(72, state["y"] - 4, w - 72, state["y"] - 4)
        c.setStrokeColor(colors.black)
        c.setFillColor(colors.black)
        state["y"] -= 22

    def blank(label, x=72):
        room(22)
        c.setFont("Helvetica", 10.5)
        c.drawString(x, state["y"], label)
        lx = x + c.stringWidth(label, "Helvetica", 10.5) + 6
        c.drawString(lx, state["y"], "_" * int((w - 72 - lx) / 5.85))
        state["y"] -= 22

    def bullet(t, mark="\u2022"):
        lines = simpleSplit(t, "Helvetica", 10.5, w - 72 - 102)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(84, state["y"], mark)
        for ln in lines:
            c.drawString(102, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def options(labels, x=90, after=10):
        """Tick boxes drawn as small squares, each followed by its label, wrapped."""
        room(18)
        c.setFont("Helvetica", 10.5)
        xx = x
        for label in labels:
            width = 16 + c.stringWidth(label, "Helvetica", 10.5) + 14
            if xx + width > w - 72:
                state["y"] -= 16
                room(18)
                xx = x
            c.rect(xx, state["y"] - 1, 9, 9, stroke=1, fill=0)
            c.drawString(xx + 14, state["y"], label)
            xx += width
        state["y"] -= 14 + after

    def question(t, height):
        lines = simpleSplit(t, "Helvetica-Bold", 10.5, w - 144)
        room(len(lines) * 14 + height + 14)
        c.setFont("Helvetica-Bold", 10.5)
        for ln in lines:
            c.drawString(72, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 2
        c.rect(72, state["y"] - height, w - 144, height, stroke=1, fill=0)
        state["y"] -= height + 18

    # page 1
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Tenterby City Council")
    state["y"] -= 24
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, state["y"], "Community Energy and Retrofit Feasibility Fund")
    state["y"] -= 18
    c.drawString(72, state["y"], "Application form 2027-28")
    c.setFillColor(colors.black)
    state["y"] -= 26
    para(
        "The Community Energy and Retrofit Feasibility Fund pays for community organisations "
        "to get expert advice before they invest in renewable energy or in making a community "
        "building more energy efficient. It can pay for feasibility studies, energy audits, "
        "structural surveys for solar panels, heat pump design and retrofit assessments of "
        "community buildings such as village halls, community centres, places of worship and "
        "sports clubs."
    )
    para(
        "We will pay up to 90% of the cost of a study, to a maximum of £15,000. You must find "
        "at least 10% of the cost from your own funds or from another source."
    )
    head("Notes on completing this form")
    for t in [
        "Please read the fund's guidance notes before you apply. You can type into this form "
        "in Word or print it and write clearly in black ink.",
        "Answer every question in Part C and keep to the word limit shown under each one. "
        "You can continue on a separate sheet if you are writing by hand, but the word "
        "limits still apply.",
        "Send the form and the documents listed in Part E to netzero@tenterby.example.gov.uk "
        "or to Net Zero Team, Tenterby City Council, Civic Centre, Tenterby TB1 1XX.",
        "The closing dates are 31 May 2027 and 30 November 2027. We will tell you our "
        "decision within ten weeks of the closing date.",
    ]:
        bullet(t)

    head("Part A: About your organisation")
    for label in [
        "A1  Name of organisation:",
        "A2  Address:",
        "A3  Postcode:",
        "A4  Contact name:",
        "A5  Role in the organisation:",
        "A6  Telephone:",
        "A7  Email:",
    ]:
        blank(label)
    para("A8  Legal status (tick one):", after=2)
    options(
        [
            "Community benefit society",
            "Co-operative society",
            "Charitable incorporated organisation",
            "Registered charity",
            "Community interest company",
            "Other (please say): ____________________",
        ]
    )
    blank("A9  Registration number (charity, company or society):")
    blank("A10  Date the organisation was set up:")
    para("A11  Is your organisation registered for VAT?", after=2)
    options(["Yes", "No"])

    head("Part B: The building or site")
    blank("B1  Name and address of building or site:")
    blank("B2  Owner of the building or site:")
    para("B3  Does your organisation own or lease the building or site? (tick one)", after=2)
    options(["We own it", "We lease it", "Neither: we use it with the owner's permission"])
    para("B4  Type of project to be studied (tick all that apply):", after=2)
    options(
        [
            "Solar PV",
            "Heat pump",
            "Insulation and whole-building retrofit",
            "Battery storage",
            "Small hydro or wind",
            "Community energy scheme serving several buildings",
            "Other",
        ]
    )

    head("Part C: Your feasibility study")
    para(
        "Please answer each question in the box below it. The boxes will not expand, so if "
        "you are typing, use the Word version of this form."
    )
    question(
        "C1  Describe the building or site and the energy project you want to study. "
        "(no more than 400 words)",
        190,
    )
    question(
        "C2  Why is a feasibility study needed now, and what questions must it answer? "
        "(no more than 300 words)",
        160,
    )
    question(
        "C3  How will the project benefit your community, including any households in fuel "
        "poverty? (no more than 300 words)",
        160,
    )
    question(
        "C4  How have you involved local people and the building's users so far? (no more "
        "than 250 words)",
        140,
    )
    question(
        "C5  Tell us about the skills and experience of the people who will manage the "
        "study. (no more than 250 words)",
        140,
    )
    question(
        "C6  If the study shows the project is viable, how do you expect to pay for the "
        "installation? (no more than 200 words)",
        120,
    )

    head("Part D: Costs")
    blank("D1  Name of consultant or adviser (if you have chosen one):")
    blank("D2  Total cost of the study (£):")
    blank("D3  Amount requested from the fund (£):")
    blank("D4  Your contribution (£) (at least 10% of D2):")
    blank("D5  Where your contribution will come from:")

    head("Part E: Documents to send with this form")
    para("Please send:")
    for i, t in enumerate(
        [
            "A copy of your governing document (constitution, rules or articles).",
            "Your most recent annual accounts. These should be independently examined or "
            "audited, but if your annual income is under £25,000, accounts signed by two "
            "members of your committee are acceptable.",
            "Two written quotes for the study from suitably qualified consultants.",
            "A copy of your public liability insurance certificate (minimum cover £5 million).",
            "Copies of the building's energy bills for the last 12 months.",
            "If you do not own the building or site: a letter from the owner agreeing to the "
            "study and, in principle, to the installation.",
            "If you employ staff: your health and safety policy.",
        ],
        start=1,
    ):
        bullet(t, mark=f"{i}.")

    head("Part F: Declaration")
    para(
        "We confirm that the information in this application is true and complete. We "
        "understand that the Council may ask for any grant to be repaid if the information "
        "is wrong or the grant is not used for the study described. We agree to share the "
        "final feasibility report with the Council, which may publish a summary of it."
    )
    para("This form must be signed by two members of your committee or board.")
    for n in ("1", "2"):
        room(92)
        blank(f"Signed ({n}):")
        blank("Name:")
        blank("Position:")
        blank("Date:")
    state["y"] -= 6
    para("FOR OFFICE USE ONLY", font="Helvetica-Bold", size=9)
    para(
        "Date received: ________    Reference: ________    Officer: ________    Decision: ________",
        size=9,
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    furzeley()
    cradlewick()
    wendleford()
    tenterby()


if __name__ == "__main__":
    main()
