"""Build set 19's Word and PDF documents (guidance notes and document checklists).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus19.py
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


def _bold(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


# --------------------------------------------------------------------------- Ulvercote


def ulvercote() -> None:
    """Community foundation's main grants form: prompt rows over empty rows, a section-wide
    limit, two "No length limit" questions, a checklist with a "Required?" column."""
    from docx.shared import Pt

    d = _new("Main Grants Programme - application form", "Grants Team", "Arial", 10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ulvercote & District Community Foundation"
    sec.footer.paragraphs[0].text = (
        "UDCF Main Grants application form  |  Version 3, January 2027  |  "
        "Registered charity no. 1160452"
    )
    d.add_heading("Main Grants Programme", 0)
    d.add_paragraph("Application form for grants of £2,000 to £10,000", style="Subtitle")
    d.add_paragraph(
        "Please read the Main Grants guidance before you fill in this form. We fund up to 50% "
        "of the total cost of a project; the rest can come from your own reserves or from "
        "other funders. Last year 38% of the applications we received were funded, so please "
        "talk to us first if you are unsure whether your project fits."
    )
    d.add_paragraph(
        "Type your answers into the boxes; they will expand. If you would rather handwrite, "
        "print the form and use black ink. Large-print copies are available from "
        "grants@ulvercotecf.example.org.uk or 01632 960 744."
    )

    d.add_heading("Section A  About your organisation", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in (
        "Name of organisation",
        "Address",
        "Postcode",
        "Main contact (name)",
        "Their role in the organisation",
        "Telephone",
        "Email",
        f"Legal status (tick one)\n{BOX} Unincorporated association   {BOX} CIO\n"
        f"{BOX} Charitable company   {BOX} CIC   {BOX} Other",
        "Registered charity or company number",
        "Total income in your last financial year (£)",
    ):
        r = t.add_row()
        head, _, ticks = label.partition("\n")
        r.cells[0].text = head
        _shade(r.cells[0], "E2EFD9")
        r.cells[1].text = ticks

    d.add_heading("Section B  Your project", 1)
    p = d.add_paragraph()
    p.add_run(
        "Please answer each question in this section in no more than 250 words, unless the "
        "question says otherwise."
    ).bold = True
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for prompt, height in (
        ("B1  Project title (no more than 10 words)", 400),
        ("B2  Describe the project and what you will do with the grant.", 2200),
        (
            "B3  What need or problem will the project address, and how do you know it exists?",
            2200,
        ),
        ("B4  Who will benefit? Roughly how many people do you expect to reach?", 2200),
        (
            "B5  How will you involve the people who will benefit in planning and running "
            "the project? (150 words)",
            1600,
        ),
        (
            "B6  Tell us about your organisation's track record in running projects like "
            "this one. (No length limit)",
            2400,
        ),
        (
            "B7  How will you know the project has made a difference? (No length limit - a "
            "table or bullet points is fine)",
            2400,
        ),
        ("B8  Project start date", 400),
        ("B9  Project end date", 400),
    ):
        r = t.add_row()
        _bold(r.cells[0], prompt)
        _shade(r.cells[0], "E2EFD9")
        r2 = t.add_row()
        _row_height(r2, height)

    d.add_heading("Section C  Costs", 1)
    d.add_paragraph("C1  Please list the main costs of the project.")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    _bold(t.rows[0].cells[0], "Item")
    _bold(t.rows[0].cells[1], "Cost (£)")
    t.rows[5].cells[0].text = "Total cost of the project"
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "C2  Amount you are asking us for (£)"
    _shade(t.rows[0].cells[0], "E2EFD9")
    d.add_paragraph()
    d.add_paragraph("C3  Other funding for this project, applied for or secured")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Funder", "Amount (£)", "Secured or pending?")):
        _bold(t.rows[0].cells[i], h)

    d.add_heading("Section D  Supporting documents", 1)
    d.add_paragraph(
        "Use this checklist to see what you need to send with your form. Tick the last column "
        "for each document you enclose. If a document is marked 'If applicable', the notes "
        "say when we need it."
    )
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Document", "Required?", "Notes", "Enclosed")):
        _bold(t.rows[0].cells[i], h)
        _shade(t.rows[0].cells[i], "C5E0B3")
    for doc, req, note in (
        (
            "Governing document (constitution, trust deed or articles of association)",
            "Yes",
            "Signed and dated copy.",
        ),
        (
            "Most recent annual accounts",
            "Yes",
            "Signed by your treasurer. They do not need to be independently examined unless "
            "your income is over £25,000.",
        ),
        (
            "Bank statement",
            "Yes",
            "One statement from the last three months, showing your organisation's name.",
        ),
        ("Equal opportunities policy", "Yes", ""),
        (
            "Safeguarding policy",
            "If applicable",
            "If your project works with children, young people or adults at risk.",
        ),
        ("Quotes", "If applicable", "One written quote for each item costing over £1,000."),
        ("Annual report", "Not required", "We will read it on the Charity Commission website."),
        ("Business plan", "No", ""),
    ):
        r = t.add_row()
        r.cells[0].text, r.cells[1].text, r.cells[2].text = doc, req, note
        r.cells[3].text = BOX
    d.add_paragraph()
    d.add_paragraph(
        "You may also send photographs of your work or up to two letters of support from "
        "people who know your organisation, but you do not have to, and they will not affect "
        "your score."
    )
    p = d.add_paragraph()
    p.add_run("Documents we ask for later. ").bold = True
    p.add_run(
        "If we offer you a grant, we will send you a grant agreement to sign and return, a "
        "bank details form, and the dates of your monitoring returns (at six months and at "
        "the end of the grant). Please do not send any of these now."
    )

    d.add_heading("Section E  Declaration", 1)
    d.add_paragraph(
        "I confirm that I am authorised to make this application on behalf of the "
        "organisation named in Section A, that the information in this form is true, and "
        "that the organisation will use any grant only for the project described."
    )
    d.add_paragraph(
        f"{BOX}  I confirm that the organisation holds public liability insurance of at least "
        "£5 million."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(("Signature", "Name (capitals)", "Position", "Date")):
        t.rows[i].cells[0].text = label
        _shade(t.rows[i].cells[0], "E2EFD9")
    d.add_paragraph()
    d.add_heading("How we use your information", 2)
    d.add_paragraph(
        "Ulvercote & District Community Foundation is the data controller for the information "
        "you give us. We use it to assess your application, to manage any grant and to report "
        "on our grant-making. We may share it with the donor whose fund pays for your grant. "
        "We keep application records for seven years. Our privacy notice is at "
        "www.ulvercotecf.example.org.uk/privacy."
    )
    d.add_heading("Equality monitoring (optional)", 2)
    d.add_paragraph(
        "This page is separated from your application before it is assessed. Which groups does "
        "your organisation mainly work with? (tick all that apply)"
    )
    d.add_paragraph(
        f"{BOX} Older people   {BOX} Children and young people   {BOX} Disabled people   "
        f"{BOX} Black, Asian and minority ethnic communities   {BOX} LGBT+ people   "
        f"{BOX} People on low incomes   {BOX} Everyone in the area"
    )
    n = d.add_paragraph(
        "Send your form and documents to grants@ulvercotecf.example.org.uk. Closing dates: "
        "28 February and 31 August."
    )
    n.runs[0].font.size = Pt(9)
    out = HERE / "ulvercote-community-foundation-main-grants-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Yarnacott


def yarnacott() -> None:
    """Town council guidance for a two-stage fund: documents by stage, conditions in
    headings ("If you are a CIO"), post-offer documents, optional extras."""
    d = _new("Community Projects Fund - guidance for applicants", "Town Clerk", "Calibri", 11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Yarnacott Town Council"
    sec.footer.paragraphs[0].text = "CPF Guidance 2027-28 (issued 5 January 2027)"
    d.add_heading("Community Projects Fund 2027-28", 0)
    d.add_paragraph("Guidance for applicants", style="Subtitle")
    d.add_heading("1. About the fund", 1)
    d.add_paragraph(
        "The Community Projects Fund gives grants of £5,000 to £25,000 to voluntary and "
        "community organisations for projects that benefit people living in Yarnacott parish. "
        "We can pay up to 70% of the cost of a project. 20% of the fund is set aside for "
        "projects in Eastfield and Brook wards, where need is highest."
    )
    d.add_heading("2. How the fund works: two stages", 1)
    d.add_paragraph(
        "Applying is in two stages, so that you do not spend time on a full application for "
        "a project we cannot fund."
    )
    d.add_paragraph(
        "Stage 1: Expression of interest. A short online form: your organisation's details, "
        "a description of your project of up to 200 words, the total cost and how much you "
        "would ask for. You do not need to send any documents at Stage 1. We reply within "
        "three weeks of the Stage 1 deadline.",
        style="List Number",
    )
    d.add_paragraph(
        "Stage 2: Full application. If your expression of interest is shortlisted we will "
        "invite you to complete the full application form (we will email it to you) and to "
        "send the documents listed in section 4. The Grants Panel decides on full "
        "applications.",
        style="List Number",
    )
    t = d.add_table(rows=4, cols=3)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(
        (
            ("", "Stage 1", "Stage 2"),
            ("Opens", "5 January 2027", "By invitation, 2 March 2027"),
            ("Closes", "9 February 2027 at noon", "20 April 2027 at noon"),
            ("Decision", "By 2 March 2027", "Grants Panel, 25 May 2027"),
        )
    ):
        for j, text in enumerate(row):
            t.rows[i].cells[j].text = text
    d.add_heading("3. Who can apply?", 1)
    d.add_paragraph(
        "Constituted voluntary and community groups, registered charities, charitable "
        "incorporated organisations (CIOs), community interest companies (CICs) limited by "
        "guarantee, and churches and faith groups for projects open to the whole community. "
        "We cannot fund individuals, businesses, political parties or statutory bodies."
    )
    d.add_heading("4. What you need to send at Stage 2", 1)
    d.add_paragraph("Every organisation invited to Stage 2 must send:")
    for text in (
        "its governing document (constitution, rules, trust deed or articles of association), "
        "signed and dated;",
        "its last two years' annual accounts. These must have been independently examined or "
        "audited: we cannot accept accounts that have only been approved by your committee;",
        "a budget for the project on our budget template (an Excel file we send with the "
        "invitation);",
        "a project plan or timetable showing the main stages and when they will happen;",
        "its equality and diversity policy.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "You will also be asked to confirm that you have a health and safety policy. You do "
        "not need to send it."
    )
    d.add_paragraph("Some organisations need to send more. Read the headings that apply to you.")
    d.add_heading("If you are a CIO", 2)
    d.add_paragraph(
        "Send the minutes of the trustees' meeting at which the trustees agreed to make this "
        "application."
    )
    d.add_heading("If you are a community interest company", 2)
    d.add_paragraph(
        "Send your latest CIC34 community interest company report, as filed at Companies House."
    )
    d.add_heading("If your organisation is less than a year old", 2)
    d.add_paragraph(
        "If you do not yet have a year's accounts, send your bank statements for the last "
        "three months instead of accounts."
    )
    d.add_heading("If your project involves children or adults at risk", 2)
    d.add_paragraph(
        "Send your safeguarding policy, with the date it was last reviewed and the name of "
        "your safeguarding lead. We do not need copies of DBS certificates."
    )
    d.add_heading("If you are buying equipment or paying for building work", 2)
    d.add_paragraph("Send two written quotes for each item or piece of work over £2,000.")
    d.add_heading("You may also send", 2)
    d.add_paragraph(
        "Photographs, press cuttings, or letters of support from people who use your "
        "services. These are optional: the Panel will see them, but they are not scored."
    )
    d.add_heading("5. Insurance", 1)
    d.add_paragraph(
        "Your organisation must hold public liability insurance with cover of at least "
        "£10 million for the whole of the project. We will check your certificate before we "
        "pay the grant."
    )
    d.add_heading("6. If you are offered a grant", 1)
    d.add_paragraph(
        "Successful organisations will be sent a grant offer letter and a grant agreement to "
        "sign and return within 28 days, and the Council's supplier bank details form. Once "
        "the project starts you will send a short monitoring return each quarter and an end "
        "of grant report with receipts. None of these are needed when you apply."
    )
    d.add_heading("7. How we assess applications", 1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Light Grid Accent 1"
    for i, (a, b) in enumerate(
        (
            ("What we look at", "Share of the score"),
            ("Need for the project in Yarnacott", "35%"),
            ("What difference it will make", "30%"),
            ("How well it is planned and costed", "20%"),
            ("Value for money and other funding", "15%"),
        )
    ):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.add_heading("8. Your information", 1)
    d.add_paragraph(
        "Yarnacott Town Council will use the information you give us to assess your "
        "application and, if you receive a grant, to manage it. The names of funded "
        "organisations and the amounts awarded are published on our website. See the "
        "Council's privacy notice at www.yarnacott-tc.example.gov.uk/privacy."
    )
    d.add_heading("9. Contact us", 1)
    d.add_paragraph(
        "Town Clerk's Office, The Guildhall, Market Place, Yarnacott YA1 4DE\n"
        "Telephone 01632 960 518   Email grants@yarnacott-tc.example.gov.uk"
    )
    out = HERE / "yarnacott-town-council-community-projects-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Dapplemoor


def dapplemoor() -> None:
    """Rural fund fillable PDF: a Part-wide 1,200-character default on some question fields
    (one without `/MaxLen`), "No length limit" questions, a Required? checklist."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "dapplemoor-rural-communities-fund-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Dapplemoor Rural Communities Fund - application form")
    c.setAuthor("Dapplemoor District Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 40, w - 40
    navy = colors.HexColor("#23395B")

    def footer(n):
        c.setFont("Helvetica", 7.5)
        c.drawString(x0, 24, "Dapplemoor District Council  -  RCF/APP/2027")
        c.drawRightString(x2, 24, f"Page {n} of 2")

    def heading(y, text):
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(navy)
        c.drawString(x0, y, text)
        c.setStrokeColor(navy)
        c.line(x0, y - 4, x2, y - 4)
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        return y - 20

    def short(y, label, name, maxlen, width=260):
        c.setFont("Helvetica", 9)
        c.drawString(x0, y - 10, label)
        form.textfield(
            name=name,
            tooltip=label,
            x=x0 + 205,
            y=y - 14,
            width=width,
            height=15,
            borderWidth=0.5,
            fontSize=9,
            maxlen=maxlen,
        )
        return y - 20

    def question(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 9)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 10 - 11 * i, line)
        top = y - 14 - 11 * (len(lines) - 1)
        form.textfield(
            name=name,
            tooltip=" ".join(line.strip() for line in lines),
            x=x0,
            y=top - height,
            width=x2 - x0,
            height=height - 2,
            borderWidth=0.5,
            fieldFlags="multiline",
            fontSize=9,
            maxlen=maxlen,
        )
        return top - height - 6

    c.setFillColor(navy)
    c.rect(0, h - 70, w, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, h - 34, "Rural Communities Fund 2027")
    c.setFont("Helvetica", 10)
    c.drawString(x0, h - 52, "Application form  -  capital grants of £1,000 to £15,000")
    c.setFillColor(colors.black)
    y = h - 88
    c.setFont("Helvetica", 8.5)
    for line in (
        "The Fund will pay up to 80% of the cost of a project; at least 20% must come from "
        "other sources, which can include the value of",
        "volunteer time. Fill in the form on screen, save it and email it with your documents "
        "to rcf@dapplemoor.example.gov.uk.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 8
    y = heading(y, "Part 1  Your organisation")
    y = short(y, "Name of organisation", "p1_org", 80)
    y = short(y, "Contact name", "p1_contact", 60)
    c.setFont("Helvetica", 9)
    c.drawString(x0, y - 10, "Address")
    form.textfield(
        name="p1_address",
        tooltip="Address",
        x=x0 + 205,
        y=y - 44,
        width=260,
        height=44,
        borderWidth=0.5,
        fieldFlags="multiline",
        fontSize=9,
        maxlen=200,
    )
    y -= 50
    y = short(y, "Postcode", "p1_postcode", 8, 80)
    y = short(y, "Telephone", "p1_phone", 15, 120)
    y = short(y, "Email", "p1_email", 80)
    c.setFont("Helvetica", 9)
    c.drawString(x0, y - 10, "Type of organisation")
    for i, (label, value) in enumerate(
        (
            ("Parish council", "parish"),
            ("Village hall charity", "hall"),
            ("CIO", "cio"),
            ("Other", "other"),
        )
    ):
        x = x0 + 205 + i * 82
        form.radio(
            name="p1_type",
            tooltip="Type of organisation",
            value=value,
            x=x,
            y=y - 14,
            size=10,
            buttonStyle="circle",
        )
        c.drawString(x + 13, y - 11, label)
    y -= 20
    y = short(y, "Charity or company number", "p1_regno", 20, 120)
    y -= 6
    y = heading(y, "Part 2  Your project")
    c.setFont("Helvetica-Oblique", 8.5)
    for line in (
        "Each answer in Part 2 has a limit of 1,200 characters (about 200 words) unless it is "
        "marked 'No length limit'.",
        "The boxes will stop accepting text at the limit.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 4
    y = short(y, "2.1  Project name", "p2_name", 60)
    y = question(y, ["2.2  What do you plan to do, and where?"], "p2_what", 70, 1200)
    y = question(y, ["2.3  Why is it needed in your village?"], "p2_why", 70, 1200)
    y = question(y, ["2.4  How have local people shown that they want it?"], "p2_support", 70)
    footer(1)
    c.showPage()

    y = h - 50
    y = question(
        y,
        [
            "2.5  Once the work is finished, who will look after it and how will the running",
            "       costs be met?  (No length limit)",
        ],
        "p2_after",
        90,
    )
    y = question(
        y,
        ["2.6  Is there anything else you would like the panel to know?  (No length limit)"],
        "p2_other",
        60,
    )
    y = short(y, "2.7  Total cost of the project (£)", "p2_total", 10, 100)
    y = short(y, "2.8  Amount requested from the Fund (£)", "p2_request", 10, 100)
    y = short(y, "2.9  Date you expect work to start", "p2_start", 10, 100)
    y -= 6
    y = heading(y, "Part 3  Documents checklist")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y, "Tick each document you are sending. 'If applicable' documents: see the")
    c.drawString(x0, y - 11, "note in brackets.")
    y -= 22
    cols = (x0, x0 + 300, x0 + 400, x2)
    rows = (
        ("Document", "Required?", "Attached"),
        ("Constitution or other governing document", "Yes", ""),
        ("Latest annual accounts (approved at your AGM is fine)", "Yes", ""),
        ("Two quotes for building work (work over £5,000)", "If applicable", ""),
        ("Planning permission (if the work needs it)", "If applicable", ""),
        ("Lease with 5+ years to run (if you do not own the building)", "If applicable", ""),
        ("Business plan", "Not required", ""),
        ("Safeguarding policy", "Not required", ""),
    )
    for i, row in enumerate(rows):
        top = y - 16 * i
        c.rect(cols[0], top - 16, cols[3] - cols[0], 16)
        c.line(cols[1], top, cols[1], top - 16)
        c.line(cols[2], top, cols[2], top - 16)
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
        c.drawString(cols[0] + 4, top - 11, row[0])
        c.drawString(cols[1] + 4, top - 11, row[1])
        if i == 0:
            c.drawString(cols[2] + 4, top - 11, row[2])
        elif row[1] != "Not required":
            form.checkbox(
                name=f"p3_doc{i}",
                tooltip=f"Attached: {row[0]}",
                x=cols[2] + 40,
                y=top - 14,
                size=11,
                buttonStyle="check",
            )
    y -= 16 * len(rows) + 10
    c.setFont("Helvetica", 8.5)
    for line in (
        "Please do not send these now. If you are offered a grant we will ask for a signed "
        "grant agreement, your bank details on",
        "our supplier form and, when the work is done, a completion report with photographs.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 8
    y = heading(y, "Part 4  Declaration")
    form.checkbox(
        name="p4_declare",
        tooltip="Declaration",
        x=x0,
        y=y - 4,
        size=10,
        buttonStyle="check",
    )
    c.setFont("Helvetica", 8.5)
    for line in (
        "I confirm that the information in this form is correct, that the organisation has "
        "an equal opportunities policy, and",
        "that it holds public liability insurance of at least £5 million.",
    ):
        c.drawString(x0 + 16, y, line)
        y -= 11
    y -= 6
    y = short(y, "Name (typing your name counts as signing)", "p4_name", 40, 200)
    y = short(y, "Position", "p4_position", 40, 200)
    y = short(y, "Date", "p4_date", 10, 100)
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0,
        y - 12,
        "We use your information to assess and manage grants (privacy notice: "
        "www.dapplemoor.example.gov.uk/privacy).",
    )
    footer(2)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Nettlebridge


def nettlebridge() -> None:
    """Community foundation's guidance booklet (six pages): contents, a checklist table with
    Required? and Notes columns, "you may also send", documents after an offer."""
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

    out = HERE / "nettlebridge-community-foundation-grants-guidance.pdf"
    teal = colors.HexColor("#00646E")
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=7)
    h1 = ParagraphStyle(
        "h1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=teal, spaceAfter=8
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="Helvetica-Bold",
        fontSize=11.5,
        leading=15,
        textColor=teal,
        spaceBefore=6,
        spaceAfter=4,
    )
    title = ParagraphStyle("title", parent=h1, fontSize=26, leading=32, spaceAfter=14)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=3)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)

    def on_page(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(teal)
        canv.drawString(20 * mm, A4[1] - 12 * mm, "Nettlebridge Community Foundation")
        canv.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Local Grants Guidance 2027")
        canv.drawCentredString(A4[0] / 2, 10 * mm, f"{doc.page}")
        canv.restoreState()

    def bullets(items):
        return [Paragraph(i, bullet, bulletText="\u2022") for i in items]

    s = [
        Spacer(1, 40 * mm),
        Paragraph("Local Grants Programme", title),
        Paragraph("Guidance notes for applicants, 2027", h1),
        Spacer(1, 10 * mm),
        Paragraph(
            "Grants of £500 to £7,500 for charities and community groups in Nettlebridge and "
            "the Vale villages. Please read these notes before you start the online "
            "application form.",
            body,
        ),
        Spacer(1, 60 * mm),
        Paragraph(
            "Nettlebridge Community Foundation, The Old Bank, 4 Bridge Street, Nettlebridge "
            "NB3 7QA. Telephone 01632 960 902. grants@nettlebridgecf.example.org.uk. "
            "Registered charity number 1170339.",
            body,
        ),
        PageBreak(),
        Paragraph("Contents", h1),
    ]
    for n, t in enumerate(
        (
            "About the Foundation",
            "What we fund",
            "Who can apply",
            "What we cannot fund",
            "How to apply",
            "The questions on the form",
            "Documents checklist",
            "If we offer you a grant",
            "Insurance",
            "How we use your information",
            "Equality monitoring",
            "Complaints",
        ),
        start=1,
    ):
        s.append(Paragraph(f"{n}.  {t}", body))
    s += [
        Spacer(1, 6 * mm),
        Paragraph("1. About the Foundation", h1),
        Paragraph(
            "Nettlebridge Community Foundation manages charitable funds set up by local people, "
            "families and businesses, and makes grants from them to groups working in the "
            "town and the surrounding villages. In 2026 we made 212 grants worth £684,000. "
            "Around 45% of the applications we receive are funded, and most grants are for "
            "less than £3,000.",
            body,
        ),
        Paragraph(
            "Each of our funds has its donor's wishes attached, so your application may be "
            "matched to one of several funds. You do not need to choose: one application "
            "form covers them all.",
            body,
        ),
        PageBreak(),
        Paragraph("2. What we fund", h1),
        Paragraph(
            "We fund projects and running costs that help people in the area to live well "
            "together. Our priorities for 2027 are:",
            body,
        ),
        *bullets(
            (
                "reducing loneliness and isolation, particularly among older people;",
                "activities for children and young people in the school holidays;",
                "helping people on low incomes with food, fuel and money advice;",
                "looking after green spaces and making community buildings more energy efficient.",
            )
        ),
        Paragraph(
            "We can fund the whole cost of a project; you do not need other funding. Up to "
            "10% of a grant may be used for a share of your overheads.",
            body,
        ),
        Paragraph("3. Who can apply", h1),
        Paragraph(
            "Registered charities, CIOs, constituted community groups, community interest "
            "companies, parish and town councils (for projects beyond their statutory "
            "duties), and schools' parent-teacher associations. Your group must have a bank "
            "account in its own name with at least two unrelated signatories.",
            body,
        ),
        Paragraph("4. What we cannot fund", h1),
        *bullets(
            (
                "individuals, or grants passed on to individuals;",
                "political or religious activity (faith groups may apply for activities open "
                "to everyone);",
                "costs already spent before we make a decision;",
                "trips abroad, or fundraising events;",
                "work that a statutory body has a legal duty to pay for.",
            )
        ),
        PageBreak(),
        Paragraph("5. How to apply", h1),
        Paragraph(
            "Apply online at www.nettlebridgecf.example.org.uk/apply. You can save the form "
            "and come back to it. If you cannot use the online form, ring us and we will send "
            "a paper copy or fill it in with you over the telephone.",
            body,
        ),
        Paragraph(
            "The deadlines for 2027 are 1 March, 1 June and 1 October. A panel of local "
            "volunteers and trustees meets about eight weeks after each deadline. Do you need "
            "a decision sooner than that? Talk to us before you apply.",
            body,
        ),
        Paragraph("6. The questions on the form", h1),
        Paragraph(
            "After your organisation's details, the form asks five questions about the "
            "project. Each answer can be up to 300 words. What the panel looks for in each:",
            body,
        ),
        *bullets(
            (
                "<b>What will you do?</b> Say what will happen, where, when and who will run it.",
                "<b>Why is it needed?</b> Tell us how you know: what people have said, "
                "waiting lists, local figures.",
                "<b>Who will benefit?</b> Roughly how many people, and who they are.",
                "<b>What difference will it make?</b> What will be better for people at the "
                "end of the grant?",
                "<b>How will you spend the money?</b> A short explanation of the budget.",
            )
        ),
        PageBreak(),
        Paragraph("7. Documents checklist", h1),
        Paragraph(
            "Upload these with your online form. The 'Required?' column tells you whether we "
            "need each one from your group; where it says 'If applicable', the Notes say "
            "when.",
            body,
        ),
    ]
    rows = [
        ("Document", "Required?", "Notes"),
        ("Governing document", "Yes", "Constitution, rules, trust deed or articles."),
        (
            "Annual accounts",
            "Yes",
            "Your most recent year's accounts, independently examined or audited. If your "
            "annual income is under £10,000, accounts signed by your treasurer are fine.",
        ),
        (
            "Bank statement",
            "Yes",
            "Your most recent statement, showing the group's name and the balance.",
        ),
        ("Equality and diversity policy", "Yes", "Or a short equal opportunities statement."),
        (
            "Safeguarding policy",
            "If applicable",
            "If you work with children, young people or adults at risk.",
        ),
        (
            "Volunteer policy",
            "If applicable",
            "If the project is run mainly by volunteers.",
        ),
        ("Quotes", "If applicable", "One quote for each item of equipment costing over £500."),
        (
            "Lease or landlord's permission",
            "If applicable",
            "For building or garden work on premises you do not own.",
        ),
        ("Environmental policy", "No", "We may ask about this if we visit you."),
        ("Annual report", "Not required", "We will look you up online."),
        ("Grant agreement", "Not required", "We send this only if we offer you a grant."),
    ]
    data = [[Paragraph(a, cellb if i == 0 else cell) for a in row] for i, row in enumerate(rows)]
    tab = Table(data, colWidths=[48 * mm, 26 * mm, 96 * mm], repeatRows=1)
    tab.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), teal),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7FA9AE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#E8F2F3")]),
            ]
        )
    )
    s += [
        tab,
        Spacer(1, 5 * mm),
        Paragraph("You may also send", h2),
        Paragraph(
            "If you would like to, you may also upload up to three photographs, a letter of "
            "support from someone who uses your group, or a newsletter. They are optional "
            "and help the panel picture your work.",
            body,
        ),
        PageBreak(),
        Paragraph("8. If we offer you a grant", h1),
        Paragraph(
            "We will email you an offer letter. Before we pay, we will ask you to send:",
            body,
        ),
        *bullets(
            (
                "the grant agreement, signed by two members of your committee;",
                "our bank details form, with a paying-in slip or a bank letter;",
                "consent forms for any photographs of people we may use in our publicity.",
            )
        ),
        Paragraph(
            "During the grant you will complete a short monitoring return at six months, "
            "and an end-of-grant report within two months of the project finishing.",
            body,
        ),
        Paragraph("9. Insurance", h1),
        Paragraph(
            "All groups must have public liability insurance with cover of at least £2 "
            "million while the project runs. We do not need a copy of your certificate.",
            body,
        ),
        Paragraph("10. How we use your information", h1),
        Paragraph(
            "Nettlebridge Community Foundation is the data controller for the personal "
            "information in your application. We use it to assess your application and "
            "manage any grant, and we may share it with the donors and partner funders whose "
            "money pays for grants. We keep records for six years after a grant ends. You "
            "have the right to see the information we hold about you; write to the Data "
            "Protection Lead at our address.",
            body,
        ),
        Paragraph("11. Equality monitoring", h1),
        Paragraph(
            "The online form ends with a few optional questions about the people your group "
            "is led by and works with. The answers are not seen by the panel; we use them "
            "to check that our grants reach every part of the community.",
            body,
        ),
        Paragraph("12. Complaints", h1),
        Paragraph(
            "If you are unhappy with how we dealt with your application, write to the Chief "
            "Executive within 28 days of our decision. We cannot change a panel's decision, "
            "but we will look at whether we followed our process.",
            body,
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            "This booklet is available in large print and as a Word document. Please ask.",
            body,
        ),
    ]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="Local Grants Programme 2027 - guidance notes",
        author="Nettlebridge Community Foundation",
        invariant=1,
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    ulvercote()
    yarnacott()
    dapplemoor()
    nettlebridge()


if __name__ == "__main__":
    main()
