"""Regenerate the binary documents of held-out set 16 (Hexleigh to Dallowfield).

A generator for the four binary documents of held-out set 16 in tests/forms/
(their truth files were written blind, before any measurer was run on them). It builds only
its own four files and leaves every other file alone:

- hexleigh-members-community-initiatives-fund.docx: a county council members' fund form in
  "Question / Your answer / Notes" tables, the length of each answer in the Notes column and
  one limit for a whole Part in a merged note row;
- ravelstone-lottery-good-causes-fund.docx: a district council's local lottery good causes
  form whose answer cells hold grey "Type here - maximum 250 words" placeholder text, with an
  empty "Office use" scoring column beside the answers;
- thornwick-opcc-safer-neighbourhoods-grant.pdf: a police and crime commissioner's fillable
  PDF whose answer spaces are runs of single-line fields, one per printed rule, with money and
  date format actions and Print / Email / Clear buttons;
- dallowfield-foundation-paper-application.pdf: a community foundation's paper application
  form printed from Word: drawn boxes, a grey "Guide length" margin beside each question, tick
  boxes as ZapfDingbats glyphs and a detachable equality monitoring page.

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus16.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 9, 14, 10, 0, 0)
BOX = "\u2610"  # a ballot box drawn as a character
DOCX = (
    "hexleigh-members-community-initiatives-fund.docx",
    "ravelstone-lottery-good-causes-fund.docx",
)
PDFS = (
    "thornwick-opcc-safer-neighbourhoods-grant.pdf",
    "dallowfield-foundation-paper-application.pdf",
)


# --------------------------------------------------------------------------- docx helpers


def _new(title: str, author: str, font: str, size: float = 11):
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()  # noqa: N806 (python-docx spelling)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _para(d, text, bold=False, size=None, italic=False, align=None, colour=None):
    from docx.shared import Pt, RGBColor

    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if align is not None:
        p.alignment = align
    return p


def _cell(cell, text, bold=False, italic=False, size=None, colour=None):
    from docx.shared import Pt, RGBColor

    cell.text = ""
    lines = text.split("\n") if text else [""]
    for n, line in enumerate(lines):
        p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        if not line:
            continue
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def _widths(t, widths) -> None:
    from docx.shared import Cm

    for r in t.rows:
        for cell, w in zip(r.cells, widths, strict=False):
            cell.width = Cm(w)


# --------------------------------------------------------------------------- Hexleigh


HEX_W = (5.6, 7.4, 4.0)


def _hex_part(d, title, rows, note=None):
    """One Part: merged shaded title row, optional merged note row, a header row, then rows.

    Each row is (ref, question, notes, answer_text, tall)."""
    from docx.shared import Cm, Pt

    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    head = t.add_row().cells
    m = head[0].merge(head[1]).merge(head[2])
    _cell(m, title, bold=True, size=12, colour="FFFFFF")
    _shade(m, "1F4E79")
    if note:
        nr = t.add_row().cells
        m = nr[0].merge(nr[1]).merge(nr[2])
        _cell(m, note, italic=True)
        _shade(m, "DEEAF6")
    hdr = t.add_row().cells
    for c, txt in zip(hdr, ("Question", "Your answer", "Notes"), strict=True):
        _cell(c, txt, bold=True, size=10)
        _shade(c, "BDD7EE")
    for ref, question, notes, answer, tall in rows:
        row = t.add_row()
        a, b, c = row.cells
        _cell(a, f"{ref}  {question}" if ref else question, bold=False)
        if a.paragraphs[0].runs:
            a.paragraphs[0].runs[0].font.size = Pt(10.5)
        _cell(b, answer)
        _cell(c, notes, size=9, colour="404040")
        _shade(c, "F2F2F2")
        if tall:
            row.height = Cm(tall)
    _widths(t, HEX_W)
    d.add_paragraph()
    return t


def _hexleigh() -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = _new("Members' Community Initiatives Fund application form", "Hexleigh CC", "Calibri")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hexleigh County Council"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = (
        "MCIF application form 2027/28 | Community Engagement Team, County Hall, "
        "Hexleigh HX1 2QA | mcif@hexleigh.example.gov.uk"
    )
    sec.footer.paragraphs[0].runs[0].font.size = Pt(8)
    _para(d, "Members' Community Initiatives Fund", bold=True, size=20, colour="1F4E79")
    _para(d, "Application form 2027/28", bold=True, size=14)
    _para(
        d,
        "Each of the 54 county councillors has £8,000 a year to support community projects in "
        "their division. Please read the Fund's guidance before you fill in this form: it "
        "explains who can apply and what we cannot pay for. Most awards are between £500 and "
        "£1,500, and last year around 70% of the applications we received were funded.",
    )
    _para(
        d,
        "How to fill in this form. Type in the middle column. The grey Notes column tells you "
        "what we are looking for and, where it matters, how long your answer should be. If it "
        "says nothing about length, write as much as you need. The boxes will grow as you type.",
    )
    _para(
        d,
        "Your local county councillor must support your application: ask them to complete "
        "Part E before you send the form to us.",
        italic=True,
    )

    _hex_part(
        d,
        "Part A  About your organisation",
        [
            ("A1", "Name of organisation", "As it appears on your bank account.", "", None),
            ("A2", "Address, including postcode", "", "", 1.6),
            ("A3", "Main contact: name and role in the organisation", "", "", None),
            ("A4", "Daytime telephone number", "", "", None),
            ("A5", "Email address", "We will send our decision to this address.", "", None),
            (
                "A6",
                "Which of these best describes your organisation?",
                "Tick one. CIO: charitable incorporated organisation. CIC: community interest "
                "company.",
                f"{BOX} Registered charity\n{BOX} CIO\n{BOX} CIC\n{BOX} Community or voluntary "
                f"group\n{BOX} Town or parish council\n{BOX} Other (please say)",
                None,
            ),
            ("A7", "Charity or company number, if you have one", "", "", None),
            (
                "A8",
                "What was your organisation's total income in its last financial year?",
                "This tells us which accounts to send: see Part F.",
                "£",
                None,
            ),
        ],
    )
    _hex_part(
        d,
        "Part B  Your project",
        [
            ("B1", "Project name", "A few words is enough.", "", None),
            (
                "B2",
                "What do you want to do? Describe the activities, who will run them and where "
                "they will take place.",
                "",
                "",
                5.0,
            ),
            (
                "B3",
                "Why is the project needed in your area? How do you know?",
                "You could mention a survey, a waiting list, or what local people have told you.",
                "",
                5.0,
            ),
            ("B4", "Who will benefit from the project?", "Up to 100 words.", "", 3.5),
            (
                "B5",
                "How many people will take part in or benefit from the project?",
                "An estimate is fine.",
                "",
                None,
            ),
            (
                "B6",
                "Which of the Council Plan priorities will the project help with?",
                "Tick all that apply.",
                f"{BOX} Thriving villages and towns\n{BOX} Healthy, active lives\n{BOX} A "
                f"greener county\n{BOX} Help for people who need it most",
                None,
            ),
            (
                "B7",
                "How will you know whether the project has worked?",
                "Half a page at most. Tell us what you will count or ask people.",
                "",
                5.0,
            ),
            ("B8", "Start date", "", "", None),
            ("B9", "Finish date", "Projects must finish by 31 March 2028.", "", None),
            (
                "B10",
                "Have you had money from this Fund in the last three years?",
                "If yes, please answer B11.",
                f"{BOX} Yes   {BOX} No",
                None,
            ),
            (
                "B11",
                "If yes: which year, how much, and what was it for?",
                "No length limit: a line for each grant is fine.",
                "",
                2.5,
            ),
            (
                "B12",
                "How will the project carry on once the grant has been spent?",
                "150 words.",
                "",
                4.0,
            ),
        ],
        note="Please answer each question in this Part in no more than 200 words, unless the "
        "Notes column gives a different length.",
    )
    t = _hex_part(
        d,
        "Part C  Costs",
        [
            (
                "C1",
                "What is the total cost of the project?",
                "Including VAT you cannot claim back.",
                "£",
                None,
            ),
            (
                "C2",
                "Amount you are asking for",
                "Maximum £3,000. The Fund will pay no more than 60% of the total cost, so "
                "you must find the other 40% from your own money or other funders.",
                "£",
                None,
            ),
            ("C3", "Is your organisation registered for VAT?", "", f"{BOX} Yes   {BOX} No", None),
        ],
    )
    _para(d, "C4  Cost breakdown", bold=True)
    ct = d.add_table(rows=7, cols=3)
    ct.style = "Table Grid"
    for c, txt in zip(ct.rows[0].cells, ("Item", "Cost (£)", "Quote obtained? Y/N"), strict=True):
        _cell(c, txt, bold=True)
        _shade(c, "BDD7EE")
    _cell(ct.rows[6].cells[0], "Total", bold=True)
    _widths(ct, (9.0, 4.0, 4.0))
    d.add_paragraph()
    _para(d, "C5  Other funding for this project", bold=True)
    ot = d.add_table(rows=4, cols=3)
    ot.style = "Table Grid"
    for c, txt in zip(
        ot.rows[0].cells, ("Funder or source", "Amount (£)", "Confirmed? Y/N"), strict=True
    ):
        _cell(c, txt, bold=True)
        _shade(c, "BDD7EE")
    _widths(ot, (9.0, 4.0, 4.0))
    d.add_paragraph()
    del t

    _hex_part(
        d,
        "Part D  Checks",
        [
            (
                "D1",
                "Will the project involve children, young people or adults at risk?",
                "If yes, you must send your safeguarding policy (see Part F).",
                f"{BOX} Yes   {BOX} No",
                None,
            ),
            (
                "D2",
                "Does your organisation hold public liability insurance with cover of at least "
                "£5 million?",
                "Every funded organisation must hold this cover. We do not need to see the "
                "certificate now, but we may ask for it before we pay the grant.",
                f"{BOX} Yes   {BOX} No",
                None,
            ),
            (
                "D3",
                "Does the project involve building work, or changes to land?",
                "If yes, see Part F.",
                f"{BOX} Yes   {BOX} No",
                None,
            ),
        ],
    )

    d.add_page_break()
    _para(d, "Part E  County councillor's support", bold=True, size=13, colour="1F4E79")
    _para(
        d,
        "To be completed by the county councillor for the division where the project will "
        "take place. Councillors: by signing you confirm that you support this application "
        "and that you have declared any interest in the organisation.",
        italic=True,
    )
    et = d.add_table(rows=5, cols=2)
    et.style = "Table Grid"
    for r, lab in zip(
        et.rows,
        (
            "Councillor's name",
            "Electoral division",
            "Councillor's comments",
            "Councillor's signature",
            "Date",
        ),
        strict=True,
    ):
        _cell(r.cells[0], lab, bold=True)
        _shade(r.cells[0], "DEEAF6")
    et.rows[2].height = Cm(3.0)
    _widths(et, (5.5, 11.5))
    d.add_paragraph()

    _para(d, "Part F  Documents to send with this form", bold=True, size=13, colour="1F4E79")
    _para(
        d,
        "Email the documents with your form, or post copies (not originals). Please tick "
        "each one you are sending.",
    )
    docs = [
        ("Document", "Who must send it", "Enclosed \u2713"),
        (
            "Your constitution, set of rules or other governing document",
            "All organisations except town and parish councils",
            "",
        ),
        (
            "Your latest annual accounts",
            "Everyone. If your income (A8) was over £100,000 they must be independently "
            "examined or audited. Below that, accounts signed by your treasurer and one other "
            "committee member are fine.",
            "",
        ),
        (
            "A bank statement no more than three months old, showing the organisation's name",
            "Everyone",
            "",
        ),
        ("Your safeguarding policy", "Only if you answered Yes at D1", ""),
        (
            "A written quote for each item costing more than £500",
            "Only if you are buying an item costing more than £500",
            "",
        ),
        (
            "Proof that you own the land or building, or the owner's written permission",
            "Only if you answered Yes at D3",
            "",
        ),
        ("Planning permission", "Only if your project needs it", ""),
        (
            "Equal opportunities policy",
            "Nobody: please do not send it. Every organisation we fund must have one, and you "
            "confirm this in Part G.",
            "\u2014",
        ),
    ]
    ft = d.add_table(rows=0, cols=3)
    ft.style = "Table Grid"
    for n, row in enumerate(docs):
        cells = ft.add_row().cells
        for c, txt in zip(cells, row, strict=True):
            _cell(c, txt, bold=n == 0)
            if n == 0:
                _shade(c, "BDD7EE")
    _widths(ft, (7.0, 7.5, 2.5))
    d.add_paragraph()

    _para(d, "Part G  Declaration", bold=True, size=13, colour="1F4E79")
    _para(
        d,
        "I confirm that the information on this form is correct; that the organisation has an "
        "equal opportunities policy and follows it; that the grant will be spent only on the "
        "project described; and that we will return any money not spent. I understand that "
        "Hexleigh County Council will use the information on this form to assess the "
        "application and may share it with the councillor named in Part E.",
    )
    gt = d.add_table(rows=4, cols=2)
    gt.style = "Table Grid"
    for r, lab in zip(gt.rows, ("Signed", "Name", "Position in organisation", "Date"), strict=True):
        _cell(r.cells[0], lab, bold=True)
        _shade(r.cells[0], "DEEAF6")
    _widths(gt, (5.5, 11.5))
    d.add_paragraph()
    _para(d, "For office use only", bold=True, size=9)
    xt = d.add_table(rows=2, cols=4)
    xt.style = "Table Grid"
    for c, txt in zip(
        xt.rows[0].cells, ("Ref no.", "Received", "Division", "Decision"), strict=True
    ):
        _cell(c, txt, size=8)
    d.save(HERE / DOCX[0])


# --------------------------------------------------------------------------- Ravelstone

GREY = "8C8C8C"


def _rav_table(d, rows, office=False, widths=None):
    """Label/answer rows; every answer cell holds grey placeholder text to type over."""
    from docx.shared import Cm

    cols = 3 if office else 2
    t = d.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    if office:
        hdr = t.add_row().cells
        for c, txt in zip(hdr, ("", "", "Office use\nScore 0-5"), strict=True):
            _cell(c, txt, size=8, colour="595959")
    for label, placeholder, tall in rows:
        row = t.add_row()
        cells = row.cells
        _cell(cells[0], label, bold=True)
        _shade(cells[0], "FCE4D6")
        _cell(cells[1], placeholder, italic=True, colour=GREY)
        if office:
            _shade(cells[2], "EDEDED")
        if tall:
            row.height = Cm(tall)
    _widths(t, widths or ((5.0, 10.0, 2.0) if office else (6.0, 11.0)))
    d.add_paragraph()
    return t


def _ravelstone() -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = _new("Good Causes Fund application form", "Ravelstone District Council", "Arial", 10.5)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = (
        "Ravelstone Community Lottery is run by Ravelstone District Council. Licensed by the "
        "Gambling Commission. Good Causes Fund form GCF-3 (Sept 2026)"
    )
    sec.footer.paragraphs[0].runs[0].font.size = Pt(7.5)
    _para(
        d,
        "Ravelstone Community Lottery",
        bold=True,
        size=18,
        colour="C55A11",
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _para(
        d,
        "Good Causes Fund \u2013 grants of £250 to £2,000",
        bold=True,
        size=14,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _para(
        d,
        "Every week, people across the district play the Ravelstone Community Lottery. 60% of "
        "the money from each £1 ticket goes to local good causes: half to the cause the player "
        "chose, and half to this Fund, which the Council shares out twice a year.",
    )
    _para(
        d,
        "You can apply if your group is signed up as a good cause on the lottery website and "
        "works for people who live in Ravelstone district. Closing date for this round: "
        "Friday 29 January 2027, 5pm.",
    )
    _para(
        d,
        "The grey words in each box show you what to put there and how much to write. Click "
        "on them and type over them. Please do not change the layout of the form.",
        italic=True,
    )

    _para(d, "Section 1  Your group", bold=True, size=13, colour="C55A11")
    _rav_table(
        d,
        [
            ("1.1 Name of your group", "Type here", None),
            (
                "1.2 Good cause reference number",
                "Type here (for example GC1234 \u2013 it is on your page of the lottery website)",
                None,
            ),
            ("1.3 Contact name", "Type here", None),
            ("1.4 Role in the group", "Type here (for example secretary)", None),
            ("1.5 Address", "Type here", None),
            ("1.6 Postcode", "Type here", None),
            ("1.7 Phone number", "Type here", None),
            ("1.8 Email", "Type here", None),
            ("1.9 Is your group a registered charity?", "Yes / No \u2013 delete one", None),
            ("1.10 Charity number, if you have one", "Type here", None),
            ("1.11 How many people are on your committee?", "Type a number", None),
        ],
    )

    _para(d, "Section 2  Your idea", bold=True, size=13, colour="C55A11")
    _rav_table(
        d,
        [
            ("2.1 Give your project a short title", "Type here (no more than 12 words)", None),
            (
                "2.2 Tell us what you will do with the grant",
                "Type here \u2013 maximum 250 words",
                4.5,
            ),
            (
                "2.3 Who will benefit, and how will their lives be better?",
                "Type here \u2013 up to 200 words",
                4.0,
            ),
            ("2.4 How does your project help people in Ravelstone district?", "Type here", 3.5),
            (
                "2.5 How will you tell people that the lottery helped pay for this?",
                "Type here \u2013 a few sentences is plenty",
                2.5,
            ),
            (
                "2.6 What will happen after the money has been spent?",
                "Type here \u2013 maximum 1,000 characters",
                3.5,
            ),
            ("2.7 When will your project start?", "Click to enter a date", None),
            (
                "2.8 Which lottery theme does your project fit best?",
                f"{BOX} Children and "
                f"young people  {BOX} Older people  {BOX} Health and wellbeing  {BOX} Arts, "
                f"sport and heritage  {BOX} Environment",
                None,
            ),
        ],
        office=True,
    )

    _para(d, "Section 3  Money", bold=True, size=13, colour="C55A11")
    _para(d, "3.1 What will you spend the grant on?", bold=True)
    ct = d.add_table(rows=6, cols=2)
    ct.style = "Table Grid"
    _cell(ct.rows[0].cells[0], "What you will buy or pay for", bold=True)
    _cell(ct.rows[0].cells[1], "Cost (£)", bold=True)
    _cell(
        ct.rows[1].cells[0],
        "Type here (for example: hall hire, 10 sessions)",
        italic=True,
        colour=GREY,
    )
    _widths(ct, (12.0, 5.0))
    d.add_paragraph()
    _para(
        d,
        "We expect your group to put in at least 10% of the total cost itself, from fundraising "
        "or from money you already have. This can include the lottery money your supporters "
        "have raised for you as your chosen good cause.",
    )
    _rav_table(
        d,
        [
            ("3.2 Total cost of the project", "£ Type here", None),
            ("3.3 How much are you asking for?", "£ Type here (£250 to £2,000)", None),
            ("3.4 How much will your group put in?", "£ Type here", None),
            (
                "3.5 How much money does your group hold today, including savings?",
                "£ Type here",
                None,
            ),
            (
                "3.6 If you hold more than six months' running costs in savings, please explain "
                "why.",
                "Type here \u2013 100 words max",
                2.5,
            ),
        ],
    )

    _para(d, "Section 4  Keeping people safe", bold=True, size=13, colour="C55A11")
    _rav_table(
        d,
        [
            (
                "4.1 Will anyone in your group work with children or adults at risk?",
                "Yes / No \u2013 delete one",
                None,
            ),
            (
                "4.2 Does your group have a safeguarding policy?",
                "Yes / No / Not needed \u2013 delete two",
                None,
            ),
            (
                "4.3 Does your project include an event open to the public?",
                "Yes / No \u2013 delete one",
                None,
            ),
        ],
    )
    _para(
        d,
        "If your project includes an event open to the public, your group must hold public "
        "liability insurance with cover of at least £2 million.",
    )

    _para(d, "Section 5  What to send with this form", bold=True, size=13, colour="C55A11")
    _para(d, "Everyone must send:", bold=True)
    for line in (
        "a copy of your group's rules or constitution, signed and dated;",
        "your most recent bank statement (all pages);",
        "your latest annual accounts. They do not have to be checked by an accountant. If "
        "your group is less than a year old, send a simple budget for your first 12 months "
        "instead of accounts.",
    ):
        d.add_paragraph(line, style="List Bullet")
    _para(d, "Also send these, if they apply to you:", bold=True)
    for line in (
        "your safeguarding policy \u2013 if you answered Yes at 4.1;",
        "a copy of your public liability insurance certificate \u2013 if you answered Yes at 4.3;",
        "a quote \u2013 for any single item costing more than £500.",
    ):
        d.add_paragraph(line, style="List Bullet")
    _para(
        d,
        "Please do not send letters of support, photographs or annual reports. We will not be "
        "able to look at them.",
    )

    _para(d, "Section 6  Declaration", bold=True, size=13, colour="C55A11")
    _para(d, "Please tick each box.")
    for line in (
        "We will use the grant only for the project described on this form.",
        "We have a written equal opportunities statement, and we will send it if you ask.",
        "We agree that the Council can use our group's name and project in lottery publicity.",
    ):
        _para(d, f"{BOX}  {line}")
    _para(
        d,
        "Two committee members must sign. They must not be related to each other or live "
        "at the same address.",
    )
    st = d.add_table(rows=5, cols=3)
    st.style = "Table Grid"
    for c, txt in zip(
        st.rows[0].cells, ("", "Committee member 1", "Committee member 2"), strict=True
    ):
        _cell(c, txt, bold=True)
    for r, lab in zip(st.rows[1:], ("Signature", "Name", "Position", "Date"), strict=True):
        _cell(r.cells[0], lab, bold=True)
        _shade(r.cells[0], "FCE4D6")
    _widths(st, (4.0, 6.5, 6.5))
    d.add_paragraph()
    _para(d, "Office use only", bold=True, size=9)
    ot = d.add_table(rows=2, cols=4)
    ot.style = "Table Grid"
    for c, txt in zip(
        ot.rows[0].cells,
        ("Date received", "Checked by", "Total score", "Panel decision"),
        strict=True,
    ):
        _cell(c, txt, size=8)
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- PDF helpers


def _pdf_setup() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1


def _wrap(c, x, y, text, font="Helvetica", size=9.5, lead=12.5, width=480.0):
    """Draw text wrapped to a width in points; return the next y."""
    from reportlab.lib.utils import simpleSplit

    c.setFont(font, size)
    for para in text.split("\n"):
        for ln in simpleSplit(para, font, size, width) or [""]:
            c.drawString(x, y, ln)
            y -= lead
    return y


# --------------------------------------------------------------------------- Thornwick OPCC


def _thornwick() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Safer Neighbourhoods Grant 2027 - application form")
    c.setAuthor("Office of the Police and Crime Commissioner for Thornwick")
    form = c.acroForm
    left, right = 45, w - 45
    tw = right - left
    navy = HexColor("#14284B")

    def header(page):
        c.setFillColor(navy)
        c.rect(0, h - 62, w, 62, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(left, h - 28, "Office of the Police and Crime Commissioner for Thornwick")
        c.setFont("Helvetica", 10)
        c.drawString(left, h - 46, "Safer Neighbourhoods Grant 2027  |  Application form")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(left, 28, "OPCC Thornwick, Police Headquarters, Carr Lane, Thornwick TW4 9PL")
        c.drawRightString(right, 28, f"Page {page} of 3")
        return h - 84

    def band(y, text):
        c.setFillColor(HexColor("#D6DCE8"))
        c.rect(left, y - 5, tw, 17, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(left + 4, y, text)
        return y - 24

    def line(y, label, name, width=300, maxlen=None, tip=None):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        form.textfield(
            name=name,
            tooltip=tip or label,
            x=right - width,
            y=y - 4,
            width=width,
            height=15,
            borderWidth=0,
            fillColor=HexColor("#EEF2FA"),
            fontName="Helvetica",
            fontSize=9,
            maxlen=maxlen,
        )
        c.line(right - width, y - 4, right, y - 4)
        return y - 21

    def ruled(y, prompt, name, lines, maxlen=None, tip=None):
        """A question printed over ruled lines; each rule is its own one-line field."""
        y = _wrap(c, left, y, prompt, font="Helvetica-Bold", size=9.5, lead=12, width=tw)
        y -= 4
        for n in range(1, lines + 1):
            form.textfield(
                name=f"{name}_line{n}",
                tooltip=f"{tip or name} (line {n} of {lines})",
                x=left,
                y=y - 3,
                width=tw,
                height=14,
                borderWidth=0,
                fillColor=HexColor("#EEF2FA"),
                fontName="Helvetica",
                fontSize=9,
                maxlen=maxlen,
            )
            c.line(left, y - 3, right, y - 3)
            y -= 17
        return y - 6

    def radios(y, label, name, options, x0=None):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        x = x0 or right - 300
        for opt in options:
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", "_"),
                selected=False,
                x=x,
                y=y - 3,
                size=11,
                buttonStyle="circle",
                borderWidth=1,
            )
            c.drawString(x + 14, y, opt)
            x += 20 + c.stringWidth(opt, "Helvetica", 9.5) + 12
        return y - 21

    def tick(x, y, name, label, tip=None):
        form.checkbox(
            name=name,
            tooltip=tip or label,
            x=x,
            y=y - 3,
            size=11,
            buttonStyle="check",
            borderWidth=1,
        )
        c.setFont("Helvetica", 9.5)
        c.drawString(x + 16, y, label)

    # ---- page 1
    y = header(1)
    y = _wrap(
        c,
        left,
        y,
        "Grants of £500 to £5,000 for community projects that make neighbourhoods safer and "
        "reduce crime and anti-social behaviour. Fill in this form on screen in Adobe Acrobat "
        "Reader, save it, and email it to grants@thornwick-pcc.example.gov.uk. You can also "
        "print it and fill it in by hand in black ink.",
        width=tw,
    )
    y = _wrap(
        c,
        left,
        y - 4,
        "Please write on the lines under each question. The form does not scroll: when the "
        "lines are full there is no more room, so keep your answers to the length shown.",
        font="Helvetica-Oblique",
        width=tw,
    )
    y -= 8
    y = band(y, "Section 1   About your organisation")
    y = line(y, "Name of organisation", "OrgName", maxlen=90)
    y = line(y, "Address", "Addr1")
    y = line(y, "", "Addr2", tip="Address line 2")
    y = line(y, "Town", "Town", width=200)
    y = line(y, "Postcode", "Postcode", width=90, maxlen=8)
    y = line(y, "Contact name", "ContactName")
    y = line(y, "Position in the organisation", "ContactRole")
    y = line(y, "Telephone", "Phone", width=160, maxlen=15)
    y = line(y, "Email", "Email")
    y = radios(
        y,
        "Type of organisation",
        "OrgType",
        ["Charity", "CIC", "Constituted group", "School", "Other"],
        x0=left + 130,
    )
    y = line(y, "Charity, company or school number (if any)", "RegNo", width=160)
    y -= 6
    y = band(y, "Section 2   Your project")
    y = line(y, "2.1  Project title", "ProjectTitle", maxlen=60)
    y -= 4
    y = ruled(
        y,
        "2.2  Describe your project: what will you do, where, and who will you do it "
        "with? (about 200 words)",
        "Q2_2",
        8,
        tip="Describe your project",
    )
    c.showPage()

    # ---- page 2
    y = header(2)
    y = ruled(
        y,
        "2.3  Which crime or anti-social behaviour problem will the project tackle, "
        "and what evidence do you have that it is a problem in the area?",
        "Q2_3",
        6,
        maxlen=95,
        tip="Problem and evidence",
    )
    y = line(
        y, "2.4  Which neighbourhood(s) or ward(s) will the project cover?", "Wards", width=230
    )
    y -= 4
    y = ruled(
        y,
        "2.5  How will you measure the difference the project makes? (no more than 150 words)",
        "Q2_5",
        6,
        tip="Measuring the difference",
    )
    y = radios(
        y,
        "2.6  Are you working with the police, the council or other partners on this project?",
        "Partners",
        ["Yes", "No"],
        x0=right - 90,
    )
    y = ruled(
        y, "If yes, name them and say what each will do.", "Q2_6", 3, tip="Partners and their roles"
    )
    y = line(y, "2.7  Start date (dd/mm/yyyy)", "StartDate", width=110, maxlen=10)
    y = line(y, "2.8  End date (dd/mm/yyyy)", "EndDate", width=110, maxlen=10)
    y = line(y, "2.9  How many people will benefit?", "Beneficiaries", width=110, maxlen=6)
    y -= 6
    y = band(y, "Section 3   Costs")
    y = _wrap(
        c,
        left,
        y,
        "The Commissioner can pay the whole cost of projects costing under £1,000. For larger "
        "projects at least 25% of the total cost must come from elsewhere: your own funds, "
        "other grants, or volunteer time valued at £15 an hour.",
        width=tw,
    )
    y -= 4
    y = line(y, "3.1  Total cost of the project (£)", "TotalCost", width=110)
    y = line(y, "3.2  Grant requested (£, maximum £5,000)", "Requested", width=110)
    y = line(y, "3.3  Other funding secured (£)", "OtherFunding", width=110)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(left, y, "3.4  Breakdown of costs")
    y -= 15
    c.setFont("Helvetica", 8.5)
    c.drawString(left, y, "Item")
    c.drawString(right - 110, y, "Cost (£)")
    y -= 6
    for n in range(1, 6):
        form.textfield(
            name=f"Item{n}",
            tooltip=f"Item {n}",
            x=left,
            y=y - 14,
            width=tw - 120,
            height=14,
            borderWidth=1,
            fontName="Helvetica",
            maxlen=None,
            fontSize=9,
        )
        form.textfield(
            name=f"Cost{n}",
            tooltip=f"Cost {n}",
            x=right - 110,
            y=y - 14,
            width=110,
            height=14,
            borderWidth=1,
            fontName="Helvetica",
            fontSize=9,
            maxlen=None,
        )
        y -= 16
    c.showPage()

    # ---- page 3
    y = header(3)
    y = band(y, "Section 4   Safeguarding and insurance")
    y = radios(
        y,
        "4.1  Will the project work with children or adults at risk?",
        "Safeguard",
        ["Yes", "No"],
        x0=right - 90,
    )
    y = radios(
        y,
        "4.2  If yes, have all staff and volunteers who will work with them had an "
        "enhanced DBS check?",
        "DBS",
        ["Yes", "No", "N/A"],
        x0=right - 130,
    )
    y = radios(
        y,
        "4.3  Does your organisation have public liability insurance of at least £5m?",
        "PLI",
        ["Yes", "No"],
        x0=right - 90,
    )
    y = _wrap(
        c,
        left,
        y + 4,
        "DBS: Disclosure and Barring Service. You must hold the cover "
        "in 4.3 for the whole project; we do not need a copy of the certificate.",
        font="Helvetica-Oblique",
        size=8.5,
        width=tw,
    )
    y -= 8
    y = band(y, "Section 5   Documents")
    y = _wrap(
        c,
        left,
        y,
        "Please email these with your form, and tick the box for each one you are sending.",
        width=tw,
    )
    y -= 4
    docs = [
        "Constitution or governing document (not needed from schools, or from registered "
        "charities whose governing document is on the Charity Commission website)",
        "Your most recent accounts or, if your organisation is less than 12 months old, your "
        "last three bank statements",
        "Safeguarding policy (all applicants, even if your project does not work with children)",
        "Equality and diversity policy or statement",
        "Two quotes for any single item costing over £1,000",
        "A letter from the landowner if the project takes place on land you do not own (for "
        "example lighting, CCTV or planting)",
    ]
    for n, text in enumerate(docs, 1):
        form.checkbox(
            name=f"Doc{n}",
            tooltip=text[:60],
            x=left,
            y=y - 3,
            size=11,
            buttonStyle="check",
            borderWidth=1,
        )
        y = _wrap(c, left + 18, y, text, width=tw - 18, lead=11.5) - 4
    y -= 4
    y = band(y, "Section 6   Declaration")
    y = _wrap(
        c,
        left,
        y,
        "I confirm that the information in this application is correct, that I am authorised "
        "to apply on behalf of the organisation, and that any grant will be spent only on the "
        "project described. I understand that the OPCC may share this application with "
        "Thornwick Police and the community safety partnership.",
        width=tw - 18,
    )
    tick(left, y - 2, "Agree", "I agree with the declaration above", tip="Declaration")
    y -= 24
    y = line(y, "Name", "SignName")
    y = line(y, "Position", "SignRole")
    y = line(y, "Signature (type your name if sending by email)", "Signature")
    y = line(y, "Date", "SignDate", width=110, maxlen=10)
    y -= 10
    c.setStrokeColor(HexColor("#999999"))
    c.rect(left, y - 46, tw, 52, fill=0, stroke=1)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(left + 4, y - 6, "OPCC USE ONLY")
    c.setFont("Helvetica", 8)
    c.drawString(
        left + 4,
        y - 20,
        "Ref:                 Received:                 Panel date:                 Outcome:",
    )
    c.showPage()
    c.save()
    _thornwick_actions(HERE / PDFS[0])


def _thornwick_actions(path: Path) -> None:
    """Add Acrobat format actions and Print / Email / Clear buttons: reportlab cannot."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    def js(code):
        return DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(code),
        })  # fmt: skip

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    money = {"TotalCost", "Requested", "OtherFunding"} | {f"Cost{n}" for n in range(1, 6)}
    dates = {"StartDate", "EndDate", "SignDate"}
    for page in writer.pages:
        for ref in page.get("/Annots", []):
            annot = ref.get_object()
            name = annot.get("/T")
            if name in money:
                annot[NameObject("/AA")] = DictionaryObject({
                    NameObject("/K"): js('AFNumber_Keystroke(2, 0, 0, 0, "\\u00a3", true);'),
                    NameObject("/F"): js('AFNumber_Format(2, 0, 0, 0, "\\u00a3", true);'),
                })  # fmt: skip
            elif name in dates:
                annot[NameObject("/AA")] = DictionaryObject({
                    NameObject("/K"): js('AFDate_KeystrokeEx("dd/mm/yyyy");'),
                    NameObject("/F"): js('AFDate_FormatEx("dd/mm/yyyy");'),
                })  # fmt: skip
    last = writer.pages[-1]
    buttons = [
        ("PrintForm", "Print form", "this.print({bUI: true});", 45),
        (
            "EmailForm",
            "Email form",
            'this.mailDoc({cTo: "grants@thornwick-pcc.example.gov.uk"});',
            160,
        ),
        ("ClearForm", "Clear form", "this.resetForm();", 275),
    ]
    for name, caption, code, x in buttons:
        btn = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Btn"),
            NameObject("/Ff"): NumberObject(65536),
            NameObject("/T"): TextStringObject(name),
            NameObject("/TU"): TextStringObject(caption),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x, 50, x + 100, 70)]),
            NameObject("/MK"): DictionaryObject({NameObject("/CA"): TextStringObject(caption)}),
            NameObject("/A"): js(code),
            NameObject("/P"): last.indirect_reference,
        })  # fmt: skip
        ref = writer._add_object(btn)
        last[NameObject("/Annots")].append(ref)
        writer._root_object["/AcroForm"]["/Fields"].append(ref)
    writer._ID = None
    with open(path, "wb") as fh:
        writer.write(fh)


