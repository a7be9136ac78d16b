"""Build set 34's Word and PDF documents (community safety, domestic abuse, veterans,
migrants and refugees).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus34.py
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


def _set(cell, text: str, bold: bool = False, size: float | None = None, italic=False):
    from docx.shared import Pt

    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return par


def _add(cell, text: str, italic: bool = False, size: float | None = None):
    from docx.shared import Pt, RGBColor

    par = cell.add_paragraph()
    run = par.add_run(text)
    run.italic = italic
    if italic:
        run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    if size:
        run.font.size = Pt(size)
    return par


def _grid(d, rows, cols, header=None, fill="D9E2F3", height=380):
    t = d.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    if header:
        for i, head in enumerate(header):
            _set(t.cell(0, i), head, bold=True)
            _shade(t.cell(0, i), fill)
    for r in range(1 if header else 0, rows):
        _row_height(t.rows[r], height)
    return t


# ----------------------------------------------------------------- Ostlebury (docx)


def ostlebury() -> None:
    """A police and crime commissioner's community safety fund form: details in grids with
    labels over boxes, one proposal statement covering five lettered points."""
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Community Safety Fund 2027-29 - Application form",
        "Office of the Police and Crime Commissioner for Ostlebury",
        "Arial",
        10.5,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.header.paragraphs[
        0
    ].text = "Office of the Police and Crime Commissioner for Ostlebury  |  Community Safety Fund"
    sec.footer.paragraphs[
        0
    ].text = "CSF-APP 2027-29  |  Please do not change the layout of this form"

    def h(text, level=1):
        par = d.add_heading(text, level=level)
        for r in par.runs:
            r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
        return par

    def label_over_box(spec):
        """spec: list of rows of (label, span); each label row is followed by an empty row."""
        t = d.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        for row_spec in spec:
            lab = t.add_row()
            box = t.add_row()
            _row_height(box, 420)
            col = 0
            for label, span in row_spec:
                c = lab.cells[col]
                b = box.cells[col]
                if span > 1:
                    c = c.merge(lab.cells[col + span - 1])
                    b = b.merge(box.cells[col + span - 1])
                _set(c, label, size=9)
                _shade(c, "DCE3EE")
                col += span
        return t

    title = d.add_paragraph()
    r = title.add_run("Community Safety Fund 2027-29")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
    d.add_paragraph("Application form for grants of £5,000 to £25,000 a year, for one or two years")
    d.add_paragraph(
        "The Commissioner's Community Safety Fund supports voluntary, community and social "
        "enterprise organisations whose work helps deliver the Police and Crime Plan. Please "
        "read the Fund Guidance before you fill in this form. Type your answers into the boxes; "
        "they will expand. Where we give a word limit, we will not read anything beyond it. "
        "Send the form and your documents to csf@ostlebury-pcc.example.gov.uk by 12 noon on "
        "Friday 5 March 2027."
    )
    d.add_paragraph(
        "The Commissioner can fund up to 100% of the costs of a project. Match funding is not "
        "required, although you should tell us about any other funding you have."
    )

    h("Section A: About your organisation")
    label_over_box(
        [
            [("A1 Organisation name", 2), ("A2 Charity or company number", 1)],
            [("A3 Registered address", 1), ("A4 Postcode", 1), ("A5 Website", 1)],
            [("A6 Lead contact", 1), ("A7 Role", 1), ("A8 Telephone", 1)],
            [("A9 Email", 2), ("A10 Income in your last financial year (£)", 1)],
        ]
    )
    d.add_paragraph()
    t = _grid(d, 2, 1, height=400)
    _set(t.cell(0, 0), "A11 Legal status (tick one)", size=9)
    _shade(t.cell(0, 0), "DCE3EE")
    _set(
        t.cell(1, 0),
        f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
        f"{BOX} Company limited by guarantee   {BOX} Community interest company   "
        f"{BOX} Other: ____________",
        size=9,
    )
    d.add_paragraph()
    t = _grid(d, 1, 2, height=400)
    _set(
        t.cell(0, 0),
        "A12 Has your board approved your safeguarding policy within the last two years?",
        size=9,
    )
    _shade(t.cell(0, 0), "DCE3EE")
    _set(t.cell(0, 1), f"{BOX} Yes   {BOX} No", size=9)

    h("Section B: Your proposal")
    t = _grid(d, 2, 1, height=400)
    _set(t.cell(0, 0), "B1 Project title", size=9)
    _shade(t.cell(0, 0), "DCE3EE")
    d.add_paragraph()
    d.add_paragraph(
        "B2 Which priorities of the Police and Crime Plan will your project support? Tick all "
        "that apply."
    )
    t = _grid(d, 5, 2, height=300)
    for i, text in enumerate(
        (
            "Preventing violence against women and girls",
            "Tackling anti-social behaviour and neighbourhood crime",
            "Reducing reoffending",
            "Supporting victims and witnesses",
            "Preventing serious violence and exploitation of young people",
        )
    ):
        _set(t.cell(i, 0), text, size=9)
        _set(t.cell(i, 1), BOX)
        t.cell(i, 0).width = Cm(14.5)
        t.cell(i, 1).width = Cm(2.5)
    d.add_paragraph()
    par = d.add_paragraph()
    par.add_run("B3 Proposal statement").bold = True
    d.add_paragraph(
        "In one statement of no more than 1,000 words, tell us about your project. Your "
        "statement must cover all of the points (a) to (e) below; you may use them as "
        "headings. Write your statement in the box under the list."
    )
    for text in (
        "(a) the problem or need in the area, and the evidence for it;",
        "(b) what you will do, where, and how often;",
        "(c) who will benefit, how many people, and how you will reach them;",
        "(d) why your organisation is the right one to do this; and",
        "(e) how the project fits with the services that already exist locally.",
    ):
        d.add_paragraph(text, style="List Bullet")
    t = _grid(d, 1, 1, height=6200)
    d.add_paragraph()
    d.add_paragraph(
        "B4 Outcomes. Give up to three outcomes, how you will measure each one and the target "
        "you expect to reach by the end of the grant."
    )
    _grid(d, 4, 3, header=("Outcome", "How you will measure it", "Target"))
    d.add_paragraph()
    for num, text, limit, height in (
        (
            "B5",
            "How will you work with Ostlebury Police, the Community Safety Partnership and "
            "other agencies?",
            "(maximum 300 words)",
            2600,
        ),
        (
            "B6",
            "What are the main risks to delivering the project, and how will you manage them?",
            "(maximum 250 words)",
            2200,
        ),
        (
            "B7",
            "If you are asking for two years of funding, explain what will be different in "
            "the second year.",
            "(maximum 200 words)",
            1800,
        ),
        (
            "B8",
            "How will the work carry on, or come to a close safely, when the Commissioner's "
            "funding ends?",
            "",
            1800,
        ),
    ):
        t = _grid(d, 2, 1, height=height)
        par = _set(t.cell(0, 0), f"{num} {text} ", bold=True)
        if limit:
            run = par.add_run(limit)
            run.italic = True
        _shade(t.cell(0, 0), "DCE3EE")
        _row_height(t.rows[0], 300)
        d.add_paragraph()
    t = _grid(d, 2, 2, header=("B9 Start date", "End date"), fill="DCE3EE")

    h("Section C: Budget")
    d.add_paragraph(
        "C1 List the costs of the project. Show staff costs by post, with hours a week."
    )
    t = _grid(d, 8, 3, header=("Item", "Year 1 (£)", "Year 2 (£)"))
    _set(t.cell(7, 0), "Total", bold=True)
    d.add_paragraph()
    label_over_box(
        [
            [("C2 Total amount requested from the Commissioner (£)", 3)],
            [("C3 Other funding for the project (who from, how much, confirmed or not)", 3)],
        ]
    )

    h("Section D: Documents")
    d.add_paragraph("Please email these with your form.")
    par = d.add_paragraph()
    par.add_run("Every applicant: ").bold = True
    par.add_run(
        "your governing document; your latest annual accounts, audited or independently "
        "examined; your safeguarding policy; your equality and diversity policy."
    )
    par = d.add_paragraph()
    par.add_run("Organisations less than two years old: ").bold = True
    par.add_run(
        "if you do not yet have two years of accounts, send your management accounts for "
        "the last six months instead of annual accounts."
    )
    par = d.add_paragraph()
    par.add_run("Requests over £10,000 a year: ").bold = True
    par.add_run("a detailed budget, using the spreadsheet template on our website.")
    par = d.add_paragraph()
    par.add_run("Projects working with children or adults at risk: ").bold = True
    par.add_run(
        "a summary of the DBS checks held by staff and volunteers who will work on the "
        "project (a list of roles, check level and date; not the certificates)."
    )
    par = d.add_paragraph()
    par.add_run("Organisations that employ staff: ").bold = True
    par.add_run("your employer's liability insurance certificate.")
    d.add_paragraph(
        "All funded organisations must hold public liability insurance of at least £5 million. "
        "We do not need a copy of the certificate."
    )

    h("Section E: Declaration")
    d.add_paragraph(
        "I confirm that I have authority to apply on behalf of the organisation named in "
        "Section A, that the information given is accurate, and that I will tell the Office of "
        "the Police and Crime Commissioner at once of any change that affects this application."
    )
    label_over_box(
        [
            [("Name", 2), ("Position", 1)],
            [("Signature", 2), ("Date", 1)],
        ]
    )
    out = HERE / "ostlebury-pcc-community-safety-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Wendlesham (docx)

WENDLESHAM_QUALITY = [
    (
        "Q1",
        "Service model",
        "20%",
        "Describe how you will deliver support to survivors and their children living in the "
        "Council's 18 units of dispersed safe accommodation, from the day they move in to "
        "the day they move on. Your answer must not exceed 750 words.",
        "A clear, trauma-informed model; named roles and caseloads; support available in "
        "and out of office hours; planned move-on from the first week.",
    ),
    (
        "Q2",
        "Risk and safety",
        "15%",
        "How will you assess and manage risk to survivors, their children and your staff, "
        "including referral to the MARAC and work with the police? Your answer must not "
        "exceed 500 words.",
        "Use of a recognised risk tool; safety planning; information sharing; lone working "
        "arrangements for staff visiting properties.",
    ),
    (
        "Q3",
        "Children and young people",
        "10%",
        "How will you meet the needs of children and young people who live in the "
        "accommodation with a parent? Your answer must not exceed 500 words.",
        "Children treated as victims in their own right; links with schools and early help; "
        "age-appropriate support.",
    ),
    (
        "Q4",
        "Access and inclusion",
        "10%",
        "How will you make the service accessible to survivors who face extra barriers, for "
        "example disabled survivors, LGBT+ survivors, Black and minoritised survivors and "
        "those with no recourse to public funds? Your answer must not exceed 500 words.",
        "Specific actions, not a statement of values; interpreters; partnerships with "
        "by-and-for organisations.",
    ),
    (
        "Q5",
        "Mobilisation",
        "10%",
        "Set out how you will be ready to start the service on 1 July 2027: recruitment, "
        "training, systems and handover from the current provider. Your answer must not "
        "exceed one side of A4. You may attach a Gantt chart; it does not count towards the "
        "limit.",
        "A realistic timetable with named leads; TUPE considered; contingency if recruitment "
        "is slow.",
    ),
    (
        "Q6",
        "Social value",
        "5%",
        "What additional social value will you deliver for Wendlesham residents through "
        "this contract? Your answer must not exceed 250 words.",
        "Commitments that can be measured, such as local recruitment, volunteering or "
        "survivor involvement.",
    ),
]


def wendlesham() -> None:
    """A county council's request for quotation for domestic abuse safe accommodation
    support: quality questions in two-column rows (question / what a good answer shows)
    with the answer box merged below and the limit as the question's last sentence."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = _new(
        "Request for Quotation WCC/ASC/2027/014 - Quotation Response Document",
        "Wendlesham County Council Commissioning",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = (
        "WCC/ASC/2027/014  Domestic Abuse Safe Accommodation Support  |  Quotation Response "
        "Document"
    )
    sec.footer.paragraphs[0].text = "OFFICIAL - SENSITIVE: COMMERCIAL when completed"

    d.add_heading("Request for Quotation: Domestic Abuse Safe Accommodation Support", level=0)
    d.add_paragraph(
        "Wendlesham County Council invites quotations for a support service in its dispersed "
        "safe accommodation for survivors of domestic abuse and their children, under Part 4 "
        "of the Domestic Abuse Act 2021. The contract runs from 1 July 2027 for two years, "
        "with an option to extend for one more. The maximum budget is £118,000 a year."
    )
    d.add_paragraph(
        "Complete every part of this Quotation Response Document and return it, with the "
        "documents listed in Part F, through the Council's e-tendering portal by 12:00 on "
        "Thursday 18 March 2027. Send any clarification questions through the portal by 4 "
        "March. Quotations will be evaluated 70% on quality and 30% on price."
    )

    d.add_heading("Part A: About you", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in (
        "Name of the organisation quoting",
        "Registered address",
        "Charity and/or company number",
        "Contact for this quotation: name",
        "Position",
        "Telephone",
        "Email",
        "VAT registration number (if registered)",
    ):
        row = t.add_row()
        _set(row.cells[0], label)
        _shade(row.cells[0], "E2EFDA")
        _row_height(row, 400)

    d.add_heading("Part B: Pass or fail", level=1)
    d.add_paragraph(
        "A No to any of B1 to B3, or a Yes to B4, means your quotation will not be evaluated "
        "further."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, head in enumerate(("", "Question", "Yes / No")):
        _set(t.cell(0, i), head, bold=True)
        _shade(t.cell(0, i), "C6E0B4")
    for ref, text in (
        (
            "B1",
            "Does your organisation hold the SafeLives Leading Lights accreditation or the "
            "Women's Aid National Quality Standards, or will it hold one of them within 12 "
            "months of the contract starting?",
        ),
        (
            "B2",
            "Do you hold, or will you obtain before the contract starts, employer's liability "
            "insurance of £5 million, public liability insurance of £5 million and "
            "professional indemnity insurance of £2 million?",
        ),
        (
            "B3",
            "Does your organisation have a safeguarding policy covering children and adults "
            "at risk, reviewed within the last two years?",
        ),
        (
            "B4",
            "Has your organisation, or any of its directors or trustees, been convicted of "
            "an offence that is a mandatory exclusion ground under the Procurement Act 2023?",
        ),
    ):
        row = t.add_row()
        _set(row.cells[0], ref)
        _set(row.cells[1], text)
        _set(row.cells[2], f"{BOX} Yes  {BOX} No")
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(12.8)
        row.cells[2].width = Cm(3.0)

    d.add_heading("Part C: Quality (70%)", level=1)
    d.add_paragraph(
        "Each question is scored 0 to 4 by a panel of two commissioners and one member of the "
        "Domestic Abuse Local Partnership Board's survivor panel, and the score multiplied by "
        "the weighting. The right-hand column says what the panel will look for. Write your "
        "answer in the box below each question; words beyond the limit will not be read."
    )
    for ref, title, weight, text, look in WENDLESHAM_QUALITY:
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 1))
        _set(top, f"{ref}  {title}   (weighting {weight})", bold=True)
        _shade(top, "548235")
        top.paragraphs[0].runs[0].font.color.rgb = __import__(
            "docx.shared", fromlist=["RGBColor"]
        ).RGBColor(0xFF, 0xFF, 0xFF)
        _set(t.cell(1, 0), text)
        _set(t.cell(1, 1), "What the panel looks for: " + look, italic=True, size=9.5)
        _shade(t.cell(1, 1), "F2F2F2")
        t.cell(1, 0).width = Cm(10.5)
        t.cell(1, 1).width = Cm(6.5)
        ans = t.cell(2, 0).merge(t.cell(2, 1))
        del ans
        _row_height(t.rows[2], 4200)
        d.add_paragraph()

    d.add_heading("Scoring", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.cell(0, 0), "Score", bold=True)
    _set(t.cell(0, 1), "Meaning", bold=True)
    for score, meaning in (
        ("4", "Excellent: fully meets the requirement with convincing evidence"),
        ("3", "Good: meets the requirement with minor gaps"),
        ("2", "Acceptable: meets most of the requirement"),
        ("1", "Poor: significant gaps or little evidence"),
        ("0", "No answer, or the answer does not address the question"),
    ):
        row = t.add_row()
        _set(row.cells[0], score)
        _set(row.cells[1], meaning)

    d.add_heading("Part D: Price (30%)", level=1)
    d.add_paragraph(
        "Give your price for each year, excluding VAT. The lowest compliant price scores 30; "
        "other prices score in proportion."
    )
    t = d.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    for i, head in enumerate(("Cost", "Year 1 (£)", "Year 2 (£)")):
        _set(t.cell(0, i), head, bold=True)
        _shade(t.cell(0, i), "C6E0B4")
    for i, label in enumerate(
        (
            "Support workers (salaries and on-costs)",
            "Management and supervision",
            "Travel, phones and IT",
            "Other costs (please say)",
            "Total",
        ),
        1,
    ):
        _set(t.cell(i, 0), label)
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.cell(0, 0), "Total price for the two years (£), excluding VAT", bold=True)
    _shade(t.cell(0, 0), "E2EFDA")

    d.add_heading("Part E: Form of Quotation", level=1)
    d.add_paragraph(
        "We offer to provide the service described in the specification at the prices in "
        "Part D, on the Council's terms and conditions for services, and confirm that this "
        "quotation remains open for 90 days from the closing date."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(("Signed", "Name", "Position", "Date")):
        _set(t.cell(i, 0), label)
        _shade(t.cell(i, 0), "E2EFDA")
        _row_height(t.rows[i], 400)

    d.add_heading("Part F: Documents to upload with your quotation", level=1)
    for text in (
        "This Quotation Response Document, completed and signed.",
        "A copy of your current public liability insurance certificate (you do not need to "
        "send the other certificates named in B2 until the contract is awarded).",
        "Your safeguarding policy (children and adults).",
        "Your lone working policy.",
        "Your accounts for the last two financial years, audited or independently examined.",
        "If you answered B1 on the basis that you will be accredited within 12 months: the "
        "letter confirming you have registered for accreditation.",
        "If you plan to subcontract any part of the service: the name of each subcontractor "
        "and the part of the service it will deliver, on a separate sheet.",
    ):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph(
        "Do not send CVs, case studies or marketing material. We will ask the successful "
        "provider for its data protection registration and business continuity plan before "
        "the contract is signed."
    )
    for par in d.paragraphs:
        for run in par.runs:
            if run.font.size is None and par.style.name == "Normal":
                run.font.size = Pt(11)
    out = HERE / "wendlesham-domestic-abuse-safe-accommodation-support-quotation.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Carrowmoor (fillable pdf)


def carrowmoor() -> None:
    """A borough's Armed Forces Covenant community grant as a landscape fillable PDF whose
    right-hand guidance sits in read-only, pre-filled multi-line text fields."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "carrowmoor-armed-forces-covenant-community-grant.pdf"
    size = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=size, invariant=1)
    c.setTitle("Armed Forces Covenant Community Grant - application")
    c.setAuthor("Carrowmoor Borough Council Armed Forces Covenant Partnership")
    w, h = size
    form = c.acroForm
    x0, split, x2 = 36, 500, w - 36
    navy = colors.HexColor("#1B2A47")
    sand = colors.HexColor("#F4EFE3")
    page = [1]
    guide_no = [0]

    def text(name, tip, x, y, width, height=15, maxlen=None, multiline=False):
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=navy,
            fillColor=colors.white,
            borderWidth=0.6,
            fontSize=9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def guidance(y_top, height, value):
        guide_no[0] += 1
        form.textfield(
            name=f"Guidance{guide_no[0]}",
            tooltip="Guidance",
            value=value,
            x=split + 14,
            y=y_top - height,
            width=x2 - split - 14,
            height=height,
            borderColor=sand,
            fillColor=sand,
            borderWidth=0,
            fontSize=8,
            fieldFlags="readOnly multiline",
            maxlen=None,
        )

    def label(x, y, t, size=9, font="Helvetica"):
        c.setFont(font, size)
        c.drawString(x, y, t)

    def wrap(x, y, t, width, size=9, font="Helvetica", leading=11.5):
        c.setFont(font, size)
        for line in simpleSplit(t, font, size, width):
            c.drawString(x, y, line)
            y -= leading
        return y

    def band(y, t):
        c.setFillColor(navy)
        c.rect(x0, y - 4, split - x0, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 6, y, t)
        c.setFillColor(colors.black)
        return y - 24

    def footer():
        c.setFont("Helvetica", 7)
        c.drawString(x0, 20, "AFC-CG1  Carrowmoor Armed Forces Covenant Community Grant  2027")
        c.drawRightString(x2, 20, f"Page {page[0]} of 2")

    # ---------------------------------------------------------------- page 1
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, h - 44, "Armed Forces Covenant Community Grant")
    c.setFont("Helvetica", 10)
    c.drawString(
        x0,
        h - 60,
        "Carrowmoor Borough Council and the Carrowmoor Armed Forces Covenant Partnership",
    )
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(split + 14, h - 44, "GUIDANCE")
    c.setStrokeColor(navy)
    c.line(split + 4, h - 36, split + 4, 34)
    y = wrap(
        x0,
        h - 80,
        "Grants of £500 to £5,000 for projects that bring the armed forces community "
        "(veterans, serving personnel, reservists and their families) and the wider "
        "community together. Fill in the left-hand side; the guidance on the right will help "
        "you. Email the saved form to covenant@carrowmoor.example.gov.uk.",
        split - x0,
    )
    guidance(
        h - 80,
        34,
        "Please read the whole form before you start. If you need help, ring the Armed "
        "Forces Covenant Officer on 01632 960 844.",
    )
    y = band(y - 6, "1  Your organisation")
    top = y + 14
    for lab, name, ml in (
        ("1.1 Organisation name", "OrgName", 100),
        ("1.2 Address", "OrgAddress", 150),
        ("1.3 Postcode", "OrgPostcode", 8),
        ("1.4 Contact name", "ContactName", 60),
        ("1.5 Telephone", "ContactPhone", 15),
        ("1.6 Email", "ContactEmail", 80),
        ("1.7 Charity or company number (if any)", "RegNo", 12),
    ):
        label(x0, y + 4, lab)
        text(name, lab[4:], x0 + 200, y, split - x0 - 210, 15, ml)
        y -= 20
    label(x0, y + 4, "1.8 Has your organisation signed the Armed Forces Covenant?")
    y -= 16
    xx = x0 + 10
    for value, t in (("Yes", "Yes"), ("No", "No"), ("InProgress", "In progress")):
        form.radio(
            name="CovenantSigned",
            tooltip="Has your organisation signed the Armed Forces Covenant?",
            value=value,
            selected=False,
            x=xx,
            y=y,
            size=10,
            borderColor=navy,
            fillColor=colors.white,
            buttonStyle="circle",
        )
        label(xx + 13, y + 2, t)
        xx += 90
    guidance(
        top,
        top - y + 4,
        "1.7: leave blank if your group is not registered. Unregistered groups can apply "
        "for up to £1,000.\n\n1.8: organisations do not have to have signed the Covenant to "
        "apply, but we will ask you to think about signing it if your grant is approved.",
    )
    y -= 26
    y = band(y, "2  Your project")
    label(x0, y + 4, "2.1 Project title")
    text("ProjectTitle", "Project title", x0 + 200, y, split - x0 - 210, 15, 80)
    y -= 24
    top = y + 12
    y = wrap(
        x0,
        y,
        "2.2 Describe your project and the activities the grant will pay for. (max 1,800 "
        "characters)",
        split - x0 - 10,
        font="Helvetica-Bold",
    )
    text(
        "Q2_2",
        "Describe your project and the activities the grant will pay for",
        x0,
        y - 118,
        split - x0 - 10,
        120,
        1800,
        True,
    )
    y -= 132
    guidance(
        top,
        top - y - 6,
        "2.2: Tell us what will happen, where, when and how often, and who will run it. "
        "Say what the grant will buy. The box stops at 1,800 characters (about 300 words).",
    )
    footer()
    c.showPage()

    # ---------------------------------------------------------------- page 2
    page[0] = 2
    c.setStrokeColor(navy)
    c.line(split + 4, h - 36, split + 4, 34)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(split + 14, h - 44, "GUIDANCE")
    y = band(h - 48, "2  Your project (continued)")
    for num, prompt, name, ml, height, gtext in (
        (
            "2.3",
            "Who will take part? Tell us how many veterans, serving personnel and family "
            "members you expect to reach. (max 1,200 characters)",
            "Q2_3",
            1200,
            78,
            "2.3: Give numbers where you can. Family members include partners, children and "
            "bereaved families.",
        ),
        (
            "2.4",
            "How will the project bring the armed forces community and the wider community "
            "together?",
            "Q2_4",
            None,
            78,
            "2.4: Keep this to about 200 words. Projects that only involve the armed forces "
            "community score lower on this question.",
        ),
        (
            "2.5",
            "How will you find and reach veterans who do not usually come forward for help? "
            "(max 900 characters)",
            "Q2_5",
            900,
            62,
            "2.5: For example through GP surgeries, the Job Centre, housing officers or word "
            "of mouth.",
        ),
    ):
        top = y + 12
        y = wrap(x0, y, f"{num} {prompt}", split - x0 - 10, font="Helvetica-Bold")
        text(name, prompt.split(" (max")[0], x0, y - height + 2, split - x0 - 10, height, ml, True)
        y -= height + 14
        guidance(top, top - y - 6, gtext)

    y = band(y, "3  Money")
    top = y + 14
    for lab, name in (
        ("3.1 Total cost of the project (£)", "TotalCost"),
        ("3.2 Amount requested (£)", "AmountRequested"),
        ("3.3 Other funding (who from and how much)", "OtherFunding"),
    ):
        label(x0, y + 4, lab)
        text(name, lab[4:], x0 + 220, y, split - x0 - 230, 15, 9 if "£" in lab else 150)
        y -= 20
    guidance(
        top,
        top - y - 2,
        "3.2: The most we can give is £5,000 (£1,000 for unregistered groups). VAT is only "
        "eligible if you cannot claim it back.",
    )
    y -= 8
    y = band(y, "4  Documents (tick the ones you are sending)")
    top = y + 14
    for k, t in enumerate(
        (
            "Constitution or other governing document",
            "Latest annual accounts, or a statement of income and expenditure for the last "
            "12 months signed by two committee members",
            "Safeguarding policy",
            "A letter of support from the Council's Armed Forces Champion or a local branch "
            "of an armed forces charity",
            "Public liability insurance certificate (only if the project includes public "
            "events or sport)",
        ),
        1,
    ):
        form.checkbox(
            name=f"Doc{k}",
            tooltip=t,
            x=x0,
            y=y - 1,
            size=10,
            borderColor=navy,
            fillColor=colors.white,
            buttonStyle="check",
        )
        y = wrap(x0 + 16, y, t, split - x0 - 26, size=8.5)
        y -= 3
    guidance(
        top,
        top - y - 2,
        "4: Send the documents with the form. We cannot make a decision without them.",
    )
    y -= 6
    y = band(y, "5  Declaration")
    form.checkbox(
        name="Declaration",
        tooltip="I confirm the declaration",
        x=x0,
        y=y - 1,
        size=10,
        borderColor=navy,
        fillColor=colors.white,
        buttonStyle="check",
    )
    y = wrap(
        x0 + 16,
        y,
        "I confirm that the information in this form is correct and that any grant will be "
        "used only for the project described.",
        split - x0 - 26,
        size=8.5,
    )
    y -= 8
    for lab, name, xx, width in (
        ("Name", "SignName", x0, 150),
        ("Position", "SignPosition", x0 + 235, 120),
    ):
        label(xx, y + 4, lab, size=8.5)
        text(name, lab, xx + 45, y, width, 15, 60)
    y -= 20
    for lab, name, xx, width in (
        ("Signature", "Signature", x0, 150),
        ("Date", "SignDate", x0 + 235, 120),
    ):
        label(xx, y + 4, lab, size=8.5)
        text(name, lab, xx + 45, y, width, 15, 60 if lab == "Signature" else 10)
    footer()
    c.showPage()
    c.save()


# ----------------------------------------------------------------- Yatterby (text pdf)


def yatterby() -> None:
    """A county community safety partnership's call for serious violence duty proposals:
    numbered paragraphs, footnotes, a key facts box and annexes, six pages or more."""
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

    out = HERE / "yatterby-serious-violence-duty-partnership-call.pdf"
    plum = colors.HexColor("#5B2A5E")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=15)
    num = ParagraphStyle("num", parent=body, leftIndent=30, firstLineIndent=-30, spaceAfter=6)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=15,
        leading=20,
        textColor=plum,
        spaceBefore=8,
        spaceAfter=8,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5)
    bullet = ParagraphStyle("b", parent=body, leftIndent=44, bulletIndent=32, spaceAfter=2)

    story: list = []

    def para(n, t):
        story.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", num))

    def bullets(items):
        for t in items:
            story.append(Paragraph(t, bullet, bulletText="-"))
        story.append(Spacer(1, 4))

    def table(rows, widths, head=True):
        t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=widths)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#A58AA7")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EADCEB")))
        t.setStyle(TableStyle(style))
        story.append(t)
        story.append(Spacer(1, 8))

    story.append(Spacer(1, 40 * mm))
    story.append(Paragraph("Yatterby Community Safety Partnership", h1))
    story.append(
        Paragraph(
            "<font size=22><b>Serious Violence Duty<br/>Community Partnership Fund 2027-29"
            "</b></font>",
            ParagraphStyle("t", parent=body, leading=30, textColor=plum),
        )
    )
    story.append(Spacer(1, 10))
    story.append(Paragraph("Call for proposals and guidance for applicants", body))
    story.append(Spacer(1, 30 * mm))
    table(
        [
            ["<b>Key facts</b>", ""],
            ["Funding available", "£360,000 over two years"],
            ["Grant size", "£20,000 to £80,000 per partnership over two years"],
            ["Who can lead", "A voluntary, community or social enterprise organisation"],
            ["Partnership", "At least one other VCSE organisation and one specified authority"],
            ["Your contribution", "At least 10% of the total cost, in cash or in kind"],
            ["Closing date", "12 noon, Monday 12 April 2027"],
            ["Decisions", "By 30 June 2027; projects start from 1 September 2027"],
        ],
        [45 * mm, 115 * mm],
    )
    story.append(PageBreak())

    story.append(Paragraph("1. Introduction", h1))
    para(
        "1.1",
        "The Serious Violence Duty<super>1</super> requires specified authorities in Yatterby "
        "(the police, the county and district councils, the fire and rescue service, the "
        "integrated care board, probation and youth justice services) to work together to "
        "prevent and reduce serious violence. The Partnership's Strategic Needs Assessment "
        "(2026) found that violence in Yatterby is concentrated in the night-time economies "
        "of Yatterby town and Castle Ferrow, and among young people aged 14 to 24 who are "
        "excluded from school or at risk of criminal exploitation.",
    )
    para(
        "1.2",
        "The Community Partnership Fund puts part of the Partnership's funding into the hands "
        "of community organisations, who are often better placed than statutory services to "
        "reach the young people and families most affected. It funds partnerships, not single "
        "organisations: we want community groups and statutory services to design and deliver "
        "projects together.",
    )
    para(
        "1.3",
        "This guidance explains what the Fund will pay for, who can apply, how to apply, what "
        "to send and how proposals will be assessed. The application form is a separate Word "
        "document, <i>SVD2 Application Form</i>, on the Partnership's website.",
    )
    story.append(Paragraph("2. What we want to fund", h1))
    para(
        "2.1",
        "Proposals must address at least one of the Partnership's three priorities:",
    )
    bullets(
        [
            "<b>Priority A:</b> early help for children and young people at risk of exclusion, "
            "exploitation or carrying weapons;",
            "<b>Priority B:</b> safer night-time economies, including work with licensed "
            "premises, street pastors and transport;",
            "<b>Priority C:</b> support at 'reachable moments', such as in hospital emergency "
            "departments or custody suites, after a young person has been hurt or arrested.",
        ]
    )
    para(
        "2.2",
        "We are particularly interested in proposals that involve young people in their design, "
        "that use trusted adults with lived experience, and that will leave something lasting "
        "behind when the funding ends.",
    )
    para(
        "2.3",
        "We will not fund: projects that duplicate existing commissioned services; capital "
        "works over £5,000; the core costs of a statutory partner; or activity that has already "
        "started.",
    )
    story.append(Paragraph("3. Who can apply", h1))
    para(
        "3.1",
        "The lead applicant must be a voluntary, community or social enterprise organisation "
        "with a governing document, a bank account requiring two signatories, and at least one "
        "year of published accounts. It will hold the grant agreement and be accountable for "
        "the whole project.",
    )
    para(
        "3.2",
        "Each partnership must include at least one other VCSE organisation and at least one "
        "specified authority<super>2</super>. Statutory partners may contribute staff time, "
        "premises or data, but cannot receive grant money from the Fund.",
    )
    para(
        "3.3",
        "An organisation may lead only one proposal, but may be a partner in others.",
    )
    story.append(Paragraph("4. Money", h1))
    para(
        "4.1",
        "Grants are from £20,000 to £80,000 over two years. We expect most to be between "
        "£40,000 and £60,000.",
    )
    para(
        "4.2",
        "The partnership must contribute at least 10% of the total cost of the project. The "
        "contribution can be in cash or in kind (for example staff time from a statutory "
        "partner, or free use of premises), valued at cost. The Fund pays the remaining 90% "
        "at most.",
    )
    para(
        "4.3",
        "Up to 10% of the grant may be spent on the lead's management and overhead costs. "
        "Evaluation costs of up to 5% of the grant are eligible.",
    )
    story.append(Paragraph("5. How to apply", h1))
    para(
        "5.1",
        "Complete the SVD2 Application Form and email it with the documents in section 7 to "
        "svd.fund@yatterby.example.gov.uk by the closing date. Late applications will not be "
        "considered.",
    )
    para(
        "5.2",
        "An information session for potential applicants will be held online on 3 March 2027. "
        "Questions can be sent to the same email address until 29 March 2027; answers will be "
        "published on the website every Friday.",
    )
    para(
        "5.3",
        "The form's questions and their word limits are set out in Annex A so that partners can "
        "plan their answers together.",
    )
    story.append(Paragraph("6. How proposals will be assessed", h1))
    para(
        "6.1",
        "Eligible proposals will be scored by a panel of members of the Partnership Board, a "
        "representative of the Yatterby Youth Council and an independent VCSE assessor. The "
        "panel may ask shortlisted partnerships to a short online conversation in May 2027.",
    )
    table(
        [
            ["Criterion", "Weight"],
            ["Understanding of need and evidence", "20%"],
            ["Quality of the partnership", "25%"],
            ["Delivery plan and reach", "25%"],
            ["Measuring difference", "15%"],
            ["Value for money and legacy", "15%"],
        ],
        [120 * mm, 40 * mm],
    )
    story.append(Paragraph("7. Documents to send", h1))
    para("7.1", "Every application must include the following, from the lead applicant:")
    bullets(
        [
            "(a) its governing document;",
            "(b) its accounts for the last two financial years, independently examined or audited;",
            "(c) its safeguarding policy, covering children and adults at risk;",
            "(d) its public liability insurance certificate, showing cover of at least £5 million;",
            "(e) a partnership agreement or memorandum of understanding signed by every "
            "partner, setting out each partner's role and contribution;",
            "(f) a logic model for the project, using the template in Annex B;",
            "(g) a detailed budget for both years, using the spreadsheet template.",
        ]
    )
    para("7.2", "Some applications must also include:")
    bullets(
        [
            "(h) where partners will share personal data about young people, a draft data "
            "sharing agreement;",
            "(i) where staff or volunteers of any partner will work directly with under-18s, "
            "confirmation of their enhanced DBS checks (a list of roles and check dates, "
            "signed by the lead's safeguarding lead).",
        ]
    )
    para(
        "7.3",
        "Please do not send letters of support: the partnership agreement shows us who is "
        "involved. If your proposal is funded, we will ask for bank details, a monitoring plan "
        "and the lead's data protection policy before the grant agreement is signed.",
    )
    story.append(Paragraph("8. After a grant is awarded", h1))
    para(
        "8.1",
        "Grants are paid quarterly in advance, on receipt of a satisfactory quarterly "
        "monitoring report. Partnerships will be asked to take part in the Partnership's "
        "evaluation, led by the University of Yatterby<super>3</super>, and in two learning "
        "events a year.",
    )
    para(
        "8.2",
        "The Partnership will publish a summary of each funded project. Personal information "
        "about young people will never be published.",
    )
    story.append(Spacer(1, 10))
    story.append(
        Paragraph(
            "<super>1</super> Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 1. "
            "<super>2</super> As listed in Schedule 1 to the 2022 Act. <super>3</super> The "
            "evaluation is funded separately and does not come out of your grant.",
            small,
        )
    )
    story.append(PageBreak())
    story.append(Paragraph("Annex A: The questions on the SVD2 Application Form", h1))
    story.append(
        Paragraph(
            "For planning only. Answer the questions on the SVD2 form itself, not on this page.",
            body,
        )
    )
    story.append(Spacer(1, 8))
    table(
        [
            ["No.", "Question", "Word limit"],
            [
                "1",
                "What is the problem your partnership wants to tackle, and what is the "
                "evidence for it?",
                "400",
            ],
            [
                "2",
                "Who are the partners, what will each do, and how will you make decisions "
                "together?",
                "500",
            ],
            ["3", "What will you deliver, for whom, where and when?", "600"],
            ["4", "How will young people be involved in shaping and reviewing the project?", "300"],
            ["5", "How will you know what difference the project has made?", "300"],
            ["6", "What will be left when the funding ends?", "200"],
        ],
        [12 * mm, 128 * mm, 22 * mm],
    )
    story.append(Paragraph("Annex B: Logic model template", h1))
    story.append(
        Paragraph(
            "Use this layout for the logic model you send with your application (document "
            "(f)). One page is usually enough.",
            body,
        )
    )
    story.append(Spacer(1, 8))
    table(
        [
            ["Inputs", "Activities", "Outputs", "Short-term outcomes", "Long-term outcomes"],
            [
                "Staff, volunteers, premises, partner time",
                "What you will do",
                "What you will count",
                "Changes within the grant",
                "Changes you hope to contribute to",
            ],
            ["", "", "", "", ""],
        ],
        [32 * mm] * 5,
    )
    story.append(Paragraph("Annex C: Timetable", h1))
    table(
        [
            ["Date", "What happens"],
            ["1 February 2027", "Call opens"],
            ["3 March 2027", "Online information session"],
            ["12 April 2027, 12 noon", "Closing date"],
            ["May 2027", "Panel assessment and conversations with shortlisted partnerships"],
            ["By 30 June 2027", "Decisions"],
            ["From 1 September 2027", "Projects start"],
        ],
        [50 * mm, 110 * mm],
    )
    story.append(Paragraph("Annex D: Contacts", h1))
    story.append(
        Paragraph(
            "Serious Violence Duty Coordinator, Yatterby Community Safety Partnership, County "
            "Hall, Yatterby YT1 2CS. Email svd.fund@yatterby.example.gov.uk. This guidance is "
            "available in large print, Easy Read and other languages on request.",
            body,
        )
    )

    def on_page(canv, doc):
        canv.saveState()
        if doc.page > 1:
            canv.setFont("Helvetica", 8)
            canv.setFillColor(plum)
            canv.drawString(
                20 * mm, 287 * mm, "Serious Violence Duty Community Partnership Fund 2027-29"
            )
            canv.drawRightString(190 * mm, 12 * mm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Serious Violence Duty Community Partnership Fund 2027-29: call for proposals",
        author="Yatterby Community Safety Partnership",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    ostlebury()
    wendlesham()
    carrowmoor()
    yatterby()


if __name__ == "__main__":
    main()
