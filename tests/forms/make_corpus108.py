"""Build set 108's Word and PDF documents (typical housing associations' community investment
funds: a housing association's Community Chest, an ALMO's grants for tenants' and residents'
associations, a housing association's Estate Action Fund and a housing trust's Neighbourhood
Improvement Grant, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus108.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 12, 3, 9, 30, 0)
BOX = "\u2610"


def brackenlow() -> None:
    d = kit.new_document(FIXED, "Community Chest: application form 2027", "Brackenlow Homes")
    p = d.add_paragraph
    d.add_heading("Brackenlow Homes", 0)
    p("Community Chest: application form 2027")
    p(
        "The Community Chest gives grants of up to £1,000 to tenants' and residents' "
        "associations and other groups run by Brackenlow Homes residents, for activities that "
        "bring neighbours together and make our estates better places to live: fun days, "
        "community gardens, clean-ups, coffee mornings, trips for older residents, holiday "
        "activities for children and equipment for community rooms."
    )
    p(
        "At least half of the people your group works with must live in a Brackenlow Homes "
        "home. Please read the Community Chest guidance before you fill in this form, and keep "
        "to the word limit shown after each question. Return the form and your documents to "
        "communitychest@brackenlowhomes.example.org.uk or hand them in at any Brackenlow Homes "
        "neighbourhood office. The panel meets every two months."
    )
    p("Need help filling in this form?").runs[0].bold = True
    p(
        "Your Community Involvement Officer can help you with your application. Call 01632 "
        "960 781. We can also send you this form in large print or another language."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group",
            "Address for letters",
            "Postcode",
            "Contact name",
            "Position in the group",
            "Telephone",
            "Email",
            "Brackenlow Homes tenancy reference of the contact (if a tenant)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of group are you?",
                f"{BOX} Tenants' and residents' association   {BOX} Residents' group or "
                f"club   {BOX} Community group or charity   {BOX} Other",
            ),
            (
                "Is your group recognised by Brackenlow Homes?",
                f"{BOX} Yes   {BOX} No   {BOX} Not sure",
            ),
            (
                "Does your group have a bank account in its own name, with at least two people "
                "who are not related needed to sign cheques or approve payments?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        ["Project name", "Estate or neighbourhood", "Start date", "End date"],
        shade=True,
    )
    p()
    kit.question(d, "2.1 Tell us about your group and what it does. (max 150 words)", 2400)
    kit.question(
        d,
        "2.2 Describe your project: what will happen, where and when, and who will organise it. "
        "(max 250 words)",
        3600,
    )
    kit.question(
        d,
        "2.3 How many Brackenlow Homes residents will take part or benefit, and how do you know "
        "they want the project? (max 200 words)",
    )
    kit.question(
        d,
        "2.4 How will residents be involved in planning and running the project? (max 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 What difference will the project make to your estate or neighbourhood? "
        "(max 200 words)",
    )
    kit.question(
        d,
        "2.6 How will you let residents know about the project? (max 100 words)",
        1800,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list what you would like the grant to pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking for (£)",
            "Other money or help in kind for the project (£)",
        ],
        shade=True,
    )
    p()
    p(
        "You do not need to find match funding: the Community Chest can pay the whole cost of "
        "your project, up to £1,000."
    )
    d.add_heading("Section 4: Checklist", 1)
    p(
        "Please send these documents with your form and tick to show you have included them. "
        "We cannot look at your application until we have them all."
    )
    kit.ticked(
        d,
        [
            "Your group's constitution or set of rules, signed by the chair",
            "Your latest annual accounts, signed by the treasurer. If your group is less than a "
            "year old, your last three months' bank statements instead",
            "Your equal opportunities policy",
            "If your project involves children or young people: your safeguarding policy",
            "For any single item costing more than £500: a written quote",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that the group's committee "
        "has agreed to this application. I confirm that the group will hold public liability "
        "insurance of at least £2 million for the project's activities. I understand that the "
        "grant must be spent on the project described, that receipts must be kept, and that "
        "Brackenlow Homes may ask for the grant to be paid back if it is not."
    )
    kit.details(d, ["Signature", "Print name", "Position in the group", "Date"], shade=True)
    p()
    p(
        "Brackenlow Homes, Community Investment Team, Kingsmead House, 3 Foundry Lane, "
        "Brackenlow BK2 5TE. www.brackenlowhomes.example.org.uk/communitychest"
    )
    out = HERE / "brackenlow-homes-community-chest-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def fellmarsh() -> None:
    d = kit.new_document(
        FIXED,
        "Grants for Tenants' and Residents' Associations: guidance 2027 to 2028",
        "Fellmarsh Homes",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Fellmarsh Homes", 0)
    p("Grants for Tenants' and Residents' Associations: guidance 2027 to 2028")
    p(
        "Fellmarsh Homes manages 14,000 council homes on behalf of Fellmarsh City Council. "
        "This guidance explains the two grants we give to recognised tenants' and residents' "
        "associations (TRAs) and what you need to send us."
    )
    d.add_heading("1. The grants", 1)
    kit.table(
        d,
        [
            ("Grant", "What it is for", "How much"),
            (
                "Annual running grant",
                "The association's running costs: room hire, printing, postage, phone, "
                "refreshments at meetings, training for committee members",
                "£300, plus £1 for each home in your area, up to £1,500 a year",
            ),
            (
                "Estate project grant",
                "One-off projects that improve the estate or bring residents together: "
                "community gardens, fun days, noticeboards, equipment for a community room",
                "Up to £3,000 a year",
            ),
        ],
    )
    p(
        "A new association receives a start-up grant of £250 when Fellmarsh Homes recognises "
        "it. You do not need to apply for it: your Tenant Involvement Officer will arrange it."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your association:")
    bullet("is recognised by Fellmarsh Homes under the Tenant Involvement Agreement;")
    bullet("is open to every tenant and leaseholder in its area;")
    bullet("held an annual general meeting in the last 15 months; and")
    bullet("has a bank account in its own name needing two signatures for every payment.")
    d.add_heading("3. What we will not pay for", 1)
    bullet("alcohol, gifts to committee members or payments to officers;")
    bullet("political campaigns or activities that promote a political party;")
    bullet("repairs that are Fellmarsh Homes' responsibility as landlord;")
    bullet("anything bought or booked before the grant was agreed.")
    d.add_heading("4. What you need to send", 1)
    p("Every association must send, with its application form:")
    number("your constitution, as adopted at a general meeting;")
    number("the minutes of your last annual general meeting, showing who was elected;")
    number(
        "your accounts for the last financial year, signed by the treasurer and one other "
        "committee member. They do not need to be audited or independently examined;"
    )
    number("a copy of your latest bank statement;")
    number("your equal opportunities policy.")
    p("For an estate project grant, you may also need to send:")
    bullet("two written quotes, if the project will cost more than £1,000;")
    bullet(
        "if the project involves children or young people under 18, your safeguarding policy "
        "and confirmation that the adults leading activities have had a DBS check."
    )
    p(
        "Recognised associations are covered by Fellmarsh Homes' own public liability "
        "insurance for their meetings and ordinary activities, so you do not need to buy it."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Ask your Tenant Involvement Officer for an application form, or download it from "
        "www.fellmarshhomes.example.gov.uk/tragrants. There is one form for both grants: fill "
        "in Part A for the running grant and Part B as well if you are asking for an estate "
        "project grant. Part B asks you to describe the project, say how residents were "
        "consulted and list what it will cost."
    )
    p(
        "Send the form and documents to Tenant Involvement Team, Fellmarsh Homes, Riverside "
        "House, 40 Wharf Street, Fellmarsh FM1 4QA, or email tenantinvolvement@fellmarshhomes."
        "example.gov.uk."
    )
    d.add_heading("6. How we decide", 1)
    p(
        "Running grants are paid if your paperwork is in order. Estate project grants are "
        "decided by the Tenant Grants Panel, made up of four tenants and two Fellmarsh Homes "
        "staff, who look at:"
    )
    bullet("how many residents will benefit, and whether residents asked for the project;")
    bullet("whether it is open to everyone on the estate;")
    bullet("whether the costs are reasonable; and")
    bullet("what will happen after the grant is spent.")
    d.add_heading("7. Timetable", 1)
    kit.table(
        d,
        [
            ("Grant", "Closing date", "Decision"),
            ("Annual running grant", "Any time after your AGM", "Within four weeks"),
            ("Estate project grant", "31 May or 30 November 2027", "July or January"),
        ],
    )
    d.add_heading("8. Questions people ask", 1)
    p("Can two associations apply together?").runs[0].bold = True
    p("Yes, for an estate project grant. One association must hold the money.")
    p("What happens if we do not spend all of the running grant?").runs[0].bold = True
    p(
        "You can carry up to half of it into the next year. Tell us about the rest on your next "
        "application and we will reduce that year's grant."
    )
    p("Do we need to keep receipts?").runs[0].bold = True
    p("Yes. Keep every receipt for six years and show them in your accounts.")
    d.add_heading("9. Contact", 1)
    p(
        "Tenant Involvement Team, Fellmarsh Homes. Telephone 01632 962 054. Email "
        "tenantinvolvement@fellmarshhomes.example.gov.uk."
    )
    out = HERE / "fellmarsh-homes-tenants-and-residents-association-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def carrowdale() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "carrowdale-housing-estate-action-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Estate Action Fund: application form")
    c.setAuthor("Carrowdale Community Housing")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#00686B")

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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
        # keep the question on the same page as its box
        room(height + 10 + 14 * len(simpleSplit(label, "Helvetica-Bold", 10, w - 100)))
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
    c.drawString(50, state["y"], "Carrowdale Community Housing")
    state["y"] -= 22
    txt("Estate Action Fund 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Estate Action Fund is part of Carrowdale Community Housing's community investment "
        "programme. It gives grants of £500 to £5,000 to resident groups, tenants' and "
        "residents' associations, charities and social enterprises for projects on or near "
        "our estates: youth clubs and holiday activities, community growing, employment and "
        "digital skills, money advice, and projects that make estates safer and greener."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each answer box has a character limit, shown after "
        "the question; the box will not take more. Save the form and email it with your "
        "documents to estateaction@carrowdalehousing.example.org.uk. The fund is open all year "
        "and the panel meets every quarter."
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
        ["Tenants' association", "Community group", "Charity", "CIC or social enterprise"],
    )
    radios(
        "estate",
        "Which of our estates will the project be on or near?",
        ["Moorside", "Brook Farm", "St Anne's", "Westgate", "More than one"],
    )
    bar("Part B: Your project")
    field("title", "Project title", 80)
    field("start", "Date the project will start", 10)
    box(
        "b1",
        "B1 What does your organisation do, and who are its members? (up to 1,000 characters)",
        "B1 What does your organisation do, and who are its members?",
        1000,
        80,
    )
    box(
        "b2",
        "B2 What will the project do, and where and when on the estate will it happen? "
        "(up to 2,000 characters)",
        "B2 What will the project do, and where and when will it happen?",
        2000,
        140,
    )
    box(
        "b3",
        "B3 Why is the project needed, and how have Carrowdale residents been involved in "
        "planning it? (up to 1,500 characters)",
        "B3 Why is the project needed, and how have residents been involved?",
        1500,
        120,
    )
    box(
        "b4",
        "B4 How will the project improve the estate or the lives of the people who live there? "
        "(up to 1,500 characters)",
        "B4 How will the project improve the estate or residents' lives?",
        1500,
        120,
    )
    box(
        "b5",
        "B5 How will you make sure the project is open to everyone on the estate? "
        "(up to 900 characters)",
        "B5 How will you make sure the project is open to everyone?",
        900,
        80,
    )
    field("residents", "How many Carrowdale residents will benefit?", 6)
    box(
        "b6",
        "B6 How will you keep the project going, or look after what the grant buys, once the "
        "grant ends? (up to 1,000 characters)",
        "B6 How will you keep the project going once the grant ends?",
        1000,
        80,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount of grant requested (£)", 10)
    field("other_funds", "Other funding (amount and where from)", 120)
    txt(
        "We can fund up to 80% of the project's cost. Your organisation must find at least 20% "
        "from its own money, other grants or donations. Volunteer time does not count."
    )
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending. The last two are only needed if they apply "
        "to your project."
    )
    state["y"] -= 4
    tick("doc_rules", "Your constitution, memorandum and articles of association or set of rules")
    tick(
        "doc_accounts",
        "Your latest annual accounts, signed by your treasurer (independently examined if your "
        "income is over £25,000)",
    )
    tick("doc_bank", "A bank statement in your organisation's name from the last three months")
    tick(
        "doc_support",
        "A letter or email of support from your Carrowdale Community Housing Neighbourhood Officer",
    )
    tick(
        "doc_safeguarding",
        "If you work with children, young people or adults at risk: your safeguarding policy",
    )
    tick(
        "doc_quotes",
        "For improvements to land or buildings: two quotes for the work",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that our organisation has an "
        "equal opportunities policy; and that it holds public liability insurance of at least "
        "£5 million, or will before the project starts.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Carrowdale Community Housing, Community Investment Team, Unit 4, Linden Court, "
        "Carrowdale CR6 2NW. Telephone 01632 963 617.",
        9,
    )
    c.save()


def askerfield() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "askerfield-housing-trust-neighbourhood-improvement-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Neighbourhood Improvement Grant: application form")
    c.setAuthor("Askerfield Housing Trust")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8.5)
        c.drawCentredString(
            w / 2,
            34,
            f"Askerfield Housing Trust - Neighbourhood Improvement Grant - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 10.5, f: str = font, x: float = 60) -> None:
        for line in simpleSplit(t, f, size, w - x - 60):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def item(n: int, label: str) -> None:
        """A numbered one-line item with a rule to write on."""
        room(26)
        c.setFont(font, 10.5)
        c.drawString(60, state["y"], f"{n}.")
        c.drawString(80, state["y"], label)
        x = 80 + c.stringWidth(label, font, 10.5) + 6
        c.line(x, state["y"] - 2, w - 60, state["y"] - 2)
        state["y"] -= 24

    def question(n: int, text: str, lines: int) -> None:
        room(40)
        state["y"] -= 4
        c.setFont(bold, 10.5)
        c.drawString(60, state["y"], f"{n}.")
        for line in simpleSplit(text, bold, 10.5, w - 80 - 60):
            room(15)
            c.setFont(bold, 10.5)
            c.drawString(80, state["y"], line)
            state["y"] -= 14
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(80, state["y"], w - 60, state["y"])
        state["y"] -= 14

    c.setFont(bold, 16)
    c.drawString(60, state["y"], "ASKERFIELD HOUSING TRUST")
    state["y"] -= 22
    c.setFont(bold, 12.5)
    c.drawString(60, state["y"], "Neighbourhood Improvement Grant 2027")
    state["y"] -= 16
    c.drawString(60, state["y"], "Application form")
    state["y"] -= 24
    para("About the grant", 11.5, bold)
    para(
        "Neighbourhood Improvement Grants of £250 to £2,500 help groups of Askerfield Housing "
        "Trust residents to improve the shared spaces where they live: communal gardens, "
        "planters and bulb planting, benches, noticeboards, play equipment, community rooms "
        "and bin areas. The improvement must be on or next to land owned by the Trust, and "
        "residents must support it."
    )
    para(
        "You do not have to raise any of the money yourselves, but please tell us about any "
        "help your group has been offered. Work must not start until you have our offer letter."
    )
    para(
        "Please type or write clearly in black ink and keep to the word limits. Return the "
        "form to the Resident Engagement Team at the address on the last page. Applications "
        "are looked at on the first Tuesday of each month."
    )
    state["y"] -= 4
    para("SECTION A  ABOUT YOUR GROUP", 11.5, bold)
    item(1, "Name of group:")
    item(2, "Address for correspondence:")
    item(3, "Postcode:")
    item(4, "Contact name:")
    item(5, "Telephone:")
    item(6, "Email:")
    item(7, "Number of members:")
    item(8, "Does your group have a written constitution?   YES / NO")
    item(9, "Date the group was set up:")
    para("SECTION B  YOUR IMPROVEMENT", 11.5, bold)
    item(10, "Project title:")
    item(11, "Location of the improvement (street, block or estate):")
    question(12, "Describe the improvement you want to make. (Maximum 300 words)", 7)
    question(
        13,
        "Why is it needed? Please tell us how many residents support the idea and how you "
        "found out. (Maximum 250 words)",
        6,
    )
    question(
        14,
        "Who will look after the improvement once it is finished, and how? (Maximum 150 words)",
        4,
    )
    question(
        15,
        "Have you spoken to your Housing Officer about the project? Please give their name and "
        "what they said.",
        3,
    )
    question(
        16,
        "Will the improvement need any permissions, for example planning permission or "
        "agreement from the Trust's Estates Team? Please give details.",
        3,
    )
    room(40)
    c.setFont(bold, 10.5)
    c.drawString(60, state["y"], "17.")
    c.drawString(80, state["y"], "Please list the costs of the improvement.")
    state["y"] -= 10
    widths = (230, 150, 95)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 5
    for n, row in enumerate(rows):
        room(22)
        x = 80
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 9.5)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    item(18, "Total cost: £")
    item(19, "Grant requested: £")
    question(
        20,
        "What other help, money or materials is your group getting for the improvement? "
        "(no more than half a side of A4)",
        6,
    )
    para("SECTION C  DOCUMENTS", 11.5, bold)
    para("Please enclose:")
    for t in [
        "(a) a copy of your constitution or rules;",
        "(b) your most recent accounts or, if your group has been running for less than a "
        "year, your last three bank statements;",
        "(c) at least one written quote for the work or the items you want to buy;",
        "(d) a list of the residents who support the improvement, with their names, addresses "
        "and signatures (at least ten households);",
        "(e) if the improvement is on land or in a building that the Trust does not own: the "
        "owner's written permission.",
    ]:
        para(t, x=80)
    para("SECTION D  DECLARATION", 11.5, bold)
    para(
        "I confirm that the information in this form is true and that the group's members have "
        "agreed to this application. I confirm that the group has a health and safety policy "
        "and will hold public liability insurance of at least £5 million while the work is "
        "carried out. I understand that the Trust may ask for the grant back if it is not spent "
        "on the improvement described."
    )
    item(21, "Signature:")
    item(22, "Name:")
    item(23, "Position in group:")
    item(24, "Date:")
    state["y"] -= 6
    para(
        "Return to: Resident Engagement Team, Askerfield Housing Trust, 21 Chantry Road, "
        "Askerfield AF3 9LD. Telephone 01632 968 230. "
        "Email engagement@askerfieldhousing.example.org.uk",
        9.5,
    )
    folio()
    c.save()


if __name__ == "__main__":
    brackenlow()
    fellmarsh()
    carrowdale()
    askerfield()
