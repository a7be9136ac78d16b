"""Build set 70's Word and PDF documents (typical council armed forces covenant, veterans'
and civic, remembrance and commemorative events grants, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus70.py
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


def culverthorpe() -> None:
    d = kit.new_document(
        FIXED,
        "Armed Forces Covenant Community Grant application form",
        "Culverthorpe District Council",
    )
    d.add_heading("Culverthorpe District Council", 0)
    d.add_heading("Armed Forces Covenant Community Grant: application form 2027/28", 1)
    d.add_paragraph(
        "Please read the guidance notes before you fill in this form. Grants of £500 to "
        "£5,000 are available for projects that support the Armed Forces community in "
        "Culverthorpe (serving personnel, reservists, veterans and their families) and bring "
        "them together with the wider community. You do not need to find match funding, but "
        "please tell us about any other funding you have."
    )
    d.add_paragraph(
        "Return the completed form by email to covenant@culverthorpe.example.gov.uk by "
        "5pm on Friday 26 February 2027. If you need help, call the Community Team on "
        "01632 960 418."
    )
    d.add_heading("Section A: About your organisation", 2)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position in organisation",
            "Telephone",
            "Email",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (tick one)", bold=True)
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Registered charity    {BOX} Community interest company    "
        f"{BOX} Constituted community group    {BOX} Other (please say)",
    )
    d.add_paragraph()
    _details(d, ["Charity or company number (if you have one)"])
    d.add_heading("Section B: About your project", 2)
    _details(d, ["B1 Project title"])
    d.add_paragraph()
    _question(d, "B2 Describe your project and what you will use the grant for. (max 300 words)")
    _question(
        d,
        "B3 How will your project benefit the Armed Forces community and the wider "
        "community? (max 250 words)",
    )
    _question(
        d,
        "B4 How do you know there is a need for your project? Tell us about any "
        "consultation or evidence you have. (max 200 words)",
        2600,
    )
    _question(
        d,
        "B5 Who have you worked with to plan the project, for example the "
        "Culverthorpe Armed Forces Covenant Partnership, a Royal British Legion branch "
        "or a local regiment? (max 150 words)",
        2200,
    )
    _details(
        d,
        [
            "B6 How many people will benefit from the project?",
            "B7 Project start date",
            "B8 Project end date",
        ],
    )
    d.add_heading("Section C: Project costs", 2)
    d.add_paragraph("Please attach a breakdown of your project costs (see Section D).")
    _details(
        d,
        [
            "C1 Total cost of the project (£)",
            "C2 Amount requested from the fund (£)",
            "C3 Other funding secured or applied for (£)",
        ],
    )
    d.add_paragraph()
    _question(
        d,
        "C4 If the project will continue after the grant has been spent, how will it "
        "be paid for? (max 100 words)",
        1800,
    )
    d.add_heading("Section D: What you need to send", 2)
    d.add_paragraph("Please tick to show what you have attached to your email.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Attached", bold=True)
    docs = [
        "A copy of your constitution or set of rules",
        "Your most recent annual accounts (these can be signed by your treasurer; they do "
        "not need to be audited)",
        "A breakdown of the project costs",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
        "If your project works with children, young people or adults at risk: your "
        "safeguarding policy",
        "If you are buying equipment costing more than £500: a written quote",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section E: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information in this application is correct, that I am authorised "
        "to apply on behalf of the organisation, and that any grant will be spent only on the "
        "project described. I understand the Council may ask for the money back if it is not."
    )
    _details(d, ["Signature", "Name (please print)", "Position", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "Culverthorpe District Council, Civic Offices, Mill Lane, Culverthorpe "
        "CU1 4DX. www.culverthorpe.example.gov.uk"
    )
    out = HERE / "culverthorpe-armed-forces-covenant-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def farrowdene() -> None:
    d = kit.new_document(
        FIXED, "Civic and Community Events Fund: guidance notes", "Farrowdene Borough Council"
    )
    d.add_heading("Farrowdene Borough Council", 0)
    d.add_heading("Civic and Community Events Fund 2027: guidance notes", 1)
    h = d.add_heading
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    h("1. About the fund", 2)
    p(
        "The Civic and Community Events Fund helps local groups run events that bring people "
        "together and mark important dates in the life of the borough. In 2027 we especially "
        "welcome events for the 150th anniversary of Farrowdene's charter, Armed Forces Day, "
        "Remembrance and VE Day commemorations, and neighbourhood street parties."
    )
    p(
        "Grants are from £200 to £1,500. The total budget for 2027 is £40,000 and we expect the "
        "fund to be popular, so please apply early."
    )
    h("2. Who can apply", 2)
    b("Voluntary and community groups, residents' associations and tenants' groups.")
    b(
        "Registered charities, community interest companies and faith groups (for events open "
        "to everyone)."
    )
    b(
        "Informal groups of neighbours organising a street party, as long as the group has a "
        "bank account in its name with at least two unrelated signatories."
    )
    p(
        "We cannot fund individuals, political parties, commercial businesses or events that "
        "raise money for a particular charity."
    )
    h("3. What we can fund", 2)
    b("Hire of venues, marquees, staging, tables and chairs.")
    b("Stewarding, first aid cover, portable toilets and signage.")
    b("Road closure signs and barriers, and the Council's road closure fee.")
    b("Entertainment, bunting, publicity and activities for children.")
    p("We cannot fund alcohol, prizes worth more than £25, or costs you have already paid.")
    h("4. How much you need to find yourselves", 2)
    p(
        "You must find at least 50% of the total cost of your event from other sources, such as "
        "fundraising, sponsorship, ticket sales or another grant. Volunteer time can count "
        "towards your share at £10 an hour."
    )
    h("5. Planning a safe event", 2)
    p(
        "Every event we fund must have an event plan and a risk assessment. The event plan "
        "should say what will happen and when, where it will be (with a simple site map), how "
        "many people you expect, who is in charge on the day, and your arrangements for "
        "stewarding, first aid, toilets, lost children and waste. Templates are on our website."
    )
    p(
        "Road closures: if your event or street party will take place on a road or pavement, "
        "you need a temporary road closure. Apply to the Council's Highways team at least 12 "
        "weeks before the event (street parties on quiet residential roads: 6 weeks). There is "
        "no fee for street parties."
    )
    p(
        "Food: if food will be sold or served at your event, any caterer must be registered "
        "with their local council as a food business."
    )
    h("6. Insurance", 2)
    p(
        "All events must be covered by public liability insurance of at least £5 million. "
        "Events with fairground rides, fireworks or more than 2,000 people need £10 million. "
        "Street parties can often be covered by a short-term event policy costing around £50, "
        "which the grant can pay for."
    )
    h("7. Safeguarding", 2)
    p(
        "If your event includes activities for children or adults at risk, your group must "
        "have a safeguarding policy. You will be asked to confirm this on the application "
        "form; you do not need to send it."
    )
    h("8. What you need to send with your application", 2)
    p("Every applicant must send:")
    b("your event plan, including a site map;")
    b("your risk assessment for the event;")
    b("a budget showing all the costs of the event and where the rest of the money is coming from;")
    b(
        "a copy of your public liability insurance certificate, or a quote for event insurance "
        "if you will buy it with the grant;"
    )
    b("a recent bank statement (from the last three months) showing the name of your group.")
    p("We do not ask for annual accounts for this fund: the bank statement is enough.")
    p("You may also need to send:")
    b("if you are a constituted group, a copy of your constitution or set of rules;")
    b(
        "if your event needs a road closure, a copy of your road closure application or the "
        "Highways team's approval;"
    )
    b("if food will be sold at the event, your caterer's food hygiene rating certificate.")
    h("9. How to apply", 2)
    p(
        "Apply using the online application form at www.farrowdene.example.gov.uk/eventsfund. "
        "The form asks about your group, your event, who it is for and how you will pay for "
        "it. You can save the form and come back to it. If you cannot apply online, call "
        "01632 960 772 and we will send you a paper form."
    )
    h("10. Deadlines and decisions", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (a, c) in zip(
        t.rows,
        [
            ("Events taking place", "Closing date"),
            ("April to June 2027", "31 January 2027"),
            ("July to September 2027", "30 April 2027"),
            ("October 2027 to March 2028", "31 July 2027"),
        ],
        strict=False,
    ):
        kit.set_cell(r.cells[0], a, bold=a.startswith("Events"))
        kit.set_cell(r.cells[1], c, bold=a.startswith("Events"))
    p("")
    p(
        "A panel of councillors decides applications about six weeks after each closing date. "
        "If you get a grant we will pay it into your group's bank account before the event. "
        "Within eight weeks of the event, send us a short report with photographs and receipts "
        "for what you spent."
    )
    h("11. Contact us", 2)
    p(
        "Community Events Officer, Farrowdene Borough Council, Town Hall, Farrowdene FD1 2AA. "
        "Email events@farrowdene.example.gov.uk. Telephone 01632 960 772."
    )
    out = HERE / "farrowdene-civic-events-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def whistlecombe() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "whistlecombe-street-party-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Street Parties and Community Celebrations Grant: application form")
    c.setAuthor("Whistlecombe Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}

    def new_page() -> None:
        c.showPage()
        state["y"] = hgt - 60

    def room(need: float) -> None:
        if state["y"] - need < 60:
            new_page()

    def txt(t: str, size: float = 10, font: str = "Helvetica") -> None:
        from reportlab.lib.utils import simpleSplit

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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 130) -> None:
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
    c.drawString(50, state["y"], "Whistlecombe Town Council")
    state["y"] -= 22
    txt("Street Parties and Community Celebrations Grant: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Grants of up to £400 towards street parties and community celebrations in "
        "Whistlecombe, including events for Armed Forces Day, VE Day and the town's civic "
        "anniversary. Fill in this form on screen, save it and email it to "
        "clerk@whistlecombe.example.gov.uk at least eight weeks before your event."
    )
    heading("Part 1: About you")
    field("group_name", "Name of group or organiser", "Name of group or organiser")
    field("contact_name", "Contact name", "Contact name")
    field("address", "Address", "Address")
    field("postcode", "Postcode", "Postcode", 8)
    field("phone", "Telephone", "Telephone")
    field("email", "Email", "Email")
    heading("Part 2: About your event")
    field("event_name", "Name of event", "Name of event")
    field("event_date", "Date of event", "Date of event (DD/MM/YYYY)")
    field("event_location", "Where will it take place?", "Street or venue of the event")
    field("attendance", "How many people do you expect?", "Expected number of people", 5)
    box(
        "q1_event",
        "1. Tell us about your event and who it is for. (up to 1,200 characters)",
        "Tell us about your event and who it is for",
        1200,
    )
    box(
        "q2_community",
        "2. How will the event bring neighbours together, including people "
        "who might otherwise be left out? (up to 900 characters)",
        "How will the event bring neighbours together",
        900,
        110,
    )
    box(
        "q3_safety",
        "3. What arrangements have you made for stewarding, first aid and "
        "keeping people safe? (up to 600 characters)",
        "Stewarding, first aid and safety",
        600,
        90,
    )
    room(40)
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"] - 12, "Does your event need a road closure?")
    for i, v in enumerate(("Yes", "No")):
        form.radio(
            name="road_closure",
            tooltip="Does your event need a road closure?",
            value=v,
            selected=False,
            x=300 + i * 70,
            y=state["y"] - 16,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
        )
        c.drawString(316 + i * 70, state["y"] - 12, v)
    state["y"] -= 30
    heading("Part 3: Money")
    field("total_cost", "Total cost of the event (£)", "Total cost of the event")
    field("amount", "Amount requested (£, up to £400)", "Amount requested")
    field("bank_name", "Name on the bank account", "Name on the bank account")
    field("sort_code", "Sort code", "Sort code", 8)
    field("account_no", "Account number", "Account number", 8)
    heading("Part 4: What to send with this form")
    txt("Please email these with your application:")
    txt("- a simple event plan, with a site map showing where everything will be;")
    txt("- a copy of your risk assessment;")
    txt("- a copy of your public liability insurance certificate (minimum cover £5 million).")
    txt(
        "If your event needs a road closure, also send us a copy of the road closure "
        "application you have made to the County Council. Road closures take up to eight "
        "weeks to approve."
    )
    heading("Part 5: Declaration")
    room(30)
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=50,
        y=state["y"] - 14,
        size=12,
        borderColor=black,
        fillColor=white,
    )
    c.setFont("Helvetica", 10)
    state["y"] -= 4
    from reportlab.lib.utils import simpleSplit

    for line in simpleSplit(
        "I confirm that the information in this form is correct and that "
        "the grant will be spent only on the event described.",
        "Helvetica",
        10,
        w - 130,
    ):
        c.drawString(70, state["y"] - 8, line)
        state["y"] -= 14
    state["y"] -= 10
    field("signature", "Signature (type your name)", "Signature")
    field("print_name", "Name in capitals", "Name in capitals")
    field("sign_date", "Date", "Date signed")
    c.save()


def tinkerslade() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tinkerslade-armed-forces-covenant-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Armed Forces Covenant Fund: guidance for applicants")
    c.setAuthor("Tinkerslade County Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Tinkerslade County Council - Armed Forces Covenant Fund "
            f"guidance 2027/28 - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 5

    def head(t: str) -> None:
        room(45)
        state["y"] -= 6
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 168)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(84, state["y"], "\u2022")
            c.drawString(96, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Tinkerslade County Council")
    state["y"] -= 26
    para("Armed Forces Covenant Fund 2027/28: guidance for applicants", 14, "Helvetica-Bold")
    head("1. Introduction")
    para(
        "The Armed Forces Covenant is a promise by the nation that those who serve or have "
        "served in the Armed Forces, and their families, are treated fairly. Tinkerslade "
        "County Council signed the Covenant in 2012. Through the Armed Forces Covenant Fund "
        "we give grants to local organisations for projects that support the Armed Forces "
        "community and help them take part in community life."
    )
    para(
        "This guidance explains who can apply, what we fund and how to apply. Please read it "
        "all before you start your application."
    )
    head("2. How much you can apply for")
    para("Small grants: £500 to £2,500, for projects lasting up to 12 months.")
    para("Main grants: £2,501 to £10,000, for projects lasting up to 2 years.")
    para(
        "We do not require match funding: we can fund the whole cost of your project. If you "
        "have other funding, tell us about it, as it shows support for your project."
    )
    head("3. Who can apply")
    bullet(
        "Registered charities, charitable incorporated organisations and community "
        "interest companies."
    )
    bullet("Constituted voluntary and community groups with a bank account in the group's name.")
    bullet(
        "Armed Forces associations, Royal British Legion branches, veterans' breakfast "
        "clubs and cadet units (through their parent charity)."
    )
    bullet("Schools, parish and town councils, for projects that go beyond their statutory duties.")
    para(
        "Your project must benefit people living in Tinkerslade. You can apply for one grant "
        "in each financial year."
    )
    head("4. What we fund")
    para("We fund projects that meet one or more of these aims:")
    bullet(
        "reducing isolation among veterans and service families, for example breakfast "
        "clubs, drop-ins and social activities;"
    )
    bullet("helping service children and families settle into the community;")
    bullet("helping veterans into work, training or volunteering;")
    bullet("improving veterans' health and wellbeing, including mental health;")
    bullet(
        "building understanding between the Armed Forces community and the wider "
        "community, including commemorative and heritage projects."
    )
    para(
        "We can pay for staff time, volunteer expenses, venue hire, equipment, activities, "
        "publicity and small capital works. We cannot pay for things already bought, "
        "memorials or war memorial repairs (ask us about the War Memorials Trust), trips "
        "abroad, alcohol, or activities that promote religious or political beliefs."
    )
    head("5. How we assess applications")
    para(
        "Officers score each application against the fund's aims, the need for the project, "
        "how well it is planned, value for money and how the project will be run. Main grant "
        "applications go to the Armed Forces Covenant Board, which meets in May, September "
        "and January. Small grants are decided by officers within six weeks."
    )
    head("6. Policies and insurance")
    para(
        "All applicants must have a safeguarding policy that has been reviewed in the last "
        "two years, and must send a copy with the application. You must also have an "
        "equality and diversity policy; you will be asked to confirm this in the "
        "application, and you do not need to send it."
    )
    para(
        "Your organisation must hold public liability insurance with cover of at least £5 "
        "million. You do not need to send the certificate, but we may ask to see it before "
        "we pay the grant."
    )
    head("7. Documents you must send")
    para("Upload these documents with your online application:")
    bullet(
        "your governing document (constitution, set of rules, trust deed or articles of "
        "association), signed and dated;"
    )
    bullet(
        "your latest annual accounts. If your annual income is over £25,000 they must be "
        "independently examined or audited; if it is £25,000 or less, accounts approved "
        "and signed by two members of your committee are fine;"
    )
    bullet("your safeguarding policy;")
    bullet("a detailed budget for the project, showing each item of spending;")
    bullet("a bank statement for your organisation dated within the last three months.")
    para("Some applicants must also send:")
    bullet("for equipment or capital works costing more than £1,000: two written quotes;")
    bullet(
        "for projects run in partnership with another organisation: a letter of support "
        "from each partner."
    )
    head("8. How to apply")
    para(
        "Apply through the Council's online grants portal at "
        "grants.tinkerslade.example.gov.uk. You will need to register first. The "
        "application asks about your organisation, the project and what it will achieve, "
        "how you know it is needed, how you will involve the Armed Forces community, and "
        "your budget. Each answer has a word limit shown on the screen."
    )
    para(
        "Closing dates: small grants are open all year; main grants close on 31 March, 31 "
        "July and 30 November."
    )
    head("9. If you get a grant")
    para(
        "You will get a grant agreement to sign. We pay small grants in full and main grants "
        "in two instalments. You must send a short report at the end of the project, with "
        "receipts for spending over £100, and tell us at once if anything changes."
    )
    head("10. Contact")
    para(
        "Armed Forces Covenant Officer, Tinkerslade County Council, County Hall, Tinkerslade "
        "TK1 1QQ. Email covenant@tinkerslade.example.gov.uk, telephone 01632 960 314."
    )
    folio()
    c.save()


if __name__ == "__main__":
    culverthorpe()
    farrowdene()
    whistlecombe()
    tinkerslade()
