"""Build set 153's Word and PDF documents (typical boxing, martial arts and combat sports clubs
grants: a district council's Active Communities Combat Sports Club Grants application, a
community foundation's Fighting Chance Fund application for boxing and martial arts clubs, a
town council's Junior Martial Arts and Boxing Equipment Grants form and a community
foundation's Combat Sports for Young People Fund guidance notes, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus153.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 10, 0, 0)
BOX = "\u2610"


def _box(d, height: int = 3000) -> None:
    """One empty bordered cell to write in, under a question typed as a paragraph."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    kit.row_height(t.rows[0], height)
    d.add_paragraph()


def marshfold() -> None:
    d = kit.new_document(
        FIXED,
        "Active Communities Grants 2027/28: Combat Sports Clubs application form",
        "Marshfold District Council",
    )
    p = d.add_paragraph
    d.add_heading("Marshfold District Council", 0)
    p("Active Communities Grants 2027/28: Combat Sports Clubs")
    p("Application form")
    p(
        "Active Communities Grants help boxing, judo, karate, taekwondo, kickboxing and other "
        "martial arts clubs in Marshfold District to get more people, and especially more "
        "young people, taking part. Grants are from £500 to £5,000. They can pay for mats, "
        "rings, bags and other equipment, coach education courses, and free or low-cost "
        "sessions for young people."
    )
    p(
        "We will fund up to 80% of the cost of your project. Your club must find at least 20% "
        "of the cost from its own funds or from another funder."
    )
    p(
        "Please type in the boxes and keep to the word limits. Email the completed form and "
        "your documents to activecommunities@marshfold.example.gov.uk by 5pm on Friday 25 June "
        "2027."
    )
    d.add_heading("Need help with this form?", 2)
    p(
        "Ring the Active Communities Team on 01632 967 214 if you would like to talk about your "
        "project before you apply, or if you need this form in large print."
    )
    d.add_heading("Section 1: Your club", 1)
    kit.details(
        d,
        [
            "Name of club",
            "Address of your main training venue",
            "Postcode",
            "Contact name",
            "Position in the club",
            "Telephone",
            "Email",
            "Website or social media page (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Sport(s) your club offers",
                f"{BOX} Boxing   {BOX} Judo   {BOX} Karate   {BOX} Taekwondo   "
                f"{BOX} Kickboxing   {BOX} Other martial art",
            ),
            ("National governing body your club is affiliated to", ""),
            ("Club affiliation number", ""),
            (
                "Your club is a",
                f"{BOX} Constituted club   {BOX} Community amateur sports club (CASC)   "
                f"{BOX} Registered charity or CIO   {BOX} Community interest company",
            ),
            ("Number of members", ""),
            ("How many of your members are under 18?", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d, "2.1 Describe your project and what the grant will pay for. (maximum 300 words)"
    )
    kit.question(
        d,
        "2.2 Why does your club need this project now? Tell us how it will help more people "
        "take part, for example young people, women and girls or disabled people. "
        "(maximum 250 words)",
    )
    kit.question(
        d,
        "2.3 How will the project help young people from low-income families to take part, for "
        "example through free or low-cost sessions? (maximum 250 words)",
        2800,
    )
    kit.question(
        d,
        "2.4 How will you keep participants safe, including during sparring and contact work "
        "and when you supervise children? (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 Tell us about your coaches: how many you have, the coaching qualifications they "
        "hold and any coaching courses the grant will pay for. (maximum 150 words)",
        2000,
    )
    kit.question(d, "2.6 How will you know the project has worked? (maximum 150 words)", 2000)
    kit.pairs(
        d,
        [
            ("Number of new participants you expect in the first year", ""),
            ("Number of free sessions for young people the grant will pay for", ""),
        ],
    )
    p()
    d.add_heading("Section 3: Costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Grant requested (£)", ""),
            ("Your club's own contribution (£)", ""),
            ("Other funding (£ and from whom)", ""),
            ("Date the project will start", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your club's constitution or rules",
            "Your club's latest annual accounts, signed by your treasurer. New clubs that have "
            "not yet finished a financial year may send their last three months' bank "
            "statements instead",
            "Proof of your club's affiliation to its national governing body for the current "
            "year, for example England Boxing, British Judo or British Taekwondo",
            "Your safeguarding policy, with the name of your club welfare officer",
            "Your public liability insurance certificate, showing cover of at least £5 million "
            "(cover through your governing body membership is fine)",
            "A list of your coaches, with the date of each coach's enhanced DBS check",
            "For any item of equipment costing more than £1,000, two written quotes",
            "If you are buying a ring or fixing equipment to the walls or ceiling, a letter "
            "from the owner of your venue agreeing to it",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by the club's "
            "committee to make this application.",
            "Our club has a health and safety policy and an equality policy, and a first aider "
            "with an in-date certificate is present at every session.",
            "We will send the Council a short report on the project, with receipts, within 12 "
            "months of receiving the grant.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Active Communities Team, Marshfold District Council, Council Offices, Station Road, "
        "Marshfold MF4 2AX. Telephone 01632 967 214."
    )
    out = HERE / "marshfold-combat-sports-club-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def tolsworth() -> None:
    d = kit.new_document(
        FIXED,
        "Fighting Chance Fund: application form",
        "Tolsworth Community Foundation",
    )
    p = d.add_paragraph
    d.add_heading("Tolsworth Community Foundation", 0)
    p("Fighting Chance Fund").runs[0].bold = True
    p("Grants for boxing and martial arts clubs: application form")
    p(
        "The Fighting Chance Fund gives grants of up to £2,500 to boxing gyms and martial arts "
        "clubs in Tolsworth and the surrounding villages that offer young people aged 8 to 19 "
        "a safe place to train, build confidence and stay out of trouble. The fund is paid for "
        "by the Harcourt Family Trust and by local businesses."
    )
    p(
        "We can pay for the whole cost of your project: you do not need to find match funding "
        "from anywhere else."
    )
    p(
        "Please read the guidance on our website before you fill in this form. Write your "
        "answers in the boxes; the boxes will grow as you type. Send the form and your "
        "documents to Sanjay Malik, Grants Officer, at grants@tolsworthcf.example.org.uk."
    )
    d.add_heading("Part 1: About your club", 1)
    kit.details(
        d,
        [
            "Name of club",
            "Main contact",
            "Role in the club",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Governing body the club is affiliated to",
            "Date the club was set up",
            "Club's income in the last financial year (£)",
        ],
    )
    p()
    p(
        f"Is your club (please tick one):   {BOX} a registered charity   {BOX} a community "
        f"amateur sports club (CASC)   {BOX} a constituted club   {BOX} a company limited by "
        "guarantee"
    )
    d.add_heading("Part 2: Your project", 1)
    p("Please answer every question in the box below it.")
    for q, h in [
        (
            "Q1. Tell us about your club: when it started, the sports you teach, where you "
            "train and who your members are. (no more than 250 words)",
            2800,
        ),
        ("Q2. What do you want to do, and what will the grant buy? (no more than 300 words)", 3200),
        (
            "Q3. Who will benefit? Please tell us how the project will reach young people who "
            "could not otherwise afford to take part. (no more than 250 words)",
            2800,
        ),
        (
            "Q4. How do you keep young members safe? Tell us about your welfare officer, your "
            "coaches' DBS checks and your first aiders. (no more than 200 words)",
            2400,
        ),
        (
            "Q5. What difference will the grant make to your club in a year's time? "
            "(one side of A4 maximum)",
            5000,
        ),
        ("Q6. Is there anything else you would like to tell us?", 1600),
    ]:
        p(q).runs[0].bold = True
        _box(d, h)
    kit.details(
        d,
        [
            "How many young people (aged 8 to 19) will take part?",
            "How many of them will get free sessions?",
        ],
    )
    p()
    d.add_heading("Part 3: Budget", 1)
    p("Please list each thing you want to buy or pay for.")
    kit.grid(d, ["Item", "Cost (£)", "Amount from this grant (£)"], 5)
    kit.details(d, ["Total cost of the project (£)", "Amount requested from the fund (£)"])
    p()
    d.add_heading("Part 4: Checklist", 1)
    p(
        "We expect every club to hold public liability insurance of at least £2 million. Please "
        "send copies of the documents below and tick each one you are sending."
    )
    kit.ticked(
        d,
        [
            "A copy of your constitution or rules",
            "Your most recent accounts. Clubs with an income over £25,000 must send "
            "independently examined accounts; smaller clubs may send accounts signed by two "
            "officers of the club",
            "A bank statement dated within the last three months",
            "Your safeguarding policy",
            "Your current affiliation certificate from your governing body",
            "Your public liability insurance certificate",
            "If you are buying any single item that costs more than £500 (for example a ring "
            "or a set of mats), a written quote for it",
            "If your club rents its training space, a copy of your lease or hire agreement",
        ],
    )
    d.add_heading("Part 5: Declaration", 1)
    p(
        "We confirm that the information in this form is true, that the club's committee has "
        "agreed to this application, and that any grant will be spent only on the project "
        "described. We have a health and safety policy, which includes a risk assessment for "
        "sparring and contact sessions, and all our coaches who work with young people have an "
        "enhanced DBS check. Two officers of the club must sign."
    )
    p("First signatory").runs[0].bold = True
    kit.details(d, ["Signed", "Name", "Position", "Date"])
    p()
    p("Second signatory").runs[0].bold = True
    kit.details(d, ["Signed", "Name", "Position", "Date"])
    p()
    p(
        "Tolsworth Community Foundation, 4 Abbey Court, Tolsworth TL2 8RS. Telephone 01632 "
        "968 530. Registered charity number 1184419."
    )
    out = HERE / "tolsworth-fighting-chance-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hexley() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hexley-junior-martial-arts-equipment-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Junior Martial Arts and Boxing Equipment Grants 2027: application form")
    c.setAuthor("Hexley Town Council")
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
    c.drawString(50, state["y"], "Hexley Town Council")
    state["y"] -= 22
    txt(
        "Junior Martial Arts and Boxing Equipment Grants 2027: application form",
        12,
        "Helvetica-Bold",
    )
    state["y"] -= 4
    txt(
        "These grants help boxing, judo, karate, taekwondo and kickboxing clubs in Hexley to buy "
        "equipment for their junior sections: mats, gloves, pads, head guards, bags, belts and "
        "gis for young people who cannot afford their own. Grants are from £200 to £2,000."
    )
    state["y"] -= 4
    txt(
        "The Town Council will pay up to half of the cost of the equipment. Your club must pay "
        "at least 50% of the cost from its own funds or from another grant."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "grants@hexley-tc.example.gov.uk by Friday 10 September 2027. For help, ring Alison "
        "Pryce, Community Officer, on 01632 969 148."
    )
    bar("Part A: About your club")
    field("club_name", "Name of club", 100)
    field("address", "Address where the club trains", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the club", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "sport",
        "Main sport",
        ["Boxing", "Judo", "Karate", "Taekwondo", "Kickboxing", "Other martial art"],
    )
    field("ngb", "National governing body", 80)
    field("ngb_no", "Club affiliation number", 20)
    field("juniors", "Number of junior members (under 18)", 5)
    bar("Part B: The equipment")
    box(
        "b1",
        "B1 What equipment do you want to buy, and why does your club need it? "
        "(up to 1,200 characters)",
        "B1 What equipment do you want to buy, and why does your club need it?",
        1200,
        110,
    )
    box(
        "b2",
        "B2 How will the equipment help more young people in Hexley to take part? "
        "(up to 900 characters)",
        "B2 How will the equipment help more young people in Hexley to take part?",
        900,
        80,
    )
    box(
        "b3",
        "B3 How will you store the equipment safely and check it before each session? "
        "(up to 600 characters)",
        "B3 How will you store the equipment safely and check it before each session?",
        600,
        60,
    )
    box(
        "b4",
        "B4 Tell us about the coaches who will use the equipment with young people and the "
        "coaching qualifications they hold. (up to 600 characters)",
        "B4 The coaches who will use the equipment and their qualifications",
        600,
        60,
    )
    box(
        "b5",
        "B5 Is there anything else you would like to tell us about your club?",
        "B5 Anything else you would like to tell us",
        0,
        60,
    )
    radios(
        "free_sessions",
        "Will any of the equipment be used in free sessions for young people?",
        ["Yes", "No"],
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the equipment (£)", 10)
    field("grant", "Grant requested (£)", 10)
    field("club_share", "Amount your club will pay (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_constitution", "Your club's constitution or rules")
    tick("doc_bank", "Your club's most recent bank statement")
    tick("doc_quote", "A quote or price list for the equipment you want to buy")
    tick(
        "doc_affiliation",
        "Your club's current affiliation certificate from its national governing body",
    )
    tick(
        "doc_insurance",
        "Your public liability insurance certificate (minimum cover £5 million)",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick("doc_accounts", "If you are asking for more than £1,000, your latest annual accounts")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on the equipment described, and that every coach who works with under-18s at our "
        "club has an enhanced DBS check less than three years old.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Hexley Town Council, Town Hall, 1 Bridge Street, Hexley HX7 3LN. Telephone 01632 969 148.",
        9,
    )
    c.save()


def stavenham() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stavenham-combat-sports-young-people-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Combat Sports for Young People Fund 2027: guidance notes")
    c.setAuthor("Stavenham and District Community Foundation")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Combat Sports for Young People Fund 2027: guidance notes")
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

    def heading(t: str, size: float = 12) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, size)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def bullet(t: str, mark: str = "\u2022") -> None:
        lines = simpleSplit(t, font, 10, w - 70 - 50)
        for i, line in enumerate(lines):
            room(14)
            c.setFont(font, 10)
            if i == 0:
                c.drawString(56, state["y"], mark)
            c.drawString(70, state["y"], line)
            state["y"] -= 14
        state["y"] -= 3

    def table(rows: list[tuple[str, str]], widths: tuple[int, int] = (360, 135)) -> None:
        for n, row in enumerate(rows):
            f = bold if n == 0 else font
            cells = [simpleSplit(t, f, 10, wd - 8) for t, wd in zip(row, widths, strict=True)]
            hh = 14 * max(len(x) for x in cells) + 6
            room(hh)
            x = 50
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - hh, wd, hh, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(f, 10)
                    c.drawString(x + 4, state["y"] - 13 - 14 * i, line)
                x += wd
            state["y"] -= hh
        state["y"] -= 14

    c.setFont(bold, 17)
    c.drawString(50, state["y"], "Stavenham and District Community Foundation")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Combat Sports for Young People Fund 2027")
    state["y"] -= 18
    c.setFont(font, 12)
    c.drawString(50, state["y"], "Guidance notes for applicants")
    state["y"] -= 26
    heading("1. About the fund")
    para(
        "The Combat Sports for Young People Fund supports boxing gyms and judo, karate, "
        "taekwondo, kickboxing and other martial arts clubs that give young people aged 10 to "
        "21 in Stavenham and the surrounding district the chance to train, compete and "
        "volunteer. It is paid for by the Stavenham Sports Legacy Endowment and the Police and "
        "Crime Commissioner's community safety fund."
    )
    para(
        "Grants are from £1,000 to £7,500 and can be spent over up to 18 months. In 2027 we "
        "expect to make around 15 grants."
    )
    heading("2. Who can apply")
    para("Your club can apply if it:")
    bullet("is a not-for-profit club with a written constitution or set of rules;")
    bullet(
        "is affiliated to the national governing body of its sport recognised by Sport England "
        "(for example England Boxing, British Judo, British Taekwondo or the English Karate "
        "Federation);"
    )
    bullet("has a bank account in the club's name that needs two people to sign;")
    bullet("has a named welfare officer who has completed safeguarding training;")
    bullet("trains in Stavenham district.")
    para(
        "We cannot fund professional boxing promotions, individual athletes, schools or "
        "commercial gyms run for profit."
    )
    heading("3. What we fund")
    para("We can pay for:")
    bullet("free or low-cost sessions for young people, including hire of the venue;")
    bullet("mats, rings, bags, pads, gloves and protective equipment;")
    bullet(
        "coach education, for example a Level 1 or Level 2 coaching award, and first aid and "
        "safeguarding courses for coaches and volunteers;"
    )
    bullet("leadership and volunteering programmes for young people;")
    bullet("small improvements to a training space, such as a new gym floor or changing area.")
    para(
        "We cannot pay for competition entry fees, travel abroad, alcohol, prizes, or costs you "
        "have already paid."
    )
    heading("4. Match funding")
    para(
        "We expect clubs to find at least 10% of the total cost of the project from their own "
        "funds or from other sources. Volunteer time can count towards it if you show how you "
        "have valued it."
    )
    heading("5. How to apply")
    para(
        "Apply online at grants.stavenhamfoundation.example.org.uk. The online form asks about "
        "your club, your project and the young people who will take part, and has four "
        "questions with word limits of between 150 and 300 words. You can save your answers "
        "and come back to them before you submit."
    )
    heading("6. Documents you must send")
    para("Please upload these documents with your online form:")
    for n, t in [
        ("1.", "Your club's constitution or rules, signed and dated."),
        (
            "2.",
            "Your latest annual accounts. If your income is over £50,000 they must be "
            "independently examined or audited; otherwise accounts approved at your AGM and "
            "signed by your treasurer are fine.",
        ),
        ("3.", "Your safeguarding policy, with the name of your welfare officer."),
        (
            "4.",
            "Proof of your club's current affiliation to its national governing body, such as "
            "your affiliation certificate or a screenshot of your club's entry on the governing "
            "body's portal.",
        ),
        (
            "5.",
            "Your public liability insurance certificate, showing cover of at least £5 million.",
        ),
        (
            "6.",
            "A budget for the project, showing all its costs and where the rest of the money "
            "will come from.",
        ),
    ]:
        bullet(t, n)
    para("Some clubs must also send:")
    for n, t in [
        (
            "7.",
            "If the grant will pay coaches to run sessions, copies of the coaching "
            "qualifications of those coaches (Level 2 or above in your sport).",
        ),
        (
            "8.",
            "If you are asking for money towards building work or a new gym floor, a copy of "
            "your lease with at least five years left to run, or your landlord's written "
            "permission for the work.",
        ),
        ("9.", "For equipment or works costing more than £2,000, two written quotes."),
    ]:
        bullet(t, n)
    para(
        "Your club must also have a health and safety policy and a data protection policy. You "
        "do not need to send them, but we may ask to see them when we visit."
    )
    heading("7. Keeping young people safe")
    para(
        "All coaches and volunteers who work with under-18s must have an enhanced DBS check "
        "renewed at least every three years, and at least one person at every session must "
        "hold a current first aid certificate. We will ask to see your club's records of DBS "
        "checks and first aid certificates if we visit you."
    )
    heading("8. How we decide")
    para("Two members of our grants committee score each application:")
    table(
        [
            ("What we look for", "Points"),
            ("Reaching young people who would not otherwise take part", "30"),
            ("A safe, well-run club with qualified coaches", "25"),
            ("Young people's part in planning and leading the project", "20"),
            ("What will carry on after the grant", "15"),
            ("Value for money", "10"),
        ]
    )
    heading("9. Timetable")
    table(
        [
            ("What happens", "When"),
            ("Fund opens", "3 May 2027"),
            ("Closing date", "Noon, 30 June 2027"),
            ("Visits to shortlisted clubs", "July 2027"),
            ("Grants committee meets", "9 September 2027"),
            ("We tell you our decision", "By 24 September 2027"),
        ]
    )
    heading("10. Questions we are often asked")
    for q, a in [
        (
            "Can a club that charges membership fees apply?",
            "Yes. Most clubs charge fees. Tell us how you will help young people who cannot "
            "afford them.",
        ),
        (
            "Can we apply for a coach's wages?",
            "Yes, for sessions that are part of the project, but not for the wages of "
            "existing staff.",
        ),
        (
            "We are not affiliated yet. Can we still apply?",
            "No. Please affiliate first; your governing body can help you.",
        ),
        (
            "Do we need to be a registered charity?",
            "No. Constituted clubs and community amateur sports clubs can apply.",
        ),
    ]:
        para(q, 10, bold)
        para(a)
    heading("11. Contact us")
    para(
        "Grants Team, Stavenham and District Community Foundation, The Old Bank, 22 High "
        "Street, Stavenham ST9 4EW. Telephone 01632 960 873. Email "
        "grants@stavenhamfoundation.example.org.uk. Registered charity number 1190337."
    )
    folio()
    c.save()


if __name__ == "__main__":
    marshfold()
    tolsworth()
    hexley()
    stavenham()
