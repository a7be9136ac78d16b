"""Build held-out set 18's Word and PDF documents (documents that have been through other software).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus18.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
BOX = "\u2610"


def _new(title: str, author: str, font: str, size: float = 10.5):
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
    """Give a table row a minimum height: the empty answer cell of a printed form."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _grey(paragraph, text: str, italic: bool = False) -> None:
    """Grey instruction text, as Word form templates print their guidance."""
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.italic = italic
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x76, 0x76, 0x76)


# ------------------------------------------------------------------------ Ulnesby (Word form)


def ulnesby() -> None:
    """Parish council Word form: grey guidance under each item, Office use only blocks."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = _new("Village Amenity Grant application form", "Ulnesby Parish Council", "Arial", 10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Ulnesby Parish Council\tVillage Amenity Grant 2027/28"
    fp = sec.footer.paragraphs[0]
    _grey(fp, "Form VAG1 (revised March 2026)  |  Clerk to the Council, The Reading Room, ")
    _grey(fp, "Church Lane, Ulnesby UL4 7QT  |  clerk@ulnesby-pc.example.gov.uk")

    office = d.add_table(rows=2, cols=4)
    office.style = "Table Grid"
    cells = office.rows[0].cells
    merged = cells[0].merge(cells[3])
    merged.text = "OFFICE USE ONLY"
    _shade(merged, "D9D9D9")
    for c, t in zip(
        office.rows[1].cells,
        ("Ref. no:", "Date received:", "Acknowledged:", "Clerk's initials:"),
        strict=True,
    ):
        c.text = t
        _shade(c, "F2F2F2")

    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run("ULNESBY PARISH COUNCIL\nVILLAGE AMENITY GRANT\nApplication form")
    r.bold = True
    r.font.size = Pt(15)

    p = d.add_paragraph()
    _grey(
        p,
        "Please read the Village Amenity Grant notes before you fill in this form. Type in "
        "the white boxes; they will get bigger as you type. The grey text is guidance for "
        "you and can be deleted before you send the form. If you would rather write by hand, "
        "ask the Clerk for a printed copy.",
        italic=True,
    )
    p = d.add_paragraph()
    _grey(
        p,
        "Grants are from £100 to £1,500 for projects that improve the look, safety or "
        "enjoyment of the parish: benches, planters, notice boards, play equipment, defibrillator "
        "cabinets, village events and the like. The Council meets in January, May and September; "
        "forms must reach the Clerk at least three weeks before the meeting.",
        italic=True,
    )

    def heading(text: str) -> None:
        h = d.add_paragraph()
        run = h.add_run(text)
        run.bold = True
        run.font.size = Pt(12)

    def details(rows: list[str]) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for row, label in zip(t.rows, rows, strict=True):
            row.cells[0].text = label
            row.cells[0].width = Cm(6)
            row.cells[1].width = Cm(11)
            _shade(row.cells[0], "EDEDED")

    def item(num: str, prompt: str, guide: str | None, height: int = 1800) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        run = p.add_run(f"{num}  {prompt}")
        run.bold = True
        if guide:
            g = d.add_paragraph()
            _grey(g, guide, italic=True)
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], height)

    heading("Section 1   About your group")
    details(
        [
            "Name of group",
            "Main contact (name)",
            "Position in the group",
            "Address for letters",
            "Postcode",
            "Daytime telephone",
            "Email",
            f"Is the group a registered charity?   Yes {BOX}   No {BOX}",
            "If yes, charity number",
        ]
    )
    g = d.add_paragraph()
    _grey(
        g,
        "Groups do not have to be charities. Clubs, societies, residents' groups and "
        "voluntary committees can all apply.",
        italic=True,
    )

    heading("Section 2   Your project")
    p = d.add_paragraph()
    p.add_run("2.1  Project title").bold = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    item(
        "2.2",
        "What do you want to do? Please describe the project, where in the parish it will "
        "take place and who will do the work.",
        "Guidance: aim for about 250 words. Include dates if you know them, and say whether "
        "volunteers or a contractor will carry out the work.",
        2600,
    )
    item(
        "2.3",
        "Why is it needed in Ulnesby, and how do you know?",
        "Guidance: up to 200 words. You could mention a survey, a petition, letters from "
        "residents or a discussion at the Annual Parish Meeting.",
    )
    item(
        "2.4",
        "Who will benefit?",
        "Guidance: no more than 150 words. Think about people of different ages and anyone "
        "who finds it hard to get out and about.",
    )
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("2.5  Roughly how many residents will benefit?").bold = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("2.6  When will the project start and finish?").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Start date"
    t.rows[0].cells[2].text = "Finish date"
    _shade(t.rows[0].cells[0], "EDEDED")
    _shade(t.rows[0].cells[2], "EDEDED")
    item(
        "2.7",
        "How will you tell people in the village that the Parish Council helped to pay for this?",
        "Guidance: a few lines is enough, for example a plaque, a notice in the parish "
        "magazine or a post on the village Facebook page.",
        1000,
    )
    item(
        "2.8",
        "Who will look after the project once it is finished, and how will any running or "
        "repair costs be met?",
        "Guidance: maximum 100 words. The Council cannot pay for upkeep in later years.",
        1400,
    )

    heading("Section 3   Costs")
    g = d.add_paragraph()
    _grey(
        g,
        "Guidance: list each item and the supplier. Prices should include VAT unless your group "
        "can claim it back. The Parish Council will not normally pay more than 75% of the total "
        "cost, so you will need to find at least 25% yourselves or from other funders. "
        "Volunteer time can count towards your share at £12 an hour.",
        italic=True,
    )
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Item", "Supplier", "Cost £"), strict=True):
        c.text = txt
        _shade(c, "EDEDED")
    t.rows[6].cells[1].text = "Total cost"
    details(["Amount you are asking the Parish Council for £"])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Other money for this project").bold = True
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(
        t.rows[0].cells, ("Where from", "Amount £", "Secured yet? (Yes / No)"), strict=True
    ):
        c.text = txt
        _shade(c, "EDEDED")

    heading("Section 4   What to send with this form")
    g = d.add_paragraph()
    _grey(
        g,
        "Guidance: accounts do not need to be audited. A year-end statement signed by your "
        "treasurer and one other committee member is fine. Tick each item you are sending.",
        italic=True,
    )
    docs = [
        "A copy of your constitution or set of rules",
        "Your latest annual accounts or, if your group is less than a year old, your last "
        "three months' bank statements",
        "Two written quotes for any single item costing more than £500",
        "Written permission from the landowner, if the work is on land the group does not own",
        "Your safeguarding policy, if the project involves children or adults at risk",
    ]
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Document"
    t.rows[0].cells[1].text = "Enclosed \u2713"
    _shade(t.rows[0].cells[0], "EDEDED")
    _shade(t.rows[0].cells[1], "EDEDED")
    for row, txt in zip(t.rows[1:], docs, strict=True):
        row.cells[0].text = txt

    heading("Section 5   Declaration")
    d.add_paragraph(
        "On behalf of the group named in Section 1, we confirm that the information on this "
        "form is correct; that the grant will be spent only on the project described; that "
        "we will return any money not spent; and that we will send the Clerk receipts within "
        "three months of the project finishing."
    )
    d.add_paragraph(
        "We confirm that the group holds public liability insurance of at least £5 million "
        "that covers this project, and that we will show the certificate to the Clerk if asked. "
        "The group has an equal opportunities policy and a health and safety policy, and we "
        "will provide copies on request."
    )
    g = d.add_paragraph()
    _grey(
        g,
        "Two members of the committee must sign, one of them the Chair or the Treasurer. They "
        "must not be related or live at the same address.",
        italic=True,
    )
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("", "First signatory", "Second signatory"), strict=True):
        c.text = txt
        _shade(c, "EDEDED")
    for row, label in zip(t.rows[1:], ("Signature", "Name (capitals)", "Date"), strict=True):
        row.cells[0].text = label
        _shade(row.cells[0], "EDEDED")

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("How we use your information").bold = True
    p = d.add_paragraph()
    _grey(
        p,
        "Ulnesby Parish Council is the data controller for the information on this form. We use "
        "it to assess your application and, if it succeeds, to pay and monitor the grant. "
        "The name of your group, the project and the amount awarded will appear in the "
        "published minutes; the names of individuals will not. We keep grant records for six "
        "years. You can ask the Clerk for a copy of the information we hold about you.",
        italic=True,
    )

    office = d.add_table(rows=7, cols=2)
    office.style = "Table Grid"
    cells = office.rows[0].cells
    merged = cells[0].merge(cells[1])
    merged.text = "OFFICE USE ONLY - do not write below this line"
    _shade(merged, "D9D9D9")
    for row, label in zip(
        office.rows[1:],
        (
            "Checked by Clerk (initials / date)",
            f"Eligible?   Yes {BOX}   No {BOX}",
            "Considered at meeting of",
            "Minute reference",
            "Amount awarded £",
            "Paid (date / cheque or BACS ref.)",
        ),
        strict=True,
    ):
        row.cells[0].text = label
        _shade(row.cells[0], "F2F2F2")
        _shade(row.cells[1], "F2F2F2")

    out = HERE / "ulnesby-village-amenity-grant-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------------------- Yarnwick (Word guidance)


def yarnwick() -> None:
    """Community foundation guidance that went PDF -> Word: Word's PDF reflow keeps the printed
    line ends as line breaks, turns the running header and footer into body paragraphs and
    rebuilds one table."""
    from docx.shared import Pt

    d = _new(
        "Neighbourhood Fund 2027 guidance for applicants",
        "Yarnwick & District Community Foundation",
        "Calibri",
        10.5,
    )

    def lines(*ls: str, bold: bool = False, size: float | None = None) -> None:
        """One paragraph whose printed lines are kept apart by line breaks, as Word's PDF
        reflow leaves them."""
        p = d.add_paragraph()
        for i, text in enumerate(ls):
            run = p.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
            if i < len(ls) - 1:
                run.add_break()

    def running(page: int) -> None:
        p = d.add_paragraph()
        run = p.add_run(
            f"Yarnwick & District Community Foundation | Neighbourhood Fund guidance 2027 "
            f"Page {page} of 4"
        )
        run.font.size = Pt(8)

    lines("Neighbourhood Fund 2027", bold=True, size=20)
    lines("Guidance for applicants", bold=True, size=14)
    lines(
        "The Neighbourhood Fund gives grants of £500 to £5,000 to small charities and",
        "community groups working in the Yarnwick, Elsham and Thorley Bridge wards. It is",
        "paid for by local donors, a bequest from the late Mrs Edith Carrow and a contri-",
        "bution from Yarnwick Borough Council.",
    )
    lines("1. Who can apply", bold=True, size=12)
    lines(
        "You can apply if your group has a governing document, a management committee",
        "of at least three unrelated people and a bank account in the group's name",
        "needing two signatures. Your annual income must be under £150,000.",
    )
    lines(
        "We cannot fund individuals, political parties, the promotion of religion, work",
        "that a public body has a legal duty to provide, or costs you have already",
        "paid. Schools can apply only for activities outside the school day.",
    )
    lines("2. What we fund", bold=True, size=12)
    lines(
        "We want to see neighbours doing things together. Last year we funded lunch",
        "clubs, a repair café, a young carers' residential, allotment equipment and a",
        "community choir. In 2025/26, 64% of awards went to groups with an income",
        "below £20,000 and most grants were between £1,500 and £3,000.",
    )
    lines(
        "\u2022\tRunning costs of a new or growing activity: venue hire, sessional",
        "workers, volunteer expenses, publicity",
        "\u2022\tSmall items of equipment",
        "\u2022\tOne-off events that bring different parts of the community together",
    )
    running(1)
    lines("3. How to apply", bold=True, size=12)
    lines(
        "Apply online at grants.yarnwickcf.example.org.uk. You can save a draft and",
        "come back to it. The online form has six questions about your project. The",
        "table below shows what we look for in each answer and a guide length. The",
        "portal will not let you go over the guide length.",
    )
    table = [
        ("Question in the online form", "What we look for", "Guide length"),
        ("About your group", "Who you are, what you do, who takes part", "150 words"),
        ("Your project", "What you will do, where, when and who will run it", "300 words"),
        (
            "The need",
            "Evidence from the people you work with, not general statistics",
            "200 words",
        ),
        ("Involving people", "How local people shaped the idea and will help run it", "150 words"),
        ("Difference", "What will change, and how you will know", "200 words"),
        ("After the grant", "Whether the activity will carry on, and how", "100 words"),
    ]
    t = d.add_table(rows=len(table), cols=3)
    t.style = "Table Grid"
    for row, vals in zip(t.rows, table, strict=True):
        for c, v in zip(row.cells, vals, strict=True):
            c.text = v
    lines(
        "You will also be asked for your contact details, a budget and your bank details,",
        "and to agree to our terms and conditions.",
    )
    lines("4. Documents to upload", bold=True, size=12)
    lines(
        "Every applicant must upload the following with the online form:",
        "\u2022\tyour governing document (constitution, set of rules or articles), signed",
        "and dated;",
        "\u2022\tyour most recent annual accounts. If your income is over £25,000 they must",
        "be independently examined. Otherwise accounts signed by two members of",
        "your committee are fine;",
        "\u2022\ta bank statement dated within the last three months, showing the",
        "group's name and address.",
    )
    running(2)
    lines(
        "Some applicants must also upload:",
        "\u2022\ta safeguarding policy, if your group works with children, young people or",
        "adults at risk;",
        "\u2022\ta budget for the next twelve months, if your group is less than a year old",
        "and has no annual accounts yet (send this instead of accounts);",
        "\u2022\tplanning permission, or the council's letter saying it is not needed, if",
        "your project includes any building work.",
    )
    lines(
        "Every group must have an equal opportunities policy and a data protection policy.",
        "We do not need copies, but we may ask to see them when we visit.",
    )
    lines("5. Insurance", bold=True, size=12)
    lines(
        "All groups must hold public liability insurance of at least £2 million for the",
        "activities we fund. If you run activities with more risk, such as outdoor",
        "adventure trips, your insurer may require more.",
    )
    lines("6. Do we need to find other funding?", bold=True, size=12)
    lines(
        "No. We can pay for the whole of a project. If your project costs more than",
        "£5,000, tell us in the budget where the rest of the money is coming from.",
    )
    running(3)
    lines("7. What happens next", bold=True, size=12)
    lines(
        "We read every application and may phone or visit you. A panel of local donors",
        "and volunteers makes the decisions. We aim to tell you within ten weeks of the",
        "closing date. If you are successful you will need to accept our terms and",
        "conditions online and send us a short report with photographs within a year.",
    )
    lines("Closing dates for 2027", bold=True)
    lines("Friday 26 February, Friday 28 May and Friday 24 September, all at 5pm.")
    lines("Contact us", bold=True)
    lines(
        "Grants team, Yarnwick & District Community Foundation, Unit 4, The Maltings,",
        "Wharf Road, Yarnwick YK3 2HD",
        "Telephone 01632 960 418 (Monday to Thursday, 9.30am to 3pm)",
        "grants@yarnwickcf.example.org.uk",
    )
    lines(
        "Privacy: we use the information you give us to assess and manage your",
        "application. Our privacy notice is at yarnwickcf.example.org.uk/privacy.",
        "Registered charity no. 1190000. Company no. 09990000.",
    )
    running(4)

    out = HERE / "yarnwick-neighbourhood-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Drakesmere (Word to PDF, text)


def drakesmere() -> None:
    """A Word form exported to PDF: 'Question | Your answer' tables whose questions wrap, empty
    answer cells as drawn rectangles, cover page, notes, monitoring page. Six pages."""
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

    out = HERE / "drakesmere-healthy-ageing-fund-application.pdf"
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    h1 = ParagraphStyle(
        "h1",
        fontName="Helvetica-Bold",
        fontSize=20,
        leading=25,
        textColor=colors.HexColor("#00576B"),
        spaceAfter=8,
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="Helvetica-Bold",
        fontSize=13,
        leading=16,
        textColor=colors.HexColor("#00576B"),
        spaceBefore=8,
        spaceAfter=5,
    )
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    teal = colors.HexColor("#00576B")
    pale = colors.HexColor("#E3EEF1")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(18 * mm, 10 * mm, "HAF-APP-2027 v2  |  OFFICIAL when completed")
        canv.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page} of 6")
        canv.restoreState()

    def bullets(items):
        return [Paragraph(t, bullet, bulletText="\u2022") for t in items]

    width = A4[0] - 36 * mm

    def qa(rows, qw=0.42, head=True):
        """'Question | Your answer' table: the answer cell is left empty (a drawn box)."""
        data = []
        heights = []
        if head:
            data.append([Paragraph("Question", cellb), Paragraph("Your answer", cellb)])
            heights.append(None)
        for q, h in rows:
            data.append([Paragraph(q, cell), ""])
            heights.append(h)
        t = Table(data, colWidths=[width * qw, width * (1 - qw)], rowHeights=heights)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.6, teal),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), pale),
        ]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#B9D3DA")))
        t.setStyle(TableStyle(style))
        return t

    def grid(data, widths, heights=None):
        t = Table(data, colWidths=widths, rowHeights=heights)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, teal),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#B9D3DA")),
                ]
            )
        )
        return t

    s = []
    s.append(Paragraph("Drakesmere Borough Council", h2))
    s.append(Paragraph("Adult Social Care and Public Health", body))
    s.append(Spacer(1, 30 * mm))
    s.append(Paragraph("Healthy Ageing Community Fund 2027-28", h1))
    s.append(Paragraph("Application form", h1))
    s.append(Spacer(1, 8 * mm))
    s.append(
        Paragraph(
            "Grants of £1,000 to £8,000 for voluntary and community organisations helping "
            "people aged 60 and over in Drakesmere to stay well, active and connected.",
            body,
        )
    )
    s.append(Paragraph("Before you start", h2))
    s += bullets(
        [
            "Read pages 2 and 3 of this form. They explain who can apply and what we fund.",
            "Fill in the form on a computer if you can. If you write by hand, please use black "
            "ink and capital letters for names and addresses.",
            "Keep to the lengths given in brackets. Assessors will stop reading at the limit.",
            "Send the form and your documents by email to healthyageing@drakesmere.example.gov.uk "
            "by <b>12 noon on Monday 1 March 2027</b>. Late forms cannot be considered.",
        ]
    )
    s.append(Spacer(1, 20 * mm))
    s.append(
        Paragraph(
            "This form is available in large print, in Easy Read and in other languages. "
            "Please call 01632 960 270 or email healthyageing@drakesmere.example.gov.uk.",
            body,
        )
    )
    s.append(PageBreak())

    s.append(Paragraph("Notes for applicants", h2))
    s.append(Paragraph("<b>Who can apply?</b>", body))
    s.append(
        Paragraph(
            "Registered charities, community interest companies, constituted community "
            "groups, faith groups (for activities open to everyone) and tenants' and residents' "
            "associations based in or working in Drakesmere. Your organisation must have an "
            "annual income of less than £250,000.",
            body,
        )
    )
    s.append(Paragraph("<b>What are the fund's priorities?</b>", body))
    s += bullets(
        [
            "Reducing loneliness and social isolation, especially after bereavement or a move "
            "into sheltered housing.",
            "Keeping active: chair-based exercise, walking groups, dance, gardening.",
            "Helping people to stay independent at home, including digital skills and "
            "falls prevention.",
        ]
    )
    s.append(
        Paragraph(
            "Around 22% of Drakesmere's residents are aged 65 or over, and the number aged 85 "
            "or over will rise by a third in the next ten years.",
            body,
        )
    )
    s.append(Paragraph("<b>What will we not fund?</b>", body))
    s += bullets(
        [
            "Personal care services that should be arranged through a care assessment.",
            "Trips and outings where that is the main purpose of the grant.",
            "Building works, vehicles, or repaying debts.",
        ]
    )
    s.append(Paragraph("<b>Insurance</b>", body))
    s.append(
        Paragraph(
            "Every funded organisation must hold public liability insurance with cover of at "
            "least £5 million. You do not need to send the certificate with this form, but we "
            "will ask to see it before we pay the grant.",
            body,
        )
    )
    s.append(Paragraph("<b>Do we have to find money from elsewhere?</b>", body))
    s.append(
        Paragraph(
            "No. We do not ask for match funding, though we welcome other contributions, "
            "including volunteer time.",
            body,
        )
    )
    s.append(Paragraph("<b>How will my application be assessed?</b>", body))
    s.append(
        Paragraph(
            "Two officers and an older residents' representative score each application "
            "against the fund's priorities. A panel of councillors makes the final decision "
            "in April 2027. We will write to every applicant.",
            body,
        )
    )
    s.append(Paragraph("<b>Data protection</b>", body))
    s.append(
        Paragraph(
            "Drakesmere Borough Council will use the information in this form to assess and "
            "monitor your application, under the lawful basis of public task. We may share it "
            "with Drakesmere Council for Voluntary Service, which helps us assess applications. "
            "We will keep it for seven years after the end of the grant. See "
            "www.drakesmere.example.gov.uk/privacy for our full privacy notice.",
            body,
        )
    )
    s.append(PageBreak())

    s.append(Paragraph("Section A: Your organisation", h2))
    s.append(
        qa(
            [
                ("A1. Name of organisation", 20),
                ("A2. Address, including postcode", 44),
                ("A3. Name of main contact for this application", 20),
                ("A4. Their role in the organisation", 20),
                ("A5. Telephone number", 20),
                ("A6. Email address", 20),
            ]
        )
    )
    s.append(Spacer(1, 4 * mm))
    s.append(
        grid(
            [
                [Paragraph("A7. Type of organisation (tick one)", cellb), ""],
                [Paragraph("Registered charity", cell), ""],
                [Paragraph("Community interest company", cell), ""],
                [Paragraph("Constituted community group", cell), ""],
                [Paragraph("Other (please say)", cell), ""],
            ],
            [width * 0.8, width * 0.2],
        )
    )
    s.append(Spacer(1, 4 * mm))
    s.append(
        qa(
            [
                ("A8. Charity or company number (if you have one)", 20),
                ("A9. Total income in your last financial year (£)", 20),
            ],
            head=False,
        )
    )
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Section B: Your project", h2))
    s.append(
        Paragraph(
            "Please answer every question in the box beside it. The box will not grow on "
            "screen; if you run out of room you have written too much.",
            body,
        )
    )
    s.append(
        qa(
            [
                ("B1. Give your project a short title", 22),
                (
                    "B2. What will your project do? Please tell us what activities you will "
                    "run, where and how often, and who will lead them. (no more than 300 "
                    "words)",
                    170,
                ),
                (
                    "B3. How will the project help older residents to stay well, active and "
                    "connected? Please refer to at least one of the fund's three priorities "
                    "on page 2. (maximum 250 words)",
                    150,
                ),
                (
                    "B4. How have older people been involved in planning the project, and how "
                    "will they be involved in running it? (up to 200 words)",
                    130,
                ),
                ("B5. How many people aged 60 or over do you expect to take part?", 22),
                (
                    "B6. What difference will the project have made by the end of the grant, "
                    "and how will you know? Tell us what you will count, ask or record. (up "
                    "to half a side of A4)",
                    150,
                ),
                (
                    "B7. Which other organisations will you work with, and what will each of "
                    "them do?",
                    110,
                ),
                (
                    "B8. How will the activity continue once the grant has been spent? (no "
                    "more than 150 words)",
                    110,
                ),
            ]
        )
    )
    s.append(PageBreak())
    s.append(Paragraph("Section C: Costs", h2))
    s.append(
        Paragraph(
            "C1. Please list what the grant will pay for. Include VAT if you cannot reclaim it.",
            body,
        )
    )
    rows = [[Paragraph("Item", cellb), Paragraph("Cost (£)", cellb)]]
    rows += [["", ""] for _ in range(6)]
    rows.append([Paragraph("<b>Total</b>", cell), ""])
    s.append(grid(rows, [width * 0.75, width * 0.25], [None] + [18] * 7))
    s.append(Spacer(1, 4 * mm))
    s.append(qa([("C2. Amount you are applying for (£)", 20)], head=False))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("C3. Other funding for this project, if any", body))
    rows = [
        [Paragraph("Funder", cellb), Paragraph("Amount (£)", cellb), Paragraph("Confirmed?", cellb)]
    ]
    rows += [["", "", ""] for _ in range(3)]
    s.append(grid(rows, [width * 0.5, width * 0.25, width * 0.25], [None] + [18] * 3))
    s.append(Paragraph("Section D: Supporting documents", h2))
    s.append(Paragraph("Please tick to show what you are sending with this form.", body))
    docs = [
        "Your constitution, memorandum and articles, or other governing document",
        "Your most recent annual accounts. These must be audited or independently examined "
        "if your income is over £100,000; otherwise accounts signed by your treasurer are "
        "fine",
        "A bank statement from the last three months, in the organisation's name",
        "Quotes for any single item of equipment costing £1,000 or more",
        "Your safeguarding adults policy - only if your project includes home visits or "
        "one-to-one support",
    ]
    rows = [[Paragraph("Document", cellb), Paragraph("Enclosed", cellb)]]
    rows += [[Paragraph(t, cell), ""] for t in docs]
    s.append(grid(rows, [width * 0.85, width * 0.15]))
    s.append(PageBreak())
    s.append(Paragraph("Section E: Declaration", h2))
    s.append(
        Paragraph(
            "I confirm that I am authorised to apply on behalf of the organisation named in "
            "Section A and that the information in this form is true. I understand that the "
            "Council may withhold or reclaim the grant if the information is wrong or the "
            "money is not spent as described. I confirm that the organisation has an equal "
            "opportunities policy and that it follows it.",
            body,
        )
    )
    s.append(
        qa(
            [
                ("Signature", 28),
                ("Name (please print)", 20),
                ("Position", 20),
                ("Date", 20),
            ],
            qw=0.3,
            head=False,
        )
    )
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Section F: Equality monitoring (optional)", h2))
    s.append(
        Paragraph(
            "This page helps us to check that the fund reaches all of Drakesmere's communities. "
            "It is removed before your application is assessed.",
            body,
        )
    )
    rows = [
        [
            Paragraph(
                "F1. Which groups does your organisation mainly work with? Tick all that apply.",
                cellb,
            ),
            "",
        ]
    ]
    for t in (
        "Older people from Black, Asian or other minority ethnic communities",
        "Older disabled people",
        "Older LGBT+ people",
        "Carers aged 60 or over",
        "Older people living alone",
        "None of these in particular",
    ):
        rows.append([Paragraph(t, cell), ""])
    s.append(grid(rows, [width * 0.85, width * 0.15]))
    s.append(Spacer(1, 4 * mm))
    rows = [
        [Paragraph("F2. Is your organisation led by older people? (tick one)", cellb), ""],
        [Paragraph("Yes", cell), ""],
        [Paragraph("Partly", cell), ""],
        [Paragraph("No", cell), ""],
    ]
    s.append(grid(rows, [width * 0.85, width * 0.15]))
    s.append(Spacer(1, 8 * mm))
    off = Table(
        [
            [Paragraph("<b>For office use only</b>", cell), ""],
            [Paragraph("Date received", cell), ""],
            [Paragraph("Application number", cell), ""],
            [Paragraph("Score (out of 40)", cell), ""],
        ],
        colWidths=[width * 0.4, width * 0.6],
    )
    off.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.grey),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")),
            ]
        )
    )
    s.append(off)

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="Healthy Ageing Community Fund 2027-28 - application form",
        author="Drakesmere Borough Council",
        creator="Microsoft Word for Microsoft 365",
        invariant=1,
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------- Grindlestone (fillable PDF)


def grindlestone() -> None:
    """Town council events grant: a Word table exported to PDF with fields added in Acrobat,
    'No. | Question | Your answer | Guide length' rows."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "grindlestone-community-events-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Grindlestone Town Council - Community Events Grant application")
    c.setAuthor("Grindlestone Town Council")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    x0, x2 = 40, w - 40
    navy = colors.HexColor("#23395B")
    field_style = {
        "borderColor": colors.HexColor("#7F8FA6"),
        "fillColor": colors.HexColor("#F1F4F9"),
        "borderWidth": 0.5,
        "fontSize": 9,
    }

    def footer(n: int) -> None:
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(x0, 24, "Grindlestone Town Council, Market Hall, Grindlestone GR7 1AB")
        c.drawRightString(x2, 24, f"Community Events Grant form 2027  |  {n} of 2")
        c.setFillColor(colors.black)

    def band(y: float, text: str) -> float:
        c.setFillColor(navy)
        c.rect(x0, y - 16, x2 - x0, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 5, y - 11, text)
        c.setFillColor(colors.black)
        return y - 22

    def short(y: float, label: str, name: str, maxlen: int | None = None, tall: int = 16):
        c.setFont("Helvetica", 9)
        c.drawString(x0 + 4, y - 11, label)
        form.textfield(
            name=name,
            tooltip=label,
            x=x0 + 170,
            y=y - tall - 2,
            width=x2 - x0 - 170,
            height=tall,
            maxlen=maxlen,
            fieldFlags="multiline" if tall > 20 else "",
            **field_style,
        )
        return y - tall - 6

    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, h - 50, "GRINDLESTONE TOWN COUNCIL")
    c.setFont("Helvetica", 12)
    c.drawString(x0, h - 68, "Community Events Grant - application form 2027")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8.5)
    y = h - 86
    for line in (
        "Grants of up to £1,000 towards free or low-cost community events held in the town. "
        "Grants cover up to half of",
        "the total cost of the event; the rest must come from ticket sales, sponsorship or "
        "your own funds. Please fill the form in",
        "on screen, save it and email it to events@grindlestone-tc.example.gov.uk at least "
        "eight weeks before your event.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 6
    y = band(y, "1.  Your organisation")
    y = short(y, "Name of organisation", "org_name", 100)
    y = short(y, "Contact name", "contact", 60)
    y = short(y, "Address", "address", 200, tall=30)
    y = short(y, "Postcode", "postcode", 8)
    y = short(y, "Telephone", "phone", 15)
    y = short(y, "Email", "email", 80)
    c.setFont("Helvetica", 9)
    c.drawString(x0 + 4, y - 11, "Does the organisation have a bank account in its own name?")
    for i, v in enumerate(("Yes", "No")):
        form.radio(
            name="bank_account",
            tooltip="Bank account in the organisation's name",
            value=v,
            x=x0 + 320 + i * 60,
            y=y - 14,
            size=11,
            buttonStyle="circle",
            borderColor=colors.HexColor("#7F8FA6"),
            fillColor=colors.white,
            selected=False,
        )
        c.drawString(x0 + 334 + i * 60, y - 11, v)
    y -= 26

    y = band(y, "2.  Your event")
    c.setFont("Helvetica", 8)
    c.drawString(
        x0,
        y - 8,
        "Guide lengths are the most the panel will read. Where there is no guide length, write "
        "as much as you need.",
    )
    y -= 16
    cols = (x0, x0 + 24, x0 + 214, x2 - 62, x2)
    c.setFont("Helvetica-Bold", 8.5)
    c.setFillColor(colors.HexColor("#DDE3EC"))
    c.rect(x0, y - 14, x2 - x0, 14, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for x, t in zip(cols, ("No.", "Question", "Your answer", "Guide length"), strict=False):
        c.drawString(x + 3, y - 10, t)
    y -= 14

    def row(y, num, qlines, name, height, guide, maxlen=None):
        c.setStrokeColor(colors.HexColor("#7F8FA6"))
        c.setLineWidth(0.5)
        c.rect(x0, y - height, x2 - x0, height, stroke=1, fill=0)
        for x in cols[1:-1]:
            c.line(x, y, x, y - height)
        c.setFont("Helvetica", 8.5)
        c.drawString(cols[0] + 3, y - 11, num)
        for i, line in enumerate(qlines):
            c.drawString(cols[1] + 3, y - 11 - 10.5 * i, line)
        c.drawString(cols[3] + 3, y - 11, guide)
        form.textfield(
            name=name,
            tooltip=" ".join(qlines),
            x=cols[2] + 2,
            y=y - height + 2,
            width=cols[3] - cols[2] - 4,
            height=height - 4,
            maxlen=maxlen,
            fieldFlags="multiline" if height > 24 else "",
            **{**field_style, "borderWidth": 0},
        )
        return y - height

    y = row(y, "2.1", ["Name of the event"], "event_name", 22, "\u2013", 80)
    y = row(y, "2.2", ["Date(s) of the event"], "event_dates", 22, "\u2013", 40)
    y = row(y, "2.3", ["Where will it be held?"], "venue", 22, "\u2013", 100)
    y = row(
        y,
        "2.4",
        ["Describe the event and what people", "who come will do there."],
        "describe",
        92,
        "200 words",
    )
    y = row(
        y,
        "2.5",
        [
            "Who is the event for, and how will",
            "you make it welcoming to people who",
            "do not usually come to community",
            "events?",
        ],
        "who_for",
        80,
        "150 words",
        900,
    )
    y = row(y, "2.6", ["How many people do you expect?"], "attendance", 22, "\u2013", 6)
    footer(1)
    c.showPage()

    y = h - 50
    c.setFont("Helvetica-Bold", 8.5)
    c.setFillColor(colors.HexColor("#DDE3EC"))
    c.rect(x0, y - 14, x2 - x0, 14, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for x, t in zip(cols, ("No.", "Question", "Your answer", "Guide length"), strict=False):
        c.drawString(x + 3, y - 10, t)
    y -= 14
    y = row(
        y,
        "2.7",
        ["How will you keep people safe at the", "event?"],
        "safety",
        80,
        "\u2013",
        1200,
    )
    y = row(
        y,
        "2.8",
        ["What will you do to keep litter, noise", "and waste to a minimum?"],
        "litter",
        60,
        "100 words",
    )
    y = row(
        y,
        "2.9",
        ["Tell us about anything else the panel", "should know."],
        "other_info",
        60,
        "Optional",
    )
    y -= 10
    y = band(y, "3.  Money")
    y = short(y, "Total cost of the event (£)", "total_cost", 8)
    y = short(y, "Amount you are asking for (£)", "requested", 6)
    y -= 4
    y = band(y, "4.  Documents - tick each one you are sending")
    docs = [
        ("encl_budget", "A budget for the event, showing all income and spending"),
        ("encl_risk", "A risk assessment for the event"),
        (
            "encl_insurance",
            "Your public liability insurance certificate (cover of £5 million or more)",
        ),
        (
            "encl_accounts",
            "Your latest accounts or, if you do not have any yet, your most recent bank statement",
        ),
        ("encl_licence", "A premises licence or Temporary Event Notice, if alcohol will be sold"),
        ("encl_parks", "Written permission from the Parks Team, if the event is in a town park"),
    ]
    c.setFont("Helvetica", 8.5)
    for name, label in docs:
        form.checkbox(
            name=name,
            tooltip=label,
            x=x0 + 4,
            y=y - 12,
            size=10,
            borderColor=colors.HexColor("#7F8FA6"),
            fillColor=colors.white,
            buttonStyle="check",
        )
        c.drawString(x0 + 20, y - 10, label)
        y -= 15
    y -= 4
    y = band(y, "5.  Declaration")
    c.setFont("Helvetica", 8.5)
    for line in (
        "I confirm that the information in this form is correct, that the grant will be used only "
        "for the event described, and that",
        "the Town Council will be credited in publicity for the event. I understand that the "
        "Council may ask for the grant back if",
        "the event does not take place.",
    ):
        c.drawString(x0, y - 10, line)
        y -= 11
    form.checkbox(
        name="declaration",
        tooltip="I agree to the declaration",
        x=x0 + 4,
        y=y - 16,
        size=10,
        borderColor=colors.HexColor("#7F8FA6"),
        fillColor=colors.white,
        buttonStyle="check",
    )
    c.drawString(x0 + 20, y - 14, "I agree to the declaration above")
    y -= 24
    y = short(y, "Name (typing your name counts as signing)", "sign_name", 60)
    y = short(y, "Position in organisation", "sign_position", 60)
    y = short(y, "Date", "sign_date", 10)
    y -= 8
    c.setStrokeColor(colors.grey)
    c.setDash(3, 2)
    c.rect(x0, y - 52, x2 - x0, 50, stroke=1, fill=0)
    c.setDash()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(
        x0 + 6,
        y - 14,
        "Office use:  Received ..........   Panel date ..........   "
        "Decision ..........   Grant £ ..........   Officer ..........",
    )
    c.drawString(
        x0 + 6,
        y - 30,
        "Your details are used only to process this application (Grindlestone Town Council "
        "privacy notice: grindlestone-tc.example.gov.uk/privacy).",
    )
    footer(2)
    c.showPage()
    c.save()


def main() -> None:
    ulnesby()
    yarnwick()
    drakesmere()
    grindlestone()


if __name__ == "__main__":
    main()
