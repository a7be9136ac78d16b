"""Build set 56's Word and PDF documents (typical light-touch council procurement and
commissioning aimed at small voluntary organisations, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus56.py
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


# ------------------------------------------------------------- Corringdale (docx form)


def corringdale() -> None:
    """A district council's Request for Quotation response form in Word for a small contract:
    key facts, supplier details table, pass / fail Yes / No table, quality questions as shaded
    cells over empty ones with "(maximum N words)" and a weighting, a price table, a bulleted
    documents list and a form of quotation."""
    d = _new(
        "RFQ CDC-2027-014 Quotation Response Form",
        "Corringdale District Council Procurement",
        "Arial",
        11,
    )
    _header_text(d, "OFFICIAL    Corringdale District Council    RFQ ref: CDC-2027-014")
    w = _Word(d, "D9E2F3")
    d.add_heading("Corringdale District Council", level=0)
    w.heading("Request for Quotation: Quotation Response Form", 1)
    w.heading("Digital Inclusion Drop-in Sessions in Libraries", 2)
    w.para(
        "Corringdale District Council invites quotations from voluntary and community sector "
        "organisations, social enterprises and small businesses to run free weekly drop-in "
        "sessions helping residents to get online, in four of the district's libraries. The "
        "full requirement is set out in the Specification (Document 2 of this Request for "
        "Quotation pack)."
    )
    w.facts(
        [
            ("RFQ reference", "CDC-2027-014"),
            ("Contract value", "Up to £18,000 in total (excluding VAT)"),
            ("Contract period", "1 April 2027 to 31 March 2028"),
            ("Quotation deadline", "12 noon on Friday 12 February 2027"),
            (
                "Clarification questions",
                "By 29 January 2027, to procurement@corringdale.example.gov.uk",
            ),
            ("Evaluation", "Quality 60%, Price 40%"),
        ]
    )
    w.heading("How to complete this form", 3)
    w.number("Please complete every section of this form. Type your answers into the boxes.")
    w.number(
        "Keep to the word limit shown for each quality question. We will not read or score "
        "anything beyond the limit."
    )
    w.number(
        "Return the completed form, with the documents listed in Section 5, by email to "
        "procurement@corringdale.example.gov.uk by the deadline above. Please put the RFQ "
        "reference in the subject line."
    )
    w.number(
        "This is a quotation for a contract under the Council's procurement thresholds. It "
        "is not a grant. The Council's standard terms and conditions for services (Document 3) "
        "will apply."
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "1.1 Name of organisation",
            "1.2 Registered address",
            "1.3 Postcode",
            "1.4 Contact name",
            "1.5 Position",
            "1.6 Telephone",
            "1.7 Email",
            "1.8 Legal status (for example charity, CIO, CIC, company limited by guarantee)",
            "1.9 Charity and/or company number",
            "1.10 VAT registration number (if registered)",
        ]
    )
    w.para("References", bold=True)
    w.para(
        "Please give details of two organisations you have provided a similar service for, "
        "or that have funded similar work, in the last three years. We may contact them."
    )
    w.details(
        [
            "1.11 Referee 1: name",
            "1.12 Referee 1: organisation",
            "1.13 Referee 1: email address",
            "1.14 Referee 2: name",
            "1.15 Referee 2: organisation",
            "1.16 Referee 2: email address",
        ]
    )

    w.heading("Section 2: Suitability (pass / fail)")
    w.para(
        "Please answer Yes or No to each question by putting an X in the right column. An "
        "answer of No to 2.1, 2.2 or 2.4 may mean that your quotation cannot be considered."
    )
    w.grid(
        ["No.", "Question", "Yes", "No"],
        [
            [
                "2.1",
                "Does your organisation hold, or will it hold by the start of the contract, "
                "public liability insurance of at least £5 million?",
                "",
                "",
            ],
            [
                "2.2",
                "If you employ staff, do you hold employer's liability insurance of at least "
                "£5 million? (Answer Yes if you do not employ staff.)",
                "",
                "",
            ],
            [
                "2.3",
                "Does your organisation have a safeguarding policy that covers adults at risk?",
                "",
                "",
            ],
            [
                "2.4",
                "Does your organisation have a data protection policy, and will it handle "
                "personal data in line with UK GDPR?",
                "",
                "",
            ],
            [
                "2.5",
                "Is anyone in your organisation related to, or in a business relationship "
                "with, a councillor or officer of Corringdale District Council?",
                "",
                "",
            ],
        ],
    )

    w.heading("Section 3: Quality (60%)")
    w.para(
        "Your answers will be scored from 0 to 5 using the scoring scale in the Specification, "
        "section 9. The weighting of each question is shown beside it."
    )
    w.question(
        "3.1 Delivery (weighting 20%)\nDescribe how you will plan and run the weekly drop-in "
        "sessions at the four libraries, including what help people will get and how you "
        "will deal with demand that is higher or lower than expected. (maximum 500 words)",
        4800,
    )
    w.question(
        "3.2 Reaching people (weighting 10%)\nHow will you reach people who are digitally "
        "excluded, including older people and disabled people, and encourage them to come "
        "to the sessions? (maximum 400 words)",
        4000,
    )
    w.question(
        "3.3 Staff and volunteers (weighting 10%)\nDescribe the staff and volunteers who will "
        "deliver the sessions, their skills and experience, and how you will train and "
        "support them. (maximum 400 words)",
        4000,
    )
    w.question(
        "3.4 Monitoring (weighting 10%)\nHow will you record and report the number of people "
        "helped and the difference the sessions make to them? (maximum 300 words)",
        3200,
    )
    w.question(
        "3.5 Social value (weighting 10%)\nWhat additional benefits will your organisation "
        "bring to Corringdale through this contract, for example volunteering opportunities, "
        "local jobs or donated equipment? (maximum 250 words)",
        2800,
    )

    w.heading("Section 4: Price (40%)")
    w.para(
        "4.1 Please give a breakdown of your fixed price for the whole contract period. "
        "Prices must exclude VAT. The lowest total price will get full marks for price and "
        "other prices will be scored in proportion.",
        bold=True,
    )
    w.grid(
        ["Cost", "Price (£, excluding VAT)"],
        [
            ["Staff costs", ""],
            ["Volunteer expenses", ""],
            ["Equipment, software and materials", ""],
            ["Travel", ""],
            ["Management and overheads", ""],
            ["Total fixed price", ""],
        ],
    )

    w.heading("Section 5: Documents you must send")
    w.para("Please send these documents with your completed form:")
    w.bullet("a copy of your current public liability insurance certificate;")
    w.bullet("a copy of your employer's liability insurance certificate, if you employ staff;")
    w.bullet("your safeguarding policy;")
    w.bullet(
        "your latest annual accounts. These do not need to be audited: accounts approved by "
        "your management committee and signed by your treasurer are fine."
    )
    w.para(
        "You do not need to send your data protection policy, but we may ask to see it "
        "before the contract is awarded."
    )

    w.heading("Section 6: Form of quotation")
    w.para(
        "I/We, the undersigned, offer to provide the services described in the Specification "
        "for the price given in Section 4, on the Council's standard terms and conditions for "
        "services. I/We confirm that the information in this quotation is true and complete, "
        "that the price has been arrived at independently, and that this quotation will "
        "remain open for 90 days from the deadline."
    )
    w.details(["Signed", "Name", "Position", "Date"])
    w.para(
        "The Council will use the information in this form to evaluate quotations and manage "
        "the contract. See www.corringdale.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "corringdale-digital-inclusion-rfq-quotation-response.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Hatherby (docx form)


def hatherby() -> None:
    """A county council's small-lots tender method statement in Word: a lots table, bidder
    details, each method statement question a heading with weighting and word limit, "Your
    response should include" bullets and a one-cell answer box, then what to upload."""
    d = _new(
        "Healthy Communities Small Lots Tender - Method Statement Response Document",
        "Hatherby County Council Commissioning Team",
        "Calibri",
        11,
    )
    _header_text(d, "Hatherby County Council  |  HCC/PH/2027/006  |  Appendix B")
    w = _Word(d, "E2EFD9")
    d.add_heading("Healthy Communities Small Lots Tender 2027", level=0)
    w.heading("Appendix B: Method Statement Response Document", 1)
    w.para(
        "Hatherby County Council's Public Health team is commissioning community-based "
        "activities to help adults lead healthier lives. The work is divided into three "
        "small lots so that local voluntary and community organisations can bid for the "
        "part that suits them. Contracts will run for two years from 1 June 2027."
    )
    w.grid(
        ["Lot", "Service", "Annual value"],
        [
            ["1", "Physical activity for adults over 55", "£12,000"],
            ["2", "Cooking and eating well on a budget", "£10,000"],
            ["3", "Community walking groups", "£8,000"],
        ],
    )
    w.heading("Instructions", 3)
    w.bullet(
        "Answer every method statement question (MS1 to MS6) in the box below it. If you "
        "are bidding for more than one lot, complete a separate copy of this document for "
        "each lot."
    )
    w.bullet(
        "Keep to the word limit for each question. Words over the limit will not be read. "
        "Do not include links to websites or extra attachments unless asked."
    )
    w.bullet(
        "Quality is worth 80% and price 20% of the total score. You will enter your price "
        "on the e-tendering portal, not in this document."
    )
    w.bullet(
        "Upload this document, and the documents listed in Part C, to the Council's "
        "e-tendering portal by 12:00 on 3 March 2027."
    )

    w.heading("Part A: Bidder details")
    w.details(["Name of bidding organisation"])
    w.para("Which lot is this response for? (tick one)", bold=True)
    w.para(f"{BOX} Lot 1    {BOX} Lot 2    {BOX} Lot 3")

    w.heading("Part B: Method statement questions")
    qs = [
        (
            "MS1 Service delivery",
            "25%",
            "750",
            "Describe how you will deliver the service for this lot across the two years of "
            "the contract.",
            [
                "the activities you will run, how often, and where;",
                "how you will make sure the sessions suit people with different needs and "
                "abilities;",
                "how you will meet the number of participants in the Specification.",
            ],
        ),
        (
            "MS2 Reaching and engaging participants",
            "15%",
            "500",
            "How will you find, reach and keep participants, especially people in the areas "
            "and groups named in section 3 of the Specification?",
            [
                "how you will work with GP practices, social prescribers and other local "
                "organisations;",
                "how you will encourage people to keep coming.",
            ],
        ),
        (
            "MS3 Staff and volunteers",
            "10%",
            "500",
            "Describe the staff and volunteers who will deliver this lot, their skills and "
            "qualifications, and how you will recruit, train and supervise them.",
            [
                "any qualifications that are needed for the activities in this lot;",
                "how you will cover sickness and holidays.",
            ],
        ),
        (
            "MS4 Safeguarding and safety",
            "10%",
            "400",
            "Explain how you will keep participants, staff and volunteers safe.",
            [
                "your safeguarding arrangements and who leads on them;",
                "how you will assess and manage the risks of the activities.",
            ],
        ),
        (
            "MS5 Outcomes and monitoring",
            "10%",
            "400",
            "How will you measure and report the difference the service makes?",
            [
                "the information you will collect and how;",
                "how you will use feedback from participants to improve the service.",
            ],
        ),
        (
            "MS6 Social value",
            "10%",
            "300",
            "What additional social, economic or environmental benefits will you deliver "
            "in Hatherby through this contract?",
            [
                "commitments you can measure, such as volunteering hours or local jobs.",
            ],
        ),
    ]
    for title, weight, limit, text, points in qs:
        w.para(f"{title}    Weighting: {weight}    Word limit: {limit} words", bold=True)
        w.para(text)
        w.para("Your response should include:", italic=True)
        for p in points:
            w.bullet(p)
        w.answer_box(int(limit) * 8)

    w.heading("Part C: Documents to upload")
    w.para("Please upload the following with this document:")
    w.number("your safeguarding policy, including your procedure for reporting concerns;")
    w.number("a risk assessment for the activities in this lot;")
    w.number(
        "for Lot 2 only, a Level 2 food hygiene certificate for each person who will "
        "prepare food or lead cooking sessions."
    )
    w.para(
        "Insurance, financial standing and references are covered by the Selection "
        "Questionnaire, which you answer separately on the e-tendering portal."
    )
    w.heading("Part D: Completed by")
    w.details(["Name", "Position", "Date"])
    out = HERE / "hatherby-healthy-communities-lots-method-statement.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------- Lindenfold (fillable PDF form)


