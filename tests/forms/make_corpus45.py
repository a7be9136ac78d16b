"""Build set 45's Word and PDF documents (sport, physical activity, play and leisure).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus45.py
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


# ------------------------------------------------------------- Stallingham (docx)


def stallingham() -> None:
    """A sports club development grant form that is ONE four-column table from top to
    bottom: dark merged rows for the Parts, grey merged rows for the questions, an empty
    merged row under each, label / answer rows merged in pairs, a coach grid and a costs
    grid in the same table."""
    from docx.shared import Cm, Pt

    d = _new(
        "Sports Club Development Grant 2027-28 application form",
        "Active Stallingham",
        "Arial",
        10,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.header.paragraphs[
        0
    ].text = "Stallingham District Council  |  Active Stallingham partnership  |  Form SCD1 v3"
    sec.footer.paragraphs[0].text = (
        "Return to activestallingham@stallingham.example.gov.uk or Sports Development, "
        "Stallingham District Council, Market Hall, Stallingham ST4 1AA"
    )
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def full(text, fill=None, bold=False, italic=False, colour=None, height=None):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[3])
        _set(c, text, bold=bold, italic=italic, colour=colour)
        if fill:
            _shade(c, fill)
        if height:
            _row_height(row, height)
        return c

    def part(text):
        full(text, fill="1F4E79", bold=True, colour="FFFFFF")

    def label(text, answer=""):
        row = t.add_row()
        a = row.cells[0].merge(row.cells[1])
        b = row.cells[2].merge(row.cells[3])
        _set(a, text)
        _shade(a, "F2F2F2")
        if answer:
            _set(b, answer)

    def question(text):
        full(text, fill="D9D9D9", bold=True)
        full("", height=2200)

    full(
        "SPORTS CLUB DEVELOPMENT GRANT 2027/28 \u2013 APPLICATION FORM",
        fill="1F4E79",
        bold=True,
        colour="FFFFFF",
    )
    full(
        "Grants for affiliated sports clubs in Stallingham district. Strand A, Club "
        "development: up to \u00a32,000 for equipment, new sections, facility hire to start a "
        "new group, or club volunteer training. Strand B, Coach education: up to \u00a31,500 "
        "towards the course fees of coaches, officials and volunteers. We pay up to 80% of "
        "the total cost: the club must find at least 20% itself, from club funds, fundraising "
        "or another funder. Read the Sports Club Development Grant notes before you start. "
        "Complete every white box; the grey rows tell you what to write. Please type, or "
        "write clearly in black ink."
    )
    part("PART 1   YOUR CLUB")
    label("Name of club")
    label("Sport(s)")
    label("National governing body affiliation number")
    label("Club contact: name and role in the club")
    label("Address for correspondence")
    label("Email")
    label("Telephone")
    label("Number of junior members (under 18)")
    label("Number of adult members")
    label("Name of club welfare officer")
    label(
        "Does the club hold a governing body accreditation (for example Clubmark or "
        "your sport's equivalent)?",
        f"{BOX} Yes     {BOX} No",
    )
    part("PART 2   WHICH STRAND ARE YOU APPLYING TO?")
    full(
        f"{BOX} Strand A  Club development (up to \u00a32,000)          "
        f"{BOX} Strand B  Coach education (up to \u00a31,500)          "
        "You may tick both: the most one club can receive in a year is \u00a33,000."
    )
    part("PART 3   YOUR PROJECT (every club answers this Part)")
    question(
        "3.1  What do you want to do? Describe the activity, equipment or change the grant "
        "would pay for. (up to 250 words)"
    )
    question(
        "3.2  Why does your club need this now? What evidence do you have, such as waiting "
        "lists, players dropping out or feedback from members? (up to 200 words)"
    )
    question(
        "3.3  Who will benefit? Tell us how the project will reach people who are less "
        "active: women and girls, disabled people, people on low incomes or people over 60. "
        "(up to 200 words)"
    )
    question("3.4  How will the club keep this going after the grant is spent? (100 words maximum)")
    part(
        "PART 4   COACH EDUCATION (Strand B only: leave this Part blank if you ticked "
        "Strand A only)"
    )
    full(
        "Give the details of each person you want us to help to qualify. Add more rows if "
        "you need them.",
        italic=True,
    )
    hdr = t.add_row()
    for i, h in enumerate(
        (
            "Name of coach, official or volunteer",
            "Course and awarding body",
            "Course date(s)",
            "Course fee (\u00a3)",
        )
    ):
        _set(hdr.cells[i], h, bold=True)
        _shade(hdr.cells[i], "F2F2F2")
    for _ in range(3):
        t.add_row()
    question(
        "4.1  How will each person's new qualification be used in the club over the next two "
        "seasons? (150 words)"
    )
    question(
        "4.2  Which teams, squads or sessions will they coach or officiate, and on which days?"
    )
    part("PART 5   COSTS")
    hdr = t.add_row()
    for i, h in enumerate(("Item or course", "Supplier", "Cost (\u00a3)", "Quote enclosed? Y/N")):
        _set(hdr.cells[i], h, bold=True)
        _shade(hdr.cells[i], "F2F2F2")
    for _ in range(4):
        t.add_row()
    label("Total cost of the project (\u00a3)")
    label("Amount you are asking us for (\u00a3) \u2013 no more than 80% of the total")
    label("Club's own contribution (\u00a3) \u2013 at least 20% of the total")
    question("5.1  Where will the club's contribution come from? (50 words)")
    part("PART 6   DOCUMENTS TO SEND WITH THIS FORM")
    full(
        "We cannot assess your application until we have everything in this list. Tick each "
        "one you have enclosed.",
        italic=True,
    )

    def doc(text):
        row = t.add_row()
        a = row.cells[0].merge(row.cells[2])
        _set(a, text)
        _set(row.cells[3], BOX)

    doc("The club's constitution or rules, signed and dated at your last AGM")
    doc(
        "The club's most recent annual accounts, signed by the treasurer. A club formed in "
        "the last 12 months sends its last three months' bank statements instead."
    )
    doc("The club's safeguarding policy, with the welfare officer named in Part 1")
    doc(
        "The club's equality policy (your governing body's model policy, adopted by the club, "
        "is fine)"
    )
    doc(
        "The club's public liability insurance certificate, showing cover of at least "
        "\u00a35 million (cover through your governing body's affiliation is fine)"
    )
    doc("Strand A only: a written quote for each item costing more than \u00a3250")
    doc("Strand B only: the course details page or booking confirmation for each course in Part 4")
    part("PART 7   DECLARATION")
    full(
        "On behalf of the club I confirm that the information in this form is true; that the "
        "club has an up-to-date safeguarding policy and a welfare officer; that every coach "
        "working with under-18s has a current enhanced DBS check; and that the club will "
        "repay any grant not spent on the project described here. I agree to the Council "
        "keeping this information to assess and monitor the grant."
    )
    label("Signed")
    label("Name (capitals)")
    label("Position in the club")
    label("Date")
    full("For office use only:   Ref ______   Date received ______   Officer ______", fill="EDEDED")
    for row in t.rows:
        row.cells[0].width = Cm(5.0)
    for p in d.paragraphs:
        for r in p.runs:
            r.font.size = Pt(10)
    out = HERE / "stallingham-sports-club-development-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Quaverby (docx)


def quaverby() -> None:
    """Eligibility guidance for a holiday and summer activities fund as a Word FAQ: every
    heading a question, an eligibility table of ticks and crosses, documents under
    'Do we need to send ...?' headings."""
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Holiday and Summer Activities Fund 2027: who can apply and what we need",
        "Quaverby Borough Council - Children and Families",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = (
        "Quaverby Borough Council  \u2022  Holiday and Summer Activities Fund 2027  \u2022  "
        "Provider guidance, version 2, November 2026"
    )
    teal = RGBColor(0x00, 0x6D, 0x77)

    def h(text, level=1):
        p = d.add_heading(text, level=level)
        for r in p.runs:
            r.font.color.rgb = teal
        return p

    def para(text, bold=False, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def bullet(text):
        return d.add_paragraph(text, style="List Bullet")

    t = d.add_paragraph()
    r = t.add_run("Holiday and Summer Activities Fund 2027")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = teal
    para("Who can apply, what your programme must offer and what we need from you", bold=True)
    para(
        "This guidance is for organisations thinking of applying to run free holiday "
        "activities with food for children and young people in Quaverby in the Easter, summer "
        "and Christmas holidays of 2027. It answers the questions providers ask us most. You "
        "apply on the Council's grants portal; this document is not the application form."
    )
    h("What is the fund for?")
    para(
        "The fund pays for places on holiday clubs for children and young people aged 5 to "
        "16 who receive benefits-related free school meals. Each place must offer at least "
        "four hours a day, four days a week, for four weeks in the summer holiday, one week "
        "at Easter and one week at Christmas. Every day must include a nutritious meal, a "
        "physical activity, and an enriching activity such as arts, cooking, nature or "
        "sport. We also fund a limited number of places for children who do not receive free "
        "school meals but whom a school or social worker refers to us."
    )
    h("How much can we get, and do we have to find some of the money?")
    para(
        "We pay \u00a320 per child per day for a standard place and \u00a345 per child per "
        "day for a child with special educational needs and disabilities (SEND) who needs "
        "one-to-one support. The fund pays the full cost of each place at those rates: you "
        "do not need to find match funding. Most providers receive between \u00a33,000 and "
        "\u00a325,000 for the year."
    )
    h("Can we apply?")
    para("Find your kind of organisation in the table.")
    rows = (
        ("Kind of organisation", "Can apply?", "Anything else?"),
        ("Registered charity or CIO", "\u2713 Yes", ""),
        ("Community interest company (CIC)", "\u2713 Yes", "Asset lock in your articles"),
        (
            "Constituted community group or sports club",
            "\u2713 Yes",
            "Must have a bank account in the group's name",
        ),
        ("School or academy", "\u2713 Yes", "For places in the holidays, not term time"),
        (
            "Childminder or nursery registered with Ofsted",
            "\u2713 Yes",
            "Give your Ofsted URN on the portal",
        ),
        (
            "Private company (for example a sports coaching business)",
            "\u2713 Yes",
            "Places at cost, no profit margin",
        ),
        (
            "Group without a constitution",
            "? Only with a host",
            "A constituted organisation applies and holds the money",
        ),
        ("Individual", "\u2717 No", ""),
        (
            "Organisation based outside Quaverby",
            "? Perhaps",
            "Only for sites inside the borough; talk to us first",
        ),
    )
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Light Grid Accent 1"
    for a, b, c in rows:
        row = tab.add_row()
        _set(row.cells[0], a, bold=(a == "Kind of organisation"))
        _set(row.cells[1], b, bold=(a == "Kind of organisation"))
        _set(row.cells[2], c, bold=(a == "Kind of organisation"))
    h("What must our programme offer?")
    for b in (
        "Food: at least one hot or cold meal a day that meets the School Food Standards, and "
        "a chance for children to learn about food.",
        "Physical activity: at least one hour of moderate to vigorous activity every day.",
        "Enrichment: fun activities that children would not otherwise get to do.",
        "Nutritional education for families, and signposting to other support.",
        "Inclusion: reasonable adjustments so that children with SEND can take part.",
        "Safeguarding: every member of staff and every volunteer has an enhanced DBS check.",
    ):
        bullet(b)
    h("What can't the fund pay for?")
    for b in (
        "Places for children who are not eligible and not referred.",
        "Building work, vehicles or equipment costing more than \u00a3500 an item.",
        "Activities that promote a religious or political belief.",
        "Costs you have already paid before we confirm the grant.",
    ):
        bullet(b)
    h("How do we apply?")
    para(
        "Apply on the Council's grants portal at grants.quaverby.example.gov.uk. The portal "
        "asks about your organisation, the sites you will use, the weeks and days you will "
        "open, the number of places, how you will reach eligible families, your menus, and "
        "how you will include children with SEND. You can save your answers and come back. "
        "Applications for Easter and summer close at noon on 15 January 2027; Christmas "
        "applications close on 1 September 2027."
    )
    h("Do we need to send documents?")
    para(
        "Yes. Upload these on the portal's Documents page before you submit. The answers "
        "below say which ones every provider sends and which only some providers send."
    )
    h("Do we need to send a safeguarding policy?", level=2)
    para(
        "Yes, every provider. Send your safeguarding policy, reviewed in the last 12 months, "
        "naming your designated safeguarding lead. A school or academy sends its own policy, "
        "not the trust's template."
    )
    h("Do we need to send an equality or inclusion policy?", level=2)
    para(
        "Yes, every provider. Send your equality and inclusion policy. It should say how you "
        "will include children with SEND and how you make reasonable adjustments."
    )
    h("Do we need to send our accounts?", level=2)
    para(
        "Yes. Send your latest annual accounts, independently examined or audited. "
        "Because the fund pays for places in advance, we cannot accept accounts that have "
        "only been signed by your own officers. A school or academy sends its trust's last "
        "audited accounts. If your organisation is less than a year old, talk to us before "
        "you apply: we may be able to pay you in arrears instead."
    )
    h("Do we need insurance, and do we send the certificate?", level=2)
    para(
        "Yes to both. Because your programme includes physical activity with children, "
        "every provider must hold public liability insurance of at least \u00a310 million. "
        "Upload the current certificate. If you employ staff you must also hold employer's "
        "liability insurance, but you do not need to send that certificate."
    )
    h("Do we need to send a timetable and a menu?", level=2)
    para(
        "Yes, every provider. Send a sample weekly timetable for one site, showing the "
        "activities, meal times and the enrichment on each day, and a sample menu for one "
        "week. They help us see that your programme meets the standards above."
    )
    h("Do we need to send a food hygiene certificate?", level=2)
    para(
        "Only if you will prepare or cook food on site. Then send the Food Hygiene Rating "
        "certificate for the kitchen you will use. If your meals come from a caterer or a "
        "school kitchen, you do not need to send anything about food hygiene."
    )
    h("We are not registered with Ofsted. Is there anything extra?", level=2)
    para(
        "Yes. Providers that are not registered with Ofsted send their health and safety "
        "policy and a risk assessment for each site. Ofsted-registered providers and schools "
        "do not need to send these."
    )
    h("We use volunteers. Do we need to send anything about them?", level=2)
    para(
        "If volunteers will work at your sessions, send your volunteer policy. It should "
        "cover recruitment, induction and supervision."
    )
    h("Do we need to send DBS certificates?", level=2)
    para(
        "No. Do not send copies of DBS certificates. You confirm in the portal's declaration "
        "that every member of staff and every volunteer has a current enhanced DBS check with "
        "a barred list check, and we may ask to see your single central record on a visit."
    )
    h("What happens after we apply?")
    para(
        "A panel of officers scores applications against the standards. We tell you our "
        "decision by 12 March 2027. If we offer you a grant you will sign a grant agreement, "
        "send us your bank details on our supplier form, and send attendance returns after "
        "each holiday. None of these is needed when you apply."
    )
    h("Who can we talk to?")
    para(
        "The holiday activities team: haf@quaverby.example.gov.uk, 01632 960 418 (Monday to "
        "Friday, 9am to 4pm). Ask us for this guidance in large print or another format."
    )
    out = HERE / "quaverby-holiday-and-summer-activities-fund-eligibility-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Coppicegate (pdf fillable)


def coppicegate() -> None:
    """A play area and MUGA capital grant form as a three-page fillable PDF: one field
    carries three lettered sub-questions, a quotes grid has a supplier and an amount field
    per row and a radio for the chosen quote, and a check box for every document."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "coppicegate-play-area-and-muga-capital-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Play Areas and MUGA Capital Fund 2027: application form")
    c.setAuthor("Coppicegate District Council - Leisure and Open Spaces")
    c.setSubject("Play and multi-use games area capital grants")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#2E7D32")
    pale = colors.HexColor("#F1F8E9")
    state = {"page": 1}

    def txt(x, y, t, width, size=9, font="Helvetica", leading=11.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def tf(name, tip, x, y, width, height=15, maxlen=0, multi=False):
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=green,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=0 if multi else 9,
            fieldFlags="multiline" if multi else "",
            maxlen=maxlen,
        )

    def band(y, t):
        c.setFillColor(green)
        c.rect(40, y - 4, w - 80, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(46, y, t)
        c.setFillColor(colors.black)

    def foot():
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 24, "Coppicegate District Council  |  Play Areas and MUGA Capital Fund")
        c.drawRightString(w - 40, 24, f"Page {state['page']} of 3")

    def newpage():
        foot()
        c.showPage()
        state["page"] += 1

    def row(y, lab, name, maxlen, lw=170):
        c.setFont("Helvetica", 9)
        c.drawString(46, y + 4, lab)
        tf(name, lab, 46 + lw, y, w - 86 - lw, maxlen=maxlen)
        return y - 21

    # page 1
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, h - 50, "Play Areas and MUGA Capital Fund 2027")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 66, "Application form for grants of \u00a35,000 to \u00a340,000")
    y = txt(
        40,
        h - 88,
        "For parish and town councils and community organisations building a new play area "
        "or multi-use games area (MUGA), or refurbishing an old one, on land in Coppicegate "
        "district. We fund up to 75% of the capital cost: at least 25% must come from you or "
        "from other funders. Fill in this form on screen, save it and email it with your "
        "documents to playcapital@coppicegate.example.gov.uk by 5pm on 26 February 2027. "
        "The boxes for Section C stop when you reach the limit.",
        w - 80,
    )
    band(y - 10, "Section A   Your organisation")
    y -= 34
    y = row(y, "Organisation name", "org_name", 100)
    c.setFont("Helvetica", 9)
    c.drawString(46, y + 4, "Type of organisation")
    form.choice(
        name="org_type",
        tooltip="Type of organisation",
        value="Parish or town council",
        options=[
            "Parish or town council",
            "Registered charity or CIO",
            "Community interest company",
            "Constituted community group",
            "Sports club",
            "Other",
        ],
        x=216,
        y=y,
        width=220,
        height=15,
        borderColor=green,
        fillColor=pale,
        fontSize=9,
    )
    y -= 21
    y = row(y, "Contact name", "contact_name", 60)
    y = row(y, "Position", "contact_position", 60)
    c.drawString(46, y + 4, "Address")
    tf("address", "Address", 216, y - 16, w - 256, height=31, maxlen=200, multi=True)
    y -= 40
    y = row(y, "Postcode", "postcode", 8)
    y = row(y, "Telephone", "phone", 20)
    y = row(y, "Email", "email", 80)
    band(y - 6, "Section B   The site")
    y -= 30
    y = row(y, "Site name and address", "site_address", 150)
    y = row(y, "Grid reference or what3words", "site_ref", 40)
    y = row(y, "Landowner (name)", "landowner", 80)
    y = row(y, "Years left on your lease (if you lease)", "lease_years", 3, lw=190)
    c.setFont("Helvetica", 9)
    c.drawString(46, y + 4, "Does the project need planning permission?")
    for i, opt in enumerate(("Yes", "No", "Not sure")):
        form.radio(
            name="planning",
            tooltip="Does the project need planning permission?",
            value=opt,
            selected=False,
            x=260 + i * 70,
            y=y + 1,
            size=11,
            buttonStyle="circle",
            borderColor=green,
            fillColor=pale,
        )
        c.drawString(275 + i * 70, y + 3, opt)
    y -= 30
    txt(
        46,
        y,
        "If the land is not yours, you need a lease with at least 15 years left or the "
        "landowner's written permission for the whole 15 years (see Section E).",
        w - 92,
        size=8,
        font="Helvetica-Oblique",
    )
    newpage()

    # page 2
    y = h - 50
    band(y, "Section C   Your project")
    y -= 24
    y = txt(
        46,
        y,
        "C1  Describe the play area or MUGA you want to build or improve: the equipment, the "
        "surfacing, fencing and access. (up to 1,800 characters)",
        w - 92,
        font="Helvetica-Bold",
    )
    tf(
        "c1_project",
        "C1 Describe the play area or MUGA (up to 1,800 characters)",
        46,
        y - 88,
        w - 92,
        height=90,
        maxlen=1800,
        multi=True,
    )
    y -= 104
    y = txt(
        46,
        y,
        "C2  Need and use. Answer (a), (b) and (c) in the one box below (up to 400 words in all):",
        w - 92,
        font="Helvetica-Bold",
    )
    for s in (
        "(a) How far away is the nearest play area or MUGA of the same kind?",
        "(b) Who will use the new facility, and how often?",
        "(c) What did local people, including children and young people, say when you "
        "consulted them?",
    ):
        y = txt(60, y, s, w - 106)
    tf(
        "c2_need",
        "C2 Need and use: answer (a), (b) and (c) here (up to 400 words in all)",
        46,
        y - 110,
        w - 92,
        height=112,
        maxlen=2400,
        multi=True,
    )
    y -= 126
    y = txt(
        46,
        y,
        "C3  How will the facility be inspected, maintained and insured for at least 15 "
        "years? Include who will pay for the annual independent inspection. (up to 1,200 "
        "characters)",
        w - 92,
        font="Helvetica-Bold",
    )
    tf(
        "c3_maintenance",
        "C3 Inspection, maintenance and insurance (up to 1,200 characters)",
        46,
        y - 70,
        w - 92,
        height=72,
        maxlen=1200,
        multi=True,
    )
    y -= 86
    y = txt(
        46,
        y,
        "C4  How will disabled children and adults be able to use the new facility? (up to "
        "900 characters)",
        w - 92,
        font="Helvetica-Bold",
    )
    tf(
        "c4_inclusive",
        "C4 Inclusive design (up to 900 characters)",
        46,
        y - 56,
        w - 92,
        height=58,
        maxlen=900,
        multi=True,
    )
    y -= 74
    c.setFont("Helvetica", 9)
    c.drawString(46, y + 4, "C5  Planned start date")
    tf("start_date", "Planned start date", 170, y, 90, maxlen=10)
    c.drawString(290, y + 4, "Planned completion date")
    tf("end_date", "Planned completion date", 400, y, 90, maxlen=10)
    newpage()

    # page 3
    y = h - 50
    band(y, "Section D   Quotes and costs")
    y -= 24
    y = txt(
        46,
        y,
        "D1  You must get three written quotes for the equipment, surfacing and installation "
        "from play equipment suppliers that are members of the Association of Play Industries "
        "or an equivalent body. List them here and mark the one you have chosen.",
        w - 92,
    )
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(70, y - 4, "Supplier")
    c.drawString(330, y - 4, "Amount, ex VAT (\u00a3)")
    c.drawString(450, y - 4, "Chosen")
    y -= 24
    for i in (1, 2, 3):
        c.setFont("Helvetica", 9)
        c.drawString(50, y + 4, f"{i}.")
        tf(f"quote{i}_supplier", f"Quote {i}: supplier", 70, y, 250, maxlen=60)
        tf(f"quote{i}_amount", f"Quote {i}: amount excluding VAT", 330, y, 100, maxlen=10)
        form.radio(
            name="chosen_quote",
            tooltip="Which quote have you chosen?",
            value=f"Quote{i}",
            selected=False,
            x=458,
            y=y + 1,
            size=11,
            buttonStyle="circle",
            borderColor=green,
            fillColor=pale,
        )
        y -= 20
    y = txt(
        46,
        y - 4,
        "D2  If you have not chosen the lowest quote, why not? (up to 600 characters)",
        w - 92,
        font="Helvetica-Bold",
    )
    tf(
        "d2_reason",
        "D2 Why not the lowest quote? (up to 600 characters)",
        46,
        y - 40,
        w - 92,
        height=42,
        maxlen=600,
        multi=True,
    )
    y -= 58
    for lab, name in (
        ("Total project cost (\u00a3)", "total_cost"),
        ("Grant requested (\u00a3), no more than 75% of the total", "grant_requested"),
        ("Your own contribution (\u00a3)", "own_contribution"),
        ("Other funding already secured (\u00a3)", "other_funding"),
    ):
        y = row(y, lab, name, 10, lw=250)
    band(y - 6, "Section E   Documents")
    y -= 28
    y = txt(
        46,
        y,
        "Email these with the form. Tick each one you are sending. We will not assess an "
        "application with documents missing.",
        w - 92,
    )
    docs = (
        ("doc_quotes", "The three written quotes listed in D1"),
        (
            "doc_site_plan",
            "A site plan showing the play area or MUGA, its fencing, paths and "
            "access from the road",
        ),
        (
            "doc_land",
            "Proof that you own the land, or your lease (at least 15 years left), or "
            "the landowner's written permission",
        ),
        ("doc_accounts", "Your latest annual accounts (they do not need to be audited)"),
        (
            "doc_consultation",
            "Evidence of your consultation: survey results, a petition, or "
            "letters from local schools and groups",
        ),
        ("doc_planning", "Planning permission, if your project needs it"),
        (
            "doc_governing",
            "If you are not a parish or town council: your constitution or "
            "other governing document",
        ),
    )
    y -= 4
    for name, lab in docs:
        form.checkbox(
            name=name,
            tooltip=lab,
            x=48,
            y=y - 2,
            size=10,
            borderColor=green,
            fillColor=pale,
            buttonStyle="check",
        )
        y = txt(64, y, lab, w - 110)
        y -= 3
    y = txt(
        46,
        y - 2,
        "Insurance: the site must be covered by public liability insurance of at least "
        "\u00a310 million from the day it opens. You do not need to send the certificate now: "
        "send it with your first claim for payment.",
        w - 92,
        size=8.5,
        font="Helvetica-Oblique",
    )
    band(y - 8, "Section F   Declaration")
    y -= 30
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=48,
        y=y - 2,
        size=10,
        borderColor=green,
        fillColor=pale,
        buttonStyle="check",
    )
    y = txt(
        64,
        y,
        "I confirm that the information in this form is correct, that the organisation will "
        "own or control the facility for at least 15 years, and that we will repay the grant "
        "if the facility is removed or sold in that time.",
        w - 110,
    )
    y -= 6
    for lab, name, ml in (
        ("Signature (type your name)", "signature", 60),
        ("Name", "sign_name", 60),
        ("Position", "sign_position", 60),
        ("Date", "sign_date", 10),
    ):
        y = row(y, lab, name, ml)
    foot()
    c.showPage()
    c.save()


