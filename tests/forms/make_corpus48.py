"""Build set 48's Word and PDF documents (core funding, capacity building and strategic
partnerships).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus48.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
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


def _rev(par, parts) -> None:
    """Write a paragraph whose revisions are shown by hand, not tracked: deleted words struck
    through in red, inserted words double-underlined in blue, as a policy officer marks a
    draft for a steering group. parts: (text, "" | "del" | "ins", bold)."""
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import RGBColor

    for text, mark, bold in parts:
        r = par.add_run(text)
        r.bold = bold
        if mark == "del":
            r.font.strike = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        elif mark == "ins":
            r.font.underline = WD_UNDERLINE.DOUBLE
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0xA8)


# ------------------------------------------------------------- Fawdon (docx form)


def fawdon() -> None:
    """A three-year strategic partnership core grant form for VCFSE infrastructure, a draft
    with its revisions marked by hand (strike-through and double underline, no w:del or
    w:ins) and reviewers' Word comments."""
    from docx.oxml.ns import qn

    d = _new(
        "VCFSE Infrastructure Strategic Partnership 2027-2030: application form (v3, marked)",
        "Fawdon City Council - Communities and Partnerships",
        "Arial",
        10.5,
    )

    def para(text: str = "", bold: bool = False, italic: bool = False):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
        return p

    def note(runs, text: str, author: str, initials: str) -> None:
        cm = d.add_comment(runs, text=text, author=author, initials=initials)
        cm._comment_elm.set(qn("w:date"), "2026-11-19T15:10:00Z")

    def grid(rows: list[str], fill: str = "E7E6E6") -> None:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, label in enumerate(rows):
            _set(t.rows[i].cells[0], label, bold=True)
            _shade(t.rows[i].cells[0], fill)
        d.add_paragraph()

    p = para("OFFICIAL", bold=True)
    p = para(
        "Version 3 - changes since version 2 are marked: deleted text is struck through in "
        "red, new text is double-underlined in blue. The marks will be removed before the "
        "form is published on 11 January 2027.",
        italic=True,
    )
    d.add_heading("Fawdon City Council", level=1)
    d.add_heading("VCFSE Infrastructure Strategic Partnership 2027-2030", level=2)
    p = para()
    _rev(
        p,
        [
            ("Core grants of up to ", "", False),
            ("£75,000", "del", False),
            ("£90,000", "ins", False),
            (
                " a year for three years for organisations that support the voluntary, "
                "community, faith and social enterprise (VCFSE) sector in Fawdon: help for "
                "groups to set up, govern themselves well, find funding and volunteers, and "
                "speak up to the council and the NHS. We expect to fund three or four "
                "strategic partners.",
                "",
                False,
            ),
        ],
    )
    p = para()
    _rev(
        p,
        [
            ("Strategic partnership grants may fund up to ", "", False),
            ("50%", "del", False),
            ("70%", "ins", False),
            (" of your core costs. You must show how you will fund the remaining ", "", False),
            ("50%", "del", False),
            ("30%", "ins", False),
            (
                " from other income, such as other grants, contracts, donations or earned income.",
                "",
                False,
            ),
        ],
    )
    note(p.runs[1:3], "Cabinet member agreed 70% at the briefing on 12 Nov.", "Helen Ostler", "HO")

    d.add_heading("Section A: Your organisation", level=3)
    grid(
        [
            "Organisation name",
            "Registered address",
            "Postcode",
            "Main contact for this application",
            "Position",
            "Telephone",
            "Email",
            "Registered charity number",
            "Company number",
            "Website",
        ]
    )
    para(
        "Legal form (tick one):  \u2610 CIO   \u2610 Charitable company   \u2610 CIC   "
        "\u2610 Co-operative or community benefit society   \u2610 Other"
    )

    d.add_heading("Section B: Eligibility", level=3)
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Yes", "No"]):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], "E7E6E6")
    for i, q in enumerate(
        [
            "Is your organisation based in Fawdon, or does it have an office in the city?",
            "Has your organisation been running for at least three years?",
            "Do you have at least three unrelated trustees or directors?",
            "Is more than half of your work support for other VCFSE organisations?",
        ],
        start=1,
    ):
        _set(t.rows[i].cells[0], q)
        _set(t.rows[i].cells[1], "\u2610")
        _set(t.rows[i].cells[2], "\u2610")
    d.add_paragraph()

    d.add_heading("Section C: Your proposal", level=3)
    para(
        "Answer each question in the box below it. Keep to the word limits: the panel will "
        "stop reading at the limit."
    )

    def question(parts, hint: str = "", comment=None) -> None:
        t = d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _shade(t.rows[0].cells[0], "DDEBF7")
        qp = t.rows[0].cells[0].paragraphs[0]
        _rev(qp, parts)
        if hint:
            hp = t.rows[0].cells[0].add_paragraph()
            r = hp.add_run(hint)
            r.italic = True
        _row_height(t.rows[1], 2800)
        if comment:
            note(qp.runs, *comment)
        d.add_paragraph()

    question(
        [
            (
                "C1  Describe your organisation's purpose and the infrastructure support you "
                "give to VCFSE groups in Fawdon. (",
                "",
                True,
            ),
            ("750", "del", True),
            ("600", "ins", True),
            (" words)", "", True),
        ],
        "Include the number of groups you supported last year and the kinds of help.",
    )
    question(
        [
            (
                "C2  What will core funding let you do over the three years that you could not "
                "do otherwise? (500 words)",
                "",
                True,
            ),
        ]
    )
    question(
        [
            ("C3  How do the groups you support shape your services? (", "", True),
            ("300", "del", True),
            ("400", "ins", True),
            (" words)", "", True),
        ]
    )
    question(
        [
            (
                "C4  Describe your premises and how accessible they are to the groups you "
                "support. (200 words)",
                "del",
                True,
            ),
        ],
        comment=("Deleted - covered by C1. Agreed at steering group 4 Nov.", "Helen Ostler", "HO"),
    )
    question(
        [
            (
                "C5  How will you measure the difference you make? Please use the outcomes "
                "framework at Annex 2. (500 words)",
                "",
                True,
            ),
        ]
    )
    question(
        [
            (
                "C6  How will you work with the other strategic partners and the council's "
                "Communities Team? (300 words)",
                "ins",
                True,
            ),
        ],
        comment=("New question requested by the VCFSE Assembly.", "Kwame Asante", "KA"),
    )
    question(
        [
            (
                "C7  Tell us about your governance: the skills on your board, how you plan for "
                "succession and how trustees oversee risk. (no more than one side of A4)",
                "",
                True,
            ),
        ]
    )

    d.add_heading("Section D: Finance", level=3)
    grid(
        [
            "Total income in your last financial year (£)",
            "Unrestricted reserves at the end of that year (£)",
            "How many months of running costs do your free reserves cover?",
        ]
    )

    d.add_heading("Section E: Documents to send", level=3)
    para("Email these with your form. Tick to show what you have sent.")
    items = [
        [("Governing document (memorandum and articles, CIO constitution or rules)", "", False)],
        [
            (
                "Audited or independently examined accounts for your last two financial years. "
                "No other form of accounts can be accepted for a grant of this size.",
                "",
                False,
            )
        ],
        [
            ("A ", "", False),
            ("three-year business plan", "del", False),
            ("current strategic or business plan", "ins", False),
        ],
        [("Reserves policy", "", False)],
        [("Safeguarding policy", "", False)],
        [("Equality, diversity and inclusion policy", "", False)],
        [
            (
                "Public liability insurance certificate showing cover of at least £5 million",
                "",
                False,
            )
        ],
        [("Employer's liability insurance certificate, if you employ staff", "", False)],
        [
            (
                "Letters of support from at least two VCFSE groups you have supported in the last "
                "year",
                "ins",
                False,
            )
        ],
    ]
    t = d.add_table(rows=len(items), cols=2)
    t.style = "Table Grid"
    for i, parts in enumerate(items):
        _rev(t.rows[i].cells[0].paragraphs[0], parts)
        _set(t.rows[i].cells[1], "\u2610")
    d.add_paragraph()

    d.add_heading("Section F: Declaration", level=3)
    para(
        "We confirm that the information in this application is correct, that the board has "
        "agreed to this application, and that we will tell the council of any change that "
        "affects it. Two people must sign: the chair of the board and the chief officer."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Chair of the board", "Chief officer"]):
        _set(t.rows[0].cells[i], h, bold=True)
    for i, lab in enumerate(["Signature", "Name", "Position", "Date"], start=1):
        _set(t.rows[i].cells[0], lab, bold=True)
    d.add_paragraph()
    para(
        "Return to vcfsepartnership@fawdon.example.gov.uk by 12 noon on Monday 22 February 2027.",
        italic=True,
    )
    out = HERE / "fawdon-vcfse-strategic-partnership-core-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Hexthorpe (docx guidance)


def hexthorpe() -> None:
    """A three-year VCFSE commissioning prospectus with four lots: portrait text, then a
    landscape section for the lots table, then portrait again."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    d = _new(
        "Communities Commissioning Prospectus 2027-2030",
        "Hexthorpe Metropolitan Borough Council - Strategic Commissioning",
        "Calibri",
        11,
    )

    def para(text: str, bold: bool = False, italic: bool = False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def num(text: str):
        return d.add_paragraph(text, style="List Number")

    def bullet(text: str):
        return d.add_paragraph(text, style="List Bullet")

    d.add_heading("Hexthorpe Metropolitan Borough Council", level=1)
    d.add_heading("Communities Commissioning Prospectus 2027-2030", level=1)
    para(
        "Three-year contracts for voluntary, community, faith and social enterprise (VCFSE) "
        "organisations, in four lots, from 1 October 2027",
        italic=True,
    )
    d.add_heading("Contents", level=2)
    for c in (
        "1. Introduction",
        "2. The four lots",
        "3. Who can bid",
        "4. How to bid",
        "5. What you must upload",
        "6. Evaluation",
        "7. Money, payment and contract terms",
        "8. Timetable",
    ):
        para(c)

    d.add_heading("1. Introduction", level=2)
    para(
        "This prospectus replaces the council's Voluntary Sector Grants Programme, which "
        "ends on 30 September 2027. Instead of one-year grants, the council will commission "
        "three-year contracts (with an option to extend for two more years) so that VCFSE "
        "organisations can plan, keep staff and bring in other money. The total value is "
        "£1.86 million a year across four lots."
    )
    para(
        "We held four market engagement events in summer 2026 and this prospectus reflects "
        "what VCFSE organisations told us: fewer, longer contracts; proportionate paperwork; "
        "payment in advance; and room for consortia."
    )

    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    d.add_heading("2. The four lots", level=2)
    lots = [
        ("Lot", "What we are buying", "Annual value", "Contracts", "Lot-specific requirements"),
        (
            "1. Infrastructure support",
            "Help for VCFSE groups with governance, funding, "
            "safeguarding, digital and premises; a voice for the sector on strategic boards",
            "£420,000",
            "1",
            "None beyond section 5",
        ),
        (
            "2. Volunteering",
            "A volunteer centre: brokerage, good practice support, the "
            "Volunteer Passport and the annual volunteer awards",
            "£260,000",
            "1",
            "Public liability cover of £10 million (events over 1,000 people)",
        ),
        (
            "3. Community anchors",
            "One anchor organisation in each of four neighbourhoods, "
            "running a community building and a programme of activity",
            "£960,000",
            "4 (one per area)",
            "Lone working policy; the building's fire risk assessment",
        ),
        (
            "4. Equalities voices",
            "Engagement with communities of identity and experience "
            "and a route for their views into council decisions",
            "£220,000",
            "1 or 2",
            "None beyond section 5",
        ),
    ]
    t = d.add_table(rows=len(lots), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(lots):
        for j, v in enumerate(row):
            _set(t.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                _shade(t.rows[i].cells[j], "D9E2F3")
    d.add_paragraph()
    para(
        "You can bid for more than one lot, but you will need to submit a separate bid for "
        "each lot. A bid for Lot 3 must name the neighbourhood."
    )

    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.5)
    d.add_heading("3. Who can bid", level=2)
    para(
        "Registered charities, CIOs, charitable companies, CICs, community benefit societies "
        "and consortia of these led by one of them. Each must have an annual income of at "
        "least £50,000 and have been running for at least two years. Private companies and "
        "public bodies cannot lead a bid but may be partners in a consortium."
    )
    d.add_heading("4. How to bid", level=2)
    para(
        "Bids are made on the council's e-tendering portal, Hexthorpe Supplier Gateway. The "
        "bid has a selection stage (pass or fail questions about your organisation) and an "
        "award stage of eight quality questions for each lot, each answered in no more than "
        "750 words, and a price schedule. The portal shows each question with its guidance "
        "and weighting. You cannot bid by email or on paper."
    )
    d.add_heading("5. What you must upload", level=2)
    para("Every bidder, for every lot, uploads on the portal:")
    for b in (
        "its governing document;",
        "its accounts for the last two financial years, audited or independently examined "
        "(an organisation that has been running for less than two full financial years may "
        "send management accounts for the period it has been running);",
        "its safeguarding policy (children and adults at risk);",
        "its equality and diversity policy;",
        "its data protection policy and its Information Commissioner's Office registration "
        "number (the number is typed in on the portal);",
        "its whistleblowing policy;",
        "its public liability insurance certificate (at least £5 million) and employer's "
        "liability insurance certificate (at least £5 million);",
        "a three-year budget for the lot on the council's price schedule template.",
    ):
        num(b)
    para("Some bidders also upload:")
    for b in (
        "a consortium agreement or memorandum of understanding signed by every member, if "
        "the bid is from a consortium;",
        "a health and safety policy, if you employ five or more people;",
        "for Lot 3 only: your lone working policy and the current fire risk assessment for "
        "the community building you will run;",
        "for Lot 2 only: an insurance certificate showing public liability cover of £10 "
        "million, which replaces the £5 million certificate above.",
    ):
        bullet(b)
    para(
        "We do not need business plans, annual reports or CVs. Do not upload anything we have "
        "not asked for: evaluators will not read it.",
        italic=True,
    )
    d.add_heading("6. Evaluation", level=2)
    para(
        "Selection questions are pass or fail. Quality is 70% of the marks and price 30%. "
        "Quality answers are scored 0 to 5 by a panel of council officers and a VCFSE "
        "representative who has no interest in the lot. Social value is 10% of the quality "
        "marks."
    )
    d.add_heading("7. Money, payment and contract terms", level=2)
    para(
        "Contracts are paid quarterly in advance. Bidders are not expected to bring match "
        "funding to these contracts, and bids that do will not score higher; the council "
        "pays the full price of the service. Prices are fixed for the first two years and "
        "then rise with the Consumer Price Index."
    )
    d.add_heading("8. Timetable", level=2)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(
        [
            ("Prospectus published", "Monday 8 March 2027"),
            ("Bidders' briefing", "Tuesday 23 March 2027, Hexthorpe Town Hall"),
            ("Clarification questions close", "Friday 16 April 2027"),
            ("Bids close", "12 noon, Friday 30 April 2027"),
            ("Contracts awarded", "July 2027"),
            ("Contracts start", "Friday 1 October 2027"),
        ]
    ):
        _set(t.rows[i].cells[0], a, bold=True)
        _set(t.rows[i].cells[1], b)
    d.add_paragraph()
    para(
        "Contact: Strategic Commissioning Team, commissioning@hexthorpe.example.gov.uk.",
        italic=True,
    )
    out = HERE / "hexthorpe-communities-commissioning-prospectus-2027-2030.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Morrowfield (text pdf)


def morrowfield() -> None:
    """A capacity-building grant form as an InDesign export: a wide guidance column and a
    tinted sidebar on each page that holds the questions and their limits, each answered in a
    drawn box across the foot of the page labelled only with the question's number."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "morrowfield-stronger-foundations-capacity-building-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Stronger Foundations: capacity building grants - application form")
    c.setAuthor("Morrowfield Community Foundation")
    c.setCreator("Adobe InDesign 18.5 (Macintosh)")
    w, h = A4
    navy = colors.HexColor("#1D3557")
    tint = colors.HexColor("#E8F1F8")
    main_x, main_w = 40, 300
    side_x, side_w = 370, w - 370 - 40

    def text(x, y, width, t, size=9.2, font="Helvetica", leading=12.2, colour=colors.black):
        c.setFont(font, size)
        c.setFillColor(colour)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        c.setFillColor(colors.black)
        return y - 5

    def sidebar(top, bottom, items):
        c.setFillColor(tint)
        c.rect(side_x - 8, bottom, side_w + 16, top - bottom + 10, stroke=0, fill=1)
        y = top - 8
        for kind, t in items:
            if kind == "q":
                y = text(side_x, y, side_w, t, size=10, font="Helvetica-Bold", colour=navy)
            else:
                y = text(side_x, y, side_w, t, size=8.8, font="Helvetica-Oblique", leading=11.5)
        return y

    def answer_box(y_top, height, label):
        c.setStrokeColor(navy)
        c.setLineWidth(0.8)
        c.rect(40, y_top - height, w - 80, height, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(navy)
        c.drawString(44, y_top - 11, label)
        c.setFillColor(colors.black)
        return y_top - height - 14

    def label_line(y, label, lw=150, width=None):
        c.setFont("Helvetica", 9.2)
        c.drawString(main_x, y, label)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.5)
        c.line(main_x + lw, y - 2, main_x + lw + (width or main_w - lw), y - 2)
        return y - 19

    def folio(n):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(40, 24, "Morrowfield Community Foundation  |  Stronger Foundations 2027")
        c.drawRightString(w - 40, 24, f"Page {n} of 4")
        c.setFillColor(colors.black)

    # page 1
    sidebar(
        h - 150,
        h - 470,
        [
            ("p", "Stronger Foundations at a glance"),
            (
                "p",
                "Grants of £1,000 to £5,000 to help voluntary and community organisations "
                "become stronger: better governance, a quality mark, fundraising skills, "
                "digital systems or a plan for the future.",
            ),
            ("p", "Closing dates: 31 January, 31 May and 30 September 2027."),
            (
                "p",
                "We can fund up to 90% of the cost of the support you buy. Your organisation "
                "must put in at least 10%; this can be the value of staff or volunteer time.",
            ),
        ],
    )
    c.setFillColor(navy)
    c.rect(0, h - 120, w, 120, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, h - 70, "Stronger Foundations")
    c.setFont("Helvetica", 12)
    c.drawString(40, h - 92, "Capacity building grants  |  Application form 2027")
    c.setFillColor(colors.black)
    y = text(
        main_x,
        h - 150,
        main_w,
        "Please fill in this form by hand or on screen and email a scan or the file to "
        "strongerfoundations@morrowfield-cf.example.org.uk, or post it to the address on "
        "page 4. The questions are in the blue panel on each page; write your answers in "
        "the numbered boxes.",
        size=9.6,
    )
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(navy)
    c.drawString(main_x, y, "Part 1  About your organisation")
    c.setFillColor(colors.black)
    y -= 20
    for lab in (
        "Organisation name",
        "Contact name",
        "Address",
        "",
        "Telephone",
        "Email",
        "Charity or company number",
        "Income last financial year £",
        "Paid staff (number)",
        "Volunteers (number)",
    ):
        y = label_line(y, lab)
    folio(1)
    c.showPage()

    # page 2
    sidebar(
        h - 50,
        h - 300,
        [
            ("q", "Question 1"),
            (
                "q",
                "Which part of your organisation do you want to strengthen? Tick all that apply.",
            ),
            ("q", "Question 2"),
            ("q", "What is the problem or the opportunity, and how do you know? (250 words)"),
            (
                "p",
                "Tell us what is holding your organisation back, or what it could do with the "
                "right help. Evidence can be a health check, a funder's feedback or a board "
                "review.",
            ),
        ],
    )
    y = text(
        main_x, h - 50, main_w, "Part 2  Your plans", size=11, font="Helvetica-Bold", colour=navy
    )
    y = text(
        main_x,
        y,
        main_w,
        "Capacity building means investing in your organisation itself rather than in "
        "a project. Good governance, sound finances, skilled fundraising and a quality "
        "mark help a group to survive the loss of one funder, to win contracts and to "
        "keep its volunteers. We fund the cost of buying in help: a consultant, training "
        "for trustees or staff, a quality mark's assessment fee, a mentor, or software "
        "with the training to use it.",
    )
    y = text(
        main_x,
        y,
        main_w,
        "We do not fund salaries, day-to-day running costs, building work or the "
        "delivery of services.",
    )
    for lab in (
        "Governance and trustees",
        "Finance and reserves",
        "Fundraising and income",
        "A quality mark",
        "Digital systems",
        "Other",
    ):
        c.rect(main_x, y - 2, 9, 9, stroke=1, fill=0)
        c.setFont("Helvetica", 9.2)
        c.drawString(main_x + 15, y, lab)
        y -= 16
    answer_box(h - 330, 400, "2")
    folio(2)
    c.showPage()

    # page 3
    sidebar(
        h - 50,
        h - 250,
        [
            ("q", "Question 3"),
            ("q", "What support will you buy, and from whom? (200 words)"),
            ("q", "Question 4"),
            ("q", "How will your organisation be different a year from now? (200 words)"),
            ("q", "Question 5"),
            ("q", "Who will lead this work, and how much time can they give?"),
        ],
    )
    y = text(
        main_x,
        h - 50,
        main_w,
        "Tell us the name of the consultant, trainer or body you will use, if you know "
        "it, and send their quote. If you have not chosen yet, tell us how you will "
        "choose.",
    )
    y = text(
        main_x,
        y,
        main_w,
        "For question 5, tell us about the trustee or member of staff who will make sure "
        "the change happens.",
    )
    y = answer_box(h - 270, 165, "3")
    y = answer_box(y, 165, "4")
    answer_box(y, 130, "5")
    folio(3)
    c.showPage()

    # page 4
    sidebar(
        h - 50,
        h - 230,
        [
            ("q", "Question 6"),
            (
                "q",
                "If you are working towards a quality mark (for example Trusted Charity, "
                "Investing in Volunteers or the Advice Quality Standard), which one, and when "
                "do you expect to be assessed? (100 words)",
            ),
            ("p", "Leave this box empty if you are not working towards a quality mark."),
        ],
    )
    y = text(main_x, h - 50, main_w, "Part 3  Costs", size=11, font="Helvetica-Bold", colour=navy)
    y = label_line(y, "Total cost of the support £")
    y = label_line(y, "Amount you are asking us for £")
    y = text(
        main_x,
        y,
        main_w,
        "Break the cost down on a separate sheet if you need to; the quote will usually be enough.",
    )
    y = answer_box(h - 250, 110, "6")
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(navy)
    c.drawString(40, y, "Part 4  Send with this form")
    c.setFillColor(colors.black)
    y = text(40, y - 16, w - 80, "\u2022 Your constitution or governing document.")
    y = text(
        40,
        y,
        w - 80,
        "\u2022 Your latest annual accounts. If your annual income is under £10,000 you "
        "can send a bank statement for the last three months instead.",
    )
    y = text(
        40,
        y,
        w - 80,
        "\u2022 A written quote or proposal from the consultant, trainer or body you will pay.",
    )
    y = text(
        40,
        y,
        w - 80,
        "\u2022 Only if you are applying for a quality mark's assessment fee: the "
        "awarding body's published fee schedule.",
    )
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(navy)
    c.drawString(40, y - 4, "Part 5  Declaration")
    c.setFillColor(colors.black)
    y = text(
        40,
        y - 20,
        w - 80,
        "I confirm that our board has agreed to this application and that the "
        "information in it is correct.",
    )
    y = label_line(y, "Signed (chair or treasurer)", lw=160, width=200)
    y = label_line(y, "Name", lw=160, width=200)
    y = label_line(y, "Date", lw=160, width=120)
    text(
        40,
        y - 6,
        w - 80,
        "Morrowfield Community Foundation, 4 Chapel Yard, Morrowfield MF2 3CY. Registered "
        "charity. Telephone 01632 960 841.",
        size=8,
    )
    folio(4)
    c.showPage()
    c.save()


# ------------------------------------------------------------- Scaddle (fillable pdf)


def scaddle() -> None:
    """A quality assurance self-assessment for funded groups as a fillable PDF: five
    standards, each a rating radio group, an evidence box and an action box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "scaddle-funded-groups-quality-self-assessment.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Quality self-assessment for funded organisations 2027")
    c.setAuthor("Scaddle District Council - Grants and Commissioning")
    c.setSubject("Annual quality assurance self-assessment")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#2D6A4F")
    pale = colors.HexColor("#F1F8F4")
    state = {"y": h - 40, "page": 1}

    def txt(x, t, width=w - 92, size=9.2, font="Helvetica", leading=12):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def foot():
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(40, 22, "Scaddle District Council  |  Quality self-assessment 2027")
        c.drawRightString(w - 40, 22, f"Page {state['page']} of 3")
        c.setFillColor(colors.black)

    def newpage():
        foot()
        c.showPage()
        state["page"] += 1
        state["y"] = h - 44

    def tf(name, tip, x, y, width, height=15, maxlen=0, multi=False):
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=green,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=0 if multi else 9,
            fieldFlags="multiline" if multi else "",
            maxlen=maxlen,
        )

    def single(name, tip, label, lw=160, width=None, maxlen=0):
        c.setFont("Helvetica", 9.2)
        c.drawString(46, state["y"], label)
        tf(name, tip, 46 + lw, state["y"] - 4, width or (w - 92 - lw), maxlen=maxlen)
        state["y"] -= 20

    def band(t):
        state["y"] -= 4
        c.setFillColor(green)
        c.rect(40, state["y"] - 5, w - 80, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(46, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 22

    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(green)
    c.drawString(40, state["y"], "Quality self-assessment for funded organisations")
    c.setFillColor(colors.black)
    state["y"] -= 20
    txt(
        40,
        "Every organisation that holds a Scaddle District Council grant or contract of "
        "£10,000 a year or more completes this self-assessment once a year, by 30 June. "
        "It is not a test: it helps you and your grants officer agree what support you "
        "need. Be honest; 'partly met' is a perfectly good answer.",
    )
    txt(
        40,
        "For each standard, choose a rating, describe your evidence and, unless the "
        "standard is fully met, tell us what you will do next.",
    )
    band("About your organisation")
    single("org_name", "Organisation name", "Organisation name")
    single(
        "grant_ref",
        "Grant or contract reference",
        "Grant or contract reference",
        width=140,
        maxlen=12,
    )
    single("period", "Period covered by this self-assessment", "Period covered")
    single("completed_by", "Completed by", "Completed by")
    single("position", "Position", "Position")

    standards = [
        (
            "1",
            "Governance",
            "Your board understands its legal duties, meets regularly and "
            "oversees the organisation's work and risks.",
            1200,
            600,
        ),
        (
            "2",
            "Finance",
            "You manage money well, keep proper records, set a budget and hold enough reserves.",
            1200,
            600,
        ),
        (
            "3",
            "People",
            "Staff and volunteers are recruited fairly, inducted, supported and supervised.",
            1200,
            600,
        ),
        (
            "4",
            "Service users",
            "People who use your services can shape them and can "
            "complain, and you act on what they say.",
            1200,
            600,
        ),
        (
            "5",
            "Safeguarding",
            "You keep children and adults at risk safe and everyone knows "
            "what to do if they are worried.",
            0,
            600,
        ),
    ]
    for n, title, text, ev_max, act_max in standards:
        if state["y"] < 330:
            newpage()
        band(f"Standard {n}: {title}")
        txt(46, text, font="Helvetica-Oblique")
        c.setFont("Helvetica", 9.2)
        c.drawString(46, state["y"], "Rating:")
        for i, (val, lab) in enumerate(
            (("Met", "Met"), ("Partly", "Partly met"), ("NotYet", "Not yet met"))
        ):
            x = 100 + i * 110
            form.radio(
                name=f"s{n}_rating",
                tooltip=f"Standard {n} rating: {lab}",
                value=val,
                x=x,
                y=state["y"] - 3,
                size=11,
                selected=False,
                buttonStyle="circle",
                borderColor=green,
                fillColor=colors.white,
            )
            c.drawString(x + 15, state["y"], lab)
        state["y"] -= 20
        label = f"{n}a  Describe the evidence that shows how you meet this standard."
        if ev_max:
            label += " (up to 1,200 characters)"
        txt(46, label, font="Helvetica-Bold")
        tf(
            f"s{n}_evidence",
            f"Standard {n} evidence",
            46,
            state["y"] - 70,
            w - 92,
            74,
            maxlen=ev_max,
            multi=True,
        )
        state["y"] -= 84
        txt(46, f"{n}b  What will you do in the next year to improve?", font="Helvetica-Bold")
        tf(
            f"s{n}_action",
            f"Standard {n} action",
            46,
            state["y"] - 46,
            w - 92,
            50,
            maxlen=act_max,
            multi=True,
        )
        state["y"] -= 62

    if state["y"] < 330:
        newpage()
    band("Policies and documents")
    form.checkbox(
        name="complaints_confirm",
        tooltip="We have a written complaints procedure",
        x=46,
        y=state["y"] - 3,
        size=11,
        borderColor=green,
        fillColor=colors.white,
        buttonStyle="check",
    )
    txt(
        64,
        "We have a written complaints procedure that the people who use our services can "
        "see. (You do not need to send it.)",
        width=w - 110,
    )
    state["y"] -= 6
    txt(46, "Send these with your self-assessment, and tick each one you are sending:")
    docs = [
        (
            "send_safeguarding",
            "Your safeguarding policy, with the date your board last reviewed it.",
        ),
        (
            "send_accounts",
            "Your latest annual accounts. If your income was over £25,000 "
            "they must be independently examined or audited; otherwise accounts signed by two "
            "trustees are fine.",
        ),
        (
            "send_insurance",
            "Your public liability insurance certificate, showing cover of at least £5 million.",
        ),
        (
            "send_qualitymark",
            "If you hold a quality mark (for example Trusted Charity or "
            "Investing in Volunteers): a copy of the current certificate.",
        ),
    ]
    for name, lab in docs:
        form.checkbox(
            name=name,
            tooltip=lab[:60],
            x=46,
            y=state["y"] - 3,
            size=11,
            borderColor=green,
            fillColor=colors.white,
            buttonStyle="check",
        )
        txt(64, lab, width=w - 110)
        state["y"] -= 5
    band("Declaration")
    txt(
        46,
        "I confirm that this self-assessment was discussed at a board meeting and is a "
        "fair picture of our organisation.",
    )
    single("chair_signature", "Signature of chair", "Signature of chair")
    single("sign_date", "Date", "Date", width=110, maxlen=10)
    state["y"] -= 6
    txt(
        40,
        "Return to grants@scaddle.example.gov.uk. Your grants officer will arrange a "
        "review meeting within six weeks.",
        size=8.5,
    )
    foot()
    c.showPage()
    c.save()


def main() -> None:
    fawdon()
    hexthorpe()
    morrowfield()
    scaddle()


if __name__ == "__main__":
    main()
