"""Regenerate the binary documents of held-out set 10 (Thrushcombe to Quillingham).

A generator in the style of make_corpus9.py for the four binary documents of held-out set 10
in tests/forms/ (their truth files were written blind, before any measurer was run on them),
reusing make_corpus.py's fixed date and make_corpus5.py's Word helpers. It builds only its
own four files and leaves every other file alone (pypdf, a grantcheck dependency, adds the
calculate action to the fillable PDF's total):

- thrushcombe-district-community-grant.docx: a district council form whose items are
  numbered by Word's automatic numbering (w:numPr, no number in the text), limits in
  brackets at the end of each question, answers in block content controls showing
  "Click or tap here to enter text.", check-box content controls, a budget table;
- belsingham-asset-transfer-business-plan.docx: a Community Asset Transfer business plan
  template: Heading 1 / Heading 2 sections, italic "Guidance - delete this text before you
  submit" paragraphs, "[Insert text here]" placeholders, an appendix of documents;
- lanthorne-valley-thriving-communities-prospectus.pdf: a designed two-column prospectus
  (text PDF) as InDesign exports it: letter-spaced small-caps headings, pull-quotes,
  ligature glyphs (U+FB01, U+FB02) in the text, a ballot-box checklist;
- grisedown-community-grant.pdf: a fillable PDF whose fields Acrobat named "Text1",
  "Check Box3" ..., no /TU, multi-line fields without /MaxLen, a read-only calculated
  total, limits printed on the page only.

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus10.py
"""

from __future__ import annotations

from pathlib import Path

from make_corpus import HERE, _normalise_zip  # same folder, same fixed date
from make_corpus5 import _new, _shade  # Word helpers

DOCX = (
    "thrushcombe-district-community-grant.docx",
    "belsingham-asset-transfer-business-plan.docx",
)
PDFS = ("lanthorne-valley-thriving-communities-prospectus.pdf", "grisedown-community-grant.pdf")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
BOX = "\u2610"
PLACEHOLDER = "Click or tap here to enter text."


# --------------------------------------------------------------------------- docx helpers


def _add_numbering(d) -> int:
    """A two-level list (1. then (a)) in numbering.xml; returns its numId."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90">'
        '<w:nsid w:val="5A1C3E90"/><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        "<w:rPr><w:b/></w:rPr></w:lvl>"
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def _numbered(d, text: str, num_id: int, level: int = 0, bold: bool = True):
    """A paragraph numbered by Word (w:numPr): its number is not in its text."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p = d.add_paragraph()
    p.paragraph_format.space_before = None
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    run = p.add_run(text)
    run.bold = bold
    return p


_SDT_ID = [700]


def _control(d, indent_cm: float = 1.0, text: str = PLACEHOLDER) -> None:
    """A block-level rich text content control showing its placeholder, as a plain paragraph."""
    from docx.oxml import parse_xml

    _SDT_ID[0] += 1
    ind = int(indent_cm * 567)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    sdt = parse_xml(
        f'<w:sdt {w}><w:sdtPr><w:id w:val="{_SDT_ID[0]}"/>'
        '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
        "<w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        f'<w:p><w:pPr><w:ind w:left="{ind}"/><w:spacing w:after="240"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
        f"<w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    d.element.body.append(sdt)
    # keep sectPr last
    body = d.element.body
    sect = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    if sect is not None:
        body.remove(sect)
        body.append(sect)


def _ticks(d, options: list[str], indent_cm: float = 1.0) -> None:
    """Check-box content controls (w14:checkbox) inline in one paragraph."""
    from docx.oxml import parse_xml

    w = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    )
    p = d.add_paragraph()
    p.paragraph_format.left_indent = int(indent_cm * 360000)
    for n, opt in enumerate(options):
        _SDT_ID[0] += 1
        p._p.append(
            parse_xml(
                f'<w:sdt {w}><w:sdtPr><w:id w:val="{_SDT_ID[0]}"/>'
                '<w14:checkbox><w14:checked w14:val="0"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                "</w:sdtPr><w:sdtContent><w:r><w:rPr>"
                '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
                f"</w:rPr><w:t>{BOX}</w:t></w:r></w:sdtContent></w:sdt>"
            )
        )
        gap = "     " if n < len(options) - 1 else ""
        p.add_run(f" {opt}{gap}")


def _placeholder_style(d) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    st = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


# --------------------------------------------------------------------------- Thrushcombe


