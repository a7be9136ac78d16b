"""Build set 23's Word and PDF documents (arts, culture, heritage and sport small grants).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus23.py
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
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _bold(cell_or_par, text: str, size=None):
    from docx.shared import Pt

    p = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def _labels(d, rows, fill="DCE6F2"):
    """A two-column label / empty-cell table of short details."""
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for row, label in zip(t.rows, rows, strict=True):
        row.cells[0].text = label
        _shade(row.cells[0], fill)
    return t


def _box(d, twips: int = 1600):
    """An empty one-cell answer box."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _row_height(t.rows[0], twips)
    return t


def _grid(d, head, rows, fill="DCE6F2", last=None):
    t = d.add_table(rows=1 + rows + (1 if last else 0), cols=len(head))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, head, strict=True):
        _bold(cell, text)
        _shade(cell, fill)
    if last:
        t.rows[-1].cells[0].text = last
    return t


# ----------------------------------------------------------------------- Jolesworth (docx)


def jolesworth() -> None:
    """One district council template for two strands: Creative Communities and Heritage."""
    from docx.shared import Pt

    d = _new("Arts and Heritage Small Grants application form", "Culture Team", "Calibri", 11)
    sec = d.sections[0]
    sec.header.paragraphs[
        0
    ].text = "Jolesworth District Council\tArts and Heritage Small Grants\tForm AHSG1"
    fp = sec.footer.paragraphs[0]
    fp.text = "AHSG1 version 2.1 – January 2027 – one form for both strands"
    fp.runs[0].font.size = Pt(8)
    d.add_heading("Arts and Heritage Small Grants 2027/28 – Application form", 0)
    d.add_paragraph(
        "This form is used for both of our small grants strands: Creative Communities "
        "(arts projects, £500 to £5,000) and Heritage Matters (local heritage projects, "
        "£1,000 to £15,000). Please read the Guidance for Applicants before you start."
    )
    d.add_paragraph(
        "Parts 1, 2, 3, 5, 6, 7 and 8 are for everyone. In Part 4 answer only the questions "
        "for the strand you tick in Part 1. Boxes will expand as you type. Return the "
        "completed form to culture@jolesworth.example.gov.uk by 5pm on Friday 26 February "
        "2027."
    )
    d.add_heading("Part 1 – Your organisation", 1)
    t = _labels(
        d,
        [
            "Name of organisation",
            "Main contact",
            "Role in the organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Website or social media (optional)",
            "Type of organisation (tick one)",
            "Charity, CIO or company number (if any)",
            "Which strand are you applying to? (tick one)",
        ],
    )
    t.rows[8].cells[1].text = (
        f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
        f"{BOX} Constituted voluntary group   {BOX} Other"
    )
    t.rows[10].cells[
        1
    ].text = f"{BOX} Creative Communities (arts)   {BOX} Heritage Matters (heritage)"
    d.add_heading("Part 2 – Your project", 1)
    d.add_paragraph("Please keep to the word limits. We will not read beyond them.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def prompt(num, text, height=0):
        row = t.add_row()
        row.cells[0].text = num
        row.cells[1].text = text
        _shade(row.cells[0], "DCE6F2")
        _shade(row.cells[1], "DCE6F2")
        if height:
            ans = t.add_row()
            ans.cells[0].merge(ans.cells[1])
            _row_height(ans, height)
        return row

    prompt("2.1", "Project title", 400)
    prompt(
        "2.2",
        "Describe your project: what will happen, where, and who will lead it. (up to 300 words)",
        2400,
    )
    prompt(
        "2.3",
        "Why is this project needed now? What evidence do you have? (up to 250 words)",
        2000,
    )
    prompt("2.4", "Who will take part or come along? (up to 150 words)", 1400)
    d.add_paragraph("2.5  Dates and numbers")
    t2 = d.add_table(rows=2, cols=4)
    t2.style = "Table Grid"
    for cell, text in zip(
        t2.rows[0].cells + t2.rows[1].cells,
        ["Start date", "", "End date", "", "Participants", "", "Audience or visitors", ""],
        strict=True,
    ):
        cell.text = text
    d.add_heading("Part 3 – Project timeline", 1)
    d.add_paragraph("List the main stages of your project, in order. Add rows if you need to.")
    _grid(d, ["Milestone", "Month", "Who is responsible"], 5)
    d.add_heading("Part 4 – Strand questions", 1)
    p = d.add_paragraph()
    _bold(p, "Answer ONLY the questions for the strand you ticked in Part 1.")
    d.add_heading("4A  Creative Communities applicants only", 2)
    d.add_paragraph(
        "A1  How will local artists or creative practitioners be involved, and how will "
        "they be paid fairly? (up to 200 words)"
    )
    _box(d, 1800)
    d.add_paragraph(
        "A2  How will you reach people who do not usually take part in the arts? (up to 200 words)"
    )
    _box(d, 1800)
    d.add_heading("4B  Heritage Matters applicants only", 2)
    d.add_paragraph(
        "B1  What is the heritage your project is about, and why does it matter to people "
        "in Jolesworth? (up to 200 words)"
    )
    _box(d, 1800)
    d.add_paragraph(
        "B2  How will the heritage be looked after, recorded or shared once the project "
        "ends? (up to 200 words)"
    )
    _box(d, 1800)
    d.add_paragraph(
        "B3  Does your project involve work to a listed building, a scheduled monument or "
        f"a building in a conservation area?      {BOX} Yes    {BOX} No"
    )
    d.add_heading("Part 5 – Evaluation plan", 1)
    d.add_paragraph(
        "5.1  How will you know your project has made a difference? Tell us what you will "
        "measure and how, for example feedback cards, photographs, visitor numbers or "
        "interviews. (up to 200 words)"
    )
    _box(d, 1800)
    d.add_paragraph(
        "5.2  How will you acknowledge the Council's support in your publicity and on the day?"
    )
    _box(d, 1000)
    d.add_heading("Part 6 – Budget", 1)
    d.add_paragraph(
        "We will fund up to 80% of your project's total cost, for both strands. The "
        "remaining 20% can include volunteer time valued at £12 an hour."
    )
    _grid(
        d,
        ["Item", "Supplier or how you worked out the cost", "Cost £"],
        6,
        last="Total project cost",
    )
    _labels(d, ["Amount requested from the Council £"])
    d.add_paragraph("Other funding for this project")
    _grid(d, ["Source", "Amount £", "Secured? (Y/N)"], 3)
    d.add_heading("Part 7 – Supporting documents", 1)
    d.add_paragraph("Please email these with your form. Tick each one you are sending.")
    t = _grid(d, ["Document", "Who must send it", "✓"], 7)
    docs = [
        ("Governing document (constitution, trust deed or articles)", "All applicants"),
        (
            "Latest annual accounts (they do not need to be independently examined). If "
            "your group is less than 12 months old, your last three months' bank statements "
            "instead",
            "All applicants",
        ),
        (
            "At least one letter of support from a partner, venue or community member",
            "All applicants",
        ),
        ("A quote for any single item costing over £1,000", "If this applies"),
        (
            "Safeguarding policy",
            "If your project involves children, young people or adults at risk",
        ),
        (
            "Written consent of the building's owner and, where needed, listed building consent",
            "Heritage Matters applicants doing work to a building",
        ),
        (
            "Examples of the lead artist's previous work (up to three images or links)",
            "Creative Communities applicants",
        ),
    ]
    for row, (a, b) in zip(t.rows[1:], docs, strict=True):
        row.cells[0].text = a
        row.cells[1].text = b
    d.add_heading("Part 8 – Data protection and declaration", 1)
    d.add_paragraph(
        "Data protection: Jolesworth District Council will use the information on this form "
        "to assess your application, to manage any grant and to publish a list of grants "
        "awarded (organisation name, project title and amount). We keep grant records for "
        "six years. Our privacy notice is at jolesworth.example.gov.uk/privacy/culture."
    )
    d.add_paragraph(
        f"{BOX}  I confirm that the information on this form is correct; that our "
        "organisation holds public liability insurance of at least £5 million for the "
        "activities described; that we have an equal opportunities policy; and that we "
        "will use any grant only for the project described."
    )
    _labels(d, ["Signature", "Print name", "Position", "Date"])
    d.add_paragraph()
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ["OFFICE USE", "Ref", "", "Received", "", "Officer"], strict=True
    ):
        cell.text = text
        _shade(cell, "EDEDED")
    out = HERE / "jolesworth-arts-and-heritage-small-grants.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------------------- Ullswick (docx)


