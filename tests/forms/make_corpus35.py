"""Build set 35's Word and PDF documents (health, wellbeing, older people, disability and
carers).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus35.py
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


# ----------------------------------------------------------------- Brellingham (docx)


def brellingham() -> None:
    """A carers' centre's small grants form: questions in numbered paragraphs, answers in a
    separate answer table in Appendix 1."""
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Carers' Support Small Grants 2027 - application form",
        "Brellingham Carers' Centre",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[
        0
    ].text = "Brellingham Carers' Centre  |  in partnership with Brellingham Borough Council"
    sec.footer.paragraphs[0].text = (
        "Carers' Support Small Grants 2027  -  form CSG/27  -  Brellingham Carers' Centre, "
        "14 Mill Yard, Brellingham BR4 2TW  -  grants@brellinghamcarers.example.org.uk  -  "
        "Registered charity 1187342"
    )
    d.add_heading("Carers' Support Small Grants 2027", level=0)
    d.add_paragraph(
        "Grants of £250 to £2,500 for community groups that give unpaid carers in Brellingham "
        "a break, a chance to meet other carers, or help to look after their own health. The "
        "fund is paid for by Brellingham Borough Council's Carers' Strategy budget and run by "
        "the Carers' Centre. Closing date: 5pm on Friday 26 February 2027."
    )
    d.add_heading("How to fill in this form", level=1)
    for t in (
        "Part A asks for your group's details. Fill it in on this page.",
        "Part B asks its questions in numbered paragraphs. Please do not write under the "
        "paragraphs. Write your answers in the Answer Table in Appendix 1 at the end of this "
        "form, in the row with the same paragraph number (B1, B2 ...). The length we ask for "
        "is given at the end of each paragraph; please keep to it.",
        "Parts C to E are the costs, the documents and the declaration.",
        "Not sure whether your group can apply? Ring Aisha or Tom on 01632 960 418 before you "
        "start. We are happy to read a draft.",
    ):
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Part A  About your group", level=1)
    rows = [
        ("A1  Name of group", ""),
        ("A2  Address", ""),
        ("A3  Postcode", ""),
        ("A4  Main contact", ""),
        ("A5  Telephone", ""),
        ("A6  Email", ""),
        (
            "A7  Type of group (tick one)",
            f"{BOX} Unincorporated group   {BOX} Registered charity   {BOX} CIO   "
            f"{BOX} CIC   {BOX} Other",
        ),
        ("A8  Charity or company number (if you have one)", ""),
        ("A9  Your group's total income last year (£)", ""),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (lab, val) in zip(t.rows, rows, strict=False):
        _set(r.cells[0], lab, bold=True)
        _shade(r.cells[0], "E8EEF4")
        _set(r.cells[1], val)
    _widths(t, (6.5, 10.0))

    d.add_heading("Part B  Your project", level=1)
    d.add_paragraph(
        "Remember: write your answers in Appendix 1, not here.",
    ).runs[0].bold = True
    paras = [
        "B1  Tell us what your group does, who runs it and how long it has been going. "
        "(up to 150 words)",
        "B2  Describe the carers you support or want to support: who they look after, where "
        "they live, and what makes it hard for them to take a break. In no more than 250 "
        "words.",
        "B3  What will the grant pay for? Explain what you will do, when and where it will "
        "happen, and who will lead it. (maximum 1,200 characters including spaces)",
        "B4  How do you know carers want this? Tell us (a) what carers themselves have said "
        "and (b) any other evidence, such as a waiting list or numbers at a past event. "
        "Answer (a) and (b) together in one answer: 200 words in total.",
        "B5  What difference will the activity make to carers' own health and wellbeing, and "
        "how will you find out whether it worked? (half a page)",
        "B6  Only if the person being cared for will take part too (for example on a joint "
        "day out): explain how you will keep them safe and meet their care needs on the day. "
        "(up to 150 words)",
        "B7  Is there anything else you would like the panel to know about your application?",
    ]
    for text in paras:
        p = d.add_paragraph(text)
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.space_after = Pt(8)
    note = d.add_paragraph(
        "Why do we ask about evidence? The panel has far more requests than money, and it "
        "wants to fund what carers have asked for. A few sentences from carers are as good "
        "as a survey."
    )
    note.runs[0].italic = True
    note.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    d.add_heading("Part C  Costs", level=1)
    d.add_paragraph("C1  Costs: list what you will spend the grant on. Round to the nearest pound.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Item", bold=True)
    _set(t.rows[0].cells[1], "Cost (£)", bold=True)
    for r in t.rows[1:6]:
        _set(r.cells[0], "")
        _set(r.cells[1], "")
    _set(t.rows[6].cells[0], "Total amount requested", bold=True)
    _set(t.rows[6].cells[1], "")
    _widths(t, (12.5, 4.0))
    d.add_paragraph()
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "C2  Have you asked anyone else to fund this activity?", bold=True)
    _set(t.rows[0].cells[1], f"{BOX} Yes    {BOX} No")
    _set(t.rows[1].cells[0], "C3  If yes, name of each funder and amount (£)", bold=True)
    _set(t.rows[1].cells[1], "")
    _widths(t, (10.0, 6.5))
    d.add_paragraph(
        "You do not need match funding. We can pay the whole cost of a small activity, and "
        "it does not count against you if this grant is your only funding."
    )

    d.add_heading("Part D  Documents", level=1)
    d.add_paragraph(
        "Send these with your form. Tick each one you have enclosed. We cannot assess an "
        "application until we have them all."
    )
    docs = [
        f"{BOX}  A copy of your constitution, set of rules or governing document.",
        f"{BOX}  Your most recent annual accounts. If your group is less than a year old and "
        "has no accounts yet, send your last two bank statements instead.",
        f"{BOX}  Your safeguarding adults policy.",
        f"{BOX}  If you will buy any single item costing more than £500, one written quote "
        "for that item.",
    ]
    for text in docs:
        d.add_paragraph(text, style="List Number")
    d.add_paragraph(
        "You do not need to send your equality policy, but you must have one: please tick "
        "the box in Part E. Every group we fund must hold public liability insurance of at "
        "least £2 million; we do not need to see the certificate."
    )
    d.add_paragraph(
        "If you are offered a grant we will send a grant agreement to sign and, after the "
        "activity, a one-page report form. Do not send these now."
    )

    d.add_heading("Part E  Declaration", level=1)
    d.add_paragraph(
        "I confirm that the information in this form is true, that the group will use any "
        "grant only for the activity described, and that we will return any money not spent."
    )
    d.add_paragraph(f"{BOX}  We have an equality and diversity policy that the committee follows.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, lab in zip(t.rows, ("Signed", "Name", "Position in the group", "Date"), strict=False):
        _set(r.cells[0], lab, bold=True)
        _shade(r.cells[0], "E8EEF4")
        _set(r.cells[1], "")
    _widths(t, (5.0, 11.5))

    d.add_page_break()
    d.add_heading("Appendix 1  Answer Table", level=1)
    d.add_paragraph(
        "Write each answer in the row for its paragraph number in Part B. The rows will grow "
        "as you type. Please keep to the length given in the paragraph."
    )
    t = d.add_table(rows=8, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Para.", bold=True)
    _set(t.rows[0].cells[1], "Your answer", bold=True)
    _shade(t.rows[0].cells[0], "1F4E79")
    _shade(t.rows[0].cells[1], "1F4E79")
    for run in t.rows[0].cells[0].paragraphs[0].runs + t.rows[0].cells[1].paragraphs[0].runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, r in enumerate(t.rows[1:], start=1):
        _set(r.cells[0], f"B{i}", bold=True)
        _set(r.cells[1], "")
        _row_height(r, 2200 if i not in (6, 7) else 1400)
    _widths(t, (1.6, 14.9))
    d.add_paragraph()
    d.add_paragraph("Office use: date received ________  ref ________  panel date ________").runs[
        0
    ].font.size = Pt(8)
    out = HERE / "brellingham-carers-centre-carers-support-small-grants.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Marlcote (docx)

_TB_IDS = [0]


def _sidebar(paragraph, title: str, lines: list[str], fill: str = "FDF1D6") -> None:
    """A floating text box as Word 2010+ writes one: a DrawingML shape (wps) in
    mc:Choice and the same text again in a VML fallback, anchored to the paragraph."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    _TB_IDS[0] += 1
    n = _TB_IDS[0]

    def body() -> str:
        out = (
            f'<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/>'
            f'<w:sz w:val="28"/></w:rPr><w:t>{escape(title)}</w:t></w:r></w:p>'
        )
        for line in lines:
            out += (
                '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr>'
                f'<w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">{escape(line)}</w:t>'
                "</w:r></w:p>"
            )
        return out

    cy = 600000 + 420000 * len(lines)
    xml = (
        f'<w:r xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="182880" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="0"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="2232000" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="left"/>'
        f'<wp:docPr id="{100 + n}" name="Sidebar {n}"/><wp:cNvGraphicFramePr/>'
        "<a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="2232000" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="7A4E9C"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{body()}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" '
        'rIns="108000" bIns="72000" anchor="t"/></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="Sidebar{n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'style="position:absolute;margin-left:0;margin-top:0;width:175.75pt;'
        f"height:{cy / 12700:.2f}pt;z-index:{n};mso-position-horizontal:right;"
        'mso-position-horizontal-relative:margin" '
        f'fillcolor="#{fill.lower()}" strokecolor="#7a4e9c" strokeweight="1pt">'
        f"<v:textbox><w:txbxContent>{body()}</w:txbxContent></v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def marlcote() -> None:
    """A dementia-friendly communities fund's guidance in Word, written in a
    dementia-friendly style, with floating text-box sidebars that hold the documents list."""
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Dementia Friendly Communities Fund 2027 - guidance for applicants",
        "Marlcote Dementia Action Alliance",
        "Arial",
        13,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Marlcote Dementia Action Alliance"
    sec.footer.paragraphs[
        0
    ].text = "Dementia Friendly Communities Fund 2027 - Guidance - version 1 - December 2026"
    for s in ("Heading 1", "Heading 2"):
        d.styles[s].font.color.rgb = RGBColor(0x5B, 0x2C, 0x83)
        d.styles[s].font.name = "Arial"
    d.add_heading("Dementia Friendly Communities Fund 2027", level=0)
    p = d.add_paragraph("Guidance for groups who want to apply")
    p.runs[0].font.size = Pt(16)
    p = d.add_paragraph(
        "The Dementia Friendly Communities Fund gives grants of £500 to £5,000 to groups in "
        "Marlcote that help people living with dementia, and the people who care for them, "
        "to keep doing the things they enjoy."
    )
    _sidebar(
        p,
        "At a glance",
        [
            "Grants: £500 to £5,000",
            "Opens: Monday 4 January 2027",
            "Closes: 12 noon, Monday 1 March 2027",
            "Decisions: by the end of April 2027",
            "Apply: online at marlcotedaa.example.org.uk/fund",
            "Help: Priya Shah, 01632 961 207",
        ],
    )
    d.add_paragraph(
        "The fund is paid for by Marlcote County Council's public health team and run by the "
        "Marlcote Dementia Action Alliance. This guidance is written in a dementia-friendly "
        "way: short paragraphs, plain words and one idea at a time. Please share it with "
        "anyone who may find it useful."
    )
    d.add_heading("What is a dementia-friendly community?", level=1)
    d.add_paragraph(
        "It is a place where people living with dementia are understood, respected and "
        "supported, and feel confident that they can take part in everyday life. Shops, "
        "cafés, faith groups, sports clubs and transport all have a part to play."
    )
    d.add_heading("Who can apply?", level=1)
    for t in (
        "Voluntary and community groups, registered charities and charitable incorporated "
        "organisations (CIOs).",
        "Community interest companies (CICs) limited by guarantee.",
        "Faith groups, for activities open to everyone.",
        "Parish and town councils, for activities run with a community group.",
    ):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Your group must have a bank account in its own name with at least two people to sign "
        "or approve payments."
    )
    d.add_heading("What can we pay for?", level=1)
    for t in (
        "Memory cafés, singing groups, walking groups and other regular activities.",
        "Dementia Friends sessions for staff and volunteers.",
        "Simple changes that make a venue easier to use, such as clear signs, contrasting "
        "toilet seats or better lighting.",
        "Transport to and from activities.",
        "Volunteer expenses and training.",
    ):
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("What can we not pay for?", level=1)
    for t in (
        "Things you have already bought or done.",
        "Medical care or services the NHS should provide.",
        "Religious or political activity.",
        "Trips abroad.",
    ):
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Do we need to raise some of the money ourselves?", level=1)
    d.add_paragraph(
        "No. Match funding is welcome but it is not required. We can pay the whole cost of "
        "your project."
    )
    d.add_heading("How do we apply?", level=1)
    p = d.add_paragraph(
        "Apply online. The form has five questions. You can save it and come back later. "
        "If you cannot use the online form, ring Priya and she will fill it in with you over "
        "the phone or send you a paper copy."
    )
    _sidebar(
        p,
        "What you need to send",
        [
            "Every group must upload:",
            "1. your governing document (constitution, set of rules or trust deed)",
            "2. your latest annual accounts",
            "3. a bank statement from the last three months showing your group's name",
            "Only some groups must upload:",
            "4. your safeguarding adults policy, if your volunteers will be alone with people "
            "living with dementia (for example, on home visits or in transport)",
            "5. a simple project plan or timetable, if you are asking for more than £2,000",
            "6. the venue owner's written permission, if you want to make changes to a "
            "building you do not own",
        ],
        fill="EFE6F6",
    )
    d.add_paragraph("The five questions are:")
    for t in (
        "About your group (up to 150 words).",
        "Your idea: what you want to do and why (up to 300 words).",
        "How people living with dementia and carers have helped to shape the idea (up to "
        "200 words).",
        "How you will know it has made a difference (up to 200 words).",
        "Your costs, item by item.",
    ):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Upload the documents listed in the box on this page at the end of the form. Files "
        "can be PDF, Word or a clear photo."
    )
    d.add_heading("What about accounts?", level=1)
    d.add_paragraph(
        "If your group's yearly income is under £25,000, your accounts do not need to be "
        "independently examined or audited: accounts signed by your treasurer and one other "
        "committee member are fine. If your income is £25,000 or more, we need independently "
        "examined or audited accounts."
    )
    d.add_heading("Policies and insurance", level=1)
    d.add_paragraph(
        "Every group we fund must have an equality and diversity policy. You do not need to "
        "send it; the online form asks you to confirm you have one."
    )
    d.add_paragraph(
        "Every group we fund must hold public liability insurance with cover of at least "
        "£5 million. You do not need to send the certificate, but we may ask to see it."
    )
    d.add_heading("How do we decide?", level=1)
    d.add_paragraph(
        "A panel of Alliance members, including two people living with dementia and a family "
        "carer, reads every application. They look for ideas that people living with dementia "
        "have asked for, that reach people who are often left out, and that will carry on "
        "after the grant."
    )
    d.add_heading("If you get a grant", level=1)
    d.add_paragraph(
        "We will send you a grant agreement to sign and return. Six months later we will ask "
        "for a short report, a few photos if people are happy to be photographed, and your "
        "receipts. Please do not send these with your application."
    )
    d.add_heading("Need help?", level=1)
    d.add_paragraph(
        "Ring Priya Shah on 01632 961 207 (Monday to Thursday) or email "
        "fund@marlcotedaa.example.org.uk. We can also meet you at your group."
    )
    out = HERE / "marlcote-dementia-friendly-communities-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Swaddlecombe (pdf)


