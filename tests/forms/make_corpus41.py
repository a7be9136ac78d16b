"""Build set 41's Word and PDF documents (commissioned services and procurement open to
voluntary, community, faith and social enterprise providers).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus41.py
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


def _p_shade(par, fill: str) -> None:
    """Shade a whole paragraph (pPr/shd), the way a form designer marks a prompt."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    p_pr.append(shd)


def _p_rule(par) -> None:
    """Give an empty paragraph a bottom border: a ruled line to write on."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "4")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "7F7F7F")
    bdr.append(bottom)
    p_pr.append(bdr)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _set(cell, text: str, bold: bool = False, italic: bool = False):
    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    return par


# ------------------------------------------------------------ Hessingdale (docx)


def hessingdale() -> None:
    """A borough's Grant-in-Aid service level agreement renewal form with no answer tables:
    every prompt a shaded paragraph, every answer space ruled paragraphs under it."""
    from docx.shared import Cm, Pt

    d = _new(
        "Grant-in-Aid SLA renewal form 2027-2030",
        "Hessingdale Borough Council - Communities Team",
        "Arial",
        11,
    )
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    fill = "DCE6F1"

    def para(text: str, bold: bool = False, italic: bool = False, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    def head(text: str):
        p = para(text, bold=True, size=13)
        p.paragraph_format.space_before = Pt(14)
        return p

    def prompt(text: str, hint: str = ""):
        p = para(text, bold=True)
        _p_shade(p, fill)
        if hint:
            r = p.add_run("  " + hint)
            r.bold, r.italic = False, True
            r.font.size = Pt(9.5)
        return p

    def lines(n: int):
        for _ in range(n):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(6)
            _p_rule(p)

    para("Hessingdale Borough Council", bold=True, size=16)
    para("Voluntary and Community Sector Grant-in-Aid 2027-2030", bold=True, size=13)
    para("Service Level Agreement (SLA) renewal form", size=13)
    para(
        "This form is for voluntary, community, faith and social enterprise organisations "
        "that hold a Grant-in-Aid SLA with the council ending on 31 March 2027 and want to "
        "renew it for a further three years, from 1 April 2027 to 31 March 2030. It is not "
        "for new applicants: new services can apply in the open round in summer 2027."
    )
    para(
        "Grant-in-Aid is a contribution to the running costs of a service. It can pay up to "
        "80 per cent of the service's running costs; the rest must come from your own "
        "income or other funders, and Section 3 asks how."
    )
    para(
        "Type your answers on the lines under each shaded prompt (the lines will grow as "
        "you type), or print the form and write in black ink. Where a prompt gives a word "
        "limit, the panel will stop reading at the limit. Return the form and the documents "
        "listed in Section 4 to commissioning@hessingdale.example.gov.uk by 12 noon on "
        "Friday 15 January 2027. Your link officer can talk through the form with you."
    )

    head("Section 1   About your organisation")
    for lab in (
        "1.1  Name of organisation",
        "1.2  Current SLA reference (for example GIA/22/014)",
        "1.3  Name of the person we should contact",
        "1.4  Their position in the organisation",
        "1.5  Telephone number",
        "1.6  Email address",
        "1.7  Registered charity, company or society number (if you have one)",
    ):
        prompt(lab)
        lines(1)
    prompt(
        "1.8  Has your governing document changed since your current SLA began?",
        f"{BOX} Yes    {BOX} No",
    )

    head("Section 2   The service you deliver now")
    prompt("2.1  Grant-in-Aid received in 2025/26 (£)")
    lines(1)
    prompt(
        "2.2  Your results in 2025/26",
        "Fill in the last column from your quarterly monitoring returns.",
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(
        t.rows[0].cells, ("Outcome measure in your SLA", "Target", "Achieved"), strict=False
    ):
        _set(c, txt, bold=True)
        _shade(c, fill)
    for r, (m, tg) in zip(
        t.rows[1:],
        (
            ("Number of people supported", "As in your SLA"),
            ("Number of volunteer hours given", "As in your SLA"),
            ("People who say they feel less isolated (%)", "70%"),
            ("People referred on to another service", "As in your SLA"),
        ),
        strict=False,
    ):
        _set(r.cells[0], m)
        _set(r.cells[1], tg)
    para("")
    prompt(
        "2.3  Where did you fall short of a target? Explain why and what you did about it.",
        "(no more than 250 words)",
    )
    lines(6)
    prompt(
        "2.4  Tell us about one person or group whose life changed because of the service.",
        "(up to 200 words; please change names)",
    )
    lines(5)

    head("Section 3   The service you will deliver from April 2027")
    prompt(
        "3.1  Describe the service you will deliver over the three years, including anything "
        "you will change from your current SLA.",
        "Maximum one side of A4.",
    )
    lines(12)
    prompt(
        "3.2  How does the service meet the priorities in the Hessingdale VCFSE Strategy "
        "2026-2031?",
        "300 words max.",
    )
    lines(7)
    prompt(
        "3.3  How do you find out what the people who use your service think of it, and what "
        "have you changed because of what they told you?"
    )
    lines(7)
    prompt(
        "3.4  (a) Which volunteers help to deliver the service, and what do they do? "
        "(b) How do you recruit, train and support them?",
        "Answer (a) and (b) together in no more than 200 words.",
    )
    lines(6)
    prompt("3.5  Grant-in-Aid you are asking for (£)")
    for yr in ("2027/28", "2028/29", "2029/30"):
        p = para(f"{yr}   £")
        _p_rule(p)
    prompt(
        "3.6  Explain how you worked out the amount, where the rest of the service's running "
        "costs will come from, and what would happen to the service if the council could "
        "only renew your grant at its current level.",
        "(400 words or fewer)",
    )
    lines(9)

    head("Section 4   Documents to send with this form")
    para("Please send these with your form:")
    for txt in (
        "Your latest annual accounts. If your income is under £25,000 a year, a receipts and "
        "payments account signed by your treasurer is enough; above that we need independently "
        "examined or audited accounts.",
        "Your safeguarding policy, reviewed by your trustees in the last 12 months.",
        "Your public liability insurance certificate, showing cover of at least £5 million.",
        "A budget for the service for 2027/28, using the template in Appendix B of the "
        "renewal guidance.",
        "If you answered Yes at 1.8, a copy of your amended governing document.",
        "If you employ staff, your employer's liability insurance certificate.",
    ):
        d.add_paragraph(txt, style="List Bullet")
    para(
        "We do not need your equality and diversity policy or your data protection policy "
        "again, but you must confirm in Section 5 that both are still in force."
    )

    head("Section 5   Declaration")
    prompt(
        f"{BOX}  We confirm that our equality and diversity policy and our data protection "
        "policy are still in force, and that the information in this form is correct to the "
        "best of our knowledge."
    )
    for lab in (
        "Signed (Chair or Chief Officer)",
        "Name in capitals",
        "Position",
        "Date",
    ):
        p = para(lab + ":")
        _p_rule(p)
    para(
        "Hessingdale Borough Council, Town Hall, Market Street, Hessingdale HG1 1AA. "
        "Telephone 01632 960 410.",
        italic=True,
        size=9,
    )
    out = HERE / "hessingdale-grant-in-aid-sla-renewal.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Quarnstead (docx)


def _textbox_run(lines_of_text: int, prompt: str) -> str:
    """A VML text box (Word's legacy drawing), empty but for a grey placeholder: the answer
    space of a call-off response form built by a procurement officer."""
    height = 14 * lines_of_text
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape type="#_x0000_t202" style="width:453pt;height:{height}pt" '
        'strokecolor="#1F4E79" strokeweight="1pt"><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        f"<w:t>{prompt}</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def quarnstead() -> None:
    """A DPS call-off further competition response: every answer space a VML text box."""
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    d = _new(
        "Further competition response - QBC-DPS-CS-0147",
        "Quarnstead Borough Council Procurement",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "OFFICIAL - SENSITIVE: COMMERCIAL when completed"
    sec.footer.paragraphs[0].text = "QBC-DPS-CS-0147  Further competition response  v1.0"

    def para(text: str, bold: bool = False, italic: bool = False, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    def box(n: int, placeholder: str = "Type your response in this box.") -> None:
        p = d.add_paragraph()
        p._p.append(parse_xml(_textbox_run(n, placeholder)))

    d.add_heading("Quarnstead Community Support Dynamic Purchasing System", level=1)
    para("Category 3: Befriending and social connection", bold=True)
    para("Call-off further competition QBC-DPS-CS-0147", bold=True)
    para("Telephone befriending for people going home from hospital", size=13)
    para(
        "The council invites all providers admitted to Category 3 of the Quarnstead "
        "Community Support Dynamic Purchasing System (DPS) to take part in this further "
        "competition. The call-off contract is for a telephone befriending service for "
        "adults aged 50 and over discharged from Quarnstead General Hospital, for two years "
        "from 1 April 2027, with a value of up to £48,000 (£24,000 a year)."
    )
    para(
        "Only providers already admitted to Category 3 may respond. You passed the "
        "selection stage when you joined the DPS, so you do not need to send again any "
        "document you gave us then. Public liability insurance of at least £5 million must "
        "be in place from the start date; you do not need to send the certificate with "
        "this response."
    )
    para(
        "Responses will be scored 70% on quality (Part C) and 30% on price (Part D). Write "
        "your answers in the boxes. Each box expands as you type; where a limit is given, "
        "text beyond it will not be scored. Return this form, saved as Word or PDF, with "
        "the documents in Part E through the DPS portal message centre by 12:00 on "
        "14 January 2027. Questions about this call-off must be sent through the portal by "
        "7 January 2027."
    )
    d.add_heading("Part A  Provider details", level=2)
    for lab in (
        "DPS supplier number",
        "Name of provider",
        "Contact for this call-off",
        "Email address",
        "Telephone number",
    ):
        para(f"{lab}: ______________________________________________")
    d.add_heading("Part B  Conflicts of interest", level=2)
    para(
        "B1  Does your organisation, or anyone who will work on the service, have a "
        f"conflict of interest with the council or the hospital trust?   {BOX} Yes   {BOX} No"
    )
    para("B2  If Yes, give details and say how you will manage the conflict.")
    box(4)
    d.add_heading("Part C  Quality (70%)", level=2)
    quality = (
        (
            "C1  Service delivery (25%)",
            "Describe how you will deliver the service: how calls are matched, how often "
            "people are called and for how long, and how you will help people to move on to "
            "face-to-face groups when they are ready.",
            "Maximum 3,000 characters including spaces.",
            14,
        ),
        (
            "C2  Referrals from the hospital discharge team (15%)",
            "Explain how you will take referrals from the discharge team, make first contact "
            "within two working days, and what you will do if a person you call seems to be "
            "at risk.",
            "Maximum 2,400 characters including spaces.",
            11,
        ),
        (
            "C3  Volunteers (10%)",
            "How will you recruit, train, supervise and keep the volunteer befrienders who "
            "make the calls?",
            "Maximum 1,800 characters including spaces.",
            9,
        ),
        (
            "C4  Social value (10%)",
            "What will you do for Quarnstead, beyond the service itself, if you win this "
            "call-off? Give measurable commitments.",
            "No more than 250 words.",
            9,
        ),
        (
            "C5  Mobilisation (10%)",
            "Set out your plan to start taking referrals within six weeks of the call-off "
            "contract being awarded.",
            "Maximum one page. You may also attach a Gantt chart; it will not count towards "
            "the page.",
            12,
        ),
    )
    for title, q, limit, n in quality:
        para(title, bold=True)
        para(q)
        para(limit, italic=True, size=9.5)
        box(n)
    d.add_heading("Part D  Price (30%)", level=2)
    para(
        "Give a fixed price for each year. The price must include all costs, including "
        "volunteer expenses and telephone charges. The maximum is £24,000 a year."
    )
    for lab in ("D1  Year 1 price (£)", "D2  Year 2 price (£)", "D3  Total price (£)"):
        para(f"{lab}: ____________________")
    d.add_heading("Part E  Documents", level=2)
    para("Upload with this response:")
    for txt in (
        "a breakdown of your price using the Schedule 2 pricing template;",
        "a CV for the person who will manage the service;",
        "if the calls will be made by volunteers, your volunteer policy.",
    ):
        d.add_paragraph(txt, style="List Number")
    d.add_heading("Part F  Declaration", level=2)
    para(
        f"{BOX}  I confirm that this response is made under the terms of the Quarnstead "
        "Community Support DPS agreement, that the price will remain valid for 90 days, and "
        "that I am authorised to submit it on behalf of the provider."
    )
    for lab in ("Name (typed as signature)", "Position", "Date"):
        para(f"{lab}: ______________________________________________")
    out = HERE / "quarnstead-community-support-dps-further-competition.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Tumbleworth (pdf)


def tumbleworth() -> None:
    """A five-page Invitation to Tender quality questionnaire for advocacy in two lots: the
    questions sit in "Ref / Question / Weighting / Max pages" tables, answered on separate
    sheets, and the lot questions only by bidders for that lot."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    out = HERE / "tumbleworth-advocacy-services-itt-quality-questionnaire.pdf"
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="ITT TDC/ASC/2026/031 Quality Questionnaire",
        author="Tumbleworth District Council Procurement",
        creator="Microsoft Word",
        invariant=1,
    )
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("bd", parent=base, fontName="Helvetica-Bold")
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19)
    h2 = ParagraphStyle(
        "h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8
    )
    purple = colors.HexColor("#4B2E83")

    def para(t, st=base):
        return Paragraph(t, st)

    def grid(rows, widths, head=True):
        t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ]
        if head:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), purple),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ]
        t.setStyle(TableStyle(style))
        return t

    def page_foot(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, "ITT TDC/ASC/2026/031  Appendix 2 Quality Questionnaire")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page} of 5")
        c.restoreState()

    s = []
    s += [
        para("Tumbleworth District Council", h1),
        para("Invitation to Tender: Independent Advocacy Services 2027-2030", h2),
        para("Appendix 2  Quality Questionnaire and Form of Tender", h2),
        Spacer(1, 6),
        grid(
            [
                ["Reference", "TDC/ASC/2026/031"],
                ["Procedure", "Open procedure, light-touch regime (social and other services)"],
                [
                    "Lots",
                    "Lot 1 Statutory advocacy (Care Act 2014, IMCA, IMHA)\n"
                    "Lot 2 Community and self-advocacy for people with learning disabilities",
                ],
                [
                    "Contract period",
                    "1 July 2027 to 30 June 2030, with an option to extend for up to 24 months",
                ],
                ["Value", "Lot 1 up to £165,000 a year; Lot 2 up to £60,000 a year"],
                ["Tender deadline", "12:00 on Monday 8 February 2027"],
                ["Contact", "procurement@tumbleworth.example.gov.uk (through the portal)"],
            ],
            (40, 130),
            head=False,
        ),
        Spacer(1, 8),
        para("1  How to complete this questionnaire", h2),
        para(
            "You may bid for one lot or both. Complete Parts A and B and the Form of Tender "
            "whatever you bid for. Answer the lot questions in Part C only for the lot or "
            "lots you are bidding for. A bidder for both lots answers every question."
        ),
        para(
            "Answer each quality question on separate sheets, headed with the question "
            "reference (for example B2 or L1.1). Use Arial 11 point or larger on A4 with "
            'margins of at least 2 cm. The "Max pages" column gives the most you may write '
            "for each answer, counting one side of A4 as one page. The evaluation panel will "
            "not read anything beyond the limit, and diagrams, tables and case studies count "
            "towards it."
        ),
        para(
            "Voluntary, community, faith and social enterprise organisations are welcome to "
            "bid, alone or in a consortium. A free bid-writing session for VCFSE organisations "
            "will be held by Tumbleworth CVS on 12 January 2027."
        ),
        para("2  How bids will be evaluated", h2),
        para(
            "Part A is pass or fail. Bids that pass are scored 60% on quality (Parts B and C) "
            "and 40% on price (the Pricing Schedule). Each quality answer is scored from 0 to "
            "5 by a panel of three, including a person who has used advocacy services, and "
            "the score is multiplied by the question's weighting. A score of 0 or 1 for any "
            "question will mean the bid is rejected for that lot."
        ),
        grid(
            [
                ["Score", "Meaning"],
                ["5", "Excellent: full confidence, with evidence, that the need will be met"],
                ["4", "Good: minor gaps that do not affect our confidence"],
                ["3", "Satisfactory: meets the need, with some gaps"],
                ["2", "Weak: significant gaps or little evidence"],
                ["1", "Poor: most of the need not addressed"],
                ["0", "No answer, or the answer does not address the question"],
            ],
            (20, 150),
        ),
        PageBreak(),
    ]
    s += [
        para("Part A  Bidder details and pass / fail requirements", h2),
        grid(
            [
                ["A1  Name of bidding organisation", ""],
                ["A2  Registered address", ""],
                ["A3  Charity, company or society number", ""],
                ["A4  Contact name for this tender", ""],
                ["A5  Contact email address", ""],
                ["A6  Contact telephone number", ""],
                ["A7  Lead organisation (consortium bids only)", ""],
                ["A8  Lot or lots you are bidding for (tick)", "[  ] Lot 1      [  ] Lot 2"],
            ],
            (75, 95),
            head=False,
        ),
        Spacer(1, 8),
        para(
            "Answer each requirement Yes or No. A No to any of P1 to P5 means your bid will "
            "not be considered further.",
        ),
        grid(
            [
                ["Ref", "Requirement", "Yes", "No"],
                [
                    "P1",
                    para(
                        "Do you accept the council's terms and conditions for these services "
                        "without amendment?",
                        small,
                    ),
                    "[  ]",
                    "[  ]",
                ],
                [
                    "P2",
                    para(
                        "Will every advocate delivering the service have an enhanced "
                        "Disclosure and Barring Service check before they start work?",
                        small,
                    ),
                    "[  ]",
                    "[  ]",
                ],
                [
                    "P3",
                    para(
                        "Do you have an equal opportunities policy that covers service "
                        "users, staff and volunteers?",
                        small,
                    ),
                    "[  ]",
                    "[  ]",
                ],
                [
                    "P4",
                    para(
                        "Do you hold, or will you hold by the start date, public liability "
                        "insurance of at least £10 million and employer's liability "
                        "insurance of at least £5 million?",
                        small,
                    ),
                    "[  ]",
                    "[  ]",
                ],
                [
                    "P5",
                    para(
                        "Do you comply with the UK General Data Protection Regulation and "
                        "hold Cyber Essentials, or will you by the start date?",
                        small,
                    ),
                    "[  ]",
                    "[  ]",
                ],
            ],
            (12, 128, 15, 15),
        ),
        Spacer(1, 8),
        para("Part B  General quality questions (all bidders)", h2),
        para("Part B carries 30% of the total marks, whichever lot you bid for."),
        grid(
            [
                ["Ref", "Question", "Weighting", "Max pages"],
                [
                    "B1",
                    para(
                        "Describe how you will deliver independent advocacy in Tumbleworth: "
                        "your model, where advocates will be based, and how people in rural "
                        "villages will reach the service.",
                        small,
                    ),
                    "10%",
                    "2",
                ],
                [
                    "B2",
                    para(
                        "How will you make sure that your advocates stay independent of the "
                        "council and of care providers, and how will you deal with a "
                        "conflict of interest?",
                        small,
                    ),
                    "6%",
                    "1",
                ],
                [
                    "B3",
                    para(
                        "Explain your approach to safeguarding, including how advocates "
                        "will raise a concern and how you will learn from safeguarding "
                        "reviews.",
                        small,
                    ),
                    "8%",
                    "1",
                ],
                [
                    "B4",
                    para(
                        "What social value will you deliver in Tumbleworth during the "
                        "contract? Give commitments we can measure.",
                        small,
                    ),
                    "6%",
                    "0.5",
                ],
            ],
            (12, 118, 20, 20),
        ),
        PageBreak(),
    ]
    s += [
        para("Part C  Lot questions", h2),
        para(
            "Answer the questions for each lot you are bidding for. Each lot's questions "
            "carry 30% of the marks for that lot."
        ),
        para("Lot 1  Statutory advocacy", bold),
        grid(
            [
                ["Ref", "Question", "Weighting", "Max pages"],
                [
                    "L1.1",
                    para(
                        "Describe how you will meet the council's duties under the Care "
                        "Act 2014, the Mental Capacity Act 2005 and the Mental Health Act "
                        "1983, including instructed and non-instructed advocacy.",
                        small,
                    ),
                    "15%",
                    "1.5",
                ],
                [
                    "L1.2",
                    para(
                        "How will you prioritise referrals when demand is higher than "
                        "the service can meet, and keep the council informed?",
                        small,
                    ),
                    "15%",
                    "1",
                ],
            ],
            (12, 118, 20, 20),
        ),
        Spacer(1, 8),
        para("Lot 2  Community and self-advocacy", bold),
        grid(
            [
                ["Ref", "Question", "Weighting", "Max pages"],
                [
                    "L2.1",
                    para(
                        "Describe how you will set up and support self-advocacy groups "
                        "for people with learning disabilities in each of the district's "
                        "three towns.",
                        small,
                    ),
                    "20%",
                    "1",
                ],
                [
                    "L2.2",
                    para(
                        "How will people with learning disabilities be involved in "
                        "recruiting your staff and reviewing the service?",
                        small,
                    ),
                    "10%",
                    "0.5",
                ],
            ],
            (12, 118, 20, 20),
        ),
        Spacer(1, 10),
        para("3  TUPE", h2),
        para(
            "TUPE may apply to staff of the current Lot 1 provider. Anonymised employee "
            "information is in Appendix 6. Bidders should take their own advice; the council "
            "gives no warranty as to whether TUPE applies."
        ),
        para("4  Pricing", h2),
        para(
            "Complete the Pricing Schedule (Appendix 4, an Excel workbook) for each lot you "
            "bid for. Prices must be fixed for the first two years. Do not put prices anywhere "
            "in your quality answers."
        ),
        para("5  Clarifications", h2),
        para(
            "Send any questions through the portal by 12:00 on 25 January 2027. Questions and "
            "answers are published to all bidders without naming who asked."
        ),
        PageBreak(),
    ]
    s += [
        para("Part D  Documents to return with your tender", h2),
        para(
            "Upload these to the portal with this questionnaire and your answer sheets. Tick "
            "each one as you upload it; a missing document may make your bid non-compliant."
        ),
        grid(
            [
                ["No.", "Document", "Who must send it", "Uploaded"],
                [
                    "1",
                    para("The completed Pricing Schedule (Appendix 4)", small),
                    "All bidders",
                    "[  ]",
                ],
                [
                    "2",
                    para(
                        "Annual accounts for the last two financial years, audited or "
                        "independently examined. Organisations with an annual income under "
                        "£250,000 may instead send accounts approved and signed by their "
                        "trustees.",
                        small,
                    ),
                    "All bidders",
                    "[  ]",
                ],
                ["3", para("Safeguarding adults policy", small), "All bidders", "[  ]"],
                ["4", para("Complaints procedure", small), "All bidders", "[  ]"],
                ["5", para("Public liability insurance certificate", small), "All bidders", "[  ]"],
                [
                    "6",
                    para(
                        "Evidence that advocates hold, or are working towards, the National "
                        "Qualification in Independent Advocacy",
                        small,
                    ),
                    "Lot 1 bidders only",
                    "[  ]",
                ],
                [
                    "7",
                    para(
                        "Consortium agreement, or a letter of intent signed by every member", small
                    ),
                    "Consortium bids only",
                    "[  ]",
                ],
            ],
            (12, 98, 40, 20),
        ),
        Spacer(1, 8),
        para(
            "You do not need to send your equal opportunities policy: we rely on your answer "
            "to P3, and may ask to see the policy before the contract is awarded."
        ),
        para("6  Timetable", h2),
        grid(
            [
                ["Stage", "Date"],
                ["ITT published", "14 December 2026"],
                ["VCFSE bid-writing session", "12 January 2027"],
                ["Clarification deadline", "25 January 2027"],
                ["Tender deadline", "8 February 2027, 12:00"],
                ["Presentations (if needed)", "w/c 1 March 2027"],
                ["Award and standstill", "April 2027"],
                ["Contract start", "1 July 2027"],
            ],
            (85, 85),
        ),
        PageBreak(),
    ]
    s += [
        para("Form of Tender", h2),
        para(
            "We offer to provide the services for the lot or lots ticked at A8, in accordance "
            "with the specification and the council's terms and conditions, at the prices in "
            "our Pricing Schedule. We confirm that this tender will remain open for "
            "acceptance for 120 days from the tender deadline, that we have not colluded with "
            "any other bidder, and that the information given is accurate."
        ),
        Spacer(1, 6),
        grid(
            [
                ["Signature", ""],
                ["Name", ""],
                ["Position", ""],
                ["Date", ""],
            ],
            (40, 130),
            head=False,
        ),
        Spacer(1, 12),
        para(
            "Tumbleworth District Council, Council Offices, Bridge Street, Tumbleworth TW4 "
            "2DC. The council publishes contract awards over £25,000 on Contracts Finder.",
            small,
        ),
    ]
    doc.build(s, onFirstPage=page_foot, onLaterPages=page_foot)