def ullswick() -> None:
    """A town council sport grant: Heading 2 questions, box, then the limit under the box."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = _new("Sport and Physical Activity Grant", "Town Clerk", "Arial", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "ULLSWICK TOWN COUNCIL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Ullswick Town Council, Market Hall, Bridge Street, Ullswick UW4 2JP  ·  "
        "01632 960418  ·  clerk@ullswick-tc.example.gov.uk"
    )
    fp.runs[0].font.size = Pt(8)
    d.add_heading("Sport and Physical Activity Grant 2027", 0)
    d.add_paragraph(
        "Grants of £500 to £2,500 for sports clubs and community groups in the parish that "
        "help more people get active. The Town Council will contribute up to 75% of the "
        "total cost of a project; the club finds the rest."
    )
    d.add_paragraph(
        "Under each question you will find what we are looking for, the box for your "
        "answer and, below the box, its word limit."
    )
    d.add_heading("Section 1: About your club or group", 1)
    t = _labels(
        d,
        [
            "Club or group name",
            "Contact name",
            "Position in club",
            "Address",
            "Postcode",
            "Phone",
            "Email",
            "Club welfare officer (name)",
            "Affiliated to a national governing body?",
            "If yes, which one",
            "Members aged under 18",
            "Members aged 18 and over",
        ],
        fill="E2EFD9",
    )
    t.rows[8].cells[1].text = f"{BOX} Yes   {BOX} No"
    d.add_heading("Section 2: Your project", 1)
    _labels(d, ["Q1. Project name"], fill="E2EFD9")

    def question(num, text, looking, limit):
        d.add_heading(f"{num}. {text}", 2)
        p = d.add_paragraph()
        r = p.add_run("What we're looking for:")
        r.italic = True
        for item in looking:
            d.add_paragraph(item, style="List Bullet")
        _box(d, 2200)
        p = d.add_paragraph(f"Word limit: {limit}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.runs[0].font.size = Pt(8)

    question(
        "Q2",
        "What do you want to do?",
        ["what the activity is, where and when it happens", "what the grant will buy"],
        250,
    )
    question(
        "Q3",
        "Who will benefit, and how many new people will become active?",
        ["the people you want to reach", "how you worked out the numbers"],
        150,
    )
    question(
        "Q4",
        "How will you keep people taking part once the grant has been spent?",
        ["membership, fees, coaching or volunteers that will carry on"],
        150,
    )
    question(
        "Q5",
        "How does the project help people who face barriers to being active?",
        [
            "for example disabled people, women and girls, older people, people on low incomes",
            "what you will change to make the club welcoming",
        ],
        200,
    )
    d.add_heading("Q6. Project timeline", 2)
    d.add_paragraph("Tell us month by month what will happen.")
    _grid(d, ["When (month)", "What will happen"], 4, fill="E2EFD9")
    d.add_heading("Section 3: Costs", 1)
    _grid(d, ["Item", "Cost £"], 5, fill="E2EFD9")
    _labels(d, ["Total cost of the project £", "Grant requested £"], fill="E2EFD9")
    d.add_heading("Section 4: What to send with this form", 1)
    d.add_paragraph("Please send with this form:")
    for item in (
        "the club's constitution or rules;",
        "your most recent accounts, as approved at your AGM;",
        "a letter of support from your league, county association or national governing "
        "body (a template is at the end of this form);",
        "your safeguarding policy;",
        "if you are buying equipment costing more than £500, two quotes;",
        "if coaches or volunteers will work with under-18s, confirmation that they have "
        "had an enhanced DBS check.",
    ):
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("Section 5: Declaration", 1)
    d.add_paragraph(
        "Data protection: the Town Council uses the details on this form to process your "
        "application and, if it is successful, to publish the club's name and the amount in "
        "the minutes. The Town Clerk is the contact for any data protection query."
    )
    d.add_paragraph(
        f"{BOX}  The club holds public liability insurance of at least £5 million (most "
        "governing bodies recommend £10 million). We have read the guidance and the "
        "information in this form is correct."
    )
    _labels(
        d,
        [
            "Signed (Chair)",
            "Name",
            "Date",
            "Signed (Treasurer)",
            "Name",
            "Date",
        ],
        fill="E2EFD9",
    )
    d.add_page_break()
    d.add_heading("Letter of support – template", 1)
    d.add_paragraph(
        "For the organisation supporting your application to complete on its own "
        "letterhead. Please do not complete it yourself."
    )
    for line in (
        "To: The Town Clerk, Ullswick Town Council",
        "[Name of supporting organisation] supports the application from [name of club] "
        "for a Sport and Physical Activity Grant.",
        "We have worked with the club since [year] and know it to be [...].",
        "Signed ____________________   Name ____________________",
        "Position ____________________   Date ____________________",
    ):
        d.add_paragraph(line)
    out = HERE / "ullswick-town-council-sport-and-physical-activity-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------------- Quarndale (pdf, fillable)


def quarndale() -> None:
    """A county sports partnership's two-page fillable PDF, /MaxLen on some fields."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "quarndale-active-communities-small-grants.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Active Quarndale - Get Active Together Small Grants 2027")
    c.setAuthor("Active Quarndale")
    w, h = A4
    form = c.acroForm
    x0, x2 = 50, w - 50
    teal = colors.HexColor("#00737A")
    pale = colors.HexColor("#EEF7F7")

    def head(page):
        c.setFillColor(teal)
        c.rect(0, h - 46, w, 46, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0, h - 28, "Active Quarndale")
        c.setFont("Helvetica", 9)
        c.drawRightString(x2, h - 28, "Get Active Together Small Grants 2027")
        c.setFillColor(colors.grey)
        c.setFont("Helvetica", 7.5)
        c.drawString(
            x0,
            24,
            "Active Quarndale, the county sports partnership for Quarndale. Unit 4, Riverside "
            "Court, Quarnford QD1 6TR. grants@activequarndale.example.org.uk",
        )
        c.drawRightString(x2, 24, f"{page}/2")
        c.setFillColor(colors.black)

    def band(y, text):
        c.setFillColor(teal)
        c.rect(x0, y - 4, x2 - x0, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 4, y, text)
        c.setFillColor(colors.black)
        return y - 22

    def field(name, tip, x, y, width, height=15, maxlen=None, multi=False):
        kw = {"fieldFlags": "multiline"} if multi else {}
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=teal,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            maxlen=maxlen,
            **kw,
        )

    def short(x, y, label, name, width, maxlen, lw=110):
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y + 4, label)
        field(name, label, x + lw, y, width, maxlen=maxlen)

    def big(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 9)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 11 * i, line)
        top = y - 11 * len(lines) - 2
        field(name, " ".join(lines), x0, top - height, x2 - x0, height, maxlen, multi=True)
        return top - height - 16

    def tick(x, y, name, tip):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y - 2,
            size=10,
            buttonStyle="check",
            borderColor=teal,
            fillColor=pale,
            borderWidth=0.6,
        )

    head(1)
    c.setFont("Helvetica", 8.5)
    y = h - 66
    for line in (
        "Grants of £500 to £3,000 for clubs and community groups helping inactive people in "
        "Quarndale to get moving. Fill the form in on screen,",
        "save it and email it to us. Read the Fund Guide first. Closing date: 30 April 2027.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y = band(y - 8, "1  About your organisation")
    short(x0, y, "Organisation name", "org_name", 340, 80)
    y -= 20
    short(x0, y, "Contact name", "contact_name", 160, 60)
    short(x0 + 285, y, "Role", "contact_role", 150, 40, lw=30)
    y -= 20
    short(x0, y, "Email", "email", 160, 80)
    short(x0 + 285, y, "Phone", "phone", 150, 20, lw=30)
    y -= 20
    c.drawString(x0, y + 4, "Address")
    field("address", "Address", x0 + 110, y - 18, 230, 32, maxlen=200, multi=True)
    short(x0 + 350, y, "Postcode", "postcode", 60, 8, lw=40)
    y -= 42
    c.drawString(x0, y + 4, "Type of organisation")
    opts = ["Sports club", "Community group", "School", "Other"]
    for i, opt in enumerate(opts):
        xx = x0 + 110 + 95 * i
        form.radio(
            name="org_type",
            tooltip="Type of organisation",
            value=opt.replace(" ", "_"),
            selected=False,
            x=xx,
            y=y + 1,
            size=10,
            buttonStyle="circle",
            borderColor=teal,
            fillColor=pale,
        )
        c.drawString(xx + 14, y + 3, opt)
    y -= 26
    y = band(y, "2  Your project")
    short(x0, y, "Project title", "project_title", 340, 60)
    y -= 20
    short(x0, y, "Sport(s) or activities", "activities", 340, 100)
    y -= 28
    y = big(
        y,
        [
            "2c  Tell us about your project. What will you deliver, where and how often? "
            "(max 1,200 characters)"
        ],
        "q2c_project",
        92,
        maxlen=1200,
    )
    y = big(
        y,
        [
            "2d  Who is the project for? How will you find and involve people who are "
            "currently inactive?"
        ],
        "q2d_who",
        80,
        maxlen=900,
    )
    y = big(
        y,
        ["2e  What difference will the project make, and how will you measure it? (max 150 words)"],
        "q2e_difference",
        80,
    )
    y = big(
        y,
        ["2f  How will the activity carry on after the funding ends?"],
        "q2f_sustain",
        60,
    )
    c.showPage()
    head(2)
    y = h - 72
    y = band(y, "3  Timeline")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y, "Month")
    c.drawString(x0 + 90, y, "Activity or milestone")
    for i in range(4):
        field(f"tl_month_{i + 1}", "Month", x0, y - 19 - 18 * i, 80, maxlen=12)
        field(
            f"tl_activity_{i + 1}",
            "Activity or milestone",
            x0 + 90,
            y - 19 - 18 * i,
            x2 - x0 - 90,
            maxlen=80,
        )
    y -= 100
    y = band(y, "4  Numbers")
    short(x0, y, "Expected participants", "participants", 60, 5)
    short(x0 + 200, y, "of whom currently inactive", "inactive", 60, 5, lw=120)
    y -= 30
    y = band(y, "5  Costs")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y, "Item")
    c.drawString(x0 + 330, y, "Cost £")
    for i in range(5):
        field(f"item_{i + 1}", "Item", x0, y - 19 - 18 * i, 320, maxlen=70)
        field(f"cost_{i + 1}", "Cost £", x0 + 330, y - 19 - 18 * i, 80, maxlen=8)
    y -= 118
    short(x0, y, "Total cost £", "total_cost", 80, 8)
    short(x0 + 200, y, "Grant requested £", "grant_requested", 80, 8, lw=90)
    y -= 18
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(
        x0,
        y,
        "We can fund up to 90% of eligible costs; at least 10% must come from you or other "
        "funders (cash or in kind).",
    )
    y -= 22
    y = band(y, "6  Documents - tick to show what you are sending")
    c.setFont("Helvetica", 8.5)
    docs = [
        "Safeguarding policy (all applicants)",
        "A bank statement from the last three months, in the organisation's name (all applicants)",
        "Constitution or governing document (all applicants)",
        "A letter of support from a partner, for example your NGB, a school or a housing "
        "association (all applicants)",
        "A quote for any single item over £300",
    ]
    for i, text in enumerate(docs):
        tick(x0, y - 16 * i, f"doc_{i + 1}", text)
        c.drawString(x0 + 16, y - 16 * i, text)
    y -= 16 * len(docs) + 2
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(x0, y, "We do not ask for annual accounts: the bank statement is enough.")
    y -= 22
    y = band(y, "7  Declaration")
    c.setFont("Helvetica", 8.5)
    tick(x0, y, "declaration", "Declaration")
    for i, line in enumerate(
        (
            "I confirm that the information in this form is correct, that the organisation "
            "holds public liability insurance of",
            "at least £5 million, and that we will follow our safeguarding policy in the project.",
        )
    ):
        c.drawString(x0 + 16, y - 11 * i, line)
    y -= 34
    short(x0, y, "Name (typed name = signature)", "sig_name", 180, 60, lw=140)
    y -= 20
    short(x0, y, "Position", "sig_position", 180, 40, lw=140)
    y -= 20
    short(x0, y, "Date", "sig_date", 80, 10, lw=140)
    y -= 30
    c.setFont("Helvetica", 7.5)
    for i, line in enumerate(
        (
            "Privacy: Active Quarndale processes your details to assess and manage grants, under "
            "legitimate interests. We share them with",
            "our funders only as totals. Full notice: activequarndale.example.org.uk/privacy.",
        )
    ):
        c.drawString(x0, y - 10 * i, line)
    c.showPage()
    c.save()


