"""Build set 98's Word and PDF documents (typical NHS charities' and health bodies' community
grants: a hospitals charity's community partnership grants, a primary care network's social
prescribing community grants, an integrated care partnership's community health small grants
and an NHS charity's health inequalities fund, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus98.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 12, 4, 10, 0, 0)
BOX = "\u2610"


def _shade(cell, fill: str = "E8EDEE") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _details(d, rows: list[str], shade: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        if shade:
            _shade(r.cells[0])
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200, shade: bool = True) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    if shade:
        _shade(t.rows[0].cells[0])
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def _grid(d, headers: list[str], rows: int) -> None:
    t = d.add_table(rows=rows + 1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers, strict=True):
        kit.set_cell(c, h, bold=True)
        _shade(c)
    for r in t.rows[1:]:
        kit.row_height(r, 380)
    d.add_paragraph()


def _ticked(d, docs: list[str]) -> None:
    """A documents table with an 'Enclosed' tick column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def dunchworth() -> None:
    d = kit.new_document(
        FIXED,
        "Community Partnership Grants 2027: application form",
        "Dunchworth Hospitals Charity",
    )
    p = d.add_paragraph
    d.add_heading("Dunchworth Hospitals Charity", 0)
    p("Community Partnership Grants 2027: application form")
    p(
        "Dunchworth Hospitals Charity is the official charity of Dunchworth Hospitals NHS "
        "Foundation Trust. Our Community Partnership Grants fund local charities and community "
        "organisations to work alongside a team or service of the Trust, so that patients get "
        "support at home and in their community before they need hospital care and after they "
        "leave it. We give grants of £5,000 to £25,000 for projects lasting up to two years."
    )
    p(
        "Before you apply, please read the guidance notes and talk to the Trust team you want "
        "to work with. Type your answers in the boxes, which will expand as you type. Please "
        "keep to the word limits shown after each question. Email the completed form and your "
        "documents to communitygrants@dunchworthcharity.example.org.uk by 5pm on Monday "
        "1 March 2027."
    )
    p(
        "Do you need this form in another format, such as large print? Call the charity team "
        "on 01632 964 210."
    )
    d.add_heading("Part A: About your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Type of organisation (for example registered charity, CIO, CIC, constituted group)",
            "Registered charity or company number",
            "Address, including postcode",
            "Main contact name",
            "Role in the organisation",
            "Telephone",
            "Email",
            "Website or social media",
        ],
        shade=True,
    )
    p()
    d.add_heading("Part B: Your partnership with the Trust", 1)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Name of the Trust team or service you will work with", ""),
        ("Name and job title of your contact in the Trust", ""),
        ("Has the Trust team agreed to work with you on this project?", f"{BOX} Yes   {BOX} No"),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Part C: Your project", 1)
    _details(
        d,
        [
            "Project title",
            "Start date",
            "End date",
            "Number of people you expect to benefit",
        ],
        shade=True,
    )
    p()
    _question(
        d,
        "C1 Describe your project: what you will do, where and when it will happen, and who "
        "will deliver it. (max 400 words)",
        4000,
    )
    _question(
        d,
        "C2 What health need or health inequality will your project address, and what evidence "
        "do you have of that need? (max 300 words)",
    )
    _question(
        d,
        "C3 How will your project work with the Trust team to improve patients' health or their "
        "experience of care? (max 300 words)",
    )
    _question(
        d,
        "C4 Who will benefit from your project, and how will you reach people who do not "
        "usually use health services? (max 250 words)",
    )
    _question(
        d,
        "C5 How will you know that your project has made a difference? (max 200 words)",
    )
    _question(
        d,
        "C6 What will happen to the work when the grant ends? (max 150 words)",
        2400,
    )
    d.add_heading("Part D: Costs", 1)
    p("Please list the costs of the project that you are asking us to pay for.")
    _grid(d, ["Item", "Year 1 (£)", "Year 2 (£)"], 6)
    _details(
        d,
        ["Total cost of the project (£)", "Amount requested from the Charity (£)"],
        shade=True,
    )
    p()
    p(
        "The Charity can fund the whole cost of your project, so you do not need to find match "
        "funding. If other funders are supporting the project, please tell us who they are."
    )
    _grid(d, ["Funder", "Amount (£)", "Secured or applied for"], 3)
    d.add_heading("Part E: Supporting documents", 1)
    p(
        "Please send these documents with your application and tick the box to show that you "
        "have enclosed each one."
    )
    _ticked(
        d,
        [
            "Your governing document (constitution, rules, or memorandum and articles of "
            "association)",
            "Your most recent annual accounts, independently examined or audited",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "A letter from the Trust team or service confirming that they support the "
            "partnership and will work with you",
            "Your safeguarding policy, if your project works with children, young people or "
            "adults at risk",
            "A quote for any single item of equipment costing more than £1,000",
        ],
    )
    d.add_heading("Part F: Declaration", 1)
    p(
        "We confirm that the information in this application is correct, and that we are "
        "authorised to apply on behalf of the organisation. We confirm that the organisation "
        "has an equality and diversity policy and a data protection policy, and that any "
        "volunteers who work on Trust premises will complete the Trust's volunteer induction. "
        "We understand that the Charity may ask for the grant to be repaid if it is not used "
        "for the project described."
    )
    p("The form must be signed by two people from your organisation's board or committee.")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[1], "First signatory", bold=True)
    kit.set_cell(t.rows[0].cells[2], "Second signatory", bold=True)
    for r, label in zip(t.rows[1:], ["Signature", "Name", "Position", "Date"], strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.row_height(r, 420)
    p()
    p(
        "Dunchworth Hospitals Charity, Charity Office, Dunchworth General Hospital, Abbey Road, "
        "Dunchworth DW3 7HP. Registered charity number 1199999. "
        "www.dunchworthcharity.example.org.uk"
    )
    out = HERE / "dunchworth-hospitals-charity-community-partnership-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def thurlbeck() -> None:
    d = kit.new_document(
        FIXED,
        "Social Prescribing Community Grants: application form",
        "Thurlbeck and Ormside Primary Care Network",
    )
    p = d.add_paragraph
    d.add_heading("Thurlbeck and Ormside Primary Care Network", 0)
    p("Social Prescribing Community Grants 2027 to 2028").runs[0].bold = True
    p("Application form")
    p(
        "Our social prescribing link workers help patients of the six GP practices in "
        "Thurlbeck and Ormside to find local activities and support: walking groups, lunch "
        "clubs, craft and singing groups, peer support and more. These grants of up to £1,500 "
        "help community groups to welcome more people referred by the link workers, for "
        "example by running an extra session, training volunteers or buying equipment."
    )
    p(
        "Please fill in every section. If you would like help with the form, ask any of our "
        "link workers or ring Thurlbeck Voluntary Action on 01632 965 447. You do not need to "
        "find match funding."
    )
    d.add_heading("1. Your group", 2)
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    rows = [
        ("Group name", "", "Contact name", ""),
        ("Address", "", "Postcode", ""),
        ("Phone", "", "Email", ""),
        ("Date your group was set up", "", "Number of members or regular volunteers", ""),
        (
            "Is your group constituted?",
            f"{BOX} Yes  {BOX} No",
            "Does your group have a bank account in its own name, with two signatories?",
            f"{BOX} Yes  {BOX} No",
        ),
    ]
    for r, vals in zip(t.rows, rows, strict=True):
        for i, v in enumerate(vals):
            kit.set_cell(r.cells[i], v, bold=(i in (0, 2)))
            if i in (0, 2):
                _shade(r.cells[i], "DCE6F1")
        kit.row_height(r, 500)
    p()
    d.add_heading("2. Your activity", 2)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Name of the activity", bold=True)
    _shade(t.rows[0].cells[0], "DCE6F1")
    kit.set_cell(
        t.rows[1].cells[0],
        "How many new people could you take from the link workers each month?",
        bold=True,
    )
    _shade(t.rows[1].cells[0], "DCE6F1")
    for r in t.rows:
        kit.row_height(r, 500)
    p()
    qs = [
        (
            "2.1 What does your group do, and when and where do you meet? Please use no more "
            "than 200 words.",
            2600,
        ),
        (
            "2.2 Tell us about the activity you want the grant to support and why it is needed. "
            "Please use no more than 250 words.",
            3000,
        ),
        (
            "2.3 How will your activity help people referred by the link workers, for example "
            "people who are lonely, living with a long-term condition or feeling low? Please "
            "use no more than 250 words.",
            3000,
        ),
        (
            "2.4 How will you welcome people who are referred to you, and how will you let the "
            "link worker know how they are getting on? Please use no more than 150 words.",
            2200,
        ),
        ("2.5 Is there anything else you would like to tell us?", 1800),
    ]
    t = d.add_table(rows=len(qs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Question", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Your answer", bold=True)
    _shade(t.rows[0].cells[0], "DCE6F1")
    _shade(t.rows[0].cells[1], "DCE6F1")
    for r, (q, hgt) in zip(t.rows[1:], qs, strict=True):
        kit.set_cell(r.cells[0], q)
        kit.row_height(r, hgt)
    p()
    d.add_heading("3. Costs", 2)
    p("Please list what you will spend the grant on.")
    _grid(d, ["What you will buy or pay for", "Cost (£)"], 5)
    _details(d, ["Total amount requested (up to £1,500)"], shade=True)
    p()
    d.add_heading("4. What to send with this form", 2)
    p("Please email these with your form:")
    for b in [
        "a copy of your constitution or set of rules;",
        "your most recent accounts (they do not need to be audited) or, if your group has been "
        "running for less than a year, your last two bank statements instead;",
        "your safeguarding policy. We ask every group for this, because some of the people the "
        "link workers refer may be vulnerable;",
        "if you run physical activity sessions, such as walking, exercise or dance: your risk "
        "assessment for the activity.",
    ]:
        d.add_paragraph(b, style="List Bullet")
    p(
        "Your group must have public liability insurance of at least £2 million while it runs "
        "the activity. You do not need to send us the certificate."
    )
    d.add_heading("5. Declaration", 2)
    p(
        "I confirm that the information on this form is correct and that I have the agreement "
        "of the group's committee to apply. If we receive a grant we will use it only for the "
        "activity described, and we will tell the link workers if the activity changes or stops."
    )
    p(
        f"How did you hear about these grants?   {BOX} Link worker   {BOX} GP practice   "
        f"{BOX} Thurlbeck Voluntary Action   {BOX} Other"
    )
    p()
    p("Signed ________________________________   Date ______________")
    p("Name ________________________________   Role in the group ______________________")
    p()
    p(
        "Return your form to: Social Prescribing Team, Thurlbeck and Ormside PCN, Ormside "
        "Health Centre, Station Road, Ormside TH6 2QN, or email "
        "socialprescribing.thurlbeckpcn@nhs.example.org.uk. Closing date: 30 April 2027."
    )
    out = HERE / "thurlbeck-pcn-social-prescribing-community-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def kestermoor() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kestermoor-icp-community-health-small-grants.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Health Small Grants 2027/28: application form")
    c.setAuthor("Kestermoor Integrated Care Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    blue = HexColor("#005EB8")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            c.showPage()
            state["y"] = hgt - 60

    def txt(t: str, size: float = 10, font: str = "Helvetica", x: float = 50) -> None:
        for line in simpleSplit(t, font, size, w - x - 50):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14

    def bar(t: str) -> None:
        room(44)
        state["y"] -= 8
        c.setFillColor(blue)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(black)
        state["y"] -= 26

    def field(name: str, label: str, maxlen: int = 0, height: int = 20) -> None:
        room(height + 10)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen or None}
        if height > 20:
            kw["fieldFlags"] = "multiline"
        form.textfield(
            name=name,
            tooltip=label,
            x=250,
            y=state["y"] - height + 2,
            width=295,
            height=height,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= height + 8

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        form.textfield(
            name=name,
            tooltip=tip,
            x=50,
            y=state["y"] - height,
            width=495,
            height=height,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            fieldFlags="multiline",
            maxlen=maxlen or None,
        )
        state["y"] -= height + 14

    def radios(name: str, label: str, options: list[str]) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(22)
        x = 50
        for opt in options:
            ow = c.stringWidth(opt, "Helvetica", 9.5)
            if x + 16 + ow > w - 50:
                state["y"] -= 20
                room(22)
                x = 50
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", "_"),
                selected=False,
                x=x,
                y=state["y"] - 12,
                size=12,
                buttonStyle="circle",
                borderColor=black,
                fillColor=white,
            )
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 16, state["y"] - 9, opt)
            x += 20 + ow + 18
        state["y"] -= 26

    def tick(name: str, label: str) -> None:
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 10)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Kestermoor Integrated Care Partnership")
    state["y"] -= 22
    txt("Community Health Small Grants 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Kestermoor Integrated Care Partnership brings together the NHS, Kestermoor "
        "Borough Council and the voluntary and community sector to improve health and reduce "
        "health inequalities in the borough. Its Community Health Small Grants, funded by the "
        "integrated care board and the Council's public health team and run by Kestermoor CVS, "
        "give voluntary, community and faith groups up to £3,000 for projects that support "
        "the partnership's priorities: healthy weight, smoke-free lives, mental wellbeing and "
        "ageing well."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Some answer boxes have a character "
        "limit, shown after the question. We can fund up to 80% of the total cost of your "
        "project: you will need to find at least 20% from your own funds or other sources, "
        "which can include the value of volunteers' time. Email the form and your documents "
        "to healthgrants@kestermoorcvs.example.org.uk by 12 noon on 19 February 2027."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation", 100)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO", "CIC", "Constituted community group", "Faith group"],
    )
    field("reg_no", "Charity, company or CIC number (if any)", 12)
    field("contact_name", "Contact name", 60)
    field("contact_role", "Position in the organisation", 60)
    field("address", "Address", 200, 40)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    bar("Section 2: Your project")
    field("project_title", "Project title", 80)
    radios(
        "priority",
        "Which partnership priority will your project support most?",
        ["Healthy weight", "Smoke-free lives", "Mental wellbeing", "Ageing well"],
    )
    box(
        "q2_3",
        "2.3 Describe your project and what you will do with the grant. (up to 1,500 characters)",
        "2.3 Describe your project and what you will do with the grant (up to 1,500 characters)",
        1500,
        130,
    )
    box(
        "q2_4",
        "2.4 Why is the project needed? Tell us about the health inequality you will address "
        "and how you know about it. (up to 1,200 characters)",
        "2.4 Why is the project needed? (up to 1,200 characters)",
        1200,
        110,
    )
    box(
        "q2_5",
        "2.5 How will people with lived experience help to shape and run the project?",
        "2.5 How will people with lived experience help to shape and run the project?",
        900,
        100,
    )
    box(
        "q2_6",
        "2.6 How will you measure the difference the project makes? (no more than 150 words)",
        "2.6 How will you measure the difference the project makes?",
        0,
        100,
    )
    box(
        "q2_7",
        "2.7 How will you work with local health services, such as GP practices, pharmacies "
        "or social prescribing link workers?",
        "2.7 How will you work with local health services?",
        0,
        100,
    )
    field("participants", "2.8 Number of people you expect to take part", 6)
    field("start_date", "2.9 Project start date (DD/MM/YYYY)", 10)
    bar("Section 3: Costs")
    field("total_cost", "3.1 Total cost of the project (£)", 10)
    field("amount_requested", "3.2 Amount requested (up to £3,000)", 10)
    field("other_funding", "3.3 Other funding for the project (amount and source)", 100)
    bar("Section 4: Documents")
    txt(
        "Please tick each document you are sending with this form. We cannot assess your "
        "application until we have every document that applies to you."
    )
    state["y"] -= 4
    tick("doc_governing", "Governing document (constitution, rules, or articles of association)")
    tick(
        "doc_accounts",
        "Latest annual accounts, independently examined or audited or, for organisations with "
        "an income under £10,000, a statement of income and expenditure for the last year "
        "signed by two committee members",
    )
    tick(
        "doc_bank",
        "A bank statement from the last three months showing the organisation's name",
    )
    tick(
        "doc_safeguarding",
        "Safeguarding policy, if your project involves children, young people or adults at risk",
    )
    tick(
        "doc_food",
        "Food hygiene certificate (Level 2) for the person in charge, if your project involves "
        "preparing or serving food",
    )
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the organisation has an "
        "equal opportunities policy and a health and safety policy; and that it holds public "
        "liability insurance of at least £5 million, which it will keep for the whole project.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Kestermoor CVS, on behalf of the Kestermoor Integrated Care Partnership, The Exchange, "
        "14 Tanner Street, Kestermoor KM2 8RD. Telephone 01632 966 031.",
        9,
    )
    c.save()


