"""Build set 75's Word and PDF documents (typical town centre, high street and market town
community grants from councils, town councils and BIDs, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus75.py
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


def drovebury() -> None:
    d = kit.new_document(FIXED, "Community and Events Grant: application form", "Drovebury BID")
    d.add_heading("Drovebury Business Improvement District", 0)
    d.add_heading("Community and Events Grant 2027: application form", 1)
    d.add_paragraph(
        "The Drovebury BID is funded by a levy paid by the town centre's businesses. Each year "
        "we set aside part of the levy for community and events grants of £250 to £2,000, for "
        "events and activities in the BID area that bring people into the town centre and "
        "support local businesses."
    )
    d.add_paragraph(
        "The BID will fund up to 50% of the total cost of your event or project. You must find "
        "the other 50% from other sources, such as sponsorship, ticket or stall income, or your "
        "own funds."
    )
    d.add_paragraph(
        "Please read the Community and Events Grant criteria before you fill in this form, and "
        "return it with your documents to grants@droveburybid.example.org.uk by 5pm on Friday "
        "5 March 2027. If you have any questions, call the BID office on 01632 960 571."
    )
    d.add_heading("Section 1: About your organisation", 2)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact",
            "Role in organisation",
            "Telephone",
            "Email",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (please tick)", bold=True)
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Community or voluntary group    {BOX} Registered charity    "
        f"{BOX} Community interest company    {BOX} Social enterprise    {BOX} Other",
    )
    d.add_paragraph()
    _details(d, ["Registered charity or company number (if applicable)"])
    d.add_heading("Section 2: About your event or project", 2)
    _details(
        d,
        [
            "2.1 Name of event or project",
            "2.2 Date(s) of event or project",
            "2.3 Location (street or venue in the BID area)",
        ],
    )
    d.add_paragraph()
    _question(
        d,
        "2.4 Describe your event or project and what the grant will be spent on. (max 300 words)",
    )
    _question(
        d,
        "2.5 How will it bring more people into Drovebury town centre and benefit the "
        "businesses that pay the BID levy? (max 200 words)",
        2800,
    )
    _question(
        d,
        "2.6 How will you promote the event, and how will you acknowledge the BID's "
        "support? (max 150 words)",
        2200,
    )
    _question(
        d,
        "2.7 What will you do if you receive less than the amount you have asked for? "
        "(max 100 words)",
        1800,
    )
    _details(d, ["2.8 Expected number of visitors"])
    d.add_heading("Section 3: Costs", 2)
    _details(
        d,
        [
            "3.1 Total cost of the event or project (£)",
            "3.2 Amount requested from the BID (£)",
        ],
    )
    d.add_paragraph(
        "Please attach a budget showing all the income and spending for the event (see Section 4)."
    )
    d.add_heading("Section 4: Checklist of documents", 2)
    d.add_paragraph("Please tick each document you are sending with this form.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    docs = [
        "A budget showing all income and expenditure for the event or project",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
        "A risk assessment for the event",
        "Your latest annual accounts or, if your group is less than a year old, your last "
        "three months' bank statements",
        "If you need to close a road: a copy of your temporary road closure application",
        "If food will be sold at the event: a list of food traders with each trader's food "
        "hygiene rating",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section 5: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information on this form is true and complete, that I am "
        "authorised to apply on behalf of the organisation, and that any grant will be used "
        "only for the event or project described. I understand that the BID may ask for the "
        "grant to be repaid if it is not used as agreed."
    )
    _details(d, ["Signature", "Name (in capitals)", "Position", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "Drovebury BID Ltd, 14 Market Place, Drovebury DR1 2AB. www.droveburybid.example.org.uk"
    )
    out = HERE / "drovebury-bid-community-events-grant-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def chantersby() -> None:
    d = kit.new_document(
        FIXED,
        "Shop Front and Community Premises Improvement Grant: guidance notes",
        "Chantersby District Council",
    )
    d.add_heading("Chantersby District Council", 0)
    d.add_heading(
        "Shop Front and Community Premises Improvement Grant: guidance notes for community "
        "organisations",
        1,
    )
    h = d.add_heading
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    h("1. Introduction", 2)
    p(
        "Chantersby District Council wants the high streets of Chantersby, Fellcote and Upper "
        "Wrayton to be attractive, busy places where people want to spend time. Many of the "
        "buildings on our high streets are used by charities and community groups: charity "
        "shops, community hubs, advice centres, youth projects and community cafés. The Shop "
        "Front and Community Premises Improvement Grant helps these organisations improve the "
        "front of their premises, so that they look cared for and welcoming and add to the "
        "look of the street."
    )
    p(
        "These notes explain who can apply, what the grant can pay for and how to apply. "
        "Please read them all before you fill in the application form. Some of the words we "
        "use are explained in the glossary at the end."
    )
    h("2. How much you can apply for", 2)
    p(
        "You can apply for a grant of between £1,000 and £7,500. The grant will pay up to 50% "
        "of the eligible costs of the works. You must find at least 50% of the cost yourself, "
        "from your own funds or from other grants. We cannot pay more than 50% in any case, "
        "even for small schemes."
    )
    p(
        "For example, if the works cost £6,000 the most we can give is £3,000 and you will "
        "need to pay the other £3,000. The grant is paid after the works are finished, so you "
        "will need to pay the contractor first and then claim the grant from us."
    )
    h("3. Who can apply", 2)
    p("You can apply if your organisation is one of the following:")
    b("a registered charity or charitable incorporated organisation (CIO);")
    b("a constituted community or voluntary group;")
    b("a community interest company or other not-for-profit social enterprise;")
    b("a parish or town council, for a building it uses for community purposes.")
    p("Your organisation must also:")
    b(
        "occupy ground floor premises with a frontage onto a street in one of the three town "
        "centres (the boundaries are shown on the maps on our website);"
    )
    b("own the building, or have a lease with at least three years left to run;")
    b("not have started the works before you receive a grant offer letter.")
    p(
        "We cannot accept applications from individuals, private businesses, or organisations "
        "that have had a shop front grant from the Council in the last five years."
    )
    h("4. What the grant can pay for", 2)
    p(
        "The grant can pay for works to the front of the building that can be seen from the "
        "street, such as:"
    )
    b("repairing or replacing shop front windows, doors, stall risers and pilasters;")
    b("new or restored fascia signs and hanging signs;")
    b("painting and decorating the front of the building;")
    b("removing solid roller shutters and fitting open-mesh or internal shutters instead;")
    b("making the entrance accessible, for example a level threshold or a wider door;")
    b("restoring traditional features such as timber frames, cornices and console brackets;")
    b("professional fees for an architect or surveyor, up to 10% of the cost of the works.")
    p("The grant cannot pay for:")
    b("works inside the building, or to the back or sides of it;")
    b("routine maintenance, such as cleaning windows;")
    b("solid external roller shutters, plastic box signs or internally lit signs;")
    b("works that have already started or been paid for;")
    b("VAT that your organisation can reclaim.")
    h("5. Design standards", 2)
    p(
        "All works must follow the Council's Shop Front Design Guide, which you can download "
        "from our website. Most of the high street in Chantersby and Fellcote is in a "
        "conservation area, and several of the buildings are listed. Our Conservation Officer "
        "is happy to give free advice on your design before you apply, and we strongly "
        "recommend that you speak to them early."
    )
    p(
        "Some works need planning permission, advertisement consent or listed building "
        "consent. It is your responsibility to get any permission that is needed before the "
        "works start. If you are not sure, ask the Planning Service."
    )
    h("6. How we decide", 2)
    p("A panel of officers from Economic Development, Planning and Conservation will look at:")
    b("how much the works will improve the look of the building and the street;")
    b("how well the design follows the Shop Front Design Guide;")
    b("how the works will help your organisation serve the community;")
    b("value for money, based on the quotes you send;")
    b("whether the works can be finished within six months of the offer.")
    p(
        "The grant is discretionary and the fund is limited, so meeting the criteria does not "
        "guarantee a grant. We aim to tell you our decision within eight weeks of the closing "
        "date."
    )
    h("7. How to apply", 2)
    p(
        "Fill in the application form, which you can download from "
        "www.chantersby.example.gov.uk/shopfrontgrants or ask us to post to you. The form asks "
        "about your organisation, the works you want to carry out, how they will improve the "
        "street and help your organisation, and the costs. Email the form and your documents "
        "to town.centres@chantersby.example.gov.uk."
    )
    p("There are two rounds each year, closing at noon on 31 January and 31 July.")
    h("8. What you need to send with your application form", 2)
    p("Every application must include:")
    b("two written quotes from different contractors for the works, on their headed paper;")
    b("photographs of the front of the building as it is now;")
    b("drawings or a sketch of the proposed works, showing materials and colours;")
    b(
        "proof that you occupy the premises: a copy of your lease or, if you own the building, "
        "a copy of the title;"
    )
    b("a copy of your governing document (constitution, rules or articles of association);")
    b(
        "your most recent annual accounts. These do not need to be independently examined or "
        "audited: accounts approved by your committee are fine."
    )
    p("You will also need to send:")
    b("if you lease the premises: written permission for the works from your landlord;")
    b(
        "if the works need planning permission, advertisement consent or listed building "
        "consent: a copy of the decision notice, or proof that you have applied."
    )
    p("We cannot assess an application until we have all the documents that apply to you.")
    h("9. If you are offered a grant", 2)
    p(
        "We will send you an offer letter with the conditions of the grant. You must sign and "
        "return it before the works start. You must use one of the contractors who quoted, and "
        "the works must be finished within six months of the date of the offer letter."
    )
    p(
        "When the works are finished, you claim the grant by sending us the contractor's "
        "paid invoice and photographs of the finished works. An officer will visit to check "
        "the works before we pay. If the final cost is lower than the quote, the grant will be "
        "reduced so that it is still no more than 50% of the cost."
    )
    p(
        "If your organisation moves out of the premises within three years of receiving the "
        "grant, we may ask you to pay some or all of it back."
    )
    h("10. Glossary", 2)
    p("Fascia: the board above the shop window where the name of the shop is shown.")
    p("Pilasters: the flat columns at each side of a traditional shop front.")
    p("Stall riser: the panel below the shop window.")
    p(
        "Conservation area: an area of special architectural or historic interest, where "
        "extra planning controls apply."
    )
    h("11. Contact us", 2)
    p(
        "Town Centres Team, Chantersby District Council, Council Offices, Bridge Street, "
        "Chantersby CH4 7RT. Email town.centres@chantersby.example.gov.uk or call 01632 960 "
        "233. The Council's privacy notice explains how we use the information you give us."
    )
    out = HERE / "chantersby-shop-front-improvement-grant-guidance.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def pennicott() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pennicott-christmas-lights-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Christmas Lights and Festive Events Fund: application form")
    c.setAuthor("Pennicott Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 56}

    def room(need: float) -> None:
        if state["y"] - need < 56:
            c.showPage()
            state["y"] = hgt - 56

    def txt(t: str, size: float = 10, font: str = "Helvetica", x: float = 50) -> None:
        for line in simpleSplit(t, font, size, w - x - 50):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14

    def heading(t: str) -> None:
        room(44)
        state["y"] -= 10
        c.setFillColorRGB(0.13, 0.33, 0.2)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColorRGB(0, 0, 0)
        state["y"] -= 26

    def field(name: str, label: str, tip: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(
            name=name,
            tooltip=tip,
            x=260,
            y=state["y"] - 18,
            width=285,
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
        state["y"] -= height + 16

    def yes_no(name: str, label: str) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        lines = simpleSplit(label, "Helvetica", 10, 240)
        for i, line in enumerate(lines):
            c.drawString(50, state["y"] - 12 - 13 * i, line)
        for i, v in enumerate(("Yes", "No")):
            form.radio(
                name=name,
                tooltip=label,
                value=v,
                selected=False,
                x=320 + i * 70,
                y=state["y"] - 16,
                size=12,
                buttonStyle="circle",
                borderColor=black,
                fillColor=white,
            )
            c.drawString(336 + i * 70, state["y"] - 12, v)
        state["y"] -= 16 + 13 * len(lines)

    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Pennicott Town Council")
    state["y"] -= 22
    txt("Christmas Lights and Festive Events Fund 2027: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Town Council gives grants of up to £1,500 to community groups and traders' "
        "associations for Christmas lights, late-night shopping evenings, lantern parades and "
        "other festive events in Pennicott town centre. The Town Council can fund up to two "
        "thirds of the total cost: you must find at least one third of the total cost from "
        "other sources, such as business sponsorship or your own fundraising."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it with your documents to "
        "events@pennicott.example.gov.uk by Friday 30 July 2027. For help, ring the Town "
        "Clerk's office on 01632 960 802."
    )
    heading("Section 1: Your organisation")
    field("org_name", "Name of organisation", "Name of organisation")
    field("contact_name", "Contact name", "Contact name")
    field("address", "Address", "Address")
    field("postcode", "Postcode", "Postcode", 8)
    field("phone", "Telephone", "Telephone number")
    field("email", "Email", "Email address")
    heading("Section 2: Your event or project")
    field("event_name", "Name of event or project", "Name of event or project")
    field("event_date", "Date(s)", "Date or dates of the event or project")
    field("venue", "Location in the town centre", "Location in the town centre")
    field("visitors", "Expected number of visitors", "Expected number of visitors", 6)
    box(
        "q1_project",
        "1. Tell us about your event or lights project and what the grant will pay for. "
        "(max 1,800 characters)",
        "Tell us about your event or lights project and what the grant will pay for",
        1800,
    )
    box(
        "q2_benefit",
        "2. How will it benefit residents and businesses in Pennicott town centre? "
        "(max 1,200 characters)",
        "How will it benefit residents and businesses in Pennicott town centre",
        1200,
        110,
    )
    box(
        "q3_safety",
        "3. How will the event or installation be run safely? Include stewarding, first aid "
        "and, for lights, who will put them up and test them. (max 600 characters)",
        "How will the event or installation be run safely",
        600,
        80,
    )
    yes_no("fixed_lights", "Will any lights be fixed to lamp columns or buildings?")
    heading("Section 3: Costs")
    field("total_cost", "Total cost (£)", "Total cost in pounds")
    field("amount", "Amount requested (£, up to £1,500)", "Amount requested in pounds")
    field("other_funding", "Funding from other sources (£)", "Funding from other sources")
    heading("Section 4: Documents to send with this form")
    txt("Please email these with your application:")
    txt(
        "\u2022 a copy of your public liability insurance certificate (minimum cover £5 million);",
        x=62,
    )
    txt("\u2022 a risk assessment for the event or installation;", x=62)
    txt(
        "\u2022 your latest annual accounts or income and expenditure statement, approved by "
        "your committee.",
        x=62,
    )
    txt(
        "If any lights will be fixed to lamp columns or buildings, please also send written "
        "permission from the owner (the County Council for lamp columns) and your installer's "
        "electrical test certificate."
    )
    heading("Section 5: Declaration")
    room(34)
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=50,
        y=state["y"] - 14,
        size=12,
        borderColor=black,
        fillColor=white,
    )
    state["y"] -= 4
    for line in simpleSplit(
        "I confirm that the information on this form is correct, that I am authorised to "
        "apply for the organisation, and that the grant will be spent only as described.",
        "Helvetica",
        10,
        w - 130,
    ):
        c.setFont("Helvetica", 10)
        c.drawString(70, state["y"] - 8, line)
        state["y"] -= 14
    state["y"] -= 10
    field("signature", "Signature (type your name)", "Signature")
    field("print_name", "Name in capitals", "Name in capitals")
    field("sign_date", "Date", "Date signed")
    c.save()


def tallowby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tallowby-market-towns-town-team-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Market Towns and Town Teams Grants: guidance for applicants")
    c.setAuthor("Tallowby County Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(72, 40, "Market Towns and Town Teams Grants - guidance 2027/28")
        c.drawRightString(w - 72, 40, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 11, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(16)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 16
        state["y"] -= 6

    def head(t: str) -> None:
        room(50)
        state["y"] -= 8
        para(t, 13.5, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 11, w - 170)
        for i, line in enumerate(lines):
            room(16)
            c.setFont("Helvetica", 11)
            if i == 0:
                c.drawString(84, state["y"], "\u2022")
            c.drawString(98, state["y"], line)
            state["y"] -= 16
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, state["y"], "Tallowby County Council")
    state["y"] -= 30
    para("Market Towns and Town Teams Grants 2027/28", 16, "Helvetica-Bold")
    para("Guidance for applicants", 13, "Helvetica")
    head("1. About the grants")
    para(
        "Tallowby's eleven market towns are at the heart of their communities, but like town "
        "centres everywhere they face empty shops, falling footfall and changing shopping "
        "habits. Most of our market towns now have a town team: a partnership of the town "
        "council, traders, community groups and residents, working to a shared action plan."
    )
    para(
        "The Market Towns and Town Teams Grants help town teams and the community "
        "organisations working with them to carry out projects from their action plans. The "
        "fund is £180,000 in 2027/28, from the County Council and the UK Shared Prosperity "
        "Fund (UKSPF)."
    )
    head("2. How much you can apply for")
    para("Grants are from £2,000 to £15,000.")
    para(
        "Your project must have at least 25% match funding: at least a quarter of the total "
        "cost must come from sources other than this grant. Match funding can be cash from "
        "your own funds, the town council, local businesses or other funders, and up to half "
        "of it can be the value of volunteer time (at £15 an hour)."
    )
    head("3. Who can apply")
    bullet("town teams that are constituted, or that apply through a constituted partner;")
    bullet("town and parish councils in the eleven market towns;")
    bullet(
        "registered charities, charitable incorporated organisations, community interest "
        "companies and constituted community groups;"
    )
    bullet("chambers of trade and traders' associations, for non-profit projects.")
    para(
        "Every project must be supported by the town team for the town, or by the town "
        "council where there is no town team yet. We cannot fund individual businesses, "
        "private landlords or political organisations."
    )
    head("4. What we will fund")
    para("Projects must meet at least one of these aims:")
    bullet("bringing empty shops back into use, including pop-up shops and meanwhile uses;")
    bullet(
        "increasing footfall through markets, festivals and events that bring visitors to "
        "the town centre;"
    )
    bullet("improving the look of the town centre: greening, public art, signs and wayfinding;")
    bullet("celebrating the town's heritage, for example heritage trails and interpretation;")
    bullet("helping local traders work together, for example shared marketing or a loyalty scheme.")
    para(
        "We can pay for equipment, small capital works, materials, publicity, professional "
        "fees and the costs of running activities. We can pay for staff time only when it is "
        "directly needed for the project."
    )
    para("We will not fund:")
    bullet("projects that have already started, or items already bought;")
    bullet("the normal running costs of an organisation or a town council's statutory duties;")
    bullet(
        "works to private property, unless the owner has given permission and there is a "
        "clear public benefit;"
    )
    bullet("Christmas lights (the district councils run separate festive lighting schemes).")
    head("5. How to apply")
    para(
        "Download the application form from www.tallowby.example.gov.uk/towngrants. The form "
        "asks you to describe your project, explain how it delivers the town team's action "
        "plan, show the need for it, and set out how it will be managed and what will happen "
        "when the grant has been spent. Each question has a word limit printed on the form."
    )
    para(
        "Before you apply, please talk to the Market Towns Officer for your area, who can "
        "tell you whether your project is likely to be eligible and help you with the form."
    )
    para(
        "The closing dates are 12 noon on 14 May 2027 and 12 noon on 15 October 2027. A panel "
        "of county councillors and officers decides applications about six weeks after each "
        "closing date."
    )
    head("6. Documents you must send")
    para("Send these with every application:")
    bullet("your governing document, such as your constitution, rules or articles;")
    bullet("your latest annual accounts, which must be independently examined or audited;")
    bullet("a budget for the project, showing all costs and where the match funding comes from;")
    bullet("a project plan showing the main tasks, who will do them and when;")
    bullet(
        "a letter of support from the town team or, where there is no town team, from the "
        "town council."
    )
    para("Send these as well if they apply to your project:")
    bullet("if your project will work with children or adults at risk: your safeguarding policy;")
    bullet("for capital works or equipment costing more than £5,000: three written quotes.")
    head("7. Policies and insurance")
    para(
        "All applicants must have an equal opportunities policy. You will be asked to confirm "
        "this on the form; you do not need to send a copy."
    )
    para(
        "You must hold public liability insurance of at least £5m for the project. We do not "
        "need a copy of the certificate with your application, but we will check it before we "
        "pay the grant."
    )
    head("8. How we assess applications")
    para("Officers will score each application out of 25, five points each for:")
    bullet("how well the project meets the aims of the fund and the town team's action plan;")
    bullet("the evidence of need and of local support;")
    bullet("how well the project is planned and managed, including risks;")
    bullet("value for money and the amount of match funding;")
    bullet("what will last after the grant has been spent.")
    para("Applications scoring less than 13 will not be recommended to the panel.")
    head("9. If your application is successful")
    para(
        "You will receive an offer letter and grant agreement to sign and return within four "
        "weeks. We pay 80% of the grant when we receive the signed agreement and the last 20% "
        "when we receive your end of project report. Projects must be finished by 31 March "
        "2028. Because the fund includes UKSPF money, you must keep records of spending and "
        "outputs for audit, and show the UKSPF and County Council logos on publicity."
    )
    head("10. Contact us")
    para(
        "Market Towns Team, Tallowby County Council, Shire Hall, Tallowby TW1 3HS. Email "
        "markettowns@tallowby.example.gov.uk or call 01632 960 440."
    )
    folio()
    c.save()


if __name__ == "__main__":
    drovebury()
    chantersby()
    pennicott()
    tallowby()
