"""Build set 96's Word and PDF documents (typical councillors' ward, locality and member
budgets: a borough council's ward councillor grant form, a city council's neighbourhood forum
fund form, a district council's area committee small grants form and a county council's
councillor locality fund guidance, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus96.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _shade(cell, fill: str = "D9E2F3") -> None:
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


def wenlow() -> None:
    d = kit.new_document(
        FIXED, "Ward Councillor Grants 2027 to 2028: application form", "Wenlow Borough Council"
    )
    p = d.add_paragraph
    d.add_heading("Wenlow Borough Council", 0)
    p("Ward Councillor Grants 2027 to 2028: application form")
    p(
        "Each of Wenlow's 42 borough councillors has a ward budget of £5,000 a year to support "
        "community projects in their ward. Groups can apply for between £100 and £1,000. The "
        "ward councillor decides whether to support your application, and the Council's "
        "Neighbourhoods team checks it and pays the grant."
    )
    p(
        "Please talk to one of your ward councillors about your project before you fill in "
        "this form. You can find your councillor at www.wenlow.example.gov.uk/councillors. "
        "Type your answers in the boxes, which will expand as you type, and keep to the word "
        "limits. Email the form and your documents to wardgrants@wenlow.example.gov.uk."
    )
    p(
        "You do not need to find match funding, but please tell us in Section 4 about any "
        "other money or help your project has."
    )
    p("If you need help with this form, call the Neighbourhoods team on 01632 960 418.")
    d.add_heading("Section 1: About your group", 1)
    _details(
        d,
        [
            "Name of group",
            "Type of group (for example residents' association, sports club, charity)",
            "Registered charity number (if you have one)",
            "Main contact name",
            "Position in the group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: Your ward councillor", 1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Which ward will the project take place in?", ""),
        ("Name of the ward councillor(s) supporting your application", ""),
        ("Have you discussed your project with the councillor?", f"{BOX} Yes   {BOX} No"),
        (
            "Is any member of your committee a Wenlow borough councillor, or a relative of one?",
            f"{BOX} Yes   {BOX} No",
        ),
        ("If yes, please give their name", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section 3: Your project", 1)
    _details(d, ["Project title", "Start date", "End date"], shade=True)
    p()
    _question(
        d,
        "3.1 Describe your project: what you will do, where and when it will happen. "
        "(max 300 words)",
    )
    _question(
        d,
        "3.2 Who will benefit from the project, and roughly how many people living in the "
        "ward will take part? (max 200 words)",
    )
    _question(
        d,
        "3.3 Why is the project needed in the ward, and how do you know? (max 250 words)",
    )
    _question(
        d,
        "3.4 How will you let local people know about the project, and how will you "
        "acknowledge the ward councillor's support? (max 150 words)",
        2400,
    )
    _question(
        d,
        "3.5 What difference will the project make, and how will you know it has worked? "
        "(max 200 words)",
    )
    d.add_heading("Section 4: Costs", 1)
    p("Please list what you will spend the grant on.")
    _grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    _details(
        d,
        [
            "Total cost of the project (£)",
            "Amount requested from the ward budget (£)",
            "Other funding you have secured or applied for (£)",
        ],
        shade=True,
    )
    p()
    _question(
        d,
        "4.1 If the project will continue after this grant has been spent, how will you pay "
        "for it?",
        2400,
    )
    d.add_heading("Section 5: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick to show what you have enclosed. "
        "We cannot pay a grant until we have every document that applies to your group."
    )
    _ticked(
        d,
        [
            "Your constitution or set of rules, signed by two committee members",
            "A bank statement in the group's name, dated within the last three months",
            "Your latest annual accounts, signed by your treasurer or independently examined. "
            "If your group is less than a year old, send a statement of your income and "
            "expenditure so far instead",
            "Your safeguarding policy, if your project involves children, young people or "
            "adults at risk",
            "A quote for any single item costing more than £500",
            "Written permission from the landowner, if the project takes place on land or in "
            "a building your group does not own or lease",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "We confirm that the information in this form is correct, that the grant will be "
        "spent only on the project described, and that we will return any money not spent. "
        "We confirm that the group has an equal opportunities policy and holds public "
        "liability insurance of at least £5 million that covers the project. We understand "
        "that the councillor's name and the amount of the grant will be published on the "
        "Council's website. Two members of the committee who are not related to each other "
        "must sign."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[1], "First signatory", bold=True)
    kit.set_cell(t.rows[0].cells[2], "Second signatory", bold=True)
    for r, label in zip(t.rows[1:], ["Signature", "Print name", "Position", "Date"], strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.row_height(r, 420)
    p()
    p(
        "Neighbourhoods team, Wenlow Borough Council, Civic Centre, Station Road, Wenlow "
        "WL3 7GH. www.wenlow.example.gov.uk/wardgrants"
    )
    out = HERE / "wenlow-ward-councillor-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def dunsprey() -> None:
    d = kit.new_document(
        FIXED, "Neighbourhood Forum Fund: application form", "Dunsprey City Council"
    )
    p = d.add_paragraph

    def box(height: int = 2800) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        kit.row_height(t.rows[0], height)
        d.add_paragraph()

    def q(text: str, limit: str, height: int = 2800) -> None:
        par = d.add_paragraph()
        par.add_run(text).bold = True
        if limit:
            par.add_run(" " + limit)
        box(height)

    d.add_heading("Dunsprey City Council", 0)
    p("Neighbourhood Forum Fund 2027: application form")
    p(
        "Dunsprey's five neighbourhood forums bring together the ward councillors, residents "
        "and local groups of each part of the city. Each forum has a fund of £20,000 a year "
        "for projects that meet its priorities. Applications are considered at the forum's "
        "public meetings, and the councillors on the forum vote on which projects to fund. "
        "Grants are usually between £250 and £3,000."
    )
    p(
        "Before you apply, please read the Neighbourhood Forum Fund guidance and speak to "
        "your Neighbourhood Officer. Return this form by email to "
        "forums@dunsprey.example.gov.uk at least four weeks before the forum meeting."
    )
    d.add_heading("Part A: About your group", 2)
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    pairs = [
        ("Name of group", "Contact name"),
        ("Role in the group", "Telephone"),
        ("Address", "Postcode"),
        ("Email", "Website"),
        ("Charity or company number (if any)", ""),
    ]
    for r, (a, b) in zip(t.rows, pairs, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        if b:
            kit.set_cell(r.cells[2], b, bold=True)
            _shade(r.cells[2])
        else:
            r.cells[1].merge(r.cells[3])
        kit.row_height(r, 420)
    p()
    p("Type of group (tick one):").runs[0].bold = True
    p(
        f"{BOX} Constituted community group   {BOX} Registered charity   "
        f"{BOX} Community interest company   {BOX} Other"
    )
    p("Which forum area is your project in? (tick one)").runs[0].bold = True
    p(f"{BOX} North   {BOX} East   {BOX} Central   {BOX} South   {BOX} West")
    p("Has your group had a grant from a neighbourhood forum before?").runs[0].bold = True
    p(f"{BOX} Yes   {BOX} No")
    p("If yes, when, and how much was it? ____________________________________")
    d.add_heading("Part B: Your project", 2)
    p(
        "Please answer every question and keep to the word limits. The forum's members "
        "will read your answers before the meeting."
    )
    q("B1 What is your project? Please give a short summary.", "(no more than 100 words)", 1600)
    q("B2 Describe what you will do, when and where.", "(no more than 300 words)", 3600)
    q(
        "B3 How does your project meet the forum's priorities for 2027: cleaner and greener "
        "streets, things to do for young people, and less loneliness and isolation?",
        "(no more than 300 words)",
        3600,
    )
    q(
        "B4 How have local residents been involved in planning the project?",
        "(no more than 200 words)",
    )
    q(
        "B5 Who will run the project, and what skills and experience do they have?",
        "(no more than 150 words)",
    )
    q(
        "B6 How will the project be kept going once the grant has been spent?",
        "(no more than 150 words)",
    )
    q("B7 Is there anything else you would like the forum to know?", "", 2000)
    d.add_heading("Part C: Costs and other funding", 2)
    p(
        "The forum can pay up to 75% of the total cost of a project. You must find at least "
        "25% from other sources: your own funds, another funder, or the value of volunteers' "
        "time and donated goods."
    )
    p("Please list the costs of your project.")
    _grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    _details(
        d,
        ["Total cost of the project (£)", "Amount requested from the forum (£)"],
        shade=True,
    )
    p()
    p("Where will the rest of the money come from?")
    _grid(d, ["Source", "Amount (£)", "Secured or applied for"], 3)
    d.add_heading("Part D: Supporting documents", 2)
    p("Every group must send:")
    for t_ in [
        "a copy of your constitution or governing document;",
        "your most recent annual accounts or, if your group is new and has not produced "
        "accounts yet, your last three months' bank statements; and",
        "your equal opportunities policy.",
    ]:
        d.add_paragraph(t_, style="List Bullet")
    p("You must also send, if they apply to you:")
    for t_ in [
        "your safeguarding policy, if your project works with children or adults at risk;",
        "two quotes for any item that costs more than £1,000;",
        "planning permission, if your project needs it.",
    ]:
        d.add_paragraph(t_, style="List Bullet")
    p(
        "We cannot take your application to the forum until we have all the documents that "
        "apply to you."
    )
    d.add_heading("Part E: Declaration", 2)
    p(
        f"{BOX} I confirm that the information in this application is true, that I am "
        "authorised to apply on behalf of the group, and that the group holds public "
        "liability insurance of at least £10 million, or will hold it before the project "
        "starts. I understand that the application will be discussed at a public meeting "
        "of the forum and that the forum's decision is final."
    )
    p("Signed: ________________________________")
    p("Name: _________________________________")
    p("Position: ______________________________")
    p("Date: __________________________________")
    p(
        "Neighbourhoods Service, Dunsprey City Council, Guildhall, Dunsprey DY1 2AB. "
        "Telephone 01632 961 552."
    )
    out = HERE / "dunsprey-neighbourhood-forum-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hollinsgate() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hollinsgate-area-committee-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("North Hollinsgate Area Committee Small Grants: application form")
    c.setAuthor("Hollinsgate District Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    blue = HexColor("#1F4E79")

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

    def field(name: str, label: str, maxlen: int = 0, x: float = 250, width: float = 295) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen or None}  # reportlab writes MaxLen 100 unless told None
        form.textfield(
            name=name,
            tooltip=label,
            x=x,
            y=state["y"] - 18,
            width=width,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int = 0, height: int = 120) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        kw = {"maxlen": maxlen or None}  # reportlab writes MaxLen 100 unless told None
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
            **kw,
        )
        state["y"] -= height + 14

    def radios(name: str, label: str, options: list[str]) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(22)
        x = 50
        for opt in options:
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
            x += 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
        state["y"] -= 26

    def tick(name: str, label: str, x0: float = 50) -> None:
        room(20)
        form.checkbox(
            name=name,
            tooltip=label,
            x=x0,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        lines = simpleSplit(label, "Helvetica", 10, w - x0 - 90)
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(x0 + 20, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Hollinsgate District Council")
    state["y"] -= 22
    txt(
        "North Hollinsgate Area Committee: Small Grants application form 2027", 12, "Helvetica-Bold"
    )
    state["y"] -= 4
    txt(
        "The North Hollinsgate Area Committee is made up of the district councillors for the "
        "four northern wards: Abbey, Brookside, Lowmoor and Stanton. The committee has a "
        "Small Grants budget of £24,000 a year for community projects in those wards, and "
        "gives grants of £200 to £2,000. The councillors decide the applications at the "
        "committee's meetings in June, September, December and March."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Grants cover no more than half of "
        "the total cost of a project: you will need to find the rest from other sources, "
        "which can include your own funds and the value of volunteers' time. Email the form "
        "and your documents to northarea@hollinsgate.example.gov.uk."
    )
    bar("Part 1: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact_name", "Contact name", 60)
    field("contact_position", "Position in the organisation", 60)
    field("address", "Address", 150)
    field("postcode", "Postcode", 8)
    field("telephone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_number", "Charity or company number (if any)")
    radios(
        "org_type",
        "Type of organisation",
        ["Constituted group", "Registered charity", "CIC", "Other"],
    )
    txt("Which ward or wards will benefit? (tick all that apply)", 10, "Helvetica-Bold")
    room(22)
    x = 50
    for ward in ["Abbey", "Brookside", "Lowmoor", "Stanton"]:
        form.checkbox(
            name=f"ward_{ward.lower()}",
            tooltip=f"Ward: {ward}",
            x=x,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        c.setFont("Helvetica", 9.5)
        c.drawString(x + 16, state["y"] - 9, ward)
        x += 100
    state["y"] -= 26
    field("councillors", "Name(s) of the ward councillor(s) you have spoken to", 120)
    bar("Part 2: Your project")
    field("project_title", "Project title", 80)
    box(
        "q1",
        "Q1 Describe your project and what the grant will pay for. (up to 1,500 characters)",
        "Q1 Describe your project and what the grant will pay for",
        1500,
        130,
    )
    box(
        "q2",
        "Q2 Why is your project needed in the area? (up to 1,200 characters)",
        "Q2 Why is your project needed in the area?",
        1200,
        110,
    )
    box(
        "q3",
        "Q3 Who will benefit from your project, and how many people? (up to 600 characters)",
        "Q3 Who will benefit, and how many people?",
        600,
        70,
    )
    box(
        "q4",
        "Q4 How does your project meet one or more of the Area Committee's priorities: "
        "safer streets, healthier lives, and a cleaner and greener north Hollinsgate? "
        "(up to 900 characters)",
        "Q4 How does your project meet the Area Committee's priorities?",
        900,
        90,
    )
    box(
        "q5",
        "Q5 How will you tell people that the Area Committee has supported your project? "
        "(no more than 100 words)",
        "Q5 How will you publicise the Area Committee's support?",
        0,
        80,
    )
    box(
        "q6",
        "Q6 How will you know that your project has been a success?",
        "Q6 How will you know that your project has been a success?",
        1200,
        110,
    )
    box(
        "q7",
        "Q7 If you have asked other funders to support this project, tell us who they are "
        "and how much you have asked for.",
        "Q7 Other funders",
        0,
        70,
    )
    bar("Part 3: Costs")
    txt("Please list the main costs of your project.", 10)
    room(24)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, state["y"] - 12, "Item")
    c.drawString(400, state["y"] - 12, "Cost (£)")
    state["y"] -= 20
    for n in range(1, 4):
        room(26)
        for nm, x0, wd in ((f"item{n}", 50, 340), (f"cost{n}", 400, 145)):
            form.textfield(
                name=nm,
                tooltip=f"Cost line {n}: {'item' if nm.startswith('item') else 'cost'}",
                x=x0,
                y=state["y"] - 18,
                width=wd,
                height=20,
                borderColor=black,
                fillColor=white,
                textColor=black,
                fontSize=10,
                maxlen=None,
            )
        state["y"] -= 24
    state["y"] -= 6
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_requested", "Amount requested from the Area Committee (£)", 10)
    field("other_funding", "Funding from other sources (£)", 10)
    bar("Part 4: Documents")
    txt(
        "Tick each document you are sending. Applications without the documents that apply "
        "to you will not go to the committee."
    )
    state["y"] -= 4
    tick("doc_constitution", "Constitution or governing document")
    tick(
        "doc_accounts",
        "Latest annual accounts (audited, independently examined, or signed by your treasurer)",
    )
    tick("doc_bank", "Bank statement dated within the last three months")
    tick("doc_insurance", "Public liability insurance certificate (minimum cover £5 million)")
    tick(
        "doc_safeguarding",
        "Safeguarding policy (if your project works with children, young people or "
        "vulnerable adults)",
    )
    tick("doc_quotes", "Two quotes for any item costing more than £500")
    bar("Part 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be "
        "used only for the project described, and that our organisation has an equal "
        "opportunities policy and a health and safety policy.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "North Area Team, Hollinsgate District Council, Council Offices, Market Place, "
        "Hollinsgate HG4 2RT. Telephone 01632 962 377.",
        9,
    )
    c.save()


def cragborough() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "cragborough-county-councillor-locality-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("County Councillor Locality Fund: guidance for applicants")
    c.setAuthor("Cragborough County Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Cragborough County Council - County Councillor Locality Fund - guidance for "
            f"applicants 2027/28 - page {state['page']}",
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
    c.drawString(72, state["y"], "Cragborough County Council")
    state["y"] -= 30
    para("County Councillor Locality Fund", 15, "Helvetica-Bold")
    para("Guidance for applicants, 2027/28", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. What is the Locality Fund?")
    para(
        "Each of Cragborough's 61 county councillors has £8,000 a year to spend on projects "
        "that benefit the people of their division. The Locality Fund lets councillors "
        "respond quickly to local needs and support the work of community groups, parish "
        "councils and voluntary organisations."
    )
    para(
        "Grants are usually between £100 and £3,000. Your county councillor decides whether "
        "to support your application; the Council's Community Grants team then checks that "
        "it meets the rules in this guidance and pays the grant. Several councillors can "
        "combine their funds for a project that covers more than one division."
    )
    head("2. Who can apply")
    para("You can apply if you are:")
    bullet("a voluntary or community group with a written constitution or set of rules;")
    bullet(
        "a registered charity, charitable incorporated organisation or community interest company;"
    )
    bullet("a parish or town council, or a school's parent-teacher association; or")
    bullet("a social enterprise whose profits are used for community benefit.")
    para(
        "Your group must have a bank or building society account in its own name that needs "
        "two unrelated people to authorise each payment. We cannot give grants to individuals, "
        "to businesses run for private profit, or to political parties."
    )
    head("3. What the fund can pay for")
    table(
        [
            ("We can fund", "We cannot fund"),
            (
                "Equipment, materials and small building improvements",
                "Costs you have already paid for, or work that has already started",
            ),
            (
                "Room hire, tutors and running costs of a new activity",
                "Salaries or the ongoing running costs of an existing group",
            ),
            (
                "Community events, festivals and celebrations",
                "Events held mainly to raise money for another cause",
            ),
            (
                "Environmental improvements, planting and clean-ups",
                "Work that is the statutory responsibility of the County Council or another "
                "public body",
            ),
            (
                "Start-up costs of a new community group",
                "Religious or political activities, and trips abroad",
            ),
        ],
        (225, 226),
    )
    head("4. Match funding")
    para(
        "There is no requirement for match funding: the Locality Fund can pay for the whole "
        "cost of a project. Councillors do like to see that a group has raised some money "
        "itself or has other support, and the form asks you about any other funding."
    )
    head("5. How to apply")
    para(
        "Contact your county councillor first to talk about your project. You can find out "
        "who your councillor is at www.cragborough.example.gov.uk/mycouncillor or by calling "
        "01632 963 206."
    )
    para(
        "If your councillor is willing to support the project, download the application "
        "form from www.cragborough.example.gov.uk/localityfund. It is a short Word form that "
        "asks for your group's details, a description of the project, who will benefit, how "
        "much it will cost and what other funding you have. Email the completed form and "
        "your documents to localityfund@cragborough.example.gov.uk, copying in your "
        "councillor."
    )
    head("6. What you need to send")
    para(
        "With your application form, please send a copy of your constitution or set of "
        "rules, signed and dated, and a copy of a bank statement for your group's account "
        "from the last three months."
    )
    para(
        "Please also send your latest accounts. These can be a simple income and expenditure "
        "account signed by two members of your committee: we do not need audited or "
        "independently examined accounts. Parish and town councils can send their latest "
        "annual governance and accountability return instead."
    )
    para("Some groups will also need to send:")
    bullet("for projects costing more than £2,000: two written quotes for the main items;")
    bullet(
        "if your project involves children, young people or adults at risk: a copy of your "
        "safeguarding policy;"
    )
    bullet(
        "if your project involves building work or changes to land: planning permission, or "
        "a letter from the planning authority saying that it is not needed."
    )
    head("7. Insurance and policies")
    para(
        "All groups we fund must hold public liability insurance with cover of at least "
        "£5 million. You do not need to send your certificate with the application, but we "
        "may ask to see it before we pay the grant."
    )
    para(
        "All groups must also have an equal opportunities policy. The form asks you to "
        "confirm that you have one; you do not need to send it."
    )
    head("8. What happens next")
    table(
        [
            ("Step", "What happens", "How long it takes"),
            ("1", "Your councillor agrees to support the application", "Varies"),
            ("2", "Community Grants team checks the form and documents", "Up to 10 working days"),
            ("3", "Councillor signs the decision record", "Up to 5 working days"),
            ("4", "Grant paid into your group's bank account", "Up to 15 working days"),
        ],
        (40, 281, 130),
    )
    para(
        "Every Locality Fund grant is published in the register of councillors' decisions on "
        "the Council's website, with the name of the group, the amount and the councillor "
        "who supported it."
    )
    head("9. If you receive a grant")
    para(
        "You must spend the grant within 12 months, only on the project described in your "
        "application. Within two months of finishing the project, please send us a short "
        "report with photographs and copies of the receipts. Any money you do not spend must "
        "be returned to the Council."
    )
    head("10. Frequently asked questions")
    para("Can we apply more than once in a year?", 10.5, "Helvetica-Bold")
    para(
        "Yes, but most councillors give priority to groups who have not had a grant from the "
        "fund in the same year."
    )
    para("Our group is new and has no accounts yet. Can we still apply?", 10.5, "Helvetica-Bold")
    para(
        "Yes. Send a statement of the money your group has received and spent so far, signed "
        "by two committee members, in place of accounts."
    )
    para("What if a councillor is a member of our group?", 10.5, "Helvetica-Bold")
    para(
        "Councillors must declare any interest. A councillor who is a member or officer of "
        "your group cannot decide your application, but another councillor can support it."
    )
    head("11. Contact")
    para(
        "Community Grants team, Cragborough County Council, County Hall, Castle Street, "
        "Cragborough CR1 3HP. Telephone 01632 963 206. Email "
        "localityfund@cragborough.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    wenlow()
    dunsprey()
    hollinsgate()
    cragborough()