# -------------------------------------------------------------------- Zennorby (pdf, text)

ZEN = [
    ("h1", "1. About the fund"),
    (
        "p",
        "The Culture and Creative Communities Fund supports arts and cultural projects that "
        "bring people in Zennorby together, help them take part in creative activity and make "
        "the district a better place to live, work and visit. The fund is part of the Council's "
        'Cultural Strategy 2025-2030, "Made in Zennorby".',
    ),
    (
        "p",
        "In 2027-28 the fund has £120,000. We expect to make between 20 and 30 grants of "
        "£500 to £10,000. There are two rounds: Round 1 closes on 31 March 2027 and Round 2 on "
        "30 September 2027. Decisions are made by the Culture Grants Panel about eight weeks "
        "after each closing date.",
    ),
    ("h2", "Our priorities"),
    (
        "b",
        "more people taking part in arts and culture, especially in wards where few people "
        "do so now;",
    ),
    ("b", "paid opportunities for local artists, makers and creative freelancers;"),
    ("b", "projects that animate town centres, parks and village halls;"),
    (
        "b",
        "work led by, or made with, children and young people, disabled people and people "
        "from communities that are under-represented in the arts.",
    ),
    ("h1", "2. Who can apply"),
    (
        "p",
        "You can apply if you are a constituted not-for-profit organisation based in, or "
        "working in, Zennorby: a registered charity, a charitable incorporated organisation "
        "(CIO), a community interest company limited by guarantee, a constituted voluntary or "
        "community group, a parish or town council, or a school's parent-teacher association "
        "for a project open to the wider community.",
    ),
    (
        "p",
        "Individual artists cannot apply on their own, but they can lead a project on "
        "behalf of an eligible organisation. We welcome partnerships between artists and "
        "community groups.",
    ),
    (
        "p",
        "You cannot apply if you have an open grant from this fund that has not yet sent us "
        "its end-of-project report, or if your organisation distributes profits to members or "
        "shareholders.",
    ),
    ("h1", "3. What we fund and what we do not"),
    ("h2", "We can fund"),
    (
        "b",
        "artists' and facilitators' fees, at or above the rates recommended by their "
        "professional bodies;",
    ),
    (
        "b",
        "hire of venues and equipment, materials, transport and access costs (for example "
        "British Sign Language interpretation, audio description, relaxed performances);",
    ),
    ("b", "marketing and publicity, and a reasonable share of your running costs for the project;"),
    ("b", "small items of equipment up to £2,000 in total."),
    ("h2", "We cannot fund"),
    ("b", "activities that have already started or costs you have already paid;"),
    ("b", "projects that promote a religious or political belief;"),
    ("b", "alcohol, prizes, or fundraising events for your own organisation;"),
    ("b", "core costs that are not part of the project, or building works."),
    ("h1", "4. How much you can apply for"),
    (
        "p",
        "You can apply for between £500 and £10,000. We can pay up to 70% of the eligible "
        "costs of your project; you need to find at least 30% from other sources. Your 30% "
        "can be cash (your own reserves, ticket income, other grants or sponsorship) or in "
        "kind (volunteer time, donated space or materials).",
    ),
    ("h2", "Worked example 1: a community carnival arts project"),
    (
        "p",
        "Westfold Residents' Association wants to run six weekend workshops with a carnival "
        "artist, ending in a lantern parade. Its budget is:",
    ),
    (
        "t",
        [
            ["Cost", "Amount"],
            ["Carnival artist, 12 days at £250", "£3,000"],
            ["Materials (willow, tissue, LED lights)", "£1,200"],
            ["Venue hire, 6 Saturdays", "£600"],
            ["Stewarding and first aid for the parade", "£700"],
            ["Publicity and BSL interpreter", "£500"],
            ["Total project cost", "£6,000"],
        ],
    ),
    (
        "p",
        "The most we can give is 70% of £6,000, which is £4,200. The association must find "
        "£1,800. It has £600 in its own funds and will record 100 hours of volunteer time at "
        "£12 an hour (£1,200). So it applies for £4,200 and shows £1,800 of match funding, "
        "£1,200 of it in kind.",
    ),
    ("h2", "Worked example 2: what we could not fund"),
    (
        "p",
        "A theatre company asked for £9,500 for a touring show. £6,000 of the costs were "
        "for a new van. The van is a capital item over our £2,000 equipment limit, so only "
        "£3,500 of the costs were eligible. We could offer no more than 70% of that: £2,450.",
    ),
    ("h1", "5. How to apply"),
    (
        "p",
        "Apply online at zennorby.example.gov.uk/culturefund. You can save your answers and "
        "come back to them. If you cannot use the online form, call us and we will send you a "
        "Word version or take your answers over the phone.",
    ),
    ("p", "The online form asks for your organisation's details and then these questions:"),
    (
        "t",
        [
            ["Question in the online form", "Length"],
            ["Q5 Tell us about your project: what will happen, where and when?", "up to 400 words"],
            ["Q6 Why is it needed, and who will take part?", "up to 300 words"],
            ["Q7 Which artists will you work with and how will you pay them?", "up to 200 words"],
            ["Q8 How will you evaluate the project?", "up to 200 words"],
            ["Q9 Project timeline (a table of months and milestones)", "no limit"],
        ],
    ),
    ("p", "We do not score spelling or style. Short, plain answers are fine."),
    ("h1", "6. What to send with your application"),
    (
        "p",
        "You will upload these documents at the end of the online form. We cannot assess "
        "your application until we have all of them.",
    ),
    ("h2", "Every applicant must upload"),
    (
        "n",
        "1. Your governing document (constitution, rules, trust deed or articles), signed "
        "and dated.",
    ),
    (
        "n",
        "2. Your latest annual accounts. If your income is over £25,000 they must be "
        "independently examined or audited; if it is less, accounts signed by your treasurer "
        "are fine.",
    ),
    (
        "n",
        "3. A letter of support from a venue, partner or community organisation that will "
        "be involved.",
    ),
    ("n", "4. A project budget on our budget template (download it from the fund's web page)."),
    ("n", "5. A copy of your public liability insurance certificate (see section 8)."),
    ("h2", "Some applicants must also upload"),
    (
        "b",
        "your safeguarding policy, if your project works with children, young people or "
        "adults at risk;",
    ),
    ("b", "the lead artist's CV, if you are paying a lead artist more than £1,000;"),
    (
        "b",
        "written permission from the landowner, if any of your activity takes place "
        "outdoors on land you do not own.",
    ),
    (
        "p",
        "If we offer you a grant we will ask you to sign a grant agreement and send a "
        "supplier bank details form. Do not send these now.",
    ),
    ("h1", "7. Evaluation and reporting"),
    (
        "p",
        "We ask every funded project to send a short end-of-project report within two "
        "months of finishing, with photographs and numbers of people who took part. Think "
        "about how you will collect this as you plan your project. Simple methods are best: "
        "feedback postcards, a graffiti wall, a short survey, a count at the door.",
    ),
    ("h2", "Worked example 3: a simple evaluation plan"),
    (
        "t",
        [
            ["What we want to know", "How we will find out", "When"],
            ["How many people took part", "Sign-in sheet at each workshop", "Each session"],
            ["Whether they enjoyed it", "Feedback postcards", "Last session"],
            ["Whether they would do more", "Follow-up email to participants", "One month later"],
        ],
    ),
    ("h1", "8. Insurance, safeguarding and equality"),
    (
        "p",
        "Your organisation must hold public liability insurance of at least £5 million "
        "for the activities in your project, and you must upload the certificate with your "
        "application. Events with more than 1,000 people may need £10 million: ask us.",
    ),
    (
        "p",
        "All applicants must have an equal opportunities policy or statement. You do not "
        "need to send it; you will confirm that you have one in the declaration at the end of "
        "the online form.",
    ),
    ("h1", "9. Questions people often ask"),
    ("q", "Can we apply for more than one project?"),
    ("p", "Only one application per organisation in each round."),
    ("q", "Do we have to pay artists?"),
    ("p", "Yes. We will not fund projects that expect professional artists to work for free."),
    ("q", "Can the 30% be all volunteer time?"),
    ("p", "Yes, if you can show how you worked it out. Value volunteer time at £12 an hour."),
    ("q", "We are a new group without a year of accounts. Can we still apply?"),
    (
        "p",
        "Please call us before you apply. We may be able to accept a budget for your first "
        "year approved by your committee.",
    ),
    ("q", "What if our project is for children?"),
    (
        "p",
        "Then we will need to see your safeguarding policy (section 6), and anyone working "
        "with the children must have the right DBS check. You do not need to send DBS "
        "certificates.",
    ),
    ("q", "Can a parish council apply?"),
    ("p", "Yes, for a project that is not a statutory duty and is open to everyone."),
    ("q", "When will we hear?"),
    ("p", "About eight weeks after the closing date, by email."),
    ("h1", "10. How we decide"),
    (
        "p",
        "Officers check every application is eligible and complete. The Culture Grants "
        "Panel (three councillors and two independent members from the cultural sector) then "
        "scores each against the priorities in section 1: participation (30%), quality and "
        "fair pay for artists (25%), reaching under-represented people (25%), and value for "
        "money and a realistic plan (20%).",
    ),
    ("h1", "11. Data protection"),
    (
        "p",
        "Zennorby District Council is the data controller for the information you give us. "
        "We use it to assess and manage your application and to publish details of grants "
        "awarded, as the Local Government Transparency Code requires. We keep records for six "
        "years after the grant ends. You can read the full privacy notice at "
        "zennorby.example.gov.uk/privacy.",
    ),
    ("h1", "12. Contact us"),
    (
        "p",
        "Culture and Events Team, Zennorby District Council, Council Offices, Harbour Road, "
        "Zennorby ZN2 4QA. Telephone 01632 960582 (Monday to Thursday, 9am to 4pm). Email "
        "culturefund@zennorby.example.gov.uk. We are happy to talk through an idea before you "
        "apply.",
    ),
]


