"""Build set 150's Word and PDF documents (typical prison leavers, resettlement and reducing
reoffending community grants: a police and crime commissioner's Reducing Reoffending Community
Fund application, a community foundation's Fresh Start Resettlement Fund guidance, a borough
community safety partnership's Through the Gate Mentoring Grants form and a district council's
Second Chances Employment Grants form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus150.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def aldermoss() -> None:
    d = kit.new_document(
        FIXED,
        "Reducing Reoffending Community Fund 2027/28: application form",
        "Office of the Police and Crime Commissioner for Aldermoss",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Police and Crime Commissioner for Aldermoss", 0)
    p("Reducing Reoffending Community Fund 2027/28: application form")
    p(
        "The Reducing Reoffending Community Fund supports voluntary and community "
        "organisations that help people leaving prison, or serving sentences in the community, "
        "to turn away from crime. We fund mentoring, through-the-gate support, help with "
        "housing, benefits and debt, and routes into training and work. Grants are from "
        "£2,000 to £15,000 for projects lasting up to 12 months."
    )
    p(
        "We expect organisations to contribute at least 10% of the total project cost, in "
        "cash or in kind (for example volunteer time or the use of a building)."
    )
    p(
        "Please read the fund guidance before you fill in this form. Type your answers in the "
        "boxes and keep to the word limits; the boxes will expand. Send the completed form and "
        "your documents to grants@aldermoss-pcc.example.gov.uk by 12 noon on Monday 10 May "
        "2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "Our Commissioning Officer, Ruth Ellacott, can talk to you about your idea before you "
        "apply. Telephone 01632 965 210 or email the address above."
    )
    d.add_heading("Section A: About your organisation", 1)
    kit.details(
        d,
        [
            "Organisation name",
            "Registered address",
            "Postcode",
            "Main contact name",
            "Job title",
            "Telephone",
            "Email",
            "Website (if any)",
            "Charity, company or CIC number",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Legal status",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Company limited by guarantee   {BOX} Community interest company   "
                f"{BOX} Constituted voluntary group",
            ),
            ("Annual income in your last financial year (£)", ""),
            ("Number of paid staff", ""),
            ("Number of volunteers", ""),
            (
                "Do you have a signed information-sharing agreement with the Probation Service?",
                f"{BOX} Yes   {BOX} No   {BOX} Being agreed",
            ),
        ],
    )
    p()
    d.add_heading("Section B: Your project", 1)
    kit.details(d, ["Project title"], shade=True)
    p()
    kit.question(d, "B1 Summarise your project in no more than 50 words.", 1200)
    kit.question(
        d,
        "B2 What will you do, and who will deliver it? Describe the support people will "
        "receive before and after release. (max 400 words)",
        4400,
    )
    kit.question(
        d, "B3 What evidence do you have that this support is needed? (max 250 words)", 3000
    )
    kit.question(
        d,
        "B4 How will you assess and manage risk, including how you will work with probation "
        "practitioners and share information safely? (max 300 words)",
        3400,
    )
    kit.pairs(
        d,
        [
            (
                "B5 Which priorities of the Police and Crime Plan will the project support? "
                "(tick all that apply)",
                f"{BOX} Reducing reoffending   {BOX} Safer neighbourhoods   "
                f"{BOX} Supporting victims   {BOX} Tackling drug and alcohol misuse",
            ),
        ],
    )
    p()
    kit.question(
        d,
        "B6 What outcomes will the project achieve, and how will you measure them? (max 300 words)",
        3400,
    )
    p("Please also fill in the outcomes table.")
    kit.grid(d, ["Outcome", "How you will measure it", "Target number"], 4)
    kit.pairs(
        d,
        [
            ("Number of people the project will support", ""),
            ("Project start date", ""),
            ("Project end date", ""),
        ],
    )
    p()
    kit.question(d, "B7 How will the work continue when this funding ends? (max 200 words)", 2400)
    d.add_heading("Section C: Budget", 1)
    p("Please break down the cost of the project.")
    kit.grid(
        d,
        [
            "Item of expenditure",
            "How the cost is calculated",
            "Requested from the PCC (£)",
            "Other funding (£)",
        ],
        7,
    )
    kit.pairs(
        d,
        [
            ("Total project cost (£)", ""),
            ("Amount requested from the Commissioner (£)", ""),
            ("Your contribution, cash or in kind (£)", ""),
            ("Is your contribution confirmed?", f"{BOX} Yes   {BOX} No   {BOX} Partly"),
        ],
    )
    p()
    d.add_heading("Section D: Supporting documents", 1)
    p("Please email the following documents with your application:")
    bullet("your governing document (constitution, articles of association or trust deed);")
    bullet(
        "your most recent annual accounts. If your income is over £25,000 these must be "
        "independently examined or audited; smaller organisations may send accounts signed by "
        "their treasurer;"
    )
    bullet("your safeguarding policy, covering adults at risk as well as children;")
    bullet("your equality and diversity policy;")
    bullet("a risk assessment for the project;")
    bullet("evidence of public liability insurance with cover of at least £5 million.")
    p(
        "If staff or volunteers will meet service users on their own in the community, please "
        "also send your lone working policy. Organisations applying for more than £10,000 must "
        "also send a letter of support from the Probation Service or from the prison they will "
        "work with."
    )
    p(
        "All staff and volunteers who work directly with service users must have an enhanced "
        "DBS check. You do not need to send copies of certificates; please confirm this in "
        "Section E."
    )
    d.add_heading("Section E: Declaration", 1)
    p("Please tick each box to confirm, then sign below.")
    kit.ticks(
        d,
        [
            "The information in this application is true and correct, and I am authorised to "
            "apply on behalf of the organisation.",
            "All staff and volunteers who will work directly with service users have, or will "
            "have before they start, an enhanced DBS check.",
            "We have a data protection policy, and we will sign the Commissioner's "
            "information-sharing agreement before the project starts.",
        ],
    )
    kit.details(d, ["Signature", "Name (in capitals)", "Position", "Date"], shade=True)
    p()
    p(
        "Office of the Police and Crime Commissioner for Aldermoss, Kingsgate House, 4 Tannery "
        "Lane, Aldermoss AM2 6RX. Telephone 01632 965 210."
    )
    out = HERE / "aldermoss-reducing-reoffending-community-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tollerdine() -> None:
    d = kit.new_document(
        FIXED,
        "Fresh Start Resettlement Fund 2027: guidance notes",
        "Tollerdine Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Tollerdine Community Foundation", 0)
    p("Fresh Start Resettlement Fund 2027: guidance notes for applicants")
    d.add_heading("1. About the Fresh Start Fund", 1)
    p(
        "Every year around 400 people return to Tollerdine and the Toller valley after a prison "
        "sentence. Many leave prison with nowhere to live, no bank account and no job. The "
        "Fresh Start Resettlement Fund helps local charities and community groups to support "
        "them in the first weeks and months after release, so that they settle back into the "
        "community and do not reoffend."
    )
    p(
        "The fund is supported by the Tollerdine Probation Trust Legacy and by local donors. "
        "In 2027 we will give grants of £1,000 to £8,000 for projects of up to one year."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation is:")
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a community interest company limited by guarantee;")
    bullet("a constituted voluntary or community group, including faith groups;")
    bullet("based in, or working with people who live in, the Tollerdine district.")
    p(
        "Your organisation must have at least three unrelated people on its management "
        "committee or board and a bank account in its own name. We cannot fund individuals, "
        "businesses run for private profit, prisons or the Probation Service itself."
    )
    d.add_heading("3. What we fund", 1)
    p("We are looking for projects that:")
    bullet("meet people at the prison gate and help them on their first day out;")
    bullet(
        "offer mentoring from trained volunteers, including peer mentors with lived "
        "experience of prison;"
    )
    bullet("help people find and keep somewhere to live;")
    bullet("help with identity documents, bank accounts, benefit claims and debts;")
    bullet("lead to training, volunteering and paid work;")
    bullet("support families to stay in touch and rebuild relationships.")
    p(
        "We can pay for staff and sessional worker costs, volunteer expenses and training, "
        "travel, small items of equipment, and a fair share of running costs. We cannot pay "
        "for building work, things you have already bought, or grants given to individuals."
    )
    d.add_heading("4. How to apply", 1)
    p(
        "Apply online through our grants portal at grants.tollerdinefoundation.example.org.uk. "
        "The form asks about your organisation, what you will do, who will benefit and how you "
        "will work with the Probation Service and prisons, how you will keep people safe, and "
        "how you will measure the difference you make. Each answer has a limit of 250 or 300 "
        "words, which the portal shows as you type."
    )
    d.add_heading("5. Documents you need to send", 1)
    p("Please upload these documents with your online application.")
    kit.table(
        d,
        [
            ("Document", "Who needs to send it"),
            (
                "Governing document (constitution, trust deed or articles of association)",
                "All applicants",
            ),
            (
                "Latest annual accounts, independently examined or audited. Groups that have "
                "been running for less than a year can send their last three months' bank "
                "statements instead",
                "All applicants",
            ),
            ("Safeguarding policy, covering adults at risk", "All applicants"),
            ("Data protection policy", "All applicants"),
            (
                "Volunteer policy",
                "Organisations that use volunteers or peer mentors",
            ),
            (
                "Information-sharing or partnership agreement with the Probation Service or "
                "the prison",
                "Projects that take referrals from probation or work inside a prison",
            ),
            (
                "Two quotes",
                "If you are asking for equipment costing more than £1,000",
            ),
        ],
    )
    d.add_heading("6. Safety, checks and insurance", 1)
    p(
        "If your project involves one-to-one work with people who may be at risk, staff and "
        "volunteers will need an enhanced DBS check before they start. You do not need to send "
        "us copies. You must carry out a risk assessment for each person you support and "
        "review it with their probation practitioner."
    )
    p(
        "Your organisation must hold public liability insurance with cover of at least £2 "
        "million. You do not need to send us the certificate, but we may ask to see it."
    )
    d.add_heading("7. Match funding", 1)
    p(
        "We do not ask for match funding. Please tell us in the application about any other "
        "funding you have applied for or received for the same work."
    )
    d.add_heading("8. How we assess applications", 1)
    p("Our grants committee scores every application against these points:")
    kit.table(
        d,
        [
            ("What we look for", "Score"),
            ("Clear need for the work in Tollerdine", "25"),
            ("Strong links with the Probation Service, prisons and other partners", "25"),
            ("Safe practice: safeguarding, risk and information sharing", "20"),
            ("Realistic outcomes and how you will measure them", "20"),
            ("Value for money", "10"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 1 March 2027"),
            ("Closing date", "5pm, Friday 16 April 2027"),
            ("Grants committee meets", "Wednesday 26 May 2027"),
            ("Decisions sent", "By Friday 4 June 2027"),
            ("End of monitoring period", "30 June 2028"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    p("Can people with convictions volunteer on our project?", style="Heading 3")
    p(
        "Yes. We welcome projects that involve people with lived experience, as long as your "
        "volunteer policy explains how you recruit and support them safely."
    )
    p("Can we apply for a project that works inside a prison?", style="Heading 3")
    p(
        "Yes, if the work carries on after release in the community. Please make sure the "
        "prison has agreed to the project before you apply."
    )
    p("How will we report on the grant?", style="Heading 3")
    p(
        "We will ask for a short report after six months and a final report at the end, with "
        "the number of people you supported and what happened to them, for example whether "
        "they found housing or work."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Grants Team, Tollerdine Community Foundation, The Old Exchange, 8 Chapel Street, "
        "Tollerdine TD4 3NB. Telephone 01632 966 481. Email "
        "grants@tollerdinefoundation.example.org.uk. Registered charity number 1184527."
    )
    out = HERE / "tollerdine-fresh-start-resettlement-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def scaithwaite() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "scaithwaite-through-the-gate-mentoring-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Through the Gate Mentoring Grants 2027/28: application form")
    c.setAuthor("Scaithwaite Community Safety Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    navy = HexColor("#23395B")

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
        kw = {"maxlen": maxlen or None}  # None: no /MaxLen (reportlab's default is 100)
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
        state["y"] -= 28

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
    c.drawString(50, state["y"], "Scaithwaite Community Safety Partnership")
    state["y"] -= 22
    txt("Through the Gate Mentoring Grants 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Scaithwaite Borough Council runs these grants for the Community Safety Partnership. "
        "They pay for voluntary and community organisations to recruit, train and support "
        "mentors who meet people in prison before release, meet them at the gate, and stay "
        "with them through their first three months back in Scaithwaite. Grants are from "
        "£3,000 to £12,000."
    )
    state["y"] -= 4
    txt(
        "The Partnership will pay no more than two thirds of the total cost of the project. "
        "You must find at least a third of the cost from other sources, which can include the "
        "value of volunteers' time."
    )
    state["y"] -= 4
    txt(
        "You can type into this form on screen. The boxes will only take the number of "
        "characters shown. Save the form and email it with your documents to "
        "csp.grants@scaithwaite.example.gov.uk by 5pm on Thursday 3 June 2027. For help, ring "
        "Daniel Okafor, Community Safety Officer, on 01632 967 334."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("role", "Role in the organisation", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO", "Community interest company", "Community group", "Other"],
    )
    field("reg_no", "Charity or company number (if any)", 20)
    bar("Part B: Your mentoring project")
    field("project_name", "Name of the project", 100)
    radios(
        "start_point",
        "Where will the mentoring relationship usually begin?",
        ["In prison before release", "At the gate on release day", "In the community"],
    )
    field("mentees", "How many people will you mentor?", 5)
    field("mentors", "How many volunteer mentors will you train?", 5)
    field("start", "Project start date", 10)
    field("end", "Project end date", 10)
    box(
        "b1",
        "B1 Describe the mentoring you will offer and what the grant will pay for. (up to "
        "2,000 characters)",
        "B1 Describe the mentoring you will offer and what the grant will pay for.",
        2000,
        150,
    )
    box(
        "b2",
        "B2 How will people be referred to you, and how will you work with the prison and the "
        "Probation Service? (up to 1,200 characters)",
        "B2 How will people be referred, and how will you work with the prison and probation?",
        1200,
        100,
    )
    box(
        "b3",
        "B3 How will you recruit, train and supervise mentors, including mentors with lived "
        "experience of the justice system? (up to 1,200 characters)",
        "B3 How will you recruit, train and supervise mentors?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 How will you keep mentees, mentors and the public safe? Tell us about your risk "
        "assessment and safeguarding arrangements. (up to 1,200 characters)",
        "B4 How will you keep mentees, mentors and the public safe?",
        1200,
        100,
    )
    box(
        "b5",
        "B5 How will you record and report outcomes, such as accommodation on release, "
        "training, work and reoffending? (up to 900 characters)",
        "B5 How will you record and report outcomes?",
        900,
        80,
    )
    box(
        "b6",
        "B6 Is there anything else you would like to tell us about the project?",
        "B6 Is there anything else you would like to tell us about the project?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the project (£)", 10)
    field("grant", "Grant requested from the Partnership (£)", 10)
    field("other_funding", "Funding from other sources, including in kind (£)", 10)
    txt("Please send a budget showing how you have worked out the total cost.")
    bar("Part D: Documents")
    txt("Tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Constitution, articles of association or other governing document")
    tick(
        "doc_accounts",
        "Your latest annual accounts or, if your organisation is less than a year old, a bank "
        "statement from the last three months",
    )
    tick("doc_budget", "Project budget")
    tick("doc_safeguarding", "Safeguarding policy")
    tick("doc_risk", "Risk assessment for the mentoring, including meeting mentees alone")
    tick(
        "doc_dbs",
        "If mentors will go into the prison: a list of those mentors with the dates of their "
        "enhanced DBS checks",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the organisation holds "
        "public liability insurance, and that we will follow the Partnership's information-"
        "sharing protocol when we share information about mentees.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Community Safety Team, Scaithwaite Borough Council, Town Hall, Cross Street, "
        "Scaithwaite SC5 2HL. Telephone 01632 967 334.",
        9,
    )
    c.save()


def vexford() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "vexford-second-chances-employment-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Second Chances Employment Grants 2027: application form")
    c.setAuthor("Vexford District Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Vexford District Council: Second Chances Employment Grants 2027")
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

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, 12)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def blank(label: str) -> None:
        room(22)
        c.setFont(font, 10)
        c.drawString(50, state["y"], label)
        lw = c.stringWidth(label, font, 10)
        n = int((w - 100 - lw - 6) / c.stringWidth("_", font, 10))
        c.drawString(50 + lw + 6, state["y"], "_" * n)
        state["y"] -= 22

    def question(n: str, text: str, height: int) -> None:
        """A bold question over an empty drawn box (invisible to text extraction)."""
        lines = simpleSplit(text, bold, 10, w - 86 - 50)
        room(14 * len(lines) + min(height, 300) + 10)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in lines:
            room(14)
            c.setFont(bold, 10)
            c.drawString(86, state["y"], line)
            state["y"] -= 14
        room(height + 10)
        c.rect(50, state["y"] - height, w - 100, height, stroke=1, fill=0)
        state["y"] -= height + 16

    def checks(options: list[str], x0: float = 86) -> None:
        room(22)
        c.setFont(font, 10)
        x = x0
        for opt in options:
            width = 13 + c.stringWidth(opt, font, 10) + 16
            if x + width > w - 50:
                state["y"] -= 18
                room(18)
                x = x0
            c.rect(x, state["y"] - 2, 9, 9, stroke=1, fill=0)
            c.drawString(x + 13, state["y"], opt)
            x += width
        state["y"] -= 22

    def listed(text: str) -> None:
        lines = simpleSplit(text, font, 10, w - 76 - 50)
        room(14 * len(lines) + 6)
        c.rect(56, state["y"] - 2, 9, 9, stroke=1, fill=0)
        for line in lines:
            c.setFont(font, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Vexford District Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Second Chances Employment Grants 2027: application form")
    state["y"] -= 24
    para(
        "Second Chances Employment Grants help local employers, social enterprises and "
        "voluntary organisations to give people with criminal convictions a route into work. "
        "The grants can pay for job coaching, work placements, training and qualifications "
        "(for example CSCS cards, forklift licences and food hygiene courses), work clothing "
        "and travel to interviews. Grants are from £2,500 to £10,000 and are funded by the "
        "Vexford Community Safety Partnership."
    )
    para(
        "Applicants must contribute at least 50% of the total cost of the project. Staff time "
        "given in kind can count towards your contribution."
    )
    para(
        "Please type or write clearly in the boxes. Return the form with your documents by "
        "email to communitysafety@vexford.example.gov.uk, or by post to the address at the end "
        "of the form, by Friday 9 July 2027."
    )
    heading("Section 1: Applicant details")
    blank("Organisation name:")
    blank("Address:")
    blank("Postcode:")
    blank("Contact name:")
    blank("Job title:")
    blank("Telephone:")
    blank("Email:")
    room(22)
    c.setFont(font, 10)
    c.drawString(50, state["y"], "Type of organisation (please tick):")
    state["y"] -= 18
    checks(["Employer", "Social enterprise", "Registered charity", "Community group", "Other"])
    blank("Company or charity number:")
    heading("Section 2: Your project")
    blank("2.1  Project title:")
    question(
        "2.2",
        "In no more than 250 words, describe your project and the support participants will "
        "receive.",
        170,
    )
    question(
        "2.3",
        "How will participants be referred to you, and how will you work with the Probation "
        "Service and Jobcentre Plus? (maximum 200 words)",
        140,
    )
    question(
        "2.4",
        "Which employers have agreed to offer placements or interviews? Please name them and "
        "say what each will offer. (maximum 150 words)",
        110,
    )
    question(
        "2.5",
        "How will you assess risk before a participant starts a placement, and how will you "
        "support the employer? (maximum 200 words)",
        140,
    )
    blank("2.6  How many people will start the programme?")
    blank("2.7  How many do you expect to be in paid work six months after finishing?")
    question(
        "2.8",
        "What will success look like at the end of the grant? (no more than one side of A4)",
        300,
    )
    question(
        "2.9",
        "Is there anything else you would like to tell us about your organisation or the project?",
        110,
    )
    heading("Section 3: Costs and timescale")
    para("Please give a breakdown of the project costs.")
    widths = (200, 195, 100)
    rows = [("Item", "Details", "Cost (£)")] + [("", "", "")] * 7
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
    state["y"] -= 16
    blank("Total project cost (£):")
    blank("Grant requested (£):")
    blank("Your contribution, cash and in kind (£):")
    blank("Start date:")
    blank("End date:")
    heading("Section 4: Checklist of documents")
    para("Please tick to show that you have enclosed:")
    listed(
        "Your governing document (constitution, articles of association or rules). Businesses "
        "may send their certificate of incorporation."
    )
    listed("Your most recent accounts, audited or independently examined.")
    listed("Your equal opportunities policy.")
    listed(
        "Your policy on recruiting people with criminal records (recruitment of ex-offenders "
        "policy)."
    )
    listed("Your health and safety policy.")
    listed("Your public liability insurance certificate, showing cover of at least £10 million.")
    listed("If you employ staff, your employer's liability insurance certificate.")
    listed(
        "If participants will work on a building site or with machinery, your risk assessment "
        "for the placements."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. We will handle participants' personal "
        "information in line with our data protection policy and the information-sharing "
        "agreement we will sign with the Council. I understand that the Council may reclaim "
        "the grant if it is not used for the project described."
    )
    blank("Signed:")
    blank("Name:")
    blank("Position:")
    blank("Date:")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Received: ____________   Reference: ____________   Checked by: ____________",
        9,
    )
    para(
        "Community Safety Team, Vexford District Council, Riverside House, 22 Mill Street, "
        "Vexford VX1 8JD. Telephone 01632 968 120.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    aldermoss()
    tollerdine()
    scaithwaite()
    vexford()
