"""Build set 40's Word and PDF documents (faith groups, community cohesion, events and
volunteering).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus40.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 9, 0, 0)
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
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _set(cell, text: str, bold: bool = False, italic: bool = False, size=None):
    from docx.shared import Pt

    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return par


def _widths(table, cms) -> None:
    from docx.shared import Cm

    for row in table.rows:
        for cell, cm in zip(row.cells, cms, strict=False):
            cell.width = Cm(cm)


# -------------------------------------------------------------- Ockenfold (docx form)


def _dots(d, label: str = "", size=None):
    """A paragraph whose answer space is a right tab stop with a dotted leader: printed, it is
    a dotted line; read as text, it is only a tab."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.space_after = Pt(6)
    if label:
        r = p.add_run(label + " ")
        if size:
            r.font.size = Pt(size)
    p.add_run("\t")
    return p


def ockenfold() -> None:
    """A city council's ward councillors' community fund form typed in Word with no tables
    for answers: every answer space is a dotted line made by a right tab stop with a dot
    leader (text extraction sees a tab), questions in Parts A to F, one small costs table,
    documents as plain bullets with conditions, and an official-use block."""
    from docx.shared import Pt

    d = _new(
        "Ward Councillors' Community Fund application form 2027-28",
        "Ockenfold City Council Neighbourhoods Team",
        "Verdana",
        10,
    )
    p = d.add_paragraph()
    r = p.add_run("OCKENFOLD CITY COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Ward Councillors' Community Fund 2027-28: application form")
    r.bold = True
    r.font.size = Pt(12)
    for t in (
        "Each of the city's 18 wards has £6,000 a year to spend on small projects that make "
        "the ward a better place to live and bring neighbours together. The ward councillors "
        "decide together which applications to support. Grants are usually between £100 and "
        "£1,500.",
        "Before you apply, talk to at least one of your ward councillors: your application "
        "must be supported by a councillor for the ward that will benefit. You can find your "
        "councillors at www.ockenfold.example.gov.uk/councillors.",
        "Please write clearly in black ink on the dotted lines, or type. If you run out of "
        "room, carry on on a separate sheet and write the question number on it. Send the "
        "form to Neighbourhoods Team, Ockenfold City Council, Civic Centre, Ockenfold OK1 3WW "
        "or email a scan to wardfund@ockenfold.example.gov.uk.",
    ):
        d.add_paragraph(t)

    def part(t):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(11)

    def ask(t, lines):
        p = d.add_paragraph()
        p.add_run(t).bold = True
        for _ in range(lines):
            _dots(d)

    part("PART A: ABOUT YOUR GROUP")
    for label in ("Name of group", "Contact name", "Address"):
        _dots(d, label)
    _dots(d)
    for label in ("Postcode", "Telephone", "Email"):
        _dots(d, label)
    d.add_paragraph(
        f"Type of group (please tick one):   {BOX} Residents' or tenants' association   "
        f"{BOX} Faith group   {BOX} Sports or social club   {BOX} Registered charity   "
        f"{BOX} Other community group"
    )
    _dots(d, "Charity or company number, if you have one")

    part("PART B: YOUR PROJECT")
    _dots(d, "B1  Project title")
    _dots(d, "B2  Ward or wards that will benefit")
    ask("B3  Describe your project. What will you do, when and where? (no more than 200 words)", 7)
    ask(
        "B4  How will the project bring together people from different backgrounds, ages "
        "or parts of the ward? (approximately 150 words)",
        6,
    )
    _dots(d, "B5  How many volunteers will help to run it?")
    ask("B6  Please tell us how local people have asked for this project or helped to plan it.", 5)
    ask(
        "B7  What will be different in the ward once the project has finished? (up to 100 words)", 4
    )
    _dots(d, "B8  Date or dates of the project or event")

    part("PART C: COSTS")
    d.add_paragraph("C1  Please list what the grant will pay for.")
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(("Item", "Supplier (if known)", "Cost £")):
        _set(t.cell(0, i), hd, bold=True)
    _set(t.cell(6, 1), "Total", bold=True)
    _widths(t, [8.0, 5.5, 3.0])
    _dots(d, "C2  Amount requested from the Ward Councillors' Community Fund  £")
    d.add_paragraph(
        "C3  Have you applied to any other ward fund or council grant for this project?   "
        "YES / NO  (please delete)"
    )
    _dots(d, "      If YES, which fund?")

    part("PART D: COUNCILLOR SUPPORT")
    _dots(d, "D1  Name of the ward councillor (or councillors) supporting this application")

    part("PART E: DOCUMENTS")
    d.add_paragraph(
        "Every group must have public liability insurance of at least £5 million for its "
        "activities. We do not need your accounts. Please enclose:"
    )
    for t in (
        "a copy of your constitution or set of rules;",
        "a copy of your most recent bank statement, showing the group's name;",
        "a copy of your public liability insurance certificate;",
        "for any single item costing more than £500, two written quotes;",
        "if the project involves children or young people under 18, or adults at risk, your "
        "safeguarding policy;",
        "if food will be prepared or served to the public, a food hygiene certificate for "
        "the person preparing it.",
    ):
        d.add_paragraph(t, style="List Bullet")

    part("PART F: DECLARATION")
    d.add_paragraph(
        "I confirm that the information on this form is correct and that any grant will be "
        "spent only on the project described. I understand that the council may publish the "
        "name of our group, the project and the amount awarded."
    )
    for label in ("Signed", "Name", "Position in group", "Date"):
        _dots(d, label)

    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    _set(cell, "FOR OFFICIAL USE ONLY", bold=True, size=8)
    for label in ("Supported by Cllr", "Date received", "Reference", "Amount agreed £"):
        q = cell.add_paragraph(f"{label} ____________________")
        q.runs[0].font.size = Pt(8)
    _shade(cell, "EDEDED")
    out = HERE / "ockenfold-ward-councillors-community-fund.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------- Brisworth (docx guidance)


