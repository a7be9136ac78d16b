"""Build set 94's Word and PDF documents (typical advice services grants: a borough council's
advice services grant, a community foundation's welfare rights and money advice fund, an advice
partnership's small grants and a county council's housing and immigration advice grants,
written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus94.py
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


def ollerbrook() -> None:
    d = kit.new_document(
        FIXED, "Advice Services Grant 2027 to 2030: application form", "Ollerbrook Borough Council"
    )
    p = d.add_paragraph
    d.add_heading("Ollerbrook Borough Council", 0)
    p("Advice Services Grant 2027 to 2030: application form")
    p(
        "The Advice Services Grant funds free, independent and confidential advice for people "
        "who live in Ollerbrook. We will give grants of up to £35,000 a year for three years, "
        "from 1 April 2027, towards the core costs of advice services that help residents with "
        "welfare benefits, debt, housing and employment problems. Funded services will be "
        "members of the Ollerbrook Advice Partnership."
    )
    p(
        "Before you fill in this form, please read the Advice Services Grant guidance, which "
        "explains who can apply and how we will assess applications. Type your answers in the "
        "boxes, which will expand as you type, and keep to the word limits: we will not read "
        "beyond them. Return the form and your documents by email to "
        "advicegrants@ollerbrook.example.gov.uk by 12 noon on Friday 22 January 2027."
    )
    p(
        "If you have any questions, please contact the Communities and Partnerships team on "
        "01632 960 731."
    )
    d.add_heading("Section 1: Your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Registered charity number",
            "Company number (if you have one)",
            "Main contact name",
            "Position in the organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Website",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: Quality standards and registration", 1)
    p(
        "All funded services must hold the Advice Quality Standard (AQS), or be working towards "
        "it and expect to be assessed within 12 months. Services that give immigration advice "
        "must be registered with the Office of the Immigration Services Commissioner (OISC) at "
        "the right level, and services that give debt advice must be authorised by the "
        "Financial Conduct Authority (FCA) or covered by the permission of a national network."
    )
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    rows = [
        (
            "Do you hold the Advice Quality Standard?",
            f"{BOX} Yes   {BOX} No   {BOX} Working towards it",
        ),
        ("Date your AQS certificate expires", ""),
        ("Do you give immigration advice?", f"{BOX} Yes   {BOX} No"),
        ("If yes, your OISC registration number and level", ""),
        ("Do you give debt advice?", f"{BOX} Yes   {BOX} No"),
        ("If yes, your FCA firm reference number (or that of your network)", ""),
        ("Name of the case management system you use", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section 3: Your advice service", 1)
    _question(
        d,
        "3.1 Describe the advice services you provide now: the areas of advice you cover, "
        "where and when you give advice, and how people can reach you (for example face to "
        "face, by telephone, online or through outreach). (max 400 words)",
    )
    _question(
        d,
        "3.2 What are the main advice needs of Ollerbrook residents, and how do you know? "
        "Please use evidence from your case management data and any other local information. "
        "(max 350 words)",
    )
    _question(
        d,
        "3.3 How will you use the grant to help meet the Council's priorities of preventing "
        "homelessness, maximising residents' incomes and tackling problem debt? (max 500 words)",
        4200,
    )
    _question(
        d,
        "3.4 How do you make sure your advice is accurate and of good quality? Tell us how "
        "your advisers are trained and supervised and how you check their casework. "
        "(max 300 words)",
    )
    _question(
        d,
        "3.5 How will you work with other members of the Ollerbrook Advice Partnership and "
        "with Council services, including how you make and receive referrals? (max 300 words)",
    )
    d.add_heading("Section 4: What your service achieves", 1)
    p(
        "Please give these figures for your last full financial year, for Ollerbrook residents "
        "only, taken from your case management system."
    )
    _details(
        d,
        [
            "Number of clients advised",
            "Number of new cases opened",
            "Income gained for clients (£)",
            "Debt written off or rescheduled (£)",
            "Number of households helped to stay in their home",
        ],
        shade=True,
    )
    p()
    _question(
        d,
        "4.1 What difference will your service make to clients over the three years of the "
        "grant, and how will you measure it? (max 300 words)",
    )
    d.add_heading("Section 5: Costs and funding", 1)
    p("Please show how you will spend the grant in each year.")
    _grid(d, ["Cost heading", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)"], 6)
    _details(
        d,
        [
            "Total grant requested over three years (£)",
            "Your organisation's total expenditure last financial year (£)",
        ],
        shade=True,
    )
    p()
    p(
        "The Council does not require match funding for this grant, but please tell us about "
        "the other funding your advice service receives or has applied for."
    )
    _grid(d, ["Funder", "Amount a year (£)", "Confirmed or applied for"], 4)
    d.add_heading("Section 6: Supporting documents", 1)
    p(
        "Please send the following with your application and tick to show what you have "
        "enclosed. We cannot assess your application without the documents every applicant "
        "must send."
    )
    _ticked(
        d,
        [
            "Your governing document (constitution, memorandum and articles of association, or "
            "trust deed), signed and dated",
            "Your latest annual accounts, audited or independently examined",
            "Your safeguarding policy",
            "Your data protection and confidentiality policy",
            "Your complaints procedure",
            "Your professional indemnity insurance certificate",
            "If you hold the Advice Quality Standard: a copy of your certificate",
            "If you give immigration advice: your OISC registration certificate",
            "If you give debt advice: evidence of your FCA authorisation, or of your network's "
            "permission",
        ],
    )
    d.add_heading("Section 7: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised to sign on behalf of the organisation. I confirm that the organisation has "
        "an equal opportunities policy, holds public liability insurance of at least £5 million "
        "and professional indemnity insurance of at least £1 million, and will keep them in "
        "place for the whole grant period. I understand that the Council may withhold or "
        "recover the grant if any information given is found to be untrue."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Communities and Partnerships, Ollerbrook Borough Council, Town Hall, Market Street, "
        "Ollerbrook OB1 4TR. www.ollerbrook.example.gov.uk/advicegrants"
    )
    out = HERE / "ollerbrook-advice-services-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def fennimoor() -> None:
    d = kit.new_document(
        FIXED,
        "Welfare Rights and Money Advice Fund: guidance notes",
        "Fennimoor Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Welfare Rights and Money Advice Fund", 0)
    p("Guidance notes for applicants, 2027. Fennimoor Community Foundation")
    d.add_heading("1. About the fund", 1)
    p(
        "The Welfare Rights and Money Advice Fund helps local charities and community groups "
        "in Fennimoor to give free advice on welfare benefits, debt and money problems. More "
        "people are struggling with the cost of living, and good advice at the right time can "
        "stop a problem with a benefit claim or a debt turning into a crisis. The fund is "
        "supported by local businesses, two housing associations and the Foundation's own "
        "endowment."
    )
    p(
        "We give grants of £5,000 to £20,000 for up to two years. We can fund adviser and "
        "supervisor salaries, outreach sessions in community venues, training towards advice "
        "qualifications, tribunal representation, interpreting, and the costs of a case "
        "management system."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community interest "
        "company or a constituted community group;"
    )
    bullet("gives free, independent and confidential advice to people living in Fennimoor;")
    bullet(
        "holds the Advice Quality Standard or another recognised quality mark, or can show "
        "that it is working towards one; and"
    )
    bullet(
        "if it gives debt advice, is authorised by the Financial Conduct Authority (FCA) or "
        "covered by the permission of a national advice network."
    )
    p(
        "We cannot fund individuals, organisations that charge clients for advice, or advice "
        "given only to members of a particular organisation."
    )
    d.add_heading("3. What we are looking for", 1)
    p("We will give priority to projects that:")
    bullet(
        "reach people who find it hard to get advice, such as disabled people, carers, "
        "older people and people who do not speak English as a first language;"
    )
    bullet("give advice early, before problems reach crisis point;")
    bullet("go beyond information and signposting to casework and representation where needed;")
    bullet("work with other advice services, so that clients are referred to the right place.")
    d.add_heading("4. Match funding", 1)
    p(
        "We will not fund the whole cost of a project. You will need to find at least 20% of "
        "the total cost from other sources, such as your own reserves, another funder or a "
        "local council. You can include the value of volunteer advisers' time, worked out at "
        "£15 an hour."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online at www.fennimoorcf.example.org.uk/advicefund. The online form asks about "
        "your organisation, the advice you give now, the project and who it will help, how you "
        "will make sure the advice is of good quality, the outcomes you expect and the budget. "
        "You can save your answers and come back to them before you submit. Please call us "
        "before you apply so that we can talk through your idea."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload these documents with the online form:")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "What we are looking for", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    rows = [
        (
            "Governing document",
            "Your constitution, articles of association or trust deed, signed and dated.",
        ),
        (
            "Annual accounts",
            "Your most recent annual accounts. If your organisation is less than 18 months "
            "old and has not yet produced accounts, send your last three months' bank "
            "statements instead.",
        ),
        (
            "Safeguarding policy",
            "Covering adults at risk, and children if you work with families. It must have "
            "been reviewed in the last two years.",
        ),
        (
            "Case data summary",
            "A summary from your case management system for your last full year: the number "
            "of clients, the main advice areas and the outcomes you recorded, such as income "
            "gained and debts written off.",
        ),
    ]
    for r, (a, b) in zip(t.rows[1:], rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b)
    p()
    p("Some applicants must also send:")
    bullet(
        "if you give debt advice: evidence of your FCA authorisation, or a letter from your "
        "network confirming that its permission covers you;"
    )
    bullet(
        "if you will give advice on immigration matters: your OISC registration certificate, "
        "showing that you are registered at the right level for the advice you will give."
    )
    p(
        "You do not need to send your quality mark certificate, but you will be asked in the "
        "form when it was awarded and when it expires."
    )
    d.add_heading("7. Policies and insurance", 1)
    p(
        "All the organisations we fund must have an equal opportunities policy and a data "
        "protection policy, and must be registered with the Information Commissioner's Office. "
        "You do not need to send these policies, but we may ask to see them."
    )
    p(
        "You must hold public liability insurance with cover of at least £2 million and "
        "professional indemnity insurance suitable for the advice you give. We may ask to see "
        "your certificates before we pay the grant."
    )
    d.add_heading("8. How we decide", 1)
    p(
        "A grants officer will read your application and may visit you or ask to see your "
        "service in action. A panel of trustees and people with experience of advice work "
        "then decides which projects to fund. The panel meets in March and September. We will "
        "tell you the decision within three weeks of the meeting."
    )
    d.add_heading("9. If you receive a grant", 1)
    p(
        "You will sign a grant agreement and send us a short report every six months, with "
        "figures from your case management system. We pay the first year's grant in two "
        "instalments and the second year's after we have received your first annual report."
    )
    d.add_heading("10. Contact us", 1)
    p(
        "Grants team, Fennimoor Community Foundation, The Old Chapel, 12 Mill Lane, Fennimoor "
        "FM4 2JD. Telephone 01632 961 284. Email grants@fennimoorcf.example.org.uk."
    )
    out = HERE / "fennimoor-welfare-rights-money-advice-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def quillbury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "quillbury-advice-partnership-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Advice Partnership Small Grants: application form")
    c.setAuthor("Quillbury Advice Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#00594F")

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
    c.drawString(50, state["y"], "Quillbury Advice Partnership")
    state["y"] -= 22
    txt("Small Grants Fund 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Quillbury Advice Partnership brings together the advice services in Quillbury "
        "district: Citizens Advice, the law centre, the housing advice charity, two money "
        "advice services and the advice sessions run by community groups. Its Small Grants "
        "Fund, paid for by Quillbury District Council, gives grants of up to £3,000 to "
        "member organisations for training advisers, outreach sessions, interpreting, "
        "accessible information and small items of equipment."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each answer box has a character limit, shown "
        "after the question. Please read the Small Grants Fund criteria before you start, and "
        "email the form and your documents to smallgrants@quillburyadvice.example.org.uk."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("reg_number", "Registered charity or company number", 12)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "aqs",
        "Do you hold the Advice Quality Standard?",
        ["Yes", "No", "Working towards it"],
    )
    field("fca_frn", "FCA firm reference number (if you give debt advice)", 10)
    bar("Part B: Your project")
    box(
        "b1",
        "B1 Tell us about your organisation and the advice you give. (up to 1,200 characters)",
        "B1 Tell us about your organisation and the advice you give",
        1200,
        100,
    )
    box(
        "b2",
        "B2 What do you want the grant for, and why is it needed? (up to 2,400 characters)",
        "B2 What do you want the grant for, and why is it needed?",
        2400,
        160,
    )
    box(
        "b3",
        "B3 How will the project help people in Quillbury to get advice earlier, or help "
        "partners to refer clients to each other? (up to 1,800 characters)",
        "B3 How will the project help people get advice earlier, or help referrals?",
        1800,
        130,
    )
    box(
        "b4",
        "B4 How will you record what the project achieves? Tell us what information you will "
        "take from your case management system for your end-of-grant report. "
        "(up to 1,200 characters)",
        "B4 How will you record what the project achieves?",
        1200,
        100,
    )
    bar("Part C: Costs")
    field("total_cost", "C1 Total cost of the project (£)", 10)
    field("grant_req", "C2 Amount of grant requested (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. We cannot consider your "
        "application until we have every document that applies to you."
    )
    state["y"] -= 4
    tick("doc_gov", "Your constitution or other governing document")
    tick(
        "doc_accounts",
        "Your latest annual accounts or, if you do not produce accounts, an income and "
        "expenditure statement for your last financial year signed by your treasurer",
    )
    tick("doc_bank", "A recent bank statement showing the organisation's name and account")
    tick("doc_quote", "If the grant is for equipment costing more than £300: a quote")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the organisation has "
        "safeguarding, equal opportunities and data protection policies; and that it holds "
        "public liability insurance of at least £5 million.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Quillbury Advice Partnership, c/o Quillbury District Council, Council Offices, "
        "Bridge Street, Quillbury QY2 5LB. Telephone 01632 962 915.",
        9,
    )
    c.save()


def mistlebury() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "mistlebury-housing-immigration-advice-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Housing and Immigration Advice Grants: guidance for applicants")
    c.setAuthor("Mistlebury County Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Mistlebury County Council - Housing and Immigration Advice Grants - guidance "
            f"for applicants 2027 - page {state['page']}",
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
    c.drawString(72, state["y"], "Mistlebury County Council")
    state["y"] -= 30
    para("Housing and Immigration Advice Grants", 15, "Helvetica-Bold")
    para("Guidance for applicants, 2027 to 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. Introduction")
    para(
        "Mistlebury County Council funds independent advice services so that residents can "
        "get free, expert help with problems that put their home or their right to live and "
        "work in the UK at risk. Good advice given early prevents homelessness, keeps families "
        "together and saves money for the residents and for public services."
    )
    para(
        "This guidance explains the Housing and Immigration Advice Grants for 2027 to 2028: "
        "who can apply, what we will fund, what you must send with your application and how "
        "we will make our decisions. Please read it all before you start your application."
    )
    head("2. The two strands")
    para("You can apply to one strand or to both, using a separate form for each.")
    table(
        [
            ("Strand", "Grant", "What it is for"),
            (
                "Housing advice",
                "£10,000 to £40,000 for one year",
                "Specialist housing advice and casework: possession proceedings, disrepair, "
                "tenancy deposits, homelessness applications and reviews, and advice at the "
                "county court duty desk.",
            ),
            (
                "Immigration advice",
                "£10,000 to £30,000 for one year",
                "Regulated immigration advice: applications under the EU Settlement Scheme, "
                "renewals of leave to remain, family reunion, and advice to people whose "
                "immigration status affects their right to rent or to claim benefits.",
            ),
        ],
        (110, 130, 211),
    )
    head("3. Who can apply")
    para("To apply you must:")
    bullet(
        "be a registered charity, a charitable incorporated organisation, a company limited by "
        "guarantee or a community interest company;"
    )
    bullet("give free advice to residents of Mistlebury county, from an office in the county;")
    bullet(
        "hold a recognised quality mark for the advice you will give: the Advice Quality "
        "Standard (AQS), the Specialist Quality Mark or Lexcel;"
    )
    bullet(
        "for the immigration strand, be registered with the Office of the Immigration Services "
        "Commissioner (OISC) at level 2 or above, or employ solicitors regulated by the "
        "Solicitors Regulation Authority (SRA) to give the advice; and"
    )
    bullet(
        "record your cases on a case management system that can report the number of clients, "
        "the type of problem and the outcome."
    )
    para(
        "We cannot fund individuals, organisations that charge clients for advice, or advice "
        "that is already paid for by a legal aid contract."
    )
    head("4. What we will and will not fund")
    para(
        "We will fund adviser and supervisor salaries, a share of your running costs such as "
        "rent and the licence for your case management system, training, interpreting, and "
        "outreach sessions in places such as libraries, food banks and GP surgeries."
    )
    para(
        "We will not fund capital building works, costs you have already paid, fundraising "
        "activities, or legal representation that is eligible for legal aid."
    )
    head("5. Match funding")
    para(
        "You must contribute at least 10% of the total cost of the work from other sources. "
        "This can be cash from your own reserves or another funder, or the value of volunteer "
        "time and donated premises, which we call contributions in kind."
    )
    head("6. How to apply")
    para(
        "Download the application form for your strand from "
        "www.mistlebury.example.gov.uk/advicegrants. The form is in Word. It asks for your "
        "organisation's details, your quality mark and registration, five questions about the "
        "service you will give, each with a word limit, your expected outcomes and your "
        "budget. Email the completed form and your documents to "
        "advicegrants@mistlebury.example.gov.uk. We cannot accept paper applications."
    )
    head("7. What you must send with your application")
    para("Every applicant must send:")
    bullet("your governing document, signed and dated;")
    bullet(
        "your latest annual accounts: these must be audited if your annual income is over "
        "£1 million; otherwise independently examined accounts are acceptable;"
    )
    bullet(
        "a budget for the work you want us to fund, showing all the costs and where your "
        "match funding will come from;"
    )
    bullet("your complaints procedure; and")
    bullet("a copy of your quality mark certificate (AQS, Specialist Quality Mark or Lexcel).")
    para("Some applicants must also send:")
    bullet(
        "immigration strand only: your OISC registration certificate, showing your "
        "registration level and the categories of advice covered, or, if the advice will be "
        "given by solicitors, their SRA registration details;"
    )
    bullet("if you work with children or young people under 18: your safeguarding policy.")
    head("8. Insurance")
    para(
        "You must hold public liability insurance with cover of at least £10 million and "
        "professional indemnity insurance with cover of at least £1 million. If you employ "
        "staff you must also hold employer's liability insurance, as the law requires. You do "
        "not need to send your certificates with the application; we will ask to see them "
        "before we pay the first instalment."
    )
    head("9. Policies")
    para(
        "All funded organisations must have an equality and diversity policy and a data "
        "protection policy that meets UK GDPR, and must be registered with the Information "
        "Commissioner's Office (ICO). You do not need to send these policies, but you will be "
        "asked to confirm in the declaration that you have them."
    )
    head("10. How we will assess your application")
    para(
        "A panel of three officers from Housing, Communities and Adult Social Care will score "
        "each application against these criteria."
    )
    table(
        [
            ("Criterion", "What we look for", "Weighting"),
            (
                "Need",
                "Clear evidence of need in your area, including your own case data.",
                "25%",
            ),
            (
                "Quality",
                "Quality mark held, supervision and file review, adviser training.",
                "25%",
            ),
            (
                "Outcomes",
                "Realistic targets for homelessness prevented, status secured and incomes "
                "protected.",
                "30%",
            ),
            (
                "Value for money",
                "Cost per case, match funding and how you will work with other services.",
                "20%",
            ),
        ],
        (100, 281, 70),
    )
    para(
        "We may ask to visit you or to see anonymised case files before we decide. Grants "
        "are approved by the Cabinet Member for Communities."
    )
    head("11. Timetable")
    table(
        [
            ("Stage", "Date", "Notes"),
            ("Applications open", "2 November 2026", "Forms on the Council's website"),
            ("Closing date", "11 January 2027, 5pm", "Late applications are not accepted"),
            ("Assessment", "January and February 2027", "We may contact you with questions"),
            ("Decisions", "By 12 March 2027", "By email to the main contact"),
            ("Grants start", "1 April 2027", "First instalment paid in April"),
        ],
        (130, 150, 171),
    )
    head("12. If you are awarded a grant")
    para(
        "You will sign a grant agreement setting out the outcomes agreed with you. Each "
        "quarter you will send us a monitoring return with figures from your case management "
        "system: the number of clients advised, the main problems, the outcomes achieved and "
        "the number of clients who live in each district of the county. At the end of the "
        "year you will send a short report with two or three anonymised case studies."
    )
    head("13. Frequently asked questions")
    para(
        "Can we apply if we are working towards the Advice Quality Standard?",
        10.5,
        "Helvetica-Bold",
    )
    para(
        "Only if your assessment is booked to take place before 1 April 2027. Please send the "
        "letter confirming the date instead of a certificate, and send us the certificate as "
        "soon as you receive it."
    )
    para("Can two organisations apply together?", 10.5, "Helvetica-Bold")
    para(
        "Yes. One organisation must be the lead applicant and hold the grant, and the form "
        "asks you to describe how the partnership will work."
    )
    para("Do you fund advice given by telephone or online?", 10.5, "Helvetica-Bold")
    para(
        "Yes, as long as the clients are Mistlebury residents and you record the advice on "
        "your case management system in the same way as face-to-face advice."
    )
    head("14. Contact")
    para(
        "Communities team, Mistlebury County Council, County Hall, Castle Hill, Mistlebury "
        "MB1 1QS. Telephone 01632 963 872. Email advicegrants@mistlebury.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    ollerbrook()
    fennimoor()
    quillbury()
    mistlebury()
