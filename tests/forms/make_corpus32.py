"""Build set 32's Word and PDF documents (housing, homelessness, cost of living and food).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus32.py
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


def _el(tag: str, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


def _label_table(d, rows, fill="DCE6F0"):
    """Shaded label cells on the left, empty cells on the right."""
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in rows:
        row = t.add_row()
        row.cells[0].text = label
        _shade(row.cells[0], fill)
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(10)
    return t


# ---------------------------------------------------- Brenchwick (docx, separate answer sheet)

BRENCHWICK_QUESTIONS = [
    (
        "B1",
        "Describe the households you support and how they reach you: referral routes, drop-in "
        "sessions, outreach.",
        "maximum 300 words",
    ),
    (
        "B2",
        "How will you decide which households receive support, and how will you check that "
        "they meet the fund's criteria?",
        "maximum 300 words",
    ),
    (
        "B4",
        "How will you make sure households are also offered advice on income, debt and energy "
        "costs, so that they are less likely to need crisis support again?",
        "maximum 250 words",
    ),
    (
        "B5",
        "How will you keep personal data safe, and how will you record what you give to each "
        "household?",
        "maximum 200 words",
    ),
    (
        "B6",
        "Strand 2 (cash-first) applicants only: tell us about your experience of handling cash, "
        "vouchers or payment cards on behalf of other people, and the checks you use.",
        "maximum 200 words",
    ),
]


def brenchwick() -> None:
    """A county's crisis fund delivery partner form: questions in Part B, answers in Part D."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Crisis and Resilience Fund 2027-28: delivery partner application",
        "Brenchwick County Council Financial Inclusion Team",
        "Arial",
        10.5,
    )
    teal = RGBColor(0x00, 0x5F, 0x73)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE when completed"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = (
        "CRF-DP1 (2027-28)  |  Brenchwick County Council, Financial Inclusion Team, "
        "County Offices, Brenchwick BW1 1XA  |  crisisfund@brenchwick.example.gov.uk"
    )
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = teal
        p.paragraph_format.space_before = Pt(12)

    def para(text: str, size: float = 10.5, italic: bool = False, bold: bool = False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.italic = italic
        r.bold = bold
        return p

    t = para("Crisis and Resilience Fund 2027-28", size=20, bold=True)
    t.runs[0].font.color.rgb = teal
    para("Delivery partner application (formerly the Household Support Fund)", size=13)
    para(
        "The Crisis and Resilience Fund replaces the Household Support Fund from April 2026. "
        "Brenchwick County Council gives part of its allocation to voluntary, community, faith "
        "and social enterprise (VCFSE) partners who know the households that need help. We are "
        "looking for partners for two strands:"
    )
    for line in (
        "Strand 1: food, energy and essentials support given in kind (food parcels, pantry "
        "membership, white goods, warm packs), grants of £10,000 to £60,000;",
        "Strand 2: cash-first support (supermarket vouchers, payment cards or bank transfers to "
        "households), grants of £25,000 to £120,000.",
    ):
        p = d.add_paragraph(style="List Bullet")
        p.add_run(line)
    para(
        "How this form works. Part B lists the questions and Part D is the answer sheet. Read "
        "all the questions first, then write each answer in the answer sheet in the row with "
        "the same number. Please keep to the maximum length shown after each question: the "
        "panel will not read beyond it. B3 and B7 are answered in Part B itself."
    )
    para(
        "We will pay up to 10% of the grant towards your administration costs. We do not "
        "expect partners to add money of their own: the fund can pay for the whole of the "
        "support you give.",
        italic=True,
    )

    heading("Part A  Your organisation")
    _label_table(
        d,
        [
            "A1  Organisation name",
            "A2  Registered address and postcode",
            "A3  Contact name",
            "A4  Contact's role",
            "A5  Email",
            "A6  Telephone",
            "A7  Charity or company number",
            f"A8  Legal structure (tick one)   {BOX} Charity   {BOX} CIO   {BOX} CIC   "
            f"{BOX} Company limited by guarantee   {BOX} Other",
            "A9  Total income in your last financial year (£)",
            "A10  Is your organisation registered for VAT? (Yes / No)",
        ],
    )

    heading("Part B  Questions")
    para(
        "Write your answers to B1, B2, B4, B5 and B6 in the answer sheet in Part D.",
        italic=True,
    )
    for ref, text, limit in BRENCHWICK_QUESTIONS[:2]:
        p = d.add_paragraph()
        p.add_run(f"{ref}  ").bold = True
        p.add_run(text + " ")
        p.add_run(f"({limit})").italic = True
    p = d.add_paragraph()
    p.add_run("B3  ").bold = True
    p.add_run("What kinds of support will you give? Tick all that apply.")
    for opt in (
        "Food parcels or pantry membership",
        "Supermarket or fuel vouchers (Strand 2)",
        "Payment cards or bank transfers (Strand 2)",
        "White goods, beds and bedding",
        "Warm packs, blankets and clothing",
        "Help with water bills",
    ):
        d.add_paragraph(f"{BOX}  {opt}").paragraph_format.left_indent = Cm(1)
    for ref, text, limit in BRENCHWICK_QUESTIONS[2:]:
        p = d.add_paragraph()
        p.add_run(f"{ref}  ").bold = True
        p.add_run(text + " ")
        p.add_run(f"({limit})").italic = True
    p = d.add_paragraph()
    p.add_run("B7  ").bold = True
    p.add_run("How many households do you expect to support between April 2027 and March 2028? ")
    p.add_run("Households: ________").bold = True

    heading("Part C  Money")
    _label_table(
        d,
        [
            "C1  Total grant requested (£)",
            "C2  Of which administration costs (£, no more than 10% of C1)",
        ],
    )
    para("C3  How the grant will be spent. Add rows if you need to.")
    t = d.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    for i, head in enumerate(
        ("Type of support", "Households", "Average per household (£)", "Total (£)")
    ):
        t.rows[0].cells[i].text = head
        _shade(t.rows[0].cells[i], "DCE6F0")
    t.rows[5].cells[0].text = "Total"

    heading("Part D  Answer sheet")
    para(
        "Write each answer in the right-hand cell of its row. The cells grow as you type. The "
        "maximum length is repeated in the left-hand cell.",
        italic=True,
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Question"
    t.rows[0].cells[1].text = "Your answer"
    for cell in t.rows[0].cells:
        _shade(cell, "005F73")
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            r.bold = True
    for ref, _text, limit in BRENCHWICK_QUESTIONS:
        row = t.add_row()
        row.cells[0].text = f"{ref}\n({limit})"
        _shade(row.cells[0], "DCE6F0")
        row.cells[0].width = Cm(3)
        row.cells[1].width = Cm(14)
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(_el("w:trHeight", val=2600, hRule="atLeast"))

    heading("Part E  Documents")
    para(
        "Email these documents with your application. Tick the last column for each one you "
        "are sending."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, head in enumerate(("Document", "Who must send it", "Sent")):
        t.rows[0].cells[i].text = head
        _shade(t.rows[0].cells[i], "DCE6F0")
    for doc, who in (
        ("Safeguarding policy covering adults at risk and children", "All partners"),
        ("Data protection policy", "All partners"),
        (
            "Latest annual accounts, audited or independently examined",
            "All partners",
        ),
        ("Public liability insurance certificate (at least £5 million)", "All partners"),
        ("Anti-fraud policy", "Strand 2 partners only"),
        (
            "Governing document",
            "New partners only (we already hold copies for partners funded in 2026-27)",
        ),
    ):
        row = t.add_row()
        row.cells[0].text = doc
        row.cells[1].text = who
        row.cells[2].text = BOX

    heading("Part F  Declaration")
    para(
        "I confirm that the information in this application is correct, that I am authorised "
        "to apply on behalf of the organisation, and that the organisation will use any grant "
        "only in line with the Crisis and Resilience Fund guidance."
    )
    d.add_paragraph(
        f"{BOX}  We agree to send a monitoring return by the 5th working day of each month."
    )
    _label_table(d, ["Signature", "Name", "Position", "Date"])
    out = HERE / "brenchwick-crisis-and-resilience-fund-delivery-partner-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------ Marlingdean (docx guidance, route table)


def marlingdean() -> None:
    """A district's homelessness prevention grants guidance with an "If ... / Send ..." table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Homelessness Prevention Partnership Grants 2027-29: guidance",
        "Marlingdean District Council Housing Options Service",
        "Verdana",
        9.5,
    )
    red = RGBColor(0x9B, 0x1B, 0x30)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = (
        "Marlingdean District Council  ·  Housing Options  ·  Homelessness Prevention "
        "Partnership Grants"
    )
    sec.footer.paragraphs[0].text = "Guidance version 1.2  ·  published 4 January 2027"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(7.5)

    def h1(text: str) -> None:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12.5)
        r.font.color.rgb = red
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True

    def para(text: str) -> None:
        d.add_paragraph(text)

    def bullets(items) -> None:
        for it in items:
            d.add_paragraph(it, style="List Bullet")

    t = d.add_paragraph()
    tr = t.add_run("Homelessness Prevention Partnership Grants 2027-29")
    tr.bold = True
    tr.font.size = Pt(19)
    tr.font.color.rgb = red
    d.add_paragraph("Guidance for voluntary and community organisations")

    box = d.add_table(rows=6, cols=2)
    box.style = "Table Grid"
    for i, (k, v) in enumerate(
        (
            ("At a glance", ""),
            ("Grant size", "£5,000 to £30,000 a year, for one or two years"),
            (
                "Total available",
                "£240,000 a year from the council's Homelessness Prevention Grant",
            ),
            ("Opens", "Monday 11 January 2027"),
            ("Closes", "Friday 26 February 2027 at 5pm"),
            ("Decisions", "By the end of April 2027; projects start from 1 June 2027"),
        )
    ):
        box.rows[i].cells[0].text = k
        box.rows[i].cells[1].text = v
        for c in box.rows[i].cells:
            _shade(c, "F6E9EC")
        box.rows[i].cells[0].width = Cm(4)
        box.rows[i].cells[1].width = Cm(12)
    box.rows[0].cells[0].merge(box.rows[0].cells[1])
    box.rows[0].cells[0].paragraphs[0].runs[0].bold = True

    h1("1. Why we are offering these grants")
    para(
        "Last year 1,412 households in Marlingdean asked the council for help because they were "
        "homeless or about to lose their home. Most of them had been struggling for months "
        "before they came to us: rent arrears, a relationship ending, a section 21 notice, a "
        "hospital discharge with nowhere suitable to go. Voluntary and community organisations "
        "often meet these households much earlier than we do. These grants pay for work that "
        "helps people keep their home, or move somewhere safe in a planned way, before a crisis."
    )
    h1("2. What we want to fund")
    para("We will fund projects that do one or more of these things:")
    bullets(
        [
            "tenancy sustainment: practical support for people at risk of losing a tenancy, "
            "such as help with budgeting, benefits, repairs and dealing with the landlord;",
            "early advice on housing rights, including for private renters and lodgers;",
            "rent deposit, bond or rent-in-advance schemes that help people into private "
            "rented homes;",
            "support for people leaving hospital, prison or care who have nowhere settled to live;",
            "mediation for young people at risk of being asked to leave the family home.",
        ]
    )
    para(
        "We will not fund emergency accommodation, capital works to buildings, or work that "
        "the council already has a legal duty to do itself."
    )
    h1("3. Who can apply")
    para(
        "Registered charities, charitable incorporated organisations, community interest "
        "companies, housing associations' community arms, faith groups and constituted "
        "community groups working in Marlingdean. Partnerships are welcome; one organisation "
        "must apply as the lead and hold the grant."
    )
    h1("4. Match funding")
    para(
        "We fund up to 80% of the cost of a project. At least 20% must come from elsewhere: "
        "your own funds, another grant, or in-kind support such as volunteer time or free use "
        "of a building. Tell us where it will come from in the application."
    )
    h1("5. How to apply")
    para(
        "Apply on the council's grants portal at grants.marlingdean.example.gov.uk. The form "
        "has four sections: your organisation, your project (five questions, each with its "
        "own word limit), your budget, and a declaration. You can download a copy of the "
        "questions from the portal to draft your answers offline."
    )
    h1("6. Which documents do you need?")
    para(
        "Work down the table. Everyone sends the documents in the first row. Then, for each "
        "row that describes your organisation or project, send the documents in the right-hand "
        "column as well. Upload them on the last page of the portal."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "If ..."
    t.rows[0].cells[1].text = "Send ..."
    for c in t.rows[0].cells:
        _shade(c, "9B1B30")
        for r in c.paragraphs[0].runs:
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for cond, send in (
        (
            "Everyone",
            "• your governing document\n• your latest annual accounts (see section 7)\n"
            "• your safeguarding policy, which must cover adults at risk\n"
            "• a budget for the project on our template\n"
            "• your public liability insurance certificate (cover of at least £5 million)",
        ),
        (
            "... you give advice on housing or immigration",
            "• your Office of the Immigration Services Commissioner (OISC) registration, or "
            "your Advice Quality Standard certificate",
        ),
        (
            "... you employ staff",
            "• your employer's liability insurance certificate",
        ),
        (
            "... staff or volunteers will visit people in their homes",
            "• your lone working policy",
        ),
        (
            "... you will run a rent deposit or bond scheme",
            "• the written procedures for the scheme, including how you recover bonds",
        ),
        (
            "... you are applying as the lead of a partnership",
            "• a letter from each partner organisation confirming its part in the project",
        ),
    ):
        row = t.add_row()
        row.cells[0].text = cond
        row.cells[1].text = send
        row.cells[0].width = Cm(6)
        row.cells[1].width = Cm(10)
    h1("7. Accounts")
    para(
        "Send your accounts for the most recent financial year. If your annual income is over "
        "£25,000 they must be independently examined or audited. If your income is £25,000 or "
        "less, accounts signed by two trustees or committee members are fine. If your "
        "organisation is too new to have a full year's accounts, talk to us before you apply."
    )
    h1("8. Policies you must have")
    para(
        "As well as the safeguarding policy you send us, you must have an equality and "
        "diversity policy. You do not need to upload it; we will look at it when we visit "
        "funded projects."
    )
    h1("9. How we assess applications")
    para(
        "Officers from Housing Options and the council's community development team score each "
        "application against five criteria: need and evidence (25%), how the project will "
        "prevent homelessness (30%), partnership with the council and others (15%), value for "
        "money (15%) and how you will measure success (15%). A panel of councillors makes the "
        "final decision. We may ask to visit you or to talk through your application."
    )
    h1("10. If you are offered a grant")
    para(
        "You will sign a grant agreement and send us your bank details on our supplier form. "
        "We pay quarterly in advance. You will send a short quarterly return on the number of "
        "households helped and their outcomes, using the categories in the government's "
        "homelessness case-level data (H-CLIC), and a case study every six months."
    )
    h1("11. Contact")
    para(
        "Housing Options Service, Marlingdean District Council, Council Offices, Station Road, "
        "Marlingdean MD4 7RS. Telephone 01632 960 144. Email "
        "preventiongrants@marlingdean.example.gov.uk."
    )
    out = HERE / "marlingdean-homelessness-prevention-partnership-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------- Wraxholme (fillable PDF, word limits in keystroke scripts)

WORD_SCRIPT = (
    "function wxWords(s){var m=s.replace(/^\\s+|\\s+$/g,'');return m?m.split(/\\s+/).length:0;}"
    "function wxLimit(n){if(event.willCommit)return;var v=AFMergeChange(event);"
    "if(wxWords(v)>n){app.alert('Please keep to '+n+' words.');event.rc=false;}}"
)


def wraxholme() -> None:
    """A borough's community food capital grant: word limits enforced by keystroke scripts."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    tmp = HERE / "_wraxholme_tmp.pdf"
    out = HERE / "wraxholme-community-food-capital-grant-application.pdf"
    c = canvas.Canvas(str(tmp), pagesize=A4, invariant=1)
    c.setTitle("Community Food Capital Grant 2027 - application form")
    c.setAuthor("Wraxholme Borough Council Communities Team")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#2E6B30")
    grey = colors.HexColor("#555555")
    pale = colors.HexColor("#F1F6EF")
    x0, x2 = 40, w - 40
    limits: dict[str, int] = {}
    y = 0.0

    def top(n: int) -> float:
        c.setFillColor(green)
        c.rect(0, h - 8, w, 8, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, h - 30, "Wraxholme Borough Council")
        c.setFont("Helvetica", 8)
        c.drawRightString(x2, h - 30, f"Community Food Capital Grant 2027  ·  page {n} of 3")
        c.setStrokeColor(green)
        c.line(x0, h - 36, x2, h - 36)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(grey)
        c.drawString(
            x0,
            24,
            "Communities Team, Wraxholme Borough Council, Civic Centre, Wraxholme WX2 5HQ  ·  "
            "foodgrants@wraxholme.example.gov.uk  ·  01632 960 233",
        )
        c.setFillColor(colors.black)
        return h - 56

    def section(text: str) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(green)
        c.drawString(x0, y, text)
        c.setFillColor(colors.black)
        y -= 16

    def text(lines, size=8.5, font="Helvetica", gap=11) -> None:
        nonlocal y
        c.setFont(font, size)
        for t in lines:
            c.drawString(x0, y, t)
            y -= gap

    def field(name, label, x, width, height=14, maxlen=None, multiline=False, tip=None):
        c.setFont("Helvetica", 8)
        c.drawString(x, y, label)
        form.textfield(
            name=name,
            tooltip=tip or label,
            x=x,
            y=y - height - 3,
            width=width,
            height=height,
            borderColor=grey,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def radios(name, label, options, x=None) -> None:
        nonlocal y
        x = x0 if x is None else x
        c.setFont("Helvetica", 8)
        c.drawString(x, y, label)
        y -= 13
        xx = x
        for value, t in options:
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
            c.drawString(xx + 11, y, t)
            xx += 11 + c.stringWidth(t, "Helvetica", 8) + 14
        y -= 18

    def question(name, lines, words, height, tip) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold", 8.5)
        for t in lines:
            c.drawString(x0, y, t)
            y -= 11
        form.textfield(
            name=name,
            tooltip=tip,
            x=x0,
            y=y - height + 6,
            width=x2 - x0,
            height=height,
            borderColor=grey,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            fieldFlags="multiline",
            maxlen=None,
        )
        y -= height + 2
        if words:
            limits[name] = words
            c.setFont("Helvetica", 7)
            c.drawRightString(x2, y, f"Words: 0 / {words}")
        y -= 14

    # ---------------------------------------------------------------- page 1
    y = top(1)
    c.setFont("Helvetica-Bold", 18)
    c.setFillColor(green)
    c.drawString(x0, y - 6, "Community Food Capital Grant 2027")
    c.setFillColor(colors.black)
    y -= 26
    text(
        [
            "Grants of £1,000 to £15,000 for food banks, community pantries, community fridges, "
            "social supermarkets and",
            "community kitchens in Wraxholme to buy equipment or vehicles, or to adapt a "
            "building, so that they can offer",
            "more choice, store fresh and frozen food, and reach more people. Applications are "
            "open all year and decided",
            "every two months.",
        ]
    )
    y -= 4
    text(
        [
            "Complete the form in Adobe Acrobat Reader or another reader that runs form scripts. "
            "The word counter under each",
            "answer box shows the limit; the form will not let you type past it.",
        ],
        size=7.5,
        font="Helvetica-Oblique",
    )
    y -= 8
    section("1  Your organisation")
    field("org_name", "1.1 Name of organisation", x0, 250)
    field(
        "org_number", "1.2 Charity or company number (if any)", x0 + 265, x2 - x0 - 265, maxlen=12
    )
    y -= 34
    field("org_address", "1.3 Address", x0, 250)
    field("org_postcode", "1.4 Postcode", x0 + 265, 90, maxlen=8)
    y -= 34
    field("contact_name", "1.5 Contact name", x0, 250)
    field("contact_role", "1.6 Role in the organisation", x0 + 265, x2 - x0 - 265)
    y -= 34
    field("contact_email", "1.7 Email", x0, 250)
    field("contact_phone", "1.8 Telephone", x0 + 265, 150, maxlen=15)
    y -= 36
    radios(
        "org_type",
        "1.9 What do you run? Choose the one that fits best.",
        (
            ("foodbank", "Food bank"),
            ("pantry", "Community pantry"),
            ("fridge", "Community fridge"),
            ("supermarket", "Social supermarket"),
            ("kitchen", "Community kitchen or café"),
        ),
    )
    radios(
        "network",
        "1.10 Are you part of a national food network, such as Trussell, Feeding Britain or "
        "Your Local Pantry?",
        (("yes", "Yes"), ("no", "No")),
    )
    section("2  Your project")
    question(
        "q1_project",
        ["2.1 What do you want to buy, build or adapt, and why do you need it now?"],
        300,
        150,
        "2.1 What do you want to buy, build or adapt, and why do you need it now?",
    )
    field("households_now", "2.2 Households you support each week now", x0, 120, maxlen=5)
    field(
        "households_after",
        "2.3 Households you expect to support each week after the project",
        x0 + 265,
        120,
        maxlen=5,
    )
    y -= 36
    c.showPage()

    # ---------------------------------------------------------------- page 2
    y = top(2)
    section("2  Your project (continued)")
    question(
        "q4_beyond",
        [
            "2.4 How will the project help people move beyond emergency food, for example "
            "through advice, cooking",
            "sessions, growing or a pantry membership?",
        ],
        250,
        140,
        "2.4 How will the project help people move beyond emergency food?",
    )
    question(
        "q5_running",
        [
            "2.5 How will you keep the equipment running, and pay for the electricity, "
            "insurance and maintenance",
            "it will need?",
        ],
        200,
        120,
        "2.5 How will you keep the equipment running?",
    )
    radios(
        "food_registered",
        "2.6 Is your organisation registered with the council as a food business?",
        (("yes", "Yes"), ("no", "No"), ("applied", "Applied, waiting")),
    )
    question(
        "q7_vehicle",
        [
            "2.7 If you are buying a vehicle: who will drive it, how will you check their "
            "licences, and how will you",
            "insure it?",
        ],
        None,
        110,
        "2.7 If you are buying a vehicle: who will drive it and how will you insure it?",
    )
    c.showPage()

    # ---------------------------------------------------------------- page 3
    y = top(3)
    section("3  Costs")
    text(["3.1 List everything you want to buy. Attach the quotes listed in Section 4."])
    y -= 2
    c.setFont("Helvetica-Bold", 7.5)
    for head, xx in (("Item", x0), ("Supplier", x0 + 230), ("Cost inc. VAT (£)", x0 + 400)):
        c.drawString(xx, y, head)
    y -= 4
    for r in range(1, 7):
        y -= 16
        for key, xx, wd in (
            ("item", x0, 225),
            ("supplier", x0 + 230, 165),
            ("cost", x0 + 400, x2 - x0 - 400),
        ):
            form.textfield(
                name=f"cost_{key}_{r}",
                tooltip=f"3.1 {key}, row {r}",
                x=xx,
                y=y,
                width=wd,
                height=13,
                borderColor=grey,
                fillColor=pale,
                borderWidth=0.5,
                fontSize=8,
                maxlen=None,
            )
    y -= 26
    field("total_cost", "3.2 Total cost (£)", x0, 110, maxlen=8)
    field("grant_requested", "3.3 Grant requested (£)", x0 + 170, 110, maxlen=8)
    field("own_contribution", "3.4 Your contribution (£)", x0 + 340, 110, maxlen=8)
    y -= 34
    text(
        [
            "You must put in at least 15% of the total cost yourselves. It can come from your "
            "reserves, donations, a",
            "supermarket's community fund or another grant, but not from another council grant.",
        ]
    )
    y -= 6
    section("4  Documents")
    text(["Tick each document you are sending with this form."])
    docs = (
        ("doc_constitution", "Your governing document (constitution, rules or articles)"),
        (
            "doc_accounts",
            "Your latest annual accounts. If you are less than a year old, your last three "
            "months' bank statements instead",
        ),
        (
            "doc_quotes",
            "Quotes: one quote for each item under £1,000 and two quotes for each item of "
            "£1,000 or more",
        ),
        ("doc_insurance", "Your public liability insurance certificate (at least £5 million)"),
        (
            "doc_food",
            "If you store or hand out chilled or frozen food: your food business registration",
        ),
        (
            "doc_landlord",
            "If the equipment will be fitted in a building you rent: your landlord's written "
            "permission",
        ),
    )
    c.setFont("Helvetica", 8)
    for name, label in docs:
        form.checkbox(
            name=name,
            tooltip=label,
            x=x0,
            y=y - 2,
            size=8,
            buttonStyle="check",
            borderColor=grey,
            fillColor=pale,
            borderWidth=0.6,
        )
        c.drawString(x0 + 13, y, label)
        y -= 14
    y -= 6
    section("5  Declaration")
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=x0,
        y=y - 2,
        size=8,
        buttonStyle="check",
        borderColor=grey,
        fillColor=pale,
        borderWidth=0.6,
    )
    text(
        [
            "      I confirm that the information on this form is correct, that our management "
            "committee or trustees have",
            "      agreed to this application, and that we will keep anything bought with the "
            "grant for at least five years.",
        ]
    )
    y -= 6
    field("sign_name", "Name", x0, 170)
    field("sign_position", "Position", x0 + 180, 150)
    field("sign_date", "Date", x0 + 340, 80, maxlen=10)
    y -= 34
    field("signature", "Signature", x0, 250)
    c.save()

    reader = PdfReader(str(tmp))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            a = annot.get_object()
            name = a.get("/T")
            if name in limits:
                js = DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/JavaScript"),
                        NameObject("/JS"): TextStringObject(f"wxLimit({limits[name]});"),
                    }
                )
                a[NameObject("/AA")] = DictionaryObject({NameObject("/K"): js})
    # document-level script (the /Names /JavaScript tree) that the keystroke actions call
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(WORD_SCRIPT),
        }
    )
    tree = DictionaryObject(
        {
            NameObject("/Names"): ArrayObject(
                [TextStringObject("wxLimit"), writer._add_object(action)]
            )
        }
    )
    names = DictionaryObject({NameObject("/JavaScript"): tree})
    writer._root_object[NameObject("/Names")] = names
    with open(out, "wb") as fh:
        writer.write(fh)
    tmp.unlink()


