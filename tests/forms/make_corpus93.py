"""Build set 93's Word and PDF documents (typical local charitable trusts' and old endowed
charities' grants to organisations: a town lands charity's form, a municipal charities' notes
for groups applying by letter, a High Sheriff's Fund run by a community foundation and a
relief-in-need charity's printed form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus93.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _new(title: str, author: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    return d


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label)
        kit.row_height(r, 400)


def _question(d, text: str, height: int = 2800) -> None:
    """A question as a bold paragraph over an empty one-cell box (a trustee's Word form)."""
    d.add_paragraph().add_run(text).bold = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    kit.row_height(t.rows[0], height)
    d.add_paragraph()


def _grid(d, headers: list[str], rows: int, total: bool = False) -> None:
    t = d.add_table(rows=rows + 1 + int(total), cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers, strict=True):
        kit.set_cell(c, h, bold=True)
    for r in t.rows[1:]:
        kit.row_height(r, 360)
    if total:
        kit.set_cell(t.rows[-1].cells[0], "Total", bold=True)
    d.add_paragraph()


def crowdleham() -> None:
    d = _new(
        "Application for a grant to an organisation",
        "Clerk to the Trustees, Crowdleham Town Lands Charity",
    )
    p = d.add_paragraph
    d.add_heading("The Crowdleham Town Lands Charity", 0)
    p("Registered charity number 1021345")
    p().add_run("Application for a grant to an organisation").bold = True
    p(
        "The Town Lands Charity was founded in 1582 and holds land and property in the town "
        "whose income is used for the benefit of the inhabitants of the ancient parish of "
        "Crowdleham. Each year the Trustees make grants to clubs, societies, churches and "
        "community groups whose work benefits people who live in the parish. Most grants are "
        "between £100 and £3,000."
    )
    p(
        "The Trustees meet in March, June, September and December. Completed forms must reach "
        "the Clerk by the first day of the month before the meeting at which you would like "
        "your application considered. Please answer every question, in the box provided, and "
        "keep to the word limits. Do not send a covering letter instead of answering the "
        "questions on the form."
    )
    p(
        "The Trustees expect an organisation to contribute at least 10% of the cost of its "
        "project from its own funds or fundraising. They will not normally make a grant for "
        "the same purpose in two successive years."
    )
    d.add_heading("Part 1: About your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Address for correspondence",
            "Postcode",
            "Name of contact",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity number (if any)",
            "Year the organisation was formed",
            "Number of members",
        ],
    )
    p()
    p().add_run("Is your organisation (please tick one):").bold = True
    p(
        f"{BOX} A registered charity    {BOX} A constituted voluntary group    "
        f"{BOX} A church or other faith group    {BOX} A parish or school body    {BOX} Other"
    )
    _question(
        d,
        "1.1 What are the aims of your organisation and what does it do? (no more than 200 words)",
    )
    _details(
        d,
        [
            "1.2 How many people who live in Crowdleham take part in or benefit from "
            "your activities each year?"
        ],
    )
    p()
    d.add_heading("Part 2: Your application", 1)
    _question(
        d,
        "2.1 What do you want the grant for? Please describe the project, activity or items "
        "you wish to buy. (no more than 300 words)",
        3600,
    )
    _question(
        d,
        "2.2 Who will benefit, and how will the grant help people who live in Crowdleham? "
        "(no more than 250 words)",
        3200,
    )
    _question(
        d,
        "2.3 Why is your organisation unable to meet this cost from its own funds? (no more "
        "than 150 words)",
        2000,
    )
    p().add_run("2.4 Breakdown of costs").bold = True
    _grid(d, ["Item or activity", "Supplier", "Cost (£)"], 5, total=True)
    _details(
        d,
        [
            "2.5 Total cost of the project (£)",
            "2.6 Amount requested from the Trustees (£)",
            "2.7 Amount your organisation will contribute, and amounts raised or applied for "
            "from elsewhere (£)",
        ],
    )
    p()
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "2.8 Has the Charity given your organisation a grant in the last three years?",
    )
    kit.set_cell(t.rows[0].cells[1], f"Yes {BOX}    No {BOX}")
    kit.set_cell(t.rows[1].cells[0], "If yes, the year and the amount")
    kit.row_height(t.rows[1], 400)
    p()
    d.add_heading("Part 3: Your finances", 1)
    p("Please give these figures from your most recent annual accounts.")
    _details(
        d,
        [
            "3.1 Total income in your last financial year (£)",
            "3.2 Total expenditure in your last financial year (£)",
            "3.3 Money held at the end of that year, in all accounts (£)",
        ],
    )
    p()
    d.add_heading("Part 4: Documents to send with this form", 1)
    p(
        "Please send the following with your form and tick the box to show that you have "
        "enclosed each one. Incomplete applications will be held over to the next meeting."
    )
    docs = [
        "A copy of your constitution, rules or other governing document",
        "Your most recent annual accounts or income and expenditure statement, signed by your "
        "treasurer (they do not need to be audited)",
        "A bank statement for your main account, dated within the last three months",
        "Quotations for any single item costing more than £500",
        "If your organisation works with children, young people or vulnerable adults: a copy "
        "of your safeguarding policy",
    ]
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Part 5: Declaration", 1)
    p(
        "I confirm that I am authorised to make this application on behalf of the "
        "organisation named above and that the information given is true and complete. If a "
        "grant is made, it will be used only for the purpose described, any part not used "
        "for that purpose will be returned to the Charity, and receipts will be sent to the "
        "Clerk within six months of payment."
    )
    p(
        "The form must be signed by two officers of the organisation (for example the "
        "Chairman, Secretary or Treasurer) who are not related to each other."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[1], "First officer", bold=True)
    kit.set_cell(t.rows[0].cells[2], "Second officer", bold=True)
    for r, label in zip(t.rows[1:], ["Signature", "Name", "Position", "Date"], strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.row_height(r, 480)
    p()
    p(
        "Please return this form to: The Clerk to the Trustees, Crowdleham Town Lands Charity, "
        "The Old Grammar School, Church Street, Crowdleham CW7 2LB, or by email to "
        "clerk@crowdlehamtownlands.example.org.uk. Telephone 01632 960 772."
    )
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "For office use only", bold=True)
    for c, label in zip(
        t.rows[1].cells, ["Date received", "Meeting", "Decision", "Amount £"], strict=True
    ):
        kit.set_cell(c, label)
    out = HERE / "crowdleham-town-lands-charity-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def motterwell() -> None:
    d = _new(
        "Grants to local organisations: notes for applicants",
        "Motterwell Municipal Charities",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Motterwell Municipal Charities", 0)
    p("Registered charity number 1098712")
    p().add_run("Grants to local organisations: notes for applicants (revised 2027)").bold = True
    d.add_heading("About the Charities", 1)
    p(
        "The Motterwell Municipal Charities were brought together in 1896 from the old "
        "charities of the borough: the Bridge Estate, the Poor's Coal Fund, Alderman "
        "Pennock's Gift and several smaller bequests. Today the Charities own farmland and "
        "shops in the town, and the income is used to relieve need and to support community "
        "life for people living in the area of the former Borough of Motterwell."
    )
    p(
        "There are nine Trustees: three nominated by Motterwell Town Council and six "
        "co-opted for their knowledge of the town. The Charities are administered by a "
        "part-time Clerk. As well as helping individuals in need, the Trustees set aside "
        "about £40,000 a year for grants to local organisations."
    )
    d.add_heading("Who can apply", 1)
    p("We can consider applications from:")
    bullet("registered charities and charitable incorporated organisations;")
    bullet(
        "voluntary and community groups with a written constitution and a bank account "
        "needing at least two signatures;"
    )
    bullet("churches and faith groups, for activities open to the whole community; and")
    bullet("schools and pre-schools, for activities beyond what the school must provide.")
    p(
        "Your organisation must be based in, or work mainly for people living in, the area of "
        "the former Borough of Motterwell. A map of the area is on our website."
    )
    d.add_heading("What we fund", 1)
    p(
        "The Trustees like to support practical projects that make a clear difference to "
        "local people, particularly older people, families on low incomes, young people and "
        "people who are isolated or disabled. Recent grants have paid for a new boiler for a "
        "village hall, a minibus for a day centre, coaching for a youth football club, a "
        "winter warm space, equipment for a food bank and the printing of a local history "
        "trail."
    )
    p("We do not fund:")
    bullet("individuals (please ask the Clerk for our separate form for individuals in need);")
    bullet("work that has already started or items already bought;")
    bullet("salaries, except sessional fees for a specific project;")
    bullet("political activity or the promotion of religion;")
    bullet("organisations that hold more than a year's running costs in unrestricted reserves; or")
    bullet("work that a public body, such as the council or the NHS, has a duty to pay for.")
    d.add_heading("How much you can ask for", 1)
    p(
        "Grants are usually between £250 and £5,000. Most grants are under £2,000. The "
        "Charities will not normally meet the whole cost of a project: you should expect to "
        "raise at least half of the cost from your own funds or from other sources, and your "
        "letter should say where that money will come from."
    )
    d.add_heading("How to apply", 1)
    p(
        "We do not have an application form for organisations. Please write a letter to the "
        "Clerk on your organisation's headed paper, signed by your Chair or Secretary. Your "
        "letter should be no longer than two sides of A4 and should tell us:"
    )
    bullet("what your organisation does, and how long it has been going;")
    bullet("what you want the grant for, and why it is needed;")
    bullet("how many local people will benefit, and how;")
    bullet("the total cost, how much you are asking us for and where the rest will come from;")
    bullet("when the money will be spent; and")
    bullet("the name, address, telephone number and email address of the person we should contact.")
    d.add_heading("What to send with your letter", 1)
    p("Every organisation must enclose:")
    number("a copy of its constitution, rules or other governing document;")
    number(
        "its most recent annual accounts. If your annual income is over £25,000 these must "
        "be independently examined or audited. Smaller organisations may send accounts that "
        "have been approved at their annual general meeting and signed by the Treasurer;"
    )
    number("a budget for the project, showing all the expected costs and income; and")
    number("a copy of a bank statement dated within the last three months.")
    p("Some organisations must also enclose:")
    bullet(
        "if you are asking for more than £2,000 towards equipment or building work: two "
        "written quotations;"
    )
    bullet(
        "if your project involves working with children, young people or vulnerable adults: "
        "a copy of your safeguarding policy."
    )
    d.add_heading("Insurance", 1)
    p(
        "All organisations that receive a grant must hold public liability insurance with "
        "cover of at least £5 million. You do not need to send a copy of your certificate, "
        "but the Clerk may ask to see it before a grant is paid."
    )
    d.add_heading("When to apply", 1)
    p(
        "The Trustees meet in January, April, July and October. Letters must reach the Clerk "
        "by the 1st of the month before each meeting (1 December, 1 March, 1 June and 1 "
        "September). Letters received after the closing date will be held over to the next "
        "meeting."
    )
    d.add_heading("What happens next", 1)
    p(
        "The Clerk will acknowledge your letter and may telephone you or arrange a visit by "
        "one of the Trustees. You will hear the Trustees' decision in writing within two "
        "weeks of the meeting. The Trustees' decision is final, and they do not give reasons "
        "for refusing an application. If you are unsuccessful you may apply again after "
        "twelve months."
    )
    d.add_heading("If you receive a grant", 1)
    p(
        "Grants are paid by bank transfer to the organisation's account, never to an "
        "individual. You must spend the grant within twelve months on the purpose for which "
        "it was given, and send the Clerk the receipts and a short report on what was "
        "achieved, with photographs if you have them. Please acknowledge the Charities' "
        "support in your publicity and annual report."
    )
    d.add_heading("Contact", 1)
    p(
        "The Clerk to the Trustees, Motterwell Municipal Charities, 14 Bridge Street, "
        "Motterwell MW3 5QT. Telephone 01632 961 204 (Tuesday and Thursday mornings). Email "
        "clerk@motterwellcharities.example.org.uk."
    )
    out = HERE / "motterwell-municipal-charities-grants-to-organisations-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hawkesdyke() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hawkesdyke-high-sheriffs-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("The High Sheriff's Fund: application form")
    c.setAuthor("Hawkesdyke Community Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 56}
    green = HexColor("#2E5E4E")

    def room(need: float) -> None:
        if state["y"] - need < 56:
            c.showPage()
            state["y"] = hgt - 56

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
            x=260,
            y=state["y"] - 18,
            width=285,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, maxlen: int, height: int = 120) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        form.textfield(
            name=name,
            tooltip=label,
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
        txt(label, 10)
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
            x += 20 + c.stringWidth(opt, "Helvetica", 9.5) + 16
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
    c.drawString(50, state["y"], "Hawkesdyke Community Foundation")
    state["y"] -= 22
    txt("The High Sheriff's Fund 2027: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Each year the High Sheriff of Hawkesdyke raises money for community groups that help "
        "young people to stay safe, steer clear of crime and make a positive contribution. "
        "The Fund is held and administered on the High Sheriff's behalf by Hawkesdyke "
        "Community Foundation. Grants are up to £1,500, and the High Sheriff presents the "
        "awards at a reception in the spring."
    )
    state["y"] -= 4
    txt(
        "The Fund can pay for the whole cost of a small project: you do not have to find "
        "other funding. You can fill in this form on screen and save it. Each answer box has "
        "a character limit, shown beside the question. Email the completed form and your "
        "documents to highsheriff@hawkesdykecf.example.org.uk by 31 January 2027."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("org_address", "Address", 200)
    field("org_postcode", "Postcode", 8)
    field("contact_name", "Contact name", 60)
    field("contact_position", "Position in organisation", 60)
    field("contact_phone", "Telephone", 15)
    field("contact_email", "Email", 80)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO", "Constituted group", "CIC", "Other"],
    )
    field("reg_number", "Charity or company number (if any)", 12)
    field("income", "Income in your last financial year (£)", 10)
    radios("previous", "Have you had a grant from the Foundation before?", ["Yes", "No"])
    bar("Section 2: Your project")
    box(
        "q1",
        "2.1 Tell us about your organisation and what it does. (up to 1,200 characters)",
        1200,
        100,
    )
    box(
        "q2",
        "2.2 Describe your project. What will you do, where, and when? (up to 1,800 characters)",
        1800,
        140,
    )
    box(
        "q3",
        "2.3 How will your project help young people in Hawkesdyke to stay safe or keep away "
        "from crime and anti-social behaviour? (up to 1,500 characters)",
        1500,
        120,
    )
    box(
        "q4",
        "2.4 How will you know that your project has made a difference? (up to 1,200 characters)",
        1200,
        100,
    )
    field("young_people", "2.5 Number of young people who will take part", 6)
    field("start_date", "2.6 Date the project will start", 10)
    bar("Section 3: Costs")
    field("total_cost", "3.1 Total cost of the project (£)", 10)
    field("amount", "3.2 Amount requested (maximum £1,500)", 10)
    bar("Section 4: Checklist")
    txt("Please tick to show which documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your governing document (constitution, set of rules or trust deed)")
    tick(
        "doc_accounts",
        "Your latest annual accounts or, if your organisation has been running for less "
        "than a year, a statement of income and expenditure signed by two committee members",
    )
    tick(
        "doc_bank",
        "A bank statement in the organisation's name, dated within the last three months",
    )
    tick(
        "doc_safeguarding",
        "Your safeguarding policy (every applicant, as all projects work with young people)",
    )
    tick("doc_quote", "Only if you are asking for equipment costing more than £300: a quote")
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that I am authorised to apply on behalf of the organisation, that the "
        "information in this form is correct, and that any grant will be spent on the "
        "project described.",
    )
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Hawkesdyke Community Foundation, The Corn Exchange, Market Place, Hawkesdyke HK1 "
        "3RS. Telephone 01632 962 118. Registered charity number 1134560.",
        9,
    )
    c.save()


