"""Regenerate the binary documents of held-out set 7 (Copperthwaite to Whinfell).

A seventh generator in the style of make_corpus.py, for the eight documents of held-out set
7 in tests/forms/ (their truth files were written blind, before any measurer was run on
them). It builds only its own four files and leaves every other file alone:

- copperthwaite-befriending-itq.docx: a borough council's Invitation to Quote for a small
  community services contract: supplier details, pass/fail questions, an insurance table,
  method statements with weightings and page limits, a pricing schedule, a form of quotation;
- ulverby-parish-grant-form.docx: a parish council form with no tables at all: every item a
  Heading 3 followed by empty bordered paragraphs, page header and footer text, and a real
  Word footnote that holds one question's limit;
- fellhampton-rural-capital-prospectus.pdf: a two-column prospectus (text PDF) for a rural
  capital grant in the Shared Prosperity Fund style, with an intervention rate, outputs and
  outcomes tables and a documents list with conditions;
- quarrington-community-investment-grant.pdf: a fillable two-part form, "Part A: all
  applicants" and "Part B: only if we invite you", with enclosure check boxes, /MaxLen on
  some fields and a date field beside each signature.

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus7.py
"""

from __future__ import annotations

from make_corpus import HERE, _normalise_zip  # same folder, same fixed date
from make_corpus5 import _new, _shade  # the fourth set's Word helpers

DOCX = ("copperthwaite-befriending-itq.docx", "ulverby-parish-grant-form.docx")
PDFS = ("fellhampton-rural-capital-prospectus.pdf", "quarrington-community-investment-grant.pdf")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------- docx helpers


def _grid(d, rows, widths, header=None, fill="D9E2F3", bold_first=False):
    """A Table Grid table; rows are tuples of cell texts; a header row is shaded."""
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
            _shade(cell, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = text
            if bold_first and i == 0 and text:
                cell.paragraphs[0].runs[0].bold = True
    for r in t.rows:
        for cell, w in zip(r.cells, widths, strict=True):
            cell.width = Cm(w)
    d.add_paragraph()
    return t


def _answer_box(d, height_cm: float) -> None:
    """An empty one-cell box for a method statement."""
    from docx.shared import Cm

    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.rows[0].height = Cm(height_cm)
    d.add_paragraph()


def _border(paragraph) -> None:
    """Put a single box border round a paragraph (Word joins adjacent ones into one box)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pPr = paragraph._p.get_or_add_pPr()  # noqa: N806 (python-docx spelling)
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right", "between"):
        if side == "between":
            continue  # no rule between the lines of one answer box
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "4")
        el.set(qn("w:color"), "808080")
        bdr.append(el)
    pPr.append(bdr)


def _footnotes_part(d, notes: list[str]) -> None:
    """Add a real footnotes part (python-docx has no API for it) holding `notes` 1, 2 ..."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = [
        f'<w:footnotes xmlns:w="{W_NS}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for i, text in enumerate(notes, start=1):
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}'
            "</w:t></w:r></w:p></w:footnote>"
        )
    body.append("</w:footnotes>")
    part = Part(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        "".join(body).encode("utf-8"),
        d.part.package,
    )
    d.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, number: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )
    )


# --------------------------------------------------------------------------- Copperthwaite


