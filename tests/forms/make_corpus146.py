"""Build set 146's Word and PDF documents (typical skateparks, play areas and multi-use games
areas grants: a town council's Community Play Equipment Grants application, a district council's
Section 106 Play and Open Space Fund guidance notes, a borough council's CIL Neighbourhood Fund
play, skate and MUGA application as a fillable PDF and a parish council's Play Area and
Recreation Ground Grants form typed in Word and printed to a text PDF, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus146.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def _ticked(d, docs: list[str], head: str = "Enclosed") -> None:
    """A documents table with a tick column ('Enclosed' unless told)."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], head, bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.shade_cell(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def skelmorton() -> None:
    d = kit.new_document(
        FIXED,
        "Community Play Equipment Grants 2027/28: application form",
        "Skelmorton Town Council",
    )
    p = d.add_paragraph
    d.add_heading("Skelmorton Town Council", 0)
    p("Community Play Equipment Grants 2027/28: application form")
    p(
        "The Town Council gives grants of up to £10,000 to community groups that want to put in "
        "new or replacement play equipment, safety surfacing, skate ramps or a multi-use games "
        "area (MUGA) on land in Skelmorton parish that is open to the public free of charge."
    )
    p(
        "The Council will pay up to 50% of the total cost of the project. Your group must find "
        "the other 50% from its own funds or from other funders, such as a landfill "
        "communities fund or the district council's Section 106 play fund."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers in the "
        "boxes, which will expand, and keep to the word limits. Return the form and your "
        "documents to the Town Clerk at grants@skelmorton-tc.example.gov.uk by 5pm on "
        "Friday 8 October 2027. If you need help filling in the form, or would like it in large "
        "print, ring the Town Council office on 01632 965 214."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group",
            "Address",
            "Postcode",
            "Main contact",
            "Position in the group",
            "Telephone",
            "Email",
            "Charity number (if registered)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of group",
                f"{BOX} Registered charity   {BOX} Constituted community group   "
                f"{BOX} Friends of the park group   {BOX} Sports club   {BOX} Other",
            ),
            (
                "Does your group have a bank account in its own name?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Date your group was set up", ""),
        ],
    )
    p()
    d.add_heading("Section 2: The site", 1)
    kit.pairs(
        d,
        [
            ("Name and address of the play area or site", ""),
            ("Name of the landowner", ""),
            (
                "Planning permission",
                f"{BOX} Granted   {BOX} Applied for   {BOX} Not needed",
            ),
            ("Date of the last annual inspection of the site (if it has play equipment now)", ""),
        ],
    )
    p()
    d.add_heading("Section 3: Your project", 1)
    kit.question(
        d,
        "3.1 Describe your project: what equipment or facilities you want to put in, where "
        "they will go and which age groups they are for. (maximum 300 words)",
    )
    kit.question(
        d,
        "3.2 Why is the project needed? Include any evidence you have, such as the condition of "
        "the existing equipment or the distance to the nearest other play area. "
        "(maximum 250 words)",
        2800,
    )
    kit.question(
        d,
        "3.3 How have you consulted local children, young people and residents, and what did "
        "they tell you? (maximum 250 words)",
        2800,
    )
    kit.question(
        d,
        "3.4 How will the equipment be inspected, maintained and insured once it is installed, "
        "and who will pay for this? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "3.5 How will you make the play area accessible and inclusive for disabled children and "
        "their families? (maximum 150 words)",
        2000,
    )
    kit.pairs(d, [("Number of children and young people you expect to use the site each week", "")])
    p()
    kit.question(
        d,
        "3.6 Please tell us anything else that will help the Council consider your application.",
        1600,
    )
    d.add_heading("Section 4: Project costs", 1)
    p(
        "Please list each item, the supplier and the cost, including installation and "
        "surfacing. Use the cheapest of your three quotes, or tell us in 3.6 why you have not."
    )
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    p("Please list where the rest of the money is coming from.")
    kit.grid(d, ["Source of funding", "Amount (£)", "Secured or applied for"], 4)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Amount requested from the Town Council (£)", ""),
            ("Your group's own contribution (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 5: Checklist of documents", 1)
    p("Please send the following with your application and tick each one.")
    _ticked(
        d,
        [
            "Your constitution or set of rules",
            "Your most recent annual accounts, signed by your chair and treasurer",
            "Three written quotes for the equipment, installation and surfacing",
            "Written permission from the landowner for the equipment to be installed",
            "A copy of the planning permission, or a letter from the planning authority saying "
            "that planning permission is not needed",
            "A maintenance plan for the equipment covering at least five years",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "Your safeguarding policy, if your group runs activities for children on the site",
        ],
        head="Tick",
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am authorised "
        "to apply on behalf of the group. Our group has an equal opportunities policy. We will "
        "install equipment that meets BS EN 1176 and BS EN 1177, and we will have it inspected "
        "by an independent inspector registered with the Register of Play Inspectors "
        "International (RPII) before it is opened to the public. I understand that the Council "
        "may ask for the grant to be repaid if it is not used for this project."
    )
    kit.details(d, ["Signature", "Print name", "Position in the group", "Date"], shade=True)
    p()
    p(
        "Skelmorton Town Council, Town Hall, 14 Church Lane, Skelmorton SK4 2RW. "
        "Telephone 01632 965 214."
    )
    out = HERE / "skelmorton-community-play-equipment-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def farrowgate() -> None:
    d = kit.new_document(
        FIXED,
        "Section 106 Play and Open Space Fund: guidance notes for community groups",
        "Farrowgate District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Farrowgate District Council", 0)
    p("Section 106 Play and Open Space Fund: guidance notes for community groups")
    p("Parks and Open Spaces Team, April 2027")
    d.add_heading("1. What is the fund?", 1)
    p(
        "When new homes are built, developers often pay money to the Council under Section 106 "
        "of the Town and Country Planning Act 1990 to improve play areas, sports pitches and "
        "open spaces near the new homes. The Section 106 Play and Open Space Fund lets community "
        "groups bid for some of this money for projects such as new or improved children's "
        "play areas, skateparks, multi-use games areas (MUGAs), teen shelters and outdoor gyms."
    )
    p(
        "Each Section 106 agreement says what the money can be used for and where, and most "
        "must be spent within a set time. The table shows the money available this year."
    )
    kit.table(
        d,
        [
            ("Area", "Available for play and youth facilities", "Must be spent by"),
            ("Farrowgate town (north and east wards)", "£186,400", "March 2030"),
            ("Farrowgate town (south and west wards)", "£94,750", "September 2029"),
            ("Kilnsey Moor and Upper Farrow villages", "£61,200", "March 2031"),
            ("Brackenby and Low Eskholme", "£38,900", "December 2029"),
        ],
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if you are:")
    bullet(
        "a constituted community group, such as a residents' association or friends of the park"
        " group;"
    )
    bullet("a registered charity or charitable incorporated organisation (CIO);")
    bullet("a community interest company limited by guarantee; or")
    bullet("a sports club with a constitution and a bank account in its own name.")
    p(
        "Parish and town councils cannot apply to this fund. They can bid for Section 106 money "
        "through the Parish Partnership scheme; ask the Parks and Open Spaces Team for details."
    )
    p(
        "The project must be on land in the area covered by the Section 106 agreement, and the "
        "facility must be open to the public free of charge."
    )
    d.add_heading("3. What we can pay for", 1)
    kit.table(
        d,
        [
            ("We can pay for", "We cannot pay for"),
            ("New play equipment and safety surfacing", "Routine repairs and grass cutting"),
            ("Skate ramps, bowls and pump tracks", "Equipment for indoor use"),
            ("Multi-use games areas, fencing and floodlights", "Staff costs or running costs"),
            ("Paths, benches and bins that are part of the project", "Work already started"),
            (
                "Design fees and the post-installation inspection",
                "Projects on private land that is not open to the public",
            ),
        ],
    )
    p(
        "Grants are usually between £5,000 and £75,000. Section 106 money can pay for the whole "
        "cost of a project, so you do not need to find match funding, although we welcome "
        "projects that bring in money from other funders as well."
    )
    d.add_heading("4. Before you apply", 1)
    p(
        "Please talk to the Parks and Open Spaces Team before you apply, so that we can check "
        "that Section 106 money is available for your area and type of project. Ring "
        "01632 966 180 or email s106play@farrowgate.example.gov.uk."
    )
    p(
        "You will need to show that you have consulted local children, young people and "
        "residents, that you have permission to use the land and that you have a plan for "
        "looking after the facility once it is built. All play equipment must meet BS EN 1176 "
        "and safety surfacing BS EN 1177."
    )
    d.add_heading("5. What to send with your application", 1)
    p("Every group must send:")
    bullet("its constitution, set of rules or other governing document;")
    bullet(
        "its latest annual accounts, approved at the annual general meeting and signed by the "
        "treasurer. If your group is less than a year old and has no accounts yet, send your "
        "bank statements for the last three months instead;"
    )
    bullet(
        "three written quotes from different suppliers, each for the whole job, including "
        "installation and surfacing;"
    )
    bullet("a site plan showing where the new equipment or facility will go;")
    bullet(
        "evidence of your consultation, for example a summary of survey results or notes of a "
        "design event with young people;"
    )
    bullet(
        "a maintenance plan showing how the facility will be inspected, repaired and paid for "
        "over at least ten years; and"
    )
    bullet(
        "a copy of its public liability insurance certificate, showing cover of at least "
        "£10 million."
    )
    p("You must also send, if it applies to you:")
    bullet(
        "if your group does not own the land: a letter from the landowner agreeing to the "
        "project and a copy of your lease, which must have at least 15 years left to run;"
    )
    bullet("if the project needs planning permission: a copy of the decision notice;")
    bullet(
        "for projects costing more than £25,000: a project plan showing each stage of the work "
        "and when it will happen;"
    )
    bullet(
        "if your group will run supervised activities for children or young people at the "
        "facility: your safeguarding policy."
    )
    p(
        "Your group must also have a health and safety policy that covers the facility. You do "
        "not need to send it, but we may ask to see it before we pay the grant."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Apply using the online form on the Council's website at "
        "www.farrowgate.example.gov.uk/s106play. The form asks about your group, the site, the "
        "project, your consultation, the costs and how you will look after the facility. You "
        "can save your answers and come back to them. Upload your documents at the end of the "
        "form."
    )
    d.add_heading("7. How we decide", 1)
    p("An officer panel scores each application out of 100:")
    kit.table(
        d,
        [
            ("What we look at", "Points"),
            ("Need for the project and fit with the Section 106 agreement", "25"),
            ("Consultation with children, young people and residents", "25"),
            ("Maintenance plan and long-term care of the facility", "20"),
            ("Value for money, including the quotes", "15"),
            ("Access for disabled children and young people", "15"),
        ],
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("What happens", "When"),
            ("Fund opens", "3 May 2027"),
            ("Closing date", "5pm, Friday 30 July 2027"),
            ("Officer panel", "September 2027"),
            ("Decision by the Cabinet Member for Leisure", "October 2027"),
            ("Post-installation inspection and final payment", "Within 18 months of the offer"),
        ],
    )
    p(
        "We pay 90% of the grant when you order the equipment and the last 10% when we have the "
        "report of an independent post-installation inspection by an inspector registered with "
        "the Register of Play Inspectors International (RPII)."
    )
    d.add_heading("9. Frequently asked questions", 1)
    p("Can we apply for equipment on a school field?", style="Heading 3")
    p(
        "Only if the facility will be open to the public outside school hours and the school "
        "agrees in writing as the landowner."
    )
    p("Do we have to use the cheapest quote?", style="Heading 3")
    p(
        "No, but if you do not, tell us why in the application, for example because the "
        "equipment was the one young people chose."
    )
    p("Who will own the equipment?", style="Heading 3")
    p(
        "Your group or the landowner will own it and must look after it. The Council will not "
        "take over the maintenance."
    )
    p("Can we apply for the post-installation inspection?", style="Heading 3")
    p("Yes. Include the cost in your budget.")
    d.add_heading("10. Contact us", 1)
    p(
        "Parks and Open Spaces Team, Farrowgate District Council, Civic Offices, Wharf Road, "
        "Farrowgate FG1 3TX. Telephone 01632 966 180. Email s106play@farrowgate.example.gov.uk."
    )
    out = HERE / "farrowgate-section-106-play-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def drayhurst() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "drayhurst-cil-play-skate-and-muga-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("CIL Neighbourhood Fund: play, skate and MUGA projects application form")
    c.setAuthor("Drayhurst Borough Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#23395B")

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
        c.setFillColor(navy)
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
                value=opt.replace(" ", "_").replace("/", "_"),
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
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 8)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Drayhurst Borough Council")
    state["y"] -= 22
    txt(
        "Community Infrastructure Levy (CIL) Neighbourhood Fund 2027/28: play, skate and MUGA "
        "projects application form",
        12,
        "Helvetica-Bold",
    )
    state["y"] -= 4
    txt(
        "The CIL Neighbourhood Fund is the share of the Community Infrastructure Levy that the "
        "Council spends in the neighbourhoods where new homes are built. This round is for new "
        "and improved play areas, skateparks, pump tracks and multi-use games areas (MUGAs). "
        "Grants are from £10,000 to £80,000."
    )
    state["y"] -= 4
    txt(
        "The Fund will pay up to 70% of the cost of a project. You must find at least 30% of the "
        "cost from other sources, such as your own funds, a parish precept or other grants."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen, save it and email it with your documents to "
        "cil.neighbourhood@drayhurst.example.gov.uk by 12 noon on Monday 15 November 2027. "
        "For advice, ring the CIL Officer, Ravi Pennock, on 01632 967 342."
    )
    bar("Part A: About your organisation")
    field("org_name", "Name of organisation", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "org_type",
        "Type of organisation",
        [
            "Parish or town council",
            "Registered charity or CIO",
            "Community group",
            "Sports club",
            "Other",
        ],
    )
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "land_owner",
        "Does your organisation own the land where the project will be?",
        ["Yes", "No", "Part of it"],
    )
    bar("Part B: The project")
    field("title", "Project title", 100)
    field("site", "Site address or location", 200)
    radios(
        "facility",
        "Type of facility",
        ["Play area", "Skatepark", "Pump track", "MUGA", "Other"],
    )
    radios(
        "planning",
        "Does the project need planning permission?",
        ["Yes, granted", "Yes, applied for", "No", "Not sure"],
    )
    field("start", "Planned start date", 10)
    field("finish", "Planned completion date", 10)
    field("users", "How many young people do you expect to use it each week?", 6)
    box(
        "b1",
        "B1 Describe the project, including the site, the equipment or facility you will provide "
        "and who it is for. (up to 2,400 characters)",
        "B1 Describe the project, including the site, the equipment or facility and who it is for.",
        2400,
        130,
    )
    box(
        "b2",
        "B2 What evidence is there that the facility is needed in this neighbourhood? "
        "(up to 1,800 characters)",
        "B2 What evidence is there that the facility is needed?",
        1800,
        100,
    )
    box(
        "b3",
        "B3 How have young people helped to design the project, and how will they stay involved "
        "once it is built? (up to 1,800 characters)",
        "B3 How have young people helped to design the project?",
        1800,
        100,
    )
    box(
        "b4",
        "B4 How will the facility be managed, inspected and maintained once it is built, and who "
        "will pay for repairs? (up to 1,500 characters)",
        "B4 How will the facility be managed, inspected and maintained?",
        1500,
        90,
    )
    box(
        "b5",
        "B5 How will you keep noise low and respond to any concerns from neighbours? "
        "(up to 1,200 characters)",
        "B5 How will you keep noise low and respond to neighbours' concerns?",
        1200,
        80,
    )
    box(
        "b6",
        "B6 Is there anything else you would like us to know about the project? (optional)",
        "B6 Anything else you would like us to know (optional)",
        0,
        70,
    )
    bar("Part C: Costs and funding")
    field("cost_total", "Total cost of the project (£)", 10)
    field("request", "Amount requested from the CIL Neighbourhood Fund (£)", 10)
    field("own_funds", "Your organisation's own contribution (£)", 10)
    field("other_funds", "Other grants secured or applied for (£)", 10)
    bar("Part D: Documents")
    txt("Please email these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick(
        "doc_governing",
        "Your constitution or governing document (parish and town councils do not need to send "
        "this)",
    )
    tick("doc_accounts", "Your latest annual accounts (these do not need to be audited)")
    tick("doc_quotes", "Three quotes from different suppliers for the whole project")
    tick(
        "doc_consultation",
        "A summary of your consultation with young people and local residents",
    )
    tick(
        "doc_maintenance",
        "A maintenance and inspection plan for the facility covering at least ten years",
    )
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, with cover of at least £5 million",
    )
    tick(
        "doc_landowner",
        "If your organisation does not own the land, the landowner's written consent to the "
        "project",
    )
    tick("doc_planning", "If the project needs planning permission, the decision notice")
    bar("Part E: Declaration")
    tick(
        "decl_correct",
        "I confirm that the information in this form is correct and that I am authorised to "
        "make this application on behalf of the organisation.",
    )
    tick(
        "decl_policies",
        "Our organisation has a safeguarding policy and an equality policy, and the facility "
        "will be inspected by an independent RPII-registered inspector before it opens.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "CIL Team, Drayhurst Borough Council, Drayhurst House, 1 Foundry Street, Drayhurst "
        "DH2 8LP. Telephone 01632 967 342.",
        9,
    )
    c.save()


