"""Build set 24's Word and PDF documents (crisis, cost-of-living and continuation funds).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus24.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 30, 0)
BOX = "\u2610"


def _new(title: str, author: str, font: str, size: float):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 7
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


def _run(par, text: str, bold=False, italic=False, size=None, grey=False):
    from docx.shared import Pt, RGBColor

    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return r


# --------------------------------------------------------------------------- Quarrowby (docx)

QUARROWBY_QUESTIONS = [
    (
        "3.2",
        "Describe how households will reach you. Include your referral routes and how you "
        "will make sure that those most in need hear about the support.",
        "Word limit: 300   |   Scored: 20%",
    ),
    (
        "3.3",
        "How will you check that a household is eligible, and what records will you keep?",
        "Word limit: 250   |   Scored: 15%",
    ),
    (
        "3.4",
        "Explain how you will deliver the support (supermarket vouchers, direct purchase, "
        "energy top-ups, food parcels or cash) and why this suits the households you work "
        "with.",
        "Word limit: 400   |   Scored: 25%",
    ),
]


def _q_block(d, number: str, text: str, foot: str) -> None:
    """One question: a numbered prompt row, an empty answer row, then the limit row under it."""
    from docx.shared import Pt

    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = number
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    _run(t.cell(0, 1).paragraphs[0], text, bold=True)
    _shade(t.cell(0, 0), "DCE6F1")
    _shade(t.cell(0, 1), "DCE6F1")
    ans = t.cell(1, 0).merge(t.cell(1, 1))
    ans.text = ""
    _row_height(t.rows[1], 2600)
    lim = t.cell(2, 0).merge(t.cell(2, 1))
    _run(lim.paragraphs[0], foot, italic=True, size=8, grey=True)
    lim.paragraphs[0].paragraph_format.space_after = Pt(0)
    d.add_paragraph()


def _label_table(d, labels: list[str], fill="F2F2F2") -> None:
    t = d.add_table(rows=len(labels), cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(labels):
        t.cell(i, 0).text = label
        _shade(t.cell(i, 0), fill)
    d.add_paragraph()


def quarrowby() -> None:
    """A county council's Household Support Fund delivery partner application in Word."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = _new(
        "Household Support Fund 2026-27 - Delivery Partner Application",
        "Communities and Prevention Team",
        "Calibri",
        10.5,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Quarrowby County Council\tHousehold Support Fund 2026-27\tOFFICIAL-SENSITIVE"
    fp = sec.footer.paragraphs[0]
    fp.text = "HSF DP1 Delivery Partner Application v2.1 (October 2026)"
    fp.runs[0].font.size = Pt(8)

    title = d.add_paragraph()
    _run(title, "Household Support Fund 2026-27", bold=True, size=18)
    sub = d.add_paragraph()
    _run(sub, "Application to become a Delivery Partner", bold=True, size=13)
    d.add_paragraph(
        "The Household Support Fund (HSF) is government money that the County Council "
        "passes to local organisations so that they can help households who are struggling "
        "to afford food, energy, water and other essentials. This round runs from 1 April "
        "2026 to 31 March 2027. Every penny of support must reach households by 31 March "
        "2027; money not spent by then has to be returned."
    )
    d.add_paragraph(
        "Allocations are between £10,000 and £60,000 for each partner. We can pay up to 10% "
        "on top of the direct support for your administration costs. No match funding is "
        "required."
    )
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    _shade(c, "FFF2CC")
    _run(c.paragraphs[0], "Returning partners – please read", bold=True)
    c.add_paragraph(
        "If you were a Delivery Partner for HSF in 2025-26, you only need to complete "
        "Sections 1, 3, 4 and 7. Skip Sections 2, 5 and 6: we already hold that "
        "information. New partners must complete every section."
    )
    d.add_paragraph()
    d.add_paragraph(
        "Closing date: 12 noon, Monday 7 December 2026. Email the completed form and your "
        'documents to hsf@quarrowby.example.gov.uk with "HSF DP1" and your organisation\'s '
        "name in the subject line. We cannot accept handwritten forms."
    )

    d.add_heading("Section 1: About your organisation", level=2)
    _label_table(
        d,
        [
            "Organisation name",
            "Registered address",
            "Postcode",
            "Main contact name",
            "Job title",
            "Telephone",
            "Email",
            f"Legal status\n{BOX} Registered charity   {BOX} CIO   {BOX} CIC   "
            f"{BOX} Community Benefit Society   {BOX} Other",
            "Charity or company number",
            f"Were you an HSF Delivery Partner in 2025-26?     {BOX} Yes     {BOX} No",
        ],
    )

    d.add_heading("Section 2: Eligibility (new partners only)", level=2)
    d.add_paragraph(
        "Tick Yes or No for each statement. If you tick No to any of them, talk to us "
        "before you go any further."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for j, head in enumerate(["Statement", "Yes", "No"]):
        _run(t.cell(0, j).paragraphs[0], head, bold=True)
        _shade(t.cell(0, j), "D9D9D9")
    for i, text in enumerate(
        [
            "We have been operating for at least 12 months.",
            "We have a bank account in the organisation's name that needs two unrelated "
            "people to sign or approve payments.",
            "We have a safeguarding policy that has been reviewed in the last 12 months.",
            "We can keep a record of every household we support, as the Council's "
            "monitoring return requires.",
        ],
        start=1,
    ):
        t.cell(i, 0).text = text
        t.cell(i, 1).text = BOX
        t.cell(i, 2).text = BOX
    d.add_paragraph()

    d.add_heading("Section 3: Your delivery proposal", level=2)
    d.add_paragraph(
        "Write your answers in the white boxes. The boxes will grow as you type. Please "
        "keep to the word limit shown under each box: we stop reading at the limit."
    ).runs[0].italic = True
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "3.1"
    _run(t.cell(0, 1).paragraphs[0], "Which strands of the Fund will you deliver? ", bold=True)
    _run(t.cell(0, 1).paragraphs[0], "Tick all that apply.")
    _shade(t.cell(0, 0), "DCE6F1")
    _shade(t.cell(0, 1), "DCE6F1")
    t.cell(1, 0).merge(t.cell(1, 1)).text = (
        f"{BOX} Food     {BOX} Energy and water     {BOX} Essentials linked to food and "
        f"energy     {BOX} Wider essentials (for example clothing, beds)"
    )
    d.add_paragraph()
    for number, text, foot in QUARROWBY_QUESTIONS:
        _q_block(d, number, text, foot)

    t = d.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    t.cell(0, 0).text = "3.5"
    _run(
        t.cell(0, 1).merge(t.cell(0, 2)).paragraphs[0],
        "Expected reach. Fill in the numbers for each strand you will deliver.",
        bold=True,
    )
    for j, head in enumerate(["Strand", "Number of households", "Value of support (£)"]):
        _run(t.cell(1, j).paragraphs[0], head, bold=True)
        _shade(t.cell(1, j), "F2F2F2")
    for i, strand in enumerate(["Food", "Energy and water", "Essentials", "Total"], start=2):
        t.cell(i, 0).text = strand
    d.add_paragraph()
    _q_block(
        d,
        "3.6",
        "What will you do if demand is higher than your allocation before 31 March 2027?",
        "Word limit: 150   |   Scored: 10%",
    )
    _q_block(
        d,
        "3.7",
        "Is there anything else you would like us to know about your proposal?",
        "Word limit: none   |   Not scored",
    )

    d.add_heading("Section 4: Money", level=2)
    _label_table(
        d,
        [
            "4.1  Direct support to households requested (£)",
            "4.2  Administration costs requested (£) – no more than 10% of 4.1",
            "4.3  Total requested (£)",
        ],
    )
    _q_block(
        d,
        "4.4",
        "Explain how you worked out the administration costs in 4.2 and what they will pay for.",
        "Word limit: 100   |   Not scored",
    )

    d.add_page_break()
    d.add_heading("Section 5: Organisational capacity (new partners only)", level=2)
    _q_block(
        d,
        "5.1",
        "Tell us about your experience of delivering crisis support, or of handing out "
        "money or vouchers on behalf of another organisation.",
        "Word limit: 500   |   Scored: 15%",
    )
    _q_block(
        d,
        "5.2",
        "Describe the financial controls you will use to prevent fraud and to stop a "
        "household being helped twice.",
        "Limit: 1,800 characters including spaces (about 300 words)   |   Scored: 15%",
    )
    _label_table(
        d,
        [
            "5.3  Name of the person who will manage the Fund in your organisation",
            "5.4  Their role",
        ],
    )

    d.add_heading("Section 6: Safeguarding and data (new partners only)", level=2)
    _label_table(
        d,
        [f"6.1  Do you have a named safeguarding lead?     {BOX} Yes     {BOX} No"],
    )
    _q_block(
        d,
        "6.2",
        "How will you keep the personal data of the households you support secure, and "
        "who in your organisation will be able to see it?",
        "Word limit: 200   |   Pass / fail",
    )

    d.add_heading("Section 7: Declaration", level=2)
    d.add_paragraph(
        "I confirm that I am authorised to make this application on behalf of the "
        "organisation named in Section 1; that the information in this form is true; that "
        "the organisation has an equal opportunities policy and will follow it in "
        "delivering the Fund; and that we will return any money not given out to households "
        "by 31 March 2027."
    )
    _label_table(d, ["Signature", "Name (capitals)", "Position", "Date"])

    d.add_heading("Section 8: Documents to send with this form", level=2)
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for j, head in enumerate(["Document", "Who must send it"]):
        _run(t.cell(0, j).paragraphs[0], head, bold=True)
        _shade(t.cell(0, j), "D9D9D9")
    rows = [
        (
            "Your latest annual accounts. If your income is under £25,000 a year, a "
            "statement of income and expenditure signed by two trustees is fine.",
            "All partners",
        ),
        ("A bank statement dated within the last three months", "All partners"),
        ("Your data protection (privacy) policy", "All partners"),
        (
            "Your public liability insurance certificate (cover of at least £5 million)",
            "All partners",
        ),
        ("Your safeguarding policy", "New partners only"),
        ("Your governing document (constitution, articles or rules)", "New partners only"),
    ]
    for i, (doc, who) in enumerate(rows, start=1):
        t.cell(i, 0).text = doc
        t.cell(i, 1).text = who
    d.add_paragraph()
    d.add_paragraph(
        "Please do not send your equal opportunities policy: the declaration covers it. If "
        "we offer you an allocation, you will be asked to sign a Grant Agreement and a Data "
        "Sharing Agreement before any money is paid."
    )

    d.add_heading("How we use your information", level=2)
    d.add_paragraph(
        "Quarrowby County Council is the data controller for the information on this form. "
        "We use it to assess your application, to manage the Fund and to report to the "
        "Department for Work and Pensions (DWP). We keep it for six years after the end of "
        "the Fund. Our full privacy notice is at quarrowby.example.gov.uk/privacy/hsf."
    )
    p = d.add_paragraph("FOR OFFICE USE:  Ref ________   Received ________   Score ________")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].font.size = Pt(8)
    out = HERE / "quarrowby-household-support-fund-delivery-partner-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Jandlebury (docx)