def brisworth() -> None:
    """A county's volunteering infrastructure and volunteer expenses fund guidance: a shaded
    one-cell "Key facts" box, two strands, and the documents as a hand-numbered three-level
    list (1., (a), (i)) whose conditions sit in the level above the item."""
    from docx.shared import Cm, Pt

    d = _new("Volunteering Fund 2027: guidance notes", "Brisworth County Council", "Arial", 10.5)
    p = d.add_paragraph()
    r = p.add_run("Brisworth County Council  |  Brisworth Community Foundation")
    r.font.size = Pt(9)
    d.add_heading("Volunteering Fund 2027", level=0)
    d.add_paragraph(
        "Volunteer expenses and volunteering infrastructure grants: guidance notes"
    ).runs[0].bold = True
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    _shade(cell, "FFF2CC")
    _set(cell, "Key facts", bold=True)
    for t in (
        "Strand A, Volunteer Expenses: £500 to £2,500 for one year, to pay back volunteers' "
        "out-of-pocket expenses (travel, meals, phone calls, childcare or care costs while "
        "volunteering) so that cost is never a barrier to giving time.",
        "Strand B, Volunteering Infrastructure: £5,000 to £25,000 over up to two years, for "
        "volunteer centres, volunteer coordinator posts, volunteer training and shared "
        "recruitment across faith and community groups.",
        "Match funding: we fund up to 80% of the project cost. You must find the remaining "
        "20% from elsewhere; volunteer time valued at £15 an hour can count towards it.",
        "Closing date: 28 February 2027 (Strand A also 30 June 2027).",
        "Apply online at volunteering.brisworthcf.example.org.uk.",
    ):
        cell.add_paragraph(t, style="List Bullet")

    def h(t):
        d.add_heading(t, level=2)

    def para(t):
        d.add_paragraph(t)

    h("1  Why we are running this fund")
    para(
        "Around one in five Brisworth adults volunteers at least once a month. Volunteers run "
        "food banks, lunch clubs, faith-based night shelters, youth groups and befriending "
        "schemes, and they bring people of different ages, faiths and backgrounds together. "
        "But the 2026 Brisworth Volunteering Survey found that four in ten volunteers from "
        "low-income households had stopped or cut back because they could not afford the "
        "bus fare or the phone bill. This fund is our response, with the Community "
        "Foundation and the county's four Councils for Voluntary Service (CVSs)."
    )
    h("2  Who can apply")
    para(
        "Voluntary and community organisations, faith groups that run activities open to "
        "everyone in the community, charities, CIOs, and community interest companies. You "
        "must have a governing document, a bank account in your organisation's name with two "
        "unrelated signatories, and at least one activity in Brisworth county. Parish and "
        "town councils can apply to Strand B only, as part of a partnership with a voluntary "
        "group."
    )
    para(
        "Faith groups are welcome. We cannot fund worship, religious instruction or "
        "activities only open to members of one faith."
    )
    h("3  How to apply")
    para(
        "Both strands use the same online form. Strand A has five questions, the longest "
        "300 words; Strand B has eight, the longest 750 words. You can see all the questions "
        "and save your answers before you submit. If you would like help, your local CVS can "
        "read a draft for you."
    )
    h("4  Documents you must upload")
    para(
        "Please upload the documents in this list with your form. Read the headings "
        "carefully: some documents are only needed for one strand or in some cases."
    )

    def item(t, level):
        q = d.add_paragraph(t)
        q.paragraph_format.left_indent = Cm(0.6 + 0.9 * level)
        q.paragraph_format.first_line_indent = Cm(-0.6)
        return q

    item("1.  Everyone:", 0).runs[0].bold = True
    item("(a)  your governing document (constitution, rules, trust deed or articles);", 1)
    item("(b)  your most recent annual accounts:", 1)
    item(
        "(i)  if your income is under £25,000, accounts approved and signed by your "
        "management committee are fine;",
        2,
    )
    item(
        "(ii)  otherwise, accounts independently examined or audited as charity or company "
        "law requires;",
        2,
    )
    item("(c)  your volunteer policy or volunteer handbook;", 1)
    item("(d)  your safeguarding policy.", 1)
    item("2.  Strand B applicants only, as well:", 0).runs[0].bold = True
    item("(a)  a job description for any volunteer coordinator post the grant will pay for;", 1)
    item("(b)  a project plan or timeline for the two years;", 1)
    item(
        "(c)  letters of support from at least two organisations that will recruit or place "
        "volunteers through the project.",
        1,
    )
    item("3.  If you employ staff:", 0).runs[0].bold = True
    item("(a)  your employer's liability insurance certificate.", 1)
    para(
        "All applicants must hold public liability insurance of at least £5 million. You do "
        "not need to upload the certificate. You will also be asked to confirm that you "
        "have an equality, diversity and inclusion policy."
    )
    h("5  What counts as a volunteer expense?")
    t = d.add_table(rows=1, cols=2)
    t.style = "Light List Accent 1"
    _set(t.cell(0, 0), "We will pay", bold=True)
    _set(t.cell(0, 1), "We will not pay", bold=True)
    for a, b in (
        (
            "Bus, train and taxi fares; mileage at 45p a mile",
            "Payments or gifts that reward volunteers for their time",
        ),
        ("Meals when volunteering for more than four hours", "Alcohol"),
        ("Childcare or replacement care while volunteering", "Fines, including parking fines"),
        (
            "A share of phone and broadband bills for volunteers who work from home",
            "Expenses without a receipt or a signed claim",
        ),
    ):
        row = t.add_row()
        _set(row.cells[0], a)
        _set(row.cells[1], b)
    h("6  How we decide")
    para(
        "A panel of volunteers, council officers and Community Foundation trustees reads "
        "every application. We look for groups that reach volunteers who face barriers, that "
        "bring together people from different backgrounds, and that have a sensible plan "
        "for paying expenses fairly and simply. We tell you our decision within ten weeks "
        "of the closing date."
    )
    h("7  Questions?")
    para(
        "Email volunteering@brisworthcf.example.org.uk or call 01632 960 903, Monday to "
        "Thursday, 9am to 4pm."
    )
    out = HERE / "brisworth-volunteering-fund-guidance.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Tallowmere (fillable pdf)


