"""Build set 28's Word and PDF documents (environment, climate and green spaces).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus28.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 10, 0, 0)
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


def _grey(par, text: str, size: float = 9, italic: bool = False):
    from docx.shared import Pt, RGBColor

    r = par.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    r.font.color.rgb = RGBColor(0x50, 0x50, 0x50)
    return r


def _label_table(d, labels: list[str], fill: str, tall: tuple[str, ...] = ()) -> None:
    from docx.shared import Cm

    t = d.add_table(rows=len(labels), cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(labels):
        cells = t.rows[i].cells
        cells[0].text = label
        _shade(cells[0], fill)
        cells[0].width, cells[1].width = Cm(6.5), Cm(10.5)
        if label in tall:
            _row_height(t.rows[i], 900)


# --------------------------------------------------------------------------- Ashenbury (docx)

# (ref, question with its limit, weighting or None, score descriptors, box height)
ASHENBURY_Q = [
    (
        "2.1",
        "Describe your project: what you will do, where, and when. (maximum 500 words)",
        "20%",
        [
            "4  Clear, specific and realistic; fully matches the Stage 1 idea or explains changes",
            "2  Clear in parts; some detail missing",
            "0  Not clear what will be done",
        ],
        4200,
    ),
    (
        "2.2",
        "How much carbon will the project save each year, and how have you worked it out? "
        "(maximum 400 words; attach your calculation)",
        "25%",
        [
            "4  Saving in tonnes CO2e a year, with a sound calculation or an energy survey",
            "2  Saving estimated but the method is weak",
            "0  No estimate",
        ],
        3600,
    ),
    (
        "2.3",
        "How have local people shaped the project, and who will benefit? (maximum 300 words)",
        "15%",
        [
            "4  Evidence of wide involvement, including people on low incomes",
            "2  Some involvement, mainly the group's own members",
            "0  No involvement shown",
        ],
        2900,
    ),
    (
        "2.4",
        "How will you manage and deliver the project? Include who is responsible and the "
        "main risks. (maximum one side of A4)",
        "15%",
        [
            "4  Named people, a realistic timetable, risks with actions",
            "2  Plan is general; risks listed without actions",
            "0  No plan",
        ],
        4200,
    ),
    (
        "2.5",
        "How will the project be looked after and kept going once the grant is spent? "
        "(maximum 250 words)",
        "10%",
        [
            "4  Maintenance costed and funded",
            "2  Maintenance planned but not costed",
            "0  Not addressed",
        ],
        2400,
    ),
    (
        "2.6",
        "Value for money: how did you choose your suppliers, and why are the costs "
        "reasonable? (maximum 250 words)",
        "15%",
        [
            "4  Quotes compared; cost per tonne of carbon saved given",
            "2  Some comparison of costs",
            "0  No explanation",
        ],
        2400,
    ),
    (
        "2.7",
        "Has anything changed since your Expression of Interest? If so, what and why? "
        "(no word limit)",
        None,
        ["Not scored. The panel reads it with your Stage 1 form."],
        1600,
    ),
]

ASHENBURY_DOCS = [
    ("Governing document (constitution, rules or articles)", "All applicants"),
    (
        "Accounts for your last two financial years, independently examined or audited",
        "All applicants",
    ),
    ("Carbon calculation or energy survey report (see 2.2)", "All applicants"),
    (
        "Proof of ownership of the building or land, or a lease with at least 10 years left",
        "All applicants",
    ),
    ("Letters or emails confirming your match funding", "All applicants"),
    ("Your environmental policy", "All applicants"),
    ("Three written quotes for each item or contract", "If any item costs over £5,000"),
    (
        "Planning permission or listed building consent, or written confirmation that it "
        "is not needed",
        "If the works may need either",
    ),
    ("Safeguarding policy", "If the project involves children or adults at risk"),
]


def ashenbury() -> None:
    """A district council's Stage 2 net zero form with the scoring matrix beside each question."""
    from docx.shared import Cm, Pt

    d = _new(
        "Net Zero Communities Fund 2027 - Stage 2 full application",
        "Ashenbury District Council - Climate and Sustainability Team",
        "Arial",
        10,
    )
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Ashenbury District Council\tNet Zero Communities Fund 2027\tStage 2 full application"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "NZCF-S2 v1.2 (November 2026)  |  netzerofund@ashenbury.example.gov.uk  |  "
        "Climate and Sustainability Team, Ashenbury House, Station Road, Ashenbury AB4 3NZ"
    )
    fp.runs[0].font.size = Pt(7.5)

    d.add_heading("Net Zero Communities Fund 2027", 0)
    p = d.add_paragraph()
    p.add_run("Stage 2: full application. By invitation only.").bold = True
    d.add_paragraph(
        "Only fill in this form if we have written to invite you to Stage 2 after your "
        "Expression of Interest (Stage 1). Quote the EOI reference from our letter. Stage 2 "
        "applications must reach us by 5pm on Friday 7 May 2027."
    )
    d.add_paragraph(
        "The fund pays for capital projects that cut the carbon emissions of community "
        "buildings and community-run services: insulation, heat pumps, solar panels and "
        "batteries, LED lighting, and secure cycle parking. Grants are from £5,000 to £40,000. "
        "We fund up to 70% of the eligible cost; at least 30% must come from other sources, "
        "as cash, not in kind."
    )
    p = d.add_paragraph()
    p.add_run("How your answers are scored. ").bold = True
    p.add_run(
        "Beside each question in Section 2 is the part of the panel's scoring matrix for "
        "that question: its weighting and what a score of 4, 2 or 0 looks like (3 and 1 fall "
        "between). Each score is multiplied by the weighting. Applications scoring under 50% "
        "overall, or 0 on any question, will not be funded. Please keep to the limits; the "
        "panel will not read past them."
    )

    d.add_heading("Section 1: Applicant details", 1)
    _label_table(
        d,
        [
            "EOI reference (from our letter)",
            "Organisation name",
            "Lead contact name",
            "Position",
            "Email",
            "Telephone",
            "Address",
            "Postcode",
            "Legal structure",
            "Charity, company or society number",
            "Is your organisation registered for VAT?",
        ],
        "E2EFDA",
        tall=("Address",),
    )
    t = d.tables[-1]
    t.rows[8].cells[1].text = (
        f"{BOX} Charity or CIO  {BOX} Community benefit society  {BOX} CIC  "
        f"{BOX} Parish or town council  {BOX} Other"
    )
    t.rows[10].cells[1].text = f"{BOX} Yes   {BOX} No"

    d.add_heading("Section 2: Your project", 1)
    for ref, question, weight, scores, height in ASHENBURY_Q:
        qt = d.add_table(rows=2, cols=2)
        qt.style = "Table Grid"
        left, right = qt.rows[0].cells[0], qt.rows[0].cells[1]
        right = right.merge(qt.rows[1].cells[1])
        left.width = Cm(11.5)
        right.width = Cm(6.0)
        _shade(left, "E2EFDA")
        _shade(right, "F2F2F2")
        r = left.paragraphs[0].add_run(f"{ref}  {question}")
        r.bold = True
        head = "How the panel scores this" + (f" (weighting {weight})" if weight else "")
        hr = right.paragraphs[0].add_run(head)
        hr.bold = True
        hr.font.size = Pt(8.5)
        for line in scores:
            _grey(right.add_paragraph(), line, 8)
        _row_height(qt.rows[1], height)
        qt.rows[1].cells[0].width = Cm(11.5)
        d.add_paragraph()

    d.add_heading("Section 3: Costs and funding", 1)
    _label_table(
        d,
        [
            "Total project cost (£)",
            "Grant requested (£)",
            "Grant as a percentage of total cost (no more than 70%)",
        ],
        "E2EFDA",
    )
    d.add_paragraph()
    d.add_paragraph("Project costs (exclude VAT if you can reclaim it):")
    ct = d.add_table(rows=6, cols=5)
    ct.style = "Table Grid"
    for i, h in enumerate(("Item", "Supplier", "Cost excl. VAT (£)", "VAT (£)", "Total (£)")):
        ct.rows[0].cells[i].text = h
        _shade(ct.rows[0].cells[i], "E2EFDA")
    d.add_paragraph()
    d.add_paragraph("Match funding (at least 30% of the total cost):")
    mt = d.add_table(rows=4, cols=3)
    mt.style = "Table Grid"
    for i, h in enumerate(("Source", "Amount (£)", "Confirmed? Yes / No")):
        mt.rows[0].cells[i].text = h
        _shade(mt.rows[0].cells[i], "E2EFDA")

    d.add_heading("Section 4: Timetable", 1)
    d.add_paragraph("List the main milestones, from order to completion:")
    tt = d.add_table(rows=6, cols=2)
    tt.style = "Table Grid"
    tt.rows[0].cells[0].text, tt.rows[0].cells[1].text = "Milestone", "Date (month and year)"

    d.add_heading("Section 5: Supporting documents", 1)
    d.add_paragraph(
        "Email these with your form. Tick the last column for each one you are sending. If a "
        "document you sent at Stage 1 has not changed, you still need to send it again."
    )
    dt = d.add_table(rows=len(ASHENBURY_DOCS) + 1, cols=3)
    dt.style = "Table Grid"
    for i, h in enumerate(("Document", "Required from", "Enclosed \u2713")):
        dt.rows[0].cells[i].text = h
        _shade(dt.rows[0].cells[i], "E2EFDA")
    for i, (doc, who) in enumerate(ASHENBURY_DOCS, start=1):
        dt.rows[i].cells[0].text = doc
        dt.rows[i].cells[1].text = who
        dt.rows[i].cells[2].text = BOX

    d.add_heading("Section 6: Declaration", 1)
    d.add_paragraph(
        "I confirm, on behalf of the organisation, that: the information in this application "
        "is correct; our governing body has approved this application; we have an equal "
        "opportunities policy and a health and safety policy which we follow; we hold public "
        "liability insurance of at least £5 million; and we will repay the grant if it is "
        "not used for the project described."
    )
    _label_table(d, ["Signature", "Name", "Position", "Date"], "E2EFDA")
    d.add_paragraph()
    d.add_paragraph(
        "Data protection: Ashenbury District Council will use the information in this form "
        "to assess your application and manage any grant, and will publish the names of "
        "funded organisations, the amounts and the carbon savings. Privacy notice: "
        "ashenbury.example.gov.uk/privacy/grants."
    )
    pt = d.add_table(rows=3, cols=4)
    pt.style = "Table Grid"
    m = pt.rows[0].cells[0].merge(pt.rows[0].cells[3])
    m.text = "FOR PANEL USE ONLY"
    _shade(m, "D9D9D9")
    for i, h in enumerate(("2.1 (x20%)", "2.2 (x25%)", "2.3 (x15%)", "2.4 (x15%)")):
        pt.rows[1].cells[i].text = h
    for i, h in enumerate(("2.5 (x10%)", "2.6 (x15%)", "Total %", "Decision")):
        pt.rows[2].cells[i].text = h
    out = HERE / "ashenbury-district-council-net-zero-communities-fund-stage-2-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------------------------------- Edgecote (docx)

