"""Build set 39's Word and PDF documents (mental health, wellbeing, loneliness and
bereavement).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus39.py
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


# ------------------------------------------------------------------ Caddisford (docx form)


def caddisford() -> None:
    """An ICB's community mental health grants form: one long three-column table (question,
    your answer, limit) with section rows merged across all three columns, a pair of
    sub-questions sharing one vertically merged answer cell and limit, and limits written
    only in the third column, in words, characters, half a side of A4 or "No limit"."""
    from docx.shared import Pt

    d = _new(
        "Community Mental Health Grants Programme 2027-28 application form",
        "Caddisford and Wendmoor ICB Communications",
        "Arial",
        10.5,
    )
    h = d.add_paragraph()
    r = h.add_run("NHS Caddisford and Wendmoor Integrated Care Board")
    r.bold = True
    r.font.size = Pt(15)
    h = d.add_paragraph()
    r = h.add_run("Community Mental Health Grants Programme 2027-28")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Application form (Round 2)").runs[0].italic = True
    for t in (
        "The Community Mental Health Grants Programme is run by the Integrated Care Board (ICB) "
        "with Caddisford Borough Council's public health team. It offers grants of £5,000 to "
        "£20,000 for up to 18 months to voluntary, community and social enterprise (VCSE) "
        "organisations that help adults in Caddisford and Wendmoor to stay mentally well, "
        "recover after a crisis or live well with a long-term mental health condition.",
        "Please read the guidance notes before you start. Type your answers into the middle "
        "column of the table; the boxes will grow as you type. The right-hand column tells you "
        "the most you may write for each question. We will stop reading at the limit, so "
        "anything beyond it will not be scored.",
        "We do not ask for match funding, but if other funders are supporting the project "
        "please include their contributions in the budget in Section 4.",
        "Return the completed form, with the documents listed in Section 6, to "
        "mhgrants@caddisford-icb.example.org.uk by 12 noon on Friday 26 February 2027.",
    ):
        d.add_paragraph(t)

    rows: list[tuple[str, str, str]] = [
        ("S", "SECTION 1   ABOUT YOUR ORGANISATION", ""),
        ("Q", "1.1  Name of organisation", "-"),
        ("Q", "1.2  Main contact: full name", "-"),
        ("Q", "1.3  Main contact: position in the organisation", "-"),
        ("Q", "1.4  Telephone number", "-"),
        ("Q", "1.5  Email address", "-"),
        ("Q", "1.6  Address, including postcode", "-"),
        (
            "C",
            "1.7  Legal status (tick one)",
            f"{BOX} Registered charity   {BOX} CIO   {BOX} CIC   {BOX} Company limited by "
            f"guarantee   {BOX} Unincorporated association   {BOX} Other",
        ),
        ("Q", "1.8  Registered charity or company number (if you have one)", "-"),
        ("Q", "1.9  Total income in your last financial year (£)", "-"),
        ("S", "SECTION 2   YOUR PROJECT", ""),
        ("Q", "2.1  Project title", "-"),
        (
            "Q",
            "2.2  Please describe the project and the activities you will run, saying where "
            "and how often they will take place.",
            "300 words",
        ),
        ("M", "2.3  (a) Who is the project for?", "350 words in total for (a) and (b)"),
        (
            "M2",
            "       (b) How will you reach people who do not usually come forward for "
            "help, for example men, older people, or people from racially minoritised "
            "communities?",
            "",
        ),
        (
            "Q",
            "2.4  What evidence do you have that the project is needed in your area? You may "
            "quote local data, waiting lists or what people have told you.",
            "Half a side of A4",
        ),
        (
            "Q",
            "2.5  How have people with lived experience of mental ill health helped to "
            "shape the project, and how will they be involved in running it?",
            "200 words",
        ),
        (
            "C",
            "2.6  Which of the ICB's mental health priorities will the project support? "
            "Tick all that apply.",
            f"{BOX} Prevention and early help   {BOX} Support after a crisis   {BOX} Physical "
            f"health of people with serious mental illness   {BOX} Reducing suicide and "
            f"self-harm   {BOX} Perinatal mental health",
        ),
        (
            "Q",
            "2.7  How will you know the project has made a difference? Tell us two or three "
            "outcomes and how you will measure them.",
            "1,500 characters (including spaces)",
        ),
        ("Q", "2.8  How many people do you expect to take part over the grant period?", "-"),
        ("Q", "2.9  Proposed start date", "-"),
        ("Q", "2.10  Proposed end date", "-"),
        ("S", "SECTION 3   SAFEGUARDING AND RISK", ""),
        (
            "Q",
            "3.1  What will staff or volunteers do if a participant tells them they are "
            "thinking about suicide or self-harm? Describe the steps you will take.",
            "250 words",
        ),
        ("C", "3.2  Do you have a named safeguarding lead?", f"{BOX} Yes     {BOX} No"),
        ("Q", "3.3  Name of your safeguarding lead", "-"),
        ("S", "SECTION 4   BUDGET", ""),
        (
            "B",
            "4.1  Please complete the budget table below this form. Include staff, volunteer "
            "expenses, room hire, training, equipment and any other costs.",
            "",
        ),
        ("Q", "4.2  Total cost of the project (£)", "-"),
        ("Q", "4.3  Amount requested from the ICB (£)", "-"),
        ("S", "SECTION 5   ANYTHING ELSE", ""),
        (
            "Q",
            "5.1  Is there anything else you would like the panel to know about your "
            "organisation or this application?",
            "No limit",
        ),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    _set(t.cell(0, 0), "Question", bold=True)
    _set(t.cell(0, 1), "Your answer", bold=True)
    _set(t.cell(0, 2), "Limit", bold=True)
    for c in t.rows[0].cells:
        _shade(c, "D9E2F3")
    pending = None
    for kind, prompt, extra in rows:
        row = t.add_row()
        if kind == "S":
            m = row.cells[0].merge(row.cells[2])
            _set(m, prompt, bold=True)
            _shade(m, "1F3864")
            m.paragraphs[0].runs[0].font.color.rgb = __import__(
                "docx.shared", fromlist=["RGBColor"]
            ).RGBColor(0xFF, 0xFF, 0xFF)
            continue
        if kind == "B":
            m = row.cells[0].merge(row.cells[2])
            _set(m, prompt)
            continue
        _set(row.cells[0], prompt)
        if kind == "C":
            m = row.cells[1].merge(row.cells[2])
            _set(m, extra, size=9.5)
        elif kind == "M":
            pending = row
            _set(row.cells[2], extra, italic=True, size=9)
            _row_height(row, 600)
        elif kind == "M2":
            assert pending is not None
            pending.cells[1].merge(row.cells[1])
            pending.cells[2].merge(row.cells[2])
            _row_height(row, 1400)
        else:
            _set(row.cells[2], extra, italic=extra != "-", size=9)
            if extra != "-":
                _row_height(row, 2200)
    _widths(t, [6.5, 7.5, 2.6])

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Budget table (Section 4.1)").bold = True
    b = d.add_table(rows=8, cols=3)
    b.style = "Table Grid"
    for i, head in enumerate(("Item or type of cost", "How you worked it out", "Cost (£)")):
        _set(b.cell(0, i), head, bold=True)
        _shade(b.cell(0, i), "D9E2F3")
    _set(b.cell(7, 1), "Total", bold=True)

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("SECTION 6   DOCUMENTS TO SEND WITH THIS FORM").bold = True
    d.add_paragraph(
        "Tick each box to show the document is attached. We cannot assess an application "
        "until we have everything on this list that applies to you."
    )
    docs = [
        "A copy of your governing document (constitution, trust deed, or memorandum and "
        "articles of association), signed and dated.",
        "Your most recent annual accounts, signed by your treasurer or your independent "
        "examiner. If your organisation is less than 15 months old and has not yet produced "
        "accounts, send your bank statements for the last three months instead.",
        "Your safeguarding policy. It must cover adults at risk, and children too if any of "
        "your activities are open to under-18s.",
        "Your public liability insurance certificate, showing cover of at least £5 million.",
        "If you employ staff: your employer's liability insurance certificate.",
        "If the project includes one-to-one support in people's homes or in the community: "
        "your lone working policy.",
    ]
    c = d.add_table(rows=len(docs) + 1, cols=2)
    c.style = "Table Grid"
    _set(c.cell(0, 0), "Document", bold=True)
    _set(c.cell(0, 1), "Attached", bold=True)
    for i, text in enumerate(docs, start=1):
        _set(c.cell(i, 0), text)
        _set(c.cell(i, 1), BOX)
    _widths(c, [14.5, 2.1])

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("SECTION 7   DECLARATION").bold = True
    d.add_paragraph(
        "I confirm that the information in this application is true and complete to the best "
        "of my knowledge, that I am authorised to apply on behalf of the organisation, and "
        "that the organisation has an equality and diversity policy and a data protection "
        "policy, copies of which we will provide if asked. I understand that the ICB may "
        "share this application with Caddisford Borough Council and its panel members."
    )
    dt = d.add_table(rows=5, cols=2)
    dt.style = "Table Grid"
    for i, label in enumerate(
        (
            "I agree to the declaration above (tick)",
            "Signature",
            "Name (in capitals)",
            "Position",
            "Date",
        )
    ):
        _set(dt.cell(i, 0), label)
    _set(dt.cell(0, 1), BOX)
    _widths(dt, [6.5, 10.1])
    d.add_paragraph()
    d.add_paragraph(
        "Need this form in large print, Easy Read or another language? Email "
        "mhgrants@caddisford-icb.example.org.uk or call 01632 960 417."
    ).runs[0].font.size = Pt(9)
    out = HERE / "caddisford-icb-community-mental-health-grants.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Stennock (docx guidance)


def stennock() -> None:
    """A community foundation's guidance for a grassroots wellbeing fund: numbered paragraphs
    under headings, an "online form at a glance" table quoting the portal's questions and
    limits (asked elsewhere, so no questions here), documents in a two-column table whose
    right-hand column carries the conditions, and FAQ headings ending in "?"."""
    from docx.shared import Pt

    d = _new(
        "Grassroots Wellbeing Fund 2027: guidance for applicants",
        "Stennock Community Foundation",
        "Calibri",
        11,
    )
    d.add_heading("Stennock Community Foundation", level=0)
    d.add_heading("Grassroots Wellbeing Fund 2027: guidance for applicants", level=1)
    d.add_paragraph("Version 2, published November 2026").runs[0].italic = True

    def num(n: str, text: str) -> None:
        p = d.add_paragraph()
        p.add_run(f"{n}\t").bold = True
        p.add_run(text)

    d.add_heading("1. About the fund", level=2)
    num(
        "1.1",
        "The Grassroots Wellbeing Fund gives grants of £250 to £3,000 to small groups "
        "that help people in the Stennock district to feel connected, get active, talk about "
        "how they are feeling and look after their mental wellbeing. It is paid for by "
        "donations from local businesses and families and by the Stennock Health and Wellbeing "
        "Partnership.",
    )
    num(
        "1.2",
        "We want to fund the groups that people turn to before they need a doctor: "
        "craft circles, walk-and-talk groups, community allotments, parent and baby groups, "
        "peer support groups for carers, men's groups, choirs, and cafés that are a warm place "
        "to sit and chat. You do not need to be a mental health charity to apply.",
    )
    num(
        "1.3",
        "You do not need to find match funding: we can pay for the whole of your "
        "project. If another funder is paying for part of it, tell us in the budget.",
    )
    d.add_heading("2. Who can apply?", level=2)
    num(
        "2.1",
        "Constituted voluntary and community groups, registered charities, charitable "
        "incorporated organisations (CIOs), community interest companies (CICs) limited by "
        "guarantee, and parish or town councils working with a local group.",
    )
    num(
        "2.2",
        "Your annual income should be less than £100,000. Groups with an income of "
        "more than £100,000 should look at our Community Impact Fund instead.",
    )
    num(
        "2.3",
        "Your group must have a bank or building society account in its own name that "
        "needs two unrelated people to sign or approve each payment.",
    )
    num(
        "2.4",
        "All groups must hold public liability insurance of at least £2 million. If "
        "your activities include sport, exercise classes or walking groups, your cover should "
        "be at least £5 million. You do not need to send us your certificate, but we may ask "
        "to see it before we pay the grant.",
    )
    d.add_heading("3. What we will not fund", level=2)
    for t in (
        "clinical treatment, therapy or counselling that should be provided by the NHS;",
        "activities that promote a religious or political belief;",
        "costs you have already paid (we cannot fund things retrospectively);",
        "overseas trips, or prizes and gifts to individuals;",
        "salaries for permanent posts (sessional fees for a facilitator are fine).",
    ):
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("4. How to apply", level=2)
    num(
        "4.1",
        "Apply through our online grants portal at "
        "grants.stennockcf.example.org.uk. You can save your answers and come back to them. "
        "If you cannot use the portal, call Maya or Tom on 01632 960 288 and we will fill it "
        "in with you over the phone.",
    )
    num(
        "4.2",
        "The portal asks the questions below. We show them here so you can prepare "
        "your answers before you start. The portal counts words for you and will not let you "
        "go over the limit.",
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, head in enumerate(("Question on the portal", "Limit", "Tips")):
        _set(t.cell(0, i), head, bold=True)
    for q, lim, tip in (
        (
            "What does your group do, and who comes along?",
            "200 words",
            "Tell us when and where you meet and roughly how many people take part.",
        ),
        (
            "What will you do with the grant?",
            "250 words",
            "Be specific: the activity, how often, and for how long.",
        ),
        (
            "How will the activity help people's wellbeing?",
            "200 words",
            "Think about the Five Ways to Wellbeing: connect, be active, take notice, keep "
            "learning, give.",
        ),
        (
            "How will you welcome people who are lonely or finding things hard?",
            "150 words",
            "For example a named person to greet newcomers, or a buddy for the first visit.",
        ),
        (
            "Budget: items and costs",
            "Table",
            "Round to the nearest pound. Include volunteer expenses.",
        ),
    ):
        row = t.add_row()
        _set(row.cells[0], q)
        _set(row.cells[1], lim)
        _set(row.cells[2], tip)
    _widths(t, [6.5, 2.3, 7.6])
    num(
        "4.3",
        "Deadlines: 31 January, 31 May and 30 September 2027. A panel that includes "
        "people with lived experience of mental ill health meets about six weeks after each "
        "deadline.",
    )
    d.add_heading("5. What you will need to upload", level=2)
    num(
        "5.1",
        "Have these ready before you start. The portal will not let you submit until "
        'the ones marked "everyone" are uploaded.',
    )
    u = d.add_table(rows=1, cols=2)
    u.style = "Table Grid"
    _set(u.cell(0, 0), "Document", bold=True)
    _set(u.cell(0, 1), "Who needs to send it", bold=True)
    for doc, who in (
        ("Your constitution, set of rules or governing document", "Everyone"),
        (
            "Your latest annual accounts. They do not need to be examined or audited, but they "
            "must be signed by your chair or treasurer.",
            "Everyone (but see the next row)",
        ),
        (
            "Your last three months' bank statements",
            "Only groups with an annual income "
            "under £10,000, who may send these instead of accounts",
        ),
        ("Your safeguarding policy", "Everyone"),
        (
            "A short reference (an email is fine) from someone who knows your group but is not "
            "a member, such as a social prescriber, GP practice manager, councillor or head "
            "teacher",
            "Everyone",
        ),
        (
            "A quote for each item of equipment costing £500 or more",
            "Only if you are buying equipment that costs £500 or more per item",
        ),
    ):
        row = u.add_row()
        _set(row.cells[0], doc)
        _set(row.cells[1], who)
    _widths(u, [10.5, 6.0])
    num(
        "5.2",
        "If your group employs paid staff, you will also be asked to confirm in the "
        "portal that you have an equality and diversity policy. We do not need a copy.",
    )
    num(
        "5.3",
        "Groups that work with children or adults at risk must make sure their leaders "
        "have had the right DBS check. We do not need copies of DBS certificates.",
    )
    d.add_heading("6. Questions people often ask", level=2)
    for q, a in (
        (
            "Can we apply if we have never had a grant before?",
            "Yes. About half the groups we fund each year are new to us. Ring us first if you "
            "would like to talk your idea through.",
        ),
        (
            "How do you decide?",
            "The panel scores each application against four things: the difference it will "
            "make to people's wellbeing, how well you reach people who are isolated, whether "
            "the costs are reasonable, and whether the group is well run.",
        ),
        (
            "Can we apply again next year?",
            "Yes, once you have sent us a short end-of-grant report on this year's grant.",
        ),
        (
            "What if something goes wrong with our project?",
            "Tell us as soon as you can. We would much rather talk about a change of plan than "
            "find out at the end.",
        ),
    ):
        p = d.add_paragraph()
        p.add_run(q).bold = True
        d.add_paragraph(a)
    p = d.add_paragraph(
        "Stennock Community Foundation, The Old Dairy, Mill Lane, Stennock ST9 4QP. "
        "grants@stennockcf.example.org.uk. Registered charity no. 1234567."
    )
    p.runs[0].font.size = Pt(9)
    out = HERE / "stennock-grassroots-wellbeing-fund-guidance.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Lorrimoor (fillable pdf)


def lorrimoor() -> None:
    """A borough public health team's suicide prevention and peer support fund as a
    three-page fillable PDF: comb fields for the telephone, postcode, charity number, year and
    date; multi-line answer fields, /MaxLen on two of the four only; limits printed in some
    labels and not others; a tick-box checklist and a signature field."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "lorrimoor-suicide-prevention-peer-support-fund.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Suicide Prevention and Peer Support Fund 2027: application form")
    c.setAuthor("Lorrimoor Borough Council Public Health")
    c.setCreator("Adobe InDesign 19.0 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    w, h = A4
    form = c.acroForm
    x0, x2 = 50, w - 50
    plum = colors.HexColor("#5B2A6E")
    edge = colors.HexColor("#7A7A7A")
    page = [1]

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
            fillColor=colors.HexColor("#F7F2FA"),
            borderWidth=0.8,
            fontSize=0 if multiline else 10,
            fieldFlags=" ".join(flags),
            maxlen=maxlen,
        )

    def tick(name, tip, x, y):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            size=11,
            borderColor=edge,
            fillColor=colors.white,
            buttonStyle="check",
        )

    def wrap(x, y, t, width, size=9.5, font="Helvetica", leading=12.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def band(y, t):
        c.setFillColor(plum)
        c.rect(x0, y - 5, x2 - x0, 20, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0 + 6, y + 1, t)
        c.setFillColor(colors.black)
        return y - 26

    def line(y, label, name, width=None, maxlen=None, comb=False, lw=170):
        c.setFont("Helvetica", 9.5)
        c.drawString(x0, y + 4, label)
        field(name, label, x0 + lw, y, width or (x2 - x0 - lw), maxlen=maxlen, comb=comb)
        return y - 23

    def footer():
        c.setFont("Helvetica", 7.5)
        c.setFillColor(edge)
        c.drawString(
            x0,
            28,
            "Lorrimoor Borough Council  |  Suicide Prevention and Peer "
            "Support Fund 2027  |  LBC/PH/SP-03",
        )
        c.drawRightString(x2, 28, f"Page {page[0]} of 3")
        c.setFillColor(colors.black)

    def next_page():
        footer()
        c.showPage()
        page[0] += 1

    c.setFillColor(plum)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(x0, h - 62, "Suicide Prevention and Peer Support Fund 2027")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 11)
    c.drawString(x0, h - 80, "Lorrimoor Borough Council  -  Public Health  -  Application form")
    y = wrap(
        x0,
        h - 104,
        "Grants of up to £7,500 for community and voluntary groups to run peer support "
        "for people who are struggling with thoughts of suicide, people who have "
        "self-harmed, and people bereaved by suicide. The fund is part of the Lorrimoor "
        "Suicide Prevention Action Plan 2025-2030. Applicants must contribute at least "
        "10% of the total project cost themselves, in cash or in kind (for example "
        "volunteer time or free use of a room).",
        x2 - x0,
    )
    y = wrap(
        x0,
        y - 4,
        "Fill in the form on screen in Adobe Acrobat Reader, save it and email it to "
        "publichealth.grants@lorrimoor.example.gov.uk. Some boxes stop you typing when "
        "you reach the limit; where a limit is printed beside a question, please keep to "
        "it. If you need help, or the form in another format, call 01632 960 553.",
        x2 - x0,
    )
    y = band(y - 12, "Part A   About your organisation")
    y = line(y, "Name of organisation", "org_name", maxlen=90)
    y = line(y, "Contact name", "contact_name", maxlen=60)
    y = line(y, "Role in the organisation", "contact_role", maxlen=60)
    y = line(y, "Telephone", "telephone", width=11 * 15, maxlen=11, comb=True)
    y = line(y, "Email", "email", maxlen=80)
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y + 4, "Address")
    field(
        "address", "Address", x0 + 170, y - 22, x2 - x0 - 170, height=38, maxlen=200, multiline=True
    )
    y -= 50
    y = line(y, "Postcode", "postcode", width=8 * 15, maxlen=8, comb=True)
    y = line(y, "Charity number (if registered)", "charity_no", width=8 * 15, maxlen=8, comb=True)
    y = line(y, "Year your group was set up", "year_set_up", width=4 * 15, maxlen=4, comb=True)
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y + 4, "Type of organisation")
    opts = ["Charity or CIO", "CIC", "Unincorporated group", "Other"]
    xx = x0 + 170
    for o in opts:
        form.radio(
            name="org_type",
            tooltip="Type of organisation",
            value=o.replace(" ", "_"),
            selected=False,
            x=xx,
            y=y + 1,
            size=11,
            buttonStyle="circle",
            borderColor=edge,
            fillColor=colors.white,
        )
        c.setFont("Helvetica", 8.5)
        c.drawString(xx + 14, y + 3, o)
        xx += 14 + c.stringWidth(o, "Helvetica", 8.5) + 14
    y -= 30
    y = band(y, "Part B   Your project")
    y = line(y, "B1  Name of the project", "project_name", maxlen=100)
    y = wrap(
        x0,
        y,
        "B2  Tell us what your peer support project will do and who it is for.",
        x2 - x0,
        font="Helvetica-Bold",
    )
    field(
        "B2",
        "B2 What your project will do and who it is for",
        x0,
        y - 150,
        x2 - x0,
        height=152,
        maxlen=2400,
        multiline=True,
    )
    next_page()

    y = h - 60
    y = wrap(
        x0,
        y,
        "B3  How will you keep peer supporters and participants safe, including "
        "what happens if someone is at immediate risk? (maximum 250 words)",
        x2 - x0,
        font="Helvetica-Bold",
    )
    field(
        "B3",
        "B3 Keeping people safe",
        x0,
        y - 150,
        x2 - x0,
        height=152,
        maxlen=None,
        multiline=True,
    )
    y -= 166
    y = wrap(
        x0,
        y,
        "B4  How have people with lived experience of suicidal thoughts, "
        "self-harm or bereavement by suicide been involved in designing this project?",
        x2 - x0,
        font="Helvetica-Bold",
    )
    field(
        "B4", "B4 Lived experience", x0, y - 130, x2 - x0, height=132, maxlen=None, multiline=True
    )
    y -= 146
    y = wrap(
        x0,
        y,
        "B5  What training and supervision will peer supporters receive? (up to 150 words)",
        x2 - x0,
        font="Helvetica-Bold",
    )
    field(
        "B5",
        "B5 Training and supervision (up to 150 words)",
        x0,
        y - 100,
        x2 - x0,
        height=102,
        maxlen=900,
        multiline=True,
    )
    y -= 118
    y = line(y, "B6  Amount requested (£)", "amount", width=110, maxlen=6, lw=200)
    y = line(y, "B7  Total cost of the project (£)", "total_cost", width=110, maxlen=7, lw=200)
    y = line(
        y, "B8  Start date (DDMMYYYY)", "start_date", width=8 * 15, maxlen=8, comb=True, lw=200
    )
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y + 4, "B9  Age groups the project is for (tick all that apply)")
    y -= 18
    xx = x0 + 20
    for i, o in enumerate(["16-24", "25-44", "45-64", "65 and over"], start=1):
        tick(f"age_{i}", f"Age group {o}", xx, y)
        c.drawString(xx + 15, y + 2, o)
        xx += 95
    next_page()

    y = h - 60
    y = band(y, "Part C   Policies, insurance and documents")
    y = wrap(
        x0,
        y,
        "Every group must hold public liability insurance with cover of at "
        "least £10 million (£10m). You do not need to send the certificate.",
        x2 - x0,
    )
    tick("confirm_insurance", "We hold public liability insurance of at least £10m", x0, y - 14)
    y = wrap(x0 + 18, y - 12, "We hold public liability insurance of at least £10m.", 400)
    tick("confirm_dp", "We have a data protection policy", x0, y - 8)
    y = wrap(
        x0 + 18,
        y - 6,
        "We have a data protection policy and are registered with the "
        "Information Commissioner's Office where we need to be.",
        x2 - x0 - 18,
    )
    y = wrap(
        x0,
        y - 10,
        "Checklist: please attach the following to your email and tick each one.",
        x2 - x0,
        font="Helvetica-Bold",
    )
    items = [
        "Your constitution or other governing document.",
        "Your most recent annual accounts, independently examined or audited.",
        "Your safeguarding policy, which must cover adults at risk.",
        "The certificate showing that your project lead has completed suicide prevention "
        "or mental health first aid training in the last three years.",
        "If peer supporters will work with anyone under 18: a list of the enhanced DBS "
        "check certificate numbers and dates for every peer supporter.",
    ]
    y -= 6
    for i, t in enumerate(items, start=1):
        tick(f"check_{i}", f"Checklist item {i}", x0, y - 2)
        y = wrap(x0 + 18, y, t, x2 - x0 - 18) - 5
    y = band(y - 10, "Part D   Declaration")
    y = wrap(
        x0,
        y,
        "I confirm that the information in this form is correct, that the "
        "organisation will use any grant only for the project described, and that we "
        "will send an end-of-grant report within two months of the project ending.",
        x2 - x0,
    )
    tick("declaration", "I agree to the declaration", x0, y - 14)
    c.setFont("Helvetica", 9.5)
    c.drawString(x0 + 18, y - 12, "I agree")
    y -= 40
    y = line(y, "Name", "sign_name", maxlen=60, lw=110)
    y = line(y, "Position", "sign_position", maxlen=60, lw=110)
    c.drawString(x0, y + 4, "Signature")
    form.textfield(
        name="signature",
        tooltip="Signature",
        x=x0 + 110,
        y=y - 10,
        width=220,
        height=26,
        borderColor=edge,
        fillColor=colors.white,
        borderWidth=0.8,
        fontSize=10,
        maxlen=None,
    )
    y -= 36
    y = line(y, "Date (DDMMYYYY)", "sign_date", width=8 * 15, maxlen=8, comb=True, lw=110)
    footer()
    c.showPage()
    c.save()