# --------------------------------------------------------------------------- Dallowfield


def _dallowfield() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Microsoft Word - Neighbourhood Grants paper application form 2027.docx")
    c.setAuthor("Dallowfield Community Foundation")
    left, right = 50, w - 50
    margin_x = right - 88  # the grey "Guide length" column
    box_w = margin_x - 8 - left
    grey = HexColor("#6E6E6E")

    def page(n):
        c.setFont("Helvetica", 8)
        c.setFillColor(grey)
        c.drawString(
            left,
            h - 30,
            "Dallowfield Community Foundation  \u2013  Neighbourhood "
            "Grants  \u2013  Paper application form",
        )
        c.drawString(
            left,
            30,
            "Registered charity no. 1190000  |  The Old Library, Dallowfield "
            "DF2 7LB  |  01632 960 411",
        )
        c.drawRightString(right, 30, f"Page {n} of 4")
        c.setFillColor(black)
        return h - 58

    def heading(y, text):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(left, y, text)
        c.setLineWidth(0.6)
        c.line(left, y - 4, right, y - 4)
        return y - 22

    def guide(y, text):
        c.setFillColor(grey)
        _wrap(c, margin_x, y, text, font="Helvetica-Oblique", size=8, lead=9.5, width=88)
        c.setFillColor(black)

    def detail(y, label, height=18, guide_text=None):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        c.rect(left + 170, y - 6, box_w - 170, height, fill=0, stroke=1)
        if guide_text:
            guide(y + 2, guide_text)
        return y - height - 8

    def question(y, ref, text, height, guide_text=None):
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(left, y, ref)
        y = _wrap(
            c, left + 26, y, text, font="Helvetica-Bold", size=9.5, lead=11.5, width=box_w - 26
        )
        if guide_text:
            guide(y + 10, guide_text)
        c.rect(left, y - height + 6, box_w, height, fill=0, stroke=1)
        return y - height - 6

    def ticks(x, y, labels, gap=12):
        for lab in labels:
            c.setFont("ZapfDingbats", 10)
            c.drawString(x, y, "o")
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 13, y, lab)
            x += 13 + c.stringWidth(lab, "Helvetica", 9.5) + gap
        return x

    # ---- page 1
    y = page(1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(left, y - 6, "Neighbourhood Grants 2027")
    c.setFont("Helvetica", 12)
    c.drawString(left, y - 24, "Paper application form")
    y -= 46
    y = _wrap(
        c,
        left,
        y,
        "Most groups apply online at dallowfieldcf.example.org.uk/apply. If you cannot apply "
        "online, or would find it easier on paper, use this form. Please write clearly in "
        "black ink. You can also ask us for a copy in large print or as a Word file.\n"
        "Grants are from £300 to £2,500 for small, volunteer-led groups. In 2026, 82% of our "
        "grants went to groups with an income under £25,000.\n"
        "The grey words beside each question show a guide length. They are guides, not "
        "strict limits, but please keep close to them. If you need more room, carry on "
        "on a separate sheet and write the question number on it.",
        width=right - left,
    )
    y -= 8
    c.setFillColor(grey)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(margin_x, y, "Guide length")
    c.setFillColor(black)
    y -= 8
    y = heading(y, "Section A  Your group")
    y = detail(y, "A1  Name of group")
    y = detail(y, "A2  Address for letters", height=40)
    y = detail(y, "A3  Postcode", guide_text="In capitals")
    y = detail(y, "A4  Contact person")
    y = detail(y, "A5  Telephone")
    y = detail(y, "A6  Email")
    c.setFont("Helvetica", 9.5)
    c.drawString(left, y, "A7  Type of group (tick one)")
    ticks(left + 170, y, ["Registered charity", "Voluntary group", "CIC"])
    ticks(left + 170, y - 15, ["Faith group", "Other"])
    y -= 36
    y = detail(y, "A8  Charity number (if any)")
    y = detail(y, "A9  Income in your last year (£)")
    c.showPage()

    # ---- page 2
    y = page(2)
    y = heading(y, "Section B  Your project")
    y = detail(y, "B1  Project title", guide_text="Up to 10 words")
    y = question(
        y,
        "B2",
        "What is your project? Tell us what you will do and when.",
        120,
        "Guide length: 200 words",
    )
    y = question(
        y, "B3", "Why is it needed? What have local people told you?", 95, "About 150 words"
    )
    y = question(
        y,
        "B4",
        "Who will take part? Please include their ages and the area they live in.",
        70,
        "100 words",
    )
    y = detail(y, "B5  How many people will take part?", guide_text="A number")
    y = question(
        y, "B6", "What difference will the grant make, and how will you know?", 140, "Half a page"
    )
    c.showPage()

    # ---- page 3
    y = page(3)
    y = question(
        y, "B7", "Tell us about your group's experience of running projects like this one.", 110
    )
    y = heading(y - 4, "Section C  Money")
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(left, y, "C1  What will you spend the grant on?")
    y -= 14
    c.setFont("Helvetica", 9)
    col = left + box_w - 90
    c.rect(left, y - 6 * 16 + 12, box_w, 6 * 16, fill=0, stroke=1)
    c.line(col, y + 12, col, y - 6 * 16 + 12)
    c.drawString(left + 4, y, "Item")
    c.drawString(col + 4, y, "Cost £")
    for n in range(1, 6):
        c.line(left, y - 4 - (n - 1) * 16, left + box_w, y - 4 - (n - 1) * 16)
    c.drawString(left + 4, y - 5 * 16 + 2, "Total")
    y -= 6 * 16 + 6
    y = detail(y, "C2  Amount you are asking for (£)")
    y = detail(
        y,
        "C3  Have you asked anyone else to fund this project? If so, who, and for how much?",
        height=30,
        guide_text="Funder and amount",
    )
    y = _wrap(
        c,
        left,
        y,
        "We can fund the whole cost of your project: you do not have to "
        "raise money from anywhere else.",
        font="Helvetica-Oblique",
        size=9,
        width=box_w,
    )
    y -= 10
    y = heading(y, "Section D  What to send with this form")
    y = _wrap(
        c,
        left,
        y,
        "Please send copies, not originals. Tick each one you enclose.",
        width=right - left,
    )
    y -= 4
    items = [
        "Your governing document (constitution, rules or trust deed).",
        "Your most recent accounts. They can be simple: a statement of your income and "
        "spending signed by your treasurer is fine. If your group is new and has no accounts "
        "yet, send a bank statement from the last three months instead.",
        "A reference: a letter from someone who knows your group's work but is not a member "
        "(for example a teacher, a councillor or a community worker).",
        "If you will work with children or adults at risk: your safeguarding policy.",
        "If your group employs staff: a copy of your employer's liability insurance "
        "certificate (the law requires at least £5 million of cover).",
    ]
    for text in items:
        c.setFont("ZapfDingbats", 10)
        c.drawString(left, y, "o")
        y = _wrap(c, left + 15, y, text, width=right - left - 15, lead=11.5) - 3
    y = _wrap(
        c,
        left,
        y - 4,
        "We do not ask you to hold public liability insurance, but we "
        "recommend it if you run events.",
        font="Helvetica-Oblique",
        size=9,
        width=right - left,
    )
    y -= 10
    y = heading(y, "Declaration")
    y = _wrap(
        c,
        left,
        y,
        "We confirm that the information on this form is true. Our group has policies on "
        "equal opportunities and on data protection, and we will show them to you if you ask. "
        "Two members of the group must sign; they must not be related.",
        width=right - left,
    )
    y -= 4
    for who in ("First signature", "Second signature"):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(left, y, who)
        y -= 16
        for lab, x in (("Signed", left), ("Name", left + 250)):
            c.setFont("Helvetica", 9)
            c.drawString(x, y, lab)
            c.line(x + 40, y - 2, x + 230, y - 2)
        y -= 18
        for lab, x in (("Position", left), ("Date", left + 250)):
            c.drawString(x, y, lab)
            c.line(x + 40, y - 2, x + 230, y - 2)
        y -= 20
    c.showPage()

    # ---- page 4
    y = page(4)
    y = heading(y, "Equality monitoring (optional)")
    y = _wrap(
        c,
        left,
        y,
        "This page helps us check that our grants reach every part of Dallowfield. It is "
        "detached from your application when it arrives and is not seen by the grants panel. "
        "You do not have to fill it in.",
        width=right - left,
    )
    y -= 8
    c.setFont("Helvetica", 9.5)
    c.drawString(
        left, y, "1  Is your group led by people from any of these groups? Tick all that apply."
    )
    y -= 16
    ticks(left + 14, y, ["Disabled people", "Older people", "Young people"])
    y -= 15
    ticks(left + 14, y, ["Black, Asian or minority ethnic communities", "LGBT+ people"])
    y -= 24
    c.drawString(
        left,
        y,
        "2  Roughly what percentage of the people you work with are from Black, Asian or minority",
    )
    y -= 12
    c.drawString(left + 14, y, "ethnic communities?")
    c.rect(left + 130, y - 5, 50, 16, fill=0, stroke=1)
    c.drawString(left + 184, y, "%")
    y -= 26
    c.drawString(left, y, "3  Which parts of Dallowfield do you work in? Tick all that apply.")
    y -= 16
    ticks(left + 14, y, ["Town centre", "Northgate", "Eastmoor", "Villages", "All areas"])
    y -= 40
    c.setStrokeColor(HexColor("#999999"))
    c.rect(left, y - 60, right - left, 66, fill=0, stroke=1)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(left + 4, y - 6, "FOR OFFICE USE")
    c.setFont("Helvetica", 8)
    c.drawString(
        left + 4,
        y - 22,
        "Date received ................   Ref ................   Checked by ................",
    )
    c.drawString(left + 4, y - 38, "Panel ................   Amount awarded £ ................")
    c.showPage()
    c.save()


def main() -> None:
    _hexleigh()
    _ravelstone()
    for name in DOCX:
        kit.normalise_zip(HERE / name, FIXED)
    _pdf_setup()
    _thornwick()
    _dallowfield()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
