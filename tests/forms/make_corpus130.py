"""Build set 130's Word and PDF documents (typical community sports club equipment,
facilities and coach education grants: a district council's Sports Club Equipment Grant
application, a county sports partnership's Club Development Fund guidance, a sport and
physical activity partnership's Coach Education Bursary form and a borough council's pitch and
changing room improvement grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus130.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def quellbrook() -> None:
    d = kit.new_document(
        FIXED,
        "Sports Club Equipment Grant 2027/28: application form",
        "Quellbrook District Council",
    )
    p = d.add_paragraph
    d.add_heading("Quellbrook District Council", 0)
    p("Sports Club Equipment Grant 2027/28: application form")
    p(
        "The Sports Club Equipment Grant helps community sports clubs in Quellbrook District to "
        "buy kit and equipment that gets more people playing. Grants are from £250 to £2,500. "
        "We can pay for things such as goalposts and nets, training equipment, team kit for new "
        "teams, adapted equipment for disabled players, first aid kits and defibrillators, and "
        "equipment for storing and maintaining pitches."
    )
    p(
        "We will fund up to 80% of the cost of the equipment. Your club must find at least 20% "
        "from its own funds, from fundraising or from a sponsor."
    )
    p(
        "Please type or write clearly in the boxes and keep to the word limits. Return the "
        "completed form with your documents to sportdevelopment@quellbrook.example.gov.uk, or "
        "post it to the address at the end of the form. The closing dates for 2027/28 are "
        "30 June 2027 and 31 October 2027."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "Our Sport and Physical Activity Officer, Dev Karimjee, is happy to talk about your "
        "application before you send it. Ring 01632 958 214 or email the address above."
    )
    d.add_heading("Section 1: About your club", 1)
    kit.details(
        d,
        [
            "Name of club",
            "Sport or sports played",
            "Address for correspondence",
            "Postcode",
            "Main contact name",
            "Position in the club",
            "Telephone",
            "Email",
            "Club website or social media page (if any)",
            "National governing body the club is affiliated to",
            "Affiliation number",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            ("Does the club have a written constitution or set of rules?", f"{BOX} Yes   {BOX} No"),
            (
                "Club accreditation",
                f"{BOX} Clubmark   {BOX} Governing body accreditation scheme   "
                f"{BOX} Working towards accreditation   {BOX} None",
            ),
        ],
    )
    p()
    kit.details(
        d,
        [
            "Number of junior members (under 18)",
            "Number of adult members",
            "Number of qualified coaches",
            "Name of the club's welfare or safeguarding officer",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d,
        "2.1 What equipment do you want to buy, and what will it be used for? (maximum 200 words)",
    )
    kit.question(
        d,
        "2.2 Why does your club need this equipment now? What happens if you cannot buy it? "
        "(maximum 200 words)",
    )
    kit.question(
        d,
        "2.3 How many people will use the equipment each week, and who are they? "
        "(maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.4 How will the equipment help your club to attract new members, especially women "
        "and girls, disabled people or others who take part less? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.5 Where will the equipment be stored, and how will the club look after it and "
        "replace it when it wears out? (maximum 100 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 Is there anything else you would like to tell us about your club or this application?",
        2000,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list each item you want to buy. Include VAT unless your club can reclaim it.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the equipment (£)",
            "Grant requested (£)",
            "Club's own contribution (£)",
            "Other funding (£) and where it comes from",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Has the club had a grant from Quellbrook District Council in the last three "
                "years?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send the documents below with your form and tick each one you have enclosed. "
        "We cannot assess your application until we have them all."
    )
    kit.ticked(
        d,
        [
            "Your club's constitution or rules",
            "Your latest annual accounts, signed by your treasurer (clubs that have not yet "
            "completed a full year may send their last three months' bank statements instead)",
            "A quote, catalogue page or website price for each item of equipment",
            "Proof of your club's affiliation to its national governing body for this season",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Your safeguarding policy, if your club has members under 18 or works with adults "
            "at risk",
            "If the club does not own or lease the ground or building where the equipment will "
            "be kept, a letter from the owner or facility manager agreeing to store it",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement to confirm it, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by the club committee "
            "to make this application.",
            "Our club has an equality policy, or has adopted its governing body's equality "
            "policy, and membership is open to everyone.",
            "The equipment will be available to all members and will not be sold or disposed of "
            "within three years without the Council's agreement.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position in the club", "Date"], shade=True)
    p()
    p(
        "Sport and Physical Activity Team, Quellbrook District Council, Riverside House, "
        "Mill Lane, Quellbrook QB2 6RT. Telephone 01632 958 214."
    )
    out = HERE / "quellbrook-sports-club-equipment-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def oxhampton() -> None:
    d = kit.new_document(FIXED, "Club Development Fund 2027: guidance notes", "Active Oxhampton")
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Active Oxhampton", 0)
    p("Club Development Fund 2027: guidance notes for clubs")
    p(
        "Active Oxhampton is the county sports partnership for Oxhampton. We work with local "
        "councils, national governing bodies of sport and community clubs to help more people "
        "get active."
    )
    d.add_heading("1. About the fund", 1)
    p(
        "The Club Development Fund gives grants of £500 to £5,000 to community sports clubs "
        "in Oxhampton to help them grow and to reach people who are less active. The fund has "
        "£60,000 to give in 2027 and is open for two rounds."
    )
    p(
        "These notes explain who can apply, what the fund pays for, how to apply and what you "
        "need to upload. Please read them before you start your application."
    )
    d.add_heading("2. Who can apply", 1)
    p("To apply, your club must:")
    bullet("be a not-for-profit community sports club based in the county of Oxhampton;")
    bullet("have a constitution or set of rules and a committee of at least three people;")
    bullet("be affiliated to the national governing body for its sport;")
    bullet("have a named welfare officer and a safeguarding policy;")
    bullet("have a bank account in the club's name that needs two unrelated people to sign;")
    bullet("be open to anyone who wants to join, with fees people can afford.")
    p(
        "You do not need to hold Clubmark or your governing body's club accreditation to "
        "apply, but we give extra weight to clubs that have it or are working towards it."
    )
    d.add_heading("3. What the fund pays for", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Coach education and coaching qualifications for volunteers",
                "Salaries or payments to existing coaches",
            ),
            (
                "Starting a new team or section, for example women's, girls', walking or "
                "disability sessions",
                "Running costs the club already pays, such as league fees and pitch rent",
            ),
            (
                "Hire of facilities for the first six months of a new session",
                "Trophies, awards, travel to away fixtures and social events",
            ),
            (
                "Equipment needed for a new session or team (up to £1,500 of the grant)",
                "Building work, pitch drainage or other capital works",
            ),
            (
                "Volunteer training, such as first aid, safeguarding and welfare officer courses",
                "Costs you have already paid before we make a decision",
            ),
        ],
    )
    d.add_heading("4. How much you can apply for", 1)
    p(
        "You can apply for between £500 and £5,000. Clubs must put in at least 10% of the "
        "total cost of the project. This can come from club funds, fundraising, sponsorship or "
        "another grant; volunteer time does not count towards it."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the Active Oxhampton grants portal at "
        "grants.activeoxhampton.example.org.uk. You will need to register your club first, "
        "which takes about ten minutes. You can save your application and come back to it."
    )
    p("The application form has five parts:")
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length"),
            (
                "1. Your club",
                "Contact details, sport, affiliation, membership numbers",
                "Short answers",
            ),
            (
                "2. Your project",
                "What you want to do and why the club needs it",
                "Up to 300 words",
            ),
            (
                "3. Who will benefit",
                "The people you want to reach and how you will reach them",
                "Up to 250 words",
            ),
            (
                "4. Keeping it going",
                "How the project will carry on after the grant",
                "Up to 150 words",
            ),
            ("5. Costs", "A table of costs and where the rest of the money comes from", "Table"),
        ],
    )
    d.add_heading("6. What you need to upload", 1)
    p("Every club must upload:")
    bullet("its constitution or club rules;")
    bullet(
        "its most recent annual accounts. Accounts signed by your treasurer are fine; they only "
        "need to be independently examined if the club's income is over £25,000 a year;"
    )
    bullet("a bank statement for the club's account, dated within the last three months;")
    bullet("its club development plan or action plan for the next two years;")
    bullet("its safeguarding policy.")
    p("You will also need to upload, if they apply to your project:")
    bullet("a quote for any single item of equipment or facility hire costing more than £500;")
    bullet(
        "if new coaches or volunteers will work with under-18s, confirmation that each of them "
        "has an enhanced DBS check, or has applied for one;"
    )
    bullet(
        "if the project will run at a venue the club does not own, a letter from the venue "
        "confirming that you can use it at the times you need."
    )
    p(
        "Your club must also have an equality policy (your governing body's is fine if the club "
        "has adopted it). You do not need to upload it, but we may ask to see it."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "All clubs must hold public liability insurance of at least £5 million. Most clubs are "
        "covered through their governing body affiliation. You do not need to send us a copy "
        "of the certificate."
    )
    d.add_heading("8. How we assess applications", 1)
    p("A panel of partnership staff and club volunteers scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Weighting"),
            ("The need for the project and the evidence for it", "30%"),
            ("Reaching people who are less active", "30%"),
            ("How the project will carry on after the grant", "20%"),
            ("Value for money", "10%"),
            ("The club's accreditation and how it is run", "10%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("", "Round 1", "Round 2"),
            ("Portal opens", "1 March 2027", "1 August 2027"),
            ("Closing date (noon)", "16 April 2027", "17 September 2027"),
            ("Panel meets", "May 2027", "October 2027"),
            ("Decision emailed", "by 4 June 2027", "by 5 November 2027"),
        ],
    )
    d.add_heading("10. Questions clubs often ask", 1)
    p("Can individuals apply?", style="Heading 3")
    p(
        "No. Coaches who want a bursary for their own qualification should apply to their "
        "governing body or ask their club to apply for them."
    )
    p("Can we apply if we had a grant last year?", style="Heading 3")
    p(
        "Yes, as long as you have sent us the end-of-grant report for last year's grant and the "
        "new project is different."
    )
    p("Does our 10% have to be cash?", style="Heading 3")
    p(
        "Yes. It can come from club funds, sponsorship or another grant, but not from volunteer "
        "time or donated goods."
    )
    p("How soon do we have to spend the grant?", style="Heading 3")
    p("Within 12 months of the date of our offer letter.")
    d.add_heading("11. Contact us", 1)
    p(
        "Club Development Team, Active Oxhampton, Unit 4, Meadow Business Park, Oxhampton "
        "OX9 3FD. Telephone 01632 957 602. Email clubs@activeoxhampton.example.org.uk."
    )
    out = HERE / "oxhampton-club-development-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tollerbury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tollerbury-coach-education-bursary-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Coach Education Bursary 2027: application form")
    c.setAuthor("Tollerbury Sport and Physical Activity Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#23395B")

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
    c.drawString(50, state["y"], "Tollerbury Sport and Physical Activity Partnership")
    state["y"] -= 22
    txt("Coach Education Bursary 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Our bursaries help volunteer coaches in Tollerbury's community sports clubs to gain a "
        "governing body coaching qualification, from Level 1 or assistant coach awards to "
        "Level 3, and short courses such as disability inclusion or coaching girls."
    )
    state["y"] -= 4
    txt(
        "A bursary pays up to 75% of the course fee, up to £300 for each coach. The coach or "
        "their club must pay the rest of the fee, at least 25%. We pay the bursary to the club "
        "or to the course provider, not to the coach."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "bursaries@tollerburysport.example.org.uk at least four weeks before your course "
        "starts. Questions? Ring Priya Oduya on 01632 955 930."
    )
    bar("Part A: About you (the coach)")
    field("full_name", "Full name", 60)
    field("dob", "Date of birth", 10)
    field("address", "Home address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "disability",
        "Do you consider yourself to have a disability or long-term health condition?",
        ["Yes", "No", "Prefer not to say"],
    )
    bar("Part B: Your club")
    field("club_name", "Name of club", 100)
    field("sport", "Sport", 40)
    field("ngb", "Governing body the club is affiliated to", 80)
    field("affil_no", "Club affiliation number", 20)
    field("welfare", "Name of the club welfare officer", 60)
    field("club_contact", "Club chair or secretary", 60)
    field("club_email", "Club chair or secretary's email", 80)
    radios(
        "accredited",
        "Does the club hold Clubmark or its governing body's club accreditation?",
        ["Yes", "Working towards it", "No"],
    )
    bar("Part C: The course")
    field("course", "Course title", 100)
    field("provider", "Course provider", 80)
    field("course_dates", "Course date or dates", 40)
    field("fee", "Course fee (£)", 10)
    field("bursary", "Bursary requested (£)", 10)
    radios(
        "level",
        "Level of the course",
        ["Level 1 or assistant coach", "Level 2", "Level 3 or above", "Short course or workshop"],
    )
    radios("before", "Have you had a bursary from us before?", ["Yes", "No"])
    bar("Part D: Your coaching")
    box(
        "d1",
        "D1 Why do you want to take this course, and how will it help your club? "
        "(up to 1,200 characters)",
        "D1 Why do you want to take this course, and how will it help your club?",
        1200,
        100,
    )
    box(
        "d2",
        "D2 What coaching qualifications and experience do you have already? "
        "(up to 600 characters)",
        "D2 What coaching qualifications and experience do you have already?",
        600,
        60,
    )
    box(
        "d3",
        "D3 Which groups will you coach once you are qualified, and how many people will you "
        "coach each week? (up to 900 characters)",
        "D3 Which groups will you coach once you are qualified, and how many each week?",
        900,
        80,
    )
    box(
        "d4",
        "D4 How will you give back to your club or community? For example, how many hours of "
        "volunteer coaching will you give in the next 12 months? (up to 900 characters)",
        "D4 How will you give back to your club or community?",
        900,
        80,
    )
    box(
        "d5",
        "D5 What would stop you taking the course without a bursary? (up to 600 characters)",
        "D5 What would stop you taking the course without a bursary?",
        600,
        60,
    )
    box(
        "d6",
        "D6 Is there anything else you would like us to know?",
        "D6 Anything else you would like us to know",
        0,
        70,
    )
    bar("Part E: Club endorsement")
    txt("To be filled in by the club chair or secretary.", 9.5)
    state["y"] -= 4
    tick(
        "club_supports",
        "The club supports this application and will make sure the rest of the course fee is paid.",
    )
    field("end_name", "Name", 60)
    field("end_position", "Position in the club", 60)
    field("end_signature", "Signature", 60)
    field("end_date", "Date", 10)
    bar("Part F: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick(
        "doc_quote",
        "A quote or booking confirmation from the course provider showing the course fee",
    )
    tick(
        "doc_dbs",
        "A copy of your enhanced DBS certificate, if you coach (or will coach) under-18s or "
        "adults at risk",
    )
    tick(
        "doc_consent",
        "If you are under 18, a letter from your parent or carer agreeing to your application",
    )
    bar("Part G: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct. I will complete the course "
        "within 12 months, and I understand that the bursary must be repaid if I do not.",
    )
    field("signature", "Signature", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Tollerbury Sport and Physical Activity Partnership, The Pavilion, Station Road, "
        "Tollerbury TL4 2GN. Telephone 01632 955 930. Registered charity number 1184527.",
        9,
    )
    c.save()


def kessingworth() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kessingworth-pitch-and-changing-room-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Sports Facilities Improvement Grant: application form")
    c.setAuthor("Kessingworth Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Kessingworth Borough Council: Sports Facilities Improvement Grant")
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
        lines = simpleSplit(label, font, 10, 190)
        room(12 * len(lines) + 16)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 12 * i, line)
        x = 276
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 16
        state["y"] -= max(26, 12 * len(lines) + 16)

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
    c.drawString(50, state["y"], "Kessingworth Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Sports Facilities Improvement Grant: application form")
    state["y"] -= 24
    para(
        "This grant helps community sports clubs in the borough to improve the pitches, "
        "changing rooms and other facilities they use. Grants are from £1,000 to £15,000, for "
        "work such as pitch drainage and levelling, changing room and shower refurbishment, "
        "accessible toilets, floodlights, fencing and storage."
    )
    para(
        "Grants cover up to 70% of the cost of the work. The club must find at least 30% from "
        "its own funds, its governing body's facilities fund or other funders."
    )
    para(
        "Before you apply, please talk to the Council's Sports Facilities Officer about your "
        "project (telephone 01632 953 386). Write your answers in the boxes, keeping to the "
        "word limits; you may continue question 3.6 on a separate sheet. Post or email the "
        "form to the address on the last page by Friday 3 September 2027."
    )
    heading("Part 1: About your club")
    item("1.1", "Name of club")
    item("1.2", "Address for correspondence")
    item("1.3", "Postcode")
    item("1.4", "Name of contact")
    item("1.5", "Position in the club")
    item("1.6", "Telephone")
    item("1.7", "Email")
    item("1.8", "Governing body and affiliation number")
    item("1.9", "Number of members (adults and juniors)")
    item("1.10", "Charity or CASC number (if the club has one)")
    choice(
        "1.11",
        "Does the club hold Clubmark or governing body accreditation?",
        ["Yes", "No", "Working towards"],
    )
    heading("Part 2: The site")
    item("2.1", "Name and address of the ground or facility")
    item("2.2", "Name of the landowner (if not the club)")
    choice("2.3", "Does the club own, lease or hire the site?", ["Own", "Lease", "Hire"])
    item("2.4", "If the club leases the site, how many years are left on the lease?")
    choice("2.5", "Does the work need planning permission?", ["Yes", "No", "Not sure"])
    item("2.6", "Planning application reference (if known)")
    heading("Part 3: Your project")
    question(
        "3.1",
        "Describe the improvements you want to make and where on the site they will be. "
        "(no more than 300 words)",
        150,
    )
    question(
        "3.2",
        "Why are the improvements needed? Tell us about the condition of the facility now and "
        "the problems it causes. (no more than 250 words)",
        130,
    )
    question(
        "3.3",
        "Who will benefit? Please include how many teams and players use the facility each "
        "week, and any new teams or sessions the improvements will make possible. "
        "(no more than 250 words)",
        130,
    )
    question(
        "3.4",
        "Have you talked to your governing body's facilities officer about the project? What "
        "did they advise? (no more than 150 words)",
        90,
    )
    question(
        "3.5",
        "How will the club pay to maintain the improved facility and replace it at the end of "
        "its life? (no more than one side of A4)",
        200,
    )
    question(
        "3.6",
        "When will the work start and finish? Please list the main stages and who will carry "
        "them out.",
        120,
    )
    heading("Part 4: Costs")
    para("Please list the work and items the project will pay for.")
    widths = (245, 150, 100)
    rows = [("Item or work", "Contractor or supplier", "Cost (£)")] + [("", "", "")] * 7
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
    state["y"] -= 14
    item("4.1", "Total cost of the project (£)")
    item("4.2", "Grant requested (£)")
    item("4.3", "Club's own contribution (£)")
    item("4.4", "Other funding secured or applied for (£)")
    choice("4.5", "Do the costs include VAT?", ["Yes", "No"])
    heading("Part 5: Documents")
    para("Please send these documents with your form:")
    for t in [
        "1.  the club's constitution or rules;",
        "2.  the club's accounts for the last two financial years. If the club's annual income "
        "is over £25,000 the accounts must be independently examined or audited; otherwise "
        "accounts signed by the treasurer are fine;",
        "3.  written quotes from contractors or suppliers: two quotes for projects costing up "
        "to £5,000 and three for projects costing more;",
        "4.  photographs of the area or building you want to improve;",
        "5.  the club's safeguarding policy;",
        "6.  if the club leases the site, a copy of the lease (for grants over £5,000 the lease "
        "must have at least ten years left to run);",
        "7.  if the club hires the site or does not own it, a letter from the landowner "
        "agreeing to the work;",
        "8.  if the work needs planning permission, a copy of the planning permission.",
    ]:
        para(t, x=62)
    para(
        "The club must hold public liability insurance with cover of at least £10 million. "
        "You do not need to send us the certificate, but we may ask to see it."
    )
    heading("Part 6: Declaration")
    para(
        "On behalf of the club I confirm that the information in this form is correct, that the "
        "club committee has agreed to the project and to find at least 30% of its cost, and "
        "that the club has an equal opportunities policy. I understand that the Council may "
        "ask for the grant back if the facility is sold or stops being used for sport within "
        "ten years."
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
        "Leisure and Sport Team, Kessingworth Borough Council, Town Hall, Market Place, "
        "Kessingworth KS7 1AB. Telephone 01632 953 386. Email sportgrants@kessingworth."
        "example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    quellbrook()
    oxhampton()
    tollerbury()
    kessingworth()
