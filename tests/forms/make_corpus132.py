"""Build set 132's Word and PDF documents (typical care leavers' and young people leaving care
support grants: a borough council corporate parenting board's Care Leavers Community Grant
application, a community foundation's Care Leavers Fund guidance notes, a county council's
Setting Up Home Community Grant form as a fillable PDF and a children's trust's mentoring and
peer support grant form printed to a text PDF, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus132.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def _shade(cell, fill: str = "DEEAF6") -> None:
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


def _pairs(d, rows: list[tuple[str, str]]) -> None:
    """A label / cell table whose right-hand cells may carry tick boxes."""
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
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


def _ticked(d, docs: list[str]) -> None:
    """A documents table with an 'Enclosed' tick column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def _table(d, rows: list[tuple[str, ...]]) -> None:
    """A filled-in table with a shaded header row (guidance)."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for n, (r, texts) in enumerate(zip(t.rows, rows, strict=True)):
        for c, text in zip(r.cells, texts, strict=True):
            kit.set_cell(c, text, bold=n == 0)
            if n == 0:
                _shade(c)
    d.add_paragraph()


def mellorby() -> None:
    d = kit.new_document(
        FIXED,
        "Care Leavers Community Grant 2027/28: application form",
        "Mellorby Borough Council",
    )
    p = d.add_paragraph
    d.add_heading("Mellorby Borough Council", 0)
    p("Corporate Parenting Board: Care Leavers Community Grant 2027/28")
    p("Application form")
    p(
        "As corporate parents, the Council and its partners want every young person leaving "
        "our care to have the support a good parent would give. The Care Leavers Community "
        "Grant helps voluntary and community groups in Mellorby to run activities for "
        "care-experienced young people aged 16 to 25: mentoring, life skills, peer support, "
        "setting-up-home help, sport and creative activities and celebration events."
    )
    p(
        "Grants are from £500 to £5,000. We can fund the whole cost of your project; you do "
        "not need to find match funding."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type or write clearly "
        "in the boxes and keep to the word limits. Email the completed form and your documents "
        "to corporateparenting@mellorby.example.gov.uk by 5pm on Friday 16 July 2027."
    )
    d.add_heading("Do you need this form in another format?", 2)
    p(
        "We can send this form in large print or another format. Ring the Corporate Parenting "
        "Team on 01632 960 447 and ask for Nadia Fairweather."
    )
    d.add_heading("Section 1: About your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity or company number (if any)",
        ],
        shade=True,
    )
    p()
    _pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Community interest company   {BOX} Constituted community group   "
                f"{BOX} Other",
            ),
            (
                "Does your organisation have a designated safeguarding lead?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("Name of your designated safeguarding lead", ""),
            (
                "Is your organisation registered with the Information Commissioner's Office?",
                f"{BOX} Yes   {BOX} No   {BOX} Not required",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    _question(
        d,
        "2.1 Tell us about your organisation and your experience of working with "
        "care-experienced young people. (maximum 200 words)",
    )
    _question(
        d,
        "2.2 What will you do with the grant? Describe the activities, who will deliver them "
        "and where they will take place. (maximum 300 words)",
        4200,
    )
    _question(
        d,
        "2.3 How many care leavers will take part, and how will they be referred to you? "
        "Please tell us how you will work with the Council's Leaving Care Team and young "
        "people's personal advisers. (maximum 200 words)",
    )
    _question(
        d,
        "2.4 How have young people with care experience helped to shape this project? "
        "(maximum 150 words)",
        2400,
    )
    _question(
        d,
        "2.5 What difference will the project make to the young people who take part, and "
        "how will you know? (maximum 250 words)",
    )
    _question(
        d,
        "2.6 How will you keep young people safe? Include how you check that staff and "
        "volunteers are suitable to work with them. (maximum 200 words)",
    )
    _question(d, "2.7 Is there anything else you would like to tell us about your project?", 2000)
    d.add_heading("Section 3: Costs", 1)
    _details(d, ["Project start date", "Project end date"], shade=True)
    p()
    p("Please list what the grant will pay for.")
    _grid(d, ["Item or activity", "Cost (£)"], 6)
    _details(
        d,
        ["Total cost of the project (£)", "Amount you are asking us for (£)"],
        shade=True,
    )
    p()
    _pairs(
        d,
        [
            (
                "Have you asked any other funder for money for this project?",
                f"{BOX} Yes   {BOX} No",
            )
        ],
    )
    p()
    d.add_heading("Section 4: Documents to send with this form", 1)
    p("Please send these documents with your form and tick each one you have enclosed.")
    _ticked(
        d,
        [
            "A copy of your constitution, set of rules or memorandum and articles of association",
            "Your most recent annual accounts, signed by your treasurer or chair (if your group "
            "is less than a year old, send your last three months' bank statements instead)",
            "Your safeguarding policy, covering young people under 18 and adults at risk",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "If your project includes a residential trip or outdoor activities, your risk "
            "assessment for them",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement to confirm it, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct and I am authorised to apply on behalf of "
            "the organisation.",
            "Everyone who will work with young people on this project, paid or unpaid, has an "
            "enhanced DBS check that is less than three years old.",
            "We have a data protection policy, and we will ask young people for their consent "
            "before we share their information or use their photographs.",
        ],
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Corporate Parenting Team, Mellorby Borough Council, Civic Centre, Castle Street, "
        "Mellorby ML3 4QP. Telephone 01632 960 447."
    )
    out = HERE / "mellorby-care-leavers-community-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def amberlode() -> None:
    d = kit.new_document(
        FIXED, "Care Leavers Fund 2027: guidance notes", "Amberlode Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Amberlode Community Foundation", 0)
    p("Care Leavers Fund 2027: guidance notes for applicants")
    p(
        "Amberlode Community Foundation manages charitable funds for local donors and gives "
        "grants to voluntary and community groups across Amberlode. The Care Leavers Fund was "
        "set up with Amberlode County Council's Corporate Parenting Panel and three local "
        "businesses to help young people who have left care to live independently and to "
        "feel part of their community."
    )
    d.add_heading("1. About the fund", 1)
    p(
        "The fund gives grants of £1,000 to £7,500 for projects lasting up to 12 months. "
        "We have about £90,000 to give in 2027. Projects should support care-experienced "
        "young people aged 16 to 25 who live in Amberlode."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community "
        "interest company limited by guarantee or a constituted voluntary group;"
    )
    bullet("works in Amberlode, or runs this project in Amberlode;")
    bullet("has a management committee or board of at least three unrelated people;")
    bullet("has a bank account in its own name that needs two people to sign;")
    bullet("has a safeguarding policy and a named safeguarding lead.")
    p(
        "We cannot fund individuals. Young people who need help with their own costs should "
        "speak to their personal adviser about the Council's setting-up-home allowance."
    )
    d.add_heading("3. What we fund", 1)
    _table(
        d,
        [
            ("We can fund", "We cannot fund"),
            (
                "Mentoring and befriending by trained volunteers",
                "Statutory services the Council must provide",
            ),
            (
                "Life skills: cooking on a budget, managing money, keeping a tenancy",
                "Payments or gifts of cash to young people",
            ),
            (
                "Peer support groups run by or with care-experienced young people",
                "Religious or political activities",
            ),
            (
                "Setting-up-home packs and help to furnish a first home",
                "Activities that have already happened",
            ),
            (
                "Celebration and achievement events, trips and residentials",
                "Fundraising events or general appeals",
            ),
        ],
    )
    p(
        "We can pay for staff time, volunteer expenses, training, venue hire, equipment, "
        "food, travel for young people and a fair share of your running costs."
    )
    d.add_heading("4. Match funding", 1)
    p(
        "We will fund up to 90% of the total cost of your project. You will need to find at "
        "least 10% from your own funds or from another funder. Volunteer time does not count "
        "towards the 10%."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the Foundation's grants portal at "
        "grants.amberlodefoundation.example.org.uk. The online form has six questions about "
        "your organisation, your project, how young people will be referred and kept safe "
        "and how you will measure the difference you make; the longest answer allowed is 300 "
        "words. You can save your form and come back to it."
    )
    p(
        "Before you apply, please contact the Leaving Care Service (the County Council's 18+ "
        "Team) so that they know about your project. Young people will usually be referred to "
        "you by their personal adviser, and you will need to agree how referrals and "
        "information sharing will work."
    )
    d.add_heading("6. What you need to upload", 1)
    p("Every applicant must upload:")
    bullet("your governing document (constitution, trust deed or articles of association);")
    bullet(
        "your most recent annual accounts. Accounts signed by your treasurer are fine; "
        "organisations with an income over £25,000 must send independently examined or "
        "audited accounts. If you are a new group and have not produced accounts yet, send a "
        "statement of your income and spending so far, signed by your treasurer, instead;"
    )
    bullet("a bank statement from the last three months showing your organisation's name;")
    bullet("your safeguarding policy;")
    bullet(
        "a letter or email of support from the Leaving Care Service saying that they know "
        "about your project and will refer young people to it."
    )
    p("Some applicants will also need to upload:")
    bullet(
        "if your staff or volunteers will meet young people on their own (for example as "
        "mentors or when delivering furniture), your lone working policy;"
    )
    bullet("if you are asking for more than £3,000, a budget showing the full cost of the project.")
    d.add_heading("7. Policies, DBS checks and insurance", 1)
    p(
        "You must also have an equality and diversity policy and a data protection policy "
        "that explains how you ask young people for consent and how you store their "
        "information. You do not need to send these to us, but we may ask to see them."
    )
    p(
        "Anyone who works with young people under 18 or adults at risk must have an "
        "enhanced DBS check. We do not need to see the certificates."
    )
    p(
        "Your organisation must hold public liability insurance with cover of at least "
        "£10 million. You do not need to send us the certificate."
    )
    d.add_heading("8. How we assess applications", 1)
    _table(
        d,
        [
            ("What we look at", "Weight"),
            ("Need: why care leavers in Amberlode need the project", "30%"),
            ("Young people's voice in planning and running it", "25%"),
            ("Working with the Leaving Care Service and other partners", "20%"),
            ("Safe practice and good management", "15%"),
            ("Value for money", "10%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    _table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "3 May 2027"),
            ("Closing date", "Noon on 25 June 2027"),
            ("Grants panel (including two care-experienced young people)", "September 2027"),
            ("Decisions sent", "By 30 September 2027"),
        ],
    )
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("Can we apply if we have had a grant from the Foundation before?", 3)
    p("Yes, as long as you have sent us the end-of-grant report for your last grant.")
    d.add_heading("Can young people apply for money for themselves?", 3)
    p("No. The fund only gives grants to organisations.")
    d.add_heading("Do we need a referral agreement with the Council?", 3)
    p(
        "Not a formal one, but the Leaving Care Service must know about your project and be "
        "happy to refer young people to it, which is why we ask for their letter or email."
    )
    d.add_heading("Who can I talk to?", 3)
    p(
        "Ring Callum Ashdown, Grants Officer, on 01632 961 580 or email "
        "grants@amberlodefoundation.example.org.uk."
    )
    p(
        "Amberlode Community Foundation, 14 Wharf Road, Amberlode AM2 7JD. Registered charity "
        "number 1192846."
    )
    out = HERE / "amberlode-care-leavers-fund-guidance-notes.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wychcombe() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wychcombe-setting-up-home-community-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Setting Up Home Community Grant 2027/28: application form")
    c.setAuthor("Wychcombe County Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#1F5C63")

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
    c.drawString(50, state["y"], "Wychcombe County Council")
    state["y"] -= 22
    txt("Setting Up Home Community Grant 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Moving into a first home is hard for any young person, and harder for young people "
        "leaving care. This grant helps community groups, charities and social enterprises in "
        "Wychcombe to give care leavers setting-up-home packs (bedding, kitchen equipment, "
        "cleaning things and small furniture) and help to settle in, alongside the Council's "
        "own setting-up-home allowance."
    )
    state["y"] -= 4
    txt(
        "Grants are from £1,000 to £8,000 for one year. Young people must be referred to you "
        "by the Council's Leaving Care Team or their personal adviser."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with your documents, to "
        "leavingcaregrants@wychcombe.example.gov.uk by 30 September 2027. Questions? Ring "
        "Tomasz Reid on 01632 962 318."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("org_address", "Address", 200)
    field("org_postcode", "Postcode", 8)
    field("contact_name", "Contact name", 60)
    field("contact_position", "Position", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "Type of organisation",
        [
            "Registered charity",
            "CIO",
            "Community interest company",
            "Constituted community group",
            "Other",
        ],
    )
    bar("Part B: Your project")
    field("project_title", "Project title", 80)
    field("amount", "Amount requested (£)", 10)
    field("total_cost", "Total cost of the project (£)", 10)
    field("start_date", "Date the project will start", 10)
    radios(
        "under18",
        "Will any young people under 18 take part in the project?",
        ["Yes", "No"],
    )
    bar("Part C: About the project")
    box(
        "c1",
        "C1 Describe your project. What will go into each setting-up-home pack, and how will "
        "young people choose what they need? (up to 1,500 characters)",
        "C1 Describe your project and what will go into each setting-up-home pack",
        1500,
        120,
    )
    box(
        "c2",
        "C2 How will young people be referred to you? Tell us about your arrangement with the "
        "Leaving Care Team. (up to 900 characters)",
        "C2 How will young people be referred to you?",
        900,
        80,
    )
    box(
        "c3",
        "C3 How many young people will you support in the year, and how did you work out this "
        "number?",
        "C3 How many young people will you support, and how did you work this out?",
        600,
        60,
    )
    box(
        "c4",
        "C4 How will you keep young people's personal information safe, and how will you get "
        "their consent to share it with the Leaving Care Team? (up to 600 characters)",
        "C4 How will you keep young people's information safe and get their consent?",
        600,
        60,
    )
    box(
        "c5",
        "C5 How will you make sure the items are good quality and reach young people before "
        "they move in? (up to 900 characters)",
        "C5 How will you make sure items are good quality and arrive on time?",
        900,
        80,
    )
    box(
        "c6",
        "C6 Is there anything else you would like to tell us?",
        "C6 Anything else you would like to tell us",
        0,
        70,
    )
    bar("Part D: Costs")
    txt("Please split the amount you are asking for between these headings.")
    state["y"] -= 4
    field("cost_packs", "Setting-up-home packs (£)", 10)
    field("cost_delivery", "Delivery, storage and volunteer costs (£)", 10)
    field("cost_other", "Other costs (£)", 10)
    bar("Part E: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or other governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts, signed by your treasurer or an independent examiner",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate (cover of at least £5,000,000)",
    )
    tick("doc_volunteer", "Your volunteer policy, if volunteers will help with the project")
    bar("Part F: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that everyone who will have "
        "unsupervised contact with young people under 18 has an enhanced DBS check, and that "
        "the grant will be spent only on this project.",
    )
    field("dec_name", "Name", 60)
    field("dec_position", "Position", 60)
    field("dec_signature", "Signature", 60)
    field("dec_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Leaving Care Team, Wychcombe County Council, County Hall, Abbey Road, Wychcombe "
        "WY1 3TS. Telephone 01632 962 318.",
        9,
    )
    c.save()


def lowenby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lowenby-care-leavers-mentoring-and-peer-support-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Mentoring and Peer Support Grants for Care Leavers: application form")
    c.setAuthor("Lowenby Children's Trust")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Lowenby Children's Trust: Mentoring and Peer Support Grants")
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
        room(130)
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

    def grid(headers: list[str], widths: list[float], rows: int) -> None:
        room(22 * (rows + 1) + 10)
        x0 = 76
        y = state["y"]
        c.setFont(bold, 10)
        x = x0
        for h, wd in zip(headers, widths, strict=True):
            c.rect(x, y - 20, wd, 20, stroke=1, fill=0)
            c.drawString(x + 4, y - 14, h)
            x += wd
        for r in range(rows):
            x = x0
            for wd in widths:
                c.rect(x, y - 20 - 20 * (r + 1), wd, 20, stroke=1, fill=0)
                x += wd
        state["y"] = y - 20 * (rows + 1) - 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Lowenby Children's Trust")
    state["y"] -= 24
    para("Mentoring and Peer Support Grants for Care Leavers", 13, bold)
    para("Application form 2027", 11, bold)
    para(
        "The Trust gives grants of up to £10,000 a year, for one or two years, to voluntary "
        "organisations in Lowenby that offer mentoring or peer support to young people aged 16 "
        "to 25 who have been in care. We work closely with Lowenby City Council's Leaving Care "
        "Team, which refers most young people to the projects we fund."
    )
    para(
        "We can fund up to 75% of your project costs. You will need to find the remaining 25% "
        "from elsewhere, for example your own reserves or another grant."
    )
    para(
        "Please fill in every section, using the boxes. If you cannot fit your answer in a box "
        "you may continue on a separate sheet, but please keep to the word limits. Post or "
        "email the form and your documents to the address on the last page."
    )
    heading("Section 1: Your organisation")
    item("1", "Name of organisation")
    item("2", "Address")
    item("3", "Postcode")
    item("4", "Contact name")
    item("5", "Position")
    item("6", "Telephone")
    item("7", "Email")
    item("8", "Charity number (if registered)")
    choice("9", "Does your organisation have a written safeguarding policy?", ["Yes", "No"])
    item("10", "Number of paid staff")
    item("11", "Number of volunteers")
    room(400)  # keep the heading with question 12's box
    heading("Section 2: Your project")
    question(
        "12",
        "Tell us about your mentoring or peer support project: what you will do, where and "
        "how often. (no more than one side of A4)",
        300,
    )
    question(
        "13",
        "How will you recruit, train and support your mentors or peer supporters? "
        "(no more than 300 words)",
        200,
    )
    question(
        "14",
        "How will you match mentors with young people, and how will the Leaving Care Team "
        "refer young people to you? (no more than 200 words)",
        150,
    )
    question(
        "15",
        "What outcomes do you expect for the young people, and how will you measure them? "
        "(no more than 250 words)",
        170,
    )
    question(
        "16",
        "How will care-experienced young people be involved in running the project?",
        150,
    )
    heading("Section 3: Costs")
    para("Please list the main costs of the project for one year.")
    grid(["Item", "Cost (£)"], [330, 139], 6)
    item("17", "Total cost of the project (£)")
    item("18", "Amount requested from the Trust (£)")
    item("19", "Other funding already secured (£)")
    heading("Section 4: Documents")
    para("Please send these documents with your application:")
    for n, t in enumerate(
        [
            "Your governing document (constitution, trust deed or articles of association).",
            "Your most recent annual accounts, independently examined or audited.",
            "Your safeguarding policy, covering children and adults at risk.",
            "One reference from someone who knows your work with young people but is not part "
            "of your organisation, for example a personal adviser, teacher or youth worker.",
            "If the project is new, your project plan with the main milestones for the first year.",
            "Your health and safety policy, if you run activities away from your own premises.",
        ],
        start=1,
    ):
        para(f"{n}. {t}", x=62)
    para(
        "Your organisation must hold public liability insurance of at least £2 million. You do "
        "not need to send the certificate. Everyone who mentors young people must have an "
        "enhanced DBS check before they start."
    )
    heading("Section 5: Declaration")
    para(
        "I confirm that the information in this application is correct, that the organisation "
        "will use any grant only for the project described, and that we will send the Trust a "
        "report at the end of each year of the grant."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 10
    room(90)
    c.rect(50, state["y"] - 70, w - 100, 70, stroke=1, fill=0)
    c.setFont(bold, 9)
    c.drawString(56, state["y"] - 14, "FOR OFFICE USE ONLY")
    c.setFont(font, 9)
    c.drawString(56, state["y"] - 30, "Reference:                     Date received:")
    c.drawString(56, state["y"] - 46, "Documents checked:          Panel date:")
    state["y"] -= 84
    para(
        "Lowenby Children's Trust, 2 Chapel Yard, Lowenby LW5 8EA. Telephone 01632 963 072. "
        "Email grants@lowenbychildrenstrust.example.org.uk. Registered charity number 1167390.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    mellorby()
    amberlode()
    wychcombe()
    lowenby()
