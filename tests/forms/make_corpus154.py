"""Build set 154's Word and PDF documents (typical wildlife, pollinator, pond and community
nature grants: a district council's Nature Recovery Community Grants application, a county
council's Community Ponds Fund guidance notes, a town council's Tree and Hedge Planting Grant
form and a parish council's Pollinator and Wildflower Grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus154.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def cawdringham() -> None:
    d = kit.new_document(
        FIXED,
        "Nature Recovery Community Grants 2027/28: application form",
        "Cawdringham District Council",
    )
    p = d.add_paragraph
    d.add_heading("Cawdringham District Council", 0)
    p("Nature Recovery Community Grants 2027/28: application form")
    p(
        "Nature Recovery Community Grants are part of the Council's Climate and Biodiversity "
        "Action Plan. They help community groups, parish councils, schools and residents' "
        "associations in Cawdringham District to make more room for wildlife: hedgehog "
        "highways, pollinator planting, community ponds, new hedges and trees, and school "
        "nature areas. Grants are from £250 to £4,000."
    )
    p(
        "We will fund up to 80% of the cost of your project. You must find at least 20% from "
        "elsewhere, for example your own fundraising, another grant or the value of your "
        "volunteers' time."
    )
    p(
        "Please type your answers in the boxes, which will grow as you write, and keep to the "
        "word limits. Email the completed form and your documents to "
        "naturegrants@cawdringham.example.gov.uk by 5pm on Friday 22 October 2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "Our Biodiversity Officer, Dr Helen Marsworth, is happy to talk through your idea "
        "before you apply and can visit your site. Ring 01632 965 218. Would you like this "
        "form in large print or another format? Ring the same number and we will send it."
    )
    d.add_heading("Section 1: Your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity or company number (if any)",
        ],
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Constituted community group   {BOX} Registered charity or CIO   "
                f"{BOX} Parish or town council   {BOX} School or PTA   "
                f"{BOX} Residents' or tenants' association",
            ),
            (
                "Does your organisation have a bank account in its own name?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Annual income in your last financial year (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your site", 1)
    kit.pairs(
        d,
        [
            ("Address or grid reference of the site", ""),
            (
                "Who owns the land?",
                f"{BOX} The District Council   {BOX} Parish or town council   {BOX} School   "
                f"{BOX} Your organisation   {BOX} Private landowner",
            ),
            ("Has the landowner agreed to the project?", f"{BOX} Yes   {BOX} No   {BOX} Not yet"),
        ],
    )
    p()
    d.add_heading("Section 3: Your project", 1)
    kit.question(
        d,
        "3.1 Describe your project: what you will plant, build or create, and where. "
        "(maximum 300 words)",
    )
    kit.question(
        d,
        "3.2 What wildlife will benefit, and how have you used ecological advice to plan the "
        "work? (maximum 250 words)",
    )
    kit.question(
        d,
        "3.3 Who will be involved? Tell us about the volunteers, residents, schools and other "
        "groups who will take part. (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "3.4 How will the site be looked after for at least five years once the grant has been "
        "spent? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "3.5 How will you keep volunteers safe when they use tools and work outdoors? "
        "(maximum 150 words)",
        2000,
    )
    kit.pairs(
        d,
        [
            ("Number of volunteers you expect to take part", ""),
            ("Size of the area you will improve (square metres)", ""),
        ],
    )
    p()
    kit.question(
        d, "3.6 Is there anything else you would like to tell us about your project?", 1600
    )
    d.add_heading("Section 4: Costs", 1)
    p("Please list what the grant will pay for, for example plants, seed, tools or pond liner.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Grant requested (£)", ""),
            ("Other funding and the value of volunteer time (£)", ""),
            ("Project start date", ""),
            ("Project end date", ""),
        ],
    )
    p()
    d.add_heading("Section 5: Documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or terms of reference",
            "Your latest annual accounts, or an income and expenditure statement for your last "
            "financial year signed by two members of your committee",
            "A bank statement from the last three months",
            "A site plan or map showing where the work will take place",
            "A risk assessment for the work, covering the use of hand tools and working outdoors",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Written permission from the landowner for the work (not needed if your "
            "organisation owns the site)",
            "Your safeguarding policy, if children or adults at risk will take part",
            "For projects costing more than £2,000, two written quotes",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by my organisation to "
            "make this application.",
            "Our organisation has a health and safety policy and our volunteers will follow it.",
            "We will buy plants and seed from UK suppliers, use peat-free compost, and will not "
            "move pond plants, water or mud between sites.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Climate and Biodiversity Team, Cawdringham District Council, Council House, Mill "
        "Lane, Cawdringham CW4 2RN. Telephone 01632 965 218."
    )
    out = HERE / "cawdringham-nature-recovery-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hoddlesworth() -> None:
    d = kit.new_document(
        FIXED,
        "Community Ponds Fund 2027: guidance notes for applicants",
        "Hoddlesworth County Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Hoddlesworth County Council", 0)
    p("Community Ponds Fund 2027: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Hoddlesworth has lost more than half of its farm and village ponds since 1900. The "
        "Community Ponds Fund is part of the County's Local Nature Recovery Strategy. It helps "
        "community groups, parish councils and schools to dig new wildlife ponds and to bring "
        "neglected ponds back to life. In 2027 the fund has £60,000, and grants are from £500 "
        "to £6,000."
    )
    p(
        "We do not ask for match funding, but please tell us on the form about any other money, "
        "materials or volunteer help your project will have."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if you are:")
    bullet("a constituted community or voluntary group with at least three committee members;")
    bullet("a registered charity, CIO or community interest company;")
    bullet("a parish or town council; or")
    bullet("a school, nursery or Forest School working with its governors' agreement.")
    p(
        "Your pond must be in Hoddlesworth and on land where the public, pupils or a "
        "community group can see and enjoy it. We cannot fund ponds in private gardens, or "
        "individuals or businesses."
    )
    d.add_heading("3. What the fund pays for", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Digging a new pond, or desilting and restoring an old one",
                "Ornamental ponds with fish, fountains or pumps",
            ),
            (
                "Liners, underlay, and native aquatic and marginal plants from UK nurseries",
                "Non-native plants, or plants taken from other ponds",
            ),
            (
                "Safety features: fencing, edging, platforms and signs",
                "Work that has already started before we make a decision",
            ),
            (
                "An ecologist's advice and a survey of the site before work begins",
                "Salaries or running costs of your organisation",
            ),
            (
                "Tools, waders and training for volunteers who will look after the pond",
                "Ponds that need a land drainage consent you have not got",
            ),
        ],
    )
    d.add_heading("4. Before you apply", 1)
    p(
        "Every pond project must be checked by an ecologist before you apply. The County "
        "Ecology Service offers a free visit to groups applying to this fund: email "
        "ecology@hoddlesworth.example.gov.uk or ring 01632 966 540. The ecologist will check "
        "that the site is suitable, that digging will not harm existing wildlife such as great "
        "crested newts, and that the pond will not flood paths or buildings."
    )
    p(
        "Please also follow the Check, Clean, Dry guidance on every site visit, so that "
        "invasive plants and animal diseases are not spread between ponds."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Download the Community Ponds Fund application form from "
        "www.hoddlesworth.example.gov.uk/ponds and email it to "
        "ponds@hoddlesworth.example.gov.uk with your documents. The form asks for your "
        "contact details, seven questions about your pond (most of them up to 250 words) and "
        "a table of costs."
    )
    d.add_heading("6. Documents you must send", 1)
    p("Every applicant must send:")
    for t in [
        "a) your governing document (constitution, rules or trust deed). Parish and town "
        "councils and schools may send the minute or governors' resolution agreeing to the "
        "project instead;",
        "b) your latest annual accounts. They do not need to be audited or independently "
        "examined. If your group is less than a year old and has no accounts yet, send your "
        "last three months' bank statements instead;",
        "c) written consent from the landowner for the pond, even where the land belongs to "
        "your own organisation or to the County Council;",
        "d) a site plan showing where the pond will be, its size and depth, and how far it is "
        "from trees, paths, buildings and underground services;",
        "e) the ecologist's site assessment (a letter or short report from the County Ecology "
        "Service or another qualified ecologist);",
        "f) a management plan saying how you will look after the pond for at least five years; and",
        "g) a budget on our template, which you can download with the form.",
    ]:
        p(t)
    p("Some projects need more:")
    for t in [
        "h) if you will pay a contractor more than £1,000 to dig or desilt the pond, two "
        "written quotes;",
        "i) if pupils, young people under 18 or adults at risk will take part, your "
        "safeguarding policy; and",
        "j) if your site is in or next to a Site of Special Scientific Interest, Natural "
        "England's written consent for the work.",
    ]:
        p(t)
    p("You are welcome to send photographs of the site as it is now, but you do not have to.")
    d.add_heading("7. Health and safety and insurance", 1)
    p(
        "Your organisation must have a health and safety policy and a risk assessment for "
        "working near water and using tools. You do not need to send them with your "
        "application, but we may ask to see them."
    )
    p(
        "You must have public liability insurance of at least £5 million. You do not need to "
        "send us the certificate."
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of councillors and officers scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Points"),
            ("Benefit for wildlife, following the ecologist's advice", "35"),
            ("Community involvement and access", "25"),
            ("Long-term care of the pond", "25"),
            ("Value for money", "15"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("What happens", "When"),
            ("Fund opens", "3 May 2027"),
            ("Last date to ask for an ecologist's visit", "30 June 2027"),
            ("Closing date", "Noon, Friday 30 July 2027"),
            ("Panel meets", "September 2027"),
            ("We tell you our decision", "By 1 October 2027"),
            ("Pond dug", "Between October 2027 and February 2028"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    p("Can we apply for a pond in a school's grounds?", style="Heading 3")
    p("Yes. The head teacher and the governors must agree, and the pond must be fenced.")
    p("Can we buy frogspawn or fish for the pond?", style="Heading 3")
    p(
        "No. Wildlife will find a new pond by itself within a year or two, and moving frogspawn "
        "can spread disease."
    )
    p("When is the best time to dig?", style="Heading 3")
    p(
        "Autumn and winter, when the ground is wet and most wildlife is not breeding. Plant up "
        "in spring."
    )
    p("Do we need planning permission?", style="Heading 3")
    p(
        "Not usually for a small wildlife pond. The ecologist will tell you if your pond needs "
        "any consent."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Nature Recovery Team, Hoddlesworth County Council, County Hall, Castle Street, "
        "Hoddlesworth HD9 3LP. Telephone 01632 966 500. Email ponds@hoddlesworth.example.gov.uk."
    )
    out = HERE / "hoddlesworth-community-ponds-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def larkhurst() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "larkhurst-tree-and-hedge-planting-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Tree and Hedge Planting Grants 2027/28: application form")
    c.setAuthor("Larkhurst Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#2E5E2A")

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
        kw = {"maxlen": maxlen or None}  # None: no /MaxLen (reportlab's default is 100)
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
                value=opt.replace(" ", "_").replace("/", "_").replace(",", ""),
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
    c.drawString(50, state["y"], "Larkhurst Town Council")
    state["y"] -= 22
    txt("Tree and Hedge Planting Grants 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Town Council declared a climate and ecological emergency in 2024. These grants "
        "help community groups, schools, churches and residents' associations to plant native "
        "trees, hedges and small community orchards in Larkhurst, for wildlife, shade and "
        "cleaner air. Grants are from £200 to £2,500."
    )
    state["y"] -= 4
    txt(
        "The Council will pay up to half the cost of your project. You must find the rest "
        "from other grants, donations or your own fundraising. Free trees from national "
        "schemes can count towards your half."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "trees@larkhurst-tc.example.gov.uk by Friday 17 September 2027, so that planting can "
        "take place between November and March. For help, ring Owen Pettigrew, Environment "
        "Officer, on 01632 967 113."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group, school or organisation", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Type of group",
        [
            "Community group",
            "Registered charity",
            "School",
            "Church",
            "Residents' association",
            "Other",
        ],
    )
    field("charity_no", "Charity number (if any)", 20)
    bar("Part B: Your planting project")
    field("site", "Where will you plant? (address or grid reference)", 150)
    radios(
        "landowner",
        "Who owns the land?",
        ["Larkhurst Town Council", "School", "Church", "Private landowner", "Other"],
    )
    radios("planting", "What will you plant?", ["Trees", "Hedge", "Orchard", "A mixture"])
    field("trees", "Number of trees", 6)
    field("hedge", "Length of hedge (metres)", 6)
    box(
        "b1",
        "B1 Describe your project: what you will plant, where, and why you chose this site. "
        "(up to 1,500 characters)",
        "B1 Describe your project: what you will plant, where, and why you chose this site.",
        1500,
        120,
    )
    box(
        "b2",
        "B2 How did you choose the species, and what advice have you had from a tree officer, "
        "ecologist or tree charity? (up to 1,200 characters)",
        "B2 How did you choose the species, and what advice have you had?",
        1200,
        100,
    )
    box(
        "b3",
        "B3 Who will do the planting, and how will you involve local people? "
        "(up to 900 characters)",
        "B3 Who will do the planting, and how will you involve local people?",
        900,
        80,
    )
    box(
        "b4",
        "B4 How will you water, protect and replace the trees or hedge for at least three years "
        "after planting? (up to 1,200 characters)",
        "B4 How will you water, protect and replace the trees or hedge for three years?",
        1200,
        100,
    )
    box(
        "b5",
        "B5 How will you keep volunteers safe when using spades, mattocks and other tools? "
        "(up to 600 characters)",
        "B5 How will you keep volunteers safe when using tools?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the project (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("other_funding", "Other funding, including free trees (£)", 10)
    radios(
        "free_trees",
        "Have you applied for free trees from another scheme?",
        ["Yes", "No", "Not yet"],
    )
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_accounts", "Your most recent annual accounts (these do not need to be audited)")
    tick("doc_map", "A map or sketch plan showing where you will plant")
    tick("doc_quote", "A quote or price list from the nursery or supplier")
    tick(
        "doc_constitution",
        "Your constitution or set of rules (not needed from schools or churches)",
    )
    tick("doc_landowner", "Written permission from the landowner, if you do not own the land")
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if children or young people will help with the planting",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this project, that our group holds public liability insurance of at least "
        "£2 million, and that we will buy trees grown in the UK or Ireland to reduce the risk "
        "of pests and diseases.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Larkhurst Town Council, Town Hall, 14 Church Street, Larkhurst LK2 8BE. "
        "Telephone 01632 967 113.",
        9,
    )
    c.save()


def misterby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "misterby-pollinator-planting-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Pollinator and Wildflower Grants 2027: application form")
    c.setAuthor("Misterby Parish Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Misterby Parish Council: Pollinator and Wildflower Grants 2027")
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
        state["y"] -= 20

    def blank(label: str) -> None:
        """A typed label followed by an underscore blank, as in a form typed in Word."""
        room(22)
        c.setFont(font, 10)
        c.drawString(50, state["y"], label)
        lw = c.stringWidth(label, font, 10)
        n = int((w - 100 - lw - 6) / c.stringWidth("_", font, 10))
        c.drawString(50 + lw + 6, state["y"], "_" * n)
        state["y"] -= 22

    def question(n: str, text: str, lines: int) -> None:
        """A bold question over ruled lines (the lines are drawn, invisible to extraction)."""
        room(14 * len(simpleSplit(text, bold, 10, w - 76 - 50)) + 22 * min(lines, 4))
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 10, w - 76 - 50):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(76, state["y"], w - 50, state["y"])
        state["y"] -= 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Misterby Parish Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Pollinator and Wildflower Grants 2027: application form")
    state["y"] -= 24
    para(
        "The Parish Council wants Misterby to be a place where bees, butterflies, moths and "
        "hoverflies can thrive. Pollinator and Wildflower Grants of up to £1,000 help local "
        "groups to sow wildflower meadows, plant pollinator borders and bulbs, and change the "
        "way verges and green spaces are mown."
    )
    para(
        "We expect groups to contribute at least 10% of the cost of their project. This can be "
        "money you have raised or the value of your volunteers' time."
    )
    para(
        "Please write clearly in black ink or type your answers, and keep to the word limits. "
        "Return the form and your documents to the Parish Clerk at the address at the end of "
        "the form by Friday 26 March 2027."
    )
    heading("Section 1: About your group")
    blank("1.  Name of group:")
    blank("2.  Address:")
    blank("3.  Postcode:")
    blank("4.  Contact name:")
    blank("5.  Telephone:")
    blank("6.  Email:")
    blank("7.  Charity number (if any):")
    room(22)
    c.setFont(font, 10)
    c.drawString(50, state["y"], "8.  Does your group have a written constitution or set of rules?")
    c.drawString(w - 130, state["y"], "YES / NO")
    state["y"] -= 14
    c.setFont(font, 8)
    c.drawString(76, state["y"], "(please delete as appropriate)")
    state["y"] -= 20
    heading("Section 2: About your project")
    para(
        "Please answer each question in the space below it. You may continue on a separate "
        "sheet, but please keep to the word limits."
    )
    question(
        "Q1",
        "Tell us about your project. What will you plant or sow, and where? (no more than "
        "250 words)",
        6,
    )
    question("Q2", "Which pollinators and other wildlife will benefit? (no more than 150 words)", 4)
    question(
        "Q3",
        "How will you involve people who live in the parish? (no more than 150 words)",
        4,
    )
    question(
        "Q4",
        "Who will look after the planting in future years, and how? Please include mowing, "
        "weeding and watering. (no more than one side of A4)",
        8,
    )
    question(
        "Q5",
        "Please explain how you will make sure that the plants and seed you use are peat-free "
        "and, where possible, of local origin. (no more than 100 words)",
        3,
    )
    blank("Area to be planted or sown (square metres):")
    blank("Number of volunteers taking part:")
    blank("Date you plan to start:")
    heading("Section 3: Budget")
    para("Please list what you will buy with the grant.")
    widths = (235, 150, 110)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 6
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
    state["y"] -= 16
    blank("Total cost of the project (£):")
    blank("Amount requested from the Parish Council (£):")
    heading("Section 4: What to send with your form")
    para(
        "Please send a copy of your group's rules or constitution, your most recent bank "
        "statement, and a sketch map showing the area you will plant or sow. We do not need "
        "to see your accounts."
    )
    para(
        "If the land is not owned by the Parish Council, please also send a letter from the "
        "landowner agreeing to the planting. If any of the work will be on a roadside verge, "
        "please send the County Highways team's written agreement to the work as well."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the group. Our group has a health and safety policy, and we have "
        "carried out a risk assessment for the use of tools and for working near roads. We "
        "will use peat-free compost and will not use pesticides on the planted area. I "
        "understand that the Parish Council may ask for the grant back if it is not spent on "
        "the project."
    )
    blank("Signed:")
    blank("Name:")
    blank("Position in the group:")
    blank("Date:")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Minute ref: ____________   Amount awarded: ____________",
        9,
    )
    para(
        "The Parish Clerk, Misterby Parish Council, The Old Reading Room, Chapel Lane, "
        "Misterby MS7 3DW. Telephone 01632 968 024. Email clerk@misterby-pc.example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    cawdringham()
    hoddlesworth()
    larkhurst()
    misterby()
