"""Build set 37's Word and PDF documents (environment, climate, green spaces and allotments).

Like the other generators: python-docx for Word, reportlab for the two PDFs.
The HTML, Markdown and text documents of the set and every truth file are written by hand;
this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus37.py
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


# ----------------------------------------------------------------- Thornacre (docx)


def _add_multilevel(d) -> int:
    """Add a two-level outline list ("1." then "1.1") to numbering.xml; return its numId."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="37">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(f'<w:num {w} w:numId="37"><w:abstractNumId w:val="37"/></w:num>')
    numbering.append(num)
    return 37


def _numbered(d, text: str, level: int, num_id: int, bold: bool = False):
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold or level == 0
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return p


def _boxed(d, lines: int = 1, hint: str | None = None) -> None:
    """An answer space: consecutive paragraphs with the same border, which Word joins into one
    box. A grey hint, when given, is typed inside the first line of the box."""
    from docx.oxml import parse_xml
    from docx.shared import Pt, RGBColor

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for i in range(lines):
        p = d.add_paragraph()
        p_pr = p._p.get_or_add_pPr()
        p_pr.append(
            parse_xml(
                f"<w:pBdr {w}>"
                '<w:top w:val="single" w:sz="6" w:space="4" w:color="5B7F3A"/>'
                '<w:left w:val="single" w:sz="6" w:space="4" w:color="5B7F3A"/>'
                '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="5B7F3A"/>'
                '<w:right w:val="single" w:sz="6" w:space="4" w:color="5B7F3A"/>'
                "</w:pBdr>"
            )
        )
        p_pr.append(parse_xml(f'<w:ind {w} w:left="567"/>'))
        p.paragraph_format.space_after = Pt(0)
        if i == 0 and hint:
            r = p.add_run(hint)
            r.italic = True
            r.font.color.rgb = RGBColor(0x8C, 0x8C, 0x8C)
            r.font.size = Pt(9)
    gap = d.add_paragraph()
    gap.paragraph_format.space_after = Pt(4)


