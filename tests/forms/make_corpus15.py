"""Build held-out set 15's Word and PDF documents (funders beyond the council's templates).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus15.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 7, 0, 0)
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


def _bold(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


# --------------------------------------------------------------------------- Scarthwaite


def scarthwaite() -> None:
    """Housing association tenant and resident group grant form: merged cells, ticks."""
    d = _new("Tenant and Resident Group Grant", "Community Involvement Team", "Arial")
    d.sections[0].header.paragraphs[0].text = "Scarthwaite Homes | Residents First"
    d.sections[0].footer.paragraphs[
        0
    ].text = "TRG Grant form v4 | Page 1 of 3 | Registered provider no. L4471"
    d.add_heading("Tenant and Resident Group Grant 2027", 0)
    d.add_paragraph(
        "Recognised tenant and resident groups (TRGs) on Scarthwaite Homes estates can apply for "
        "up to £1,500 a year towards activities that bring neighbours together. Your Community "
        "Involvement Officer (CIO) can help you fill this in: call 0300 555 0147. You can type "
        "straight into the grey boxes or print the form and write in black ink."
    )
    d.add_paragraph(
        "Your group does not need to raise money from anywhere else. Last year 85% of groups "
        "spent their whole grant within six months, and 9 in 10 told us the process was easy."
    )
    # Part A: four-column grid with a merged title row
    t = d.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 3))
    _bold(top, "PART A  About your group")
    _shade(top, "1F4E79")
    rows = [
        ("Name of your group", None),
        (
            "Is your group recognised by Scarthwaite Homes?",
            f"{BOX} Yes    {BOX} No    {BOX} Applying now",
        ),
        ("Main contact (full name)", None),
        ("Tenancy reference (if you are a tenant)", None),
        ("Contact address", None),
    ]
    for i, (label, val) in enumerate(rows, start=1):
        t.cell(i, 0).text = label
        _shade(t.cell(i, 0), "D9E2F3")
        m = t.cell(i, 1).merge(t.cell(i, 3))
        m.text = val or ""
    t.cell(6, 0).text = "Phone"
    _shade(t.cell(6, 0), "D9E2F3")
    t.cell(6, 2).text = "Email"
    _shade(t.cell(6, 2), "D9E2F3")
    t.cell(7, 0).text = "How many households are members?"
    _shade(t.cell(7, 0), "D9E2F3")
    t.cell(7, 1).merge(t.cell(7, 3))
    d.add_paragraph()
    # Part B: each item a merged prompt row over a merged empty row
    d.add_paragraph().add_run("PART B  Your idea").bold = True
    items = [
        (
            "B1",
            "What do you want to do with the grant? Tell us what will happen, where and "
            "when. (around 200 words)",
            True,
        ),
        ("B2", "Roughly how many households on the estate will take part?", False),
        (
            "B3",
            "How have residents had a say in this idea? For example a survey, a door-knock or "
            "a stall at the fun day. Keep your answer to half a page.",
            True,
        ),
        ("B4", "What difference will this make to the estate a year from now?", True),
        (
            "B5",
            "Have you asked anyone else for money for this? If so, who, and what did they "
            "say? (max 600 characters)",
            True,
        ),
    ]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for ref, prompt, tall in items:
        r = t.add_row()
        r.cells[0].text = ref
        _shade(r.cells[0], "D9E2F3")
        p = r.cells[1].merge(r.cells[3])
        p.text = prompt
        _shade(p, "D9E2F3")
        r2 = t.add_row()
        a = r2.cells[0].merge(r2.cells[3])
        if tall:
            a.text = "\n\n\n\n"
    d.add_paragraph()
    d.add_paragraph().add_run("PART C  What it will cost").bold = True
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    _bold(t.cell(0, 0), "What you will buy or pay for")
    _bold(t.cell(0, 1), "Cost (£)")
    t.cell(5, 0).text = "TOTAL you are asking us for"
    d.add_paragraph(
        "We pay the grant into the group's own bank account, never a personal account. Items "
        "costing more than £300 need two written quotes (see Part D)."
    )
    d.add_paragraph().add_run("PART D  What to send with this form").bold = True
    for line in (
        f"{BOX} Your group's constitution, as adopted at a general meeting",
        f"{BOX} Your most recent bank statement, showing the group's name",
        f"{BOX} Your last year-end accounts, signed off at your AGM (not needed if your group "
        "was set up less than a year ago)",
        f"{BOX} Two quotes for any single item over £300",
        f"{BOX} Activities with children or adults at risk only: your safeguarding policy",
    ):
        d.add_paragraph(line)
    d.add_paragraph(
        "Insurance: every group must hold public liability insurance of at least £2 million. Our "
        "Tenant Group Insurance scheme gives recognised groups this cover free of charge, so you "
        "do not need to send us a certificate."
    )
    t = d.add_table(rows=9, cols=4)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 3))
    _bold(top, "PART E  Declaration")
    _shade(top, "1F4E79")
    decl = (
        f"{BOX} Our constitution includes an equal opportunities statement and we follow it.",
        f"{BOX} The information on this form is true to the best of our knowledge.",
        f"{BOX} We will keep receipts and return any money we do not spend.",
    )
    for i, line in enumerate(decl, start=1):
        t.cell(i, 0).merge(t.cell(i, 3)).text = line
    for i, who in ((4, "Chair"), (6, "Treasurer")):
        t.cell(i, 0).text = f"Signed ({who})"
        t.cell(i, 2).text = "Date"
        t.cell(i + 1, 0).text = "Print name"
        t.cell(i + 1, 1).merge(t.cell(i + 1, 3))
    t.cell(8, 0).merge(
        t.cell(8, 3)
    ).text = "Two committee members must sign: they cannot live at the same address."
    d.add_paragraph()
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Office use only"
    t.cell(1, 0).text = "Date received:"
    t.cell(1, 1).text = "CIO:"
    t.cell(1, 2).text = "Panel decision:"
    out = HERE / "scarthwaite-homes-tenant-group-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Cwmhelyg


def cwmhelyg() -> None:
    """Welsh-first bilingual town council grant form in Word."""
    d = _new("Grant Cymunedol / Community Grant", "Cyngor Tref Cwmhelyg", "Calibri", 11)
    d.add_heading("Cyngor Tref Cwmhelyg / Cwmhelyg Town Council", 0)
    d.add_heading("Ffurflen Gais Grant Cymunedol / Community Grant Application Form", 1)
    d.add_paragraph(
        "Croesewir ceisiadau yn Gymraeg neu yn Saesneg. Ni fydd ymdrin â chais yn Gymraeg yn "
        "arwain at oedi. / We welcome applications in Welsh or English. Applying in Welsh will "
        "not lead to delay."
    )
    d.add_paragraph(
        "Bydd y Cyngor yn talu hyd at 80% o gyfanswm cost y prosiect. / The Council will pay up "
        "to 80% of the total cost of the project. Mae 29% o drigolion y dref yn siarad Cymraeg. / "
        "29% of the town's residents speak Welsh."
    )
    d.add_heading("Adran 1: Amdanoch chi / Section 1: About you", 2)
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(
        (
            "Enw'r sefydliad / Name of organisation",
            "Enw cyswllt / Contact name",
            "Cyfeiriad / Address",
            "Rhif ffôn / Telephone number",
            "E-bost / Email",
            "Rhif elusen (os oes un) / Charity number (if any)",
            "Iaith ohebu / Language of correspondence",
        )
    ):
        t.cell(i, 0).text = lab
        _shade(t.cell(i, 0), "E2EFD9")
    t.cell(6, 1).text = f"{BOX} Cymraeg   {BOX} English   {BOX} Y ddwy / Both"
    d.add_heading("Adran 2: Eich prosiect / Section 2: Your project", 2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for ref, q in (
        (
            "2.1",
            "Disgrifiwch y prosiect. (hyd at 300 gair)\nDescribe the project. (up to 300 words)",
        ),
        (
            "2.2",
            "Sut bydd y prosiect yn hybu'r Gymraeg? (uchafswm 1,000 nod)\nHow will the "
            "project promote the Welsh language? (maximum 1,000 characters)",
        ),
        ("2.3", "Pwy fydd yn elwa?\nWho will benefit?"),
        (
            "2.4",
            "Ydych chi wedi gwneud cais i gyllidwyr eraill? Os ydych, rhowch fanylion. (dim "
            "mwy na 100 gair)\nHave you applied to other funders? If so, give details. (no "
            "more than 100 words)",
        ),
    ):
        r = t.add_row()
        r.cells[0].text = ref
        r.cells[1].text = q
        _shade(r.cells[1], "E2EFD9")
        t.add_row().cells[1].text = "\n\n\n"
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Cyfanswm cost y prosiect / Total cost of the project: £"
    t.cell(1, 0).text = "Faint ydych chi'n gofyn amdano? / How much are you asking for? £"
    d.add_heading("Adran 3: Dogfennau / Section 3: Documents", 2)
    d.add_paragraph("Rhaid i bob ymgeisydd anfon: / Every applicant must send:")
    for line in (
        "copi o'ch cyfansoddiad / a copy of your constitution",
        "cyfrifon y flwyddyn ddiwethaf, wedi'u llofnodi gan ddau swyddog (nid oes angen eu "
        "harchwilio) / last year's accounts, signed by two officers (they need not be audited or "
        "examined)",
        "eich polisi iaith Gymraeg neu ddatganiad iaith / your Welsh language policy or language "
        "statement",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Os yw'n berthnasol / Where relevant:")
    for line in (
        "tystysgrif yswiriant atebolrwydd cyhoeddus (o leiaf £5 miliwn) os ydych yn trefnu "
        "digwyddiad cyhoeddus / a public liability insurance certificate (at least £5 million) "
        "if you are organising a public event",
        "caniatâd cynllunio ar gyfer prosiectau cyfalaf / planning permission for capital projects",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Adran 4: Datganiad / Section 4: Declaration", 2)
    d.add_paragraph(
        "Rwy'n cadarnhau bod y wybodaeth yn gywir. / I confirm that the information is correct."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(
        ("Llofnod / Signature", "Enw / Name", "Swydd / Position", "Dyddiad / Date")
    ):
        t.cell(i, 0).text = lab
    d.add_paragraph(
        "Dychwelwch at y Clerc / Return to the Clerk, Neuadd y Dref, Cwmhelyg, "
        "clerc@cwmhelyg.example.cymru"
    )
    out = HERE / "cwmhelyg-grant-cymunedol-community-grant.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Marlowby (fillable)


def marlowby() -> None:
    """Community foundation fillable PDF: a drawn table grid with a field in each cell."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "marlowby-community-foundation-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Marlowby Community Foundation - Grant Application")
    c.setAuthor("Marlowby Community Foundation")
    w, h = A4
    form = c.acroForm
    x0, x1, x2 = 40, 210, w - 40

    def row(y, label, name, height=20, maxlen=None, tip=None, size=9):
        c.rect(x0, y - height, x1 - x0, height)
        c.rect(x1, y - height, x2 - x1, height)
        tx = c.beginText(x0 + 4, y - 12)
        tx.setFont("Helvetica", size)
        for part in label.split("\n"):
            tx.textLine(part)
        c.drawText(tx)
        flags = "multiline" if height > 30 else ""
        form.textfield(
            name=name,
            tooltip=tip or label.replace("\n", " "),
            x=x1 + 2,
            y=y - height + 2,
            width=x2 - x1 - 4,
            height=height - 4,
            borderWidth=0,
            fillColor=None,
            fieldFlags=flags,
            fontSize=9,
            maxlen=maxlen,
        )
        return y - height

    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, h - 50, "Marlowby Community Foundation")
    c.setFont("Helvetica", 10)
    c.drawString(x0, h - 66, "Neighbourhood Grants Programme 2027 - application form")
    c.drawString(
        x0,
        h - 80,
        "We fund up to 100% of project costs. Up to 10% of the grant may go "
        "on core costs such as rent or heating.",
    )
    y = h - 100
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "1. Your organisation")
    y -= 6
    for label, name, ml in (
        ("Organisation name", "org_name", 80),
        ("Charity or company number", "reg_no", 12),
        ("Contact name", "contact", 60),
        ("Role in organisation", "role", 40),
        ("Telephone", "tel", 15),
        ("Email", "email", 80),
        ("Postcode", "postcode", 8),
        ("Income last financial year (£)", "income", 10),
        ("Legal structure", "structure", 40),
    ):
        y = row(y, label, name, maxlen=ml)
    y -= 14
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "2. Your project")
    y -= 6
    y = row(y, "2a Summarise what you want\nthe grant for. (50 words)", "summary", 40)
    y = row(
        y,
        "2b What need or problem will\nyour project address, and how\ndo you know?",
        "need",
        110,
        maxlen=1800,
    )
    y = row(y, "2c What will change as a\nresult? Max. 1,200 chars", "change", 90, maxlen=1200)
    y = row(y, "2d How will you involve the\npeople who benefit?", "involve", 90)
    y = row(y, "2e Project start date", "start", maxlen=10)
    y = row(y, "2f Amount requested (£)", "amount", maxlen=6)
    c.setFont("Helvetica", 7)
    c.drawString(x0, 30, "Marlowby Community Foundation is a registered charity. Page 1 of 2")
    c.showPage()
    y = h - 50
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "3. Supporting documents")
    y -= 8
    cols = (x0, 260, 460, x2)
    c.setFont("Helvetica-Bold", 9)
    for i, head in enumerate(("Document", "Who sends it", "Enclosed")):
        c.rect(cols[i], y - 18, cols[i + 1] - cols[i], 18)
        c.drawString(cols[i] + 4, y - 12, head)
    y -= 18
    c.setFont("Helvetica", 8)
    docs = (
        ("Governing document", "All applicants"),
        (
            "Latest annual accounts, or if your\nincome is under £10,000 a signed\nincome and "
            "expenditure summary",
            "All applicants",
        ),
        ("Equal opportunities policy", "All applicants"),
        ("Safeguarding policy", "Groups working with under-18s\nor adults at risk"),
    )
    for n, (doc, who) in enumerate(docs, start=1):
        hgt = 36
        for i, txt in enumerate((doc, who, "")):
            c.rect(cols[i], y - hgt, cols[i + 1] - cols[i], hgt)
            tx = c.beginText(cols[i] + 4, y - 11)
            tx.setFont("Helvetica", 8)
            for part in txt.split("\n"):
                tx.textLine(part)
            c.drawText(tx)
        form.checkbox(
            name=f"enclosed_{n}",
            tooltip=f"Enclosed: {doc.split(chr(10))[0]}",
            x=cols[2] + 80,
            y=y - 26,
            size=14,
            buttonStyle="check",
        )
        y -= hgt
    y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(
        x0, y, "Groups running public activities should hold insurance that suits what they do."
    )
    y -= 24
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "4. Declaration")
    y -= 8
    c.rect(x0, y - 30, x2 - x0, 30)
    c.setFont("Helvetica", 8)
    c.drawString(
        x0 + 26,
        y - 13,
        "I confirm that the information in this application is "
        "correct and that the committee has approved it.",
    )
    form.checkbox(
        name="declare", tooltip="Declaration", x=x0 + 6, y=y - 20, size=12, buttonStyle="check"
    )
    y -= 30
    for label, name, ml in (
        ("Name", "decl_name", 60),
        ("Position", "decl_pos", 40),
        ("Date", "decl_date", 10),
    ):
        y = row(y, label, name, maxlen=ml)
    c.setFont("Helvetica", 8)
    c.drawString(
        x0,
        y - 14,
        "Typing your name above counts as your signature. Email the form to "
        "grants@marlowbycf.example.org.uk",
    )
    c.setFont("Helvetica", 7)
    c.drawString(x0, 30, "Marlowby Community Foundation is a registered charity. Page 2 of 2")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Thirlbeck (text)


