"""Build set 33's Word and PDF documents (rural, parish and town councils, community buildings
and transport).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus33.py
"""

from __future__ import annotations

import datetime as _dt
import random
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


# ----------------------------------------------------------------- Brockwardine (docx)


def brockwardine() -> None:
    """A parish council's precept grant form: one big four-column table per page."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Cm, Pt

    d = _new(
        "Brockwardine Parish Council - Application for a grant from the parish precept",
        "Clerk to Brockwardine Parish Council",
        "Arial",
        10,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = Cm(1.4)
    sec.bottom_margin = Cm(1.4)
    sec.header.paragraphs[0].text = "Brockwardine Parish Council          Form PG1 (2027/28)"
    sec.footer.paragraphs[0].text = (
        "Return to: The Clerk, Brockwardine Parish Council, The Reading Room, Church Lane, "
        "Brockwardine BW7 3QE  |  clerk@brockwardine-pc.example.gov.uk"
    )

    def table(rows: int):
        t = d.add_table(rows=rows, cols=4)
        t.style = "Table Grid"
        widths = (Cm(4.4), Cm(4.5), Cm(4.2), Cm(4.7))
        for row in t.rows:
            for i, c in enumerate(row.cells):
                c.width = widths[i]
        return t

    def banner(t, r, text, fill="1F3B2C"):
        from docx.shared import RGBColor

        m = t.cell(r, 0).merge(t.cell(r, 3))
        par = _set(m, text, bold=True, size=11)
        par.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(m, fill)

    def wide_label(t, r, text, fill="E3EBE5"):
        m = t.cell(r, 0).merge(t.cell(r, 3))
        _set(m, text, bold=True)
        _shade(m, fill)
        return m

    def pair(t, r, label, fill="E3EBE5"):
        """Label over columns 1-2, answer over columns 3-4."""
        lab = t.cell(r, 0).merge(t.cell(r, 1))
        _set(lab, label)
        _shade(lab, fill)
        t.cell(r, 2).merge(t.cell(r, 3))
        _row_height(t.rows[r], 420)

    def quad(t, r, l1, l2, fill="E3EBE5"):
        _set(t.cell(r, 0), l1)
        _shade(t.cell(r, 0), fill)
        _set(t.cell(r, 2), l2)
        _shade(t.cell(r, 2), fill)
        _row_height(t.rows[r], 420)

    def answer(t, r, height):
        t.cell(r, 0).merge(t.cell(r, 3))
        _row_height(t.rows[r], height)

    title = d.add_paragraph()
    run = title.add_run("BROCKWARDINE PARISH COUNCIL")
    run.bold = True
    run.font.size = Pt(15)
    sub = d.add_paragraph()
    run = sub.add_run("Application for a grant from the parish precept, 2027/28")
    run.bold = True
    run.font.size = Pt(12)
    d.add_paragraph(
        "The Parish Council sets aside part of its precept each year for grants to groups that "
        "serve people living in Brockwardine, Lower Wardine and Cold Ash. Grants are made under "
        "the General Power of Competence and are usually between £100 and £1,500. Please read "
        "the notes on the back page before you start, fill in every white box in black ink or "
        "on screen, and keep within the word limits given in brackets. Grey boxes are for you "
        "to read, not to fill in."
    )

    # ---------------------------------------------------------------- page 1 table
    t = table(16)
    banner(t, 0, "PART 1   ABOUT YOUR GROUP")
    pair(t, 1, "1.1  Name of your group")
    pair(t, 2, "1.2  Name of the person we should contact")
    pair(t, 3, "1.3  Their position in the group (for example Secretary)")
    lab = t.cell(4, 0).merge(t.cell(4, 1))
    _set(lab, "1.4  Address for letters")
    _shade(lab, "E3EBE5")
    t.cell(4, 2).merge(t.cell(4, 3))
    _row_height(t.rows[4], 900)
    quad(t, 5, "1.5  Postcode", "1.6  Telephone")
    pair(t, 6, "1.7  Email")
    wide_label(t, 7, "1.8  What kind of group are you? (tick one)")
    _set(t.cell(8, 0), f"{BOX} Registered charity")
    _set(t.cell(8, 1), f"{BOX} Unincorporated club or association")
    _set(t.cell(8, 2), f"{BOX} Community interest company")
    _set(t.cell(8, 3), f"{BOX} Other (please say): ____________")
    pair(t, 9, "1.9  Charity, company or other registration number, if you have one")
    lab = t.cell(10, 0).merge(t.cell(10, 2))
    _set(
        lab,
        "1.10  Does your group have its own bank account that needs two unrelated people to "
        "sign or approve each payment?",
    )
    _shade(lab, "E3EBE5")
    _set(t.cell(10, 3), f"{BOX} Yes     {BOX} No")
    wide_label(
        t,
        11,
        "1.11  What does your group do, and who for? (no more than 50 words)",
    )
    answer(t, 12, 1500)
    m = t.cell(13, 0).merge(t.cell(13, 3))
    _set(
        m,
        "If the answer to 1.10 is No, please talk to the Clerk before you apply: we can only "
        "pay grants into an account held in the group's own name.",
        italic=True,
        size=9,
    )
    _shade(m, "F4F4F4")
    wide_label(t, 14, "For the Clerk only")
    _set(t.cell(15, 0), "Date received:")
    _set(t.cell(15, 1), "Ref. PG/27/")
    _set(t.cell(15, 2), "Acknowledged:")
    _set(t.cell(15, 3), "Meeting:")
    for c in t.rows[15].cells:
        _shade(c, "D9D9D9")

    d.add_page_break()

    # ---------------------------------------------------------------- page 2 table
    t = table(20)
    banner(t, 0, "PART 2   YOUR PROJECT")
    pair(t, 1, "2.1  Name of the project or activity")
    wide_label(
        t,
        2,
        "2.2  Describe the project and say exactly what the grant would pay for. "
        "(no more than 200 words)",
    )
    answer(t, 3, 3000)
    wide_label(
        t,
        4,
        "2.3  How will people who live in the parish benefit? Tell us roughly how many "
        "residents will take part or use it. (no more than 150 words)",
    )
    answer(t, 5, 2400)
    wide_label(
        t,
        6,
        "2.4  How do you know it is needed? For example a survey, a waiting list, or the "
        "Parish Plan. (no more than 100 words)",
    )
    answer(t, 7, 1700)
    quad(t, 8, "2.5  Start date", "Finish date")
    wide_label(
        t,
        9,
        "2.6  If the project will carry on after the grant is spent, how will you pay for it?",
    )
    answer(t, 10, 1400)
    wide_label(t, 11, "2.7  What will the money be spent on? (list each item)")
    for i, head in enumerate(("Item", "Supplier (if known)", "Quote obtained?", "Cost £")):
        _set(t.cell(12, i), head, bold=True)
        _shade(t.cell(12, i), "EEEEEE")
    for r in range(13, 18):
        _row_height(t.rows[r], 380)
    _set(t.cell(18, 2), "Total cost", bold=True)
    _shade(t.cell(18, 2), "EEEEEE")
    m = t.cell(19, 0).merge(t.cell(19, 3))
    _set(
        m,
        "Put every item that costs more than £500 on its own line and tick the quote column "
        "when you have a quote. Costs include VAT unless your group can claim VAT back.",
        italic=True,
        size=9,
    )
    _shade(m, "F4F4F4")

    d.add_page_break()

    # ---------------------------------------------------------------- page 3 table
    t = table(27)
    banner(t, 0, "PART 3   MONEY")
    quad(t, 1, "3.1  Total cost of the project £", "3.2  Amount you are asking us for £")
    m = t.cell(2, 0).merge(t.cell(2, 3))
    _set(
        m,
        "The Parish Council will pay no more than half of the total cost. Your group must "
        "find at least 50% of the cost from its own funds or from other funders, and show us "
        "where it is coming from below.",
        italic=True,
        size=9,
    )
    _shade(m, "F4F4F4")
    wide_label(t, 3, "3.3  Where is the rest of the money coming from?")
    for i, head in enumerate(("Source", "Amount £", "Secured or applied for?", "Date expected")):
        _set(t.cell(4, i), head, bold=True)
        _shade(t.cell(4, i), "EEEEEE")
    for r in (5, 6, 7):
        _row_height(t.rows[r], 380)
    lab = t.cell(8, 0).merge(t.cell(8, 2))
    _set(lab, "3.4  Has the Parish Council given your group a grant in the last three years?")
    _shade(lab, "E3EBE5")
    _set(t.cell(8, 3), f"{BOX} Yes     {BOX} No")
    pair(t, 9, "3.5  If yes, the year and the amount")

    banner(t, 10, "PART 4   DOCUMENTS (tick each one you have enclosed)")
    docs = [
        "A copy of your constitution, rules or other governing document.",
        "Your latest annual accounts, signed by your treasurer or chair. If your group is "
        "less than a year old and has no accounts yet, send a bank statement no more than "
        "three months old instead.",
        "A copy of your current public liability insurance certificate. The Council expects "
        "cover of at least £5 million.",
        "Quotes: for any single item costing more than £500, two written quotes.",
        "Your safeguarding policy, but only if the project involves children, young people "
        "or adults at risk.",
    ]
    for k, text in enumerate(docs):
        r = 11 + k
        _set(t.cell(r, 0), BOX, size=12)
        m = t.cell(r, 1).merge(t.cell(r, 3))
        _set(m, text)

    banner(t, 16, "PART 5   DECLARATION")
    m = t.cell(17, 0).merge(t.cell(17, 3))
    _set(
        m,
        "We confirm that the information on this form is correct, that any grant will be "
        "spent only on the project described, that we will return any money not spent on it, "
        "and that we will send the Clerk receipts and a short report within three months of "
        "the project finishing. Two members of the group's committee must sign, and they "
        "must not be related to each other or live at the same address.",
    )
    for i, head in enumerate(("", "First signatory", "", "Second signatory")):
        _set(t.cell(18, i), head, bold=True)
    for k, lab in enumerate(("Name", "Position", "Signature", "Date")):
        r = 19 + k
        _set(t.cell(r, 0), lab)
        _shade(t.cell(r, 0), "E3EBE5")
        _set(t.cell(r, 2), lab)
        _shade(t.cell(r, 2), "E3EBE5")
        _row_height(t.rows[r], 420)
    wide_label(t, 23, "For the Clerk only")
    _set(t.cell(24, 0), "Considered at meeting of:")
    _set(t.cell(24, 2), "Minute no.:")
    _set(t.cell(25, 0), "Amount awarded £")
    _set(t.cell(25, 2), "Paid (date / cheque or BACS):")
    m = t.cell(26, 0).merge(t.cell(26, 3))
    _set(m, "Notes:")
    for r in (24, 25, 26):
        for c in t.rows[r].cells:
            _shade(c, "D9D9D9")

    d.add_page_break()
    h = d.add_paragraph()
    run = h.add_run("Notes for applicants")
    run.bold = True
    run.font.size = Pt(12)
    for text in (
        "Who can apply? Voluntary and community groups, clubs, charities and social "
        "enterprises whose work benefits people living in the parish. We do not fund "
        "individuals, political parties, or religious activity that promotes one faith, and "
        "we do not pay for things already bought.",
        "How much? Usually between £100 and £1,500. The Council pays no more than half of "
        "the total cost of a project.",
        "When? The Council considers applications at its meetings in May, September and "
        "January. Forms must reach the Clerk two weeks before the meeting.",
        "Insurance. Every group must hold public liability insurance of at least £5 million "
        "and send a copy of the current certificate with this form.",
        "What happens next? The Clerk will acknowledge your form within a week. You may be "
        "invited to speak for up to three minutes at the meeting. We will write to you with "
        "the decision within ten days of the meeting.",
        "Data protection. The Council keeps your form for six years after the grant is paid "
        "and publishes the name of your group and the amount awarded in its minutes.",
    ):
        d.add_paragraph(text)
    del WD_SECTION
    out = HERE / "brockwardine-parish-council-precept-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Hollowdene (docx)

HOLLOWDENE_QUESTIONS = [
    (
        "3.1",
        "Why does your organisation want to take on this asset, and what will you use it for?",
        "500 words",
    ),
    (
        "3.2",
        "Who will benefit, and how does your proposal support the aims of the Council's "
        "Community Asset Transfer Policy (on our website)?",
        "400 words",
    ),
    (
        "3.3",
        "How will you pay for running, repairing and insuring the asset? Give a summary of the "
        "income and costs you expect in each of the first three years.",
        "1 side of A4",
    ),
    (
        "3.4",
        "What experience does your organisation have of managing a building, a budget, staff "
        "or volunteers?",
        "300 words",
    ),
    (
        "3.5",
        "Tell us how local people and other groups have been involved in shaping your plans.",
        "½ side of A4",
    ),
    ("3.6", "Is there anything else you would like the Council to know?", "No limit"),
]


def hollowdene() -> None:
    """A borough's Community Asset Transfer expression of interest with a separate answer
    sheet: the questions and their limits in Part 3, the answer boxes in Part 5."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = _new(
        "Community Asset Transfer - Expression of Interest",
        "Hollowdene Borough Council Property Services",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Hollowdene Borough Council  |  Community Asset Transfer"
    sec.footer.paragraphs[0].text = "CAT1 Expression of Interest  v3.2  (October 2026)"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    d.add_heading("Community Asset Transfer: Expression of Interest", level=0)
    d.add_paragraph(
        "Use this form to tell us that your organisation would like to take on the "
        "management or ownership of a building or piece of land that the Council owns. This "
        "is the first of two stages. If the Council's Asset Review Panel supports your "
        "expression of interest, we will invite you to prepare a full business case and "
        "explain at that point what we need from you."
    )
    d.add_heading("How to fill in this form", level=1)
    for text in (
        "Parts 1 and 2 ask for facts about your organisation and the asset. Fill them in "
        "where they are.",
        "Part 3 lists the questions we want you to answer and the most you should write for "
        "each. Do not write your answers in Part 3. Write them in the Answer Sheet at Part "
        "5, next to the same question number.",
        "Part 4 lists the documents to send with the form. Part 6 is the declaration.",
        "Email the completed form to assets@hollowdene.example.gov.uk, or post it to "
        "Property Services, Hollowdene Borough Council, Civic Centre, Market Street, "
        "Hollowdene HD1 1AA.",
    ):
        d.add_paragraph(text, style="List Number")

    d.add_heading("Part 1: Your organisation", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in (
        "1.1 Full name of the organisation",
        "1.2 Registered address",
        "1.3 Postcode",
        "1.4 Contact name",
        "1.5 Role in the organisation",
        "1.6 Telephone",
        "1.7 Email",
        "1.8 Legal form (tick one):\n"
        f"{BOX} Charitable incorporated organisation   {BOX} Charitable company\n"
        f"{BOX} Community benefit society   {BOX} Community interest company\n"
        f"{BOX} Town or parish council   {BOX} Other: ______________",
        "1.9 Charity, company or society number",
        "1.10 Year the organisation was set up",
        "1.11 Total income in your last financial year (£)",
    ):
        row = t.add_row()
        row.cells[0].text = label
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(8.5)
        _shade(row.cells[0], "DCE6F1")
        _row_height(row, 420)
    if True:
        m = t.rows[7].cells[0].merge(t.rows[7].cells[1])
        del m

    d.add_heading("Part 2: The asset", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in (
        "2.1 Name and address of the building or land",
        "2.2 Is it listed as an Asset of Community Value?\n"
        f"{BOX} Yes    {BOX} No    {BOX} Don't know",
        "2.3 What are you asking for? (tick one)\n"
        f"{BOX} Freehold transfer   {BOX} Lease of 25 years or more\n"
        f"{BOX} Lease of less than 25 years   {BOX} Licence or management agreement",
        "2.4 If you are asking for a lease, how many years?",
    ):
        row = t.add_row()
        row.cells[0].text = label
        _shade(row.cells[0], "DCE6F1")
        _row_height(row, 420)

    d.add_heading("Part 3: The questions", level=1)
    d.add_paragraph(
        "Answer each question in the Answer Sheet at Part 5. The Limit column gives the most "
        "you should write; the Panel will not read beyond it. One side of A4 means Arial or "
        "Calibri 11 point with normal margins."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, head in enumerate(("No.", "Question", "Limit")):
        t.rows[0].cells[i].text = head
    for num, text, limit in HOLLOWDENE_QUESTIONS:
        row = t.add_row()
        row.cells[0].text = num
        row.cells[1].text = text
        row.cells[2].text = limit
        row.cells[0].width = Cm(1.4)
        row.cells[1].width = Cm(12.6)
        row.cells[2].width = Cm(3.0)
    d.add_heading("How will we assess your expression of interest?", level=2)
    d.add_paragraph(
        "The Asset Review Panel, made up of officers from Property Services, Communities and "
        "Finance, will look at whether your plans meet a clear local need, whether your "
        "organisation is likely to be able to run the asset for the long term, and how well "
        "local people have been involved. We do not score Question 3.6."
    )

    d.add_heading("Part 4: Documents to send with this form", level=1)
    for text in (
        "Your governing document (constitution, articles of association or rules).",
        "Your independently examined or audited accounts for the last two financial years.",
        "A list of your trustees, directors or management committee members, with the date "
        "each joined.",
        "If you are asking for part of a site only, a plan with the area you want edged in red.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "Please also tick to confirm that your organisation has these policies in place. Do "
        "not send them now; we will ask for them at the business case stage."
    )
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (text, box) in enumerate(
        (
            ("Equality and diversity policy", BOX),
            ("Safeguarding policy covering children and adults at risk", BOX),
            ("Health and safety policy", BOX),
        )
    ):
        t.rows[i].cells[0].text = text
        t.rows[i].cells[1].text = box
    d.add_paragraph(
        "Any organisation that takes on a Council asset must insure it for its full "
        "rebuilding cost and hold public liability insurance of at least £10 million from "
        "the date of transfer. You do not need to send insurance documents at this stage."
    )

    d.add_page_break()
    d.add_heading("Part 5: Answer Sheet", level=1)
    p = d.add_paragraph()
    r = p.add_run(
        "Write your answers here. Each box will grow as you type. Keep to the limits in Part 3."
    )
    r.italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for num, _text, _limit in HOLLOWDENE_QUESTIONS:
        row = t.add_row()
        row.cells[0].text = num
        row.cells[0].width = Cm(1.6)
        row.cells[1].width = Cm(15.4)
        _shade(row.cells[0], "DCE6F1")
        _row_height(row, 2600)

    d.add_heading("Part 6: Declaration", level=1)
    d.add_paragraph(
        "I confirm that I am authorised to submit this expression of interest on behalf of "
        "the organisation, and that the information in it is true. I understand that an "
        "expression of interest does not commit the Council to transfer the asset."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(("Name", "Position", "Signature", "Date")):
        t.rows[i].cells[0].text = label
        _shade(t.rows[i].cells[0], "DCE6F1")
        _row_height(t.rows[i], 420)
    for par in d.paragraphs:
        for run in par.runs:
            if run.font.size is None and par.style.name == "Normal":
                run.font.size = Pt(11)
    out = HERE / "hollowdene-community-asset-transfer-expression-of-interest.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Quistmoor (fillable pdf)


def quistmoor() -> None:
    """A district council's rural capital grant form as a fillable PDF whose fields carry
    only designer-generated names (form1[0].#subform[0].TextField1[0]) and tooltips."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "quistmoor-rural-communities-capital-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Rural Communities Capital Grant - application form RCCG1")
    c.setAuthor("Quistmoor District Council Economic Development")
    w, h = A4
    form = c.acroForm
    x0, x2 = 40, w - 40
    ink = colors.HexColor("#17324D")
    pale = colors.HexColor("#EAF1F8")
    counters = {"TextField": 0, "CheckBox": 0, "RadioButtonList": 0}
    page = [1]

    def name(kind: str) -> str:
        counters[kind] += 1
        return f"form1[0].#subform[{page[0] - 1}].{kind}{counters[kind]}[0]"

    def text(tip, x, y, width, height=15, maxlen=None, multiline=False):
        form.textfield(
            name=name("TextField"),
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=ink,
            fillColor=pale,
            borderWidth=0.5,
            fontSize=9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def check(tip, x, y):
        form.checkbox(
            name=name("CheckBox"),
            tooltip=tip,
            x=x,
            y=y,
            size=10,
            borderColor=ink,
            fillColor=pale,
            buttonStyle="check",
        )

    def radio(tip, x, y, options):
        nm = name("RadioButtonList")
        xx = x
        c.setFont("Helvetica", 8.5)
        for value, label in options:
            form.radio(
                name=nm,
                tooltip=tip,
                value=value,
                selected=False,
                x=xx,
                y=y,
                size=10,
                borderColor=ink,
                fillColor=pale,
                buttonStyle="circle",
            )
            c.drawString(xx + 13, y + 2, label)
            xx += 13 + c.stringWidth(label, "Helvetica", 8.5) + 14

    def heading(y, text_):
        c.setFillColor(ink)
        c.rect(x0, y - 4, x2 - x0, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 6, y, text_)
        c.setFillColor(colors.black)
        return y - 22

    def label(x, y, text_, size=8.5, font="Helvetica"):
        c.setFont(font, size)
        c.drawString(x, y, text_)

    def wrap(x, y, text_, width, size=8.5, font="Helvetica", leading=11):
        from reportlab.lib.utils import simpleSplit

        c.setFont(font, size)
        for line in simpleSplit(text_, font, size, width):
            c.drawString(x, y, line)
            y -= leading
        return y

    def footer():
        c.setFont("Helvetica", 7)
        c.drawString(x0, 24, "RCCG1  Rural Communities Capital Grant  2027-28")
        c.drawRightString(x2, 24, f"Page {page[0]} of 3")

    # ------------------------------------------------------------------ page 1
    c.setFont("Helvetica-Bold", 15)
    c.setFillColor(ink)
    c.drawString(x0, h - 52, "Quistmoor District Council")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, h - 70, "Rural Communities Capital Grant: application form")
    c.setFillColor(colors.black)
    y = wrap(
        x0,
        h - 90,
        "Capital grants of £5,000 to £40,000 for community buildings, village shops, rural "
        "transport and other facilities in Quistmoor's villages and market towns of fewer "
        "than 10,000 people. Read the Guidance Notes first. Fill in the form on screen and "
        "save it; the boxes for longer answers stop when you reach the limit. Email it with "
        "your documents to ruralgrants@quistmoor.example.gov.uk.",
        x2 - x0,
    )
    y = heading(y - 8, "Section A   The applicant")
    rows = [
        ("A1  Name of organisation", "Name of organisation", 120),
        ("A2  Address", "Address of organisation", 200),
        ("A3  Postcode", "Postcode", 8),
        ("A4  Contact name", "Contact name", 60),
        ("A5  Telephone", "Telephone number", 15),
        ("A6  Email", "Email address", 80),
        ("A7  Charity, company or society number", "Registration number", 12),
    ]
    for lab, tip, ml in rows:
        label(x0, y + 4, lab)
        text(tip, x0 + 200, y, x2 - x0 - 200, 15, ml)
        y -= 21
    label(x0, y + 4, "A8  Legal status")
    opts = (
        "Charity or CIO",
        "Community interest company",
        "Parish or town council",
        "Community benefit society",
    )
    xx = x0 + 200
    for o in opts[:2]:
        check("Legal status - " + o, xx, y + 2)
        label(xx + 14, y + 4, o, size=8)
        xx += 150
    y -= 15
    xx = x0 + 200
    for o in opts[2:]:
        check("Legal status - " + o, xx, y + 2)
        label(xx + 14, y + 4, o, size=8)
        xx += 150
    y -= 22
    label(x0, y + 4, "A9  Are you registered for VAT?")
    radio("Registered for VAT", x0 + 200, y + 2, (("1", "Yes"), ("2", "No")))
    y -= 28

    y = heading(y, "Section B   The project")
    label(x0, y + 4, "B1  Project title")
    text("Project title", x0 + 200, y, x2 - x0 - 200, 15, 80)
    y -= 21
    label(x0, y + 4, "B2  Where will the project be? (address or grid reference)")
    y -= 18
    text("Project location", x0, y, x2 - x0, 15, 150)
    y -= 26
    y = wrap(
        x0,
        y,
        "B3  Describe the capital project: what you will build, buy or improve, and why. "
        "(max 2,400 characters)",
        x2 - x0,
        font="Helvetica-Bold",
    )
    text(
        "B3 Describe the capital project: what you will build, buy or improve, and why.",
        x0,
        y - 150,
        x2 - x0,
        152,
        2400,
        True,
    )
    y -= 166
    y = wrap(
        x0,
        y,
        "B4  Which rural communities will benefit, and how?",
        x2 - x0,
        font="Helvetica-Bold",
    )
    text(
        "B4 Which rural communities will benefit, and how? Maximum 300 words.",
        x0,
        y - 120,
        x2 - x0,
        122,
        None,
        True,
    )
    footer()
    c.showPage()

    # ------------------------------------------------------------------ page 2
    page[0] = 2
    y = h - 50
    y = heading(y, "Section B   The project (continued)")
    y = wrap(
        x0,
        y,
        "B5  Outputs. How many of each will the project deliver by March 2028? Put 0 if none.",
        x2 - x0,
        font="Helvetica-Bold",
    )
    for lab, tip in (
        ("Community buildings or facilities improved", "Output - facilities improved"),
        ("New or improved rural transport services", "Output - transport services"),
        ("Local organisations using the facility each week", "Output - organisations"),
    ):
        label(x0 + 10, y + 3, lab)
        text(tip, x2 - 80, y, 80, 14, 4)
        y -= 19
    y -= 6
    y = wrap(
        x0,
        y,
        "B6  How will the facility be kept going, maintained and paid for once the grant has "
        "been spent? (max 1,200 characters)",
        x2 - x0,
        font="Helvetica-Bold",
    )
    text(
        "B6 How will the facility be kept going, maintained and paid for once the grant has "
        "been spent?",
        x0,
        y - 90,
        x2 - x0,
        92,
        1200,
        True,
    )
    y -= 106
    y = wrap(
        x0,
        y,
        "B7  What will the project do to cut carbon emissions or improve the natural "
        "environment? (max 1,500 characters)",
        x2 - x0,
        font="Helvetica-Bold",
    )
    text(
        "B7 What will the project do to cut carbon emissions or improve the natural environment?",
        x0,
        y - 100,
        x2 - x0,
        102,
        1500,
        True,
    )
    y -= 118
    label(
        x0, y + 4, "B8  Does the project need planning permission or building regulations approval?"
    )
    y -= 18
    radio(
        "Planning permission needed",
        x0 + 10,
        y + 2,
        (("1", "Yes"), ("2", "No"), ("3", "Not sure")),
    )
    y -= 20
    label(x0, y + 4, "B9  If yes, has it been granted?")
    radio("Planning permission granted", x0 + 200, y + 2, (("1", "Yes"), ("2", "Not yet")))
    y -= 30

    y = heading(y, "Section C   Costs and funding")
    y = wrap(
        x0,
        y,
        "Grants pay up to 80% of the eligible capital cost. You must find at least 20% of the "
        "cost from your own funds or other funders; volunteer time does not count towards "
        "it.",
        x2 - x0,
    )
    y -= 6
    for lab, tip, ml in (
        ("C1  Total eligible project cost (£)", "Total project cost", 9),
        ("C2  Grant requested (£)", "Grant requested", 9),
        ("C3  Your match funding (£)", "Match funding amount", 9),
        ("C4  Where the match funding comes from", "Source of match funding", 120),
    ):
        label(x0, y + 4, lab)
        text(tip, x0 + 200, y, x2 - x0 - 200, 15, ml)
        y -= 21
    y -= 4
    label(
        x0,
        y + 4,
        "C5  Has the organisation received any other public subsidy in the last three years?",
    )
    y -= 18
    radio("Other subsidy in last three years", x0 + 10, y + 2, (("1", "Yes"), ("2", "No")))
    label(x0 + 150, y + 4, "If yes, total received (£)")
    text("Total subsidy received", x0 + 260, y, 120, 15, 9)
    footer()
    c.showPage()

    # ------------------------------------------------------------------ page 3
    page[0] = 3
    y = h - 50
    y = heading(y, "Section D   Documents")
    y = wrap(
        x0,
        y,
        "Send these with your form. Tick each one you are sending. We cannot assess an "
        "application until we have them all.",
        x2 - x0,
    )
    y -= 4
    docs = [
        "Your governing document (constitution, articles or rules).",
        "Your latest annual accounts. If the organisation is less than 12 months old, send "
        "your last three months' bank statements instead.",
        "Two written quotes for every item of capital spending in your budget.",
        "Proof that you own the land or building, or a lease with at least 5 years left to run.",
        "Planning permission or building regulations approval, if the project needs it.",
    ]
    for k, doc in enumerate(docs, 1):
        check(f"Document {k} enclosed", x0, y - 1)
        y = wrap(x0 + 16, y, doc, x2 - x0 - 16)
        y -= 5
    y -= 8
    y = heading(y, "Section E   Declaration")
    y = wrap(
        x0,
        y,
        "I confirm that the information in this application is correct, that the "
        "organisation has not started the works, and that it will keep the asset for its "
        "community use for at least five years after the grant is paid. I understand that "
        "the Council may reclaim the grant if these conditions are broken.",
        x2 - x0,
    )
    y -= 4
    check("I agree to the declaration", x0, y - 1)
    label(x0 + 16, y + 1, "I agree to the declaration above")
    y -= 24
    for lab, tip, ml in (
        ("Name", "Name of person signing", 60),
        ("Position", "Position of person signing", 60),
        ("Signature (type your name)", "Signature", 60),
        ("Date", "Date", 10),
    ):
        label(x0, y + 4, lab)
        text(tip, x0 + 200, y, 200, 15, ml)
        y -= 21
    y -= 14
    c.setFillColor(colors.HexColor("#F2F2F2"))
    c.rect(x0, y - 60, x2 - x0, 64, stroke=1, fill=1)
    c.setFillColor(colors.black)
    label(x0 + 6, y - 8, "For office use", size=8, font="Helvetica-Bold")
    label(x0 + 6, y - 24, "Ref: ____________   Received: ____________   Officer: ____________")
    label(x0 + 6, y - 40, "Eligible: Y / N     Panel date: ____________")
    footer()
    c.showPage()
    c.save()


# ----------------------------------------------------------------- Scarlingham (text pdf)


def scarlingham() -> None:
    """A district council's high street fund guidance as a scan would look: a photocopy of a
    two-column leaflet, a little skewed, with running heads, speckles and a punched hole."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame, Paragraph, Spacer

    out = HERE / "scarlingham-market-towns-shopfront-and-high-street-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("scan0047.pdf")
    c.setAuthor("RICOH MP C3004")
    w, h = A4
    rnd = random.Random(33)
    body = ParagraphStyle(
        "b", fontName="Times-Roman", fontSize=12, leading=16.5, alignment=TA_JUSTIFY
    )
    h2 = ParagraphStyle(
        "h", fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=3
    )
    bl = ParagraphStyle("bl", parent=body, leftIndent=11, bulletIndent=1)

    story: list = []

    def hd(t):
        story.append(Paragraph(t, h2))

    def p(t):
        story.append(Paragraph(t, body))
        story.append(Spacer(1, 5))

    def bullets(items):
        for t in items:
            story.append(Paragraph(t, bl, bulletText="\u2022"))
        story.append(Spacer(1, 5))

    hd("1. About the fund")
    p(
        "The Market Towns Shopfront and High Street Fund helps the three market towns of "
        "Scarlingham district (Scarlingham, Oldbridge Magna and Fenby St Giles) keep their "
        "high streets lively, attractive and used. It has two strands. <b>Strand A, "
        "Shopfronts</b>, helps the owners and tenants of ground-floor shops, cafes and other "
        "premises restore or improve the front of their building. <b>Strand B, High Street "
        "Projects</b>, helps community groups, town councils' partners and local traders' "
        "associations run projects that bring people into the town centre: pop-up markets, "
        "planters and benches, wayfinding signs, public art, meanwhile use of empty shops."
    )
    p(
        "The fund is £420,000 over two years. Grants are from £1,000 to £15,000. This leaflet "
        "explains who can apply, what we pay for, how to apply and what to send. Please read "
        "all of it before you start."
    )
    hd("2. Who can apply")
    bullets(
        [
            "Businesses, including sole traders and partnerships, that own or rent ground-"
            "floor premises in a defined town centre (maps are on our website).",
            "Constituted community and voluntary groups, charities, community interest "
            "companies and traders' associations, for Strand B.",
            "Landlords of empty ground-floor units, if the works will help bring the unit "
            "back into use within six months.",
        ]
    )
    p(
        "You must have been trading or running for at least twelve months. We cannot fund "
        "national chains with more than ten outlets, betting shops, payday lenders or "
        "businesses whose main trade is in vapes or e-cigarettes."
    )
    hd("3. What we pay for")
    p(
        "<b>Strand A:</b> repairs and restoration of traditional shopfronts, including "
        "timber frames, stallrisers, pilasters and fascias; hand-painted or traditional "
        "signs; replacement of roller shutters with open-mesh or internal shutters; "
        "canopies and awnings; lighting the shop window; repainting in the colours of the "
        "town's design guide. <b>Strand B:</b> equipment, materials, fees for artists and "
        "designers, short-term hire and the costs of setting up an activity."
    )
    p(
        "We do not pay for: routine maintenance, works started before a grant is offered, "
        "internal refits, stock, rent, business rates, staff wages, or anything another "
        "public body is already paying for."
    )
    hd("4. How much, and what you pay")
    p(
        "The fund pays up to 70% of the eligible cost of the works or project. You must find "
        "at least 30% of the cost yourself, from your own money or from other funders. "
        "Volunteer time and donated materials can count towards your 30% for Strand B only, "
        "at the rates in Annex 2. If you are registered for VAT we pay the grant on the cost "
        "without VAT."
    )
    story.append(
        Paragraph(
            "<i>Example.</i> A shopfront scheme costs £10,000. We can "
            "offer up to £7,000; the owner pays at least £3,000.",
            body,
        )
    )
    story.append(Spacer(1, 5))
    hd("Key dates")
    p(
        "Round 1 opens on 1 April 2027 and closes at noon on 14 June 2027. Round 2 opens on "
        "1 September 2027 and closes at noon on 29 November 2027. The panel meets about six "
        "weeks after each round closes. All works must be finished and claimed by 31 January "
        "2029."
    )
    hd("A case study from the pilot year")
    p(
        "<i>The Old Bakehouse, Fenby St Giles.</i> The owners of this listed Georgian shop "
        "wanted to remove a 1980s plastic fascia and a solid roller shutter that made the "
        "street feel closed after five o'clock. With advice from the Conservation Officer "
        "they restored the timber fascia, had the name painted by hand and fitted an "
        "internal lattice shutter. The works cost £8,400; the pilot fund paid £5,880. 'People "
        "stop to look at the window now,' says the owner, 'and the street looks cared for.'"
    )
    hd("5. Conservation areas and listed buildings")
    p(
        "All three town centres are conservation areas and many buildings on the high "
        "streets are listed. Most shopfront works need planning permission, and works to a "
        "listed building need listed building consent. Please talk to our Conservation "
        "Officer before you apply; the advice is free. Designs should follow the Scarlingham "
        "Shopfront Design Guide (2024)."
    )
    hd("6. How to apply")
    p(
        "Apply online at www.scarlingham.example.gov.uk/highstreetfund. You can save your "
        "application and come back to it. If you cannot use the online form, ring the "
        "Town Centres Team on 01632 960 418 and we will post you a paper copy."
    )
    p(
        "The online form asks about you and your premises or group, and then asks you to "
        "describe the works or project (up to 300 words), explain how it will improve the "
        "high street (up to 200 words), and say how you will look after what is installed "
        "(up to 150 words). Have your answers ready before you start: the form logs you out "
        "after 30 minutes without activity."
    )
    hd("7. What to send with your application")
    p("Everyone must upload:")
    bullets(
        [
            "two like-for-like written quotes for the works or the main costs, from "
            "contractors or suppliers not connected to you;",
            "clear photographs of the building or the site as it is now;",
            "drawings, or a sketch with measurements, of what you propose;",
            "proof that you own the premises, or, if you rent them, the landlord's written "
            "consent to the works;",
            "your latest annual accounts (they do not need to be audited or independently "
            "examined; a sole trader can send the accounts prepared for their tax return).",
        ]
    )
    p("Some applicants must also upload:")
    bullets(
        [
            "the planning decision notice (for a listed building, the listed building "
            "consent) where the works need one (if a decision is still pending, send the "
            "application reference instead and we can offer a grant subject to it);",
            "your safeguarding policy, if your Strand B project will involve children or "
            "adults at risk.",
        ]
    )
    p(
        "Please do not send business plans, VAT certificates or letters of support; we will "
        "not read them."
    )
    hd("8. Insurance")
    p(
        "You must hold public liability insurance of at least £2 million for the premises or "
        "for your event or activity for as long as the works or project last. You do not "
        "need to send the certificate, but we may ask to see it before we pay."
    )
    hd("9. How we decide")
    p(
        "Officers check each application against the criteria below and a panel of three "
        "councillors and two representatives of the towns' business forums decides. We aim "
        "to tell you the decision within eight weeks of a complete application."
    )
    bullets(
        [
            "Impact on the look and use of the high street (40%)",
            "Quality of design and fit with the Design Guide (30%)",
            "Value for money (20%)",
            "Deliverability within the time allowed (10%)",
        ]
    )
    hd("10. If you are offered a grant")
    p(
        "We will send a grant offer letter. Sign and return it within 28 days. You must "
        "finish the works within six months of the offer. We pay the grant in arrears, once "
        "the works are complete, when you send us paid invoices, photographs of the finished "
        "works and a bank details form. For grants over £10,000 we can pay up to half of the "
        "grant part-way through if you show us invoices for the first half of the works."
    )
    p(
        "If you sell the building, or the business stops trading, within three years of the "
        "grant being paid, we may ask for some or all of the grant back."
    )
    hd("11. Subsidy control")
    p(
        "Grants to businesses are a subsidy under the Subsidy Control Act 2022. Most "
        "grants from this fund fall within the Minimal Financial Assistance allowance. The "
        "online form asks you to declare any other subsidy you have received in the current "
        "and two previous financial years."
    )
    hd("12. Data protection")
    p(
        "We use the information you give us to assess your application and manage the "
        "grant. We publish the name of each successful applicant, the town and the amount "
        "awarded. Our privacy notice is on the fund's web page."
    )
    hd("13. Questions people ask")
    p(
        "<b>Can I apply twice?</b> You can apply once to each strand. <b>Can a landlord and "
        "tenant apply together?</b> Yes, but only one of you can receive the grant. <b>Do I "
        "need to use a particular contractor?</b> No, but contractors must be insured and we "
        "recommend those with experience of historic buildings. <b>Can I start work before "
        "I hear from you?</b> No: works that start before a grant is offered cannot be "
        "funded."
    )
    hd("14. Contact")
    p(
        "Town Centres Team, Scarlingham District Council, Council Offices, Sheep Street, "
        "Scarlingham SC3 7LN. Telephone 01632 960 418. Email "
        "highstreetfund@scarlingham.example.gov.uk. Large print and other formats are "
        "available on request."
    )
    hd("Annex 1. Eligible town centre streets")
    p(
        "<b>Scarlingham:</b> Market Place, Sheep Street, High Street, Bridge Street (Nos. "
        "1-41), Church Walk. <b>Oldbridge Magna:</b> The Square, Long Street, Mill Lane "
        "(Nos. 2-18). <b>Fenby St Giles:</b> High Street, Butter Cross, Westgate, Cattle "
        "Market Yard."
    )
    hd("Annex 2. Valuing volunteer time and donations (Strand B)")
    p(
        "Unskilled volunteer time: £12.60 an hour. Skilled volunteer time (for example a "
        "qualified joiner working in their trade): £25 an hour. Donated materials: the price "
        "you would otherwise have paid, shown by a quote or catalogue price. Keep a simple "
        "timesheet: we will ask for it with your claim."
    )

    pages = 0
    head = (
        "SCARLINGHAM DISTRICT COUNCIL  -  MARKET TOWNS SHOPFRONT AND HIGH STREET FUND  -  "
        "GUIDANCE NOTES 2027/28"
    )
    while story:
        pages += 1
        # paper tone and scanner shadow
        c.setFillColor(colors.HexColor("#F7F5EF"))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#C8C8C8"))
        c.rect(0, 0, 7, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#6E6E6E"))
        for _ in range(90):
            x, yy = rnd.uniform(10, w - 10), rnd.uniform(10, h - 10)
            c.circle(x, yy, rnd.uniform(0.2, 0.7), stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#DDDDDD"))
        c.circle(24, h / 2 + 60, 7, stroke=0, fill=1)
        c.circle(24, h / 2 - 60, 7, stroke=0, fill=1)
        c.saveState()
        c.translate(w / 2, h / 2)
        c.rotate(0.4 if pages % 2 else -0.3)
        c.translate(-w / 2, -h / 2)
        c.setFillColor(colors.black)
        c.setFont("Times-Italic", 8)
        c.drawString(48, h - 40, head)
        c.setLineWidth(0.4)
        c.line(48, h - 44, w - 48, h - 44)
        if pages == 1:
            c.setFont("Times-Bold", 19)
            c.drawString(48, h - 76, "Market Towns Shopfront and High Street Fund")
            c.setFont("Times-Roman", 12)
            c.drawString(
                48, h - 94, "Guidance notes for applicants, 2027/28. Please keep these notes."
            )
            top = h - 108
        else:
            top = h - 52
        col_w = (w - 112 - 20) / 2
        for i in range(2):
            f = Frame(56 + i * (col_w + 20), 60, col_w, top - 60, 0, 0, 0, 0, showBoundary=0)
            f.addFromList(story, c)
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(w / 2, 36, f"- {pages} -")
        c.restoreState()
        c.showPage()
    c.save()


def main() -> None:
    brockwardine()
    hollowdene()
    quistmoor()
    scarlingham()


if __name__ == "__main__":
    main()
