"""Build set 118's Word and PDF documents (typical neighbourhood planning and community-led
plan grants: a district council's neighbourhood plan support grant application, a county
council's Community-led Plans Fund guidance, a rural community council's village design
statement grant form and a district council's parish and town plan grant form, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus118.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 2, 3, 9, 40, 0)
BOX = "\u2610"


def brackenbury() -> None:
    d = kit.new_document(
        FIXED,
        "Neighbourhood Plan Support Grant 2027/28: application form",
        "Brackenbury District Council",
    )
    p = d.add_paragraph
    d.add_heading("Brackenbury District Council", 0)
    p("Neighbourhood Plan Support Grant 2027/28: application form")
    p(
        "The Neighbourhood Plan Support Grant helps parish and town councils and designated "
        "neighbourhood forums in Brackenbury District to prepare a neighbourhood plan. Grants "
        "of up to £8,000 can pay for a planning consultant, evidence studies such as a housing "
        "needs survey or site assessment, consultation events and leaflets, and printing the "
        "draft plan for the pre-submission consultation."
    )
    p(
        "We do not ask you to find match funding, but if you are eligible for a grant from the "
        "national neighbourhood planning support programme we expect you to apply for it first "
        "and to use our grant for costs it will not meet."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers in the "
        "boxes, which will grow as you type, and keep to the word limits. Email the completed "
        "form and your documents to neighbourhoodplans@brackenbury.example.gov.uk by 5pm on "
        "Friday 14 May 2027."
    )
    d.add_heading("Do you need help with this form?", 2)
    p(
        "Our Neighbourhood Planning Officer can talk you through the form or look at a draft "
        "before you send it. Ring 01632 961 358 or email the address above."
    )
    d.add_heading("Section 1: About you", 1)
    kit.details(
        d,
        [
            "Name of parish council, town council or neighbourhood forum",
            "Address",
            "Postcode",
            "Contact name",
            "Position (for example Clerk or Chair of the steering group)",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of applicant",
                f"{BOX} Parish council   {BOX} Town council   {BOX} Designated neighbourhood forum",
            ),
            ("Date the neighbourhood area was designated", ""),
            (
                "Stage your plan has reached",
                f"{BOX} Area designated   {BOX} Gathering evidence   {BOX} Drafting policies   "
                f"{BOX} Pre-submission consultation",
            ),
            (
                "Have you applied to the national neighbourhood planning support programme?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your neighbourhood plan and the work you want to do", 1)
    kit.question(
        d,
        "2.1 Tell us about your neighbourhood plan: the area it covers, who is leading it and "
        "what you want it to achieve. (max 300 words)",
    )
    kit.question(
        d, "2.2 What work will the grant pay for, and why is it needed now? (max 250 words)"
    )
    kit.question(
        d,
        "2.3 How will you involve local people, including those who do not usually take part in "
        "consultations? (max 250 words)",
    )
    kit.question(
        d,
        "2.4 Who will do the work? If you are using a planning consultant, explain how you chose "
        "them. (max 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 What is your timetable for reaching the referendum? (max 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 What could delay your plan, and what will you do about it? (max 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.7 Is there anything else you would like us to know about your application?",
        2000,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list each item the grant will pay for.")
    kit.grid(d, ["Item", "Supplier or consultant", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the work (£)",
            "Grant requested from Brackenbury District Council (£)",
            "National support programme grant received or applied for (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Documents checklist", 1)
    p("Please tick to show which documents you have enclosed.")
    kit.ticked(
        d,
        [
            "The Council's decision notice designating your neighbourhood area (with its map)",
            "The minute of the council or forum meeting that agreed to apply for this grant",
            "Your project plan or timetable for the neighbourhood plan",
            "Your latest accounts: for parish and town councils, Section 2 of your latest Annual "
            "Governance and Accountability Return; for forums, accounts signed by your treasurer",
            "Written quotes for any single item costing more than £1,000",
            "For neighbourhood forums only: your constitution and your latest bank statement",
            "If your consultation will involve children, young people or adults at risk: your "
            "safeguarding policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that the council or "
        "forum has agreed to apply. I understand that the grant must be spent on the work "
        "described, that any money not spent by 31 March 2028 must be returned, and that the "
        "Council may publish the amount of any grant awarded."
    )
    p("Please tick to confirm each statement.")
    kit.ticks(
        d,
        [
            "We have a data protection policy and will publish a privacy notice for any survey "
            "or consultation that collects personal information.",
            "We hold public liability insurance of at least £5 million.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Neighbourhood Planning Team, Brackenbury District Council, Council Offices, Fore "
        "Street, Brackenbury BK4 7HN. Telephone 01632 961 358.",
    )
    out = HERE / "brackenbury-neighbourhood-plan-support-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def stowcastle() -> None:
    d = kit.new_document(
        FIXED, "Community-led Plans Fund: guidance notes 2027-28", "Stowcastle County Council"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Stowcastle County Council", 0)
    p("Community-led Plans Fund: guidance notes for applicants, 2027-28")
    d.add_heading("1. About the fund", 1)
    p(
        "A community-led plan sets out what a town, village or parish is like today, what "
        "local people want it to be like in the future and the actions that will get it there. "
        "Parish plans, town plans, village action plans and village design statements are all "
        "community-led plans. The Community-led Plans Fund gives grants of £500 to £5,000 to "
        "help communities in Stowcastle prepare, publish and review them."
    )
    p(
        "These notes explain who can apply, what the fund pays for, what you need to send and "
        "how we decide. Please read them before you apply."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if you are:")
    bullet("a parish or town council, or a parish meeting, in the county of Stowcastle; or")
    bullet(
        "a community group, such as a plan steering group or village association, that has a "
        "written constitution and the support of its parish or town council."
    )
    p(
        "Neighbourhood plans are statutory plans and are supported by the district councils' "
        "own grants, so this fund cannot pay for them. It can pay for a village design "
        "statement that will later be used as evidence for a neighbourhood plan."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet("questionnaires, household surveys and their analysis;")
    bullet("consultation events, exhibitions and workshops, including hall hire;")
    bullet("an independent facilitator or community planning adviser;")
    bullet("photography, mapping and design work for a village design statement;")
    bullet("printing and delivering the finished plan to every household.")
    p("We cannot pay for:")
    bullet("work that has already started or been paid for;")
    bullet("carrying out the actions in the plan once it is finished;")
    bullet("staff costs of the parish or town council, or refreshments at events.")
    d.add_heading("4. How much you can apply for", 1)
    p(
        "Grants are from £500 to £5,000 and can cover up to 80% of the cost of preparing your "
        "plan. You must find at least 20% of the cost yourselves, from the parish precept, "
        "fundraising or other grants. Volunteer time cannot be counted towards your 20%."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the County Council's grants portal at "
        "www.stowcastle.example.gov.uk/communityplans. You can save your application and come "
        "back to it. The online form has four parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length of answers"),
            ("A", "About your council or group, and its contact details", "Short answers"),
            ("B", "Your community and why it needs a plan", "Up to 300 words"),
            ("C", "How you will involve everyone in the community", "Up to 300 words"),
            ("D", "Your costs, your 20% and your timetable", "Budget table"),
        ],
    )
    p("At the end of the form you will be asked to upload your documents.")
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload:")
    bullet("a project plan showing the stages of your plan and when each will be done;")
    bullet("a budget showing the full cost of the plan and where your 20% will come from;")
    bullet(
        "your latest annual accounts. Parish and town councils can send the accounting "
        "statements from their Annual Governance and Accountability Return. A community "
        "group's accounts can be signed by two committee members and do not need to be "
        "independently examined;"
    )
    bullet("a bank statement from the last three months, in the name of the council or group.")
    p("You will also need to send:")
    bullet(
        "if you are a community group: your constitution and a letter from your parish or town "
        "council supporting the plan;"
    )
    bullet(
        "if you will pay a facilitator, designer or printer more than £1,000: two written quotes;"
    )
    bullet(
        "if you are preparing a village design statement that you want the district council "
        "to adopt as planning guidance: a letter or email from the district council's planning "
        "team confirming that they have been consulted;"
    )
    bullet(
        "if any consultation activities will involve children or young people, for example "
        "sessions at the village school: your safeguarding policy."
    )
    p(
        "All applicants must have an equal opportunities policy and a data protection policy. "
        "You do not need to send them, but we may ask to see them."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "All applicants must hold public liability insurance of at least £5 million that "
        "covers consultation events. A parish or town council's own cover is fine. You do not "
        "need to send the certificate."
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of county councillors and officers scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Score out of"),
            ("How well the plan will involve the whole community", "30"),
            ("The need for a plan, and what it will change", "25"),
            ("A realistic budget and timetable", "25"),
            ("How the plan will be used once it is finished", "20"),
        ],
    )
    p("Applications that score less than 50 out of 100 will not be funded.")
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel meets", "You will hear by"),
            ("1", "30 April 2027", "June 2027", "2 July 2027"),
            ("2", "29 October 2027", "December 2027", "17 December 2027"),
        ],
    )
    p("Grants must be spent within 18 months of the offer letter.")
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("We prepared a parish plan ten years ago. Can we apply to review it?", 3)
    p("Yes. Reviews are welcome, and we will ask what the first plan achieved.")
    d.add_heading("Can the parish council's clerk be paid for the extra work?", 3)
    p("No. We cannot pay the staff costs of a parish or town council.")
    d.add_heading("Can our 20% come from the district council?", 3)
    p("Yes. Any grant that is not from this fund can count towards your 20%.")
    d.add_heading("What happens when the plan is finished?", 3)
    p(
        "Send us two printed copies and a link to the plan online. We will ask you for a short "
        "report on how the grant was spent."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Communities Team, Stowcastle County Council, County Hall, Castle Hill, Stowcastle "
        "SC1 2QT. Telephone 01632 962 447. Email communityplans@stowcastle.example.gov.uk."
    )
    out = HERE / "stowcastle-community-led-plans-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def yelverstone() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "yelverstone-village-design-statement-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Village Design Statement and Local Character Grant: application form")
    c.setAuthor("Yelverstone Rural Community Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1F5F6B")

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
    c.drawString(50, state["y"], "Yelverstone Rural Community Council")
    state["y"] -= 22
    txt(
        "Village Design Statement and Local Character Grant: application form",
        12,
        "Helvetica-Bold",
    )
    state["y"] -= 4
    txt(
        "A village design statement describes the character of a village and its landscape, "
        "and sets out how new building and alterations can respect it. Our grants of up to "
        "£2,500 help parish councils and community groups in Yelverstone to research, write "
        "and publish a village design statement or a local character study."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. The longer answer boxes have a character limit, "
        "shown after each question. Save the form and email it, with your documents, to "
        "grants@yelverstonercc.example.org.uk. If you would like to talk about your idea "
        "first, ring our Community Planning Adviser on 01632 964 820."
    )
    bar("Part A: About you")
    field("org_name", "Name of parish council or group", 100)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "applicant_type",
        "Who is applying?",
        ["Parish council", "Parish meeting", "Community group", "Civic or amenity society"],
    )
    radios(
        "pc_support",
        "Does the parish council support the project?",
        ["Yes", "No", "We are the parish council"],
    )
    bar("Part B: Your project")
    field("village", "Village or area the statement will cover", 100)
    field("households", "Number of households in the area", 6)
    box(
        "b1",
        "B1 What do you want to produce, and why does the village need it now? "
        "(up to 1,500 characters)",
        "B1 What do you want to produce, and why does the village need it now?",
        1500,
        110,
    )
    box(
        "b2",
        "B2 How will residents help to survey the village and write the statement? "
        "(up to 1,500 characters)",
        "B2 How will residents help to survey the village and write the statement?",
        1500,
        110,
    )
    box(
        "b3",
        "B3 How will you make sure people of all ages and backgrounds in the village can take "
        "part? (up to 900 characters)",
        "B3 How will you make sure people of all ages and backgrounds can take part?",
        900,
        70,
    )
    box(
        "b4",
        "B4 Who will help you (for example a designer, photographer or planning adviser), and "
        "how will you choose them? (up to 1,200 characters)",
        "B4 Who will help you, and how will you choose them?",
        1200,
        90,
    )
    box(
        "b5",
        "B5 How will the finished statement be used? For example, will you ask the district "
        "council to adopt it as planning guidance? (up to 900 characters)",
        "B5 How will the finished statement be used?",
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
        "We can pay the full cost of your project. You do not have to find money from "
        "elsewhere, but please tell us about any other money you have."
    )
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_map", "A map showing the area the statement or study will cover")
    tick(
        "doc_accounts",
        "Your latest accounts or, for groups less than a year old, your last three months' bank "
        "statements",
    )
    tick("doc_rules", "Your constitution or rules (not needed from parish councils)")
    tick(
        "doc_letter",
        "A letter from your parish council supporting the project (community groups only)",
    )
    tick("doc_quotes", "A quote or estimate for each item costing more than £500")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "and that the grant will be spent only on the project described.",
    )
    tick(
        "equality",
        "Our council or group has an equal opportunities policy, and the consultation will be "
        "open to everyone in the village.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Yelverstone Rural Community Council, The Maltings, Church Lane, Yelverstone YL2 8PA. "
        "Telephone 01632 964 820. Registered charity number 1179342.",
        9,
    )
    c.save()


def lydstone() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lydstone-parish-and-town-plan-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Parish and Town Plan Grant: application form")
    c.setAuthor("Lydstone District Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Lydstone District Council: Parish and Town Plan Grant 2027")
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
    c.drawString(50, state["y"], "Lydstone District Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Parish and Town Plan Grant 2027: application form")
    state["y"] -= 24
    para(
        "Parish and town plans let local people say what they value about where they live, what "
        "needs to change and what they will do about it. The District Council gives grants of "
        "up to £3,000 to parish and town councils in Lydstone District to prepare a new parish "
        "or town plan, or to bring an old one up to date."
    )
    para(
        "The grant will cover no more than 60% of the cost of the plan. The rest, at least 40%, "
        "must come from the parish or town council's own budget or from other funders."
    )
    para(
        "Please write your answers in the boxes, keeping to the word limits, and continue on a "
        "separate sheet if you need more room for question 2.5. Send the form to the "
        "Communities Team at the address on the last page, or scan it and email it to "
        "communities@lydstone.example.gov.uk. The closing date is Friday 25 June 2027."
    )
    heading("Part 1: About your council")
    item("1.1", "Name of parish or town council")
    item("1.2", "Name of the clerk or contact")
    item("1.3", "Address")
    item("1.4", "Postcode")
    item("1.5", "Telephone")
    item("1.6", "Email")
    item("1.7", "Population of the parish (approximate)")
    choice("1.8", "Is there a plan steering group?", ["Yes", "No"])
    heading("Part 2: Your plan")
    question(
        "2.1",
        "Describe the plan you will produce and the area it will cover. (no more than 250 words)",
        130,
    )
    question(
        "2.2",
        "Why does your parish need a plan now? What has changed since any earlier plan? "
        "(no more than 200 words)",
        110,
    )
    question(
        "2.3",
        "How will you consult residents, businesses and community groups? Please include how "
        "you will reach young people and people who do not go online. "
        "(no more than 300 words)",
        150,
    )
    question(
        "2.4",
        "How will you turn what people tell you into an action plan, and who will make sure "
        "the actions are carried out? (no more than one side of A4)",
        200,
    )
    question(
        "2.5",
        "When will the plan be finished? Please give the main stages and the dates you expect "
        "to reach them.",
        120,
    )
    question(
        "2.6",
        "What will you do if fewer people take part than you hope? (no more than 150 words)",
        90,
    )
    heading("Part 3: Costs")
    para("Please list the items the grant will pay for.")
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
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
    item("3.1", "Total cost of the plan (£)")
    item("3.2", "Grant requested (£)")
    item("3.3", "Contribution from the council's own budget or other funders (£)")
    heading("Part 4: Documents")
    para("Please send these documents with your form:")
    for t in [
        "a)  a copy of the minute of the council meeting at which the council agreed to prepare "
        "the plan and to apply for this grant;",
        "b)  your latest annual accounts as approved by the council (a copy of your Annual "
        "Governance and Accountability Return is fine);",
        "c)  a project plan or timetable showing the stages of the plan;",
        "d)  two quotes for any item costing £1,000 or more;",
        "e)  if a community group will prepare the plan on the council's behalf, the group's "
        "constitution or terms of reference;",
        "f)  if your consultation will include sessions with children or young people (for "
        "example at the village school), your safeguarding policy.",
    ]:
        para(t, x=62)
    para(
        "The council must hold public liability insurance of at least £10 million that covers "
        "consultation events. You do not need to send the certificate."
    )
    heading("Part 5: Declaration")
    para(
        "On behalf of the council I confirm that the information in this form is correct, that "
        "the council has agreed to find at least 40% of the cost of the plan and that the grant "
        "will be used only for the plan described. I understand that the District Council may "
        "ask for the grant back if the plan is not finished within 18 months."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Received: ____________   Reference: ____________   Officer: ____________   "
        "Grant offered: £____________",
        9,
    )
    para(
        "Communities Team, Lydstone District Council, Civic Centre, Riverside Walk, Lydstone "
        "LY3 4DW. Telephone 01632 963 591.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    brackenbury()
    stowcastle()
    yelverstone()
    lydstone()
