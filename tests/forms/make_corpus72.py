"""Build set 72's Word and PDF documents (typical cost of living and food poverty grants:
warm spaces, food banks and pantries, fuel poverty advice, community kitchens and school
holiday food, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus72.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 9, 0, 0)
BOX = "\u2610"


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def _question_rows(d, header: tuple[str, str], rows: list[str], height: int = 2600) -> None:
    """A two-column question table: the question on the left, an empty answer cell beside it."""
    t = d.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], header[0], bold=True)
    kit.set_cell(t.rows[0].cells[1], header[1], bold=True)
    for r, text in zip(t.rows[1:], rows, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.row_height(r, height)
    d.add_paragraph()


def eldercombe() -> None:
    d = kit.new_document(
        FIXED, "Warm Spaces Grant 2026/27: application form", "Eldercombe District Council"
    )
    d.add_heading("Eldercombe District Council", 0)
    d.add_heading("Warm Spaces Grant 2026/27: application form", 1)
    d.add_paragraph(
        "Grants of up to £1,500 are available to community groups, charities and faith groups "
        "in Eldercombe district to open a free, warm and welcoming space this winter, between "
        "1 December 2026 and 31 March 2027. We can fund the whole cost of your warm space; you "
        "do not need to find match funding."
    )
    d.add_paragraph(
        "This is a quick application. We will decide within 10 working days of receiving a "
        "complete form. Please email your form and documents to "
        "warmspaces@eldercombe.example.gov.uk. Applications close at noon on Friday 15 "
        "January 2027, or earlier if the fund is fully committed."
    )
    d.add_heading("Section 1: About your organisation", 2)
    _details(
        d,
        [
            "Name of organisation",
            "Main contact name",
            "Role in organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Registered charity or company number (if any)",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Your organisation is a (please tick one)", bold=True)
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Registered charity   {BOX} Community interest company   "
        f"{BOX} Constituted community group   {BOX} Faith group   {BOX} Other",
    )
    d.add_heading("Section 2: Your warm space", 2)
    _details(
        d,
        [
            "Name and address of the venue",
            "Opening days and times",
            "Date the warm space will open",
            "Date the warm space will close",
            "Number of visitors expected each week",
        ],
    )
    d.add_paragraph()
    _question_rows(
        d,
        ("Question", "Your answer"),
        [
            "2.1 Tell us about your warm space and what you will offer people who visit, for "
            "example hot drinks, food, activities or somewhere to charge a phone. "
            "(no more than 250 words)",
            "2.2 Who do you expect to use the warm space, and how will you let them know "
            "about it? (no more than 200 words)",
            "2.3 How will you make sure the space is welcoming and accessible to everyone, "
            "including disabled people and families with young children? "
            "(no more than 150 words)",
            "2.4 How will you help visitors find other support, such as debt advice, energy "
            "advice or the Household Support Fund? (no more than 100 words)",
            "2.5 How will you know your warm space has made a difference? (no more than 150 words)",
        ],
    )
    d.add_heading("Section 3: Costs", 2)
    d.add_paragraph(
        "Please list what the grant will pay for, for example heating and lighting, venue "
        "hire, refreshments, volunteer expenses or publicity."
    )
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Item", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Cost (£)", bold=True)
    kit.set_cell(t.rows[6].cells[0], "Total", bold=True)
    d.add_paragraph()
    _details(d, ["Total cost of the warm space (£)", "Amount requested (£, up to £1,500)"])
    d.add_heading("Section 4: Checklist", 2)
    d.add_paragraph("Please send these with your form. Tick each one you have attached.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Attached", bold=True)
    docs = [
        "A copy of your constitution or governing document",
        "Your latest annual accounts or income and expenditure statement (signed by your "
        "treasurer is fine)",
        "A bank statement from the last three months showing the organisation's name",
        "A copy of the public liability insurance certificate for the warm space (minimum "
        "cover £5 million)",
        "Your safeguarding policy",
        "If you will serve food prepared on site: your food business registration or food "
        "hygiene rating",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section 5: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information in this form is true, that I am authorised to apply "
        "on behalf of the organisation, and that the grant will be used only for the warm "
        "space described. I agree to send a short end of grant report by 30 April 2027 and "
        "to return any money not spent."
    )
    _details(d, ["Signature", "Name (in capitals)", "Position", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "Eldercombe District Council, Community Development Team, Council Offices, Station "
        "Road, Eldercombe EC4 2LP. Telephone 01632 960 552. "
        "www.eldercombe.example.gov.uk/warmspaces"
    )
    out = HERE / "eldercombe-warm-spaces-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hobbswick() -> None:
    d = kit.new_document(
        FIXED,
        "Community Food Fund: guidance notes for applicants",
        "Hobbswick Community Foundation",
    )
    d.add_heading("Hobbswick Community Foundation", 0)
    d.add_heading("Community Food Fund 2027: guidance notes for applicants", 1)

    def p(t: str) -> None:
        d.add_paragraph(t)

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("About the fund", 2)
    p(
        "More families in Hobbswick and the surrounding villages are finding it hard to afford "
        "food. The Community Food Fund gives grants to local groups that help people get "
        "enough good food and that help them move on from needing emergency food. The fund "
        "is supported by local businesses, Hobbswick Borough Council and donations from the "
        "public."
    )
    p("Please read these notes before you apply. They explain:")
    for t in (
        "what we fund and what we do not fund;",
        "who can apply and how much you can ask for;",
        "what you need to send with your application;",
        "how we make decisions and what happens if you get a grant.",
    ):
        b(t)
    d.add_heading("What we fund", 2)
    p("We fund projects that tackle food poverty, for example:")
    for t in (
        "food banks, including the cost of storage, transport and volunteer expenses;",
        "community pantries, social supermarkets and community fridges;",
        "community kitchens and shared meals, such as lunch clubs and pay-as-you-feel cafés;",
        "food and activities for children in the school holidays;",
        "cooking skills sessions and help with budgeting;",
        "small equipment such as fridges, freezers, shelving and cookers.",
    ):
        b(t)
    p(
        "We particularly welcome projects that offer more than food: for example, advice on "
        "benefits, debt or energy bills, or a friendly place to meet other people."
    )
    d.add_heading("What we do not fund", 2)
    for t in (
        "individuals;",
        "projects that have already started or costs you have already paid;",
        "religious or political activities (faith groups are welcome to apply for projects "
        "open to everyone);",
        "general appeals or fundraising events;",
        "building works or vehicles.",
    ):
        b(t)
    d.add_heading("Who can apply", 2)
    p(
        "Registered charities, community interest companies, constituted voluntary and "
        "community groups, and churches and other faith groups working in the borough of "
        "Hobbswick. Your organisation must have a bank account in its own name with at least "
        "two unrelated people who sign or approve payments."
    )
    p(
        "Groups with an annual income of more than £250,000 can apply only in partnership "
        "with a smaller local group."
    )
    d.add_heading("How much you can apply for", 2)
    p(
        "You can apply for between £500 and £5,000. We will fund up to 80% of the total cost "
        "of your project, so you will need to find at least 20% from other sources, such as "
        "your own funds, other grants or donations. Volunteer time cannot be counted."
    )
    p("Your project should be completed within 12 months of the grant being awarded.")
    d.add_heading("How to apply", 2)
    p(
        "Apply online at www.hobbswickfoundation.example.org.uk/food. You can save your "
        "application and come back to it. The form asks you about your organisation, what "
        "your project will do, who it will help and how, how you know it is needed, and how "
        "you will measure the difference it makes, and what each part of the project will cost. "
        "If you "
        "cannot apply online, call us and we will send you a paper form."
    )
    d.add_heading("What you need to send", 2)
    p("Every applicant must upload:")
    for t in (
        "your constitution, memorandum and articles of association or other governing document;",
        "your most recent annual accounts: if your income is over £25,000 these must be "
        "independently examined or audited; if it is less, accounts signed by your treasurer "
        "are fine;",
        "a bank statement from the last three months, showing your organisation's name and "
        "address;",
        "your safeguarding policy.",
    ):
        b(t)
    p("You may also need to send:")
    for t in (
        "if you are asking for equipment costing more than £1,000: two written quotes;",
        "if your project involves cooking or preparing food: a food hygiene certificate "
        "(Level 2 Food Safety and Hygiene or equivalent) for the person who will lead it;",
        "if volunteers will deliver food to people's homes: your volunteer policy.",
    ):
        b(t)
    d.add_heading("Policies and insurance", 2)
    p(
        "You must have an equal opportunities policy. You do not need to send it with your "
        "application, but we may ask to see it."
    )
    p(
        "Your organisation must hold public liability insurance with cover of at least £5 "
        "million. You do not need to send us the certificate."
    )
    p(
        "If you store or give out food, you should be registered as a food business with "
        "Hobbswick Borough Council's Environmental Health team. Food banks that only hand out "
        "packaged food with a long shelf life may not need to register; ask Environmental "
        "Health if you are not sure."
    )
    d.add_heading("How we decide", 2)
    p(
        "A panel of local people and Foundation trustees meets every six weeks. We look at "
        "how well your project meets the aims of the fund, whether it is needed, how it will "
        "treat people with dignity, and whether it is good value for money. We may call you "
        "to talk about your application."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Closing date", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Panel meets", bold=True)
    for r, (a, b2) in zip(
        t.rows[1:],
        (
            ("15 January 2027", "11 February 2027"),
            ("5 March 2027", "1 April 2027"),
            ("16 April 2027", "13 May 2027"),
        ),
        strict=True,
    ):
        kit.set_cell(r.cells[0], a)
        kit.set_cell(r.cells[1], b2)
    d.add_paragraph()
    d.add_heading("If you get a grant", 2)
    p(
        "We will send you a grant offer letter with our terms and conditions. You will need "
        "to sign and return it before we pay the grant. We pay the whole grant in advance by "
        "bank transfer. Within two months of the end of the project you must send us a short "
        "report on what you did, with receipts for any item costing more than £250."
    )
    p(
        "Please acknowledge Hobbswick Community Foundation's support in your publicity, and "
        "send us a photo or story we can share if you can."
    )
    d.add_heading("Contact us", 2)
    p(
        "Grants Team, Hobbswick Community Foundation, 14 Market Street, Hobbswick HB2 3RF. "
        "Telephone 01632 960 771. Email grants@hobbswickfoundation.example.org.uk"
    )
    p("Registered charity number 1234567.")
    out = HERE / "hobbswick-community-food-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def kestlemoor() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kestlemoor-fuel-poverty-energy-advice-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Fuel Poverty and Energy Advice Community Grant: application form")
    c.setAuthor("Kestlemoor County Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}

    def room(need: float) -> None:
        if state["y"] - need < 60:
            c.showPage()
            state["y"] = hgt - 60

    def txt(t: str, size: float = 10, font: str = "Helvetica") -> None:
        for line in simpleSplit(t, font, size, w - 100):
            room(14)
            c.setFont(font, size)
            c.drawString(50, state["y"], line)
            state["y"] -= 14

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 8
        txt(t, 12, "Helvetica-Bold")
        state["y"] -= 4

    def field(name: str, label: str, tip: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        # reportlab writes /MaxLen 100 unless told None: no limit means no /MaxLen at all
        kw = {"maxlen": maxlen or None}
        form.textfield(
            name=name,
            tooltip=tip,
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
        # reportlab writes /MaxLen 100 unless told None: no limit means no /MaxLen at all
        kw = {"maxlen": maxlen or None}
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

    def tick(name: str, label: str, tip: str) -> None:
        lines = simpleSplit(label, "Helvetica", 10, w - 130)
        room(14 * len(lines) + 8)
        form.checkbox(
            name=name,
            tooltip=tip,
            x=50,
            y=state["y"] - 12,
            size=11,
            borderColor=black,
            fillColor=white,
        )
        c.setFont("Helvetica", 10)
        for line in lines:
            c.drawString(70, state["y"] - 10, line)
            state["y"] -= 14
        state["y"] -= 6

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Kestlemoor County Council")
    state["y"] -= 22
    txt(
        "Fuel Poverty and Energy Advice Community Grant 2027: application form",
        13,
        "Helvetica-Bold",
    )
    state["y"] -= 4
    txt(
        "Grants of £1,000 to £7,500 for voluntary and community organisations that help "
        "households in Kestlemoor keep warm, reduce their energy bills and deal with energy "
        "debt. The Council will fund up to 90% of the cost of a project; you must find at "
        "least 10% from other sources or your own funds."
    )
    txt(
        "Please fill in this form on screen, save it and email it with your documents to "
        "energygrants@kestlemoor.example.gov.uk. The boxes will not accept more than the "
        "number of characters shown (spaces count as characters)."
    )
    heading("Section A: Your organisation")
    field("org_name", "Name of organisation", "Name of organisation")
    field("contact_name", "Contact name", "Contact name")
    field("contact_position", "Position", "Position in organisation")
    field("address", "Address", "Address")
    field("postcode", "Postcode", "Postcode", 8)
    field("phone", "Telephone", "Telephone", 15)
    field("email", "Email", "Email")
    field("charity_no", "Charity or company number", "Charity or company number", 10)
    heading("Section B: Your project")
    field("project_title", "Project title", "Project title", 80)
    field("start_date", "Start date", "Project start date (DD/MM/YYYY)", 10)
    field("end_date", "End date", "Project end date (DD/MM/YYYY)", 10)
    field("households", "Number of households you will help", "Number of households", 5)
    box(
        "b1_project",
        "B1. Describe your project and the activities the grant will pay for. "
        "(maximum 1,800 characters)",
        "B1 Describe your project and the activities the grant will pay for",
        1800,
        150,
    )
    box(
        "b2_fuel_poverty",
        "B2. How will your project help households in fuel poverty keep warm and reduce "
        "their energy bills? (maximum 1,500 characters)",
        "B2 How will your project help households in fuel poverty",
        1500,
        130,
    )
    box(
        "b3_reach",
        "B3. How will you reach the households most at risk, such as older people, disabled "
        "people, people with long-term health conditions and families with young children? "
        "(maximum 1,200 characters)",
        "B3 How will you reach the households most at risk",
        1200,
        110,
    )
    room(40)
    c.setFont("Helvetica", 10)
    c.drawString(
        50, state["y"] - 12, "Do your advisers hold a recognised energy advice qualification?"
    )
    for i, v in enumerate(("Yes", "No")):
        form.radio(
            name="qualified",
            tooltip="Do your advisers hold a recognised energy advice qualification?",
            value=v,
            selected=False,
            x=400 + i * 60,
            y=state["y"] - 16,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
        )
        c.drawString(416 + i * 60, state["y"] - 12, v)
    state["y"] -= 30
    box(
        "b4_quality",
        "B4. Tell us how you will make sure the advice you give is accurate and up to date, "
        "including any training for staff and volunteers. (maximum 900 characters)",
        "B4 How you will make sure the advice is accurate",
        900,
        90,
    )
    box(
        "b5_difference",
        "B5. How will you measure the difference your project makes? (maximum 900 characters)",
        "B5 How will you measure the difference",
        900,
        90,
    )
    box(
        "b6_other",
        "B6. Is there anything else you would like to tell us about your project?",
        "B6 Anything else",
        0,
        80,
    )
    heading("Section C: Costs")
    field("total_cost", "Total cost of the project (£)", "Total cost of the project", 9)
    field("amount", "Amount requested (£1,000 to £7,500)", "Amount requested", 9)
    heading("Section D: Documents")
    txt("Please email these with your form, and tick each one you are sending:")
    tick("doc_governing", "Your constitution or other governing document", "Governing document")
    tick(
        "doc_accounts",
        "Your most recent independently examined or audited accounts",
        "Accounts",
    )
    tick("doc_budget", "A detailed budget for the project", "Project budget")
    tick(
        "doc_safeguarding",
        "If you will work with adults at risk or with children: your safeguarding policy",
        "Safeguarding policy",
    )
    tick(
        "doc_lone_working",
        "If staff or volunteers will visit people in their homes: your lone working policy",
        "Lone working policy",
    )
    txt(
        "Your organisation must hold public liability insurance with cover of at least "
        "£10 million. We do not need a copy of the certificate."
    )
    heading("Section E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to "
        "apply for the organisation and that we will use the grant only for the project "
        "described.",
        "Declaration",
    )
    field("signature", "Signature (type your name)", "Signature")
    field("print_name", "Name", "Name of person signing")
    field("sign_position", "Position", "Position of person signing")
    field("sign_date", "Date", "Date signed", 10)
    c.save()


def pennyfold() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pennyfold-holiday-food-and-activities-grant-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("School Holiday Food and Activities Grants 2027: guidance for providers")
    c.setAuthor("Pennyfold City Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Pennyfold City Council - School Holiday Food and Activities Grants 2027 - "
            f"page {state['page']}",
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
        room(45)
        state["y"] -= 6
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 168)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(84, state["y"], "\u2022")
            c.drawString(96, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Pennyfold City Council")
    state["y"] -= 26
    para("School Holiday Food and Activities Grants 2027", 14, "Helvetica-Bold")
    para("Guidance for providers: Easter, summer and Christmas holidays", 12, "Helvetica-Bold")
    head("1. About the programme")
    para(
        "During the school holidays some children in Pennyfold go without a healthy meal and "
        "miss out on the activities other children enjoy. Pennyfold City Council's School "
        "Holiday Food and Activities programme funds local providers to run free holiday "
        "clubs that give children a healthy meal and a fun, active day."
    )
    para(
        "The programme is funded by the Department for Education's Holiday Activities and "
        "Food programme and by the Council. This guidance explains who can apply to deliver "
        "it in 2027, what we expect from providers, how much we pay and how to apply."
    )
    head("2. Who the programme is for")
    para(
        "Places are for children and young people aged 5 to 16 (up to 25 for those with "
        "special educational needs and disabilities) who live in or go to school in "
        "Pennyfold and who receive benefits-related free school meals. Providers may also "
        "offer up to 15% of their places to other children the Council or a school refers, "
        "for example young carers or children known to social care."
    )
    head("3. Who can apply")
    para("We welcome applications from:")
    for t in (
        "charities, community groups and faith groups;",
        "schools and academies;",
        "sports clubs and leisure providers;",
        "childcare providers, holiday clubs and other businesses.",
    ):
        bullet(t)
    para(
        "You must have at least one year's experience of running activities for children, "
        "or be able to show how you will work with an experienced partner."
    )
    head("4. What every holiday club must offer")
    para("Each session must last at least four hours and must include:")
    for t in (
        "at least one hot or cold meal that meets the School Food Standards, with drinking "
        "water available at all times;",
        "fun and enriching activities, such as sport, arts and crafts, music, drama or trips;",
        "at least one hour of physical activity;",
        "some food education, for example cooking or growing food, for children and, where "
        "you can, their families;",
        "information for families about other help, such as the Council's Household Support "
        "Fund, debt advice and free school meals.",
    ):
        bullet(t)
    para(
        "Meals must cater for children with allergies and special diets, and for cultural "
        "and religious needs. Food must be prepared in a kitchen registered with a local "
        "authority as a food business."
    )
    head("5. How much we pay")
    para(
        "We pay £24 per child per day for a four-hour session, including the meal. For "
        "children with special educational needs and disabilities who need one-to-one "
        "support we pay an extra £30 per child per day."
    )
    para(
        "The grant can cover the full cost of the places you offer to eligible children; you "
        "do not need to find match funding. You may charge families of other children for "
        "places, but not families of eligible children."
    )
    para("We pay 50% of the grant before each holiday and the rest after you send your data.")
    head("6. How to apply")
    para(
        "Apply through the Council's online grants portal at "
        "www.pennyfold.example.gov.uk/holidayclubs. One application covers all three holidays. "
        "The portal asks about your organisation, your experience of working with children, "
        "the sessions you will run in each holiday, your menus, how you will reach eligible "
        "families and how you will keep children safe. You can save a draft and come back to "
        "it."
    )
    para("The portal opens on 4 January 2027 and closes at 5pm on 5 February 2027.")
    head("7. What you need to upload")
    para("Every provider must upload:")
    for t in (
        "your safeguarding and child protection policy, including the name of your "
        "designated safeguarding lead;",
        "your health and safety policy;",
        "a copy of your public liability insurance certificate, with cover of at least £5 million;",
        "your latest annual accounts (these do not need to be audited);",
        "a sample menu for one week, showing the meals and snacks you will serve;",
        "proof that the kitchen you will use is registered as a food business, such as its "
        "food hygiene rating certificate.",
    ):
        bullet(t)
    para("Some providers must also upload:")
    for t in (
        "if you employ staff: your employer's liability insurance certificate;",
        "if you will take children on trips away from your venue: a risk assessment for each trip.",
    ):
        bullet(t)
    head("8. Policies and checks")
    para(
        "All providers must have an equality and diversity policy; you will be asked to "
        "confirm this on the application, and you do not need to upload it. Everyone who "
        "works with children must have an enhanced DBS check with a check of the children's "
        "barred list, renewed at least every three years. You will be asked to confirm this "
        "too."
    )
    para(
        "Providers registered with Ofsted must give their registration number. Providers "
        "that are not registered must still meet the safeguarding standards in Appendix A of "
        "the provider handbook."
    )
    head("9. How we assess applications")
    para("A panel of Council officers and a head teacher scores each application on:")
    for t in (
        "the quality of the activities and the food (30%);",
        "safeguarding and keeping children safe (30%);",
        "how you will reach eligible children and families (25%);",
        "value for money (15%).",
    ):
        bullet(t)
    para(
        "We may visit your venue before we make a decision. We aim to tell you the result "
        "by 5 March 2027."
    )
    head("10. If you are funded")
    para("You will need to:")
    for t in (
        "sign a funding agreement;",
        "record each child's attendance and send the data to us within two weeks of the end "
        "of each holiday;",
        "allow Council officers to visit sessions without notice;",
        "take part in training on food, safeguarding and inclusion if we ask you to;",
        "tell us at once about any serious incident or safeguarding concern.",
    ):
        bullet(t)
    head("11. Contact")
    para(
        "Holiday Programme Team, Pennyfold City Council, Civic Centre, Pennyfold PF1 1AA. "
        "Email holidayclubs@pennyfold.example.gov.uk, telephone 01632 960 249."
    )
    folio()
    c.save()


if __name__ == "__main__":
    eldercombe()
    hobbswick()
    kestlemoor()
    pennyfold()