def _copperthwaite() -> None:
    d = _new("Invitation to Quote CBC/ITQ/2027/014", "Copperthwaite Borough Council", "Arial")
    sec = d.sections[0]
    sec.header.paragraphs[
        0
    ].text = "Copperthwaite Borough Council \u2013 Procurement Services \u2013 OFFICIAL"
    sec.footer.paragraphs[0].text = "ITQ ref. CBC/ITQ/2027/014 \u2013 Community Befriending Service"
    d.add_heading("Invitation to Quote (ITQ)", level=0)
    d.add_paragraph("Community Befriending Service for Older Residents").runs[0].bold = True
    _grid(
        d,
        [
            ("Reference", "CBC/ITQ/2027/014"),
            (
                "Contract period",
                "1 April 2027 to 31 March 2029, with an option to extend by 12 months",
            ),
            (
                "Estimated contract value",
                "\u00a345,000 per year (\u00a390,000 over the initial term)",
            ),
            ("Procedure", "Request for quotation below the threshold of the Procurement Act 2023"),
            ("Deadline for quotations", "12 noon on Monday 11 January 2027"),
            ("Deadline for clarification questions", "12 noon on Monday 4 January 2027"),
        ],
        (5.5, 11.0),
        bold_first=True,
    )

    d.add_heading("Section 1 \u2013 Instructions to suppliers", level=1)
    for text in (
        "1.1 Copperthwaite Borough Council (\u201cthe Council\u201d) invites quotations for a "
        "befriending service that reduces loneliness among residents aged 65 and over. The "
        "specification is at Annex 1 and the Council\u2019s standard terms for services at "
        "Annex 2.",
        "1.2 Any clarification questions must be submitted through the Council\u2019s "
        "e-tendering portal before the deadline above. Questions and answers will be shared "
        "with all suppliers without identifying who asked them. Do not contact officers or "
        "members about this ITQ.",
        "1.3 Quotations will be evaluated on the most economically advantageous basis: "
        "quality 60% and price 40%. Quality is scored from the method statements in "
        "Section 5; price is scored by dividing the lowest compliant price by your price and "
        "multiplying by 40.",
        "1.4 A quotation that fails any pass/fail question in Section 3 will not be evaluated "
        "further. TUPE is not expected to apply, as this is a new service.",
        "1.5 Complete every section of this document in Arial 11 point. Return it as a Word "
        "or PDF file through the portal, together with the documents listed in Section 7.",
    ):
        d.add_paragraph(text)

    d.add_heading("Section 2 \u2013 Supplier information", level=1)
    _grid(
        d,
        [
            ("2.1", "Full legal name of the organisation", ""),
            ("2.2", "Trading name (if different)", ""),
            ("2.3", "Registered office address", ""),
            ("2.4", "Company or charity registration number", ""),
            ("2.5", "Name of the person responsible for this quotation", ""),
            ("2.6", "Telephone", ""),
            ("2.7", "Email", ""),
            ("2.8", "VAT registration number (if registered)", ""),
        ],
        (1.2, 7.3, 8.0),
        header=("Ref", "Information required", "Supplier response"),
    )

    d.add_heading("Section 3 \u2013 Pass/fail questions", level=1)
    d.add_paragraph(
        "Answer Yes or No to each question. A \u201cNo\u201d to 3.1, 3.2 or 3.4, or a "
        "\u201cYes\u201d to 3.3, will mean that your quotation is not evaluated further."
    )
    _grid(
        d,
        [
            (
                "3.1",
                "Do you hold, or will you hold by the start of the contract, the insurance "
                "cover set out in the table below?",
                "",
            ),
            (
                "3.2",
                "Do you have a safeguarding adults policy that meets the standards of the "
                "Copperthwaite Safeguarding Adults Board? A copy must be returned with your "
                "quotation.",
                "",
            ),
            (
                "3.3",
                "Has your organisation, or any of its directors or trustees, been convicted of "
                "an offence listed in Schedule 6 of the Procurement Act 2023?",
                "",
            ),
            (
                "3.4",
                "Will you pay all staff working on this contract at least the Real Living Wage?",
                "",
            ),
        ],
        (1.2, 12.3, 3.0),
        header=("Ref", "Question", "Yes / No"),
    )
    d.add_paragraph("Insurance required for this contract").runs[0].bold = True
    _grid(
        d,
        [
            ("Public liability", "\u00a35,000,000 for any one claim", "All suppliers"),
            (
                "Employer\u2019s liability",
                "\u00a310,000,000 for any one claim",
                "Suppliers who employ staff (a legal requirement)",
            ),
            ("Professional indemnity", "\u00a31,000,000 in the aggregate", "All suppliers"),
        ],
        (4.0, 6.5, 6.0),
        header=("Type of insurance", "Minimum level of cover", "Who must hold it"),
    )
    d.add_paragraph(
        "Return a copy of the current certificate for each type of insurance you are required "
        "to hold. Cover must be kept in place for the whole contract period and, for "
        "professional indemnity, for six years after it ends."
    )

    d.add_heading("Section 4 \u2013 Economic and financial standing", level=1)
    d.add_paragraph(
        "4.1 Please provide the last two years\u2019 accounts for your organisation. These may be "
        "audited, independently examined or unaudited accounts approved by your board or "
        "management committee, whichever your organisation is required by law to produce. "
        "If you have been trading for less than two years, send management accounts for the "
        "period you have traded instead."
    )
    _grid(
        d,
        [("4.2", "Turnover in your most recent complete financial year (\u00a3)", "")],
        (1.2, 9.3, 6.0),
    )

    d.add_heading("Section 5 \u2013 Quality: method statements (60%)", level=1)
    d.add_paragraph(
        "Each method statement is scored from 0 to 5 using the scale below and multiplied by "
        "its weighting. Keep to the length given for each one: anything beyond it will not "
        "be read. Appendices will not be read unless a method statement asks for one."
    )
    _grid(
        d,
        [
            ("5", "Excellent", "Fully meets the requirement, with strong, relevant evidence"),
            ("3", "Good", "Meets the requirement, with some evidence"),
            ("1", "Poor", "Partly meets the requirement; significant gaps"),
            ("0", "Unacceptable", "No response, or does not meet the requirement"),
        ],
        (1.5, 3.5, 11.5),
        header=("Score", "Descriptor", "Meaning"),
    )
    statements = [
        (
            "MS1 Service delivery \u2013 weighting 25% \u2013 maximum 2 sides of A4",
            "Describe how you will deliver the befriending service across the borough, "
            "including how referrals will be received, how volunteers will be matched with "
            "residents and how you will reach people who do not ask for help.",
            12.0,
        ),
        (
            "MS2 Safeguarding and quality \u2013 weighting 15% \u2013 maximum 1 side of A4",
            "Explain how you will keep residents safe and how you will check the quality of "
            "visits and telephone calls.",
            8.0,
        ),
        (
            "MS3 Staffing and volunteers \u2013 weighting 10% \u2013 maximum 500 words",
            "Set out the staff and volunteer structure you will use, with the hours each role "
            "will give to the contract, and how volunteers will be recruited, trained and "
            "supported.",
            8.0,
        ),
        (
            "MS4 Social value \u2013 weighting 5% \u2013 maximum 300 words",
            "What additional social value will you deliver for Copperthwaite residents over "
            "the life of the contract, and how will you report it?",
            6.0,
        ),
        (
            "MS5 Experience \u2013 weighting 5% \u2013 maximum 1 side of A4",
            "Give an example of a similar service you have delivered in the last three years, "
            "and what you learned from it.",
            8.0,
        ),
    ]
    for head, prompt, height in statements:
        d.add_heading(head, level=2)
        d.add_paragraph(prompt)
        _answer_box(d, height)

    d.add_heading("Section 6 \u2013 Price (40%)", level=1)
    d.add_paragraph(
        "Give a fixed price for each year, including all costs and excluding VAT. The Council "
        "will not pay more than the estimated contract value; a price above it will be "
        "rejected."
    )
    _grid(
        d,
        [
            ("Year 1: 1 April 2027 to 31 March 2028", ""),
            ("Year 2: 1 April 2028 to 31 March 2029", ""),
            ("Optional extension: 1 April 2029 to 31 March 2030", ""),
            ("Total price for the initial two years", ""),
        ],
        (11.0, 5.5),
        header=("Period", "Price (\u00a3, excluding VAT)"),
    )
    d.add_paragraph(
        "Conflicts of interest. Please give details of any actual or potential conflict of "
        "interest in delivering this contract, including any relationship with a councillor "
        "or officer of the Council. If there are none, write \u201cNone\u201d."
    )
    _answer_box(d, 3.0)

    d.add_heading("Section 7 \u2013 Documents to return with your quotation", level=1)
    for text in (
        "a) This ITQ, with every section completed.",
        "b) Your accounts for the last two financial years (see 4.1).",
        "c) Certificates for public liability and professional indemnity insurance, and for "
        "employer\u2019s liability insurance if you employ staff.",
        "d) Your safeguarding adults policy (see 3.2).",
        "e) Your equality and diversity policy.",
        "f) Your data protection policy, showing how you will meet UK GDPR when you hold "
        "residents\u2019 personal data.",
        "g) Two references from organisations for which you have delivered a similar service "
        "in the last three years.",
        "h) If you propose to deliver the service with volunteers, your volunteer policy.",
    ):
        d.add_paragraph(text)
    d.add_paragraph(
        "Please do not send DBS certificates now. The successful supplier will be asked before "
        "the contract starts to show that everyone visiting residents has an enhanced DBS "
        "check."
    )

    d.add_heading("Section 8 \u2013 Form of quotation", level=1)
    d.add_paragraph(
        "I/We offer to provide the Community Befriending Service in accordance with the "
        "specification and the Council\u2019s terms for the prices in Section 6. This offer "
        "remains open for 90 days from the deadline for quotations. I confirm that the "
        "information given is accurate and that I am authorised to sign for the organisation."
    )
    _grid(
        d,
        [
            ("Signature", ""),
            ("Name", ""),
            ("Position", ""),
            ("For and on behalf of", ""),
            ("Date", ""),
        ],
        (5.0, 11.5),
        bold_first=True,
    )
    d.save(HERE / DOCX[0])


