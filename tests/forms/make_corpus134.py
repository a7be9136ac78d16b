"""Build set 134's Word and PDF documents (typical autism, neurodiversity and SEND family
support grants: a county council's SEND Short Breaks Grant application, a parent carer forum's
Family Support Small Grants application, a community foundation's Autism Friendly Activities
Fund form as a fillable PDF and a borough council's Inclusive Activities and Sensory Sessions
Grant guidance notes as a text PDF, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus134.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def ambersham() -> None:
    d = kit.new_document(
        FIXED,
        "SEND Short Breaks Grant 2027/28: application form",
        "Ambersham County Council",
    )
    p = d.add_paragraph
    d.add_heading("Ambersham County Council", 0)
    p("SEND Short Breaks Grant 2027/28: application form")
    p(
        "Short breaks give disabled children and young people, and children with special "
        "educational needs (SEND), the chance to have fun, make friends and try new things, and "
        "give their parents and carers a break from caring. The SEND Short Breaks Grant funds "
        "local groups and providers to run short breaks that are listed on the Ambersham SEND "
        "Local Offer. Grants are from £1,000 to £10,000 for activities running between "
        "September 2027 and August 2028."
    )
    p(
        "We can fund up to 90% of the cost of your short breaks. You must find at least 10% of "
        "the total cost from your own funds, from fees or from other funders."
    )
    p(
        "Please fill in every section, keeping to the word limits, and email the form with your "
        "documents to shortbreaks@ambersham.example.gov.uk by 5pm on Friday 11 June 2027. "
        "Forms without the documents in Section 5 will not be assessed."
    )
    d.add_heading("Need help?", 2)
    p(
        "Contact Nadia Pemberton, Short Breaks Commissioning Officer, on 01632 960 417 or at "
        "the email address above. This form is available in large print and Easy Read."
    )
    d.add_heading("Section 1: About your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Website (if any)",
        ],
        shade=True,
    )
    d.add_paragraph()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
                f"{BOX} Constituted voluntary group   {BOX} Other",
            ),
            ("Charity or company number (if any)", ""),
            (
                "Is your provision registered with Ofsted?",
                f"{BOX} Yes   {BOX} No   {BOX} Not required",
            ),
            ("Are you already listed on the Ambersham SEND Local Offer?", f"{BOX} Yes   {BOX} No"),
        ],
    )
    d.add_paragraph()
    d.add_heading("Section 2: Your short breaks", 1)
    kit.question(
        d,
        "2.1 Describe the short breaks you will provide: what the sessions are, where and when "
        "they will run and how often. (maximum 300 words)",
    )
    kit.question(
        d,
        "2.2 Which children and young people will the short breaks be for? Tell us their ages "
        "and needs, and how many families you expect to reach. (maximum 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.3 How do you know families need these short breaks? (maximum 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.4 How will you meet the needs of children with autism, sensory needs or complex "
        "needs? Include staff training and how you will adapt the setting. (maximum 250 words)",
    )
    kit.question(
        d,
        "2.5 How will you involve parents and carers, and the children and young people "
        "themselves, in planning the sessions? (maximum 150 words)",
        2200,
    )
    kit.question(
        d,
        "2.6 How will you know the short breaks have made a difference to children and their "
        "families? (maximum 200 words)",
        2600,
    )
    d.add_heading("Section 3: Staffing and safeguarding", 1)
    kit.pairs(
        d,
        [
            ("Staff to child ratio you will work to (for example 1:2)", ""),
            ("Number of paid staff", ""),
            ("Number of volunteers", ""),
            (
                "Do all staff and volunteers working with children have an enhanced DBS check "
                "with a check of the children's barred list?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Name of your Designated Safeguarding Lead", ""),
        ],
    )
    d.add_paragraph()
    kit.question(
        d,
        "3.1 How will you keep children safe during sessions, including personal care, "
        "medication and support with behaviour? (maximum 250 words)",
    )
    d.add_heading("Section 4: Costs", 1)
    p(
        "Please list what the grant will pay for, such as staff, venue hire, transport and "
        "equipment."
    )
    kit.grid(d, ["Item", "How the cost is worked out", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the short breaks (£)", ""),
            ("Amount requested from the Council (£)", ""),
            ("Other funding, including your own contribution (£)", ""),
        ],
    )
    d.add_paragraph()
    kit.question(
        d,
        "4.1 How will the short breaks carry on after the grant ends? (maximum 150 words)",
        2200,
    )
    d.add_heading("Section 5: Documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution, or memorandum and articles of association",
            "Your most recent annual accounts, signed by your treasurer or an independent "
            "examiner. If your organisation is less than a year old, send your last three "
            "months' bank statements instead",
            "Your safeguarding policy, covering children and adults at risk",
            "Your public liability insurance certificate, showing cover of at least £10 million",
            "A risk assessment for the short breaks sessions",
            "If you have paid staff, your equal opportunities policy",
            "If the sessions will take place in a building you do not own, a letter from the "
            "venue confirming that you can use it",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised to apply on behalf of "
            "the organisation.",
            "Everyone who works with children at the sessions will have an enhanced DBS check "
            "and safeguarding training before they start.",
            "Our organisation has a health and safety policy and will follow it at every session.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "SEND Commissioning Team, Ambersham County Council, County Hall, Castle Street, "
        "Ambersham AM1 4QX. Telephone 01632 960 417."
    )
    out = HERE / "ambersham-send-short-breaks-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def fellgarth() -> None:
    d = kit.new_document(
        FIXED,
        "Family Support Small Grants: application form",
        "Fellgarth Parent Carer Forum",
    )
    p = d.add_paragraph

    def box(height: int) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        kit.row_height(t.rows[0], height)
        d.add_paragraph()

    def q(n: str, text: str, height: int = 3000) -> None:
        par = p()
        par.add_run(f"{n}. ").bold = True
        par.add_run(text).bold = True
        box(height)

    d.add_heading("Fellgarth Parent Carer Forum", 0)
    p("Family Support Small Grants: application form").runs[0].bold = True
    p(
        "Our small grants of up to £1,500 help parent-led groups in Fellgarth to support "
        "families of children and young people with SEND, including autistic children and "
        "children with ADHD. You could use a grant for a parent support group, a sibling "
        "group, a relaxed or sensory-friendly activity, a holiday club or training for your "
        "volunteers."
    )
    p(
        "We do not ask for match funding, and we are happy to fund the whole cost of a small "
        "project."
    )
    d.add_heading("Who can apply?", 2)
    p(
        "Groups run by or with parent carers of children with SEND, based in Fellgarth, with a "
        "bank account in the group's name. You do not need to be a registered charity."
    )
    p(
        "Please fill in the form on a computer or by hand and email it to "
        "grants@fellgarthpcf.example.org.uk, or post it to the address at the end. If you "
        "would like help, ring Joanne Ashdown on 01632 961 508."
    )
    d.add_heading("Part A: About your group", 1)
    t = d.add_table(rows=12, cols=2)
    t.style = "Table Grid"
    head = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    kit.set_cell(head, "Your details", bold=True)
    kit.shade_cell(head, "D9E2F3")
    for r, label in zip(
        t.rows[1:],
        [
            "Name of group",
            "Contact name",
            "Your role in the group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "How many families are members of your group?",
            "When did your group start?",
            "Is your group a registered charity?",
            "If yes, charity number",
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label)
        kit.row_height(r, 400)
    kit.set_cell(t.rows[10].cells[1], f"{BOX} Yes    {BOX} No")
    d.add_paragraph()
    d.add_heading("Part B: Your idea", 1)
    p("Please answer in the boxes. The boxes will grow as you type.")
    q("1", "Tell us about your group: who you support and what you do. (no more than 200 words)")
    q("2", "What do you want the grant for? (no more than 250 words)")
    q(
        "3",
        "How will this help autistic children and young people, or children with SEND, and "
        "their families? (no more than one side of A4)",
        5200,
    )
    q("4", "How have families helped to plan this? (no more than 150 words)", 2400)
    q(
        "5",
        "How will you make your activity welcoming for neurodivergent children and their "
        "families, for example with quiet spaces, visual timetables or smaller groups? "
        "(no more than 200 words)",
    )
    q(
        "6",
        "If your activity involves children, how will you keep them safe? Please tell us the "
        "adult to child ratio and who your safeguarding lead is. (no more than 150 words)",
        2400,
    )
    q("7", "How will you know the activity has worked? (no more than 100 words)", 1800)
    d.add_heading("Part C: What the money is for", 1)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "What we will buy or pay for", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Cost (£)", bold=True)
    for r in t.rows[1:]:
        kit.row_height(r, 380)
    d.add_paragraph()
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Total amount requested (up to £1,500)", bold=True)
    kit.set_cell(t.rows[1].cells[0], "Have you asked anyone else to fund this activity?", bold=True)
    kit.set_cell(t.rows[1].cells[1], f"{BOX} Yes    {BOX} No")
    d.add_paragraph()
    d.add_heading("Part D: What to send with your form", 1)
    p("Please send us:")
    for line in [
        "a copy of your group's constitution or set of rules;",
        "a recent bank statement in the group's name, no more than three months old;",
        "your group's accounts for last year, or an income and expenditure sheet signed by "
        "two committee members.",
    ]:
        d.add_paragraph(line, style="List Bullet")
    p("If they apply to you, please also send:")
    for line in [
        "your safeguarding policy, if children or young people will take part in the activity;",
        "a quote or a screenshot of the price for any single item costing more than £250.",
    ]:
        d.add_paragraph(line, style="List Bullet")
    p(
        "Groups running activities must have public liability insurance. If your group does "
        "not have its own, tell us in question 6 which venue's insurance will cover you."
    )
    d.add_heading("Part E: Declaration", 1)
    p(
        "I confirm that the information in this form is true, that the group's committee "
        "agrees to this application, and that our group has an equal opportunities policy and "
        "welcomes all families. I understand that the grant must be spent on the activity "
        "described and that the Forum may ask for it back if it is not."
    )
    kit.details(d, ["Signature", "Name", "Role in the group", "Date"])
    p()
    p(
        "Fellgarth Parent Carer Forum, The Old School Rooms, 14 Chapel Brow, Fellgarth FG3 8LN. "
        "Registered charity number 1172093."
    )
    out = HERE / "fellgarth-parent-carer-forum-small-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def lynmere() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lynmere-autism-friendly-activities-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Autism Friendly Activities Fund: application form")
    c.setAuthor("Lynmere Community Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1F6F78")

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
                value=opt.replace(" ", "_").replace("/", "_").replace(",", "").replace("£", ""),
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
    c.drawString(50, state["y"], "Lynmere Community Foundation")
    state["y"] -= 22
    txt("Autism Friendly Activities Fund: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Autism Friendly Activities Fund gives grants of up to £3,000 to voluntary and "
        "community groups in Lynmere for activities that autistic children, young people and "
        "adults, and their families, can enjoy: relaxed cinema and swimming sessions, sensory "
        "play, youth clubs, social groups, and autism awareness training for volunteers."
    )
    state["y"] -= 4
    txt(
        "All groups must hold public liability insurance with cover of at least £5 million. "
        "You do not need to send the certificate."
    )
    state["y"] -= 4
    txt(
        "Please fill in this form on screen, save it and email it with your documents to "
        "grants@lynmerefoundation.example.org.uk. The fund closes on 30 September 2027. "
        "For help, ring Callum Bright on 01632 962 775."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("org_address", "Address", 200)
    field("org_postcode", "Postcode", 8)
    field("contact_name", "Contact name", 60)
    field("contact_position", "Position", 60)
    field("contact_phone", "Telephone", 15)
    field("contact_email", "Email", 80)
    field("reg_number", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "Type of organisation",
        [
            "Registered charity",
            "CIO",
            "Community interest company",
            "Constituted group",
            "School PTA",
        ],
    )
    radios(
        "income",
        "Annual income",
        ["Under £25,000", "£25,000 to £100,000", "Over £100,000"],
    )
    bar("Part B: Your project")
    field("project_title", "Project title", 80)
    field("start_date", "Start date", 10)
    field("end_date", "End date", 10)
    box(
        "b1",
        "B1 Describe your project and the activities it will run. (up to 1,800 characters)",
        "B1 Describe your project and the activities it will run.",
        1800,
        120,
    )
    box(
        "b2",
        "B2 Who will take part? Tell us the ages of the children, young people or adults and "
        "how many you expect. (up to 900 characters)",
        "B2 Who will take part?",
        900,
        70,
    )
    box(
        "b3",
        "B3 How will the activities be autism friendly? For example sensory-friendly spaces, "
        "visual information before the session, quiet times, and staff trained in autism "
        "awareness. (up to 1,500 characters)",
        "B3 How will the activities be autism friendly?",
        1500,
        100,
    )
    box(
        "b4",
        "B4 How have autistic people or their families shaped the project? "
        "(up to 1,200 characters)",
        "B4 How have autistic people or their families shaped the project?",
        1200,
        90,
    )
    box(
        "b5",
        "B5 What difference will the project make? (up to 1,200 characters)",
        "B5 What difference will the project make?",
        1200,
        90,
    )
    box(
        "b6",
        "B6 How will you make sure the activity is accessible, including for disabled people "
        "and families on low incomes? (up to 900 characters)",
        "B6 How will you make sure the activity is accessible?",
        900,
        70,
    )
    box(
        "b7",
        "B7 Is there anything else you would like to tell us about your project?",
        "B7 Anything else you would like to tell us",
        0,
        70,
    )
    bar("Part C: Safeguarding and staffing")
    radios(
        "at_risk",
        "Will children or adults at risk take part in the activities?",
        ["Yes", "No"],
    )
    field("ratio", "Staff or volunteer to participant ratio", 10)
    radios(
        "dbs",
        "Do all staff and volunteers who will work with children or adults at risk have an "
        "enhanced DBS check?",
        ["Yes", "No", "Not applicable"],
    )
    field("safeguarding_lead", "Name of your safeguarding lead", 60)
    radios(
        "insurance",
        "Does your organisation hold public liability insurance of at least £5 million?",
        ["Yes", "No"],
    )
    bar("Part D: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("amount", "Amount requested (£), up to £3,000", 10)
    txt("What will the grant pay for? Tick all that apply.", 10, "Helvetica-Bold")
    state["y"] -= 2
    for name, label in [
        ("pay_staff", "Sessional staff or support workers"),
        ("pay_venue", "Venue hire"),
        ("pay_sensory", "Sensory equipment or resources"),
        ("pay_training", "Training for staff or volunteers"),
        ("pay_transport", "Transport"),
        ("pay_other", "Other running costs"),
    ]:
        tick(name, label)
    bar("Part E: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_governing", "Your governing document (constitution, set of rules or articles)")
    tick(
        "doc_accounts",
        "Your latest annual accounts. These can be accounts approved by your committee; they "
        "do not need to be examined or audited",
    )
    tick(
        "doc_bank",
        "A bank statement from the last three months showing the organisation's name",
    )
    tick("doc_safeguarding", "Your safeguarding policy, reviewed in the last two years")
    tick(
        "doc_dbs",
        "If children or adults at risk will take part: evidence of enhanced DBS checks for the "
        "staff and volunteers who will work with them (a list of names, dates and certificate "
        "numbers is fine)",
    )
    bar("Part F: Declaration")
    tick(
        "decl_true",
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation.",
    )
    tick(
        "decl_data",
        "Our organisation has a data protection policy and will keep participants' personal "
        "information safe.",
    )
    field("signature", "Signature", 60)
    field("print_name", "Print name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Lynmere Community Foundation, 3 Wharf Buildings, Canal Street, Lynmere LY2 5DP. "
        "Telephone 01632 962 775. Registered charity number 1158834.",
        9,
    )
    c.save()


def brantisford() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brantisford-inclusive-activities-grant-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Inclusive Activities and Sensory Sessions Grant 2027/28: guidance notes")
    c.setAuthor("Brantisford Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Brantisford Borough Council: Inclusive Activities Grant guidance")
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
        state["y"] -= 18

    def bullet(t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 70 - 50)
        room(14 * len(lines))
        c.setFont(font, 10)
        c.drawString(58, state["y"], "\u2022")
        for line in lines:
            c.drawString(70, state["y"], line)
            state["y"] -= 14
        state["y"] -= 2

    def table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> None:
        for n, row in enumerate(rows):
            f = bold if n == 0 else font
            cells = [simpleSplit(t, f, 9.5, wd - 8) for t, wd in zip(row, widths, strict=True)]
            height = 13 * max(len(x) for x in cells) + 8
            room(height)
            x = 50
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - height, wd, height, stroke=1, fill=0)
                c.setFont(bold if n == 0 else font, 9.5)
                for i, line in enumerate(lines):
                    c.drawString(x + 4, state["y"] - 13 - 13 * i, line)
                x += wd
            state["y"] -= height
        state["y"] -= 12

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Brantisford Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Inclusive Activities and Sensory Sessions Grant 2027/28")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(50, state["y"], "Guidance notes for applicants")
    state["y"] -= 26
    heading("1. About the grant")
    para(
        "The Inclusive Activities and Sensory Sessions Grant helps clubs, groups and charities "
        "in Brantisford to open their activities to children and young people with special "
        "educational needs and disabilities (SEND), including autistic children and children "
        "with ADHD, sensory processing differences or learning disabilities. It is part of the "
        "Council's SEND Local Offer and is funded from the short breaks budget."
    )
    para(
        "Grants are from £500 to £8,000. We expect to make about twenty grants in 2027/28. "
        "Please read these notes before you fill in the application form."
    )
    heading("2. Who can apply")
    para("You can apply if your organisation:")
    bullet(
        "is a registered charity, CIO, community interest company, constituted voluntary "
        "group, or a school or academy applying for an out-of-school activity;"
    )
    bullet("runs, or will run, its activity in the borough of Brantisford;")
    bullet("has a bank account in its own name needing two unrelated signatories;")
    bullet("has a safeguarding policy and a named safeguarding lead.")
    para(
        "We cannot fund individuals, political or religious activity, or activities that a "
        "school must already provide under a child's education, health and care plan (EHCP)."
    )
    heading("3. What the grant pays for")
    table(
        [
            ("We can pay for", "We cannot pay for"),
            (
                "Extra staff so that children with SEND can join in, at the right staff ratio",
                "Costs you have already paid before we decide",
            ),
            (
                "Sensory equipment, quiet spaces and visual resources",
                "Buildings, vehicles or major building work",
            ),
            (
                "Relaxed or sensory-friendly sessions, such as swimming, trampolining or cinema",
                "Trips abroad or overnight residentials",
            ),
            (
                "Autism awareness, SEND and safeguarding training for staff and volunteers",
                "Activities that only benefit your own staff",
            ),
        ],
        (248, 247),
    )
    heading("4. How much you need to find")
    para(
        "We can fund up to 75% of the total cost of your project. You must find the remaining "
        "25% from your own funds, from fees or from other funders. Volunteer time does not "
        "count towards your share."
    )
    heading("5. Safeguarding, staffing and risk")
    para(
        "Children with SEND can be more vulnerable than other children, so we look carefully "
        "at how you will keep them safe. Your sessions should have enough adults for the "
        "children attending (for most groups at least one adult to three children, and one to "
        "one for children who need it), a named safeguarding lead, and a written risk "
        "assessment. You will need written consent from a parent or carer for each child, "
        "including any medical information and emergency contacts."
    )
    para(
        "Your organisation must also have a health and safety policy. You do not need to send "
        "it with your application, but we may ask to see it."
    )
    para(
        "Your organisation must hold public liability insurance with cover of at least £5 million."
    )
    heading("6. How to apply")
    para(
        "Fill in the Word application form, which you can download from "
        "brantisford.example.gov.uk/inclusivegrant, and email it with your documents to "
        "sendgrants@brantisford.example.gov.uk. The form asks about your organisation, your "
        "activity (up to 400 words), the children it is for (up to 200 words), how you will "
        "make it inclusive (up to 300 words), how you will keep children safe, and your "
        "costs. If you cannot use the Word form, ring us and we will send a paper copy."
    )
    heading("7. What to send with your application")
    para(
        "Please send the documents below. We cannot assess an application until we have "
        "every document that applies to you."
    )
    table(
        [
            ("Document", "Who must send it"),
            ("Your constitution or other governing document", "Every applicant"),
            (
                "Your latest annual accounts. If your income is over £100,000 they must be "
                "independently examined or audited; otherwise accounts signed by your treasurer "
                "and one other committee member are fine",
                "Every applicant",
            ),
            ("Your safeguarding policy, covering children and adults at risk", "Every applicant"),
            ("A copy of your public liability insurance certificate", "Every applicant"),
            ("A risk assessment for the activity", "Every applicant"),
            (
                "Bank statements for the last three months, instead of accounts",
                "Groups that have been running for less than 12 months",
            ),
            (
                "A written quote for each item of equipment costing over £500",
                "Applicants asking for more than £5,000",
            ),
            ("Your volunteer policy", "Groups that use volunteers to run sessions"),
            (
                "A list of the staff and volunteers who will work with the children, with the "
                "date of each person's enhanced DBS check",
                "Activities for children and young people under 18",
            ),
        ],
        (330, 165),
    )
    heading("8. How we assess applications")
    para(
        "A panel of Council officers and two members of the Brantisford Parent Carer Forum "
        "scores each application:"
    )
    table(
        [
            ("What we look at", "Weight"),
            ("Need for the activity and the families it will reach", "30%"),
            ("How inclusive and accessible the activity will be", "30%"),
            ("Safeguarding, staffing and risk", "25%"),
            ("Value for money", "15%"),
        ],
        (380, 115),
    )
    heading("9. Timetable")
    table(
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 7 June 2027"),
            ("Closing date", "Friday 16 July 2027, 5pm"),
            ("Panel meets", "Week beginning 6 September 2027"),
            ("Decisions sent", "By Friday 17 September 2027"),
            ("Activities run", "October 2027 to August 2028"),
        ],
        (250, 245),
    )
    heading("10. Questions people often ask")
    heading("Can we apply if we are not on the SEND Local Offer?", 10)
    para("Yes. If you get a grant, we will ask you to list your activity on the Local Offer.")
    heading("Can we charge families?", 10)
    para(
        "Yes, but fees must be affordable, and you should say how you will help families "
        "who cannot pay."
    )
    heading("Can we apply for more than one activity?", 10)
    para("Yes, on one form, up to the £8,000 maximum.")
    heading("What happens after the grant?", 10)
    para(
        "We will ask for a short report and photographs (with parents' consent) within "
        "three months of the end of the activity."
    )
    heading("11. Contact us")
    para(
        "SEND Partnerships Team, Brantisford Borough Council, Civic Centre, Regent Road, "
        "Brantisford BR5 2HW. Telephone 01632 963 140. Email "
        "sendgrants@brantisford.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    ambersham()
    fellgarth()
    lynmere()
    brantisford()
