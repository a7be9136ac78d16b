"""Build set 151's Word and PDF documents (typical footpaths, rights of way and parish paths
partnership grants: a county council's Parish Paths Partnership grant application, a
countryside trust's Path Volunteers Small Grants application, a county council's Rights of
Way Small Grants form and a county council's Parish Paths Partnership guidance notes, written
to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus151.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def _ticked3(d, docs: list[tuple[str, str]]) -> None:
    """A documents table: Document / Who must send it / Enclosed (tick column)."""
    t = d.add_table(rows=len(docs) + 1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Document", "Who must send it", "Enclosed"], strict=True):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c)
    for r, (doc, who) in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], doc)
        kit.set_cell(r.cells[1], who)
        kit.set_cell(r.cells[2], BOX)
    d.add_paragraph()


def hobthorpe() -> None:
    d = kit.new_document(
        FIXED,
        "Parish Paths Partnership (P3) grant 2027/28: application form",
        "Hobthorpe County Council",
    )
    p = d.add_paragraph
    d.add_heading("Hobthorpe County Council", 0)
    p("Public Rights of Way Service")
    p("Parish Paths Partnership (P3) grant 2027/28: application form")
    p(
        "The Parish Paths Partnership (P3) helps parish and town councils and local volunteer "
        "groups to look after the public footpaths, bridleways and byways in their parish. "
        "Members of the partnership carry out simple tasks agreed with the County Council as "
        "highway authority: surveying paths, clearing vegetation, putting up waymarks, and "
        "repairing or replacing stiles and gates with the landowner's permission. The P3 grant "
        "pays for tools, materials, protective clothing, training and volunteers' expenses. "
        "Grants are up to £2,000 for the year."
    )
    p(
        "The County Council will pay up to 80% of the cost of your year's work. The parish "
        "council or group must find at least 20% of the cost itself, for example from the "
        "parish precept, fundraising or another grant."
    )
    p(
        "Please type your answers in the boxes, which will grow as you write, and keep to the "
        "word limits. Email the completed form and your documents to "
        "p3@hobthorpe.example.gov.uk by Friday 30 April 2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "If you would like to talk about your work programme before you apply, ring Martin "
        "Greaves, Countryside Access Officer, on 01632 960 518. Do you need this form in large "
        "print or another format? Ring the same number and we will send it to you."
    )
    d.add_heading("Section 1: About you", 1)
    kit.details(
        d,
        [
            "Name of parish council or group",
            "Address",
            "Postcode",
            "Name of P3 co-ordinator",
            "Position (for example clerk or chair)",
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
                "Type of applicant",
                f"{BOX} Parish council   {BOX} Town council   {BOX} Parish meeting   "
                f"{BOX} Volunteer path group   {BOX} Other",
            ),
            ("Have you had a P3 grant before?", f"{BOX} Yes   {BOX} No"),
            ("Number of active volunteers", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your paths and this year's work", 1)
    kit.question(
        d,
        "2.1 Tell us about the public rights of way in your parish and the work you plan to do "
        "this year. (maximum 300 words)",
    )
    kit.question(
        d,
        "2.2 How will you recruit, train and supervise your volunteers? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.3 How will you make sure the work is done safely, and who will check your tools and "
        "equipment? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.4 How will you work with landowners and farmers in the parish? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 How will you record the work you do and report faults to the County Council? "
        "(maximum 150 words)",
        2000,
    )
    kit.pairs(
        d,
        [
            ("Length of public rights of way in the parish (km)", ""),
            ("Number of stiles you plan to replace with gates this year", ""),
        ],
    )
    p()
    p("Please list the paths you plan to work on this year.")
    kit.grid(d, ["Path number", "Work planned", "Month"], 6)
    kit.question(d, "2.6 Is there anything else you would like to tell us?", 1600)
    d.add_heading("Section 3: Costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of this year's work (£)", ""),
            ("Grant requested (£)", ""),
            ("Your contribution (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    _ticked3(
        d,
        [
            ("A map of the parish with the paths you will look after marked on it", "Everyone"),
            (
                "Your risk assessment for the tasks you will do and the tools you will use",
                "Everyone",
            ),
            (
                "Your public liability insurance certificate, showing cover of at least £5 million",
                "Everyone",
            ),
            (
                "Your latest annual accounts, signed by your treasurer or Responsible Financial "
                "Officer. A group less than a year old can send its last three months' bank "
                "statements instead",
                "Everyone",
            ),
            ("Your constitution or set of rules", "Volunteer groups (not parish or town councils)"),
            (
                "The landowner's written agreement to each new gate or replacement stile",
                "If you will put in a gate or replace a stile",
            ),
            ("Your safeguarding policy", "If volunteers under 18 will take part"),
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised to make this application.",
            "Our volunteers will follow our health and safety policy and the County Council's "
            "P3 Volunteer Code, and will only use tools they have been trained to use.",
            "We will send the County Council a record of the work done (the P3 annual return) "
            "by 31 March 2028.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Public Rights of Way Service, Hobthorpe County Council, County Hall, Castle Street, "
        "Hobthorpe HB1 2RW. Telephone 01632 960 518."
    )
    out = HERE / "hobthorpe-parish-paths-partnership-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def garsdon() -> None:
    d = kit.new_document(
        FIXED,
        "Path Volunteers Small Grants: application form",
        "Garsdon Vale Countryside Trust",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Garsdon Vale Countryside Trust", 0)
    p("Path Volunteers Small Grants: application form")
    p(
        "Our small grants of £250 to £3,000 help volunteer groups, walking and riding clubs and "
        "parish councils to improve footpaths and bridleways in the Garsdon Vale: replacing "
        "stiles with gates, building steps and boardwalks, clearing overgrown paths, putting up "
        "waymarks and making paths easier to use for people with limited mobility."
    )
    p(
        "Before you apply, talk to the landowner and to the Rights of Way team at Garsdonshire "
        "County Council, which must agree any work on a public right of way before it starts. "
        "We will check with the County Council before we make a grant."
    )
    p(
        "Please fill in this form on a computer if you can, and send it with your documents to "
        "grants@garsdonvaletrust.example.org.uk. We look at applications four times a year; the "
        "next closing dates are 31 May and 31 August 2027."
    )
    d.add_heading("Part 1: Your group", 1)
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    rows = [
        ("Name of group", "Charity or registration number"),
        ("Contact name", "Role in the group"),
        ("Address", "Postcode"),
        ("Telephone", "Email"),
        ("Year the group was formed", "Number of members"),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.shade_cell(r.cells[0])
        kit.set_cell(r.cells[2], b, bold=True)
        kit.shade_cell(r.cells[2])
        kit.row_height(r, 480)
    p()
    d.add_heading("Part 2: Your project", 1)
    p("Please answer each question in the box below it. The boxes will expand as you type.")
    for n, text, words, h in [
        (
            1,
            "What is the project? Describe the paths or structures you will work on and what "
            "you will do.",
            250,
            3200,
        ),
        (
            2,
            "Why is the work needed? Tell us how the paths are used now and what problems "
            "walkers, riders or people with limited mobility face.",
            250,
            3200,
        ),
        (
            3,
            "How have you involved the landowners, the parish council and the County Council's "
            "Rights of Way team?",
            200,
            2600,
        ),
        (4, "How will your volunteers be trained and kept safe?", 150, 2200),
        (
            5,
            "How will you keep a record of the work and show us what has been achieved?",
            100,
            1800,
        ),
    ]:
        kit.question(d, f"Question {n}\n{text} ({words} words maximum)", h)
    d.add_heading("Part 3: Costs", 1)
    p("Please give a breakdown of the costs of the project.")
    kit.grid(d, ["Item", "Cost (£)"], 7)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Amount requested from the Trust (£)", ""),
            ("Other funding for this project (£)", ""),
        ],
    )
    p()
    d.add_heading("Part 4: What to send with your application", 1)
    p("Please send with your application:")
    bullet("a copy of your constitution or governing document;")
    bullet(
        "your most recent annual accounts or, if you have been running for less than a year, a "
        "statement of your income and spending so far signed by your treasurer;"
    )
    bullet(
        "a copy of your public liability insurance certificate. We need cover of at least "
        "£5 million;"
    )
    bullet(
        "your health and safety policy and the risk assessments for the tasks your volunteers "
        "will do."
    )
    p("You may also need to send:")
    bullet("a letter from each landowner agreeing to the work, if the work is on private land;")
    bullet("your safeguarding policy, if children or vulnerable adults volunteer with you;")
    bullet("quotes for any single item costing over £1,000.")
    p(
        "We will keep the information you give us in line with our privacy notice, which is "
        "on our website."
    )
    d.add_heading("Part 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct, that I am authorised "
        "to apply on behalf of the group, and that the grant will be spent only on the project "
        "described. I understand that the Trust may ask for the grant back if it is not used "
        "for this project, and that we must send a short report with photographs within two "
        "months of finishing the work."
    )
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for r, (a, b) in zip(t.rows, [("Signed", "Date"), ("Name", "Position")], strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.shade_cell(r.cells[0])
        kit.set_cell(r.cells[2], b, bold=True)
        kit.shade_cell(r.cells[2])
        kit.row_height(r, 520)
    p()
    p(
        "Garsdon Vale Countryside Trust, The Old Forge, Mill Lane, Garsdon GV4 8TB. Telephone "
        "01632 961 803. Registered charity number 1169543."
    )
    out = HERE / "garsdon-vale-path-volunteers-small-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pillington() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pillington-rights-of-way-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Rights of Way Small Grants 2027: application form")
    c.setAuthor("Pillington County Council")
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
    c.drawString(50, state["y"], "Pillington County Council")
    state["y"] -= 20
    txt("Countryside and Rights of Way", 11, "Helvetica")
    state["y"] -= 2
    txt("Rights of Way Small Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Rights of Way Small Grants help parish councils, volunteer path groups and walking and "
        "riding groups to improve public footpaths and bridleways in Pillington: replacing "
        "stiles with gates, waymarking, surfacing muddy sections, and building small bridges, "
        "steps and boardwalks. Grants are from £300 to £3,000 for one piece of work."
    )
    state["y"] -= 4
    txt(
        "Grants cover up to 90% of the cost of the work. Your group must find at least 10% of "
        "the cost itself, in money or from another funder."
    )
    state["y"] -= 4
    txt(
        "All work on a public right of way must be agreed with the Council's Rights of Way team "
        "before it starts, and must have the landowner's permission. You can fill in this form "
        "on screen. Save it and email it, with your documents, to "
        "rowgrants@pillington.example.gov.uk. For help, ring Sophie Marland, Rights of Way "
        "Volunteer Officer, on 01632 962 744."
    )
    bar("Part A: About your group")
    field("group_name", "Name of group or parish council", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("role", "Role in the group", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Type of group",
        [
            "Parish or town council",
            "Volunteer path group",
            "Walking group",
            "Riding or carriage driving group",
            "Other",
        ],
    )
    radios("constituted", "Does your group have a written constitution?", ["Yes", "No"])
    bar("Part B: The work")
    field("parish", "Parish where the work will take place", 60)
    field("path_no", "Path number(s) from the definitive map", 60)
    field("grid_ref", "Grid reference of the site", 14)
    radios(
        "work_type",
        "Type of work",
        [
            "Stile to gate",
            "Waymarking",
            "Surfacing",
            "Bridge, steps or boardwalk",
            "Vegetation clearance",
            "Other",
        ],
    )
    box(
        "b1",
        "B1 Describe the work you want to do and why it is needed. (up to 2,000 characters)",
        "B1 Describe the work you want to do and why it is needed.",
        2000,
        150,
    )
    box(
        "b2",
        "B2 Who will benefit from the work, and how many people use the path? (up to 1,000 "
        "characters)",
        "B2 Who will benefit from the work, and how many people use the path?",
        1000,
        90,
    )
    box(
        "b3",
        "B3 How will the work be done, and who will do it: volunteers, a contractor or both? "
        "(up to 1,200 characters)",
        "B3 How will the work be done, and who will do it?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 Who will look after the path and any new structures once the work is finished? "
        "(up to 600 characters)",
        "B4 Who will look after the path and any new structures once the work is finished?",
        600,
        60,
    )
    box(
        "b5",
        "B5 Tell us anything else that supports your application (optional).",
        "B5 Tell us anything else that supports your application.",
        0,
        80,
    )
    field("volunteers", "Number of volunteers who will help", 5)
    field("start", "Date the work will start", 10)
    field("finish", "Date the work will be finished", 10)
    bar("Part C: Permissions")
    radios(
        "landowner",
        "Has the landowner agreed to the work in writing?",
        ["Yes", "No", "Not needed: the land is owned by the Council"],
    )
    radios(
        "row_team",
        "Has the Council's Rights of Way team agreed the work?",
        ["Yes", "Not yet"],
    )
    bar("Part D: Costs")
    field("cost_total", "Total cost of the work (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("own", "Amount your group will pay (£)", 10)
    field("other_funding", "Other funding secured (£)", 10)
    bar("Part E: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_consent", "The landowner's signed consent form (the form is on our website)")
    tick("doc_quotes", "Two quotes for the materials or the contractor's work")
    tick("doc_map", "A map showing the path and where the work will be")
    tick("doc_photos", "Photographs of the path or structure as it is now")
    tick(
        "doc_insurance",
        "Your group's public liability insurance certificate, showing cover of at least £5 million",
    )
    tick("doc_bank", "Your group's most recent bank statement (we do not need your accounts)")
    tick(
        "doc_contractor",
        "If a contractor will do the work, the contractor's public liability insurance certificate",
    )
    tick(
        "doc_constitution",
        "If you are not a parish or town council, your constitution or set of rules",
    )
    bar("Part F: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on the work described, that our group has a health and safety policy, and that "
        "we will carry out a risk assessment before the work starts.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Countryside and Rights of Way, Pillington County Council, Shire Hall, Bridge Street, "
        "Pillington PL2 6HE. Telephone 01632 962 744.",
        9,
    )
    c.save()


def ravensgill() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ravensgill-parish-paths-partnership-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Parish Paths Partnership 2027/28: guidance notes")
    c.setAuthor("Ravensgill County Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Ravensgill County Council: Parish Paths Partnership guidance 2027/28")
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

    def heading(t: str, size: float = 12) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, size)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def item(mark: str, t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 70 - 50)
        for i, line in enumerate(lines):
            room(14)
            c.setFont(font, 10)
            if i == 0:
                c.drawString(54, state["y"], mark)
            c.drawString(70, state["y"], line)
            state["y"] -= 14
        state["y"] -= 3

    def table(rows: list[tuple[str, str]], widths: tuple[int, int] = (345, 150)) -> None:
        for n, row in enumerate(rows):
            f = bold if n == 0 else font
            cells = [simpleSplit(t, f, 10, wd - 8) for t, wd in zip(row, widths, strict=True)]
            height = 14 * max(len(x) for x in cells) + 6
            room(height)
            x = 50
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - height, wd, height, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(f, 10)
                    c.drawString(x + 4, state["y"] - 13 - 14 * i, line)
                x += wd
            state["y"] -= height
        state["y"] -= 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Ravensgill County Council")
    state["y"] -= 22
    c.setFont(font, 11)
    c.drawString(50, state["y"], "Public Rights of Way")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(50, state["y"], "Parish Paths Partnership (P3) 2027/28")
    state["y"] -= 18
    c.setFont(bold, 12)
    c.drawString(50, state["y"], "Guidance notes for parish councils and volunteer groups")
    state["y"] -= 24
    heading("1. What is the Parish Paths Partnership?")
    para(
        "Ravensgill has more than 3,400 kilometres of public footpaths, bridleways and byways. "
        "The County Council is the highway authority for them, and we cannot look after every "
        "path on our own. The Parish Paths Partnership (P3) is a partnership between the "
        "County Council and local communities: parish and town councils and volunteer groups "
        "agree to look after the paths in their area, and we give them a grant, tools, "
        "materials and training to do it."
    )
    para(
        "P3 members carry out simple, low-risk work that we have agreed in advance: surveying "
        "paths and reporting problems, cutting back vegetation, putting up waymarks and "
        "signposts, and repairing stiles and gates or replacing them with gates, with the "
        "landowner's permission. Larger jobs, such as bridges and surfacing, stay with the "
        "County Council's own teams and contractors."
    )
    heading("2. Who can join")
    para("You can apply for a P3 grant if you are:")
    item("\u2022", "a parish or town council, or a parish meeting, in Ravensgill; or")
    item(
        "\u2022",
        "a volunteer group with a written constitution, such as a footpath society, a local "
        "Ramblers group or a bridleway association, with the support of the parish council "
        "for the area you will work in.",
    )
    para(
        "A parish council can run its P3 through a volunteer group, but one of them must be "
        "the applicant and take responsibility for the grant."
    )
    heading("3. What the grant pays for")
    para("P3 grants are up to £1,500 a year for each parish. The grant can pay for:")
    for t in [
        "waymark discs, posts and signs, and gate and stile materials;",
        "hand tools, such as loppers, slashers, spades and bow saws;",
        "protective clothing, such as gloves, boots, high-visibility vests and eye protection;",
        "training, including first aid and the safe use of tools;",
        "volunteers' travel expenses at 45p a mile;",
        "hiring a contractor for small jobs we have agreed, such as cutting a hedge.",
    ]:
        item("\u2022", t)
    para(
        "The grant cannot pay for work on paths that are not public rights of way, work the "
        "landowner is legally required to do, ride-on mowers, vehicles, or food and drink."
    )
    para(
        "We can fund the whole cost of your year's work. You do not need to find match "
        "funding, although many parishes add money of their own."
    )
    heading("4. Permissions")
    para(
        "All work on a public right of way must be agreed with the County Council as highway "
        "authority before it starts. Your work programme is how you ask for that agreement: "
        "once we approve it, you may carry out the work in it. Any work on a stile, gate or "
        "other structure also needs the permission of the landowner, which you should get "
        "yourselves. Keep a record of each landowner's permission; you do not need to send "
        "them to us."
    )
    heading("5. How to apply")
    para(
        "Fill in the P3 application form (Word) from our website. It asks for your contact "
        "details and bank details, and about your paths, your volunteers and how you will "
        "keep them safe, and how you will record and report the work done. Email it with your "
        "documents to p3@ravensgill.example.gov.uk by Friday 16 April 2027."
    )
    heading("6. Documents you must send")
    para("Every applicant must send all of the following with the application form:")
    for n, t in enumerate(
        [
            "Your annual work programme for 2027/28 on our template, listing each path, the "
            "work planned and its estimated cost.",
            "A copy of your public liability insurance certificate. Cover must be at least "
            "£10 million.",
            "Task risk assessments for each kind of work you will do. Our templates cover "
            "surveying, vegetation clearance, waymarking and stile and gate work.",
            "Tool risk assessments for the hand tools your volunteers will use.",
            "Your health and safety policy.",
        ],
        start=1,
    ):
        item(f"{n}.", t)
    para("Some applicants must also send:")
    for n, t in enumerate(
        [
            "Parish and town councils: a copy of the minutes of the meeting at which the "
            "council agreed to join the partnership.",
            "Volunteer groups: your constitution and your latest annual accounts. The accounts "
            "do not need to be examined; a statement of income and spending signed by your "
            "treasurer is fine.",
            "If you had a P3 grant in 2026/27: your annual return for that year, with the "
            "record of work done on each path.",
            "If anyone will use a brushcutter, hedge trimmer or chainsaw: a copy of their "
            "certificate of competence (Lantra or NPTC) for that tool.",
            "If volunteers under 18 or adults at risk will take part: your safeguarding policy.",
        ],
        start=6,
    ):
        item(f"{n}.", t)
    heading("7. How we decide")
    para("The Rights of Way Officer for your area reads each application and scores it:")
    table(
        [
            ("What we look at", "Points"),
            ("Paths in the work programme that are little used or overgrown", "30"),
            ("How volunteers will be trained, supervised and kept safe", "30"),
            ("How you will record and report the work done", "20"),
            ("Value for money", "20"),
        ]
    )
    heading("8. Timetable")
    table(
        [
            ("What happens", "When"),
            ("Closing date", "Friday 16 April 2027"),
            ("We approve work programmes", "By 28 May 2027"),
            ("Grants paid", "June 2027"),
            ("Annual return and record of work done due", "31 March 2028"),
        ]
    )
    heading("9. Records and reporting")
    para(
        "P3 members must keep a record of the work done on each path, the hours volunteers "
        "gave and the tools used, and send it to us in the annual return by 31 March 2028. "
        "Report any problem you cannot fix, such as a broken bridge or an obstruction, "
        "through the Council's online fault map."
    )
    heading("10. Frequently asked questions")
    for q, a in [
        (
            "Do we have to be insured?",
            "Yes. Parish councils are usually covered by their own policy, but check it "
            "covers volunteers doing practical work. Volunteer groups can often get cover "
            "through a national body such as the Ramblers or the Conservation Volunteers.",
        ),
        (
            "Can we use power tools?",
            "Only if the volunteer using the tool holds a certificate of competence for it and "
            "the work is in your approved work programme.",
        ),
        (
            "What if we do not spend all of the grant?",
            "Tell us in your annual return. You can usually carry up to £250 over to next year.",
        ),
    ]:
        para(q, 10, bold)
        para(a)
    heading("11. Contact us")
    para(
        "Public Rights of Way, Ravensgill County Council, County Buildings, St Anne's Road, "
        "Ravensgill RG5 3PA. Telephone 01632 963 219. Email p3@ravensgill.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    hobthorpe()
    garsdon()
    pillington()
    ravensgill()
