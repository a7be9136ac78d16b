"""Build set 80's Word and PDF documents (typical community safety and violence reduction grants:
police and crime commissioner, violence reduction unit and community safety partnership funds,
written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus80.py
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


def _yesno(d, question: str) -> None:
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], question, bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(t.rows[0].cells[1], f"{BOX} Yes    {BOX} No")


def dunstowe() -> None:
    d = kit.new_document(
        FIXED,
        "Police and Crime Commissioner's Community Safety Fund 2027-28: application form",
        "Office of the Police and Crime Commissioner for Dunstowe",
    )
    p = d.add_paragraph
    d.add_heading("Police and Crime Commissioner for Dunstowe", 0)
    d.add_heading("Community Safety Fund 2027-28: application form", 1)
    p(
        "The Police and Crime Commissioner (PCC) for Dunstowe sets aside part of the policing "
        "budget each year for community projects that help to prevent crime, reduce "
        "anti-social behaviour and support victims. Grants of £1,000 to £10,000 are available "
        "to voluntary and community organisations, charities and social enterprises working "
        "in Dunstowe."
    )
    p(
        "Please read the guidance notes before you fill in this form. Keep to the word limits "
        "shown: we will not read beyond them. Match funding is not required, but tell us in "
        "Section 3 about any other money you have for the project."
    )
    p(
        "Send the completed form and your supporting documents by email to "
        "grants@dunstowe-pcc.example.gov.uk by 5pm on Friday 26 February 2027."
    )
    d.add_heading("Section 1: About your organisation", 2)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position",
            "Telephone",
            "Email",
            "Charity or company number (if applicable)",
            "Total annual income in your last financial year (£)",
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
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation    "
        f"{BOX} Community interest company    {BOX} Constituted voluntary or community group    "
        f"{BOX} Other (please say)",
    )
    d.add_heading("Section 2: About your project", 2)
    _details(d, ["2.1 Project title"], shade=True)
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "2.2 Which district(s) will the project cover? (tick all that apply)",
        bold=True,
    )
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Dunstowe City    {BOX} East Wendle    {BOX} Hollinsmoor    "
        f"{BOX} South Rother Vale    {BOX} County-wide",
    )
    p()
    _question(d, "2.3 Describe your project: what will you do, when and where? (max 300 words)")
    _question(
        d,
        "2.4 Which of the priorities in the Police and Crime Plan will your project support, "
        "and how? (max 200 words)",
        2600,
    )
    _question(
        d,
        "2.5 What difference will your project make to community safety? Tell us the outcomes "
        "you expect and how you will measure them. (max 250 words)",
    )
    _question(
        d,
        "2.6 Who will you work with in partnership (for example the police, the community "
        "safety partnership, schools or housing providers) and what will each partner do? "
        "(max 150 words)",
        2200,
    )
    _question(
        d,
        "2.7 How will you keep children, young people and adults at risk safe during the "
        "project? Include how you check that staff and volunteers are suitable, for example "
        "through Disclosure and Barring Service (DBS) checks. (max 200 words)",
        2600,
    )
    _details(
        d,
        [
            "2.8 Start date",
            "2.9 End date",
            "2.10 Number of people expected to benefit",
        ],
        shade=True,
    )
    d.add_heading("Section 3: Budget", 2)
    p("Please list the costs of the project. Include VAT if you cannot reclaim it.")
    _grid(d, ["Item of expenditure", "Cost (£)"], 6)
    _details(
        d,
        ["3.1 Total cost of the project (£)", "3.2 Amount requested from the PCC (£)"],
        shade=True,
    )
    p()
    p("3.3 Other funding for this project (if any)").runs[0].bold = True
    _grid(d, ["Funder or source", "Amount (£)", "Confirmed or pending"], 3)
    d.add_heading("Section 4: Safeguarding and data protection", 2)
    _yesno(
        d,
        "4.1 Does your organisation have a safeguarding policy that has been reviewed in the "
        "last 12 months?",
    )
    p()
    _yesno(
        d,
        "4.2 Will any staff or volunteers have unsupervised contact with children or adults "
        "at risk?",
    )
    p()
    _yesno(
        d,
        "4.3 Is your organisation registered with the Information Commissioner's Office (ICO)?",
    )
    d.add_heading("Section 5: Supporting documents", 2)
    p("Please tick to show which documents you have attached.")
    docs = [
        "Your governing document (constitution, set of rules, or memorandum and articles)",
        "Your most recent annual accounts, signed by your treasurer or independently examined",
        "Your safeguarding policy",
        "Your data protection policy or privacy notice",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
        "A letter of support from a partner agency, for example your local Neighbourhood "
        "Policing Team or community safety partnership",
        "If your project involves regulated activity with children or adults at risk: "
        "confirmation from your chair that the staff and volunteers involved have enhanced "
        "DBS checks",
    ]
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Attached", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section 6: Declaration", 2)
    p(
        "I confirm that the information in this application is true and complete, that I am "
        "authorised to apply on behalf of the organisation, and that any grant will be used "
        "only for the project described. I understand that the Office of the Police and Crime "
        "Commissioner will hold the information in this form to assess the application and "
        "may share it with Dunstowe Police and community safety partners for that purpose."
    )
    _details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Office of the Police and Crime Commissioner for Dunstowe, Police Headquarters, "
        "Castle Lane, Dunstowe DN1 4QT. Telephone 01632 960 418."
    )
    out = HERE / "dunstowe-pcc-community-safety-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def kestrelby() -> None:
    d = kit.new_document(
        FIXED,
        "Hate Crime and Anti-Social Behaviour Small Grants: application form",
        "Kestrelby Borough Council",
    )
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def box(text: str) -> None:
        p(text).runs[0].bold = True
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        kit.row_height(t.rows[0], 2800)
        p()

    d.add_heading("Kestrelby Borough Council", 0)
    p("Safer Kestrelby Partnership").runs[0].bold = True
    d.add_heading("Hate Crime and Anti-Social Behaviour Small Grants", 1)
    p(
        "Small grants of up to £2,000 for community groups in Kestrelby that want to tackle "
        "hate crime or anti-social behaviour in their neighbourhood, bring people together, "
        "or help residents feel safer. The grants are funded by the Safer Kestrelby "
        "Partnership, which brings together the Council, Kestrelby Police, the fire service, "
        "housing providers and local health services."
    )
    p(
        "Please type or write clearly in black ink. If you need help filling in the form, "
        "or would like it in another format, contact the Community Safety Team on "
        "01632 960 537 or at safer@kestrelby.example.gov.uk."
    )
    d.add_heading("Part 1: Your group", 2)
    t = d.add_table(rows=9, cols=2)
    t.style = "Table Grid"
    for r, label in zip(
        t.rows,
        [
            "Name of group",
            "Contact name",
            "Position in group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Name of the bank account the grant will be paid into",
            "Ward(s) where the project will take place",
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label)
        kit.row_height(r, 400)
    d.add_heading("Part 2: Your project", 2)
    box("1. Tell us about your group and the people it works with. (no more than 150 words)")
    box("2. What do you want to do, and what will the grant pay for? (no more than 250 words)")
    box(
        "3. How will your project reduce hate crime or anti-social behaviour, or help people "
        "feel safer where they live? (no more than 250 words)"
    )
    box(
        "4. How will you reach and involve people from the communities most affected? "
        "(no more than 150 words)"
    )
    box("5. How will you tell us what the project achieved? (no more than 100 words)")
    d.add_heading("Part 3: Costs", 2)
    p("Please list what you will spend the grant on.")
    _grid(d, ["Item", "Cost (£)"], 5)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Total cost of the project (£)")
    kit.set_cell(t.rows[1].cells[0], "Total amount requested (up to £2,000)")
    d.add_heading("Part 4: Please enclose", 2)
    b("a copy of your constitution or set of rules;")
    b(
        "a copy of your most recent bank statement. The account must be in the name of your "
        "group and need two unrelated people to sign;"
    )
    b(
        "if your project involves children, young people or adults at risk, a copy of your "
        "safeguarding policy;"
    )
    b(
        "if your project includes a public event, a copy of your public liability insurance "
        "certificate."
    )
    p(
        "We cannot consider your application until we have all the documents that apply to "
        "your group."
    )
    d.add_heading("Part 5: Declaration", 2)
    p(
        "I confirm that the information in this form is correct; that our group has an equal "
        "opportunities policy and will make the project open to everyone in the community it "
        "serves; and that the grant will be spent only on the items listed in Part 3. I agree "
        "to return any money not spent on the project."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, ["Signed", "Print name", "Position", "Date"], strict=True):
        kit.set_cell(r.cells[0], label)
        kit.row_height(r, 400)
    p()
    p(
        "Return the form to: Community Safety Team, Kestrelby Borough Council, Town Hall, "
        "Kestrelby KB2 5HW, or email safer@kestrelby.example.gov.uk."
    )
    out = HERE / "kestrelby-hate-crime-asb-small-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def marrowfield() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marrowfield-vru-youth-diversion-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Youth Diversion and Knife Crime Prevention Fund: application form")
    c.setAuthor("Marrowfield Violence Reduction Unit")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#0B5563")

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
        c.setFillColor(teal)
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
            x=270,
            y=state["y"] - 18,
            width=275,
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
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 8)
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
    c.drawString(50, state["y"], "Marrowfield Violence Reduction Unit")
    state["y"] -= 22
    txt(
        "Youth Diversion and Knife Crime Prevention Fund 2027-28: application form",
        12,
        "Helvetica-Bold",
    )
    state["y"] -= 4
    txt(
        "The Marrowfield Violence Reduction Unit (VRU) brings together the police, councils, "
        "health, education, probation and the voluntary sector to prevent serious violence. "
        "This fund gives grants of £5,000 to £25,000 for projects that work with young people "
        "aged 10 to 24 who are at risk of being drawn into violence, knife crime or criminal "
        "exploitation, and divert them into positive activities, education and work."
    )
    state["y"] -= 4
    txt(
        "You can type into this form and save it. The VRU can fund the whole cost of your "
        "project: match funding is not required. Email the completed form and your documents "
        "to vru.grants@marrowfield-pcc.example.gov.uk by 12 noon on 15 March 2027."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation")
    field("address", "Address")
    field("postcode", "Postcode", 8)
    field("contact_name", "Contact name")
    field("position", "Position")
    field("telephone", "Telephone", 15)
    field("email", "Email")
    field("charity_no", "Charity or company number", 10)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO", "Community interest company", "Social enterprise", "Other"],
    )
    bar("Section 2: Your project")
    field("project_title", "Project title")
    radios(
        "age_group",
        "Which age group will the project mainly work with?",
        ["10 to 14", "15 to 17", "18 to 24", "All of these"],
    )
    radios(
        "priority_area",
        "Will the project be delivered in one of the VRU's priority neighbourhoods?",
        ["Yes", "No"],
    )
    box(
        "q1_project",
        "1. Describe your project and the activities young people will take part in "
        "(up to 3,000 characters)",
        "Describe your project and the activities young people will take part in",
        3000,
        170,
    )
    box(
        "q2_evidence",
        "2. What evidence is there that this approach prevents violence or diverts young "
        "people from crime? (up to 1,800 characters)",
        "What evidence is there that this approach prevents violence or diverts young "
        "people from crime?",
        1800,
    )
    box(
        "q3_reach",
        "3. How will you identify and reach young people at risk of involvement in violence, "
        "including referrals from partners? (up to 1,800 characters)",
        "How will you identify and reach young people at risk of involvement in violence?",
        1800,
    )
    box(
        "q4_partners",
        "4. Which partners will you work with (for example the youth justice service, schools, "
        "the police or health services), and how will the partnership work? (up to 1,500 "
        "characters)",
        "Which partners will you work with, and how will the partnership work?",
        1500,
        120,
    )
    box(
        "q5_measure",
        "5. How will you measure the difference your project makes? (up to 1,200 characters)",
        "How will you measure the difference your project makes?",
        1200,
        110,
    )
    field("start_date", "Project start date", 10)
    field("end_date", "Project end date", 10)
    field("young_people", "Number of young people you expect to work with", 5)
    bar("Section 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("amount_requested", "Amount requested from the VRU (£)", 10)
    bar("Section 4: Safeguarding")
    radios(
        "dsl",
        "Does your organisation have a designated safeguarding lead?",
        ["Yes", "No"],
    )
    field("dsl_name", "Name of designated safeguarding lead")
    radios(
        "dbs",
        "Will every member of staff and volunteer working with young people hold an enhanced "
        "DBS check before the project starts?",
        ["Yes", "No"],
    )
    bar("Section 5: Supporting documents")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_governing", "Governing document (constitution, memorandum and articles or rules)")
    tick(
        "doc_accounts",
        "Your accounts for the last two financial years, independently examined or audited",
    )
    tick("doc_safeguarding", "Safeguarding policy, including how staff report concerns")
    tick("doc_data", "Data protection policy")
    tick(
        "doc_partner",
        "A letter of support from at least one partner agency, such as a school, the youth "
        "justice service or the police",
    )
    tick(
        "doc_lone",
        "If your project includes detached or outreach youth work: your lone working policy",
    )
    bar("Section 6: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that our organisation holds "
        "public liability insurance of at least £10 million; that we will follow our "
        "safeguarding policy and share information with partners in line with data protection "
        "law; and that any grant will be used only for the project described.",
    )
    field("signature", "Signature (type your name)")
    field("print_name", "Name in capitals")
    field("sign_position", "Position")
    field("sign_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Marrowfield Violence Reduction Unit, hosted by the Office of the Police and Crime "
        "Commissioner for Marrowfield, 1 Fountain Square, Marrowfield MF3 8DJ. "
        "Telephone 01632 961 044.",
        9,
    )
    c.save()


def pellingham() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pellingham-domestic-abuse-sexual-violence-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Domestic Abuse and Sexual Violence Services Grant 2027-2029: guidance")
    c.setAuthor("Office of the Police and Crime Commissioner for Pellingham")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Pellingham OPCC - Domestic Abuse and Sexual Violence Services Grant - guidance "
            f"for applicants - page {state['page']}",
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

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Police and Crime Commissioner for Pellingham")
    state["y"] -= 30
    para("Domestic Abuse and Sexual Violence Services Grant 2027 to 2029", 15, "Helvetica-Bold")
    para("Guidance for applicants", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. About this grant")
    para(
        "The Police and Crime Commissioner (PCC) for Pellingham funds services for victims and "
        "survivors of domestic abuse and sexual violence, alongside the statutory services "
        "commissioned by Pellingham County Council. This grant round will fund specialist and "
        "community-based services for two years, from 1 April 2027 to 31 March 2029."
    )
    para(
        "The PCC's Police and Crime Plan commits to putting victims first, preventing violence "
        "against women and girls, and making sure that everyone who reports abuse gets the "
        "support they need, whoever they are and wherever they live in the county."
    )
    head("2. What we want to fund")
    para("We welcome applications for services that:")
    bullet("give independent advocacy and emotional support to victims and survivors;")
    bullet(
        "reach people who are less likely to come forward, including older people, disabled "
        "people, LGBT+ people, men, and people from racially minoritised communities;"
    )
    bullet("support children and young people who have lived with domestic abuse;")
    bullet(
        "offer therapeutic support and counselling after rape or sexual assault, including "
        "for survivors of non-recent abuse;"
    )
    bullet("work with communities, employers and schools to recognise abuse and respond to it;")
    bullet(
        "help victims through the criminal justice process, working with the police and the "
        "Independent Sexual Violence Advisers (ISVAs) at the Sexual Assault Referral Centre."
    )
    para("We cannot fund:")
    bullet("services that the County Council or the NHS has a legal duty to provide;")
    bullet("capital building work or the purchase of vehicles;")
    bullet("perpetrator programmes that are not accredited;")
    bullet("activities that promote a political party or a religious belief;")
    bullet("costs already incurred before the grant starts.")
    head("3. Who can apply")
    para(
        "Registered charities, charitable incorporated organisations, community interest "
        "companies and constituted voluntary groups with a track record of supporting "
        "victims of domestic abuse or sexual violence in Pellingham. Organisations may apply "
        "on their own or as the lead partner of a group of organisations working together."
    )
    para(
        "Services must be delivered by people with the right training. Independent Domestic "
        "Violence Advisers (IDVAs) must hold, or be working towards, a recognised IDVA "
        "qualification, and counselling must be delivered by practitioners registered with a "
        "professional body."
    )
    head("4. How much you can apply for")
    para(
        "Grants are from £10,000 to £60,000 a year, for two years. The total available in this "
        "round is £640,000 a year. We will fund up to 80% of the total cost of the service: "
        "you must find at least 20% of the cost from other sources, such as other grants, "
        "contracts, your reserves or fundraising. Volunteer time does not count towards the "
        "20%."
    )
    para(
        "You can include a fair share of your organisation's overheads (for example rent, "
        "management and finance costs) in the budget. Staff salaries should be in line with "
        "the pay of similar roles in the sector."
    )
    head("5. Safeguarding, vetting and information sharing")
    para(
        "Every funded organisation must have a safeguarding policy covering both children and "
        "adults at risk, and a named safeguarding lead. All staff and volunteers who work with "
        "victims must have an enhanced Disclosure and Barring Service (DBS) check, renewed at "
        "least every three years. You do not need to send DBS certificates with your "
        "application, but we will check your recruitment and vetting records at the first "
        "monitoring visit."
    )
    para(
        "Services will be handling sensitive personal information about victims, and often "
        "about children. You must comply with the UK General Data Protection Regulation and "
        "the Data Protection Act 2018, be registered with the Information Commissioner's "
        "Office, and take part in the Multi-Agency Risk Assessment Conference (MARAC) and the "
        "county's domestic abuse information sharing agreement where the service refers "
        "high-risk cases."
    )
    head("6. How we will assess applications")
    para(
        "A panel of officers from the OPCC, the County Council and Pellingham Police will score "
        "each application against these criteria:"
    )
    bullet("need for the service, and the evidence for it (25%);")
    bullet("quality of the service and the skills of the staff who will deliver it (25%);")
    bullet("outcomes for victims and how they will be measured (20%);")
    bullet("partnership working and referral routes (15%);")
    bullet("value for money and the sustainability of the service (15%).")
    para(
        "The panel may ask to meet shortlisted applicants. Decisions are made by the PCC and "
        "published on our website."
    )
    head("7. How to apply")
    para(
        "Apply online through the OPCC grants portal at "
        "www.pellingham-pcc.example.gov.uk/grants. The application form asks about your "
        "organisation, the service you will deliver, the need for it, the outcomes you expect, "
        "how you will keep victims safe and your budget. You can save your application and "
        "return to it. The closing date is 12 noon on Monday 11 January 2027."
    )
    head("8. What you need to send")
    para("Every applicant must upload the following documents with the online form:")
    bullet("your governing document (constitution, memorandum and articles, or rules);")
    bullet(
        "your accounts for the last two financial years. These must be audited or "
        "independently examined;"
    )
    bullet("your safeguarding policy, covering children and adults at risk;")
    bullet("your data protection and information sharing policy;")
    bullet("your equality, diversity and inclusion policy;")
    bullet("your complaints procedure for service users;")
    bullet(
        "a copy of your public liability insurance certificate. Cover must be at least £5 million;"
    )
    bullet("a budget for each of the two years of the service, on our budget template.")
    para("Some applicants must also send:")
    bullet("if you employ staff: a copy of your employer's liability insurance certificate;")
    bullet(
        "if your service includes outreach, home visits or one-to-one work in the community: "
        "your lone working policy;"
    )
    bullet(
        "if you are applying as the lead partner for a group of organisations: a letter of "
        "support from each partner, confirming its role and its share of the budget."
    )
    para(
        "Applications without the documents that apply to you will not be assessed. If a "
        "policy is being reviewed, send the current version and tell us when the review will "
        "finish."
    )
    head("9. If your application is successful")
    para(
        "You will be sent a grant agreement to sign. Grants are paid quarterly in advance. You "
        "will report every quarter on the number of people supported and their outcomes, "
        "using the Home Office's outcome measures for victim services, and send a short case "
        "study twice a year. We will visit each funded service at least once a year."
    )
    head("10. Contact us")
    para(
        "Commissioning Team, Office of the Police and Crime Commissioner for Pellingham, "
        "Abbey House, 3 Minster Street, Pellingham PL4 6AE. Telephone 01632 960 903. Email "
        "commissioning@pellingham-pcc.example.gov.uk. We are happy to talk to you about a "
        "possible application before you apply."
    )
    folio()
    c.save()


if __name__ == "__main__":
    dunstowe()
    kestrelby()
    marrowfield()
    pellingham()