# --------------------------------------------------------------------------- Ulverby


def _ulverby() -> None:
    from docx.shared import Pt

    d = _new("Community Grant Application 2027-28", "Ulverby Parish Council", "Georgia")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ulverby Parish Council"
    sec.footer.paragraphs[0].text = (
        "Community Grant Application Form CG1 \u2013 revised March 2027 \u2013 "
        "Clerk: Mrs J. Rowntree, The Old School, Ulverby"
    )
    _footnotes_part(
        d,
        [
            "Please keep your answer to this question to no more than 150 words. Councillors "
            "read every application aloud at the meeting.",
            "For example a grant from another council, a charity or a local business.",
        ],
    )

    def h3(text: str, note: int | None = None):
        p = d.add_heading(text, level=3)
        if note:
            _footnote_ref(p, note)
        return p

    def box(lines: int, texts: tuple[str, ...] = ()) -> None:
        for i in range(lines):
            p = d.add_paragraph(texts[i] if i < len(texts) else "")
            _border(p)

    def note(text: str) -> None:
        p = d.add_paragraph()
        run = p.add_run(text)
        run.italic = True
        run.font.size = Pt(10)

    d.add_heading("Community Grant Application 2027\u201328", level=1)
    d.add_paragraph(
        "The Parish Council sets aside a sum each year to help voluntary and community groups "
        "whose work benefits people living in Ulverby. Grants are usually between \u00a3100 and "
        "\u00a31,500. We expect you to find at least a quarter of the total cost yourselves "
        "or from other funders; the Council will not pay for the whole of a project."
    )
    d.add_paragraph(
        "Type or write your answers in the boxes. If you are typing, the boxes will grow as "
        "you write. Applications are considered at the Council\u2019s meetings in June and "
        "November; the closing date for each is the last Friday of the month before."
    )
    h3("Do you need help with this form?")
    d.add_paragraph(
        "The Clerk is happy to go through the form with you. Telephone 01632 960 418 on "
        "Tuesday or Thursday mornings, or email clerk@ulverby-pc.example.gov.uk."
    )

    d.add_heading("Part 1 \u2013 Your group", level=2)
    h3("1. Name of your group or organisation")
    box(1)
    h3("2. Name of the person we should contact")
    box(1)
    h3("3. Their position in the group (for example secretary)")
    box(1)
    h3("4. Address for letters")
    box(3)
    h3("5. Daytime telephone number")
    box(1)
    h3("6. Email address")
    box(1)
    h3("7. Does your group have a written constitution or set of rules?")
    note("Please delete one.")
    box(1, ("Yes / No",))
    h3("8. When was the group formed?")
    box(1)

    d.add_heading("Part 2 \u2013 Your project", level=2)
    h3("9. What is your project, and what exactly will the grant pay for?")
    note("No more than 300 words, please.")
    box(8)
    h3("10. Who will benefit from the project, and roughly how many people?", note=1)
    box(6)
    h3("11. How have people in the village been involved in planning it?")
    box(6)
    h3("12. Tell us how you will know whether the project has worked")
    note("Up to 200 words.")
    box(6)
    h3("13. When will the project start and finish?")
    box(2, ("Start date:", "Finish date:"))

    d.add_heading("Part 3 \u2013 Money", level=2)
    h3("14. Total cost of the project (\u00a3)")
    box(1)
    h3("15. How much are you asking the Parish Council for? (\u00a3)")
    box(1)
    h3("16. Where will the rest of the money come from?", note=2)
    box(4)

    d.add_heading("Part 4 \u2013 What to send with this form", level=2)
    d.add_paragraph("Please send us:")
    for text in (
        "a copy of your group\u2019s constitution or rules;",
        "your most recent annual accounts, or, if your group has not yet completed a full "
        "year, copies of your last three bank statements instead;",
        "a quotation for any single item that costs more than \u00a3250;",
        "your safeguarding policy, if your project involves children, young people or "
        "vulnerable adults.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "Your group must have public liability insurance with cover of at least \u00a32 million. "
        "You do not need to send us the certificate, but we may ask to see it."
    )

    d.add_heading("Part 5 \u2013 Declaration", level=2)
    d.add_paragraph(
        "I confirm that the information on this form is correct, that any grant will be used "
        "only for the project described, and that the group will return any money not spent "
        "on it. I understand that the Parish Council\u2019s decision is final."
    )
    h3("Signed")
    box(1)
    h3("Name (in capitals)")
    box(1)
    h3("Date")
    box(1)
    note("For office use: received ........  Minute ref. ........  Amount awarded \u00a3 ........")
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- pdf