# ------------------------------------------------------------- Fernhollow (pdf text)


def fernhollow() -> None:
    """A walking, wheeling and cycling fund's application pack as an A5 booklet printed
    two-up for saddle stitching: four landscape A4 sides carry booklet pages 8|1, 2|7, 6|3
    and 4|5, so the text comes out in imposition order, the checklist before the
    questions."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "fernhollow-walk-and-wheel-community-fund-booklet.pdf"
    size = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=size, invariant=1)
    c.setTitle("Walk and Wheel Community Fund 2027 - application booklet (print version)")
    c.setAuthor("Fernhollow County Council - Sustainable Travel")
    c.setSubject("Active travel community grants")
    w, h = size
    half = w / 2
    blue = colors.HexColor("#00539F")
    m = 34

    def page_text(x0, y, t, size_=9, font="Helvetica", leading=11.5, indent=0):
        c.setFont(font, size_)
        for ln in simpleSplit(t, font, size_, half - 2 * m - indent):
            c.drawString(x0 + m + indent, y, ln)
            y -= leading
        return y

    def heading(x0, y, t, size_=12):
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", size_)
        c.drawString(x0 + m, y, t)
        c.setFillColor(colors.black)
        return y - size_ - 6

    def lines(x0, y, n, gap=17):
        c.setStrokeColor(colors.HexColor("#8C8C8C"))
        c.setLineWidth(0.5)
        for _ in range(n):
            y -= gap
            c.line(x0 + m, y, x0 + half - m, y)
        c.setStrokeColor(colors.black)
        return y - 12

    def detail(x0, y, lab, lw=110):
        c.setFont("Helvetica", 9)
        c.drawString(x0 + m, y, lab)
        c.setStrokeColor(colors.HexColor("#8C8C8C"))
        c.line(x0 + m + lw, y - 2, x0 + half - m, y - 2)
        c.setStrokeColor(colors.black)
        return y - 20

    def boxline(x0, y, t, indent=0):
        """Draw a line of options, each BOX a drawn square (Helvetica has no ballot box)."""
        c.setFont("Helvetica", 9)
        x = x0 + m + indent
        for i, part in enumerate(t.split(BOX)):
            if i:
                c.rect(x, y - 1, 7, 7)
                x += 10
            c.drawString(x, y, part)
            x += c.stringWidth(part, "Helvetica", 9)
        return y - 11.5

    def folio(x0, n):
        c.setFont("Helvetica", 8)
        c.drawCentredString(x0 + half / 2, 20, str(n))

    def p1(x0):
        c.setFillColor(blue)
        c.rect(x0 + m, h - 250, half - 2 * m, 190, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(x0 + m + 14, h - 110, "Walk and Wheel")
        c.drawString(x0 + m + 14, h - 138, "Community Fund")
        c.setFont("Helvetica", 13)
        c.drawString(x0 + m + 14, h - 168, "Application pack 2027")
        c.setFont("Helvetica", 10)
        c.drawString(x0 + m + 14, h - 200, "Grants of \u00a3500 to \u00a35,000 for walking,")
        c.drawString(x0 + m + 14, h - 214, "wheeling and cycling in your community")
        c.setFillColor(colors.black)
        page_text(
            x0,
            h - 290,
            "Please read pages 2 and 3 before you fill in the application form on pages 4 to "
            "7. Return pages 4 to 7 with your documents.",
            size_=10,
        )
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + m, 60, "Fernhollow County Council")

    def p2(x0):
        y = heading(x0, h - 50, "About the fund")
        y = page_text(
            x0,
            y,
            "The Walk and Wheel Community Fund helps local groups get more people walking, "
            "wheeling (using a wheelchair, mobility scooter or pushchair) and cycling for "
            "short everyday journeys. We fund projects such as bike maintenance sessions, led "
            "walks and rides, bike libraries and loans, adapted cycles, walking maps, school "
            "street events and route clean-ups.",
        )
        y = heading(x0, y - 8, "Who can apply", 10.5)
        y = page_text(
            x0,
            y,
            "Constituted voluntary and community groups, registered charities, community "
            "interest companies and parent-teacher associations working in Fernhollow "
            "county. Your group must have a bank account in its own name with two unrelated "
            "signatories.",
        )
        y = heading(x0, y - 8, "How much", 10.5)
        y = page_text(
            x0,
            y,
            "From \u00a3500 to \u00a35,000. We can fund the whole cost of your project: you "
            "don't need to find other funding, though you are welcome to.",
        )
        y = heading(x0, y - 8, "What we cannot fund", 10.5)
        for b in (
            "Road works, signs or crossings on the highway (talk to us about these).",
            "Bikes for individuals to keep, unless part of a loan scheme.",
            "Races, sportives or other competitive events.",
            "Anything already bought.",
        ):
            y = page_text(x0, y, "\u2013 " + b, indent=6)
        y = heading(x0, y - 8, "Insurance", 10.5)
        page_text(
            x0,
            y,
            "Every group must have public liability insurance of at least \u00a32 million "
            "for its activities. You do not need to send us the certificate.",
        )
        folio(x0, 2)

    def p3(x0):
        y = heading(x0, h - 50, "What to send with your form")
        y = page_text(x0, y, "Every group sends:")
        for b in (
            "a copy of your constitution or set of rules;",
            "a bank statement for your group's account, less than three months old, showing "
            "the group's name. We do not ask for accounts.",
        ):
            y = page_text(x0, y, "\u2013 " + b, indent=6)
        y = page_text(x0, y - 6, "Some groups also send:")
        for b in (
            "a quote, or a screenshot of the web page, for any single item costing more "
            "than \u00a3300;",
            "if your project includes led rides or led walks: the ride leader or walk leader "
            "qualification of each leader (for example a British Cycling Ride Leader award "
            "or walk leader training);",
            "if your project works with children or adults at risk: your safeguarding policy.",
        ):
            y = page_text(x0, y, "\u2013 " + b, indent=6)
        y = heading(x0, y - 8, "When and where", 10.5)
        y = page_text(
            x0,
            y,
            "There are two rounds: closing 31 March 2027 and 30 September 2027. Post your "
            "form to Sustainable Travel, Fernhollow County Council, County Hall, Fernhollow "
            "FH1 2WW, or scan it and email walkandwheel@fernhollow.example.gov.uk. We will "
            "tell you our decision within eight weeks of the closing date.",
        )
        y = heading(x0, y - 8, "Help", 10.5)
        page_text(
            x0,
            y,
            "Ring 01632 960 772 or email us to talk through an idea before you apply.",
        )
        folio(x0, 3)

    def p4(x0):
        y = heading(x0, h - 50, "Application form")
        y = heading(x0, y, "Section 1  About your group", 10.5)
        for lab in (
            "Name of group",
            "Contact name",
            "Address",
            "",
            "Postcode",
            "Telephone",
            "Email",
        ):
            y = detail(x0, y, lab)
        y = page_text(x0, y, "Type of group (tick one):")
        y = boxline(
            x0, y, f"{BOX} constituted group   {BOX} charity   {BOX} CIC   {BOX} PTA", indent=8
        )
        y = boxline(
            x0, y - 6, f"Does the group have a bank account in its own name?   {BOX} Yes   {BOX} No"
        )
        y = heading(x0, y - 12, "Section 2  Your project", 10.5)
        y = page_text(
            x0,
            y,
            "1. What will you do? Tell us about the walking, wheeling or cycling activity and "
            "where it will happen. (about 200 words)",
            font="Helvetica-Bold",
        )
        lines(x0, y, 9)
        folio(x0, 4)

    def p5(x0):
        y = page_text(
            x0,
            h - 50,
            "2. Who is it for? We particularly want to reach people who do not walk, wheel or "
            "cycle much now. (150 words)",
            font="Helvetica-Bold",
        )
        y = lines(x0, y, 8)
        y = page_text(
            x0,
            y,
            "3. What difference will it make to how people travel in your area?",
            font="Helvetica-Bold",
        )
        y = lines(x0, y, 8)
        folio(x0, 5)

    def p6(x0):
        y = page_text(
            x0,
            h - 50,
            "4. How will you keep people safe? For example: leader training, route checks, "
            "bike safety checks. (150 words)",
            font="Helvetica-Bold",
        )
        y = lines(x0, y, 7)
        y = page_text(
            x0, y, "5. How will you know it has worked? (100 words)", font="Helvetica-Bold"
        )
        y = lines(x0, y, 5)
        y = heading(x0, y, "Section 3  Costs", 10.5)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + m + 4, y, "Item")
        c.drawString(x0 + half - m - 60, y, "Cost \u00a3")
        top = y + 11
        for _ in range(6):
            y -= 16
        c.rect(x0 + m, y - 4, half - 2 * m, top - y + 4)
        c.line(x0 + half - m - 66, top, x0 + half - m - 66, y - 4)
        yy = top - 15
        while yy > y:
            c.line(x0 + m, yy, x0 + half - m, yy)
            yy -= 16
        y = detail(x0, y - 22, "Total you are asking for \u00a3", lw=140)
        folio(x0, 6)

    def p7(x0):
        y = heading(x0, h - 50, "Section 4  Checklist")
        y = page_text(x0, y, "Tick what you are sending with this form:")
        for b in (
            "constitution or set of rules",
            "bank statement (less than three months old)",
            "quotes for items over \u00a3300 (if any)",
            "ride or walk leader qualifications (led rides and walks only)",
            "safeguarding policy (work with children or adults at risk only)",
        ):
            y = boxline(x0, y, f"{BOX} {b}", indent=6)
        y = heading(x0, y - 10, "Section 5  Declaration", 10.5)
        y = page_text(
            x0,
            y,
            "I confirm that the information on this form is true, that the group will spend "
            "the grant only on the project described, and that we will send a short report "
            "with photos within two months of finishing.",
        )
        y -= 8
        for lab in ("Signed", "Name", "Position in group", "Date"):
            y = detail(x0, y, lab)
        folio(x0, 7)

    def p8(x0):
        y = heading(x0, h - 60, "Fernhollow County Council")
        y = page_text(
            x0,
            y,
            "Sustainable Travel team, County Hall, Fernhollow FH1 2WW. "
            "walkandwheel@fernhollow.example.gov.uk  |  01632 960 772",
        )
        page_text(
            x0,
            y - 10,
            "This booklet is available in large print, Easy Read and other languages. "
            "Printed on recycled paper. Please recycle it when you have finished with it.",
        )
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(x0 + m, 60, "Funded by the county's active travel capability grant.")

    pages = {1: p1, 2: p2, 3: p3, 4: p4, 5: p5, 6: p6, 7: p7, 8: p8}
    for left, right in ((8, 1), (2, 7), (6, 3), (4, 5)):
        pages[left](0)
        pages[right](half)
        c.setStrokeColor(colors.HexColor("#DDDDDD"))
        c.setDash(2, 3)
        c.line(half, 10, half, h - 10)
        c.setDash()
        c.setStrokeColor(colors.black)
        c.showPage()
    c.save()


def main() -> None:
    stallingham()
    quaverby()
    coppicegate()
    fernhollow()


if __name__ == "__main__":
    main()
