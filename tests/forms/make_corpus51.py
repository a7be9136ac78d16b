"""Build set 51's Word and PDF documents (county and unitary councils' larger grants for the
voluntary sector, £5,000 to £50,000, written to be typical, not novel).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus51.py
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

    def question(self, text: str, limit: str, height: int = 2800) -> None:
        """A two-row table: the question shaded with its limit on a line of its own in
        italics, an empty answer cell under it."""
        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        cell = t.rows[0].cells[0]
        _set(cell, text, bold=True)
        if limit:
            p = cell.add_paragraph()
            p.add_run(limit).italic = True
        _shade(cell, self.shade)
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

    def qa(self, rows: list[tuple[str, str, int]]) -> None:
        """A "Question / Your response" table: the question (and, in italics under it, its
        length) on the left, an empty response cell on the right."""
        t = self.d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        for i, h in enumerate(["Question", "Your response"]):
            _set(t.rows[0].cells[i], h, bold=True)
            _shade(t.rows[0].cells[i], self.shade)
        for text, limit, height in rows:
            row = t.add_row()
            _set(row.cells[0], text, bold=True)
            if limit:
                p = row.cells[0].add_paragraph()
                p.add_run(limit).italic = True
            _row_height(row, height)
        self.para()


# -------------------------------------------------------------- Rookmere (docx form)


def rookmere() -> None:
    """A county council's Prevention Grants 2027-2030 form in Word: Sections A to F, label/box
    tables, each question a shaded cell with its limit in italics over an empty answer cell,
    a three-year budget table, policies to attach listed in Section D, a tick-box checklist."""
    d = _new("Prevention Grants 2027-2030 Application Form", "Rookmere County Council", "Arial", 11)
    w = _Word(d, "DEEAF6")
    d.add_heading("Rookmere County Council", level=0)
    w.heading("Adult Social Care and Health", 2)
    w.heading("Prevention Grants 2027-2030: Application Form", 1)
    w.para(
        "Rookmere County Council's Prevention Grants fund voluntary and community sector "
        "organisations to help adults in Rookmere stay well, connected and independent for "
        "longer, and so delay or prevent the need for care and support. Grants are between "
        "£10,000 and £40,000 a year, for up to three years (1 July 2027 to 30 June 2030)."
    )
    w.para(
        "Before you complete this form, please read the Prevention Grants Guidance for "
        "Applicants, which explains the priorities of the fund, who can apply and how "
        "applications will be assessed. Please answer every question in the box below it. "
        "The boxes will expand as you type. Keep to the word limit shown for each question; "
        "the assessment panel will not read beyond it."
    )
    w.para(
        "Send your completed form and supporting documents by email to "
        "preventiongrants@rookmere.example.gov.uk by 12 noon on Monday 1 March 2027. Late "
        "applications will not be accepted."
    )
    w.para(
        "If you need this form in another format or would like to talk to an officer about "
        "your application, please contact the Commissioning Team on 01632 961200.",
        italic=True,
    )

    w.heading("Section A: About your organisation")
    w.details(
        [
            "A1 Name of organisation",
            "A2 Address",
            "A3 Postcode",
            "A4 Name of main contact",
            "A5 Position",
            "A6 Telephone",
            "A7 Email",
            "A8 Website (if any)",
        ]
    )
    w.para("A9 Legal status (please tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation (CIO)    "
        f"{BOX} Company limited by guarantee    {BOX} Community interest company (CIC)    "
        f"{BOX} Constituted voluntary or community group"
    )
    w.details(
        [
            "A10 Registered charity number (if applicable)",
            "A11 Company number (if applicable)",
            "A12 Date your organisation was established",
            "A13 Total income in your last financial year (£)",
            "A14 Number of paid staff (full-time equivalent)",
            "A15 Number of volunteers",
        ]
    )
    w.question(
        "A16 Briefly describe your organisation's aims and main activities.",
        "(maximum 200 words)",
        2400,
    )

    w.heading("Section B: About your project")
    w.details(["B1 Project title"])
    w.para(
        "B2 Which of the Prevention Grants priorities will your project meet? (tick all that "
        "apply)",
        bold=True,
    )
    for t in [
        "Reducing loneliness and social isolation",
        "Helping people to stay independent and safe at home",
        "Improving mental health and wellbeing",
        "Supporting unpaid carers",
    ]:
        w.para(f"{BOX} {t}")
    w.para()
    w.question(
        "B3 Describe your project. What will you do, where and when will it take place, and "
        "who will deliver it?",
        "(maximum 500 words)",
        5200,
    )
    w.question(
        "B4 What is the need for your project, and what evidence do you have for it?",
        "(maximum 400 words)",
        4400,
    )
    w.question(
        "B5 Who will benefit from your project? Tell us about the people you will work with "
        "and how they will find out about it.",
        "(maximum 300 words)",
        3600,
    )
    w.details(["B6 How many people do you expect to benefit each year?"])
    w.question(
        "B7 What difference will your project make? Please list up to five outcomes and "
        "explain how you will measure them.",
        "(maximum 400 words)",
        4400,
    )
    w.question(
        "B8 How will you work with other organisations, including health and social care "
        "services, so that your project adds to what is already available?",
        "(maximum 300 words)",
        3600,
    )
    w.question(
        "B9 How will you involve the people who use your services in planning and reviewing "
        "the project?",
        "(maximum 250 words)",
        3000,
    )
    w.question(
        "B10 What will happen when the grant ends? How will you continue the work or reduce "
        "your reliance on Council funding?",
        "(maximum 250 words)",
        3000,
    )
    w.details(["B11 Proposed start date", "B12 Proposed end date"])

    w.heading("Section C: Budget")
    w.para(
        "C1 Please complete the budget table for each year of the grant. Include all the "
        "costs of the project, not only those you are asking us to fund. Show staff costs "
        "including National Insurance and pension contributions.",
        bold=True,
    )
    w.grid(
        ["Budget heading", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)", "Total (£)"],
        [
            [h, "", "", "", ""]
            for h in [
                "Staff salaries and on-costs",
                "Volunteer expenses",
                "Training",
                "Venue hire",
                "Equipment",
                "Publicity and marketing",
                "Management and overheads",
                "Other (please specify)",
                "Total",
            ]
        ],
    )
    w.details(
        ["C2 Total amount you are requesting from the County Council over the grant period (£)"]
    )
    w.para(
        "You do not need to have match funding to apply. We will, however, take into account "
        "any other funding or in-kind support you can bring to the project when we look at "
        "value for money."
    )
    w.question(
        "C3 Please give details of any other funding you have secured or applied for towards "
        "this project.",
        "(maximum 150 words)",
        2000,
    )
    w.question(
        "C4 How have you worked out your costs, and why does the project offer good value "
        "for money?",
        "(maximum 250 words)",
        3000,
    )
    w.para("C5 Is your organisation registered for VAT?", bold=True)
    w.para(f"{BOX} Yes    {BOX} No")

    w.heading("Section D: Policies and procedures")
    w.para(
        "Please send us a copy of each of the following policies with your application. "
        "Each policy must have been approved by your management committee or board and "
        "reviewed in the last two years."
    )
    for t in [
        "Safeguarding policy covering children and adults at risk",
        "Equality, diversity and inclusion policy",
        "Health and safety policy",
        "Data protection policy",
        "Complaints procedure",
        "Volunteer policy, if you involve volunteers in your work",
        "Whistleblowing policy, if you employ staff",
    ]:
        w.bullet(t)
    w.para()
    w.details(
        [
            "D1 Does your organisation have a designated safeguarding lead? (Yes / No)",
            "D2 Name of your designated safeguarding lead",
        ]
    )

    w.heading("Section E: Supporting documents checklist")
    w.para(
        "Please tick to show which documents you have sent with your application. We will "
        "not be able to assess your application if any of these are missing."
    )
    w.grid(
        ["Document", "Attached"],
        [
            [
                "Governing document (constitution, memorandum and articles of association or "
                "trust deed), signed and dated",
                BOX,
            ],
            [
                "Your latest annual accounts, independently examined or audited, and approved "
                "by your board",
                BOX,
            ],
            ["Your organisation's budget for the current financial year", BOX],
            [
                "A recent bank statement (no more than three months old) in the name of "
                "your organisation",
                BOX,
            ],
            [
                "Your public liability insurance certificate (minimum cover of £5 million)",
                BOX,
            ],
            ["The policies listed in Section D", BOX],
            ["Employer's liability insurance certificate (if you employ staff)", BOX],
        ],
    )

    w.heading("Section F: Declaration")
    w.para(
        "I declare that the information in this application is true and correct, that I am "
        "authorised to make this application on behalf of the organisation, and that the "
        "organisation will use any grant awarded only for the project described. I "
        "understand that Rookmere County Council may ask for the grant to be repaid if it is "
        "not used for this purpose or if any information given is found to be false."
    )
    w.para("This declaration must be completed by the Chair or Treasurer of your organisation.")
    w.details(["Signature", "Name", "Position", "Date"])
    w.heading("How we use your information", 3)
    w.para(
        "Rookmere County Council will use the information on this form to assess your "
        "application and to manage and monitor any grant awarded. Please see the Council's "
        "privacy notice at www.rookmere.example.gov.uk/privacy."
    )
    out = HERE / "rookmere-prevention-grants-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# -------------------------------------------------------------- Garthmoor (docx form)


def garthmoor() -> None:
    """A unitary council's Holiday Activities and Food provider application in Word: Parts 1
    to 6 in "Question / Your response" tables with each length in italics under its question,
    a costs table by holiday period, documents in a bulleted list."""
    d = _new("HAF 2027 Provider Application Form", "Garthmoor Council", "Calibri", 11)
    w = _Word(d, "FCE4D6")
    w.heading("Garthmoor Council", 1)
    w.heading("Holiday Activities and Food (HAF) Programme 2027", 1)
    w.heading("Application form for providers", 2)
    w.para(
        "Garthmoor Council is inviting applications from voluntary and community "
        "organisations, schools, sports clubs and childcare providers to deliver holiday "
        "activities and food for children and young people aged 5 to 16 who receive "
        "benefits-related free school meals. Grants of between £5,000 and £50,000 are "
        "available to deliver provision in the Easter, summer and Christmas holidays of 2027."
    )
    w.para(
        "Please read the HAF 2027 Provider Guidance before completing this form. All "
        "provision must meet the Department for Education's HAF framework standards, "
        "including the food standards."
    )
    w.para(
        "Return your completed form to haf@garthmoor.example.gov.uk by 5pm on Friday 22 "
        "January 2027."
    )

    w.heading("Part 1: About your organisation")
    w.qa(
        [
            ("Name of organisation", "", 420),
            (
                "Type of organisation: charity / CIO / community group / school / "
                "sports club / childcare provider / other (please delete as appropriate)",
                "",
                420,
            ),
            ("Address", "", 700),
            ("Postcode", "", 420),
            ("Contact name", "", 420),
            ("Job title", "", 420),
            ("Telephone", "", 420),
            ("Email", "", 420),
            ("Ofsted registration number (if registered)", "", 420),
            ("Charity or company number (if applicable)", "", 420),
        ]
    )

    w.heading("Part 2: Your HAF offer")
    w.qa(
        [
            (
                f"2.1 Which holiday periods are you applying to deliver in? "
                f"{BOX} Easter  {BOX} Summer  {BOX} Christmas",
                "",
                420,
            ),
            ("2.2 Name and address of each venue", "", 900),
            ("2.3 Age range of the children you will work with", "", 420),
            ("2.4 Number of places you will offer each day", "", 420),
            ("2.5 Total number of days of provision across all holiday periods", "", 420),
            (
                "2.6 Describe the activities you will offer. How will they be enriching, "
                "physically active and fun?",
                "No more than 400 words",
                4600,
            ),
            (
                "2.7 Describe the food you will provide. How will you meet the School Food "
                "Standards and cater for special dietary needs and allergies?",
                "No more than 300 words",
                3800,
            ),
            (
                "2.8 How will you include nutrition education and food-related activities for "
                "children and their families?",
                "No more than 200 words",
                2800,
            ),
            (
                "2.9 How will you reach children eligible for free school meals, and make your "
                "provision accessible to children with special educational needs and "
                "disabilities (SEND)?",
                "No more than 300 words",
                3800,
            ),
            (
                "2.10 How will you signpost families to other help and services?",
                "No more than 150 words",
                2200,
            ),
            (
                "2.11 Is there anything else you would like to tell us about your offer?",
                "",
                2200,
            ),
        ]
    )

    w.heading("Part 3: Safeguarding and staffing")
    w.qa(
        [
            ("3.1 Name of your designated safeguarding lead", "", 420),
            (
                "3.2 Do all staff and volunteers working with children have an enhanced DBS "
                "check with a check of the children's barred list? (Yes / No)",
                "",
                420,
            ),
            (
                "3.3 What staff to child ratios will you use, and what training will your "
                "staff and volunteers have?",
                "No more than 250 words",
                3200,
            ),
        ]
    )

    w.heading("Part 4: Costs")
    w.qa(
        [
            ("4.1 Total amount requested (£)", "", 420),
            ("4.2 Cost per child per day (£)", "", 420),
        ]
    )
    w.para("4.3 Please show how the grant will be spent in each holiday period.", bold=True)
    w.grid(
        ["Cost heading", "Easter (£)", "Summer (£)", "Christmas (£)"],
        [
            [h, "", "", ""]
            for h in [
                "Staffing",
                "Food",
                "Activities and equipment",
                "Venue hire",
                "Transport",
                "Other (please specify)",
                "Total",
            ]
        ],
    )

    w.heading("Part 5: Documents to send with your application")
    w.para("Please email the following documents with your completed form:")
    for t in [
        "your safeguarding and child protection policy;",
        "your public liability insurance certificate. Providers must hold public liability "
        "insurance with cover of at least £10 million;",
        "your latest annual accounts or, if your organisation is less than a year old, your "
        "last three months' bank statements;",
        "a sample menu for one day, showing the meals and snacks you will provide;",
        "your food hygiene rating certificate, if food will be prepared on site.",
    ]:
        w.bullet(t)

    w.heading("Part 6: Declaration")
    w.para("On behalf of the organisation named in Part 1, I confirm that:")
    for t in [
        "the information in this application is correct;",
        "our organisation has health and safety, equality and data protection policies in "
        "place, and staff and volunteers will follow them;",
        "we will meet the HAF framework standards and take part in quality assurance visits;",
        "we will collect and return attendance data as the Council requires.",
    ]:
        w.bullet(t)
    w.details(["Signed", "Name", "Position", "Date"])
    out = HERE / "garthmoor-holiday-activities-and-food-provider-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------ Marlstead (fillable PDF form)


def marlstead() -> None:
    """A county council public health team's Healthy Communities Grant form as Acrobat's
    "Prepare form" makes it from a Word form: labels on the page, a field beside or under
    each, names and tooltips from the labels, Acrobat's "Check Box" names for tick boxes,
    /MaxLen on the short fields and one answer box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marlstead-healthy-communities-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Healthy Communities Grant 2027-28 application form")
    c.setAuthor("Marlstead County Council Public Health")
    c.setSubject("Healthy Communities Grant")
    c.setCreator("Acrobat PDFMaker 24 for Word")
    w, h = A4
    form = c.acroForm
    teal = colors.HexColor("#00625F")
    fill = colors.HexColor("#E6F0FF")
    state = {"y": h - 50, "box": 0}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 18

    def field(name, label, lw=200, maxlen=0, x=50, width=None):
        c.setFont("Helvetica", 10)
        c.drawString(x, state["y"], label)
        form.textfield(
            name=name,
            tooltip=name,
            x=x + lw,
            y=state["y"] - 5,
            width=width or (w - 50 - x - lw),
            height=17,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
        )

    def row(name, label, lw=200, maxlen=0):
        field(name, label, lw=lw, maxlen=maxlen)
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
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 12

    def check(label, x=50):
        state["box"] += 1
        name = f"Check Box{state['box']}"
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
    c.setFillColor(teal)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Marlstead County Council - Public Health")
    state["y"] -= 22
    c.drawString(50, state["y"], "Healthy Communities Grant 2027/28: Application Form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Grants of £5,000 to £20,000 for one year, for voluntary and community "
        "organisations running projects that improve health and wellbeing and reduce health "
        "inequalities in Marlstead: physical activity, healthy eating, mental wellbeing, "
        "smoking and alcohol, and reaching people who do not use health services."
    )
    state["y"] -= 4
    txt(
        "You can complete this form on screen. Save it and email it, with your supporting "
        "documents, to healthycommunities@marlstead.example.gov.uk by 5pm on Friday 5 March "
        "2027. Please read the Healthy Communities Grant guidance before you apply."
    )
    heading("Section 1: Your organisation")
    row("Name of organisation", "Name of organisation", maxlen=100)
    row("Address", "Address")
    row("Postcode", "Postcode", maxlen=8)
    row("Contact name", "Contact name")
    row("Position", "Position")
    row("Telephone", "Telephone", maxlen=15)
    row("Email", "Email")
    row("Registered charity number", "Registered charity number (if applicable)", maxlen=8)
    row("Company number", "Company number (if applicable)", maxlen=8)
    txt("Type of organisation (please tick one)", font="Helvetica-Bold")
    check("Registered charity or CIO")
    check("Community or voluntary group", x=220)
    state["y"] -= 18
    check("Community interest company")
    check("Social enterprise", x=220)
    check("Other", x=380)
    state["y"] -= 24
    row("Annual income", "Income in your last financial year (£)", maxlen=10)
    heading("Section 2: Your project")
    row("Project title", "2.1 Project title", lw=110, maxlen=100)
    box(
        "Project summary",
        "2.2 Project summary (no more than 50 words)",
        height=60,
    )
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "Describe your project",
        "2.3 Describe your project. What will you do, where and when? (maximum 1,800 characters)",
        height=170,
        maxlen=1800,
    )
    box(
        "Health need",
        "2.4 Which health need or inequality will your project address, and what evidence "
        "do you have of it? (maximum 300 words)",
        height=150,
    )
    box(
        "Who will take part",
        "2.5 Who will take part? Include the communities or groups you want to reach "
        "(maximum 200 words)",
        height=110,
    )
    box(
        "Measuring the difference",
        "2.6 How will you measure the difference your project makes to people's health and "
        "wellbeing? (maximum 250 words)",
        height=120,
    )
    row("Number of participants", "2.7 Expected number of participants", lw=210, maxlen=5)
    row("Start date", "2.8 Start date (dd/mm/yyyy)", lw=210, maxlen=10)
    row("End date", "      End date (dd/mm/yyyy)", lw=210, maxlen=10)
    c.showPage()

    # page 3
    state["y"] = h - 50
    heading("Section 3: Costs")
    txt(
        "List the main costs of your project. You should contribute at least 20% of the "
        "total cost of the project yourselves, from your own funds or from other funders."
    )
    state["y"] -= 4
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, state["y"], "Item")
    c.drawString(400, state["y"], "Cost (£)")
    state["y"] -= 20
    for i in range(1, 6):
        suffix = "" if i == 1 else f"_{i}"
        field(f"Item{suffix}", "", lw=0, width=330)
        field(f"Cost{suffix}", "", lw=0, x=400, maxlen=10, width=145)
        state["y"] -= 22
    row("Total project cost", "3.1 Total project cost (£)", maxlen=10)
    row("Amount requested", "3.2 Amount requested from the Council (£)", maxlen=10)
    heading("Section 4: Supporting documents")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    docs = [
        "Your constitution or other governing document",
        "Your latest annual accounts. If your annual income is under £25,000, a signed "
        "statement of income and expenditure for your last financial year is acceptable",
        "Your safeguarding policy",
        "Your equality and diversity policy",
        "Your public liability insurance certificate (at least £5 million cover)",
        "Two quotes for any item of equipment costing more than £1,000 (if applicable)",
    ]
    for label in docs:
        state["box"] += 1
        name = f"Check Box{state['box']}"
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
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section 5: Declaration")
    txt(
        "I confirm that the information on this form is correct and that I am authorised to "
        "apply on behalf of the organisation. If a grant is awarded, we will use it only for "
        "the project described and send the monitoring information the Council asks for."
    )
    state["y"] -= 4
    check("I agree with the declaration above")
    state["y"] -= 26
    row("Name", "Name", lw=110)
    row("Position_2", "Position", lw=110)
    row("Signature", "Signature", lw=110)
    row("Date", "Date", lw=110, maxlen=10)
    state["y"] -= 6
    txt(
        "Marlstead County Council will use your information to assess your application and "
        "manage any grant. See www.marlstead.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    c.showPage()
    c.save()


# ---------------------------------------------------- Hollowbrook (text PDF guidance)


def hollowbrook() -> None:
    """Guidance for a unitary council's Community Investment Fund 2027-2030, exported from
    Word to PDF: a cover block, numbered headings, eligibility bullets, a scoring table, a
    question-by-question guide to the online form and a "What you need to send" list; four
    pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hollowbrook-community-investment-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Investment Fund 2027-2030: Guidance for Applicants")
    c.setAuthor("Hollowbrook Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    navy = colors.HexColor("#2F3B69")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Hollowbrook Council - Community Investment Fund 2027-2030 Guidance")
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
        room(60)
        state["y"] -= 4
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def bullet(t):
        lines = simpleSplit(t, "Helvetica", 10.5, w - 168)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(84, state["y"], "\u2022")
        for ln in lines:
            c.drawString(96, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def table(header, rows, widths):
        room(20 * (len(rows) + 1) + 10)
        x0 = 72
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(colors.HexColor("#DCE1F0"))
        c.rect(x0, state["y"] - 6, sum(widths), 18, stroke=0, fill=1)
        c.setFillColor(colors.black)
        x = x0
        for t, wd in zip(header, widths, strict=False):
            c.drawString(x + 4, state["y"], t)
            x += wd
        state["y"] -= 18
        c.setFont("Helvetica", 10)
        for r in rows:
            x = x0
            for t, wd in zip(r, widths, strict=False):
                c.drawString(x + 4, state["y"], t)
                x += wd
            c.setStrokeColor(colors.grey)
            c.line(x0, state["y"] - 6, x0 + sum(widths), state["y"] - 6)
            state["y"] -= 18
        state["y"] -= 10

    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, state["y"], "Community Investment Fund")
    state["y"] -= 28
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "2027 to 2030: Guidance for Applicants")
    c.setFillColor(colors.black)
    state["y"] -= 22
    c.setFont("Helvetica", 10.5)
    c.drawString(72, state["y"], "Hollowbrook Council, Communities and Partnerships Service")
    state["y"] -= 14
    c.drawString(72, state["y"], "Version 1.2, published November 2026")
    state["y"] -= 30

    head("1. About the fund")
    para(
        "The Community Investment Fund is Hollowbrook Council's main grants programme for "
        "the voluntary, community and faith sector. It replaces the Council's previous "
        "annual grants and service level agreements with a single, open fund offering "
        "funding for up to three years, so that organisations can plan ahead, keep skilled "
        "staff and build partnerships."
    )
    para(
        "The fund has £1.2 million a year to invest from April 2027 to March 2030. We "
        "expect to make between 25 and 35 awards."
    )
    head("2. What we want to fund")
    para(
        "We want to fund work that helps people and communities in Hollowbrook to be "
        "healthier, more connected and more resilient, and that prevents problems from "
        "getting worse. Your project must meet at least one of these priorities:"
    )
    bullet("Connected communities: reducing loneliness and bringing people together.")
    bullet(
        "Healthy lives: helping people to be more active, eat well and look after their "
        "mental health."
    )
    bullet(
        "Financial resilience: advice and practical help for people struggling with money, "
        "debt, food or fuel costs."
    )
    bullet(
        "Children, young people and families: early support that stops problems from escalating."
    )
    bullet(
        "A strong voluntary sector: volunteering, and support that helps smaller groups to thrive."
    )
    head("3. How much can you apply for?")
    para(
        "You can apply for between £10,000 and £50,000 a year, for one, two or three years. "
        "The total you ask for should reflect the size of your organisation: as a guide, we "
        "will not usually award more than half of an organisation's annual income."
    )
    head("4. Who can apply?")
    para("To apply, your organisation must:")
    bullet(
        "be a registered charity, charitable incorporated organisation (CIO), company "
        "limited by guarantee with charitable or community purposes, community interest "
        "company (CIC) or constituted voluntary or community group;"
    )
    bullet("be based in Hollowbrook, or deliver the funded work in Hollowbrook;")
    bullet(
        "have a governing body (management committee or board of trustees) of at least "
        "three people who are not related and do not live at the same address;"
    )
    bullet("have a bank account in the organisation's name that needs two signatories;")
    bullet(
        "have been running for at least one year and have produced at least one set of "
        "annual accounts."
    )
    head("5. Who cannot apply?")
    para("We cannot fund:")
    bullet("individuals, sole traders or organisations that distribute profits privately;")
    bullet("statutory bodies, including schools and town or parish councils;")
    bullet("political parties or organisations whose main purpose is campaigning;")
    bullet(
        "organisations that promote a religion, although faith-based organisations can "
        "apply for projects open to everyone."
    )
    head("6. What the fund will not pay for")
    bullet("costs already incurred, or activities that have already started;")
    bullet("capital building works or the purchase of vehicles or land;")
    bullet("activities that are the statutory responsibility of another body;")
    bullet("fundraising events, or grants to other organisations or to individuals.")
    head("7. Minimum standards")
    para(
        "Every organisation we fund must meet these minimum standards. You will be asked to "
        "confirm them in the application form:"
    )
    bullet(
        "a safeguarding policy that has been reviewed in the last 12 months, and a named "
        "safeguarding lead;"
    )
    bullet("an equality and diversity policy;")
    bullet(
        "a health and safety policy. We do not need to see a copy of your health and safety "
        "policy, but we may ask for it during monitoring;"
    )
    bullet("a data protection policy that meets UK GDPR requirements;")
    bullet(
        "public liability insurance of at least £5 million. If your project includes "
        "events for more than 1,000 people, the cover must be at least £10 million."
    )
    head("8. Match funding")
    para(
        "The fund will pay no more than 90% of the total cost of your project. At least 10% "
        "must come from other sources. This can include your own reserves, other grants, "
        "fundraising and in-kind support such as volunteer time (valued at £15 an hour) or "
        "donated premises."
    )
    head("9. How to apply")
    para(
        "Applications are made online through the Council's grants portal at "
        "grants.hollowbrook.example.gov.uk. You will need to register your organisation "
        "before you can start an application. You can save your application and return to "
        "it at any time before the closing date."
    )
    para(
        "The closing date is 12 noon on Friday 26 February 2027. We will not accept "
        "applications by email or on paper unless you have agreed this with us because of "
        "a disability or other access need."
    )
    head("10. Completing the application form")
    para(
        "The online form has five sections. The notes below explain what we are looking "
        "for in each answer. The word limits are set in the portal."
    )
    para(
        "Section A: About your organisation. Contact details, legal status, income and "
        "number of staff and volunteers. Make sure the name you give matches your bank "
        "account exactly."
    )
    para(
        "Section B: Your project. In 'Describe your project' (up to 500 words) tell us what "
        "you will do, where, when and how often. In 'Why is it needed?' (up to 400 words) "
        "use local data, waiting lists, feedback or consultation to show the need. In 'Who "
        "will benefit?' (up to 300 words) say who the project is for and how you will reach "
        "people who do not usually use services."
    )
    para(
        "Section C: Outcomes. Choose up to four outcomes from the list in the portal and "
        "tell us how you will measure each one (up to 300 words)."
    )
    para(
        "Section D: Budget. Complete the budget table for each year and explain how you "
        "worked out your costs. Include your match funding."
    )
    para("Section E: Documents and declaration. Upload your documents and submit.")
    head("11. What you need to send")
    para("You will need to upload the following documents with your application:")
    bullet(
        "your governing document (constitution, articles of association, trust deed or set "
        "of rules);"
    )
    bullet(
        "your most recent annual accounts. If your annual income is over £250,000 these "
        "must be independently examined or audited; otherwise accounts approved by your "
        "trustees and signed by two of them are acceptable;"
    )
    bullet("a detailed project budget for each year of funding, using our budget template;")
    bullet("a bank statement for your organisation's account, dated within the last three months;")
    bullet("your safeguarding policy;")
    bullet("your equality and diversity policy;")
    bullet("your data protection policy;")
    bullet("your public liability insurance certificate;")
    bullet(
        "a copy of your employer's liability insurance certificate, if your organisation "
        "employs staff;"
    )
    bullet("your volunteer policy, if volunteers will help to deliver the project.")
    para(
        "If any of these documents are missing when the fund closes, we will not be able to "
        "assess your application."
    )
    head("12. How we will assess your application")
    para(
        "Officers will check every application against the eligibility criteria and minimum "
        "standards in sections 4 and 7. Eligible applications will then be scored by a "
        "panel of officers and partners from the voluntary sector and the NHS, using the "
        "criteria and weightings below. Each criterion is scored from 0 (no evidence) to 4 "
        "(excellent evidence)."
    )
    table(
        ["Criterion", "What we look for", "Weighting"],
        [
            ["Need", "Clear local evidence that the work is needed", "25%"],
            ["Outcomes", "Realistic outcomes and a sound way to measure them", "25%"],
            ["Delivery", "Experience, skills and a clear plan to deliver", "20%"],
            ["Partnership", "Working with others and avoiding duplication", "15%"],
            ["Value for money", "Realistic costs and other funding brought in", "15%"],
        ],
        [95, 290, 66],
    )
    para(
        "Applications that score less than 2 against any criterion will not be funded. The "
        "panel's recommendations will be approved by the Cabinet Member for Communities."
    )
    head("13. Timetable")
    table(
        ["Stage", "Date"],
        [
            ["Fund opens", "4 January 2027"],
            ["Online briefing sessions", "19 and 27 January 2027"],
            ["Closing date", "26 February 2027, 12 noon"],
            ["Decisions", "by 14 May 2027"],
            ["Funding starts", "1 July 2027"],
        ],
        [220, 231],
    )
    head("14. If you are awarded a grant")
    para(
        "You will be sent a grant agreement setting out the conditions of the grant and the "
        "outcomes you have agreed to achieve. Grants will be paid quarterly in advance. You "
        "will send a short monitoring return every six months and an annual report, and "
        "meet your grants officer once a year. Funding for years two and three depends on "
        "satisfactory progress and on the Council's budget."
    )
    head("15. Data protection")
    para(
        "Hollowbrook Council will use the information you give to assess your application "
        "and to manage any grant awarded, and may share it with the assessment panel. We "
        "publish details of all grants over £500 under the Local Government Transparency "
        "Code. See www.hollowbrook.example.gov.uk/privacy."
    )
    head("16. Contact us")
    para(
        "Communities and Partnerships Service, Hollowbrook Council, Town Hall, Bridge "
        "Street, Hollowbrook HB1 1AA. Telephone 01632 962470. Email "
        "communityinvestment@hollowbrook.example.gov.uk."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    rookmere()
    garthmoor()
    marlstead()
    hollowbrook()


if __name__ == "__main__":
    main()
