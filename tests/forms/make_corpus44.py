"""Build set 44's Word and PDF documents (funders that are not councils).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus44.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 9, 0, 0)
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


def _set(cell, text: str, bold: bool = False, italic: bool = False, size=None, lang=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if lang:
        r_pr = run._r.get_or_add_rPr()
        el = OxmlElement("w:lang")
        el.set(qn("w:val"), lang)
        r_pr.append(el)
    return par


def _height(row, twips: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _box(d, twips: int) -> None:
    """An empty one-cell bordered table: the answer box under a question heading."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _height(t.rows[0], twips)
    d.add_paragraph()


# --------------------------------------------------------------------------------------
# Kelsdon Homes: a housing association's community investment fund, questions as headings
# --------------------------------------------------------------------------------------


def kelsdon() -> None:
    """Every question a Heading 2 with its limit in an italic line under it, then a box."""
    from docx.shared import Pt, RGBColor

    out = HERE / "kelsdon-homes-community-investment-fund-application.docx"
    d = _new(
        "Community Investment Fund 2027/28: application form",
        "Kelsdon Homes Community Investment Team",
        "Arial",
        11,
    )
    teal = RGBColor(0x00, 0x6D, 0x77)
    for name in ("Heading 1", "Heading 2"):
        st = d.styles[name]
        st.font.name = "Arial"
        st.font.color.rgb = teal
    d.styles["Heading 2"].font.size = Pt(12)

    def limit(text: str) -> None:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.size = Pt(10)
        r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)

    def details(rows) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (lab, ans) in enumerate(rows):
            _set(t.cell(i, 0), lab, bold=True)
            _shade(t.cell(i, 0), "E0F0F1")
            _set(t.cell(i, 1), ans)
        d.add_paragraph()

    d.add_heading("Kelsdon Homes Community Investment Fund 2027/28", 0)
    d.add_paragraph(
        "Grants of £500 to £10,000 for resident groups and local voluntary and community "
        "organisations working in neighbourhoods where Kelsdon Homes owns or manages homes. In "
        "2027/28 we will give priority to projects that tackle loneliness, help residents with "
        "money and digital skills, or look after the green spaces on our estates."
    )
    d.add_paragraph(
        "Type your answers in the boxes. Each question has a limit shown in italics beneath it: "
        "please stay within it, as the panel will stop reading at the limit. Send the form and "
        "your documents to communityfund@kelsdonhomes.example.org.uk by 12 noon on 19 March "
        "2027. Large print and audio versions are available from our Community Investment Team "
        "on 0300 555 0192."
    )

    d.add_heading("Section A: About your group", 1)
    details(
        [
            ("Name of your group", ""),
            ("Main contact name", ""),
            ("Their position in the group", ""),
            ("Address", ""),
            ("Postcode", ""),
            ("Telephone", ""),
            ("Email", ""),
            (
                "Is your group a tenants' and residents' association recognised by Kelsdon Homes?",
                f"{BOX} Yes     {BOX} No",
            ),
            (
                "Which Kelsdon Homes neighbourhood(s) will benefit? Tick all that apply.",
                f"{BOX} Eastfield   {BOX} Priory Park   {BOX} Canal Side   {BOX} Other",
            ),
        ]
    )

    d.add_heading("Section B: Your project", 1)
    details([("Project name", ""), ("Start date", ""), ("End date", "")])
    d.add_heading("B1. What is your project, and what will you do with the grant?", 2)
    limit("Maximum 300 words")
    _box(d, 4200)
    d.add_heading(
        "B2. How will Kelsdon Homes residents be involved in planning and running the project?", 2
    )
    limit("No more than 150 words")
    _box(d, 2400)
    d.add_heading("B3. What difference will the project make, and how will you measure it?", 2)
    limit("Up to 1,800 characters including spaces")
    _box(d, 3600)
    d.add_heading("B4. Which of our three priorities does your project meet, and how?", 2)
    limit("Half a side of A4")
    _box(d, 3600)
    d.add_heading("B5. Tell us about anyone else you are working with on this project.", 2)
    limit("Optional. Tell us who they are and what they will do.")
    _box(d, 2000)

    d.add_heading("Section C: Costs", 1)
    details(
        [
            ("Total cost of the project (£)", ""),
            ("Amount you are asking Kelsdon Homes for (£)", ""),
            ("Other funding already secured (£)", ""),
        ]
    )
    d.add_paragraph("Please give a breakdown of the costs in the budget you send with this form.")

    d.add_heading("Section D: Documents", 1)
    d.add_paragraph("Every group must send:")
    for t in (
        "your constitution or set of rules;",
        "your most recent accounts or, if you are a new group that has not yet finished a "
        "financial year, a statement of your income and spending so far signed by your "
        "treasurer;",
        "a budget for the project;",
        "a copy of your public liability insurance schedule (minimum cover £5,000,000).",
    ):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("You must also send, if they apply to you:")
    for t in (
        "if your group is not a recognised tenants' and residents' association, a letter of "
        "support from a Kelsdon Homes neighbourhood officer or from another resident group;",
        "if you employ staff, your employer's liability insurance certificate;",
        "if your project involves children or adults at risk, your safeguarding policy;",
        "for grants over £5,000, two quotes for any equipment or building work.",
    ):
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Section E: Declaration", 1)
    d.add_paragraph(
        "We confirm that the information in this application is correct; that our group has "
        "an equal opportunities policy and a data protection policy and follows them; and that "
        "any grant will be used only for the project described. The form must be signed by two "
        "members of the group's committee who are not related to each other."
    )
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("", "First signatory", "Second signatory")):
        _set(t.cell(0, j), h, bold=True)
    for i, lab in enumerate(("Signature", "Name", "Date"), start=1):
        _set(t.cell(i, 0), lab, bold=True)
        _shade(t.cell(i, 0), "E0F0F1")
    sec = d.sections[0]
    foot = sec.footer.paragraphs[0]
    foot.text = (
        "Kelsdon Homes is a registered society (No. 30912R) and a registered provider of social "
        "housing (L4471). Kelsdon House, 2 Mill Lane, Kelsdon KD1 4QT."
    )
    foot.runs[0].font.size = Pt(8)
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------------------
# Fallowdene Community Foundation: a donor's named fund, legacy Word form fields
# --------------------------------------------------------------------------------------

