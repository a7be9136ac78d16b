"""Build set 107's Word and PDF documents (typical rivers, canals, waterways and wildlife
conservation volunteering grants: a district council's Rivers and Wildlife Volunteering Grants
form, a rivers trust's Community Rivers Fund guidance notes, a water company's community fund
form for ponds and wetlands and a town council's canal adoption small grants form, written to
be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus107.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 12, 10, 10, 15, 0)
BOX = "\u2610"


def marlowfield() -> None:
    d = kit.new_document(
        FIXED,
        "Rivers and Wildlife Volunteering Grants 2027 to 2028: application form",
        "Marlowfield District Council",
    )
    p = d.add_paragraph
    d.add_heading("Marlowfield District Council", 0)
    p("Rivers and Wildlife Volunteering Grants 2027 to 2028: application form")
    p(
        "Rivers and Wildlife Volunteering Grants help volunteer groups to look after the "
        "district's rivers, streams, ponds and wildlife sites. We give grants of £500 to £5,000 "
        "to friends-of groups, river and pond wardens, conservation volunteers and other "
        "community groups for practical work such as river clean-ups, clearing invasive plants "
        "like Himalayan balsam, planting, pond restoration, making paths and boardwalks, and "
        "wildlife surveys, and for the tools, training and protective clothing volunteers need."
    )
    p(
        "Please read the Rivers and Wildlife Volunteering Grants guidance notes before you fill "
        "in this form. Type your answers in the boxes, which will grow as you type, and keep to "
        "the word limits. We do not ask for match funding, but please tell us about any other "
        "money or help your group has for the project."
    )
    p(
        "Email the form and your documents to greenspaces@marlowfield.example.gov.uk by 5pm on "
        "Friday 12 March 2027. If you would like to talk about your idea first, ring the "
        "Countryside and Green Spaces team on 01632 967 204."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the group",
            "Telephone",
            "Email",
            "Registered charity or company number (if any)",
            "Website or social media page (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of group are you?",
                f"{BOX} Friends-of group   {BOX} Community or residents' group   "
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Parish or town council",
            ),
            (
                "Does your group have a bank account in its own name, with at least two people "
                "needed to sign?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("How many active volunteers does your group have?", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        [
            "Project title",
            "Name and location of the site (river, stream, pond or wildlife site)",
            "Grid reference or nearest postcode of the site",
            "Start date",
            "End date",
        ],
        shade=True,
    )
    p()
    kit.question(d, "2.1 Tell us about your group and what it does now. (max 150 words)", 2400)
    kit.question(
        d,
        "2.2 What do you want to do with the grant? Tell us what the volunteers will do, where "
        "and when. (max 300 words)",
        4000,
    )
    kit.question(
        d,
        "2.3 How will the project help wildlife, water quality or the river and its banks? "
        "(max 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you recruit, train and look after your volunteers, including keeping them "
        "safe when they work in or near water? (max 200 words)",
    )
    kit.question(
        d,
        "2.5 Who owns or manages the site, and have they agreed to the work? (max 100 words)",
        1800,
    )
    kit.question(
        d,
        "2.6 How will you know the project has made a difference, and how will the work be kept "
        "up after the grant has been spent? (max 200 words)",
    )
    kit.details(
        d,
        [
            "Number of volunteers expected to take part",
            "Estimated number of volunteer days",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 3: Costs", 1)
    p("Please list what you will spend the grant on.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested (£)",
            "Other funding for the project, including your own funds (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick to show what you have enclosed. "
        "The last two are only needed if they apply to your project."
    )
    kit.ticked(
        d,
        [
            "A copy of your constitution or set of rules, signed and dated",
            "Your most recent annual accounts, signed by your treasurer",
            "Your health and safety policy and a risk assessment for the work",
            "Written permission for the work from the landowner or site manager",
            "If your project involves children, young people or adults at risk: your "
            "safeguarding policy",
            "For any item costing more than £1,000: a written quote",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am authorised "
        "to sign on behalf of the group. I confirm that the group holds public liability "
        "insurance of at least £5 million that covers its volunteers and the work described. I "
        "understand that the Council may ask for the grant to be repaid if it is not spent as "
        "agreed, and that the Council may publish the group's name, the project title and the "
        "amount of any grant."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Countryside and Green Spaces, Marlowfield District Council, Council House, Weir Lane, "
        "Marlowfield MF2 6RT. www.marlowfield.example.gov.uk/riversandwildlife"
    )
    out = HERE / "marlowfield-rivers-and-wildlife-volunteering-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def otterbrook() -> None:
    d = kit.new_document(
        FIXED, "Community Rivers Fund 2027: guidance notes", "Otterbrook Rivers Trust"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Otterbrook Rivers Trust", 0)
    p("Community Rivers Fund 2027: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Otterbrook Rivers Trust works to bring the rivers and streams of the Otterbrook "
        "catchment back to good health. The Community Rivers Fund gives small grants to local "
        "groups whose volunteers care for their river: friends-of groups, river wardens, "
        "angling clubs, residents' groups, schools and village groups. The fund is paid for by "
        "the Trust's supporters and a donation from local businesses."
    )
    p(
        "This year we have £40,000 to give in two rounds. Grants are from £250 to £3,000 and "
        "the work must be finished within twelve months of our offer letter."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your group:")
    bullet(
        "is a voluntary or community group, charity, community interest company, school or "
        "parish council;"
    )
    bullet("has a constitution or set of rules and a bank account in its own name;")
    bullet(
        "will carry out the work within the Otterbrook catchment (the map on our website "
        "shows its boundary)."
    )
    p(
        "Individuals and businesses cannot apply. Groups that already hold a Community Rivers "
        "Fund grant must have sent us their end-of-grant report before applying again."
    )
    d.add_heading("3. What can the fund pay for?", 1)
    bullet("river clean-ups and litter picks, including skips and waste disposal;")
    bullet("clearing invasive plants such as Himalayan balsam and giant hogweed;")
    bullet("planting trees, hedges and wildflowers on river banks;")
    bullet("small habitat works, such as woody debris, gravel for spawning fish and otter holts;")
    bullet("water quality and river fly monitoring kits and training;")
    bullet("tools, waders, life jackets and other safety equipment for volunteers;")
    bullet("events that help local people learn about and enjoy their river.")
    d.add_heading("4. What the fund will not pay for", 1)
    bullet("work that has already started;")
    bullet("salaries, or the running costs of your group that are not part of the project;")
    bullet("work that a landowner, council or water company is required by law to do;")
    bullet("fishing permits, stocking fish or angling competitions.")
    d.add_heading("5. Do we need to find some of the money ourselves?", 1)
    p(
        "Yes. Your group must find at least 25% of the total project cost from other sources. "
        "This can be your own funds, another grant, or the value of volunteer time, which we "
        "count at £15 an hour. Please show this in the budget in your application."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every group must upload these documents with its application:")
    number("your constitution, set of rules or other governing document;")
    number(
        "your latest annual accounts, independently examined or audited. Accounts that have "
        "only been signed by your treasurer are not enough;"
    )
    number("a bank statement in the group's name, dated within the last three months;")
    number("a risk assessment for the volunteer work, which must cover working near water;")
    number("a map showing where the work will take place.")
    p("Some groups must also send:")
    bullet(
        "if children or young people under 18 will take part: your safeguarding policy and "
        "confirmation that the adults leading the sessions have had a DBS check;"
    )
    bullet(
        "if the work is in the river channel or on its banks (for example installing woody "
        "debris or gravel): a copy of the Environment Agency's flood risk activity permit, or "
        "confirmation that the work is exempt;"
    )
    bullet("if you want to buy an item of equipment costing more than £500: a quote for it.")
    p(
        "We do not need to see your health and safety policy, but every group must have one and "
        "you will be asked to confirm this in the declaration. Your group must also hold public "
        "liability insurance of at least £5 million for its volunteer activities; you do not "
        "need to send the certificate."
    )
    d.add_heading("7. How to apply", 1)
    p(
        "Apply online through the Trust's grants portal at grants.otterbrookrivers.example."
        "org.uk. You can save your answers and come back to them. If you cannot use the portal, "
        "ring us and we will send you a Word version of the form."
    )
    p("The online form has four parts:")
    kit.table(
        d,
        [
            ("Part", "What it asks"),
            ("1. Your group", "contact details, type of group and bank account"),
            (
                "2. Your project",
                "what you will do and where (up to 300 words), how it will help the river "
                "(up to 250 words) and how volunteers will be involved (up to 200 words)",
            ),
            ("3. Costs", "a budget, with your 25% contribution and where it comes from"),
            ("4. Documents and declaration", "uploads of the documents listed in section 6"),
        ],
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of trustees and a member of the Trust's volunteer forum scores every application:")
    kit.table(
        d,
        [
            ("What we look for", "Score out of"),
            ("Benefit to the river, its wildlife and water quality", "40"),
            ("How local people and volunteers are involved", "30"),
            ("A clear plan, budget and safe ways of working", "20"),
            ("How the work will be kept up after the grant", "10"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Decision by"),
            ("Spring", "Monday 1 March 2027", "Friday 16 April 2027"),
            ("Autumn", "Monday 6 September 2027", "Friday 15 October 2027"),
        ],
    )
    d.add_heading("10. Questions people often ask", 1)
    p("Can we apply if our group is not a charity?").runs[0].bold = True
    p("Yes. Most of the groups we fund are small community groups with a constitution.")
    p("Our group is new and has no accounts yet. Can we still apply?").runs[0].bold = True
    p(
        "Not this year, because we need examined accounts. Talk to us: we may be able to put "
        "you in touch with an established group that could hold the grant for you."
    )
    p("Can volunteer time count towards our 25%?").runs[0].bold = True
    p("Yes, at £15 an hour. Keep a record of the hours your volunteers give.")
    p("Do we need the landowner's permission?").runs[0].bold = True
    p(
        "You should have it before any work starts, but you do not need to send it to us. We "
        "may ask to see it before we pay the grant."
    )
    d.add_heading("11. Contact", 1)
    p(
        "Community Rivers Fund, Otterbrook Rivers Trust, The Old Mill, Millrace Lane, Otterbrook "
        "OB4 7QS. Telephone 01632 968 331. Email communityfund@otterbrookrivers.example.org.uk."
    )
    out = HERE / "otterbrook-rivers-trust-community-rivers-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def sallowmere() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "sallowmere-water-community-fund-ponds-and-wetlands-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Fund: Ponds and Wetlands Grants application form")
    c.setAuthor("Sallowmere Water")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    blue = HexColor("#00558C")

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
            x=260,
            y=state["y"] - 18,
            width=285,
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
    c.setFillColor(blue)
    c.drawString(50, state["y"], "Sallowmere Water Community Fund")
    c.setFillColor(black)
    state["y"] -= 22
    txt("Ponds and Wetlands Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Sallowmere Water Community Fund supports community groups in the areas where we "
        "supply water. Ponds and Wetlands Grants of up to £2,500 help volunteers to create, "
        "restore and care for ponds, scrapes, reedbeds, wet meadows and other wetland habitats, "
        "and to help people enjoy and learn about them: for example digging or relining a pond, "
        "clearing silt and overgrown vegetation, planting native wetland plants, building a "
        "dipping platform, or equipment for volunteer wildlife surveys."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each answer box has a character limit, shown after "
        "the question. Save the completed form and email it, with your documents, to "
        "communityfund@sallowmerewater.example.org.uk by 30 April 2027. Questions? Ring the "
        "Community Fund team on 01632 969 415."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Registered charity or company number (if any)", 20)
    radios(
        "org_type",
        "Type of organisation",
        ["Community group", "Registered charity", "CIO", "School", "Parish or town council"],
    )
    radios(
        "supply_area",
        "Is the project in the area where Sallowmere Water supplies water?",
        ["Yes", "No", "Not sure"],
    )
    bar("Part B: Your project")
    field("title", "Project title", 80)
    field("site", "Site name and address or grid reference", 120)
    field("start", "Date the work will start", 10)
    box(
        "b1",
        "B1 Tell us about your organisation and the volunteers who will take part. "
        "(up to 1,000 characters)",
        "B1 Tell us about your organisation and the volunteers who will take part",
        1000,
        80,
    )
    box(
        "b2",
        "B2 What will you do, and where? Please describe the pond, wetland or stretch of water "
        "as it is now. (up to 2,000 characters)",
        "B2 What will you do, and where?",
        2000,
        150,
    )
    box(
        "b3",
        "B3 How will the project improve habitats for wildlife or the quality of the water? "
        "(up to 1,500 characters)",
        "B3 How will the project improve habitats for wildlife or the quality of the water?",
        1500,
        120,
    )
    box(
        "b4",
        "B4 How will local people be involved, and how will you keep volunteers safe near "
        "water? (up to 1,200 characters)",
        "B4 How will local people be involved, and how will you keep volunteers safe?",
        1200,
        100,
    )
    field("volunteers", "How many volunteers do you expect to take part?", 5)
    box(
        "b5",
        "B5 Who will look after the site once the grant has been spent, and how? "
        "(up to 800 characters)",
        "B5 Who will look after the site once the grant has been spent, and how?",
        800,
        70,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount of grant requested (£)", 10)
    field("other_funds", "Other funding for the project, if any (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last two are only needed "
        "if they apply to your project."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your constitution, set of rules or other governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts, signed by your treasurer or an independent examiner",
    )
    tick(
        "doc_permission",
        "Written permission for the work from the owner of the land",
    )
    tick("doc_photos", "Two or three photographs of the site as it is now")
    tick(
        "doc_safeguarding",
        "If children, young people or adults at risk will take part: your safeguarding policy",
    )
    tick(
        "doc_consent",
        "If the site is in a Site of Special Scientific Interest: Natural England's consent for "
        "the work",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the organisation has a "
        "health and safety policy and holds public liability insurance of at least £2,000,000; "
        "and that the grant will be spent only on the project described.",
    )
    tick(
        "publicity",
        "I agree that Sallowmere Water may use the organisation's name, photographs and a "
        "description of the project in its publicity.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Sallowmere Water Community Fund, Pumping Station House, Reservoir Road, Sallowmere "
        "SL9 2WF. Telephone 01632 969 415.",
        9,
    )
    c.save()


def grebeford() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "grebeford-canal-adoption-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Canal Adoption Small Grants: application form")
    c.setAuthor("Grebeford Town Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(56, 30, "Grebeford Town Council - Canal Adoption Small Grants 2027")
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
        c.setFont(bold, 12)
        c.drawString(56, state["y"], t)
        c.line(56, state["y"] - 4, w - 56, state["y"] - 4)
        state["y"] -= 24

    def item(ref: str, label: str) -> None:
        """A one-line item with a rule to write on."""
        room(26)
        c.setFont(font, 10)
        c.drawString(56, state["y"], ref)
        c.drawString(84, state["y"], label)
        x = 84 + c.stringWidth(label, font, 10) + 6
        c.line(x, state["y"] - 2, w - 56, state["y"] - 2)
        state["y"] -= 24

    def question(ref: str, text: str, lines: int) -> None:
        room(40)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(56, state["y"], ref)
        for line in simpleSplit(text, bold, 10, w - 84 - 56):
            room(14)
            c.setFont(bold, 10)
            c.drawString(84, state["y"], line)
            state["y"] -= 14
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(84, state["y"], w - 56, state["y"])
        state["y"] -= 14

    c.setFont(bold, 16)
    c.drawString(56, state["y"], "Grebeford Town Council")
    state["y"] -= 22
    c.setFont(bold, 13)
    c.drawString(56, state["y"], "Canal Adoption Small Grants 2027 - Application Form")
    state["y"] -= 26
    para(
        "The Grebeford Canal runs for four miles through the town. Volunteer groups have adopted "
        "most of its length, working with the Grebeford Canal Trust, the navigation authority, "
        "to keep the towpath, locks and banks clean, safe and good for wildlife. The Town "
        "Council's Canal Adoption Small Grants of up to £1,500 help these groups, and new groups "
        "that want to adopt a length of the canal, to buy tools and equipment, run volunteer "
        "days and improve the canal side for people and wildlife."
    )
    para(
        "Groups must contribute at least 10% of the total cost of the project themselves, in "
        "money or from other grants. We cannot pay for work the Canal Trust is responsible for, "
        "such as repairs to locks, bridges or the canal walls."
    )
    para(
        "Please complete the form in black ink or type your answers, keeping to the word "
        "limits, and return it with your documents to the Town Clerk at the address at the end "
        "of the form, or by email to clerk@grebeford-tc.example.gov.uk, by Friday 26 March "
        "2027."
    )
    heading("SECTION A   ABOUT YOUR GROUP")
    item("A1", "Name of group:")
    item("A2", "Contact name:")
    item("A3", "Address:")
    item("A4", "Postcode:")
    item("A5", "Telephone:")
    item("A6", "Email:")
    item("A7", "Length of canal your group looks after (from / to):")
    item("A8", "Do you have an adoption agreement with the Canal Trust?   YES / NO (delete one)")
    item("A9", "Number of active volunteers in your group:")
    heading("SECTION B   YOUR PROJECT")
    item("B1", "Project title:")
    question(
        "B2",
        "Describe your group, how long it has been running and what it does on the canal. "
        "(no more than 150 words)",
        5,
    )
    question(
        "B3",
        "What do you want to do, and what will the grant pay for? (no more than 250 words)",
        7,
    )
    question(
        "B4",
        "How will the project improve the canal for wildlife, boaters, walkers or the local "
        "community? (no more than 200 words)",
        6,
    )
    question(
        "B5",
        "How will you make sure volunteers work safely on the towpath and near the water? "
        "(no more than 200 words)",
        6,
    )
    question(
        "B6",
        "Who else will you work with, for example the Canal Trust, schools or local businesses? "
        "(no more than 150 words)",
        5,
    )
    question(
        "B7",
        "How will you tell people in Grebeford about the project? (no more than 100 words)",
        3,
    )
    item("B8", "Start date:")
    item("B9", "Finish date:")
    heading("SECTION C   COSTS")
    room(40)
    c.setFont(bold, 10)
    c.drawString(56, state["y"], "C1")
    c.drawString(84, state["y"], "Please list the items you want the grant to pay for.")
    state["y"] -= 10
    widths = (240, 130, 85)
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
    item("C2", "Total cost of the project: £")
    item("C3", "Amount requested from the Town Council: £")
    item("C4", "Amount your group will contribute (at least 10%): £")
    heading("SECTION D   DOCUMENTS")
    para("Please enclose:")
    for t in [
        "(a) a copy of your group's constitution or rules;",
        "(b) your group's latest accounts or, if your group has been running for less than a "
        "year, a copy of its latest bank statement;",
        "(c) a copy of your adoption agreement with the Grebeford Canal Trust, if you have one;",
        "(d) a copy of your public liability insurance certificate (minimum cover £10m);",
        "(e) your risk assessment for the work;",
        "(f) if any volunteers are under 18: your safeguarding policy.",
    ]:
        para(t, x=84)
    heading("SECTION E   DECLARATION")
    para(
        "I confirm that the information in this application is true and that the group agrees "
        "to the conditions of the grant. I understand that the Town Council may ask for the "
        "grant to be repaid if it is not used for the project described, and that the group "
        "must send a short report with receipts within twelve months."
    )
    item("E1", "Signature:")
    item("E2", "Name:")
    item("E3", "Position in group:")
    item("E4", "Date:")
    state["y"] -= 6
    para(
        "Return to: The Town Clerk, Grebeford Town Council, Wharf House, Towpath Road, Grebeford "
        "GB3 5HN. Telephone 01632 960 278.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    marlowfield()
    otterbrook()
    sallowmere()
    grebeford()
