"""Build set 149's Word and PDF documents (typical community choirs, brass bands and amateur
music societies grants: a district council's Community Music Grants application, a community
foundation's Bands, Choirs and Orchestras Fund application, a town council's Music Societies
Small Grants form (fillable PDF) and a music trust's Instruments and Music Fund guidance notes
(text PDF), written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus149.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 15, 9, 30, 0)
BOX = "\u2610"


def _qa(d, rows: list[str], height: int = 2600) -> None:
    """A 'Question / Your answer' table: a shaded header row, then one row per question."""
    t = d.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Question", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Your answer", bold=True)
    kit.shade_cell(t.rows[0].cells[0], "DDEBF7")
    kit.shade_cell(t.rows[0].cells[1], "DDEBF7")
    for r, text in zip(t.rows[1:], rows, strict=True):
        kit.set_cell(r.cells[0], text, bold=True)
        kit.row_height(r, height)
    d.add_paragraph()


def hessleby() -> None:
    d = kit.new_document(
        FIXED,
        "Community Music Grants 2027/28: application form",
        "Hessleby District Council",
    )
    p = d.add_paragraph
    d.add_heading("Hessleby District Council", 0)
    p("Community Music Grants 2027/28: application form")
    p(
        "Community Music Grants help choirs, brass and silver bands, orchestras, folk and "
        "music societies in Hessleby District to keep making music and to bring it to more "
        "people. Grants are from £250 to £3,000 and can pay for instruments, sheet music and "
        "music stands, rehearsal room hire, concerts and workshops, and training for "
        "conductors and section leaders."
    )
    p(
        "We will fund up to 80% of the cost of your project. Your group must find at least 20% "
        "from its own funds, members' subscriptions, concert income or other funders."
    )
    p(
        "Please type in the boxes, which will grow as you write, and keep to the word limits. "
        "Email the completed form and your documents to culturegrants@hessleby.example.gov.uk "
        "by 5pm on Friday 11 June 2027."
    )
    d.add_heading("Need help?", 2)
    p(
        "If you would like to talk about your project before you apply, ring the Culture and "
        "Leisure Team on 01632 965 210. Do you need this form in large print or another "
        "format? Ring the same number and we will send it to you."
    )
    d.add_heading("Section 1: Your group", 1)
    kit.details(
        d,
        [
            "Name of group",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the group (for example secretary)",
            "Telephone",
            "Email",
            "Registered charity number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of group",
                f"{BOX} Choir   {BOX} Brass or silver band   {BOX} Orchestra   "
                f"{BOX} Music or operatic society   {BOX} Other",
            ),
            ("How many playing or singing members do you have?", ""),
            ("How many of your members are under 18?", ""),
            (
                "Does your group have a bank account in its own name with at least two "
                "signatories?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d,
        "2.1 Tell us about your group: the music you perform, where you rehearse and where "
        "you perform. (maximum 200 words)",
        2400,
    )
    kit.question(
        d,
        "2.2 Describe what you want the grant for and why your group needs it now. "
        "(maximum 300 words)",
    )
    kit.question(
        d,
        "2.3 Who will benefit? How will the project bring in new members or audiences, "
        "including people who do not usually take part in music? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.4 How will you look after the instruments or equipment the grant buys, and who will "
        "be responsible for them? (maximum 150 words)",
        2000,
    )
    kit.question(d, "2.5 Is there anything else you would like to tell us?", 1600)
    d.add_heading("Section 3: Costs", 1)
    p("Please list what the grant will pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Amount from your own funds or other funders (£)", ""),
            ("Grant requested (£)", ""),
            ("Date the project will start", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "Your constitution or set of rules, signed and dated by your chair",
            "Your latest annual accounts, signed by your treasurer. If your group is less than "
            "a year old, send your last three months' bank statements instead",
            "Your safeguarding policy (all groups, as your audiences will include children)",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "A quote for each instrument or item of equipment costing more than £500",
            "If your group has members under 18, a list of the adults who lead or supervise "
            "junior rehearsals, with the dates of their enhanced DBS checks",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised by the group's "
            "committee to make this application.",
            "Our group has an equal opportunities policy and welcomes members whatever their "
            "age, background or ability.",
            "Any public performance paid for by the grant will take place in a venue that holds "
            "a PRS for Music licence, or we will get one ourselves.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Culture and Leisure Team, Hessleby District Council, Council Offices, Westgate, "
        "Hessleby HY4 2RB. Telephone 01632 965 210."
    )
    out = HERE / "hessleby-community-music-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def orsdale() -> None:
    d = kit.new_document(
        FIXED,
        "Bands, Choirs and Orchestras Fund 2027: application form",
        "Orsdale Community Foundation",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Orsdale Community Foundation", 0)
    p("Bands, Choirs and Orchestras Fund 2027")
    p("Application form")
    p(
        "The Bands, Choirs and Orchestras Fund gives grants of up to £2,000 to amateur music "
        "groups in Orsdale and the surrounding villages. It was set up with a legacy from the "
        "late Margaret Eldon, who sang with the Orsdale Choral Society for fifty years. The "
        "Fund can pay for the whole cost of your project; we do not ask you to raise any money "
        "yourselves."
    )
    p(
        "Before you fill in this form, please read the Fund's guidance notes. Answer every "
        "question in the right-hand column and keep to the word limits shown. Send the form "
        "and your documents to grants@orsdalefoundation.example.org.uk. The closing date is "
        "Wednesday 30 June 2027."
    )
    d.add_heading("Part A: About your group", 1)
    _qa(
        d,
        [
            "Name of group",
            "Main contact (name and role)",
            "Address, including postcode",
            "Telephone",
            "Email",
            "Website or social media page (if any)",
            "Charity number, or write 'not registered'",
            "Year the group was formed",
            "Total income in your last financial year (£)",
        ],
        400,
    )
    kit.pairs(
        d,
        [
            (
                "How did you hear about the Fund?",
                f"{BOX} Our website   {BOX} Newsletter   {BOX} Orsdale Council for Voluntary "
                f"Service   {BOX} Another group   {BOX} Other",
            ),
        ],
    )
    p()
    d.add_heading("Part B: Your project", 1)
    _qa(
        d,
        [
            "B1 What is your project? Please describe what you will do and when. (up to 250 words)",
            "B2 Why does your group need this grant? What would happen without it? "
            "(up to 200 words)",
            "B3 How will the project help people in Orsdale to enjoy or take part in music? "
            "(up to 250 words)",
            "B4 How will you make sure the project is open to everyone, including young people, "
            "disabled people and people on low incomes? (up to 150 words)",
            "B5 How many people will take part in the project or come to its concerts?",
            "B6 Is there anything else we should know? (up to 100 words)",
        ],
    )
    d.add_heading("Part C: Budget", 1)
    p("Please show what the grant will be spent on.")
    kit.grid(d, ["Item", "Cost (£)", "Notes"], 6)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Amount requested from the Fund (£)", ""),
        ],
    )
    p()
    d.add_heading("Part D: Supporting documents", 1)
    p("Please send the following documents with your application:")
    bullet("a copy of your constitution or rules;")
    bullet(
        "your most recent annual accounts. If your income is over £25,000 a year they must be "
        "independently examined; smaller groups may send accounts signed by the treasurer;"
    )
    bullet("a bank statement from the last three months, showing the group's name.")
    p("Some groups need to send more:")
    bullet(
        "if you are asking for money for instruments, a copy of your instrument insurance "
        "certificate or schedule, showing that the instruments will be insured;"
    )
    bullet(
        "if your group has junior members (under 18), your safeguarding policy and evidence "
        "that the leaders of your junior section have an enhanced DBS check;"
    )
    bullet(
        "if you organise concerts in venues that do not hold a PRS for Music licence, a copy "
        "of your own PRS for Music licence."
    )
    p("Checklist: please tick the documents you are sending.")
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Document", "Who must send it", "Tick"], strict=True):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c, "DDEBF7")
    for r, (a, b) in zip(
        t.rows[1:],
        [
            ("Constitution or rules", "All groups"),
            ("Annual accounts", "All groups"),
            ("Bank statement", "All groups"),
            ("Instrument insurance certificate", "Groups asking for instruments"),
            ("Safeguarding policy and DBS evidence", "Groups with junior members"),
            ("PRS for Music licence", "Groups promoting concerts in unlicensed venues"),
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], a)
        kit.set_cell(r.cells[1], b)
        kit.set_cell(r.cells[2], BOX)
    p()
    d.add_heading("Part E: Declaration", 1)
    p(
        "I declare that the information in this application is true and that the committee "
        "of the group has agreed to this application. If we receive a grant, we will spend it "
        "only on the project described, send the Foundation a short report and photographs "
        "within a year, and return any money we do not spend."
    )
    p("Please also tick to confirm:")
    kit.ticks(
        d,
        [
            "Our group has public liability insurance of at least £2 million.",
            "Our group has a data protection policy and keeps members' personal details safe.",
        ],
    )
    kit.details(d, ["Signed (chair or secretary)", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Orsdale Community Foundation, The Old Library, 4 Church Lane, Orsdale OD7 3PF. "
        "Telephone 01632 966 481. Registered charity number 1184302."
    )
    out = HERE / "orsdale-bands-choirs-and-orchestras-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wystanbury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wystanbury-music-societies-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Music Societies Small Grants 2027: application form")
    c.setAuthor("Wystanbury Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#5B2C6F")

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
    c.drawString(50, state["y"], "Wystanbury Town Council")
    state["y"] -= 22
    txt("Music Societies Small Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Music Societies Small Grants help choirs, bands, orchestras and other amateur music "
        "groups based in Wystanbury to buy instruments and music, hire rehearsal space and put "
        "on concerts for local people. Grants are up to £1,000."
    )
    state["y"] -= 4
    txt(
        "The Council will normally fund up to 50% of the cost of your project. Your group must "
        "find at least 50% from its own funds, subscriptions, concert income or other grants."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "clerk@wystanbury-tc.example.gov.uk by Friday 17 September 2027. For help, ring Alan "
        "Pemberton, Town Clerk, on 01632 967 334."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group", 100)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Charity number (if any)", 20)
    radios(
        "group_type",
        "Type of group",
        ["Choir", "Brass or silver band", "Orchestra", "Other music society"],
    )
    field("members", "Number of members", 5)
    radios("juniors", "Does your group have members under 18?", ["Yes", "No"])
    bar("Part B: Your project")
    box(
        "b1",
        "B1 Tell us about your group and the music you make. (up to 1,200 characters)",
        "B1 Tell us about your group and the music you make.",
        1200,
        100,
    )
    box(
        "b2",
        "B2 What will the grant pay for, and why does your group need it? (up to 1,800 characters)",
        "B2 What will the grant pay for, and why does your group need it?",
        1800,
        130,
    )
    box(
        "b3",
        "B3 How will the project benefit people who live in Wystanbury? (up to 1,200 characters)",
        "B3 How will the project benefit people who live in Wystanbury?",
        1200,
        100,
    )
    box(
        "b4",
        "B4 How will you encourage new members to join, including young people? (up to 900 "
        "characters)",
        "B4 How will you encourage new members to join, including young people?",
        900,
        80,
    )
    box(
        "b5",
        "B5 Please tell us about any concerts or events you are planning in the next twelve "
        "months.",
        "B5 Concerts or events planned in the next twelve months",
        0,
        80,
    )
    bar("Part C: Costs")
    field("cost_total", "Total cost of the project (£)", 10)
    field("own_funds", "Amount from your own funds or other grants (£)", 10)
    field("grant", "Grant requested (£)", 10)
    bar("Part D: Documents")
    txt("Please send these documents with your form and tick each one you are sending.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or set of rules")
    tick(
        "doc_accounts",
        "Your latest annual accounts, or an income and expenditure statement for the last "
        "year signed by two officers of the group",
    )
    tick("doc_quotes", "Two written quotes for the instruments, music or equipment you want to buy")
    tick("doc_safeguarding", "Your safeguarding policy, if your group has members under 18")
    tick(
        "doc_prs",
        "If the grant is for a public concert, a copy of your PRS for Music licence or the "
        "venue's confirmation that it holds one",
    )
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the grant will be spent "
        "only on this project, and that our group holds public liability insurance with cover "
        "of at least £5 million.",
    )
    field("signature", "Signature")
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Wystanbury Town Council, Town Hall, 1 Bridge Street, Wystanbury WY9 2EL. "
        "Telephone 01632 967 334.",
        9,
    )
    c.save()


def dunnerholme() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "dunnerholme-instruments-and-music-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Instruments and Music Fund 2027: guidance notes")
    c.setAuthor("Dunnerholme Music Trust")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Dunnerholme Music Trust: Instruments and Music Fund guidance notes")
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

    def bullet(t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 76 - 50)
        for i, line in enumerate(lines):
            room(14)
            c.setFont(font, 10)
            if i == 0:
                c.drawString(62, state["y"], "\u2022")
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        state["y"] -= 2

    def numbered(n: str, t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 76 - 50)
        for i, line in enumerate(lines):
            room(14)
            c.setFont(font, 10)
            if i == 0:
                c.drawString(56, state["y"], n)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        state["y"] -= 3

    def table(rows: list[tuple[str, str]], widths: tuple[int, int] = (370, 125)) -> None:
        for n, row in enumerate(rows):
            room(20)
            x = 50
            for text, wd in zip(row, widths, strict=True):
                c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
                c.setFont(bold if n == 0 else font, 9.5)
                c.drawString(x + 4, state["y"] - 13, text)
                x += wd
            state["y"] -= 18
        state["y"] -= 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Dunnerholme Music Trust")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Instruments and Music Fund 2027: guidance notes")
    state["y"] -= 24
    heading("1. About the Fund")
    para(
        "The Dunnerholme Music Trust was founded in 1962 by the Dunnerholme Colliery Band and "
        "its supporters. Today its Instruments and Music Fund helps brass and silver bands, "
        "choirs, orchestras and other amateur music groups in the borough of Dunnerholme to "
        "buy and repair the instruments and music they need. In 2027 the Trust has £36,000 to "
        "give, in grants of £300 to £4,000."
    )
    para(
        "Please read these notes before you fill in the application form. If you are not sure "
        "whether your group or project fits, talk to the Trust's secretary, Ruth Garside, on "
        "01632 968 117 or at grants@dunnerholmemusictrust.example.org.uk."
    )
    heading("2. Who can apply")
    para("You can apply if your group:")
    bullet(
        "is an amateur music group (a band, choir, orchestra or music society) that rehearses "
        "regularly in the borough of Dunnerholme;"
    )
    bullet(
        "has a written constitution or set of rules and a committee of at least three "
        "people who are not related;"
    )
    bullet("has a bank account in the group's name with at least two signatories;")
    bullet("is open to new members.")
    para(
        "Professional ensembles, schools, music services and individual musicians cannot "
        "apply. Groups that had a grant from the Fund in 2026 can apply again once they have "
        "sent us their end-of-grant report."
    )
    heading("3. What the Fund pays for")
    para("We can pay for:")
    bullet("new or second-hand instruments, including percussion, and their cases;")
    bullet("repairs and overhauls of instruments the group owns;")
    bullet("sheet music, band books, music stands and stand lights;")
    bullet("instruments to lend to learners and junior members.")
    para("We cannot pay for:")
    bullet("uniforms, travel to contests, or conductors' or tutors' fees;")
    bullet("instruments that will belong to an individual player rather than the group;")
    bullet("anything you have already bought or ordered before we make our decision.")
    para(
        "The Trust will fund up to 75% of the cost of the instruments or music you want to "
        "buy. Your group must raise at least 25% of the cost itself, for example from "
        "concerts, subscriptions, sponsorship or another funder."
    )
    heading("4. How to apply")
    para(
        "Download the application form from www.dunnerholmemusictrust.example.org.uk/apply, "
        "or ask the secretary to post you a copy. The form asks for your group's details and "
        "five questions about your group, the instruments or music you want, how they will be "
        "used and looked after, and how you will raise your share of the cost. Each answer can "
        "be up to 300 words. Send the completed form and the documents below by email or post "
        "to the address at the end of these notes."
    )
    heading("5. What to send with your application")
    para("Every group must send:")
    numbered("1.", "a copy of your constitution or rules, signed by your chair;")
    numbered(
        "2.",
        "your latest annual accounts. These should be independently examined or audited; if "
        "your annual income is under £10,000 we accept accounts signed by your treasurer and "
        "one other committee member;",
    )
    numbered("3.", "a bank statement from the last three months;")
    numbered(
        "4.",
        "a quote for each item you want us to fund (two quotes for any instrument costing "
        "more than £1,000);",
    )
    numbered(
        "5.",
        "an up-to-date list of the instruments your group owns, with their approximate value "
        "and who is using each one;",
    )
    numbered(
        "6.",
        "a copy of your insurance schedule showing that the group's instruments are insured, "
        "including when they are lent to players.",
    )
    para("If your group has members under 18, please also send:")
    numbered("7.", "your safeguarding policy, and the name of your welfare officer;")
    numbered(
        "8.",
        "a list of the adults who lead or supervise junior rehearsals, with the dates of their "
        "enhanced DBS checks.",
    )
    para(
        "Your group must also have an equal opportunities policy. You do not need to send it, "
        "but we may ask to see it."
    )
    heading("6. Insurance")
    para(
        "All groups must hold public liability insurance of at least £10 million. Many bands "
        "and choirs are covered through their association's group policy. You do not need to "
        "send the public liability certificate."
    )
    heading("7. How we decide")
    para("The trustees score each application out of 100:")
    table(
        [
            ("What we look at", "Points"),
            ("Need: why the group needs the instruments or music now", "30"),
            ("Benefit: how many players, learners and audiences will benefit", "30"),
            ("Care: how the group will insure and look after what it buys", "20"),
            ("Value for money and the group's own contribution", "20"),
        ]
    )
    heading("8. Timetable")
    table(
        [
            ("What happens", "When"),
            ("Fund opens", "1 March 2027"),
            ("Closing date", "Friday 28 May 2027"),
            ("Trustees meet", "July 2027"),
            ("We tell you our decision", "By 31 July 2027"),
            ("Instruments bought", "Within six months of the offer"),
        ]
    )
    heading("9. Questions groups often ask")
    para("Can we buy second-hand instruments?", 10, bold)
    para(
        "Yes, from a dealer or a repairer who will give a written quote and guarantee. We "
        "cannot fund instruments bought privately."
    )
    para("Do we have to be a registered charity?", 10, bold)
    para("No. Constituted groups that are not charities can apply.")
    para("Who owns the instruments the grant buys?", 10, bold)
    para(
        "The group does. They must be listed on your instrument list and insured, and if the "
        "group closes they must be offered to another group in the borough."
    )
    para("Can we apply for help with concert costs?", 10, bold)
    para(
        "Not from this Fund. Ask us about the Trust's Concerts in the Community grants, which "
        "open in the autumn."
    )
    heading("10. Contact us")
    para(
        "The Secretary, Dunnerholme Music Trust, 22 Colliery Road, Dunnerholme DH5 8NW. "
        "Telephone 01632 968 117. Registered charity number 1031756.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    hessleby()
    orsdale()
    wystanbury()
    dunnerholme()
