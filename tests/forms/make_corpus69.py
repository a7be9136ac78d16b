"""Build set 69's Word and PDF documents (typical council grants for digital inclusion, adult
skills and employment support: device lending and digital champions, ESOL and basic skills
small grants, employability and volunteering into work, community learning).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus69.py
"""

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 9, 0, 0)
BOX = "\u2610"


def _new(title: str, author: str, font: str, size: float):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    return d


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _row_height(row, twips: int) -> None:
    """Fix a table row's height (trHeight, rule atLeast): the room left to write in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _set(cell, text: str, bold: bool = False, italic: bool = False):
    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    return par


def _header_text(d, text: str) -> None:
    """Put a protective marking and reference in the page header, as council templates do."""
    p = d.sections[0].header.paragraphs[0]
    p.text = text


class _Word:
    """The few helpers an ordinary council procurement document in Word is made of."""

    def __init__(self, d, shade: str) -> None:
        self.d = d
        self.shade = shade

    def para(self, text: str = "", bold: bool = False, italic: bool = False):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def bullet(self, text: str):
        return self.d.add_paragraph(text, style="List Bullet")

    def number(self, text: str):
        return self.d.add_paragraph(text, style="List Number")

    def heading(self, text: str, level: int = 2):
        return self.d.add_heading(text, level=level)

    def details(self, rows: list[str]) -> None:
        """A label / empty box table, one row per detail."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _row_height(row, 420)
        self.para()

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """A key facts table the council has filled in (nothing for the supplier to write)."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _set(row.cells[1], value)
        self.para()

    def question(self, text: str, height: int = 2800) -> None:
        """A two-row table: the question shaded, an empty answer cell under it."""
        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], text, bold=True)
        _shade(t.rows[0].cells[0], self.shade)
        _row_height(t.rows[1], height)
        self.para()

    def answer_box(self, height: int = 4000) -> None:
        """A one-cell table left empty for the answer."""
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], height)
        self.para()

    def grid(self, header: list[str], rows: list[list[str]], height: int = 380) -> None:
        t = self.d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            _set(t.rows[0].cells[i], h, bold=True)
            _shade(t.rows[0].cells[i], self.shade)
        for r in rows:
            row = t.add_row()
            for i, v in enumerate(r):
                _set(row.cells[i], v)
            _row_height(row, height)
        self.para()


def corvelly() -> None:
    """A borough council's Word application form for digital inclusion small grants: details
    table, numbered questions each in a shaded box over an empty cell, "(max N words)",
    tick boxes drawn as characters, a "What you need to send" checklist, signature table."""
    from docx.shared import Pt

    d = _new(
        "Digital Inclusion Small Grants 2027-28 application form",
        "Corvelly Borough Council",
        "Arial",
        11,
    )
    _header_text(d, "Corvelly Borough Council  |  Digital Inclusion Small Grants  |  Form DI1")
    w = _Word(d, "D9E8F5")
    t = d.add_paragraph()
    r = t.add_run("Corvelly Borough Council")
    r.bold, r.font.size = True, Pt(16)
    d.add_heading("Digital Inclusion Small Grants 2027-28", level=1)
    w.para("Application form", bold=True)
    w.para(
        "Grants of £500 to £3,000 are available to voluntary and community groups in Corvelly "
        "that help residents get online safely and with confidence: lending laptops, tablets "
        "and data, training digital champions, and running drop-in help sessions."
    )
    w.para(
        "Please read the guidance notes before you fill in this form. Type or write clearly in "
        "black ink. Keep to the word limits; we will not read beyond them. We can fund up to "
        "100% of the cost of your project, so you do not need to find match funding."
    )
    w.para(
        "Return the form and your supporting documents by 5pm on Friday 26 February 2027 to "
        "communitygrants@corvelly.example.gov.uk, or post them to Community Grants, Corvelly "
        "Borough Council, Town Hall, Market Street, Corvelly CV9 1AA."
    )
    w.heading("Section 1: About your organisation")
    w.details(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in organisation",
            "Telephone",
            "Email",
            "Charity or company number (if you have one)",
        ]
    )
    w.para("Type of organisation (tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation (CIO)    "
        f"{BOX} Constituted community group    {BOX} Community interest company    "
        f"{BOX} Other (please say)  ____________________"
    )
    w.heading("Section 2: Your project")
    w.details(["2.1 Project title"])
    w.question("2.2 Describe your project. What will you do, where and when? (max 300 words)", 4200)
    w.question(
        "2.3 Who will benefit? Tell us roughly how many people, and how you will reach "
        "residents who are not online at the moment. (max 200 words)",
        3200,
    )
    w.para(
        f"2.4 Will you lend devices (laptops, tablets or phones) to residents?    "
        f"{BOX} Yes    {BOX} No",
        bold=True,
    )
    w.question(
        "2.5 How will you recruit, train and support your digital champions? (max 250 words)", 3600
    )
    w.question("2.6 How will you know the project has worked? (max 150 words)", 2600)
    w.details(["2.7 Start date", "2.8 End date"])
    w.heading("Section 3: Costs")
    w.para("3.1 Please list what the grant will pay for. Include VAT if you cannot reclaim it.")
    w.grid(["Item or activity", "Cost (£)"], [["", ""] for _ in range(6)] + [["Total", ""]])
    w.details(["3.2 Total cost of the project (£)", "3.3 Amount you are asking us for (£)"])
    w.para("3.4 Other funding for this project, if any (funder and amount)", bold=True)
    w.grid(["Funder", "Amount (£)", "Secured or applied for?"], [["", "", ""] for _ in range(3)])
    w.heading("Section 4: What you need to send")
    w.para(
        "Please tick to show what you have enclosed. We cannot assess your application "
        "until we have everything on this list that applies to you."
    )
    for item in [
        "A copy of your constitution, set of rules or other governing document",
        "Your latest annual accounts (they do not need to be independently examined) or, if "
        "your group is less than a year old, your last three months' bank statements",
        "A copy of your public liability insurance certificate (minimum cover £5 million)",
        "Your safeguarding policy, if your project works with children or adults at risk",
        "A quote for any single item of equipment costing over £500",
    ]:
        w.para(f"{BOX}  {item}")
    w.heading("Section 5: Declaration")
    w.para(
        "I confirm that the information in this application is true and complete, that our "
        "organisation has an equal opportunities policy, and that any grant will be spent "
        "only on the project described. I understand that the council may ask for the grant "
        "to be repaid if it is not used for this purpose."
    )
    w.details(["Signature", "Print name", "Position", "Date"])
    w.para("For office use only: Ref ________  Received ________  Officer ________", italic=True)
    out = HERE / "corvelly-digital-inclusion-small-grants-application-form.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def fernacre() -> None:
    """A county council adult learning service's guidance notes for community learning
    grants, in Word: numbered headings, a key facts table, the online form's questions
    described, a "What you need to send" list, FAQs. Several pages long."""
    d = _new(
        "Community Learning Grants 2027-28 Guidance notes",
        "Fernacre County Council Adult Learning Service",
        "Calibri",
        11,
    )
    _header_text(d, "Fernacre Adult Learning  |  Community Learning Grants  |  Guidance notes")
    w = _Word(d, "E8F0E0")
    d.add_heading("Community Learning Grants 2027-28", level=0)
    w.para("Guidance notes for applicants", bold=True)
    w.para("Fernacre County Council Adult Learning Service", italic=True)
    w.facts(
        [
            ("Grants available", "£1,000 to £10,000"),
            ("Total fund", "£180,000"),
            ("Opens", "Monday 11 January 2027"),
            ("Closing date", "Midday, Friday 5 March 2027"),
            ("Decisions", "By the end of April 2027"),
            ("Projects must finish by", "31 July 2028"),
            ("Contact", "communitylearning@fernacre.example.gov.uk  /  01632 960 771"),
        ]
    )
    w.heading("1. About the fund", 1)
    w.para(
        "Community Learning Grants are paid from the council's Adult Skills Fund allocation. "
        "They help voluntary and community groups run informal learning for adults aged 19 "
        "and over, close to where people live, for residents who are unlikely to go to a "
        "college or our adult learning centres. We are especially keen to fund learning that "
        "builds confidence, English, maths and digital skills, and that helps people take the "
        "next step to further learning, volunteering or work."
    )
    w.heading("2. Who can apply", 1)
    for t in [
        "registered charities and charitable incorporated organisations;",
        "constituted voluntary and community groups with a bank account in the group's name "
        "needing two unrelated signatories;",
        "community interest companies limited by guarantee;",
        "parish and town councils working with a community partner.",
    ]:
        w.bullet(t)
    w.para(
        "Your group must be based in Fernacre or run the learning for Fernacre residents. We "
        "cannot fund individuals, schools, colleges, private training providers or "
        "organisations that distribute profits to members."
    )
    w.heading("3. What we fund", 1)
    w.para("We can pay for:")
    for t in [
        "tutor and crèche costs;",
        "room hire and learners' travel;",
        "learning materials and small items of equipment;",
        "volunteer expenses and training for volunteer learning champions;",
        "a share of a coordinator's time where it is needed to run the learning.",
    ]:
        w.bullet(t)
    w.para("We cannot pay for:")
    for t in [
        "courses leading to qualifications already funded elsewhere (for example through a "
        "college);",
        "activities that have already started or costs you have already paid;",
        "religious or party political activity;",
        "buildings, vehicles or general running costs unrelated to the learning.",
    ]:
        w.bullet(t)
    w.heading("4. Paying your share", 1)
    w.para(
        "We expect you to contribute at least 10% of the total cost of the project. Your "
        "contribution can be in cash from your own funds or another funder, or in kind, for "
        "example free use of a room or volunteers' time valued at £12 an hour. Tell us on the "
        "form what your contribution is made of."
    )
    w.heading("5. How to apply", 1)
    w.para(
        "Apply using the online application form on the council's website, "
        "www.fernacre.example.gov.uk/communitylearning. You can save your answers and come "
        "back to them. If you cannot use the online form, ring us and we will send you a Word "
        "version."
    )
    w.para("The form has four parts:")
    for t in [
        "Part A: your organisation's details and bank account;",
        "Part B: your learning project. You will be asked what learning you will offer, who "
        "your learners are and how you will reach them, what difference the learning will "
        "make and how learners will progress. Each answer has a limit of 250 words;",
        "Part C: costs, including your 10% contribution;",
        "Part D: the declaration and uploads.",
    ]:
        w.bullet(t)
    w.heading("6. What you need to send", 1)
    w.para("Every applicant must upload:")
    for t in [
        "your governing document (constitution, set of rules or articles of association), "
        "signed and dated;",
        "your most recent annual accounts. If your annual income is over £25,000 they must be "
        "independently examined or audited; if it is £25,000 or less, accounts signed by your "
        "treasurer or chair are fine;",
        "your safeguarding policy, which must cover adults at risk and have been reviewed in "
        "the last two years;",
        "your equality and diversity policy.",
    ]:
        w.number(t)
    w.para("Some applicants must also upload:")
    for t in [
        "if your tutors or volunteers will work alone with adults at risk: written confirmation "
        "that they hold an enhanced DBS check;",
        "for grants over £5,000: a delivery plan showing when each course will run and how "
        "many learners you expect at each.",
    ]:
        w.bullet(t)
    w.para(
        "You must hold public liability insurance with cover of at least £5 million for the "
        "places where the learning happens. You do not need to send the certificate; give "
        "the insurer's name and the policy number on the form."
    )
    w.heading("7. How we decide", 1)
    w.para(
        "A panel of officers from Adult Learning and Communities scores each application "
        "against four criteria: need (30%), reaching learners (30%), quality of learning (25%) "
        "and value for money (15%). Applications scoring below 50% will not be funded."
    )
    w.heading("8. If you get a grant", 1)
    for t in [
        "we will send a grant agreement, which must be signed and returned before we pay;",
        "we pay 80% at the start and 20% when we receive your end-of-project report;",
        "you must record each learner's details on our enrolment form, because the funding "
        "comes from the Adult Skills Fund and we report on it to the Department for Education;",
        "you must acknowledge the council's support in publicity.",
    ]:
        w.bullet(t)
    w.heading("9. Questions people often ask", 1)
    for q, a in [
        (
            "Can we apply if we already have a grant from the council?",
            "Yes, but not for the same activity.",
        ),
        (
            "Can we charge learners a fee?",
            "Only a small voluntary contribution. Learners on benefits must not be charged.",
        ),
        (
            "We have never had a grant before. Can you help?",
            "Yes. Book a 30-minute call with a development officer by emailing the address on "
            "the front of these notes.",
        ),
    ]:
        w.para(q, bold=True)
        w.para(a)
    w.para(
        "Fernacre County Council Adult Learning Service, County Hall, Fernacre FR1 2AB. "
        "These notes are available in large print on request.",
        italic=True,
    )
    out = HERE / "fernacre-community-learning-grants-guidance-notes.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def larchmoor() -> None:
    """A city council's fillable PDF form for ESOL and basic skills small grants, made in
    Acrobat: labels on the page, tooltips from the labels, /MaxLen on the short fields and on
    two answer boxes "(up to N characters)", one box limited in words on the label only,
    Yes / No radio groups, document check boxes and a declaration check box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "larchmoor-esol-and-basic-skills-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Larchmoor City Council - ESOL and Basic Skills Small Grants - Application form")
    c.setAuthor("Larchmoor City Council Employment and Skills")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    navy = colors.HexColor("#1F3A68")
    fill = colors.HexColor("#EEF2F8")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(
            50,
            28,
            "Larchmoor City Council  |  ESOL and Basic Skills Small Grants  |  "
            "Form ESK-1  |  December 2026",
        )
        c.drawRightString(w - 50, 28, f"Page {state['page']} of 3")

    def room(need):
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 50

    def txt(t, x=50, size=10, font="Helvetica", leading=13):
        lines = simpleSplit(t, font, size, w - x - 50)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        room(60)
        state["y"] -= 8
        c.setFillColor(navy)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, lw=190, maxlen=0, height=17, multiline=False):
        room(height + 9)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"], label)
        form.textfield(
            name=name,
            tooltip=label,
            x=50 + lw,
            y=state["y"] - height + 12,
            width=w - 100 - lw,
            height=height,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline" if multiline else "",
        )
        state["y"] -= height + 7

    def box(name, label, height=150, maxlen=0):
        lines = simpleSplit(label, "Helvetica-Bold", 10, w - 100)
        room(len(lines) * 13 + height + 16)
        txt(label, font="Helvetica-Bold")
        state["y"] -= 2
        form.textfield(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - height + 10,
            width=w - 100,
            height=height,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 12

    def check(name, tip, label, x=50):
        lines = simpleSplit(label, "Helvetica", 10, w - x - 70)
        room(len(lines) * 13 + 4)
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=state["y"] - 3,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="check",
        )
        txt(label, x=x + 18)
        state["y"] -= 4

    def radios(name, label, values):
        lines = simpleSplit(label, "Helvetica", 10, 300)
        room(len(lines) * 13 + 12)
        top = state["y"]
        txt(label) if len(lines) > 1 else None
        if len(lines) == 1:
            c.setFont("Helvetica", 10)
            c.drawString(50, top, label)
            state["y"] -= 13
        x = 360
        for v in values:
            form.radio(
                name=name,
                value=v.replace(" ", ""),
                selected=False,
                x=x,
                y=top - 3,
                size=11,
                buttonStyle="circle",
                borderColor=colors.grey,
                fillColor=colors.white,
                forceBorder=True,
                tooltip=label,
            )
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 14, top, v)
            x += 14 + c.stringWidth(v, "Helvetica", 9.5) + 14
        state["y"] -= 10

    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Larchmoor City Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "ESOL and Basic Skills Small Grants 2027 - Application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Small grants of up to £2,500 for community groups running English for Speakers of "
        "Other Languages (ESOL), English, maths and everyday digital skills sessions for adults "
        "in Larchmoor. Fill in the boxes on screen, save the form and email it with your "
        "documents to skillsgrants@larchmoor.example.gov.uk. The boxes will not expand: please "
        "keep to the limits shown."
    )
    state["y"] -= 4
    txt(
        "We can pay up to 90% of the total cost of your sessions. You need to find at least 10% "
        "from elsewhere; this can be in kind, for example free use of a room or a volunteer "
        "tutor's time."
    )
    heading("Section A: Your organisation")
    field("org_name", "Name of organisation", maxlen=100)
    field("address", "Address", maxlen=250, height=40, multiline=True)
    field("postcode", "Postcode", maxlen=10)
    field("contact_name", "Contact name", maxlen=60)
    field("contact_role", "Role in the organisation", maxlen=60)
    field("phone", "Telephone", maxlen=20)
    field("email", "Email", maxlen=80)
    field("charity_no", "Charity or company number (if any)", maxlen=20)
    radios("org_type", "Type of organisation", ["Charity", "CIC", "Community group", "Faith group"])
    heading("Section B: Your sessions")
    field("project_title", "B1 Name of your project", maxlen=80)
    box(
        "b2_deliver",
        "B2 What will you deliver? Tell us about the ESOL or basic skills "
        "sessions, where and when they will run. (up to 1,800 characters)",
        170,
        1800,
    )
    box(
        "b3_learners",
        "B3 Who are your learners and how will you find them? (up to 1,200 characters)",
        130,
        1200,
    )
    box(
        "b4_difference",
        "B4 What difference will the sessions make to learners' lives? (no more than 200 words)",
        140,
    )
    field("b5_number", "B5 How many learners do you expect?", lw=230, maxlen=5)
    radios("b6_qualified", "B6 Do your tutors hold a teaching qualification?", ["Yes", "No"])
    heading("Section C: Costs")
    field("amount", "C1 Amount requested (£)", maxlen=8)
    field("total_cost", "C2 Total cost of the sessions (£)", maxlen=8)
    txt("C3 Cost breakdown (for example tutor fees, room hire, materials)", font="Helvetica-Bold")
    for i in range(1, 5):
        room(22)
        form.textfield(
            name=f"item_{i}",
            tooltip=f"C3 Item {i}",
            x=50,
            y=state["y"] - 6,
            width=330,
            height=17,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=60,
        )
        form.textfield(
            name=f"cost_{i}",
            tooltip=f"C3 Cost {i} (£)",
            x=390,
            y=state["y"] - 6,
            width=w - 440,
            height=17,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=8,
        )
        state["y"] -= 22
    heading("Section D: Documents")
    txt("Tick to show you have attached each document to your email.")
    state["y"] -= 4
    check("doc_constitution", "Constitution or set of rules", "Your constitution or set of rules")
    check(
        "doc_accounts",
        "Most recent annual accounts or bank statements",
        "Your most recent annual accounts or, if you have not yet completed a financial "
        "year, your last three months' bank statements",
    )
    check("doc_safeguarding", "Safeguarding policy", "Your safeguarding policy")
    check(
        "doc_elcert",
        "Employer's liability insurance certificate",
        "If you pay tutors or other staff: your employer's liability insurance certificate",
    )
    heading("Section E: Declaration")
    txt(
        "I confirm that the information on this form is correct, that our organisation holds "
        "public liability insurance of at least £5 million, and that we will tell the council "
        "at once if anything changes. I understand that the council may reclaim a grant that "
        "is not spent as agreed."
    )
    state["y"] -= 4
    check("declaration", "I agree to the declaration", "I agree to the declaration above")
    field("sign_name", "Name (this is your signature)", maxlen=60)
    field("sign_position", "Position", maxlen=60)
    field("sign_date", "Date", maxlen=10)
    folio()
    c.showPage()
    c.save()


