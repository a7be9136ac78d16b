"""Build set 81's Word and PDF documents (typical children's holiday, education and libraries
funding: a holiday activities and food programme provider form, schools and community project
grant guidance, a reading fund's fillable form and a library fund's guidance).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus81.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.shade_cell(r.cells[0])
        kit.row_height(r, 420)
    d.add_paragraph()


def _ticks(d, label: str, options: str) -> None:
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], label, bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.set_cell(t.rows[0].cells[1], options)
    d.add_paragraph()


def _question(d, text: str, height: int = 3000) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def sallowbury() -> None:
    d = kit.new_document(
        FIXED,
        "Holiday Activities and Food Programme 2027: provider application form",
        "Sallowbury County Council",
    )
    p = d.add_paragraph
    d.add_heading("Sallowbury County Council", 0)
    d.add_heading("Holiday Activities and Food (HAF) Programme 2027", 1)
    p("Provider application form: Easter, Summer and Christmas 2027")
    p(
        "The Holiday Activities and Food (HAF) Programme is funded by the Department for "
        "Education and run in Sallowbury by the County Council. It gives children and young "
        "people aged 5 to 16 who receive benefits-related free school meals free places at "
        "holiday clubs, with enriching activities and a healthy meal every day. We are looking "
        "for schools, voluntary and community organisations, sports clubs, childcare providers "
        "and other organisations to run HAF clubs across the county in 2027."
    )
    p(
        "HAF funding pays the full cost of each funded place, so you do not need to find match "
        "funding. Clubs must run for at least four hours a day, four days a week, for four "
        "weeks in the summer holiday and for four days at Easter and at Christmas."
    )
    p(
        "Please read the HAF Provider Guidance 2027 before you fill in this form. Complete "
        "every section, type your answers into the boxes (they will expand as you type) and "
        "keep to the word limits. Email the form and your supporting documents to "
        "haf@sallowbury.example.gov.uk by 5pm on Friday 22 January 2027. If you have any "
        "questions, call the HAF team on 01632 960 418."
    )
    d.add_heading("Section 1: About your organisation", 2)
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
            "Registered charity or company number (if applicable)",
            "Ofsted registration number (if registered)",
        ],
    )
    _ticks(
        d,
        "Type of organisation (tick one)",
        f"{BOX} School or academy   {BOX} Registered charity   {BOX} Community group   "
        f"{BOX} Sports club   {BOX} Childcare provider   {BOX} Business   {BOX} Other",
    )
    _ticks(
        d,
        "Is your provision registered with Ofsted? (tick one)",
        f"{BOX} Yes, Early Years Register   {BOX} Yes, Childcare Register   {BOX} No",
    )
    d.add_heading("Section 2: Your holiday club", 2)
    _details(
        d,
        [
            "2.1 Name of your holiday club",
            "2.2 Venue address and postcode",
            "2.3 Age range of children (for example 5 to 11)",
            "2.4 Number of funded places you can offer each day",
        ],
    )
    _ticks(
        d,
        "2.5 Which holiday periods are you applying for? (tick all that apply)",
        f"{BOX} Easter 2027   {BOX} Summer 2027   {BOX} Christmas 2027",
    )
    _question(
        d,
        "2.6 Describe the activities you will offer and how a typical day at your club will "
        "run. (max 400 words)",
        3600,
    )
    _question(
        d,
        "2.7 How will you provide a healthy meal every day that meets the School Food "
        "Standards? Tell us who will prepare the food and where. (max 300 words)",
    )
    _question(
        d,
        "2.8 How will you include nutrition and food education for children and, where "
        "possible, their parents and carers? (max 200 words)",
        2400,
    )
    _question(
        d,
        "2.9 How will you reach children who receive benefits-related free school meals, and "
        "how will you make your club accessible to children with special educational needs "
        "and disabilities (SEND)? (max 300 words)",
    )
    d.add_heading("Section 3: Safeguarding and staffing", 2)
    _question(
        d,
        "3.1 Describe your safeguarding arrangements, including who your Designated "
        "Safeguarding Lead is and what safeguarding training your staff and volunteers have "
        "had. (max 300 words)",
    )
    _details(d, ["3.2 Staff to child ratio at each session (for example 1:8)"])
    _ticks(
        d,
        "3.3 Do all staff and volunteers who will work with children hold an enhanced DBS check?",
        f"{BOX} Yes   {BOX} No",
    )
    d.add_heading("Section 4: Costs", 2)
    _details(
        d,
        ["4.1 Cost per child per day (£)", "4.2 Total HAF funding requested (£)"],
    )
    p("4.3 Please give a breakdown of your costs.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for c, h in zip(
        t.rows[0].cells, ["Item (staff, food, venue, activities, other)", "Cost (£)"], strict=True
    ):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c)
    for r in t.rows[1:]:
        kit.row_height(r, 380)
    d.add_paragraph()
    _question(
        d,
        "4.4 Explain how you have worked out your costs and how your club will offer good "
        "value for money. (max 200 words)",
        2400,
    )
    d.add_heading("Section 5: Supporting documents", 2)
    p(
        "Please send these documents with your application. We cannot assess your "
        "application until we have them all."
    )
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed (tick)", bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.shade_cell(t.rows[0].cells[1])
    docs = [
        "Your safeguarding and child protection policy",
        "Your health and safety policy",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
        "Your latest annual accounts or, if your organisation is less than a year old, your "
        "last three months' bank statements",
        "If you will prepare food on site: your food hygiene rating certificate or the Level 2 "
        "Food Safety and Hygiene certificates of the staff who will prepare food",
        "If your provision is registered with Ofsted: your Ofsted registration certificate",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()
    d.add_heading("Section 6: Declaration", 2)
    p(
        "I confirm that the information in this application is correct, that the "
        "organisation will meet the HAF Programme standards set out in the Provider Guidance, "
        "and that I am authorised to sign on behalf of the organisation. I understand that the "
        "County Council may visit the club without notice."
    )
    _details(d, ["Signature", "Name", "Position", "Date"])
    p(
        "Sallowbury County Council will use the information you give us to assess your "
        "application and to manage the HAF Programme. Read our privacy notice at "
        "www.sallowbury.example.gov.uk/privacy."
    )
    out = HERE / "sallowbury-haf-provider-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def haddenfold() -> None:
    d = kit.new_document(
        FIXED,
        "Schools and Community Partnership Grants 2027 to 2028: guidance notes",
        "Haddenfold Borough Council",
    )
    p = d.add_paragraph

    def bullet(text: str) -> None:
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("Haddenfold Borough Council", 0)
    d.add_heading("Schools and Community Partnership Grants 2027 to 2028", 1)
    p("Guidance notes for applicants. Please read these notes before you apply.")
    d.add_heading("1. About the grants", 2)
    p(
        "Haddenfold Borough Council's Schools and Community Partnership Grants help schools "
        "and local community groups work together on projects that benefit children, young "
        "people and the wider community. Projects might open up a school's grounds or "
        "buildings to local people, bring families into school through shared activities, or "
        "take learning out of the classroom into the community."
    )
    p(
        "We have £60,000 to give out in 2027 to 2028. Grants are between £500 and £5,000. "
        "The fund is managed by the Council's Communities and Partnerships team."
    )
    d.add_heading("2. Who can apply", 2)
    p(
        "Applications must come from a voluntary or community organisation working in "
        "partnership with at least one school in the borough. This includes:"
    )
    bullet("parent teacher associations (PTAs) and friends' groups of a school;")
    bullet("constituted community groups and voluntary organisations;")
    bullet(
        "registered charities, charitable incorporated organisations and community "
        "interest companies;"
    )
    bullet("sports clubs, youth groups and uniformed groups.")
    p(
        "Schools and academies cannot apply directly, but the partner school must support the "
        "application. Your organisation must have a constitution or set of rules, a bank "
        "account in its own name with at least two unrelated signatories, and a safeguarding "
        "policy."
    )
    d.add_heading("3. What we will fund", 2)
    p("We will consider projects such as:")
    bullet("community gardens, growing areas and outdoor classrooms shared with local people;")
    bullet("after-school and holiday activities open to children from the wider community;")
    bullet("family learning, reading and homework clubs;")
    bullet("equipment for activities that the community will also use;")
    bullet("intergenerational projects bringing pupils and older residents together.")
    d.add_heading("4. What we will not fund", 2)
    bullet(
        "anything a school has a statutory duty to provide, such as teaching staff or the "
        "national curriculum;"
    )
    bullet("projects that benefit only the pupils of one school;")
    bullet("building maintenance and repairs;")
    bullet("trips abroad, or activities that have already taken place;")
    bullet("political or religious activity.")
    d.add_heading("5. Match funding", 2)
    p(
        "You must find at least 25% of the total cost of your project from other sources. "
        "This can include money from the school's own budget, your organisation's funds, "
        "other grants or fundraising. We cannot count volunteer time or donated items as match "
        "funding."
    )
    d.add_heading("6. How to apply", 2)
    p(
        "Apply online at www.haddenfold.example.gov.uk/partnershipgrants. You can save your "
        "application and come back to it. If you cannot apply online, call us on 01632 960 "
        "593 and we will send you a paper form."
    )
    p(
        "The online form asks these questions. We have given them here so that you can "
        "prepare your answers before you start."
    )
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Question", "Word limit"),
        (
            "Tell us about your organisation and the school or schools you will work with.",
            "200 words",
        ),
        ("Describe your project and what the grant will pay for.", "300 words"),
        ("How will the project benefit both the school and the wider community?", "250 words"),
        (
            "How have pupils, parents and local people been involved in planning the project?",
            "200 words",
        ),
        ("How will the project continue after the grant has been spent?", "150 words"),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=r is t.rows[0])
        kit.set_cell(r.cells[1], b, bold=r is t.rows[0])
        if r is t.rows[0]:
            kit.shade_cell(r.cells[0])
            kit.shade_cell(r.cells[1])
    d.add_paragraph()
    d.add_heading("7. What you need to send", 2)
    p("Every applicant must upload these documents with the online form:")
    bullet("your constitution, set of rules or other governing document;")
    bullet(
        "your most recent annual accounts, signed by your treasurer or independently "
        "examined (they do not need to be audited);"
    )
    bullet("a bank statement for your organisation's account dated within the last three months;")
    bullet("a letter of support from the headteacher or chair of governors of your partner school;")
    bullet("your safeguarding policy.")
    p("Some applicants must also send:")
    bullet("if you are buying equipment costing more than £1,000: two written quotes;")
    bullet(
        "if your project involves any work on school land or buildings (for example "
        "planting, fencing or a shelter): written permission from the landowner or the "
        "school's governing body."
    )
    p(
        "Your organisation must hold public liability insurance with cover of at least £5 "
        "million for the activities you run. You do not need to send your insurance "
        "certificate, but we may ask to see it before we pay the grant."
    )
    d.add_heading("8. How we decide", 2)
    p("Officers score every eligible application against these criteria:")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    crit = [
        ("Criterion", "Weighting"),
        ("Benefit to the wider community, not only pupils", "35%"),
        ("Evidence of need and local involvement", "25%"),
        ("Strength of the partnership with the school", "20%"),
        ("Value for money and plans for the future", "20%"),
    ]
    for r, (a, b) in zip(t.rows, crit, strict=True):
        kit.set_cell(r.cells[0], a, bold=r is t.rows[0])
        kit.set_cell(r.cells[1], b, bold=r is t.rows[0])
    d.add_paragraph()
    p(
        "A panel of three councillors makes the final decision. We will tell you the result "
        "by email within eight weeks of the closing date."
    )
    d.add_heading("9. Key dates", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    dates = [
        ("Round", "Closing date"),
        ("Round 1", "Friday 30 April 2027"),
        ("Round 2", "Friday 29 October 2027"),
        ("Decisions", "Within eight weeks of each closing date"),
    ]
    for r, (a, b) in zip(t.rows, dates, strict=True):
        kit.set_cell(r.cells[0], a, bold=r is t.rows[0])
        kit.set_cell(r.cells[1], b, bold=r is t.rows[0])
    d.add_paragraph()
    d.add_heading("10. If you are awarded a grant", 2)
    p(
        "You will be asked to sign a grant agreement. We pay the grant in one payment by bank "
        "transfer. You must spend it within 12 months and send us a short end-of-project "
        "report with photographs and receipts for everything you bought. Please acknowledge "
        "the Council's support in your publicity."
    )
    d.add_heading("11. Contact us", 2)
    p(
        "Communities and Partnerships Team, Haddenfold Borough Council, Town Hall, Market "
        "Square, Haddenfold HD4 1AA. Telephone 01632 960 593. Email "
        "partnershipgrants@haddenfold.example.gov.uk."
    )
    out = HERE / "haddenfold-schools-community-partnership-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def merebeck() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "merebeck-reading-together-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Reading Together Fund: application form")
    c.setAuthor("Merebeck Community Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#00616F")

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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 130) -> None:
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
    c.drawString(50, state["y"], "Merebeck Community Foundation")
    state["y"] -= 22
    txt("Reading Together Fund: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Reading Together Fund gives grants of up to £2,000 to community groups, "
        "libraries' friends groups, parent teacher associations and charities for projects "
        "that help children and young people aged 0 to 16 in Merebeck to read for pleasure. "
        "We fund book clubs, story and rhyme sessions, reading volunteers, family reading "
        "events, book gifting and reading spaces."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen, save it and email it to "
        "grants@merebeckcf.example.org.uk. The boxes have character limits (spaces count as "
        "characters). Closing date: 26 March 2027."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation")
    field("address", "Address")
    field("postcode", "Postcode", 8)
    field("contact_name", "Contact name")
    field("position", "Position in organisation")
    field("telephone", "Telephone", 15)
    field("email", "Email")
    field("charity_no", "Charity number (if registered)", 10)
    radios(
        "org_type",
        "Type of organisation",
        ["Community group", "Registered charity", "PTA or friends group", "CIC", "Other"],
    )
    box(
        "q1_organisation",
        "1. Tell us about your organisation and what it does (up to 1,000 characters)",
        "Tell us about your organisation and what it does",
        1000,
        100,
    )
    bar("Section 2: Your reading project")
    field("project_title", "Project title")
    box(
        "q2_project",
        "2. Describe your project, who it is for and what the grant will pay for (up to "
        "2,000 characters)",
        "Describe your project, who it is for and what the grant will pay for",
        2000,
        170,
    )
    box(
        "q3_reading",
        "3. How will the project help children and young people to read more often, or to "
        "enjoy reading more? (up to 1,500 characters)",
        "How will the project help children and young people to read more often, or to enjoy "
        "reading more?",
        1500,
    )
    box(
        "q4_difference",
        "4. How will you know what difference the project has made? (up to 1,200 characters)",
        "How will you know what difference the project has made?",
        1200,
        110,
    )
    radios(
        "school_library",
        "Will the project take place in a school or a library?",
        ["Yes", "No"],
    )
    field("start_date", "Project start date", 10)
    field("end_date", "Project end date", 10)
    bar("Section 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("amount_requested", "Amount requested from the Fund (£)", 10)
    bar("Section 4: Documents checklist")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or set of rules")
    tick(
        "doc_accounts",
        "Your latest annual accounts or, if your group is less than a year old, your last "
        "three bank statements",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_letter",
        "A letter from the school or library, if your project will take place in a school or "
        "a library",
    )
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information on this form is correct and that any grant will be "
        "used only for the project described. Our group checks that everyone working with "
        "children has had an appropriate DBS check.",
    )
    field("signature", "Signature (type your name)")
    field("print_name", "Name in capitals")
    field("sign_date", "Date", 10)
    c.save()


def wrenscombe() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wrenscombe-library-community-projects-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Library Community Projects Fund: guidance notes")
    c.setAuthor("Wrenscombe County Council Libraries")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Wrenscombe Libraries - Library Community Projects Fund - guidance notes 2027 to "
            f"2028 - page {state['page']}",
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

    def table(rows: list[tuple[str, str]], widths: tuple[int, int]) -> None:
        for n, row in enumerate(rows):
            font = "Helvetica-Bold" if n == 0 else "Helvetica"
            cells = [simpleSplit(t, font, 9.5, wd - 8) for t, wd in zip(row, widths, strict=True)]
            need = 13 * max(len(x) for x in cells) + 6
            room(need)
            x = 72
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - need + 10, wd, need, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(font, 9.5)
                    c.drawString(x + 4, state["y"] - 13 * i, line)
                x += wd
            state["y"] -= need
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Wrenscombe County Council Libraries")
    state["y"] -= 30
    para("Library Community Projects Fund", 15, "Helvetica-Bold")
    para("Guidance notes for applicants, 2027 to 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. About the fund")
    para(
        "Wrenscombe's 24 libraries are at the heart of their communities. The Library "
        "Community Projects Fund helps local groups run activities in and with their library "
        "that encourage children, young people and families to read, learn and take part. "
        "It is funded by Wrenscombe County Council and managed by the Libraries and "
        "Information Service."
    )
    para(
        "Grants are from £250 to £3,000. There is £45,000 in the fund for 2027 to 2028, "
        "offered in two rounds."
    )
    head("2. Who can apply")
    bullet("Friends of library groups;")
    bullet("community-managed libraries in the Wrenscombe Community Libraries Network;")
    bullet(
        "voluntary and community groups, charities and community interest companies "
        "that will run their project in, or in partnership with, a Wrenscombe library;"
    )
    bullet(
        "parent teacher associations, pre-schools and toddler groups working with their "
        "local library."
    )
    para(
        "We cannot fund individuals, businesses, schools directly, or groups whose main "
        "purpose is political or religious."
    )
    head("3. What we fund")
    para("Examples of projects we would like to support:")
    bullet("story times, rhyme times and baby bounce sessions;")
    bullet("reading groups and book clubs for children, teenagers or families;")
    bullet("volunteers to support the Summer Reading Challenge;")
    bullet("homework clubs and coding or digital skills clubs;")
    bullet("author visits, reading festivals and holiday activities in the library;")
    bullet("books, games and equipment for these activities.")
    para(
        "We will not fund staff posts that last beyond the project, building works or "
        "activities that have already happened."
    )
    head("4. Match funding")
    para(
        "We ask you to find at least 10% of the total cost of your project from elsewhere. "
        "This can be your own funds, another grant or money raised locally."
    )
    head("5. How to apply")
    para(
        "Download the application form from www.wrenscombe.example.gov.uk/librarygrants, or "
        "ask for a copy at any library. Fill it in and email it with your documents to "
        "librarygrants@wrenscombe.example.gov.uk, or hand it in at your library in an "
        "envelope marked 'Library Community Projects Fund'."
    )
    para(
        "Before you apply, talk to the manager of the library you want to work with. They "
        "can help you plan your project and check that the library has room for it."
    )
    head("6. Documents you must send")
    para("Every applicant must send:")
    bullet("a copy of your constitution or set of rules;")
    bullet(
        "your latest accounts, or an income and expenditure statement for the last year "
        "approved at your annual general meeting;"
    )
    bullet("your safeguarding policy, covering children and adults at risk;")
    bullet(
        "a copy of your public liability insurance certificate showing cover of at least "
        "£2 million;"
    )
    bullet("a letter or email of support from the manager of the library you will work with.")
    para("Some applicants must also send:")
    bullet(
        "if paid staff or sessional workers will work with children: evidence that they "
        "have an enhanced DBS check (a list of names and certificate dates is enough);"
    )
    bullet(
        "if you will serve food other than pre-packed snacks: a Level 2 food hygiene "
        "certificate for the person in charge of the food."
    )
    para(
        "We cannot assess your application until we have all the documents that apply to "
        "you. If you are not sure whether a document applies to you, please ask us."
    )
    head("7. How we assess applications")
    table(
        [
            ("What we look at", "What we want to see"),
            ("Need", "Evidence that local children and families want or need the activity."),
            (
                "Reading and learning",
                "Clear ways the project will get children and families reading or learning.",
            ),
            (
                "Working with the library",
                "The library manager supports the project and it fits the library's plans.",
            ),
            ("Reaching people", "Plans to reach families who do not usually use the library."),
            ("Value for money", "Realistic costs and at least 10% found from elsewhere."),
        ],
        (150, 301),
    )
    para(
        "A panel of library managers and a councillor meets after each closing date. We aim "
        "to tell you our decision within six weeks."
    )
    head("8. Dates")
    table(
        [
            ("Round", "Closing date"),
            ("Round 1", "Friday 12 March 2027"),
            ("Round 2", "Friday 10 September 2027"),
        ],
        (150, 301),
    )
    head("9. If your application is successful")
    para(
        "We will send you a grant offer letter. Once you have signed and returned it we will "
        "pay the grant into your group's bank account. Please mention Wrenscombe Libraries in "
        "your publicity and send us a short report, with photographs if you can, within two "
        "months of the end of the project, saying how many people took part and what "
        "difference it made."
    )
    head("10. Contact us")
    para(
        "Library Community Projects Fund, Wrenscombe Libraries and Information Service, "
        "County Hall, Wrenscombe WR1 2QS. Telephone 01632 960 274. Email "
        "librarygrants@wrenscombe.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    sallowbury()
    haddenfold()
    merebeck()
    wrenscombe()
