"""Build set 144's Word and PDF documents (typical war memorial, remembrance and armed forces
community grants: a district council's Armed Forces Covenant Community Grants application, a
community foundation's Veterans and Service Families Fund guidance, a town council's
Remembrance and Commemoration Events Grant form and a borough council's War Memorial Repair
Grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus144.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def corleston() -> None:
    d = kit.new_document(
        FIXED,
        "Armed Forces Covenant Community Grants 2027/28: application form",
        "Corleston District Council",
    )
    p = d.add_paragraph
    d.add_heading("Corleston District Council", 0)
    p("Armed Forces Covenant Community Grants 2027/28")
    p("Application form")
    p(
        "The Council signed the Armed Forces Covenant in 2012. These grants help local groups "
        "to bring the armed forces community (serving personnel, reservists, veterans and their "
        "families) together with the wider community in Corleston District. We can fund "
        "veterans' breakfast clubs and drop-ins, activities for service families and children, "
        "remembrance and commemoration events, and projects that help veterans into "
        "volunteering, training or work. Grants are from £500 to £5,000."
    )
    p(
        "We can pay up to 80% of the cost of your project. You must find at least 20% of the "
        "cost from your own funds or from other funders. Volunteer time does not count towards "
        "this."
    )
    p(
        "Please complete every section, keep to the word limits and email the form with your "
        "documents to covenant@corleston.example.gov.uk by 5pm on Friday 22 October 2027. You "
        "can also post it to the address at the end of the form."
    )
    d.add_heading("Need help?", 2)
    p(
        "Our Armed Forces Covenant Officer, Sam Pryor, is happy to talk through your idea before "
        "you apply: ring 01632 965 214. Would you like this form in large print or another "
        "format? Ring the same number."
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
            "Website (if any)",
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
                f"{BOX} Registered charity   {BOX} Royal British Legion branch   "
                f"{BOX} Armed forces association or regimental association   "
                f"{BOX} Constituted community group   {BOX} Community interest company   "
                f"{BOX} Town or parish council",
            ),
            (
                "Has your organisation signed the Armed Forces Covenant?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "Does your organisation have a bank account in its own name that needs two "
                "people to sign?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Total income in your last financial year (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 2: About your project", 1)
    kit.pairs(d, [("Project title", "")])
    p()
    p("Please answer each question in the box below it.")
    qs = [
        (
            "2.1 Describe your project. What will you do, where and when? (no more than 300 words)",
            3200,
        ),
        (
            "2.2 Who in the armed forces community will take part? How will you reach veterans "
            "and service families who do not usually come forward for help? (no more than 250 "
            "words)",
            2800,
        ),
        (
            "2.3 How will the project bring the armed forces community and the wider community "
            "together? (no more than 200 words)",
            2400,
        ),
        (
            "2.4 How will you keep people safe, including any children or adults at risk who "
            "take part? (no more than 150 words)",
            2000,
        ),
        (
            "2.5 What difference will the project make, and how will you know? (no more than "
            "200 words)",
            2400,
        ),
        (
            "2.6 How will the activity carry on after the grant has been spent? (no more than "
            "100 words)",
            1600,
        ),
    ]
    t = d.add_table(rows=2 * len(qs), cols=1)
    t.style = "Table Grid"
    for n, (text, height) in enumerate(qs):
        kit.set_cell(t.rows[2 * n].cells[0], text, bold=True)
        kit.shade_cell(t.rows[2 * n].cells[0], "DEEAF6")
        kit.row_height(t.rows[2 * n + 1], height)
    p()
    kit.pairs(
        d,
        [
            ("Number of veterans you expect to take part", ""),
            ("Number of service family members, including children, you expect to take part", ""),
            ("Project start date", ""),
            ("Project end date", ""),
        ],
    )
    p()
    d.add_heading("Section 3: Project costs", 1)
    p(
        "Please list all the costs of the project, including the part you will pay for from "
        "other funds."
    )
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 7)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Grant requested from the Council (£)", ""),
            ("Other funding (£) and where it comes from", ""),
            ("Is the other funding confirmed?", f"{BOX} Yes   {BOX} No   {BOX} Applied for"),
        ],
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send the documents below with your form and tick each one you are sending. We "
        "cannot assess your application without them."
    )
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your latest annual accounts, independently examined or audited",
            "A bank statement from the last three months in your organisation's name",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "A letter of support from a local armed forces organisation, for example a Royal "
            "British Legion branch, SSAFA, a regimental association or a unit welfare office",
            "If the project involves children, young people or adults at risk, your "
            "safeguarding policy",
            "For any single item costing more than £1,000, two written quotes",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign below.")
    kit.ticks(
        d,
        [
            "I confirm that the information in this form is correct and that I am authorised to "
            "apply on behalf of the organisation.",
            "Our organisation has an equal opportunities policy and a data protection policy, "
            "and we will follow them in this project.",
            "We will spend the grant only on the project described and send the Council a short "
            "report within two months of the end of the project.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Armed Forces Covenant Officer, Corleston District Council, Council House, Mill Lane, "
        "Corleston CN4 2RB. Telephone 01632 965 214."
    )
    out = HERE / "corleston-armed-forces-covenant-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def swaleby() -> None:
    d = kit.new_document(
        FIXED,
        "Veterans and Service Families Fund 2027: guidance for applicants",
        "Swaleby Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Swaleby Community Foundation", 0)
    p("Veterans and Service Families Fund 2027")
    p("Guidance for applicants")
    d.add_heading("About the fund", 1)
    p(
        "The Veterans and Service Families Fund supports community groups in Swaleby and the "
        "Lower Dene valley that work with veterans, serving personnel and their families. It is "
        "paid for by local donors and by a grant from the Armed Forces Covenant Fund Trust. "
        "This year we have £60,000 to give, in grants of £300 to £4,000."
    )
    p(
        "We particularly want to support veterans' breakfast clubs and drop-ins, peer support "
        "for veterans living with physical or mental ill health, activities for service "
        "children and families, and events that mark Armed Forces Day and Remembrance in ways "
        "that involve the wider community."
    )
    d.add_heading("Who can apply", 1)
    p("You can apply if you are:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet(
        "a constituted voluntary or community group, including Royal British Legion branches "
        "and armed forces or regimental associations;"
    )
    bullet("a community interest company limited by guarantee; or")
    bullet("a town or parish council working with a local group.")
    p(
        "Your group must have a committee of at least three people who are not related, and a "
        "bank account in the group's name that needs two signatures. We cannot give grants to "
        "individuals, to profit-making businesses or to military units themselves, although a "
        "unit's welfare fund can be a partner in a project."
    )
    d.add_heading("What we fund", 1)
    bullet("Room hire, food and drink for breakfast clubs and drop-ins")
    bullet("Trips, activities and holiday clubs for service children and families")
    bullet("Volunteer expenses and training, such as mental health first aid or safeguarding")
    bullet("Small items of equipment, up to £1,000 in total")
    bullet("Publicity to reach veterans who are not in touch with any group")
    d.add_heading("What we do not fund", 1)
    bullet("Repairs to war memorials (the District Council runs a separate scheme for these)")
    bullet("Alcohol, or events where drinking is the main activity")
    bullet("Costs you have already paid before we make our decision")
    bullet("Salaries of existing staff")
    bullet("Grants or payments passed on to individuals")
    d.add_heading("Match funding", 1)
    p(
        "We ask you to find at least 10% of the total cost of your project from other sources, "
        "such as your own fundraising, your members or another funder. It can be money you "
        "already hold."
    )
    d.add_heading("How to apply", 1)
    p(
        "Apply online at apply.swalebyfoundation.example.org.uk. The online form asks about "
        "your organisation and then asks five questions about your project: what you will do "
        "(up to 300 words), who will benefit and how you will reach them (up to 250 words), how "
        "veterans or families helped plan it (up to 150 words), how you will keep people safe "
        "(up to 150 words) and how you will know it has worked (up to 150 words). You can save "
        "a draft and come back to it."
    )
    d.add_heading("Documents to send", 1)
    p("Please upload these documents with your online form.")
    kit.table(
        d,
        [
            ("Document", "Who needs to send it"),
            ("Your constitution, trust deed or set of rules", "All applicants"),
            (
                "Your latest annual accounts. If your income is under £10,000 a year these can "
                "be signed by your treasurer and one other committee member; above that they must "
                "be independently examined.",
                "All applicants",
            ),
            (
                "Your last three months' bank statements",
                "Groups set up less than 12 months ago, instead of accounts",
            ),
            ("Your safeguarding policy, covering children and adults at risk", "All applicants"),
            (
                "A letter from the venue confirming that you can use it for the activity",
                "Breakfast clubs and drop-ins that meet in a building you do not own",
            ),
            (
                "A Level 2 food hygiene certificate for the volunteer in charge of the food",
                "Groups that prepare or serve food",
            ),
            (
                "Confirmation that the adults leading the activity have enhanced DBS checks",
                "Projects for service children where parents will not be present",
            ),
        ],
    )
    p(
        "You must also have a data protection policy, because you will hold personal "
        "information about the people who come to your activities. You do not need to send it, "
        "but we may ask to see it."
    )
    d.add_heading("Insurance", 1)
    p(
        "Your group must have public liability insurance of at least £5 million for the "
        "activity. You do not need to send the certificate with your application."
    )
    d.add_heading("How we make decisions", 1)
    p("A panel of trustees and two local veterans scores each application:")
    kit.table(
        d,
        [
            ("What we look for", "Score"),
            ("Need for the project in the local armed forces community", "30"),
            ("Involvement of veterans and families in planning and running it", "25"),
            ("Reaching people who are isolated or not already in touch with a group", "25"),
            ("Value for money", "20"),
        ],
    )
    d.add_heading("Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 1 March 2027"),
            ("Closing date", "Noon, Friday 30 April 2027"),
            ("Panel meets", "June 2027"),
            ("Decisions sent", "By Friday 2 July 2027"),
            ("Grant spent and report sent", "Within 12 months"),
        ],
    )
    d.add_heading("Questions people often ask", 1)
    p("Can a Royal British Legion branch apply?", style="Heading 3")
    p(
        "Yes. Send the branch rules as your governing document and the branch's accounts, or "
        "bank statements if the branch has been running for less than a year."
    )
    p("Can we apply for a breakfast club that meets in a pub or café?", style="Heading 3")
    p(
        "Yes, as long as drinking is not the main activity. The venue's letter should say the "
        "club can use the room."
    )
    p("We are not sure our idea fits. Can we talk to someone?", style="Heading 3")
    p(
        "Yes. Ring Helen Garside on 01632 966 031 or email veterans@swalebyfoundation."
        "example.org.uk."
    )
    d.add_heading("Contact us", 1)
    p(
        "Swaleby Community Foundation, The Old Drill Hall, 4 Castle Street, Swaleby SW7 3HE. "
        "Telephone 01632 966 031. Registered charity number 1183907."
    )
    out = HERE / "swaleby-veterans-and-service-families-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def thornecombe() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "thornecombe-remembrance-events-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Remembrance and Commemoration Events Grants 2027: application form")
    c.setAuthor("Thornecombe Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#23325E")

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
    c.drawString(50, state["y"], "Thornecombe Town Council")
    state["y"] -= 22
    txt("Remembrance and Commemoration Events Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "These grants help local groups to hold Remembrance Sunday and Armistice Day events, "
        "Armed Forces Day celebrations and other commemorations in Thornecombe, such as "
        "rededications of memorials and anniversaries of local regiments. Grants are up to £750."
    )
    state["y"] -= 4
    txt(
        "The Council can pay up to half the cost of your event. Your group must find at least "
        "50% of the cost from its own funds, sponsorship or other grants."
    )
    state["y"] -= 4
    txt(
        "Please fill in this form on screen, save it and email it with your documents to "
        "events@thornecombe-tc.example.gov.uk at least eight weeks before your event. For help, "
        "ring Martin Keble, Town Clerk, on 01632 967 480."
    )
    bar("Section 1: Your group")
    field("org_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Which best describes your group?",
        [
            "Royal British Legion branch",
            "Veterans' association",
            "Cadet unit",
            "Church or faith group",
            "Community group",
            "Other",
        ],
    )
    bar("Section 2: Your event")
    field("event_name", "Name of the event", 100)
    field("event_date", "Date of the event (DD/MM/YYYY)", 10)
    field("venue", "Where will the event take place?", 120)
    field("attendance", "How many people do you expect to attend?", 6)
    radios(
        "road",
        "Will the event include a parade or a road closure on the public highway?",
        ["Yes", "No"],
    )
    box(
        "q1",
        "Q1 Describe the event and what the grant will pay for. (up to 1,200 characters)",
        "Q1 Describe the event and what the grant will pay for.",
        1200,
        110,
    )
    box(
        "q2",
        "Q2 How will you involve young people, schools or cadets in the event? (up to 900 "
        "characters)",
        "Q2 How will you involve young people, schools or cadets?",
        900,
        90,
    )
    box(
        "q3",
        "Q3 How will you make the event accessible to older veterans and people with "
        "disabilities? (up to 900 characters)",
        "Q3 How will you make the event accessible?",
        900,
        90,
    )
    box(
        "q4",
        "Q4 How will you run the event safely, including stewarding and first aid? (up to 600 "
        "characters)",
        "Q4 How will you run the event safely?",
        600,
        70,
    )
    box(
        "q5",
        "Q5 Is there anything else you would like the Council to know about the event?",
        "Q5 Anything else you would like the Council to know",
        0,
        70,
    )
    bar("Section 3: Costs")
    field("cost_total", "Total cost of the event (£)", 10)
    field("grant", "Grant requested from the Council (£)", 10)
    field("other_funding", "Your group's funds, sponsorship and other grants (£)", 10)
    bar("Section 4: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_constitution", "Your group's constitution or rules")
    tick(
        "doc_accounts",
        "Your latest accounts, or an income and expenditure statement for your last financial "
        "year signed by your treasurer",
    )
    tick(
        "doc_insurance",
        "Your public liability insurance certificate covering the event (at least £5 million; "
        "£10 million if the event includes a parade on the public highway)",
    )
    tick("doc_risk", "Your risk assessment for the event")
    tick(
        "doc_road",
        "If the event includes a parade or road closure, the highway authority's approval of "
        "your temporary road closure",
    )
    tick(
        "doc_safeguarding",
        "If children or young people, including cadets, will take part, your safeguarding policy",
    )
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "for the group, and that the grant will be spent only on this event.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Thornecombe Town Council, Town Hall, 1 Fore Street, Thornecombe TH9 4AW. "
        "Telephone 01632 967 480.",
        9,
    )
    c.save()


def medlington() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "medlington-war-memorial-repair-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("War Memorial Repair Grants: application form")
    c.setAuthor("Medlington Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Medlington Borough Council: War Memorial Repair Grants")
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

    def cells(rows: list[tuple[str, str]]) -> None:
        """A two-column table typed in Word: the label cell, then an empty or tick cell."""
        for label, right in rows:
            lines = simpleSplit(label, font, 10, 190)
            hgt_row = max(22, 13 * len(lines) + 9)
            room(hgt_row)
            c.rect(50, state["y"] - hgt_row, 200, hgt_row, stroke=1, fill=0)
            c.rect(250, state["y"] - hgt_row, w - 300, hgt_row, stroke=1, fill=0)
            for i, line in enumerate(lines):
                c.setFont(font, 10)
                c.drawString(55, state["y"] - 14 - 13 * i, line)
            x = 256
            for opt in right.split("|") if right else []:
                # a tick box drawn as a square (invisible to extraction), then its label
                c.rect(x, state["y"] - 15, 9, 9, stroke=1, fill=0)
                c.setFont(font, 10)
                c.drawString(x + 13, state["y"] - 14, opt)
                x += 13 + c.stringWidth(opt, font, 10) + 16
            state["y"] -= hgt_row
        state["y"] -= 14

    def question(n: str, text: str, height: int) -> None:
        """A bold question over a drawn answer box (invisible to extraction)."""
        lines = simpleSplit(text, bold, 10, w - 76 - 50)
        room(14 * len(lines) + min(height, 300) + 8)
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in lines:
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        c.rect(50, state["y"] - height, w - 100, height, stroke=1, fill=0)
        state["y"] -= height + 16

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Medlington Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "War Memorial Repair Grants: application form")
    state["y"] -= 24
    para(
        "The Council offers grants towards the repair and conservation of war memorials in the "
        "borough: free-standing memorials, plaques and rolls of honour, memorial lychgates and "
        "memorial gardens. Grants can pay for cleaning, repairs, re-cutting or re-leading of "
        "inscriptions, repointing, and making a memorial safe. They cannot pay for new "
        "memorials, routine maintenance such as grass cutting, or adding names."
    )
    para(
        "Grants are up to £7,500 and can pay up to 75% of the eligible cost of the works. You "
        "must find at least 25% of the cost yourselves or from other funders, such as the War "
        "Memorials Trust or your parish council."
    )
    para(
        "All work must follow good conservation practice and be carried out by a contractor "
        "with conservation accreditation. Please talk to the Council's Conservation Officer, "
        "Dr Anwen Roberts, on 01632 968 155 before you apply."
    )
    heading("Section A: About you and the memorial")
    cells(
        [
            ("Name of applicant (parish council, trust or group)", ""),
            ("Contact name", ""),
            ("Position", ""),
            ("Address", ""),
            ("Postcode", ""),
            ("Telephone", ""),
            ("Email", ""),
            ("Name and location of the memorial", ""),
            ("Who owns the memorial?", ""),
            (
                "Is the memorial listed?",
                "Grade I or II*|Grade II|Not listed|Don't know",
            ),
            ("Is the memorial in a conservation area?", "Yes|No"),
        ]
    )
    heading("Section B: The memorial and the work")
    para("Please answer in the box below each question and keep to the word limits.")
    question(
        "B1",
        "Describe the memorial and its condition now. Tell us what it is made of and what "
        "damage or decay you can see. (max 250 words)",
        150,
    )
    question(
        "B2",
        "What repairs or conservation work do you want to carry out? Please include the "
        "methods and materials your contractor will use. (max 400 words)",
        220,
    )
    question(
        "B3",
        "How will you involve the local community in the project, for example schools, the "
        "Royal British Legion or a rededication service? (max 200 words)",
        130,
    )
    question(
        "B4",
        "How will the memorial be looked after once the work is finished? (max 150 words)",
        110,
    )
    heading("Section C: Costs")
    para("Please break down the cost of the works.")
    widths = (345, 150)
    rows = [("Item of work", "Cost including VAT (£)")] + [("", "")] * 6
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
    cells(
        [
            ("Name of your chosen contractor", ""),
            ("Does the contractor hold conservation accreditation?", "Yes|No"),
            ("Total cost of the works (£)", ""),
            ("Grant requested (£)", ""),
            ("Your own contribution (£)", ""),
            ("Other funding (£)", ""),
        ]
    )
    heading("Section D: What to send with your form")
    para(
        "Please send two written quotes for the work from conservation-accredited contractors "
        "(for example a conservator accredited by ICON or a stonemason on the Conservation "
        "Register), and photographs of the memorial as it is now, showing each side and any "
        "damage."
    )
    para(
        "Please also send your latest annual accounts. These do not need to be audited or "
        "independently examined; parish and town councils can send the accounting statements "
        "from their annual return."
    )
    para(
        "If you are a trust or community group, send a copy of your constitution or trust "
        "deed. If your organisation does not own the memorial, send the owner's written consent "
        "to the work. If the memorial is listed, send a copy of the listed building consent for "
        "the work or, if consent is not needed, the Conservation Officer's written confirmation "
        "of that."
    )
    heading("Section E: Declaration")
    para(
        "I confirm that the information in this form and the documents sent with it are correct "
        "and that I am authorised to apply for the organisation. I understand that the grant "
        "will be paid when the work is finished and the Conservation Officer has inspected it, "
        "and that the Council may ask for it back if the work is not done as described."
    )
    cells([("Signed", ""), ("Name", ""), ("Position", ""), ("Date", "")])
    para("For office use only", 9, bold)
    para(
        "Received: ____________   Ref: ____________   Site visit: ____________   "
        "Approved: ____________",
        9,
    )
    para(
        "Conservation and Heritage Team, Medlington Borough Council, Town Hall, Crown Street, "
        "Medlington MD2 6LF. Telephone 01632 968 155. Email heritage@medlington.example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    corleston()
    swaleby()
    thornecombe()
    medlington()
