"""Build set 38's Word and PDF documents (children, young people and families).

Like the other generators: python-docx for Word, reportlab for the two PDFs.
The HTML, Markdown and text documents of the set and every truth file are written by hand;
this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus38.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
BOX = "\u2610"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


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


def _set(cell, text: str, bold: bool = False, italic: bool = False, size=None):
    from docx.shared import Pt

    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return par


def _ruled(d, lines: int) -> None:
    """Answer space as ruled lines: empty paragraphs with only a bottom border."""
    from docx.oxml import parse_xml
    from docx.shared import Pt

    for _ in range(lines):
        p = d.add_paragraph()
        p._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:pBdr {W}><w:bottom w:val="single" w:sz="4" w:space="1" '
                'w:color="A6A6A6"/></w:pBdr>'
            )
        )
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()


def _leader(d, label: str) -> None:
    """A label followed by a right tab with a dotted leader to the margin: 'Name ......'."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    p = d.add_paragraph(f"{label}\t")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.space_before = Pt(6)


def _page_break(d) -> None:
    from docx.enum.text import WD_BREAK

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ----------------------------------------------------------------- Bellowmere (docx)


def bellowmere() -> None:
    """A county council's HAF provider application: limits only in an 'at a glance' table at
    the start, dotted-leader labels for details, ruled lines for answers."""
    from docx.shared import Pt, RGBColor

    out = HERE / "bellowmere-county-council-haf-2027-provider-application.docx"
    d = _new(
        "HAF 2027 provider application",
        "Bellowmere County Council Children's Services",
        "Arial",
        11,
    )
    sec = d.sections[0]
    sec.header.paragraphs[
        0
    ].text = "Bellowmere County Council  -  Holiday Activities and Food Programme 2027"
    sec.footer.paragraphs[0].text = (
        "HAF27-PA version 1.2  -  return to haf@bellowmere.example.gov.uk by 5pm on "
        "Friday 19 February 2027"
    )

    def head(text: str) -> None:
        h = d.add_heading(text, level=1)
        for r in h.runs:
            r.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)

    def sub(text: str) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = True

    t = d.add_paragraph()
    r = t.add_run("Holiday Activities and Food (HAF) Programme 2027")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Application to be a HAF provider").runs[0].font.size = Pt(14)
    for text in (
        "The HAF programme gives children and young people aged 5 to 16 who receive "
        "benefits-related free school meals free places at holiday clubs at Easter, in the "
        "summer and at Christmas, with a healthy meal every day. We are looking for schools, "
        "childcare providers, sports clubs, and voluntary and community organisations to run "
        "HAF clubs across Bellowmere in 2027.",
        "HAF pays the full cost of every eligible place at our standard rate, so you do not "
        "need to find match funding. Providers can also offer paid places to other children "
        "at the same club.",
        "Please type into this form or print it and write in black ink. Answer every question "
        "in Section C on the lines under it, adding lines if you need them.",
    ):
        d.add_paragraph(text)

    sub("Word limits at a glance")
    d.add_paragraph(
        "So that every application is read fairly, each Section C answer has a word limit. "
        "The limits are not repeated beside the questions. The panel will not read beyond the "
        "limit."
    )
    limits = (
        ("Question", "Maximum words"),
        ("C1  Your experience", "300"),
        ("C2  Activities and enrichment", "400"),
        ("C3  Food and nutrition", "250"),
        ("C4  Reaching eligible children, and children with SEND", "300"),
        ("C5  Safeguarding and staffing", "250"),
        ("C6  Working with families", "150"),
    )
    table = d.add_table(rows=len(limits), cols=2)
    table.style = "Table Grid"
    for i, (a, b) in enumerate(limits):
        _set(table.cell(i, 0), a, bold=i == 0)
        _set(table.cell(i, 1), b, bold=i == 0)
        if i == 0:
            _shade(table.cell(i, 0), "F9E0DC")
            _shade(table.cell(i, 1), "F9E0DC")
    d.add_paragraph()

    head("Section A  Your organisation")
    for label in (
        "Organisation name",
        "Address",
        "Postcode",
        "Contact name",
        "Role in the organisation",
        "Telephone",
        "Email",
    ):
        _leader(d, label)
    d.add_paragraph(
        f"Type of organisation (tick one):  {BOX} Registered childcare provider   {BOX} School "
        f"or academy   {BOX} Voluntary or community organisation   {BOX} Sports club   "
        f"{BOX} Other"
    )
    _leader(d, "Ofsted unique reference number (URN), if you are registered")

    head("Section B  Your HAF clubs")
    d.add_paragraph("Fill in one column for each site, up to three.")
    rows = (
        "",
        "Site name and address",
        "Postcode",
        "Ofsted registered? (Yes / No)",
        "Ages (for example 5 to 11)",
        "Holidays open (Easter / Summer / Christmas)",
        "Days per week",
        "HAF places per day",
        "of which places for children with SEND",
    )
    table = d.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for i, label in enumerate(rows):
        _set(table.cell(i, 0), label, bold=i == 0)
        _shade(table.cell(i, 0), "F2F2F2")
    for j in range(1, 4):
        _set(table.cell(0, j), f"Site {j}", bold=True)
        _shade(table.cell(0, j), "F2F2F2")
    d.add_paragraph()
    _leader(d, "Total HAF places per day across all your sites")
    d.add_paragraph(f"Will you prepare food on site?   {BOX} Yes   {BOX} No")

    head("Section C  Your HAF clubs in detail")
    questions = (
        (
            "C1  Your experience",
            "Tell us about your organisation's experience of running holiday, play or "
            "out-of-school provision for children aged 5 to 16.",
            10,
        ),
        (
            "C2  Activities and enrichment",
            "Describe a typical day at your club. What physical activity will children do each "
            "day, and what enriching activities (for example arts, cooking, visits or "
            "nature) will you offer across the holiday?",
            12,
        ),
        (
            "C3  Food and nutrition",
            "What food will you serve, and how will it meet the School Food Standards? How will "
            "children and families learn about healthy eating?",
            8,
        ),
        (
            "C4  Reaching eligible children, and children with SEND",
            "How will you reach children who receive benefits-related free school meals, and how "
            "will you make sure that children with special educational needs and disabilities "
            "can take part fully?",
            10,
        ),
        (
            "C5  Safeguarding and staffing",
            "Explain your staffing ratios, how staff and volunteers are recruited and checked, "
            "and who your designated safeguarding lead is.",
            8,
        ),
        (
            "C6  Working with families",
            "How will you tell families about other help, such as family hubs, debt advice or "
            "the Household Support Fund?",
            6,
        ),
    )
    for title, prompt, lines in questions:
        sub(title)
        d.add_paragraph(prompt)
        _ruled(d, lines)

    head("Section D  Funding")
    d.add_paragraph(
        "HAF pays £23.50 per child per four-hour day, including food. Tell us how many "
        "funded child-days you can offer and the total you are asking for."
    )
    _leader(d, "Number of funded child-days across 2027")
    _leader(d, "Total funding requested (£)")

    head("Section E  Documents to send with this form")
    d.add_paragraph("Please email these with your application:")
    for text in (
        "E1  Your safeguarding and child protection policy.",
        "E2  Your public liability insurance certificate, showing cover of at least £10 million.",
        "E3  Your employer's liability insurance certificate, if you employ staff.",
        "E4  Your food hygiene rating certificate or proof of registration as a food "
        "business, if you will prepare food on site.",
        "E5  A sample weekly timetable of activities for one club.",
        "E6  A list of your HAF staff and volunteers with the date of each person's enhanced "
        "DBS check.",
        "E7  Your equality and inclusion policy.",
        "E8  Your latest annual accounts, signed by your treasurer or finance officer. "
        "Schools and academies do not need to send accounts.",
    ):
        d.add_paragraph(text)

    head("Section F  Declaration")
    d.add_paragraph(
        f"{BOX}  We will run our clubs in line with the Department for Education's HAF "
        "programme standards and take part in the council's quality visits."
    )
    d.add_paragraph(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation."
    )
    for label in ("Signature", "Name", "Position", "Date"):
        _leader(d, label)
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Tansleigh (docx)