def rowanhurst() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "rowanhurst-nhs-charity-health-inequalities-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Tackling Health Inequalities Fund 2027: guidance for applicants")
    c.setAuthor("Rowanhurst NHS Charity")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Rowanhurst NHS Charity - Tackling Health Inequalities Fund 2027 - guidance for "
            f"applicants - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 5

    def head(t: str) -> None:
        room(50)
        state["y"] -= 8
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 90 - 72)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(78, state["y"], "\u2022")
            c.drawString(90, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    def table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> None:
        for n, row in enumerate(rows):
            font = "Helvetica-Bold" if n == 0 else "Helvetica"
            cells = [simpleSplit(t, font, 9.5, wd - 8) for t, wd in zip(row, widths, strict=False)]
            need = 13 * max(len(x) for x in cells) + 6
            room(need)
            x = 72
            for lines, wd in zip(cells, widths, strict=False):
                c.rect(x, state["y"] - need + 10, wd, need, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(font, 9.5)
                    c.drawString(x + 4, state["y"] - 13 * i, line)
                x += wd
            state["y"] -= need
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Rowanhurst NHS Charity")
    state["y"] -= 30
    para("Tackling Health Inequalities Fund 2027", 15, "Helvetica-Bold")
    para("Guidance for applicants", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. About the fund")
    para(
        "Rowanhurst NHS Charity is the charity of Rowanhurst Teaching Hospitals NHS Trust. "
        "Thanks to a legacy and the generosity of our supporters, we are opening a new fund to "
        "help voluntary and community organisations reduce the gaps in health between "
        "different communities in Rowanhurst and the surrounding villages."
    )
    para(
        "People living in the most deprived 20% of neighbourhoods in our area can expect to "
        "live in good health for 17 fewer years than people in the least deprived. The fund "
        "supports work with these communities and with groups who face the biggest barriers "
        "to good health, such as people experiencing homelessness, Gypsy, Roma and Traveller "
        "communities, refugees and asylum seekers, carers, and people with a learning "
        "disability or severe mental illness."
    )
    head("2. How much you can apply for")
    para(
        "We will give grants of £10,000 to £50,000 for projects lasting one or two years. We "
        "have £400,000 to award in this round and expect to make between 10 and 15 grants."
    )
    para(
        "Your organisation should contribute at least 10% of the total project cost. This can "
        "be in cash, from your own funds or another funder, or in kind, such as volunteer "
        "time or the free use of a venue."
    )
    head("3. Who can apply")
    para("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community interest "
        "company limited by guarantee, or a constituted voluntary or community group;"
    )
    bullet("has a bank account in its own name that needs two people to authorise payments;")
    bullet("has been running for at least one year and has produced annual accounts; and")
    bullet("works with people who live in the area served by Rowanhurst Teaching Hospitals.")
    para(
        "We cannot fund individuals, NHS bodies, statutory organisations, political or "
        "campaigning activity, or activities that promote religion."
    )
    head("4. What we will fund")
    bullet("staff and sessional worker costs, including a share of management costs;")
    bullet("volunteer expenses and training;")
    bullet("venue hire, transport and interpreting;")
    bullet("small items of equipment needed to run the project;")
    bullet("evaluation, up to 5% of the grant.")
    para(
        "We will not fund building work, vehicles, activities that the NHS or the council has "
        "a duty to provide, or costs you have already paid."
    )
    head("5. What you need to send")
    para("Every applicant must send:")
    bullet("your governing document (constitution, trust deed, or articles of association);")
    bullet(
        "your most recent annual accounts, audited or independently examined. We cannot "
        "accept draft or unsigned accounts;"
    )
    bullet("a project budget, using the template on our website;")
    bullet("your safeguarding policy, with the date it was last reviewed;")
    bullet("your equality, diversity and inclusion policy.")
    para("Some applicants must also send:")
    bullet("if you employ staff: your employer's liability insurance certificate;")
    bullet(
        "if any of your project will take place on hospital premises: a letter from the head "
        "of the hospital department that will host you;"
    )
    bullet(
        "if you are applying as a partnership: a letter from each partner confirming its role "
        "in the project;"
    )
    bullet(
        "if your project will collect health information about the people taking part: your "
        "data protection policy."
    )
    para(
        "All applicants must hold public liability insurance with cover of at least £10 "
        "million. You do not need to send your certificate now; we will ask for it if we offer "
        "you a grant."
    )
    head("6. How to apply")
    para(
        "Apply through our online grants portal at www.rowanhurstnhscharity.example.org.uk/"
        "grants. The application form asks about your organisation, the health inequality "
        "your project will tackle and the evidence for it, what you will do, how people with "
        "lived experience have shaped the project, how you will work with NHS services, and "
        "how you will measure what changes. Each answer has a word limit, shown on the form. "
        "You can save your answers and return to them before you submit."
    )
    head("7. How we assess applications")
    para(
        "A panel of charity trustees, NHS staff and community representatives will score each "
        "application against these criteria."
    )
    table(
        [
            ("Criterion", "What we look for", "Weighting"),
            (
                "Need",
                "A clear health inequality, with local evidence, in a community that faces "
                "barriers to good health",
                "30%",
            ),
            ("Approach", "Realistic activities, timetable and budget", "25%"),
            (
                "Lived experience",
                "People affected have helped to design the project and will help to run it",
                "20%",
            ),
            ("Partnership", "Links with NHS services and other local organisations", "15%"),
            ("Value for money", "Costs are reasonable for what the project will achieve", "10%"),
        ],
        (110, 261, 80),
    )
    head("8. Timetable")
    table(
        [
            ("Stage", "Date"),
            ("Fund opens", "11 January 2027"),
            ("Online information session", "26 January 2027, 10am"),
            ("Closing date", "8 March 2027, 12 noon"),
            ("Panel meeting", "April 2027"),
            ("Decisions sent", "By 7 May 2027"),
            ("Projects start", "From 1 June 2027"),
        ],
        (231, 220),
    )
    head("9. Frequently asked questions")
    para("Can we apply if we have had a grant from the charity before?", 10.5, "Helvetica-Bold")
    para(
        "Yes, as long as you have sent us the final report for your earlier grant. We will "
        "look at how the earlier project went."
    )
    para("Can we apply for a project that is already running?", 10.5, "Helvetica-Bold")
    para(
        "Yes, if you want to reach more people or a different community. We cannot replace "
        "funding that has ended from another source."
    )
    para("Do we need to find match funding?", 10.5, "Helvetica-Bold")
    para(
        "Yes. Your organisation should contribute at least 10% of the total project cost, in "
        "cash or in kind (see section 2)."
    )
    para("What happens if our application is successful?", 10.5, "Helvetica-Bold")
    para(
        "You will sign a grant agreement, and we will pay the grant in two instalments each "
        "year. You will send a short progress report every six months and a final report with "
        "two case studies."
    )
    head("10. Contact us")
    para(
        "Grants team, Rowanhurst NHS Charity, Education Centre, Rowanhurst General Hospital, "
        "Lime Tree Avenue, Rowanhurst RW5 1BX. Telephone 01632 967 553. Email "
        "grants@rowanhurstnhscharity.example.org.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    dunchworth()
    thurlbeck()
    kestermoor()
    rowanhurst()
