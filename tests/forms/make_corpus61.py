"""Build set 61's Word and PDF documents (typical multi-year strategic and core funding from
councils for voluntary organisations: a three-year strategic partnership fund, core grants to
advice and infrastructure organisations, a service level agreement renewal and a prospectus
for strategic grants; written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus61.py
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


class _Word:
    """The few helpers an ordinary Word application form is made of."""

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

    def boxed(self, text: str, height: int = 3000) -> None:
        """A question as a bold paragraph, its answer a one-cell bordered box under it."""
        self.para(text, bold=True)
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], height)
        self.para()

    def numbered(self, number: str, text: str, height: int = 3000) -> None:
        """A question as a two-row table: number and question shaded, then an answer row
        merged across both columns."""
        from docx.shared import Cm

        t = self.d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], number, bold=True)
        _set(t.rows[0].cells[1], text, bold=True)
        for c in t.rows[0].cells:
            _shade(c, self.shade)
        t.rows[0].cells[0].width = Cm(1.4)
        t.rows[0].cells[1].width = Cm(15.6)
        merged = t.rows[1].cells[0].merge(t.rows[1].cells[1])
        merged.paragraphs[0].text = ""
        _row_height(t.rows[1], height)
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


# ------------------------------------------------------------ Brackenford (docx form)


def brackenford() -> None:
    """A county council's three-year Strategic Partnership Fund application form in Word:
    Sections A to H, numbered items, label/box tables, each question a bold paragraph with
    "(maximum N words)" over a one-cell answer box, a governance section with a policies
    checklist, a finance section, an outcomes framework table with targets for three years,
    a three-year budget table, a documents checklist and two signatures."""
    d = _new(
        "Strategic Partnership Fund 2027-2030 Application Form",
        "Brackenford County Council - Communities and Partnerships",
        "Arial",
        11,
    )
    w = _Word(d, "E2EFD9")
    d.add_heading("Brackenford County Council", level=0)
    w.heading("Strategic Partnership Fund 2027 to 2030: Application Form", 1)
    w.para(
        "The Strategic Partnership Fund provides three-year funding of £20,000 to £60,000 a "
        "year to voluntary, community and social enterprise (VCSE) organisations that help "
        "the council to deliver the priorities in the Brackenford Council Plan 2026-2030. "
        "Funding will run from 1 April 2027 to 31 March 2030, subject to satisfactory "
        "monitoring each year."
    )
    w.para(
        "Please read the Strategic Partnership Fund guidance notes and the outcomes "
        "framework before you complete this form. Answer every question, keeping to the word "
        "limits: the panel will not read beyond them. The answer boxes will expand as you "
        "type."
    )
    w.para(
        "Return the completed form, signed by two people, with your supporting documents to "
        "partnershipfund@brackenford.example.gov.uk by 12 noon on Monday 1 February 2027. "
        "Late applications will not be considered."
    )
    w.para(
        "If you need this form in another format or have any questions, please contact the "
        "Communities and Partnerships Team on 01632 960552.",
        italic=True,
    )

    w.heading("Section A: About your organisation")
    w.details(
        [
            "A1 Name of organisation",
            "A2 Registered address",
            "A3 Postcode",
            "A4 Main contact name",
            "A5 Position in organisation",
            "A6 Telephone",
            "A7 Email",
            "A8 Website",
        ]
    )
    w.para("A9 Legal status (please tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation (CIO)    "
        f"{BOX} Company limited by guarantee    {BOX} Community interest company    "
        f"{BOX} Charitable community benefit society"
    )
    w.details(
        [
            "A10 Registered charity number",
            "A11 Company number",
            "A12 Date your organisation was established",
        ]
    )

    w.heading("Section B: Governance")
    w.details(
        [
            "B1 Number of trustees or directors on your board",
            "B2 Number of trustees who are independent (not paid staff and not related to "
            "each other)",
        ]
    )
    w.para("B3 How often does your board meet? (please tick one)", bold=True)
    w.para(
        f"{BOX} Monthly    {BOX} Every two months    {BOX} Quarterly    {BOX} Less than quarterly"
    )
    w.boxed(
        "B4 Describe how your board oversees the work of the organisation, including how it "
        "manages risk and monitors performance. (maximum 300 words)",
        2600,
    )
    w.para("B5 Policies", bold=True)
    w.para(
        "All organisations funded through the Strategic Partnership Fund must have the "
        "following policies in place, approved by their board. Please tick each one to "
        "confirm you have it. We may ask to see any of them before we offer funding."
    )
    w.grid(
        ["Policy", "We have this policy (✓)"],
        [
            ["Safeguarding children and adults at risk", ""],
            ["Equality and diversity", ""],
            ["Health and safety", ""],
            ["Data protection, including a privacy notice", ""],
            ["Complaints", ""],
            ["Whistleblowing", ""],
        ],
    )

    w.heading("Section C: Finance")
    w.details(
        [
            "C1 Date of your financial year end",
            "C2 Total income in your last financial year (£)",
            "C3 Total expenditure in your last financial year (£)",
            "C4 Unrestricted reserves at the end of your last financial year (£)",
            "C5 Income from Brackenford County Council in your last financial year (£)",
        ]
    )
    w.boxed(
        "C6 Explain what level of reserves your board aims to hold, and how your current "
        "reserves compare with it. (maximum 200 words)",
        2000,
    )

    w.heading("Section D: Your proposal")
    w.details(["D1 Title of the service or programme"])
    w.para(
        "D2 Which of the council's partnership priorities will your proposal deliver? "
        "(tick all that apply)",
        bold=True,
    )
    w.para(
        f"{BOX} Strong and resilient communities    {BOX} Health and wellbeing    "
        f"{BOX} Tackling poverty and inequality"
    )
    w.boxed(
        "D3 Describe the service you will deliver over the three years of funding: what you "
        "will do, where and when, and who will deliver it. (maximum 750 words)",
        5200,
    )
    w.boxed(
        "D4 What evidence is there of need for this service in Brackenford? Please refer to "
        "local data, consultation or your own records. (maximum 500 words)",
        4000,
    )
    w.boxed(
        "D5 Who will benefit? Describe the people and communities you will work with, and how "
        "you will reach those who find it hardest to get help. (maximum 400 words)",
        3400,
    )
    w.boxed(
        "D6 How will you work in partnership with other organisations, including the council "
        "and other voluntary sector groups? (maximum 400 words)",
        3400,
    )
    w.boxed(
        "D7 How will you involve the people who use your service in its design and in "
        "reviewing how well it works? (maximum 250 words)",
        2400,
    )

    w.heading("Section E: Outcomes and monitoring")
    w.para(
        "E1 The Strategic Partnership Fund outcomes framework sets out the outcomes the "
        "council wants funded organisations to achieve and how progress will be measured. "
        "Please enter your target for each year against each indicator that applies to your "
        "proposal. Leave blank any that do not apply.",
    )
    w.grid(
        ["Outcome", "Indicator", "Year 1", "Year 2", "Year 3"],
        [
            [
                "People are less isolated and more connected",
                "Number of people taking part in regular activities",
                "",
                "",
                "",
            ],
            [
                "People are more financially resilient",
                "Number of people helped to increase their income or manage debt",
                "",
                "",
                "",
            ],
            [
                "People are healthier and more independent",
                "Number of people reporting improved wellbeing",
                "",
                "",
                "",
            ],
            [
                "Communities do more for themselves",
                "Number of volunteers; number of volunteer hours",
                "",
                "",
                "",
            ],
            [
                "Groups are stronger and better run",
                "Number of community groups supported",
                "",
                "",
                "",
            ],
        ],
    )
    w.boxed(
        "E2 Describe how you will collect and record information to show your progress "
        "against these targets, and how you will use it to improve your service. (maximum "
        "300 words)",
        2600,
    )

    w.heading("Section F: Budget and funding")
    w.para(
        "F1 Please show the cost of the service for each year. Include the costs to be met "
        "by this fund and by any other funding.",
    )
    w.grid(
        ["Cost heading", "2027-28 (£)", "2028-29 (£)", "2029-30 (£)"],
        [
            ["Salaries and on-costs", "", "", ""],
            ["Volunteer expenses", "", "", ""],
            ["Premises", "", "", ""],
            ["Running costs", "", "", ""],
            ["Management and overheads", "", "", ""],
            ["Other (please specify)", "", "", ""],
            ["Total", "", "", ""],
        ],
    )
    w.para(
        "The Strategic Partnership Fund will contribute no more than 70% of the total cost of "
        "the service. You must show where at least 30% of the cost will come from. This can "
        "include other grants, contracts, earned income and the value of volunteer time."
    )
    w.details(
        [
            "F2 Total cost of the service over three years (£)",
            "F3 Total amount requested from the Strategic Partnership Fund over three years (£)",
        ]
    )
    w.para(
        "F4 Other funding for this service. Please list each source and say whether it is "
        "confirmed or applied for.",
    )
    w.grid(
        ["Source of funding", "Amount (£)", "Confirmed or applied for"],
        [["", "", ""], ["", "", ""], ["", "", ""]],
    )
    w.boxed(
        "F5 Explain how you have worked out your costs and why the service offers good value "
        "for money. (maximum 300 words)",
        2600,
    )
    w.boxed(
        "F6 How will you make the service sustainable, and how would you manage if council "
        "funding were reduced in future years? (maximum 300 words)",
        2600,
    )

    w.heading("Section G: Supporting documents")
    w.para(
        "Please send the following documents with your application and tick each one you "
        "have enclosed. We cannot assess your application without them."
    )
    w.grid(
        ["Document", "Enclosed (✓)"],
        [
            [
                "Your governing document (constitution, memorandum and articles of "
                "association, or trust deed), signed and dated",
                "",
            ],
            [
                "Your annual accounts for the last two financial years, audited or "
                "independently examined",
                "",
            ],
            ["Your business plan or strategic plan, covering at least the next three years", ""],
            ["Your safeguarding policy", ""],
            ["A list of your trustees or directors, with their roles", ""],
            [
                "Job descriptions for any posts to be funded by this grant, if you will employ "
                "staff with it",
                "",
            ],
        ],
    )
    w.para(
        "If your most recent annual accounts are for a year that ended more than ten months "
        "before the closing date, please also send your latest management accounts."
    )
    w.para(
        "Funded organisations must hold public liability insurance of at least £5 million "
        "and, if they employ staff, employer's liability insurance as the law requires. You do "
        "not need to send your insurance certificates now: we will ask for copies before the "
        "funding agreement is signed."
    )

    w.heading("Section H: Declaration")
    w.para(
        "We confirm that the information in this application is true and complete, that the "
        "board has approved this application, and that the organisation has the policies "
        "ticked in Section B. We understand that the council may check the information we "
        "have given and may withhold or recover funding if any of it is untrue. We agree that "
        "the council may hold and use the information in this form to assess and monitor "
        "funding, in line with its privacy notice."
    )
    w.para(
        "The form must be signed by the Chair (or another trustee) and by your Chief "
        "Executive or most senior member of staff."
    )
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Chair or trustee", "Chief Executive or senior manager"]):
        _set(t.rows[0].cells[i], h, bold=True)
    for r, label in enumerate(["Signature", "Name", "Date"], start=1):
        _set(t.rows[r].cells[0], label, bold=True)
        _shade(t.rows[r].cells[0], "E2EFD9")
        _row_height(t.rows[r], 500)
    w.para()
    w.para(
        "Brackenford County Council, County Hall, Market Street, Brackenford BK1 2CH. "
        "www.brackenford.example.gov.uk/partnershipfund",
        italic=True,
    )

    out = HERE / "brackenford-strategic-partnership-fund-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Kellingmoor (docx form)


def kellingmoor() -> None:
    """A borough council's core grants form for advice and infrastructure organisations in
    Word: Parts 1 to 6, label/box tables, each question a table with its number and text
    shaded over an answer row merged across, "(no more than N words)", documents in a
    bulleted list, an activity figures table, signatures of the chair and the manager."""
    d = _new(
        "Core Grants 2027-2030 - Advice and Infrastructure - Application Form",
        "Kellingmoor Borough Council",
        "Calibri",
        11,
    )
    w = _Word(d, "D9E2F3")
    d.add_heading("Kellingmoor Borough Council", level=0)
    w.heading("Core Grants for Advice and Infrastructure Organisations 2027-2030", 1)
    w.para("Application form", bold=True)
    w.para(
        "Kellingmoor Borough Council gives core grants to voluntary organisations that "
        "provide free, independent advice to residents (general advice, debt, welfare "
        "benefits and housing) and to organisations that support the borough's voluntary and "
        "community sector (infrastructure support). Core grants contribute to an "
        "organisation's running costs, such as management and supervision, premises, IT and "
        "front-line advice staff, for three years from 1 April 2027."
    )
    w.para(
        "The service specifications for the two strands are in Annex A of the guidance "
        "notes. Please read them and the guidance before you start. Keep to the word limit "
        "for each question. Please do not send leaflets or annual reports unless we ask for "
        "them."
    )
    w.para(
        "Email your completed form and documents to coregrants@kellingmoor.example.gov.uk "
        "by 5pm on Friday 15 January 2027."
    )

    w.heading("Part 1: Your organisation")
    w.details(
        [
            "1.1 Name of organisation",
            "1.2 Address",
            "1.3 Postcode",
            "1.4 Contact name",
            "1.5 Job title",
            "1.6 Telephone",
            "1.7 Email",
            "1.8 Charity number",
            "1.9 Company number",
        ]
    )
    w.para("1.10 Which strand are you applying for? (tick one)", bold=True)
    w.para(f"{BOX} Advice services         {BOX} Voluntary sector infrastructure support")
    w.details(
        [
            "1.11 Quality marks you hold (for example the Advice Quality Standard, Matrix or "
            "Trusted Charity) and when each expires",
        ]
    )

    w.heading("Part 2: Your service now")
    w.numbered(
        "2.1",
        "Describe your organisation's aims and the core services you provide to people or "
        "groups in Kellingmoor now. (no more than 400 words)",
        3400,
    )
    w.para(
        "2.2 Please complete the table with your figures for your last full financial year.",
        bold=True,
    )
    w.grid(
        ["Measure", "Number"],
        [
            ["Residents or groups supported", ""],
            ["Enquiries dealt with", ""],
            ["Volunteers", ""],
            ["Volunteer hours", ""],
        ],
    )
    w.numbered(
        "2.3",
        "What difference has your service made to the people or groups you support? Please "
        "give examples and any evidence you have. (no more than 500 words)",
        4000,
    )

    w.heading("Part 3: Your proposal for 2027-2030")
    w.numbered(
        "3.1",
        "Tell us what the core grant would pay for and how it would help you deliver the "
        "service specification for your strand. (no more than 750 words)",
        5200,
    )
    w.numbered(
        "3.2",
        "How will you make sure your service is accessible to all residents, including "
        "disabled people, people whose first language is not English and people living in "
        "the rural north of the borough? (no more than 400 words)",
        3400,
    )
    w.numbered(
        "3.3",
        "How will you work with other advice and support providers and with the council so "
        "that people are referred to the right help? (no more than 300 words)",
        2800,
    )
    w.numbered(
        "3.4",
        "How will you measure the outcomes of your work and report them to the council? (no "
        "more than 300 words)",
        2800,
    )

    w.heading("Part 4: Money")
    w.details(
        [
            "4.1 Core grant requested for 2027-28 (£)",
            "4.2 Core grant requested for 2028-29 (£)",
            "4.3 Core grant requested for 2029-30 (£)",
            "4.4 Total income in your last financial year (£)",
            "4.5 Unrestricted reserves at your last year end (£)",
        ]
    )
    w.numbered(
        "4.6",
        "Summarise your other sources of funding for core costs and what you are doing to "
        "broaden your income. (no more than 250 words)",
        2400,
    )

    w.heading("Part 5: Documents to send")
    w.para("Please email these documents with your application form:")
    w.bullet(
        "your governing document (constitution, memorandum and articles of association, or "
        "trust deed)"
    )
    w.bullet("your most recent annual accounts, signed by your chair or treasurer")
    w.bullet("a budget for each of the three years, showing how the core grant will be spent")
    w.bullet("your safeguarding policy")
    w.bullet("your complaints procedure")
    w.bullet(
        "a copy of your public liability insurance certificate (you must hold cover of at "
        "least £5 million)"
    )
    w.bullet("a copy of your quality mark certificate, if you have one")
    w.bullet(
        "if you give immigration advice, evidence of your registration with the Office of the "
        "Immigration Services Commissioner (OISC)"
    )
    w.para(
        "Advice providers must also hold professional indemnity insurance. You do not need "
        "to send this certificate."
    )

    w.heading("Part 6: Declaration")
    w.para(
        "I declare that the information in this application is correct to the best of my "
        "knowledge and that the organisation's management committee or board has agreed to "
        "this application. I confirm that the organisation has an equal opportunities policy "
        "and a data protection policy and follows them. I understand that if a grant is "
        "awarded it will be subject to the council's grant agreement and conditions."
    )
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [
        ["Signed (Chair)", "", "Print name", ""],
        ["Signed (Manager or Chief Officer)", "", "Print name", ""],
        ["Date", "", "", ""],
    ]
    for r, vals in enumerate(rows):
        for i, v in enumerate(vals):
            if v:
                _set(t.rows[r].cells[i], v, bold=True)
                _shade(t.rows[r].cells[i], "D9E2F3")
        _row_height(t.rows[r], 520)
    w.para()
    w.para("For office use only: Date received ______  Reference ______  Officer ______")

    out = HERE / "kellingmoor-core-grant-advice-infrastructure-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------- Stowmarden (fillable PDF form)


def stowmarden() -> None:
    """A district council's service level agreement renewal proposal form as Acrobat's
    "Prepare form" makes one from a Word form: labels printed on the page, tooltips from the
    labels, /MaxLen on the short fields and on five answer boxes whose labels give
    characters, two boxes limited in words on the label only, a Yes/No radio group, check
    boxes against the documents and the declaration."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stowmarden-sla-renewal-proposal-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Service Level Agreement renewal 2027-2030 - proposal form")
    c.setAuthor("Stowmarden District Council")
    c.setSubject("Voluntary sector service level agreements")
    c.setCreator("Adobe Acrobat Pro (64-bit) 24.2")
    w, h = A4
    form = c.acroForm
    navy = colors.HexColor("#1F3864")
    fill = colors.HexColor("#EEF2F8")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(navy)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, tip, lw=210, maxlen=0):
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

    def box(name, label, tip, height=150, maxlen=0):
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

    def folio(n):
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, "Stowmarden District Council - SLA renewal proposal form 2027-2030")
        c.drawRightString(w - 50, 30, f"Page {n} of 4")

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(navy)
    c.drawString(50, state["y"], "Stowmarden District Council")
    state["y"] -= 22
    c.drawString(50, state["y"], "Service Level Agreement renewal 2027-2030: proposal form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Your organisation's Service Level Agreement (SLA) with the council ends on 31 March "
        "2027. The council intends to renew agreements with voluntary sector partners for "
        "three years, from 1 April 2027 to 31 March 2030, where the service continues to "
        "meet the council's priorities and has performed well. This form is your proposal "
        "for the new agreement. It will be assessed by your SLA officer and a panel of "
        "officers, and the agreed proposal will form the service specification of your new "
        "SLA."
    )
    state["y"] -= 4
    txt(
        "Please type your answers into the boxes. Where a box shows a limit in characters it "
        "will stop accepting text at the limit. Save the form and email it, with your "
        "documents, to sla@stowmarden.example.gov.uk by 5pm on 18 December 2026."
    )
    heading("Section 1: Your organisation")
    field("1.1 Organisation name", "1.1 Name of organisation", "Name of organisation", maxlen=100)
    field(
        "1.2 SLA reference", "1.2 Current SLA reference number", "Current SLA reference", maxlen=12
    )
    field("1.3 Contact name", "1.3 Contact name", "Contact name")
    field("1.4 Job title", "1.4 Job title", "Job title")
    field("1.5 Telephone", "1.5 Telephone number", "Telephone number", maxlen=15)
    field("1.6 Email", "1.6 Email address", "Email address")
    field(
        "1.7 Charity or company number",
        "1.7 Charity or company number",
        "Charity or company number",
        maxlen=10,
    )
    heading("Section 2: Your current agreement")
    box(
        "2.1 Delivery",
        "2.1 Summarise what you have delivered under your current Service Level Agreement, "
        "against the targets in its schedule. (up to 2,000 characters)",
        "Summarise what you have delivered under your current Service Level Agreement, "
        "against the targets in its schedule. (up to 2,000 characters)",
        height=200,
        maxlen=2000,
    )
    folio(1)
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "2.2 Targets not met",
        "2.2 Tell us about any targets you did not meet, and why. (up to 1,000 characters)",
        "Tell us about any targets you did not meet, and why. (up to 1,000 characters)",
        height=120,
        maxlen=1000,
    )
    box(
        "2.3 Feedback",
        "2.3 What have the people who use your service told you about it, and what have you "
        "changed as a result? (up to 250 words)",
        "What have the people who use your service told you about it, and what have you "
        "changed as a result?",
        height=160,
    )
    heading("Section 3: Your proposal for 2027-2030")
    box(
        "3.1 Proposed service",
        "3.1 Describe the service you propose to deliver from April 2027, and any changes "
        "from your current agreement. (up to 3,000 characters)",
        "Describe the service you propose to deliver from April 2027, and any changes from "
        "your current agreement. (up to 3,000 characters)",
        height=260,
        maxlen=3000,
    )
    folio(2)
    c.showPage()

    # page 3
    state["y"] = h - 50
    box(
        "3.2 Corporate Plan",
        "3.2 How will the service help to deliver the priorities of the council's Corporate "
        "Plan 2026-2030? (up to 1,500 characters)",
        "How will the service help to deliver the priorities of the council's Corporate Plan "
        "2026-2030? (up to 1,500 characters)",
        height=150,
        maxlen=1500,
    )
    box(
        "3.3 Outcomes and targets",
        "3.3 What outcomes and targets do you propose for each year of the new agreement, and "
        "how will you evidence them? (up to 300 words)",
        "What outcomes and targets do you propose for each year of the new agreement, and how "
        "will you evidence them?",
        height=190,
    )
    heading("Section 4: Finance")
    field(
        "4.1 Amount 2027-28",
        "4.1 Amount requested for 2027-28 (£)",
        "Amount 2027-28",
        lw=260,
        maxlen=10,
    )
    field(
        "4.2 Amount 2028-29",
        "4.2 Amount requested for 2028-29 (£)",
        "Amount 2028-29",
        lw=260,
        maxlen=10,
    )
    field(
        "4.3 Amount 2029-30",
        "4.3 Amount requested for 2029-30 (£)",
        "Amount 2029-30",
        lw=260,
        maxlen=10,
    )
    box(
        "4.4 Calculation",
        "4.4 Explain how you have calculated the amount requested, including any increase on "
        "your current agreement. (up to 1,200 characters)",
        "Explain how you have calculated the amount requested, including any increase on your "
        "current agreement. (up to 1,200 characters)",
        height=130,
        maxlen=1200,
    )
    field(
        "4.5 Income",
        "4.5 Total income in your last financial year (£)",
        "Total income",
        lw=260,
        maxlen=10,
    )
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "4.6 Is your organisation registered for VAT?")
    for value, x in (("Yes", 320), ("No", 380)):
        form.radio(
            name="4.6 VAT registered",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
            tooltip="Is your organisation registered for VAT?",
        )
        c.drawString(x + 15, state["y"], value)
    state["y"] -= 24
    folio(3)
    c.showPage()

    # page 4
    state["y"] = h - 50
    heading("Section 5: Documents")
    txt(
        "Please email these documents with your proposal and tick each one you are sending. "
        "We already hold your governing document: only send it again if it has changed since "
        "your current agreement began."
    )
    state["y"] -= 4
    docs = [
        ("5 Accounts", "Your latest annual accounts, independently examined or audited"),
        ("5 Budget", "Your organisation's budget for the current financial year"),
        (
            "5 Insurance",
            "Your public liability insurance certificate, showing cover of at least £10 million",
        ),
        (
            "5 Governing document",
            "Your governing document, if it has changed since your current agreement began",
        ),
        (
            "5 Business plan",
            "Your business plan, if you have updated it since your current agreement began",
        ),
        (
            "5 Safeguarding",
            "Your safeguarding policy, if the service works with children or adults at risk",
        ),
    ]
    for name, label in docs:
        check(name, label)
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section 6: Declaration")
    txt(
        "I confirm that the information in this proposal is correct and that I am authorised "
        "to submit it on behalf of the organisation. I confirm that the organisation has an "
        "equal opportunities policy, a health and safety policy and a data protection policy, "
        "and will keep them up to date for the length of the agreement. I understand that "
        "the council will decide whether to renew the agreement, and on what terms, after "
        "considering this proposal and the organisation's performance."
    )
    state["y"] -= 4
    check("6 Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(66, state["y"], "I agree to the declaration above")
    state["y"] -= 26
    field("6 Name", "Name (typing your name counts as your signature)", "Name", lw=260)
    field("6 Position", "Position in organisation", "Position", lw=260)
    field("6 Date", "Date", "Date", lw=260, maxlen=10)
    state["y"] -= 8
    txt(
        "Stowmarden District Council, Council Offices, Abbey Lane, Stowmarden SM4 9DX. "
        "Telephone 01632 960319. The council will use your information to assess your "
        "proposal and manage your agreement; see www.stowmarden.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    folio(4)
    c.showPage()
    c.save()


# -------------------------------------------------------- Ravensby (text PDF guidance)


def ravensby() -> None:
    """A city council's prospectus for three-year strategic grants to the voluntary and
    community sector, as Word exports it to PDF: numbered headings, bullets, an outcomes
    framework table, minimum standards, the online form's sections described, "What you need
    to upload", an assessment table, a timetable and FAQs, six pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ravensby-vcs-strategic-grants-prospectus.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Voluntary and Community Sector Strategic Grants 2027-2030 - Prospectus")
    c.setAuthor("Ravensby City Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    plum = colors.HexColor("#5B2C6F")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Ravensby City Council - VCS Strategic Grants 2027-2030 prospectus")
        c.drawRightString(w - 72, 40, f"Page {state['page']}")

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
        room(64)
        state["y"] -= 4
        c.setFillColor(plum)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def bullet(t):
        lines = simpleSplit(t, "Helvetica", 10.5, w - 162)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(84, state["y"], "\u2022")
        for ln in lines:
            c.drawString(96, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def table(rows, xs, size=9.5):
        """Rows of cells; a cell's text wraps within its column."""
        widths = [xs[i + 1] - xs[i] - 8 for i in range(len(xs) - 1)]
        for i, r in enumerate(rows):
            font = "Helvetica-Bold" if i == 0 else "Helvetica"
            cells = [simpleSplit(v, font, size, widths[j]) for j, v in enumerate(r)]
            n = max(len(x) for x in cells)
            room(n * 12 + 12)
            if i == 0:
                c.setFillColor(colors.HexColor("#E8DDEE"))
                c.rect(
                    xs[0],
                    state["y"] - 6 - (n - 1) * 12,
                    xs[-1] - xs[0],
                    n * 12 + 8,
                    stroke=0,
                    fill=1,
                )
                c.setFillColor(colors.black)
            c.setFont(font, size)
            for j, lines in enumerate(cells):
                for k, ln in enumerate(lines):
                    c.drawString(xs[j] + 4, state["y"] - k * 12, ln)
            state["y"] -= (n - 1) * 12
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] - 6, xs[-1], state["y"] - 6)
            state["y"] -= 20
        state["y"] -= 8

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(plum)
    c.drawString(72, state["y"], "Voluntary and Community Sector")
    state["y"] -= 26
    c.drawString(72, state["y"], "Strategic Grants 2027-2030")
    state["y"] -= 24
    c.setFont("Helvetica", 14)
    c.drawString(72, state["y"], "Prospectus and guidance for applicants")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Ravensby City Council - Communities Directorate - October 2026")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. Introduction")
    para(
        "Ravensby City Council values the city's voluntary and community sector (VCS) as a "
        "partner in improving the lives of residents. Through the VCS Strategic Grants "
        "programme the council will invest £1.8 million a year for three years, from 1 April "
        "2027 to 31 March 2030, in organisations whose work helps to deliver the outcomes of "
        "the Ravensby Together strategy."
    )
    para(
        "This programme replaces the current core grants and the voluntary sector service "
        "level agreements, all of which end on 31 March 2027. Organisations that receive "
        "funding now are not guaranteed funding under the new programme and will need to "
        "apply in the same way as everyone else."
    )
    head("2. What the programme will fund")
    para("Grants are available in three strands:")
    bullet(
        "Strand A: Advice. Free, independent advice on welfare benefits, debt, housing and "
        "employment, to quality standards. Grants of £50,000 to £200,000 a year."
    )
    bullet(
        "Strand B: Infrastructure. Support for voluntary and community groups, volunteering "
        "development and a voice for the sector. Grants of £40,000 to £150,000 a year."
    )
    bullet(
        "Strand C: Community anchors. Core funding for organisations that run a community "
        "building or hub and support other groups in their neighbourhood. Grants of £15,000 "
        "to £60,000 a year."
    )
    para(
        "Grants can pay for core costs (salaries of core staff, premises, insurance, IT, "
        "governance and management) as well as the direct costs of delivering services. "
        "This is not a match funding programme: we do not require you to find other funding "
        "for the work we fund, although we expect most organisations to have other income "
        "as well."
    )
    head("3. Outcomes framework")
    para(
        "Every funded organisation will contribute to one or more of the outcomes below and "
        "will report against the indicators that apply to its strand. You will be asked to "
        "choose your outcomes and propose targets in the application form."
    )
    table(
        [
            ["Outcome", "Example indicators"],
            [
                "Residents are more financially secure",
                "Income gained for clients; debt managed or written off; evictions prevented",
            ],
            [
                "Residents are connected and less lonely",
                "People taking part in regular activities; people reporting feeling less isolated",
            ],
            [
                "Communities are active and resilient",
                "Volunteers recruited and placed; groups supported; new groups formed",
            ],
            [
                "The VCS is strong and well led",
                "Groups with improved governance or funding; organisations taking part in "
                "sector forums",
            ],
        ],
        [72, 250, w - 72],
    )
    head("4. Who can apply")
    para("To apply, your organisation must:")
    bullet(
        "be a registered charity, a charitable incorporated organisation, a company limited "
        "by guarantee with charitable or community objects, a community interest company "
        "limited by guarantee, or a charitable community benefit society"
    )
    bullet("have a board of at least three unrelated, unpaid trustees or directors")
    bullet("have been operating for at least two years and have two years of accounts")
    bullet("deliver the funded service to Ravensby residents, from a base in the city")
    bullet("meet the minimum standards in section 6")
    para(
        "Organisations may apply together as a partnership or consortium, with one lead "
        "organisation that will hold the grant agreement."
    )
    head("5. What we will not fund")
    bullet("individuals, or organisations that distribute profits to members or shareholders")
    bullet("activities that promote religious or political beliefs")
    bullet("services the council has a legal duty to provide or already buys under contract")
    bullet("capital works, vehicles, or deficits and debts already incurred")
    head("6. Minimum standards")
    para(
        "All funded organisations must have the following in place and approved by their "
        "board. You will be asked to confirm this in the application form."
    )
    bullet("a safeguarding policy covering children and adults at risk")
    bullet("an equality and diversity policy")
    bullet("a health and safety policy")
    bullet("a data protection policy and privacy notice")
    bullet("a complaints procedure")
    para(
        "If you involve volunteers, you must also have a volunteer policy. Your safeguarding "
        "and equality policies must be uploaded with your application (see section 8); we "
        "may ask to see the others at any time."
    )
    para(
        "Funded organisations must hold public liability insurance of at least £5 million "
        "and employer's liability insurance of at least £5 million if they employ staff. "
        "Advice providers must also hold professional indemnity insurance. You will need to "
        "send copies of your certificates before your grant agreement is signed; you do not "
        "need to send them with your application."
    )
    head("7. How to apply")
    para(
        "Applications must be made through the council's online grants portal at "
        "www.ravensby.example.gov.uk/vcsgrants. You will need to register your organisation "
        "first; registration can take up to three working days. We do not accept "
        "applications by email or on paper, but we can help you if you have difficulty using "
        "the portal."
    )
    para("The online application form has seven sections:")
    bullet("Section A: your organisation's details, legal status and board")
    bullet("Section B: which strand you are applying for and how much you are asking for")
    bullet(
        "Section C: your proposal: what you will deliver, where and for whom (up to 4,000 "
        "characters)"
    )
    bullet("Section D: evidence of need in the city (up to 2,000 characters)")
    bullet(
        "Section E: the outcomes you will contribute to, with a target for each year, and "
        "how you will measure them (up to 2,500 characters)"
    )
    bullet(
        "Section F: partnership working and how you will involve residents (up to 2,000 characters)"
    )
    bullet("Section G: your budget, value for money and sustainability (up to 2,000 characters)")
    para(
        "You can save your answers and come back to them. We suggest you write your answers "
        "in a document first and paste them into the portal."
    )
    head("8. What you need to upload")
    para("You must upload the following documents with your application:")
    bullet(
        "your governing document (constitution, articles of association or trust deed), "
        "signed and dated"
    )
    bullet(
        "your annual accounts for the last two financial years. These must be independently "
        "examined or audited"
    )
    bullet("a budget for the funded service for each of the three years")
    bullet("your business plan, covering at least the period of the grant")
    bullet("your safeguarding policy")
    bullet("your equality and diversity policy")
    bullet(
        "two references from partner organisations or funders who know your work (please use "
        "the reference template on the portal)"
    )
    para("You must also upload, where they apply:")
    bullet(
        "if you are applying as a partnership or consortium, a partnership agreement signed "
        "by each partner"
    )
    bullet("if you are asking us to fund staff posts, the job description for each funded post")
    head("9. How we will assess your application")
    para(
        "Officers will check each application against the eligibility criteria and minimum "
        "standards. Eligible applications will then be scored by a panel of officers and an "
        "independent member from outside the city, using these weightings:"
    )
    table(
        [
            ["Criterion", "Weighting"],
            ["Quality of the proposal and fit with the strand", "30%"],
            ["Evidence of need", "20%"],
            ["Outcomes and how they will be measured", "20%"],
            ["Partnership working and involving residents", "15%"],
            ["Value for money and sustainability", "15%"],
        ],
        [72, 380, w - 72],
    )
    para(
        "The panel's recommendations will be decided by the Cabinet Member for Communities. "
        "Because the programme is likely to be oversubscribed, meeting the criteria does not "
        "guarantee a grant."
    )
    head("10. Timetable")
    table(
        [
            ["Stage", "Date"],
            ["Programme opens", "2 November 2026"],
            ["Information sessions (online)", "10 and 17 November 2026"],
            ["Closing date", "12 noon, 8 January 2027"],
            ["Decisions", "by 5 March 2027"],
            ["Grant agreements signed", "by 26 March 2027"],
            ["Funding starts", "1 April 2027"],
        ],
        [72, 330, w - 72],
    )
    head("11. Grant agreements, payment and monitoring")
    para(
        "Successful organisations will sign a three-year grant agreement. Grants are paid "
        "quarterly in advance. You will complete a short monitoring return each quarter and "
        "an annual report each year, and meet your link officer twice a year. Funding in "
        "years two and three depends on satisfactory performance and on the council's "
        "budget being set."
    )
    head("12. Frequently asked questions")
    para("Can we apply to more than one strand?", font="Helvetica-Bold")
    para(
        "Yes, but you must make a separate application for each strand, and explain how the "
        "services differ."
    )
    para("We currently have a service level agreement. Do we need to apply?", font="Helvetica-Bold")
    para(
        "Yes. All current agreements end on 31 March 2027 and will not be renewed. Please "
        "speak to your link officer about the transition."
    )
    para("Can the grant pay for our overheads?", font="Helvetica-Bold")
    para(
        "Yes. Core costs and a fair share of overheads are eligible. Please show them in your "
        "budget."
    )
    para("What if our accounts are late?", font="Helvetica-Bold")
    para(
        "Please contact us before the closing date. We cannot assess an application without "
        "accounts for the last two years."
    )
    head("13. Contact us")
    para(
        "VCS Grants Team, Ravensby City Council, Civic Centre, Ravensby RV1 3TQ. Email "
        "vcsgrants@ravensby.example.gov.uk or telephone 01632 960847."
    )
    para(
        "This prospectus is available in large print, easy read and other formats on request.",
        font="Helvetica-Oblique",
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    brackenford()
    kellingmoor()
    stowmarden()
    ravensby()


if __name__ == "__main__":
    main()
