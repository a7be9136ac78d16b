"""Build set 60's Word and PDF documents (typical councils' culture, sport and heritage grants:
arts development small grants, sport and physical activity grants for clubs, heritage and
museum project grants, festival and events funding; written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus60.py
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

    def pairs(self, rows: list[tuple[str, str, int]], widths: tuple[float, float]) -> None:
        """A two-column table: the label or question (and an italic limit line under it,
        when given) in a shaded left cell, the empty answer cell on the right."""
        from docx.shared import Cm

        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, limit, height in rows:
            row = t.add_row()
            _set(row.cells[0], label, bold=True)
            if limit:
                p = row.cells[0].add_paragraph()
                r = p.add_run(limit)
                r.italic = True
            _shade(row.cells[0], self.shade)
            row.cells[0].width = Cm(widths[0])
            row.cells[1].width = Cm(widths[1])
            _row_height(row, height)
        self.para()


# ------------------------------------------------------------ Ashenthorpe (docx form)


def ashenthorpe() -> None:
    """A district council's Arts Development Small Grants form in Word: numbered sections,
    label/box tables, each question a shaded cell over an empty one with "(max N words)",
    a costs table, an income table, documents in a bulleted list, a signature table."""
    d = _new(
        "Arts Development Small Grants 2027-28 - Application Form",
        "Ashenthorpe District Council - Arts and Culture Team",
        "Arial",
        11,
    )
    w = _Word(d, "E2EFD9")
    d.add_heading("Ashenthorpe District Council", level=0)
    w.heading("Arts Development Small Grants 2027/28: Application Form", 1)
    w.para(
        "Our Arts Development Small Grants of £250 to £2,500 support arts projects run by "
        "community groups, voluntary organisations and arts organisations in Ashenthorpe "
        "district. We want to help more people, of all ages and backgrounds, to take part in "
        "and enjoy music, theatre, dance, visual arts, crafts, film, literature and digital "
        "arts close to where they live."
    )
    w.para(
        "Please read the Arts Development Small Grants guidance notes before you fill in this "
        "form. Answer every question and keep to the word limits: we will not read anything "
        "beyond the limit. The boxes will expand as you type."
    )
    w.para(
        "Email your completed form and supporting documents to arts@ashenthorpe.example.gov.uk "
        "by 12 noon on Monday 1 March 2027. We will tell you our decision by the end of April "
        "2027."
    )
    w.para(
        "If you would like this form in large print or another format, or would like to talk "
        "to the Arts Development Officer about your idea first, please call 01632 960734.",
        italic=True,
    )

    w.heading("Section 1: About your organisation")
    w.details(
        [
            "1.1 Name of organisation",
            "1.2 Address",
            "1.3 Postcode",
            "1.4 Contact name",
            "1.5 Position in organisation",
            "1.6 Telephone",
            "1.7 Email",
            "1.8 Website or social media (if any)",
        ]
    )
    w.para("1.9 Type of organisation (please tick one)", bold=True)
    w.para(
        f"{BOX} Constituted community or voluntary group    {BOX} Registered charity    "
        f"{BOX} Charitable incorporated organisation (CIO)    {BOX} Community interest "
        f"company (CIC)    {BOX} Other not-for-profit organisation"
    )
    w.details(["1.10 Registered charity or company number (if applicable)"])
    w.question(
        "1.11 Tell us about your organisation: what it does, who it works with and its "
        "experience of running arts activities. (max 200 words)",
        2400,
    )

    w.heading("Section 2: About your project")
    w.details(
        [
            "2.1 Project title",
            "2.2 Art form(s), for example music, theatre, dance, visual arts or crafts",
            "2.3 Venue(s) and ward(s) where the project will take place",
            "2.4 Start date",
            "2.5 End date",
        ]
    )
    w.question(
        "2.6 Describe your project. What will happen, who will take part, and who will lead "
        "the artistic work? (max 300 words)",
        3600,
    )
    w.question(
        "2.7 Why is the project needed, and how do you know? Tell us about any consultation "
        "you have done with the people who will take part. (max 250 words)",
        3000,
    )
    w.question(
        "2.8 Who are your participants and audiences, and how will you reach people who do "
        "not usually take part in the arts? (max 200 words)",
        2400,
    )
    w.details(
        [
            "2.9 Number of participants (people taking part)",
            "2.10 Expected audience (people attending or watching)",
        ]
    )
    w.question(
        "2.11 How will your project support the aims of the Ashenthorpe Cultural Strategy "
        "2024-2029: more people taking part, stronger local creative talent, and culture "
        "that brings communities together? (max 200 words)",
        2400,
    )
    w.question(
        "2.12 How will you know whether the project has been a success? Tell us how you will "
        "collect feedback from participants and audiences. (max 150 words)",
        2000,
    )

    w.heading("Section 3: Project budget")
    w.para(
        "Our grants can pay for up to 50% of the total cost of your project. You will need to "
        "find at least 50% of the total cost from other sources, such as ticket sales, other "
        "grants, sponsorship or your own funds. Volunteer time and free use of a venue can "
        "count towards this, valued at a fair rate."
    )
    w.para("3.1 Please list the costs of your project", bold=True)
    w.grid(
        ["Item (for example artists' fees, materials, venue hire, publicity)", "Cost (£)"],
        [["", ""] for _ in range(6)] + [["Total cost", ""]],
    )
    w.details(
        [
            "3.2 Total cost of the project (£)",
            "3.3 Amount requested from Ashenthorpe District Council (£)",
        ]
    )
    w.para("3.4 Where will the rest of the money come from?", bold=True)
    w.grid(
        ["Source of funding (including your own funds)", "Amount (£)", "Confirmed? Yes / No"],
        [["", "", ""] for _ in range(4)],
    )

    w.heading("Section 4: Safeguarding and insurance")
    w.details(
        [
            "4.1 Will your project involve working with children and young people under 18, "
            "or adults at risk? (Yes / No)",
        ]
    )
    w.question(
        "4.2 If yes, please tell us how you will keep them safe, including who will have a "
        "Disclosure and Barring Service (DBS) check. (max 150 words)",
        2000,
    )
    w.details(["4.3 Does your organisation have public liability insurance? (Yes / No)"])

    w.heading("Section 5: Bank details")
    w.para(
        "We pay grants by BACS transfer into an account in the name of your organisation. We "
        "cannot pay grants into a personal account."
    )
    w.details(
        [
            "5.1 Name of account",
            "5.2 Bank or building society",
            "5.3 Sort code",
            "5.4 Account number",
        ]
    )

    w.heading("Section 6: Supporting documents")
    w.para("Please email these documents with your application form:")
    w.bullet("A copy of your constitution, set of rules or other governing document.")
    w.bullet(
        "Your most recent annual accounts, signed by your treasurer or chair. If your "
        "organisation is less than a year old and does not have accounts yet, please send "
        "your latest bank statement instead."
    )
    w.bullet(
        "A copy of your public liability insurance certificate, showing cover of at least "
        "£5 million."
    )
    w.bullet("A short CV for the lead artist or artists.")
    w.bullet(
        "Your safeguarding policy, if your project will work with children, young people or "
        "adults at risk."
    )
    w.bullet("Written quotes for any single item of equipment costing more than £500.")
    w.para(
        "We cannot assess your application until we have received all the documents that "
        "apply to you."
    )

    w.heading("Section 7: Declaration")
    w.para("By signing this form, I confirm on behalf of the organisation that:")
    for t in (
        "the information in this application is true and correct;",
        "the organisation has an equal opportunities policy and puts it into practice;",
        "the grant will be used only for the project described in this form;",
        "we will acknowledge the support of Ashenthorpe District Council in all publicity for "
        "the project, using the Council's logo;",
        "we will return a short end-of-project report, with photographs, within two months "
        "of the project finishing.",
    ):
        w.bullet(t)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, label in zip(t.rows, ("Signature", "Print name", "Position", "Date"), strict=False):
        _set(row.cells[0], label, bold=True)
        _shade(row.cells[0], "E2EFD9")
        _row_height(row, 480)
    w.para()
    w.para(
        "We will use the information on this form to assess your application and, if it is "
        "successful, to manage your grant. Please see our privacy notice at "
        "www.ashenthorpe.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "ashenthorpe-arts-development-small-grants-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Quenbridge (docx form)


def quenbridge() -> None:
    """A borough council's Community Sport and Physical Activity Grants form for clubs in
    Word: Parts A to F, two-column tables with the label or question in the shaded left
    cell and the limit on an italic line under it, an empty answer cell on the right, a
    costs table, a "Document / Enclosed" checklist table, two signatories."""
    d = _new(
        "Community Sport and Physical Activity Grants - Club Application Form 2027",
        "Quenbridge Borough Council - Sport and Leisure Development",
        "Calibri",
        11,
    )
    w = _Word(d, "DDEBF7")
    w.para("Quenbridge Borough Council", bold=True)
    d.add_heading("Community Sport and Physical Activity Grants 2027", level=1)
    w.heading("Application form for sports clubs", 2)
    w.para(
        "Community Sport and Physical Activity Grants of up to £3,000 help not-for-profit "
        "sports clubs in the borough to get more people active: buying equipment, training "
        "coaches and volunteers, starting new sessions and making small improvements to "
        "club facilities. Priority is given to projects that reach people who are least "
        "active, including women and girls, disabled people, older people and people on low "
        "incomes."
    )
    w.para(
        "To apply, your club must be based in Quenbridge, be run by a committee, and be "
        "affiliated to the national governing body (NGB) for its sport. Please read the "
        "guidance notes before you start, and contact the Sport Development team on 01632 "
        "960581 or sport@quenbridge.example.gov.uk if you have any questions."
    )
    w.para(
        "Return the completed form, with the documents listed in Part E, to "
        "sport@quenbridge.example.gov.uk. Closing dates: 31 March, 30 June and 30 September "
        "2027."
    )

    widths = (8.0, 9.0)
    w.heading("Part A: About your club")
    w.pairs(
        [
            ("A1 Name of club", "", 420),
            ("A2 Sport(s) played", "", 420),
            ("A3 National governing body your club is affiliated to", "", 420),
            ("A4 Affiliation number", "", 420),
            ("A5 Contact name", "", 420),
            ("A6 Position in club (for example secretary or chair)", "", 420),
            ("A7 Address", "", 700),
            ("A8 Postcode", "", 420),
            ("A9 Telephone", "", 420),
            ("A10 Email", "", 420),
            ("A11 Total number of members", "", 420),
            ("A12 Number of junior members (under 18)", "", 420),
            (
                "A13 Does your club hold Clubmark or another NGB club accreditation? (Yes / No)",
                "",
                420,
            ),
            ("A14 Annual membership fee for an adult member (£)", "", 420),
        ],
        widths,
    )

    w.heading("Part B: About your project")
    w.para("B1 What is the grant for? (please tick all that apply)", bold=True)
    w.para(
        f"{BOX} Equipment    {BOX} Coaching or volunteer courses and qualifications    "
        f"{BOX} A new session or activity    {BOX} Small improvements to club facilities    "
        f"{BOX} Other"
    )
    w.pairs(
        [
            (
                "B2 Describe your project and what the grant will pay for.",
                "No more than 300 words",
                3600,
            ),
            (
                "B3 Why does your club need this project? What evidence do you have, for example "
                "waiting lists, falling membership or feedback from members?",
                "No more than 250 words",
                3000,
            ),
            (
                "B4 How will the project help more people to become active, particularly people "
                "who do little or no physical activity at the moment?",
                "No more than 300 words",
                3600,
            ),
            ("B5 How many new participants do you expect in the first year?", "", 420),
            (
                "B6 How will you keep the project going once the grant has been spent?",
                "No more than 200 words",
                2400,
            ),
            ("B7 Project start date", "", 420),
            ("B8 Project end date", "", 420),
        ],
        widths,
    )

    w.heading("Part C: Costs and funding")
    w.para(
        "Clubs must contribute at least 25% of the total cost of the project, from their own "
        "funds or from other funders. Volunteer time cannot be counted as part of your "
        "contribution.",
    )
    w.para("C1 Please give a breakdown of the costs", bold=True)
    w.grid(
        ["Item", "Supplier", "Cost (£)"],
        [["", "", ""] for _ in range(5)] + [["Total", "", ""]],
    )
    w.pairs(
        [
            ("C2 Total cost of the project (£)", "", 420),
            ("C3 Amount requested from Quenbridge Borough Council (£)", "", 420),
            ("C4 Club's own contribution (£)", "", 420),
        ],
        widths,
    )
    w.para("C5 Other funding applied for or secured", bold=True)
    w.grid(
        ["Funder", "Amount (£)", "Confirmed or awaiting decision"],
        [["", "", ""] for _ in range(3)],
    )

    w.heading("Part D: Safeguarding and welfare")
    w.pairs(
        [
            ("D1 Name of your club welfare officer", "", 420),
            (
                "D2 Has your welfare officer completed safeguarding training in the last three "
                "years? (Yes / No)",
                "",
                420,
            ),
            (
                "D3 Do all coaches and volunteers who work with children or adults at risk have "
                "an enhanced DBS check? (Yes / No)",
                "",
                420,
            ),
            (
                "D4 Please explain how your club keeps children and adults at risk safe, and how "
                "members and parents can raise a concern.",
                "No more than 200 words",
                2400,
            ),
        ],
        widths,
    )
    w.para(
        "Your club must have public liability insurance with cover of at least £5 million. "
        "Most clubs are covered through their NGB affiliation. You do not need to send us a "
        "copy of your certificate, but we may ask to see it."
    )

    w.heading("Part E: Checklist of documents")
    w.para("Please send the following documents with your application and tick each one.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Document", bold=True)
    _set(t.rows[0].cells[1], "Enclosed (\u2713)", bold=True)
    _shade(t.rows[0].cells[0], "DDEBF7")
    _shade(t.rows[0].cells[1], "DDEBF7")
    for doc in (
        "Your club's constitution or rules",
        "Your latest annual accounts (these do not need to be audited). If your club has "
        "been running for less than a year, a statement of income and expenditure to date, "
        "signed by your treasurer",
        "Your most recent bank statement, showing the club's name",
        "Your club's safeguarding policy",
        "Proof of your club's affiliation to its national governing body",
        "Two written quotes for each item costing more than £500 (if you are buying "
        "equipment or paying for facility improvements)",
        "Written permission from the owner of the facility, if the project involves work to "
        "a building or pitch your club does not own",
    ):
        row = t.add_row()
        _set(row.cells[0], doc)
        _row_height(row, 400)
    w.para()

    w.heading("Part F: Declaration")
    w.para(
        "We confirm that the information in this application is correct, that the club is "
        "not-for-profit and open to new members, and that the grant will be spent only on "
        "the project described. We agree to return a monitoring form within 12 months, "
        "and to repay any part of the grant not used for this project. The form must be "
        "signed by two members of the club committee who are not related to each other."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    _set(t.rows[0].cells[1], "First signatory", bold=True)
    _set(t.rows[0].cells[2], "Second signatory", bold=True)
    for row, label in zip(
        t.rows[1:], ("Signature", "Name", "Position in club", "Date"), strict=False
    ):
        _set(row.cells[0], label, bold=True)
        _shade(row.cells[0], "DDEBF7")
        _row_height(row, 460)
    w.para()
    w.para("For office use only: Date received ______  Reference ______", italic=True)
    out = HERE / "quenbridge-sport-physical-activity-club-grant-form.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------- Marlinford (fillable PDF form)


def marlinford() -> None:
    """A county council's Heritage and Museum Project Grants form as Acrobat's "Prepare
    form" makes one from a Word form: labels printed on the page, tooltips from the labels,
    /MaxLen on the short fields and on the answer boxes whose labels give characters, the
    other boxes limited in words on the label only, Yes / No radio groups, check boxes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marlinford-heritage-museum-project-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Heritage and Museum Project Grants 2027-28 - application form")
    c.setAuthor("Marlinford County Council Heritage Service")
    c.setSubject("Heritage and Museum Project Grants")
    c.setCreator("Adobe Acrobat Pro (64-bit) 24.1")
    w, h = A4
    form = c.acroForm
    plum = colors.HexColor("#5B2A5E")
    fill = colors.HexColor("#F2F2F2")
    state = {"y": h - 50}

    def txt(t, x=50, size=10, font="Helvetica", width=w - 100, leading=13):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(plum)
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

    def yes_no(name, label, tip, values=("Yes", "No"), x0=390):
        lines = simpleSplit(label, "Helvetica", 10, x0 - 60)
        c.setFont("Helvetica", 10)
        top = state["y"]
        for ln in lines:
            c.drawString(50, state["y"], ln)
            state["y"] -= 13
        for i, value in enumerate(values):
            x = x0 + i * 55
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
            c.drawString(x + 15, top, value)
        state["y"] -= 11

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
        c.drawString(
            50, 30, "Marlinford County Council - Heritage and Museum Project Grants 2027/28"
        )
        c.drawRightString(w - 50, 30, f"Page {n} of 4")

    # page 1
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(plum)
    c.drawString(50, state["y"], "Marlinford County Council")
    state["y"] -= 22
    c.drawString(50, state["y"], "Heritage and Museum Project Grants 2027/28")
    c.setFillColor(colors.black)
    state["y"] -= 16
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, state["y"], "Application form")
    state["y"] -= 20
    txt(
        "Grants of £1,000 to £10,000 for community heritage groups, local history societies, "
        "independent museums and building preservation trusts in Marlinford, for projects "
        "that look after local heritage and help more people to discover and enjoy it: "
        "conserving collections, recording oral histories, opening up historic buildings, "
        "exhibitions, heritage trails and volunteer training."
    )
    state["y"] -= 4
    txt(
        "Please read the guidance notes before you apply. Type your answers into this form, "
        "save it, and email it with your supporting documents to "
        "heritage.grants@marlinford.example.gov.uk by 5pm on Friday 12 February 2027."
    )
    heading("Section 1: Your organisation")
    field("1.1 Organisation name", "1.1 Name of organisation", "Name of organisation", maxlen=100)
    field("1.2 Address", "1.2 Address", "Address")
    field("1.3 Postcode", "1.3 Postcode", "Postcode", maxlen=8)
    field("1.4 Contact name", "1.4 Contact name", "Contact name")
    field("1.5 Position", "1.5 Position in organisation", "Position in organisation")
    field("1.6 Telephone", "1.6 Telephone number", "Telephone number", maxlen=15)
    field("1.7 Email", "1.7 Email address", "Email address")
    yes_no(
        "1.8 Accredited museum",
        "1.8 Is your organisation an Accredited Museum, or working towards Accreditation?",
        "Is your organisation an Accredited Museum, or working towards Accreditation?",
        values=("Yes", "No", "Working towards"),
        x0=330,
    )
    field(
        "1.9 Charity number",
        "1.9 Registered charity number (if any)",
        "Registered charity number",
        maxlen=8,
    )
    heading("Section 2: Your project")
    field("2.1 Project title", "2.1 Project title", "Project title", maxlen=80)
    field(
        "2.2 Heritage site",
        "2.2 Heritage site, building or collection",
        "Heritage site, building or collection",
    )
    yes_no(
        "2.3 Listed building",
        "2.3 Is the building or site listed, scheduled or in a conservation area?",
        "Is the building or site listed, scheduled or in a conservation area?",
    )
    box(
        "2.4 Project description",
        "2.4 Describe your project. What heritage will it focus on, and what will you do? "
        "(maximum 300 words)",
        "Describe your project. What heritage will it focus on, and what will you do?",
        height=200,
    )
    folio(1)
    c.showPage()

    # page 2
    state["y"] = h - 50
    box(
        "2.5 Need",
        "2.5 Why is the project needed now? Tell us about the condition of the heritage and "
        "any risk to it. (maximum 1,500 characters)",
        "Why is the project needed now? Tell us about the condition of the heritage and any "
        "risk to it. (maximum 1,500 characters)",
        height=150,
        maxlen=1500,
    )
    box(
        "2.6 People",
        "2.6 Who will be involved in the project, and how will it help more people, and a "
        "wider range of people, to take part in and learn about heritage? (maximum 250 words)",
        "Who will be involved in the project, and how will it help more people, and a wider "
        "range of people, to take part in and learn about heritage?",
        height=170,
    )
    box(
        "2.7 Legacy",
        "2.7 How will you share what the project finds, and how will the results be looked "
        "after once the project ends? (maximum 1,200 characters)",
        "How will you share what the project finds, and how will the results be looked after "
        "once the project ends? (maximum 1,200 characters)",
        height=120,
        maxlen=1200,
    )
    field(
        "2.8 Volunteers",
        "2.8 Number of volunteers taking part",
        "Number of volunteers",
        lw=250,
        maxlen=5,
    )
    field(
        "2.9 Visitors",
        "2.9 Expected number of visitors or participants",
        "Expected number of visitors or participants",
        lw=250,
        maxlen=6,
    )
    field("2.10 Start date", "2.10 Start date (dd/mm/yyyy)", "Start date", lw=250, maxlen=10)
    field("2.11 End date", "2.11 End date (dd/mm/yyyy)", "End date", lw=250, maxlen=10)
    folio(2)
    c.showPage()

    # page 3
    state["y"] = h - 50
    heading("Section 3: Project costs")
    txt(
        "The Council can fund up to 70% of the total cost of a project. You must find at "
        "least 30% of the total cost from other sources. Up to half of your 30% can be "
        "volunteer time, valued at £15 an hour."
    )
    state["y"] -= 4
    field("3.1 Total cost", "3.1 Total cost of the project (£)", "Total cost", lw=280, maxlen=10)
    field(
        "3.2 Grant requested",
        "3.2 Grant requested (£1,000 to £10,000)",
        "Grant requested",
        lw=280,
        maxlen=10,
    )
    field(
        "3.3 Match funding",
        "3.3 Match funding secured so far (£)",
        "Match funding secured so far",
        lw=280,
        maxlen=10,
    )
    field(
        "3.4 Match sources",
        "3.4 Source(s) of match funding",
        "Sources of match funding",
        lw=280,
        maxlen=150,
    )
    heading("Section 4: Safeguarding")
    yes_no(
        "4.1 Children or adults at risk",
        "4.1 Will the project involve children, young people or adults at risk, as "
        "volunteers or participants?",
        "Will the project involve children, young people or adults at risk?",
    )
    box(
        "4.2 Keeping people safe",
        "4.2 If yes, how will you keep them safe? (maximum 600 characters)",
        "If yes, how will you keep them safe? (maximum 600 characters)",
        height=80,
        maxlen=600,
    )
    heading("Section 5: Supporting documents")
    txt(
        "Please email these documents with your form, and tick each one you are sending. "
        "We cannot consider your application without the documents that apply to you."
    )
    state["y"] -= 4
    docs = [
        (
            "5 Governing document",
            "Your governing document (constitution, trust deed or articles of association)",
        ),
        (
            "5 Accounts",
            "Your most recent annual accounts. If your income is over £25,000 a year, these "
            "must be independently examined or audited",
        ),
        (
            "5 Budget",
            "A project budget, showing a breakdown of all the costs and all the income you "
            "expect, including match funding and volunteer time",
        ),
        (
            "5 Photographs",
            "Up to six photographs of the building, site or objects the project will focus on",
        ),
        ("5 Quotes", "Quotes for any single item or piece of work costing more than £1,000"),
        ("5 Consents", "Listed building consent or planning permission, if your project needs it"),
        (
            "5 Condition survey",
            "A condition survey or conservation report, if your project involves work to a "
            "historic building or to objects in a collection",
        ),
        (
            "5 Safeguarding policy",
            "Your safeguarding policy, if the project involves children, young people or "
            "adults at risk",
        ),
    ]
    for name, label in docs:
        check(name, label)
        txt(label, x=68, width=w - 120)
        state["y"] -= 4
    state["y"] -= 2
    txt(
        "Your organisation must have public liability insurance of at least £5 million that "
        "covers the project's activities and its volunteers. You do not need to send us "
        "your certificate.",
        font="Helvetica-Oblique",
    )
    folio(3)
    c.showPage()

    # page 4
    state["y"] = h - 50
    heading("Section 6: Declaration")
    txt(
        "I confirm that the information in this application is correct and that I am "
        "authorised to apply on behalf of the organisation. I confirm that our organisation "
        "has an equal opportunities policy and a health and safety policy. I understand that "
        "the grant must be used only for the project described, that the Council's support "
        "must be acknowledged, and that the Council may ask for the grant back if it is not "
        "used as agreed."
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
        "Marlinford County Council will use the information you give to assess your "
        "application and manage any grant. See www.marlinford.example.gov.uk/privacy.",
        size=8.5,
        leading=11,
    )
    folio(4)
    c.showPage()
    c.save()


