"""Build set 79's Word and PDF documents (typical rural and countryside community grants:
a rural community council's village grants, a district council's allotment and community
growing grants, a National Landscape's and a national park's Sustainable Development Funds,
written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus79.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _shade(cell, fill: str = "D9E2F3") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _details(d, rows: list[str], shade: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        if shade:
            _shade(r.cells[0])
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200, shade: bool = True) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    if shade:
        _shade(t.rows[0].cells[0])
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def _grid(d, headers: list[str], rows: int) -> None:
    t = d.add_table(rows=rows + 1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers, strict=True):
        kit.set_cell(c, h, bold=True)
        _shade(c)
    for r in t.rows[1:]:
        kit.row_height(r, 380)
    d.add_paragraph()


def _ticks(d, label: str, options: list[str]) -> None:
    """A shaded label row over a row of tick boxes (one choice group)."""
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], label, bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(t.rows[1].cells[0], "    ".join(f"{BOX} {o}" for o in options))
    d.add_paragraph()


def hollinsdale() -> None:
    d = kit.new_document(
        FIXED,
        "Village Grants Scheme: application form",
        "Hollinsdale Rural Community Council",
    )
    p = d.add_paragraph
    d.add_heading("Hollinsdale Rural Community Council", 0)
    d.add_heading("Village Grants Scheme 2027: application form", 1)
    p(
        "The Village Grants Scheme offers small grants of £100 to £1,500 to voluntary and "
        "community groups in the villages and market towns of Hollinsdale with fewer than "
        "10,000 people. Grants can help with equipment, village events, improvements to "
        "village halls and community spaces, and new activities that bring people together."
    )
    p(
        "Please read the scheme guidance before you fill in this form. Type or write clearly in "
        "black ink; the boxes will expand if you are filling the form in on a computer. If you "
        "would like help with your application, please call Sue Armitage, Community Development "
        "Officer, on 01632 960 418 or email villagegrants@hollinsdalercc.example.org.uk."
    )
    d.add_heading("Section 1: About your group", 2)
    _details(
        d,
        [
            "Name of group",
            "Contact name",
            "Position in group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    p()
    _ticks(
        d,
        "Type of group (tick one)",
        [
            "Village hall committee",
            "Community group or club",
            "Registered charity",
            "Parish or town council",
            "Other",
        ],
    )
    _details(d, ["Village or parish where your project will take place"], shade=True)
    d.add_heading("Section 2: About your project", 2)
    _details(d, ["2.1 Project title"], shade=True)
    p()
    _question(d, "2.2 Describe your project and what the grant will be used for. (max 250 words)")
    _question(d, "2.3 Who in the village will benefit, and how? (max 200 words)")
    _question(
        d,
        "2.4 How have local people been involved in planning the project? (max 150 words)",
        2600,
    )
    _question(
        d,
        "2.5 If your project includes equipment or work on land or buildings, how will it be "
        "looked after and maintained once the grant has been spent? (max 100 words)",
        2200,
    )
    _details(d, ["2.6 When do you plan to start the project?"], shade=True)
    d.add_heading("Section 3: Costs", 2)
    p(
        "Please list what you will spend the grant on. Give one quote for each item costing "
        "more than £250."
    )
    _grid(d, ["Item", "Cost (£)", "Quote enclosed? (Y/N)"], 5)
    _details(
        d,
        [
            "3.1 Total cost of the project (£)",
            "3.2 Amount you are asking for (£)",
            f"3.3 Have you asked anyone else for funding for this project?   {BOX} Yes   {BOX} No",
        ],
        shade=True,
    )
    p()
    p(
        "The Village Grants Scheme can pay up to 75% of the cost of your project. You will need "
        "to find at least 25% of the total cost from other sources, such as your own funds, "
        "fundraising events, other grants or the parish council."
    )
    d.add_heading("Section 4: What you need to send", 2)
    p("Please tick each document you are sending with this form.")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Tick", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    docs = [
        "A copy of your constitution or set of rules",
        "Your most recent annual accounts or, if you do not have accounts, an income and "
        "expenditure statement for the last year signed by two officers of the group",
        "A recent bank statement (within the last three months) in the group's name",
        "One quote for each item costing more than £250",
        "If your project will take place on land or in a building your group does not own: "
        "a letter or email from the landowner giving permission for the project",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Section 5: Declaration", 2)
    p(
        "I confirm that the information on this form is correct, that the group holds public "
        "liability insurance with cover of at least £2 million, and that the grant will be "
        "spent only on the project described. I understand that Hollinsdale Rural Community "
        "Council may ask for the grant to be repaid if it is not spent as agreed, and that we "
        "will send a short report with receipts within three months of finishing the project."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Please return the form to: Village Grants, Hollinsdale Rural Community Council, "
        "The Old School, Church Lane, Hollinsdale HD8 4QT, or email it to "
        "villagegrants@hollinsdalercc.example.org.uk. Panels meet in March, June, September "
        "and December."
    )
    p("Hollinsdale Rural Community Council is a registered charity, number 1180000.")
    out = HERE / "hollinsdale-village-grants-scheme-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def cranmere() -> None:
    d = kit.new_document(
        FIXED,
        "Allotments and Community Growing Grants: application form",
        "Cranmere District Council",
    )
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Cranmere District Council", 0)
    d.add_heading("Allotments and Community Growing Grants 2027 to 2028", 1)
    p("Application form")
    p(
        "These grants of up to £2,000 help allotment associations, community gardens, school "
        "and village growing groups in the district to improve their sites and get more people "
        "growing their own food. We can fund tools and equipment, sheds and polytunnels, water "
        "harvesting, raised and accessible beds, fencing, composting, and training for new "
        "growers. We do not ask for match funding, but tell us about any other money or help "
        "you have for the project."
    )
    p(
        "Please answer every question and keep to the word limits. Use the boxes provided; "
        "do not send extra sheets unless we ask for them."
    )
    d.add_heading("Part A: Your group", 2)
    _details(
        d,
        [
            "Name of group",
            "Address for correspondence",
            "Postcode",
            "Contact name",
            "Role in group",
            "Telephone",
            "Email",
            f"Is your group constituted (does it have a written set of rules)?   {BOX} Yes   "
            f"{BOX} No",
        ],
    )
    d.add_heading("Part B: Your project", 2)
    _details(
        d,
        [
            "B1 Name and address of the growing site",
            "B2 Who owns the site? (name of landowner, for example the parish council)",
        ],
    )
    p()
    for text in [
        "B3 What do you want to do, and what will the grant pay for? (no more than 300 words)",
        "B4 How will the project encourage more local people to grow their own food, or make "
        "the site easier for everyone to use? (no more than 200 words)",
        "B5 Who will look after the site, equipment or structures once the project is "
        "finished, and how will you pay for ongoing maintenance? (no more than 150 words)",
        "B6 How will your project be good for wildlife and the environment (for example "
        "saving water, composting or peat-free growing)? (no more than 150 words)",
    ]:
        p(text).runs[0].bold = True
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        kit.row_height(t.rows[0], 3000)
        p()
    d.add_heading("Part C: Costs", 2)
    _details(
        d,
        [
            "C1 Total cost of the project (£)",
            "C2 Amount of grant requested (£)",
            "C3 Other money or help in kind for the project (£)",
        ],
    )
    p()
    p("C4 Breakdown of costs").runs[0].bold = True
    _grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    d.add_heading("Part D: Supporting documents", 2)
    p("Please enclose:")
    b("a copy of your constitution or rules;")
    b(
        "your latest annual accounts or, if your group is less than a year old, your bank "
        "statements for the last three months;"
    )
    b(
        "written permission from the landowner for the work you want to do (a letter or email "
        "from the owner or the allotment site's managing body);"
    )
    b(
        "a copy of your public liability insurance certificate. Your group must have cover of "
        "at least £5 million;"
    )
    b("two written quotes for any single item costing more than £500;")
    b("if your project involves children or adults at risk, a copy of your safeguarding policy.")
    d.add_heading("Part E: Declaration", 2)
    p(
        "I confirm that the information in this application is true and that I am authorised "
        "to apply on behalf of the group. I understand that the Council may ask for the grant "
        "to be repaid if it is not used for the project described."
    )
    _details(d, ["Signed", "Name", "Position", "Date"])
    p()
    p(
        "Send your completed form and documents to: Parks and Open Spaces, Cranmere District "
        "Council, Civic Centre, Abbey Street, Cranmere CM5 2RE, or email "
        "growinggrants@cranmere.example.gov.uk. The closing date is 31 January 2027."
    )
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Office use only", bold=True)
    kit.set_cell(t.rows[1].cells[0], "Reference")
    kit.set_cell(t.rows[1].cells[1], "Date received")
    out = HERE / "cranmere-allotments-and-community-growing-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wealdbury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wealdbury-hills-sustainable-development-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Wealdbury Hills National Landscape Sustainable Development Fund: application form")
    c.setAuthor("Wealdbury Hills National Landscape Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#385723")

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
    c.drawString(50, state["y"], "Wealdbury Hills National Landscape")
    state["y"] -= 22
    txt("Sustainable Development Fund: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Sustainable Development Fund (SDF) gives grants of £500 to £10,000 to community "
        "groups, parish councils, charities and small rural businesses for projects that "
        "conserve and enhance the natural beauty of the Wealdbury Hills National Landscape "
        "and support the people who live and work in it. Projects must take place in the "
        "National Landscape or directly benefit it."
    )
    state["y"] -= 4
    txt(
        "The SDF will fund no more than half of your project. You must find at least 50% of "
        "the total cost from other sources; volunteer time and donated materials can count "
        "towards this. Please read the SDF guidance and talk to the SDF officer before you "
        "apply: sdf@wealdburyhills.example.org.uk or 01632 960 655."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. The answer boxes stop at the character limit "
        "shown, including spaces."
    )
    bar("Section 1: Applicant details")
    field("org_name", "Name of organisation")
    field("contact_name", "Contact name")
    field("position", "Position in organisation")
    field("address", "Address")
    field("postcode", "Postcode", 8)
    field("telephone", "Telephone", 15)
    field("email", "Email")
    radios(
        "org_type",
        "Type of organisation",
        ["Community group", "Charity", "Parish council", "Rural business", "Other"],
    )
    bar("Section 2: Your project")
    field("project_title", "Project title")
    field("location", "Project location (address or grid reference)")
    radios(
        "landowner_permission",
        "Do you have the landowner's permission for the project?",
        ["Yes", "No", "Not applicable (we own the land)"],
    )
    box(
        "q1_project",
        "1. Describe your project and what the grant will pay for (up to 2,000 characters)",
        "Describe your project and what the grant will pay for",
        2000,
        170,
    )
    box(
        "q2_landscape",
        "2. How will your project conserve or enhance the natural beauty of the Wealdbury "
        "Hills National Landscape? (up to 1,500 characters)",
        "How will your project conserve or enhance the natural beauty of the National Landscape?",
        1500,
    )
    box(
        "q3_community",
        "3. How will the project benefit local communities, businesses or visitors? (up to "
        "1,500 characters)",
        "How will the project benefit local communities, businesses or visitors?",
        1500,
    )
    box(
        "q4_maintenance",
        "4. How will the project continue, and any site, structure or equipment be "
        "maintained, once the grant has been spent? (up to 1,000 characters)",
        "How will the project continue and be maintained once the grant has been spent?",
        1000,
        110,
    )
    field("start_date", "Start date", 10)
    field("end_date", "Finish date", 10)
    bar("Section 3: Funding")
    field("total_cost", "Total project cost (£)", 10)
    field("grant_requested", "Grant requested from the SDF (£)", 10)
    field("match_funding", "Match funding, including in-kind (£)", 10)
    bar("Section 4: Supporting documents")
    txt("Please tick to show which documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_governing", "Constitution, set of rules or other governing document")
    tick(
        "doc_accounts",
        "Latest annual accounts (if your income is under £25,000, accounts signed by your "
        "treasurer are fine)",
    )
    tick("doc_quotes", "A quote or estimate for each main item of spending")
    tick(
        "doc_landowner",
        "If the project is on land you do not own: written permission from the landowner",
    )
    tick(
        "doc_planning",
        "If your project needs planning permission: a copy of the planning consent",
    )
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this application is correct, that I am authorised "
        "to apply on behalf of the organisation, and that the grant will be used only for the "
        "project described.",
    )
    field("signature", "Signature (type your name)")
    field("print_name", "Name in capitals")
    field("sign_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Email the completed form and documents to sdf@wealdburyhills.example.org.uk. The SDF "
        "panel meets four times a year; we will tell you the date of the next panel when you "
        "contact us.",
        9,
    )
    c.save()


def kelderdale() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kelderdale-national-park-sustainable-development-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Sustainable Development Fund: guidance notes for applicants 2027 to 2028")
    c.setAuthor("Kelderdale National Park Authority")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Kelderdale National Park Authority - Sustainable Development Fund - guidance notes "
            f"2027 to 2028 - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 5

    def head(t: str) -> None:
        room(50)
        state["y"] -= 8
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 90 - 72)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(78, state["y"], "\u2022")
            c.drawString(90, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    def table(rows: list[tuple[str, str, str]], widths: tuple[int, int, int]) -> None:
        for n, row in enumerate(rows):
            font = "Helvetica-Bold" if n == 0 else "Helvetica"
            cells = [simpleSplit(t, font, 9.5, wd - 8) for t, wd in zip(row, widths, strict=False)]
            need = 13 * max(len(x) for x in cells) + 6
            room(need)
            x = 72
            for lines, wd in zip(cells, widths, strict=False):
                c.rect(x, state["y"] - need + 10, wd, need, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(font, 9.5)
                    c.drawString(x + 4, state["y"] - 13 * i, line)
                x += wd
            state["y"] -= need
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Kelderdale National Park Authority")
    state["y"] -= 30
    para("Sustainable Development Fund", 15, "Helvetica-Bold")
    para("Guidance notes for applicants, 2027 to 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. About the fund")
    para(
        "The Sustainable Development Fund (SDF) supports projects that help Kelderdale "
        "National Park's communities to thrive while caring for the special qualities of the "
        "National Park: its landscape, wildlife, cultural heritage and the chance for everyone "
        "to enjoy it. The fund is paid for by the Authority's grant from government and has "
        "about £120,000 to award each year."
    )
    para(
        "These notes explain who can apply, what we can fund and what you need to send with "
        "your application. Please read them in full before you contact us."
    )
    head("2. What we want to fund")
    para("Projects should do at least one of the following:")
    bullet("conserve or enhance the landscape, wildlife or cultural heritage of the National Park;")
    bullet(
        "help local people and visitors to understand and enjoy the National Park, "
        "particularly people who do not usually visit;"
    )
    bullet(
        "strengthen rural communities, for example by keeping village services going, "
        "creating community food growing spaces or improving rural transport;"
    )
    bullet("reduce carbon emissions or help communities adapt to a changing climate;")
    bullet("support the local rural economy in ways that respect the National Park.")
    para(
        "We give priority to projects that involve local people and volunteers, that can "
        "show they are wanted locally, and that will go on benefiting the area after the "
        "grant has been spent."
    )
    head("3. Who can apply")
    bullet("community and voluntary groups with a constitution or set of rules;")
    bullet("registered charities, charitable incorporated organisations and trusts;")
    bullet("parish and town councils and parish meetings;")
    bullet("community interest companies and community benefit societies;")
    bullet("small rural businesses, where the project brings a wider public benefit.")
    para(
        "Projects must take place inside the National Park or, if just outside it, clearly "
        "benefit the National Park and its communities. We cannot give grants to individuals."
    )
    head("4. How much you can apply for")
    table(
        [
            ("Type of grant", "Amount", "Who decides"),
            (
                "Small grant",
                "£500 to £5,000",
                "SDF officer and Head of Communities, usually within six weeks",
            ),
            (
                "Large grant",
                "£5,001 to £25,000",
                "SDF grants panel of Authority members and community representatives, "
                "which meets in February, June and October",
            ),
        ],
        (130, 120, 201),
    )
    head("5. Match funding")
    para(
        "You must find at least 25% of the total cost of your project from other sources. "
        "This can be your own money, other grants, sponsorship or in-kind support. Volunteer "
        "time can be counted at £15 an hour and professional time given free at the "
        "professional's normal rate, up to half of your 25%."
    )
    head("6. What we cannot fund")
    bullet("projects that have already started, or costs you have already paid;")
    bullet("work that is a legal requirement or the job of a public body;")
    bullet("general running costs of an organisation not linked to the project;")
    bullet("projects that mainly benefit one person or one business;")
    bullet("buying land or buildings;")
    bullet("VAT that your organisation can reclaim.")
    head("7. Looking after what the grant pays for")
    para(
        "Many SDF projects create something that needs care for years afterwards: a "
        "restored pond or hedge, a path, a community orchard, interpretation boards or a "
        "building improvement. The application form asks how you will maintain what the "
        "project creates and who will pay for this. Projects with no clear plan for future "
        "care are unlikely to be funded."
    )
    head("8. Land and permissions")
    para(
        "If your project takes place on land or in a building that your organisation does "
        "not own, the owner must agree to it in writing before we can make a grant. Some "
        "projects also need planning permission, listed building consent, or consent from "
        "Natural England for work on a Site of Special Scientific Interest (SSSI). Our "
        "planning team can tell you whether you need permission; please ask early, as it can "
        "take several months."
    )
    head("9. What you need to send")
    para("Every applicant must send the following with the application form:")
    bullet("a copy of your constitution, set of rules or other governing document;")
    bullet(
        "your most recent annual accounts or, if your organisation is less than a year old, "
        "your bank statements for the last three months;"
    )
    bullet(
        "a project budget showing each item of spending and where all of the money, "
        "including your match funding, is coming from."
    )
    para("Some applicants must also send:")
    bullet(
        "for large grants (over £5,000): two written quotes for each item of equipment or "
        "work costing more than £1,000;"
    )
    bullet(
        "if the project is on land or in a building you do not own: the owner's written "
        "permission for the project;"
    )
    bullet(
        "if the project needs planning permission or another consent: a copy of the consent, "
        "or evidence that you have applied for it;"
    )
    bullet(
        "if your project involves working with children or adults at risk: your "
        "safeguarding policy."
    )
    head("10. Insurance")
    para(
        "All applicants must hold public liability insurance with cover of at least "
        "£5 million for the project. You do not need to send your certificate with the "
        "application, but we may ask to see it before we pay the grant."
    )
    head("11. How to apply")
    para(
        "Contact the SDF officer first to talk about your idea. If your project fits the "
        "fund, we will send you the application form. The form asks about your organisation, "
        "your project and what it will achieve, how local people have been involved, how "
        "the project will be looked after in future, and the costs. Email the completed form "
        "and your documents to sdf@kelderdale-npa.example.gov.uk."
    )
    head("12. If you are offered a grant")
    para(
        "You will receive an offer letter setting out the conditions of the grant, which you "
        "must sign and return before you start. We usually pay grants in arrears, against "
        "receipts, although we can pay up to half in advance to small groups. You must "
        "acknowledge the National Park Authority's support in publicity and on any "
        "signs, and send us a short end-of-project report with photographs."
    )
    head("13. Contact us")
    para(
        "SDF Officer, Kelderdale National Park Authority, Fellgate House, Kelderdale KD3 7NE. "
        "Telephone 01632 960 813. Email sdf@kelderdale-npa.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    hollinsdale()
    cranmere()
    wealdbury()
    kelderdale()
