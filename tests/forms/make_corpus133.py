"""Build set 133's Word and PDF documents (typical sexual health, HIV prevention and drug and
alcohol harm reduction community grants: a city council public health team's Sexual Health and
HIV Prevention Community Grants application, an integrated care board's Recovery Communities
Grants guidance notes, a county council's Harm Reduction Outreach Small Grants form and a
community foundation's HIV Peer Support Fund form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus133.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def thornbecket() -> None:
    d = kit.new_document(
        FIXED,
        "Sexual Health and HIV Prevention Community Grants 2027/28: application form",
        "Thornbecket City Council",
    )
    p = d.add_paragraph
    d.add_heading("Thornbecket City Council", 0)
    p("Public Health Team")
    p("Sexual Health and HIV Prevention Community Grants 2027/28: application form")
    p(
        "These grants help voluntary and community organisations in Thornbecket to promote good "
        "sexual health and to prevent HIV and sexually transmitted infections (STIs) among the "
        "communities most affected. We fund outreach, peer education, condom distribution, "
        "work to encourage HIV and STI testing, and projects that tackle stigma. Grants are "
        "from £1,000 to £10,000 for up to 12 months."
    )
    p(
        "Grants can pay for the whole cost of your project. You do not need to find match "
        "funding, but please tell us in Section 3 if other funders are also supporting it."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type or write in the "
        "boxes and keep to the word limits; we will not read beyond them. Email the form and "
        "your documents to publichealthgrants@thornbecket.example.gov.uk by 5pm on Friday "
        "28 May 2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "If you would like to talk about your idea, or need this form in another format, "
        "contact Marcia Okonkwo-Little, Health Improvement Officer, on 01632 961 447."
    )
    d.add_heading("Section 1: About your organisation", 1)
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
            "Registered charity or company number (if any)",
            "Date the organisation was set up",
        ],
        shade=True,
    )
    d.add_paragraph()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Community interest company   {BOX} Unincorporated community group   "
                f"{BOX} Other",
            ),
            (
                "Does your organisation have a named lead for clinical governance?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "Is your organisation registered with the Care Quality Commission (CQC)?",
                f"{BOX} Yes   {BOX} No   {BOX} Not applicable",
            ),
        ],
    )
    d.add_paragraph()
    d.add_heading("Section 2: Your project", 1)
    kit.details(d, ["Project title", "Start date", "End date"], shade=True)
    d.add_paragraph()
    kit.question(
        d,
        "2.1 Describe your project: what you will do, where and when. (maximum 400 words)",
        4200,
    )
    kit.question(
        d,
        "2.2 Which communities will the project reach, and why are they at higher risk of HIV "
        "or STIs? (maximum 300 words)",
    )
    kit.question(
        d,
        "2.3 How have people from these communities helped to plan the project? "
        "(maximum 250 words)",
        2600,
    )
    kit.question(
        d,
        "2.4 How will the project encourage people to test for HIV and STIs, and how will you "
        "link them to the Thornbecket Sexual Health Service? (maximum 300 words)",
    )
    kit.question(
        d,
        "2.5 How will you make sure the project is clinically safe and that information about "
        "the people you work with is kept confidential? (maximum 250 words)",
        2600,
    )
    kit.question(
        d,
        "2.6 What difference will the project make? Please give up to three outcomes and say "
        "how you will measure each one. (maximum 250 words)",
        2600,
    )
    kit.question(d, "2.7 Is there anything else you would like to tell us about the project?", 1800)
    d.add_heading("Section 3: Budget", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Details", "Cost (£)"], 8)
    kit.details(
        d,
        ["Total grant requested (£)", "Other funding for this project, if any (£)"],
        shade=True,
    )
    d.add_paragraph()
    d.add_heading("Section 4: Documents", 1)
    p(
        "Please send these documents with your form and tick the box when you have "
        "enclosed each one."
    )
    kit.ticked(
        d,
        [
            "Your governing document (constitution, trust deed or articles of association)",
            "Your most recent annual accounts, signed by your treasurer or independent "
            "examiner. If your organisation is less than a year old, send your last three "
            "months' bank statements instead",
            "Your safeguarding policy, covering children and adults at risk",
            "Your confidentiality and data protection policy",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "If the project will offer HIV or STI testing (including self-sampling kits), your "
            "clinical governance policy",
            "If staff or volunteers will work with under-18s, a list of them with the date of "
            "each person's enhanced DBS check",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign and date the form.")
    kit.ticks(
        d,
        [
            "The information in this form and the documents enclosed is true and complete, and "
            "I am authorised to apply on behalf of the organisation.",
            "Our organisation has an equality and diversity policy and will apply it to this "
            "project.",
            "If we receive a grant we will send the Council a monitoring return every quarter "
            "and an end-of-project report, using the outcome measures in question 2.6.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Public Health Team, Thornbecket City Council, Civic Centre, Cathedral Row, "
        "Thornbecket TB1 4HW. Telephone 01632 961 447."
    )
    out = HERE / "thornbecket-sexual-health-hiv-prevention-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wrayford() -> None:
    d = kit.new_document(
        FIXED,
        "Recovery Communities Grants 2027/28: guidance notes",
        "NHS Wrayford and Eastvale Integrated Care Board",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("NHS Wrayford and Eastvale Integrated Care Board", 0)
    p("Recovery Communities Grants 2027/28: guidance notes for applicants")
    p(
        "The integrated care board (ICB) and Wrayford Council's Public Health team have "
        "set aside £240,000 over two years to help people in recovery from drug and alcohol "
        "problems, and their families, to build recovery communities in Wrayford and Eastvale."
    )
    d.add_heading("1. About the grants", 1)
    p(
        "Recovery communities are groups run by and for people in recovery. They help people "
        "to stay well after treatment, to rebuild relationships and to find work, volunteering "
        "and new interests. We want to support groups that are led by people with lived "
        "experience and that welcome anyone affected by drugs or alcohol."
    )
    p(
        "You can apply for £2,000 to £20,000, for up to two years. These notes explain who can "
        "apply, what we can pay for, what you need to upload with your application and how we "
        "will decide."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, charitable incorporated organisation, community interest "
        "company, community benefit society or constituted community group;"
    )
    bullet("works with people in Wrayford or Eastvale;")
    bullet("has a management committee or board of at least three unrelated people;")
    bullet("has a bank account in its own name that needs two people to authorise payments;")
    bullet("involves people with lived experience of recovery in running the group.")
    p(
        "Peer-led groups that are not yet constituted can apply with the support of an "
        "organisation that will hold the grant for them. Please talk to us first."
    )
    d.add_heading("3. What we can and cannot fund", 1)
    kit.table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Recovery cafés, peer support meetings and mutual aid groups",
                "Clinical treatment, prescribing or detoxification",
            ),
            (
                "Training for peer mentors and recovery champions, including naloxone awareness",
                "Activities that promote alcohol, or events held in licensed premises",
            ),
            (
                "Alcohol-free social, sport and creative activities",
                "Costs already covered by a contract with the Council or the NHS",
            ),
            (
                "Support for families and carers of people who use drugs or alcohol",
                "Religious activity or party political campaigning",
            ),
            (
                "Sessional workers, volunteer expenses, venue hire and small items of equipment",
                "Buildings, vehicles or things you have already bought",
            ),
        ],
    )
    d.add_heading("4. How much you can ask for", 1)
    p(
        "Grants are from £2,000 to £20,000. You can spread the grant over one or two years. "
        "We expect you to find at least 15% of the total cost of the project from other "
        "sources. This can be other grants, your own funds or the value of donated goods and "
        "services, but not volunteer time."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "You apply online through the ICB's grants portal at "
        "grants.wrayfordeastvale.example.org.uk. You can save your application and come back "
        "to it. The form has five parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What we ask", "Length"),
            ("About your organisation", "Contact details, legal status, income", "Short answers"),
            (
                "Your project",
                "What you will do, who will take part, where and when",
                "Up to 500 words",
            ),
            (
                "Lived experience",
                "How people in recovery lead and shape the group",
                "Up to 300 words",
            ),
            (
                "Keeping people safe",
                "Safeguarding, confidentiality and what you do if someone is at risk",
                "Up to 300 words",
            ),
            (
                "Outcomes and monitoring",
                "What will change, and how you will record it",
                "Up to 250 words",
            ),
        ],
    )
    d.add_heading("6. What you need to upload", 1)
    p("Every applicant must upload:")
    bullet("your governing document (constitution, rules, memorandum and articles or trust deed);")
    bullet(
        "your most recent annual accounts. Accounts must be independently examined or audited, "
        "but if your annual income is under £25,000 accounts signed by two members of your "
        "committee are fine;"
    )
    bullet("a bank statement from the last three months showing the organisation's name;")
    bullet("your safeguarding policy, which must cover adults at risk as well as children;")
    bullet("a project budget, using the template on the portal.")
    p("You will also need to upload, if they apply to you:")
    bullet(
        "your lone working policy, if staff or volunteers will do outreach or visit people in "
        "their homes;"
    )
    bullet("a project plan with milestones, if you are asking for more than £10,000;")
    bullet(
        "a reference from someone who knows your work, such as a treatment service manager, if "
        "your organisation is not a registered charity."
    )
    p(
        "You must also have an equality, diversity and inclusion policy and a data protection "
        "and confidentiality policy. You do not need to upload these, but we may ask to see "
        "them."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your organisation must hold public liability insurance with cover of at least "
        "£5 million, and employer's liability insurance if you employ staff. You do not need "
        "to send the certificates with your application; we will check them before we pay "
        "the grant."
    )
    d.add_heading("8. How we will decide", 1)
    p("A panel of ICB, Public Health and lived-experience members will score each application:")
    kit.table(
        d,
        [
            ("What we look at", "Weight"),
            ("Led by and for people in recovery", "30%"),
            ("Need for the project and who will take part", "25%"),
            ("Keeping people safe", "20%"),
            ("Outcomes and value for money", "25%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Portal opens", "6 April 2027"),
            ("Closing date", "14 May 2027, 12 noon"),
            ("Panel meets", "June 2027"),
            ("Decisions sent", "By 9 July 2027"),
            ("Projects start", "From 1 August 2027"),
        ],
    )
    d.add_heading("10. If you get a grant", 1)
    p(
        "You will sign a grant agreement and send us a short monitoring return every six "
        "months, with the number of people taking part and the outcomes you agreed with us. "
        "We do not ask for people's names or health information in these returns."
    )
    d.add_heading("11. Frequently asked questions", 1)
    d.add_heading("Can we apply if we already have a grant from the ICB?", 2)
    p(
        "Yes, as long as the new project is different and the two grants do not pay for "
        "the same costs."
    )
    d.add_heading("Can individuals apply?", 2)
    p("No. We can only fund organisations and constituted groups.")
    d.add_heading("Does our group have to be abstinence-based?", 2)
    p("No. We welcome groups that support all routes to recovery, including people on medication.")
    d.add_heading("Who can I talk to about my idea?", 2)
    p(
        "Contact the Community Grants Officer, Tobias Rennard-Hughes, on 01632 962 518 or at "
        "recoverygrants@wrayfordeastvale.example.org.uk."
    )
    out = HERE / "wrayford-recovery-communities-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def marshwick() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marshwick-harm-reduction-outreach-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Harm Reduction Outreach Small Grants 2027/28: application form")
    c.setAuthor("Marshwick County Council Public Health")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1D5C63")

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
            x=300,
            y=state["y"] - 18,
            width=245,
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
    c.drawString(50, state["y"], "Marshwick County Council")
    state["y"] -= 20
    txt("Public Health", 11, "Helvetica-Bold")
    txt("Harm Reduction Outreach Small Grants 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "These small grants of up to £7,500 help voluntary and community organisations to "
        "reach people who use drugs or alcohol and are not in contact with treatment services. "
        "We fund outreach, peer-led harm reduction, naloxone awareness and projects that help "
        "people into treatment and recovery."
    )
    state["y"] -= 4
    txt(
        "A grant can pay up to 90% of the cost of your project. Your organisation must find at "
        "least 10% of the cost from elsewhere; this can include donated goods or venue space."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen, save it and email it with your documents to "
        "harmreduction.grants@marshwick.example.gov.uk by 30 June 2027. For help, ring the "
        "Substance Misuse Commissioning Team on 01632 964 093."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "Community interest company", "Community group", "Other"],
    )
    radios(
        "current",
        "Does your organisation already provide drug or alcohol services?",
        ["Yes", "No"],
    )
    bar("Part B: Your project")
    field("title", "Project title", 100)
    field("start", "Start date", 10)
    field("amount", "Amount requested (£)", 10)
    field("total", "Total cost of the project (£)", 10)
    radios(
        "focus",
        "Main focus of the project",
        ["Alcohol", "Opioids", "Stimulants", "Mixed or other"],
    )
    radios("before", "Have you had a grant from Marshwick Public Health before?", ["Yes", "No"])
    bar("Part C: About the project")
    box(
        "c1",
        "C1 Describe the outreach or harm reduction work you will do, where and when. "
        "(up to 2,400 characters)",
        "C1 Describe the outreach or harm reduction work you will do, where and when.",
        2400,
        150,
    )
    box(
        "c2",
        "C2 Who will the project reach, and how will you find and engage them? "
        "(up to 1,800 characters)",
        "C2 Who will the project reach, and how will you find and engage them?",
        1800,
        120,
    )
    box(
        "c3",
        "C3 How will the project link people to treatment and recovery services, including the "
        "Marshwick Recovery Partnership? (up to 1,500 characters)",
        "C3 How will the project link people to treatment and recovery services?",
        1500,
        100,
    )
    box(
        "c4",
        "C4 How will you keep staff, volunteers and the people you work with safe? "
        "(up to 1,200 characters)",
        "C4 How will you keep staff, volunteers and the people you work with safe?",
        1200,
        90,
    )
    box(
        "c5",
        "C5 How will you record and report what the project achieves? (up to 900 characters)",
        "C5 How will you record and report what the project achieves?",
        900,
        70,
    )
    box(
        "c6",
        "C6 Any other information you would like us to consider",
        "C6 Any other information",
        0,
        70,
    )
    bar("Part D: Costs")
    txt("Please give the cost of each part of the project.", 9.5)
    state["y"] -= 2
    field("cost_staff", "Staff and sessional workers (£)", 10)
    field("cost_vol", "Volunteer expenses and training (£)", 10)
    field("cost_supplies", "Harm reduction supplies (£)", 10)
    field("cost_venue", "Venue hire and travel (£)", 10)
    field("cost_other", "Other costs (£)", 10)
    field("cost_total", "Total (£)", 10)
    bar("Part E: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_gov", "Your constitution or other governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts, audited or independently examined",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick("doc_lone", "Your lone working policy")
    tick(
        "doc_naloxone",
        "If the project will give out naloxone, the training certificate of each worker or "
        "volunteer who will supply it",
    )
    bar("Part F: Declaration")
    tick(
        "dec_true",
        "I confirm that the information in this form is correct and that I have authority to "
        "apply for the organisation.",
    )
    tick(
        "dec_insurance",
        "Our organisation holds public liability insurance with cover of at least £5 million, "
        "and employer's liability insurance if we employ staff.",
    )
    tick(
        "dec_policies",
        "Our organisation has a health and safety policy and an equality policy, and we will "
        "send copies if asked.",
    )
    field("dec_name", "Name", 60)
    field("dec_position", "Position", 60)
    field("dec_signature", "Signature", 60)
    field("dec_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Public Health, Marshwick County Council, County Hall, Fenside Road, Marshwick "
        "MW3 8QT. Telephone 01632 964 093.",
        9,
    )
    c.save()


def ellingtree() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ellingtree-hiv-peer-support-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("HIV Peer Support Fund: application form")
    c.setAuthor("Ellingtree Community Foundation")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Ellingtree Community Foundation: HIV Peer Support Fund")
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
        c.line(50, state["y"] - 4, w - 50, state["y"] - 4)
        state["y"] -= 22

    def item(n: str, label: str) -> None:
        """A numbered label with a drawn box beside it (invisible to text extraction)."""
        lines = simpleSplit(label, font, 10, 190)
        room(12 * len(lines) + 16)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 12 * i, line)
        c.rect(276, state["y"] - 20, w - 50 - 276, 20, stroke=1, fill=0)
        state["y"] -= max(26, 12 * len(lines) + 16)

    def choice(n: str, label: str, options: list[str]) -> None:
        lines = simpleSplit(label, font, 10, 190)
        room(12 * len(lines) + 16)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 12 * i, line)
        x = 276
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 16
        state["y"] -= max(26, 12 * len(lines) + 16)

    def question(n: str, text: str, height: int) -> None:
        room(14 * len(simpleSplit(text, bold, 10, w - 76 - 50)) + height + 10)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 10, w - 76 - 50):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        room(height + 6)
        c.rect(76, state["y"] - height, w - 50 - 76, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Ellingtree Community Foundation")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "HIV Peer Support Fund: application form")
    state["y"] -= 24
    para(
        "The HIV Peer Support Fund gives grants of up to £5,000 to groups run by and for "
        "people living with HIV in Ellingtree and the surrounding districts. It pays for peer "
        "mentoring, support groups, help for people who are newly diagnosed, and work to "
        "reduce HIV stigma. The fund is supported by the Ellingtree HIV Partnership and local "
        "donors."
    )
    para(
        "Please write your answers in the boxes and keep to the word limits. If you would "
        "rather talk to us before you apply, ring Grace Adebayo-Marsh on 01632 965 270. "
        "Return the form by post or email by Monday 6 September 2027."
    )
    heading("Part 1: Your organisation")
    item("1.1", "Name of organisation")
    item("1.2", "Address")
    item("1.3", "Postcode")
    item("1.4", "Name of contact")
    item("1.5", "Position")
    item("1.6", "Telephone")
    item("1.7", "Email")
    item("1.8", "Registered charity number (if any)")
    item("1.9", "Total income in your last financial year (£)")
    choice(
        "1.10",
        "Is your organisation led by people living with HIV?",
        ["Yes", "No", "Partly"],
    )
    heading("Part 2: Your project")
    item("2.1", "Name of the project")
    item("2.2", "Amount requested (£)")
    item("2.3", "Start and end dates")
    heading("Part 3: Tell us about the project")
    question(
        "3.1",
        "What peer support will you offer, and who will deliver it? (no more than 350 words)",
        160,
    )
    question(
        "3.2",
        "How many people living with HIV will take part? How will you reach people who are "
        "newly diagnosed or who are not attending HIV care? (no more than 250 words)",
        130,
    )
    question(
        "3.3",
        "How do you recruit, train and support your peer mentors? (no more than 200 words)",
        110,
    )
    question(
        "3.4",
        "How will you keep information about people's HIV status confidential? "
        "(no more than 200 words)",
        110,
    )
    question(
        "3.5",
        "Why is the project needed? Please tell us what you know about the needs of people "
        "living with HIV in your area, and how they told you. (no more than one side of A4)",
        200,
    )
    question(
        "3.6",
        "How will you know whether the project has made a difference? (no more than 200 words)",
        110,
    )
    heading("Part 4: Costs")
    para("Please list what the grant will pay for.")
    widths = (395, 100)
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
    item("4.1", "Total cost of the project (£)")
    item("4.2", "Other funding for the project (£)")
    heading("Part 5: What to send")
    para("Please send these with your application:")
    for t in [
        "1.  your constitution or set of rules;",
        "2.  your latest annual accounts, signed by your treasurer. Groups with an annual "
        "income under £10,000 may send their last three months' bank statements instead of "
        "accounts;",
        "3.  your safeguarding policy, covering adults at risk;",
        "4.  your confidentiality policy;",
        "5.  a letter of support from the HIV clinic, or another organisation, that will refer "
        "people to your project;",
        "6.  if peer mentors will visit people at home, your lone working policy.",
    ]:
        para(t, x=62)
    heading("Part 6: Declaration")
    para(
        "I confirm that the information in this form is correct and that our committee has "
        "agreed to this application. Our organisation has an equal opportunities policy and "
        "holds public liability insurance with cover of at least £2 million. If we receive a "
        "grant we will send the Foundation an end of grant report within two months of the "
        "project ending."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para(
        "Ellingtree Community Foundation, 14 Wharf Street, Ellingtree EL5 2PJ. Telephone "
        "01632 965 270. Email grants@ellingtreefoundation.example.org.uk. Registered charity "
        "number 1172946.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    thornbecket()
    wrayford()
    marshwick()
    ellingtree()
