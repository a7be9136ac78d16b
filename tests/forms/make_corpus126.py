"""Build set 126's Word and PDF documents (typical suicide prevention and men's health
community grants: a county council public health Suicide Prevention Community Grants
application, a borough council's Bereavement by Suicide Support Fund guidance notes, a
community foundation's Men's Mental Health Fund form and a district council's Men's Health
and Wellbeing Small Grants form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus126.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def sallowdene() -> None:
    d = kit.new_document(
        FIXED,
        "Suicide Prevention Community Grants 2027/28: application form",
        "Sallowdene County Council Public Health",
    )
    p = d.add_paragraph
    d.add_heading("Sallowdene County Council", 0)
    p("Public Health: Suicide Prevention Community Grants 2027/28")
    p("Application form")
    p(
        "Suicide Prevention Community Grants of £1,000 to £10,000 help voluntary and community "
        "organisations in Sallowdene to reduce the risk of suicide in their communities. We "
        "particularly want to support work with middle-aged men, people in debt or facing "
        "money worries, people who are bereaved by suicide, farmers and rural workers, and "
        "lesbian, gay, bisexual and trans people. The grants are part of the Sallowdene "
        "Suicide Prevention Plan 2026-2030."
    )
    p(
        "We can fund up to 80% of the total cost of your project. At least 20% must come from "
        "your own funds or from other funders; volunteer time does not count towards this."
    )
    p(
        "Please read the guidance notes before you start. Type your answers in the boxes, "
        "which will expand, and keep to the word limits shown. Email the completed form and "
        "your documents to suicideprevention@sallowdene.example.gov.uk by 12 noon on Monday "
        "10 May 2027."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "Call the Public Health Community Team on 01632 975 214 or email the address above. We "
        "can also send the form in large print or talk it through with you on the phone."
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
            "Website (if you have one)",
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
            ("Total income in your last financial year (£)", ""),
            ("Does your organisation have a named safeguarding lead?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        [
            "Project name",
            "Amount requested (£)",
            "Total cost of the project (£)",
            "Start date",
            "End date",
        ],
        shade=True,
    )
    p()
    kit.question(d, "2.1 Describe your project and what it will do. (max 300 words)")
    kit.question(
        d,
        "2.2 Who is the project for? Tell us how it will reach people at higher risk of "
        "suicide, such as middle-aged men, people in debt or people bereaved by suicide. "
        "(max 250 words)",
    )
    kit.question(
        d,
        "2.3 What difference will the project make to the people taking part? (max 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you keep people safe? Tell us about your safeguarding arrangements, what "
        "your staff and volunteers will do if someone tells them they are thinking about "
        "suicide, and the support and supervision they will have. (max 300 words)",
    )
    kit.question(
        d,
        "2.5 How will you follow safe messaging guidelines in your publicity, social media and "
        "events? (max 150 words)",
        2200,
    )
    kit.question(d, "2.6 How will you know whether the project has worked? (max 200 words)", 2400)
    kit.question(d, "2.7 Is there anything else you would like to tell us?", 2000)
    d.add_heading("Section 3: Budget", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Cost (£)"], 7)
    p("Where will the rest of the money come from?")
    kit.grid(d, ["Source", "Amount (£)", "Secured or applied for"], 3)
    d.add_heading("Section 4: Training", 1)
    kit.pairs(
        d,
        [
            (
                "How many of the staff and volunteers who will work on the project have "
                "completed suicide awareness training (for example the Zero Suicide Alliance "
                "course, safeTALK or ASIST)?",
                "",
            ),
        ],
    )
    p()
    d.add_heading("Section 5: Documents checklist", 1)
    p("Please tick to show which documents you are sending with your application.")
    kit.ticked(
        d,
        [
            "Your governing document (constitution, set of rules or articles of association)",
            "Your most recent annual accounts, signed by your treasurer or independently "
            "examined. If your organisation is less than 12 months old, send your last three "
            "months' bank statements instead",
            "Your safeguarding policy, including how you respond when someone discloses "
            "thoughts of suicide",
            "A certificate showing that the project lead has completed suicide awareness training",
            "If your project offers one-to-one support or facilitated peer support groups: a "
            "short statement of your clinical supervision arrangements (who the supervisor is "
            "and their professional registration)",
            "If your project works with children or young people: a list of the enhanced DBS "
            "checks held by the staff and volunteers involved (date and certificate number)",
            "A quote for each item of equipment costing more than £500",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p("Please tick each statement to confirm it.")
    kit.ticks(
        d,
        [
            "We hold public liability insurance of at least £5 million.",
            "We have an equal opportunities policy and a data protection policy, and we will "
            "share them with the Council on request.",
            "We will follow the Samaritans' media guidelines and the National Suicide "
            "Prevention Alliance's safe messaging guidance in all publicity about the project.",
            "The information in this application is correct, and I am authorised to apply on "
            "behalf of the organisation.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "If you are worried about someone, or about yourself, you can call Samaritans free, day "
        "or night, on 116 123."
    )
    p(
        "Public Health Community Team, Sallowdene County Council, County Hall, Market Street, "
        "Sallowdene SD1 3RW. Telephone 01632 975 214."
    )
    out = HERE / "sallowdene-suicide-prevention-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tarnbeck() -> None:
    d = kit.new_document(
        FIXED,
        "Bereavement by Suicide Support Fund: guidance notes 2027-28",
        "Tarnbeck Borough Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Tarnbeck Borough Council", 0)
    p("Bereavement by Suicide Support Fund: guidance notes for applicants, 2027-28")
    p(
        "In partnership with NHS Tarnbeck and Wendle Integrated Care Board and the Tarnbeck "
        "Suicide Prevention Partnership"
    )
    d.add_heading("1. About the fund", 1)
    p(
        "People bereaved by suicide are at greater risk of suicide themselves, and many tell "
        "us they did not know where to turn. The Bereavement by Suicide Support Fund pays for "
        "local support for adults and young people who have lost someone to suicide, and for "
        "the people who support them. There is £90,000 in the fund this year."
    )
    p("We want to fund projects that:")
    bullet("offer peer support groups or one-to-one support to people bereaved by suicide;")
    bullet("reach people who are less likely to ask for help, particularly men;")
    bullet("help schools, workplaces and community groups to respond well after a death;")
    bullet(
        "work with the Tarnbeck Suicide Bereavement Liaison Service so that nobody falls "
        "between services."
    )
    d.add_heading("2. Who can apply", 1)
    p(
        "Registered charities, charitable incorporated organisations, community interest "
        "companies and constituted voluntary and community groups working in Tarnbeck Borough "
        "can apply. You must have a bank account in your organisation's name with at least two "
        "unrelated signatories. We cannot fund individuals, statutory bodies or political "
        "organisations."
    )
    d.add_heading("3. How much you can apply for", 1)
    p(
        "You can apply for between £2,000 and £15,000 for work lasting up to 18 months. We can "
        "fund the whole cost of your project. You do not need to raise money from anywhere "
        "else, although we welcome projects that bring in other support."
    )
    d.add_heading("4. What the money can pay for", 1)
    kit.table(
        d,
        [
            ("We can pay for", "We cannot pay for"),
            ("Facilitators' and support workers' time", "Work that has already started"),
            (
                "Clinical supervision for staff and volunteers",
                "Medical treatment or therapy that the NHS should provide",
            ),
            (
                "Training, such as suicide bereavement support or suicide awareness training",
                "Fundraising or general appeals",
            ),
            ("Room hire, travel and refreshments for groups", "Buildings or vehicles"),
            (
                "Publicity that follows safe messaging guidelines",
                "Memorial events open to the general public",
            ),
        ],
    )
    d.add_heading("5. Keeping people safe", 1)
    p(
        "Supporting people bereaved by suicide is skilled work. Everyone who delivers your "
        "project must have completed suicide awareness training before they start, and "
        "anyone facilitating a group or offering one-to-one support must have regular clinical "
        "supervision from a practitioner registered with the BACP, UKCP or HCPC."
    )
    p(
        "All publicity, social media posts and printed materials about the project must follow "
        "the Samaritans' media guidelines on reporting suicide and the safe messaging guidance "
        "of the National Suicide Prevention Alliance. We will ask to see drafts of any leaflets."
    )
    p(
        "You must have a data protection policy that covers how you keep records about the "
        "people you support. You do not need to send it, but we may ask to see it."
    )
    d.add_heading("6. Insurance", 1)
    p(
        "All applicants must hold public liability insurance of at least £5 million. You do not "
        "need to send the certificate; you will confirm that you hold it when you apply."
    )
    d.add_heading("7. How to apply", 1)
    p(
        "Apply online through the Council's grants portal at "
        "grants.tarnbeck.example.gov.uk/suicide-bereavement. The form has four parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length"),
            (
                "A. Your organisation",
                "Contact details, type of organisation, income",
                "Short answers",
            ),
            (
                "B. Your project",
                "What you will do, who it is for and why it is needed",
                "Up to 500 words",
            ),
            (
                "C. Safe practice",
                "Safeguarding, supervision, training and safe messaging",
                "Up to 300 words",
            ),
            ("D. Budget", "What the grant will pay for", "Table"),
        ],
    )
    d.add_heading("8. What to send", 1)
    p("Every applicant must upload:")
    bullet("your governing document (constitution, trust deed or articles of association);")
    bullet(
        "your latest annual accounts. Organisations with an income over £25,000 must send "
        "independently examined or audited accounts; smaller organisations may send accounts "
        "signed by two trustees or committee members;"
    )
    bullet("your safeguarding policy, covering both adults at risk and children;")
    bullet("a budget for the project showing each cost and how you worked it out.")
    p("You will also need to send:")
    bullet(
        "if you will run support groups or offer one-to-one support, a letter from your "
        "clinical supervisor confirming the supervision arrangements;"
    )
    bullet("if you employ staff, your employer's liability insurance certificate;")
    bullet("if volunteers will run or co-facilitate groups, your volunteer policy;")
    bullet(
        "for applications of more than £5,000, a project plan showing what you will do each "
        "quarter."
    )
    d.add_heading("9. How we will assess your application", 1)
    kit.table(
        d,
        [
            ("What we look at", "Weighting"),
            ("Need and reach, including men and other groups who seldom ask for help", "30%"),
            ("Safe practice: safeguarding, supervision and safe messaging", "30%"),
            ("Working with the Suicide Bereavement Liaison Service and other services", "20%"),
            ("Value for money", "20%"),
        ],
    )
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "1 April 2027"),
            ("Closing date", "12 noon, 28 May 2027"),
            ("Panel meets", "June 2027"),
            ("Decisions sent", "By 9 July 2027"),
            ("Projects start", "From August 2027"),
        ],
    )
    d.add_heading("11. Frequently asked questions", 1)
    d.add_heading("Can we apply if we are a new group?", 3)
    p(
        "Yes, if you have a constitution and a bank account. If you have not yet completed a "
        "full financial year, send a statement of your income and spending so far instead of "
        "annual accounts."
    )
    d.add_heading("Can we apply for work outside Tarnbeck?", 3)
    p("Only if most of the people you support live in Tarnbeck Borough.")
    d.add_heading("What happens if we are successful?", 3)
    p(
        "You will sign a grant agreement and send us a short monitoring report every six "
        "months. We will ask how many people you supported and what difference it made."
    )
    d.add_heading("Contact us", 1)
    p(
        "Public Health Team, Tarnbeck Borough Council, Town Hall, Bridge Street, Tarnbeck "
        "TB2 5LX. Telephone 01632 976 083. Email publichealthgrants@tarnbeck.example.gov.uk."
    )
    p(
        "If this guidance has raised difficult feelings for you, Samaritans are there day or "
        "night on 116 123."
    )
    out = HERE / "tarnbeck-bereavement-by-suicide-support-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def quendlesby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "quendlesby-mens-mental-health-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Men's Mental Health Fund: application form")
    c.setAuthor("Quendlesby Community Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#3B4F8C")

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
    c.drawString(50, state["y"], "Quendlesby Community Foundation")
    state["y"] -= 22
    txt("Men's Mental Health Fund 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Men's Mental Health Fund gives grants of up to £5,000 to groups that help men in "
        "Quendlesby and the surrounding villages to talk, connect and look after their mental "
        "health: men's sheds, peer support groups, walking and sports groups with a wellbeing "
        "focus, and projects for men who are bereaved, out of work or caring for someone. The "
        "fund was set up in memory of local men who died by suicide."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. The answer boxes have a character limit, shown "
        "after each question. Save the form and email it, with your documents, to "
        "grants@quendlesbyfoundation.example.org.uk. Our Grants Officer is happy to talk "
        "through your idea first: ring 01632 977 406."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group or organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "What type of organisation are you?",
        ["Registered charity", "CIO", "CIC", "Community group", "Other"],
    )
    radios("before", "Have you had a grant from the Foundation before?", ["Yes", "No"])
    bar("Part B: Your project")
    field("title", "Project title", 80)
    box(
        "b1",
        "B1 Tell us about your group and the men you work with. (up to 1,200 characters)",
        "B1 Tell us about your group and the men you work with",
        1200,
        90,
    )
    box(
        "b2",
        "B2 What will you do with the grant, and why do men in your area need it? "
        "(up to 2,400 characters)",
        "B2 What will you do with the grant, and why is it needed?",
        2400,
        150,
    )
    box(
        "b3",
        "B3 How will you encourage men who would not usually ask for help to take part? "
        "(up to 1,500 characters)",
        "B3 How will you reach men who would not usually ask for help?",
        1500,
        110,
    )
    box(
        "b4",
        "B4 What will you do if someone tells you he is struggling or thinking about suicide? "
        "Tell us who you would contact and where you would refer him. (up to 1,800 characters)",
        "B4 What will you do if someone tells you he is thinking about suicide?",
        1800,
        120,
    )
    box(
        "b5",
        "B5 What difference will the grant make, and how will you know? (up to 900 characters)",
        "B5 What difference will the grant make?",
        900,
        70,
    )
    box(
        "b6",
        "B6 Is there anything else you would like to tell us about your application?",
        "B6 Anything else you would like to tell us",
        0,
        80,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount you are asking us for (£)", 10)
    field("other_money", "Money from other sources (£)", 10)
    txt(
        "The Foundation will fund up to half of the total cost of a project. The rest must "
        "come from your group's own funds, fundraising or other grants."
    )
    bar("Part D: Keeping people safe")
    radios(
        "training",
        "Have the people who will run your sessions completed suicide awareness training?",
        ["Yes, all of them", "Some of them", "Not yet"],
    )
    txt(
        "Your group must hold public liability insurance of at least £5 million for the "
        "activities in this application. You do not need to send the certificate."
    )
    bar("Part E: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_rules", "Your constitution or set of rules")
    tick(
        "doc_accounts",
        "Your most recent accounts or, if your group is less than a year old, your last two "
        "bank statements",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_supervision",
        "If you offer counselling or one-to-one support: a letter from your clinical supervisor",
    )
    tick("doc_quotes", "A quote for any single item costing more than £1,000")
    bar("Part F: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "for the group and that the grant will be spent only on the project described.",
    )
    tick(
        "safe_messaging",
        "We will follow the Samaritans' safe messaging guidelines in any publicity about the "
        "project.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Quendlesby Community Foundation, 4 Abbey Yard, Quendlesby QN3 6DE. Telephone 01632 "
        "977 406. Registered charity number 1184527. If you need to talk to someone now, call "
        "Samaritans on 116 123.",
        9,
    )
    c.save()


def marrowcliffe() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marrowcliffe-mens-health-small-grants-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Men's Health and Wellbeing Small Grants: application form")
    c.setAuthor("Marrowcliffe District Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(
            50, 30, "Marrowcliffe District Council: Men's Health and Wellbeing Small Grants 2027"
        )
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
    c.drawString(50, state["y"], "Marrowcliffe District Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Men's Health and Wellbeing Small Grants 2027: application form")
    state["y"] -= 24
    para(
        "Men in Marrowcliffe District die on average six years earlier than women, and three "
        "in four of the people who die by suicide here are men. Our small grants of up to "
        "£1,500 help community groups to run activities that get men together, talking and "
        "looking after their health: men's sheds, walking football, cooking clubs, health "
        "checks at the football ground, and peer support groups such as Andy's Man Club style "
        "groups."
    )
    para(
        "This fund can pay for the whole cost of a project. We do not ask for match funding, "
        "but please tell us about any other money or help you have."
    )
    para(
        "Please write clearly in black ink, keeping to the word limits, and post or scan the "
        "form to the Healthy Communities Team at the address on the last page, or email it to "
        "healthycommunities@marrowcliffe.example.gov.uk. Applications are considered every two "
        "months; the next closing date is Friday 30 April 2027."
    )
    heading("Section A: About your group")
    item("A1", "Name of group")
    item("A2", "Contact name")
    item("A3", "Address")
    item("A4", "Postcode")
    item("A5", "Telephone")
    item("A6", "Email")
    item("A7", "How many members does your group have?")
    choice("A8", "Is your group a registered charity?", ["Yes", "No"])
    heading("Section B: Your project")
    question(
        "B1",
        "What is your project? Please describe the activities and where and when they will "
        "happen. (maximum 200 words)",
        120,
    )
    question(
        "B2",
        "Why is it needed? How do you know men in your area want it? (maximum 150 words)",
        100,
    )
    question(
        "B3",
        "How will the project help men to look after their mental and physical health? "
        "(maximum 150 words)",
        100,
    )
    question(
        "B4",
        "If someone taking part becomes distressed or talks about suicide, what will your "
        "volunteers do? (maximum 100 words)",
        80,
    )
    question(
        "B5",
        "How will you let men know about the project, and how will you make sure your "
        "publicity follows safe messaging guidelines? (half a side of A4)",
        150,
    )
    question("B6", "What will happen when the grant has been spent?", 90)
    heading("Section C: Costs")
    para("Please list the items the grant will pay for.")
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 5
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
    item("C1", "Total cost of the project (£)")
    item("C2", "Amount requested (£)")
    heading("Section D: What to send with your form")
    para("Please enclose:")
    for t in [
        "1.  a copy of your group's constitution or rules, signed and dated;",
        "2.  your latest bank statement showing the group's name;",
        "3.  a copy of your most recent annual accounts or, if you do not have any yet, a "
        "simple statement of your income and spending;",
        "4.  your safeguarding policy (all groups must have one, because the men who come to "
        "your sessions may be vulnerable);",
        "5.  a copy of your public liability insurance certificate, showing cover of at least "
        "£10 million;",
        "6.  for activities that involve physical exercise, such as walking football or gym "
        "sessions, your risk assessment;",
        "7.  if the project will pay a counsellor or therapist, evidence of their professional "
        "registration (for example BACP, UKCP or HCPC membership).",
    ]:
        para(t, x=62)
    para(
        "We strongly recommend that the volunteers who lead your sessions complete free "
        "suicide awareness training, such as the Zero Suicide Alliance's online course. It "
        "takes about 20 minutes."
    )
    heading("Section E: Declaration")
    para(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the group. I understand that the grant must be spent within 12 "
        "months on the project described, and that the Council may ask for it back if it is "
        "not."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position in the group")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Checked by: ____________   "
        "Amount awarded: £____________",
        9,
    )
    para(
        "Healthy Communities Team, Marrowcliffe District Council, Council House, Harbour Road, "
        "Marrowcliffe MC5 2JT. Telephone 01632 978 155. If you are struggling, you can call "
        "Samaritans free on 116 123 at any time.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    sallowdene()
    tarnbeck()
    quendlesby()
    marrowcliffe()
