"""Build set 84's Word and PDF documents (typical companies' and utilities' community funds: a
water company's community fund, a building society's community fund, an energy company's warm
spaces fund and a supermarket's community grants, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus84.py
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


def thrandley() -> None:
    d = kit.new_document(
        FIXED, "Thrandley Water Community Fund: application form", "Thrandley Water"
    )
    p = d.add_paragraph
    d.add_heading("Thrandley Water Community Fund", 0)
    p("Application form for grants of £250 to £2,000")
    p(
        "Our Community Fund supports local groups and charities in the areas where we supply "
        "water and treat waste water. Each year we set aside money for projects that help "
        "people save water, look after rivers and green spaces, improve health and wellbeing, "
        "or make communities more resilient in emergencies such as floods and supply "
        "interruptions."
    )
    d.add_heading("Before you start: can you apply?", 1)
    p("You can apply if you can answer yes to all of these:")
    for t in [
        "Your organisation is a registered charity, a constituted voluntary or community "
        "group, a community interest company or a parish or town council.",
        "Your project takes place in the Thrandley Water supply area (you can check your "
        "postcode on our website).",
        "You have a bank account in your organisation's name that needs two people to sign.",
        "Your project has not started yet.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    p(
        "We cannot fund individuals, political or religious activity, or projects that only "
        "benefit people outside our supply area. We can fund the whole cost of a project: you "
        "do not need to find match funding from anywhere else."
    )
    p(
        "Type your answers in the boxes, which will expand as you write, and email the form "
        "and your documents to communityfund@thrandleywater.example.org.uk. If you would "
        "like to talk about your idea first, call our Community Team on 01632 960 418."
    )
    d.add_heading("Section 1: About your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Contact name",
            "Position in organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Registered charity number (if you have one)",
        ],
        shade=True,
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (please tick)", bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Registered charity    {BOX} Voluntary or community group    "
        f"{BOX} Community interest company    {BOX} Parish or town council",
    )
    p()
    _details(
        d,
        [
            f"Is your project in the Thrandley Water supply area?   {BOX} Yes   {BOX} No",
        ],
        shade=True,
    )
    d.add_heading("Section 2: About your project", 1)
    _details(d, ["Project title", "When will the project start?"], shade=True)
    p()
    _question(
        d,
        "2.1 Tell us about your project and what the grant will pay for. (max 250 words)",
    )
    _question(
        d,
        "2.2 Who will benefit from your project, and roughly how many people? (max 150 words)",
        2400,
    )
    _question(
        d,
        "2.3 Which of our themes does your project support (water saving, rivers and green "
        "spaces, health and wellbeing, or community resilience), and how? (max 150 words)",
        2400,
    )
    _question(
        d,
        "2.4 How will you let people know that Thrandley Water has supported your project? "
        "(max 100 words)",
        1800,
    )
    d.add_heading("Section 3: Costs", 1)
    _details(
        d,
        ["Total cost of the project (£)", "Amount you are asking us for (£)"],
        shade=True,
    )
    d.add_heading("Section 4: Checklist of documents", 1)
    p("Please send these with your form, and tick each one you have enclosed.")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Document", "Enclosed"),
        ("Your constitution, set of rules or governing document", BOX),
        (
            "Your most recent annual accounts, signed by your treasurer or chair (they do not "
            "need to be audited)",
            BOX,
        ),
        (
            "A bank statement from the last three months, showing your organisation's name "
            "and account details",
            BOX,
        ),
        (
            "Your safeguarding policy, but only if your project involves children, young "
            "people or adults at risk",
            BOX,
        ),
    ]
    for r, (a, b_) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=r is t.rows[0])
        kit.set_cell(r.cells[1], b_, bold=r is t.rows[0])
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that I am authorised to apply on behalf of the organisation named above, "
        "that the information in this form is true, and that our organisation holds public "
        "liability insurance of at least £5 million for the activities described. I understand "
        "that the grant must be spent on the project described and that any money not spent "
        "must be returned to Thrandley Water."
    )
    _details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Thrandley Water will use the information on this form to assess your application and "
        "to manage any grant we award. Read our privacy notice at "
        "www.thrandleywater.example.org.uk/privacy."
    )
    out = HERE / "thrandley-water-community-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def mossendale() -> None:
    d = kit.new_document(
        FIXED,
        "Mossendale Building Society Community Fund: application form",
        "Mossendale Building Society",
    )
    p = d.add_paragraph
    d.add_heading("Mossendale Building Society Community Fund", 0)
    p("Application form: grants of up to £1,000")
    p(
        "As a mutual, we are owned by our members, and our Community Fund gives something back "
        "to the towns and villages where they live. Grants of up to £1,000 are available to "
        "charities and community groups within 15 miles of one of our branches. Our branch "
        "colleagues help choose which groups receive a grant, and the Community Fund "
        "Committee makes the final decisions four times a year."
    )
    d.add_heading("Eligibility checklist", 1)
    p("Please tick each box to confirm. If you cannot tick them all, we are unable to help.")
    for t in [
        "We are a registered charity or a constituted not-for-profit community group.",
        "We have a bank account in our group's name, with at least two unrelated signatories.",
        "Our project is within 15 miles of a Mossendale Building Society branch.",
        "The grant will not pay for salaries, debts or anything already bought.",
    ]:
        p(f"{BOX}  {t}")
    d.add_heading("Part 1: Your group", 1)
    p("1. Name of group or charity: ____________________________________________")
    p("2. Contact name: ____________________________________________")
    p("3. Address and postcode: ____________________________________________")
    p("4. Telephone: ______________________   Email: ______________________________")
    p("5. Registered charity number, if you have one: ______________________")
    p("6. Which Mossendale branch is nearest to you? ______________________________")
    d.add_heading("Part 2: Your project", 1)
    p("7. What is your project, and what will the money be used for? (no more than 200 words)")
    _question(d, "Answer", 3000, shade=False)
    p("8. How will your project help people in your local community? (no more than 200 words)")
    _question(d, "Answer", 3000, shade=False)
    p(
        "9. Have any of our members or colleagues been involved with your group? If so, "
        "please tell us how."
    )
    _question(d, "Answer", 1600, shade=False)
    p("10. How much are you asking for? £____________")
    p("11. What is the total cost of your project? £____________")
    p(
        f"12. Does your project involve working with children, young people or adults at "
        f"risk?   {BOX} Yes   {BOX} No"
    )
    p(
        f"If yes, please confirm that your group has a safeguarding policy that the committee "
        f"has reviewed in the last year.   {BOX} We have a safeguarding policy"
    )
    d.add_heading("Part 3: What to send with this form", 1)
    p("Please send us:")
    for t in [
        "a copy of your constitution or governing document, and",
        "a copy of your most recent annual accounts or, if your group is less than a year "
        "old, your latest bank statement.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    p(
        "You do not need to send your safeguarding policy, but we may ask to see it if your "
        "application is shortlisted."
    )
    d.add_heading("Part 4: Declaration", 1)
    p(
        "I confirm that the information given is correct to the best of my knowledge and that "
        "I have the authority of my group's committee to apply. If the grant is awarded, we "
        "will spend it only on the project described and send a short report and photographs "
        "within six months."
    )
    p("Signed: ______________________________   Date: ______________")
    p("Name (in capitals): ______________________________")
    p("Position in group: ______________________________")
    p()
    p(
        "Please return your completed form to any Mossendale Building Society branch, or post "
        "it to The Community Fund, Mossendale Building Society, 2 Market Place, Mossendale "
        "MD3 1AA. You can also email it to community@mossendalebs.example.org.uk."
    )
    out = HERE / "mossendale-building-society-community-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def cordwell() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "cordwell-energy-warm-spaces-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Cordwell Energy Warm Spaces Fund: application form")
    c.setAuthor("Cordwell Energy")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#2E7D32")

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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 130) -> None:
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
    c.drawString(50, state["y"], "Cordwell Energy Warm Spaces Fund 2026 to 2027")
    state["y"] -= 22
    txt("Application form: grants of £500 to £3,000", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Cordwell Energy's Warm Spaces Fund helps community organisations open warm, welcoming "
        "spaces this winter for people who are struggling to heat their homes. Grants can pay "
        "for heating and lighting costs, hot drinks and simple meals, volunteer expenses, "
        "activities, and small items such as blankets, chairs or a hot water urn. Spaces must "
        "be free to use and open for at least four hours a week between November and March."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Email it with your documents to "
        "warmspaces@cordwellenergy.example.org.uk by 15 January 2027. We aim to tell you our "
        "decision within four weeks."
    )
    bar("Section 1: Eligibility")
    radios(
        "in_area",
        "Is your warm space in the area where Cordwell Energy supplies customers (see the map "
        "on our website)?",
        ["Yes", "No"],
    )
    radios(
        "free_entry",
        "Will your warm space be free for everyone to use?",
        ["Yes", "No"],
    )
    bar("Section 2: Your organisation")
    field("org_name", "Name of organisation")
    field("contact_name", "Contact name")
    field("position", "Role in organisation")
    field("address", "Address")
    field("postcode", "Postcode", 8)
    field("telephone", "Telephone", 15)
    field("email", "Email")
    field("reg_no", "Charity or company number (if any)", 10)
    radios(
        "org_type",
        "Type of organisation",
        ["Charity", "Community group", "Faith group", "Parish council", "Other"],
    )
    bar("Section 3: Your warm space")
    field("venue", "Name and address of the venue")
    field("opening_hours", "Opening days and hours")
    box(
        "q1_space",
        "1. Describe your warm space: where it is, when it will open and what people will "
        "find there (up to 1,500 characters)",
        "Describe your warm space: where it is, when it will open and what people will find there",
        1500,
    )
    box(
        "q2_reach",
        "2. Who do you expect to use your warm space, and how will you reach the people most "
        "at risk from the cold? (up to 1,200 characters)",
        "Who do you expect to use your warm space, and how will you reach the people most at "
        "risk from the cold?",
        1200,
        110,
    )
    box(
        "q3_safe",
        "3. How will you make sure your space is safe, welcoming and accessible to everyone? "
        "(up to 900 characters)",
        "How will you make sure your space is safe, welcoming and accessible to everyone?",
        900,
        90,
    )
    box(
        "q4_advice",
        "4. How will you help visitors get advice on saving energy or paying their bills? "
        "(up to 900 characters)",
        "How will you help visitors get advice on saving energy or paying their bills?",
        900,
        90,
    )
    bar("Section 4: Costs")
    field("amount_requested", "Amount requested (£)", 8)
    field("total_cost", "Total cost of running the warm space this winter (£)", 8)
    txt(
        "If the total cost is more than the amount you are asking for, tell us in question 1 "
        "where the rest of the money will come from. We do not require match funding."
    )
    bar("Section 5: Documents")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_governing", "Your constitution or governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts (these do not need to be audited or independently "
        "examined)",
    )
    tick(
        "doc_bank",
        "A recent bank statement (from the last three months) in your organisation's name",
    )
    tick(
        "doc_food",
        "A food hygiene certificate for the person in charge of food, if you will serve hot food",
    )
    bar("Section 6: Declaration")
    tick(
        "confirm_policies",
        "We have a safeguarding policy and a health and safety policy, and we will follow them "
        "in running the warm space.",
    )
    tick(
        "confirm_insurance",
        "We hold public liability insurance of at least £5 million covering the warm space.",
    )
    txt(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation."
    )
    state["y"] -= 4
    field("signature", "Signature (type your name)")
    field("sign_date", "Date", 10)
    c.save()


def gadby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "gadby-stores-community-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Gadby Stores Community Grants: guidance for applicants")
    c.setAuthor("Gadby Stores Ltd")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            f"Gadby Stores Community Grants - guidance for applicants - page {state['page']}",
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

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Gadby Stores Community Grants")
    state["y"] -= 26
    para("Guidance for applicants, 2027", 13, "Helvetica-Bold")
    state["y"] -= 4
    head("About the grants")
    para(
        "Gadby Stores has been part of local life for more than sixty years. Through our "
        "Community Grants we give money raised from the sale of carrier bags, and from our "
        "customers' donations at the till, to good causes near our stores. Grants are between "
        "£200 and £1,500. Each store has a Community Champion who can tell you about the "
        "scheme and help you promote your project in store."
    )
    para(
        "Every three months, each store chooses three local projects to go forward to a "
        "customer vote. Customers vote with a token at the checkout, and all three projects "
        "receive a grant: the project with most votes receives the largest."
    )
    head("Check you can apply")
    para("You can apply if your organisation is one of these:")
    for t in [
        "a registered charity;",
        "a constituted voluntary or community group;",
        "a school, nursery or pre-school, parent teacher association or Scout or Guide group;",
        "a community interest company limited by guarantee;",
        "a parish or town council (for a community project, not its statutory duties).",
    ]:
        bullet(t)
    para("and your project:")
    for t in [
        "takes place within three miles of a Gadby store;",
        "benefits the local community, with a focus on health, wellbeing, food or the local "
        "environment;",
        "has not started yet, and can be finished within twelve months of the grant.",
    ]:
        bullet(t)
    para(
        "We cannot fund individuals, political activity, projects that promote religion, "
        "national charities' general funds, or fundraising for another organisation. You can "
        "only have one grant from us in any twelve months."
    )
    head("Do we need to raise money from elsewhere?")
    para(
        "No. We do not ask for match funding, and a grant can pay for the whole of a small "
        "project. If your project costs more than the grant, tell us on the form how you will "
        "pay for the rest."
    )
    head("How to apply")
    para(
        "Apply online at www.gadbystores.example.org.uk/communitygrants. The form takes about "
        "20 minutes and you can save it and come back later. It asks about your organisation, "
        "your project, who will benefit and what you will spend the grant on, and each answer "
        "has a word limit shown on screen. Have your organisation's bank details to hand, and "
        "the documents listed below ready to upload."
    )
    head("Documents you must upload")
    para("Every applicant must upload:")
    bullet("your constitution, set of rules or other governing document;")
    bullet(
        "your latest annual accounts or, if your organisation is less than 12 months old, an "
        "income and expenditure statement signed by two members of your committee;"
    )
    bullet(
        "a bank statement dated within the last three months, showing your organisation's "
        "name and address."
    )
    para("Some applicants must also upload:")
    bullet(
        "your safeguarding policy, if your project works with children, young people or adults "
        "at risk;"
    )
    bullet(
        "written permission from the landowner, if your project involves planting, building or "
        "installing anything on land your organisation does not own."
    )
    head("Insurance")
    para(
        "Your organisation must hold public liability insurance of at least £2 million for the "
        "activities you plan. You do not need to upload the certificate, but we may ask to see "
        "it before we pay the grant."
    )
    head("What happens next")
    para(
        "We check every application against the rules above. Eligible projects are passed to "
        "the Community Champion at your nearest store, who works with a panel of colleagues to "
        "choose the three projects for the next customer vote. We tell every applicant the "
        "outcome within eight weeks of the closing date. The closing dates for 2027 are "
        "31 January, 30 April, 31 July and 31 October."
    )
    para(
        "If your project is chosen, we will ask you for a short photograph and description to "
        "go on the voting display, and we may ask you to visit the store during the vote. "
        "Grants are paid by bank transfer at the end of the voting period."
    )
    head("After the grant")
    para(
        "Within three months of finishing your project, tell us how the money was spent and "
        "what difference it made, with a few photographs if you can. We like to share stories "
        "in store and on social media, and will always ask first."
    )
    head("Contact us")
    para(
        "Community Grants Team, Gadby Stores Ltd, Gadby House, Station Road, Gadby GB7 2QT. "
        "Telephone 01632 960 553 (Monday to Friday, 9am to 5pm). Email "
        "communitygrants@gadbystores.example.org.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    thrandley()
    mossendale()
    cordwell()
    gadby()
