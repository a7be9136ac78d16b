"""Build set 97's Word and PDF documents (typical community food growing, allotments and
community gardens grants: a district council's Community Growing Grant form, a food
partnership's Good Food Grants guidance, a borough council's Allotment Site Improvement Grant
form and an orchards trust's Community Orchard Grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus97.py
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


def _ticked(d, docs: list[str]) -> None:
    """A documents table with an 'Enclosed' tick column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def sloewell() -> None:
    d = kit.new_document(
        FIXED, "Community Growing Grants 2027: application form", "Sloewell District Council"
    )
    p = d.add_paragraph
    d.add_heading("Sloewell District Council", 0)
    p("Community Growing Grants 2027: application form")
    p(
        "Community Growing Grants are part of the Council's Green Spaces and Food Strategy. "
        "They help community groups in Sloewell district to start or improve places where "
        "local people grow food together: community gardens, allotment sites, school and "
        "hospital gardens, orchards and growing spaces on estates. We give grants of £500 to "
        "£5,000 for equipment, materials, raised beds, water supply, composting, tools, "
        "accessible paths and training."
    )
    p(
        "Please read the Community Growing Grants guidance before you fill in this form. Type "
        "your answers in the boxes, which will grow as you type, and keep to the word limits. "
        "Email the form and your documents to greenspaces@sloewell.example.gov.uk by 5pm on "
        "Friday 5 March 2027. If you need help, or would like the form in another format, "
        "ring the Green Spaces team on 01632 960 418."
    )
    d.add_heading("Section 1: About your group", 1)
    _details(
        d,
        [
            "Name of group",
            "Type of group (for example allotment association, charity, CIC, residents' group)",
            "Registered charity or company number (if you have one)",
            "Main contact name",
            "Position in the group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: The growing site", 1)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Name and address of the growing site", ""),
        ("Landowner", ""),
        (
            "Do you have a lease, licence or written permission to use the land?",
            f"{BOX} Yes   {BOX} No",
        ),
        ("Years left on your lease or licence", ""),
        ("Size of the site (square metres, roughly)", ""),
        ("How many people grow or volunteer at the site now?", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section 3: Your project", 1)
    _question(
        d,
        "3.1 Tell us about your group and the growing site: who takes part, what you grow and "
        "how the site is used now. (max 250 words)",
    )
    _question(
        d,
        "3.2 Describe the project you want us to fund. What will you buy, build or do? "
        "(max 300 words)",
    )
    _question(
        d,
        "3.3 Why is the project needed? Tell us how you know that local people want it. "
        "(max 250 words)",
    )
    _question(
        d,
        "3.4 How will the project help local people to grow and eat more fresh fruit and "
        "vegetables, and who will benefit? (max 250 words)",
    )
    _question(
        d,
        "3.5 How will you involve volunteers, neighbours and people who do not usually take "
        "part in growing, such as older people living alone or families on low incomes? "
        "(max 200 words)",
    )
    _question(
        d,
        "3.6 How will you keep the site going and looked after once the grant has been "
        "spent? (max 150 words)",
    )
    _question(d, "3.7 Is there anything else you would like to tell us about your project?", 2000)
    _details(d, ["Project start date", "Project finish date"], shade=True)
    p()
    d.add_heading("Section 4: Project costs", 1)
    p(
        "Please list what you will spend the grant on. Include VAT if your group cannot "
        "claim it back."
    )
    _grid(d, ["Item", "Supplier", "Cost (£)"], 8)
    _details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking us for (£)",
            "Other money or help in kind for the project (£)",
        ],
        shade=True,
    )
    p()
    p(
        "We do not ask for match funding. We can fund the whole cost of your project, but "
        "please tell us about any other money, donated materials or volunteer time that will "
        "help."
    )
    d.add_heading("Section 5: Documents", 1)
    p(
        "Please send these documents with your form and tick to show which you have "
        "enclosed. Your group must hold public liability insurance with cover of at least "
        "£5 million for the activities on the site."
    )
    _ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your latest annual accounts, signed by your treasurer. If your group is less than "
            "a year old, send your last three months' bank statements instead",
            "Your lease or licence, or the landowner's written permission to use the site",
            "A simple plan of the site showing where the work will happen",
            "A copy of your public liability insurance certificate",
            "Two quotes for any single item costing more than £1,000",
            "Your safeguarding policy, if children, young people or adults at risk take part "
            "in your activities",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this form is true and correct; that the group "
        "has an equal opportunities policy and a health and safety policy, which it follows; "
        "that the grant will be spent only on the project described; and that the group will "
        "send the Council a short report and photographs within three months of finishing "
        "the project."
    )
    _details(d, ["Signature", "Name", "Position in the group", "Date"])
    p()
    p(
        "Sloewell District Council, Green Spaces team, Riverside House, Mill Street, Sloewell "
        "SW7 3DN. greenspaces@sloewell.example.gov.uk"
    )
    out = HERE / "sloewell-community-growing-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pellowmere() -> None:
    d = kit.new_document(
        FIXED, "Good Food Grants 2027: guidance notes", "Pellowmere Food Partnership"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Good Food Grants 2027", 0)
    p("Guidance notes for applicants. Pellowmere Food Partnership")
    d.add_heading("1. About the Good Food Grants", 1)
    p(
        "Pellowmere Food Partnership brings together the city council, the NHS, food banks, "
        "growers, caterers and community groups to make healthy, sustainable food part of "
        "everyday life in Pellowmere. The Good Food Grants are paid for by Pellowmere City "
        "Council's food strategy budget and the Harwood Allen Trust."
    )
    p(
        "We give grants of £250 to £2,000 to community groups that help people to grow, cook "
        "and share good food: community gardens and growing projects, cooking clubs, "
        "community fridges and food-sharing schemes, and projects that cut food waste."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your group:")
    bullet("is a constituted community group, a registered charity, a CIC or a social enterprise;")
    bullet("has a bank account in the group's name with at least two unrelated signatories;")
    bullet("works in the Pellowmere City Council area; and")
    bullet("has an annual income of less than £100,000.")
    p(
        "Schools can apply through a parents' association or 'friends of' group. We cannot "
        "fund individuals, businesses that distribute profits, or political or religious "
        "activity."
    )
    d.add_heading("3. What we will fund", 1)
    bullet("raised beds, polytunnels, tools, seeds, compost bins and water butts;")
    bullet("cooking equipment, and the costs of running cooking or growing sessions;")
    bullet("training, such as food hygiene or horticulture courses for volunteers;")
    bullet("volunteer expenses, and hire of rooms or kitchens; and")
    bullet("publicity to let people know about your project.")
    p(
        "We will not fund staff salaries, things you have already bought, or food to be "
        "given out in emergency food parcels (our partners in the Pellowmere Food Bank "
        "Network are funded separately)."
    )
    d.add_heading("4. Match funding", 1)
    p(
        "We do not ask for match funding: we can pay the whole cost of your project. We do "
        "like to hear about the volunteer time, donated seeds and tools, and other support "
        "that your project will attract."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online at www.pellowmerefood.example.org.uk/grants. The form asks for your "
        "group's details, six short questions about your project, each with a limit of 200 "
        "words, and a budget. You can save your answers and come back to them. If you cannot "
        "apply online, ring us and we will send you a paper form or take your answers over "
        "the phone."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload:")
    number("your constitution or set of rules, signed and dated;")
    number(
        "your latest annual accounts. These do not need to be audited or independently "
        "examined: a statement of income and spending approved at your AGM is fine;"
    )
    number("a bank statement in your group's name from the last three months; and")
    number(
        "a budget for the project, using the template on our website, showing each cost "
        "and any other money or support you have."
    )
    p(
        "Some projects need more. If you will cook or serve food to the public, please also "
        "send the Level 2 Food Safety and Hygiene certificate of the person who will lead the "
        "sessions. If you work with children, young people or adults at risk, send us your "
        "safeguarding policy. If you will grow on land that your group does not own or rent, "
        "send a letter from the landowner saying that you can use it for the project."
    )
    d.add_heading("7. Policies and insurance", 1)
    p(
        "Every group we fund must have an equal opportunities policy. If your project relies "
        "on volunteers, you should also have a volunteer policy. You do not need to send us "
        "these policies: the form asks you to confirm that you have them, and we may ask to "
        "see them later."
    )
    p(
        "Every group we fund must hold public liability insurance with cover of at least "
        "£2 million. You do not need to send us your certificate."
    )
    d.add_heading("8. How we assess applications", 1)
    p(
        "A panel of partnership members, including two community growers, scores each "
        "application against these criteria."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for r, row in zip(
        t.rows,
        [
            ("Criterion", "What we look for", "Weighting"),
            ("Need", "A clear need in your area, and local people asking for the project", "30%"),
            ("Healthy food", "More people growing, cooking or eating fresh food", "30%"),
            ("Sustainability", "Less food waste, peat-free and wildlife-friendly growing", "20%"),
            ("Value for money", "Realistic costs and support from volunteers and others", "20%"),
        ],
        strict=True,
    ):
        for c, text in zip(r.cells, row, strict=True):
            kit.set_cell(c, text, bold=row[0] == "Criterion")
    p()
    d.add_heading("9. Timetable", 1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, row in zip(
        t.rows,
        [
            ("Round", "Closing date and decision"),
            ("Spring round", "Closes 26 February 2027; decisions by 2 April 2027"),
            ("Summer round", "Closes 4 June 2027; decisions by 9 July 2027"),
            ("Autumn round", "Closes 24 September 2027; decisions by 29 October 2027"),
        ],
        strict=True,
    ):
        for c, text in zip(r.cells, row, strict=True):
            kit.set_cell(c, text, bold=row[0] == "Round")
    p()
    p(
        "If we award you a grant, we will pay it in full within four weeks of receiving the "
        "signed grant agreement. Within a year you will send us a short report, with "
        "photographs and receipts, and tell us how many people took part."
    )
    d.add_heading("10. Questions people often ask", 1)
    p().add_run("Can we apply if our group is brand new?").bold = True
    p(
        "Yes, as long as you have a constitution and a bank account. Send your bank "
        "statement and a statement of the money you have received and spent so far in place "
        "of annual accounts."
    )
    p().add_run("Can we apply more than once?").bold = True
    p(
        "You can have one Good Food Grant in any twelve months. You must have sent us the "
        "report on an earlier grant before you apply again."
    )
    p().add_run("Do we need a food hygiene rating?").bold = True
    p(
        "Only if you sell food or serve meals regularly from the same kitchen, in which case "
        "you must register with the Council's food safety team at least 28 days before you "
        "start."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Pellowmere Food Partnership, The Exchange, 4 Corn Street, Pellowmere PW2 6HA. "
        "Telephone 01632 961 557. Email grants@pellowmerefood.example.org.uk."
    )
    out = HERE / "pellowmere-food-partnership-good-food-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def medlarby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "medlarby-allotment-site-improvement-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Allotment Site Improvement Grant 2027: application form")
    c.setAuthor("Medlarby Borough Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#2E6B30")

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
            fieldFlags="multiline",
            maxlen=maxlen or None,
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
    c.drawString(50, state["y"], "Medlarby Borough Council")
    state["y"] -= 22
    txt("Allotment Site Improvement Grant 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Allotment Site Improvement Grant helps the self-managing allotment associations "
        "on the Council's 14 allotment sites to improve their sites: for example new water "
        "troughs, fencing and gates, accessible raised plots, paths, communal sheds, "
        "composting toilets and rainwater harvesting. Grants are up to £3,000."
    )
    state["y"] -= 4
    txt(
        "The Council will pay up to 50% of the cost of the works. Your association must find "
        "at least 50% from its own funds, members' contributions or another grant."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Where an answer has a character limit, it is "
        "shown after the question. Email the form and your documents to "
        "allotments@medlarby.example.gov.uk by 31 January 2027."
    )
    bar("Part A: Your association")
    field("assoc_name", "Name of association", 100)
    field("site_name", "Allotment site", 80)
    field("contact", "Contact name", 60)
    field("position", "Position in the association", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("plots_total", "Number of plots on the site", 4)
    field("plots_let", "Number of plots let at present", 4)
    field("waiting", "Number of people on the waiting list", 4)
    radios(
        "lease",
        "Does your association manage the site under a lease from the Council?",
        ["Yes", "No"],
    )
    bar("Part B: The improvement")
    box(
        "b1",
        "B1 What improvement do you want to make to the site? (up to 1,500 characters)",
        "B1 What improvement do you want to make to the site?",
        1500,
        110,
    )
    box(
        "b2",
        "B2 Why is it needed? Tell us how it will help plot-holders and people on the waiting "
        "list. (up to 1,500 characters)",
        "B2 Why is it needed?",
        1500,
        110,
    )
    box(
        "b3",
        "B3 How will the work make the site more welcoming to new growers, disabled growers, "
        "schools or community groups? (up to 1,200 characters)",
        "B3 How will the work make the site more welcoming?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 Who will do the work, and how will members help?",
        "B4 Who will do the work, and how will members help?",
        900,
        80,
    )
    box(
        "b5",
        "B5 How will the association look after the improvement in future years? "
        "(up to 600 characters)",
        "B5 How will the association look after the improvement?",
        0,
        60,
    )
    box(
        "b6",
        "B6 Is there anything else you would like to tell us about your site?",
        "B6 Anything else",
        0,
        60,
    )
    bar("Part C: Costs")
    field("total_cost", "C1 Total cost of the works (£)", 10)
    field("grant_req", "C2 Grant requested (£)", 10)
    field("own_funds", "C3 Your association's contribution (£)", 10)
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_rules", "A copy of your association's constitution and rules")
    tick(
        "doc_accounts",
        "Your accounts for the last financial year, signed by your treasurer and approved at "
        "your AGM (they do not need to be audited)",
    )
    tick("doc_minutes", "Minutes of the meeting at which members agreed the project")
    tick("doc_quotes", "Two written quotes for the works")
    tick(
        "doc_planning",
        "If the work needs planning permission or building regulations approval (for example "
        "a new building or toilet block), a copy of the permission or approval",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the association has an "
        "equal opportunities policy and a health and safety policy, with a risk assessment "
        "for the site; and that it holds public liability insurance of at least £10 million "
        "covering its members and visitors.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Allotments Officer, Parks and Open Spaces, Medlarby Borough Council, Civic Centre, "
        "Market Place, Medlarby MD3 4RT. Telephone 01632 962 308.",
        9,
    )
    c.save()


def quincebrook() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "quincebrook-orchards-trust-community-orchard-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Orchard Grants: application form")
    c.setAuthor("Quincebrook Orchards Trust")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    left, right = 64, w - 64

    def folio() -> None:
        c.setFont("Times-Roman", 9)
        c.drawCentredString(
            w / 2,
            34,
            f"Quincebrook Orchards Trust - Community Orchard Grants - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11, font: str = "Times-Roman", x: float = left) -> None:
        for line in simpleSplit(t, font, size, right - x):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def head(t: str) -> None:
        room(40)
        state["y"] -= 6
        para(t, 13, "Times-Bold")

    def item(n: str, label: str) -> None:
        """A numbered detail with one rule to write on, beside the label."""
        room(24)
        c.setFont("Times-Roman", 11)
        c.drawString(left, state["y"], f"{n}  {label}")
        x = left + c.stringWidth(f"{n}  {label}", "Times-Roman", 11) + 8
        c.line(x, state["y"] - 2, right, state["y"] - 2)
        state["y"] -= 24

    def pair(n: str, a: str, b: str) -> None:
        room(24)
        c.setFont("Times-Roman", 11)
        c.drawString(left, state["y"], f"{n}  {a}")
        x1 = left + c.stringWidth(f"{n}  {a}", "Times-Roman", 11) + 8
        mid = (left + right) / 2 + 20
        c.line(x1, state["y"] - 2, mid - 10, state["y"] - 2)
        c.drawString(mid, state["y"], b)
        x2 = mid + c.stringWidth(b, "Times-Roman", 11) + 8
        c.line(x2, state["y"] - 2, right, state["y"] - 2)
        state["y"] -= 24

    def question(n: str, text: str, lines: int) -> None:
        wrapped = simpleSplit(f"{n}  {text}", "Times-Bold", 11, right - left)
        room(14 * len(wrapped) + 22 * min(lines, 4))
        for line in wrapped:
            c.setFont("Times-Bold", 11)
            c.drawString(left, state["y"], line)
            state["y"] -= 14
        state["y"] -= 6
        for _ in range(lines):
            room(22)
            c.line(left, state["y"] - 6, right, state["y"] - 6)
            state["y"] -= 22
        state["y"] -= 6

    def grid(headers: list[str], widths: list[int], rows: int) -> None:
        room(20 * (rows + 1) + 10)
        x = left
        top = state["y"] + 12
        for h, wd in zip(headers, widths, strict=True):
            c.setFont("Times-Bold", 10.5)
            c.drawString(x + 4, state["y"], h)
            x += wd
        total = sum(widths)
        for r in range(rows + 2):
            c.line(left, top - 20 * r, left + total, top - 20 * r)
        x = left
        for wd in [0, *widths]:
            x += wd
            c.line(x, top, x, top - 20 * (rows + 1))
        state["y"] -= 20 * (rows + 1) + 14

    c.setFont("Times-Bold", 18)
    c.drawCentredString(w / 2, state["y"], "QUINCEBROOK ORCHARDS TRUST")
    state["y"] -= 24
    c.setFont("Times-Bold", 14)
    c.drawCentredString(w / 2, state["y"], "Community Orchard Grants: application form")
    state["y"] -= 28
    para(
        "The Trust helps community groups, schools, parish councils and allotment "
        "associations in Quincebrook and the surrounding villages to plant and care for "
        "community orchards of local and heritage fruit varieties. We give grants of up to "
        "£1,500 towards trees, stakes, guards, mulch, pruning tools and training in orchard "
        "care."
    )
    para(
        "We can pay up to 80% of the cost of your project. Your group must find at least "
        "20% of the cost itself, in money or in kind (for example donated materials or "
        "volunteers' time valued at £15 an hour)."
    )
    para(
        "Please write clearly in black ink, or type, and keep to the space given and to the "
        "word limits. Post the form and the documents listed in Part 4 to the Grants "
        "Secretary at the address at the end of this form, or email a scan to "
        "grants@quincebrookorchards.example.org.uk. The closing date is 30 June 2027 for "
        "planting in the winter of 2027 to 2028."
    )
    head("PART 1: ABOUT YOUR GROUP")
    item("1.", "Name of group")
    item("2.", "Contact name")
    item("3.", "Address")
    pair("4.", "Postcode", "Telephone")
    item("5.", "Email")
    pair("6.", "Registered charity?  YES / NO (please delete)", "If yes, charity number")
    item("7.", "Date your group was set up")
    head("PART 2: YOUR ORCHARD")
    item("8.", "Address or grid reference of the orchard site")
    item("9.", "Name of the landowner")
    item("10.", "Number of fruit trees you want to plant")
    question(
        "11.",
        "Describe the site and what it is used for now. (no more than 150 words)",
        5,
    )
    question(
        "12.",
        "Tell us about your project: how many trees you will plant, who will plant them and "
        "when. (no more than 250 words)",
        7,
    )
    question(
        "13.",
        "Which varieties will you plant, and why have you chosen them? (no more than 100 words)",
        4,
    )
    question(
        "14.",
        "How will local people, schools or groups use and enjoy the orchard? (no more than "
        "200 words)",
        6,
    )
    question(
        "15.",
        "Who will look after the trees for the first five years (watering, mulching, "
        "pruning and replacing any that die), and what training will they have? (no more "
        "than 200 words)",
        6,
    )
    question("16.", "How will you share the fruit?", 4)
    head("PART 3: COSTS")
    para("17.  Please list what you need and what it will cost.")
    grid(["Item", "Number", "Cost (£)"], [260, 90, 117], 7)
    pair("18.", "Total cost of the project  £", "Amount requested  £")
    head("PART 4: PLEASE ENCLOSE")
    para("(a)  a copy of your constitution or rules;")
    para(
        "(b)  your latest accounts or, if you do not produce accounts, a statement of income "
        "and expenditure for the last year signed by your treasurer;",
        x=left,
    )
    para(
        "(c)  written permission from the landowner for the planting, and for the trees to "
        "stay on the land for at least 25 years;"
    )
    para("(d)  a sketch map of the site showing where the trees will go;")
    para("(e)  if the orchard is on school land, a letter of support from the head teacher;")
    para(
        "(f)  if children or young people will help with planting or care, your "
        "safeguarding policy."
    )
    head("PART 5: DECLARATION")
    para(
        "I declare that the information given in this form is true, that the group will use "
        "any grant only for the project described, and that the group will send the Trust a "
        "short report with photographs after the first growing season."
    )
    pair("", "Signed", "Date")
    pair("", "Name", "Position in group")
    state["y"] -= 6
    para(
        "The Grants Secretary, Quincebrook Orchards Trust, Pippin Barn, Cider Lane, "
        "Quincebrook QB6 2LW. Telephone 01632 963 194.",
        10,
    )
    folio()
    c.save()


if __name__ == "__main__":
    sloewell()
    pellowmere()
    medlarby()
    quincebrook()