_FF = [0]


def _legacy(par, kind: str = "text", maxlen: int = 0, entries=(), date=False) -> None:
    """Append a legacy form field (FORMTEXT, FORMCHECKBOX or FORMDROPDOWN) to a paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    _FF[0] += 1
    w = nsdecls("w")
    if kind == "text":
        inner = ""
        if date:
            inner = '<w:type w:val="date"/><w:format w:val="dd/MM/yyyy"/>'
        if maxlen:
            inner += f'<w:maxLength w:val="{maxlen}"/>'
        data = f"<w:textInput>{inner}</w:textInput>"
        instr, name = " FORMTEXT ", f"Text{_FF[0]}"
    elif kind == "check":
        data = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>'
        instr, name = " FORMCHECKBOX ", f"Check{_FF[0]}"
    else:
        items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
        data = f"<w:ddList>{items}</w:ddList>"
        instr, name = " FORMDROPDOWN ", f"Dropdown{_FF[0]}"
    runs = [
        f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
        f'<w:enabled/><w:calcOnExit w:val="0"/>{data}</w:ffData></w:fldChar></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>',
    ]
    if kind != "check":
        shown = "\u2002" * 5 if kind == "text" else entries[0]
        runs += [
            f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {w}><w:rPr><w:noProof/></w:rPr><w:t>{shown}</w:t></w:r>",
        ]
    runs.append(f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>')
    for r in runs:
        par._p.append(parse_xml(r))


def _boxed(par) -> None:
    """Border and shade a paragraph so the legacy field in it sits in a visible box."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    border = "".join(
        f'<w:{s} w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        for s in ("top", "left", "bottom", "right")
    )
    p_pr = par._p.get_or_add_pPr()
    p_pr.append(parse_xml(f"<w:pBdr {nsdecls('w')}>{border}</w:pBdr>"))
    p_pr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:before="60" w:after="600"/>'))


