"""Regenerate the binary documents of held-out set 9 (Brindlecombe to Hallowmere).

A generator in the style of make_corpus.py for the four binary documents of held-out set 9
in tests/forms/ (their truth files were written blind, before any measurer was run on them).
It builds only its own four files and leaves every other file alone:

- brindlecombe-community-fund-application.docx: a community fund form in the style of a
  lottery distributor: numbered boxes, "Word count: 0/300" printed beside each answer box,
  a partnership section, a budget table;
- scarrowby-vcfse-consortium-eoi.docx: a landscape commissioning expression of interest for
  a VCFSE consortium: Part 1 lead partner, Part 2 a repeated block per delivery partner,
  check boxes drawn as characters;
- tidewell-warm-spaces-leaflet.pdf: a two-page A5 leaflet (text PDF) for a warm spaces
  winter grant: bullets, FAQ, how to apply by email, small print;
- penrhydd-arts-small-grants.pdf: a bilingual county arts small grants form, English first
  and Welsh second in each label, radio groups, /MaxLen on some fields.

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus9.py
"""

from __future__ import annotations

from make_corpus import HERE, _normalise_zip  # same folder, same fixed date
from make_corpus5 import DEJAVU, DEJAVU_BOLD, _new, _shade  # Welsh glyphs; Word helpers

DOCX = ("brindlecombe-community-fund-application.docx", "scarrowby-vcfse-consortium-eoi.docx")
PDFS = ("tidewell-warm-spaces-leaflet.pdf", "penrhydd-arts-small-grants.pdf")
BOX = "\u2610"  # a ballot box drawn as a character, as many Word forms do


# --------------------------------------------------------------------------- docx helpers


def _table(d, rows, widths, fill=None, shade_first=False, bold_first=False):
    """A Table Grid table of the given rows; a first-row fill makes a header."""
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for n, row in enumerate(rows):
        cells = t.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = text
            if text and ((n == 0 and fill) or (bold_first and i == 0)):
                cell.paragraphs[0].runs[0].bold = True
            if fill and (n == 0 or (shade_first and i == 0)):
                _shade(cell, fill)
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


# --------------------------------------------------------------------------- Brindlecombe


