"""Build set 141's Word and PDF documents (typical hospice, end-of-life care and compassionate
communities grants: a borough council public health team's Compassionate Communities Small
Grants application for bereavement cafés, an integrated care board's Compassionate Communities
Fund guidance notes, a community foundation's End of Life Befriending Fund form and a hospice's
Carers' Support Community Grants form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus141.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def amberthwaite() -> None:
    d = kit.new_document(
        FIXED,
        "Compassionate Communities Small Grants 2027/28: application form",
        "Amberthwaite Borough Council",
    )
    p = d.add_paragraph
    d.add_heading("Amberthwaite Borough Council", 0)
    p("Public Health Team")
    p("Compassionate Communities Small Grants 2027/28: application form", style="Heading 1")
    p(
        "Our Compassionate Communities Small Grants help local groups to support people who "
        "are dying, caring for someone at the end of life, or bereaved. Grants are from £300 "
        "to £3,000 for up to twelve months. We particularly welcome bereavement cafés, "
        "befriending and peer support, Death Café and Dying Matters conversations, and "
        "activities that help people plan ahead for the end of life."
    )
    p(
        "We can fund the whole cost of your project. You do not need to find match funding, "
        "but please tell us about any other funding you have."
    )
    p(
        "Please type or write in the boxes and keep to the word limits. Email the completed "
        "form and your documents to compassionatecommunities@amberthwaite.example.gov.uk by "
        "5pm on Friday 25 June 2027."
    )
    d.add_heading("Do you need this form in another format?", 2)
    p(
        "We can send it in large print or Easy Read, or take your answers over the phone. Ring "
        "Helen Osei, Public Health Improvement Officer, on 01632 960 417."
    )
    d.add_heading("Section 1: About your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Website or social media (if any)",
            "Charity, CIO or company number (if any)",
            "Total income in your last financial year (£)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity or CIO   {BOX} Community interest company   "
                f"{BOX} Constituted community group   {BOX} Faith group   {BOX} Other",
            ),
            (
                "Does your organisation have a named safeguarding lead?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(d, ["Project title"], shade=True)
    p()
    kit.question(
        d,
        "2.1 Describe your project. What will happen, where, how often and who will run it? "
        "(maximum 250 words)",
    )
    kit.question(
        d,
        "2.2 Who will the project help, and how do you know that they need it? (maximum 200 words)",
    )
    kit.question(
        d,
        "2.3 How will you recruit, train and support your volunteers? Please tell us about "
        "supervision and how volunteers can talk through difficult conversations. "
        "(maximum 200 words)",
    )
    kit.question(
        d,
        "2.4 How will you keep people safe, and how will you look after personal information "
        "about the people who come to you? (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 What difference will the project make, and how will you know? (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.6 Is there anything else you would like us to know about your project?",
        2000,
    )
    d.add_heading("Section 3: Costs", 1)
    p(
        "Please list what the grant will pay for, for example venue hire, refreshments, "
        "volunteer training, publicity and volunteers' travel expenses."
    )
    kit.grid(d, ["What the grant will pay for", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking us for (£)",
            "Other funding for the project (£) and where it comes from",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Checklist of documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your most recent annual accounts (they do not need to be audited or independently "
            "examined). If your group is less than a year old, send your last three months' "
            "bank statements instead",
            "Your safeguarding policy, covering adults at risk",
            "A copy of your public liability insurance certificate (cover of at least £5 million)",
            "If you will serve food or drink that you prepare yourselves, a food hygiene "
            "certificate for the person in charge of the food",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this form is true and that I am authorised to apply "
        "on behalf of the organisation. Our organisation has a data protection policy and "
        "keeps personal information about the people it supports safely and confidentially. "
        "We will tell the Council straight away if anything changes, and we will send a short "
        "report on how the grant was spent."
    )
    kit.ticks(
        d,
        [
            "I agree that the Council may share the information in this form with NHS "
            "Amberthwaite partners for the purpose of assessing and monitoring the grant.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Public Health Team, Amberthwaite Borough Council, Civic Centre, Foundry Street, "
        "Amberthwaite AM3 4PD. Telephone 01632 960 417."
    )
    out = HERE / "amberthwaite-compassionate-communities-small-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def brinsworthy() -> None:
    d = kit.new_document(
        FIXED,
        "Compassionate Communities Fund 2027/28: guidance notes",
        "NHS Brinsworthy Integrated Care Board",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("NHS Brinsworthy Integrated Care Board", 0)
    p("Compassionate Communities Fund 2027/28: guidance notes for applicants")
    p(
        "NHS Brinsworthy Integrated Care Board (ICB) plans and pays for health services for "
        "the people of Brinsworthy. Our palliative and end of life care strategy aims for "
        "everyone to be supported by their community as well as by services in the last year "
        "of life and after a death."
    )
    d.add_heading("1. About the fund", 1)
    p(
        "The Compassionate Communities Fund gives grants of £2,000 to £10,000 to voluntary and "
        "community organisations for projects lasting up to two years. There is £150,000 to "
        "give in 2027/28."
    )
    p("We want to fund projects that:")
    bullet("help people talk about death, dying and loss, and plan ahead for the end of life;")
    bullet("offer practical and emotional support to people who are dying and their carers;")
    bullet("support people who are bereaved, including through bereavement cafés and groups;")
    bullet(
        "reach communities that use palliative care services less, such as people from "
        "ethnic minority communities, people experiencing homelessness and people with "
        "learning disabilities."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, charitable incorporated organisation, community interest "
        "company, community benefit society or constituted community group;"
    )
    bullet("works with people living in the Brinsworthy ICB area;")
    bullet("has a management committee or board of at least three unrelated people;")
    bullet("has a bank account in the organisation's name.")
    p("We cannot fund individuals, NHS bodies, local authorities or private businesses.")
    d.add_heading("3. What we can and cannot fund", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            ("Volunteer recruitment, training and expenses", "Clinical or nursing care"),
            (
                "Supervision and support for staff and volunteers",
                "Services the NHS or council already pays for",
            ),
            ("Part of a coordinator's salary", "Buildings or capital works"),
            (
                "Venue hire, refreshments and publicity",
                "Religious activity or political campaigning",
            ),
            ("Awareness sessions and training for the public", "Costs already spent"),
        ],
    )
    d.add_heading("4. Match funding", 1)
    p(
        "Your organisation must find at least 10% of the total cost of the project from other "
        "sources. This can be your own reserves, another grant or fundraising. Volunteer time "
        "can be described in your application but does not count towards the 10%."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the ICB's grants portal at grants.brinsworthy.example.org.uk. "
        "Register your organisation first; you can save your answers and come back to them."
    )
    p("The online form asks you about:")
    kit.table(
        d,
        [
            ("Section", "What it covers", "Word limit"),
            ("A. Your organisation", "Contact details, legal status, income", "Short answers"),
            ("B. The need", "Who needs the project and the evidence for it", "300 words"),
            ("C. Your project", "What you will do, where and when", "400 words"),
            ("D. Safeguarding and volunteers", "Training, supervision and DBS checks", "250 words"),
            ("E. Outcomes", "What will change and how you will measure it", "250 words"),
            ("F. Budget", "Your costs and other funding", "Budget table"),
        ],
    )
    d.add_heading("6. Documents you will need to upload", 1)
    p("All applicants must upload:")
    bullet("your governing document (constitution, articles of association or rules);")
    bullet(
        "your latest annual accounts, signed by two trustees or committee members, or "
        "independently examined or audited if you already have them;"
    )
    bullet("a project budget, using the template on the portal;")
    bullet("your safeguarding policy, which must cover adults at risk as well as children;")
    bullet("your data protection or information governance policy.")
    p("Some applicants must also upload:")
    bullet("if your project uses volunteers, your volunteer policy;")
    bullet(
        "if staff or volunteers will visit people in their own homes, confirmation from "
        "your chair that everyone in those roles has an enhanced DBS check;"
    )
    bullet(
        "for applications over £5,000, a letter of support from a partner such as a "
        "hospice, GP practice or primary care network."
    )
    p(
        "You must also have an equality and diversity policy. You do not need to upload it, "
        "but we may ask to see it."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your organisation must hold public liability insurance with cover of at least "
        "£5 million, and employer's liability insurance if you employ staff. You do not need "
        "to upload the certificates."
    )
    d.add_heading("8. How we assess applications", 1)
    p("A panel of ICB, hospice and voluntary sector representatives will score each application:")
    kit.table(
        d,
        [
            ("Criterion", "Weighting"),
            ("Evidence of need", "25%"),
            ("Quality of the project and how it will be delivered", "25%"),
            ("Reaching communities that use services less", "20%"),
            ("Safeguarding, volunteer support and information governance", "15%"),
            ("Value for money", "15%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "3 May 2027"),
            ("Closing date", "12 noon, 30 June 2027"),
            ("Panel meets", "August 2027"),
            ("Decisions", "by 10 September 2027"),
            ("Projects start", "from October 2027"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    p("Can we apply for more than one project?", style="Heading 3")
    p("No. Each organisation can make one application in each round.")
    p("Do we need to be a registered charity?", style="Heading 3")
    p(
        "No. Constituted community groups can apply if they have a bank account and a "
        "committee of at least three people."
    )
    p("Can we pay volunteers?", style="Heading 3")
    p("We can pay volunteers' out-of-pocket expenses, such as travel, but not fees.")
    p("What if our project works with children who are bereaved?", style="Heading 3")
    p("Please talk to us first. Your safeguarding policy must then cover children too.")
    d.add_heading("11. Contact us", 1)
    p(
        "Community Partnerships Team, NHS Brinsworthy Integrated Care Board, Kingsway House, "
        "Brinsworthy BW1 2HQ. Telephone 01632 961 588. Email "
        "compassionatecommunities@brinsworthy.example.org.uk."
    )
    out = HERE / "brinsworthy-compassionate-communities-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def cresswater() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "cresswater-end-of-life-befriending-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("End of Life Befriending Fund 2027: application form")
    c.setAuthor("Cresswater Community Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#5B2A4E")

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
        c.setFillColor(plum)
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
    c.drawString(50, state["y"], "Cresswater Community Foundation")
    state["y"] -= 22
    txt("End of Life Befriending Fund 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The End of Life Befriending Fund supports charities and community groups in "
        "Cresswater whose volunteers befriend people in the last months of life, and their "
        "carers, at home, in care homes or by telephone. Grants are from £1,000 to £7,500 for "
        "up to two years, towards volunteer coordination, training, supervision and expenses."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen, save it and email it with your documents to "
        "grants@cresswatercf.example.org.uk by 16 July 2027. If you would like to talk about "
        "your idea first, ring Marcus Tennant on 01632 962 205."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("org_address", "Address", 200)
    field("org_postcode", "Postcode", 8)
    field("contact_name", "Contact name", 60)
    field("contact_role", "Position", 60)
    field("contact_phone", "Telephone", 15)
    field("contact_email", "Email", 80)
    field("reg_number", "Charity or company number (if any)", 20)
    field("income", "Income in your last financial year (£)", 12)
    radios(
        "org_type",
        "What type of organisation are you?",
        ["Registered charity", "CIO", "Community interest company", "Community group"],
    )
    bar("Part B: Your befriending project")
    field("project_name", "Name of the project", 80)
    field("amount", "Amount requested (£)", 10)
    field("total_cost", "Total cost of the project (£)", 10)
    field("start_date", "Start date", 10)
    box(
        "b1",
        "B1 Describe your befriending project: what volunteers will do, where, and how often. "
        "(up to 1,500 characters)",
        "B1 Describe your befriending project",
        1500,
        110,
    )
    box(
        "b2",
        "B2 How will you find and reach people in the last months of life, and their carers? "
        "Who will refer people to you? (up to 1,200 characters)",
        "B2 How will you find and reach people in the last months of life, and their carers?",
        1200,
        100,
    )
    box(
        "b3",
        "B3 How will you train, supervise and support your volunteers, including after the "
        "death of someone they have befriended? (up to 1,200 characters)",
        "B3 How will you train, supervise and support your volunteers?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 How will you keep the people you befriend safe, and how will you record and "
        "protect their personal information? (up to 900 characters)",
        "B4 How will you keep people safe and protect their personal information?",
        900,
        80,
    )
    box(
        "b5",
        "B5 What difference will the project make, and how will you measure it? "
        "(up to 900 characters)",
        "B5 What difference will the project make, and how will you measure it?",
        900,
        80,
    )
    box(
        "b6",
        "B6 Is there anything else you would like to tell us?",
        "B6 Anything else you would like to tell us",
        0,
        70,
    )
    radios(
        "home_visits",
        "Will volunteers visit people in their own homes?",
        ["Yes", "No"],
    )
    radios(
        "dbs",
        "Will every volunteer who befriends have an enhanced DBS check before they start?",
        ["Yes", "No", "Not yet decided"],
    )
    bar("Part C: Documents")
    txt(
        "Please send these with your form: your governing document; your most recent annual "
        "accounts (accounts signed by your treasurer are fine, unless your income is over "
        "£250,000, when they must be independently examined or audited); your safeguarding "
        "policy, which must cover adults at risk; and your volunteer policy or volunteer "
        "handbook. If volunteers will visit people in their own homes, please also send your "
        "lone working policy."
    )
    state["y"] -= 4
    txt("Tick each document you have attached.")
    state["y"] -= 4
    tick("doc_governing", "Governing document")
    tick("doc_accounts", "Annual accounts")
    tick("doc_safeguarding", "Safeguarding policy")
    tick("doc_volunteer", "Volunteer policy or handbook")
    tick("doc_lone", "Lone working policy (if volunteers visit people at home)")
    bar("Part D: Declaration")
    tick(
        "decl_true",
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation.",
    )
    tick(
        "decl_insurance",
        "Our organisation holds public liability insurance with cover of at least £5 million.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Cresswater Community Foundation, 2 Chapel Yard, Cresswater CW5 8LT. Telephone "
        "01632 962 205. Registered charity number 1179364.",
        9,
    )
    c.save()


def halbury() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "halbury-hospice-carers-support-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Carers' Support Community Grants: application form")
    c.setAuthor("Halbury Hospice")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Halbury Hospice: Carers' Support Community Grants")
        c.drawRightString(w - 50, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 10, f: str = font, x: float = 50) -> None:
        for line in simpleSplit(t, f, size, w - x - 50):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, 12)
        c.drawString(50, state["y"], t)
        c.line(50, state["y"] - 4, w - 50, state["y"] - 4)
        state["y"] -= 22

    def item(n: str, label: str) -> None:
        """A numbered label with a drawn box beside it (invisible to text extraction)."""
        lines = simpleSplit(label, font, 10, 190)
        room(12 * len(lines) + 16)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 12 * i, line)
        c.rect(276, state["y"] - 20, w - 50 - 276, 20, stroke=1, fill=0)
        state["y"] -= max(26, 12 * len(lines) + 16)

    def choice(n: str, label: str, options: list[str]) -> None:
        lines = simpleSplit(label, font, 10, 190)
        room(12 * len(lines) + 16)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 12 * i, line)
        x = 276
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 16
        state["y"] -= max(26, 12 * len(lines) + 16)

    def question(n: str, text: str, height: int) -> None:
        room(14 * len(simpleSplit(text, bold, 10, w - 76 - 50)) + height + 10)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 10, w - 76 - 50):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        room(height + 6)
        c.rect(76, state["y"] - height, w - 50 - 76, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Halbury Hospice")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Carers' Support Community Grants: application form")
    state["y"] -= 24
    para(
        "Halbury Hospice cares for people with life-limiting illnesses across Halbury and the "
        "surrounding villages. Through our Carers' Support Community Grants we help local "
        "groups to support family members and friends who care for someone at the end of life, "
        "and carers after the person they cared for has died. Grants are from £500 to £4,000."
    )
    para(
        "We can pay for things such as carers' drop-in sessions and peer support groups, "
        "sitting services so that carers can take a break, training for volunteers, and "
        "activities for former carers. We expect your group to put in at least 20% of the "
        "cost of the project, in cash or from other grants."
    )
    para(
        "Please write your answers in the boxes, keeping to the word limits, and post or "
        "email the form to the Community Team at the address on the last page by "
        "Monday 13 September 2027. For help with your application, ring Aisling Mayhew on "
        "01632 963 740."
    )
    heading("Part 1: About your group")
    item("1.1", "Name of group")
    item("1.2", "Address for correspondence")
    item("1.3", "Postcode")
    item("1.4", "Name of contact")
    item("1.5", "Position in the group")
    item("1.6", "Telephone")
    item("1.7", "Email")
    item("1.8", "Registered charity number (if any)")
    item("1.9", "How many carers does the group support each year?")
    choice("1.10", "Does the group have a written constitution?", ["Yes", "No"])
    heading("Part 2: Your project")
    question(
        "2.1",
        "Tell us about your group: when it started, what it does and who runs it. "
        "(no more than 150 words)",
        90,
    )
    question(
        "2.2",
        "Describe the support for carers that the grant will pay for. (no more than 300 words)",
        150,
    )
    question(
        "2.3",
        "How will carers of people at the end of life, and bereaved carers, find out about "
        "the support? (no more than 150 words)",
        90,
    )
    question(
        "2.4",
        "How will you make sure that the people running the support are trained, supervised "
        "and looked after themselves? (no more than 200 words)",
        110,
    )
    question(
        "2.5",
        "Please set out your plan for the project: the main activities, when they will happen "
        "and how you will check that they are working. (no more than one side of A4)",
        220,
    )
    heading("Part 3: Costs")
    para("Please list what the grant will pay for.")
    widths = (345, 150)
    rows = [("Item or activity", "Cost (£)")] + [("", "")] * 6
    for row in rows:
        room(20)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold, 10)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 14
    item("3.1", "Total cost of the project (£)")
    item("3.2", "Grant requested (£)")
    item("3.3", "Your group's own contribution (£)")
    item("3.4", "Other grants applied for or received (£)")
    heading("Part 4: Documents")
    para("Please send the following with your application:")
    for t in [
        "1.  your group's constitution or set of rules;",
        "2.  your latest annual accounts, or an income and expenditure statement for your last "
        "financial year, signed by your treasurer;",
        "3.  a bank statement for the group's account dated within the last three months;",
        "4.  your safeguarding policy, which should cover adults at risk;",
        "5.  if your group employs staff, a copy of your employer's liability insurance "
        "certificate;",
        "6.  if your group works with young carers (under 18), evidence that the people who "
        "lead sessions have an enhanced DBS check.",
    ]:
        para(t, x=62)
    para(
        "Your group must hold public liability insurance with cover of at least £2 million. "
        "You do not need to send us the certificate."
    )
    heading("Part 5: Declaration")
    para(
        "I confirm that the information in this form is correct and that the group's "
        "committee supports this application. The group has a data protection policy and "
        "will keep information about carers confidential. I understand that the grant must "
        "be spent on the project described and that the Hospice may ask for it back if it is "
        "not."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Assessed by: ____________",
        9,
    )
    para(
        "Community Team, Halbury Hospice, Orchard Lane, Halbury HB6 2QW. Telephone "
        "01632 963 740. Email communitygrants@halburyhospice.example.org.uk. Registered "
        "charity number 1093385.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    amberthwaite()
    brinsworthy()
    cresswater()
    halbury()
