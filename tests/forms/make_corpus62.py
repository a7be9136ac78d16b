"""Build set 62's Word and PDF documents (typical council and combined authority purchasing
of small services from voluntary organisations, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus62.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 9, 0, 0)
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
    """Fix a table row's height (trHeight, rule atLeast): the room left to write in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _set(cell, text: str, bold: bool = False, italic: bool = False):
    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    return par


def _header_text(d, text: str) -> None:
    """Put a protective marking and reference in the page header, as council templates do."""
    p = d.sections[0].header.paragraphs[0]
    p.text = text


class _Word:
    """The few helpers an ordinary council procurement document in Word is made of."""

    def __init__(self, d, shade: str) -> None:
        self.d = d
        self.shade = shade

    def para(self, text: str = "", bold: bool = False, italic: bool = False):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def bullet(self, text: str):
        return self.d.add_paragraph(text, style="List Bullet")

    def number(self, text: str):
        return self.d.add_paragraph(text, style="List Number")

    def heading(self, text: str, level: int = 2):
        return self.d.add_heading(text, level=level)

    def details(self, rows: list[str]) -> None:
        """A label / empty box table, one row per detail."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _row_height(row, 420)
        self.para()

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """A key facts table the council has filled in (nothing for the supplier to write)."""
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], self.shade)
            _set(row.cells[1], value)
        self.para()

    def question(self, text: str, height: int = 2800) -> None:
        """A two-row table: the question shaded, an empty answer cell under it."""
        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], text, bold=True)
        _shade(t.rows[0].cells[0], self.shade)
        _row_height(t.rows[1], height)
        self.para()

    def answer_box(self, height: int = 4000) -> None:
        """A one-cell table left empty for the answer."""
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], height)
        self.para()

    def grid(self, header: list[str], rows: list[list[str]], height: int = 380) -> None:
        t = self.d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            _set(t.rows[0].cells[i], h, bold=True)
            _shade(t.rows[0].cells[i], self.shade)
        for r in rows:
            row = t.add_row()
            for i, v in enumerate(r):
                _set(row.cells[i], v)
            _row_height(row, height)
        self.para()


def _sq_table(w: _Word, rows: list[tuple[str, str, str]], height: int = 420) -> None:
    """The standard selection questionnaire's three columns: Ref / Question / Response."""
    t = w.d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Question", "Response"]):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    for ref, question, response in rows:
        row = t.add_row()
        _set(row.cells[0], ref)
        _set(row.cells[1], question)
        _set(row.cells[2], response)
        _row_height(row, height)
    w.para()


# ------------------------------------------------------------- Brockhurst (docx form)