def zennorby() -> None:
    """A district council's seven-page culture fund guidance with worked examples and FAQs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    plum = colors.HexColor("#5B2A6E")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15.5, spaceAfter=7)
    h1 = ParagraphStyle(
        "h1",
        fontName="Helvetica-Bold",
        fontSize=15,
        leading=19,
        textColor=plum,
        spaceBefore=10,
        spaceAfter=8,
    )
    h2 = ParagraphStyle(
        "h2", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=6, spaceAfter=4
    )
    faq = ParagraphStyle("faq", parent=h2, textColor=plum, fontSize=11.5)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3)
    story = [
        Spacer(1, 60 * mm),
        Paragraph("Zennorby District Council", h2),
        Paragraph(
            "Culture and Creative Communities Fund 2027-28",
            ParagraphStyle("t", parent=h1, fontSize=24, leading=30),
        ),
        Paragraph("Guidance for applicants", ParagraphStyle("s", parent=h1, fontSize=18)),
        Spacer(1, 10 * mm),
        Paragraph(
            "Grants of £500 to £10,000 for arts and cultural projects. Please read "
            "all of this guidance before you apply.",
            body,
        ),
        Paragraph("Large print and Easy Read versions are available: call 01632 960582.", body),
        PageBreak(),
    ]
    breaks = {"5. How to apply", "8. Insurance, safeguarding and equality"}
    for kind, val in ZEN:
        if kind == "h1":
            if val in breaks:
                story.append(PageBreak())
            story.append(Paragraph(val, h1))
        elif kind == "h2":
            story.append(Paragraph(val, h2))
        elif kind == "q":
            story.append(Paragraph(val, faq))
        elif kind == "b":
            story.append(Paragraph(val, bullet, bulletText="•"))
        elif kind == "n":
            story.append(Paragraph(val, bullet))
        elif kind == "t":
            cells = [[Paragraph(x, body) for x in row] for row in val]
            tab = Table(cells, colWidths=None, hAlign="LEFT")
            tab.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDE4F1")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [tab, Spacer(1, 6)]
        else:
            story.append(Paragraph(val, body))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        if doc.page > 1:
            canv.drawString(20 * mm, 287 * mm, "Culture and Creative Communities Fund 2027-28")
            canv.drawRightString(190 * mm, 287 * mm, "Guidance for applicants")
        canv.drawString(
            20 * mm, 12 * mm, "Zennorby District Council  |  CCCF-G v1.0  |  January 2027"
        )
        canv.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
        canv.restoreState()

    out = HERE / "zennorby-culture-and-creative-communities-fund-guidance.pdf"
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Culture and Creative Communities Fund 2027-28: Guidance for applicants",
        author="Zennorby District Council",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    jolesworth()
    ullswick()
    quarndale()
    zennorby()


if __name__ == "__main__":
    main()
