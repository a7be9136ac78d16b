"""Build set 139's Word and PDF documents (typical grants for Scouts, Guides and other
uniformed youth groups: a town council's Youth Organisations Grant application, a community
foundation's Uniformed Youth Fund guidance, a county Scout council's Young People's Bursary and
Leader Training Grant form and a borough council's Youth Hut and Hall Improvement Grant form,
written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus139.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def braxholme() -> None:
    d = kit.new_document(
        FIXED,
        "Youth Organisations Grant 2027/28: application form",
        "Braxholme Town Council",
    )
    p = d.add_paragraph
    d.add_heading("Braxholme Town Council", 0)
    p("Youth Organisations Grant 2027/28")
    p("Application form for Scouts, Guides, Brigades, cadets and other uniformed youth groups")
    p(
        "The Youth Organisations Grant helps uniformed youth groups that meet in Braxholme to "
        "keep their meeting places in good repair and to buy the equipment young people need. "
        "Grants are from £200 to £2,000. We can help with repairs to huts and halls, camping "
        "and activity equipment, first aid kits, storage, and training for new leaders."
    )
    p(
        "The Council will normally fund no more than 75% of the total cost. Groups are expected "
        "to contribute at least 25% from their own funds or fundraising."
    )
    d.add_heading("Who can apply", 2)
    p(
        "Groups must meet in the Braxholme Town Council area, be registered with their national "
        "association (for example The Scout Association, Girlguiding, The Boys' Brigade or The "
        "Girls' Brigade), and hold public liability insurance with cover of at least £5 million. "
        "Most groups are covered through their national association."
    )
    p(
        "Please complete every section, keeping to the word limits, and return the form with "
        "your documents to the Town Clerk by 15 September 2027: grants@braxholme-tc.example.gov.uk "
        "or Town Clerk, Braxholme Town Council, The Guildhall, 4 Bridge Street, Braxholme "
        "BX3 7QL. Telephone 01632 961 408."
    )
    d.add_heading("Section A: Your group", 1)
    kit.details(
        d,
        [
            "Name of group (for example 3rd Braxholme Scout Group)",
            "Type of group (Scouts, Guides, Brigade, cadets, other)",
            "Registration or group number with your national association",
            "Address of the hut, hall or other meeting place",
            "Postcode",
            "Contact name",
            "Role in the group",
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
                "Is your group registered with its national association?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Number of young members", ""),
            ("Number of adult leaders and helpers", ""),
            (
                "Do all your leaders have a current enhanced DBS check?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "Does your group have public liability insurance of at least £5 million?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section B: Your project", 1)
    kit.question(
        d,
        "B1 What do you want the grant for? Please describe the work, equipment or "
        "training. (maximum 250 words)",
    )
    kit.question(
        d,
        "B2 Why is this needed, and what difference will it make to the young people in your "
        "group? (maximum 200 words)",
    )
    kit.question(
        d,
        "B3 How many young people will benefit, and how many of them live in Braxholme? "
        "(maximum 100 words)",
        1600,
    )
    kit.question(
        d,
        "B4 How does your group make sure that young people from families on low incomes can "
        "take part? (maximum 150 words)",
        2400,
    )
    kit.question(d, "B5 Is there anything else you would like to tell us about your group?", 2000)
    d.add_heading("Section C: Costs", 1)
    p("Please list what the grant will pay for. Include VAT if your group cannot reclaim it.")
    kit.grid(d, ["Item or work", "Supplier or contractor", "Cost (£)"], 5)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount requested from the Town Council (£)",
            "Amount your group will contribute (£)",
            "Other funding applied for (£ and from whom)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section D: Bank details", 1)
    p("The grant will be paid by bank transfer into the group's own account.")
    kit.details(d, ["Name of the account", "Sort code", "Account number"], shade=True)
    p()
    d.add_heading("Section E: Checklist", 1)
    p("Please tick to show which documents you have enclosed.")
    kit.ticked(
        d,
        [
            "A copy of your group's latest annual accounts or statement of income and "
            "expenditure, signed by your treasurer or chair",
            "Your most recent bank statement",
            "Proof of registration with your national association (for example your census "
            "confirmation or registration certificate)",
            "A copy of your group's safeguarding policy",
            "Two written quotes for any single item or piece of work costing more than £500",
            "If the work is to a building that your group rents or leases, the landlord's "
            "written consent to the work",
        ],
    )
    d.add_heading("Section F: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised by the group's committee or executive to apply. The group has an equal "
        "opportunities policy and is open to all young people. I understand that the grant must "
        "be spent on the project described, that the Town Council may ask for receipts, and "
        "that any unspent grant must be returned."
    )
    kit.details(d, ["Signature", "Print name", "Position in the group", "Date"], shade=True)
    p()
    p(
        "Braxholme Town Council is a data controller. We will use the information in this form "
        "only to assess and monitor your grant."
    )
    out = HERE / "braxholme-youth-organisations-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wimbleford() -> None:
    d = kit.new_document(
        FIXED, "Uniformed Youth Fund: guidance notes 2027", "Wimbleford Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Wimbleford Community Foundation", 0)
    p("Uniformed Youth Fund: guidance notes for applicants 2027")
    p(
        "The Uniformed Youth Fund was set up in 2019 with a gift from the family of the late "
        "Margaret Hollins, who was a Guide leader in Wimbleford for forty years. It is managed "
        "by Wimbleford Community Foundation and gives small grants to Scout, Guide, Brigade and "
        "cadet groups across Wimbleford and the surrounding villages."
    )
    d.add_heading("What is the fund for?", 1)
    p(
        "We want more young people to enjoy the adventure, friendship and skills that uniformed "
        "groups offer, whatever their family's income. Grants are from £250 to £3,000. We can "
        "fund the whole cost of your project; you do not need to find match funding."
    )
    p("We can pay for:")
    bullet("camping, hiking and activity equipment, such as tents, stoves and kit stores;")
    bullet(
        "small repairs and improvements to your hut or hall, such as a new roof, heating, "
        "accessible toilets or security;"
    )
    bullet("training for new and existing leaders, including first aid;")
    bullet(
        "bursaries so that young people from families on low incomes can go to camps, "
        "trips and jamborees;"
    )
    bullet("minibus or coach hire for trips and camps.")
    p("We cannot pay for:")
    bullet("uniforms, badges or annual membership subscriptions;")
    bullet("running costs such as rent, utility bills and insurance;")
    bullet("trips abroad, unless they are part of an international jamboree;")
    bullet("anything you have already bought or started before we make a decision.")
    d.add_heading("Who can apply?", 1)
    p(
        "Any uniformed youth group that meets in the Wimbleford area can apply, as long as it "
        "is a registered section or group of a national association such as The Scout "
        "Association, Girlguiding, The Boys' Brigade, The Girls' Brigade, St John Ambulance or "
        "the cadet forces. Your group must have its own bank account with at least two "
        "unrelated signatories. Groups can have one grant from the fund in any twelve months."
    )
    p(
        "Your group must follow its national association's safeguarding policy, and every leader "
        "must have the DBS check the association requires. You will be asked to confirm this "
        "on the application form; you do not need to send us the policy."
    )
    p(
        "Your group must also have public liability insurance. Groups registered with a "
        "national association are usually covered by that association's policy."
    )
    d.add_heading("How do I apply?", 1)
    p(
        "Apply online at grants.wimblefordcf.example.org.uk. The form asks for your group's "
        "details and asks you to tell us, in up to 300 words, what you want to do and why, and "
        "in up to 200 words, how the project will help young people who might otherwise miss "
        "out. It also has a short table for your costs. Most groups take about an hour to fill "
        "it in."
    )
    d.add_heading("What do I need to send?", 1)
    p("You will need to upload the documents below with your application.")
    kit.table(
        d,
        [
            ("Document", "Who needs to send it"),
            (
                "Your group's constitution, or the model constitution from your national "
                "association that your group has adopted",
                "All groups",
            ),
            (
                "Your group's latest annual accounts. These do not need to be independently "
                "examined unless your group's income is over £25,000 a year",
                "All groups",
            ),
            (
                "Proof that your group is registered with its national association, such as "
                "this year's census confirmation or your registration certificate",
                "All groups",
            ),
            (
                "Your last three months' bank statements, instead of accounts",
                "Groups that have been running for less than a year and do not have accounts yet",
            ),
            (
                "Two quotes",
                "Groups asking for any single item or piece of work costing more than £1,000",
            ),
            (
                "A copy of your lease, or a letter from your landlord agreeing to the work",
                "Groups asking for repairs or improvements to a building they do not own",
            ),
        ],
    )
    d.add_heading("How do you decide?", 1)
    p("Our grants panel, which includes two young people, meets four times a year. It looks at:")
    bullet("how many young people will benefit, and how much;")
    bullet("whether the project helps young people who might otherwise miss out;")
    bullet("whether the costs are reasonable and the group can deliver the project;")
    bullet("how much other money the group has in its accounts.")
    d.add_heading("When can I apply?", 1)
    kit.table(
        d,
        [
            ("Closing date", "Panel meets", "You will hear by"),
            ("14 January 2027", "February 2027", "5 March 2027"),
            ("8 April 2027", "May 2027", "4 June 2027"),
            ("8 July 2027", "August 2027", "3 September 2027"),
            ("7 October 2027", "November 2027", "3 December 2027"),
        ],
    )
    d.add_heading("Frequently asked questions", 1)
    p("Can a district or county apply on behalf of several groups?", style="Heading 3")
    p("Yes, as long as all the groups meet in the Wimbleford area and each one benefits.")
    p("Can we apply for a bursary for a named young person?", style="Heading 3")
    p(
        "Yes, but please do not tell us their name. Tell us how many young people the bursaries "
        "will help and how you will decide who gets one."
    )
    p("What if we spend less than the grant?", style="Heading 3")
    p("Please tell us. We may ask you to return what is left or agree another use for it.")
    p("What do we have to do after the grant?", style="Heading 3")
    p(
        "Send us a short report with two or three photographs within a year of the grant, "
        "telling us what difference it made."
    )
    d.add_heading("Contact us", 1)
    p(
        "Grants Team, Wimbleford Community Foundation, 12 Chapel Yard, Wimbleford WF6 2LS. "
        "Telephone 01632 964 117. Email grants@wimblefordcf.example.org.uk. Registered charity "
        "number 1175402."
    )
    out = HERE / "wimbleford-uniformed-youth-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def gillingmoor() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "gillingmoor-scouts-bursary-and-leader-training-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Young People's Bursary and Leader Training Grant: application form")
    c.setAuthor("Gillingmoor County Scout Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    purple = HexColor("#4D2177")

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
                value=opt.replace(" ", "_").replace("/", "_").replace("'", ""),
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
    c.drawString(50, state["y"], "Gillingmoor County Scout Council")
    state["y"] -= 22
    txt("Young People's Bursary and Leader Training Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The County Development Fund helps Scout Groups and Explorer Units in Gillingmoor so "
        "that no young person misses out on camps, expeditions and international events because "
        "of cost, and so that new adult volunteers can complete their training and first aid "
        "courses."
    )
    state["y"] -= 4
    txt(
        "The Fund pays up to two thirds of the cost. The Group, or the young person's family, "
        "pays at least one third. Bursaries are up to £400 for each young person; leader "
        "training grants are up to £250 for each adult."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. The Group Scout Leader or Explorer Scout Leader "
        "should send it, with the documents in Part F, to development@gillingmoorscouts."
        "example.org.uk. Applications are considered every month. Questions? Call the County "
        "Development Officer, Tamsin Greaves, on 01632 962 775."
    )
    bar("Part A: Your Group or Unit")
    field("group_name", "Name of Group or Unit", 80)
    field("district", "Scout District", 60)
    field("registration", "Group registration number", 20)
    field("gsl_name", "Group Scout Leader or Unit Leader", 60)
    field("address", "Meeting place address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "applying_for",
        "What are you applying for?",
        ["Young people's bursary", "Leader training grant", "Both"],
    )
    bar("Part B: Young people's bursary")
    txt("Fill in this part only if you are applying for a bursary.", 9.5)
    field("event", "Name of camp, expedition or event", 100)
    field("event_dates", "Date or dates of the event", 40)
    field("cost_each", "Cost for each young person (£)", 10)
    field("number_yp", "Number of young people needing a bursary", 4)
    radios(
        "section",
        "Which section are the young people in?",
        ["Squirrels", "Beavers", "Cubs", "Scouts", "Explorers", "Mixed"],
    )
    bar("Part C: Leader training grant")
    txt("Fill in this part only if you are applying for a leader training grant.", 9.5)
    field("course", "Course title", 100)
    field("provider", "Course provider", 80)
    field("course_fee", "Course fee for each leader (£)", 10)
    field("number_leaders", "Number of leaders", 4)
    radios(
        "dbs",
        "Does each leader have a current DBS disclosure through the Scouts?",
        ["Yes", "Applied for", "No"],
    )
    bar("Part D: Your application")
    box(
        "d1",
        "D1 Tell us about the event or course and why it matters to your Group. "
        "(up to 1,500 characters)",
        "D1 Tell us about the event or course and why it matters to your Group",
        1500,
        110,
    )
    box(
        "d2",
        "D2 Why do the young people or leaders need help with the cost? (up to 900 characters)",
        "D2 Why do the young people or leaders need help with the cost?",
        900,
        80,
    )
    box(
        "d3",
        "D3 How will your Group, District or the wider community benefit? (up to 900 characters)",
        "D3 How will your Group, District or the wider community benefit?",
        900,
        80,
    )
    box(
        "d4",
        "D4 What has the Group done to raise the rest of the money itself? (up to 600 characters)",
        "D4 What has the Group done to raise the rest of the money itself?",
        600,
        60,
    )
    box(
        "d5",
        "D5 Is there anything else the County Development Fund panel should know?",
        "D5 Anything else the panel should know",
        0,
        70,
    )
    bar("Part E: Costs")
    field("total_cost", "Total cost (£)", 10)
    field("grant_requested", "Grant requested (£)", 10)
    field("group_share", "Amount the Group or families will pay (£)", 10)
    bar("Part F: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick(
        "doc_accounts",
        "The Group's latest annual accounts, as approved at its Annual General Meeting and "
        "signed by the Group Treasurer",
    )
    tick(
        "doc_event_cost",
        "For bursaries: the event's joining instructions or invoice showing the cost for "
        "each young person",
    )
    tick(
        "doc_course",
        "For leader training: the course booking confirmation or the provider's quote "
        "showing the fee",
    )
    bar("Part G: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the Group follows The "
        "Scout Association's safeguarding policy and Yellow Card, and that the grant will be "
        "used only for the purpose described. Any unused money will be returned to the Fund.",
    )
    field("signature", "Signature of Group Scout Leader or Unit Leader", 60)
    field("sig_date", "Date", 10)
    field("gec_chair", "Name of Group Chair or District Commissioner supporting it", 60)
    state["y"] -= 6
    txt(
        "Gillingmoor County Scout Council, Heathcote Campsite, Longmoor Lane, Gillingmoor "
        "GM4 8TR. Telephone 01632 962 775. Registered charity number 1091537.",
        9,
    )
    c.save()


def stannerly() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stannerly-youth-hut-and-hall-improvement-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Youth Hut and Hall Improvement Grant: application form")
    c.setAuthor("Stannerly Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Stannerly Borough Council  |  Youth Hut and Hall Improvement Grant")
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

    def blank(label: str, width: int = 0) -> None:
        """A label followed by an underscore blank, as typed in Word."""
        room(22)
        c.setFont(font, 11)
        c.drawString(50, state["y"], label)
        lw = c.stringWidth(label, font, 11)
        n = int((width or (w - 100 - lw - 6)) / c.stringWidth("_", font, 11))
        c.drawString(50 + lw + 6, state["y"], "_" * n)
        state["y"] -= 22

    def question(n: str, text: str, lines: int) -> None:
        room(15 * len(simpleSplit(text, bold, 11, w - 76 - 50)) + 20 * lines + 8)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 11, w - 76 - 50):
            c.setFont(bold, 11)
            c.drawString(76, state["y"], line)
            state["y"] -= 15
        for _ in range(lines):
            room(20)
            state["y"] -= 20
            c.line(76, state["y"] + 4, w - 50, state["y"] + 4)
        state["y"] -= 10

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Stannerly Borough Council")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(50, state["y"], "Youth Hut and Hall Improvement Grant")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(50, state["y"], "Application form 2027/28")
    state["y"] -= 24
    para(
        "This grant helps Scout, Guide, Brigade and cadet groups in the borough to repair and "
        "improve the huts and halls where they meet, so that the buildings are safe, warm, "
        "accessible and fit for the future. Grants are from £1,000 to £10,000 for work such as "
        "roof and window repairs, heating and insulation, kitchens and toilets, accessible "
        "entrances, fire safety and security."
    )
    para(
        "The Council will fund up to 60% of the cost of the work. Your group must find at "
        "least 40%, from its own funds, fundraising, its national association or other grants."
    )
    para(
        "Please complete the form in black ink or type your answers, and keep to the word limits. "
        "You may continue question 9 on a separate sheet. Send the form and your documents to the "
        "Community Grants Officer, Stannerly Borough Council, Civic Centre, Howard Way, "
        "Stannerly SY2 5HD, or scan and email them to communitygrants@stannerly.example.gov.uk. "
        "The closing date is 29 October 2027."
    )
    heading("Part 1: About your group")
    blank("1.  Name of group:")
    blank("2.  National association and registration number:")
    blank("3.  Name of contact:")
    blank("     Position in the group:")
    blank("     Address:")
    blank("     Postcode:", 120)
    blank("     Telephone:")
    blank("     Email:")
    blank("4.  Number of young people in the group:", 80)
    blank("     Number of adult volunteers:", 80)
    heading("Part 2: The building")
    blank("Name and address of the hut or hall:")
    blank("Who owns the building?")
    para("Does the group own, lease or rent the building?   Own [   ]   Lease [   ]   Rent [   ]")
    blank("If leased, the date the lease ends:", 150)
    para("Do other community groups use the building?   Yes [   ]   No [   ]")
    heading("Part 3: Your project")
    question(
        "5.",
        "Describe the work you want to do to the building. (no more than 300 words)",
        8,
    )
    question(
        "6.",
        "Why is the work needed? Please tell us about the condition of the building now. "
        "(no more than 250 words)",
        7,
    )
    question(
        "7.",
        "How will the improvements help more young people to take part, and will other groups "
        "in the community be able to use the building? (no more than 200 words)",
        6,
    )
    question(
        "8.",
        "How will the group look after the building and pay for its upkeep in future? "
        "(no more than one side of A4)",
        10,
    )
    question(
        "9.",
        "When will the work start and finish, and who will carry it out?",
        5,
    )
    heading("Part 4: Costs")
    blank("Total cost of the work (including VAT if you cannot reclaim it): £", 150)
    blank("Grant requested from the Council: £", 150)
    blank("Amount the group will provide: £", 150)
    blank("Other funding (please give the source and say if it is confirmed): £")
    heading("Part 5: Documents")
    para("Please send all of the following with your form. Tick each box to show it is enclosed.")
    for t in [
        "[   ]  a copy of the group's constitution or governing document",
        "[   ]  the group's accounts for the last two financial years. The accounts must be "
        "independently examined or audited",
        "[   ]  two written quotes for the work (three quotes if the work costs more than £10,000)",
        "[   ]  photographs showing the parts of the building to be repaired or improved",
        "[   ]  the group's safeguarding policy",
        "[   ]  a copy of the group's public liability insurance certificate (the group must hold "
        "cover of at least £10 million)",
    ]:
        para(t, x=62)
    para("You must also send the following, if they apply to your group:")
    for t in [
        "[   ]  if the group leases or rents the building, a copy of the lease and the "
        "landlord's written consent to the work",
        "[   ]  if the work needs planning permission or building regulations approval, a copy "
        "of the approval",
    ]:
        para(t, x=62)
    heading("Part 6: Declaration")
    para(
        "I declare that the information in this form is true and complete. The group is open "
        "to all young people and has an equal opportunities policy. If a grant is awarded, the "
        "group will keep the building in use for young people for at least ten years, or repay "
        "the grant."
    )
    blank("Signed:")
    blank("Name (in capitals):")
    blank("Position:")
    blank("Date:", 150)
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Received: ____________   Ref: ____________   Ward: ____________   Visit: ____________",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    braxholme()
    wimbleford()
    gillingmoor()
    stannerly()
