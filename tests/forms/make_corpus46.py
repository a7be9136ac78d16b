"""Build set 46's Word and PDF documents (emergencies, recovery and resilience).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus46.py
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
    """Give an empty answer row a fixed minimum height: the room the applicant writes in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _set(cell, text: str, bold: bool = False, italic: bool = False, colour=None):
    from docx.shared import RGBColor

    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return par


def _landscape(section) -> None:
    from docx.enum.section import WD_ORIENT

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


# ------------------------------------------------------------- Tarrowmead (docx)


def tarrowmead() -> None:
    """A flood recovery grant form in landscape Word: three-column "What we ask / Why we ask /
    Your answer" tables whose middle column carries the limits, a losses grid with several
    entries per row, and the documents as a bulleted list."""
    from docx.shared import Cm, Pt

    d = _new(
        "Flood Recovery Community Grant - Storm Ineke",
        "Tarrowmead District Council - Community Recovery Cell",
        "Arial",
        10,
    )
    sec = d.sections[0]
    _landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.header.paragraphs[0].text = (
        "Tarrowmead District Council  \u2013  Storm Ineke recovery  \u2013  FRCG form v1.2 "
        "(issued 24 November 2026)"
    )
    sec.footer.paragraphs[
        0
    ].text = "Return by email to floodrecovery@tarrowmead.example.gov.uk. Questions: 01632 960 221."

    def para(text, bold=False, italic=False, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    para("Flood Recovery Community Grant", bold=True, size=18)
    para(
        "For community organisations affected by the flooding of 15 to 17 November 2026", bold=True
    )
    para(
        "Storm Ineke flooded more than 400 homes and 30 community buildings in the Tarrow and "
        "Mead valleys. This grant helps voluntary and community organisations, faith groups "
        "and parish councils to repair and reopen, to replace what they lost, and to run "
        "recovery activities for flooded residents. Grants are up to \u00a310,000. We will pay up "
        "to 100% of costs that your insurance does not cover: you do not need to find any "
        "other funding. Applications are open until 31 March 2027 and we aim to decide each "
        "one within 15 working days."
    )
    para(
        "Fill in the right-hand column. The middle column tells you why we ask and how much "
        "to write. If you cannot type into this form, ring us and we will fill it in with you.",
        italic=True,
    )

    def table(title, rows):
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        hdr = t.rows[0].cells
        for c_, txt in zip(hdr, ("What we ask", "Why we ask", "Your answer"), strict=True):
            _set(c_, txt, bold=True, colour="FFFFFF")
            _shade(c_, "005A70")
        r = t.add_row()
        m = r.cells[0].merge(r.cells[2])
        _set(m, title, bold=True)
        _shade(m, "D5E8EC")
        for ask, why in rows:
            r = t.add_row()
            ask, _, ticks = ask.partition("   \u2610")
            _set(r.cells[0], ask)
            _set(r.cells[1], why, italic=True, colour="404040")
            if ticks:
                _set(r.cells[2], "\u2610" + ticks)
            if ask.startswith(("2.1", "2.2", "3.1", "3.2", "3.3")):
                _row_height(r, 2000)
        for r in t.rows:
            r.cells[0].width = Cm(8.5)
            r.cells[1].width = Cm(6.5)
            r.cells[2].width = Cm(11.0)
        d.add_paragraph()

    table(
        "1.  Your organisation",
        (
            ("1.1  Name of organisation", "So we know who is applying."),
            ("1.2  Contact name and role", "The person we will talk to about this application."),
            (
                "1.3  Address of the premises affected",
                "We check this against the Environment Agency's record of the flooding.",
            ),
            ("1.4  Telephone", ""),
            ("1.5  Email", ""),
            ("1.6  Charity or company number, if you have one", "Leave blank if you have none."),
        ),
    )
    table(
        "2.  What happened",
        (
            (
                "2.1  Describe the damage or loss the flooding caused to your organisation.",
                "Helps us understand the scale of what happened. Up to 250 words.",
            ),
            (
                "2.2  How has the flooding affected the people you support?",
                "Tell us about any services or activities you have had to stop. Up to 200 words.",
            ),
            ("2.3  Date the flooding affected you", ""),
            (
                "2.4  Can you use your premises now?   \u2610 Yes   \u2610 Partly   \u2610 No",
                "Tick one.",
            ),
        ),
    )
    table(
        "3.  What you need",
        (
            (
                "3.1  What will the grant pay for, and how will it help you recover?",
                "Include repairs, replacement equipment, and any recovery activities for "
                "residents, such as clean-up days or drop-in sessions. Up to 300 words.",
            ),
            (
                "3.2  What are you doing to reduce the damage if it floods again (for example "
                "flood doors, raised sockets, moving equipment upstairs)?",
                "We can include property flood resilience measures in the grant. Up to 150 words.",
            ),
            (
                "3.3  Who else have you asked for help?",
                "For example your insurer, a national appeal or another funder. No word limit.",
            ),
        ),
    )
    para("4.  Losses and costs", bold=True, size=12)
    para("List each item. Add rows if you need to.", italic=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c_, txt in zip(
        t.rows[0].cells,
        (
            "Item damaged, lost, or needed",
            "Cost to repair or replace (\u00a3)",
            "Covered by insurance? (Y / N / claim not settled)",
            "Amount you are asking us for (\u00a3)",
        ),
        strict=True,
    ):
        _set(c_, txt, bold=True)
        _shade(c_, "D5E8EC")
    for _ in range(5):
        t.add_row()
    r = t.add_row()
    m = r.cells[0].merge(r.cells[2])
    _set(m, "Total you are asking us for (no more than \u00a310,000)", bold=True)
    d.add_paragraph()
    para("5.  Documents", bold=True, size=12)
    para("Please email these with your form:")
    for b in (
        "photographs of the damage (dated, if your phone or camera can do it);",
        "a copy of your constitution or rules (parish councils: your standing orders);",
        "your most recent annual accounts or, if you do not have any, a bank statement from "
        "the last three months;",
        "a quote or invoice for each repair or replacement costing more than \u00a3500;",
        "if you have made an insurance claim: your insurer's letter saying what they will and "
        "will not pay;",
        "if you rent your premises: your landlord's written agreement to any building work.",
    ):
        d.add_paragraph(b, style="List Bullet")
    para("6.  Declaration", bold=True, size=12)
    para(
        "I confirm that the information in this form is true, that the costs in section 4 are "
        "not being paid by an insurer or anyone else, and that we will return any part of the "
        "grant that our insurer later pays for."
    )
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, lab in enumerate(("Name", "Position", "Signature", "Date")):
        _set(t.rows[0].cells[i], lab, bold=True)
        _shade(t.rows[0].cells[i], "D5E8EC")
    _row_height(t.rows[1], 600)
    para("")
    para(
        "Office use: Recovery Cell ref ........   EA flood record checked \u2610   Decision "
        "........",
        italic=True,
        size=8,
    )
    out = HERE / "tarrowmead-flood-recovery-community-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Glissendale (docx)


def glissendale() -> None:
    """Guidance for a community resilience (emergency planning) grant in Word, numbered by
    hand in a legal outline (1, 1.1, 1.1.1) with hanging indents, an annex listing the
    questions a community emergency plan should answer, and the documents in section 6."""
    from docx.shared import Cm, Pt

    d = _new(
        "Community Resilience Grants 2027-28: guidance for parish and community groups",
        "Glissendale County Council - Emergency Planning and Resilience",
        "Cambria",
        11,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.footer.paragraphs[0].text = (
        "Glissendale Local Resilience Forum partners  |  Community Resilience Grants guidance "
        "2027-28  |  OFFICIAL"
    )

    def num(n, text, bold=False, level=0):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.2 + 1.0 * level)
        pf.first_line_indent = Cm(-1.2)
        pf.space_after = Pt(6)
        r = p.add_run(f"{n}\t{text}")
        r.bold = bold
        return p

    def plain(text, bold=False, italic=False, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    plain("Glissendale County Council", bold=True, size=12)
    plain("Community Resilience Grants 2027\u201328", bold=True, size=20)
    plain("Guidance for parish and town councils and community groups", italic=True, size=13)
    plain(
        "Read this guidance before you fill in the application form, which is a separate Word "
        "document on the same web page. Keep this guidance: it tells you what to send."
    )
    num("1", "Introduction", bold=True)
    num(
        "1.1",
        "When floods, snow, storms or long power cuts hit, the first help people get usually "
        "comes from their neighbours. Community Resilience Grants help local groups get ready "
        "to give that help safely and quickly.",
    )
    num(
        "1.2",
        "Grants are from \u00a3500 to \u00a35,000. The fund is paid for by the County Council "
        "and the district councils of the Glissendale Local Resilience Forum.",
    )
    num("2", "Who can apply", bold=True)
    num("2.1", "You can apply if you are:")
    num("2.1.1", "a parish or town council in Glissendale county; or", level=1)
    num(
        "2.1.2",
        "a constituted community group (for example a residents' association, a flood action "
        "group or a village hall committee) working in the county.",
        level=1,
    )
    num(
        "2.2",
        "Groups without a constitution can apply together with their parish or town council, "
        "which then applies and holds the money.",
    )
    num("3", "What we fund", bold=True)
    num("3.1", "We fund the things a community needs to prepare for and respond to emergencies:")
    for i, t in enumerate(
        (
            "writing or updating a community emergency plan, and printing it for every household;",
            "emergency kit stored locally: torches, radios, high-visibility tabards, sandbags, "
            "first aid kits, a generator for a community building used as a rest centre;",
            "training for volunteers: first aid, flood warden, snow warden, and the Forum's "
            "free Community Emergency Volunteer course;",
            "an exercise to test your plan, and publicity to recruit volunteers.",
        ),
        start=1,
    ):
        num(f"3.1.{i}", t, level=1)
    num(
        "3.2",
        "We do not fund salaries, vehicles, work that a council or utility has a duty to do, "
        "or anything bought before we decide.",
    )
    num("4", "How much, and paying your share", bold=True)
    num(
        "4.1",
        "We can pay the whole cost of your project. You do not need match funding, though "
        "we are glad to hear about other support.",
    )
    num(
        "4.2",
        "Every applicant must hold public liability insurance of at least \u00a35 million "
        "that covers volunteers taking part in your activities. You do not need to send the "
        "certificate, but we will ask you to confirm it in the form.",
    )
    num("5", "How to apply and when", bold=True)
    num(
        "5.1",
        "Fill in the application form and email it, with the documents in section 6, to "
        "resilience.grants@glissendale.example.gov.uk. There are two rounds a year, closing "
        "on 30 April and 31 October.",
    )
    num(
        "5.2",
        "A panel of the Forum's emergency planning officers scores each application. We "
        "tell you the result within six weeks of the closing date.",
    )
    num("6", "What to send with your application", bold=True)
    num(
        "6.1",
        "Your community emergency plan. If you do not have one yet, send instead your "
        "timetable for writing it: who will do what, and by when.",
    )
    num(
        "6.2",
        "A budget listing each item you want us to pay for and its cost.",
    )
    num(
        "6.3",
        "For any single item costing more than \u00a31,000 (a generator, for example), one "
        "written quote.",
    )
    num(
        "6.4",
        "Community groups only: your constitution, and your latest accounts or a statement of "
        "income and expenditure signed by two officers. Parish and town councils do not need "
        "to send these: we check your annual return online.",
    )
    num(
        "6.5",
        "If your volunteers will visit or phone vulnerable residents: your safeguarding policy "
        "and your lone working policy.",
    )
    num("7", "After a grant", bold=True)
    num(
        "7.1",
        "We will send a grant offer letter to sign and return. Within twelve months, send us "
        "a copy of your finished or updated plan and a short report. These are not needed "
        "when you apply.",
    )
    num("8", "Contact", bold=True)
    num(
        "8.1",
        "Emergency Planning and Resilience team, County Hall, Glissendale GL1 4EP. Email "
        "resilience.grants@glissendale.example.gov.uk or ring 01632 960 540.",
    )
    d.add_page_break()
    plain("Annex A: What a community emergency plan covers", bold=True, size=13)
    plain(
        "Your plan does not need to be long. A good plan answers these questions. Use them "
        "when you write or update your plan; you do not answer them on the application form."
    )
    for q in (
        "What emergencies are most likely in your area (flooding, snow, power cuts, heat)?",
        "Who in the community might need extra help, and how will you find out?",
        "Where is your emergency meeting place, and who holds the keys?",
        "Who are your volunteers, and how will you contact them at night?",
        "What kit do you have, and where is it kept?",
        "How will you get warnings from the Environment Agency and the Met Office?",
        "How will you tell the Local Resilience Forum what is happening?",
    ):
        d.add_paragraph(q, style="List Bullet")
    plain("Annex B: Useful links", bold=True, size=13)
    for q in (
        "Community emergency plan template (Word) on the Forum's website",
        "Flood warnings: sign up with the Environment Agency",
        "Priority Services Register: for residents who depend on power for medical equipment",
    ):
        d.add_paragraph(q, style="List Bullet")
    out = HERE / "glissendale-community-resilience-grant-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Brambleholt (pdf fillable)


def brambleholt() -> None:
    """A warm welcome spaces grant as a two-page fillable PDF: one Part-wide word limit that
    one question overrides, multiline fields with no /MaxLen, a sessions grid of three rows
    with a day, times and a visitor count per row, and a check box for every document."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brambleholt-warm-welcome-spaces-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Warm Welcome Spaces Grant 2026-27")
    c.setAuthor("Brambleholt Town Council")
    c.setSubject("Warm spaces winter grant application")
    w, h = A4
    form = c.acroForm
    plum = colors.HexColor("#7B2D5B")
    pale = colors.HexColor("#FBF3F7")

    def txt(x, y, t, width, size=9, font="Helvetica", leading=11.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def tf(name, tip, x, y, width, height=15, multi=False):
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=plum,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=0 if multi else 9,
            fieldFlags="multiline" if multi else "",
            maxlen=0,
        )

    def cb(name, tip, x, y):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            size=10,
            borderColor=plum,
            fillColor=pale,
            buttonStyle="check",
        )

    def band(y, t):
        c.setFillColor(plum)
        c.rect(40, y - 4, w - 80, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(46, y, t)
        c.setFillColor(colors.black)

    # page 1
    c.setFont("Helvetica-Bold", 19)
    c.drawString(40, h - 52, "Warm Welcome Spaces Grant 2026-27")
    y = txt(
        40,
        h - 72,
        "Brambleholt Town Council will give grants of up to \u00a31,500 to churches, community "
        "centres, libraries and village halls that open a free, warm and welcoming space this "
        "winter (1 December 2026 to 31 March 2027). Apply any time until 31 January 2027; we "
        "decide within ten working days. Save this form, fill it in on screen and email it to "
        "warmwelcome@brambleholt.example.gov.uk.",
        w - 80,
    )
    band(y - 10, "Part A   About you and your space")
    y -= 34
    for lab, name in (
        ("Name of the warm space", "space_name"),
        ("Organisation running it", "org_name"),
        ("Contact name", "contact"),
        ("Telephone", "phone"),
        ("Email", "email"),
        ("Address of the space", "space_address"),
        ("Postcode", "postcode"),
    ):
        c.setFont("Helvetica", 9)
        c.drawString(46, y + 4, lab)
        tf(name, lab, 200, y, w - 240)
        y -= 20
    c.setFont("Helvetica", 9)
    c.drawString(46, y + 4, "Type of venue")
    for i, opt in enumerate(
        ("Church or chapel hall", "Community centre", "Library", "Village hall", "Other")
    ):
        form.radio(
            name="venue_type",
            tooltip="Type of venue",
            value=opt.replace(" ", ""),
            selected=False,
            x=200 + (i % 3) * 120,
            y=y + 1 - (i // 3) * 16,
            size=10,
            buttonStyle="circle",
            borderColor=plum,
            fillColor=pale,
        )
        c.drawString(214 + (i % 3) * 120, y + 3 - (i // 3) * 16, opt)
    y -= 40
    c.drawString(46, y + 4, "Access (tick all that apply)")
    for i, (name, opt) in enumerate(
        (
            ("step_free", "Step-free entrance"),
            ("acc_toilet", "Accessible toilet"),
            ("hearing_loop", "Hearing loop"),
        )
    ):
        cb(name, f"Access: {opt}", 200 + i * 120, y + 1)
        c.drawString(214 + i * 120, y + 3, opt)
    y -= 30
    y = txt(
        46,
        y,
        "When will you open? Give up to three regular sessions a week.",
        w - 92,
        font="Helvetica-Bold",
    )
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(70, y - 2, "Day")
    c.drawString(200, y - 2, "Times (for example 10am to 2pm)")
    c.drawString(400, y - 2, "People you expect each session")
    y -= 22
    for i in (1, 2, 3):
        c.setFont("Helvetica", 9)
        c.drawString(50, y + 4, f"{i}.")
        tf(f"session{i}_day", f"Session {i}: day", 70, y, 110)
        tf(f"session{i}_times", f"Session {i}: times", 200, y, 180)
        tf(f"session{i}_people", f"Session {i}: people expected", 400, y, 100)
        y -= 20
    band(y - 10, "Part B   Your warm space")
    y -= 32
    y = txt(
        46,
        y,
        "Keep each answer in Part B to 150 words unless the question gives a different limit. "
        "The boxes grow as you type, so please count your words.",
        w - 92,
        font="Helvetica-Oblique",
    )
    y -= 4
    y = txt(
        46,
        y,
        "B1  Tell us about your warm space. What will people find when they come in?",
        w - 92,
        font="Helvetica-Bold",
    )
    tf("b1", "B1 Tell us about your warm space", 46, y - 80, w - 92, height=82, multi=True)
    c.setFont("Helvetica", 7.5)
    c.drawString(40, 24, "Brambleholt Town Council  |  Warm Welcome Spaces Grant  |  page 1 of 2")
    c.showPage()

    # page 2
    y = h - 50
    for code, q, height in (
        (
            "B2",
            "How will people who are struggling with their energy bills find out about the "
            "space, and how will you make them feel welcome rather than singled out? (up to "
            "250 words)",
            120,
        ),
        (
            "B3",
            "What else will you offer? For example hot drinks or a meal, energy advice, phone "
            "charging, a benefits check.",
            80,
        ),
        (
            "B4",
            "How will you keep the space safe for everyone, including people who may be "
            "vulnerable?",
            80,
        ),
    ):
        y = txt(46, y, f"{code}  {q}", w - 92, font="Helvetica-Bold")
        tf(code.lower(), f"{code} {q[:60]}", 46, y - height, w - 92, height=height + 2, multi=True)
        y -= height + 18
    band(y, "Part C   Costs")
    y -= 24
    for lab, name in (
        ("Heating and lighting (\u00a3)", "cost_energy"),
        ("Refreshments and food (\u00a3)", "cost_food"),
        ("Volunteer expenses (\u00a3)", "cost_volunteers"),
        ("Other, such as publicity (\u00a3)", "cost_other"),
        ("Total you are asking for (\u00a3, no more than 1,500)", "cost_total"),
    ):
        c.setFont("Helvetica", 9)
        c.drawString(46, y + 4, lab)
        tf(name, lab, 300, y, 120)
        y -= 20
    band(y - 6, "Part D   Documents to email with this form")
    y -= 30
    for name, lab in (
        (
            "doc_insurance",
            "Your public liability insurance certificate (cover of at least \u00a35 million)",
        ),
        ("doc_safeguarding", "Your safeguarding adults policy"),
        (
            "doc_accounts",
            "Your latest accounts (signed by your treasurer is fine); a church "
            "sends the accounts of its parish or congregation",
        ),
        (
            "doc_owner",
            "If you do not own the building: the owner's written agreement to the warm space",
        ),
        (
            "doc_food",
            "If you will prepare food on the premises: your food business "
            "registration with the council",
        ),
    ):
        cb(name, lab, 48, y - 2)
        y = txt(64, y, lab, w - 110)
        y -= 4
    band(y - 6, "Part E   Declaration")
    y -= 30
    cb("declaration", "Declaration", 48, y - 2)
    y = txt(
        64,
        y,
        "I confirm that the warm space will be free to use, open to everyone, and run as "
        "described, and that we will tell the Town Council how many people came.",
        w - 110,
    )
    y -= 8
    for lab, name in (("Name", "sign_name"), ("Date", "sign_date")):
        c.setFont("Helvetica", 9)
        c.drawString(46, y + 4, lab)
        tf(name, lab, 200, y, 200)
        y -= 20
    c.setFont("Helvetica", 7.5)
    c.drawString(40, 24, "Brambleholt Town Council  |  Warm Welcome Spaces Grant  |  page 2 of 2")
    c.showPage()
    c.save()


# ------------------------------------------------------------- Swarleigh (pdf text)


def swarleigh() -> None:
    """A cost-of-living quick response form made in Excel and printed to PDF: gridlines and
    row numbers printed, column letters hidden, a workbook header with the sheet name, yellow
    answer cells merged across columns, and three sheets (Application over two pages, Notes,
    Budget) in one four-page PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "swarleigh-cost-of-living-quick-response-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("CoL quick response fund 2026-27 v4.xlsx")
    c.setAuthor("Swarleigh Community Foundation")
    c.setCreator("Microsoft Excel for Microsoft 365")
    w, h = A4
    yellow = colors.HexColor("#FFF2CC")
    band = colors.HexColor("#833C0B")
    greyhd = colors.HexColor("#E7E6E6")
    grid = colors.HexColor("#BFBFBF")
    x0, rn_w = 40, 24
    widths = [170, 80, 80, 80, 101]
    colx = [x0 + rn_w]
    for wd in widths:
        colx.append(colx[-1] + wd)
    state = {"page": 0, "row": 0}

    def start(sheet):
        state["page"] += 1
        c.setFont("Helvetica", 8)
        c.drawString(x0, h - 28, "CoL quick response fund 2026-27 v4.xlsx")
        c.drawRightString(w - 40, h - 28, sheet)
        c.drawCentredString(w / 2, 22, f"Page {state['page']} of 4")
        return h - 48

    def row(y, cells=(), height=15, fill=None, bold=False, colour=colors.black, size=8.5):
        """One spreadsheet row: the row number, then cells given as (first col, span, text,
        fill); columns not named are empty cells with gridlines."""
        state["row"] += 1
        c.setFillColor(greyhd)
        c.rect(x0, y - height, rn_w, height, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawCentredString(x0 + rn_w / 2, y - height + 4, str(state["row"]))
        taken = set()
        for first, span, text, cfill in cells:
            xa, xb = colx[first], colx[first + span]
            taken.update(range(first, first + span))
            if cfill or fill:
                c.setFillColor(cfill or fill)
                c.rect(xa, y - height, xb - xa, height, stroke=0, fill=1)
            c.setStrokeColor(grid)
            c.rect(xa, y - height, xb - xa, height, stroke=1, fill=0)
            if text:
                font = "Helvetica-Bold" if bold else "Helvetica"
                c.setFillColor(colour)
                c.setFont(font, size)
                yy = y - 10
                for ln in simpleSplit(text, font, size, xb - xa - 6):
                    c.drawString(xa + 3, yy, ln)
                    yy -= size + 2
                c.setFillColor(colors.black)
        for i in range(len(widths)):
            if i not in taken:
                c.setStrokeColor(grid)
                if fill:
                    c.setFillColor(fill)
                    c.rect(colx[i], y - height, widths[i], height, stroke=1, fill=1)
                    c.setFillColor(colors.black)
                else:
                    c.rect(colx[i], y - height, widths[i], height, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        return y - height

    def title(y, text, size=12):
        return row(y, [(0, 5, text, None)], height=20, bold=True, size=size)

    def section(y, text):
        return row(y, [(0, 5, text, band)], height=16, bold=True, colour=colors.white)

    def label(y, text):
        return row(y, [(0, 1, text, None), (1, 4, "", yellow)], height=16)

    def question(y, text, lines):
        y = row(y, [(0, 5, text, None)], height=26 if len(text) > 95 else 15, bold=True)
        return row(y, [(0, 5, "", yellow)], height=15 * lines)

    # Sheet "Application", page 1
    y = start("Application")
    y = title(y, "SWARLEIGH COST OF LIVING QUICK RESPONSE FUND 2026-27: APPLICATION", 11)
    y = row(
        y,
        [
            (
                0,
                5,
                "Fill in the yellow cells only. Read the Notes sheet first. Save the workbook "
                "and email it to quickresponse@swarleighcf.example.org.uk.",
                None,
            )
        ],
        height=26,
    )
    y = row(y)
    y = section(y, "SECTION 1: YOUR ORGANISATION")
    for lab in (
        "Organisation name",
        "Charity or company number (if any)",
        "Main contact",
        "Their role",
        "Telephone",
        "Email",
        "Postcode",
        "Total income last financial year (\u00a3)",
    ):
        y = label(y, lab)
    y = row(y)
    y = section(y, "SECTION 2: WHAT YOU WILL DO")
    y = question(y, "Q1. What support will you give, and to whom? (max 150 words)", 7)
    y = question(y, "Q2. How do you know this support is needed now? (max 100 words)", 5)
    y = label(y, "Q3. Start date")
    y = label(y, "Q4. Date the money will all be spent by")
    y = question(
        y,
        "Q5. How will you reach people who are struggling but have not asked anyone for help "
        "before? (max 100 words)",
        5,
    )
    c.showPage()

    # Sheet "Application", page 2
    y = start("Application")
    y = question(y, "Q6. Will you work with any other organisations? If so, which ones?", 4)
    y = row(y)
    y = section(y, "SECTION 3: MONEY")
    y = row(
        y,
        [(0, 5, "Fill in the Budget sheet, then copy the total here.", None)],
    )
    y = label(y, "Amount requested (\u00a3, max 2,500)")
    y = row(y)
    y = section(y, "SECTION 4: DOCUMENTS TO ATTACH TO YOUR EMAIL")
    y = row(
        y,
        [(0, 4, "Document", greyhd), (4, 1, "Attached? (Y/N)", greyhd)],
        bold=True,
    )
    for text in (
        "Your most recent annual accounts. Independently examined if your income is over "
        "\u00a325,000; otherwise signed by your treasurer.",
        "A bank statement from the last three months showing the account name and number "
        "(we use it to pay you).",
        "Your safeguarding policy: only if you work with children or adults at risk.",
        "Your governing document: only if you have not applied to us since April 2024.",
    ):
        y = row(y, [(0, 4, text, None), (4, 1, "", yellow)], height=26)
    y = row(y)
    y = section(y, "SECTION 5: DECLARATION")
    y = row(
        y,
        [
            (
                0,
                5,
                "I confirm the information in this workbook is correct and that I am "
                "authorised to apply. Typing your name below counts as your signature.",
                None,
            )
        ],
        height=26,
    )
    for lab in ("Name", "Position", "Date"):
        y = label(y, lab)
    y = row(y)
    y = row(y, [(0, 5, "OFFICE USE ONLY: ref / date received / decision / panel member", greyhd)])
    c.showPage()

    # Sheet "Notes", page 3
    state["row"] = 0
    y = start("Notes")
    y = title(y, "NOTES: PLEASE READ BEFORE YOU APPLY")
    for text in (
        "What is the fund? Quick grants of up to \u00a32,500 for voluntary and community "
        "groups helping Swarleigh residents through the rising cost of living: food, fuel, "
        "warm clothing, school uniform swaps, and advice sessions.",
        "How quick? The fund is open all year. We decide within 10 working days of receiving "
        "a complete application and pay within 5 working days of a decision.",
        "Who can apply? Registered charities, CIOs, CICs, constituted community groups, "
        "faith groups and tenants' and residents' associations working in Swarleigh borough.",
        "What we cannot fund: cash payments to individuals (use the council's household "
        "support scheme instead), salaries, building work, political or religious "
        "activity.",
        "Do we need other funding? No. This fund can pay the whole cost of what you ask for.",
        "Insurance: if you run activities or events you should have public liability "
        "insurance. Ask us if you are not sure what you need.",
        "Your data: we share your application with Swarleigh Borough Council, which funds "
        "the scheme. See our privacy notice at swarleighcf.example.org.uk/privacy.",
        "Help: ring 01632 960 880 (Monday to Thursday) or email the address on the "
        "Application sheet.",
    ):
        y = row(y, [(0, 5, text, None)], height=38)
    for _ in range(10):
        y = row(y)
    c.showPage()

    # Sheet "Budget", page 4
    state["row"] = 0
    y = start("Budget")
    y = title(y, "BUDGET")
    y = row(
        y,
        [
            (0, 1, "Item", greyhd),
            (1, 1, "Quantity", greyhd),
            (2, 1, "Unit cost (\u00a3)", greyhd),
            (3, 1, "Total (\u00a3)", greyhd),
            (4, 1, "Supplier (if known)", greyhd),
        ],
        bold=True,
    )
    for _ in range(6):
        y = row(
            y,
            [
                (0, 1, "", yellow),
                (1, 1, "", yellow),
                (2, 1, "", yellow),
                (3, 1, "0.00", None),
                (4, 1, "", yellow),
            ],
        )
    y = row(y, [(0, 3, "TOTAL", None), (3, 1, "0.00", None)], bold=True)
    for _ in range(14):
        y = row(y)
    c.showPage()
    c.save()


def main() -> None:
    tarrowmead()
    glissendale()
    brambleholt()
    swarleigh()


if __name__ == "__main__":
    main()