def _thrushcombe() -> None:
    from docx.shared import Cm, Pt

    d = _new(
        "Community Grants Scheme 2027/28 - Application Form",
        "Thrushcombe District Council",
        "Calibri",
    )
    _placeholder_style(d)
    num = _add_numbering(d)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = "Thrushcombe District Council  -  OFFICIAL"
    sec.footer.paragraphs[0].text = "CGS/AF/2027 v1.3   Community Grants Scheme application form"

    t = d.add_paragraph()
    r = t.add_run("Thrushcombe District Council")
    r.bold, r.font.size = True, Pt(18)
    t2 = d.add_paragraph()
    r = t2.add_run("Community Grants Scheme 2027/28")
    r.bold, r.font.size = True, Pt(14)
    d.add_paragraph("Application form for grants between £500 and £7,500")
    d.add_paragraph(
        "Please read the Community Grants Scheme guidance before you fill in this form. Click "
        "in each grey box and type your answer; the box will grow as you type. Where a question "
        "shows a limit in brackets, please keep to it: the assessing officer will stop reading "
        "at the limit. Questions in Part 2 and Part 3 are scored by the Grants Panel."
    )
    d.add_paragraph(
        "If you would like this form in large print, in another language or on paper, "
        "please ring the Community Development Team on 01632 960 418."
    )

    d.add_heading("Part 1: Your organisation", 2)
    for label in (
        "Full name of your organisation",
        "Address, including postcode",
        "Name of main contact",
        "Their position in the organisation",
        "Daytime telephone number",
        "Email address",
    ):
        _numbered(d, label, num)
        _control(d)
    _numbered(d, "What type of organisation are you? (tick one)", num)
    _ticks(d, ["Registered charity", "CIO", "CIC", "Unincorporated association", "Other"])
    _numbered(d, "Charity or company number (if you have one)", num)
    _control(d)
    _numbered(d, "Total income in your last financial year (£)", num)
    _control(d)

    d.add_heading("Part 2: Your project", 2)
    _numbered(d, "Project title (max 10 words)", num)
    _control(d)
    _numbered(
        d,
        "Describe your project: what you will do, where, and who will run it (max 250 words)",
        num,
    )
    _control(d)
    _numbered(
        d,
        "Why is the project needed, and what evidence do you have of that need? "
        "(up to half a page)",
        num,
    )
    _control(d)
    _numbered(d, "Who will benefit from the project?", num)
    _numbered(d, "Roughly how many people will take part or benefit?", num, level=1, bold=False)
    _control(d, 2.0)
    _numbered(
        d,
        "Describe who they are and how you will reach them (max 150 words)",
        num,
        level=1,
        bold=False,
    )
    _control(d, 2.0)
    _numbered(d, "Proposed start date (dd/mm/yyyy)", num)
    _control(d, text="Click or tap to enter a date.")
    _numbered(d, "Proposed finish date (dd/mm/yyyy)", num)
    _control(d, text="Click or tap to enter a date.")
    _numbered(
        d,
        "How will you know the project has made a difference? "
        "(maximum 1,200 characters including spaces)",
        num,
    )
    _control(d)
    _numbered(d, "Is this a new activity for your organisation?", num)
    _ticks(d, ["Yes", "No"])
    _numbered(
        d,
        "If no, tell us how this project differs from what you already do (max 100 words)",
        num,
    )
    _control(d)

    d.add_heading("Part 3: Costs", 2)
    d.add_paragraph(
        "Please list the main items of expenditure. Include VAT only if your organisation "
        "cannot reclaim it."
    )
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for cell, text in zip(
        tb.rows[0].cells, ("Item", "Supplier (if known)", "Cost (£)"), strict=True
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, "D5DCE4")
    for _ in range(6):
        tb.add_row()
    tot = tb.add_row().cells
    tot[0].text = "Total project cost"
    tot[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    _numbered(d, "Amount you are asking the Council for (£)", num)
    _control(d)
    _numbered(
        d,
        "How will you pay for any costs this grant does not cover? (max 150 words)",
        num,
    )
    _control(d)
    _numbered(d, "Have you asked any other funder to support this project?", num)
    _ticks(d, ["Yes", "No", "Not yet"])
    d.add_paragraph(
        "Grants are paid in two instalments: 90% when you accept the offer and the final 10% "
        "when we receive your end-of-grant report. At least 60% of the people who benefit must "
        "live in Thrushcombe district."
    )

    d.add_heading("Part 4: Anything else", 2)
    _numbered(d, "Is there anything else you would like the Grants Panel to know?", num)
    _control(d)

    d.add_heading("Part 5: Supporting documents", 2)
    d.add_paragraph(
        "Please send the following with your form. Tick each one you are enclosing. "
        "We cannot assess your application until we have them all."
    )
    for text in (
        "A copy of your governing document (constitution, trust deed, or memorandum and "
        "articles of association), signed and dated",
        "Your most recent annual accounts. If your organisation is less than a year old and "
        "has no accounts yet, send your last three months' bank statements in their place",
        "Two written quotes for any single item costing more than £1,000",
        "Your safeguarding policy - required if your project involves children, young people "
        "or adults at risk",
    ):
        _ticks(d, [text], 0.3)

    d.add_heading("Part 6: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information in this application is true and complete. I confirm "
        "that the organisation has an equal opportunities policy and a health and safety "
        "policy, both reviewed in the last two years, and holds public liability insurance "
        "with an indemnity limit of not less than £2.5 million for the activities described. "
        "I understand that the Council may recover the grant if it is not used for the "
        "purpose described."
    )
    _ticks(d, ["I agree with the declaration above"], 0.3)
    for label in ("Name", "Position", "Signature (typed name is acceptable)", "Date"):
        p = d.add_paragraph()
        p.add_run(label).bold = True
        _control(d, 0.3, PLACEHOLDER if label != "Date" else "Click or tap to enter a date.")
    d.add_paragraph(
        "Return this form by email to communitygrants@thrushcombe.example.gov.uk by 12 noon on "
        "Friday 28 May 2027."
    )
    d.save(HERE / DOCX[0])


# --------------------------------------------------------------------------- Belsingham


def _guide(d, text: str) -> None:
    from docx.shared import RGBColor

    p = d.add_paragraph()
    r = p.add_run("Guidance \u2013 delete this text before you submit: ")
    r.italic, r.bold = True, True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    r2 = p.add_run(text)
    r2.italic = True
    r2.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)


