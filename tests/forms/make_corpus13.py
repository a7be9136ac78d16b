"""Regenerate the binary documents of held-out set 13 (Wexmoor to Ockleton).

A generator for the four binary documents of held-out set 13 in tests/forms/
(their truth files were written blind, before any measurer was run on them). It builds only
its own four files and leaves every other file alone:

- wexmoor-pcc-community-safety-fund.docx: a police and crime commissioner's community safety
  fund form: "OFFICIAL" marking, question tables whose shaded cell holds the question, a
  "Guidance" list of prompts and a "Word limit" line over an empty answer row;
- cefnarth-wind-farm-community-fund.docx: a Welsh wind farm community benefit fund form
  (English, with a Welsh availability line): every question a single tall cell with the
  question at the top and the answer space inside the same cell;
- stickleford-green-spaces-grant.pdf: a district council fillable PDF made with Acrobat's
  automatic field detection ("undefined", "Text3", "Check Box1" names, tooltips equal to
  names), /MaxLen on some fields;
- ockleton-councillor-locality-budget.pdf: a county councillor locality budget form printed
  from Word to PDF, drawn answer boxes and limits only in numbered footnotes.

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus13.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 4, 1, 9, 0, 0)
BOX = "\u2610"  # a ballot box drawn as a character
DOCX = ("wexmoor-pcc-community-safety-fund.docx", "cefnarth-wind-farm-community-fund.docx")
PDFS = ("stickleford-green-spaces-grant.pdf", "ockleton-councillor-locality-budget.pdf")


# --------------------------------------------------------------------------- docx helpers


def _new(title: str, author: str, font: str, size: float = 11):
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


def _table(d, rows, widths, fill=None, header=False):
    """A Table Grid table; a fill shades the first column (or the first row with header)."""
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for n, row in enumerate(rows):
        cells = t.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = text
            if fill and ((header and n == 0) or (not header and i == 0)):
                _shade(cell, fill)
                if text:
                    cell.paragraphs[0].runs[0].bold = True
    for r in t.rows:
        for cell, w in zip(r.cells, widths, strict=True):
            cell.width = Cm(w)
    return t


def _para(d, text, bold=False, size=None, italic=False, align=None):
    from docx.shared import Pt

    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


# --------------------------------------------------------------------------- Wexmoor PCC


def _wex_question(d, ref, question, guidance, limit, height=5.0):
    """Shaded question cell (question, guidance prompts, limit line) over an empty row."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.text = ref
    a.paragraphs[0].runs[0].bold = True
    b.text = ""
    b.paragraphs[0].add_run(question).bold = True
    if guidance:
        g = b.add_paragraph()
        r = g.add_run("Guidance:")
        r.italic, r.font.size = True, Pt(9)
        for line in guidance:
            p = b.add_paragraph()
            rr = p.add_run("\u2022 " + line)
            rr.italic, rr.font.size = True, Pt(9)
    if limit:
        p = b.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rr = p.add_run(limit)
        rr.bold, rr.font.size = True, Pt(9)
    _shade(a, "DCE6F1")
    _shade(b, "DCE6F1")
    merged = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    merged.text = ""
    t.rows[1].height = Cm(height)
    for r in t.rows:
        r.cells[0].width = Cm(1.4)
        if len(r.cells) > 1:
            r.cells[1].width = Cm(15.6)
    d.add_paragraph()


