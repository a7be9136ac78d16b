"""Build set 76's Word and PDF documents (typical volunteering, start-up and capacity-building
grants from councils for voluntary service and councils, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus76.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 30, 0)
BOX = "\u2610"


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def _budget(d, rows: int) -> None:
    """A blank costs table: item and cost columns, a total row."""
    t = d.add_table(rows=rows + 2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Item", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Cost (£)", bold=True)
    kit.set_cell(t.rows[-1].cells[0], "Total", bold=True)
    d.add_paragraph()


def ashcombe() -> None:
    d = kit.new_document(
        FIXED,
        "New Group Start-up Grant: application form",
        "Ashcombe Council for Voluntary Service",
    )
    d.add_heading("Ashcombe Council for Voluntary Service", 0)
    d.add_heading("New Group Start-up Grant: application form", 1)
    d.add_paragraph(
        "Ashcombe Council for Voluntary Service (CVS) gives grants of up to £500 to help new "
        "voluntary and community groups in Ashcombe get started. Your group must have been "
        "running for less than two years and have an annual income of under £10,000. The "
        "grants are funded by Ashcombe Borough Council."
    )
    d.add_paragraph(
        "Please fill in every section and send the form, with the documents listed in Section "
        "5, to grants@ashcombecvs.example.org.uk or by post to Ashcombe CVS, 14 Chapel Street, "
        "Ashcombe AS2 3JD. If you would like help filling in this form, call our development "
        "team on 01632 960 551. We look at applications every month."
    )
    d.add_heading("Section 1: About your group", 2)
    _details(
        d,
        [
            "Name of group",
            "Address for letters",
            "Postcode",
            "Main contact name",
            "Position in the group",
            "Telephone",
            "Email",
            "When was your group set up?",
            "How many people are on your committee?",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Is your group (tick one):", bold=True)
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} A constituted community group    {BOX} A charitable incorporated "
        f"organisation (CIO)    {BOX} A community interest company (CIC)    {BOX} Other",
    )
    d.add_paragraph()
    d.add_heading("Section 2: About your group and what you want to do", 2)
    _question(
        d, "2.1 Tell us about your group: what does it do and who does it help? (max 200 words)"
    )
    _question(d, "2.2 What do you want the grant for? (max 150 words)", 2600)
    _question(
        d,
        "2.3 How will the grant help your group to get started or become more established? "
        "(max 150 words)",
        2600,
    )
    _details(d, ["2.4 How many people do you expect your group to help in its first year?"])
    d.add_paragraph()
    _question(
        d,
        "2.5 How will you keep your group going once the grant has been spent? (max 100 words)",
        2000,
    )
    d.add_heading("Section 3: Costs", 2)
    d.add_paragraph("Please list what you will spend the grant on.")
    _budget(d, 5)
    _details(d, ["Amount requested (£, up to £500)"])
    d.add_heading("Section 4: Help from Ashcombe CVS", 2)
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "Our development officers can help new groups free of charge. Would you like help "
        "with any of these? (tick all that apply)",
        bold=True,
    )
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Writing or reviewing a constitution    {BOX} Opening a bank account    "
        f"{BOX} Safeguarding    {BOX} Finding volunteers    {BOX} Finding other funding",
    )
    d.add_heading("Section 5: What you need to send", 2)
    d.add_paragraph("Please tick each document you are sending with this form.")
    docs = [
        "A copy of your constitution or set of rules, signed and dated by your chair",
        "A copy of your most recent bank statement, in the name of the group (we do not ask new "
        "groups for accounts)",
        "If you are buying any single item that costs more than £250: a quote for it",
        "If your group works with children, young people or adults at risk: a copy of your "
        "safeguarding policy",
    ]
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section 6: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information on this form is true, that the group's committee has "
        "agreed to this application, and that the grant will be used only for the purposes "
        "described. I understand that Ashcombe CVS may ask for the grant to be repaid if it is "
        "not used in this way, and that we must send a short report and receipts within six "
        "months of receiving the grant."
    )
    _details(d, ["Signature", "Name (please print)", "Position in the group", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "Ashcombe CVS is a registered charity. We keep your information in line with our "
        "privacy notice at www.ashcombecvs.example.org.uk/privacy."
    )
    out = HERE / "ashcombe-new-group-start-up-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hedgerley() -> None:
    d = kit.new_document(
        FIXED,
        "Volunteer Expenses and Recognition Grants: guidance notes",
        "Hedgerley Borough Council",
    )
    d.add_heading("Hedgerley Borough Council", 0)
    d.add_heading("Volunteer Expenses and Recognition Grants 2027/28: guidance notes", 1)
    h = d.add_heading
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    p(
        "These notes explain the two volunteering grants the Council runs with Hedgerley "
        "Voluntary Action, the borough's council for voluntary service. Please read them before "
        "you fill in the application form."
    )
    h("1. About the grants", 2)
    p(
        "Volunteers give thousands of hours each year to groups in Hedgerley. We want to make "
        "sure nobody is put off volunteering because it costs them money, and that volunteers "
        "are thanked for what they do. There are two grants:"
    )
    b(
        "Volunteer Expenses Grant: up to £1,000 towards volunteers' out-of-pocket expenses, "
        "such as travel, parking, meals on long shifts, protective clothing and the cost of "
        "training and checks volunteers need for their role."
    )
    b(
        "Volunteer Recognition Grant: up to £300 to thank your volunteers, for example a "
        "celebration during Volunteers' Week, certificates or long-service awards."
    )
    p("You can apply for one of each in the same year.")
    h("2. Who can apply", 2)
    b("Voluntary and community groups, charities and community interest companies.")
    b("Groups must work in Hedgerley borough and involve volunteers in their work.")
    b("Groups must have a constitution or set of rules and a bank account in the group's name.")
    p(
        "We cannot fund individuals, businesses, statutory bodies such as schools, or groups "
        "whose main purpose is religious or political."
    )
    h("3. What we will not fund", 2)
    b("Wages, or payments to volunteers beyond their real expenses.")
    b("Alcohol, or gifts worth more than £20 to any one volunteer.")
    b("Costs you have already paid before we make a decision.")
    h("4. How to apply", 2)
    p(
        "Download the application form from www.hedgerley.example.gov.uk/volunteeringgrants or "
        "ask us for a paper copy. The form asks about your group, your volunteers, what the "
        "grant will pay for and how it will help you to involve or keep volunteers. Keep your "
        "answers short: the form gives a word limit for each answer."
    )
    p("Email the completed form and your documents to volunteering@hedgerley.example.gov.uk.")
    h("5. What you need to send", 2)
    p("Every group must send:")
    b("a copy of your constitution, set of rules or other governing document;")
    b(
        "your most recent annual accounts or annual report with accounts (these can be signed "
        "by your treasurer; they do not need to be audited or independently examined);"
    )
    b("a copy of your volunteer policy or volunteer handbook.")
    p("You may also need to send:")
    b(
        "if any of your volunteers work with children, young people or adults at risk, a copy "
        "of your safeguarding policy;"
    )
    b("if you are asking for more than £500, a breakdown of the costs.")
    h("6. Insurance", 2)
    p(
        "Your group must have public liability insurance with cover of at least £2 million "
        "that covers your volunteers. You do not need to send us the certificate, but we may "
        "ask to see it."
    )
    h("7. Do we need to find some of the money ourselves?", 2)
    p(
        "No. You do not need to find match funding: we can pay the whole cost of what you ask "
        "for, up to the limits above."
    )
    h("8. How we decide", 2)
    p("Officers from the Council and Hedgerley Voluntary Action look at each application. We ask:")
    b("Will the grant help people to volunteer who might not otherwise be able to?")
    b("Are the costs reasonable and clearly explained?")
    b("Does the group treat its volunteers well (training, support, a named contact)?")
    p("Closing dates for 2027/28:")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (a, c) in zip(
        t.rows,
        [
            ("Round", "Closing date"),
            ("Round 1 (for Volunteers' Week in June)", "31 January 2027"),
            ("Round 2", "30 April 2027"),
            ("Round 3", "30 September 2027"),
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], a, bold=a == "Round")
        kit.set_cell(r.cells[1], c, bold=a == "Round")
    p("")
    h("9. If you get a grant", 2)
    p(
        "We will write to you within six weeks of the closing date. We pay grants in full by "
        "bank transfer. Within three months of spending the grant, send us a short report on "
        "how it helped your volunteers, with copies of receipts."
    )
    h("10. Contact us", 2)
    p(
        "Community Development Team, Hedgerley Borough Council, Civic Centre, Hedgerley HG4 "
        "1PW. Email volunteering@hedgerley.example.gov.uk. Telephone 01632 960 684."
    )
    out = HERE / "hedgerley-volunteer-expenses-and-recognition-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pennybridge() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pennybridge-training-and-governance-bursary-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Training and Governance Bursary: application form")
    c.setAuthor("Pennybridge Council for Voluntary Service")
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
        room(40)
        state["y"] -= 8
        txt(t, 12, "Helvetica-Bold")
        state["y"] -= 4

    def field(name: str, label: str, tip: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(
            name=name,
            tooltip=tip,
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

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Pennybridge Council for Voluntary Service")
    state["y"] -= 22
    txt("Training and Governance Bursary: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Bursaries of up to £300 help member groups of Pennybridge CVS pay for training for "
        "their trustees, committee members, staff and volunteers: for example courses on "
        "governance, finance for treasurers, safeguarding, first aid or food hygiene. Your "
        "group must pay at least 25% of the course cost itself."
    )
    txt(
        "Fill in this form on screen, save it and email it to bursaries@pennybridgecvs."
        "example.org.uk at least four weeks before the training starts."
    )
    heading("Part 1: Your group")
    field("group_name", "Name of group", "Name of group")
    field("contact_name", "Contact name", "Contact name")
    field("position", "Position in the group", "Position in the group")
    field("address", "Address", "Address")
    field("postcode", "Postcode", "Postcode", 8)
    field("telephone", "Telephone", "Telephone", 15)
    field("email", "Email", "Email")
    field("member_no", "Pennybridge CVS membership number", "Membership number", 10)
    room(30)
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"] - 12, "Is your group a registered charity?")
    for i, (val, label) in enumerate([("Yes", "Yes"), ("No", "No")]):
        form.radio(
            name="charity",
            tooltip="Is your group a registered charity?",
            value=val,
            selected=False,
            x=250 + i * 70,
            y=state["y"] - 16,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
        )
        c.drawString(266 + i * 70, state["y"] - 12, label)
    state["y"] -= 28
    heading("Part 2: The training")
    field("course", "Name of course or training", "Name of course or training")
    field("provider", "Training provider", "Training provider")
    field("course_dates", "Date(s) of the training", "Dates of the training")
    field("attending", "Number of people attending", "Number of people attending", 3)
    field("course_cost", "Total cost of the training (£)", "Total cost of the training")
    field("amount", "Amount requested (£, up to £300)", "Amount requested")
    box(
        "q_need",
        "Why does your group need this training? (up to 1,200 characters)",
        "Why does your group need this training?",
        1200,
    )
    box(
        "q_share",
        "How will what you learn be shared with the rest of your group? (up to 600 characters)",
        "How will what you learn be shared with the rest of your group?",
        600,
        90,
    )
    box(
        "q_plans",
        "How will this training help your group over the next year? (up to 1,200 characters)",
        "How will this training help your group over the next year?",
        1200,
    )
    heading("Part 3: What to send with this form")
    txt("Please email these with your application:")
    txt("- a quote, invoice or booking details from the training provider showing the cost;")
    txt(
        "- your group's latest annual accounts or, if your income is under £10,000 a year, a "
        "statement of income and spending for the last year signed by two committee members."
    )
    txt(
        "We already hold your constitution from when you joined Pennybridge CVS, so you do not "
        "need to send it again."
    )
    heading("Part 4: Declaration")
    room(30)
    form.checkbox(
        name="declaration",
        tooltip="I agree to the declaration",
        x=50,
        y=state["y"] - 14,
        size=12,
        borderColor=black,
        fillColor=white,
    )
    c.setFont("Helvetica", 10)
    state["y"] -= 4
    for line in simpleSplit(
        "I confirm that the information in this form is correct, that the group will pay the "
        "rest of the course cost, and that we will return the bursary if the training does "
        "not take place.",
        "Helvetica",
        10,
        w - 130,
    ):
        c.drawString(70, state["y"] - 8, line)
        state["y"] -= 14
    state["y"] -= 10
    field("signature", "Signed (type your name)", "Signature")
    field("sign_date", "Date", "Date signed")
    c.save()


def saxonford() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "saxonford-organisational-development-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Organisational Development Grants: guidance notes")
    c.setAuthor("Saxonford City Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Saxonford City Council and Saxonford CVS - Organisational Development Grants "
            f"2027/28 - page {state['page']}",
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
        room(45)
        state["y"] -= 8
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        room(15)
        c.setFont("Helvetica", 10.5)
        c.drawString(84, state["y"], "\u2022")
        para(t, x=96)

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Saxonford City Council")
    state["y"] -= 26
    para("Organisational Development Grants 2027/28", 15, "Helvetica-Bold")
    para("Guidance notes for applicants", 12, "Helvetica-Bold")
    state["y"] -= 6
    para(
        "Saxonford City Council funds these grants and Saxonford Council for Voluntary Service "
        "(Saxonford CVS) runs them for the Council. Please read these notes in full before you "
        "apply. If anything is unclear, talk to a Saxonford CVS development officer before you "
        "start your application."
    )
    head("1. What the grants are for")
    para(
        "Organisational Development Grants help small and medium-sized voluntary and community "
        "organisations become stronger, better run and more able to last. They pay for one-off "
        "pieces of work that improve how your organisation works, rather than for your "
        "day-to-day activities. For example:"
    )
    bullet("a governance review, or training for your trustees or management committee;")
    bullet("writing or updating your policies and procedures;")
    bullet("a fundraising strategy or a business plan, written with outside help;")
    bullet("new finance, database or IT systems, and training staff and volunteers to use them;")
    bullet("working towards a quality mark for your organisation or your volunteering;")
    bullet("the legal costs of changing your structure, such as becoming a CIO.")
    para("Grants are from £1,000 to £5,000. The total budget for 2027/28 is £80,000.")
    head("2. Who can apply")
    para("You can apply if your organisation:")
    bullet(
        "is a voluntary or community organisation, registered charity, CIO, community "
        "interest company or charitable company limited by guarantee;"
    )
    bullet("is based in Saxonford, or most of its work is for people who live in the city;")
    bullet("has an annual income of less than £250,000;")
    bullet(
        "has a governing document and at least three unrelated people on its board or committee;"
    )
    bullet("has a bank account in its own name, with at least two unrelated signatories.")
    para(
        "We cannot fund individuals, businesses, schools, statutory bodies, political parties, "
        "or activities that promote a religion. Town and parish councils cannot apply."
    )
    head("3. What we will not fund")
    bullet("Your running costs, such as rent, salaries and utility bills.")
    bullet("Delivering your usual services or activities.")
    bullet("Work that has already started or costs you have already paid.")
    bullet("Buildings, vehicles or equipment that is not part of the development work.")
    bullet("The same piece of work that another funder is already paying for.")
    head("4. How much you need to put in")
    para(
        "We expect you to contribute at least 10% of the total cost of the work. Your share can "
        "come from your own reserves or from another funder. It cannot be made up of volunteer "
        "time."
    )
    head("5. Policies and insurance")
    para(
        "Every organisation we fund must have an up-to-date safeguarding policy and an equality "
        "and diversity policy, approved by its board or committee in the last three years, and "
        "must send copies with its application (see section 8). If you do not have these yet, "
        "Saxonford CVS has templates and can help you write them before you apply."
    )
    para(
        "Your organisation must hold public liability insurance with cover of at least £5 "
        "million. You do not need to send a copy of the certificate, but you must tell us on "
        "the application form who your insurer is and when the policy ends."
    )
    head("6. How to apply")
    para(
        "Apply on the Saxonford CVS application form, which you can download from "
        "www.saxonfordcvs.example.org.uk/odgrants or ask us to post to you. The form asks you "
        "to tell us about your organisation, the development work you want to do and why you "
        "need it now, how the work will be done and by whom, what difference it will make to "
        "your organisation within a year, and how you will keep the changes going afterwards. "
        "Each question on the form has its own word limit."
    )
    para(
        "Send the completed form and all the documents listed in section 8 by email to "
        "odgrants@saxonfordcvs.example.org.uk. We will acknowledge your application within "
        "five working days."
    )
    head("7. How we assess applications")
    para(
        "A panel of Council officers, Saxonford CVS staff and two local trustees looks at "
        "every eligible application. They score each one against these questions:"
    )
    bullet("Is the need for the development work clear, and is now the right time to do it?")
    bullet("Is the plan realistic, with sensible costs and a timetable?")
    bullet("Will the work make a lasting difference to how the organisation is run?")
    bullet("Does the organisation's board or committee support the application?")
    bullet("Is this good value for money compared with other applications?")
    para(
        "We may telephone you or visit you to talk about your application. We give priority to "
        "organisations with an income of less than £50,000 and to those that have not had an "
        "Organisational Development Grant before."
    )
    head("8. What you need to send")
    para("Every applicant must send:")
    bullet(
        "a copy of your governing document (constitution, trust deed or articles of "
        "association), signed and dated;"
    )
    bullet(
        "your latest annual accounts. These should be audited or independently examined; "
        "if your annual income is under £25,000, accounts signed by two of your trustees "
        "or committee members are fine;"
    )
    bullet("a bank statement from the last three months showing your organisation's name;")
    bullet("your safeguarding policy;")
    bullet("your equality and diversity policy.")
    para("Depending on your application, you may also need to send:")
    bullet("for grants of more than £2,500, a copy of your business plan or development plan;")
    bullet(
        "two written quotes for any single item or piece of work that costs more than "
        "£1,000, for example from a consultant or IT supplier."
    )
    para("We cannot assess your application until we have every document that applies to you.")
    head("9. Closing dates and decisions")
    para(
        "There are two rounds in 2027/28. Round 1 closes at noon on Friday 30 April 2027, with "
        "decisions by the end of June. Round 2 closes at noon on Friday 29 October 2027, with "
        "decisions by the end of December."
    )
    head("10. If you are offered a grant")
    para(
        "You will be sent a grant agreement to sign. We pay 90% of the grant when we receive "
        "the signed agreement and the last 10% when you send us your end-of-grant report. The "
        "report asks what you did, what difference it made, and how you spent the money, with "
        "copies of invoices. The work must be finished within 12 months."
    )
    head("11. Contact us")
    para(
        "Development Team, Saxonford CVS, The Old Library, 3 Priory Row, Saxonford SX1 4BN. "
        "Email odgrants@saxonfordcvs.example.org.uk, telephone 01632 960 237. Large print and "
        "other formats are available on request."
    )
    folio()
    c.save()


if __name__ == "__main__":
    ashcombe()
    hedgerley()
    pennybridge()
    saxonford()
