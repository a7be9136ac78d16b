"""Build set 102's Word and PDF documents (typical faith-based social action grants: a borough
council's Faith in Action Fund, a diocese's Church and Community Fund, an interfaith forum's
small grants and a district council's faith buildings community use grant, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus102.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 12, 3, 9, 30, 0)
BOX = "\u2610"


def stanwardine() -> None:
    d = kit.new_document(
        FIXED, "Faith in Action Fund 2027 to 2028: application form", "Stanwardine Borough Council"
    )
    p = d.add_paragraph
    d.add_heading("Stanwardine Borough Council", 0)
    p("Faith in Action Fund 2027 to 2028: application form")
    p(
        "The Faith in Action Fund supports community projects run by churches, mosques, "
        "gurdwaras, temples, synagogues and other faith groups in Stanwardine. We give grants of "
        "£1,000 to £10,000 for projects that are open to everyone in the community, whatever "
        "their faith or none: for example food banks and community meals, warm spaces, lunch "
        "clubs for older people, youth clubs, parent and toddler groups, English conversation "
        "classes and befriending."
    )
    p(
        "We cannot fund worship, religious teaching or activities that promote a faith, and we "
        "cannot fund repairs to buildings used only for worship. Please read the Faith in Action "
        "Fund guidance before you fill in this form. Type your answers in the boxes, which will "
        "expand as you type, and keep to the word limits."
    )
    p(
        "Return the form and your documents by email to faithinaction@stanwardine.example.gov.uk "
        "by 5pm on Friday 5 February 2027. If you would like to talk about your idea first, "
        "please ring the Stronger Communities team on 01632 961 448."
    )
    d.add_heading("Section 1: Your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Name of place of worship (if different)",
            "Faith or denomination",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity number (or write 'excepted charity')",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of organisation are you?",
                f"{BOX} Registered charity   {BOX} Excepted charity (for example a parish "
                f"church or chapel)   {BOX} Charitable incorporated organisation   "
                f"{BOX} Unincorporated community group",
            ),
            (
                "Does your organisation have a bank account in its own name, with at least two "
                "unrelated people needed to sign?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(d, ["Project name", "Start date", "End date"], shade=True)
    p()
    kit.question(
        d,
        "2.1 Describe your project: what you will do, where and when it will happen, and who "
        "will run it. (max 300 words)",
        4000,
    )
    kit.question(
        d,
        "2.2 What need will the project meet, and how do you know it is needed? (max 250 words)",
    )
    kit.question(
        d,
        "2.3 How will you make sure the project is open to everyone in the community, whatever "
        "their faith or none, and that nobody is asked to take part in worship? (max 200 words)",
    )
    kit.question(
        d,
        "2.4 How will volunteers from your congregation and from the wider community be "
        "involved? (max 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 What difference will the project make, and how will you know? (max 250 words)",
    )
    d.add_heading("Section 3: Who will benefit", 1)
    kit.pairs(
        d,
        [
            ("How many people will benefit?", ""),
            (
                "Ages of the people who will benefit (tick all that apply)",
                f"{BOX} Under 18   {BOX} 18 to 64   {BOX} 65 and over",
            ),
            (
                "Will the project work with children, young people or adults at risk?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 4: Costs and funding", 1)
    p("Please list what the project will cost.")
    kit.grid(d, ["Item", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking us for (£)",
            "Amount from your own funds or other funders (£)",
        ],
        shade=True,
    )
    p()
    p(
        "We expect your organisation to contribute at least 10% of the project's cost, from its "
        "own funds or from other funders. The value of volunteers' time cannot be counted."
    )
    kit.question(
        d,
        "4.1 How will the project carry on after the grant has been spent? (max 150 words)",
        2400,
    )
    d.add_heading("Section 5: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick to show what you have enclosed. "
        "The last three are only needed if they apply to your project."
    )
    kit.ticked(
        d,
        [
            "Your governing document (constitution, trust deed or similar), signed and dated",
            "Your most recent annual accounts, signed by your treasurer or an independent examiner",
            "A bank statement from the last three months",
            "Your safeguarding policy",
            "Minutes of the meeting, or a letter from your trustees, church council or management "
            "committee, showing that they have approved the project",
            "If the project works with children or adults at risk: confirmation that the people "
            "leading it hold enhanced DBS checks",
            "For projects costing more than £5,000: two written quotes for any item over £1,000",
            "If the project will use premises you do not own: a letter from the owner agreeing "
            "to the project",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am authorised "
        "to sign on behalf of the organisation. I confirm that the organisation has an equal "
        "opportunities policy and holds public liability insurance of at least £5 million. I "
        "confirm that the grant will not be used for worship, for religious teaching or to "
        "promote any faith, and that the project will be open to everyone. I understand that "
        "the Council may ask for the grant to be repaid if it is not spent as agreed."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Stronger Communities, Stanwardine Borough Council, Civic Centre, Abbey Road, "
        "Stanwardine SW7 2GH. www.stanwardine.example.gov.uk/faithinaction"
    )
    out = HERE / "stanwardine-faith-in-action-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pelsby() -> None:
    d = kit.new_document(
        FIXED, "Church and Community Fund: guidance notes 2027", "Diocese of Pelsby"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Diocese of Pelsby", 0)
    p("Church and Community Fund: guidance notes 2027")
    d.add_heading("1. About the fund", 1)
    p(
        "The Church and Community Fund helps parishes in the Diocese of Pelsby to serve their "
        "neighbours. It gives grants of £2,000 to £15,000 towards new or growing community "
        "projects run by parishes, alone or with partners: food banks and community larders, "
        "debt and money advice, youth work, lunch clubs and warm spaces, support for refugees, "
        "and small changes to church buildings and halls so that the community can use them."
    )
    p(
        "The fund is paid for by the Diocesan Board of Finance and by a gift from the Pelsby "
        "Church Lands Trust. The Bishop's Council decides on grants after advice from the "
        "Church and Community Panel."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if you are:")
    bullet("a Parochial Church Council (PCC) in the Diocese of Pelsby;")
    bullet("a group of parishes, a benefice or a deanery applying through one PCC; or")
    bullet(
        "a charity set up by a parish to run community work (for example a church hall trust), "
        "with the support of its PCC."
    )
    p(
        "Projects must be open to everyone in the parish, whatever their faith or none. People "
        "who use the project must never be required to take part in worship."
    )
    d.add_heading("3. What we will fund", 1)
    bullet("project workers' salaries, for up to two years;")
    bullet("volunteers' expenses and training;")
    bullet("equipment, food safety training and kitchen equipment;")
    bullet(
        "small building works that open a church or hall to community use, such as an "
        "accessible toilet, a servery or better heating;"
    )
    bullet("publicity, room hire and running costs of the project.")
    d.add_heading("4. What we will not fund", 1)
    bullet("the cost of services of worship, clergy stipends or parish share;")
    bullet("repairs to the fabric of a church that do not help community use;")
    bullet("work that has already started or been paid for;")
    bullet("projects that only benefit members of the congregation.")
    d.add_heading("5. How much can you apply for?", 1)
    p(
        "You can apply for £2,000 to £15,000. We will fund up to 75% of the project's total "
        "cost; your parish should find the remaining quarter from its own funds, local "
        "fundraising or other grants. We will tell you in writing what the grant is for and "
        "when it will be paid."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every parish must send, with its application:")
    number("a copy of the PCC minute agreeing to the project and to this application;")
    number(
        "the PCC's most recent annual report and accounts. If your PCC's income is over "
        "£25,000 these must have been independently examined; below that, accounts signed by "
        "the treasurer and approved by the PCC are fine;"
    )
    number("a project budget showing all the costs and where the rest of the money is coming from;")
    number(
        "the parish safeguarding policy, as adopted at the PCC's last annual meeting, with the "
        "name of your Parish Safeguarding Officer."
    )
    p("Some parishes must also send:")
    bullet(
        "for building work: a copy of the faculty or the archdeacon's List B permission, and "
        "two written quotes;"
    )
    bullet(
        "if you are running the project with a partner organisation: a letter from the partner "
        "confirming what it will do;"
    )
    bullet("if the grant will pay for a post: the job description.")
    p(
        "Your PCC must also have a health and safety policy for activities in the church and "
        "hall. You do not need to send it, but the Panel may ask to see it. Your church's "
        "insurance must include public liability cover of at least £5 million that covers the "
        "project's activities; please check with your insurer, but you do not need to send the "
        "certificate."
    )
    d.add_heading("7. How to apply", 1)
    p(
        "Apply using the online form on the diocesan grants portal at "
        "grants.pelsbydiocese.example.org.uk. You can save your answers and come back to them. "
        "The form asks you to:"
    )
    kit.table(
        d,
        [
            ("Part of the form", "What it asks", "Length"),
            (
                "Your parish",
                "Contact details of the incumbent, a churchwarden and the treasurer",
                "-",
            ),
            ("Your project", "What you will do, who it is for and why it is needed", "400 words"),
            ("Partners", "Who you will work with and what each partner will do", "200 words"),
            ("Difference", "What will change for people, and how you will know", "250 words"),
            ("Money", "The budget and where the rest of the money will come from", "-"),
        ],
    )
    p(
        "Upload the documents listed in section 6 at the end of the form. If you cannot use the "
        "portal, ring the Church and Community Officer, Revd Anna Holroyd, on 01632 964 210 "
        "and she will send you a Word version."
    )
    d.add_heading("8. How we will decide", 1)
    kit.table(
        d,
        [
            ("What we look at", "What we are looking for", "Weight"),
            ("Need", "Clear evidence of need in the parish, not just in the congregation", "30%"),
            ("Difference", "Realistic changes for people, and a way of knowing", "25%"),
            ("Partnership", "Working with others in the community and other churches", "20%"),
            ("Sustainability", "A plan for after the grant, and support from the PCC", "15%"),
            ("Value for money", "Costs that are reasonable and explained", "10%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Decision by"),
            ("Spring", "26 February 2027", "30 April 2027"),
            ("Autumn", "24 September 2027", "26 November 2027"),
        ],
    )
    d.add_heading("10. Questions people often ask", 1)
    p("Can we apply if our parish is in vacancy?", style=None).runs[0].bold = True
    p("Yes. The churchwardens should sign the application with the support of the area dean.")
    p("Can we apply for a project with the mosque or gurdwara in our parish?").runs[0].bold = True
    p(
        "Yes, we welcome projects that bring faith communities together. The PCC must be the "
        "applicant and hold the grant."
    )
    p("Do we have to pay our parish share in full?").runs[0].bold = True
    p("No. Paying parish share is not a condition of the fund.")
    p("Can we apply again next year?").runs[0].bold = True
    p(
        "You can apply for a second year of the same project, once, if you can show what the "
        "first grant achieved."
    )
    d.add_heading("11. Contact", 1)
    p(
        "Church and Community Officer, Diocese of Pelsby, Diocesan House, Minster Yard, Pelsby "
        "PL3 1DW. Telephone 01632 964 210. Email community@pelsbydiocese.example.org.uk."
    )
    out = HERE / "pelsby-diocese-church-and-community-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def harcastle() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "harcastle-interfaith-forum-faiths-together-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Faiths Together Small Grants: application form")
    c.setAuthor("Harcastle Interfaith Forum")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    purple = HexColor("#4B2E83")

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
            x=250,
            y=state["y"] - 18,
            width=295,
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
    c.drawString(50, state["y"], "Harcastle Interfaith Forum")
    state["y"] -= 22
    txt("Faiths Together Small Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Harcastle Interfaith Forum brings together the city's churches, mosques, gurdwaras, "
        "mandirs, synagogues and Buddhist and Baha'i communities. Faiths Together Small Grants, "
        "paid for by Harcastle City Council's community cohesion budget, give up to £1,500 to "
        "faith groups for projects that bring people of different faiths, and of none, "
        "together, or that serve the wider community: shared meals, visits between places of "
        "worship, joint volunteering, festivals open to all and projects with young people."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each answer box has a character limit, shown after "
        "the question. Email the form and your documents to grants@harcastleinterfaith.example."
        "org.uk, or post them to the address at the end. Closing dates are 31 March and "
        "30 September 2027."
    )
    bar("Part A: Your group")
    field("group_name", "Name of group", 100)
    field("faith", "Faith community or communities", 100)
    field("venue", "Place of worship or meeting place", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "member",
        "Is your group a member of Harcastle Interfaith Forum?",
        ["Yes", "No", "Not yet, we have applied"],
    )
    bar("Part B: Your project")
    field("title", "Project title", 80)
    field("start", "Date the project will start", 10)
    box(
        "b1",
        "B1 Tell us about your group and the people it serves. (up to 900 characters)",
        "B1 Tell us about your group and the people it serves",
        900,
        80,
    )
    box(
        "b2",
        "B2 What do you want to do, and when and where will it happen? (up to 1,800 characters)",
        "B2 What do you want to do, and when and where will it happen?",
        1800,
        140,
    )
    box(
        "b3",
        "B3 Which faith communities will take part, and how will the project bring people "
        "together? (up to 1,500 characters)",
        "B3 Which faith communities will take part, and how will the project bring people "
        "together?",
        1500,
        120,
    )
    box(
        "b4",
        "B4 How will people who do not belong to a faith group be welcomed and able to join in? "
        "(up to 900 characters)",
        "B4 How will people who do not belong to a faith group be welcomed?",
        900,
        80,
    )
    field("numbers", "How many people do you expect to take part?", 6)
    box(
        "b5",
        "B5 How will you know the project has made a difference? (up to 1,200 characters)",
        "B5 How will you know the project has made a difference?",
        1200,
        100,
    )
    box(
        "b6",
        "B6 What will happen after the grant has been spent? (up to 600 characters)",
        "B6 What will happen after the grant has been spent?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount of grant requested (£)", 10)
    field("other_funds", "Other money for the project (amount and where from)", 120)
    txt(
        "You do not need to find other funding to apply, but please tell us about any money or "
        "help in kind your group or others are giving."
    )
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last two are only needed "
        "if they apply to your project."
    )
    state["y"] -= 4
    tick("doc_rules", "A copy of your group's constitution, set of rules or terms of reference")
    tick(
        "doc_accounts",
        "Your latest annual accounts or income and expenditure statement, signed by your treasurer",
    )
    tick("doc_bank", "A bank statement in the group's name from the last three months")
    tick(
        "doc_safeguarding",
        "If your project involves children, young people or adults at risk: your safeguarding "
        "policy",
    )
    tick(
        "doc_venue",
        "If the project will take place in a venue your group does not own or run: a letter "
        "from the venue confirming the booking",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the grant will not be used "
        "for worship or to promote any religious belief; and that the group holds, or will "
        "arrange for the activity, public liability insurance of at least £2 million.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Harcastle Interfaith Forum, The Meeting Room, 14 Cathedral Walk, Harcastle HC1 3PE. "
        "Telephone 01632 965 302. Registered charity number 1234567.",
        9,
    )
    c.save()


def dunholt() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "dunholt-faith-buildings-community-use-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Faith Buildings Community Use Grant: application form")
    c.setAuthor("Dunholt District Council")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawCentredString(
            w / 2,
            34,
            "Dunholt District Council - Faith Buildings Community Use Grant - "
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
    c.drawCentredString(w / 2, state["y"], "DUNHOLT DISTRICT COUNCIL")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawCentredString(w / 2, state["y"], "Faith Buildings Community Use Grant 2027")
    state["y"] -= 18
    c.drawCentredString(w / 2, state["y"], "APPLICATION FORM")
    state["y"] -= 26
    para("Notes for applicants", 12, bold)
    para(
        "Many of Dunholt's churches, chapels, mosques, gurdwaras, temples and synagogues have "
        "halls and rooms that could be used far more by the community. This grant helps faith "
        "organisations to open their buildings to local groups and residents, by paying for "
        "work such as accessible toilets and entrances, kitchens, heating, lighting, storage "
        "and furniture."
    )
    para(
        "Grants are from £1,000 to £5,000. The Council will pay up to half of the cost of the "
        "work: your organisation must find at least 50% from its own funds or other grants. "
        "Work must not start before you receive our offer letter."
    )
    para(
        "The building must be available for hire or free use by community groups of any faith "
        "or none for at least six hours a week once the work is done. We cannot pay for work "
        "to areas used only for worship."
    )
    para(
        "Please write clearly in black ink or type your answers, keeping to the word limits. "
        "Continue on a separate sheet if necessary, numbering your answers. Return the form to "
        "the Community Development Officer at the address at the end of the form by 12 noon on "
        "Monday 1 March 2027."
    )
    state["y"] -= 6
    para("PART 1  YOUR ORGANISATION AND BUILDING", 12, bold)
    item(1, "Name of organisation:")
    item(2, "Name of the place of worship or faith building:")
    item(3, "Address of the building, including postcode:")
    item(4, "Contact name:")
    item(5, "Position in the organisation:")
    item(6, "Telephone:")
    item(7, "Email:")
    item(8, "Registered charity number (if any):")
    item(9, "Does your organisation own the building?   YES / NO (please delete)")
    item(10, "If NO, name of the building's owner:")
    item(11, "How many hours a week is the building open for community use now?")
    question(
        12,
        "Describe the building and the community activities that use it now. "
        "(no more than 250 words)",
        6,
    )
    para("PART 2  THE WORK", 12, bold)
    question(
        13,
        "What do you want the grant for, and what work will be done? (no more than 300 words)",
        7,
    )
    question(
        14,
        "How will the work mean that more people can use the building, and which groups will "
        "use it? (no more than 300 words)",
        7,
    )
    question(
        15,
        "How will you make the building welcoming to people of all faiths and none? "
        "(no more than 150 words)",
        4,
    )
    question(
        16,
        "How have you asked local people and groups what they need from the building? "
        "(no more than 200 words)",
        5,
    )
    para("PART 3  COSTS", 12, bold)
    room(40)
    c.setFont(bold, 11)
    c.drawString(64, state["y"], "17.")
    c.drawString(84, state["y"], "Please list the cost of the work.")
    state["y"] -= 10
    widths = (220, 150, 97)
    rows = [("Item of work", "Supplier or contractor", "Cost (£)")] + [("", "", "")] * 5
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
    item(18, "Total cost of the work: £")
    item(19, "Grant requested from the Council: £")
    item(20, "Amount your organisation will contribute: £")
    question(
        21,
        "How will you look after the building and pay its running costs in future? "
        "(no more than 200 words)",
        5,
    )
    para("PART 4  DOCUMENTS", 12, bold)
    para("Please enclose:")
    for t in [
        "(a) a copy of your governing document or trust deed;",
        "(b) your last two years' accounts, which must be independently examined or audited;",
        "(c) two written quotations for the work;",
        "(d) your safeguarding policy;",
        "(e) a copy of your current insurance schedule, showing buildings cover and public "
        "liability cover of at least £5 million;",
        "(f) if you do not own the building: a copy of your lease and the owner's written "
        "permission for the work;",
        "(g) if the work needs planning permission, listed building consent or a faculty: a "
        "copy of the consent.",
    ]:
        para(t, x=84)
    para("PART 5  DECLARATION", 12, bold)
    para(
        "I confirm that the information in this application is true, that the organisation "
        "will make the building available for community use as described, and that the grant "
        "will be spent only on the work described. I understand that the Council may reclaim "
        "the grant if the building stops being available for community use within five years."
    )
    item(22, "Signature:")
    item(23, "Name:")
    item(24, "Position:")
    item(25, "Date:")
    state["y"] -= 6
    para(
        "Return to: Community Development Officer, Dunholt District Council, Council Offices, "
        "Station Road, Dunholt DH4 8LP. Telephone 01632 966 519. "
        "Email communitygrants@dunholt.example.gov.uk",
        10,
    )
    folio()
    c.save()


if __name__ == "__main__":
    stanwardine()
    pelsby()
    harcastle()
    dunholt()
