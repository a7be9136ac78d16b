"""Build set 145's Word and PDF documents (typical repair café, men's shed, tool library and
waste reduction grants: a district council's Waste Reduction Community Grants application, a
community foundation's Men's Sheds Fund guidance notes, a town council's Library of Things and
Tool Library Start-up Grant form and a borough council's Furniture Reuse and Repair Small
Grants form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus145.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 10, 15, 0)
BOX = "\u2610"


def thornfold() -> None:
    d = kit.new_document(
        FIXED,
        "Waste Reduction Community Grants 2027/28: application form",
        "Thornfold District Council",
    )
    p = d.add_paragraph
    d.add_heading("Thornfold District Council", 0)
    p("Waste Reduction Community Grants 2027/28: application form")
    p(
        "Waste Reduction Community Grants help voluntary and community groups in Thornfold "
        "District to cut the amount of waste that goes in the bin. We fund repair cafés, men's "
        "sheds that mend and reuse, tool libraries and 'library of things' schemes, furniture "
        "reuse projects and swap shops. Grants are from £250 to £3,000 and are paid from the "
        "Council's Waste Reduction Fund."
    )
    p(
        "The Council will pay up to 80% of the cost of your project. You need to find at least "
        "20% from elsewhere, for example from your own funds, fundraising or another grant."
    )
    p(
        "Please type your answers in the boxes, which will grow as you write, and keep to the "
        "word limits. Email the completed form and your documents to "
        "wastegrants@thornfold.example.gov.uk by 5pm on Friday 11 June 2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "Our Waste Reduction Officer, Dev Mistry, is happy to talk through your idea before you "
        "apply. Ring 01632 965 213 or email the address above."
    )
    d.add_heading("Section 1: Your organisation", 1)
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
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community group   "
                f"{BOX} Community interest company   {BOX} Other",
            ),
            ("Date the organisation was set up", ""),
            (
                "Does the organisation have a bank account in its own name with at least two "
                "signatories?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d,
        "2.1 Describe your project. What will you do, where will it happen and how often? "
        "(maximum 300 words)",
    )
    kit.question(
        d,
        "2.2 How will the project reduce waste? Please tell us how many items you expect to "
        "repair, lend or reuse, and how you will count or weigh them. (maximum 250 words)",
    )
    kit.question(
        d,
        "2.3 How will you make sure that volunteers who repair electrical items, or use tools "
        "and machinery, are competent and work safely? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.4 Who will benefit, and how will you reach people who could save money by repairing "
        "or borrowing rather than buying new? (maximum 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.5 How will the project carry on when the grant has been spent? (maximum 150 words)",
        2000,
    )
    kit.pairs(
        d,
        [
            ("Project start date", ""),
            ("Number of items you expect to repair, lend or reuse in the first year", ""),
            ("Weight of waste you expect to keep out of the bin in the first year (kg)", ""),
        ],
    )
    p()
    d.add_heading("Section 3: Costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Grant requested from the Council (£)", ""),
            ("Amount from your own funds or other funders (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p(
        "Please send these documents with your form and tick each one you have enclosed. We "
        "cannot assess your application until we have them all."
    )
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or governing document",
            "Your latest annual accounts, signed by your treasurer. If your group is less than "
            "a year old, send your last three months' bank statements instead",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "Your health and safety policy",
            "A risk assessment for your sessions, covering the tools, machinery and equipment "
            "you will use",
            "If you will repair or lend electrical items: a copy of the PAT testing certificate "
            "(for example City & Guilds 2377) of the person who will test them",
            "If you will work with children or adults at risk: your safeguarding policy",
            "For any single item costing more than £500: a written quote",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by my organisation to "
            "make this application.",
            "Our organisation has an equal opportunities policy and the project will be open "
            "to everyone.",
            "We will record the number and weight of items repaired, lent or reused and report "
            "them to the Council by 30 April 2028.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Waste and Recycling Team, Thornfold District Council, Council House, Mill Lane, "
        "Thornfold TF4 2RB. Telephone 01632 965 213."
    )
    out = HERE / "thornfold-repair-cafe-and-reuse-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def kettlebridge() -> None:
    d = kit.new_document(
        FIXED,
        "Men's Sheds Fund 2027: guidance notes",
        "Kettlebridge and District Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Kettlebridge and District Community Foundation", 0)
    p("Men's Sheds Fund 2027: guidance notes")
    d.add_heading("1. About the fund", 1)
    p(
        "The Men's Sheds Fund helps sheds and community workshops in Kettlebridge and the "
        "surrounding villages to set up, equip and keep going. Sheds bring people together to "
        "make, mend and repair, and many of them take in broken furniture, tools and bikes "
        "that would otherwise be thrown away. The fund is paid for by the Kettlebridge Waste "
        "Partnership and local donors. In 2027 we have £36,000 to give, in grants of £500 to "
        "£4,000."
    )
    p(
        "Please read these notes before you apply. If you are not sure whether your project "
        "fits, talk to us first: ring Maggie Oduya on 01632 966 740 or email "
        "sheds@kettlebridgecf.example.org.uk."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your shed:")
    bullet("is a constituted group, charity, CIO or community interest company;")
    bullet("meets in Kettlebridge district;")
    bullet("has a bank account in its own name with at least two unrelated signatories;")
    bullet("is open to anyone who wants to join, whatever their age, gender or background.")
    p(
        "Sheds that are part of a larger organisation, such as a church or a community centre, "
        "can apply through that organisation."
    )
    d.add_heading("3. What we can and cannot fund", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Hand tools, power tools and workshop machinery",
                "Buying land or buildings",
            ),
            (
                "Dust extraction, guards, first aid kits and other safety equipment",
                "Items for members to keep for themselves",
            ),
            (
                "Training for members, such as machine inductions, PAT testing and first aid",
                "Activities that make a profit for individuals",
            ),
            (
                "Rent, heating and lighting for up to one year",
                "Costs you have already paid",
            ),
            (
                "Running repair sessions for the public and collecting items to mend",
                "Religious or political activity",
            ),
        ],
    )
    d.add_heading("4. How much you can ask for", 1)
    p(
        "You can ask for £500 to £4,000. We can fund the whole cost of your project: you do not "
        "need to raise money from anywhere else, although we like to hear about other support "
        "you have."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the Foundation's grants portal at "
        "www.kettlebridgecf.example.org.uk/apply. You can save your answers and come back to "
        "them. The form has these parts:"
    )
    kit.table(
        d,
        [
            ("Part of the online form", "What we ask", "Length"),
            ("About your shed", "Your contact details, members and opening times", "Short answers"),
            ("Your project", "What you want to do and why your shed needs it", "Up to 300 words"),
            ("Safety", "How members are shown how to use each machine", "Up to 200 words"),
            (
                "Reducing waste",
                "What you repair, reuse or make from reclaimed materials",
                "Up to 150 words",
            ),
            ("Budget", "What the grant will buy and what it costs", "A table"),
        ],
    )
    d.add_heading("6. Documents we need", 1)
    p("Every shed must upload all of the following with its application:")
    p("a) your constitution or set of rules;")
    p(
        "b) your latest accounts. If your shed's income is over £25,000 these must be "
        "independently examined; otherwise accounts signed by two committee members are fine;"
    )
    p("c) a bank statement from the last three months;")
    p("d) your health and safety policy;")
    p("e) a risk assessment for your workshop, including each powered machine members will use.")
    p("Some sheds need to send more:")
    p(
        "f) if you are asking for a machine or piece of equipment costing more than £1,000, "
        "two quotes;"
    )
    p(
        "g) if your shed is in a building or on land you do not own, a letter from the owner "
        "or landlord agreeing to your use of it;"
    )
    p("h) if anyone under 18 or any adult at risk comes to your shed, your safeguarding policy.")
    p(
        "Your shed should also have a data protection policy covering members' details. You "
        "do not need to send it to us."
    )
    d.add_heading("7. Safety and insurance", 1)
    p(
        "Your shed must hold public liability insurance of at least £5 million, through a "
        "sheds network's group scheme or your own insurer. We do not need a copy of the "
        "certificate, but we will ask for it if you are offered a grant."
    )
    p(
        "Electrical tools and any items you repair for the public should be PAT tested by a "
        "competent person. Members should have an induction on each machine before using it "
        "on their own, and you should keep a record of these inductions. You do not need to "
        "send the records."
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of Foundation trustees and local volunteers scores each application:")
    kit.table(
        d,
        [
            ("What we look for", "Points"),
            ("The need for the project and the difference it will make to members", "30"),
            ("How the shed will run safely", "25"),
            ("Waste kept out of the bin through repair and reuse", "20"),
            ("Value for money", "15"),
            ("How the shed will keep going", "10"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 3 May 2027"),
            ("Closing date", "Noon, Friday 25 June 2027"),
            ("Panel meets", "Week beginning 19 July 2027"),
            ("We tell you our decision", "By Friday 30 July 2027"),
            ("Grants paid", "August 2027"),
        ],
    )
    d.add_heading("10. Questions people ask", 1)
    d.add_heading("Can a new shed apply?", 3)
    p(
        "Yes. If your shed has not finished its first year, send your accounts to date or a "
        "statement of money in and out signed by two committee members."
    )
    d.add_heading("Do we need to raise some of the money ourselves?", 3)
    p("No. See section 4.")
    d.add_heading("What happens after the grant?", 3)
    p(
        "After a year we will ask you for a short report: how many members use the shed, what "
        "you have made or repaired, and, if you can, roughly how many items or kilograms of "
        "waste you have kept out of the bin."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Grants Team, Kettlebridge and District Community Foundation, 4 Wharf Street, "
        "Kettlebridge KB3 8PL. Telephone 01632 966 740. Registered charity number 1184527."
    )
    out = HERE / "kettlebridge-mens-sheds-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def fellbrook() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "fellbrook-library-of-things-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Library of Things and Tool Library Start-up Grants 2027: application form")
    c.setAuthor("Fellbrook Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#2E5E3A")

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
    c.drawString(50, state["y"], "Fellbrook Town Council")
    state["y"] -= 22
    txt(
        "Library of Things and Tool Library Start-up Grants 2027: application form",
        12,
        "Helvetica-Bold",
    )
    state["y"] -= 4
    txt(
        "These grants help community groups in Fellbrook to set up a tool library or a "
        "'library of things', where people can borrow drills, ladders, gazebos, sewing "
        "machines, carpet cleaners and other things they only need now and then, instead of "
        "buying them. Grants are up to £2,500, for stock, shelving, a booking system, safety "
        "testing equipment and volunteer training."
    )
    state["y"] -= 4
    txt(
        "The Council will pay up to 50% of the cost of setting up your library. Your group "
        "must find at least half of the cost from other sources, such as fundraising, "
        "donations or another grant."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "grants@fellbrook-tc.example.gov.uk by Friday 17 September 2027. For help, ring Owen "
        "Tranter, Climate and Environment Officer, on 01632 967 184."
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
        ["Registered charity", "CIO", "Community group", "Community interest company", "Other"],
    )
    field("charity_no", "Charity or company number (if any)", 20)
    bar("Part B: Your library")
    field("venue", "Name and address of the venue where items will be lent", 200)
    radios(
        "venue_status",
        "Is the venue:",
        ["Owned by your group", "Rented", "Lent to you by another organisation"],
    )
    field("items_start", "How many items will you have to lend at the start?", 5)
    field("loans_year", "How many loans do you expect in the first year?", 6)
    box(
        "b1",
        "B1 Describe your library: what will you lend, who will be able to borrow, and how "
        "will booking and borrowing work? (up to 1,800 characters)",
        "B1 Describe your library: what you will lend, who can borrow and how borrowing works.",
        1800,
        130,
    )
    box(
        "b2",
        "B2 How will you check that tools and electrical items are safe before each loan, "
        "including PAT testing? (up to 1,200 characters)",
        "B2 How will you check that tools and electrical items are safe before each loan?",
        1200,
        100,
    )
    box(
        "b3",
        "B3 How will you show borrowers how to use tools safely, and make sure your volunteers "
        "know how to check and repair them? (up to 900 characters)",
        "B3 How will you show borrowers how to use tools safely and train volunteers?",
        900,
        80,
    )
    box(
        "b4",
        "B4 How will you record the number of loans and estimate the waste and money saved? "
        "(up to 900 characters)",
        "B4 How will you record loans and estimate the waste and money saved?",
        900,
        80,
    )
    box(
        "b5",
        "B5 How will the library keep going after its first year? (up to 600 characters)",
        "B5 How will the library keep going after its first year?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of setting up the library (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("match_secured", "Match funding already secured (£)", 10)
    field("match_to_raise", "Match funding still to raise (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or governing document")
    tick(
        "doc_accounts",
        "Your most recent accounts or, if your group has not yet finished a financial year, "
        "your last two bank statements",
    )
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, showing cover of at least £2 million",
    )
    tick(
        "doc_hs",
        "Your health and safety policy, including how you check and PAT test items before "
        "they are lent",
    )
    tick("doc_quotes", "Quotes for any single item costing more than £300")
    tick(
        "doc_owner",
        "If the library will be in a building your group does not own, a letter from the "
        "owner agreeing to it",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this project, and that we will keep borrowers' personal information in line "
        "with our data protection policy.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Fellbrook Town Council, The Town Hall, 9 Chapel Street, Fellbrook FB2 6JT. "
        "Telephone 01632 967 184.",
        9,
    )
    c.save()


def hallowbeck() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hallowbeck-furniture-reuse-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Furniture Reuse and Repair Small Grants 2027/28: application form")
    c.setAuthor("Hallowbeck Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Hallowbeck Borough Council: Furniture Reuse and Repair Small Grants")
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

    def ticks(label: str, options: list[str]) -> None:
        """A typed label and a row of drawn tick boxes."""
        room(40)
        c.setFont(font, 10)
        c.drawString(50, state["y"], label)
        state["y"] -= 18
        x = 76
        for opt in options:
            c.rect(x, state["y"] - 2, 9, 9, stroke=1, fill=0)
            c.drawString(x + 13, state["y"], opt)
            x += 13 + c.stringWidth(opt, font, 10) + 16
        state["y"] -= 24

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Hallowbeck Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(
        50, state["y"], "Furniture Reuse and Repair Small Grants 2027/28: application form"
    )
    state["y"] -= 24
    para(
        "Every year thousands of sofas, beds, wardrobes, tables and cookers are thrown away in "
        "Hallowbeck while families nearby go without. These grants help charities and "
        "community groups to collect, repair and pass on furniture and household items to "
        "people who need them, and to run upcycling and repair workshops. Grants are from £500 "
        "to £5,000."
    )
    para(
        "Please write clearly in black ink or type your answers, and keep to the word limits. "
        "Return the form and your documents by post or email to the Waste Minimisation Team "
        "at the address at the end of the form. The closing date is Friday 8 October 2027."
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
    ticks(
        "9.  Type of organisation (please tick one):",
        ["Charity", "CIO", "Community group", "Social enterprise", "Other"],
    )
    ticks("10.  Do you collect furniture from people's homes?", ["Yes", "No"])
    heading("Section 2: About your project")
    para(
        "Please answer each question in the space below it. You may continue on a separate "
        "sheet, but please keep to the word limits."
    )
    question(
        "Q1",
        "Tell us about your project. What furniture and household items will you collect, "
        "repair and pass on, and where will the work take place? (no more than 400 words)",
        8,
    )
    question(
        "Q2",
        "Who will receive the furniture, and how will they be referred to you? (no more than "
        "250 words)",
        5,
    )
    question(
        "Q3",
        "How will you check that upholstered furniture carries its fire safety labels and that "
        "electrical items are PAT tested before they are passed on? (no more than 250 words)",
        5,
    )
    question(
        "Q4",
        "How many items, and what weight of furniture, do you expect to keep out of landfill "
        "in a year, and how will you measure this? (no more than 200 words)",
        4,
    )
    question(
        "Q5",
        "What training will volunteers get in lifting and moving furniture safely and in "
        "repair work? (no more than 150 words)",
        4,
    )
    question("Q6", "Is there anything else you would like us to know about your project?", 4)
    blank("Project start date:")
    blank("Project end date:")
    blank("Number of households you expect to help in a year:")
    heading("Section 3: Budget")
    para("Please list what you will spend the grant on.")
    widths = (275, 110, 110)
    rows = [("Item", "Quantity", "Cost (£)")] + [("", "", "")] * 6
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
    blank("Total cost of the project (£):")
    blank("Grant requested from the Council (£):")
    heading("Section 4: What to send with your form")
    para(
        "Please send a copy of your constitution or governing document and your most recent "
        "annual accounts. Your accounts must be independently examined or audited. Please "
        "also send a copy of your public liability insurance certificate: your cover must be "
        "at least £5 million."
    )
    para(
        "We also need your health and safety policy and your risk assessment for collecting, "
        "carrying and storing furniture."
    )
    para(
        "If you employ staff, please send a copy of your employer's liability insurance "
        "certificate. If you will pass on or sell electrical items, please send a copy of your "
        "PAT testing records or your testing contractor's certificate. If volunteers will visit "
        "people's homes on their own, please send your lone working policy."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this form and the documents sent with it are "
        "correct, and that I am authorised to apply on behalf of the organisation. Our "
        "organisation has an equal opportunities policy and a safeguarding policy, and we will "
        "follow them in this project. I understand that the Council may ask for the grant back "
        "if it is not spent on the project, and that we must report the number of items and "
        "the weight of furniture reused at the end of the grant."
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
        "Waste Minimisation Team, Hallowbeck Borough Council, Town Hall, Station Road, "
        "Hallowbeck HB5 3NE. Telephone 01632 968 355. Email reuse@hallowbeck.example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    thornfold()
    kettlebridge()
    fellbrook()
    hallowbeck()
