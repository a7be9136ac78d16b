"""Build set 124's Word and PDF documents (typical music, arts and creative participation grants
for children and young people: a music education hub's Community Music Small Grants application,
a county council's Youth Arts Fund guidance notes, a community foundation's Young People's
Creativity Fund form and a town council's Youth Arts and Music Grant form, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus124.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 9, 10, 15, 0)
BOX = "\u2610"


def marlingham() -> None:
    d = kit.new_document(
        FIXED,
        "Community Music Small Grants 2027/28: application form",
        "Marlingham Music Education Hub",
    )
    p = d.add_paragraph
    d.add_heading("Marlingham Music Education Hub", 0)
    p("Community Music Small Grants 2027/28: application form")
    p(
        "Marlingham Music Education Hub is the partnership of schools, music services and arts "
        "organisations that makes sure every child and young person in Marlingham can sing, "
        "play an instrument and make music. Our Community Music Small Grants of £500 to £3,000 "
        "help community groups, ensembles, youth clubs and charities to run music-making for "
        "children and young people aged 5 to 18 (or up to 25 for young people with special "
        "educational needs and disabilities) outside school hours."
    )
    p(
        "We can fund up to 90% of your project's costs. The other 10% can come from your own "
        "funds, subscriptions, ticket sales or other grants."
    )
    p(
        "Please read the Small Grants guidance before you fill in this form. Type your answers "
        "in the boxes and keep to the word limits. Email the form and your documents to "
        "smallgrants@marlinghamhub.example.org.uk by 12 noon on Monday 7 June 2027."
    )
    d.add_heading("Would you like this form in large print or another format?", 2)
    p(
        "Please ring the Hub office on 01632 975 214 and we will send you a copy. We are also "
        "happy to take your answers over the phone."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group or organisation",
            "Address",
            "Postcode",
            "Main contact",
            "Role in the group",
            "Telephone",
            "Email",
            "Website or social media (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of group",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Constituted community group   {BOX} School or academy   {BOX} Other",
            ),
            ("Charity or company number (if any)", ""),
            ("Income in your last financial year (£)", ""),
            ("Is your group run by volunteers?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.pairs(
        d,
        [
            ("Project name", ""),
            ("Start date", ""),
            ("End date", ""),
            ("Number of children and young people taking part", ""),
            ("Age range of the children and young people", ""),
        ],
    )
    p()
    kit.question(
        d,
        "2.1 Describe your project: what music activities will take place, where and how "
        "often? (no more than 300 words)",
    )
    kit.question(
        d,
        "2.2 Who are the children and young people taking part, and how will you reach those "
        "who face barriers to making music? (no more than 250 words)",
    )
    kit.question(
        d,
        "2.3 Who will lead the sessions? Tell us about the music leaders or artists and their "
        "experience of working with children and young people. (no more than 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.4 How will young people help to shape the project? (no more than 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.5 What difference will the project make to the young people taking part, and how "
        "will you know? (no more than 250 words)",
    )
    kit.question(
        d,
        "2.6 How will you keep children and young people safe during the project? "
        "(no more than 200 words)",
        2600,
    )
    kit.question(
        d, "2.7 Is there anything else you would like to tell us about your project?", 2000
    )
    d.add_heading("Section 3: Budget", 1)
    p(
        "Please list what the grant will pay for, for example music leader or artist fees, "
        "venue hire, instrument hire, sheet music or transport."
    )
    kit.grid(d, ["Item", "Details", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from the Hub (£)",
            "Other money towards the project, and where it comes from (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Safeguarding", 1)
    kit.pairs(
        d,
        [
            (
                "Has your safeguarding policy been reviewed in the last 12 months?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Name of your designated safeguarding lead", ""),
            (
                "Will every music leader and volunteer working with the young people have an "
                "enhanced DBS check?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 5: Documents checklist", 1)
    p("Please tick to show which documents you have sent with this form.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or governing document (schools and academies do "
            "not need to send this)",
            "Your safeguarding policy, including your procedure for reporting concerns",
            "Your most recent annual accounts, signed by your treasurer or chair. If your group "
            "is less than a year old, send your last three months' bank statements instead",
            "A list of the music leaders and volunteers working on the project, with the date of "
            "each person's enhanced DBS certificate",
            "A quote for any single item costing more than £500, such as an instrument",
            "If you are hiring a venue for the sessions: the venue's confirmation of the booking",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that I am authorised by my "
        "group to apply. I understand that the grant must be spent on the project described, "
        "that we must send the Hub a short report and some photographs or recordings when the "
        "project ends, and that the Hub may ask for the grant back if it is not used as agreed."
    )
    p("Please tick to confirm each statement.")
    kit.ticks(
        d,
        [
            "We hold public liability insurance of at least £5 million that covers the "
            "activities in this application.",
            "We have an equal opportunities policy and the project will be open to all children "
            "and young people.",
            "We will get written consent from a parent or carer for every participant under 18, "
            "including consent to photographs and recordings.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Role in the group", "Date"], shade=True)
    p()
    p(
        "Marlingham Music Education Hub, The Music Centre, Abbey Road, Marlingham MG2 6TW. "
        "Telephone 01632 975 214.",
    )
    out = HERE / "marlingham-music-hub-community-music-small-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wendlestock() -> None:
    d = kit.new_document(
        FIXED, "Youth Arts Fund: guidance notes 2027-28", "Wendlestock County Council"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Wendlestock County Council", 0)
    p("Youth Arts Fund 2027-28: guidance notes for applicants")
    d.add_heading("1. About the Youth Arts Fund", 1)
    p(
        "The Youth Arts Fund supports creative projects made by and with young people aged 11 "
        "to 19 (up to 25 for young people with special educational needs and disabilities) who "
        "live in Wendlestock. We fund music, theatre, dance, visual arts, film and digital "
        "media, creative writing and spoken word, and projects that mix art forms. Grants are "
        "from £1,000 to £10,000."
    )
    p(
        "We want young people to have a real say in the arts: to choose what they make, to work "
        "alongside professional artists and to share their work with audiences. We particularly "
        "welcome projects that reach young people who do not usually take part, such as young "
        "carers, young people in care and those living in rural areas."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if you are one of the following and you work in Wendlestock:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a constituted voluntary or community group, including youth clubs and theatres;")
    bullet("a community interest company or other not-for-profit social enterprise;")
    bullet("an arts organisation or a collective of freelance artists with a lead organisation.")
    p(
        "Schools cannot apply directly, but a school can be a partner in a project led by one "
        "of the organisations above, for activities outside school hours."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet(
        "artists' and facilitators' fees, at recognised industry rates (we will not fund "
        "projects that ask artists to work for free);"
    )
    bullet("venue and studio hire, and equipment hire;")
    bullet("materials, instruments and software needed for the project;")
    bullet("transport, so that young people in rural areas can take part;")
    bullet("access costs, such as BSL interpreters, support workers and easy read materials;")
    bullet("a performance, exhibition or screening to share the young people's work.")
    p("We cannot pay for:")
    bullet("activities that take place during the school day or are part of the curriculum;")
    bullet("projects that have already started;")
    bullet("buildings, or equipment that will not be used by the young people in the project;")
    bullet("trips abroad, prizes or alcohol.")
    d.add_heading("4. How much you can apply for", 1)
    p(
        "Grants are from £1,000 to £10,000. We can fund up to 75% of the total cost of your "
        "project. The rest, at least 25%, must come from other sources, such as other grants, "
        "ticket sales or your own funds. Up to half of it can be in-kind support, such as free "
        "use of a hall, if you can show its value."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the County Council's grants portal at "
        "www.wendlestock.example.gov.uk/youtharts. You will need to register first. The online "
        "form has five sections:"
    )
    kit.table(
        d,
        [
            ("Section", "What it asks", "Length of answers"),
            ("1", "Your organisation and its contact details", "Short answers"),
            ("2", "Your project and the young people taking part", "Up to 500 words"),
            ("3", "How young people will shape the project", "Up to 300 words"),
            ("4", "Artists, safeguarding and access", "Up to 300 words"),
            ("5", "Budget and other funding", "Budget template"),
        ],
    )
    p("You will upload your documents at the end of the online form.")
    d.add_heading("6. What you need to send", 1)
    p("Please upload the documents below. We cannot assess an application without them.")
    kit.table(
        d,
        [
            ("Document", "Who must send it"),
            (
                "Governing document (constitution, set of rules, memorandum and articles or "
                "trust deed), signed and dated",
                "All applicants",
            ),
            (
                "Latest annual accounts, independently examined or audited",
                "All applicants. Organisations less than a year old can send their last three "
                "months' bank statements instead",
            ),
            (
                "Safeguarding policy, naming your designated safeguarding lead",
                "All applicants",
            ),
            ("Project budget, on our budget template", "All applicants"),
            (
                "Public liability insurance certificate, showing cover of at least £5 million",
                "All applicants",
            ),
            (
                "Letter of support from a partner school, youth club or venue",
                "If you are working with a partner",
            ),
            ("Two written quotes", "For any item of equipment costing more than £1,000"),
            (
                "Health and safety policy and a risk assessment",
                "If your project includes a performance or event open to the public",
            ),
        ],
    )
    p(
        "All applicants must also have an equal opportunities policy and a data protection "
        "policy that covers young people's personal details and photographs. You do not need "
        "to send them, but we may ask to see them."
    )
    d.add_heading("7. Safeguarding and consent", 1)
    p(
        "Everyone who works directly with the young people in your project, including "
        "freelance artists, must have an enhanced DBS check suitable for their role. You do not "
        "need to send copies of DBS certificates, but we may ask you to show us your records. "
        "You must get written consent from a parent or carer for every young person under 18, "
        "including consent to photographs and filming."
    )
    d.add_heading("8. How we decide", 1)
    p(
        "A panel of officers, councillors and two members of the Wendlestock Youth Council "
        "scores each application:"
    )
    kit.table(
        d,
        [
            ("What we look at", "Weighting"),
            ("Young people's voice: how they will shape and lead the project", "30%"),
            ("Reaching young people who do not usually take part", "25%"),
            ("Quality of the artistic work and fair pay for artists", "25%"),
            ("A realistic budget and plan, and safe practice", "20%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel meets", "Decision by"),
            ("1", "14 May 2027", "June 2027", "9 July 2027"),
            ("2", "5 November 2027", "December 2027", "14 January 2028"),
        ],
    )
    p("Projects must finish within 12 months of the offer letter.")
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("Can we apply for a project that runs during the school holidays?", 3)
    p("Yes. Holiday projects are welcome, as long as they are not part of the curriculum.")
    d.add_heading("Can a young person apply on their own?", 3)
    p(
        "No. Applications must come from an organisation, but young people can write the "
        "application with you and we encourage it."
    )
    d.add_heading("Do artists' DBS checks count towards the project cost?", 3)
    p("Yes. You can include the cost of DBS checks for freelance artists in your budget.")
    d.add_heading("We had a grant last year. Can we apply again?", 3)
    p(
        "Yes, once your monitoring report for the last grant has been received. We will give "
        "some priority to organisations we have not funded before."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Arts and Culture Team, Wendlestock County Council, County Buildings, Market Hill, "
        "Wendlestock WK1 3DS. Telephone 01632 976 530. Email youtharts@wendlestock.example.gov.uk."
    )
    out = HERE / "wendlestock-youth-arts-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def selvington() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "selvington-young-peoples-creativity-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Young People's Creativity Fund: application form")
    c.setAuthor("Selvington Community Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#6B2C5F")

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
                value=opt.replace(" ", "_").replace(",", "").replace("£", "GBP"),
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

    def boxes(prefix: str, label: str, options: list[str]) -> None:
        """Tick-all-that-apply check boxes in a row (one group)."""
        txt(label, 10, "Helvetica-Bold")
        room(22)
        x = 50
        for opt in options:
            width = 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
            if x + width > w - 40:
                state["y"] -= 20
                x = 50
            form.checkbox(
                name=f"{prefix}_{opt.split()[0].lower()}",
                tooltip=f"{label} {opt}",
                x=x,
                y=state["y"] - 12,
                size=12,
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
    c.drawString(50, state["y"], "Selvington Community Foundation")
    state["y"] -= 22
    txt("Young People's Creativity Fund: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Young People's Creativity Fund gives grants of up to £2,000 to groups and charities "
        "in Selvington and the surrounding villages for arts and creative projects with children "
        "and young people aged 8 to 21: music, dance, theatre, visual arts, film and writing. "
        "Decisions are made by our Young Grant-Makers panel, so please write your answers for "
        "young people to read."
    )
    state["y"] -= 4
    txt(
        "We can fund the whole cost of your project; you do not need to raise money from "
        "anywhere else. If you do have other funding, please tell us in Section 3."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen, save it and email it with your documents to "
        "creativity@selvingtoncf.example.org.uk. Some answer boxes will stop when you reach the "
        "character limit. Questions? Ring Amira Boateng on 01632 977 041."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or company number (if you have one)", 20)
    radios(
        "org_type",
        "What type of organisation are you?",
        ["Registered charity", "Community interest company", "Constituted group", "Other"],
    )
    radios(
        "income",
        "What was your income last year?",
        ["Under £10,000", "£10,000 to £50,000", "Over £50,000"],
    )
    bar("Section 2: Your project")
    field("title", "Project title", 80)
    field("young_people", "Number of young people who will take part", 6)
    field("start", "Project start date", 10)
    boxes(
        "artform",
        "Which art forms will the project use? Tick all that apply.",
        ["Music", "Dance", "Theatre", "Visual arts", "Film or digital", "Writing"],
    )
    box(
        "q1",
        "Q1 What will the young people do, and what will they create? (up to 1,200 characters)",
        "Q1 What will the young people do, and what will they create?",
        1200,
        100,
    )
    box(
        "q2",
        "Q2 Why is this project needed, and how do you know young people want it? "
        "(up to 900 characters)",
        "Q2 Why is this project needed, and how do you know young people want it?",
        900,
        80,
    )
    box(
        "q3",
        "Q3 Which artists or creative practitioners will you work with, and how much will you "
        "pay them? (up to 900 characters)",
        "Q3 Which artists will you work with, and how much will you pay them?",
        900,
        80,
    )
    box(
        "q4",
        "Q4 How will you make the project open to young people who face barriers, such as cost, "
        "disability or living in a village with no bus? (maximum 150 words)",
        "Q4 How will you make the project open to young people who face barriers?",
        0,
        90,
    )
    box(
        "q5",
        "Q5 How will the young people share what they have made, for example in a performance, "
        "exhibition or online? (up to 600 characters)",
        "Q5 How will the young people share what they have made?",
        600,
        60,
    )
    box(
        "q6",
        "Q6 Please tell us anything else you would like the panel to know.",
        "Q6 Anything else you would like the panel to know",
        0,
        70,
    )
    bar("Section 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount requested (up to £2,000)", 10)
    field("other_money", "Other funding you have, if any (£)", 10)
    bar("Section 4: Safeguarding")
    radios(
        "dbs",
        "Does everyone who will work with the young people have an enhanced DBS check?",
        ["Yes", "No", "Some are being processed"],
    )
    field("dsl", "Name of your safeguarding lead", 60)
    bar("Section 5: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_policy", "Your safeguarding policy (all applicants)")
    tick(
        "doc_accounts",
        "Your latest annual accounts. Groups with an income under £10,000 can send a statement "
        "of income and expenditure for the last year, signed by two members, instead",
    )
    tick("doc_governing", "Your governing document (constitution, rules or articles)")
    tick("doc_bank", "A bank statement in the organisation's name, dated in the last three months")
    tick("doc_consent", "A copy of the parental consent form you will use")
    tick(
        "doc_dbs",
        "If you are paying freelance artists: a copy of each artist's enhanced DBS certificate "
        "or their DBS Update Service check",
    )
    bar("Section 6: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "and that the grant will be spent only on the project described.",
    )
    tick(
        "insurance",
        "We hold public liability insurance of at least £5 million, or will have it before the "
        "project starts.",
    )
    tick(
        "data",
        "We have a data protection policy and will keep young people's details, photographs "
        "and consent forms securely.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Selvington Community Foundation, 4 Weavers Yard, Selvington SV6 1LR. Telephone 01632 "
        "977 041. Registered charity number 1184420.",
        9,
    )
    c.save()


def ottercombe() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ottercombe-youth-arts-and-music-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Youth Arts and Music Grant 2027-28: application form")
    c.setAuthor("Ottercombe Town Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Ottercombe Town Council: Youth Arts and Music Grant 2027-28")
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
        state["y"] -= 8
        c.setFont(bold, 13)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def blank(n: str, label: str, length: int = 60) -> None:
        """A label followed by an underscore blank, typed in the document."""
        room(22)
        c.setFont(bold, 11)
        c.drawString(50, state["y"], n)
        c.setFont(font, 11)
        c.drawString(80, state["y"], f"{label} " + "_" * length)
        state["y"] -= 22

    def lines(n: str, text: str, count: int) -> None:
        """A bold question over ruled lines (drawn, so invisible to text extraction)."""
        wrapped = simpleSplit(text, bold, 11, w - 80 - 50)
        room(15 * len(wrapped) + 20 * min(count, 4) + 6)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(50, state["y"], n)
        for line in wrapped:
            room(15)
            c.setFont(bold, 11)
            c.drawString(80, state["y"], line)
            state["y"] -= 15
        for _ in range(count):
            room(20)
            state["y"] -= 20
            c.line(80, state["y"], w - 50, state["y"])
        state["y"] -= 14

    c.setFont(bold, 20)
    c.drawString(50, state["y"], "Ottercombe Town Council")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(50, state["y"], "Youth Arts and Music Grant 2027-28: application form")
    state["y"] -= 24
    para(
        "The Town Council gives grants of up to £1,000 to clubs, groups and charities in "
        "Ottercombe parish that run music, drama, dance and arts activities for children and "
        "young people under 19. A grant can help with tutors' and artists' fees, hall hire, "
        "instruments, costumes and the costs of a show or exhibition."
    )
    para(
        "The Town Council will normally fund up to half of the cost of your project. You will "
        "need to find the other half from fundraising, ticket sales, subscriptions or other "
        "grants."
    )
    para(
        "Please complete the form in black ink or type your answers, and return it with your "
        "documents to the Town Clerk, Ottercombe Town Council, The Guildhall, Fore Street, "
        "Ottercombe OT4 9EH, or email a scan to clerk@ottercombe-tc.example.gov.uk. The closing "
        "date is Friday 16 July 2027."
    )
    heading("Part A: Your group")
    blank("A1", "Name of group:", 62)
    blank("A2", "Contact name:", 63)
    blank("A3", "Address:", 70)
    c.drawString(80, state["y"], "_" * 80)
    state["y"] -= 22
    blank("A4", "Postcode: ______________   Telephone:", 34)
    blank("A5", "Email:", 73)
    blank("A6", "How long has your group been running?", 34)
    blank("A7", "Is your group based in Ottercombe parish?   YES / NO  (please circle)", 0)
    heading("Part B: Your project")
    blank("B1", "Project title:", 64)
    blank("B2", "Start date:", 66)
    blank("B3", "End date:", 67)
    lines(
        "B4",
        "Describe your project and what the young people will do. (about 200 words)",
        8,
    )
    blank("B5", "Number of young people taking part:", 39)
    blank("B6", "Age range:", 66)
    lines("B7", "Why is the project needed in Ottercombe? (no more than 100 words)", 5)
    lines(
        "B8",
        "Who will run the sessions, and what experience do they have of working with children "
        "and young people? (no more than 100 words)",
        5,
    )
    lines(
        "B9",
        "How will the project benefit the wider community, for example through a performance "
        "or exhibition? (please keep to half a side of A4)",
        10,
    )
    lines(
        "B10",
        "How will you make sure that no young person misses out because their family cannot "
        "afford to pay?",
        5,
    )
    heading("Part C: Costs")
    para("Please list the items you want the grant to pay for.")
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
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
    state["y"] -= 18
    blank("C1", "Total cost of the project: £", 44)
    blank("C2", "Amount requested from the Town Council: £", 30)
    blank("C3", "Money from other sources: £", 44)
    heading("Part D: What to send with this form")
    para("Please send with your form:")
    for t in [
        "1.  a copy of your group's constitution or rules;",
        "2.  your most recent accounts, or a statement of income and expenditure for the last "
        "year signed by your treasurer;",
        "3.  a copy of your safeguarding or child protection policy;",
        "4.  a copy of your public liability insurance certificate (minimum cover £2 million).",
    ]:
        para(t, x=62)
    para(
        "If you are asking for help with the cost of hiring the Guildhall or another venue, "
        "please include the booking confirmation. If you are buying an instrument or equipment "
        "costing more than £300, please include a quote."
    )
    heading("Part E: Declaration")
    para(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the group. All adults who work with the children and young people "
        "in this project have had an appropriate DBS check. I understand that the grant must "
        "be used for the project described and that the Town Council may ask for it back if it "
        "is not."
    )
    blank("", "Signed:", 72)
    blank("", "Name:", 74)
    blank("", "Position in group:", 62)
    blank("", "Date:", 75)
    state["y"] -= 6
    para("FOR OFFICE USE ONLY", 9, bold)
    para(
        "Date received: __________   Ref: __________   Committee date: __________   "
        "Amount awarded: £__________",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    marlingham()
    wendlestock()
    selvington()
    ottercombe()
