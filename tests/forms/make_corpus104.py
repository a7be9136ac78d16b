"""Build set 104's Word and PDF documents (typical civic crowdfunding match funds: a borough
council's pledge application for its crowdfunding fund, a city council's guidance for project
creators, a water company's community match fund expression of interest and a district
council's community match fund expression of interest, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus104.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 12, 4, 10, 15, 0)
BOX = "\u2610"


def marlcombe() -> None:
    d = kit.new_document(
        FIXED, "Crowdfund Marlcombe 2027: pledge application form", "Marlcombe Borough Council"
    )
    p = d.add_paragraph
    d.add_heading("Marlcombe Borough Council", 0)
    p("Crowdfund Marlcombe 2027: pledge application form")
    p(
        "Crowdfund Marlcombe helps local people to make their ideas happen by raising money from "
        "their neighbours, local businesses and the Council together. Projects are crowdfunded "
        "on Localhive, the civic crowdfunding platform, and the Council pledges money from its "
        "£80,000 Community Pledge Fund to the projects that best meet the fund's priorities: "
        "greener streets and open spaces, places for young people, tackling loneliness, and "
        "town centre life."
    )
    p(
        "The Council will pledge up to £5,000 to a project, and never more than 50% of the "
        "project's crowdfunding target. At least half of the target must come from other "
        "backers: your own supporters, local businesses and other funders. Pledges are only "
        "paid if the project reaches its full target."
    )
    p(
        "Before you apply, create your project page on Localhive and ask Localhive to verify "
        "it. Your page must show what you will do, a full breakdown of the costs, who is "
        "behind the project, the permissions you need and a timetable. Then fill in this form "
        "and email it, with your documents, to crowdfund@marlcombe.example.gov.uk. Keep to the "
        "word limits; the boxes will expand as you type."
    )
    d.add_heading("Section 1: Your project page", 1)
    kit.details(
        d,
        [
            "Project title (as it appears on Localhive)",
            "Web address of your project page",
            "Date your campaign will close",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: Your organisation", 1)
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
            "Charity or company number (if you have one)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of organisation are you?",
                f"{BOX} Constituted community group   {BOX} Registered charity   "
                f"{BOX} Community interest company   {BOX} Parish or town council   "
                f"{BOX} School or PTA",
            ),
            (
                "Has Localhive verified your project page?",
                f"{BOX} Yes   {BOX} Not yet, verification is in progress",
            ),
        ],
    )
    p()
    d.add_heading("Section 3: About the project", 1)
    kit.question(
        d,
        "3.1 Describe your project and what the money will be spent on. (max 300 words)",
        4000,
    )
    kit.question(
        d,
        "3.2 Which of the fund's priorities does your project meet, and how? (max 200 words)",
    )
    kit.question(d, "3.3 How have local people shown that they want the project? (max 250 words)")
    kit.question(
        d,
        "3.4 Who is behind the project, and what experience do they have of running something "
        "like it? (max 150 words)",
        2400,
    )
    kit.question(
        d,
        "3.5 How will you promote your campaign so that you reach your target? (max 200 words)",
    )
    kit.question(d, "3.6 What will you do if you do not reach your target? (max 100 words)", 1800)
    kit.question(
        d,
        "3.7 How will the project be looked after, and paid for, once it is finished? "
        "(max 150 words)",
        2400,
    )
    kit.pairs(
        d,
        [
            ("How many people do you expect to back your campaign?", ""),
            (
                "Will the project work with children, young people or adults at risk?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 4: Costs", 1)
    p("Please list the costs shown on your project page.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Crowdfunding target (£)",
            "Amount already pledged by backers (£)",
            "Pledge requested from the Council (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 5: Documents", 1)
    p(
        "Please send these documents with your form and tick the ones you have enclosed. The "
        "last two are only needed if they apply to your project."
    )
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or articles of association",
            "Your most recent annual accounts, or an income and expenditure statement for the "
            "last 12 months signed by two committee members",
            "A bank statement from the last three months showing the organisation's name",
            "Two written quotes for the main items in your budget",
            "A copy of your public liability insurance certificate (at least £5 million)",
            "If the project is on land or in a building you do not own: written permission from "
            "the owner",
            "If the project works with children, young people or adults at risk: your "
            "safeguarding policy",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this form and on our project page is correct and "
        "that I am authorised to apply on behalf of the organisation. I confirm that the "
        "organisation has an equal opportunities policy. I understand that the Council's pledge "
        "will only be paid if the project reaches its full target, and that the Council may ask "
        "for the money to be repaid if it is not spent on the project described."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Communities Team, Marlcombe Borough Council, Town Hall, Market Place, Marlcombe MC2 4RT. "
        "Telephone 01632 962 774. www.marlcombe.example.gov.uk/crowdfund"
    )
    out = HERE / "marlcombe-crowdfund-marlcombe-pledge-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def calverhithe() -> None:
    d = kit.new_document(
        FIXED,
        "Crowdfund Calverhithe: guidance for project creators 2027",
        "Calverhithe City Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Calverhithe City Council", 0)
    p("Crowdfund Calverhithe: guidance for project creators 2027")
    d.add_heading("1. What is Crowdfund Calverhithe?", 1)
    p(
        "Crowdfund Calverhithe is the City Council's civic crowdfunding programme. Community "
        "groups put their project on Neighbourfund, a crowdfunding website, and raise money from "
        "local people and businesses. The Council pledges money from the Calverhithe Community "
        "Fund to the projects that do most for their neighbourhood, alongside the crowd. In "
        "2026 the Council backed 41 projects, from community gardens to a skate park."
    )
    d.add_heading("2. Who can apply?", 1)
    p("Your project can be backed by the Council if it is run by:")
    bullet("a constituted community group or residents' association;")
    bullet(
        "a registered charity, charitable incorporated organisation or community interest company;"
    )
    bullet(
        "a school, parent teacher association or parish council, for a project open to everyone."
    )
    p(
        "Individuals and businesses can put projects on Neighbourfund but cannot receive a "
        "Council pledge. Projects must take place within the City of Calverhithe."
    )
    d.add_heading("3. How much will the Council pledge?", 1)
    p(
        "The Council will pledge up to £10,000 to a project, and never more than 40% of the "
        "campaign target. The rest, at least 60% of the target, must be raised from other "
        "backers: local people, businesses, other funders and your own fundraising. Neighbourfund "
        "campaigns are all or nothing, so if your project does not reach its target the "
        "Council's pledge, like everyone else's, is not collected."
    )
    d.add_heading("4. What the fund will and will not pay for", 1)
    p("The Council will pledge to:")
    bullet("improvements to parks, streets, play areas and community buildings;")
    bullet("equipment, materials and the cost of contractors;")
    bullet("activities and events that bring people together, including sessional staff;")
    bullet("the platform's fees and the cost of making your campaign video.")
    p("The Council will not pledge to:")
    bullet("projects that make a profit for a person or a business;")
    bullet("religious or party political activity;")
    bullet("work that the Council or another public body has a legal duty to do;")
    bullet("work that has already started.")
    d.add_heading("5. What your project page must show", 1)
    p("Before the Council can consider a pledge, your Neighbourfund page must show:")
    bullet("what you will do, where, and who will benefit;")
    bullet("a full budget, item by item, which adds up to your target;")
    bullet("who is running the project, with a named contact;")
    bullet("the permissions you need and whether you have them yet;")
    bullet("a timetable, and what will happen to the project after it is built or held;")
    bullet("at least one photograph or drawing.")
    d.add_heading("6. Verification and the documents you need", 1)
    p(
        "Every project is checked by Neighbourfund's verification team before the Council "
        "decides on a pledge. Upload these documents to your project page's verification "
        "section. Every project must send:"
    )
    number("your governing document (constitution, set of rules, trust deed or articles);")
    number(
        "your latest annual accounts. If your income is over £25,000 they must be independently "
        "examined; otherwise accounts signed by your treasurer are fine;"
    )
    number("a bank statement in the organisation's name, dated in the last three months;")
    number("written quotes for the main items in your budget.")
    p("Some projects must also send:")
    bullet(
        "if your project is on land or in a building you do not own: the owner's written "
        "permission;"
    )
    bullet(
        "if your project needs planning permission: the decision notice, or proof that you "
        "have applied;"
    )
    bullet(
        "if you will work with children, young people or adults at risk: your safeguarding policy."
    )
    p(
        "Your group must also have an equal opportunities policy; you do not need to send it. "
        "You must hold public liability insurance of at least £5 million for the project's "
        "activities by the time the project starts. You do not need to send the certificate "
        "with your application, but we may ask to see it before the pledge is paid."
    )
    d.add_heading("7. How to apply", 1)
    number("Read this guidance and talk to us about your idea if you are not sure it fits.")
    number("Create your project page on Neighbourfund and set your target.")
    number("Upload your verification documents.")
    number(
        "Press 'Apply to Crowdfund Calverhithe' on your project page. Neighbourfund's short "
        "application form then asks you about:"
    )
    kit.table(
        d,
        [
            ("Part of the form", "What it asks", "Length"),
            ("Your organisation", "Contact details and the type of organisation", "-"),
            ("Your project", "What you will do and why your neighbourhood needs it", "300 words"),
            ("Support", "How local people have shown they back the idea", "200 words"),
            ("Legacy", "What will happen after the money is spent", "150 words"),
        ],
    )
    d.add_heading("8. How we decide", 1)
    kit.table(
        d,
        [
            ("What we look at", "What we are looking for", "Weight"),
            ("Local support", "Backers from the neighbourhood, not just from one group", "30%"),
            ("Difference", "A clear benefit to the neighbourhood and the people in it", "30%"),
            ("Deliverability", "A realistic plan, budget and permissions", "25%"),
            ("Legacy", "A plan for looking after the project", "15%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Apply by", "Pledge decisions"),
            ("Spring", "19 March 2027", "30 April 2027"),
            ("Autumn", "17 September 2027", "29 October 2027"),
        ],
    )
    d.add_heading("10. Questions people often ask", 1)
    p("Can we launch our campaign before the Council decides?").runs[0].bold = True
    p("Yes, but many projects find that a Council pledge early on encourages other backers.")
    p("Can we apply to more than one round?").runs[0].bold = True
    p("Yes, if your campaign was not backed in an earlier round you can apply again.")
    p("What happens if we raise more than our target?").runs[0].bold = True
    p("You keep the extra money for the project. The Council's pledge does not go up.")
    p("Do we need to be a charity?").runs[0].bold = True
    p("No. A constituted group with its own bank account can apply.")
    d.add_heading("11. Contact", 1)
    p(
        "Crowdfund Calverhithe, Neighbourhoods Team, Calverhithe City Council, Guildhall, "
        "Calverhithe CV9 1AB. Telephone 01632 963 105. Email crowdfund@calverhithe.example.gov.uk."
    )
    out = HERE / "calverhithe-crowdfund-calverhithe-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def dunsmere() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "dunsmere-water-community-match-fund-expression-of-interest.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Match Fund 2027: expression of interest")
    c.setAuthor("Dunsmere Water")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    blue = HexColor("#005A8C")

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
        c.setFillColor(blue)
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
    c.drawString(50, state["y"], "Dunsmere Water")
    state["y"] -= 22
    txt("Community Match Fund 2027: expression of interest", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Dunsmere Water's Community Match Fund backs community projects in the areas we serve "
        "that are raising money from the public on Neighbourfund. We pledge to projects that "
        "look after rivers, streams and green spaces, help people to save water, or bring "
        "neighbours together near water, such as wildlife ponds, rain gardens, river clean-ups, "
        "community orchards and outdoor learning."
    )
    state["y"] -= 4
    txt(
        "We will pledge up to £3,000 or 25% of your crowdfunding target, whichever is less. You "
        "must raise at least 75% of the target from other backers. Your project page must be "
        "live or ready to launch when you send this form."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen and email it with your documents to "
        "communityfund@dunsmerewater.example.org.uk. Each answer box has a character limit, "
        "shown after the question. We will reply within four weeks."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "What type of organisation are you?",
        ["Community group", "Charity or CIO", "CIC", "School", "Parish council"],
    )
    bar("Part B: Your project")
    box(
        "b1",
        "B1 Tell us about your organisation and what it does. (up to 600 characters)",
        "B1 Tell us about your organisation and what it does",
        600,
        60,
    )
    box(
        "b2",
        "B2 What is your project, and what will the money pay for? (up to 1,800 characters)",
        "B2 What is your project, and what will the money pay for?",
        1800,
        120,
    )
    box(
        "b3",
        "B3 How will the project help the water environment, save water or bring people "
        "together near water? (up to 1,500 characters)",
        "B3 How will the project help the water environment, save water or bring people "
        "together near water?",
        1500,
        100,
    )
    field("benefit", "How many people will benefit from the project?", 6)
    box(
        "b4",
        "B4 How will you reach your crowdfunding target? (up to 900 characters)",
        "B4 How will you reach your crowdfunding target?",
        900,
        80,
    )
    box(
        "b5",
        "B5 Who will look after the project once it is finished? (up to 600 characters)",
        "B5 Who will look after the project once it is finished?",
        600,
        60,
    )
    box(
        "b6",
        "B6 What will you do if the campaign does not reach its target? (up to 600 characters)",
        "B6 What will you do if the campaign does not reach its target?",
        600,
        60,
    )
    box(
        "b7",
        "B7 How will you tell people that Dunsmere Water has backed the project? (up to 300 "
        "characters)",
        "B7 How will you tell people that Dunsmere Water has backed the project?",
        300,
        40,
    )
    bar("Part C: Your campaign")
    field("title", "Project title on Neighbourfund", 80)
    field("page_url", "Web address of your project page", 150)
    field("target", "Crowdfunding target (£)", 10)
    field("pledge", "Pledge you would like from Dunsmere Water (£)", 10)
    field("close_date", "Date the campaign closes", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last two apply only to "
        "some organisations."
    )
    state["y"] -= 4
    tick("doc_governing", "Your constitution, set of rules or articles of association")
    tick("doc_accounts", "Your latest annual accounts")
    tick(
        "doc_insurance",
        "A copy of your public liability insurance certificate, with cover of at least £5 million",
    )
    tick(
        "doc_bank",
        "If your organisation is less than 18 months old and has no accounts yet: a bank "
        "statement from the last three months instead of accounts",
    )
    tick(
        "doc_land",
        "If the project is on land you do not own: the landowner's written permission",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, and that if the project works "
        "with children, young people or adults at risk, our organisation has a safeguarding "
        "policy and will follow it.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Dunsmere Water Community Match Fund, Riverside House, Mill Lane, Dunsmere DM3 6QX. "
        "Telephone 01632 967 240.",
        9,
    )
    c.save()


def tollerby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tollerby-community-match-fund-expression-of-interest.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Tollerby Community Match Fund: expression of interest form")
    c.setAuthor("Tollerby District Council")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawCentredString(
            w / 2,
            34,
            f"Tollerby Community Match Fund - expression of interest - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11, f: str = font, x: float = 64) -> None:
        for line in simpleSplit(t, f, size, w - x - 64):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def item(n: int, label: str) -> None:
        """A numbered one-line item with a rule to write on."""
        room(26)
        c.setFont(font, 11)
        c.drawString(64, state["y"], f"{n}.")
        c.drawString(84, state["y"], label)
        x = 84 + c.stringWidth(label, font, 11) + 6
        c.line(x, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    def question(n: int, text: str, lines: int) -> None:
        room(40)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(64, state["y"], f"{n}.")
        for line in simpleSplit(text, bold, 11, w - 84 - 64):
            room(15)
            c.setFont(bold, 11)
            c.drawString(84, state["y"], line)
            state["y"] -= 15
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(84, state["y"], w - 64, state["y"])
        state["y"] -= 14

    c.setFont(bold, 17)
    c.drawCentredString(w / 2, state["y"], "TOLLERBY DISTRICT COUNCIL")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawCentredString(w / 2, state["y"], "Community Match Fund 2027")
    state["y"] -= 18
    c.drawCentredString(w / 2, state["y"], "EXPRESSION OF INTEREST FORM")
    state["y"] -= 26
    para("About the fund", 12, bold)
    para(
        "The Community Match Fund helps community groups in Tollerby district to raise money "
        "for local projects by crowdfunding. Put your project on Crowdfunder, tell us about it "
        "on this form, and if it meets the fund's aims the Council will pledge to your "
        "campaign. The fund's aims are: more people taking part in community life; cleaner, "
        "greener and safer villages; and activities for young people and older people."
    )
    para(
        "The Council's pledge will be up to £2,500 and no more than 50% of your crowdfunding "
        "target. Your group must raise at least 50% of the target from other backers. The "
        "pledge is paid only if the campaign reaches its target."
    )
    para(
        "Groups must hold public liability insurance of at least £2 million before the "
        "project starts. Please write clearly in black ink or type your answers, keeping to "
        "the word limits. Return the form to the Communities Officer at the address at the "
        "end by Friday 30 April 2027."
    )
    state["y"] -= 6
    para("PART 1  YOUR GROUP", 12, bold)
    item(1, "Name of group:")
    item(2, "Address:")
    item(3, "Contact name:")
    item(4, "Position in the group:")
    item(5, "Telephone:")
    item(6, "Email:")
    item(7, "Charity or company number (if any):")
    item(8, "Does your group have a written constitution?   YES / NO (please delete)")
    para("PART 2  YOUR CAMPAIGN", 12, bold)
    item(9, "Project title:")
    item(10, "Web address of your Crowdfunder page:")
    item(11, "Crowdfunding target: £")
    item(12, "Pledge requested from the Council: £")
    item(13, "Date your campaign will close:")
    para("PART 3  YOUR PROJECT", 12, bold)
    question(
        14,
        "Describe your project and what the money raised will pay for. (no more than 250 words)",
        6,
    )
    question(15, "Who will benefit from the project, and how? (no more than 200 words)", 5)
    question(
        16,
        "How does the project meet one or more of the fund's aims? (no more than 200 words)",
        5,
    )
    question(
        17,
        "How will you raise the rest of your target from other backers? (no more than 150 words)",
        4,
    )
    question(
        18,
        "How will the project be looked after once the money has been spent? "
        "(no more than 150 words)",
        4,
    )
    question(19, "Is there anything else you would like to tell us about your project?", 4)
    para("PART 4  COSTS", 12, bold)
    room(40)
    c.setFont(bold, 11)
    c.drawString(64, state["y"], "20.")
    c.drawString(84, state["y"], "Please list the main costs of the project.")
    state["y"] -= 10
    widths = (300, 167)
    rows = [("Item", "Cost (£)")] + [("", "")] * 5
    for n, row in enumerate(rows):
        room(22)
        x = 84
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    para("PART 5  DOCUMENTS", 12, bold)
    para("Please enclose:")
    for t in [
        "(a) a copy of your constitution or set of rules;",
        "(b) your group's two most recent bank statements;",
        "(c) a letter of support from a local organisation, business or ward councillor;",
        "(d) if your project will work with children or vulnerable adults: your safeguarding "
        "policy;",
        "(e) if the project is on land your group does not own: the landowner's written "
        "permission.",
    ]:
        para(t, x=84)
    para("PART 6  DECLARATION", 12, bold)
    para(
        "I confirm that the information in this form is true and that I am authorised to sign "
        "on behalf of the group. I understand that the Council's pledge will only be paid if "
        "the campaign reaches its target and that the money must be spent on the project "
        "described."
    )
    item(21, "Signature:")
    item(22, "Name:")
    item(23, "Position:")
    item(24, "Date:")
    state["y"] -= 6
    para(
        "Return to: Communities Officer, Tollerby District Council, Council Offices, High "
        "Street, Tollerby TL6 2BN. Telephone 01632 968 332. "
        "Email matchfund@tollerby.example.gov.uk",
        10,
    )
    folio()
    c.save()


if __name__ == "__main__":
    marlcombe()
    calverhithe()
    dunsmere()
    tollerby()
