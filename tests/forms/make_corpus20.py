"""Build set 20's Word and PDF documents (larger awards of £10,000 to £100,000).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus20.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
BOX = "\u2610"


def _new(title: str, author: str, font: str, size: float = 10.5):
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
    """Give a table row a minimum height: the empty answer space of a printed form."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _table(d, rows: list[list[str]], head: bool = True, fill: str = "DCE6F0"):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, cells in enumerate(rows):
        r = t.add_row()
        for c, text in zip(r.cells, cells, strict=True):
            c.text = text
            if head and i == 0:
                _shade(c, fill)
    return t


# --------------------------------------------------------------------------- Yelvercombe


def yelvercombe() -> None:
    """Combined authority capital fund, full application in Parts A-G: each question a
    shaded title row carrying its limit over a 'What to include' cell and an empty cell."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    d = _new("Community Assets Fund - Full Application Form", "YCA Inclusive Economy", "Arial", 10)
    d.sections[0].header.paragraphs[0].text = (
        "Yelvercombe Combined Authority  |  Community Assets Fund 2027-28  |  "
        "OFFICIAL-SENSITIVE when completed"
    )
    d.sections[0].footer.paragraphs[
        0
    ].text = "CAF Full Application Form v2.1 (January 2027)  -  keep a copy for your records"
    d.add_heading("Community Assets Fund", 0)
    d.add_paragraph("Full Application Form (Stage 2)", style="Subtitle")
    d.add_paragraph(
        "Capital grants of £25,000 to £100,000 to buy, build, extend or bring back into use "
        "community buildings and green spaces in the seven constituent boroughs. Only "
        "organisations invited to Stage 2 after the Expression of Interest may complete this "
        "form. Your Stage 2 reference is in your invitation email."
    )
    d.add_heading("Before you start", 2)
    for text in (
        "Answer in the white response boxes. Character limits include spaces; anything "
        "beyond the limit will not be assessed. Where a limit is a number of pages, use "
        "Arial 11 point and do not reduce the margins.",
        "Do not paste other documents, photographs or links into the boxes. Send supporting "
        "documents as the numbered annexes listed in Part G.",
        "The Fund will pay no more than 75% of the eligible project cost. At least 25% must "
        "come from other sources (your match funding), which can include other grants, loans "
        "and your own reserves but not volunteer time.",
        "Up to 10% of the grant may be spent on professional fees such as an architect or "
        "quantity surveyor. Applications are scored on need (30%), deliverability (30%), "
        "value for money (20%) and long-term sustainability (20%).",
    ):
        d.add_paragraph(text, style="List Bullet")

    def details(title: str, labels: list[str]) -> None:
        if title:
            d.add_heading(title, 1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in labels:
            r = t.add_row()
            r.cells[0].text = label
            _shade(r.cells[0], "DCE6F0")
        for r in t.rows:
            r.cells[0].width = Cm(7.0)
            r.cells[1].width = Cm(10.0)

    def question(ref: str, title: str, limit: str, prompt: str, include: list[str]) -> None:
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        p = top.paragraphs[0]
        run = p.add_run(f"{ref}  {title}")
        run.bold = True
        p.add_run(f"\t{limit}").italic = True
        top.add_paragraph(prompt)
        _shade(top, "1F3864")
        for r in top.paragraphs:
            for run in r.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        left = t.rows[1].cells[0]
        left.text = "What to include:"
        left.paragraphs[0].runs[0].bold = True
        for item in include:
            left.add_paragraph("- " + item).runs[0].font.size = Pt(8.5)
        _shade(left, "F2F2F2")
        _row_height(t.rows[1], 3200)
        left.width = Cm(5.5)
        t.rows[1].cells[1].width = Cm(11.5)
        t.rows[0].cells[0].width = Cm(17.0)
        d.add_paragraph()

    details(
        "Part A - Your organisation",
        [
            "A1 Organisation name",
            "A2 Registered address",
            "A3 Postcode",
            f"A4 Legal status (tick one)\n{BOX} CIO   {BOX} Charitable company   {BOX} CIC   "
            f"{BOX} Community benefit society   {BOX} Parish or town council   {BOX} Other",
            "A5 Charity, company or society number",
            "A6 Date the organisation was set up",
            "A7 Main contact for this application",
            "A8 Their position",
            "A9 Telephone",
            "A10 Email",
            "A11 Total income in your last financial year (£)",
            f"A12 Is your organisation registered for VAT?   {BOX} Yes   {BOX} No",
        ],
    )
    details(
        "Part B - Project overview",
        [
            "B1 Project name",
            "B2 Address of the building or land",
            "B3 Postcode of the building or land",
        ],
    )
    d.add_paragraph()
    question(
        "B4",
        "Project summary",
        "Limit: 1,000 characters",
        "Summarise the project in plain English. If you are awarded a grant we may publish "
        "this summary.",
        ["what you will buy, build or improve", "who will use it", "the total cost"],
    )
    details("", ["B5 Expected start on site (date)", "B6 Expected completion (date)"])
    d.add_heading("Part C - Need and strategic fit", 1)
    question(
        "C1",
        "Need",
        "Limit: 3,000 characters",
        "What need will the project meet, and what evidence do you have of it?",
        ["local data", "waiting lists or demand you have turned away", "what happens now"],
    )
    question(
        "C2",
        "Strategic fit",
        "Limit: 2,000 characters",
        "How does the project support the Combined Authority's Community Wealth Building "
        "Strategy and the plans of your borough or parish?",
        ["name the plan and the priority", "other funders' support"],
    )
    question(
        "C3",
        "Consultation",
        "Limit: 1 side of A4",
        "Who have you consulted about the project, and what did they tell you?",
        ["users and neighbours", "how the design changed as a result"],
    )
    d.add_heading("Part D - Delivery", 1)
    question(
        "D1",
        "The works",
        "Limit: 2 sides of A4",
        "Describe the works or purchase, including the current condition of the asset and "
        "what will change. Drawings may be included within the two pages.",
        ["stage of design (RIBA stage)", "permissions", "procurement of contractors"],
    )
    question(
        "D2",
        "Project management",
        "Limit: 2,500 characters",
        "Who will manage the project? Tell us about their experience of similar capital projects.",
        ["named people or roles", "professional advisers appointed"],
    )
    question(
        "D3",
        "Risks",
        "No limit",
        "What are the main risks to delivering the project on time and on budget, and how "
        "will you manage them?",
        ["cost overruns", "delays", "match funding not secured"],
    )
    details(
        "",
        [
            f"D4 What is your interest in the asset?   {BOX} Freehold   {BOX} Leasehold   "
            f"{BOX} Neither yet",
            "D5 If leasehold, number of years left on the lease",
        ],
    )
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Part E - Finance", 1)
    d.add_paragraph("E1 Project costs. Add rows if you need to.")
    _table(
        d,
        [["Item", "Capital or revenue", "Cost excl. VAT £", "VAT £", "Total £"]]
        + [["", "", "", "", ""] for _ in range(6)]
        + [["Total project cost", "", "", "", ""]],
    )
    d.add_paragraph()
    d.add_paragraph("E2 Where the rest of the money is coming from")
    _table(
        d,
        [["Source", "Amount £", "Secured? (Y/N)", "Date expected"]]
        + [["", "", "", ""] for _ in range(4)],
    )
    d.add_paragraph()
    details("", ["E3 Grant requested from the Community Assets Fund (£)"])
    d.add_paragraph()
    question(
        "E4",
        "Value for money",
        "Limit: 2,000 characters",
        "Explain how you have worked out the costs, and why the project is good value for money.",
        ["quotes or estimates", "cost per user"],
    )
    question(
        "E5",
        "Running costs",
        "Limit: 1,500 characters",
        "How will you meet the running and maintenance costs of the asset once the project is "
        "complete?",
        ["income from hire", "reserves", "a sinking fund"],
    )
    d.add_heading("Part F - Subsidy control", 1)
    details(
        "",
        [
            "F1 Has your organisation received any public money that may be a subsidy in the "
            f"last three financial years?   {BOX} Yes   {BOX} No",
        ],
    )
    d.add_paragraph("F2 If yes, list each one:")
    _table(
        d,
        [["Public body", "Date", "Amount £", "Purpose"]] + [["", "", "", ""] for _ in range(3)],
    )
    d.add_paragraph()
    details(
        "",
        [
            "F3 Will any part of the asset be used for economic activity, such as space let to "
            f"businesses?   {BOX} Yes   {BOX} No",
        ],
    )
    d.add_paragraph()
    question(
        "F4",
        "Subsidy control principles",
        "Limit: 1,500 characters",
        "If you answered Yes at F3, explain how the grant meets the subsidy control principles.",
        ["the public policy objective", "why the grant is proportionate"],
    )
    d.add_heading("Part G - Outputs, annexes and declaration", 1)
    d.add_paragraph("G1 Outputs. Give a target for each.")
    _table(
        d,
        [
            ["Output", "Target"],
            ["Community facilities created or improved (number)", ""],
            ["Volunteering opportunities supported (number)", ""],
            ["People using the facility each year (number)", ""],
        ],
    )
    d.add_paragraph()
    d.add_paragraph(
        "G2 Annexes. Send each annex as a separate PDF, named with your Stage 2 reference and "
        "the annex number, and tick to show it is attached."
    )
    _table(
        d,
        [
            ["Annex", "Document", "Who must send it", "Attached \u2713"],
            ["1", "Cost plan or quantity surveyor's estimate", "All applicants", BOX],
            ["2", "Project delivery plan with milestones", "All applicants", BOX],
            [
                "3",
                "Your last two years' accounts, independently examined or audited",
                "All applicants",
                BOX,
            ],
            ["4", "Governing document (constitution, articles or rules)", "All applicants", BOX],
            [
                "5",
                "Proof of ownership or lease (Land Registry title, lease or heads of terms)",
                "All applicants",
                BOX,
            ],
            [
                "6",
                "Planning permission and building regulations approval",
                "If your works need them",
                BOX,
            ],
            [
                "7",
                "Two written quotes for each item",
                "Where any single item costs more than £10,000",
                BOX,
            ],
            ["8", "Business plan for the asset", "Requests over £50,000", BOX],
            [
                "9",
                "Safeguarding policy",
                "If children or adults at risk will use the building",
                BOX,
            ],
        ],
    )
    d.add_paragraph()
    d.add_paragraph("G3 Declaration. Tick each statement.").runs[0].bold = True
    for text in (
        "The information in this form and its annexes is true and complete.",
        "We have an equality and diversity policy and follow it.",
        "We have a health and safety policy that covers the building and its users.",
        "We will insure the asset for its full rebuilding cost and hold public liability "
        "insurance of at least £5 million for as long as the grant conditions apply.",
    ):
        d.add_paragraph(f"{BOX}  {text}")
    details("", ["Signature", "Name", "Position", "Date"])
    d.add_paragraph()
    d.add_heading("How we use your information", 2)
    d.add_paragraph(
        "Yelvercombe Combined Authority is the data controller for the information in this "
        "form. We use it to assess your application, to manage any grant and to meet our "
        "audit duties, and we keep it for seven years after the grant ends. We may share it "
        "with the constituent borough councils and with auditors. Our privacy notice is at "
        "www.yelvercombe-ca.example.gov.uk/privacy. Questions: dpo@yelvercombe-ca.example.gov.uk."
    )
    d.add_heading("Equality monitoring (optional)", 2)
    d.add_paragraph(
        "This page is removed before your application is assessed. Which groups does your "
        "organisation mainly serve? (tick all that apply)"
    )
    d.add_paragraph(
        f"{BOX} Older people   {BOX} Disabled people   {BOX} Ethnic minority communities   "
        f"{BOX} LGBT+ people   {BOX} Young people   {BOX} Everyone in the area"
    )
    d.add_paragraph(
        "Return the form and annexes to communityassets@yelvercombe-ca.example.gov.uk by "
        "noon on Friday 30 April 2027. Telephone 0113 496 0418."
    )
    out = HERE / "yelvercombe-community-assets-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Ivelthorpe


def ivelthorpe() -> None:
    """County council request for quotation: a quality response document whose questions
    each sit on their own page under a key table of weighting and page limit."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    d = _new(
        "RFQ ASC-2027-031 Appendix 3 Quality Response Document",
        "Ivelthorpe County Council Procurement",
        "Arial",
        11,
    )
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.header.paragraphs[0].text = (
        "Ivelthorpe County Council  |  RFQ ref: ASC-2027-031  |  Appendix 3 - Quality "
        "Response Document"
    )
    s.footer.paragraphs[0].text = "OFFICIAL  |  Commercial in confidence once completed"
    d.add_heading("Carers' Breaks and Peer Support Service", 0)
    d.add_paragraph("Request for Quotation - Appendix 3: Quality Response Document")
    _table(
        d,
        [
            ["Contracting authority", "Ivelthorpe County Council, Adult Social Care"],
            [
                "Contract value",
                "Up to £48,000 a year for two years, with an option to "
                "extend by one year (up to £144,000 in total)",
            ],
            ["Quotation deadline", "12 noon, Monday 1 February 2027, through the portal"],
            ["Evaluation", "Quality 70%, price 30%"],
            ["Clarifications", "Through the portal's messaging only, by 25 January 2027"],
        ],
        head=False,
    )
    d.add_heading("Instructions", 1)
    for text in (
        "Complete every part of this document, including the price in Section 4, and "
        "upload it to the portal. Do not change the questions or the order of this document.",
        "Type each response in the space under the question, in Arial 11 point, with margins "
        "of at least 2 cm. Page limits are sides of A4 and include any diagrams and tables "
        "unless the question says otherwise. Text beyond the page limit will not be read.",
        "Each quality response is scored 0 to 5 using the scoring matrix in section 6 of the "
        "RFQ and multiplied by its weighting. A score of 0 or 1 on any question may lead to "
        "your quotation being rejected.",
    ):
        d.add_paragraph(text, style="List Number")
    d.add_heading("Section 1 - Bidder details", 1)
    t = _table(
        d,
        [
            ["Organisation name", ""],
            ["Registered address", ""],
            ["Contact name for this quotation", ""],
            ["Contact email", ""],
            ["Contact telephone", ""],
            ["Company or charity number", ""],
        ],
        head=False,
    )
    for r in t.rows:
        _shade(r.cells[0], "E7E6E6")
        r.cells[0].width, r.cells[1].width = Cm(8), Cm(16)
    d.add_heading("Section 2 - Pass / fail requirements", 1)
    d.add_paragraph("A 'No' to any of these means we cannot consider your quotation.")
    _table(
        d,
        [
            ["No.", "Requirement", "Yes / No"],
            [
                "2.1",
                "Do you accept the Council's Terms and Conditions for the Provision of "
                "Services (Appendix 5) without amendment?",
                "",
            ],
            ["2.2", "Will you hold the insurances listed in 2.4 from the contract start date?", ""],
            [
                "2.3",
                "Will every member of staff and every volunteer who meets carers or the "
                "people they care for have an enhanced DBS check before they start?",
                "",
            ],
        ],
    )
    d.add_paragraph()
    d.add_paragraph("2.4 Insurance. Minimum levels of cover:")
    _table(
        d,
        [
            ["Type of insurance", "Minimum cover"],
            ["Public liability", "£5,000,000 for each and every claim"],
            ["Employer's liability", "£5,000,000 (a legal requirement if you employ staff)"],
            ["Professional indemnity", "£1,000,000"],
        ],
    )
    d.add_paragraph(
        "Please do not send insurance certificates with your quotation. We will ask the "
        "successful bidder for copies before the contract is signed."
    )
    d.add_heading("Section 3 - Quality questions", 1)
    d.add_paragraph("Summary of the quality questions (70% of the total score):")
    qs = [
        (
            "Q1",
            "Service model",
            "20%",
            "3 sides of A4",
            "Describe the service you will deliver: how carers will be referred to you, how you "
            "will agree what break each carer needs, and how peer support groups will run in each "
            "of the county's five districts.",
            "a clear weekly and yearly pattern of breaks; realistic numbers; rural coverage",
        ),
        (
            "Q2",
            "Reaching carers",
            "15%",
            "2 sides of A4",
            "How will you reach carers who are not known to services, including young adult "
            "carers and carers from ethnic minority communities?",
            "named partners; outreach methods; how you will know it is working",
        ),
        (
            "Q3",
            "Safeguarding",
            "10%",
            "1 side of A4",
            "Set out your safeguarding arrangements for this service, including how you will "
            "respond to a concern raised out of hours. Your safeguarding policy is sent "
            "separately (section 5) and does not count towards the page limit.",
            "roles and training; escalation to the Council's adult safeguarding team",
        ),
        (
            "Q4",
            "Mobilisation",
            "10%",
            "1 side of A4",
            "Provide a mobilisation plan showing how the service will be ready to take its first "
            "referral on 1 April 2027. A Gantt chart may be used within the page limit.",
            "recruitment; premises; risks to the start date",
        ),
        (
            "Q5",
            "Social value",
            "5%",
            "500 words",
            "What additional social value will you deliver through this contract? Give "
            "measurable commitments for each year.",
            "local jobs and volunteering; commitments the Council can check",
        ),
        (
            "Q6",
            "Quality and outcomes",
            "10%",
            "2 sides of A4",
            "How will you monitor the quality of the service and report outcomes to the Council "
            "each quarter?",
            "carers' feedback; the outcome measures in the specification; acting on complaints",
        ),
    ]
    _table(
        d,
        [["Question", "Title", "Weighting (of total score)", "Response limit"]]
        + [[q[0], q[1], q[2], q[3]] for q in qs],
    )
    for ref, title, weight, limit, prompt, look in qs:
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(f"{ref} {title}", 2)
        _table(
            d,
            [
                ["Weighting", f"{weight} of the total score"],
                ["Response limit", limit],
                ["What a good answer shows", look],
            ],
            head=False,
        )
        d.add_paragraph()
        d.add_paragraph(prompt).runs[0].bold = True
        d.add_paragraph("Response:")
        box = d.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        _row_height(box.rows[0], 5200)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Section 4 - Price", 1)
    d.add_paragraph(
        "Give your fixed annual price. It must include every cost of delivering the "
        "specification; the Council will not pay VAT on top unless you show it here."
    )
    _table(
        d,
        [
            ["", "Year 1 (2027-28)", "Year 2 (2028-29)", "Optional year 3", "Total"],
            ["Price £", "", "", "", ""],
        ],
    )
    d.add_heading("Section 5 - Documents to upload with your quotation", 1)
    for text in (
        "this Quality Response Document, completed;",
        "your safeguarding adults and children policy;",
        "your equality and diversity policy;",
        "your last two years' accounts (they do not need to be audited);",
        "two written references from commissioners or funders of similar services in the last "
        "three years;",
        "if you will deliver any part of the service through a partner organisation or "
        "subcontractor, a letter from each one confirming its role.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_heading("Section 6 - Form of quotation", 1)
    d.add_paragraph(
        "I confirm that this quotation is made in accordance with the RFQ, that it remains "
        "valid for 90 days from the deadline, and that the information given is accurate. I "
        "am authorised to sign on behalf of the organisation named in Section 1."
    )
    d.add_paragraph(f"{BOX}  We have a whistleblowing policy and will provide it on request.")
    t = _table(d, [["Signature", ""], ["Name", ""], ["Position", ""], ["Date", ""]], head=False)
    for r in t.rows:
        _shade(r.cells[0], "E7E6E6")
    d.add_paragraph(
        "Procurement queries: procurement@ivelthorpe.example.gov.uk. The Council is subject to "
        "the Freedom of Information Act 2000; tell us which parts of your quotation you "
        "consider commercially sensitive."
    )
    out = HERE / "ivelthorpe-carers-breaks-quality-response.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Zelbeck


def zelbeck() -> None:
    """County council fillable PDF with many fields over three pages: a contact grid,
    answer boxes with and without /MaxLen, a cost grid, comb bank fields."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "zelbeck-rural-community-infrastructure-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Rural Community Infrastructure Grant - Application form RCIG1")
    c.setAuthor("Zelbeck County Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 40, w - 40
    navy = colors.HexColor("#23395B")
    pale = colors.HexColor("#F1F4F9")
    page = [1]

    def furniture():
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(x0, h - 24, "Zelbeck County Council - Rural Community Infrastructure Grant")
        c.drawRightString(x2, h - 24, "Form RCIG1 (v3, 2027)")
        c.drawString(x0, 22, "OFFICIAL when completed")
        c.drawRightString(x2, 22, f"Page {page[0]} of 4")
        c.setFillColor(colors.black)

    def band(y, text):
        c.setFillColor(navy)
        c.rect(x0, y - 15, x2 - x0, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 5, y - 10, text)
        c.setFillColor(colors.black)
        return y - 24

    def field(name, x, y, width, tip, maxlen=None, height=14, multi=False, comb=False):
        flags = []
        if multi:
            flags.append("multiline")
        if comb:
            flags.append("comb")
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=navy,
            fillColor=pale,
            borderWidth=0.5,
            fontSize=8 if not multi else 9,
            maxlen=maxlen,
            fieldFlags=" ".join(flags),
        )

    def labelled(y, label, name, maxlen=None, x=None, width=None, lw=150, comb=False):
        x = x0 if x is None else x
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y - 10, label)
        field(name, x + lw, y - 13, width or (x2 - x - lw), label, maxlen, comb=comb)
        return y - 19

    def answer(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 8.8)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 10 - 10.5 * i, line)
        top = y - 14 - 10.5 * (len(lines) - 1)
        field(name, x0, top - height, x2 - x0, " ".join(lines), maxlen, height - 2, multi=True)
        return top - height - 7

    def ticks(y, label, name, options, per_row=3, radio=False):
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, y - 10, label)
        y -= 14
        colw = (x2 - x0) / per_row
        for i, opt in enumerate(options):
            x = x0 + colw * (i % per_row)
            yy = y - 13 * (i // per_row)
            if radio:
                form.radio(
                    name=name,
                    value=f"opt{i + 1}",
                    tooltip=f"{label} {opt}",
                    x=x,
                    y=yy - 9,
                    size=9,
                    buttonStyle="circle",
                    borderColor=navy,
                    fillColor=pale,
                    selected=False,
                )
            else:
                form.checkbox(
                    name=f"{name}_{i + 1}",
                    tooltip=f"{label} {opt}",
                    x=x,
                    y=yy - 9,
                    size=9,
                    buttonStyle="check",
                    borderColor=navy,
                    fillColor=pale,
                )
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, yy - 7, opt)
        return y - 13 * ((len(options) - 1) // per_row + 1) - 4

    # page 1
    furniture()
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, h - 52, "Rural Community Infrastructure Grant")
    c.setFont("Helvetica", 10)
    c.drawString(x0, h - 67, "Application form  -  grants of £10,000 to £60,000  -  2027 round")
    c.setFillColor(colors.black)
    y = h - 84
    c.setFont("Helvetica", 8)
    for line in (
        "For village halls, community shops, play areas, footpaths, community transport and "
        "other shared facilities in settlements of fewer than",
        "10,000 people. The grant can cover up to 80% of eligible costs; your organisation "
        "must contribute at least 20%, which may include",
        "other grants but not volunteer time. Type into the shaded boxes. Boxes in Section 2 "
        "stop accepting text at their limit. Read the guidance first.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 6
    y = band(y, "Section 1   Your organisation")
    y = labelled(y, "1.1  Organisation name", "org_name", 90)
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y - 10, "1.2  Address")
    field("org_address", x0 + 150, y - 37, x2 - x0 - 150, "Address", 200, 34, multi=True)
    y -= 42
    y = labelled(y, "1.3  Postcode", "postcode", 8, width=70)
    y = labelled(y, "1.4  Main contact", "contact_name", 60, width=170)
    labelled(y + 19, "Position", "contact_role", 40, x=x0 + 340, width=150, lw=40)
    y = labelled(y, "1.5  Telephone", "phone", 15, width=110)
    labelled(y + 19, "Email", "email", 80, x=x0 + 280, width=235, lw=30)
    y = labelled(y, "1.6  Website (if any)", "website", 80)
    y = ticks(
        y,
        "1.7  Legal form (tick one)",
        "legal_form",
        [
            "Charity / CIO",
            "Charitable company",
            "Community interest company",
            "Community benefit society",
            "Parish or town council",
            "Unincorporated association",
        ],
        radio=True,
    )
    y = labelled(y, "1.8  Charity, company or society number", "reg_number", 12, width=110, lw=190)
    y = labelled(y, "1.9  Year the organisation was set up", "year_set_up", 4, width=40, lw=190)
    y = labelled(
        y, "1.10  Total income in your last financial year (£)", "income", 12, width=90, lw=190
    )
    y = labelled(y, "1.11  Number of paid staff", "staff", 4, width=40, lw=190)
    labelled(y + 19, "Number of volunteers", "volunteers", 5, x=x0 + 300, width=40, lw=100)
    y -= 6
    y = band(y, "Section 2   Your project")
    y = labelled(y, "2.1  Project title", "project_title", 80)
    y = labelled(y, "2.2  Parish or settlement where the project is", "parish", 50, lw=210)
    y = labelled(y, "2.3  Start date (DD/MM/YYYY)", "start_date", 10, width=70)
    labelled(y + 19, "2.4  Finish date", "finish_date", 10, x=x0 + 300, width=70, lw=80)
    y = answer(
        y,
        ["2.5  Describe your project and what the grant will pay for. (max 2,000 characters)"],
        "q2_5",
        92,
        2000,
    )
    c.showPage()
    page[0] = 2
    furniture()
    y = h - 40
    y = band(y, "Section 2   Your project (continued)")
    y = answer(
        y,
        [
            "2.6  Why is the project needed in your community, and what evidence do you "
            "have? (max 2,000 characters)"
        ],
        "q2_6",
        92,
        2000,
    )
    y = answer(
        y, ["2.7  How have local people been involved in shaping the project?"], "q2_7", 62, 1200
    )
    y = ticks(
        y,
        "2.8  Which of the Fund's outcomes will the project deliver? (tick all that apply)",
        "outcome",
        [
            "Better access to services",
            "Less isolation",
            "A stronger local economy",
            "Lower carbon emissions",
        ],
        per_row=2,
    )
    y = answer(
        y,
        ["2.9  How will you measure the difference the project makes? (max 1,200 characters)"],
        "q2_9",
        62,
        1200,
    )
    y = answer(
        y,
        [
            "2.10  How will the facility be kept in good repair, and paid for, once the "
            "grant is spent? (max 1,500 characters)"
        ],
        "q2_10",
        72,
    )
    y = ticks(
        y,
        "2.11  Does the project need planning permission?",
        "planning",
        ["Yes", "No", "Applied for"],
        radio=True,
    )
    c.showPage()
    page[0] = 3
    furniture()
    y = h - 40
    y = band(y, "Section 3   Costs and funding")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y - 8, "3.1  Item")
    c.drawString(x0 + 230, y - 8, "Supplier or quote from")
    c.drawString(x0 + 420, y - 8, "Cost £ (excl. VAT)")
    y -= 12
    for i in range(1, 9):
        field(f"item_{i}", x0, y - 13, 222, f"Item {i}", 60)
        field(f"supplier_{i}", x0 + 230, y - 13, 182, f"Supplier {i}", 40)
        field(f"cost_{i}", x0 + 420, y - 13, x2 - x0 - 420, f"Cost {i}", 9)
        y -= 16
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0 + 330, y - 10, "Total cost")
    field("cost_total", x0 + 420, y - 13, x2 - x0 - 420, "Total cost", 10)
    y -= 20
    y = labelled(y, "3.2  Your own contribution (£)", "own", 10, width=90, lw=190)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y - 8, "3.3  Other funding: source")
    c.drawString(x0 + 330, y - 8, "Amount £")
    c.drawString(x0 + 420, y - 8, "Confirmed? (Y/N)")
    y -= 12
    for i in range(1, 4):
        field(f"other_source_{i}", x0, y - 13, 322, f"Other funding source {i}", 60)
        field(f"other_amount_{i}", x0 + 330, y - 13, 82, f"Other funding amount {i}", 9)
        field(f"other_confirmed_{i}", x0 + 420, y - 13, 40, f"Confirmed {i}", 1)
        y -= 16
    y = labelled(y, "3.4  Grant requested from the Fund (£)", "requested", 10, width=90, lw=190)
    y = answer(
        y,
        ["3.5  What will you do if we offer less than you ask for? (max 600 characters)"],
        "q3_5",
        40,
        600,
    )
    y -= 4
    y = band(y, "Section 4   Bank details (for payment if you are successful)")
    y = labelled(y, "4.1  Name on the account", "acc_name", 60)
    y = labelled(y, "4.2  Bank or building society", "bank", 40)
    y = labelled(y, "4.3  Sort code", "sort_code", 6, width=66, comb=True)
    y = labelled(y, "4.4  Account number", "acc_no", 8, width=88, comb=True)
    y = labelled(
        y, "4.5  How many signatories does each payment need?", "signatories", 1, width=20, lw=230
    )
    y -= 4
    c.showPage()
    page[0] = 4
    furniture()
    y = h - 40
    y = band(y, "Section 5   Documents. Tick each one you are sending.")
    y = ticks(
        y,
        "Send these with the form:",
        "encl",
        [
            "Constitution or governing document (all applicants)",
            "Latest annual accounts (all applicants; see note A)",
            "A quote for every item listed at 3.1 (all applicants)",
            "Proof of ownership, or a lease with 10+ years to run (all applicants)",
            "Bank statement, less than 3 months old, for the account at Section 4 (all applicants)",
            "Planning permission (only if needed, see 2.11)",
            "Safeguarding policy (if children or adults at risk will use the facility)",
        ],
        per_row=1,
    )
    c.setFont("Helvetica", 7.8)
    for line in (
        "Note A: accounts should be independently examined or audited. If your income last "
        "year was under £25,000, accounts approved at your",
        "AGM and signed by two officers are acceptable.",
    ):
        c.drawString(x0, y - 6, line)
        y -= 9.5
    y -= 8
    y = band(y, "Section 6   Declaration")
    y = ticks(
        y,
        "Tick each box to confirm:",
        "declare",
        [
            "The information in this form is correct and I am authorised to apply.",
            "We have an equal opportunities policy.",
            "We hold public liability insurance of at least £5 million.",
        ],
        per_row=1,
    )
    y = labelled(y, "Signature (type your name)", "signature", 40, width=200)
    y = labelled(y, "Name in capitals", "sig_name", 40, width=200)
    y = labelled(y, "Position", "sig_position", 40, width=200)
    y = labelled(y, "Date", "sig_date", 10, width=70)
    y -= 4
    y = band(y, "Section 7   Monitoring (optional - not used in assessment)")
    y = ticks(
        y,
        "Which people will mainly benefit? (tick all that apply)",
        "benefit",
        [
            "Older people",
            "Young people",
            "Disabled people",
            "Families",
            "People on low incomes",
            "Everyone in the village",
        ],
    )
    y -= 4
    c.setStrokeColor(colors.grey)
    c.rect(x0, y - 44, x2 - x0, 44, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0 + 5, y - 12, "FOR OFFICE USE")
    c.setFont("Helvetica", 8)
    c.drawString(
        x0 + 5,
        y - 26,
        "Ref: ............   Received: ............   Officer: "
        "............   Panel date: ............",
    )
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0,
        40,
        "Email the form and documents to ruralgrants@zelbeck.example.gov.uk "
        "or post to Rural Grants, County Hall, Zelbeck ZB1 1AA. 01632 960 551.",
    )
    c.drawString(
        x0,
        31,
        "We use your information to assess and manage grants. Privacy notice: "
        "www.zelbeck.example.gov.uk/privacy.",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Vantridge


def vantridge() -> None:
    """Combined authority commissioning prospectus in four lots (grants and contracts):
    cover page, contents, a lot on each half page, evaluation, documents by lot."""
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

    out = HERE / "vantridge-healthy-ageing-commissioning-prospectus.pdf"
    teal = colors.HexColor("#00594F")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    cover = ParagraphStyle(
        "c", fontName="Helvetica-Bold", fontSize=26, leading=31, textColor=teal, spaceAfter=12
    )
    h1 = ParagraphStyle(
        "h1",
        fontName="Helvetica-Bold",
        fontSize=15,
        leading=19,
        textColor=teal,
        spaceBefore=6,
        spaceAfter=6,
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="Helvetica-Bold",
        fontSize=11.5,
        leading=15,
        textColor=teal,
        spaceBefore=6,
        spaceAfter=3,
    )
    bullet = ParagraphStyle("bu", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    cell = ParagraphStyle("ce", fontName="Helvetica", fontSize=8.8, leading=11)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)

    def on_page(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(teal)
        canv.drawString(
            18 * mm,
            A4[1] - 12 * mm,
            "Vantridge Combined Authority  |  Healthy Ageing Commissioning Prospectus 2027-2030",
        )
        canv.drawString(18 * mm, 10 * mm, "OFFICIAL  |  Version 1.0, 12 January 2027")
        canv.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{doc.page}")
        canv.restoreState()

    def table(rows, widths):
        t = Table([[Paragraph(str(x), cell) for x in r] for r in rows], colWidths=widths)
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5EAE6")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    def bullets(items):
        return [Paragraph(i, bullet, bulletText="\u2022") for i in items]

    s = [
        Spacer(1, 60 * mm),
        Paragraph("Healthy Ageing Commissioning Prospectus 2027-2030", cover),
        Paragraph(
            "Grants and contracts for voluntary, community, faith and social "
            "enterprise (VCFSE) organisations, in four lots",
            h2,
        ),
        Spacer(1, 20 * mm),
        Paragraph(
            "Vantridge Combined Authority, with the Vantridge Integrated Care Board "
            "and the five constituent councils",
            body,
        ),
        Paragraph(
            "Version 1.0, published 12 January 2027. Bids close 12 noon, 8 March 2027.", body
        ),
        PageBreak(),
        Paragraph("Contents", h1),
    ]
    s += bullets(
        [
            "1. Foreword",
            "2. About this prospectus",
            "3. The four lots",
            "4. Who can bid",
            "5. How to bid",
            "6. How we evaluate bids",
            "7. What you must send",
            "8. Insurance",
            "9. Money: payments and match funding",
            "10. Timetable",
            "11. Questions, market engagement and TUPE",
            "12. How we use your information",
        ]
    )
    s += [
        Paragraph("1. Foreword", h1),
        Paragraph(
            "One in five people in our area is now over 65, and that figure will reach one in "
            "four by 2040. Most older residents tell us they want to stay well, stay connected "
            "and stay in their own homes for as long as they can. Community organisations are "
            "often better placed than any public body to make that happen. This prospectus "
            "sets out £1.2 million of investment over three years, from the Combined "
            "Authority's Healthy Ageing programme and the ICB's prevention budget, and explains "
            "how you can bid for it. - Councillor Hema Osei-Lund, Portfolio Lead for Public "
            "Health and Ageing Well",
            body,
        ),
        Paragraph("2. About this prospectus", h1),
        Paragraph(
            "Some of this money is awarded as grants and some as contracts. We have put "
            "similar activity together into four lots. Lots 1 and 2 are grant programmes: you "
            "apply through our grants portal and, if successful, sign a grant agreement. Lots "
            "3 and 4 are contracts below the procurement threshold: you tender through the "
            "Vantridge e-tendering portal and, if successful, sign a contract for services. "
            "The route affects what you send us, how your bid is scored and how you are paid, "
            "so read the sections for your lot carefully.",
            body,
        ),
        Paragraph(
            "This prospectus is not itself an application form or an invitation to tender. The "
            "questions you will answer are in the grants portal (Lots 1 and 2) and in the "
            "tender documents on the e-tendering portal (Lots 3 and 4).",
            body,
        ),
        PageBreak(),
        Paragraph("3. The four lots", h1),
        table(
            [
                ["Lot", "What we are buying", "Route", "Value", "Term"],
                [
                    "1",
                    "Community connectors: helping isolated older people find activities, "
                    "groups and support near them",
                    "Grant",
                    "£10,000 to £25,000 a year per award; up to 6 awards",
                    "3 years",
                ],
                [
                    "2",
                    "Strength and balance classes to prevent falls",
                    "Grant",
                    "£25,000 to £50,000 a year per award; up to 3 awards",
                    "3 years",
                ],
                [
                    "3",
                    "Digital inclusion for people over 65: devices, data and support",
                    "Contract",
                    "Up to £80,000 a year; 1 contract",
                    "2 years + 1",
                ],
                [
                    "4",
                    "Carers' respite micro-commissioning across the five boroughs",
                    "Contract",
                    "Up to £100,000 in total; 1 contract",
                    "2 years",
                ],
            ],
            [12 * mm, 70 * mm, 20 * mm, 50 * mm, 22 * mm],
        ),
        Spacer(1, 4 * mm),
        Paragraph("Lot 1: Community connectors", h2),
        Paragraph(
            "Connectors meet older people in their homes, at GP surgeries and in community "
            "venues, find out what matters to them and help them to get to groups and "
            "services. We expect each award to support at least 150 people a year. Success "
            "looks like a fall in loneliness scores on the UCLA three-item scale and fewer "
            "repeat GP appointments for non-medical reasons.",
            body,
        ),
        Paragraph("Lot 2: Strength and balance", h2),
        Paragraph(
            "Evidence-based classes (for example FaME or Otago) led by qualified instructors, "
            "in halls and leisure centres within a bus ride of where people live. Classes "
            "should run for at least 24 weeks for each participant. We want to reduce "
            "falls-related hospital admissions among participants by 5% over the contract.",
            body,
        ),
        Paragraph("Lot 3: Digital inclusion", h2),
        Paragraph(
            "Lending tablets with data, one-to-one support at home and drop-ins in libraries, "
            "so that older people can book appointments, order repeat prescriptions and keep "
            "in touch with family. The provider will be paid quarterly in arrears against a "
            "pricing schedule and key performance indicators.",
            body,
        ),
        Paragraph("Lot 4: Carers' respite micro-commissioning", h2),
        Paragraph(
            "A provider to hold a small fund and buy short breaks for carers of older people "
            "from local micro-providers, with light-touch checks of each micro-provider. "
            "No more than 10% of the contract value may be spent on management costs.",
            body,
        ),
        PageBreak(),
        Paragraph("4. Who can bid", h1),
    ]
    s += bullets(
        [
            "VCFSE organisations with a governing document and a bank account in the "
            "organisation's name, working in the Vantridge area;",
            "consortia led by an eligible organisation, with the other members named in the bid;",
            "an organisation may bid for up to two lots, but may win only one of Lots 3 and 4.",
        ]
    )
    s += [
        Paragraph(
            "Individuals, political parties and organisations that exist mainly to promote a "
            "religion cannot bid. Faith organisations are welcome to bid for activity open to "
            "everyone.",
            body,
        ),
        Paragraph("5. How to bid", h1),
        Paragraph(
            "<b>Lots 1 and 2.</b> Register on the grants portal at "
            "grants.vantridge-ca.example.gov.uk. The application form has eight questions "
            "about your organisation and your proposal; the longest answer allowed is 3,000 "
            "characters and most are 1,500. There is a short budget table and a declaration.",
            body,
        ),
        Paragraph(
            "<b>Lots 3 and 4.</b> Register on the Vantridge e-tendering portal and express an "
            "interest in the opportunity to see the tender documents. You will complete a "
            "selection questionnaire, four method statements (each limited to two sides of "
            "A4) and a pricing schedule.",
            body,
        ),
        Paragraph("6. How we evaluate bids", h1),
        table(
            [
                ["", "Lots 1 and 2 (grants)", "Lots 3 and 4 (contracts)"],
                ["Quality", "100%, scored 0 to 4 on each question", "60%"],
                ["Social value", "Part of quality", "10%"],
                ["Price", "Not scored; costs checked for value for money", "30%"],
                [
                    "Panel",
                    "Officers from the Combined Authority, the ICB and a VCFSE representative",
                    "Procurement-led panel; no VCFSE representative",
                ],
            ],
            [30 * mm, 70 * mm, 70 * mm],
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            "Bids that score 0 on any question, or less than 50% overall, will not be "
            "funded. We may visit or interview shortlisted bidders.",
            body,
        ),
        PageBreak(),
        Paragraph("7. What you must send", h1),
        Paragraph("<b>Every bidder, whichever lot:</b>", body),
    ]
    s += bullets(
        [
            "your governing document (constitution, articles of association or rules);",
            "your last two years' accounts. These should be independently examined or audited, "
            "but organisations with an income below £250,000 may send accounts approved and "
            "signed by their trustees or management committee;",
            "your safeguarding adults policy (everyone working in this programme works with "
            "adults who may be at risk);",
            "your equality, diversity and inclusion policy.",
        ]
    )
    s += [Paragraph("<b>Depending on your lot or your bid, also send:</b>", body)]
    s += bullets(
        [
            "Lot 1 only: your lone working policy, because connectors visit people at home;",
            "Lot 2 only: proof that each instructor holds a recognised postural stability "
            "qualification;",
            "Lots 3 and 4 only: copies of your insurance certificates (see section 8), uploaded "
            "with your tender;",
            "consortium bids only: a consortium agreement, or a letter of intent signed by every "
            "member.",
        ]
    )
    s += [
        Paragraph(
            "You will also be asked to confirm that you have a data protection policy and "
            "that you are registered with the Information Commissioner's Office. You do not "
            "need to send the policy.",
            body,
        ),
        Paragraph("8. Insurance", h1),
        Paragraph(
            "Every provider must hold public liability insurance of at least £5 million and, "
            "if it employs staff, employer's liability insurance of at least £5 million. "
            "Contract lots (3 and 4) also need professional indemnity insurance of £1 "
            "million. For the grant lots you confirm your cover in the application and we may "
            "ask to see certificates before the first payment.",
            body,
        ),
        Paragraph("9. Money: payments and match funding", h1),
        Paragraph(
            "Grants (Lots 1 and 2) are paid quarterly in advance, subject to monitoring. "
            "Contracts (Lots 3 and 4) are paid quarterly in arrears against invoices. We do "
            "not require match funding for any lot; where a bid brings in other money or "
            "volunteer time we will recognise it in the social value or value for money "
            "score. Inflation uplifts are not guaranteed; we will review prices in year 2.",
            body,
        ),
        PageBreak(),
        Paragraph("10. Timetable", h1),
        table(
            [
                ["Stage", "Date"],
                ["Prospectus published", "12 January 2027"],
                ["Online market engagement event", "26 January 2027, 10am"],
                ["Deadline for clarification questions", "22 February 2027"],
                ["Bids close", "12 noon, 8 March 2027"],
                ["Decisions", "By 30 April 2027"],
                ["Services start", "1 July 2027"],
            ],
            [90 * mm, 60 * mm],
        ),
        Paragraph("11. Questions, market engagement and TUPE", h1),
        Paragraph(
            "Ask questions about Lots 1 and 2 by email to "
            "healthyageing@vantridge-ca.example.gov.uk and about Lots 3 and 4 through the "
            "e-tendering portal's messaging. We publish "
            "every question and answer, without the name of the person who asked. Can two "
            "organisations bid together? Yes: see section 4. Will TUPE apply? It may apply to "
            "Lot 3, where an existing service is ending; the outgoing provider's staff "
            "information will be in the tender documents.",
            body,
        ),
        Paragraph("12. How we use your information", h1),
        Paragraph(
            "Vantridge Combined Authority is the data controller for information you send "
            "under this prospectus. We use it to evaluate bids, to award and manage grants and "
            "contracts, and to publish details of awards under the Local Government "
            "Transparency Code. We share it with the ICB and the constituent councils. We are "
            "subject to the Freedom of Information Act 2000. Full privacy notice: "
            "www.vantridge-ca.example.gov.uk/privacy.",
            body,
        ),
        Paragraph(
            "This prospectus is available in large print, Easy Read and other formats on "
            "request. Vantridge Combined Authority, Mill Wharf, Vantridge VT1 3RW. Telephone "
            "0161 496 0820.",
            small,
        ),
    ]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="Healthy Ageing Commissioning Prospectus 2027-2030",
        author="Vantridge Combined Authority",
        invariant=1,
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    yelvercombe()
    ivelthorpe()
    zelbeck()
    vantridge()


if __name__ == "__main__":
    main()
