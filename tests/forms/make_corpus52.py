"""Build set 52's Word and PDF documents (typical community foundation and charitable trust
grants, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus52.py
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

    def question(self, text: str, height: int = 2800) -> None:
        """A two-row table: the question shaded, an empty answer cell under it."""
        t = self.d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], text, bold=True)
        _shade(t.rows[0].cells[0], self.shade)
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


# ------------------------------------------------------------- Amberholt (docx form)


def amberholt() -> None:
    """A community foundation's Community Grants Programme form in Word, its own funds:
    numbered sections, label/box tables, each question a shaded cell over an empty one with
    "(max N words)", a "Document / Sent" checklist table."""
    d = _new(
        "Community Grants Programme 2027 - Application Form",
        "Amberholt Community Foundation",
        "Calibri",
        11,
    )
    w = _Word(d, "FBE4D5")
    d.add_heading("Amberholt Community Foundation", level=0)
    w.heading("Community Grants Programme 2027: Application Form", 1)
    w.para(
        "The Community Grants Programme gives grants of £500 to £5,000 to voluntary and "
        "community groups working in Amberholt and the surrounding parishes. The programme "
        "is paid for from the Foundation's endowment fund, built up from gifts by local "
        "people and businesses."
    )
    w.para(
        "Please read our Guidance for Applicants before you start. Fill in this form in "
        "Word, save it and email it with your supporting documents to "
        "grants@amberholtcf.example.org.uk. We cannot accept handwritten forms. The boxes "
        "will expand as you type; please keep to the word limits."
    )
    w.para(
        "Closing date: 12 noon on Monday 1 March 2027. Decisions will be made by the end "
        "of April 2027."
    )
    w.para(
        "Need help with this form? Call the grants team on 01632 961540. We are happy to "
        "talk through your idea before you apply.",
        italic=True,
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "1.1 Name of organisation",
            "1.2 Address",
            "1.3 Postcode",
            "1.4 Website or social media page (if any)",
            "1.5 Main contact name",
            "1.6 Position in organisation",
            "1.7 Telephone",
            "1.8 Email",
            "1.9 Second contact name (must not be related to the main contact)",
            "1.10 Second contact telephone or email",
        ]
    )
    w.para("1.11 Legal status (please tick one)", bold=True)
    w.para(
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation (CIO)    "
        f"{BOX} Constituted voluntary or community group    {BOX} Community interest "
        f"company (CIC)    {BOX} Company limited by guarantee    {BOX} Other"
    )
    w.details(
        [
            "1.12 Registered charity or company number (if applicable)",
            "1.13 Date your organisation was set up",
            "1.14 Total income in your last financial year (£)",
            "1.15 Number of paid staff",
            "1.16 Number of volunteers",
        ]
    )
    w.para(
        f"1.17 Does your organisation have public liability insurance?    {BOX} Yes    {BOX} No",
        bold=True,
    )
    w.question(
        "1.18 Briefly describe your organisation's aims and main activities. (max 150 words)",
        2200,
    )

    w.heading("Section 2: About your project")
    w.details(["2.1 Project title"])
    w.question(
        "2.2 Describe your project. What will you do, where and when will it happen, and "
        "what will the grant pay for? (max 300 words)",
        3800,
    )
    w.question(
        "2.3 Why is your project needed? Please tell us how you know, for example from "
        "surveys, waiting lists or talking to local people. (max 250 words)",
        3200,
    )
    w.question("2.4 Who will benefit from your project? (max 150 words)", 2200)
    w.details(["2.5 How many people will benefit?"])
    w.question(
        "2.6 What difference will your project make? Please describe up to three changes "
        "you hope to see. (max 200 words)",
        2800,
    )
    w.question(
        "2.7 How have the people who will benefit been involved in planning the project? "
        "(max 150 words)",
        2200,
    )
    w.details(["2.8 Project start date", "2.9 Project end date"])
    w.para(
        "2.10 Which of these groups will your project mainly benefit? (tick all that apply)",
        bold=True,
    )
    w.para(
        f"{BOX} Children and young people    {BOX} Older people    {BOX} Disabled people    "
        f"{BOX} Carers    {BOX} People on low incomes    {BOX} Black, Asian and minority "
        f"ethnic communities    {BOX} The whole community"
    )

    w.heading("Section 3: Project budget")
    w.para(
        "3.1 Please list the items the grant will pay for and the cost of each. Include VAT "
        "if you cannot reclaim it.",
        bold=True,
    )
    w.grid(["Item", "Cost (£)"], [["", ""]] * 5 + [["Total", ""]])
    w.details(
        [
            "3.2 Total cost of the project (£)",
            "3.3 Amount requested from Amberholt Community Foundation (£)",
        ]
    )
    w.question(
        "3.4 Please give details of any other funding you have applied for or secured for "
        "this project.",
        2000,
    )
    w.question(
        "3.5 If your project will continue after the grant has been spent, how will it be "
        "paid for? (max 100 words)",
        1800,
    )

    w.heading("Section 4: Bank details")
    w.para(
        "We pay grants by bank transfer. The account must be in the name of your "
        "organisation, and at least two unrelated people must authorise each payment."
    )
    w.details(
        [
            "4.1 Account name",
            "4.2 Bank or building society",
            "4.3 Sort code",
            "4.4 Account number",
            "4.5 Number of people needed to authorise a payment",
        ]
    )

    w.heading("Section 5: Supporting documents")
    w.para(
        "Please email these documents with your application form and tick to show each one "
        "you have sent. We cannot look at your application until we have them all."
    )
    w.grid(
        ["Document", "Sent (please tick)"],
        [
            [
                "Your governing document (constitution, trust deed, or memorandum and "
                "articles of association), signed and dated",
                BOX,
            ],
            [
                "Your most recent annual accounts, signed by two members of your committee. "
                "If your annual income is over £25,000, your accounts must be independently "
                "examined or audited",
                BOX,
            ],
            [
                "A recent bank statement, no more than three months old, in the name of "
                "your organisation",
                BOX,
            ],
            ["Your equal opportunities policy", BOX],
            [
                "Your safeguarding policy, if your organisation works with children, young "
                "people or adults at risk",
                BOX,
            ],
            ["Two quotes for any single item of equipment costing over £1,000", BOX],
        ],
    )

    w.heading("Section 6: Declaration")
    w.para(
        f"{BOX} Please tick if you are happy for us to share your application with other "
        "local funders who may be able to help if we cannot."
    )
    w.para(
        "6.1 How did you hear about the Community Grants Programme? (please tick one)",
        bold=True,
    )
    w.para(
        f"{BOX} Our website    {BOX} Social media    {BOX} Another local group    "
        f"{BOX} The council    {BOX} Other"
    )
    w.para("On behalf of the organisation named in Section 1, I confirm that:")
    for t in [
        "the information in this form is true and correct;",
        "the committee or board has agreed to this application;",
        "any grant will be spent only on the project described, within 12 months of the award;",
        "we will send the Foundation a short end of grant report, with photographs if "
        "possible, and return any money not spent.",
    ]:
        w.bullet(t)
    w.para(
        "The declaration must be signed by your Chair, Secretary or Treasurer. It cannot be "
        "signed by the main contact named in Section 1."
    )
    w.details(["Signature", "Name", "Position", "Date"])
    w.heading("How we use your information", 3)
    w.para(
        "Amberholt Community Foundation will use the information in this form to assess your "
        "application and manage any grant. Read our privacy notice at "
        "www.amberholtcf.example.org.uk/privacy. Registered charity number 1190457."
    )
    out = HERE / "amberholt-community-foundation-community-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Stannerby (docx form)


def stannerby() -> None:
    """A town lands charity's grant application form in Word, its own funds: Parts A to E,
    one table per part, each question a merged shaded row over a merged empty row, enclosures
    as a lettered list, two signatures and a Clerk's use box."""
    d = _new(
        "Application for a grant to an organisation",
        "Clerk to the Trustees",
        "Times New Roman",
        12,
    )
    w = _Word(d, "DDDDDD")
    title = w.para("THE STANNERBY TOWN LANDS CHARITY", bold=True)
    title.alignment = 1
    sub = w.para("Registered charity number 2041786", italic=True)
    sub.alignment = 1
    head = w.para("APPLICATION FOR A GRANT TO AN ORGANISATION", bold=True)
    head.alignment = 1
    w.para(
        "The Charity makes grants to voluntary organisations, clubs and societies whose work "
        "benefits people living in the town of Stannerby. The Trustees meet in March, June, "
        "September and December. Completed applications must reach the Clerk by the first "
        "day of the month before the meeting at which you would like them considered."
    )
    w.para(
        "Please answer all the questions. If a question does not apply to you, write "
        "\u201cN/A\u201d. Where a word limit is shown, please keep to it; the Trustees read "
        "every application in full at their meeting."
    )
    w.para(
        "Return the completed form to: The Clerk to the Trustees, The Stannerby Town Lands "
        "Charity, c/o Pellew & Barnard Solicitors, 3 Market Hill, Stannerby SY7 2DN, or by "
        "email to clerk@stannerbytownlands.example.org.uk."
    )

    def table(rows: list[tuple[str, str]]) -> None:
        """One part of the form: ("d", label) a label/box row, ("q", text) a question row
        over an empty answer row, both spanning the table, ("h", text) a heading row."""
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for kind, text in rows:
            row = t.add_row()
            if kind == "d":
                _set(row.cells[0], text, bold=True)
                _shade(row.cells[0], w.shade)
                _row_height(row, 440)
                continue
            cell = row.cells[0].merge(row.cells[1])
            _set(cell, text, bold=True)
            _shade(cell, w.shade)
            if kind == "q":
                ans = t.add_row()
                ans.cells[0].merge(ans.cells[1])
                _row_height(ans, 2600)
        w.para()

    w.heading("PART A \u2013 THE ORGANISATION", 2)
    table(
        [
            ("d", "1. Name of organisation"),
            ("d", "2. Address for correspondence"),
            ("d", "3. Name of contact person"),
            ("d", "4. Position held in the organisation"),
            ("d", "5. Telephone number"),
            ("d", "6. Email address"),
            ("d", "7. Registered charity number (if any)"),
            ("d", "8. Year the organisation was founded"),
            ("d", "9. Number of volunteers"),
            ("d", "10. Number of paid staff"),
            ("q", "11. Please describe the aims and work of your organisation. "
                  "(no more than 150 words)"),
        ]
    )  # fmt: skip

    w.heading("PART B \u2013 YOUR REQUEST", 2)
    table(
        [
            ("q", "12. What is the grant for? Please describe the project or item and how it "
                  "will be used. (no more than 250 words)"),
            ("q", "13. How will the project benefit people living in Stannerby? "
                  "(no more than 200 words)"),
            ("d", "14. Roughly how many Stannerby residents will benefit?"),
            ("d", "15. Total cost of the project (\u00a3)"),
            ("d", "16. Amount you are asking the Charity for (\u00a3)"),
        ]
    )  # fmt: skip
    w.para(
        "The Trustees will fund no more than half of the total cost of any project. The rest "
        "must come from your own funds or from other sources."
    )
    table(
        [
            ("q", "17. Please give details of the other money you have raised or applied for, "
                  "and from whom."),
            ("d", "18. Have you had a grant from the Charity in the last three years? "
                  "(Yes / No)"),
            ("d", "19. If yes, year and amount of the grant"),
            ("d", "20. Date by which you need the grant"),
        ]
    )  # fmt: skip

    w.heading("PART C \u2013 FINANCES", 2)
    table(
        [
            ("d", "21. Total income in your last financial year (\u00a3)"),
            ("d", "22. Total expenditure in your last financial year (\u00a3)"),
            ("d", "23. Money held in reserves at the end of that year (\u00a3)"),
            ("q", "24. If your reserves are more than six months\u2019 running costs, please "
                  "explain why you need a grant. (no more than 100 words)"),
        ]
    )  # fmt: skip

    w.heading("PART D \u2013 ENCLOSURES", 2)
    w.para("Please enclose the following with your application:")
    for t in [
        "(a) a copy of your constitution or rules;",
        "(b) a copy of your latest annual accounts. These should be independently examined "
        "or audited where your income or your constitution requires it; otherwise they may "
        "be signed by your treasurer and one other officer;",
        "(c) a copy of your most recent bank statement;",
        "(d) quotations or estimates for the items or work you are asking the Charity to pay for;",
        "(e) if your organisation works with children or vulnerable adults, a copy of your "
        "safeguarding policy.",
    ]:
        w.para(t)
    w.para(
        "Applications without the enclosures will be held over to the next meeting of the Trustees."
    )

    w.heading("PART E \u2013 DECLARATION", 2)
    w.para(
        "We confirm that we are authorised to make this application on behalf of the "
        "organisation, that the information given is correct, and that any grant will be "
        "used only for the purpose described. We will provide the Trustees with receipts "
        "and a short report on how the grant was spent."
    )
    w.details(
        [
            "Signed (Chair)",
            "Name",
            "Signed (Treasurer or Secretary)",
            "Name",
            "Date",
        ]
    )
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _set(cell, "FOR THE CLERK\u2019S USE ONLY", bold=True)
    for t in ["Date received:", "Meeting:", "Decision:", "Amount awarded: \u00a3"]:
        cell.add_paragraph(t)
    _shade(cell, "F2F2F2")
    out = HERE / "stannerby-town-lands-charity-grant-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------- Wistlebury (fillable PDF form)


