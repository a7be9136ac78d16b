"""Regenerate the binary documents of the labelled corpus (tests/forms/).

The .docx files are built with python-docx and the .pdf files with reportlab
(fillable PDFs use reportlab's AcroForm support: text fields with /MaxLen and a
/TU tooltip, check boxes and radio groups). The .html, .htm, .md and .txt
documents are written by hand and committed as they are; this script does not
touch them, nor the *.truth.yaml files beside each document.

    .venv/bin/pip install reportlab        # into your own venv only
    .venv/bin/python tests/forms/make_corpus.py

The generated files are committed, so the tests never need reportlab. Text
content is fixed; only zip and PDF timestamps/ids may differ between runs
(reportlab runs in invariant mode, so PDFs are byte-identical).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 4, 1, 9, 0, 0)


# --------------------------------------------------------------------------- docx


def _docx():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    def new(title: str):
        d = docx.Document()
        cp = d.core_properties
        cp.author, cp.title = "Grants team", title
        cp.created = cp.modified = FIXED
        cp.last_modified_by = "Grants team"
        d.styles["Normal"].font.name = "Arial"
        d.styles["Normal"].font.size = Pt(11)
        return d

    def shade(cell, fill="D9D9D9"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def tall(row, cm=4.0):
        row.height = Cm(cm)

    def label_table(d, labels, widths=(7, 10)):
        """Two columns: label | empty cell for the answer."""
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab in labels:
            r = t.add_row()
            r.cells[0].text = lab
            shade(r.cells[0], "F2F2F2")
            r.cells[1].text = ""
        return t

    def headed_table(d, header, rows, answer=""):
        """Two columns under a shaded header row: each row's text, then `answer`."""
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text, t.cell(0, 1).text = header
        for c in t.rows[0].cells:
            shade(c)
        for text in rows:
            r = t.add_row()
            r.cells[0].text = text
            r.cells[1].text = answer
        return t

    def bullets(d, items, style="List Bullet"):
        for item in items:
            d.add_paragraph(item, style=style)

    def question_box(d, prompt, height=5.0):
        """Question-and-box: a shaded row with the prompt, an empty row below."""
        t = d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = prompt
        shade(t.rows[0].cells[0])
        t.rows[1].cells[0].text = ""
        tall(t.rows[1], height)
        return t

    # ---- 1. Ashby: question-and-box tables, checklist table, declaration
    d = new("Community Grant Application Form 2026/27")
    d.add_heading("Ashby Town Council", level=1)
    d.add_heading("Community Grant Application Form 2026/27", level=2)
    d.add_paragraph(
        "Please read the Community Grant Guidance Notes before you complete this form. "
        "Type your answers in the boxes, or write clearly in black ink. The boxes will "
        "expand as you type. Please keep to the word limits."
    )
    d.add_paragraph(
        "Do you need this form in large print or another format? Call the Town Council "
        "office on 01530 410000 or email grants@ashby-tc.example.gov.uk."
    )
    d.add_heading("Section 1: About your organisation", level=3)
    label_table(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Name of main contact",
            "Position in organisation",
            "Telephone",
            "Email",
            "Registered charity number (if applicable)",
        ],
    )
    d.add_paragraph("")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Type of organisation (please tick one)"
    t.cell(0, 1).text = (
        "\u2610 Registered charity   \u2610 Charitable incorporated organisation (CIO)   "
        "\u2610 Community interest company (CIC)   \u2610 Constituted community group   "
        "\u2610 Other"
    )
    t.cell(1, 0).text = "Have you received a grant from Ashby Town Council before?"
    t.cell(1, 1).text = "\u2610 Yes     \u2610 No"
    d.add_heading("Section 2: About your project", level=3)
    label_table(d, ["Project title"])
    d.add_paragraph("")
    question_box(
        d, "2.1 Describe your project and what you will do with the grant. (max 300 words)"
    )
    d.add_paragraph("")
    question_box(
        d,
        "2.2 Why is your project needed? Tell us what evidence you have that people in Ashby "
        "need it. (up to 250 words)",
    )
    d.add_paragraph("")
    question_box(
        d, "2.3 Who will benefit from your project, and how many people do you expect to reach?"
    )
    d.add_paragraph("")
    question_box(
        d, "2.4 How will you measure the difference your project makes? (no more than 200 words)"
    )
    d.add_paragraph("")
    question_box(d, "2.5 Outline your project timetable, including when it will start and finish.")
    d.add_heading("Section 3: Project costs", level=3)
    label_table(
        d, ["Total cost of project (\u00a3)", "Amount requested from Ashby Town Council (\u00a3)"]
    )
    d.add_paragraph("")
    question_box(
        d,
        "3.1 Please give details of any other funding you have applied for or secured for this "
        "project. (max 100 words)",
        height=3.0,
    )
    d.add_heading("Section 4: Checklist of documents", level=3)
    d.add_paragraph("Please tick to show the documents you have enclosed with this form.")
    headed_table(
        d,
        ("Document", "Enclosed (\u2713)"),
        [
            "A copy of your constitution or set of rules",
            "Your most recent annual accounts: audited or independently examined accounts, or a "
            "twelve-month income and expenditure statement signed by your treasurer",
            "A bank statement dated within the last three months",
            "Your equal opportunities policy",
            "Your public liability insurance certificate (minimum cover \u00a35 million)",
            "Your safeguarding policy (only if your project works with children or "
            "vulnerable adults)",
        ],
        "\u2610",
    )
    d.add_heading("Section 5: Declaration", level=3)
    d.add_paragraph(
        "I confirm that the information in this application is correct, that the grant "
        "will be used only "
        "for the project described, and that I am authorised to apply on behalf of the "
        "organisation."
    )
    label_table(d, ["Signed", "Name (in capitals)", "Position", "Date"])
    d.add_paragraph(
        "Please return this form to: Grants Officer, Ashby Town Council, Legion House, "
        "South Street, Ashby LE65 1BU."
    )
    d.save(HERE / "ashby-community-grant-form.docx")

    # ---- 2. Northfield: Section A/B/C/D/E layout, sub-questions
    d = new("Voluntary Sector Initiative Fund application form")
    d.add_heading("Northfield District Council", level=1)
    d.add_heading("Voluntary Sector Initiative Fund (VSIF) 2026 \u2013 Application Form", level=2)
    d.add_paragraph(
        "Please complete every section. Incomplete applications will not be considered. "
        "Section B is scored by the panel."
    )
    d.add_heading("Section A \u2013 Your organisation", level=3)
    label_table(
        d,
        [
            "A1  Name of organisation",
            "A2  Registered address",
            "A3  Contact name",
            "A4  Telephone",
            "A5  Email",
            "A6  Charity or company number",
            "A7  Date your organisation was set up",
            "A8  Total income in your last financial year (\u00a3)",
        ],
    )
    d.add_heading("Section B \u2013 About your project", level=3)
    d.add_paragraph("Please answer each question in the box provided, keeping to the limits shown.")
    question_box(
        d, "B1  Describe your project. What will you do, where and when? (up to 250 words)"
    )
    d.add_paragraph("")
    question_box(d, "B2  Tell us why the project is needed and how you know. 300 word limit.")
    d.add_paragraph("")
    question_box(
        d,
        "B3  How does your project meet the Fund\u2019s priorities?\n"
        "(a) reducing loneliness and isolation\n(b) improving health and wellbeing\n"
        "(c) helping people into skills and employment\n"
        "Answer for all that apply, in the one box below (no more than 400 words in total).",
    )
    d.add_paragraph("")
    t = d.add_table(rows=4, cols=1)
    t.style = "Table Grid"
    t.cell(0, 0).text = "B4 (a) How many volunteers will be involved in the project?"
    shade(t.cell(0, 0))
    t.cell(1, 0).text = "Number of volunteers:"
    t.cell(
        2, 0
    ).text = "B4 (b) Tell us how you will recruit, train and support them. (max 200 words)"
    shade(t.cell(2, 0))
    t.cell(3, 0).text = ""
    tall(t.rows[3])
    d.add_paragraph("")
    question_box(
        d,
        "B5  Explain how the project will continue after the grant has been spent. "
        "Use no more than one side of A4.",
    )
    d.add_paragraph("")
    t = d.add_table(rows=4, cols=1)
    t.style = "Table Grid"
    t.cell(
        0, 0
    ).text = (
        "B6  What difference will the project make? (up to 150 words each)\n(a) in its first year"
    )
    shade(t.cell(0, 0))
    tall(t.rows[1], 3.0)
    t.cell(2, 0).text = "(b) in the longer term"
    shade(t.cell(2, 0))
    tall(t.rows[3], 3.0)
    d.add_paragraph("")
    question_box(
        d, "B7  Is there anything else you would like to tell us about your project?", height=3.0
    )
    d.add_heading("Section C \u2013 Funding", level=3)
    d.add_paragraph(
        "Applicants must provide at least 20% match funding (cash or in kind) towards the total "
        "cost of the project."
    )
    label_table(
        d,
        [
            "C1  Total project cost (\u00a3)",
            "C2  Amount requested from the VSIF (\u00a3)",
            "C3  Is at least 20% of the cost coming from other sources?   Yes / No",
        ],
    )
    d.add_heading("Section D \u2013 Supporting documents", level=3)
    d.add_paragraph("Please send the following with your application:")
    bullets(
        d,
        [
            "your governing document (constitution, memorandum and articles of "
            "association, or trust deed)",
            "your latest annual accounts, independently examined or audited",
            "a detailed budget for the project",
            "your safeguarding policy",
            "your equality and diversity policy",
        ],
    )
    d.add_paragraph("Only in some cases:")
    bullets(
        d,
        [
            "if you employ staff: your employer\u2019s liability insurance certificate",
            "first-time applicants only: two letters of support from partner organisations",
            "if your project involves building work: planning permission and two written quotes",
        ],
    )
    d.add_heading("Section E \u2013 Declaration", level=3)
    d.add_paragraph(
        "\u2610  I confirm that our organisation has a health and safety policy and a "
        "data protection "
        "policy, and that we will provide copies on request."
    )
    d.add_paragraph("I declare that the information given in this form is true and complete.")
    label_table(d, ["Signature", "Name", "Position", "Date"])
    d.save(HERE / "northfield-section-b.docx")

    # ---- 3. Riverside: header rows, a document asked twice, checklist with conditions
    d = new("Small Grants application form")
    d.add_heading("Riverside Borough Council", level=1)
    d.add_heading("Small Grants (up to \u00a31,000) \u2013 Application Form", level=2)
    d.add_paragraph("Part 1 \u2013 Your group")
    headed_table(
        d,
        ("Details", "Please complete"),
        ["Name of your group", "Contact name", "Address", "Telephone", "Email"],
    )
    d.add_paragraph("")
    d.add_paragraph("Part 2 \u2013 Your project")
    t = headed_table(
        d,
        ("Question", "Your answer"),
        [
            "1. What is your project and what will the grant pay for? (max 150 words)",
            "2. Who will take part, and how will they benefit? (max 150 words)",
            "3. How will you tell people in the area about your project?",
            "4. How much are you asking for? (\u00a3)",
        ],
    )
    for r in t.rows[1:]:
        r.height = Cm(1.0) if r.cells[0].text.startswith("4.") else Cm(3.0)
    d.add_paragraph("")
    d.add_paragraph(
        "Please enclose a copy of your group\u2019s constitution and your last two bank "
        "statements. "
        "We cannot process your application without them."
    )
    d.add_paragraph("Part 3 \u2013 Checklist")
    headed_table(
        d,
        ("Document", "\u2713"),
        [
            "Constitution or set of rules",
            "Your last two bank statements",
            "Safeguarding policy (if your project involves children or adults at risk)",
            "DBS check certificates for session leaders (if your project involves "
            "children or adults at risk)",
        ],
        "\u2610",
    )
    d.add_paragraph("")
    d.add_paragraph(
        "Part 4 \u2013 Declaration. I confirm that the information on this form is correct."
    )
    label_table(d, ["Signed", "Print name", "Date"])
    d.save(HERE / "riverside-small-grants.docx")

    # ---- 4. Wessex: guidance notes in Word
    d = new("Community Resilience Fund guidance notes")
    d.add_heading("Wessex County Council", level=1)
    d.add_heading("Community Resilience Fund 2026\u201327: Guidance Notes for Applicants", level=2)
    d.add_heading("What is the fund?", level=3)
    d.add_paragraph(
        "The Community Resilience Fund helps voluntary and community groups in Wessex prepare "
        "for, and recover from, emergencies such as flooding and long power cuts. Grants are "
        "between \u00a32,000 and \u00a350,000."
    )
    d.add_heading("Who can apply?", level=3)
    d.add_paragraph(
        "Registered charities, charitable incorporated organisations, community interest "
        "companies and constituted community groups working in Wessex. Town and parish "
        "councils may apply in partnership with a community group."
    )
    d.add_heading("What will you not fund?", level=3)
    bullets(
        d,
        [
            "individuals",
            "activities that have already happened",
            "religious or political activity",
            "costs that are the statutory duty of another body",
        ],
    )
    d.add_heading("Match funding", level=3)
    d.add_paragraph(
        "We expect applicants to contribute at least 10% of the total project cost. This "
        "match funding can be cash or volunteer time."
    )
    d.add_heading("What you need to send us", level=3)
    d.add_paragraph("All applicants must send:")
    bullets(
        d,
        [
            "a copy of your governing document, signed and dated",
            "audited accounts for your last financial year (we cannot accept unaudited accounts)",
            "a project plan showing milestones and who is responsible for each",
            "a copy of your public liability insurance certificate showing cover of at "
            "least \u00a310 million",
            "your health and safety policy",
        ],
        style="List Number",
    )
    d.add_paragraph("Some applicants must also send:")
    bullets(
        d,
        [
            "a business plan, for applications over \u00a325,000 only",
            "your environmental policy, if you are applying under the Green Communities strand",
        ],
    )
    d.add_heading("How we assess applications", level=3)
    d.add_paragraph(
        "A panel of officers and two councillors scores each application against the fund\u2019s "
        "priorities. We aim to tell you our decision within eight weeks of the closing date."
    )
    d.add_heading("Need help?", level=3)
    d.add_paragraph(
        "Not sure whether your idea fits the fund? Call the Community Resilience team on "
        "01305 221000 before you apply. We are happy to talk it through."
    )
    d.save(HERE / "wessex-guidance-notes.docx")