def lindenfold() -> None:
    """A town council's fillable PDF quotation form for a small contract: labels on the page,
    a field beside or under each, tooltips from the labels, /MaxLen on every answer box
    matching "(up to N characters)", a Yes/No radio group, check boxes against documents."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lindenfold-youth-activities-quotation-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Lindenfold Town Council - Quotation Form - Summer Youth Activities 2027")
    c.setAuthor("Lindenfold Town Council")
    c.setSubject("Request for quotation")
    c.setCreator("Acrobat Pro 24")
    w, h = A4
    form = c.acroForm
    navy = colors.HexColor("#1F3864")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(navy)
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
            fillColor=colors.HexColor("#EAF0F8"),
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
            fillColor=colors.HexColor("#EAF0F8"),
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

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(navy)
    c.drawString(50, state["y"], "Lindenfold Town Council")
    state["y"] -= 22
    c.drawString(50, state["y"], "Quotation Form: Summer Youth Activities 2027")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Lindenfold Town Council is asking for quotations to run a programme of free "
        "activities for young people aged 11 to 18 in the town's parks and at the Memorial "
        "Hall during the 2027 summer school holidays (six weeks, 26 July to 3 September). The "
        "Council's budget for the programme is up to £9,500. Please read the Request for "
        "Quotation letter and specification before you fill in this form."
    )
    state["y"] -= 4
    txt(
        "Type your answers into the boxes, save the form and email it with your documents to "
        "the Town Clerk at clerk@lindenfold-tc.example.gov.uk by 5pm on Friday 30 April 2027. "
        "Each answer box shows how many characters you can use."
    )
    heading("Part A - Your organisation")
    field("A1 Organisation name", "A1 Name of organisation", "Name of organisation", maxlen=100)
    field("A2 Address", "A2 Address", "Address")
    field("A3 Postcode", "A3 Postcode", "Postcode", maxlen=8)
    field("A4 Contact name", "A4 Contact name", "Contact name")
    field("A5 Telephone", "A5 Telephone", "Telephone", maxlen=15)
    field("A6 Email", "A6 Email address", "Email address")
    field(
        "A7 Charity or company number",
        "A7 Charity or company number (if any)",
        "Charity or company number",
        lw=230,
        maxlen=10,
    )
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "A8 Is your organisation registered for VAT?")
    for value, x in (("Yes", 300), ("No", 360)):
        form.radio(
            name="A8 VAT registered",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
            tooltip="Is your organisation registered for VAT?",
        )
        c.drawString(x + 15, state["y"], value)
    state["y"] -= 24
    heading("Part B - Your proposal")
    box(
        "B1 Activities",
        "B1 Describe the activities you will provide, when and where, and how they meet the "
        "specification. (up to 2,400 characters)",
        "Describe the activities you will provide, when and where, and how they meet the "
        "specification. (up to 2,400 characters)",
        height=210,
        maxlen=2400,
    )
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "B2 Experience",
        "B2 What experience does your organisation have of running activities for young "
        "people aged 11 to 18? (up to 1,500 characters)",
        "What experience does your organisation have of running activities for young people "
        "aged 11 to 18? (up to 1,500 characters)",
        height=140,
        maxlen=1500,
    )
    box(
        "B3 Safe and inclusive",
        "B3 How will you make sure the activities are safe and open to all young people, "
        "including those with disabilities? (up to 1,500 characters)",
        "How will you make sure the activities are safe and open to all young people, "
        "including those with disabilities? (up to 1,500 characters)",
        height=140,
        maxlen=1500,
    )
    box(
        "B4 Promotion",
        "B4 How will you let young people and their families know about the programme? "
        "(up to 900 characters)",
        "How will you let young people and their families know about the programme? (up to "
        "900 characters)",
        height=100,
        maxlen=900,
    )
    heading("Part C - Price")
    field(
        "C1 Number of sessions",
        "C1 Number of sessions you will run",
        "Number of sessions you will run",
        lw=250,
        maxlen=4,
    )
    field(
        "C2 Price per session",
        "C2 Price per session (£, excluding VAT)",
        "Price per session excluding VAT",
        lw=250,
        maxlen=10,
    )
    field(
        "C3 Total price",
        "C3 Total price for the programme (£, excluding VAT)",
        "Total price for the programme excluding VAT",
        lw=250,
        maxlen=10,
    )
    c.showPage()

    # page 3
    state["y"] = h - 50
    heading("Part D - Documents")
    txt("Please email these documents with your form, and tick each one you have sent.")
    state["y"] -= 4
    docs = [
        (
            "D Insurance",
            "A copy of your public liability insurance certificate (minimum cover £10 million)",
        ),
        ("D Safeguarding", "Your safeguarding policy for children and young people"),
        (
            "D Health and safety",
            "Your health and safety policy (only if you employ five or more people)",
        ),
    ]
    for name, label in docs:
        check(name, label)
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    state["y"] -= 4
    txt(
        "Everyone who works with young people on the programme, paid or volunteer, must have "
        "an enhanced DBS check. You do not need to send copies, but the Council may ask to "
        "see your records."
    )
    heading("Part E - Declaration")
    txt(
        "I confirm that the information in this quotation is correct, that I am authorised "
        "to submit it on behalf of the organisation, and that the price quoted will remain "
        "valid for 60 days. I understand that the Town Council is not bound to accept the "
        "lowest or any quotation."
    )
    state["y"] -= 4
    check("E Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(66, state["y"], "I agree to the declaration above")
    state["y"] -= 26
    field("E Name", "Name (typing your name counts as your signature)", "Name", lw=250)
    field("E Position", "Position in organisation", "Position", lw=250)
    field("E Date", "Date", "Date", lw=250, maxlen=10)
    state["y"] -= 6
    txt(
        "Lindenfold Town Council, Memorial Hall, Church Street, Lindenfold LF4 2RA. Our "
        "privacy notice is at www.lindenfold-tc.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    c.showPage()
    c.save()


# ------------------------------------------------------ Kettleburn (text PDF guidance)


def kettleburn() -> None:
    """A borough council's Request for Quotation specification and instructions to suppliers,
    as Word exports it to PDF: numbered headings, a requirements list, an outcomes table, a
    timetable, the evaluation, a numbered "What you must send" list, five pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kettleburn-food-support-rfq-specification-and-instructions.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("RFQ KBC/RFQ/2027/0412 Specification and Instructions to Suppliers")
    c.setAuthor("Kettleburn Borough Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    green = colors.HexColor("#1E5631")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "OFFICIAL  |  KBC/RFQ/2027/0412  |  Specification and Instructions")
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

    def item(label, t):
        lines = simpleSplit(t, "Helvetica", 10.5, w - 170)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(84, state["y"], label)
        for ln in lines:
            c.drawString(102, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def bullet(t):
        item("\u2022", t)

    def table(rows, xs):
        room(22 * len(rows) + 10)
        for i, r in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
            if i == 0:
                c.setFillColor(colors.HexColor("#D5E8D4"))
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
    c.drawString(72, state["y"], "Kettleburn Borough Council")
    state["y"] -= 28
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Request for Quotation: KBC/RFQ/2027/0412")
    state["y"] -= 20
    c.drawString(72, state["y"], "Community Food Support Network Coordinator")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Document 1: Specification and Instructions to Suppliers")
    state["y"] -= 16
    c.drawString(72, state["y"], "Issued: 11 January 2027")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. Introduction")
    para(
        "Kettleburn Borough Council (the Council) invites quotations for a Community Food "
        "Support Network Coordinator service. This is a contract for services with an "
        "estimated value below the Council's threshold for a full tender, so we are using "
        "our light-touch Request for Quotation (RFQ) process. We would particularly welcome "
        "quotations from voluntary, community and faith sector organisations, social "
        "enterprises and consortia of local groups."
    )
    para(
        "This document describes the service we want (the Specification) and tells you how "
        "to send us a quotation. Please read it alongside Document 2, the Quotation Response "
        "Form, and Document 3, the Council's Terms and Conditions for Services."
    )
    head("2. Background")
    para(
        "There are eleven food banks, pantries and community fridges in the borough, almost "
        "all run by volunteers. Since 2022 they have seen more people than ever, many of "
        "them in work. The groups have told us that they would like help to share food and "
        "volunteers, to refer people to advice on money, debt and benefits, and to find "
        "funding. The Council wants to support them to work together as a network, while "
        "each group keeps its independence."
    )
    head("3. The service we want")
    para("3.1 Aims", font="Helvetica-Bold")
    para(
        "The service will coordinate the borough's food support groups as a network, so that "
        "people in food crisis get the food they need quickly and are helped to deal with "
        "the causes of their hardship."
    )
    para("3.2 What the provider must do", font="Helvetica-Bold")
    reqs = [
        "employ or engage a network coordinator for at least 22.5 hours a week;",
        "hold network meetings at least every two months, and keep an up-to-date directory "
        "of food support in the borough;",
        "set up and run a shared system for referrals between groups, and from the "
        "Council's Customer Services and local advice agencies;",
        "arrange the sharing of surplus food between groups, working with local "
        "supermarkets and food redistribution charities;",
        "help groups to recruit, train and keep volunteers, including food hygiene training;",
        "make sure everyone who uses a food support group is offered a referral to money, "
        "debt or benefits advice;",
        "help groups to apply for funding from other sources;",
        "collect and report information on the number of people helped, without sharing "
        "personal details unless the person has agreed;",
        "attend the Council's Cost of Living Partnership and report on the network's work;",
        "publicise the network and the help available, in plain English and in the main "
        "community languages of the borough.",
    ]
    for n, t in enumerate(reqs):
        item(f"({chr(97 + n)})", t)
    state["y"] -= 4
    para("3.3 Outcomes and key performance indicators", font="Helvetica-Bold")
    table(
        [
            ["Measure", "Target each year"],
            ["Food support groups taking part in the network", "At least 9 of 11"],
            ["People referred between groups or from the Council", "At least 400"],
            ["People offered a referral to advice", "100% of new users"],
            ["Tonnes of surplus food shared between groups", "At least 20"],
            ["New volunteers recruited for network groups", "At least 30"],
        ],
        [72, 360, w - 72],
    )
    para("3.4 Monitoring", font="Helvetica-Bold")
    para(
        "The provider will send the Council a short report every quarter against the "
        "measures above, with a case study, and will meet the contract manager every quarter. "
        "An annual report is due by 30 April each year."
    )
    head("4. Contract details")
    table(
        [
            ["Contract value", "Up to £22,000 a year (excluding VAT)"],
            ["Contract term", "2 years from 1 April 2027, with an option to extend by 1 year"],
            ["Payment", "Quarterly in arrears, within 30 days of a valid invoice"],
            ["TUPE", "Not expected to apply"],
            ["Contract manager", "Financial Inclusion Lead, Kettleburn Borough Council"],
        ],
        [72, 190, w - 72],
    )
    para(
        "This is a contract, not a grant. The Council will pay for the service described in "
        "section 3 and will not ask you to find any part of the cost from elsewhere."
    )
    head("5. Timetable")
    table(
        [
            ["Stage", "Date"],
            ["RFQ issued", "11 January 2027"],
            ["Deadline for clarification questions", "29 January 2027, 12 noon"],
            ["Deadline for quotations", "12 February 2027, 12 noon"],
            ["Interviews (if needed)", "Week beginning 22 February 2027"],
            ["Decision", "By 5 March 2027"],
            ["Contract start", "1 April 2027"],
        ],
        [72, 300, w - 72],
    )
    head("6. How to send us a quotation")
    para(
        "Fill in Document 2, the Quotation Response Form, in Word. It asks for details of "
        "your organisation, your answers to four quality questions and your price. The "
        "questions and their word limits are:"
    )
    table(
        [
            ["Question", "Weighting", "Word limit"],
            ["Q1 How you will deliver the service", "30%", "1,000 words"],
            ["Q2 Working with local groups and partners", "15%", "500 words"],
            ["Q3 Staffing, volunteers and management", "15%", "500 words"],
            ["Q4 Social value", "10%", "300 words"],
        ],
        [72, 330, 410, w - 72],
    )
    para(
        "Email your completed form and the documents listed in section 8 to "
        "procurement@kettleburn.example.gov.uk with the reference KBC/RFQ/2027/0412 in the "
        "subject line, by the deadline in section 5. We cannot accept quotations that arrive "
        "late. If your documents are too large for one email, you may send more than one."
    )
    head("7. How we will evaluate quotations")
    para(
        "We will first check that your quotation is complete and that you have sent the "
        "documents in section 8. We will then score your answers to the quality questions "
        "and your price. Quality is worth 70% and price 30%."
    )
    table(
        [
            ["Score", "Meaning"],
            ["5 Excellent", "Full, clear, convincing; gives the Council complete confidence"],
            ["3 Good", "Meets the requirement with minor gaps"],
            ["1 Poor", "Does not give confidence that the requirement will be met"],
            ["0 No answer", "No answer, or the answer is not relevant"],
        ],
        [72, 170, w - 72],
    )
    para(
        "The lowest price will get the full 30%, and other prices a share in proportion. We "
        "may invite the two highest-scoring organisations to an interview, which may change "
        "their quality scores."
    )
    head("8. What you must send")
    para("With your completed Quotation Response Form, you must send:")
    sends = [
        "a copy of your public liability insurance certificate;",
        "a copy of your employer's liability insurance certificate, if you employ staff;",
        "your most recent audited or independently examined accounts;",
        "your safeguarding policy, covering children and adults at risk;",
        "your equality and diversity policy.",
    ]
    for n, t in enumerate(sends, start=1):
        item(f"{n}.", t)
    state["y"] -= 4
    para(
        "You must also have a health and safety policy and a data protection policy. You do "
        "not need to send these with your quotation, but the Council will ask to see them "
        "before the contract starts."
    )
    head("9. Insurance")
    para(
        "The successful provider must hold, for the whole of the contract, public liability "
        "insurance of at least £5 million for any one claim, employer's liability insurance "
        "of at least £5 million (if it employs staff), and professional indemnity insurance "
        "of at least £1 million."
    )
    head("10. Safeguarding, DBS checks and data protection")
    para(
        "The provider must make sure that the coordinator and any volunteers working with "
        "adults at risk have a DBS check at the right level. The provider will be a data "
        "controller for the information it collects and must comply with UK GDPR and the Data "
        "Protection Act 2018. The Council will agree a data sharing agreement with the "
        "provider before the contract starts."
    )
    head("11. Terms and conditions")
    para(
        "The contract will be on the Council's Terms and Conditions for Services (Document "
        "3). By sending a quotation you agree to these terms. The Council is not bound to "
        "accept the lowest or any quotation, and will not pay any costs you incur in "
        "preparing your quotation."
    )
    head("12. Questions about this RFQ")
    para(
        "Send any questions about this RFQ by email to procurement@kettleburn.example.gov.uk "
        "by the clarification deadline. We will send our answers to everyone who has told "
        "us they intend to quote, without saying who asked. Please do not contact other "
        "Council officers or councillors about this RFQ while it is open."
    )
    para("Can a group of organisations send a joint quotation?", font="Helvetica-Bold")
    para(
        "Yes. One organisation must lead and sign the contract, and the others will work as "
        "its subcontractors. Please say in your answer to Q3 who will do what."
    )
    para("Do we need to be a registered charity?", font="Helvetica-Bold")
    para(
        "No. Any constituted organisation that can enter into a contract may quote, "
        "including community interest companies and companies limited by guarantee."
    )
    head("13. Contact")
    para(
        "Procurement Team, Kettleburn Borough Council, Civic Centre, Station Road, Kettleburn "
        "KB1 1AA. Email procurement@kettleburn.example.gov.uk. Telephone 01632 960418."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    corringdale()
    hatherby()
    lindenfold()
    kettleburn()


if __name__ == "__main__":
    main()
