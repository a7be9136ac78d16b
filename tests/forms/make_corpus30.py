"""Build set 30's Word and PDF documents (contracts and grant agreements for VCFSE groups).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus30.py
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


def _italic(par, text: str, grey: bool = True):
    from docx.shared import RGBColor

    r = par.add_run(text)
    r.italic = True
    if grey:
        r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    return r


def _label_table(d, rows, widths=None, fill="E7ECEF"):
    """A two-column table: shaded label left, empty cell right."""
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in rows:
        row = t.add_row()
        row.cells[0].paragraphs[0].text = label
        _shade(row.cells[0], fill)
        _row_height(row, 400)
        row.cells[0].width = Cm(6.5) if widths is None else widths[0]
        row.cells[1].width = Cm(10.5) if widths is None else widths[1]
    return t


# --------------------------------------------------------------------------- Dunholme (docx)

DUNHOLME_PASS_FAIL = [
    (
        "B1",
        "Do you hold, or will you hold before the contract starts, public liability insurance "
        "of at least £5 million and employer's liability insurance of at least £5 million?",
    ),
    (
        "B2",
        "Do you have a safeguarding policy that covers adults at risk and has been reviewed in "
        "the last two years?",
    ),
    (
        "B3",
        "Will everyone who runs the cafés, paid or unpaid, have had an enhanced DBS check "
        "before they start?",
    ),
    (
        "B4",
        "Has your organisation, or any of its trustees or directors, been convicted of an "
        "offence listed in Schedule 6 of the Procurement Act 2023?",
    ),
]

# (ref, title, weighting, limit text, question, points to cover)
DUNHOLME_QUALITY = [
    (
        "C1",
        "Running the cafés",
        "25%",
        "Maximum 2 sides of A4",
        "Describe how you will run four cafés a week from November 2027 to March 2028, "
        "including the venues, opening hours and what people will be offered.",
        [
            "venues in at least three of the district's five market towns",
            "a warm drink and a hot snack at every session",
            "information and advice on energy bills, benefits and health",
        ],
    ),
    (
        "C2",
        "Reaching people",
        "15%",
        "Maximum 1 side of A4",
        "How will you reach people who are isolated or struggling with the cost of living, and "
        "who may not come to a café on their own?",
        [],
    ),
]

DUNHOLME_STAFF = (
    "C3",
    "Staff and volunteers",
    "10%",
    "Maximum 1 side of A4 for (a) and (b) together",
)


def _dunholme_question(d, ref, title, weight, limit, text, points) -> None:
    from docx.shared import Pt, RGBColor

    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    head = t.rows[0].cells
    for cell, value in zip(head, (f"{ref}  {title}", f"Weighting: {weight}", limit), strict=True):
        r = cell.paragraphs[0].add_run(value)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, "2E5E4E")
    body = t.rows[1].cells[0].merge(t.rows[1].cells[2])
    body.paragraphs[0].text = text
    if points:
        body.add_paragraph("Your response should cover:")
        for point in points:
            body.add_paragraph(f"•  {point}")
    _shade(body, "EEF4F1")
    answer = t.rows[2].cells[0].merge(t.rows[2].cells[2])
    answer.paragraphs[0].text = ""
    _row_height(t.rows[2], 3200)
    d.add_paragraph().paragraph_format.space_after = Pt(2)


def dunholme() -> None:
    """A district council's light-touch Invitation to Quote for a small VCFSE service."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "ITQ DDC/ITQ/2027/014 Winter Wellbeing Cafes",
        "Dunholme District Council Procurement",
        "Arial",
        11,
    )
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL  |  DDC/ITQ/2027/014"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Dunholme District Council  -  Invitation to Quote (light-touch, below threshold)  -  "
        "Template ITQ-VCS v3.2"
    )
    fp.runs[0].font.size = Pt(8)
    green = RGBColor(0x2E, 0x5E, 0x4E)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = green

    p = d.add_paragraph()
    r = p.add_run("Invitation to Quote")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = green
    p = d.add_paragraph()
    r = p.add_run("Winter Wellbeing Cafés, November 2027 to March 2028")
    r.bold = True
    r.font.size = Pt(14)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (
        ("Reference", "DDC/ITQ/2027/014"),
        ("Estimated value", "£18,000 (fixed price for the whole contract)"),
        ("Procedure", "Light-touch quotation below the threshold for a tender"),
        ("Clarification questions by", "12:00, Monday 12 July 2027"),
        ("Return your quote by", "12:00, Friday 23 July 2027"),
        ("Return to", "procurement@dunholme.example.gov.uk, subject line DDC/ITQ/2027/014"),
    ):
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(k).bold = True
        row.cells[1].paragraphs[0].text = v
        _shade(row.cells[0], "EEF4F1")

    heading("1. Instructions")
    for text in (
        "Dunholme District Council wants a voluntary, community or social enterprise "
        "organisation to run warm, welcoming cafés for residents this winter. The "
        "specification is in Annex 1. Please answer every part of this document and return "
        "it as a Word document or PDF with the documents listed in Part E.",
        "We will evaluate quotes on quality (60%) and price (40%). Part B is pass or fail: a "
        "'No' to B1, B3 or B4 means we cannot consider your quote.",
        "Page limits apply to Part C, not word limits. Use Arial 11 point on A4 with margins "
        "of at least 2 cm. We will not read anything beyond the page limit, and we will not "
        "read links to websites.",
        "This is not a tender. We are not bound to accept the lowest or any quote, and we will "
        "not pay any costs of preparing it.",
    ):
        d.add_paragraph(text)

    heading("Part A: About your organisation")
    _label_table(
        d,
        [
            "A1  Full legal name",
            "A2  Registered address",
            "A3  Contact name for this quote",
            "A4  Email",
            "A5  Telephone",
            f"A6  Legal status: {BOX} Charity or CIO  {BOX} CIC  {BOX} Community benefit "
            f"society  {BOX} Company limited by guarantee  {BOX} Other",
            "A7  Charity and/or company number",
            f"A8  Are you registered for VAT?  {BOX} Yes  {BOX} No",
        ],
    )

    heading("Part B: Pass or fail questions")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("No.", "Question", "Yes", "No"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "EEF4F1")
    for ref, text in DUNHOLME_PASS_FAIL:
        row = t.add_row()
        row.cells[0].paragraphs[0].text = ref
        row.cells[1].paragraphs[0].text = text
        row.cells[2].paragraphs[0].text = BOX
        row.cells[3].paragraphs[0].text = BOX
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(13)
        row.cells[2].width = Cm(1.4)
        row.cells[3].width = Cm(1.4)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run(
        "B5  If you answered No to B2, explain how you will have a suitable policy in place "
        "before the contract starts (maximum half a side of A4)."
    ).bold = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _row_height(t.rows[0], 1600)

    heading("Part C: Quality (60%)")
    d.add_paragraph(
        "Each question shows its weighting and its page limit. The panel scores each answer "
        "from 0 (no answer) to 5 (excellent) and multiplies the score by the weighting."
    )
    for ref, title, weight, limit, text, points in DUNHOLME_QUALITY:
        _dunholme_question(d, ref, title, weight, limit, text, points)
    ref, title, weight, limit = DUNHOLME_STAFF
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for cell, value in zip(
        t.rows[0].cells, (f"{ref}  {title}", f"Weighting: {weight}", limit), strict=True
    ):
        r = cell.paragraphs[0].add_run(value)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, "2E5E4E")
    for i, text in (
        (1, "(a) Describe the staff and volunteers who will run the cafés, and how many of each."),
        (3, "(b) How will you train, supervise and support them?"),
    ):
        c = t.rows[i].cells[0].merge(t.rows[i].cells[2])
        c.paragraphs[0].text = text
        _shade(c, "EEF4F1")
        a = t.rows[i + 1].cells[0].merge(t.rows[i + 1].cells[2])
        a.paragraphs[0].text = ""
        _row_height(t.rows[i + 1], 2200)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    _dunholme_question(
        d,
        "C4",
        "Social value",
        "10%",
        "Maximum half a side of A4",
        "What additional social value will you deliver through this contract, for example "
        "local volunteering, training or work experience?",
        [],
    )

    heading("Part D: Price (40%)")
    d.add_paragraph(
        "Give a fixed price for the whole contract. The lowest compliant price scores 40%; "
        "other prices score in proportion to it."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("Cost element").bold = True
    t.rows[0].cells[1].paragraphs[0].add_run("Price (£)").bold = True
    for item in (
        "Staff and sessional workers",
        "Venue hire",
        "Food and drink",
        "Volunteer expenses",
        "Management and overheads",
        "Total fixed price",
    ):
        row = t.add_row()
        row.cells[0].paragraphs[0].text = item
    d.add_paragraph(
        f"D2  Is your price:  {BOX} inclusive of VAT   {BOX} exclusive of VAT   "
        f"{BOX} not subject to VAT"
    )

    heading("Part E: Documents to return with your quote")
    for text in (
        "this document, completed;",
        "copies of your public liability and employer's liability insurance certificates;",
        "your safeguarding policy;",
        "your latest annual accounts. They do not need to be audited: if you are not required "
        "to publish accounts, a statement of income and expenditure signed by two trustees is "
        "fine;",
        "if you plan to use a subcontractor for any part of the service, a letter from them "
        "confirming they agree to work with you.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "You may add one case study of similar work (no more than one side of A4). It is "
        "optional and will not be scored."
    )

    heading("Part F: Declaration and form of quotation")
    d.add_paragraph(
        "We offer to provide the services described in Annex 1 for the total fixed price in "
        "Part D, on the council's terms and conditions for services under £25,000 (Annex 2). "
        "Our quote is valid for 90 days from the return date."
    )
    d.add_paragraph(
        f"F1  Does anyone in your organisation have a close personal or business connection "
        f"with a Dunholme councillor or officer?  {BOX} Yes  {BOX} No   (If yes, we will "
        "contact you to discuss it.)"
    )
    _label_table(d, ["Signed", "Name", "Position", "Date"])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(
        "Privacy notice: Dunholme District Council processes the information in this quote "
        "to run the procurement and manage any contract, under its public task. See "
        "dunholme.example.gov.uk/privacy/procurement."
    )
    r.font.size = Pt(8.5)
    out = HERE / "dunholme-winter-wellbeing-cafes-invitation-to-quote.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# -------------------------------------------------------------------------- Hebbleton (docx)


def hebbleton() -> None:
    """A borough's grant-in-aid renewal form for long-standing core-funded partners."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Grant-in-Aid renewal application 2027-2030",
        "Hebbleton Borough Council Voluntary Sector Partnerships",
        "Verdana",
        9.5,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = (
        "Hebbleton Borough Council  -  Grant-in-Aid 2027-2030  -  RENEWAL (current partners only)"
    )
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "GIA-R form, issued 1 October 2026. Please do not change the layout of this form."
    fp.runs[0].font.size = Pt(7.5)
    navy = RGBColor(0x1B, 0x3A, 0x5C)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text.upper())
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = navy

    def question(number: str, text: str, limit: str, twips: int) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        p.add_run(f"{number}  ").bold = True
        p.add_run(text).bold = True
        if limit:
            r = p.add_run(f"  [{limit}]")
            r.italic = True
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], twips)

    def grid(headers, rows: int, label_rows=None) -> None:
        t = d.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, headers, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
            _shade(cell, "DCE3EA")
        for i in range(rows):
            row = t.add_row()
            if label_rows:
                row.cells[0].paragraphs[0].text = label_rows[i]
            _row_height(row, 380)

    p = d.add_paragraph()
    r = p.add_run("Grant-in-Aid 2027 to 2030")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = navy
    p = d.add_paragraph()
    r = p.add_run("Renewal application for current strategic partners")
    r.font.size = Pt(12)
    for text in (
        "Grant-in-Aid (GIA) is the council's core funding for the voluntary organisations it "
        "has worked with for many years. This form is only for organisations that hold a GIA "
        "agreement for 2024 to 2027. New organisations should read about the Community Grants "
        "Fund instead.",
        "The council will fund no more than half of your core costs; the other half must come "
        "from other sources. Renewals will be for three years, with each year's payment "
        "depending on your annual monitoring return.",
        "Where a question gives a page limit, we mean a side of A4 in this form's font and size. "
        "Answers beyond the limit will not be read. Return the form, signed by your chair and "
        "your chief officer, to gia@hebbleton.example.gov.uk by 17:00 on Friday 11 December "
        "2026.",
    ):
        d.add_paragraph(text)

    heading("Section 1: Your organisation")
    _label_table(
        d,
        [
            "1.1  Organisation name",
            "1.2  Current GIA agreement reference (for example GIA/24/031)",
            "1.3  Chief officer",
            "1.4  Chair of trustees",
            "1.5  Email for correspondence",
            "1.6  Telephone",
            "1.7  Charity number",
            "1.8  GIA received in 2026/27 (£)",
            "1.9  GIA requested for each year, 2027/28 to 2029/30 (£)",
        ],
        widths=(Cm(8), Cm(8.6)),
        fill="DCE3EA",
    )

    heading("Section 2: Your current agreement")
    d.add_paragraph(
        "2.1  Copy the outcomes from Schedule 2 of your 2024-27 agreement into the table, "
        "with each target, what you have achieved so far and a RAG rating: Red (off track), "
        "Amber (at risk) or Green (on track)."
    )
    grid(("Agreed outcome", "Target", "Achieved to date", "RAG"), 5)
    question(
        "2.2",
        "Where an outcome is Red or Amber, explain why and what you are doing about it.",
        "no more than half a page",
        2400,
    )

    heading("Section 3: The next three years")
    question(
        "3.1",
        "What will the core grant enable your organisation to do in 2027-30 that it could not "
        "do otherwise?",
        "maximum one page",
        4200,
    )
    question(
        "3.2",
        "How does your work contribute to the priorities in the council's Corporate Plan "
        "2026-2030? Refer to the priorities by number.",
        "maximum one page",
        4200,
    )
    question(
        "3.3",
        "What other income do you expect over the three years, and how are you reducing your "
        "reliance on the council's grant?",
        "maximum half a page",
        2400,
    )
    question(
        "3.4",
        "How do the people who use your services help to plan and review them?",
        "",
        2400,
    )
    d.add_paragraph("There is no page limit for 3.4, but please be concise.").runs[0].italic = True
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("3.5  Your main risks over the three years").bold = True
    grid(("Risk", "Likelihood (H/M/L)", "What you are doing about it"), 4)

    heading("Section 4: Core costs")
    grid(
        ("Core cost", "2027/28 (£)", "2028/29 (£)", "2029/30 (£)"),
        6,
        [
            "Salaries and on-costs",
            "Premises",
            "Insurance",
            "Finance, audit or examination",
            "Other core costs",
            "Total core costs",
        ],
    )
    _label_table(
        d,
        ["4.2  Share of your total core costs the GIA would pay in 2027/28 (%)"],
        widths=(Cm(11), Cm(5.6)),
        fill="DCE3EA",
    )

    heading("Section 5: Changes since your last agreement")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("", "Yes", "No"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "DCE3EA")
    for text in (
        "5.1  Has your governing document changed?",
        "5.2  Have your chief officer or chair changed?",
        "5.3  Have your bank details changed?",
        "5.4  Have you reported a serious incident to the Charity Commission since April 2024?",
    ):
        row = t.add_row()
        row.cells[0].paragraphs[0].text = text
        row.cells[1].paragraphs[0].text = BOX
        row.cells[2].paragraphs[0].text = BOX
    question(
        "5.5",
        "If you answered Yes to 5.4, tell us what happened and what you changed as a result.",
        "no more than half a page",
        2400,
    )
    d.add_paragraph(
        "If your bank details have changed, we will send you a supplier amendment form once "
        "the grant is agreed. Please do not send bank details with this form."
    )

    heading("Section 6: Documents")
    d.add_paragraph("Every partner must send, with this form:")
    for text in (
        "your latest annual accounts, audited or independently examined as your "
        "governing document and the Charity Commission require;",
        "your current public liability insurance certificate (cover of at least £10 million);",
        "your safeguarding policy;",
        "your equality and diversity policy;",
        "your business plan or strategy covering 2027 to 2030.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Send these as well if they apply to you:")
    for text in (
        "your new governing document, if you answered Yes to 5.1;",
        "your lone working policy, if your staff or volunteers visit people at home or work "
        "alone in the community.",
    ):
        d.add_paragraph(text, style="List Bullet")

    heading("Section 7: Declaration")
    d.add_paragraph(
        "We confirm that the information in this form is correct and that our board of "
        "trustees has approved this application. We understand that any renewal depends on "
        "the council's budget for 2027/28 and on a satisfactory annual monitoring return."
    )
    _label_table(
        d,
        ["Date the board approved this application"],
        widths=(Cm(8), Cm(8.6)),
        fill="DCE3EA",
    )
    d.add_paragraph()
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("", "Chair of trustees", "Chief officer"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "DCE3EA")
    for row, label in zip(t.rows[1:], ("Signature", "Name", "Date"), strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        _shade(row.cells[0], "DCE3EA")
        _row_height(row, 420)
    d.add_paragraph()
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    _shade(c, "F2F2F2")
    r = c.paragraphs[0].add_run(
        "For council use: Link officer ........   Monitoring RAG ........   Recommendation ........"
    )
    r.font.size = Pt(8)
    out = HERE / "hebbleton-grant-in-aid-renewal-2027-30.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------------------------- Flaxby (fillable PDF)


def flaxby() -> None:
    """A borough's supplier set-up form for VCFSE grant holders and suppliers: no questions."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "flaxby-new-supplier-set-up-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("New supplier or change of supplier details - FIN-SUP-01")
    c.setAuthor("Flaxby Borough Council Finance Service")
    w, h = A4
    form = c.acroForm
    x0, x2 = 42, w - 42
    grey = colors.HexColor("#4D4D4D")
    pale = colors.HexColor("#F3F3F3")

    def field(name, tip, x, y, width, height=14, maxlen=None, multiline=False, comb=False):
        flags = []
        if multiline:
            flags.append("multiline")
        if comb:
            flags.append("comb")
        # reportlab gives a field /MaxLen 100 unless told None: pass it always
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=grey,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            fieldFlags=" ".join(flags),
            maxlen=maxlen,
        )

    def labelled(x, y, label, name, width, maxlen, comb=False):
        c.setFont("Helvetica", 7.5)
        c.drawString(x, y, label)
        field(name, label, x, y - 16, width, 13, maxlen, comb=comb)

    def section(y, letter, text):
        c.setFillColor(colors.black)
        c.rect(x0, y - 3, 16, 13, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(x0 + 8, y, letter)
        c.setFillColor(colors.black)
        c.drawString(x0 + 22, y, text)
        c.setStrokeColor(grey)
        c.line(x0, y - 6, x2, y - 6)
        return y - 22

    def radios(x, y, label, name, options):
        c.setFont("Helvetica", 7.5)
        c.drawString(x, y, label)
        xx = x + c.stringWidth(label, "Helvetica", 7.5) + 8
        for value, text in options:
            form.radio(
                name=name,
                tooltip=label,
                value=value,
                selected=False,
                x=xx,
                y=y - 2,
                size=8,
                buttonStyle="circle",
                borderColor=grey,
                fillColor=pale,
                borderWidth=0.6,
            )
            c.drawString(xx + 11, y, text)
            xx += 11 + c.stringWidth(text, "Helvetica", 7.5) + 10

    # ---- page 1
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0, h - 50, "Flaxby Borough Council")
    c.setFont("Helvetica", 11)
    c.drawString(x0, h - 66, "New supplier or change of supplier details")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(x2, h - 50, "Form FIN-SUP-01  |  version 5  |  April 2026")
    c.drawRightString(x2, h - 60, "Finance Service, PO Box 1180, Flaxby FX1 9ZZ")
    y = h - 84
    for line in (
        "Use this form if the council is going to pay your organisation for the first time (a "
        "grant, a contract or a quote we have accepted), or if your",
        "details have changed. Fill it in on screen, print it, sign it and send it to the council "
        "officer you are working with. They will add the council's",
        "details and send it to Finance. We cannot pay you until your details are set up, which "
        "takes up to ten working days.",
    ):
        c.drawString(x0, y, line)
        y -= 9.5
    y -= 10
    y = section(y, "A", "What do you need?")
    radios(
        x0,
        y,
        "This is:",
        "request_type",
        (("new", "a new supplier"), ("change", "a change to an existing supplier's details")),
    )
    y -= 26
    y = section(y, "B", "Your organisation")
    labelled(x0, y, "Full legal name (as registered)", "legal_name", 290, 100)
    labelled(x0 + 300, y, "Trading or working name, if different", "trading_name", 211, 100)
    y -= 30
    radios(
        x0,
        y,
        "Type:",
        "org_type",
        (
            ("charity", "Charity / CIO"),
            ("cic", "CIC"),
            ("cbs", "Community benefit society"),
            ("company", "Company"),
            ("unincorporated", "Unincorporated association"),
            ("sole", "Sole trader"),
        ),
    )
    y -= 20
    labelled(x0, y, "Charity number", "charity_no", 120, 10)
    labelled(x0 + 130, y, "Company number", "company_no", 120, 8)
    y -= 30
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, y, "Address for correspondence")
    field("address", "Address for correspondence", x0, y - 40, 290, 37, 200, multiline=True)
    labelled(x0 + 300, y, "Postcode", "postcode", 80, 8)
    y -= 54
    radios(x0, y, "Are you registered for VAT?", "vat_registered", (("yes", "Yes"), ("no", "No")))
    labelled(x0 + 300, y + 4, "VAT registration number", "vat_no", 150, 12)
    y -= 34
    y = section(y, "C", "Who we should contact")
    labelled(x0, y, "Contact name", "contact_name", 170, 60)
    labelled(x0 + 180, y, "Telephone", "contact_phone", 110, 20)
    labelled(x0 + 300, y, "Email", "contact_email", 211, 100)
    y -= 30
    labelled(
        x0,
        y,
        "Email for remittance advice (where we send notice of each payment)",
        "remittance_email",
        290,
        100,
    )
    y -= 34
    y = section(y, "D", "Bank details (the account must be in the organisation's name)")
    labelled(x0, y, "Bank or building society", "bank_name", 200, 60)
    labelled(x0 + 210, y, "Account name", "account_name", 301, 100)
    y -= 30
    labelled(x0, y, "Sort code", "sort_code", 84, 6, comb=True)
    labelled(x0 + 100, y, "Account number", "account_no", 112, 8, comb=True)
    labelled(x0 + 230, y, "Building society roll number (if any)", "roll_no", 150, 18)
    y -= 34
    c.setFont("Helvetica-Bold", 7.5)
    for line in (
        "Fraud warning: we will check these bank details by phoning you on a number we find "
        "ourselves, not one written on this form. We will never ask",
        "you to confirm bank details by email. If anyone asks you to change your bank details "
        "by email claiming to be from the council, ring 01632 960 100.",
    ):
        c.drawString(x0, y, line)
        y -= 9.5
    c.setFont("Helvetica", 7)
    c.drawRightString(x2, 24, "FIN-SUP-01  page 1 of 2")
    c.showPage()

    # ---- page 2
    y = h - 50
    y = section(y, "E", "About your organisation (for the council's spending reports)")
    radios(
        x0,
        y,
        "Are you a voluntary, community or social enterprise (VCSE) organisation?",
        "vcse",
        (("yes", "Yes"), ("no", "No")),
    )
    y -= 18
    radios(
        x0,
        y,
        "Are you a small or medium-sized enterprise (fewer than 250 staff)?",
        "sme",
        (("yes", "Yes"), ("no", "No")),
    )
    y -= 30
    y = section(y, "F", "What to send with this form")
    c.setFont("Helvetica", 8)
    for line in (
        "Every organisation must send a bank statement, paying-in slip or letter from the bank, "
        "dated in the last three months, showing the",
        "account name, sort code and account number as printed above. The top part of a "
        "statement is enough: you can cover the transactions.",
        "If you are registered for VAT, also send a copy of your VAT registration certificate.",
        "We do not need your accounts, policies or insurance certificates for this form. The "
        "officer you are working with may ask for them separately.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 10
    y = section(y, "G", "Declaration")
    c.setFont("Helvetica", 8)
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=x0,
        y=y - 2,
        size=9,
        buttonStyle="check",
        borderColor=grey,
        fillColor=pale,
        borderWidth=0.6,
    )
    for line in (
        "I confirm that I am authorised to give these details on behalf of the organisation, "
        "that they are correct, and that I will tell the",
        "council straight away if they change.",
    ):
        c.drawString(x0 + 14, y, line)
        y -= 10
    y -= 10
    labelled(x0, y, "Name", "sign_name", 170, 60)
    labelled(x0 + 180, y, "Position", "sign_position", 150, 60)
    labelled(x0 + 340, y, "Date", "sign_date", 90, 10)
    y -= 30
    labelled(x0, y, "Signature", "signature", 250, 60)
    y -= 40
    c.setStrokeColor(grey)
    c.setDash(2, 2)
    c.rect(x0, y - 70, x2 - x0, 74, stroke=1, fill=0)
    c.setDash()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(
        x0 + 6,
        y - 8,
        "FOR COUNCIL USE ONLY (the officer requesting the set-up completes this part)",
    )
    c.setFont("Helvetica", 7.5)
    for i, line in enumerate(
        (
            "Requesting officer .................................   Service "
            "........................   "
            "Cost centre ..............",
            "Reason:  grant  /  contract  /  quote accepted       Purchase order or grant "
            "reference "
            "...................",
            "Bank details verified by phone on ................ by ................ (number "
            "source: ........................)",
        )
    ):
        c.drawString(x0 + 6, y - 24 - 13 * i, line)
    c.setFont("Helvetica", 6.5)
    c.drawString(
        x0,
        44,
        "Privacy: Flaxby Borough Council uses these details to pay you and to meet its duty to "
        "publish spending over £500. See flaxby.example.gov.uk/privacy.",
    )
    c.setFont("Helvetica", 7)
    c.drawRightString(x2, 24, "FIN-SUP-01  page 2 of 2")
    c.showPage()
    c.save()


