"""Build set 101's Word and PDF documents (typical dementia, end of life and bereavement
support grants: a district council's Dementia-Friendly Communities Grant, a hospice's
bereavement community grants, a dementia action alliance's memory cafe small grants and a
county council's grant for groups of carers of people living with dementia, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus101.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 12, 4, 10, 0, 0)
BOX = "\u2610"


def _new(title: str, author: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(12)
    return d


def _details(d, rows: list[tuple[str, str]], shade: bool = True) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (label, value) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.set_cell(r.cells[1], value)
        if shade:
            kit.shade_cell(r.cells[0])
        kit.row_height(r, 440)
    d.add_paragraph()


def _grid(d, headers: list[str], rows: int) -> None:
    t = d.add_table(rows=rows + 1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers, strict=True):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c)
    for r in t.rows[1:]:
        kit.row_height(r, 400)
    d.add_paragraph()


def harrowfold() -> None:
    d = _new(
        "Dementia-Friendly Communities Grant 2027: application form",
        "Harrowfold District Council",
    )
    p = d.add_paragraph
    d.add_heading("Harrowfold District Council", 0)
    p("Dementia-Friendly Communities Grant 2027").runs[0].bold = True
    p("Application form")
    p(
        "The Dementia-Friendly Communities Grant helps voluntary and community groups in "
        "Harrowfold district to make their towns and villages better places to live for people "
        "living with dementia and the family and friends who care for them. We give grants of "
        "£500 to £5,000 for projects such as memory cafes, dementia-friendly sports and arts "
        "sessions, singing groups, dementia awareness training for local businesses and "
        "changes that make community buildings easier to use."
    )
    p(
        "Please read the Dementia-Friendly Communities Grant guidance before you fill in this "
        "form. Type your answers in the boxes, which will grow as you type, and keep to the "
        "word limit given for each question. Send the completed form and your supporting "
        "documents to communitygrants@harrowfold.example.gov.uk by 5pm on Friday 26 February "
        "2027."
    )
    p(
        "If you would like this form in large print or another format, or would like help "
        "to fill it in, please call the Community Development team on 01632 964 218."
    )
    d.add_heading("Section 1: About your organisation", 1)
    _details(
        d,
        [
            ("Name of organisation", ""),
            (
                "Type of organisation (please tick one)",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Constituted community group   {BOX} Community interest company   "
                f"{BOX} Other",
            ),
            ("Charity or company number (if you have one)", ""),
            ("Contact name", ""),
            ("Position in the organisation", ""),
            ("Address", ""),
            ("Postcode", ""),
            ("Telephone", ""),
            ("Email", ""),
        ],
    )
    d.add_heading("Section 2: About your project", 1)
    _details(
        d,
        [
            ("Name of project", ""),
            ("Start date", ""),
            ("End date", ""),
            (
                "Is your organisation a member of the Harrowfold Dementia Action Alliance?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("How many people living with dementia will take part in the project?", ""),
            ("How many carers will take part in the project?", ""),
            (
                "How many of your volunteers have been to a Dementia Friends Information Session?",
                "",
            ),
        ],
    )
    p("Please answer each question in the box beside it.")
    qs = [
        "2.1 Tell us about your project. What will you do, where and when will it happen, "
        "and who will run it? (maximum 300 words)",
        "2.2 Why is the project needed? How do you know that people living with dementia and "
        "their carers want it? (maximum 250 words)",
        "2.3 How have people living with dementia, or their carers, helped to plan the "
        "project? (maximum 200 words)",
        "2.4 How will the project help Harrowfold to become more dementia friendly? "
        "(maximum 250 words)",
        "2.5 How will you know whether the project has worked? (maximum 150 words)",
        "2.6 What will happen when the grant has been spent? (maximum 150 words)",
    ]
    t = d.add_table(rows=len(qs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Question", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Your answer", bold=True)
    kit.shade_cell(t.rows[0].cells[0], "A8D08D")
    kit.shade_cell(t.rows[0].cells[1], "A8D08D")
    for r, q in zip(t.rows[1:], qs, strict=True):
        kit.set_cell(r.cells[0], q, bold=True)
        kit.shade_cell(r.cells[0])
        kit.row_height(r, 3400)
    d.add_paragraph()
    d.add_heading("Section 3: Project costs", 1)
    p("Please list what you will spend the grant on.")
    _grid(d, ["Item", "Cost (£)"], 6)
    _details(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Amount you are asking the Council for (£)", ""),
            ("Other funding for the project, if any (£)", ""),
        ],
    )
    p(
        "You do not need to have match funding to apply for this grant. If other funders are "
        "supporting the project, please tell us who they are in your answer to question 2.1."
    )
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick the box to show that you have "
        "enclosed each one. We cannot assess your application until we have them all."
    )
    docs = [
        "Your constitution or set of rules, signed and dated by two committee members",
        "Your most recent annual accounts, audited or independently examined",
        "Your safeguarding adults policy",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
        "If you are buying any single item costing more than £500: a written quote",
        "If your project uses volunteers: your volunteer policy",
    ]
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed (\u2713)", bold=True)
    kit.shade_cell(t.rows[0].cells[0], "A8D08D")
    kit.shade_cell(t.rows[0].cells[1], "A8D08D")
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this form is true and complete, and that I am "
        "authorised to apply on behalf of the organisation. I confirm that the organisation "
        "has an equal opportunities policy and a data protection policy and will follow them. "
        "I understand that the grant must be spent on the project described, that the Council "
        "may ask for it to be repaid if it is not, and that we will send an end of project "
        "report within two months of the project ending."
    )
    _details(
        d,
        [("Signature", ""), ("Print name", ""), ("Position", ""), ("Date", "")],
    )
    p(
        "Community Development, Harrowfold District Council, Council Offices, Abbey Road, "
        "Harrowfold HF3 2NW. www.harrowfold.example.gov.uk/dementiagrant"
    )
    out = HERE / "harrowfold-dementia-friendly-communities-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pellinghurst() -> None:
    d = _new(
        "Bereavement and End of Life Community Grants: guidance for applicants",
        "St Aldhelm's Hospice, Pellinghurst",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("St Aldhelm's Hospice, Pellinghurst", 0)
    p("Bereavement and End of Life Community Grants 2027").runs[0].bold = True
    p("Guidance for applicants")
    d.add_heading("About the grants", 1)
    p(
        "St Aldhelm's Hospice cares for adults with life-limiting illnesses, and their "
        "families, across Pellinghurst and the surrounding villages. We know that the hospice "
        "can only do part of the work. Neighbours, faith groups, clubs and community "
        "organisations are often the ones who help people to live well until they die, and "
        "who stay alongside families after a death."
    )
    p(
        "Our Bereavement and End of Life Community Grants give local groups up to £2,500 to "
        "start or grow this kind of support. The grants are paid for by a legacy left to the "
        "hospice for this purpose and by the hospice's Compassionate Pellinghurst appeal."
    )
    d.add_heading("What we will fund", 1)
    p("We would like to hear from groups that want to run, for example:")
    bullet("bereavement cafes and drop-in groups;")
    bullet("walking, gardening or craft groups for people who have been bereaved;")
    bullet(
        "befriending for people who are caring for someone at the end of life, or who live "
        "alone with a life-limiting illness;"
    )
    bullet("Death Cafe events and other ways of helping people to talk about dying;")
    bullet(
        "training for volunteers in listening skills, bereavement awareness or supporting "
        "someone who is dying."
    )
    p(
        "The grant can pay for venue hire, refreshments, materials, volunteer expenses, "
        "training, publicity and a sessional worker's fees."
    )
    d.add_heading("What we will not fund", 1)
    bullet("individuals, or funeral costs for individual families;")
    bullet("activities that mainly promote a religious or political belief;")
    bullet("work that the NHS or the council has a duty to provide;")
    bullet("costs you have already paid before we make our decision.")
    d.add_heading("Who can apply", 1)
    p(
        "You can apply if you are a voluntary or community group, a registered charity, a "
        "community interest company, a faith group or a parish council working in "
        "Pellinghurst, Eastwick, Coldharbour or the villages of the Ley valley. Your group "
        "must have a written constitution or terms of reference, a bank account in the "
        "group's name that needs two people to sign, and at least three committee members "
        "who are not related."
    )
    d.add_heading("How to apply", 1)
    p(
        "Download the application form from www.staldhelms.example.org.uk/communitygrants or "
        "ask us to post one to you. The form asks about your group, what you want to do and "
        "who it will help, how you will look after the people you support and your volunteers, "
        "and what the money will be spent on. Email the completed form to "
        "communitygrants@staldhelms.example.org.uk or post it to the address at the end of "
        "this guidance."
    )
    d.add_heading("What to send with your form", 1)
    p(
        "With your application form, please send a copy of your group's constitution or terms "
        "of reference, your latest annual accounts and your safeguarding policy. Your accounts "
        "do not need to be audited or independently examined. If your group is new and has "
        "not yet produced accounts, send a statement of your income and spending so far, "
        "signed by your treasurer, instead."
    )
    p("Some groups will also need to send:")
    bullet("if your group involves volunteers: your volunteer policy;")
    bullet(
        "if volunteers will give one-to-one bereavement support: details of the bereavement "
        "training they have completed, for example copies of their certificates."
    )
    p(
        "Every group we fund must have an equal opportunities policy. You do not need to send "
        "it, but we may ask to see it."
    )
    d.add_heading("Insurance", 1)
    p(
        "Every group we fund must have public liability insurance of at least £2 million for "
        "its activities. This is often included in the hire of a church or village hall, "
        "so please check with the venue. You do not need to send us a copy of the certificate."
    )
    d.add_heading("How we decide", 1)
    p(
        "A panel of hospice staff, trustees and volunteers, including people who have been "
        "bereaved, meets three times a year to decide on applications. The panel will look at:"
    )
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [
        ("What the panel looks at", "Questions the panel will ask"),
        ("Need", "Is there a gap in support locally, and does the group know about it?"),
        ("Involvement", "Have bereaved people or carers helped to shape the idea?"),
        ("Care", "Will the people supported, and the volunteers, be looked after well?"),
        ("Value", "Are the costs reasonable, and will the support carry on?"),
    ]
    for n, (r, (a, b)) in enumerate(zip(t.rows, rows, strict=True)):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b, bold=(n == 0))
        if n == 0:
            kit.shade_cell(r.cells[0], "DDD9EC")
            kit.shade_cell(r.cells[1], "DDD9EC")
    p()
    d.add_heading("Timetable", 1)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows3 = [
        ("Round", "Closing date", "Decision by"),
        ("Spring", "31 January 2027", "15 March 2027"),
        ("Summer", "31 May 2027", "15 July 2027"),
        ("Autumn", "30 September 2027", "15 November 2027"),
    ]
    for n, (r, vals) in enumerate(zip(t.rows, rows3, strict=True)):
        for c, v in zip(r.cells, vals, strict=True):
            kit.set_cell(c, v, bold=(n == 0))
            if n == 0:
                kit.shade_cell(c, "DDD9EC")
    p()
    d.add_heading("Questions people often ask", 1)
    p("Can we apply if we are not a registered charity?").runs[0].bold = True
    p(
        "Yes. Most of the groups we fund are small community groups. You need a constitution "
        "or terms of reference and a bank account in the group's name."
    )
    p("Can we apply more than once?").runs[0].bold = True
    p(
        "Yes, but a group can receive only one grant in any twelve months, and we will ask in "
        "the form how your last grant was spent."
    )
    p("Will the hospice tell people about our group?").runs[0].bold = True
    p(
        "Yes. With your agreement, our bereavement team will tell families about groups we "
        "fund, and we will list them in the hospice's Support After a Death leaflet."
    )
    p("Who can we talk to about our idea?").runs[0].bold = True
    p(
        "Call Rachel Imber, Compassionate Communities Lead, on 01632 965 407, or email "
        "communitygrants@staldhelms.example.org.uk. We are always happy to talk ideas through "
        "before you apply."
    )
    d.add_heading("Contact", 1)
    p(
        "Compassionate Communities Team, St Aldhelm's Hospice, Ley Lane, Pellinghurst PH7 "
        "4DQ. Registered charity number 1170482."
    )
    out = HERE / "pellinghurst-hospice-bereavement-community-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def morrowdale() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "morrowdale-memory-cafe-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Memory Cafe Small Grants 2027: application form")
    c.setAuthor("Morrowdale Dementia Action Alliance")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 56}
    purple = HexColor("#4B2A6B")

    def room(need: float) -> None:
        if state["y"] - need < 56:
            c.showPage()
            state["y"] = hgt - 56

    def txt(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 52) -> None:
        for line in simpleSplit(t, font, size, w - x - 52):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15

    def heading(t: str) -> None:
        room(48)
        state["y"] -= 10
        c.setFillColor(purple)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(52, state["y"], t)
        c.setStrokeColor(purple)
        c.line(52, state["y"] - 5, w - 52, state["y"] - 5)
        c.setFillColor(black)
        c.setStrokeColor(black)
        state["y"] -= 24

    def field(name: str, label: str, maxlen: int = 0, width: int = 491) -> None:
        room(44)
        c.setFont("Helvetica", 10)
        c.drawString(52, state["y"], label)
        kw = {"maxlen": maxlen or None}  # reportlab writes /MaxLen 100 unless told None
        form.textfield(
            name=name,
            tooltip=label,
            x=52,
            y=state["y"] - 24,
            width=width,
            height=19,
            borderColor=purple,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 36

    def box(name: str, label: str, tip: str, maxlen: int = 0, height: int = 130) -> None:
        txt(label, 10.5, "Helvetica-Bold")
        room(height + 10)
        kw = {"maxlen": maxlen or None}  # reportlab writes /MaxLen 100 unless told None
        form.textfield(
            name=name,
            tooltip=tip,
            x=52,
            y=state["y"] - height,
            width=491,
            height=height,
            borderColor=purple,
            fillColor=white,
            textColor=black,
            fontSize=10,
            fieldFlags="multiline",
            **kw,
        )
        state["y"] -= height + 16

    def radios(name: str, label: str, options: list[str]) -> None:
        room(40)
        c.setFont("Helvetica", 10)
        c.drawString(52, state["y"], label)
        state["y"] -= 6
        x = 52
        for opt in options:
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", "_"),
                selected=False,
                x=x,
                y=state["y"] - 14,
                size=12,
                buttonStyle="circle",
                borderColor=purple,
                fillColor=white,
            )
            c.setFont("Helvetica", 10)
            c.drawString(x + 16, state["y"] - 11, opt)
            x += 34 + c.stringWidth(opt, "Helvetica", 10)
        state["y"] -= 30

    def tick(name: str, label: str) -> None:
        lines = simpleSplit(label, "Helvetica", 10, w - 150)
        room(13 * len(lines) + 10)
        form.checkbox(
            name=name,
            tooltip=label,
            x=52,
            y=state["y"] - 12,
            size=12,
            borderColor=purple,
            fillColor=white,
        )
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(72, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 9

    c.setFillColor(purple)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(52, state["y"], "Morrowdale Dementia Action Alliance")
    c.setFillColor(black)
    state["y"] -= 24
    txt("Memory Cafe Small Grants 2027: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Memory cafes give people living with dementia, and the people who care for them, a "
        "friendly place to meet others, share a cup of tea and take part in activities. Our "
        "Memory Cafe Small Grants of up to £750, funded by Morrowdale Borough Council and the "
        "Morrowdale Building Society, help new and existing memory cafes in the borough with "
        "the costs of running sessions: venue hire, refreshments, activity materials, "
        "entertainers, transport and volunteer training."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on your computer and save it. The answer boxes in Section 2 "
        "each have a character limit, shown after the question. When you have finished, email "
        "the form and your documents to cafegrants@morrowdaledaa.example.org.uk. If you would "
        "rather talk it through, call Sandra Veitch on 01632 966 130."
    )
    heading("Section 1: About your memory cafe")
    field("cafe_name", "Name of your memory cafe or group", 80)
    field("run_by", "Name of the organisation that runs it (if different)", 80)
    field("reg_no", "Registered charity or company number (if you have one)", 12, 200)
    field("contact", "Contact name", 60)
    field("role", "Role in the group", 60)
    field("address", "Address for letters", 160)
    field("postcode", "Postcode", 8, 120)
    field("phone", "Telephone", 15, 200)
    field("email", "Email", 80)
    field("venue", "Where does the cafe meet? (name and address of the venue)", 160)
    radios("how_often", "How often does the cafe meet?", ["Weekly", "Fortnightly", "Monthly"])
    field("attend", "Average number of people who come to each session", 4, 120)
    radios("new_cafe", "Is this a new cafe, or one that is already running?", ["New", "Running"])
    heading("Section 2: Your application")
    box(
        "q1",
        "1. Tell us about your memory cafe: who comes, what happens at a session and who runs "
        "it. (up to 1,500 characters)",
        "1. Tell us about your memory cafe (up to 1,500 characters)",
        1500,
    )
    box(
        "q2",
        "2. What will the grant pay for, and why does the cafe need it? (up to 1,500 characters)",
        "2. What will the grant pay for, and why does the cafe need it?",
        1500,
    )
    box(
        "q3",
        "3. How do you make sure people living with dementia and their carers feel welcome "
        "and safe at the cafe? (up to 1,200 characters)",
        "3. How do you make sure people feel welcome and safe at the cafe?",
        1200,
        110,
    )
    box(
        "q4",
        "4. How do you find out what the people who come to the cafe think of it? "
        "(up to 900 characters)",
        "4. How do you find out what people think of the cafe?",
        900,
        90,
    )
    box(
        "q5",
        "5. Is there anything else you would like to tell us about your cafe?",
        "5. Anything else you would like to tell us",
        0,
        90,
    )
    heading("Section 3: The money")
    field("amount", "How much are you asking for? (£, up to £750)", 6, 150)
    field("total", "Total cost of what you want to do (£)", 8, 150)
    heading("Section 4: Documents")
    txt(
        "We do not need to see your accounts. Please send the documents below with your form "
        "and tick each one you are sending."
    )
    state["y"] -= 4
    tick(
        "doc_rules",
        "A copy of your group's constitution or rules, or those of the organisation that runs "
        "the cafe",
    )
    tick(
        "doc_bank",
        "Your most recent bank statement, showing the name of the group and the account",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_letter",
        "New cafes only: a letter of support from a local health or care professional, for "
        "example from the memory assessment service, an Admiral Nurse or a GP practice",
    )
    heading("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the cafe follows its "
        "safeguarding policy and has a data protection policy; that the cafe, or the venue it "
        "meets in, has public liability insurance; and that we will send a short report and "
        "receipts within twelve months of receiving a grant.",
    )
    field("signature", "Signature (type your name if you are sending this by email)", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_date", "Date", 10, 120)
    state["y"] -= 4
    txt(
        "Morrowdale Dementia Action Alliance, c/o Morrowdale Council for Voluntary Service, "
        "7 Chapel Walk, Morrowdale MD2 6HS.",
        9,
    )
    c.save()


def tamblewick() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tamblewick-dementia-carers-groups-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Carers' Groups Grant: application form")
    c.setAuthor("Tamblewick County Council")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font = "Times-Roman"
    bold = "Times-Bold"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawString(
            64, 34, f"Tamblewick County Council - Carers' Groups Grant 2027 - page {state['page']}"
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11.5, f: str = font, x: float = 64) -> None:
        for line in simpleSplit(t, f, size, w - x - 64):
            room(16)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 16
        state["y"] -= 4

    def head(t: str) -> None:
        room(60)
        state["y"] -= 8
        para(t, 13, bold)

    def line(label: str) -> None:
        """A detail on an underscore line."""
        room(24)
        c.setFont(font, 11.5)
        c.drawString(64, state["y"], label)
        lw = c.stringWidth(label, font, 11.5)
        n = max(8, int((w - 64 - 64 - lw - 6) / c.stringWidth("_", font, 11.5)))
        c.drawString(64 + lw + 6, state["y"], "_" * n)
        state["y"] -= 24

    def question(t: str, height: int) -> None:
        para(t, 11.5, bold)
        room(height + 12)
        c.rect(64, state["y"] - height + 8, w - 128, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 18)
    c.drawString(64, state["y"], "TAMBLEWICK COUNTY COUNCIL")
    state["y"] -= 26
    para("Carers' Groups Grant 2027", 15, bold)
    para("Support for groups of carers of people living with dementia", 12.5, bold)
    para("Application form", 12.5, bold)
    state["y"] -= 4
    para(
        "Caring for someone who is living with dementia can be lonely and tiring. Groups run "
        "by and for carers give people a break, practical information and the company of others "
        "who understand. This grant gives carers' groups in Tamblewick up to £3,000 towards "
        "meetings, speakers, short breaks and outings for carers, sitting services so that "
        "carers can attend, and training such as understanding dementia or moving and handling."
    )
    para(
        "Please complete the form in black ink or type it, and write inside the boxes. Keep to "
        "the number of words given for each question. Return it with your documents to Carers "
        "Support Team, Tamblewick County Council, Shire Hall, Tamblewick TK1 3EA, or scan it "
        "and email it to carersgrants@tamblewick.example.gov.uk."
    )
    head("PART A - YOUR GROUP")
    line("1. Name of group:")
    line("2. Address for correspondence:")
    line("3. Postcode:")
    line("4. Name of contact person:")
    line("5. Telephone number:")
    line("6. Email address:")
    para("7. Does your group have a written constitution?     YES [  ]     NO [  ]")
    state["y"] -= 4
    line("8. How many carers are members of the group?")
    line("9. Date the group was set up:")
    head("PART B - YOUR PROJECT")
    question(
        "10. Describe what your group does, where it meets and how often. (no more than 200 words)",
        130,
    )
    question("11. What do you want the grant for? (no more than 250 words)", 150)
    question(
        "12. How will this help carers of people living with dementia to look after their "
        "own health and wellbeing? (no more than 250 words)",
        150,
    )
    question("13. How do carers have a say in how the group is run? (no more than 150 words)", 110)
    question(
        "14. How will you let carers in Tamblewick know about the group, including carers who "
        "may not think of themselves as carers? (no more than 150 words)",
        110,
    )
    head("PART C - COSTS")
    para(
        "15. Please list the costs of your project. Groups must put in at least 10% of the "
        "total cost themselves, in money or in volunteers' time (valued at £12 an hour)."
    )
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    room(20 * len(rows) + 10)
    for n, (a, b) in enumerate(rows):
        c.rect(64, state["y"] - 6, 320, 20, stroke=1, fill=0)
        c.rect(384, state["y"] - 6, w - 64 - 384, 20, stroke=1, fill=0)
        if n == 0:
            c.setFont(bold, 11)
            c.drawString(70, state["y"], a)
            c.drawString(390, state["y"], b)
        state["y"] -= 20
    state["y"] -= 12
    line("16. Total cost of the project: £")
    line("17. Amount you are asking for: £")
    line("18. Amount your group will put in (money and volunteer time): £")
    head("PART D - DOCUMENTS")
    para("Please send with this form:")
    para("(a) a copy of your constitution or terms of reference;", x=82)
    para(
        "(b) your latest annual accounts, signed by your treasurer (they do not need to be "
        "independently examined);",
        x=82,
    )
    para("(c) a copy of a recent bank statement in the group's name;", x=82)
    para(
        "(d) if you will pay a sitter or care worker so that carers can attend: evidence of "
        "their enhanced DBS check.",
        x=82,
    )
    head("PART E - DECLARATION")
    para(
        "I confirm that the information in this form is correct, that the group has a "
        "safeguarding policy and an equal opportunities policy, and that the grant will only "
        "be used for the purposes described. I understand that the Council may ask for the "
        "grant to be repaid if it is not used for those purposes."
    )
    line("Signature:")
    line("Name (in capitals):")
    line("Position in group:")
    line("Date:")
    state["y"] -= 6
    para("FOR OFFICE USE ONLY", 10, bold)
    para("Reference: ____________   Received: ____________   Officer: ____________", 10)
    folio()
    c.save()


if __name__ == "__main__":
    harrowfold()
    pellinghurst()
    morrowdale()
    tamblewick()
