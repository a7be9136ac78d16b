"""Build set 83's Word and PDF documents (typical sport and physical activity grants from
active partnerships, sports governing bodies and leisure trusts, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus83.py
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


def hollingcote() -> None:
    d = kit.new_document(
        FIXED,
        "Active Hollingcote Club Development Grant: application form",
        "Active Hollingcote",
    )
    p = d.add_paragraph
    d.add_heading("Active Hollingcote", 0)
    d.add_heading("Club Development Grant 2027: application form", 1)
    p(
        "Active Hollingcote is the Active Partnership for Hollingcote and its surrounding "
        "districts. Our Club Development Grants of £500 to £3,000 help community sports clubs "
        "to grow, to keep their members and to open up their sport to people who are less "
        "active, such as women and girls, disabled people and people on low incomes."
    )
    p(
        "Please read the guidance notes before you fill in this form. Clubs must contribute "
        "at least 25% of the total project cost from their own funds or from other grants. "
        "Your club must be affiliated to its national governing body of sport and must have "
        "public liability insurance of at least £5 million (most governing body affiliations "
        "include this cover)."
    )
    p(
        "Type your answers in the boxes, which will expand as you type. Please keep to the "
        "word limits: we will not read beyond them."
    )
    d.add_heading("Section 1: About your club", 2)
    _details(
        d,
        [
            "Name of club",
            "Sport(s)",
            "Address of the club's main venue",
            "Postcode",
            "Main contact name",
            "Position in the club",
            "Telephone",
            "Email",
            "National governing body the club is affiliated to",
            "Affiliation number",
            "Number of junior members (under 18)",
            "Number of adult members",
        ],
        shade=True,
    )
    d.add_heading("Section 2: Safeguarding and welfare", 2)
    p(
        "All clubs we fund must have a safeguarding policy adopted by the committee and a "
        "named welfare officer who has completed safeguarding training in the last three years."
    )
    _details(
        d,
        [
            "Name of club welfare officer",
            "Welfare officer's email",
            "Date the welfare officer last completed safeguarding training",
            f"Has your committee adopted a safeguarding policy?   {BOX} Yes   {BOX} No",
            "Is your club accredited under your governing body's club accreditation scheme?"
            f"   {BOX} Yes   {BOX} No",
        ],
        shade=True,
    )
    d.add_heading("Section 3: Your project", 2)
    _details(d, ["3.1 Project title"], shade=True)
    p()
    _question(d, "3.2 Describe your project and what the grant will pay for. (max 300 words)")
    _question(
        d,
        "3.3 How will the project help more people to take part in sport or physical "
        "activity, or help your club to keep its members? (max 250 words)",
    )
    _question(
        d,
        "3.4 Who will benefit? Tell us about the people the project will reach, including any "
        "groups who are less active, such as women and girls, disabled people or people on low "
        "incomes. (max 200 words)",
    )
    _question(
        d,
        "3.5 How will the club keep the project going once the grant has been spent? "
        "(max 150 words)",
        2200,
    )
    _details(d, ["3.6 When will the project start?"], shade=True)
    p()
    d.add_heading("Section 4: Costs", 2)
    p("4.1 Please list the items the grant will pay for.").runs[0].bold = True
    _grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    _details(
        d,
        [
            "4.2 Total cost of the project (£)",
            "4.3 Amount requested from Active Hollingcote (£)",
            "4.4 Club's own contribution and other funding (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 5: Checklist", 2)
    p("Please send the following documents with your form and tick to show they are enclosed.")
    docs = [
        "Club constitution, signed and dated",
        "Evidence of affiliation to your national governing body (for example your "
        "affiliation certificate or confirmation email)",
        "Club safeguarding policy",
        "Latest annual accounts, signed by the club treasurer",
        "A bank statement from the last three months, in the club's name",
        "If you are buying equipment: a quote for each item costing more than £250",
    ]
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed (tick)", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, doc in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], doc)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Section 6: Declaration", 2)
    p(
        "I confirm that the information in this application is true and correct, that I am "
        "authorised by the club's committee to apply, and that the club has a safeguarding "
        "policy and an equality policy adopted by its committee and holds public liability "
        "insurance of at least £5 million. I understand that Active Hollingcote may ask for "
        "the grant to be repaid if it is not spent on the project described."
    )
    _details(d, ["Signature", "Print name", "Position in the club", "Date"], shade=True)
    p()
    p(
        "Email your completed form and documents to clubgrants@activehollingcote.example.org.uk "
        "or post them to Active Hollingcote, Unit 4, Mill Lane Business Park, Hollingcote HG4 "
        "2TN. Closing dates: 31 March, 30 June, 30 September and 15 December."
    )
    out = HERE / "hollingcote-club-development-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def sudbrooke() -> None:
    d = kit.new_document(
        FIXED,
        "Sudbrooke Leisure Trust Community Sport Equipment and Kit Fund: application form",
        "Sudbrooke Leisure Trust",
    )
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def q(t: str, height: int = 2800) -> None:
        p(t).runs[0].bold = True
        t2 = d.add_table(rows=1, cols=1)
        t2.style = "Table Grid"
        kit.row_height(t2.rows[0], height)
        p()

    d.add_heading("Sudbrooke Leisure Trust", 0)
    d.add_heading("Community Sport Equipment and Kit Fund", 1)
    p("Application form")
    p(
        "Sudbrooke Leisure Trust runs the leisure centres and swimming pools in Sudbrooke on "
        "behalf of the Borough Council. As a charity, we put part of our surplus back into "
        "community sport. This fund gives grants of up to £1,000 to local clubs and groups for "
        "sports equipment and kit, such as balls, nets, goals, bibs, team kit for junior "
        "teams, adapted equipment for disabled players and first aid kits."
    )
    p(
        "The Trust can fund up to the full cost of the equipment or kit; you do not have to "
        "put in any money of your own. We cannot fund equipment for individuals, items you "
        "have already bought, or running costs such as hall hire and coaches' fees."
    )
    d.add_heading("Part A: About your club or group", 2)
    _details(
        d,
        [
            "Name of club or group",
            "Address",
            "Postcode",
            "Contact name",
            "Role in the club",
            "Telephone",
            "Email",
            "Website or social media page (if any)",
            f"Is your club affiliated to a national governing body?   {BOX} Yes   {BOX} No",
            "If yes, which governing body?",
        ],
    )
    p()
    p(
        f"Type of group (tick one):   {BOX} Sports club   {BOX} Community group   "
        f"{BOX} School or PTA   {BOX} Other"
    )
    d.add_heading("Part B: Your request", 2)
    q(
        "B1 What equipment or kit do you want to buy, and why does your club need it? "
        "(no more than 250 words)"
    )
    q(
        "B2 How many people will use the equipment or kit, and how often? (no more than 100 words)",
        1600,
    )
    q(
        "B3 How will the equipment or kit help people who might not otherwise take part, for "
        "example juniors, women and girls or disabled people? (no more than 200 words)"
    )
    q(
        "B4 Where will the equipment be stored, and who will look after it? "
        "(no more than 100 words)",
        1600,
    )
    d.add_heading("Part C: Costs", 2)
    p("Please list each item, with the supplier and the price including VAT.")
    _grid(d, ["Item", "Supplier", "Quantity", "Cost including VAT (£)"], 6)
    _details(d, ["Total cost (£)", "Amount requested from the Trust (£)"])
    d.add_heading("Part D: Please enclose", 2)
    b("a copy of your club's constitution or set of rules;")
    b(
        "your most recent accounts or, if your club is less than a year old, your latest "
        "bank statement;"
    )
    b(
        "a quote, catalogue page or web page printout showing the price of each item you want "
        "to buy;"
    )
    b(
        "a copy of your public liability insurance certificate (we expect cover of at least "
        "£2 million);"
    )
    b("if your club works with children or adults at risk, a copy of your safeguarding policy.")
    d.add_heading("Part E: Declaration", 2)
    p(
        f"{BOX} I confirm that the information on this form is correct and that the equipment "
        "or kit will be used by the club for the purposes described."
    )
    _details(d, ["Signed", "Name", "Position in club", "Date"])
    p()
    p(
        "Send your form to the Community Sport Team, Sudbrooke Leisure Trust, Riverside "
        "Leisure Centre, Quay Road, Sudbrooke SB2 6LW, or email it with your documents to "
        "communitysport@sudbrookeleisure.example.org.uk. We aim to tell you our decision "
        "within six weeks."
    )
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Office use only", bold=True)
    kit.set_cell(t.rows[1].cells[0], "Ref")
    kit.set_cell(t.rows[1].cells[1], "Received")
    kit.set_cell(t.rows[1].cells[2], "Decision")
    out = HERE / "sudbrooke-leisure-trust-equipment-and-kit-fund-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def keswold() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "keswold-county-fa-facility-improvement-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Keswold County FA Grassroots Facility Improvement Small Grant: application form")
    c.setAuthor("Keswold County Football Association")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#1E5631")

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
        c.setFillColor(green)
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
            x=260,
            y=state["y"] - 18,
            width=285,
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
    c.drawString(50, state["y"], "Keswold County Football Association")
    state["y"] -= 22
    txt("Grassroots Facility Improvement Small Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Small grants of £1,000 to £10,000 are available to affiliated clubs and leagues in "
        "Keswold for improvements to the facilities they play on: changing rooms, pitch "
        "drainage, goalposts, fencing, floodlights and pitch maintenance equipment. The "
        "County FA will fund up to 50% of the total cost; the club must find at least 50% "
        "from its own funds or from other grants."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen, save it and email it to "
        "facilities@keswoldfa.example.org.uk. Please read the notes at the end first."
    )
    bar("Section 1: Club details")
    field("club_name", "Club name")
    field("affiliation_no", "County FA affiliation number", 12)
    field("ground_address", "Address of ground")
    field("postcode", "Postcode", 8)
    field("contact_name", "Contact name")
    field("role", "Role in club")
    field("telephone", "Telephone", 15)
    field("email", "Email")
    field("cwo_name", "Club Welfare Officer's name")
    field("teams", "Number of teams (all ages)", 3)
    radios(
        "tenure",
        "Security of tenure at the ground",
        ["Own the freehold", "Lease of 10 years or more", "Shorter lease", "No formal agreement"],
    )
    radios(
        "accredited",
        "Is the club accredited under the FA's club accreditation scheme?",
        [
            "Yes",
            "No",
        ],
    )
    bar("Section 2: The project")
    box(
        "q1_work",
        "1. Describe the improvement work you want to carry out and why it is needed "
        "(up to 2,000 characters)",
        "Describe the improvement work you want to carry out and why it is needed",
        2000,
        170,
    )
    box(
        "q2_players",
        "2. How will the improvements help the club to grow or keep players, including women "
        "and girls and disabled players? (up to 1,500 characters)",
        "How will the improvements help the club to grow or keep players, including women and "
        "girls and disabled players?",
        1500,
    )
    box(
        "q3_maintain",
        "3. How will the club maintain the facility once the work is finished? "
        "(up to 1,000 characters)",
        "How will the club maintain the facility once the work is finished?",
        1000,
        110,
    )
    field("start_date", "Planned start date", 10)
    bar("Section 3: Costs")
    field("total_cost", "Total cost of the work (£)", 10)
    field("grant_requested", "Grant requested (£)", 10)
    field("club_contribution", "Club's contribution and other funding (£)", 10)
    bar("Section 4: Documents")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Club constitution")
    tick("doc_accounts", "Club accounts for the last financial year, approved at your AGM")
    tick("doc_tenure", "Proof of security of tenure (title deeds or a copy of the lease)")
    tick("doc_quotes", "Two written quotes for the work")
    tick("doc_planning", "Planning permission, if the work needs it")
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information on this form is correct, that the club has adopted "
        "the FA's safeguarding policy and has a Club Welfare Officer with a current FA DBS "
        "check, and that the club holds public liability insurance of at least £5 million.",
    )
    field("signature", "Signature (type your name)")
    field("print_name", "Name in capitals")
    field("position", "Position in club")
    field("sign_date", "Date", 10)
    bar("Notes")
    for t in [
        "Who can apply: clubs and leagues affiliated to Keswold County FA. The work must be at "
        "a ground the club owns or leases, or has a written agreement to use for at least "
        "five years.",
        "What we cannot fund: work that has started, routine maintenance, kit, coaching "
        "costs or the cost of hiring pitches.",
        "Decisions are made by the County FA's Facilities Panel, which meets every two "
        "months. We will tell you the outcome within ten weeks.",
    ]:
        txt(t)
        state["y"] -= 6
    c.save()


def fernlow() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "fernlow-get-active-small-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Get Active Small Grants: guidance for applicants")
    c.setAuthor("Active Fernlow")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            f"Active Fernlow - Get Active Small Grants - guidance 2027 - page {state['page']}",
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
    c.drawString(72, state["y"], "Active Fernlow")
    state["y"] -= 30
    para("Get Active Small Grants", 15, "Helvetica-Bold")
    para("Guidance for applicants, April 2027 to March 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. About the fund")
    para(
        "Active Fernlow is the Active Partnership for Fernlow. We work with councils, the NHS, "
        "schools, clubs and community groups to help more people to be active. Get Active "
        "Small Grants are funded by Sport England and by Fernlow's district councils."
    )
    para(
        "The grants help community groups to start new activities for people who are "
        "inactive, which means doing less than 30 minutes of physical activity a week. "
        "Around one in four adults in Fernlow is inactive, and the figure is higher among "
        "disabled people, people with long-term health conditions, older people, women and "
        "girls, and people living in our most deprived neighbourhoods."
    )
    head("2. How much you can apply for")
    para(
        "You can apply for between £300 and £1,500. You do not need to find match funding, "
        "but we are happy to hear about other support you have, such as free use of a hall "
        "or volunteers' time. Grants are for activities that start within three months of our "
        "decision and run for up to twelve months."
    )
    head("3. Who can apply")
    bullet("Voluntary and community groups with a constitution or set of rules.")
    bullet(
        "Registered charities, charitable incorporated organisations and community "
        "interest companies."
    )
    bullet(
        "Sports clubs, if the activity is new and aimed at people who are not already "
        "members or active."
    )
    bullet(
        "Parish and town councils, and schools for activities outside school hours that "
        "are open to the community."
    )
    para(
        "Your group must have a bank account in its name that needs two unrelated people to "
        "sign or approve payments. We cannot fund individuals or businesses."
    )
    head("4. What we can fund")
    para("We can pay for the costs of setting up and running a new activity, for example:")
    bullet("a qualified coach, instructor or activity leader;")
    bullet("hall, pitch or pool hire;")
    bullet(
        "equipment needed for the activity, such as walking football balls, yoga mats or "
        "adapted bikes;"
    )
    bullet("training for volunteers to lead the activity;")
    bullet("publicity to reach the people you want to involve.")
    para("We cannot fund:")
    bullet("activities that already exist, or more of the same for people who are already active;")
    bullet("elite or competitive sport, trips abroad or one-off events;")
    bullet("buildings, vehicles or equipment not linked to the activity;")
    bullet("activities that have already started.")
    head("5. What we look for")
    para(
        "We will give priority to activities that reach people who are inactive, that have "
        "been planned with the people they are for, that are low cost or free to take part in, "
        "and that are likely to carry on after the grant ends, for example through small "
        "charges or a club taking them on."
    )
    head("6. Safeguarding and insurance")
    para(
        "Because every activity we fund is open to the public, every applicant must have a "
        "safeguarding policy and must send us a copy. If children or adults at risk will take "
        "part, you must also have a named safeguarding lead."
    )
    para(
        "Your group, or the coach or instructor delivering the sessions, must have public "
        "liability insurance of at least £5 million. You do not need to send us the "
        "certificate, but we may ask to see it."
    )
    head("7. What you need to send")
    para("With your online application, please upload:")
    bullet("your constitution, set of rules or terms of reference;")
    bullet(
        "a bank statement from the last three months, in your group's name. We do not ask "
        "for accounts for grants of this size;"
    )
    bullet("your safeguarding policy.")
    para(
        "If your activity will be led by a paid coach or instructor, please also upload a "
        "copy of their coaching or instructing qualification."
    )
    head("8. How to apply")
    para(
        "Apply online at www.activefernlow.example.org.uk/getactive. The online form asks "
        "about your group, the activity you want to run, the people you want to reach, how "
        "you have involved them, and what the money will pay for. You can save your answers "
        "and come back to them. If you cannot apply online, contact us and we will help."
    )
    para(
        "Applications are open all year. A panel of Active Fernlow staff and partners meets "
        "every six weeks, and we will let you know the outcome within eight weeks of your "
        "application."
    )
    head("9. If you get a grant")
    para(
        "We will pay the grant in full into your bank account. We will ask you to count how "
        "many people take part and how active they were before they started, using a short "
        "form we will send you, and to tell us at the end how the money was spent. Please "
        "keep receipts for everything you buy."
    )
    head("10. Contact us")
    para(
        "Community Activity Team, Active Fernlow, 2 Chapel Yard, Fernlow FW3 8DJ. Telephone "
        "01632 960 418. Email getactive@activefernlow.example.org.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    hollingcote()
    sudbrooke()
    keswold()
    fernlow()
