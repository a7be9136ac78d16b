"""Build set 131's Word and PDF documents (typical grants for places of worship and faith
groups' community buildings: a district council's Faith Buildings Community Use Grant
application, a community foundation's Open Doors Fund application, a county council's fillable
Warm and Welcoming Faith Buildings grant form and a historic churches trust's Repair and
Community Use Grants guidance notes, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus131.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def ebbersley() -> None:
    d = kit.new_document(
        FIXED,
        "Faith Buildings Community Use Grant 2027/28: application form",
        "Ebbersley District Council",
    )
    p = d.add_paragraph
    d.add_heading("Ebbersley District Council", 0)
    p("Faith Buildings Community Use Grant 2027/28: application form")
    p(
        "This grant helps churches, chapels, mosques, gurdwaras, temples and other places of "
        "worship in Ebbersley District to open their buildings for community use. Grants are "
        "from £1,000 to £10,000 for work such as accessible toilets, kitchens, heating, "
        "community rooms and level access. The space you improve must be open to everyone in "
        "the community. We cannot fund worship, religious teaching or activities that promote "
        "a faith."
    )
    p(
        "We will fund up to 75% of the cost of the work. Your organisation must find at least "
        "25% of the cost from its own funds or from other funders."
    )
    p(
        "Please type or write in the boxes and keep to the word limits. Email the completed "
        "form and your documents to communitygrants@ebbersley.example.gov.uk, or post them to "
        "the address at the end of the form. The closing date is Friday 2 July 2027."
    )
    d.add_heading("Do you need this form in another format?", 2)
    p(
        "We can send this form in large print or as a plain text file. Call the Community "
        "Grants Officer, Hannah Okafor, on 01632 961 447."
    )
    d.add_heading("Section 1: About your organisation", 1)
    kit.details(
        d,
        [
            "Name of the place of worship",
            "Faith or denomination",
            "Name of the organisation applying (for example the parochial church council, "
            "trustees or management committee)",
            "Address of the building",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity number (or say if your church is an excepted charity)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Parochial church council   {BOX} Registered charity   "
                f"{BOX} Charitable incorporated organisation   {BOX} Unincorporated "
                f"association   {BOX} Other",
            ),
            (
                "Is the building listed?",
                f"{BOX} Grade I   {BOX} Grade II*   {BOX} Grade II   {BOX} Not listed",
            ),
            ("Is the building in a conservation area?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    p()
    d.add_heading("Section 2: How the building is used now", 1)
    kit.details(
        d,
        [
            "Number of hours each week the building is used by community groups now",
            "Number of community groups that use the building now",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 3: Your project", 1)
    kit.question(d, "3.1 Describe the work you want to do to the building. (maximum 250 words)")
    kit.question(
        d,
        "3.2 Which community groups and activities will use the improved space, and how "
        "often? (maximum 200 words)",
    )
    kit.question(
        d,
        "3.3 What evidence do you have that local people need this? Tell us who you have "
        "talked to. (maximum 200 words)",
    )
    kit.question(
        d,
        "3.4 How will you make sure the space is open and welcoming to everyone in the "
        "community, whatever their faith or none? (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "3.5 How will you look after the improvements and pay the running costs once the work "
        "is finished? (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "3.6 What will happen if you do not receive a grant? (maximum 100 words)",
        2000,
    )
    kit.question(
        d,
        "3.7 Is there anything else you would like to tell us about your application?",
        2000,
    )
    d.add_heading("Section 4: Costs", 1)
    p("Please list each part of the work and each item you want to buy.")
    kit.grid(d, ["Item or work", "Contractor or supplier", "Cost (£)"], 7)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested (£)",
            "Your organisation's own contribution (£)",
            "Other funding (£) and where it comes from",
        ],
        shade=True,
    )
    p()
    kit.pairs(d, [("Do the costs include VAT?", f"{BOX} Yes   {BOX} No")])
    p()
    d.add_heading("Section 5: Permissions", 1)
    kit.pairs(
        d,
        [
            (
                "Does the work need listed building consent or planning permission?",
                f"{BOX} Yes, granted   {BOX} Yes, applied for   {BOX} No",
            ),
            (
                "Church of England churches only: has a faculty or List B approval been given?",
                f"{BOX} Yes   {BOX} Applied for   {BOX} Not applicable",
            ),
        ],
    )
    p()
    d.add_heading("Section 6: Supporting documents", 1)
    p(
        "Please send the documents below with your form and tick each one you have enclosed. "
        "We cannot assess your application until we have them all."
    )
    kit.ticked(
        d,
        [
            "Your governing document, such as a constitution, trust deed or charity scheme",
            "Your latest annual accounts, signed by your treasurer or independent examiner",
            "The minutes of the meeting at which your trustees or parochial church council "
            "agreed to the project",
            "Two written quotes for the work",
            "Your safeguarding policy",
            "A copy of your public liability insurance certificate (cover of at least £5 million)",
            "If the building is listed, a copy of the listed building consent, or a letter or "
            "email from the conservation officer saying that consent is not needed",
            "If your church is in the Church of England, a copy of the faculty or the "
            "archdeacon's List B approval",
        ],
    )
    d.add_heading("Section 7: Declaration", 1)
    p("Please tick each statement to confirm it, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct, and I am authorised by the trustees or "
            "parochial church council to make this application.",
            "The improved space will be open to everyone in the community. The grant will not "
            "pay for worship, religious teaching or any activity that promotes a faith.",
            "Our organisation has an equal opportunities policy and a health and safety "
            "policy, and will follow them in running the space.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Community Grants, Ebbersley District Council, Council Offices, Church Street, "
        "Ebbersley EB4 2NW. Telephone 01632 961 447."
    )
    out = HERE / "ebbersley-faith-buildings-community-use-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def cransdale() -> None:
    from docx.shared import Pt

    d = kit.new_document(
        FIXED, "Open Doors Fund 2027: application form", "Cransdale Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def ask(n: str, text: str, limit: str, height: int = 3000) -> None:
        par = d.add_paragraph()
        par.add_run(f"{n}  {text}").bold = True
        lim = d.add_paragraph()
        run = lim.add_run(limit)
        run.italic = True
        run.font.size = Pt(10)
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        kit.row_height(t.rows[0], height)
        d.add_paragraph()

    d.add_heading("Cransdale Community Foundation", 0)
    p("Open Doors Fund 2027: application form")
    p(
        "The Open Doors Fund helps faith groups in Cransdale to make their buildings better "
        "places for the whole community to meet. We give grants of up to £5,000 to churches, "
        "mosques, gurdwaras, temples, synagogues and meeting houses for things like kitchens, "
        "heating, accessible toilets, community rooms and the equipment to run them."
    )
    p(
        "We do not ask for match funding, but please tell us about any other money you have "
        "raised or applied for. Activities in the space must be open to everyone; we cannot "
        "fund worship or activities that promote religion."
    )
    p(
        "Fill in every section and send the form, with your documents, to "
        "grants@cransdalecf.example.org.uk by 5pm on 30 September 2027. If you have any "
        "questions, call Marcus Webb on 01632 960 318."
    )
    d.add_heading("Section A: About your organisation", 1)
    t = d.add_table(rows=13, cols=2)
    t.style = "Table Grid"
    for r, label in zip(
        t.rows,
        [
            "A1  Name of organisation",
            "A2  Name of the place of worship (if different)",
            "A3  Faith community (for example Christian, Muslim, Sikh, Hindu, Jewish, Buddhist)",
            "A4  Address of the building",
            "A5  Postcode",
            "A6  Contact name",
            "A7  Role in the organisation",
            "A8  Telephone",
            "A9  Email",
            "A10  Registered charity number (if you have one)",
            "A11  Year the organisation was set up",
            "A12  Total income in your last financial year (£)",
            "A13  Who owns the building?",
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label)
        kit.row_height(r, 400)
    kit.set_cell(
        t.rows[12].cells[1],
        f"{BOX} We own it   {BOX} We lease it   {BOX} A diocese, trust or other body owns it",
    )
    p()
    d.add_heading("Section B: Your project", 1)
    ask("B1", "Tell us about your faith community and your building.", "No more than 200 words")
    ask("B2", "What do you want to do, and why is it needed?", "No more than 300 words")
    ask(
        "B3",
        "Who will use the space, and how will you let people know it is open to them? Please "
        "include groups from outside your own faith community.",
        "No more than 250 words",
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0], "B4  How many people will use the space in a typical week?", True
    )
    kit.row_height(t.rows[0], 420)
    p()
    ask(
        "B5",
        "What difference will the project make to people living in your area?",
        "No more than one side of A4",
        4200,
    )
    ask(
        "B6",
        "How will you manage bookings and keep the building safe for the people who use it?",
        "No more than 150 words",
        2400,
    )
    ask(
        "B7",
        "What will you do if we can only offer part of the amount you ask for?",
        "No more than 100 words",
        2000,
    )
    d.add_heading("Section C: Costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, label in zip(
        t.rows,
        [
            "Total cost of the project (£)",
            "Amount you are asking us for (£)",
            "Date you plan to start",
            "Date you expect to finish",
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.row_height(r, 400)
    p()
    p("Other funding raised or applied for:")
    kit.grid(d, ["Funder or source", "Amount (£)", "Secured or applied for?"], 3)
    d.add_heading("Section D: Supporting documents", 1)
    p("All applicants must send:")
    bullet("a copy of your constitution, trust deed or other governing document;")
    bullet(
        "your most recent annual accounts or, if your organisation is less than a year old, "
        "your last three months' bank statements;"
    )
    bullet(
        "a letter or a copy of the minutes showing that your trustees, management committee "
        "or parochial church council have agreed to the project;"
    )
    bullet("a quote for each item of work or equipment you are asking us to pay for.")
    p("Please also send, if it applies to you:")
    bullet(
        "if your building is listed: listed building consent for the work, or confirmation "
        "from the council that it is not needed;"
    )
    bullet(
        "if you lease the building or it belongs to another body: a copy of the lease, or a "
        "letter from the owner agreeing to the work;"
    )
    bullet(
        "if your project involves children, young people or adults at risk: your "
        "safeguarding policy."
    )
    d.add_heading("Section E: Declaration", 1)
    p(
        "We confirm that the information in this application is true. The space will be "
        "available to people of all faiths and none, and the grant will not be used for "
        "worship or to promote religion. Our organisation has an equality policy and holds "
        "public liability insurance of at least £5 million for the building. If the grant is "
        "not used for the project described, we will pay it back."
    )
    p("Two people must sign: the chair and another trustee or committee member.")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for c, h in zip(
        t.rows[0].cells, ["", "First signatory (chair)", "Second signatory"], strict=True
    ):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c)
    for r, label in zip(t.rows[1:], ["Signature", "Name", "Position", "Date"], strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.row_height(r, 420)
    p()
    p(
        "Cransdale Community Foundation, 12 Abbey Walk, Cransdale CR3 8LP. Registered charity "
        "number 1162093."
    )
    out = HERE / "cransdale-open-doors-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def holmbridge() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "holmbridge-warm-and-welcoming-faith-buildings-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Warm and Welcoming Faith Buildings Grant: application form")
    c.setAuthor("Holmbridge County Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#5B2A5E")

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

    def field(name: str, label: str, maxlen: int) -> None:
        lines = simpleSplit(label, "Helvetica", 10, 230)
        room(max(30, 12 * len(lines) + 10))
        c.setFont("Helvetica", 10)
        for i, line in enumerate(lines):
            c.drawString(50, state["y"] - 12 - 12 * i, line)
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
            maxlen=maxlen,
        )
        state["y"] -= max(28, 12 * len(lines) + 8)

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 100) -> None:
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
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 10)
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
    c.drawString(50, state["y"], "Holmbridge County Council")
    state["y"] -= 22
    txt("Warm and Welcoming Faith Buildings Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "This grant helps faith groups in Holmbridge to make their buildings warm, safe and "
        "comfortable places for community activities: warm spaces, lunch clubs, parent and "
        "toddler groups, youth clubs and advice sessions. We can pay for heating, insulation, "
        "secondary glazing, kitchens, accessible toilets and community room furniture. Grants "
        "are from £2,000 to £15,000."
    )
    state["y"] -= 4
    txt(
        "We can pay up to two-thirds of the cost of the project. You must find at least a third "
        "of the cost from your own funds or from other funders."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "faithbuildings@holmbridge.example.gov.uk by 31 October 2027. For help, ring the "
        "Communities Team on 01632 962 075."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("building", "Name of the place of worship", 100)
    field("faith", "Faith or denomination", 60)
    field("address", "Address of the building", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("role", "Role in the organisation", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Charity number (if registered)", 12)
    radios(
        "org_type",
        "Type of organisation",
        [
            "Registered charity",
            "Charitable incorporated organisation",
            "Excepted charity (for example a parochial church council)",
            "Unregistered group",
        ],
    )
    radios("listed", "Is the building listed?", ["Yes", "No", "Not sure"])
    bar("Part B: Your project")
    box(
        "b1",
        "B1 Describe your building and how it is used now. (up to 900 characters)",
        "B1 Describe your building and how it is used now",
        900,
        80,
    )
    box(
        "b2",
        "B2 Describe the improvements you want to make. (up to 1,500 characters)",
        "B2 Describe the improvements you want to make",
        1500,
        110,
    )
    box(
        "b3",
        "B3 Which groups will use the space, and on which days and times will it be open? "
        "(up to 1,200 characters)",
        "B3 Which groups will use the space, and when will it be open?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 How will you make sure that everyone feels welcome, whatever their faith or none? "
        "(up to 900 characters)",
        "B4 How will you make sure that everyone feels welcome?",
        900,
        80,
    )
    box(
        "b5",
        "B5 How will the improvements reduce your energy use or running costs? "
        "(up to 600 characters)",
        "B5 How will the improvements reduce your energy use or running costs?",
        600,
        60,
    )
    field("people", "How many people do you expect to use the space each week?", 6)
    box(
        "b6",
        "B6 Is there anything else you would like us to know?",
        "B6 Anything else you would like us to know",
        0,
        70,
    )
    bar("Part C: Costs and consent")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("own_funds", "Your own contribution (£)", 10)
    field("other_funds", "Other funding secured or applied for (£)", 10)
    radios(
        "agreed",
        "Have your trustees, parochial church council or management committee agreed to the "
        "project?",
        ["Yes", "No"],
    )
    field("meeting_date", "Date of the meeting at which they agreed", 10)
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_gov", "Your governing document (constitution, trust deed or scheme)")
    tick(
        "doc_accounts",
        "Your latest annual accounts (independently examined or audited if your income is over "
        "£25,000; otherwise signed by your treasurer)",
    )
    tick("doc_quotes", "Two quotes for the work (three if the work costs more than £10,000)")
    tick(
        "doc_energy",
        "If you are asking for heating or insulation: an energy survey or a heating "
        "engineer's report",
    )
    tick(
        "doc_lbc",
        "If the building is listed: listed building consent, or the conservation officer's "
        "confirmation that consent is not needed",
    )
    tick(
        "doc_faculty",
        "If your church needs one (for example Church of England churches): a faculty or "
        "diocesan approval for the work",
    )
    state["y"] -= 4
    txt(
        "Your organisation must hold public liability insurance with cover of at least "
        "£5 million. Please do not send the certificate now: if we offer you a grant, we will "
        "ask for a copy before we pay it."
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct. The space will be open to "
        "everyone, and the grant will not be used for worship or to promote any faith.",
    )
    tick(
        "safeguarding",
        "We have a safeguarding policy and will follow it for every activity held in the space.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Communities Team, Holmbridge County Council, County Hall, Castle Street, Holmbridge "
        "HB1 3QE. Telephone 01632 962 075.",
        9,
    )
    c.save()


def saltcote() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "saltcote-churches-trust-repair-and-community-use-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Repair and Community Use Grants: guidance notes")
    c.setAuthor("Saltcote Historic Churches and Chapels Trust")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Saltcote Historic Churches and Chapels Trust: guidance notes 2027")
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
        state["y"] -= 5

    def heading(t: str) -> None:
        room(44)
        state["y"] -= 6
        c.setFont(bold, 13)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def bullet(t: str) -> None:
        lines = simpleSplit(t, font, 11, w - 68 - 50)
        for i, line in enumerate(lines):
            room(15)
            c.setFont(font, 11)
            if i == 0:
                c.drawString(56, state["y"], "\u2022")
            c.drawString(68, state["y"], line)
            state["y"] -= 15
        state["y"] -= 2

    def table(rows: list[tuple[str, str]], widths: tuple[int, int]) -> None:
        for n, row in enumerate(rows):
            cells = [
                simpleSplit(t, bold if n == 0 else font, 10, wd - 8)
                for t, wd in zip(row, widths, strict=True)
            ]
            h = 13 * max(len(x) for x in cells) + 6
            room(h)
            x = 50
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - h, wd, h, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(bold if n == 0 else font, 10)
                    c.drawString(x + 4, state["y"] - 13 - 13 * i, line)
                x += wd
            state["y"] -= h
        state["y"] -= 12

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Saltcote Historic Churches and Chapels Trust")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(50, state["y"], "Repair and Community Use Grants 2027: guidance notes")
    state["y"] -= 28
    heading("1. About these grants")
    para(
        "The Trust helps congregations in Saltcote and the surrounding county to keep their "
        "historic places of worship in good repair and to open them for wider community use. "
        "We give grants of £5,000 to £40,000 towards urgent repairs to roofs, rainwater goods, "
        "windows and stonework, and towards facilities that let the building be used by the "
        "whole community, such as accessible toilets, kitchenettes and heating."
    )
    para(
        "We support buildings of every Christian denomination and of other faiths, as long as "
        "the building is at least 100 years old or is listed, and is open for worship."
    )
    heading("2. Who can apply")
    para("You can apply if you are:")
    bullet("the parochial church council of a Church of England parish;")
    bullet(
        "the trustees or church meeting of a Methodist, Baptist, United Reformed, Roman "
        "Catholic or other Christian congregation;"
    )
    bullet(
        "the trustees or management committee of a mosque, gurdwara, synagogue, temple or "
        "other place of worship that meets the age or listing rule above."
    )
    para(
        "We cannot fund buildings that are no longer used for worship, private chapels, or "
        "buildings owned by a national body which has its own repair fund for them."
    )
    heading("3. What we fund and what we do not")
    table(
        [
            ("We can fund", "We cannot fund"),
            (
                "Urgent repairs to roofs, gutters, downpipes and drains",
                "Routine maintenance, such as clearing gutters or redecoration",
            ),
            (
                "Repairs to windows and stonework, including stained glass",
                "New stained glass, bells, organs or clocks",
            ),
            (
                "Accessible toilets, level access and kitchenettes",
                "Works to the minister's house or a church school",
            ),
            (
                "Heating that makes the building usable in winter",
                "Work that has started before we make a decision",
            ),
            (
                "Professional fees, including your architect's, up to 15% of the works",
                "Costs of worship, religious teaching or evangelism",
            ),
        ],
        (247, 248),
    )
    heading("4. How much you can ask for")
    para(
        "Grants are from £5,000 to £40,000 and cover up to 50% of the eligible costs. You must "
        "raise at least half of the cost of the project from other sources: your own funds, "
        "local fundraising or other grants. We are happy to be one of several funders."
    )
    heading("5. Community use")
    para(
        "Every project we fund must help the building to be used by the wider community, not "
        "only by the congregation. After the work, the building must be open for community "
        "activities or visitors for at least 12 days a year, and activities for the community "
        "must be open to everyone, whatever their faith or none. Our grants cannot be used to "
        "promote religion."
    )
    para(
        "Your organisation must have a safeguarding policy and an equality and diversity "
        "policy. We do not need copies, but we may ask to see them."
    )
    heading("6. How to apply")
    para(
        "Download the application form from www.saltcotechurchestrust.example.org.uk/grants, "
        "or ask us for a paper copy. The form asks about your building, the work, how the "
        "building will be used by the community once it is done and how you will raise the "
        "rest of the money. Its main questions are:"
    )
    bullet("the condition of the building and why the work is urgent (up to 300 words);")
    bullet(
        "how the community uses the building now and will use it after the work (up to 300 words);"
    )
    bullet("how you will raise the rest of the money (up to 150 words).")
    para(
        "Please talk to our Grants Secretary, Canon Ruth Ellery, before you apply: ring "
        "01632 963 551 or email grants@saltcotechurchestrust.example.org.uk."
    )
    heading("7. Documents to send with your application")
    para("Every applicant must send these documents with the application form:")
    for t in [
        "1.  your governing document, or for a parochial church council a note that it is "
        "governed by the Parochial Church Council (Powers) Measure;",
        "2.  your latest annual report and accounts, which must be independently examined or "
        "audited;",
        "3.  your most recent quinquennial inspection report or a condition survey of the "
        "building by an architect or chartered surveyor;",
        "4.  at least two competitive tenders or quotes for the work;",
        "5.  photographs of the building and of the parts that need repair;",
        "6.  a copy of the minutes of the parochial church council or trustees' meeting at "
        "which the project was approved;",
        "7.  a letter of support from at least one community group that uses, or will use, "
        "the building.",
    ]:
        para(t, x=62)
    para("Please also send, if they apply to your project:")
    for t in [
        "8.  if your building is listed, a copy of the listed building consent for the work;",
        "9.  if you are a Church of England parish, the faculty for the work, or the "
        "archdeacon's written approval under List B;",
        "10. if the work will disturb the roof space, a bat survey or a letter from your "
        "ecologist.",
    ]:
        para(t, x=62)
    heading("8. Insurance")
    para(
        "The building must be insured for its full rebuilding cost, and your organisation must "
        "hold public liability insurance of at least £10 million. You do not need to send "
        "certificates with your application."
    )
    heading("9. How we decide")
    para("Trustees score every application against these criteria:")
    table(
        [
            ("Criterion", "Weighting"),
            ("How urgent the repairs are", "35%"),
            ("The heritage importance of the building", "20%"),
            ("Community use now and after the work", "30%"),
            ("How well the project is planned and funded", "15%"),
        ],
        (330, 165),
    )
    heading("10. Timetable")
    table(
        [
            ("Closing date", "Trustees meet"),
            ("31 January 2027", "March 2027"),
            ("31 May 2027", "July 2027"),
            ("30 September 2027", "November 2027"),
        ],
        (247, 248),
    )
    heading("11. Questions people often ask")
    para("Can we apply if the work has already started?", 11, bold)
    para("No. We cannot pay for work that starts before the trustees have made a decision.")
    para("Do we need an architect?", 11, bold)
    para(
        "For repairs to a listed building, yes: the work must be specified and overseen by an "
        "architect or surveyor with conservation experience."
    )
    para("Can we apply again?", 11, bold)
    para("Yes, but not for the same building within two years of a grant.")
    para("Does the community use have to be free?", 11, bold)
    para(
        "No. You can charge a fair hire fee, but it must be affordable for local groups and "
        "the space must be available to everyone."
    )
    para(
        "Saltcote Historic Churches and Chapels Trust, The Old Vicarage, Minster Lane, "
        "Saltcote SC2 5HA. Registered charity number 1043718.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    ebbersley()
    cransdale()
    holmbridge()
    saltcote()