def _brindle_box(d, number, prompt, counter=None, height=4.0, guide=None):
    """A numbered box: shaded prompt row, empty answer row, counter under it on the right."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    head = t.rows[0].cells[0]
    head.text = ""
    p = head.paragraphs[0]
    p.add_run(f"Box {number}   ").bold = True
    p.add_run(prompt).bold = True
    _shade(head, "E2EFD9")
    if guide:
        g = head.add_paragraph()
        r = g.add_run(guide)
        r.italic, r.font.size = True, Pt(9)
    t.rows[1].height = Cm(height)
    if counter is not None:
        c = d.add_paragraph()
        c.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = c.add_run(counter)
        r.font.size = Pt(8)
    d.add_paragraph()


def _brindle_labels(d, number, title, labels):
    """A numbered box holding a label / answer table."""
    _para(d, f"Box {number}   {title}", bold=True)
    _table(d, [(lab, "") for lab in labels], (6.0, 10.5), fill="E2EFD9", shade_first=True)
    d.add_paragraph()


def _brindlecombe() -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    d = _new("Brindlecombe Community Fund application form", "Brindlecombe Community Fund", "Arial")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Brindlecombe Community Fund  |  Awards for Local Groups"
    sec.footer.paragraphs[0].text = (
        "Brindlecombe Community Fund is distributed by the Brindlecombe Community Trust on behalf "
        "of players of the Brindlecombe Community Lottery. Charity no. 1190042."
    )
    d.add_heading("Awards for Local Groups: application form 2027", 0)
    _para(
        d, "Grants of £300 to £10,000 for community-led projects in Brindlecombe and its villages."
    )
    d.add_heading("Before you start", 2)
    for text in (
        "Read the Awards for Local Groups guide first. It explains what we can and cannot fund.",
        "Fill in every numbered box. If a box does not apply to you, write 'N/A'.",
        "Each answer box has a word count under it. Please stay within it: our panel will stop "
        "reading at the limit. The counters update if you fill in the form on screen.",
        "Type your answers. We cannot accept handwritten forms unless you have told us you need "
        "to apply that way.",
        "Questions? Call our Funding Officers on 01632 960 415 (Monday to Thursday, 9.30am to "
        "4pm) or email awards@brindlecombe-trust.example.org.uk.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("Section A: Your organisation", 1)
    _brindle_labels(
        d, 1, "Legal name of your organisation", ["Legal name (as on your bank account)"]
    )
    _brindle_labels(d, 2, "Where is your organisation based?", ["Full address including postcode"])
    _para(d, "Box 3   What type of organisation are you? Tick one.", bold=True)
    _table(
        d,
        [
            (f"{BOX} Registered charity", f"{BOX} Charitable incorporated organisation (CIO)"),
            (
                f"{BOX} Constituted voluntary or community group",
                f"{BOX} Community interest company (CIC)",
            ),
            (f"{BOX} Parish or town council", f"{BOX} Other (please say): "),
        ],
        (8.2, 8.3),
    )
    d.add_paragraph()
    _brindle_labels(d, 4, "Registration numbers", ["Charity, company or CIC number (if any)"])
    _brindle_labels(
        d, 5, "Main contact", ["Name", "Role in the organisation", "Telephone", "Email"]
    )
    _brindle_labels(
        d,
        6,
        "Second contact (must not be related to or live with the main contact)",
        ["Name", "Email"],
    )
    _brindle_labels(d, 7, "Your financial year", ["Date your financial year ends (DD/MM)"])
    _brindle_labels(d, 8, "Your income", ["Total income in your most recent financial year £"])

    d.add_heading("Section B: Your project", 1)
    _brindle_box(
        d,
        9,
        "Project title",
        "Word count: 0/10",
        height=1.0,
        guide="A short name we can use in our publicity, for example 'Tuesday Lunch Club'.",
    )
    _brindle_box(
        d,
        10,
        "Tell us what your project will do and what difference it will make.",
        "Word count: 0/300",
        height=7.0,
    )
    _brindle_box(
        d,
        11,
        "How do you know your project is needed? Tell us how local people have "
        "been involved in developing it.",
        "Word count: 0/250",
        height=6.0,
    )
    _para(d, "Box 12   Who will benefit?", bold=True)
    _table(d, [("12a  Approximately how many people will benefit?", "")], (11.0, 5.5), fill=None)
    d.add_paragraph()
    _brindle_box(
        d,
        "12b",
        "Describe the people who will benefit and how you will reach them.",
        "Word count: 0/150",
        height=4.5,
    )
    _brindle_labels(
        d, 13, "Where will your project take place?", ["Postcode of the main venue or site"]
    )
    _brindle_labels(
        d,
        14,
        "When will your project take place?",
        ["Start date (DD/MM/YYYY)", "End date (DD/MM/YYYY)"],
    )

    d.add_heading("Section C: Working in partnership", 1)
    _para(
        d,
        "We welcome projects delivered with other groups, but you do not have to work in "
        "partnership to apply.",
    )
    _para(
        d,
        f"Box 15   Are you working with other organisations to deliver this project?   "
        f"{BOX} Yes   {BOX} No",
        bold=True,
    )
    d.add_paragraph()
    _brindle_box(
        d,
        16,
        "If yes, tell us who your partners are and what each will contribute.",
        "Word count: 0/200",
        height=4.5,
    )
    _para(d, "Box 17   Partner details", bold=True)
    _table(
        d,
        [
            (
                "Partner organisation",
                "Type of organisation",
                "Contact name",
                "Will they receive any of the grant? (Y/N)",
            ),
            ("", "", "", ""),
            ("", "", "", ""),
            ("", "", "", ""),
        ],
        (5.0, 4.0, 4.0, 3.5),
        fill="E2EFD9",
    )
    _para(
        d,
        "If a partner will receive any of the grant, you must send us a partnership "
        "agreement signed by both organisations (see Section F). Letters from partners are "
        "welcome but we do not need them.",
        italic=True,
    )
    d.add_paragraph()

    d.add_heading("Section D: Your budget", 1)
    _para(d, "Box 18   Project costs", bold=True)
    _para(d, "List each cost separately. Include VAT if you cannot reclaim it.", italic=True)
    rows = [("Item or activity", "Capital or revenue?", "Cost £")]
    rows += [("", "", "")] * 7
    rows += [("Total project cost", "", "")]
    _table(d, rows, (9.0, 4.0, 3.5), fill="E2EFD9")
    d.add_paragraph()
    _brindle_labels(d, 19, "Amount you are asking us for", ["Amount requested (£300 to £10,000) £"])
    _para(d, "Box 20   Other funding for this project", bold=True)
    _para(
        d,
        "We can fund up to 100% of your project. If other funders are involved, list them here.",
        italic=True,
    )
    _table(
        d,
        [
            ("Funder or source", "Amount £", "Secured or awaiting a decision?"),
            ("", "", ""),
            ("", "", ""),
            ("", "", ""),
        ],
        (8.0, 3.5, 5.0),
        fill="E2EFD9",
    )
    d.add_paragraph()
    _brindle_box(
        d,
        21,
        "Tell us how you worked out your costs and how you will make sure the "
        "project is good value for money.",
        "Word count: 0/150",
        height=4.5,
    )

    d.add_heading("Section E: Monitoring", 1)
    _para(
        d,
        "We use this section to report to lottery players. It is not used to assess your "
        "application.",
        italic=True,
    )
    _para(
        d, "Box 22   Which groups will your project mainly benefit? Tick all that apply.", bold=True
    )
    _table(
        d,
        [
            (f"{BOX} Older people", f"{BOX} Children and young people", f"{BOX} Disabled people"),
            (f"{BOX} Carers", f"{BOX} People on low incomes", f"{BOX} Everyone in the community"),
        ],
        (5.5, 5.5, 5.5),
    )
    d.add_paragraph()
    _brindle_labels(
        d,
        23,
        "Roughly what percentage of the people taking part will be aged 65 or over?",
        ["Percentage %"],
    )
    _brindle_labels(
        d,
        24,
        "How did you hear about the fund?",
        ["For example: website, newsletter, another group"],
    )
    _brindle_box(
        d,
        25,
        "Is there anything else you would like us to know about your project?",
        "Word count: 0",
        height=3.5,
    )

    d.add_heading("Section F: Supporting documents", 1)
    _para(
        d,
        "Please email these with your form. We will not assess your application until we "
        "have them all.",
    )
    for text in (
        "A copy of your governing document: your constitution, set of rules, trust deed or "
        "articles of association, signed and dated.",
        "Your most recent annual accounts. They do not have to be audited or independently "
        "examined, but they must have been approved by your committee or trustees.",
        "A copy of a bank statement from the last three months, showing your organisation's "
        "name, address and account details.",
        "Where your project involves children, young people or adults at risk: your "
        "safeguarding policy.",
        "Where a partner organisation will receive any of the grant: the partnership agreement "
        "mentioned in Box 17.",
        "Where you are buying a single item of equipment costing £1,000 or more: a written "
        "quote for it.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("Section G: Declaration", 1)
    _para(d, "On behalf of the organisation named in Box 1, I confirm that:")
    for text in (
        "the information in this form is true and complete;",
        "the organisation has an equality and diversity policy and follows it;",
        "the organisation holds public liability insurance with an indemnity of at least "
        "£2,000,000, or will have it before the project starts;",
        "we will tell the Trust straight away if anything changes, and will return any grant "
        "not spent as agreed.",
    ):
        d.add_paragraph(text, style="List Number")
    _table(
        d,
        [
            (f"{BOX} I agree to the declaration above", ""),
            ("Name", ""),
            ("Position in the organisation", ""),
            ("Date", ""),
        ],
        (6.0, 10.5),
        fill="E2EFD9",
        shade_first=True,
    )
    d.add_paragraph()
    p = _para(
        d,
        "Email your form and documents to awards@brindlecombe-trust.example.org.uk. "
        "Closing date for this round: 12 noon on Friday 5 February 2027.",
        bold=True,
    )
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(HERE / DOCX[0])


# --------------------------------------------------------------------------- Scarrowby


def _landscape(d):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)


def _scar_rows(d, rows, fill="FCE4D6"):
    """Ref / item / response rows: the reference and item shaded, the response empty."""
    _table(
        d,
        [("Ref", "Information required", "Response")] + list(rows),
        (1.6, 11.5, 12.9),
        fill=fill,
        shade_first=True,
    )
    d.add_paragraph()


def _scar_partner(d, letter):
    _para(d, f"Delivery partner 2{letter}", bold=True)
    ref = f"2{letter}"
    _table(
        d,
        [
            ("Ref", "Information required", "Response"),
            (f"{ref}.1", "Organisation name", ""),
            (f"{ref}.2", "Main contact name and email address", ""),
            (
                f"{ref}.3",
                "Legal status",
                f"{BOX} Charity   {BOX} CIO   {BOX} CIC   {BOX} Community "
                f"benefit society   {BOX} Unincorporated association",
            ),
            (
                f"{ref}.4",
                "Annual income (latest full year)",
                f"{BOX} under £100,000   {BOX} £100,000 to £500,000   {BOX} over £500,000",
            ),
            (
                f"{ref}.5",
                "Role in the consortium and the services this partner will deliver (max 75 words)",
                "",
            ),
        ],
        (1.6, 11.5, 12.9),
        fill="DDEBF7",
        shade_first=True,
    )
    d.add_paragraph()


def _scar_question(d, ref, text, limit_line, height=5.0):
    from docx.shared import Cm, Pt

    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    head = t.rows[0].cells[0]
    head.text = ""
    p = head.paragraphs[0]
    p.add_run(f"{ref}  ").bold = True
    p.add_run(text)
    _shade(head, "FCE4D6")
    if limit_line:
        r = head.add_paragraph().add_run(limit_line)
        r.bold, r.font.size = True, Pt(9)
    t.rows[1].height = Cm(height)
    d.add_paragraph()


def _scarrowby() -> None:
    from docx.shared import Cm

    d = _new(
        "Community Wellbeing Grants Programme: consortium expression of interest",
        "Scarrowby Place Partnership",
        "Calibri",
    )
    _landscape(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = (
        "Scarrowby Place Partnership  |  OFFICIAL  |  Community "
        "Wellbeing Grants Programme 2027-2030  |  EOI form v1.3"
    )
    sec.footer.paragraphs[0].text = (
        "Scarrowby Metropolitan Borough Council and NHS Scarrowby "
        "Place. Return by 12:00 on 26 February 2027."
    )
    d.add_heading("Community Wellbeing Grants Programme 2027-2030", 0)
    _para(
        d,
        "Expression of Interest (EOI): voluntary, community, faith and social enterprise "
        "(VCFSE) consortia",
        bold=True,
    )
    _para(
        d,
        "Scarrowby Metropolitan Borough Council and NHS Scarrowby Place are inviting "
        "expressions of interest from consortia of VCFSE organisations to deliver "
        "community wellbeing support in the borough's four neighbourhood areas for three "
        "years from 1 October 2027. Up to £1.2 million is available over the three years.",
    )
    _table(
        d,
        [
            ("Key facts", ""),
            (
                "Lot structure",
                "One lot per neighbourhood area; a consortium may express interest in "
                "up to two lots",
            ),
            ("Annual value per lot", "£80,000 to £110,000"),
            (
                "Consortium make-up",
                "A lead partner plus at least two delivery partners. At least "
                "30% of the annual value must pass to delivery partners.",
            ),
            ("Lead partner management fee", "No more than 8% of the annual value"),
            (
                "Contribution",
                "The Programme will fund up to 90% of the consortium's costs. The "
                "consortium must contribute at least 10% in cash or in kind.",
            ),
            (
                "EOI stage",
                "Shortlisted consortia will be invited to a co-design workshop and a "
                "full proposal stage in May 2027.",
            ),
        ],
        (7.0, 19.0),
        fill="FCE4D6",
        shade_first=True,
    )
    d.add_paragraph()
    _para(
        d,
        "How to complete this form: type in the white boxes; boxes expand as you type. To "
        "tick a box, double-click it or type an X beside it. Where a limit is given, "
        "anything past it will not be read. Glossary: VCFSE means voluntary, community, "
        "faith and social enterprise; MoU means memorandum of understanding.",
        italic=True,
    )

    d.add_heading("Part 1: Lead partner", 1)
    _para(
        d,
        "The lead partner holds the grant agreement, receives the payments and is "
        "accountable for the consortium's delivery and monitoring.",
    )
    _scar_rows(
        d,
        [
            ("1.1", "Organisation name", ""),
            ("1.2", "Registered address and postcode", ""),
            (
                "1.3",
                "Legal status",
                f"{BOX} Registered charity   {BOX} CIO   {BOX} CIC   {BOX} "
                f"Community benefit society   {BOX} Company limited by "
                "guarantee",
            ),
            ("1.4", "Charity and/or company number", ""),
            ("1.5", "Contact name for this EOI", ""),
            ("1.6", "Job title", ""),
            ("1.7", "Email address", ""),
            ("1.8", "Telephone", ""),
            ("1.9", "Turnover in your last full financial year (£)", ""),
            (
                "1.10",
                "Does the lead partner hold Cyber Essentials certification?",
                f"{BOX} Yes   {BOX} No   {BOX} Working towards",
            ),
            (
                "1.11",
                "Has the lead partner led a consortium or partnership contract before?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "1.12",
                "If yes, give brief details: who commissioned it, its value and how long it "
                "ran (max 100 words)",
                "",
            ),
        ],
    )

    d.add_heading("Part 2: Delivery partners", 1)
    _para(
        d,
        "Complete one block for each delivery partner. Three blocks are provided; copy and "
        "paste a block if you have more partners. A consortium must have at least two "
        "delivery partners at EOI stage.",
    )
    for letter in "ABC":
        _scar_partner(d, letter)

    d.add_heading("Part 3: Your proposal", 1)
    _para(
        d,
        "Each question below shows its weighting at full proposal stage, for information. "
        "At EOI stage, answers are scored pass / develop / fail.",
        italic=True,
    )
    _para(
        d,
        "3.1  Which Programme outcomes will the consortium deliver? Tick all that apply.",
        bold=True,
    )
    _table(
        d,
        [
            (f"{BOX} Outcome 1: fewer people are lonely or isolated",),
            (f"{BOX} Outcome 2: people manage long-term conditions with confidence",),
            (f"{BOX} Outcome 3: more people are physically active in their neighbourhood",),
        ],
        (26.0,),
    )
    d.add_paragraph()
    _scar_question(
        d,
        "3.2",
        "Describe the consortium's proposed service model, including how "
        "you will receive referrals from GP practices and social "
        "prescribing link workers. (Weighting at full stage: 30%)",
        "Response limit: 500 words",
        7.0,
    )
    _scar_question(
        d,
        "3.3",
        "Explain how the consortium will be governed: how decisions are "
        "made, how money will pass from the lead partner to delivery "
        "partners, and how disagreements will be settled. (Weighting: "
        "20%)",
        "Response limit: 400 words",
        6.0,
    )
    _scar_question(
        d,
        "3.4",
        "Summarise the evidence of need in the lot area(s) you are "
        "interested in, and how people with lived experience have shaped "
        "your proposal. (Weighting: 20%)",
        "Response limit: one side of A4, Arial 11 point",
        8.0,
    )
    _scar_question(
        d,
        "3.5",
        "Social value: what additional benefits will the consortium bring "
        "to Scarrowby, beyond the service itself? (Weighting: 10%)",
        "Response limit: 2,000 characters including spaces",
        5.0,
    )
    _para(d, "3.6  How soon after award could the consortium start delivery?", bold=True)
    _table(
        d,
        [(f"{BOX} Within 1 month", f"{BOX} 1 to 3 months", f"{BOX} More than 3 months")],
        (8.6, 8.7, 8.7),
    )
    d.add_paragraph()
    _para(d, "3.7  Indicative annual budget for one lot (£)", bold=True)
    _table(
        d,
        [
            ("Partner", "Staff", "Volunteer costs", "Activities", "Management fee", "Total"),
            ("Lead partner", "", "", "", "", ""),
            ("Delivery partner 2A", "", "", "", "", ""),
            ("Delivery partner 2B", "", "", "", "", ""),
            ("Delivery partner 2C", "", "", "", "", ""),
            ("Consortium contribution (at least 10%)", "", "", "", "", ""),
            ("Total", "", "", "", "", ""),
        ],
        (6.0, 4.0, 4.0, 4.0, 4.0, 4.0),
        fill="FCE4D6",
    )
    d.add_paragraph()
    _scar_question(
        d,
        "3.8",
        "What are the main risks to delivering the service in the first "
        "year, and how will the consortium manage them? (Weighting: 20%)",
        None,
        5.0,
    )

    d.add_heading("Part 4: Documents and declarations", 1)
    _para(d, "4.1  Documents to send with this EOI. Tick each one you have attached.", bold=True)
    _table(
        d,
        [
            ("Document", "From", "Attached"),
            ("Governing document (constitution or articles of association)", "Lead partner", BOX),
            (
                "Most recent annual accounts. These must be independently examined or audited "
                "if the lead partner's income is over £250,000; below that, accounts approved "
                "by your trustees or board are fine.",
                "Lead partner",
                BOX,
            ),
            (
                "Memorandum of understanding signed by every partner (template in Annex B)",
                "All partners",
                BOX,
            ),
            ("Safeguarding policy", "Lead partner", BOX),
            ("Public liability insurance certificate (minimum £10 million)", "Lead partner", BOX),
            (
                "Employer's liability insurance certificate (minimum £5 million)",
                "Lead partner",
                BOX,
            ),
            (
                "Constitution or rules. Not needed from delivery partners registered with the "
                "Charity Commission or Companies House.",
                "Delivery partners (unregistered only)",
                BOX,
            ),
            (
                "A list of the roles that will need an enhanced DBS check, and confirmation "
                "that the checks are in place. Only where partners' staff or volunteers will "
                "work with children or adults at risk.",
                "Lead partner on behalf of all",
                BOX,
            ),
        ],
        (16.0, 6.5, 3.5),
        fill="FCE4D6",
    )
    d.add_paragraph()
    _para(d, "4.2  Confirmations. Tick each statement to confirm it.", bold=True)
    _table(
        d,
        [
            (
                BOX,
                "Every partner in the consortium has a safeguarding policy and a named "
                "safeguarding lead.",
            ),
            (BOX, "Every partner has an equality, diversity and inclusion policy."),
            (
                BOX,
                "The lead partner has a whistleblowing policy that covers the staff and "
                "volunteers of delivery partners.",
            ),
        ],
        (1.2, 24.8),
    )
    d.add_paragraph()
    _para(d, "4.3  Declaration", bold=True)
    _para(
        d,
        "I confirm that I am authorised to submit this expression of interest on behalf of "
        "the consortium, and that the information given is accurate. I understand that an "
        "EOI is not a bid and creates no obligation on either side.",
    )
    _table(
        d,
        [("Name", ""), ("Position", ""), ("Signature", ""), ("Date", "")],
        (6.0, 20.0),
        fill="FCE4D6",
        shade_first=True,
    )
    d.add_paragraph()
    _para(
        d,
        "Send the completed EOI and documents to wellbeing.grants@scarrowby.example.gov.uk "
        "with 'CWGP EOI' and the lead partner's name in the subject line.",
    )
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- Tidewell (A5)


def _pdf_setup():
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))


def _lines(c, x, y, text, font, size, width, lead=None, bullet=None):
    """Draw wrapped text, optionally as a bullet with a hanging indent; return the next y."""
    from reportlab.lib.utils import simpleSplit

    lead = lead or size * 1.3
    indent = 9 if bullet else 0
    c.setFont(font, size)
    for i, ln in enumerate(simpleSplit(text, font, size, width - indent) or [""]):
        if bullet and i == 0:
            c.drawString(x, y, bullet)
        c.drawString(x + indent, y, ln)
        y -= lead
    return y


def _bullets(c, x, y, heading, items, width):
    """A bold heading, then one bullet per item; return the next y."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x, y, heading)
    y -= 15
    for text in items:
        y = _lines(c, x, y, text, "Helvetica", 9, width, bullet="\u2022")
    return y


