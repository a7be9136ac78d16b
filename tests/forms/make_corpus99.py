"""Build set 99's Word and PDF documents (typical warm spaces, fuel poverty and energy advice
grants: a borough council's Warm Welcome Spaces Grant form, a county council's Household Support
Fund community grants guidance, an energy advice partnership's Home Energy Advice Community
Grant form and a community foundation's Keep Warm Fund form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus99.py
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


def harlowby() -> None:
    d = kit.new_document(
        FIXED,
        "Warm Welcome Spaces Grant 2026 to 2027: application form",
        "Harlowby Borough Council",
    )
    p = d.add_paragraph
    d.add_heading("Harlowby Borough Council", 0)
    p("Warm Welcome Spaces Grant 2026 to 2027: application form")
    p(
        "The Warm Welcome Spaces Grant helps community groups, charities and faith groups to "
        "open free, warm and friendly spaces this winter for residents who are worried about "
        "the cost of heating their homes. We will give grants of up to £2,500 towards the "
        "costs of running a warm space between 1 November 2026 and 31 March 2027: heating and "
        "lighting, venue hire, hot drinks and simple food, activities, and volunteers' "
        "expenses. We do not ask for match funding."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers in the "
        "boxes, which will expand as you type, and keep to the word limits. Send the form and "
        "your documents to warmspaces@harlowby.example.gov.uk by 5pm on Friday 2 October 2026."
    )
    p(
        "Do you need this form in large print or another format? Please call the Community "
        "Development team on 01632 960 418."
    )
    d.add_heading("Section 1: Your organisation", 1)
    t = d.add_table(rows=9, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Name of organisation", ""),
        ("Main contact name", ""),
        ("Position in the organisation", ""),
        ("Address", ""),
        ("Postcode", ""),
        ("Telephone", ""),
        ("Email", ""),
        (
            "Type of organisation",
            f"{BOX} Registered charity or CIO   {BOX} Community interest company   "
            f"{BOX} Constituted community group   {BOX} Faith group   {BOX} Other",
        ),
        ("Charity or company number (if you have one)", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section 2: Your warm space", 1)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Name and address of the venue", ""),
        ("Do you own or manage the venue?", f"{BOX} Yes   {BOX} No"),
        ("Opening days and times (for example Tuesdays and Thursdays, 10am to 3pm)", ""),
        ("Date you plan to open", ""),
        ("How many people do you expect to visit each week?", ""),
        ("Will you serve hot food or drinks?", f"{BOX} Yes   {BOX} No"),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section 3: About your warm space", 1)
    _question(d, "3.1 Tell us about your group and what it does now. (max 150 words)", 2200)
    _question(
        d,
        "3.2 Describe the warm space you want to run: what will you offer the people who come, "
        "and who will run it? (max 300 words)",
        3600,
    )
    _question(
        d,
        "3.3 Who do you expect to use the warm space, and how do you know there is a need for "
        "it in your area? (max 250 words)",
    )
    _question(
        d,
        "3.4 How will you let people know about the warm space, especially people who are "
        "isolated or struggling with their energy bills? (max 200 words)",
    )
    _question(
        d,
        "3.5 How will you make sure your warm space is welcoming, accessible and safe, "
        "including for disabled people? (max 200 words)",
    )
    _question(
        d,
        "3.6 Will you signpost visitors to energy advice, benefits advice or other support? "
        "Please tell us which organisations you will work with. (max 150 words)",
        2200,
    )
    _question(
        d,
        "3.7 How will you keep the warm space, or the friendships it makes, going after the "
        "grant ends? (max 100 words)",
        1800,
    )
    d.add_heading("Section 4: Costs", 1)
    p("Please list what you will spend the grant on.")
    _grid(d, ["Item", "Cost (£)"], 6)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Total cost of your warm space (£)", ""),
        ("Amount you are asking us for (£), up to £2,500", ""),
        (
            "Have you applied to anyone else for funding for this warm space?",
            f"{BOX} Yes   {BOX} No",
        ),
        ("If yes, name of funder and amount (£)", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section 5: Documents", 1)
    p(
        "Please send these documents with your form, and tick each one you have enclosed. We "
        "cannot assess your application until we have them all."
    )
    _ticked(
        d,
        [
            "Your constitution, set of rules or terms of reference",
            "Your latest annual accounts or, if your group is less than a year old, your last "
            "three months' bank statements",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Your safeguarding policy, covering adults at risk",
            "A risk assessment for the warm space",
            "If you will serve food: your food business registration or the food hygiene "
            "certificate of the person who will prepare it",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this application is correct, that the grant will "
        "be spent only on the warm space described, and that our group has an equal "
        "opportunities policy and will follow its safeguarding policy. I understand that the "
        "Council may ask for the grant to be repaid if it is not used as agreed."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, ["Signature", "Name", "Position", "Date"], strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.row_height(r, 480)
    p()
    p(
        "Community Development team, Harlowby Borough Council, Town Hall, Market Place, "
        "Harlowby HW1 3RT. Telephone 01632 960 418. Email warmspaces@harlowby.example.gov.uk."
    )
    out = HERE / "harlowby-warm-welcome-spaces-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def brinscombe() -> None:
    d = kit.new_document(
        FIXED,
        "Household Support Fund: community grants guidance notes",
        "Brinscombe County Council",
    )
    p = d.add_paragraph
    b = lambda t: d.add_paragraph(t, style="List Bullet")  # noqa: E731
    d.add_heading("Brinscombe County Council", 0)
    p("Household Support Fund: community grants 2026 to 2027")
    p("Guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "The Household Support Fund is government money, given to the County Council by the "
        "Department for Work and Pensions, to help households who are struggling to pay for "
        "energy, food, water and other essentials. Part of Brinscombe's allocation is given "
        "as grants to community organisations that can reach households the Council cannot."
    )
    p(
        "We will give grants of £1,000 to £10,000. All the money must be spent between "
        "1 October 2026 and 31 March 2027, and at least half of each grant must help "
        "households with the cost of energy."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    b(
        "is a registered charity, a charitable incorporated organisation (CIO), a community "
        "interest company, a constituted community or faith group, or a town or parish council;"
    )
    b("works with households in Brinscombe county;")
    b(
        "has a bank account in its own name that needs two unrelated people to sign or approve "
        "payments; and"
    )
    b(
        "can keep simple records of the households it helps, for the returns we make to the "
        "Department for Work and Pensions."
    )
    p(
        "We cannot give grants to individuals, to businesses run for private profit or to "
        "political parties."
    )
    d.add_heading("3. What the grant can pay for", 1)
    p("We will fund:")
    b(
        "energy top-ups and fuel vouchers for households with prepayment meters or oil and LPG "
        "heating;"
    )
    b("warm packs: blankets, thermal clothing, hot water bottles and draught excluders;")
    b("low-cost cooking equipment such as slow cookers and air fryers, with advice on using them;")
    b("food and essentials given out with energy support; and")
    b(
        "up to 10% of the grant towards your costs of running the project, such as staff or "
        "volunteer time and transport."
    )
    p(
        "We will not fund cash payments to households, equipment for your own building, costs "
        "you have already paid, or activities that are not open to everyone who needs them."
    )
    d.add_heading("4. Match funding", 1)
    p("We do not ask for match funding: the grant can pay for the whole cost of your project.")
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the Council's grants portal at "
        "www.brinscombe.example.gov.uk/hsfgrants. The form asks for your organisation's "
        "details, six questions about your project, each with a limit of 250 words, and a "
        "simple budget. You can save your answers and come back to them. If you cannot apply "
        "online, call us and we will help."
    )
    d.add_heading("6. What you need to send", 1)
    p("Upload these documents with your application. The table says who needs to send each one.")
    rows = [
        ("Document", "Who needs to send it", "Notes"),
        (
            "Governing document",
            "All applicants",
            "Your constitution, set of rules, trust deed or articles of association, signed "
            "and dated.",
        ),
        (
            "Latest annual accounts",
            "All applicants",
            "Accounts do not need to be audited or independently examined, but must be signed "
            "by your treasurer or chair. Groups set up in the last 12 months can send their "
            "last three months' bank statements instead.",
        ),
        (
            "Project budget",
            "All applicants",
            "Use the budget template on the fund's web page.",
        ),
        (
            "Safeguarding policy",
            "All applicants",
            "It must cover adults at risk and, if you work with families, children.",
        ),
        (
            "Data protection policy",
            "All applicants",
            "You will collect households' details for our monitoring, so you need a policy "
            "that explains how you keep them safe.",
        ),
        (
            "Evidence of DBS checks",
            "Only if staff or volunteers will visit people in their homes",
            "A list of the people who will visit, with the date and number of each "
            "person's DBS certificate.",
        ),
        (
            "A quote",
            "Only if you are asking for more than £500 for one type of item",
            "For example, a supplier's quote for 40 slow cookers.",
        ),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for n, (r, vals) in enumerate(zip(t.rows, rows, strict=True)):
        for cell, v in zip(r.cells, vals, strict=True):
            kit.set_cell(cell, v, bold=n == 0)
            if n == 0:
                _shade(cell)
    p()
    p(
        "In the declaration you will also confirm that your organisation has an equal "
        "opportunities policy. You do not need to send it."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your organisation must hold public liability insurance with cover of at least "
        "£5 million. You do not need to send the certificate, but we may ask to see it."
    )
    d.add_heading("8. How we will assess your application", 1)
    p(
        "Two officers will score each application against these criteria, and a panel of "
        "officers and councillors will make the decisions."
    )
    rows = [
        ("Criterion", "What we look for", "Marks"),
        (
            "Reaching households in need",
            "You know who needs help and how you will reach "
            "them, including people who do not ask for help.",
            "30",
        ),
        (
            "Help with energy costs",
            "At least half the grant helps with energy; support is "
            "quick and treats people with dignity.",
            "30",
        ),
        ("Delivery", "A realistic plan, people to run it, and safe ways of working.", "20"),
        ("Value for money", "Costs are reasonable and most of the money reaches households.", "20"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for n, (r, vals) in enumerate(zip(t.rows, rows, strict=True)):
        for cell, v in zip(r.cells, vals, strict=True):
            kit.set_cell(cell, v, bold=n == 0)
            if n == 0:
                _shade(cell)
    p()
    d.add_heading("9. Timetable", 1)
    b("Applications open: 1 August 2026")
    b("Closing date: 12 noon on Monday 7 September 2026")
    b("Decisions: by 25 September 2026")
    b("Grants paid: in full, in October 2026")
    b("Monitoring return due: 15 April 2027")
    d.add_heading("10. Frequently asked questions", 1)
    p("Can we give people cash or bank transfers?").runs[0].bold = True
    p(
        "No. The Department for Work and Pensions' rules for community grants do not allow cash "
        "payments. You can give vouchers, top-ups or goods."
    )
    p("Can we apply if we had a grant last year?").runs[0].bold = True
    p("Yes. Please tell us in your application what the last grant achieved.")
    p("What records will we need to keep?").runs[0].bold = True
    p(
        "For each household: the first part of the postcode, the number of adults and children, "
        "whether anyone is disabled or a pensioner, and what help you gave. We will send you a "
        "simple spreadsheet."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Financial Inclusion team, Brinscombe County Council, Shire Hall, Brinscombe BC2 7HN. "
        "Telephone 01632 961 556. Email hsfgrants@brinscombe.example.gov.uk."
    )
    out = HERE / "brinscombe-household-support-fund-community-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def ottersley() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ottersley-home-energy-advice-community-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Home Energy Advice Community Grants 2027: application form")
    c.setAuthor("Ottersley Energy Advice Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    orange = HexColor("#B34700")

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
        c.setFillColor(orange)
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
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        # reportlab writes /MaxLen 100 unless told None: B7 has no limit
        kw = {"maxlen": maxlen if maxlen else None}
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
    c.drawString(50, state["y"], "Ottersley Energy Advice Partnership")
    state["y"] -= 22
    txt("Home Energy Advice Community Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Ottersley Energy Advice Partnership is Ottersley District Council, the Ottersley "
        "Energy Agency and Citizens Advice Ottersley. Our Home Energy Advice Community Grants "
        "of up to £5,000 help community organisations to give practical energy advice to "
        "households in or at risk of fuel poverty: advice sessions at community venues, "
        "draught-proofing workshops, training local energy champions and help to apply for "
        "the Warm Home Discount and the Priority Services Register."
    )
    state["y"] -= 4
    txt(
        "Grants can pay for up to 90% of your project's costs: you must find at least 10% "
        "yourselves, in cash or as the value of volunteers' time. You can fill in this form on "
        "screen. Each answer box has a character limit, shown after the question. Email the "
        "form and your documents to energygrants@ottersley.example.gov.uk by 15 January 2027."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_number", "Charity, CIO or company number (if any)", 12)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO or CIC", "Community group", "Other"],
    )
    bar("Part B: Your project")
    box(
        "b1",
        "B1 Tell us about your organisation and the communities you work with. "
        "(up to 1,200 characters)",
        "B1 Tell us about your organisation and the communities you work with",
        1200,
        100,
    )
    box(
        "b2",
        "B2 Describe the energy advice activity you want to run: what you will do, where, "
        "when and for how long. (up to 3,000 characters)",
        "B2 Describe the energy advice activity you want to run",
        3000,
        180,
    )
    box(
        "b3",
        "B3 Who will give the advice? Tell us about their training or qualifications in "
        "energy advice, for example the City & Guilds Level 3 Award in Energy Awareness. "
        "(up to 1,200 characters)",
        "B3 Who will give the advice, and what training or qualifications do they have?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 How will you reach households in or at risk of fuel poverty, including people "
        "who do not usually ask for help? (up to 1,800 characters)",
        "B4 How will you reach households in or at risk of fuel poverty?",
        1800,
        130,
    )
    field("households", "B5 Number of households you expect to advise", 5)
    box(
        "b6",
        "B6 How will you measure the difference the project makes to the households you "
        "advise? (up to 1,200 characters)",
        "B6 How will you measure the difference the project makes?",
        1200,
        100,
    )
    box(
        "b7",
        "B7 Is there anything else you would like us to know about your project?",
        "B7 Is there anything else you would like us to know about your project?",
        0,
        90,
    )
    bar("Part C: Costs")
    field("total_cost", "C1 Total cost of the project (£)", 10)
    field("grant_req", "C2 Grant requested (£), up to £5,000", 10)
    field("contribution", "C3 Your own contribution, cash or in kind (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. Documents marked 'if' are "
        "only needed when they apply to your project."
    )
    state["y"] -= 4
    tick("doc_gov", "Your constitution or other governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts (audited, independently examined or signed by "
        "your treasurer)",
    )
    tick("doc_budget", "A breakdown of the project's costs")
    tick(
        "doc_home",
        "If advice will be given in people's homes: your lone working policy and evidence "
        "of DBS checks for the advisers who will visit",
    )
    tick(
        "doc_quals",
        "If your advisers hold energy advice qualifications: copies of their certificates",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the organisation has "
        "safeguarding and data protection policies; and that it holds public liability "
        "insurance of at least £5 million.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Ottersley Energy Advice Partnership, c/o Ottersley District Council, Council Offices, "
        "Station Road, Ottersley OT3 4PL. Telephone 01632 962 207.",
        9,
    )
    c.save()


def kettlewick() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kettlewick-keep-warm-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Keep Kettlewick Warm Fund: application form")
    c.setAuthor("Kettlewick Community Foundation")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            64, 32, f"Keep Kettlewick Warm Fund application form 2026 - page {state['page']}"
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 64) -> None:
        for line in simpleSplit(t, font, size, w - x - 64):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def head(t: str) -> None:
        room(50)
        state["y"] -= 8
        para(t, 12.5, "Helvetica-Bold")

    def line(label: str) -> None:
        """A label with a drawn box to write in on the right."""
        room(26)
        c.setFont("Helvetica", 10.5)
        lines = simpleSplit(label, "Helvetica", 10.5, 220)
        for i, ln in enumerate(lines):
            c.drawString(64, state["y"] - 13 * i, ln)
        hh = max(20, 13 * len(lines) + 4)
        c.rect(292, state["y"] - hh + 12, w - 64 - 292, hh, stroke=1, fill=0)
        state["y"] -= hh + 8

    def answer(label: str, height: int) -> None:
        para(label, 10.5, "Helvetica-Bold")
        room(height + 10)
        c.rect(64, state["y"] - height + 10, w - 128, height, stroke=1, fill=0)
        state["y"] -= height + 12

    def grid(headers: list[str], widths: list[int], rows: int) -> None:
        room(18 * (rows + 1) + 10)
        x = 64
        for h, wd in zip(headers, widths, strict=True):
            c.rect(x, state["y"] - 6, wd, 18, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 4, state["y"], h)
            x += wd
        state["y"] -= 18
        for _ in range(rows):
            x = 64
            for wd in widths:
                c.rect(x, state["y"] - 6, wd, 18, stroke=1, fill=0)
                x += wd
            state["y"] -= 18
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 17)
    c.drawString(64, state["y"], "Kettlewick Community Foundation")
    state["y"] -= 28
    para("Keep Kettlewick Warm Fund: application form", 14, "Helvetica-Bold")
    state["y"] -= 4
    para(
        "The Keep Kettlewick Warm Fund gives grants of £500 to £5,000 to voluntary and "
        "community groups working with people in Kettlewick who cannot afford to heat their "
        "homes: older people, disabled people, families on low incomes and people living in "
        "cold, damp housing. The fund is made up of donations from local people, businesses "
        "and residents who give their Winter Fuel Payment to help others."
    )
    para(
        "Please read the fund criteria before you apply. Write or type your answers in the "
        "boxes and keep to the limits given. Return the form and your documents to Grants "
        "Team, Kettlewick Community Foundation, 4 Chantry Yard, Kettlewick KW5 2DF, or email "
        "them to grants@kettlewickcf.example.org.uk."
    )
    head("Section 1: About your organisation")
    line("1.1 Name of organisation")
    line("1.2 Address")
    line("1.3 Postcode")
    line("1.4 Contact name")
    line("1.5 Position in the organisation")
    line("1.6 Telephone")
    line("1.7 Email")
    line("1.8 Registered charity number (if applicable)")
    line("1.9 Total income in your last financial year (£)")
    line("1.10 Number of volunteers")
    answer(
        "1.11 Briefly describe your organisation's aims and main activities. (no more than "
        "150 words)",
        120,
    )
    head("Section 2: Your project")
    line("2.1 Project title")
    answer(
        "2.2 Describe your project. What will you do, where and when? Please use no more than "
        "one side of A4.",
        300,
    )
    answer(
        "2.3 Why is the project needed? What evidence do you have of fuel poverty among the "
        "people you will help? (no more than 300 words)",
        200,
    )
    answer(
        "2.4 How will local people, including people with experience of living in a cold "
        "home, be involved in the project? (no more than 200 words)",
        150,
    )
    answer(
        "2.5 What difference will the project make, and how will you know? (no more than 250 "
        "words)",
        170,
    )
    line("2.6 How many people will benefit?")
    line("2.7 Start date")
    line("2.8 End date")
    answer(
        "2.9 How will you continue to help people after the grant has been spent? (no more "
        "than 150 words)",
        120,
    )
    room(18 * 8 + 90)
    head("Section 3: Budget")
    para("3.1 Please give a breakdown of the costs of your project.")
    grid(["Item", "Cost (£)"], [330, 137], 7)
    line("3.2 Total cost of the project (£)")
    line("3.3 Amount requested from the Foundation (£)")
    para("3.4 Please list any other funding you have applied for or received for this project.")
    grid(["Funder", "Amount (£)", "Secured or pending"], [230, 110, 127], 3)
    head("Section 4: Documents to send")
    para("Please send the following with your application:")
    para(
        "(a) a copy of your governing document, signed and dated (unless we have funded you "
        "in the last two years and it has not changed);",
        x=76,
    )
    para(
        "(b) your most recent annual accounts. These should be independently examined or "
        "audited, but if your annual income is under £25,000 accounts signed by your "
        "treasurer are fine;",
        x=76,
    )
    para("(c) a bank statement dated within the last three months;", x=76)
    para(
        "(d) your safeguarding policy, if your project involves children, young people or "
        "adults at risk;",
        x=76,
    )
    para("(e) if you are buying equipment costing more than £1,000: two quotes.", x=76)
    head("Section 5: Declaration")
    para(
        "We confirm that the information in this application is true, that the organisation "
        "has an equal opportunities policy and holds public liability insurance appropriate "
        "to the project, and that any grant will be used only for the purpose described. "
        "This form must be signed by two members of your management committee who are not "
        "related to each other."
    )
    for who in ("First signatory", "Second signatory"):
        room(4 * 28 + 24)
        para(who, 10.5, "Helvetica-Bold")
        line("Signature")
        line("Name")
        line("Position")
        line("Date")
    folio()
    c.save()


if __name__ == "__main__":
    harlowby()
    brinscombe()
    ottersley()
    kettlewick()