# ------------------------------------------------------------- Wragsby (fillable pdf)


def wragsby() -> None:
    """A standard selection questionnaire extract as a fillable PDF: radio groups for every
    pass / fail item, /MaxLen on the free-text boxes, and a check box for every document
    enclosed."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wragsby-selection-questionnaire-community-wellbeing.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Selection Questionnaire - Community Wellbeing Service WBC/0423")
    c.setAuthor("Wragsby Borough Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 50, w - 50
    green = colors.HexColor("#1B5E20")
    state = {"y": h - 60, "page": 1}

    def foot():
        c.setFont("Helvetica", 7.5)
        c.drawString(x0, 24, "Wragsby Borough Council  Selection Questionnaire  WBC/0423")
        c.drawRightString(x2, 24, f"Page {state['page']}")

    def need(space):
        if state["y"] - space < 50:
            foot()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 50

    def wrap(t, size=9, font="Helvetica", width=None, x=None, leading=11.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width or (x2 - x0)):
            need(leading)
            c.drawString(x if x is not None else x0, state["y"], ln)
            state["y"] -= leading

    def band(t):
        need(40)
        state["y"] -= 6
        c.setFillColor(green)
        c.rect(x0, state["y"] - 4, x2 - x0, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x0 + 4, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 22

    def field(name, label, tip, maxlen=None, lw=210, height=15):
        need(height + 8)
        c.setFont("Helvetica", 8.5)
        lines = simpleSplit(label, "Helvetica", 8.5, lw - 6)
        yy = state["y"] + 4
        for ln in lines:
            c.drawString(x0, yy, ln)
            yy -= 10
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(
            name=name,
            tooltip=tip,
            x=x0 + lw,
            y=state["y"] - height + 15,
            width=x2 - x0 - lw,
            height=height,
            borderColor=colors.grey,
            fillColor=colors.HexColor("#F1F8E9"),
            borderWidth=0.8,
            fontSize=9,
            fieldFlags="multiline" if height > 15 else "",
            **kw,
        )
        state["y"] -= max(height, 10 * len(lines)) + 7

    def big(name, tip, maxlen, height):
        need(height + 6)
        form.textfield(
            name=name,
            tooltip=tip,
            x=x0,
            y=state["y"] - height + 8,
            width=x2 - x0,
            height=height,
            borderColor=colors.grey,
            fillColor=colors.HexColor("#F1F8E9"),
            borderWidth=0.8,
            fontSize=0,
            fieldFlags="multiline",
            maxlen=maxlen,
        )
        state["y"] -= height + 6

    def yesno(name, label, tip, lw=380):
        lines = simpleSplit(label, "Helvetica", 8.5, lw)
        need(10 * len(lines) + 8)
        c.setFont("Helvetica", 8.5)
        yy = state["y"] + 4
        for ln in lines:
            c.drawString(x0, yy, ln)
            yy -= 10
        for i, val in enumerate(("Yes", "No")):
            xx = x0 + lw + 20 + i * 55
            form.radio(
                name=name,
                tooltip=tip,
                value=val,
                selected=False,
                x=xx,
                y=state["y"],
                size=10,
                buttonStyle="circle",
                borderColor=colors.grey,
                fillColor=colors.white,
            )
            c.drawString(xx + 13, state["y"] + 2, val)
        state["y"] -= max(14, 10 * len(lines)) + 6

    def tick(name, label, tip, x=None):
        need(14)
        xx = x if x is not None else x0
        form.checkbox(
            name=name,
            tooltip=tip,
            x=xx,
            y=state["y"],
            size=10,
            buttonStyle="check",
            borderColor=colors.grey,
            fillColor=colors.white,
        )
        c.setFont("Helvetica", 8.5)
        lines = simpleSplit(label, "Helvetica", 8.5, x2 - xx - 16)
        yy = state["y"] + 2
        for ln in lines:
            c.drawString(xx + 15, yy, ln)
            yy -= 10
        state["y"] -= max(14, 10 * len(lines)) + 3

    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, state["y"], "Wragsby Borough Council")
    state["y"] -= 18
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(x0, state["y"], "Selection Questionnaire (SQ): Community Wellbeing Service")
    state["y"] -= 14
    c.setFont("Helvetica", 9)
    c.drawString(
        x0,
        state["y"],
        "Contract reference WBC/0423  -  Open procedure  -  Return by 12:00 on 22 January 2027",
    )
    state["y"] -= 18
    wrap(
        "This is an extract of the standard Selection Questionnaire, cut down for a contract "
        "of this size, so some question numbers are missing. It is the first stage of the "
        "tender: organisations that pass it will be invited to tender. Voluntary, community "
        "and social enterprise organisations are encouraged to apply. Fill in the form on "
        "screen in a PDF reader, save it, and email it with the documents in Part 9 to "
        "tenders@wragsby.example.gov.uk. The text boxes stop at the number of characters "
        "allowed."
    )
    band("Part 1  Potential supplier information")
    field("1_1a", "1.1(a)  Full name of the potential supplier", "Full name of supplier", 120)
    field("1_1b", "1.1(b)  Registered office address", "Registered office address", height=36)
    field("1_1c", "1.1(c)  Website", "Website", 100)
    c.setFont("Helvetica", 8.5)
    need(30)
    c.drawString(x0, state["y"] + 4, "1.1(d)  Trading status (tick one)")
    for i, opt in enumerate(
        (
            "Charity / CIO",
            "Company limited by guarantee",
            "CIC",
            "Community benefit society",
            "Other",
        )
    ):
        xx = x0 + 210 + (i % 3) * 100
        yy = state["y"] - (i // 3) * 14
        form.radio(
            name="1_1d",
            tooltip="Trading status",
            value=f"opt{i}",
            selected=False,
            x=xx,
            y=yy,
            size=9,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
        )
        c.drawString(xx + 12, yy + 2, opt)
    state["y"] -= 34
    field("1_1e", "1.1(e)  Date of registration", "Date of registration", 10)
    field("1_1f", "1.1(f)  Company or charity number", "Registration number", 12)
    field("1_1g", "1.1(g)  VAT number (if applicable)", "VAT number", 12)
    yesno(
        "1_1h",
        "1.1(h)  Are you a voluntary, community or social enterprise (VCSE) organisation?",
        "VCSE organisation",
    )
    field("1_2a", "1.2(a)  Contact name", "Contact name", 60)
    field("1_2b", "1.2(b)  Contact email address", "Contact email", 80)
    field("1_2c", "1.2(c)  Contact telephone number", "Contact telephone", 20)

    band("Part 2  Exclusion grounds")
    yesno(
        "2_1",
        "2.1  Within the past five years, has your organisation or any of its "
        "directors or trustees been convicted of any of the offences listed in Annex 1?",
        "Mandatory exclusion",
    )
    yesno(
        "2_2",
        "2.2  Does any of the discretionary exclusion grounds in Annex 2 apply to "
        "your organisation?",
        "Discretionary exclusion",
    )
    wrap(
        "2.3  If you answered Yes to 2.1 or 2.2, give details, and explain the measures you "
        "have taken to show that your organisation is reliable despite them. "
        "(max 1,500 characters)",
        size=8.5,
        font="Helvetica-Bold",
    )
    big("2_3", "Details of exclusion grounds and self-cleaning", 1500, 80)

    band("Part 4  Economic and financial standing")
    wrap(
        "4.1  Send one of the following with this questionnaire. Tick the one you are sending:",
        size=8.5,
    )
    for i, opt in enumerate(
        (
            "(a) audited accounts for the last two years;",
            "(b) independently examined accounts for the last two years;",
            "(c) if your organisation has an annual income under £50,000, accounts for the last "
            "year signed by two of your trustees or directors;",
            "(d) if you have been trading for less than a year, a statement of your income and "
            "spending to date and your forecast for the next 12 months.",
        )
    ):
        need(24)
        form.radio(
            name="4_1",
            tooltip="Financial information enclosed",
            value=f"f{i}",
            selected=False,
            x=x0 + 10,
            y=state["y"],
            size=9,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
        )
        wrap(opt, size=8.5, x=x0 + 24, width=x2 - x0 - 24)
        state["y"] -= 3

    band("Part 6  Technical and professional ability")
    wrap(
        "6.1  Give details of two contracts or grant-funded services from the last three "
        "years that are like this one. The customer may be a public body, a charitable "
        "funder or a private organisation.",
        size=8.5,
    )
    for n in (1, 2):
        need(200)
        wrap(f"Example {n}", size=9, font="Helvetica-Bold")
        field(f"6_1_{n}a", "Customer organisation", f"Example {n} customer", 80)
        field(f"6_1_{n}b", "Customer contact name and email", f"Example {n} contact", 100)
        field(f"6_1_{n}c", "Contract or grant value (£ a year)", f"Example {n} value", 12)
        field(f"6_1_{n}d", "Start and end dates", f"Example {n} dates", 30)
        wrap(
            "Brief description of what you delivered, including evidence of your "
            "capability in this area (max 1,000 characters)",
            size=8.5,
            font="Helvetica-Bold",
        )
        big(f"6_1_{n}e", f"Example {n} description", 1000, 60)
    wrap(
        "6.2  If you cannot give two examples, explain why (no more than 500 characters).",
        size=8.5,
        font="Helvetica-Bold",
    )
    big("6_2", "Reason for fewer examples", 500, 40)

    band("Part 7  Insurance")
    wrap(
        "7.1  The contract requires: public liability insurance of £5,000,000; employer's "
        "liability insurance of £5,000,000 (if you employ staff); professional indemnity "
        "insurance of £1,000,000. You do not need to send certificates at this stage.",
        size=8.5,
    )
    yesno(
        "7_1",
        "Do you already have, or will you obtain before the contract starts, "
        "these levels of cover?",
        "Insurance self-certification",
    )

    band("Part 8  Safeguarding")
    yesno(
        "8_1",
        "8.1  Do you have a safeguarding policy that covers children and adults at "
        "risk, reviewed in the last two years?",
        "Safeguarding policy held",
    )

    band("Part 9  Documents enclosed")
    wrap("Tick each document you are sending with this questionnaire.", size=8.5)
    tick("9_1", "The accounts or statement chosen at 4.1", "Enclosed: accounts")
    tick("9_2", "Safeguarding policy", "Enclosed: safeguarding policy")
    tick("9_3", "Equality and diversity policy", "Enclosed: equality policy")
    tick(
        "9_4",
        "Health and safety policy (only if you employ five or more people)",
        "Enclosed: health and safety policy",
    )
    tick(
        "9_5",
        "Modern slavery statement (only if your annual turnover is £36 million or more)",
        "Enclosed: modern slavery statement",
    )

    band("Part 10  Declaration")
    tick(
        "10_1",
        "I declare that the answers in this questionnaire are correct and complete, "
        "and I understand that the council may exclude a supplier who has misrepresented "
        "any information.",
        "Declaration",
    )
    field("10_2", "Name", "Name of signatory", 60)
    field("10_3", "Position", "Position of signatory", 60)
    field("10_4", "Signature (type your name)", "Signature", 60)
    field("10_5", "Date", "Date signed", 10)
    foot()
    c.showPage()
    c.save()


def main() -> None:
    hessingdale()
    quarnstead()
    tumbleworth()
    wragsby()


if __name__ == "__main__":
    main()