# --------------------------------------------------------------------------- pdf


def _pdf():
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4
    LEFT = 50

    def lines(c, x, y, text, size=10, lead=13, width=95):
        """Draw wrapped text; return the y below it."""
        import textwrap

        c.setFont("Helvetica", size)
        for para in text.split("\n"):
            for ln in textwrap.wrap(para, width) or [""]:
                c.drawString(x, y, ln)
                y -= lead
        return y

    def heading(c, y, text, size=12):
        c.setFont("Helvetica-Bold", size)
        c.drawString(LEFT, y, text)
        return y - size - 6

    def tf(c, name, tip, x, y, w, h, maxlen=None, multiline=False):
        c.acroForm.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=w,
            height=h,
            maxlen=maxlen,
            fieldFlags="multiline" if multiline else "",
            borderColor=black,
            fillColor=white,
            textColor=black,
            forceBorder=True,
            fontSize=9 if multiline else 10,
        )

    def field_rows(c, y, rows, dx, width, step):
        """One line a field: the label, then a single-line text field (tooltip = label)."""
        for name, label, ml in rows:
            c.setFont("Helvetica", 10)
            c.drawString(LEFT, y - 12, label)
            tf(c, name, label, LEFT + dx, y - 16, width, 18, maxlen=ml)
            y -= step
        return y

    def question_fields(c, y, rows):
        """A question's label, then a multi-line text field under it."""
        for name, label, tip, ml, hgt in rows:
            c.setFont("Helvetica", 10)
            c.drawString(LEFT, y, label)
            tf(c, name, tip, LEFT, y - hgt - 6, W - 2 * LEFT, hgt, maxlen=ml, multiline=True)
            y -= hgt + 22
        return y

    # ---- 5. Hartley: fillable, MaxLen on every field
    c = canvas.Canvas(str(HERE / "hartley-fillable-form.pdf"), pagesize=A4)
    c.setTitle("Hartley Community Chest application form")
    c.setAuthor("Hartley Borough Council")
    y = H - 60
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LEFT, y, "Hartley Borough Council \u2013 Community Chest 2026")
    y -= 20
    y = lines(
        c,
        LEFT,
        y,
        "Application form. Fill in this form on screen, save it and email it to "
        "communitychest@hartley.example.gov.uk. Each box has a character limit.",
    )
    y -= 6
    y = heading(c, y, "Section 1: Your organisation")
    y = field_rows(
        c,
        y,
        [
            ("org_name", "Name of organisation", 100),
            ("address", "Address", 200),
            ("postcode", "Postcode", 8),
            ("contact_name", "Contact name", 60),
            ("phone", "Telephone", 20),
            ("email", "Email", 80),
            ("charity_number", "Charity number (if registered)", 12),
        ],
        170,
        320,
        24,
    )
    c.drawString(LEFT, y - 12, "Is your organisation a registered charity?")
    c.drawString(LEFT + 260, y - 12, "Yes")
    c.acroForm.radio(
        name="is_charity",
        value="yes",
        tooltip="Registered charity: yes",
        x=LEFT + 285,
        y=y - 15,
        size=12,
        buttonStyle="circle",
        borderColor=black,
        fillColor=white,
        forceBorder=True,
    )
    c.drawString(LEFT + 310, y - 12, "No")
    c.acroForm.radio(
        name="is_charity",
        value="no",
        tooltip="Registered charity: no",
        x=LEFT + 330,
        y=y - 15,
        size=12,
        buttonStyle="circle",
        borderColor=black,
        fillColor=white,
        forceBorder=True,
    )
    y -= 34
    y = heading(c, y, "Section 2: Your project")
    y = question_fields(
        c,
        y,
        [
            (
                "q1_project",
                "2.1 Describe your project (maximum 1,800 characters)",
                "Describe your project (maximum 1,800 characters)",
                1800,
                86,
            ),
            ("q2_need", "2.2 Why is it needed?", "Why is the project needed?", 1200, 86),
            (
                "q3_involve",
                "2.3 How will you involve local people?",
                "How will you involve local people?",
                1200,
                86,
            ),
            (
                "q4_change",
                "2.4 What will be different when the project ends?",
                "What will be different when the project ends?",
                900,
                86,
            ),
        ],
    )
    c.showPage()
    y = H - 60
    y = heading(c, y, "Section 3: Costs")
    y = field_rows(
        c,
        y,
        [
            ("total_cost", "Total cost of the project (\u00a3)", 10),
            ("amount_requested", "Amount requested (\u00a3)", 10),
            ("start_date", "Planned start date (dd/mm/yyyy)", 10),
        ],
        200,
        150,
        24,
    )
    y -= 10
    y = heading(c, y, "Section 4: Documents")
    y = lines(c, LEFT, y, "Please email the following with this form:")
    for item in [
        "\u2022 your constitution or other governing document;",
        "\u2022 your latest annual accounts (these may be unaudited, signed by two "
        "committee members);",
        "\u2022 a copy of a recent bank statement;",
        "\u2022 your public liability insurance certificate (\u00a32 million minimum cover).",
        "If your project works with children or vulnerable adults, please also send your "
        "safeguarding policy.",
    ]:
        y = lines(c, LEFT + 10, y, item)
    y -= 10
    y = heading(c, y, "Section 5: Declaration")
    y = lines(
        c,
        LEFT,
        y,
        "I confirm that the information on this form is correct and that any grant will be "
        "spent on the project described.",
    )
    c.acroForm.checkbox(
        name="declaration",
        tooltip="I agree to the declaration",
        x=LEFT,
        y=y - 16,
        size=14,
        borderColor=black,
        fillColor=white,
        forceBorder=True,
    )
    c.drawString(LEFT + 22, y - 12, "I agree")
    y -= 34
    field_rows(
        c,
        y,
        [("signed_name", "Signed (type your full name)", 60), ("signed_date", "Date", 10)],
        200,
        200,
        24,
    )
    c.showPage()
    c.save()

    # ---- 6. Fenwick: fillable, printed limit = MaxLen, some fields without MaxLen
    c = canvas.Canvas(str(HERE / "fenwick-fillable-application.pdf"), pagesize=A4)
    c.setTitle("Neighbourhood Fund application")
    c.setAuthor("Fenwick City Council")
    y = H - 60
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LEFT, y, "Fenwick City Council")
    y -= 18
    c.setFont("Helvetica-Bold", 12)
    c.drawString(LEFT, y, "Neighbourhood Fund \u2013 application form")
    y -= 22
    y = heading(c, y, "Part A \u2013 Contact details", 11)
    y = field_rows(
        c,
        y,
        [
            ("OrgName", "Organisation name", 120),
            ("ContactName", "Contact name", 80),
            ("Position", "Position", 60),
            ("Address", "Address", 200),
            ("Postcode", "Postcode", 8),
            ("Telephone", "Telephone", 20),
            ("Email", "Email", 100),
        ],
        150,
        340,
        23,
    )
    c.drawString(LEFT, y - 12, "Type of organisation:")
    for i, (val, lab) in enumerate(
        [("charity", "Charity"), ("cic", "CIC"), ("group", "Community group"), ("other", "Other")]
    ):
        x = LEFT + 150 + i * 90
        c.acroForm.radio(
            name="OrgType",
            value=val,
            tooltip="Type of organisation: " + lab,
            x=x,
            y=y - 15,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
            forceBorder=True,
        )
        c.drawString(x + 16, y - 12, lab)
    y -= 30
    y = heading(c, y, "Part B \u2013 Bank details (the grant is paid into this account)", 11)
    y = field_rows(
        c,
        y,
        [
            ("AccountName", "Account name", 80),
            ("BankName", "Bank or building society", 80),
            ("SortCode", "Sort code", 8),
            ("AccountNumber", "Account number", 8),
        ],
        150,
        200,
        23,
    )
    y -= 8
    y = heading(c, y, "Part C \u2013 Your project", 11)
    y = question_fields(
        c,
        y,
        [
            (
                "Q1",
                "1. Tell us about your organisation and what it does. (maximum 1,200 characters)",
                "Tell us about your organisation (maximum 1,200 characters)",
                1200,
                70,
            ),
            (
                "Q2",
                "2. Describe the project you want us to fund. (maximum 3,000 characters)",
                "Describe the project (maximum 3,000 characters)",
                3000,
                120,
            ),
        ],
    )
    c.showPage()
    y = H - 60
    y = question_fields(
        c,
        y,
        [
            (
                "Q3",
                "3. How will the project benefit people living in the neighbourhood?",
                "How will the project benefit people living in the neighbourhood?",
                2000,
                110,
            ),
            (
                "Q4",
                "4. Summarise how the grant will be spent.",
                "Summarise how the grant will be spent",
                None,
                110,
            ),
            ("Q5", "5. Give details of any partners you will work with.", "Partners", None, 90),
        ],
    )
    c.drawString(LEFT, y - 12, "Amount requested (\u00a3)")
    tf(c, "Amount", "Amount requested in pounds", LEFT + 150, y - 16, 120, 18, maxlen=8)
    y -= 34
    y = heading(c, y, "Part D \u2013 What to send with this form", 11)
    for item in [
        "You must send:",
        "\u2022 a copy of your governing document;",
        "\u2022 your most recent annual accounts, signed by your chair or treasurer;",
        "\u2022 a bank statement dated within the last three months;",
        "\u2022 your safeguarding policy (all applicants).",
        "If your project involves volunteers, please also send your volunteer policy.",
        "All groups must hold public liability insurance of at least \u00a35,000,000. "
        "You do not need to send "
        "the certificate, but we may ask to see it.",
    ]:
        y = lines(c, LEFT, y, item)
    y -= 8
    y = heading(c, y, "Part E \u2013 Declaration", 11)
    c.acroForm.checkbox(
        name="Confirm",
        tooltip="I confirm the information on this form is correct",
        x=LEFT,
        y=y - 16,
        size=14,
        borderColor=black,
        fillColor=white,
        forceBorder=True,
    )
    c.setFont("Helvetica", 10)
    c.drawString(LEFT + 22, y - 12, "I confirm the information on this form is correct.")
    y -= 32
    field_rows(
        c,
        y,
        [
            ("DeclName", "Name", None),
            ("Signature", "Signature (type your name)", None),
            ("DeclDate", "Date", None),
        ],
        170,
        200,
        23,
    )
    c.showPage()
    c.save()

    # ---- 7. Millbrook: text PDF guidance notes (3 pages)
    c = canvas.Canvas(str(HERE / "millbrook-guidance.pdf"), pagesize=A4)
    c.setTitle("Community Grants guidance notes 2026-27")
    c.setAuthor("Millbrook District Council")
    y = H - 60
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, y, "Millbrook District Council")
    y -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(LEFT, y, "Community Grants 2026\u201327: Guidance Notes")
    y -= 26
    text_p1 = [
        ("h", "1. About the scheme"),
        (
            "p",
            "Millbrook District Council\u2019s Community Grants support projects run by "
            "voluntary and "
            "community groups that make life better for people in the district. We award "
            "grants of between "
            "\u00a3500 and \u00a310,000 for up to one year.",
        ),
        (
            "p",
            "Grants cover up to 75% of the cost of a project. You must find at least 25% "
            "match funding from "
            "other sources. Volunteer time can count towards your match funding at "
            "\u00a312 an hour.",
        ),
        ("h", "2. Who can apply"),
        (
            "p",
            "Registered charities, charitable incorporated organisations, community "
            "interest companies, "
            "and constituted voluntary and community groups with a bank account in the "
            "organisation\u2019s "
            "name and at least two unrelated signatories.",
        ),
        ("h", "3. What we fund"),
        (
            "p",
            "Activities, equipment, small capital works, volunteer expenses and a share "
            "of running costs "
            "that relate to the project. We do not fund individuals, profit-making "
            "activity, retrospective "
            "costs, or activity that promotes a religious or political belief.",
        ),
        ("h", "4. How to apply"),
        (
            "p",
            "Complete the application form and send it with your supporting documents to "
            "grants@millbrook.example.gov.uk by 12 noon on Friday 5 June 2026.",
        ),
        (
            "p",
            "Not sure whether your idea fits? Talk to us first: call the Communities "
            "Team on 01632 960123.",
        ),
    ]
    text_p2 = [
        ("h", "5. Documents checklist"),
        ("p", "Every applicant must send:"),
        ("l", "1. Your constitution or governing document."),
        (
            "l",
            "2. Audited or independently examined accounts, or a twelve-month income and "
            "expenditure "
            "statement signed by your treasurer.",
        ),
        ("l", "3. A detailed budget for the project."),
        ("l", "4. Your equal opportunities policy."),
        ("l", "5. Your data protection policy."),
        ("l", "6. Evidence of public liability insurance of at least \u00a35 million."),
        ("p", "Some applicants must also send:"),
        (
            "l",
            "7. If your project works with children or vulnerable adults: your "
            "safeguarding policy.",
        ),
        (
            "l",
            "8. If your project works with children or vulnerable adults: confirmation "
            "that the people "
            "leading sessions have an enhanced DBS check.",
        ),
        ("l", "9. If staff or volunteers will work alone: your lone working policy."),
        ("l", "10. For capital projects (equipment or building works): three written quotes."),
        ("h", "6. How we decide"),
        (
            "p",
            "Officers check each application for eligibility and a panel of three "
            "councillors scores it "
            "against the scheme\u2019s priorities. We write to every applicant within "
            "ten weeks of the "
            "closing date.",
        ),
    ]
    text_p3 = [
        ("h", "7. If you are awarded a grant"),
        (
            "p",
            "You will be asked to sign a grant agreement and to send a short report, "
            "with receipts, within "
            "three months of the end of the project. Remember to include your "
            "constitution with your "
            "application: we cannot pay a grant without it.",
        ),
        ("h", "8. Contact us"),
        (
            "p",
            "Communities Team, Millbrook District Council, Civic Centre, Millbrook MB1 2AA. "
            "Telephone 01632 960123. Email grants@millbrook.example.gov.uk.",
        ),
    ]
    for page in (text_p1, text_p2, text_p3):
        for kind, text in page:
            if kind == "h":
                y -= 4
                y = heading(c, y, text, 12)
            elif kind == "l":
                y = lines(c, LEFT + 12, y, text, width=90)
            else:
                y = lines(c, LEFT, y, text)
            y -= 4
        c.setFont("Helvetica", 8)
        c.drawString(
            LEFT,
            30,
            "Millbrook District Council \u2013 Community Grants guidance notes 2026\u201327",
        )
        c.showPage()
        y = H - 60
    c.save()

    # ---- 8. Oakham: typed (text) PDF form with ruled lines and "Answer:" blanks
    c = canvas.Canvas(str(HERE / "oakham-typed-form.pdf"), pagesize=A4)
    c.setTitle("Oakham Parish Council grant application")
    c.setAuthor("Oakham Parish Council")
    y = H - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, y, "OAKHAM PARISH COUNCIL \u2013 GRANT APPLICATION FORM")
    y -= 18
    y = lines(
        c,
        LEFT,
        y,
        "Please print this form and complete it in black ink, or type your answers. Use the "
        "lines provided.",
    )
    y -= 6

    # Typed forms rule their lines with underscores, so the lines are text.
    def blank(label, y, x2=W - LEFT):
        c.setFont("Helvetica", 10)
        room = x2 - LEFT - c.stringWidth(label + " ", "Helvetica", 10)
        c.drawString(LEFT, y, label + " " + "_" * int(room / c.stringWidth("_", "Helvetica", 10)))
        return y - 20

    def ruled(y, n):
        c.setFont("Helvetica", 10)
        rule = "_" * int((W - 2 * LEFT) / c.stringWidth("_", "Helvetica", 10))
        for _ in range(n):
            c.drawString(LEFT, y, rule)
            y -= 18
        return y - 4

    y = heading(c, y, "PART 1 \u2013 ABOUT YOUR GROUP", 11)
    for lab in ["Name of organisation:", "Contact name:", "Address:", "Telephone:", "Email:"]:
        y = blank(lab, y)
    c.drawString(LEFT, y, "Is your group a registered charity?   YES  /  NO   (please circle)")
    y -= 20
    for lab in ["Bank account name:", "Sort code:", "Account number:"]:
        y = blank(lab, y)
    y -= 4
    y = heading(c, y, "PART 2 \u2013 YOUR PROJECT", 11)
    y = blank("Project title:", y)
    c.drawString(LEFT, y, "1. Describe your project. (no more than 500 words)")
    y = ruled(y - 18, 7)
    c.drawString(LEFT, y, "2. Explain how the project will benefit residents of Oakham parish.")
    y = ruled(y - 18, 6)
    c.drawString(LEFT, y, "3. How many people will benefit?")
    y -= 18
    y = blank("Answer:", y, LEFT + 200)
    c.showPage()
    y = H - 60
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y, "4. Give details of how the grant will be spent.")
    y = ruled(y - 18, 6)
    y = blank("Total cost of project: \u00a3", y, LEFT + 300)
    y = blank("Amount requested from the Parish Council: \u00a3", y, LEFT + 350)
    c.drawString(
        LEFT,
        y,
        "5. Have you applied to any other organisation for funding? If so, tell us who, how "
        "much, and whether",
    )
    c.drawString(LEFT, y - 13, "    it has been awarded. (50 words max)")
    y -= 31
    y = blank("Answer:", y)
    y = ruled(y, 1) - 8
    y = heading(c, y, "PART 3 \u2013 ENCLOSURES", 11)
    y = lines(
        c,
        LEFT,
        y,
        "Please enclose:\n"
        "(a) a copy of your latest annual accounts or, if you have none, a statement of income "
        "and expenditure for the last twelve months;\n"
        "(b) a copy of your constitution;\n"
        "(c) two written quotes for any single item costing more than \u00a3500.",
    )
    y -= 10
    y = heading(c, y, "PART 4 \u2013 DECLARATION", 11)
    y = lines(c, LEFT, y, "I confirm that the information given on this form is correct.")
    y -= 8
    for lab in ["Signed:", "Position:", "Date:"]:
        y = blank(lab, y, LEFT + 300)
    c.setFont("Helvetica", 9)
    c.drawString(LEFT, 40, "Return to: The Clerk, Oakham Parish Council, Church Street, Oakham.")
    c.showPage()
    c.save()

    # ---- 9. Castlegate: text PDF exported from Word, answer boxes drawn as rectangles
    c = canvas.Canvas(str(HERE / "castlegate-expression-of-interest.pdf"), pagesize=A4)
    c.setTitle("Cultural Recovery Fund stage 1 expression of interest")
    c.setAuthor("Castlegate Borough Council")
    y = H - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, y, "Castlegate Borough Council \u2013 Cultural Recovery Fund")
    y -= 18
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT, y, "Stage 1: Expression of Interest")
    y -= 18
    y = lines(
        c,
        LEFT,
        y,
        "Complete this form to tell us about your idea. If your idea fits the fund we will "
        "invite you to Stage 2. The fund pays no more than half of a project's cost: you must "
        "find at least 50% match funding from elsewhere.",
    )
    y -= 8

    def box(y, h):
        c.rect(LEFT, y - h, W - 2 * LEFT, h)
        return y - h - 14

    y = heading(c, y, "Section A \u2013 Your organisation", 11)
    c.setFont("Helvetica", 10)
    for lab in ["Organisation name", "Contact name", "Email", "Telephone", "Postcode"]:
        c.drawString(LEFT, y - 12, lab)
        c.rect(LEFT + 140, y - 17, W - 2 * LEFT - 140, 18)
        y -= 22
    y -= 4
    c.drawString(
        LEFT,
        y,
        "Legal status (tick one):   [ ] Charity   [ ] CIC   [ ] Company limited by guarantee   "
        "[ ] Unincorporated group",
    )
    y -= 24
    y = heading(c, y, "Section B \u2013 Your idea", 11)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y, "B1  In no more than 300 words, what is your project?")
    y = box(y - 6, 110)
    c.drawString(LEFT, y, "B2  Why now? Summarise the need for the project. (up to 250 words)")
    y = box(y - 6, 100)
    c.drawString(
        LEFT, y, "B3  Which of the fund's aims will your project meet? Tick all that apply."
    )
    y -= 16
    for aim in [
        "[ ] Aim 1: bring audiences back to live culture",
        "[ ] Aim 2: support freelance artists living in Castlegate",
        "[ ] Aim 3: reach residents who have never taken part",
    ]:
        c.drawString(LEFT + 20, y, aim)
        y -= 14
    c.showPage()
    y = H - 60
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y, "B4  How much do you expect to ask for at Stage 2?   \u00a3")
    c.rect(LEFT + 280, y - 5, 100, 18)
    y -= 30
    c.drawString(
        LEFT,
        y,
        "B5  Outline your organisation's track record of delivering similar projects. "
        "300 word limit.",
    )
    y = box(y - 6, 120)
    y = heading(c, y, "Section C \u2013 Documents", 11)
    y = lines(
        c,
        LEFT,
        y,
        "Please send with this form:\n"
        "- a copy of your governing document;\n"
        "- your latest accounts. Audited accounts are required from organisations with an "
        "income over \u00a31 million; others may send unaudited accounts approved by their board.",
    )
    y -= 10
    y = heading(c, y, "Section D \u2013 Declaration", 11)
    y = lines(
        c, LEFT, y, "I confirm that the information in this expression of interest is correct."
    )
    y -= 6
    c.setFont("Helvetica", 10)
    for lab in ["Name", "Signature", "Date"]:
        c.drawString(LEFT, y - 12, lab)
        c.rect(LEFT + 140, y - 17, 200, 18)
        y -= 24
    c.showPage()
    c.save()


def _normalise_zip(path: Path) -> None:
    """Give every member of a .docx the same date, so a rebuild is byte-identical."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    _docx()
    for p in HERE.glob("*.docx"):
        _normalise_zip(p)
    _pdf()
    for p in sorted(HERE.glob("*.docx")) + sorted(HERE.glob("*.pdf")):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
