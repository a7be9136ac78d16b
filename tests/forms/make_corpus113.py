"""Build set 113's Word and PDF documents (typical homelessness and rough sleeping grants: a
district council's homelessness prevention small grants form, a community foundation's winter
shelter fund guidance, a housing trust's tenancy sustainment grants form and a borough
council's night shelter grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus113.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 2, 3, 9, 40, 0)
BOX = "\u2610"


def hatherdown() -> None:
    d = kit.new_document(
        FIXED,
        "Homelessness Prevention Small Grants 2027/28: application form",
        "Hatherdown District Council",
    )
    p = d.add_paragraph
    d.add_heading("Hatherdown District Council", 0)
    p("Homelessness Prevention Small Grants 2027/28: application form")
    p(
        "The Council's Homelessness Prevention Small Grants help voluntary and community groups "
        "in Hatherdown to stop people losing their homes, and to help people who have been "
        "homeless to settle into a new home. Grants are from £500 to £5,000 for projects that "
        "run for up to twelve months. Examples of what we have funded include a drop-in money "
        "and debt advice session, a befriending scheme for young people leaving care, a food "
        "and fuel voucher fund run with the local foodbank and a volunteer scheme that helps "
        "tenants to sort out benefits and rent arrears before they reach court."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers in the "
        "boxes, which will expand as you type, and keep to the word limits. The closing date is "
        "5pm on Friday 30 April 2027."
    )
    p(
        "Email the completed form and your documents to "
        "homelessnessgrants@hatherdown.example.gov.uk or post them to the Housing Options "
        "Service, Hatherdown District Council, Civic Offices, Bell Street, Hatherdown HD4 2QT."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "Ring the Homelessness Prevention Officer, Priya Ashdown, on 01632 961 508, or email "
        "the address above. We can send the form in large print or another format."
    )
    d.add_heading("Section 1: About your organisation", 1)
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
                "What type of organisation are you?",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Community interest company   {BOX} Constituted voluntary group   "
                f"{BOX} Faith group",
            ),
            (
                "Does your organisation have a bank account in its own name that needs two "
                "unrelated people to approve each payment?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("What was your organisation's total income last financial year?", "£"),
            (
                "Do staff and volunteers who work one to one with clients have a DBS check?",
                f"{BOX} Yes   {BOX} No   {BOX} Not applicable",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(d, ["Project name", "Project start date", "Project end date"], shade=True)
    p()
    kit.question(d, "2.1 Describe your project and what the grant will pay for. (max 300 words)")
    kit.question(
        d,
        "2.2 Who will benefit? Tell us how people at risk of homelessness will be referred to "
        "you and how many people you expect to help. (max 250 words)",
    )
    kit.question(
        d,
        "2.3 Why is the project needed? Please give any evidence you have, such as the number "
        "of people asking you for help with housing problems. (max 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you work with the Council's Housing Options team and other local "
        "services? (max 200 words)",
        2400,
    )
    kit.question(
        d, "2.5 How will you know the project has made a difference? (max 200 words)", 2400
    )
    kit.question(
        d,
        "2.6 What will happen when the grant has been spent? (max 150 words)",
        2000,
    )
    d.add_heading("Section 3: Project costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project", "£"),
            ("Amount requested from the Council", "£"),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p(
        "Please send the documents below with your form and tick each one you have enclosed. "
        "We cannot assess your application until we have them all."
    )
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your most recent annual accounts, signed by your treasurer (if your group is less "
            "than a year old, send your last three months' bank statements instead)",
            "Your safeguarding adults policy",
            "A copy of your public liability insurance certificate (cover of at least £5 million)",
            "If staff or volunteers will visit clients in their homes: your lone working policy",
            "For any single item of equipment costing more than £500: a written quote",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. I understand that the grant must "
        "be spent only on the project described and that the Council may ask for it to be "
        "repaid if it is not. I confirm that the organisation has an equal opportunities "
        "policy and will provide a copy if the Council asks for it."
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "The Council will use the information on this form to assess your application and to "
        "monitor the grant. Read our privacy notice at "
        "www.hatherdown.example.gov.uk/privacy."
    )
    out = HERE / "hatherdown-homelessness-prevention-small-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def quillbridge() -> None:
    d = kit.new_document(
        FIXED, "Winter Shelter Fund 2027-28: guidance notes", "Quillbridge Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Quillbridge Community Foundation", 0)
    p("Winter Shelter Fund 2027-28: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Every winter, churches, mosques, community centres and volunteers across Quillbridge "
        "open their doors to people who would otherwise sleep on the streets. The Winter "
        "Shelter Fund gives grants of £2,000 to £15,000 to help local groups run a night "
        "shelter, a rotating church or community shelter, or an emergency severe weather "
        "service between November 2027 and March 2028."
    )
    p(
        "The fund is paid for by the Quillbridge Homelessness Partnership, two local "
        "businesses and donors to the Foundation's winter appeal. These notes explain who can "
        "apply, what we pay for, what you need to send us and how we decide."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, charitable incorporated organisation, community interest "
        "company, faith group or constituted voluntary group;"
    )
    bullet("has a management committee or board of at least three unrelated people;")
    bullet("has a bank account in its own name that needs two people to approve payments; and")
    bullet("will run the shelter within the borough of Quillbridge or the Lyne valley parishes.")
    p(
        "We cannot fund individuals, political parties or activities that promote a religion. "
        "Faith groups are welcome to apply for shelters that are open to everyone."
    )
    d.add_heading("3. What we will fund", 1)
    bullet("bedding, camp beds, mats and laundry;")
    bullet("food, hot drinks and kitchen equipment;")
    bullet("a paid shelter coordinator or night worker for the season;")
    bullet("volunteer training, including safeguarding, first aid and food hygiene;")
    bullet("heating, lighting and cleaning of the venues;")
    bullet("travel for guests to appointments with housing and health services.")
    p("We will not fund building works, vehicles or costs you have already paid.")
    d.add_heading("4. How much can you ask for?", 1)
    p(
        "You can ask for between £2,000 and £15,000. We can fund up to 80% of the cost of "
        "running your shelter for the season: you will need to find at least 20% from other "
        "sources, such as church collections, other grants or local fundraising."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "You apply online through the Foundation's grants portal at "
        "grants.quillbridgecf.example.org.uk. You can save your answers and come back to them. "
        "The online form has five parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What we ask", "Length"),
            ("1. Your organisation", "Contact details, legal status and income", "Short answers"),
            (
                "2. Your shelter",
                "Where and when the shelter will open, the number of beds and how guests are "
                "referred",
                "Up to 400 words",
            ),
            (
                "3. Keeping people safe",
                "Staffing, volunteer training, safeguarding and fire safety",
                "Up to 300 words",
            ),
            (
                "4. Moving on",
                "How you will work with the council's outreach team and help guests into "
                "settled homes",
                "Up to 300 words",
            ),
            ("5. Budget", "Your budget on our template and your other funding", "Upload"),
        ],
    )
    d.add_heading("6. Documents you must upload", 1)
    p(
        "Please upload these documents with your online form. If a document is missing we "
        "will not be able to assess your application."
    )
    kit.table(
        d,
        [
            ("Document", "Who must send it"),
            ("Your constitution, set of rules or other governing document", "All applicants"),
            (
                "Your latest annual accounts, independently examined or audited. Groups less "
                "than 12 months old may send an income and expenditure statement for the "
                "months so far, signed by two committee members, instead",
                "All applicants",
            ),
            ("Your safeguarding adults policy", "All applicants"),
            ("A fire risk assessment for each venue the shelter will use", "All applicants"),
            (
                "A letter of support from your local council's housing or rough sleeping team",
                "All applicants",
            ),
            (
                "Your budget for the shelter season, on the Foundation's budget template",
                "All applicants",
            ),
            (
                "Your public liability insurance certificate, showing cover of at least £5 million",
                "All applicants",
            ),
            (
                "A food hygiene certificate (level 2) for the person in charge of the kitchen",
                "Only if you will cook or serve hot food",
            ),
            (
                "A list of your overnight volunteers with the number and date of each "
                "enhanced DBS certificate",
                "Only if volunteers will stay overnight with guests",
            ),
            ("Your employer's liability insurance certificate", "Only if you employ staff"),
        ],
    )
    p(
        "You must also have a health and safety policy and an equal opportunities policy. You "
        "do not need to send them, but we may ask to see them if we visit."
    )
    d.add_heading("7. How we decide", 1)
    p("A panel of trustees and partners scores every eligible application:")
    kit.table(
        d,
        [
            ("What we look for", "Score"),
            ("The need for the shelter and how guests will be referred", "30"),
            ("How the shelter will keep guests, volunteers and staff safe", "30"),
            ("How guests will be helped to move on into settled homes", "25"),
            ("Value for money and the other funding you have found", "15"),
        ],
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 5 July 2027"),
            ("Closing date", "Friday 3 September 2027, 12 noon"),
            ("Panel meets", "Thursday 7 October 2027"),
            ("Decisions by email", "Friday 15 October 2027"),
            ("Grants paid", "By 1 November 2027"),
        ],
    )
    d.add_heading("9. Frequently asked questions", 1)
    d.add_heading("Can we apply if we ran a shelter with a grant last year?", 3)
    p(
        "Yes. Tell us in Part 2 how many guests you sheltered and how many moved on into "
        "settled accommodation."
    )
    d.add_heading("Can several churches apply together?", 3)
    p(
        "Yes. One organisation must apply as the lead and hold the grant. Send a fire risk "
        "assessment for every venue in the rota."
    )
    d.add_heading("Do we need to be a registered charity?", 3)
    p("No. Constituted voluntary groups and faith groups can apply.")
    d.add_heading("What if we need help with the application?", 3)
    p(
        "Ring Tom Okafor, Grants Officer, on 01632 962 733 or email "
        "wintershelter@quillbridgecf.example.org.uk. We run an online drop-in session for "
        "applicants on Wednesday 28 July 2027."
    )
    p(
        "Quillbridge Community Foundation, 14 Mercer Row, Quillbridge QB1 6LN. Registered "
        "charity number 1176543."
    )
    out = HERE / "quillbridge-community-foundation-winter-shelter-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def ormsley() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ormsley-housing-trust-tenancy-sustainment-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Tenancy Sustainment Grants: application form")
    c.setAuthor("Ormsley Housing Trust")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#1F4E79")

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
            x=270,
            y=state["y"] - 18,
            width=275,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
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
    c.drawString(50, state["y"], "Ormsley Housing Trust")
    state["y"] -= 22
    txt("Tenancy Sustainment Grants: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Ormsley Housing Trust gives grants of £3,000 to £15,000 to voluntary and community "
        "organisations that help people in Ormsley and the Wenning valley to keep their homes. "
        "Tenancy sustainment projects might offer one-to-one support to new tenants, help with "
        "budgeting, benefits and rent arrears, hoarding and home-skills support, or advocacy "
        "with landlords when a tenancy is at risk."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a character "
        "limit, shown after the question. Email the form and your documents to "
        "grants@ormsleyhousingtrust.example.org.uk by 31 May 2027."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Registered charity or company number", 20)
    radios(
        "legal_status",
        "What is your organisation's legal status?",
        [
            "Registered charity",
            "CIO",
            "Charitable company",
            "Community interest company",
            "Constituted group",
        ],
    )
    field("income", "Total income last financial year (£)", 12)
    bar("Part B: Your project")
    field("title", "Project title", 100)
    field("start", "Date the project will start", 10)
    radios(
        "home_visits",
        "Will staff or volunteers visit tenants in their homes?",
        ["Yes", "No"],
    )
    box(
        "b1",
        "B1 Describe the tenancy sustainment support you will offer and who will deliver it. "
        "(up to 2,400 characters)",
        "B1 Describe the tenancy sustainment support you will offer and who will deliver it",
        2400,
        130,
    )
    box(
        "b2",
        "B2 Who are the people you will support, and how will they be referred to you? "
        "(up to 1,500 characters)",
        "B2 Who are the people you will support, and how will they be referred to you?",
        1500,
        95,
    )
    box(
        "b3",
        "B3 How will your support help people to keep their tenancies and avoid eviction or "
        "rent arrears? (up to 1,500 characters)",
        "B3 How will your support help people to keep their tenancies and avoid eviction or "
        "rent arrears?",
        1500,
        95,
    )
    box(
        "b4",
        "B4 How will you measure the difference the project makes? (up to 1,200 characters)",
        "B4 How will you measure the difference the project makes?",
        1200,
        90,
    )
    box(
        "b5",
        "B5 Please give details of the organisations you will work with, such as landlords, "
        "housing associations and the council. (up to 900 characters)",
        "B5 Please give details of the organisations you will work with",
        900,
        70,
    )
    box(
        "b6",
        "B6 What will happen to the support when the grant ends? (up to 600 characters)",
        "B6 What will happen to the support when the grant ends?",
        600,
        60,
    )
    bar("Part C: Budget")
    field("cost_staff", "Staff costs (£)", 10)
    field("cost_volunteers", "Volunteer expenses (£)", 10)
    field("cost_training", "Training (£)", 10)
    field("cost_other", "Other costs (£)", 10)
    field("total_cost", "Total project cost (£)", 10)
    field("grant_req", "Grant requested from the Trust (£)", 10)
    field("other_funding", "Other funding secured or applied for (£)", 10)
    txt(
        "The Trust will pay up to 75% of the total cost of the project. You must find at "
        "least 25% of the total project cost from other sources, such as your own reserves or "
        "another funder."
    )
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick(
        "doc_governing",
        "Your governing document (constitution, memorandum and articles or trust deed)",
    )
    tick(
        "doc_accounts",
        "Your most recent annual accounts, independently examined or audited",
    )
    tick("doc_safeguarding", "Your safeguarding adults policy")
    tick("doc_lone", "Your lone working policy")
    tick("doc_data", "Your data protection policy")
    tick(
        "doc_plan",
        "If you are asking for more than £10,000: a project plan showing the main tasks and dates",
    )
    tick(
        "doc_reference",
        "If your organisation is not a registered charity: a reference from a housing or "
        "advice agency that knows your work",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the organisation holds "
        "public liability insurance of at least £5 million and has an equal opportunities "
        "policy, and that the grant will be spent only on the project described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Ormsley Housing Trust, 2 Quay Chambers, Ormsley OM3 8RF. Telephone 01632 963 604. "
        "Registered charity number 1190872.",
        9,
    )
    c.save()


def ludcombe() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ludcombe-night-shelter-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Night Shelter and Severe Weather Grant 2027/28: application form")
    c.setAuthor("Ludcombe Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"
    grey = HexColor("#D9D9D9")

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(56, 30, "Ludcombe Borough Council - Night Shelter and Severe Weather Grant")
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

    def section(t: str) -> None:
        room(46)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(56, state["y"] - 7, w - 112, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont(bold, 11)
        c.drawString(62, state["y"], t)
        state["y"] -= 26

    def item(n: int, label: str) -> None:
        """A numbered label with a rule to write on."""
        room(24)
        c.setFont(font, 10)
        c.drawString(56, state["y"], f"{n}")
        c.drawString(78, state["y"], label)
        x = 78 + c.stringWidth(label, font, 10) + 6
        if x < w - 110:
            c.line(x, state["y"] - 2, w - 56, state["y"] - 2)
        state["y"] -= 22

    def question(n: int, text: str, height: int) -> None:
        room(40 + height)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(56, state["y"], f"{n}")
        for line in simpleSplit(text, bold, 10, w - 78 - 56):
            c.setFont(bold, 10)
            c.drawString(78, state["y"], line)
            state["y"] -= 14
        c.rect(78, state["y"] - height, w - 78 - 56, height, stroke=1, fill=0)
        state["y"] -= height + 16

    c.setFont(bold, 16)
    c.drawString(56, state["y"], "Ludcombe Borough Council")
    state["y"] -= 22
    c.setFont(bold, 13)
    c.drawString(56, state["y"], "Night Shelter and Severe Weather Grant 2027/28")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(56, state["y"], "Application form")
    state["y"] -= 24
    para(
        "The Council's Rough Sleeping Team offers grants of up to £20,000 to voluntary, "
        "community and faith groups that run a night shelter, or open emergency beds when the "
        "Severe Weather Emergency Protocol (SWEP) is in force, between 1 November 2027 and 31 "
        "March 2028. The grant can pay for a shelter coordinator, night staff, bedding, food, "
        "heating, cleaning and volunteer training."
    )
    para(
        "The Council will pay up to 70% of the cost of running the shelter. You must find at "
        "least 30% from other sources, which can include donations, church collections and "
        "other grants."
    )
    para(
        "Please write in black ink or type your answers, keeping to the word limits. Send the "
        "form and the documents listed in Section D to the Rough Sleeping Team, Ludcombe "
        "Borough Council, Town Hall, Castle Street, Ludcombe LD2 7HS, or email them to "
        "roughsleeping@ludcombe.example.gov.uk, by Friday 10 September 2027."
    )
    section("SECTION A   YOUR ORGANISATION")
    item(1, "Name of organisation:")
    item(2, "Address:")
    item(3, "Postcode:")
    item(4, "Contact name:")
    item(5, "Position:")
    item(6, "Telephone:")
    item(7, "Email:")
    item(8, "Registered charity or company number:")
    item(
        9,
        "Type of organisation:  [ ] Registered charity  [ ] CIO  [ ] Faith group  [ ] Other",
    )
    section("SECTION B   YOUR SHELTER")
    item(10, "Address of the shelter venue(s):")
    item(11, "Date the shelter will open:")
    item(12, "Date the shelter will close:")
    item(13, "Number of bed spaces each night:")
    item(
        14,
        "Will guests be referred by the Council's street outreach team?   YES / NO (please circle)",
    )
    question(
        15,
        "Describe how the shelter will run each night, including opening hours, staffing, "
        "volunteers and meals. (maximum 400 words)",
        170,
    )
    question(
        16,
        "How will you keep guests, staff and volunteers safe? (maximum 300 words)",
        130,
    )
    question(
        17,
        "How will you help guests to move on into settled accommodation? (maximum 300 words)",
        130,
    )
    question(
        18,
        "How will you work with the Council's outreach team, the local hospital discharge team "
        "and other services? (maximum 200 words)",
        100,
    )
    question(
        19,
        "Tell us about your organisation's experience of working with people who sleep rough. "
        "(maximum 200 words)",
        100,
    )
    question(
        20,
        "Is there anything else you would like us to know about your application?",
        80,
    )
    section("SECTION C   COSTS")
    room(40)
    c.setFont(bold, 10)
    c.drawString(56, state["y"], "21")
    c.drawString(78, state["y"], "Please list the costs of running the shelter for the season.")
    state["y"] -= 10
    widths = (330, 131)
    rows = [("Item", "Cost (£)")] + [("", "")] * 7
    for n, row in enumerate(rows):
        room(22)
        x = 78
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    item(22, "Total cost of running the shelter: £")
    item(23, "Amount requested from the Council: £")
    item(24, "Amount from other sources: £")
    section("SECTION D   DOCUMENTS")
    para("Please send with this form:")
    for t in [
        "-  a copy of your constitution or other governing document;",
        "-  your latest annual accounts (they do not need to be audited);",
        "-  your safeguarding policy, covering adults at risk;",
        "-  a fire risk assessment for each venue;",
        "-  a copy of your public liability insurance certificate (minimum cover £10 million);",
        "-  if you will serve food: the food hygiene certificate of the person in charge of the "
        "kitchen;",
        "-  if volunteers will stay overnight: evidence that the overnight team have enhanced "
        "DBS checks.",
    ]:
        para(t, x=78)
    section("SECTION E   DECLARATION")
    para(
        "I confirm that the information in this form is true, that the organisation has a "
        "health and safety policy and a complaints procedure, and that the grant will be spent "
        "only on the shelter described. I understand that the Council may ask for the grant to "
        "be repaid if it is not used as agreed."
    )
    item(25, "Signature:")
    item(26, "Name:")
    item(27, "Position:")
    item(28, "Date:")
    state["y"] -= 6
    para("FOR OFFICE USE ONLY", 9, bold)
    para(
        "Received: ____________   Reference: ____________   Officer: ____________   "
        "Awarded: £____________",
        9,
    )
    para(
        "Rough Sleeping Team, Ludcombe Borough Council. Telephone 01632 964 219. "
        "Email roughsleeping@ludcombe.example.gov.uk",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    hatherdown()
    quillbridge()
    ormsley()
    ludcombe()
