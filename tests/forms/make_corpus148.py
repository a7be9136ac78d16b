"""Build set 148's Word and PDF documents (typical angling, canoeing, rowing and waterways
community clubs grants: a district council's Angling and Waterside Community Grants
application, a navigation trust's Canal Adoption and Community Waterways Grants guidance, a
town council's Rowing and Paddlesport Equipment Grants form and a borough council's Get
Paddling Taster Session Grants form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus148.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def coldhythe() -> None:
    d = kit.new_document(
        FIXED,
        "Angling and Waterside Community Grants 2027/28: application form",
        "Coldhythe District Council",
    )
    p = d.add_paragraph
    d.add_heading("Coldhythe District Council", 0)
    p("Angling and Waterside Community Grants 2027/28: application form")
    p(
        "Angling and Waterside Community Grants help angling clubs and associations in "
        "Coldhythe District to bring more people into fishing and to look after the rivers, "
        "drains and lakes they fish. Grants are from £300 to £4,000, for things such as junior "
        "tackle and coaching sessions, accessible fishing platforms, bankside clearance and "
        "taster days for beginners."
    )
    p(
        "The Council will pay up to 80% of the cost of your project. Your club must find at "
        "least 20% of the cost from its own funds or from other grants."
    )
    p(
        "Please type in the boxes, which will grow as you write, and keep to the word limits. "
        "Email the completed form and your documents to "
        "waterside.grants@coldhythe.example.gov.uk by 5pm on Friday 11 June 2027."
    )
    d.add_heading("Do you need help with this form?", 2)
    p(
        "Ring the Leisure and Communities Team on 01632 960 284 if you would like to talk "
        "about your project before you apply, or if you need the form in large print or "
        "another format."
    )
    d.add_heading("Section 1: Your club", 1)
    kit.details(
        d,
        [
            "Name of club or association",
            "Address for correspondence",
            "Postcode",
            "Contact name",
            "Position in the club (for example secretary)",
            "Telephone",
            "Email",
            "Angling Trust club membership number (if you have one)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Angling club or association   {BOX} Registered charity   "
                f"{BOX} Community amateur sports club (CASC)   {BOX} Fishery trust   "
                f"{BOX} Other constituted group",
            ),
            (
                "Is your club affiliated to the Angling Trust or another national governing body?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Number of members", ""),
            ("Number of junior members (under 18)", ""),
            (
                "Does your club have a bank account in its own name with at least two signatories?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d, "2.1 Describe your project and what the grant will pay for. (maximum 300 words)"
    )
    kit.question(
        d,
        "2.2 Where will the project take place? Please tell us the name of the water, who owns "
        "it and whether your club holds the fishing rights. (maximum 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.3 Who will benefit, and how will you encourage new anglers, juniors, women and "
        "disabled people to take part? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you keep people safe on the bank, including safety near deep or fast "
        "water, and who will lead the sessions? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 How will your club look after the water, its banks and its wildlife? "
        "(maximum 150 words)",
        2000,
    )
    kit.pairs(
        d,
        [
            ("Number of new anglers you expect to coach", ""),
            ("Number of coaching sessions or taster days", ""),
        ],
    )
    p()
    kit.question(
        d, "2.6 Is there anything else you would like to tell us about your project?", 1600
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Amount from your club's own funds (£)", ""),
            ("Other grants for the project (£)", ""),
            ("Grant requested from the Council (£)", ""),
            ("Project start date", ""),
            ("Project end date", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please send copies of these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your club's constitution or rules",
            "Your latest annual accounts, signed by your treasurer and one other committee "
            "member. If your club is less than a year old, send your last three months' bank "
            "statements instead",
            "Your public liability insurance certificate (cover of at least £5 million; most "
            "clubs have this through their Angling Trust membership)",
            "A risk assessment for the project, including water safety",
            "Two written quotes for any item costing more than £500",
            "If the project includes work on the bank, such as fishing platforms or clearance, "
            "written permission from the landowner or fishery owner",
            "If juniors or adults at risk will take part, your safeguarding policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by the club's "
            "committee to make this application.",
            "Our club has an equal opportunities policy and welcomes new members whatever their "
            "age, sex, race, disability or background.",
            "Coaching paid for by the grant will be led by a qualified coach (Angling Trust "
            "Level 1 or above) who holds a current enhanced DBS check.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Leisure and Communities Team, Coldhythe District Council, Council Offices, Quay "
        "Street, Coldhythe CH7 2RE. Telephone 01632 960 284."
    )
    out = HERE / "coldhythe-angling-waterside-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def eddersley() -> None:
    d = kit.new_document(
        FIXED,
        "Canal Adoption and Community Waterways Grants 2027: guidance notes",
        "Eddersley Navigation Trust",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Eddersley Navigation Trust", 0)
    p("Canal Adoption and Community Waterways Grants 2027: guidance notes")
    d.add_heading("1. About the grants", 1)
    p(
        "Eddersley Navigation Trust looks after the Eddersley Canal and the River Wenn "
        "Navigation. Our Canal Adoption and Community Waterways Grants help volunteer groups "
        "and clubs to care for their stretch of waterway and to bring more people to it. In "
        "2027 we have £36,000 to give, in grants of £250 to £2,500."
    )
    p(
        "Please read these notes before you apply. If you are not sure whether your idea fits, "
        "talk to our Community Waterways Officer first: ring 01632 965 730 or email "
        "communitygrants@eddersleynavigation.example.org.uk."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your group:")
    bullet(
        "is a canal adoption group with a current adoption agreement with the Trust, or a "
        "constituted community group, club or charity;"
    )
    bullet(
        "is an angling club, canoe or kayak club, rowing club or boating club that uses the "
        "Eddersley Canal or the River Wenn Navigation;"
    )
    bullet("has a bank account in its own name that needs two people to sign;")
    bullet("has a committee of at least three people who are not related.")
    p(
        "We cannot give grants to individuals, to businesses or to groups whose work is "
        "outside the Trust's waterways."
    )
    d.add_heading("3. What we can fund", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Tools, waders, litter pickers, grabs and personal protective equipment for "
                "volunteer work days",
                "Work that the Trust's own maintenance teams are responsible for",
            ),
            (
                "Planting, hedge laying, bird and bat boxes and other wildlife work along the "
                "towpath",
                "Buying land or boats for private use",
            ),
            (
                "Interpretation boards, heritage trails and small repairs to landing stages",
                "Motorised boats, engines or fuel",
            ),
            (
                "Taster sessions in canoeing, kayaking, rowing or angling for people new to the "
                "waterway",
                "Costs you have already paid before we make a decision",
            ),
            (
                "Volunteer training, such as first aid, water safety and tool use",
                "Salaries of existing staff",
            ),
        ],
    )
    d.add_heading("4. How much you can apply for", 1)
    p(
        "You can apply for between £250 and £2,500. We will pay up to 90% of the cost of your "
        "project. Please find at least 10% from your group's own funds, fundraising or another "
        "funder. Volunteer time is very welcome but does not count towards the 10%."
    )
    d.add_heading("5. Permissions", 1)
    p(
        "Any work on the Trust's land or water, including planting, clearance and repairs to "
        "landing stages, needs written permission from the Trust's Waterway Manager before it "
        "starts. Work in, over or within 8 metres of the River Wenn, which is a main river, may "
        "also need a flood risk activity permit from the Environment Agency. If any part of the "
        "work is on land the Trust does not own, you will need the landowner's agreement."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Apply online at grants.eddersleynavigation.example.org.uk. You can save your "
        "application and come back to it before you submit it. The online form has four parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What we ask", "Length"),
            (
                "A. Your group",
                "Contact details, type of group and adoption agreement",
                "Short answers",
            ),
            (
                "B. Your project",
                "What you will do, where, and what the grant will buy",
                "Up to 300 words",
            ),
            (
                "C. People and the waterway",
                "Who will take part and what difference it will make",
                "Up to 250 words",
            ),
            (
                "D. Safety",
                "How you will keep volunteers and visitors safe near the water",
                "Up to 200 words",
            ),
        ],
    )
    d.add_heading("7. What you need to send", 1)
    p("All groups need to upload:")
    p("a)  your constitution, set of rules or terms of reference;")
    p(
        "b)  your most recent accounts, which do not need to be audited or independently "
        "examined (accounts approved at your annual general meeting are fine). If your group "
        "is less than a year old, send your last two bank statements instead;"
    )
    p("c)  a risk assessment for the activity or work days the grant will pay for.")
    p("Some groups also need to upload:")
    p(
        "d)  if the project includes any work on the Trust's land or water, a copy of the "
        "written permission from the Waterway Manager;"
    )
    p(
        "e)  if any of the work is on land the Trust does not own, a letter from the landowner "
        "agreeing to it;"
    )
    p("f)  if you will run activities for children or adults at risk, your safeguarding policy;")
    p(
        "g)  if you will run boating, paddling or angling taster sessions, copies of the "
        "coaching qualifications of the people who will lead them (for example Paddle UK, "
        "British Rowing or Angling Trust awards);"
    )
    p("h)  for any single item costing more than £500, a quote from the supplier.")
    d.add_heading("8. Insurance", 1)
    p(
        "Your group must hold public liability insurance with cover of at least £5 million "
        "for the activities the grant pays for. You do not need to send us the certificate, "
        "but we may ask to see it. Adoption groups working under their adoption agreement "
        "should check with us what the Trust's own cover includes."
    )
    d.add_heading("9. How we assess applications", 1)
    p("A panel of Trustees and local volunteers scores each application:")
    kit.table(
        d,
        [
            ("What we look for", "Points"),
            ("Benefit to the waterway and its wildlife", "25"),
            ("New people brought to the waterway", "25"),
            ("Safety planning", "20"),
            ("Value for money", "15"),
            ("Volunteer involvement", "15"),
        ],
    )
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 1 March 2027"),
            ("Closing date", "Friday 30 April 2027 at noon"),
            ("Panel meets", "Week beginning 7 June 2027"),
            ("Decisions sent", "By Friday 18 June 2027"),
            ("Grant spent and report sent", "By 31 March 2028"),
        ],
    )
    d.add_heading("11. Questions people often ask", 1)
    p("Can we apply if our adoption agreement is still being signed?", style="Heading 3")
    p("Yes. Tell us in Part A and we will check with the volunteer team.")
    p("Can we apply more than once in a year?", style="Heading 3")
    p("No. Each group can have one grant from this fund in each financial year.")
    p("Do we need our own insurance if we are an adoption group?", style="Heading 3")
    p("See section 8. Clubs running taster sessions always need their own cover.")
    d.add_heading("12. Contact us", 1)
    p(
        "Community Waterways Officer, Eddersley Navigation Trust, Wharf House, Canal Basin, "
        "Eddersley ED4 8LT. Telephone 01632 965 730. Registered charity number 1184217."
    )
    out = HERE / "eddersley-canal-adoption-group-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wyrebank() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wyrebank-rowing-paddlesport-equipment-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Rowing and Paddlesport Equipment Grants 2027: application form")
    c.setAuthor("Wyrebank Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1D4E89")

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
    c.drawString(50, state["y"], "Wyrebank Town Council")
    state["y"] -= 22
    txt("Rowing and Paddlesport Equipment Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "These grants help rowing, canoe, kayak, paddleboard and dragon boat clubs on the River "
        "Wyre and Wyrebank Water to buy equipment that gets more people on the water: boats, "
        "paddles and oars, buoyancy aids and helmets, safety launches and adapted equipment "
        "for disabled paddlers and rowers. Grants are up to £3,000."
    )
    state["y"] -= 4
    txt(
        "The Town Council will pay up to two thirds of the cost of the equipment. Your club "
        "must find at least a third of the cost itself, from its own funds or another funder."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "sportgrants@wyrebank-tc.example.gov.uk by Friday 16 April 2027. For help, ring Owen "
        "Castellan, Community Sport Officer, on 01632 966 142."
    )
    bar("Part A: About your club")
    field("club_name", "Name of club", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the club", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "ngb",
        "National governing body your club is affiliated to",
        ["British Rowing", "Paddle UK (British Canoeing)", "Other", "Not affiliated"],
    )
    field("ngb_no", "Affiliation or club number", 20)
    field("members", "Number of members", 6)
    field("juniors", "Number of junior members (under 18)", 6)
    bar("Part B: Your project")
    radios(
        "equipment_type",
        "What will the grant buy?",
        [
            "Boats",
            "Paddles or oars",
            "Safety equipment",
            "Safety launch or engine",
            "Adapted equipment",
            "Other",
        ],
    )
    box(
        "b1",
        "B1 Describe the equipment you want to buy and why your club needs it. "
        "(up to 1,200 characters)",
        "B1 Describe the equipment you want to buy and why your club needs it.",
        1200,
        110,
    )
    box(
        "b2",
        "B2 How will the new equipment help more people take part, especially beginners, "
        "juniors and disabled people? (up to 1,200 characters)",
        "B2 How will the equipment help more people take part?",
        1200,
        110,
    )
    box(
        "b3",
        "B3 How will you make sure the equipment is used safely? Please tell us about your "
        "coaches, safety cover and water safety rules. (up to 900 characters)",
        "B3 How will you make sure the equipment is used safely?",
        900,
        90,
    )
    box(
        "b4",
        "B4 Where will the equipment be stored, and how will you look after it? "
        "(up to 600 characters)",
        "B4 Where will the equipment be stored, and how will you look after it?",
        600,
        60,
    )
    box(
        "b5",
        "B5 How will you know the grant has made a difference to your club?",
        "B5 How will you know the grant has made a difference to your club?",
        0,
        80,
    )
    field("users", "How many people will use the equipment in a year?", 6)
    bar("Part C: Costs")
    field("cost_total", "Total cost of the equipment (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("own", "Amount your club will pay (£)", 10)
    field("other_funding", "Other funding secured (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_constitution", "Your club's constitution or rules")
    tick(
        "doc_accounts",
        "Your club's latest annual accounts (these must be independently examined if your "
        "income was over £25,000)",
    )
    tick("doc_quotes", "A written quote from the supplier for each item you want to buy")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, showing cover of at least £10 million",
    )
    tick(
        "doc_affiliation",
        "If your club is affiliated, your current affiliation certificate from British Rowing "
        "or Paddle UK",
    )
    tick("doc_safeguarding", "Your safeguarding policy, if your club has junior members")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this equipment, and that our club has an equal opportunities policy and a "
        "health and safety policy that covers activity on the water.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Wyrebank Town Council, Town Hall, 8 Bridge Street, Wyrebank WB2 5HS. "
        "Telephone 01632 966 142.",
        9,
    )
    c.save()


def brinkhythe() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brinkhythe-canoe-club-taster-session-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Get Paddling Taster Session Grants 2027: application form")
    c.setAuthor("Brinkhythe Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Brinkhythe Borough Council: Get Paddling Taster Session Grants 2027")
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

    def bullet(t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 76 - 50)
        for i, line in enumerate(lines):
            room(14)
            c.setFont(font, 10)
            if i == 0:
                c.drawString(62, state["y"], "\u2022")
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        state["y"] -= 2

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Brinkhythe Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Get Paddling Taster Session Grants 2027: application form")
    state["y"] -= 24
    para(
        "Get Paddling grants help canoe, kayak and rowing clubs in Brinkhythe to run free or "
        "low-cost taster sessions for people who have never been on the water, on the River "
        "Brink, the Fendyke Cut and Sandholme Lake. Grants are from £200 to £1,500. They can "
        "pay for coaches' time, hire of boats and buoyancy aids, safety cover, publicity and "
        "the cost of getting people to the water."
    )
    para(
        "Please write clearly in black ink or type your answers, and keep to the word limits. "
        "Return the form and your documents by post or email to the Sport and Physical "
        "Activity Team at the address at the end of the form. The closing date is Friday 7 May "
        "2027."
    )
    heading("Section 1: About your club")
    blank("1.  Name of club:")
    blank("2.  Address:")
    blank("3.  Postcode:")
    blank("4.  Name of contact:")
    blank("5.  Position in the club:")
    blank("6.  Telephone:")
    blank("7.  Email:")
    blank("8.  Paddle UK or British Rowing club number:")
    room(22)
    c.setFont(font, 10)
    c.drawString(50, state["y"], "9.  Type of club (please tick one):")
    state["y"] -= 18
    x = 76
    for opt in ["Canoe or kayak club", "Rowing club", "Sailing club", "Youth group", "Other"]:
        c.rect(x, state["y"] - 2, 9, 9, stroke=1, fill=0)
        c.drawString(x + 13, state["y"], opt)
        x += 13 + c.stringWidth(opt, font, 10) + 16
    state["y"] -= 24
    heading("Section 2: Your taster sessions")
    para(
        "Please answer each question in the space below it. You may continue on a separate "
        "sheet, but please keep to the word limits."
    )
    question(
        "Q1",
        "Tell us about the taster sessions you want to run: where and when they will be, how "
        "many there will be and who they are for. (no more than 300 words)",
        7,
    )
    question(
        "Q2",
        "Why are the sessions needed, and how will you reach people who have not tried "
        "paddling or rowing before? (no more than 250 words)",
        6,
    )
    question(
        "Q3",
        "Who will lead the sessions, and what coaching qualifications do they hold? (no more "
        "than 150 words)",
        4,
    )
    question(
        "Q4",
        "How will you keep people safe on and near the water? Please include your safety cover "
        "and what will happen if someone capsizes. (no more than 250 words)",
        6,
    )
    question(
        "Q5",
        "How will you help people to carry on paddling or rowing after their taster session? "
        "(no more than half a side of A4)",
        6,
    )
    blank("Number of taster sessions:")
    blank("Number of people you expect to take part:")
    blank("Date of first session:")
    blank("Date of last session:")
    heading("Section 3: Budget")
    para("Please list what the grant will pay for.")
    widths = (355, 140)
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
    blank("Total cost of the sessions (£):")
    blank("Amount requested from the Council (£):")
    heading("Section 4: What to send with your form")
    para("Please send these documents with your form:")
    bullet("your club's constitution or rules;")
    bullet(
        "a copy of your club's most recent bank statement (we do not need to see your accounts);"
    )
    bullet("your club's current affiliation certificate from Paddle UK or British Rowing;")
    bullet(
        "your public liability insurance certificate, showing cover of at least £5 million for "
        "the sessions;"
    )
    bullet("your risk assessment for the taster sessions;")
    bullet(
        "copies of the coaching qualifications (Paddle UK Paddlesport Instructor, British "
        "Rowing Level 2 coach or above) of the people who will lead the sessions."
    )
    para("If anyone taking part will be under 18, please also send:")
    bullet("your safeguarding policy, with the name of your club welfare officer;")
    bullet("a list of the session leaders and the dates of their enhanced DBS checks.")
    para(
        "If the sessions will start from land your club does not own or lease, please also "
        "send a letter from the landowner agreeing to them."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this form and the documents sent with it are "
        "correct, and that I am authorised to apply on behalf of the club. Our club has an "
        "equality policy and welcomes people whatever their age, sex, race, disability or "
        "background. I understand that the Council may ask for the grant back if it is not "
        "spent on the sessions."
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
        "Sport and Physical Activity Team, Brinkhythe Borough Council, Town Hall, Fen Street, "
        "Brinkhythe BK5 3NW. Telephone 01632 967 318. Email getpaddling@brinkhythe."
        "example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    coldhythe()
    eddersley()
    wyrebank()
    brinkhythe()
