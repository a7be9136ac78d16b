"""Build set 119's Word and PDF documents (typical road safety, active travel and community
cycling grants: a district council's Active Travel Community Grant application, a county
council's Road Safety Community Fund guidance notes, a town council's Community Cycling Grant
form as a fillable PDF and a borough council's School Streets Fund form printed to a text PDF,
written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus119.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def tuxworth() -> None:
    d = kit.new_document(
        FIXED,
        "Active Travel Community Grant 2027/28: application form",
        "Tuxworth District Council",
    )
    p = d.add_paragraph
    d.add_heading("Tuxworth District Council", 0)
    p("Active Travel Community Grant 2027/28: application form")
    p(
        "The Active Travel Community Grant helps community groups, charities and parish and "
        "town councils in Tuxworth District to get more people walking, wheeling and cycling "
        "for short everyday journeys. Grants of £500 to £5,000 can pay for things such as bike "
        "maintenance sessions, led rides and walks, walking and cycling maps, adapted cycles "
        "and cycle parking at community buildings."
    )
    p(
        "The grant can pay up to 75% of the total cost of your project. The remaining 25% must "
        "come from your own funds or from another funder."
    )
    p(
        "Please read the Active Travel Community Grant guidance before you fill in this form. "
        "Type your answers in the boxes and keep to the word limits: we will not read beyond "
        "them. Email the completed form and your documents to "
        "activetravel@tuxworth.example.gov.uk by 12 noon on Monday 7 June 2027."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "Our Active Travel Officer is happy to talk through your idea before you apply. Call "
        "01632 960 274 or email the address above. We can also send this form in large print."
    )
    d.add_heading("Section A: About your organisation", 1)
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
            "Website (if you have one)",
            "Charity or company number (if you have one)",
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
                f"{BOX} Constituted community group   {BOX} Parish or town council",
            ),
            ("Date your organisation was set up", ""),
            ("Income in your last financial year (£)", ""),
            ("Is your organisation run entirely by volunteers?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    p()
    d.add_heading("Section B: Your project", 1)
    kit.details(
        d,
        [
            "Project name",
            "Start date",
            "End date",
            "Ward or village where the project will take place",
            "Number of people you expect to take part",
        ],
        shade=True,
    )
    p()
    kit.question(
        d,
        "B1 Describe your project and what you will do with the grant. (max 300 words)",
    )
    kit.question(
        d,
        "B2 Why is the project needed? Please tell us what local people have said and any "
        "other evidence you have. (max 250 words)",
    )
    kit.question(
        d,
        "B3 How will the project help more people to walk, wheel or cycle for everyday "
        "journeys such as to work, school or the shops? (max 250 words)",
    )
    kit.question(
        d,
        "B4 Who will take part, and how will you reach people who do not usually walk or "
        "cycle, such as disabled people, older people or people on low incomes? "
        "(max 200 words)",
        2600,
    )
    kit.question(d, "B5 How will you keep participants safe? (max 150 words)", 2000)
    kit.question(d, "B6 How will you know that the project has worked? (max 150 words)", 2000)
    kit.question(
        d,
        "B7 What will happen to the project when the grant has been spent? (max 100 words)",
        1600,
    )
    kit.question(
        d,
        "B8 Is there anything else you would like to tell us about your project?",
        1600,
    )
    d.add_heading("Section C: Project costs", 1)
    p("Please list each item the grant will pay for, with the supplier if you know it.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 7)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from Tuxworth District Council (£)",
            "Amount from your own funds or other funders (at least 25%) (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section D: Documents checklist", 1)
    p("Please tick each document you are sending with this form.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document (parish and town "
            "councils do not need to send this)",
            "Your most recent annual accounts, signed by your treasurer or chair. Groups less "
            "than a year old can send their last three months' bank statements instead.",
            "A copy of your public liability insurance certificate (cover of at least £5 million)",
            "If your project involves children, young people or adults at risk: your "
            "safeguarding policy",
            "Written quotes for any single item costing more than £1,000",
            "If you are installing cycle parking or anything else on land or buildings you do "
            "not own: the owner's written permission",
            "If your project includes led rides or cycle training: copies of your ride "
            "leaders' or instructors' qualifications",
        ],
    )
    d.add_heading("Section E: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. I understand that the grant must "
        "be spent on the project described, that any money not spent by 31 March 2028 must be "
        "returned, and that the Council may publish the name of our organisation and the "
        "amount of any grant awarded."
    )
    p("Please tick each statement to confirm it.")
    kit.ticks(
        d,
        [
            "Our organisation has an equal opportunities policy, and the project will be open "
            "to everyone.",
            "We will send the Council a short report and photographs within three months of "
            "the project ending.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Active Travel Team, Tuxworth District Council, Council Offices, Mill Road, Tuxworth "
        "TX2 5LP. Telephone 01632 960 274.",
    )
    out = HERE / "tuxworth-active-travel-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def bransgill() -> None:
    d = kit.new_document(
        FIXED, "Road Safety Community Fund: guidance notes 2027-28", "Bransgill County Council"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Bransgill County Council", 0)
    p("Road Safety Community Fund: guidance notes for applicants, 2027-28")
    d.add_heading("1. Introduction", 1)
    p(
        "Speeding traffic and unsafe crossings are among the concerns residents raise with us "
        "most often. The Road Safety Community Fund gives grants of £250 to £8,000 to parish "
        "and town councils and community groups in Bransgill that want to make their roads "
        "safer for everyone, especially people walking, cycling and riding horses."
    )
    p(
        "These notes explain who can apply, what the fund will and will not pay for, what "
        "you need to send and how we make our decisions. Please read them before you start "
        "your application."
    )
    d.add_heading("2. Who can apply?", 1)
    bullet("parish and town councils and parish meetings in the county of Bransgill;")
    bullet("Community Speedwatch groups registered with Bransgill Police;")
    bullet(
        "constituted community groups, residents' associations and parent-teacher "
        "associations, with the support of their parish or town council."
    )
    p(
        "Schools cannot apply directly, but a parent-teacher association can apply for a "
        "project at its school."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can fund:")
    bullet(
        "Community Speedwatch equipment: speed detection devices, tripods, high-visibility "
        "clothing and 'Community Speedwatch in operation' signs;"
    )
    bullet(
        "vehicle-activated signs (VAS) and their posts, where our Highways team agrees the "
        "location;"
    )
    bullet("gateway features, village signs and '20's plenty' campaign materials;")
    bullet(
        "road safety education, such as pedestrian skills sessions for young children, "
        "motorcycle awareness days and older drivers' refresher sessions."
    )
    p("We cannot fund:")
    bullet(
        "changes to the road itself, such as speed humps, crossings or new speed limits: "
        "please report these to Highways, who will assess them;"
    )
    bullet("enforcement, which is a matter for the police;")
    bullet("anything you have already bought or ordered.")
    d.add_heading("4. How much you can apply for", 1)
    p(
        "You can apply for between £250 and £8,000. You must contribute at least 10% of the "
        "total cost of the project in cash. This can come from your own funds, the parish "
        "precept or another grant. Volunteers' time is welcome but cannot be counted towards "
        "your 10%."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online at www.bransgill.example.gov.uk/roadsafetyfund. You can save your "
        "application and return to it later. If you cannot apply online, ring us and we will "
        "post you a paper form. The online form has five parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length of answers"),
            ("1", "About your council or group, and your contact details", "Short answers"),
            ("2", "The road safety problem and the evidence for it", "Up to 400 words"),
            ("3", "What you will do and how it will help", "Up to 400 words"),
            ("4", "Costs and your 10% contribution", "Budget table"),
            ("5", "Documents and declaration", "Uploads and tick boxes"),
        ],
    )
    d.add_heading("6. What you need to send", 1)
    p(
        "Please upload these documents at the end of the online form. The table shows who "
        "needs to send each one."
    )
    kit.table(
        d,
        [
            ("Document", "Who needs to send it"),
            (
                "Your latest annual accounts. They do not need to be audited, but they must be "
                "signed by two members of your committee. Parish and town councils can send "
                "Section 2 of their Annual Governance and Accountability Return.",
                "All applicants",
            ),
            (
                "A bank statement dated within the last three months, in the name of your "
                "council or group",
                "All applicants",
            ),
            (
                "Your constitution or set of rules",
                "Community groups and parent-teacher associations (not parish or town councils)",
            ),
            (
                "A letter from your parish or town council supporting the project",
                "Community groups, Speedwatch groups and parent-teacher associations",
            ),
            (
                "The letter or email from Bransgill Police confirming that your group is "
                "registered with the Community Speedwatch scheme",
                "Community Speedwatch groups only",
            ),
            (
                "Written agreement from our Highways team to the location of each sign",
                "Applications for vehicle-activated signs",
            ),
            ("Two written quotes", "For any item costing more than £1,000"),
            (
                "Your safeguarding policy",
                "If your project involves working with children, for example pedestrian "
                "skills sessions",
            ),
        ],
    )
    p(
        "Every applicant must also have a health and safety policy that covers activity at the "
        "roadside. You do not need to send it, but we may ask to see it."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "All applicants must hold public liability insurance with cover of at least £5 "
        "million. You will be asked to confirm this in Part 5 of the online form; you do not "
        "need to send the certificate."
    )
    d.add_heading("8. How we decide", 1)
    p(
        "Applications are scored by officers from our Road Safety and Highways teams, and "
        "the Road Safety Community Fund panel makes the final decisions."
    )
    kit.table(
        d,
        [
            ("What we look at", "Weighting"),
            ("Evidence of the road safety problem", "30%"),
            ("How well the project will reduce the risk", "30%"),
            ("Community support and involvement", "25%"),
            ("Value for money", "15%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Decision by"),
            ("Spring", "Friday 30 April 2027", "Friday 2 July 2027"),
            ("Autumn", "Friday 1 October 2027", "Friday 10 December 2027"),
        ],
    )
    p("Grants must be spent within 12 months of the offer letter.")
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("Can we apply for a vehicle-activated sign that moves between sites?", 3)
    p(
        "Yes. Mobile signs are often better value. Highways must agree each site before the "
        "sign is used there."
    )
    d.add_heading("Who owns the equipment?", 3)
    p(
        "Your council or group owns it and is responsible for maintaining and insuring it. "
        "Vehicle-activated signs on the highway need a licence from Highways, which is free."
    )
    d.add_heading("Can our 10% come from another county council grant?", 3)
    p("Yes, as long as that grant is not also paying for the same items.")
    d.add_heading("We were turned down last year. Can we apply again?", 3)
    p("Yes. Please talk to us first so that we can explain what would make a stronger bid.")
    d.add_heading("11. Contact us", 1)
    p(
        "Road Safety Team, Bransgill County Council, County Hall, Market Street, Bransgill "
        "BG1 3RS. Telephone 01632 962 815. Email roadsafetyfund@bransgill.example.gov.uk."
    )
    out = HERE / "bransgill-road-safety-community-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def sparrowby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "sparrowby-community-cycling-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Cycling Grants 2027: application form")
    c.setAuthor("Sparrowby Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#2E6B30")

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
            x=300,
            y=state["y"] - 18,
            width=245,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 110) -> None:
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
    c.drawString(50, state["y"], "Sparrowby Town Council")
    state["y"] -= 22
    txt("Community Cycling Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Community Cycling Grants of up to £1,500 help voluntary groups in Sparrowby to get "
        "more people on bikes: community bike repair workshops, bike libraries and loan "
        "schemes, led rides and cycle skills sessions. The Town Council can fund up to 70% "
        "of the cost of your project; the remaining 30% must come from your own funds or "
        "other grants."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Some answer boxes stop when you reach the "
        "limit. Save the form and email it with your documents to "
        "grants@sparrowby-tc.example.gov.uk. The Town Clerk, Ruth Acaster, is happy to help: "
        "telephone 01632 963 118."
    )
    bar("Part 1: About your group")
    field("org_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or registration number (if any)", 20)
    radios(
        "group_type",
        "Type of group",
        ["Voluntary or community group", "Charity or CIO", "Social enterprise", "School or PTA"],
    )
    radios(
        "before",
        "Has your group had a grant from Sparrowby Town Council before?",
        ["Yes", "No"],
    )
    bar("Part 2: Your project")
    field("project", "Project name", 60)
    field("people", "Number of people you expect to take part", 6)
    field("start", "Start date", 10)
    txt("What kind of project is it? Tick all that apply.", 10, "Helvetica-Bold")
    state["y"] -= 4
    tick("kind_repair", "Bike repair workshop or Dr Bike sessions")
    tick("kind_library", "Bike library or loan scheme")
    tick("kind_rides", "Led rides")
    tick("kind_skills", "Cycle skills or confidence sessions")
    tick("kind_other", "Something else")
    state["y"] -= 6
    box(
        "q1",
        "Q1 Tell us about your project: what will you do, where and when? (max. 1,200 characters)",
        "Q1 Tell us about your project: what will you do, where and when?",
        1200,
        110,
    )
    box(
        "q2",
        "Q2 Why is the project needed in Sparrowby? (max. 900 characters)",
        "Q2 Why is the project needed in Sparrowby?",
        900,
        90,
    )
    box(
        "q3",
        "Q3 How will you reach people who do not cycle at the moment?",
        "Q3 How will you reach people who do not cycle at the moment?",
        900,
        90,
    )
    box(
        "q4",
        "Q4 How will you look after the bikes, tools and equipment the grant buys? "
        "(about 100 words)",
        "Q4 How will you look after the bikes, tools and equipment?",
        0,
        80,
    )
    box(
        "q5",
        "Q5 How will you keep people safe at your rides or sessions? (max. 600 characters)",
        "Q5 How will you keep people safe at your rides or sessions?",
        600,
        70,
    )
    box(
        "q6",
        "Q6 Is there anything else you would like us to know?",
        "Q6 Anything else you would like us to know",
        0,
        70,
    )
    bar("Part 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("other_money", "Money from your group or other funders (£)", 10)
    bar("Part 4: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_rules", "Your constitution or other governing document")
    tick(
        "doc_accounts",
        "Your latest accounts, signed by your treasurer (new groups without accounts: your "
        "last two bank statements instead)",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate (cover of at least £5 million)",
    )
    tick("doc_quotes", "Quotes for any bike, tool or piece of equipment costing over £250")
    tick(
        "doc_instructors",
        "If you will run cycle skills sessions: your instructors' National Standard "
        "instructor certificates",
    )
    bar("Part 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "for the group and that the grant will be spent only on the project described.",
    )
    tick(
        "health_safety",
        "Our group has a health and safety policy and will carry out a risk assessment "
        "before each ride or session.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Sparrowby Town Council, The Town Hall, Bridge Street, Sparrowby SY6 2HD. "
        "Telephone 01632 963 118.",
        9,
    )
    c.save()


def ockendale() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ockendale-school-streets-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("School Streets Fund 2027: application form")
    c.setAuthor("Ockendale Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Ockendale Borough Council: School Streets Fund 2027")
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
        room(110)
        state["y"] -= 6
        c.setFont(bold, 12)
        c.drawString(50, state["y"], t)
        c.line(50, state["y"] - 4, w - 50, state["y"] - 4)
        state["y"] -= 22

    def blank(n: str, label: str) -> None:
        """A numbered label followed by an underscore blank."""
        room(22)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        c.drawString(76, state["y"] - 13, label)
        x = 76 + c.stringWidth(label, font, 10) + 6
        n_us = int((w - 50 - x) / c.stringWidth("_", font, 10))
        c.drawString(x, state["y"] - 13, "_" * n_us)
        state["y"] -= 22

    def choice(n: str, label: str, options: list[str]) -> None:
        room(26)
        c.setFont(font, 10)
        if n:
            c.drawString(50, state["y"] - 13, n)
        c.drawString(76, state["y"] - 13, label)
        x = 76 + c.stringWidth(label, font, 10) + 14
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 18
        state["y"] -= 24

    def question(n: str, text: str, lines: int) -> None:
        """A bold question followed by ruled lines to write on."""
        wrapped = simpleSplit(text, bold, 10, w - 76 - 50)
        room(14 * len(wrapped) + 20 * lines + 10)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in wrapped:
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        for _ in range(lines):
            state["y"] -= 20
            room(4)
            c.line(76, state["y"], w - 50, state["y"])
        state["y"] -= 16

    def tickline(text: str) -> None:
        wrapped = simpleSplit(text, font, 10, w - 96 - 50)
        room(14 * len(wrapped) + 6)
        c.rect(76, state["y"] - 11, 10, 10, stroke=1, fill=0)
        for line in wrapped:
            c.setFont(font, 10)
            c.drawString(96, state["y"] - 9, line)
            state["y"] -= 14
        state["y"] -= 6

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Ockendale Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "School Streets Fund 2027: application form")
    state["y"] -= 24
    para(
        "A school street closes the road outside a school to through traffic for a short time "
        "at the start and end of the school day, so that children can walk, scoot and cycle "
        "to school safely. The School Streets Fund gives primary schools, and parent groups "
        "working with them, up to £3,000 to run a school street for a trial period of one "
        "school year."
    )
    para(
        "The Council will meet the full cost of an approved trial: you do not need to find "
        "match funding. The grant can pay for barriers and signs, high-visibility clothing, "
        "letters to residents, marshal training and events to launch the scheme."
    )
    para(
        "Please fill in the form in black ink or type, and keep to the word limits. Return it "
        "to the Sustainable Transport Team at the address on the last page, or scan it and "
        "email it to schoolstreets@ockendale.example.gov.uk, by Friday 21 May 2027."
    )
    heading("Section 1: About the school")
    blank("1.1", "Name of school")
    blank("1.2", "School address")
    blank("1.3", "Postcode")
    blank("1.4", "Name of head teacher")
    blank("1.5", "Contact for this application (if different)")
    blank("1.6", "Telephone")
    blank("1.7", "Email")
    blank("1.8", "Number of pupils on roll")
    choice("1.9", "Who is applying?", ["The school", "PTA or parent group", "Other"])
    heading("Section 2: The street")
    blank("2.1", "Name of the street or streets to be closed")
    blank("2.2", "Proposed closure times")
    choice("2.3", "Have you spoken to residents of the street?", ["Yes", "No"])
    heading("Section 3: Your plans")
    question(
        "3.1",
        "Why does your school want a school street? Tell us about the traffic, parking and "
        "safety problems at the school gate. (no more than 300 words)",
        9,
    )
    question(
        "3.2",
        "How will the closure be run each day, and who will staff it? (no more than 250 words)",
        8,
    )
    question(
        "3.3",
        "How have you involved, or how will you involve, residents, parents and pupils? "
        "(no more than 250 words)",
        8,
    )
    question(
        "3.4",
        "What else will you do to encourage more families to walk, scoot or cycle to school? "
        "(half a side of A4)",
        8,
    )
    question(
        "3.5",
        "How will you measure the change, for example with hands-up surveys or traffic "
        "counts? (no more than 150 words)",
        6,
    )
    question(
        "3.6",
        "What problems do you expect, and how will you deal with them? (no more than 150 words)",
        6,
    )
    question("3.7", "Is there anything else we should know about your plans?", 5)
    heading("Section 4: Costs")
    para("Please list the items the grant will pay for.")
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
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
    blank("4.1", "Total cost (£)")
    blank("4.2", "Grant requested (£)")
    heading("Section 5: Documents")
    para("Please send these documents with your form:")
    for t in [
        "a)  a map or sketch plan showing the street or streets to be closed and where the "
        "barriers and signs will go;",
        "b)  your risk assessment for running the closure;",
        "c)  if a PTA or parent group is applying, a letter from the head teacher supporting "
        "the school street;",
        "d)  if a PTA or parent group is applying, the group's constitution and its latest "
        "accounts (these may be signed by your treasurer);",
        "e)  if any marshals will be volunteers rather than school staff, a copy of each "
        "volunteer's certificate from the Council's free school street marshal training.",
    ]:
        para(t, x=62)
    heading("Section 6: Declaration")
    para(
        "I confirm that the information in this form is correct and that the school's "
        "governing body (or the PTA's committee) has agreed to this application. I understand "
        "that the Council will make the traffic order for the school street and that the "
        "trial may be ended early if it cannot be run safely. Please tick to confirm:"
    )
    tickline(
        "The school or group has public liability insurance of at least £10 million that "
        "covers the school street (schools are usually covered by their local authority's or "
        "academy trust's insurance)."
    )
    tickline(
        "Marshals will work under the school's safeguarding policy, or the group's own "
        "safeguarding policy."
    )
    state["y"] -= 6
    blank("", "Signed")
    blank("", "Name")
    blank("", "Position")
    blank("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Highways check: ____________   "
        "Award: £____________",
        9,
    )
    para(
        "Sustainable Transport Team, Ockendale Borough Council, Town Hall, Queen's Parade, "
        "Ockendale OK7 1JB. Telephone 01632 965 340.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    tuxworth()
    bransgill()
    sparrowby()
    ockendale()
