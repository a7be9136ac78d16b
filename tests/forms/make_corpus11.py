"""Regenerate the binary documents of held-out set 11 (Sallowfield to Pykeley).

A generator for the four binary documents of held-out set 11 in tests/forms/
(their truth files were written blind, before any measurer was run on them). It builds only
its own four files and leaves every other file alone:

- sallowfield-community-chest-application-pack.docx: a district council "application pack"
  in one Word file, Part 1 guidance (with a table of what each question looks for and its
  limit) and Part 2 the form in tables;
- marlstone-community-wellbeing-itt.docx: an Invitation to Tender for a VCFSE contract in two
  lots, pass/fail questions, method statements with weightings and "Response limit: 2 sides
  of A4, Arial 11pt", policies required by lot, a pricing schedule;
- quillington-village-fund-google-form.pdf: a Google Forms page printed to PDF from the
  browser (print header with date and time, URL footer, "Your answer" lines, radio circles);
- tannerslade-youth-activities-grant.pdf: a fillable PDF whose limits are only in some
  fields' /TU tooltips, "Attached? Yes / No" check boxes per document, comb fields.

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus11.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 4, 1, 9, 0, 0)
DOCX = (
    "sallowfield-community-chest-application-pack.docx",
    "marlstone-community-wellbeing-itt.docx",
)
PDFS = ("quillington-village-fund-google-form.pdf", "tannerslade-youth-activities-grant.pdf")
FONTS = Path("/usr/share/fonts/truetype/dejavu")
BOX = "\u2610"


# --------------------------------------------------------------------------- docx helpers


def _new(title: str, author: str, font: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(11)
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


def _table(d, rows, widths, header=None, shade_first=False):
    """A Table Grid table; a header fill shades and bolds the first row."""
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for n, row in enumerate(rows):
        cells = t.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = text
            if header and n == 0:
                if text:
                    cell.paragraphs[0].runs[0].bold = True
                _shade(cell, header)
            elif shade_first and i == 0 and text:
                _shade(cell, "F2F2F2")
    for r in t.rows:
        for cell, w in zip(r.cells, widths, strict=True):
            cell.width = Cm(w)
    d.add_paragraph()
    return t


def _para(d, text, bold=False, italic=False, size=None, style=None):
    from docx.shared import Pt

    p = d.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    return p


# --------------------------------------------------------------------------- Sallowfield


def _sallow_question(d, ref, prompt, note, height=4.5):
    """Part 2 question: a two-row table, the prompt (and its note) over an empty answer row."""
    from docx.shared import Cm, Pt

    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    head = t.rows[0].cells[0]
    p = head.paragraphs[0]
    p.add_run(f"{ref}  ").bold = True
    p.add_run(prompt).bold = True
    if note:
        r = head.add_paragraph().add_run(note)
        r.italic, r.font.size = True, Pt(9)
    _shade(head, "DDEBF7")
    t.rows[1].height = Cm(height)
    d.add_paragraph()


def _sallowfield() -> None:
    from docx.enum.text import WD_BREAK

    d = _new("Community Chest 2027/28 application pack", "Sallowfield District Council", "Arial")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Sallowfield District Council  |  Community Chest 2027/28"
    sec.footer.paragraphs[
        0
    ].text = (
        "Application pack version 3, issued September 2026. Please keep Part 1 and send us Part 2."
    )
    d.add_heading("Community Chest 2027/28", 0)
    _para(d, "Application pack: guidance (Part 1) and application form (Part 2)", bold=True)
    _para(
        d,
        "This pack is also available in large print, Easy Read and on audio CD. Do you need "
        "this pack in another format? Ring 01632 962 100 and ask for the Communities Team.",
        italic=True,
    )

    d.add_heading("PART 1: GUIDANCE FOR APPLICANTS", 1)
    d.add_heading("1. About the Community Chest", 2)
    d.add_paragraph(
        "The Community Chest gives grants of £250 to £3,000 to voluntary and community groups "
        "for projects that make life better for people in Sallowfield district. There are two "
        "rounds a year; the closing dates are 31 January and 31 July 2027. Last year we "
        "received 142 applications and 68% of them were funded in full or in part."
    )
    d.add_paragraph(
        "We will fund up to 75% of the total cost of a project. The remaining 25% or more can "
        "come from your own funds, other grants or donations, or volunteer time valued at £15 "
        "an hour. No more than 10% of our grant can be spent on management or running costs."
    )
    d.add_heading("2. Who can apply", 2)
    for text in (
        "constituted voluntary and community groups, registered charities and charitable "
        "incorporated organisations (CIOs);",
        "community interest companies limited by guarantee whose profits stay in the community;",
        "parish and town councils, for projects that are not a statutory duty;",
        "groups with a bank account in the group's name needing two unrelated signatories.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "We cannot fund individuals, political parties, activities that promote religious "
        "belief, work that has already started, or groups with more than 12 months' running "
        "costs in unrestricted reserves. Can I apply if I had a grant last year? Yes, but only "
        "once your end-of-grant report has been received."
    )
    d.add_heading("3. What the questions in Part 2 are looking for", 2)
    d.add_paragraph(
        "The table below explains each of the written questions in Section B of the form and "
        "how much you may write. Our panel will not read past the limit. The other items in "
        "the form only need a name, a number, a date or a tick."
    )
    _table(
        d,
        [
            ("Question", "What the panel looks for", "Length"),
            (
                "B2 Your project",
                "What you will do, where, when and who will run it. Plain words, no jargon.",
                "300 words",
            ),
            (
                "B3 Need",
                "Evidence that local people want or need this: surveys, waiting lists, "
                "conversations, a consultation. Numbers help.",
                "250 words",
            ),
            (
                "B4 Involving local people",
                "How the people who will benefit helped plan the project and will help run it.",
                "Half a side of A4",
            ),
            (
                "B8 Difference",
                "The two or three changes you expect and how you will know they happened.",
                "200 words",
            ),
            (
                "B9 Past grants",
                "Only if we have funded you before: what the last grant achieved.",
                "No set limit - a few lines is usually enough",
            ),
        ],
        (3.5, 9.5, 3.5),
        header="BDD7EE",
    )
    d.add_heading("4. What to send with your form", 2)
    d.add_paragraph("Every group must send us:")
    for text in (
        "a copy of your constitution, set of rules or articles of association, signed and dated;",
        "your most recent annual accounts. These do not need to be independently examined: "
        "accounts signed off by your treasurer and chair are fine;",
        "a bank statement in the group's name, dated within the last three months;",
        "your current public liability insurance certificate. The policy must give cover of "
        "at least £2 million.",
    ):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Depending on your project, you may also need to send:")
    for text in (
        "two written quotes for any single item that costs more than £1,000;",
        "your safeguarding policy, where the project involves children, young people or "
        "adults at risk;",
        "written permission from the owner where the project includes work to land or a "
        "building that your group does not own.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "You must also have an equal opportunities policy. Please do not send it; we ask you "
        "to confirm it in the declaration and may ask to see it later."
    )
    d.add_heading("5. What happens next", 2)
    d.add_paragraph(
        "We acknowledge every application within five working days. Officers score each "
        "application out of 20 and the Community Chest panel of five councillors decides. You "
        "will hear within eight weeks of the closing date. If you are unhappy with the way "
        "your application was handled, you can use the Council's complaints procedure."
    )
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("PART 2: APPLICATION FORM", 1)
    _para(
        d, "Please type or write clearly in black ink. Read Part 1 before you start.", italic=True
    )
    d.add_heading("Section A: About your group", 2)
    _table(
        d,
        [
            ("A1  Name of group", ""),
            ("A2  Address for letters", ""),
            ("A3  Postcode", ""),
            ("A4  Main contact", ""),
            ("A5  Their position in the group", ""),
            ("A6  Daytime telephone", ""),
            ("A7  Email", ""),
            (
                "A8  What type of group are you? (tick one)",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} Community interest company   "
                f"{BOX} Unincorporated association   {BOX} Parish or town council",
            ),
            ("A9  Charity or company number (if you have one)", ""),
            ("A10  Total income in your last financial year", "£"),
        ],
        (6.5, 10.0),
        shade_first=True,
    )
    d.add_heading("Section B: About your project", 2)
    _table(d, [("B1  Project title (no more than ten words)", "")], (6.5, 10.0), shade_first=True)
    _sallow_question(d, "B2", "Tell us what you want to do.", "Up to 300 words.", 6)
    _sallow_question(
        d, "B3", "Who will benefit, and how do you know the project is needed?", "See note 3.", 5
    )
    _sallow_question(
        d,
        "B4",
        "How have local people been involved in planning the project, and how will they help "
        "to run it?",
        None,
    )
    _table(
        d,
        [
            ("B5  Planned start date", ""),
            ("B6  Planned finish date", ""),
            ("B7  How many people will take part or benefit?", ""),
        ],
        (6.5, 10.0),
        shade_first=True,
    )
    _sallow_question(
        d,
        "B8",
        "What difference will the project make, and how will you know?",
        "(200 words)",
    )
    _sallow_question(
        d,
        "B9",
        "If the Community Chest has funded your group before, what did that grant achieve?",
        "Leave blank if this is your first application.",
        3,
    )
    d.add_heading("Section C: Costs", 2)
    _para(d, "C1  What will the money pay for? List each item.", bold=True)
    _table(
        d,
        [("Item", "Supplier (if known)", "Cost £")] + [("", "", "")] * 6 + [("", "TOTAL", "")],
        (8.0, 5.5, 3.0),
        header="DDEBF7",
    )
    _table(
        d,
        [
            ("C2  Total cost of the project", "£"),
            ("C3  How much are you asking the Community Chest for?", "£"),
            ("C4  Have you asked anyone else to fund this project?", f"{BOX} Yes   {BOX} No"),
        ],
        (9.0, 7.5),
        shade_first=True,
    )
    _para(d, "C5  If yes, please complete the table below.", bold=True)
    _table(
        d,
        [("Funder", "Amount £", "Secured or waiting for decision?")] + [("", "", "")] * 3,
        (7.0, 3.5, 6.0),
        header="DDEBF7",
    )
    d.add_heading("Section D: Checklist", 2)
    d.add_paragraph("Tick each document you are sending. See Part 1, section 4.")
    _table(
        d,
        [
            ("Document", "Enclosed"),
            ("Constitution or rules (signed and dated)", BOX),
            ("Latest annual accounts", BOX),
            ("Bank statement (last three months)", BOX),
            ("Public liability insurance certificate", BOX),
            ("Two quotes (items over £1,000 only)", BOX),
            ("Safeguarding policy (if applicable)", BOX),
            ("Owner's permission (building or land works only)", BOX),
        ],
        (13.0, 3.5),
        header="DDEBF7",
    )
    d.add_heading("Section E: Declaration", 2)
    d.add_paragraph(
        "On behalf of the group, we declare that the information in this application is true "
        "and complete, that the grant will be used only for the project described, and that "
        "we will return any money not spent on it. Two members of the committee must sign, "
        "and they must not be related to each other or live at the same address."
    )
    _table(
        d,
        [
            (BOX, "We have read the Community Chest terms and conditions and accept them."),
            (BOX, "Our group has an equal opportunities policy and will send it if asked."),
        ],
        (1.0, 15.5),
    )
    _table(
        d,
        [
            ("", "First signatory", "Second signatory"),
            ("Signature", "", ""),
            ("Name", "", ""),
            ("Position", "", ""),
            ("Date", "", ""),
        ],
        (3.5, 6.5, 6.5),
        header="DDEBF7",
    )
    _para(
        d,
        "Return the form and your documents to communitychest@sallowfield.example.gov.uk or "
        "Communities Team, Sallowfield District Council, Market Place, Sallowfield SL4 1AA.",
        size=9,
    )
    d.save(str(HERE / DOCX[0]))


# --------------------------------------------------------------------------- Marlstone


def _marl_method(d, ref, text, weighting, limit, height=5.0):
    """A method statement: question row, weighting / limit row, empty response row."""
    from docx.shared import Cm

    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.text, b.text = ref, text
    a.paragraphs[0].runs[0].bold = True
    _shade(a, "D9E2F3")
    _shade(b, "D9E2F3")
    w, lim = t.rows[1].cells
    w.text, lim.text = f"Weighting: {weighting}", f"Response limit: {limit}"
    resp = t.rows[2].cells[0].merge(t.rows[2].cells[1])
    resp.text = ""
    t.rows[2].height = Cm(height)
    for r in t.rows:
        r.cells[0].width, r.cells[1].width = Cm(3.0), Cm(13.5)
    d.add_paragraph()


def _marlstone() -> None:
    d = _new(
        "ITT MCC/CW/2026/114 Community Wellbeing Link Service",
        "Marlstone City Council Procurement",
        "Arial",
    )
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL  |  MCC/CW/2026/114  |  Invitation to Tender"
    sec.footer.paragraphs[
        0
    ].text = "Marlstone City Council on behalf of the Marlstone Place Partnership"
    d.add_heading("Invitation to Tender: Community Wellbeing Link Service", 0)
    _para(d, "Reference MCC/CW/2026/114  -  open procedure for VCFSE providers", bold=True)
    d.add_heading("1. Key facts", 1)
    _table(
        d,
        [
            ("Commissioner", "Marlstone City Council with NHS Marlstone Integrated Care Board"),
            (
                "Lots",
                "Lot 1: Social prescribing link workers (four Primary Care Networks, north of "
                "the city).  Lot 2: Community connectors (city-wide).",
            ),
            ("Contract length", "3 years from 1 April 2027, with an option to extend by 2 years"),
            ("Annual value", "Lot 1 up to £420,000; Lot 2 up to £180,000"),
            ("Evaluation", "Quality 70%  |  Price 20%  |  Social value 10%"),
            ("Clarification deadline", "12 noon, 8 January 2027, through the e-tendering portal"),
            ("Tender deadline", "12 noon, 22 January 2027"),
        ],
        (4.0, 12.5),
        shade_first=True,
    )
    d.add_heading("2. Instructions to bidders", 1)
    for text in (
        "2.1 You may bid for one lot or both. Answer Parts A, B, E and F once. In Part C answer "
        "the method statements for each lot you bid for and the social value question once.",
        "2.2 Response limits are strict. Where a limit is given in sides of A4, a side means "
        "one page of A4 in Arial 11pt with margins of at least 2cm. Evaluators will not read "
        "beyond the limit. Diagrams count towards the limit.",
        "2.3 At least 60% of link worker time must be spent in face-to-face contact. Overheads "
        "may not exceed 15% of the contract price. TUPE is likely to apply to Lot 1 (see "
        "Appendix 4).",
        "2.4 Consortium bids are welcome. The lead organisation holds the contract and "
        "answers for every member.",
    ):
        d.add_paragraph(text)
    d.add_heading("Part A: Bidder information", 1)
    _table(
        d,
        [
            ("Ref", "Information required", "Bidder response"),
            ("A1", "Full legal name of the bidding organisation", ""),
            ("A2", "Registered address", ""),
            ("A3", "Charity and/or Companies House number", ""),
            ("A4", "Name of the person responsible for this bid", ""),
            ("A5", "Email address for all correspondence", ""),
            ("A6", "Telephone", ""),
            ("A7", "Lot(s) bid for", f"{BOX} Lot 1   {BOX} Lot 2   {BOX} Both lots"),
            ("A8", "Is this a consortium bid?", f"{BOX} Yes   {BOX} No"),
        ],
        (1.5, 7.5, 7.5),
        header="D9E2F3",
    )
    _para(d, "A9  If a consortium bid, list every member.", bold=True)
    _table(
        d,
        [("Member organisation", "Registration number", "Role in the contract")]
        + [("", "", "")] * 4,
        (6.0, 4.0, 6.5),
        header="D9E2F3",
    )
    d.add_heading("Part B: Pass / fail questions", 1)
    d.add_paragraph(
        "A 'No' answer to any question in this Part may lead to your tender being rejected."
    )
    _table(
        d,
        [
            ("Ref", "Question", "Yes", "No"),
            (
                "B1",
                "Do you hold, or will you hold by the contract start date, the insurance cover "
                "set out in Part E?",
                BOX,
                BOX,
            ),
            (
                "B2",
                "Can you confirm that none of the mandatory exclusion grounds in the "
                "Procurement Act 2023 applies to your organisation?",
                BOX,
                BOX,
            ),
            ("B3", "Is your organisation registered with the Information Commissioner?", BOX, BOX),
            (
                "B4",
                "Will you complete the NHS Data Security and Protection Toolkit before the "
                "contract starts?",
                BOX,
                BOX,
            ),
            (
                "B5",
                "Will every member of staff delivering the contract be paid at least the Real "
                "Living Wage?",
                BOX,
                BOX,
            ),
        ],
        (1.5, 12.0, 1.5, 1.5),
        header="D9E2F3",
    )
    _marl_method(
        d,
        "B6",
        "If you answered No to any of B1 to B5, explain why and what you will do about it.",
        "pass / fail",
        "none",
        3.0,
    )
    d.add_heading("Part C: Quality (method statements)", 1)
    d.add_heading("Lot 1: Social prescribing link workers", 2)
    _marl_method(
        d,
        "C1.1",
        "Describe how you will deliver the link worker service across the four Primary Care "
        "Networks, including how people are referred, how long they are supported and how "
        "you will work with GP practices.",
        "25%",
        "2 sides of A4, Arial 11pt",
        8.0,
    )
    _marl_method(
        d,
        "C1.2",
        "Explain how you will recruit, train, supervise and support link workers, including "
        "clinical supervision.",
        "15%",
        "1 side of A4, Arial 11pt",
    )
    _marl_method(
        d,
        "C1.3",
        "How will you keep people safe? Set out your safeguarding arrangements for this lot.",
        "10%",
        "750 words",
    )
    d.add_heading("Lot 2: Community connectors", 2)
    _marl_method(
        d,
        "C2.1",
        "Describe your delivery model for community connectors, including the community "
        "venues you will use and how you will link with Lot 1.",
        "25%",
        "2 sides of A4, Arial 11pt",
        8.0,
    )
    _marl_method(
        d,
        "C2.2",
        "Explain how you will reach people who do not usually use services, giving examples "
        "from your own experience.",
        "15%",
        "4,500 characters including spaces",
    )
    _marl_method(
        d,
        "C2.3",
        "Mobilisation: how will you make sure the service is ready to start on 1 April 2027?",
        "10%",
        "1 side of A4, Arial 11pt",
    )
    d.add_heading("Both lots: social value (answer once)", 2)
    _marl_method(
        d,
        "C3",
        "What additional social value will you deliver for Marlstone? Set out measurable "
        "commitments, for example local jobs, volunteering or apprenticeships.",
        "10% (of the whole tender)",
        "1 side of A4, Arial 11pt",
    )
    d.add_heading("Part D: Price", 1)
    d.add_paragraph(
        "Complete the Pricing Schedule (Appendix 2, an Excel workbook) for each lot you bid "
        "for and return it with your tender. Prices must be fixed for the first two years. "
        "Price is 20% of the total score; the lowest compliant price scores full marks."
    )
    d.add_heading("Part E: Policies and insurance", 1)
    d.add_paragraph(
        "Upload a copy of each policy marked Required for the lot or lots you are bidding "
        "for. Policies must be approved by your board and reviewed in the last two years."
    )
    _table(
        d,
        [
            ("Policy", "Lot 1", "Lot 2"),
            ("Safeguarding (children and adults)", "Required", "Required"),
            ("Equality, diversity and inclusion", "Required", "Required"),
            ("Data protection and information governance", "Required", "Required"),
            ("Health and safety", "Required", "Required"),
            ("Whistleblowing", "Required", "Required"),
            ("Lone working", "Required", "Not required"),
            ("Volunteer policy", "Not required", "Required"),
        ],
        (9.5, 3.5, 3.5),
        header="D9E2F3",
    )
    d.add_paragraph(
        "Insurance. The successful bidder must hold public liability insurance of £10 million, "
        "employer's liability insurance of £5 million and professional indemnity insurance of "
        "£2 million. Do not send certificates with your tender: the preferred bidder will be "
        "asked for them before the contract is awarded."
    )
    d.add_heading("Part F: Financial standing", 1)
    d.add_paragraph(
        "Upload your accounts for the last two financial years. These should be audited or "
        "independently examined. If your organisation has been trading for less than two "
        "years, send management accounts for the period to date, signed by your chair or "
        "chief executive, instead."
    )
    d.add_heading("Part G: Documents to return and declaration", 1)
    _table(
        d,
        [
            ("Document", "Who", "Attached"),
            ("This tender document, Parts A to C completed", "All bidders", BOX),
            ("Pricing Schedule (Appendix 2)", "All bidders, one per lot", BOX),
            ("Signed Form of Tender (Appendix 3)", "All bidders", BOX),
            ("Accounts (Part F)", "All bidders", BOX),
            ("Policies (Part E)", "As the table in Part E", BOX),
            (
                "Memorandum of understanding signed by every consortium member",
                "Consortium bids only",
                BOX,
            ),
        ],
        (9.0, 5.0, 2.5),
        header="D9E2F3",
    )
    _table(
        d,
        [("Name", ""), ("Position", ""), ("Signature", ""), ("Date", "")],
        (4.0, 12.5),
        shade_first=True,
    )
    d.save(str(HERE / DOCX[1]))


# --------------------------------------------------------------------------- PDF helpers


def _pdf_setup() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))


def _wrap(c, x, y, text, font, size, width, lead=None):
    """Draw wrapped text; return the next y."""
    from reportlab.lib.utils import simpleSplit

    lead = lead or size * 1.35
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width) or [""]:
        c.drawString(x, y, ln)
        y -= lead
    return y


# --------------------------------------------------------------------------- Quillington

QUILL_URL = "https://docs.google.com/forms/d/e/1FAIpQLSfQv7w2KxQuillingtonVF27aPp0mR4tY/viewform"
QUILL_TITLE = "Quillington Village Fund - Application 2027"

QUILL_DESC = (
    "The Quillington Village Fund shares out the community benefit money paid each year by "
    "the operator of the Harrow Edge Wind Farm. It is run by volunteers on the Quillington "
    "Village Fund Committee (a community interest company). Grants are from £200 to £5,000 "
    "for projects that benefit people living in Quillington parish. Applicants are asked to "
    "put in at least 10% of the project cost themselves - volunteer time and donated "
    "materials count. The Committee meets on 3 March 2027; please apply by 14 February. "
    "You will need to sign in to Google to upload your documents. If you cannot, email them "
    "to villagefund@quillington.example.org.uk with your group's name in the subject line."
)

# (title, required, description, kind, options)
QUILL_ITEMS = [
    ("Email", True, None, "email", None),
    ("Name of your group", True, None, "short", None),
    ("Contact person", True, "The person we should talk to about this application.", "short", None),
    ("Phone number", False, None, "short", None),
    (
        "Which best describes your group?",
        True,
        None,
        "radio",
        [
            "Registered charity",
            "Community interest company",
            "Constituted community group",
            "Church or faith group",
            "Other:",
        ],
    ),
    ("Does your group have a bank account in its own name?", True, None, "radio", ["Yes", "No"]),
    (
        "SECTION",
        False,
        "Your project",
        None,
        "Tell us about your idea. Quillington is small (about 1,400 people, 38% of them over 65) "
        "so every project counts.",
    ),
    ("Project name", True, None, "short", None),
    ("What do you want to do?", True, "Please keep it under 250 words.", "long", None),
    (
        "Why is this needed in Quillington?",
        True,
        "What evidence have you got that people want it? (up to 200 words)",
        "long",
        None,
    ),
    (
        "Who in your group will manage the project, and what experience do they have?",
        True,
        "No more than 100 words.",
        "long",
        None,
    ),
    (
        "How many Quillington residents will benefit?",
        True,
        "Your best estimate is fine.",
        "short",
        None,
    ),
    (
        "Which of the Fund's priorities does your project meet?",
        True,
        "Tick all that apply.",
        "check",
        [
            "Older people and loneliness",
            "Children and young people",
            "Village green and environment",
            "Village hall and other shared buildings",
            "Getting around (transport)",
        ],
    ),
    (
        "How much will the whole project cost?",
        True,
        "In pounds, including VAT if you cannot claim it back.",
        "short",
        None,
    ),
    ("How much are you asking the Fund for?", True, "Between £200 and £5,000.", "short", None),
    (
        "Tell us how the money will be spent",
        True,
        "List the main items and what each one costs, for example 'Marquee hire £450'. "
        "Maximum 1,200 characters.",
        "long",
        None,
    ),
    (
        "Will the project carry on after the grant? If so, how will it be paid for?",
        False,
        None,
        "long",
        None,
    ),
    ("When will the project start?", True, None, "date", None),
    (
        "Will your project involve working with children or vulnerable adults?",
        True,
        None,
        "radio",
        ["Yes", "No"],
    ),
    (
        "Does your group hold public liability insurance of at least £5 million?",
        True,
        "Every group we fund must hold at least £5m of public liability cover. You don't need to "
        "send us the certificate.",
        "radio",
        ["Yes", "No, but we will before the project starts"],
    ),
    (
        "SECTION",
        False,
        "Documents",
        None,
        "Upload each document as a PDF or photo. Files are saved to the Committee's Google Drive.",
    ),
    ("Constitution or set of rules", True, None, "file", None),
    (
        "Latest annual accounts",
        True,
        "If your group is less than 18 months old and has no accounts yet, upload your last two "
        "bank statements instead.",
        "file",
        None,
    ),
    (
        "Safeguarding policy",
        False,
        "Only if you answered Yes to working with children or vulnerable adults.",
        "file",
        None,
    ),
    ("Quotes", False, "One written quote for every item costing more than £500.", "file", None),
    (
        "Photos of the site or of past events",
        False,
        "Optional, but the Committee likes to see them.",
        "file",
        None,
    ),
    ("SECTION", False, "Declaration", None, None),
    (
        "Declaration",
        True,
        None,
        "check",
        [
            "I confirm that the information in this form is true, that our group has an equal "
            "opportunities policy, and that we will spend any grant only on this project."
        ],
    ),
    ("Your name (this counts as your signature)", True, None, "short", None),
    ("Your position in the group", True, None, "short", None),
    ("Send me a copy of my responses.", False, None, "copy", None),
]


def _quillington(total_pages: int = 9) -> int:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle(QUILL_TITLE)
    c.setAuthor("Google Forms")
    reg, bold = "DejaVu", "DejaVu-Bold"
    purple, grey, red = HexColor("#673AB7"), HexColor("#5F6368"), HexColor("#D93025")
    left, width = 70, w - 140
    page = [1]

    def chrome():
        c.setFillColor(black)
        c.setFont(reg, 7.5)
        c.drawString(28, h - 22, "26/11/2026, 09:14")
        c.drawCentredString(w / 2, h - 22, QUILL_TITLE)
        c.drawString(28, 18, QUILL_URL)
        c.drawRightString(w - 28, 18, f"{page[0]}/{total_pages}")

    def new_page():
        c.showPage()
        page[0] += 1
        chrome()
        return h - 50

    def card_height(item):
        title, _req, desc, kind, opts = item
        from reportlab.lib.utils import simpleSplit

        n = len(simpleSplit(title, bold, 10.5, width - 30)) * 14 + 24
        if desc:
            n += len(simpleSplit(desc, reg, 8.5, width - 30)) * 11.5
        if kind in ("radio", "check"):
            n += sum(len(simpleSplit(o, reg, 9, width - 60)) * 12 + 6 for o in opts)
        elif kind == "file":
            n += 30
        else:
            n += 34
        return n + 10

    chrome()
    y = h - 50
    c.setFillColor(purple)
    c.rect(left, y - 10, width, 10, fill=1, stroke=0)
    c.setFillColor(black)
    c.setFont(bold, 20)
    c.drawString(left + 15, y - 40, QUILL_TITLE)
    yy = _wrap(c, left + 15, y - 60, QUILL_DESC, reg, 9, width - 30, 12.5)
    c.setFont(reg, 8.5)
    c.setFillColor(grey)
    c.drawString(left + 15, yy - 8, "villagefund.committee@gmail.com  Switch account")
    c.drawString(left + 15, yy - 22, "Not shared")
    c.setFillColor(red)
    c.drawString(left + 15, yy - 40, "* Indicates required question")
    c.setFillColor(black)
    c.setStrokeColor(HexColor("#DADCE0"))
    c.roundRect(left, yy - 50, width, y - 10 - (yy - 50), 8, stroke=1, fill=0)
    y = yy - 64

    for item in QUILL_ITEMS:
        title, req, desc, kind, opts = item
        if title == "SECTION":
            if y < 140:
                y = new_page()
            c.setFillColor(purple)
            c.roundRect(left, y - 26, 150, 26, 6, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont(bold, 10)
            c.drawString(left + 10, y - 17, desc)
            c.setFillColor(black)
            y -= 32
            if opts:
                y = _wrap(c, left + 10, y - 6, opts, reg, 8.5, width - 20, 11.5) - 6
            continue
        if kind == "copy":
            c.setFont(reg, 9)
            c.drawString(left, y - 12, "\u2610  " + title)
            y -= 30
            continue
        need = card_height(item)
        if y - need < 40:
            y = new_page()
        top = y
        y -= 20
        yy = _wrap(c, left + 15, y, title, reg, 10.5, width - 40, 14)
        if req:
            c.setFillColor(red)
            c.setFont(reg, 10.5)
            c.drawString(left + 17 + min(c.stringWidth(title, reg, 10.5), width - 40), y, "*")
            c.setFillColor(black)
        y = yy
        if desc:
            c.setFillColor(grey)
            y = _wrap(c, left + 15, y, desc, reg, 8.5, width - 30, 11.5)
            c.setFillColor(black)
        y -= 6
        if kind in ("short", "long", "email"):
            c.setFont(reg, 9)
            c.setFillColor(grey)
            c.drawString(left + 15, y - 12, "Your email" if kind == "email" else "Your answer")
            c.setFillColor(black)
            c.line(left + 15, y - 17, left + (width * (0.55 if kind != "long" else 0.95)), y - 17)
            y -= 28
        elif kind == "date":
            c.setFont(reg, 8)
            c.setFillColor(grey)
            c.drawString(left + 15, y - 8, "Date")
            c.setFillColor(black)
            c.setFont(reg, 9.5)
            c.drawString(left + 15, y - 22, "dd/mm/yyyy")
            c.line(left + 15, y - 26, left + 140, y - 26)
            y -= 34
        elif kind == "file":
            c.setStrokeColor(HexColor("#DADCE0"))
            c.roundRect(left + 15, y - 24, 80, 20, 4, stroke=1, fill=0)
            c.setFillColor(purple)
            c.setFont(reg, 9)
            c.drawString(left + 24, y - 17, "\u2191  Add file")
            c.setFillColor(black)
            y -= 30
        else:
            mark = "\u25cb" if kind == "radio" else "\u2610"
            for o in opts:
                c.setFont(reg, 11)
                c.drawString(left + 17, y - 11, mark)
                y = _wrap(c, left + 35, y - 10, o, reg, 9, width - 60, 12) - 6
                if o == "Other:":
                    c.line(left + 70, y + 5, left + 250, y + 5)
        c.setStrokeColor(HexColor("#DADCE0"))
        c.roundRect(left, y - 4, width, top - (y - 4), 8, stroke=1, fill=0)
        c.setStrokeColor(black)
        y -= 14

    if y < 150:
        y = new_page()
    c.setFillColor(purple)
    c.roundRect(left, y - 26, 60, 24, 4, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont(bold, 9.5)
    c.drawString(left + 14, y - 18, "Submit")
    c.setFillColor(purple)
    c.setFont(reg, 9)
    c.drawRightString(left + width, y - 18, "Clear form")
    c.setFillColor(grey)
    c.setFont(reg, 8)
    c.drawString(left, y - 48, "Never submit passwords through Google Forms.")
    c.drawCentredString(
        w / 2,
        y - 72,
        "This content is neither created nor endorsed by Google. Report Abuse - Terms of "
        "Service - Privacy Policy",
    )
    c.setFont(bold, 12)
    c.drawCentredString(w / 2, y - 92, "Google Forms")
    c.setFillColor(black)
    c.showPage()
    c.save()
    return page[0]


# --------------------------------------------------------------------------- Tannerslade

TANN_DOCS = [
    ("Doc1", "Constitution, rules or other governing document", "Everyone"),
    (
        "Doc2",
        "Accounts for your last financial year (these can be prepared and signed by your "
        "treasurer; they do not have to be examined)",
        "Everyone",
    ),
    ("Doc3", "Your most recent bank statement", "Everyone"),
    ("Doc4", "Safeguarding policy for children and young people", "Everyone"),
    (
        "Doc5",
        "A list of your leaders and volunteers with the date of each one's enhanced DBS check",
        "Everyone",
    ),
    ("Doc6", "Public liability insurance certificate (cover of at least £5,000,000)", "Everyone"),
    ("Doc7", "Risk assessment", "Residential trips and adventurous activities only"),
    ("Doc8", "A written quote", "For each item of equipment over £300"),
]


def _tannerslade() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Youth Activities Grant 2027 application form")
    c.setAuthor("Tannerslade Town Council")
    form = c.acroForm
    left = 45
    green = HexColor("#1B5E20")

    def bar(y, text):
        c.setFillColor(green)
        c.rect(left, y - 6, w - 2 * left, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left + 6, y, text)
        c.setFillColor(black)
        return y - 30

    def text(y, label, name, tip=None, maxlen=None, width=290, comb=False, hint=None):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        if hint:
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(left, y - 10, hint)
        form.textfield(
            name=name,
            tooltip=tip,
            x=w - left - width,
            y=y - 6,
            width=width,
            height=18,
            borderWidth=1,
            fontName="Courier" if comb else "Helvetica",
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="comb" if comb else "",
        )
        return y - 30

    def box(y, label_lines, name, tip=None, height=110):
        c.setFont("Helvetica-Bold", 9.5)
        for ln in label_lines:
            c.drawString(left, y, ln)
            y -= 12
        form.textfield(
            name=name,
            tooltip=tip,
            x=left,
            y=y - height,
            width=w - 2 * left,
            height=height,
            borderWidth=1,
            fieldFlags="multiline",
            fontName="Helvetica",
            fontSize=9,
            maxlen=None,
        )
        return y - height - 20

    def radios(y, label, name, options, tip):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        x = w - left - 290
        for value in options:
            form.radio(
                name=name,
                tooltip=tip,
                value=value,
                selected=False,
                x=x,
                y=y - 3,
                size=11,
                buttonStyle="circle",
                borderWidth=1,
            )
            c.drawString(x + 15, y, value)
            x += 22 + c.stringWidth(value, "Helvetica", 9.5) + 8
        return y - 28

    def footer(n):
        c.setFont("Helvetica", 7.5)
        c.drawString(
            left, 28, "Tannerslade Town Council, The Guildhall, Bridge Street, Tannerslade TS9 4GH"
        )
        c.drawRightString(w - left, 28, f"Youth Activities Grant 2027  |  page {n} of 3")

    # page 1
    c.setFont("Helvetica-Bold", 17)
    c.drawString(left, h - 60, "Tannerslade Town Council")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, h - 80, "Youth Activities Grant 2027: application form")
    y = h - 102
    for ln in (
        "Grants of up to £1,500 for activities for young people aged 11 to 19 in Tannerslade. "
        "At least 75% of the young",
        "people taking part must live in the town. The Council will fund up to 80% of the cost "
        "of each project: your group",
        "must find at least 20% from its own funds or from other sources. Fill in this form on "
        "screen, save it and email it",
        "to youthgrants@tannerslade.example.gov.uk by 28 February 2027. Hover over a box to see "
        "what we are looking for.",
    ):
        c.setFont("Helvetica", 8.5)
        c.drawString(left, y, ln)
        y -= 11
    y = bar(y - 14, "1  Your group")
    y = text(y, "Name of group", "GroupName", "Name of your group", 80)
    c.setFont("Helvetica", 9.5)
    c.drawString(left, y, "Address")
    form.textfield(
        name="Address",
        tooltip="Address of your group",
        x=w - left - 290,
        y=y - 36,
        width=290,
        height=44,
        borderWidth=1,
        fieldFlags="multiline",
        fontName="Helvetica",
        fontSize=9,
        maxlen=None,
    )
    y -= 52
    y = text(y, "Postcode", "Postcode", "Postcode", 8, width=100)
    y = text(y, "Contact name", "Contact", "Main contact", 60)
    y = text(y, "Telephone", "Phone", "Telephone number", 15, width=150)
    y = text(y, "Email", "Email", "Email address", None)
    y = radios(
        y,
        "Type of group",
        "GroupType",
        ["Charity", "Uniformed group", "Club or society", "Other"],
        "Type of group",
    )
    y = text(
        y,
        "Registered charity number",
        "CharityNo",
        "Registered charity number (leave blank if not registered)",
        8,
        width=160,
        comb=True,
        hint="If you have one",
    )
    y = bar(y - 6, "2  Your project")
    y = text(y, "Project title", "Title", "Project title", 60)
    y = radios(y, "Is your group led by young people?", "YouthLed", ["Yes", "No"], "Youth led")
    y = text(y, "Number of young people taking part", "Number", "Number of young people", 4, 80)
    y = text(y, "Age range", "Ages", "Age range, for example 13-16", 10, 120)
    y = text(
        y,
        "Start date",
        "StartDate",
        "Start date DDMMYYYY",
        8,
        width=160,
        comb=True,
        hint="DD MM YYYY",
    )
    footer(1)
    c.showPage()

    # page 2
    y = h - 60
    y = box(
        y,
        ["2.1  What activities will you run for young people?"],
        "Activities",
        "What activities - Max 200 words",
    )
    y = box(
        y,
        ["2.2  How have young people shaped this project?"],
        "YouthVoice",
        "Youth voice - max 150 words",
        90,
    )
    y = box(
        y,
        ["2.3  What difference will the project make to the young people taking part?"],
        "Difference",
        "Difference it will make",
        100,
    )
    y = box(
        y,
        ["2.4  How will you keep young people safe during the activities?"],
        "SafeArrangements",
        "Safeguarding arrangements (max. 100 words)",
        80,
    )
    footer(2)
    c.showPage()

    # page 3
    y = h - 60
    y = bar(y, "3  Money")
    y = text(y, "Total cost of the project (£)", "TotalCost", "Total cost", 7, 120)
    y = text(
        y, "Amount you are asking for (£)", "Requested", "Amount requested (max £1,500)", 5, 120
    )
    y = text(y, "Other funding (who and how much)", "OtherFunding", "Other funding", None)
    y = box(
        y,
        ["3.1  If we cannot give you the full amount, what will you do?"],
        "Reduced",
        "Reduced award - Max 80 words",
        60,
    )
    y = bar(y, "4  Documents")
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(left, y + 6, "Email these with your form. Tick Yes or No for each one.")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(left, y - 8, "Document")
    c.drawString(left + 300, y - 8, "Who sends it")
    c.drawString(w - left - 70, y - 8, "Attached?")
    y -= 24
    from reportlab.lib.utils import simpleSplit

    for name, doc, who in TANN_DOCS:
        lines = simpleSplit(doc, "Helvetica", 8, 290)
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(lines):
            c.drawString(left, y - 11 * i, ln)
        c.drawString(left + 300, y, who if len(who) < 34 else who[:33])
        if len(who) >= 34:
            c.drawString(left + 300, y - 11, who[33:].strip())
        for j, yes_no in enumerate(("Yes", "No")):
            x = w - left - 70 + 36 * j
            form.checkbox(
                name=f"{name}{yes_no}",
                tooltip=f"{doc[:40]} attached: {yes_no}",
                x=x,
                y=y - 3,
                size=10,
                buttonStyle="check",
                borderWidth=1,
            )
            c.drawString(x + 12, y, yes_no)
        y -= 11 * max(len(lines), 2) + 6
    y = bar(y - 6, "5  Declaration")
    for ln in (
        "I confirm that the information on this form is correct, that the grant will be spent "
        "only on the activities described,",
        "and that we will return any money not spent. I understand that the Town Council may "
        "ask to see receipts.",
    ):
        c.setFont("Helvetica", 8)
        c.drawString(left + 16, y, ln)
        y -= 10
    form.checkbox(
        name="Agree",
        tooltip="I agree to the declaration",
        x=left,
        y=y + 8,
        size=10,
        buttonStyle="check",
        borderWidth=1,
    )
    y -= 10
    y = text(y, "Signature (type your name)", "Signature", "Signature", 60)
    y = text(y, "Print name", "PrintName", "Print name", 60)
    y = text(y, "Position in group", "Position", "Position", 40)
    y = text(y, "Date", "SignDate", "Date signed", 10, 120)
    footer(3)
    c.showPage()
    c.save()


def main() -> None:
    _sallowfield()
    _marlstone()
    for name in DOCX:
        kit.normalise_zip(HERE / name, FIXED)
    _pdf_setup()
    pages = _quillington()
    _quillington(pages)
    _tannerslade()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