def fallowdene() -> None:
    """A community foundation's application to a family's named fund: the donor's wishes in
    a shaded box, every answer a legacy form field (some with a maxLength), tick boxes and a
    drop-down."""
    from docx.shared import Pt, RGBColor

    out = HERE / "fallowdene-community-foundation-penhallow-fund-application.docx"
    d = _new(
        "The Penhallow Fund: application form",
        "Fallowdene Community Foundation",
        "Georgia",
        10.5,
    )
    plum = RGBColor(0x6A, 0x1B, 0x4D)

    def para(text="", bold=False, italic=False, size=None, colour=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if colour:
                r.font.color.rgb = colour
        return p

    def line(label: str, **kw) -> None:
        p = para(label + "  ", bold=True)
        _legacy(p, **kw)

    def question(text: str, **kw) -> None:
        para(text, bold=True)
        p = d.add_paragraph()
        _legacy(p, **kw)
        _boxed(p)

    para("Fallowdene Community Foundation", bold=True, size=12, colour=plum)
    para("The Penhallow Fund", bold=True, size=22, colour=plum)
    para("Application form 2027", size=13)
    para(
        "This form is protected: press Tab to move from one grey field to the next. Save it "
        "with your group's name in the file name and email it with your documents to "
        "grants@fallowdenecf.example.org.uk.",
        italic=True,
    )
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    _shade(cell, "F3E6EE")
    cell.text = ""
    p0 = cell.paragraphs[0]
    p0.add_run("About the Penhallow Fund: the donor's wishes").bold = True
    for txt in (
        "The Penhallow Fund is a named fund held at the Foundation. It was set up in 2019 by "
        "the family of Marjorie Penhallow, who was a district nurse in Fallowdene for forty "
        "years.",
        "The family would like the fund to help older people who live alone in the rural "
        "parishes of Fallowdene District to stay well, to stay connected with other people, and "
        "to get through the winter months.",
        "The family will not fund: buildings or building works; projects in Fallowdene town "
        "centre (the town has its own fund); medical treatment or anything the NHS should "
        "provide; trips or holidays; or general appeals.",
        "Grants are from £500 to £3,000. The Foundation's grants committee decides, and the "
        "family sees a summary of every grant made.",
    ):
        cell.add_paragraph(txt)
    d.add_paragraph()

    para("1. Your organisation", bold=True, size=13, colour=plum)
    line("Name of organisation:", maxlen=80)
    line("Address:")
    line("Postcode:", maxlen=8)
    line("Contact name:", maxlen=60)
    line("Telephone:", maxlen=15)
    line("Email:", maxlen=80)
    line(
        "Legal status:",
        kind="drop",
        entries=(
            "Choose one",
            "Registered charity",
            "Charitable incorporated organisation",
            "Constituted community group",
            "Community interest company",
            "Other",
        ),
    )
    line("Charity number (if any):", maxlen=8)
    line("Income in your last financial year (£):", maxlen=9)

    para("2. Your project and the donor's wishes", bold=True, size=13, colour=plum)
    p = para(
        "Which of the Penhallow family's wishes does your project meet? Tick all that apply.",
        bold=True,
    )
    for w in ("Staying well", "Staying connected", "Getting through the winter"):
        p = d.add_paragraph()
        _legacy(p, kind="check")
        p.add_run("  " + w)
    question("2.1 Describe your project.", maxlen=1500)
    question(
        "2.2 Which parishes will the project reach, and how will you find older people who "
        "live alone? (up to 200 words)"
    )
    question(
        "2.3 How will the project help people to stay well or connected through the winter? "
        "(max. 1,200 characters)",
        maxlen=1200,
    )
    question("2.4 How will you know that it has worked?", maxlen=600)
    p = para(
        "2.5 The Penhallow family like to hear from the people who benefit. Would you be "
        "willing to share a short story or a photograph with them after the project?  ",
        bold=True,
    )
    _legacy(p, kind="check")
    p.add_run(" Yes   ")
    _legacy(p, kind="check")
    p.add_run(" No")

    para("3. Money", bold=True, size=13, colour=plum)
    line("Total cost of the project (£):", maxlen=7)
    line("Amount you are asking for (£):", maxlen=5)
    line("When will the project start?", date=True)
    para("The Penhallow Fund can pay for the whole of a project: we do not ask for match funding.")

    para("4. Documents", bold=True, size=13, colour=plum)
    para("Please email these with this form:")
    for txt in (
        "your governing document (constitution, rules, trust deed or articles);",
        "your latest accounts: independently examined or audited accounts if your income is "
        "over £25,000, otherwise accounts signed by your treasurer;",
        "your safeguarding policy (every applicant: your project will work with older people "
        "who may be adults at risk).",
    ):
        d.add_paragraph(txt, style="List Bullet")
    para(
        "If you have not had a grant from the Foundation before, please also send a reference "
        "from someone who knows your work and is not a member of your organisation."
    )

    para("5. Declaration", bold=True, size=13, colour=plum)
    p = d.add_paragraph()
    _legacy(p, kind="check")
    p.add_run(
        "  I confirm that the information in this form is correct, that our organisation has "
        "a data protection policy, and that we will use any grant only as described."
    )
    line("Name:", maxlen=60)
    line("Position:", maxlen=60)
    line("Date:", date=True)
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    # Restrict editing to filling in forms, as the form's own note says.
    prot = parse_xml(f'<w:documentProtection {nsdecls("w")} w:edit="forms" w:enforcement="1"/>')
    d.settings.element.find(qn("w:defaultTabStop")).addprevious(prot)
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = (
        "Fallowdene Community Foundation, The Old Dairy, Fallowdene FD2 6LN. Registered charity "
        "1177304."
    )
    foot.runs[0].font.size = Pt(8)
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------------------
# Corsbeck: a wind farm's community benefit fund, fillable PDF with a radio group of bands
# --------------------------------------------------------------------------------------


def corsbeck() -> None:
    """Four pages; the grant band is a radio group and the later questions and documents
    depend on it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "corsbeck-wind-farm-community-benefit-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Corsbeck Wind Farm Community Benefit Fund: application form 2027")
    c.setAuthor("Corsbeck Wind Energy Limited")
    c.setSubject("Community benefit fund application")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#2E6B3F")
    pale = colors.HexColor("#EEF5EF")
    lx, full = 42, w - 84
    y = [h - 46]
    page = [1]

    def foot() -> None:
        c.setFont("Helvetica", 7.5)
        c.drawString(lx, 26, "Corsbeck Wind Farm Community Benefit Fund  |  Application 2027")
        c.drawRightString(w - 42, 26, f"Page {page[0]} of 4")

    def newpage() -> None:
        foot()
        c.showPage()
        page[0] += 1
        y[0] = h - 50

    def need(space: float) -> None:
        if y[0] - space < 56:
            newpage()

    def text(t: str, size=9, font="Helvetica", width=None, leading=None) -> None:
        leading = leading or size + 3
        lines = simpleSplit(t, font, size, width or full)
        need(leading * len(lines) + 2)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(lx, y[0], ln)
            y[0] -= leading
        y[0] -= 3

    def band(t: str) -> None:
        need(50)
        y[0] -= 4
        c.setFillColor(green)
        c.rect(lx - 4, y[0] - 5, full + 8, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(lx, y[0], t)
        c.setFillColor(colors.black)
        y[0] -= 22

    def tf(name, label, tip, height=15, maxlen=None, multi=False, width=None) -> None:
        if label:
            text(label, font="Helvetica-Bold", size=9)
        need(height + 8)
        form.textfield(
            name=name,
            tooltip=tip,
            x=lx,
            y=y[0] - height + 9,
            width=width or full,
            height=height,
            borderColor=green,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=0 if multi else 9,
            fieldFlags="multiline" if multi else "",
            maxlen=maxlen or 0,
        )
        y[0] -= height + 6

    def radios(name, tip, options) -> None:
        need(15 * len(options) + 4)
        for val, lab in options:
            form.radio(
                name=name,
                tooltip=tip,
                value=val,
                selected=False,
                x=lx,
                y=y[0] - 4,
                size=10,
                buttonStyle="circle",
                borderColor=green,
                fillColor=pale,
            )
            c.setFont("Helvetica", 9)
            c.drawString(lx + 16, y[0] - 2, lab)
            y[0] -= 15
        y[0] -= 4

    def tick(name, tip, label) -> None:
        lines = simpleSplit(label, "Helvetica", 9, full - 18)
        need(12 * len(lines) + 4)
        form.checkbox(
            name=name,
            tooltip=tip,
            x=lx,
            y=y[0] - 3,
            size=10,
            buttonStyle="check",
            borderColor=green,
            fillColor=pale,
        )
        c.setFont("Helvetica", 9)
        for ln in lines:
            c.drawString(lx + 16, y[0], ln)
            y[0] -= 12
        y[0] -= 3

    c.setFillColor(green)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(lx, y[0], "Corsbeck Wind Farm Community Benefit Fund")
    y[0] -= 20
    c.setFont("Helvetica", 12)
    c.drawString(lx, y[0], "Application form 2027")
    c.setFillColor(colors.black)
    y[0] -= 22
    text(
        "Corsbeck Wind Energy Limited pays £5,000 a year for each megawatt of the wind farm's "
        "capacity into this fund, for the communities within 10 km of the turbines: the parishes "
        "of Corsbeck, High Ellery, Tarnside and Whinmoor. Grants are decided by a panel of "
        "local residents; the company does not sit on the panel."
    )
    text(
        "There are three grant bands. Choose one in Section 2: the questions you answer and the "
        "documents you send depend on the band. Fill in this form on screen and email it to "
        "corsbeckfund@corsbeck-wind.example.org.uk. The panel meets in March, July and "
        "November."
    )
    text(
        "Every applicant must put in at least 10% of the project's cost, in cash or in kind "
        "(volunteer time is valued at £15 an hour). Every group must hold public liability "
        "insurance of at least £2 million; for events with more than 500 people we need £5 "
        "million. You do not need to send your certificate.",
        font="Helvetica-Bold",
    )

    band("Section 1  Your group")
    tf("OrgName", "Name of group or organisation", "Name of group or organisation", maxlen=80)
    tf("Contact", "Contact name", "Contact name", maxlen=60)
    tf("Address", "Address", "Address", height=34, multi=True)
    tf("Postcode", "Postcode", "Postcode", maxlen=8, width=120)
    tf("Phone", "Telephone", "Telephone", maxlen=15, width=200)
    tf("Email", "Email", "Email", maxlen=80)
    text("Which parish will benefit most?", font="Helvetica-Bold")
    radios(
        "Parish",
        "Parish that will benefit most",
        [
            ("Corsbeck", "Corsbeck"),
            ("HighEllery", "High Ellery"),
            ("Tarnside", "Tarnside"),
            ("Whinmoor", "Whinmoor"),
        ],
    )

    band("Section 2  Your grant band")
    text("Which band are you applying to?", font="Helvetica-Bold")
    radios(
        "Band",
        "Grant band",
        [
            ("Micro", "Micro grant: up to £1,000"),
            ("Small", "Small grant: £1,001 to £5,000"),
            ("Main", "Main grant: £5,001 to £25,000"),
        ],
    )
    tf("Title", "Project title", "Project title", maxlen=60)
    tf("TotalCost", "Total cost of the project (£)", "Total cost", maxlen=8, width=150)
    tf("Requested", "Amount requested (£)", "Amount requested", maxlen=6, width=150)
    tf("Start", "Start date (dd/mm/yyyy)", "Start date", maxlen=10, width=150)

    band("Section 3  Your project")
    text("All bands answer questions 3.1 to 3.3.", size=8.5, font="Helvetica-Oblique")
    tf(
        "Q31",
        "3.1 Describe your project. (max 250 words)",
        "3.1 Describe your project",
        height=120,
        maxlen=1500,
        multi=True,
    )
    tf(
        "Q32",
        "3.2 How will the project benefit people who live near the wind farm? (max 200 words)",
        "3.2 Benefit to people near the wind farm",
        height=100,
        multi=True,
    )
    tf(
        "Q33",
        "3.3 How will the project help the community to use less energy or cut its carbon "
        "emissions? If it will not, say so.",
        "3.3 Energy and carbon",
        height=80,
        maxlen=900,
        multi=True,
    )
    text("Small and main grants only", size=9.5, font="Helvetica-BoldOblique")
    tf(
        "Q34",
        "3.4 Who will manage the project, and what experience do they have?",
        "3.4 Managing the project (small and main grants)",
        height=90,
        maxlen=1200,
        multi=True,
    )
    text("Main grants only", size=9.5, font="Helvetica-BoldOblique")
    tf(
        "Q35",
        "3.5 How will the project carry on, or be looked after, once the grant has been spent?",
        "3.5 After the grant (main grants)",
        height=110,
        maxlen=1800,
        multi=True,
    )

    band("Section 4  Documents")
    text(
        "Tick each document you are sending. The words in brackets after each document say "
        "which bands must send it.",
        size=8.5,
        font="Helvetica-Oblique",
    )
    for name, lab in (
        ("DocGov", "Your constitution or governing document  (all bands)"),
        ("DocBank", "A bank statement from the last three months in the group's name  (all bands)"),
        ("DocAcc", "Your latest annual accounts  (small and main grants)"),
        ("DocPlan", "A project plan with a timetable and milestones  (main grants)"),
        (
            "DocQuotes",
            "Two quotes for each item or piece of work costing over £1,000  (main grants)",
        ),
    ):
        tick(name, lab, lab)

    band("Section 5  Declaration")
    tick(
        "Declare",
        "Declaration",
        "I confirm that the information in this form is correct and that the group will use "
        "any grant only for the project described, and report on it to the panel.",
    )
    tf("DeclName", "Name", "Name", maxlen=60)
    tf("DeclRole", "Position in the group", "Position in the group", maxlen=60)
    tf("DeclDate", "Date", "Date", maxlen=10, width=150)
    newpage()
    band("Notes for applicants")
    for head, body in (
        (
            "What the fund will not pay for",
            "Anything that benefits one person or one family; political or religious "
            "campaigning; costs already spent; loans or debts; anything that the council or "
            "the NHS has a legal duty to provide; projects outside the four parishes.",
        ),
        (
            "How the panel decides",
            "The panel of eight residents reads every application and scores it on the need "
            "for the project, the benefit to local people, value for money and, for small and "
            "main grants, how well it will be managed. Micro grants can be decided by two "
            "panel members between meetings.",
        ),
        (
            "After a grant",
            "Within twelve months of the grant you must send the panel a short report on what "
            "the project did, with copies of receipts. We will send you a report form: you do "
            "not need to send anything now.",
        ),
        (
            "Your information",
            "The fund is administered for the company by Tarnside Rural Action. We keep your "
            "application for six years and share it only with the panel. The company sees "
            "the names of funded groups and the amounts, which are also published.",
        ),
    ):
        text(head, font="Helvetica-Bold", size=10)
        text(body)
    foot()
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------
# Hembury: a grant-making trust's guidance, exported from LibreOffice Writer
# --------------------------------------------------------------------------------------


def hembury() -> None:
    """Five pages of a family trust's guidance: three programmes, a long 'what we don't
    fund' list, how to apply through a portal, what to include, FAQs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )

    out = HERE / "hembury-charitable-trust-guidance-for-applicants.pdf"
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
    h1 = ParagraphStyle(
        "h1", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=10
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=13,
        leading=16,
        spaceBefore=10,
        spaceAfter=4,
        textColor=colors.HexColor("#203864"),
    )
    h3 = ParagraphStyle(
        "h3", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=4, spaceAfter=2
    )

    def bullets(items, kind="bullet"):
        return ListFlowable(
            [ListItem(Paragraph(t, body), leftIndent=14) for t in items],
            bulletType=kind,
            start="\u2013" if kind == "bullet" else "1",
            leftIndent=14,
        )

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, f"{doc.page}")
        canv.drawString(2.2 * cm, A4[1] - 1.2 * cm, "The Hembury Charitable Trust")
        canv.drawRightString(
            A4[0] - 2.2 * cm, A4[1] - 1.2 * cm, "Guidance for applicants, January 2027"
        )
        canv.restoreState()

    s = [
        Paragraph("The Hembury Charitable Trust", h1),
        Paragraph("Guidance for applicants", h2),
        Paragraph(
            "The Hembury Charitable Trust was founded in 1962 by Arthur and Edith Hembury, "
            "whose family ran the Hembury Mill at Saltcombe for three generations. The "
            "trustees give about £600,000 a year to charities and community organisations in "
            "the county of Hembury and the neighbouring districts of Saltcombe and Ormley. "
            "We are a small trust with two part-time staff, and we read every application "
            "ourselves.",
            body,
        ),
        Paragraph(
            "Please read this guidance before you apply. Most of the applications we turn down "
            "are for things we have said here that we do not fund.",
            body,
        ),
        Paragraph("1. Our programmes", h2),
        Paragraph("Rural communities", h3),
        Paragraph(
            "Grants of £2,000 to £15,000 for village halls, community shops and pubs, "
            "community transport and other services that keep rural places alive, and for the "
            "groups that run them.",
            body,
        ),
        Paragraph("Young people", h3),
        Paragraph(
            "Grants of £2,000 to £20,000 a year, for up to three years, towards youth work, "
            "mentoring, and activities that help young people aged 11 to 25 to gain skills and "
            "confidence. We particularly welcome work led by young people themselves.",
            body,
        ),
        Paragraph("Heritage crafts", h3),
        Paragraph(
            "Grants of up to £10,000 to keep traditional crafts of the area alive, especially "
            "milling, weaving, hedge-laying and dry-stone walling, through training and "
            "apprenticeships.",
            body,
        ),
        Paragraph("2. Who can apply", h2),
        Paragraph(
            "Registered charities, charitable incorporated organisations, community interest "
            "companies limited by guarantee, community benefit societies, and constituted "
            "voluntary groups with an annual income under £1 million. You must be working in "
            "the area we cover, and your work must be charitable in law.",
            body,
        ),
        Paragraph("3. What we do not fund", h2),
        Paragraph("We will not consider applications:", body),
        bullets(
            [
                "from individuals, including students, or on behalf of individuals;",
                "from organisations outside Hembury, Saltcombe and Ormley, or for work "
                "outside that area;",
                "from national charities, unless the work is run by a local branch with its "
                "own accounts;",
                "from statutory bodies, including schools, academies, NHS trusts and town "
                "and parish councils, or for work they have a duty to pay for;",
                "for the promotion of religion, or for buildings used mainly for worship;",
                "for animal welfare;",
                "for medical research, or for equipment for hospitals or hospices;",
                "for overseas travel, expeditions, or work overseas;",
                "for political activity or campaigning;",
                "for general appeals, fundraising events, or sponsorship;",
                "for loans, or to pay off debts or deficits;",
                "for work that has already happened or costs already spent;",
                "from organisations that have had a grant from us in the last 12 months, or "
                "that have been turned down by us in the last 12 months;",
                "from organisations with free reserves of more than a year's running costs.",
            ]
        ),
        Paragraph("4. How much you must raise elsewhere", h2),
        Paragraph(
            "We rarely pay for the whole of a project. Before you apply you must have raised, "
            "or applied for, at least half of the cost of the project from other sources, "
            "which can include your own funds. Tell us in your application where the rest of "
            "the money is coming from.",
            body,
        ),
        Paragraph("5. How to apply", h2),
        Paragraph(
            "Apply through the application portal on our website. You will need to register "
            "first. The portal asks for your organisation's details and then for four short "
            "answers: what your organisation does (up to 150 words), what you want us to fund "
            "and why it is needed (up to 500 words), how you will know whether it has worked "
            "(up to 250 words), and where the rest of the money is coming from (up to 150 "
            "words). You can save your answers and come back to them.",
            body,
        ),
        Paragraph(
            "If you cannot use the portal, write to the Trust Secretary and we will send you a "
            "paper form. We do not accept applications by email.",
            body,
        ),
        Paragraph("Closing dates", h3),
        Paragraph(
            "The trustees meet four times a year. The closing dates for 2027 are 5 February, "
            "7 May, 6 August and 5 November. Applications that arrive after a closing date "
            "are held for the next meeting.",
            body,
        ),
        Paragraph("6. What to include", h2),
        Paragraph("Upload these documents with your application:", body),
        bullets(
            [
                "your latest annual report and accounts. If you are a registered charity, "
                "send the accounts as filed with the Charity Commission; if you are not, "
                "accounts approved by your committee are fine;",
                "a budget for the project, showing what you have raised or applied for already;",
            ],
            kind="1",
        ),
        Paragraph("and, only where they apply to you:", body),
        bullets(
            [
                "your governing document, if you are not a registered charity (we look up "
                "registered charities' governing documents on the Register);",
                "your safeguarding policy, if you work with children, young people or adults "
                "at risk;",
                "for building projects, proof that you own the building or have a lease with "
                "at least seven years to run, and planning permission if the work needs it;",
                "your reserves policy, if your annual income is more than £250,000.",
            ]
        ),
        Paragraph(
            "We do not need to see your insurance documents, your other policies, or letters "
            "of support, and we will not read them if you send them.",
            body,
        ),
        Paragraph("7. What happens next", h2),
        Paragraph(
            "We acknowledge every application by email. One of our staff may ring you or ask "
            "to visit. The trustees decide at their next meeting, and we write to every "
            "applicant within two weeks of the meeting. If we offer a grant, we will ask you to "
            "sign and return our conditions of grant, and we will pay within a month. For "
            "grants over more than one year, we pay the later years after we have read a short "
            "progress report.",
            body,
        ),
        Paragraph("8. Questions we are often asked", h2),
    ]
    for q, a in (
        (
            "Can we apply to more than one programme?",
            "No. Choose the programme that fits your work best. If you are not sure, ring us.",
        ),
        (
            "Do you give core funding?",
            "Yes, in the Young people programme: we are happy to pay towards salaries and "
            "running costs of youth work.",
        ),
        (
            "We were turned down last year. Can we apply again?",
            "Yes, once twelve months have passed since our letter. It helps to tell us what "
            "has changed.",
        ),
        (
            "Will you give us feedback?",
            "We are a small trust and cannot always give detailed feedback, but we will try "
            "to tell you the main reason for our decision.",
        ),
    ):
        s.append(KeepTogether([Paragraph(q, h3), Paragraph(a, body)]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Contact", h2))
    s.append(
        Paragraph(
            "The Trust Secretary, The Hembury Charitable Trust, 14 Mill Row, Saltcombe SC4 "
            "9AW. Telephone 01632 960 388 (Tuesday to Thursday, 10am to 3pm). "
            "www.hemburytrust.example.org.uk. Registered charity 216640.",
            body,
        )
    )
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title="Guidance for applicants",
        author="Trust Secretary",
        creator="Writer",
        producer="LibreOffice 7.6",
        invariant=1,
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    kelsdon()
    fallowdene()
    corsbeck()
    hembury()


if __name__ == "__main__":
    main()