# ----------------------------------------------- Sparrowdene (text PDF, request for quotation)


def sparrowdene() -> None:
    """A district's request for quotation for money advice outreach, with its response form."""
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

    out = HERE / "sparrowdene-money-advice-outreach-request-for-quotation.pdf"
    navy = colors.HexColor("#1F3A5F")
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=13,
        leading=17,
        textColor=navy,
        spaceBefore=10,
        spaceAfter=4,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=11,
        leading=14,
        spaceBefore=8,
        spaceAfter=3,
    )
    cell = ParagraphStyle("cell", parent=body, fontName="Helvetica", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4)

    def p(text):
        return [Paragraph(text, body), Spacer(1, 5)]

    def bl(items):
        return [Paragraph(t, bullet, bulletText="•") for t in items] + [Spacer(1, 5)]

    def grid(rows, widths, head=True, heights=None):
        data = [
            [Paragraph(x, cellb if (head and i == 0) else cell) for x in r]
            for i, r in enumerate(rows)
        ]
        t = Table(data, colWidths=widths, rowHeights=heights)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2EC")))
        t.setStyle(TableStyle(style))
        return [t, Spacer(1, 8)]

    def labels(rows):
        data = [[Paragraph(r, cell), ""] for r in rows]
        t = Table(data, colWidths=[62 * mm, 108 * mm], rowHeights=[9 * mm] * len(rows))
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [t, Spacer(1, 8)]

    s = []
    s += [
        Spacer(1, 30),
        Paragraph("Sparrowdene District Council", ParagraphStyle("c1", parent=h1, fontSize=16)),
        Spacer(1, 6),
        Paragraph(
            "Request for Quotation SDC/RFQ/2027/014",
            ParagraphStyle("c2", parent=h1, fontSize=20, leading=25),
        ),
        Paragraph(
            "Community Money Advice Outreach, 1 July 2027 to 30 June 2029",
            ParagraphStyle("c3", parent=h2, fontSize=13, leading=17),
        ),
        Spacer(1, 14),
    ]
    s += grid(
        [
            ["Contract value", "Up to £48,000 a year (£96,000 over two years)"],
            [
                "Procedure",
                "Below-threshold request for quotation (Contract Procedure Rules, rule 9)",
            ],
            ["Clarification questions by", "12 noon, Monday 22 March 2027"],
            ["Quotations due", "12 noon, Friday 9 April 2027"],
            [
                "Return to",
                'procurement@sparrowdene.example.gov.uk, subject line "SDC/RFQ/2027/014 Quotation"',
            ],
            ["Contact", "Naomi Felsted, Procurement Officer, 01632 960 577"],
        ],
        [55 * mm, 115 * mm],
        head=False,
    )
    s += p(
        "This document has three parts. Part 1 explains what we want to buy and how we will "
        "choose a provider. Part 2 summarises the specification. Part 3 is the Quotation "
        "Response Form, which you complete and return with the documents listed in section 3.4."
    )
    s += [PageBreak()]

    s += [Paragraph("Part 1  About this request for quotation", h1)]
    s += [Paragraph("1.1 Background", h2)]
    s += p(
        "Sparrowdene has three wards in the most deprived 10% in England. The council's Cost "
        "of Living Action Plan commits us to bringing free, independent money advice to "
        "places people already go: food banks and pantries, family hubs, GP surgeries and the "
        "community larder at Brookside. In 2026 a one-year pilot reached 612 households and "
        "found an average of £2,140 a year in unclaimed income for each of them."
    )
    s += [Paragraph("1.2 Who can quote", h2)]
    s += p(
        "We welcome quotations from charities, social enterprises and consortia as well as "
        "companies. You must be authorised by the Financial Conduct Authority for debt "
        "advice, or be exempt, before the contract starts."
    )
    s += [Paragraph("1.3 How we will evaluate quotations", h2)]
    s += p(
        "We will first check that each quotation is complete and that the answers to the "
        'pass / fail questions in Part 3, section B are all "Yes". We will then score '
        "quality (70%) and price (30%). Quality is scored from the answers to questions Q1 to "
        "Q5; social value is part of quality (Q5, 10% of the total). The lowest compliant "
        "price scores full marks for price and other prices score in proportion."
    )
    s += grid(
        [
            ["Score", "What it means"],
            ["5", "Excellent: fully meets the need, with evidence, and adds value"],
            ["3", "Good: meets the need, with some evidence"],
            ["1", "Weak: partly meets the need, with little evidence"],
            ["0", "No answer, or the answer does not meet the need"],
        ],
        [20 * mm, 150 * mm],
    )
    s += [Paragraph("1.4 Timetable", h2)]
    s += grid(
        [
            ["Stage", "Date"],
            ["Request for quotation published", "8 March 2027"],
            ["Clarification questions close", "22 March 2027"],
            ["Quotations due", "9 April 2027"],
            ["Clarification meetings (if needed)", "w/c 19 April 2027"],
            ["Award decision", "7 May 2027"],
            ["Contract starts", "1 July 2027"],
        ],
        [100 * mm, 70 * mm],
    )
    s += [Paragraph("1.5 TUPE", h2)]
    s += p(
        "The pilot was delivered by the council's own financial inclusion officer on a "
        "fixed-term contract. We do not think TUPE applies, but you should take your own "
        "advice."
    )

    s += [Paragraph("Part 2  Summary of the specification", h1)]
    s += p("The full specification is in Appendix 1, sent with this document. In summary:")
    s += bl(
        [
            "at least 12 outreach sessions a month in at least eight community venues, "
            "including every food bank and pantry in the district;",
            "benefit checks, help to claim, debt advice to casework level, and energy and "
            "water bill advice, face to face and by phone;",
            "advisers supervised and their files checked to the Advice Quality Standard or an "
            "equivalent standard;",
            "quarterly reports on households seen, income gained, debt managed and "
            "demographic data, using the council's template;",
            "joint work with the council's Household Support team and the Crisis and "
            "Resilience Fund partners.",
        ]
    )
    s += [Paragraph("2.1 Insurance", h2)]
    s += p(
        "The provider must hold public liability insurance of at least £5 million and "
        "professional indemnity insurance of at least £1 million, and, if it employs staff, "
        "employer's liability insurance of at least £5 million."
    )
    s += [PageBreak()]

    s += [Paragraph("Part 3  Quotation Response Form", h1)]
    s += p(
        "Complete every section. Type in the boxes or print the form and write clearly. "
        "Answer the quality questions in section C on separate sheets, headed with the "
        "question number, and keep to the length shown for each question: we will not read "
        "anything beyond it. A side of A4 means one side in Arial 11 point with normal margins."
    )
    s += [Paragraph("Section A  About you", h2)]
    s += labels(
        [
            "A1 Name of organisation",
            "A2 Registered address",
            "A3 Contact name",
            "A4 Position",
            "A5 Email",
            "A6 Telephone",
            "A7 Charity or company number",
            "A8 VAT registration number (if registered)",
        ]
    )
    s += [Paragraph("Section B  Pass / fail questions", h2)]
    s += grid(
        [
            ["No.", "Question", "Yes", "No"],
            [
                "B1",
                "Are you authorised by the Financial Conduct Authority for debt advice, or "
                "exempt from authorisation?",
                "",
                "",
            ],
            [
                "B2",
                "Will you hold the insurance described in section 2.1 from the start of the "
                "contract?",
                "",
                "",
            ],
            [
                "B3",
                "Do you have an equality and diversity policy that applies to your staff, "
                "volunteers and service users?",
                "",
                "",
            ],
            [
                "B4",
                "Do you comply with UK data protection law and are you registered with the "
                "Information Commissioner's Office?",
                "",
                "",
            ],
        ],
        [12 * mm, 134 * mm, 12 * mm, 12 * mm],
    )
    s += [Paragraph("Section C  Quality questions (70%)", h2)]
    s += grid(
        [
            ["No.", "Question", "Weighting", "Maximum length"],
            [
                "Q1",
                "Describe how you will deliver the service: where and when sessions will "
                "run, who will staff them, how people can get advice between sessions, and how "
                "you will mobilise by 1 July 2027.",
                "20%",
                "2 sides of A4",
            ],
            [
                "Q2",
                "How will you reach people who would not normally seek advice, including "
                "people who speak little English and people with a disability?",
                "15%",
                "1 side of A4",
            ],
            [
                "Q3",
                "Explain how advisers will be trained, supervised and quality-checked, and "
                "which quality standard you hold or will work to.",
                "15%",
                "1 side of A4",
            ],
            [
                "Q4",
                "How will you work with food banks, pantries, the council's Household "
                "Support team and other partners so that people are referred both ways?",
                "10%",
                "500 words",
            ],
            [
                "Q5",
                "What social value will the contract bring to Sparrowdene, for example local "
                "volunteering, training or jobs?",
                "10%",
                "Half a side of A4",
            ],
        ],
        [12 * mm, 110 * mm, 20 * mm, 28 * mm],
    )
    s += [Paragraph("Section D  Price (30%)", h2)]
    s += p(
        "Give your total price for each year, including all costs and any VAT. The price "
        "must not exceed £48,000 in either year."
    )
    s += grid(
        [
            ["", "Year 1 (July 2027 to June 2028)", "Year 2 (July 2028 to June 2029)"],
            ["Staff costs (£)", "", ""],
            ["Venue, travel and outreach costs (£)", "", ""],
            ["Management and overheads (£)", "", ""],
            ["Total (£)", "", ""],
        ],
        [60 * mm, 55 * mm, 55 * mm],
    )
    s += [Paragraph("Section E  Documents to return with your quotation", h2)]
    s += p("Every organisation must send:")
    s += bl(
        [
            "1. your annual accounts for the last two years, audited or independently examined;",
            "2. your FCA authorisation (the register entry is enough), or evidence that you "
            "are exempt;",
            "3. your public liability insurance certificate;",
            "4. your professional indemnity insurance certificate;",
            "5. your safeguarding adults policy;",
            "6. your complaints procedure.",
        ]
    )
    s += p("If you employ staff, also send:")
    s += bl(["7. your employer's liability insurance certificate."])
    s += p(
        "You do not need to send the completed specification, your equality policy or your "
        "data protection documents. The successful provider will be asked for a new supplier "
        "form and bank details before the contract is signed."
    )
    s += [Paragraph("Section F  Form of quotation", h2)]
    s += p(
        "I offer to provide the Community Money Advice Outreach service in accordance with "
        "the specification and the council's standard terms and conditions for services, at "
        "the prices in Section D. This quotation remains open for 90 days from the closing "
        "date."
    )
    s += labels(["Signed", "Name", "Position", "Date"])
    s += p(
        "Sparrowdene District Council will treat your quotation as confidential but may have "
        "to disclose information under the Freedom of Information Act 2000."
    )

    def on_page(canvas_, doc_):
        canvas_.saveState()
        canvas_.setFont("Helvetica", 7.5)
        canvas_.setFillColor(navy)
        canvas_.drawString(
            20 * mm,
            12 * mm,
            "SDC/RFQ/2027/014  Community Money Advice Outreach  ·  OFFICIAL",
        )
        canvas_.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {doc_.page}")
        canvas_.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="Request for Quotation SDC/RFQ/2027/014 Community Money Advice Outreach",
        author="Sparrowdene District Council Procurement",
        invariant=1,
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    brenchwick()
    marlingdean()
    wraxholme()
    sparrowdene()


if __name__ == "__main__":
    main()
