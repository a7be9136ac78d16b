"""Regenerate the binary documents of the corpus's second held-out set (tests/forms/).

A third generator in the style of make_corpus.py, for the six documents added as a
second held-out set (their truth files were written blind, before any measurer was run
on them). It builds only its own three files and leaves every other file alone:

- wyvern-capital-grant-form.docx: county council capital grant form in Parts 1-5,
  numbered questions 2.1 ... with limits such as "(maximum 1 side of A4)" and
  "(approx. 200 words)", a budget table, a documents checklist and a declaration;
- crossfield-neighbourhood-fund-notes.docx: borough council notes for applicants in
  headings and bulleted lists, with conditional documents written in prose;
- ashdown-events-grant.pdf: town council fillable PDF (reportlab AcroForm) with a
  Yes/No radio group and /MaxLen on some fields.

    .venv/bin/pip install reportlab        # into your own venv only
    .venv/bin/python tests/forms/make_corpus3.py
"""

from __future__ import annotations

from make_corpus import FIXED, HERE, _normalise_zip  # same folder, same fixed date

DOCX = ("wyvern-capital-grant-form.docx", "crossfield-neighbourhood-fund-notes.docx")
PDFS = ("ashdown-events-grant.pdf",)


# --------------------------------------------------------------------------- docx


