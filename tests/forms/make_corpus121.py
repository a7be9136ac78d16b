"""Build set 121's Word and PDF documents (typical community energy grants: a district
council's Community Buildings Energy Grant application, a community foundation's Community
Energy Fund guidance, a rural community council's Village Hall Energy Efficiency Grant form and
a community action charity's Community Building Energy Audit Grant form, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus121.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def merrowdene() -> None:
    d = kit.new_document(
        FIXED,
        "Community Buildings Energy Grant 2027/28: application form",
        "Merrowdene District Council",
    )
    p = d.add_paragraph
    d.add_heading("Merrowdene District Council", 0)
    p("Community Buildings Energy Grant 2027/28: application form")
    p(
        "The Community Buildings Energy Grant helps voluntary and community organisations, "
        "and parish and town councils, to cut the energy use and running costs of the "
        "buildings they manage in Merrowdene District. Grants of £1,000 to £15,000 can pay for "
        "solar panels, air source or ground source heat pumps, battery storage, roof, wall and "
        "floor insulation, secondary or double glazing, LED lighting and heating controls."
    )
    p(
        "The grant can pay for up to 70% of the cost of the work. You must find at least 30% "
        "of the total cost from your own funds or from other grants."
    )
    p(
        "Before you apply you must have had an energy survey or energy audit of the building, "
        "and your project must follow its recommendations. Please read the guidance notes, "
        "type your answers in the boxes and keep to the word limits. Email the form and your "
        "documents to climate.grants@merrowdene.example.gov.uk by 5pm on Friday 11 June 2027."
    )
    d.add_heading("Do you need this form in large print or another format?", 2)
    p(
        "Ring the Climate Action Team on 01632 968 214 and we will send you a copy in the "
        "format you need."
    )
    d.add_heading("Section 1: Your organisation and your building", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address of the building",
            "Postcode",
            "Contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity or company number (if you have one)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
                f"{BOX} Parish or town council   {BOX} Community group",
            ),
            (
                "Do you own the building?",
                f"{BOX} Yes, we own the freehold   {BOX} No, we lease it   {BOX} Other",
            ),
            ("If you lease it, how many years are left on the lease?", ""),
            ("Year the building was built (approximate)", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d,
        "2.1 Tell us about your building: what it is used for, who uses it and how often. "
        "(max 250 words)",
    )
    kit.question(
        d,
        "2.2 What energy-saving or renewable energy measures do you want to install, and why "
        "have you chosen them? (max 300 words)",
    )
    kit.question(
        d,
        "2.3 What did your energy survey or audit recommend, and how does this project follow "
        "it? (max 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.4 How much energy, money and carbon do you expect the project to save each year? "
        "Please explain how you worked this out. (max 250 words)",
    )
    kit.question(
        d,
        "2.5 How will you tell the people who use the building, and the wider community, about "
        "the project? (max 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 How will you look after the new equipment and pay for its maintenance? "
        "(max 150 words)",
        2000,
    )
    kit.question(d, "2.7 Is there anything else you would like us to know?", 2000)
    d.add_heading("Section 3: Costs", 1)
    p("Please list each item of work, the installer and the cost shown on their quote.")
    kit.grid(d, ["Item of work", "Installer", "MCS or TrustMark number", "Cost incl. VAT (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from Merrowdene District Council (£)",
            "Your own contribution (£)",
            "Other grants (£)",
        ],
        shade=True,
    )
    p()
    kit.pairs(d, [("Is your organisation registered for VAT?", f"{BOX} Yes   {BOX} No")])
    p()
    d.add_heading("Section 4: Documents checklist", 1)
    p("Please tick to show the documents you have sent with this form.")
    kit.ticked(
        d,
        [
            "Your energy survey or energy audit report (carried out in the last three years)",
            "Two written quotes for the work, from MCS-certified installers for solar panels, "
            "batteries and heat pumps, or from TrustMark-registered contractors for insulation, "
            "glazing and lighting",
            "Your governing document (constitution, trust deed or articles of association)",
            "Your latest annual accounts, signed by your treasurer or independently examined",
            "A copy of your public liability insurance certificate (cover of at least £5 million)",
            "If you lease the building: a copy of the lease and your landlord's written consent "
            "to the work",
            "If the building is listed or in a conservation area, or the work needs planning "
            "permission: the planning permission or listed building consent, or the Council's "
            "confirmation that it is not needed",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. I understand that the grant must "
        "be spent on the work described and that the Council may ask for it back if it is not."
    )
    p("Please tick to confirm each statement.")
    kit.ticks(
        d,
        [
            "We have an equal opportunities policy and a health and safety policy, and will send "
            "copies if the Council asks for them.",
            "We will share the building's meter readings or energy bills with the Council for "
            "two years after the work is finished.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Climate Action Team, Merrowdene District Council, Council House, Market Street, "
        "Merrowdene MW3 5RT. Telephone 01632 968 214."
    )
    out = HERE / "merrowdene-community-buildings-energy-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def culverleigh() -> None:
    d = kit.new_document(
        FIXED, "Community Energy Fund: guidance notes 2027", "Culverleigh Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Culverleigh Community Foundation", 0)
    p("Community Energy Fund: guidance notes for applicants, 2027")
    d.add_heading("1. About the fund", 1)
    p(
        "The Community Energy Fund helps community groups in Culverleigh to generate clean "
        "energy, use less of it and keep the benefits local. It is paid for by the community "
        "benefit fund of the Higher Brockwell wind farm and by local donors, and is managed by "
        "the Foundation."
    )
    p("We give two kinds of grant:")
    bullet(
        "Feasibility grants of £2,000 to £10,000, to find out whether a community energy "
        "project, such as solar panels on a school or a community-owned heat pump scheme, can "
        "work; and"
    )
    bullet(
        "Installation grants of up to £25,000, to install solar panels, battery storage or "
        "heat pumps on community buildings, or to insulate them."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if you are a not-for-profit group working in Culverleigh, such as:")
    bullet("a community energy group set up as a community benefit society or co-operative;")
    bullet("a registered charity or charitable incorporated organisation (CIO);")
    bullet("a community interest company (CIC);")
    bullet("a village hall or community centre management committee; or")
    bullet("a parish or town council.")
    p(
        "We cannot fund individuals, businesses, or groups whose main purpose is to make a "
        "profit for their members."
    )
    d.add_heading("3. What we fund", 1)
    p("We can pay for:")
    bullet("feasibility studies, energy audits and options appraisals by qualified consultants;")
    bullet("legal and financial advice on setting up a community energy project or share offer;")
    bullet("solar panels, battery storage and heat pumps installed by MCS-certified installers;")
    bullet("insulation, draught-proofing and heating controls for community buildings;")
    bullet("events to involve local people in the project.")
    p("We cannot pay for:")
    bullet("work that has already started;")
    bullet("equipment for private homes or businesses;")
    bullet("running costs, such as energy bills or staff salaries.")
    d.add_heading("4. How much can we apply for?", 1)
    p(
        "Our grants can cover up to 75% of the cost of your project. You will need to find at "
        "least 25% of the cost from elsewhere, for example your own reserves, a community share "
        "offer or another grant. Volunteer time does not count towards your 25%."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the Foundation's grants portal at "
        "www.culverleighcf.example.org.uk/energy. You can save your application and come back "
        "to it later. The online form has five sections:"
    )
    kit.table(
        d,
        [
            ("Section", "What it asks", "Length"),
            (
                "1",
                "Your group: contact details, legal form and registration number",
                "Short answers",
            ),
            ("2", "Your project and where it will happen", "Up to 400 words"),
            ("3", "Who will benefit and how local people are involved", "Up to 300 words"),
            ("4", "Energy and carbon savings", "Up to 250 words"),
            ("5", "Budget and other funding", "Budget table"),
        ],
    )
    p(
        "If you would like to talk about your idea before you apply, ring our Grants Team on "
        "01632 967 530."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload:")
    bullet(
        "your governing document, for example your society's registered rules, your "
        "constitution or your articles of association;"
    )
    bullet(
        "your most recent annual accounts. They do not need to be audited. If your group is "
        "less than 12 months old and has no accounts yet, send your last three months' bank "
        "statements instead;"
    )
    bullet("a budget for the project, showing where the rest of the money will come from.")
    p("Depending on your project, you may also need to send:")
    bullet(
        "for installation grants: two quotes from MCS-certified installers, and the energy "
        "audit or Display Energy Certificate for the building;"
    )
    bullet(
        "for feasibility grants: a quote or fee proposal from the consultant who will carry "
        "out the study;"
    )
    bullet(
        "if the building or land is not owned by your group: written permission from the "
        "owner for the project to go ahead;"
    )
    bullet(
        "if your project involves children, young people or adults at risk: your "
        "safeguarding policy."
    )
    p(
        "All applicants must have an equal opportunities policy and an environmental policy. "
        "You do not need to send them, but we may ask to see them."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your group must hold public liability insurance of at least £2 million. You do not "
        "need to send us the certificate."
    )
    d.add_heading("8. How we decide", 1)
    p("A panel of trustees and local volunteers scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Marks"),
            ("Carbon and energy savings", "30"),
            ("Benefit to the local community", "30"),
            ("How local people are involved", "20"),
            ("Value for money and a realistic budget", "20"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel meets", "Decision by"),
            ("Spring", "12 March 2027", "April 2027", "30 April 2027"),
            ("Autumn", "10 September 2027", "October 2027", "29 October 2027"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("Can we apply for a feasibility study and then for the installation?", 3)
    p("Yes. Many groups do. You will need to make a new application for the installation.")
    d.add_heading(
        "Our village hall is owned by the parish council. Can the hall committee apply?", 3
    )
    p("Yes, as long as you send the parish council's written permission for the work.")
    d.add_heading("Can the grant pay for the installer's VAT?", 3)
    p("Yes, if your group cannot reclaim VAT.")
    d.add_heading("Do we have to sell shares?", 3)
    p("No. A share offer is one way to find your 25%, but reserves and other grants count too.")
    d.add_heading("11. Contact us", 1)
    p(
        "Grants Team, Culverleigh Community Foundation, 4 Tanners Yard, Culverleigh CV8 1LN. "
        "Telephone 01632 967 530. Email energy@culverleighcf.example.org.uk."
    )
    out = HERE / "culverleigh-community-energy-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tewksford() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tewksford-village-hall-energy-efficiency-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Village Hall Energy Efficiency Grant: application form")
    c.setAuthor("Tewksford Rural Community Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#2E6B30")

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
    c.drawString(50, state["y"], "Tewksford Rural Community Council")
    state["y"] -= 22
    txt("Village Hall Energy Efficiency Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Our grants of up to £5,000 help village hall committees in Tewksford to make their "
        "halls warmer and cheaper to run: loft, wall and floor insulation, draught-proofing, "
        "secondary glazing, LED lighting, heating controls, solar panels and heat pumps. The "
        "work should follow the recommendations of an energy audit of the hall."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. The longer answer boxes have a character limit, "
        "shown after each question. Save the form and email it, with your documents, to "
        "halls@tewksfordrcc.example.org.uk. Our Village Halls Adviser can help: ring "
        "01632 965 173."
    )
    bar("Part A: About the hall")
    field("hall_name", "Name of the village hall", 100)
    field("contact", "Contact name", 60)
    field("position", "Position on the hall committee", 60)
    field("address", "Address of the hall", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Registered charity number", 10)
    radios(
        "owner",
        "Who owns the hall?",
        ["The hall trustees", "The parish council", "A church or diocese", "Someone else"],
    )
    radios(
        "listed",
        "Is the hall a listed building or in a conservation area?",
        ["Yes", "No", "Not sure"],
    )
    bar("Part B: Your project")
    field("hours", "Hours the hall is used in a typical week", 4)
    box(
        "b1",
        "B1 Describe the hall and the groups and activities that use it. (up to 1,200 characters)",
        "B1 Describe the hall and the groups and activities that use it.",
        1200,
        90,
    )
    box(
        "b2",
        "B2 What work do you want to do, and what did your energy audit recommend? "
        "(up to 1,800 characters)",
        "B2 What work do you want to do, and what did your energy audit recommend?",
        1800,
        120,
    )
    box(
        "b3",
        "B3 How will the work reduce the hall's energy use and running costs? "
        "(up to 1,500 characters)",
        "B3 How will the work reduce the hall's energy use and running costs?",
        1500,
        110,
    )
    box(
        "b4",
        "B4 How will the work make the hall better for the people who use it? "
        "(up to 900 characters)",
        "B4 How will the work make the hall better for the people who use it?",
        900,
        70,
    )
    box(
        "b5",
        "B5 Is there anything else you would like to tell us about the hall or the project?",
        "B5 Anything else about the hall or the project",
        0,
        80,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the work (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("hall_contrib", "Hall's own contribution and other grants (£)", 10)
    txt(
        "We expect the hall to pay at least 10% of the cost of the work from its own funds or "
        "from other grants."
    )
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_audit", "An energy audit or survey of the hall carried out in the last two years")
    tick(
        "doc_quotes",
        "Two quotes for the work (for solar panels or heat pumps, from MCS-certified installers)",
    )
    tick(
        "doc_accounts",
        "The hall's latest accounts, or a statement of income and spending signed by the treasurer",
    )
    tick("doc_deed", "The hall's governing document (trust deed or constitution)")
    tick("doc_consent", "If the hall is leased: the landlord's written consent to the work")
    tick(
        "doc_lbc",
        "If the hall is listed: listed building consent, or the planning officer's "
        "confirmation that it is not needed",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the hall committee has "
        "agreed to apply and that the grant will be spent only on the work described.",
    )
    tick("insurance", "The hall holds public liability insurance of at least £5 million.")
    tick(
        "policies",
        "The hall committee has a health and safety policy and a safeguarding policy.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Tewksford Rural Community Council, Orchard House, Mill Lane, Tewksford TK6 2HB. "
        "Telephone 01632 965 173. Registered charity number 1186420.",
        9,
    )
    c.save()


def harrowmoor() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "harrowmoor-community-building-energy-audit-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Building Energy Audit Grant: application form")
    c.setAuthor("Harrowmoor Community Action")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Harrowmoor Community Action: Energy Audit Grant 2027")
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
        room(26)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        c.drawString(76, state["y"] - 13, label)
        x = 276
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 20
        state["y"] -= 26

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
    c.drawString(50, state["y"], "Harrowmoor Community Action")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Community Building Energy Audit Grant: application form")
    state["y"] -= 24
    para(
        "An energy audit tells you where your building loses heat and wastes electricity, and "
        "which improvements, from draught-proofing to solar panels or a heat pump, will make "
        "the most difference. Our grants of up to £750 pay for a qualified energy assessor to "
        "audit a village hall, community centre, church hall or sports pavilion in Harrowmoor."
    )
    para(
        "Grants cover the full cost of the audit, up to £750, so you do not need to find money "
        "from elsewhere."
    )
    para(
        "Please write your answers in the boxes and keep to the word limits. Post the form to "
        "the address on the last page or scan it and email it to "
        "energy@harrowmooraction.example.org.uk. We look at applications every month."
    )
    heading("Part 1: About your organisation and building")
    item("1.1", "Name of organisation")
    item("1.2", "Name of the building")
    item("1.3", "Address of the building")
    item("1.4", "Postcode")
    item("1.5", "Contact name")
    item("1.6", "Telephone")
    item("1.7", "Email")
    choice("1.8", "Who owns the building?", ["Your organisation", "Parish council", "Other"])
    choice("1.9", "Does it have a Display Energy Certificate?", ["Yes", "No"])
    heading("Part 2: The building and the audit")
    question(
        "2.1",
        "Tell us about the building and how it is used. (no more than 200 words)",
        110,
    )
    question(
        "2.2",
        "Why do you want an energy audit now? What problems do you have with heating, "
        "draughts or energy bills? (no more than 250 words)",
        130,
    )
    question(
        "2.3",
        "Which assessor will carry out the audit, and what accreditation or experience do they "
        "have? (no more than 100 words)",
        70,
    )
    question(
        "2.4",
        "What will you do with the audit's recommendations, and how might you pay for the "
        "work? (no more than one side of A4)",
        200,
    )
    heading("Part 3: Cost")
    item("3.1", "Cost of the audit, from the assessor's quote (£)")
    item("3.2", "Grant requested (£)")
    choice("3.3", "Are you registered for VAT?", ["Yes", "No"])
    heading("Part 4: Documents")
    para("Please send these documents with your form:")
    for t in [
        "a)  a written quote from the energy assessor, showing the accreditation they hold (for "
        "example as a Non-Domestic Energy Assessor or a Display Energy Certificate assessor);",
        "b)  your most recent annual accounts or, if your group is less than a year old, your "
        "last two bank statements;",
        "c)  your constitution or set of rules;",
        "d)  if someone else owns the building, a letter from the owner agreeing to the audit.",
    ]:
        para(t, x=62)
    heading("Part 5: Declaration")
    para(
        "I confirm that the information in this form is correct, that our committee has agreed "
        "to apply and that we will send Harrowmoor Community Action a copy of the audit report "
        "within three months of the grant being paid."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Approved: Yes / No   "
        "Amount: £____________",
        9,
    )
    para(
        "Harrowmoor Community Action, The Old Forge, Station Road, Harrowmoor HM7 3JE. "
        "Telephone 01632 966 402. Registered charity number 1172856.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    merrowdene()
    culverleigh()
    tewksford()
    harrowmoor()