def swaddlecombe() -> None:
    """A district council's disability access grant as a fillable PDF: multi-line answer
    fields with no /MaxLen, each limit printed only in small text below its box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "swaddlecombe-disability-access-improvements-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Access for All Improvements Grant - application form")
    c.setAuthor("Swaddlecombe District Council Community Development")
    c.setSubject("Application form AFA1 2027")
    w, h = A4
    form = c.acroForm
    x0, x2 = 42, w - 42
    ink = colors.HexColor("#00556B")
    pale = colors.HexColor("#E6F2F5")
    grey = colors.HexColor("#555555")
    page = [1]

    def text(name, tip, x, y, width, height=16, maxlen=None, multiline=False):
        kw = {"maxlen": maxlen}  # None: no /MaxLen at all (reportlab's default is 100)
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=ink,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=0 if multiline else 10,
            fieldFlags="multiline" if multiline else "",
            **kw,
        )

    def check(name, tip, x, y):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            size=11,
            borderColor=ink,
            fillColor=pale,
            buttonStyle="check",
        )

    def radio(name, tip, x, y, options):
        xx = x
        c.setFont("Helvetica", 9.5)
        for value, lab in options:
            form.radio(
                name=name,
                tooltip=tip,
                value=value,
                selected=False,
                x=xx,
                y=y,
                size=11,
                borderColor=ink,
                fillColor=pale,
                buttonStyle="circle",
            )
            c.setFillColor(colors.black)
            c.drawString(xx + 15, y + 2, lab)
            xx += 15 + c.stringWidth(lab, "Helvetica", 9.5) + 16

    def band(y, t):
        c.setFillColor(ink)
        c.rect(x0, y - 5, x2 - x0, 18, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0 + 7, y, t)
        c.setFillColor(colors.black)
        return y - 26

    def wrap(x, y, t, width, size=9.5, font="Helvetica", leading=12.5, colour=None):
        c.setFillColor(colour or colors.black)
        c.setFont(font, size)
        for line in simpleSplit(t, font, size, width):
            c.drawString(x, y, line)
            y -= leading
        c.setFillColor(colors.black)
        return y

    def short(y, label, name, maxlen=None, width=None, lw=170):
        c.setFont("Helvetica", 9.5)
        c.drawString(x0, y + 4, label)
        text(name, label, x0 + lw, y, width or (x2 - x0 - lw), maxlen=maxlen)
        return y - 24

    def question(y, num, prompt, name, below, height):
        y = wrap(x0, y, f"{num}  {prompt}", x2 - x0, font="Helvetica-Bold")
        y -= 2
        text(name, prompt, x0, y - height, x2 - x0, height=height, multiline=True)
        y -= height + 11
        c.setFont("Helvetica-Oblique", 8)
        c.setFillColor(grey)
        c.drawString(x0, y, below)
        c.setFillColor(colors.black)
        return y - 18

    def footer():
        c.setFont("Helvetica", 7.5)
        c.setFillColor(grey)
        c.drawString(
            x0,
            26,
            "AFA1  Access for All Improvements Grant 2027  |  Swaddlecombe "
            "District Council, Civic Offices, Swaddlecombe SW9 1AA",
        )
        c.drawRightString(x2, 26, f"Page {page[0]} of 3")
        c.setFillColor(colors.black)

    # page 1
    c.setFillColor(ink)
    c.rect(0, h - 78, w, 78, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(x0, h - 40, "Access for All Improvements Grant")
    c.setFont("Helvetica", 11)
    c.drawString(x0, h - 60, "Swaddlecombe District Council  -  application form 2027")
    c.setFillColor(colors.black)
    y = wrap(
        x0,
        h - 100,
        "Grants of up to £10,000 towards building work and equipment that make community "
        "buildings easier for disabled people to get into and use: ramps, automatic doors, "
        "hearing loops, accessible toilets, changing benches, handrails, signs and lighting. "
        "Type into the shaded boxes. Answer boxes scroll when full, so please keep to the "
        "length printed under each box. Save the form and email it to "
        "accessgrants@swaddlecombe.example.gov.uk by 31 March 2027.",
        x2 - x0,
    )
    y = band(y - 10, "Section 1   About your organisation")
    y = short(y, "Name of organisation", "org_name")
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y + 4, "Address")
    text("org_address", "Address", x0 + 170, y - 22, x2 - x0 - 170, height=38, multiline=True)
    y -= 46
    y = short(y, "Postcode", "org_postcode", maxlen=8, width=90)
    y = short(y, "Contact name", "contact_name")
    y = short(y, "Position in the organisation", "contact_position")
    y = short(y, "Telephone", "contact_phone", maxlen=15, width=150)
    y = short(y, "Email", "contact_email")
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y + 4, "Legal status")
    radio(
        "legal_status",
        "Legal status",
        x0 + 170,
        y + 1,
        [
            ("charity", "Registered charity"),
            ("cio", "CIO"),
            ("cic", "CIC"),
            ("other", "Other not-for-profit"),
        ],
    )
    y -= 24
    y = short(y, "Charity or company number", "reg_number", maxlen=10, width=120)
    y = short(y, "Income in your last financial year (£)", "annual_income", width=120)
    y = band(y - 4, "Section 2   The building")
    y = short(y, "Name and address of the building", "bldg_address")
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y + 4, "Do you own or lease it?")
    radio(
        "tenure",
        "Do you own or lease the building?",
        x0 + 170,
        y + 1,
        [("own", "We own it"), ("lease", "We lease it"), ("other", "Other")],
    )
    y -= 24
    y = short(y, "If leased, years left on the lease", "lease_years", maxlen=3, width=60, lw=200)
    y = short(
        y, "About how many people use the building each week?", "weekly_users", width=80, lw=260
    )
    footer()
    c.showPage()

    # page 2
    page[0] = 2
    y = band(h - 50, "Section 3   Your project")
    y = wrap(
        x0,
        y,
        "Tell us about the barriers disabled people meet in your building now and what you "
        "want to change. We would rather read a short, clear answer than a long one.",
        x2 - x0,
        colour=grey,
    )
    y -= 8
    y = question(
        y,
        "3.1",
        "Describe the access barriers in your building now, and who they affect.",
        "q3_1_barriers",
        "Up to 200 words.",
        92,
    )
    y = question(
        y,
        "3.2",
        "What work do you want to do? List the improvements and say where "
        "in the building each one will be.",
        "q3_2_work",
        "Up to 250 words.",
        110,
    )
    y = question(
        y,
        "3.3",
        "How have disabled people, including people who use the building, "
        "been involved in planning this work?",
        "q3_3_involved",
        "No more than 150 words.",
        76,
    )
    y = question(
        y,
        "3.4",
        "How will you let people know the building is easier to use once the work is finished?",
        "q3_4_publicity",
        "Up to 100 words.",
        56,
    )
    y = short(y, "3.5  Total cost of the work (£)", "total_cost", width=110, lw=230)
    y = short(y, "3.6  Amount you are asking for (£)", "amount_requested", width=110, lw=230)
    y = short(y, "3.7  Other funding already secured (£)", "other_funding", width=110, lw=230)
    wrap(
        x0,
        y - 2,
        "We can pay up to 80% of the cost. You must find at least 20% of the total cost from "
        "your own funds or other grants.",
        x2 - x0,
        size=8.5,
        font="Helvetica-Oblique",
        colour=grey,
    )
    footer()
    c.showPage()

    # page 3
    page[0] = 3
    y = band(h - 50, "Section 4   Documents")
    y = wrap(
        x0,
        y,
        "Email these with the form. Tick each one you are sending.",
        x2 - x0,
    )
    y -= 6
    docs = [
        ("doc_quotes", "Two written quotes for the work from different contractors or suppliers."),
        (
            "doc_accounts",
            "Your latest annual accounts, independently examined or audited. If "
            "your income is under £25,000, accounts signed by your treasurer are fine.",
        ),
        (
            "doc_governing",
            "Your constitution, articles of association or other governing document.",
        ),
        (
            "doc_insurance",
            "Your current public liability insurance certificate. Your cover "
            "must be at least £5 million.",
        ),
        (
            "doc_landlord",
            "If you lease the building: the landlord's written permission for the work.",
        ),
        (
            "doc_planning",
            "If the work needs planning permission or listed building consent: "
            "a copy of the permission or consent.",
        ),
    ]
    for name, lab in docs:
        check(name, lab, x0, y - 2)
        y = wrap(x0 + 20, y, lab, x2 - x0 - 20) - 6
    y = band(y - 8, "Section 5   Declaration")
    y = wrap(
        x0,
        y,
        "I confirm that the information in this form is correct; that the organisation has "
        "an equality policy and a safeguarding policy which it follows; that the work will "
        "meet Building Regulations; and that the grant will be spent only on the work "
        "described. I understand the council may visit the building before and after the "
        "work.",
        x2 - x0,
    )
    y -= 4
    check("declaration_agree", "I agree to the declaration above", x0, y - 2)
    c.setFont("Helvetica", 9.5)
    c.drawString(x0 + 20, y, "I agree to the declaration above")
    y -= 28
    y = short(y, "Signature (type your name)", "signature")
    y = short(y, "Name", "signatory_name")
    y = short(y, "Position", "signatory_position")
    y = short(y, "Date", "signatory_date", maxlen=10, width=100)
    c.setStrokeColor(grey)
    c.rect(x0, y - 40, x2 - x0, 44, stroke=1, fill=0)
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0 + 6,
        y - 10,
        "OFFICE USE ONLY   Ref:              Received:"
        "              Officer:              Visit date:",
    )
    footer()
    c.showPage()
    c.save()


# ----------------------------------------------------------------- Ormesgill (pdf)


def ormesgill() -> None:
    """An ICB's health inequalities guidance as an InDesign export: a main column and a
    tinted sidebar on every page, a cover, pull-out boxes and page folios."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ormesgill-icb-health-inequalities-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("HI Community Grants 2027-28 Guidance_FINAL_print")
    c.setAuthor("NHS Ormesgill and Wendhope Integrated Care Board")
    c.setCreator("Adobe InDesign 19.2 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    w, h = A4
    nhs = colors.HexColor("#005EB8")
    side = colors.HexColor("#E8EDEE")
    dark = colors.HexColor("#231F20")
    mx0, mx1 = 48, 360  # main column
    sx0, sx1 = 380, w - 36  # sidebar
    page = [0]

    def folio():
        c.setFont("Helvetica", 8)
        c.setFillColor(nhs)
        c.drawString(mx0, 28, "Tackling Health Inequalities: Community Grants 2027/28")
        c.drawRightString(sx1, 28, str(page[0]))
        c.setFillColor(dark)

    def new_page(sidebar_title, sidebar_lines):
        page[0] += 1
        c.setFillColor(side)
        c.rect(sx0 - 8, 50, sx1 - sx0 + 16, h - 100, stroke=0, fill=1)
        c.setFillColor(nhs)
        c.setFont("Helvetica-Bold", 11)
        y = h - 70
        for line in simpleSplit(sidebar_title, "Helvetica-Bold", 11, sx1 - sx0):
            c.drawString(sx0, y, line)
            y -= 14
        y -= 4
        c.setFillColor(dark)
        for item in sidebar_lines:
            font, size = ("Helvetica-Bold", 8.5) if item.startswith("#") else ("Helvetica", 8.5)
            item = item.lstrip("#")
            for line in simpleSplit(item, font, size, sx1 - sx0):
                c.setFont(font, size)
                c.drawString(sx0, y, line)
                y -= 11
            y -= 5
        folio()
        return h - 70

    def hd(y, t, size=14):
        c.setFillColor(nhs)
        c.setFont("Helvetica-Bold", size)
        for line in simpleSplit(t, "Helvetica-Bold", size, mx1 - mx0):
            c.drawString(mx0, y, line)
            y -= size + 3
        c.setFillColor(dark)
        return y - 4

    def para(y, t, size=9.5, font="Helvetica", indent=0):
        c.setFont(font, size)
        for line in simpleSplit(t, font, size, mx1 - mx0 - indent):
            c.drawString(mx0 + indent, y, line)
            y -= size + 3.2
        return y - 5

    def bullets(y, items, numbered=False):
        for i, t in enumerate(items, start=1):
            mark = f"{i}." if numbered else "\u2022"
            c.setFont("Helvetica", 9.5)
            c.drawString(mx0 + 2, y, mark)
            y = para(y, t, indent=16) + 2
        return y - 2

    def box(y, title, t):
        lines = simpleSplit(t, "Helvetica", 9, mx1 - mx0 - 20)
        hgt = 30 + 12 * len(lines)
        c.setFillColor(colors.HexColor("#FFF4D6"))
        c.rect(mx0, y - hgt + 12, mx1 - mx0, hgt, stroke=0, fill=1)
        c.setFillColor(dark)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(mx0 + 10, y - 2, title)
        yy = y - 17
        c.setFont("Helvetica", 9)
        for line in lines:
            c.drawString(mx0 + 10, yy, line)
            yy -= 12
        return y - hgt - 6

    # cover (page 1)
    page[0] = 1
    c.setFillColor(nhs)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(w - 40, h - 50, "NHS")
    c.setFont("Helvetica", 10)
    c.drawRightString(w - 40, h - 64, "Ormesgill and Wendhope")
    c.drawRightString(w - 40, h - 76, "Integrated Care Board")
    c.setFont("Helvetica-Bold", 30)
    c.drawString(48, h - 320, "Tackling Health")
    c.drawString(48, h - 356, "Inequalities")
    c.setFont("Helvetica", 18)
    c.drawString(48, h - 392, "Community Grants 2027/28")
    c.setFont("Helvetica", 11)
    c.drawString(48, h - 430, "Guidance for voluntary, community, faith and social")
    c.drawString(48, h - 445, "enterprise (VCFSE) organisations")
    c.setFont("Helvetica", 8)
    c.drawString(
        48, 60, "Published January 2027. Please read all of this guidance before you apply."
    )
    c.showPage()

    # page 2
    y = new_page(
        "At a glance",
        [
            "#Grants",
            "£5,000 to £25,000 for up to 18 months",
            "#Total fund",
            "£600,000 across Ormesgill and Wendhope",
            "#Opens",
            "Monday 11 January 2027",
            "#Closes",
            "5pm, Friday 19 March 2027",
            "#Decisions",
            "June 2027",
            "#Apply",
            "Online through our grants portal: icbgrants.example.org.uk",
            "#Questions?",
            "Email hi.grants@ormesgill-icb.example.org.uk or ring the VCFSE Alliance "
            "helpline on 01632 960 855.",
        ],
    )
    y = hd(y, "1. About this fund", 16)
    y = para(
        y,
        "People in the most deprived parts of Ormesgill and Wendhope live, on "
        "average, nine years less than people in the least deprived parts, and spend "
        "far longer in poor health. The Integrated Care Board (ICB) wants to work with "
        "community organisations that are trusted by the people the NHS finds hardest "
        "to reach.",
    )
    y = para(
        y,
        "This fund supports projects that help to close those gaps, in line with "
        "the NHS England Core20PLUS5 approach: the most deprived 20% of the population "
        "(Core20), groups our partners have identified locally (PLUS), and five "
        "clinical areas.",
    )
    y = hd(y, "2. What we want to fund")
    y = para(
        y,
        "Projects that help people to stay well, spot illness early or manage a "
        "long-term condition, in one or more of these areas:",
    )
    y = bullets(
        y,
        [
            "early diagnosis of cancer, including support to take up screening;",
            "high blood pressure: finding it and helping people to manage it;",
            "chronic respiratory disease, including help to stop smoking;",
            "mental health, including support for people with severe mental illness to have "
            "their annual physical health check;",
            "maternity and early years, including healthy pregnancy and breastfeeding.",
        ],
    )
    y = para(
        y,
        "We particularly welcome projects led by people with lived experience of "
        "the inequalities they address, and projects by and for Black, Asian and "
        "minority ethnic communities, Gypsy, Roma and Traveller communities, people "
        "experiencing homelessness, carers, and disabled people.",
    )
    y = box(
        y,
        "Case study: Wendhope Women's Health Café",
        "A grant of £12,000 in 2025 paid for a weekly café in two community centres where "
        "women could talk to a health coach and a cancer screening champion. Uptake of "
        "cervical screening among the women who came rose from 48% to 71%.",
    )
    c.showPage()

    # page 3
    y = new_page(
        "Jargon buster",
        [
            "#Core20PLUS5",
            "The NHS England approach to reducing health inequalities: the most deprived 20% "
            "of people, local PLUS groups and five clinical areas.",
            "#VCFSE",
            "Voluntary, community, faith and social enterprise.",
            "#Lived experience",
            "Knowledge gained from going through something yourself.",
            "#Health inequalities",
            "Unfair and avoidable differences in health between groups of people.",
            "#Independent examination",
            "A check of a charity's accounts by a suitably qualified person who is not a "
            "trustee. It is less detailed than an audit.",
        ],
    )
    y = hd(y, "3. Who can apply")
    y = para(
        y,
        "You can apply if you are a not-for-profit organisation working in "
        "Ormesgill or Wendhope, and you are one of these:",
    )
    y = bullets(
        y,
        [
            "a registered charity or charitable incorporated organisation (CIO);",
            "a company limited by guarantee with a not-for-profit asset lock;",
            "a community interest company (CIC);",
            "a community benefit society;",
            "a constituted voluntary or community group with a bank account in its own name.",
        ],
    )
    y = para(
        y,
        "You cannot apply if you are an individual, a statutory body, a GP practice "
        "or a business that distributes profits to shareholders. Schools and primary "
        "care networks may be partners in a project but cannot lead it.",
    )
    y = hd(y, "4. How much you can apply for")
    y = para(
        y,
        "Grants are from £5,000 to £25,000 for projects lasting up to 18 months. "
        "You may apply for staff costs, volunteer expenses, venue hire, transport, "
        "interpreting, training, small equipment and a fair share of your running costs "
        "(up to 15% of the grant).",
    )
    y = para(
        y,
        "We do not require match funding. If other funders are supporting the same "
        "project, tell us in the form.",
    )
    y = hd(y, "5. How to apply")
    y = para(
        y,
        "Apply online through the grants portal. Register first; it takes about ten "
        "minutes and you will need your organisation's bank details. The application "
        "form has four sections. Its questions are, with their limits:",
    )
    y = bullets(
        y,
        [
            "Your project: what you will do, where and when (500 words).",
            "The health inequality you will tackle and the evidence for it (400 words).",
            "How people with lived experience have shaped the project (300 words).",
            "How you will measure the difference it makes (300 words).",
            "Your budget, using the table in the portal.",
        ],
        numbered=True,
    )
    y = para(
        y,
        "You can save your answers and come back to them. If you need the form in "
        "another format or help to complete it, contact the VCFSE Alliance helpline.",
    )
    c.showPage()

    # page 4
    y = new_page(
        "What you'll need",
        [
            "A short checklist. Section 6 has the details.",
            "#Everyone",
            "Governing document",
            "Latest annual accounts",
            "Safeguarding policy",
            "Project budget (our template)",
            "#Only if it applies to you",
            "New organisations: three months' bank statements instead of accounts",
            "Partnership projects: a letter from each partner",
            "#You must have, but not send",
            "Equality, diversity and inclusion policy",
            "Data protection policy",
            "Public liability insurance (at least £5 million)",
        ],
    )
    y = hd(y, "6. Documents to upload")
    y = para(y, "Every applicant must upload these four documents at the end of the online form:")
    y = bullets(
        y,
        [
            "your governing document (constitution, articles of association or rules), signed "
            "or adopted;",
            "your most recent annual accounts, independently examined or audited;",
            "your safeguarding policy, covering children and adults at risk, with the date it "
            "was last reviewed;",
            "a project budget, using the spreadsheet template you can download from the portal.",
        ],
        numbered=True,
    )
    y = para(y, "Some applicants must also upload:")
    y = bullets(
        y,
        [
            "if your organisation is less than 18 months old and has not yet produced annual "
            "accounts: your last three months' bank statements, instead of accounts;",
            "if you will deliver the project with one or more partner organisations: a letter "
            "from each partner confirming its role and agreeing to the project.",
        ],
    )
    y = hd(y, "7. Policies and insurance")
    y = para(
        y,
        "You must also have an equality, diversity and inclusion policy and a data "
        "protection policy that meets UK GDPR. You do not need to upload them; the "
        "declaration asks you to confirm you have them.",
    )
    y = para(
        y,
        "Your organisation must hold public liability insurance with cover of at "
        "least £5 million, and employer's liability insurance if you employ staff. We "
        "do not need copies of the certificates.",
    )
    y = box(
        y,
        "Before you press Submit",
        "Check that every file opens, that your accounts are the latest ones, and that "
        "your safeguarding policy has a review date. Most applications we cannot assess "
        "are missing one of these.",
    )
    c.showPage()

    # page 5
    y = new_page(
        "Key dates",
        [
            "#11 January 2027",
            "Fund opens",
            "#3 February 2027",
            "Online briefing for applicants (book through the portal)",
            "#19 March 2027",
            "Closing date, 5pm",
            "#April to May 2027",
            "Panel assessment",
            "#June 2027",
            "Decisions by email",
            "#From July 2027",
            "Projects start",
        ],
    )
    y = hd(y, "8. How we will assess your application")
    y = para(
        y,
        "A panel of ICB staff, VCFSE Alliance members and two community "
        "representatives will score each application against four criteria:",
    )
    y = bullets(
        y,
        [
            "need: a clear health inequality, with local evidence (30%);",
            "reach: the project will reach people in Core20PLUS groups (30%);",
            "lived experience: people affected have shaped the project (20%);",
            "delivery and value: a realistic plan and budget (20%).",
        ],
    )
    y = hd(y, "9. If you are awarded a grant")
    y = para(
        y,
        "We will send you a grant agreement. You will send us a short progress "
        "report every six months and a final report with your spending. These reports "
        "are not part of your application.",
    )
    y = hd(y, "10. Data protection")
    y = para(
        y,
        "The ICB will use the information you give to assess your application and "
        "manage any grant. We may share it with the VCFSE Alliance and with our place "
        "partners. Our privacy notice is on our website.",
    )
    y = hd(y, "11. Complaints")
    y = para(
        y,
        "If you are unhappy with how your application was handled, email the grants "
        "team within 28 days of our decision. Decisions of the panel are final.",
    )
    c.showPage()
    c.save()


def main() -> None:
    brellingham()
    marlcote()
    swaddlecombe()
    ormesgill()


if __name__ == "__main__":
    main()