def lathingdon() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lathingdon-relief-in-need-charity-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Application for a grant to an organisation")
    c.setAuthor("The Lathingdon Relief in Need Charity")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}

    def folio() -> None:
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, 34, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11, font: str = "Times-Roman", x: float = 64) -> None:
        for line in simpleSplit(t, font, size, w - x - 64):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def head(t: str) -> None:
        room(60)
        state["y"] -= 8
        para(t, 12.5, "Times-Bold")

    def question(t: str, n: int) -> None:
        """A numbered question in bold with n ruled lines, kept together on one page."""
        room(15 * len(simpleSplit(t, "Times-Bold", 11, w - 128)) + 22 * n + 12)
        para(t, 11, "Times-Bold")
        lines(n)

    def lines(n: int) -> None:
        for _ in range(n):
            room(22)
            state["y"] -= 8
            c.setLineWidth(0.5)
            c.line(64, state["y"], w - 64, state["y"])
            state["y"] -= 14
        state["y"] -= 4

    def item(label: str) -> None:
        """A short answer: the label, then a rule to the right margin."""
        room(24)
        c.setFont("Times-Roman", 11)
        c.drawString(64, state["y"], label)
        x = 64 + c.stringWidth(label, "Times-Roman", 11) + 6
        c.setLineWidth(0.5)
        c.line(x, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    def grid(headers: list[str], widths: list[int], rows: int) -> None:
        room(18 * (rows + 1) + 10)
        x = 64
        for h, wd in zip(headers, widths, strict=True):
            c.rect(x, state["y"] - 5, wd, 18, stroke=1, fill=0)
            c.setFont("Times-Bold", 10.5)
            c.drawString(x + 4, state["y"], h)
            x += wd
        for _ in range(rows):
            state["y"] -= 18
            x = 64
            for wd in widths:
                c.rect(x, state["y"] - 5, wd, 18, stroke=1, fill=0)
                x += wd
        state["y"] -= 28

    c.setFont("Times-Bold", 17)
    c.drawCentredString(w / 2, state["y"], "THE LATHINGDON RELIEF IN NEED CHARITY")
    state["y"] -= 20
    c.setFont("Times-Roman", 11)
    c.drawCentredString(w / 2, state["y"], "Registered charity number 247118")
    state["y"] -= 30
    para("APPLICATION FOR A GRANT TO AN ORGANISATION", 13, "Times-Bold")
    head("Notes for applicants")
    para(
        "The Charity was formed in 1978 from the Lathingdon Almshouse Charity, the Poor's "
        "Allotment and the Fuel Allotment, under a scheme of the Charity Commissioners. Its "
        "purpose is to relieve people living in the parish of Lathingdon who are in need, "
        "hardship or distress. Most of its help goes directly to individuals, but the "
        "Trustees also make grants to organisations that provide services or facilities for "
        "people in need in the parish, such as lunch clubs, carers' groups, a food bank or a "
        "debt advice service."
    )
    para(
        "Grants to organisations are usually between £200 and £2,500. The Trustees meet in "
        "April and October; completed forms must reach the Clerk by 1 March or 1 September. "
        "Please complete the form in black ink or type, and write clearly. If you need more "
        "space you may continue on a separate sheet, but please keep to the word limits."
    )
    para(
        "The Trustees cannot give grants for work outside the parish, for the general "
        "running costs of national charities, or to replace funding that a statutory body "
        "should provide."
    )
    head("Section A: Your organisation")
    item("1. Name of organisation")
    item("2. Address")
    item("3. Postcode")
    item("4. Name of contact")
    item("5. Position held")
    item("6. Telephone")
    item("7. Email")
    item("8. Registered charity number (if any)")
    head("Section B: Your application")
    question(
        "9. Please describe the work of your organisation and the people it helps. (no more "
        "than 200 words)",
        7,
    )
    question(
        "10. How does your organisation help people in Lathingdon who are in need, hardship "
        "or distress? (no more than 200 words)",
        7,
    )
    question("11. What is the grant for? (no more than 250 words)", 8)
    question(
        "12. What difference will the grant make to the people you help? (no more than 150 words)",
        5,
    )
    item("13. How many people in the parish will benefit in a year?")
    item("14. Total cost of what the grant is for £")
    item("15. Amount requested from the Charity £")
    para("16. Other funding applied for", 11, "Times-Bold")
    grid(["Funder", "Amount (£)", "Result or date expected"], [190, 110, 167], 4)
    para(
        "17. Has the Charity given your organisation a grant before?   YES / NO   (please delete)",
        11,
    )
    item("     If YES, in which year?")
    head("Section C: Finance")
    item("18. Total income for your last complete financial year £")
    item("19. Total expenditure for the same year £")
    item("20. Unrestricted reserves at the end of that year £")
    head("Section D: Documents")
    para("Please enclose with this form:")
    para(
        "(a) a copy of your latest annual accounts, audited or independently examined;",
        x=80,
    )
    para("(b) a copy of your constitution or other governing document;", x=80)
    para(
        "(c) written quotations for any single item costing more than £250 that the grant "
        "would pay for; and",
        x=80,
    )
    para(
        "(d) if your organisation is not a registered charity: a letter of reference from a "
        "person of standing in the community who is not a member of your organisation (for "
        "example a doctor, teacher or minister of religion).",
        x=80,
    )
    head("Section E: Declaration")
    para(
        "I declare that the information given on this form is correct to the best of my "
        "knowledge and that I am authorised to apply on behalf of the organisation. If a "
        "grant is made, I undertake that it will be used only for the purpose stated and "
        "that receipts will be sent to the Clerk on request."
    )
    item("Signed")
    item("Name (in capitals)")
    item("Position in organisation")
    item("Date")
    state["y"] -= 6
    para(
        "Please return the completed form to: Mrs J. Ormerod, Clerk to the Trustees, The "
        "Lathingdon Relief in Need Charity, 3 Almshouse Row, Lathingdon LT4 9EP. Email "
        "clerk@lathingdonrelief.example.org.uk.",
        10.5,
    )
    folio()
    c.save()


if __name__ == "__main__":
    crowdleham()
    motterwell()
    hawkesdyke()
    lathingdon()
