"""Build set 64's Word and PDF documents (typical councils' children, young people and families
grants: youth activity and youth club grants, early help family support small grants, school
holiday positive activities funds; written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus64.py
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
    """Put the council's name and the form's title in the page header, as templates do."""
    p = d.sections[0].header.paragraphs[0]
    p.text = text


class _Word:
    """The few helpers an ordinary council grant document in Word is made of."""

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
        """A key facts table the council has filled in (nothing for the applicant to write)."""
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


def _yes_no_table(w: _Word, rows: list[str]) -> None:
    """A "Question / Yes / No" table with a tick box in each answer cell."""
    t = w.d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Yes", "No"]):
        _set(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], w.shade)
    for text in rows:
        row = t.add_row()
        _set(row.cells[0], text)
        _set(row.cells[1], BOX)
        _set(row.cells[2], BOX)
    w.para()


# ------------------------------------------------------------- Tewkesmoor (docx form)


def tewkesmoor() -> None:
    """A borough council's Youth Activities Grant application form in Word: label / box
    tables for the details, each question a shaded row over an empty box with "(max N
    words)", a Yes / No safeguarding table, a budget grid, a tick-box checklist table and a
    declaration table."""
    d = _new(
        "Youth Activities Grant 2027-28 Application Form",
        "Tewkesmoor Borough Council Children and Young People's Services",
        "Arial",
        11,
    )
    _header_text(d, "Tewkesmoor Borough Council - Youth Activities Grant 2027-28")
    w = _Word(d, "DDEBF7")
    d.add_heading("Tewkesmoor Borough Council", level=0)
    w.heading("Youth Activities Grant 2027-28", 1)
    w.heading("Application form", 2)
    w.para(
        "The Youth Activities Grant helps voluntary and community groups to run activities for "
        "young people aged 11 to 19 (up to 25 for young people with special educational needs "
        "or disabilities) who live in the borough. Grants are between £250 and £2,500."
    )
    w.para(
        "Please read the Youth Activities Grant guidance notes before you fill in this form. "
        "Type or write your answers in the boxes. The boxes will expand as you type, but please "
        "keep to the word limits. We will not read anything over the limit."
    )
    w.para(
        "Return the form and the documents listed in Section 5 by email to "
        "youthgrants@tewkesmoor.example.gov.uk by 5pm on Friday 26 February 2027."
    )
    w.para(
        "If you need this form in another format or would like help to fill it in, please "
        "call the Youth Grants Officer on 01632 960 552.",
        italic=True,
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in organisation",
            "Telephone",
            "Email",
            "Type of organisation (for example registered charity, CIO, community group, CIC)",
            "Charity or company number (if you have one)",
        ]
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(
        t.rows[0].cells[0],
        "Does your organisation have a bank account in its own name that needs two unrelated "
        "people to sign or approve each payment?",
        bold=True,
    )
    _shade(t.rows[0].cells[0], w.shade)
    _set(t.rows[0].cells[1], f"{BOX} Yes     {BOX} No")
    w.para()

    w.heading("Section 2: About your project")
    w.details(
        [
            "Project name",
            "Start date",
            "End date",
            "Venue (name and postcode)",
            "Number of young people taking part",
            "Age range of the young people",
        ]
    )
    w.question(
        "2.1 Describe your project. What activities will you run, how often, and who will "
        "lead them? (max 300 words)",
        4200,
    )
    w.question(
        "2.2 Why is the project needed? Tell us how you know that young people want it. "
        "(max 250 words)",
        3600,
    )
    w.question(
        "2.3 How have young people been involved in planning the project, and how will they "
        "help to run it? (max 200 words)",
        3200,
    )
    w.question(
        "2.4 What difference will the project make to the young people who take part? "
        "(max 250 words)",
        3600,
    )
    w.question(
        "2.5 How will the activities carry on after the grant has been spent? (max 150 words)",
        2600,
    )

    w.heading("Section 3: Safeguarding")
    w.para(
        "Every group that works with young people must keep them safe. Please answer every "
        "question in this section."
    )
    _yes_no_table(
        w,
        [
            "3.1 Does your organisation have a written safeguarding policy for children and "
            "young people?",
            "3.2 Has the policy been reviewed in the last 12 months?",
            "3.3 Will every member of staff and every volunteer who works with young people on "
            "this project have an enhanced DBS check for their role?",
            "3.4 Have they all had safeguarding training in the last three years?",
        ],
    )
    w.details(["Name of your Designated Safeguarding Lead", "Their telephone number"])
    w.question(
        "3.5 If you answered No to any question in this section, tell us why and what you will "
        "do about it before the project starts. (max 150 words)",
        2600,
    )

    w.heading("Section 4: Project costs")
    w.para(
        "List everything the grant will pay for. If you are buying equipment that costs more "
        "than £500, send a written quote (see Section 5)."
    )
    w.grid(["Item", "Cost (£)"], [["", ""] for _ in range(7)] + [["Total", ""]])
    w.details(
        [
            "Total cost of the project (£)",
            "Amount you are asking the Council for (£)",
        ]
    )
    w.para("Other funding for this project (if any)", bold=True)
    w.grid(["Who from", "Amount (£)", "Confirmed or applied for"], [["", "", ""]] * 3)

    w.heading("Section 5: Checklist")
    w.para(
        "Please send the following documents with your application and tick each box to show "
        "you have included it. We cannot assess your application until we have them all."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Document", bold=True)
    _set(t.rows[0].cells[1], "Included", bold=True)
    _shade(t.rows[0].cells[0], w.shade)
    _shade(t.rows[0].cells[1], w.shade)
    for doc in [
        "A copy of your constitution, set of rules or other governing document",
        "Your most recent annual accounts (they do not need to be audited). If your "
        "organisation is less than a year old, send your last three months' bank statements "
        "instead",
        "Your safeguarding policy for children and young people",
        "Your public liability insurance certificate (minimum cover £5 million)",
        "If you are buying equipment that costs more than £500: a written quote",
        "If your project includes trips, residentials or adventurous activities: your risk "
        "assessment",
    ]:
        row = t.add_row()
        _set(row.cells[0], doc)
        _set(row.cells[1], BOX)
    w.para()

    w.heading("Section 6: Declaration")
    w.para("On behalf of the organisation named in Section 1, I confirm that:")
    for b in [
        "the information in this form is true and complete;",
        "we have an equal opportunities policy and a health and safety policy, and will send "
        "copies to the Council if asked;",
        "we will spend the grant only on the project described and return any money not spent;",
        "we will send the Council a short report and photographs within two months of the "
        "project ending.",
    ]:
        w.bullet(b)
    w.para(
        "The form must be signed by the chair, secretary or treasurer of the organisation. A "
        "typed name is accepted as a signature if the form is sent from their email address."
    )
    w.details(["Signature", "Name", "Position", "Date"])
    w.para(
        "Tewkesmoor Borough Council will use the information in this form to assess your "
        "application and monitor the grant. Read our privacy notice at "
        "www.tewkesmoor.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "tewkesmoor-youth-activities-grant-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Dallingridge (docx guidance)


def dallingridge() -> None:
    """A county council's guidance notes for its Early Help Family Support Small Grants in
    Word: numbered headings, bullets, a safeguarding section with DBS and lone working
    conditions, a "What you need to send" table with a "Who must send it" column, a
    timetable table and contacts."""
    d = _new(
        "Early Help Family Support Small Grants 2027-28 - Guidance notes",
        "Dallingridge County Council Early Help Service",
        "Calibri",
        11.5,
    )
    _header_text(d, "Dallingridge County Council   Early Help Family Support Small Grants")
    w = _Word(d, "E4DFEC")
    d.add_heading("Early Help Family Support Small Grants 2027-28", level=0)
    w.para("Guidance notes for applicants", bold=True)
    w.para("Closing date: 12 noon, Monday 15 March 2027")

    w.heading("1. About the grants", 1)
    w.para(
        "Dallingridge County Council's Early Help Service wants families to get the right help "
        "as early as possible, close to where they live. Voluntary and community groups are "
        "often the first place a family turns to. These small grants help local groups to run "
        "activities and support that make a difference to families with children and young "
        "people aged 0 to 19 (or up to 25 for young people with special educational needs and "
        "disabilities)."
    )
    w.para(
        "The grants are part of our Early Help Strategy 2025-2028 and are paid for by the "
        "Families First Partnership programme. In 2027-28 we have £180,000 to award."
    )

    w.heading("2. Who can apply", 1)
    w.para("You can apply if your organisation is one of the following:")
    for b in [
        "a registered charity or charitable incorporated organisation (CIO);",
        "a community interest company (CIC) or company limited by guarantee that does not "
        "distribute profits;",
        "a constituted community or voluntary group with a bank account in its own name;",
        "a parent-carer forum, pre-school or toddler group run by a committee.",
    ]:
        w.bullet(b)
    w.para("You cannot apply if you are:")
    for b in [
        "an individual, or a group applying on behalf of an individual family;",
        "a school, academy or nursery run for profit (though you can work in partnership with "
        "a school);",
        "a political party or a group whose main purpose is promoting religion.",
    ]:
        w.bullet(b)

    w.heading("3. What we will fund", 1)
    w.para("We want to fund projects that help families with one or more of the following:")
    for b in [
        "getting a good start: parenting support, baby and toddler groups, help with early "
        "language and play;",
        "school attendance and learning: homework clubs, support for children who find school "
        "hard;",
        "health and wellbeing: emotional wellbeing, healthy eating, getting active together;",
        "family relationships: support for parents in conflict, kinship carers, young carers;",
        "money and housing worries: advice sessions, help to claim benefits.",
    ]:
        w.bullet(b)
    w.para(
        "We can pay for sessional staff, volunteer expenses, venue hire, equipment and "
        "materials, transport, and training for staff and volunteers. We will not pay for "
        "things you have already bought, for the core running costs of a school, for trips "
        "abroad or for activities that promote religious or political beliefs."
    )

    w.heading("4. How much you can apply for", 1)
    w.para(
        "Grants are between £500 and £5,000 for projects that finish by 31 March 2028. We can "
        "fund up to 90% of the total cost of your project. You will need to find at least 10% "
        "of the cost from somewhere else. This can include the value of volunteers' time or "
        "donated goods, as long as you can show how you have worked it out."
    )

    w.heading("5. Safeguarding", 1)
    w.para(
        "Keeping children, young people and adults at risk safe is the most important thing "
        "we look at. We will not fund an organisation that cannot show it has good "
        "safeguarding arrangements."
    )
    w.heading("Safeguarding policy", 3)
    w.para(
        "Every organisation must have a written safeguarding policy that covers children and, "
        "where relevant, adults at risk. It must name your Designated Safeguarding Lead, say "
        "how you respond to a concern, and have been reviewed in the last 12 months. You must "
        "send us a copy with your application."
    )
    w.heading("DBS checks", 3)
    w.para(
        "Anyone who works directly with children, or with families in their own homes, must "
        "have an enhanced DBS check with a check of the children's barred list, renewed at "
        "least every three years. Please do not send us copies of DBS certificates. If staff "
        "or volunteers will work directly with children or families on your project, send us "
        "a list of the roles involved, the level of DBS check for each role and the date each "
        "check was carried out."
    )
    w.heading("Home visits and lone working", 3)
    w.para(
        "If staff or volunteers will visit families in their homes, you must also send us "
        "your lone working policy."
    )
    w.heading("Data protection", 3)
    w.para(
        "Your project will hold personal information about families. You must have a data "
        "protection policy and follow the UK GDPR. You do not need to send us your data "
        "protection policy."
    )

    w.heading("6. Insurance", 1)
    w.para(
        "You must have public liability insurance with cover of at least £5 million. If you "
        "employ staff you must also have employer's liability insurance. You do not need to "
        "send your insurance certificates with your application, but we will ask to see them "
        "before we pay the grant."
    )

    w.heading("7. How to apply", 1)
    w.para(
        "Fill in the Early Help Family Support Small Grants application form, which you can "
        "download from www.dallingridge.example.gov.uk/earlyhelpgrants. Email it with the "
        "documents in section 8 to earlyhelp.grants@dallingridge.example.gov.uk."
    )
    w.para(
        "The form has five sections. Section 3 asks about your project: what you will do, "
        "which families will benefit, how families helped to shape the project, and how you "
        "will know it has worked. Each question has a word limit printed on the form. Please "
        "keep to it: we will not read anything beyond the limit."
    )
    w.para(
        "If you would like to talk about your idea before you apply, contact the Early Help "
        "Community Development team. We are happy to read a draft."
    )

    w.heading("8. What you need to send", 1)
    w.para(
        "Please send the following with your application form. If anything is missing we "
        "will ask for it, and your application may be held over to the next panel."
    )
    w.grid(
        ["Document", "Who must send it", "Notes"],
        [
            [
                "Your governing document (constitution, rules, or memorandum and articles)",
                "Everyone",
                "It must be signed and dated, or show that it has been adopted.",
            ],
            [
                "Your latest annual accounts",
                "Everyone",
                "If your annual income is over £25,000 your accounts must be independently "
                "examined or audited. If it is £25,000 or less, accounts signed by your "
                "chair or treasurer are fine.",
            ],
            [
                "A bank statement dated within the last three months",
                "Everyone",
                "It must show the organisation's name and match the account the grant "
                "will be paid into.",
            ],
            ["Your safeguarding policy", "Everyone", "See section 5."],
            ["Your equality and diversity policy", "Everyone", ""],
            [
                "A list of roles with the level and date of each DBS check",
                "Only if staff or volunteers will work directly with children or families",
                "Do not send DBS certificates.",
            ],
            [
                "Your lone working policy",
                "Only if staff or volunteers will visit families at home",
                "",
            ],
            [
                "A letter of support from your partner organisation",
                "Only if you are running the project with a partner",
                "On the partner's headed paper, saying what they will do.",
            ],
            [
                "A written quote",
                "Only for any single item costing more than £1,000",
                "",
            ],
        ],
    )

    w.heading("9. How we decide", 1)
    w.para(
        "A panel of officers from the Early Help Service, Public Health and the county's "
        "voluntary sector support organisation will score each application. We look at:"
    )
    for b in [
        "how well the project meets the needs of local families (40%);",
        "how families have been involved in designing it (20%);",
        "whether it is well planned, safe and good value for money (25%);",
        "how it links with the Family Hub and other local services (15%).",
    ]:
        w.bullet(b)

    w.heading("10. Timetable", 1)
    w.grid(
        ["What happens", "When"],
        [
            ["Fund opens", "Monday 11 January 2027"],
            ["Closing date", "12 noon, Monday 15 March 2027"],
            ["Panel meets", "Week beginning 19 April 2027"],
            ["Decisions emailed", "By Friday 7 May 2027"],
            ["Projects start", "From June 2027"],
        ],
    )

    w.heading("11. If you are awarded a grant", 1)
    w.para(
        "We will send you a grant agreement to sign. We pay the grant in one payment once we "
        "have the signed agreement and have seen your insurance certificates. Within one month "
        "of your project ending you must send a short end-of-grant report with numbers of "
        "families supported and what difference it made, and tell us about any money you "
        "have not spent."
    )

    w.heading("12. Need help?", 1)
    w.para(
        "Contact the Early Help Community Development team on 01632 960 731 or email "
        "earlyhelp.grants@dallingridge.example.gov.uk. Dallingridge Council for Voluntary "
        "Service can also help you with your application and with writing policies: call "
        "01632 960 390."
    )
    out = HERE / "dallingridge-early-help-family-support-small-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Pinnerby (fillable PDF)


def pinnerby() -> None:
    """A town council's Youth Club Grant as a fillable PDF made in Acrobat: labels on the
    page, a text field beside or under each with a tooltip from its label, `/MaxLen` on the
    short fields and on three of the four answer boxes "(up to N characters)", one box
    limited in words on its label only, Yes / No radio groups, document and declaration
    check boxes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pinnerby-town-council-youth-club-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Pinnerby Town Council - Youth Club Grant - Application form")
    c.setAuthor("Pinnerby Town Council")
    c.setSubject("Youth Club Grant application form")
    c.setCreator("Adobe Acrobat Pro 2024")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#1E6B52")
    fill = colors.HexColor("#EAF4EF")
    state = {"y": h - 50, "page": 1}

    def folio():
        c.setFont("Helvetica", 8)
        c.drawString(50, 28, "Pinnerby Town Council  |  Youth Club Grant  |  April 2027")
        c.drawRightString(w - 50, 28, f"Page {state['page']} of 3")

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
        c.setFillColor(green)
        c.rect(50, state["y"] - 5, w - 100, 19, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(56, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 26

    def field(name, label, tip, lw=220, maxlen=0):
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

    def box(name, label, tip, height=130, maxlen=0):
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

    def yes_no(name, label, tip):
        lines = simpleSplit(label, "Helvetica", 10, 330)
        room(len(lines) * 13 + 12)
        c.setFont("Helvetica", 10)
        top = state["y"]
        for ln in lines:
            c.drawString(50, state["y"], ln)
            state["y"] -= 13
        x = 400
        for value in ("Yes", "No"):
            form.radio(
                name=name,
                value=value,
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
    c.setFillColor(green)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Pinnerby Town Council")
    state["y"] -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, state["y"], "Youth Club Grant 2027-28: Application form")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "The Town Council gives grants of up to £1,500 a year to youth clubs that meet in "
        "Pinnerby and are open to young people aged 8 to 19. The grant can pay for equipment, "
        "activities, trips, training for volunteers and running costs such as hall hire."
    )
    state["y"] -= 4
    txt(
        "The Town Council will pay up to 75% of the cost of what you are asking for. Your club "
        "must find at least 25% itself, for example from subs, fundraising or another grant."
    )
    state["y"] -= 4
    txt(
        "Type your answers into the boxes, save the form and email it with the documents in "
        "Section 5 to the Town Clerk at grants@pinnerby-tc.example.gov.uk. The answer boxes in "
        "Section 2 will not let you type more than the number of characters shown. Closing "
        "date: 30 June 2027."
    )
    heading("Section 1: About your club")
    field("1.1 Club name", "1.1 Name of youth club", "Name of youth club", maxlen=100)
    field(
        "1.2 Organisation",
        "1.2 Organisation that runs the club (if different)",
        "Organisation that runs the club (if different)",
    )
    field("1.3 Address", "1.3 Address where the club meets", "Address where the club meets")
    field("1.4 Postcode", "1.4 Postcode", "Postcode", maxlen=8)
    field("1.5 Contact name", "1.5 Contact name", "Contact name")
    field("1.6 Position", "1.6 Position in the club", "Position in the club")
    field("1.7 Telephone", "1.7 Telephone", "Telephone", maxlen=15)
    field("1.8 Email", "1.8 Email address", "Email address")
    field(
        "1.9 Charity number",
        "1.9 Registered charity number (if any)",
        "Registered charity number (if any)",
        maxlen=8,
    )

    heading("Section 2: Your club and what the grant is for")
    field(
        "2.1 Meeting times",
        "2.1 Days and times the club meets",
        "Days and times the club meets",
    )
    field(
        "2.2 Attendance",
        "2.2 Average number at each session",
        "Average number of young people at each session",
        maxlen=4,
    )
    field("2.3 Age range", "2.3 Age range of members", "Age range of members", maxlen=10)
    box(
        "2.4 About the club",
        "2.4 Tell us about your youth club: what happens at a typical session, and who comes? "
        "(up to 1,200 characters)",
        "Tell us about your youth club (up to 1,200 characters)",
        maxlen=1200,
    )
    box(
        "2.5 What the grant is for",
        "2.5 What will the grant pay for, and why does your club need it? (up to 1,500 characters)",
        "What will the grant pay for, and why does your club need it? (up to 1,500 characters)",
        height=150,
        maxlen=1500,
    )
    box(
        "2.6 Young people's say",
        "2.6 How do young people have a say in how the club is run? (up to 900 characters)",
        "How do young people have a say in how the club is run? (up to 900 characters)",
        height=110,
        maxlen=900,
    )
    box(
        "2.7 Difference",
        "2.7 How will you know the grant has made a difference? (max 100 words)",
        "How will you know the grant has made a difference?",
        height=100,
    )

    heading("Section 3: Money")
    field("3.1 Total cost", "3.1 Total cost of what you want to do (£)", "Total cost", maxlen=8)
    field(
        "3.2 Amount requested",
        "3.2 Amount requested (maximum £1,500)",
        "Amount requested",
        maxlen=6,
    )
    field(
        "3.3 Income",
        "3.3 Club's total income last year (£)",
        "Club's total income last year",
        maxlen=8,
    )

    heading("Section 4: Keeping young people safe")
    yes_no(
        "4.1 Safeguarding policy",
        "4.1 Does the club have a safeguarding policy that the committee has agreed?",
        "Does the club have a safeguarding policy?",
    )
    yes_no(
        "4.2 DBS checks",
        "4.2 Have all adults who help at the club had an enhanced DBS check in the last three "
        "years?",
        "Have all adults had an enhanced DBS check in the last three years?",
    )
    field(
        "4.3 Safeguarding lead",
        "4.3 Name of your Designated Safeguarding Lead",
        "Name of your Designated Safeguarding Lead",
        lw=250,
    )

    heading("Section 5: Documents to send with this form")
    txt(
        "Please email these documents with your form and tick each box. We cannot consider "
        "your application without them."
    )
    state["y"] -= 6
    docs = [
        ("5.1", "Your constitution or set of rules"),
        (
            "5.2",
            "Your latest accounts or income and expenditure statement, signed by two members "
            "of the committee",
        ),
        ("5.3", "Your safeguarding policy"),
        (
            "5.4",
            "A list of the adults who help at the club, with the date of each person's "
            "enhanced DBS check",
        ),
        ("5.5", "Your public liability insurance certificate (cover of at least £5 million)"),
        ("5.6", "If you are buying equipment: a quote for each item costing more than £250"),
    ]
    for ref, label in docs:
        lines = simpleSplit(label, "Helvetica", 10, w - 130)
        room(len(lines) * 13 + 6)
        check(f"{ref} enclosed", label)
        txt(label, x=70, width=w - 120)
        state["y"] -= 5

    heading("Section 6: Declaration")
    txt(
        "I confirm that the information on this form is correct, that the grant will be spent "
        "only on what is described above, and that the club will tell the Town Council how the "
        "money was spent within three months of receiving it. Any money not spent on the "
        "project must be returned."
    )
    state["y"] -= 6
    room(20)
    check("6 Declaration", "I agree to the declaration above")
    c.setFont("Helvetica", 10)
    c.drawString(70, state["y"], "I agree to the declaration above")
    state["y"] -= 24
    field("6 Name", "Name (typing your name counts as your signature)", "Name", lw=270)
    field("6 Position", "Position in the club", "Position", lw=270)
    field("6 Date", "Date", "Date", lw=270, maxlen=10)
    state["y"] -= 6
    txt(
        "Pinnerby Town Council, Town Hall, Market Place, Pinnerby. Telephone 01632 960 284. "
        "The Council will use your information only to deal with this application.",
        size=8.5,
        leading=11,
    )
    folio()
    c.showPage()
    c.save()


# ------------------------------------------------------------- Brennithorpe (text PDF form)


def brennithorpe() -> None:
    """A district council's Holiday Positive Activities Fund application form, typed in Word
    and printed to PDF: Parts A to F, underscore blanks for details, numbered questions with
    "(no more than N words)" and ruled lines under them, tick boxes, a costs table drawn with
    lines, a numbered enclosures list with a box on each line and a signature block."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brennithorpe-holiday-positive-activities-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Microsoft Word - Holiday Positive Activities Fund application form 2027.docx")
    c.setAuthor("Brennithorpe District Council")
    c.setCreator("Microsoft Word")
    c.setProducer("Microsoft: Print To PDF")
    w, h = A4
    state = {"y": h - 60, "page": 1}
    box = "[  ]"

    def folio():
        c.setFont("Times-Roman", 9)
        c.drawCentredString(
            w / 2, 36, f"Holiday Positive Activities Fund 2027 - page {state['page']}"
        )

    def room(need):
        if state["y"] - need < 70:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = h - 60

    def para(t, size=11, font="Times-Roman", x=60, leading=14, after=6):
        lines = simpleSplit(t, font, size, w - x - 60)
        room(len(lines) * leading)
        c.setFont(font, size)
        for ln in lines:
            c.drawString(x, state["y"], ln)
            state["y"] -= leading
        state["y"] -= after

    def part(t):
        room(60)
        state["y"] -= 6
        c.setFont("Times-Bold", 13)
        c.drawString(60, state["y"], t)
        c.setLineWidth(0.8)
        c.line(60, state["y"] - 4, w - 60, state["y"] - 4)
        state["y"] -= 22

    def blank(label, x=60):
        room(22)
        c.setFont("Times-Roman", 11)
        c.drawString(x, state["y"], label)
        lw = c.stringWidth(label, "Times-Roman", 11)
        under = "_" * int((w - 60 - x - lw - 6) / c.stringWidth("_", "Times-Roman", 11))
        c.drawString(x + lw + 6, state["y"], under)
        state["y"] -= 22

    def ruled(n):
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.5)
        for _ in range(n):
            room(20)
            c.line(60, state["y"] - 2, w - 60, state["y"] - 2)
            state["y"] -= 20
        c.setStrokeColor(colors.black)
        state["y"] -= 6

    def question(t, lines):
        para(t, font="Times-Bold", after=4)
        ruled(lines)

    c.setFont("Times-Bold", 16)
    c.drawString(60, state["y"], "BRENNITHORPE DISTRICT COUNCIL")
    state["y"] -= 22
    c.setFont("Times-Bold", 14)
    c.drawString(60, state["y"], "Holiday Positive Activities Fund 2027")
    state["y"] -= 18
    c.drawString(60, state["y"], "Application Form")
    state["y"] -= 24
    para(
        "The Holiday Positive Activities Fund gives grants of up to £3,000 to groups that run "
        "free activities for children and young people aged 5 to 16 during the Easter and "
        "summer school holidays. Priority will be given to activities in the wards of "
        "Brennithorpe Central, Eastgate and Moorside, and to activities that include children "
        "who receive free school meals or who have special educational needs and disabilities "
        "(SEND)."
    )
    para(
        "Please complete this form in black ink or type it, and return it with the documents "
        "listed in Part E to: Communities Team, Brennithorpe District Council, Council Offices, "
        "Station Road, Brennithorpe, or email it to communities@brennithorpe.example.gov.uk. "
        "Closing date: Friday 12 February 2027."
    )
    para(
        "You do not need to find any match funding. If your application is successful we will "
        "pay 80% of the grant when it is approved and the remaining 20% when we receive your "
        "monitoring form after the holiday."
    )

    part("PART A - YOUR ORGANISATION")
    for label in [
        "Name of organisation:",
        "Address:",
        "Postcode:",
        "Contact name:",
        "Role in organisation:",
        "Telephone:",
        "Email:",
    ]:
        blank(label)
    para(
        f"Type of organisation (tick one):   {box} Registered charity   {box} CIC   "
        f"{box} Constituted community group   {box} School   {box} Other",
        after=10,
    )

    part("PART B - YOUR ACTIVITIES")
    blank("B1  Name of your holiday programme:")
    para(
        f"B2  Which holidays will you run activities in? (tick all that apply)   "
        f"{box} Easter 2027   {box} Summer 2027",
        after=10,
    )
    question(
        "B3  Describe the activities you will run. Include where they will take place, on "
        "which days and for how long each day. (no more than 300 words)",
        12,
    )
    question(
        "B4  How will you reach the children and families who would benefit most, for example "
        "children who receive free school meals? (no more than 200 words)",
        9,
    )
    blank("B5  How many children do you expect to take part?")
    question(
        "B6  How will you make your activities accessible to children with SEND? (no more "
        "than 200 words)",
        9,
    )
    question(
        "B7  If you will provide food, tell us what you will provide and how it will be "
        "prepared. (no more than 100 words)",
        5,
    )

    part("PART C - SAFEGUARDING AND STAFFING")
    blank("C1  Name of your Designated Safeguarding Lead:")
    question(
        "C2  How many adults will be at each session, what ratio of adults to children will "
        "you keep, and what training have they had? (half a page)",
        12,
    )
    para(
        f"C3  Do all staff and volunteers who will work with children have an enhanced DBS "
        f"check with a check of the children's barred list?     {box} Yes     {box} No",
        font="Times-Bold",
        after=10,
    )

    part("PART D - COSTS")
    para("Please list what the grant will pay for (for example staff, venue hire, equipment).")
    room(200)
    top = state["y"]
    c.setLineWidth(0.6)
    rows = 8
    for i in range(rows + 2):
        c.line(60, top - i * 20 + 14, w - 60, top - i * 20 + 14)
    c.line(60, top + 14, 60, top - (rows + 1) * 20 + 14)
    c.line(400, top + 14, 400, top - (rows + 1) * 20 + 14)
    c.line(w - 60, top + 14, w - 60, top - (rows + 1) * 20 + 14)
    c.setFont("Times-Bold", 11)
    c.drawString(66, top, "Item")
    c.drawString(406, top, "Cost (£)")
    state["y"] = top - (rows + 1) * 20 - 10
    blank("Total cost of your activities: £")
    blank("Amount you are asking for (maximum £3,000): £")

    part("PART E - DOCUMENTS TO ENCLOSE")
    para(
        "Please enclose the following and tick the box beside each one you have enclosed. "
        "Applications without them will not be considered."
    )
    for i, label in enumerate(
        [
            "Your constitution or governing document",
            "Your most recent accounts, independently examined or audited",
            "Your safeguarding policy, including how you report concerns about a child",
            "Your health and safety policy",
            "A copy of your public liability insurance certificate (minimum cover £10 million)",
            "If you will provide food: your food hygiene rating certificate for the kitchen "
            "you will use",
            "If you are registered with Ofsted: your Ofsted registration certificate",
        ],
        start=1,
    ):
        para(f"{i}.  {label}   {box}", x=72, after=4)
    state["y"] -= 6

    part("PART F - DECLARATION")
    para(
        "I confirm that the information in this application is correct. I understand that "
        "the grant must be used only for the activities described, and that the Council may "
        "ask for the grant to be repaid if it is not. I agree to complete the monitoring form "
        "within four weeks of the end of the holiday."
    )
    for label in ["Signed:", "Name (in capitals):", "Position:", "Date:"]:
        blank(label)
    para(
        "Data protection: Brennithorpe District Council will use the information you give us "
        "to process your application. Our privacy notice is at "
        "www.brennithorpe.example.gov.uk/privacy.",
        size=9,
        leading=11,
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    tewkesmoor()
    dallingridge()
    pinnerby()
    brennithorpe()


if __name__ == "__main__":
    main()
