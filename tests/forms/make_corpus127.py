"""Build set 127's Word and PDF documents (typical community transport and dial-a-ride grants:
a district council's Community Transport Grant application, a county council's Community
Transport Fund guidance, a community foundation's Volunteer Car Scheme Grant form and a borough
council's Dial-a-Ride Vehicle and Equipment Grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus127.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 9, 10, 15, 0)
BOX = "\u2610"


def harrowdale() -> None:
    d = kit.new_document(
        FIXED,
        "Community Transport Grant 2027/28: application form",
        "Harrowdale District Council",
    )
    p = d.add_paragraph
    d.add_heading("Harrowdale District Council", 0)
    p("Community Transport Grant 2027/28: application form")
    p(
        "The Community Transport Grant helps voluntary and community groups in Harrowdale "
        "District to run minibus, community bus and dial-a-ride services for people who cannot "
        "use ordinary buses. Grants of up to £15,000 can pay towards buying a new or used "
        "minibus, fitting a wheelchair lift or tail lift, seat tracking and restraints, MiDAS "
        "driver training and the first year's vehicle insurance."
    )
    p(
        "We can fund up to 75% of the cost of your project. You must find at least 25% from "
        "your own reserves, fares or other funders, and tell us in Section C where it will "
        "come from."
    )
    p(
        "Please read the guidance notes before you start. Type your answers in the boxes, "
        "which will grow as you type, and keep to the word limits. Email the form and your "
        "documents to communitytransport@harrowdale.example.gov.uk by 12 noon on Monday 7 June "
        "2027."
    )
    d.add_heading("Do you need this form in large print or another format?", 2)
    p(
        "Ring the Community Transport Officer, Lorna Bickerstaff, on 01632 960 724 and we will "
        "send you a copy in the format you need."
    )
    d.add_heading("Section A: About your organisation", 1)
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
            "Registered charity or company number (if you have one)",
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
                f"{BOX} Community interest company   {BOX} Unincorporated group",
            ),
            (
                "What kind of service do you run?",
                f"{BOX} Minibus group hire   {BOX} Community bus   {BOX} Dial-a-ride   "
                f"{BOX} Shopping bus",
            ),
            (
                "Permit you operate under",
                f"{BOX} Section 19 standard permit   {BOX} Section 19 large bus permit   "
                f"{BOX} Section 22 community bus permit",
            ),
            ("Number of vehicles you operate", ""),
            ("Number of volunteer and paid drivers", ""),
            ("Passenger journeys in the last 12 months", ""),
        ],
    )
    p()
    d.add_heading("Section B: Your project", 1)
    kit.question(
        d,
        "B1 Tell us about your organisation and the transport service you provide: the area "
        "you cover, when you run and who your passengers are. (max 250 words)",
    )
    kit.question(
        d,
        "B2 What do you want the grant for, and why is it needed now? (max 300 words)",
    )
    kit.question(
        d,
        "B3 How will the project help people who cannot use ordinary buses, for example "
        "wheelchair users, older people or people living in villages without a bus service? "
        "(max 250 words)",
    )
    kit.question(
        d,
        "B4 How do you recruit, train and check your drivers? Please include MiDAS training "
        "and licence checks. (max 200 words)",
        2400,
    )
    kit.question(
        d,
        "B5 How will you pay to keep the vehicle on the road once the grant is spent "
        "(insurance, servicing, MOT and saving to replace it)? (max 200 words)",
        2400,
    )
    kit.question(
        d,
        "B6 Is there anything else you would like to tell us about your application?",
        2000,
    )
    d.add_heading("Section C: Costs and funding", 1)
    p("Please list each item you want the grant to pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from Harrowdale District Council (£)",
            "Your contribution or other funding secured (£)",
            "Where your contribution will come from",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section D: Documents checklist", 1)
    p("Please tick to show which documents you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or articles of association",
            "Your latest annual accounts, signed by your treasurer or independently examined",
            "A copy of your current Section 19 or Section 22 permit",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Two written quotes for any item costing more than £1,000",
            "If you carry children or adults at risk: your safeguarding policy",
            "If the grant is for adapting or repairing a vehicle you already own: the vehicle's "
            "maintenance and inspection records for the last 12 months",
        ],
    )
    d.add_heading("Section E: Declaration", 1)
    p(
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "on behalf of the organisation and that the grant will be spent only on the project "
        "described. I understand that the Council may ask for the grant back if a vehicle "
        "bought with it is sold within five years."
    )
    p("Please tick to confirm each statement.")
    kit.ticks(
        d,
        [
            "Our organisation has an equal opportunities policy, which our management "
            "committee has adopted.",
            "Every driver who will drive the vehicle has passed a MiDAS assessment, or will "
            "pass one before driving it.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Community Transport Officer, Harrowdale District Council, Civic Offices, Station "
        "Road, Harrowdale HD6 2LP. Telephone 01632 960 724."
    )
    out = HERE / "harrowdale-community-transport-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def dellingford() -> None:
    d = kit.new_document(
        FIXED, "Community Transport Fund 2027-28: guidance notes", "Dellingford County Council"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Dellingford County Council", 0)
    p("Community Transport Fund 2027-28: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Community transport fills the gaps that commercial buses leave. Across Dellingford, "
        "minibus groups, community bus services, dial-a-ride schemes and volunteer car schemes "
        "take people to hospital appointments, the shops, day centres and lunch clubs. The "
        "Community Transport Fund gives grants of £2,000 to £25,000 to help them buy and adapt "
        "vehicles, train drivers and keep their services running safely."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, charitable incorporated organisation, community interest "
        "company or constituted voluntary group;"
    )
    bullet("provides transport for people in Dellingford who cannot easily use public transport;")
    bullet(
        "operates under a Section 19 or Section 22 permit, or is a volunteer car scheme whose "
        "drivers use their own cars."
    )
    p("Parish councils, commercial operators and taxi firms cannot apply.")
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet("buying a new or used accessible minibus or people carrier;")
    bullet("wheelchair lifts, ramps, seat tracking and passenger restraints;")
    bullet("MiDAS and MiDAS Accessible training and passenger assistance training for drivers;")
    bullet("Section 19 and Section 22 permit fees;")
    bullet("booking and scheduling software for dial-a-ride and car schemes.")
    p("We cannot pay for:")
    bullet("fuel, or the day-to-day running costs of a service;")
    bullet("vehicles or equipment bought before we make a decision;")
    bullet("services that replace a council-contracted bus route.")
    d.add_heading("4. How much you can ask for", 1)
    p(
        "Grants are from £2,000 to £25,000. We can pay up to 70% of the total cost of your "
        "project, and you must find at least 30% from other sources, such as your reserves, "
        "fares, fundraising or other grants."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the County Council's grants portal at "
        "www.dellingford.example.gov.uk/ctfund. You can save your application and return to "
        "it. The online form has five parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length of answers"),
            ("1", "Your organisation and its contact details", "Short answers"),
            ("2", "The service you run and the people who use it", "Up to 300 words"),
            ("3", "What you want to buy or do, and why", "Up to 400 words"),
            ("4", "How you keep passengers and drivers safe", "Up to 250 words"),
            ("5", "Your costs and your 30% contribution", "Budget table"),
        ],
    )
    p("At the end of the form you will be asked to upload your documents.")
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload:")
    bullet("your constitution or other governing document;")
    bullet(
        "your latest annual accounts. If your income is more than £25,000 they must be "
        "independently examined; smaller groups can send accounts signed by two trustees or "
        "committee members;"
    )
    bullet("a budget for the project showing all costs and where your 30% will come from;")
    bullet("your equal opportunities policy and your health and safety policy.")
    p("You will also need to send, if they apply to you:")
    bullet(
        "if you run a minibus, community bus or dial-a-ride service: a copy of your Section 19 "
        "or Section 22 permit;"
    )
    bullet("if you are buying a vehicle: two quotes from different dealers;")
    bullet(
        "if your group is less than a year old and has not yet produced accounts: your bank "
        "statements for the last three months instead;"
    )
    bullet(
        "if your drivers or escorts are ever alone with children or adults at risk: your "
        "safeguarding policy and confirmation that they have had an enhanced DBS check."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "All applicants must hold public liability insurance of at least £5 million, as well as "
        "the motor insurance their permit requires. You do not need to send your certificates "
        "with the application, but we will ask to see them before we pay the grant."
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of county councillors and officers scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Score out of"),
            ("The need for the service and who it reaches", "30"),
            ("How the project improves safety and access", "25"),
            ("Value for money and a realistic budget", "25"),
            ("How the service will be kept going", "20"),
        ],
    )
    p("We do not fund applications that score less than 50 out of 100.")
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel meets", "Decision by"),
            ("1", "14 May 2027", "July 2027", "23 July 2027"),
            ("2", "5 November 2027", "January 2028", "28 January 2028"),
        ],
    )
    p("Vehicles must be bought and on the road within nine months of the offer letter.")
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("Can we buy a second-hand minibus?", 3)
    p(
        "Yes, if it is less than five years old and a dealer can give you its service history. "
        "Please send two quotes as for a new vehicle."
    )
    d.add_heading("Can volunteer time count towards our 30%?", 3)
    p("No. Your 30% must be money, but it can come from other grants.")
    d.add_heading(
        "Our drivers passed MiDAS more than four years ago. Can you pay for refresher training?", 3
    )
    p("Yes. MiDAS certificates last four years and refresher training is welcome.")
    d.add_heading("What happens to the vehicle if our group closes?", 3)
    p(
        "The grant conditions ask you to offer the vehicle to another community transport "
        "group in Dellingford, or to repay part of the grant."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Passenger Transport Team, Dellingford County Council, County Hall, Abbey Road, "
        "Dellingford DL3 9RW. Telephone 01632 961 905. Email ctfund@dellingford.example.gov.uk."
    )
    out = HERE / "dellingford-community-transport-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wenlowe() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wenlowe-volunteer-car-scheme-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Volunteer Car Scheme Grants: application form")
    c.setAuthor("Wenlowe Community Foundation")
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
    c.drawString(50, state["y"], "Wenlowe Community Foundation")
    state["y"] -= 22
    txt("Volunteer Car Scheme Grants: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Volunteer car schemes take people who have no other way to travel to GP and hospital "
        "appointments, the shops and to see friends, with volunteers driving their own cars. "
        "Our grants of up to £4,000 help schemes in Wenlowe and the surrounding villages to "
        "recruit and train drivers, pay for booking software and phones, and cover the cost of "
        "DBS checks."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. The longer answer boxes have a character limit, "
        "shown after each question. Save the form and email it, with your documents, to "
        "grants@wenlowecf.example.org.uk. To talk about your idea first, ring our grants "
        "team on 01632 962 318."
    )
    bar("Part A: About your scheme")
    field("org_name", "Name of scheme or organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Registered charity number (if any)", 12)
    radios(
        "org_type",
        "Who runs the scheme?",
        ["Registered charity", "Community group", "Parish council", "Faith group"],
    )
    radios(
        "mileage",
        "Do your drivers claim mileage at or below the HMRC approved rate?",
        ["Yes", "No"],
    )
    field("drivers", "Number of volunteer drivers", 4)
    field("journeys", "Number of journeys in the last 12 months", 6)
    bar("Part B: Your project")
    box(
        "b1",
        "B1 Describe your volunteer car scheme: the area it covers, who uses it and the "
        "journeys they make. (up to 1,800 characters)",
        "B1 Describe your volunteer car scheme",
        1800,
        120,
    )
    box(
        "b2",
        "B2 What will the grant pay for, and what difference will it make to your passengers? "
        "(up to 1,500 characters)",
        "B2 What will the grant pay for, and what difference will it make?",
        1500,
        110,
    )
    box(
        "b3",
        "B3 How do you recruit and check your volunteer drivers, including their driving "
        "licences, motor insurance and DBS checks? (up to 1,200 characters)",
        "B3 How do you recruit and check your volunteer drivers?",
        1200,
        90,
    )
    box(
        "b4",
        "B4 How will you make sure the scheme reaches people who are isolated or cannot "
        "afford a taxi? (up to 900 characters)",
        "B4 How will you reach people who are isolated or cannot afford a taxi?",
        900,
        70,
    )
    box(
        "b5",
        "B5 How will you keep the scheme going when the grant has been spent? "
        "(up to 900 characters)",
        "B5 How will you keep the scheme going when the grant has been spent?",
        900,
        70,
    )
    box(
        "b6",
        "B6 Please tell us anything else that will help us to understand your application.",
        "B6 Anything else that will help us to understand your application",
        0,
        90,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("other_money", "Other money towards the project (£)", 10)
    txt(
        "We can fund the whole cost of your project and we do not ask for match funding, but "
        "please tell us about any other money you have."
    )
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or set of rules")
    tick(
        "doc_accounts",
        "Your latest annual accounts or, if your scheme is less than a year old, your bank "
        "statements for the last three months",
    )
    tick("doc_volunteer", "Your volunteer policy or volunteer drivers' handbook")
    tick("doc_safeguarding", "Your safeguarding policy")
    tick("doc_quotes", "A quote for any equipment or software costing more than £300")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "and that the grant will be spent only on the project described.",
    )
    tick(
        "insurance",
        "Our scheme holds public liability insurance of at least £5 million, and every "
        "volunteer driver has told their motor insurer that they drive for the scheme.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Wenlowe Community Foundation, 4 Tanyard Court, Wenlowe WN5 3JE. Telephone 01632 "
        "962 318. Registered charity number 1168245.",
        9,
    )
    c.save()


def tressingham() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tressingham-dial-a-ride-vehicle-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Dial-a-Ride Vehicle and Equipment Grant: application form")
    c.setAuthor("Tressingham Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(
            50, 30, "Tressingham Borough Council: Dial-a-Ride Vehicle and Equipment Grant 2027"
        )
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
    c.drawString(50, state["y"], "Tressingham Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Dial-a-Ride Vehicle and Equipment Grant 2027: application form")
    state["y"] -= 24
    para(
        "Dial-a-ride services give door-to-door transport to people who find it hard or "
        "impossible to use ordinary buses because of disability, age or where they live. The "
        "Borough Council gives grants of up to £30,000 to dial-a-ride operators in Tressingham "
        "to buy accessible vehicles and the equipment that goes with them, such as wheelchair "
        "lifts, restraint systems and in-vehicle booking tablets."
    )
    para(
        "The Council will pay up to 80% of the cost of a vehicle or equipment. You must find "
        "at least 20% yourselves, from reserves, fares or other funders."
    )
    para(
        "Please write your answers in the boxes and keep to the word limits. Continue on a "
        "separate sheet if you need more room for question 2.6. Post the form to the Transport "
        "Policy Team at the address on the last page, or scan it and email it to "
        "dialaride@tressingham.example.gov.uk. The closing date is Friday 2 July 2027."
    )
    heading("Part 1: About your organisation")
    item("1.1", "Name of organisation")
    item("1.2", "Contact name and position")
    item("1.3", "Address")
    item("1.4", "Postcode")
    item("1.5", "Telephone")
    item("1.6", "Email")
    item("1.7", "Registered charity or CIO number")
    choice("1.8", "Do you hold a Section 19 or Section 22 permit?", ["Yes", "No"])
    item("1.9", "Number of registered dial-a-ride members")
    heading("Part 2: Your project")
    question(
        "2.1",
        "Describe your dial-a-ride service: the area you cover, your hours and the people who "
        "use it. (no more than 200 words)",
        110,
    )
    question(
        "2.2",
        "What vehicle or equipment do you want to buy, and why do you need it? "
        "(no more than 300 words)",
        150,
    )
    question(
        "2.3",
        "How will the vehicle be adapted for wheelchair users and passengers with limited "
        "mobility? (no more than 150 words)",
        90,
    )
    question(
        "2.4",
        "How will you make sure your drivers are trained to use the vehicle safely, for example "
        "MiDAS Accessible and passenger assistance training? (no more than 150 words)",
        90,
    )
    question(
        "2.5",
        "How will you pay to run the vehicle (fuel, insurance, servicing, MOT and tax) for the "
        "next five years? Please include a simple forecast. (no more than one side of A4)",
        200,
    )
    question(
        "2.6",
        "If the new vehicle will replace one you have now, what will happen to the old vehicle?",
        90,
    )
    heading("Part 3: Costs")
    para("Please list the vehicle and each item of equipment the grant will pay for.")
    widths = (250, 145, 100)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 6
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
    item("3.1", "Total cost (£)")
    item("3.2", "Grant requested (£)")
    item("3.3", "Your contribution (£)")
    heading("Part 4: Documents")
    para("Please send these documents with your form:")
    for t in [
        "a)  your constitution or memorandum and articles of association;",
        "b)  your accounts for the last two financial years, independently examined or audited;",
        "c)  two written quotes from different suppliers for the vehicle and for each item of "
        "equipment;",
        "d)  a copy of your Section 19 or Section 22 permit or, if you are still waiting for "
        "one, a copy of your application to the Traffic Commissioner;",
        "e)  your safeguarding adults policy;",
        "f)  if you already run vehicles, their maintenance and safety inspection records for "
        "the last 12 months.",
    ]:
        para(t, x=62)
    para(
        "Your organisation must hold public liability insurance of at least £10 million. You "
        "do not need to send the certificate: we will ask to see it when we visit you."
    )
    heading("Part 5: Declaration")
    para(
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "on behalf of the organisation and that the grant will be used only for the vehicle "
        "and equipment described. I understand that the Council will place a charge on any "
        "vehicle bought with the grant for five years."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Officer: ____________   "
        "Site visit: ____________",
        9,
    )
    para(
        "Transport Policy Team, Tressingham Borough Council, Town Hall, Market Square, "
        "Tressingham TR9 1AX. Telephone 01632 963 127.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    harrowdale()
    dellingford()
    wenlowe()
    tressingham()