def _tidewell() -> None:
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    w, h = A5
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A5)
    c.setTitle("Warm Spaces Winter Grant 2026/27")
    c.setAuthor("Tidewell Town Council")
    left, width = 30, w - 60
    navy, amber = HexColor("#1F3A5F"), HexColor("#F2A541")

    # page 1
    c.setFillColor(navy)
    c.rect(0, h - 120, w, 120, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(left, h - 50, "Warm Spaces")
    c.drawString(left, h - 74, "Winter Grant 2026/27")
    c.setFont("Helvetica", 10)
    c.drawString(left, h - 96, "Tidewell Town Council  \u2022  Grants of £250 to £1,500")
    c.setFillColor(amber)
    c.circle(w - 60, h - 60, 30, fill=1, stroke=0)
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(w - 60, h - 57, "Closes")
    c.drawCentredString(w - 60, h - 68, "4 Dec")
    c.setFillColorRGB(0, 0, 0)
    y = h - 145
    y = _lines(
        c,
        left,
        y,
        "Cold homes make people ill and lonely. This winter we want more of "
        "Tidewell's halls, churches, libraries and cafés to open their doors "
        "as free, welcoming warm spaces.",
        "Helvetica",
        9.5,
        width,
    )
    y -= 6
    y = _bullets(
        c,
        left,
        y,
        "What the grant can pay for",
        (
            "extra heating and lighting costs while your space is open",
            "hot drinks, soup and simple snacks",
            "activities: games, crafts, a phone-charging point, free Wi-Fi",
            "volunteer travel expenses and DBS check fees",
            "blankets, draught-proofing and small items of equipment",
        ),
        width,
    )
    y -= 5
    y = _bullets(
        c,
        left,
        y,
        "What it can't pay for",
        (
            "costs you have already paid",
            "rent you would be paying anyway",
            "spaces that charge people to come in, or that only members can use",
        ),
        width,
    )
    y -= 5
    c.setFont("Helvetica-Bold", 11)
    c.drawString(left, y, "How to apply")
    y -= 15
    y = _lines(
        c,
        left,
        y,
        "There is no application form. Email warmspaces@tidewell.example.gov."
        "uk with \u201cWarm Spaces\u201d and your group's name in the "
        "subject line. In the body of your email, tell us:",
        "Helvetica",
        9,
        width,
    )
    for text in (
        "the name of your group and a contact name and phone number",
        "where your warm space will be and which days and times it will open",
        "what people will find when they come in",
        "roughly how many people you expect each week",
        "how much you are asking for and what you will spend it on",
    ):
        y = _lines(c, left + 6, y, text, "Helvetica", 9, width - 6, bullet="\u2013")
    y -= 3
    y = _lines(
        c,
        left,
        y,
        "A few short paragraphs are plenty. We would rather hear about your "
        "space in your own words than read a polished bid.",
        "Helvetica-Oblique",
        9,
        width,
    )
    c.setFont("Helvetica", 7)
    c.drawRightString(w - left, 18, "Turn over \u2192")
    c.showPage()

    # page 2
    y = h - 40
    y = _bullets(
        c,
        left,
        y,
        "What to attach to your email",
        (
            "a photo or scan of a bank statement from the last three months, showing your group's "
            "name. For grants this size we do not need to see your accounts.",
            "the public liability insurance certificate for the building (at least £5 million). If "
            "you hire the venue, the owner's certificate is fine.",
            "your constitution or set of rules, unless we have given you a grant since April 2024 "
            "and nothing has changed.",
            "your safeguarding policy, if children, young people or adults at risk will use "
            "the space.",
            "your food business registration with Tidewell District Council, if you will be "
            "cooking hot food on site (hot drinks and packaged snacks don't count).",
        ),
        width,
    )
    y -= 6
    c.setFont("Helvetica-Bold", 11)
    c.drawString(left, y, "Questions people ask")
    y -= 15
    for q, a in (
        (
            "Who can apply?",
            "Voluntary and community groups, charities, faith groups and "
            "parish halls in the Tidewell town council area. Businesses can't "
            "apply, but a café can host a space run by a community group.",
        ),
        (
            "Do we need to find money from elsewhere?",
            "No. We can pay the whole cost of running "
            "your space. Last winter 85% of the "
            "spaces we funded stayed open until "
            "March.",
        ),
        (
            "When will we hear?",
            "Within two weeks of the closing date. We pay 70% of the grant "
            "when we award it and the other 30% when we receive your short "
            "end-of-winter report.",
        ),
        (
            "We're a brand-new group. Can we still apply?",
            "Yes. Open a bank account in the "
            "group's name first, and send a "
            "statement as soon as you have one.",
        ),
    ):
        y = _lines(c, left, y, q, "Helvetica-Bold", 9, width)
        y = _lines(c, left, y, a, "Helvetica", 9, width)
        y -= 4
    y -= 4
    c.setStrokeColor(navy)
    c.line(left, y + 4, w - left, y + 4)
    y -= 8
    for text in (
        "Small print. Grants are paid by bank transfer to an account in the group's name; we "
        "cannot pay individuals. Groups must have an equal opportunities policy or statement; "
        "you do not need to send it. Spaces must be free, open to everyone and accessible, or "
        "tell people in advance if they are not. The grant must be spent by 31 March 2027. We "
        "will use your information to process your application and to list your space on the "
        "Tidewell Warm Spaces map; our privacy notice is at tidewell.example.gov.uk/privacy. "
        "The Town Council's decision is final.",
    ):
        y = _lines(c, left, y, text, "Helvetica", 7, width, lead=8.6)
    c.setFont("Helvetica", 7)
    c.drawString(
        left,
        18,
        "Tidewell Town Council, The Guildhall, Quay Street, Tidewell TD4 "
        "1QA  \u2022  01632 960 722",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Penrhydd


def _penrhydd() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Arts Small Grants 2027 / Grantiau Bach y Celfyddydau 2027")
    c.setAuthor("Penrhydd County Council / Cyngor Sir Penrhydd")
    left = 40
    teal = HexColor("#005A5B")
    form = c.acroForm
    reg, bold = "DejaVu", "DejaVu-Bold"

    def bar(y, en, cy):
        c.setFillColor(teal)
        c.rect(left, y - 6, w - 2 * left, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont(bold, 10.5)
        c.drawString(left + 6, y, en)
        c.setFont(reg, 10.5)
        c.drawString(left + 6 + c.stringWidth(en, bold, 10.5), y, "  /  " + cy)
        c.setFillColor(black)
        return y - 30

    def label(y, en, cy, size=9):
        c.setFont(bold, size)
        c.drawString(left, y, en)
        c.setFont(reg, size - 0.5)
        c.setFillColor(HexColor("#333333"))
        c.drawString(left, y - 11, cy)
        c.setFillColor(black)

    def text(y, en, cy, name, maxlen=None, width=300, tip=True):
        label(y, en, cy)
        kw = {"maxlen": maxlen}  # None: no /MaxLen at all (reportlab defaults to 100)
        form.textfield(
            name=name,
            tooltip=f"{en} / {cy}" if tip else None,
            x=w - left - width,
            y=y - 12,
            width=width,
            height=18,
            borderWidth=1,
            fontName="Helvetica",
            fontSize=9,
            **kw,
        )
        return y - 30

    def box(y, en_lines, cy_lines, name, maxlen=None, height=90, tip=None):
        c.setFont(bold, 9)
        for ln in en_lines:
            c.drawString(left, y, ln)
            y -= 11
        c.setFont(reg, 8.5)
        c.setFillColor(HexColor("#333333"))
        for ln in cy_lines:
            c.drawString(left, y, ln)
            y -= 11
        c.setFillColor(black)
        kw = {"maxlen": maxlen}  # None: no /MaxLen at all (reportlab defaults to 100)
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
            **kw,
        )
        return y - height - 18

    def radios(y, en, cy, name, options, tip):
        label(y, en, cy)
        y -= 26
        x = left + 8
        for value, shown in options:
            form.radio(
                name=name,
                tooltip=tip,
                value=value,
                selected=False,
                x=x,
                y=y - 2,
                size=11,
                buttonStyle="circle",
                borderWidth=1,
            )
            c.setFont(reg, 8.5)
            c.drawString(x + 15, y, shown)
            x += 17 + c.stringWidth(shown, reg, 8.5) + 16
            if x > w - left - 120:
                x, y = left + 8, y - 16
        return y - 24

    # page 1
    c.setFont(bold, 15)
    c.drawString(left, h - 52, "Penrhydd County Council  /  Cyngor Sir Penrhydd")
    c.setFont(bold, 12)
    c.drawString(left, h - 72, "Arts Small Grants 2027: application form")
    c.setFont(reg, 12)
    c.drawString(left, h - 88, "Grantiau Bach y Celfyddydau 2027: ffurflen gais")
    c.setFont(reg, 8.5)
    y = h - 110
    for ln in (
        "Grants of up to £2,000 for artists and arts organisations living or working in Penrhydd. "
        "We can fund up to 90% of the total",
        "cost of your project; at least 10% must come from elsewhere, and this can be in kind. "
        "You may apply in Welsh or English.",
        "Grantiau hyd at £2,000 i artistiaid a sefydliadau celfyddydol sy'n byw neu'n gweithio "
        "ym Mhenrhydd. Gallwn ariannu hyd at",
        "90% o gyfanswm cost eich prosiect; rhaid i o leiaf 10% ddod o rywle arall. Gallwch "
        "wneud cais yn Gymraeg neu yn Saesneg.",
        "Around 60% of last year's grants went to individual artists. / Aeth tua 60% o grantiau "
        "llynedd i artistiaid unigol.",
    ):
        c.drawString(left, y, ln)
        y -= 11
    y -= 12
    y = bar(y, "1. About you", "Amdanoch chi")
    y = text(
        y,
        "Name of applicant (artist or organisation)",
        "Enw'r ymgeisydd (artist neu sefydliad)",
        "Applicant",
        80,
    )
    y = radios(
        y,
        "Are you applying as",
        "Ydych chi'n gwneud cais fel",
        "ApplicantType",
        [
            ("Individual", "An individual artist / Artist unigol"),
            ("Organisation", "An organisation / Sefydliad"),
        ],
        "Applying as / Gwneud cais fel",
    )
    label(y, "Address", "Cyfeiriad")
    form.textfield(
        name="Address",
        tooltip="Address / Cyfeiriad",
        x=w - left - 300,
        y=y - 40,
        width=300,
        height=46,
        borderWidth=1,
        fieldFlags="multiline",
        maxlen=None,
        fontName="Helvetica",
        fontSize=9,
    )
    y -= 58
    y = text(y, "Postcode", "Cod post", "Postcode", 8, 100)
    y = text(y, "Telephone", "Ffôn", "Phone", 15, 160)
    y = text(y, "Email", "E-bost", "Email", 80)
    y = radios(
        y,
        "Preferred language for letters and emails",
        "Dewis iaith ar gyfer llythyrau ac e-byst",
        "Language",
        [("English", "English / Saesneg"), ("Welsh", "Welsh / Cymraeg"), ("Both", "Both / Y ddwy")],
        "Preferred language / Dewis iaith",
    )
    y = radios(
        y,
        "Main artform",
        "Prif ffurf gelfyddydol",
        "Artform",
        [
            ("Visual", "Visual arts / Celf weledol"),
            ("Music", "Music / Cerddoriaeth"),
            ("Theatre", "Theatre / Theatr"),
            ("Dance", "Dance / Dawns"),
            ("Literature", "Literature / Llenyddiaeth"),
            ("Crafts", "Crafts / Crefftau"),
            ("Film", "Film / Ffilm"),
            ("Other", "Other / Arall"),
        ],
        "Main artform / Prif ffurf gelfyddydol",
    )
    y = bar(y, "2. Your project", "Eich prosiect")
    y = text(y, "Project title", "Teitl y prosiect", "Title", 60)
    y = box(
        y,
        [
            "2.1  Describe your project: what you will make or do, with whom, and where. "
            "(up to 250 words)"
        ],
        [
            "Disgrifiwch eich prosiect: beth fyddwch chi'n ei greu neu'n ei wneud, gyda phwy, "
            "a ble. (hyd at 250 gair)"
        ],
        "Describe",
        1500,
        120,
        "Describe your project / Disgrifiwch eich prosiect",
    )
    c.setFont(reg, 7)
    c.drawRightString(w - left, 30, "Page 1 of 3 / Tudalen 1 o 3")
    c.showPage()

    # page 2
    y = h - 50
    y = box(
        y,
        ["2.2  How will your project involve people who live in Penrhydd?"],
        ["Sut bydd eich prosiect yn cynnwys pobl sy'n byw ym Mhenrhydd?"],
        "Involve",
        1200,
        110,
        "Involving people / Cynnwys pobl",
    )
    y = box(
        y,
        ["2.3  How will you use the Welsh language in your project? (150 words)"],
        ["Sut byddwch chi'n defnyddio'r Gymraeg yn eich prosiect? (150 gair)"],
        "Welsh",
        None,
        95,
        "Welsh language / Y Gymraeg",
    )
    y = text(y, "Start date (DD/MM/YYYY)", "Dyddiad dechrau (DD/MM/BBBB)", "StartDate", 10, 110)
    y = text(y, "End date (DD/MM/YYYY)", "Dyddiad gorffen (DD/MM/BBBB)", "EndDate", 10, 110)
    y = text(
        y, "Total cost of the project (£)", "Cyfanswm cost y prosiect (£)", "TotalCost", 7, 110
    )
    y = text(
        y,
        "Amount requested (maximum £2,000)",
        "Swm y gofynnir amdano (uchafswm £2,000)",
        "Requested",
        5,
        110,
    )
    y = radios(
        y,
        "Will anyone under 18 take part?",
        "A fydd unrhyw un dan 18 oed yn cymryd rhan?",
        "Under18",
        [("Yes", "Yes / Bydd"), ("No", "No / Na fydd")],
        "Under 18s / Dan 18 oed",
    )
    y = box(
        y,
        ["2.4  Tell us about any other money or support in kind for this project."],
        ["Dywedwch wrthym am unrhyw arian arall neu gymorth mewn nwyddau ar gyfer y prosiect hwn."],
        "OtherFunding",
        None,
        80,
        "Other funding / Cyllid arall",
    )
    c.setFont(reg, 7)
    c.drawRightString(w - left, 30, "Page 2 of 3 / Tudalen 2 o 3")
    c.showPage()

    # page 3
    y = h - 50
    y = bar(y, "3. Documents", "Dogfennau")
    c.setFont(reg, 8.5)
    c.drawString(
        left,
        y,
        "Tick the documents you are sending with this form. / Ticiwch y "
        "dogfennau rydych chi'n eu hanfon gyda'r ffurflen hon.",
    )
    y -= 20
    docs = [
        (
            "DocWork",
            "Examples of your recent work: up to 5 images or web links (everyone)",
            "Enghreifftiau o'ch gwaith diweddar: hyd at 5 llun neu ddolen (pawb)",
        ),
        (
            "DocBank",
            "A bank statement in the applicant's name from the last 3 months (everyone)",
            "Cyfriflen banc yn enw'r ymgeisydd o'r 3 mis diwethaf (pawb)",
        ),
        (
            "DocCV",
            "CV of the lead artist (individual artists only)",
            "CV y prif artist (artistiaid unigol yn unig)",
        ),
        (
            "DocOrg",
            "Constitution and latest annual accounts (organisations only)",
            "Cyfansoddiad a'r cyfrifon blynyddol diweddaraf (sefydliadau yn unig)",
        ),
        (
            "DocSafe",
            "Safeguarding policy (if anyone under 18 will take part)",
            "Polisi diogelu (os bydd unrhyw un dan 18 oed yn cymryd rhan)",
        ),
    ]
    for name, en, cy in docs:
        form.checkbox(
            name=name, tooltip=en, x=left, y=y - 3, size=11, borderWidth=1, buttonStyle="check"
        )
        c.setFont(bold, 8.5)
        c.drawString(left + 18, y + 4, en)
        c.setFont(reg, 8)
        c.drawString(left + 18, y - 7, cy)
        y -= 28
    y -= 4
    c.setFont(reg, 8)
    for ln in (
        "If your project includes an event open to the public, you must hold public liability "
        "insurance of at least £5 million.",
        "Os yw eich prosiect yn cynnwys digwyddiad sy'n agored i'r cyhoedd, rhaid i chi gael "
        "yswiriant atebolrwydd cyhoeddus o £5 miliwn o leiaf.",
    ):
        c.drawString(left, y, ln)
        y -= 11
    y -= 10
    y = bar(y, "4. Declaration", "Datganiad")
    c.setFont(reg, 8.5)
    for ln in (
        "I confirm that the information in this form is correct, that I will credit Penrhydd "
        "County Council in Welsh and English,",
        "and that I will return any part of the grant not spent on the project.",
        "Rwy'n cadarnhau bod yr wybodaeth yn y ffurflen hon yn gywir, y byddaf yn cydnabod "
        "cefnogaeth Cyngor Sir Penrhydd",
        "yn Gymraeg ac yn Saesneg, ac y byddaf yn ad-dalu unrhyw ran o'r grant na chaiff ei "
        "gwario ar y prosiect.",
    ):
        c.drawString(left, y, ln)
        y -= 11
    y -= 6
    form.checkbox(
        name="Declaration",
        tooltip="I agree / Rwy'n cytuno",
        x=left,
        y=y - 3,
        size=11,
        borderWidth=1,
        buttonStyle="check",
    )
    c.setFont(bold, 8.5)
    c.drawString(left + 18, y, "I agree / Rwy'n cytuno")
    y -= 30
    y = text(
        y,
        "Signature (type your name if signing electronically)",
        "Llofnod (teipiwch eich enw os ydych yn llofnodi'n electronig)",
        "Signature",
        None,
        220,
    )
    y = text(y, "Name in capitals", "Enw mewn priflythrennau", "PrintName", 60, 220)
    y = text(y, "Date", "Dyddiad", "SignDate", 10, 110)
    y -= 10
    c.setFont(reg, 8)
    c.drawString(
        left,
        y,
        "Email this form to celfyddydau@penrhydd.example.cymru or post it to "
        "Arts Team / Tîm y Celfyddydau, County Hall, Penrhydd PR1 2CY.",
    )
    c.setFont(reg, 7)
    c.drawRightString(w - left, 30, "Page 3 of 3 / Tudalen 3 o 3")
    c.showPage()
    c.save()


def main() -> None:
    _brindlecombe()
    _scarrowby()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _pdf_setup()
    _tidewell()
    _penrhydd()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