def pebbleworth() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pebbleworth-play-area-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Play Area and Recreation Ground Grants: application form")
    c.setAuthor("Pebbleworth Parish Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawCentredString(w / 2, 30, f"Pebbleworth Parish Council  -  page {state['page']}")

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
        state["y"] -= 6
        c.setFont(bold, 12)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def dotted(label: str) -> None:
        """A typed label followed by a dotted leader to write on."""
        room(22)
        c.setFont(font, 11)
        c.drawString(50, state["y"], label)
        lw = c.stringWidth(label, font, 11)
        n = int((w - 100 - lw - 6) / c.stringWidth(".", font, 11))
        c.drawString(50 + lw + 6, state["y"], "." * n)
        state["y"] -= 22

    def question(n: str, text: str, height: int) -> None:
        """A bold question over a drawn answer box (the box is invisible to extraction)."""
        lines = simpleSplit(text, bold, 11, w - 80 - 50)
        room(15 * len(lines) + height + 10)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(50, state["y"], n)
        for line in lines:
            c.setFont(bold, 11)
            c.drawString(80, state["y"], line)
            state["y"] -= 15
        state["y"] -= height
        c.rect(50, state["y"], w - 100, height, stroke=1, fill=0)
        state["y"] -= 16

    c.setFont(bold, 18)
    c.drawCentredString(w / 2, state["y"], "PEBBLEWORTH PARISH COUNCIL")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawCentredString(w / 2, state["y"], "Play Area and Recreation Ground Grants")
    state["y"] -= 18
    c.drawCentredString(w / 2, state["y"], "Application form")
    state["y"] -= 26
    para(
        "The Parish Council sets aside money each year to help village organisations improve "
        "children's play areas and recreation grounds in the parish, for example new swings or "
        "climbing frames, safety surfacing, a teen shelter, goal ends or a basketball hoop. "
        "Grants are up to £3,000."
    )
    para(
        "The Parish Council can pay up to two thirds of the cost of a project. Your organisation "
        "must raise at least one third of the cost itself or from other funders."
    )
    para(
        "Please complete the form in black ink or type your answers, and keep within the limits "
        "given. Return it with the documents listed in Section D to the Parish Clerk, Mrs Janet "
        "Orrell, 2 Mill Cottages, Pebbleworth PB7 3EH, or by email to "
        "clerk@pebbleworth-pc.example.gov.uk. Applications are considered at the Parish "
        "Council meetings in January, May and September."
    )
    heading("SECTION A  -  ABOUT YOUR ORGANISATION")
    dotted("A1  Name of organisation")
    dotted("A2  Address")
    dotted("A3  Postcode")
    dotted("A4  Contact name")
    dotted("A5  Position held")
    dotted("A6  Daytime telephone")
    dotted("A7  Email")
    dotted("A8  Registered charity number (if any)")
    para("A9  Does your organisation have its own bank account?      YES  /  NO   (please circle)")
    heading("SECTION B  -  YOUR PROJECT")
    question(
        "B1",
        "What do you want to do? Please describe the equipment or improvement and where it will "
        "go. (no more than 250 words)",
        150,
    )
    question(
        "B2",
        "Who will use it, and how many children and families live nearby? (no more than 150 words)",
        100,
    )
    question(
        "B3",
        "How have you asked local children and parents what they would like? "
        "(no more than 150 words)",
        100,
    )
    question(
        "B4",
        "Who will look after the equipment, carry out the weekly checks and arrange the annual "
        "inspection? (no more than half a side of A4)",
        170,
    )
    question(
        "B5",
        "Is there anything else you would like the Parish Council to know?",
        80,
    )
    dotted("B6  Expected start date")
    dotted("B7  Expected finish date")
    heading("SECTION C  -  COSTS")
    para("Please list the items you want to buy, the supplier and the cost.")
    widths = (245, 155, 95)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 5
    for row in rows:
        room(20)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold, 11)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 16
    dotted("C1  Total cost of the project (£)")
    dotted("C2  Amount requested from the Parish Council (£)")
    dotted("C3  Amount your organisation will contribute (£)")
    heading("SECTION D  -  WHAT TO SEND WITH YOUR FORM")
    para(
        "Please enclose two written quotes for the equipment and its installation, a copy of "
        "your most recent bank statement, and your accounts for the last financial year or, if "
        "your organisation does not produce accounts, a statement of income and expenditure "
        "signed by your treasurer. Please also enclose a copy of your public liability "
        "insurance certificate."
    )
    para(
        "If the equipment is to go on land that your organisation does not own, please also "
        "send a letter from the landowner agreeing to the work. If there is already play "
        "equipment on the site, please send a copy of its latest annual inspection report (for "
        "example from RoSPA or another independent play inspector)."
    )
    para(
        "All equipment must meet BS EN 1176 and be installed over impact-absorbing surfacing "
        "that meets BS EN 1177."
    )
    heading("SECTION E  -  DECLARATION")
    para(
        "I declare that the information given in this form is correct. Our organisation has a "
        "health and safety policy, and it will be responsible for the maintenance, inspection "
        "and insurance of the equipment once it is installed. I understand that the grant must "
        "be repaid if it is not spent on the project described."
    )
    dotted("Signed")
    dotted("Name (in capitals)")
    dotted("Position")
    dotted("Date")
    state["y"] -= 6
    para("FOR PARISH COUNCIL USE", 9, bold)
    para(
        "Received ..................   Minute no. ..................   Amount agreed "
        "£..................   Paid ..................",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    skelmorton()
    farrowgate()
    drayhurst()
    pebbleworth()