def thirlbeck() -> None:
    """A parish council's one-page typed form printed to PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "thirlbeck-parish-council-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Thirlbeck PC grant application")
    c.setAuthor("Clerk to Thirlbeck Parish Council")
    w, h = A4
    y = h - 46
    c.setFont("Times-Bold", 13)
    c.drawCentredString(w / 2, y, "THIRLBECK PARISH COUNCIL")
    y -= 15
    c.setFont("Times-Roman", 10.5)
    c.drawCentredString(
        w / 2, y, "Application for financial assistance (Local Government Act 1972, s.137)"
    )
    y -= 24
    line = "." * 70

    def say(text, gap=15, font="Times-Roman", size=10.5):
        nonlocal y
        c.setFont(font, size)
        c.drawString(50, y, text)
        y -= gap

    say("1.  Name of organisation:  " + line)
    say("2.  Name of Secretary:  " + line)
    say("3.  Address for correspondence:  " + line)
    say("4.  Telephone:  " + "." * 30 + "   Email:  " + "." * 40, 20)
    say("5.  Briefly state the aims of your organisation (in not more than 50 words):")
    for _ in range(3):
        say("      " + "." * 120, 13)
    y -= 6
    say("6.  What is the grant for? Please give full details.")
    for _ in range(5):
        say("      " + "." * 120, 13)
    y -= 6
    say("7.  Total cost of project  £ " + "." * 20 + "     Amount requested  £ " + "." * 20)
    say("8.  Have you applied to any other body for help with this project?     YES  /  NO", 20)
    say("9.  How will residents of Thirlbeck benefit? (maximum 150 words)")
    for _ in range(5):
        say("      " + "." * 120, 13)
    y -= 6
    say("10. Number of members:  " + "." * 12 + "     of whom live in the parish:  " + "." * 12, 22)
    say(
        "Please enclose a copy of your latest balance sheet or statement of accounts, signed by "
        "the Treasurer.",
        13,
        size=9.5,
    )
    say(
        "Applications for more than £500 must also include the organisation's constitution.",
        13,
        size=9.5,
    )
    say(
        "Where the grant is for an event, the applicant must hold public liability insurance of "
        "not less",
        13,
        size=9.5,
    )
    say(
        "than £5,000,000 and a copy of the policy schedule must accompany the application.",
        13,
        size=9.5,
    )
    say(
        "The Council does not normally contribute more than two thirds of the total cost of any "
        "project.",
        22,
        size=9.5,
    )
    say("Signed:  " + "." * 40 + "   Position:  " + "." * 25 + "   Date:  " + "." * 15, 26)
    say(
        "Return to: The Clerk, 4 Beck Row, Thirlbeck. Applications are considered at the March "
        "meeting.",
        12,
        size=8.5,
    )
    c.setFont("Times-Roman", 8)
    c.drawRightString(w - 40, 24, "TPC/GR/1 rev. 2019")
    c.showPage()
    c.save()


def main() -> None:
    scarthwaite()
    cwmhelyg()
    marlowby()
    thirlbeck()


if __name__ == "__main__":
    main()