def brockhurst() -> None:
    """A borough council's Selection Questionnaire in Word for a small-lots tender, built on
    the government's standard SQ and cut down for lower-value contracts: Ref / Question /
    Response tables, Yes / No answers, two years' accounts, contract examples, insurance."""
    d = _new(
        "Selection Questionnaire BBC/T/2027/031",
        "Brockhurst Borough Council Procurement Team",
        "Arial",
        11,
    )
    _header_text(d, "Brockhurst Borough Council    BBC/T/2027/031    Selection Questionnaire")
    w = _Word(d, "E2EFD9")
    d.add_heading("Brockhurst Borough Council", level=0)
    w.heading("Community Transport Services (Lots 1 to 3)", 1)
    w.heading("Selection Questionnaire (SQ)", 2)
    w.facts(
        [
            ("Tender reference", "BBC/T/2027/031"),
            (
                "Lots",
                "Lot 1: Dial-a-ride, north of the borough; Lot 2: Dial-a-ride, south of the "
                "borough; Lot 3: Volunteer car scheme (borough-wide)",
            ),
            ("Total value", "Up to £96,000 a year across the three lots"),
            ("Contract period", "Two years from 1 June 2027, with an option to extend by one year"),
            ("Deadline for return", "12 noon on Monday 8 March 2027"),
        ]
    )
    w.heading("Guidance on completing this questionnaire", 3)
    w.number(
        "This Selection Questionnaire is based on the standard Selection Questionnaire "
        "published by the Cabinet Office. The Council has shortened it, because the value of "
        "these contracts is below the threshold for the Public Contracts Regulations 2015."
    )
    w.number(
        "Please complete every part. If a question does not apply to your organisation, "
        'write "N/A" in the Response column and explain why.'
    )
    w.number(
        "The Council will assess your answers on a pass / fail basis, except Section 5, "
        "which is scored. Only organisations that pass this questionnaire will have their "
        "tender response (Method Statement and Pricing Schedule) evaluated."
    )
    w.number(
        "Upload the completed questionnaire and the documents listed in Section 8 to the "
        "Council's e-tendering portal with your tender. Do not send them by email."
    )
    w.number(
        "Questions about this questionnaire should be sent through the portal's messaging "
        "function by 12 noon on Monday 22 February 2027."
    )

    w.heading("Part 1: Potential supplier information")
    w.heading("Section 1: Your organisation", 3)
    _sq_table(
        w,
        [
            ("1.1(a)", "Full name of the organisation submitting the information", ""),
            ("1.1(b)", "Registered office address, including postcode", ""),
            (
                "1.1(c)",
                "Trading status (tick one)",
                f"{BOX} Registered charity\n{BOX} Charitable incorporated organisation\n"
                f"{BOX} Company limited by guarantee\n{BOX} Community interest company\n"
                f"{BOX} Other (please specify):",
            ),
            ("1.1(d)", "Date of registration (if applicable)", ""),
            ("1.1(e)", "Company registration number (if applicable)", ""),
            ("1.1(f)", "Charity registration number (if applicable)", ""),
            ("1.1(g)", "VAT registration number (if applicable)", ""),
            (
                "1.1(h)",
                "Is your organisation a voluntary, community or social enterprise (VCSE) "
                "organisation?",
                "Yes / No",
            ),
            (
                "1.1(i)",
                "Is your organisation a small or medium-sized enterprise (SME)?",
                "Yes / No",
            ),
            (
                "1.1(j)",
                "Which lot or lots are you bidding for? (tick all that apply)",
                f"{BOX} Lot 1    {BOX} Lot 2    {BOX} Lot 3",
            ),
        ],
    )
    w.heading("Section 1.2: Contact details for this tender", 3)
    _sq_table(
        w,
        [
            ("1.2(a)", "Contact name", ""),
            ("1.2(b)", "Job title", ""),
            ("1.2(c)", "Address (if different from 1.1(b))", ""),
            ("1.2(d)", "Telephone number", ""),
            ("1.2(e)", "Email address", ""),
        ],
    )

    w.heading("Part 2: Exclusion grounds")
    w.para(
        "Please read the lists of offences and situations in Annex 1 and Annex 2 of the "
        'Invitation to Tender before you answer. "Your organisation" includes its directors, '
        "trustees and anyone else with powers of representation, decision or control."
    )
    w.heading("Section 2: Grounds for mandatory exclusion", 3)
    _sq_table(
        w,
        [
            (
                "2.1(a)",
                "Within the past five years, has your organisation, or anyone described "
                "above, been convicted of any of the offences listed in Annex 1?",
                "Yes / No",
            ),
            (
                "2.1(b)",
                "Has your organisation been found in breach of its obligations to pay taxes "
                "or social security contributions?",
                "Yes / No",
            ),
        ],
    )
    w.heading("Section 3: Grounds for discretionary exclusion", 3)
    _sq_table(
        w,
        [
            (
                "3.1",
                "Do any of the situations listed in Annex 2 apply to your organisation?",
                "Yes / No",
            ),
            (
                "3.2",
                "If you answered Yes to 2.1(a), 2.1(b) or 3.1, please explain what happened "
                "and describe the steps you have taken to put things right and to stop it "
                "happening again. (maximum 500 words)",
                "",
            ),
        ],
    )
    t = d.tables[-1]
    _row_height(t.rows[-1], 3600)

    w.heading("Part 3: Selection questions")
    w.heading("Section 4: Economic and financial standing", 3)
    w.para(
        "The Council will look at your accounts to check that your organisation is "
        "financially able to deliver the contract. A contract for a lot will not normally "
        "be more than half of your organisation's annual income."
    )
    _sq_table(
        w,
        [
            (
                "4.1",
                "Please upload your organisation's accounts for the last two financial years. "
                "The accounts must be audited or independently examined.",
                "Please upload (see Section 8)",
            ),
            ("4.2(a)", "Total income in your most recent financial year (£)", ""),
            ("4.2(b)", "Total income in the financial year before that (£)", ""),
        ],
    )

    w.heading("Section 5: Technical and professional ability (scored)", 3)
    w.para(
        "Please give details of three contracts or grant-funded services your organisation "
        "has delivered in the last three years that are relevant to the lot or lots you are "
        "bidding for. At least one should be for a public body. The Council may contact the "
        "named customers or funders to ask about your work; please make sure they agree to "
        "this. Each description will be scored 0 to 4 and must score at least 2 to pass."
    )
    for n in (1, 2, 3):
        w.para(f"Example {n}", bold=True)
        t = w.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in (
            f"5.{n}(a) Name of customer or funder",
            f"5.{n}(b) Contact name",
            f"5.{n}(c) Contact email address",
            f"5.{n}(d) Contact telephone number",
            f"5.{n}(e) Start date",
            f'5.{n}(f) End date (or "ongoing")',
            f"5.{n}(g) Value (£ per year)",
            f"5.{n}(h) Describe the service you provided and what it achieved (maximum 250 words)",
        ):
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            _shade(row.cells[0], w.shade)
            _row_height(row, 420)
        _row_height(t.rows[-1], 3000)
        w.para()

    w.heading("Section 6: Insurance", 3)
    w.para(
        "The successful supplier for each lot must hold the following insurance for the "
        "whole of the contract:"
    )
    w.grid(
        ["Type of insurance", "Minimum level of cover"],
        [
            ["Employer's (compulsory) liability", "£5 million"],
            ["Public liability", "£5 million for any one claim"],
            ["Motor insurance, including hire and reward where needed", "As required by law"],
        ],
    )
    _sq_table(
        w,
        [
            (
                "6.1",
                "Please confirm that you already have, or will have by the start of the "
                "contract, the levels of insurance cover shown above.",
                "Yes / No",
            ),
        ],
    )
    w.para(
        "Please upload a copy of your current public liability insurance certificate, and "
        "a copy of your employer's liability insurance certificate if you employ staff."
    )

    w.heading("Section 7: Policies and compliance", 3)
    _sq_table(
        w,
        [
            (
                "7.1",
                "Does your organisation have an equality and diversity policy that meets "
                "the requirements of the Equality Act 2010?",
                "Yes / No",
            ),
            (
                "7.2",
                "Please confirm that your organisation has a written health and safety "
                "policy and will provide a copy to the Council on request.",
                "Yes / No",
            ),
            (
                "7.3",
                "Please confirm that your organisation has a data protection policy and "
                "handles personal data in line with UK GDPR and the Data Protection Act 2018.",
                "Yes / No",
            ),
            (
                "7.4",
                "Please upload your safeguarding policy. It must cover adults at risk and "
                "say how staff and volunteers should report a concern.",
                "Please upload (see Section 8)",
            ),
        ],
    )

    w.heading("Section 8: Checklist of documents to upload", 3)
    w.para("Please upload these documents with this questionnaire:")
    w.bullet("your accounts for the last two financial years (question 4.1);")
    w.bullet("your current public liability insurance certificate (Section 6);")
    w.bullet("your employer's liability insurance certificate, if you employ staff (Section 6);")
    w.bullet("your safeguarding policy (question 7.4).")
    w.para(
        "You do not need to upload your equality, health and safety or data protection "
        "policies. Drivers' licences and DBS certificates will be checked before the "
        "contract starts; do not send copies now."
    )

    w.heading("Part 4: Declaration")
    w.para(
        "I declare that, to the best of my knowledge, the answers given in this "
        "questionnaire are correct. I understand that the Council may reject this "
        "questionnaire if there is a failure to answer all relevant questions fully, or if I "
        "provide false or misleading information. I confirm that I am authorised to sign "
        "this declaration on behalf of the organisation named in 1.1(a)."
    )
    w.details(["Signature", "Name", "Position", "Date"])
    w.para(
        "A typed name is accepted as a signature when the questionnaire is uploaded to the portal.",
        italic=True,
    )
    out = HERE / "brockhurst-community-transport-selection-questionnaire.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def _mq_question(
    w: _Word, ref: str, title: str, weight: str, limit: str, text: str, height: int
) -> None:
    """A quick quote quality question: a shaded title row (ref, title, weighting, word
    limit), the question across the full width, and an empty row for the answer."""
    t = w.d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate([ref, title, weight, limit]):
        _set(t.rows[0].cells[i], v, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    q = t.cell(1, 0).merge(t.cell(1, 3))
    _set(q, text)
    t.cell(2, 0).merge(t.cell(2, 3))
    _row_height(t.rows[2], height)
    w.para()


# ------------------------------------------------------------- Millbeck (docx form)


def millbeck() -> None:
    """A combined authority's Quick Quote in Word: an invitation letter, a short
    specification and evaluation, a numbered list of what to send, then the Quotation
    Response Form as Appendix A, each quality question in a four-column title row."""
    d = _new(
        "Invitation to Quote MVCA-QQ-0419",
        "Millbeck Valley Combined Authority",
        "Calibri",
        11,
    )
    _header_text(d, "Millbeck Valley Combined Authority  |  Quick Quote MVCA-QQ-0419")
    w = _Word(d, "DEEAF6")
    d.add_heading("Millbeck Valley Combined Authority", level=0)
    w.heading("Invitation to Quote (Quick Quote)", 1)
    w.heading("Community Outreach for Adult Learning, 2027 to 2028", 2)
    w.para("Reference: MVCA-QQ-0419")
    w.para("Date issued: 18 January 2027")
    w.para("Dear Supplier,")
    w.para(
        "Millbeck Valley Combined Authority invites you to send a quotation for the community "
        "outreach service described below. The service will help residents who have few or no "
        "qualifications to find out about, and start, free adult learning courses funded "
        "through the Combined Authority's Adult Skills Fund."
    )
    w.para(
        "This is a Quick Quote for a contract below the Combined Authority's threshold for a "
        "formal tender. It has been sent to at least three organisations and published on "
        "Contracts Finder. Voluntary and community organisations, social enterprises and small "
        "businesses are welcome to quote."
    )
    w.para("Yours faithfully,")
    w.para("Commercial Services Team, Millbeck Valley Combined Authority")

    w.heading("1. About this Quick Quote")
    w.facts(
        [
            ("Maximum value", "£24,000 (excluding VAT) for the whole contract"),
            ("Contract period", "1 April 2027 to 31 March 2028"),
            (
                "Clarification questions",
                "By 5pm on 29 January 2027 to quotes@millbeck-ca.example.gov.uk",
            ),
            ("Deadline for quotations", "12 noon on Friday 12 February 2027"),
            ("How to send your quotation", "By email to quotes@millbeck-ca.example.gov.uk"),
            ("Contract award (expected)", "Early March 2027"),
        ]
    )
    w.para(
        "Late quotations will not be considered. The Combined Authority is not bound to "
        "accept the lowest or any quotation, and will not pay any costs you incur in "
        "preparing your quotation."
    )

    w.heading("2. What we want to buy")
    w.para(
        "We want one organisation to run outreach across the four boroughs of the Millbeck "
        "Valley. The provider will:"
    )
    for b in (
        "hold at least 120 outreach sessions during the year in community venues, food "
        "banks, family hubs, libraries and job clubs;",
        "give residents information and advice about free courses, and help them to enrol;",
        "refer residents to colleges and training providers funded by the Adult Skills Fund, "
        "and follow each referral up after six weeks;",
        "keep records of everyone they help, and report to the Combined Authority every quarter;",
        "work with the Combined Authority's Skills Team and the Jobcentre Plus partnership "
        "managers.",
    ):
        w.bullet(b)
    w.para("Key performance indicators", bold=True)
    w.grid(
        ["Indicator", "Target for the year"],
        [
            ["Residents given information and advice", "900"],
            ["Residents referred to a course", "400"],
            ["Residents who start a course (confirmed by the provider)", "250"],
            ["Share of residents helped who live in the 20% most deprived areas", "At least 60%"],
        ],
    )

    w.heading("3. How we will evaluate quotations")
    w.para(
        "Quotations will be evaluated 70% on quality and 30% on price. Each quality answer "
        "will be scored from 0 to 4 using the scale below, and the score multiplied by the "
        "question's weighting. The lowest compliant price will score the full 30%; other "
        "prices will score in proportion to it."
    )
    w.grid(
        ["Score", "Meaning"],
        [
            ["4 Excellent", "A full, convincing answer with clear evidence"],
            ["3 Good", "A good answer with some evidence"],
            ["2 Acceptable", "Meets the requirement but with little detail"],
            ["1 Poor", "Only partly meets the requirement"],
            ["0 Unacceptable", "No answer, or does not meet the requirement"],
        ],
    )
    w.para(
        "A score of 0 for any quality question, or a total quality score below 35%, means "
        "your quotation will not be considered further."
    )

    w.heading("4. What you must send")
    w.para("Please send all of the following by the deadline, in one email if you can:")
    w.number("your completed Quotation Response Form (Appendix A);")
    w.number(
        "a copy of your public liability insurance certificate, showing cover of not less "
        "than £10 million for any one occurrence;"
    )
    w.number(
        "your safeguarding adults policy, including how staff and volunteers report a concern;"
    )
    w.number(
        "your latest annual accounts. If your organisation is less than a year old and does "
        "not yet have accounts, send your bank statements for the last three months instead;"
    )
    w.number(
        "your lone working policy, if your staff or volunteers will work on their own at "
        "outreach venues."
    )
    w.para(
        "You must also have a data protection policy and be registered with the Information "
        "Commissioner's Office. You do not need to send us the policy, but please give your "
        "ICO registration number in Part A."
    )

    w.heading("5. Terms and conditions")
    w.para(
        "The Combined Authority's standard terms and conditions for services will apply. We "
        "will pay monthly in arrears, within 30 days of a correct invoice. TUPE is not "
        "expected to apply. The contract may be ended by either side on three months' notice."
    )

    d.add_page_break()
    w.heading("Appendix A: Quotation Response Form", 1)
    w.para("Reference: MVCA-QQ-0419 Community Outreach for Adult Learning", bold=True)
    w.heading("Part A: Your details")
    w.details(
        [
            "A1 Name of organisation",
            "A2 Registered address",
            "A3 Postcode",
            "A4 Contact name",
            "A5 Position",
            "A6 Telephone",
            "A7 Email",
            "A8 Charity or company number",
            "A9 ICO registration number",
        ]
    )
    w.heading("Part B: Quality (70%)")
    w.para(
        "Please answer each question in the box below it. Keep to the word limit: anything "
        "over the limit will not be read. The boxes will expand as you type."
    )
    _mq_question(
        w,
        "B1",
        "Service delivery",
        "Weighting: 25%",
        "Max 600 words",
        "Describe how you will deliver the outreach service, including where and when "
        "sessions will run across the four boroughs and how you will work with colleges and "
        "training providers.",
        5200,
    )
    _mq_question(
        w,
        "B2",
        "Reaching residents",
        "Weighting: 20%",
        "Max 500 words",
        "How will you engage residents who have few or no qualifications and who are not in "
        "touch with learning or employment services?",
        4600,
    )
    _mq_question(
        w,
        "B3",
        "Staff and volunteers",
        "Weighting: 10%",
        "Max 400 words",
        "Tell us who will deliver the service, what experience they have, and how they will "
        "be trained and supervised.",
        4000,
    )
    _mq_question(
        w,
        "B4",
        "Monitoring and reporting",
        "Weighting: 10%",
        "Max 400 words",
        "Explain how you will record referrals and course starts and report against the key "
        "performance indicators in section 2.",
        4000,
    )
    _mq_question(
        w,
        "B5",
        "Social value",
        "Weighting: 5%",
        "Max 250 words",
        "What additional social value will you deliver through this contract? Please include "
        "at least one commitment we can measure.",
        3000,
    )
    w.heading("Part C: Price (30%)")
    w.para(
        "Please give your fixed price for the whole contract, broken down as below. Prices "
        "must exclude VAT."
    )
    w.grid(
        ["Item", "Cost (£)"],
        [
            ["Staff costs", ""],
            ["Volunteer expenses", ""],
            ["Venue hire and travel", ""],
            ["Publicity and materials", ""],
            ["Management and overheads", ""],
            ["Total price (excluding VAT)", ""],
        ],
    )
    w.heading("Part D: Declaration")
    w.para(
        "I confirm that this quotation is made on behalf of the organisation named in Part "
        "A, that the information given is correct, that the price has been worked out "
        "independently of any other supplier, and that the quotation will stay open for 90 "
        "days from the deadline."
    )
    w.details(["Signed", "Name", "Position", "Date"])
    out = HERE / "millbeck-combined-authority-adult-learning-outreach-quick-quote.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Harrowfield (fillable pdf)


def harrowfield() -> None:
    """A county council's fillable PDF application to join an approved provider list for
    community support services: labels on the page, tooltips from the labels, /MaxLen on
    the short fields and on four answer boxes "(up to N characters)", one box limited in
    words on the label only, Yes / No radio groups, check boxes for categories, documents
    and the declaration."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "harrowfield-community-support-approved-provider-list-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(
        "Harrowfield County Council - Community Support Approved Provider List - Application"
    )
    c.setAuthor("Harrowfield County Council Commissioning")
    c.setSubject("Approved provider list application form")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    plum = colors.HexColor("#5B2C6F")
    fill = colors.HexColor("#F2ECF5")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(
            50,
            28,
            "Harrowfield County Council  |  Approved Provider List application  |  "
            "v2.1 January 2027",
        )
        c.drawRightString(w - 50, 28, f"Page {state['page']} of 4")

    def new_page():
        folio()
        c.showPage()
        state["page"] += 1
        state["y"] = h - 50

    def room(need):
        if state["y"] - need < 60:
            new_page()

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        lines = simpleSplit(t, font, size, width)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        room(60)
        state["y"] -= 8
        c.setFillColor(plum)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, tip, lw=200, maxlen=0):
        room(26)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"], label)
        form.textfield(
            name=name,
            tooltip=tip,
            x=50 + lw,
            y=state["y"] - 5,
            width=w - 100 - lw,
            height=17,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 24

    def box(name, label, tip, height=140, maxlen=0):
        lines = simpleSplit(label, "Helvetica-Bold", 10, w - 100)
        room(len(lines) * 13 + height + 16)
        txt(label, font="Helvetica-Bold")
        state["y"] -= 2
        form.textfield(
            name=name,
            tooltip=tip,
            x=50,
            y=state["y"] - height + 10,
            width=w - 100,
            height=height,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 12

    def check(name, tip, x=50):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=state["y"] - 3,
            size=11,
            borderColor=colors.grey,
            fillColor=colors.white,
            buttonStyle="check",
        )

    def yes_no(name, label, tip, values=("Yes", "No")):
        lines = simpleSplit(label, "Helvetica", 10, 330)
        room(len(lines) * 13 + 12)
        c.setFont("Helvetica", 10)
        top = state["y"]
        for ln in lines:
            c.drawString(50, state["y"], ln)
            state["y"] -= 13
        x = 400
        for value in values:
            form.radio(
                name=name,
                value=value.replace(" ", ""),
                selected=False,
                x=x,
                y=top - 3,
                size=11,
                buttonStyle="circle",
                borderColor=colors.grey,
                fillColor=colors.white,
                forceBorder=True,
                tooltip=tip,
            )
            c.setFont("Helvetica", 10)
            c.drawString(x + 15, top, value)
            x += 50
        state["y"] -= 10

    # page 1
    c.setFillColor(plum)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Harrowfield County Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Community Support Approved Provider List")
    state["y"] -= 17
    c.drawString(50, state["y"], "Application form for providers")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Harrowfield County Council buys community support for adults and children from an "
        "Approved Provider List. Organisations on the list can be asked to quote for "
        "individual packages and small projects, usually worth between £2,000 and £40,000. "
        "Being on the list does not guarantee any work. The list is open to new applications "
        "at any time until 31 March 2030."
    )
    state["y"] -= 4
    txt(
        "Please read the Approved Provider List Guidance before you fill in this form. Type "
        "your answers into the boxes, save the form, and email it with the documents listed "
        "in Section 6 to commissioning@harrowfield.example.gov.uk. The answer boxes in "
        "Section 3 will not let you type more than the number of characters shown."
    )
    heading("Section 1: About your organisation")
    field("1.1 Organisation name", "1.1 Name of organisation", "Name of organisation", maxlen=120)
    field("1.2 Address", "1.2 Address", "Address")
    field("1.3 Postcode", "1.3 Postcode", "Postcode", maxlen=8)
    field("1.4 Contact name", "1.4 Main contact name", "Main contact name")
    field("1.5 Position", "1.5 Position", "Position")
    field("1.6 Telephone", "1.6 Telephone", "Telephone", maxlen=15)
    field("1.7 Email", "1.7 Email address", "Email address")
    field(
        "1.8 Type of organisation",
        "1.8 Type of organisation (e.g. charity, CIC)",
        "Type of organisation",
    )
    field(
        "1.9 Charity number",
        "1.9 Registered charity number",
        "Registered charity number",
        maxlen=8,
    )
    field("1.10 Company number", "1.10 Company number", "Company number", maxlen=8)

    heading("Section 2: Service categories")
    txt("2.1 Which categories are you applying for? Tick all that apply.")
    state["y"] -= 4
    for key, label in (
        ("A", "Category A: Day opportunities for adults"),
        ("B", "Category B: Short breaks for disabled children and young people"),
        ("C", "Category C: Befriending and social connection"),
        ("D", "Category D: Support for unpaid carers"),
    ):
        room(20)
        check(f"2.1 Category {key}", label, x=60)
        c.setFont("Helvetica", 10)
        c.drawString(80, state["y"], label)
        state["y"] -= 18

    heading("Section 3: Your services and experience")
    txt(
        "Your answers to this section will be assessed on a pass / fail basis against the "
        "standards in section 5 of the Guidance.",
        size=9.5,
        font="Helvetica-Oblique",
    )
    state["y"] -= 4
    box(
        "3.1 Services",
        "3.1 Describe the services your organisation provides in the categories you have "
        "ticked, and which parts of the county you cover. (up to 2,400 characters)",
        "Describe the services your organisation provides in the categories you have ticked, "
        "and which parts of the county you cover.",
        height=150,
        maxlen=2400,
    )
    box(
        "3.2 Experience",
        "3.2 Tell us about your experience of supporting disabled people or people with "
        "long-term conditions, including any work paid for by a council or the NHS. (up to "
        "1,500 characters)",
        "Tell us about your experience of supporting disabled people or people with "
        "long-term conditions.",
        height=120,
        maxlen=1500,
    )
    box(
        "3.3 Staff and volunteers",
        "3.3 How do you make sure your staff and volunteers are suitable, trained and "
        "supervised? (up to 1,500 characters)",
        "How do you make sure your staff and volunteers are suitable, trained and supervised?",
        height=120,
        maxlen=1500,
    )
    box(
        "3.4 Involving people",
        "3.4 How do you involve the people you support, and their families or carers, in "
        "planning and reviewing their support? (no more than 200 words)",
        "How do you involve the people you support in planning and reviewing their support?",
        height=120,
    )
    box(
        "3.5 Complaints",
        "3.5 How do you deal with complaints, and what have you changed as a result of one? "
        "(up to 900 characters)",
        "How do you deal with complaints?",
        height=90,
        maxlen=900,
    )

    heading("Section 4: Finance and insurance")
    field(
        "4.1 Annual income",
        "4.1 Total income in your last financial year (£)",
        "Total income in your last financial year",
        lw=280,
        maxlen=12,
    )
    field(
        "4.2 Year end",
        "4.2 Date your financial year ends",
        "Date your financial year ends",
        lw=280,
        maxlen=10,
    )
    yes_no(
        "4.3 Public liability",
        "4.3 Does your organisation hold public liability insurance of at least £5 million?",
        "Public liability insurance of at least £5 million",
    )
    yes_no(
        "4.4 Employer's liability",
        "4.4 If you employ staff, do you hold employer's liability insurance of at least £5 "
        "million?",
        "Employer's liability insurance",
        values=("Yes", "No", "No staff"),
    )

    heading("Section 5: Policies")
    txt(
        "Providers on the list must have the policies below. Send the first two with this "
        "form (see Section 6). You do not need to send the others, but we may ask to see them "
        "at a contract monitoring visit."
    )
    for b in (
        "Safeguarding policy covering children and adults at risk (send with this form)",
        "Complaints procedure (send with this form)",
        "Equality and diversity policy",
        "Health and safety policy",
        "Data protection policy",
    ):
        txt("\u2022  " + b, x=60, width=w - 120)

    heading("Section 6: Documents to send with this form")
    txt("Please tick each document you are sending.")
    state["y"] -= 4
    for key, label in (
        ("1", "Your constitution or other governing document"),
        (
            "2",
            "Your most recent annual accounts, audited or independently examined. If your "
            "income is under £25,000, accounts signed by your treasurer are acceptable.",
        ),
        ("3", "Your public liability insurance certificate"),
        ("4", "Your employer's liability insurance certificate (if you employ staff)"),
        ("5", "Your safeguarding policy"),
        ("6", "Your complaints procedure"),
    ):
        lines = simpleSplit(label, "Helvetica", 10, w - 150)
        room(len(lines) * 13 + 6)
        check(f"6 Document {key}", label.split(".")[0], x=60)
        c.setFont("Helvetica", 10)
        for ln in lines:
            c.drawString(80, state["y"], ln)
            state["y"] -= 13
        state["y"] -= 5
    txt(
        "You do not need to send copies of DBS certificates. Enhanced DBS checks are needed "
        "for staff and volunteers in Categories A and B, and we will check your records "
        "before you receive any work.",
        size=9.5,
    )

    new_page()
    heading("Section 7: Declaration")
    txt(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. I understand that the Council may remove the "
        "organisation from the Approved Provider List if any of it is found to be untrue."
    )
    state["y"] -= 4
    room(24)
    check("7 Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(70, state["y"], "I agree to the declaration above")
    state["y"] -= 24
    field("7 Name", "Name (typing your name counts as your signature)", "Name", lw=260)
    field("7 Position", "Position", "Position", lw=260)
    field("7 Date", "Date", "Date", lw=260, maxlen=10)
    folio()
    c.showPage()
    c.save()


# ------------------------------------------------------------- Oakenford (text pdf guidance)


def oakenford() -> None:
    """A combined authority's guide for providers on joining its dynamic purchasing system
    for community wellbeing services, as Word exports it to PDF: numbered headings, a
    categories table, the online questions in a table, a numbered upload list, FAQs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "oakenford-combined-authority-community-wellbeing-dps-guide.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Wellbeing Services DPS - Guide for Providers")
    c.setAuthor("Oakenford City Region Combined Authority")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    teal = colors.HexColor("#00615C")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72,
            40,
            "Oakenford City Region Combined Authority  |  Community Wellbeing Services DPS  |  "
            "Guide for Providers",
        )
        c.drawRightString(w - 72, 40, str(state["page"]))

    def room(need):
        if state["y"] - need < 70:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 72

    def para(t, size=10.5, font="Helvetica", x=72, leading=14):
        lines = simpleSplit(t, font, size, w - x - 72)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading
        state["y"] -= 6

    def head(t):
        room(70)
        state["y"] -= 4
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def sub(t):
        room(50)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, state["y"], t)
        state["y"] -= 16

    def item(label, t, indent=84):
        lines = simpleSplit(t, "Helvetica", 10.5, w - indent - 18 - 72)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(indent, state["y"], label)
        for ln in lines:
            c.drawString(indent + 18, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def bullet(t):
        item("\u2022", t)

    def table(rows, xs, size=9.5):
        """Rows of cells; a cell's text wraps inside its column."""
        for i, r in enumerate(rows):
            font = "Helvetica-Bold" if i == 0 else "Helvetica"
            wrapped = [simpleSplit(v, font, size, xs[j + 1] - xs[j] - 8) for j, v in enumerate(r)]
            n = max(len(x) for x in wrapped)
            need = n * 12 + 8
            room(need + (30 if i == 0 else 0))
            if i == 0:
                c.setFillColor(colors.HexColor("#D9EDEB"))
                c.rect(xs[0], state["y"] - need + 10, xs[-1] - xs[0], need, stroke=0, fill=1)
                c.setFillColor(colors.black)
            c.setFont(font, size)
            for j, lines in enumerate(wrapped):
                yy = state["y"]
                for ln in lines:
                    c.drawString(xs[j] + 4, yy, ln)
                    yy -= 12
            state["y"] -= need
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] + 10, xs[-1], state["y"] + 10)
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(teal)
    c.drawString(72, state["y"], "Oakenford City Region Combined Authority")
    state["y"] -= 30
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Community Wellbeing Services")
    state["y"] -= 20
    c.drawString(72, state["y"], "Dynamic Purchasing System (DPS)")
    state["y"] -= 20
    c.setFont("Helvetica", 11.5)
    c.drawString(72, state["y"], "Guide for providers: how to apply to join")
    state["y"] -= 16
    c.drawString(72, state["y"], "Reference: OCRCA/DPS/2027/02    Version 1.3, January 2027")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About the DPS")
    para(
        "Oakenford City Region Combined Authority (the Combined Authority) and the five "
        "councils of the city region use this Dynamic Purchasing System (DPS) to buy small "
        "community wellbeing services: activities and support that help people stay "
        "connected, active and independent. A DPS is an electronic list of approved "
        "providers. Once you are on it, you will be invited to bid for individual contracts "
        "(call-offs) in the categories you are approved for."
    )
    para(
        "The DPS opened on 1 February 2027 and will run until 31 January 2031. Unlike a "
        "framework, it stays open for the whole of that time: you can apply to join at any "
        "point, and you can apply for more categories later. We expect most call-off "
        "contracts to be worth between £5,000 and £75,000 and to last one or two years."
    )
    para(
        "Joining the DPS is free. Being on the DPS does not guarantee that you will be "
        "awarded any work."
    )

    head("2. Who can apply")
    para(
        "Any organisation that can deliver the services can apply. We particularly welcome "
        "applications from voluntary and community organisations, charities, community "
        "interest companies, social enterprises and small businesses based in the city "
        "region. You can apply:"
    )
    bullet("on your own;")
    bullet(
        "as the lead member of a group of organisations (a consortium), in which case the "
        "lead must answer for the whole group; or"
    )
    bullet("with subcontractors, if you tell us who they are and what they will do.")
    para(
        "You do not need to be a registered charity, and you do not need to have held a "
        "public sector contract before."
    )

    head("3. The categories")
    para("You can apply for one category or for several. The categories are:")
    table(
        [
            ["Category", "Examples of services", "Typical call-off value"],
            [
                "1. Social connection",
                "Befriending, lunch clubs, friendship groups, intergenerational projects",
                "£5,000 to £30,000 a year",
            ],
            [
                "2. Physical activity",
                "Walking groups, chair-based exercise, community sport for people who are "
                "not active",
                "£5,000 to £40,000 a year",
            ],
            [
                "3. Home-based support",
                "Help at home after a hospital stay, shopping and prescription collection, "
                "telephone check-ins",
                "£10,000 to £75,000 a year",
            ],
            [
                "4. Outdoor and nature-based activity",
                "Green gym, community gardening, conservation volunteering, activities on or "
                "near water",
                "£5,000 to £40,000 a year",
            ],
        ],
        [72, 200, 400, w - 72],
    )

    head("4. How to apply")
    para(
        "All applications are made online through the Combined Authority's e-tendering "
        "portal, the Oakenford Supplier Portal (suppliers.oakenford-ca.example.gov.uk). You "
        "will need to:"
    )
    item(
        "1.",
        "register your organisation on the portal (this is free and takes about ten minutes);",
    )
    item(
        "2.",
        'find the opportunity "Community Wellbeing Services DPS" and select "Express interest";',
    )
    item(
        "3.",
        "answer the Selection Questionnaire online. This asks for your organisation's "
        "details, the exclusion grounds, your financial standing, your insurance and your "
        "policies;",
    )
    item("4.", "answer the category questions for each category you are applying for;")
    item("5.", "upload the documents listed in section 5 of this guide; and")
    item("6.", "submit your application.")
    para(
        "You can save your answers and come back to them. The portal will show how many "
        "characters you have left in each answer box."
    )
    sub("The category questions")
    para(
        "For each category you apply for, you will answer the same three questions on the "
        "portal. They are set out below so that you can prepare your answers before you "
        "start."
    )
    table(
        [
            ["No.", "Question (answered on the portal)", "Limit", "Pass mark"],
            [
                "C1",
                "Describe the services you have delivered in this category in the last three "
                "years and what they achieved.",
                "3,000 characters",
                "2 out of 4",
            ],
            [
                "C2",
                "How will you make sure the people you support are safe, and what will you do "
                "if you have a concern?",
                "2,000 characters",
                "2 out of 4",
            ],
            [
                "C3",
                "How do you recruit, train and support the staff and volunteers who deliver "
                "this kind of service?",
                "2,000 characters",
                "2 out of 4",
            ],
        ],
        [72, 104, 380, 470, w - 72],
    )

    head("5. Documents you will need to upload")
    para("Every applicant must upload:")
    item(
        "1.",
        "your governing document: for example your constitution, articles of association or "
        "trust deed;",
    )
    item(
        "2.",
        "your accounts for the last two financial years. We do not need audited accounts "
        "unless the law requires you to have an audit: independently examined accounts are "
        "fine. If your organisation has not yet completed a financial year, upload management "
        "accounts for the months you have been running instead;",
    )
    item(
        "3.",
        "a copy of your public liability insurance certificate (see section 7 for the level "
        "of cover);",
    )
    item(
        "4.",
        "your safeguarding policy, covering children and adults at risk; and",
    )
    item(
        "5.",
        "two references from organisations that have funded your work or bought services "
        "from you in the last three years, on the reference template you can download from "
        "the portal.",
    )
    para("You must also upload, if they apply to you:")
    item(
        "6.",
        "a copy of your employer's liability insurance certificate, if you employ staff; and",
    )
    item(
        "7.",
        "your lone working policy, if you are applying for Category 3 (home-based support).",
    )
    para(
        "You must also have an equality and diversity policy, a health and safety policy, a "
        "data protection policy and a whistleblowing policy. The Selection Questionnaire asks "
        "you to confirm that you have them. You do not need to upload them, but we may ask to "
        "see them at any time while you are on the DPS."
    )

    head("6. How we assess applications")
    para(
        "We will assess your application within 10 working days of receiving it (we may "
        "extend this to 15 working days when we receive a large number of applications). The "
        "Selection Questionnaire is assessed pass / fail. Each category question is scored "
        "from 0 to 4, and you must score at least 2 on each question to be approved for that "
        "category."
    )
    para(
        "If your application is not successful, we will tell you why. You can apply again "
        "at any time, and we encourage you to talk to us first."
    )

    head("7. Insurance")
    para(
        "Providers on the DPS must hold public liability insurance of at least £5 million "
        "for any one claim. For call-offs in Category 4 that include activities on or near "
        "water, we will ask for £10 million. If you employ staff, you must also hold "
        "employer's liability insurance of at least £5 million, as the law requires. We may "
        "ask for professional indemnity insurance for some call-offs; the call-off documents "
        "will say so."
    )

    head("8. After you join: call-offs")
    para(
        "When one of the councils or the Combined Authority wants to buy a service, it will "
        "send a call-off invitation through the portal to every provider approved in that "
        "category. The invitation will include a short specification, the questions, the "
        "word or character limits, how bids will be scored and the deadline (at least 10 "
        "days). Most call-offs are scored 70% on quality and 30% on price."
    )
    para(
        "Call-off contracts use the Combined Authority's standard terms for community "
        "services. We pay within 30 days of a correct invoice, usually quarterly in advance "
        "for contracts under £20,000. The DPS is for buying services: we pay the price you "
        "bid, and we do not ask providers to find match funding or to pay for any part of a "
        "service from their own funds."
    )

    head("9. Social value")
    para(
        "The councils of the city region want the services they buy to bring wider benefits "
        "to local communities, such as volunteering opportunities, local jobs and "
        "apprenticeships. Call-off invitations will usually include a social value question "
        "worth 10% of the quality score."
    )

    head("10. Questions and help")
    sub("Do we have to be on the DPS to get work from the councils?")
    para(
        "No. The councils also award grants and buy services in other ways. But the DPS is "
        "the main route for buying community wellbeing services worth more than £5,000."
    )
    sub("Can we leave the DPS?")
    para("Yes. Tell us through the portal and we will remove you within five working days.")
    sub("What if our policies or insurance change?")
    para(
        "You must keep your information up to date. Upload a new insurance certificate each "
        "year when you renew."
    )
    sub("Who can help us with our application?")
    para(
        "The Commercial Team runs a free online briefing for providers on the first Tuesday "
        "of every month. Oakenford Voluntary Action can also help local groups to prepare "
        "their applications. Contact us at dps@oakenford-ca.example.gov.uk or on 01632 "
        "960 418."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    brockhurst()
    millbeck()
    harrowfield()
    oakenford()


if __name__ == "__main__":
    main()
