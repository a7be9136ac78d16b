"""Build set 86's Word and PDF documents (typical social enterprise and community business
grants: start-up and development grants, a combined authority's grant-and-loan fund and a
community shares match fund, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus86.py
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


def larkstone() -> None:
    d = kit.new_document(
        FIXED,
        "Social Enterprise Start-up Grant: application form",
        "Larkstone District Council",
    )
    p = d.add_paragraph
    d.add_heading("Larkstone District Council", 0)
    p("Social Enterprise Start-up Grant 2027 to 2028: application form")
    p(
        "The Social Enterprise Start-up Grant helps new social enterprises in Larkstone "
        "district to start trading. Grants are from £1,000 to £5,000 towards one-off start-up "
        "costs such as equipment, a first marketing campaign, website development, training "
        "and professional fees. You can apply if you are a community interest company (CIC), "
        "a company limited by guarantee with a social purpose, a co-operative or a community "
        "benefit society, and you have been trading for less than two years or will start "
        "within six months."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers into "
        "the boxes, which will expand as you type, and keep to the word limits. Email the form "
        "and your supporting documents to socialenterprise@larkstone.example.gov.uk. If you "
        "need help, call the Economic Development team on 01632 960 418."
    )
    d.add_heading("Section 1: About your enterprise", 1)
    _details(
        d,
        [
            "Name of social enterprise",
            "Company or CIC number (if registered)",
            "Date you started trading, or plan to start",
            "Main contact name",
            "Position",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Website (if you have one)",
        ],
        shade=True,
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Legal structure (tick one)", bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Community interest company    {BOX} Company limited by guarantee    "
        f"{BOX} Co-operative society    {BOX} Community benefit society    "
        f"{BOX} Not yet registered",
    )
    p()
    d.add_heading("Section 2: About your social enterprise", 1)
    _question(
        d,
        "2.1 What does your social enterprise do, or plan to do? Describe the goods or "
        "services you will sell and who your customers will be. (max 300 words)",
    )
    _question(
        d,
        "2.2 What is your social or environmental purpose, and how will your trading help "
        "to achieve it? (max 250 words)",
    )
    _question(d, "2.3 How will you reinvest any profits or surplus? (max 100 words)", 1600)
    d.add_heading("Section 3: The grant", 1)
    _question(
        d,
        "3.1 What will the grant pay for? Please explain how each item will help your "
        "enterprise to start trading or to grow. (max 300 words)",
    )
    p("Please list the costs below. For any single item costing more than £500, send a quote.")
    _grid(d, ["Item", "Cost (£)"], 6)
    _details(
        d,
        [
            "3.2 Total start-up costs (£)",
            "3.3 Amount of grant requested (£)",
            "3.4 How many jobs (full-time equivalent) do you expect to create in your first year?",
        ],
        shade=True,
    )
    p()
    _question(
        d,
        "3.5 How will your enterprise become financially sustainable once the grant has been "
        "spent? (max 250 words)",
    )
    d.add_heading("Section 4: Other funding", 1)
    p(
        "You do not need to find match funding for this grant, but please tell us about any "
        "other money you have raised or applied for, including loans and your own investment."
    )
    _grid(d, ["Source", "Amount (£)", "Secured or applied for?"], 3)
    d.add_heading("Section 5: Supporting documents", 1)
    p("Please tick to show which documents you are sending with this form.")
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    docs = [
        "Your business plan",
        "A cash flow forecast for your first 12 months of trading",
        "Your governing document: your articles of association (for a CIC, including the "
        "community interest statement) or society rules",
        "Your most recent annual accounts or, if you have been trading for less than a year, "
        "your last three months' business bank statements instead",
        "Quotes for any single item costing more than £500",
        "If you employ staff: your employer's liability insurance certificate",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this form is correct; that the enterprise has an "
        "equal opportunities policy; that it holds, or will hold before it starts trading, "
        "public liability insurance of at least £2 million; and that the grant will be spent "
        "only on the costs described. I understand that the Council may ask for the grant to "
        "be repaid if it is not used as agreed."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Economic Development, Larkstone District Council, Council Offices, Station Road, "
        "Larkstone LK3 7QP. www.larkstone.example.gov.uk/socialenterprise"
    )
    out = HERE / "larkstone-social-enterprise-start-up-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def mellingdale() -> None:
    d = kit.new_document(
        FIXED,
        "Social Enterprise Development Fund: guidance notes",
        "Mellingdale Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Social Enterprise Development Fund", 0)
    p("Guidance notes for applicants, 2027. Mellingdale Community Foundation")
    d.add_heading("1. About the fund", 1)
    p(
        "The Social Enterprise Development Fund helps established social enterprises in "
        "Mellingdale and the surrounding district to grow, so that they can earn more of their "
        "income from trading and do more for their communities. It is paid for by a group of "
        "local businesses and by the Foundation's own endowment."
    )
    p(
        "We give grants of £5,000 to £25,000 for development projects lasting up to 18 months. "
        "Examples of what we have funded include a community café's new kitchen, a recycling "
        "enterprise's second van, a marketing post for a social printing business and "
        "specialist advice on setting up a new service."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a community interest company, a company limited by guarantee with a social "
        "purpose, a co-operative, a community benefit society or a charity with a trading arm;"
    )
    bullet("has been trading for at least two years;")
    bullet("earns at least a quarter of its income from selling goods or services;")
    bullet(
        "has an asset lock or rules that make sure profits are reinvested in its social "
        "purpose; and"
    )
    bullet("is based in, and works mainly for people in, Mellingdale district.")
    p(
        "We cannot fund individuals, sole traders, companies that distribute profits to "
        "shareholders, or start-up enterprises that are not yet trading (the District "
        "Council's start-up grant may help them)."
    )
    d.add_heading("3. What we can and cannot fund", 1)
    p(
        "We can fund equipment, vehicles, small building works, staff costs for up to 18 "
        "months, marketing, training, and professional advice such as legal or accountancy "
        "fees. We cannot fund costs you have already paid, repayment of loans, your normal "
        "running costs or activities that only benefit members."
    )
    d.add_heading("4. Match funding", 1)
    p(
        "We can fund up to 75% of the total cost of your development project. You must find "
        "at least 25% from elsewhere: your own reserves, trading income, a loan or another "
        "funder. Volunteer time cannot be counted as match funding."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply through our online grants portal at www.mellingdalecf.example.org.uk/apply. "
        "The form asks about your enterprise and its social purpose, your trading record, the "
        "development project and what it will achieve, the costs and how you will keep the "
        "work going after the grant ends. You can save your answers and come back to them. "
        "Before you start, please talk to a member of the grants team about your idea."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload these documents with the online form:")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "What we are looking for", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    rows = [
        (
            "Business plan",
            "Covering at least the next three years, including your market, your competitors "
            "and how the project fits in.",
        ),
        (
            "Cash flow forecast",
            "Month by month for at least the next 12 months, showing the grant and your match "
            "funding.",
        ),
        (
            "Governing document",
            "Your articles of association or society rules, showing your asset lock or how "
            "profits are used.",
        ),
        (
            "Annual accounts",
            "For your last two financial years. Accounts should be independently examined or "
            "audited; if your turnover is below £25,000 we will accept accounts signed by two "
            "directors or committee members.",
        ),
        ("Equal opportunities policy", "Adopted by your board and dated."),
    ]
    for r, (a, b) in zip(t.rows[1:], rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b)
    p()
    p("Some applicants must also send:")
    bullet(
        "if the grant will pay for building works: proof that you own the building or have a "
        "lease with at least five years left to run;"
    )
    bullet(
        "if your enterprise works with children, young people or adults at risk: your "
        "safeguarding policy."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "You must hold public liability insurance with cover of at least £5 million. You do "
        "not need to send the certificate, but we may ask to see it before we pay the grant. "
        "If you employ staff you must also hold employer's liability insurance."
    )
    d.add_heading("8. How we decide", 1)
    p(
        "A grants officer will look at your application and may visit you. Applications are "
        "then scored by a panel of trustees and local business people against four "
        "questions: is there a clear need for the project; is the business plan realistic; "
        "will the project make the enterprise stronger; and what difference will it make to "
        "the community. The panel meets in February, June and October, and we will tell you "
        "the decision within two weeks of the meeting."
    )
    d.add_heading("9. If you are awarded a grant", 1)
    p(
        "You will be asked to sign a grant agreement. We pay 75% of the grant at the start and "
        "25% when we receive your end-of-project report. You must tell us at once if your "
        "project changes, and keep receipts for everything the grant pays for."
    )
    d.add_heading("10. Contact us", 1)
    p(
        "Grants team, Mellingdale Community Foundation, 4 Chapel Yard, Mellingdale MD2 6HW. "
        "Telephone 01632 961 557. Email grants@mellingdalecf.example.org.uk."
    )
    out = HERE / "mellingdale-social-enterprise-development-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pexbury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pexbury-social-economy-growth-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Social Economy Growth Fund: application form")
    c.setAuthor("Pexbury Combined Authority")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#1F3864")

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
    c.drawString(50, state["y"], "Pexbury Combined Authority")
    state["y"] -= 22
    txt("Social Economy Growth Fund: grant and loan application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Social Economy Growth Fund offers packages of grant and loan, from £20,000 to "
        "£150,000, to social enterprises, co-operatives and community businesses in the "
        "combined authority area that want to grow. It is run with our partner, Pexbury "
        "Social Investment. The grant and loan together can cover up to 80% of the total "
        "project cost; you must contribute at least 20% from your own resources or other "
        "funders."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a character "
        "limit, shown beside the question. Please read the fund guidance before you start, "
        "and email the completed form with your documents to "
        "growthfund@pexbury-ca.example.gov.uk."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    radios(
        "legal_form",
        "Legal form",
        ["CIC", "Company limited by guarantee", "Co-operative", "Community benefit society"],
    )
    field("reg_number", "Company or society registration number", 12)
    field("incorporated", "Date of incorporation or registration", 10)
    field("address", "Registered address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("job_title", "Job title", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("turnover", "Turnover in your last financial year (£)", 12)
    field("employees", "Number of employees", 4)
    bar("Part B: Your enterprise and the project")
    box(
        "b1",
        "B1 Summarise your enterprise, its social purpose and what it sells. "
        "(up to 1,500 characters)",
        "B1 Summarise your enterprise, its social purpose and what it sells",
        1500,
        110,
    )
    box(
        "b2",
        "B2 Describe the growth project you want us to fund and what the grant and the loan "
        "will each pay for. (up to 3,000 characters)",
        "B2 Describe the growth project and what the grant and the loan will each pay for",
        3000,
        170,
    )
    box(
        "b3",
        "B3 What difference will the project make to your income, and how many jobs will it "
        "create or protect in the combined authority area? (up to 2,400 characters)",
        "B3 Difference to your income, and jobs created or protected",
        2400,
        150,
    )
    box(
        "b4",
        "B4 How will you repay the loan? Please refer to your cash flow forecast. "
        "(up to 1,800 characters)",
        "B4 How will you repay the loan?",
        1800,
        120,
    )
    box(
        "b5",
        "B5 What social value will the project create for residents of the combined "
        "authority area, and how will you measure it? (up to 2,100 characters)",
        "B5 Social value and how you will measure it",
        2100,
        130,
    )
    bar("Part C: Costs and funding")
    field("total_cost", "C1 Total project cost (£)", 10)
    field("grant_req", "C2 Grant requested (£)", 10)
    field("loan_req", "C3 Loan requested (£)", 10)
    field("own_contrib", "C4 Your contribution and other funding (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending. We cannot assess your application until "
        "we have all the documents that apply to you."
    )
    state["y"] -= 4
    tick("doc_plan", "Business plan")
    tick("doc_cash", "Cash flow forecast covering the loan term (at least 24 months)")
    tick("doc_articles", "Articles of association or society rules")
    tick(
        "doc_accounts",
        "Accounts for your last two financial years (they do not need to be audited)",
    )
    tick("doc_bank", "Business bank statements for the last six months")
    tick(
        "doc_planning",
        "Only if the project includes building work: planning permission, or evidence that "
        "you have applied for it",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, and that the organisation "
        "has an equality and diversity policy and a data protection policy and holds public "
        "liability insurance of at least £10 million.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Pexbury Combined Authority, Enterprise House, 1 Canal Street, Pexbury PX1 4DN. "
        "Telephone 01632 962 330.",
        9,
    )
    c.save()


def ruddlestone() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ruddlestone-community-shares-match-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Shares Match Fund: guidance for applicants")
    c.setAuthor("Ruddlestone County Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Ruddlestone County Council - Community Shares Match Fund - guidance for "
            f"applicants 2027 - page {state['page']}",
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
    c.drawString(72, state["y"], "Ruddlestone County Council")
    state["y"] -= 30
    para("Community Shares Match Fund", 15, "Helvetica-Bold")
    para("Guidance for applicants, 2027 to 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. Introduction")
    para(
        "More and more communities in Ruddlestone are raising money by selling shares to local "
        "people, so that they can buy and run the pub, shop, land or building that matters to "
        "them. The Community Shares Match Fund helps these share offers succeed. The Council "
        "invests alongside local people by buying shares in the society on the same terms as "
        "other members, and can also give a small development grant to help a society get "
        "ready to launch its offer."
    )
    para(
        "The fund is part of the Council's Social Economy Strategy and is managed by the "
        "Council's Economy and Communities team, with advice from a panel that includes two "
        "people who have run community share offers."
    )
    head("2. What the fund offers")
    para("There are two kinds of support, and you can apply for one or both.")
    table(
        [
            ("Support", "Amount", "What it is for"),
            (
                "Development grant",
                "Up to £10,000",
                "Costs of getting ready for a share offer: a business plan, a valuation or "
                "survey, legal advice, and marketing the offer.",
            ),
            (
                "Match investment",
                "Up to £100,000",
                "The Council buys shares in your society once your offer has opened, on the "
                "same terms as other investors.",
            ),
        ],
        (120, 90, 241),
    )
    head("3. Who can apply")
    para(
        "You must be a community benefit society or a co-operative society registered with "
        "the Financial Conduct Authority, with an asset lock, and with membership open to "
        "anyone who lives in the community the society serves. Your share offer must be for "
        "withdrawable, non-transferable shares, and you should have (or be working towards) "
        "the Community Shares Standard Mark."
    )
    para(
        "Your project must be in Ruddlestone county and must keep an asset or service in "
        "community ownership: for example a pub, a village shop, a community-owned renewable "
        "energy scheme, a sports ground or a community building."
    )
    head("4. Match funding")
    para(
        "The match investment is there to add to what local people put in, not to replace "
        "it. The Council will invest no more than the amount you raise from other investors "
        "in your share offer, and no more than £100,000. This means that at least 50% of the "
        "total raised by your share offer must come from investors other than the Council."
    )
    para(
        "A development grant is paid separately and does not count towards the Council's "
        "investment in your shares."
    )
    head("5. How to apply")
    para(
        "Start by contacting us for an informal conversation. If your project is eligible we "
        "will send you the application form, which asks about your society, the asset or "
        "service you want to keep in community ownership, the support you have locally, your "
        "share offer and your business plan. Return the completed form with the documents "
        "in section 6 to communityshares@ruddlestone.example.gov.uk."
    )
    para(
        "We aim to decide applications for a development grant within six weeks. Decisions "
        "on match investment are made by the Cabinet Member for Economy on the advice of the "
        "panel, and can take up to ten weeks, so please talk to us well before your share "
        "offer opens."
    )
    head("6. What you need to send")
    para("Every society must send the following with its application form:")
    bullet("a copy of your society's registered rules;")
    bullet(
        "your business plan, including the assumptions behind your income and costs and "
        "what will happen if the share offer raises less than its target;"
    )
    bullet("your share offer document, or the latest draft of it;")
    bullet("financial projections for the first three years, including a cash flow forecast;")
    bullet(
        "your latest annual accounts or, if your society is newly registered and has not yet "
        "produced accounts, a statement of its income and spending to date signed by two "
        "committee members."
    )
    para("Some societies must also send:")
    bullet(
        "if you are buying land or a building: an independent valuation of the property by "
        "a RICS registered valuer;"
    )
    bullet(
        "if you are applying for a development grant: quotes for the professional services "
        "the grant would pay for."
    )
    para(
        "Please do not send anything else at this stage. We will ask for any more information "
        "we need."
    )
    head("7. Insurance and governance")
    para(
        "Before the Council invests, your society must hold public liability insurance of at "
        "least £5 million, and buildings insurance for any property it owns. You do not need "
        "to send the certificates with your application. Your committee should have at "
        "least five members, and you must hold an annual general meeting open to all members."
    )
    head("8. How we assess applications")
    para("The panel looks at each application against five questions:")
    table(
        [
            ("Question", "What we look for", "Weight"),
            (
                "Community support",
                "Evidence that local people want the asset kept in community hands, such as "
                "a public meeting, a survey or pledges.",
                "25%",
            ),
            (
                "Viability",
                "A realistic business plan, with income and costs based on evidence, and a "
                "plan if trading is slower than expected.",
                "30%",
            ),
            (
                "The share offer",
                "A clear offer document, a realistic target and minimum, and a plan for "
                "marketing the offer.",
                "20%",
            ),
            (
                "Governance",
                "A committee with the right mix of skills, and a plan to recruit more.",
                "15%",
            ),
            (
                "Wider benefit",
                "What difference community ownership will make to people in the area.",
                "10%",
            ),
        ],
        (110, 281, 60),
    )
    head("9. If we invest")
    para(
        "If the match investment is agreed, the Council will apply for shares once your offer "
        "has raised at least half of its minimum target from other investors. The Council "
        "will be a member of the society with one vote, like every other member. It will not "
        "take a seat on your committee, but will ask for your annual accounts and a short "
        "yearly report on how the society is doing."
    )
    para(
        "The Council may ask to withdraw its shares after five years, on the same terms as "
        "any other member and only if the society can afford it. Interest on shares will be "
        "paid at the same rate as for other members, if the society pays interest."
    )
    para(
        "Development grants are paid in one instalment once you have accepted our offer "
        "letter. You must send us copies of invoices for the work within three months of "
        "the end of the grant."
    )
    head("10. Frequently asked questions")
    para("Can we apply if our share offer is already open?", 10.5, "Helvetica-Bold")
    para("Yes, as long as it has not closed. Tell us how much you have raised so far.")
    para("Can individual councillors invest in our offer?", 10.5, "Helvetica-Bold")
    para(
        "Yes, as private individuals, like anyone else. They must declare the interest if "
        "the application comes before them."
    )
    para("Do you fund community interest companies?", 10.5, "Helvetica-Bold")
    para(
        "Not through this fund, because a CIC cannot offer community shares. The Council's "
        "Social Enterprise Start-up Grant may be able to help."
    )
    head("11. Contact")
    para(
        "Economy and Communities team, Ruddlestone County Council, County Hall, Ruddlestone "
        "RD1 2AA. Telephone 01632 963 604. Email communityshares@ruddlestone.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    larkstone()
    mellingdale()
    pexbury()
    ruddlestone()