def kestridge() -> None:
    """A district council's printable application form for employability and volunteering
    into work community grants, as Word prints it to PDF: numbered items 1-23, ruled lines
    for answers with "(no more than N words)", tick boxes, budget and other funding tables,
    a checklist, signature lines. A text PDF with no form fields."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kestridge-employability-community-grants-application-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Employability and Volunteering into Work Community Grants - Application form")
    c.setAuthor("Kestridge District Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    green = colors.HexColor("#2E6B30")
    state = {"y": h - 60, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            60,
            34,
            "Kestridge District Council  |  Employability and Volunteering "
            "into Work Community Grants  |  Application form 2027",
        )
        c.drawRightString(w - 60, 34, f"Page {state['page']}")

    def room(need):
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 60

    def para(t, size=10.5, font="Helvetica", x=60, leading=14):
        lines = simpleSplit(t, font, size, w - x - 60)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        room(50)
        state["y"] -= 8
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def lines(n, x=60):
        for _ in range(n):
            room(20)
            state["y"] -= 18
            c.setStrokeColor(colors.grey)
            c.line(x, state["y"], w - 60, state["y"])
        state["y"] -= 12

    def item(t, n=1):
        para(t, font="Helvetica-Bold")
        lines(n)

    def grid(header, rows, widths):
        room(18 * (rows + 1) + 10)
        x0, y = 60, state["y"]
        c.setFont("Helvetica-Bold", 9.5)
        x = x0
        for hd, wd in zip(header, widths, strict=True):
            c.rect(x, y - 5, wd, 18, stroke=1, fill=0)
            c.drawString(x + 4, y, hd)
            x += wd
        for _ in range(rows):
            y -= 18
            x = x0
            for wd in widths:
                c.rect(x, y - 5, wd, 18, stroke=1, fill=0)
                x += wd
        state["y"] = y - 24

    c.setFillColor(green)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, state["y"], "Kestridge District Council")
    state["y"] -= 26
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, state["y"], "Employability and Volunteering into Work Community Grants")
    state["y"] -= 18
    c.drawString(60, state["y"], "Application form 2027")
    c.setFillColor(colors.black)
    state["y"] -= 24
    para(
        "Grants of £2,000 to £15,000 for community and voluntary organisations helping "
        "Kestridge residents who are out of work to build skills and confidence, gain "
        "volunteering experience and move towards paid work. The fund is part of the "
        "council's UK Shared Prosperity Fund People and Skills programme."
    )
    state["y"] -= 4
    para(
        "The council will fund up to 50% of the total cost of your project. The rest must come "
        "from other sources, which can include volunteers' time valued at £15 an hour."
    )
    state["y"] -= 4
    para(
        "Please complete this form in black ink or type into the Word version. Return it with "
        "your documents to: Economic Development Team, Kestridge District Council, Council "
        "Offices, Bridge Street, Kestridge KE4 7TT, or scan it to "
        "employmentsupport@kestridge.example.gov.uk. Closing date: 12 noon, 19 March 2027."
    )
    heading("Part 1: Your organisation")
    for t in ["1. Name of organisation", "2. Address"]:
        item(t)
    lines(1)
    for t in [
        "3. Postcode",
        "4. Contact name",
        "5. Position in the organisation",
        "6. Telephone",
        "7. Email",
        "8. Registered charity or company number (if applicable)",
    ]:
        item(t)
    para("9. Is your organisation a:", font="Helvetica-Bold")
    para(
        "[  ] Registered charity     [  ] Community interest company     "
        "[  ] Voluntary or community group     [  ] Social enterprise     [  ] Other"
    )
    state["y"] -= 8
    heading("Part 2: Your project")
    item("10. Project name")
    item(
        "11. Tell us about your project. What will you do to help people move closer to work "
        "or into volunteering? (no more than 400 words)",
        14,
    )
    item(
        "12. How many people will take part, and how will you recruit them? "
        "(no more than 200 words)",
        8,
    )
    item(
        "13. Which employers, colleges or Jobcentre Plus offices will you work with, and how? "
        "(no more than 150 words)",
        6,
    )
    item(
        "14. What will participants gain, for example qualifications, work placements or "
        "jobs? (no more than 250 words)",
        9,
    )
    item("15. Is there anything else you would like to tell us about your project?", 6)
    heading("Part 3: Money")
    item("16. Total cost of the project: £")
    item("17. Amount you are asking the council for: £")
    para("18. Please break down the costs of your project.", font="Helvetica-Bold")
    grid(["Item", "Cost (£)"], 7, [340, 135])
    para(
        "19. Other funding for this project (sources of the rest of the cost)",
        font="Helvetica-Bold",
    )
    grid(["Source", "Amount (£)", "Secured? (Yes / No)"], 4, [240, 110, 125])
    heading("Part 4: Checklist")
    para("Please tick each document you are sending with this form.")
    state["y"] -= 4
    for t in [
        "Governing document (constitution, rules or articles)",
        "Accounts for your last financial year, independently examined (organisations with an "
        "annual income under £25,000 may send accounts signed by their treasurer instead)",
        "Public liability insurance certificate (minimum £10 million cover)",
        "Safeguarding policy",
        "Equal opportunities policy",
        "Job description, if the grant will pay for all or part of a paid post",
        "Letter of support from the employer, if you will offer work placements with an employer",
    ]:
        para("[  ]  " + t)
        state["y"] -= 2
    heading("Part 5: Declaration")
    para(
        "I declare that the information in this application is true and correct to the best "
        "of my knowledge. I understand that the council may withhold or recover a grant if "
        "any information is found to be false."
    )
    state["y"] -= 6
    for t in ["20. Signed", "21. Name (in capitals)", "22. Position", "23. Date"]:
        item(t)
    para(
        "Office use only:  Date received ________   Ref ________   Officer ________",
        size=9,
        font="Helvetica-Oblique",
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    corvelly()
    fernacre()
    larchmoor()
    kestridge()


if __name__ == "__main__":
    main()
