"""Build set 27's Word and PDF documents (children, young people and families).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus27.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 30, 0)
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
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _grey(par, text: str, size: float = 9, italic: bool = False):
    from docx.shared import Pt, RGBColor

    r = par.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    r.font.color.rgb = RGBColor(0x50, 0x50, 0x50)
    return r


def _label_table(d, labels: list[str], fill: str, tall: tuple[str, ...] = ()) -> None:
    from docx.shared import Cm

    t = d.add_table(rows=len(labels), cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(labels):
        cells = t.rows[i].cells
        cells[0].text = label
        _shade(cells[0], fill)
        cells[0].width, cells[1].width = Cm(6.5), Cm(10.5)
        if label in tall:
            _row_height(t.rows[i], 900)


# ----------------------------------------------------------------------------- Aldwick (docx)

# (ref, question, guidance, answer cell text or None for an empty box, box height)
ALDWICK_B = [
    (
        "B1",
        "Describe the holiday programme you will run, including the activities on offer each day.",
        "Tell us about the mix of physical activity, enrichment (for example cooking, arts, "
        "trips out) and the daily meal, and how a typical day runs from arrival to "
        "collection. Up to 400 words.",
        None,
        3600,
    ),
    (
        "B2",
        "Where and when will you run, and how many places a day will you offer?",
        "Use the delivery table below, one row per venue. Count a day as at least four "
        "hours. If you are not sure of a venue yet, write 'TBC' and the area.",
        "TABLE",
        0,
    ),
    (
        "B3",
        "How will you make sure the food you serve meets the School Food Standards?",
        "Tell us who prepares the food and where, and how you will cater for allergies and "
        "for cultural and religious diets. If food is brought in, tell us from whom. "
        "Maximum 250 words.",
        None,
        2600,
    ),
    (
        "B4",
        "How will you reach children who receive benefits-related free school meals, and "
        "children with special educational needs and disabilities (SEND)?",
        "Include how you will work with schools, the Family Hubs and the SEND Local Offer, "
        "and the reasonable adjustments you can make. No more than 300 words.",
        None,
        2900,
    ),
    (
        "B5",
        "Will you also offer places to children who are not eligible for free school meals?",
        "Tick one. These places cannot be paid for from HAF funding; see Condition 7.",
        f"{BOX} Yes, paid places     {BOX} Yes, free places funded another way     {BOX} No",
        0,
    ),
    (
        "B6",
        "How will you involve children and their families in planning the programme?",
        "For example a children's menu panel or asking families which weeks suit them. "
        "About 150 words.",
        None,
        1800,
    ),
    (
        "B7",
        "What will children and their parents or carers learn about food and healthy eating?",
        "HAF providers must include nutritional education every day and some information for "
        "families. Up to 200 words.",
        None,
        2100,
    ),
]

ALDWICK_C_STATEMENTS = [
    "Everyone who works with children on the programme, paid or unpaid, will have an "
    "enhanced DBS check with a check of the children's barred list before they start.",
    "Your safeguarding and child protection policy has been reviewed and signed by your "
    "committee or board in the last 12 months.",
    "You follow safer recruitment, including two references for every member of staff.",
    "Staff to child ratios will be at least 1:8 for children under 8 and 1:10 for "
    "children aged 8 and over, with never fewer than two adults on site.",
    "A qualified first aider (paediatric first aid where children under 8 attend) will be "
    "on site at all times.",
]

ALDWICK_C = [
    (
        "C3",
        "Describe what your staff will do if a child tells them something worrying or they "
        "are concerned about a child's welfare.",
        "Tell us the steps staff take, who they report to, how the DSL records it, and when "
        "they would contact the Aldwick Children's Advice and Duty Service (CADS) or the "
        "police. Up to 300 words.",
        2900,
    ),
    (
        "C4",
        "How will you keep children safe online and at the end of each day?",
        "Include your rules on phones and photographs, and your procedure for a child who is "
        "not collected or who is collected by someone you do not know. Maximum 200 words.",
        2100,
    ),
    (
        "C5",
        "If any of your staff or volunteers are under 18, how will you supervise them?",
        "Only answer if this applies. Young leaders cannot be counted in the ratios. "
        "Up to 100 words.",
        1200,
    ),
]

ALDWICK_DOCS = [
    (
        "Safeguarding and child protection policy, signed and dated in the last 12 months",
        "Everyone",
    ),
    ("Anti-bullying policy", "Everyone"),
    ("Health and safety policy", "Everyone"),
    ("Risk assessment for each venue and for any trips out", "Everyone"),
    ("Public liability insurance certificate (minimum cover £5 million)", "Everyone"),
    ("A sample menu for one week of the programme", "Everyone"),
    (
        "Your latest annual accounts (they do not need to be audited). If you have been "
        "running for less than a year, your last three months' bank statements instead",
        "Everyone",
    ),
    (
        "A list of the staff and volunteers who will work with children, with each "
        "person's DBS certificate number and issue date (not the certificates themselves)",
        "Everyone",
    ),
    (
        "Food hygiene rating or your food business registration letter",
        "If you prepare food on site",
    ),
    ("Ofsted registration certificate", "If you are registered with Ofsted"),
]


def _aldwick_qg(d, rows, header: bool = True) -> None:
    """A two-column 'Question / Guidance for this question' table, answer row under each."""
    from docx.shared import Cm, Pt, RGBColor

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    if header:
        hdr = t.add_row().cells
        hdr[0].text, hdr[1].text = "Question", "Guidance for this question"
        for c in hdr:
            _shade(c, "1F4E79")
            c.paragraphs[0].runs[0].bold = True
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for ref, question, guidance, answer, height in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(8.5), Cm(8.5)
        _shade(cells[0], "DCE6F2")
        _shade(cells[1], "F2F2F2")
        r = cells[0].paragraphs[0].add_run(f"{ref}  {question}")
        r.bold = True
        _grey(cells[1].paragraphs[0], guidance, 9, italic=True)
        if answer == "TABLE":
            continue
        arow = t.add_row()
        merged = arow.cells[0].merge(arow.cells[1])
        if answer:
            merged.text = answer
            merged.paragraphs[0].runs[0].font.size = Pt(10)
        else:
            _row_height(arow, height)


def aldwick() -> None:
    """A county council's HAF provider application in 'Question / Guidance' tables."""
    from docx.shared import Cm, Pt

    d = _new(
        "Holiday Activities and Food Programme 2027 - Provider Application",
        "Aldwick County Council - Children's Services",
        "Arial",
        10,
    )
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    sec.left_margin = sec.right_margin = Cm(1.9)
    hp = sec.header.paragraphs[0]
    hp.text = (
        "Aldwick County Council\tHAF 2027 Provider Application (form HAF-P1)\t"
        "OFFICIAL when completed"
    )
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Return to haf@aldwick.example.gov.uk by 12 noon on Friday 15 January 2027. "
        "Aldwick County Council, Children's Services, County Hall, Aldwick AW1 2CC."
    )
    fp.runs[0].font.size = Pt(7.5)

    d.add_heading("Holiday Activities and Food (HAF) Programme 2027", 0)
    p = d.add_paragraph()
    p.add_run("Provider application: Easter, summer and Christmas holidays 2027").bold = True
    d.add_paragraph(
        "The HAF programme gives children and young people aged 5 to 16 who receive "
        "benefits-related free school meals free places at holiday clubs, with enriching "
        "activities and at least one healthy meal a day. Aldwick County Council runs the "
        "programme in Aldwick with funding from the Department for Education."
    )
    d.add_paragraph(
        "We pay providers a set rate for each funded place for each day delivered (£24 a "
        "child a day for a four-hour day, £30 for a day of six hours or more). No match "
        "funding is required: HAF funding covers the full cost of the places you deliver. "
        "Payments are made in two parts, 60% before each holiday and the rest after your "
        "attendance return."
    )
    p = d.add_paragraph()
    p.add_run("How to fill in this form. ").bold = True
    p.add_run(
        "Each question in Sections B and C is set out in a table with the guidance for that "
        "question beside it. Write your answer in the white box below the question. Please "
        "keep to the length shown in the guidance: the panel stops reading at the limit. "
        "The boxes will grow as you type. Please read the HAF 2027 Provider Conditions "
        "before you start."
    )
    d.add_paragraph(
        "Do you need this form in another format? Call the HAF team on 01632 960 418 or "
        "email haf@aldwick.example.gov.uk."
    )

    d.add_heading("Section A: About your organisation", 1)
    labels = [
        "Organisation name",
        "Trading name (if different)",
        "Type of organisation",
        "Registered charity or company number",
        "Ofsted unique reference number (URN), if registered",
        "Address of your main office",
        "Postcode",
        "Main contact name",
        "Position in the organisation",
        "Telephone",
        "Email",
        "Website or social media page",
    ]
    _label_table(d, labels, "DCE6F2", tall=("Address of your main office",))
    t = d.tables[-1]
    t.rows[2].cells[1].text = (
        f"{BOX} Charity or CIO  {BOX} CIC  {BOX} School or academy  "
        f"{BOX} Childcare provider  {BOX} Sports club  {BOX} Other"
    )

    d.add_heading("Section B: Your holiday programme", 1)
    _aldwick_qg(d, ALDWICK_B[:2])
    dt = d.add_table(rows=4, cols=6)
    dt.style = "Table Grid"
    for i, h in enumerate(
        ("Venue", "Postcode", "Easter days", "Summer days", "Christmas days", "Places a day")
    ):
        dt.rows[0].cells[i].text = h
        _shade(dt.rows[0].cells[i], "DCE6F2")
    d.add_paragraph()
    _aldwick_qg(d, ALDWICK_B[2:])

    d.add_heading("Section C: Safeguarding", 1)
    d.add_paragraph(
        "Keeping children safe is the most important part of HAF. Every provider must meet "
        "the Aldwick Safeguarding Children Partnership's standards for out-of-school "
        "settings and the Department for Education's code of practice for providers of "
        "out-of-school settings. We will visit every new provider before the first holiday."
    )
    _label_table(
        d,
        [
            "Name of your Designated Safeguarding Lead (DSL)",
            "DSL telephone number during sessions",
            "Date of the DSL's last Level 3 safeguarding training",
            "Name of your deputy DSL",
        ],
        "DCE6F2",
    )
    d.add_paragraph()
    st = d.add_table(rows=len(ALDWICK_C_STATEMENTS) + 1, cols=3)
    st.style = "Table Grid"
    for i, h in enumerate(("Please confirm", "Yes", "No")):
        st.rows[0].cells[i].text = h
        _shade(st.rows[0].cells[i], "DCE6F2")
    for i, s in enumerate(ALDWICK_C_STATEMENTS, start=1):
        st.rows[i].cells[0].text = s
        st.rows[i].cells[1].text = BOX
        st.rows[i].cells[2].text = BOX
        st.rows[i].cells[0].width = Cm(14.5)
    d.add_paragraph(
        "If you answer No to any of these, we cannot fund you this year, but the HAF team "
        "can help you get ready for the next round."
    )
    _aldwick_qg(d, [(r, q, g, None, h) for r, q, g, h in ALDWICK_C])

    d.add_heading("Section D: Policies and documents", 1)
    d.add_paragraph(
        "Send these with your form, by email, as PDF or Word files. Tick each one you have "
        "attached. We cannot assess an application with a document missing."
    )
    dt = d.add_table(rows=len(ALDWICK_DOCS) + 1, cols=3)
    dt.style = "Table Grid"
    for i, h in enumerate(("Document", "Who must send it", "Attached?")):
        dt.rows[0].cells[i].text = h
        _shade(dt.rows[0].cells[i], "DCE6F2")
    for i, (doc, who) in enumerate(ALDWICK_DOCS, start=1):
        dt.rows[i].cells[0].text = doc
        dt.rows[i].cells[1].text = who
        dt.rows[i].cells[2].text = BOX

    d.add_heading("Section E: Costs", 1)
    _label_table(
        d,
        [
            "Number of different eligible children you expect to reach across the year",
            "Daily rate you are applying for (£24 or £30 a child a day)",
            "Total amount requested for 2027 (£)",
        ],
        "DCE6F2",
    )
    d.add_paragraph()
    d.add_paragraph("Breakdown of costs for the year (add rows if you need to):")
    ct = d.add_table(rows=7, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text, ct.rows[0].cells[1].text = "Item", "Cost (£)"
    for i, item in enumerate(
        ("Staff", "Food", "Venue hire", "Activities and equipment", "Transport", "Total"),
        start=1,
    ):
        ct.rows[i].cells[0].text = item
    d.add_paragraph()
    _aldwick_qg(
        d,
        [
            (
                "E1",
                "Explain how you worked out the cost of your programme.",
                "Show your working, for example staff hours times rates, and tell us about "
                "anything else that is paying towards it. There is no word limit for this "
                "question.",
                None,
                1800,
            )
        ],
    )

    d.add_heading("Section F: Declaration", 1)
    d.add_paragraph("On behalf of the organisation named in Section A, I confirm that:")
    for line in (
        "the information in this form and the documents sent with it is true and complete;",
        "we have a safeguarding and child protection policy, an equality and diversity "
        "policy, a whistleblowing policy and a data protection policy, and we will follow "
        "them while delivering HAF;",
        "we hold public liability insurance of at least £5 million that covers the programme;",
        "we will share attendance data about children only as the HAF data sharing "
        "agreement allows;",
        "I have read and accept the HAF 2027 Provider Conditions.",
    ):
        d.add_paragraph(line, style="List Bullet")
    p = d.add_paragraph()
    p.add_run(f"{BOX}  ").bold = True
    p.add_run("Tick to confirm you have read the HAF 2027 Provider Conditions.")
    _label_table(d, ["Signature", "Print name", "Position", "Date"], "DCE6F2")

    d.add_heading("Section G: Equality monitoring (optional)", 1)
    d.add_paragraph(
        "This helps us see whether the programme reaches every community. It is not used to "
        "assess your application."
    )
    d.add_paragraph(
        "Is your organisation led by people from any of these groups? Tick all that apply: "
        f"{BOX} Black, Asian or minority ethnic communities  {BOX} Disabled people  "
        f"{BOX} LGBTQ+ people  {BOX} Young people under 25  {BOX} None of these  "
        f"{BOX} Prefer not to say"
    )

    d.add_heading("How we use your information", 2)
    d.add_paragraph(
        "Aldwick County Council is the data controller for the information on this form. "
        "We use it to assess your application, to manage the HAF programme and to report to "
        "the Department for Education. We keep it for six years after the end of the "
        "programme. Read our full privacy notice at aldwick.example.gov.uk/privacy/haf or "
        "contact our Data Protection Officer at dpo@aldwick.example.gov.uk."
    )
    ot = d.add_table(rows=2, cols=4)
    ot.style = "Table Grid"
    m = ot.rows[0].cells[0].merge(ot.rows[0].cells[3])
    m.text = "FOR OFFICE USE ONLY"
    _shade(m, "D9D9D9")
    for i, h in enumerate(("Ref:", "Received:", "Visit date:", "Panel score:")):
        ot.rows[1].cells[i].text = h
    out = HERE / "aldwick-county-council-haf-provider-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# -------------------------------------------------------------------------- Eppingdale (docx)

# (no., question, guidance, answer cell text or "" for empty)
EPPINGDALE_P2 = [
    (
        "2.1",
        "What youth work do you offer now?",
        "Sessions, days and times, where you meet and the ages you work with. Maximum 150 words.",
        "",
    ),
    (
        "2.2",
        "How many young people come to your sessions in a typical week?",
        "A number is fine. Count each young person once.",
        "",
    ),
    (
        "2.3",
        "Which age groups do you work with?",
        "Tick all that apply.",
        f"{BOX} 8-10   {BOX} 11-13   {BOX} 14-16   {BOX} 17-19   {BOX} 20-25 with SEND",
    ),
    (
        "2.4",
        "What will the grant pay for, and what difference will it make to young people?",
        "Tell us what will change for young people, not only what you will buy or run. "
        "Maximum 400 words.",
        "",
    ),
    (
        "2.5",
        "How have young people been involved in shaping this project?",
        "We give extra marks where young people had the idea or will help run it, for "
        "example through a members' committee. Maximum 200 words.",
        "",
    ),
    (
        "2.6",
        "Which Eppingdale Youth Offer priorities will your project meet?",
        "Tick one or more. The priorities are explained on page 3 of the guidance notes.",
        f"{BOX} Mental wellbeing   {BOX} Safe places to go   {BOX} Skills and work   "
        f"{BOX} Youth voice",
    ),
    (
        "2.7",
        "How will you know the project has worked?",
        "What will you count or ask, and how will young people have a say in judging it? "
        "Half a page at most.",
        "",
    ),
    (
        "2.8",
        "Are you working with any other organisations on this project? If so, who are they "
        "and what will they do?",
        "Write 'No' if you are not.",
        "",
    ),
]

EPPINGDALE_P3 = [
    (
        "3.1",
        "Describe how young people, and their parents or carers, can raise a concern, and "
        "what happens next.",
        "Include how you make sure young people know who to talk to. Maximum 250 words.",
        "",
    ),
    (
        "3.2",
        "How do you check that the adults who work with young people are safe to do so?",
        "Tell us about DBS checks (enhanced, with a barred list check where the role is "
        "regulated activity), references, induction and supervision, and how you keep a "
        "record of renewals. Maximum 250 words.",
        "",
    ),
    (
        "3.3",
        "Does the project include residential trips, overnight stays or adventurous activities?",
        "If yes, you must send a risk assessment (see Part 5).",
        f"{BOX} Yes     {BOX} No",
    ),
    (
        "3.4",
        "How do you keep young people safe online, including on your group's social media "
        "and messaging groups?",
        "Maximum 150 words.",
        "",
    ),
]


def _eppingdale_table(d, rows) -> None:
    from docx.shared import Cm, Pt

    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    widths = (Cm(1.4), Cm(7.6), Cm(7.4), Cm(9.8))
    for i, h in enumerate(("No.", "Question", "Guidance for this question", "Your answer")):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        _shade(c, "FCE4D6")
    for no, q, g, a in rows:
        row = t.add_row()
        _row_height(row, 2200 if not a else 500)
        cells = row.cells
        cells[0].text = no
        cells[1].text = q
        cells[1].paragraphs[0].runs[0].bold = True
        _grey(cells[2].paragraphs[0], g, 9)
        if a:
            cells[3].text = a
            cells[3].paragraphs[0].runs[0].font.size = Pt(9.5)
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=True):
            c.width = w


