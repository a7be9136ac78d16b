"""Build set 115's Word and PDF documents (typical Gypsy, Roma and Traveller community grants:
a district council's inclusion and engagement grant application, a community foundation's
Traveller-led Groups Fund guidance, a health and care partnership's health access small grants
form and a borough council's Traveller site residents' association fund form, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus115.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 1, 14, 10, 15, 0)
BOX = "\u2610"


def cradleigh() -> None:
    d = kit.new_document(
        FIXED,
        "Gypsy, Roma and Traveller Inclusion Grant: application form",
        "Cradleigh District Council",
    )
    p = d.add_paragraph
    d.add_heading("Cradleigh District Council", 0)
    p("Gypsy, Roma and Traveller Inclusion Grant 2027/28: application form")
    p(
        "The Inclusion Grant gives between £500 and £5,000 to community groups and charities "
        "for projects that help Gypsy, Roma and Traveller residents of the district to take "
        "part in community life and to use local services: for example advice sessions on "
        "sites, digital skills and literacy classes, youth clubs, cultural events during "
        "Gypsy, Roma and Traveller History Month, or work with schools and health services to "
        "build trust. We particularly welcome projects led by Gypsy, Roma and Traveller people."
    )
    p(
        "Please read the guidance notes before you start. Type your answers in the boxes, "
        "which will grow as you type, and keep to the word limits. You do not need to find "
        "match funding, but please tell us about any other money you have for the project."
    )
    p(
        "Email the completed form and your documents to communities@cradleigh.example.gov.uk. "
        "The closing date is 5pm on Friday 28 May 2027."
    )
    d.add_heading("Do you need help filling in this form?", 2)
    p(
        "Our Community Development Officer can talk the form through with you on the phone or "
        "visit your site or group. Ring 01632 961 538. We can also provide the form in large "
        "print or another language."
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
            "Date the group was set up",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of group are you?",
                f"{BOX} Constituted community group   {BOX} Registered charity or CIO   "
                f"{BOX} Community interest company   {BOX} Other (please say)",
            ),
            (
                "Is your group led by Gypsy, Roma or Traveller people?",
                f"{BOX} Yes   {BOX} No   {BOX} Partly",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        ["Project title", "Start date", "End date"],
        shade=True,
    )
    p()
    kit.question(
        d,
        "2.1 Tell us about your group and the communities you work with. (max 250 words)",
        2800,
    )
    kit.question(
        d,
        "2.2 What do you want to do, and where and when will it happen? (max 400 words)",
        4200,
    )
    kit.question(
        d,
        "2.3 How do you know the project is needed? Tell us how Gypsy, Roma or Traveller people "
        "helped to plan it. (max 300 words)",
        3400,
    )
    kit.question(
        d,
        "2.4 How will the project help people to take part in community life or to use local "
        "services such as health, education and advice? (max 300 words)",
        3400,
    )
    kit.question(
        d,
        "2.5 How many people will take part, and how will you measure the difference the "
        "project makes? (max 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.6 How will the work carry on after the grant has been spent? (max 150 words)",
        2200,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list what you will spend the grant on.")
    kit.grid(d, ["Item", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking us for (£)",
            "Other funding for the project (source and amount)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick to show what you have enclosed. "
        "We cannot assess your application without them."
    )
    kit.ticked(
        d,
        [
            "Your constitution or set of rules, signed and dated",
            "Your most recent annual accounts or, if your group is less than a year old, your "
            "last three months' bank statements",
            "Your equality and diversity policy",
            "A letter of support from a Gypsy, Roma or Traveller organisation or residents' "
            "group you work with",
            "Your safeguarding policy, if your project involves children, young people or "
            "adults at risk",
            "Two quotes for any single item of equipment costing more than £500",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the group. I confirm that the group holds public liability "
        "insurance of at least £5 million, or will have it before the project starts. I "
        "understand that the grant must be spent only on the project described, that the "
        "Council will ask for a short report and receipts at the end, and that it may ask for "
        "unspent money to be returned."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Communities Team, Cradleigh District Council, Civic Centre, Bell Street, Cradleigh "
        "CR4 8LN. www.cradleigh.example.gov.uk/inclusiongrant"
    )
    out = HERE / "cradleigh-gypsy-roma-traveller-inclusion-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def oxenmere() -> None:
    d = kit.new_document(
        FIXED,
        "Traveller-led Groups Fund: guidance notes 2027",
        "Oxenmere Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Oxenmere Community Foundation", 0)
    p("Traveller-led Groups Fund: guidance notes for applicants, 2027")
    d.add_heading("1. About the fund", 1)
    p(
        "The Traveller-led Groups Fund gives grants of £250 to £3,000 to groups that are run by "
        "and for Gypsy, Roma and Traveller people in Oxenmere and the surrounding county. It "
        "was set up in 2024 with money from local donors and the Oxenmere Traveller Education "
        "Trust, and a panel of Gypsy, Roma and Traveller advisers helps us decide who gets a "
        "grant."
    )
    p(
        "We know that many Traveller-led groups are small and new, and that filling in forms "
        "can be a barrier. We keep the application short and our Grants Officer will help you "
        "with it by phone, by video call or in person."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your group:")
    bullet(
        "is led by Gypsy, Roma or Traveller people, with at least half of its committee or "
        "organisers from those communities;"
    )
    bullet("has a written constitution or set of rules and at least three committee members;")
    bullet(
        "works with people living in the county of Oxenmere, on sites, in housing or on the road;"
    )
    bullet(
        "has a bank account in the group's name, or a host organisation that will hold the grant."
    )
    p("We cannot fund individuals, businesses, political campaigns or religious worship.")
    d.add_heading("3. What we pay for", 1)
    p("We can pay for things like:")
    bullet("running costs of a new group, such as room hire, phone and travel;")
    bullet("activities for young people, women's groups, men's health groups and elders;")
    bullet("cultural events, heritage and oral history projects;")
    bullet("training for committee members and volunteers;")
    bullet("equipment, such as a laptop or a gazebo for events.")
    d.add_heading("4. How to apply", 1)
    p(
        "Apply on our short online form at www.oxenmerecf.example.org.uk/travellerfund, or ask "
        "the Grants Officer to fill it in with you over the phone. The form asks:"
    )
    kit.table(
        d,
        [
            ("Part", "What we ask", "Length"),
            ("1", "Your group's name, address and contact details", "Short answers"),
            ("2", "Who leads your group and what it does", "Up to 200 words"),
            ("3", "What you want the grant for and who will take part", "Up to 300 words"),
            ("4", "What difference it will make", "Up to 200 words"),
            ("5", "How much you need and what it will pay for", "Cost table"),
        ],
    )
    d.add_heading("5. What to send us", 1)
    p("Every group must upload or send:")
    bullet("a copy of your constitution or set of rules;")
    bullet(
        "your most recent annual accounts or, if your group has been going for less than a "
        "year, your latest bank statement instead;"
    )
    bullet(
        "a short reference from someone who knows your group's work, such as a council "
        "officer, health visitor, teacher or another community group."
    )
    p("You will also need to send:")
    bullet(
        "your safeguarding policy, if your activities involve children, young people or "
        "adults at risk;"
    )
    bullet(
        "a letter from your host organisation agreeing to receive and look after the grant, "
        "if your group does not yet have its own bank account;"
    )
    bullet("two quotes for any item that costs more than £1,000.")
    p(
        "Anyone working with children or adults at risk should have an enhanced DBS check. "
        "You do not need to send us the certificates."
    )
    d.add_heading("6. How we decide", 1)
    p("Our panel looks at each application against these points:")
    kit.table(
        d,
        [
            ("What we look at", "Weight"),
            ("The group is led by Gypsy, Roma or Traveller people", "30%"),
            ("The need for the activity and who will benefit", "30%"),
            ("The activity is realistic and good value", "25%"),
            ("It will help the group grow stronger", "15%"),
        ],
    )
    d.add_heading("7. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel meets", "You will hear by"),
            ("1", "12 March 2027", "April 2027", "30 April 2027"),
            ("2", "10 September 2027", "October 2027", "29 October 2027"),
        ],
    )
    d.add_heading("8. Frequently asked questions", 1)
    d.add_heading("Our group is not yet constituted. Can we apply?", 3)
    p(
        "Not yet, but our Grants Officer can help you write a simple constitution, and we can "
        "give you a model set of rules. Many groups do this in a few weeks."
    )
    d.add_heading("Can we apply more than once?", 3)
    p("Yes, once your first grant has been spent and you have sent us a short report.")
    d.add_heading("Can someone else fill in the form for us?", 3)
    p(
        "Yes. A friend, a support worker or our Grants Officer can help, as long as the "
        "answers are about your group and its plans."
    )
    d.add_heading("9. Contact", 1)
    p(
        "Grants Officer, Oxenmere Community Foundation, 3 Tannery Yard, Oxenmere OX9 4DW. "
        "Telephone 01632 962 471 or text 07700 900 318. Email "
        "travellerfund@oxenmerecf.example.org.uk."
    )
    out = HERE / "oxenmere-community-foundation-traveller-led-groups-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def thornhallow() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "thornhallow-gypsy-roma-traveller-health-access-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Gypsy, Roma and Traveller Health Access Small Grants: application form")
    c.setAuthor("Thornhallow Health and Care Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    blue = HexColor("#005EB8")

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
        c.setFillColor(blue)
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
    c.drawString(50, state["y"], "Thornhallow Health and Care Partnership")
    state["y"] -= 22
    txt(
        "Gypsy, Roma and Traveller Health Access Small Grants: application form",
        12,
        "Helvetica-Bold",
    )
    state["y"] -= 4
    txt(
        "Gypsy, Roma and Traveller people have some of the poorest health of any group in "
        "England and often find it hard to register with a GP, book appointments or get "
        "screening and vaccinations. These small grants of up to £2,500 help community groups "
        "and charities to run projects that make health services easier to use: health "
        "champions, outreach sessions on sites, help with registering and with letters, and "
        "work with GP practices and hospitals to make them more welcoming."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a character "
        "limit, shown after the question. You do not need to find match funding: we can pay "
        "the whole cost of your project. Email the form and your documents to "
        "grtgrants@thornhallowhcp.example.org.uk."
    )
    bar("Part A: About your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "What type of organisation are you?",
        [
            "Constituted community group",
            "Registered charity",
            "CIO",
            "Community interest company",
            "Other",
        ],
    )
    radios(
        "grt_led",
        "Is your organisation led by Gypsy, Roma or Traveller people?",
        ["Yes", "No"],
    )
    bar("Part B: Your project")
    field("start", "Project start date", 10)
    field("end", "Project end date", 10)
    box(
        "b1",
        "B1 Describe your project and the health services or support it will help people to "
        "use. (up to 1,500 characters)",
        "B1 Describe your project and the health services or support it will help people to use",
        1500,
        140,
    )
    box(
        "b2",
        "B2 Which communities will benefit, and how many people do you expect to reach? "
        "(up to 900 characters)",
        "B2 Which communities will benefit, and how many people do you expect to reach?",
        900,
        90,
    )
    box(
        "b3",
        "B3 What stops the people you work with from using health services, and how will the "
        "project help to remove those barriers? (up to 1,500 characters)",
        "B3 What stops the people you work with from using health services, and how will the "
        "project help to remove those barriers?",
        1500,
        140,
    )
    box(
        "b4",
        "B4 How will you work with GP practices, health visitors, pharmacies or other health "
        "services? (up to 1,200 characters)",
        "B4 How will you work with GP practices, health visitors, pharmacies or other health "
        "services?",
        1200,
        110,
    )
    box(
        "b5",
        "B5 How will you know that the project has made a difference? (up to 900 characters)",
        "B5 How will you know that the project has made a difference?",
        900,
        90,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount requested (£)", 10)
    txt(
        "Please attach a simple budget showing each thing the grant will pay for and its cost "
        "(see the list of documents below)."
    )
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last one is only needed "
        "if it applies to your project."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your constitution, terms of reference or set of rules")
    tick(
        "doc_accounts",
        "Your latest accounts or, if you have none, an income and expenditure statement for "
        "the last 12 months signed by your treasurer",
    )
    tick("doc_budget", "A simple budget showing what the grant will pay for")
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_lone",
        "If staff or volunteers will visit people in their homes or on sites on their own: "
        "your lone working policy",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "on behalf of the organisation and that the grant will be spent only on the project "
        "described. I agree to send a short report at the end of the project.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Thornhallow Health and Care Partnership, Population Health Team, Orchard House, "
        "Thornhallow TH2 7PS. Telephone 01632 963 902.",
        9,
    )
    c.save()


def corsleigh() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "corsleigh-traveller-site-residents-association-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Traveller Site Residents' Association Fund: application form")
    c.setAuthor("Corsleigh Borough Council")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawCentredString(
            w / 2,
            34,
            "Corsleigh Borough Council - Traveller Site Residents' Association Fund - "
            f"page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11, f: str = font, x: float = 64) -> None:
        for line in simpleSplit(t, f, size, w - x - 64):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def item(n: int, label: str) -> None:
        """A numbered one-line item with a rule to write on."""
        room(26)
        c.setFont(font, 11)
        c.drawString(64, state["y"], f"{n}.")
        c.drawString(84, state["y"], label)
        x = 84 + c.stringWidth(label, font, 11) + 6
        if x < w - 100:
            c.line(x, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    def question(n: int, text: str, lines: int) -> None:
        room(40)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(64, state["y"], f"{n}.")
        for line in simpleSplit(text, bold, 11, w - 84 - 64):
            room(15)
            c.setFont(bold, 11)
            c.drawString(84, state["y"], line)
            state["y"] -= 15
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(84, state["y"], w - 64, state["y"])
        state["y"] -= 14

    c.setFont(bold, 17)
    c.drawCentredString(w / 2, state["y"], "CORSLEIGH BOROUGH COUNCIL")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawCentredString(w / 2, state["y"], "Traveller Site Residents' Association Fund 2027")
    state["y"] -= 18
    c.drawCentredString(w / 2, state["y"], "APPLICATION FORM")
    state["y"] -= 26
    para("Notes for residents' associations", 12, bold)
    para(
        "The Council manages three Gypsy and Traveller sites: Long Acre (24 pitches), Ferry "
        "Lane (16 pitches) and Holloway Bridge (12 pitches). This fund gives grants of up to "
        "£1,500 a year to a residents' association on each site for things that make the site "
        "a better place to live: play equipment, a community room, planting and benches, "
        "trips and activities for children and older residents, or training for the "
        "association's committee."
    )
    para(
        "The application must be agreed at a meeting of the association and signed by two "
        "members of its committee. The Site Liaison Officer can help you fill in the form and "
        "will visit the site to talk about your plans before the panel meets."
    )
    para(
        "Please write clearly in black ink or type your answers, keeping to the word limits. "
        "Hand the form to the Site Liaison Officer or post it to the address at the end of the "
        "form by Friday 30 April 2027."
    )
    state["y"] -= 6
    para("SECTION A  YOUR ASSOCIATION", 12, bold)
    item(1, "Name of the residents' association:")
    item(2, "Site:   LONG ACRE / FERRY LANE / HOLLOWAY BRIDGE (please circle)")
    item(3, "Contact name:")
    item(4, "Pitch number:")
    item(5, "Telephone:")
    item(6, "Email (if any):")
    item(7, "Number of households who are members:")
    item(8, "Number of committee members:")
    item(9, "Date the association was set up:")
    para("SECTION B  YOUR PLANS", 12, bold)
    question(10, "What do you want to do with the grant? (maximum 200 words)", 6)
    question(
        11,
        "How did residents decide on this idea? Tell us how many households support it. "
        "(maximum 150 words)",
        5,
    )
    question(
        12,
        "Who on the site will benefit, including children, older residents and disabled "
        "people? (maximum 150 words)",
        5,
    )
    question(
        13,
        "Tell us how you will look after anything you buy and who will be responsible for it. "
        "(maximum 100 words)",
        4,
    )
    question(14, "Is there anything else you would like to tell the panel?", 4)
    para("SECTION C  COSTS", 12, bold)
    room(40)
    c.setFont(bold, 11)
    c.drawString(64, state["y"], "15.")
    c.drawString(84, state["y"], "Please list the things you want to buy or pay for.")
    state["y"] -= 10
    widths = (260, 110, 97)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 5
    for n, row in enumerate(rows):
        room(22)
        x = 84
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    item(16, "Total cost: £")
    item(17, "Amount requested from the fund (up to £1,500): £")
    para("SECTION D  WHAT TO SEND", 12, bold)
    para("Please send with this form:")
    for t in [
        "(a) the association's constitution or rules, and a list of its committee members;",
        "(b) a bank statement for the association's account from the last three months;",
        "(c) if the association has been running for more than a year, its latest annual "
        "accounts, signed by the treasurer;",
        "(d) a quote for each item that costs more than £250;",
        "(e) if you are buying play equipment, the supplier's certificate that it meets "
        "BS EN 1176.",
    ]:
        para(t, x=84)
    para("SECTION E  DECLARATION", 12, bold)
    para(
        "We confirm that this application was agreed at a meeting of the residents' "
        "association, that the information in it is true and that the grant will be spent "
        "only as described. We understand that the Council will ask for receipts within three "
        "months of the grant being paid."
    )
    item(18, "Signature (chair):")
    item(19, "Name:")
    item(20, "Signature (treasurer or secretary):")
    item(21, "Name:")
    item(22, "Date:")
    state["y"] -= 6
    para("FOR OFFICE USE ONLY", 10, bold)
    para(
        "Date received: ____________   Site visit: ____________   Panel date: ____________   "
        "Amount awarded: £____________",
        10,
    )
    para(
        "Return to: Site Liaison Officer, Housing Services, Corsleigh Borough Council, "
        "Riverside House, Quay Street, Corsleigh CS7 2HA. Telephone 01632 964 316. "
        "Email travellersites@corsleigh.example.gov.uk",
        10,
    )
    folio()
    c.save()


if __name__ == "__main__":
    cradleigh()
    oxenmere()
    thornhallow()
    corsleigh()
