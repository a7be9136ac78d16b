"""Build set 103's Word and PDF documents (typical coastal communities and seaside towns funds:
a town council's Coastal Community Team grant, a district council's Seaside Regeneration Small
Grants, a harbour trust's community fund and a borough council's Coastal Resilience Small
Grants, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus103.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 12, 10, 10, 15, 0)
BOX = "\u2610"


def marrowsand() -> None:
    d = kit.new_document(
        FIXED, "Coastal Community Team Grant 2027: application form", "Marrowsand Town Council"
    )
    p = d.add_paragraph
    d.add_heading("Marrowsand Town Council", 0)
    p("Marrowsand Coastal Community Team Grant 2027: application form")
    p(
        "The Marrowsand Coastal Community Team brings together the Town Council, local "
        "businesses, the harbour, schools and community groups to carry out the town's Coastal "
        "Community Economic Plan. Each year the Town Council sets aside £20,000 for grants of "
        "£500 to £3,000 to local groups whose projects help Marrowsand to thrive as a seaside "
        "town all year round: events outside the summer season, heritage and arts trails, "
        "improvements to the seafront and green spaces, and projects that give young people "
        "skills and a reason to stay."
    )
    p(
        "Please read the grant guidelines before you fill in this form. Type or write your "
        "answers in the boxes and keep to the word limits. You can send the form and your "
        "documents by email to cct@marrowsand.example.gov.uk, or hand them in at the Town Council "
        "office. The closing date is 12 noon on Friday 26 February 2027."
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
                f"{BOX} Registered charity   {BOX} Community interest company   "
                f"{BOX} Constituted community group   {BOX} Other not-for-profit",
            ),
            (
                "Is your organisation a member of the Marrowsand Coastal Community Team?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: About your project", 1)
    kit.details(d, ["Project title", "Project location", "Start date", "Finish date"], shade=True)
    p()
    kit.question(
        d,
        "2.1 Describe your project: what you will do, when and where. (300 words maximum)",
        4000,
    )
    kit.question(
        d,
        "2.2 How will the project help Marrowsand as a seaside town, for residents and for "
        "visitors, and which aims of the Coastal Community Economic Plan does it support? "
        "(250 words maximum)",
    )
    kit.question(
        d,
        "2.3 Who will benefit, and how have local people been involved in planning the "
        "project? (200 words maximum)",
    )
    kit.question(
        d,
        "2.4 How will the project carry on, or be looked after, once the grant has been spent? "
        "(150 words maximum)",
        2400,
    )
    kit.question(d, "2.5 Is there anything else you would like to tell us?", 2400)
    d.add_heading("Section 3: Project costs", 1)
    p("Please list everything the grant will pay for. Include VAT only if you cannot reclaim it.")
    kit.grid(d, ["Item or activity", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount requested from the Town Council (£)",
            "Other funding already secured (£)",
        ],
        shade=True,
    )
    p()
    p(
        "The Town Council will pay up to 80% of the total cost of a project. You must find at "
        "least 20% from your own funds, other grants or sponsorship; volunteer time does not "
        "count towards this."
    )
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send the following with your application and tick the box to show that you "
        "have enclosed each one. We cannot assess an application until we have all the "
        "documents that apply to it."
    )
    kit.ticked(
        d,
        [
            "A copy of your constitution or set of rules",
            "Your latest annual accounts, signed by your treasurer (they do not need to be "
            "audited)",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "For any single item costing more than £500: two written quotes",
            "If your project involves children, young people or adults at risk: your "
            "safeguarding policy",
            "If the project will take place on the beach, the promenade or any land your "
            "organisation does not own: written permission from the landowner",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is true and complete, that I am "
        "authorised to apply on behalf of the organisation, and that the organisation has an "
        "equal opportunities policy. I understand that the grant must be spent on the project "
        "described and that the Town Council may ask for it to be repaid if it is not, and that "
        "we will send a short report and receipts within three months of the project ending."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Marrowsand Town Council, The Old Customs House, Quay Street, Marrowsand MS4 1QT. "
        "Telephone 01632 971 204. www.marrowsand.example.gov.uk/cct"
    )
    out = HERE / "marrowsand-coastal-community-team-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def shinglebury() -> None:
    d = kit.new_document(
        FIXED,
        "Seaside Regeneration Small Grants: guidance for applicants",
        "Shinglebury District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Shinglebury District Council", 0)
    p("Seaside Regeneration Small Grants 2027 to 2028: guidance for applicants")
    d.add_heading("1. Introduction", 1)
    p(
        "Shinglebury's seaside towns, Shinglebury, Saltings Quay and Cockleby-on-Sea, have "
        "some of the highest levels of deprivation in the county, and too many of their "
        "buildings and spaces are empty outside the summer. The Seaside Regeneration Small "
        "Grants scheme, paid for from the Council's share of the UK Shared Prosperity Fund and "
        "its own regeneration budget, helps community organisations and social enterprises to "
        "bring buildings and spaces back into use and to create activity all year round."
    )
    p(
        "These notes explain who can apply, what we can pay for and how to apply. Please read "
        "them in full before you start your application."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation is one of these:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a community interest company or a community benefit society;")
    bullet(
        "a constituted voluntary or community group with at least three unrelated members "
        "on its committee;"
    )
    bullet("a town or parish council in the district.")
    p(
        "Your organisation must have a bank account in its own name that needs two signatures, "
        "and the project must take place in one of the three seaside towns."
    )
    d.add_heading("3. What we can pay for", 1)
    p("Grants are for one-off projects. Examples of what we can pay for:")
    bullet("bringing empty shops, kiosks, beach huts or halls back into community use;")
    bullet("improvements to seafront spaces, such as seating, planting, murals and signs;")
    bullet("equipment for events, markets and festivals held outside the main summer season;")
    bullet(
        "start-up costs of new community businesses, such as a community café or "
        "a bike and kayak hire scheme;"
    )
    bullet("small feasibility studies and design work for larger projects.")
    d.add_heading("4. What we cannot pay for", 1)
    bullet("costs that are the responsibility of the Council or another public body;")
    bullet("work that has started, or equipment bought, before we write to offer a grant;")
    bullet(
        "the running costs of an organisation, such as rent or salaries, after the project ends;"
    )
    bullet("projects that make a profit for a private business or an individual.")
    d.add_heading("5. How much you can apply for", 1)
    p(
        "You can apply for between £2,000 and £15,000. The grant can pay for up to 50% of the "
        "total cost of the project, so you will need to find at least half of the cost from "
        "other sources. This can be your own money, another grant, a loan or sponsorship, but "
        "not volunteer time or donated goods."
    )
    d.add_heading("6. Insurance and policies", 1)
    p(
        "All applicants must hold public liability insurance of at least £5 million. If your "
        "project includes an event on the beach or the seafront that needs the Council's event "
        "permission, your cover for that event must be at least £10 million. You do not need "
        "to send us your certificate with the application."
    )
    p(
        "Your organisation must have an equal opportunities policy. You do not need to send it, "
        "but we may ask to see it before we pay the grant."
    )
    d.add_heading("7. What to send with your application", 1)
    p(
        "You will need to upload these documents at the end of the online application form. "
        "The table shows which documents everyone must send and which depend on your project."
    )
    kit.table(
        d,
        [
            ("Document", "Who must send it"),
            (
                "Your governing document (constitution, articles of association or rules)",
                "Everyone",
            ),
            (
                "Your latest annual accounts. These do not need to be audited, but they must be "
                "signed by two members of your committee or board",
                "Everyone",
            ),
            (
                "A bank statement in your organisation's name, dated within the last three months",
                "Everyone",
            ),
            (
                "Two written quotes for each item of equipment or work costing more than £1,000",
                "Projects buying equipment or paying for building work",
            ),
            (
                "Written permission from the owner of the building or land",
                "Projects on a building or land your organisation does not own",
            ),
            ("A copy of the planning permission", "Projects that need planning permission"),
            (
                "Your safeguarding policy",
                "Projects that involve children, young people or adults at risk",
            ),
        ],
    )
    d.add_heading("8. How to apply", 1)
    p(
        "Apply online at www.shinglebury.example.gov.uk/seasidegrants. You will need to "
        "register for an account first, and you can save your application and return to it "
        "later. The form asks for your organisation's details, a description of the project "
        "(up to 500 words), how it will help the seaside towns (up to 300 words), how you will "
        "manage the project (up to 200 words), a budget and your match funding."
    )
    p(
        "If you cannot apply online, please contact the Coastal Regeneration Officer, "
        "Mr Daniel Okafor, on 01632 972 118 or at seasidegrants@shinglebury.example.gov.uk, "
        "and we will help."
    )
    d.add_heading("9. How we will assess your application", 1)
    kit.table(
        d,
        [
            ("Criterion", "What we will look for", "Score"),
            (
                "Regeneration",
                "The project brings a building or space back into use or creates "
                "year-round activity",
                "30",
            ),
            (
                "Community benefit",
                "Clear benefit for residents, especially in the most deprived areas",
                "25",
            ),
            (
                "Deliverability",
                "A realistic plan, budget and timetable, and the skills to carry it out",
                "25",
            ),
            (
                "Match funding and value for money",
                "Other money in place and reasonable costs",
                "20",
            ),
        ],
    )
    p(
        "Applications are scored by officers and decided by the Coastal Regeneration Board. "
        "Applications that score less than 50 out of 100 will not be funded."
    )
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Decision"),
            ("Round 1", "Friday 9 April 2027", "June 2027"),
            ("Round 2", "Friday 8 October 2027", "December 2027"),
        ],
    )
    d.add_heading("11. Frequently asked questions", 1)
    p("Can we apply for more than one project?").runs[0].bold = True
    p("You can only have one grant from the scheme at a time.")
    p("Can we use the grant as match funding for another grant?").runs[0].bold = True
    p("Yes, as long as the other funder agrees and the costs are not paid for twice.")
    p("How will the grant be paid?").runs[0].bold = True
    p(
        "We pay 80% of the grant when you accept our offer and the rest when you send us your "
        "end-of-project report with copies of receipts."
    )
    p("Do we need to be based in one of the seaside towns?").runs[0].bold = True
    p("No, but the project must take place there and benefit people who live there.")
    d.add_heading("12. Contact us", 1)
    p(
        "Coastal Regeneration Team, Shinglebury District Council, Council Offices, Marine "
        "Parade, Shinglebury SB2 5RA. Telephone 01632 972 118. "
        "Email seasidegrants@shinglebury.example.gov.uk."
    )
    out = HERE / "shinglebury-seaside-regeneration-small-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wrackholme() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wrackholme-harbour-trust-community-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Harbour Community Fund: application form")
    c.setAuthor("Wrackholme Harbour Trust")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#1F3A5F")

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
        c.setFillColor(navy)
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
    c.drawString(50, state["y"], "Wrackholme Harbour Trust")
    state["y"] -= 22
    txt("Harbour Community Fund 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Wrackholme Harbour Trust runs the harbour for the benefit of the town. Each year the "
        "Trustees put part of the income from harbour dues and moorings into the Harbour "
        "Community Fund, which gives grants of up to £4,000 to community groups, clubs and "
        "charities for projects that help people to enjoy and look after the harbour and the "
        "coast: sailing, rowing and paddling for young people, water safety training, heritage "
        "projects, beach and harbour clean-ups and events on the quays."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. The answer boxes have a character "
        "limit, shown after each question. Send the completed form and your documents to "
        "communityfund@wrackholmeharbour.example.org.uk by 31 March 2027."
    )
    bar("Part A: About your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or club registration number", 20)
    radios(
        "org_type",
        "Which of these best describes your organisation?",
        ["Registered charity", "Sports club", "Community group", "CIC", "Other"],
    )
    bar("Part B: About your project")
    field("title", "Project title", 80)
    field("start", "Start date", 10)
    box(
        "b1",
        "B1 What is your project, and what will the grant pay for? (up to 1,800 characters)",
        "B1 What is your project, and what will the grant pay for?",
        1800,
        140,
    )
    box(
        "b2",
        "B2 How will the project benefit the harbour community, harbour users or visitors to "
        "Wrackholme? (up to 1,500 characters)",
        "B2 How will the project benefit the harbour community, harbour users or visitors?",
        1500,
        120,
    )
    box(
        "b3",
        "B3 How will you manage the risks of activities on or near the water? "
        "(up to 1,200 characters)",
        "B3 How will you manage the risks of activities on or near the water?",
        1200,
        100,
    )
    field("numbers", "How many people will take part or benefit?", 6)
    box(
        "b4",
        "B4 How will you know that the project has been a success? (up to 900 characters)",
        "B4 How will you know that the project has been a success?",
        900,
        80,
    )
    box(
        "b5",
        "B5 What will happen after the grant has been spent? (up to 600 characters)",
        "B5 What will happen after the grant has been spent?",
        600,
        60,
    )
    radios(
        "trust_property",
        "Will any part of the project take place on Trust property (quays, slipways, pontoons)?",
        ["Yes", "No"],
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount requested from the Fund (£)", 10)
    field("other_funds", "Other money for the project (£)", 10)
    txt(
        "The Fund can pay up to 75% of the cost of a project. Please find at least 25% from "
        "your own money or from other funders, and tell us where it is coming from."
    )
    bar("Part D: Supporting documents")
    txt(
        "Please tick to show which documents you are sending with this form. The last two are "
        "only needed if they apply to your project."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your constitution, rules or governing document")
    tick(
        "doc_accounts",
        "Your latest accounts, audited or independently examined. New groups without a full "
        "year's accounts may send a statement of income and spending signed by two committee "
        "members instead.",
    )
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, showing cover of at least £5 million",
    )
    tick(
        "doc_water",
        "If your project includes activities on the water: your risk assessment and a copy of "
        "your instructors' qualifications",
    )
    tick(
        "doc_safeguarding",
        "If your project involves anyone under 18: your safeguarding policy",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the organisation has a "
        "health and safety policy that covers the project, and that the grant will be spent "
        "only on the project described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Wrackholme Harbour Trust, Harbour Office, North Quay, Wrackholme WK7 2HB. Telephone "
        "01632 973 460. Registered charity number 1187654.",
        9,
    )
    c.save()


def brinemouth() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brinemouth-coastal-resilience-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Coastal Resilience Small Grants: application form")
    c.setAuthor("Brinemouth Borough Council")
    w, hgt = A4
    state = {"y": hgt - 56, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"
    grey = HexColor("#D9E2F3")
    left, right = 56, w - 56

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(left, 30, "Brinemouth Borough Council  |  Coastal Resilience Small Grants")
        c.drawRightString(right, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 56:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 56

    def para(t: str, size: float = 10, f: str = font, x: float = left) -> None:
        for line in simpleSplit(t, f, size, right - x):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(50)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(left, state["y"] - 6, right - left, 20, fill=1, stroke=1)
        c.setFillColor(black)
        c.setFont(bold, 11)
        c.drawString(left + 6, state["y"], t)
        state["y"] -= 24

    def rows(labels: list[str], split: float = 210) -> None:
        for label in labels:
            lines = simpleSplit(label, font, 10, split - 10)
            hgt_row = max(22, 13 * len(lines) + 8)
            room(hgt_row)
            c.rect(left, state["y"] - hgt_row, split, hgt_row, stroke=1, fill=0)
            c.rect(left + split, state["y"] - hgt_row, right - left - split, hgt_row, stroke=1)
            for i, line in enumerate(lines):
                c.setFont(font, 10)
                c.drawString(left + 5, state["y"] - 14 - 13 * i, line)
            state["y"] -= hgt_row
        state["y"] -= 10

    def question(text: str, height: int) -> None:
        lines = simpleSplit(text, bold, 10, right - left - 10)
        room(13 * len(lines) + 12 + min(height, 300))
        top = state["y"]
        c.rect(left, top - 13 * len(lines) - 8, right - left, 13 * len(lines) + 8, stroke=1)
        for i, line in enumerate(lines):
            c.setFont(bold, 10)
            c.drawString(left + 5, top - 14 - 13 * i, line)
        state["y"] = top - 13 * len(lines) - 8
        c.rect(left, state["y"] - height, right - left, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 18)
    c.drawString(left, state["y"], "Brinemouth Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(left, state["y"], "Coastal Resilience Small Grants 2027 - Application form")
    state["y"] -= 24
    para(
        "Brinemouth's coast faces more frequent storms, flooding and cliff erosion. Coastal "
        "Resilience Small Grants of up to £2,500 help community groups to prepare for, cope "
        "with and recover from coastal flooding and erosion: community flood plans and flood "
        "wardens, emergency kit for community buildings, dune and saltmarsh planting, "
        "information for residents and visitors, and training for volunteers."
    )
    para(
        "You do not need to find match funding for your project, although we welcome "
        "contributions in kind. Grants are paid in full when you accept our offer."
    )
    para(
        "Please complete every section and keep to the word limits. Return the form with your "
        "documents to coastalgrants@brinemouth.example.gov.uk or to the address on the last "
        "page. Applications can be made at any time until the fund is spent."
    )
    heading("Section A  Your organisation")
    rows(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Role in the organisation",
            "Telephone",
            "Email",
            "Type of organisation: community group / charity / parish or town council / CIC / "
            "other (please circle)",
        ]
    )
    heading("Section B  Your project")
    rows(
        ["Project name", "Ward or area where the project will take place", "Start date", "End date"]
    )
    question("B1  Describe your project. What will you do, and where? (maximum 250 words)", 170)
    question(
        "B2  What coastal flooding or erosion risk does the project deal with, and how will it "
        "help the community to prepare for, respond to or recover from it? (maximum 300 words)",
        200,
    )
    question(
        "B3  How have you worked with the Council's Coastal Management Team, the Environment "
        "Agency or your local flood group in planning the project? (maximum 150 words)",
        110,
    )
    rows(["How many volunteers will be involved?"])
    question(
        "B4  How will the project be kept going after the first year? (maximum 150 words)", 110
    )
    question(
        "B5  Please give any other information that you think will support your application.",
        110,
    )
    heading("Section C  Budget")
    para("Please list what the grant will be spent on.", 10, bold)
    widths = (220, 140, right - left - 360)
    grid = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 5
    for n, row in enumerate(grid):
        room(20)
        x = left
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 10
    rows(["Total cost of the project (£)", "Amount of grant requested (£)"])
    heading("Section D  Documents to send with this form")
    para("Please send:")
    for t in [
        "a copy of your constitution or governing document;",
        "your latest annual accounts, independently examined. If your annual income is less "
        "than £10,000, a statement of income and expenditure signed by your treasurer will do;",
        "a copy of your most recent bank statement;",
        "a map or plan showing where the project will take place.",
    ]:
        para("\u2022  " + t, x=left + 12)
    para(
        "If your project involves work on the beach, dunes, saltmarsh or sea defences, please "
        "also send:"
    )
    for t in [
        "written permission from the landowner; and",
        "if the site is in a Site of Special Scientific Interest, Natural England's assent "
        "for the work.",
    ]:
        para("\u2022  " + t, x=left + 12)
    para(
        "If you are buying any item of equipment that costs more than £500, please send a quote "
        "for it."
    )
    heading("Section E  Declaration")
    para(
        "I confirm that the information in this application is correct. I confirm that our "
        "organisation holds public liability insurance of at least £2 million, that we have a "
        "health and safety policy and will carry out a risk assessment for every activity, and "
        "that if the project involves children or adults at risk we have a safeguarding policy "
        "and will follow it. I understand that the Council may ask for the grant to be repaid "
        "if it is not used as described."
    )
    rows(["Signature", "Name (in capitals)", "Position", "Date"])
    para(
        "Coastal Management Team, Brinemouth Borough Council, Town Hall, Esplanade, Brinemouth "
        "BN9 3TW. Telephone 01632 974 825.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    marrowsand()
    shinglebury()
    wrackholme()
    brinemouth()
