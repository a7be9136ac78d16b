"""Build set 47's Word and PDF documents (learning, libraries, literacy and community hubs).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus47.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
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


# ------------------------------------------------------------- Haddlesey (docx form)


def haddlesey() -> None:
    """An adult and community learning grant form: every question a Heading 3 paragraph
    with its limit in square brackets, every answer space a one-cell table below it."""
    from docx.shared import Pt, RGBColor

    d = _new(
        "Adult and Community Learning Grant 2027-28 application form",
        "Haddlesey Borough Council - Adult Learning Service",
        "Arial",
        11,
    )
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        st = d.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def para(text: str = "", bold: bool = False, italic: bool = False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def box(twips: int = 2600, hint: str = "") -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], twips)
        if hint:
            r = t.rows[0].cells[0].paragraphs[0].add_run(hint)
            r.italic = True
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
        d.add_paragraph()

    def details(rows: list[str]) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, label in enumerate(rows):
            _set(t.rows[i].cells[0], label, bold=True)
            _shade(t.rows[i].cells[0], "DEEAF6")
        d.add_paragraph()

    d.add_heading("Haddlesey Borough Council", level=1)
    para("Adult Learning Service", bold=True)
    d.add_heading("Adult and Community Learning Grant 2027-28: application form", level=2)
    para(
        "Grants of £1,000 to £8,000 for voluntary and community organisations that run "
        "informal learning for adults aged 19 and over who live in Haddlesey: first steps "
        "back into learning, family learning, English and maths, digital skills and learning "
        "for wellbeing. Please read the guidance notes before you start. Closing date: 12 noon "
        "on Friday 5 March 2027."
    )
    para(
        "Type your answers in the boxes. The boxes will grow as you type. Word limits are "
        "shown in square brackets after each question; we will not read beyond the limit. "
        "Round brackets in a question explain a term."
    )

    d.add_heading("Section 1: About your organisation", level=2)
    details(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Name of main contact",
            "Role in the organisation",
            "Telephone",
            "Email",
            "Charity or company number (if you have one)",
            "Project title",
        ]
    )
    para("What type of organisation are you? (tick one)", bold=True)
    para(
        f"{BOX} Constituted community group   {BOX} Registered charity   {BOX} Charitable "
        f"incorporated organisation (CIO)   {BOX} Community interest company (CIC)   "
        f"{BOX} Other"
    )

    d.add_heading("Section 2: Your learning project", level=2)
    d.add_heading("2.1 Describe the learning you will offer [maximum 300 words]", level=3)
    para(
        "Tell us what learners will do in the sessions, what the course or activity covers "
        "and how many hours of learning each learner will get.",
        italic=True,
    )
    box()
    d.add_heading(
        "2.2 Who are your learners and how will you reach them? [maximum 250 words]", level=3
    )
    para(
        "We want to reach adults who have had the least chance to learn: for example people "
        "with no qualifications, carers, people who are out of work and people who are "
        "learning English.",
        italic=True,
    )
    box()
    d.add_heading(
        "2.3 What will learners be able to move on to after your course? [150 words]", level=3
    )
    box(2000)
    d.add_heading(
        "2.4 How will you measure what learners have gained (Recognising and Recording "
        "Progress and Achievement, RARPA)? [200 words max]",
        level=3,
    )
    para(
        "RARPA is the five-stage process the Education and Skills Funding Agency expects for "
        "learning that does not lead to a qualification. You do not need to use our forms.",
        italic=True,
    )
    box()
    d.add_heading(
        "2.5 Why is your organisation the right one to run this learning? [up to 200 words]",
        level=3,
    )
    box()

    d.add_heading("Section 3: Delivery", level=2)
    d.add_heading("3.1 Where and when will sessions take place?", level=3)
    para(
        "Give the venue(s), day(s) and times. If you will use a library or a children's "
        "centre, tell us which one. There is no word limit for this question.",
        italic=True,
    )
    box(1600)
    d.add_heading("3.2 Numbers and dates", level=3)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, label in enumerate(
        ["Number of learners", "Number of sessions", "Start date", "End date"]
    ):
        _set(t.rows[0].cells[i], label, bold=True)
        _shade(t.rows[0].cells[i], "DEEAF6")
    d.add_paragraph()

    d.add_heading("Section 4: Costs and other funding", level=2)
    para(
        "We fund up to 80% of the total cost of a project. The remaining 20% must come from "
        "your own funds or from other sources; the value of volunteers' time and of free use "
        "of a room can count towards it."
    )
    d.add_heading("4.1 Budget", level=3)
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    for i, label in enumerate(
        ["Item (e.g. tutor fees, room hire, materials)", "Total cost £", "Amount from this grant £"]
    ):
        _set(t.rows[0].cells[i], label, bold=True)
        _shade(t.rows[0].cells[i], "DEEAF6")
    _set(t.rows[6].cells[0], "Total", bold=True)
    d.add_paragraph()
    para("Total amount you are asking us for: £ ______________", bold=True)
    d.add_heading("4.2 Tell us where the rest of the money will come from [100 words]", level=3)
    box(1400)

    d.add_heading("Section 5: Documents", level=2)
    para(
        "Please email these with your form. Tick each one you are sending. We cannot assess "
        "an application until we have them all."
    )
    docs = [
        (
            "Your governing document (constitution, set of rules or articles of association), "
            "signed and dated",
            "Everyone",
        ),
        (
            "Your most recent annual accounts, audited or independently examined. If your "
            "annual income is under £25,000, accounts signed by your treasurer and one other "
            "committee member are fine",
            "Everyone",
        ),
        (
            "Your safeguarding policy, which must cover adults at risk as well as children",
            "Everyone",
        ),
        ("Your equality and diversity policy", "Everyone"),
        ("Your public liability insurance certificate (cover of at least £5 million)", "Everyone"),
        (
            "Tutors' CVs or a list of their teaching qualifications",
            "Only if you will pay tutors from the grant",
        ),
        (
            "A delivery plan: a timetable of sessions with dates and topics",
            "Only if you are asking for more than £5,000",
        ),
    ]
    t = d.add_table(rows=len(docs) + 1, cols=3)
    t.style = "Table Grid"
    for i, label in enumerate(["Document", "Who must send it", "Tick"]):
        _set(t.rows[0].cells[i], label, bold=True)
        _shade(t.rows[0].cells[i], "DEEAF6")
    for i, (doc, who) in enumerate(docs, start=1):
        _set(t.rows[i].cells[0], doc)
        _set(t.rows[i].cells[1], who)
        _set(t.rows[i].cells[2], BOX)
    d.add_paragraph()

    d.add_heading("Section 6: Declaration", level=2)
    para(
        "I confirm that the information in this application is true, that I am authorised "
        "to apply on behalf of the organisation, and that we will use any grant only for the "
        "learning described. We will tell the council at once if anything changes."
    )
    para(
        f"{BOX} I agree that Haddlesey Borough Council may store and use the information on "
        "this form to assess the application and to monitor any grant (see our privacy "
        "notice at www.example.gov.uk/haddlesey/privacy)."
    )
    details(["Signed", "Name in capitals", "Position in organisation", "Date"])
    para(
        "Send your form and documents to adultlearning.grants@haddlesey.example.gov.uk. "
        "Questions? Call the Adult Learning Service on 01632 960 418.",
        italic=True,
    )
    out = HERE / "haddlesey-adult-community-learning-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Wrangbrook (docx guidance)


def wrangbrook() -> None:
    """A community learning partnership's commissioning round guidance, still a draft, with
    reviewers' Word comments in the margin (comments.xml), some naming things not asked."""
    from docx.shared import Pt

    d = _new(
        "Community Learning Commissioning Round 2027: guidance for providers (DRAFT v0.4)",
        "Wrangbrook Community Learning Partnership",
        "Calibri",
        11,
    )

    def para(text: str, bold: bool = False, italic: bool = False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def bullet(text: str):
        return d.add_paragraph(text, style="List Bullet")

    def note(par, text: str, author: str, initials: str) -> None:
        from docx.oxml.ns import qn

        cm = d.add_comment(par.runs, text=text, author=author, initials=initials)
        # a fixed comment date, so a rebuild is byte-identical
        cm._comment_elm.set(qn("w:date"), "2026-11-20T10:30:00Z")

    p = para(
        "DRAFT v0.4 - for comment by partnership board members - not for publication", bold=True
    )
    p.runs[0].font.size = Pt(9)
    d.add_heading("Wrangbrook Community Learning Partnership", level=1)
    d.add_heading("Community Learning Commissioning Round 2027: guidance for providers", level=2)
    p = para(
        "The Wrangbrook Community Learning Partnership (WCLP) brings together Wrangbrook "
        "Metropolitan Borough Council's Adult Learning Service, Wrangbrook Libraries, the "
        "college and voluntary sector members. Each year we commission community learning "
        "from local organisations with the part of the council's Adult Skills Fund allocation "
        "set aside for non-accredited learning. In 2027 we will commission about £240,000 of "
        "learning, in contracts of £10,000 to £40,000 for one year (1 August 2027 to 31 July "
        "2028)."
    )
    note(
        p,
        "Finance to confirm the total before this goes out. Last year it was £215k.",
        "Amira Hussain",
        "AH",
    )

    d.add_heading("1. What we are looking for", level=3)
    para(
        "We want learning that reaches adults who are furthest from learning, in places they "
        "already go: libraries, community centres, faith buildings, family hubs. This round "
        "has four priorities:"
    )
    for b in (
        "Priority A: English for speakers of other languages (ESOL) at pre-entry and entry "
        "level, including conversation practice",
        "Priority B: family learning, where parents and children learn together",
        "Priority C: digital skills for everyday life, in partnership with a library",
        "Priority D: learning for health and wellbeing, including for people referred by "
        "social prescribers",
    ):
        bullet(b)
    para("You may bid against one priority or more than one. Each bid is assessed separately.")

    d.add_heading("2. Who can bid", level=3)
    para(
        "Registered charities, charitable incorporated organisations, community interest "
        "companies, companies limited by guarantee, constituted community groups and "
        "co-operatives with an office or a regular base in the borough. You do not need to "
        "have held a learning contract before. Schools and colleges may bid only as a partner "
        "of a voluntary organisation."
    )
    p = para(
        "You must be registered on the council's supplier portal, Wrangbrook Contracts "
        "Finder, before the closing date. Registration is free and takes about 20 minutes."
    )
    note(
        p,
        "Can we drop this for bids under £10k? Small groups find the portal hard. - JT",
        "Jon Tait",
        "JT",
    )

    d.add_heading("3. How to bid", level=3)
    para(
        "Bids are made only through the portal. The online bid form has six questions, one "
        "for each of the award criteria in section 5, each with a limit of 500 words, and a "
        "budget template to complete and upload. You can save your answers and return to "
        "them. We have put the questions in this guidance so you can plan, but please do not "
        "send your answers to us by email."
    )
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "What the portal asks", "Weighting"]):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], "E2EFD9")
    qs = [
        ("Q1", "Describe the learning you will deliver and how it meets the priority.", "25%"),
        ("Q2", "How will you reach adults who are furthest from learning?", "20%"),
        ("Q3", "How will you recognise and record learners' progress?", "15%"),
        ("Q4", "How will learners progress to further learning, volunteering or work?", "15%"),
        ("Q5", "How will you keep learners safe, including online?", "15%"),
        ("Q6", "What partners will you work with, and how?", "10%"),
    ]
    for i, (n, q, w) in enumerate(qs, start=1):
        _set(t.rows[i].cells[0], n)
        _set(t.rows[i].cells[1], q)
        _set(t.rows[i].cells[2], w)
    d.add_paragraph()
    p = para("Each answer is limited to 500 words.", italic=True)
    note(
        p,
        "Board asked for 400 for Q6 - still to decide. Leave at 500 for now.",
        "Amira Hussain",
        "AH",
    )

    d.add_heading("4. What you must upload", level=3)
    para("Every bidder must upload the following with the bid form:")
    b1 = bullet("your governing document (constitution, articles of association or rules);")
    bullet(
        "your accounts for the last financial year. These should be audited or "
        "independently examined; if your annual turnover is under £50,000 we will accept "
        "management accounts or an income and expenditure statement signed by your "
        "treasurer instead;"
    )
    bullet("your safeguarding policy, covering adults at risk;")
    bullet("your equality, diversity and inclusion policy;")
    b5 = bullet(
        "your public liability insurance certificate. Cover of at least £5 million is "
        "required for every contract;"
    )
    bullet("the completed budget template (Excel, downloaded from the portal).")
    note(
        b1,
        "Removed the business plan we used to ask for after the market engagement "
        "event in September - AH",
        "Amira Hussain",
        "AH",
    )
    note(
        b5,
        "Procurement say £10m is standard for council contracts - do we want to "
        "raise this? Would exclude small groups. - JT",
        "Jon Tait",
        "JT",
    )
    para("Some bidders must also upload:")
    bullet(
        "if you employ staff: your employer's liability insurance certificate (at least "
        "£5 million, as the law requires);"
    )
    bullet(
        "if you hold the matrix Standard or another quality mark for information, advice and "
        "guidance: the certificate (it earns no extra marks but saves you answering part of "
        "Q4);"
    )
    bullet(
        "if you are bidding with a partner who will deliver part of the learning: a letter "
        "of support from the partner, confirming its role."
    )
    p = para(
        "You do not need to upload a data protection policy, but the bid form asks you to "
        "confirm that you have one and that you are registered with the Information "
        "Commissioner's Office (ICO). We may ask to see it before a contract starts."
    )
    note(p, "Should this be an upload? GDPR risk with learner data. - JT", "Jon Tait", "JT")

    d.add_heading("5. How we will assess bids", level=3)
    para(
        "A panel of two council officers, a librarian and a voluntary sector board member "
        "will score each answer from 0 to 4 and apply the weightings in the table in section "
        "3. Bids that score 0 on Q5 (safeguarding) will not be funded. We may visit or phone "
        "you to clarify your bid."
    )
    d.add_heading("6. Money", level=3)
    para(
        "We pay the full cost of the learning we commission. You do not need to find match "
        "funding, and bids that show other income are not scored higher. Payments are made "
        "quarterly in arrears against learner numbers and RARPA records."
    )
    d.add_heading("7. Timetable", level=3)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(
        [
            ("Round opens", "Monday 1 March 2027"),
            ("Provider briefing (online)", "Wednesday 10 March 2027, 2pm"),
            ("Clarification questions close", "Friday 2 April 2027"),
            ("Closing date", "12 noon, Friday 16 April 2027"),
            ("Decisions", "by Friday 28 May 2027"),
            ("Contracts start", "Monday 2 August 2027"),
        ]
    ):
        _set(t.rows[i].cells[0], a, bold=True)
        _set(t.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_heading("8. Contact", level=3)
    para(
        "Community Learning Team, Wrangbrook Metropolitan Borough Council, Civic Centre, "
        "Wrangbrook WB1 2CL. Email communitylearning@wrangbrook.example.gov.uk."
    )
    out = HERE / "wrangbrook-community-learning-commissioning-round-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Tibblestone (fillable pdf)


def tibblestone() -> None:
    """An ESOL conversation clubs fund form as a fillable PDF whose answers are runs of
    single-line fields, one per printed line, with no /MaxLen on any answer line."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tibblestone-esol-conversation-clubs-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Talk Together Fund: English conversation clubs - application")
    c.setAuthor("Tibblestone Libraries and Community Learning")
    c.setSubject("ESOL conversation clubs fund")
    w, h = A4
    form = c.acroForm
    teal = colors.HexColor("#00727A")
    state = {"y": h - 40}

    def txt(x, t, width=w - 90, size=9.5, font="Helvetica", leading=12.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def band(t):
        state["y"] -= 6
        c.setFillColor(teal)
        c.rect(40, state["y"] - 5, w - 80, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(46, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 22

    def single(name, tip, label, lw=150, width=None, maxlen=None):
        c.setFont("Helvetica", 9.5)
        c.drawString(46, state["y"], label)
        fw = width or (w - 86 - lw - 46)
        kw = {"maxlen": maxlen or 0}  # 0: reportlab writes no /MaxLen
        form.textfield(
            name=name,
            tooltip=tip,
            x=46 + lw,
            y=state["y"] - 4,
            width=fw,
            height=15,
            borderWidth=0,
            fillColor=colors.HexColor("#EEF7F7"),
            fontSize=9,
            **kw,
        )
        state["y"] -= 20

    def lines(prefix, qtip, count):
        for i in range(1, count + 1):
            c.setStrokeColor(colors.grey)
            c.line(46, state["y"] - 4, w - 46, state["y"] - 4)
            form.textfield(
                name=f"{prefix}_line{i}",
                tooltip=f"{qtip} - line {i} of {count}",
                x=46,
                y=state["y"] - 3,
                width=w - 92,
                height=14,
                borderWidth=0,
                fillColor=colors.white,
                fontSize=9,
                maxlen=0,
            )
            state["y"] -= 18
        state["y"] -= 6

    def check(name, tip, label, x=46):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=state["y"] - 3,
            size=11,
            borderColor=teal,
            fillColor=colors.white,
            buttonStyle="check",
        )
        c.setFont("Helvetica", 9.5)
        for ln in simpleSplit(label, "Helvetica", 9.5, w - 110 - x):
            c.drawString(x + 18, state["y"], ln)
            state["y"] -= 12.5
        state["y"] -= 4

    c.setFont("Helvetica-Bold", 18)
    c.setFillColor(teal)
    c.drawString(40, state["y"], "Talk Together Fund")
    c.setFillColor(colors.black)
    state["y"] -= 18
    c.setFont("Helvetica", 11)
    c.drawString(40, state["y"], "Grants of up to £750 for English conversation clubs")
    state["y"] -= 22
    txt(
        40,
        "Tibblestone Libraries and Community Learning supports volunteer-run English "
        "conversation clubs for people who are learning English as an additional "
        "language. Clubs can meet in a library, a community centre, a place of worship or "
        "online. You can fill in this form on screen or print it and write on the lines.",
    )
    txt(
        40,
        "Please keep to the word guide given after each question. If you write by hand, "
        "one line is about twelve words.",
    )
    band("Part 1  About your club")
    single("club_name", "Name of your club or group", "Name of club or group")
    single("contact_name", "Name of contact person", "Contact person")
    single("address", "Address for letters", "Address for letters")
    single("postcode", "Postcode", "Postcode", width=90, maxlen=8)
    single("phone", "Telephone", "Telephone", width=160, maxlen=15)
    single("email", "Email", "Email")
    c.setFont("Helvetica", 9.5)
    c.drawString(46, state["y"], "Does your club have a written constitution or set of rules?")
    state["y"] -= 16
    form.radio(
        name="constituted",
        tooltip="Constitution: yes",
        value="Yes",
        x=46,
        y=state["y"] - 3,
        size=11,
        selected=False,
    )
    c.drawString(62, state["y"], "Yes")
    form.radio(
        name="constituted",
        tooltip="Constitution: no",
        value="No",
        x=100,
        y=state["y"] - 3,
        size=11,
        selected=False,
    )
    c.drawString(116, state["y"], "No")
    state["y"] -= 22
    single(
        "amount",
        "Amount requested in pounds",
        "Amount you are asking for £",
        lw=170,
        width=80,
        maxlen=6,
    )

    band("Part 2  About your conversation club")
    txt(
        46,
        "1. Tell us about your club: when and where it meets, how many people come and "
        "who runs it. (about 80 words)",
        font="Helvetica-Bold",
    )
    lines("q1", "Question 1", 7)
    txt(
        46,
        "2. Which languages do your members speak, and how do you welcome people who "
        "are new to English? (about 80 words)",
        font="Helvetica-Bold",
    )
    lines("q2", "Question 2", 7)
    c.showPage()
    state["y"] = h - 50
    txt(46, "3. What will the grant pay for? List each item and its cost.", font="Helvetica-Bold")
    for i in range(1, 5):
        c.setFont("Helvetica", 9.5)
        form.textfield(
            name=f"cost_item{i}",
            tooltip=f"Cost item {i}",
            x=46,
            y=state["y"] - 4,
            width=360,
            height=15,
            borderWidth=0.5,
            borderColor=colors.grey,
            fillColor=colors.white,
            fontSize=9,
            maxlen=0,
        )
        c.drawString(416, state["y"], "£")
        form.textfield(
            name=f"cost_amount{i}",
            tooltip=f"Cost of item {i} in pounds",
            x=428,
            y=state["y"] - 4,
            width=80,
            height=15,
            borderWidth=0.5,
            borderColor=colors.grey,
            fillColor=colors.white,
            fontSize=9,
            maxlen=6,
        )
        state["y"] -= 20
    state["y"] -= 6
    txt(
        46,
        "4. How do you know your club makes a difference to the people who come? "
        "(no more than 60 words)",
        font="Helvetica-Bold",
    )
    lines("q4", "Question 4", 5)
    txt(
        46,
        "5. Is there anything else you would like us to know about your club?",
        font="Helvetica-Bold",
    )
    lines("q5", "Question 5", 4)

    band("Part 3  What to send with this form")
    txt(46, "Tick the boxes for what you are sending. We do not need accounts.")
    check(
        "send_bank",
        "Sending: bank statement",
        "A bank statement for the account the grant will be paid into, less than three "
        "months old. Every club must send this.",
    )
    check(
        "send_constitution",
        "Sending: constitution",
        "Your constitution or set of rules, if your club has one.",
    )
    check(
        "send_safeguarding",
        "Sending: safeguarding policy",
        "Your safeguarding policy, only if children come to the club with their parents "
        "or you run a creche.",
    )

    band("Part 4  Declaration")
    check(
        "agree",
        "I agree to the declaration",
        "I confirm that the information on this form is correct and that the grant will be "
        "spent on the club's activities as described. I agree to send a short report and "
        "receipts by 31 March 2028.",
    )
    single("signature", "Signature", "Signed")
    single("print_name", "Name in capitals", "Name in capitals")
    single("date_signed", "Date", "Date", width=110, maxlen=10)
    state["y"] -= 8
    txt(
        40,
        "Email the form to talktogether@tibblestone.example.gov.uk or hand it in at any "
        "Tibblestone library. Closing date: Friday 29 January 2027.",
        size=8.5,
    )
    c.showPage()
    c.save()


# ------------------------------------------------------------- Kexmoor (text pdf)


def kexmoor() -> None:
    """A literacy fund prospectus as an InDesign export looks: two columns of threaded text
    frames, a tinted sidebar on each page drawn (and so extracted) before the main text."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kexmoor-reading-together-literacy-fund-prospectus.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Reading Together Fund 2027 prospectus")
    c.setAuthor("Kexmoor Community Foundation")
    c.setCreator("Adobe InDesign 19.2 (Windows)")
    c.setSubject("Literacy fund for schools and community groups")
    w, h = A4
    plum = colors.HexColor("#5B2A6E")
    tint = colors.HexColor("#F1E8F4")

    def frame(x, y, width, paras, size=9.2, leading=12.2):
        for kind, t in paras:
            font = {
                "h": "Helvetica-Bold",
                "p": "Helvetica",
                "i": "Helvetica-Oblique",
                "b": "Helvetica",
            }[kind]
            fs = size + 2 if kind == "h" else size
            if kind == "h":
                y -= 4
                c.setFillColor(plum)
            indent = 9 if kind == "b" else 0
            lines = simpleSplit(t, font, fs, width - indent)
            c.setFont(font, fs)
            for i, ln in enumerate(lines):
                if kind == "b" and i == 0:
                    c.drawString(x, y, "\u2022")
                c.drawString(x + indent, y, ln)
                y -= leading
            c.setFillColor(colors.black)
            y -= 4
        return y

    def sidebar(x, y, width, height, paras):
        c.setFillColor(tint)
        c.rect(x - 6, y - height, width + 12, height + 14, stroke=0, fill=1)
        c.setFillColor(colors.black)
        frame(x, y, width, paras, size=8.6, leading=11.2)

    def folio(n):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(40, 24, "Kexmoor Community Foundation  |  Reading Together Fund 2027")
        c.drawRightString(w - 40, 24, str(n))
        c.setFillColor(colors.black)

    colw = (w - 80 - 18) / 2
    left, right = 40, 40 + colw + 18

    # page 1: cover and the fund at a glance (sidebar drawn first, as InDesign orders it)
    sidebar(
        right,
        h - 330,
        colw,
        250,
        [
            ("h", "At a glance"),
            ("b", "Grants of £500 to £4,000"),
            ("b", "For schools, nurseries, libraries' friends groups and community groups"),
            ("b", "Projects that help children and adults to read for pleasure"),
            ("b", "Apply online by 5pm on Monday 15 February 2027"),
            ("b", "Decisions in April; projects run from May 2027 to April 2028"),
            (
                "i",
                "The fund is paid for by the Kexmoor Literacy Trust endowment and by local "
                "businesses through our Give Locally scheme.",
            ),
        ],
    )
    c.setFillColor(plum)
    c.rect(0, h - 170, w, 170, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(40, h - 90, "Reading Together")
    c.setFont("Helvetica", 15)
    c.drawString(40, h - 118, "Fund 2027  |  Prospectus and guidance")
    c.setFillColor(colors.black)
    frame(
        left,
        h - 200,
        colw,
        [
            ("h", "Why reading, why now"),
            (
                "p",
                "One adult in six in Kexmoor finds everyday reading hard, and the number of "
                "children who say they enjoy reading has fallen for five years running. Reading "
                "for pleasure is one of the best predictors of a child's success at school and "
                "of an adult's health and confidence.",
            ),
            (
                "p",
                "The Reading Together Fund backs local people who want to change that: book "
                "clubs in care homes, reading buddies in primary schools, dads' story times at "
                "the library, shared reading groups for people with dementia, literacy support "
                "for adults who left school without qualifications.",
            ),
            ("h", "What we will fund"),
            (
                "p",
                "Books and reading materials, sessional staff and volunteer expenses, training "
                "for volunteers (for example in shared reading or in supporting adult "
                "learners), room hire, transport, refreshments and small items of equipment "
                "such as e-readers. We will not fund core salaries, building work, or "
                "activities a school must provide under the national curriculum.",
            ),
        ],
    )
    folio(1)
    c.showPage()

    # page 2: who can apply (sidebar with a quote first, then two main columns)
    sidebar(
        right,
        h - 60,
        colw,
        150,
        [
            (
                "i",
                "\u201cThe grant paid for a box of picture books in nine languages. Now the "
                "mums stay after the toddler group and read with their children.\u201d",
            ),
            ("p", "Ruth, volunteer, Kexmoor Baby and Toddler Group"),
        ],
    )
    frame(
        left,
        h - 60,
        colw,
        [
            ("h", "Who can apply"),
            (
                "p",
                "State schools and academies in Kexmoor, nurseries and pre-schools, friends of "
                "libraries groups, and voluntary and community groups with a constitution or "
                "set of rules and a bank account in the group's name needing two signatories. "
                "Groups without a constitution can apply through a host organisation.",
            ),
            (
                "p",
                "Schools can apply for projects that go beyond the school day or involve "
                "families and the community. A school and a community group can apply "
                "together; one of them must lead.",
            ),
            ("h", "Who cannot apply"),
            (
                "p",
                "Individuals, private businesses, independent (fee-paying) schools, and groups "
                "that owe us an end-of-grant report.",
            ),
        ],
    )
    frame(
        right,
        h - 250,
        colw,
        [
            ("h", "How much"),
            (
                "p",
                "Up to £4,000. Most grants are between £1,000 and £2,500. We do not ask for "
                "match funding: we can pay for the whole project, though you are welcome to "
                "tell us about other support you have.",
            ),
            ("h", "Insurance"),
            (
                "p",
                "Every applicant must have public liability insurance of at least £2 million "
                "for the activities. Schools are usually covered by their local authority's or "
                "trust's policy. We do not need to see the certificate.",
            ),
        ],
    )
    folio(2)
    c.showPage()

    # page 3: the online form (described, not asked here) and the documents sidebar
    sidebar(
        right,
        h - 60,
        colw,
        330,
        [
            ("h", "What to upload"),
            ("p", "Every applicant uploads:"),
            (
                "b",
                "a budget on our template (a simple list of costs; download it from the "
                "apply page)",
            ),
            ("b", "your safeguarding policy (a school can upload the school's own policy)"),
            ("p", "Community groups and friends groups also upload:"),
            ("b", "your constitution or set of rules"),
            (
                "b",
                "your most recent accounts, signed by your treasurer; they do not need to be "
                "examined or audited. If your group is less than a year old, upload your last "
                "three bank statements instead",
            ),
            ("p", "Schools also upload:"),
            ("b", "a short letter of support from the head teacher or chair of governors"),
            (
                "i",
                "You do not need to send anything else. Please don't send annual reports or "
                "photographs at this stage.",
            ),
        ],
    )
    frame(
        left,
        h - 60,
        colw,
        [
            ("h", "How to apply"),
            (
                "p",
                "Apply on our online grants portal at www.example.org.uk/kexmoor-cf/apply. "
                "You will need to register first. The form has three parts:",
            ),
            ("b", "Part A asks for your contact details and bank details."),
            (
                "b",
                "Part B asks five questions about your project: what you will do, who will "
                "take part, why reading for pleasure matters to them, how you will know it has "
                "worked, and what will happen after the grant. Each answer can be up to 250 "
                "words.",
            ),
            ("b", "Part C is where you upload the documents listed opposite."),
            (
                "p",
                "You can save your answers and come back. If you cannot use the portal, call "
                "us and we will help you apply by phone or on paper.",
            ),
            ("h", "Questions?"),
            (
                "p",
                "Call Dev or Sian on 01632 960 772 or email grants@kexmoor-cf.example.org.uk. "
                "We are happy to talk through an idea before you apply.",
            ),
        ],
    )
    folio(3)
    c.showPage()

    # page 4: assessment and after the grant, in two columns
    frame(
        left,
        h - 60,
        colw,
        [
            ("h", "How we decide"),
            (
                "p",
                "A panel of volunteers, including a librarian, a teacher and two adult "
                "learners, reads every application. They look for:",
            ),
            ("b", "a clear plan that people who find reading hard will enjoy;"),
            ("b", "people who take part helping to shape the project;"),
            ("b", "good links with libraries, schools or other groups;"),
            ("b", "value for money."),
            (
                "p",
                "We fund about one application in three. If we cannot fund you we will tell "
                "you why.",
            ),
        ],
    )
    frame(
        right,
        h - 60,
        colw,
        [
            ("h", "If you get a grant"),
            (
                "p",
                "We will send a grant offer letter to sign and return. We pay the whole grant "
                "at the start. At the end of the project you will send a short report (we will "
                "give you a form) and a few photographs if you can.",
            ),
            ("h", "Data protection"),
            (
                "p",
                "We keep the information you give us for seven years and use it only to manage "
                "grants. See www.example.org.uk/kexmoor-cf/privacy.",
            ),
        ],
    )
    folio(4)
    c.showPage()
    c.save()


def main() -> None:
    haddlesey()
    wrangbrook()
    tibblestone()
    kexmoor()


if __name__ == "__main__":
    main()
