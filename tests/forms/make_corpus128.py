"""Build set 128's Word and PDF documents (typical youth club and detached youth work grants:
a district council's Youth Club Grants application, a community foundation's Detached and
Outreach Youth Work Fund guidance, a town council's Youth Activities Grant fillable form and a
borough council's Youth Voice Fund form printed to a text PDF, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus128.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def calverleigh() -> None:
    d = kit.new_document(
        FIXED, "Youth Club Grants 2027/28: application form", "Calverleigh District Council"
    )
    p = d.add_paragraph
    d.add_heading("Calverleigh District Council", 0)
    p("Youth Club Grants 2027/28: application form")
    p(
        "Youth Club Grants help voluntary and community organisations in Calverleigh District "
        "to run open-access youth clubs for young people aged 11 to 19 (up to 25 for young "
        "people with special educational needs or disabilities). Grants of £1,000 to £5,000 "
        "can pay for sessional youth workers, hall hire, equipment, training for volunteers "
        "and activities planned with young people."
    )
    p(
        "We will fund up to 80% of the cost of your project. You will need to find at least 20% "
        "from other sources, such as subs, fundraising or another grant. Volunteer time does not "
        "count towards the 20%."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers in the "
        "boxes and keep to the word limits. Email the completed form and your documents to "
        "youthgrants@calverleigh.example.gov.uk by 12 noon on Monday 26 April 2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "Our Youth Development Officer, Priya Holloway, is happy to talk through your idea or "
        "read a draft. Ring 01632 960 744 or email the address above."
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
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community group   "
                f"{BOX} Parish or town council",
            ),
            (
                "Is your club open to any young person in the age range who wants to come?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: About your club", 1)
    kit.details(
        d,
        [
            "Name of the youth club (if different from above)",
            "Meeting place (name and address of the venue)",
            "Days and times of sessions",
            "Number of young people at an average session",
            "Number of qualified youth workers (JNC level 2 or 3) at the club",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 3: Your project", 1)
    kit.question(
        d,
        "3.1 Tell us about your club and the young people who come to it. (max 250 words)",
    )
    kit.question(d, "3.2 What do you want the grant for, and why is it needed now? (max 300 words)")
    kit.question(
        d,
        "3.3 How have young people helped to plan this project? (max 200 words)",
        2400,
    )
    kit.question(
        d,
        "3.4 How will you keep young people safe? Tell us about your safeguarding arrangements, "
        "your adult to young person ratios and how you check staff and volunteers. "
        "(max 250 words)",
    )
    kit.question(
        d,
        "3.5 What difference will the project make, and how will you know? (max 200 words)",
        2400,
    )
    kit.question(d, "3.6 Is there anything else you would like us to know?", 2000)
    d.add_heading("Section 4: Costs", 1)
    p("Please list each item the grant will pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested (£) (maximum £5,000)",
            "Other money secured towards the project (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 5: Documents checklist", 1)
    p("Please tick to show which documents you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or trust deed",
            "Your most recent annual accounts: independently examined or audited, or, if your "
            "income is under £10,000 a year, an income and expenditure account signed by your "
            "treasurer",
            "Your safeguarding and child protection policy",
            "Your equal opportunities policy",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Written quotes for any single item costing more than £1,000",
            "If your project includes trips, residentials or outdoor activities: your health "
            "and safety policy",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am authorised "
        "by the organisation to apply. I understand that the grant must be spent on the project "
        "described and that the Council may ask for it back if it is not."
    )
    p("Please tick to confirm each statement.")
    kit.ticks(
        d,
        [
            "Everyone who works with young people at the club, paid or volunteer, has an "
            "enhanced DBS check, renewed at least every three years.",
            "We will tell the Council straight away about any serious safeguarding incident "
            "at the club.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Youth Development Team, Calverleigh District Council, The Guildhall, Market Place, "
        "Calverleigh CV7 2RP. Telephone 01632 960 744."
    )
    out = HERE / "calverleigh-youth-club-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pitchcombe() -> None:
    d = kit.new_document(
        FIXED,
        "Detached and Outreach Youth Work Fund: guidance notes",
        "Pitchcombe Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Pitchcombe Community Foundation", 0)
    p("Detached and Outreach Youth Work Fund: guidance notes for applicants, 2027")
    d.add_heading("1. About the fund", 1)
    p(
        "Detached youth workers meet young people where they are: in parks, on estates, at bus "
        "stations and outside shops. The Detached and Outreach Youth Work Fund gives grants of "
        "£5,000 to £20,000 a year, for up to two years, to charities and community groups in "
        "Pitchcombe and the surrounding villages that run detached or outreach youth work with "
        "young people aged 11 to 19."
    )
    p(
        "The fund is paid for by the Pitchcombe Youth Endowment and two local businesses. These "
        "notes explain who can apply, what we pay for, what you need to send and how we decide."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your organisation:")
    bullet("is a registered charity, CIO, community interest company or constituted group;")
    bullet("works with young people in the Pitchcombe area;")
    bullet(
        "employs or will employ youth workers who hold, or are working towards, a JNC-recognised "
        "youth work qualification (level 2 for support workers, level 6 for the lead worker);"
    )
    bullet("has a management committee or board of at least three unrelated people.")
    p("We cannot fund individuals, schools, political activity or religious instruction.")
    d.add_heading("3. What the fund pays for", 1)
    p(
        "Youth workers' salaries and sessional pay; supervision and training; mobile provision "
        "such as a youth bus or a gazebo and kit for street sessions; phones and safety "
        "equipment for lone or paired working; activities and trips that grow out of detached "
        "sessions; a share of your running costs (up to 10% of the grant)."
    )
    p(
        "Grants can cover the full cost of your work: you do not need to find match funding, "
        "but tell us about any other money you have for the same work."
    )
    d.add_heading("4. How to apply", 1)
    p(
        "Apply online at www.pitchcombefoundation.example.org.uk/apply. You can save your "
        "application and come back to it. The online form has four parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length"),
            ("A", "Your organisation's details and contacts", "Short answers"),
            ("B", "The young people and the area you will work in", "Up to 400 words"),
            ("C", "How you will run the sessions and keep everyone safe", "Up to 500 words"),
            ("D", "The difference the work will make and how you will show it", "Up to 300 words"),
        ],
    )
    d.add_heading("5. What you need to send", 1)
    p("Every applicant must upload:")
    bullet("your governing document (constitution, articles or trust deed), signed and dated;")
    bullet(
        "your latest annual accounts. They do not need to be audited or independently examined "
        "unless the law requires it, but they must be signed by two trustees or committee "
        "members;"
    )
    bullet(
        "your safeguarding and child protection policy, naming your designated safeguarding "
        "lead and covering work in public places;"
    )
    bullet("your lone working policy, including how detached workers check in and out;")
    bullet(
        "a reference from a partner who knows your youth work, for example a school, the "
        "neighbourhood policing team or the council's youth service."
    )
    p("Some applicants also need to send:")
    bullet("if you employ staff, a copy of your employer's liability insurance certificate;")
    bullet("if you are asking for more than £10,000 a year, a detailed budget for each year;")
    bullet(
        "if you will deliver the work with another organisation, a letter from each partner "
        "saying what it will do."
    )
    p(
        "You must also have an equal opportunities policy and a data protection policy. You do "
        "not need to send them, but we will ask to see them before we pay a grant."
    )
    d.add_heading("6. Insurance", 1)
    p(
        "You must hold public liability insurance with cover of at least £10 million for the "
        "whole of the grant period. You do not need to send the certificate with your "
        "application."
    )
    d.add_heading("7. Staffing and safeguarding", 1)
    p(
        "Detached sessions must be staffed by at least two workers, one of them qualified. "
        "Every worker and volunteer must have an enhanced DBS check with a children's barred "
        "list check before they start. Where young people go on trips arising from detached "
        "work, you must have written parental consent for anyone under 16."
    )
    d.add_heading("8. How we decide", 1)
    kit.table(
        d,
        [
            ("What we look for", "Weighting"),
            ("A clear need, shown by what young people and partners tell you", "30%"),
            ("Safe, well-planned sessions with qualified workers", "30%"),
            ("Young people's voice in shaping the work", "20%"),
            ("Value for money and how you will show the difference made", "20%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "1 March 2027"),
            ("Closing date", "5pm, Friday 30 April 2027"),
            ("Panel meets", "June 2027"),
            ("Decisions emailed", "by 9 July 2027"),
            ("Grants start", "from 1 September 2027"),
        ],
    )
    d.add_heading("10. Questions people ask", 1)
    d.add_heading("Can we apply if we only run outreach from a youth centre?", 3)
    p(
        "Yes. Outreach that brings young people into a centre, or takes centre-based work out "
        "into the community, is welcome."
    )
    d.add_heading("Do our volunteers need to be qualified?", 3)
    p(
        "No, but every session must be led by a qualified worker and volunteers must have an "
        "induction and a DBS check."
    )
    d.add_heading("Can we apply for a second year later?", 3)
    p("Yes, if you ask for one year now you can apply again for a second year next spring.")
    d.add_heading("11. Contact us", 1)
    p(
        "Pitchcombe Community Foundation, 4 Tanners Yard, Pitchcombe PC3 9LE. Telephone "
        "01632 961 902. Email grants@pitchcombefoundation.example.org.uk. Registered charity "
        "number 1184476."
    )
    out = HERE / "pitchcombe-detached-youth-work-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def harnwick() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "harnwick-youth-activities-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Youth Activities Grant: application form")
    c.setAuthor("Harnwick Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    purple = HexColor("#5B2C6F")

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
        c.setFillColor(purple)
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
    c.drawString(50, state["y"], "Harnwick Town Council")
    state["y"] -= 22
    txt("Youth Activities Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Youth Activities Grants of up to £1,500 help youth clubs, uniformed groups and "
        "community groups in Harnwick to run activities for young people aged 8 to 18: holiday "
        "programmes, sports and arts sessions, trips and residentials, and new clubs."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Some answer boxes have a character limit, shown "
        "after the question. Save the form and email it, with your documents, to "
        "youthgrants@harnwick-tc.example.gov.uk. Questions? Ring the Town Clerk's office on "
        "01632 962 115."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Type of group",
        ["Youth club", "Uniformed group", "Sports club", "Other community group"],
    )
    radios("volunteer_led", "Is your group run entirely by volunteers?", ["Yes", "No"])
    bar("Part B: Your activity")
    field("activity", "Name of the activity", 80)
    field("start", "Start date", 10)
    field("young_people", "Number of young people taking part", 5)
    box(
        "b1",
        "B1 Describe the activity and the young people it is for. (up to 1,500 characters)",
        "B1 Describe the activity and the young people it is for",
        1500,
        110,
    )
    box(
        "b2",
        "B2 How did young people help to shape the activity? (up to 900 characters)",
        "B2 How did young people help to shape the activity?",
        900,
        70,
    )
    box(
        "b3",
        "B3 How many adults will supervise each session, and how will you make sure they are "
        "safe to work with young people? (up to 1,200 characters)",
        "B3 Supervision and safer recruitment",
        1200,
        90,
    )
    box(
        "b4",
        "B4 What will young people get out of taking part?",
        "B4 What will young people get out of taking part?",
        1200,
        90,
    )
    box(
        "b5",
        "B5 Please tell us anything else we should know about your application.",
        "B5 Anything else we should know",
        0,
        80,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the activity (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("other_money", "Money from other sources (£)", 10)
    txt(
        "We can pay up to half of the cost of the activity. The other half should come from "
        "fundraising, parents' contributions, your own funds or other grants."
    )
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_rules", "Your constitution or rules")
    tick(
        "doc_accounts",
        "Your latest annual accounts or income and expenditure statement, signed by your treasurer",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick("doc_insurance", "Your public liability insurance certificate (at least £5 million)")
    tick("doc_risk", "If the activity includes a trip or residential: your risk assessment")
    tick(
        "doc_minibus",
        "If you will use a minibus: a copy of the driver's licence showing category D1 and "
        "their MiDAS certificate",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "and that the grant will be spent only on the activity described.",
    )
    tick(
        "dbs",
        "Every adult who will supervise young people has an enhanced DBS check, and we will "
        "keep to safe adult to young person ratios and get parents' written consent for trips.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Harnwick Town Council, Town Hall, Bridge Street, Harnwick HN5 1DA. Telephone 01632 "
        "962 115.",
        9,
    )
    c.save()


def whitmoor() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "whitmoor-youth-voice-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Youth Voice Fund: application form")
    c.setAuthor("Whitmoor Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Whitmoor Borough Council: Youth Voice Fund 2027")
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
        x, y = 276, state["y"]
        for opt in options:
            width = 14 + c.stringWidth(opt, font, 10) + 16
            if x + width > w - 40:
                y -= 16
                x = 276
            c.rect(x, y - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, y - 13, opt)
            x += width
        state["y"] -= max(26, 12 * len(lines) + 16, state["y"] - y + 26)

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
    c.drawString(50, state["y"], "Whitmoor Borough Council")
    state["y"] -= 24
    para("Youth Voice Fund 2027: application form", 13, bold)
    para(
        "The Youth Voice Fund gives grants of up to £2,000 to youth councils, school councils, "
        "youth forums and groups of young people aged 11 to 25 in Whitmoor who want to change "
        "something in their community and have their say with the people who make decisions. "
        "The application should be written by the young people themselves, with help from an "
        "adult supporter if they want it."
    )
    para(
        "The Youth Voice Fund can pay the whole cost of your project; you do not need to find "
        "money from anywhere else."
    )
    para(
        "Write in the boxes, or type your answers on separate sheets using the same numbers. "
        "Post or hand the form in to the Youth Participation Team at the address at the end, or "
        "scan it and email it to youthvoice@whitmoor.example.gov.uk. Closing date: Friday 21 "
        "May 2027."
    )
    heading("Part 1: About your group")
    item("1.1", "Name of your group")
    item("1.2", "Address for letters")
    item("1.3", "Postcode")
    item("1.4", "Contact name")
    item("1.5", "Telephone")
    item("1.6", "Email")
    item("1.7", "Age range of members")
    choice(
        "1.8",
        "Which best describes your group?",
        ["Youth council", "School council", "Youth forum", "Other"],
    )
    choice("1.9", "Is the group led by young people?", ["Yes", "No"])
    heading("Part 2: Your project")
    question(
        "2.1",
        "What is your project, and what do you want to change? (no more than 300 words)",
        190,
    )
    question(
        "2.2",
        "How were young people involved in choosing this project, and how will they lead it? "
        "(no more than 250 words)",
        160,
    )
    question(
        "2.3",
        "Which decision makers (for example councillors, school governors or service managers) "
        "will you put your views to, and how? (no more than 200 words)",
        140,
    )
    question(
        "2.4",
        "Set out a timetable for your project, from start to finish. (no more than half a side "
        "of A4)",
        170,
    )
    question(
        "2.5",
        "How will you make sure young people from different backgrounds can take part? "
        "(no more than 150 words)",
        110,
    )
    question("2.6", "How will you tell other young people what you achieved?", 110)
    heading("Part 3: Costs")
    para("3.1 Please list what the money will be spent on.")
    room(150)
    c.setFont(bold, 10)
    c.rect(76, state["y"] - 18, 330, 18, stroke=1, fill=0)
    c.rect(406, state["y"] - 18, w - 50 - 406, 18, stroke=1, fill=0)
    c.drawString(82, state["y"] - 13, "Item")
    c.drawString(412, state["y"] - 13, "Cost (£)")
    for r in range(1, 7):
        c.rect(76, state["y"] - 18 - 18 * r, 330, 18, stroke=1, fill=0)
        c.rect(406, state["y"] - 18 - 18 * r, w - 50 - 406, 18, stroke=1, fill=0)
    state["y"] -= 18 * 7 + 14
    item("3.2", "Total cost of the project (£)")
    item("3.3", "Amount you are asking for (£)")
    heading("Part 4: Documents")
    para("Please send these with your form:")
    para("a) your group's terms of reference or constitution;", x=66)
    para(
        "b) a letter of support from the adult organisation that hosts your group (for example "
        "your school, the council's youth service or a charity) and will look after the money;",
        x=66,
    )
    para("c) your host organisation's safeguarding policy;", x=66)
    para(
        "d) a recent bank statement for the account the grant will be paid into (we do not ask "
        "for accounts);",
        x=66,
    )
    para(
        "e) if your project includes an event, a residential or a trip, a risk assessment;",
        x=66,
    )
    para(
        "f) if any adults helping with the project are not employed by your host, confirmation "
        "that each of them has an enhanced DBS check.",
        x=66,
    )
    para(
        "Your host must hold public liability insurance of at least £10 million. You do not need "
        "to send us the certificate."
    )
    heading("Part 5: Declaration")
    para(
        "We confirm that the information in this form is true, that the young people in our "
        "group agreed to apply, and that we will spend the grant only on the project described."
    )
    item("5.1", "Signed (young person)")
    item("5.2", "Name")
    item("5.3", "Signed (adult supporter)")
    item("5.4", "Name")
    item("5.5", "Date")
    state["y"] -= 8
    room(80)
    c.rect(50, state["y"] - 64, w - 100, 64, stroke=1, fill=0)
    c.setFont(bold, 9)
    c.drawString(58, state["y"] - 14, "FOR OFFICE USE ONLY")
    c.setFont(font, 9)
    c.drawString(
        58,
        state["y"] - 30,
        "Date received: ____________   Reference: ____________   Officer: ____________",
    )
    c.drawString(58, state["y"] - 46, "Panel date: ____________   Amount awarded: £____________")
    state["y"] -= 78
    para(
        "Youth Participation Team, Whitmoor Borough Council, Civic Offices, Moor Lane, Whitmoor "
        "WM2 6TS. Telephone 01632 963 480.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    calverleigh()
    pitchcombe()
    harnwick()
    whitmoor()