# (ref, question, answer text or "" for an empty box, box height, scored)
EDGECOTE_B = [
    ("B1", "What growing project do you want to do, and where? (up to 200 words)", "", 2600, True),
    (
        "B2",
        "Who will take part? Tell us how you will include people who do not have a garden of "
        "their own. (up to 150 words)",
        "",
        2000,
        True,
    ),
    (
        "B3",
        "How will the project help wildlife, or cut waste, water use or carbon? For example "
        "composting, rainwater harvesting, going peat-free. (up to 150 words)",
        "",
        2000,
        True,
    ),
    (
        "B4",
        "Do you have the landowner's permission for the project?",
        f"{BOX} Yes   {BOX} No, not yet   {BOX} We are the landowner",
        0,
        False,
    ),
    (
        "B5",
        "How will you look after what you create in the years after the grant? (about 100 words)",
        "",
        1500,
        True,
    ),
    (
        "B6",
        "Is there anything else you would like the Committee to know? (optional)",
        "",
        1200,
        False,
    ),
]


def edgecote() -> None:
    """A parish council's growing grant form with a 'Panel use: score' column beside answers."""
    from docx.shared import Cm, Pt

    d = _new(
        "Allotments and Community Growing Grant 2027",
        "Edgecote Parish Council",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Edgecote Parish Council - Environment Committee"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Clerk: Mr D. Ashwell, Edgecote Village Hall, Mill Lane, Edgecote EG7 2RW. "
        "clerk@edgecote-pc.example.gov.uk. Form EC/G/27."
    )
    fp.runs[0].font.size = Pt(8)

    d.add_heading("Allotments and Community Growing Grant 2027", 0)
    d.add_paragraph(
        "The Parish Council has £4,000 this year for allotment associations, community "
        "gardens, school growing clubs and other groups in the parish who grow food or plants "
        "together. You can ask for up to £1,500. We will normally pay up to two thirds of the "
        "cost of a project, and the group finds the rest, which can include donated materials."
    )
    d.add_paragraph(
        "The Environment Committee scores each answer in Part B from 0 to 3 using the scoring "
        "matrix at the end of this form, and writes the score in the grey column beside your "
        "answer. Please leave the grey column blank."
    )
    d.add_paragraph("Send the form to the Clerk by Friday 12 February 2027.")

    d.add_heading("Part A: Your group", 1)
    _label_table(
        d,
        [
            "Name of group",
            "Contact name",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Your group is",
            "How many members or plot holders do you have?",
        ],
        "EAF1DD",
        tall=("Address",),
    )
    d.tables[-1].rows[6].cells[
        1
    ].text = (
        f"{BOX} an allotment association  {BOX} a community garden  {BOX} a school  {BOX} other"
    )

    d.add_heading("Part B: Your project", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells
    h0.text, h1.text = "Question and your answer", "Panel use: score (0-3)"
    _shade(h0, "EAF1DD")
    _shade(h1, "BFBFBF")
    for ref, question, answer, height, scored in EDGECOTE_B:
        q = t.add_row()
        q.cells[0].text = f"{ref}  {question}"
        q.cells[0].paragraphs[0].runs[0].bold = True
        _shade(q.cells[0], "EAF1DD")
        _shade(q.cells[1], "BFBFBF")
        q.cells[1].text = "Score:" if scored else "Not scored"
        q.cells[1].paragraphs[0].runs[0].font.size = Pt(8)
        a = t.add_row()
        _shade(a.cells[1], "BFBFBF")
        if answer:
            a.cells[0].text = answer
        else:
            _row_height(a, height)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(13.5), Cm(3.5)

    d.add_heading("Part C: Money", 1)
    _label_table(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking for (£)",
            "Other money or donations, and who from",
        ],
        "EAF1DD",
    )
    d.add_paragraph()
    d.add_paragraph("What you will buy:")
    ct = d.add_table(rows=6, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text, ct.rows[0].cells[1].text = "Item", "Cost (£)"
    ct.rows[5].cells[0].text = "Total"

    d.add_heading("Part D: What to send with this form", 1)
    d.add_paragraph(
        "Please send a copy of your group's constitution or rules, and your latest annual "
        "accounts or, if your group does not produce accounts, your last two bank "
        "statements. If you are not the landowner, send the landowner's written permission "
        "as well, and if any one item costs more than £250, a quote for it."
    )
    d.add_paragraph(
        "Your group should hold public liability insurance. Most allotment associations are "
        "covered through their national society's scheme; please tell us if you are not "
        "sure."
    )

    d.add_heading("Part E: Declaration", 1)
    d.add_paragraph(
        "We confirm that the information on this form is correct and that any grant will be "
        "spent on the project described. We will send the Clerk receipts and a photograph of "
        "the finished project within six months. Two members of the group must sign, one of "
        "them the chair, secretary or treasurer."
    )
    st = d.add_table(rows=4, cols=3)
    st.style = "Table Grid"
    for i, h in enumerate(("", "First signatory", "Second signatory")):
        st.rows[0].cells[i].text = h
    for i, h in enumerate(("Signed", "Name and role", "Date"), start=1):
        st.rows[i].cells[0].text = h
        _shade(st.rows[i].cells[0], "EAF1DD")

    d.add_heading("Scoring matrix (for the Environment Committee)", 2)
    mt = d.add_table(rows=5, cols=2)
    mt.style = "Table Grid"
    rows = (
        ("Score", "What it means"),
        ("3", "A clear, well-thought-through answer with examples"),
        ("2", "A good answer with some gaps"),
        ("1", "A weak answer"),
        ("0", "No answer, or the answer does not address the question"),
    )
    for i, (a, b) in enumerate(rows):
        mt.rows[i].cells[0].text, mt.rows[i].cells[1].text = a, b
    d.add_paragraph(
        "B1 and B3 count double. The Committee funds the highest scoring projects first, and "
        "may offer part of the amount asked for."
    )
    d.add_paragraph(
        "Your information: the Parish Council keeps this form for six years and uses it only "
        "to decide and manage grants. Privacy notice: edgecote-pc.example.gov.uk/privacy."
    )
    out = HERE / "edgecote-parish-council-allotments-and-community-growing-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------------------- Gantley (pdf)


def gantley() -> None:
    """A community foundation's fillable Stage 1 expression of interest for tree planting."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "gantley-community-woodland-fund-tree-planting-expression-of-interest.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Trees for Gantley - Stage 1 Expression of Interest")
    c.setAuthor("Gantley and District Community Foundation")
    w, h = A4
    form = c.acroForm
    x0, x2 = 48, w - 48
    leaf = colors.HexColor("#3B7A1E")
    pale = colors.HexColor("#F3F8EF")

    def chrome(page):
        c.setFillColor(leaf)
        c.rect(0, h - 56, w, 56, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x0, h - 30, "Trees for Gantley")
        c.setFont("Helvetica", 9)
        c.drawString(
            x0, h - 45, "Community Woodland Fund 2027-29  |  Stage 1: Expression of Interest"
        )
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(
            x0,
            22,
            "Gantley and District Community Foundation, 9 Orchard Row, Gantley GT3 5WD. "
            "Registered charity 1179260. trees@gantleycf.example.org.uk",
        )
        c.drawRightString(x2, 22, f"EOI form  {page}/2")

    def field(name, tip, x, y, width, height, maxlen=None, multiline=False):
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=leaf,
            fillColor=pale,
            borderWidth=0.5,
            fontSize=9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def short(x, y, label, name, width, maxlen):
        c.setFont("Helvetica", 8)
        c.drawString(x, y, label)
        field(name, label, x, y - 16, width, 13, maxlen)

    def heading(y, text):
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(leaf)
        c.drawString(x0, y, text)
        c.setStrokeColor(leaf)
        c.line(x0, y - 4, x2, y - 4)
        c.setFillColor(colors.black)
        return y - 20

    def radios(x, y, name, tip, options, step=100):
        for i, (val, lab) in enumerate(options):
            xx = x + i * step
            form.radio(
                name=name,
                tooltip=tip,
                value=val,
                selected=False,
                x=xx,
                y=y - 3,
                size=9,
                buttonStyle="circle",
                borderColor=leaf,
                fillColor=pale,
            )
            c.setFont("Helvetica", 8)
            c.drawString(xx + 12, y - 1, lab)

    def question(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 9)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 11 * i, line)
        top = y - 11 * len(lines) - 2
        field(name, " ".join(lines), x0, top - height, x2 - x0, height, maxlen, True)
        return top - height - 14

    chrome(1)
    c.setFont("Helvetica", 8.5)
    y = h - 76
    for line in (
        "Trees for Gantley funds community groups, parish councils, schools and farmers working "
        "with their community to plant trees, hedges",
        "and small woods, and to let land rewild, within 10 miles of Gantley. Grants are £2,000 "
        "to £25,000 and can cover the whole cost; we do",
        "not ask for match funding. There are two stages. This short form is Stage 1. We will "
        "tell you within four weeks whether to go on to",
        "Stage 2, a full application with a site visit. Please do not send any documents with "
        "this form.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 8
    y = heading(y, "1. About you")
    short(x0, y, "Organisation or group name", "org_name", 260, 100)
    short(x0 + 275, y, "Contact name", "contact_name", 224, 60)
    y -= 30
    short(x0, y, "Email", "email", 220, 80)
    short(x0 + 235, y, "Telephone", "phone", 120, 15)
    short(x0 + 370, y, "Postcode", "postcode", 129, 8)
    y -= 32
    c.setFont("Helvetica", 8)
    c.drawString(x0, y, "You are:")
    radios(
        x0 + 44,
        y,
        "org_type",
        "Type of organisation",
        (
            ("group", "Community group"),
            ("charity", "Charity or CIO"),
            ("council", "Parish or town council"),
            ("school", "School"),
            ("farmer", "Farmer or landowner"),
        ),
        step=92,
    )
    y -= 26
    y = heading(y, "2. The site")
    short(x0, y, "Site name or address", "site_name", 300, 120)
    short(x0 + 315, y, "Grid reference or what3words", "grid_ref", 184, 30)
    y -= 30
    short(x0, y, "Area (hectares)", "area_ha", 80, 8)
    c.setFont("Helvetica", 8)
    c.drawString(x0 + 100, y, "Who owns the land?")
    radios(
        x0 + 100,
        y - 14,
        "owner",
        "Who owns the land?",
        (
            ("us", "We do"),
            ("council", "The council"),
            ("private", "A private landowner"),
            ("other", "Other"),
        ),
        step=90,
    )
    y -= 34
    short(x0, y, "About how many trees?", "trees", 100, 8)
    short(x0 + 120, y, "Grant you expect to ask for (£)", "amount", 130, 10)
    c.setFont("Helvetica", 8)
    c.drawString(x0 + 270, y, "Planting season")
    radios(
        x0 + 270,
        y - 14,
        "season",
        "Planting season",
        (("2027", "Winter 2027-28"), ("2028", "Winter 2028-29")),
        step=100,
    )
    y -= 40
    y = heading(y, "3. Your idea")
    y = question(
        y,
        ["E1  Briefly describe your planting or rewilding idea. (up to 150 words)"],
        "e1_idea",
        96,
        maxlen=900,
    )
    y = question(
        y,
        ["E2  Why this site? Tell us about the land now and what will change."],
        "e2_site",
        70,
        maxlen=600,
    )
    c.showPage()
    chrome(2)
    y = h - 80
    y = question(
        y,
        [
            "E3  Who in the community is involved, and how will volunteers take part?",
            "(about 100 words)",
        ],
        "e3_community",
        80,
    )
    y = question(
        y,
        ["E4  How will the trees be looked after for the first five years?"],
        "e4_aftercare",
        70,
    )
    y = heading(y, "4. How we look at Expressions of Interest")
    rows = (
        (
            "Fit with the fund",
            "Trees or rewilding within 10 miles of Gantley, open to the community",
        ),
        ("The site", "Right tree, right place; no planting on peat or priority grassland"),
        ("People", "Volunteers and neighbours involved, not just the landowner"),
    )
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y, "What we look at")
    c.drawString(x0 + 110, y, "What a Green rating needs")
    c.drawString(x0 + 420, y, "Rating")
    y -= 12
    c.setFont("Helvetica", 8)
    for a, b in rows:
        c.drawString(x0, y, a)
        c.drawString(x0 + 110, y, b)
        c.drawString(x0 + 420, y, "Red / Amber / Green")
        y -= 11
    y -= 10
    y = heading(y, "5. If we invite you to Stage 2")
    c.setFont("Helvetica", 8.5)
    for line in (
        "You do not need to send anything now. At Stage 2 every applicant must send:",
        "   \u2022  your governing document (constitution, rules or standing orders);",
        "   \u2022  your latest annual accounts. If your income is under £25,000, accounts signed "
        "by your treasurer are fine; above that,",
        "      they must be independently examined;",
        "   \u2022  a site map showing where the trees will go;",
        "   \u2022  a five-year maintenance plan (we will send you a template).",
        "And, if they apply to you:",
        "   \u2022  the landowner's written consent to the planting and to 15 years' management, "
        "if you do not own the land;",
        "   \u2022  a Forestry Commission screening decision, if you will plant more than 2 "
        "hectares of new woodland;",
        "   \u2022  your safeguarding policy, if volunteers under 18 will take part.",
        "All groups must hold public liability insurance of at least £5 million for planting "
        "days; you do not need to send the certificate.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 8
    y = heading(y, "6. Declaration")
    form.checkbox(
        name="landowner_aware",
        tooltip="I confirm the landowner knows about this Expression of Interest",
        x=x0,
        y=y - 3,
        size=9,
        buttonStyle="check",
        borderColor=leaf,
        fillColor=pale,
    )
    c.setFont("Helvetica", 8.5)
    c.drawString(x0 + 14, y - 1, "I confirm the landowner knows about this Expression of Interest.")
    y -= 22
    short(x0, y, "Name", "decl_name", 220, 60)
    short(x0 + 240, y, "Date", "decl_date", 100, 10)
    y -= 36
    c.setFont("Helvetica-Oblique", 7)
    for line in (
        "We use the information on this form to assess your Expression of Interest and, if you "
        "go on to Stage 2, your application. We may share it with",
        "our partners in the fund, Gantley Water and the Forest of Gantley Partnership. "
        "Privacy notice: gantleycf.example.org.uk/privacy.",
    ):
        c.drawString(x0, y, line)
        y -= 9
    c.save()


# -------------------------------------------------------------------------- Oakenshawe (pdf)

# ("h", heading) | ("h2", subheading) | ("p", text) | ("b", [bullets]) | ("t", [rows "a|b"])
# | ("q", faq)
OAKENSHAWE = [
    ("h", "1. Introduction"),
    (
        "p",
        "Oakenshawe County Council declared a climate emergency in 2019 and wants a third of "
        "the county's electricity to come from local, community-owned sources by 2035. "
        "Community energy groups tell us that the hardest step is the first one: paying for "
        "a proper feasibility study before anyone will lend or invest. The Community Energy "
        "Feasibility Fund pays for those studies.",
    ),
    (
        "p",
        "The fund is run for the Council by Oakenshawe Community Energy Hub (OCEH), a "
        "not-for-profit support service. OCEH officers can talk through your idea before you "
        "apply and will read a draft of your Stage 2 application if you send it at least two "
        "weeks before the deadline.",
    ),
    ("h", "2. What the fund pays for"),
    (
        "p",
        "Grants of £5,000 to £40,000 (up to £60,000 for heat network studies) for studies "
        "that tell a community organisation whether a renewable energy or energy-saving "
        "project is technically possible, affordable and worth taking to the next stage. "
        "Typical studies look at:",
    ),
    (
        "b",
        [
            "rooftop or ground-mounted solar on community buildings, schools, farms and car parks;",
            "small hydro on rivers and mill leats;",
            "community-owned wind, up to three turbines;",
            "heat networks and shared ground loops for a village or estate;",
            "battery storage and local energy trading alongside existing generation.",
        ],
    ),
    (
        "p",
        "A grant can pay for consultants' fees, grid connection enquiries to the distribution "
        "network operator (DNO), site surveys, legal advice on leases and power purchase "
        "agreements, community consultation, and up to 10% of the grant for your own project "
        "management.",
    ),
    ("h", "3. Who can apply"),
    (
        "b",
        [
            "Community benefit societies and co-operatives registered with the Financial "
            "Conduct Authority.",
            "Community interest companies limited by guarantee, and charities (including CIOs).",
            "Parish and town councils, on their own or with a community energy group.",
            "Schools and academies, only as a partner of one of the above.",
        ],
    ),
    (
        "p",
        "Your organisation must be based in Oakenshawe, have been trading for at least 12 "
        "months, and have produced at least one set of annual accounts. Organisations that "
        "have not yet produced accounts cannot apply to this round; talk to OCEH about our "
        "start-up support instead.",
    ),
    ("h", "4. What we do not fund"),
    (
        "b",
        [
            "Building, buying or installing anything: this fund is for studies only.",
            "Studies already started or finished.",
            "Projects that would be owned by a private company, unless at least half of the "
            "profits go to a community organisation.",
            "Studies for a single household.",
        ],
    ),
    ("h", "5. How much you need to put in"),
    (
        "p",
        "We fund up to 80% of the cost of a study. You must find at least 20% yourselves. Up "
        "to half of your 20% can be volunteer time, valued at £20 an hour; the rest must be "
        "cash from your own funds, a parish council, a landowner or another grant. We will "
        "ask for evidence of the cash at Stage 2.",
    ),
    ("h", "6. The two stages"),
    (
        "p",
        "There are two stages. Most groups who are not successful find out at Stage 1, so "
        "they do not spend weeks on a full application.",
    ),
    ("h2", "Stage 1: Expression of Interest"),
    (
        "p",
        "A short online form on the OCEH website. You tell us about your organisation and "
        "answer six questions in up to 1,000 characters each: the technology and the site; "
        "who owns the site; what you already know (for example a DNO enquiry); the community "
        "you serve; your group's experience; and the rough cost of the study. You do not need "
        "to send any documents at Stage 1. We reply within three weeks of the Stage 1 "
        "deadline, with feedback, and invite the strongest ideas to Stage 2.",
    ),
    ("h2", "Stage 2: Full application"),
    (
        "p",
        "A Word form that we send to groups we invite. It has ten questions, scored by the "
        "panel using the matrix in section 7. Most answers have a limit of 500 words; the "
        "project plan question allows two sides of A4. You also attach the documents in "
        "section 8 and at least two consultants' quotes for the study. An OCEH officer will "
        "visit or call you during Stage 2.",
    ),
    (
        "t",
        [
            "What|Stage 1|Stage 2",
            "Opens|Monday 11 January 2027|When we invite you",
            "Deadline|Noon, Friday 5 February 2027|Noon, Friday 9 April 2027",
            "Form|Online, about 30 minutes|Word form, about two weeks' work",
            "Documents|None|See section 8",
            "Decision|By 26 February 2027|Panel on 12 May 2027",
        ],
    ),
    ("h", "7. How we score Stage 2 applications"),
    (
        "p",
        "Each Stage 2 answer is scored 0 to 5 by three panel members and the scores averaged. "
        "The weighting says how much each criterion counts. An application needs at least 60% "
        "overall, and at least 2 on community benefit, to be funded.",
    ),
    (
        "t",
        [
            "Criterion|Weighting|What scores 5",
            "Technical case|25%|A site and technology that fit, and a study brief that will "
            "answer the questions an investor will ask",
            "Community benefit|25%|Clear community ownership and a plan to use any surplus for "
            "local people, especially those in fuel poverty",
            "Carbon|20%|A credible estimate of the carbon the finished project would save",
            "Deliverability|15%|Named people, a realistic timetable, risks and how you will "
            "manage them",
            "Value for money|15%|Quotes compared and a clear reason for the consultant chosen",
        ],
    ),
    (
        "t",
        [
            "Score|Meaning",
            "5|Excellent: fully meets the criterion with strong evidence",
            "4|Good: meets the criterion with some evidence",
            "3|Adequate: meets most of the criterion",
            "2|Weak: meets some of the criterion",
            "1|Poor: little evidence",
            "0|Not answered",
        ],
    ),
    ("h", "8. Documents"),
    (
        "p",
        "At Stage 1 you do not send any documents. If we invite you to Stage 2, every "
        "applicant must send:",
    ),
    (
        "b",
        [
            "your governing document: the rules of your society, your articles of "
            "association or your constitution;",
            "your latest annual accounts, independently examined or audited. We cannot accept "
            "accounts that have only been approved by your own board;",
            "at least two written quotes from consultants for the study;",
            "a letter from the owner of each site saying they support the study and will give "
            "the consultant access;",
            "a copy of the minute of the board, committee or council meeting that approved "
            "the application;",
            "a project plan and timetable for the study (this can be the consultant's);",
            "your environmental policy.",
        ],
    ),
    ("p", "Some applicants must also send:"),
    (
        "b",
        [
            "if a site is a school or academy, a letter from the headteacher and the chair of "
            "governors;",
            "for a heat network study, a letter of intent from at least one possible large "
            "heat customer, such as a school, care home or leisure centre.",
        ],
    ),
    (
        "p",
        "Every applicant must also have an equality and diversity policy and a data "
        "protection policy. We do not need copies, but you will confirm in the Stage 2 "
        "declaration that you have them.",
    ),
    ("h", "9. Insurance"),
    (
        "p",
        "A feasibility study is desk work and site visits by your consultant, so we do not "
        "ask you to hold any particular insurance for it. Your consultant must hold "
        "professional indemnity insurance of at least £1 million; ask for their certificate "
        "before you appoint them.",
    ),
    ("h", "10. Choosing a consultant"),
    (
        "p",
        "Get at least two quotes against the same written brief. OCEH has a template brief "
        "and a list of consultants who have worked on community projects in the county, but "
        "you can use anyone with the right experience. Check that the consultant is "
        "independent of any installer who might later bid for the work.",
    ),
    ("h", "11. If you get a grant"),
    (
        "p",
        "We pay 50% when you sign the grant agreement and appoint the consultant, and the rest "
        "when you send us the final study. You must share a summary of the study with OCEH so "
        "that other groups can learn from it, and tell us each year for five years what "
        "happened next.",
    ),
    ("h", "12. Examples of studies we have funded"),
    (
        "p",
        "Low Marton Energy Co-operative (£18,500): rooftop solar on the village school, two "
        "farm barns and the sports pavilion, 240 kWp in all. The study found that the school "
        "roof needed repair first; the co-operative raised £310,000 from a community share "
        "offer and the panels were installed in 2025.",
    ),
    (
        "p",
        "Riverside Heat (£52,000): a heat network for 140 homes and the leisure centre, "
        "using a water-source heat pump. The study found the scheme was not viable at current "
        "prices, which saved the group from a much more expensive mistake.",
    ),
    (
        "p",
        "Oakenshawe Mill Trust (£9,800): restoring a 15 kW hydro turbine at the old corn "
        "mill. The study led to a successful bid to a national fund.",
    ),
    ("h", "13. Frequently asked questions"),
    ("q", "Can we apply for more than one site?"),
    ("p", "Yes, in one application, if they are part of the same project."),
    ("q", "Do we need to have talked to the DNO before we apply?"),
    (
        "p",
        "No, but a grid capacity check helps, and the study must include a connection enquiry.",
    ),
    ("q", "Can the consultant write our application?"),
    (
        "p",
        "They can help with the technical parts, but the answers on community benefit must "
        "be yours. A consultant who writes your application cannot also carry out the study.",
    ),
    ("q", "What if our study says the project will not work?"),
    (
        "p",
        "That is a useful result. You keep the grant, as long as the study was done properly.",
    ),
    ("h", "14. Glossary"),
    (
        "t",
        [
            "Term|Meaning",
            "DNO|Distribution network operator: the company that runs the local electricity grid",
            "kWp|Kilowatt peak: the most power a solar array produces in full sun",
            "PPA|Power purchase agreement: a contract to sell the electricity you generate, "
            "often to the building's owner",
            "Community benefit society|A kind of co-operative that is run for the benefit of "
            "the wider community, not only its members",
            "Heat network|Pipes carrying heat from a central source to several buildings",
        ],
    ),
    ("h", "15. Contact and data protection"),
    (
        "p",
        "Oakenshawe Community Energy Hub, The Exchange, 3 Wharf Street, Oakenshawe OK1 4EH. "
        "feasibility@oceh.example.org.uk, 01632 960 845. OCEH processes the information in your "
        "application on behalf of Oakenshawe County Council, which is the data controller. "
        "The Council's privacy notice is at oakenshawe.example.gov.uk/privacy/climate.",
    ),
]


def oakenshawe() -> None:
    """A county council's eight-page two-stage community energy feasibility fund guidance."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    out = HERE / "oakenshawe-community-energy-feasibility-fund-guidance.pdf"
    navy = colors.HexColor("#12436D")
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=16, spaceAfter=8)
    small = ParagraphStyle("s", parent=body, fontName="Helvetica", fontSize=9, leading=12)
    head = ParagraphStyle(
        "h", parent=body, fontName="Helvetica-Bold", fontSize=14, textColor=navy, spaceBefore=10
    )
    head2 = ParagraphStyle("h2", parent=head, fontSize=11.5, spaceBefore=4)
    faq = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", fontSize=10.5)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=28, leading=34)

    def on_page(canv, doc):
        canv.saveState()
        if doc.page > 1:
            canv.setFont("Helvetica", 8)
            canv.setFillColor(navy)
            canv.drawString(20 * mm, 287 * mm, "Community Energy Feasibility Fund 2027")
            canv.drawRightString(190 * mm, 287 * mm, "Guidance for applicants: Stages 1 and 2")
            canv.setFillColor(colors.black)
            canv.drawCentredString(105 * mm, 10 * mm, f"{doc.page}")
        canv.restoreState()

    story = [
        Spacer(1, 50 * mm),
        Paragraph("Community Energy Feasibility Fund 2027", title),
        Paragraph(
            "Guidance for applicants: Stage 1 (Expression of Interest) and Stage 2 "
            "(Full application)",
            head,
        ),
        Spacer(1, 10 * mm),
        Paragraph(
            "Oakenshawe County Council, with Oakenshawe Community Energy Hub. Grants of "
            "£5,000 to £40,000 for community energy feasibility studies.",
            body,
        ),
        Paragraph(
            "Version 2, November 2026. Please read all of this guidance before you apply.", small
        ),
        PageBreak(),
        Paragraph("Contents", head),
    ]
    for kind, rest in OAKENSHAWE:
        if kind == "h":
            story.append(Paragraph(rest, small))
    story.append(PageBreak())
    for kind, rest in OAKENSHAWE:
        if kind == "h":
            story.append(Paragraph(rest, head))
        elif kind == "h2":
            story.append(Paragraph(rest, head2))
        elif kind == "q":
            story.append(Paragraph(rest, faq))
        elif kind == "p":
            story.append(Paragraph(rest, body))
        elif kind == "b":
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(b, body), leftIndent=12) for b in rest],
                    bulletType="bullet",
                    start="\u2022",
                    leftIndent=12,
                )
            )
        elif kind == "t":
            rows = [r.split("|") for r in rest]
            n = len(rows[0])
            widths = {2: [45 * mm, 125 * mm], 3: [40 * mm, 30 * mm, 100 * mm]}[n]
            if rows[0][1] == "Stage 1":
                widths = [30 * mm, 70 * mm, 70 * mm]
            t = Table([[Paragraph(c, small) for c in r] for r in rows], colWidths=widths)
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F9DB9")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 10)]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="Community Energy Feasibility Fund 2027: guidance for applicants",
        author="Oakenshawe County Council",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    ashenbury()
    edgecote()
    gantley()
    oakenshawe()


if __name__ == "__main__":
    main()
