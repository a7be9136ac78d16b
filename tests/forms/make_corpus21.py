"""Build held-out set 21's Word and PDF documents (micro-grants and community chests).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus21.py
"""

from __future__ import annotations

import datetime as _dt
import io
import struct
import zlib
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


def _bold(cell_or_par, text: str, size=None):
    from docx.shared import Pt

    p = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def _png(rgb: tuple[int, int, int], size: int = 48) -> bytes:
    """A small solid-colour PNG: the Easy Read form's picture placeholders."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    head = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- Jessington (docx)


def jessington() -> None:
    """A ward members' fund form on one side of A4: a details grid and a numbered table."""
    from docx.shared import Cm, Pt

    d = _new("Ward Members' Fund application", "Member Services", "Arial", 9.5)
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.3)
    sec.left_margin = sec.right_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Jessington District Council\tOFFICIAL when completed"
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "WMF1 v3 April 2026. We use your details only to deal with this application and to "
        "publish the grant (group name, ward, amount). Privacy notice: "
        "jessington.example.gov.uk/privacy"
    )
    fp.runs[0].font.size = Pt(7)
    _bold(d.add_paragraph(), "Ward Members' Fund – application", 14)
    d.add_paragraph(
        "Grants of £50 to £1,000 from your ward councillor's budget for things that help "
        "people in your ward. Keep each answer short – no more than 50 words – so the form "
        "fits on one page. Return it to your ward councillor or to "
        "members.services@jessington.example.gov.uk."
    )
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    lab = [
        ("Name of group", "Contact name"),
        ("Address", None),
        ("Postcode", "Telephone"),
        ("Email", "Ward"),
    ]
    for i, (a, b) in enumerate(lab):
        row = t.rows[i]
        row.cells[0].text = a
        _shade(row.cells[0], "E7E6E6")
        if b is None:
            row.cells[1].merge(row.cells[3])
        else:
            row.cells[2].text = b
            _shade(row.cells[2], "E7E6E6")
    last = t.rows[4]
    last.cells[0].text = "Type of group (tick one)"
    _shade(last.cells[0], "E7E6E6")
    m = last.cells[1].merge(last.cells[3])
    m.text = (
        f"{BOX} Constituted group   {BOX} Registered charity   {BOX} Parish council   "
        f"{BOX} Other: ____________"
    )
    d.add_paragraph()
    q = d.add_table(rows=7, cols=3)
    q.style = "Table Grid"
    items = [
        ("1", "What is the money for?", True),
        ("2", "Who will benefit?", True),
        ("3", "How much are you asking for?", "£"),
        ("4", "Total cost of the project", "£"),
        ("5", "When will the money be spent? (date)", False),
        (
            "6",
            "Why is this needed in the ward? Your councillor will read this part to decide.",
            True,
        ),
        (
            "7",
            "Has the group had a Ward Members' Fund grant in the last 12 months?",
            f"{BOX} Yes   {BOX} No",
        ),
    ]
    for i, (n, prompt, ans) in enumerate(items):
        row = q.rows[i]
        row.cells[0].text = n
        row.cells[1].text = prompt
        _shade(row.cells[0], "E7E6E6")
        _shade(row.cells[1], "E7E6E6")
        if ans is True:
            _row_height(row, 1100)
        elif isinstance(ans, str):
            row.cells[2].text = ans
    for row in q.rows:
        row.cells[0].width = Cm(0.8)
        row.cells[1].width = Cm(7.5)
        row.cells[2].width = Cm(9.5)
    p = d.add_paragraph()
    p.add_run("Please attach: ").bold = True
    p.add_run(
        "a quote or receipt for what you want to buy, and your group's latest bank "
        "statement. If you have not applied before, also attach a copy of your constitution "
        "or rules."
    )
    d.add_paragraph(
        "I confirm that the information on this form is correct and that the grant will be "
        "spent only on what is described above."
    )
    s = d.add_table(rows=2, cols=4)
    s.style = "Table Grid"
    for i, txt in enumerate(("Signature", "", "Print name", "")):
        s.rows[0].cells[i].text = txt
    for i, txt in enumerate(("Position in group", "", "Date", "")):
        s.rows[1].cells[i].text = txt
    d.add_paragraph()
    o = d.add_table(rows=1, cols=1)
    o.style = "Table Grid"
    cell = o.rows[0].cells[0]
    _shade(cell, "BFBFBF")
    cell.text = (
        f"OFFICE USE ONLY   Councillor approved {BOX}   Amount £______   "
        "Cost code WMF-____   Paid ____/____/____"
    )
    out = HERE / "jessington-ward-members-fund.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Upperthorne (docx)