def jandlebury() -> None:
    """A town council's mail-merged continuation form for last winter's warm spaces."""
    from docx.shared import Cm, Pt

    d = _new("Warm Spaces 2026-27 continuation form", "Town Clerk", "Arial", 10)
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "JANDLEBURY TOWN COUNCIL – Warm Spaces Grant"
    sec.footer.paragraphs[0].text = (
        "The Town Council holds your details to run the Warm Spaces Grant. See "
        "jandlebury-tc.example.gov.uk/privacy. Return to the Town Clerk, Market House, "
        "Jandlebury JN4 2QP."
    )
    sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)

    p = d.add_paragraph()
    _run(p, "Warm Spaces Grant 2026-27", bold=True, size=15)
    p = d.add_paragraph()
    _run(p, "Continuation form – for groups that ran a warm space with our help last winter")
    d.add_paragraph(
        "Thank you for opening your doors last winter. Because we already know you, this "
        "form is shorter than the full application. We have filled in what we hold about "
        "you in grey: please check it and type over anything that has changed. Return it "
        "by Friday 11 December 2026 – the panel meets on 16 December and grants are paid "
        "before Christmas."
    )

    p = d.add_paragraph()
    _run(p, "A  Your details", bold=True, size=11.5)
    held = [
        ("Group name", "Fennel Lane Community Hub"),
        ("Last year's grant reference", "WS25-014"),
        ("Contact person", "Mrs J. Okafor"),
        ("Email", "fennellanehub@example.org.uk"),
        ("Telephone", "01632 960 441"),
        ("Address of the warm space", "Fennel Lane Methodist Hall, Fennel Lane, JN4 6BT"),
    ]
    t = d.add_table(rows=len(held), cols=2)
    t.style = "Table Grid"
    for i, (label, value) in enumerate(held):
        t.cell(i, 0).text = label
        _shade(t.cell(i, 0), "EDEDED")
        _run(t.cell(i, 1).paragraphs[0], value, grey=True)
    d.add_paragraph()

    p = d.add_paragraph()
    _run(p, "B  Looking back at last winter", bold=True, size=11.5)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, head in enumerate(["", "What you planned", "What happened"]):
        _run(t.cell(0, j).paragraphs[0], head, bold=True)
        _shade(t.cell(0, j), "EDEDED")
    for i, (label, plan) in enumerate(
        [
            ("B1  Sessions held (November to March)", "40"),
            ("B2  Visits (roughly)", "600"),
            ("B3  Grant spent (£)", "1,200"),
        ],
        start=1,
    ):
        t.cell(i, 0).text = label
        _run(t.cell(i, 1).paragraphs[0], plan, grey=True)
    d.add_paragraph()
    t = d.add_table(rows=4, cols=1)
    t.style = "Table Grid"
    _run(
        t.cell(0, 0).paragraphs[0],
        "B4  What difference did the warm space make to the people who came? ",
        bold=True,
    )
    _run(t.cell(0, 0).paragraphs[0], "A few sentences is fine – no more than 150 words.")
    _shade(t.cell(0, 0), "EDEDED")
    _row_height(t.rows[1], 1800)
    _run(
        t.cell(2, 0).paragraphs[0],
        "B5  What didn't go to plan, and what will you do differently this winter?",
        bold=True,
    )
    _shade(t.cell(2, 0), "EDEDED")
    _row_height(t.rows[3], 1500)
    d.add_paragraph()

    p = d.add_paragraph()
    _run(p, "C  This winter", bold=True, size=11.5)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(
        [
            "C1  Date of your first session",
            "C2  Date of your last session",
            "C3  Opening days and times",
            "C4  Amount you are asking for (up to £1,500)   £",
        ]
    ):
        t.cell(i, 0).text = label
        _shade(t.cell(i, 0), "EDEDED")
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    _shade(c, "EDEDED")
    _run(
        c.paragraphs[0],
        "C5  Will anything change in how you run the warm space (venue, volunteers, food, "
        f"activities)?     {BOX} Yes     {BOX} No",
        bold=True,
    )
    c.add_paragraph("If yes, tell us what will change (up to 100 words).")
    _row_height(t.rows[1], 1300)
    d.add_paragraph()

    p = d.add_paragraph()
    _run(p, "D  Documents", bold=True, size=11.5)
    d.add_paragraph(
        "Please send, with this form, receipts or a simple spending summary showing how "
        "last year's grant was spent."
    )
    d.add_paragraph(
        "You do not need to send your constitution or safeguarding policy again unless it "
        "has changed since last year. If it has changed, please attach the new version. We "
        "do not need to see your accounts or bank statements for a continuation grant."
    )
    d.add_paragraph("Your venue's public liability insurance must stay in place all winter.")

    p = d.add_paragraph()
    _run(p, "E  Declaration", bold=True, size=11.5)
    d.add_paragraph(
        f"{BOX}  I confirm that last year's grant was spent on the warm space as agreed."
    )
    d.add_paragraph(
        "I confirm that the details on this form are correct and that the warm space will "
        "stay free to use and open to everyone."
    )
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for j, label in enumerate(["Signed", "Name", "Role in the group", "Date"]):
        t.cell(0, j).text = label
        _shade(t.cell(0, j), "EDEDED")
    _row_height(t.rows[1], 500)
    out = HERE / "jandlebury-warm-spaces-continuation-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Ivingstow (pdf)


