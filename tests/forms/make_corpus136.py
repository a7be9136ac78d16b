"""Build set 136's Word and PDF documents (typical city farm, community farm and care farming
grants: a city council's City Farms Grant application, a community foundation's Care Farming
Fund application, a borough council's Community Farm Small Grants fillable form and a county
council's City and Community Farms Fund guidance notes, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus136.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def _answer(d, height: int) -> None:
    """A one-cell answer box under a question paragraph."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    kit.row_height(t.rows[0], height)
    d.add_paragraph()


def harkwood() -> None:
    d = kit.new_document(
        FIXED, "City Farms Grant 2027/28: application form", "Harkwood City Council"
    )
    p = d.add_paragraph
    d.add_heading("Harkwood City Council", 0)
    p("City Farms Grant 2027/28: application form")
    p(
        "The City Farms Grant helps the city farms and community farms in Harkwood to look "
        "after their animals well, to welcome more visitors and to give local people, "
        "especially children and young people, the chance to learn about farming and food. "
        "Grants are from £1,000 to £10,000."
    )
    p(
        "We can pay for things such as animal housing and fencing, handwashing stations for "
        "visitors, veterinary equipment, accessible paths and gates, small machinery, and "
        "learning resources for school and community groups. We cannot pay for the farm's "
        "day-to-day running costs, vets' bills for routine treatment or animal feed."
    )
    p(
        "The Council will fund up to 75% of the total cost of your project. You must find at "
        "least 25% of the project cost yourselves, from your own funds, fundraising or another "
        "funder."
    )
    p(
        "Please fill in every section and keep to the word limits. Email the completed form "
        "and your documents to cityfarms@harkwood.example.gov.uk by 5pm on Friday "
        "9 July 2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "If you would like to talk about your project before you apply, or need this form in "
        "another format, contact Marta Lindqvist, Community Grants Officer, on 01632 960 418."
    )
    d.add_heading("Section 1: About your farm", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Name and address of the farm",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Website (if any)",
            "Registered charity or company number (if any)",
            "County Parish Holding (CPH) number",
            "Size of the site (acres)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Community interest company   {BOX} Community group",
            ),
            ("Is the farm open to the public free of charge?", f"{BOX} Yes   {BOX} No"),
            (
                "Who owns the land the farm is on?",
                f"{BOX} The organisation   {BOX} Harkwood City Council   {BOX} Another landlord",
            ),
        ],
    )
    p()
    kit.details(
        d,
        [
            "Number of visitors in the last 12 months",
            "Number of regular volunteers",
            "Number of paid staff (full and part time)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d,
        "2.1 Tell us about your farm: which animals do you keep, and what activities do you "
        "run for visitors and the community? (maximum 200 words)",
        2600,
    )
    kit.question(d, "2.2 Describe the project you would like us to fund. (maximum 300 words)")
    kit.question(
        d,
        "2.3 Why is the project needed, and how do you know? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.4 Who will benefit from the project, and how will you reach people in Harkwood who "
        "rarely visit a farm? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.5 How will the project improve the welfare of your animals or the health and safety "
        "of visitors and volunteers? (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.6 How will you pay for the upkeep of anything the grant buys once the grant has been "
        "spent? (maximum 150 words)",
        2400,
    )
    d.add_heading("Section 3: Project costs", 1)
    p("Please list each item or piece of work. Include VAT if your organisation cannot reclaim it.")
    kit.grid(d, ["Item or work", "Supplier or contractor", "Cost (£)"], 7)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from the Council (£)",
            "Your own contribution (£) and where it comes from",
            "Other funding applied for or secured (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send the following documents with your form and tick the box beside each one "
        "you have enclosed. If a document does not apply to you, leave the box empty."
    )
    kit.ticked(
        d,
        [
            "Your governing document (constitution, trust deed or articles of association)",
            "Your latest annual accounts (if your organisation has been running for less than "
            "a year, your last three months' bank statements instead)",
            "Your farm's animal health plan, drawn up with your vet in the last 12 months",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "Your safeguarding policy",
            "If you do not own the site: a copy of your lease or licence, or a letter from the "
            "landowner, showing you can use the land for at least five more years",
            "Two written quotes for any single item or piece of work costing more than £1,000",
            "For building work or new animal housing: planning permission, or the planning "
            "office's confirmation that none is needed",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign and date the form.")
    kit.ticks(
        d,
        [
            "The information in this form and the documents enclosed are correct, and I am "
            "authorised by the organisation's committee or trustees to apply.",
            "Our farm has a health and safety policy and a written risk assessment for visitors "
            "that covers the risk of infections passed from animals to people (zoonoses).",
            "Our livestock are registered, identified and moved as the law requires, and our "
            "holding is registered with the Rural Payments Agency.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Community Grants Team, Harkwood City Council, Civic Centre, Tanner Street, Harkwood "
        "HK1 4DW. Telephone 01632 960 418."
    )
    out = HERE / "harkwood-city-farm-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def carrowmead() -> None:
    d = kit.new_document(
        FIXED, "Care Farming Fund: application form", "Carrowmead Community Foundation"
    )
    p = d.add_paragraph

    def question(n: str, text: str, limit: str, height: int) -> None:
        par = p()
        par.add_run(f"{n}  {text}").bold = True
        if limit:
            p(limit).runs[0].italic = True
        _answer(d, height)

    d.add_heading("Carrowmead Community Foundation", 0)
    p("Care Farming Fund 2027: application form")
    p(
        "The Care Farming Fund supports care farms in Carrowmead and the surrounding district "
        "that offer structured, supervised farming activities as a health, social care or "
        "education service for adults who are referred to them: people living with mental ill "
        "health, dementia, learning disabilities or addiction, and people on probation. Grants "
        "are from £2,000 to £12,000 for up to two years."
    )
    p(
        "We can fund the whole cost of a project; you do not need to raise match funding. "
        "If other funders are paying for part of the work, please tell us in Part C."
    )
    p(
        "Please read the Care Farming Fund guidance before you fill in this form. Type your "
        "answers in the boxes; the boxes will grow as you type. Send the form and your "
        "documents by email to grants@carrowmeadfoundation.example.org.uk."
    )
    d.add_heading("Part A: Your organisation", 1)
    kit.details(
        d,
        [
            "A1 Name of organisation",
            "A2 Name and address of the care farm",
            "A3 Postcode",
            "A4 Contact name",
            "A5 Role",
            "A6 Telephone",
            "A7 Email",
            "A8 Registered charity or company number",
            "A9 Date the organisation was set up",
            "A10 Total income in your last financial year (£)",
        ],
    )
    p()
    kit.pairs(
        d,
        [
            (
                "A11 Has your care farm been assessed against the Care Farming Code of Practice?",
                f"{BOX} Yes   {BOX} No   {BOX} Working towards it",
            ),
        ],
    )
    p()
    d.add_heading("Part B: Your care farming service and project", 1)
    question(
        "B1",
        "Describe your care farm and the therapeutic farming activities you offer to participants.",
        "(Maximum 300 words)",
        3400,
    )
    question(
        "B2",
        "Who refers adults to your care farm (for example social prescribing link workers, "
        "community mental health teams, adult social care or the Probation Service), and how "
        "many people do you support in a typical week?",
        "(Maximum 200 words)",
        2600,
    )
    question(
        "B3",
        "What do you want the grant for? Please tell us (a) what you will do and when, and "
        "(b) what difference it will make to the people who come to the farm.",
        "(Maximum 300 words in total)",
        3400,
    )
    question(
        "B4",
        "How do you supervise participants and volunteers during farm work, including work "
        "with animals, tools and machinery?",
        "(Maximum 200 words)",
        2600,
    )
    question(
        "B5",
        "How will you know whether the project has improved participants' health and "
        "wellbeing? Tell us what you will measure and how.",
        "(Maximum 150 words)",
        2200,
    )
    question(
        "B6",
        "Is there anything else you would like us to know about your application? (optional)",
        "",
        1800,
    )
    d.add_heading("Part C: Costs and funding", 1)
    p("Please list what the grant will pay for. For a two-year grant, show each year's costs.")
    kit.grid(d, ["Item", "Year 1 (£)", "Year 2 (£)"], 6)
    p("Other funding for this project (if any)")
    kit.grid(d, ["Funder", "Amount (£)", "Secured or applied for"], 3)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount requested from the Care Farming Fund (£)",
        ],
    )
    p()
    d.add_heading("Part D: Documents to send with your application", 1)
    p("Please email these documents with your form:")
    for t in [
        "a copy of your constitution or other governing document;",
        "your most recent annual accounts. These must be independently examined if your "
        "income was over £25,000 last year; otherwise accounts signed by your treasurer or "
        "another trustee are fine;",
        "your safeguarding adults policy;",
        "a copy of your public liability insurance certificate (we expect cover of at least "
        "£5 million);",
        "a letter of support from one of the organisations that refers people to you.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    p("Please also send these if they apply to you:")
    for t in [
        "if participants will handle or care for animals, your risk assessment for zoonoses "
        "(infections that pass from animals to people);",
        "if you employ staff, your employer's liability insurance certificate;",
        "if volunteers help to supervise participants, your volunteer policy.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Part E: Declaration", 1)
    p(
        "I confirm that the information in this application is true and complete, that the "
        "organisation has an equal opportunities policy and a health and safety policy which "
        "it reviews every year, and that any grant will be used only for the project described. "
        "I agree that the Foundation may share this application with its grants panel and "
        "with the funds that support the Care Farming Fund."
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"])
    p()
    p(
        "Carrowmead Community Foundation, 3 Chapel Yard, Carrowmead CM5 8JT. Telephone "
        "01632 961 770. Registered charity number 1173390."
    )
    out = HERE / "carrowmead-care-farming-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def stannerley() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stannerley-community-farm-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Farm Small Grants 2027/28: application form")
    c.setAuthor("Stannerley Borough Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#3B6B35")

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
        room(90)  # keep a bar with what follows it
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
            x=290,
            y=state["y"] - 18,
            width=255,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
        room(14 * len(simpleSplit(label, "Helvetica-Bold", 10, w - 100)) + height + 10)
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        kw = {"maxlen": maxlen or None}  # None: no /MaxLen (reportlab's default is 100)
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
            width = 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
            if x + width > w - 40:
                state["y"] -= 20
                x = 50
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", "_").replace("/", "_"),
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
            x += width
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
    c.drawString(50, state["y"], "Stannerley Borough Council")
    state["y"] -= 22
    txt("Community Farm Small Grants 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Small grants of up to £2,000 for city farms, community farms and community growing "
        "projects that keep animals in Stannerley. The grants can pay for improvements to "
        "animal housing and welfare, biosecurity and handwashing facilities for visitors, "
        "equipment, and training for volunteers in animal care and first aid."
    )
    state["y"] -= 4
    txt(
        "Grants cover up to 90% of the cost of a project. Your group must find at least 10% of "
        "the cost itself, in cash."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with the documents listed "
        "in Part E, to communitygrants@stannerley.example.gov.uk. Questions? Ring Owen "
        "Pritchard on 01632 962 155."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("farm_address", "Address of the farm", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("cph", "County Parish Holding (CPH) number", 11)
    field("charity_no", "Charity or company number (if any)", 12)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "Community interest company", "Community group", "Other"],
    )
    radios("open_public", "Is the farm open to the public?", ["Yes", "No"])
    bar("Part B: Your project")
    field("project_title", "Project title", 100)
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("start", "Date the project will start", 10)
    bar("Part C: Tell us about the project")
    box(
        "c1",
        "C1 Tell us about your farm, the animals you keep and the people who use it. "
        "(up to 1,500 characters)",
        "C1 Tell us about your farm, the animals you keep and the people who use it.",
        1500,
        110,
    )
    box(
        "c2",
        "C2 What will the grant pay for, and why is it needed? (up to 1,800 characters)",
        "C2 What will the grant pay for, and why is it needed?",
        1800,
        120,
    )
    box(
        "c3",
        "C3 How will the project improve animal welfare, biosecurity or the safety of "
        "visitors? (up to 1,200 characters)",
        "C3 How will the project improve animal welfare, biosecurity or the safety of visitors?",
        1200,
        100,
    )
    box(
        "c4",
        "C4 Who will benefit from the project, and roughly how many people? (up to 900 characters)",
        "C4 Who will benefit from the project, and roughly how many people?",
        900,
        80,
    )
    box(
        "c5",
        "C5 If schools or other groups visit the farm, how do you make sure that visitors wash "
        "their hands and are supervised near the animals? (up to 600 characters)",
        "C5 How do you make sure that visitors wash their hands and are supervised?",
        600,
        60,
    )
    bar("Part D: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that our group has a "
        "safeguarding policy which volunteers follow, and that the grant will be spent only on "
        "the project described.",
    )
    field("signature", "Signature", 60)
    field("print_name", "Print name", 60)
    field("sig_date", "Date", 10)
    bar("Part E: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution, set of rules or other governing document")
    tick(
        "doc_accounts",
        "Your latest accounts or, if your group is less than a year old, your last two bank "
        "statements",
    )
    tick(
        "doc_insurance",
        "Your public liability insurance certificate (cover of at least £5 million)",
    )
    tick(
        "doc_cph",
        "Your CPH registration letter from the Rural Payments Agency",
    )
    tick(
        "doc_zoonoses",
        "If visitors can touch or feed animals, your zoonoses risk assessment",
    )
    state["y"] -= 6
    txt(
        "Communities Team, Stannerley Borough Council, The Guildhall, Bridge Street, Stannerley "
        "ST3 9QP. Telephone 01632 962 155.",
        9,
    )
    c.save()


def tassington() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tassington-city-and-community-farms-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("City and Community Farms Fund 2027-28: guidance notes")
    c.setAuthor("Tassington County Council")
    w, hgt = A4
    state = {"y": hgt - 70, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def furniture() -> None:
        c.setFont(font, 8)
        c.drawString(50, hgt - 36, "Tassington County Council")
        c.drawRightString(w - 50, hgt - 36, "City and Community Farms Fund 2027-28: guidance")
        c.drawCentredString(w / 2, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            furniture()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 70

    def para(t: str, size: float = 10, f: str = font, x: float = 50) -> None:
        for line in simpleSplit(t, f, size, w - x - 50):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str, size: float = 12) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, size)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def bullets(items: list[str], mark: str = "\u2022") -> None:
        for n, t in enumerate(items, 1):
            lines = simpleSplit(t, font, 10, w - 76 - 50)
            room(14 * len(lines))
            c.setFont(font, 10)
            c.drawString(62, state["y"], mark if mark != "#" else f"{n}.")
            for line in lines:
                room(14)
                c.setFont(font, 10)
                c.drawString(76, state["y"], line)
                state["y"] -= 14
            state["y"] -= 3
        state["y"] -= 4

    def table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> None:
        for i, row in enumerate(rows):
            cells = [
                simpleSplit(t, bold if i == 0 else font, 9.5, wd - 8)
                for t, wd in zip(row, widths, strict=True)
            ]
            height = 13 * max(len(x) for x in cells) + 8
            room(height)
            x = 50
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - height, wd, height, stroke=1, fill=0)
                for j, line in enumerate(lines):
                    c.setFont(bold if i == 0 else font, 9.5)
                    c.drawString(x + 4, state["y"] - 13 - 13 * j, line)
                x += wd
            state["y"] -= height
        state["y"] -= 12

    c.setFont(bold, 20)
    c.drawString(50, state["y"], "City and Community Farms Fund 2027-28")
    state["y"] -= 26
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Guidance notes for applicants")
    state["y"] -= 28
    heading("1. About the fund")
    para(
        "Tassington County Council's City and Community Farms Fund supports the county's city "
        "farms, community farms and care farms. These farms give thousands of children and "
        "adults every year the chance to meet farm animals, learn where food comes from and "
        "take part in practical work outdoors. The fund has £120,000 to award in 2027-28."
    )
    para(
        "Grants are from £2,500 to £20,000. The fund can pay for capital projects and for "
        "activities lasting up to 12 months."
    )
    heading("2. Who can apply")
    para("You can apply if your organisation:")
    bullets(
        [
            "is a registered charity, a charitable incorporated organisation, a community "
            "interest company, a community benefit society or a constituted community group;",
            "runs a city farm, community farm or care farm in Tassington that is open to the "
            "public or to referred participants for at least 100 days a year;",
            "keeps livestock on a holding registered with the Rural Payments Agency, with a "
            "County Parish Holding (CPH) number;",
            "has a management committee or board of at least three unrelated people.",
        ]
    )
    para(
        "We cannot fund individuals, commercial farms, riding schools or animal sanctuaries "
        "that are not open to the public."
    )
    heading("3. What we can fund")
    table(
        [
            ("We can fund", "We cannot fund"),
            (
                "Animal housing, fencing, handling pens and water supplies",
                "Routine vets' bills, feed, bedding and other running costs",
            ),
            (
                "Handwashing stations and other measures to protect visitors from infection",
                "Buying livestock, except rare breeds as part of a breeding programme",
            ),
            (
                "Educational visits programmes for schools and community groups",
                "Projects that have already started",
            ),
            (
                "Therapeutic farming sessions for adults referred by health or social care",
                "Staff costs that are not linked to the project",
            ),
            (
                "Accessible paths, toilets and classrooms; volunteer training",
                "Fundraising events, loan repayments or VAT you can reclaim",
            ),
        ],
        (247, 248),
    )
    heading("4. How much you will need to contribute")
    para(
        "The fund will pay up to 80% of the total cost of your project. You must find at least "
        "20% of the total cost from your own funds or from other funders. Volunteer time can "
        "count towards up to half of your contribution if you value it at £15 an hour."
    )
    heading("5. How to apply")
    para(
        "Apply using the online form at tassington.example.gov.uk/farmsfund. The form has three "
        "parts: details of your organisation and farm; seven questions about your project, "
        "each with a word limit; and a budget table. You can save a draft and return to it. If "
        "you cannot use the online form, ring us and we will send you a Word version."
    )
    heading("6. What to send with your application")
    para("All applicants must upload these documents with the online form:")
    bullets(
        [
            "your governing document (constitution, trust deed, or memorandum and articles);",
            "your accounts for the last financial year. They must be independently examined; if "
            "your annual income is under £10,000, accounts signed by your treasurer and one "
            "other committee member are fine;",
            "your farm's animal health plan, drawn up with your vet and reviewed in the last "
            "12 months;",
            "your public liability insurance certificate (see section 7);",
            "your safeguarding policy, covering children and adults at risk;",
            "evidence that you can use the site for at least five years from the date of the "
            "grant: your lease or licence, or a letter from the landowner (if you own the land, "
            "a copy of your Land Registry title).",
        ],
        mark="#",
    )
    para("Send these as well if they apply to you:")
    bullets(
        [
            "if you run educational visits for schools or other groups, your zoonoses risk "
            "assessment for visitors;",
            "if volunteers supervise visitors or referred participants, your volunteer policy;",
            "for capital projects costing more than £5,000, three written quotes;",
            "if staff or volunteers will work with children or adults at risk, a list of those "
            "people with the date of each person's enhanced DBS check.",
        ]
    )
    para(
        "Your organisation must also have an equality and diversity policy and a health and "
        "safety policy. Please do not send them: we will ask to see them if you are offered a "
        "grant."
    )
    heading("7. Insurance")
    para(
        "Every farm must hold public liability insurance with cover of at least £10 million. "
        "If you employ staff you must also hold employer's liability insurance, but you do not "
        "need to send us that certificate."
    )
    heading("8. How we assess applications")
    para("Officers score each application and a panel of councillors makes the decisions.")
    table(
        [
            ("What we look at", "Score out of"),
            ("The need for the project and the evidence for it", "25"),
            ("Benefits to local people, especially those who face barriers", "25"),
            ("Animal welfare and the safety of visitors and participants", "20"),
            ("How the project will be managed and kept going", "15"),
            ("Value for money", "15"),
        ],
        (380, 115),
    )
    heading("9. Timetable")
    table(
        [
            ("Stage", "Date"),
            ("Fund opens", "3 May 2027"),
            ("Closing date", "Friday 25 June 2027, 12 noon"),
            ("Site visits to shortlisted farms", "July 2027"),
            ("Panel decisions", "September 2027"),
            ("Grants paid", "From October 2027"),
        ],
        (300, 195),
    )
    heading("10. Frequently asked questions")
    heading("Can we apply if we had a grant from the fund last year?", 10.5)
    para(
        "Yes, if you have sent us the monitoring report for that grant. We will give priority "
        "to farms that have not had a grant before."
    )
    heading("Do we need a CPH number if we only keep poultry?", 10.5)
    para(
        "If you keep 50 or more poultry you must register them. If you keep only a few hens, "
        "tell us on the form and we will advise you."
    )
    heading("Can a care farm on a private farm apply?", 10.5)
    para(
        "Yes, if the care farming service is run on a not-for-profit basis by an eligible "
        "organisation and the landowner agrees to the project."
    )
    heading("11. Contact us")
    para(
        "Rural Communities Team, Tassington County Council, County Hall, Abbey Road, "
        "Tassington TN2 7LA. Telephone 01632 963 541. Email farmsfund@tassington.example.gov.uk."
    )
    furniture()
    c.save()


if __name__ == "__main__":
    harkwood()
    carrowmead()
    stannerley()
    tassington()