def upperthorne() -> None:
    """An Easy Read community chest form: picture column, 14 pt text, 'Write here' boxes."""
    from docx.shared import Cm

    d = _new("Community Chest Easy Read application form", "Upperthorne Council", "Arial", 14)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.footer.paragraphs[0].text = "Upperthorne Council – Community Chest – Easy Read form"
    colours = {
        "pen": (70, 110, 200),
        "people": (230, 140, 40),
        "money": (60, 160, 80),
        "paper": (160, 160, 160),
        "phone": (200, 60, 60),
        "lock": (90, 90, 90),
    }
    alts = {
        "pen": "Picture of a pen writing on paper",
        "people": "Picture of a group of people",
        "money": "Picture of coins and a bank note",
        "paper": "Picture of some papers",
        "phone": "Picture of a telephone",
        "lock": "Picture of a padlock",
    }

    def pic(cell, key):
        run = cell.paragraphs[0].add_run()
        run.add_picture(io.BytesIO(_png(colours[key])), width=Cm(2.2))
        run._r.xpath(".//wp:docPr")[0].set("descr", alts[key])

    def block(rows):
        t = d.add_table(rows=0, cols=2)
        for key, lines, write in rows:
            r = t.add_row()
            r.cells[0].width = Cm(3)
            r.cells[1].width = Cm(13)
            if key:
                pic(r.cells[0], key)
            c = r.cells[1]
            c.paragraphs[0].text = lines[0]
            for extra in lines[1:]:
                c.add_paragraph(extra)
            if write:
                c.add_paragraph("Write here:")
                box = c.add_table(rows=1, cols=1)
                box.style = "Table Grid"
                _row_height(box.rows[0], write)
        d.add_paragraph()

    h = d.add_paragraph()
    _bold(h, "Community Chest", 24)
    h2 = d.add_paragraph()
    _bold(h2, "Application form – Easy Read", 18)
    block(
        [
            (
                "money",
                [
                    "This form is for groups who want a small grant.",
                    "A grant is money you do not pay back.",
                    "You can ask for £50 to £500.",
                ],
                None,
            ),
            (
                "phone",
                [
                    "You can get help to fill in this form.",
                    "Call Jo on 01632 960412.",
                    "You can send us a voice message or a video instead of writing. "
                    "It should be no longer than 3 minutes.",
                ],
                None,
            ),
        ]
    )
    _bold(d.add_paragraph(), "Part 1. About you", 18)
    block(
        [
            ("people", ["The name of your group"], 500),
            (None, ["Your name"], 500),
            (None, ["Your phone number"], 500),
            (None, ["Your email"], 500),
            (None, ["Your address"], 900),
            (None, ["Your postcode"], 500),
        ]
    )
    _bold(d.add_paragraph(), "Part 2. Your idea", 18)
    block(
        [
            ("pen", ["What do you want to do?", "Please use no more than 100 words."], 2600),
            ("people", ["Who will it help?", "You can write a few lines."], 1800),
            ("money", ["How much money do you need?", "£"], None),
        ]
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Things you will buy"
    t.rows[0].cells[1].text = "How much they cost"
    d.add_paragraph()
    block(
        [
            (
                "pen",
                [
                    "Why is your idea good for people in Upperthorne?",
                    "Please use no more than 100 words.",
                ],
                2600,
            ),
        ]
    )
    _bold(d.add_paragraph(), "Part 3. Things to send us", 18)
    block(
        [
            (
                "paper",
                [
                    "Please send these with your form.",
                    "Put a tick in the box when you have put it in.",
                    f"{BOX} Your group's rules. We call this a constitution.",
                    f"{BOX} A bank statement from the last 3 months.",
                    f"{BOX} If you work with children or adults at risk: your safeguarding policy.",
                    f"{BOX} If your idea is an event for the public: your insurance certificate.",
                ],
                None,
            ),
        ]
    )
    _bold(d.add_paragraph(), "Part 4. Signing the form", 18)
    block(
        [
            ("phone", ["Do you want us to call you to help?", f"{BOX} Yes      {BOX} No"], None),
            (
                "lock",
                [
                    "We will keep your information safe.",
                    "We will not give it to anyone else.",
                    "We keep it for 3 years and then delete it.",
                ],
                None,
            ),
            ("pen", ["I say that what I have written is true."], None),
            (None, ["Sign here"], 700),
            (None, ["Your name"], 500),
            (None, ["Date"], 500),
        ]
    )
    d.add_paragraph(
        "Send the form to: Community Chest, Upperthorne Council, Market Hall, Upperthorne "
        "UT4 1AA, or email it to communitychest@upperthorne.example.gov.uk."
    )
    out = HERE / "upperthorne-community-chest-easy-read.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Ivelbridge (pdf)


def ivelbridge() -> None:
    """A town council's two-page fillable PDF with /MaxLen on most fields."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "ivelbridge-town-council-community-grants.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Ivelbridge Town Council - Community Grants application 2027/28")
    c.setAuthor("Ivelbridge Town Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 48, w - 48
    navy = colors.HexColor("#203864")
    pale = colors.HexColor("#F2F4F8")

    def head(page):
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, h - 30, "IVELBRIDGE TOWN COUNCIL")
        c.setFont("Helvetica", 8)
        c.drawRightString(x2, h - 30, "Community Grants 2027/28  |  Form CG1")
        c.line(x0, h - 35, x2, h - 35)
        c.drawString(
            x0,
            28,
            "The Guildhall, High Street, Ivelbridge IV3 7GH  |  01632 960733"
            "  |  grants@ivelbridge-tc.example.gov.uk",
        )
        c.drawRightString(x2, 28, f"Page {page} of 2")
        c.setFillColor(colors.black)

    def section(y, text):
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0, y, text)
        c.setFillColor(colors.black)
        return y - 16

    def short(x, y, label, name, width, maxlen):
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y, label)
        form.textfield(
            name=name,
            tooltip=label,
            x=x,
            y=y - 18,
            width=width,
            height=14,
            borderColor=navy,
            fillColor=pale,
            borderWidth=0.5,
            fontSize=9,
            maxlen=maxlen,
        )

    def big(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 9)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 11 * i, line)
        top = y - 11 * len(lines)
        form.textfield(
            name=name,
            tooltip=" ".join(lines),
            x=x0,
            y=top - height,
            width=x2 - x0,
            height=height,
            borderColor=navy,
            fillColor=pale,
            borderWidth=0.5,
            fontSize=9,
            fieldFlags="multiline",
            maxlen=maxlen,
        )
        return top - height - 14

    def grid(y, left, right, rows, right_tip):
        """Two columns of one-line fields under their headings: a funders or costs grid."""
        c.drawString(x0, y, left[0])
        c.drawString(x0 + 300, y, right[0])
        for i in range(rows):
            for (_, stem, maxlen), x, width, tip in (
                (left, x0, 280, left[0]),
                (right, x0 + 300, 100, right_tip),
            ):
                form.textfield(
                    name=f"{stem}_{i + 1}",
                    tooltip=tip,
                    x=x,
                    y=y - 18 - 17 * i,
                    width=width,
                    height=14,
                    borderColor=navy,
                    fillColor=pale,
                    borderWidth=0.5,
                    fontSize=9,
                    maxlen=maxlen,
                )

    def tick(x, y, name, tip):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y - 2,
            size=10,
            buttonStyle="check",
            borderColor=navy,
            fillColor=pale,
            borderWidth=0.5,
        )

    head(1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, h - 60, "Community Grants – application form")
    c.setFont("Helvetica", 8.5)
    y = h - 76
    for line in (
        "For not-for-profit groups running activities in the parish of Ivelbridge. Grants of "
        "£100 to £2,000. Closing dates: 31 January and 31 July.",
        "Please read the Community Grants Policy before you start. The Town Council will "
        "normally fund no more than 50% of the total cost",
        "of a project. Type into the shaded boxes, save the form and email it to us. Some boxes "
        "stop when they are full.",
    ):
        c.drawString(x0, y, line)
        y -= 11
    y -= 10
    y = section(y, "Section A   Your organisation")
    rows = [
        (("Name of organisation", "org_name", 240, 80), ("Contact name", "contact", 230, 60)),
        (("Position in organisation", "position", 240, 40), ("Telephone", "phone", 230, 15)),
        (
            ("Email", "email", 240, 60),
            ("Registered charity number (if any)", "charity_no", 230, 10),
        ),
    ]
    for left, right in rows:
        short(x0, y, *left)
        short(x0 + 258, y, *right)
        y -= 30
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y, "Address")
    form.textfield(
        name="address",
        tooltip="Address",
        x=x0,
        y=y - 32,
        width=360,
        height=28,
        borderColor=navy,
        fillColor=pale,
        borderWidth=0.5,
        fontSize=9,
        fieldFlags="multiline",
        maxlen=200,
    )
    c.drawString(x0 + 378, y, "Postcode")
    form.textfield(
        name="postcode",
        tooltip="Postcode",
        x=x0 + 378,
        y=y - 18,
        width=90,
        height=14,
        borderColor=navy,
        fillColor=pale,
        borderWidth=0.5,
        fontSize=9,
        maxlen=8,
    )
    y -= 46
    c.drawString(x0, y, "Type of organisation:")
    for i, (val, lab) in enumerate(
        (
            ("charity", "Registered charity or CIO"),
            ("group", "Constituted community group"),
            ("cic", "CIC"),
            ("other", "Other not-for-profit"),
        )
    ):
        xx = x0 + 100 + 105 * i
        form.radio(
            name="org_type",
            tooltip="Type of organisation",
            value=val,
            selected=False,
            x=xx,
            y=y - 3,
            size=10,
            buttonStyle="circle",
            borderColor=navy,
            fillColor=pale,
            borderWidth=0.5,
        )
        c.drawString(xx + 13, y, lab)
    y -= 24
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "Bank details (the account must be in the organisation's name)")
    y -= 14
    short(x0, y, "Account name", "acc_name", 240, 60)
    short(x0 + 258, y, "Sort code", "sort_code", 80, 8)
    short(x0 + 350, y, "Account number", "acc_no", 110, 8)
    y -= 40
    y = section(y, "Section B   Your project")
    short(x0, y, "B1  Project title", "title", 300, 60)
    short(x0 + 318, y, "B5  Start date (dd/mm/yyyy)", "start", 140, 10)
    y -= 36
    y = big(
        y,
        ["B2  Describe your project. What will you do, where and when? (max 300 words)"],
        "b2_project",
        120,
        maxlen=1800,
    )
    y = big(y, ["B3  How will residents of Ivelbridge benefit?"], "b3_benefit", 90, maxlen=1200)
    y = big(y, ["B4  How will you know the project has worked?"], "b4_evidence", 70)
    short(x0, y, "B6  Number of Ivelbridge residents who will take part", "residents", 80, 5)
    c.showPage()

    head(2)
    y = h - 60
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "B7  Other funding applied for")
    y -= 14
    c.setFont("Helvetica", 8.5)
    grid(y, ("Funder", "funder", 60), ("Amount £", "funder_amt", 8), 2, "Amount")
    y -= 60
    y = section(y, "Section C   Costs")
    c.setFont("Helvetica", 8.5)
    grid(y, ("Item", "item", 60), ("Cost £", "cost", 8), 4, "Cost")
    y -= 96
    short(x0, y, "Total cost of the project £", "total", 110, 8)
    short(x0 + 130, y, "Amount asked from the Town Council £", "requested", 110, 8)
    short(x0 + 300, y, "Your own contribution £", "own", 110, 8)
    y -= 40
    y = section(y, "Section D   Checklist – tick each document you are sending")
    docs = (
        "Copy of your constitution or set of rules (all applicants)",
        "Most recent annual accounts, signed by your treasurer (all applicants). Groups less "
        "than a year old: your last three bank statements instead",
        "A written quote for any single item costing more than £250",
        "Safeguarding policy - if you work with children or adults at risk",
        "Public liability insurance certificate showing cover of at least £5 million (all "
        "applicants)",
    )
    c.setFont("Helvetica", 8.5)
    for i, text in enumerate(docs):
        tick(x0, y, f"encl_{i + 1}", text)
        if len(text) > 95:
            cut = text.rfind(" ", 0, 95)
            c.drawString(x0 + 16, y, text[:cut])
            y -= 11
            c.drawString(x0 + 16, y, text[cut + 1 :])
        else:
            c.drawString(x0 + 16, y, text)
        y -= 16
    y -= 8
    y = section(y, "Section E   Declaration")
    c.setFont("Helvetica", 8.5)
    tick(x0, y, "declare", "Declaration")
    for line in (
        "I confirm that the information on this form is true, that the organisation has an "
        "equal opportunities policy, and that we",
        "will follow the Town Council's grant conditions, including returning any money not "
        "spent on the project.",
    ):
        c.drawString(x0 + 16, y, line)
        y -= 11
    y -= 8
    short(x0, y, "Signature (typing your name counts)", "signature", 200, 40)
    short(x0 + 215, y, "Print name", "print_name", 120, 40)
    short(x0 + 350, y, "Date", "sign_date", 90, 10)
    y -= 30
    short(x0, y, "Position", "sign_position", 200, 40)
    y -= 40
    y = section(y, "Equality monitoring (optional - not used to decide your application)")
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y, "Is your group mainly led by or for (tick all that apply):")
    y -= 16
    for i, lab in enumerate(
        (
            "Young people",
            "Older people",
            "Disabled people",
            "Black, Asian or minority ethnic people",
            "None of these",
        )
    ):
        xx = x0 + (0, 90, 180, 280, 450)[i]
        tick(xx, y, f"eq_{i + 1}", lab)
        c.drawString(xx + 14, y, lab)
    y -= 28
    c.setFont("Helvetica", 7.5)
    for line in (
        "Data protection: Ivelbridge Town Council is the data controller. We use this "
        "information to assess your application and to publish grants made",
        "(organisation, purpose and amount). We keep forms for six years. Privacy notice: "
        "ivelbridge-tc.example.gov.uk/privacy.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 10
    c.setStrokeColor(colors.grey)
    c.rect(x0, y - 42, x2 - x0, 46, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0 + 6, y - 8, "FOR OFFICE USE")
    c.setFont("Helvetica", 8)
    c.drawString(
        x0 + 6,
        y - 22,
        "Received: ____/____/______    Committee date: ____/____/"
        "______    Awarded £__________    Minute ref: ______",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Zelworth (pdf)


ZELWORTH = [
    ("h", "About the Community Chest"),
    (
        "p",
        "The Community Chest gives small grants of £100 to £2,000 to voluntary and community "
        "groups in Zelworth. It is paid for by Zelworth Borough Council and run by our Community "
        "Development Team.",
    ),
    (
        "p",
        "Last year we made 142 grants. 38% of them went to groups that had never had a grant "
        "from the council before.",
    ),
    ("p", "You can apply at any time. We try to give you a decision within six weeks."),
    ("h", "Who can apply?"),
    ("p", "You can apply if your group:"),
    ("b", "is run by volunteers and does not make a profit for anyone;"),
    ("b", "has at least three committee members who are not related to each other;"),
    ("b", "has a bank account in the group's name that needs two people to sign; and"),
    ("b", "works for the benefit of people who live in Zelworth."),
    ("p", "Parish and town councils, schools, political groups and individuals cannot apply."),
    ("h", "What we will not pay for"),
    ("b", "things you have already bought or paid for;"),
    ("b", "staff salaries;"),
    ("b", "trips abroad;"),
    ("b", "religious or political activity; and"),
    ("b", "money you will give to other people or groups."),
    ("h", "How to apply"),
    (
        "p",
        "Fill in the application form on our website, or phone us and we will post you a "
        "large print or Easy Read paper form. The form asks you:",
    ),
    ("b", "what you want to do (up to 250 words);"),
    ("b", "who will benefit and how (up to 150 words); and"),
    ("b", "how your group will manage the project (up to 150 words)."),
    ("p", "It also asks for your contact details, your costs and your bank details."),
    ("h", "What you must send with your application"),
    ("p", "Every group must send:"),
    ("b", "a copy of your constitution, set of rules or terms of reference, signed and dated;"),
    (
        "b",
        "your most recent accounts. If your income last year was under £10,000, a simple "
        "income and expenditure sheet signed by two committee members is fine. Groups with an "
        "income over £25,000 must send independently examined accounts; and",
    ),
    ("b", "a bank statement in the group's name that is no more than three months old."),
    ("p", "Some groups must also send:"),
    ("b", "two quotes, if you are asking for a piece of equipment that costs more than £500;"),
    (
        "b",
        "your safeguarding policy, if your activity involves children, young people or "
        "adults at risk; and",
    ),
    ("b", "your health and safety policy, if you have paid staff or more than ten volunteers."),
    ("h", "Insurance"),
    (
        "p",
        "All groups must have public liability insurance of at least £5 million for their "
        "activities. You do not need to send us the certificate, but we may ask to see it.",
    ),
    ("h", "Policies"),
    (
        "p",
        "All groups must have a written equal opportunities statement. You do not need to "
        "send it to us.",
    ),
    ("h", "Do we need to find other money?"),
    (
        "p",
        "We do not ask for match funding, but we like to see that your group has raised "
        "some money itself, even a small amount.",
    ),
    ("h", "How we decide"),
    ("p", "We look at three things when we read your application:"),
    ("b", "need: is there a real need for the project in Zelworth, and how do you know?"),
    (
        "b",
        "benefit: how many people will it help, and will it help people who find it hard "
        "to take part in community life?",
    ),
    ("b", "the group: can your group run the project well and spend the money properly?"),
    (
        "p",
        "We give priority to groups that have not had a Community Chest grant in the last "
        "two years, and to projects in the wards of Eastgate, Moor End and Sallow Park.",
    ),
    ("h", "Examples of what we have funded"),
    ("b", "£350 for a folding gazebo and tables for a residents' association fun day."),
    ("b", "£1,200 for six months' hall hire for a new parent and toddler group."),
    ("b", "£95 for seeds, compost and gloves for a community garden."),
    ("b", "£2,000 towards a minibus trip programme for a lunch club for older people."),
    ("b", "£480 for a defibrillator cabinet outside a village shop."),
    ("h", "After you apply"),
    (
        "p",
        "A panel of three councillors looks at every application. We will write to tell you "
        "their decision. If you get a grant, we will pay it into your bank account within 14 "
        "days.",
    ),
    (
        "p",
        "Within three months of finishing your project, you must send us a short report "
        "with photos and receipts for what you bought.",
    ),
    ("h", "Your information"),
    (
        "p",
        "Zelworth Borough Council is the data controller for the information you give us. "
        "We use it to decide your application and to publish a list of grants. We keep it for "
        "six years. You can read our full privacy notice on our website or ask us for a "
        "copy.",
    ),
    ("h", "Other places to look for money"),
    (
        "p",
        "If we cannot help, or you need more than £2,000, try Zelworth Council for "
        "Voluntary Service's funding newsletter, the Zelworth and District Community "
        "Foundation, or your parish or town council. Our Community Development Officers can "
        "help you look.",
    ),
    ("h", "Words we use"),
    (
        "p",
        "<b>Constitution:</b> the written rules of your group. It says what the group is "
        "for and how it is run.",
    ),
    ("p", "<b>Accounts:</b> a record of the money your group received and spent in a year."),
    (
        "p",
        "<b>Safeguarding policy:</b> a written plan for keeping children and adults at "
        "risk safe from harm.",
    ),
    (
        "p",
        "<b>Public liability insurance:</b> insurance that pays out if someone is hurt or "
        "their property is damaged because of your group's activity.",
    ),
    ("h", "Contact us"),
    (
        "p",
        "Community Development Team, Zelworth Borough Council, Civic Offices, Church Lane, "
        "Zelworth ZW1 4CC.",
    ),
    ("p", "Phone: 01632 960588 (Monday to Friday, 9am to 4pm)."),
    ("p", "Email: communitychest@zelworth.example.gov.uk"),
    (
        "p",
        "If you use British Sign Language, you can contact us through the Relay UK or "
        "SignVideo services.",
    ),
]


NEW_PAGE = {
    "How to apply",
    "What you must send with your application",
    "How we decide",
    "After you apply",
    "Your information",
}


def zelworth() -> None:
    """Large-print guidance notes: 16 pt Arial-style text over seven or eight pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    out = HERE / "zelworth-community-chest-large-print-guidance.pdf"
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=16, leading=24, spaceAfter=12)
    bullet = ParagraphStyle("u", parent=body, leftIndent=22, bulletIndent=4, spaceAfter=6)
    heading = ParagraphStyle(
        "h", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceBefore=16, spaceAfter=10
    )
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=30, leading=38)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 12)
        canv.drawString(20 * mm, 12 * mm, "Community Chest guidance – large print (16 point)")
        canv.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {doc.page}")
        canv.restoreState()

    story = [
        Paragraph("Zelworth Borough Council", heading),
        Paragraph("Community Chest", title),
        Spacer(1, 10),
        Paragraph("Guidance notes – large print", heading),
        Paragraph("Please read these notes before you fill in the application form.", body),
        Paragraph(
            "You can ask for these notes in Easy Read, in Braille, on audio or in "
            "another language. Phone 01632 960588.",
            body,
        ),
        PageBreak(),
    ]
    for kind, text in ZELWORTH:
        if kind == "h" and text in NEW_PAGE:
            story += [PageBreak(), Paragraph(text, heading)]
        elif kind == "h":
            story.append(Paragraph(text, heading))
        elif kind == "b":
            story.append(Paragraph(text, bullet, bulletText="•"))
        else:
            story.append(Paragraph(text, body))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="Community Chest guidance notes - large print",
        author="Zelworth Borough Council",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    jessington()
    upperthorne()
    ivelbridge()
    zelworth()


if __name__ == "__main__":
    main()