def _fellhampton() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    w, h = A4
    gap, margin = 0.8 * cm, 1.8 * cm
    col = (w - 2 * margin - gap) / 2
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.2, leading=12, spaceAfter=5)
    head = ParagraphStyle(
        "h",
        fontName="Helvetica-Bold",
        fontSize=12,
        leading=15,
        spaceBefore=6,
        spaceAfter=4,
        textColor=colors.HexColor("#2E5E3B"),
    )
    sub = ParagraphStyle("s", parent=head, fontSize=10, leading=13, spaceBefore=4)
    bullet = ParagraphStyle("l", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
    small = ParagraphStyle("t", parent=body, fontSize=8, leading=10, spaceAfter=0)
    title = ParagraphStyle(
        "T",
        fontName="Helvetica-Bold",
        fontSize=20,
        leading=24,
        textColor=colors.HexColor("#2E5E3B"),
    )

    def footer(c, doc) -> None:
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(
            margin,
            1.0 * cm,
            "Fellhampton District Council \u2013 Rural Capital Grants Prospectus 2027",
        )
        c.drawRightString(w - margin, 1.0 * cm, f"Page {doc.page}")
        c.restoreState()

    frames = [
        Frame(margin, 1.6 * cm, col, h - 3.4 * cm, id="left"),
        Frame(margin + col + gap, 1.6 * cm, col, h - 3.4 * cm, id="right"),
    ]
    doc = BaseDocTemplate(
        str(HERE / PDFS[0]),
        pagesize=A4,
        title="Rural Capital Grants Prospectus 2027",
        author="Fellhampton District Council",
    )
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=footer)])

    def table(rows, widths):
        t = Table([[Paragraph(x, small) for x in r] for r in rows], colWidths=widths)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCEBDD")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    s: list = [
        Paragraph("Rural Capital Grants 2027", title),
        Spacer(1, 4),
        Paragraph("Prospectus for applicants", sub),
        Paragraph(
            "Funded by the UK Government through the Rural England Prosperity Fund (REPF), a "
            "rural top-up to the UK Shared Prosperity Fund (UKSPF), and delivered by "
            "Fellhampton District Council.",
            body,
        ),
        Paragraph("1. About the fund", head),
        Paragraph(
            "Fellhampton has \u00a3640,000 of capital funding to invest in rural businesses "
            "and community infrastructure during 2027. Grants of between \u00a35,000 and "
            "\u00a350,000 are available for capital items only: equipment, building works, "
            "and improvements to land. Revenue costs such as salaries, rent and running costs "
            "cannot be funded.",
            body,
        ),
        Paragraph(
            "The fund supports the two REPF priorities: supporting new and existing rural "
            "businesses to develop new products and facilities, and supporting the rural "
            "economy through community infrastructure. Projects must be complete, and the "
            "grant claimed, by 31 March 2028.",
            body,
        ),
        Paragraph("2. Intervention rate", head),
        Paragraph(
            "The maximum intervention rate is 80% of total eligible project costs. This means "
            "the grant can pay for up to 80% of what you spend on eligible items, and you must "
            "find the remaining 20% from your own resources or from other funders (this is "
            "your match funding). Match funding must be in cash: volunteer time and donated "
            "materials cannot be counted.",
            body,
        ),
        Paragraph(
            "Example: a village hall committee replacing a kitchen at a total eligible cost of "
            "\u00a320,000 could receive a grant of up to \u00a316,000 and would need to find "
            "at least \u00a34,000 itself.",
            body,
        ),
        Paragraph("3. Who can apply?", head),
        Paragraph(
            "Businesses, social enterprises, charities, community groups, parish and town "
            "councils based in, and delivering the project in, the rural parts of "
            "Fellhampton District (the rural wards and the market towns of Cressley and "
            "Barnholme). Businesses must have fewer than 250 employees.",
            body,
        ),
        Paragraph("Is my project eligible?", sub),
        Paragraph(
            "Your project must be capital, must be in the eligible area, and must deliver at "
            "least one of the outputs in section 5. It must not have started before a grant "
            "offer is signed: we cannot pay for anything bought or ordered before then.",
            body,
        ),
        Paragraph("What we cannot fund", sub),
    ]
    for text in (
        "items that replace like for like without any improvement;",
        "vehicles for road use, unless they are specialist (for example a mobile shop);",
        "housing, or work to private homes;",
        "costs that you can recover as VAT;",
        "projects that would go ahead anyway without the grant.",
    ):
        s.append(Paragraph(text, bullet, bulletText="\u2022"))
    s += [
        Paragraph("4. Subsidy control", head),
        Paragraph(
            "Grants to businesses are subsidies under the Subsidy Control Act 2022. Most "
            "grants will be given as Minimal Financial Assistance (MFA): you may receive up to "
            "\u00a3315,000 of MFA over three financial years, and you must tell us about any "
            "you have had.",
            body,
        ),
        Paragraph("5. Outputs and outcomes", head),
        Paragraph(
            "Every project must report against the outputs and outcomes below. The figures "
            "are what the fund as a whole aims to achieve, not targets for your project.",
            body,
        ),
        table(
            [
                ["Output", "Unit", "Fund target"],
                ["Number of businesses receiving grants", "number", "20"],
                ["Number of rural businesses adopting new technologies", "number", "12"],
                ["Amount of commercial buildings developed or improved", "m\u00b2", "1,500"],
                ["Number of community facilities improved", "number", "8"],
                ["Jobs created", "FTE", "18"],
            ],
            [4.4 * cm, 1.7 * cm, 1.9 * cm],
        ),
        Spacer(1, 6),
        table(
            [
                ["Outcome", "Measure", "By March 2028"],
                ["Increased footfall at improved facilities", "% change", "15% increase"],
                ["Jobs safeguarded", "FTE", "30"],
                ["Increased use of community facilities", "% change", "20% increase"],
                ["Businesses with improved productivity", "number", "10"],
            ],
            [4.4 * cm, 1.7 * cm, 1.9 * cm],
        ),
        Spacer(1, 4),
        Paragraph(
            "At least 60% of the fund is expected to go to business projects, and up to 40% "
            "to community infrastructure.",
            body,
        ),
        Paragraph("6. How to apply", head),
        Paragraph(
            "There are two stages. At Stage 1 you complete a short online expression of "
            "interest (EOI). It asks for your contact details, the amount you need and a "
            "summary of your project in up to 250 words, and tells you within ten working "
            "days whether to go on to Stage 2.",
            body,
        ),
        Paragraph(
            "At Stage 2 you complete the full application online. It asks how the project will "
            "be delivered, why it needs public money, what it will achieve and how it will be "
            "kept up once the grant has been spent, with a limit of 500 words for each answer. "
            "An officer will visit larger projects before the panel meets.",
            body,
        ),
        Paragraph("7. Documents you will need at Stage 2", head),
        Paragraph(
            "Have these ready to upload when you complete the full application. We cannot "
            "assess an application until all the documents that apply to you have arrived.",
            body,
        ),
    ]
    for text in (
        "<b>Accounts:</b> your last two years\u2019 accounts. They do not need to be audited. "
        "If you have been trading for less than two years, send six months of business bank "
        "statements instead.",
        "<b>Quotes:</b> for every item you want the grant to pay for, one written quote for "
        "items under \u00a35,000 and three for items of \u00a35,000 or more.",
        "<b>Subsidy control declaration:</b> signed, on our template, listing any public "
        "subsidy you have received in the last three years.",
        "<b>Environmental policy:</b> your environmental policy, or a short statement of how "
        "you keep down your organisation\u2019s environmental impact.",
        "<b>Land and buildings:</b> if the project involves work to land or a building, proof "
        "that you own it, or a lease with at least five years left to run.",
        "<b>Planning:</b> planning permission or building regulations approval, where the "
        "work needs it.",
        "<b>Business plan:</b> applications for more than \u00a325,000 only \u2013 a business "
        "plan covering at least the next three years.",
    ):
        s.append(Paragraph(text, bullet, bulletText="\u2022"))
    s += [
        Paragraph(
            "You must hold public liability insurance of at least \u00a35 million for the five "
            "years after the project is completed. You do not need to send the certificate "
            "with your application; we will check it before we pay the grant.",
            body,
        ),
        Paragraph("8. How we decide", head),
        Paragraph(
            "Applications are scored by officers against four criteria: strategic fit (30%), "
            "deliverability (30%), value for money (25%) and sustainability (15%). A panel of "
            "councillors and business representatives makes the decision. Grants are paid in "
            "arrears against invoices, and we can pay in up to three instalments.",
            body,
        ),
        Paragraph("9. Key dates", head),
        table(
            [
                ["What happens", "When"],
                ["Expressions of interest open", "1 February 2027"],
                ["Last date for expressions of interest", "30 April 2027"],
                ["Last date for full applications", "11 June 2027"],
                ["Panel decisions", "July 2027"],
                ["Projects complete and final claim made", "31 March 2028"],
            ],
            [4.9 * cm, 3.4 * cm],
        ),
        Spacer(1, 6),
        Paragraph("10. After you receive a grant", head),
        Paragraph(
            "You will sign a grant funding agreement. You must keep the items bought with the "
            "grant, and use them for the purpose agreed, for at least five years; if you sell "
            "them in that time you may have to repay some or all of the grant. You will report "
            "on your outputs and outcomes six months and twelve months after completion, and "
            "acknowledge the fund on signs and publicity using the official logos.",
            body,
        ),
        Paragraph("11. Questions applicants often ask", head),
        Paragraph("Can I apply for more than one project?", sub),
        Paragraph(
            "Yes, but each project needs its own expression of interest, and the total grant to "
            "one organisation cannot be more than £50,000.",
            body,
        ),
        Paragraph("Can I include VAT?", sub),
        Paragraph(
            "Only if you cannot recover it. If you are not registered for VAT, tell us in your "
            "application and include it in your costs.",
            body,
        ),
        Paragraph("What if my costs go up?", sub),
        Paragraph(
            "We cannot increase a grant once it has been offered. Build a contingency of up "
            "to 10% into your costs, which counts as an eligible cost.",
            body,
        ),
        Paragraph("Do I need to pay the grant back?", sub),
        Paragraph(
            "Not if you deliver the project as agreed and keep to the conditions of the "
            "grant funding agreement.",
            body,
        ),
        Paragraph("12. Contact", head),
        Paragraph(
            "Economic Development Team, Fellhampton District Council, Market Street, "
            "Fellhampton. Email ruralgrants@fellhampton.example.gov.uk or telephone 01632 "
            "960 772.",
            body,
        ),
    ]
    doc.build(s)