# -------------------------------------------------------- Tarnside (text PDF guidance)


def tarnside() -> None:
    """A city council's Festivals and Events Fund guidance notes, as Word exports them to
    PDF: numbered headings, bullets, "What you need to send", a scoring table, key dates
    and FAQs, over four pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tarnside-festivals-events-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Festivals and Events Fund 2027-28 - Guidance notes")
    c.setAuthor("Tarnside City Council Culture and Events Team")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    teal = colors.HexColor("#00626E")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 40, "Tarnside City Council - Festivals and Events Fund guidance notes")
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
        c.setFillColor(teal)
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

    def table(rows, xs):
        room(22 * len(rows) + 10)
        for i, r in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
            if i == 0:
                c.setFillColor(colors.HexColor("#D5ECEE"))
                c.rect(xs[0], state["y"] - 6, xs[-1] - xs[0], 20, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, v in enumerate(r):
                c.drawString(xs[j] + 4, state["y"], v)
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] - 6, xs[-1], state["y"] - 6)
            state["y"] -= 20
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(teal)
    c.drawString(72, state["y"], "Festivals and Events Fund 2027/28")
    state["y"] -= 26
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Guidance notes for applicants")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Tarnside City Council - Culture and Events Team")
    c.setFillColor(colors.black)
    state["y"] -= 34

    head("1. About the fund")
    para(
        "Festivals and events bring people together, support local businesses and give "
        "residents and visitors a reason to come into the city centre and our district "
        "centres. Tarnside City Council's Festivals and Events Fund supports free or "
        "low-cost community festivals, cultural celebrations, outdoor performances, "
        "heritage open days and sporting events that are open to the public and take place "
        "within the city between 1 April 2027 and 31 March 2028."
    )
    para(
        "These notes explain who can apply, what we can fund and what you need to send. "
        "Please read them in full before you start your application."
    )
    head("2. How much you can apply for")
    para("There are two levels of grant:")
    bullet(
        "Community events: grants of £500 to £2,500 for events expected to attract up to "
        "2,000 people."
    )
    bullet(
        "Major festivals: grants of £2,501 to £10,000 for festivals lasting at least a "
        "day and expected to attract more than 2,000 people."
    )
    para("Organisations can receive only one grant from the fund in each financial year.")
    head("3. Who can apply")
    para("You can apply if you are one of the following and your event takes place in Tarnside:")
    bullet(
        "a constituted voluntary or community group with a bank account in the group's "
        "name and at least two unrelated signatories;"
    )
    bullet("a registered charity or charitable incorporated organisation;")
    bullet("a community interest company limited by guarantee, or another not-for-profit company;")
    bullet("a parish council or residents' association.")
    para(
        "We cannot fund individuals, businesses run for private profit, political parties, "
        "or events that promote religious or political beliefs."
    )
    head("4. What we can and cannot fund")
    para("We can fund:")
    bullet("performers', artists' and technicians' fees;")
    bullet("hire of staging, sound, lighting, marquees and toilets;")
    bullet("stewarding, first aid and security;")
    bullet("marketing and publicity, including translation and accessible formats;")
    bullet(
        "measures that make your event accessible, such as British Sign Language "
        "interpreters, changing places toilets and quiet spaces."
    )
    para("We cannot fund:")
    bullet("events that have already taken place, or costs you have already paid;")
    bullet("alcohol, prizes, gifts or fundraising for other causes;")
    bullet("the core running costs of your organisation;")
    bullet("events that are mainly for private or members-only audiences.")
    head("5. Match funding")
    para(
        "The fund will pay for up to 80% of the eligible costs of your event. You will need "
        "to find at least 20% of the total cost from other sources, such as ticket sales, "
        "stall fees, sponsorship, other grants or your own funds. Help in kind, such as "
        "volunteer stewards or a venue provided free of charge, can count towards your 20%."
    )
    head("6. Event safety, licences and insurance")
    para(
        "You are responsible for running a safe event. Your event must have public "
        "liability insurance with cover of at least £5 million. Events that include "
        "fireworks, fairground rides or inflatables must have cover of at least £10 million."
    )
    para(
        "If you expect more than 500 people at any one time, you must also notify the "
        "Tarnside Safety Advisory Group (SAG) at least 12 weeks before the event, using the "
        "event notification form on our website. This is separate from your grant "
        "application and is not a guarantee of funding. If your event is in one of the "
        "city's parks, you must also book the park with the Parks Events team."
    )
    para(
        "If you will sell alcohol or provide regulated entertainment, you may need a "
        "Temporary Event Notice or a premises licence from our Licensing team."
    )
    head("7. Safeguarding, equality and accessibility")
    para(
        "All applicants must have an equal opportunities policy. You do not need to send it "
        "to us, but we may ask to see it. If your event includes activities aimed at "
        "children, young people or adults at risk, such as workshops or a children's area, "
        "you must also have a safeguarding policy and send us a copy with your application."
    )
    para(
        "We expect every funded event to be as accessible as possible. Please think about "
        "step-free access, accessible toilets, seating, quiet areas and how disabled people "
        "can find out about the event."
    )
    head("8. How to apply")
    para(
        "Apply using the online application form at www.tarnside.example.gov.uk/eventsfund. "
        "You can save your answers and come back to them. The form asks you to describe "
        "your event (up to 2,000 characters), to tell us who it is for and how you will "
        "reach them (up to 1,500 characters), how it will benefit the city (up to 1,500 "
        "characters) and how you will make it safe and accessible (up to 1,500 characters). "
        "It also asks for your event budget and your organisation's bank details."
    )
    para("If you cannot apply online, please contact us and we will send you a paper form.")
    head("9. What you need to send")
    para("You will need to upload these documents with your online application:")
    bullet("your constitution, set of rules or other governing document;")
    bullet(
        "your latest annual accounts, signed by your treasurer or another committee "
        "member; if your annual income is over £25,000, the accounts must be "
        "independently examined or audited;"
    )
    bullet(
        "a detailed event budget, showing all expected income (including ticket sales, "
        "stall fees and sponsorship) and all expenditure;"
    )
    bullet("a risk assessment for your event;")
    bullet("a copy of your public liability insurance certificate;")
    bullet(
        "your safeguarding policy, if your event includes activities for children, "
        "young people or adults at risk;"
    )
    bullet(
        "written permission from the landowner, if your event takes place on land that "
        "is not owned by the City Council."
    )
    para(
        "We cannot assess an application until all the documents that apply to you have "
        "been received."
    )
    head("10. How we assess applications")
    para(
        "Officers from the Culture and Events Team will score each application against the "
        "criteria below. A panel of councillors makes the final decision on grants over "
        "£2,500."
    )
    table(
        [
            ["Criterion", "Weighting"],
            ["Quality of the event and how well it is planned", "30%"],
            ["Who will come, and how you will reach them", "25%"],
            ["Benefit to the city and its economy", "25%"],
            ["Safety, accessibility and value for money", "20%"],
        ],
        [72, 400, w - 72],
    )
    head("11. Key dates")
    table(
        [
            ["Round", "For events taking place", "Closing date", "Decision"],
            ["Round 1", "June to September 2027", "26 February 2027", "April 2027"],
            ["Round 2", "October 2027 to March 2028", "28 May 2027", "July 2027"],
        ],
        [72, 140, 300, 410, w - 72],
    )
    head("12. If you are offered a grant")
    para(
        "We will send you a grant agreement, which you must sign and return before we pay "
        "the grant. We normally pay 80% of the grant before the event and the rest when we "
        "receive your evaluation form, with photographs and attendance figures, within six "
        "weeks of the event. You must use the Council's logo on all publicity for the event."
    )
    head("13. Frequently asked questions")
    para("Can we apply for an event that is already happening this year?", font="Helvetica-Bold")
    para("No. We can only fund events that take place after we have made our decision.")
    para("Can we charge for tickets?", font="Helvetica-Bold")
    para(
        "Yes, but most of the event should be free or low cost, and any profit must be "
        "used for next year's event or for the community."
    )
    para("Does volunteer time count as match funding?", font="Helvetica-Bold")
    para(
        "Yes. Please value volunteer time at £15 an hour and show it in your event budget "
        "as both income and expenditure."
    )
    head("14. Contact us")
    para(
        "Culture and Events Team, Tarnside City Council, Civic Centre, Tarnside TN1 4QS. "
        "Telephone 01632 960257. Email events.fund@tarnside.example.gov.uk."
    )
    para(
        "These notes are available in large print, Easy Read and other languages on request.",
        font="Helvetica-Oblique",
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    ashenthorpe()
    quenbridge()
    marlinford()
    tarnside()


if __name__ == "__main__":
    main()
