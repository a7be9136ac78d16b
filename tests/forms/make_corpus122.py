"""Build set 122's Word and PDF documents (typical social prescribing and community activity
grants: an integrated care board's community social prescribing grant application, a borough
council's Healthy Communities Activity Fund guidance, a primary care network's green health
small grants form and a community foundation's walking for wellbeing grant form, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus122.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 9, 10, 15, 0)
BOX = "\u2610"


def wrenford() -> None:
    d = kit.new_document(
        FIXED,
        "Community Social Prescribing Grants 2027/28: application form",
        "NHS Wrenford and Dale Integrated Care Board",
    )
    p = d.add_paragraph
    d.add_heading("NHS Wrenford and Dale Integrated Care Board", 0)
    p("Community Social Prescribing Grants 2027/28: application form")
    p(
        "Social prescribing link workers in Wrenford and Dale's GP practices refer people who are "
        "lonely, anxious or living with a long-term condition to activities in their community. "
        "These grants of £1,000 to £10,000 help voluntary and community groups to run, grow or "
        "start activities that take those referrals: walking and exercise groups, arts and "
        "crafts, gardening, peer support, men's sheds and lunch clubs."
    )
    p(
        "The grant can pay the whole cost of your project. You do not need to find match "
        "funding, although we are glad to hear about other money you have."
    )
    p(
        "Please read the guidance notes before you start. Type your answers in the boxes and "
        "keep to the word limits. Email the completed form and your documents to "
        "communitygrants@wrenforddale-icb.example.org.uk by 12 noon on Monday 7 June 2027."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "Wrenford Voluntary Action runs the grants for the ICB. Ring Priya Haldane on "
        "01632 960 274 or email grants@wrenfordva.example.org.uk for a chat about your idea."
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
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
                f"{BOX} Constituted community group   {BOX} Other",
            ),
            ("Date your organisation was set up", ""),
            ("Income in your last financial year (£)", ""),
            (
                "Do you already take referrals from a social prescribing link worker?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d,
        "2.1 Tell us about your project: what activity will you run, where will it take place "
        "and how often? (maximum 300 words)",
    )
    kit.question(
        d,
        "2.2 Who is the activity for, and how do you know it is needed? You could use waiting "
        "lists, feedback from participants or what link workers have told you. (maximum 250 words)",
    )
    kit.question(
        d,
        "2.3 How will people be referred to you by link workers, and how will you welcome "
        "someone who comes for the first time? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you keep participants safe, including people who may be vulnerable? "
        "(maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 What difference will the activity make to people's health and wellbeing, and how "
        "will you measure it? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.6 How will the activity carry on after the grant has been spent? (maximum 150 words)",
        2000,
    )
    kit.question(
        d, "2.7 Is there anything else you would like to tell us about your project?", 2000
    )
    kit.details(
        d,
        [
            "Number of people you expect to be referred in the first year",
            "Start date of the project",
            "End date of the project",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 3: Budget", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Description", "Cost (£)"], 6)
    kit.details(
        d, ["Total cost of the project (£)", "Amount requested from the ICB (£)"], shade=True
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p("Please tick to show the documents you have sent with this form.")
    kit.ticked(
        d,
        [
            "Your governing document (constitution, set of rules or articles of association), "
            "signed and dated",
            "Your latest annual accounts. If your organisation is less than 12 months old, send "
            "your last three bank statements instead",
            "Your safeguarding policy, covering adults at risk (and children if your activity is "
            "open to under-18s)",
            "A copy of your public liability insurance certificate (minimum cover £5 million)",
            "Quotes for any single item of equipment costing more than £500",
            "If staff or volunteers will support participants one-to-one: confirmation that they "
            "have had an enhanced DBS check",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is true and that I am authorised "
        "to apply on behalf of the organisation. I understand that the grant must be spent on "
        "the project described and that the ICB may ask for it back if it is not."
    )
    p("Please tick each statement to confirm it.")
    kit.ticks(
        d,
        [
            "We will share information about referrals and outcomes with the ICB and the link "
            "worker team in line with our data protection policy and UK GDPR.",
            "We have an equality and diversity policy, and the activity will be open to everyone "
            "who is referred to it.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "NHS Wrenford and Dale Integrated Care Board, Kingsmead House, Station Road, Wrenford "
        "WR2 6HJ. Grants administered by Wrenford Voluntary Action, telephone 01632 960 274."
    )
    out = HERE / "wrenford-community-social-prescribing-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def kettlemere() -> None:
    d = kit.new_document(
        FIXED,
        "Healthy Communities Activity Fund: guidance notes 2027-28",
        "Kettlemere Borough Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Kettlemere Borough Council", 0)
    p("Healthy Communities Activity Fund: guidance notes for applicants, 2027-28")
    p("Run by Kettlemere Borough Council with the four Kettlemere primary care networks")
    d.add_heading("1. About the fund", 1)
    p(
        "Social prescribers in Kettlemere's GP practices help people to find activities that "
        "improve their health and wellbeing and bring them into contact with others. The "
        "Healthy Communities Activity Fund gives grants of £500 to £5,000 to community groups "
        "that run those activities and are willing to take referrals from social prescribers."
    )
    p(
        "These notes explain who can apply, what the fund pays for, what you need to send and "
        "how we decide. Please read them before you start your application."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a constituted community group, registered charity, CIO or community interest company;"
    )
    bullet("runs, or will run, its activity in the borough of Kettlemere;")
    bullet("has a bank account in its own name that needs two unrelated people to sign; and")
    bullet(
        "is willing to take referrals from social prescribers and to tell them how people "
        "are doing."
    )
    p(
        "We cannot fund individuals, profit-making businesses, GP practices or other NHS "
        "organisations, or activities that promote religious or political beliefs."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We are looking for activities such as:")
    bullet("health walks, chair-based exercise, dance and other gentle activity;")
    bullet("arts, crafts, music and singing groups;")
    bullet("community gardening and food growing;")
    bullet("peer support groups, men's sheds and social groups for people who are lonely.")
    p(
        "The grant can pay for sessional workers and instructors, room hire, equipment and "
        "materials, volunteer expenses, training, and publicity aimed at people who are referred."
    )
    p("We cannot pay for:")
    bullet("activities that have already taken place;")
    bullet("buildings or major repairs;")
    bullet("medical treatment or clinical services;")
    bullet("trips or events that are one-off rather than regular.")
    d.add_heading("4. How much you can ask for", 1)
    p(
        "Grants are from £500 to £5,000 for up to 12 months. We will fund up to three-quarters "
        "of the cost of your activity. You will need to find at least a quarter of the total "
        "cost from other sources: your own funds, members' subscriptions, fundraising or other "
        "grants."
    )
    d.add_heading("5. Working with social prescribers", 1)
    p(
        "Social prescribers will refer people to your activity through the Kettlemere "
        "Community Directory. Each referral will tell you the person's first name and how to "
        "contact them. We expect you to contact each person within a week, to welcome them at "
        "their first session and to let the social prescriber know whether they came."
    )
    p(
        "If you are offered a grant you will be asked to sign the Kettlemere data sharing "
        "agreement before we pay it. This explains how referral information must be stored and "
        "shared. You do not need to send anything about it with your application."
    )
    p(
        "Every three months you will report the number of people referred, the number who "
        "attended and, for people who agree, a short wellbeing score at their first session and "
        "again after three months."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Apply online at www.kettlemere.example.gov.uk/healthycommunities. You can save your "
        "application and return to it. The online form has five parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length of answers"),
            ("1", "Your organisation and contact details", "Short answers"),
            ("2", "Your activity, who it is for and why it is needed", "Up to 400 words"),
            ("3", "How you will welcome and support people who are referred", "Up to 300 words"),
            ("4", "How you will know the activity has made a difference", "Up to 200 words"),
            ("5", "Your budget and other funding", "Budget table"),
        ],
    )
    d.add_heading("7. What you need to send", 1)
    p("Every applicant must upload:")
    bullet(
        "your governing document, such as a constitution, set of rules or articles of association;"
    )
    bullet(
        "your most recent annual accounts, signed by two members of your committee. They do not "
        "need to be independently examined;"
    )
    bullet("your safeguarding policy, which must cover adults at risk;")
    bullet("a risk assessment for the activity you want us to fund.")
    p("Some applicants will also need to send:")
    bullet(
        "if your activity involves physical exercise, such as walking, dance or chair-based "
        "exercise: a copy of the qualification of the person who will lead it (for example a "
        "walk leader or exercise instructor certificate);"
    )
    bullet("if you want to buy equipment costing more than £250 an item: a written quote;")
    bullet(
        "if staff or volunteers will meet participants on their own or visit them at home: "
        "your lone working policy."
    )
    p(
        "All groups must also have an equal opportunities policy and a data protection policy. "
        "You do not need to send these, but we may ask to see them."
    )
    p(
        "Anyone who leads activities for children, or supports adults at risk on their own, must "
        "have a DBS check at the right level. You do not need to send DBS certificates."
    )
    d.add_heading("8. Insurance", 1)
    p(
        "Your group must hold public liability insurance with cover of at least £5 million. You "
        "do not need to send the certificate with your application, but we will ask for a copy "
        "before we pay the grant."
    )
    d.add_heading("9. How we decide", 1)
    p("A panel of council officers and social prescribers scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Score out of"),
            ("The need for the activity and who it will reach", "30"),
            ("How well people who are referred will be welcomed and supported", "30"),
            ("How you will know the activity has made a difference", "20"),
            ("Value for money and a realistic budget", "20"),
        ],
    )
    p("We will not fund applications that score less than 50.")
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel meets", "Decision by"),
            ("1", "28 May 2027", "24 June 2027", "9 July 2027"),
            ("2", "1 October 2027", "28 October 2027", "12 November 2027"),
        ],
    )
    d.add_heading("11. Frequently asked questions", 1)
    d.add_heading("We are not yet constituted. Can we apply?", 3)
    p(
        "Not on your own. Kettlemere Voluntary Action can help you to adopt a simple "
        "constitution, or you can apply with a constituted group that agrees to hold the grant."
    )
    d.add_heading("Can the quarter we find ourselves include volunteer time?", 3)
    p("No. It must be money, although it can come from other grants.")
    d.add_heading("What if nobody is referred to us?", 3)
    p(
        "Tell us early. We will work with the social prescribers to promote your activity, and "
        "people can still come along without a referral."
    )
    d.add_heading("Can we apply again next year?", 3)
    p("Yes, if you have sent your monitoring reports for this year's grant.")
    d.add_heading("12. Contact us", 1)
    p(
        "Public Health and Communities Team, Kettlemere Borough Council, Town Hall, Market "
        "Place, Kettlemere KM1 3AD. Telephone 01632 961 903. Email "
        "healthycommunities@kettlemere.example.gov.uk."
    )
    out = HERE / "kettlemere-healthy-communities-activity-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tarrowby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tarrowby-green-health-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Green Health Small Grants: application form")
    c.setAuthor("Tarrowby Primary Care Network")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#2E6B30")

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
        c.setFillColor(green)
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
            x=300,
            y=state["y"] - 18,
            width=245,
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
    c.drawString(50, state["y"], "Tarrowby Primary Care Network")
    state["y"] -= 22
    txt("Green Health Small Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Time outdoors, growing food and working alongside other people is good for body and "
        "mind. The practices of Tarrowby Primary Care Network offer grants of up to £1,000 to "
        "community gardens, allotment groups, green gyms and conservation volunteer groups that "
        "will welcome patients referred by our social prescribing link workers."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. The longer answer boxes have a character limit, "
        "shown after each question. Save the form and email it, with your documents, to "
        "greenhealth@tarrowbypcn.example.org.uk by Friday 30 April 2027. Questions? Ring "
        "Owen Bracegirdle, Social Prescribing Lead, on 01632 965 118."
    )
    bar("Part A: Your group")
    field("group_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "What kind of group are you?",
        ["Constituted community group", "Registered charity", "Community interest company"],
    )
    field("practices", "GP practice areas your project will serve", 150)
    bar("Part B: Your project")
    box(
        "b1",
        "B1 Describe your project and where it takes place. (up to 1,200 characters)",
        "B1 Describe your project and where it takes place",
        1200,
        110,
    )
    box(
        "b2",
        "B2 How will taking part improve the physical and mental health of the people who "
        "join in? (up to 1,200 characters)",
        "B2 How will taking part improve people's physical and mental health?",
        1200,
        110,
    )
    box(
        "b3",
        "B3 How will you welcome people referred by our link workers, and how will you let the "
        "link workers know how they are getting on? (up to 900 characters)",
        "B3 How will you welcome people referred by our link workers?",
        900,
        80,
    )
    box(
        "b4",
        "B4 How will you make the site and the activities accessible to people with a "
        "disability or long-term condition? (up to 600 characters)",
        "B4 How will you make the site and activities accessible?",
        600,
        60,
    )
    box(
        "b5",
        "B5 Is there anything else you would like us to know?",
        "B5 Anything else you would like us to know",
        0,
        70,
    )
    field("participants", "How many people do you expect to take part in a year?", 6)
    field("sessions", "How many sessions will you run each week?", 3)
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount requested (£)", 10)
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_bank", "Your latest bank statement (no more than three months old)")
    tick("doc_rules", "Your constitution or set of rules")
    tick("doc_insurance", "A copy of your public liability insurance certificate")
    tick("doc_risk", "A risk assessment for your gardening or outdoor activities")
    tick(
        "doc_safeguarding",
        "Your safeguarding policy (only if children or adults at risk will take part)",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct and that the grant will be "
        "spent on the project described.",
    )
    tick(
        "data_protection",
        "We have a data protection policy and will keep information about people referred to us "
        "safe and confidential.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Tarrowby Primary Care Network, c/o Abbey Lane Surgery, Abbey Lane, Tarrowby TB5 2RQ. "
        "Telephone 01632 965 118.",
        9,
    )
    c.save()


def dunhollow() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "dunhollow-walking-for-wellbeing-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Walking for Wellbeing Fund: application form")
    c.setAuthor("Dunhollow Community Foundation")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"
    grey = HexColor("#D9D9D9")

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Dunhollow Community Foundation: Walking for Wellbeing Fund 2027")
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
        room(44)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont(bold, 11)
        c.drawString(56, state["y"], t)
        state["y"] -= 26

    def item(n: str, label: str) -> None:
        """A label in a left-hand cell with an empty cell beside it (drawn, not text)."""
        lines = simpleSplit(label, font, 10, 200)
        hh = max(22, 12 * len(lines) + 10)
        room(hh)
        c.rect(50, state["y"] - hh, 230, hh, stroke=1, fill=0)
        c.rect(280, state["y"] - hh, w - 50 - 280, hh, stroke=1, fill=0)
        c.setFont(font, 10)
        if n:
            c.drawString(54, state["y"] - 14, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 14 - 12 * i, line)
        state["y"] -= hh

    def choice(n: str, label: str, options: list[str]) -> None:
        lines = simpleSplit(label, font, 10, 200)
        hh = max(22, 12 * len(lines) + 10)
        room(hh)
        c.rect(50, state["y"] - hh, 230, hh, stroke=1, fill=0)
        c.rect(280, state["y"] - hh, w - 50 - 280, hh, stroke=1, fill=0)
        c.setFont(font, 10)
        c.drawString(54, state["y"] - 14, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 14 - 12 * i, line)
        x = 288
        for opt in options:
            c.rect(x, state["y"] - 16, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 14, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 20
        state["y"] -= hh

    def question(n: str, text: str, height: int) -> None:
        room(14 * len(simpleSplit(text, bold, 10, w - 76 - 50)) + height + 10)
        state["y"] -= 8
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 10, w - 76 - 50):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        room(height + 6)
        c.rect(50, state["y"] - height, w - 100, height, stroke=1, fill=0)
        state["y"] -= height + 10

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Dunhollow Community Foundation")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Walking for Wellbeing Fund 2027: application form")
    state["y"] -= 24
    para(
        "Walking is the easiest way for most people to become more active, and walking with "
        "others is a good way to make friends. The Walking for Wellbeing Fund, supported by NHS "
        "Dunhollow Place and local donors, gives grants of up to £2,500 to health walk schemes "
        "and community walking groups in Dunhollow that welcome people referred by social "
        "prescribing link workers, GP practices and community health teams."
    )
    para(
        "The Foundation will fund up to 80% of the cost of your project. The remaining 20% must "
        "come from elsewhere, such as your own fundraising, other grants or members' "
        "subscriptions."
    )
    para(
        "Please complete the form in black ink or type into a copy of it, keeping to the word "
        "limits, and post or email it to the Foundation. The closing date is Friday 9 July 2027."
    )
    heading("Section A: About your group")
    item("A1", "Name of group")
    item("A2", "Contact name")
    item("A3", "Role in the group")
    item("A4", "Address")
    item("A5", "Postcode")
    item("A6", "Telephone")
    item("A7", "Email")
    item("A8", "Registered charity number (if you have one)")
    choice(
        "A9",
        "Does your group have a bank account in its own name with two unrelated signatories?",
        ["Yes", "No"],
    )
    heading("Section B: Your walks")
    question(
        "B1",
        "Describe the walks you run or plan to run: where they go, how often, and how long and "
        "how demanding they are. (no more than 250 words)",
        130,
    )
    question(
        "B2",
        "Who will the walks be for, and how will you work with social prescribing link workers "
        "and GP practices so that people are referred to you? (no more than 300 words)",
        150,
    )
    question(
        "B3",
        "How will your walk leaders be trained and supported? (no more than 200 words)",
        110,
    )
    question(
        "B4",
        "How will you keep walkers safe, including what you will do if someone is taken ill on "
        "a walk? (no more than 200 words)",
        110,
    )
    question(
        "B5",
        "What difference will your walks make to the people who come, and how will you know? "
        "(please use no more than one side of A4)",
        200,
    )
    state["y"] -= 4
    item("B6", "Number of walkers you expect each week")
    heading("Section C: Costs")
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
    state["y"] -= 10
    item("C1", "Total cost of the project (£)")
    item("C2", "Amount requested from the Foundation (£)")
    item("C3", "Other money secured or applied for (£)")
    heading("Section D: Insurance and documents")
    para(
        "Your group must hold public liability insurance of at least £5 million. Groups that "
        "belong to a national walking scheme are often covered by the scheme's own policy."
    )
    room(24)
    c.rect(50, state["y"] - 12, 10, 10, stroke=1, fill=0)
    c.setFont(font, 10)
    c.drawString(
        66,
        state["y"] - 10,
        "Please tick: we hold public liability insurance of at least £5 million.",
    )
    state["y"] -= 26
    para("Please send these documents with your application:")
    for t in [
        "1.  your group's constitution or set of rules;",
        "2.  your most recent annual accounts, signed by your chair and treasurer;",
        "3.  a bank statement from the last three months;",
        "4.  your risk assessment for your walks or walking routes;",
        "5.  if any of your walks will include children under 18 or adults at risk: your "
        "safeguarding policy and confirmation that your walk leaders have had a DBS check;",
        "6.  if you are asking for money for walk leader training: a quote from the training "
        "provider.",
    ]:
        para(t, x=62)
    heading("Section E: Declaration")
    para(
        "I confirm that the information in this form is correct, that the group's committee "
        "has agreed to this application and that any grant will be spent on the project "
        "described. I understand that the Foundation may ask for the grant back if it is not."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 10
    para("For office use only", 9, bold)
    para(
        "Date received: __________   Ref: __________   Assessed by: __________   "
        "Panel date: __________",
        9,
    )
    para(
        "Dunhollow Community Foundation, 4 Cooper's Yard, Dunhollow DH7 1LS. Telephone "
        "01632 966 402. Email grants@dunhollowcf.example.org.uk. Registered charity 1168245.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    wrenford()
    kettlemere()
    tarrowby()
    dunhollow()
