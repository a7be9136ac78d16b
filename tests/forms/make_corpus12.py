"""Regenerate the binary documents of held-out set 12 (Thistlebrook to Lydmere).

A generator in the style of make_corpus.py for the four binary documents of held-out set 12
in tests/forms/ (their truth files were written blind, before any measurer was run on them).
It builds only its own four files and leaves every other file alone:

- thistlebrook-homes-resident-community-fund.docx: a housing association's Word form whose
  project questions are Word auto-numbered list paragraphs (the numbers are not in the
  text) and whose answer spaces are ruled lines drawn as underscore tab leaders;
- corvenham-pcc-community-safety-fund-guidance.docx: a police and crime commissioner's
  guidance for applicants, with an eligibility self-check table, a question-by-question
  guide to the portal form and run-in conditions on the documents;
- harnmoor-npa-sustainable-development-fund.pdf: a national park authority's fillable PDF
  with a combo box, a multi-select list box, a read-only calculated total and a hidden
  office field besides text fields with and without /MaxLen;
- lydmere-water-community-fund-applicant-webinar.pdf: the slides of an applicant briefing
  webinar, exported from presentation software to a 16:9 PDF (guidance).

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus12.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 4, 1, 9, 0, 0)
DOCX = (
    "thistlebrook-homes-resident-community-fund.docx",
    "corvenham-pcc-community-safety-fund-guidance.docx",
)
PDFS = (
    "harnmoor-npa-sustainable-development-fund.pdf",
    "lydmere-water-community-fund-applicant-webinar.pdf",
)
BOX = "\u2610"


# --------------------------------------------------------------------------- docx helpers


def _new(title: str, author: str, font: str, size: int = 11):
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

    tcPr = cell._tc.get_or_add_tcPr()  # noqa: N806 (python-docx spelling)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _table(d, rows, widths, fill=None, bold_first_row=False):
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for n, row in enumerate(rows):
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
            if n == 0 and text and bold_first_row:
                cell.paragraphs[0].runs[0].bold = True
            if n == 0 and fill:
                _shade(cell, fill)
    for r in t.rows:
        for cell, w in zip(r.cells, widths, strict=True):
            cell.width = Cm(w)
    return t


def _para(d, text="", bold=False, italic=False, size=None, style=None, colour=None):
    from docx.shared import Pt, RGBColor

    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def _ruled(d, label: str = "", lines: int = 1, indent_cm: float = 0.0) -> None:
    """Ruled answer lines drawn as an underscore tab leader to the right margin.

    The text of such a line is only the label (if any) and a tab character: the line the
    applicant sees is the tab's leader, not underscores in the text.
    """
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    for i in range(lines):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
        pf.space_before = Pt(6)
        pf.space_after = Pt(0)
        if indent_cm:
            pf.left_indent = Cm(indent_cm)
        if label and i == 0:
            p.add_run(label + " ")
        p.add_run("\t")


def _grey_limit(p, text: str) -> None:
    """A word limit in small grey square brackets at the end of a question."""
    from docx.shared import Pt, RGBColor

    r = p.add_run(" " + text)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor.from_string("6E6E6E")


# --------------------------------------------------------------------------- Thistlebrook


def _numbered(d, text: str, limit: str | None = None):
    p = d.add_paragraph(style="List Number")
    p.add_run(text)
    if limit:
        _grey_limit(p, limit)
    return p


def _thistlebrook() -> None:
    from docx.shared import Cm, Pt

    d = _new("Resident Community Fund application form", "Thistlebrook Homes", "Calibri")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = "Thistlebrook Homes  |  Resident Community Fund 2027/28"
    sec.footer.paragraphs[0].text = (
        "Thistlebrook Homes Limited is a registered society (no. 31907R) and a registered "
        "provider of social housing (L4471)."
    )
    d.add_heading("Resident Community Fund", 0)
    _para(d, "Application form for grants of £100 to £2,500", bold=True, size=13)
    _para(d, "Version 3.2, March 2027", italic=True, size=9)
    _para(
        d,
        "Need this form in large print, Braille, Easy Read or another language? Call the "
        "Community Investment team on 0300 555 0192 or email "
        "communityfund@thistlebrook.example.org.uk.",
    )
    d.add_heading("Before you start", 1)
    for b in (
        "Read the Resident Community Fund guidance on our website first.",
        "Type your answers on the lines, or print the form and write in black ink.",
        "Where a question has a word limit it is shown in square brackets at the end, like "
        "this: [150 words]. Our panel stops reading at the limit.",
        "Questions without a limit can be answered in a few lines.",
        "Send the form and your documents to the address on the last page, or email them.",
    ):
        _para(d, b, style="List Bullet")

    d.add_heading("Part 1 \u2013 About your group", 1)
    _ruled(d, "Name of your group:")
    _para(
        d,
        f"Type of group (tick one):   {BOX} Tenants' and residents' association (TRA)   "
        f"{BOX} Community group or club   {BOX} Registered charity   "
        f"{BOX} Community interest company   {BOX} Other",
    )
    _ruled(d, "Address for letters:", lines=2)
    _ruled(d, "Postcode:")
    _ruled(d, "Main contact \u2013 name:")
    _ruled(d, "Role in the group:")
    _ruled(d, "Daytime phone:")
    _ruled(d, "Email:")
    _ruled(d, "Second contact (not related to the main contact) \u2013 name:")
    _ruled(d, "Second contact's phone or email:")
    _para(d, f"Is the main contact a Thistlebrook tenant or leaseholder?   {BOX} Yes   {BOX} No")
    _ruled(d, "Tenancy reference (if you know it):")
    _ruled(d, "When was your group set up? (month and year):")
    _ruled(d, "How many members does your group have?")

    d.add_heading("Part 2 \u2013 Your project", 1)
    _numbered(d, "Give your project a short name.")
    _ruled(d, indent_cm=0.6)
    _numbered(d, "Describe what you want to do, where it will happen and when.", "[250 words]")
    _ruled(d, lines=8, indent_cm=0.6)
    _numbered(
        d,
        "How do you know residents want this? Tell us who you asked and what they said.",
        "[150 words]",
    )
    _ruled(d, lines=6, indent_cm=0.6)
    _numbered(d, "Roughly how many residents will take part?")
    _ruled(d, indent_cm=0.6)
    _numbered(d, "Which Thistlebrook estate or neighbourhood is the project for?")
    _ruled(d, indent_cm=0.6)
    _numbered(
        d,
        "Tell us about the difference your project will make.",
        "[100 words each for (a) and (b)]",
    )
    p = _para(d, "(a) What difference will it make to the people who take part?")
    p.paragraph_format.left_indent = Cm(0.6)
    _ruled(d, lines=4, indent_cm=0.6)
    p = _para(d, "(b) How will you know it has made that difference?")
    p.paragraph_format.left_indent = Cm(0.6)
    _ruled(d, lines=4, indent_cm=0.6)
    _numbered(d, f"Will anyone be paid to help run the project?   {BOX} Yes   {BOX} No")
    p = _para(d, "If yes, tell us who they are and what they will do.")
    p.paragraph_format.left_indent = Cm(0.6)
    _ruled(d, lines=4, indent_cm=0.6)
    _numbered(d, "What will happen when the grant has been spent?", "[no more than half a page]")
    _ruled(d, lines=10, indent_cm=0.6)
    _numbered(
        d,
        "Is there anything else you would like the panel to know? This question is optional.",
        "[max 1,200 characters including spaces]",
    )
    _ruled(d, lines=6, indent_cm=0.6)

    d.add_heading("Part 3 \u2013 Money", 1)
    _para(
        d,
        "List everything you want the grant to pay for. Include VAT if your group cannot "
        "claim it back.",
    )
    _table(
        d,
        [("What you will buy or pay for", "Who from", "Cost (£)")]
        + [("", "", "")] * 6
        + [("Total", "", "")],
        (8.5, 4.5, 3.0),
        fill="DDEBF7",
        bold_first_row=True,
    )
    _para(d)
    _ruled(d, "Total cost of the project: £")
    _ruled(d, "Amount you are asking Thistlebrook Homes for: £")
    _para(
        d,
        "Groups with less than £1,000 in the bank do not have to put any money in. Other "
        "groups should find at least 10% of the total cost themselves \u2013 from their own "
        "funds, another grant, or volunteer time valued at £15 an hour.",
    )
    _para(d, "Where is the rest of the money coming from?")
    _table(
        d,
        [("Source", "Amount (£)", "Secured? Yes / No")] + [("", "", "")] * 3,
        (8.5, 3.5, 4.0),
        fill="DDEBF7",
        bold_first_row=True,
    )
    _para(
        d,
        "Last year 64% of our grants went to groups in our five priority neighbourhoods.",
        italic=True,
        size=9,
    )

    d.add_heading("Part 4 \u2013 What to send with this form", 1)
    _para(
        d,
        "Tick each one you are sending. If a row does not apply to your group, leave it blank.",
    )
    _table(
        d,
        [
            ("Sent", "Document", "Who needs to send it"),
            (
                BOX,
                "A copy of your constitution, rules or terms of reference",
                "All groups, except TRAs already recognised by Thistlebrook Homes (we hold "
                "your constitution)",
            ),
            (
                BOX,
                "Your most recent bank statement showing the group's name and address",
                "All groups",
            ),
            (
                BOX,
                "Your latest annual accounts. These do not have to be examined: a one-page "
                "summary of money in and money out, signed by two committee members, is fine",
                "All groups",
            ),
            (
                BOX,
                "A quote, or a screenshot of the price, for anything costing £250 or more",
                "Only if you are buying something that costs £250 or more",
            ),
            (
                BOX,
                "Your safeguarding policy",
                "Groups working with children, young people or adults at risk",
            ),
            (
                BOX,
                "Written permission from the owner of the land or building",
                "If the project is not on Thistlebrook land",
            ),
        ],
        (1.2, 8.5, 6.3),
        fill="DDEBF7",
        bold_first_row=True,
    )
    _para(d)
    _para(d, "Insurance", bold=True)
    _para(
        d,
        "Thistlebrook Homes holds £10 million public liability insurance for its own estates "
        "and community rooms. It does not cover your group's activities. We recommend, but "
        "do not require, that groups running events open to the public take out their own "
        "public liability insurance.",
    )

    d.add_heading("Part 5 \u2013 Declaration", 1)
    _para(d, "On behalf of the group, we confirm that:")
    for b in (
        "the information in this form is true;",
        "the group has an equal opportunities policy, or will adopt Thistlebrook's model "
        "policy before any grant is paid;",
        "we will keep receipts for everything the grant pays for and send copies within three "
        "months of the project ending;",
        "we will tell you straight away if the project changes.",
    ):
        _para(d, b, style="List Bullet")
    _table(
        d,
        [
            ("", "Chair or lead member", "Treasurer or second member"),
            ("Name", "", ""),
            ("Signature", "", ""),
            ("Date", "", ""),
        ],
        (3.5, 6.25, 6.25),
        fill="DDEBF7",
        bold_first_row=True,
    )
    _para(d)
    _para(
        d,
        "Send your form to: Community Investment Team, Thistlebrook Homes, 4 Weir Street, "
        "Thistlebrook TB3 7QA, or email communityfund@thistlebrook.example.org.uk.",
    )
    t = _table(
        d,
        [
            ("For office use", "", "", ""),
            ("Received", "", "Reference", ""),
            ("Panel date", "", "Decision", ""),
        ],
        (3.5, 4.5, 3.5, 4.5),
        fill="D9D9D9",
    )
    for r in t.rows:
        for c in r.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8)

    d.add_page_break()
    d.add_heading("Equality monitoring (optional)", 1)
    _para(
        d,
        "This page is taken off your application before the panel sees it. Answering is "
        "optional and will not affect the decision.",
        italic=True,
    )
    _para(
        d,
        f"Who does your group mainly work with? Tick all that apply.   {BOX} Older people   "
        f"{BOX} Children and young people   {BOX} Disabled people   {BOX} Carers   "
        f"{BOX} People from minority ethnic communities   {BOX} Everyone",
    )
    _para(
        d,
        "Is your group led by people from a Black, Asian or minority ethnic background?   "
        f"{BOX} Yes   {BOX} No   {BOX} Prefer not to say",
    )
    _ruled(d, "About what percentage of your members are Thistlebrook residents?  %")
    d.save(HERE / DOCX[0])


# --------------------------------------------------------------------------- Corvenham


def _corvenham() -> None:
    from docx.shared import Cm

    d = _new(
        "Community Safety Fund 2027-28: guidance for applicants",
        "Office of the Police and Crime Commissioner for Corvenham",
        "Arial",
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.footer.paragraphs[
        0
    ].text = "OPCC Corvenham  \u2013  Community Safety Fund guidance  \u2013  v1.3, April 2027"
    d.add_heading("Community Safety Fund 2027-28", 0)
    _para(d, "Guidance for applicants", bold=True, size=14)
    _para(d, "Office of the Police and Crime Commissioner for Corvenham", italic=True)

    d.add_heading("1. Introduction", 1)
    _para(
        d,
        "The Police and Crime Commissioner (PCC) for Corvenham has set aside £400,000 in "
        "2027-28 for voluntary and community organisations whose work supports the Police "
        "and Crime Plan. The Plan's priorities are tackling anti-social behaviour (ASB), "
        "ending violence against women and girls (VAWG), reducing reoffending and "
        "supporting victims. The Plan commits us to cutting repeat victimisation by 15% by "
        "2029, and this fund is one of the ways we will do it.",
    )
    _para(
        d,
        "This guidance explains who can apply, what we will fund, how we assess applications "
        "and what you need to send. Please read all of it before you start. Words in the "
        "online form that you may not know are explained in section 9.",
    )

    d.add_heading("2. How much you can apply for", 1)
    _table(
        d,
        [
            ("Strand", "Grant size", "Project length"),
            ("Small grants", "£1,000 to £5,000", "up to 12 months"),
            ("Main grants", "£5,001 to £25,000", "up to 24 months"),
        ],
        (5.0, 5.0, 6.0),
        fill="1F3864",
        bold_first_row=True,
    )
    _para(d)
    _para(
        d,
        "We expect every applicant to contribute at least 20% of the total cost of the "
        "project, in cash or in kind (for example volunteer time, free use of a building or "
        "donated equipment). Schools and parish or town councils must contribute at least "
        "50%. No more than 10% of a grant may be spent on management and overhead costs.",
    )

    d.add_heading("3. Quick eligibility check", 1)
    _para(
        d,
        "Before you apply, check that you can say Yes to every statement below. This check is "
        "for you: you do not send it to us.",
    )
    _table(
        d,
        [
            ("Statement", "Yes", "No"),
            ("We are a not-for-profit organisation with a written constitution", BOX, BOX),
            ("Our project will take place in the Corvenham police force area", BOX, BOX),
            (
                "We have a bank account in the organisation's name that needs two unrelated "
                "people to sign",
                BOX,
                BOX,
            ),
            ("Our project will start after 1 September 2027", BOX, BOX),
            ("We have not had a grant from the PCC in the last 12 months", BOX, BOX),
        ],
        (12.0, 2.0, 2.0),
        fill="D9E2F3",
        bold_first_row=True,
    )
    _para(d)
    _para(d, "Ticked No to any statement? Please call us before applying on 01632 960 418.")

    d.add_heading("4. What we will and will not fund", 1)
    for b in (
        "We fund activity, sessional staff, volunteer expenses, venue hire, training, "
        "equipment and small capital works.",
        "We do not fund work that is a statutory duty of another body, retrospective costs, "
        "political or religious activity, or fundraising.",
        "Capital works over £10,000 are only funded through the main grants strand.",
    ):
        _para(d, b, style="List Bullet")

    d.add_heading("5. Filling in the online application", 1)
    _para(
        d,
        "The application form is on our grants portal at "
        "corvenham-pcc.example.gov.uk/grants. It has four sections: your organisation, your "
        "project, your budget and the declaration. The table below explains each project "
        "question, its word limit, what the panel looks for and how much it counts towards "
        "your score.",
    )
    _table(
        d,
        [
            ("Portal question", "Word limit", "What the panel looks for", "Weighting"),
            (
                "Q1 What problem will your project tackle?",
                "300",
                "Local evidence: police or council data, surveys, your own records",
                "25%",
            ),
            (
                "Q2 Who will benefit, and how will you reach them?",
                "250",
                "A clear group of people and a realistic way of reaching them",
                "20%",
            ),
            (
                "Q3 What will you do?",
                "400",
                "Activities, timetable, who delivers, where",
                "30%",
            ),
            (
                "Q4 How will you know it has worked?",
                "200",
                "Measures you can collect, and a baseline",
                "15%",
            ),
            ("Q5 Value for money", "150", "Costs that are reasonable and explained", "10%"),
        ],
        (5.0, 2.0, 7.0, 2.0),
        fill="D9E2F3",
        bold_first_row=True,
    )
    _para(d)
    _para(
        d,
        "Keep to the word limits: the portal will not let you save an answer that is too long.",
    )

    d.add_heading("6. Documents you need to upload", 1)
    p = d.add_paragraph()
    p.add_run("Everyone: ").bold = True
    p.add_run(
        "your most recent annual accounts and a project budget on our template (download it "
        "from the portal). Accounts must be independently examined or audited where charity "
        "law requires it; otherwise accounts signed by your treasurer and one other trustee "
        "are acceptable."
    )
    p = d.add_paragraph()
    p.add_run("Your governing document: ").bold = True
    p.add_run(
        "your constitution, memorandum and articles of association or trust deed. Parish "
        "and town councils and schools are exempt."
    )
    p = d.add_paragraph()
    p.add_run("Newly formed organisations: ").bold = True
    p.add_run(
        "if you have not yet produced a set of annual accounts, upload your last three "
        "months' bank statements in place of them."
    )
    p = d.add_paragraph()
    p.add_run("Should your project involve contact with children or adults at risk: ").bold = True
    p.add_run(
        "your safeguarding policy. You will also confirm on the form that everyone who needs "
        "an enhanced DBS check has one; we do not need copies of certificates."
    )
    p = d.add_paragraph()
    p.add_run("Capital works costing more than £10,000: ").bold = True
    p.add_run("two written quotes from different suppliers.")
    p = d.add_paragraph()
    p.add_run("Partnership projects: ").bold = True
    p.add_run("a short letter from each partner confirming the part they will play.")

    d.add_heading("7. Policies and insurance", 1)
    _para(
        d,
        "All applicants must have an equality and diversity policy and a data protection "
        "policy (or privacy notice) in place. You do not need to send them, but we may ask to "
        "see them at a monitoring visit. Organisations that employ paid staff must also have "
        "a whistleblowing policy.",
    )
    _para(
        d,
        "If you are offered a grant, you must show us before any money is paid that you hold "
        "public liability insurance of at least £5 million, and employer's liability "
        "insurance if you employ staff.",
    )

    d.add_heading("8. Key dates", 1)
    _table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 3 May 2027"),
            ("Deadline", "Monday 14 June 2027, 12 noon"),
            ("Panel meets", "w/c 19 July 2027"),
            ("Decisions sent", "by Friday 6 August 2027"),
        ],
        (8.0, 8.0),
        fill="D9E2F3",
        bold_first_row=True,
    )

    d.add_heading("9. Frequently asked questions", 1)
    for q, a in (
        (
            "Can we apply for staff costs?",
            "Yes, for sessional or project staff. We do not fund existing salaries.",
        ),
        (
            "Does our contribution have to be cash?",
            "No. See section 2: volunteer time at £15 an hour and donated goods count.",
        ),
        (
            "What is a baseline?",
            "A measure of how things are before your project starts, so you can show change.",
        ),
        (
            "What if we are not successful?",
            "We will give you feedback and you can apply to the next round.",
        ),
    ):
        _para(d, q, bold=True)
        _para(d, a)
    _para(d)
    _para(
        d,
        "Contact: Commissioning Team, OPCC Corvenham, Bridge House, Corvenham CV9 2HD. "
        "grants@corvenham-pcc.example.gov.uk",
    )
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- PDF helpers


def _lines(c, x, y, text, font, size, width, lead=None):
    from reportlab.lib.utils import simpleSplit

    lead = lead or size * 1.3
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width) or [""]:
        c.drawString(x, y, ln)
        y -= lead
    return y


# --------------------------------------------------------------------------- Harnmoor


def _harnmoor() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Sustainable Development Fund application form")
    c.setAuthor("Harnmoor National Park Authority")
    form = c.acroForm
    left, right = 42, w - 42
    green = HexColor("#3B5E2B")
    tw = right - left

    def header(page):
        c.setFillColor(green)
        c.rect(0, h - 58, w, 58, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(left, h - 30, "Harnmoor National Park Authority")
        c.setFont("Helvetica", 10)
        c.drawString(left, h - 46, "Sustainable Development Fund (SDF)  \u2013  Application form")
        c.drawRightString(right, h - 46, f"Page {page} of 3")
        c.setFillColor(black)
        return h - 80

    def band(y, text):
        c.setFillColor(HexColor("#DCE6D2"))
        c.rect(left, y - 5, tw, 18, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(left + 5, y, text)
        return y - 24

    def text(y, label, name, maxlen, width=270, tip=None, flags=""):
        c.setFont("Helvetica", 9)
        c.drawString(left, y, label)
        form.textfield(
            name=name,
            tooltip=tip or label,
            x=right - width,
            y=y - 5,
            width=width,
            height=16,
            borderWidth=1,
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
            fieldFlags=flags,
        )
        return y - 22

    def big(y, label_lines, name, maxlen, height, tip=None):
        c.setFont("Helvetica-Bold", 9)
        for ln in label_lines:
            c.drawString(left, y, ln)
            y -= 11
        form.textfield(
            name=name,
            tooltip=tip or label_lines[0],
            x=left,
            y=y - height + 4,
            width=tw,
            height=height,
            borderWidth=1,
            fieldFlags="multiline",
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
        )
        return y - height - 12

    def radios(y, label, name, options):
        c.setFont("Helvetica", 9)
        c.drawString(left, y, label)
        x = right - 270
        for opt in options:
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", ""),
                selected=False,
                x=x,
                y=y - 3,
                size=11,
                buttonStyle="circle",
                borderWidth=1,
            )
            c.drawString(x + 14, y, opt)
            x += 70
        return y - 22

    def cell(name, tip, x, y, width, maxlen, flags=""):
        """One small grid cell (budget and funding tables): 8.5 pt, 15 pt high."""
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=15,
            borderWidth=1,
            fontName="Helvetica",
            fontSize=8.5,
            maxlen=maxlen,
            fieldFlags=flags,
        )

    # ---- page 1
    y = header(1)
    intro = (
        "The Sustainable Development Fund supports projects by communities, charities, "
        "parish councils and small businesses that care for the landscape, wildlife and "
        "culture of Harnmoor and help people live and work more sustainably in the Park. "
        "Grants are from £500 to £20,000. Please read the SDF guidance before you start. "
        "Type in the boxes: a box stops accepting text when it is full. Save the form and "
        "email it to sdf@harnmoor-npa.example.gov.uk."
    )
    y = _lines(c, left, y, intro, "Helvetica", 9, tw, 12)
    y -= 4
    note = (
        "How much we pay: the SDF will normally pay no more than half of the eligible cost of "
        "a project; the rest may include volunteer time and donated materials. Community "
        "groups with an income under £10,000 may ask for up to 80%. (The Park covers 692 "
        "square kilometres, 85% of it farmed; we aim to spend at least 30% of the fund in "
        "its upland parishes.)"
    )
    y = _lines(c, left, y, note, "Helvetica-Oblique", 8.5, tw, 11)
    y -= 8
    y = band(y, "Section 1  About your organisation")
    y = text(y, "Name of organisation", "OrgName", 100)
    c.setFont("Helvetica", 9)
    c.drawString(left, y, "Type of organisation")
    form.choice(
        name="OrgType",
        tooltip="Type of organisation",
        value="Please choose",
        options=[
            "Please choose",
            "Community group",
            "Parish or town council",
            "Registered charity",
            "Community interest company",
            "Business",
            "School",
            "Other",
        ],
        x=right - 270,
        y=y - 5,
        width=270,
        height=16,
        fieldFlags="combo",
        fontName="Helvetica",
        fontSize=9,
    )
    y -= 22
    y = text(y, "Contact name", "ContactName", 60)
    y = text(y, "Position in the organisation", "Position", 60)
    c.setFont("Helvetica", 9)
    c.drawString(left, y, "Address")
    form.textfield(
        name="Address",
        tooltip="Address",
        x=right - 270,
        y=y - 31,
        width=270,
        height=42,
        borderWidth=1,
        fieldFlags="multiline",
        fontName="Helvetica",
        fontSize=9,
        maxlen=200,
    )
    y -= 48
    y = text(y, "Postcode", "Postcode", 8, width=90)
    y = text(y, "Telephone", "Phone", 15, width=150)
    y = text(y, "Email", "Email", 80)
    y = text(y, "Registered charity or company number, if any", "RegNo", 12, width=150)
    y = radios(y, "Is your organisation registered for VAT?", "VAT", ["Yes", "No"])
    y -= 4
    y = band(y, "Section 2  About your project")
    y = text(y, "Project title", "ProjectTitle", 80)
    y = text(y, "Location, with a six-figure grid reference", "GridRef", 30)
    c.setFont("Helvetica", 9)
    c.drawString(left, y, "Parish or parishes (hold Ctrl to choose more than one)")
    form.listbox(
        name="Parishes",
        tooltip="Parishes",
        value="Harnmoor",
        options=[
            "Harnmoor",
            "Low Garth",
            "Ravensgill",
            "Cottonby",
            "Stainmoor",
            "Outside the Park",
        ],
        x=right - 270,
        y=y - 54,
        width=270,
        height=62,
        fieldFlags="multiSelect",
        fontName="Helvetica",
        fontSize=9,
    )
    y -= 70
    y = text(y, "Start date (dd/mm/yyyy)", "StartDate", 10, width=90)
    y = text(y, "Finish date (dd/mm/yyyy)", "EndDate", 10, width=90)
    c.showPage()

    # ---- page 2
    y = header(2)
    y = big(
        y,
        [
            "2.1  Describe your project: what you will do, where, and who will be involved.",
            "      (max. 2,400 characters)",
        ],
        "Q2_1",
        2400,
        110,
        tip="Describe your project",
    )
    y = big(
        y,
        [
            "2.2  How will the project benefit the special qualities of the National Park?",
            "      (about 150 words / 1,000 characters)",
        ],
        "Q2_2",
        1000,
        66,
        tip="Benefit to the special qualities",
    )
    c.setFont("Helvetica-Bold", 9)
    c.drawString(left, y, "2.3  Which SDF aims does the project meet? Tick all that apply.")
    y -= 16
    aims = [
        "Landscape and wildlife",
        "Cultural heritage",
        "Low-carbon living",
        "Understanding the Park",
        "Rural economy",
    ]
    x = left + 8
    c.setFont("Helvetica", 8.5)
    for i, aim in enumerate(aims):
        form.checkbox(
            name=f"Aim{i + 1}",
            tooltip=aim,
            x=x,
            y=y - 3,
            size=10,
            buttonStyle="check",
            borderWidth=1,
        )
        c.drawString(x + 13, y, aim)
        x += 104
    y -= 22
    y = big(
        y,
        [
            "2.4  Who have you talked to about the project, and what did they say?",
            "      (about 100 words)",
        ],
        "Q2_4",
        None,
        54,
        tip="Consultation",
    )
    y = big(
        y,
        ["2.5  How will the project carry on, or be looked after, once SDF funding ends?"],
        "Q2_5",
        None,
        54,
        tip="After the grant",
    )
    y = radios(
        y,
        "2.6  Does the project need planning permission or another consent?",
        "Consent",
        ["Yes", "No", "Not sure"],
    )
    y = big(
        y,
        ["2.7  If yes or not sure, tell us what consents are needed and where you are with them."],
        "Q2_7",
        600,
        44,
        tip="Consents",
    )
    y = text(y, "2.8  How many volunteers will take part?", "Volunteers", 5, width=60)
    y -= 4
    y = band(y, "Section 3  Costs and funding")
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(left, y, "Item or activity")
    c.drawString(right - 90, y, "Cost (£)")
    y -= 6
    for i in range(6):
        y -= 17
        cell(f"Item{i + 1}", f"Item {i + 1}", left, y, tw - 100, 60)
        cell(f"Cost{i + 1}", f"Cost {i + 1}", right - 90, y, 90, 9)
    y -= 17
    c.setFont("Helvetica-Bold", 8.5)
    c.drawRightString(right - 96, y + 4, "Total cost (calculated)")
    cell("TotalCost", "Total cost - calculated", right - 90, y, 90, None, "readOnly")
    c.showPage()

    # ---- page 3
    y = header(3)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(left, y, "Other funding: source")
    c.drawString(left + 260, y, "Amount (£)")
    c.drawString(left + 360, y, "Status")
    y -= 6
    for i in range(3):
        y -= 17
        cell(f"Source{i + 1}", f"Funding source {i + 1}", left, y, 250, 60)
        cell(f"SourceAmount{i + 1}", f"Amount {i + 1}", left + 260, y, 90, 9)
        form.choice(
            name=f"SourceStatus{i + 1}",
            tooltip=f"Status {i + 1}",
            value="Confirmed",
            options=["Confirmed", "Applied for", "Not yet applied"],
            x=left + 360,
            y=y,
            width=tw - 360,
            height=15,
            fieldFlags="combo",
            fontName="Helvetica",
            fontSize=8.5,
        )
    y -= 26
    y = text(y, "Amount requested from the SDF (£)", "Requested", 9, width=100)
    y = text(y, "Value of volunteer time and donated materials (£)", "InKind", 9, width=100)
    y -= 4
    y = band(y, "Section 4  Enclosures")
    c.setFont("Helvetica", 9)
    c.drawString(left, y, "Please tick to show what you are sending with this form.")
    y -= 18
    encl = [
        "A map showing where the project is (all applicants)",
        "Your latest annual accounts (these must be independently examined or audited if "
        "your income is over £25,000)",
        "Your constitution or governing document (community groups and charities)",
        "Two quotes for any item costing over £1,000",
        "Written consent from the landowner, if you do not own the site",
        "Letters of support (optional, no more than three)",
    ]
    for i, e in enumerate(encl):
        form.checkbox(
            name=f"Encl{i + 1}",
            tooltip=e[:40],
            x=left,
            y=y - 3,
            size=10,
            buttonStyle="check",
            borderWidth=1,
        )
        y = _lines(c, left + 16, y, e, "Helvetica", 9, tw - 16, 11)
        y -= 4
    y -= 2
    ins = (
        "Insurance and safeguarding: if your project involves public events, practical "
        "volunteering or work on site, you must hold public liability insurance of at least "
        "£5 million. Projects involving children or adults at risk must have a safeguarding "
        "policy, which we may ask to see."
    )
    y = _lines(c, left, y, ins, "Helvetica", 9, tw, 11)
    y -= 8
    y = band(y, "Section 5  Declaration")
    decl = (
        "I confirm that the information in this form is correct, that I am authorised to "
        "apply on behalf of the organisation, and that we will acknowledge SDF support in "
        "any publicity. I understand that the Authority may publish the name of the "
        "organisation, the project and the grant."
    )
    y = _lines(c, left, y, decl, "Helvetica", 9, tw, 11)
    y -= 4
    form.checkbox(
        name="Agree",
        tooltip="I agree to the declaration",
        x=left,
        y=y - 3,
        size=10,
        buttonStyle="check",
        borderWidth=1,
    )
    c.setFont("Helvetica", 9)
    c.drawString(left + 16, y, "I agree to the declaration above")
    y -= 22
    y = text(y, "Signature (type your name)", "Signature", 60)
    y = text(y, "Name in capitals", "PrintName", 60)
    y = text(y, "Position", "SignPosition", 60)
    y = text(y, "Date", "SignDate", 10, width=90)
    y -= 6
    c.setStrokeColor(HexColor("#888888"))
    c.rect(left, y - 48, tw, 52, fill=0, stroke=1)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(left + 5, y - 8, "FOR AUTHORITY USE ONLY")
    c.setFont("Helvetica", 8)
    c.drawString(left + 5, y - 22, "SDF ref:                    Officer:                    Panel:")
    form.textfield(
        name="NPA_Ref",
        tooltip="Office reference",
        x=left + 40,
        y=y - 26,
        width=80,
        height=12,
        borderWidth=0,
        fontName="Helvetica",
        fontSize=8,
        maxlen=12,
        annotationFlags="hidden",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Lydmere slides


def _lydmere() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.pdfgen import canvas

    w, h = 960, 540
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=(w, h))
    c.setTitle("Lydmere Water Community Fund - applicant briefing, Round 4")
    c.setAuthor("Lydmere Community Foundation")
    blue = HexColor("#0B4F8A")
    aqua = HexColor("#3FB8C9")
    slides = [
        ("title", None),
        (
            "Housekeeping",
            [
                "Cameras off and microphones muted, please",
                "Put questions in the chat - we'll answer them at the end",
                "The slides and the recording will be emailed to everyone who booked",
                "Live captions are on: click CC at the bottom of your screen",
            ],
        ),
        (
            "Today",
            [
                "1  About the fund",
                "2  Who can apply?",
                "3  What we fund",
                "4  The application form",
                "5  Match funding",
                "6  Documents and policies",
                "7  Your questions",
            ],
        ),
        (
            "About the fund",
            [
                "£250,000 a year from Lydmere Water, run by Lydmere Community Foundation",
                "Grants from £500 to £10,000",
                "Projects in Lydmere Water's supply area (check your postcode on our website)",
                "Round 4 closes at 5pm on Friday 7 May 2027",
                "Last round: 112 applications, 41 funded (37%)",
            ],
        ),
        (
            "Who can apply?",
            [
                "Charities, CIOs and CICs limited by guarantee",
                "Constituted community groups and clubs",
                "Parish and town councils, schools (for community projects)",
                "Can individuals apply? No - and nor can businesses",
            ],
        ),
        (
            "What we fund",
            [
                "Saving water at home and in the community",
                "Rivers, ponds and wetlands people can enjoy",
                "Help for households struggling with bills",
                "Learning about water: schools, clubs, open days",
                "No more than 15% of a grant on management costs",
            ],
        ),
        (
            "The application form",
            [
                "Online, on the Foundation's grants portal - save and come back at any time",
                "Section A: your organisation (contacts, bank details)",
                "Section B: your project - five questions (next slide)",
                "Section C: budget",
                "Section D: upload your documents",
                "Section E: declaration",
            ],
        ),
        (
            "Section B: the five questions",
            [
                "B1  Tell us about your project  -  300 words",
                "B2  Why is it needed? How do you know?  -  250 words",
                "B3  Who will benefit?  -  150 words",
                "B4  How does it link to water?  -  150 words",
                "B5  What will be different at the end?  -  200 words",
                "Word counts are a maximum, not a target!",
            ],
        ),
        (
            "Top tips",
            [
                "Answer the question we ask",
                "Plain English - our panel are volunteers, not experts",
                "Show us the evidence: a survey, a waiting list, photos",
                "Ask someone outside your group to read it",
                "Don't leave it until the last day!",
            ],
        ),
        (
            "Match funding",
            [
                "We can fund up to 75% of the total project cost",
                "The other 25% can be other grants, your own money or volunteer time "
                "(£12.50 an hour)",
                "Projects costing under £2,000 in total: we can fund 100%",
            ],
        ),
        (
            "Documents to upload",
            [
                "Governing document - everyone",
                "Latest accounts - everyone. They don't need to be audited or examined: "
                "signed by two officers is fine",
                "Bank statement - everyone, dated in the last three months",
                "PLI certificate - everyone, minimum £5m cover",
                "Safeguarding policy - if you work with under-18s or adults at risk",
                "Quotes - one for items over £500, two for items over £2,000",
                "Landowner's permission - if you don't own the site",
            ],
        ),
        (
            "Policies",
            [
                "On the declaration you'll tick to confirm you have:",
                "   - an equal opportunities policy",
                "   - a health and safety policy",
                "   - a volunteer policy, if you involve volunteers",
                "No need to upload these (only the safeguarding policy, where it applies)",
            ],
        ),
        (
            "What happens next?",
            [
                "7 May: round closes",
                "May-June: we may call you with questions",
                "Late June: volunteer panel meets",
                "Early July: decisions by email",
                "Grants paid in one instalment; a short report after 12 months",
            ],
        ),
        ("questions", None),
    ]
    for n, (title, bullets) in enumerate(slides, 1):
        c.setFillColor(white)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        if title == "title":
            c.setFillColor(blue)
            c.rect(0, 0, w, h, fill=1, stroke=0)
            c.setFillColor(aqua)
            c.rect(0, 150, w, 8, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 40)
            c.drawString(60, 360, "Lydmere Water Community Fund")
            c.setFont("Helvetica", 26)
            c.drawString(60, 315, "Applicant briefing webinar  |  Round 4, spring 2027")
            c.setFont("Helvetica", 16)
            c.drawString(60, 110, "Hosted by Lydmere Community Foundation")
            c.drawString(60, 86, "Tuesday 6 April 2027, 6.30pm")
        elif title == "questions":
            c.setFillColor(blue)
            c.rect(0, 0, w, h, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 48)
            c.drawCentredString(w / 2, 300, "Any questions?")
            c.setFont("Helvetica", 18)
            c.drawCentredString(w / 2, 240, "grants@lydmerecf.example.org.uk  |  01632 960 733")
            c.drawCentredString(w / 2, 214, "Thank you for joining us")
        else:
            c.setFillColor(blue)
            c.rect(0, h - 90, w, 90, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 32)
            c.drawString(50, h - 60, title)
            c.setFillColor(black)
            y = h - 140
            for b in bullets:
                sub = b.startswith("   ")
                x = 90 if sub else 60
                c.setFillColor(aqua)
                c.circle(x - 14, y + 7, 4, fill=1, stroke=0)
                c.setFillColor(black)
                y = _lines(c, x, y, b.strip(" -"), "Helvetica", 22, w - x - 60, 30)
                y -= 12
        c.setFillColor(HexColor("#777777") if title not in ("title", "questions") else white)
        c.setFont("Helvetica", 10)
        c.drawString(30, 16, "Lydmere Community Foundation  |  Registered charity 1160428")
        c.drawRightString(w - 30, 16, str(n))
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- main


def main() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    _thistlebrook()
    _corvenham()
    for name in DOCX:
        kit.normalise_zip(HERE / name, FIXED)
    _harnmoor()
    _lydmere()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