def _docx() -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    def new(title: str, author: str, font: str = "Calibri"):
        d = docx.Document()
        cp = d.core_properties
        cp.author, cp.title = author, title
        cp.created = cp.modified = FIXED
        cp.last_modified_by = author
        d.styles["Normal"].font.name = font
        d.styles["Normal"].font.size = Pt(11)
        return d

    def shade(cell, fill="DEEAF6"):
        tcPr = cell._tc.get_or_add_tcPr()  # noqa: N806 (python-docx spelling)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def box(d, cm: float = 4.0) -> None:
        """An empty one-cell answer box below a question."""
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        t.rows[0].height = Cm(cm)
        d.add_paragraph()

    def labels(d, rows) -> None:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for text in rows:
            cells = t.add_row().cells
            cells[0].text = text
            shade(cells[0])
        d.add_paragraph()

    # ---- W. Wyvern: county capital grant form
    d = new("Community Capital Grant application form", "Wyvern County Council")
    d.add_heading("Wyvern County Council", level=0)
    d.add_heading("Community Capital Grant 2027/28 \u2013 application form", level=1)
    d.add_paragraph(
        "Use this form to apply for between \u00a32,500 and \u00a325,000 towards buildings, "
        "fixtures and equipment for community use. Read the scheme's guidance before you "
        "start. Type your answers or write clearly in black ink; the boxes will expand if you "
        "are typing. Large print and audio versions of this form can be requested from the "
        "Communities Team on 01632 960 418."
    )
    d.add_heading("Part 1 \u2013 Your organisation", level=2)
    labels(
        d,
        [
            "1.1 Name of organisation",
            "1.2 Main contact for this application",
            "1.3 Their role in the organisation",
            "1.4 Address for correspondence",
            "1.5 Postcode",
            "1.6 Daytime telephone number",
            "1.7 Email address",
            "1.8 Registered charity or company number (if any)",
            "1.9 Is your organisation registered for VAT?   Yes  /  No   (delete as appropriate)",
        ],
    )
    d.add_heading("Part 2 \u2013 Your project", level=2)
    labels(d, ["2.1 Project title"])
    d.add_paragraph(
        "2.2 Describe the building works or equipment you want us to help pay for, and where "
        "it will be located. (maximum 1 side of A4)"
    )
    box(d, 9)
    d.add_paragraph(
        "2.3 Why is the project needed now, and what evidence have you gathered of local "
        "demand for it? (approx. 200 words)"
    )
    box(d)
    d.add_paragraph(
        "2.4 (a) Which groups of people will use the improved facility?  (b) How will they be "
        "involved in running it?  Please answer both parts in the box below (no more than 250 "
        "words in total)."
    )
    box(d)
    d.add_paragraph(
        "2.5 How will the building or equipment be looked after and paid for once the grant "
        "has been spent?"
    )
    box(d)
    d.add_paragraph("2.6 Funding")
    d.add_paragraph(
        "(a) Which other funders have you approached, and with what result? (150 words)"
    )
    box(d, 3)
    d.add_paragraph("(b) What will you do if we cannot award the full amount? (150 words)")
    box(d, 3)
    labels(d, ["2.7 Expected start date", "2.8 Expected completion date"])

    d.add_heading("Part 3 \u2013 Project costs", level=2)
    d.add_paragraph(
        "List every item of expenditure, excluding VAT if you can reclaim it. The County "
        "Council will meet no more than three quarters of the total cost; the remaining "
        "quarter must come from your own reserves or from other funders."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("Item", "Supplier", "Cost (\u00a3)"), strict=True):
        cell.text = text
        shade(cell)
    for _ in range(5):
        t.add_row()
    d.add_paragraph()
    labels(
        d,
        [
            "Total project cost (\u00a3)",
            "Amount requested from Wyvern County Council (\u00a3)",
            "Amount secured from other sources (\u00a3)",
        ],
    )

    d.add_heading("Part 4 \u2013 Supporting documents", level=2)
    d.add_paragraph(
        "Please enclose the following and tick to show what you have sent. Applications "
        "without them will not be assessed."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("Document", "Enclosed \u2713"), strict=True):
        cell.text = text
        shade(cell)
    for text in (
        "Your constitution, set of rules or trust deed",
        "Your most recent annual accounts (these do not have to be audited; accounts "
        "approved at your AGM are acceptable)",
        "Two written quotations for the works or equipment",
        "A bank statement dated within the last three months",
        "Building projects only: proof that you own the building, or a lease with at least "
        "five years left to run",
        "If your group works with children or adults at risk: your safeguarding policy",
    ):
        t.add_row().cells[0].text = text
    d.add_paragraph()

    d.add_heading("Part 5 \u2013 Declaration", level=2)
    d.add_paragraph(
        "On behalf of the organisation named in Part 1, I declare that the information in this "
        "application is true. I confirm that the organisation has an equal opportunities policy "
        "and a health and safety policy and will provide copies if asked, and that it holds "
        "public liability insurance of at least \u00a35 million."
    )
    labels(d, ["Signature", "Name in capitals", "Position", "Date"])
    d.add_paragraph(
        "Return the form to communitygrants@wyvern.example.gov.uk or to Communities Team, "
        "County Hall, Wyvern WY1 2AB."
    )
    d.save(HERE / DOCX[0])

    # ---- C. Crossfield: borough notes for applicants
    d = new("Neighbourhood Fund: notes for applicants", "Crossfield Borough Council", "Arial")
    d.add_heading("Crossfield Borough Council", level=0)
    d.add_heading("Neighbourhood Fund \u2013 notes for applicants", level=1)
    d.add_paragraph(
        "These notes explain who can apply to the Neighbourhood Fund, what it pays for and "
        "what you need to send us. Please keep them beside you while you fill in the "
        "application form."
    )
    d.add_heading("Is my group eligible?", level=2)
    for text in (
        "You must be a voluntary or community group, a registered charity, a community "
        "interest company or a parish council working in the borough.",
        "Your group must have a management committee of at least three people who are not "
        "related to each other.",
        "Individuals and businesses run for profit cannot apply.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_heading("What will the fund pay for?", level=2)
    d.add_paragraph(
        "Grants of \u00a3500 to \u00a310,000 for activities, small equipment and improvements "
        "to community spaces that bring neighbours together. We cannot pay for things you have "
        "already bought, for religious promotion or for party political activity."
    )
    d.add_heading("What you need to send us", level=2)
    d.add_paragraph("Every applicant must send the following with the application form:")
    for text in (
        "A copy of your governing document \u2013 your constitution, rules, or memorandum and "
        "articles of association.",
        "Your accounts for the last financial year. They can be simple: a statement of what "
        "came in and what went out, signed by two members of your committee, is fine.",
        "A breakdown of what the project will cost, item by item.",
        "A copy of your current public liability insurance certificate (see Insurance below).",
    ):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Some groups need to send more:")
    for text in (
        "If you are buying equipment, a written quote for each item.",
        "If your project involves children, young people or adults at risk, a copy of your "
        "safeguarding policy.",
        "If you employ paid staff, your equal opportunities policy.",
        "If the work is to a building you rent, a letter from your landlord agreeing to it.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "Every group should also have a data protection policy. You do not need to send it "
        "with your application, but we may ask to see it."
    )
    d.add_heading("If your group is new", level=2)
    d.add_paragraph(
        "If your group has been running for less than a year and has not yet produced any "
        "accounts, send copies of your last three months' bank statements instead."
    )
    d.add_heading("Insurance", level=2)
    d.add_paragraph(
        "Any activity we fund must be covered by public liability insurance of no less than "
        "\u00a32 million. The certificate must be in your group's own name."
    )
    d.add_heading("Paying your share", level=2)
    d.add_paragraph(
        "We will pay up to 80 per cent of the cost of your project. You need to find the other "
        "fifth yourselves, from your own funds, other grants, fundraising or sponsorship. "
        "Volunteer time does not count towards your share."
    )
    d.add_heading("Not sure whether to apply?", level=2)
    d.add_paragraph(
        "Talk to a Neighbourhood Officer before you apply: call 01632 960 772 or email "
        "neighbourhoodfund@crossfield.example.gov.uk. We aim to tell you our decision within "
        "eight weeks of the closing date."
    )
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- pdf


def _pdf() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4  # noqa: N806 (page geometry named as constants, as in make_corpus.py)
    LEFT = 50  # noqa: N806

    def lines(c, x, y, text, size=10, lead=13, width=95, font="Helvetica"):
        import textwrap

        c.setFont(font, size)
        for para in text.split("\n"):
            for ln in textwrap.wrap(para, width) or [""]:
                c.drawString(x, y, ln)
                y -= lead
        return y

    def heading(c, y, text, size=12):
        c.setFillColorRGB(0.1, 0.3, 0.2)
        c.rect(LEFT, y - 4, W - 2 * LEFT, size + 6, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", size)
        c.drawString(LEFT + 4, y, text)
        c.setFillColor(black)
        return y - size - 10

    def tf(c, name, tip, x, y, w, h, maxlen=None, multiline=False):
        c.acroForm.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=w,
            height=h,
            maxlen=maxlen,
            fieldFlags="multiline" if multiline else "",
            borderColor=black,
            fillColor=white,
            textColor=black,
            forceBorder=True,
            fontSize=9 if multiline else 10,
        )

    def row(c, y, name, label, ml=None):
        c.setFont("Helvetica", 10)
        c.drawString(LEFT, y - 12, label)
        tf(c, name, label, LEFT + 170, y - 16, W - 2 * LEFT - 170, 18, maxlen=ml)
        return y - 24

    def question(c, y, name, label, tip, ml, hgt):
        y = lines(c, LEFT, y, label, width=100)
        tf(c, name, tip, LEFT, y - hgt + 6, W - 2 * LEFT, hgt, maxlen=ml, multiline=True)
        return y - hgt - 6

    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Festival and Events Grant application")
    c.setAuthor("Ashdown Town Council")
    y = H - 55
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, y, "Ashdown Town Council")
    y -= 20
    c.setFont("Helvetica", 12)
    c.drawString(LEFT, y, "Festival and Events Grant \u2013 application (fillable form)")
    y -= 20
    y = lines(
        c,
        LEFT,
        y,
        "Complete this form on screen, save it and email it to events@ashdown-tc.example.gov.uk "
        "at least ten weeks before your event. Grants are up to \u00a31,500.",
        size=9,
    )
    y -= 6
    y = heading(c, y, "Section A: applicant")
    for name, label, ml in (
        ("GroupName", "Name of group", None),
        ("ContactName", "Contact person", None),
        ("ContactRole", "Position in the group", None),
        ("Postcode", "Postcode", 8),
        ("Telephone", "Telephone", 14),
        ("Email", "Email", None),
    ):
        if name == "Postcode":
            c.setFont("Helvetica", 10)
            c.drawString(LEFT, y - 12, "Address")
            tf(c, "Address", "Address", LEFT + 170, y - 42, W - 2 * LEFT - 170, 44, None, True)
            y -= 50
        y = row(c, y, name, label, ml)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y - 12, "Is the group a registered charity?")
    c.acroForm.radio(
        name="Charity", value="Yes", selected=False, x=LEFT + 200, y=y - 15, size=12,
        buttonStyle="circle", borderColor=black, fillColor=white, forceBorder=True,
        tooltip="Is the group a registered charity?",
    )  # fmt: skip
    c.drawString(LEFT + 216, y - 12, "Yes")
    c.acroForm.radio(
        name="Charity", value="No", selected=False, x=LEFT + 250, y=y - 15, size=12,
        buttonStyle="circle", borderColor=black, fillColor=white, forceBorder=True,
        tooltip="Is the group a registered charity?",
    )  # fmt: skip
    c.drawString(LEFT + 266, y - 12, "No")
    y -= 24
    y = row(c, y, "CharityNo", "Charity number (if applicable)", 8)
    y -= 6
    y = heading(c, y, "Section B: the event")
    y = row(c, y, "EventName", "Name of event", 60)
    y = row(c, y, "EventDates", "Date(s) of event")
    y = row(c, y, "Attendance", "Expected attendance", 6)
    y -= 4
    y = question(
        c,
        y,
        "B1",
        "B1  Tell us about the event and what will happen on the day. (max. 1,200 characters)",
        "B1 Tell us about the event and what will happen on the day",
        1200,
        110,
    )
    y = question(
        c,
        y,
        "B2",
        "B2  How will you make sure the event is safe and welcoming for everyone?",
        "B2 Safe and welcoming",
        600,
        70,
    )
    c.showPage()
    y = H - 55
    y = question(
        c,
        y,
        "B3",
        "B3  How will the event be publicised? Please keep to 150 words.",
        "B3 Publicity",
        None,
        90,
    )
    y = question(
        c,
        y,
        "B4",
        "B4  Is there anything else you would like the grants committee to know?",
        "B4 Anything else",
        None,
        80,
    )
    y -= 4
    y = heading(c, y, "Section C: money")
    y = row(c, y, "TotalCost", "Total cost of the event (\u00a3)", 8)
    y = row(c, y, "Requested", "Amount requested (\u00a3)", 8)
    y -= 6
    y = heading(c, y, "Section D: what to send with this form")
    y = lines(
        c,
        LEFT,
        y,
        "Please email the following with the completed form:\n"
        "\u2022 a copy of your group's constitution;\n"
        "\u2022 your latest accounts or, if the group is less than 12 months old, a statement of "
        "income and expenditure to date;\n"
        "\u2022 a budget for the event showing all expected income and expenditure;\n"
        "\u2022 your public liability insurance certificate (cover of at least \u00a35 million is "
        "required);\n"
        "\u2022 if the event includes bouncy castles, fairground rides or fireworks, the "
        "operator's risk assessment.",
        width=100,
    )
    y -= 6
    y = heading(c, y, "Section E: declaration")
    c.acroForm.checkbox(
        name="Declaration", tooltip="Declaration", x=LEFT, y=y - 14, size=12,
        buttonStyle="check", borderColor=black, fillColor=white, textColor=black,
        forceBorder=True,
    )  # fmt: skip
    y = lines(
        c,
        LEFT + 18,
        y - 10,
        "I confirm that the information on this form is correct and that our group has a "
        "safeguarding policy which will be followed at the event.",
        width=90,
    )
    y -= 6
    y = row(c, y, "Signature", "Signed (type your name)")
    y = row(c, y, "SignDate", "Date", 10)
    c.showPage()
    c.save()


def main() -> None:
    _docx()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _pdf()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
