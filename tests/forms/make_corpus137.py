"""Build set 137's Word and PDF documents (typical debt advice, financial inclusion and credit
union grants: a city council's Financial Inclusion Fund application, a county council's Cost of
Living Advice Fund guidance notes, a metropolitan borough council's Credit Union Development
Grant form and a borough council's Money Skills Small Grants form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus137.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def stowbridge() -> None:
    d = kit.new_document(
        FIXED,
        "Financial Inclusion Fund 2027/28: application form",
        "Stowbridge City Council",
    )
    p = d.add_paragraph
    d.add_heading("Stowbridge City Council", 0)
    p("Financial Inclusion Fund 2027/28: application form")
    p(
        "The Financial Inclusion Fund pays for free, independent and confidential advice that "
        "helps Stowbridge residents to deal with debt, claim the benefits they are entitled to "
        "and manage their money. Grants are from £5,000 to £40,000 for one year. We welcome "
        "applications from advice agencies, credit unions and community organisations working "
        "together."
    )
    p(
        "You do not need to find match funding. The Fund can pay the whole cost of the project, "
        "but please tell us in Section 4 if other funders are also supporting it."
    )
    p(
        "Please read the Financial Inclusion Fund guidance notes before you fill in this form. "
        "Type your answers in the boxes and keep to the word limits. Email the completed form "
        "and your documents to financialinclusion@stowbridge.example.gov.uk by 5pm on "
        "Friday 18 June 2027."
    )
    d.add_heading("Need help with this form?", 2)
    p(
        "Contact Hannah Okonjo, Financial Inclusion Officer, on 01632 960 482 or at the email "
        "address above. We can send you the form in large print or another format."
    )
    d.add_heading("Section 1: Your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position",
            "Telephone",
            "Email",
            "Registered charity number or company number",
            "ICO data protection registration number",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Company limited by guarantee   {BOX} Community interest company   "
                f"{BOX} Credit union",
            ),
            (
                "Is your organisation authorised by the Financial Conduct Authority (FCA) to "
                "give debt advice?",
                f"{BOX} Yes, full permission   {BOX} Yes, limited permission   "
                f"{BOX} No, we do not give regulated debt advice",
            ),
            (
                "Does your organisation hold the Advice Quality Standard (AQS)?",
                f"{BOX} Yes   {BOX} No   {BOX} Working towards it",
            ),
            (
                "Other quality marks or memberships (tick all that apply)",
                f"{BOX} Citizens Advice membership   {BOX} Matrix Standard   "
                f"{BOX} Lexcel   {BOX} AdviceUK membership   {BOX} None",
            ),
        ],
    )
    p()
    kit.details(
        d,
        [
            "FCA firm reference number (if authorised)",
            "Case management system you use (for example AdvicePro or Lamplight)",
            "Total income in your last financial year (£)",
            "Number of paid advisers (full-time equivalent)",
            "Number of volunteer advisers",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        [
            "Project title",
            "Amount requested (£)",
            "Project start date",
            "Project end date",
        ],
        shade=True,
    )
    p()
    kit.question(
        d,
        "2.1 Describe your project. What advice or support will you give, where will you give "
        "it, and how will people reach you? (maximum 300 words)",
    )
    kit.question(
        d,
        "2.2 What evidence is there that this service is needed in Stowbridge? Please use local "
        "data where you can. (maximum 250 words)",
    )
    kit.question(
        d,
        "2.3 Who will the project help? How will you reach people who do not usually ask for "
        "advice, such as people in work on low incomes, older people and carers? "
        "(maximum 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you work with other advice providers, food banks and the Council's "
        "Revenues and Benefits team so that people are referred to the right place? "
        "(maximum 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.5 How will you keep clients' personal information safe, and how will you record "
        "cases and outcomes? (maximum 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 What will happen to the service when the grant ends? (maximum 150 words)",
        2000,
    )
    d.add_heading("Section 3: Outcomes", 1)
    p(
        "Please list up to four outcomes the project will achieve, how you will measure each "
        "one and your target for the year. Grant holders report against these every quarter."
    )
    kit.grid(d, ["Outcome", "How you will measure it", "Target"], 4)
    kit.details(
        d,
        [
            "Number of people you expect to help in the year",
            "Financial gain you expect for clients (£), for example benefits and debts written off",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Budget", 1)
    p("Please show what the grant will pay for. Include VAT if you cannot reclaim it.")
    kit.grid(d, ["Item", "Total cost (£)", "Amount from this grant (£)"], 7)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Other funding for the project (£) and who it is from",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 5: Supporting documents", 1)
    p(
        "Please email these documents with your form and tick each one you have sent. We "
        "cannot assess your application until we have them."
    )
    kit.ticked(
        d,
        [
            "Your governing document (constitution, articles of association or trust deed)",
            "Your latest annual accounts, independently examined or audited",
            "Your data protection policy",
            "Your safeguarding adults policy",
            "Your complaints procedure",
            "Certificates for your public liability insurance (cover of at least £5 million) "
            "and your professional indemnity insurance",
            "If you give regulated debt advice, your FCA permission or a print-out of your "
            "entry on the Financial Services Register",
            "Your Advice Quality Standard certificate, if you hold the AQS",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p("Please tick each statement to confirm it, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form and the documents sent with it are correct, and I am "
            "authorised by the organisation's board or committee to make this application.",
            "Our organisation has an equality and diversity policy and will send the Council a "
            "copy on request.",
            "If we are awarded a grant we will send the Council quarterly monitoring reports of "
            "the people helped, the outcomes achieved and the financial gain for clients.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Financial Inclusion Team, Stowbridge City Council, Civic Centre, Guildhall Square, "
        "Stowbridge SB1 4QE. Telephone 01632 960 482."
    )
    out = HERE / "stowbridge-financial-inclusion-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def thursby() -> None:
    d = kit.new_document(
        FIXED,
        "Cost of Living Advice Fund 2027 to 2028: guidance for applicants",
        "Thursby County Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Thursby County Council", 0)
    p("Cost of Living Advice Fund 2027 to 2028: guidance for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Many households in Thursby are struggling with higher energy, food and housing costs. "
        "The Cost of Living Advice Fund pays for free advice that helps people to deal with "
        "debt, claim benefits and grants, and reduce their bills. We have £320,000 to award for "
        "projects running from 1 October 2027 to 30 September 2028."
    )
    p("Grants are from £2,000 to £25,000. Most grants will be between £8,000 and £15,000.")
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, charitable incorporated organisation, community interest "
        "company, company limited by guarantee, credit union or constituted community group;"
    )
    bullet("gives advice or support to people who live in the county of Thursby;")
    bullet("gives advice that is free, confidential and impartial;")
    bullet(
        "holds the Advice Quality Standard (AQS), is a member of Citizens Advice or AdviceUK, "
        "or is working towards one of these within the grant year;"
    )
    bullet(
        "is authorised by the Financial Conduct Authority (FCA) to give debt advice, if the "
        "project includes debt advice."
    )
    p(
        "You cannot apply if you are an individual, a profit-making business, a political party "
        "or a statutory body such as a school or NHS trust."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can fund:")
    bullet("advisers' and supervisors' salaries for the project;")
    bullet(
        "outreach advice sessions in food banks, community centres, GP surgeries and family hubs;"
    )
    bullet("benefit checks and help to make claims and challenge decisions;")
    bullet("energy advice and help with applications to energy companies' hardship funds;")
    bullet("training for volunteers and staff, and case management licences for the project.")
    p("We cannot fund:")
    bullet("direct payments, vouchers or loans to individuals;")
    bullet("work that is already funded by the Council or another public body;")
    bullet("costs you have paid before we make a decision;")
    bullet("buildings or vehicles.")
    d.add_heading("4. How to apply", 1)
    p(
        "Apply online at Thursby Grants Online, grants.thursby.example.gov.uk. You will need "
        "to register your organisation first. The form has four parts: your organisation's "
        "details; your project, with five questions of up to 300 words each; a budget table; "
        "and the outcomes you expect, with a target for each. You can save your answers and "
        "come back to them."
    )
    p(
        "We strongly recommend that you talk to us before you apply. Contact the Financial "
        "Wellbeing Team on 01632 962 715 or at costofliving@thursby.example.gov.uk."
    )
    d.add_heading("5. What you need to send", 1)
    p("Every applicant must upload these documents with the online form:")
    number(
        "your governing document, such as a constitution, trust deed or articles of "
        "association, signed and dated;"
    )
    number(
        "your most recent annual accounts, signed by two trustees or committee members. "
        "If your income is over £25,000 a year, the accounts must be independently "
        "examined;"
    )
    number("a bank statement for your organisation's account, dated within the last three months;")
    number("your safeguarding policy, which must cover adults at risk as well as children;")
    number("your data protection policy;")
    number("your public liability insurance certificate (see section 6).")
    p("Some applicants must also upload:")
    bullet(
        "if your project includes debt advice, evidence of your FCA authorisation, such as a "
        "print-out of your entry on the Financial Services Register showing your firm "
        "reference number;"
    )
    bullet(
        "if you are asking for more than £10,000, a project plan showing what you will "
        "deliver each quarter;"
    )
    bullet(
        "if you are applying with partners, a letter from each partner confirming its role "
        "in the project."
    )
    p(
        "You must also have an equality and diversity policy and a complaints procedure. You do "
        "not need to send them, but we may ask to see them before we pay the grant."
    )
    d.add_heading("6. Insurance", 1)
    p(
        "All applicants must hold public liability insurance with cover of at least £2 million "
        "and upload the certificate with the application. Organisations giving advice should "
        "also have professional indemnity insurance; most members of Citizens Advice and "
        "AdviceUK are covered through their membership."
    )
    d.add_heading("7. How we assess applications", 1)
    p(
        "Officers score each application and a panel of councillors and partners makes the "
        "decisions. We look at:"
    )
    kit.table(
        d,
        [
            ("Criterion", "Weighting"),
            ("Need for the project in the area you will serve", "25%"),
            ("Reaching people most affected by the cost of living", "25%"),
            ("Quality of advice and links with other services", "20%"),
            ("Outcomes and how you will measure them", "20%"),
            ("Value for money", "10%"),
        ],
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "5 July 2027"),
            ("Closing date", "Noon, 13 August 2027"),
            ("Panel meets", "September 2027"),
            ("Decisions emailed", "By 24 September 2027"),
            ("Projects start", "1 October 2027"),
        ],
    )
    d.add_heading("9. Reporting", 1)
    p(
        "Grant holders send a short report every quarter using our template: the number of "
        "people helped, the type of advice given, debts managed or written off and the "
        "financial gain for clients. Most of these figures come from your case management "
        "system. Please do not send us any client's personal information."
    )
    d.add_heading("10. Frequently asked questions", 1)
    p("Can we apply if we are working towards the Advice Quality Standard?", style="Heading 3")
    p(
        "Yes, as long as you expect to gain it, or membership of Citizens Advice or AdviceUK, "
        "within the grant year. Tell us your planned assessment date on the form."
    )
    p("Can credit unions apply?", style="Heading 3")
    p(
        "Yes, for advice and money skills work. We cannot fund loans or the credit union's "
        "lending capital."
    )
    p("Can we use the grant for salaries?", style="Heading 3")
    p("Yes. Most of the grants we make pay for advisers' time.")
    p("Can we apply for more than one project?", style="Heading 3")
    p("No. Please send one application that covers all the work you want us to fund.")
    d.add_heading("11. Contact us", 1)
    p(
        "Financial Wellbeing Team, Thursby County Council, County Hall, Northgate, Thursby "
        "TH1 2LP. Telephone 01632 962 715. Email costofliving@thursby.example.gov.uk."
    )
    out = HERE / "thursby-cost-of-living-advice-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hollinwade() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hollinwade-credit-union-development-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Credit Union Development Grant 2027: application form")
    c.setAuthor("Hollinwade Metropolitan Borough Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#0B5563")

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
        lines = simpleSplit(label, "Helvetica", 10, 230)
        room(max(30, 12 * len(lines) + 14))
        c.setFont("Helvetica", 10)
        for i, line in enumerate(lines):
            c.drawString(50, state["y"] - 12 - 12 * i, line)
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
        state["y"] -= max(28, 12 * len(lines) + 12)

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
                value=opt.replace(" ", "_").replace("/", "_"),
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
    c.drawString(50, state["y"], "Hollinwade Metropolitan Borough Council")
    state["y"] -= 22
    txt("Credit Union Development Grant 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Credit Union Development Grant helps credit unions that serve Hollinwade to reach "
        "more people on low incomes with safe savings and affordable loans, as an alternative "
        "to high-cost credit and illegal money lenders. It can pay for new collection points, "
        "payroll deduction schemes with local employers, digital and app services, marketing "
        "and staff to run new services. Grants are up to £30,000."
    )
    state["y"] -= 4
    txt(
        "The Council will fund up to half of the project's cost. The credit union must find the "
        "rest, at least 50%, from its reserves, its trade body or other funders."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it with your documents to "
        "creditunions@hollinwade.example.gov.uk by Friday 10 September 2027. Questions? "
        "Ring Marcus Adebayo, Financial Inclusion Lead, on 01632 964 318."
    )
    bar("Part A: About the credit union")
    field("cu_name", "Name of credit union", 100)
    field("cu_address", "Registered office address", 200)
    field("cu_postcode", "Postcode", 8)
    field("ceo", "Chief executive or manager", 60)
    field("contact", "Contact name for this application", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("frn", "FCA firm reference number (FRN)", 7)
    field("society_no", "Registered society number (Mutuals Public Register)", 10)
    field("adult_members", "Number of adult members at your last year end", 8)
    field("junior_savers", "Number of junior savers at your last year end", 8)
    field("assets", "Total assets at your last year end (£)", 12)
    radios(
        "common_bond", "Common bond", ["Live or work in an area", "Employer or association", "Both"]
    )
    radios(
        "trade_body",
        "Trade body the credit union belongs to",
        ["ABCUL", "UK Credit Unions", "Other", "None"],
    )
    bar("Part B: Your project")
    field("title", "Project title", 100)
    field("amount", "Grant requested (£)", 10)
    field("total", "Total cost of the project (£)", 10)
    field("start", "Start date", 10)
    box(
        "b1",
        "B1 Describe the project and what it will achieve. (up to 2,400 characters)",
        "B1 Describe the project and what it will achieve.",
        2400,
        150,
    )
    box(
        "b2",
        "B2 How will the project reach people on low incomes who now use high-cost credit or "
        "illegal lenders? (up to 1,800 characters)",
        "B2 How will the project reach people on low incomes who now use high-cost credit?",
        1800,
        120,
    )
    box(
        "b3",
        "B3 How many new members and loans do you expect the project to bring in its first two "
        "years, and how did you work out these figures? (up to 1,200 characters)",
        "B3 How many new members and loans do you expect, and how did you work them out?",
        1200,
        90,
    )
    box(
        "b4",
        "B4 Which local partners, such as advice agencies, housing providers and employers, will "
        "you work with, and what will each do? (up to 1,200 characters)",
        "B4 Which local partners will you work with, and what will each do?",
        1200,
        90,
    )
    box(
        "b5",
        "B5 How will the credit union keep the new service going once the grant ends? "
        "(up to 1,500 characters)",
        "B5 How will the credit union keep the new service going once the grant ends?",
        1500,
        100,
    )
    box(
        "b6",
        "B6 What are the main risks to the project, and how will you manage them? You may "
        "continue on a separate sheet.",
        "B6 What are the main risks to the project, and how will you manage them?",
        0,
        100,
    )
    bar("Part C: Regulation and governance")
    radios(
        "restriction",
        "Has the PRA or the FCA placed a restriction or requirement on the credit union in the "
        "last three years?",
        ["Yes", "No"],
    )
    box(
        "c2",
        "C2 If you answered Yes, please give brief details and say what the credit union has "
        "done about it. (up to 600 characters)",
        "C2 If Yes, give brief details and say what the credit union has done about it.",
        600,
        60,
    )
    radios(
        "qualified",
        "Did the auditor qualify the credit union's most recent accounts?",
        ["Yes", "No"],
    )
    field("agm", "Date of the last annual general meeting", 10)
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick(
        "doc_accounts",
        "The credit union's latest audited annual accounts, with the auditor's report",
    )
    tick("doc_plan", "The credit union's business plan for the next three years")
    tick(
        "doc_register",
        "A print-out of the credit union's entry on the Financial Services Register",
    )
    tick("doc_lending", "The credit union's lending (credit) policy")
    tick(
        "doc_employers",
        "If the project includes a payroll deduction scheme, a letter from each employer that "
        "has agreed to take part",
    )
    bar("Part E: Declaration")
    tick(
        "board",
        "The credit union's board of directors has approved this application and the credit "
        "union's share of the cost.",
    )
    tick(
        "declaration",
        "I confirm that the information in this form is correct, and that the credit union "
        "will report to the Council every six months on members, savings and loans.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position (chair, secretary or chief executive)", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Financial Inclusion Team, Hollinwade Metropolitan Borough Council, Town Hall, "
        "Victoria Square, Hollinwade HW3 5JD. Telephone 01632 964 318.",
        9,
    )
    c.save()


def dunsgreave() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "dunsgreave-money-skills-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Money Skills Small Grants 2027: application form")
    c.setAuthor("Dunsgreave Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"
    grey = HexColor("#D9D9D9")

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Dunsgreave Borough Council: Money Skills Small Grants 2027")
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

    def section(t: str) -> None:
        room(44)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont(bold, 11)
        c.drawString(56, state["y"], t)
        state["y"] -= 26

    def line(label: str) -> None:
        """A label with a drawn line to write on (the line is invisible to extraction)."""
        room(24)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 12, label)
        x0 = 50 + c.stringWidth(label, font, 10) + 8
        c.line(max(x0, 230), state["y"] - 14, w - 50, state["y"] - 14)
        state["y"] -= 24

    def choice(label: str, options: list[str]) -> None:
        lines = simpleSplit(label, font, 10, w - 100)
        room(14 * len(lines) + 24)
        c.setFont(font, 10)
        for ln in lines:
            c.drawString(50, state["y"] - 12, ln)
            state["y"] -= 14
        x = 62
        for opt in options:
            width = 14 + c.stringWidth(opt, font, 10) + 18
            if x + width > w - 50:
                state["y"] -= 16
                x = 62
            c.rect(x, state["y"] - 13, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 12, opt)
            x += width
        state["y"] -= 24

    def question(n: str, text: str, lines: int) -> None:
        wrapped = simpleSplit(text, bold, 10, w - 76 - 50)
        room(14 * len(wrapped) + 20 * min(lines, 4) + 10)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for ln in wrapped:
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], ln)
            state["y"] -= 14
        for _ in range(lines):
            room(20)
            state["y"] -= 20
            c.line(76, state["y"], w - 50, state["y"])
        state["y"] -= 12

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Dunsgreave Borough Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Money Skills Small Grants 2027: application form")
    state["y"] -= 24
    para(
        "Money Skills Small Grants of up to £3,000 help community groups in Dunsgreave to run "
        "courses, workshops and drop-in sessions that build people's confidence with money: "
        "budgeting, saving, using a bank account and spotting scams, and knowing where to get "
        "free advice about debt and benefits."
    )
    para(
        "Your group must find at least 10% of the total cost itself, from its own funds, "
        "fundraising or another funder."
    )
    para(
        "Please write in black ink or type, and keep to the word limits. If you need more room "
        "for question B5 you may use a separate sheet. Send the form with your documents to "
        "the address on the last page, or scan it and email it to "
        "communitygrants@dunsgreave.example.gov.uk. Applications are considered every two "
        "months; the next closing date is 30 July 2027."
    )
    section("Section A: About your group")
    line("Name of group")
    line("Address")
    line("Postcode")
    line("Contact name")
    line("Role in the group")
    line("Telephone")
    line("Email")
    choice(
        "Type of group (tick one)",
        ["Constituted community group", "Registered charity", "CIO", "Community interest company"],
    )
    line("Registered charity number (if any)")
    choice(
        "Does the group have a bank account in its own name that needs two people to sign?",
        ["Yes", "No"],
    )
    section("Section B: Your course or activity")
    line("Name of the course or activity")
    line("Venue or venues")
    line("Number of sessions")
    line("Number of people you expect to take part")
    line("Start date")
    line("End date")
    choice(
        "Will the sessions be led by someone trained to teach money skills (for example a "
        "trained Money Mentor)?",
        ["Yes", "No", "Not yet, training is booked"],
    )
    question(
        "B1",
        "What will the course or activity teach, and how will the sessions be run? "
        "(up to 250 words)",
        8,
    )
    question(
        "B2",
        "Who is it for, and how will you find people and encourage them to take part? "
        "(up to 200 words)",
        7,
    )
    question(
        "B3",
        "How will you know that people's money skills or confidence have improved? "
        "(up to 150 words)",
        5,
    )
    question(
        "B4",
        "Where will you refer people who need debt or benefits advice? (up to 100 words)",
        4,
    )
    question(
        "B5",
        "Tell us about the people who will run the sessions and their experience.",
        6,
    )
    section("Section C: Costs")
    para(
        "Please list what the grant will pay for, such as venue hire, tutor fees, materials, "
        "refreshments and childcare."
    )
    widths = (345, 150)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    for row in rows:
        room(20)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold, 10)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 14
    line("Total cost (£)")
    line("Grant requested (£)")
    line("Your group's contribution (£)")
    section("Section D: What to send with this form")
    para(
        "Please send us your group's constitution or set of rules, and your latest annual "
        "accounts signed by your treasurer. If your group has not been running for a full "
        "year, send your last three months' bank statements instead of accounts. If you are "
        "buying equipment or materials costing more than £250, please also send a quote or a "
        "page from a price list."
    )
    para(
        "If your sessions will include children or young people under 18, we also need a copy "
        "of your safeguarding policy."
    )
    para(
        "Your group, or the venue you use, must have public liability insurance of at least "
        "£5 million. Please send a copy of the insurance certificate with this form."
    )
    section("Section E: Declaration")
    para(
        "I confirm that the information on this form is correct, that the group's committee "
        "has agreed to this application, and that the group has an equal opportunities policy "
        "that it will follow in running the sessions. I understand that the grant must be "
        "spent within 12 months and that the Council may ask for it back if it is not used "
        "for the activity described."
    )
    line("Signed")
    line("Name")
    line("Position in the group")
    line("Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Reference: ____________   Officer: ____________",
        9,
    )
    para(
        "Communities Team, Dunsgreave Borough Council, Municipal Buildings, Church Street, "
        "Dunsgreave DG4 8AW. Telephone 01632 965 207.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    stowbridge()
    thursby()
    hollinwade()
    dunsgreave()
