"""Build set 53's Word and PDF documents (town and parish councils, small council funds:
written to be typical, not novel).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus53.py
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
    """The few helpers an ordinary council Word form is made of."""

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

    def details(self, rows: list[str], width: int = 2) -> None:
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


# ------------------------------------------------------------- Ridgemoor (docx form)


# ------------------------------------------------------------- Dabbington (docx form)


def _section_table(w: _Word, rows: list[tuple[str, str, str, int]]) -> None:
    """One table per section, as parish clerks build them: ("l", label, "", h) is a label /
    box row; ("q", text, "", h) a shaded row spanning the table over an empty one of height
    h; ("l", label, text, h) a label beside a cell already holding text (tick boxes)."""
    t = w.d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for kind, label, extra, height in rows:
        if kind == "q":
            r1 = t.add_row()
            m = r1.cells[0].merge(r1.cells[1])
            _set(m, label, bold=True)
            _shade(m, w.shade)
            r2 = t.add_row()
            r2.cells[0].merge(r2.cells[1])
            _row_height(r2, height)
        else:
            r = t.add_row()
            _set(r.cells[0], label, bold=True)
            _shade(r.cells[0], w.shade)
            if extra:
                _set(r.cells[1], extra)
            _row_height(r, height)
    w.para()


def dabbington() -> None:
    """A parish council's community grant form in Word: one two-column table per section,
    questions in shaded rows across the table over an empty row, "(no more than N words)"."""
    d = _new("Community Grant Application Form", "Dabbington Parish Council", "Calibri", 11)
    w = _Word(d, "E2EFD9")
    d.add_heading("Dabbington Parish Council", level=0)
    w.heading("Community Grant Application Form", 1)
    w.para(
        "Dabbington Parish Council makes small grants, usually of up to £1,000, to voluntary "
        "and community groups whose work benefits people living in the parish. Please read "
        "the Council's Grants Policy before you complete this form."
    )
    w.para(
        "Completed forms should be returned to the Parish Clerk, Dabbington Parish Council, "
        "The Old School, Church Lane, Dabbington DB4 2PQ, or by email to "
        "clerk@dabbingtonpc.example.org.uk. Applications are considered at the Council's "
        "meetings in May and November; the closing dates are 15 April and 15 October."
    )
    w.heading("Section 1: Your organisation")
    _section_table(
        w,
        [
            ("l", "Name of organisation", "", 420),
            ("l", "Name of contact person", "", 420),
            ("l", "Position held in organisation", "", 420),
            ("l", "Address (including postcode)", "", 800),
            ("l", "Telephone number", "", 420),
            ("l", "Email address", "", 420),
            ("l", "Charity number (if registered)", "", 420),
            (
                "q",
                "Please describe the aims and activities of your organisation "
                "(no more than 100 words)",
                "",
                1800,
            ),
            ("l", "How many members does your organisation have?", "", 420),
            ("l", "How many of them live in Dabbington parish?", "", 420),
        ],
    )
    w.heading("Section 2: Your project")
    _section_table(
        w,
        [
            ("l", "Project title", "", 420),
            (
                "q",
                "Please describe your project and what the grant will be used for "
                "(no more than 250 words)",
                "",
                3600,
            ),
            (
                "q",
                "How will the project benefit people who live in Dabbington parish? "
                "(no more than 150 words)",
                "",
                2600,
            ),
            ("l", "Start date", "", 420),
            ("l", "Completion date", "", 420),
        ],
    )
    w.heading("Section 3: Project costs")
    w.para("Please list the main costs of the project.")
    w.grid(
        ["Item", "Cost (£)"],
        [[""] * 2 for _ in range(5)] + [["Total cost of the project", ""]],
    )
    _section_table(
        w,
        [
            ("l", "Amount requested from the Parish Council (£)", "", 420),
            (
                "q",
                "Please give details of any other funding you have applied for or received "
                "for this project, including your own funds",
                "",
                1800,
            ),
            (
                "l",
                "Have you received a grant from Dabbington Parish Council before?",
                f"Yes {BOX}      No {BOX}",
                420,
            ),
        ],
    )
    w.heading("Section 4: Payment details")
    w.para("If your application is successful the grant will be paid by bank transfer.")
    _section_table(
        w,
        [
            ("l", "Name of the account the grant should be paid into", "", 420),
            ("l", "Sort code", "", 420),
            ("l", "Account number", "", 420),
        ],
    )
    w.heading("Section 5: Supporting documents")
    w.para("Please enclose the following with your application:")
    w.bullet("A copy of your constitution or set of rules.")
    w.bullet(
        "A copy of your most recent annual accounts, signed by your Treasurer or Chair. If "
        "your organisation is less than a year old, please send a copy of your latest bank "
        "statement instead."
    )
    w.bullet(
        "A copy of your safeguarding policy, if your group works with children or vulnerable "
        "adults."
    )
    w.para(
        "We cannot consider your application until we have received all the documents that "
        "apply to your organisation."
    )
    w.heading("Section 6: Declaration")
    w.para(
        "I confirm that I am authorised to sign on behalf of the organisation and that the "
        "information on this form is correct. If a grant is awarded, we will use it only for "
        "the purpose described, acknowledge the Parish Council's support in any publicity, "
        "and send the Clerk a short report on how the money was spent, with copies of "
        "receipts, within six months. We will return any money that is not used."
    )
    _section_table(
        w,
        [
            ("l", "Signed", "", 560),
            ("l", "Name (please print)", "", 420),
            ("l", "Position", "", 420),
            ("l", "Date", "", 420),
        ],
    )
    w.para(
        "Data protection: the Parish Council will use the information on this form to "
        "consider your application and to keep a record of grants made. It will not be "
        "shared with anyone else without your permission, except where the law requires it.",
        italic=True,
    )
    out = HERE / "dabbington-parish-council-grant-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Cobbleford (docx form)


def _numbered_box(w: _Word, text: str, limit: str, height: int) -> None:
    """A numbered question as a bold paragraph, its limit on the line below in italics, and
    an empty one-cell table to write in."""
    w.para(text, bold=True)
    if limit:
        w.para(limit, italic=True)
    t = w.d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _row_height(t.rows[0], height)
    w.para()


def cobbleford() -> None:
    """A town council's Festivals and Events Fund form in Word: Parts A to E, numbered
    questions with the limit on its own line and a box under each, a checklist table."""
    d = _new(
        "Festivals and Events Fund Application Form 2027-28",
        "Cobbleford Town Council",
        "Arial",
        11,
    )
    w = _Word(d, "FCE4D6")
    d.add_heading("Cobbleford Town Council", level=0)
    w.heading("Festivals and Events Fund 2027/28: Application Form", 1)
    w.para(
        "The Festivals and Events Fund helps local groups put on events that are open to "
        "everyone and bring people into Cobbleford town centre: fun days, festivals, "
        "carnivals, music and arts events, Remembrance and Christmas events. Grants are "
        "between £200 and £2,000."
    )
    w.para(
        "Please read the Festivals and Events Fund guidelines before you apply, and apply at "
        "least ten weeks before your event. Return this form, with the documents listed in "
        "Part D, to events@cobbleford-tc.example.gov.uk or to the Town Council Office, "
        "Market House, Cobbleford CB7 1HT."
    )
    w.para(
        "Need help? Call the Town Council Office on 01632 960233 (Monday to Friday, 9.30am "
        "to 1pm).",
        italic=True,
    )
    w.heading("Part A: About your organisation")
    w.details(
        [
            "Name of organisation",
            "Main contact name",
            "Address",
            "Postcode",
            "Daytime telephone",
            "Email",
            "Website or social media page (optional)",
        ]
    )
    w.para("Type of organisation (please tick)", bold=True)
    w.para(
        f"{BOX} Registered charity     {BOX} Voluntary or community group     "
        f"{BOX} Not-for-profit company     {BOX} Other"
    )
    w.para()
    w.heading("Part B: About your event")
    w.details(
        [
            "1. Name of event",
            "2. Date(s) of event",
            "3. Venue or location",
            "4. Expected number of people attending",
        ]
    )
    _numbered_box(
        w,
        "5. Tell us about your event. What will happen, and who is it for?",
        "Maximum 300 words",
        3600,
    )
    _numbered_box(
        w,
        "6. How will the event benefit Cobbleford and bring the community together?",
        "Maximum 200 words",
        2800,
    )
    w.details(["7. Entry charge, if any (£)"])
    _numbered_box(
        w,
        "8. How will you make sure the event is run safely? Please tell us about your risk "
        "assessment, stewarding and first aid, and any road closures you will need.",
        "Maximum 250 words",
        3200,
    )
    _numbered_box(
        w,
        "9. How will you publicise the event, and how will you acknowledge the Town "
        "Council's support?",
        "Maximum 150 words",
        2200,
    )
    w.heading("Part C: Costs and funding")
    w.para(
        "The Town Council can fund up to 50% of the total cost of an event. You will need to "
        "find the rest from other sources, such as ticket sales, stall fees, sponsorship or "
        "other grants."
    )
    w.para("10. Please list the costs of your event.", bold=True)
    w.grid(
        ["Expenditure item", "Cost (£)"],
        [[""] * 2 for _ in range(6)] + [["Total cost of the event", ""]],
    )
    w.details(["11. Amount requested from the Town Council (£)"])
    _numbered_box(
        w,
        "12. Where will the rest of the money come from? Please include ticket sales, stall "
        "fees, sponsorship and any other grants, and say whether each is confirmed.",
        "",
        2200,
    )
    w.heading("Part D: Checklist of documents")
    w.para(
        "Please send the following with your application. We cannot consider your "
        "application without them."
    )
    w.grid(
        ["Document", "Enclosed (please tick)"],
        [
            ["Your constitution or set of rules", ""],
            ["Your latest annual accounts (these do not need to be audited)", ""],
            [
                "Your public liability insurance certificate, with cover of at least "
                "£5 million. Events with fairground rides, inflatables or fireworks need "
                "cover of at least £10 million.",
                "",
            ],
            ["A risk assessment for the event", ""],
            ["If food will be prepared or sold at the event: food hygiene certificates", ""],
            [
                "If the event is not on Town Council land: written permission from the landowner",
                "",
            ],
        ],
    )
    w.heading("Part E: Declaration")
    w.para("On behalf of the organisation named in Part A, I confirm that:")
    w.bullet("I have read the Festivals and Events Fund guidelines;")
    w.bullet("the information in this application is true and correct;")
    w.bullet(
        "we will obtain the licences and permissions the event needs, such as a Temporary "
        "Event Notice or a road closure order;"
    )
    w.bullet(
        "we will acknowledge the Town Council's support in our publicity and use the Town "
        "Council's logo where we can;"
    )
    w.bullet(
        "we will send an end-of-event report, with copies of receipts, within eight weeks "
        "of the event."
    )
    w.details(["Signed", "Print name", "Position in organisation", "Date"])
    out = HERE / "cobbleford-town-council-events-fund-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------- Callowmere (fillable PDF form)


def callowmere() -> None:
    """A town council's Green Community Grant form as a fillable PDF made in Acrobat from a
    Word form: field names Text1, Text2 ..., each tooltip the printed label, /MaxLen on short
    fields and on two of the four answer boxes (agreeing with the printed limit)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "callowmere-town-council-green-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Green Community Grant Application Form")
    c.setAuthor("Callowmere Town Council")
    c.setSubject("Green Community Grant 2027")
    c.setCreator("Acrobat PDFMaker 23 for Word")
    w, h = A4
    form = c.acroForm
    teal = colors.HexColor("#1B6E5A")
    fill = colors.HexColor("#EEF6F2")
    state = {"y": h - 56, "n": 0}

    def name() -> str:
        state["n"] += 1
        return f"Text{state['n']}"

    def txt(t, x=56, size=10, font="Helvetica", width=w - 112, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 8
        c.setFillColor(teal)
        c.rect(56, state["y"] - 5, w - 112, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(62, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(label, lw=200, maxlen=0):
        c.setFont("Helvetica", 10)
        c.drawString(56, state["y"], label)
        form.textfield(
            name=name(),
            tooltip=label,
            x=56 + lw,
            y=state["y"] - 5,
            width=w - 112 - lw,
            height=17,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 24

    def box(label, height=140, maxlen=0):
        txt(label, font="Helvetica-Bold")
        state["y"] -= 2
        form.textfield(
            name=name(),
            tooltip=label,
            x=56,
            y=state["y"] - height + 10,
            width=w - 112,
            height=height,
            borderColor=colors.grey,
            fillColor=fill,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 12

    # page 1
    c.setFillColor(teal)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(56, state["y"], "Callowmere Town Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, state["y"], "Green Community Grant - Application Form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Green Community Grants of up to £1,500 help community groups in Callowmere to look "
        "after the local environment: planting trees and hedges, creating wildlife areas "
        "and community gardens, litter picking, reducing waste and saving energy in "
        "community buildings. The fund is run by the Town Council's Environment Working "
        "Group."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it, with the documents "
        "listed in Section 4, to green@callowmere-tc.example.gov.uk. Applications can be "
        "made at any time and are considered every two months."
    )
    heading("Section 1 - About your group")
    field("Name of group", maxlen=80)
    field("Contact name", maxlen=60)
    field("Address")
    field("Postcode", maxlen=8)
    field("Telephone", maxlen=15)
    field("Email", maxlen=80)
    c.setFont("Helvetica", 10)
    c.drawString(56, state["y"], "Does your group have a written constitution or set of rules?")
    for _i, (val, x) in enumerate((("Yes", 380), ("No", 440))):
        form.radio(
            name="Constitution",
            tooltip="Does your group have a written constitution or set of rules?",
            value=val,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
        )
        c.drawString(x + 15, state["y"], val)
    state["y"] -= 26
    heading("Section 2 - Your project")
    field("Project title", lw=120, maxlen=80)
    field("Location of project", lw=200)
    box(
        "2.1 Describe your project. What will you do, where, and what will the grant pay "
        "for? (maximum 1,200 characters)",
        height=170,
        maxlen=1200,
    )
    c.showPage()

    # page 2
    state["y"] = h - 56
    box(
        "2.2 How will the project benefit the environment in Callowmere? For example, more "
        "trees or wildlife habitat, less waste or lower energy use. (maximum 200 words)",
        height=160,
    )
    box(
        "2.3 How will local people, including young people, be involved in the project? "
        "(maximum 1,200 characters)",
        height=150,
        maxlen=1200,
    )
    box(
        "2.4 Who will look after the project once it is finished, and how? (maximum 100 words)",
        height=110,
    )
    field("Proposed start date (dd/mm/yyyy)", lw=200, maxlen=10)
    heading("Section 3 - Costs")
    txt(
        "Match funding is welcome but it is not required: the Town Council can pay the full "
        "cost of a project, up to £1,500."
    )
    state["y"] -= 4
    field("Total cost of the project (£)", lw=260, maxlen=10)
    field("Amount you are asking for (£)", lw=260, maxlen=10)
    field("Other funding for the project, if any (£)", lw=260, maxlen=10)
    c.showPage()

    # page 3
    state["y"] = h - 56
    heading("Section 4 - Documents to send with your form")
    txt("Please email these documents with your application form:")
    state["y"] -= 2
    for item in (
        "a copy of your group's constitution or set of rules;",
        "your most recent annual accounts or, if your group does not produce accounts, a "
        "statement of income and expenditure for the last 12 months;",
        "a recent bank statement (from the last three months) for the account the grant "
        "would be paid into;",
        "if the project is on land your group does not own or lease, written permission "
        "from the landowner;",
        "a quote for any single item costing more than £500.",
    ):
        c.setFont("Helvetica", 10)
        c.drawString(64, state["y"], "\u2022")
        txt(item, x=76, width=w - 132)
        state["y"] -= 3
    state["y"] -= 4
    txt(
        "All groups must hold public liability insurance with cover of at least £5 million. "
        "You do not need to send your certificate, but we may ask to see it. If your "
        "project involves children or adults at risk, your group must have a safeguarding "
        "policy; again, you do not need to send it with this form."
    )
    heading("Section 5 - Declaration")
    txt(
        "I confirm that the information on this form is correct and that I am authorised "
        "to apply on behalf of the group. If we receive a grant we will spend it only on "
        "the project described, send the Town Council photographs and a short report "
        "within three months of finishing, and return any money we do not spend."
    )
    state["y"] -= 4
    form.checkbox(
        name="Check Box1",
        tooltip="I agree with the declaration above",
        x=56,
        y=state["y"] - 3,
        size=11,
        borderColor=colors.grey,
        fillColor=colors.white,
        buttonStyle="check",
    )
    c.setFont("Helvetica", 10)
    c.drawString(72, state["y"], "I agree with the declaration above")
    state["y"] -= 26
    field("Name", lw=110, maxlen=60)
    field("Position in group", lw=110, maxlen=60)
    field("Signature", lw=110)
    field("Date", lw=110, maxlen=10)
    state["y"] -= 8
    txt(
        "Callowmere Town Council will use your information to process your application. "
        "Our privacy notice is at www.callowmere-tc.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    c.showPage()
    c.save()


# ------------------------------------------------- Hollerton (text PDF grants policy)


def hollerton() -> None:
    """A town council's Grants Policy, adopted by Full Council and exported from Word to PDF:
    a title block with version and review dates, numbered sections and paragraphs (5.1, 5.2),
    lettered documents list, an application checklist as an appendix; four pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hollerton-town-council-grants-policy.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Grants Policy")
    c.setAuthor("Hollerton Town Council")
    c.setCreator("Microsoft Word 2019")
    w, h = A4
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Hollerton Town Council - Grants Policy - adopted 14 September 2026")
        c.drawRightString(w - 72, 40, f"Page {state['page']} of 4")

    def room(need):
        if state["y"] - need < 70:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 72

    def para(t, size=10.5, font="Helvetica", x=72, leading=14, after=6):
        lines = simpleSplit(t, font, size, w - x - 72)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading
        state["y"] -= after

    def num(n, t):
        """A numbered paragraph: the number hanging in the margin, as Word's outline list."""
        lines = simpleSplit(t, "Helvetica", 10.5, w - 108 - 72)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, state["y"], n)
        for ln in lines:
            c.drawString(108, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 6

    def head(t):
        room(44)
        state["y"] -= 6
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(72, state["y"], t)
        state["y"] -= 20

    def item(mark, t, x=108):
        lines = simpleSplit(t, "Helvetica", 10.5, w - x - 18 - 72)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        if mark == "box":  # a drawn tick box: Helvetica has no ballot-box glyph
            c.rect(x, state["y"] - 1, 8, 8)
        else:
            c.drawString(x, state["y"], mark)
        for ln in lines:
            c.drawString(x + 18, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, state["y"], "Hollerton Town Council")
    state["y"] -= 30
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, state["y"], "Grants Policy")
    state["y"] -= 26
    c.setStrokeColor(colors.grey)
    rows = [
        ("Adopted by", "Full Council, 14 September 2026 (minute 2026/117)"),
        ("Version", "3.0"),
        ("Review date", "September 2028"),
        ("Responsible", "Town Clerk and Community Committee"),
    ]
    for k, v in rows:
        c.rect(72, state["y"] - 6, 130, 20)
        c.rect(202, state["y"] - 6, w - 274, 20)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(78, state["y"], k)
        c.setFont("Helvetica", 10)
        c.drawString(208, state["y"], v)
        state["y"] -= 20
    state["y"] -= 18

    head("1. Introduction")
    num(
        "1.1",
        "Hollerton Town Council recognises the valuable work done by voluntary and community "
        "organisations in the town and wishes to support it. Each year the Council sets aside "
        "a sum in its budget for grants to local organisations. This policy explains how the "
        "Council decides who receives a grant and what it expects of the organisations it "
        "funds.",
    )
    num(
        "1.2",
        "The Council makes grants under the General Power of Competence (Localism Act 2011) "
        "and, where appropriate, Section 137 of the Local Government Act 1972. It must be "
        "able to show that every grant is a proper use of public money and brings a direct "
        "benefit to the town or its residents.",
    )
    num(
        "1.3",
        "The budget for grants in 2027/28 is £18,000. The Council may decide not to spend "
        "all of it, and when it has been allocated no further grants will be made that "
        "year.",
    )
    head("2. Aims of the grants scheme")
    num("2.1", "The Council will give grants to projects and activities that:")
    for t in (
        "benefit the people of Hollerton, particularly those who are disadvantaged or isolated;",
        "improve the town's environment, heritage or appearance;",
        "support arts, culture, sport and leisure for all ages;",
        "bring residents together through community events and activities.",
    ):
        item("\u2022", t)
    head("3. Who can apply")
    num("3.1", "To be eligible for a grant, an organisation must:")
    for t in (
        "be a voluntary or community group, registered charity, community interest "
        "company or other not-for-profit organisation;",
        "be based in Hollerton, or provide services that benefit residents of the town;",
        "have a constitution or set of rules, and a bank account in the organisation's name "
        "that needs at least two unrelated people to sign or authorise payments;",
        "have an equal opportunities policy or statement;",
        "have submitted a satisfactory monitoring report for any previous grant from the "
        "Town Council.",
    ):
        item("\u2022", t)
    num(
        "3.2",
        "Individuals, political parties and organisations whose main purpose is to promote "
        "a religious belief cannot apply, although faith groups may apply for projects open "
        "to the whole community.",
    )
    head("4. What the Council will not fund")
    num("4.1", "The Council will not normally give grants for:")
    for t in (
        "projects or activities that have already started or taken place;",
        "the running costs of statutory services, such as schools or the NHS;",
        "salaries, except where a grant is for a specific short project;",
        "debts, loans or deficits;",
        "trips abroad, or prizes, gifts or donations to other organisations;",
        "general appeals or fundraising by national charities.",
    ):
        item("\u2022", t)
    head("5. How much you can apply for")
    num(
        "5.1",
        "There are two types of grant: small grants of up to £500, decided by the Town Clerk "
        "in consultation with the Chair of the Community Committee; and community grants of "
        "£501 to £3,000, decided by the Community Committee.",
    )
    num(
        "5.2",
        "The Council will normally contribute no more than 75% of the total cost of a "
        "project. Applicants are expected to find at least 25% of the cost from their own "
        "funds or from other sources. This may include the value of volunteer time, at "
        "£12 an hour.",
    )
    num(
        "5.3",
        "An organisation may receive only one grant from the Council in any financial year.",
    )
    head("6. How to apply")
    num(
        "6.1",
        "Applications must be made on the Council's grant application form, which is "
        "available from the Town Council Office, Hollerton Town Hall, Market Street, "
        "Hollerton HL3 5DJ, or from the grants page of the Council's website. The form asks "
        "about your organisation, your project and how it will benefit residents of "
        "Hollerton, and your costs and other funding.",
    )
    num(
        "6.2",
        "Small grants can be applied for at any time. Applications for community grants "
        "must reach the Town Clerk by 31 January or 31 July, for decision at the Community "
        "Committee meeting in March or September.",
    )
    num(
        "6.3",
        "If you would like to talk about your project before you apply, please contact the "
        "Deputy Town Clerk on 01632 960571 or at grants@hollerton-tc.example.gov.uk.",
    )
    head("7. Supporting documents")
    num("7.1", "Every application must be accompanied by:")
    for mark, t in (
        ("(a)", "a copy of the organisation's constitution or governing document;"),
        (
            "(b)",
            "a copy of the organisation's most recent annual accounts, approved at its "
            "annual general meeting. Accounts do not need to be audited or independently "
            "examined; organisations with an annual income under £25,000 may send a "
            "statement of income and expenditure signed by two officers;",
        ),
        ("(c)", "a copy of the organisation's most recent bank statement;"),
        (
            "(d)",
            "a copy of the organisation's current public liability insurance certificate, "
            "with a minimum cover of £5 million.",
        ),
    ):
        item(mark, t)
    num("7.2", "In addition, where they apply, the Council will need:")
    for mark, t in (
        (
            "(e)",
            "two written quotes for any item of equipment or any work costing more than £1,000;",
        ),
        (
            "(f)",
            "a copy of the organisation's safeguarding policy, if the project involves "
            "children, young people or adults at risk.",
        ),
    ):
        item(mark, t)
    num(
        "7.3",
        "Applications that arrive without the documents listed at 7.1 will not be "
        "considered until they are received.",
    )
    head("8. How applications are assessed")
    num("8.1", "In deciding whether to make a grant, and how much, the Council will consider:")
    for t in (
        "how far the project meets the aims of the scheme in section 2;",
        "the number of Hollerton residents who will benefit;",
        "whether there is a clear need for the project;",
        "whether the costs are reasonable and other funding has been sought;",
        "the organisation's finances, including any reserves it holds;",
        "how well the organisation has used any earlier grant from the Council.",
    ):
        item("\u2022", t)
    num(
        "8.2",
        "The Council may offer a smaller grant than the amount asked for, or attach "
        "conditions to a grant. Its decision is final.",
    )
    head("9. Decisions and payment")
    num(
        "9.1",
        "Applicants will be told the outcome in writing within ten working days of the "
        "decision. Successful applicants will be sent a grant offer letter, which must be "
        "signed and returned before the grant is paid.",
    )
    num(
        "9.2",
        "Grants are paid by bank transfer into the organisation's account. Grants will not "
        "be paid into a personal account.",
    )
    head("10. Conditions of grant")
    num("10.1", "Organisations that receive a grant must:")
    for t in (
        "use the grant only for the purpose set out in the application, and spend it "
        "within twelve months;",
        "tell the Town Clerk straight away if the project changes or cannot go ahead, and "
        "return any money not used for the agreed purpose;",
        "acknowledge the Town Council's support in publicity, for example by using the "
        "Council's logo;",
        "keep receipts and records of how the grant was spent for at least six years.",
    ):
        item("\u2022", t)
    head("11. Monitoring")
    num(
        "11.1",
        "Within three months of completing the project, the organisation must send the "
        "Council a completed monitoring report form, with copies of receipts, showing how "
        "the grant was spent and what it achieved. Photographs are welcome. Organisations "
        "that do not send a report will not be considered for further grants.",
    )
    num(
        "11.2",
        "The Council publishes a list of the grants it has made each year in its annual "
        "report and on its website, in line with the Transparency Code for Smaller "
        "Authorities.",
    )
    head("12. Review")
    num(
        "12.1",
        "This policy will be reviewed by the Community Committee every two years, or "
        "sooner if the law changes.",
    )
    folio()
    c.showPage()
    state["page"] += 1
    state["y"] = h - 72
    head("Appendix A: Application checklist")
    para(
        "Before you send your application, please check that you have completed every "
        "section of the form, signed the declaration, and enclosed:"
    )
    for t in (
        "your constitution or governing document;",
        "your latest annual accounts, or income and expenditure statement;",
        "your latest bank statement;",
        "your public liability insurance certificate;",
        "two quotes for any item over £1,000 (if applicable);",
        "your safeguarding policy (if applicable).",
    ):
        item("box", t, x=84)
    para(
        "Send your application to the Town Clerk, Hollerton Town Council, Hollerton Town "
        "Hall, Market Street, Hollerton HL3 5DJ, or by email to "
        "grants@hollerton-tc.example.gov.uk."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    dabbington()
    cobbleford()
    callowmere()
    hollerton()


if __name__ == "__main__":
    main()
