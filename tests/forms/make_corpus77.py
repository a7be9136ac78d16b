"""Build set 77's Word and PDF documents (typical disability, carers and accessibility grants
from councils and carers' trusts, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus77.py
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


def brackwellton() -> None:
    d = kit.new_document(
        FIXED, "Carers' Support Groups Grant: application form", "Brackwellton District Council"
    )
    d.add_heading("Brackwellton District Council", 0)
    d.add_heading("Carers' Support Groups Grant 2027/28: application form", 1)
    d.add_paragraph(
        "Grants of £250 to £3,000 for voluntary and community groups that support unpaid "
        "carers in Brackwellton: carers' groups, young carers' groups, parent carer forums and "
        "peer support groups. There is no requirement for match funding, but please tell us "
        "if other funders are supporting your group."
    )
    d.add_paragraph(
        "Please read the guidance notes before you start. Type or write clearly in black ink. "
        "Email the completed form and your documents to carersgrants@brackwellton.example.gov.uk "
        "or post them to Community Development, Brackwellton District Council, Council Offices, "
        "Market Street, Brackwellton BW4 2RT. Closing date: 5pm on Friday 12 March 2027."
    )
    d.add_paragraph(
        "This form is available in large print, Easy Read and other formats. Call 01632 960 772."
    )
    d.add_heading("Section 1: About your group", 2)
    _details(
        d,
        [
            "Name of group",
            "Main contact name",
            "Position in group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "What type of group are you? (tick one)", bold=True)
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Constituted voluntary group    {BOX} Registered charity or CIO    "
        f"{BOX} Community interest company    {BOX} Other",
    )
    d.add_paragraph()
    _details(d, ["Registered charity number (if you have one)"])
    d.add_heading("Section 2: About your project", 2)
    _details(d, ["2.1 Project title"])
    d.add_paragraph()
    _question(
        d,
        "2.2 Tell us about your group and the unpaid carers you support. (max 250 words)",
    )
    _question(
        d,
        "2.3 What will the grant pay for, and what difference will it make to carers? "
        "(max 300 words)",
    )
    _question(
        d,
        "2.4 How do carers have a say in how your group is run and what it does? (max 150 words)",
        2400,
    )
    _details(d, ["2.5 How many carers will benefit?", "2.6 Project start date"])
    d.add_heading("Section 3: Costs and bank details", 2)
    _details(
        d,
        [
            "3.1 Total cost of the project (£)",
            "3.2 Amount you are asking for (£)",
            "3.3 Name on the bank account",
            "3.4 Sort code",
            "3.5 Account number",
        ],
    )
    d.add_paragraph(
        "The bank account must be in the name of your group and need two unrelated people to "
        "sign or approve payments."
    )
    d.add_heading("Section 4: Checklist of documents", 2)
    d.add_paragraph(
        "Please send these documents with your form and tick each one to show it is enclosed. "
        "We cannot assess your application until we have them all."
    )
    items = [
        "Your group's constitution or set of rules, signed and dated",
        "Your latest annual accounts, or an income and expenditure statement for the last "
        "12 months signed by your treasurer",
        "A bank statement for the group's account, dated within the last three months",
        "Your safeguarding adults policy",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
        "If you are buying equipment costing more than £500: a written quote",
    ]
    t = d.add_table(rows=len(items) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed (tick)", bold=True)
    for r, item in zip(t.rows[1:], items, strict=True):
        kit.set_cell(r.cells[0], item)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section 5: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information in this application is true, that the grant will be "
        "used only for the project described, and that the group will return any grant not "
        "spent. I understand that the Council may share this information with other funders "
        "to prevent fraud."
    )
    _details(d, ["Signature", "Name (in capitals)", "Position in group", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "We will use the information on this form to process your application. Read our "
        "privacy notice at www.brackwellton.example.gov.uk/privacy."
    )
    out = HERE / "brackwellton-carers-groups-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def ashwelby() -> None:
    d = kit.new_document(
        FIXED, "SEND Short Breaks Grants: guidance notes", "Ashwelby County Council"
    )
    d.add_heading("Ashwelby County Council", 0)
    d.add_heading("Short Breaks Grants for disabled children and young people 2027/28", 1)
    d.add_paragraph("Guidance notes for applicants")
    h = d.add_heading
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    h("1. About the grants", 2)
    p(
        "Short breaks give disabled children and young people the chance to spend time away "
        "from their parents and carers, enjoying activities and making friends, and give "
        "their families a break from caring. The Council's Short Breaks Grants help local "
        "organisations run short breaks for children and young people aged 0 to 25 with "
        "special educational needs and disabilities (SEND) who live in Ashwelby."
    )
    p(
        "This is part of our Short Breaks Services Statement, which we publish every year "
        "and review with the Ashwelby Parent Carer Forum."
    )
    h("2. How much can you apply for?", 2)
    b("Small grants: £500 to £5,000 for one year.")
    b("Development grants: £5,001 to £20,000 a year for up to two years.")
    p(
        "We expect you to find at least 10% of the total cost of your project from other "
        "sources. This can include parents' contributions, fundraising, your own reserves or "
        "other grants. Volunteer time does not count towards the 10%."
    )
    h("3. Who can apply?", 2)
    b("Registered charities and charitable incorporated organisations (CIOs).")
    b("Constituted voluntary and community groups, including parent-led groups.")
    b("Community interest companies and social enterprises.")
    b("Sports clubs, youth clubs and uniformed groups running inclusive sessions.")
    b("Ofsted-registered childcare providers, for short breaks sessions only.")
    p(
        "We cannot fund individuals, schools (for anything during the school day), "
        "organisations outside Ashwelby unless most of the children they support live here, "
        "or organisations with unpaid debts to the Council."
    )
    h("4. What we will fund", 2)
    p("We want to fund short breaks that:")
    b("are fun, and are chosen by disabled children and young people themselves;")
    b("take place after school, at weekends or in the school holidays;")
    b(
        "can include children with complex needs, including those who need personal care or "
        "one-to-one support;"
    )
    b("are close to home or include help with transport.")
    p(
        "We can pay for staff and sessional workers, training for staff and volunteers, venue "
        "hire, transport, specialist equipment, activity costs and a fair share of running "
        "costs. We cannot pay for things you have already bought, trips abroad, or services "
        "the Council or the NHS must already provide for a particular child."
    )
    h("5. Policies and insurance", 2)
    p(
        "Because you will be working with disabled children and young people, you must have "
        "a safeguarding children policy, reviewed in the last 12 months, and you must send "
        "us a copy. You must also have a health and safety policy and an equality policy. "
        "You do not need to send these two: you will confirm in the application form that "
        "you have them, and we may ask to see them at a monitoring visit."
    )
    p(
        "You must have public liability insurance with cover of at least £5 million, and "
        "send a copy of your current certificate."
    )
    h("6. What you need to send", 2)
    p("Every applicant must upload:")
    b("your governing document (constitution, rules or articles of association);")
    b(
        "your latest annual accounts. If your income is over £25,000 they must be "
        "independently examined or audited. If it is less, accounts signed by your chair "
        "and treasurer are fine;"
    )
    b("your safeguarding children policy;")
    b("your public liability insurance certificate;")
    b("a budget for the project, showing how the grant and your 10% will be spent.")
    p("You may also need to send:")
    b(
        "if your staff or volunteers will work directly with children: a list of them, "
        "with the date of each person's enhanced DBS check;"
    )
    b("if you are registered with Ofsted: your most recent Ofsted inspection report.")
    h("7. How to apply", 2)
    p(
        "Apply online at www.ashwelby.example.gov.uk/shortbreaksgrants. The online form "
        "asks about your organisation, the short breaks you will run, how children and "
        "their families helped to plan them, how you will meet children's care needs, and "
        "your costs. Each answer has a word limit, which the form shows. You can save your "
        "application and come back to it."
    )
    p(
        "Small grants can be applied for at any time until the money runs out. Development "
        "grants have one round a year, closing at noon on Monday 1 March 2027."
    )
    h("8. How we decide", 2)
    p(
        "Officers from the Council's SEND and Short Breaks teams score every application. "
        "Development grants are also scored by a panel that includes parent carers and "
        "young people from the Ashwelby Youth Voice group. We look at:"
    )
    b("how far the short breaks meet the needs of disabled children and their families;")
    b("how well children, young people and parents have been involved;")
    b("how safe and well run the activities will be;")
    b("value for money, and how you will keep the short breaks going.")
    p("We aim to tell you our decision within eight weeks of the closing date.")
    h("9. If you receive a grant", 2)
    p(
        "You will be asked to sign a grant agreement. We pay small grants in one payment and "
        "development grants every six months. You will need to tell us how many children "
        "took part, how many sessions you ran and what families said about them, and send "
        "an end-of-grant report with receipts for items over £250."
    )
    h("10. Contact us", 2)
    p(
        "Short Breaks Team, Ashwelby County Council, County Buildings, Ashwelby AW1 3DE. "
        "Email shortbreaks@ashwelby.example.gov.uk or call 01632 960 551. We are happy to "
        "talk through your idea before you apply."
    )
    out = HERE / "ashwelby-send-short-breaks-grant-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def marlbeck() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marlbeck-inclusive-play-sport-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Inclusive Play and Sport Grant: application form")
    c.setAuthor("Marlbeck Town Council")
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
        kw = {"maxlen": maxlen} if maxlen else {}
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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 120) -> None:
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

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Marlbeck Town Council")
    state["y"] -= 22
    txt("Inclusive Play and Sport Grant: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Grants of up to £1,500 for clubs and groups that help disabled children, young people "
        "and adults in Marlbeck to play, take part in sport and be active, for example "
        "inclusive sessions, adapted equipment, accessible play kit and training for coaches. "
        "You will need to find at least half of the total cost from other sources (your own "
        "funds or other grants). Fill in this form on screen, save it and email it to "
        "grants@marlbeck.example.gov.uk with your documents."
    )
    heading("Part 1: About your club or group")
    field("org_name", "Name of club or group", "Name of club or group")
    field("contact_name", "Contact name", "Contact name")
    field("address", "Address", "Address")
    field("postcode", "Postcode", "Postcode", 8)
    field("phone", "Telephone", "Telephone")
    field("email", "Email", "Email")
    heading("Part 2: About your activity")
    field("title", "Name of activity or project", "Name of activity or project")
    field("start_date", "Start date", "Start date (DD/MM/YYYY)")
    field("participants", "Number of disabled people taking part", "Number taking part", 5)
    box(
        "q1_activity",
        "1. Describe your activity and the disabled children, young people or adults it is "
        "for. (up to 1,500 characters)",
        "Describe your activity and who it is for",
        1500,
    )
    box(
        "q2_spend",
        "2. What will you buy or pay for with the grant? (up to 900 characters)",
        "What will you buy or pay for with the grant",
        900,
        100,
    )
    box(
        "q3_involve",
        "3. How have disabled people and their families helped to plan the activity? "
        "(up to 600 characters)",
        "How have disabled people and their families helped to plan the activity",
        600,
        80,
    )
    box(
        "q4_future",
        "4. How will the activity carry on after the grant has been spent? (up to 600 characters)",
        "How will the activity carry on after the grant",
        600,
        80,
    )
    room(40)
    c.setFont("Helvetica", 10)
    c.drawString(
        50, state["y"] - 12, "Have your coaches or leaders had disability inclusion training?"
    )
    for i, v in enumerate(("Yes", "No")):
        form.radio(
            name="inclusion_training",
            tooltip="Disability inclusion training",
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
    heading("Part 3: Costs")
    field("total_cost", "Total cost of the activity (£)", "Total cost of the activity")
    field("amount", "Amount requested (£, up to £1,500)", "Amount requested")
    heading("Part 4: Documents to send with this form")
    txt("Please email us:")
    txt("- your constitution or club rules;")
    txt(
        "- your latest annual accounts. If your club or group is less than a year old and "
        "has no accounts yet, send your last three months' bank statements instead;"
    )
    txt("- a copy of your public liability insurance certificate (cover of at least £5 million);")
    txt("- if your activity involves children or adults at risk: your safeguarding policy;")
    txt("- if you are buying equipment: a quote or a printout showing the price of each item.")
    heading("Part 5: Declaration")
    room(30)
    form.checkbox(
        name="declaration",
        tooltip="I agree to the declaration",
        x=50,
        y=state["y"] - 14,
        size=12,
        borderColor=black,
        fillColor=white,
    )
    c.setFont("Helvetica", 10)
    state["y"] -= 4
    for line in simpleSplit(
        "I confirm that the information in this form is correct, that the grant will be used "
        "only for the activity described, and that we will return any money not spent.",
        "Helvetica",
        10,
        w - 130,
    ):
        c.drawString(70, state["y"] - 8, line)
        state["y"] -= 14
    state["y"] -= 10
    field("signature", "Signature (type your name)", "Signature")
    field("print_name", "Position in club or group", "Position in club or group")
    field("sign_date", "Date", "Date signed")
    c.save()


def duxmoor() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "duxmoor-changing-places-toilet-grant-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Changing Places Toilets Grant: guidance for applicants")
    c.setAuthor("Duxmoor District Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Duxmoor District Council - Changing Places Toilets Grant guidance - "
            f"page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 10.5, font: str = "Helvetica") -> None:
        for line in simpleSplit(t, font, size, w - 144):
            room(15)
            c.setFont(font, size)
            c.drawString(72, state["y"], line)
            state["y"] -= 15
        state["y"] -= 5

    def head(t: str) -> None:
        room(45)
        state["y"] -= 6
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        for i, line in enumerate(simpleSplit(t, "Helvetica", 10.5, w - 168)):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(84, state["y"], "\u2022")
            c.drawString(96, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Duxmoor District Council")
    state["y"] -= 26
    para("Changing Places Toilets Grant 2027/28: guidance for applicants", 14, "Helvetica-Bold")
    head("1. What is a Changing Places toilet?")
    para(
        "A Changing Places toilet is larger than a standard accessible toilet and has extra "
        "equipment: a height-adjustable adult-sized changing bench, a ceiling track hoist, a "
        "peninsular toilet with room for carers on both sides, and a privacy screen. Around a "
        "quarter of a million people in the UK need these facilities to go out with their "
        "families and carers. Without them, many people cannot visit shops, parks, leisure "
        "centres or community venues at all."
    )
    head("2. About the grant")
    para(
        "The Council has capital funding to help community buildings, sports and leisure "
        "venues, visitor attractions and places of worship in Duxmoor install a Changing Places "
        "toilet or upgrade an existing accessible toilet to the Changing Places standard."
    )
    para(
        "Grants are from £10,000 to £40,000. You must find at least 25% of the total project "
        "cost yourselves or from other funders. Your share can include other grants and your "
        "own reserves but not volunteer time or gifts in kind."
    )
    head("3. Who can apply")
    bullet("Registered charities and charitable incorporated organisations.")
    bullet("Constituted community and voluntary organisations, including sports clubs.")
    bullet("Parish and town councils.")
    bullet("Places of worship whose buildings are open to the wider community.")
    bullet("Not-for-profit leisure trusts and visitor attractions.")
    para(
        "You must own the building or have a lease with at least ten years left to run. The "
        "toilet must be open to the public whenever the building is open, free of charge, and "
        "registered on the Changing Places map when it opens."
    )
    head("4. What the grant can pay for")
    bullet("building works, including any extension needed to create the space;")
    bullet("the hoist, changing bench, toilet and other fixed equipment;")
    bullet("architects' and surveyors' fees and building control fees;")
    bullet("signage and the first year's servicing of the hoist and bench.")
    para(
        "We cannot pay for works that have already started, running costs after the first "
        "year, or toilets that will not be open to the public."
    )
    head("5. Design standards")
    para(
        "The facility must meet the Changing Places standard in British Standard BS 8300-2:2018 "
        "and the Changing Places Consortium's practical guide. The room should normally be at "
        "least 12 square metres with a ceiling height of 2.4 metres. We strongly advise you to "
        "talk to the Council's Access Officer before you draw up plans."
    )
    head("6. Insurance and policies")
    para(
        "Your organisation must hold public liability insurance of at least £5 million and "
        "buildings insurance for the building. You do not need to send the certificates with "
        "your application; we will check them before we pay the grant. You must also have an "
        "equality and diversity policy. You do not need to send it, but the application form "
        "asks you to confirm that you have one."
    )
    head("7. Documents you must send with your application")
    para("Every applicant must send:")
    bullet("your governing document (constitution, trust deed, articles or standing orders);")
    bullet("your last two years' annual accounts, independently examined or audited;")
    bullet(
        "proof that you own the building (title deeds or Land Registry entry) or a copy of "
        "your lease;"
    )
    bullet(
        "planning permission for the works, or written confirmation from the Council's "
        "planning team that planning permission is not needed;"
    )
    bullet("three written quotes from contractors for the building works;")
    bullet(
        "scale drawings of the proposed Changing Places toilet, showing the layout and equipment;"
    )
    bullet("a project plan with a timetable from the start of works to opening;")
    bullet("a full budget showing all project costs and where your 25% is coming from.")
    para("Some applicants must also send:")
    bullet("if you lease the building: your landlord's written consent to the works;")
    bullet("if the building is listed: listed building consent for the works.")
    head("8. How to apply")
    para(
        "Download the Changing Places Toilets Grant application form from "
        "www.duxmoor.example.gov.uk/changingplaces, fill it in and email it with your documents "
        "to accessgrants@duxmoor.example.gov.uk. The closing date is 5pm on Friday 30 April "
        "2027. We will acknowledge your application within five working days."
    )
    head("9. How we assess applications")
    para(
        "A panel of officers from Community Development, Building Control and Planning will "
        "assess applications in May 2027, with advice from the Duxmoor Disability Forum. We "
        "will look at where the facility is (we want to fill gaps on the Changing Places map), "
        "how many people will be able to use it, whether the design meets the standard, how "
        "ready the project is to start, and value for money. Decisions are made by the "
        "Cabinet Member for Communities in June 2027."
    )
    head("10. Payment and monitoring")
    para(
        "We pay the grant in arrears against invoices, in up to three stage payments, keeping "
        "back 10% until the toilet is open and registered. Works must be finished by 31 March "
        "2028. You must keep the facility open and in good repair for at least ten years; if "
        "you do not, we may ask for the grant back."
    )
    head("11. Contact")
    para(
        "Access Officer, Duxmoor District Council, The Guildhall, Duxmoor DX2 5LB. Email "
        "accessgrants@duxmoor.example.gov.uk or call 01632 960 238."
    )
    folio()
    c.save()


if __name__ == "__main__":
    brackwellton()
    ashwelby()
    marlbeck()
    duxmoor()
