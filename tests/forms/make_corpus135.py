"""Build set 135's Word and PDF documents (typical public art, murals and community arts
commissions: a town council's Mural and Street Art Grant application, a district council's
Section 106 Public Art Fund guidance, an arts trust's Community Arts Commission form and a
borough council's Creative Places small grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus135.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def _checklist(d, docs: list[str]) -> None:
    """A supporting documents table with a narrow 'Tick if attached' column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Supporting document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Tick if attached", bold=True)
    kit.shade_cell(t.rows[0].cells[0], "FCE4D6")
    kit.shade_cell(t.rows[0].cells[1], "FCE4D6")
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def tresswell() -> None:
    d = kit.new_document(
        FIXED,
        "Mural and Street Art Grant 2027: application form",
        "Tresswell Town Council",
    )
    p = d.add_paragraph
    d.add_heading("Tresswell Town Council", 0)
    p("Mural and Street Art Grant 2027: application form")
    p(
        "Tresswell Town Council wants to brighten up blank walls, underpasses, shutters and "
        "hoardings in the town with murals and street art made with local people. Community "
        "groups, residents' associations, schools' parent-teacher associations and other "
        "not-for-profit groups can apply for a grant of between £500 and £3,000 to commission "
        "an artist and create a mural with the community."
    )
    p(
        "We can pay for the artist's fee and design time, paint, primer and anti-graffiti "
        "coating, hire of scaffolding or access equipment, and community workshops. The grant "
        "can cover up to 75% of the total cost of your project. Your group must find at least "
        "25% of the cost from other sources, such as your own funds, fundraising, sponsorship "
        "from local businesses or another grant."
    )
    p(
        "Please complete every section, keeping to the word limits, and return the form with "
        "your supporting documents to grants@tresswell-tc.example.gov.uk by 5pm on Friday "
        "28 May 2027. We will tell you our decision by the end of July."
    )
    d.add_heading("Do you need help?", 2)
    p(
        "Please talk to our Community Projects Officer, Hannah Loveday, before you apply. She "
        "can tell you whether a wall is suitable and put you in touch with local artists. "
        "Telephone 01632 960 418."
    )
    d.add_heading("Section 1: Your group", 1)
    kit.details(
        d,
        [
            "Name of group or organisation",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Constituted community group   {BOX} Registered charity   "
                f"{BOX} Community interest company   {BOX} Other not-for-profit group",
            ),
        ],
    )
    p()
    kit.details(
        d,
        [
            "Contact name",
            "Position in the group",
            "Address",
            "Postcode",
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
                "Does your group have a bank account in its own name that needs two people to "
                "sign each payment?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    d.add_heading("Section 2: Your mural", 1)
    kit.details(
        d,
        [
            "Name of the lead artist",
            "Lead artist's email or website",
            "Address or location of the wall",
            "Name of the owner of the wall or building",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Is the building listed, or is the wall in a conservation area?",
                f"{BOX} Yes   {BOX} No   {BOX} Don't know",
            ),
        ],
    )
    p()
    kit.question(
        d,
        "2.1 Describe your mural. What will it show, how big will it be and what materials "
        "will the artist use? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.2 Why have you chosen this wall, and how will the design reflect the area and the "
        "people who live or work there? (maximum 200 words)",
    )
    kit.question(
        d,
        "2.3 How will local people be involved in choosing the design and making the mural? "
        "(maximum 250 words)",
    )
    kit.question(
        d,
        "2.4 Tell us about the lead artist's experience of murals, public art or community "
        "projects. (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 How will the mural be looked after for at least five years, and who will repair "
        "it or remove graffiti from it? (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.6 When will the work take place? Please give the main stages and dates. "
        "(maximum 100 words)",
        2000,
    )
    kit.question(
        d,
        "2.7 If children, young people or adults at risk will take part in workshops or "
        "painting, how will you keep them safe? (maximum 100 words)",
        2000,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please show the full cost of the project. Include VAT if your group cannot reclaim it.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for r, label in zip(
        t.rows,
        [
            "Item",
            "Artist's fee (including design time)",
            "Paint, primer and anti-graffiti coating",
            "Scaffolding or access equipment hire",
            "Community workshops and materials",
            "Other (please say what)",
            "Total cost of the project",
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label, bold=label in ("Item", "Total cost of the project"))
        kit.row_height(r, 380)
    kit.set_cell(t.rows[0].cells[1], "Cost (£)", bold=True)
    kit.shade_cell(t.rows[0].cells[0], "FCE4D6")
    kit.shade_cell(t.rows[0].cells[1], "FCE4D6")
    p()
    kit.details(
        d,
        [
            "Amount you are asking the Town Council for (£)",
            "Other funding for the project (£) and where it is coming from",
        ],
        shade=True,
    )
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send the following documents with your application and tick the box beside "
        "each one you have attached. Applications without them cannot be assessed."
    )
    _checklist(
        d,
        [
            "Your group's constitution or set of rules",
            "Your latest annual accounts (these do not need to be audited). If your group is "
            "less than a year old, send copies of your last three bank statements instead",
            "The artist's design for the mural: a sketch, drawing or photo mock-up showing the "
            "artwork on the wall",
            "Written permission from the owner of the wall or building",
            "A copy of the public liability insurance certificate held by your group or the "
            "lead artist, with cover of at least £5 million",
            "Two quotes for any single item costing more than £500",
            "If the building is listed or the wall is in a conservation area, a copy of the "
            "planning permission or listed building consent, or an email from the planning "
            "team saying that none is needed",
            "If the project involves children, young people or adults at risk, your "
            "safeguarding policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is true and complete, that the "
        "group's committee has agreed to the project, and that our group has an equal "
        "opportunities policy. I understand that the Town Council may ask for the grant to be "
        "repaid if it is not spent on the project described, and that the Council may use "
        "photographs of the finished mural in its publicity."
    )
    kit.details(d, ["Signature", "Print name", "Position in the group", "Date"], shade=True)
    p()
    p(
        "Tresswell Town Council, The Guildhall, 14 High Street, Tresswell TW3 8DL. "
        "Telephone 01632 960 418. grants@tresswell-tc.example.gov.uk"
    )
    out = HERE / "tresswell-mural-and-street-art-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def corringale() -> None:
    d = kit.new_document(
        FIXED,
        "Section 106 Public Art Fund 2027/28: guidance notes",
        "Corringale District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Corringale District Council", 0)
    p("Section 106 Public Art Fund 2027/28: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "When new housing and commercial developments are built in Corringale, developers "
        "sometimes pay the Council a contribution towards public art under a Section 106 "
        "planning agreement. The Section 106 Public Art Fund uses these contributions to pay "
        "for new public artworks in the areas where the developments took place."
    )
    p(
        "In 2027/28 the fund has £85,000 to spend in the wards of Abbey, Castle Fields, "
        "Netherton and Saltway. Your project must be in, or clearly benefit people living in, "
        "one of these wards. A map of the wards is on our website."
    )
    d.add_heading("2. What we mean by public art", 1)
    p(
        "Public art is artwork made for a public place and the people who use it. It can be "
        "permanent, such as a mural, sculpture, mosaic, seating, railings, paving or lighting "
        "designed by an artist, or temporary, such as a festival installation, projection or "
        "trail. We want artists and communities to work together, so every project must "
        "include community engagement: workshops, consultation events or local people taking "
        "part in making the work."
    )
    d.add_heading("3. Who can apply", 1)
    p("You can apply if you are:")
    bullet("a constituted voluntary or community group, residents' association or charity;")
    bullet("a community interest company or social enterprise that does not share its profits;")
    bullet("a parish or town council in the district;")
    bullet("a school, working with a community partner.")
    p(
        "Individual artists cannot apply on their own, but can apply in partnership with one of "
        "the organisations above, which will receive and manage the grant."
    )
    d.add_heading("4. What we can and cannot fund", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Artists' fees for research, design, community engagement and making the work, "
                "paid at fair rates",
                "Projects that are not in, or do not benefit, the four eligible wards",
            ),
            (
                "Materials, fabrication, installation and lighting",
                "Running costs of your organisation or staff salaries",
            ),
            (
                "Community workshops, consultation events and a launch",
                "Work that has already started or been paid for",
            ),
            (
                "Planning, highways and structural engineer's fees",
                "Commercial advertising or work that promotes a business",
            ),
            (
                "A maintenance fund of up to 10% of the project cost",
                "Artworks inside private buildings that the public cannot visit",
            ),
        ],
    )
    d.add_heading("5. How much you can apply for", 1)
    p(
        "You can apply for between £2,000 and £20,000. Because the money comes from Section "
        "106 contributions, the fund can pay the whole cost of your project: you do not need "
        "to find match funding, although we are glad to hear about other support such as "
        "volunteer time or donated materials."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Ask the Arts Development Officer for an application form, or download it from "
        "corringale.example.gov.uk/publicart. The form is a Word document. Email it with your "
        "supporting documents to publicart@corringale.example.gov.uk."
    )
    p("The application form has four sections:")
    kit.table(
        d,
        [
            ("Section", "What it asks", "Length"),
            ("A. Your organisation", "Contact details, legal status, ward", "Short answers"),
            (
                "B. Your project",
                "The artwork, the site, the artist and how they were chosen",
                "Up to 500 words",
            ),
            (
                "C. Community engagement",
                "Who you will involve and how",
                "Up to 300 words",
            ),
            ("D. Budget and timetable", "Costs, other support, key dates", "Tables"),
        ],
    )
    d.add_heading("7. What you need to send with your application", 1)
    p("Every applicant must send:")
    bullet(
        "the artist's outline design proposal, with drawings or a visualisation showing the "
        "artwork in its setting;"
    )
    bullet("the lead artist's CV or portfolio;")
    bullet("a detailed project budget, showing the artist's fee separately;")
    bullet(
        "a maintenance and decommissioning plan, saying who will look after the artwork, how "
        "it will be cleaned and repaired, and what will happen at the end of its life;"
    )
    bullet("written consent from the owner of the land or building where the artwork will go;")
    bullet("your constitution, memorandum and articles or other governing document;")
    bullet(
        "your most recent annual accounts. If your annual income is over £25,000 these must be "
        "independently examined or audited; if it is less, accounts signed by your treasurer "
        "and one other committee member are fine."
    )
    p("You will also need to send, if they apply to your project:")
    bullet(
        "if the artwork will be on, over or next to a highway (including pavements and "
        "verges), a licence or written agreement from the county council's highways team;"
    )
    bullet(
        "if the artwork needs planning permission or listed building consent, a copy of the "
        "decision notice;"
    )
    bullet(
        "for projects asking for more than £10,000, two letters of support from local "
        "community groups or ward councillors;"
    )
    bullet(
        "if your project will involve children, young people or adults at risk, your "
        "safeguarding policy."
    )
    p(
        "Your organisation must also have an equal opportunities policy. You do not need to "
        "send it, but we may ask to see it."
    )
    d.add_heading("8. Insurance", 1)
    p(
        "Your organisation, or the artist you commission, must hold public liability insurance "
        "with cover of at least £5 million for the whole project, including installation. We "
        "will ask to see the certificate before we pay the grant; you do not need to send it "
        "with your application."
    )
    d.add_heading("9. How we assess applications", 1)
    p("A panel of councillors, officers and two local artists scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Weight"),
            ("Quality and ambition of the artistic idea", "30%"),
            ("Community engagement and benefit to the eligible wards", "30%"),
            ("The artist's experience and fair pay", "15%"),
            ("Deliverability: budget, timetable, permissions, maintenance", "25%"),
        ],
    )
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "1 May 2027"),
            ("Closing date for applications", "30 June 2027, 12 noon"),
            ("Panel meets", "w/c 19 July 2027"),
            ("Decisions sent", "by 6 August 2027"),
            ("Artworks finished", "by 31 March 2029"),
        ],
    )
    d.add_heading("11. Frequently asked questions", 1)
    d.add_heading("Can we apply for more than one project?", 3)
    p("Yes, but each needs its own application, and we will rarely fund two from one group.")
    d.add_heading("Do we have to use a local artist?", 3)
    p(
        "No, but we welcome artists who live or work in Corringale. For projects over £10,000 "
        "we expect you to run an open call or invite at least three artists to propose ideas."
    )
    d.add_heading("Who owns the artwork when it is finished?", 3)
    p("Usually the landowner. Your maintenance plan should be agreed with them before you apply.")
    d.add_heading("Need more help?", 3)
    p(
        "Contact Marcus Penhaligon, Arts Development Officer, on 01632 961 205 or at "
        "publicart@corringale.example.gov.uk. Corringale District Council, Civic Centre, "
        "Station Way, Corringale CG1 4PT."
    )
    out = HERE / "corringale-section-106-public-art-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pellinghoe() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pellinghoe-community-arts-commission-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Arts Commissions 2027: application form")
    c.setAuthor("The Pellinghoe Arts Trust")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#5B2A4E")

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
        c.setFillColor(plum)
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
    c.drawString(50, state["y"], "The Pellinghoe Arts Trust")
    state["y"] -= 22
    txt("Community Arts Commissions 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Community Arts Commissions help community groups in Pellinghoe and the surrounding "
        "villages to commission an artist to make a new piece of public art with local people: "
        "a mural, sculpture, mosaic, sound or light work, or a temporary installation."
    )
    state["y"] -= 4
    txt(
        "We give grants of up to £6,000. A grant can cover up to 60% of the total cost of the "
        "commission; the rest, at least 40%, must come from your own funds, other grants, "
        "sponsorship or crowdfunding. The artist's fee should follow the a-n / Artists' Union "
        "England rates of pay."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen, save it and email it with your documents to "
        "commissions@pellinghoearts.example.org.uk by 14 June 2027. To talk about your idea, "
        "ring Saoirse Blundell on 01632 962 771."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("org_address", "Address", 200)
    field("org_postcode", "Postcode", 8)
    field("contact_name", "Contact name", 60)
    field("contact_role", "Position in the organisation", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "legal_status",
        "Legal status",
        ["Unincorporated group", "Registered charity", "CIC", "Other"],
    )
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "insured",
        "Does your organisation have public liability insurance?",
        ["Yes", "No"],
    )
    bar("Part B: The artist")
    radios(
        "artist_chosen",
        "Have you chosen the artist?",
        ["Yes", "No, we will run an open call"],
    )
    field("artist_name", "Lead artist's name (if chosen)", 60)
    field("artist_web", "Artist's website or online portfolio", 100)
    radios(
        "fair_pay",
        "Does the artist's fee follow the a-n / Artists' Union England rates?",
        ["Yes", "No"],
    )
    bar("Part C: The commission")
    field("title", "Title of the commission", 100)
    field("site", "Site of the artwork (address or description)", 200)
    field("start", "Start date", 10)
    field("finish", "Date the artwork will be finished", 10)
    field("total_cost", "Total cost of the commission (£)", 10)
    field("request", "Grant requested (£)", 10)
    field("other_funds", "Other funding (£) and where it is coming from", 200)
    box(
        "c1",
        "C1 Describe the artwork you want to commission and where it will be. "
        "(up to 1,500 characters)",
        "C1 Describe the artwork you want to commission and where it will be",
        1500,
        110,
    )
    box(
        "c2",
        "C2 How have local people shaped the idea, and how will they take part in making the "
        "work? (up to 1,200 characters)",
        "C2 How have local people shaped the idea, and how will they take part?",
        1200,
        100,
    )
    box(
        "c3",
        "C3 Why is this artist the right person for the commission, or how will you choose "
        "one? (up to 900 characters)",
        "C3 Why is this artist right for the commission, or how will you choose one?",
        900,
        80,
    )
    box(
        "c4",
        "C4 What difference will the artwork make to the place and to the people who use it? "
        "(up to 1,200 characters)",
        "C4 What difference will the artwork make?",
        1200,
        100,
    )
    box(
        "c5",
        "C5 How will the artwork be maintained, and who will pay for this? (up to 600 characters)",
        "C5 How will the artwork be maintained, and who will pay?",
        600,
        60,
    )
    box(
        "c6",
        "C6 Is there anything else you would like to tell us about the commission?",
        "C6 Anything else you would like to tell us",
        0,
        70,
    )
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts, or a signed income and expenditure statement for "
        "your last financial year",
    )
    tick("doc_design", "The artist's design proposal, sketches or visualisation")
    tick(
        "doc_permission",
        "Written permission from the owner of the site where the artwork will go",
    )
    tick(
        "doc_highways",
        "If the artwork will be on or next to a road or footway, the highways permit, or an "
        "email from the highways team saying that none is needed",
    )
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if children or adults at risk will take part in workshops",
    )
    bar("Part E: Declaration")
    tick(
        "equality",
        "Our organisation has an equal opportunities policy and the commission will be open to "
        "everyone in the community.",
    )
    tick(
        "declaration",
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. I understand that the Trust may ask for the "
        "grant back if it is not used for the commission described.",
    )
    field("sig", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "The Pellinghoe Arts Trust, The Old Chapel, Mill Street, Pellinghoe PG2 5EW. "
        "Telephone 01632 962 771. Registered charity number 1193046.",
        9,
    )
    c.save()


