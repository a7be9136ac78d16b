"""Build set 90's Word and PDF documents (typical drug and alcohol recovery and criminal
justice rehabilitation community grants: a county council public health Recovery Community
Grant, a police and crime commissioner's Reducing Reoffending Fund, a Police Property Act Fund
and a community foundation's prison leavers' resettlement small grants, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus90.py
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


def _yes_no(d, rows: list[str]) -> None:
    """A shaded question column with a Yes / No column beside it."""
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], f"{BOX} Yes    {BOX} No")
    d.add_paragraph()


def felsbeck() -> None:
    d = kit.new_document(
        FIXED, "Recovery Community Grants: application form", "Felsbeck County Council"
    )
    p = d.add_paragraph
    d.add_heading("Felsbeck County Council", 0)
    p("Public Health: Recovery Community Grants 2027 to 2028")
    p("Application form")
    p(
        "Recovery Community Grants of £500 to £10,000 support groups in Felsbeck that help "
        "people to recover from drug and alcohol problems: lived experience recovery "
        "organisations, mutual aid and peer support groups, recovery cafés and groups for "
        "families. The grants are paid for from the Council's public health grant and the "
        "Drug and Alcohol Treatment and Recovery Improvement Grant."
    )
    p(
        "Please read the guidance notes before you fill in this form. Answer every question "
        "in the box below it and keep to the word limits shown. Match funding is welcome but "
        "it is not required. Email the completed form and your documents to "
        "recoverygrants@felsbeck.example.gov.uk by 5pm on Friday 19 February 2027. If you "
        "would like help with your application, call the Public Health team on "
        "01632 960 233."
    )
    d.add_heading("Section 1: About your organisation", 1)
    _details(
        d,
        [
            "Name of group or organisation",
            "Registered charity or company number (if you have one)",
            "Main contact name",
            "Position in the organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (please tick one)", bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Lived experience recovery organisation    {BOX} Registered charity    "
        f"{BOX} Community interest company    {BOX} Constituted community group    "
        f"{BOX} Other",
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    _question(
        d,
        "2.1 Tell us about your group: what you do, who you work with and how people with "
        "lived experience of recovery are involved in running it. (max 300 words)",
    )
    _question(d, "2.2 Describe the project or activity you would like us to fund. (max 400 words)")
    _question(
        d,
        "2.3 How do you know the project is needed? Please include any feedback from people "
        "in recovery or their families. (max 250 words)",
    )
    _question(
        d,
        "2.4 What difference will the project make to people in recovery, their families and "
        "the wider community? (max 300 words)",
    )
    _question(
        d,
        "2.5 How will you work with local drug and alcohol treatment services and other "
        "partners, and how will people be referred to you? (max 200 words)",
    )
    _details(
        d,
        [
            "Project start date",
            "Project end date",
            "How many people do you expect to take part?",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 3: Safeguarding and DBS checks", 1)
    p(
        "Many of the people our grants help are vulnerable. Please answer the questions below "
        "and tell us who leads on safeguarding in your organisation."
    )
    _yes_no(
        d,
        [
            "Does your project involve working with children, young people or adults at risk?",
            "Do staff and volunteers who need a DBS check have one at the right level?",
            "Has your safeguarding policy been reviewed in the last 12 months?",
        ],
    )
    _details(d, ["Name of your safeguarding lead"], shade=True)
    p()
    _question(
        d,
        "3.1 How will you keep participants, staff and volunteers safe, including people who "
        "may relapse or be in crisis while they take part? (max 250 words)",
    )
    d.add_heading("Section 4: Costs", 1)
    p("Please list what the grant will pay for. Add rows if you need to.")
    _grid(d, ["Item", "Cost (£)"], 6)
    _details(d, ["Total cost of the project (£)", "Amount you are asking for (£)"], shade=True)
    p()
    _yes_no(d, ["Have you applied to any other funder for this project?"])
    d.add_heading("Section 5: Supporting documents", 1)
    p("Please tick to show which documents you are sending with this form.")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    docs = [
        "Your constitution, set of rules or other governing document",
        "Your latest annual accounts (these can be signed by your treasurer; they do not need "
        "to be independently examined)",
        "A bank statement from the last three months in the name of your organisation",
        "Your safeguarding policy",
        "If staff or volunteers will meet participants on their own: your lone working policy",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that the grant will be "
        "used only for the project described. I confirm that the organisation has an equal "
        "opportunities policy and a data protection policy, and holds public liability "
        "insurance of at least £5 million. I understand that the Council will hold the "
        "information in this form for the purpose of managing the grant and may share it "
        "with the Felsbeck Combating Drugs Partnership."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Public Health, Felsbeck County Council, County Hall, Market Street, Felsbeck FB1 2PH. "
        "www.felsbeck.example.gov.uk/recoverygrants"
    )
    out = HERE / "felsbeck-recovery-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def brantholme() -> None:
    d = kit.new_document(
        FIXED,
        "Reducing Reoffending Fund 2027 to 2028: guidance notes",
        "Office of the Police and Crime Commissioner for Brantholme",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    def table(rows: list[tuple[str, ...]]) -> None:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for n, (r, vals) in enumerate(zip(t.rows, rows, strict=True)):
            for c, v in zip(r.cells, vals, strict=True):
                kit.set_cell(c, v, bold=n == 0)
                if n == 0:
                    _shade(c)
        p()

    d.add_heading("Reducing Reoffending Fund 2027 to 2028", 0)
    p("Guidance notes for applicants")
    p("Office of the Police and Crime Commissioner for Brantholme (OPCC)")
    d.add_heading("1. Introduction", 1)
    p(
        "The Police and Crime Commissioner's Police and Crime Plan 2025 to 2029 has four "
        "priorities: preventing crime, supporting victims, tackling drugs and alcohol, and "
        "reducing reoffending. Most crime in Brantholme is committed by a small number of "
        "people who offend again and again, often because of problems with housing, drugs or "
        "alcohol, mental health, debt or a lack of work. Helping these people to stop "
        "offending is one of the best ways of keeping communities safe."
    )
    p(
        "The Reducing Reoffending Fund gives grants to voluntary and community organisations "
        "that help people in contact with the criminal justice system to turn their lives "
        "around. The fund is run by the OPCC in partnership with the Probation Service in "
        "Brantholme and the Brantholme Reducing Reoffending Board. In 2027 to 2028 there is "
        "£350,000 to award."
    )
    p(
        "Please read these notes carefully before you apply. They explain who can apply, what "
        "we will fund, what you need to send and how we will make our decision."
    )
    d.add_heading("2. What the fund is for", 1)
    p("We want to fund projects that help people to stop offending in one or more of these areas:")
    table(
        [
            ("Priority", "Examples of projects we could fund"),
            (
                "Prison leavers",
                "Meeting people at the gate, help with housing and benefits in the first weeks "
                "after release, mentoring by people with lived experience.",
            ),
            (
                "Drugs and alcohol",
                "Peer support and recovery activities for people on probation, support to "
                "take up and stay in treatment, including Drug Rehabilitation Requirements.",
            ),
            (
                "Women",
                "Women's centres and services for women at risk of offending, especially women "
                "who have experienced domestic abuse or who have children.",
            ),
            (
                "Young adults",
                "Support for 18 to 25 year olds moving from youth justice to adult services, "
                "and diversion from further offending after an out-of-court resolution.",
            ),
            (
                "Work and skills",
                "Training, volunteering and work placements, and help with disclosing a "
                "conviction to an employer.",
            ),
        ]
    )
    d.add_heading("3. How much you can apply for", 1)
    p(
        "You can apply for between £5,000 and £40,000 a year, for up to two years. Projects "
        "lasting two years will have their second year's funding confirmed once we have "
        "received a satisfactory report at the end of the first year."
    )
    d.add_heading("4. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community "
        "interest company, a company limited by guarantee with charitable aims or a "
        "constituted voluntary or community group;"
    )
    bullet("has a board or management committee of at least three unrelated people;")
    bullet("has its own bank account needing two unrelated people to sign or approve payments;")
    bullet("delivers its project for people living in Brantholme; and")
    bullet("has been running for at least one year and has produced a set of annual accounts.")
    p(
        "We welcome applications from organisations led by people with lived experience of the "
        "criminal justice system or of addiction, and from partnerships of two or more "
        "organisations. A partnership must name one lead organisation, which will sign the "
        "grant agreement and be responsible for the grant."
    )
    d.add_heading("5. What we will not fund", 1)
    bullet("individuals, or organisations that distribute profits to shareholders or members;")
    bullet("statutory services, or activities that replace funding from another public body;")
    bullet("activities that promote religious or political beliefs;")
    bullet("costs already paid before a grant is awarded;")
    bullet("purchase of land or buildings, or vehicles; and")
    bullet("general appeals or fundraising events.")
    d.add_heading("6. Match funding", 1)
    p(
        "The fund will pay up to 80% of the total cost of your project. You must find at least "
        "20% of the cost from other sources. This can be cash from your own reserves or "
        "another funder, or the value of volunteer time, premises or equipment given free. "
        "Please tell us in your budget which parts of the match funding are confirmed."
    )
    d.add_heading("7. Safeguarding, DBS checks and vetting", 1)
    p(
        "Many of the people your project will work with will be adults at risk, and some will "
        "have children. Every applicant must have a safeguarding policy that covers adults "
        "at risk and children, a named safeguarding lead and training for staff and "
        "volunteers. You must send your safeguarding policy with your application."
    )
    p(
        "Staff and volunteers who work closely with participants must have a Disclosure and "
        "Barring Service (DBS) check at the level their role needs. You do not need to send "
        "DBS certificates, but you must confirm in the application form that these checks "
        "are in place. We know that many good mentors have convictions themselves: a "
        "conviction does not rule someone out, but you must show that you have assessed any "
        "risk."
    )
    p(
        "If your staff or volunteers will work inside a prison or in approved premises, they "
        "will also need to be vetted by HM Prison and Probation Service. This is arranged "
        "after a grant is awarded, and can take up to eight weeks."
    )
    d.add_heading("8. Data protection and information sharing", 1)
    p(
        "Projects funded by the Reducing Reoffending Fund often need to share information "
        "about participants with the Probation Service, prisons, the police or treatment "
        "services. You must handle this information lawfully under the UK General Data "
        "Protection Regulation (UK GDPR) and the Data Protection Act 2018. Every applicant "
        "must send its data protection policy."
    )
    p(
        "If your project will share personal information about participants with the "
        "Probation Service or another partner, you must also send a copy of your information "
        "sharing agreement with that partner, or a draft of it if it is not yet signed."
    )
    d.add_heading("9. Equality and diversity", 1)
    p(
        "You must have an equality and diversity policy and show how your project will reach "
        "people from all communities, including people from Black, Asian and minority ethnic "
        "backgrounds, who are over-represented in the criminal justice system. You do not need "
        "to send the policy with your application."
    )
    d.add_heading("10. How to apply", 1)
    p(
        "Apply online through the OPCC grants portal at "
        "www.brantholme-pcc.example.gov.uk/grants. You will need to register first. The "
        "application form asks about your organisation, the need for your project, what you "
        "will do and who will take part, how people will be referred to you, how you will work "
        "with the Probation Service and other partners, the outcomes you expect and how you "
        "will measure them, your budget, and how you will manage risk. Each question has a "
        "word limit shown on the portal."
    )
    p(
        "The fund opens on Monday 4 January 2027 and closes at midday on Friday 26 February "
        "2027. We cannot accept late applications or applications sent by email."
    )
    d.add_heading("11. What you need to send", 1)
    p("Every applicant must upload the following documents with the online form:")
    number("your constitution, memorandum and articles of association or other governing document;")
    number(
        "your latest annual accounts, which must be independently examined or audited. We "
        "cannot accept draft accounts or management accounts;"
    )
    number(
        "a project budget showing all the costs of the project, the amount you are asking us "
        "for and where your match funding will come from;"
    )
    number("your safeguarding policy (see section 7); and")
    number("your data protection policy (see section 8).")
    p("Some applicants must also send:")
    bullet(
        "if you are applying as a partnership: a letter of support from each partner "
        "organisation, signed by its chief officer or chair, setting out its part in the "
        "project;"
    )
    bullet(
        "if your project will share personal information with the Probation Service or "
        "another partner: your information sharing agreement, or a draft of it (see "
        "section 8)."
    )
    d.add_heading("12. Insurance", 1)
    p(
        "Your organisation must hold public liability insurance with cover of at least £5 "
        "million, and employer's liability insurance if you employ staff. You do not need to "
        "send copies of your certificates, but we will ask to see them before we pay the "
        "grant."
    )
    d.add_heading("13. How we assess applications", 1)
    p(
        "OPCC officers will check each application to make sure it is eligible and complete. "
        "Eligible applications are then scored by a panel made up of the OPCC, the Probation "
        "Service, the Brantholme Combating Drugs Partnership and a member of the Commissioner's "
        "lived experience advisory group. The panel scores each application as follows:"
    )
    table(
        [
            ("What we look at", "Weighting"),
            ("Evidence of need, and how the project fits the priorities in section 2", "25%"),
            ("How the project will work, and how people will be referred to it", "25%"),
            ("Outcomes and how they will be measured", "20%"),
            ("Partnership working, including with the Probation Service", "15%"),
            ("Value for money and a realistic budget", "15%"),
        ]
    )
    p(
        "The Commissioner makes the final decision on the panel's recommendations, and "
        "publishes all decisions on the OPCC website."
    )
    d.add_heading("14. Timetable", 1)
    table(
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 4 January 2027"),
            ("Online briefing for applicants", "Wednesday 20 January 2027, 10am"),
            ("Closing date", "Friday 26 February 2027, midday"),
            ("Panel meets", "April 2027"),
            ("Decisions published", "May 2027"),
            ("Projects start", "From 1 July 2027"),
        ]
    )
    d.add_heading("15. If you are awarded a grant", 1)
    p(
        "You will be asked to sign a grant agreement. We will pay the grant in two instalments "
        "each year, in July and January. You must send us a short monitoring report every six "
        "months, using our template, with the number of people you have worked with, the "
        "outcomes they have achieved and a case study. We may visit your project, and we may "
        "ask participants, with their consent, to tell us about their experience."
    )
    p(
        "You must acknowledge the Police and Crime Commissioner's funding in your publicity, "
        "and tell us straight away about any serious incident, safeguarding concern or data "
        "breach involving the project."
    )
    d.add_heading("16. Frequently asked questions", 1)
    p("Can we apply if we already have a grant from the Commissioner?").runs[0].bold = True
    p(
        "Yes, but not for the same work. If you have a Police Property Act Fund grant, for "
        "example, you can still apply to this fund for a different project."
    )
    p("Can a new organisation apply?").runs[0].bold = True
    p(
        "Not on its own, because we need to see a set of annual accounts. A new organisation "
        "can be a partner in a partnership led by an established organisation."
    )
    p("Can we pay people with lived experience for their time?").runs[0].bold = True
    p(
        "Yes. We encourage it, and you can include payments to peer mentors or an expert by "
        "experience panel in your budget."
    )
    d.add_heading("17. Contact us", 1)
    p(
        "Commissioning and Partnerships Team, Office of the Police and Crime Commissioner for "
        "Brantholme, Police Headquarters, Moor Road, Brantholme BH4 9QT. Telephone 01632 961 "
        "840. Email grants@brantholme-pcc.example.gov.uk."
    )
    out = HERE / "brantholme-reducing-reoffending-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hartsmere() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hartsmere-police-property-act-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Police Property Act Fund: application form")
    c.setAuthor("Police and Crime Commissioner for Hartsmere")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#005A70")

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

    def field(name: str, label: str, maxlen: int) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
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
            maxlen=maxlen,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int) -> None:
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
    c.drawString(50, state["y"], "Police and Crime Commissioner for Hartsmere")
    state["y"] -= 22
    txt("Police Property Act Fund: application form 2027", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Police Property Act Fund is made up of money raised from the sale of property "
        "that has come into the possession of Hartsmere Police and whose owner could not be "
        "found. The Commissioner gives it back to the community as grants of up to £2,500 "
        "for projects that reduce crime and anti-social behaviour, support victims, divert "
        "young people from crime or help people to stop offending, including people "
        "recovering from drug or alcohol problems."
    )
    state["y"] -= 4
    txt(
        "A grant can cover the whole cost of your project: you do not need to find match "
        "funding. You can fill in this form on screen and save it. Each answer box has a "
        "character limit, shown after the question. Email the completed form with your "
        "documents to ppafund@hartsmere-pcc.example.gov.uk."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of group or organisation", 100)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO", "CIC", "Constituted group", "Other"],
    )
    field("charity_no", "Charity or company number (if any)", 12)
    field("contact", "Contact name", 60)
    field("role", "Role in the organisation", 60)
    field("address", "Address", 150)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    bar("Section 2: Your project")
    field("title", "Project title", 80)
    box(
        "q1",
        "2.1 Describe your project: what you will do, who will take part and what the money "
        "will be spent on. (up to 1,800 characters)",
        "2.1 Describe your project",
        1800,
        150,
    )
    box(
        "q2",
        "2.2 Which priority in the Police and Crime Plan will your project support, and how? "
        "(up to 1,200 characters)",
        "2.2 Which Police and Crime Plan priority will your project support?",
        1200,
        110,
    )
    box(
        "q3",
        "2.3 What difference will the project make to crime, anti-social behaviour or "
        "reoffending in your area, and how will you know? (up to 1,500 characters)",
        "2.3 What difference will the project make?",
        1500,
        130,
    )
    box(
        "q4",
        "2.4 How will you keep children, young people and adults at risk safe while they take "
        "part? (up to 900 characters)",
        "2.4 How will you keep people safe?",
        900,
        90,
    )
    bar("Section 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("amount", "Amount requested (£)", 10)
    field("start_date", "Date the project will start", 10)
    bar("Section 4: Safeguarding and DBS checks")
    radios(
        "vulnerable",
        "Will anyone in your project work with children, young people or adults at risk?",
        ["Yes", "No"],
    )
    radios(
        "dbs",
        "Do all staff and volunteers who need one hold a current enhanced DBS check?",
        ["Yes", "No", "Not applicable"],
    )
    bar("Section 5: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or set of rules")
    tick(
        "doc_accounts",
        "Your latest annual accounts or, if your group was set up in the last 12 months, "
        "a recent bank statement",
    )
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if your project works with children, young people or "
        "adults at risk",
    )
    tick("doc_quote", "A quote for any single item costing more than £500")
    bar("Section 6: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the organisation "
        "holds public liability insurance of at least £5 million, and that the grant will be "
        "spent only on the project described. I agree that the Commissioner's office may "
        "share the information in this form with Hartsmere Police and the Community Safety "
        "Partnership to check and assess the application.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Office of the Police and Crime Commissioner for Hartsmere, Force Headquarters, "
        "Bridge Street, Hartsmere HM2 5RT. Telephone 01632 962 915.",
        9,
    )
    c.save()


def orrelsby() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "orrelsby-prison-leavers-resettlement-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Prison Leavers' Resettlement Small Grants: application form")
    c.setAuthor("Orrelsby Community Foundation")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    grey = HexColor("#E7E6E6")

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            56,
            34,
            "Orrelsby Community Foundation - Prison Leavers' Resettlement Small Grants - "
            f"application form - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 10, font: str = "Helvetica", x: float = 56) -> None:
        for line in simpleSplit(t, font, size, w - x - 56):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def section(t: str) -> None:
        room(60)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(56, state["y"] - 6, w - 112, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(62, state["y"], t)
        state["y"] -= 26

    def line_field(label: str) -> None:
        room(24)
        c.setFont("Helvetica", 10)
        c.drawString(56, state["y"], label)
        c.line(250, state["y"] - 2, w - 56, state["y"] - 2)
        state["y"] -= 24

    def answer_box(label: str, height: int) -> None:
        para(label, 10, "Helvetica-Bold")
        room(height + 8)
        c.rect(56, state["y"] - height + 6, w - 112, height, stroke=1, fill=0)
        state["y"] -= height + 14

    def grid(headers: list[str], widths: list[int], rows: int) -> None:
        room(20 * (rows + 1) + 10)
        x = 56
        for h, wd in zip(headers, widths, strict=True):
            c.rect(x, state["y"] - 6, wd, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x + 4, state["y"], h)
            x += wd
        for _ in range(rows):
            state["y"] -= 20
            x = 56
            for wd in widths:
                c.rect(x, state["y"] - 6, wd, 20, stroke=1, fill=0)
                x += wd
        state["y"] -= 30

    def check(label: str) -> None:
        lines = simpleSplit(label, "Helvetica", 10, w - 56 - 80)
        room(14 * len(lines) + 4)
        c.rect(58, state["y"] - 2, 10, 10, stroke=1, fill=0)
        for i, ln in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(78, state["y"] - 14 * i, ln)
        state["y"] -= 14 * len(lines) + 4

    def yes_no(label: str) -> None:
        lines = simpleSplit(label, "Helvetica", 10, w - 56 - 160)
        room(14 * len(lines) + 8)
        for i, ln in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(56, state["y"] - 14 * i, ln)
        c.setFont("Helvetica", 10)
        c.drawString(w - 150, state["y"], "Yes")
        c.rect(w - 128, state["y"] - 2, 10, 10, stroke=1, fill=0)
        c.drawString(w - 108, state["y"], "No")
        c.rect(w - 90, state["y"] - 2, 10, 10, stroke=1, fill=0)
        state["y"] -= 14 * len(lines) + 8

    c.setFont("Helvetica-Bold", 17)
    c.drawString(56, state["y"], "Orrelsby Community Foundation")
    state["y"] -= 26
    para("Prison Leavers' Resettlement Small Grants", 14, "Helvetica-Bold")
    para("Application form 2027", 12, "Helvetica-Bold")
    para(
        "The first weeks after someone leaves prison are when they are most likely to "
        "reoffend. Prison Leavers' Resettlement Small Grants of up to £3,000 help local "
        "charities and community groups to support people leaving HMP Orrelsby and other "
        "prisons who are settling in the Orrelsby area: meeting people at the gate, finding "
        "somewhere to live, registering with a doctor, claiming benefits, getting into "
        "treatment for drug or alcohol problems, and building a life away from crime. The "
        "fund is supported by the Probation Service and the Orrelsby Reducing Reoffending "
        "Partnership."
    )
    para(
        "Please write clearly in black ink or type your answers, and keep to the word limits. "
        "Post the completed form to the address at the end, or scan it and email it to "
        "grants@orrelsbycf.example.org.uk. We can help you to fill in the form: call "
        "01632 963 118."
    )
    section("Section A: About your organisation")
    line_field("Name of organisation")
    line_field("Address")
    line_field("Postcode")
    line_field("Contact name")
    line_field("Telephone")
    line_field("Email")
    line_field("Charity or company number (if any)")
    line_field("Income in your last financial year (£)")
    section("Section B: Your project")
    answer_box(
        "B1 What will your project do to help people leaving prison to settle in the "
        "community and stay away from crime? (no more than 400 words)",
        190,
    )
    answer_box(
        "B2 How will people leaving prison be referred to you? Please tell us how you will "
        "work with the prison, the Probation Service and other local services. "
        "(no more than 250 words)",
        140,
    )
    answer_box(
        "B3 Many prison leavers have drug or alcohol problems. How will you support them to "
        "get into treatment and stay in it? (no more than 200 words)",
        120,
    )
    answer_box(
        "B4 How will you manage risk, including any risk to staff, volunteers, participants "
        "and the public? (no more than 250 words)",
        140,
    )
    answer_box(
        "B5 How will you know whether the project has made a difference? (no more than 150 words)",
        100,
    )
    section("Section C: Costs")
    para("Please list what the grant will pay for.")
    grid(["Item", "Cost (£)"], [340, 143], 5)
    line_field("Total cost of the project (£)")
    line_field("Amount requested from the Foundation (£)")
    section("Section D: Safeguarding, DBS checks and data protection")
    yes_no(
        "Do all staff and volunteers working with participants have a DBS check at the "
        "level their role needs?"
    )
    yes_no("Does your organisation have a named safeguarding lead?")
    para(
        "If you are awarded a grant, you will need to sign the Foundation's data sharing "
        "agreement, so that you can receive referrals from the Probation Service and report "
        "to us on outcomes without sharing more personal information than is needed. You "
        "do not need to do anything about this now."
    )
    section("Section E: Checklist")
    para("Please tick to show you have enclosed:")
    check("a copy of your constitution or other governing document")
    check(
        "your most recent annual accounts (if your income is over £25,000 these must be "
        "independently examined or audited; otherwise they can be signed by your treasurer)"
    )
    check("your safeguarding policy, which must cover adults at risk")
    check("a risk assessment for the project")
    check(
        "if you are asking for more than £1,500: a letter of support from the Probation "
        "Service or another partner agency that will refer people to you"
    )
    section("Section F: Declaration")
    para(
        "I confirm that I am authorised to apply on behalf of the organisation, that the "
        "information in this form is correct, and that the organisation has an equal "
        "opportunities policy and a complaints procedure."
    )
    line_field("Signature")
    line_field("Name")
    line_field("Position")
    line_field("Date")
    state["y"] -= 6
    para(
        "Orrelsby Community Foundation, The Old Library, 9 Castle Street, Orrelsby OB1 3LE.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    felsbeck()
    brantholme()
    hartsmere()
    orrelsby()