def wistlebury() -> None:
    """A community foundation's fillable PDF for a council fund it manages: labels printed
    on the page, a field beside or under each, tooltips from the labels, /MaxLen on every
    answer box matching the "(up to N characters)" printed over it, a Yes/No radio group."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wistlebury-community-chest-application-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Wistlebury Community Chest application form 2027-28")
    c.setAuthor("Wistlebury Community Foundation")
    c.setSubject("Community Chest")
    c.setCreator("Acrobat Pro 24")
    w, h = A4
    form = c.acroForm
    teal = colors.HexColor("#00656B")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 18

    def field(name, label, tip, lw=190, maxlen=0):
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
            fillColor=colors.HexColor("#E6F2F2"),
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
            fillColor=colors.HexColor("#E6F2F2"),
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

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(teal)
    c.drawString(50, state["y"], "Wistlebury Community Foundation")
    state["y"] -= 22
    c.drawString(50, state["y"], "Wistlebury Community Chest 2027/28 - Application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "The Community Chest is funded by Wistlebury Borough Council and managed on its "
        "behalf by Wistlebury Community Foundation. It gives grants of up to £1,500 to "
        "small voluntary and community groups for activities that bring local people "
        "together."
    )
    state["y"] -= 4
    txt(
        "Type your answers into the boxes, save the form and email it with your documents "
        "to communitychest@wistleburycf.example.org.uk. Each answer box shows how many "
        "characters you can use. Closing date: 30 April 2027."
    )
    heading("Section A - About your organisation")
    field("A1 Organisation name", "A1 Name of organisation", "Name of organisation", maxlen=100)
    field("A2 Address", "A2 Address", "Address")
    field("A3 Postcode", "A3 Postcode", "Postcode", maxlen=8)
    field("A4 Contact name", "A4 Contact name", "Contact name")
    field("A5 Role", "A5 Role in organisation", "Role in organisation")
    field("A6 Telephone", "A6 Daytime telephone", "Daytime telephone", maxlen=15)
    field("A7 Email", "A7 Email address", "Email address")
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"], "A8 Is your organisation a registered charity?")
    for value, x in (("Yes", 300), ("No", 360)):
        form.radio(
            name="A8 Registered charity",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
            tooltip="Is your organisation a registered charity?",
        )
        c.drawString(x + 15, state["y"], value)
    state["y"] -= 24
    field("A9 Charity number", "A9 If yes, charity number", "Charity number", maxlen=8)
    field(
        "A10 Annual income",
        "A10 Income in your last financial year (£)",
        "Income in your last financial year",
        lw=230,
        maxlen=10,
    )
    heading("Section B - About your project")
    field("B1 Project name", "B1 Name of project", "Name of project", maxlen=80)
    box(
        "B2 Project description",
        "B2 What do you want to do? Please describe your project and what the grant will "
        "pay for. (up to 1,500 characters)",
        "What do you want to do? Please describe your project and what the grant will pay "
        "for. (up to 1,500 characters)",
        height=170,
        maxlen=1500,
    )
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "B3 Need",
        "B3 Why is your project needed in your community? (up to 1,200 characters)",
        "Why is your project needed in your community? (up to 1,200 characters)",
        height=140,
        maxlen=1200,
    )
    box(
        "B4 Who will benefit",
        "B4 Who will take part in or benefit from your project, and how will you reach "
        "them? (up to 900 characters)",
        "Who will take part in or benefit from your project, and how will you reach them? "
        "(up to 900 characters)",
        height=110,
        maxlen=900,
    )
    box(
        "B5 Difference",
        "B5 What difference will your project make? (up to 900 characters)",
        "What difference will your project make? (up to 900 characters)",
        height=110,
        maxlen=900,
    )
    field("B6 Venue", "B6 Venue or location of the project", "Venue or location", maxlen=100)
    field("B7 Start date", "B7 Start date (dd/mm/yyyy)", "Start date", maxlen=10)
    field("B8 End date", "B8 End date (dd/mm/yyyy)", "End date", maxlen=10)
    field(
        "B9 Number benefiting",
        "B9 Number of people who will benefit",
        "Number of people who will benefit",
        lw=230,
        maxlen=6,
    )
    c.showPage()

    # page 3
    state["y"] = h - 50
    heading("Section C - Costs")
    txt(
        "The Community Chest can pay for the whole cost of your project. You do not need to "
        "find match funding, but please tell us about any other money you have for it."
    )
    state["y"] -= 4
    field("C1 Total cost", "C1 Total cost of the project (£)", "Total cost", lw=230, maxlen=10)
    field(
        "C2 Amount requested",
        "C2 Amount requested from the Community Chest (£)",
        "Amount requested",
        lw=270,
        maxlen=10,
    )
    field(
        "C3 Other sources",
        "C3 Amount from other sources, if any (£)",
        "Amount from other sources",
        lw=270,
        maxlen=10,
    )
    box(
        "C4 Other funding",
        "C4 Please give details of any other funding you have applied for or secured. "
        "(up to 600 characters)",
        "Please give details of any other funding you have applied for or secured. "
        "(up to 600 characters)",
        height=90,
        maxlen=600,
    )
    heading("Section D - Supporting documents")
    txt("Please email these documents with your form, and tick each one you have sent.")
    state["y"] -= 4
    docs = [
        ("D Constitution", "Your constitution, set of rules or other governing document"),
        (
            "D Accounts",
            "Your latest annual accounts. If your group is less than 18 months old and has "
            "no accounts yet, send your last three months' bank statements instead",
        ),
        (
            "D Insurance",
            "Your public liability insurance certificate (minimum cover £5 million)",
        ),
        (
            "D Safeguarding",
            "Your safeguarding policy, if your project involves children, young people or "
            "adults at risk",
        ),
    ]
    for name, label in docs:
        check(name, label)
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    heading("Section E - Declaration")
    txt(
        "I confirm that the information in this application is correct, that I am "
        "authorised to apply on behalf of the organisation, and that any grant will be used "
        "only for the project described. I understand that Wistlebury Community Foundation "
        "may share this application with Wistlebury Borough Council."
    )
    state["y"] -= 4
    check("E Declaration", "I agree to the declaration")
    c.setFont("Helvetica", 10)
    c.drawString(66, state["y"], "I agree to the declaration above")
    state["y"] -= 26
    field("E Name", "Name (typing your name counts as your signature)", "Name", lw=250)
    field("E Position", "Position in organisation", "Position", lw=250)
    field("E Date", "Date", "Date", lw=250, maxlen=10)
    state["y"] -= 6
    txt(
        "Wistlebury Community Foundation, 8 Abbey Walk, Wistlebury WB9 4LT. Registered "
        "charity number 1187734. Our privacy notice is at www.wistleburycf.example.org.uk/"
        "privacy.",
        size=8.5,
        leading=11,
    )
    c.showPage()
    c.save()


# ------------------------------------------------------ Merrowdale (text PDF guidance)


def merrowdale() -> None:
    """A community foundation's Guidance for Applicants for a fund pooling its own donors'
    money and a county council's, as Word exports it to PDF: numbered headings, bullets, a
    "What you need to send" list, a timetable table, five pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "merrowdale-community-fund-guidance-for-applicants.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Merrowdale Community Fund: Guidance for Applicants 2027")
    c.setAuthor("Community Foundation for Merrowdale")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    purple = colors.HexColor("#5B2C6F")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Merrowdale Community Fund - Guidance for Applicants 2027")
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
        c.setFillColor(purple)
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

    def table(rows):
        room(22 * len(rows) + 10)
        xs = [72, 230, 380, w - 72]
        for i, r in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
            if i == 0:
                c.setFillColor(colors.HexColor("#E8DAEF"))
                c.rect(xs[0], state["y"] - 6, xs[-1] - xs[0], 20, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, v in enumerate(r):
                c.drawString(xs[j] + 4, state["y"], v)
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] - 6, xs[-1], state["y"] - 6)
            state["y"] -= 20
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(purple)
    c.drawString(72, state["y"], "Merrowdale Community Fund")
    state["y"] -= 26
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Guidance for Applicants 2027")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Community Foundation for Merrowdale")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About us")
    para(
        "The Community Foundation for Merrowdale is a local charity that manages funds for "
        "local people, businesses and public bodies who want to support their community. "
        "We look after more than forty named funds and give out over £1 million a year in "
        "grants to voluntary and community groups across the county."
    )
    para(
        "The Merrowdale Community Fund brings together money from several of these funds, "
        "including our own endowment and a contribution from Merrowdale County Council "
        "towards projects that reduce loneliness and isolation. You only need to make one "
        "application: we will match it to the most suitable fund."
    )
    head("2. What we want to fund")
    para("This year the Merrowdale Community Fund will support projects that:")
    bullet("bring people together and reduce loneliness and isolation;")
    bullet("help people to be more active and look after their health and wellbeing;")
    bullet("give children and young people new opportunities;")
    bullet("support people facing hardship, including the rising cost of living;")
    bullet("improve local green spaces and help communities tackle climate change.")
    para(
        "In the last year we have funded, for example, a weekly lunch club for older people "
        "in a village with no shop or pub, a walking football group for men over fifty, a "
        "holiday activity scheme for children who receive free school meals, a community "
        "fridge run from a church hall, and volunteers planting a community orchard on an "
        "unused corner of a recreation ground."
    )
    para(
        "We are particularly keen to hear from small groups run by volunteers, and from "
        "groups working in rural areas of the county, where there are fewer other sources "
        "of funding."
    )
    head("3. How much can you apply for?")
    para(
        "You can apply for between £1,000 and £10,000 for up to one year. Most of our grants "
        "are between £2,000 and £5,000. We can fund project costs, running costs and small "
        "items of equipment. You can include a fair share of your core costs, such as rent, "
        "utilities or a coordinator's time, in your project budget."
    )
    head("4. Who can apply?")
    para("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation (CIO), a "
        "constituted voluntary or community group, a community interest company limited by "
        "guarantee, or a not-for-profit company limited by guarantee;"
    )
    bullet("works for the benefit of people living in Merrowdale;")
    bullet("has an annual income of less than £250,000;")
    bullet(
        "has a management committee or board of at least three people who are not related "
        "to each other and who are not paid by the organisation;"
    )
    bullet("has a bank account in its own name that needs two unrelated people to sign.")
    head("5. What we cannot fund")
    bullet("individuals, or organisations that can distribute profits to their members;")
    bullet("activities that are the legal responsibility of a public body, such as schools;")
    bullet("activities that promote religious or political beliefs;")
    bullet("projects that have already started, or costs you have already paid;")
    bullet("trips abroad, or general appeals and fundraising events;")
    bullet("organisations that have not sent us a report on an earlier grant when it was due.")
    head("6. How to apply")
    para(
        "Apply online through our grants portal at grants.merrowdalecf.example.org.uk. You "
        "will need to register first; you can save your application and come back to it. "
        "If you cannot use the portal, please call us and we will help."
    )
    para(
        "The online form asks about your organisation, your project and your budget. You "
        "will be asked to describe your project and the difference it will make in up to 500 "
        "words, and to tell us how you know it is needed in up to 250 words. Before you "
        "start, it helps to have your budget worked out and your documents ready to upload."
    )
    head("7. What you need to send")
    para("You will need to upload the following documents with your application:")
    bullet(
        "your governing document, such as your constitution, set of rules or memorandum "
        "and articles of association, signed and dated;"
    )
    bullet(
        "your most recent annual accounts. If your income is under £25,000 these can be a "
        "simple income and expenditure account signed by your treasurer and another "
        "committee member. If your income is £25,000 or more, they must be independently "
        "examined or audited;"
    )
    bullet(
        "a bank statement from the last three months, showing your organisation's name, "
        "sort code and account number;"
    )
    bullet(
        "your safeguarding policy, if your organisation works with children, young people "
        "or adults at risk;"
    )
    bullet("a detailed project budget, if you are asking for more than £5,000;")
    bullet("planning permission, if your project needs it.")
    para(
        "If your group is new and has not yet completed a full financial year, please send "
        "a statement of your income and spending since you were set up, signed by your "
        "treasurer, in place of annual accounts."
    )
    para(
        "You will also be asked to confirm that your organisation has an equal "
        "opportunities policy. You do not need to send it to us."
    )
    head("8. Insurance")
    para(
        "All organisations must have public liability insurance with cover of at least £5 "
        "million for the activities we fund. If you employ staff you must also have "
        "employer's liability insurance. You do not need to send us your insurance "
        "certificates."
    )
    head("9. Match funding")
    para(
        "You do not need match funding to apply to the Merrowdale Community Fund; we can "
        "pay the whole cost of your project. If other funders are also supporting the "
        "project, please tell us in your application."
    )
    head("10. How we make decisions")
    para(
        "A member of our grants team will read your application and may phone you or visit "
        "to find out more. Applications are then considered by a panel of local people, "
        "including a representative of Merrowdale County Council. The panel looks at:"
    )
    bullet("how well the project meets the priorities in section 2;")
    bullet("whether there is evidence that the project is needed;")
    bullet("whether your organisation can deliver the project;")
    bullet("whether the budget is realistic and good value for money.")
    para(
        "We usually receive applications for more than three times the money we have, so "
        "we have to turn down some good projects."
    )
    head("11. Timetable")
    table(
        [
            ["Round", "Closing date", "Decision by"],
            ["Spring 2027", "19 February 2027", "30 April 2027"],
            ["Summer 2027", "11 June 2027", "27 August 2027"],
            ["Autumn 2027", "8 October 2027", "17 December 2027"],
        ]
    )
    head("12. If you are offered a grant")
    para(
        "We will email you a grant offer letter with our terms and conditions. You will need "
        "to accept these online before we pay the grant. We pay grants in full by bank "
        "transfer. You must spend the grant within 12 months and send us a short end of "
        "grant report, with a summary of what you spent, within two months of the end of "
        "your project. We may ask to see receipts."
    )
    para(
        "We would like you to tell people about your grant, for example on social media or "
        "in your newsletter. Please mention the Community Foundation for Merrowdale and, if "
        "we tell you your grant came from it, Merrowdale County Council."
    )
    head("13. Data protection")
    para(
        "We use the information you give us to assess your application and manage any "
        "grant. We share it with the panel and, for grants from the Council's contribution, "
        "with Merrowdale County Council. We may publish your organisation's name, the amount "
        "awarded and a short description of the project. Our privacy notice is at "
        "www.merrowdalecf.example.org.uk/privacy."
    )
    head("14. Frequently asked questions")
    room(60)
    para("Can we apply if we have had a grant from you before?", font="Helvetica-Bold")
    para(
        "Yes, as long as your earlier grant has finished and you have sent us your end of "
        "grant report. You can only hold one grant from the Merrowdale Community Fund at a "
        "time."
    )
    room(60)
    para("Can a group without a bank account apply?", font="Helvetica-Bold")
    para(
        "No. Your organisation needs a bank account in its own name, with two unrelated "
        "people to sign, before you apply (see section 4). Your bank can tell you how to "
        "open a community account."
    )
    room(60)
    para("Can we apply to more than one of the Foundation's funds?", font="Helvetica-Bold")
    para(
        "You do not need to. We match each application to the most suitable fund, which "
        "may be one of our named funds rather than the Merrowdale Community Fund itself."
    )
    room(60)
    para("Can parish and town councils apply?", font="Helvetica-Bold")
    para(
        "No. Parish and town councils cannot apply, but community groups that use a "
        "council's building or land can."
    )
    room(60)
    para("How long will it take to hear from you?", font="Helvetica-Bold")
    para(
        "We will email you to say we have received your application. You will hear the "
        "panel's decision by the date in the timetable in section 11. If we turn down your "
        "application we will tell you why, and you can apply again in a later round."
    )
    head("15. Contact us")
    para(
        "Grants team, Community Foundation for Merrowdale, Unit 4, The Old Maltings, "
        "Merrowdale MD2 6QS. Telephone 01632 963210. Email grants@merrowdalecf.example.org.uk. "
        "Registered charity number 1143562."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    amberholt()
    stannerby()
    wistlebury()
    merrowdale()


if __name__ == "__main__":
    main()
