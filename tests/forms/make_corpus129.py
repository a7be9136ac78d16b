"""Build set 129's Word and PDF documents (typical twinning, international links and civic
pride grants: a town council's town twinning exchange grant application, a district council's
Civic Pride and International Links Fund guidance, a parish council's twinning association
grant form and a town council's in-bloom civic pride small grants form, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus129.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def crellingham() -> None:
    d = kit.new_document(
        FIXED,
        "Town Twinning Exchange Grant 2027/28: application form",
        "Crellingham Town Council",
    )
    p = d.add_paragraph
    d.add_heading("Crellingham Town Council", 0)
    p("Town Twinning Exchange Grant 2027/28: application form")
    p(
        "Crellingham has been twinned with Saint-Aubin-sur-Lorre in France since 1974 and with "
        "Bad Kellfeld in Germany since 1989. The Town Twinning Exchange Grant helps the "
        "Crellingham Twinning Association, schools, youth groups, sports and arts clubs in the "
        "town to organise exchange visits with our twin towns, and to host visitors from them. "
        "Grants are up to £3,000 and can pay for coach, ferry and rail travel, group "
        "accommodation, interpreters, hall hire and a civic welcome for visiting groups."
    )
    p(
        "We can pay up to half the cost of a visit. The rest must come from your own funds, "
        "contributions from the people taking part or other funders."
    )
    p(
        "Please type your answers in the boxes, which will expand as you type, and keep to the "
        "word limits. Email the completed form and your documents to "
        "twinning@crellingham.example.gov.uk at least ten weeks before the visit. The Civic "
        "Affairs Committee meets in January, April, July and October."
    )
    d.add_heading("Do you need help?", 2)
    p(
        "The Civic Officer, Mrs Janet Penhaligon, can answer questions about the grant or look "
        "at a draft application. Ring 01632 960 417 or email the address above."
    )
    d.add_heading("Section 1: About your organisation", 1)
    kit.details(
        d,
        [
            "Name of association or group",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the group (for example Secretary)",
            "Telephone",
            "Email",
            "Registered charity number (if you have one)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Twinning association   {BOX} School   {BOX} Youth group   "
                f"{BOX} Sports or arts club   {BOX} Other",
            ),
            ("Number of members", ""),
            (
                "Which twin town is the visit with?",
                f"{BOX} Saint-Aubin-sur-Lorre (France)   {BOX} Bad Kellfeld (Germany)",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: The visit", 1)
    kit.pairs(
        d,
        [
            ("Date of departure or arrival", ""),
            ("Date of return or departure", ""),
            ("Number of people taking part", ""),
            ("How many of them are under 18?", ""),
            ("Is this an outgoing visit or are you hosting?", f"{BOX} Outgoing   {BOX} Hosting"),
        ],
    )
    p()
    kit.question(
        d,
        "2.1 Describe the visit: where you are going (or who is coming), what you will do and "
        "who will take part. (max 300 words)",
    )
    kit.question(
        d,
        "2.2 How will the visit strengthen the link between Crellingham and its twin town? "
        "(max 250 words)",
    )
    kit.question(
        d,
        "2.3 How will you make sure people who have not taken part before, including young "
        "people and people on low incomes, can join the visit? (max 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.4 How will you keep everyone safe while travelling and during the visit? Please tell "
        "us about supervision, travel insurance and emergency contacts. (max 250 words)",
    )
    kit.question(
        d,
        "2.5 How will you share what happened with people in Crellingham after the visit? "
        "(max 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 Is there anything else you would like us to know about your application?",
        2000,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list the costs of the visit, including those you will pay for yourselves.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the visit (£)",
            "Grant requested from Crellingham Town Council (£)",
            "Money from your own funds, participants and other funders (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Documents checklist", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution or rules",
            "Your latest annual accounts, signed by your treasurer",
            "A draft programme or itinerary for the visit",
            "A letter of support from your partner association, school or club in the twin town",
            "Two quotes for any single item costing more than £500",
            "If anyone under 18 or any adult at risk is taking part: your safeguarding policy",
        ],
    )
    p(
        "Your association or group must hold public liability insurance of at least £5 million. "
        "You do not need to send the certificate."
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that the grant will "
        "be used only for the visit described. I understand that the Town Council may ask for "
        "the grant back if the visit does not take place, and that we must send a short report "
        "with receipts within two months of the visit."
    )
    p("Please tick to confirm each statement.")
    kit.ticks(
        d,
        [
            "Everyone travelling abroad will hold travel insurance for the whole visit.",
            "Before the visit we will have written consent from a parent or carer for everyone "
            "under 18 who takes part, and their emergency contact details.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Civic Office, Crellingham Town Council, The Guildhall, Market Place, Crellingham "
        "CR6 2LB. Telephone 01632 960 417.",
    )
    out = HERE / "crellingham-town-twinning-exchange-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tollesby() -> None:
    d = kit.new_document(
        FIXED,
        "Civic Pride and International Links Fund 2027/28: guidance notes",
        "Tollesby District Council",
    )
    p = d.add_paragraph

    def bullets(items: list[str]) -> None:
        for t in items:
            d.add_paragraph(t, style="List Bullet")

    d.add_heading("Tollesby District Council", 0)
    p("Civic Pride and International Links Fund 2027/28: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "The Civic Pride and International Links Fund supports community projects that help "
        "people in Tollesby District feel proud of where they live and keep up the district's "
        "friendships with its twin towns and partner communities abroad. The fund has £40,000 "
        "to give in 2027/28, in grants of £250 to £5,000."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if you are one of these and you work in Tollesby District:")
    bullets(
        [
            "a town or parish twinning association or friendship society;",
            "a civic society, residents' association or in-bloom group;",
            "a voluntary or community group with a written constitution;",
            "a town or parish council applying for a project run with local volunteers.",
        ]
    )
    p(
        "We cannot fund individuals, businesses, political parties or projects that mainly "
        "benefit people outside the district. Schools can apply only for activities that take "
        "place outside the school day."
    )
    d.add_heading("3. What we fund", 1)
    p("The fund has two strands.")
    p(
        "Civic pride: community planting and in-bloom displays, restoring benches, signs, "
        "memorials and village pumps, heritage trails and interpretation boards, community "
        "clean-ups, and events that celebrate local history."
    )
    p(
        "International links: exchange visits with twin towns (travel, group accommodation and "
        "insurance for the visit), hosting visiting groups, joint projects with partner "
        "communities, language and cultural events, and anniversary celebrations of a twinning."
    )
    p("We do not fund:")
    bullets(
        [
            "civic dignitaries' travel or gifts;",
            "visits that are mainly holidays, with no shared activity with the partner community;",
            "alcohol, or prizes worth more than £50;",
            "work that has already started or costs you have already paid.",
        ]
    )
    d.add_heading("4. How much you can ask for", 1)
    p(
        "You can ask for between £250 and £5,000. We can fund up to 80% of the total cost of "
        "your project. You must find at least 20% from your own funds, fundraising, "
        "participants' contributions or other grants."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Download the application form from www.tollesby.example.gov.uk/civicpride or ask us "
        "for a paper copy. The form has four parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length"),
            ("A", "Your group's contact and bank details", "Details only"),
            (
                "B",
                "Your project: what you will do, who will benefit and why it matters",
                "Up to 400 words",
            ),
            ("C", "Costs and other money you have raised", "A table"),
            ("D", "Declaration, signed by two members of your committee", "Signatures"),
        ],
    )
    p(
        "Email the completed form and the documents in section 6 to "
        "civicpride@tollesby.example.gov.uk before the closing date."
    )
    d.add_heading("6. What you need to send", 1)
    p("With your completed application form, every applicant must send:")
    bullets(
        [
            "your constitution, set of rules or terms of reference;",
            "your most recent annual accounts or, if your group is less than 12 months old, your "
            "last three months' bank statements instead;",
            "a breakdown of the costs of your project;",
            "a copy of your current public liability insurance certificate.",
        ]
    )
    p("You will also need to send these where they apply to you:")
    bullets(
        [
            "for an exchange visit that includes young people under 18, your safeguarding "
            "policy and a list of the adults travelling with them, with the date of each "
            "adult's enhanced DBS check;",
            "for projects costing more than £2,000, two written quotes;",
            "if your project involves work on land or a building you do not own, the written "
            "permission of the owner;",
            "if you will hold a public event, your risk assessment for it.",
        ]
    )
    d.add_heading("7. Insurance and policies", 1)
    p(
        "Every group must hold public liability insurance of at least £5 million that covers "
        "the activity. Groups organising travel abroad should also make sure everyone taking "
        "part has travel insurance."
    )
    p(
        "Every group must have an equal opportunities policy. You do not need to send it to us, "
        "but we may ask to see it."
    )
    d.add_heading("8. How we decide", 1)
    p("Officers score each application against these points:")
    kit.table(
        d,
        [
            ("What we look for", "Weight"),
            ("How the project benefits people in the district", "30%"),
            ("How local people are involved in planning and running it", "25%"),
            ("For international projects, the part played by the partner community", "20%"),
            ("Value for money", "15%"),
            ("What will last after the project", "10%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Decision by"),
            ("1", "Friday 7 May 2027", "Friday 25 June 2027"),
            ("2", "Friday 3 September 2027", "Friday 22 October 2027"),
            ("3", "Friday 7 January 2028", "Friday 25 February 2028"),
        ],
    )
    d.add_heading("10. Questions people often ask", 1)
    d.add_heading("Can we apply for more than one visit?", 3)
    p("Yes, but only one grant can be paid to a group in each financial year.")
    d.add_heading("Can volunteers' time count towards our 20%?", 3)
    p(
        "No. Your share must be money, but it can include money participants pay towards the "
        "cost of a visit."
    )
    d.add_heading("We are a new twinning association. Can we still apply?", 3)
    p(
        "Yes. Send your bank statements instead of accounts, as section 6 explains, and talk to "
        "us before you apply."
    )
    d.add_heading("What happens after the project?", 3)
    p(
        "You must send a short report with photographs and copies of receipts within three "
        "months of the project finishing."
    )
    p(
        "Communities Team, Tollesby District Council, Station Road, Tollesby TB3 9RE. "
        "Telephone 01632 961 722. Email civicpride@tollesby.example.gov.uk."
    )
    out = HERE / "tollesby-civic-pride-and-international-links-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def amberwick() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "amberwick-twinning-association-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Twinning and International Links Grant: application form")
    c.setAuthor("Amberwick Parish Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#5B2A6E")

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
    c.drawString(50, state["y"], "Amberwick Parish Council")
    state["y"] -= 22
    txt("Twinning and International Links Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Amberwick is twinned with Saint-Herbelin in Brittany and has a friendship link with "
        "Oberlanz in Austria. Each year the Parish Council sets aside up to £1,500 for the "
        "Amberwick Twinning Association and other village groups to run twinning activities: "
        "exchange visits, hosting visitors, civic receptions, joint events and school and "
        "youth links."
    )
    state["y"] -= 4
    txt(
        "The Parish Council can pay up to 75% of the cost of an activity. Your group must find "
        "at least 25% from its own funds, members' contributions or fundraising."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Some answer boxes have a limit, shown after the "
        "question. Save the form and email it, with your documents, to "
        "clerk@amberwickpc.example.gov.uk, or post it to the Parish Clerk. Applications are "
        "considered at the Parish Council meetings in March and September."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("members", "Number of members", 5)
    radios(
        "link",
        "Which link is your activity part of?",
        ["Saint-Herbelin (France)", "Oberlanz (Austria)", "Another international link"],
    )
    radios("charity", "Is your group a registered charity?", ["Yes", "No"])
    bar("Part B: Your activity")
    field("activity_name", "Name of the activity", 80)
    field("activity_dates", "Date or dates of the activity", 40)
    field("participants", "Number of people taking part", 5)
    box(
        "b1",
        "B1 What is the activity and what will happen? (up to 1,500 characters)",
        "B1 What is the activity and what will happen?",
        1500,
        110,
    )
    box(
        "b2",
        "B2 Who will take part, and how will you involve people in Amberwick who are not "
        "members of your group? (up to 1,200 characters)",
        "B2 Who will take part, and how will you involve people who are not members?",
        1200,
        90,
    )
    box(
        "b3",
        "B3 How will the activity benefit the village and its link with the twin town? "
        "(up to 900 characters)",
        "B3 How will the activity benefit the village and its link with the twin town?",
        900,
        70,
    )
    box(
        "b4",
        "B4 If young people or adults at risk are taking part, how will you keep them safe, "
        "including while they stay with host families? (up to 150 words)",
        "B4 How will you keep young people and adults at risk safe?",
        0,
        90,
    )
    box(
        "b5",
        "B5 Please tell us anything else that will help the Parish Council to consider your "
        "application.",
        "B5 Anything else that will help the Parish Council to consider your application",
        0,
        80,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the activity (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("own_money", "Your group's own contribution (£)", 10)
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your group's constitution or rules")
    tick(
        "doc_accounts",
        "Your latest accounts: independently examined if your income is over £25,000, "
        "otherwise signed by your treasurer and one other committee member",
    )
    tick("doc_programme", "A programme for the activity or visit")
    tick(
        "doc_insurance",
        "A copy of your public liability insurance certificate (cover of at least £10 million)",
    )
    tick(
        "doc_safeguarding",
        "If young people under 18 are travelling or staying with host families: your "
        "safeguarding policy",
    )
    tick("doc_quotes", "Two quotes for any item costing more than £300")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised by the "
        "group to apply and that the grant will be used only for the activity described.",
    )
    tick(
        "equality",
        "Our group has an equal opportunities policy, and the activity will be open to everyone "
        "in Amberwick.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "The Parish Clerk, Amberwick Parish Council, The Reading Room, Back Lane, Amberwick "
        "AW4 7JT. Telephone 01632 962 905.",
        9,
    )
    c.save()


def follingham() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "follingham-in-bloom-civic-pride-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Follingham in Bloom Civic Pride Small Grants: application form")
    c.setAuthor("Follingham Town Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Follingham Town Council: Civic Pride Small Grants 2027")
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
        room(26)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        c.drawString(76, state["y"] - 13, label)
        x = 276
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 20
        state["y"] -= 26

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
    c.drawString(50, state["y"], "Follingham Town Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Follingham in Bloom: Civic Pride Small Grants 2027")
    state["y"] -= 24
    para(
        "Follingham in Bloom won silver-gilt in the Heart of the Shires in Bloom competition "
        "last year. The Town Council's Civic Pride Small Grants help residents' groups, "
        "schools, churches, shops and community groups to make their part of the town greener, "
        "cleaner and brighter. You can apply for up to £750 for planters, hanging baskets, "
        "bulbs and plants, bird boxes, tools, litter-picking kit, paint for railings and "
        "benches, and signs."
    )
    para(
        "We do not expect you to find match funding: the grant can pay for the whole of your "
        "project."
    )
    para(
        "Please write clearly in black ink in the boxes, keeping to the word limits. Post or "
        "hand the form to the Town Council Offices, or scan it and email it to "
        "inbloom@follingham.example.gov.uk. The closing date is Friday 9 April 2027, so that "
        "projects are finished before the judges visit in July."
    )
    heading("Part 1: About your group")
    item("1.1", "Name of group, school or business")
    item("1.2", "Contact name")
    item("1.3", "Address")
    item("1.4", "Postcode")
    item("1.5", "Telephone")
    item("1.6", "Email")
    choice("1.7", "Is your group constituted?", ["Yes", "No"])
    heading("Part 2: Your project")
    item("2.1", "Where will the project take place? (street or site)")
    question(
        "2.2",
        "Describe your project and what you will plant, make or improve. (no more than 200 words)",
        120,
    )
    question(
        "2.3",
        "How will local people, including children and older residents, get involved? "
        "(no more than 150 words)",
        100,
    )
    question(
        "2.4",
        "Who will look after the planting or improvement once it is done, and for how long? "
        "(no more than 100 words)",
        80,
    )
    question(
        "2.5",
        "How will the project help Follingham's entry in the In Bloom competition and make the "
        "town a place people are proud of? (no more than half a side of A4)",
        150,
    )
    heading("Part 3: Costs")
    para("Please list what you will buy.")
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    for _n, row in enumerate(rows):
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
    heading("Part 4: What to send with your form")
    for t in [
        "a)  a quote, catalogue page or price list for the main things you will buy;",
        "b)  a photograph of the site as it is now;",
        "c)  your group's latest bank statement;",
        "d)  if your group is constituted, a copy of your constitution or rules;",
        "e)  written permission from the landowner if the site is not owned by the Town Council "
        "(for example land owned by Follingham Homes or the County Council's Highways team);",
        "f)  if volunteers will work beside a road or use power tools, a risk assessment.",
    ]:
        para(t, x=62)
    para(
        "Every group must hold public liability insurance of at least £2 million to cover its "
        "volunteers. You do not need to send the certificate."
    )
    heading("Part 5: Declaration")
    para(
        "I confirm that the information in this form is correct and that the grant will be used "
        "only for the project described. I agree to send the Town Council a photograph of the "
        "finished project and copies of receipts by 30 September 2027."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Approved by committee on: "
        "____________   Amount: £____________",
        9,
    )
    para(
        "Follingham Town Council, Town Council Offices, 14 Bridge Street, Follingham FH2 5AQ. "
        "Telephone 01632 963 208.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    crellingham()
    tollesby()
    amberwick()
    follingham()
