"""Build set 55's Word and PDF documents (typical health and public health funders'
grants to voluntary and community groups, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus55.py
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

    def qtable(self, rows: list[tuple[str, str]], height: int = 2400) -> None:
        """A "Question / Your answer" table: the question and an italic limit line on the
        left, an empty cell on the right; a row with no limit line is a short detail."""
        t = self.d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        for i, h in enumerate(["Question", "Your answer"]):
            _set(t.rows[0].cells[i], h, bold=True)
            _shade(t.rows[0].cells[i], self.shade)
        for text, limit in rows:
            row = t.add_row()
            _set(row.cells[0], text, bold=True)
            if limit:
                r = row.cells[0].add_paragraph().add_run(limit)
                r.italic = True
                _row_height(row, height)
            else:
                _row_height(row, 420)
        self.para()


# ----------------------------------------------------------- Brindlewick (docx form)


def brindlewick() -> None:
    """An NHS hospitals charity's Community Health Grants form in Word: numbered sections,
    label/box tables, each question a shaded cell over an empty one with "(max N words)", a
    "Document / Enclosed" checklist table, a declaration and signature table."""
    d = _new(
        "Community Health Grants 2027 - Application Form",
        "Brindlewick Hospitals Charity",
        "Arial",
        11,
    )
    w = _Word(d, "DCE6F2")
    d.add_heading("Brindlewick Hospitals Charity", level=0)
    w.heading("Community Health Grants 2027: Application Form", 1)
    w.para(
        "Brindlewick Hospitals Charity is the official charity of Brindlewick Hospitals NHS "
        "Foundation Trust. Our Community Health Grants of £500 to £5,000 help voluntary and "
        "community groups to improve the health and wellbeing of people living in the areas "
        "our hospitals serve, and to reduce the number of people who need hospital care."
    )
    w.para(
        "Please read the Community Health Grants guidance notes before you fill in this form. "
        "Complete the form in Word and email it, with the documents listed in Section 4, to "
        "communitygrants@brindlewickcharity.example.org.uk. Please keep to the word limits; "
        "the boxes will expand as you type."
    )
    w.para("Closing date: 5pm on Friday 26 February 2027.", bold=True)
    w.para(
        "If you need this form in another format, such as large print, please email us or "
        "call the charity office on 01632 960718.",
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
        ]
    )
    w.para("1.8 Type of organisation (please tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation (CIO)    "
        f"{BOX} Constituted community group    {BOX} Community interest company (CIC)    "
        f"{BOX} Other not-for-profit organisation"
    )
    w.details(
        [
            "1.9 Registered charity or company number (if applicable)",
            "1.10 Total income in your last financial year (£)",
            "1.11 Number of volunteers",
        ]
    )

    w.heading("Section 2: About your project")
    w.details(["2.1 Project title"])
    w.question(
        "2.2 Please describe your project. What will you do, where and when? (max 300 words)",
        3800,
    )
    w.question(
        "2.3 What health need will your project address, and how do you know there is a "
        "need for it? (max 250 words)",
        3200,
    )
    w.question(
        "2.4 Who will benefit from your project, and how many people do you expect to take "
        "part? (max 200 words)",
        2800,
    )
    w.question(
        "2.5 What difference will your project make to people's health and wellbeing? "
        "(max 250 words)",
        3200,
    )
    w.question(
        "2.6 How will you know your project has made a difference? Tell us what you will "
        "measure and how you will collect the information. (max 200 words)",
        2800,
    )
    w.details(["2.7 Project start date", "2.8 Project end date"])

    w.heading("Section 3: Project costs")
    w.para(
        "Please give a breakdown of what the grant will pay for. Include VAT if your "
        "organisation cannot reclaim it."
    )
    w.grid(["Item", "Cost (£)"], [["", ""]] * 5 + [["Total", ""]])
    w.details(
        [
            "3.1 Total cost of the project (£)",
            "3.2 Amount requested from Brindlewick Hospitals Charity (£)",
        ]
    )
    w.question(
        "3.3 If the grant will not cover the whole cost of the project, where will the rest "
        "of the money come from? (max 100 words)",
        1800,
    )

    w.heading("Section 4: Supporting documents")
    w.para(
        "Please email the following documents with your application and tick each one you "
        "have enclosed. We cannot assess your application without them."
    )
    w.grid(
        ["Document", "Enclosed"],
        [
            ["A copy of your constitution, set of rules or other governing document", BOX],
            [
                "Your most recent annual accounts (these do not need to be independently "
                "examined or audited)",
                BOX,
            ],
            [
                "A bank statement from the last three months, in the name of your organisation",
                BOX,
            ],
            [
                "Your safeguarding policy, if your project works with children, young people "
                "or adults at risk",
                BOX,
            ],
            ["A quote for any single item of equipment costing more than £500", BOX],
        ],
    )

    w.heading("Section 5: Insurance")
    w.para(
        "All groups must hold public liability insurance with cover of at least £5 million "
        "for the activities the grant will fund. You do not need to send us your "
        "certificate."
    )
    w.para(
        f"5.1 Does your organisation have public liability insurance of at least £5 million?"
        f"    {BOX} Yes    {BOX} No",
        bold=True,
    )

    w.heading("Section 6: Declaration")
    w.para("On behalf of the organisation named in Section 1, I confirm that:")
    for t in [
        "the information in this application is true and correct to the best of my knowledge;",
        "the organisation's management committee or trustees have agreed to this application;",
        "the organisation has an equal opportunities policy and will provide a copy on request;",
        "any grant will be spent only on the project described and within 12 months;",
        "we will complete a short end of grant report and return any money not spent.",
    ]:
        w.bullet(t)
    w.details(["Signature", "Name (in capitals)", "Position", "Date"])
    w.heading("How we use your information", 3)
    w.para(
        "Brindlewick Hospitals Charity will use the information on this form to assess your "
        "application and to manage and monitor any grant. We may share it with Brindlewick "
        "Hospitals NHS Foundation Trust. Our privacy notice is at "
        "www.brindlewickcharity.example.org.uk/privacy. Registered charity number 1052873."
    )
    out = HERE / "brindlewick-hospitals-charity-community-health-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Ockhamby (docx form)


def ockhamby() -> None:
    """A county council public health team's prevention grant form in Word: Parts A to F,
    details in label/box tables, the project and outcomes questions in "Question / Your
    answer" tables with an italic "Maximum N words" line, a bulleted documents list, two
    signatories."""
    d = _new(
        "Healthy Communities Prevention Grant 2027-28 - Application form",
        "Ockhamby County Council Public Health",
        "Arial",
        11,
    )
    w = _Word(d, "E2EFDA")
    w.para("Ockhamby County Council", bold=True)
    d.add_heading("Healthy Communities Prevention Grant 2027-28", level=0)
    w.heading("Application form", 1)
    w.para(
        "The Healthy Communities Prevention Grant is funded from the Public Health Grant. It "
        "offers grants of £2,000 to £10,000 to voluntary, community and social enterprise "
        "(VCSE) organisations for projects that help people in Ockhamby to stay healthy and "
        "prevent ill health, particularly in the communities where health is poorest."
    )
    w.para(
        "Before you complete this form, please read the guidance notes, which explain the "
        "prevention priorities and how applications are scored. Answer every question and "
        "keep to the word limits: we will not read beyond the limit."
    )
    w.para(
        "Return the completed form, with the documents listed in Part E, by email to "
        "publichealthgrants@ockhamby.example.gov.uk by 12 noon on Monday 8 March 2027."
    )

    w.heading("Part A: Your organisation")
    w.details(
        [
            "A1 Name of organisation",
            "A2 Address",
            "A3 Postcode",
            "A4 Contact name",
            "A5 Job title or role",
            "A6 Telephone number",
            "A7 Email address",
            "A8 Website (if any)",
        ]
    )
    w.para("A9 Type of organisation (tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} CIO    {BOX} Company limited by guarantee    "
        f"{BOX} Community interest company    {BOX} Constituted community group    "
        f"{BOX} Other (please say)"
    )
    w.details(
        [
            "A10 Registered charity, CIO or company number",
            "A11 Date your organisation was established",
            "A12 Total annual income in your last financial year (£)",
        ]
    )

    w.heading("Part B: Your project")
    w.qtable(
        [
            ("B1 Project title", ""),
            ("B2 Summarise your project in one or two sentences.", "Maximum 50 words"),
            (
                "B3 Describe your project. What activities will you deliver, where, how "
                "often, and who will run them?",
                "Maximum 500 words",
            ),
            (
                "B4 Which of the prevention priorities in the guidance notes will your "
                "project support? Explain how.",
                "Maximum 300 words",
            ),
            (
                "B5 Why is your project needed? Tell us what evidence you have, such as "
                "local health data or feedback from the people you work with.",
                "Maximum 300 words",
            ),
            (
                "B6 How will you reach and involve people from the communities with the "
                "poorest health in Ockhamby?",
                "Maximum 250 words",
            ),
            ("B7 Number of people you expect to take part", ""),
            ("B8 Project start date", ""),
            ("B9 Project end date", ""),
        ]
    )

    w.heading("Part C: Outcomes and monitoring")
    w.para(
        "If you are awarded a grant you will be asked to report on your outcomes every six "
        "months, using a monitoring form we will send you."
    )
    w.qtable(
        [
            (
                "C1 What outcomes will your project achieve? Please list up to three "
                "outcomes and the change you expect to see for participants.",
                "Maximum 300 words",
            ),
            (
                "C2 How will you measure and record your progress towards these outcomes?",
                "Maximum 250 words",
            ),
            (
                "C3 How will the project, or its benefits, continue after the grant has "
                "been spent?",
                "Maximum 200 words",
            ),
        ]
    )

    w.heading("Part D: Budget and match funding")
    w.para(
        "All applicants must contribute at least 10% of the total cost of the project. Your "
        "contribution can be in cash or in kind, for example volunteer time or free use of "
        "a venue."
    )
    w.para("D1 Please list the costs of your project.", bold=True)
    w.grid(
        ["Item or activity", "Cost (£)", "Paid for by the grant (£)"],
        [["", "", ""]] * 6 + [["Total", "", ""]],
    )
    w.details(
        [
            "D2 Total cost of the project (£)",
            "D3 Your organisation's contribution, cash or in kind (£)",
            "D4 Amount requested from Ockhamby County Council (£)",
        ]
    )

    w.heading("Part E: Supporting documents")
    w.para("Please email the following with your application form:")
    for t in [
        "your constitution or other governing document;",
        "your latest annual accounts. These should be independently examined or audited "
        "if your annual income is over £25,000; if it is less, accounts signed by your "
        "treasurer are fine;",
        "your safeguarding policy;",
        "your equality and diversity policy;",
        "a copy of your public liability insurance certificate, showing cover of at least "
        "£10 million;",
        "if you employ staff, a copy of your employer's liability insurance certificate;",
        "for applications over £5,000, a project plan showing the main activities and milestones.",
    ]:
        w.bullet(t)
    w.para(
        "If any of these documents are missing, we will not be able to assess your "
        "application until we receive them."
    )

    w.heading("Part F: Declaration")
    w.para(
        "This form must be signed by two people from your management committee or board "
        "who are not related to each other. One of them should be your Chair, Secretary or "
        "Treasurer."
    )
    w.para(
        "We declare that the information given in this application is correct, that the "
        "organisation has authorised this application, and that any grant will be used only "
        "for the purposes set out in it. We understand that the Council may recover any "
        "grant that is not used for these purposes."
    )
    w.para("First signatory", bold=True)
    w.details(["Name", "Position", "Signature", "Date"])
    w.para("Second signatory", bold=True)
    w.details(["Name", "Position", "Signature", "Date"])
    w.para(
        f"{BOX} I have read the Council's grants privacy notice and understand how my "
        "information will be used."
    )
    w.heading("Data protection", 3)
    w.para(
        "Ockhamby County Council is the data controller for the information on this form. "
        "We use it to assess your application and to manage and monitor grants. Read our "
        "privacy notice at www.ockhamby.example.gov.uk/publichealthprivacy."
    )
    out = HERE / "ockhamby-healthy-communities-prevention-grant-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# -------------------------------------------------------- Lanterby (fillable PDF form)


def lanterby() -> None:
    """A primary care network's social prescribing micro-grant form as a fillable PDF made
    from a Word form: labels printed on the page, tooltips from the labels, /MaxLen on the
    short fields and on two of the three answer boxes, a Yes/No radio group."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lanterby-pcn-social-prescribing-micro-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Lanterby PCN Social Prescribing Micro-grants - Application form")
    c.setAuthor("Lanterby Primary Care Network")
    c.setSubject("Social prescribing micro-grants")
    c.setCreator("Acrobat PDFMaker 24 for Word")
    w, h = A4
    form = c.acroForm
    blue = colors.HexColor("#005EB8")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 18

    def field(name, label, tip, lw=190, maxlen=0):
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
            fillColor=colors.HexColor("#E8EDEE"),
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
            fillColor=colors.HexColor("#E8EDEE"),
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 12

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(blue)
    c.drawString(50, state["y"], "Lanterby Primary Care Network")
    state["y"] -= 22
    c.drawString(50, state["y"], "Social Prescribing Community Micro-grants: Application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Our social prescribing link workers help patients of the five Lanterby GP practices "
        "to find local groups and activities that support their health and wellbeing. "
        "Micro-grants of up to £500 help small community groups to welcome people referred "
        "by link workers, for example to buy equipment, pay for a room or run taster "
        "sessions."
    )
    state["y"] -= 4
    txt(
        "Type your answers into the boxes, save the form and email it to "
        "socialprescribing.lanterbypcn@example.org.uk. Applications can be made at any time "
        "until the money runs out. If you would like help to fill in the form, ask your "
        "link worker or call 01632 960455."
    )
    heading("Section 1 - About your group")
    field("Group name", "Name of group", "Name of group", maxlen=100)
    field("Contact name", "Contact name", "Contact name")
    field("Role", "Your role in the group", "Your role in the group")
    field("Address", "Address", "Address")
    field("Postcode", "Postcode", "Postcode", maxlen=8)
    field("Telephone", "Telephone", "Telephone", maxlen=15)
    field("Email", "Email", "Email")
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "Does your group have its own bank account?")
    for value, x in (("Yes", 300), ("No", 360)):
        form.radio(
            name="Bank account",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
            tooltip="Does your group have its own bank account?",
        )
        c.drawString(x + 15, state["y"], value)
    state["y"] -= 24
    field(
        "Holding organisation",
        "If no, organisation holding the grant",
        "If no, name of the organisation that will hold the grant for you",
        lw=210,
    )
    field(
        "Link worker",
        "Link worker you work with (if any)",
        "Name of the social prescribing link worker you work with, if any",
        lw=210,
    )
    heading("Section 2 - About your activity")
    field("Venue", "Where your group meets", "Venue", lw=210)
    field("Day and time", "Day and time of sessions", "Day and time of sessions", lw=210)
    box(
        "Q1 Activity",
        "1. What does your group do, and what will the micro-grant pay for? "
        "(up to 1,000 characters)",
        "What does your group do, and what will the micro-grant pay for? (up to 1,000 characters)",
        height=120,
        maxlen=1000,
    )
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "Q2 Referred people",
        "2. How will your group help people referred by link workers, for example people who "
        "are lonely, living with a long-term health condition or caring for someone? "
        "(up to 1,000 characters)",
        "How will your group help people referred by link workers? (up to 1,000 characters)",
        height=130,
        maxlen=1000,
    )
    box(
        "Q3 Welcome",
        "3. How will you welcome new people to your group and help them to keep coming?",
        "How will you welcome new people to your group and help them to keep coming?",
        height=120,
    )
    field(
        "Amount requested",
        "Amount requested (£, up to £500)",
        "Amount requested",
        lw=230,
        maxlen=6,
    )
    field(
        "Weekly attendance",
        "How many people come to your group each week?",
        "Number of people who come each week",
        lw=280,
        maxlen=4,
    )
    heading("Section 3 - What to send with your form")
    txt(
        "We do not need to see your accounts. Please email a copy of a recent bank statement "
        "(from the last three months) showing your group's name with this form. If another "
        "organisation is holding the grant for you, send its bank statement instead."
    )
    state["y"] -= 4
    txt(
        "If you are buying an item of equipment that costs more than £100, please also send "
        "a quote or a screenshot showing the price."
    )
    state["y"] -= 4
    txt(
        "You do not need to find any other money to apply: the micro-grant can pay for the "
        "whole cost of what you need."
    )
    heading("Section 4 - Declaration")
    txt(
        "I confirm that the information on this form is correct, that the group knows about "
        "this application, and that the micro-grant will be spent on what is described above "
        "within six months. I agree to tell the social prescribing team how it was spent."
    )
    state["y"] -= 4
    form.checkbox(
        name="Declaration",
        tooltip="I agree to the declaration",
        x=50,
        y=state["y"] - 3,
        size=11,
        borderColor=colors.grey,
        fillColor=colors.white,
        buttonStyle="check",
    )
    c.setFont("Helvetica", 10)
    c.drawString(66, state["y"], "I agree to the declaration above")
    state["y"] -= 26
    field("Name", "Your name", "Your name", lw=200)
    field("Date", "Date", "Date", lw=200, maxlen=10)
    state["y"] -= 6
    txt(
        "Lanterby Primary Care Network, c/o Lanterby Health Centre, Mill Road, Lanterby "
        "LT4 2HQ. We will keep the information on this form only for as long as we need it "
        "to manage the micro-grants. Our privacy notice is on the practices' websites.",
        size=8.5,
        leading=11,
    )
    c.showPage()
    c.save()


