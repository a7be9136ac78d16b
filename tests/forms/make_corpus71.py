"""Build set 71's Word and PDF documents (typical mental health, wellbeing, loneliness and
befriending grants from council public health teams, NHS bodies and partnerships, written to
be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus71.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
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


def brindleford() -> None:
    d = kit.new_document(
        FIXED,
        "Community Wellbeing Grants: application form",
        "Brindleford Borough Council Public Health",
    )
    d.add_heading("Brindleford Borough Council", 0)
    d.add_heading("Public Health: Community Wellbeing Grants 2027/28", 1)
    d.add_heading("Application form", 2)
    d.add_paragraph(
        "Community Wellbeing Grants of £500 to £5,000 help local groups run activities that "
        "improve people's mental wellbeing, reduce loneliness and isolation, and help people "
        "connect with their community. Please read the guidance notes before you fill in this "
        "form. We do not ask for match funding, but please tell us about any other funding "
        "you have."
    )
    d.add_paragraph(
        "Type your answers into the boxes; they will expand as you type. Please keep to the "
        "word limits. Email the completed form and your documents to "
        "wellbeinggrants@brindleford.example.gov.uk by 12 noon on Monday 1 March 2027."
    )
    d.add_heading("Section 1: About your organisation", 2)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in organisation",
            "Telephone",
            "Email",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (please tick one)", bold=True)
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation    "
        f"{BOX} Community interest company    {BOX} Constituted community group",
    )
    d.add_paragraph()
    _details(d, ["Charity or company number (if applicable)"])
    d.add_heading("Section 2: About your project", 2)
    _details(d, ["2.1 Project title"])
    d.add_paragraph()
    _question(
        d,
        "2.2 Describe your project. What will you do, where and when? (max 300 words)",
    )
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "2.3 Which of our wellbeing priorities will your project support? (tick all that apply)",
        bold=True,
    )
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Reducing loneliness and isolation    {BOX} Improving mental wellbeing    "
        f"{BOX} Getting people more active    {BOX} Supporting carers    "
        f"{BOX} Men's mental health",
    )
    d.add_paragraph()
    _question(
        d,
        "2.4 Who will benefit from your project, and how will you reach people who may not "
        "usually take part? (max 250 words)",
        2800,
    )
    _details(d, ["2.5 How many people do you expect to take part?"])
    d.add_paragraph()
    _question(
        d,
        "2.6 What difference will your project make to people's mental wellbeing, and how "
        "will you know? (max 250 words)",
        2800,
    )
    _details(d, ["2.7 Project start date", "2.8 Project end date"])
    d.add_heading("Section 3: Keeping people safe", 2)
    _details(d, ["3.1 Name of your safeguarding lead"])
    d.add_paragraph()
    _question(
        d,
        "3.2 How will you keep the people taking part safe, and what will you do if someone "
        "tells you they are struggling with their mental health? (max 150 words)",
        2200,
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "3.3 Will everyone who leads sessions with children or adults at risk have a DBS "
        "check at the right level before the project starts?",
        bold=True,
    )
    kit.set_cell(t.rows[0].cells[1], f"{BOX} Yes    {BOX} No")
    d.add_heading("Section 4: Project costs", 2)
    _details(
        d,
        [
            "4.1 Total cost of the project (£)",
            "4.2 Amount you are asking for (£500 to £5,000)",
            "4.3 Other funding secured or applied for (£)",
        ],
    )
    d.add_paragraph()
    _question(
        d,
        "4.4 How will the activity carry on after the grant has been spent? (max 100 words)",
        1800,
    )
    d.add_heading("Section 5: What you need to send", 2)
    d.add_paragraph(
        "Please send these documents with your form and tick the box to show you have "
        "included each one. We cannot assess your application until we have them all."
    )
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Included", bold=True)
    docs = [
        "Your constitution or set of rules, signed and dated",
        "Your latest annual accounts, signed by two members of your committee (they do not "
        "need to be independently examined or audited)",
        "A bank statement in your organisation's name from the last three months",
        "Your safeguarding policy (all applicants)",
        "If you are buying any single item of equipment costing more than £500: a written "
        "quote for it",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()
    d.add_paragraph(
        "Insurance: your organisation must hold public liability insurance with cover of at "
        "least £5 million for the activities in this application. You do not need to send "
        "the certificate, but we may ask to see it before we pay the grant."
    )
    d.add_heading("Section 6: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information in this form is correct, that I am authorised to "
        "apply on behalf of the organisation, that the organisation has the insurance and "
        "safeguarding arrangements described, and that any grant will be spent only on the "
        "project described. I understand the Council may ask for the grant back if it is not."
    )
    _details(d, ["Signature", "Name (please print)", "Position", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "Public Health Team, Brindleford Borough Council, Town Hall, Market Street, "
        "Brindleford BF1 2PH. Telephone 01632 960 515."
    )
    out = HERE / "brindleford-community-wellbeing-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def cotterstock() -> None:
    d = kit.new_document(
        FIXED,
        "Community Mental Health Grants: guidance notes for applicants",
        "NHS Cotterstock and Wendle Integrated Care Board",
    )
    d.add_heading("NHS Cotterstock and Wendle Integrated Care Board", 0)
    d.add_heading("Community Mental Health Grants 2027 to 2028: guidance notes for applicants", 1)
    h = d.add_heading
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    h("1. Introduction", 2)
    p(
        "NHS Cotterstock and Wendle Integrated Care Board (ICB) plans and pays for health "
        "services for the 620,000 people who live in Cotterstock and Wendle. We know that "
        "voluntary and community organisations reach people that the NHS often does not, and "
        "that many people with mental health problems are best supported close to home, by "
        "people who understand their lives."
    )
    p(
        "The Community Mental Health Grants programme gives grants of £5,000 to £25,000 for "
        "projects lasting up to 12 months. The programme is part of our work with Cotterstock "
        "and Wendle Partnership NHS Foundation Trust and the two local councils to transform "
        "community mental health services. This year the total budget is £400,000."
    )
    p(
        "Please read these notes carefully before you apply. If you have questions, contact "
        "the Community Grants Team (details in section 11)."
    )
    h("2. What we want to fund", 2)
    p("We want to fund projects that do one or more of the following:")
    b(
        "support adults with severe mental illness to stay well in their communities, for "
        "example peer support, social groups and help with everyday life;"
    )
    b(
        "reach communities who are less likely to use mental health services, including "
        "people from Black, Asian and minority ethnic communities, men, and people in rural "
        "areas;"
    )
    b("support people in crisis, or at risk of crisis, outside office hours;")
    b("help people with mental health problems into volunteering, training or work;")
    b("support carers of people with mental health problems.")
    p(
        "We especially welcome projects that have been designed with people who have lived "
        "experience of mental illness, and projects that link people with their local "
        "community mental health team."
    )
    h("3. Who can apply", 2)
    p("You can apply if you are:")
    b("a registered charity or charitable incorporated organisation;")
    b("a community interest company or a company limited by guarantee that is not for profit;")
    b(
        "a constituted voluntary or community group with a bank account in its own name and "
        "at least three unrelated people on its committee."
    )
    p(
        "Your organisation must be based in, or deliver services to people living in, "
        "Cotterstock or Wendle. You cannot apply if you are an individual, a profit-making "
        "business, a political party, or an NHS or council body."
    )
    h("4. What we cannot fund", 2)
    b("Services that the NHS or the local council already has a duty to provide.")
    b("Clinical treatment, such as prescribing or therapy delivered by clinicians.")
    b("Buildings, vehicles or large items of equipment costing more than £2,000.")
    b("Costs already spent before a grant is agreed.")
    b("Religious or political activities.")
    h("5. How much you can apply for", 2)
    p(
        "You can apply for between £5,000 and £25,000. We can pay for staff and volunteer "
        "costs, training, venue hire, activities, publicity and a fair share of your running "
        "costs (up to 15% of the grant)."
    )
    p(
        "We do not require match funding: we can fund the whole cost of your project. If other "
        "funders are supporting the project, please tell us in your budget."
    )
    h("6. Safeguarding and DBS checks", 2)
    p(
        "Many of the people your project will support may be adults at risk. Every applicant "
        "must have a safeguarding policy that covers adults at risk (and children, if you "
        "work with them), names a safeguarding lead and has been reviewed in the last two "
        "years. You must send us a copy with your application."
    )
    p(
        "Staff and volunteers who work with adults at risk in regulated activity must have "
        "an enhanced DBS check. You do not need to send us copies of DBS certificates, but "
        "you will be asked to confirm in the application that the checks are in place or "
        "will be before the project starts."
    )
    p(
        "Everyone delivering the project should complete free suicide awareness training "
        "within three months of starting. Details are on the Zero Suicide Alliance website."
    )
    h("7. Other policies and insurance", 2)
    p(
        "You must also have a data protection policy that meets UK GDPR. You will be asked to "
        "confirm this in the application; you do not need to send it."
    )
    p(
        "Your organisation must hold public liability insurance with cover of at least £5 "
        "million, and employer's liability insurance if you employ staff. You do not need to "
        "send the certificates, but we will ask to see them before we pay the grant."
    )
    h("8. What you need to send", 2)
    p("Every applicant must upload:")
    b(
        "your governing document (constitution, set of rules, trust deed or articles of "
        "association), signed and dated;"
    )
    b(
        "your most recent annual accounts. If your annual income is over £25,000 they must be "
        "independently examined or audited. If it is £25,000 or less, accounts signed by your "
        "treasurer or chair are fine;"
    )
    b("a bank statement in your organisation's name dated within the last three months;")
    b("your safeguarding policy;")
    b(
        "a project budget, using the template on our website, showing each cost and any "
        "other funding."
    )
    p("Some applicants must also upload:")
    b(
        "if staff or volunteers will work alone with people, for example visiting them at "
        "home: your lone working policy;"
    )
    b(
        "if you are applying for more than £15,000: a project plan showing the main "
        "activities and milestones month by month."
    )
    p(
        "Please name each file clearly, for example 'Constitution.pdf'. If you cannot upload a "
        "document, email it to the Community Grants Team with your application reference."
    )
    h("9. How to apply", 2)
    p(
        "Apply through the ICB's online grants portal at "
        "grants.cotterstockwendle.example.org.uk. The online form asks about your "
        "organisation, what your project will do, the need for it and the evidence you have, "
        "how people with lived experience have shaped it, the difference it will make and how "
        "you will measure it, and how it links with local NHS services. Each question shows "
        "its word limit on screen. You can save your application and come back to it."
    )
    p(
        "The programme opens on 4 January 2027 and closes at 5pm on Friday 19 February 2027. "
        "We will not accept late applications."
    )
    h("10. How we decide and what happens next", 2)
    p(
        "A panel of ICB staff, the Partnership Trust, the two councils, and two people with "
        "lived experience of mental illness will score each application. We look at how well "
        "the project meets the aims in section 2, how it will reach people, whether it is "
        "well planned and safe, and whether it is good value for money."
    )
    p(
        "We will tell you our decision by the end of April 2027. If you get a grant you will "
        "sign a grant agreement; we pay 75% at the start and 25% after your six-month "
        "report. At the end of the project you must send a short report with numbers of "
        "people supported and what changed for them."
    )
    h("11. Contact us", 2)
    p(
        "Community Grants Team, NHS Cotterstock and Wendle Integrated Care Board, Kingsway "
        "House, Cotterstock CT2 4NW. Email communitygrants@cotterstockwendle.example.org.uk. "
        "Telephone 01632 960 288 (Monday to Friday, 9am to 4pm)."
    )
    p(
        "If you need these notes in another format or language, please contact us and we "
        "will do our best to help."
    )
    out = HERE / "cotterstock-icb-community-mental-health-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def ewenby() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ewenby-mens-sheds-wellbeing-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Men's Sheds and Men's Wellbeing Fund: application form")
    c.setAuthor("Ewenby District Council")
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

    def tick(name: str, tip: str, label: str) -> None:
        room(20)
        form.checkbox(
            name=name,
            tooltip=tip,
            x=50,
            y=state["y"] - 12,
            size=11,
            borderColor=black,
            fillColor=white,
        )
        lines = simpleSplit(label, "Helvetica", 10, w - 130)
        for line in lines:
            c.setFont("Helvetica", 10)
            c.drawString(68, state["y"] - 10, line)
            state["y"] -= 13
        state["y"] -= 6

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Ewenby District Council")
    state["y"] -= 20
    txt("with the Ewenby Suicide Prevention Partnership", 10, "Helvetica-Oblique")
    state["y"] -= 4
    txt("Men's Sheds and Men's Wellbeing Fund: application form", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Grants of up to £1,500 for men's sheds and other groups that help men stay "
        "connected, share skills and look after their mental health. Fill in this form on "
        "screen, save it and email it with your documents to "
        "wellbeing@ewenby.example.gov.uk. The boxes will not let you type more than the "
        "number of characters shown."
    )
    heading("Part 1: About your group")
    field("group_name", "Name of shed or group", "Name of shed or group")
    field("contact_name", "Contact name", "Contact name")
    field("address", "Address", "Address")
    field("postcode", "Postcode", "Postcode", 8)
    field("phone", "Telephone", "Telephone", 15)
    field("email", "Email", "Email")
    field("members", "Number of members", "Number of members", 4)
    room(40)
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"] - 12, "Is your group a member of the UK Men's Sheds Association?")
    for i, v in enumerate(("Yes", "No")):
        form.radio(
            name="umsa_member",
            tooltip="Is your group a member of the UK Men's Sheds Association?",
            value=v,
            selected=False,
            x=330 + i * 70,
            y=state["y"] - 16,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
        )
        c.drawString(346 + i * 70, state["y"] - 12, v)
    state["y"] -= 30
    heading("Part 2: Your application")
    box(
        "q1_group",
        "1. Tell us about your shed or group and what it does. (up to 1,200 characters)",
        "Tell us about your shed or group and what it does",
        1200,
    )
    box(
        "q2_grant",
        "2. What will you use the grant for? (up to 1,200 characters)",
        "What will you use the grant for",
        1200,
    )
    box(
        "q3_benefit",
        "3. How will this help men in your area who may be lonely, isolated or struggling? "
        "(up to 1,500 characters)",
        "How will this help men in your area who may be lonely, isolated or struggling",
        1500,
        140,
    )
    box(
        "q4_help",
        "4. How will your members know where to get help if they, or another member, are "
        "struggling with their mental health? (up to 900 characters)",
        "How will your members know where to get help",
        900,
        100,
    )
    heading("Part 3: Money")
    field("total_cost", "Total cost of what you want to do (£)", "Total cost", 7)
    field("amount", "Amount requested (£, up to £1,500)", "Amount requested", 5)
    txt(
        "Your group must find at least 10% of the total cost itself, for example from "
        "members' subscriptions, sales of things you make or another grant."
    )
    heading("Part 4: What you need to send")
    txt("Please tick each box to show you have attached the document:")
    state["y"] -= 4
    tick(
        "doc_constitution",
        "Constitution or set of rules attached",
        "a copy of your constitution or set of rules;",
    )
    tick(
        "doc_bank",
        "Bank statement attached",
        "a bank statement in the group's name from the last three months;",
    )
    tick(
        "doc_insurance",
        "Insurance certificate attached",
        "a copy of your public liability insurance certificate (cover of at least £5 million);",
    )
    tick(
        "doc_risk",
        "Risk assessment attached",
        "your risk assessment for the use of tools and machinery in your workshop.",
    )
    txt(
        "We do not need annual accounts for this fund: the bank statement is enough. If you "
        "are buying a tool or piece of equipment that costs more than £300, please also send "
        "a quote for it. If any of your members or visitors are under 18, please also send "
        "your safeguarding policy."
    )
    heading("Part 5: Declaration")
    tick(
        "declaration",
        "I agree to the declaration",
        "I confirm that the information in this form is correct, that the group agreed to "
        "apply, and that the grant will be spent only on what is described above.",
    )
    state["y"] -= 6
    field("signature", "Signature (type your name)", "Signature")
    field("print_name", "Name in capitals", "Name in capitals")
    field("sign_date", "Date", "Date signed", 10)
    state["y"] -= 10
    txt(
        "Struggling yourself? You can call Samaritans free, day or night, on 116 123.",
        9,
        "Helvetica-Oblique",
    )
    c.save()


def nettlefold() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "nettlefold-suicide-prevention-community-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Suicide Prevention Community Fund: guidance for applicants")
    c.setAuthor("Nettlefold County Council Public Health")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Nettlefold County Council Public Health - Suicide Prevention Community Fund "
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
        state["y"] -= 6
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 168)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(84, state["y"], "\u2022")
            c.drawString(96, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Nettlefold County Council")
    state["y"] -= 24
    para("Public Health", 12, "Helvetica")
    para("Suicide Prevention Community Fund 2027/28", 15, "Helvetica-Bold")
    para("Guidance for applicants", 13, "Helvetica-Bold")
    para(
        "If you are affected by anything in this guidance and need to talk to someone, you "
        "can call Samaritans free on 116 123 at any time, or text SHOUT to 85258.",
        9.5,
        "Helvetica-Oblique",
    )
    head("1. About the fund")
    para(
        "Every suicide is a tragedy that affects families, friends and whole communities. "
        "The Nettlefold Suicide Prevention Partnership brings together the County Council, "
        "the NHS, the police and voluntary organisations to work towards the aim that no one "
        "in Nettlefold takes their own life."
    )
    para(
        "The Suicide Prevention Community Fund gives grants of £2,000 to £15,000 to local "
        "voluntary and community organisations for projects that reduce the risk of suicide "
        "and self-harm and support people bereaved by suicide. The fund is paid for from the "
        "Public Health Grant. The total available in 2027/28 is £180,000."
    )
    head("2. Our priorities")
    para("We will fund projects that do one or more of these things:")
    bullet(
        "reach men aged 30 to 64, who are at the highest risk of suicide in Nettlefold, for "
        "example through sports clubs, workplaces, men's sheds and barbers;"
    )
    bullet("support people who self-harm, including young people;")
    bullet(
        "support people bereaved or affected by suicide, such as peer support groups for families;"
    )
    bullet(
        "reduce the risk factors for suicide, such as debt, gambling, loneliness and "
        "alcohol or drug use;"
    )
    bullet(
        "train community members to recognise when someone may be thinking about suicide "
        "and to help them get support."
    )
    head("3. Who can apply")
    para(
        "Registered charities, charitable incorporated organisations, community interest "
        "companies, constituted voluntary and community groups, social enterprises and "
        "faith groups (for projects open to everyone) working in Nettlefold can apply. "
        "Organisations must have been running for at least one year and have a bank account "
        "in their own name."
    )
    para(
        "We cannot fund individuals, statutory bodies, schools, profit-making businesses or "
        "political organisations."
    )
    head("4. What the grant can pay for")
    para(
        "Staff and sessional worker costs, volunteer expenses, training, venue hire, "
        "publicity, equipment under £1,000 and a reasonable share of running costs. We cannot "
        "pay for clinical services, costs already spent, or activities that are the "
        "responsibility of the NHS or another public body."
    )
    head("5. Match funding")
    para(
        "We expect applicants to contribute at least 20% of the total cost of their project. "
        "This can be in cash from your own funds or another funder, or in kind, for example "
        "volunteer time (valued at £12 an hour) or free use of a venue. Please show your "
        "contribution in your budget."
    )
    head("6. Keeping people safe")
    para(
        "Projects funded through this fund will often be working with people who are at "
        "risk. Every applicant must send a copy of its safeguarding policy, which must "
        "cover adults at risk and, if you work with them, children and young people. It "
        "must say what staff and volunteers should do if someone tells them they are "
        "thinking about suicide."
    )
    para(
        "Staff and volunteers who work with children or adults at risk must have a DBS "
        "check at the right level. If your project will work with young people under 18, "
        "you must send us a list of the staff and volunteers who will work with them and "
        "the dates of their enhanced DBS checks."
    )
    para(
        "You must also have an equality and diversity policy and a data protection policy. "
        "You will be asked to confirm this on the application form; you do not need to send "
        "copies."
    )
    head("7. Insurance")
    para(
        "Your organisation must have public liability insurance with cover of at least £10 "
        "million, and employer's liability insurance if you employ staff. You do not need to "
        "send your certificates with the application, but we will check them before we pay "
        "any grant."
    )
    head("8. What you need to send with your application form")
    para("All applicants must send:")
    bullet(
        "a copy of your governing document (constitution, set of rules, articles of "
        "association or trust deed), signed and dated;"
    )
    bullet(
        "your most recent annual accounts, which must have been audited or independently "
        "examined. We cannot accept accounts that have only been signed by your committee;"
    )
    bullet("your safeguarding policy (see section 6);")
    bullet(
        "a detailed budget for the project, on the budget sheet in the application pack, "
        "showing your own contribution."
    )
    para("You must also send, if they apply to you:")
    bullet(
        "the list of staff and volunteers with their enhanced DBS check dates, if your "
        "project will work with young people under 18 (see section 6);"
    )
    bullet(
        "a letter from each partner organisation confirming its role, if you are running "
        "the project in partnership with another organisation."
    )
    para(
        "Applications without all the documents that apply to you will not be assessed. "
        "Please do not send anything we have not asked for."
    )
    head("9. How to apply")
    para(
        "Download the application pack (the application form in Word and the budget sheet) "
        "from www.nettlefold.example.gov.uk/suicidepreventionfund. The form asks about your "
        "organisation, your project and who it will reach, how it meets the fund's "
        "priorities, how you will keep people safe, and what difference it will make. Email "
        "the completed form and your documents to publichealth.grants@nettlefold.example.gov.uk."
    )
    para("The closing date is 12 noon on Friday 5 March 2027.")
    head("10. How applications are assessed")
    para(
        "A panel from the Suicide Prevention Partnership, including a member with lived "
        "experience, will score applications against the fund's priorities, the need for the "
        "project, how safe and well planned it is, and value for money. We aim to tell you "
        "our decision by the end of May 2027."
    )
    head("11. If your application is successful")
    para(
        "You will be sent a grant agreement. Everyone working on the project must complete "
        "free online suicide prevention training before they start. You will need to send "
        "us a short report after six months and at the end of the project, and attend one "
        "of the Partnership's learning events."
    )
    head("12. Contact us")
    para(
        "Public Health Team, Nettlefold County Council, County Hall, Nettlefold NF1 3GG. "
        "Email publichealth.grants@nettlefold.example.gov.uk. Telephone 01632 960 603."
    )
    folio()
    c.save()


if __name__ == "__main__":
    brindleford()
    cotterstock()
    ewenby()
    nettlefold()
