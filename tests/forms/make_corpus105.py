"""Build set 105's Word and PDF documents (typical early years and childcare grants: a county
council's Early Years Sustainability Grant form, a community foundation's Holiday Childcare Fund
guidance, a city council's Early Years Inclusion Fund form and a district council's Parent and
Toddler Group Start-up Grant form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus105.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 1, 14, 10, 0, 0)
BOX = "\u2610"


def brackenhurst() -> None:
    d = kit.new_document(
        FIXED,
        "Early Years Sustainability Grant 2027 to 2028: application form",
        "Brackenhurst County Council",
    )
    p = d.add_paragraph
    d.add_heading("Brackenhurst County Council", 0)
    p("Early Years and Childcare Service")
    p("Early Years Sustainability Grant 2027 to 2028: application form")
    p(
        "The Early Years Sustainability Grant helps pre-schools, playgroups and other "
        "committee-run early years settings in Brackenhurst that are at risk of closing. Grants "
        "of up to £5,000 can pay for things that will put your setting on a firmer footing: "
        "for example business support, new software for fees and funding claims, training for "
        "your committee, marketing to fill empty places or a short-term gap in income while "
        "you make changes."
    )
    p(
        "Before you apply, please talk to your Early Years Adviser or ring the Early Years "
        "Business Support team on 01632 970 215. Read the notes with this form, answer every "
        "question in the box below it and keep to the word limits. You do not need to find any "
        "match funding for this grant."
    )
    p(
        "Email the completed form and your documents to eysustainability@brackenhurst.example."
        "gov.uk. We look at applications every month; the last date for this year is Friday "
        "28 January 2028."
    )
    d.add_heading("Section 1: About your setting", 1)
    kit.details(
        d,
        [
            "Name of setting",
            "Name of registered provider (if different)",
            "Address of setting",
            "Postcode",
            "Main contact name",
            "Position (for example chair, manager, treasurer)",
            "Telephone",
            "Email",
            "Ofsted unique reference number (URN)",
            "Charity or company number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of setting",
                f"{BOX} Committee-run pre-school or playgroup   {BOX} Charitable incorporated "
                f"organisation   {BOX} Charitable company   {BOX} Community interest company",
            ),
            (
                "Outcome of your last Ofsted inspection",
                f"{BOX} Outstanding   {BOX} Good   {BOX} Requires improvement   "
                f"{BOX} Not yet inspected",
            ),
            ("Number of registered places", ""),
            ("Number of children on roll now", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your setting and the grant", 1)
    kit.question(
        d,
        "2.1 Tell us about your setting and the children and families who use it. (max 250 words)",
    )
    kit.question(
        d,
        "2.2 Why is your setting at risk? Explain the difficulty you face and what has caused "
        "it. (max 300 words)",
        4000,
    )
    kit.question(
        d,
        "2.3 What will you spend the grant on, and how will this help your setting to stay "
        "open? (max 300 words)",
        4000,
    )
    kit.question(
        d,
        "2.4 What have you already done to reduce your costs or increase your income? "
        "(max 200 words)",
    )
    kit.question(
        d,
        "2.5 How will you know that the grant has made a difference? (max 150 words)",
        2400,
    )
    d.add_heading("Section 3: Money", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["What the grant will pay for", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Amount you are asking for (£)",
            "Your setting's total income in its last financial year (£)",
            "Your setting's total spending in its last financial year (£)",
            "Money held in reserve at the end of the last financial year (£)",
        ],
        shade=True,
    )
    p()
    kit.question(
        d,
        "3.1 How will your setting stay financially sound after the grant has been spent? "
        "(max 200 words)",
    )
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick the box to show that you have "
        "enclosed each one. We cannot assess your application without them."
    )
    kit.ticked(
        d,
        [
            "Your Ofsted registration certificate",
            "Your constitution or other governing document",
            "Your latest annual accounts, signed by your treasurer or independently examined. "
            "If your setting has been open for less than 12 months, send your last three months' "
            "bank statements instead",
            "A cash-flow forecast for the next 12 months",
            "Your safeguarding and child protection policy",
            "Your public liability insurance certificate, showing cover of at least £5 million",
            "Only if you are buying equipment that costs more than £500: a written quote",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that I am authorised by "
        "the setting's committee or board to make this application. I confirm that the setting "
        "meets the requirements of the Early Years Foundation Stage, has an equal opportunities "
        "policy and will tell the Council at once if it decides to close. I understand that the "
        "Council may ask for the grant to be repaid if it is not spent as agreed."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Early Years and Childcare Service, Brackenhurst County Council, County Hall, Market "
        "Street, Brackenhurst BK1 4QT. www.brackenhurst.example.gov.uk/earlyyears"
    )
    out = HERE / "brackenhurst-early-years-sustainability-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pennystone() -> None:
    d = kit.new_document(
        FIXED, "Holiday Childcare Fund 2027: guidance notes", "Pennystone Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def ask(q: str, a: str) -> None:
        p(q).runs[0].bold = True
        p(a)

    d.add_heading("Pennystone Community Foundation", 0)
    p("Holiday Childcare Fund 2027: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "Many working parents in Pennystone struggle to find childcare in the school holidays. "
        "The Holiday Childcare Fund gives grants of £1,000 to £8,000 to help holiday clubs, "
        "playschemes and out-of-school clubs to run or extend childcare for children aged 4 to "
        "11 during the Easter, summer and October holidays, with priority for families on low "
        "incomes and children with special educational needs and disabilities (SEND)."
    )
    p(
        "The fund is supported by local businesses and by the Pennystone Children's Trust. A "
        "panel of volunteers, including parents and early years workers, makes the decisions."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation is one of these and is based in Pennystone:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a voluntary or community group with a written constitution and a bank account;")
    bullet("a community interest company or social enterprise;")
    bullet(
        "a school or academy running a holiday club that is open to children from other schools."
    )
    p(
        "Private nurseries and childminders cannot apply to this fund. Your holiday childcare "
        "must be open to any family, not only to children of one school or of your members."
    )
    d.add_heading("3. What the grant can pay for", 1)
    bullet("staff and playworker costs for extra weeks or longer days;")
    bullet("places for children from families on low incomes, at a reduced fee;")
    bullet("extra support so that children with SEND can take part, such as one-to-one staff;")
    bullet("trips, activities, play equipment and healthy food;")
    bullet("training in safeguarding, first aid and food hygiene.")
    p("We cannot pay for building work, vehicles, costs you have already paid or term-time clubs.")
    d.add_heading("4. How much you can ask for", 1)
    p(
        "You can ask for between £1,000 and £8,000. We will fund up to 80% of the cost of your "
        "holiday scheme, so you will need to find at least 20% from parents' fees, your own "
        "funds or other funders. Fees from the Holiday Activities and Food programme count."
    )
    d.add_heading("5. What you need to send", 1)
    p(
        "You will upload these documents at the end of the online form. The table shows which "
        "documents every applicant must send and which are only needed in some cases."
    )
    kit.table(
        d,
        [
            ("Document", "Who must send it"),
            ("Your constitution, memorandum and articles or other governing document", "Everyone"),
            (
                "Your latest annual accounts. These must be independently examined if your "
                "income is over £25,000; below that, accounts signed by two members of your "
                "committee are fine",
                "Everyone",
            ),
            ("Your safeguarding policy, dated and reviewed in the last year", "Everyone"),
            ("A budget for the holiday scheme, showing all its costs and income", "Everyone"),
            (
                "Your Ofsted registration certificate (Early Years Register or Childcare Register)",
                "Only if your club is registered with Ofsted",
            ),
            (
                "A letter from your partner (for example a school) confirming what it will do",
                "Only if you will run the scheme with a partner",
            ),
            (
                "A short business plan showing how the scheme will continue",
                "Only if you are asking for more than £5,000",
            ),
        ],
    )
    p(
        "Your organisation must also have a health and safety policy and a complaints "
        "procedure. You do not need to send them, but we may ask to see them if you are "
        "offered a grant. Everyone who works with the children must have an enhanced DBS check."
    )
    p(
        "You must hold public liability insurance of at least £5 million that covers the "
        "holiday scheme. You do not need to send your certificate."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Apply online at grants.pennystonefoundation.example.org.uk. You can save the form and "
        "return to it. The form asks:"
    )
    kit.table(
        d,
        [
            ("Part of the form", "What it asks", "Length"),
            ("Your organisation", "Contact details, legal status and registration numbers", "-"),
            (
                "Your scheme",
                "What you will run, when, where and for how many children",
                "300 words",
            ),
            ("Families", "Which families will use it and how you will reach them", "250 words"),
            ("Inclusion", "How children with SEND will be supported to take part", "200 words"),
            ("Costs", "The budget and the fees you will charge", "-"),
        ],
    )
    p(
        "If you cannot apply online, ring Maya Ferrand, Grants Officer, on 01632 971 430 and "
        "she will help you."
    )
    d.add_heading("7. How we decide", 1)
    kit.table(
        d,
        [
            ("We look at", "Weight"),
            ("Need for holiday childcare in your area, and the families you will reach", "35%"),
            ("Quality and safety of the scheme", "25%"),
            ("Inclusion of children with SEND", "20%"),
            ("Value for money and a plan for the future", "20%"),
        ],
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("Holidays", "Closing date", "Decision by"),
            ("Easter and summer 2027", "12 February 2027", "19 March 2027"),
            ("October half term 2027", "11 June 2027", "16 July 2027"),
        ],
    )
    d.add_heading("9. Questions people often ask", 1)
    ask(
        "Can we apply if our club is new?",
        "Yes, if you have a constitution and a bank account in the club's name. We will look "
        "at the plans and experience of the people running it.",
    )
    ask(
        "Can we charge parents?",
        "Yes. Most clubs charge a fee; we ask you to offer some places at a reduced fee to "
        "families on low incomes.",
    )
    ask(
        "Can we apply every year?",
        "You can apply once in each round. We give priority to clubs we have not funded before.",
    )
    d.add_heading("10. Contact us", 1)
    p(
        "Pennystone Community Foundation, 3 Weavers Yard, Pennystone PN2 6AH. Telephone 01632 "
        "971 430. Email grants@pennystonefoundation.example.org.uk. Registered charity number "
        "1187654."
    )
    out = HERE / "pennystone-community-foundation-holiday-childcare-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def copperleigh() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "copperleigh-early-years-inclusion-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Early Years Inclusion Fund: application form")
    c.setAuthor("Copperleigh City Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#00676B")

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
    c.drawString(50, state["y"], "Copperleigh City Council")
    state["y"] -= 22
    txt("Early Years Inclusion Fund (EYIF): application form 2027 to 2028", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Early Years Inclusion Fund helps early years providers in Copperleigh to support "
        "children aged 2 to 4 with emerging or identified special educational needs and "
        "disabilities (SEND) who are taking up their funded early education hours. It can pay "
        "for extra staff time, training or specialist resources so that the child can take "
        "part fully. Providers apply for each child separately; funding is agreed for one term "
        "at a time and paid with your early education funding."
    )
    state["y"] -= 4
    txt(
        "This form is to be filled in by the setting's special educational needs coordinator "
        "(SENCO) or manager, with the child's parent or carer. You can fill it in on screen; "
        "each answer box has a character limit, shown after the question. Email the form and "
        "your documents to eyif@copperleigh.example.gov.uk by the fifth week of the term "
        "before the funding is needed. The Inclusion Panel meets twice each term."
    )
    bar("Part A: Your setting")
    field("setting", "Name of setting", 100)
    field("urn", "Ofsted URN", 8)
    field("address", "Address of setting", 200)
    field("postcode", "Postcode", 8)
    field("senco", "Name of SENCO", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "provider",
        "Type of provider",
        ["Pre-school or playgroup", "Day nursery", "Childminder", "School nursery class"],
    )
    bar("Part B: The child")
    field("initials", "Child's initials", 4)
    field("dob", "Child's date of birth", 10)
    field("hours", "Funded hours a week the child attends", 4)
    field("started", "Date the child started at your setting", 10)
    radios(
        "ehcp",
        "Does the child have an Education, Health and Care (EHC) plan?",
        ["Yes", "No", "Applied for"],
    )
    bar("Part C: The child's needs and the support you will give")
    box(
        "c1",
        "C1 Describe the child's needs and how they affect the child's learning and "
        "development. (up to 1,500 characters)",
        "C1 Describe the child's needs and how they affect the child's learning and development",
        1500,
        140,
    )
    box(
        "c2",
        "C2 What support does your setting already give the child from its own resources? "
        "(up to 1,200 characters)",
        "C2 What support does your setting already give the child from its own resources?",
        1200,
        120,
    )
    box(
        "c3",
        "C3 Which other professionals are involved with the child or family (for example speech "
        "and language therapy, portage or the health visitor)? (up to 600 characters)",
        "C3 Which other professionals are involved with the child or family?",
        600,
        70,
    )
    box(
        "c4",
        "C4 How will you use the funding, and what will it pay for? (up to 1,200 characters)",
        "C4 How will you use the funding, and what will it pay for?",
        1200,
        120,
    )
    box(
        "c5",
        "C5 What do you hope the child will achieve by the end of the term? (up to 900 characters)",
        "C5 What do you hope the child will achieve by the end of the term?",
        900,
        90,
    )
    bar("Part D: Funding requested")
    field("extra_hours", "Extra staff hours a week", 5)
    field("rate", "Hourly rate of the staff member (£)", 6)
    field("weeks", "Number of weeks this term", 3)
    field("total", "Total amount requested for the term (£)", 8)
    bar("Part E: Documents")
    txt(
        "Please tick each document you are sending with this form. We cannot take an "
        "application to the Inclusion Panel without the first two."
    )
    state["y"] -= 4
    tick(
        "doc_plan",
        "The child's SEN support plan (My Support Plan or individual plan), with current targets "
        "and the date of the last review",
    )
    tick(
        "doc_policy",
        "Your setting's special educational needs and disabilities (SEND) policy",
    )
    tick("doc_ehcp", "If the child has an EHC plan: a copy of the plan")
    tick(
        "doc_reports",
        "Reports from other professionals involved with the child, if you have them",
    )
    bar("Part F: Consent of parent or carer")
    txt(
        "I agree to the information in this form being shared with Copperleigh City Council's "
        "Early Years Inclusion Team and the Inclusion Panel so that they can decide on this "
        "application and plan support for my child."
    )
    field("parent_name", "Name of parent or carer", 60)
    field("parent_sig", "Signature of parent or carer", 60)
    field("parent_date", "Date", 10)
    bar("Part G: Declaration by the setting")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the setting follows the "
        "SEND Code of Practice and that the funding will be used only to support this child.",
    )
    field("decl_name", "Name of SENCO or manager", 60)
    field("decl_sig", "Signature", 60)
    field("decl_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Early Years Inclusion Team, Copperleigh City Council, Guildhall Square, Copperleigh "
        "CL3 9RB. Telephone 01632 972 608.",
        9,
    )
    c.save()


def hollinsby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hollinsby-parent-and-toddler-group-start-up-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Parent and Toddler Group Start-up Grant: application form")
    c.setAuthor("Hollinsby District Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(
            56, 30, "Hollinsby District Council  |  Parent and Toddler Group Start-up Grant"
        )
        c.drawRightString(w - 56, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 10, f: str = font, x: float = 56) -> None:
        for line in simpleSplit(t, f, size, w - x - 56):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setLineWidth(1.2)
        c.line(56, state["y"] + 14, w - 56, state["y"] + 14)
        c.setFont(bold, 12)
        c.drawString(56, state["y"], t)
        c.setLineWidth(1)
        state["y"] -= 22

    def item(n: int, label: str) -> None:
        """A numbered label with a drawn box to write in."""
        room(28)
        c.setFont(font, 10)
        c.drawString(56, state["y"], f"{n}")
        lines = simpleSplit(label, font, 10, 210)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 12 * i, line)
        top = state["y"] + 10
        depth = max(22, 12 * len(lines) + 6)
        c.rect(300, top - depth, w - 356, depth, stroke=1, fill=0)
        state["y"] -= depth + 8

    def question(n: int, text: str, depth: int) -> None:
        room(60)
        state["y"] -= 2
        c.setFont(bold, 10)
        c.drawString(56, state["y"], f"{n}")
        for line in simpleSplit(text, bold, 10, w - 76 - 56):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        room(depth + 4)
        c.rect(76, state["y"] - depth + 8, w - 132, depth, stroke=1, fill=0)
        state["y"] -= depth + 10

    c.setFont(bold, 18)
    c.drawString(56, state["y"], "Hollinsby District Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(56, state["y"], "Parent and Toddler Group Start-up Grant")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(56, state["y"], "Application form 2027")
    state["y"] -= 26
    para(
        "Parent and toddler groups give babies and young children a place to play and give "
        "their parents, grandparents and carers a chance to meet. The Council's Family Hubs "
        "team offers start-up grants of up to £750 to help new groups get going, or groups "
        "that closed to start again. The grant can pay for toys and play equipment, hall hire "
        "for the first six months, safety equipment, first aid training and publicity."
    )
    para(
        "A group can be run by parents, volunteers or a local organisation such as a church "
        "or community centre, but must be open to any family in the district. Groups do not "
        "need to be registered with Ofsted, because parents and carers stay with their "
        "children."
    )
    para(
        "Please write in black ink in the boxes, or fill in the form on a computer, and keep "
        "to the word limits. Send it to the Family Hubs team at the address on the last page, "
        "or email familyhubs@hollinsby.example.gov.uk. We will let you know within four weeks."
    )
    heading("Section A   About your group")
    item(1, "Name of group")
    item(2, "Where does the group meet? (name and address of venue)")
    item(3, "Contact name")
    item(4, "Contact address")
    item(5, "Postcode")
    item(6, "Telephone")
    item(7, "Email")
    item(8, "Day and time the group meets")
    item(9, "Date the group started or will start")
    item(10, "The group is run by (tick one):  [ ] parents  [ ] volunteers  [ ] an organisation")
    item(11, "Does the group have a bank account in its own name?  YES / NO")
    heading("Section B   Your plans")
    question(
        12,
        "Why do you want to start the group, and what need is there for it in your area? "
        "(in no more than 200 words)",
        120,
    )
    question(
        13,
        "Who is the group for, and how will you let families know about it? "
        "(in no more than 150 words)",
        100,
    )
    question(
        14,
        "How will you keep children safe at the group? Tell us who will be in charge at each "
        "session. (in no more than 200 words)",
        120,
    )
    question(
        15,
        "Who will help you to run the group, and how will you share out the jobs? "
        "(in no more than 100 words)",
        80,
    )
    question(
        16,
        "Are you working with anyone else, such as the family hub, health visitors or a local "
        "school? If so, tell us how. (in no more than 100 words)",
        80,
    )
    room(240)
    heading("Section C   Costs")
    room(40)
    c.setFont(bold, 10)
    c.drawString(56, state["y"], "17")
    c.drawString(76, state["y"], "What will the grant buy?")
    state["y"] -= 12
    widths = (260, 123)
    rows = [("Item", "Cost (£)")] + [("", "")] * 6
    for n, row in enumerate(rows):
        room(22)
        x = 76
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 16
    item(18, "Total cost (£)")
    item(19, "Amount you are asking for (£)")
    question(
        20,
        "How will the group pay its way once the grant has been spent (for example a small "
        "charge each week)?",
        90,
    )
    heading("Section D   What to send with this form")
    para("As a new group you do not need to send accounts. Please send us copies of the following:")
    for t in [
        "a)  your group's constitution or set of rules (we can send you a simple model "
        "constitution if you need one);",
        "b)  a recent bank statement for the group's account;",
        "c)  your safeguarding policy;",
        "d)  for any single item costing more than £100, a quote or a printout of the price.",
    ]:
        para(t, x=76)
    para(
        "Your group must have public liability insurance of at least £2 million before the first "
        "session. Membership of a national early years or playgroup association usually "
        "includes it, and some venues' insurance covers groups that meet there. You do not need "
        "to send the certificate, but you must tell us who provides it when you accept the grant."
    )
    heading("Section E   Declaration")
    para(
        "We confirm that the information in this form is correct, that the group will be open to "
        "any family in Hollinsby district and that the grant will be spent only on the items "
        "listed. The form must be signed by two people who run the group and are not related."
    )
    item(21, "Signature (1)")
    item(22, "Name (1)")
    item(23, "Signature (2)")
    item(24, "Name (2)")
    item(25, "Date")
    state["y"] -= 4
    para(
        "Return to: Family Hubs Team, Hollinsby District Council, Council Offices, Mill Lane, "
        "Hollinsby HL5 2NE. Telephone 01632 973 184.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    brackenhurst()
    pennystone()
    copperleigh()
    hollinsby()
