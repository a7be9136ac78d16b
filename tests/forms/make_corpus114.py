"""Build set 114's Word and PDF documents (typical loneliness, befriending and social
connection grants: a borough council's Tackling Loneliness Grant application form, a community
foundation's intergenerational fund guidance notes, a friendship trust's befriending small
grants form and a town council's lunch club grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus114.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 2, 3, 9, 40, 0)
BOX = "\u2610"


def marshworth() -> None:
    d = kit.new_document(
        FIXED, "Tackling Loneliness Grants 2027: application form", "Marshworth Borough Council"
    )
    p = d.add_paragraph
    d.add_heading("Marshworth Borough Council", 0)
    p("Tackling Loneliness Grants 2027: application form")
    p(
        "One in five adults in Marshworth told our residents' survey that they often or always "
        "feel lonely. Tackling Loneliness Grants of £500 to £3,000 help voluntary and community "
        "groups to run activities that bring people together: befriending, lunch clubs, walking "
        "groups, chatty cafes, craft and hobby groups, and projects that help people who have "
        "lost a partner, moved to the area or become carers."
    )
    p(
        "Please read the Tackling Loneliness Grants guidance before you fill in this form. Type "
        "your answers in the boxes (they will grow as you type) and keep within the word limit "
        "shown for each question. Anything over the limit will not be read."
    )
    p(
        "The closing date is 12 noon on Friday 19 March 2027. Email the form and your documents "
        "to communitygrants@marshworth.example.gov.uk. If you would like to talk about your idea "
        "first, ring the Community Development Team on 01632 958 402."
    )
    d.add_heading("Need this form in a different format?", 2)
    p(
        "We can send you a paper copy, a large print version or an easy read version. Ring "
        "01632 958 402 or email communitygrants@marshworth.example.gov.uk."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group or organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the group",
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
                "What type of group are you?",
                f"{BOX} Constituted voluntary group   {BOX} Registered charity or CIO   "
                f"{BOX} Community interest company   {BOX} Faith group   "
                f"{BOX} Other (please say)",
            ),
            (
                "Does your group have a bank account in its own name that needs two unrelated "
                "people to sign cheques or approve payments?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        [
            "Name of the project",
            "Ward or wards where the project will take place",
            "Date the project will start",
            "Date the project will end",
            "How many people do you expect to take part?",
            "How many of them are aged 65 or over?",
        ],
        shade=True,
    )
    p()
    kit.question(
        d,
        "2.1 Describe your project. What will happen, where, how often and who will run it? "
        "(300 words maximum)",
        4000,
    )
    kit.question(
        d,
        "2.2 Who is lonely or isolated in your community, and how do you know? (250 words maximum)",
    )
    kit.question(
        d,
        "2.3 How will you reach people who are lonely, including people who do not usually come "
        "to groups or events? (250 words maximum)",
    )
    kit.question(
        d,
        "2.4 What difference will taking part make to people? (200 words maximum)",
        2800,
    )
    kit.question(
        d,
        "2.5 How will you recruit, train and support the volunteers who help with the project? "
        "(200 words maximum)",
        2800,
    )
    kit.question(
        d,
        "2.6 How will the activity carry on after the grant has been spent? (150 words maximum)",
        2400,
    )
    d.add_heading("Section 3: Costs", 1)
    p(
        "Please list what the grant will pay for, for example room hire, refreshments, "
        "transport, volunteer expenses, materials and publicity."
    )
    kit.grid(d, ["Item", "Cost (£)"], 8)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking for (£500 to £3,000)",
        ],
        shade=True,
    )
    p()
    p(
        "You do not need to find match funding: we can fund the whole cost of a project up to "
        "£3,000. If other funders are also supporting the project, please tell us in your answer "
        "to question 2.1."
    )
    d.add_heading("Section 4: Documents", 1)
    p(
        "Please send these documents with your form and put a tick in the right-hand column to "
        "show that you have included them. The last row only applies to some projects."
    )
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or governing document, signed by your chair",
            "Your most recent annual accounts, signed by your chair and treasurer. If your group "
            "is less than a year old and has no accounts yet, send your last three months' bank "
            "statements instead",
            "Your safeguarding policy, covering adults at risk (and children, if they take part)",
            "Your public liability insurance certificate, with cover of at least £5 million",
            "If volunteers will visit people in their homes: evidence that each of them has had a "
            "DBS check in the last three years",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that I am authorised to apply "
        "on behalf of the group. I confirm that the group has an equal opportunities policy and "
        "will send a copy if the Council asks for it. I understand that the grant must be spent "
        "on the project described, that the Council may ask to see receipts, and that any grant "
        "not spent by 31 March 2028 must be returned."
    )
    kit.details(d, ["Signature", "Print name", "Position in the group", "Date"], shade=True)
    p()
    p(
        "Community Development Team, Marshworth Borough Council, Civic Centre, Tanner Street, "
        "Marshworth MW4 7HB. www.marshworth.example.gov.uk/lonelinessgrants"
    )
    out = HERE / "marshworth-tackling-loneliness-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tenterbrook() -> None:
    d = kit.new_document(
        FIXED,
        "Generations Together Fund: guidance for applicants 2027",
        "Tenterbrook Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Tenterbrook Community Foundation", 0)
    p("Generations Together Fund: guidance for applicants, 2027")
    d.add_heading("1. Introduction", 1)
    p(
        "Older people who live alone and young people who are new to an area are among the "
        "loneliest people in Tenterbrook. The Generations Together Fund supports projects that "
        "bring younger and older people together regularly, so that they get to know each other, "
        "share skills and stories, and feel more connected to the place where they live."
    )
    p(
        "We give grants of £1,000 to £10,000 for projects lasting up to two years. The fund is "
        "paid for by the Tenterbrook Building Society Charitable Trust and by local donors, and "
        "the Foundation's grants team runs it."
    )
    d.add_heading("2. What kind of projects we fund", 1)
    p("Projects might include, for example:")
    bullet("a nursery or primary school class that visits a care home every week;")
    bullet("a reading, gardening or cooking club that pairs teenagers with older neighbours;")
    bullet("young people helping older people to use tablets and smartphones;")
    bullet("a shared lunch club or community choir for all ages;")
    bullet("reminiscence and oral history projects made by older and younger people together.")
    p(
        "The project must involve people aged under 25 and people aged over 60, and they must "
        "meet regularly, not just once. We will give priority to projects in the areas of "
        "Tenterbrook with the highest levels of deprivation and to projects that include people "
        "with dementia, disabled people or carers."
    )
    d.add_heading("3. Who can apply", 1)
    p("You can apply if you are:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a constituted voluntary or community group with at least three committee members;")
    bullet("a community interest company limited by guarantee; or")
    bullet("a school, nursery, care home or housing scheme applying with a community partner.")
    p(
        "Your group must have a bank account in its name that needs two unrelated people to "
        "approve payments. We cannot fund individuals, political activity, or activities that "
        "promote religion."
    )
    d.add_heading("4. What we will and will not pay for", 1)
    p("We can pay for:")
    bullet("sessional workers' and coordinators' time;")
    bullet("volunteer expenses and training;")
    bullet("transport to bring people together, including taxis and minibus hire;")
    bullet("room hire, refreshments, materials and small items of equipment.")
    p("We cannot pay for:")
    bullet("costs that a school, care home or council should pay by law;")
    bullet("trips abroad or residentials;")
    bullet("activities that have already taken place.")
    d.add_heading("5. Match funding", 1)
    p(
        "You must find at least 10% of the total cost of your project from other sources, such "
        "as your own funds, fundraising or another grant. The value of volunteers' time does not "
        "count towards the 10%."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Apply online through our grants portal at www.tenterbrookcf.example.org.uk/apply. You "
        "can save your answers and come back to them. Before you start, you might like to look "
        "at the questions the form asks:"
    )
    kit.table(
        d,
        [
            ("Section", "What the online form asks", "Limit"),
            ("1", "Your organisation, its contact details and its bank account", "Short answers"),
            ("2", "What your project will do and who will take part", "400 words"),
            ("3", "Why it is needed and how older and younger people helped plan it", "300 words"),
            ("4", "How you will keep everyone safe", "200 words"),
            ("5", "The difference it will make and how you will know", "250 words"),
            ("6", "Your budget and other funding", "Table"),
        ],
    )
    d.add_heading("7. What you need to send", 1)
    p("Every applicant must upload these documents with the online form:")
    bullet("your constitution, set of rules or other governing document;")
    bullet(
        "your latest annual accounts. These should be independently examined, but groups with an "
        "income of less than £25,000 a year may send accounts signed by their treasurer;"
    )
    bullet("a budget for the project, showing each item of spending and any other funding;")
    bullet("your safeguarding policy, which must cover both children and adults at risk;")
    bullet(
        "a letter from each partner organisation (for example the school, nursery or care home) "
        "confirming that it will take part and what it will do."
    )
    p("You will also need to send the following, but only if they apply to your project:")
    bullet(
        "if staff or volunteers will work with children or adults at risk without a teacher or "
        "care worker present: confirmation that they have an enhanced DBS check;"
    )
    bullet("if your project includes outings or physical activity: your risk assessment;")
    bullet(
        "for projects asking for more than £5,000: a project plan with a timetable of "
        "activities and milestones."
    )
    p(
        "Your group must also have an equal opportunities policy and a data protection policy. "
        "You do not need to send them, but we may ask to see them before we pay the grant."
    )
    d.add_heading("8. Insurance", 1)
    p(
        "Your group must hold public liability insurance with cover of at least £5 million for "
        "the whole of the project. If the project takes place at a school or care home, check "
        "whether their insurance covers your activity. You do not need to send your certificate."
    )
    d.add_heading("9. How we decide", 1)
    p("Our grants panel scores each application out of 100:")
    kit.table(
        d,
        [
            ("What the panel looks for", "Marks"),
            ("Younger and older people meet regularly and build real relationships", "30"),
            ("The project reaches people who are lonely or isolated", "25"),
            ("Older and younger people have helped to plan it", "20"),
            ("Good planning, safe practice and value for money", "15"),
            ("A plan for what happens after the grant ends", "10"),
        ],
    )
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel", "You will hear by"),
            ("Round 1", "5 March 2027", "April 2027", "7 May 2027"),
            ("Round 2", "3 September 2027", "October 2027", "5 November 2027"),
        ],
    )
    d.add_heading("11. Frequently asked questions", 1)
    d.add_heading("Can a school apply on its own?", 3)
    p(
        "No. A school, nursery or care home can apply, but only with a community partner, such "
        "as a charity, a residents' group or a faith group."
    )
    d.add_heading("We had a grant from this fund last year. Can we apply again?", 3)
    p(
        "Yes, once you have sent us your end of grant report. We will want to see that the "
        "project is growing or reaching new people."
    )
    d.add_heading("Does the 10% have to be in cash?", 3)
    p(
        "Yes. Donated goods and volunteer time are welcome, but they do not count towards your "
        "share of the cost."
    )
    d.add_heading("12. Contact us", 1)
    p(
        "Grants Team, Tenterbrook Community Foundation, 2 Weavers Yard, Tenterbrook TB3 8LS. "
        "Telephone 01632 964 518. Email generations@tenterbrookcf.example.org.uk."
    )
    out = HERE / "tenterbrook-community-foundation-generations-together-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hobcastle() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hobcastle-friendship-trust-befriending-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Befriending Small Grants: application form")
    c.setAuthor("Hobcastle Friendship Trust")
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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 120) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        # reportlab writes /MaxLen 100 unless told None: an unlimited box has none
        kw = {"maxlen": maxlen if maxlen else None}
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
    c.drawString(50, state["y"], "Hobcastle Friendship Trust")
    state["y"] -= 22
    txt("Befriending Small Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Trust gives grants of up to £2,500 a year to befriending schemes in Hobcastle and "
        "the surrounding villages. Befriending matches a trained volunteer with someone who is "
        "lonely, for regular visits, phone calls or trips out. We can pay for volunteer "
        "expenses and training, a coordinator's hours, phone costs, DBS checks and publicity."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen, save it and email it with your documents to "
        "grants@hobcastlefriendship.example.org.uk. The answer boxes have a character limit, "
        "shown after each question; the box will not accept more. Applications close on "
        "30 April 2027. Questions? Ring Maureen Tapley on 01632 963 077."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact_name", "Contact name", 60)
    field("contact_role", "Role in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "What type of organisation are you?",
        ["Registered charity or CIO", "Voluntary group", "Community interest company", "Other"],
    )
    radios(
        "org_age",
        "How long has your befriending scheme been running?",
        ["Less than a year", "1 to 3 years", "More than 3 years"],
    )
    bar("Part B: Your befriending scheme")
    field("scheme_name", "Name of the befriending scheme", 100)
    field("befriendees", "Number of people befriended each week", 6)
    field("volunteers", "Number of volunteer befrienders", 6)
    radios(
        "delivery",
        "How is befriending mostly done?",
        ["Visits at home", "Telephone or video calls", "Group meet-ups", "A mix"],
    )
    box(
        "b1",
        "B1 Tell us about your befriending scheme and the people it supports. "
        "(up to 1,500 characters)",
        "B1 Tell us about your befriending scheme and the people it supports",
        1500,
        120,
    )
    box(
        "b2",
        "B2 How are people referred to your scheme, and how do you match them with a befriender? "
        "(up to 1,200 characters)",
        "B2 How are people referred to your scheme, and how do you match them with a befriender?",
        1200,
        100,
    )
    box(
        "b3",
        "B3 How do you recruit, train and support your volunteers? (up to 1,200 characters)",
        "B3 How do you recruit, train and support your volunteers?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 What will the grant pay for, and what difference will it make to the scheme? "
        "(up to 1,800 characters)",
        "B4 What will the grant pay for, and what difference will it make to the scheme?",
        1800,
        140,
    )
    box(
        "b5",
        "B5 How do you know that your scheme helps people to feel less lonely? "
        "(up to 600 characters)",
        "B5 How do you know that your scheme helps people to feel less lonely?",
        600,
        60,
    )
    box(
        "b6",
        "B6 Is there anything else you would like to tell us about your scheme?",
        "B6 Is there anything else you would like to tell us about your scheme?",
        0,
        80,
    )
    bar("Part C: Money")
    field("total_cost", "Total yearly cost of the scheme (£)", 10)
    field("grant_req", "Amount you are asking for (£, up to 2,500)", 10)
    txt(
        "All schemes we fund must hold public liability insurance with cover of at least "
        "£2 million. You do not need to send the certificate."
    )
    bar("Part D: Documents")
    txt(
        "Please email these documents with the form and tick each one you are sending. "
        "The last one is only needed if it applies to you."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or governing document")
    tick(
        "doc_accounts",
        "Your accounts for the last financial year (they do not need to be audited or "
        "independently examined)",
    )
    tick("doc_safeguarding", "Your safeguarding adults policy")
    tick("doc_volunteer", "Your volunteer policy")
    tick(
        "doc_lone",
        "If befrienders visit people in their own homes: your lone working policy",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "for the organisation and that every befriender has been checked and trained before "
        "being matched.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Hobcastle Friendship Trust, 14 Chapel Row, Hobcastle HC2 9NE. Telephone "
        "01632 963 077. Registered charity number 1174402.",
        9,
    )
    c.save()


def ketterwell() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ketterwell-lunch-club-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Lunch Club and Community Meals Grant: application form")
    c.setAuthor("Ketterwell Town Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"
    grey = HexColor("#D9D9D9")

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(
            56, 30, "Ketterwell Town Council  |  Lunch Club and Community Meals Grant 2027"
        )
        c.drawRightString(w - 56, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 10, f: str = font, x: float = 56) -> None:
        for line in simpleSplit(t, f, size, w - x - 56):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(56, state["y"] - 5, w - 112, 19, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont(bold, 11)
        c.drawString(61, state["y"], t)
        state["y"] -= 26

    def item(n: int, label: str, boxed: bool = True) -> None:
        """A numbered item: the label on the left and a drawn box to write in."""
        room(26)
        c.setFont(font, 10)
        c.drawString(56, state["y"], f"{n}.")
        c.drawString(74, state["y"], label)
        if boxed:
            x = max(300, 74 + c.stringWidth(label, font, 10) + 8)
            c.rect(x, state["y"] - 5, w - 56 - x, 18, stroke=1, fill=0)
        state["y"] -= 24

    def question(n: int, text: str, height: int) -> None:
        room(40)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(56, state["y"], f"{n}.")
        for line in simpleSplit(text, bold, 10, w - 74 - 56):
            room(14)
            c.setFont(bold, 10)
            c.drawString(74, state["y"], line)
            state["y"] -= 14
        room(height + 6)
        c.rect(74, state["y"] - height, w - 74 - 56, height, stroke=1, fill=0)
        state["y"] -= height + 16

    c.setFont(bold, 18)
    c.drawString(56, state["y"], "Ketterwell Town Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(56, state["y"], "Lunch Club and Community Meals Grant 2027")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(56, state["y"], "Application form")
    state["y"] -= 24
    para(
        "Lunch clubs and community meals are often the only time in the week that some older "
        "people in Ketterwell sit down and eat with others. The Town Council's grant helps clubs "
        "to start, to grow or to keep going. It can pay for kitchen equipment, tables and "
        "chairs, hall hire, transport to the club, food hygiene training and the cost of "
        "subsidising meals for people on low incomes."
    )
    para(
        "Clubs can ask for up to £1,500. The Town Council will pay up to half of the cost of "
        "what you ask for: your club must find at least half of the cost itself, from its own "
        "funds, members' contributions or other grants."
    )
    para(
        "Please fill in every part of the form and keep to the word limits. Send it, with the "
        "documents listed in Part 4, to the Town Clerk by 30 June 2027. The Community Grants "
        "Committee meets in July and we will write to you within two weeks of the meeting."
    )
    heading("PART 1   ABOUT YOUR CLUB")
    item(1, "Name of the lunch club:")
    item(2, "Group that runs it (if different):")
    item(3, "Where does the club meet?")
    item(4, "Contact name:")
    item(5, "Address:")
    item(6, "Telephone:")
    item(7, "Email:")
    item(8, "How often does the club meet?", boxed=False)
    para("[  ] Weekly      [  ] Fortnightly      [  ] Monthly      [  ] Other", x=74)
    item(9, "Number of people at an average lunch:")
    item(10, "Does the club offer transport to and from lunch?      YES  /  NO", boxed=False)
    heading("PART 2   YOUR CLUB AND YOUR PLANS")
    question(
        11,
        "Tell us about your lunch club: who comes, what happens at a typical lunch and who "
        "cooks and serves it. (no more than 250 words)",
        150,
    )
    question(
        12,
        "How does the club help older or isolated people in Ketterwell to make friends and feel "
        "part of the community? (no more than 200 words)",
        120,
    )
    question(
        13,
        "What will the grant be used for, and why do you need it now? (no more than 200 words)",
        120,
    )
    question(
        14,
        "How do you make sure that the food is prepared safely and meets people's dietary and "
        "cultural needs? (no more than 150 words)",
        100,
    )
    question(
        15,
        "How will the club keep going once this grant has been spent? (no more than 100 words)",
        80,
    )
    question(16, "Please give us any other information you think will help us.", 80)
    heading("PART 3   COSTS")
    para("Please list the items you would like the grant to pay for.")
    widths = (330, 123)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    for n, row in enumerate(rows):
        room(20)
        x = 74
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 14
    item(17, "Total cost of the items: £")
    item(18, "Amount asked from the Town Council: £")
    item(19, "Amount your club will find, and where from: £")
    heading("PART 4   WHAT TO SEND WITH THIS FORM")
    para(
        "Please send a copy of your club's constitution or terms of reference, together with "
        "your latest annual accounts or a statement of income and spending for the last year "
        "signed by your treasurer."
    )
    para(
        "Because every club serves food, please also send a copy of the Level 2 Food Safety "
        "and Hygiene certificate held by your lead cook, and a copy of the club's public "
        "liability insurance certificate showing cover of at least £5 million."
    )
    para(
        "If you are asking for any single item of equipment costing more than £500, please "
        "include a written quote for it."
    )
    heading("PART 5   DECLARATION")
    para(
        "I confirm that the information on this form is true, that the club has a safeguarding "
        "policy which its volunteers follow, and that the grant will be used only for the items "
        "listed in Part 3. I understand that the Town Council may ask for receipts and may ask "
        "for the grant to be repaid if it is not used as agreed."
    )
    item(20, "Signed:")
    item(21, "Name:")
    item(22, "Position in the club:")
    item(23, "Date:")
    state["y"] -= 4
    para(
        "Return to: The Town Clerk, Ketterwell Town Council, The Guildhall, High Street, "
        "Ketterwell KW7 2DA. Telephone 01632 957 361. Email "
        "townclerk@ketterwell-tc.example.gov.uk",
        9,
    )
    para("Office use: Received ________  Ref ________  Committee ________  Awarded £________", 9)
    folio()
    c.save()


if __name__ == "__main__":
    marshworth()
    tenterbrook()
    hobcastle()
    ketterwell()