def tallowmere() -> None:
    """A town's community celebrations micro-grant as a three-page landscape fillable PDF: the
    form in a left column and a grey "Notes" sidebar on the right of each section; a combo
    box, a radio group, a comb sort code and account number, multi-line answers whose limits
    are printed, in /MaxLen, or both, and a small costs grid."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tallowmere-community-celebrations-microgrant.pdf"
    c = canvas.Canvas(str(out), pagesize=landscape(A4), invariant=1)
    c.setTitle("Community Celebrations Micro-Grant 2027")
    c.setAuthor("Tallowmere Town Council")
    c.setCreator("Microsoft Word")
    c.setProducer("Adobe Acrobat Pro 24.1")
    w, h = landscape(A4)
    form = c.acroForm
    x0, xf, xs, x2 = 36, 520, 540, w - 36
    red = colors.HexColor("#B22234")
    grey = colors.HexColor("#EFEFEF")
    edge = colors.HexColor("#6F6F6F")

    def field(name, tip, x, y, width, height=15, maxlen=None, multiline=False, comb=False):
        flags = []
        if multiline:
            flags.append("multiline")
        if comb:
            flags.append("comb")
        # reportlab gives a field /MaxLen 100 unless told None: pass it always
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=edge,
            fillColor=colors.white,
            borderWidth=0.7,
            fontSize=0 if multiline else 9.5,
            fieldFlags=" ".join(flags),
            maxlen=maxlen,
        )

    def wrap(x, y, t, width, size=9, font="Helvetica", leading=11.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def section(y, t, notes, depth):
        c.setFillColor(red)
        c.rect(x0, y - 4, xf - x0, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x0 + 5, y + 1, t)
        c.setFillColor(grey)
        c.rect(xs, y - depth, x2 - xs, depth + 13, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(xs + 6, y + 2, "Notes")
        wrap(xs + 6, y - 11, notes, x2 - xs - 12, size=8, leading=10)
        c.setFillColor(colors.black)
        return y - 24

    def labelled(x, y, label, name, width, maxlen=None, comb=False, tip=None):
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y + 4, label)
        field(
            name,
            tip or label,
            x + c.stringWidth(label, "Helvetica", 8.5) + 6,
            y,
            width,
            maxlen=maxlen,
            comb=comb,
        )

    c.setFont("Helvetica-Bold", 17)
    c.setFillColor(red)
    c.drawString(x0, h - 50, "Community Celebrations Micro-Grant 2027")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 10)
    c.drawString(
        x0,
        h - 66,
        "Tallowmere Town Council  |  street parties, fun days and "
        "neighbourhood celebrations  |  grants of £50 to £300",
    )
    y = wrap(
        x0,
        h - 84,
        "Fill in this form on screen, save it and email it to "
        "celebrate@tallowmere-tc.example.gov.uk at least six weeks before your event. "
        "We don't need accounts or bank statements for these micro-grants.",
        xf - x0,
    )
    y = section(
        y - 6,
        "1  About you",
        "You can apply as a resident on behalf of your street, "
        "or as a group. Individuals do not need a constitution; groups do (see "
        "section 5).",
        80,
    )
    labelled(x0, y, "Name of organiser or group", "organiser", 340, maxlen=70)
    y -= 22
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y + 22, "")
    c.drawString(x0, y + 4, "Address")
    field("address", "Address", x0 + 42, y - 14, 250, height=32, maxlen=150, multiline=True)
    labelled(x0 + 305, y, "Postcode", "postcode", 80, maxlen=8)
    y -= 38
    labelled(x0, y, "Telephone", "phone", 130, maxlen=15)
    labelled(x0 + 200, y, "Email", "email", 255, maxlen=70)
    y -= 22
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y + 4, "Applying as")
    form.choice(
        name="applying_as",
        tooltip="Applying as",
        x=x0 + 56,
        y=y,
        width=230,
        height=15,
        options=[
            "Please choose",
            "A resident on behalf of my street",
            "A residents' association",
            "A community group",
            "A faith group",
            "A school or PTA",
        ],
        value="Please choose",
        fieldFlags="combo",
        borderColor=edge,
        fillColor=colors.white,
        fontSize=9,
    )
    y -= 32
    y = section(
        y,
        "2  Your celebration",
        "Street parties on a residential road can usually "
        "close the road for free. Apply to Highways at least six weeks ahead.",
        70,
    )
    labelled(x0, y, "Name of event", "event_name", 200, maxlen=60)
    labelled(
        x0 + 270, y, "Date of event", "event_date", 90, maxlen=10, tip="Date of event (dd/mm/yyyy)"
    )
    y -= 22
    labelled(x0, y, "Street or venue", "venue", 200, maxlen=80)
    labelled(x0 + 270, y, "Expected number of people", "people", 60, maxlen=5)
    y -= 22
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y + 4, "Do you need a road closure?")
    xx = x0 + 125
    for v in ("Yes", "No"):
        form.radio(
            name="road_closure",
            tooltip="Do you need a road closure?",
            value=v,
            selected=False,
            x=xx,
            y=y + 2,
            size=10,
            buttonStyle="circle",
            borderColor=edge,
            fillColor=colors.white,
        )
        c.drawString(xx + 13, y + 4, v)
        xx += 45
    form.checkbox(
        name="told_neighbours",
        tooltip="We have told, or will tell, every household in the street",
        x=x0 + 230,
        y=y + 2,
        size=10,
        borderColor=edge,
        fillColor=colors.white,
        buttonStyle="check",
    )
    c.drawString(x0 + 244, y + 4, "We have told, or will tell, every household in the street")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(x2, 24, "Page 1 of 3")
    c.showPage()

    y = h - 50
    y = section(
        y,
        "3  Your plans",
        "Keep to the word limits: the boxes will not hold more "
        "than we can read. Think about the people on your street who might not "
        "usually come out: a personal invitation goes a long way.",
        90,
    )
    y = wrap(
        x0,
        y,
        "3.1  What are you planning? Tell us about the celebration and what will "
        "happen on the day. (250 words)",
        xf - x0,
        font="Helvetica-Bold",
    )
    field(
        "q31",
        "What are you planning? (250 words)",
        x0,
        y - 88,
        xf - x0,
        height=90,
        maxlen=1500,
        multiline=True,
    )
    y -= 102
    y = wrap(
        x0,
        y,
        "3.2  How will you make sure everyone nearby feels welcome, including "
        "older or disabled neighbours and people from different backgrounds and "
        "faiths?",
        xf - x0,
        font="Helvetica-Bold",
    )
    field(
        "q32", "Making everyone welcome", x0, y - 58, xf - x0, height=60, maxlen=600, multiline=True
    )
    y -= 72
    y = wrap(
        x0,
        y,
        "3.3  How will you keep people safe on the day? Think about traffic, "
        "food, first aid and the weather. (max. 120 words)",
        xf - x0,
        font="Helvetica-Bold",
    )
    field("q33", "Keeping people safe", x0, y - 58, xf - x0, height=60, maxlen=None, multiline=True)
    y -= 76
    y = section(
        y,
        "4  Money",
        "We pay by bank transfer into the organiser's or group's account before the event.",
        50,
    )
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0, y + 4, "Item")
    c.drawString(x0 + 250, y + 4, "Cost (£)")
    y -= 16
    for i in range(1, 4):
        field(f"item_{i}", f"Item {i}", x0, y, 240, maxlen=50)
        field(f"cost_{i}", f"Cost {i}", x0 + 250, y, 60, maxlen=6)
        y -= 18
    labelled(x0 + 330, y + 18, "Grant requested (£)", "grant", 60, maxlen=3)
    y -= 6
    labelled(x0, y, "Account name", "acc_name", 150, maxlen=40)
    labelled(x0 + 215, y, "Sort code", "sort_code", 6 * 13, maxlen=6, comb=True)
    labelled(x0 + 320, y, "Account number", "acc_no", 8 * 13, maxlen=8, comb=True)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(x2, 24, "Page 2 of 3")
    c.showPage()
    y = h - 50
    y = section(y, "5  Documents", "Email these with the form. Photos of documents are fine.", 60)
    for t in (
        "A copy of the public liability insurance certificate that covers the event, "
        "minimum cover £5 million.",
        "If you need a road closure: a copy of your temporary road closure application to "
        "Highways.",
        "If you are applying as a group (not as a resident on behalf of your street): your "
        "constitution or set of rules.",
    ):
        y = wrap(x0 + 8, y, "-  " + t, xf - x0 - 8) - 3
    y = section(
        y - 6, "6  Declaration", "False information may mean you have to pay the grant back.", 30
    )
    form.checkbox(
        name="declare",
        tooltip="I agree to the declaration",
        x=x0,
        y=y + 1,
        size=10,
        borderColor=edge,
        fillColor=colors.white,
        buttonStyle="check",
    )
    y = wrap(
        x0 + 15,
        y + 3,
        "I agree that the grant will be spent on the celebration "
        "described, and that I will send receipts and a photo within a month.",
        330,
    )
    labelled(x0, y - 10, "Name", "sign_name", 150, maxlen=50)
    labelled(x0 + 220, y - 10, "Date", "sign_date", 80, maxlen=10)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(x2, 24, "Page 3 of 3")
    c.showPage()
    c.save()


# ------------------------------------------------------------- Sellowby (text pdf)


def sellowby() -> None:
    """A borough council's faith and community buildings grant guidance as a two-page text
    PDF set in two columns like a leaflet (left column drawn first, then right), with
    run-in bold headings, a pull-quote, and the supporting documents as a numbered list
    whose last four items are conditional."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "sellowby-faith-and-community-buildings-grant-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Faith and Community Buildings Grant 2027-28: guidance notes")
    c.setAuthor("Sellowby Borough Council")
    c.setCreator("Affinity Publisher 2")
    w, h = A4
    gut = 18
    left, right_edge = 46, w - 46
    colw = (right_edge - left - gut) / 2
    teal = colors.HexColor("#00646E")
    flow: list[tuple[str, str]] = []

    def add(kind, text):
        flow.append((kind, text))

    add("h", "What the grant is for")
    add(
        "p",
        "Buildings where people of faith gather are often the busiest community spaces "
        "in a neighbourhood: a church hall with a parent and toddler group, a gurdwara's "
        "langar kitchen open to all, a mosque that hosts a weekly food bank, a Quaker "
        "meeting house used by a choir, a village hall shared by everyone. The Faith and "
        "Community Buildings Grant helps the people who look after these buildings to keep "
        "them open, safe, warm and welcoming to the whole community.",
    )
    add(
        "p",
        "Grants are from £2,000 to £15,000 towards repairs and improvements: roofs, "
        "gutters and drainage; heating and insulation; accessible toilets, ramps and hearing "
        "loops; kitchens used for community meals; and making rooms suitable for community "
        "activities.",
    )
    add(
        "q",
        "\u201cThe new boiler means the lunch club can run all winter.\u201d  St "
        "Hilda's Church Hall, 2025 grant",
    )
    add("h", "How much we pay")
    add(
        "p",
        "We can pay up to half (50%) of the eligible costs of your project. You must "
        "find the other half yourselves, from your own funds, fundraising or other "
        "grants. Volunteer labour cannot count towards your half.",
    )
    add("h", "Who can apply")
    add(
        "p",
        "Faith groups, places of worship and charities that own a building, or lease it "
        "with at least ten years left on the lease, in Sellowby borough. The building must "
        "be used by the wider community, not only for worship, for at least six hours a "
        "week, and you must be willing to let community groups hire it at a fair price.",
    )
    add(
        "p",
        "Individuals, commercial landlords and buildings used only for worship or "
        "only by members cannot apply.",
    )
    add("h", "What we cannot fund")
    add(
        "p",
        "Routine maintenance and cleaning; work that has already started; furniture and "
        "fittings used only for worship, such as organs, pews or religious artefacts; "
        "buildings outside the borough; VAT that you can reclaim.",
    )
    add("h", "How to apply")
    add(
        "p",
        "Ask us for an application form by emailing buildings.grants@sellowby."
        "example.gov.uk or calling 01632 960 640. The form is a Word document with "
        "eleven questions about your building, your project, who uses the building now "
        "and who will use it afterwards, and how you will raise your half of the cost. We "
        "strongly recommend a visit from our community buildings officer before you apply: "
        "she can tell you whether your project is likely to be eligible.",
    )
    add("h", "Insurance")
    add(
        "p",
        "The building must be insured for its full rebuilding cost, and you must hold "
        "public liability insurance with cover of at least £5,000,000. We may ask to see "
        "your insurance schedule before we pay the grant; you do not need to send it with "
        "your application.",
    )
    add("h", "Safeguarding")
    add(
        "p",
        "If children or adults at risk use your building for activities you run, you "
        "must have a safeguarding policy and follow it. You do not need to send it to us.",
    )
    add("h", "Supporting documents")
    add(
        "p",
        "Please send all of documents 1 to 6 with your application form. Send "
        "documents 7 to 10 only if they apply to you.",
    )
    for t in (
        "1.  Your governing document. For a place of worship this may be the trust deed, or "
        "the document that sets out who owns and manages the building.",
        "2.  Your latest accounts: the annual report and accounts you sent to the Charity "
        "Commission or, for churches and other excepted or exempt charities, the accounts "
        "approved at your last annual meeting.",
        "3.  Two written quotes for the works from different contractors.",
        "4.  Photographs of the parts of the building you want to repair or improve.",
        "5.  Proof that you own the building, or a copy of your lease.",
        "6.  Your lettings policy, showing how community groups can hire the building and "
        "what you charge.",
        "7.  Listed buildings only: listed building consent, or a letter from the "
        "council's conservation officer saying consent is not needed.",
        "8.  If the works need planning permission: a copy of the permission.",
        "9.  Church of England churches only: the faculty, or the Archdeacon's approval of "
        "List B works.",
        "10.  Grants over £10,000 only: a building condition survey or quinquennial "
        "inspection report less than five years old.",
    ):
        add("l", t)
    add("h", "Projects we have funded")
    for t in (
        "St Hilda's Church Hall, Upper Sellowby: £9,400 towards a new boiler and radiators, "
        "so that the lunch club, the slimming group and the brass band could use the hall "
        "all year.",
        "Sellowby Central Gurdwara: £12,000 towards a new community kitchen, used for the "
        "langar and by a cookery course for young carers.",
        "Al-Noor Community Centre: £6,250 towards an accessible toilet and a ramp, so that "
        "the weekly food bank and the women's walking group could welcome disabled "
        "people.",
        "Friends Meeting House, Castle Street: £3,800 towards a hearing loop and better "
        "lighting for the room used by a dementia choir and a Tamil school.",
        "Nether Sellowby Village Hall: £15,000 towards a new roof, with money raised by the "
        "whole village and the parish council.",
    ):
        add("l", "-  " + t)
    add("h", "Costs we can and cannot pay")
    add(
        "p",
        "We can pay builders' and contractors' costs, professional fees (an architect or "
        "surveyor) up to 12% of the building cost, the cost of permissions, and "
        "irrecoverable VAT. We can also pay for equipment that is fixed to the building, "
        "such as a hearing loop or a kitchen extractor.",
    )
    add(
        "p",
        "We cannot pay for work you could reasonably do as routine maintenance, such as "
        "clearing gutters or repainting, or for loose furniture, crockery or equipment that "
        "can be carried away. We cannot pay for staff time, your own volunteers' time or "
        "costs of fundraising for your half.",
    )
    add("h", "Timetable")
    for t in (
        "Round 1: applications by 31 January 2027; panel in March; works to start by 30 "
        "September 2027.",
        "Round 2: applications by 31 July 2027; panel in September; works to start by 31 "
        "March 2028.",
        "All works must be finished within 12 months of our offer letter.",
    ):
        add("l", "-  " + t)
    add("h", "Can we apply if our building is shared with another faith?")
    add(
        "p",
        "Yes. Many buildings in the borough are shared, and we welcome joint applications. "
        "One organisation must be the lead applicant and receive the grant; the others "
        "should write to us to confirm they support the project.",
    )
    add("h", "We have already applied to a national heritage funder. Can we still apply?")
    add(
        "p",
        "Yes. Our grant can be part of your half of a larger project's cost for the "
        "national funder, and their grant can be part of your half of ours, as long as no "
        "cost is paid for twice. Tell us about every application you have made.",
    )
    add("h", "Equality and inclusion")
    add(
        "p",
        "We will fund buildings of any faith and of none. We expect every building we "
        "fund to welcome people whatever their faith or belief, ethnicity, sex, sexual "
        "orientation, disability or age, and to be hired to community groups on fair and "
        "equal terms.",
    )
    add("h", "How we decide")
    add(
        "p",
        "A panel of councillors and representatives of the Sellowby Faith Forum and "
        "Sellowby Community Action meets in March and September. It looks at how much the "
        "building is used by the wider community, how the project will open it up to more "
        "people, whether the costs are reasonable, and whether you can raise your half.",
    )
    add("h", "Does the building need to be accessible?")
    add(
        "p",
        "If it is not already, we will expect your project to improve access, or you "
        "to have a plan to do so. Our officer can suggest low-cost changes.",
    )
    add("h", "After you get a grant")
    add(
        "p",
        "We pay the grant when the works are finished, on sight of the contractor's "
        "final invoice, or in two stages for grants over £10,000. You must acknowledge the "
        "council's support on a sign in the building, and tell us each year for five years "
        "how the building is being used by the community.",
    )
    add("h", "Contact")
    add(
        "p",
        "Community Buildings Officer, Sellowby Borough Council, Town Hall, Sellowby SB2 "
        "6NE. buildings.grants@sellowby.example.gov.uk. 01632 960 640.",
    )

    page = [1]

    def masthead(first):
        c.setFillColor(teal)
        if first:
            c.rect(0, h - 120, w, 120, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 22)
            c.drawString(left, h - 60, "Faith and Community Buildings Grant")
            c.setFont("Helvetica", 13)
            c.drawString(left, h - 82, "Guidance notes for applicants, 2027-28")
            c.setFont("Helvetica", 10)
            c.drawString(left, h - 100, "Sellowby Borough Council")
            c.setFillColor(colors.black)
            return h - 150
        c.rect(0, h - 30, w, 30, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 8.5)
        c.drawString(left, h - 19, "Faith and Community Buildings Grant 2027-28: guidance")
        c.setFillColor(colors.black)
        return h - 60

    def folio():
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, 28, str(page[0]))

    top = masthead(True)
    col = 0
    y = top
    bottom = 52

    def lines_of(kind, text):
        if kind == "h":
            return [
                (ln, "Helvetica-Bold", 11, 14)
                for ln in simpleSplit(text, "Helvetica-Bold", 11, colw)
            ]
        if kind == "q":
            return [
                (ln, "Helvetica-Oblique", 11, 14)
                for ln in simpleSplit(text, "Helvetica-Oblique", 11, colw - 10)
            ]
        if kind == "l":
            return [
                (ln, "Helvetica", 9.5, 12) for ln in simpleSplit(text, "Helvetica", 9.5, colw - 10)
            ]
        return [(ln, "Helvetica", 9.5, 12) for ln in simpleSplit(text, "Helvetica", 9.5, colw)]

    for kind, text in flow:
        ls = lines_of(kind, text)
        gap = 6 if kind != "h" else 2
        if kind == "h":
            y -= 4
        for ln, font, size, lead in ls:
            if y - lead < bottom:
                if col == 0:
                    col, y = 1, top
                else:
                    folio()
                    c.showPage()
                    page[0] += 1
                    top = masthead(False)
                    col, y = 0, top
            x = left + col * (colw + gut) + (8 if kind in "lq" else 0)
            c.setFont(font, size)
            c.setFillColor(teal if kind in "hq" else colors.black)
            c.drawString(x, y, ln)
            y -= lead
        c.setFillColor(colors.black)
        y -= gap
    folio()
    c.showPage()
    c.save()


def main() -> None:
    ockenfold()
    brisworth()
    tallowmere()
    sellowby()


if __name__ == "__main__":
    main()
