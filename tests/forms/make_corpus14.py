"""Regenerate the binary documents of held-out set 14 (Gorsebeck to Ollerby).

A generator for the four binary documents of held-out set 14 in tests/forms/
(their truth files were written blind, before any measurer was run on them). It builds only
its own four files and leaves every other file alone:

- gorsebeck-town-council-community-grant.docx: a town council Word form whose answer spaces
  are content controls ("Click or tap here to enter text.") in plain paragraphs, no tables,
  and a section-wide limit in a section heading;
- wrayfold-pcn-community-health-grant.docx: a primary care network's Word form of legacy
  form fields (FORMTEXT, some with a maximum length) after paragraph prompts;
- pickerdale-community-wellbeing-fund.pdf: a fillable PDF exported from Word with AcroForm
  fields (some with /MaxLen, tooltips from the labels);
- ollerby-nhs-charity-grants-guidance.pdf: an NHS charity's guidance notes printed from Word.

    .venv/bin/pip install reportlab python-docx      # into your own venv only
    .venv/bin/python tests/forms/make_corpus14.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 5, 4, 9, 0, 0)
DOCX = ("gorsebeck-town-council-community-grant.docx", "wrayfold-pcn-community-health-grant.docx")
PDFS = ("pickerdale-community-wellbeing-fund.pdf", "ollerby-nhs-charity-grants-guidance.pdf")
PLACEHOLDER = "Click or tap here to enter text."
DATE_PLACEHOLDER = "Click or tap to enter a date."
EN_SPACES = "\u2002" * 5  # Word's default result of an empty FORMTEXT field


def _new(title: str, author: str, font: str, size: float = 11):
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


def _run(text: str, style: str | None = None, bold: bool = False):
    from docx.oxml.ns import qn

    r = _el("w:r")
    rpr = _el("w:rPr")
    if style:
        rpr.append(_el("w:rStyle", val=style))
    if bold:
        rpr.append(_el("w:b"))
    r.append(rpr)
    t = _el("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    return r


# --------------------------------------------------------------------- content controls

_SDT_ID = [100]


def _sdt_pr(kind: str):
    pr = _el("w:sdtPr")
    _SDT_ID[0] += 1
    pr.append(_el("w:id", val=_SDT_ID[0]))
    pr.append(_el("w:placeholder"))
    pr[-1].append(_el("w:docPart", val="DefaultPlaceholder_-1854013440"))
    pr.append(_el("w:showingPlcHdr"))
    if kind == "date":
        date = _el("w:date")
        date.append(_el("w:dateFormat", val="dd/MM/yyyy"))
        date.append(_el("w:lid", val="en-GB"))
        pr.append(date)
    elif kind == "drop":
        dd = _el("w:dropDownList")
        for item in (
            "Choose an item.",
            "Registered charity",
            "CIO",
            "Community interest company",
            "Unincorporated association",
            "Other",
        ):
            dd.append(
                _el("w:listItem", displayText=item, value=item if "Choose" not in item else "")
            )
        pr.append(dd)
    else:
        pr.append(_el("w:text", multiLine="1") if kind == "multi" else _el("w:text"))
    return pr


def _inline_cc(p, kind: str = "text") -> None:
    """An inline (run-level) content control showing its placeholder, as Word saves it."""
    sdt = _el("w:sdt")
    sdt.append(_sdt_pr(kind))
    content = _el("w:sdtContent")
    text = {"date": DATE_PLACEHOLDER, "drop": "Choose an item."}.get(kind, PLACEHOLDER)
    content.append(_run(text, style="PlaceholderText"))
    sdt.append(content)
    p._p.append(sdt)


def _block_cc(d) -> None:
    """A block-level (paragraph) rich text content control for a long answer."""
    sdt = _el("w:sdt")
    sdt.append(_sdt_pr("rich"))
    content = _el("w:sdtContent")
    para = _el("w:p")
    para.append(_run(PLACEHOLDER, style="PlaceholderText"))
    content.append(para)
    sdt.append(content)
    d.element.body.insert(len(d.element.body) - 1, sdt)


def _checkbox_cc(p) -> None:
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    _SDT_ID[0] += 1
    pr.append(_el("w:id", val=_SDT_ID[0]))
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cb = OxmlElement("w14:checkbox")
    chk = OxmlElement("w14:checked")
    chk.set(qn("w14:val"), "0")
    cb.append(chk)
    pr.append(cb)
    sdt.append(pr)
    content = _el("w:sdtContent")
    content.append(_run("\u2610"))
    sdt.append(content)
    p._p.append(sdt)


def _label_cc(d, label: str, kind: str = "text") -> None:
    p = d.add_paragraph()
    p._p.append(_run(label + " ", bold=True))
    _inline_cc(p, kind)


def _placeholder_style(d) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    s = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    s.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    s.element.set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId", "PlaceholderText"
    )


def _gorsebeck() -> None:
    d = _new(
        "Community Grant Scheme 2027/28 - Application Form", "Gorsebeck Town Council", "Arial", 11
    )
    _placeholder_style(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Gorsebeck Town Council  |  Community Grant Scheme 2027/28"
    sec.footer.paragraphs[0].text = "CGS Application Form v3 - March 2027"
    d.add_heading("Community Grant Scheme 2027/28", 0)
    d.add_paragraph("Application form")
    d.add_paragraph(
        "Before you start, please read the scheme criteria on the Town Council website. Grants "
        "are between £250 and £3,000. Click or tap in each grey box to type your answer; the "
        "box grows as you write. Save the form with your group's name in the file name and "
        "email it to grants@gorsebeck-tc.example.gov.uk by noon on Friday 29 January 2027."
    )
    d.add_paragraph(
        "Would you like this form in large print or on paper? Ring the Town Clerk on "
        "01632 960 418 and we will post one to you."
    )
    d.add_heading("Part 1 - Your group", 1)
    for label, kind in (
        ("Name of group:", "text"),
        ("Main contact:", "text"),
        ("Their role in the group:", "text"),
        ("Postal address:", "text"),
        ("Postcode:", "text"),
        ("Daytime telephone:", "text"),
        ("Email address:", "text"),
        ("Type of group:", "drop"),
        ("Charity or company number (if any):", "text"),
        ("Date your financial year ends:", "date"),
    ):
        _label_cc(d, label, kind)
    d.add_heading(
        "Part 2 - Your project (please use no more than 1,000 words in total for this part)", 1
    )
    d.add_paragraph(
        "You can split the 1,000 words between the three questions below as you wish. "
        "Councillors read every word, so plain answers are best."
    )
    _label_cc(d, "Project title:")
    d.add_paragraph().add_run("Describe what you want to do and where it will happen.").bold = True
    _block_cc(d)
    d.add_paragraph().add_run("Why is it needed? How do you know?").bold = True
    _block_cc(d)
    d.add_paragraph().add_run("Who will benefit, and how will you reach them?").bold = True
    _block_cc(d)
    _label_cc(d, "Roughly how many people will take part?")
    _label_cc(d, "When will the project start?", "date")
    d.add_heading("Part 3 - The money", 1)
    d.add_paragraph(
        "The Town Council will pay up to 75% of the total cost of a project. Your group needs to "
        "find at least 25% from its own funds or from other funders. Do not include VAT (20%) "
        "if your group can reclaim it."
    )
    _label_cc(d, "Total cost of the project: £")
    _label_cc(d, "Amount you are asking the Town Council for: £")
    _label_cc(d, "Other money secured or applied for (who from, and how much):")
    d.add_paragraph().add_run("Explain how you worked out the costs (about 150 words).").bold = True
    _block_cc(d)
    d.add_heading("Part 4 - Anything else", 1)
    d.add_paragraph().add_run(
        "Is there anything else you would like the grants panel to know?"
    ).bold = True
    _block_cc(d)
    d.add_heading("Part 5 - What to send with this form", 1)
    for line in (
        "A copy of your constitution or set of rules.",
        "Your latest annual accounts. These do not have to be audited, but two officers of the "
        "group must sign them.",
        "A bank statement from the last three months showing the group's name.",
        "If the project involves building work or changes to land: written permission from the "
        "landowner.",
        "If you are buying any single item costing more than £500: one written quote for it.",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph(
        "Every group must hold public liability insurance with cover of at least £5m. You do not "
        "need to send us the certificate."
    )
    d.add_heading("Part 6 - Declaration", 1)
    p = d.add_paragraph()
    _checkbox_cc(p)
    p._p.append(
        _run(
            " Our group has a safeguarding policy and an equal opportunities policy, "
            "and will provide copies if the Town Council asks for them."
        )
    )
    d.add_paragraph(
        "I confirm that the information on this form is correct and that any grant will be "
        "spent only on the project described."
    )
    for label, kind in (
        ("Signed:", "text"),
        ("Name:", "text"),
        ("Position in group:", "text"),
        ("Date:", "date"),
    ):
        _label_cc(d, label, kind)
    d.save(HERE / DOCX[0])


# --------------------------------------------------------------------- legacy form fields


def _formtext(p, name: str, maxlen: int | None = None) -> None:
    """A legacy FORMTEXT field, as Word saves it: begin (ffData), instr, separate, result, end."""
    from docx.oxml.ns import qn

    r = _el("w:r")
    fc = _el("w:fldChar", fldCharType="begin")
    ff = _el("w:ffData")
    ff.append(_el("w:name", val=name))
    ff.append(_el("w:enabled"))
    ff.append(_el("w:calcOnExit", val="0"))
    ti = _el("w:textInput")
    if maxlen:
        ti.append(_el("w:maxLength", val=maxlen))
    ff.append(ti)
    fc.append(ff)
    r.append(fc)
    p._p.append(r)
    r = _el("w:r")
    it = _el("w:instrText")
    it.text = " FORMTEXT "
    it.set(qn("xml:space"), "preserve")
    r.append(it)
    p._p.append(r)
    r = _el("w:r")
    r.append(_el("w:fldChar", fldCharType="separate"))
    p._p.append(r)
    r = _el("w:r")
    rpr = _el("w:rPr")
    rpr.append(_el("w:noProof"))
    r.append(rpr)
    t = _el("w:t")
    t.text = EN_SPACES
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    p._p.append(r)
    r = _el("w:r")
    r.append(_el("w:fldChar", fldCharType="end"))
    p._p.append(r)


def _formcheck(p, name: str) -> None:
    from docx.oxml.ns import qn

    r = _el("w:r")
    fc = _el("w:fldChar", fldCharType="begin")
    ff = _el("w:ffData")
    ff.append(_el("w:name", val=name))
    ff.append(_el("w:enabled"))
    ff.append(_el("w:calcOnExit", val="0"))
    cb = _el("w:checkBox")
    cb.append(_el("w:sizeAuto"))
    cb.append(_el("w:default", val="0"))
    ff.append(cb)
    fc.append(ff)
    r.append(fc)
    p._p.append(r)
    r = _el("w:r")
    it = _el("w:instrText")
    it.text = " FORMCHECKBOX "
    it.set(qn("xml:space"), "preserve")
    r.append(it)
    p._p.append(r)
    r = _el("w:r")
    r.append(_el("w:fldChar", fldCharType="end"))
    p._p.append(r)


def _prompt_field(d, prompt: str, name: str, maxlen: int | None = None, bold=True) -> None:
    d.add_paragraph().add_run(prompt).bold = bold
    _formtext(d.add_paragraph(), name, maxlen)


def _wrayfold() -> None:
    from docx.oxml.ns import qn
    from docx.shared import Cm

    d = _new(
        "Community Health Small Grants - application",
        "Wrayfold Primary Care Network",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "NHS  Wrayfold Primary Care Network"
    footer = sec.footer.paragraphs[0]
    footer.text = "Wrayfold PCN is hosted by Wrayfold Medical Group for its six member practices."
    d.add_heading("Community Health Small Grants 2027", 0)
    d.add_paragraph(
        "Grants of £500 to £2,500 for voluntary and community groups helping people in the "
        "Wrayfold area to stay well. Our social prescribing link workers refer about 15% of "
        "the patients they see to community groups, and we want more of those groups to exist. "
        "Press F11 or Tab to move from one grey field to the next. The form is protected, so "
        "you can only type in the grey fields."
    )
    d.add_heading("Part A  About your organisation", 1)
    for prompt, name, maxlen in (
        ("Organisation name", "OrgName", 100),
        ("Main contact", "Contact", 60),
        ("Address", "Address", None),
        ("Postcode", "Postcode", 8),
        ("Telephone", "Phone", 15),
        ("Email", "Email", 80),
        ("Type of organisation (for example charity, CIC, residents' group)", "OrgType", 40),
        ("Registered charity or company number, if you have one", "RegNo", 10),
    ):
        _prompt_field(d, prompt, name, maxlen, bold=False)
    d.add_heading("Part B  Your project", 1)
    _prompt_field(d, "B1  Give your project a short name.", "ProjName", 60)
    _prompt_field(
        d,
        "B2  What health or wellbeing need will your project address? Please include any "
        "local evidence you have. (300 words maximum)",
        "Need",
    )
    _prompt_field(
        d,
        "B3  What will you actually do? Tell us about the activities, who will run them and "
        "where they will take place.",
        "Activities",
        1800,
    )
    _prompt_field(
        d,
        "B4  How will people who do not usually use health services hear about it? "
        "(150 words / 900 characters)",
        "Reach",
        900,
    )
    _prompt_field(d, "B5  How will you measure the difference the project makes?", "Measure")
    _prompt_field(d, "B6  Number of people you expect to reach:", "Number", 5)
    d.add_heading("Part C  Costs", 1)
    _prompt_field(d, "Total project cost (£)", "TotalCost", 10, bold=False)
    _prompt_field(
        d, "Grant requested (£) - the most we can give is £2,500", "Request", 6, bold=False
    )
    d.add_paragraph("Main items of spend")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Item", "Cost (£)"
    for n in range(5):
        cells = t.add_row().cells
        _formtext(cells[0].paragraphs[0], f"Item{n + 1}", 50)
        _formtext(cells[1].paragraphs[0], f"Cost{n + 1}", 8)
        cells[0].width, cells[1].width = Cm(12), Cm(4)
    d.add_paragraph(
        "We do not ask for match funding, but tell us in B3 if other organisations are "
        "supporting the project."
    )
    d.add_heading("Part D  Documents we need", 1)
    d.add_paragraph(
        "Email these with the form. We cannot assess an application until we have them all."
    )
    for line in (
        "Governing document (constitution, trust deed or articles of association).",
        "Your most recent annual accounts. If your organisation is less than 12 months old, "
        "send your last three bank statements instead.",
        "Data protection policy - needed from every applicant, because projects referred "
        "through the PCN will hold people's health information.",
        "Public liability insurance certificate. Cover of £10 million is a condition of funding.",
        "Lone working policy, where staff or volunteers will meet people on their own.",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Part E  Declaration", 1)
    p = d.add_paragraph()
    _formcheck(p, "Safeguard")
    p.add_run(" We have a safeguarding policy that covers both adults and children.")
    d.add_paragraph(
        "I declare that the information given is true. Typing your name below counts as your "
        "signature when the form is emailed."
    )
    for prompt, name, maxlen in (
        ("Name", "SignName", 60),
        ("Position", "SignRole", 40),
        ("Date", "SignDate", 10),
    ):
        _prompt_field(d, prompt, name, maxlen, bold=False)
    # CT_Settings is a sequence: documentProtection comes before defaultTabStop, as Word writes it
    prot = _el("w:documentProtection", edit="forms", enforcement="1")
    tab = d.settings.element.find(qn("w:defaultTabStop"))
    if tab is not None:
        tab.addprevious(prot)
    else:
        d.settings.element.insert(0, prot)
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------- PDFs


def _pdf_setup() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1


def _wrap(c, x, y, text, font="Helvetica", size=10, lead=13.0, width=495.0):
    from reportlab.lib.utils import simpleSplit

    c.setFont(font, size)
    for para in text.split("\n"):
        for ln in simpleSplit(para, font, size, width) or [""]:
            c.drawString(x, y, ln)
            y -= lead
    return y


def _pickerdale() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    left = 50
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Community Wellbeing Fund application form")
    c.setAuthor("Pickerdale District Council")
    c.setCreator("Microsoft® Word for Microsoft 365")
    form = c.acroForm

    def field(x, y, label, name, tip, width, maxlen=None, height=16, multi=False):
        c.setFont("Helvetica", 9)
        c.drawString(x, y + height + 3, label)
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderWidth=0.8,
            borderColor=HexColor("#7F7F7F"),
            fillColor=HexColor("#DDE8F3"),
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
            fieldFlags="multiline" if multi else "",
        )

    c.setFont("Helvetica-Bold", 16)
    c.drawString(left, h - 58, "Community Wellbeing Fund 2027")
    c.setFont("Helvetica", 10.5)
    c.drawString(
        left,
        h - 75,
        "Pickerdale District Council with the Pickerdale Health and Wellbeing Partnership",
    )
    y = _wrap(
        c,
        left,
        h - 98,
        "Use this form to apply for £1,000 to £7,500. Fill it in on screen and save it, "
        "or print it. Around 1 in 4 adults in the district (25%) say they feel lonely some "
        "or all of the time; projects that reach them will be given priority. We expect "
        "to fund up to 90% of the cost of a project. The remaining 10% can be money or "
        "in-kind support such as volunteer time or a free venue.",
        size=9.5,
        lead=12,
    )
    c.setFillColor(HexColor("#1F4E79"))
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(left, y - 8, "1  Your organisation")
    c.setFillColor(black)
    y -= 44
    col = (w - 2 * left - 15) / 2
    rows = (
        (
            ("Organisation name", "OrgName", "Name of organisation", 80),
            ("Contact name", "ContactName", "Name of main contact", 50),
        ),
        (
            ("Job title or role", "Role", "Role of main contact", 40),
            ("Charity / company number", "RegNumber", "Registered number if any", 10),
        ),
        (("Telephone", "Tel", "Telephone number", 15), ("Email", "EmailAddr", "Email address", 80)),
    )
    for a, b in rows:
        field(left, y, a[0], a[1], a[2], col, a[3])
        field(left + col + 15, y, b[0], b[1], b[2], col, b[3])
        y -= 38
    field(left, y - 24, "Address", "Address", "Postal address of organisation", col, None, 40, True)
    field(left + col + 15, y, "Postcode", "Postcode", "Postcode", 90, 8)
    y -= 70
    c.setFont("Helvetica", 9)
    c.drawString(left, y, "Legal form (choose one):")
    x = left + 115
    for n, opt in enumerate(("Registered charity / CIO", "CIC", "Unincorporated group", "Other")):
        form.radio(
            name="LegalForm",
            tooltip="Legal form",
            value=f"Choice{n + 1}",
            selected=False,
            x=x,
            y=y - 2,
            size=10,
            borderWidth=0.8,
        )
        c.drawString(x + 14, y, opt)
        x += 100
    y -= 30
    c.setFillColor(HexColor("#1F4E79"))
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(left, y, "2  Your project")
    c.setFillColor(black)
    y -= 22
    full = w - 2 * left
    qs = (
        (
            "Q1  Summarise your project in no more than 50 words.",
            "Summary",
            "Project summary (50 words)",
            300,
            40,
        ),
        (
            "Q2  Tell us what you will do with the grant. (up to 400 words)",
            "Activities",
            "What you will do",
            None,
            120,
        ),
    )
    for label, name, tip, maxlen, height in qs:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(left, y, label)
        form.textfield(
            name=name,
            tooltip=tip,
            x=left,
            y=y - 6 - height,
            width=full,
            height=height,
            borderWidth=0.8,
            fillColor=HexColor("#DDE8F3"),
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        y -= height + 26
    c.setFont("Helvetica", 7.5)
    c.drawString(left, 30, "Pickerdale District Council - Community Wellbeing Fund - page 1 of 2")
    c.showPage()
    y = h - 60
    qs = (
        (
            "Q3  How does the project support people's mental or physical wellbeing?",
            "Wellbeing",
            "Wellbeing",
            1500,
            150,
        ),
        (
            "Q4  Who have you talked to about the idea, and what did they say?",
            "Consultation",
            "Consultation - max 200 words",
            1200,
            110,
        ),
        (
            "Q5  What will be different for the people taking part after 12 months?",
            "Change",
            "Difference after 12 months",
            None,
            110,
        ),
    )
    for label, name, tip, maxlen, height in qs:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(left, y, label)
        form.textfield(
            name=name,
            tooltip=tip,
            x=left,
            y=y - 6 - height,
            width=full,
            height=height,
            borderWidth=0.8,
            fillColor=HexColor("#DDE8F3"),
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        y -= height + 26
    field(left, y - 16, "Start date (dd/mm/yyyy)", "StartDate", "Start date", 110, 10)
    field(left + 170, y - 16, "Total cost (£)", "TotalCost", "Total cost", 110, 7)
    field(left + 340, y - 16, "Amount requested (£)", "Requested", "Amount requested", 110, 7)
    y -= 50
    c.setFillColor(HexColor("#1F4E79"))
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(left, y, "3  Checklist and declaration")
    c.setFillColor(black)
    y = _wrap(
        c,
        left,
        y - 18,
        "Please attach: your constitution; your most recent annual accounts (independent "
        "examination is not needed - accounts signed off by your management committee are "
        "fine); your safeguarding policy, only if the project involves children or adults "
        "at risk; and a quote for any piece of equipment over £1,000.\n"
        "All groups must hold public liability insurance of at least £5,000,000. Keep the "
        "certificate: we may ask to see it.",
        size=9,
        lead=11.5,
    )
    y -= 6
    form.checkbox(
        name="Declaration", tooltip="Declaration", x=left, y=y - 2, size=10, borderWidth=0.8
    )
    y = _wrap(
        c,
        left + 16,
        y,
        "I confirm that our organisation has an equal opportunities policy and that the "
        "information in this form is correct.",
        size=9,
        lead=11.5,
        width=470,
    )
    y -= 16
    field(left, y - 16, "Signature (type your name)", "Signature", "Signature", 150, 60)
    field(left + 170, y - 16, "Print name", "PrintName", "Print name", 150, 60)
    field(left + 340, y - 16, "Date", "SignDate", "Date signed", 110, 10)
    c.setFont("Helvetica", 7.5)
    c.drawString(left, 30, "Pickerdale District Council - Community Wellbeing Fund - page 2 of 2")
    c.showPage()
    c.save()


def _ollerby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _w, h = A4
    left = 60
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Microsoft Word - Grants guidance 2027 FINAL.docx")
    c.setAuthor("Ollerby Hospitals Charity")
    pages = [
        [
            ("H", "Ollerby Hospitals Charity"),
            ("h", "Community Partnership Grants 2027: guidance for applicants"),
            (
                "p",
                "Ollerby Hospitals Charity is the official charity of Ollerby University "
                "Hospitals NHS Foundation Trust (registered charity 1190000). These notes "
                "explain who can apply, what we fund and what you must send. Please read them "
                "alongside the application form, which you can download from our website.",
            ),
            ("h", "1. What we fund"),
            (
                "p",
                "Grants of £5,000 to £40,000 over up to two years for voluntary and community "
                "organisations working with the Trust's wards and services to support patients "
                "after they leave hospital. Around 30% of the applications we receive are "
                "funded. Up to 10% of any grant may be used for overheads.",
            ),
            ("h", "2. Who can apply"),
            (
                "p",
                "Registered charities, CIOs, community interest companies and constituted "
                "voluntary groups with a bank account in the organisation's name. We do not "
                "fund individuals, NHS staff teams or private companies.",
            ),
            ("h", "3. Match funding"),
            (
                "p",
                "We do not require match funding. Where other funders are involved, please "
                "tell us in Section 5 of the form.",
            ),
            ("h", "4. Completing the application form"),
            (
                "p",
                "The form has six sections. Section 3 asks 'How will patients benefit from "
                "your project?' - please keep to 250 words. Section 4 asks how you will work "
                "with the ward or service (no more than 300 words). Do not send extra pages: "
                "anything over the limit will not be read.",
            ),
        ],
        [
            ("h", "5. Documents you must send"),
            ("p", "Every applicant must send the following with the form:"),
            (
                "b",
                "Your latest annual report and accounts. Organisations with an income of over "
                "£1 million must send audited accounts; everyone else must send accounts that "
                "have been independently examined.",
            ),
            (
                "b",
                "A letter of support from the manager of the NHS ward or service you will "
                "work with.",
            ),
            ("b", "Your equality, diversity and inclusion policy."),
            ("b", "Your public liability insurance certificate, showing cover of at least £10m."),
            ("p", "Some applicants must also send:"),
            ("b", "If your project will process patient data: your data protection policy."),
            ("b", "If the project involves building or alteration works: planning permission."),
            ("h", "6. Safeguarding"),
            (
                "p",
                "Volunteers on NHS premises are checked by the Trust's Voluntary Services team. "
                "You do not need to send DBS certificates; the Trust will arrange any checks "
                "needed.",
            ),
            ("h", "7. Questions?"),
            (
                "p",
                "Can't find what you need? Email grants@ollerbycharity.example.org.uk or ring "
                "0113 496 0722 (Monday to Thursday, 9am to 4pm).",
            ),
        ],
    ]
    for n, page in enumerate(pages, 1):
        y = h - 70
        for kind, text in page:
            if kind == "H":
                c.setFont("Helvetica-Bold", 18)
                c.drawString(left, y, text)
                y -= 26
            elif kind == "h":
                y -= 6
                c.setFont("Helvetica-Bold", 12)
                c.drawString(left, y, text)
                y -= 18
            elif kind == "b":
                c.setFont("Helvetica", 10.5)
                c.drawString(left + 8, y, "\u2022")
                y = _wrap(c, left + 22, y, text, size=10.5, lead=13.5, width=450) - 4
            else:
                y = _wrap(c, left, y, text, size=10.5, lead=13.5, width=475) - 6
        c.setFont("Helvetica", 8)
        c.drawString(left, 36, f"Community Partnership Grants 2027 guidance    Page {n} of 2")
        c.showPage()
    c.save()


def main() -> None:
    _gorsebeck()
    _wrayfold()
    for name in DOCX:
        kit.normalise_zip(HERE / name, FIXED)
    _pdf_setup()
    _pickerdale()
    _ollerby()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
