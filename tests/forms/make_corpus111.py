"""Build set 111's Word and PDF documents (typical community events, street parties and
festivals grants: a district council's Community Events Grant application, a town council's
Festivals and Events Fund guidance notes, a parish council's Village Festival Fund form as a
fillable PDF and a borough council's Street Party Grant form printed to a text PDF, written to
be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus111.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 2, 3, 9, 40, 0)
BOX = "\u2610"


def marlowick() -> None:
    d = kit.new_document(
        FIXED, "Community Events Grant: application form 2027-28", "Marlowick District Council"
    )
    p = d.add_paragraph
    d.add_heading("Marlowick District Council", 0)
    p("Community Events Grant 2027-28: application form")
    p(
        "The Community Events Grant helps voluntary and community groups in the district to run "
        "events that are free or low-cost and open to everyone: fun days, village and town "
        "festivals, carnivals, cultural celebrations, street parties, Christmas lights switch-ons "
        "and similar events. Grants are from £250 to £2,500."
    )
    p(
        "The grant can pay up to 50% of the total cost of your event. You must find the rest "
        "from ticket sales, stalls, sponsorship, other grants or your own funds."
    )
    p(
        "Please read the Community Events Grant guidance notes before you fill in this form. "
        "Type your answers in the boxes, which will grow as you type, and keep to the word "
        "limits. Apply at least ten weeks before your event. Email the completed form and your "
        "documents to events.grants@marlowick.example.gov.uk."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "Ring the Community Development team on 01632 961 372 or email "
        "events.grants@marlowick.example.gov.uk. We can send you this form in large print."
    )
    d.add_heading("Section 1: About your organisation", 1)
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
                f"{BOX} Voluntary or community group   {BOX} Registered charity   "
                f"{BOX} Community interest company   {BOX} Parish or town council   "
                f"{BOX} Residents' association   {BOX} Other",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: About your event", 1)
    kit.details(
        d,
        [
            "Name of the event",
            "Date(s) of the event",
            "Start and finish times",
            "Venue or location",
            "Number of people you expect to attend",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            ("Is the event free to attend?", f"{BOX} Yes   {BOX} No"),
            ("Will you need to close a road?", f"{BOX} Yes   {BOX} No"),
            ("Will alcohol be sold at the event?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    p()
    d.add_heading("Section 3: Your event in more detail", 1)
    kit.question(
        d,
        "3.1 Describe your event: what will happen on the day and who is organising it. "
        "(no more than 300 words)",
    )
    kit.question(
        d,
        "3.2 Who do you expect to come, and how will you make sure the event is open to "
        "everyone in the community? (no more than 250 words)",
        2800,
    )
    kit.question(
        d,
        "3.3 How will you publicise the event? (no more than 150 words)",
        2000,
    )
    kit.question(
        d,
        "3.4 How will you keep people safe on the day? Tell us about stewarding, first aid and "
        "your risk assessment. (no more than 300 words)",
    )
    kit.question(
        d,
        "3.5 How many volunteers will help, and what will they do? (no more than 150 words)",
        2000,
    )
    kit.question(
        d,
        "3.6 What difference will the event make to your community? (no more than 200 words)",
        2600,
    )
    kit.question(
        d,
        "3.7 Is there anything else you would like to tell us about your event?",
        2000,
    )
    d.add_heading("Section 4: Costs", 1)
    p("Please list the costs of your event, for example hire of staging, toilets and first aid.")
    kit.grid(d, ["Item", "Cost (£)"], 8)
    kit.details(
        d,
        [
            "Total cost of the event (£)",
            "Amount you are asking the Council for (£)",
            "Income from tickets, stalls or sponsorship (£)",
            "Other grants or funding (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 5: Bank details", 1)
    p("The grant will be paid by BACS into your organisation's bank account.")
    kit.details(
        d,
        ["Name of the account", "Bank or building society", "Sort code", "Account number"],
        shade=True,
    )
    p()
    d.add_heading("Section 6: Documents", 1)
    p(
        "Please send these documents with your form and tick each one you have enclosed. "
        "We cannot assess your application without them."
    )
    kit.ticked(
        d,
        [
            "Your constitution or set of rules, signed and dated",
            "Your latest annual accounts or, if your group is less than a year old, your last "
            "three months' bank statements",
            "Your event management plan, including a site plan",
            "Your risk assessment for the event",
            "A copy of your public liability insurance certificate (at least £5 million cover)",
            "If children or adults at risk will take part in activities you run: your "
            "safeguarding policy",
            "If you need to close a road: a copy of your road closure application to the "
            "Council's Highways team",
            "If alcohol will be sold: a copy of your Temporary Event Notice or premises licence",
        ],
    )
    d.add_heading("Section 7: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. I confirm that our organisation has an equal "
        "opportunities policy and that the event will be open to everyone. I understand that "
        "the grant must be spent only on the event described, that the Council may ask for it "
        "to be repaid if the event does not take place, and that we must send a short report "
        "with photographs within two months of the event."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Community Development, Marlowick District Council, Civic Centre, Brook Street, "
        "Marlowick MK9 4RL. www.marlowick.example.gov.uk/eventsgrant"
    )
    out = HERE / "marlowick-district-council-community-events-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def stennington() -> None:
    d = kit.new_document(
        FIXED, "Festivals and Events Fund: guidance notes", "Stennington Town Council"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Stennington Town Council", 0)
    p("Festivals and Events Fund 2027-28: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Stennington's festivals, carnival, markets and community celebrations bring thousands "
        "of people into the town every year. The Festivals and Events Fund helps local groups "
        "to put on events that are open to the public and that celebrate the town, its history "
        "and its communities. Grants are from £500 to £3,000 for a single event."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your group:")
    bullet(
        "is a voluntary or community group, registered charity, community interest company, "
        "faith group or school parent-teacher association;"
    )
    bullet("has a constitution or set of rules and a bank account in its own name;")
    bullet("has at least three unrelated people on its committee; and")
    bullet("is holding the event within the Stennington town boundary.")
    p(
        "Individuals, businesses and political parties cannot apply. Groups that received a "
        "grant last year must have sent us their end-of-event report."
    )
    d.add_heading("3. What we fund", 1)
    p("We can pay for:")
    bullet("hire of staging, marquees, sound equipment, toilets and barriers;")
    bullet("performers, workshop leaders and children's entertainers;")
    bullet("first aid cover, security and stewarding;")
    bullet("publicity, signs and printing;")
    bullet("making the event accessible, for example BSL interpreters or a quiet area.")
    p("We cannot pay for:")
    bullet("events that have already happened;")
    bullet("alcohol, prizes or gifts;")
    bullet("fundraising events for your own group or another charity;")
    bullet("events that promote a religious or political cause.")
    d.add_heading("4. How much you need to find", 1)
    p(
        "We can fund up to 80% of the cost of your event. You must find at least 20% from "
        "other sources: ticket sales, stall fees, sponsorship, other grants or your own "
        "fundraising."
    )
    d.add_heading("5. Keeping your event safe", 1)
    p(
        "You are responsible for the safety of everyone at your event. Every event we fund "
        "must have:"
    )
    bullet("a written risk assessment;")
    bullet("enough trained stewards for the size of the crowd;")
    bullet(
        "first aid cover suited to the event: for events of more than 500 people this should "
        "be provided by a recognised first aid organisation;"
    )
    bullet("a plan for what you will do in bad weather or if someone goes missing.")
    p(
        "If you expect more than 500 people at any one time, you must also tell the District "
        "Council's Safety Advisory Group about your event at least twelve weeks before it takes "
        "place. If you will sell alcohol or provide entertainment without a premises licence, "
        "you will need a Temporary Event Notice from the District Council's licensing team. "
        "Road closures are arranged through the County Council. These are separate "
        "applications, and you do not need to send copies to us."
    )
    d.add_heading("6. Insurance", 1)
    p(
        "Your group must have public liability insurance of at least £5 million that covers the "
        "event. If your event includes fireworks, funfair rides or inflatables, the cover must "
        "be at least £10 million."
    )
    d.add_heading("7. How to apply", 1)
    p(
        "Download the application form from www.stennington-tc.example.gov.uk/events and email "
        "it to the Town Clerk with your documents, or post it to the Town Hall. The form has "
        "four parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length"),
            ("1", "Your group and its contact details", "Short answers"),
            ("2", "Your event: what, where and when, and who will come", "Up to 400 words"),
            ("3", "How you will run the event safely", "Up to 300 words"),
            ("4", "Costs and where the rest of the money will come from", "Budget table"),
        ],
    )
    d.add_heading("8. What to send", 1)
    p("Every applicant must send:")
    bullet("your constitution or set of rules;")
    bullet(
        "your most recent annual accounts, signed by your chair or treasurer (they do not need "
        "to be independently examined);"
    )
    bullet("your risk assessment for the event;")
    bullet("a copy of your public liability insurance certificate.")
    p("You may also need to send:")
    bullet(
        "your safeguarding policy, if your event includes activities for children or young "
        "people that your group runs;"
    )
    bullet(
        "food hygiene certificates for the people preparing food, if your group will prepare "
        "or sell food;"
    )
    bullet(
        "a letter from the landowner giving permission, if the event is not on Town Council land."
    )
    p(
        "Your group must also have an equal opportunities policy and a health and safety "
        "policy. You do not need to send them, but we may ask to see them."
    )
    d.add_heading("9. How we decide", 1)
    p("The Town Council's Community Committee scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Points"),
            ("How many people the event will reach and how open it is to everyone", "30"),
            ("What the event does for the town and its communities", "30"),
            ("How well the event is planned, including safety", "25"),
            ("Value for money", "15"),
        ],
    )
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Committee meets", "For events from"),
            ("1", "12 March 2027", "April 2027", "1 June 2027"),
            ("2", "10 September 2027", "October 2027", "1 December 2027"),
        ],
    )
    d.add_heading("11. Frequently asked questions", 1)
    d.add_heading("Can we charge for tickets?", 3)
    p(
        "Yes, but tickets should be affordable, and children should be able to come free or "
        "at a reduced price."
    )
    d.add_heading("Can we apply for the same event every year?", 3)
    p(
        "Yes, but we cannot promise to fund an event every year, and we will expect the event "
        "to rely less on our grant over time."
    )
    d.add_heading("Does in-kind help count towards the 20% we must find?", 3)
    p("No. The 20% must be money, but tell us about volunteer time and donated goods too.")
    d.add_heading("12. Contact us", 1)
    p(
        "The Town Clerk, Stennington Town Council, Town Hall, High Street, Stennington "
        "SN7 2HD. Telephone 01632 963 581. Email events@stennington-tc.example.gov.uk."
    )
    out = HERE / "stennington-town-council-festivals-and-events-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def harwoldby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "harwoldby-parish-council-village-festival-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Village Festival Fund: application form")
    c.setAuthor("Harwoldby Parish Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#1F3864")

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

    def field(name: str, label: str, maxlen: int) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        form.textfield(
            name=name,
            tooltip=label,
            x=270,
            y=state["y"] - 18,
            width=275,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 120) -> None:
        room(height + 40)
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
    c.drawString(50, state["y"], "Harwoldby Parish Council")
    state["y"] -= 22
    txt("Village Festival Fund 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Village Festival Fund gives grants of up to £750 to groups putting on a festival, "
        "fete, fun day, bonfire night or other celebration in the parish that everyone can come "
        "to. The grant can cover the full cost of a small event: you do not need to raise money "
        "from anywhere else, but please tell us about any other funding you have."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. The answer boxes in Part B have a "
        "character limit, shown after each question. Email the form and your documents to "
        "clerk@harwoldby-pc.example.gov.uk at least eight weeks before your event."
    )
    bar("Part A: About your group")
    field("group_name", "Name of group", 100)
    field("contact_name", "Contact name", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("telephone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "What type of group are you?",
        [
            "Voluntary group",
            "Registered charity",
            "Community interest company",
            "School or PTA",
            "Other",
        ],
    )
    bar("Part B: About your festival or event")
    field("event_name", "Name of the festival or event", 100)
    field("event_date", "Date of the event", 10)
    field("event_place", "Where in the parish will it be held?", 150)
    field("attendance", "How many people do you expect?", 6)
    radios("road_closure", "Will the event need a road closure?", ["Yes", "No"])
    radios("alcohol", "Will alcohol be sold?", ["Yes", "No"])
    box(
        "b1",
        "B1 Describe your festival or event and what will happen on the day. "
        "(up to 1,500 characters)",
        "B1 Describe your festival or event and what will happen on the day",
        1500,
        130,
    )
    box(
        "b2",
        "B2 Who is organising the event, and have they run an event like it before? "
        "(up to 900 characters)",
        "B2 Who is organising the event, and have they run an event like it before?",
        900,
        90,
    )
    box(
        "b3",
        "B3 How will the event bring together people from across the parish? "
        "(up to 1,200 characters)",
        "B3 How will the event bring together people from across the parish?",
        1200,
        110,
    )
    box(
        "b4",
        "B4 How will you make the event welcoming to older, disabled and younger residents? "
        "(up to 900 characters)",
        "B4 How will you make the event welcoming to older, disabled and younger residents?",
        900,
        90,
    )
    box(
        "b5",
        "B5 How will you manage safety on the day, including stewarding, first aid and "
        "parking? (up to 1,200 characters)",
        "B5 How will you manage safety on the day, including stewarding, first aid and parking?",
        1200,
        110,
    )
    bar("Part C: Money")
    field("total_cost", "Total cost of the event (£)", 10)
    field("grant_requested", "Grant requested (£, up to £750)", 10)
    field("other_funding", "Other funding for the event (£)", 10)
    box(
        "c4",
        "C4 What will the grant pay for? (up to 600 characters)",
        "C4 What will the grant pay for?",
        600,
        70,
    )
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last two are only "
        "needed if they apply to your event."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your group's constitution or terms of reference")
    tick(
        "doc_bank",
        "A bank statement in the group's name from the last three months",
    )
    tick("doc_risk", "Your risk assessment for the event")
    tick(
        "doc_insurance",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
    )
    tick(
        "doc_safeguarding",
        "If the event includes activities for children run by your group: your safeguarding policy",
    )
    tick(
        "doc_road",
        "If you need a road closure: the County Council's letter approving the closure",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "on behalf of the group and that the grant will be spent only on the event described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Harwoldby Parish Council, The Parish Room, Church Lane, Harwoldby HW4 8PN. "
        "Telephone 01632 962 904.",
        9,
    )
    c.save()


def tansworth() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tansworth-borough-council-street-party-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Street Party Grant: application form")
    c.setAuthor("Tansworth Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8.5)
        c.drawString(56, 32, "Tansworth Borough Council  |  Street Party Grant  |  SPG1 (2027)")
        c.drawRightString(w - 56, 32, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 10.5, f: str = font, x: float = 56) -> None:
        for line in simpleSplit(t, f, size, w - x - 56):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14.5
        state["y"] -= 4

    def heading(t: str) -> None:
        room(150)
        state["y"] -= 6
        c.setLineWidth(1.2)
        c.line(56, state["y"] + 14, w - 56, state["y"] + 14)
        c.setFont(bold, 12)
        c.drawString(56, state["y"], t)
        c.setLineWidth(0.5)
        state["y"] -= 22

    def item(label: str) -> None:
        """A label with a line to write on."""
        room(24)
        c.setFont(font, 10.5)
        c.drawString(56, state["y"], label)
        x = 56 + c.stringWidth(label, font, 10.5) + 6
        c.line(x, state["y"] - 2, w - 56, state["y"] - 2)
        state["y"] -= 23

    def question(text: str, lines: int) -> None:
        wrapped = simpleSplit(text, bold, 10.5, w - 112)
        room(15 * len(wrapped) + 19 * lines + 16)
        state["y"] -= 2
        for line in wrapped:
            room(15)
            c.setFont(bold, 10.5)
            c.drawString(56, state["y"], line)
            state["y"] -= 14.5
        for _ in range(lines):
            room(22)
            state["y"] -= 19
            c.line(56, state["y"], w - 56, state["y"])
        state["y"] -= 14

    c.setFont(bold, 18)
    c.drawString(56, state["y"], "Tansworth Borough Council")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(56, state["y"], "Street Party Grant: application form")
    state["y"] -= 26
    para(
        "A street party is a great way to meet your neighbours. The Council gives grants of up "
        "to £200 per street to help residents hold a street party or a play street for a "
        "celebration, a national event or simply to get to know each other. The grant can pay "
        "for things like table and chair hire, decorations, food for a shared lunch, children's "
        "games and 'Road Closed' signs."
    )
    para(
        "Two residents from different households in the street must apply together. Please "
        "fill in the form in black ink or type into it, and send it at least eight weeks before "
        "the party to Neighbourhoods Team, Tansworth Borough Council, Town Hall, Castle Street, "
        "Tansworth TW3 1AB, or email a scan to streetparties@tansworth.example.gov.uk."
    )
    para(
        "If your party will close a road, you must also apply for a free street party road "
        "closure on the Council's website. We recommend that you take out public liability "
        "insurance for your party, but it is not a condition of this grant."
    )
    heading("Section 1   The organisers")
    item("Name of lead organiser:")
    item("Address:")
    item("Postcode:")
    item("Telephone:")
    item("Email:")
    item("Name of second organiser (a different household):")
    item("Second organiser's address:")
    heading("Section 2   Your street party")
    item("Name of the street (or part of the street) where the party will be held:")
    item("Date of the party:")
    item("Start and finish times:")
    item("Number of households in the street:")
    item("Number of people you expect to come:")
    room(24)
    c.setFont(font, 10.5)
    c.drawString(56, state["y"], "Will you need to close the road?          YES [  ]      NO [  ]")
    state["y"] -= 23
    room(24)
    c.drawString(
        56,
        state["y"],
        "Will food be cooked or barbecued at the party?          YES [  ]      NO [  ]",
    )
    state["y"] -= 26
    heading("Section 3   Tell us about your party")
    question(
        "3.1  Why do you want to hold a street party? (no more than 150 words)",
        5,
    )
    question(
        "3.2  Tell us what will happen at the party and who will help to organise it. "
        "(no more than 200 words)",
        7,
    )
    question(
        "3.3  How will you make sure every household is invited, including older or "
        "isolated neighbours? (no more than 150 words)",
        5,
    )
    question(
        "3.4  How will you keep the party safe? Think about traffic, food, first aid and "
        "clearing up afterwards. (no more than 150 words)",
        5,
    )
    question(
        "3.5  How will the party help neighbours to stay in touch afterwards? "
        "(no more than 100 words)",
        4,
    )
    question(
        "3.6  Is there anything else you would like to tell us?",
        4,
    )
    heading("Section 4   Costs")
    para("Please list what you will spend the grant on.")
    widths = (330, 153)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    for n, row in enumerate(rows):
        room(22)
        x = 56
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    item("Total cost of the party: £")
    item("Grant requested (up to £200): £")
    heading("Section 5   Payment")
    para(
        "We will pay the grant into the bank account of a residents' group or of one of the "
        "organisers. We do not pay grants in cash."
    )
    item("Name on the bank account:")
    item("Sort code:")
    item("Account number:")
    heading("Section 6   What to send with this form")
    para("Please send:")
    for t in [
        "(a) a list of the households in the street that support the party, with a signature "
        "from each one (at least two-thirds of households must agree);",
        "(b) a simple plan of the street showing where the tables, barriers and 'Road Closed' "
        "signs will go;",
        "(c) if your party will close a road: a copy of your street party road closure "
        "application;",
        "(d) if you will hire a bouncy castle or other inflatable: the hire company's public "
        "liability insurance certificate.",
    ]:
        para(t, x=72)
    heading("Section 7   Declaration")
    para(
        "We confirm that the information on this form is correct, that we will spend the grant "
        "only on the street party described and that we will keep receipts for everything we "
        "buy. We understand that the Council may ask for the grant back if the party does not "
        "take place."
    )
    item("Signature of lead organiser:")
    item("Date:")
    item("Signature of second organiser:")
    item("Date:")
    state["y"] -= 4
    room(50)
    para("FOR OFFICE USE", 9.5, bold)
    para(
        "Received: ____________   Road closure ref: ____________   Approved by: ____________   "
        "Paid: ____________",
        9.5,
    )
    folio()
    c.save()


if __name__ == "__main__":
    marlowick()
    stennington()
    harwoldby()
    tansworth()
