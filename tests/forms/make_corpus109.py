"""Build set 109's Word and PDF documents (typical women's health, maternity and period poverty
grants: a borough council public health team's Period Dignity Community Grants form, an
integrated care board's Women's Health Hub Community Partnership Fund guidance, a charitable
foundation's perinatal peer support grants form and a district council's Breastfeeding Friendly
Communities grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus109.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 1, 14, 10, 15, 0)
BOX = "\u2610"


def thurlsby() -> None:
    d = kit.new_document(
        FIXED,
        "Period Dignity Community Grants 2027 to 2028: application form",
        "Thurlsby Borough Council",
    )
    p = d.add_paragraph
    d.add_heading("Thurlsby Borough Council", 0)
    p("Public Health: Period Dignity Community Grants 2027 to 2028")
    p("Application form")
    p(
        "Period Dignity Community Grants help community groups, youth clubs, food banks, "
        "sports clubs and other local organisations in Thurlsby to give out free period "
        "products and to talk openly about periods and menstrual health. We give grants of "
        "£500 to £3,000 for projects lasting up to twelve months."
    )
    p(
        "Before you fill in this form, please read the Period Dignity Community Grants guidance "
        "on our website. Type your answers in the boxes, which will grow as you type, and keep "
        "to the word limits shown after each question. We do not ask for match funding: the "
        "grant can pay for the whole cost of your project."
    )
    p(
        "Email the completed form and your documents to perioddignity@thurlsby.example.gov.uk "
        "by 5pm on Friday 12 March 2027. For help with your application, call the Public "
        "Health Team on 01632 960 572."
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
            "Registered charity or company number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of organisation are you?",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Community interest company   {BOX} Constituted community group   "
                f"{BOX} School or college",
            ),
            (
                "Does your organisation have a bank account in its own name?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: About your project", 1)
    kit.pairs(
        d,
        [
            ("Project title", ""),
            ("Date the project will start", ""),
            ("How many people do you expect to benefit?", ""),
        ],
    )
    p()
    kit.question(
        d,
        "2.1 Tell us about your organisation and the people you work with. (max 200 words)",
        2800,
    )
    kit.question(
        d,
        "2.2 What will you do with the grant? Please describe which period products you will "
        "provide, where people will be able to get them and how often. (max 300 words)",
        4000,
    )
    kit.question(
        d,
        "2.3 How will you make sure people can get products discreetly, without being asked to "
        "prove that they need them? (max 200 words)",
        2800,
    )
    kit.question(
        d,
        "2.4 How will you reach the people least able to afford products, for example young "
        "people, people who are homeless, refugees and people on low incomes? (max 250 words)",
    )
    kit.question(
        d,
        "2.5 How will the project help people learn about periods, menstrual health or "
        "reusable products? (max 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.6 How will you know whether the project has worked? (max 150 words)",
        2400,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list what you will spend the grant on.")
    kit.grid(d, ["Item", "Quantity", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking for (£)",
            "Other funding already secured, if any (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p(
        "Please send these documents with your application and tick to show which you have "
        "enclosed. We cannot assess your application without them."
    )
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your latest annual accounts, or if your group is less than a year old, your last "
            "three months' bank statements",
            "Your equality and diversity policy",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "If you work with children, young people under 18 or adults at risk: your "
            "safeguarding policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is true and complete, and that I "
        "am authorised to apply on behalf of the organisation. I understand that the grant must "
        "be spent on the project described, that products must be given free of charge, and that "
        "the Council may ask for the grant to be repaid if it is not spent as agreed."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Public Health Team, Thurlsby Borough Council, Town Hall, Market Square, Thurlsby "
        "TY3 5QD. www.thurlsby.example.gov.uk/perioddignity"
    )
    out = HERE / "thurlsby-period-dignity-community-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def marlstow() -> None:
    d = kit.new_document(
        FIXED,
        "Women's Health Hub Community Partnership Fund 2027 to 2028: guidance notes",
        "NHS Marlstow and Vale Integrated Care Board",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("NHS Marlstow and Vale Integrated Care Board", 0)
    p("Women's Health Hub Community Partnership Fund 2027 to 2028")
    p("Guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Women's health hubs bring together GPs, nurses, pharmacists and other professionals to "
        "offer care for menstrual problems, contraception, menopause and pelvic health in one "
        "place. The Women's Health Hub Community Partnership Fund helps voluntary and community "
        "organisations work alongside the three hubs in Marlstow and the Vale, so that women "
        "and girls who do not usually use health services can get the care and information "
        "they need."
    )
    p(
        "We will give grants of £5,000 to £25,000 for projects lasting up to two years. We "
        "expect to make around twelve grants this year from a total budget of £180,000."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation is:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet(
        "a community interest company or company limited by guarantee with a not-for-profit clause;"
    )
    bullet("a constituted community group with at least three unrelated committee members.")
    p(
        "Your organisation must work in Marlstow and the Vale and must have been running for at "
        "least one year. You cannot apply if you are an individual, a GP practice or another NHS "
        "body, or a business that shares its profits."
    )
    d.add_heading("3. What we will fund", 1)
    p("We are looking for projects that, for example:")
    bullet("run menopause cafés, peer support or information sessions linked to a hub;")
    bullet(
        "help women from ethnic minority communities, women with learning disabilities or "
        "women who are homeless to use hub services, with interpreters or link workers;"
    )
    bullet("offer pelvic health exercise classes or menstrual health education;")
    bullet("train community health champions to share information about women's health.")
    p(
        "The grant can pay for staff and sessional workers, volunteer expenses, venue hire, "
        "interpreting, training, publicity and small items of equipment."
    )
    p("We will not fund:")
    bullet("clinical treatment or services that the NHS already pays for;")
    bullet("activities that have already taken place;")
    bullet("buildings, vehicles or equipment costing more than £1,000 per item;")
    bullet("general running costs that are not part of the project.")
    d.add_heading("4. Match funding", 1)
    p(
        "You will need to find at least 20% of the total cost of the project from other sources. "
        "This can be money from your own reserves or other funders, or the value of volunteer "
        "time and donated venues."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Applications are made online through the ICB's grants portal at "
        "grants.marlstowvale.example.org.uk. You can save your application and come back to it. "
        "The online form has five parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What we will ask", "Length"),
            ("1. Your organisation", "Contact details, legal status and registration numbers", "-"),
            (
                "2. Your project",
                "What you will do, where and when, and which hub you will work with",
                "Up to 500 words",
            ),
            (
                "3. Need",
                "Who the project is for and the evidence that it is needed",
                "Up to 300 words",
            ),
            (
                "4. Difference",
                "The outcomes you expect and how you will measure them",
                "Up to 300 words",
            ),
            ("5. Budget", "A summary of costs and other funding", "-"),
        ],
    )
    p("When you have filled in the form you will need to upload your documents.")
    d.add_heading("6. Documents you must send", 1)
    p("Every applicant must upload:")
    number(
        "your governing document, such as a constitution, memorandum and articles or trust deed;"
    )
    number("your most recent annual accounts, which must be independently examined or audited;")
    number("your safeguarding policy;")
    number(
        "your data protection or confidentiality policy, showing how you keep personal and "
        "health information safe;"
    )
    number("a detailed project budget, using the template on the portal;")
    number(
        "a letter of support from the women's health hub or primary care network you will "
        "work with."
    )
    p("Some applicants must also upload:")
    bullet(
        "if staff or volunteers will visit women in their homes or work alone: your lone "
        "working policy;"
    )
    bullet(
        "if your project will work with girls under 18 or with adults at risk: evidence that "
        "staff and volunteers have enhanced DBS checks;"
    )
    bullet("if you are asking for more than £15,000: a project plan with milestones.")
    p(
        "You must also have an equality and diversity policy, but you do not need to send it: "
        "we may ask to see it later. You must hold public liability insurance of at least "
        "£5 million. We do not need a copy of your certificate with your application."
    )
    d.add_heading("7. How we will assess your application", 1)
    p(
        "A panel of ICB staff, hub clinicians and voluntary sector representatives will score "
        "each application:"
    )
    kit.table(
        d,
        [
            ("What we look at", "Weighting"),
            ("Need and reach: the project reaches women who face the greatest barriers", "30%"),
            ("Partnership: how closely you will work with a women's health hub", "25%"),
            ("Difference: clear outcomes and a sensible way to measure them", "25%"),
            ("Value for money and a realistic budget", "20%"),
        ],
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 4 January 2027"),
            ("Online information session", "Wednesday 20 January 2027, 12.30pm"),
            ("Closing date", "Friday 26 February 2027, 12 noon"),
            ("Panel meets", "April 2027"),
            ("Decisions sent", "By Friday 7 May 2027"),
            ("Projects start", "From June 2027"),
        ],
    )
    d.add_heading("9. Frequently asked questions", 1)
    p("Can we apply for more than one project?").runs[0].bold = True
    p("No. Each organisation can send one application to this round.")
    p("Do we need to be working with a hub already?").runs[0].bold = True
    p(
        "No, but you must have spoken to the hub or primary care network, and they must be "
        "willing to write a letter of support. Contact details for each hub are on the portal."
    )
    p("Can volunteer time count towards the 20%?").runs[0].bold = True
    p("Yes. Please value volunteer time at £12.50 an hour and show it in your budget.")
    p("Will we get feedback if we are not successful?").runs[0].bold = True
    p("Yes. We will give short written feedback to every applicant.")
    d.add_heading("10. Contact us", 1)
    p(
        "Community Partnerships Team, NHS Marlstow and Vale Integrated Care Board, Riverside "
        "House, 2 Quay Street, Marlstow MW1 4JT. Email "
        "womenshealthfund@marlstowvale.example.org.uk "
        "or telephone 01632 963 810 (Monday to Friday, 9am to 4pm)."
    )
    out = HERE / "marlstow-icb-womens-health-hub-partnership-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def eddingtree() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "eddingtree-foundation-perinatal-peer-support-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Perinatal Peer Support Grants: application form")
    c.setAuthor("The Eddingtree Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1F6F6B")

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
        room(height + 52)  # keep a question's label on the page of its box
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
            x += 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
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
    c.drawString(50, state["y"], "The Eddingtree Foundation")
    state["y"] -= 22
    txt("Perinatal Peer Support Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Eddingtree Foundation is a charitable trust that supports the health and wellbeing "
        "of families in Eddingtree and the surrounding villages. Our Perinatal Peer Support "
        "Grants give up to £6,000 over two years to community groups that run peer support for "
        "parents with low mood, anxiety or other mental health difficulties during pregnancy "
        "and in the first two years after birth: parent and baby groups, walk and talk groups, "
        "online groups and one-to-one befriending by trained peer supporters."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a character limit "
        "(spaces included), shown after the question. Email the form and your documents to "
        "grants@eddingtreefoundation.example.org.uk. The closing date is Friday 16 April 2027."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Registered charity number (if registered)", 20)
    radios(
        "legal_status",
        "What is your organisation's legal status?",
        ["Registered charity", "CIO", "CIC", "Unincorporated group"],
    )
    bar("Part B: Your project")
    field("title", "Project title", 80)
    field("start", "Date the project will start", 10)
    box(
        "b1",
        "B1 Tell us about your organisation and the parents you support. (up to 1,200 characters)",
        "B1 Tell us about your organisation and the parents you support",
        1200,
        90,
    )
    box(
        "b2",
        "B2 What will the peer support groups do, and where and how often will they meet? "
        "(up to 2,400 characters)",
        "B2 What will the peer support groups do, and where and how often will they meet?",
        2400,
        160,
    )
    box(
        "b3",
        "B3 How will peer supporters be trained and supervised, and how will you refer parents "
        "who need specialist perinatal mental health care? (up to 1,800 characters)",
        "B3 How will peer supporters be trained and supervised, and how will you refer parents "
        "who need specialist care?",
        1800,
        130,
    )
    box(
        "b4",
        "B4 How have parents with lived experience helped to shape the project? (up to 1,200 "
        "characters)",
        "B4 How have parents with lived experience helped to shape the project?",
        1200,
        90,
    )
    field("parents", "How many parents do you expect to support in a year?", 6)
    box(
        "b5",
        "B5 What difference will the project make, and how will you measure it? (up to 1,200 "
        "characters)",
        "B5 What difference will the project make, and how will you measure it?",
        1200,
        90,
    )
    bar("Part C: Costs")
    txt("Please give the cost of the project over its whole length.")
    field("cost_staff", "Facilitators and sessional workers (£)", 10)
    field("cost_venue", "Venue hire and refreshments (£)", 10)
    field("cost_training", "Training and clinical supervision (£)", 10)
    field("cost_other", "Other costs (£)", 10)
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount requested from the Foundation (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last two are only needed "
        "if they apply to you."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your constitution, governing document or set of rules")
    tick(
        "doc_accounts",
        "Your most recent annual accounts (these do not need to be audited or examined)",
    )
    tick("doc_safeguarding", "Your safeguarding policy, covering both parents and babies")
    tick(
        "doc_lone",
        "If peer supporters will visit parents at home: your lone working policy",
    )
    tick(
        "doc_reference",
        "If you are not a registered charity: a reference from a health visitor, midwife or "
        "another organisation that knows your work",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that our organisation holds "
        "public liability insurance of at least £5 million, and that peer supporters will not "
        "give clinical or medical advice.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "The Eddingtree Foundation, Old Mill House, 7 Brook Lane, Eddingtree ED2 6RW. "
        "Telephone 01632 964 127. Registered charity number 1187654.",
        9,
    )
    c.save()


def caswick() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "caswick-breastfeeding-friendly-communities-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Breastfeeding Friendly Communities Grant: application form")
    c.setAuthor("Caswick District Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    grey = HexColor("#D9D9D9")

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, "Caswick District Council | Breastfeeding Friendly Communities Grant")
        c.drawRightString(w - 50, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 10, f: str = "Helvetica", x: float = 50) -> None:
        for line in simpleSplit(t, f, size, w - x - 50):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        state["y"] -= 26

    def line(label: str) -> None:
        """A label with a rule to write on."""
        room(24)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"], label)
        x = 50 + c.stringWidth(label, "Helvetica", 10) + 6
        c.line(x, state["y"] - 2, w - 50, state["y"] - 2)
        state["y"] -= 22

    def question(text: str, height: int) -> None:
        for ln in simpleSplit(text, "Helvetica-Bold", 10, w - 100):
            room(14 + height)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, state["y"], ln)
            state["y"] -= 14
        room(height + 4)
        c.rect(50, state["y"] - height, w - 100, height, stroke=1, fill=0)
        state["y"] -= height + 16

    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, state["y"], "Caswick District Council")
    state["y"] -= 24
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Breastfeeding Friendly Communities Grant 2027/28")
    state["y"] -= 18
    c.drawString(50, state["y"], "Application form")
    state["y"] -= 24
    para(
        "The Council's public health team offers grants of up to £2,000 to community groups, "
        "children's centres, cafés, libraries and other local organisations that want to "
        "support families to breastfeed for longer: for example breastfeeding drop-ins and "
        "peer support groups, antenatal infant feeding sessions, breastfeeding welcome schemes "
        "for local businesses, and support for fathers and partners."
    )
    para(
        "The Council will fund up to 75% of the cost of your project. You must find the "
        "remaining 25% from your own funds, other grants or help in kind."
    )
    para(
        "Please type or write clearly in black ink. Keep to the word limits, and do not send "
        "extra pages. Return the form by Friday 30 April 2027 to "
        "infantfeeding@caswick.example.gov.uk or to the address at the end of this form."
    )
    heading("Section A: Your organisation")
    line("Name of organisation:")
    line("Address:")
    line("Postcode:")
    line("Contact name:")
    line("Role in the organisation:")
    line("Telephone:")
    line("Email:")
    line(
        "Is your organisation (please tick):  [ ] a voluntary group  [ ] a registered charity  "
        "[ ] a social enterprise  [ ] other"
    )
    line("Is your venue signed up to the Breastfeeding Welcome scheme?  YES / NO")
    heading("Section B: Your project")
    line("Project start date:")
    question("B1. Briefly describe your organisation and what it does. (maximum 150 words)", 90)
    question(
        "B2. What do you want to do? Tell us about the breastfeeding or infant feeding support "
        "you will offer, where and when. (maximum 300 words)",
        170,
    )
    question(
        "B3. Why is it needed in your area? Please give any evidence you have, for example "
        "local breastfeeding rates or feedback from parents. (maximum 200 words)",
        120,
    )
    question(
        "B4. How will you work with the local health visiting and midwifery teams? "
        "(maximum 200 words)",
        120,
    )
    question(
        "B5. How will you make sure the support welcomes families from all backgrounds, "
        "including fathers and partners? (maximum 150 words)",
        90,
    )
    question("B6. Please tell us anything else you would like us to know about your project.", 90)
    heading("Section C: Costs")
    para("Please list what the project will cost.", 10, "Helvetica-Bold")
    widths = (330, 165)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    for n, row in enumerate(rows):
        room(22)
        x = 50.0
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    line("Total cost of the project: £")
    line("Grant requested from the Council (up to £2,000): £")
    heading("Section D: What to send with this form")
    para("Please send:")
    for t in [
        "- a copy of your constitution or set of rules;",
        "- your most recent annual accounts (these do not need to be audited: accounts signed "
        "by your treasurer are fine);",
        "- a copy of your public liability insurance certificate (minimum cover £2 million);",
        "- your safeguarding policy;",
        "- if your project will use trained breastfeeding peer supporters: copies of their "
        "peer supporter training certificates;",
        "- for any single item costing more than £250: a written quote.",
    ]:
        para(t, x=60)
    room(190)  # the declaration and its signature lines on one page
    heading("Section E: Declaration")
    para(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. I agree that the grant will be "
        "used only for the project described, and that the organisation will follow the "
        "Council's conditions of grant and send a short report at the end of the project."
    )
    line("Signed:")
    line("Name:")
    line("Position:")
    line("Date:")
    state["y"] -= 6
    para(
        "Public Health (Infant Feeding), Caswick District Council, Council House, Bridge Street, "
        "Caswick CK5 1NB. Telephone 01632 967 244.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    thurlsby()
    marlstow()
    eddingtree()
    caswick()
