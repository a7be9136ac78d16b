"""Build set 22's Word and PDF documents (health, care and wellbeing grants).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus22.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
BOX = "\u2610"
GREY = (0x59, 0x59, 0x59)


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


def _run(par, text: str, bold=False, italic=False, grey=False, size=None):
    from docx.shared import Pt, RGBColor

    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    if grey:
        r.font.color.rgb = RGBColor(*GREY)
    if size:
        r.font.size = Pt(size)
    return r


def _heading(d, text: str, colour=(0x00, 0x5E, 0xB8), size=13) -> None:
    from docx.shared import Pt, RGBColor

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(*colour)


# ------------------------------------------------------------------------------ Quorley (docx)

QUORLEY_QUESTIONS = {
    "3": [
        (
            "3.1  Describe your project. What will you do, where, and how often?",
            [
                "Include:",
                "\u2022 the activities you will run and where they will take place",
                "\u2022 how many sessions, and over what period",
                "\u2022 who will deliver them (staff, volunteers, partner organisations)",
            ],
            "Word limit: 400",
        ),
        (
            "3.2  What health inequality will your project tackle, and how do you know it "
            "is a need in your community?",
            [
                "Use local information where you can: the Joint Strategic Needs Assessment "
                "(JSNA), your own surveys, or what people have told you. Tell us about any gap "
                "in current services.",
            ],
            "Word limit: 300",
        ),
        (
            "3.3  Who will benefit?",
            [
                "Our priority groups are people living in the most deprived 20% of "
                "neighbourhoods, people from ethnic minority communities, people with a "
                "learning disability, autistic people and unpaid carers.",
                "Tell us which of these groups you will reach and roughly how many people will "
                "take part.",
            ],
            "Word limit: 250",
        ),
        (
            "3.4  How have the people you want to help been involved in designing the "
            "project? (maximum 200 words)",
            [
                "We want to see co-production: people with lived experience shaping what is "
                "offered, not only being asked to take part. Tell us what they said and what "
                "you changed as a result.",
            ],
            None,
        ),
    ],
}


def _quorley_details(d, rows) -> None:
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in rows:
        r = t.add_row()
        r.cells[0].width, r.cells[1].width = Cm(6.5), Cm(10.5)
        _shade(r.cells[0], "DCE6F2")
        p = r.cells[0].paragraphs[0]
        if isinstance(label, tuple):
            _run(p, label[0])
            r.cells[1].paragraphs[0].text = label[1]
        else:
            _run(p, label)


def _quorley_question(d, question: str, guidance: list[str], limit: str | None) -> None:
    """One question as a two-row table: the question and its grey guidance, then the box."""
    from docx.shared import Cm

    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    top = t.rows[0].cells[0]
    _shade(top, "DCE6F2")
    _run(top.paragraphs[0], question, bold=True)
    for line in guidance:
        _run(top.add_paragraph(), line, italic=True, grey=True, size=9.5)
    if limit:
        _run(top.add_paragraph(), limit, bold=True, size=9.5)
    t.rows[1].cells[0].width = Cm(17)
    _row_height(t.rows[1], 2600)
    d.add_paragraph()


def quorley() -> None:
    """An ICB community grants form: detail tables and two-row question tables."""
    from docx.shared import Cm, Pt

    d = _new(
        "Health Inequalities Community Grants 2027/28 - application form",
        "Quorley ICB Partnerships Team",
        "Arial",
        10.5,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "NHS Quorley Integrated Care Board\tHealth Inequalities Community Grants 2027/28"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "QICB-HICG-01  Version 2.1  October 2026   |   OFFICIAL-SENSITIVE when completed   |   "
        "Please do not change the layout of this form"
    )
    fp.runs[0].font.size = Pt(7.5)
    p = d.add_paragraph()
    _run(p, "Health Inequalities Community Grants 2027/28", bold=True, size=18)
    p = d.add_paragraph()
    _run(p, "Application form", bold=True, size=14)
    d.add_paragraph(
        "Grants of £2,000 to £25,000 for voluntary, community, faith and social enterprise "
        "(VCFSE) organisations working to reduce health inequalities in Quorley, Elverby and "
        "the surrounding villages. Please read the Guidance for Applicants before you fill in "
        "this form."
    )
    d.add_paragraph(
        "Type your answers in the white boxes. The grey text under each question tells you "
        "what the panel is looking for. Boxes grow as you type. Word limits are strict: the "
        "panel stops reading at the limit."
    )
    p = d.add_paragraph()
    _run(p, "Closing date: ", bold=True)
    _run(
        p,
        "12 noon, Friday 26 February 2027. Email the completed form as a Word document, with "
        "your supporting documents, to communitygrants@quorley-icb.example.org.uk. We do not "
        "accept PDFs of this form or handwritten forms.",
    )

    _heading(d, "Section 1  About your organisation")
    _quorley_details(
        d,
        [
            "1.1  Name of organisation",
            "1.2  Main contact name",
            "1.3  Role in the organisation",
            "1.4  Address",
            "1.5  Postcode",
            "1.6  Telephone",
            "1.7  Email",
            (
                "1.8  Type of organisation (tick one)",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} CIC   "
                f"{BOX} Constituted community group   {BOX} Other (please say): ",
            ),
            "1.9  Charity or company number (if you have one)",
            "1.10  Total income in your last financial year (£)",
        ],
    )

    _heading(d, "Section 2  About your project")
    _quorley_details(
        d,
        [
            "2.1  Project title",
            "2.2  Amount requested (£2,000 to £25,000)",
            "2.3  Total cost of the project (£)",
            "2.4  Planned start date",
            "2.5  Planned end date (no later than 31 March 2028)",
            (
                "2.6  Which Place will the project serve? (tick all that apply)",
                f"{BOX} Quorley North   {BOX} Quorley South   {BOX} Elverby   "
                f"{BOX} The whole ICB area",
            ),
        ],
    )

    _heading(d, "Section 3  Your project")
    for q in QUORLEY_QUESTIONS["3"]:
        _quorley_question(d, *q)

    _heading(d, "Section 4  Outcomes")
    d.add_paragraph(
        "Our outcomes framework has five outcomes. Every funded project must contribute to at "
        "least one of them and report against it every six months."
    )
    p = d.add_paragraph()
    _run(p, "4.1  Which outcomes will your project contribute to? Tick up to three.", bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("Tick", "Outcome", "Example indicators"), strict=True):
        _shade(cell, "DCE6F2")
        _run(cell.paragraphs[0], text, bold=True)
    for outcome, indicator in (
        (
            "People feel less lonely and more connected",
            "UCLA three-item loneliness scale; number of new social contacts",
        ),
        (
            "People are more physically active",
            "Minutes of activity a week; number of sessions attended",
        ),
        (
            "People manage long-term conditions better",
            "Self-reported confidence; attendance at health checks",
        ),
        (
            "People's mental wellbeing improves",
            "Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)",
        ),
        (
            "People get help earlier, before they reach crisis",
            "Referrals made and taken up; people supported to register with a GP",
        ),
    ):
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = BOX, outcome, indicator
    d.add_paragraph()
    _quorley_question(
        d,
        "4.2  For each outcome you have ticked, tell us what will change for people and how "
        "you will measure it.",
        [
            "We expect a mix of numbers (for example how many people complete the course) "
            "and what people tell you (case studies, feedback, or a validated tool such as "
            "SWEMWBS). Tell us when you will measure: at the start, the end, or both.",
        ],
        "Word limit: 250",
    )

    _heading(d, "Section 5  Safeguarding and information governance")
    _quorley_details(
        d,
        [
            (
                "5.1  Does your organisation have a safeguarding policy covering children and "
                "adults at risk, reviewed in the last 12 months?",
                f"{BOX} Yes   {BOX} No",
            ),
            "5.2  Name and role of your designated safeguarding lead",
            (
                "5.3  Will anyone working on the project be in regulated activity and need an "
                "enhanced DBS check?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "5.4  Will you record personal information about the people you support, "
                "including anything about their health?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "5.5  If yes, what is your Data Security and Protection Toolkit (DSPT) status?",
                f"{BOX} Standards met   {BOX} Approaching standards   "
                f"{BOX} Not yet submitted   {BOX} Not applicable",
            ),
        ],
    )
    d.add_paragraph()
    _quorley_question(
        d,
        "5.6  If your DSPT status is not \u201cStandards met\u201d, how will you keep people's "
        "personal information safe during the project?",
        [
            "Tell us where records will be kept, who can see them and how long you will keep "
            "them. If you will share information with GP practices or social prescribing link "
            "workers, tell us how you will do this securely.",
        ],
        None,
    )

    _heading(d, "Section 6  Budget")
    p = d.add_paragraph()
    _run(p, "6.1  How will you spend the grant? ", bold=True)
    _run(p, "Include staff costs with hours and hourly rate. Add rows if you need to.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("Item", "Cost (£)"), strict=True):
        _shade(cell, "DCE6F2")
        _run(cell.paragraphs[0], text, bold=True)
    for _ in range(6):
        t.add_row()
    r = t.add_row().cells
    _run(r[0].paragraphs[0], "Total", bold=True)
    d.add_paragraph()
    p = d.add_paragraph()
    _run(p, "6.2  Other funding for this project", bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ("Funder", "Amount (£)", "Secured or pending?"), strict=True
    ):
        _shade(cell, "DCE6F2")
        _run(cell.paragraphs[0], text, bold=True)
    for _ in range(3):
        t.add_row()
    d.add_paragraph()
    _quorley_question(
        d,
        "6.3  What will happen when the grant ends? (maximum 150 words)",
        [
            "Tell us how the work will continue, or how you will make sure the people you "
            "support are not left without help.",
        ],
        None,
    )

    _heading(d, "Section 7  Documents to send with your application")
    d.add_paragraph(
        "Please send these with your form. We cannot assess your application without them."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("Document", "Enclosed"), strict=True):
        _shade(cell, "DCE6F2")
        _run(cell.paragraphs[0], text, bold=True)
    for doc in (
        "Your governing document (constitution, memorandum and articles of association, or "
        "trust deed)",
        "Your most recent annual accounts, independently examined or audited",
        "Your safeguarding policy",
        "Your data protection or confidentiality policy",
        "Your public liability insurance certificate (minimum cover £5 million)",
    ):
        r = t.add_row().cells
        r[0].text, r[1].text = doc, BOX
    d.add_paragraph()
    p = d.add_paragraph()
    _run(p, "Also send, only if it applies to you:", bold=True)
    for line in (
        "If anyone on the project will be in regulated activity: a list of the enhanced DBS "
        "checks held for them (role and date of check only, no certificate numbers).",
        "If you employ staff who will work alone with clients, for example on home visits: "
        "your lone working policy.",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph(
        "We do not accept draft or unsigned accounts. If your organisation is less than a year "
        "old, please talk to us before you apply."
    )

    _heading(d, "Section 8  Declaration")
    d.add_paragraph(
        "I confirm that the information in this application is true and complete, that I am "
        "authorised to apply on behalf of the organisation, and that the organisation will "
        "meet the ICB's safeguarding requirements and, where it handles NHS patient "
        "information, the standards of the Data Security and Protection Toolkit."
    )
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("Signature", "Name", "Position", "Date"), strict=True):
        _shade(cell, "DCE6F2")
        _run(cell.paragraphs[0], text, bold=True)
    _row_height(t.rows[1], 600)

    _heading(d, "How we use your information", size=11)
    d.add_paragraph(
        "NHS Quorley Integrated Care Board is the data controller for the information on this "
        "form. We use it to assess your application, to manage any grant and to publish the "
        "organisation name, project title and amount awarded. We keep unsuccessful "
        "applications for two years. Read our privacy notice at "
        "quorley-icb.example.org.uk/privacy or contact our Data Protection Officer at "
        "dpo@quorley-icb.example.org.uk."
    )
    p = d.add_paragraph()
    _run(p, "For ICB use only", bold=True, size=9)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ("Reference", "Date received", "Panel date", "Decision"), strict=True
    ):
        _shade(cell, "EDEDED")
        _run(cell.paragraphs[0], text, size=8)
    out = HERE / "quorley-icb-health-inequalities-grant-form.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------------------------------- Ulverstead (docx)

ULVERSTEAD_QUESTIONS = [
    (
        "B3",
        "Summarise your project in one or two sentences.",
        "If you are funded we may publish this summary on our website.",
        "300 characters",
    ),
    (
        "B4",
        "What will you do? Describe the activities, where they will happen and who will run them.",
        "For example: cooking on a budget sessions, family walks, holiday activities with a "
        "healthy meal, a community growing space. Say how many sessions and for how long.",
        "2,400 characters",
    ),
    (
        "B5",
        "How will your project help children, young people or families to eat well or to "
        "move more?",
        "Link your answer to the Healthy Weight Declaration priorities in the guidance: "
        "healthy food in the community, active travel and play, and support for families.",
        "1,800 characters",
    ),
    (
        "B6",
        "How will you reach families who would benefit most, including those who do not "
        "usually take part in activities like yours?",
        "Think about cost, language, timing, childcare, transport and how people hear about "
        "you. Partners such as schools, family hubs and health visitors can help.",
        "1,500 characters",
    ),
    (
        "B7",
        "How will you know the project has worked?",
        "Tell us which of these outcomes you expect to achieve and how you will measure them: "
        "more families cooking at home; children more active for 60 minutes a day; more "
        "families using local green spaces; parents more confident about healthy choices.",
        "1,000 characters",
    ),
]


def ulverstead() -> None:
    """A city public health team's form: question, guidance cell and answer cell per table."""
    from docx.shared import Cm, Pt

    d = _new("Healthy Weight Community Grants application form", "Public Health", "Calibri", 11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Ulverstead City Council  \u2013  Public Health"
    fp = sec.footer.paragraphs[0]
    fp.text = "Healthy Weight Community Grants 2027  |  HWCG form v1.0"
    fp.runs[0].font.size = Pt(8)
    p = d.add_paragraph()
    _run(p, "Healthy Weight Community Grants 2027", bold=True, size=16)
    d.add_paragraph(
        "Grants of £2,000 to £10,000 for community groups helping children, young people and "
        "families in Ulverstead to eat well and move more."
    )
    d.add_paragraph(
        "This Word form mirrors our online form, so the limits are in characters, including "
        "spaces. You can check the number of characters in Word under Review > Word Count. "
        "Please type your answer in the right-hand box under each question; the left-hand box "
        "is guidance from us."
    )
    d.add_paragraph(
        "We expect groups to contribute at least 10% of the project cost, in cash or in kind "
        "(for example volunteer time or free use of a hall)."
    )

    _heading(d, "Part A  Your group", colour=(0x7A, 0x1F, 0x5C), size=12)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in (
        ("Name of group or organisation", ""),
        ("Contact name", ""),
        ("Telephone", ""),
        ("Email", ""),
        ("Address (including postcode)", ""),
        (
            "Type of organisation",
            f"{BOX} Charity / CIO   {BOX} Community group with a constitution   "
            f"{BOX} CIC   {BOX} School or PTA",
        ),
        ("Registered number (charity, company or CIC), if any", ""),
        (
            "Does the group have a bank account in its own name that needs two unrelated "
            "people to sign?",
            f"{BOX} Yes   {BOX} No",
        ),
    ):
        r = t.add_row().cells
        r[0].width, r[1].width = Cm(7), Cm(10.4)
        _shade(r[0], "F3E6EF")
        r[0].text, r[1].text = label, value

    _heading(d, "Part B  Your project", colour=(0x7A, 0x1F, 0x5C), size=12)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in ("B1  Project name", "B2  Amount requested (£)"):
        r = t.add_row().cells
        r[0].width, r[1].width = Cm(7), Cm(10.4)
        _shade(r[0], "F3E6EF")
        r[0].text = label
    d.add_paragraph()
    for num, question, guidance, limit in ULVERSTEAD_QUESTIONS:
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        head = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        _shade(head, "F3E6EF")
        _run(head.paragraphs[0], f"{num}  {question} ", bold=True)
        _run(head.paragraphs[0], f"(maximum {limit})", italic=True)
        left, right = t.rows[1].cells
        left.width, right.width = Cm(5.4), Cm(12)
        _shade(left, "F2F2F2")
        _run(left.paragraphs[0], "Guidance", bold=True, size=9)
        _run(left.add_paragraph(), guidance, italic=True, grey=True, size=9)
        _row_height(t.rows[1], 2200 if limit != "300 characters" else 900)
        d.add_paragraph()

    p = d.add_paragraph()
    _run(p, "B8  Budget. ", bold=True)
    _run(p, "List what the grant will pay for. Show your group's contribution separately.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ("Item", "From this grant (£)", "From your group (£)"), strict=True
    ):
        _shade(cell, "F3E6EF")
        _run(cell.paragraphs[0], text, bold=True)
    for _ in range(5):
        t.add_row()
    d.add_paragraph()
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in (
        (
            "B9  Will your project involve working with children or young people under 18?",
            f"{BOX} Yes   {BOX} No",
        ),
        ("B10  If yes: name of your safeguarding lead", ""),
        ("B11  If yes: date your safeguarding policy was last reviewed", ""),
    ):
        r = t.add_row().cells
        r[0].width, r[1].width = Cm(10), Cm(7.4)
        _shade(r[0], "F3E6EF")
        r[0].text, r[1].text = label, value

    _heading(d, "Part C  What to send", colour=(0x7A, 0x1F, 0x5C), size=12)
    d.add_paragraph("Please email these with your form:")
    for line in (
        "a copy of your constitution or set of rules;",
        "your latest annual accounts. These do not need to be examined or audited, but they "
        "must be signed by two members of your committee;",
        "a quote for any single item of equipment costing more than £500;",
        "your safeguarding policy, if you work with children or young people;",
        "if your project involves preparing food: the Level 2 food hygiene certificate of the "
        "person in charge of the kitchen.",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph(
        "Every group must have an equal opportunities policy, but you do not need to send it. "
        "Every group running activities for the public must hold public liability insurance of "
        "at least £2 million; we may ask to see the certificate."
    )

    _heading(d, "Part D  Declaration", colour=(0x7A, 0x1F, 0x5C), size=12)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    r = t.add_row().cells
    r[0].text = BOX
    r[1].text = (
        "I confirm that the information on this form is correct, that the committee has agreed "
        "to this application and that we will use any grant only for the project described."
    )
    for label in ("Name (typing your name counts as signing)", "Position in group", "Date"):
        r = t.add_row().cells
        _shade(r[0], "F3E6EF")
        r[0].text = label
    d.add_paragraph()
    p = d.add_paragraph()
    _run(
        p,
        "Send your form to healthyweight@ulverstead.example.gov.uk by 5pm on 15 January 2027. "
        "Public Health, Ulverstead City Council, Civic Centre, Ulverstead UV1 2PH. "
        "Telephone 01632 961240. We will use your information only to assess and manage this "
        "grant; see ulverstead.example.gov.uk/privacy.",
        size=9,
    )
    out = HERE / "ulverstead-healthy-weight-community-grants.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------------------------ Zennick (pdf)


def zennick() -> None:
    """A primary care network's two-page fillable PDF with many small fields."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "zennick-pcn-social-prescribing-microfund.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Social Prescribing Community Micro-Fund - application")
    c.setAuthor("Zennick and Marley Primary Care Network")
    w, h = A4
    form = c.acroForm
    x0, x2 = 40, w - 40
    teal = colors.HexColor("#00736B")
    pale = colors.HexColor("#EAF5F4")

    def head(page):
        c.setFillColor(teal)
        c.rect(0, h - 42, w, 42, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0, h - 26, "Zennick and Marley Primary Care Network")
        c.setFont("Helvetica", 8)
        c.drawRightString(x2, h - 26, "Social Prescribing Community Micro-Fund  |  SPMF-1")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(
            x0,
            22,
            "Hosted by Zennick CVS, 4 Mill Yard, Zennick ZK2 5LT  |  01632 960918  |  "
            "microfund@zennickcvs.example.org.uk",
        )
        c.drawRightString(x2, 22, f"{page}/2")

    def section(y, text):
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, y, text)
        c.setStrokeColor(teal)
        c.line(x0, y - 3, x2, y - 3)
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        return y - 18

    def box(name, tip, x, y, width, maxlen=None, height=13, multiline=False):
        # maxlen=None writes no /MaxLen (reportlab's default would be 100)
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=teal,
            fillColor=pale,
            borderWidth=0.5,
            fontSize=8,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def small(x, y, label, name, width, maxlen):
        c.setFont("Helvetica", 7.5)
        c.drawString(x, y, label)
        box(name, label, x, y - 16, width, maxlen)

    def date(x, y, label, stem):
        c.setFont("Helvetica", 7.5)
        c.drawString(x, y, label)
        for i, (part, wd, ml) in enumerate((("dd", 18, 2), ("mm", 18, 2), ("yyyy", 32, 4))):
            box(f"{stem}_{part}", f"{label} ({part})", x + [0, 22, 44][i], y - 16, wd, ml)

    def tick(x, y, name, tip, label):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y - 2,
            size=9,
            buttonStyle="check",
            borderColor=teal,
            fillColor=pale,
            borderWidth=0.5,
        )
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 12, y, label)

    def radio(y, x, name, tip, options):
        for i, opt in enumerate(options):
            xx = x + 62 * i
            form.radio(
                name=name,
                tooltip=tip,
                value=opt.lower().replace(" ", "_"),
                selected=False,
                x=xx,
                y=y - 2,
                size=9,
                buttonStyle="circle",
                borderColor=teal,
                fillColor=pale,
                borderWidth=0.5,
            )
            c.setFont("Helvetica", 7.5)
            c.drawString(xx + 12, y, opt)

    def question(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 8.5)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 10 * i, line)
        top = y - 10 * len(lines) - 2
        box(name, " ".join(lines), x0, top - height, x2 - x0, maxlen, height, True)
        return top - height - 16

    head(1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, h - 66, "Social Prescribing Community Micro-Fund: application form")
    c.setFont("Helvetica", 8)
    y = h - 80
    for line in (
        "Grants of £2,000 to £4,000 for local groups that take referrals from our social "
        "prescribing link workers: walking groups, peer",
        "support, arts and crafts, gardening, befriending and more. Fill in the shaded boxes on "
        "screen, save the form and email it to the CVS.",
        "Some boxes have a set number of characters and will stop when full. Closing date: 31 "
        "March 2027.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 8
    y = section(y, "1  Your organisation")
    for row in (
        (("Organisation name", "org_name", 250, 70), ("Contact name", "contact", 240, 50)),
        (("Role", "role", 120, 30), ("Telephone", "phone", 120, 15)),
        (("Email", "email", 250, 60), ("Charity number", "charity_no", 110, 8)),
    ):
        (l1, n1, w1, m1), (l2, n2, w2, m2) = row
        small(x0, y, l1, n1, w1, m1)
        if n1 == "role":
            small(x0 + 135, y, l2, n2, w2, m2)
            small(x0 + 270, y, "Company or CIC number", "company_no", 110, 8)
        else:
            small(x0 + 265, y, l2, n2, w2, m2)
        y -= 29
    small(x0, y, "Address line 1", "addr1", 250, 50)
    small(x0 + 265, y, "Address line 2", "addr2", 250, 50)
    y -= 29
    small(x0, y, "Town", "town", 150, 30)
    small(x0 + 165, y, "Postcode", "postcode", 60, 8)
    date(x0 + 265, y, "Date set up", "est")
    small(x0 + 370, y, "Income last year (£)", "income", 90, 9)
    y -= 29
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, y, "Type of organisation:")
    radio(y, x0 + 85, "org_type", "Type of organisation", ["Charity", "CIO", "CIC", "Group"])
    y -= 20
    y = section(y, "2  Links with the PCN")
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, y, "Patients of which practices can you take? (tick all that apply)")
    y -= 13
    for i, practice in enumerate(
        (
            "Castle Street Surgery",
            "Harbour Medical Centre",
            "Marley Health Centre",
            "Northgate Practice",
            "Tenby Road Surgery",
            "Wheal Lane Practice",
        )
    ):
        tick(x0 + 88 * i, y, f"practice_{i + 1}", "Practices you can take patients from", practice)
    y -= 18
    c.drawString(x0, y, "Do you take referrals from a link worker now?")
    radio(
        y,
        x0 + 175,
        "referrals_now",
        "Do you take referrals from a link worker now?",
        [
            "Yes",
            "No",
        ],
    )
    small(x0 + 320, y + 4, "Referrals a month you could take", "capacity", 60, 3)
    y -= 26
    y = section(y, "3  Your project")
    small(x0, y, "Project title", "title", 250, 60)
    small(x0 + 265, y, "Amount requested (£)", "amount", 70, 5)
    small(x0 + 345, y, "Total cost (£)", "total_cost", 70, 6)
    date(x0 + 425, y, "Start date", "start")
    y -= 32
    y = question(
        y,
        ["3.1  What will you offer people who are referred to you? (up to 200 words)"],
        "q31_offer",
        82,
        maxlen=1200,
    )
    y = question(
        y,
        [
            "3.2  How will you make people feel welcome if they are anxious, isolated or have "
            "not been to a group before?"
        ],
        "q32_welcome",
        62,
        maxlen=900,
    )
    c.showPage()

    head(2)
    y = h - 64
    y = question(
        y,
        ["3.3  How will you let the link worker know how someone is getting on? (100 words max)"],
        "q33_feedback",
        52,
    )
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0, y, "3.4  What will you spend the grant on?")
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, y - 12, "Item")
    c.drawString(x0 + 330, y - 12, "Cost (£)")
    for i in range(4):
        box(f"item_{i + 1}", "Item", x0, y - 28 - 15 * i, 320, 60)
        box(f"cost_{i + 1}", "Cost", x0 + 330, y - 28 - 15 * i, 70, 6)
    small(x0 + 420, y - 58, "Total (£)", "budget_total", 70, 6)
    y -= 100
    y = section(y, "4  People you will support")
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, y, "How many people do you expect to support in each age group?")
    y -= 6
    for i, band in enumerate(("18 to 24", "25 to 49", "50 to 64", "65 and over")):
        small(x0 + 90 * i, y - 6, band, f"age_{i + 1}", 50, 4)
    y -= 40
    y = section(y, "5  Safeguarding and data")
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, y, "Do you have a safeguarding policy?")
    radio(y, x0 + 150, "sg_policy", "Do you have a safeguarding policy?", ["Yes", "No"])
    date(x0 + 300, y + 4, "Date last reviewed", "sg_date")
    y -= 26
    small(x0, y, "Name of safeguarding lead", "sg_lead", 200, 50)
    y -= 30
    c.drawString(x0, y, "Registered with the Information Commissioner's Office (ICO)?")
    radio(y, x0 + 225, "ico", "Registered with the ICO?", ["Yes", "No"])
    small(x0 + 360, y + 4, "ICO registration number", "ico_no", 90, 10)
    y -= 26
    small(
        x0,
        y,
        "Data Security and Protection Toolkit (DSPT) organisation code, if you have one",
        "dspt_code",
        80,
        6,
    )
    y -= 32
    y = section(y, "6  Checklist: please attach")
    for i, (doc, tip) in enumerate(
        (
            ("Constitution or governing document", "Governing document attached"),
            ("A bank statement from the last three months", "Bank statement attached"),
            ("Safeguarding policy", "Safeguarding policy attached"),
            ("Public liability insurance certificate (at least £5m)", "Insurance attached"),
        )
    ):
        tick(x0 + (0 if i % 2 == 0 else 265), y - 14 * (i // 2), f"encl_{i + 1}", tip, doc)
    y -= 32
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0,
        y,
        "If volunteers will drive people to sessions in their own cars, also attach a copy of "
        "their motor insurance showing business use.",
    )
    y -= 22
    y = section(y, "7  About your organisation (optional)")
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0,
        y,
        "Do people with lived experience of the issues you work on sit on your committee or board?",
    )
    radio(y - 13, x0, "lived", "Lived experience on committee", ["Yes", "No", "Prefer not"])
    y -= 30
    c.drawString(x0, y, "Is your organisation led by and for (tick all that apply):")
    for i, group in enumerate(
        ("Disabled people", "Ethnic minority communities", "LGBTQ+ people", "Older people")
    ):
        tick(x0 + 120 * i, y - 13, f"ledby_{i + 1}", "Led by and for", group)
    y -= 36
    y = section(y, "8  Declaration")
    tick(
        x0,
        y,
        "declare",
        "Declaration",
        "I confirm the information on this form is correct and that I may apply for the "
        "organisation.",
    )
    y -= 22
    small(x0, y, "Name", "sign_name", 180, 50)
    small(x0 + 195, y, "Signature (or type your name)", "signature", 180, 50)
    date(x0 + 390, y, "Date", "sign_date")
    y -= 40
    c.setFont("Helvetica", 6.5)
    for line in (
        "Data protection: Zennick CVS processes your information on behalf of Zennick and "
        "Marley PCN to assess this application and manage any grant.",
        "We keep it for six years after the grant ends. Privacy notice: "
        "zennickcvs.example.org.uk/privacy",
    ):
        c.drawString(x0, y, line)
        y -= 9
    c.setStrokeColor(colors.grey)
    c.rect(x0, y - 36, x2 - x0, 30)
    c.drawString(
        x0 + 6, y - 18, "CVS use: Ref ______  Received ______  Panel ______  Award £ ______"
    )
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------ Inchmoor (pdf)

INCHMOOR = [
    ("h1", "1. About the fund"),
    (
        "p",
        "Community Wellbeing Grants are funded by Inchmoor County Council's Public Health team "
        "from the public health grant. They support voluntary, community, faith and social "
        "enterprise (VCFSE) organisations to run projects that improve people's physical and "
        "mental wellbeing and reduce the gap in healthy life expectancy between the most and "
        "least deprived parts of the county.",
    ),
    (
        "p",
        "Grants are between £5,000 and £25,000 for projects lasting up to 18 months. We expect "
        "to make about twenty grants in this round. There is no requirement for match funding, "
        "but we like to see other support, such as volunteer time or free venues.",
    ),
    ("h2", "Our priorities for 2027/28"),
    ("b", "Tackling loneliness and social isolation, especially among older people and carers"),
    ("b", "Helping people to be more physically active, in ways that suit them"),
    ("b", "Supporting good mental health for young people aged 11 to 25"),
    ("b", "Reducing harm from tobacco, alcohol and gambling"),
    ("h1", "2. Our outcomes framework"),
    (
        "p",
        "Every funded project reports against one or more of the outcomes below. You choose "
        "the outcomes and the measures in your application; we will agree them with you before "
        "the grant starts.",
    ),
    ("table", "outcomes"),
    (
        "p",
        "We do not expect small organisations to use complicated tools. Simple before-and-after "
        "questions, attendance records and people's own stories are all welcome.",
    ),
    ("h1", "3. Eligibility checklist"),
    (
        "p",
        "Before you apply, please check that you can tick every box below. If you cannot tick "
        "them all, you cannot apply in this round, but please talk to us: we may be able to "
        "point you to another fund.",
    ),
    (
        "c",
        "We are a voluntary or community group, registered charity, CIO, CIC limited by "
        "guarantee, or community benefit society, based in or serving Inchmoor.",
    ),
    ("c", "We have a written constitution or governing document."),
    (
        "c",
        "We have a bank account in our organisation's name that needs two unrelated people "
        "to sign or approve payments.",
    ),
    ("c", "We have a management committee or board of at least three unrelated people."),
    ("c", "We have published annual accounts for at least one full financial year."),
    ("c", "We have a safeguarding policy that has been reviewed in the last 12 months."),
    ("c", "We hold public liability insurance of at least £5 million."),
    ("c", "Our project will finish by 30 September 2028."),
    ("h2", "Who cannot apply?"),
    ("b", "Individuals, sole traders and profit-making businesses"),
    (
        "b",
        "Statutory bodies, including schools, GP practices and NHS trusts (but they can be "
        "partners in a project led by a VCFSE organisation)",
    ),
    ("b", "Organisations that have not returned monitoring for an earlier Public Health grant"),
    ("h1", "4. What we will and will not fund"),
    (
        "p",
        "We will fund staff and sessional worker costs, volunteer expenses, venue hire, "
        "equipment under £1,000 per item, training, publicity, and a fair share of your "
        "running costs (up to 10% of the grant).",
    ),
    (
        "p",
        "We will not fund: work that the NHS or the council has a legal duty to provide; "
        "religious or political activity; trips abroad; alcohol; retrospective costs; or "
        "buildings and large capital items.",
    ),
    ("h1", "5. Safeguarding and information governance"),
    (
        "p",
        "Many of the people these grants reach are at risk of harm. You must have a named "
        "safeguarding lead, a safeguarding policy that covers both children and adults at "
        "risk, and safer recruitment for anyone in regulated activity, including enhanced DBS "
        "checks where the law allows.",
    ),
    (
        "p",
        "If your project will record health information about individuals, or will share "
        "information with GP practices, NHS services or social prescribing link workers, you "
        "must complete the NHS Data Security and Protection Toolkit (DSPT) and reach "
        "\u201cStandards Met\u201d before we pay the second instalment of your grant. If you have "
        "not started the Toolkit yet, say so in your application: we can fund up to £500 of "
        "staff time to complete it, and the Inchmoor VCFSE Alliance runs free workshops.",
    ),
    (
        "p",
        "All grant holders must follow UK data protection law, keep personal information "
        "secure, and tell us within 72 hours of any data breach that affects people taking "
        "part in a funded project.",
    ),
    ("h1", "6. How to apply"),
    (
        "p",
        "Apply online through the Inchmoor Grants Portal at grants.inchmoor.example.gov.uk. "
        "You will need to register first, which can take up to two working days. You can save "
        "your answers and come back later.",
    ),
    (
        "p",
        "The online form has four sections: About your organisation; Your project (six "
        "questions, each with a word limit of between 150 and 400 words); Outcomes and "
        "measures; and Budget. A Word copy of the questions is available on request so that "
        "you can draft your answers with colleagues, but you must submit through the portal.",
    ),
    ("h1", "7. Documents you must upload"),
    ("p", "Every applicant must upload:"),
    (
        "n",
        "Your governing document (constitution, articles of association or rules), signed "
        "and dated.",
    ),
    (
        "n",
        "Your most recent annual accounts. These should be independently examined or "
        "audited; if your annual income is under £25,000, accounts signed by your treasurer and "
        "one other trustee are accepted.",
    ),
    ("n", "Your safeguarding policy."),
    ("n", "Your equality, diversity and inclusion policy."),
    ("n", "A project budget on our budget template (download it from the fund page)."),
    ("p", "Some applicants must also upload:"),
    (
        "b",
        "if your project will record personal health information about the people taking "
        "part: your data protection policy;",
    ),
    (
        "b",
        "if your project includes exercise, sport or outdoor activity: a risk assessment for "
        "the main activity;",
    ),
    (
        "b",
        "if you are applying on behalf of a partnership: a signed letter of support from "
        "each partner organisation.",
    ),
    (
        "p",
        "You do not need to upload your insurance certificate, but you must hold the cover "
        "shown in the eligibility checklist for the whole of the project.",
    ),
    ("h1", "8. How we assess applications"),
    (
        "p",
        "A panel of Public Health officers, an NHS Inchmoor Integrated Care Board "
        "representative and two members of the Inchmoor VCFSE Alliance will score each "
        "application against four criteria: need (30%), approach (30%), outcomes and "
        "measurement (20%), and value for money (20%). We may phone you with questions.",
    ),
    ("h1", "9. Timetable"),
    ("table", "timetable"),
    ("h1", "10. If you are awarded a grant"),
    (
        "p",
        "You will sign a grant agreement and send us your bank details on our supplier form. "
        "We pay in two instalments. You will send a short monitoring return every six months "
        "and a final report, including at least one case study, within two months of the end "
        "of the project.",
    ),
    ("h1", "11. Contact us"),
    (
        "p",
        "Public Health Commissioning Team, Inchmoor County Council, County Hall, Inchmoor IM1 "
        "3RQ. Email wellbeinggrants@inchmoor.example.gov.uk or phone 01632 960377 (Monday to "
        "Thursday, 9am to 4pm). We run two online information sessions; book through the fund "
        "page.",
    ),
    ("h2", "How we use your information"),
    (
        "p",
        "Inchmoor County Council is the data controller for the information you give us. We "
        "use it to assess your application and manage and publish grants. We may share it with "
        "NHS Inchmoor ICB and other funders to avoid double funding. See "
        "inchmoor.example.gov.uk/privacy.",
    ),
    ("h2", "Other formats"),
    (
        "p",
        "You can ask for this guidance in large print, Easy Read or another language. Phone "
        "01632 960377 or use Relay UK by dialling 18001 first.",
    ),
]
INCHMOOR_NEW_PAGE = {
    "2. Our outcomes framework",
    "3. Eligibility checklist",
    "5. Safeguarding and information governance",
    "7. Documents you must upload",
    "9. Timetable",
}


def inchmoor() -> None:
    """A county public health team's seven-page guidance with an eligibility checklist."""
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

    out = HERE / "inchmoor-public-health-community-wellbeing-guidance.pdf"
    green = colors.HexColor("#3B6E22")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    check = ParagraphStyle("c", parent=body, bulletFontName="ZapfDingbats", bulletIndent=0)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=11, spaceAfter=0)
    h1 = ParagraphStyle(
        "h1",
        fontName="Helvetica-Bold",
        fontSize=15,
        leading=19,
        textColor=green,
        spaceAfter=8,
        spaceBefore=8,
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="Helvetica-Bold",
        fontSize=12,
        leading=15,
        textColor=green,
        spaceAfter=4,
        spaceBefore=6,
    )
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=green)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(20 * mm, 290 * mm, "Inchmoor County Council  |  Public Health")
        canv.drawRightString(190 * mm, 290 * mm, "Community Wellbeing Grants 2027/28")
        canv.drawString(20 * mm, 10 * mm, "Guidance for applicants  v1.2  November 2026")
        canv.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
        canv.restoreState()

    def table(which):
        if which == "outcomes":
            data = [
                ["Outcome", "What we mean", "Example measures"],
                [
                    "1. Connected",
                    "People feel less lonely and part of their community",
                    "Loneliness questions; new friendships",
                ],
                [
                    "2. Active",
                    "People move more, in ways that suit them",
                    "Minutes of activity a week",
                ],
                [
                    "3. Mentally well",
                    "People's wellbeing and resilience improve",
                    "SWEMWBS before and after",
                ],
                [
                    "4. Informed",
                    "People know where to get help and use it earlier",
                    "Referrals taken up",
                ],
                [
                    "5. Safer",
                    "People are less harmed by tobacco, alcohol or gambling",
                    "Quit attempts; self-reported use",
                ],
            ]
            widths = [30 * mm, 75 * mm, 65 * mm]
        else:
            data = [
                ["What happens", "When"],
                ["Fund opens", "Monday 11 January 2027"],
                ["Online information sessions", "20 January and 3 February 2027"],
                ["Closing date", "12 noon, Friday 5 March 2027"],
                ["Panel meets", "April 2027"],
                ["Decisions sent", "By 14 May 2027"],
                ["Projects start", "From 1 June 2027"],
            ]
            widths = [85 * mm, 85 * mm]
        rows = [[Paragraph(cell, small) for cell in row] for row in data]
        t = Table(rows, colWidths=widths)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3EFD9")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [t, Spacer(1, 8)]

    story = [
        Spacer(1, 40 * mm),
        Paragraph("Inchmoor County Council Public Health", h2),
        Paragraph("Community Wellbeing Grants 2027/28", title),
        Spacer(1, 6),
        Paragraph("Guidance for applicants", h1),
        Paragraph("Grants of £5,000 to £25,000 for up to 18 months", body),
        Paragraph("Closing date: 12 noon, Friday 5 March 2027", body),
        Spacer(1, 30 * mm),
        Paragraph(
            "In partnership with NHS Inchmoor Integrated Care Board and the Inchmoor VCFSE "
            "Alliance",
            small,
        ),
        PageBreak(),
    ]
    numbered: list = []

    def flush():
        if numbered:
            story.append(
                ListFlowable([ListItem(Paragraph(t, body)) for t in numbered], bulletType="1")
            )
            numbered.clear()

    for kind, text in INCHMOOR:
        if kind != "n":
            flush()
        if kind == "h1":
            if text in INCHMOOR_NEW_PAGE:
                story.append(PageBreak())
            story.append(Paragraph(text, h1))
        elif kind == "h2":
            story.append(Paragraph(text, h2))
        elif kind == "b":
            story.append(Paragraph(text, body, bulletText="\u2022"))
        elif kind == "c":
            story.append(Paragraph(text, check, bulletText="o"))
        elif kind == "n":
            numbered.append(text)
        elif kind == "table":
            story += table(text)
        else:
            story.append(Paragraph(text, body))
    flush()
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Community Wellbeing Grants 2027/28 - guidance for applicants",
        author="Inchmoor County Council",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    quorley()
    ulverstead()
    zennick()
    inchmoor()


if __name__ == "__main__":
    main()
