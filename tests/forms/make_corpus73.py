"""Build set 73's Word and PDF documents (typical refugee, asylum seeker and migrant
integration and interfaith grants from councils and community foundations, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus73.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _shade(cell, fill: str = "D9D9D9") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    _shade(t.rows[0].cells[0])
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def marlowdene() -> None:
    d = kit.new_document(
        FIXED,
        "Homes for Ukraine Community Integration Grant: application form",
        "Marlowdene County Council",
    )
    d.add_heading("Marlowdene County Council", 0)
    d.add_heading("Homes for Ukraine Community Integration Grant", 1)
    d.add_heading("Application form 2027", 2)
    d.add_paragraph(
        "Grants of £1,000 to £10,000 are available to voluntary and community groups, faith "
        "groups and parish and town councils for projects that help Ukrainian guests, their "
        "hosts and other refugees living in Marlowdene to settle, make friends and take part "
        "in community life. The grant can cover the full cost of your project; you do not "
        "need to find match funding."
    )
    d.add_paragraph(
        "Please read the guidance notes before you fill in this form. Answer every question "
        "and keep to the word limits. Email the completed form and your documents to "
        "integrationgrants@marlowdene.example.gov.uk by 5pm on Friday 5 March 2027. For help, "
        "call the Communities Team on 01632 960 572."
    )
    d.add_heading("Section 1: About your organisation", 2)
    _details(
        d,
        [
            "Name of organisation",
            "Main contact name",
            "Position in organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Date your organisation was set up",
            "Registered charity or company number (if applicable)",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (please tick one)", bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Registered charity    {BOX} Community interest company    "
        f"{BOX} Constituted community group    {BOX} Faith group    "
        f"{BOX} Parish or town council",
    )
    d.add_heading("Section 2: Your project", 2)
    _details(d, ["2.1 Project name"])
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "2.2 Which district or districts will your project take place in? (tick all that apply)",
        bold=True,
    )
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Aldwick    {BOX} Marlowdene Town    {BOX} North Fenby    "
        f"{BOX} Stourleigh    {BOX} County-wide",
    )
    d.add_paragraph()
    _question(d, "2.3 Describe your project and what the grant will pay for. (max 300 words)")
    _question(
        d,
        "2.4 Who will take part in your project, and how will you reach Ukrainian guests, "
        "hosts and other refugees who may not already know about it? (max 250 words)",
    )
    _question(
        d,
        "2.5 How will the project help people to settle, make friends and feel part of the "
        "local community? (max 250 words)",
    )
    _question(
        d,
        "2.6 How have Ukrainian guests, hosts or other refugees been involved in planning "
        "the project? (max 150 words)",
        2400,
    )
    _details(
        d,
        [
            "2.7 How many people do you expect to take part?",
            "2.8 Project start date",
            "2.9 Project end date",
        ],
    )
    d.add_heading("Section 3: Project costs", 2)
    _details(
        d,
        [
            "3.1 Total cost of the project (£)",
            "3.2 Amount you are asking us for (£)",
        ],
    )
    d.add_paragraph()
    _question(
        d,
        "3.3 If the project will carry on after the grant has been spent, how will it be "
        "paid for? (max 100 words)",
        1800,
    )
    d.add_heading("Section 4: Checklist of documents", 2)
    d.add_paragraph(
        "Please send the following with your application and tick to show you have "
        "included them. We cannot assess your application without them."
    )
    t = d.add_table(rows=8, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed (tick)", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    docs = [
        "Your constitution, set of rules or other governing document (signed and dated)",
        "Your most recent annual accounts (these can be signed by your chair or treasurer; "
        "they do not need to be audited or examined)",
        "A recent bank statement, no more than three months old, in the name of your organisation",
        "Your safeguarding policy",
        "Your public liability insurance certificate (minimum cover £5 million)",
        "If you are asking for more than £2,000 for equipment: two written quotes",
        "If your organisation was set up less than 12 months ago: a letter of support from "
        "another organisation, councillor or faith leader who knows your work",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section 5: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information in this application is true and complete, that I am "
        "authorised to apply on behalf of the organisation, and that any grant will be used "
        "only for the project described. I confirm that our organisation has an equality and "
        "diversity policy and a data protection policy, and that we will provide copies if "
        "the Council asks for them."
    )
    _details(d, ["Signature", "Name (please print)", "Position", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "Marlowdene County Council, County Hall, Abbey Road, Marlowdene MD1 2PL. "
        "www.marlowdene.example.gov.uk"
    )
    out = HERE / "marlowdene-homes-for-ukraine-community-integration-grant-form.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def thornywick() -> None:
    d = kit.new_document(
        FIXED,
        "Faith and Communities Together Fund: guidance for applicants",
        "Thornywick Community Foundation",
    )
    d.add_heading("Thornywick Community Foundation", 0)
    d.add_heading("Faith and Communities Together Fund", 1)
    d.add_paragraph("Guidance for applicants, 2027 rounds")

    def h(t: str) -> None:
        d.add_heading(t, 2)

    def p(t: str) -> None:
        d.add_paragraph(t)

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    h("About the fund")
    p(
        "The Faith and Communities Together Fund supports projects that bring people of "
        "different faiths, and of none, together to do something practical for their "
        "neighbourhood. It is funded by local donors and by Thornywick Borough Council, and "
        "managed by Thornywick Community Foundation."
    )
    p(
        "Grants are between £500 and £5,000 for projects lasting up to 12 months. We expect "
        "to make around 25 grants a year."
    )
    h("Who can apply?")
    p("You can apply if you are:")
    b("a registered charity or charitable incorporated organisation (CIO);")
    b("a constituted voluntary or community group with at least three unrelated committee members;")
    b(
        "a church, mosque, gurdwara, temple, synagogue or other place of worship, or a group "
        "linked to one;"
    )
    b("a community interest company limited by guarantee with an asset lock.")
    p(
        "Your group must be based in, or working for people in, the borough of Thornywick, "
        "and must have a bank account in its own name with at least two unrelated signatories."
    )
    h("What we will fund")
    b("interfaith events, festivals, shared meals and open days open to the whole community;")
    b(
        "joint social action by two or more faith groups, such as food projects, lunch clubs, "
        "litter picks or support for people seeking sanctuary;"
    )
    b("projects that welcome refugees, asylum seekers and other newcomers;")
    b("dialogue and learning projects in schools, colleges and community centres;")
    b("volunteer expenses, venue hire, equipment, publicity and sessional workers.")
    h("What we will not fund")
    b("worship, religious instruction or activities that promote one faith over another;")
    b("activities open only to members of one faith community;")
    b("party political activity;")
    b("costs you have already paid, or projects that have already started;")
    b("building work or repairs to places of worship.")
    h("Match funding")
    p(
        "We expect at least 10% of the total cost of your project to come from elsewhere: "
        "your own funds, other grants or donations. Please tell us about this on the form."
    )
    h("How to apply")
    p(
        "Apply online through our grants portal at www.thornywickcf.example.org.uk/apply. "
        "You can save your application and come back to it. The form asks:"
    )
    b("Tell us about your project and what you will spend the grant on (up to 300 words).")
    b(
        "Which faith groups and other organisations are involved, and what will each do? "
        "(up to 200 words)."
    )
    b("How will the project bring people from different backgrounds together? (up to 200 words).")
    b("How will you know the project has made a difference? (up to 150 words).")
    p(
        "It also asks you to enter your contact details, your bank details and a breakdown "
        "of your costs. If you would like the questions in Word to prepare your answers, or "
        "need the form in another format, please contact us."
    )
    h("What you need to send")
    p("Every applicant must upload:")
    b(
        "your governing document (constitution, set of rules or trust deed); a place of "
        "worship may send the document of the body that governs it;"
    )
    b("your accounts for the last financial year, independently examined or audited;")
    b("a bank statement from the last three months showing your group's name;")
    b("your safeguarding policy.")
    p("You may also need to send:")
    b(
        "if your project includes a trip, a residential or any activity with physical risk: "
        "a risk assessment;"
    )
    b(
        "if you are applying with one or more partner groups: a letter from each partner "
        "confirming its part in the project;"
    )
    b(
        "if another organisation will hold the grant for you: a letter from that "
        "organisation agreeing to do so."
    )
    p(
        "You must also have an equality and diversity policy, but you do not need to send it "
        "to us. We may ask to see it."
    )
    h("Insurance")
    p(
        "All groups must have public liability insurance of at least £5 million for the "
        "activities in the project. You do not need to send the certificate with your "
        "application."
    )
    h("How we decide")
    p(
        "A panel of local volunteers, including members of Thornywick Faith Forum, meets "
        "after each closing date. We look at how many people will benefit, how far the "
        "project brings different communities together, whether it is good value, and "
        "whether your group can deliver it."
    )
    h("Closing dates")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (a, c) in zip(
        t.rows,
        [
            ("Closing date", "Decision by"),
            ("Friday 12 February 2027", "Friday 26 March 2027"),
            ("Friday 11 June 2027", "Friday 23 July 2027"),
            ("Friday 8 October 2027", "Friday 19 November 2027"),
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], a, bold=a == "Closing date")
        kit.set_cell(r.cells[1], c, bold=c == "Decision by")
    d.add_paragraph()
    h("If you get a grant")
    p(
        "We will send you a grant offer letter to sign. You will need to send a short report "
        "and photographs within two months of the end of your project, and keep receipts for "
        "everything you buy with the grant."
    )
    h("Contact us")
    p(
        "Grants Team, Thornywick Community Foundation, 4 Chapel Yard, Thornywick TW3 8HL. "
        "Email grants@thornywickcf.example.org.uk or call 01632 960 881."
    )
    out = HERE / "thornywick-faith-and-communities-together-fund-guidance.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def dunstanmoor() -> None:
    from reportlab.lib.colors import black, lightgrey, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "dunstanmoor-esol-conversation-club-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("ESOL and Conversation Club Grants: application form")
    c.setAuthor("Dunstanmoor Borough Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}

    def room(need: float) -> None:
        if state["y"] - need < 60:
            c.showPage()
            state["y"] = hgt - 60

    def txt(t: str, size: float = 10, font: str = "Helvetica") -> None:
        for line in simpleSplit(t, font, size, w - 100):
            room(14)
            c.setFont(font, size)
            c.drawString(50, state["y"], line)
            state["y"] -= 14

    def heading(t: str) -> None:
        room(44)
        state["y"] -= 8
        c.setFillColor(lightgrey)
        c.rect(45, state["y"] - 5, w - 90, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, state["y"], t)
        state["y"] -= 24

    def field(name: str, label: str, tip: str, maxlen: int = 0, height: int = 20) -> None:
        room(height + 10)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        if height > 20:
            kw["fieldFlags"] = "multiline"
        form.textfield(
            name=name,
            tooltip=tip,
            x=250,
            y=state["y"] - height + 2,
            width=295,
            height=height,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= height + 8

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 120) -> None:
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

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Dunstanmoor Borough Council")
    state["y"] -= 22
    txt("ESOL and Conversation Club Grants 2027/28: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Grants of up to £3,000 for community groups that run English conversation clubs or "
        "informal English for Speakers of Other Languages (ESOL) classes for refugees, asylum "
        "seekers and other residents whose first language is not English. Please fill in this "
        "form on screen, save it and email it to communitygrants@dunstanmoor.example.gov.uk. "
        "Applications can be made at any time until 30 June 2027."
    )
    heading("Part A: Your organisation")
    field("org_name", "Name of organisation", "Name of organisation", 100)
    field("contact_name", "Contact name", "Contact name", 60)
    field("address", "Address", "Address", 200, 40)
    field("postcode", "Postcode", "Postcode", 10)
    field("telephone", "Telephone", "Telephone", 20)
    field("email", "Email", "Email", 80)
    field("reg_no", "Charity or company number (if any)", "Charity or company number", 12)
    heading("Part B: Your club or classes")
    field("club_name", "Name of club or class", "Name of club or class", 80)
    field("venue", "Venue name and address", "Venue name and address", 200, 40)
    field("start_date", "Date the club or classes will start", "Start date (DD/MM/YYYY)", 10)
    field("sessions", "Number of sessions planned", "Number of sessions planned", 4)
    field("learners", "Expected number of learners", "Expected number of learners", 4)
    box(
        "b1_about",
        "B1. Tell us about your conversation club or ESOL classes: who they are for, when "
        "they will run and who will lead them. (up to 1,500 characters)",
        "Tell us about your conversation club or ESOL classes",
        1500,
        140,
    )
    box(
        "b2_progress",
        "B2. How will you support learners to improve their English and keep track of their "
        "progress? (up to 900 characters)",
        "How will you support learners and keep track of their progress",
        900,
    )
    box(
        "b3_access",
        "B3. How will people hear about the club, and how will you make it easy for them to "
        "come, for example childcare, travel costs or the times you meet? "
        "(up to 900 characters)",
        "How will people hear about the club and how will you make it easy to come",
        900,
    )
    room(40)
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"] - 12, "Do any of your tutors or volunteers hold an ESOL or")
    c.drawString(50, state["y"] - 24, "teaching qualification?")
    for i, v in enumerate(("Yes", "No")):
        form.radio(
            name="qualified",
            tooltip="Do any of your tutors or volunteers hold an ESOL or teaching qualification?",
            value=v,
            selected=False,
            x=300 + i * 70,
            y=state["y"] - 16,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
        )
        c.drawString(316 + i * 70, state["y"] - 12, v)
    state["y"] -= 36
    heading("Part C: Costs and payment")
    field("total_cost", "Total cost of the club or classes (£)", "Total cost", 8)
    field("amount", "Amount requested (£, up to £3,000)", "Amount requested", 8)
    box(
        "c1_spend",
        "C1. What will the grant pay for? Please list the main costs, for example tutor "
        "fees, room hire and learning materials. (up to 600 characters)",
        "What will the grant pay for",
        600,
        90,
    )
    field("acc_name", "Name of bank account", "Name of bank account", 60)
    field("sort_code", "Sort code", "Sort code", 8)
    field("acc_no", "Account number", "Account number", 8)
    heading("Part D: What to send with this form")
    txt("Please email these with your application form:")
    txt("- a copy of your constitution or set of rules;")
    txt(
        "- a copy of a recent bank statement for your organisation (no more than three months "
        "old). We do not ask for annual accounts for grants of this size."
    )
    txt(
        "If you will run a crèche or any activity for children alongside the classes, please "
        "also send your safeguarding policy."
    )
    txt(
        "Your group must have public liability insurance of at least £2 million that covers "
        "your sessions. You do not need to send us the certificate, but we may ask to see it."
    )
    heading("Part E: Declaration")
    room(40)
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=50,
        y=state["y"] - 14,
        size=12,
        borderColor=black,
        fillColor=white,
    )
    c.setFont("Helvetica", 10)
    state["y"] -= 4
    for line in simpleSplit(
        "I confirm that the information in this form is correct, that I am authorised to "
        "apply for the organisation, and that the grant will be spent only on the club or "
        "classes described.",
        "Helvetica",
        10,
        w - 130,
    ):
        c.drawString(70, state["y"] - 8, line)
        state["y"] -= 14
    state["y"] -= 10
    field("print_name", "Name", "Name of person signing", 60)
    field("position", "Position", "Position in organisation", 60)
    field("sign_date", "Date", "Date (DD/MM/YYYY)", 10)
    c.save()


def willowcombe() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "willowcombe-welcome-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Willowcombe Welcome Fund: guidance notes")
    c.setAuthor("Willowcombe City Council")
    w, hgt = A4
    state = {"y": hgt - 70, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(72, 36, "Willowcombe Welcome Fund: guidance notes 2027/28")
        c.drawRightString(w - 72, 36, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 70:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 70

    def para(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 5

    def head(t: str) -> None:
        room(45)
        state["y"] -= 6
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str, mark: str = "\u2022") -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 90 - 72)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(78, state["y"], mark)
            c.drawString(92, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Willowcombe City Council")
    state["y"] -= 28
    para("Willowcombe Welcome Fund", 15, "Helvetica-Bold")
    para("Guidance notes for applicants 2027/28", 12)
    state["y"] -= 6
    head("1. About the fund")
    para(
        "Willowcombe has been a City of Sanctuary since 2019. The Welcome Fund helps "
        "voluntary and community groups, faith groups and social enterprises to welcome "
        "refugees, people seeking asylum and other migrants to the city, and to help them "
        "and longer-standing residents build friendships and take part in city life."
    )
    para(
        "There are two sizes of grant: small grants of £500 to £5,000, and larger grants of "
        "£5,001 to £15,000 for projects lasting up to two years."
    )
    head("2. Who can apply")
    para("You can apply if your organisation is one of the following:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a constituted voluntary or community group;")
    bullet("a faith group running activities open to everyone;")
    bullet("a community interest company or social enterprise with an asset lock.")
    para(
        "You must have a bank account in your organisation's name and a management "
        "committee or board of at least three people who are not related. Groups led by "
        "refugees and migrants are especially welcome to apply."
    )
    head("3. What we will fund")
    bullet("welcome, befriending and mentoring schemes;")
    bullet(
        "English conversation clubs and informal ESOL (English for Speakers of Other "
        "Languages) classes;"
    )
    bullet("advice and drop-in sessions, including help with housing, benefits and work;")
    bullet(
        "sport, arts, cooking and social activities that bring newcomers and settled "
        "residents together;"
    )
    bullet("interfaith and community events that celebrate the city's many cultures;")
    bullet(
        "training for volunteers, interpreters' fees, travel costs for participants, "
        "venue hire and equipment."
    )
    head("4. What we will not fund")
    bullet("individuals, or grants passed on to individuals;")
    bullet("statutory services the Council or the Home Office must already provide;")
    bullet("religious worship or activities that promote a faith;")
    bullet("projects that have already started, or costs already paid;")
    bullet("general running costs not linked to the project.")
    head("5. Match funding")
    para(
        "Applicants should contribute at least 15% of the total cost of the project, from "
        "their own funds, from other grants or from fundraising. Please show this in your "
        "budget."
    )
    head("6. How to apply")
    para(
        "Fill in the Welcome Fund application form (a Word document you can download from "
        "www.willowcombe.example.gov.uk/welcomefund) and email it with the documents listed "
        "in section 7. The form asks you to describe your project, who will benefit, how "
        "people with lived experience of seeking sanctuary have helped shape it, and how "
        "you will measure its success, with a word limit for each answer. It also has a "
        "budget table for you to fill in."
    )
    head("7. What you need to send")
    para("Every applicant must send:")
    bullet("a copy of your constitution, set of rules or memorandum and articles;", "1.")
    bullet(
        "your latest annual accounts. If your annual income is under £10,000 you may "
        "instead send a statement of income and expenditure for the last financial year, "
        "signed by two members of your committee;",
        "2.",
    )
    bullet("your safeguarding policy, covering children and adults at risk;", "3.")
    bullet("a copy of your current public liability insurance certificate.", "4.")
    para("Some applicants must also send:")
    bullet("for larger grants (over £5,000): a project plan with a timetable and milestones;", "5.")
    bullet(
        "if any single item you want to buy costs more than £1,000: two written quotes for it;",
        "6.",
    )
    bullet(
        "if your project gives immigration advice: evidence that your advisers are "
        "registered with the Office of the Immigration Services Commissioner (OISC) or "
        "work for an exempt organisation;",
        "7.",
    )
    bullet(
        "if you will keep personal information about the people you support, such as "
        "their immigration status: your data protection policy.",
        "8.",
    )
    para(
        "If you cannot send a document, please tell us why in your email. We cannot assess "
        "an application until we have all the documents it needs."
    )
    head("8. Insurance")
    para(
        "Your organisation must have public liability insurance of at least £5 million. If "
        "you use volunteers, your insurance should cover them. If you employ staff you must "
        "also have employer's liability insurance, as the law requires."
    )
    head("9. How we assess applications")
    para(
        "Officers check each application is eligible and complete. A panel of councillors, "
        "officers and members of the Willowcombe Sanctuary Forum, including people with lived "
        "experience, then scores it against these criteria:"
    )
    bullet("need: evidence that the project meets a real need in the city;")
    bullet("involvement: how far refugees and migrants have shaped the project;")
    bullet("connection: how the project brings people together;")
    bullet("delivery: whether the group can run the project well and safely;")
    bullet("value for money.")
    head("10. Timetable")
    para(
        "Small grants: applications are considered every two months; the closing dates are "
        "on our website. Larger grants: one round a year, closing at noon on Friday 30 April "
        "2027, with decisions by the end of July 2027."
    )
    head("11. If you are awarded a grant")
    para(
        "You will be asked to sign a grant agreement. Small grants are paid in full; larger "
        "grants are paid in two instalments. You will need to send a progress report after "
        "six months and an end-of-grant report, and to acknowledge the Council's support in "
        "your publicity."
    )
    head("12. Contact")
    para(
        "Communities and Sanctuary Team, Willowcombe City Council, Guildhall, Willowcombe "
        "WC1 3SN. Email welcomefund@willowcombe.example.gov.uk or telephone 01632 960 644. "
        "We are happy to talk through your idea before you apply, and can arrange an "
        "interpreter if you need one."
    )
    folio()
    c.save()


if __name__ == "__main__":
    marlowdene()
    thornywick()
    dunstanmoor()
    willowcombe()