def eppingdale() -> None:
    """A district council's landscape youth work grant form, four-column question tables."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = _new(
        "Youth Club and Youth Work Grants 2027-28: application form",
        "Eppingdale District Council",
        "Verdana",
        9.5,
    )
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.left_margin = sec.right_margin = Cm(1.7)
    hp = sec.header.paragraphs[0]
    hp.text = "EPPINGDALE DISTRICT COUNCIL  |  Communities and Leisure  |  Youth Grants 2027-28"
    hp.runs[0].font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "YG1 application form, version 3 (October 2026). Please read the Youth Grants "
        "guidance notes before you fill this in. youthgrants@eppingdale.example.gov.uk"
    )
    fp.runs[0].font.size = Pt(7)

    d.add_heading("Youth Club and Youth Work Grants 2027-28", 0)
    d.add_paragraph(
        "Grants of £1,000 to £7,500 for youth clubs, uniformed groups, detached and "
        "outreach projects and other open-access youth work for young people aged 8 to 19 "
        "(up to 25 for young people with special educational needs and disabilities) who "
        "live in Eppingdale district."
    )
    d.add_paragraph(
        "We fund up to 80% of the cost of a project. You must find at least 20% from other "
        "sources; this can include the value of volunteer time and free use of a hall."
    )
    p = d.add_paragraph()
    p.add_run("Closing date: ").bold = True
    p.add_run("5pm, Monday 1 March 2027. Decisions by the end of April 2027.")
    d.add_paragraph(
        "Type your answers in the right-hand column ('Your answer'). The middle column tells "
        "you what we are looking for in each answer and how long it can be. Where no length "
        "is given, keep your answer short."
    )

    d.add_heading("Part 1: About your organisation", 1)
    _label_table(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Role in the organisation",
            "Telephone",
            "Email",
            "Legal status",
            "Charity or company number (if any)",
            "Year the organisation was set up",
            "Total income in your last financial year (£)",
        ],
        "FCE4D6",
        tall=("Address",),
    )
    d.tables[-1].rows[7].cells[1].text = (
        f"{BOX} Registered charity  {BOX} CIO  {BOX} Unincorporated association  "
        f"{BOX} Uniformed group (part of a national body)  {BOX} CIC  {BOX} Other"
    )

    d.add_heading("Part 2: Your youth work and this project", 1)
    _eppingdale_table(d, EPPINGDALE_P2)

    d.add_heading("Part 3: Keeping young people safe", 1)
    d.add_paragraph(
        "We will not fund a group that cannot show us it keeps young people safe. Your "
        "safeguarding policy must follow the Eppingdale Safeguarding Children Partnership's "
        "procedures and name a safeguarding lead, and everyone in a role that is regulated "
        "activity must have an enhanced DBS check with a barred list check, renewed at "
        "least every three years."
    )
    _label_table(
        d,
        [
            "Name of your safeguarding lead",
            "Date of their last safeguarding training",
        ],
        "FCE4D6",
    )
    d.add_paragraph()
    _eppingdale_table(d, EPPINGDALE_P3)

    d.add_heading("Part 4: Costs and other funding", 1)
    _label_table(
        d,
        ["Total cost of the project (£)", "Amount you are asking us for (£)"],
        "FCE4D6",
    )
    d.add_paragraph()
    d.add_paragraph("What the money will be spent on:")
    ct = d.add_table(rows=6, cols=3)
    ct.style = "Table Grid"
    for i, h in enumerate(("Item or activity", "How you worked out the cost", "Cost (£)")):
        ct.rows[0].cells[i].text = h
        _shade(ct.rows[0].cells[i], "FCE4D6")
    d.add_paragraph()
    d.add_paragraph("Where the rest of the money will come from (at least 20%):")
    ot = d.add_table(rows=4, cols=3)
    ot.style = "Table Grid"
    for i, h in enumerate(("Source", "Amount (£)", "Secured? Yes / No")):
        ot.rows[0].cells[i].text = h
        _shade(ot.rows[0].cells[i], "FCE4D6")

    d.add_heading("Part 5: What to send with this form", 1)
    d.add_paragraph("Every applicant must send:")
    for line in (
        "your governing document (constitution, set of rules or trust deed), signed and dated;",
        "your safeguarding policy, showing the date it was adopted and when it is next due "
        "for review;",
        "your most recent annual accounts, signed by your treasurer or independently "
        "examined, whichever you have;",
        "a bank statement less than three months old showing the organisation's name.",
    ):
        d.add_paragraph(line, style="List Number")
    d.add_paragraph("Also send, if it applies to you:")
    for line in (
        "a risk assessment, if you answered Yes at 3.3;",
        "a quote for any single item costing more than £750;",
        "the youth work qualification (JNC-recognised) of your lead worker, if you are "
        "asking us to pay for a youth worker's time;",
        "your lone working policy, if your youth workers do detached or outreach work on "
        "the streets or in parks.",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph(
        "Your group must hold public liability insurance of at least £2 million. You do "
        "not need to send the certificate, but we may ask to see it before we pay the grant."
    )

    d.add_heading("Part 6: Declaration", 1)
    d.add_paragraph(
        "We confirm that the information in this form is correct, that the grant will be "
        "used only for the project described, and that our organisation has an equal "
        "opportunities policy and a health and safety policy which we follow. Two people "
        "must sign: two members of your committee or board who are not related to each "
        "other or living at the same address."
    )
    st = d.add_table(rows=5, cols=3)
    st.style = "Table Grid"
    for i, h in enumerate(("", "First signatory", "Second signatory")):
        st.rows[0].cells[i].text = h
    for i, h in enumerate(("Signature", "Name", "Position", "Date"), start=1):
        st.rows[i].cells[0].text = h
        _shade(st.rows[i].cells[0], "FCE4D6")

    d.add_paragraph()
    d.add_paragraph(
        "Privacy: Eppingdale District Council will use your information to process your "
        "application and monitor any grant. We may share it with the Eppingdale Youth "
        "Partnership panel. See eppingdale.example.gov.uk/privacy."
    )
    out = HERE / "eppingdale-district-council-youth-club-and-youth-work-grants.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------------------------- Uffcott (pdf)


def uffcott() -> None:
    """A parish council's fillable summer playscheme grant form, guidance in a side column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "uffcott-parish-council-summer-playscheme-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Summer Playscheme and Holiday Club Grant 2027")
    c.setAuthor("Uffcott Parish Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 42, w - 42
    gx = 392  # the guidance column
    green = colors.HexColor("#2E6B30")
    pale = colors.HexColor("#F1F7EE")

    def head(page):
        c.setFont("Times-Bold", 13)
        c.drawString(x0, h - 40, "UFFCOTT PARISH COUNCIL")
        c.setFont("Times-Roman", 9)
        c.drawRightString(x2, h - 40, "The Reading Room, Church Lane, Uffcott UF4 7PL")
        c.setStrokeColor(green)
        c.setLineWidth(1.2)
        c.line(x0, h - 46, x2, h - 46)
        c.setFont("Times-Italic", 7.5)
        c.drawString(
            x0,
            24,
            "Clerk to the Council: Mrs J. Pardew  |  clerk@uffcott-pc.example.gov.uk  |  "
            "01632 960 771",
        )
        c.drawRightString(x2, 24, f"Playscheme grant 2027  -  page {page} of 2")

    def field(name, tip, x, y, width, height, maxlen=None, multiline=False):
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
            fontSize=9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def short(x, y, label, name, width, maxlen):
        c.setFont("Helvetica", 8)
        c.drawString(x, y, label)
        field(name, label, x, y - 16, width, 13, maxlen)

    def band(y, text):
        c.setFillColor(green)
        c.rect(x0, y - 4, x2 - x0, 15, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x0 + 4, y, text)
        c.setFillColor(colors.black)
        return y - 20

    def guidance(y, lines):
        c.setFont("Helvetica-Oblique", 7.5)
        c.setFillColor(colors.HexColor("#404040"))
        c.drawString(gx, y, "Guidance for this question")
        for i, line in enumerate(lines, start=1):
            c.drawString(gx, y - 9.5 * i, line)
        c.setFillColor(colors.black)

    def question(y, lines, name, height, glines, maxlen=None):
        c.setFont("Helvetica-Bold", 8.5)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 10.5 * i, line)
        guidance(y, glines)
        top = y - 10.5 * len(lines) - 2
        field(name, " ".join(lines), x0, top - height, gx - x0 - 14, height, maxlen, True)
        return min(top - height, y - 9.5 * (len(glines) + 1)) - 14

    def radios(x, y, name, tip, options):
        for i, (val, lab) in enumerate(options):
            xx = x + i * 92
            form.radio(
                name=name,
                tooltip=tip,
                value=val,
                selected=False,
                x=xx,
                y=y - 3,
                size=9,
                buttonStyle="circle",
                borderColor=green,
                fillColor=pale,
            )
            c.setFont("Helvetica", 8)
            c.drawString(xx + 12, y - 1, lab)

    def tick(x, y, name, tip, label):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y - 3,
            size=9,
            buttonStyle="check",
            borderColor=green,
            fillColor=pale,
        )
        c.setFont("Helvetica", 8)
        c.drawString(x + 14, y - 1, label)

    head(1)
    c.setFont("Times-Bold", 17)
    c.drawString(x0, h - 72, "Summer Playscheme and Holiday Club Grant 2027")
    c.setFont("Helvetica", 8)
    y = h - 88
    for line in (
        "The Parish Council helps voluntary groups run playschemes and holiday clubs for "
        "children aged 4 to 14 in Uffcott and Lower Uffcott during",
        "the school summer holidays. The Council will fund up to half of the playscheme's "
        "costs, up to a maximum grant of £1,500.",
        "Type in the shaded boxes. The notes in the right-hand column explain each question. "
        "Some boxes stop when they are full.",
        "Return the form by email to the Clerk by Friday 30 April 2027. The grants committee "
        "meets on 12 May 2027.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 6
    y = band(y, "1  About your group")
    short(x0, y, "Name of group", "group_name", 250, 80)
    short(x0 + 262, y, "Contact name", "contact_name", 249, 60)
    y -= 30
    short(x0, y, "Telephone", "phone", 120, 15)
    short(x0 + 130, y, "Email", "email", 250, 80)
    short(x0 + 392, y, "Postcode", "postcode", 119, 8)
    y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(x0, y, "Address")
    field("address", "Address", x0, y - 30, 380, 27, 200, True)
    y -= 44
    c.drawString(x0, y, "Is the playscheme registered with Ofsted?")
    radios(
        x0 + 170,
        y,
        "ofsted",
        "Is the playscheme registered with Ofsted?",
        (("yes", "Yes"), ("no", "No"), ("exempt", "Not required")),
    )
    y -= 14
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(
        x0,
        y,
        "'Not required': for example a scheme open for under two hours a day, or for 14 days "
        "or fewer in the year.",
    )
    y -= 14
    short(x0, y, "Ofsted URN (if registered)", "ofsted_urn", 120, 10)
    y -= 34
    y = band(y, "2  Your playscheme")
    short(x0, y, "Venue", "venue", 200, 80)
    short(x0 + 210, y, "First day (dd/mm/yyyy)", "first_day", 95, 10)
    short(x0 + 315, y, "Last day (dd/mm/yyyy)", "last_day", 95, 10)
    short(x0 + 420, y, "Places a day", "places", 91, 4)
    y -= 30
    short(x0, y, "Age range of children", "ages", 200, 20)
    y -= 34
    y = question(
        y,
        ["Q1  What will children do at the playscheme?", "(up to 200 words)"],
        "q1_activities",
        88,
        [
            "A typical day, the activities and any trips.",
            "Tell us how children get a say in what they do.",
        ],
        maxlen=1200,
    )
    y = question(
        y,
        [
            "Q2  How will you make sure children from families on low incomes",
            "can take part?",
        ],
        "q2_low_income",
        70,
        [
            "For example free or reduced places, or working",
            "with the school to reach families. The box holds",
            "about 150 words.",
        ],
        maxlen=900,
    )
    c.showPage()
    head(2)
    y = h - 66
    y = question(
        y,
        [
            "Q3  Describe your arrangements for keeping children safe, including",
            "staff ratios, DBS checks and what happens if a child is not collected.",
            "(up to 250 words)",
        ],
        "q3_safeguarding",
        120,
        [
            "Name your safeguarding lead. Every adult who",
            "helps must have an enhanced DBS check. We",
            "expect at least one adult for every eight children",
            "under 8, and one for every ten children over 8.",
        ],
    )
    y = question(
        y,
        [
            "Q4  If you will give children food or snacks, tell us what and who",
            "will prepare it.",
        ],
        "q4_food",
        60,
        ["Leave blank if you will not provide food."],
    )
    y = band(y, "3  Money")
    short(x0, y, "Total cost of the playscheme (£)", "total_cost", 120, 10)
    short(x0 + 140, y, "Grant requested (£)", "grant", 110, 10)
    short(x0 + 270, y, "Other income, e.g. parents' fees (£)", "other_income", 130, 10)
    y -= 34
    c.setFont("Helvetica", 8)
    c.drawString(x0, y, "Do you charge parents a fee?")
    radios(x0 + 170, y, "fees", "Do you charge parents a fee?", (("yes", "Yes"), ("no", "No")))
    y -= 26
    y = band(y, "4  Please send with this form (tick each one you are sending)")
    docs = [
        ("doc_safeguarding", "Your safeguarding policy (everyone)"),
        ("doc_bank", "A copy of your latest bank statement (everyone)"),
        ("doc_insurance", "Your public liability insurance certificate, £5m cover (everyone)"),
        ("doc_ofsted", "Ofsted registration certificate (if registered)"),
        ("doc_food", "Food hygiene certificate (if you will prepare food)"),
    ]
    for name, label in docs:
        tick(x0 + 4, y, name, label, label)
        y -= 14
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(
        x0,
        y - 2,
        "We do not need to see your accounts: a recent bank statement is enough for a grant "
        "of this size.",
    )
    y -= 24
    y = band(y, "5  Declaration")
    c.setFont("Helvetica", 8)
    for line in (
        "I confirm that the information on this form is correct; that every adult who will "
        "help at the playscheme has an enhanced DBS",
        "check; that our group has a safeguarding policy and a health and safety policy; and "
        "that any grant will be spent on the playscheme.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 4
    tick(x0 + 4, y, "declaration", "I agree to the declaration", "I agree to the declaration")
    y -= 20
    short(x0, y, "Signed (type your name)", "signature", 220, 60)
    short(x0 + 240, y, "Date", "sign_date", 100, 10)
    y -= 40
    c.setDash(3, 2)
    c.setStrokeColor(colors.grey)
    c.rect(x0, y - 34, x2 - x0, 40, stroke=1, fill=0)
    c.setDash()
    c.setFont("Helvetica", 7.5)
    c.drawString(x0 + 6, y - 6, "FOR COUNCIL USE:  Received ..........  Minute no. ..........")
    c.drawString(x0 + 6, y - 20, "Amount agreed £ ..........   Paid ..........")
    c.save()


# --------------------------------------------------------------------------- Orlestone (pdf)

# ("h", heading) | ("p", text) | ("b", [bullets]) | ("t", [rows "a|b|c"])
ORLESTONE = [
    ("h", "1. About the fund"),
    (
        "p",
        "The Early Years and Play Fund helps community groups give babies, young children and "
        "their families better places to play and to meet. It is run by Orlestone Community "
        "Foundation with money from Orlestone Borough Council's Family Hubs programme and "
        "from two local businesses. In 2026 we made 41 grants; 68% of them went to groups in "
        "the borough's most deprived neighbourhoods, where around 30% of children under five "
        "live in low-income households.",
    ),
    (
        "p",
        "There are two kinds of grant: capital grants of £2,000 to £15,000 for play equipment, "
        "outdoor play areas and improvements to buildings used by young children; and "
        "activity grants of £500 to £5,000 for play sessions, stay and play groups, parent "
        "and toddler groups and holiday play for under-fives.",
    ),
    ("h", "2. Who can apply"),
    (
        "b",
        [
            "Pre-schools and playgroups run by a voluntary committee.",
            "Parent and toddler groups, and stay and play groups.",
            "Adventure playgrounds and community play associations.",
            "Charities, CIOs, community interest companies limited by guarantee, and "
            "unincorporated community groups with a constitution and at least three "
            "unrelated committee members.",
            "Parish and town councils, for play areas open to the public.",
        ],
    ),
    (
        "p",
        "Private nurseries, childminders and schools cannot apply, but they can be a partner "
        "in a group's project.",
    ),
    ("h", "3. What we fund and what we do not"),
    (
        "p",
        "We fund equipment, surfacing and fencing; small building works such as accessible "
        "toilets and baby-changing; sessional staff; play resources; training for volunteers "
        "in play, first aid and safeguarding; and reasonable venue costs.",
    ),
    (
        "p",
        "We do not fund: statutory early years entitlement places; costs already paid for "
        "by someone else; equipment for a private garden; repairs caused by a lack of "
        "maintenance; religious instruction; or activity that has already happened.",
    ),
    ("h", "4. Paying for your project"),
    (
        "p",
        "We will fund up to 90% of the total cost of a project. You must find the remaining "
        "10% from your own funds or from other grants; the value of volunteer time does not "
        "count towards it. Tell us in the application where the 10% will come from.",
    ),
    ("h", "5. Safeguarding: what we expect of every group"),
    (
        "p",
        "Young children cannot speak up for themselves in the way older children can, so we "
        "ask more of early years groups than of most applicants. Every group we fund must:",
    ),
    (
        "b",
        [
            "have a safeguarding policy, adopted by its committee and reviewed every year, "
            "that names a Designated Safeguarding Lead and a deputy and follows the Orlestone "
            "Safeguarding Children Partnership's procedures;",
            "include in that policy how it manages mobile phones, cameras and smart watches "
            "in the setting, and how it records and shares a concern;",
            "make sure that everyone in regulated activity with children has an enhanced DBS "
            "check with a check of the children's barred list, and that parents who help out "
            "are never left alone with other people's children;",
            "have at least one person with a current paediatric first aid certificate at "
            "every session;",
            "follow the safeguarding and welfare requirements of the Early Years Foundation "
            "Stage, if the group is registered with Ofsted.",
        ],
    ),
    (
        "p",
        "You must also have an equality policy, a health and safety policy and a complaints "
        "procedure. We do not need copies of these three, but the declaration in the "
        "application asks you to confirm that you have them, and we may ask to see them when "
        "we visit.",
    ),
    ("h", "6. Insurance"),
    (
        "p",
        "All groups must hold public liability insurance of at least £5 million. Adventure "
        "playgrounds and groups running outdoor play on open land must hold at least £10 "
        "million. A copy of your current certificate is one of the documents we ask for.",
    ),
    ("h", "7. How to apply"),
    (
        "p",
        "You apply online at orlestonecf.example.org.uk/apply. The form has two parts. In "
        "Part 1 you tell us about your group, the kind of grant and the amount. In Part 2 you "
        "answer six questions: what you want to do (up to 300 words); why it is needed and "
        "how you know (up to 250 words); how families were involved (up to 200 words); how "
        "the project will keep children safe (up to 250 words); what difference it will make "
        "(up to 200 words); and, for capital grants only, how you will look after the "
        "equipment in the future (up to 150 words).",
    ),
    (
        "p",
        "Before you start, read section 8 and get your documents ready as PDF, Word or JPEG "
        "files of no more than 10 MB each. The form saves as you go and you can come back to "
        "it.",
    ),
    ("h", "8. Documents we need"),
    (
        "t",
        [
            "Document|Who must send it|Notes",
            "Governing document|All applicants|Constitution, set of rules, trust deed or "
            "articles of association, signed and dated.",
            "Latest annual accounts|All applicants|If your income is over £25,000 they must be "
            "independently examined or audited. If it is less, accounts signed by two "
            "committee members are fine.",
            "Safeguarding policy|All applicants|Including the section on phones and cameras "
            "(see section 5).",
            "DBS record|All applicants|A list of everyone in regulated activity with the date "
            "of their enhanced DBS check. Do not send the certificates.",
            "Public liability insurance certificate|All applicants|Showing the cover in section 6.",
            "Most recent Ofsted inspection report|Ofsted-registered settings|A link is fine if "
            "it is on the Ofsted website.",
            "Two written quotes for each item over £1,000|Capital grants|From different "
            "suppliers. For play equipment, from members of the Association of Play "
            "Industries if you can.",
            "Landowner's permission, or a lease with at least five years left|Capital "
            "projects on land or buildings you do not own|A letter from the landowner is "
            "fine.",
        ],
    ),
    (
        "p",
        "If you have been running for less than a year and have no accounts yet, send a "
        "budget for your first year and a bank statement instead of accounts.",
    ),
    ("h", "9. How we decide"),
    (
        "p",
        "A panel of trustees, a Family Hubs manager and two parents from our parents' forum "
        "scores each application against four things: need (30%), the difference the project "
        "will make (30%), how families were involved (20%) and safeguarding and value for "
        "money (20%). A safeguarding policy that does not meet section 5 means we cannot fund "
        "the application, whatever its score.",
    ),
    ("h", "10. Key dates"),
    (
        "t",
        [
            "What|When",
            "Round opens|Monday 4 January 2027",
            "Online drop-in for applicants|Wednesday 20 January 2027, 7pm",
            "Round closes|Noon, Friday 26 February 2027",
            "Panel meets|Week of 12 April 2027",
            "Decisions emailed|By Friday 30 April 2027",
        ],
    ),
    ("h", "11. If we fund you"),
    (
        "p",
        "We will send a grant agreement to sign. Capital grants are paid against invoices. "
        "New play equipment must be inspected after it is installed by an independent "
        "inspector registered with the Register of Play Inspectors International (RPII), and "
        "you will send us the report. Activity grants are paid in one payment. We ask for a "
        "short report and photographs after six months and a final report with receipts at "
        "the end.",
    ),
    ("h", "12. Frequently asked questions"),
    ("q", "Can we apply for both kinds of grant?"),
    (
        "p",
        "Yes, in one application, but the total cannot be more than £15,000 and we will "
        "score each part separately.",
    ),
    ("q", "Our playgroup meets in a church hall. Do we need the church's permission?"),
    (
        "p",
        "For an activity grant, no. For a capital grant for the hall or its grounds, yes: "
        "see the landowner's permission in section 8.",
    ),
    ("q", "We are a new parent and toddler group. Can we still apply?"),
    (
        "p",
        "Yes. Send your first-year budget and a bank statement in place of accounts, as "
        "section 8 explains. You still need a safeguarding policy.",
    ),
    ("q", "Do parents who stay with their own children need a DBS check?"),
    (
        "p",
        "Not if they only look after their own children. Anyone who helps run the session, "
        "or who may be alone with other children, does.",
    ),
    ("h", "13. Before you press Submit"),
    (
        "b",
        [
            "Have you answered every question in Part 2 within its word limit?",
            "Have you uploaded your governing document, your accounts (or, for a new group, "
            "your first-year budget and a bank statement), your safeguarding policy, your DBS "
            "record and your insurance certificate?",
            "For a capital grant, have you uploaded the quotes and, where you need it, the "
            "landowner's permission?",
            "Has someone from your committee who did not write the application read it?",
        ],
    ),
    ("h", "14. Contact us and your information"),
    (
        "p",
        "Grants team, Orlestone Community Foundation, 2 Quay Street, Orlestone OR3 1QS. "
        "grants@orlestonecf.example.org.uk, 01632 960 233 (Tuesday to Thursday, 9.30am to "
        "3pm). We use the information you give us to assess your application and to report "
        "to our funders; our privacy notice is at orlestonecf.example.org.uk/privacy. "
        "Orlestone Community Foundation is a registered charity, number 1188402.",
    ),
]


def orlestone() -> None:
    """A community foundation's six-page early years and play fund guidance (text PDF)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    out = HERE / "orlestone-community-foundation-early-years-and-play-fund-guidance.pdf"
    plum = colors.HexColor("#6A2C70")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=7)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=12, spaceAfter=0)
    head = ParagraphStyle(
        "h", parent=body, fontName="Helvetica-Bold", fontSize=13, textColor=plum, spaceBefore=8
    )
    faq = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", fontSize=10.5)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=26, leading=32)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(plum)
        canv.drawString(20 * mm, 287 * mm, "Orlestone Community Foundation")
        canv.drawRightString(190 * mm, 287 * mm, "Early Years and Play Fund 2027: guidance")
        canv.setFillColor(colors.black)
        canv.drawString(20 * mm, 10 * mm, "Registered charity no. 1188402")
        canv.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
        canv.restoreState()

    story = [
        Spacer(1, 60 * mm),
        Paragraph("Early Years and Play Fund 2027", title),
        Paragraph("Guidance for applicants", head),
        Spacer(1, 8 * mm),
        Paragraph(
            "For community groups working with babies, young children aged 0 to 5 and their "
            "families in the Borough of Orlestone. Capital grants of £2,000 to £15,000 and "
            "activity grants of £500 to £5,000. Closing date: noon, Friday 26 February 2027.",
            body,
        ),
        Paragraph(
            "In partnership with Orlestone Borough Council Family Hubs. Large print and "
            "Easy Read versions are available: call 01632 960 233.",
            small,
        ),
        PageBreak(),
    ]
    for kind, rest in ORLESTONE:
        if kind == "h":
            story.append(Paragraph(rest, head))
        elif kind == "q":
            story.append(Paragraph(rest, faq))
        elif kind == "p":
            story.append(Paragraph(rest, body))
        elif kind == "b":
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(b, body), leftIndent=12) for b in rest],
                    bulletType="bullet",
                    start="\u2022",
                    leftIndent=12,
                )
            )
        elif kind == "t":
            rows = [r.split("|") for r in rest]
            widths = [50 * mm, 45 * mm, 75 * mm] if len(rows[0]) == 3 else [70 * mm, 100 * mm]
            t = Table([[Paragraph(c, small) for c in r] for r in rows], colWidths=widths)
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EADCEB")),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9A7A9E")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title="Early Years and Play Fund 2027: guidance for applicants",
        author="Orlestone Community Foundation",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    aldwick()
    eppingdale()
    uffcott()
    orlestone()


if __name__ == "__main__":
    main()
