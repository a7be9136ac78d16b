"""Build set 117's Word and PDF documents (typical clean and green neighbourhoods grants: a
district council's environmental improvement grant form, a town council's in-bloom and
neighbourhood greening fund guidance, a housing partnership's tree and bulb planting small
grants form and a borough council's community clean-up and fly-tipping fund form, written to
be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus117.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 2, 3, 9, 40, 0)
BOX = "\u2610"


def brackwick() -> None:
    d = kit.new_document(
        FIXED, "Environmental Improvement Grant: application form", "Brackwick District Council"
    )
    p = d.add_paragraph
    d.add_heading("Brackwick District Council", 0)
    p("Environmental Improvement Grant 2027/28: application form")
    p(
        "Environmental Improvement Grants of £250 to £3,000 help community groups make their "
        "neighbourhood cleaner, greener and safer: clearing and replanting neglected corners, "
        "putting up planters and benches, improving alleyways and footpaths, creating wildlife "
        "areas and running regular litter picks. The grant is paid by the Council's "
        "Neighbourhood Services team."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers in the "
        "boxes, which will expand as you type, and keep to the word limits shown. We will not "
        "read anything beyond the limit."
    )
    p(
        "Email the completed form and your documents to environmentgrants@brackwick.example.gov.uk "
        "by 5pm on Friday 28 May 2027. If you would like to talk about your idea before you "
        "apply, ring the Neighbourhood Services team on 01632 961 308."
    )
    d.add_heading("Need help?", 2)
    p(
        "We can send you this form in large print or on paper. Our Community Development "
        "Officers can also visit your group to help you plan your project."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group",
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
                f"{BOX} Residents' or tenants' association   {BOX} Friends of park group   "
                f"{BOX} Registered charity   {BOX} Community interest company   "
                f"{BOX} Other community group",
            ),
            (
                "Does your group have a bank account in its own name with at least two "
                "unrelated signatories?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        [
            "Project title",
            "Address or location of the site",
            "Date you plan to start",
            "Date the project will finish",
        ],
        shade=True,
    )
    p()
    kit.question(d, "2.1 Describe your project and what you will do on the site. (max 300 words)")
    kit.question(
        d,
        "2.2 Why is the project needed? What problems with litter, fly-tipping, graffiti or "
        "neglect are there at the moment? (max 250 words)",
    )
    kit.question(
        d,
        "2.3 How will local residents and volunteers be involved in planning and carrying out "
        "the project? (max 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.4 Who owns the land, and have they agreed to the project? (max 100 words)",
        1600,
    )
    kit.question(
        d,
        "2.5 How will the site be looked after once the project is finished, and who will pay "
        "for any upkeep? (max 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.6 How will you know that your project has made a difference? (max 150 words)",
        2200,
    )
    kit.question(
        d, "2.7 Is there anything else you would like us to know about your project?", 2200
    )
    d.add_heading("Section 3: Costs", 1)
    p(
        "3.1 Please list what you will spend the grant on. Include VAT if your group cannot "
        "claim it back."
    )
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking us for (£)",
            "Money or help in kind from other sources (£)",
        ],
        shade=True,
    )
    p()
    p(
        "We expect groups to find at least 20% of the total cost of the project from other "
        "sources, such as their own fundraising, another grant or sponsorship from a local "
        "business. Volunteers' time does not count towards the 20%."
    )
    d.add_heading("Section 4: Supporting documents", 1)
    p("Please send the following with your application and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "A copy of your constitution or set of rules",
            "Your most recent annual accounts, or bank statements for the last three months if "
            "your group is less than a year old",
            "Written permission from the landowner for the work",
            "A map or plan showing the site",
            "Your public liability insurance certificate (minimum cover £5 million)",
            "Two written quotes for any item costing more than £500",
            "Your safeguarding policy, if volunteers under 18 will take part",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the group. I confirm that our group has a health and "
        "safety policy, that we will carry out a risk assessment before each work day and that "
        "the grant will be spent only on the project described. I understand that the Council "
        "may ask for the grant to be repaid if it is not used as agreed."
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Neighbourhood Services, Brackwick District Council, Civic Centre, Mill Lane, "
        "Brackwick BK4 7QA. Telephone 01632 961 308."
    )
    out = HERE / "brackwick-environmental-improvement-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def marlingate() -> None:
    d = kit.new_document(
        FIXED,
        "Marlingate in Bloom: Neighbourhood Greening Fund guidance notes",
        "Marlingate Town Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Marlingate Town Council", 0)
    p("Marlingate in Bloom: Neighbourhood Greening Fund 2027. Guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Marlingate in Bloom has been part of the town for over thirty years. The Neighbourhood "
        "Greening Fund helps residents' groups, schools, churches, allotment societies and "
        "other community groups to plant up and look after the places where they live: "
        "planters and hanging baskets, bulb and wildflower planting on verges, community "
        "gardens, window boxes on sheltered housing schemes and small orchards."
    )
    p(
        "Grants are from £100 to £1,500. The Town Council has £18,000 to give in 2027. Projects "
        "that take part in the Marlingate in Bloom judging in July will be given extra credit, "
        "but you do not have to enter the competition to apply."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your group:")
    bullet("is based in the parish of Marlingate or runs its project in the parish;")
    bullet("has a written constitution, set of rules or terms of reference;")
    bullet("has at least three committee members who are not related to each other; and")
    bullet(
        "has a bank account in the group's name, or is willing to let the Town Council buy "
        "plants and materials on its behalf."
    )
    p(
        "We cannot give grants to individuals, to businesses or for planting in private "
        "gardens. Schools can apply for projects that local residents can see and enjoy, such "
        "as planting at the school gates."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet("plants, bulbs, seeds, compost, bark and mulch;")
    bullet("planters, hanging baskets, brackets and raised beds;")
    bullet("water butts, hoses and watering cans;")
    bullet("small hand tools, gloves and kneeling pads for volunteers;")
    bullet("signs and information boards about the planting.")
    p("We cannot pay for:")
    bullet("salaries, or paying someone to do work volunteers could do;")
    bullet("watering or maintenance contracts;")
    bullet("prizes, food or refreshments;")
    bullet("anything bought before we have told you the result of your application.")
    d.add_heading("4. Match funding", 1)
    p(
        "You do not need to find match funding. The fund can pay the whole cost of your "
        "project, although we are always pleased to hear about help in kind from local "
        "nurseries, garden centres and businesses."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Fill in the Neighbourhood Greening Fund application form, which you can download from "
        "www.marlingate-tc.example.gov.uk/inbloom or collect from the Town Council office. The "
        "form has four parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What the form asks", "Length"),
            ("1", "Your group and its contact details", "Short answers"),
            ("2", "What you want to plant, and where", "Up to 250 words"),
            (
                "3",
                "Who will look after the planting and how residents will be involved",
                "Up to 200 words",
            ),
            ("4", "What you will buy and what it will cost", "Costs table"),
        ],
    )
    p(
        "Return the form by email to inbloom@marlingate-tc.example.gov.uk or by post to the "
        "Town Council office with the documents listed in section 6."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every group must send:")
    bullet("its constitution, set of rules or terms of reference;")
    bullet(
        "its latest annual accounts or, if it does not produce accounts, a statement of income "
        "and spending for the last year signed by the treasurer; and"
    )
    bullet("a sketch or map of the site showing where you will plant.")
    p("You will also need to send:")
    bullet(
        "written permission from the landowner, if you will plant on land your group does not "
        "own or manage (for example highway verges, housing land or church land);"
    )
    bullet(
        "your safeguarding policy, if children or young people will take part in planting days; and"
    )
    bullet("two quotes, if you are asking for more than £750.")
    p(
        "Every group must also have an equal opportunities policy. You do not need to send it "
        "with your application, but we may ask to see it."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your group must have public liability insurance with cover of at least £2 million for "
        "its planting days and any events. You do not need to send us the certificate. If your "
        "group is not insured, ask us about the Marlingate in Bloom volunteer scheme."
    )
    d.add_heading("8. How we decide", 1)
    p("The Town Council's Environment Committee scores each application as follows:")
    kit.table(
        d,
        [
            ("What we look for", "Points"),
            ("The project will make a visible difference to a public place", "30"),
            ("Residents and volunteers are involved", "25"),
            ("The planting will be looked after for at least two years", "25"),
            ("The plants are good for bees, butterflies and other wildlife", "10"),
            ("Value for money", "10"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Committee meets", "We will tell you by"),
            ("Spring planting", "12 February 2027", "9 March 2027", "19 March 2027"),
            ("Autumn bulbs", "3 September 2027", "28 September 2027", "8 October 2027"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("We are not a formal group. Can we still apply?", 3)
    p(
        "You need a simple set of rules or terms of reference and three committee members. "
        "We can send you a model constitution that takes half an hour to agree."
    )
    d.add_heading("Can we apply to both rounds?", 3)
    p("Yes, but for different projects, and you must have reported on the first grant.")
    d.add_heading("Do we have to use peat-free compost?", 3)
    p("Yes. We will not pay for compost that contains peat.")
    d.add_heading("11. Contact", 1)
    p(
        "Marlingate in Bloom Officer, Marlingate Town Council, Town Hall, 2 Church Street, "
        "Marlingate MG2 9HL. Telephone 01632 962 551. "
        "Email inbloom@marlingate-tc.example.gov.uk."
    )
    out = HERE / "marlingate-in-bloom-neighbourhood-greening-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hadderton() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hadderton-greener-estates-tree-and-bulb-planting-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Greener Estates Fund: tree and bulb planting small grants application form")
    c.setAuthor("Hadderton Housing Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1F6F6B")

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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 110) -> None:
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
                value=opt.replace(" ", "_").replace("'", ""),
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
    c.drawString(50, state["y"], "Hadderton Housing Partnership")
    state["y"] -= 22
    txt("Greener Estates Fund: tree and bulb planting small grants", 12, "Helvetica-Bold")
    txt("Application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Greener Estates Fund gives residents' groups on the Partnership's estates grants "
        "of up to £1,000 to plant trees, hedges, spring bulbs and wildflowers on shared green "
        "spaces. Our grounds maintenance team will help you choose the right place and will "
        "mark out underground pipes and cables before you dig."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. The larger boxes have a character "
        "limit, shown after each question. Email the form and your documents to "
        "greenerestates@hadderton-hp.example.org.uk or hand them in at your estate office. We "
        "can pay the whole cost of your planting: you do not need to find any other funding."
    )
    bar("Part A: Your group")
    field("group_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "estate",
        "Which estate is the planting on?",
        ["Brookfield", "Carr Lane", "Low Moor", "St Aidan's", "Westgate", "Other"],
    )
    radios(
        "recognised",
        "Is your group a residents' association recognised by the Partnership?",
        ["Yes", "No"],
    )
    bar("Part B: Your planting")
    field("title", "Name of your project", 100)
    field("plant_date", "Planned planting date", 10)
    field("trees", "Number of trees you plan to plant", 5)
    field("bulbs", "Number of bulbs you plan to plant", 6)
    box(
        "b1",
        "B1 Tell us what you want to plant and exactly where on the estate. "
        "(up to 1,200 characters)",
        "B1 Tell us what you want to plant and exactly where on the estate",
        1200,
    )
    box(
        "b2",
        "B2 Why have you chosen this site, and how will the planting make the estate a better "
        "place to live? (up to 1,500 characters)",
        "B2 Why have you chosen this site, and how will the planting make the estate a better "
        "place to live?",
        1500,
        130,
    )
    box(
        "b3",
        "B3 How will residents, including children and young people, take part on the "
        "planting day? (up to 1,200 characters)",
        "B3 How will residents, including children and young people, take part on the "
        "planting day?",
        1200,
    )
    box(
        "b4",
        "B4 Who will water and look after the new trees through their first two summers? "
        "(up to 900 characters)",
        "B4 Who will water and look after the new trees through their first two summers?",
        900,
        90,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the planting (£)", 10)
    field("grant_req", "Grant requested, up to £1,000 (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last one is only "
        "needed if it applies to your project."
    )
    state["y"] -= 4
    tick(
        "doc_support",
        "A letter or email from your group's committee or from ten households on the estate "
        "supporting the planting",
    )
    tick("doc_map", "A sketch map showing where the trees and bulbs will go")
    tick("doc_bank", "Your group's most recent bank statement")
    tick(
        "doc_safeguarding",
        "If children or young people will take part: your group's safeguarding policy",
    )
    txt(
        "Planting days on the Partnership's land are covered by the Partnership's own public "
        "liability insurance, so your group does not need insurance of its own for them.",
        9.5,
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that my group agrees to the "
        "application and that we will look after the planting for at least two years.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Hadderton Housing Partnership, Community Investment Team, 14 Wharf Street, Hadderton "
        "HD7 3LP. Telephone 01632 963 447.",
        9,
    )
    c.save()


def corringley() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "corringley-community-clean-up-and-fly-tipping-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Clean-Up and Fly-Tipping Prevention Fund: application form")
    c.setAuthor("Corringley Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    grey = HexColor("#D9D9D9")
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 32, "Corringley Borough Council  |  Clean-Up and Fly-Tipping Fund 2027")
        c.drawRightString(w - 50, 32, f"Page {state['page']}")

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

    def bar(t: str) -> None:
        room(44)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont(bold, 11)
        c.drawString(56, state["y"], t)
        state["y"] -= 26

    def item(n: str, label: str) -> None:
        """A numbered label with a box to write in beside it."""
        room(26)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 12, n)
        c.drawString(80, state["y"] - 12, label)
        c.rect(290, state["y"] - 18, w - 340, 20, stroke=1, fill=0)
        state["y"] -= 26

    def choice(n: str, label: str) -> None:
        room(20)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 12, n)
        for line in simpleSplit(label, font, 10, w - 130):
            c.drawString(80, state["y"] - 12, line)
            state["y"] -= 14
        state["y"] -= 8

    def question(n: str, text: str, height: float) -> None:
        room(40)
        c.setFont(bold, 10)
        c.drawString(50, state["y"] - 12, n)
        for line in simpleSplit(text, bold, 10, w - 130):
            room(14)
            c.setFont(bold, 10)
            c.drawString(80, state["y"] - 12, line)
            state["y"] -= 14
        room(height + 8)
        c.rect(80, state["y"] - height, w - 130, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Corringley Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Community Clean-Up and Fly-Tipping Prevention Fund")
    state["y"] -= 18
    c.drawString(50, state["y"], "Application form 2027")
    state["y"] -= 24
    para(
        "The Community Clean-Up and Fly-Tipping Prevention Fund gives grants of up to £1,500 to "
        "residents' groups, tenants' associations, schools and community organisations to "
        "clean up their area and stop it being spoiled again. It can pay for litter-picking "
        "kit, skip hire, signs, planting to block dumping spots, lighting and publicity for "
        "clean-up days. The fund can pay the whole cost of your project; match funding is not "
        "required."
    )
    para(
        "Please read the notes before you start, write clearly in black ink or type, and keep "
        "to the word limit given for each question. Return the form and the documents listed "
        "in Part 4 to the Street Scene team at the address on the last page."
    )
    bar("PART 1   ABOUT YOUR GROUP")
    item("1.1", "Name of group")
    item("1.2", "Contact name")
    item("1.3", "Address")
    item("1.4", "Postcode")
    item("1.5", "Telephone")
    item("1.6", "Email")
    choice(
        "1.7",
        "Type of group:   [ ] Residents' association   [ ] Tenants' association   "
        "[ ] Registered charity   [ ] School or youth group   [ ] Other community group",
    )
    choice("1.8", "Has your group had a grant from this fund before?   YES  /  NO")
    bar("PART 2   YOUR CLEAN-UP PROJECT")
    item("2.1", "Streets or area to be cleaned up")
    item("2.2", "Date(s) of clean-up events")
    item("2.3", "Expected number of volunteers")
    question(
        "2.4",
        "What is the problem in the area (for example litter, dumped rubbish, dog fouling or "
        "fly-tipping), and how long has it been going on? (maximum 200 words)",
        110,
    )
    question(
        "2.5",
        "What will you do with the grant? Please describe your clean-up events and anything "
        "you will do to stop fly-tipping, such as signs, planting or better lighting. "
        "(maximum 300 words)",
        160,
    )
    question(
        "2.6",
        "How will you let local people know about the clean-ups and encourage them to take "
        "part? (maximum 150 words)",
        90,
    )
    question(
        "2.7",
        "How will you keep the area clean once the project has finished? (maximum 150 words)",
        90,
    )
    question(
        "2.8",
        "How will you keep volunteers safe? Please tell us about training, equipment, "
        "supervision and the handling of sharps or hazardous waste. (maximum 200 words)",
        110,
    )
    bar("PART 3   COSTS")
    para("3.1  Please break down the costs of your project.")
    widths = (255, 110, 130)
    rows = [("Item", "Quantity", "Cost (£)")] + [("", "", "")] * 6
    for n, row in enumerate(rows):
        room(22)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 12
    item("3.2", "Total cost of the project (£)")
    item("3.3", "Amount requested, up to £1,500 (£)")
    item("3.4", "Other money or free help, e.g. free skip loan (£)")
    bar("PART 4   WHAT TO SEND WITH THIS FORM")
    para("Please send us:")
    for t in [
        "- a copy of your constitution, terms of reference or set of rules;",
        "- a bank statement for the group's account from the last three months;",
        "- a copy of your public liability insurance certificate (minimum cover £5m);",
        "- your risk assessment for the clean-up events (the Street Scene team can give you a "
        "template);",
        "- if you want to hire a skip or pay a private contractor to take waste away: a quote "
        "and a copy of the contractor's waste carrier registration;",
        "- if young people under 18 will take part: your safeguarding policy.",
    ]:
        para(t, x=64)
    bar("PART 5   DECLARATION")
    para(
        "I confirm that the information on this form is correct and that I have the authority "
        "of the group to apply. The group will follow the Council's guidance on safe litter "
        "picking, will report any fly-tipping it finds to the Council and will not move "
        "asbestos, needles, drums or gas bottles. I understand that the grant must be spent "
        "within six months."
    )
    item("", "Signature")
    item("", "Print name")
    item("", "Position in group")
    item("", "Date")
    state["y"] -= 8
    para("FOR OFFICE USE ONLY", 9, bold)
    para(
        "Received: __________   Ward: __________   Officer: __________   "
        "Approved: YES / NO   Amount: £__________",
        9,
    )
    para(
        "Street Scene Team, Corringley Borough Council, Town Hall, Bridge Street, Corringley "
        "CR8 2NF. Telephone 01632 964 219. Email cleanstreets@corringley.example.gov.uk",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    brackwick()
    marlingate()
    hadderton()
    corringley()