def _quarrington() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    left = 50
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Community Investment Grant application")
    c.setAuthor("Quarrington Town Council")
    c.setSubject("Two-part application form")
    page = [1]

    def footer() -> None:
        c.setFont("Helvetica", 7.5)
        c.drawString(left, 25, "Quarrington Town Council \u2013 Community Investment Grant 2027")
        c.drawRightString(w - left, 25, f"Page {page[0]} of 3")

    def new_page() -> float:
        footer()
        c.showPage()
        page[0] += 1
        return h - 55

    def text(x: float, y: float, lines: list[str], size: float = 9.5, font="Helvetica"):
        c.setFont(font, size)
        for line in lines:
            c.drawString(x, y, line)
            y -= size + 3.5
        return y

    def bar(y: float, label: str) -> float:
        c.setFillColor(HexColor("#1F4E79"))
        c.rect(left, y - 6, w - 2 * left, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left + 6, y, label)
        c.setFillColor(black)
        return y - 26

    def tf(name, tip, x, y, width, height=16, maxlen=None, multiline=False):
        c.acroForm.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            maxlen=maxlen,
            fieldFlags="multiline" if multiline else "",
            borderColor=black,
            fillColor=white,
            textColor=black,
            forceBorder=True,
            fontSize=9,
        )

    def row(y, label, name, maxlen=None, width=300, height=16, multiline=False):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y + 4, label)
        tf(name, label, w - left - width, y - height + 16, width, height, maxlen, multiline)
        return y - height - 8

    def tick(name, tip, x, y):
        c.acroForm.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            size=11,
            borderColor=black,
            fillColor=white,
            forceBorder=True,
        )

    def radios(y, label, name, options):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y + 2, label)
        x = left + 250
        for opt in options:
            c.acroForm.radio(
                name=name,
                value=opt.lower().replace(" ", "_"),
                tooltip=f"{label} {opt}",
                x=x,
                y=y,
                size=11,
                buttonStyle="circle",
                borderColor=black,
                fillColor=white,
                forceBorder=True,
            )
            c.drawString(x + 15, y + 2, opt)
            x += 15 + c.stringWidth(opt, "Helvetica", 9.5) + 14
        return y - 22

    def question(y, label_lines, name, maxlen, height):
        y = text(left, y, label_lines, font="Helvetica-Bold", size=9.5)
        tf(name, " ".join(label_lines), left, y - height + 8, w - 2 * left, height, maxlen, True)
        return y - height - 6

    # ---- page 1
    y = h - 55
    c.setFont("Helvetica-Bold", 16)
    c.drawString(left, y, "Quarrington Town Council")
    y -= 20
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, y, "Community Investment Grant 2027 \u2013 Application Form")
    y -= 18
    y = text(
        left,
        y,
        [
            "This form has two parts. Everyone completes Part A. We read every Part A and",
            "invite the strongest ideas to complete Part B within four weeks; please do not",
            "fill in Part B unless we write to invite you. Grants are from \u00a32,000 to",
            "\u00a310,000. The Council will fund up to 60% of the cost of a project, so you must",
            "raise at least 40% from other sources (which may include your own reserves).",
        ],
    )
    y -= 6
    y = bar(y, "PART A: ALL APPLICANTS")
    y = row(y, "A1  Name of organisation", "A1_OrgName", 100)
    y = row(y, "A2  Contact name", "A2_Contact", 60)
    y = row(y, "A3  Address", "A3_Address", None, height=40, multiline=True)
    y = row(y, "A4  Postcode", "A4_Postcode", 8, width=90)
    y = row(y, "A5  Telephone", "A5_Phone", 15, width=140)
    y = row(y, "A6  Email", "A6_Email", 80)
    y = radios(y, "A7  Type of organisation", "A7_OrgType", ["Charity", "CIO", "CIC", "Other"])
    y = row(y, "A8  Project title", "A8_Title", 80)
    y = row(y, "A9  Total cost of the project (\u00a3)", "A9_TotalCost", 7, width=110)
    y = row(y, "A10  Amount you are asking for (\u00a3)", "A10_Requested", 7, width=110)
    y -= 4
    y = question(
        y, ["A11  Briefly describe your project. (up to 150 words)"], "A11_Describe", 900, 120
    )
    y = question(y, ["A12  Why is it needed in Quarrington?"], "A12_Need", 1200, 130)
    y = new_page()

    # ---- page 2
    y = text(
        left,
        y,
        [
            "Documents to send with Part A: a copy of your constitution or set of rules; and your",
            "latest annual accounts, which need not be audited but must be signed by two members",
            "of your committee. Groups formed less than 12 months ago may send their most recent",
            "bank statement instead of accounts.",
        ],
    )
    y -= 4
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(left, y, "Please tick what you have enclosed with Part A:")
    y -= 18
    for i, label in enumerate(
        ["Constitution or set of rules", "Signed annual accounts", "Bank statement (new groups)"],
        start=1,
    ):
        tick(f"A_Enclosed_{i}", label, left, y - 2)
        c.setFont("Helvetica", 9.5)
        c.drawString(left + 18, y, label)
        y -= 17
    y -= 4
    y = text(
        left,
        y,
        [
            "Declaration. I confirm that the information in Part A is correct, "
            "that our group holds",
            "public liability insurance with cover of at least \u00a35 million, "
            "and that we have an",
            "equal opportunities policy, which we will show the Council if asked.",
        ],
    )
    tick("A_Declaration", "I agree to the Part A declaration", left, y - 4)
    c.setFont("Helvetica", 9.5)
    c.drawString(left + 18, y - 2, "I agree")
    y -= 24
    y = row(y, "Signature", "A_Signature", None, width=250)
    y = row(y, "Name in capitals", "A_PrintName", 60, width=250)
    y = row(y, "Date of signature (DD/MM/YYYY)", "A_SignedDate", 10, width=100)
    y -= 8
    y = bar(y, "PART B: ONLY IF WE INVITE YOU")
    y = text(
        left,
        y,
        [
            "Complete this part only when we have written to invite you. Return it by the date in",
            "our letter, with the documents listed at the end of this part.",
        ],
        size=9,
        font="Helvetica-Oblique",
    )
    y -= 4
    y = question(
        y,
        [
            "B1  Explain in detail how the project will be delivered, including a timetable.",
            "      (maximum 2,000 characters)",
        ],
        "B1_Delivery",
        2000,
        170,
    )
    y = question(
        y,
        ["B2  How will you measure the difference the project makes? (up to 250 words)"],
        "B2_Measure",
        None,
        150,
    )
    y = new_page()

    # ---- page 3
    y = question(y, ["B3  What will happen when the grant has been spent?"], "B3_After", None, 130)
    y = radios(
        y,
        "B4  Is the rest of the money already secured?",
        "B4_Secured",
        ["Yes", "No", "Partly"],
    )
    y -= 4
    y = text(
        left,
        y,
        [
            "Documents to send with Part B: a project plan showing the main stages and dates;",
            "quotes for any item costing more than \u00a31,000; and your safeguarding policy.",
        ],
    )
    y -= 4
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(left, y, "Please tick what you have enclosed with Part B:")
    y -= 18
    for i, label in enumerate(["Project plan", "Quotes", "Safeguarding policy"], start=1):
        tick(f"B_Enclosed_{i}", label, left, y - 2)
        c.setFont("Helvetica", 9.5)
        c.drawString(left + 18, y, label)
        y -= 17
    y -= 6
    y = row(y, "Signature", "B_Signature", None, width=250)
    y = row(y, "Date of signature (DD/MM/YYYY)", "B_SignedDate", 10, width=100)
    y -= 14
    c.rect(left, y - 50, w - 2 * left, 56, stroke=1, fill=0)
    text(
        left + 6,
        y - 8,
        [
            "FOR OFFICE USE   Part A received ..........   Invited to Part B: Y / N",
            "Part B received ..........   Panel date ..........   Award \u00a3 ..........",
        ],
        size=8.5,
    )
    footer()
    c.showPage()
    c.save()


def main() -> None:
    _copperthwaite()
    _ulverby()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _fellhampton()
    _quarrington()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