def ivingstow() -> None:
    """A district council's rolling Community Food Fund as a two-page fillable PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "ivingstow-community-food-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Food Fund - application form (rolling programme)")
    c.setAuthor("Ivingstow District Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 50, w - 50
    green = colors.HexColor("#2E6B30")
    pale = colors.HexColor("#EEF5EE")

    def band(y, text):
        c.setFillColor(green)
        c.rect(x0, y - 4, x2 - x0, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 5, y, text)
        c.setFillColor(colors.black)
        return y - 22

    def foot(page):
        c.setFont("Helvetica", 7.5)
        c.drawString(
            x0,
            26,
            "Ivingstow District Council, Council Offices, Bridge Street, "
            "Ivingstow IV9 4RT  -  foodfund@ivingstow.example.gov.uk  -  01632 960 219",
        )
        c.drawRightString(x2, 26, f"CFF1  {page}/2")

    def text(name, x, y, width, height, tip, maxlen=None, multiline=False):
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
            fontSize=9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def yes_no(name, x, y, tip):
        for val, dx in (("Yes", 0), ("No", 46)):
            form.radio(
                name=name,
                value=val,
                selected=False,
                x=x + dx,
                y=y,
                size=10,
                buttonStyle="circle",
                borderColor=green,
                fillColor=colors.white,
                tooltip=tip,
            )
            c.setFont("Helvetica", 8.5)
            c.drawString(x + dx + 13, y + 2, val)

    # page 1
    c.setFont("Helvetica-Bold", 17)
    c.setFillColor(green)
    c.drawString(x0, h - 60, "Community Food Fund")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 10)
    c.drawString(
        x0,
        h - 76,
        "Grants of £500 to £5,000 for community food projects. Rolling "
        "programme: apply at any time.",
    )
    c.drawString(
        x0,
        h - 89,
        "Forms received by the 1st of the month go to that month's "
        "panel. We can pay for the whole cost of your project.",
    )
    y = band(h - 116, "BEFORE YOU START: CAN YOU APPLY?")
    c.setFont("Helvetica", 9)
    quiz = [
        "1. Are you a not-for-profit group working in Ivingstow district?",
        "2. Will the food you provide be free, or at a price people on low incomes can afford?",
        "3. Will your project start within three months of the panel date?",
        "4. Have you spent any earlier grant from us and sent your end-of-grant report?",
    ]
    for i, line in enumerate(quiz, start=1):
        c.drawString(x0, y, line)
        yes_no(f"check_{i}", x2 - 100, y - 2, line[3:])
        y -= 18
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(
        x0,
        y,
        "If you have never had a grant from us, answer Yes to question 4. "
        "If you answered No to any question, please stop",
    )
    c.drawString(
        x0, y - 11, "and phone us: you cannot apply to this fund, but we may know of other help."
    )
    y = band(y - 34, "1  YOUR GROUP")
    c.setFont("Helvetica", 8.5)
    rows = [
        ("Name of group", "group_name", 80),
        ("Contact name", "contact_name", 60),
        ("Telephone", "phone", 15),
        ("Email", "email", 60),
    ]
    for label, name, maxlen in rows:
        c.drawString(x0, y + 3, label)
        text(name, x0 + 110, y, x2 - x0 - 110, 14, label, maxlen)
        y -= 20
    c.drawString(x0, y + 3, "Address")
    text("address", x0 + 110, y - 16, x2 - x0 - 110, 30, "Address", 200, multiline=True)
    y -= 38
    c.drawString(x0, y + 3, "Postcode")
    text("postcode", x0 + 110, y, 80, 14, "Postcode", 8)
    y -= 22
    c.drawString(x0, y + 3, "Type of group")
    for k, opt in enumerate(["Charity or CIO", "Community group", "Faith group", "Other"]):
        form.radio(
            name="group_type",
            value=opt.split()[0],
            selected=False,
            x=x0 + 110 + k * 95,
            y=y,
            size=10,
            buttonStyle="circle",
            borderColor=green,
            tooltip=f"Type of group: {opt}",
        )
        c.drawString(x0 + 124 + k * 95, y + 2, opt)
    y = band(y - 30, "2  YOUR FOOD PROJECT")
    c.drawString(x0, y + 3, "2.1  Project name")
    text("project_name", x0 + 110, y, x2 - x0 - 110, 14, "Project name", 60)
    y -= 24
    c.setFont("Helvetica-Bold", 9)
    c.drawString(
        x0, y, "2.2  What food support will you provide, where and how often? (up to 250 words)"
    )
    text(
        "q2_2",
        x0,
        y - 116,
        x2 - x0,
        110,
        "2.2 What food support will you provide, where and how often?",
        1500,
        multiline=True,
    )
    y -= 134
    c.drawString(x0, y, "2.3  Who will it help, and how do you know there is a need?")
    text(
        "q2_3",
        x0,
        y - 96,
        x2 - x0,
        90,
        "2.3 Who will it help, and how do you know there is a need?",
        1200,
        multiline=True,
    )
    foot(1)
    c.showPage()

    # page 2
    y = h - 60
    c.setFont("Helvetica-Bold", 9)
    c.drawString(
        x0,
        y,
        "2.4  How will you make sure people are treated with dignity when they "
        "use your service? (max 150 words)",
    )
    c.setFont("Helvetica", 8)
    c.drawString(
        x0, y - 11, "For example: a choice of food, no referral needed, a welcoming place to wait."
    )
    text("q2_4", x0, y - 100, x2 - x0, 82, "2.4 Dignity", multiline=True)
    y -= 118
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y + 3, "2.5  How many people do you expect to help each month?")
    text("people_month", x2 - 90, y, 90, 14, "People each month", 6)
    y -= 22
    c.drawString(x0, y + 3, "2.6  Will you use surplus food from the Ivingstow Food Partnership?")
    yes_no("surplus", x2 - 100, y, "Will you use surplus food from the Food Partnership?")
    y -= 26
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "2.7  How will the project carry on when this grant has been spent?")
    text("q2_7", x0, y - 76, x2 - x0, 70, "2.7 Carrying on", multiline=True)
    y = band(y - 96, "3  COSTS")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y, "What you will buy")
    c.drawString(x2 - 100, y, "Cost (£)")
    y -= 18
    for i in range(1, 5):
        text(f"item_{i}", x0, y, x2 - x0 - 110, 14, "What you will buy")
        text(f"cost_{i}", x2 - 100, y, 100, 14, "Cost", 10)
        y -= 18
    c.drawString(x0, y + 3, "Total cost of the project (£)")
    text("total_cost", x2 - 100, y, 100, 14, "Total cost", 10)
    y -= 18
    c.drawString(x0, y + 3, "Amount you are asking us for (£)")
    text("amount", x2 - 100, y, 100, 14, "Amount requested", 10)
    y = band(y - 26, "4  WHAT TO SEND WITH THIS FORM  (tick each one you enclose)")
    encl = [
        "Your constitution or set of rules",
        "Your most recent bank statement (we do not need to see accounts)",
        "Your safeguarding policy - all groups, because food projects meet people at risk",
        "Your food business registration or food hygiene certificate - only if you will "
        "cook or prepare food",
    ]
    for i, line in enumerate(encl, start=1):
        form.checkbox(
            name=f"encl_{i}",
            tooltip=line,
            x=x0,
            y=y - 1,
            size=10,
            borderColor=green,
            fillColor=colors.white,
            buttonStyle="check",
        )
        c.drawString(x0 + 16, y + 1, line)
        y -= 16
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(
        x0,
        y - 2,
        "All groups must have public liability insurance of at least "
        "£2 million. You do not need to send us the certificate.",
    )
    y = band(y - 24, "5  DECLARATION")
    c.setFont("Helvetica", 8.5)
    form.checkbox(
        name="declare",
        tooltip="Declaration",
        x=x0,
        y=y - 1,
        size=10,
        borderColor=green,
        fillColor=colors.white,
        buttonStyle="check",
    )
    c.drawString(
        x0 + 16,
        y + 1,
        "I confirm that the information on this form is true and "
        "that the grant will be spent only on the project described.",
    )
    y -= 24
    for label, name, maxlen, width in (
        ("Signature (typing your name is fine)", "signature", 60, 200),
        ("Position in the group", "position", 40, 200),
        ("Date", "date", 10, 90),
    ):
        c.drawString(x0, y + 3, label)
        text(name, x0 + 170, y, width, 14, label, maxlen)
        y -= 20
    c.setFont("Helvetica", 7)
    c.drawString(
        x0,
        y - 6,
        "Privacy: we use your details to assess your application and to "
        "publish grants made (group name, amount, ward). ivingstow.example.gov.uk/privacy",
    )
    foot(2)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Zarrowfield (pdf)

ZARROWFIELD: list[tuple[str, str]] = [
    ("h", "1. About the Cost of Living Crisis Fund"),
    (
        "p",
        "The Cost of Living Crisis Fund helps voluntary and community groups in Zarrowfield "
        "and the surrounding district to support people who are struggling with the cost of "
        "food, heating and other essentials. Since 2022 the Fund has given out £1.9 million "
        "to 412 groups, with money from local businesses, individual donors and the district "
        "and county councils.",
    ),
    (
        "p",
        "Round 4 has £380,000 to give. Grants are between £1,000 and £7,500 and must be "
        "spent by 30 September 2027.",
    ),
    ("h", "2. What is new in Round 4"),
    (
        "b",
        "A short window. Round 4 opens at 9am on Monday 30 November 2026 and closes at 5pm "
        "on Friday 11 December 2026, or as soon as we have received 120 applications, "
        "whichever comes first.",
    ),
    ("b", "A shorter form for repeat applicants (see section 7)."),
    ("b", "Energy advice. We now fund energy advice sessions, but not the cost of fuel itself."),
    ("b", "We no longer ask for a reference."),
    ("h", "3. Quick check: can you apply?"),
    ("p", "Before you start, answer these questions for your group."),
    ("n", "1. Is your group not-for-profit, with a written constitution or set of rules?"),
    ("n", "2. Do you work with people who live in Zarrowfield district?"),
    (
        "n",
        "3. Does your group have a bank account that needs two unrelated people to approve "
        "each payment?",
    ),
    ("n", "4. Will your project help people who are struggling with the cost of living?"),
    (
        "p",
        "If you answered No to any of these questions, we cannot fund you this time. Please "
        "call our grants team to talk about other funders who may help.",
    ),
    ("h", "4. What we will fund"),
    ("b", "Food projects: pantries, food clubs, community meals, cooking on a budget."),
    ("b", "Warm spaces and the running costs of opening for longer."),
    ("b", "Energy, debt and benefits advice, including outreach sessions."),
    ("b", "Emergency help for households given through a trusted organisation."),
    ("h", "5. What we will not fund"),
    ("b", "Individuals applying for themselves."),
    ("b", "Activities that promote a religious or political belief."),
    ("b", "Costs you have already paid for before we make a decision."),
    ("b", "Statutory services that a public body must provide."),
    ("b", "Fuel bills or energy top-ups paid directly for households."),
    ("h", "6. How to apply"),
    (
        "p",
        "You apply online through our grants portal at zarrowfieldcf.example.org.uk/apply. "
        "You can save your answers and come back to them. We do not accept paper or "
        "emailed forms, except where a group cannot use the portal because of a disability: "
        "call us and we will help.",
    ),
    ("p", "The online form asks for your group's details and six questions:"),
    ("n", "1. What do you want to do? (up to 300 words)"),
    ("n", "2. Who will benefit, and how do you know they need it? (up to 250 words)"),
    ("n", "3. How will people find out about it? (up to 150 words)"),
    ("n", "4. How will you spend the money? (a table of items and costs)"),
    ("n", "5. What difference will it make? (up to 200 words)"),
    ("n", "6. What other funding have you applied for? (up to 100 words)"),
    ("h", "7. If you had a Round 3 grant"),
    (
        "p",
        "Groups that received a Round 3 grant and have sent their end-of-grant report can "
        "use the shorter Repeat Grant form on the portal. It asks only questions 1, 4 and 5 "
        "and you do not need to send your governing document again. Everything else in "
        "these notes applies to you.",
    ),
    ("h", "8. Documents you must upload"),
    ("p", "Every group must upload:"),
    (
        "b",
        "your most recent annual accounts. Independently examined or audited accounts are "
        "welcome, but if your income is under £25,000 a year, accounts signed by your "
        "treasurer or chair are fine;",
    ),
    ("b", "a bank statement from the last three months, showing your group's name;"),
    (
        "b",
        "your safeguarding policy, because every project we fund through this programme "
        "works with people who may be at risk.",
    ),
    ("p", "Some groups must also upload:"),
    (
        "b",
        "your governing document (constitution, rules or articles), if you have not had a "
        "grant from us before;",
    ),
    ("b", "your lone working policy, if staff or volunteers will visit people in their homes;"),
    ("b", "a detailed budget for the whole project, if you are asking for more than £5,000."),
    (
        "p",
        "The portal will also ask you to confirm that your group has an equal opportunities "
        "policy and a data protection policy. Please do not upload these.",
    ),
    ("h", "9. Insurance"),
    (
        "p",
        "Your group must hold public liability insurance of at least £5 million for the "
        "activities we fund. We will ask to see the certificate only if we offer you a grant.",
    ),
    ("h", "10. How we decide"),
    (
        "p",
        "A panel of local people, trustees and partners reads every eligible application. "
        "The panel looks at need, at how close the group is to the people it helps, at how "
        "realistic the costs are and at how well the project treats people with dignity. "
        "We expect to have more good applications than we can fund.",
    ),
    (
        "p",
        "We will tell you our decision by email within six weeks of the closing date. If we "
        "say no, you can ask for feedback.",
    ),
    ("h", "11. If you get a grant"),
    ("b", "You will sign a grant offer letter and send us your bank details form."),
    ("b", "We pay the whole grant in advance."),
    (
        "b",
        "You tell us how it went in a short online report, with two or three photos if you "
        "have them, by 31 October 2027.",
    ),
    ("h", "12. Match funding"),
    (
        "p",
        "You do not need to find any other money to apply. If your project costs more than "
        "you are asking us for, tell us in question 6 where the rest will come from.",
    ),
    ("h", "13. Frequently asked questions"),
    ("q", "Can we apply if we had a grant from another fund of ours this year?"),
    ("p", "Yes, as long as it is for different costs."),
    ("q", "Can two groups apply together?"),
    ("p", "Yes. One group must be the lead applicant and hold the money."),
    ("q", "What if we miss the window?"),
    (
        "p",
        "The Fund is expected to open again in spring 2027. Join our mailing list to hear first.",
    ),
    ("q", "Can we pay volunteers' expenses?"),
    ("p", "Yes: out-of-pocket expenses such as travel are fine."),
    ("h", "14. Your information"),
    (
        "p",
        "Zarrowfield & District Community Foundation is the data controller for the "
        "information you give us. We use it to assess your application, to manage any "
        "grant and to report to our donors. We keep application records for seven years. "
        "Read our privacy notice at zarrowfieldcf.example.org.uk/privacy.",
    ),
    ("h", "15. Complaints"),
    (
        "p",
        "If you are unhappy with how we have dealt with your application, email "
        "complaints@zarrowfieldcf.example.org.uk. The panel's decision is final, but we "
        "will look at whether we followed our own process.",
    ),
    ("h", "16. Contact us"),
    (
        "p",
        "Grants team, Zarrowfield & District Community Foundation, 3 Tannery Yard, "
        "Zarrowfield ZF2 8LN. Telephone 01632 960 587 (Monday to Thursday, 9.30am to 3pm). "
        "Email grants@zarrowfieldcf.example.org.uk. Registered charity no. 1100999.",
    ),
]

ZARROWFIELD_NEW_PAGE = {
    "3. Quick check: can you apply?",
    "6. How to apply",
    "8. Documents you must upload",
    "10. How we decide",
    "13. Frequently asked questions",
}


def zarrowfield() -> None:
    """A community foundation's seven-page guidance for a short-window cost-of-living round."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    out = HERE / "zarrowfield-cost-of-living-crisis-fund-round-4-guidance.pdf"
    plum = colors.HexColor("#5B2C6F")
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=16, spaceAfter=8)
    bullet = ParagraphStyle("u", parent=body, leftIndent=18, bulletIndent=4, spaceAfter=4)
    num = ParagraphStyle("n", parent=body, leftIndent=18, spaceAfter=4)
    faq = ParagraphStyle("q", parent=body, fontName="Times-Bold", spaceAfter=2)
    heading = ParagraphStyle(
        "h",
        fontName="Helvetica-Bold",
        fontSize=14,
        leading=18,
        textColor=plum,
        spaceBefore=12,
        spaceAfter=6,
    )
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=plum)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(plum)
        canv.drawString(18 * mm, A4[1] - 12 * mm, "Zarrowfield & District Community Foundation")
        canv.drawString(
            18 * mm, 11 * mm, "Cost of Living Crisis Fund - Round 4 guidance for applicants"
        )
        canv.drawRightString(A4[0] - 18 * mm, 11 * mm, f"Page {doc.page} of 7")
        canv.restoreState()

    story = [
        Spacer(1, 60),
        Paragraph("Cost of Living Crisis Fund", title),
        Spacer(1, 8),
        Paragraph("Round 4 (winter 2026-27): guidance for applicants", heading),
        Paragraph(
            "Opens 9am, 30 November 2026. Closes 5pm, 11 December 2026, or earlier if "
            "we receive 120 applications.",
            body,
        ),
        Paragraph(
            "Please read all of these notes before you start your application. Large "
            "print and Easy Read versions are available: call 01632 960 587.",
            body,
        ),
        PageBreak(),
    ]
    for kind, text in ZARROWFIELD:
        if kind == "h" and text in ZARROWFIELD_NEW_PAGE:
            story += [PageBreak(), Paragraph(text, heading)]
        elif kind == "h":
            story.append(Paragraph(text, heading))
        elif kind == "b":
            story.append(Paragraph(text, bullet, bulletText="•"))
        elif kind == "n":
            story.append(Paragraph(text, num))
        elif kind == "q":
            story.append(Paragraph(text, faq))
        else:
            story.append(Paragraph(text, body))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Cost of Living Crisis Fund - Round 4 guidance",
        author="Zarrowfield & District Community Foundation",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    quarrowby()
    jandlebury()
    ivingstow()
    zarrowfield()


if __name__ == "__main__":
    main()
