"""Build set 59's Word and PDF documents (typical council forms and guidance for
government-funded programmes passed on to community groups: UK Shared Prosperity Fund
community grants, Household Support Fund partner grants, holiday activities and food
provider applications, warm spaces and cost-of-living grants; written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus59.py
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

    def checkline(self, options: list[str]):
        return self.para("    ".join(f"{BOX} {o}" for o in options))


# ------------------------------------------------------------- Aldermoor (docx form)


def aldermoor() -> None:
    """A district council's UK Shared Prosperity Fund community grants form in Word:
    numbered sections, label/box tables, each question a shaded cell over an empty one with
    "(max N words)", an outputs table with a target column, an outcomes tick list, a revenue
    and capital budget table, a subsidy control table, documents in a bulleted list."""
    d = _new(
        "UKSPF Community Grants 2027-28 Application Form",
        "Aldermoor District Council - Economic Development",
        "Arial",
        11,
    )
    w = _Word(d, "E2EFD9")
    d.add_heading("Aldermoor District Council", level=0)
    w.heading("UK Shared Prosperity Fund: Aldermoor Community Grants 2027/28", 1)
    w.heading("Application Form", 2)
    w.para(
        "The UK Shared Prosperity Fund (UKSPF) is government funding from the Ministry of "
        "Housing, Communities and Local Government (MHCLG). Aldermoor District Council is "
        "using part of its allocation to offer grants of £2,500 to £25,000 to voluntary and "
        "community organisations, social enterprises and parish and town councils for "
        "projects under the Communities and Place investment priority. All funded activity "
        "must be completed, and all money spent, by 31 March 2028."
    )
    w.para(
        "Please read the Community Grants guidance notes before you fill in this form. "
        "Answer every question and keep to the word limits: we will not read beyond them. "
        "The boxes will expand as you type."
    )
    w.para(
        "Email your completed form and supporting documents to "
        "ukspf@aldermoor.example.gov.uk by 12 noon on Monday 8 March 2027."
    )
    w.para(
        "Need this form in another format? Call the Economic Development team on "
        "01632 960233 and we will be happy to help.",
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
    w.para("1.9 Legal status (please tick one)", bold=True)
    w.checkline(
        [
            "Registered charity",
            "Charitable incorporated organisation (CIO)",
            "Community interest company (CIC)",
            "Constituted community group",
            "Parish or town council",
            "Other (please say)",
        ]
    )
    w.details(
        [
            "1.10 Charity or company number (if applicable)",
            "1.11 Date your organisation was set up",
            "1.12 Total income in your last financial year (£)",
        ]
    )
    w.question(
        "1.13 Tell us about your organisation: what it does, who it works with and how long "
        "it has been running. (max 200 words)",
        2200,
    )

    w.heading("Section 2: About your project")
    w.details(
        [
            "2.1 Project title",
            "2.2 Start date",
            "2.3 End date (no later than 31 March 2028)",
            "2.4 Ward(s) where the project will take place",
        ]
    )
    w.para(
        "2.5 Which UKSPF investment priority does your project support? (please tick one)",
        bold=True,
    )
    w.checkline(["Communities and Place", "Supporting Local Business", "People and Skills"])
    w.question(
        "2.6 Describe your project. What will you do, where will it happen, and who will "
        "deliver it? (max 400 words)",
        4200,
    )
    w.question(
        "2.7 What need or opportunity will your project address, and what evidence do you "
        "have for it? (max 300 words)",
        3400,
    )
    w.question(
        "2.8 Who will benefit from the project, and how will you reach them? (max 250 words)",
        3000,
    )
    w.question(
        "2.9 What permissions or consents (for example planning permission or the "
        "landowner's agreement) does your project need, and have you got them yet?",
        1600,
    )

    w.heading("Section 3: Outputs and outcomes")
    w.para(
        "UKSPF is government money and the Council must report to MHCLG on what every "
        "funded project delivers. Please give a target for each output your project will "
        "deliver, and leave blank any that do not apply. Definitions of each output are in "
        "Annex A of the guidance notes."
    )
    w.para("3.1 Outputs", bold=True)
    w.grid(
        ["Output", "Target number"],
        [
            ["Number of volunteering opportunities supported", ""],
            ["Number of local events or activities supported", ""],
            ["Number of organisations receiving non-financial support", ""],
            ["Number of facilities supported or created", ""],
            ["Amount of green or blue space created or improved (m²)", ""],
        ],
    )
    w.para("3.2 Which outcomes will your project achieve? (tick all that apply)", bold=True)
    for o in [
        "Increased number of people volunteering",
        "Increased users of facilities or amenities",
        "Improved perception of facilities or amenities",
        "Increased sense of belonging and local pride",
        "Improved engagement numbers",
    ]:
        w.para(f"{BOX} {o}")
    w.para()
    w.question(
        "3.3 How will you measure these outputs and outcomes, and how will you collect the "
        "evidence we will ask for at each monitoring return? (max 200 words)",
        2200,
    )

    w.heading("Section 4: Project budget")
    w.para(
        "UKSPF grants can pay for revenue costs (such as staff, room hire and materials) "
        "and capital costs (such as equipment or building works). Please list your costs "
        "below and say whether each is revenue or capital. Do not include VAT you can "
        "reclaim."
    )
    w.para("4.1 Project costs", bold=True)
    w.grid(
        ["Item", "Revenue or capital", "Cost (£)"],
        [["", "", ""] for _ in range(6)] + [["Total", "", ""]],
    )
    w.para(
        "We expect applicants to contribute at least 10% of the total project cost from "
        "other sources. This can be in cash or in kind, for example volunteer time valued "
        "at £15 an hour or a free venue."
    )
    w.details(
        [
            "4.2 Total project cost (£)",
            "4.3 Amount requested from UKSPF (£)",
            "4.4 Match funding (£) and where it will come from",
        ]
    )
    w.question(
        "4.5 How will the project continue, or its benefits last, after the UKSPF funding "
        "ends? (max 200 words)",
        2200,
    )

    w.heading("Section 5: Subsidy control")
    w.para(
        "UKSPF grants are subject to the Subsidy Control Act 2022. We need to know about "
        "other public funding your organisation has received so that we can check the "
        "grant is allowed."
    )
    w.details(
        [
            "5.1 Have you received any other public funding in the last three financial years? "
            "(Yes / No)"
        ]
    )
    w.para("5.2 If yes, please give details below.", bold=True)
    w.grid(["Public body", "Amount (£)", "Date awarded"], [["", "", ""] for _ in range(3)])

    w.heading("Section 6: Bank details")
    w.details(
        [
            "6.1 Name of account",
            "6.2 Bank or building society",
            "6.3 Sort code",
            "6.4 Account number",
        ]
    )

    w.heading("Section 7: Supporting documents")
    w.para("Please email the following documents with your application form:")
    w.bullet("your governing document (constitution, set of rules or articles of association);")
    w.bullet(
        "your most recent annual accounts, signed by your chair or treasurer (they do not "
        "need to be audited or independently examined);"
    )
    w.bullet(
        "a bank statement dated within the last three months, showing your organisation's "
        "name and the account the grant would be paid into;"
    )
    w.bullet("your equal opportunities or equality and diversity policy;")
    w.bullet(
        "your safeguarding policy, if your project will work with children, young people "
        "or adults at risk;"
    )
    w.bullet(
        "for capital projects, two written quotes for any single item costing more than £1,000."
    )
    w.para(
        "All funded organisations must hold public liability insurance with cover of at "
        "least £5 million. You do not need to send your certificate now; we will ask to "
        "see it before we pay the grant."
    )

    w.heading("Section 8: Declaration")
    w.para("On behalf of the organisation named in Section 1, I confirm that:")
    w.bullet("the information in this application is true and correct;")
    w.bullet(
        "we will keep records of how the grant is spent, and evidence of our outputs and "
        "outcomes, until 31 March 2034 and make them available for UKSPF audit;"
    )
    w.bullet(
        "we will acknowledge UKSPF funding in our publicity, using the UK Government "
        "funding logo as the branding guidance describes;"
    )
    w.bullet(
        "I understand that the Council may recover the grant if it is not used for the "
        "project described."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, label in zip(t.rows, ["Signature", "Name", "Position", "Date"], strict=False):
        _set(row.cells[0], label, bold=True)
        _shade(row.cells[0], "E2EFD9")
        _row_height(row, 480)
    w.para()
    w.para(
        "Privacy: Aldermoor District Council will use the information you give us to assess "
        "and manage your application and to report to MHCLG. See "
        "www.aldermoor.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "aldermoor-district-council-ukspf-community-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------------- Brackenfield (docx form)


def _qa_table(w: _Word, rows: list[tuple[str, str, int]], shade: str) -> None:
    """A "Question / Your answer" table: each row a question (and its limit on a second,
    italic line) in the left cell and an empty or tick-box answer cell on the right."""
    t = w.d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Question", bold=True)
    _set(t.rows[0].cells[1], "Your answer", bold=True)
    for cell in t.rows[0].cells:
        _shade(cell, shade)
    for question, extra, height in rows:
        row = t.add_row()
        _set(row.cells[0], question, bold=True)
        if extra.startswith("No more than"):
            p = row.cells[0].add_paragraph()
            r = p.add_run(extra)
            r.italic = True
        elif extra:
            _set(row.cells[1], extra)
        _row_height(row, height)
    w.para()


def brackenfield() -> None:
    """A borough council's Household Support Fund partner grant form in Word: Parts A to E,
    questions in "Question / Your answer" tables with "No more than N words" on an italic
    line, a costs table, a numbered documents list, two signatories."""
    shade = "FCE4D6"
    d = _new(
        "Household Support Fund 2027-28 Partner Grant Application",
        "Brackenfield Borough Council - Financial Inclusion Team",
        "Calibri",
        11,
    )
    w = _Word(d, shade)
    d.add_heading("Brackenfield Borough Council", level=0)
    w.heading("Household Support Fund 2027/28", 1)
    w.heading("Partner Grant Application Form", 2)
    w.para(
        "The Household Support Fund (HSF) is funded by the Department for Work and Pensions "
        "(DWP) to help households in financial hardship with the cost of food, energy and "
        "water bills and other essentials. Brackenfield Borough Council is making grants of "
        "£5,000 to £40,000 to voluntary, community and faith sector partners who can get "
        "this support quickly to the households who need it most, between 1 April 2027 and "
        "31 March 2028."
    )
    w.para(
        "Before you apply, please read the partner guidance, which explains who can be "
        "helped, what the Fund can and cannot pay for, and the information DWP requires us "
        "to collect. The Fund is fully funded by government: you do not need to provide "
        "match funding."
    )
    w.para(
        "Return this form with your documents to hsf@brackenfield.example.gov.uk by "
        "5pm on Friday 12 February 2027."
    )

    w.heading("Part A: Your organisation")
    w.details(
        [
            "Name of organisation",
            "Registered address",
            "Postcode",
            "Contact name",
            "Job title",
            "Telephone",
            "Email",
            "Charity or company number (if any)",
        ]
    )

    w.heading("Part B: Your proposal")
    _qa_table(
        w,
        [
            (
                "B1 Which types of support will you provide with this grant? (tick all that apply)",
                f"{BOX} Food    {BOX} Energy and water    {BOX} Other essentials    "
                f"{BOX} Housing costs (in exceptional cases)",
                600,
            ),
            (
                "B2 Describe the support you will provide and how households will receive "
                "it (for example supermarket vouchers, fuel top-ups, food parcels or items "
                "bought for them).",
                "No more than 300 words",
                3600,
            ),
            (
                "B3 How will you identify households in need, and how will you check that "
                "they are eligible?",
                "No more than 250 words",
                3000,
            ),
            ("B4 How many households do you expect to support?", "", 500),
            (
                "B5 Which groups will you prioritise (for example pensioners, families with "
                "children or disabled people), and why?",
                "No more than 200 words",
                2400,
            ),
            (
                "B6 How will you record each award and collect the information the Council "
                "must return to DWP each quarter?",
                "No more than 200 words",
                2400,
            ),
            (
                "B7 How will you signpost or refer households to longer-term help, such as "
                "benefits advice, debt advice or energy efficiency support?",
                "No more than 150 words",
                2000,
            ),
        ],
        shade,
    )

    w.heading("Part C: Costs and payment")
    w.para(
        "At least 90% of the grant must be spent on direct support to households. You may "
        "use up to 10% for delivery and administration costs."
    )
    w.details(
        [
            "C1 Direct support to households (£)",
            "C2 Delivery and administration costs (£)",
            "C3 Total amount requested (£)",
        ]
    )
    _qa_table(
        w,
        [
            (
                "C4 Please explain what your delivery and administration costs will pay for.",
                "No more than 100 words",
                1600,
            )
        ],
        shade,
    )
    w.para("Bank details for payment", bold=True)
    w.details(["Account name", "Sort code", "Account number"])

    w.heading("Part D: Documents")
    w.para("Please send the following documents with your application:")
    for n, text in enumerate(
        [
            "Your constitution or other governing document.",
            "Your latest annual accounts. If your annual income is over £25,000 they must "
            "be independently examined or audited; if it is less, accounts signed by two "
            "members of your management committee are fine.",
            "Your safeguarding policy.",
            "Your data protection policy or privacy notice, as you will be handling "
            "personal information about the households you help.",
            "A bank statement dated within the last three months.",
            "If you will use volunteers to deliver the support, your volunteer policy.",
        ],
        start=1,
    ):
        w.d.add_paragraph(f"{n}. {text}")
    w.para(
        "Successful partners will be asked to sign a grant agreement and a data sharing "
        "agreement before the first payment is made. You do not need to send these now."
    )

    w.heading("Part E: Declaration")
    w.para(
        "We confirm that the information in this application is correct; that we have an "
        "equal opportunities policy; that we will use the grant only for the support "
        "described and in line with the DWP Household Support Fund guidance; and that we "
        "will return any grant not spent by 31 March 2028."
    )
    w.para("This form must be signed by two members of your management committee.")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    _set(t.rows[0].cells[1], "Signatory 1", bold=True)
    _set(t.rows[0].cells[2], "Signatory 2", bold=True)
    for row, label in zip(t.rows[1:], ["Signature", "Name", "Position", "Date"], strict=False):
        _set(row.cells[0], label, bold=True)
        _shade(row.cells[0], shade)
        _row_height(row, 480)
    w.para()
    w.para(
        "Financial Inclusion Team, Brackenfield Borough Council, Civic Centre, Station "
        "Road, Brackenfield BF1 1HQ. Telephone 01632 960574.",
        italic=True,
    )
    out = HERE / "brackenfield-borough-council-household-support-fund-partner-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------- Kettlesby (fillable PDF form)


def kettlesby() -> None:
    """A city council's Holiday Activities and Food (HAF) provider application as a fillable
    PDF made from a Word form: labels on the page, tooltips from the labels, /MaxLen on the
    short fields and on four answer boxes whose labels give characters, one box limited in
    words on its label only, a Yes/No radio group, check boxes for holidays, documents and
    the declaration."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kettlesby-city-council-haf-provider-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Holiday Activities and Food Programme 2027 - Provider Application Form")
    c.setAuthor("Kettlesby City Council")
    c.setSubject("HAF 2027 provider application")
    c.setCreator("Adobe Acrobat Pro (64-bit) 24.1")
    w, h = A4
    form = c.acroForm
    teal = colors.HexColor("#00677F")
    fill = colors.HexColor("#EEF5F7")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(teal)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, tip, lw=210, maxlen=0):
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

    def box(name, label, tip, height=130, maxlen=0):
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
        c.drawString(50, 30, "Kettlesby City Council - HAF 2027 provider application")
        c.drawRightString(w - 50, 30, f"Page {n} of 4")

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(teal)
    c.drawString(50, state["y"], "Kettlesby City Council")
    state["y"] -= 22
    c.drawString(50, state["y"], "Holiday Activities and Food (HAF) Programme 2027")
    state["y"] -= 20
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Provider application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "The HAF programme is funded by the Department for Education (DfE). It gives "
        "school-aged children who receive benefits-related free school meals free places at "
        "holiday clubs that offer enriching activities and a healthy meal each day. Kettlesby "
        "City Council is inviting clubs, community groups, schools and other providers to run "
        "HAF sessions in the Easter, summer and Christmas holidays of 2027."
    )
    state["y"] -= 4
    txt(
        "Please read the HAF provider guidance before you apply. Type your answers into this "
        "form, save it and email it with your documents to haf@kettlesby.example.gov.uk by "
        "5pm on Friday 15 January 2027. The HAF grant pays the full cost of each funded "
        "place, so you do not need to find match funding."
    )
    heading("Section 1: About your organisation")
    field("Organisation name", "1.1 Name of organisation", "Name of organisation", maxlen=100)
    field("Address", "1.2 Address", "Address")
    field("Postcode", "1.3 Postcode", "Postcode", maxlen=8)
    field("Contact name", "1.4 Contact name", "Contact name")
    field("Job title", "1.5 Job title", "Job title")
    field("Telephone", "1.6 Telephone", "Telephone", maxlen=15)
    field("Email", "1.7 Email", "Email")
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "1.8 Is your provision registered with Ofsted?")
    for value, x in (("Yes", 320), ("No", 380)):
        form.radio(
            name="Ofsted registered",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
            tooltip="Is your provision registered with Ofsted?",
        )
        c.drawString(x + 15, state["y"], value)
    state["y"] -= 24
    field("Ofsted URN", "1.9 If yes, Ofsted URN", "Ofsted URN", maxlen=8)
    heading("Section 2: Your HAF provision")
    field("Venue", "2.1 Venue name and address", "Venue name and address")
    c.setFont("Helvetica", 10)
    c.drawString(
        50, state["y"], "2.2 Which holidays will you run sessions in? (tick all that apply)"
    )
    state["y"] -= 18
    for label, x in (("Easter", 60), ("Summer", 160), ("Christmas", 260)):
        check(f"Holiday {label}", label, x=x)
        c.setFont("Helvetica", 10)
        c.drawString(x + 16, state["y"], label)
    state["y"] -= 24
    field(
        "Number of days",
        "2.3 Total number of days you will run",
        "Total number of days",
        lw=260,
        maxlen=3,
    )
    field(
        "Places per day",
        "2.4 Number of places per day",
        "Number of places per day",
        lw=260,
        maxlen=4,
    )
    field("Age range", "2.5 Age range of children", "Age range of children", lw=260, maxlen=20)
    folio(1)
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "Typical day",
        "2.6 Describe a typical day at your provision, including the enriching activities "
        "you will offer. (up to 1,500 characters)",
        "Describe a typical day at your provision, including the enriching activities you "
        "will offer. (up to 1,500 characters)",
        height=170,
        maxlen=1500,
    )
    box(
        "Food",
        "2.7 How will you provide a healthy meal every day that meets the School Food "
        "Standards? Tell us who will prepare the food and where. (up to 1,200 characters)",
        "How will you provide a healthy meal every day that meets the School Food Standards? "
        "(up to 1,200 characters)",
        height=150,
        maxlen=1200,
    )
    box(
        "SEND",
        "2.8 How will you make sure that children with special educational needs and "
        "disabilities (SEND) can take part fully? (up to 1,200 characters)",
        "How will you make sure that children with special educational needs and "
        "disabilities can take part fully? (up to 1,200 characters)",
        height=150,
        maxlen=1200,
    )
    folio(2)
    c.showPage()

    # page 3
    state["y"] = h - 50
    box(
        "Nutrition education",
        "2.9 How will you include nutrition education and food activities for children and "
        "their families? (up to 900 characters)",
        "How will you include nutrition education and food activities for children and "
        "their families? (up to 900 characters)",
        height=120,
        maxlen=900,
    )
    box(
        "Reaching children",
        "2.10 How will you reach children who receive benefits-related free school meals, "
        "and how will you work with local schools to fill your places? (up to 300 words)",
        "How will you reach children who receive benefits-related free school meals, and "
        "how will you work with local schools to fill your places?",
        height=190,
    )
    heading("Section 3: Costs")
    field(
        "Amount requested",
        "3.1 Total amount requested (£)",
        "Total amount requested",
        lw=260,
        maxlen=10,
    )
    field(
        "Cost per child per day",
        "3.2 Cost per child per day (£)",
        "Cost per child per day",
        lw=260,
        maxlen=8,
    )
    txt(
        "We expect a cost per child per day of no more than £25 for a four-hour session "
        "including a meal. Please explain any higher cost in the email you send with the "
        "form.",
        size=9,
        leading=12,
    )
    folio(3)
    c.showPage()

    # page 4
    state["y"] = h - 50
    heading("Section 4: Supporting documents")
    txt("Please email these documents with your form, and tick each one you are sending.")
    state["y"] -= 4
    docs = [
        ("Doc safeguarding", "Your safeguarding and child protection policy"),
        ("Doc health and safety", "Your health and safety policy"),
        (
            "Doc insurance",
            "Your public liability insurance certificate, showing cover of at least £5 million",
        ),
        (
            "Doc food hygiene",
            "A Level 2 Food Safety and Hygiene certificate for the person in charge of "
            "preparing food",
        ),
        (
            "Doc accounts",
            "Your most recent annual accounts or, if your organisation is less than a year "
            "old, your last three months' bank statements",
        ),
        (
            "Doc Ofsted",
            "Your Ofsted registration certificate, if you are registered with Ofsted",
        ),
    ]
    for name, label in docs:
        check(name, label)
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section 5: Declaration")
    txt(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. I confirm that every member of "
        "staff and every volunteer working with children at our HAF sessions will have an "
        "enhanced Disclosure and Barring Service (DBS) check, and that we will meet the DfE "
        "HAF framework standards. I understand that Kettlesby City Council will pay for "
        "places actually delivered, on receipt of our attendance registers."
    )
    state["y"] -= 4
    check("Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(66, state["y"], "I agree to the declaration above")
    state["y"] -= 26
    field("Signed name", "Name (typing your name counts as your signature)", "Name", lw=260)
    field("Signed position", "Position", "Position", lw=260)
    field("Signed date", "Date", "Date", lw=260, maxlen=10)
    state["y"] -= 8
    txt(
        "HAF Team, Children's Services, Kettlesby City Council, Guildhall, Kettlesby KY1 2GH. "
        "Telephone 01632 960815. Privacy notice: www.kettlesby.example.gov.uk/haf-privacy.",
        size=8.5,
        leading=11,
    )
    folio(4)
    c.showPage()
    c.save()


# ------------------------------------------------------ Summerlode (text PDF guidance)


def summerlode() -> None:
    """A county council's guidance notes for Warm Spaces and Cost of Living Community
    Grants paid from its Household Support Fund allocation, as Word exports them to PDF:
    numbered headings, bullets, minimum standards, a guide to the online form, "What you
    need to send" in two lists, a scoring table, key dates and FAQs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "summerlode-county-council-warm-spaces-grant-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Warm Spaces and Cost of Living Community Grants 2027-28 - Guidance notes")
    c.setAuthor("Summerlode County Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    purple = colors.HexColor("#4B2C6F")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72,
            40,
            "Summerlode County Council - Warm Spaces and Cost of Living "
            "Community Grants 2027-28: guidance notes",
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
        c.setFillColor(purple)
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
                c.setFillColor(colors.HexColor("#E6DFF0"))
                c.rect(xs[0], state["y"] - 6, xs[-1] - xs[0], 20, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, v in enumerate(r):
                c.drawString(xs[j] + 4, state["y"], v)
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] - 6, xs[-1], state["y"] - 6)
            state["y"] -= 20
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(purple)
    c.drawString(72, state["y"], "Warm Spaces and Cost of Living")
    state["y"] -= 24
    c.drawString(72, state["y"], "Community Grants 2027/28")
    state["y"] -= 24
    c.setFont("Helvetica", 14)
    c.drawString(72, state["y"], "Guidance notes for applicants")
    state["y"] -= 18
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Summerlode County Council - Communities Team")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About the grants")
    para(
        "Summerlode County Council has set aside part of its Household Support Fund (HSF) "
        "allocation from the Department for Work and Pensions for grants to voluntary and "
        "community groups that help residents through the rising cost of living. There are "
        "two strands:"
    )
    bullet(
        "Warm Spaces grants of £500 to £3,000 to open, or keep open, a free and welcoming "
        "warm space in a community building between October 2027 and March 2028;"
    )
    bullet(
        "Cost of Living Community Grants of £500 to £5,000 for other community projects that "
        "help people on low incomes, such as community pantries, clothing and school uniform "
        "banks, community meals, and advice sessions on energy bills, benefits and debt."
    )
    para(
        "These notes explain who can apply, what we can fund, what you need to send and how "
        "we will assess your application. Please read them before you start your "
        "application. If you would like to talk about your idea first, contact the "
        "Communities Team (see section 13)."
    )
    head("2. Who can apply")
    para("You can apply if your organisation is one of the following and works in Summerlode:")
    bullet("a registered charity or charitable incorporated organisation (CIO);")
    bullet(
        "a constituted voluntary or community group with at least three unrelated "
        "committee members;"
    )
    bullet(
        "a community interest company (CIC) limited by guarantee, or a community benefit society;"
    )
    bullet("a faith group, for activities open to everyone in the community;")
    bullet("a town or parish council, for a warm space only.")
    para(
        "You must have a bank account in your organisation's name that needs at least two "
        "unrelated people to sign or approve each payment. You must have an equal "
        "opportunities policy; you do not need to send it to us."
    )
    head("3. What we can fund")
    bullet("heating, lighting and room hire costs for opening hours of your warm space;")
    bullet("hot drinks, soup and simple meals, and the equipment to serve them;")
    bullet("activities, such as games, craft materials, Wi-Fi and charging points;")
    bullet("volunteer expenses and the cost of training volunteers;")
    bullet("staff time needed to run the project (no more than 25% of the grant);")
    bullet("publicity, including signs and leaflets in community languages.")
    head("4. What we cannot fund")
    bullet("activities that have already happened or costs you have already paid;")
    bullet("cash payments, vouchers or gift cards given to individuals;")
    bullet("religious or political activities, or activities only for members;")
    bullet("general running costs not linked to the project;")
    bullet("building works or repairs.")
    head("5. How much you can apply for, and match funding")
    para(
        "Warm Spaces grants are from £500 to £3,000 and Cost of Living Community Grants "
        "from £500 to £5,000. You can apply to one strand only in each round."
    )
    para(
        "We can fund up to 75% of the total cost of your project. The remaining 25% must "
        "come from other sources. This can be your own funds, another grant, or help in "
        "kind, such as volunteer time (valued at £12 an hour) or a venue given free of "
        "charge."
    )
    head("6. Minimum standards for warm spaces")
    para("Every warm space we fund must:")
    bullet(
        "be open for at least three hours a week, on at least one day a week, for at "
        "least twelve weeks between October 2027 and March 2028;"
    )
    bullet("be free to use, open to everyone, and heated to at least 18°C;")
    bullet("offer a free hot drink and somewhere comfortable to sit;")
    bullet("be accessible to disabled people, with an accessible toilet;")
    bullet("be listed on the Summerlode Warm Spaces map, which we will do for you;")
    bullet("have at least one person on duty who has completed our free Warm Welcome training.")
    head("7. Safeguarding, insurance and food")
    para(
        "Your organisation must have a safeguarding policy that covers the people who will "
        "use your project, and you must send us a copy with your application. Anyone who "
        "will work alone with children or adults at risk must have the right level of "
        "Disclosure and Barring Service (DBS) check."
    )
    para(
        "You must hold public liability insurance with cover of at least £5 million, and "
        "send us a copy of your current certificate with your application."
    )
    para(
        "If you will prepare and serve hot food, and not just hot drinks and snacks, you "
        "must be registered as a food business with your district council and at least one "
        "person on duty must hold a Level 2 Food Hygiene certificate."
    )
    head("8. How to apply")
    para(
        "Apply using the online application form on our website at "
        "www.summerlode.example.gov.uk/warmspaces. You can save the form and come back to "
        "it. The form asks you:"
    )
    bullet("about your organisation and its contact and bank details;")
    bullet(
        "to describe your project, where and when it will run, and who it will help "
        "(up to 300 words);"
    )
    bullet("how you know there is a need for it (up to 200 words);")
    bullet("how you will let people know about it and make them feel welcome (up to 200 words);")
    bullet("for a breakdown of your costs and the 25% you will find from other sources.")
    para(
        "If you cannot use the online form, call us and we will send you a Word version or "
        "help you to complete it over the telephone."
    )
    head("9. What you need to send")
    para("Everyone must upload these documents with the online form:")
    bullet("your constitution, set of rules or other governing document;")
    bullet(
        "your most recent annual accounts. These can be audited or independently examined "
        "accounts or, if your annual income is under £25,000, an income and expenditure "
        "account signed by your treasurer;"
    )
    bullet("a bank statement dated within the last three months;")
    bullet("your safeguarding policy;")
    bullet("your public liability insurance certificate.")
    para("Only if they apply to you:")
    bullet(
        "if you do not own or lease the building where your project will run, a letter or "
        "email from the building's owner or manager saying that you can use it;"
    )
    bullet(
        "if you will prepare and serve hot food, evidence that you are registered as a food "
        "business (a copy of your registration or your food hygiene rating)."
    )
    head("10. How we assess applications")
    para(
        "A panel of officers and a representative of Summerlode Community Action will score "
        "each application out of 100:"
    )
    table(
        [
            ["What we look for", "Marks"],
            ["Need: evidence that the project is needed where it will run", "30"],
            ["Delivery: a clear and realistic plan, with the right people", "30"],
            ["Reach: how you will reach people who most need help", "20"],
            ["Value for money: sensible costs and other support in kind", "20"],
        ],
        [72, 420, w - 72],
    )
    para("Applications scoring under 50 will not be funded.")
    head("11. Key dates")
    table(
        [
            ["Stage", "Date"],
            ["Fund opens", "Monday 7 June 2027"],
            ["Closing date", "12 noon, Friday 16 July 2027"],
            ["Panel meets", "w/c 9 August 2027"],
            ["Decisions sent", "by Friday 27 August 2027"],
            ["All projects completed and money spent", "31 March 2028"],
        ],
        [72, 330, w - 72],
    )
    head("12. If you get a grant")
    para(
        "We will email you a grant agreement to sign and return. We will pay the grant in "
        "full, in advance, by BACS. Because HSF is government funding, we must report to "
        "the Department for Work and Pensions on how it was used, so we will ask you for "
        "simple monitoring at the end of December 2027 and at the end of your project: the "
        "number of visits, the number of different people helped, and a short case study. "
        "You must spend the grant by 31 March 2028 and return any that is unspent."
    )
    head("13. Frequently asked questions")
    para("Can we apply if we already run a warm space?", font="Helvetica-Bold")
    para(
        "Yes. We can fund you to keep it open, open for longer, or add to what you offer. "
        "You cannot use this grant for costs that another funder is already paying."
    )
    para("Can a parish council apply?", font="Helvetica-Bold")
    para("Yes, but only for a warm space, and not for the Cost of Living strand.")
    para("Does the 25% have to be in cash?", font="Helvetica-Bold")
    para(
        "No. Volunteer time, a free venue or donated food all count, as long as you tell us "
        "how you have valued them."
    )
    para("We are a new group. Can we still apply?", font="Helvetica-Bold")
    para(
        "Yes, if you have a constitution and a bank account. If you have not yet completed "
        "a full financial year, please call us before you apply."
    )
    head("14. Contact us")
    para(
        "Communities Team, Summerlode County Council, County Hall, Ashgrove Road, Summerlode "
        "SL4 7CH. Telephone 01632 960392. Email communitygrants@summerlode.example.gov.uk."
    )
    para(
        "This document is available in large print, easy read and other formats on request.",
        font="Helvetica-Oblique",
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    aldermoor()
    brackenfield()
    kettlesby()
    summerlode()


if __name__ == "__main__":
    main()
