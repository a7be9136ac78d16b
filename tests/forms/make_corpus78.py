"""Build set 78's Word and PDF documents (typical community benefit funds from developers and
infrastructure: wind farm, quarry, airport and section 106 funds, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus78.py
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


def harrowfell() -> None:
    d = kit.new_document(
        FIXED,
        "Harrowfell Wind Farm Community Benefit Fund: application form",
        "Fellside Community Foundation",
    )
    p = d.add_paragraph
    d.add_heading("Harrowfell Wind Farm Community Benefit Fund", 0)
    p("Application form 2027. Managed by Fellside Community Foundation")
    p(
        "The Harrowfell Wind Farm Community Benefit Fund is paid for by the wind farm's operator, "
        "Harrowfell Wind Energy Ltd, and managed independently by Fellside Community Foundation. "
        "It gives grants of £500 to £10,000 to community groups for projects that benefit people "
        "living in the fund's area of benefit: the parishes of Harrowfell, Low Skeldon, Birkrigg "
        "and Thornsett. Projects outside these parishes cannot be funded, even if some of the "
        "people who take part live inside them."
    )
    p(
        "Please read the guidance notes before you start. Fill in every section, using the "
        "boxes as a guide (they will expand as you type), and email the form with your "
        "supporting documents to grants@fellsidecf.example.org.uk. The closing dates for 2027 "
        "are 12 March and 10 September. For help, call the grants team on 01632 961 205."
    )
    d.add_heading("Section 1: About your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Main contact name",
            "Position in organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Charity or company number (if you have one)",
            "Annual income in your last financial year (£)",
        ],
        shade=True,
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (tick one)", bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Constituted community group    {BOX} Registered charity    "
        f"{BOX} Charitable incorporated organisation    {BOX} Community interest company    "
        f"{BOX} Parish council",
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "Which part of the area of benefit will your project mainly serve? (tick one)",
        bold=True,
    )
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Harrowfell    {BOX} Low Skeldon    {BOX} Birkrigg    {BOX} Thornsett    "
        f"{BOX} More than one of these",
    )
    p()
    d.add_heading("Section 2: About your project", 1)
    _details(d, ["2.1 Project title"], shade=True)
    p()
    _question(
        d,
        "2.2 Describe your project. What will you do, and what exactly will the grant pay "
        "for? (max 300 words)",
    )
    _question(
        d,
        "2.3 How will your project benefit people who live in the area of benefit? Please "
        "say roughly how many people will take part or use what you provide. (max 250 words)",
    )
    _question(
        d,
        "2.4 How do you know the project is needed? Tell us about any consultation with "
        "local people or other evidence of need. (max 250 words)",
    )
    _question(
        d,
        "2.5 If your project includes capital items (equipment, building works or a vehicle), "
        "tell us who will own them and how you will pay for their upkeep and replacement. "
        "(max 150 words)",
        2200,
    )
    _details(d, ["2.6 Start date", "2.7 Finish date"], shade=True)
    d.add_heading("Section 3: Project costs and match funding", 1)
    p(
        "Please list each item of spending. Mark each item as capital (equipment, building "
        "works, vehicles) or revenue (running costs, staff, room hire). For each capital item "
        "costing more than £1,000 you must send a written quote; for capital items over £5,000 "
        "please send two quotes."
    )
    _grid(d, ["Item", "Capital or revenue", "Cost (£)", "Quote attached? (Y/N)"], 6)
    _details(
        d,
        ["3.1 Total cost of the project (£)", "3.2 Amount requested from the fund (£)"],
        shade=True,
    )
    p()
    p(
        "We expect you to find at least 10% of the total cost of the project from elsewhere. "
        "This can be your own funds, other grants or donations, or volunteer time valued at "
        "£15 an hour. Please list your match funding below."
    )
    p("3.3 Match funding", style=None).runs[0].bold = True
    _grid(d, ["Source", "Amount (£)", "Secured or applied for?"], 3)
    d.add_heading("Section 4: Supporting documents", 1)
    p("Please tick to show which documents you are sending with this form.")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    docs = [
        "Your constitution, set of rules or governing document",
        "Your latest annual accounts, signed by your treasurer or chair. If your group is "
        "less than a year old, send your last three months' bank statements instead",
        "Your equal opportunities policy",
        "Quotes for capital items costing more than £1,000 (see Section 3)",
        "If your project works with children or adults at risk: your safeguarding policy",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Section 5: Declaration", 1)
    p(
        "On behalf of the organisation named above I confirm that: the information in this "
        "form is true and complete; the organisation holds public liability insurance of at "
        "least £5 million; the grant will be spent only on the project described; and we will "
        "acknowledge the Harrowfell Wind Farm Community Benefit Fund in our publicity. I "
        "understand that Fellside Community Foundation may ask for the grant to be repaid if "
        "it is not used as agreed."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Fellside Community Foundation, The Old Bank, Market Place, Harrowfell HF4 2LB. "
        "Registered charity 1190000. www.fellsidecf.example.org.uk"
    )
    out = HERE / "harrowfell-wind-farm-community-benefit-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def cadlestone() -> None:
    d = kit.new_document(
        FIXED, "Cadlestone Quarry Community Fund: application form", "Cadlestone District Council"
    )
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Cadlestone District Council", 0)
    d.add_heading("Cadlestone Quarry Community Fund: application form", 1)
    p(
        "The Cadlestone Quarry Community Fund is made up of payments from the operator of "
        "Cadlestone Quarry under a section 106 agreement. The Council manages the fund with "
        "the Quarry Liaison Committee. Grants of up to £15,000 are available for projects "
        "that benefit communities living near the quarry."
    )
    p(
        "Fund area: only projects in, or mainly benefiting people in, the parishes of "
        "Cadlestone, Hinsford, Great Oxley and Nether Oxley can be considered. A map of the "
        "fund area is in the guidance notes."
    )
    p(
        "Please complete all parts of the form in black ink or type your answers. Answers "
        "longer than the limits given will not be read beyond the limit."
    )
    d.add_heading("Part A: Applicant details", 2)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Role in organisation",
            "Daytime telephone",
            "Email",
            "Registered charity number (if applicable)",
            f"Is your organisation based in the fund area?   {BOX} Yes   {BOX} No",
        ],
    )
    d.add_heading("Part B: Your project", 2)
    _details(d, ["B1 Project name", "B2 Where will the project take place? (address or postcode)"])
    p()
    for text in [
        "B3 What is your project and what will it achieve? (no more than 400 words)",
        "B4 Which communities in the fund area will benefit, and how? (no more than 200 words)",
        "B5 How will your project help to offset the effects of the quarry on local people, "
        "or improve the local environment? (no more than 200 words)",
        "B6 How will the project be managed, and who will be responsible for it? (no more "
        "than 100 words)",
    ]:
        p(text).runs[0].bold = True
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        kit.row_height(t.rows[0], 3000)
        p()
    d.add_heading("Part C: Finance", 2)
    p(
        "The fund will pay no more than half of the total cost of a project. You must find at "
        "least 50% of the total cost from other sources, such as your own funds, other grants "
        "or in-kind support."
    )
    _details(
        d,
        [
            "C1 Total cost of project (£)",
            "C2 Grant requested from the fund (£)",
            "C3 Your contribution and other funding (£)",
        ],
    )
    p()
    p("C4 Breakdown of costs").runs[0].bold = True
    _grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    p(
        "If your project includes buying equipment or building works, please enclose two "
        "written quotations for each item."
    )
    d.add_heading("Part D: Supporting documents", 2)
    p("Please enclose:")
    b("a copy of your constitution or governing document;")
    b(
        "your most recent audited or independently examined accounts (if your annual income is "
        "under £25,000, accounts signed by your treasurer are acceptable);"
    )
    b("a copy of your current public liability insurance certificate (minimum cover £5,000,000);")
    b("a copy of your most recent bank statement;")
    b("two quotations for each item of equipment or building work (if applicable, see Part C);")
    b("if your project needs planning permission, a copy of the permission.")
    d.add_heading("Part E: Declaration", 2)
    p(
        "I certify that the information given in this application is correct and that I am "
        "authorised to sign on behalf of the organisation. I understand that the Council may "
        "withhold or reclaim the grant if any information is found to be untrue."
    )
    _details(d, ["Signed", "Name", "Position", "Date"])
    p()
    p(
        "Return to: Community Funding Officer, Cadlestone District Council, Council Offices, "
        "Station Road, Cadlestone CD7 3PA, or email communityfunding@cadlestone.example.gov.uk."
    )
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "For office use only", bold=True)
    kit.set_cell(t.rows[1].cells[0], "Ref no.")
    kit.set_cell(t.rows[1].cells[1], "Date received")
    out = HERE / "cadlestone-quarry-community-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def brimblecote() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brimblecote-airport-community-trust-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Brimblecote Airport Community Trust Fund: application form")
    c.setAuthor("Brimblecote Airport Community Trust Fund")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#1F3864")

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
        c.setFillColor(navy)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(black)
        state["y"] -= 26

    def field(name: str, label: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(
            name=name,
            tooltip=label,
            x=250,
            y=state["y"] - 18,
            width=295,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

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
            maxlen=maxlen,
            fieldFlags="multiline",
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

    def tick(name: str, label: str) -> None:
        room(20)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Brimblecote Airport Community Trust Fund")
    state["y"] -= 22
    txt("Application form for grants of up to £3,000", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Trust Fund is paid for by Brimblecote Airport and by a levy on fines for aircraft "
        "that break the airport's noise rules. It supports community projects in the areas "
        "most affected by the airport's operations: the parishes of Brimblecote, Easter Haddon, "
        "Wyke St Mary, Coldharbour and Felsham Green, and the Sallowfield ward of Brimblecote "
        "town. A map is on our website, www.brimblecoteairporttrust.example.org.uk."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Please read the notes on page 3 "
        "before you start. The Trust does not require match funding, but tell us about any "
        "other money you have for the project."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation")
    field("address", "Address")
    field("postcode", "Postcode", 8)
    field("contact_name", "Contact name")
    field("position", "Position")
    field("telephone", "Telephone", 15)
    field("email", "Email")
    field("charity_no", "Charity number (if registered)", 10)
    radios(
        "org_type",
        "Type of organisation",
        ["Community group", "Registered charity", "Parish council", "School or PTA", "Other"],
    )
    box(
        "q1_organisation",
        "1. Tell us about your organisation and what it does (up to 1,200 characters)",
        "Tell us about your organisation and what it does",
        1200,
        110,
    )
    bar("Section 2: Your project")
    field("project_title", "Project title")
    radios(
        "in_area",
        "Will the project take place in the Trust's area of benefit (see above)?",
        ["Yes", "No"],
    )
    box(
        "q2_project",
        "2. Describe your project and what the grant will pay for (up to 2,400 characters)",
        "Describe your project and what the grant will pay for",
        2400,
        180,
    )
    box(
        "q3_benefit",
        "3. How will your project benefit people living in the communities most affected by "
        "the airport? (up to 1,800 characters)",
        "How will your project benefit people living in the communities most affected by the "
        "airport?",
        1800,
    )
    box(
        "q4_success",
        "4. How will you know your project has been a success? (up to 1,200 characters)",
        "How will you know your project has been a success?",
        1200,
        110,
    )
    field("start_date", "Project start date", 10)
    bar("Section 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("amount_requested", "Amount requested from the Trust (£)", 10)
    field("other_funding", "Other funding for the project (£)", 10)
    bar("Section 4: Checklist")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Constitution or set of rules")
    tick(
        "doc_accounts",
        "Latest annual accounts or, if your group has not yet completed a full financial "
        "year, a statement of income and expenditure signed by two committee members",
    )
    tick("doc_quote", "A supplier's quote, if you are buying equipment costing more than £500")
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if your project involves children or adults at risk",
    )
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information on this form is correct, that our organisation has "
        "appropriate public liability insurance, and that any grant will be used only for the "
        "project described.",
    )
    field("signature", "Signature (type your name)")
    field("print_name", "Name in capitals")
    field("sign_date", "Date", 10)
    bar("Notes for applicants")
    for t in [
        "Who can apply: voluntary and community groups, charities, parish councils, schools "
        "and PTAs whose project benefits people in the area of benefit. We cannot fund "
        "individuals, businesses, political or religious activity, or projects that have "
        "already started.",
        "What we fund: equipment, activities, events, small building improvements, "
        "environmental and sports projects. Grants are up to £3,000.",
        "What to send: your constitution and your latest accounts (or a signed income and "
        "expenditure statement if you are a new group). If you are buying equipment costing "
        "more than £500, send a quote. If your project involves children or adults at risk, "
        "send your safeguarding policy.",
        "Decisions: the trustees meet in January, May and September. Email your form and "
        "documents at least four weeks before a meeting to "
        "trust@brimblecoteairporttrust.example.org.uk.",
    ]:
        txt(t)
        state["y"] -= 6
    c.save()


def ketterby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ketterby-section-106-community-facilities-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Section 106 Community Facilities Fund: guidance notes for applicants")
    c.setAuthor("Ketterby District Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Ketterby District Council - Section 106 Community Facilities Fund - guidance "
            f"notes 2027 - page {state['page']}",
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

    def table(rows: list[tuple[str, str, str]], widths: tuple[int, int, int]) -> None:
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
    c.drawString(72, state["y"], "Ketterby District Council")
    state["y"] -= 30
    para("Section 106 Community Facilities Fund", 15, "Helvetica-Bold")
    para("Guidance notes for applicants, 2027 to 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. Introduction")
    para(
        "When planning permission is granted for new housing, the developer often signs a "
        "legal agreement with the Council under section 106 of the Town and Country Planning "
        "Act 1990. Many of these agreements include a payment towards community facilities, "
        "such as village halls, community centres, sports pavilions and play areas, to meet "
        "the needs of people moving into the new homes."
    )
    para(
        "The Section 106 Community Facilities Fund is how the Council passes these payments "
        "on to community organisations. Each payment can only be spent in the area, and for "
        "the purpose, set out in its agreement, and usually has to be spent by a deadline. "
        "These notes explain who can apply, what the fund can pay for and what you need to "
        "send us."
    )
    head("2. Where the money can be spent")
    para(
        "The table below shows the payments available at the time of writing. Your project "
        "must be in the parish shown and must be for the purpose shown. The amounts change "
        "as new payments are received and grants are made, so please check with us before "
        "you apply."
    )
    table(
        [
            ("Development and parish", "Purpose in the agreement", "Available (approx.)"),
            (
                "Land off Mill Road, Ketterby (Ketterby parish)",
                "Improvements to community halls in Ketterby",
                "£86,000",
            ),
            (
                "Orchard Fields, Sallow Bridge (Sallow Bridge parish)",
                "Outdoor sport and play facilities",
                "£42,500",
            ),
            (
                "Former Creamery site, Upper Dunsby (Upper Dunsby and Lower Dunsby parishes)",
                "Community facilities, including village halls and meeting places",
                "£31,000",
            ),
            (
                "Brookside Farm, Hemcott (Hemcott parish)",
                "Play areas and youth facilities",
                "£18,750",
            ),
            (
                "Station Yard, Ketterby (Ketterby parish, Northgate ward only)",
                "Community centre improvements",
                "£64,200",
            ),
        ],
        (190, 190, 71),
    )
    head("3. Who can apply")
    bullet("Parish and town councils in the district.")
    bullet("Registered charities and charitable incorporated organisations.")
    bullet(
        "Constituted voluntary and community groups, including village hall and playing "
        "field committees, sports clubs and community associations."
    )
    bullet("Community interest companies limited by guarantee with an asset lock.")
    para(
        "You must own the building or land where the project will take place, or have a "
        "lease with at least ten years left to run (fifteen years for grants over £50,000)."
    )
    head("4. What the fund can pay for")
    para(
        "The fund is for capital projects only: building, extending or improving community "
        "facilities, and buying equipment that will last for several years. For example:"
    )
    bullet("extensions, new kitchens, accessible toilets and changing rooms;")
    bullet("insulation, new heating, solar panels and other energy saving work;")
    bullet("play equipment, safety surfacing and outdoor gym equipment;")
    bullet("fixed sports equipment, floodlights and pitch drainage;")
    bullet("furniture and equipment for halls, such as tables, chairs and audio-visual systems.")
    para("The fund cannot pay for:")
    bullet("running costs, staff, repairs and maintenance, or insurance;")
    bullet("work that has already started or equipment already bought;")
    bullet("projects outside the parish or for a purpose not in the agreement;")
    bullet("VAT that your organisation can reclaim.")
    head("5. How much you can apply for, and match funding")
    para(
        "Grants are from £2,000 up to the amount available for the purpose and area (see the "
        "table in section 2). You must find at least 20% of the total project cost from "
        "other sources, for example your own reserves, fundraising, other grants or the "
        "parish council. Volunteer labour and donated materials can count towards your 20%, "
        "valued as set out in the application form."
    )
    head("6. Quotes")
    para(
        "Because every project is a capital project, you must send two written quotes for "
        "each item of work or equipment. Quotes must be on the supplier's headed paper, "
        "dated within the last six months, and show VAT separately."
    )
    head("7. What you need to send")
    para("Every applicant must send the following with the application form:")
    bullet("a copy of your constitution or governing document;")
    bullet("your latest annual accounts. These must be independently examined or audited;")
    bullet("a full breakdown of the project costs, showing VAT separately;")
    bullet("two written quotes for each item of work or equipment (see section 6);")
    bullet("proof that you own the land or building, or a copy of your lease;")
    bullet(
        "a letter of support from the parish or town council for the parish where the project is;"
    )
    bullet(
        "a copy of your public liability insurance certificate. You must have cover of at "
        "least £5 million."
    )
    para("Some applicants must also send:")
    bullet(
        "if the project needs planning permission or building regulations approval: a copy "
        "of the approval, or evidence that you have applied;"
    )
    bullet(
        "for grants over £50,000: a business plan showing how the facility will be run "
        "and paid for over the next five years;"
    )
    bullet(
        "if the facility will be used for activities with children or adults at risk: your "
        "safeguarding policy."
    )
    head("8. How to apply")
    para(
        "Talk to us first. Contact the Community Investment Officer to check that your project "
        "fits one of the payments in section 2, and we will send you the application form. "
        "The form asks about your organisation, the project, how local people have been "
        "consulted, how the facility will be managed and the costs. Email the completed form "
        "and documents to s106grants@ketterby.example.gov.uk."
    )
    para(
        "Applications can be made at any time. Grants of up to £25,000 are decided by the "
        "Head of Communities; larger grants by the Council's Cabinet, which meets monthly."
    )
    head("9. If you are awarded a grant")
    para(
        "You will be sent a grant agreement. We pay grants after the work is done, against "
        "invoices, or in stages for large building projects. You must display a sign or "
        "plaque saying the facility was funded by the Council through section 106 money, "
        "and tell us when the project is finished. If the project does not go ahead, or the "
        "money is not spent by the date in the agreement, it must be returned, because the "
        "Council may have to repay the developer."
    )
    head("10. Contact")
    para(
        "Community Investment Officer, Ketterby District Council, Council Offices, Bridge "
        "Street, Ketterby KT9 4RS. Telephone 01632 960 772. Email "
        "s106grants@ketterby.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    harrowfell()
    cadlestone()
    brimblecote()
    ketterby()
