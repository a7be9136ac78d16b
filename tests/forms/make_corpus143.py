"""Build set 143's Word and PDF documents (typical carnivals, Christmas lights, street parties
and town centre events grants: a town council's Community Events Grant application, a business
improvement district's Festive Lights and Town Centre Events Fund guidance, a parish council's
Village Events and Street Party Grant form and a town council's Carnival and Lantern Parade
Grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus143.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def fennister() -> None:
    d = kit.new_document(
        FIXED, "Community Events Grants 2027/28: application form", "Fennister Town Council"
    )
    p = d.add_paragraph
    d.add_heading("Fennister Town Council", 0)
    p("Community Events Grants 2027/28: application form")
    p(
        "Community Events Grants help voluntary and community groups to put on events that "
        "bring people into Fennister and bring the town together: carnivals, lantern parades, "
        "summer fairs, Christmas lights switch-ons, festivals and markets. Grants are from £250 "
        "to £3,000."
    )
    p(
        "The Town Council will fund up to 80% of the cost of your event. You must find at least "
        "20% of the cost from other sources, such as sponsorship, stall fees, collections or "
        "other funders."
    )
    p(
        "Please complete every section, keep to the word limits and return the form with your "
        "documents to events@fennister-tc.example.gov.uk at least 12 weeks before your event. "
        "The last date for events in 2027/28 is Friday 28 January 2028."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "Ring Sophie Marchbank, Events and Community Officer, on 01632 965 210. Do you need "
        "this form in large print or another format? Please let us know."
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
            "Website or social media page (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Community group   {BOX} Carnival or events "
                f"committee   {BOX} Community interest company   {BOX} Faith group   {BOX} Other",
            ),
            (
                "Does your organisation have a bank account in its own name?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: About your event", 1)
    kit.pairs(
        d,
        [
            ("Name of the event", ""),
            ("Date(s) of the event", ""),
            ("Location or venue", ""),
            ("How many people do you expect to attend?", ""),
            ("Is the event free to attend?", f"{BOX} Yes   {BOX} No"),
            ("Will the event need a road closure?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    p()
    kit.question(
        d,
        "2.1 Describe your event: what will happen, who is organising it and who it is for. "
        "(no more than 300 words)",
    )
    kit.question(
        d,
        "2.2 How will the event benefit Fennister residents and the town centre? (no more than "
        "200 words)",
        2400,
    )
    kit.question(
        d,
        "2.3 How will you keep people safe on the day? Tell us about stewarding, first aid and "
        "your event management plan. (no more than 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you make the event accessible and welcoming to everyone, including "
        "disabled people and families with young children? (no more than 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.5 How will you publicise the event and acknowledge the Town Council's support? (no "
        "more than 100 words)",
        1600,
    )
    d.add_heading("Section 3: Costs", 1)
    p(
        "Please list the costs of your event, for example staging, stewards, first aid, toilets, "
        "barriers, lights and publicity."
    )
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 8)
    kit.pairs(
        d,
        [
            ("Total cost of the event (£)", ""),
            ("Amount requested from the Town Council (£)", ""),
            ("Amount from your own funds, sponsorship or other funders (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution or set of rules",
            "Your latest annual accounts or income and expenditure statement, signed by your "
            "treasurer",
            "A bank statement from the last three months",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Your event management plan, including a site plan",
            "Your risk assessment for the event",
            "If the event needs a road closure, a copy of your road closure application to "
            "Fennshire County Council",
            "If children or young people under 18 will take part in the event (for example in a "
            "parade), your safeguarding policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by my organisation to "
            "make this application.",
            "Our organisation has an equal opportunities policy and the event will be open to "
            "everyone.",
            "We will tell the Fennister Safety Advisory Group about the event if more than 1,000 "
            "people are expected, and send the Town Council a short report and photographs "
            "within eight weeks of the event.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Fennister Town Council, Corn Exchange, 2 High Street, Fennister FN4 2RB. Telephone "
        "01632 965 210."
    )
    out = HERE / "fennister-community-events-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def chalkhurst() -> None:
    d = kit.new_document(
        FIXED,
        "Festive Lights and Town Centre Events Fund 2027: guidance notes",
        "Chalkhurst Business Improvement District",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Chalkhurst BID", 0)
    p("Festive Lights and Town Centre Events Fund 2027: guidance notes")
    d.add_heading("1. About the fund", 1)
    p(
        "Chalkhurst Business Improvement District (BID) is funded by the levy paid by more than "
        "400 businesses in Chalkhurst town centre. The Festive Lights and Town Centre Events "
        "Fund helps local groups and traders to put on events that bring people into the town "
        "centre: Christmas lights switch-ons, late-night shopping evenings, winter and "
        "Christmas markets, summer street festivals and food fairs. In 2027 the fund has "
        "£30,000, and grants are from £500 to £5,000."
    )
    p(
        "The BID can fund up to 60% of the cost of your event. You will need to find at least "
        "40% of the cost from sponsorship, stall fees, ticket sales or other funders."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if you are:")
    bullet("a traders' or business association in the BID area;")
    bullet("a registered charity, community interest company or constituted community group;")
    bullet("a town or parish council working with businesses in the BID area.")
    p(
        "Your event must take place in the BID area (the streets shown on the map on our "
        "website) and be free for the public to attend, although you may charge for stalls, "
        "rides or food. We cannot fund individuals or single businesses promoting themselves."
    )
    d.add_heading("3. What we can pay for", 1)
    bullet("staging, sound, lighting and generators;")
    bullet("festive lighting displays, trees and decorations, including installation;")
    bullet("stewards, security, first aid cover and toilets;")
    bullet("barriers, road closure signs and traffic management;")
    bullet("performers, entertainers and children's activities;")
    bullet("publicity, posters and social media advertising.")
    p(
        "We cannot pay for alcohol, prizes, events that have already happened, or the running "
        "costs of your organisation."
    )
    d.add_heading("4. How to apply", 1)
    p(
        "Apply using the online form on the BID's website at chalkhurstbid.example.org.uk/"
        "events-fund. The form asks you to describe your event (up to 300 words), how it will "
        "increase footfall and support businesses (up to 200 words), how you will run it "
        "safely (up to 200 words), and for a budget. You can save the form and come back to it."
    )
    p(
        "Please apply at least 12 weeks before your event, and at least 16 weeks before if "
        "your event needs a road closure."
    )
    d.add_heading("5. What you need to send", 1)
    p("Please upload these documents with your online form:")
    bullet("your constitution, set of rules or other governing document;")
    bullet(
        "your latest annual accounts. If your income is under £50,000, accounts signed by your "
        "treasurer are fine; otherwise they must be independently examined. Groups formed in "
        "the last year can send a statement of income and spending signed by two committee "
        "members instead;"
    )
    bullet("a budget for the event showing all its income and spending;")
    bullet(
        "your event management plan, including your stewarding plan and a site plan showing "
        "stalls, barriers, first aid points and emergency routes;"
    )
    bullet("your public liability insurance certificate (see section 6).")
    p("Some events need more. Please also send:")
    bullet("two written quotes for any single item costing more than £1,000;")
    bullet(
        "if your event needs a road closure, a copy of your application to Chalkshire County "
        "Council for a temporary traffic order, or the Highways team's confirmation that it "
        "has been granted;"
    )
    bullet(
        "if alcohol will be sold, a copy of your Temporary Event Notice or the premises "
        "licence for the venue;"
    )
    bullet(
        "if you are putting up festive lights on buildings or lamp columns, your contractor's "
        "electrical test certificate;"
    )
    bullet(
        "if children or adults at risk will take part in activities you run, your safeguarding "
        "policy."
    )
    p(
        "Every applicant must have a health and safety policy. You do not need to send it, but "
        "we may ask to see it."
    )
    p(
        "If more than 2,000 people are expected, you must also tell the Chalkhurst Safety "
        "Advisory Group (SAG) about your event at least three months before it. This is a "
        "separate process run by Chalkhurst District Council: you do not need to send us "
        "copies."
    )
    d.add_heading("6. Insurance", 1)
    p(
        "You, or the company running the event for you, must hold public liability insurance "
        "of at least £5 million. Events with fireworks or fairground rides need cover of at "
        "least £10 million."
    )
    d.add_heading("7. How we decide", 1)
    p("The BID's events panel, made up of four levy payers, scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Points"),
            ("Footfall: how many people the event will bring into the town centre", "30"),
            ("Benefit to businesses in the BID area", "25"),
            ("Safety and planning", "25"),
            ("Value for money and other funding", "20"),
        ],
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("Events taking place", "Apply by", "Decision by"),
            ("April to July 2027", "15 January 2027", "28 February 2027"),
            ("August to October 2027", "16 April 2027", "31 May 2027"),
            ("November 2027 to January 2028", "16 July 2027", "31 August 2027"),
        ],
    )
    d.add_heading("9. Questions people often ask", 1)
    p("Can a single shop apply?", style="Heading 3")
    p(
        "No. Applications must come from a group, association or council, but businesses are "
        "welcome to sponsor events."
    )
    p("Can we use the grant to buy lights we will keep?", style="Heading 3")
    p(
        "Yes, if they will be used in the BID area for at least three years. Tell us where you "
        "will store them and who will look after them."
    )
    p("Do we have to acknowledge the BID?", style="Heading 3")
    p("Yes. Please use the BID's logo on your posters and social media.")
    p("What if our event is cancelled because of bad weather?", style="Heading 3")
    p("Talk to us. We will not normally ask for money back that you have already spent.")
    d.add_heading("10. Contact us", 1)
    p(
        "Events Team, Chalkhurst BID, 14 Lantern Yard, Chalkhurst CK1 3JS. Telephone 01632 "
        "966 041. Email events@chalkhurstbid.example.org.uk."
    )
    out = HERE / "chalkhurst-bid-festive-lights-and-events-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def yardleigh() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "yardleigh-village-events-and-street-party-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Village Events and Street Party Grants 2027: application form")
    c.setAuthor("Yardleigh Parish Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#5B2C6F")

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
        c.setFillColor(plum)
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
                value=opt.replace(" ", "_").replace("/", "_").replace("'", ""),
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
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 8)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Yardleigh Parish Council")
    state["y"] -= 22
    txt("Village Events and Street Party Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "These small grants help residents and village groups in Yardleigh, Yardleigh Green and "
        "Pitchcombe End to hold street parties, village fetes, fun days and other events that "
        "bring neighbours together. Grants are up to £750."
    )
    state["y"] -= 4
    txt(
        "The Parish Council can pay up to 75% of the cost of your event. The rest must come "
        "from your group, for example from a raffle, donations or stall fees."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it with your documents to the "
        "Parish Clerk, Mrs Hazel Brightwen, at clerk@yardleigh-pc.example.gov.uk, at least "
        "eight weeks before your event. Telephone 01632 967 134."
    )
    bar("Part A: About you")
    field("org_name", "Name of group (or lead resident)", 100)
    field("contact", "Contact name", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "applicant_type",
        "Who is applying?",
        ["Residents' group", "Community group", "Village hall committee", "PTA", "Other"],
    )
    bar("Part B: Your event")
    field("event_name", "Name of the event", 80)
    field("event_date", "Date of the event", 10)
    field("event_place", "Where will it be held?", 100)
    field("attendance", "How many people do you expect to attend?", 6)
    radios("road_closure", "Will you need to close a road?", ["Yes", "No"])
    box(
        "b1",
        "B1 Tell us about your event and what will happen on the day. (up to 1,200 characters)",
        "B1 Tell us about your event and what will happen on the day.",
        1200,
        110,
    )
    box(
        "b2",
        "B2 Who will come, and how will you make sure all neighbours are invited and can take "
        "part? (up to 900 characters)",
        "B2 Who will come, and how will you make sure all neighbours can take part?",
        900,
        85,
    )
    box(
        "b3",
        "B3 How will you run the event safely? Include stewarding, first aid and what you will "
        "do if the weather is bad. (up to 900 characters)",
        "B3 How will you run the event safely?",
        900,
        85,
    )
    box(
        "b4",
        "B4 What will the grant pay for? (up to 600 characters)",
        "B4 What will the grant pay for?",
        600,
        60,
    )
    box(
        "b5",
        "B5 Is there anything else you would like to tell us?",
        "B5 Is there anything else you would like to tell us?",
        0,
        60,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the event (£)", 10)
    field("grant", "Grant requested (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_bank", "A recent bank statement for your group's account")
    tick(
        "doc_households",
        "A list of the households in the street or village who support the event, with their "
        "signatures",
    )
    tick(
        "doc_plan",
        "A plan of the street or site showing where tables, stalls, barriers and signs will go",
    )
    tick(
        "doc_road",
        "If you need to close a road, a copy of your road closure application to Yardshire "
        "County Council",
    )
    tick(
        "doc_inflatable",
        "If you are hiring a bouncy castle or other inflatable, the hire company's public "
        "liability insurance certificate",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this event, and that we will hold public liability insurance of at least "
        "£2 million for the event.",
    )
    tick(
        "children",
        "I confirm that children at the event will be supervised by their parents or carers.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Yardleigh Parish Council, The Parish Room, Church Lane, Yardleigh YD7 4NG. "
        "Telephone 01632 967 134.",
        9,
    )
    c.save()


def saxenby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "saxenby-carnival-and-lantern-parade-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Carnival and Lantern Parade Grants 2027/28: application form")
    c.setAuthor("Saxenby Town Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Saxenby Town Council: Carnival and Lantern Parade Grants 2027/28")
        c.drawRightString(w - 50, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 11, f: str = font, x: float = 50) -> None:
        for line in simpleSplit(t, f, size, w - x - 50):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, 13)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def dotted(label: str) -> None:
        """A typed label followed by a dotted line, as in a form typed in Word."""
        room(22)
        c.setFont(font, 11)
        c.drawString(50, state["y"], label)
        lw = c.stringWidth(label, font, 11)
        n = int((w - 100 - lw - 6) / c.stringWidth(".", font, 11))
        c.drawString(50 + lw + 6, state["y"], "." * n)
        state["y"] -= 22

    def question(n: str, text: str, height: int) -> None:
        """A bold question over a drawn box (the box is invisible to text extraction)."""
        lines = simpleSplit(text, bold, 11, w - 100)
        room(15 * len(lines) + 15 + min(height, 300))
        c.setFont(bold, 11)
        c.drawString(50, state["y"], n)
        state["y"] -= 15
        for line in lines:
            c.setFont(bold, 11)
            c.drawString(50, state["y"], line)
            state["y"] -= 15
        room(height + 10)
        c.rect(50, state["y"] - height, w - 100, height + 6, stroke=1, fill=0)
        state["y"] -= height + 18

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Saxenby Town Council")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(50, state["y"], "Carnival and Lantern Parade Grants 2027/28")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(50, state["y"], "Application form")
    state["y"] -= 24
    para(
        "The Town Council sets aside £12,000 each year to help the groups who organise "
        "Saxenby's carnivals, lantern parades and processions, including the Saxenby Summer "
        "Carnival, the Riverside Lantern Parade and the Christmas lights procession. Grants are "
        "from £500 to £4,000 towards stewarding, traffic management, first aid, costumes, "
        "lantern-making workshops, music and publicity."
    )
    para(
        "The Council can fund up to 90% of the cost of the event. You must find at least 10% of "
        "the cost yourselves, from sponsors, bucket collections, float entry fees or other "
        "funders."
    )
    para(
        "Please type or write clearly in black ink. Answer each question in the box below it "
        "and keep to the word limits. Return the form by Friday 26 February 2027 for events "
        "between April and September, or by Friday 30 July 2027 for events between October and "
        "March."
    )
    heading("Section A: Your organisation")
    dotted("Name of organisation")
    dotted("Address")
    dotted("Postcode")
    dotted("Contact name")
    dotted("Position")
    dotted("Daytime telephone")
    dotted("Email")
    room(22)
    c.setFont(font, 11)
    c.drawString(50, state["y"], "Is your organisation a registered charity?")
    x = 50 + c.stringWidth("Is your organisation a registered charity?", font, 11) + 14
    for opt in ["Yes", "No"]:
        c.rect(x, state["y"] - 2, 9, 9, stroke=1, fill=0)
        c.drawString(x + 13, state["y"], opt)
        x += 13 + c.stringWidth(opt, font, 11) + 16
    state["y"] -= 22
    dotted("If yes, charity number")
    heading("Section B: Your carnival or parade")
    dotted("Name of the event")
    dotted("Date of the event")
    dotted("Route or location")
    dotted("Number of people expected to take part")
    dotted("Number of spectators expected")
    question(
        "B1",
        "Describe your carnival or lantern parade, including the route, and what the grant "
        "will pay for. (maximum 300 words)",
        170,
    )
    question(
        "B2",
        "How will local schools, community groups and residents be involved in making "
        "lanterns, floats or costumes? (maximum 200 words)",
        130,
    )
    question(
        "B3",
        "Describe your arrangements for stewarding the parade and keeping participants and "
        "spectators safe. (no more than one side of A4)",
        260,
    )
    question(
        "B4",
        "How will you keep noise, litter and disruption to residents and businesses to a "
        "minimum? (maximum 150 words)",
        110,
    )
    heading("Section C: Budget")
    para("Please show how the money will be spent.")
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 8
    for row in rows:
        room(20)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold, 11)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 16
    dotted("Total cost of the event (£)")
    dotted("Amount requested from the Town Council (£)")
    dotted("Other funding confirmed (£)")
    heading("Section D: Please enclose")
    for t in [
        "1.  A copy of your constitution or terms of reference.",
        "2.  Your most recent annual accounts, independently examined or audited. We cannot "
        "accept accounts that have not been independently examined.",
        "3.  Your event management plan, including your stewarding plan and a map of the route.",
        "4.  Your risk assessment for the event.",
        "5.  Your public liability insurance certificate, showing cover of at least £10 million.",
        "6.  Your safeguarding policy.",
        "7.  If the parade will use a public road, confirmation from Saxshire County Council "
        "Highways that your temporary traffic regulation order has been applied for.",
    ]:
        para(t, x=50)
    para(
        "If your carnival includes a funfair or a fireworks display, please also send a copy "
        "of the contractor's own public liability insurance certificate."
    )
    heading("Section E: Declaration")
    para(
        "I confirm that the information in this form and the documents sent with it are "
        "correct and that I am authorised to apply on behalf of the organisation. Our "
        "organisation has a health and safety policy and an equal opportunities policy, and "
        "the event will be open to everyone. I understand that the Town Council may ask for "
        "the grant back if the event does not take place."
    )
    dotted("Signed")
    dotted("Name")
    dotted("Position")
    dotted("Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Received: ..............   Ref: ..............   Committee date: ..............   "
        "Awarded: £..............",
        9,
    )
    para(
        "Town Clerk, Saxenby Town Council, The Moot Hall, Market Place, Saxenby SX3 9AW. "
        "Telephone 01632 968 257. Email townclerk@saxenby-tc.example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    fennister()
    chalkhurst()
    yardleigh()
    saxenby()