# ------------------------------------------------------------------------ Lathbury (text PDF)


def lathbury() -> None:
    """A community foundation's seven-page guide to the monitoring returns due after award."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
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

    out = HERE / "lathbury-foundation-grant-holders-monitoring-guide.pdf"
    teal = colors.HexColor("#006B6B")
    body = ParagraphStyle(
        "body", fontName="Helvetica", fontSize=10.5, leading=14.5, alignment=TA_LEFT
    )
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=17,
        leading=22,
        textColor=teal,
        spaceAfter=8,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=12.5,
        leading=17,
        textColor=teal,
        spaceBefore=10,
        spaceAfter=4,
    )
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5)

    def p(text):
        return [Paragraph(text, body), Spacer(1, 6)]

    def bullets(items):
        return [Paragraph(t, bullet, bulletText="•") for t in items] + [Spacer(1, 6)]

    def table(rows, widths):
        t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=widths)
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6ECEC")),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7FB5B5")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [t, Spacer(1, 8)]

    story = []
    story += [
        Spacer(1, 60),
        Paragraph("Keeping in touch", ParagraphStyle("cover", parent=h1, fontSize=30, leading=36)),
    ]
    story += [
        Paragraph(
            "Monitoring and reporting: a guide for grant holders",
            ParagraphStyle("sub", parent=h1, fontSize=16, textColor=colors.black),
        )
    ]
    story += [Spacer(1, 20)]
    story += p("For grants awarded by Lathbury Community Foundation from 1 January 2027.")
    story += [Spacer(1, 30), Paragraph("Contents", h2)]
    story += bullets(
        [
            "1. Your grant agreement in brief",
            "2. Your reporting timetable",
            "3. What the reports ask",
            "4. Showing how you spent the money",
            "5. If things change",
            "6. Visits and conversations",
            "7. Contact us",
        ]
    )
    story += [Spacer(1, 40)]
    story += [
        Paragraph(
            "This guide is for organisations that already have a grant. If you are thinking of "
            "applying, please read our guidance for applicants instead.",
            small,
        )
    ]
    story += [PageBreak()]

    story += [Paragraph("1. Your grant agreement in brief", h1)]
    story += p(
        "When you accepted your grant you signed a grant agreement. It is the document that "
        "counts, but in short you agreed to:"
    )
    story += bullets(
        [
            "spend the grant only on the project and the budget we agreed, and tell us before you "
            "make any change to either;",
            "send us the reports in section 2 on time;",
            "keep receipts, invoices and payroll records for the grant for six years;",
            "acknowledge the Foundation's support in your publicity, using our logo where you can;",
            "keep public liability insurance of at least £5 million in place for as long as the "
            "grant runs, and employer's liability insurance if you employ anyone;",
            "return any money you have not spent, unless we agree that you can keep it.",
        ]
    )
    story += p(
        "You can move up to 10% of the grant between the lines of your agreed budget without "
        "asking us. For anything larger, email us first: we say yes to most sensible requests."
    )
    story += [PageBreak()]

    story += [Paragraph("2. Your reporting timetable", h1)]
    story += p("How often you report depends on the size and length of your grant.")
    story += table(
        [
            ["Grant", "What we ask for", "When"],
            [
                "Under £5,000",
                "An end-of-grant report",
                "Within two months of the end date in your agreement",
            ],
            [
                "£5,000 to £20,000, one year",
                "A six-month progress report and an end-of-grant report",
                "Six months after the start date; two months after the end date",
            ],
            [
                "Over £20,000, or any grant over more than one year",
                "An annual report for each year, an end-of-grant report, and a visit or call in "
                "the first year",
                "Within two months of each anniversary of the start date; two months after the "
                "end date",
            ],
        ],
        [45 * mm, 65 * mm, 60 * mm],
    )
    story += p(
        "We send a reminder by email four weeks before each report is due, with a link to the "
        "report form in our grants portal. If you cannot meet a deadline, tell us before it "
        "passes: we would much rather agree a new date than chase you."
    )
    story += p(
        "We do not release the second or later payments of a multi-year grant until we have the "
        "annual report for the year before."
    )
    story += [PageBreak()]

    story += [Paragraph("3. What the reports ask", h1)]
    story += p(
        "All our reports are short, and you fill them in on the portal. This is what the "
        "end-of-grant report asks, so that you can keep notes as you go:"
    )
    story += bullets(
        [
            "What did you do with the grant? (up to 500 words)",
            "What difference did it make, and to whom? Tell us against the outcomes in your "
            "agreement. (up to 500 words)",
            "What did not go to plan, and what did you learn? (up to 300 words)",
            "How many people took part? (a number for each activity)",
            "A story from someone who took part, told in their words if they agree (optional, up "
            "to 300 words)",
        ]
    )
    story += p(
        "The six-month and annual reports ask the first three of these, with lower limits of 250 "
        "words each, and ask whether you are on track to spend the grant."
    )
    story += p(
        "Why do we ask? Your reports help us decide what to fund next and to show our donors what "
        "their money has done. We read every one, and we often share what grant holders tell us "
        "(without names) with other groups."
    )
    story += [PageBreak()]

    story += [Paragraph("4. Showing how you spent the money", h1)]
    story += p(
        "With your end-of-grant report, and with each annual report for a multi-year grant, you "
        "will be asked to upload:"
    )
    story += bullets(
        [
            "a statement of what you spent, line by line against the budget in your agreement "
            "(the portal has a table for this);",
            "receipts or invoices for any single item that cost more than £500;",
            "for staff paid from the grant, a payroll summary showing their pay and the hours "
            "worked.",
        ]
    )
    story += p(
        "Photographs of the project are always welcome but never required. Please make sure that "
        "anyone who can be recognised has agreed to their photograph being used."
    )
    story += p(
        "We check a sample of grants each year in more detail. If yours is chosen, we will ask to "
        "see all the receipts for the grant, so please keep them in one place."
    )
    story += [PageBreak()]

    story += [Paragraph("5. If things change", h1)]
    story += p("Tell us straight away if:")
    story += bullets(
        [
            "the project will be late, or you cannot deliver part of it;",
            "you expect to underspend or overspend the grant by more than 10%;",
            "the person we deal with, your bank details or your address change;",
            "there is a serious incident, such as a safeguarding concern, a theft or a complaint "
            "that could damage your reputation or ours.",
        ]
    )
    story += p(
        "If your bank details change, we will ask you to confirm them by phone before we make any "
        "further payment. We will never ask you to change bank details by email."
    )
    story += p(
        "If you cannot spend the whole grant, we will talk to you about using what is left for "
        "something close to the original project. If that is not possible, we will ask you to "
        "return it."
    )
    story += [PageBreak()]

    story += [Paragraph("6. Visits and conversations", h1)]
    story += p(
        "For grants over £20,000 a member of our grants team will visit you, or talk to you by "
        "video call if you prefer, during the first year. It is not an inspection: we want to "
        "understand your work and hear what would help. You do not need to prepare anything."
    )
    story += p(
        "We hold two online grant holders' meetings a year, where groups share what has worked. "
        "They are optional."
    )
    story += [Paragraph("7. Contact us", h1)]
    story += p(
        "Grants team, Lathbury Community Foundation, The Old Chapel, 4 Mill Lane, Lathbury LB5 2HQ"
    )
    story += p(
        "Telephone 01632 960 740 (Monday to Thursday, 9.30am to 4pm). Email "
        "grants@lathburycf.example.org.uk"
    )
    story += p(
        "Lathbury Community Foundation is a registered charity (no. 1123409). We keep the reports "
        "you send for seven years and use them as our privacy notice explains: "
        "lathburycf.example.org.uk/privacy."
    )

    def on_page(canvas_, doc_):
        canvas_.saveState()
        canvas_.setFont("Helvetica", 8)
        canvas_.setFillColor(teal)
        canvas_.drawString(
            20 * mm,
            12 * mm,
            "Lathbury Community Foundation  |  Keeping in touch: monitoring and reporting guide  "
            "|  January 2027",
        )
        canvas_.drawRightString(A4[0] - 20 * mm, 12 * mm, str(doc_.page))
        canvas_.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="Keeping in touch: monitoring and reporting guide for grant holders",
        author="Lathbury Community Foundation",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    dunholme()
    hebbleton()
    flaxby()
    lathbury()


if __name__ == "__main__":
    main()