def _wexmoor() -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = _new(
        "Community Safety Fund 2027-28 application form",
        "Office of the Police and Crime Commissioner for Wexmoor",
        "Arial",
        10.5,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[
        0
    ].text = "OFFICIAL  |  OPCC Wexmoor  |  CSF application form v3.2  |  Issued January 2027"
    _para(d, "Police and Crime Commissioner for Wexmoor", bold=True, size=16)
    _para(d, "Community Safety Fund 2027/28", bold=True, size=14)
    _para(d, "Application Form", bold=True, size=14)
    for text in (
        "The Community Safety Fund is administered by the Office of the Police and Crime "
        "Commissioner (OPCC) for Wexmoor. It supports voluntary and community sector projects "
        "that help deliver the Police and Crime Plan 2025-2029. Grants of between £1,000 and "
        "£15,000 are available for projects lasting up to twelve months.",
        "Please read the Community Safety Fund Guidance before completing this form. Complete "
        "all sections in black type; do not alter the layout of the form or send additional "
        "pages unless asked to. Boxes will expand as you type.",
        "Return your completed form and supporting documents to "
        "csf@wexmoor-pcc.example.police.uk no later than 12 noon on Friday 5 March 2027. "
        "Late or incomplete applications will not be considered.",
        "If you require this form in an alternative format or language, please contact the "
        "OPCC on 01632 961 200.",
    ):
        d.add_paragraph(text)

    d.add_heading("Section 1 \u2013 Organisation details", 2)
    _table(
        d,
        [
            ("1.1  Name of organisation", ""),
            ("1.2  Address", ""),
            ("1.3  Postcode", ""),
            ("1.4  Main contact name", ""),
            ("1.5  Position in organisation", ""),
            ("1.6  Telephone", ""),
            ("1.7  Email", ""),
            ("1.8  Website / social media (if any)", ""),
            (
                "1.9  Type of organisation",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} CIC (community interest "
                f"company)   {BOX} Constituted community group   {BOX} Other (please state)",
            ),
            ("1.10  Charity or company number (if applicable)", ""),
            ("1.11  Date organisation was established", ""),
            ("1.12  Total income in your last financial year (£)", ""),
        ],
        (6.5, 10.5),
        fill="DCE6F1",
    )
    d.add_paragraph()

    d.add_heading("Section 2 \u2013 About the project", 2)
    _table(d, [("2.1  Project title", "")], (6.5, 10.5), fill="DCE6F1")
    d.add_paragraph()
    _para(
        d,
        "2.2  Which of the Police and Crime Plan priorities will the project contribute to? "
        "(tick all that apply)",
        bold=True,
    )
    _table(
        d,
        [
            (BOX, "Preventing crime and antisocial behaviour in our neighbourhoods"),
            (BOX, "Supporting victims and protecting vulnerable people"),
            (BOX, "Tackling violence against women and girls"),
            (BOX, "Reducing reoffending, including diversionary activity for young people"),
            (BOX, "Making our roads safer"),
        ],
        (1.0, 16.0),
    )
    d.add_paragraph()
    _wex_question(
        d,
        "2.3",
        "Provide a summary of the project.",
        [
            "What will you do?",
            "Who will deliver the project, and where?",
            "When will it start and finish?",
            "What will the grant pay for?",
        ],
        "Word limit: 300",
    )
    _wex_question(
        d,
        "2.4",
        "What evidence do you have that the project is needed in the area it will cover?",
        [
            "This could include local crime and antisocial behaviour data, community "
            "consultation, referrals, waiting lists or feedback from partners.",
            "Say where your evidence comes from.",
        ],
        "Max 1,500 characters including spaces",
    )
    _table(
        d,
        [("2.5  How many people do you expect to benefit directly from the project?", "")],
        (11.0, 6.0),
        fill="DCE6F1",
    )
    d.add_paragraph()
    _para(
        d,
        "2.6  Outcomes. List up to three outcomes the project will achieve, how you will "
        "measure each one and your target.",
        bold=True,
    )
    _table(
        d,
        [
            ("Outcome", "How will you measure it?", "Target by end of project"),
            ("1.", "", ""),
            ("2.", "", ""),
            ("3.", "", ""),
        ],
        (7.0, 6.0, 4.0),
        fill="DCE6F1",
        header=True,
    )
    _para(
        d,
        "Example: 'Fewer reports of antisocial behaviour near the recreation ground' / "
        "'Police.uk data and parish council log' / '20% fewer reports'.",
        italic=True,
        size=9,
    )
    d.add_paragraph()
    _wex_question(
        d,
        "2.7",
        "How will you make sure the project reaches people from groups that are under-"
        "represented in your area or find it hard to use services?",
        None,
        "(no more than 200 words)",
        height=4.0,
    )
    t = _table(
        d,
        [
            (
                "2.8  Has your organisation received funding from the Police and Crime "
                "Commissioner in the last three years?",
                f"{BOX} Yes     {BOX} No",
            ),
            ("If yes, please give the year, amount and purpose of each grant.", ""),
        ],
        (11.0, 6.0),
        fill="DCE6F1",
    )
    t.rows[1].height = Cm(2.5)
    d.add_paragraph()
    _wex_question(
        d,
        "2.9",
        "How will the project, or its benefits, continue once the grant has been spent?",
        ["Include any plans for future funding or for volunteers to carry the work on."],
        "Max 150 words",
        height=3.5,
    )

    d.add_heading("Section 3 \u2013 Project costs", 2)
    d.add_paragraph(
        "3.1  Please give a breakdown of the total cost of the project. Include VAT only if your "
        "organisation cannot reclaim it. Up to 10% of the grant may be used towards "
        "management and overhead costs."
    )
    _table(
        d,
        [
            ("Item of expenditure", "Cost (£)"),
            ("", ""),
            ("", ""),
            ("", ""),
            ("", ""),
            ("", ""),
            ("Total project cost", ""),
        ],
        (12.5, 4.5),
        fill="DCE6F1",
        header=True,
    )
    d.add_paragraph()
    _table(
        d,
        [("3.2  Amount requested from the Commissioner (£)", "")],
        (11.0, 6.0),
        fill="DCE6F1",
    )
    d.add_paragraph()
    d.add_paragraph(
        "Applicants must contribute a minimum of 20% of the total project cost from their own "
        "resources or from other funders. In-kind support such as volunteer time or free use "
        "of premises can count towards this contribution. Please show where it will come from."
    )
    _table(
        d,
        [
            ("Source of other funding or in-kind support", "Amount or value (£)", "Secured? Y/N"),
            ("", "", ""),
            ("", "", ""),
            ("", "", ""),
        ],
        (9.0, 4.5, 3.5),
        fill="DCE6F1",
        header=True,
    )
    d.add_paragraph()

    d.add_heading("Section 4 \u2013 Safeguarding, equality and insurance", 2)
    _table(
        d,
        [
            (
                "4.1  Does your organisation have a safeguarding policy that has been reviewed "
                "in the last 12 months?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "4.2  Will any staff or volunteers work with children, young people or adults "
                "at risk as part of the project?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "4.3  If yes, have all relevant staff and volunteers had an appropriate DBS check?",
                f"{BOX} Yes   {BOX} No   {BOX} Not applicable",
            ),
            (
                "4.4  Does your organisation have an equality and diversity policy?",
                f"{BOX} Yes   {BOX} No",
            ),
            ("4.5  Do you hold public liability insurance?", f"{BOX} Yes   {BOX} No"),
            ("4.6  Level of public liability cover (£)", ""),
        ],
        (11.0, 6.0),
        fill="DCE6F1",
    )
    p = d.add_paragraph()
    r = p.add_run(
        "Note: the Commissioner requires every funded organisation to hold public liability "
        "insurance with a minimum indemnity of £5m. DBS means the Disclosure and Barring "
        "Service."
    )
    r.italic, r.font.size = True, Pt(9)

    d.add_heading("Section 5 \u2013 Supporting documents", 2)
    d.add_paragraph(
        "Please email the following with your application and tick to confirm each one is "
        "attached. We will not assess an application until we have all the documents that "
        "apply to you."
    )
    _table(
        d,
        [
            ("Document", "Attached"),
            (
                "Your governing document (constitution, memorandum and articles of association, "
                "or set of rules), signed and dated",
                BOX,
            ),
            (
                "Your most recent annual accounts. If your annual income is over £25,000 these "
                "must be independently examined or audited; below that level, accounts signed "
                "by your treasurer are acceptable",
                BOX,
            ),
            ("A bank statement dated within the last three months", BOX),
            ("Your current public liability insurance certificate", BOX),
            (
                "Your safeguarding policy (only if you answered Yes to question 4.2)",
                BOX,
            ),
            ("Two written quotes for any single item of equipment costing over £500", BOX),
            (
                "A letter of support from your local Neighbourhood Policing Team (optional, "
                "but it helps us understand local need)",
                BOX,
            ),
        ],
        (14.5, 2.5),
        fill="DCE6F1",
        header=True,
    )
    d.add_paragraph()

    d.add_heading("Section 6 \u2013 Declaration", 2)
    for text in (
        "I declare that the information given in this application is true and correct to the "
        "best of my knowledge. I confirm that the organisation has an equality and diversity "
        "policy and will provide a copy if requested, and that any grant will be used only for "
        "the purposes described. I understand that the OPCC may share this application with "
        "Wexmoor Police and community safety partners, and will process personal data in line "
        "with the UK GDPR and its privacy notice.",
        "This declaration must be signed by the Chair, Treasurer or Secretary of the "
        "organisation, who should not be the main contact named in Section 1.",
    ):
        d.add_paragraph(text)
    _table(
        d,
        [("Signed", ""), ("Print name", ""), ("Position", ""), ("Date", "")],
        (5.0, 12.0),
        fill="DCE6F1",
    )
    d.add_paragraph()
    _para(d, "For OPCC use only", bold=True, size=9)
    _table(
        d,
        [("Ref no.", "", "Date received", ""), ("Assessed by", "", "Panel date", "")],
        (3.0, 5.5, 3.0, 5.5),
    )
    d.save(HERE / DOCX[0])


# --------------------------------------------------------------------------- Cefnarth


def _cef_box(d, ref, question, hint=None, limit=None, blank_lines=8):
    """One tall cell: the question at the top and the answer space below it, in the cell."""
    from docx.shared import Pt

    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    cell.text = ""
    p = cell.paragraphs[0]
    p.add_run(f"{ref}  ").bold = True
    p.add_run(question).bold = True
    if limit:
        p.add_run(f"  {limit}")
    if hint:
        h = cell.add_paragraph()
        r = h.add_run(hint)
        r.italic, r.font.size = True, Pt(9)
    for _ in range(blank_lines):
        cell.add_paragraph()
    d.add_paragraph()


def _cefnarth() -> None:
    from docx.shared import Cm, Pt

    d = _new(
        "Cefnarth Wind Farm Community Benefit Fund application form",
        "Drefaen County Voluntary Council",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = (
        "Cefnarth Wind Farm Community Benefit Fund  \u2022  administered by Drefaen County "
        "Voluntary Council  \u2022  Registered charity 1109876  \u2022  Page"
    )
    _para(d, "Cefnarth Wind Farm Community Benefit Fund", bold=True, size=18)
    _para(d, "Application form \u2013 grants over £500", bold=True, size=13)
    _para(
        d,
        "Mae'r ffurflen hon ar gael yn Gymraeg. Mae croeso i chi wneud cais yn Gymraeg. / "
        "This form is available in Welsh. You are welcome to apply in Welsh.",
        italic=True,
        size=10,
    )
    for text in (
        "The Fund receives £5,000 for every megawatt installed at Cefnarth Wind Farm each year, "
        "about £115,000 a year, to support community projects in the community council areas "
        "of Cefnarth, Llanfedw and Pant-y-ffridd. An independent panel of local people decides "
        "on every application. Drefaen County Voluntary Council (DCVC) administers the Fund "
        "and is there to help you apply.",
        "Panel meetings are held in March, June, September and December. Send your form at "
        "least four weeks before the meeting. Around 40% of last year's grants went to "
        "community halls and 25% to sports clubs.",
        "For grants of £500 or less please use the short micro-grant form instead.",
    ):
        d.add_paragraph(text)

    d.add_heading("Before you start", 2)
    d.add_paragraph("Please tick Yes or No. If you answer No to any of these, talk to us first.")
    _table(
        d,
        [
            (
                "Will the project benefit people living in Cefnarth, Llanfedw or Pant-y-ffridd?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "Is your group not-for-profit, with a bank account in the group's name that "
                "needs two unrelated people to sign?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "Will the project start at least eight weeks after the panel meeting?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
        (12.5, 4.0),
    )
    d.add_paragraph()

    d.add_heading("Part A \u2013 About your group", 2)
    _table(
        d,
        [
            ("Name of group or organisation", ""),
            ("Contact name", ""),
            ("Role in the group", ""),
            ("Address including postcode", ""),
            ("Phone", ""),
            ("Email", ""),
            (
                "Legal status (for example registered charity, community council, CIO, "
                "unincorporated association)",
                "",
            ),
            ("Charity or company number (if any)", ""),
            ("Is the group registered for VAT?", f"{BOX} Yes   {BOX} No"),
        ],
        (7.0, 9.5),
        fill="EAF1DD",
    )
    d.add_paragraph()

    d.add_heading("Part B \u2013 Your project", 2)
    _table(d, [("B1  Project name", "")], (5.0, 11.5), fill="EAF1DD")
    d.add_paragraph()
    _cef_box(
        d,
        "B2",
        "What do you want to do? Please describe the project and what the grant will pay for.",
        hint="Tell us what will happen, where, and who will run it.",
        limit="(Up to 400 words)",
        blank_lines=14,
    )
    _cef_box(
        d,
        "B3",
        "Who will benefit, and roughly how many people?",
        limit="(maximum 200 words)",
        blank_lines=8,
    )
    _cef_box(
        d,
        "B4",
        "How does the project meet one or more of the Fund's priorities?",
        hint=(
            "The priorities are: community buildings and facilities; activities that bring "
            "people together; the environment and energy saving; the Welsh language and local "
            "heritage. Please keep this answer to about half a page."
        ),
        blank_lines=10,
    )
    _cef_box(
        d,
        "B5",
        "How have local people been involved in planning the project, and who supports it?",
        hint="Mention any consultation, surveys, public meetings or letters of support.",
        blank_lines=8,
    )
    _cef_box(
        d,
        "B6",
        "Will the project use the Welsh language? If so, how?",
        limit="(100 words)",
        blank_lines=5,
    )
    _table(
        d,
        [("B7  Expected start date", ""), ("Expected end date", "")],
        (5.0, 11.5),
        fill="EAF1DD",
    )
    d.add_paragraph()

    d.add_heading("Part C \u2013 Costs and other funding", 2)
    d.add_paragraph(
        "List everything the project will cost. If you are registered for VAT, give costs "
        "without VAT."
    )
    _table(
        d,
        [
            ("Item or activity", "Supplier", "Cost (£)"),
            ("", "", ""),
            ("", "", ""),
            ("", "", ""),
            ("", "", ""),
            ("Total cost of the project", "", ""),
        ],
        (8.0, 5.0, 3.5),
        fill="EAF1DD",
        header=True,
    )
    d.add_paragraph()
    _table(d, [("Amount you are asking the Fund for (£)", "")], (10.0, 6.5), fill="EAF1DD")
    d.add_paragraph()
    d.add_paragraph(
        "The panel likes to see projects that bring in other money, but there is no minimum for "
        "most grants. For grants over £10,000 you will need to show that at least 25% of the "
        "project cost comes from other sources. Please list other funding below."
    )
    _table(
        d,
        [
            ("Other funder or source", "Amount (£)", "Applied for / confirmed"),
            ("", "", ""),
            ("", "", ""),
        ],
        (8.0, 3.5, 5.0),
        fill="EAF1DD",
        header=True,
    )
    d.add_paragraph()
    d.add_paragraph(
        "Quotes: for any item costing over £1,000 please attach one written quote; for any item "
        "over £5,000, two quotes."
    )

    d.add_heading("Part D \u2013 Checklist", 2)
    d.add_paragraph("Please tick to show what you have sent with this form.")
    for text in (
        "This application form, signed and dated by two members of your group",
        "A copy of your constitution or governing document (community councils do not need "
        "to send this)",
        "Your latest annual accounts. If your group is less than 18 months old and has no "
        "accounts yet, send your last three months' bank statements instead",
        "Quotes (see Part C)",
        "Your safeguarding policy, if the project involves children or adults at risk",
        "Written permission from the landowner, if the project involves work on land or "
        "buildings your group does not own",
        "Planning permission, or confirmation from the planning authority that it is not "
        "needed (building works only)",
    ):
        d.add_paragraph(f"{BOX}  {text}")
    p = d.add_paragraph()
    r = p.add_run(
        "Insurance: if your project includes public events or activities, your group will need "
        "public liability cover of at least £2m. You don't need to send the certificate now; "
        "we will ask to see it before we pay the grant. Within twelve months of the grant you "
        "will also need to send us an end of grant report with copies of receipts."
    )
    r.font.size = Pt(10)

    d.add_heading("Part E \u2013 Declaration", 2)
    d.add_paragraph(
        "We confirm that the information in this form is correct, that the grant will be used "
        "only for the project described, and that we will tell DCVC about any changes. Two "
        "members of the group's committee must sign; they must not be related to each other or "
        "live at the same address."
    )
    d.add_paragraph(
        f"{BOX}  We agree that DCVC may share our name, project title and grant amount with "
        "the wind farm operator and publish them on its website."
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
        fill="EAF1DD",
        header=True,
    )
    d.add_paragraph()
    d.add_paragraph(
        "Send the form to cefnarthfund@drefaen-cvc.example.org.uk or post it to DCVC, Yr Hen "
        "Ysgol, Stryd y Bont, Drefaen. Ring 01632 960 588 if you would like help."
    )
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- pdf helpers


def _pdf_setup() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1


def _wrap(c, x, y, text, font="Helvetica", size=9.5, lead=12.5, width=480.0):
    """Draw text wrapped to a width in points; return the next y."""
    from reportlab.lib.utils import simpleSplit

    c.setFont(font, size)
    for para in text.split("\n"):
        for ln in simpleSplit(para, font, size, width) or [""]:
            c.drawString(x, y, ln)
            y -= lead
    return y


# --------------------------------------------------------------------------- Stickleford


def _stickleford() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    left = 50
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Green Spaces and Nature Grant application form")
    c.setAuthor("Stickleford District Council")
    form = c.acroForm

    def bar(y, text):
        c.setFillColor(HexColor("#2E6B30"))
        c.rect(left, y - 5, w - 2 * left, 18, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(left + 6, y, text)
        c.setFillColor(black)
        return y - 26

    def line(y, label, name, maxlen=None, width=300):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        form.textfield(
            name=name,
            tooltip=name,  # Acrobat's field detection copies the name into the tooltip
            x=w - left - width,
            y=y - 5,
            width=width,
            height=17,
            borderWidth=1,
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
        )
        return y - 24

    def box(y, label_lines, name, maxlen=None, height=95):
        c.setFont("Helvetica-Bold", 9.5)
        for ln in label_lines:
            c.drawString(left, y, ln)
            y -= 12
        form.textfield(
            name=name,
            tooltip=name,
            x=left,
            y=y - height,
            width=w - 2 * left,
            height=height,
            borderWidth=1,
            fieldFlags="multiline",
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
        )
        return y - height - 16

    def tick(x, y, name, label):
        form.checkbox(name=name, tooltip=name, x=x, y=y - 2, size=10, borderWidth=1)
        c.setFont("Helvetica", 9)
        c.drawString(x + 14, y, label)

    # page 1
    c.setFont("Helvetica-Bold", 15)
    c.drawString(left, h - 60, "Stickleford District Council")
    c.setFont("Helvetica-Bold", 12.5)
    c.drawString(left, h - 80, "Green Spaces and Nature Grant 2027: Application Form")
    y = _wrap(
        c,
        left,
        h - 102,
        "Grants of up to £3,000 for community groups to create, improve or look after green "
        "spaces, wildlife areas, orchards and community gardens in the district. Please read "
        "the scheme guidance before you apply. Fill in this form on screen, save it and email "
        "it with your documents to greenspaces@stickleford.example.gov.uk. The boxes do not "
        "expand, so please keep each answer in Section 2 brief.",
        width=w - 2 * left,
    )
    y -= 8
    y = bar(y, "Section 1  About your group")
    y = line(y, "Name of group", "Name of group", maxlen=100)
    y = line(y, "Address", "Address")
    y = line(y, "Postcode", "Postcode", maxlen=8, width=120)
    y = line(y, "Contact name", "Contact name", maxlen=60)
    y = line(y, "Telephone", "Telephone", maxlen=15, width=160)
    y = line(y, "Email", "Email", maxlen=80)
    c.setFont("Helvetica", 9.5)
    c.drawString(left, y, "Type of group (tick one)")
    y -= 16
    for i, lab in enumerate(
        ("Registered charity", "Community group", "Parish or town council", "School or PTA")
    ):
        tick(left + 10 + i * 125, y, f"Check Box{i + 1}", lab)
    y -= 26
    y = bar(y, "Section 2  Your project")
    y = line(y, "2.1  Project name", "Project name", maxlen=60)
    y = line(
        y, "2.2  Where is the site? (address, grid reference or what3words)", "undefined", width=180
    )
    y = line(y, "2.3  Who owns the land?", "Who owns the land", maxlen=80, width=230)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(
        left + 18,
        y + 6,
        "If your group does not own the land, you must send written permission from the landowner.",
    )
    y -= 8
    y = box(
        y,
        ["2.4  Describe what you want to do and why it is needed (no more than 300 words)"],
        "undefined_2",
        height=120,
    )
    y = box(
        y,
        ["2.5  How will the project benefit wildlife or the local environment?"],
        "Text3",
        maxlen=1000,
        height=85,
    )
    c.showPage()

    # page 2
    y = h - 60
    y = box(
        y,
        ["2.6  How will local people be involved, including volunteers? (200 words max)"],
        "Text4",
        maxlen=1200,
        height=95,
    )
    y = box(
        y,
        ["2.7  Who will look after the site once the project is finished, and for how long?"],
        "Text5",
        height=75,
    )
    y = bar(y, "Section 3  Costs")
    y = line(y, "3.1  Total cost of the project (£)", "Total cost", maxlen=7, width=120)
    y = line(y, "3.2  Amount requested (£)", "Amount requested", maxlen=5, width=120)
    y = line(y, "3.3  Other funding and where it is from", "Text6", width=260)
    y = _wrap(
        c,
        left,
        y - 2,
        "We can pay up to 75% of the total cost of a project. Volunteer time can count towards "
        "your share at £12 an hour. Please attach a breakdown of the costs and a quote, catalogue "
        "page or screenshot of the price for each item you want us to buy.",
        size=8.5,
        lead=11,
        width=w - 2 * left,
    )
    y -= 10
    y = bar(y, "Section 4  Documents (tick the ones you are sending)")
    docs = (
        "Constitution or set of rules",
        "Latest accounts (groups less than a year old: your most recent bank statement instead)",
        "Breakdown of costs and quotes",
        "A map or plan showing the site",
        "Landowner's written permission (if you do not own the land)",
    )
    for i, lab in enumerate(docs):
        tick(left + 4, y, f"Check Box{i + 5}", lab)
        y -= 17
    y -= 8
    y = bar(y, "Section 5  Declaration")
    y = _wrap(
        c,
        left,
        y,
        "I confirm that the information in this form is correct; that our group has public "
        "liability insurance for the activities described, with a minimum indemnity of "
        "£5 million; that we have a health and safety policy or a written risk assessment for "
        "volunteer work days; and that we will return any grant not spent on this project.",
        size=9,
        lead=11.5,
        width=w - 2 * left,
    )
    y -= 4
    tick(left + 4, y, "Check Box10", "I agree with the declaration above")
    y -= 26
    y = line(y, "Signature", "Signature", width=260)
    y = line(y, "Print name", "Print name", maxlen=60, width=260)
    y = line(y, "Position in group", "Position in group", maxlen=40, width=260)
    y = line(y, "Date", "Date", maxlen=10, width=120)
    c.setFont("Helvetica", 7.5)
    c.drawString(
        left,
        50,
        "Stickleford District Council, Council Offices, Market Street, Stickleford. Privacy "
        "notice: www.stickleford.example.gov.uk/privacy",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Ockleton


def _ockleton() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    left = 56
    right = w - 56
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Microsoft Word - Locality Budget application form 2027-28.docx")
    c.setAuthor("Ockleton County Council")
    font, bold = "Helvetica", "Helvetica-Bold"

    def field(y, label, height=18, label_w=190):
        c.setFont(font, 10)
        c.drawString(left, y, label)
        c.rect(left + label_w, y - 5, right - left - label_w, height)
        return y - height - 8

    def question(y, text, height):
        y = _wrap(c, left, y, text, font=bold, size=10, lead=12.5, width=right - left)
        c.rect(left, y - height + 6, right - left, height)
        return y - height - 6

    def footer(notes, page):
        y = 96
        c.line(left, y + 10, left + 150, y + 10)
        for num, note in notes:
            c.setFont(font, 6.5)
            c.drawString(left, y + 3, num)
            c.setFont(font, 8.5)
            c.drawString(left + 5, y, note)
            y -= 12
        c.setFont(font, 8)
        c.drawString(left, 40, "Locality Budget application form 2027-28")
        c.drawRightString(right, 40, f"Page {page} of 3")

    # page 1
    c.setFont(bold, 15)
    c.drawString(left, h - 64, "Ockleton County Council")
    c.setFont(bold, 13)
    c.drawString(left, h - 84, "Councillor Locality Budget 2027/28 \u2013 Application for funding")
    y = _wrap(
        c,
        left,
        h - 108,
        "Each of the council's 62 county councillors has a Locality Budget of £8,000 a year to "
        "support community projects in their division. Before you fill in this form, please "
        "talk to your local county councillor: they must support the application and sign "
        "Part 4. You can find your councillor at www.ockleton.example.gov.uk/councillors.",
        size=10,
        lead=13,
        width=right - left,
    )
    y -= 10
    c.setFont(bold, 11.5)
    c.drawString(left, y, "Part 1: About your organisation")
    y -= 22
    for label in (
        "Name of organisation",
        "Contact name",
        "Address",
        "Postcode",
        "Telephone",
        "Email",
    ):
        y = field(y, label)
    c.setFont(font, 10)
    c.drawString(left, y, "Is your organisation (please tick):")
    y -= 16
    c.setFont(font, 9.5)
    for i, lab in enumerate(
        (
            "a registered charity",
            "a voluntary or community group",
            "a town or parish council",
            "a school",
            "other (please say)",
        )
    ):
        x = left + 10 + (i % 3) * 160
        yy = y - (i // 3) * 16
        c.rect(x, yy - 2, 9, 9)
        c.drawString(x + 14, yy, lab)
    y -= 40
    y = field(y, "Charity or company number")
    y -= 6
    c.setFont(bold, 11.5)
    c.drawString(left, y, "Part 2: About your project")
    y -= 22
    y = field(y, "2.1  Project title")
    y = field(y, "2.2  County division(s) the project is in")
    y -= 4
    y = question(
        y, "2.3  Please describe the project and what you will spend the grant on.\u00b9", 150
    )
    footer([("1", "Up to 250 words. Please do not attach extra pages.")], 1)
    c.showPage()

    # page 2
    y = h - 70
    y = question(
        y,
        "2.4  Who will benefit from the project? Please include an estimate of how many people "
        "will benefit.\u00b2",
        140,
    )
    y = question(
        y,
        "2.5  How does the project support the County Council's priorities for the division "
        "(see section 3 of the guidance notes)?",
        150,
    )
    y = field(y, "2.6  Start date", label_w=120)
    y = field(y, "End date", label_w=120)
    y -= 6
    c.setFont(bold, 11.5)
    c.drawString(left, y, "Part 3: Funding")
    y -= 22
    y = field(y, "3.1  Total cost of the project (£)", label_w=260)
    y = field(y, "3.2  Amount requested from the Locality Budget (£)", label_w=260)
    c.setFont(font, 10)
    c.drawString(left, y, "3.3  Other funding for the project")
    y -= 8
    cols = (left, left + 250, left + 370, right)
    heads = ("Funder", "Amount (£)", "Confirmed? (Y/N)")
    for r in range(4):
        for i in range(3):
            c.rect(cols[i], y - 18, cols[i + 1] - cols[i], 18)
            if r == 0:
                c.setFont(bold, 9)
                c.drawString(cols[i] + 4, y - 12, heads[i])
        y -= 18
    y -= 12
    y = _wrap(
        c,
        left,
        y,
        "Locality Budget grants can pay for the whole cost of a small project, so you do not "
        "need match funding, although many projects bring in other money. Around 70% of "
        "grants are under £1,000. A councillor cannot give more than £2,000 to one project "
        "unless two or more councillors pool their budgets.",
        size=9,
        lead=11.5,
        width=right - left,
    )
    footer([("2", "No more than 150 words.")], 2)
    c.showPage()

    # page 3
    y = h - 70
    c.setFont(bold, 11.5)
    c.drawString(left, y, "Part 4: Councillor support (to be completed by the county councillor)")
    y -= 22
    y = field(y, "Name of councillor")
    y = field(y, "Councillor's signature")
    y = field(y, "Date")
    y -= 6
    c.setFont(bold, 11.5)
    c.drawString(left, y, "Part 5: Supporting documents and declaration")
    y -= 18
    y = _wrap(
        c,
        left,
        y,
        "With this form please send:\n"
        "\u2022  a copy of your constitution or rules (not needed from town and parish councils "
        "or schools);\n"
        "\u2022  your latest accounts, or a financial statement signed by your treasurer;\n"
        "\u2022  a recent bank statement in the organisation's name, if this is your first "
        "application to the Locality Budget;\n"
        "\u2022  a quote, if the grant is for equipment or works costing more than £1,000;\n"
        "\u2022  if the project is an event, a copy of your public liability insurance "
        "certificate (cover of at least £5 million).",
        size=9.5,
        lead=12.5,
        width=right - left,
    )
    y -= 8
    y = _wrap(
        c,
        left,
        y,
        "Declaration. I confirm that the information in this form is correct; that the "
        "organisation welcomes everyone and has an equal opportunities statement; that, if it "
        "works with children or adults at risk, it has a safeguarding policy and carries out "
        "the checks it requires; and that the grant will be spent only on this project and "
        "any unspent money returned.",
        size=9.5,
        lead=12.5,
        width=right - left,
    )
    y -= 10
    for label in ("Signature", "Name", "Position in organisation", "Date"):
        y = field(y, label)
    y -= 6
    _wrap(
        c,
        left,
        y,
        "Please email the form and documents to localitybudget@ockleton.example.gov.uk. "
        "Ockleton County Council will use your information to assess this application and "
        "publish grants awarded; see our privacy notice at www.ockleton.example.gov.uk/privacy.",
        size=8.5,
        lead=11,
        width=right - left,
    )
    footer([], 3)
    c.showPage()
    c.save()


def main() -> None:
    _wexmoor()
    _cefnarth()
    for name in DOCX:
        kit.normalise_zip(HERE / name, FIXED)
    _pdf_setup()
    _stickleford()
    _ockleton()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