# ------------------------------------------------- Vellmarsh (text PDF guidance notes)


def vellmarsh() -> None:
    """A CVS's guidance notes for a health inequalities fund it runs for the NHS integrated
    care board, as Word exports them to PDF: numbered headings, bullets, an outcomes table, a
    monitoring section, a "What you need to send" checklist, a scoring table and FAQs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "vellmarsh-health-inequalities-fund-guidance-notes.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Vellmarsh Health Inequalities Fund 2027-28: Guidance notes for applicants")
    c.setAuthor("Vellmarsh Council for Voluntary Service")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    green = colors.HexColor("#1D6F42")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Vellmarsh Health Inequalities Fund 2027-28 - Guidance notes")
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
        """Rows of cells, each wrapped inside its column; the first row is the header."""
        for i, r in enumerate(rows):
            font = "Helvetica-Bold" if i == 0 else "Helvetica"
            cells = [simpleSplit(v, font, 9.5, xs[j + 1] - xs[j] - 8) for j, v in enumerate(r)]
            n = max(len(x) for x in cells)
            room(n * 12 + 10)
            if i == 0:
                c.setFillColor(colors.HexColor("#D5E8D4"))
                c.rect(xs[0], state["y"] - n * 12 + 4, xs[-1] - xs[0], n * 12 + 6, stroke=0, fill=1)
                c.setFillColor(colors.black)
            c.setFont(font, 9.5)
            for j, lines in enumerate(cells):
                for k, ln in enumerate(lines):
                    c.drawString(xs[j] + 4, state["y"] - k * 12, ln)
            state["y"] -= n * 12
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] + 4, xs[-1], state["y"] + 4)
            state["y"] -= 8
        state["y"] -= 8

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(green)
    c.drawString(72, state["y"], "Vellmarsh Health Inequalities Fund 2027-28")
    state["y"] -= 26
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Guidance notes for applicants")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Vellmarsh CVS, on behalf of NHS Vellmarsh and Tarnbury ICB")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About the fund")
    para(
        "The Vellmarsh Health Inequalities Fund is paid for by NHS Vellmarsh and Tarnbury "
        "Integrated Care Board (the ICB) and run on its behalf by Vellmarsh Council for "
        "Voluntary Service (Vellmarsh CVS). In 2027-28 the fund has £240,000 to give to "
        "voluntary, community, faith and social enterprise (VCFSE) organisations in the "
        "Vellmarsh area."
    )
    para(
        "The fund supports community-led projects that help to close the gap in health "
        "between the most and least deprived communities in Vellmarsh. People living in our "
        "most deprived neighbourhoods can expect to live around nine fewer years in good "
        "health than people in the least deprived. Local groups are often best placed to "
        "reach people who do not use health services as much as they need to."
    )
    head("2. What we mean by health inequalities")
    para(
        "Health inequalities are unfair and avoidable differences in health between "
        "different groups of people. The NHS Core20PLUS5 approach asks local health systems "
        "to focus on the most deprived 20% of the population (the 'Core20'), on other groups "
        "who experience poorer health (the 'PLUS' groups), and on five clinical areas."
    )
    para("In Vellmarsh, the PLUS groups agreed by the ICB and local partners include:")
    for t in [
        "people from Black, Asian and minority ethnic communities;",
        "people with a learning disability or autistic people;",
        "unpaid carers;",
        "people experiencing homelessness or living in temporary accommodation;",
        "Gypsy, Roma and Traveller communities;",
        "people with severe mental illness.",
    ]:
        bullet(t)
    head("3. Our priorities")
    para("We want to fund projects that do at least one of the following:")
    for t in [
        "help people to find and use health services earlier, including cancer screening, "
        "NHS health checks and vaccinations;",
        "support people living with long-term conditions such as diabetes, heart disease "
        "or COPD (chronic obstructive pulmonary disease) to manage their health;",
        "improve mental health and wellbeing and reduce loneliness;",
        "help people to be more active, eat well, stop smoking or drink less alcohol;",
        "give people from PLUS groups a stronger voice in how local health services are planned.",
    ]:
        bullet(t)
    head("4. How much you can apply for")
    para(
        "You can apply for between £2,000 and £15,000 for a project lasting up to 18 months. "
        "We expect to make around 25 grants. We can fund staff and sessional worker costs, "
        "volunteer expenses, venue hire, equipment, interpreting and translation, and a fair "
        "share of your running costs (up to 10% of the grant)."
    )
    head("5. Who can apply")
    para("You can apply if your organisation:")
    for t in [
        "is a VCFSE organisation: a registered charity, charitable incorporated "
        "organisation, constituted community group, community interest company or company "
        "limited by guarantee with a not-for-profit clause;",
        "has an annual income of less than £500,000;",
        "works with people who live in the Vellmarsh area;",
        "has a management committee or board of at least three unrelated people;",
        "has a bank account in the organisation's name needing two unrelated signatories.",
    ]:
        bullet(t)
    para(
        "Organisations can work in partnership. In a partnership, one organisation must be "
        "the lead applicant and will be responsible for the grant."
    )
    head("6. What we cannot fund")
    for t in [
        "individuals, statutory bodies, schools or GP practices;",
        "services the NHS or the council already pays for, or should pay for;",
        "activities that have already happened or costs already paid;",
        "religious or political activity;",
        "large capital items or building work;",
        "organisations that have not returned monitoring for an earlier grant from Vellmarsh CVS.",
    ]:
        bullet(t)
    head("7. Outcomes")
    para(
        "Every project must contribute to at least one of the fund's outcomes. On the "
        "application form you will choose the outcomes that fit your project and tell us how "
        "you will measure them. The table shows the kind of measures we would expect."
    )
    table(
        [
            ["Outcome", "Examples of how you might measure it"],
            [
                "More people from Core20PLUS communities use preventive health services",
                "Number of people supported to book a health check or screening; numbers "
                "attending a vaccination session you helped to promote",
            ],
            [
                "People feel more confident to manage their own health",
                "Short before and after questionnaire; participants' own words",
            ],
            [
                "Improved mental wellbeing and less loneliness",
                "Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) at the start and "
                "end; attendance over time",
            ],
            [
                "Healthier lifestyles",
                "Minutes of activity a week; number of people who set a quit date",
            ],
            [
                "Community voices shape local health services",
                "Number of people taking part in engagement; changes made as a result",
            ],
        ],
        [72, 260, w - 72],
    )
    head("8. Monitoring and evaluation")
    para(
        "We need to show the ICB what the fund has achieved, so monitoring is a condition of "
        "every grant. We keep it as simple as we can. If you receive a grant you will be "
        "asked to:"
    )
    for t in [
        "agree three to five outcome measures and targets with us at a short start-up meeting;",
        "collect basic information about the people you work with, including their "
        "postcode, age group and ethnicity, so we can see whether the fund is reaching "
        "Core20PLUS communities;",
        "complete a short online monitoring return every quarter;",
        "send us at least two case studies during the grant, with the person's consent;",
        "complete an end of grant report within six weeks of the end of your project, "
        "including a summary of what you spent.",
    ]:
        bullet(t)
    para(
        "Vellmarsh CVS runs free workshops on measuring outcomes and collecting case studies. "
        "All funded groups are invited to a learning event at the end of the year."
    )
    head("9. How to apply")
    para(
        "Download the application form (Word) from www.vellmarshcvs.example.org.uk/hif. Fill "
        "it in, and email it with your supporting documents to hif@vellmarshcvs.example.org.uk. "
        "We cannot accept handwritten forms, but if you need help please call us and we can "
        "arrange support from a development worker."
    )
    para(
        "The form asks about your organisation, your project, the communities you will work "
        "with, your outcomes and your budget. Each question has a word limit, which is shown "
        "on the form. Please do not send extra pages."
    )
    head("10. What you need to send")
    para("Please send the following documents with your application form:")
    for t in [
        "your governing document (constitution, trust deed, or memorandum and articles of "
        "association), signed and dated;",
        "your most recent annual accounts, signed by two members of your committee or board. "
        "They do not need to be independently examined unless your income is over £25,000;",
        "a project budget, using the budget template on our website;",
        "your safeguarding policy;",
        "your equality, diversity and inclusion policy;",
        "a copy of your current public liability insurance certificate.",
    ]:
        bullet(t)
    para("And, only if they apply to you:")
    for t in [
        "if your organisation is less than 12 months old and has no accounts yet, your last "
        "three months' bank statements instead of accounts;",
        "if you will deliver the project in partnership, a letter of support from each "
        "partner organisation;",
        "for grants of more than £10,000, a project plan showing milestones and timescales;",
        "if staff or volunteers will visit people in their own homes, your lone working policy.",
    ]:
        bullet(t)
    para(
        "You do not need to send your data protection policy or DBS certificates, but you "
        "will be asked to confirm on the form that you have a data protection policy and "
        "that staff and volunteers working with children or adults at risk have had the "
        "right level of DBS check."
    )
    head("11. Insurance")
    para(
        "All funded organisations must hold public liability insurance with cover of at "
        "least £5m. If you employ staff you must also hold employer's liability insurance, "
        "as the law requires."
    )
    head("12. Match funding")
    para(
        "Match funding is not required. If you have other funding for the project, or are "
        "waiting to hear from another funder, please tell us on the application form."
    )
    head("13. How applications are assessed")
    para(
        "Applications are checked by Vellmarsh CVS and scored by a panel that includes "
        "representatives of the ICB, Vellmarsh Borough Council's public health team and "
        "people with lived experience. The panel will score each application as follows:"
    )
    table(
        [
            ["What the panel looks at", "Weighting"],
            ["Need: evidence that the project reaches Core20PLUS communities", "30%"],
            ["Outcomes: a clear difference to people's health, and how it will be measured", "25%"],
            ["Delivery: a realistic plan and the skills to deliver it", "20%"],
            ["Community involvement: people with lived experience shape the project", "15%"],
            ["Value for money: a realistic budget", "10%"],
        ],
        [72, 400, w - 72],
    )
    head("14. Timetable")
    table(
        [
            ["Stage", "Date"],
            ["Fund opens", "11 January 2027"],
            ["Information session (online)", "26 January 2027, 2pm"],
            ["Closing date", "5pm, 1 March 2027"],
            ["Panel meets", "w/c 19 April 2027"],
            ["Decisions emailed", "by 7 May 2027"],
            ["Projects start", "from 1 June 2027"],
        ],
        [72, 300, w - 72],
    )
    head("15. If your application is successful")
    para(
        "We will send you a grant agreement to sign. Grants of up to £5,000 are paid in full "
        "when we receive the signed agreement. Larger grants are paid in two instalments: 70% "
        "at the start and 30% after we receive your six-month monitoring return. You must "
        "acknowledge the ICB and Vellmarsh CVS in any publicity about the project."
    )
    head("16. Frequently asked questions")
    para("Can we apply for more than one project?", font="Helvetica-Bold")
    para("No. Each organisation can submit one application, as lead or as a partner.")
    para("We have not worked on health before. Can we still apply?", font="Helvetica-Bold")
    para(
        "Yes. Many of the groups we fund are not health organisations. What matters is that "
        "you are trusted by the communities you work with and that your project will make a "
        "difference to their health."
    )
    para("Can we pay people for their time and expertise?", font="Helvetica-Bold")
    para(
        "Yes. You can include payments or vouchers for people with lived experience who help "
        "to design or run the project."
    )
    para("What if our project changes after we get the grant?", font="Helvetica-Bold")
    para(
        "Talk to us as early as you can. We are usually able to agree changes, as long as "
        "the project still meets the fund's outcomes."
    )
    head("17. Contact us")
    para(
        "Funding team, Vellmarsh CVS, The Guildhall Annexe, 14 Bridge Street, Vellmarsh "
        "VM1 3RT. Telephone 01632 962288. Email hif@vellmarshcvs.example.org.uk. Registered "
        "charity number 1098214."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    brindlewick()
    ockhamby()
    lanterby()
    vellmarsh()


if __name__ == "__main__":
    main()
