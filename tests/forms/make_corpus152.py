"""Build set 152's Word and PDF documents (typical cultural celebrations and heritage months
grants: a borough council's Community Cohesion Fund Cultural Celebrations Grants application,
a community foundation's Heritage Months and Festivals Fund guidance notes, a town council's
Festivals and Community Celebrations Small Grants form and a district council's Holocaust
Memorial Day Community Events Grants form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus152.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def fellbrigg() -> None:
    d = kit.new_document(
        FIXED,
        "Community Cohesion Fund: Cultural Celebrations Grants 2027/28 application form",
        "Fellbrigg Borough Council",
    )
    p = d.add_paragraph
    d.add_heading("Fellbrigg Borough Council", 0)
    p("Community Cohesion Fund: Cultural Celebrations Grants 2027/28")
    p("Application form")
    p(
        "Cultural Celebrations Grants help community groups, faith groups and charities in "
        "Fellbrigg to hold events that bring people together to mark Windrush Day, Black History "
        "Month, Diwali, Eid, Chinese New Year, Vaisakhi, Holocaust Memorial Day and other "
        "festivals and heritage months. Grants are from £250 to £3,000."
    )
    p(
        "The Council can pay up to 80% of the cost of your event. Your group must find at least "
        "20% of the cost from elsewhere, for example from ticket sales, stall fees, sponsorship "
        "or another funder."
    )
    p(
        "Please type your answers in the boxes and keep to the word limits. Email the form and "
        "your documents to cohesion@fellbrigg.example.gov.uk at least ten weeks before your "
        "event. We look at applications on the first working day of each month."
    )
    d.add_heading("Need help?", 2)
    p(
        "Ring the Community Cohesion Team on 01632 960 583 if you would like to talk about "
        "your event before you apply, or if you need this form in another language or format."
    )
    d.add_heading("Section 1: About your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Charity or company number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Constituted community group   "
                f"{BOX} Faith group   {BOX} Community interest company   {BOX} Other",
            ),
            ("Is your organisation based in Fellbrigg?", f"{BOX} Yes   {BOX} No"),
            ("Annual income in your last financial year (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 2: About your event", 1)
    kit.pairs(
        d,
        [
            ("Name of the event", ""),
            (
                "What is the event celebrating or marking?",
                f"{BOX} Windrush Day   {BOX} Black History Month   {BOX} Diwali   {BOX} Eid   "
                f"{BOX} Chinese New Year   {BOX} Vaisakhi   {BOX} Holocaust Memorial Day   "
                f"{BOX} Other",
            ),
            ("Date or dates of the event", ""),
            ("Venue", ""),
            ("How many people do you expect to attend?", ""),
        ],
    )
    p()
    kit.question(
        d,
        "2.1 Describe your event. What will happen on the day, and who is organising it? "
        "(maximum 300 words)",
    )
    kit.question(
        d,
        "2.2 How will the event bring together people from different backgrounds and "
        "communities in Fellbrigg? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.3 How will you make the event accessible and welcoming, including for disabled "
        "people and people whose first language is not English? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.4 How will you publicise the event? Please remember that the Council must approve "
        "all publicity that carries its logo before it is printed or posted online. "
        "(maximum 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.5 How will you keep people safe at the event? Tell us about stewarding, first aid and "
        "what your risk assessment found. (maximum 200 words)",
        2400,
    )
    kit.question(d, "2.6 Is there anything else you would like to tell us about your event?", 1600)
    d.add_heading("Section 3: Costs", 1)
    p("Please list the costs of your event.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 7)
    kit.pairs(
        d,
        [
            ("Total cost of the event (£)", ""),
            ("Amount you are asking the Council for (£)", ""),
            (
                "Income from elsewhere: ticket sales, stall fees, sponsorship or other funders (£)",
                "",
            ),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please send these documents with your form, and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your latest annual accounts (they do not need to be audited). If your group is "
            "new and has no accounts yet, send a recent bank statement instead",
            "Your event plan, with a timetable for the day and a layout of the site or hall",
            "Your risk assessment for the event",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "If children, young people or adults at risk will take part, your safeguarding policy",
            "If the event is in a hired venue, the venue hire agreement or the venue's "
            "confirmation of your booking",
            "If food will be sold or given out, the food business registration of each "
            "caterer or stallholder",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by my organisation to "
            "make this application.",
            "Our organisation has an equal opportunities policy, and the event will be open to "
            "everyone.",
            "We will send the Council our draft publicity for approval before it is printed or "
            "posted online, and we will ask people who attend to fill in the Council's "
            "equality monitoring card.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Community Cohesion Team, Fellbrigg Borough Council, Town Hall, Crown Street, "
        "Fellbrigg FB2 6RL. Telephone 01632 960 583."
    )
    out = HERE / "fellbrigg-cultural-celebrations-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hensingham() -> None:
    d = kit.new_document(
        FIXED,
        "Heritage Months and Festivals Fund 2027/28: guidance notes",
        "Hensingham Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Hensingham Community Foundation", 0)
    p("Heritage Months and Festivals Fund 2027/28: guidance notes")
    d.add_heading("1. About the fund", 1)
    p(
        "The Heritage Months and Festivals Fund supports events and activities across "
        "Hensingham that celebrate the borough's many cultures and remember its shared history: "
        "Holocaust Memorial Day in January, Chinese New Year, Vaisakhi, Eid, Windrush Day in "
        "June, Black History Month in October and Diwali, as well as smaller festivals. It is "
        "paid for by Hensingham Borough Council's Community Cohesion Fund and by local donors. "
        "In 2027/28 we have £60,000 to give, in grants of £500 to £5,000."
    )
    p(
        "Please read these notes before you apply. If you are not sure whether your event fits, "
        "ring our grants team on 01632 962 741 or email grants@hensinghamcf.example.org.uk."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if you are:")
    bullet("a registered charity or charitable incorporated organisation")
    bullet("a constituted community, cultural or residents' group")
    bullet("a faith group, for an event open to people of all faiths and none")
    bullet("a community interest company or a school's parent-teacher association")
    p(
        "Your group must have a bank account in its own name with at least two unrelated "
        "people to sign cheques or approve payments. All groups we fund must have an equal "
        "opportunities policy; we do not need a copy, but we may ask to see it."
    )
    d.add_heading("3. What we can and cannot fund", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Performers, speakers, artists and workshop leaders",
                "Events that are mainly religious worship",
            ),
            ("Hire of halls, marquees, staging and sound equipment", "Political campaigning"),
            ("Food to share, from a registered caterer", "Alcohol"),
            ("Publicity, translation and interpreting", "Events that have already happened"),
            ("Stewarding, first aid and access costs", "Fireworks displays"),
            ("Exhibitions, films and talks about local heritage", "Prizes or gifts of money"),
        ],
    )
    d.add_heading("4. Finding the rest of the money", 1)
    p(
        "We ask every group to find at least 10% of the total cost of the event from elsewhere. "
        "This can come from ticket sales, stall fees, sponsorship, your own funds or another "
        "grant."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through our grants portal at apply.hensinghamcf.example.org.uk. The form "
        "has five parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length"),
            ("A", "About your group: contact details and type of organisation", "Short answers"),
            ("B", "About your event: what, where, when and who will come", "Up to 300 words"),
            ("C", "How the event brings different communities together", "Up to 250 words"),
            ("D", "Keeping people safe, and making the event accessible", "Up to 200 words"),
            ("E", "Budget and other income", "Table"),
        ],
    )
    d.add_heading("6. What you need to send", 1)
    p("Every group must upload these documents with the online form:")
    bullet("a) your constitution, set of rules or other governing document")
    bullet(
        "b) your latest annual accounts. If your income is over £25,000 they must be "
        "independently examined or audited; smaller groups can send accounts signed by their "
        "treasurer"
    )
    bullet("c) a bank statement for your group's account from the last three months")
    bullet("d) an event plan: a running order for the day and who is responsible for what")
    bullet("e) a detailed budget for the whole event, using our budget template")
    p("Some groups need to send more:")
    bullet(
        "f) if your event includes activities for children, young people or adults at risk, "
        "your safeguarding policy and a list of the people who will lead those activities with "
        "the dates of their DBS checks"
    )
    bullet(
        "g) if food will be sold or given out, the food business registration or food hygiene "
        "rating of each caterer"
    )
    bullet(
        "h) if your event will be held in a park or other land owned by the Borough Council, "
        "the Council's written permission to use it"
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your group, or the venue, must have public liability insurance of at least £5 million "
        "for the event. Outdoor events expecting more than 1,000 people need cover of at least "
        "£10 million. You do not need to send the certificate, but we may ask to see it."
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of trustees and local residents scores each application:")
    kit.table(
        d,
        [
            ("What we look for", "Points"),
            ("The event brings together people from different communities", "30"),
            ("Local people from the community being celebrated help to plan and run it", "25"),
            ("The event is accessible, safe and well planned", "25"),
            ("The budget is realistic and good value", "20"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("For events in", "Closing date", "Decision by"),
            ("May to August 2027", "14 March 2027", "30 April 2027"),
            ("September to December 2027", "13 June 2027", "31 July 2027"),
            ("January to April 2028", "15 October 2027", "30 November 2027"),
        ],
    )
    d.add_heading("10. If you are awarded a grant", 1)
    p(
        "You must show our logo on your publicity, and send us drafts of posters, leaflets and "
        "social media posts for approval before you use them. Within two months of the event "
        "send us a short report, photographs and a summary of the equality monitoring "
        "information you collected from people who came."
    )
    d.add_heading("11. Frequently asked questions", 1)
    p("Can we apply for more than one festival in a year?", style="Heading 3")
    p("Yes, but each event needs its own application and we give no more than £5,000 a year.")
    p("Can a faith group apply for a religious festival?", style="Heading 3")
    p(
        "Yes, if the event is open to everyone and is a celebration that people of other "
        "faiths and none can join in with. We cannot pay for worship."
    )
    p("Can we pay our own members to cook?", style="Heading 3")
    p(
        "Only if they are registered as a food business with their local council. Otherwise "
        "please use a registered caterer."
    )
    d.add_heading("12. Contact us", 1)
    p(
        "Grants Team, Hensingham Community Foundation, 4 Chapel Yard, Hensingham HN4 2DS. "
        "Telephone 01632 962 741. Registered charity number 1184320."
    )
    out = HERE / "hensingham-heritage-months-and-festivals-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def lowthorpe() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lowthorpe-festivals-and-celebrations-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Festivals and Community Celebrations Small Grants 2027/28: application form")
    c.setAuthor("Lowthorpe Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#7A2E5C")

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
                value=opt.replace(" ", "_").replace("/", "_"),
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
    c.drawString(50, state["y"], "Lowthorpe Town Council")
    state["y"] -= 22
    txt("Festivals and Community Celebrations Small Grants 2027/28", 12, "Helvetica-Bold")
    txt("Application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "These small grants help community and faith groups in Lowthorpe to put on free or "
        "low-cost public events for Chinese New Year, Vaisakhi, Eid, Windrush Day, Black "
        "History Month, Diwali, Holocaust Memorial Day and other festivals and heritage months. "
        "Grants are up to £1,000."
    )
    state["y"] -= 4
    txt(
        "The Town Council will pay no more than half of the cost of an event. Your group must "
        "find at least 50% of the total cost from elsewhere, for example from your own funds, "
        "stall fees, sponsorship or another grant."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "events@lowthorpe-tc.example.gov.uk at least eight weeks before your event. For help, "
        "ring Sunita Marwaha, Events and Grants Officer, on 01632 963 418."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Type of group",
        [
            "Registered charity",
            "Community group",
            "Faith group",
            "Residents' association",
            "Other",
        ],
    )
    field("charity_no", "Charity number (if any)", 20)
    bar("Part B: Your event")
    field("event_name", "Name of the event", 100)
    radios(
        "celebration",
        "What will the event celebrate or mark?",
        [
            "Chinese New Year",
            "Vaisakhi",
            "Eid",
            "Windrush Day",
            "Black History Month",
            "Diwali",
            "Holocaust Memorial Day",
            "Other",
        ],
    )
    field("event_date", "Date of the event", 10)
    field("venue", "Venue or location", 100)
    field("attendance", "How many people do you expect to attend?", 6)
    radios("free_event", "Will the event be free to attend?", ["Yes", "No"])
    box(
        "b1",
        "B1 Describe your event and what the grant will pay for. (up to 1,200 characters)",
        "B1 Describe your event and what the grant will pay for.",
        1200,
        110,
    )
    box(
        "b2",
        "B2 Who is the event for, and how will it bring different communities in Lowthorpe "
        "together? (up to 900 characters)",
        "B2 Who is the event for, and how will it bring communities together?",
        900,
        80,
    )
    box(
        "b3",
        "B3 How will you make sure the event is safe, including stewarding and first aid? "
        "(up to 600 characters)",
        "B3 How will you make sure the event is safe?",
        600,
        60,
    )
    box(
        "b4",
        "B4 How will you publicise the event? (up to 600 characters)",
        "B4 How will you publicise the event?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the event (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("own", "Amount your group will pay (£)", 10)
    field("other_funding", "Other funding or income (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or set of rules")
    tick("doc_bank", "Your group's most recent bank statement")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, with cover of at least £10 million",
    )
    tick(
        "doc_food",
        "If food will be served, the food business registration or food hygiene rating of "
        "each caterer",
    )
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if the event includes activities for children",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this event, and that we will send the Town Council a draft of all publicity "
        "for approval before it is used.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Lowthorpe Town Council, The Old Court House, 9 Fore Street, Lowthorpe LW4 8AB. "
        "Telephone 01632 963 418.",
        9,
    )
    c.save()


def marbeck() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marbeck-holocaust-memorial-day-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Holocaust Memorial Day Community Events Grants 2028: application form")
    c.setAuthor("Marbeck District Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(
            50, 30, "Marbeck District Council: Holocaust Memorial Day Community Events Grants 2028"
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
        state["y"] -= 20

    def blank(label: str) -> None:
        """A typed label followed by an underscore blank, as in a form typed in Word."""
        room(22)
        c.setFont(font, 10)
        c.drawString(50, state["y"], label)
        lw = c.stringWidth(label, font, 10)
        n = int((w - 100 - lw - 6) / c.stringWidth("_", font, 10))
        c.drawString(50 + lw + 6, state["y"], "_" * n)
        state["y"] -= 22

    def question(n: str, text: str, lines: int) -> None:
        """A bold question over ruled lines (the lines are drawn, invisible to extraction)."""
        room(14 * len(simpleSplit(text, bold, 10, w - 76 - 50)) + 22 * min(lines, 4))
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 10, w - 76 - 50):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(76, state["y"], w - 50, state["y"])
        state["y"] -= 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Marbeck District Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Holocaust Memorial Day Community Events Grants 2028")
    state["y"] -= 18
    c.drawString(50, state["y"], "Application form")
    state["y"] -= 24
    para(
        "Holocaust Memorial Day, on 27 January each year, remembers the six million Jewish "
        "people murdered in the Holocaust, the millions of other people killed under Nazi "
        "persecution, and the people killed in the genocides in Cambodia, Rwanda, Bosnia and "
        "Darfur. These grants, from the Council's Community Cohesion Fund, help schools, faith "
        "groups, community groups and charities in Marbeck to hold commemoration events, talks, "
        "exhibitions and learning activities in January and February 2028. Grants are from "
        "£200 to £1,500. We do not ask for match funding."
    )
    para(
        "Please write clearly in black ink or type your answers, and keep to the word limits. "
        "Return the form and your documents by post or email to the Community Cohesion Officer "
        "at the address at the end of the form by Friday 29 October 2027."
    )
    heading("Section 1: About your organisation")
    blank("1.  Name of organisation:")
    blank("2.  Address:")
    blank("3.  Postcode:")
    blank("4.  Name of contact:")
    blank("5.  Role in the organisation:")
    blank("6.  Telephone:")
    blank("7.  Email:")
    blank("8.  Charity or company number (if any):")
    room(22)
    c.setFont(font, 10)
    c.drawString(50, state["y"], "9.  Type of organisation (please tick one):")
    state["y"] -= 18
    x = 76
    for opt in ["Charity", "Community group", "Faith group", "School or college", "Other"]:
        c.rect(x, state["y"] - 2, 9, 9, stroke=1, fill=0)
        c.drawString(x + 13, state["y"], opt)
        x += 13 + c.stringWidth(opt, font, 10) + 16
    state["y"] -= 24
    heading("Section 2: About your event")
    blank("10.  Title of the event:")
    blank("11.  Date of the event:")
    blank("12.  Venue:")
    blank("13.  Number of people you expect to attend:")
    para(
        "Please answer each question in the space below it. You may continue on a separate "
        "sheet, but please keep to the word limits."
    )
    question(
        "Q1",
        "Tell us about your event. What will happen, and who will speak or take part? "
        "(no more than 300 words)",
        7,
    )
    question(
        "Q2",
        "How will the event help people in Marbeck to learn about the Holocaust and later "
        "genocides, and about the dangers of prejudice and hatred today? (no more than 250 "
        "words)",
        6,
    )
    question(
        "Q3",
        "How will you involve schools, young people or faith groups? (no more than 200 words)",
        5,
    )
    question(
        "Q4",
        "How will you make sure that survivors' and refugees' stories are told with care and "
        "respect? (no more than 200 words)",
        5,
    )
    question(
        "Q5",
        "What will people who come take away from the event, and how will you find out? "
        "(no more than one side of A4)",
        8,
    )
    heading("Section 3: Budget")
    para("Please list what the grant will pay for.")
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    for row in rows:
        room(20)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold, 10)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 16
    blank("Total cost of the event (£):")
    blank("Amount requested from the Council (£):")
    heading("Section 4: What to send with your form")
    para(
        "Please send a copy of your constitution or other governing document and your most "
        "recent annual accounts. If your organisation is less than a year old, send instead a "
        "statement of your income and spending so far, signed by two members of your "
        "committee."
    )
    para("Please also send your safeguarding policy and your equality and diversity policy.")
    para(
        "If you are hiring a venue, please send the hire agreement or the venue's written "
        "confirmation of your booking. If you are asking for more than £1,000, please send "
        "two quotes for the largest item you want to buy."
    )
    para(
        "Your organisation, or the venue, must have public liability insurance of at least "
        "£2 million. You do not need to send us the certificate."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this form and the documents sent with it are "
        "correct, and that I am authorised to apply on behalf of the organisation. I understand "
        "that all publicity for the event that uses the Council's name must be approved by the "
        "Council's Communications Team before it is used, and that the Council may ask for the "
        "grant back if it is not spent on the event."
    )
    blank("Signed:")
    blank("Name:")
    blank("Position:")
    blank("Date:")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Officer: ____________   "
        "Amount awarded: ____________",
        9,
    )
    para(
        "Community Cohesion Officer, Marbeck District Council, Council House, Tanner Street, "
        "Marbeck MK7 3EJ. Telephone 01632 964 826. Email cohesion@marbeck.example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    fellbrigg()
    hensingham()
    lowthorpe()
    marbeck()
