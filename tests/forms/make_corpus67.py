"""Build set 67's Word and PDF documents (typical council participatory budgeting and
crowdfund-match programmes, and equalities and community cohesion grants, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus67.py
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
    """The few helpers an ordinary council grants document in Word is made of."""

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
        """A key facts table the council has filled in (nothing for the applicant to write)."""
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

    def choice_rows(self, rows: list[tuple[str, str]]) -> None:
        """Label / answer rows where some answers are tick boxes printed in the right cell."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _set(row.cells[1], value)
            _row_height(row, 420)
        self.para()


def _save(d, name: str) -> None:
    out = HERE / name
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Hathersby (docx form)


def hathersby() -> None:
    """A city council's You Decide ward fund pitch form in Word: a short participatory
    budgeting form, each question a shaded row over an empty answer row, a costs table,
    a checklist table and a signature table."""
    d = _new("You Decide Ward Fund 2027 - Pitch Form", "Hathersby City Council", "Arial", 11)
    _header_text(d, "Hathersby City Council  |  You Decide 2027  |  Pitch form")
    w = _Word(d, "DCE6F1")
    d.add_heading("You Decide 2027", level=0)
    w.heading("Ward Community Fund: pitch form", 1)
    w.para(
        "You Decide is Hathersby City Council's participatory budgeting programme. Each of "
        "the city's twelve wards has £20,000 to spend on local projects, and local people "
        "choose which projects get the money. Community groups pitch their ideas, and "
        "residents vote for their favourites at a You Decide event in their ward or online."
    )
    w.para(
        "You can ask for between £500 and £3,000. You do not need to find match funding: a "
        "winning project can be paid for in full by the ward's fund."
    )
    w.heading("Before you start", 2)
    w.bullet("Read the You Decide guidance on our website: hathersby.example.gov.uk/youdecide.")
    w.bullet("Keep your answers short and clear. Voters will read your summary on the ballot.")
    w.bullet(
        "Your project must take place in the ward you are pitching to and be finished by "
        "31 March 2028."
    )
    w.bullet(
        "The closing date is 5pm on Friday 15 January 2027. Email your form and documents to "
        "youdecide@hathersby.example.gov.uk or post them to Community Engagement Team, "
        "Hathersby City Council, Civic Centre, Hathersby HT1 2AA."
    )
    w.heading("Who can apply?", 2)
    w.para(
        "Voluntary and community groups, charities, community interest companies, schools and "
        "PTAs, and tenants' and residents' associations. Groups without a constitution can "
        "apply if a constituted group or a school agrees to receive and look after the money "
        "for them."
    )

    w.heading("Section 1: About your group", 2)
    w.details(
        [
            "Name of group",
            "Main contact name",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
        ]
    )
    w.choice_rows(
        [
            ("Ward your project is in", ""),
            (
                "Type of group (tick one)",
                f"{BOX} Registered charity   {BOX} Community interest company   "
                f"{BOX} Constituted community group   {BOX} School or PTA   {BOX} Other",
            ),
        ]
    )

    w.heading("Section 2: Your pitch", 2)
    w.para(
        "Please keep to the word limits. The panel will not read beyond the limit, and we "
        "will print your summary (2.1) on the ballot paper exactly as you write it."
    )
    w.details(["Project name"])
    w.question(
        "2.1 Summarise your project in one or two sentences for the ballot paper "
        "(no more than 40 words).",
        900,
    )
    w.question(
        "2.2 What do you want to do, and what difference will it make to people in the "
        "ward? (no more than 250 words)",
        3600,
    )
    w.question("2.3 Who will benefit from your project? (no more than 150 words)", 2400)
    w.question(
        "2.4 How have local people been involved in coming up with this idea? "
        "(no more than 150 words)",
        2400,
    )
    w.question(
        "2.5 How will you let people in the ward know about your project if it wins? "
        "(no more than 100 words)",
        1800,
    )

    w.heading("Section 3: Costs", 2)
    w.para("List what you will spend the money on. Include VAT if your group cannot claim it back.")
    w.grid(
        ["Item", "Cost (£)"],
        [["", ""], ["", ""], ["", ""], ["", ""], ["", ""]],
    )
    w.choice_rows(
        [
            ("Total amount you are asking for (£500 to £3,000)", "£"),
            (
                "Are you pitching this project to any other ward?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "Can someone from your group come to the You Decide event to pitch your "
                "idea to voters?",
                f"{BOX} Yes   {BOX} No",
            ),
        ]
    )

    w.heading("Section 4: What you need to send", 2)
    w.para(
        "We do not need to see your accounts for You Decide. Please send the documents below "
        "with your form and tick each one you have enclosed."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for i, h in enumerate(["Document", "Enclosed (\u2713)"]):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    for doc in [
        "A copy of your constitution or set of rules (or those of the group that will hold "
        "the money for you)",
        "A bank statement for the group's account, dated within the last three months",
        "If your project involves children, young people or adults at risk: your "
        "safeguarding policy",
        "If any single item costs more than £500: a written quote for that item",
    ]:
        row = t.add_row()
        _set(row.cells[0], doc)
        _set(row.cells[1], BOX)
    w.para()
    w.para(
        "All groups must have public liability insurance of at least £5 million for their "
        "project. You do not need to send your certificate with this form."
    )

    w.heading("Section 5: Declaration", 2)
    w.para(
        "I confirm that the information on this form is correct, that our group agrees to "
        "spend any You Decide grant only on the project described, and that we will return "
        "any money not spent. I agree that Hathersby City Council may publish our group's "
        "name, project name and summary on the ballot paper and on its website."
    )
    w.details(["Signed", "Name", "Position in group", "Date"])
    w.para("For office use only: Ref ______   Ward ______   Received ______", italic=True)
    _save(d, "hathersby-you-decide-ward-fund-pitch-form.docx")


# ------------------------------------------------------------- Pollerton (docx form)


def pollerton() -> None:
    """A metropolitan borough council's Stronger Together community cohesion and anti-hate
    small grants form in Word: label / box tables, each question a bold numbered paragraph
    with "(maximum N words)" over a one-cell answer box, a budget table, equality monitoring
    tick boxes, a bulleted list of documents and a signature table."""
    d = _new(
        "Stronger Together Grants 2027-28 Application Form",
        "Pollerton Metropolitan Borough Council",
        "Calibri",
        11,
    )
    _header_text(d, "Pollerton Council  -  Stronger Together Grants  -  Application form")
    w = _Word(d, "EDE4F2")
    d.add_heading("Pollerton Metropolitan Borough Council", level=0)
    w.heading("Stronger Together Grants 2027-28", 1)
    w.heading("Community cohesion and tackling hate: small grants application form", 2)
    w.para(
        "Stronger Together Grants of up to £2,500 help community groups bring people from "
        "different backgrounds together, challenge prejudice and hate, and support people "
        "affected by hate incidents to report them and get help. The fund is part of the "
        "Council's Community Cohesion Strategy 2026-2030."
    )
    w.para(
        "Please read the Stronger Together Guidance Notes before you fill in this form. Type "
        "your answers into the boxes; they will grow as you type. Please keep to the word "
        "limits, as the panel will not read anything over the limit."
    )
    w.para(
        "Return your completed form and documents to strongertogether@pollerton.example.gov.uk "
        "by 12 noon on Monday 1 March 2027. If you need help, or this form in another format, "
        "call the Communities Team on 01632 960 771.",
    )

    w.heading("Section A: About your organisation", 2)
    w.details(
        [
            "A1 Name of organisation",
            "A2 Address",
            "A3 Postcode",
            "A4 Main contact name",
            "A5 Position in organisation",
            "A6 Telephone",
            "A7 Email",
            "A8 Registered charity or company number (if you have one)",
            "A9 Date your organisation was set up",
            "A10 Total income in your last financial year (£)",
        ]
    )
    w.choice_rows(
        [
            (
                "A11 Does your organisation have a bank account in its own name that needs two "
                "unrelated people to sign cheques or approve payments?",
                f"{BOX} Yes   {BOX} No",
            )
        ]
    )

    w.heading("Section B: Your project", 2)
    w.details(["B1 Name of your project"])
    w.para(
        "B2 Which of the fund's priorities will your project meet? Tick all that apply.", bold=True
    )
    for prio in [
        "Bringing people from different backgrounds, faiths and communities together",
        "Challenging prejudice, hate and extremism",
        "Helping people affected by hate incidents to report them and get support",
        "Welcoming new arrivals to Pollerton",
    ]:
        w.para(f"{BOX} {prio}")
    w.para()
    w.para(
        "B3 Describe your project. What will you do, where, and when? (maximum 300 words)",
        bold=True,
    )
    w.answer_box(4200)
    w.para(
        "B4 Why is your project needed? Tell us about any evidence you have, for example local "
        "tensions, incidents, or what local people have told you. (maximum 250 words)",
        bold=True,
    )
    w.answer_box(3600)
    w.para(
        "B5 How will your project bring together people from different backgrounds, faiths "
        "or communities? (maximum 250 words)",
        bold=True,
    )
    w.answer_box(3600)
    w.para(
        "B6 How will you know that your project has made a difference? (maximum 150 words)",
        bold=True,
    )
    w.answer_box(2400)
    w.choice_rows(
        [
            ("B7 How many people do you expect to take part?", ""),
            ("B8 Start date", ""),
            ("B9 End date", ""),
        ]
    )

    w.heading("Section C: Budget", 2)
    w.para("C1 Please list the costs of your project.", bold=True)
    w.grid(
        ["Item", "Description", "Amount (£)"],
        [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["Total", "", ""]],
    )
    w.details(
        [
            "C2 Total cost of the project (£)",
            "C3 Amount you are asking the Council for (£, maximum £2,500)",
        ]
    )
    w.para("C4 Other funding for this project, if any", bold=True)
    w.grid(["Funder", "Amount (£)", "Confirmed? (Yes / No)"], [["", "", ""], ["", "", ""]])

    w.heading("Section D: Who will benefit", 2)
    w.para(
        "This information helps us see whether the fund reaches all of Pollerton's "
        "communities. It does not affect the decision on your application.",
        italic=True,
    )
    w.para(
        "D1 Which groups of people will your project mainly benefit? Tick all that apply.",
        bold=True,
    )
    w.para(
        f"{BOX} Black, Asian and minority ethnic communities   {BOX} Refugees and asylum "
        f"seekers   {BOX} Faith communities   {BOX} Disabled people   {BOX} LGBT+ people   "
        f"{BOX} Older people   {BOX} Young people   {BOX} Everyone in the area"
    )
    w.choice_rows(
        [
            (
                "D2 Is your organisation led by people from the communities it works with?",
                f"{BOX} Yes   {BOX} No   {BOX} Partly",
            )
        ]
    )

    w.heading("Section E: Documents to send with your form", 2)
    w.para("Please send:")
    w.bullet("your constitution, set of rules or other governing document;")
    w.bullet(
        "your most recent annual accounts (these do not need to be audited). If your "
        "organisation is less than a year old and does not have accounts yet, send your last "
        "three months' bank statements instead;"
    )
    w.bullet(
        "a copy of your public liability insurance certificate. Your cover must be at least "
        "£5 million;"
    )
    w.bullet("your equality and diversity policy;")
    w.bullet(
        "your safeguarding policy, if your project will involve children, young people or "
        "adults at risk;"
    )
    w.bullet("two written quotes for any single item costing more than £1,000.")
    w.para(
        "We will not assess your application until we have received all the documents that "
        "apply to you."
    )

    w.heading("Section F: Declaration", 2)
    w.para(
        "I confirm that I am authorised to apply on behalf of the organisation named in "
        "Section A, that the information in this application is true and complete, and that "
        "any grant will be used only for the project described. I understand that the "
        "Council may ask for the grant back if it is not used for this purpose."
    )
    w.details(["Signed", "Print name", "Position", "Date"])
    _save(d, "pollerton-stronger-together-cohesion-grant-application.docx")


# ------------------------------------------------------------- Ambleforth (fillable pdf form)


def ambleforth() -> None:
    """A county council's Refugee and Migrant Welcome Grants fillable PDF made in Acrobat:
    labels on the page, tooltips from the labels, /MaxLen on the short fields and on four
    answer boxes "(up to N characters)", one box limited in words on its label only, Yes / No
    radio groups, check boxes against the documents and a declaration check box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ambleforth-refugee-migrant-welcome-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Ambleforth County Council - Refugee and Migrant Welcome Grants - Application form")
    c.setAuthor("Ambleforth County Council Communities Team")
    c.setSubject("Welcome Grants application form 2027")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#1E6B52")
    fill = colors.HexColor("#EAF4F0")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(
            50, 28, "Ambleforth County Council  |  Welcome Grants application form  |  2027-28"
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
    c.drawString(50, state["y"], "Ambleforth County Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Refugee and Migrant Welcome Grants 2027-28")
    state["y"] -= 17
    c.drawString(50, state["y"], "Application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Welcome Grants of £500 to £5,000 support community projects that help refugees, "
        "people seeking asylum and other migrants settle in Ambleforth, and that bring new "
        "arrivals and longer-standing residents together: conversation clubs, welcome events, "
        "befriending, sport and arts activities, and advice drop-ins. You do not need to find "
        "match funding; we can fund the whole cost of your project."
    )
    state["y"] -= 4
    txt(
        "Please read the Welcome Grants guidance before you start. Type your answers into the "
        "boxes, save the form and email it, with the documents in Section 4, to "
        "welcomegrants@ambleforth.example.gov.uk. Some answer boxes will stop when you reach "
        "the number of characters shown. The closing date is Friday 26 February 2027."
    )

    heading("Section 1: Your organisation")
    field("1.1 Organisation name", "1.1 Name of organisation", "Name of organisation", maxlen=100)
    field("1.2 Address", "1.2 Address", "Address")
    field("1.3 Postcode", "1.3 Postcode", "Postcode", maxlen=8)
    field("1.4 Contact name", "1.4 Main contact name", "Main contact name")
    field("1.5 Position", "1.5 Position in organisation", "Position in organisation")
    field("1.6 Telephone", "1.6 Telephone", "Telephone", maxlen=15)
    field("1.7 Email", "1.7 Email address", "Email address")
    field(
        "1.8 Charity number",
        "1.8 Registered charity number (if any)",
        "Registered charity number",
        maxlen=8,
    )
    yes_no(
        "1.9 Refugee led",
        "1.9 Is your organisation led by refugees or migrants?",
        "Is your organisation led by refugees or migrants?",
    )

    heading("Section 2: Your project")
    field("2.1 Project title", "2.1 Project title", "Project title", maxlen=80)
    box(
        "2.2 Project description",
        "2.2 Describe your project and the activities you will run. (up to 2,000 characters)",
        "Describe your project and the activities you will run.",
        height=160,
        maxlen=2000,
    )
    box(
        "2.3 Who will benefit",
        "2.3 Who will your project support, and how will you reach them? (up to 1,500 characters)",
        "Who will your project support, and how will you reach them?",
        height=130,
        maxlen=1500,
    )
    box(
        "2.4 Welcome and connection",
        "2.4 How will your project help refugees and migrants to feel welcome and to get to "
        "know other people who live locally? (up to 1,500 characters)",
        "How will your project help refugees and migrants to feel welcome?",
        height=130,
        maxlen=1500,
    )
    box(
        "2.5 Partners",
        "2.5 Tell us about any partner organisations you will work with and what each of "
        "them will do. (up to 600 characters)",
        "Tell us about any partner organisations you will work with.",
        height=80,
        maxlen=600,
    )
    box(
        "2.6 Keeping people safe",
        "2.6 How will you keep the people taking part safe, including when you use "
        "interpreters and volunteers? (no more than 200 words)",
        "How will you keep the people taking part safe?",
        height=130,
    )
    field(
        "2.7 Number of people",
        "2.7 Number of people you expect to benefit",
        "Number of people you expect to benefit",
        lw=280,
        maxlen=6,
    )
    field("2.8 Start date", "2.8 Start date", "Start date", lw=280, maxlen=10)
    field("2.9 End date", "2.9 End date", "End date", lw=280, maxlen=10)

    heading("Section 3: Costs")
    field(
        "3.1 Total cost",
        "3.1 Total cost of the project (£)",
        "Total cost of the project",
        lw=280,
        maxlen=10,
    )
    field(
        "3.2 Amount requested",
        "3.2 Amount you are asking for (£500 to £5,000)",
        "Amount you are asking for",
        lw=280,
        maxlen=10,
    )
    yes_no(
        "3.3 Equipment over 500",
        "3.3 Will you buy any single item of equipment costing more than £500?",
        "Will you buy any single item of equipment costing more than £500?",
    )

    heading("Section 4: Documents to send with this form")
    txt("Please tick each document you are sending.")
    state["y"] -= 4
    for key, label in (
        ("1", "Your constitution or other governing document"),
        (
            "2",
            "Your latest annual accounts. If your organisation is less than 12 months old, "
            "a statement of income and expenditure signed by two committee members. "
            "Accounts do not need to be audited.",
        ),
        (
            "3",
            "Your safeguarding policy (covering adults at risk, and children if they will "
            "take part)",
        ),
        (
            "4",
            "A letter of support from each partner organisation, if you are working in partnership",
        ),
        (
            "5",
            "A quote for each item of equipment costing more than £500 (if you answered "
            "Yes at 3.3)",
        ),
    ):
        lines = simpleSplit(label, "Helvetica", 10, w - 150)
        room(len(lines) * 13 + 6)
        check(f"4 Document {key}", label.split(".")[0].split(" (")[0], x=60)
        c.setFont("Helvetica", 10)
        for ln in lines:
            c.drawString(80, state["y"], ln)
            state["y"] -= 13
        state["y"] -= 5
    txt(
        "Your organisation must hold public liability insurance of at least £2 million for "
        "the activities in your project. You do not need to send us the certificate.",
        size=9.5,
    )

    heading("Section 5: Declaration")
    txt(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. Our organisation has an equal opportunities "
        "policy and a data protection policy, and will keep the personal information of the "
        "people taking part safe and confidential. I understand that the Council may ask for "
        "the grant to be repaid if it is not spent on the project described."
    )
    state["y"] -= 4
    room(24)
    check("5 Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(70, state["y"], "I agree to the declaration above")
    state["y"] -= 24
    field("5 Name", "Name (typing your name counts as your signature)", "Name", lw=260)
    field("5 Position", "Position", "Position", lw=260)
    field("5 Date", "Date", "Date", lw=260, maxlen=10)
    folio()
    c.showPage()
    c.save()


# ------------------------------------------------------------- Bramcaster (text pdf guidance)


def bramcaster() -> None:
    """A district council's Crowdfund Bramcaster guidance notes as Word exports them to PDF:
    numbered headings, bullets, how the pledge works, the platform's questions described, a
    numbered upload list split into every project and some projects, a criteria table, key
    dates and common questions."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "bramcaster-crowdfund-match-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Crowdfund Bramcaster - Guidance Notes 2027")
    c.setAuthor("Bramcaster District Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    navy = colors.HexColor("#1F3864")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72, 40, "Bramcaster District Council  |  Crowdfund Bramcaster  |  Guidance notes"
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
        c.setFillColor(navy)
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

    c.setFont("Helvetica-Bold", 22)
    c.setFillColor(navy)
    c.drawString(72, state["y"], "Crowdfund Bramcaster")
    state["y"] -= 26
    c.setFont("Helvetica", 14)
    c.drawString(72, state["y"], "Guidance notes for community groups, 2027")
    state["y"] -= 18
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Bramcaster District Council  -  Version 2, January 2027")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About Crowdfund Bramcaster")
    para(
        "Crowdfund Bramcaster is the Council's way of supporting community projects that local "
        "people want to see happen. Instead of applying for a grant in the usual way, you "
        "create a crowdfunding campaign for your project on our partner platform, "
        "Crowdfund Bramcaster (crowdfund.bramcaster.example.org.uk), and ask the Council to "
        "pledge money to it alongside your other backers."
    )
    para(
        "The Council has £120,000 to pledge in 2027-28. We pledge to projects that bring "
        "people together, improve local places and help residents to be healthier and less "
        "isolated. Campaigns are all or nothing: if a project does not reach its target, no "
        "one's pledge is taken, including ours."
    )

    head("2. How it works")
    item(
        "1.",
        "Talk to us. Book a free 30-minute call with the Community Funding Officer to "
        "check your idea fits before you start.",
    )
    item(
        "2.",
        "Create your project page on the platform. The platform's own guides and "
        "monthly webinars explain how to write a good page and set a realistic target.",
    )
    item(
        "3.",
        "Apply for a Council pledge. When your page is ready, click 'Apply to the "
        "Crowdfund Bramcaster fund' on your project page and answer the Council's "
        "questions (see section 7). Upload the documents listed in section 8.",
    )
    item(
        "4.",
        "Start your campaign. You can go live before we decide, but we recommend "
        "that you have at least 20% of your target pledged by other backers first.",
    )
    item(
        "5.",
        "Our panel decides. The Crowdfund Panel meets on the second Thursday of each "
        "month and looks at every application received by the end of the previous "
        "month. We will tell you the decision within five working days of the panel.",
    )
    item(
        "6.",
        "Reach your target. If your campaign succeeds, the platform collects all the "
        "pledges, including ours, and pays the money to your group.",
    )

    head("3. Who can apply?")
    para("You can apply if you are one of these, and your project is in Bramcaster district:")
    bullet(
        "a constituted voluntary or community group, charity, community interest company "
        "or charitable incorporated organisation;"
    )
    bullet("a town or parish council, for a project run with a community group;")
    bullet("a school or PTA, for a project that is open to the wider community, not only pupils.")
    para(
        "We cannot pledge to individuals, to businesses that distribute profits, or to "
        "political or campaigning organisations."
    )

    head("4. What we will and will not support")
    para(
        "We pledge to projects that are open to everyone in the community and that meet at "
        "least one of the fund's aims:"
    )
    bullet("bringing people together and reducing loneliness;")
    bullet("making local places greener, safer or more welcoming;")
    bullet("helping people to be active and to look after their health;")
    bullet("celebrating the district's different communities, cultures and faiths.")
    para("We will not pledge to:")
    bullet("projects that only benefit members of one organisation;")
    bullet("religious worship or activities that promote a particular faith or belief;")
    bullet(
        "costs you have already paid, or running costs such as rent and salaries that are "
        "not part of the project;"
    )
    bullet("projects that the Council has a legal duty to pay for.")

    head("5. How much can the Council pledge?")
    para(
        "The Council will pledge up to 50% of your campaign target, to a maximum of "
        "£10,000. You must raise at least the other 50% of your target from other backers: "
        "local people, businesses, other funders or your own group. Money your group puts in "
        "counts, but help in kind, such as volunteer time, does not."
    )
    para(
        "Your target must include the platform's fee. The platform charges 5% of the money "
        "raised, plus card payment charges of about 2%. The Council's pledge does not pay "
        "these fees separately."
    )
    para(
        "Most pledges are between £1,000 and £5,000. We pledge more only to projects that "
        "show strong support from many backers and a clear benefit to a large part of the "
        "district."
    )

    head("6. Your project page")
    para(
        "Your project page is your pitch to backers, so write it for local people, not for "
        "the Council. The platform asks you to describe the idea, why it matters, the steps "
        "to make it happen, who is behind it and what everything will cost. There is no word "
        "limit on the page, but short, clear pages with a photo or a short video do best."
    )
    para(
        "Your cost breakdown on the page must show every item the money will pay for. We use "
        "it as your project budget, so you do not need to send a separate one."
    )

    head("7. The Council's questions")
    para(
        "When you apply for a pledge, the platform shows you five extra questions from the "
        "Council. You answer them online; you cannot apply by email or post. The questions "
        "are:"
    )
    item("a)", "Which of the fund's aims will your project meet? (tick boxes)")
    item("b)", "How do you know local people want this project? (up to 1,000 characters)")
    item(
        "c)",
        "Who will benefit, and how will you make sure the project is open to "
        "everyone? (up to 1,000 characters)",
    )
    item("d)", "How will the project be looked after once it is finished? (up to 800 characters)")
    item("e)", "Is there anything else the panel should know? (up to 500 characters)")
    para("The panel reads these answers alongside your project page.")

    head("8. What you need to upload")
    para("Every group must upload these documents with its application for a pledge:")
    item(
        "1.",
        "Your governing document: your constitution, set of rules, articles of "
        "association or trust deed.",
    )
    item(
        "2.",
        "Your latest annual accounts, signed by your treasurer or chair. They do not "
        "need to be independently examined or audited.",
    )
    item(
        "3.",
        "A bank statement for your group's account, dated within the last three "
        "months, showing the group's name.",
    )
    para("Some groups must also upload:")
    item(
        "4.",
        "Quotes: if your project includes building work or equipment, a written quote "
        "for each item costing more than £1,000.",
    )
    item(
        "5.",
        "Landowner's permission: if your project is on land or in a building that "
        "your group does not own or lease, a letter from the owner agreeing to it.",
    )
    item(
        "6.",
        "Planning permission: if your project needs planning permission, a copy of the "
        "decision notice.",
    )
    item(
        "7.",
        "Safeguarding policy: if your project involves children, young people or adults at risk.",
    )
    para(
        "Your group must also have an equal opportunities policy, and public liability "
        "insurance of at least £5 million that covers the project. You do not need to upload "
        "these, but we may ask to see them before we pay our pledge."
    )

    head("9. How the panel decides")
    para(
        "The Crowdfund Panel is made up of three councillors, two residents and a "
        "representative of Bramcaster Community Voluntary Service. It scores each "
        "application against these criteria:"
    )
    table(
        [
            ["Criterion", "What the panel looks for", "Weight"],
            [
                "Community support",
                "Number of backers, local pledges, letters or comments on the page",
                "30%",
            ],
            [
                "Benefit",
                "Who benefits and how many, and how the project meets the fund's aims",
                "30%",
            ],
            [
                "Deliverability",
                "A realistic plan, budget and timetable; the people to do it",
                "25%",
            ],
            ["Legacy", "What will last after the project, and who will look after it", "15%"],
        ],
        [72, 190, 450, 523],
    )

    head("10. After we pledge")
    bullet("The platform pays the money to your group when the campaign closes successfully.")
    bullet("You must finish the project within 12 months and post an update on your page.")
    bullet(
        "You must send us a short end-of-project report with photos and receipts for "
        "items over £250."
    )
    bullet("If the project does not go ahead, you must return our pledge.")

    head("11. Key dates 2027-28")
    table(
        [
            ["Applications received by", "Panel meets", "Decision by"],
            ["31 March 2027", "8 April 2027", "15 April 2027"],
            ["30 June 2027", "8 July 2027", "15 July 2027"],
            ["30 September 2027", "14 October 2027", "21 October 2027"],
            ["31 December 2027", "13 January 2028", "20 January 2028"],
        ],
        [72, 222, 372, 523],
    )

    head("12. Common questions")
    sub("Can we apply if our campaign is already live?")
    para("Yes, as long as it has at least 14 days left to run when the panel meets.")
    sub("What if we raise more than our target?")
    para("You can keep the extra money for the project. Our pledge stays the same.")
    sub("Can we apply more than once?")
    para("Yes, but only for a different project, and not within 12 months of a pledge.")
    sub("Who can help us?")
    para(
        "Contact the Community Funding Officer at crowdfund@bramcaster.example.gov.uk or on "
        "01632 960 532. Bramcaster CVS also runs free crowdfunding workshops."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    hathersby()
    pollerton()
    ambleforth()
    bramcaster()


if __name__ == "__main__":
    main()
