"""Build set 36's Word and PDF documents (employment, skills, digital inclusion and social
enterprise).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus36.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
BOX = "\u2610"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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


def _widths(table, cms) -> None:
    from docx.shared import Cm

    for row in table.rows:
        for cell, wd in zip(row.cells, cms, strict=False):
            cell.width = Cm(wd)


# ----------------------------------------------------------------- Quennerby (docx)


def _landscape(d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.3)
    sec.top_margin = sec.bottom_margin = Cm(1.3)
    return sec


def _portrait(d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return sec


def quennerby() -> None:
    """A social enterprise start-up grant form whose Part 2 is a landscape Business Model
    Canvas: nine merged cells, each a heading, a prompt, a limit and room to write."""
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Start-up Social Enterprise Grant 2027 - application form",
        "Quennerby Social Enterprise Network",
        "Calibri",
        10.5,
    )
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[
        0
    ].text = "Quennerby Social Enterprise Network  |  Start-up Social Enterprise Grant 2027"
    sec.footer.paragraphs[0].text = (
        "Quennerby SEN, The Exchange, 2 Wharf Street, Quennerby QN1 5EX  -  "
        "startup@quennerbysen.example.org.uk  -  supported by Quennerby District Council"
    )
    d.add_heading("Start-up Social Enterprise Grant", level=0)
    d.add_paragraph(
        "Grants of £1,000 to £5,000 to help new social enterprises in Quennerby start "
        "trading. You can apply if your enterprise is less than two years old, or not yet "
        "trading, and has (or will have) an asset lock and a social purpose written into its "
        "governing document."
    )
    d.add_paragraph(
        "This form has six parts. Part 2 is a Business Model Canvas on one landscape page: "
        "write in each box, keeping to the number of words shown in it. If you came to our "
        "Start-up Programme you will have drafted a canvas already; you can copy it in."
    )
    d.add_paragraph(
        "We can fund up to 50% of your start-up costs. You must find at least 50% from your "
        "own money, a loan, crowdfunding or other grants."
    )
    d.add_heading("Part 1  About your enterprise", level=1)
    rows = [
        ("1.1  Name of the enterprise", ""),
        ("1.2  Main contact", ""),
        ("1.3  Address", ""),
        ("1.4  Postcode", ""),
        ("1.5  Telephone", ""),
        ("1.6  Email", ""),
        (
            "1.7  Legal form (tick one)",
            f"{BOX} CIC   {BOX} Community benefit society   {BOX} Co-operative society   "
            f"{BOX} Company limited by guarantee   {BOX} Not yet incorporated",
        ),
        ("1.8  Company or society number (if registered)", ""),
        ("1.9  Date you started trading, or plan to start", ""),
        ("1.10  Number of founders or directors", ""),
        (
            "1.11  Have you been on the Network's Start-up Programme?",
            f"{BOX} Yes    {BOX} No",
        ),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (lab, val) in zip(t.rows, rows, strict=False):
        _set(r.cells[0], lab, bold=True)
        _shade(r.cells[0], "FCE9D9")
        _set(r.cells[1], val)
    _widths(t, (7.0, 10.0))

    _landscape(d)
    h = d.add_paragraph()
    run = h.add_run("Part 2  Your Business Model Canvas")
    run.bold = True
    run.font.size = Pt(14)
    d.add_paragraph(
        "Write in each box. Bullet points are fine. The limit for each box is shown in brackets."
    ).runs[0].font.size = Pt(9)
    t = d.add_table(rows=3, cols=10)
    t.style = "Table Grid"
    boxes = {
        "kp": (
            "2.1  Key partners",
            "Who will you work with to deliver your products or services, and what will they do?",
            "(max 50 words)",
        ),
        "ka": (
            "2.2  Key activities",
            "What are the most important things your enterprise must do to deliver its offer?",
            "(max 50 words)",
        ),
        "kr": (
            "2.3  Key resources",
            "What do you need to run the enterprise: premises, equipment, skills, volunteers?",
            "(max 50 words)",
        ),
        "vp": (
            "2.4  Value proposition",
            "What will you offer your customers and "
            "beneficiaries, and why will they choose you rather than someone else?",
            "(max 80 words)",
        ),
        "cr": (
            "2.5  Customer relationships",
            "How will you build and keep relationships with your customers?",
            "(max 50 words)",
        ),
        "ch": (
            "2.6  Channels",
            "How will customers find out about you and buy from you?",
            "(max 50 words)",
        ),
        "cs": (
            "2.7  Customer segments",
            "Who will pay for your products or services? Who "
            "will benefit, if they are different people?",
            "(max 50 words)",
        ),
        "co": (
            "2.8  Cost structure",
            "What will your main costs be in your first year of trading?",
            "(max 60 words)",
        ),
        "rs": (
            "2.9  Revenue streams",
            "Where will your income come from, and roughly how much from each source in year one?",
            "(max 60 words)",
        ),
    }
    cells = {
        "kp": t.cell(0, 0).merge(t.cell(1, 1)),
        "ka": t.cell(0, 2).merge(t.cell(0, 3)),
        "kr": t.cell(1, 2).merge(t.cell(1, 3)),
        "vp": t.cell(0, 4).merge(t.cell(1, 5)),
        "cr": t.cell(0, 6).merge(t.cell(0, 7)),
        "ch": t.cell(1, 6).merge(t.cell(1, 7)),
        "cs": t.cell(0, 8).merge(t.cell(1, 9)),
        "co": t.cell(2, 0).merge(t.cell(2, 4)),
        "rs": t.cell(2, 5).merge(t.cell(2, 9)),
    }
    for key, cell in cells.items():
        head, prompt, limit = boxes[key]
        par = cell.paragraphs[0]
        par.text = ""
        r = par.add_run(head)
        r.bold = True
        r.font.size = Pt(9.5)
        r.font.color.rgb = RGBColor(0xC0, 0x50, 0x1A)
        par = cell.add_paragraph()
        r = par.add_run(prompt + " ")
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        r = par.add_run(limit)
        r.font.size = Pt(8)
        r.bold = True
        for _ in range(3 if key in ("co", "rs", "ka", "kr", "cr", "ch") else 7):
            cell.add_paragraph("")
    for row in t.rows:
        _row_height(row, 2600 if row is not t.rows[2] else 1500)
    _widths(t, [2.7] * 10)

    _portrait(d)
    d.add_heading("Part 3  Your social purpose and your plans", level=1)
    d.add_paragraph("Write your answer in the box under each question.")
    qs = [
        "3.1  What social or environmental problem will your enterprise tackle, and for "
        "whom? (no more than 250 words)",
        "3.2  How will you know you are making a difference? Tell us what you will measure "
        "and how. (no more than 200 words)",
        "3.3  What will the grant pay for, and how will it help you to start or keep "
        "trading? (no more than 200 words)",
        "3.4  Who is in your founding team? Tell us about their skills and experience, and "
        "any gaps you still need to fill.",
    ]
    for q in qs:
        p = d.add_paragraph()
        p.add_run(q).bold = True
        box = d.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        _set(box.rows[0].cells[0], "")
        _row_height(box.rows[0], 2400)
        d.add_paragraph()
    d.add_heading("Part 4  Costs", level=1)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Start-up cost (item)", bold=True)
    _set(t.rows[0].cells[1], "Cost (£)", bold=True)
    for r in t.rows[1:5]:
        _set(r.cells[0], "")
        _set(r.cells[1], "")
    _set(t.rows[5].cells[0], "Total start-up costs", bold=True)
    _set(t.rows[5].cells[1], "")
    _widths(t, (12.0, 5.0))
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "4.2  Amount you are asking for (£1,000 to £5,000)", bold=True)
    _set(t.rows[0].cells[1], "£")
    _widths(t, (12.0, 5.0))

    d.add_heading("Part 5  Documents", level=1)
    d.add_paragraph("Everyone must send:")
    for text in (
        "your business plan (no more than ten pages);",
        "a cash-flow forecast for your first twelve months of trading (our template is on "
        "the website, or use your own);",
        "your governing document, such as your articles of association or society rules, "
        "showing your asset lock. If you are not yet incorporated, send the draft you "
        "intend to adopt;",
        "proof of identity for the main contact, such as a passport or photocard driving licence.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Only if you have been trading for more than twelve months:")
    d.add_paragraph(
        "your latest annual accounts. These can be unaudited accounts or management "
        "accounts signed by a director.",
        style="List Bullet",
    )
    d.add_paragraph(
        "You will need the right insurance before you start trading, including public "
        "liability insurance. You do not need to send us anything about insurance now."
    )

    d.add_heading("Part 6  Declaration", level=1)
    d.add_paragraph(
        "I confirm that the information in this form is true and complete, that the "
        "enterprise will use the grant only for the start-up costs in Part 4, and that I "
        "have the authority of the founders or directors to apply."
    )
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for r, lab in zip(t.rows, ("Name", "Signature", "Date"), strict=False):
        _set(r.cells[0], lab, bold=True)
        _shade(r.cells[0], "FCE9D9")
        _set(r.cells[1], "")
    _widths(t, (5.0, 12.0))
    out = HERE / "quennerby-social-enterprise-start-up-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Caldermouth (docx)


def caldermouth() -> None:
    """A UK Shared Prosperity Fund people and skills call's clarification log: a landscape
    "No. / Date / Question / Response / Theme" table of applicants' questions and the
    council's answers, v3 changes in red."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "UKSPF People and Skills Open Call 2027-28 - clarification log v3",
        "Caldermouth City Council Employment and Skills",
        "Arial",
        9.5,
    )
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.header.paragraphs[0].text = (
        "OFFICIAL  |  Caldermouth City Council  |  UK Shared Prosperity Fund: People and "
        "Skills Open Call 2027/28"
    )
    sec.footer.paragraphs[
        0
    ].text = "Clarification log v3  -  published 2 February 2027  -  next update 16 February 2027"
    d.add_heading(
        "People and Skills Open Call 2027/28: clarification questions and answers", level=1
    )
    d.add_paragraph(
        "This log answers the questions organisations have sent us about the People and "
        "Skills Open Call since it opened on 11 January 2027. It adds to the Call Prospectus "
        "and the application form; where they differ, this log is correct. We publish every "
        "question and answer, without the name of the organisation that asked. Answers "
        "added or changed since version 2 are in red."
    )
    d.add_paragraph(
        "Send clarification questions to ukspf@caldermouth.example.gov.uk by 5pm on "
        "26 February 2027. The call closes at 12 noon on 12 March 2027."
    )
    red = RGBColor(0xC0, 0x00, 0x00)
    log = [
        (
            "1",
            "12/01/27",
            "Who can apply to the call?",
            "Voluntary, community and social enterprise organisations, further education "
            "colleges, training providers and employers' bodies with a base or delivery site in "
            "Caldermouth. Local authorities cannot apply. Partnerships are welcome, with one "
            "lead applicant.",
            "Eligibility",
            False,
        ),
        (
            "2",
            "12/01/27",
            "What is the minimum and maximum we can bid for?",
            "£40,000 to £250,000 for delivery between 1 June 2027 and 31 March 2028.",
            "Funding",
            False,
        ),
        (
            "3",
            "13/01/27",
            "Is match funding required?",
            "No. Match funding is not required for this call. If you have it, tell us in "
            "Section 6 of the form; it will not change your score.",
            "Funding",
            False,
        ),
        (
            "4",
            "14/01/27",
            "Which interventions can we deliver?",
            "E33 employment support for economically inactive people, E34 courses including "
            "basic, life and career skills, E35 activities such as enrichment and volunteering, "
            "and E37 tailored support to help people in employment. See Annex A of the "
            "Prospectus.",
            "Eligibility",
            False,
        ),
        (
            "5",
            "15/01/27",
            "What documents do we need to submit with the application?",
            "Every applicant must upload: the delivery plan (Annex B template); the financial "
            "template (Annex C); your accounts for the last two financial years; your "
            "safeguarding policy; and your current insurance certificates. Nothing else is "
            "needed at this stage.",
            "Application",
            False,
        ),
        (
            "6",
            "15/01/27",
            "Do our accounts have to be audited?",
            "No. Independently examined accounts are acceptable. Audited accounts are only "
            "needed if the law requires you to have them.",
            "Application",
            False,
        ),
        (
            "7",
            "18/01/27",
            "We are a new CIC and have not yet filed any accounts. Can we still apply?",
            "Yes. If your organisation has not yet produced annual accounts, upload your "
            "business bank statements for the last three months instead of accounts.",
            "Eligibility",
            False,
        ),
        (
            "8",
            "19/01/27",
            "What insurance do we need?",
            "Public liability insurance of at least £10 million; employer's liability "
            "insurance of at least £5 million if you employ staff; and professional indemnity "
            "of £1 million if you will give information, advice or guidance.",
            "Application",
            False,
        ),
        (
            "9",
            "20/01/27",
            "Do we have to send our equality policy?",
            "No, but you must have one. You will confirm this in the declaration, and we may "
            "ask to see it at a monitoring visit.",
            "Policies",
            False,
        ),
        (
            "10",
            "22/01/27",
            "Is there a word limit for Section 4 of the application form?",
            "Yes. Each question in Section 4 has a limit of 500 words, shown on the form. "
            "Question 4.3 (delivery plan summary) has a limit of 750 words; version 1 of the "
            "form wrongly said 500.",
            "Application",
            False,
        ),
        (
            "11",
            "25/01/27",
            "We are bidding as a partnership of three organisations. What extra do we need?",
            "The lead applicant completes the form. For a partnership bid, also upload a "
            "letter from each delivery partner confirming its role and agreeing to the "
            "budget.",
            "Partnerships",
            True,
        ),
        (
            "12",
            "26/01/27",
            "Do we need to send DBS certificates for our staff?",
            "No. If your project works with children or adults at risk you must make sure the "
            "right people have DBS checks, but do not send certificates.",
            "Policies",
            True,
        ),
        (
            "13",
            "28/01/27",
            "Is a risk register required?",
            "Only for bids over £100,000: upload a risk register (any format) as well as the "
            "documents in answer 5.",
            "Application",
            True,
        ),
        (
            "14",
            "30/01/27",
            "Can we claim for participants' travel and childcare costs?",
            "Yes, as participant support costs, up to £300 per participant. Put them on the "
            "financial template.",
            "Funding",
            True,
        ),
        (
            "15",
            "01/02/27",
            "How will bids be scored?",
            "Strategic fit 30%, deliverability 30%, outputs and outcomes 25%, value for money "
            "15%. The scoring guide is Annex D.",
            "Assessment",
            True,
        ),
    ]
    t = d.add_table(rows=1 + len(log), cols=5)
    t.style = "Table Grid"
    for cell, head in zip(
        t.rows[0].cells, ("No.", "Date received", "Question", "Response", "Theme"), strict=False
    ):
        _set(cell, head, bold=True)
        _shade(cell, "1D3557")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row, (num, date, q, a, theme, new) in zip(t.rows[1:], log, strict=False):
        _set(row.cells[0], num)
        _set(row.cells[1], date)
        _set(row.cells[2], q)
        par = _set(row.cells[3], a)
        if new:
            par.runs[0].font.color.rgb = red
        _set(row.cells[4], theme)
    _widths(t, (1.2, 2.3, 7.5, 12.6, 3.0))
    d.add_paragraph()
    d.add_paragraph(
        "Version history: v1 published 19 January 2027 (answers 1-6); v2 26 January 2027 "
        "(answers 7-10); v3 2 February 2027 (answers 11-15)."
    ).runs[0].font.size = Pt(8)
    out = HERE / "caldermouth-ukspf-people-and-skills-clarification-log.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Wivelsby (pdf)


