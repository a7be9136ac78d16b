"""Build set 147's Word and PDF documents (typical refugee and asylum seeker welcome,
integration and ESOL conversation club grants: a borough council's Homes for Ukraine Community
Integration Grants application, a community foundation's ESOL and Conversation Club Fund
application, a town council's Welcome Group Small Grants form and a county council's Refugee
Resettlement Community Fund guidance notes, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus147.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def _box(d, height: int) -> None:
    """A one-cell table: the empty box under a question written as a bold paragraph."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    kit.row_height(t.rows[0], height)
    d.add_paragraph()


def cressbury() -> None:
    d = kit.new_document(
        FIXED,
        "Homes for Ukraine Community Integration Grants 2027/28: application form",
        "Cressbury Borough Council",
    )
    p = d.add_paragraph
    d.add_heading("Cressbury Borough Council", 0)
    p("Homes for Ukraine Community Integration Grants 2027/28").runs[0].bold = True
    p("Application form")
    p(
        "These grants are paid from the Council's Homes for Ukraine funding. They help "
        "community and voluntary groups in Cressbury to welcome Ukrainian guests and support "
        "the households who host them: welcome hubs, conversation cafés, English practice, "
        "orientation sessions, activities for children and young people, and support groups "
        "for hosts. Grants are from £500 to £7,500 and must be spent by 31 March 2028."
    )
    p(
        "Please read the notes on the Council's website before you fill in this form. Type "
        "your answers in the boxes and keep to the word limits. The boxes will expand as you "
        "type."
    )
    d.add_heading("Need help?", 2)
    p(
        "Call the Resettlement and Integration Team on 01632 965 210 or email "
        "ukrainegrants@cressbury.example.gov.uk. Need this form in Ukrainian, Russian or "
        "another format? Tell us and we will send you a copy."
    )
    d.add_heading("Part 1: About your organisation", 1)
    kit.details(
        d,
        [
            "Organisation name",
            "Main contact name",
            "Role in the organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Website or social media (if any)",
            "Charity, CIO or company number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Organisation type (tick one)",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
                f"{BOX} Constituted community group   {BOX} Faith organisation   "
                f"{BOX} Ukrainian community association",
            ),
            (
                "Does your organisation have a bank account in its own name that needs two "
                "people to sign?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Income in your last financial year (£)", ""),
        ],
    )
    p()
    d.add_heading("Part 2: Your project", 1)
    for text, height in [
        ("2.1 Tell us about your project. What will you do, where and when? (250 words max)", 3400),
        (
            "2.2 Who will take part? Tell us how many Ukrainian guests, hosts and other local "
            "residents you expect to reach, and how you will find them. (200 words max)",
            2800,
        ),
        (
            "2.3 How will your project help guests to settle, make friends and take part in "
            "local life? (200 words max)",
            2800,
        ),
        (
            "2.4 Will you use interpreters or bilingual volunteers? Please explain how you will "
            "make sure everyone can take part, whatever their level of English. (150 words max)",
            2200,
        ),
        (
            "2.5 How will you keep people safe, including children and adults at risk? "
            "(150 words max)",
            2200,
        ),
        (
            "2.6 What difference will the project make, and how will you know? (150 words max)",
            2200,
        ),
    ]:
        p(text).runs[0].bold = True
        _box(d, height)
    kit.pairs(
        d,
        [
            ("Number of Ukrainian guests you expect to take part", ""),
            ("Number of host households you expect to take part", ""),
            ("Project start date", ""),
            ("Project end date", ""),
        ],
    )
    p()
    d.add_heading("Part 3: Budget", 1)
    p("Please give a breakdown of the costs of your project.")
    kit.grid(d, ["Item", "Cost (£)"], 8)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Amount requested from the Council (£)", ""),
            ("Other funding for this project, if any (£)", ""),
        ],
    )
    p()
    d.add_heading("Part 4: Documents", 1)
    p(
        "Please email these documents with your form. Tick each one you are sending. We cannot "
        "assess your application without the first four."
    )
    for t in [
        "Your constitution or set of rules",
        "Your latest annual accounts. These can be accounts you have prepared yourselves, "
        "signed by your chair and treasurer",
        "A bank statement from the last three months, showing the organisation's name",
        "Your safeguarding policy, covering children and adults at risk",
        "If volunteers will visit guests in their homes or meet them one to one, your lone "
        "working policy",
        "If your project will give advice about immigration, visas or the right to stay in "
        "the UK, proof that your advisers are registered with the Office of the Immigration "
        "Services Commissioner (OISC) or work for an organisation that is exempt",
    ]:
        p(f"{BOX}  {t}")
    p()
    kit.pairs(
        d,
        [
            (
                "Do you have public liability insurance of at least £5 million?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Part 5: Declaration", 1)
    p(
        "I confirm that the information in this form is true and that I am authorised to "
        "apply for my organisation. We have a data protection policy and will handle the "
        "personal information of guests and hosts in line with it. We will not share guests' "
        "details with anyone without their consent. I understand that the Council may ask "
        "for the grant to be repaid if it is not spent on the project described."
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Resettlement and Integration Team, Cressbury Borough Council, Town Hall, Lanyard "
        "Street, Cressbury CR4 2HX. Telephone 01632 965 210."
    )
    out = HERE / "cressbury-homes-for-ukraine-community-integration-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def larkhaven() -> None:
    d = kit.new_document(
        FIXED,
        "ESOL and Conversation Club Fund 2027: application form",
        "Larkhaven Community Foundation",
    )
    p = d.add_paragraph
    d.add_heading("Larkhaven Community Foundation", 0)
    d.add_heading("ESOL and Conversation Club Fund 2027: application form", 1)
    p(
        "The ESOL and Conversation Club Fund gives grants of up to £2,500 to groups that help "
        "refugees, people seeking asylum and other newcomers to practise and improve their "
        "English. We fund conversation clubs, informal English classes led by volunteers, "
        "English practice walks and cooking sessions, and help with the costs that stop "
        "people coming, such as bus fares and childcare."
    )
    p(
        "Please answer every question. Return the form by email to "
        "esolfund@larkhavenfoundation.example.org.uk by 5pm on Thursday 30 September 2027. If "
        "you would like to talk to us first, ring Samira Holt on 01632 966 481."
    )
    d.add_heading("Section A: About your group", 2)
    kit.details(
        d,
        [
            "Name of group",
            "Contact person",
            "Address for letters (including postcode)",
            "Phone number",
            "Email address",
            "Charity number (if you have one)",
            "When was your group set up? (month and year)",
            "How many volunteers does your group have?",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Is your group led by people who have sought sanctuary themselves?",
                f"{BOX} Yes   {BOX} No   {BOX} Partly",
            ),
        ],
    )
    p()
    d.add_heading("Section B: Your conversation club", 2)
    qs = [
        (
            "B1. What will the club do, where will it meet and how often? (no more than 250 words)",
            3000,
        ),
        (
            "B2. Who will come to the club? Tell us about the languages people speak and their "
            "levels of English. (no more than 200 words)",
            2600,
        ),
        (
            "B3. How will the club link with formal ESOL classes at colleges or other "
            "providers? (no more than 150 words)",
            2000,
        ),
        (
            "B4. Who will lead the sessions, and what training will your volunteers have? (no "
            "more than 150 words)",
            2000,
        ),
        (
            "B5. How will you help people who find it hard to get to the club, for example "
            "because of childcare or the cost of travel? (no more than 150 words)",
            2000,
        ),
        (
            "B6. What do you want the club to achieve in its first year, and how will you "
            "know? Please use no more than one side of A4.",
            4800,
        ),
    ]
    t = d.add_table(rows=2 * len(qs), cols=1)
    t.style = "Table Grid"
    for n, (text, height) in enumerate(qs):
        kit.set_cell(t.rows[2 * n].cells[0], text, bold=True)
        kit.shade_cell(t.rows[2 * n].cells[0], "DEEAF6")
        kit.row_height(t.rows[2 * n + 1], height)
    p()
    kit.pairs(d, [("How many people do you expect to come to each session?", "")])
    p()
    d.add_heading("Section C: Money", 2)
    p("What will the grant pay for?")
    kit.grid(d, ["Item", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total amount requested (up to £2,500)", ""),
            ("Do you have any other funding for the club?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    p()
    d.add_heading("Section D: What to send us", 2)
    p("Please send the following with your application:")
    for t in [
        "a copy of your constitution or governing document;",
        "your most recent accounts (these can be a simple income and expenditure account "
        "signed by your treasurer);",
        "your safeguarding policy, which should cover adults at risk as well as children;",
        "your equal opportunities policy.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    p(
        "If you will run a crèche or activities for children alongside the club, please also "
        "send a list of the volunteers who will look after the children, with the dates of "
        "their enhanced DBS checks. If the club will meet in a building your group does not "
        "own, please send a letter or email from the venue confirming that you can use it "
        "for the sessions."
    )
    p(
        "Your group must have public liability insurance that covers the club's sessions. The "
        "venue's own insurance does not usually cover the activities of groups that hire it."
    )
    p(
        "Volunteers at the club must not give advice about asylum claims or immigration "
        "status. Please refer anyone who needs advice to a solicitor or an adviser registered "
        "with the OISC."
    )
    d.add_heading("Section E: Declaration", 2)
    p(
        "We confirm that the information in this application is correct, that the grant will "
        "be used only for the purposes described, and that we will send the Foundation a "
        "short report on how it was spent within 12 months. This form must be signed by two "
        "members of your committee."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["", "First signatory", "Second signatory"], strict=True):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c, "DEEAF6")
    for r, label in zip(t.rows[1:], ["Signature", "Name", "Role in group", "Date"], strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.shade_cell(r.cells[0], "DEEAF6")
        kit.row_height(r, 420)
    p()
    p(
        "Larkhaven Community Foundation, The Old Chapel, 4 Harbour Row, Larkhaven LH2 6PE. "
        "Registered charity number 1180442."
    )
    out = HERE / "larkhaven-esol-conversation-club-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def greyhallow() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "greyhallow-welcome-group-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Welcome Group Small Grants 2027/28: application form")
    c.setAuthor("Greyhallow Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#5B2C6F")

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
        kw = {"maxlen": maxlen or None}  # None: no /MaxLen (reportlab's default is 100)
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
    c.drawString(50, state["y"], "Greyhallow Town Council")
    state["y"] -= 22
    txt("Welcome Group Small Grants 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Welcome Group Small Grants help local groups to welcome refugees, people seeking "
        "asylum and Homes for Ukraine guests who have come to live in Greyhallow: welcome "
        "cafés and drop-ins, orientation walks and visits, befriending, English conversation "
        "and shared meals and celebrations. Grants are up to £2,000."
    )
    state["y"] -= 4
    txt(
        "The Council can pay up to 90% of the cost of your project. Your group must find at "
        "least 10% of the cost itself, from fundraising, donations or another funder."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "welcomegrants@greyhallow-tc.example.gov.uk by Friday 15 October 2027. For help, ring "
        "Martin Okafor, Community Development Officer, on 01632 967 134."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("role", "Role in the group", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Type of group",
        ["Registered charity", "Community group", "Faith group", "Refugee-led group", "Other"],
    )
    field("charity_no", "Charity number (if any)", 20)
    bar("Part B: Your welcome project")
    radios(
        "who",
        "Who will the project mainly help?",
        ["Refugees", "People seeking asylum", "Homes for Ukraine guests", "A mix of these"],
    )
    field("people", "How many people do you expect to take part?", 6)
    box(
        "b1",
        "B1 Describe your welcome project and what the grant will pay for. (up to 1,800 "
        "characters)",
        "B1 Describe your welcome project and what the grant will pay for.",
        1800,
        130,
    )
    box(
        "b2",
        "B2 How will people hear about the project, and which organisations will refer them "
        "to you? (up to 1,200 characters)",
        "B2 How will people hear about the project and who will refer them?",
        1200,
        100,
    )
    box(
        "b3",
        "B3 How will you make sure people who speak little English can take part? (up to 900 "
        "characters)",
        "B3 How will people who speak little English take part?",
        900,
        80,
    )
    box(
        "b4",
        "B4 How will you keep participants' personal information safe, and make sure no one "
        "in your group gives immigration advice? (up to 900 characters)",
        "B4 Personal information and immigration advice",
        900,
        80,
    )
    box(
        "b5",
        "B5 Is there anything else you would like to tell us about your project?",
        "B5 Anything else",
        0,
        80,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the project (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("own", "Amount from your group or other funders (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or set of rules")
    tick("doc_bank", "Your group's two most recent bank statements")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, showing cover of at least £2 million",
    )
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if the project includes children or adults at risk",
    )
    tick("doc_quote", "A quote for any single item costing more than £300")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this project, and that our group has a data protection policy which we will "
        "follow when we keep participants' personal information.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Greyhallow Town Council, Council Offices, 9 Abbey Walk, Greyhallow GY3 8RL. "
        "Telephone 01632 967 134.",
        9,
    )
    c.save()


def ambermoor() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ambermoor-refugee-resettlement-community-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Refugee Resettlement Community Fund 2027/28: guidance notes")
    c.setAuthor("Ambermoor County Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Ambermoor County Council: Refugee Resettlement Community Fund")
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
        state["y"] -= 20

    def bullet(t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 68 - 50)
        room(14 * len(lines))
        c.setFont(font, 10)
        c.drawString(56, state["y"], "\u2022")
        for line in lines:
            room(14)
            c.setFont(font, 10)
            c.drawString(68, state["y"], line)
            state["y"] -= 14
        state["y"] -= 2

    def numbered(n: str, t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 72 - 50)
        room(14 * len(lines))
        c.setFont(font, 10)
        c.drawString(54, state["y"], n)
        for line in lines:
            room(14)
            c.setFont(font, 10)
            c.drawString(72, state["y"], line)
            state["y"] -= 14
        state["y"] -= 3

    def table(rows: list[tuple[str, str]], widths: tuple[int, int] = (380, 115)) -> None:
        for n, row in enumerate(rows):
            room(20)
            x = 50
            for text, wd in zip(row, widths, strict=True):
                c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
                c.setFont(bold if n == 0 else font, 9.5)
                c.drawString(x + 4, state["y"] - 13, text)
                x += wd
            state["y"] -= 18
        state["y"] -= 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Ambermoor County Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Refugee Resettlement Community Fund 2027/28")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(50, state["y"], "Guidance notes for applicants")
    state["y"] -= 26
    heading("1. About the fund")
    para(
        "The Refugee Resettlement Community Fund supports community and voluntary "
        "organisations that help refugee families resettled in Ambermoor, and Homes for "
        "Ukraine guests, to feel at home and build a life here. It is paid for from the "
        "funding the Council receives from the Home Office for the UK Resettlement Scheme and "
        "the Afghan resettlement schemes. In 2027/28 we have £120,000 to give, in grants of "
        "£1,000 to £10,000 for projects lasting up to 12 months."
    )
    heading("2. Who can apply")
    para("You can apply if your organisation:")
    for t in [
        "is a registered charity, a charitable incorporated organisation (CIO), a community "
        "interest company, or a constituted voluntary or community group;",
        "has a management committee or board of at least three people who are not related;",
        "has a bank account in its own name with at least two unrelated signatories;",
        "runs the project for people living in Ambermoor.",
    ]:
        bullet(t)
    para(
        "Refugee-led groups and community associations are very welcome to apply. We cannot "
        "give grants to individuals, political parties, or organisations that want to make a "
        "profit."
    )
    heading("3. What we fund")
    para("We fund projects that help people to settle, make friends and take part, such as:")
    for t in [
        "welcome events, drop-ins and orientation sessions about local services;",
        "English conversation clubs and informal language practice alongside formal ESOL classes;",
        "befriending and mentoring schemes that match newcomers with local volunteers;",
        "sport, arts, cooking and activities for children and young people;",
        "help into volunteering, training and work;",
        "interpreters, travel costs and childcare that make it possible for people to take part.",
    ]:
        bullet(t)
    para(
        "We cannot fund: rent or deposits for individual families, cash payments to "
        "individuals, work the Council's resettlement caseworkers already provide, religious "
        "activities, or costs you have already paid."
    )
    heading("4. Immigration advice")
    para(
        "It is against the law to give immigration advice in the UK unless the adviser is "
        "registered with the Office of the Immigration Services Commissioner (OISC), or works "
        "for an organisation that is exempt, such as a solicitors' firm. Most projects we fund "
        "do not give immigration advice: they signpost people to qualified advisers. If your "
        "project will give immigration advice, you must tell us and send evidence of your "
        "registration (see section 6)."
    )
    heading("5. How to apply")
    para(
        "Apply on the Council's grants portal at grants.ambermoor.example.gov.uk. The online "
        "form asks about your organisation, your project (up to 500 words), the people who "
        "will take part (up to 300 words), how you will work with the Council's resettlement "
        "team and other partners (up to 300 words) and your costs. You can save your answers "
        "and come back to them before you submit."
    )
    heading("6. Documents we need")
    para(
        "Every applicant must upload the following documents with the online form. We will "
        "not assess applications that arrive without them."
    )
    for n, t in [
        ("1.", "Your constitution, set of rules or other governing document."),
        (
            "2.",
            "Your latest annual accounts. These should be independently examined or audited. "
            "If your annual income is less than £25,000, accounts signed by your treasurer "
            "are acceptable.",
        ),
        ("3.", "A bank statement dated within the last three months."),
        ("4.", "Your safeguarding policy, covering children and adults at risk."),
        ("5.", "Your data protection policy."),
        ("6.", "A budget for the project, on the template you can download from the portal."),
        (
            "7.",
            "A copy of your public liability insurance certificate, showing cover of at "
            "least £5 million.",
        ),
    ]:
        numbered(n, t)
    para("Some applicants must also send:")
    for n, t in [
        (
            "8.",
            "Applications for more than £5,000: a project plan showing what will happen and "
            "when, and a letter of support from a partner organisation that will refer "
            "people to your project.",
        ),
        (
            "9.",
            "Projects that will give immigration advice: a copy of your OISC registration, "
            "or evidence that your organisation is exempt.",
        ),
    ]:
        numbered(n, t)
    para(
        "Your organisation must also have an equality and diversity policy. You do not need "
        "to send it, but we may ask to see it before we pay the grant."
    )
    heading("7. Match funding")
    para(
        "We expect you to find at least 20% of the total cost of your project from elsewhere. "
        "This can be money from other funders, your own fundraising or the value of donated "
        "goods and venues."
    )
    heading("8. How we assess applications")
    para("Officers and a resettled refugee on our panel score each application:")
    table(
        [
            ("What we look at", "Score"),
            ("Need: why newcomers in your area need the project", "25"),
            ("Involvement: how refugees and guests helped to plan it", "20"),
            ("Partnership: links with the resettlement team and others", "20"),
            ("Safety: safeguarding and protecting personal information", "20"),
            ("Value for money", "15"),
        ]
    )
    heading("9. Timetable")
    table(
        [
            ("What happens", "When"),
            ("Fund opens", "6 September 2027"),
            ("Closing date", "Noon, 22 October 2027"),
            ("Panel meets", "November 2027"),
            ("Decisions sent", "By 10 December 2027"),
            ("Projects end", "By 31 December 2028"),
        ]
    )
    heading("10. Questions people often ask")
    para("Can we pay interpreters out of the grant?", 10, bold)
    para("Yes. Please show the hourly rate and number of hours in your budget.")
    para("Can we apply if we already have a grant from the Council?", 10, bold)
    para("Yes, for a different project, as long as your existing grant is being monitored.")
    para("Can we share information about families with the resettlement team?", 10, bold)
    para("Only with the family's written consent and in line with your data protection policy.")
    heading("11. Contact us")
    para(
        "Refugee Resettlement Team, Ambermoor County Council, County Hall, Mercer Way, "
        "Ambermoor AM1 3TD. Telephone 01632 968 027. Email "
        "resettlementfund@ambermoor.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    cressbury()
    larkhaven()
    greyhallow()
    ambermoor()
