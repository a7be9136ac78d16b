"""Build set 110's Word and PDF documents (typical community ownership and asset transfer
grants: a district council's community asset transfer application, a community foundation's
Community Ownership Fund guidance, a rural trust's community pubs and shops feasibility grant
and a town council's community shop development grant, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus110.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 1, 14, 10, 15, 0)
BOX = "\u2610"


def fellbridge() -> None:
    d = kit.new_document(
        FIXED, "Community Asset Transfer: full application form", "Fellbridge District Council"
    )
    p = d.add_paragraph
    d.add_heading("Fellbridge District Council", 0)
    p("Community Asset Transfer: full application form (Stage 2)")
    p(
        "Community asset transfer lets a community group, charity or social enterprise take "
        "over the running or ownership of a Council building or piece of land, such as a "
        "community centre, village hall, public toilet block, playing field, pavilion or "
        "allotment site, so that it can be kept open and used for the benefit of local people. "
        "Transfers are usually by a lease of 25 years or more, and sometimes by sale of the "
        "freehold at less than its market value."
    )
    p(
        "You should only fill in this form if the Council has accepted your expression of "
        "interest and invited you to make a full application. Please read the Council's "
        "Community Asset Transfer Policy and the guidance notes before you start. Type your "
        "answers in the boxes, which will expand as you type, and keep to the word limits: we "
        "will not read beyond them."
    )
    p(
        "Send the completed form and your documents to assets@fellbridge.example.gov.uk, or "
        "post them to the Estates and Asset Management team at the address at the end of the "
        "form. If you have any questions, ring the Community Asset Transfer Officer on "
        "01632 967 214."
    )
    d.add_heading("Do you need this form in another format?", 2)
    p(
        "We can provide this form in large print, in Braille or in another language. Please "
        "ring 01632 967 214 or email assets@fellbridge.example.gov.uk."
    )
    d.add_heading("Section 1: Your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Website (if any)",
            "Registered charity, company or society number (if any)",
            "Date the organisation was set up",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of organisation are you?",
                f"{BOX} Charitable incorporated organisation   {BOX} Charitable company   "
                f"{BOX} Community benefit society   {BOX} Community interest company   "
                f"{BOX} Parish or town council   {BOX} Other (please say)",
            ),
            (
                "Has the asset been listed as an Asset of Community Value?",
                f"{BOX} Yes   {BOX} No   {BOX} Don't know",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: The asset", 1)
    kit.details(
        d,
        [
            "Name of the asset",
            "Address of the asset",
            "Council property reference (from the list of assets, if known)",
            "Length of lease you are asking for (years)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What kind of transfer are you asking for?",
                f"{BOX} Lease of 25 years or more   {BOX} Shorter lease   {BOX} Licence   "
                f"{BOX} Freehold",
            ),
        ],
    )
    p()
    d.add_heading("Section 3: Your proposal", 1)
    kit.question(
        d,
        "3.1 Tell us about your organisation: its aims, who runs it and what it does now. "
        "(max 300 words)",
    )
    kit.question(
        d,
        "3.2 What do you want to use the asset for, and who will benefit? (max 500 words)",
        4400,
    )
    kit.question(
        d,
        "3.3 What evidence do you have that local people want and will use the asset? Tell us "
        "how you have consulted them. (max 400 words)",
        4000,
    )
    kit.question(
        d,
        "3.4 How will you pay for running, repairing and maintaining the asset? Summarise your "
        "business plan. (max 500 words)",
        4400,
    )
    kit.question(
        d,
        "3.5 What skills and experience do your trustees, staff and volunteers have in managing "
        "a building and its finances? (max 300 words)",
    )
    kit.question(
        d,
        "3.6 What are the main risks to your plans and how will you manage them? (max 250 words)",
        2800,
    )
    kit.question(
        d,
        "3.7 What social, economic or environmental benefits will the transfer bring to "
        "Fellbridge? (max 400 words)",
        4000,
    )
    d.add_heading("Section 4: Money", 1)
    kit.details(
        d,
        [
            "Expected income in the first year after transfer (£)",
            "Expected running costs in the first year after transfer (£)",
            "Cost of repairs or improvements needed in the first five years (£)",
        ],
        shade=True,
    )
    p()
    p("Please list the funding you have secured or applied for to run or improve the asset.")
    kit.grid(d, ["Source of funding", "Amount (£)", "Secured or applied for?"], 5)
    d.add_heading("Section 5: Supporting documents", 1)
    p(
        "Please send these documents with your application and tick to show what you have "
        "enclosed. The last three are only needed if they apply to you."
    )
    kit.ticked(
        d,
        [
            "Your governing document (constitution, articles of association or rules), signed "
            "and dated",
            "Your latest annual accounts, signed by two trustees or directors",
            "Your business plan for the asset, covering at least five years",
            "A five-year income and expenditure forecast for the asset",
            "Letters of support from at least two local groups or organisations",
            "Your equal opportunities policy",
            "If your organisation is less than a year old: your last three months' bank "
            "statements instead of accounts",
            "If children, young people or adults at risk will use the asset: your safeguarding "
            "policy",
            "If you plan works to the building in the first year: two written quotes for the works",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised to sign on behalf of the organisation. I understand that the Council's "
        "decision to transfer the asset will be subject to its Cabinet's approval and to a "
        "lease or transfer agreement, and that the organisation will need public liability "
        "insurance of at least £5 million from the date of transfer. I understand that the "
        "Council may publish the name of the organisation and the asset."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Estates and Asset Management, Fellbridge District Council, Council Offices, Mill Lane, "
        "Fellbridge FB2 6QT. www.fellbridge.example.gov.uk/assettransfer"
    )
    out = HERE / "fellbridge-community-asset-transfer-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wyndmere() -> None:
    d = kit.new_document(
        FIXED, "Community Ownership Fund: guidance notes 2027", "Wyndmere Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Wyndmere Community Foundation", 0)
    p("Community Ownership Fund: guidance notes for capital grants, 2027")
    d.add_heading("1. About the fund", 1)
    p(
        "When a village pub, shop, post office, hall or sports ground comes up for sale, or is "
        "at risk of closing, local people often want to buy it and run it for the community. "
        "The Community Ownership Fund gives capital grants of £20,000 to £150,000 to "
        "community organisations in Wyndmere and the surrounding districts to buy, or take a "
        "long lease on, a building or piece of land that matters to the community, and to do "
        "the work needed to open it."
    )
    p(
        "The fund is paid for by the Wyndmere Rural Partnership and by donors to the "
        "Foundation, and it is run by the Foundation's grants team. These notes explain who "
        "can apply, what we pay for, what you need to send us and how we decide."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a community benefit society, co-operative society, charitable incorporated "
        "organisation, charitable company, community interest company or parish or town council;"
    )
    bullet("has at least three unrelated directors, trustees or committee members;")
    bullet(
        "has rules that lock its assets for the community, so that the asset cannot be sold "
        "for private gain; and"
    )
    bullet("is buying or leasing an asset in the area the Foundation serves.")
    p(
        "Individuals, private businesses and groups that are not yet incorporated cannot apply. "
        "If your group is not yet incorporated, you may be able to get a feasibility grant of up "
        "to £5,000 from our Getting Started programme: ask us about it."
    )
    d.add_heading("3. What we pay for", 1)
    p("We can pay towards:")
    bullet("the price of buying the freehold, or the premium for a lease of at least 25 years;")
    bullet("legal fees, stamp duty land tax and valuation and survey fees;")
    bullet("repairs, refurbishment and fitting out needed to open the asset;")
    bullet("making the building accessible and more energy efficient.")
    p("We cannot pay for:")
    bullet("running costs, staff or stock, except in the first three months after opening;")
    bullet("assets bought before we make our decision;")
    bullet("assets that will be run for private profit.")
    d.add_heading("4. How much you need to raise", 1)
    p(
        "We will pay up to 75% of the total cost of buying the asset and getting it ready to "
        "open. You must raise at least 25% of the total cost from other sources, for example a "
        "community share offer, donations, loans or other grants. Money you have already spent "
        "on feasibility work does not count."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "There are two stages. First, fill in our short online expression of interest at "
        "www.wyndmerefoundation.example.org.uk/ownership. We will reply within two weeks. If "
        "your project is eligible, we will invite you to send a full application through our "
        "grants portal, and a grants officer will visit you."
    )
    p("The full application form has these parts:")
    kit.table(
        d,
        [
            ("Part", "What we ask", "Length"),
            ("A", "Your organisation and its contact details", "Short answers"),
            ("B", "The asset, its price and its condition", "Short answers"),
            ("C", "Why the community needs the asset and how you know", "Up to 500 words"),
            ("D", "How you will run the asset and make it pay", "Up to 500 words"),
            ("E", "Who will run it, and their skills", "Up to 300 words"),
            ("F", "Costs and funding, including your share offer", "Budget table"),
        ],
    )
    d.add_heading("6. What to send with your full application", 1)
    p(
        "Upload these documents to the grants portal with your full application. Some are "
        "needed from every applicant; others only if they apply to your project."
    )
    kit.table(
        d,
        [
            ("Document", "Who must send it"),
            ("Your governing document (rules, articles or constitution)", "All applicants"),
            (
                "Your latest accounts, independently examined or audited",
                "All applicants. New organisations that have not yet produced accounts may "
                "send bank statements for the last three months instead",
            ),
            (
                "Your business plan, with a cash-flow forecast for at least five years",
                "All applicants",
            ),
            (
                "An independent valuation of the asset by a RICS registered valuer",
                "All applicants",
            ),
            (
                "A letter from the seller or landlord, or their agent, confirming the price or "
                "the terms of the lease",
                "All applicants",
            ),
            (
                "Your share offer document",
                "Only if you are raising money through a community share offer",
            ),
            (
                "Your safeguarding policy",
                "Only if children, young people or adults at risk will use the asset",
            ),
            ("Planning permission", "Only if your works or change of use need it"),
            (
                "Three written quotes",
                "Only for any building work costing more than £10,000",
            ),
        ],
    )
    p(
        "You must also have an equal opportunities policy and a health and safety policy. You "
        "do not need to send them, but we may ask to see them when we visit."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Once you own or lease the asset you must insure the building for its full rebuilding "
        "cost and hold public liability insurance of at least £5 million. You do not need to "
        "send your insurance details with your application."
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of trustees and local people scores each full application against these points:")
    kit.table(
        d,
        [
            ("What we look at", "Weight"),
            ("The need for the asset and the support of local people", "30%"),
            ("A realistic business plan that shows the asset can pay its way", "30%"),
            ("The skills and experience of the people who will run it", "20%"),
            ("Benefits to people who are disadvantaged or isolated", "20%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Full applications close", "Panel meets", "Decision by"),
            ("Spring 2027", "26 February 2027", "April 2027", "30 April 2027"),
            ("Autumn 2027", "24 September 2027", "November 2027", "30 November 2027"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("The asset is being auctioned next month. Can you help?", 3)
    p(
        "Ring us straight away. We cannot make a decision faster than our panel meets, but we "
        "can tell you about loan funders who can act quickly."
    )
    d.add_heading("Can we apply if the asset is not listed as an Asset of Community Value?", 3)
    p("Yes. Listing gives you time to raise money, so we recommend it, but it is not needed.")
    d.add_heading("Does a loan count towards the 25% we must raise?", 3)
    p("Yes, if your business plan shows you can repay it.")
    d.add_heading("11. Contact", 1)
    p(
        "Grants Team, Wyndmere Community Foundation, The Old Granary, Station Yard, Wyndmere "
        "WY5 2RB. Telephone 01632 968 730. Email ownership@wyndmerefoundation.example.org.uk."
    )
    out = HERE / "wyndmere-community-ownership-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def ellersby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ellersby-community-pubs-and-shops-feasibility-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Pubs and Shops Feasibility Grant: application form")
    c.setAuthor("Ellersby Rural Communities Trust")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#2F5D3A")

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
            x=270,
            y=state["y"] - 18,
            width=275,
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
            width = 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
            if x + width > w - 40:
                state["y"] -= 20
                x = 50
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
    c.drawString(50, state["y"], "Ellersby Rural Communities Trust")
    state["y"] -= 22
    txt("Community Pubs and Shops Feasibility Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Our feasibility grants of up to £7,500 help community groups find out whether they can "
        "buy and run a pub, shop, cafe or other business that is at risk of closing. The grant "
        "can pay for a business plan, a building survey, a valuation, legal advice on setting "
        "up a community benefit society and the costs of consulting local people."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a character "
        "limit, shown after the question. Email the form and your documents to "
        "feasibility@ellersbytrust.example.org.uk. We look at applications every month."
    )
    bar("Part A: Your group")
    field("group_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address for letters", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Registration number (FCA, Companies House or charity)", 20)
    radios(
        "legal_form",
        "What is your group's legal form?",
        [
            "Community benefit society",
            "Co-operative society",
            "Company limited by guarantee",
            "CIO",
            "Steering group, not yet registered",
        ],
    )
    bar("Part B: The asset and the feasibility work")
    field("asset_name", "Name of the pub, shop or other asset", 100)
    field("asset_address", "Address of the asset", 200)
    radios(
        "acv",
        "Is the asset listed as an Asset of Community Value?",
        ["Yes", "No", "We have applied"],
    )
    radios("for_sale", "Is the asset for sale now?", ["Yes", "No"])
    field("start", "Date you hope to start the feasibility work", 10)
    box(
        "b1",
        "B1 Tell us about your group, how it was formed and who is involved. "
        "(up to 1,200 characters)",
        "B1 Tell us about your group, how it was formed and who is involved",
        1200,
        90,
    )
    box(
        "b2",
        "B2 Why does the community want to own the asset, and what would be lost if it closed? "
        "(up to 1,800 characters)",
        "B2 Why does the community want to own the asset, and what would be lost if it closed?",
        1800,
        130,
    )
    box(
        "b3",
        "B3 What will the feasibility work find out, and who will do it? (up to 1,800 characters)",
        "B3 What will the feasibility work find out, and who will do it?",
        1800,
        130,
    )
    box(
        "b4",
        "B4 How have you involved local people so far, and how many support the idea? "
        "(up to 1,200 characters)",
        "B4 How have you involved local people so far, and how many support the idea?",
        1200,
        90,
    )
    box(
        "b5",
        "B5 What will you do next if the study shows that community ownership can work? "
        "(up to 600 characters)",
        "B5 What will you do next if the study shows that community ownership can work?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the feasibility work (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("own_funds", "Your group's contribution (£)", 10)
    txt(
        "We can pay up to 90% of the cost of the feasibility work. Your group must put in at "
        "least 10% of the cost from its own money, donations or other grants."
    )
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last one is only needed "
        "if it applies to you."
    )
    state["y"] -= 4
    tick(
        "doc_rules",
        "Your rules or constitution (or, for a steering group, its terms of reference)",
    )
    tick(
        "doc_accounts",
        "Your latest accounts or, if your group has not yet produced accounts, an income and "
        "expenditure statement signed by your treasurer",
    )
    tick("doc_bank", "A bank statement in the group's name from the last three months")
    tick("doc_quote", "A written quote from each consultant or adviser who will do the work")
    tick(
        "doc_acv",
        "If the asset is listed as an Asset of Community Value: the council's listing notice",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "on behalf of the group and that the grant will be spent only on the feasibility work "
        "described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Ellersby Rural Communities Trust, Unit 4, Market Court, Ellersby EL6 1JD. "
        "Telephone 01632 969 115. Registered charity number 1187654.",
        9,
    )
    c.save()


def ravensholme() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ravensholme-community-shop-development-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Shop Development Grant: application form")
    c.setAuthor("Ravensholme Town Council")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawCentredString(
            w / 2,
            34,
            f"Ravensholme Town Council - Community Shop Development Grant - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11, f: str = font, x: float = 64) -> None:
        for line in simpleSplit(t, f, size, w - x - 64):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def item(n: int, label: str) -> None:
        """A numbered one-line item with a rule to write on."""
        room(26)
        c.setFont(font, 11)
        c.drawString(64, state["y"], f"{n}.")
        c.drawString(84, state["y"], label)
        x = 84 + c.stringWidth(label, font, 11) + 6
        if x < w - 100:
            c.line(x, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    def question(n: int, text: str, lines: int) -> None:
        room(40)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(64, state["y"], f"{n}.")
        for line in simpleSplit(text, bold, 11, w - 84 - 64):
            room(15)
            c.setFont(bold, 11)
            c.drawString(84, state["y"], line)
            state["y"] -= 15
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(84, state["y"], w - 64, state["y"])
        state["y"] -= 14

    c.setFont(bold, 17)
    c.drawCentredString(w / 2, state["y"], "RAVENSHOLME TOWN COUNCIL")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawCentredString(w / 2, state["y"], "Community Shop Development Grant 2027")
    state["y"] -= 18
    c.drawCentredString(w / 2, state["y"], "APPLICATION FORM")
    state["y"] -= 26
    para("Notes for applicants", 12, bold)
    para(
        "The Town Council wants every village in the parish to keep a shop. This grant helps "
        "community groups to open a new community shop, or to take over and run a village shop "
        "or post office that would otherwise close. It can pay for shop fittings, tills, "
        "refrigeration, small building works, stock for the first month and the cost of "
        "launching a community share offer."
    )
    para(
        "Grants are from £2,000 to £12,000. The grant will cover up to 75% of the eligible "
        "costs: the group must find the remaining 25% from its share offer, other grants or its "
        "own funds. The shop must be run by a community benefit society, co-operative or "
        "community interest company whose members are local people."
    )
    para(
        "Please type your answers or write clearly in black ink, keeping to the word limits. "
        "Continue on a separate sheet if necessary, numbering your answers. Return the form to "
        "the Town Clerk at the address at the end of the form by Friday 9 April 2027."
    )
    state["y"] -= 6
    para("SECTION A  YOUR GROUP AND THE SHOP", 12, bold)
    item(1, "Name of group:")
    item(2, "Name of the shop, or the shop you plan to open:")
    item(3, "Address of the shop premises:")
    item(4, "Contact name:")
    item(5, "Position in the group:")
    item(6, "Address for letters, if different:")
    item(7, "Telephone:")
    item(8, "Email:")
    item(9, "Legal form of your group:")
    item(10, "Registered number (FCA or Companies House):")
    item(11, "Number of members or shareholders:")
    item(12, "Will the group own or lease the premises?   OWN / LEASE (please delete)")
    para("SECTION B  YOUR PLANS", 12, bold)
    question(
        13,
        "Describe the shop you plan to open or take over and the services it will offer, for "
        "example a post office counter, cafe or deliveries. (maximum 300 words)",
        8,
    )
    question(
        14,
        "Why is a community shop needed in the village, and what other shops are there within "
        "three miles? (maximum 200 words)",
        5,
    )
    question(
        15,
        "Summarise your business plan: expected sales, running costs and how the shop will "
        "cover its costs after the first year. (no more than one side of A4)",
        10,
    )
    question(
        16,
        "How many volunteers and paid staff will run the shop, and how will you recruit and "
        "train them? (maximum 200 words)",
        5,
    )
    question(
        17,
        "Who will benefit from the shop, and how will you reach older and disabled residents? "
        "(maximum 250 words)",
        6,
    )
    para("SECTION C  COSTS", 12, bold)
    room(40)
    c.setFont(bold, 11)
    c.drawString(64, state["y"], "18.")
    c.drawString(84, state["y"], "Please list what the grant will pay for.")
    state["y"] -= 10
    widths = (260, 110, 97)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 6
    for n, row in enumerate(rows):
        room(22)
        x = 84
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    item(19, "Total cost of the project: £")
    item(20, "Grant requested from the Town Council: £")
    item(21, "Money from your share offer, other grants or own funds: £")
    question(
        22,
        "Is there anything else you would like the Town Council to know about your application?",
        5,
    )
    para("SECTION D  CHECKLIST", 12, bold)
    para("Please enclose:")
    for t in [
        "(a) your rules or constitution;",
        "(b) your most recent annual accounts or, if the group is newly registered, bank "
        "statements for the last three months;",
        "(c) your full business plan and a 12-month cash-flow forecast;",
        "(d) the lease, the heads of terms or proof that the group owns the premises;",
        "(e) a copy of your public liability insurance certificate (cover of at least £5 million);",
        "(f) if you will sell fresh or prepared food: confirmation that the shop is registered "
        "as a food business with the district council;",
        "(g) if you employ staff: your employer's liability insurance certificate and your "
        "health and safety policy.",
    ]:
        para(t, x=84)
    para("SECTION E  DECLARATION", 12, bold)
    para(
        "I confirm that the information in this application is true and that the grant will be "
        "spent only as described. I understand that the Town Council may ask for the grant to "
        "be repaid if the shop closes within three years of the grant being paid."
    )
    item(23, "Signature:")
    item(24, "Name:")
    item(25, "Position:")
    item(26, "Date:")
    state["y"] -= 6
    para("FOR OFFICE USE ONLY", 10, bold)
    para(
        "Date received: ____________   Ref: ____________   Committee date: ____________   "
        "Amount awarded: £____________",
        10,
    )
    para(
        "Return to: The Town Clerk, Ravensholme Town Council, Town Hall, Market Place, "
        "Ravensholme RV3 5AE. Telephone 01632 960 487. "
        "Email clerk@ravensholme-tc.example.gov.uk",
        10,
    )
    folio()
    c.save()


if __name__ == "__main__":
    fellbridge()
    wyndmere()
    ellersby()
    ravensholme()
