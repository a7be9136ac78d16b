"""Build held-out set 17's Word and PDF documents (small grants of £250 to £10,000).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus17.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 8, 0, 0)
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
    """Give a table row an exact height: the empty answer cell of a printed form."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


def _grey(paragraph, text: str) -> None:
    """Grey italic placeholder text typed into a cell (not a content control)."""
    from docx.shared import RGBColor

    run = paragraph.add_run(text)
    run.italic = True
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


# --------------------------------------------------------------------------- Cotterwick


def cotterwick() -> None:
    """Borough councillors' ward fund form: prompts left, answers right, one table a section."""
    from docx.shared import Cm, Pt

    d = _new("Ward Councillors' Community Fund application", "Neighbourhoods Team", "Calibri", 11)
    d.sections[0].header.paragraphs[0].text = "Cotterwick Borough Council - Neighbourhoods Team"
    d.sections[0].footer.paragraphs[0].text = "WCF1 (April 2027)  |  Ward Fund application form"
    d.add_heading("Ward Councillors' Community Fund 2027/28", 0)
    d.add_paragraph("Application form", style="Subtitle")
    d.add_paragraph(
        "Each of Cotterwick's 42 borough councillors has £4,000 a year to spend on community "
        "activity in their ward. Most grants are between £250 and £1,500, and a Ward Fund "
        "grant can cover the whole cost of a small project. Up to 10% of a grant may be spent "
        "on refreshments for volunteers."
    )
    d.add_paragraph(
        "Before you apply, talk to one of your ward councillors: they must agree to sponsor "
        "your application and sign Section 5. Find your councillors at "
        "www.cotterwick.example.gov.uk/wardfund or ring the Neighbourhoods Team on 01632 960 "
        "214. Type into the white boxes or print the form and fill it in using black ink. "
        "The boxes will grow as you type."
    )

    def section(title: str, rows: list[tuple[str, int]]) -> None:
        d.add_heading(title, 1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for prompt, height in rows:
            r = t.add_row()
            label, _, ticks = prompt.partition("\n")
            r.cells[0].text = label
            r.cells[1].text = ticks  # tick boxes sit in the answer cell; others stay empty
            _shade(r.cells[0], "D9E2F3")
            if height:
                _row_height(r, height)
        for r in t.rows:
            r.cells[0].width = Cm(6.0)
            r.cells[1].width = Cm(11.0)

    section(
        "Section 1 - About your group",
        [
            ("Name of group", 0),
            ("Main contact", 0),
            ("Their position in the group", 0),
            ("Address for letters", 700),
            ("Postcode", 0),
            ("Daytime telephone", 0),
            ("Email", 0),
            (
                f"What sort of group are you? (tick one)\n{BOX} Constituted community group\n"
                f"{BOX} Registered charity\n{BOX} Community interest company\n{BOX} Other",
                0,
            ),
            ("Charity or company number (if you have one)", 0),
        ],
    )
    section(
        "Section 2 - Your project",
        [
            ("2.1 Project title", 0),
            (
                "2.2 What do you want to do? Describe the activity, where it will happen and "
                "when. (no longer than 200 words)",
                2600,
            ),
            (
                "2.3 Which part of the ward will benefit, and who will take part? "
                "(up to 100 words)",
                1400,
            ),
            ("2.4 How many people do you expect to take part?", 0),
            (
                "2.5 How does your project help the ward? Think about the priorities in your "
                "Ward Plan (see note A below). Keep this to around 150 words.",
                2000,
            ),
            ("2.6 Date the project will start", 0),
            ("2.7 Date the project will finish", 0),
        ],
    )
    d.add_paragraph(
        "Note A: every ward has a Ward Plan on our website. Priorities for 2027 across the "
        "borough include tackling loneliness, cleaner streets and things to do for young people."
    ).runs[0].font.size = Pt(9)

    d.add_heading("2.8 Costs", 2)
    d.add_paragraph("List what you will spend the money on. Add rows if you need to.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, head in zip(
        t.rows[0].cells, ("Item", "How did you work out the cost?", "£"), strict=False
    ):
        c.text = head
        _shade(c, "D9E2F3")
    for _ in range(4):
        t.add_row()
    r = t.add_row()
    r.cells[1].text = "Total cost of the project"
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Amount you are asking the Ward Fund for (£)"
    _shade(t.rows[0].cells[0], "D9E2F3")
    d.add_paragraph()
    d.add_paragraph(
        "Other money for this project (if any), including anything still being decided:"
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, head in zip(t.rows[0].cells, ("Who from", "Amount £", "Confirmed? Y/N"), strict=False):
        c.text = head
        _shade(c, "D9E2F3")
    for _ in range(2):
        t.add_row()

    section(
        "Section 3 - Making it happen",
        [
            (
                "3.1 What will be different once the project has finished? How will you "
                "know? (max. 120 words)",
                1800,
            ),
            (
                "3.2 Will the project involve children, young people or adults at risk?\n"
                f"{BOX} Yes     {BOX} No",
                0,
            ),
            ("If yes, how will you keep them safe?", 1800),
            (
                "3.3 How will volunteers or local people help to run it? Please keep to 75 words.",
                1400,
            ),
        ],
    )

    d.add_heading("Section 4 - What to send with this form", 1)
    d.add_paragraph(
        "Tick each document you are sending. We cannot look at your application "
        "until we have everything that applies to you."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, head in zip(t.rows[0].cells, ("Document", "Who must send it", "\u2713"), strict=False):
        c.text = head
        _shade(c, "D9E2F3")
    for doc, who in (
        ("A copy of your constitution or set of rules", "All groups"),
        (
            "Your latest annual accounts, or an income and expenditure statement signed by two "
            "of your officers",
            "All groups",
        ),
        (
            "Your two most recent bank statements, instead of accounts",
            "Groups that started less than 12 months ago",
        ),
        (
            "A written quotation for any single item costing £500 or more",
            "Only if you are buying equipment",
        ),
        ("Your safeguarding policy", "If you ticked Yes at 3.2"),
        (
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Events and activities open to the public",
        ),
        ("Written permission from the landowner", "Projects on land you do not own or lease"),
    ):
        r = t.add_row()
        r.cells[0].text = doc
        r.cells[1].text = who
        r.cells[2].text = BOX

    d.add_heading("Section 5 - Councillor sponsorship (for the ward councillor to complete)", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for prompt in (
        "Councillor's name",
        "Ward",
        f"{BOX} I support this application and I am not a member of the applying group",
        "Councillor's signature",
        "Date",
    ):
        r = t.add_row()
        r.cells[0].text = prompt
        _shade(r.cells[0], "D9E2F3")

    d.add_heading("Section 6 - Declaration", 1)
    d.add_paragraph(
        "We confirm that the information on this form is true; that our group is open to "
        "everyone in the ward and has an equal opportunities policy or statement; that we will "
        "spend the grant only on the project described; and that we will send the "
        "Neighbourhoods Team a short report with photographs within three months of the "
        "project finishing and return any money not spent. Two people must sign, and they must "
        "not be related to each other or live at the same address."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, head in zip(t.rows[0].cells, ("", "First signatory", "Second signatory"), strict=False):
        c.text = head
    for label in ("Signature", "Name (in capitals)", "Position in group", "Date"):
        r = t.add_row()
        r.cells[0].text = label
        _shade(r.cells[0], "D9E2F3")
    d.add_paragraph()
    d.add_paragraph(
        f"How did you hear about the Ward Fund?  {BOX} A councillor  {BOX} Council website  "
        f"{BOX} Social media  {BOX} Another group  {BOX} Other"
    )
    d.add_paragraph(
        "Return the form and documents to wardfund@cotterwick.example.gov.uk or Neighbourhoods "
        "Team, Civic Centre, Cotterwick CT1 4QE."
    )
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(
        t.rows[0].cells, ("OFFICE USE ONLY", "Ref:", "Received:", "Approved £:"), strict=False
    ):
        c.text = txt
        _shade(c, "EDEDED")
    out = HERE / "cotterwick-ward-councillors-community-fund.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Larkhollow


def larkhollow() -> None:
    """Heritage trust small grants form: bold numbered prompts over 1x1 boxes whose only
    text is a typed grey placeholder, with the limit inside the placeholder."""
    from docx.shared import Pt

    d = _new(
        "Community Heritage Small Grants - Application",
        "Larkhollow Heritage Trust",
        "Georgia",
        10.5,
    )
    d.sections[0].footer.paragraphs[
        0
    ].text = "Larkhollow Heritage Trust, registered charity no. 1190447  |  LHT/SG/AF 2027"
    d.add_heading("Community Heritage Small Grants", 0)
    d.add_paragraph("Grants of £500 to £5,000  |  Application form  |  2027 rounds").runs[
        0
    ].bold = True
    d.add_paragraph(
        "Please read our Guidance Notes (LHT/SG/GN 2027) before you start. If you need this "
        "form in large print or another format, call Sophie or Raj on 01632 960 480."
    )
    d.add_paragraph(
        "The Trust can award grants covering up to 90% of the eligible costs of a project. You "
        "will need to find at least 10% from elsewhere: this can include the value of volunteer "
        "time, which we count at £15 an hour. Around 40% of our grants go to projects in rural "
        "parishes, and we particularly welcome first-time applicants."
    )

    def details(rows: list[str]) -> None:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label in rows:
            r = t.add_row()
            r.cells[0].text = label
            _shade(r.cells[0], "EFE8DA")
            r.cells[1].text = ""
            _grey(r.cells[1].paragraphs[0], "Type here")

    def prompt(text: str, placeholder: str, height: int = 2200) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = True
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _row_height(t.rows[0], height)
        _grey(t.rows[0].cells[0].paragraphs[0], placeholder)
        d.add_paragraph()

    d.add_heading("Part A  Your organisation", 1)
    details(
        [
            "Name of organisation",
            "Contact name",
            "Role in the organisation",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Website or social media (optional)",
        ]
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Type of organisation"
    _shade(t.rows[0].cells[0], "EFE8DA")
    t.rows[0].cells[1].text = (
        f"{BOX} Registered charity   {BOX} CIO   {BOX} Unincorporated community group   "
        f"{BOX} Parish or town council   {BOX} Other"
    )
    details(["Charity or company number", "Total income in your last financial year (£)"])

    d.add_heading("Part B  The heritage and your project", 1)
    prompt("Q1  Project title", "Type here (no more than 10 words)", 400)
    prompt(
        "Q2  What is the heritage your project is about? Tell us what it is, where it is and "
        "why it matters to people locally.",
        "Type here – max 250 words",
    )
    prompt(
        "Q3  What will you do? Describe the main activities and who will lead them.",
        "Type here – up to one side of A4",
        4200,
    )
    p = d.add_paragraph()
    p.add_run("Q4  Which of these will your project do? (tick all that apply)").bold = True
    for item in (
        "Record or research heritage",
        "Conserve or repair heritage",
        "Share or interpret heritage (exhibitions, trails, events, online)",
        "Train volunteers in heritage skills",
    ):
        d.add_paragraph(f"{BOX}  {item}")
    d.add_paragraph()
    prompt(
        "Q5  Who will get involved, and how will you reach people who don't usually take part "
        "in heritage?",
        "Type here – max 200 words",
    )
    p = d.add_paragraph()
    p.add_run(
        "Q6  Does your project involve a listed building, a scheduled monument or archaeology?"
    ).bold = True
    d.add_paragraph(f"{BOX} Yes      {BOX} No")
    prompt(
        "Q7  If you answered yes to Q6, explain what permissions you have, or still need, and "
        "from whom.",
        "Type here",
        1600,
    )
    prompt(
        "Q8  How will the heritage be looked after, and the results of the project kept "
        "available, once our grant has been spent?",
        "Type here – 150 words maximum",
    )
    p = d.add_paragraph()
    p.add_run("Q9  When will the project start and finish?").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    cells = t.rows[0].cells
    cells[0].text, cells[2].text = "Start (month/year)", "Finish (month/year)"
    _grey(cells[1].paragraphs[0], "Type here")
    _grey(cells[3].paragraphs[0], "Type here")

    d.add_heading("Part C  Costs and income", 1)
    d.add_paragraph("Include VAT if your organisation cannot reclaim it.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, head in zip(
        t.rows[0].cells, ("Cost heading", "Description", "Amount (£)"), strict=False
    ):
        c.text = head
        _shade(c, "EFE8DA")
    for heading in (
        "Professional fees",
        "Equipment and materials",
        "Volunteer expenses",
        "Publicity and interpretation",
        "Other",
        "Total project cost",
    ):
        r = t.add_row()
        r.cells[0].text = heading
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, head in zip(t.rows[0].cells, ("Where the money comes from", "Amount (£)"), strict=False):
        c.text = head
        _shade(c, "EFE8DA")
    for src in (
        "Your own cash contribution",
        "Volunteer time (hours x £15)",
        "Other funders (please name)",
        "Grant requested from Larkhollow Heritage Trust",
    ):
        t.add_row().cells[0].text = src
    d.add_paragraph()
    prompt(
        "Q10  How have you worked out your costs? (for example quotes, catalogue prices or "
        "what a similar project cost)",
        "Type here – max 100 words",
        1400,
    )

    d.add_heading("Part D  Supporting documents", 1)
    d.add_paragraph("Please email the following with your form:")
    for text in (
        "your governing document (constitution, trust deed or articles of association);",
        "your most recent accounts. These can be independently examined or simply approved by "
        "your committee; if your organisation is less than a year old, send a budget for your "
        "first year instead;",
        "two recent photographs of the heritage (the site, building, object or collection);",
        "quotes for any single item or service costing more than £1,000;",
        "a letter from the owner of the heritage giving permission for the project, if you do "
        "not own it yourselves;",
        "for projects working with children or adults at risk, your safeguarding policy.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "We don't need to see your equal opportunities policy, but you must have one (see the "
        "declaration). Please make sure your activities are properly insured: £2 million public "
        "liability cover is the minimum we expect for open days, events and digs."
    )

    d.add_heading("Part E  Declaration", 1)
    d.add_paragraph(
        "I confirm that I am authorised to apply on behalf of the organisation named in Part A "
        "and that the information given is correct to the best of my knowledge."
    )
    d.add_paragraph(
        f"{BOX}  The organisation has an equal opportunities policy and will follow it."
    )
    d.add_paragraph(f"{BOX}  I have read and agree to the Trust's standard grant conditions.")
    details(["Signature (a typed name is fine)", "Name", "Position", "Date"])
    note = d.add_paragraph(
        "Email the form to grants@larkhollowheritage.example.org.uk. We aim to let you know "
        "within eight weeks of the closing date."
    )
    note.runs[0].font.size = Pt(9)
    out = HERE / "larkhollow-heritage-trust-small-grants.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Kimbleford


def kimbleford() -> None:
    """Sports council fillable PDF: one question's limit only in its field's pre-filled value."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "kimbleford-small-sports-grants.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Kimbleford Sports Council - Small Sports Grants 2027")
    c.setAuthor("Kimbleford Sports Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 42, w - 42

    def band(y, text):
        c.setFillColor(colors.HexColor("#1F6F43"))
        c.rect(x0, y - 16, x2 - x0, 18, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x0 + 6, y - 11, text)
        c.setFillColor(colors.black)
        return y - 26

    def short(x, y, label, name, width, maxlen=None, tip=None):
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y - 10, label)
        form.textfield(
            name=name,
            tooltip=tip or label,
            x=x + 128,
            y=y - 15,
            width=width,
            height=15,
            borderColor=colors.HexColor("#1F6F43"),
            fillColor=colors.HexColor("#EEF6F0"),
            borderWidth=0.6,
            fontSize=9,
            maxlen=maxlen,
        )

    def box(y, lines, name, height, maxlen=None, value=""):
        c.setFont("Helvetica-Bold", 9)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 10 - 11 * i, line)
        top = y - 14 - 11 * (len(lines) - 1)
        form.textfield(
            name=name,
            tooltip=" ".join(lines),
            x=x0,
            y=top - height,
            width=x2 - x0,
            height=height - 2,
            borderColor=colors.HexColor("#1F6F43"),
            fillColor=colors.HexColor("#EEF6F0"),
            borderWidth=0.6,
            fieldFlags="multiline",
            fontSize=9,
            maxlen=maxlen,
            value=value,
        )
        return top - height - 8

    c.setFillColor(colors.HexColor("#1F6F43"))
    c.rect(0, h - 78, w, 78, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(x0, h - 38, "Kimbleford Sports Council")
    c.setFont("Helvetica", 11)
    c.drawString(x0, h - 56, "Small Sports Grants 2027  -  £250 to £2,000 for local clubs")
    c.setFont("Helvetica", 8)
    c.drawString(
        x0,
        h - 70,
        "Supported by Kimbleford District Council. Closing dates: 31 "
        "March, 30 June, 30 September, 15 December.",
    )
    c.setFillColor(colors.black)
    y = h - 94
    c.setFont("Helvetica", 8.5)
    for line in (
        "Fill this form in on screen and email it to grants@kimblefordsport.example.org.uk, or "
        "print it and post it to the Secretary.",
        "The club must put in at least a quarter of the total cost from its own funds or "
        "fundraising. Clubs with more than 70% of",
        "members living outside the district cannot apply. Last year 60% of our grants went to "
        "clubs with junior sections.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 6
    y = band(y, "1  About your club")
    rows = (
        (("Club name", "club_name", 150, 60), ("Sport(s)", "sport", 100, 40)),
        (("Club secretary", "secretary", 150, 40), ("Telephone", "phone", 100, 15)),
        (("Email", "email", 150, 60), ("Postcode", "postcode", 100, 8)),
        (("Number of playing members", "members", 60, 4), ("of whom under 18", "juniors", 60, 4)),
        (("NGB affiliation number", "ngb_no", 100, 15), ("Club Welfare Officer", "cwo", 100, 40)),
    )
    for left, right in rows:
        short(x0, y, *left)
        short(x0 + 265, y, *right)
        y -= 20
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y - 10, "Club address for letters")
    form.textfield(
        name="address",
        tooltip="Club address for letters",
        x=x0 + 128,
        y=y - 33,
        width=x2 - x0 - 128,
        height=30,
        fieldFlags="multiline",
        maxlen=150,
        borderColor=colors.HexColor("#1F6F43"),
        fillColor=colors.HexColor("#EEF6F0"),
        borderWidth=0.6,
        fontSize=9,
    )
    y -= 42
    c.drawString(x0, y - 10, "Is the club affiliated to its national governing body (NGB)?")
    for i, val in enumerate(("Yes", "No")):
        form.radio(
            name="ngb_affiliated",
            tooltip="Affiliated to NGB",
            value=val,
            selected=False,
            x=x0 + 300 + 60 * i,
            y=y - 13,
            size=11,
            buttonStyle="circle",
            borderColor=colors.HexColor("#1F6F43"),
        )
        c.drawString(x0 + 315 + 60 * i, y - 10, val)
    y -= 26

    y = band(y, "2  What the grant is for")
    y = box(y, ["2a  What do you want the grant for?"], "grant_for", 70, value="(Max 100 words)")
    y = box(
        y,
        [
            "2b  Why does the club need this now? What happens if you don't get it? (up "
            "to 150 words)"
        ],
        "need",
        80,
        maxlen=900,
    )
    y = box(
        y,
        [
            "2c  How will the grant help more people to play, especially women and girls, "
            "disabled people or",
            "people on low incomes?",
        ],
        "more_people",
        90,
        maxlen=1500,
    )
    c.setFont("Helvetica", 7)
    c.drawString(
        x0,
        28,
        "Kimbleford Sports Council is a registered charity (no. 1101876). KSC/SSG/1  Page 1 of 2",
    )
    c.showPage()

    y = h - 50
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "2d  Which of these groups will benefit? Tick all that apply.")
    y -= 18
    c.setFont("Helvetica", 8.5)
    for i, grp in enumerate(
        ("Juniors", "Women and girls", "Disabled people", "Over 55s", "People on low incomes")
    ):
        x = x0 + 100 * i
        form.checkbox(
            name=f"benefit_{i + 1}",
            tooltip=f"Benefits: {grp}",
            x=x,
            y=y - 2,
            size=10,
            buttonStyle="check",
        )
        c.drawString(x + 14, y, grp)
    y -= 14
    y = box(
        y, ["2e  How will the club keep this going once the grant has been spent?"], "sustain", 80
    )

    y = band(y, "3  Costs")
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0, y - 8, "Item (one line each)")
    c.drawString(x0 + 360, y - 8, "Cost including VAT (£)")
    y -= 12
    for i in range(1, 5):
        form.textfield(
            name=f"item_{i}",
            tooltip=f"Item {i}",
            x=x0,
            y=y - 16,
            width=340,
            height=14,
            maxlen=40,
            borderWidth=0.6,
            fontSize=9,
            borderColor=colors.HexColor("#1F6F43"),
            fillColor=colors.HexColor("#EEF6F0"),
        )
        form.textfield(
            name=f"cost_{i}",
            tooltip=f"Cost {i}",
            x=x0 + 360,
            y=y - 16,
            width=110,
            height=14,
            maxlen=7,
            borderWidth=0.6,
            fontSize=9,
            borderColor=colors.HexColor("#1F6F43"),
            fillColor=colors.HexColor("#EEF6F0"),
        )
        y -= 18
    y -= 4
    for label, name in (
        ("Total cost (£)", "total"),
        ("Club's own contribution (£)", "own"),
        ("Amount requested (£)", "requested"),
    ):
        short(x0 + 232, y, label, name, 110, maxlen=7)
        y -= 19
    y -= 4

    y = band(y, "4  Documents")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y - 4, "Send these with the form and tick each one you have attached:")
    y -= 18
    for i, doc in enumerate(
        (
            "Club constitution or rules (all clubs)",
            "Latest year-end accounts, or the treasurer's report presented at your last AGM (all "
            "clubs)",
            "Club safeguarding policy (all clubs - we cannot fund a club without one)",
            "A quote for each item of equipment (equipment bids only)",
            "Hire agreement or a letter from the facility owner (if the grant is for hiring or "
            "improving a facility)",
        )
    ):
        form.checkbox(
            name=f"encl_{i + 1}",
            tooltip=f"Attached: {doc}",
            x=x0,
            y=y - 3,
            size=10,
            buttonStyle="check",
        )
        c.drawString(x0 + 16, y, doc)
        y -= 15
    y -= 4
    for line in (
        "Your club must hold public liability insurance of at least £10 million (most NGB "
        "affiliations include it). Please don't send the",
        "certificate. Coaches working with under-18s need an enhanced DBS check; we do not need "
        "copies.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 8

    y = band(y, "5  Declaration")
    c.setFont("Helvetica", 8.5)
    form.checkbox(
        name="declare", tooltip="Declaration", x=x0, y=y - 3, size=10, buttonStyle="check"
    )
    for line in (
        "I confirm that the club committee supports this application, that the club is open to "
        "all and has an equity (equal",
        "opportunities) policy, and that the information given is correct.",
    ):
        c.drawString(x0 + 16, y, line)
        y -= 11
    y -= 6
    for label, name, ml in (
        ("Name (typing it counts as signing)", "decl_name", 40),
        ("Position in club", "decl_pos", 30),
        ("Date", "decl_date", 10),
    ):
        short(x0, y, label, name, 200, maxlen=ml)
        y -= 20
    y -= 8
    c.rect(x0, y - 34, x2 - x0, 34)
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0 + 6,
        y - 12,
        "FOR SPORTS COUNCIL USE:   Ref ..........   Panel date ..........   Award £ ..........",
    )
    c.setFont("Helvetica", 7)
    c.drawString(
        x0,
        28,
        "Kimbleford Sports Council is a registered charity (no. 1101876). KSC/SSG/1  Page 2 of 2",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Easterdyke


def easterdyke() -> None:
    """County public health team's small grants guidance: flowing text, an "At a glance"
    panel, a scoring table with weightings, documents in run-in paragraphs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    out = HERE / "easterdyke-healthy-communities-small-grants-guidance.pdf"
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle(
        "h1",
        fontName="Helvetica-Bold",
        fontSize=18,
        leading=22,
        textColor=colors.HexColor("#5B2C6F"),
        spaceAfter=4,
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="Helvetica-Bold",
        fontSize=12.5,
        leading=16,
        textColor=colors.HexColor("#5B2C6F"),
        spaceBefore=8,
        spaceAfter=4,
    )
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#5B2C6F"))
        canv.drawString(
            18 * mm,
            A4[1] - 12 * mm,
            "Easterdyke County Council  |  Public Health  |  Healthy Communities "
            "Small Grants 2027-28",
        )
        canv.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Guidance notes v1.2  -  page {doc.page}")
        canv.restoreState()

    def bullets(items):
        return [Paragraph(t, bullet, bulletText="\u2022") for t in items]

    s = [
        Paragraph("Healthy Communities Small Grants 2027-28", h1),
        Paragraph("Guidance notes for voluntary and community groups", h2),
    ]
    glance = Table(
        [
            [Paragraph("<b>At a glance</b>", body)],
            [
                Paragraph(
                    "Grants of £500 to £5,000 for projects that help people in Easterdyke "
                    "live healthier lives.",
                    body,
                )
            ],
            [Paragraph("Round 1 closes 12 February 2027; round 2 closes 10 September 2027.", body)],
            [
                Paragraph(
                    "Apply online at www.easterdyke.example.gov.uk/healthygrants. There is "
                    "no paper form.",
                    body,
                )
            ],
            [Paragraph("No match funding is needed.", body)],
        ],
        colWidths=[170 * mm],
    )
    glance.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2EAF5")),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#5B2C6F")),
            ]
        )
    )
    s += [glance, Spacer(1, 8)]
    s += [
        Paragraph("1. Why we are offering these grants", h2),
        Paragraph(
            "Our Joint Strategic Needs Assessment (JSNA) shows that people in the most deprived "
            "parts of the county live on average nine fewer years in good health than people "
            "in the least deprived. Smoking prevalence in Easterdyke is 17.4%, against 12.9% "
            "for England, and around one adult in four is physically inactive. Small, local "
            "projects run by people who know their community often reach those that our "
            "services miss.",
            body,
        ),
        Paragraph("2. What we want to fund", h2),
        Paragraph("Projects that do at least one of these:", body),
        *bullets(
            [
                "help people be more active, especially those who do little or no exercise now;",
                "improve people's mental wellbeing and reduce loneliness;",
                "help people to eat well on a budget;",
                "support people to stop smoking or cut down on alcohol.",
            ]
        ),
        Paragraph(
            "Before you apply, ask yourself: does the project reach people whose health is "
            "worst? Will it still be running in a year? Could a health professional refer "
            "people to it? If the answer to all three is no, talk to us first.",
            body,
        ),
        Paragraph("3. Who can apply", h2),
        Paragraph(
            "Constituted voluntary and community groups, registered charities, community "
            "interest companies and social enterprises based in, or working in, Easterdyke. "
            "Schools, GP practices and parish councils can apply if the project is run with a "
            "community group. We cannot fund individuals, political or religious promotion, "
            "or anything a statutory body has a duty to provide. Up to 15% of a grant may pay "
            "volunteers' expenses.",
            body,
        ),
        Paragraph("4. How to apply", h2),
        Paragraph(
            "Register on our grants portal and complete the online form. It asks for your "
            "organisation's details and then has five questions about your project, each with "
            "a limit of 250 words: the need, what you will do, who will take part, how you will "
            "measure the difference, and what happens when the grant ends. You can save your "
            "answers and come back to them.",
            body,
        ),
        Paragraph("5. How we will score your application", h2),
    ]
    score = Table(
        [
            ["What we look at", "Weighting"],
            ["Evidence of need in the community you will work with", "30%"],
            ["How well the project will be delivered", "30%"],
            ["The difference it will make to people's health", "25%"],
            ["Value for money", "15%"],
        ],
        colWidths=[130 * mm, 30 * mm],
    )
    score.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#5B2C6F")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2EAF5")),
            ]
        )
    )
    s += [score, Spacer(1, 6)]
    s += [
        Paragraph(
            "A panel of public health officers and two members of the Easterdyke Health and "
            "Wellbeing Board's community reference group scores every application. In 2026 we "
            "funded 48 projects and 90% of them met the targets they set.",
            body,
        ),
        Paragraph("6. What you will need to upload", h2),
        Paragraph(
            "<b>Every applicant</b> uploads: a copy of their governing document (constitution, "
            "rules or articles); their most recent annual accounts; and our New Supplier Form, "
            "completed and signed, so that we can pay you. We don't need audited accounts: "
            "annual accounts signed by your chair or treasurer are fine. Groups that have been "
            "running for less than a year can upload their last three months' bank statements "
            "in place of accounts.",
            body,
        ),
        Paragraph(
            "<b>Depending on your project</b>, you will also upload: your safeguarding policy, "
            "if you will work with children, young people or adults at risk; a Level 2 food "
            "hygiene certificate for the person in charge, where food is prepared or cooked; "
            "and proof of the instructor's qualification, for exercise or sport sessions.",
            body,
        ),
        Paragraph(
            "<b>Policies.</b> You will be asked to confirm that you have an equality and "
            "diversity policy and that you handle people's personal information in line with "
            "data protection law. You do not need to upload these.",
            body,
        ),
        Paragraph(
            "<b>Insurance.</b> Public liability insurance with a minimum cover of £5m is a "
            "condition of every grant. We will ask to see your certificate before we pay the "
            "grant, not with your application.",
            body,
        ),
        Paragraph("7. If you are offered a grant", h2),
        Paragraph(
            "You will receive a grant agreement to sign. We pay the whole grant at the start. "
            "Six months after the project starts you will complete a short online monitoring "
            "return telling us how many people took part and what changed; we may visit.",
            body,
        ),
        Paragraph("8. Contact us", h2),
        Paragraph(
            "Email healthygrants@easterdyke.example.gov.uk or call 01632 960 733 (Tuesday to "
            "Thursday, 10am to 3pm). Need help with the online form? Our partner Easterdyke "
            "Voluntary Action runs free drop-in sessions every month.",
            body,
        ),
        Paragraph(
            "This document is available in large print, Easy Read and other languages on "
            "request. Easterdyke County Council, County Hall, Easterdyke ED1 2PH.",
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
        title="Healthy Communities Small Grants 2027-28 - guidance notes",
        author="Easterdyke County Council Public Health",
        invariant=1,
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------- Pendlecroft (text)


def pendlecroft() -> None:
    """CVS community chest form as a plain-text file with answer boxes drawn in ASCII."""
    import textwrap

    width = 76  # inner width between the bars

    def rule(ch="-"):
        return "+" + ch * width + "+"

    def line(text=""):
        assert len(text) <= width - 2, (len(text), text)
        return "| " + text.ljust(width - 2) + " |"

    def para(text):
        return [line(t) for t in textwrap.wrap(text, width - 2)]

    def qbox(prompt, blank=6):
        out = [rule()] + para(prompt) + [line()] * blank
        return out

    lines = []
    lines += [
        "PENDLECROFT & DISTRICT COUNCIL FOR VOLUNTARY SERVICE",
        "on behalf of Pendlecroft District Council",
        "",
        "PENDLECROFT COMMUNITY CHEST 2027-28",
        "Small grants of £250 to £1,500 for voluntary and community groups",
        "",
        "APPLICATION FORM  (plain text version - CC/AF/TXT rev. 3)",
        "",
        "How to use this version: open it in Notepad or any text editor and type your",
        "answers inside the boxes, on the blank lines. Don't worry if the right-hand",
        "edge of a box goes out of line. Save the file with your group's name and",
        "email it to communitychest@pendlecroftcvs.example.org.uk. A Word version and",
        "a large-print version are also available from the CVS office.",
        "",
        "Groups must normally find 10% of the cost of their project themselves. This",
        "can be cash or the value of volunteers' time. Pendlecroft has three",
        "neighbourhoods in the 20% most deprived in England, and we give priority to",
        "projects that work in them. A 5% contingency line in your budget is fine.",
        "",
        "=" * 78,
        "SECTION A - YOUR ORGANISATION",
        "=" * 78,
        rule(),
        line("Name of organisation:"),
        rule(),
        line("Contact name:                              Position:"),
        rule(),
        line("Address:"),
        line(),
        rule(),
        line("Postcode:                                  Telephone:"),
        rule(),
        line("Email:"),
        rule(),
        line("Are you a registered charity?   YES / NO   Charity number:"),
        rule(),
        line("When was your group set up? (month and year):"),
        rule(),
        line("How many active members or volunteers do you have?"),
        rule(),
        "",
        "=" * 78,
        "SECTION B - YOUR PROJECT",
        "=" * 78,
        rule(),
        line("B1  Project name:"),
    ]
    lines += qbox("B2  Describe your project. What will you do, and when? (max 250 words)", 10)
    lines += qbox(
        "B3  Why is it needed in Pendlecroft? What evidence do you have? (max 200 words)", 8
    )
    lines += [
        rule(),
        line("B4  How many people will benefit?   Adults: ........  Children: ........"),
    ]
    lines += (
        [rule()]
        + para("B5  Which Community Chest theme does it meet? Put an X in one or more:")
        + [
            line("    [ ] Older people and loneliness      [ ] Health and wellbeing"),
            line("    [ ] Children and young people        [ ] Environment and green spaces"),
            line("    [ ] Arts, culture and heritage       [ ] Financial hardship and food"),
        ]
    )
    lines += qbox(
        "B6  What will be different because of your project? Write no more than half a page.", 10
    )
    lines += qbox(
        "B7  If your organisation has had a Community Chest grant before, what did you do with it?",
        6,
    )
    lines += [rule(), ""]
    lines += (
        [
            "=" * 78,
            "SECTION C - COSTS",
            "=" * 78,
            rule(),
            line("Item or activity                                              Cost £"),
            rule(),
        ]
        + [line(" " * 60 + "|") for _ in range(5)]
        + [
            rule(),
            line("TOTAL COST OF THE PROJECT                                   £"),
            line("AMOUNT REQUESTED FROM THE COMMUNITY CHEST                   £"),
            line("Other money you have for the project: £ ........ from ...................."),
            rule(),
            "",
            "=" * 78,
            "SECTION D - CHECKLIST",
            "=" * 78,
            "Please send these with your form and put an X against each one you send.",
            "",
            "  [ ] Your constitution or set of rules            - all groups",
            "  [ ] Your latest accounts                         - all groups",
            "      (independently examined if your annual income is over £25,000;",
            "      otherwise signed by your chair and treasurer)",
            "  [ ] A bank statement from the last three months  - all groups",
            "  [ ] Two quotes for any item costing over £300    - where needed",
            "  [ ] Your safeguarding policy                     - if you work with children",
            "                                                     or vulnerable adults",
            "  [ ] Your volunteer policy                        - if volunteers will help",
            "                                                     run the project",
            "",
            "Groups running activities for the public must hold public liability insurance",
            "of at least £2m. If that includes you, please enclose a copy of your",
            "certificate.",
            "",
            "=" * 78,
            "SECTION E - DECLARATION",
            "=" * 78,
            "We declare that the information on this form is correct, that our group has",
            "an equal opportunities policy and a health and safety policy which we follow,",
            "and that we will use any grant only for the project described. We will return",
            "any money not spent for that purpose and send an end of grant report within",
            "two months of the project finishing.",
            "",
            "Two committee members must sign. They must not be related.",
            "",
            rule(),
            line("1st signature:                           Print name:"),
            line("Position:                                Date:"),
            rule(),
            line("2nd signature:                           Print name:"),
            line("Position:"),
            rule(),
            "",
            rule("*"),
            line("FOR CVS OFFICE USE ONLY"),
            line("Date received:           Ref:            Panel:           Award: £"),
            rule("*"),
            "",
            "Pendlecroft & District CVS, 14 Mill Lane, Pendlecroft PD2 5LW",
            "Registered charity no. 1078862. Company limited by guarantee no. 3841129.",
        ]
    )
    for x in lines:
        assert len(x) <= 78, (len(x), x)
    text = "\n".join(lines) + "\n"
    out = HERE / "pendlecroft-community-chest-application.txt"
    out.write_text(text, encoding="utf-8", newline="\n")


def main() -> None:
    cotterwick()
    larkhollow()
    kimbleford()
    easterdyke()
    pendlecroft()


if __name__ == "__main__":
    main()