def thornacre() -> None:
    """A town council's tree fund form whose items are numbered by Word (no number in the text)
    and whose answer spaces are bordered paragraphs, some with a grey hint inside."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    out = HERE / "thornacre-town-council-trees-for-streets-and-parks-fund.docx"
    d = _new(
        "Trees for Streets and Parks Fund 2027 application form",
        "Thornacre Town Council",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.header.paragraphs[
        0
    ].text = "Thornacre Town Council  |  Trees for Streets and Parks Fund 2027"
    sec.footer.paragraphs[0].text = (
        "Form TSP1 (version 2, November 2026)  -  Thornacre Town Council, The Guildhall, "
        "Market Square, Thornacre TN9 4AA  -  trees@thornacre-tc.example.gov.uk"
    )
    num = _add_multilevel(d)

    t = d.add_paragraph()
    r = t.add_run("Trees for Streets and Parks Fund 2027")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x3E, 0x6B, 0x1F)
    d.add_paragraph("Application form").runs[0].bold = True
    for text in (
        "The Town Council has set aside £18,000 in 2027 to help Friends of parks groups, "
        "residents' associations, school PTAs and other community groups plant trees in "
        "Thornacre's streets, parks and open spaces, and look after them. Grants are from £250 "
        "to £3,000. The planting season runs from November to March, so apply by Friday "
        "10 September 2027 for planting in winter 2027 to 2028.",
        "Please read the guidance on our website before you start. Type your answers in the "
        "boxes under each item: the boxes grow as you type. Where we give a word limit, please "
        "keep to it; the panel stops reading at the limit. You can also ask us for a paper "
        "copy or a large print version.",
        "We ask every group to find at least 20% of the project's cost itself, in cash or in "
        "volunteer time (we value volunteer time at £15 an hour).",
    ):
        d.add_paragraph(text)

    _numbered(d, "About your group", 0, num)
    for label in (
        "Name of your group",
        "Main contact's name",
        "Address, including postcode",
        "Daytime telephone number",
        "Email address",
    ):
        _numbered(d, label, 1, num)
        _boxed(d, 2 if label.startswith("Address") else 1)
    _numbered(d, "What kind of group are you? Tick one.", 1, num)
    d.add_paragraph(
        f"{BOX} Friends of a park or green space     {BOX} Residents' or tenants' association\n"
        f"{BOX} School, nursery or PTA     {BOX} Other voluntary or community group"
    )
    _numbered(d, "Charity, CIO or company number, if your group has one", 1, num)
    _boxed(d, 1)

    _numbered(d, "Your planting project", 0, num)
    _numbered(d, "Name or address of the planting site", 1, num)
    _boxed(d, 1)
    _numbered(d, "Who owns the land? Tick one.", 1, num)
    d.add_paragraph(
        f"{BOX} Thornacre Town Council     {BOX} Thornacre Borough Council (including highway "
        f"verges)     {BOX} A school or academy trust     {BOX} Someone else"
    )
    _numbered(
        d,
        "Describe your project: what you will plant, where, and when you will plant it.",
        1,
        num,
    )
    _boxed(d, 8, hint="Up to 250 words")
    _numbered(
        d,
        "Why are trees needed at this site, and how do you know that people who live nearby "
        "want them? (up to 200 words)",
        1,
        num,
    )
    _boxed(d, 7)
    _numbered(
        d,
        "How will the trees be watered and looked after for at least three years after "
        "planting? Who will do it?",
        1,
        num,
    )
    _boxed(
        d,
        7,
        hint="Up to 200 words. Young trees need around 50 litres a week in dry "
        "spells from April to September.",
    )
    _numbered(
        d,
        "How will you involve local people, including children and young people, in planting "
        "and caring for the trees? (no more than 150 words)",
        1,
        num,
    )
    _boxed(d, 6)
    _numbered(
        d,
        "Your trees. List each species with its size (whip, feathered or standard), how many "
        "you will plant and the cost.",
        1,
        num,
    )
    table = d.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    for i, h in enumerate(("Species", "Size", "Number", "Cost (£)")):
        _set(table.cell(0, i), h, bold=True)
        _shade(table.cell(0, i), "E2EFD9")
    d.add_paragraph()
    _numbered(d, "Planned planting date or dates", 1, num)
    _boxed(d, 1)

    _numbered(d, "Money", 0, num)
    _numbered(d, "Total cost of the project (£)", 1, num)
    _boxed(d, 1)
    _numbered(d, "Amount you are asking the Town Council for (£)", 1, num)
    _boxed(d, 1)
    _numbered(
        d,
        "Tell us where the rest of the money, or the volunteer time, is coming from.",
        1,
        num,
    )
    _boxed(d, 4, hint="Up to 100 words")
    _numbered(d, "Name of the group's bank or building society account", 1, num)
    _boxed(d, 1)
    _numbered(d, "Sort code", 1, num)
    _boxed(d, 1)
    _numbered(d, "Account number", 1, num)
    _boxed(d, 1)

    _numbered(d, "What to send with this form", 0, num)
    d.add_paragraph(
        "Email these with your form, or bring them to the Guildhall. We cannot assess your "
        "application until we have them all."
    )
    for text in (
        "your constitution or set of rules;",
        "your latest annual accounts, signed by your chair or treasurer (if your group is less "
        "than a year old, send copies of your last three months' bank statements instead);",
        "a simple sketch map or plan showing where each tree will go;",
        "written permission from the landowner, if the land is not owned by Thornacre Town "
        "Council;",
        "a copy of your safeguarding policy, if children or young people will take part in "
        "your planting days;",
        "a quote or a nursery's price list, if the trees will cost more than £500 in total.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "Every group must hold public liability insurance of at least £5 million that covers "
        "its planting days. You do not need to send us the certificate: tick the box in the "
        "declaration instead."
    )

    _numbered(d, "Declaration", 0, num)
    d.add_paragraph(
        "On behalf of the group I confirm that the information in this form is true, that we "
        "will spend any grant only on the project described, and that we will send the Town "
        "Council photographs of the planting and a short report by 30 June 2028."
    )
    _numbered(
        d,
        f"{BOX}  We hold public liability insurance of at least £5 million.",
        1,
        num,
    )
    _numbered(
        d,
        f"{BOX}  We have a health and safety policy, and we will write a risk assessment for "
        "each planting day and follow it.",
        1,
        num,
    )
    for label in ("Signed", "Name in capitals", "Position in the group", "Date"):
        _numbered(d, label, 1, num)
        _boxed(d, 1)
    p = d.add_paragraph("Thank you. Email your form to trees@thornacre-tc.example.gov.uk.")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Gadsworth (docx)


def gadsworth() -> None:
    """A county council's community energy fund guidance whose documents list is a matrix with
    a column per grant type; the questions quoted are answered on the online form."""
    from docx.shared import Pt, RGBColor

    out = HERE / "gadsworth-community-energy-fund-guidance.docx"
    d = _new(
        "Gadsworth Community Energy Fund: guidance for applicants",
        "Gadsworth County Council Climate Team",
        "Arial",
        11,
    )
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Gadsworth County Council  -  Community Energy Fund 2027-28"
    sec.footer.paragraphs[0].text = (
        "Guidance version 1.3, 26 November 2026. Climate Team, County Hall, Gadsworth GD1 2CC. "
        "communityenergy@gadsworth.example.gov.uk"
    )

    def head(text: str, level: int = 1) -> None:
        h = d.add_heading(text, level=level)
        for r in h.runs:
            r.font.color.rgb = RGBColor(0x00, 0x5A, 0x70)

    def para(text: str) -> None:
        d.add_paragraph(text)

    def bullets(items) -> None:
        for it in items:
            d.add_paragraph(it, style="List Bullet")

    title = d.add_paragraph()
    r = title.add_run("Community Energy Fund 2027-28")
    r.bold = True
    r.font.size = Pt(22)
    d.add_paragraph("Guidance for applicants").runs[0].font.size = Pt(14)

    head("1. About the fund")
    para(
        "Gadsworth County Council has committed £420,000 over two years to help community "
        "groups generate, save and share clean energy. The fund is part of our Climate "
        "Emergency Action Plan, which aims for a net zero county by 2045. It is run for the "
        "council by Gadsworth Community Energy Hub, a partnership of the council, the Rural "
        "Community Council and two local community energy co-operatives."
    )
    para("There are three kinds of grant:")
    table = d.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    rows = (
        ("Grant", "How much", "What it is for"),
        (
            "Start-up grant",
            "Up to £3,000",
            "New groups: setting up a legal structure, first meetings, public events and advice.",
        ),
        (
            "Feasibility grant",
            "£3,001 to £15,000",
            "Paying a qualified adviser to test whether a scheme is technically and financially "
            "possible: site surveys, grid connection enquiries, energy audits, a business case.",
        ),
        (
            "Capital grant",
            "£15,001 to £60,000",
            "Buying and installing equipment: solar PV, batteries, heat pumps, insulation, "
            "heat networks and community EV chargers.",
        ),
    )
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            _set(table.cell(i, j), text, bold=i == 0)
            if i == 0:
                _shade(table.cell(i, j), "D5E8EC")
    d.add_paragraph()

    head("2. Who can apply")
    bullets(
        (
            "community benefit societies, co-operatives and community interest companies whose "
            "main purpose includes energy;",
            "charities, CIOs, town and parish councils, village hall committees and other "
            "constituted community groups working in Gadsworth;",
            "new groups that are not yet constituted can apply for a start-up grant only, if an "
            "established organisation agrees to hold the money for them.",
        )
    )
    para(
        "We cannot fund private companies, individuals, political parties, or projects that "
        "mainly benefit a single household or business."
    )

    head("3. Match funding")
    para(
        "For every grant, at least 20% of the total project cost must come from somewhere "
        "other than this fund: your own funds, share capital raised from members, a loan or "
        "another grant. Volunteer time does not count towards the 20%. The fund can pay at "
        "most 80% of the cost."
    )

    head("4. How to apply")
    para(
        "Apply online at apply.gadsworth.example.gov.uk/community-energy. You can save your "
        "application and come back to it. The form asks the same questions for every kind of "
        "grant, with extra questions for capital grants. So that you can prepare, these are "
        "the main questions and their word limits on the online form:"
    )
    bullets(
        (
            "Tell us about your group and the community you serve (200 words).",
            "Describe your project and what the grant will pay for (300 words).",
            "How much energy or carbon will the project save or generate, and how did you work "
            "it out? (250 words)",
            "Capital grants only: how will the scheme be run and maintained for at least "
            "20 years? (300 words)",
        )
    )
    para(
        "Do not send answers to these questions by email; we can only accept them through "
        "the online form."
    )

    head("5. Documents you will need to upload")
    para(
        "The table shows which documents each kind of grant needs. \u2714 means you must "
        'upload it; \u2013 means we do not need it; "if it applies" means only in the '
        "situation described. Please name your files clearly, for example "
        "'Constitution - Bramwell Energy CBS.pdf'."
    )
    matrix = (
        ("Document", "Start-up", "Feasibility", "Capital"),
        ("Your constitution, rules or articles of association", "\u2714", "\u2714", "\u2714"),
        ("Bank statements for the last three months", "\u2714", "\u2013", "\u2013"),
        (
            "Your latest annual accounts (capital grants: independently examined or audited)",
            "\u2013",
            "\u2714",
            "\u2714",
        ),
        ("A project budget, using our template", "\u2714", "\u2714", "\u2714"),
        ("Your equality and diversity policy", "\u2714", "\u2714", "\u2714"),
        ("Your health and safety policy", "\u2013", "\u2013", "\u2714"),
        (
            "The feasibility study or energy audit report for the scheme",
            "\u2013",
            "\u2013",
            "\u2714",
        ),
        ("Two written quotes for each item of equipment or work", "\u2013", "\u2013", "\u2714"),
        (
            "Written consent from the building's owner, if you do not own the building",
            "\u2013",
            "if it applies",
            "if it applies",
        ),
        (
            "Your share offer document, if you are raising money through a community share offer",
            "\u2013",
            "\u2013",
            "if it applies",
        ),
    )
    table = d.add_table(rows=len(matrix), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(matrix):
        for j, text in enumerate(row):
            _set(table.cell(i, j), text, bold=i == 0)
            if i == 0:
                _shade(table.cell(i, j), "D5E8EC")
    d.add_paragraph()
    para(
        "If you have run for less than a year and have no annual accounts yet, you can apply "
        "for a feasibility grant with your bank statements for the last three months instead "
        "of accounts. Capital grants always need examined or audited accounts."
    )

    head("6. Insurance")
    para(
        "All groups must hold public liability insurance of at least £5 million. If you are "
        "installing equipment on a building open to the public, your insurer must also know "
        "about the installation. You do not need to upload your insurance certificate, but we "
        "may ask to see it before we pay the grant."
    )

    head("7. How we decide")
    para(
        "An officer checks every application against the eligibility rules. A panel of "
        "council officers and Hub members then scores each one: carbon saved or clean energy "
        "generated (30%), community benefit and ownership (30%), value for money (20%), and "
        "the group's ability to deliver (20%). The panel meets in March, June, September and "
        "December. We tell you the decision within two weeks of the panel meeting."
    )
    head("8. After you get a grant")
    bullets(
        (
            "sign and return our grant agreement within 28 days;",
            "capital grants are paid in two parts: 70% at the start and 30% when you send us "
            "invoices and photographs of the finished installation;",
            "report to us at six and twelve months, and for capital schemes tell us each year for "
            "five years how much energy the scheme has generated or saved.",
        )
    )
    head("9. Help and advice")
    para(
        "Gadsworth Community Energy Hub runs free drop-in sessions on the first Tuesday of "
        "each month and can put you in touch with a mentor from an established group. Email "
        "hub@gadsworth-energy.example.org.uk or call 01632 960 371."
    )
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------- Ravensholt (fillable pdf)


def ravensholt() -> None:
    """A borough council's allotment and community garden grant as a fillable PDF whose fields
    have designer names only (no /TU tooltips); some question boxes carry /MaxLen."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ravensholt-growing-spaces-allotment-and-community-garden-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Growing Spaces Grant 2027")
    c.setAuthor("Ravensholt Borough Council Parks and Allotments")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    x0, x2 = 50, w - 50
    green = colors.HexColor("#4A7C2A")

    def text(name, x, y, width, height=16, maxlen=None, multiline=False):
        kw = {"maxlen": maxlen}  # None: no /MaxLen (reportlab would write 100)
        form.textfield(
            name=name,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=green,
            fillColor=colors.HexColor("#F4F8EF"),
            borderWidth=1,
            fontSize=0 if multiline else 10,
            fieldFlags="multiline" if multiline else "",
            **kw,
        )

    def wrap(x, y, t, width, size=10, font="Helvetica", leading=12.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def band(y, t):
        c.setFillColor(green)
        c.rect(x0, y - 4, x2 - x0, 18, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0 + 6, y + 1, t)
        c.setFillColor(colors.black)
        return y - 26

    def row(y, label, name, width=None, maxlen=None, lw=170):
        c.setFont("Helvetica", 10)
        c.drawString(x0, y + 4, label)
        text(name, x0 + lw, y, width or (x2 - x0 - lw), maxlen=maxlen)
        return y - 22

    def radios(y, label, name, options, lw=170):
        c.setFont("Helvetica", 10)
        c.drawString(x0, y + 4, label)
        x = x0 + lw
        for opt in options:
            form.radio(
                name=name,
                value=opt.replace(" ", "_"),
                x=x,
                y=y + 1,
                size=11,
                borderColor=green,
                fillColor=colors.white,
                buttonStyle="circle",
            )
            c.drawString(x + 15, y + 4, opt)
            x += 30 + c.stringWidth(opt, "Helvetica", 10)
        return y - 22

    def question(y, name, label, printed, height, maxlen=None):
        y = wrap(x0, y, label, x2 - x0, font="Helvetica-Bold")
        if printed:
            y = wrap(x0, y, printed, x2 - x0, size=9, font="Helvetica-Oblique")
        text(name, x0, y - height + 8, x2 - x0, height=height, maxlen=maxlen, multiline=True)
        return y - height - 6

    c.setFillColor(green)
    c.rect(0, h - 90, w, 90, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(x0, h - 45, "Growing Spaces Grant 2027")
    c.setFont("Helvetica", 11)
    c.drawString(x0, h - 65, "Ravensholt Borough Council  |  Allotments and community gardens")
    c.setFillColor(colors.black)
    y = wrap(
        x0,
        h - 112,
        "Grants of up to £1,500 for allotment associations and community gardens in Ravensholt "
        "to make their sites greener, more welcoming and easier to use: water harvesting, "
        "composting, raised beds and accessible paths, wildlife areas, tool stores and shared "
        "polytunnels. You do not need to raise money from anywhere else, but tell us if you "
        "have. Fill in this form on screen, save it and email it to "
        "growingspaces@ravensholt.example.gov.uk by 31 March 2027.",
        x2 - x0,
    )
    y = band(y - 8, "1  Your group")
    y = row(y, "Name of association or group", "s1_name")
    y = row(y, "Contact name", "s1_contact")
    c.drawString(x0, y + 4, "Address")
    text("s1_addr", x0 + 170, y - 16, x2 - x0 - 170, height=32, multiline=True)
    y -= 42
    y = row(y, "Postcode", "s1_pc", width=80, maxlen=8)
    y = row(y, "Telephone", "s1_tel", width=130, maxlen=15)
    y = row(y, "Email", "s1_email")
    y = row(y, "Number of plot holders or members", "s1_members", width=60, maxlen=4, lw=200)
    y = radios(
        y, "Type of site", "s1_type", ["Allotment association", "Community garden", "Other"], lw=110
    )
    y = radios(y, "Is the site on council-owned land?", "s1_council", ["Yes", "No"], lw=200)
    y = band(y - 4, "2  Your project")
    y = question(
        y,
        "s2_q1",
        "What do you want to do, and what will the grant pay for?",
        "(about 150 words)",
        92,
    )
    y = question(
        y,
        "s2_q2",
        "Who will benefit? Tell us about any plot holders or visitors who face "
        "barriers, such as disability or low income.",
        "(up to 120 words)",
        80,
        maxlen=720,
    )
    c.setFont("Helvetica-Oblique", 8)
    c.drawCentredString(w / 2, 28, "Growing Spaces Grant 2027 - page 1 of 2")
    c.showPage()

    y = h - 60
    y = question(
        y,
        "s2_q3",
        "How will this make the site more sustainable, for example by saving water, "
        "composting or making room for wildlife?",
        "(maximum 600 characters)",
        80,
        maxlen=600,
    )
    y = question(
        y,
        "s2_q4",
        "How will the group keep the improvement going after the grant is spent?",
        None,
        80,
    )
    y = band(y - 4, "3  Money")
    y = row(y, "Total cost of the project (£)", "s3_total", width=100, lw=240)
    y = row(y, "Amount you would like from us (£)", "s3_request", width=100, maxlen=6, lw=240)
    y = row(y, "Other money or help you have, if any", "s3_other", lw=240)
    y = band(y - 4, "4  Documents")
    y = wrap(x0, y, "Please email these with your form. Tick each one you are sending.", x2 - x0)
    for i, label in enumerate(
        (
            "Your association's constitution or rules",
            "Your latest accounts, or the statement of income and spending agreed at your AGM",
            "A photograph of the area you want to improve",
            "If the site is not on council land: a letter from the landowner agreeing to the work",
        )
    ):
        form.checkbox(
            name=f"s4_doc{i + 1}",
            x=x0,
            y=y - 3,
            size=11,
            borderColor=green,
            fillColor=colors.white,
            buttonStyle="check",
        )
        y = wrap(x0 + 18, y, label, x2 - x0 - 18)
        y -= 5
    y = wrap(
        x0,
        y - 4,
        "Your group must have public liability insurance of at least £2 million. You do not "
        "need to send us the certificate.",
        x2 - x0,
    )
    y = band(y - 10, "5  Declaration")
    y = wrap(
        x0,
        y,
        "I confirm that the information on this form is correct and that the grant will be "
        "spent on the project described. We will send the council receipts and two photographs "
        "within six months of receiving the grant.",
        x2 - x0,
    )
    form.checkbox(
        name="s5_equal",
        x=x0,
        y=y - 5,
        size=11,
        borderColor=green,
        fillColor=colors.white,
        buttonStyle="check",
    )
    y = wrap(
        x0 + 18,
        y - 2,
        "We have an equal opportunities policy and all plot holders can see it.",
        x2 - x0 - 18,
    )
    y -= 12
    y = row(y, "Signature", "s5_sig")
    y = row(y, "Name", "s5_name")
    y = row(y, "Position in the group", "s5_pos")
    y = row(y, "Date", "s5_date", width=100, maxlen=10)
    c.setFont("Helvetica-Oblique", 8)
    c.drawCentredString(w / 2, 28, "Growing Spaces Grant 2027 - page 2 of 2")
    c.showPage()
    c.save()


# ----------------------------------------------------------------- Pellowby (text pdf)


def pellowby() -> None:
    """A district council's net zero community buildings capital grant form written in Google
    Docs and downloaded as PDF: Arial, grey table borders, each question a two-row table whose
    answer row is an empty rectangle, "Word limit: N" under the prompt, five pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pellowby-net-zero-community-buildings-capital-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Copy of NZCB capital grant application form 2027 v4 FINAL")
    c.setProducer("Skia/PDF m131 Google Docs Renderer")
    c.setCreator("")
    c.setAuthor("")
    w, h = A4
    x0, x2 = 72, w - 72
    grey = colors.HexColor("#999999")
    page = [1]

    def wrap(x, y, t, width, size=10.5, font="Helvetica", leading=14):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def footer():
        c.setFont("Helvetica", 9)
        c.drawRightString(x2, 36, str(page[0]))
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(
            x0, h - 40, "Pellowby District Council | Net Zero Community Buildings Fund 2027"
        )
        c.setFillColor(colors.black)

    def new_page():
        footer()
        c.showPage()
        page[0] += 1
        return h - 72

    def heading(y, t, size=14):
        c.setFont("Helvetica-Bold", size)
        c.setFillColor(colors.HexColor("#1E5631"))
        c.drawString(x0, y, t)
        c.setFillColor(colors.black)
        return y - size - 8

    def label_table(y, labels, lw=190, rh=22):
        c.setStrokeColor(grey)
        c.setLineWidth(0.75)
        for lab in labels:
            lines = simpleSplit(lab, "Helvetica", 10, lw - 10)
            height = max(rh, 13 * len(lines) + 8)
            c.setFillColor(colors.HexColor("#F3F3F3"))
            c.rect(x0, y - height, lw, height, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.rect(x0 + lw, y - height, x2 - x0 - lw, height, stroke=1, fill=0)
            yy = y - 14
            c.setFont("Helvetica", 10)
            for ln in lines:
                c.drawString(x0 + 5, yy, ln)
                yy -= 13
            y -= height
        return y - 14

    def question(y, number, prompt, limit, height):
        lines = simpleSplit(prompt, "Helvetica-Bold", 10.5, x2 - x0 - 12)
        ph = 14 * len(lines) + 24
        c.setStrokeColor(grey)
        c.setFillColor(colors.HexColor("#E6F0E8"))
        c.rect(x0, y - ph, x2 - x0, ph, stroke=1, fill=1)
        c.setFillColor(colors.black)
        yy = y - 15
        c.setFont("Helvetica-Bold", 10.5)
        first = True
        for ln in lines:
            c.drawString(x0 + 6, yy, (f"{number}  " if first else "") + ln)
            first = False
            yy -= 14
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(x0 + 6, yy, f"Word limit: {limit}")
        c.rect(x0, y - ph - height, x2 - x0, height, stroke=1, fill=0)
        return y - ph - height - 16

    # page 1
    y = h - 80
    c.setFont("Helvetica-Bold", 20)
    c.drawString(x0, y, "Net Zero Community Buildings Fund")
    y -= 24
    c.setFont("Helvetica", 13)
    c.drawString(x0, y, "Capital grant application form 2027")
    y -= 26
    y = heading(y, "About this form", 12)
    for t in (
        "Capital grants of £5,000 to £40,000 help village halls, community centres, sports "
        "pavilions and other community buildings in Pellowby district cut their carbon "
        "emissions and running costs: insulation, draught-proofing, glazing, heat pumps, solar "
        "PV, battery storage, LED lighting and controls.",
        "This form is a Google Doc. Please do not request edit access. Go to File > Make a "
        "copy (or File > Download > Microsoft Word), fill in your copy, and email it as a Word "
        "or PDF file to netzero@pellowby.example.gov.uk by 12 noon on Friday 14 May 2027.",
        "We fund up to 70% of the eligible cost of the works. You must find the remaining 30% "
        "or more yourselves, from your reserves, fundraising or other grants. Volunteer time "
        "and donated materials cannot count towards your 30%.",
        "You must have had an energy audit of the building in the last two years before you "
        "apply. If you have not, ask us about a free audit from the Pellowby Community Energy "
        "Hub.",
    ):
        y = wrap(x0, y, t, x2 - x0) - 6
    y = heading(y - 4, "Section A: Your organisation and the building", 12)
    y = label_table(
        y,
        (
            "Name of organisation",
            "Address of the building",
            "Postcode of the building",
            "Contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Legal status (tick one): CIO / charitable company / unincorporated charity / CIC / "
            "parish or town council / other",
            "Charity or company number",
            "Do you own the building or lease it? (own / lease)",
            "If you lease it, how many years are left on the lease?",
        ),
    )
    y = new_page()

    # page 2
    y = heading(y, "Section B: The building and the works", 12)
    y = question(
        y, "Q1", "Tell us about the building: who uses it, how often, and what for.", 200, 120
    )
    y = question(
        y,
        "Q2",
        "What works do you want to do? List each measure (for example loft "
        "insulation, an air source heat pump or solar PV) and say which recommendation "
        "in your energy audit it comes from.",
        300,
        170,
    )
    y = wrap(
        x0,
        y,
        "Q3  The building's energy use now. Take these figures from your energy "
        "audit or your last twelve months' bills.",
        x2 - x0,
        font="Helvetica-Bold",
    )
    y = label_table(
        y - 4,
        (
            "Electricity used in a year (kWh)",
            "Gas, oil or LPG used in a year (kWh)",
            "Current EPC or DEC rating (A to G), if known",
        ),
        lw=260,
    )
    y = new_page()

    # page 3
    y = question(
        y,
        "Q4",
        "How much carbon will the works save each year, and how did you work it out?",
        150,
        110,
    )
    y = question(
        y,
        "Q5",
        "How will lower running costs help the people and groups who use the building?",
        200,
        120,
    )
    y = heading(y, "Section C: Delivery and money", 12)
    y = question(
        y,
        "Q6",
        "Who will manage the works, and what is your timetable? Include any "
        "permissions you need, such as planning permission, listed building consent "
        "or your landlord's consent.",
        250,
        140,
    )
    y = new_page()

    # page 4
    y = label_table(
        y,
        (
            "Total cost of the works, including VAT you cannot reclaim (£)",
            "Grant requested from this fund (£)",
            "Your own contribution (£)",
            "Other funders: name, amount, and whether secured or applied for",
        ),
        lw=260,
        rh=26,
    )
    y = question(y, "Q7", "What will you do if the works cost more than you expect?", 100, 90)
    y = heading(y, "Section D: Documents to send with your form", 12)
    y = (
        wrap(
            x0,
            y,
            "Attach these to your email. Applications without them will not go to the panel.",
            x2 - x0,
        )
        - 6
    )
    docs = (
        ("Document", "Who must send it"),
        ("Governing document (constitution, trust deed or articles)", "Everyone"),
        (
            "Accounts for the last two financial years, independently examined or audited "
            "(we cannot accept unaudited accounts for this fund)",
            "Everyone",
        ),
        ("Energy audit or survey report, less than two years old", "Everyone"),
        ("Two like-for-like written quotes for each measure", "Everyone"),
        ("A project timetable from order to completion", "Everyone"),
        ("Your environmental policy", "Everyone"),
        ("Current EPC or DEC certificate", "If you have one"),
        ("A copy of your lease and the landlord's written consent to the works", "Leaseholders"),
        ("Planning permission or listed building consent", "If the works need it"),
    )
    c.setStrokeColor(grey)
    for i, (doc, who) in enumerate(docs):
        lines = simpleSplit(doc, "Helvetica", 10, 300)
        rh = 13 * len(lines) + 9
        if i == 0:
            c.setFillColor(colors.HexColor("#E6F0E8"))
            c.rect(x0, y - rh, x2 - x0, rh, stroke=1, fill=1)
            c.setFillColor(colors.black)
        else:
            c.rect(x0, y - rh, x2 - x0, rh, stroke=1, fill=0)
        c.line(x0 + 310, y, x0 + 310, y - rh)
        font = "Helvetica-Bold" if i == 0 else "Helvetica"
        yy = y - 13
        c.setFont(font, 10)
        for ln in lines:
            c.drawString(x0 + 5, yy, ln)
            yy -= 13
        c.drawString(x0 + 316, y - 13, who)
        y -= rh
    y = new_page()

    # page 5
    y = heading(y, "Section E: Insurance and declaration", 12)
    for t in (
        "Your organisation must hold buildings insurance for the building, and public "
        "liability insurance of at least £10 million. You do not need to send the "
        "certificates, but we will check them before we pay the grant.",
        "We, the undersigned, confirm on behalf of the organisation that the information in "
        "this application is true and complete; that the organisation's governing body has "
        "agreed to apply; that we will keep the building open for community use for at least "
        "five years after the works; and that we will repay the grant if the works are not "
        "completed. Two members of the governing body must sign, one of them the chair or "
        "treasurer.",
    ):
        y = wrap(x0, y, t, x2 - x0) - 8
    for who in ("First signatory", "Second signatory"):
        y = wrap(x0, y, who, x2 - x0, font="Helvetica-Bold")
        y = label_table(y - 2, ("Signature", "Name", "Position", "Date"), lw=120)
    y = heading(y, "How we use your information", 11)
    y = wrap(
        x0,
        y,
        "Pellowby District Council is the data controller for the information on this form. "
        "We use it to assess your application and manage any grant, and we share it with the "
        "Pellowby Community Energy Hub and the panel. We keep it for six years after the end "
        "of the grant. Our privacy notice is at www.pellowby.example.gov.uk/privacy.",
        x2 - x0,
    )
    footer()
    c.showPage()
    c.save()


def main() -> None:
    thornacre()
    gadsworth()
    ravensholt()
    pellowby()


if __name__ == "__main__":
    main()