def tansleigh() -> None:
    """A borough council's request for quotation response document for family hubs parenting
    programmes: one method statement a page, 'Your response should cover' bullets (some
    ending in '?'), limits in words and in sides of A4, grey 'Insert your response here'."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt, RGBColor

    out = HERE / "tansleigh-family-hubs-parenting-programmes-quotation-response.docx"
    d = _new(
        "RFQ TBC/FH/2027/014 Quotation Response Document",
        "Tansleigh Borough Council Procurement",
        "Arial",
        11,
    )
    sec = d.sections[0]
    sec.header.paragraphs[
        0
    ].text = "OFFICIAL  -  RFQ TBC/FH/2027/014  -  Family Hubs parenting programmes"
    sec.footer.paragraphs[0].text = "Tansleigh Borough Council  -  Quotation Response Document"

    def head(text: str) -> None:
        h = d.add_heading(text, level=1)
        for r in h.runs:
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)

    t = d.add_paragraph()
    r = t.add_run("Request for Quotation TBC/FH/2027/014")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(
        "Delivery of evidence-based parenting programmes in Tansleigh Family Hubs, "
        "1 July 2027 to 31 March 2029"
    ).runs[0].bold = True
    d.add_paragraph("Quotation Response Document").runs[0].font.size = Pt(14)

    head("Part 1  Instructions")
    for text in (
        "1.1  The council invites quotations from voluntary, community and social enterprise "
        "(VCSE) organisations and other providers to deliver group parenting programmes for "
        "parents and carers of children aged 0 to 19 (up to 25 with SEND) from the borough's "
        "four family hubs. The estimated value is £84,000 over 21 months.",
        "1.2  Complete every Part of this document and return it, with the documents listed "
        "in Part 5, through the council's e-tendering portal by 12 noon on Monday 8 March "
        "2027. We cannot accept quotations by email.",
        "1.3  Quotations are evaluated 75% quality (Part 3) and 25% price (Part 4). Each "
        "method statement is scored 0 to 5 and weighted as shown.",
        "1.4  Keep to the length given for each method statement. Where a length is given in "
        "sides of A4, use Arial 11 and normal margins. Text beyond the limit will not be "
        "evaluated.",
        "1.5  Clarification questions must be sent through the portal by 22 February 2027. "
        "Questions and answers will be shared with all bidders, without naming who asked.",
    ):
        d.add_paragraph(text)

    head("Part 2  Supplier details")
    labels = (
        "Legal name of organisation",
        "Trading name, if different",
        "Registered address",
        "Company or charity number",
        "Contact name",
        "Position",
        "Telephone",
        "Email",
        "Are you registered for VAT? (Yes / No)",
    )
    table = d.add_table(rows=len(labels), cols=2)
    table.style = "Table Grid"
    for i, lab in enumerate(labels):
        _set(table.cell(i, 0), lab)
        _shade(table.cell(i, 0), "DCE6F1")

    head("Part 3  Method statements (75%)")
    d.add_paragraph("Each method statement starts on a new page. Type your response in the box.")
    statements = (
        (
            "MS1  Understanding of need (10%)",
            "Describe your understanding of the needs of parents and carers in Tansleigh, "
            "including the findings of the Family Hubs needs assessment (2026).",
            (
                "the pressures families in the borough face;",
                "which families are least likely to use universal services, and why;",
                "what parents have told you they want from a parenting programme.",
            ),
            "Maximum length: 500 words.",
        ),
        (
            "MS2  Programme delivery (25%)",
            "Explain which evidence-based programmes you will deliver, for which age groups, "
            "and how you will run them across the four family hubs.",
            (
                "the programmes, their evidence base and your licences to deliver them;",
                "how many courses you will run each term, and at what times of day;",
                "will you offer online or evening groups for working parents?",
                "how will you provide a crèche or childcare so parents can attend?",
            ),
            "Maximum length: two sides of A4.",
        ),
        (
            "MS3  Reaching fathers and under-served families (15%)",
            "Set out how you will reach and keep fathers, male carers and families who do not "
            "usually take part in parenting programmes.",
            (
                "how will you work with the family hubs' outreach workers?",
                "families who speak little English, and parents with learning disabilities;",
                "how you will reduce the number of parents who drop out.",
            ),
            "Maximum length: 750 words.",
        ),
        (
            "MS4  Outcomes and evaluation (10%)",
            "Describe how you will measure the difference your programmes make to parents and "
            "children, and how you will report it to the council.",
            (
                "the validated measures you will use before and after each course;",
                "how you will collect parents' own views;",
                "quarterly reporting to the Family Hubs Partnership Board.",
            ),
            "Maximum length: 500 words.",
        ),
        (
            "MS5  Safeguarding (10%)",
            "Describe your safeguarding arrangements for this contract.",
            (
                "your designated safeguarding lead and how staff raise a concern;",
                "how you will work with the council's Front Door and early help teams;",
                "training and supervision for facilitators and crèche workers.",
            ),
            "Maximum length: one side of A4.",
        ),
        (
            "MS6  Social value (5%)",
            "What additional social value will you deliver in Tansleigh through this contract?",
            (
                "volunteering, training or jobs for local parents;",
                "how you will measure and report it.",
            ),
            "Maximum length: 300 words.",
        ),
    )
    for title, prompt, bullets, limit in statements:
        _page_break(d)
        h = d.add_heading(title, level=2)
        for r in h.runs:
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
        d.add_paragraph(prompt)
        d.add_paragraph("Your response should cover:")
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
        d.add_paragraph().add_run(limit).bold = True
        box = d.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        par = _set(box.cell(0, 0), "Insert your response here.", italic=True)
        par.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        for _ in range(8):
            box.cell(0, 0).add_paragraph()

    d.add_section(WD_SECTION.NEW_PAGE)
    head("Part 4  Price (25%)")
    d.add_paragraph(
        "Complete the pricing schedule. Prices must include all costs (staff, venues outside "
        "the family hubs, materials, licences, crèche and travel) and exclude VAT."
    )
    sched = ("Programme", "Number of courses", "Price per course (£)", "Total (£)")
    table = d.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    for j, h in enumerate(sched):
        _set(table.cell(0, j), h, bold=True)
        _shade(table.cell(0, j), "DCE6F1")
    d.add_paragraph()
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _set(table.cell(0, 0), "Total quotation price, excluding VAT (£)", bold=True)
    _shade(table.cell(0, 0), "DCE6F1")
    d.add_paragraph()

    head("Part 5  Documents to return with your quotation")
    docs = (
        ("Document", "Notes"),
        ("Safeguarding policy covering children and adults", "Reviewed in the last 12 months"),
        ("Equality, diversity and inclusion policy", ""),
        ("Data protection policy", "Including how you will keep parents' records"),
        ("Complaints procedure", ""),
        ("Whistleblowing policy", ""),
        ("Public liability insurance certificate", "At least £5 million"),
        ("Employer's liability insurance certificate", "At least £5 million"),
        ("Professional indemnity insurance certificate", "At least £1 million"),
        (
            "Accounts for the last two financial years",
            "Audited, or independently examined where the law does not require an audit",
        ),
        (
            "Two references from commissioners of similar services",
            "From the last three years; the council will contact referees",
        ),
        ("Facilitator accreditation or licence certificates for each programme", ""),
    )
    table = d.add_table(rows=len(docs), cols=2)
    table.style = "Table Grid"
    for i, (a, b) in enumerate(docs):
        _set(table.cell(i, 0), a, bold=i == 0)
        _set(table.cell(i, 1), b, bold=i == 0)
        if i == 0:
            _shade(table.cell(i, 0), "DCE6F1")
            _shade(table.cell(i, 1), "DCE6F1")
    d.add_paragraph()

    head("Part 6  Form of Quotation")
    d.add_paragraph(
        "We quote to deliver the services described in the specification for the price in "
        "Part 4, and we agree that this quotation remains valid for 90 days from the closing "
        "date. We confirm that the information we have given is true and that we have not "
        "colluded with any other bidder."
    )
    labels = ("Signed", "Name", "Position", "For and on behalf of", "Date")
    table = d.add_table(rows=len(labels), cols=2)
    table.style = "Table Grid"
    for i, lab in enumerate(labels):
        _set(table.cell(i, 0), lab)
        _shade(table.cell(i, 0), "DCE6F1")
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Hobbinford (fillable pdf)


def hobbinford() -> None:
    """A youth council's participation grant as a fillable PDF: /TU tooltips on every field,
    two questions whose limits are only in their tooltips, comb postcode, a combo box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hobbinford-youth-voice-participation-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Youth Voice Participation Grant")
    c.setAuthor("Hobbinford Youth Council")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    x0, x2 = 48, w - 48
    purple = colors.HexColor("#5B2A86")
    yellow = colors.HexColor("#FFD23F")
    n = [0]

    def nm() -> str:
        n[0] += 1
        return f"Text{n[0]}"

    def text(x, y, width, tip, height=16, maxlen=None, multiline=False, comb=False):
        flags = "multiline" if multiline else ("comb" if comb else "")
        form.textfield(
            name=nm(),
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            maxlen=maxlen,
            borderColor=purple,
            fillColor=colors.HexColor("#F6F1FA"),
            borderWidth=1,
            fontSize=0 if multiline else 10,
            fieldFlags=flags,
        )

    def wrap(x, y, t, width, size=10, font="Helvetica", leading=12.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def band(y, t):
        c.setFillColor(purple)
        c.roundRect(x0, y - 5, x2 - x0, 20, 6, stroke=0, fill=1)
        c.setFillColor(yellow)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(x0 + 8, y + 1, t)
        c.setFillColor(colors.black)
        return y - 28

    def row(y, label, tip, width=None, maxlen=None, lw=180, comb=False):
        c.setFont("Helvetica", 10)
        c.drawString(x0, y + 4, label)
        text(x0 + lw, y, width or (x2 - x0 - lw), tip, maxlen=maxlen, comb=comb)
        return y - 22

    def question(y, label, printed, tip, height, maxlen=None):
        y = wrap(x0, y, label + (f" {printed}" if printed else ""), x2 - x0, font="Helvetica-Bold")
        text(x0, y - height + 8, x2 - x0, tip, height=height, maxlen=maxlen, multiline=True)
        return y - height - 6

    c.setFillColor(purple)
    c.rect(0, h - 100, w, 100, stroke=0, fill=1)
    c.setFillColor(yellow)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(x0, h - 48, "Youth Voice Participation Grant")
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 11)
    c.drawString(x0, h - 70, "Hobbinford Youth Council with Hobbinford Borough Council")
    c.drawString(x0, h - 86, "For groups of young people aged 11 to 25  |  up to £500")
    c.setFillColor(colors.black)
    y = wrap(
        x0,
        h - 122,
        "Want to change something in Hobbinford, or make sure young people get a say? This "
        "grant is for groups of young people who want to run a campaign, a consultation, a "
        "youth forum, a survey or an event that gives young people a voice. A young person "
        "fills in the form, with help from an adult supporter (a youth worker, teacher or "
        "volunteer over 18). You don't need to raise any money yourselves. Hover over a box "
        "to see what to put in it. Email the saved form to youthvoice@hobbinford.example.gov.uk.",
        x2 - x0,
    )
    y = band(y - 8, "1  About your group")
    y = row(y, "Name of your group", "Name of your group")
    y = row(y, "Your first name", "First name of the young person filling in the form")
    y = row(y, "Your age", "Your age in years", width=40, maxlen=2)
    y = row(y, "Your email", "Your email address")
    c.setFont("Helvetica", 10)
    c.drawString(x0, y + 4, "How old are the young people in your group?")
    form.choice(
        name="Dropdown1",
        tooltip="Age range of the group",
        x=x0 + 250,
        y=y,
        width=140,
        height=16,
        options=["Choose one", "11 to 15", "16 to 18", "19 to 25", "A mix of ages"],
        value="Choose one",
        fieldFlags="combo",
        borderColor=purple,
        fillColor=colors.white,
        fontSize=9,
    )
    y -= 22
    y = row(y, "Adult supporter's name", "Adult supporter's full name")
    y = row(y, "Adult supporter's role", "For example youth worker, teacher or volunteer")
    y = row(y, "Adult supporter's phone", "Adult supporter's phone number", width=140, maxlen=15)
    y = row(y, "Adult supporter's email", "Adult supporter's email address")
    y = row(
        y,
        "Organisation that will hold the money",
        "Youth club, school or charity that will receive the grant for you, if any",
        lw=210,
    )
    y = row(y, "Postcode of where you meet", "Postcode", width=96, maxlen=8, lw=210, comb=True)
    y = band(y - 4, "2  Your idea")
    y = question(
        y,
        "What is your idea? What do you want to change, or have a say in?",
        "(100 words max)",
        "What is your idea? (100 words max)",
        78,
        maxlen=600,
    )
    y = question(
        y,
        "Who came up with this idea, and how did you involve other young people?",
        None,
        "How you involved other young people - up to 150 words",
        84,
    )
    c.setFont("Helvetica-Oblique", 8)
    c.drawCentredString(w / 2, 26, "Youth Voice Participation Grant  -  page 1 of 2")
    c.showPage()

    y = h - 56
    y = question(
        y,
        "Who will you talk to or work with to make the change happen, for example "
        "councillors, your school or the youth service?",
        "(up to 100 words)",
        "Who you will work with (up to 100 words)",
        80,
    )
    y = question(
        y,
        "How will you tell other young people what happened?",
        None,
        "Telling others - max 75 words",
        66,
    )
    y = question(
        y, "Anything else you want us to know?", "(optional)", "Anything else (optional)", 54
    )
    y = band(y - 4, "3  Money")
    y = row(
        y,
        "How much are you asking for? (£, up to £500)",
        "Amount requested in pounds",
        width=80,
        maxlen=3,
        lw=260,
    )
    c.setFont("Helvetica", 10)
    c.drawString(x0, y + 4, "Is anyone else giving you money or help?")
    x = x0 + 260
    for opt in ("Yes", "No"):
        form.radio(
            name="Radio1",
            value=opt,
            tooltip="Other money or help",
            x=x,
            y=y + 1,
            size=11,
            borderColor=purple,
            fillColor=colors.white,
            buttonStyle="circle",
        )
        c.drawString(x + 15, y + 4, opt)
        x += 50
    y -= 30
    y = band(y, "4  What to send")
    for t in (
        "Every group: an email or letter from your adult supporter saying they will help you "
        "with the project. Attach it when you email this form.",
        "Only if your group is not part of a school, youth club or registered organisation: a "
        "copy of your adult supporter's enhanced DBS certificate.",
        "You don't need a bank account: we can pay the organisation that supports you, or buy "
        "what you need for you.",
    ):
        y = wrap(x0 + 12, y, "\u2022  " + t, x2 - x0 - 12) - 4
    y = band(y - 6, "5  Signing off")
    form.checkbox(
        name="Check1",
        tooltip="Young person's agreement",
        x=x0,
        y=y - 3,
        size=11,
        borderColor=purple,
        fillColor=colors.white,
        buttonStyle="check",
    )
    y = (
        wrap(
            x0 + 18,
            y,
            "I agree to tell the Youth Council how the project went and to "
            "share photos if everyone in them is happy for us to.",
            x2 - x0 - 18,
        )
        - 6
    )
    form.checkbox(
        name="Check2",
        tooltip="Adult supporter's confirmation",
        x=x0,
        y=y - 3,
        size=11,
        borderColor=purple,
        fillColor=colors.white,
        buttonStyle="check",
    )
    y = (
        wrap(
            x0 + 18,
            y,
            "Adult supporter: I will support this group, and the organisation "
            "holding the money has a safeguarding policy that covers this project.",
            x2 - x0 - 18,
        )
        - 10
    )
    y = row(y, "Young person's name", "Young person's name")
    y = row(y, "Adult supporter's name", "Adult supporter's name (signature)")
    y = row(y, "Date", "Date", width=90, maxlen=10)
    c.setFont("Helvetica-Oblique", 8)
    c.drawCentredString(w / 2, 26, "Youth Voice Participation Grant  -  page 2 of 2")
    c.showPage()
    c.save()