# ------------------------------------------------------------- Tamberley (text pdf)


def tamberley() -> None:
    """A district council's request for quotation for a bereavement support service,
    printed, signed off and scanned-looking: a five-page text PDF in Courier with every
    heading in capitals, each page turned a fraction of a degree as a scanner leaves it, a
    grey speckle of dust (drawn dots, no text), answer boxes of ruled lines, limits in square
    brackets after each question, a priced schedule, and the returnable documents on the last
    page with two conditions."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tamberley-bereavement-support-service-rfq.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("RFQ TDC/2026/114 Community Bereavement Support Service")
    c.setAuthor("Tamberley District Council Procurement")
    c.setCreator("Canon iR-ADV C5535 Scan to PDF (OCR)")
    w, h = A4
    x0, x2 = 62, w - 62
    tilts = [0.35, -0.25, 0.3, -0.2, 0.4]
    page = [0]
    state = {"y": 0.0}

    def start():
        c.saveState()
        c.setFillColor(colors.HexColor("#F4F2EC"))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#9A9A9A"))
        seed = 17 + page[0] * 31
        for _ in range(70):  # a scanner's dust, fixed for a byte-identical rebuild
            seed = (seed * 1103515245 + 12345) % 2147483648
            x = seed % int(w)
            seed = (seed * 1103515245 + 12345) % 2147483648
            y = seed % int(h)
            c.circle(x, y, 0.35 + (seed % 3) * 0.2, stroke=0, fill=1)
        c.translate(w / 2, h / 2)
        c.rotate(tilts[page[0]])
        c.translate(-w / 2, -h / 2)
        c.setFillColor(colors.HexColor("#1C1C1C"))
        c.setStrokeColor(colors.HexColor("#333333"))
        state["y"] = h - 66

    def finish():
        c.setFont("Courier", 8)
        c.drawString(x0, 40, "TDC/2026/114  COMMUNITY BEREAVEMENT SUPPORT SERVICE  RFQ")
        c.drawRightString(x2, 40, f"PAGE {page[0] + 1} OF 5")
        c.restoreState()
        c.showPage()
        page[0] += 1

    def para(t, size=9.5, font="Courier", gap=5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, x2 - x0):
            c.drawString(x0, state["y"], ln)
            state["y"] -= size + 2.8
        state["y"] -= gap

    def head(t):
        state["y"] -= 4
        c.setFont("Courier-Bold", 11)
        c.drawString(x0, state["y"], t)
        c.line(x0, state["y"] - 3, x0 + c.stringWidth(t, "Courier-Bold", 11), state["y"] - 3)
        state["y"] -= 20

    def blank(label, width=230):
        c.setFont("Courier", 9.5)
        c.drawString(x0, state["y"], label)
        c.line(x0 + 215, state["y"] - 2, x0 + 215 + width, state["y"] - 2)
        state["y"] -= 22

    def ruled(n):
        c.rect(x0, state["y"] - n * 17 + 8, x2 - x0, n * 17 + 4, stroke=1, fill=0)
        for i in range(1, n):
            yy = state["y"] + 8 - i * 17
            c.setDash(1, 2)
            c.line(x0 + 4, yy, x2 - 4, yy)
            c.setDash()
        state["y"] -= n * 17 + 14

    # page 1
    start()
    c.setFont("Courier-Bold", 14)
    c.drawCentredString(w / 2, state["y"], "TAMBERLEY DISTRICT COUNCIL")
    state["y"] -= 20
    c.setFont("Courier-Bold", 12)
    c.drawCentredString(w / 2, state["y"], "REQUEST FOR QUOTATION (RFQ) TDC/2026/114")
    state["y"] -= 17
    c.drawCentredString(w / 2, state["y"], "COMMUNITY BEREAVEMENT SUPPORT SERVICE 2027-2029")
    state["y"] -= 17
    c.drawCentredString(w / 2, state["y"], "QUOTATION RESPONSE DOCUMENT")
    state["y"] -= 30
    head("SECTION 1   INSTRUCTIONS TO SUPPLIERS")
    for t in (
        '1.1 Tamberley District Council ("the Council") invites quotations from '
        "voluntary, community and social enterprise organisations and other suppliers to "
        "provide a community bereavement support service for adults living in the district "
        "from 1 April 2027 to 31 March 2029. The total budget is up to £46,000 over the two "
        "years (£23,000 a year). The service is funded from the public health grant.",
        "1.2 The service will offer one-to-one listening support, peer support groups in "
        "Tamberley, Ashcott and Nether Wyle, and a telephone line at least three days a week, "
        "with a specific offer for people bereaved by suicide or other sudden death. Full "
        "details are in the specification sent with this RFQ (Appendix A).",
        "1.3 Complete every section of this document in black ink or type. Do not change "
        "the wording of any section. Where a box is too small, continue on a separate sheet "
        "headed with the question number; text beyond the stated maximum will not be "
        "evaluated.",
        "1.4 Quotations will be evaluated 70% on quality (Section 3) and 30% on price "
        "(Section 4). Each quality answer is scored 0 to 5 and weighted as shown.",
        "1.5 Return your quotation, with the documents listed in Section 5, in a sealed "
        'envelope marked "RFQ TDC/2026/114 - DO NOT OPEN" to Procurement, Tamberley '
        "District Council, Council Offices, Market Square, Tamberley TM4 2AX, or by email to "
        "procurement@tamberley.example.gov.uk, by 12:00 noon on 15 January 2027.",
        "1.6 CLARIFICATION QUESTIONS. Any questions about this RFQ must be emailed to the "
        "address above by 5 January 2027. Questions and answers will be shared with all "
        "suppliers without naming who asked.",
    ):
        para(t)
    head("TIMETABLE")
    for t in (
        "RFQ issued ............................. 30 November 2026",
        "Deadline for clarification questions ... 5 January 2027",
        "Deadline for quotations ................ 15 January 2027, 12:00",
        "Interviews (if needed) ................. w/c 1 February 2027",
        "Service starts ......................... 1 April 2027",
    ):
        para(t, gap=0)
    finish()

    # page 2
    start()
    head("SECTION 2   SUPPLIER DETAILS")
    for label in (
        "2.1 Name of organisation",
        "2.2 Registered address",
        "",
        "2.3 Company or charity number",
        "2.4 Contact name for this RFQ",
        "2.5 Telephone",
        "2.6 Email",
    ):
        if label:
            blank(label)
        else:
            blank("")
    para("2.7 Is your organisation registered for VAT?   YES / NO  (delete as appropriate)")
    para("2.8 If YES, VAT registration number")
    c.line(x0 + 215, state["y"] + 12, x0 + 445, state["y"] + 12)
    state["y"] -= 10
    head("SECTION 3   QUALITY RESPONSE (70%)")
    para(
        "Answer each question in the box. The maximum length is shown in square brackets "
        "at the end of each question. Use Arial or a similar font of at least 11 point if you "
        "type your answers on separate sheets."
    )
    para(
        "3.1 Describe how you will deliver the service described in the specification: "
        "the one-to-one support, the three peer support groups and the telephone line, "
        "where and when each will run, and how people will be referred or refer "
        "themselves. (Weighting 25%) [Maximum 2 sides of A4]",
        font="Courier-Bold",
    )
    ruled(14)
    finish()

    # page 3
    start()
    para(
        "3.2 Explain how you will make the service accessible and welcoming to people of "
        "different faiths, cultures and ages, to disabled people, and to people bereaved "
        "by suicide or other sudden or traumatic death. (Weighting 15%) [Max. 500 words]",
        font="Courier-Bold",
    )
    ruled(12)
    para(
        "3.3 How will you recruit, train, supervise and support volunteer bereavement "
        "supporters, and look after their own wellbeing? (Weighting 10%) "
        "[Max. 500 words]",
        font="Courier-Bold",
    )
    ruled(12)
    finish()

    # page 4
    start()
    para(
        "3.4 Set out your approach to safeguarding and to managing risk, including what "
        "you will do when a client may be at risk of suicide. (Weighting 15%) "
        "[Max. 1 side of A4]",
        font="Courier-Bold",
    )
    ruled(12)
    para(
        "3.5 Social value: what additional benefit will your organisation bring to "
        "Tamberley district through this contract, for example volunteering "
        "opportunities or local spending? (Weighting 5%) [Max. 250 words]",
        font="Courier-Bold",
    )
    ruled(8)
    head("SECTION 4   PRICE (30%)")
    para(
        "Give a fixed price for each year, inclusive of all costs and of VAT if it "
        "applies. The total must not exceed £46,000."
    )
    for label in (
        "4.1 Year 1 (April 2027 to March 2028)  £",
        "4.2 Year 2 (April 2028 to March 2029)  £",
        "4.3 TOTAL PRICE  £",
    ):
        blank(label, width=150)
    finish()

    # page 5
    start()
    head("SECTION 5   DOCUMENTS TO BE RETURNED WITH YOUR QUOTATION")
    para(
        "Tick each item in the right-hand margin as you enclose it. Quotations that arrive "
        "without the documents below may be rejected."
    )
    for t in (
        "(a) Your audited or independently examined accounts for the last two financial "
        "years.   [ ]",
        "(b) Your public liability insurance certificate (minimum cover £5,000,000).   [ ]",
        "(c) Your professional indemnity insurance certificate (minimum cover £1,000,000).   [ ]",
        "(d) ONLY IF YOU EMPLOY STAFF: your employer's liability insurance certificate "
        "(minimum cover £5,000,000).   [ ]",
        "(e) Your safeguarding policy, covering both adults and children.   [ ]",
        "(f) Your complaints procedure.   [ ]",
        "(g) Your data protection policy.   [ ]",
        "(h) Two references from organisations for which you have provided a similar "
        "service in the last three years (name, contact and telephone for each).   [ ]",
    ):
        para(t)
    head("SECTION 6   FORM OF QUOTATION")
    para(
        "We quote to provide the Community Bereavement Support Service in accordance "
        "with the specification and the Council's terms and conditions for the prices "
        "given in Section 4. This quotation remains valid for 90 days from the closing "
        "date. We confirm that we have not colluded with any other supplier."
    )
    for label in ("Signed", "Name (BLOCK CAPITALS)", "Position", "Date"):
        blank(label)
    para("FOR OFFICE USE ONLY:  Date received ........  Opened by ........  Ref ........", size=8)
    finish()
    c.save()


def main() -> None:
    caddisford()
    stennock()
    lorrimoor()
    tamberley()


if __name__ == "__main__":
    main()