def haddiscombe() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "haddiscombe-creative-places-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Creative Places Small Grants: application form")
    c.setAuthor("Haddiscombe Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Haddiscombe Borough Council: Creative Places Small Grants 2027")
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
        x = 276
        for opt in options:
            if x + 14 + c.stringWidth(opt, font, 10) > w - 40:
                state["y"] -= 16
                x = 276
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 16
        state["y"] -= max(26, 12 * len(lines) + 16)

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
    c.drawString(50, state["y"], "Haddiscombe Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Creative Places Small Grants 2027: application form")
    state["y"] -= 24
    para(
        "Creative Places Small Grants help residents and community groups to make Haddiscombe's "
        "streets, parks and town centres more distinctive and welcoming through public art and "
        "creative projects: murals, sculpture, planters and benches designed by artists, "
        "lighting, poetry on walls, shop-shutter art and temporary installations."
    )
    para(
        "Grants are from £500 to £5,000. We expect you to find at least 10% of the cost of "
        "your project from elsewhere; this can include the value of volunteer time or donated "
        "materials. Please read the Creative Places Plan on our website before you apply."
    )
    para(
        "Write your answers in the boxes, keeping to the word limits. Post the form to the "
        "address on the last page, or scan it and email it to creativeplaces@haddiscombe."
        "example.gov.uk, by Monday 5 July 2027."
    )
    heading("Part 1: About your organisation")
    item("1.1", "Name of organisation")
    item("1.2", "Address")
    item("1.3", "Postcode")
    item("1.4", "Name of contact")
    item("1.5", "Position")
    item("1.6", "Telephone")
    item("1.7", "Email")
    choice(
        "1.8",
        "Type of organisation",
        ["Community group", "Charity", "CIC", "Parish or town council"],
    )
    item("1.9", "Charity or company number (if any)")
    heading("Part 2: About your project")
    item("2.1", "Project title")
    item("2.2", "Address or location of the site")
    item("2.3", "Ward")
    item("2.4", "Start date")
    item("2.5", "Finish date")
    choice("2.6", "Will the artwork be permanent or temporary?", ["Permanent", "Temporary"])
    choice("2.7", "Is the site owned by the Council?", ["Yes", "No", "Not sure"])
    heading("Part 3: Your proposal")
    question(
        "3.1",
        "Tell us about your project: what will be made, who will make it and where it will "
        "be. (no more than 300 words)",
        150,
    )
    question(
        "3.2",
        "How will residents be involved in shaping and making the work? (no more than 250 words)",
        130,
    )
    question(
        "3.3",
        "Who is the artist or creative practitioner, and how did you (or how will you) choose "
        "them? "
        "(no more than 150 words)",
        90,
    )
    question(
        "3.4",
        "How does the project meet the aims of the Creative Places Plan? (no more than 200 words)",
        110,
    )
    question(
        "3.5",
        "How will you look after the work, and what will happen to it at the end of its "
        "life? (no more than one side of A4)",
        200,
    )
    question(
        "3.6",
        "How will you tell people about the work and find out what difference it has made?",
        110,
    )
    heading("Part 4: Costs")
    para("Please list what the grant and any other funding will pay for.")
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
    state["y"] -= 14
    item("4.1", "Total cost of the project (£)")
    item("4.2", "Grant requested (£)")
    item("4.3", "Other funding or in-kind support (£) and its source")
    choice("4.4", "Have you included VAT in the costs?", ["Yes", "No"])
    heading("Part 5: Supporting documents")
    para("Please send these documents with your form:")
    for t in [
        "1.  your constitution, set of rules or terms of reference;",
        "2.  your latest annual accounts or, if your group is less than a year old, your last "
        "three months' bank statements;",
        "3.  the artist's design, or, where the design will be made with residents during the "
        "project, the artist's brief;",
        "4.  written consent from the owner of the wall, building or land;",
        "5.  your safeguarding policy;",
        "6.  a quote for each item costing more than £1,000;",
        "7.  if the artwork will be on or over a road or pavement, a licence from the county "
        "council's highways team;",
        "8.  if the work needs planning permission (for example a mural on a building in a "
        "conservation area), a copy of the planning permission.",
    ]:
        para(t, x=62)
    para(
        "Your organisation must hold public liability insurance with cover of at least "
        "£5 million while the work is made and installed. You do not need to send the "
        "certificate with this form."
    )
    heading("Part 6: Declaration")
    para(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. The organisation has an equal opportunities "
        "policy and will follow it in this project. I understand that the Council may ask for "
        "the grant back if it is not spent as described."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Officer: ____________   "
        "Ward member consulted: ____________",
        9,
    )
    para(
        "Culture and Regeneration Team, Haddiscombe Borough Council, Town Hall, Fore Street, "
        "Haddiscombe HD5 2QJ. Telephone 01632 963 540.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    tresswell()
    corringale()
    pellinghoe()
    haddiscombe()