# ----------------------------------------------------------------- Yelderby (text pdf)


def yelderby() -> None:
    """A town council's school-holiday play schemes fund exported as a blank PDF from an online
    form builder: numbered elements, required stars, help text, empty boxes, character
    counters under long answers, radio circles and check squares, upload drop zones."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "yelderby-school-holiday-play-schemes-fund.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Play Schemes Fund 2027 - Yelderby Town Council")
    c.setProducer("Formbird PDF export 3.4 (Chromium)")
    c.setCreator("Formbird")
    w, h = A4
    x0, x2 = 60, w - 60
    teal = colors.HexColor("#0E7C86")
    grey = colors.HexColor("#6B7280")
    page = [1]
    total_pages = 4

    def wrap(x, y, t, width, size=10, font="Helvetica", leading=13, color=colors.black):
        c.setFillColor(color)
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        c.setFillColor(colors.black)
        return y

    def chrome():
        c.setFillColor(teal)
        c.rect(0, h - 30, w, 30, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, h - 19, "Play Schemes Fund 2027")
        c.drawRightString(x2, h - 19, f"Page {page[0]} of {total_pages}")
        c.setFillColor(grey)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(
            w / 2,
            22,
            "Made with Formbird  \u00b7  Never submit passwords "
            "through Formbird forms  \u00b7  Report abuse",
        )
        c.setFillColor(colors.black)

    def new_page():
        c.showPage()
        page[0] += 1
        chrome()
        return h - 62

    def element(y, num, label, required=False, help_text=None):
        star = " *" if required else ""
        y = wrap(x0, y, f"{num}. {label}{star}", x2 - x0, size=10.5, font="Helvetica-Bold")
        if help_text:
            y = wrap(x0, y, help_text, x2 - x0, size=9, color=grey, leading=11.5)
        return y - 2

    def box(y, height=20, counter=None):
        c.setStrokeColor(colors.HexColor("#D1D5DB"))
        c.roundRect(x0, y - height, x2 - x0, height, 4, stroke=1, fill=0)
        y -= height
        if counter:
            c.setFont("Helvetica", 8)
            c.setFillColor(grey)
            c.drawRightString(x2, y - 10, counter)
            c.setFillColor(colors.black)
            y -= 10
        return y - 14

    def choices(y, opts, shape="circle"):
        c.setFont("Helvetica", 10)
        for o in opts:
            c.setStrokeColor(grey)
            if shape == "circle":
                c.circle(x0 + 6, y + 3, 5, stroke=1, fill=0)
            else:
                c.rect(x0 + 1, y - 2, 10, 10, stroke=1, fill=0)
            c.drawString(x0 + 18, y, o)
            y -= 16
        return y - 8

    def upload(y, note):
        c.setStrokeColor(grey)
        c.setDash(3, 2)
        c.roundRect(x0, y - 34, x2 - x0, 34, 4, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica", 9)
        c.setFillColor(grey)
        c.drawCentredString(w / 2, y - 15, "Drag and drop files here or browse")
        c.drawCentredString(w / 2, y - 27, note)
        c.setFillColor(colors.black)
        return y - 48

    chrome()
    y = h - 70
    c.setFont("Helvetica-Bold", 18)
    c.drawString(x0, y, "Yelderby Town Council: Play Schemes Fund 2027")
    y -= 22
    for t in (
        "Grants of £500 to £4,000 towards running school-holiday play schemes for children "
        "aged 4 to 14 in Yelderby parish during the 2027 Easter, summer, October half-term and "
        "Christmas holidays.",
        "We fund up to 50% of the cost of running your play scheme; you must find the other "
        "50% from fees, fundraising or other grants. Play schemes must have public liability "
        "insurance of at least £5 million.",
        "This PDF is a copy of the online form for you to plan your answers. Apply online at "
        "forms.formbird.example.org.uk/yelderby-tc/play-schemes-2027.",
    ):
        y = wrap(x0, y, t, x2 - x0) - 6
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.HexColor("#B91C1C"))
    c.drawString(x0, y, "* Required")
    c.setFillColor(colors.black)
    y -= 22
    y = element(y, 1, "Organisation name", True)
    y = box(y)
    y = element(y, 2, "Contact name", True)
    y = box(y)
    y = element(y, 3, "Email", True)
    y = box(y)
    y = element(y, 4, "Phone number")
    y = box(y)
    y = element(y, 5, "Address", True, "Include the postcode.")
    y = box(y, 40)
    y = element(y, 6, "Type of organisation", True)
    y = choices(
        y,
        (
            "Registered charity or CIO",
            "Community group or club",
            "School or PTA",
            "Church or faith group",
            "Other",
        ),
    )
    y = new_page()

    y = element(
        y, 7, "Which holidays will your play scheme run in?", True, "Select all that apply."
    )
    y = choices(y, ("Easter", "Summer", "October half term", "Christmas"), shape="square")
    y = element(y, 8, "Number of children per day", True)
    y = box(y)
    y = element(y, 9, "Ages of the children", True, "For example 5 to 11.")
    y = box(y)
    y = element(
        y,
        10,
        "Describe your play scheme: where it runs, the activities you offer and a typical day.",
        True,
    )
    y = box(y, 120, "0 / 1800 characters")
    y = element(
        y,
        11,
        "How will you make sure children who are disabled or have additional needs can take part?",
        True,
    )
    y = box(y, 90, "0 / 1200 characters")
    y = new_page()

    y = element(
        y, 12, "How will you keep the cost low for families, and will any places be free?", True
    )
    y = box(y, 80, "0 / 900 characters")
    y = element(
        y,
        13,
        "What difference did your play scheme make last year?",
        False,
        "Leave this blank if this is your first year.",
    )
    y = box(y, 90)
    y = element(y, 14, "Total cost of the play scheme (£)", True)
    y = box(y)
    y = element(
        y,
        15,
        "Amount requested (£)",
        True,
        "Between £500 and £4,000, and no more than half the total cost.",
    )
    y = box(y)
    y = element(y, 16, "Upload your constitution or governing document", True)
    y = upload(y, "PDF, DOCX or JPG, up to 10 MB")
    y = new_page()

    y = element(
        y,
        17,
        "Upload your latest accounts",
        True,
        "If your group is less than a "
        "year old, upload your last three months' bank statements instead.",
    )
    y = upload(y, "PDF, DOCX, XLSX or JPG, up to 10 MB")
    y = element(y, 18, "Upload your safeguarding policy", True)
    y = upload(y, "PDF or DOCX, up to 10 MB")
    y = element(
        y,
        19,
        "Upload your Ofsted registration certificate",
        False,
        "Only if your play scheme is registered with Ofsted.",
    )
    y = upload(y, "PDF or JPG, up to 10 MB")
    y = element(y, 20, "Declaration", True)
    y = choices(
        y,
        ("I confirm this information is correct and our committee agreed to apply.",),
        shape="square",
    )
    y = element(y, 21, "Signature", True)
    c.setStrokeColor(colors.HexColor("#D1D5DB"))
    c.roundRect(x0, y - 50, 220, 50, 4, stroke=1, fill=0)
    c.setFont("Helvetica", 8)
    c.setFillColor(grey)
    c.drawString(x0 + 6, y - 44, "Sign here")
    c.setFillColor(colors.black)
    y -= 64
    y = element(y, 22, "Date", True)
    y = box(y)
    c.setFillColor(teal)
    c.roundRect(x0, y - 6, 90, 24, 4, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(x0 + 45, y + 2, "Submit")
    c.showPage()
    c.save()


def main() -> None:
    bellowmere()
    tansleigh()
    hobbinford()
    yelderby()


if __name__ == "__main__":
    main()