def _insert(d, text: str = "[Insert text here]") -> None:
    from docx.enum.text import WD_COLOR_INDEX

    p = d.add_paragraph()
    r = p.add_run(text)
    r.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _belsingham() -> None:
    from docx.shared import Cm, Pt

    d = _new(
        "Community Asset Transfer - Business Plan Template",
        "Belsingham Borough Council Estates and Regeneration",
        "Arial",
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.footer.paragraphs[0].text = (
        "Belsingham Borough Council  |  Community Asset Transfer  |  Business plan template "
        "(Stage 2)  |  Version 4, January 2027"
    )
    d.add_heading("Community Asset Transfer", 0)
    p = d.add_paragraph()
    r = p.add_run("Stage 2: Business Plan Template")
    r.bold, r.font.size = True, Pt(16)
    d.add_paragraph(
        "This template is for organisations that have been invited to Stage 2 after the "
        "Council's Asset Transfer Panel approved their Expression of Interest. Your business "
        "plan is the main document the Panel uses to decide whether to transfer the asset, on "
        "what terms, and for how long. Use the headings below and keep to their order, so the "
        "Panel can compare plans. Most plans are 15 to 25 pages long with the appendices."
    )
    _guide(
        d,
        "Text in blue italics tells you what the Panel expects in each section and how long "
        "it should be. Replace each yellow [Insert text here] with your own text and delete "
        "all of the guidance before you send the plan. The Council's Community Asset Transfer "
        "Policy (2025) explains how each section is scored.",
    )

    d.add_heading("Cover sheet", 1)
    for label in (
        "Name of organisation",
        "Legal structure (for example CIO, CIC, company limited by guarantee)",
        "Registered charity and / or company number",
        "Asset applied for (name and address)",
        "Main contact name",
        "Main contact email",
        "Main contact telephone",
        "Date of this plan",
    ):
        p = d.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        r = p.add_run("[Insert text here]")
        from docx.enum.text import WD_COLOR_INDEX

        r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    p = d.add_paragraph()
    p.add_run("Interest sought (delete as appropriate): ").bold = True
    p.add_run("Lease / Licence / Freehold")
    p = d.add_paragraph()
    p.add_run("Length of lease sought, in years: ").bold = True
    r = p.add_run("[Insert text here]")
    from docx.enum.text import WD_COLOR_INDEX

    r.font.highlight_color = WD_COLOR_INDEX.YELLOW

    d.add_heading("1. Executive summary", 1)
    _guide(
        d,
        "A summary of the whole plan on no more than one page. Say who you are, what you "
        "want to do with the asset, who will benefit and how you will pay for it. Most "
        "groups find it easiest to write this section last.",
    )
    _insert(d)

    d.add_heading("2. Your organisation", 1)
    d.add_heading("2.1 Vision, aims and activities", 2)
    _guide(
        d,
        "Explain why your organisation exists, what it does now and what it wants to "
        "achieve in the next five years. Maximum 300 words.",
    )
    _insert(d)
    d.add_heading("2.2 Governance and management", 2)
    _guide(
        d,
        "Describe how your organisation is run: your board, how decisions are made, who will "
        "manage the building day to day, and how you will involve users. Up to 400 words. "
        "You may add a structure chart; it does not count towards the word limit.",
    )
    _insert(d)
    d.add_heading("2.3 Board members and key staff", 2)
    _guide(
        d,
        "List the people who will be responsible for the asset. Add rows if you need to.",
    )
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for cell, text in zip(
        tb.rows[0].cells,
        ("Name", "Role", "Relevant skills or experience", "Years involved"),
        strict=True,
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, "DEEAF6")
    for _ in range(5):
        tb.add_row()
    d.add_paragraph()

    d.add_heading("3. The asset and your proposals", 1)
    d.add_heading("3.1 The asset today", 2)
    _guide(
        d,
        "Describe the building or land as it is now: its condition, how it is used and by "
        "whom, and any problems you know about. There is no word limit for this section, but "
        "please be concise.",
    )
    _insert(d)
    d.add_heading("3.2 What you will do with it", 2)
    _guide(
        d,
        "Set out your plans for the asset: the activities and services you will run, opening "
        "hours, any changes to the building and when they will happen. No more than two sides "
        "of A4.",
    )
    _insert(d)
    d.add_heading("3.3 Community need and support", 2)
    _guide(
        d,
        "Show that local people need and want what you propose. Summarise your consultation "
        "and its results (maximum 750 words) and put the evidence itself in Appendix D.",
    )
    _insert(d)

    d.add_heading("4. Community benefit", 1)
    _guide(
        d,
        "What difference will the transfer make to the community, and how will you measure "
        "it? Refer to the outcomes in Section 4 of the Asset Transfer Policy. 500 words "
        "maximum. The Council may grant a rent discount of up to 100% of market rent where "
        "the community benefit justifies it.",
    )
    _insert(d)

    d.add_heading("5. Financial plan", 1)
    d.add_heading("5.1 Income, costs and assumptions", 2)
    _guide(
        d,
        "Put your five-year income and expenditure forecast in Appendix B (use the Council's "
        "spreadsheet or your own). Here, explain the assumptions behind it: hire charges, "
        "occupancy (most centres aim for at least 70% by year three), grants, staff and "
        "running costs. Up to 400 words.",
    )
    _insert(d)
    d.add_heading("5.2 Paying for repairs and improvements", 2)
    _guide(
        d,
        "How will you pay for the works the building needs, now and over the lease? Name "
        "any funders you have approached. No more than 300 words.",
    )
    _insert(d)

    d.add_heading("6. Risks", 1)
    _guide(
        d,
        "What are the main risks to your plan (for example loss of a key funder, lower "
        "bookings, unexpected repairs) and how will you manage them? Maximum of 400 words.",
    )
    _insert(d)

    d.add_heading("7. If things do not work out", 1)
    _guide(
        d,
        "Tell us what would happen to the asset if your organisation could no longer run "
        "it. 200 words maximum.",
    )
    _insert(d)

    d.add_heading("8. Sign-off", 1)
    d.add_paragraph(
        "This business plan was approved by the board of the organisation named on the cover sheet."
    )
    for label in ("Name of chair", "Signature", "Date of board meeting"):
        p = d.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        r = p.add_run("[Insert text here]")
        r.font.highlight_color = WD_COLOR_INDEX.YELLOW

    d.add_heading("Appendices: supporting documents", 1)
    d.add_paragraph(
        "Send the appendices with your plan, labelled with the letters below. Appendix A, B, "
        "C, D and E are needed from every organisation. The others depend on your proposals."
    )
    for text in (
        "Appendix A - Your governing document (constitution, articles of association or "
        "trust deed), with the asset transfer within its objects.",
        "Appendix B - Five-year income and expenditure forecast (the Council's spreadsheet "
        "template, or your own in the same layout).",
        "Appendix C - Your accounts for the last two financial years, independently examined "
        "or audited. Organisations formed less than two years ago may instead send a "
        "statement of income and expenditure to date, signed by two trustees.",
        "Appendix D - Evidence of community support, including letters of support from at "
        "least two local organisations.",
        "Appendix E - Your health and safety policy.",
        "Appendix F - Your safeguarding policy, where children or adults at risk will use "
        "the building.",
        "Appendix G - Planning permission or pre-application advice, if your proposals "
        "involve changes that need planning consent.",
        "Appendix H - A cost estimate from a quantity surveyor or building contractor for "
        "any works expected to cost over £25,000.",
    ):
        d.add_paragraph(text, style="List Bullet")
    _guide(
        d,
        "A building condition survey is helpful if you have had one done, but we do not "
        "require one: the Council will share its own survey with you. Do not send insurance "
        "certificates now. From the date of transfer you will need buildings insurance and "
        "public liability insurance with cover of at least £10,000,000, and we will ask for "
        "the certificates before the lease is signed.",
    )
    d.add_paragraph(
        "Email your plan and appendices to assettransfer@belsingham.example.gov.uk. The Panel "
        "meets in March, June, September and December."
    )
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- PDFs


def _pdf_setup() -> None:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    for name, file in (
        ("Serif", "DejaVuSerif.ttf"),
        ("SerifB", "DejaVuSerif-Bold.ttf"),
        ("SerifI", "DejaVuSerif-Italic.ttf"),
        ("Sans", "DejaVuSans.ttf"),
        ("SansB", "DejaVuSans-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, DEJAVU + file))


def _ligate(text: str) -> str:
    """Set fi and fl as ligature glyphs, as a designer's layout program does."""
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


class _Columns:
    """Flow paragraphs down two columns of a page, then onto the next page."""

    def __init__(self, c, page_w, page_h, footer):
        self.c, self.w, self.h, self.footer = c, page_w, page_h, footer
        self.margin, self.gutter = 48, 22
        self.col_w = (page_w - 2 * self.margin - self.gutter) / 2
        self.col, self.page = 0, 1
        self.top = page_h - 70
        self.y = self.top

    def x(self) -> float:
        return self.margin + self.col * (self.col_w + self.gutter)

    def need(self, height: float) -> None:
        if self.y - height < 60:
            self.next_col()

    def next_col(self) -> None:
        if self.col == 0:
            self.col, self.y = 1, self.top
        else:
            self.end_page()

    def end_page(self) -> None:
        c = self.c
        c.setFont("Sans", 7)
        c.setFillGray(0.35)
        c.drawString(self.margin, 30, self.footer)
        c.drawRightString(self.w - self.margin, 30, str(self.page))
        c.setFillGray(0)
        c.showPage()
        self.page += 1
        self.col, self.top = 0, self.h - 60
        self.y = self.top

    def para(self, text, font="Serif", size=9.2, lead=12.6, after=6, indent=0, gray=0.0):
        from reportlab.lib.utils import simpleSplit

        lines = simpleSplit(_ligate(text), font, size, self.col_w - indent)
        for line in lines:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.setFillGray(gray)
            self.c.drawString(self.x() + indent, self.y - size, line)
            self.y -= lead
        self.c.setFillGray(0)
        self.y -= after

    def heading(self, text: str) -> None:
        """Letter-spaced small capitals: each letter placed apart, as exported."""
        self.need(34)
        self.y -= 8
        c = self.c
        c.setFillColorRGB(0.55, 0.18, 0.25)
        t = c.beginText(self.x(), self.y - 10)
        t.setCharSpace(2.4)
        for n, word in enumerate(text.split()):
            if n:
                t.setFont("SansB", 8)
                t.textOut(" ")
            t.setFont("SansB", 10.5)
            t.textOut(word[0].upper())
            t.setFont("SansB", 8)  # the faux small capitals of a layout program
            t.textOut(word[1:].upper())
        c.drawText(t)
        c.setFillGray(0)
        self.y -= 22

    def pull(self, quote: str, who: str) -> None:
        from reportlab.lib.utils import simpleSplit

        lines = simpleSplit(_ligate(quote), "SerifI", 13, self.col_w - 16)
        height = len(lines) * 17 + 30
        self.need(height)
        c = self.c
        c.setStrokeColorRGB(0.55, 0.18, 0.25)
        c.setLineWidth(2)
        c.line(self.x(), self.y, self.x(), self.y - height + 10)
        yy = self.y - 14
        c.setFillColorRGB(0.55, 0.18, 0.25)
        for line in lines:
            c.setFont("SerifI", 13)
            c.drawString(self.x() + 12, yy, line)
            yy -= 17
        c.setFont("Sans", 8)
        c.drawString(self.x() + 12, yy - 2, _ligate(who))
        c.setFillGray(0)
        self.y -= height + 8

    def check(self, text: str) -> None:
        from reportlab.lib.utils import simpleSplit

        lines = simpleSplit(_ligate(text), "Serif", 9.2, self.col_w - 16)
        self.need(12.6 * len(lines))
        self.c.setFont("Sans", 10)
        self.c.drawString(self.x(), self.y - 9.5, BOX)
        for line in lines:
            self.need(12.6)
            self.c.setFont("Serif", 9.2)
            self.c.drawString(self.x() + 16, self.y - 9.2, line)
            self.y -= 12.6
        self.y -= 4


def _lanthorne() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Thriving Communities Fund 2027 prospectus")
    c.setAuthor("Lanthorne Valley Community Foundation")
    c.setCreator("Adobe InDesign 19.4 (Macintosh)")
    # cover band
    c.setFillColorRGB(0.55, 0.18, 0.25)
    c.rect(0, h - 250, w, 250, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    t = c.beginText(48, h - 80)
    t.setFont("SansB", 10)
    t.setCharSpace(3)
    t.textOut("LANTHORNE VALLEY COMMUNITY FOUNDATION")
    c.drawText(t)
    c.setFont("SerifB", 34)
    c.drawString(48, h - 140, "Thriving Communities")
    c.drawString(48, h - 180, "Fund 2027")
    c.setFont("Serif", 13)
    c.drawString(48, h - 215, _ligate("Prospectus for applicants: grants of £1,000 to £15,000"))
    c.setFillGray(0)
    cols = _Columns(
        c,
        w,
        h,
        "Lanthorne Valley Community Foundation \u00b7 Registered charity "
        "1184420 \u00b7 Thriving Communities Fund prospectus 2027",
    )
    cols.top = h - 280
    cols.y = cols.top

    cols.heading("Welcome")
    cols.para(
        "For fifteen years the Foundation has put local giving to work in the valley's "
        "towns and villages. This year, thanks to the generosity of the Hartfield family "
        "and 312 individual donors, we have £420,000 to share through the Thriving "
        "Communities Fund. It is our most flexible fund: we are interested in what you want "
        "to do, not in fitting your idea into our boxes."
    )
    cols.para(
        "This prospectus tells you what we fund, who can apply, what to have ready and how we "
        "decide. Please read it all before you start your application."
    )
    cols.pull(
        "\u201cThe grant gave us the confidence to try something we had talked about for "
        "years.\u201d",
        "Sue Ashdown-Pryce, Mellow Street Tenants' Association",
    )
    cols.heading("What we fund")
    cols.para(
        "Grants of £1,000 to £15,000 for projects lasting up to eighteen months that help "
        "people in the Lanthorne Valley to be less isolated, more active, better off, or more "
        "involved in the life of their community. We fund running costs, salaries, volunteer "
        "expenses and small items of equipment. We can fund up to 100% of a project's costs: "
        "there is no need to find money from elsewhere first."
    )
    cols.para(
        "We ask that no more than 15% of a grant is spent on your organisation's general "
        "overheads. In 2025/26, 43% of our grants went to groups with an annual income under "
        "£25,000, and we want that share to grow."
    )
    cols.heading("Who can apply")
    cols.para(
        "Constituted voluntary and community groups, registered charities, charitable "
        "incorporated organisations, community interest companies limited by guarantee, "
        "and parish and town councils working with a community partner. You must have at "
        "least three unrelated people on your committee or board and a bank account in your "
        "organisation's name with two unrelated signatories."
    )
    cols.para(
        "We cannot fund individuals, profit-making businesses, political or religious "
        "activity, or work the state has a duty to pay for."
    )
    cols.pull(
        "\u201cWhy didn't we apply sooner? The team were on the phone with us the same week.\u201d",
        "Rev. Tom Iredale, St Barnabas Community Larder",
    )
    cols.heading("Insurance and policies")
    cols.para(
        "Every group we fund must hold public liability insurance with cover of no less than "
        "£3 million. You do not need to send us the certificate, but we may ask to see it "
        "when we visit."
    )
    cols.para(
        "All groups must have an equality, diversity and inclusion policy. We do not need a "
        "copy; the declaration at the end of the application form asks you to confirm it."
    )
    cols.heading("How to apply")
    cols.para(
        "Apply online at lanthornefoundation.example.org.uk/thrive. The online form has five "
        "sections. In Section 3 you answer four questions about your project: the first has a "
        "limit of 400 words and the others 200 words each. You can save your answers and "
        "come back to them, and you upload your documents in Section 5."
    )
    cols.para(
        "Prefer to talk it through first? Ring Priya or Dafydd on 01632 960 771. We are "
        "happy to look at a draft up to two weeks before the closing date."
    )
    cols.heading("Your checklist")
    cols.para(
        "Before you apply, make sure you have electronic copies (PDF, Word or a clear photo) "
        "of the following. We will not assess an application until we have every document "
        "that applies to you.",
        after=4,
    )
    for text in (
        "Your governing document (constitution, set of rules or articles), signed and dated.",
        "Your most recent financial accounts, independently examined or audited. Groups less "
        "than eighteen months old can send a statement of income and expenditure to date, "
        "approved by two committee members, instead.",
        "A bank statement from the last three months, in your organisation's name.",
        "A reference from someone who knows your work but is not a relative of, or on the "
        "committee with, the person who signs the application.",
        "Your safeguarding policy, if your project involves children, young people or adults "
        "at risk.",
        "Two quotes for any single item of equipment over £2,500.",
    ):
        cols.check(text)
    cols.heading("How we decide")
    cols.para(
        "A panel of local volunteers and trustees meets four weeks after each closing date. "
        "We look at the difference your project will make, how well you know the people it is "
        "for, and whether your costs are realistic. We will tell you our decision by email "
        "within eight weeks of the closing date."
    )
    cols.heading("Key dates")
    cols.para("Round 1 closes: 12 noon, Monday 1 March 2027. Decisions by 30 April.")
    cols.para("Round 2 closes: 12 noon, Monday 6 September 2027. Decisions by 29 October.")
    cols.heading("What we have funded")
    cols.para(
        "Last year we made 61 grants. Among them: a men's cooking club in Over Lanthorne "
        "(£2,400), a flood-resilience group's sandbag store and training (£6,800), a "
        "bilingual storytelling project for families new to the valley (£11,250), and "
        "transport so that 40 older people could get to a weekly lunch club (£3,900)."
    )
    cols.para(
        "Most grants are for one year. About a fifth are for new groups that have never had "
        "a grant before, and we are happy to fund a first project from a group with no track "
        "record if its plans are sound."
    )
    cols.heading("Questions people ask")
    for q, a in (
        (
            "Can we apply if we had a grant last year?",
            "Yes, as long as you have sent us the end-of-grant report for that grant.",
        ),
        (
            "Can we apply to more than one of the Foundation's funds?",
            "Yes, but not for the same costs. Tell us in the application if you have.",
        ),
        (
            "Do we need to be a registered charity?",
            "No. Constituted groups can apply; see Who can apply.",
        ),
        (
            "What if our accounts show large reserves?",
            "Explain why in your application. Unrestricted reserves of more than a year's "
            "running costs may count against you, unless they are set aside for a specific "
            "purpose.",
        ),
    ):
        cols.para(q, font="SerifB", after=2)
        cols.para(a)
    cols.heading("Getting paid and reporting")
    cols.para(
        "We pay grants in full by bank transfer within fourteen days of receiving your signed "
        "offer letter. At the end of the project we ask for a short report and a final "
        "financial statement, and a few photographs if you have them. We may publish a short "
        "profile of your project on our website and in our annual review."
    )
    cols.pull(
        "\u201cWe are interested in what you want to do, not in fitting your idea into our "
        "boxes.\u201d",
        "Helen Marsh-Okafor, Chief Executive",
    )
    cols.para(
        "Lanthorne Valley Community Foundation, The Old Mill Office, Wharf Lane, Lanthorne "
        "LV4 2QT. grants@lanthornefoundation.example.org.uk. Registered charity 1184420. "
        "Company limited by guarantee 11830217.",
        font="Sans",
        size=7.5,
        lead=10,
        gray=0.3,
    )
    cols.end_page()
    c.save()


def _grisedown() -> None:
    """A town council's form as Acrobat's Prepare Form makes it: auto-named fields, no /TU."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    path = HERE / PDFS[1]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Grisedown Town Council Community Grant Application")
    c.setAuthor("Town Clerk")
    form = c.acroForm
    counter = [0]
    left = 50

    def name(kind: str) -> str:
        counter[0] += 1
        return f"{kind}{counter[0]}"

    def text(x, y, wd, ht=16, multi=False, ro=False):
        flags = []
        if multi:
            flags.append("multiline")
        if ro:
            flags.append("readOnly")
        fn = name("Text")
        form.textfield(
            name=fn,
            x=x,
            y=y,
            width=wd,
            height=ht,
            maxlen=None,
            fieldFlags=" ".join(flags),
            borderWidth=0.6,
            borderColor=None,
            fillColor=None,
            fontSize=0 if multi else 10,
            fontName="Helvetica",
        )
        return fn

    def box(x, y):
        fn = name("Check Box")
        form.checkbox(
            name=fn,
            x=x,
            y=y,
            size=11,
            buttonStyle="check",
            borderWidth=0.6,
            fillColor=None,
            fieldFlags="",
        )
        return fn

    def label(x, y, s, size=9.5, font="Helvetica"):
        c.setFont(font, size)
        c.drawString(x, y, s)

    def band(y, s):
        c.setFillColorRGB(0.16, 0.33, 0.2)
        c.rect(left, y - 4, w - 2 * left, 18, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        label(left + 6, y + 1, s, 11, "Helvetica-Bold")
        c.setFillGray(0)

    # page 1
    label(left, h - 60, "GRISEDOWN TOWN COUNCIL", 16, "Helvetica-Bold")
    label(left, h - 80, "Community Grant Application Form 2027-28", 12, "Helvetica-Bold")
    label(left, h - 98, "Please complete every section. Handwritten forms are also accepted.", 9)
    label(
        left,
        h - 110,
        "Guidance on the scheme is on the Council's website; the Town Clerk can help.",
        9,
    )
    band(h - 140, "SECTION A  -  ABOUT YOUR GROUP")
    y = h - 168
    for lab in ("Name of group", "Contact name", "Position in group"):
        label(left, y + 4, lab)
        text(left + 150, y, w - 2 * left - 150)
        y -= 24
    label(left, y + 4, "Address")
    text(left + 150, y - 20, w - 2 * left - 150, 36, multi=True)
    y -= 48
    for lab in ("Postcode", "Telephone", "Email"):
        label(left, y + 4, lab)
        text(left + 150, y, 200)
        y -= 24
    label(left, y + 4, "Is your group a registered charity?")
    label(left + 230, y + 4, "Yes")
    box(left + 252, y + 2)
    label(left + 280, y + 4, "No")
    box(left + 298, y + 2)
    y -= 24
    label(left, y + 4, "If yes, charity number")
    text(left + 150, y, 140)
    y -= 34
    band(y, "SECTION B  -  YOUR PROJECT")
    y -= 30
    label(left, y + 4, "B1  Name of project")
    text(left + 150, y, w - 2 * left - 150)
    y -= 30
    label(left, y, "B2  Describe your project and what it will achieve.", 10, "Helvetica-Bold")
    label(left, y - 12, "(Please keep your answer to around 200 words.)", 8.5, "Helvetica-Oblique")
    text(left, y - 150, w - 2 * left, 130, multi=True)
    y -= 172
    label(
        left,
        y,
        "B3  How will people who live in Grisedown benefit? Please include how many people",
        10,
        "Helvetica-Bold",
    )
    label(left + 22, y - 12, "you expect to reach.", 10, "Helvetica-Bold")
    label(
        left + 22,
        y - 24,
        "(no more than 1,000 characters including spaces)",
        8.5,
        "Helvetica-Oblique",
    )
    text(left, y - 150, w - 2 * left, 118, multi=True)
    label(left, 36, "Page 1 of 3", 8)
    c.showPage()

    # page 2
    y = h - 60
    label(
        left, y, "B4  When and where will the project take place? (50 words)", 10, "Helvetica-Bold"
    )
    text(left, y - 62, w - 2 * left, 52, multi=True)
    y -= 84
    label(
        left,
        y,
        "B5  How will you acknowledge the Town Council's support?",
        10,
        "Helvetica-Bold",
    )
    text(left, y - 62, w - 2 * left, 52, multi=True)
    y -= 84
    label(
        left,
        y + 4,
        "B6  What percentage of the participants will live in the town? (%)",
        10,
        "Helvetica-Bold",
    )
    text(left + 360, y, 60)
    y -= 24
    label(left, y + 4, "B7  Start date", 10, "Helvetica-Bold")
    text(left + 100, y, 90)
    label(left + 220, y + 4, "End date", 10, "Helvetica-Bold")
    text(left + 280, y, 90)
    y -= 36
    band(y, "SECTION C  -  PROJECT COSTS")
    y -= 22
    label(
        left,
        y,
        "List the items you want the grant to pay for. The total is added up for you.",
        9,
    )
    y -= 18
    label(left, y, "Item", 9.5, "Helvetica-Bold")
    label(left + 340, y, "Cost (£)", 9.5, "Helvetica-Bold")
    y -= 22
    costs = []
    for _ in range(4):
        text(left, y, 320)
        costs.append(text(left + 340, y, 100))
        y -= 22
    label(left + 240, y + 4, "TOTAL COST (£)", 9.5, "Helvetica-Bold")
    total = text(left + 340, y, 100, ro=True)
    y -= 28
    label(left, y + 4, "Amount requested from the Town Council (£)")
    text(left + 340, y, 100)
    y -= 24
    label(left, y + 4, "Money from other sources, including your own funds (£)")
    text(left + 340, y, 100)
    y -= 22
    for s in (
        "The Town Council will contribute a maximum of 50 per cent of the total cost of any "
        "project.",
        "The remainder may come from your own funds, other grants or fundraising.",
    ):
        label(left, y, s, 8.5, "Helvetica-Oblique")
        y -= 12
    y -= 14
    band(y, "SECTION D  -  DOCUMENTS")
    y -= 22
    label(left, y, "Please send copies of the following with this form and tick each box.", 9)
    y -= 22
    for s in (
        "Your constitution or set of rules",
        "Your latest annual accounts (if your group is less than a year old, bank "
        "statements for the last 3 months instead)",
        "A quote for every item costing over £500",
        "For events open to the public: your public liability insurance certificate",
        "Groups working with under-18s or vulnerable adults: your safeguarding policy",
    ):
        box(left, y - 2)
        label(left + 18, y, s, 8.8)
        y -= 20
    label(
        left,
        y - 6,
        "Public events must be covered by public liability insurance of at least £5,000,000.",
        8.5,
        "Helvetica-Oblique",
    )
    label(left, 36, "Page 2 of 3", 8)
    c.showPage()

    # page 3
    y = h - 60
    band(y, "SECTION E  -  DECLARATION")
    y -= 26
    for s in (
        "I confirm that the information on this form is correct, that the grant will be used",
        "only for the project described, and that any money not spent will be returned to",
        "the Town Council. I agree to send a short report and receipts within three months",
        "of the end of the project.",
    ):
        label(left, y, s, 9.5)
        y -= 13
    y -= 10
    box(left, y - 2)
    label(left + 18, y, "I agree to the above", 9.5)
    y -= 30
    for lab in ("Signature", "Name (please print)", "Position", "Date"):
        label(left, y + 4, lab)
        text(left + 150, y, 220)
        y -= 26
    y -= 20
    c.setLineWidth(0.8)
    c.rect(left, y - 70, w - 2 * left, 80)
    label(left + 8, y - 4, "FOR OFFICE USE ONLY", 9, "Helvetica-Bold")
    label(
        left + 8, y - 22, "Date received ..........   Ref ..........   Committee date ..........", 9
    )
    label(left + 8, y - 40, "Amount awarded £ ..........   Paid ..........", 9)
    label(
        left,
        y - 100,
        "Return to: The Town Clerk, Grisedown Town Council, The Guildhall, Market Place, "
        "Grisedown GD1 1AA",
        8.5,
    )
    label(left, 36, "Page 3 of 3", 8)
    c.showPage()
    c.save()
    _calculate(path, total, costs)


def _calculate(path: Path, total: str, costs: list[str]) -> None:
    """Make the total a calculated field (Acrobat's AFSimple_Calculate), as Acrobat saves it."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    reader = PdfReader(str(path))
    writer = PdfWriter(clone_from=reader)
    acro = writer._root_object["/AcroForm"]
    target = None
    for ref in acro["/Fields"]:
        f = ref.get_object()
        if f.get("/T") == total:
            target = ref
            js = DictionaryObject(
                {
                    NameObject("/S"): NameObject("/JavaScript"),
                    NameObject("/JS"): TextStringObject(
                        'AFSimple_Calculate("SUM", new Array ('
                        + ", ".join(f'"{n}"' for n in costs)
                        + "));"
                    ),
                }
            )
            f[NameObject("/AA")] = DictionaryObject({NameObject("/C"): js})
    if target is not None:
        acro[NameObject("/CO")] = ArrayObject([target])
    writer._ID = None
    with open(path, "wb") as fh:
        writer.write(fh)


def main() -> None:
    _thrushcombe()
    _belsingham()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _pdf_setup()
    _lanthorne()
    _grisedown()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
