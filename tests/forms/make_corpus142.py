"""Build set 142's Word and PDF documents (typical child poverty, baby bank, school uniform
and period poverty small grants: a district council's Child Poverty Community Grants
application, a community foundation's Baby Bank and Early Years Essentials Fund guidance, a
town council's School Uniform Exchange Grant form and a borough council's Period Dignity Small
Grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus142.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def ockenridge() -> None:
    d = kit.new_document(
        FIXED,
        "Child Poverty Community Grants 2027/28: application form",
        "Ockenridge District Council",
    )
    p = d.add_paragraph
    d.add_heading("Ockenridge District Council", 0)
    p("Child Poverty Community Grants 2027/28: application form")
    p(
        "Child Poverty Community Grants are paid from the Household Support Fund. They help "
        "voluntary and community groups in Ockenridge District to support families with "
        "children who are struggling with the cost of living. Grants are from £500 to £5,000, "
        "for projects such as baby banks, school uniform exchanges, holiday clothing and shoe "
        "banks, period product schemes and food for children in the school holidays."
    )
    p(
        "We can fund the whole cost of your project. You do not need to find match funding "
        "from anywhere else."
    )
    p(
        "Please type in the boxes, which will grow as you write, and keep to the word limits. "
        "Email the completed form and your documents to "
        "childpovertygrants@ockenridge.example.gov.uk by 5pm on Friday 14 May 2027."
    )
    d.add_heading("Can we help?", 2)
    p(
        "If you would like to talk about your project before you apply, ring the Communities "
        "Team on 01632 961 447. Do you need this form in large print or another format? Ring "
        "the same number and we will send it to you."
    )
    d.add_heading("Section 1: Your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity or company number (if any)",
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
                f"{BOX} Community interest company   {BOX} Constituted community group   "
                f"{BOX} Parent-teacher association   {BOX} Faith group",
            ),
            (
                "Does your organisation have a bank account in its own name with two unrelated "
                "signatories?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Annual income in your last financial year (£)", ""),
            ("Date your organisation was set up", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d, "2.1 Describe your project and what the grant will pay for. (maximum 300 words)"
    )
    kit.question(
        d,
        "2.2 Which families will the project help, and how will they reach you? Please tell us "
        "about your referral routes, for example schools, health visitors, family hubs or food "
        "banks. (maximum 250 words)",
    )
    kit.question(
        d, "2.3 How do you know the project is needed in your area? (maximum 200 words)", 2400
    )
    kit.question(
        d,
        "2.4 How will you treat the families you help with dignity and keep their personal "
        "information safe? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 How will you measure the difference the project makes? (maximum 150 words)",
        2000,
    )
    kit.pairs(
        d,
        [
            ("Number of children you expect to help", ""),
            ("Number of families you expect to help", ""),
        ],
    )
    p()
    kit.question(d, "2.6 Is there anything else you would like us to know?", 1600)
    d.add_heading("Section 3: Costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "How you worked out the cost", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Grant requested (£)", ""),
            ("Project start date", ""),
            ("Project end date", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your latest annual accounts, signed by your treasurer or independent examiner. If "
            "your group is less than 12 months old, send your last three months' bank "
            "statements instead",
            "Your safeguarding policy",
            "Your data protection or privacy policy",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "If you will give out food, a food hygiene certificate (Level 2 or above) for the "
            "person who will be in charge of it",
            "For grants over £2,000, a letter of support from a school, family hub or other "
            "partner that will refer families to you",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by my organisation to "
            "make this application.",
            "Our organisation has an equality and diversity policy and will help families "
            "without discrimination.",
            "We will keep a record of the number of children and families we help and report "
            "to the Council by 31 March 2028.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Communities Team, Ockenridge District Council, Council Offices, Priory Road, "
        "Ockenridge OK3 5LW. Telephone 01632 961 447."
    )
    out = HERE / "ockenridge-child-poverty-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def elvingham() -> None:
    d = kit.new_document(
        FIXED,
        "Baby Bank and Early Years Essentials Fund 2027: guidance notes",
        "Elvingham and District Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Elvingham and District Community Foundation", 0)
    p("Baby Bank and Early Years Essentials Fund 2027: guidance notes")
    d.add_heading("1. About the fund", 1)
    p(
        "The Baby Bank and Early Years Essentials Fund helps local groups give babies and "
        "children under five the things they need to be safe, warm and well. It is paid for by "
        "donors to the Foundation and by the Elvingham Rotary Trust. In 2027 we have £48,000 to "
        "give, in grants of £500 to £3,000."
    )
    p(
        "Please read these notes before you apply. If you are not sure whether your project "
        "fits, talk to our grants team first: ring 01632 962 318 or email "
        "grants@elvinghamfoundation.example.org.uk."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, a CIO, a community interest company limited by guarantee, "
        "or a constituted voluntary or community group;"
    )
    bullet("works in Elvingham, Castle Morrow or the villages of the Elvin valley;")
    bullet("has a management committee or board of at least three unrelated people;")
    bullet("has a bank account in its own name that needs two people to sign.")
    p(
        "Baby banks, family support charities, toddler groups, children's centres' friends "
        "groups and faith groups running baby banks can all apply. We cannot give grants to "
        "individuals, to schools or nurseries, or to statutory services."
    )
    d.add_heading("3. What the fund pays for", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "New essentials: nappies, wipes, baby toiletries, sleeping bags, cot mattresses "
                "and car seats",
                "Second-hand car seats or cot mattresses",
            ),
            (
                "Storage, shelving and a safe space to sort and keep donations",
                "Buying or renting a building",
            ),
            (
                "Volunteer expenses and training, such as safeguarding, safe sleep and food "
                "hygiene courses",
                "Salaries of existing staff",
            ),
            (
                "Delivering bundles to families who cannot get to you",
                "Cash, vouchers or gift cards given straight to families",
            ),
            (
                "Laundry and cleaning costs for donated clothes and equipment",
                "Costs you have already paid before we make a decision",
            ),
        ],
    )
    d.add_heading("4. How to apply", 1)
    p(
        "Apply online at grants.elvinghamfoundation.example.org.uk. You will need to register "
        "your organisation first. You can save your application and return to it before you "
        "submit it."
    )
    p("The online form has four parts:")
    kit.table(
        d,
        [
            ("Part", "What we ask", "Length"),
            ("A. Your organisation", "Contact details, registration and income", "Short answers"),
            ("B. Your project", "What you will do and what the grant will buy", "Up to 300 words"),
            (
                "C. Families you help",
                "Who refers families to you and how many you help each month",
                "Up to 250 words",
            ),
            (
                "D. Keeping families safe",
                "Safeguarding, safe sleep and how you check donated items",
                "Up to 200 words",
            ),
        ],
    )
    d.add_heading("5. Documents we need", 1)
    p(
        "We cannot assess your application until we have all of the following. Please upload "
        "them with the online form."
    )
    for t in [
        "a) Your governing document (constitution, trust deed or articles of association), "
        "signed and dated.",
        "b) Your most recent annual accounts. If your income is under £25,000 a year, accounts "
        "signed by two members of your committee are fine; larger organisations must send "
        "independently examined or audited accounts.",
        "c) A bank statement from the last three months that shows your organisation's name "
        "and account details.",
        "d) Your safeguarding policy, covering children and adults at risk.",
    ]:
        p(t)
    p("Some organisations need to send more:")
    for t in [
        "e) If you give out second-hand equipment such as prams, cots, high chairs or baby "
        "walkers, your product safety policy, saying how you check items against product "
        "recalls and safety standards before you give them out.",
        "f) If you give out formula milk or baby food, a copy of your food business "
        "registration with your local council or, if you are not registered, the food hygiene "
        "certificate of the volunteer in charge.",
    ]:
        p(t)
    p(
        "Your organisation must also have a data protection policy, because you will keep "
        "records of the families you help and the agencies that refer them. You do not need "
        "to send it, but we may ask to see it."
    )
    d.add_heading("6. Referrals", 1)
    p(
        "Most baby banks take referrals from health visitors, midwives, social workers, "
        "children's centres and other agencies. Tell us in Part C which agencies refer families "
        "to you. You do not need to send letters from them."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "You must have public liability insurance of at least £5 million. You do not need to "
        "send us the certificate."
    )
    d.add_heading("8. How we decide", 1)
    p("Two members of our grants panel read and score each application:")
    kit.table(
        d,
        [
            ("What we look at", "Points"),
            ("Need: evidence that families in your area need the help", "30"),
            ("Reach: how families are referred and how many you help", "25"),
            ("Safety: safeguarding, safe sleep and checking donated items", "25"),
            ("Value for money", "20"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("What happens", "When"),
            ("Fund opens", "1 April 2027"),
            ("Closing date", "Noon, Monday 7 June 2027"),
            ("Panel meets", "July 2027"),
            ("We tell you our decision", "By 30 July 2027"),
            ("You spend the grant", "Within 12 months of the offer"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    p("Can we apply if we are not a registered charity?", style="Heading 3")
    p("Yes, if you are a constituted group with a bank account in the group's name.")
    p("Can we apply if we had a grant from this fund last year?", style="Heading 3")
    p("Yes, once you have sent us the report on last year's grant.")
    p("Can we buy second-hand car seats?", style="Heading 3")
    p(
        "No. We only fund new car seats and new cot mattresses, because their safety cannot be "
        "checked once they have been used."
    )
    p("What if our volunteers visit families at home?", style="Heading 3")
    p(
        "Tell us in Part D how you keep volunteers and families safe. Your safeguarding policy "
        "should cover home visits."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Grants Team, Elvingham and District Community Foundation, 12 Bridge Street, Elvingham "
        "EV2 7HN. Telephone 01632 962 318. Registered charity number 1172064."
    )
    out = HERE / "elvingham-baby-bank-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wrayford() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wrayford-school-uniform-exchange-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("School Uniform Exchange Grants 2027: application form")
    c.setAuthor("Wrayford Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1F5F5B")

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
    c.drawString(50, state["y"], "Wrayford Town Council")
    state["y"] -= 22
    txt("School Uniform Exchange Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "These grants help schools' parent groups, charities and community groups in Wrayford "
        "to run uniform exchanges and swap shops, and to buy new uniform basics, PE kit and "
        "school shoes for children from families on low incomes. Grants are up to £1,500."
    )
    state["y"] -= 4
    txt(
        "The Council will pay up to 75% of the cost of your project. Your group must find at "
        "least 25% itself, for example from fundraising, the school or another funder."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "grants@wrayford-tc.example.gov.uk by Friday 2 July 2027, so that uniform can reach "
        "families before the new school year. For help, ring Kerry Ashdown, Deputy Town Clerk, "
        "on 01632 963 075."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group or school", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Type of group",
        ["Registered charity", "Community group", "Parent-teacher association", "School", "Other"],
    )
    field("charity_no", "Charity number (if any)", 20)
    bar("Part B: Your uniform project")
    radios(
        "project_type",
        "What kind of project is it?",
        ["Uniform exchange or swap shop", "New uniform for families", "PE kit and shoes", "Other"],
    )
    field("schools", "How many schools will the project serve?", 5)
    field("children", "How many children do you expect to help?", 6)
    box(
        "b1",
        "B1 Describe your project, where it will run and what the grant will pay for. "
        "(up to 1,500 characters)",
        "B1 Describe your project, where it will run and what the grant will pay for.",
        1500,
        120,
    )
    box(
        "b2",
        "B2 How will families find out about the project, and how will schools or other "
        "partners refer them? (up to 900 characters)",
        "B2 How will families find out about the project and be referred?",
        900,
        80,
    )
    box(
        "b3",
        "B3 How will you make sure families can get uniform without feeling embarrassed or "
        "judged? (up to 900 characters)",
        "B3 How will families get uniform without feeling embarrassed or judged?",
        900,
        80,
    )
    box(
        "b4",
        "B4 How will you collect, check, clean and store donated uniform? (up to 600 characters)",
        "B4 How will you collect, check, clean and store donated uniform?",
        600,
        60,
    )
    box(
        "b5",
        "B5 How will you know the project has worked? (up to 600 characters)",
        "B5 How will you know the project has worked?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the project (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("own", "Amount your group will pay (£)", 10)
    field("other_funding", "Other funding secured (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_bank", "A copy of your group's most recent bank statement")
    tick(
        "doc_quote",
        "A price list or quote from the supplier for the uniform, kit or shoes you want to buy",
    )
    tick("doc_constitution", "Your constitution or set of rules (not needed if you are a school)")
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if volunteers will have contact with children",
    )
    tick(
        "doc_letter",
        "If the exchange will run outside a school, a letter from the head teacher of each "
        "school you will work with, supporting the project",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this project, and that we will keep families' personal information safe in "
        "line with data protection law.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Wrayford Town Council, The Guildhall, 3 Market Square, Wrayford WR6 1DP. "
        "Telephone 01632 963 075.",
        9,
    )
    c.save()


def stanbeck() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stanbeck-period-dignity-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Period Dignity Small Grants 2027/28: application form")
    c.setAuthor("Stanbeck Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Stanbeck Borough Council: Period Dignity Small Grants 2027/28")
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

    def blank(label: str) -> None:
        """A typed label followed by an underscore blank, as in a form typed in Word."""
        room(22)
        c.setFont(font, 10)
        c.drawString(50, state["y"], label)
        lw = c.stringWidth(label, font, 10)
        n = int((w - 100 - lw - 6) / c.stringWidth("_", font, 10))
        c.drawString(50 + lw + 6, state["y"], "_" * n)
        state["y"] -= 22

    def question(n: str, text: str, lines: int) -> None:
        """A bold question over ruled lines (the lines are drawn, invisible to extraction)."""
        room(14 * len(simpleSplit(text, bold, 10, w - 76 - 50)) + 22 * min(lines, 4))
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 10, w - 76 - 50):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(76, state["y"], w - 50, state["y"])
        state["y"] -= 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Stanbeck Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Period Dignity Small Grants 2027/28: application form")
    state["y"] -= 24
    para(
        "Period Dignity Small Grants help community groups, youth clubs, food banks and other "
        "voluntary organisations in Stanbeck to give out free period products, so that no one "
        "has to miss school, college, work or social activities because they cannot afford "
        "them. Grants are from £250 to £2,000. They can pay for products (disposable and "
        "reusable), dispensers and storage, and sessions about periods and period health."
    )
    para(
        "Please write clearly in black ink or type your answers, and keep to the word limits. "
        "Return the form and your documents by post or email to the Community Grants Officer "
        "at the address at the end of the form. The closing date is Monday 20 September 2027."
    )
    heading("Section 1: About your organisation")
    blank("1.  Name of organisation:")
    blank("2.  Address:")
    blank("3.  Postcode:")
    blank("4.  Name of contact:")
    blank("5.  Role in the organisation:")
    blank("6.  Telephone:")
    blank("7.  Email:")
    blank("8.  Charity or company number (if any):")
    room(22)
    c.setFont(font, 10)
    c.drawString(50, state["y"], "9.  Type of organisation (please tick one):")
    state["y"] -= 18
    x = 76
    for opt in ["Charity", "CIO", "Community group", "Youth club", "School or college", "Other"]:
        c.rect(x, state["y"] - 2, 9, 9, stroke=1, fill=0)
        c.drawString(x + 13, state["y"], opt)
        x += 13 + c.stringWidth(opt, font, 10) + 16
    state["y"] -= 24
    heading("Section 2: About your project")
    para(
        "Please answer each question in the space below it. You may continue on a separate "
        "sheet, but please keep to the word limits."
    )
    question(
        "Q1",
        "Tell us about your project. What will you do, where will people be able to get "
        "products, and how often? (no more than 300 words)",
        7,
    )
    question(
        "Q2",
        "Who will the project help? Please include the age range and how many people you "
        "expect to reach. (no more than 200 words)",
        5,
    )
    question(
        "Q3",
        "How will you make sure people can get products discreetly and without being asked to "
        "prove that they need them? (no more than 200 words)",
        5,
    )
    question(
        "Q4",
        "Will you offer reusable products or information about periods? If so, please describe "
        "them. (no more than 150 words)",
        4,
    )
    question(
        "Q5",
        "How will the project carry on after the grant has been spent? (no more than one side "
        "of A4)",
        8,
    )
    blank("Project start date:")
    blank("Project end date:")
    heading("Section 3: Budget")
    para("Please list what you will buy with the grant.")
    widths = (275, 110, 110)
    rows = [("Item", "Quantity", "Cost (£)")] + [("", "", "")] * 6
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
    state["y"] -= 16
    blank("Total cost of the project (£):")
    blank("Amount requested from the Council (£):")
    heading("Section 4: What to send with your form")
    para(
        "Please send a copy of your constitution or governing document, and your latest "
        "accounts. These can be audited or independently examined accounts, or an income and "
        "expenditure statement for your last financial year signed by your treasurer. Please "
        "also send a copy of your public liability insurance certificate, showing cover of at "
        "least £2 million."
    )
    para(
        "If your project involves staff or volunteers working with children or young people "
        "under 18, please also send your safeguarding policy. If you plan to spend more than "
        "£500 with one supplier, please send a quote from that supplier."
    )
    para(
        "All products bought with the grant must meet UK product safety standards and be sold "
        "by a UK supplier."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this form and the documents sent with it are "
        "correct, and that I am authorised to apply on behalf of the organisation. Our "
        "organisation has an equal opportunities policy and a data protection policy, and we "
        "will not collect personal information from people who take products. I understand "
        "that the Council may ask for the grant back if it is not spent on the project."
    )
    blank("Signed:")
    blank("Name:")
    blank("Position:")
    blank("Date:")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Officer: ____________   "
        "Amount awarded: ____________",
        9,
    )
    para(
        "Community Grants Officer, Stanbeck Borough Council, Civic Centre, Albion Street, "
        "Stanbeck SB1 4QT. Telephone 01632 964 502. Email communitygrants@stanbeck."
        "example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    ockenridge()
    elvingham()
    wrayford()
    stanbeck()