def wivelsby() -> None:
    """A county council's device lending fund as a fillable PDF exported from LibreOffice
    Writer: generic control names ("Text Box 7", "Check Box 2", "List Box 1"), /TU only where
    the designer filled in Help text, limits in the printed prompts and in /MaxLen."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wivelsby-get-connected-device-lending-fund.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Get Connected device lending fund application")
    c.setAuthor("Digital Inclusion Team")
    c.setCreator("Writer")
    c.setProducer("LibreOffice 7.6")
    w, h = A4
    form = c.acroForm
    x0, x2 = 56, w - 56
    line = colors.HexColor("#3465A4")
    count = {"Text Box": 0, "Check Box": 0, "List Box": 0, "Option Button": 0}
    page = [1]

    def nm(kind):
        count[kind] += 1
        return f"{kind} {count[kind]}"

    def text(x, y, width, height=15, maxlen=None, multiline=False, tip=None):
        kw = {"maxlen": maxlen}
        if tip:
            kw["tooltip"] = tip
        form.textfield(
            name=nm("Text Box"),
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=colors.HexColor("#808080"),
            fillColor=colors.white,
            borderWidth=1,
            fontSize=0 if multiline else 10,
            fieldFlags="multiline" if multiline else "",
            **kw,
        )

    def check(x, y, tip=None):
        kw = {"tooltip": tip} if tip else {}
        form.checkbox(
            name=nm("Check Box"),
            x=x,
            y=y,
            size=10,
            borderColor=colors.HexColor("#808080"),
            fillColor=colors.white,
            buttonStyle="cross",
            **kw,
        )

    def combo(x, y, width, options):
        form.choice(
            name=nm("List Box"),
            x=x,
            y=y,
            width=width,
            height=15,
            options=options,
            value=options[0],
            fieldFlags="combo",
            borderColor=colors.HexColor("#808080"),
            fillColor=colors.white,
            fontSize=9,
        )

    def wrap(x, y, t, width, size=10, font="Times-Roman", leading=12.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def heading(y, t):
        c.setFont("Helvetica-Bold", 12)
        c.setFillColor(line)
        c.drawString(x0, y, t)
        c.setStrokeColor(line)
        c.line(x0, y - 4, x2, y - 4)
        c.setFillColor(colors.black)
        return y - 22

    def row(y, label, width=None, lw=190, maxlen=None):
        c.setFont("Times-Roman", 10)
        c.drawString(x0, y + 4, label)
        text(x0 + lw, y, width or (x2 - x0 - lw), maxlen=maxlen)
        return y - 22

    def question(y, label, limit_chars, height, printed):
        y = wrap(x0, y, f"{label} {printed}", x2 - x0, font="Times-Bold")
        text(x0, y - height + 6, x2 - x0, height=height, maxlen=limit_chars, multiline=True)
        return y - height - 8

    def footer():
        c.setFont("Times-Italic", 8)
        c.drawCentredString(w / 2, 30, f"Get Connected Device Lending Fund  -  {page[0]}")

    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, h - 60, "Wivelsby County Council")
    c.setFont("Helvetica", 13)
    c.drawString(x0, h - 80, "Get Connected: Device Lending Fund 2027")
    c.drawString(x0, h - 97, "Application form")
    y = wrap(
        x0,
        h - 122,
        "Grants of £2,000 to £8,000 for community groups, libraries and charities to set up "
        "or grow a device lending library: tablets, laptops and Chromebooks, and mobile data "
        "SIMs or MiFi units that people who are digitally excluded can borrow, with help to "
        "use them. Fill in this form on your computer using the free Adobe Acrobat Reader or "
        "LibreOffice, save it, and email it to getconnected@wivelsby.example.gov.uk by "
        "30 April 2027. The boxes in Part 2 will stop you typing when you reach the limit.",
        x2 - x0,
    )
    y = heading(y - 10, "Part 1  Your organisation")
    y = row(y, "Name of organisation")
    c.setFont("Times-Roman", 10)
    c.drawString(x0, y + 4, "Address")
    text(x0 + 190, y - 18, x2 - x0 - 190, height=34, multiline=True)
    y -= 44
    y = row(y, "Postcode", width=90, maxlen=8)
    y = row(y, "Contact name")
    y = row(y, "Role in the organisation")
    y = row(y, "Telephone", width=140, maxlen=14)
    y = row(y, "Email")
    c.drawString(x0, y + 4, "Type of organisation")
    combo(
        x0 + 190,
        y,
        220,
        [
            "Choose one",
            "Registered charity or CIO",
            "CIC",
            "Community group",
            "Public library",
            "Other",
        ],
    )
    y -= 22
    y = row(y, "Charity or company number", width=120, maxlen=10)
    c.setFont("Times-Roman", 10)
    c.drawString(x0, y + 4, "District where you will lend devices")
    combo(
        x0 + 190,
        y,
        220,
        [
            "Choose one",
            "Wivelsby",
            "Holme Marsh",
            "Castle Tarrant",
            "Fellbury",
            "Across the county",
        ],
    )
    y -= 30
    y = heading(y, "Part 2  Your device library")
    c.setFont("Times-Bold", 10)
    c.drawString(x0, y, "2a  How many of each will you lend?")
    y -= 20
    for lab in ("Tablets", "Laptops or Chromebooks", "Mobile data SIMs or MiFi units"):
        y = row(y, "      " + lab, width=60, maxlen=4, lw=230)
    footer()
    c.showPage()

    page[0] = 2
    y = h - 60
    y = question(
        y,
        "2b  Who will you lend devices to, and how will you find people who are "
        "digitally excluded?",
        1500,
        110,
        "(up to 1,500 characters)",
    )
    y = question(
        y,
        "2c  How will you help borrowers to use their device safely and "
        "confidently, for example with digital champions or drop-in sessions?",
        1200,
        92,
        "(up to 1,200 characters)",
    )
    y = question(
        y,
        "2d  How will you keep track of devices, wipe them between loans and "
        "protect borrowers' personal data?",
        900,
        74,
        "(up to 900 characters)",
    )
    y = question(
        y,
        "2e  What will happen to the devices and the service when the grant ends?",
        None,
        60,
        "(no more than 100 words)",
    )
    y = heading(y - 4, "Part 3  Money")
    y = row(y, "Total cost of the project (£)", width=110, lw=230)
    y = row(y, "Amount you are asking for (£)", width=110, lw=230)
    y = wrap(
        x0,
        y,
        "Devices must be bought new or refurbished from a supplier that gives at least a "
        "twelve-month warranty. Include a quote or a price list in Part 4.",
        x2 - x0,
        size=9,
        font="Times-Italic",
    )
    footer()
    c.showPage()

    page[0] = 3
    y = heading(h - 60, "Part 4  Documents")
    y = wrap(x0, y, "Email these with your form. Tick each one you are sending.", x2 - x0)
    y -= 6
    for lab in (
        "Your constitution or other governing document",
        "Your latest annual accounts (they do not need to be audited)",
        "Your data protection policy",
        "Your safeguarding policy",
        "A quote or price list for the devices and SIMs you will buy",
        "If you will lend devices to anyone under 18: your online safety policy",
    ):
        check(x0, y - 2)
        y = wrap(x0 + 18, y, lab, x2 - x0 - 18) - 6
    y = wrap(
        x0,
        y - 4,
        "Your organisation must hold public liability insurance of at least £5,000,000 "
        "for the lending service. You do not need to send the certificate.",
        x2 - x0,
    )
    y = heading(y - 10, "Part 5  Declaration")
    y = wrap(
        x0,
        y,
        "I confirm that the information in this form is correct, that the organisation "
        "will use the grant only for the device lending library described, and that we "
        "will tell the council about any device lost or stolen.",
        x2 - x0,
    )
    check(x0, y - 4, tip="I agree")
    c.setFont("Times-Roman", 10)
    c.drawString(x0 + 18, y - 2, "I agree")
    y -= 26
    y = row(y, "Name")
    y = row(y, "Position")
    y = row(y, "Date", width=100, maxlen=10)
    footer()
    c.showPage()
    c.save()


# ----------------------------------------------------------------- Brantingley (pdf)


def brantingley() -> None:
    """A borough council's request for quotation for an employability service, printed as
    a saddle-stitched A5 booklet: each A4 landscape side carries two booklet pages in
    printer's order (8|1, 2|7, 6|3, 4|5), so the text runs out of order."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brantingley-working-well-employability-rfq-booklet.pdf"
    c = canvas.Canvas(str(out), pagesize=landscape(A4), invariant=1)
    c.setTitle("RFQ BBC-2027-014 Working Well employability support - booklet imposed")
    c.setAuthor("Brantingley Borough Council Procurement")
    c.setCreator("Microsoft Word - booklet printing")
    pw, ph = 421, 595
    m = 34
    teal = colors.HexColor("#00635A")

    def text_block(st, t, size=8.8, font="Helvetica", indent=0, leading=None):
        leading = leading or size + 2.8
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, pw - 2 * m - indent):
            c.drawString(st["x"] + m + indent, st["y"], ln)
            st["y"] -= leading
        st["y"] -= 4

    def head(st, t, size=11):
        c.setFillColor(teal)
        text_block(st, t, size=size, font="Helvetica-Bold")
        c.setFillColor(colors.black)

    def dots(st, label, width=None):
        c.setFont("Helvetica", 8.8)
        c.drawString(st["x"] + m, st["y"], label)
        lw = c.stringWidth(label, "Helvetica", 8.8) + 6
        c.setDash(1, 2)
        c.line(st["x"] + m + lw, st["y"] - 1, st["x"] + pw - m, st["y"] - 1)
        c.setDash()
        st["y"] -= 17

    def box(st, height):
        c.setStrokeColor(colors.HexColor("#7F7F7F"))
        c.rect(st["x"] + m, st["y"] - height + 8, pw - 2 * m, height, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        st["y"] -= height + 6

    def folio(st, n):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(st["x"] + pw / 2, 20, f"RFQ BBC-2027-014  |  {n}")

    def p1(st):
        c.setFillColor(teal)
        c.rect(st["x"], ph - 230, pw, 230, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(st["x"] + m, ph - 50, "Brantingley Borough Council")
        c.setFont("Helvetica-Bold", 22)
        c.drawString(st["x"] + m, ph - 130, "Working Well")
        c.setFont("Helvetica", 13)
        c.drawString(st["x"] + m, ph - 152, "Employability support for people with")
        c.drawString(st["x"] + m, ph - 168, "health conditions and disabilities")
        c.setFont("Helvetica", 10)
        c.drawString(st["x"] + m, ph - 200, "Request for Quotation  BBC-2027-014")
        c.setFillColor(colors.black)
        st["y"] = ph - 260
        text_block(
            st, "Contract value: up to £90,000 over 18 months (1 July 2027 to 31 December 2028)"
        )
        text_block(st, "Quotations due: 12 noon, Friday 9 April 2027")
        text_block(
            st,
            "Return to: procurement@brantingley.example.gov.uk, subject line "
            '"BBC-2027-014 Quotation"',
        )
        text_block(
            st,
            "This booklet contains the specification summary, the instructions, "
            "and the Quotation Response Form (pages 5 to 8). Complete pages 5 to 8 and "
            "return them with the documents listed on page 8.",
        )

    def p2(st):
        st["y"] = ph - 50
        head(st, "Contents")
        for t in (
            "1. Key facts ........ 2",
            "2. What we are buying ........ 3",
            "3. Instructions and evaluation ........ 4",
            "Quotation Response Form: Part A ........ 5",
            "Part B quality questions ........ 6 and 7",
            "Part C price, Part D documents and declaration ........ 8",
        ):
            text_block(st, t)
        head(st, "1. Key facts")
        for t in (
            "Buyer: Brantingley Borough Council, Economy and Skills Service.",
            "Procedure: request for quotation under the council's Contract Procedure Rules "
            "(below £100,000). The Procurement Act 2023 below-threshold rules apply.",
            "Funding: UK Shared Prosperity Fund (intervention E33).",
            "Lots: one. You may quote alone or as a lead provider with subcontractors.",
            "Clarification questions: by email by 26 March 2027. Answers are published to "
            "everyone.",
            "Award: by 7 May 2027. Contract start 1 July 2027.",
        ):
            text_block(st, "\u2022 " + t, indent=4)
        folio(st, 2)

    def p3(st):
        st["y"] = ph - 50
        head(st, "2. What we are buying")
        for t in (
            "A specialist employability service for Brantingley residents aged 18 to 66 who "
            "are out of work because of a health condition or disability, including mental "
            "ill health, musculoskeletal conditions and long-term conditions. The service "
            "will work with at least 120 participants over the contract.",
            "Each participant will have a named key worker, a personal action plan, help to "
            "manage their condition at work, and support to find and keep a job. The provider "
            "will work with the NHS talking therapies service, GP practices, Jobcentre Plus "
            "and local employers.",
            "Outputs we will pay for: participants engaged (120), participants completing a "
            "personal action plan (100), participants starting work or self-employment (36), "
            "participants in work after 13 weeks (24).",
            "The full specification is Annex 1 on the council's e-tendering portal.",
        ):
            text_block(st, t)
        folio(st, 3)

    def p4(st):
        st["y"] = ph - 50
        head(st, "3. Instructions and evaluation")
        for t in (
            "Complete every part of the Quotation Response Form. Do not change its wording. "
            "Write your answers to Part B in the boxes; if you need more room, continue on "
            "separate sheets, but keep within the limit printed with each question. Text over "
            "the limit will not be read.",
            "Quotations are scored 60% quality and 40% price. Part B's questions carry the "
            "weightings shown. The pass / fail questions in Part A must be answered Yes.",
            "Price is scored by dividing the lowest total price by your total price and "
            "multiplying by 40.",
            "The council is not bound to accept the lowest or any quotation. Quotations "
            "must remain open for 90 days.",
        ):
            text_block(st, t)
        folio(st, 4)

    def p5(st):
        st["y"] = ph - 50
        head(st, "QUOTATION RESPONSE FORM")
        head(st, "Part A  About you", size=10)
        for lab in (
            "A1  Organisation name",
            "A2  Registered address",
            "A3  Postcode",
            "A4  Company or charity number",
            "A5  Contact name",
            "A6  Position",
            "A7  Telephone",
            "A8  Email",
        ):
            dots(st, lab)
        text_block(st, "A9  Are you registered for VAT?      Yes  [   ]      No  [   ]")
        st["y"] -= 4
        head(st, "Pass / fail: you must answer Yes to both", size=9.5)
        text_block(
            st,
            "P1  Do you have an equality and diversity policy that applies to "
            "this service?      Yes  [   ]      No  [   ]",
        )
        text_block(
            st,
            "P2  Do you hold the Matrix Standard, or will you achieve it within "
            "six months of the contract start?      Yes  [   ]      No  [   ]",
        )
        folio(st, 5)

    def p6(st):
        st["y"] = ph - 50
        head(st, "Part B  Quality (60%)", size=10)
        text_block(
            st,
            "Q1  Describe how you will engage people with health conditions and "
            "disabilities who are not in touch with employment services, and how "
            "you will support them towards work. (Weighting 30%. Maximum two sides of "
            "A4.)",
            font="Helvetica-Bold",
        )
        box(st, 200)
        text_block(
            st,
            "Q2  Explain how you will work with local employers to create job "
            "opportunities and help participants stay in work. (Weighting 15%. "
            "Maximum one side of A4.)",
            font="Helvetica-Bold",
        )
        box(st, 150)
        folio(st, 6)

    def p7(st):
        st["y"] = ph - 50
        text_block(
            st,
            "Q3  Social value: what additional benefits will your delivery bring "
            "to Brantingley, for example local jobs, volunteering or spending with "
            "local suppliers? (Weighting 15%. Maximum 500 words.)",
            font="Helvetica-Bold",
        )
        box(st, 250)
        text_block(
            st,
            "Your answers to Q1 to Q3 will form part of the contract if you are successful.",
            font="Helvetica-Oblique",
        )
        folio(st, 7)

    def p8(st):
        st["y"] = ph - 50
        head(st, "Part C  Price (40%)", size=10)
        dots(st, "C1  Price per participant engaged (£, excluding VAT)")
        dots(st, "C2  Total price for the contract (£, excluding VAT)")
        head(st, "Part D  Documents", size=10)
        text_block(st, "Send these with your quotation:")
        for t in (
            "(a) your safeguarding policy, covering adults at risk;",
            "(b) your data protection policy;",
            "(c) your insurance certificates. You must hold public liability insurance of "
            "£5 million, employer's liability of £5 million and professional indemnity of "
            "£1 million;",
            "(d) your audited or independently examined accounts for the last two years;",
            "(e) two references from organisations you have delivered a similar service for;",
            "(f) if you will use subcontractors: a completed Subcontractor Declaration "
            "(Annex 2) for each one.",
        ):
            text_block(st, t, indent=6)
        head(st, "Declaration", size=10)
        text_block(
            st,
            "I confirm that this quotation is made in good faith, that the "
            "information given is true, and that I am authorised to sign it on behalf "
            "of the organisation.",
        )
        dots(st, "Signed")
        dots(st, "Name")
        dots(st, "Position")
        dots(st, "Date")
        folio(st, 8)

    pages = {1: p1, 2: p2, 3: p3, 4: p4, 5: p5, 6: p6, 7: p7, 8: p8}
    for left, right in ((8, 1), (2, 7), (6, 3), (4, 5)):
        for n, x in ((left, 0), (right, pw)):
            pages[n]({"x": x, "y": ph - 50})
        c.setStrokeColor(colors.HexColor("#DDDDDD"))
        c.setDash(2, 4)
        c.line(pw, 10, pw, ph - 10)
        c.setDash()
        c.setStrokeColor(colors.black)
        c.showPage()
    c.save()


def main() -> None:
    quennerby()
    caldermouth()
    wivelsby()
    brantingley()


if __name__ == "__main__":
    main()
