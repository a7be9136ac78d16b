"""Build set 120's Word and PDF documents (typical public access defibrillator and community
first aid grants: a town council's community defibrillator grant application, a county
council's Community First Aid Training Fund guidance, a district council's Heart Safe
Communities grant form and a community foundation's community first responder grant form,
written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus120.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def ockenbury() -> None:
    d = kit.new_document(
        FIXED, "Community Defibrillator Grant 2027/28: application form", "Ockenbury Town Council"
    )
    p = d.add_paragraph
    d.add_heading("Ockenbury Town Council", 0)
    p("Community Defibrillator Grant 2027/28: application form")
    p(
        "When someone's heart stops, every minute without CPR and a defibrillator lowers their "
        "chance of survival. The Town Council wants everyone in Ockenbury to live or work "
        "within a short walk of a public access defibrillator. Community Defibrillator Grants "
        "of up to £1,500 can pay for a defibrillator, a heated outdoor cabinet, installation "
        "by a qualified electrician and a free CPR and defibrillator awareness session for the "
        "people who live nearby."
    )
    p(
        "Voluntary and community groups, sports clubs, faith groups and residents' associations "
        "in the parish of Ockenbury can apply. We can pay up to 75% of the total cost. Your "
        "organisation must find the remaining 25%, for example from fundraising, a local "
        "business or another grant."
    )
    p(
        "Please read the guidance notes before you start. Type or write your answers in the "
        "boxes and keep to the word limits. Return the form and your documents to "
        "grants@ockenbury.example.gov.uk, or post them to the address at the end of the form, "
        "by 12 noon on Monday 7 June 2027."
    )
    d.add_heading("Need this form in large print or another language?", 2)
    p("Ring the Town Council office on 01632 960 274 and we will send you a copy.")
    d.add_heading("Section A: About your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Voluntary or community group   {BOX} Sports club   {BOX} Faith group   "
                f"{BOX} Residents' association   {BOX} Other",
            ),
            ("Is your organisation a registered charity?", f"{BOX} Yes   {BOX} No"),
            ("Charity or company number (if you have one)", ""),
        ],
    )
    p()
    kit.question(
        d, "A1 Tell us about your organisation and what it does. (maximum 150 words)", 2400
    )
    d.add_heading("Section B: Where the defibrillator will be", 1)
    kit.details(
        d,
        [
            "Address of the building where the cabinet will be fixed",
            "Postcode of the site",
            "Name of the building owner",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Will the cabinet be open to the public 24 hours a day, 7 days a week?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Type of cabinet", f"{BOX} Unlocked   {BOX} Locked with a code"),
            ("Date you expect the defibrillator to be installed", ""),
        ],
    )
    p()
    d.add_heading("Section C: Your project", 1)
    kit.question(
        d,
        "C1 Why is a defibrillator needed at this site? Tell us how far it is to the nearest "
        "public access defibrillator and who lives, works or visits nearby. "
        "(maximum 250 words)",
    )
    kit.question(
        d,
        "C2 Who will be the defibrillator's guardian? Explain how they will check it every "
        "week and keep its record on The Circuit (the national defibrillator network) up to "
        "date. (maximum 200 words)",
    )
    kit.question(
        d,
        "C3 How will you pay for replacement pads and batteries, and the electricity for the "
        "heated cabinet, over the next five years? (maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "C4 How will you let people know where the defibrillator is, and when will you run the "
        "CPR and defibrillator awareness session? (maximum 200 words)",
    )
    kit.question(
        d,
        "C5 How have local people shown that they want a defibrillator here? (maximum 150 words)",
        2400,
    )
    kit.question(d, "C6 Is there anything else you would like us to know?", 2000)
    d.add_heading("Section D: Costs", 1)
    p("Please list everything the project will cost, including VAT if you cannot claim it back.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 5)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from Ockenbury Town Council (£)",
            "Your own contribution, at least 25% of the total (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section E: Checklist", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "A quote for the defibrillator and cabinet",
            "A quote from a qualified electrician for fitting the cabinet and connecting its "
            "power supply",
            "Your constitution or set of rules",
            "Your latest annual accounts, signed by your treasurer. Groups less than a year "
            "old may send their last two bank statements instead.",
            "If you do not own the building: a letter from the owner giving permission for the "
            "cabinet to be fixed to it",
            "If the building is listed or in a conservation area: listed building consent or "
            "planning permission (ask our Planning Team if you are not sure)",
        ],
    )
    d.add_heading("Section F: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. I understand that the grant must be spent on "
        "the project described within six months of the offer, and that the Town Council may "
        "publish the name of our organisation and the amount awarded."
    )
    p("Please tick each statement to confirm it.")
    kit.ticks(
        d,
        [
            "We will register the defibrillator on The Circuit as soon as it is installed and "
            "keep it available to the public.",
            "We hold public liability insurance of at least £5 million, and we will add the "
            "defibrillator and cabinet to our insurance.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Ockenbury Town Council, The Guildhall, 14 Market Place, Ockenbury OK7 2JD. "
        "Telephone 01632 960 274."
    )
    out = HERE / "ockenbury-community-defibrillator-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def ulverdale() -> None:
    d = kit.new_document(
        FIXED,
        "Community First Aid Training Fund: guidance notes 2027-28",
        "Ulverdale County Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Ulverdale County Council", 0)
    p("Community First Aid Training Fund: guidance notes for applicants, 2027-28")
    d.add_heading("1. Introduction", 1)
    p(
        "Every year in Ulverdale more than 400 people have a cardiac arrest outside hospital. "
        "Fewer than one in ten survive. Bystanders who start CPR straight away and use a "
        "defibrillator can double someone's chance of living. The Community First Aid Training "
        "Fund helps community groups give local people the skills and confidence to act."
    )
    p(
        "Grants are from £250 to £3,000. They pay for first aid, CPR and defibrillator "
        "training run by a qualified training provider for volunteers, members and residents."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a voluntary or community group, charity, community interest company, sports club, "
        "faith group, or parish or town council;"
    )
    bullet("works in the county of Ulverdale; and")
    bullet(
        "has a bank account in its own name that needs two people to sign cheques or approve "
        "payments."
    )
    p("We cannot accept applications from individuals, businesses or schools.")
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet(
        "courses such as Emergency First Aid at Work, Paediatric First Aid or Mental Health "
        "First Aid for volunteers;"
    )
    bullet("CPR and defibrillator awareness sessions open to local residents;")
    bullet(
        "the trainer's fees, course certificates, manuals and training manikins hired for the day;"
    )
    bullet("room hire, and travel for volunteers who could not otherwise take part.")
    p("We cannot pay for:")
    bullet("training that staff need by law to do their paid jobs;")
    bullet("buying defibrillators (our Heart Safe Ulverdale grants can help with these);")
    bullet("training that has already taken place.")
    d.add_heading("4. How much you need to find", 1)
    p(
        "We can pay up to 90% of the cost of your training. You must find at least 10% "
        "yourselves; this can come from your own funds, fees paid by participants or another "
        "grant."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online at www.ulverdale.example.gov.uk/firstaidfund. The form asks about your "
        "organisation, the training and who will take part, why it is needed, and your costs. "
        "Each written answer has a limit of 250 words. You can save the form and return to it "
        "before you submit it."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload these documents with the online form:")
    number(
        "your governing document: a constitution, set of rules or trust deed, or, for a parish "
        "or town council, its standing orders;"
    )
    number(
        "your latest annual accounts. They do not need to be audited or independently "
        "examined: accounts signed by two committee members are fine. New groups that have "
        "not yet finished their first year can send a statement of income and expenditure "
        "to date instead;"
    )
    number(
        "a quote from your training provider showing the course, the number of places and the cost;"
    )
    number(
        "evidence that the trainers are qualified, such as the training provider's approval "
        "by an Ofqual-regulated awarding body or a copy of each trainer's teaching "
        "certificate;"
    )
    number("a copy of your public liability insurance certificate (see section 7).")
    p("Some applicants must also send:")
    kit.table(
        d,
        [
            ("Document", "When we need it"),
            (
                "Your safeguarding policy",
                "If any of the people being trained are under 18, or if the training is for "
                "people who care for children or adults at risk",
            ),
            (
                "A budget for the whole project, showing all your costs and income",
                "If you are asking for more than £2,000",
            ),
        ],
    )
    p(
        "All applicants must also have an equal opportunities policy. You do not need to send "
        "it, but we may ask to see it before we pay the grant."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your organisation must hold public liability insurance of at least £5 million. "
        "Please upload a copy of the current certificate. If the training will be held in a "
        "hall you hire, the hall's own insurance does not replace yours."
    )
    d.add_heading("8. How we assess applications", 1)
    p("Officers score each application out of 100 and a panel of councillors makes the decision.")
    kit.table(
        d,
        [
            ("What we look at", "Marks"),
            ("The need for the training in your community", "30"),
            ("How many people will be trained, and how they will use their skills", "30"),
            ("The quality of the training provider", "20"),
            ("Value for money", "20"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Closing date", "Decision by", "Training must be finished by"),
            ("Friday 14 May 2027", "Friday 2 July 2027", "31 March 2028"),
            ("Friday 5 November 2027", "Friday 17 December 2027", "30 September 2028"),
        ],
    )
    d.add_heading("10. Questions people often ask", 1)
    d.add_heading("Can we charge people to come on the course?", 3)
    p("Yes, but keep the charge low. Fees can count towards your 10%.")
    d.add_heading("Does the training provider have to be registered?", 3)
    p(
        "The provider must be approved by an Ofqual-regulated awarding body, or be a national "
        "first aid charity or the ambulance service. Ask us if you are not sure."
    )
    d.add_heading("We want to buy a defibrillator as well. Can we apply for both?", 3)
    p("Apply to this fund for the training and to Heart Safe Ulverdale for the defibrillator.")
    d.add_heading("What happens after the training?", 3)
    p(
        "Within two months of the training, send us a short report with the number of people "
        "trained and copies of the receipts."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Public Health Team, Ulverdale County Council, County Buildings, Bridge Street, "
        "Ulverdale UD1 3RF. Telephone 01632 961 883. Email firstaidfund@ulverdale.example.gov.uk."
    )
    out = HERE / "ulverdale-community-first-aid-training-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wrayfield() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wrayfield-heart-safe-communities-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Heart Safe Communities Grant: application form")
    c.setAuthor("Wrayfield District Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    red = HexColor("#A4262C")

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
        c.setFillColor(red)
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
            x=300,
            y=state["y"] - 18,
            width=245,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 100) -> None:
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
                value=opt.replace(" ", "_").replace(",", ""),
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
    c.drawString(50, state["y"], "Wrayfield District Council")
    state["y"] -= 22
    txt("Heart Safe Communities Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Heart Safe Communities Grants help town and parish councils and community groups to "
        "put public access defibrillators where they are most needed in Wrayfield District. "
        "We can meet the full cost of a defibrillator, a heated cabinet and its installation "
        "by a qualified electrician, up to £1,800 for each site. You do not need to find any "
        "of the money yourselves."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Most answer boxes have a character limit. Save "
        "the form and email it, with your documents, to heartsafe@wrayfield.example.gov.uk. "
        "For help with the form ring the Community Safety Team on 01632 965 117."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of council or organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "org_type",
        "Type of organisation",
        ["Town or parish council", "Community group or charity", "Sports club", "Other"],
    )
    bar("Part B: The defibrillator")
    field("site_address", "Address where the cabinet will be installed", 200)
    field("site_postcode", "Postcode of the site", 8)
    radios(
        "owner",
        "Who owns the building or land?",
        ["We do", "The town or parish council", "Someone else"],
    )
    radios("cabinet", "Will the cabinet be locked or unlocked?", ["Unlocked", "Locked with a code"])
    field("install_date", "Expected installation date (DD/MM/YYYY)", 10)
    box(
        "b1",
        "B1 Why is a defibrillator needed at this location? (up to 1,200 characters)",
        "B1 Why is a defibrillator needed at this location?",
        1200,
        100,
    )
    box(
        "b2",
        "B2 Describe the people who live, work or visit near the site, and any events or "
        "activities that bring people there. (up to 900 characters)",
        "B2 Describe the people who live, work or visit near the site",
        900,
        80,
    )
    box(
        "b3",
        "B3 Who will be the guardian of the defibrillator? Tell us how they will check it and "
        "keep its record on The Circuit up to date. (up to 600 characters)",
        "B3 Who will be the guardian of the defibrillator?",
        600,
        60,
    )
    box(
        "b4",
        "B4 How will you help local people to feel confident to use the defibrillator, for "
        "example with CPR awareness sessions?",
        "B4 How will you help local people to feel confident to use the defibrillator?",
        900,
        80,
    )
    box(
        "b5",
        "B5 How will you pay for replacement pads and batteries, and the cabinet's electricity, "
        "once the grant is spent? (up to 600 characters)",
        "B5 How will you pay for replacement pads, batteries and electricity?",
        600,
        60,
    )
    box(
        "b6",
        "B6 Is there anything else you would like to tell us about your application?",
        "B6 Anything else you would like to tell us",
        0,
        70,
    )
    bar("Part C: Costs")
    field("cost_defib", "Cost of the defibrillator (£)", 10)
    field("cost_cabinet", "Cost of the cabinet (£)", 10)
    field("cost_install", "Cost of installation (£)", 10)
    field("cost_total", "Total cost (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_quote", "A quote for the defibrillator and cabinet")
    tick(
        "doc_electrician",
        "A quote from a qualified electrician for installing the cabinet and its power supply",
    )
    tick(
        "doc_accounts",
        "Your latest annual accounts (they do not need to be audited). Town and parish councils "
        "may send their latest Annual Governance and Accountability Return",
    )
    tick(
        "doc_bank",
        "A recent bank statement showing the name and number of the account the grant should "
        "be paid into",
    )
    tick(
        "doc_owner",
        "If you do not own the building or land: the owner's written permission for the cabinet",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation.",
    )
    tick(
        "circuit",
        "We will register the defibrillator on The Circuit within 14 days of installation and "
        "keep its details up to date.",
    )
    tick(
        "insurance",
        "We hold public liability insurance of at least £10 million, or the owner of the "
        "building does, and the cabinet will be covered by it.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Community Safety Team, Wrayfield District Council, Council Offices, Station Road, "
        "Wrayfield WF9 4BL. Telephone 01632 965 117.",
        9,
    )
    c.save()


def cattersby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "cattersby-community-first-responder-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community First Responder Grants: application form")
    c.setAuthor("Cattersby Community Foundation")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Cattersby Community Foundation: Community First Responder Grants")
        c.drawRightString(w - 50, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 11, f: str = font, x: float = 50) -> None:
        for line in simpleSplit(t, f, size, w - x - 50):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, 13)
        c.drawString(50, state["y"], t)
        c.line(50, state["y"] - 4, w - 50, state["y"] - 4)
        state["y"] -= 22

    def item(n: str, label: str) -> None:
        """A numbered label with a drawn box beside it (invisible to text extraction)."""
        lines = simpleSplit(label, font, 11, 190)
        room(13 * len(lines) + 16)
        c.setFont(font, 11)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 13 * i, line)
        c.rect(276, state["y"] - 20, w - 50 - 276, 20, stroke=1, fill=0)
        state["y"] -= max(26, 13 * len(lines) + 16)

    def choice(n: str, label: str, options: list[str]) -> None:
        lines = simpleSplit(label, font, 11, 190)
        room(13 * len(lines) + 16)
        c.setFont(font, 11)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 13 * i, line)
        x = 276
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 11) + 20
        state["y"] -= max(26, 13 * len(lines) + 16)

    def question(n: str, text: str, height: int) -> None:
        room(14 * len(simpleSplit(text, bold, 11, w - 76 - 50)) + height + 10)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 11, w - 76 - 50):
            room(14)
            c.setFont(bold, 11)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        room(height + 6)
        c.rect(76, state["y"] - height, w - 50 - 76, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Cattersby Community Foundation")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(50, state["y"], "Community First Responder Grants: application form")
    state["y"] -= 24
    para(
        "Community first responders are volunteers, trained and sent by the ambulance service, "
        "who reach people in a medical emergency in the first vital minutes before an "
        "ambulance arrives. The Foundation gives grants of up to £4,000 to community first "
        "responder schemes in Cattersby for defibrillators, oxygen and other kit, responder "
        "training, uniforms and the running costs of a scheme."
    )
    para(
        "The Foundation will fund up to half of the cost of your project. The other half must "
        "come from your own fundraising or from another funder."
    )
    para(
        "Please answer every question in the box under it, keeping to the word limit shown. "
        "Post the form to the Foundation or scan it and email it to "
        "grants@cattersbycf.example.org.uk. Closing date: Friday 9 July 2027."
    )
    heading("Section 1: Your scheme")
    item("1.1", "Name of your community first responder scheme or group")
    item("1.2", "Contact name")
    item("1.3", "Role in the scheme (for example Scheme Coordinator)")
    item("1.4", "Address")
    item("1.5", "Postcode")
    item("1.6", "Telephone")
    item("1.7", "Email")
    item("1.8", "Number of active responders")
    choice(
        "1.9",
        "Is your scheme recognised by the ambulance service trust?",
        ["Yes", "No"],
    )
    heading("Section 2: Your project")
    question(
        "2.1",
        "Tell us about your scheme: the area it covers, how long it has been running and how "
        "many calls your responders attended last year. (no more than 250 words)",
        130,
    )
    question(
        "2.2",
        "What will the grant pay for, and how will it help your responders reach and treat "
        "patients more quickly? (no more than 300 words)",
        150,
    )
    question(
        "2.3",
        "How will you recruit and train new responders? (no more than 200 words)",
        110,
    )
    question(
        "2.4",
        "How do you support the wellbeing of responders after difficult calls? "
        "(no more than 150 words)",
        90,
    )
    question(
        "2.5",
        "How will you keep your equipment maintained, and replace it when it wears out? "
        "(no more than half a side of A4)",
        150,
    )
    question(
        "2.6",
        "Please add anything else you think the Foundation should know about your scheme.",
        100,
    )
    heading("Section 3: Costs")
    para("Please list each item the grant will pay for.")
    widths = (215, 170, 110)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 6
    for row in rows:
        room(20)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold, 11)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 14
    item("3.1", "Total cost of the project (£)")
    item("3.2", "Amount requested from the Foundation (£)")
    item("3.3", "Amount from your fundraising or other funders (£)")
    heading("Section 4: Documents")
    para("Please send these documents with your form:")
    for t in [
        "a)  a letter from the ambulance service trust's community responder manager confirming "
        "that your scheme is recognised and active;",
        "b)  your constitution or terms of reference;",
        "c)  your most recent annual accounts or, if your scheme has been running for less than "
        "a year, a statement of income and expenditure signed by two members;",
        "d)  your safeguarding policy, covering children and adults at risk;",
        "e)  for any single item costing more than £500, a written quote;",
        "f)  if your responders ever attend calls on their own, your lone working policy (or the "
        "ambulance service trust's policy that you follow).",
    ]:
        para(t, x=62)
    para(
        "Every responder must have an enhanced DBS check arranged through the ambulance service "
        "trust. You do not need to send copies of the certificates."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this form is correct, that the scheme's committee "
        "has agreed to this application and that any grant will be used only for the project "
        "described. I understand that the Foundation may ask for the grant back if it is not "
        "used within 12 months."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Assessed by: ____________   "
        "Panel date: ____________",
        9,
    )
    para(
        "Cattersby Community Foundation, 3 Wool Exchange Yard, Cattersby CY2 5TN. Telephone "
        "01632 966 402. Registered charity number 1189217.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    ockenbury()
    ulverdale()
    wrayfield()
    cattersby()
