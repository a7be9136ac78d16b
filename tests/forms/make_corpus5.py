"""Regenerate the binary documents of the corpus's fourth held-out set (tests/forms/).

A fifth generator in the style of make_corpus.py, for the eight documents added as the
fourth held-out set, a final untouched test (their truth files were written blind, before
any measurer was run on them). It builds only its own four files and leaves every other file alone:

- hollinghurst-quality-questionnaire.docx: a district council's selection and quality
  questionnaire for a small service contract, with the response limits in an evaluation
  table apart from the questions, pass/fail Yes/No questions and a selection-stage list;
- ebbcroft-small-grants-form.docx: a community foundation's small grants form with
  "Tell us about ..." boxes without limits, a monitoring-style budget table and two
  signatories;
- pontgwynt-community-grant.pdf: a bilingual (Welsh first) fillable PDF of a community
  council (reportlab AcroForm, /MaxLen on some fields, a DejaVu font for the Welsh);
- swainholt-parish-grant.pdf: a parish council form typed in Courier with dotted answer
  lines and one shared limit for three questions.

    .venv/bin/pip install reportlab        # into your own venv only
    .venv/bin/python tests/forms/make_corpus5.py
"""

from __future__ import annotations

from make_corpus import FIXED, HERE, _normalise_zip  # same folder, same fixed date

DOCX = ("hollinghurst-quality-questionnaire.docx", "ebbcroft-small-grants-form.docx")
PDFS = ("pontgwynt-community-grant.pdf", "swainholt-parish-grant.pdf")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# --------------------------------------------------------------------------- docx


def _new(title: str, author: str, font: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(11)
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


def _box(d, cm: float = 4.0) -> None:
    """An empty one-cell answer box below a question."""
    from docx.shared import Cm

    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.rows[0].height = Cm(cm)
    d.add_paragraph()


def _labels(d, rows, fill: str, cols: int = 2) -> None:
    t = d.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    for text in rows:
        cells = t.add_row().cells
        cells[0].text = text
        _shade(cells[0], fill)
    d.add_paragraph()


def _header_table(d, headings, fill: str, rows=()):
    t = d.add_table(rows=1, cols=len(headings))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, headings, strict=True):
        cell.text = text
        _shade(cell, fill)
    for values in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, values, strict=False):
            cell.text = text
    return t


def _hollinghurst() -> None:
    grey = "D9D9D9"
    d = _new("Selection and Quality Questionnaire", "Hollinghurst District Council", "Arial")
    d.add_heading("Hollinghurst District Council", level=0)
    d.add_paragraph(
        "Invitation to Tender \u2013 Community Befriending Service for Older People "
        "(contract reference HDC/ASC/2027/014)"
    )
    d.add_heading("Schedule 3: Selection and Quality Questionnaire", level=1)
    d.add_paragraph(
        "This questionnaire forms part of the tender documents. Complete every part and "
        "upload it to the Council\u2019s e-tendering portal by 12 noon on Monday 15 March "
        "2027. Late tenders will not be considered. Clarification questions must be raised "
        "through the portal\u2019s messaging function no later than 1 March 2027; the "
        "Council will publish its answers to all bidders. The contract is for three years "
        "from 1 July 2027 with an option to extend for one further year, at an annual value "
        "of up to \u00a348,000."
    )

    d.add_heading("Part A \u2013 Bidder details", level=2)
    _labels(
        d,
        [
            "A1  Full name of the bidding organisation",
            "A2  Registered office address",
            "A3  Company or charity registration number",
            "A4  Name of the person responsible for this tender",
            "A5  Email address",
            "A6  Telephone number",
        ],
        grey,
    )

    d.add_heading("Part B \u2013 Pass/fail questions", level=2)
    d.add_paragraph(
        "Answer Yes or No. A \u2018No\u2019 to any of B1 to B4, or a \u2018Yes\u2019 to B5, "
        "will mean that your tender is not evaluated further."
    )
    _header_table(
        d,
        ("Ref", "Question", "Yes / No"),
        grey,
        (
            (
                "B1",
                "Will your organisation, by the contract start date, hold employer\u2019s "
                "liability insurance of at least \u00a35m and public liability insurance of "
                "at least \u00a310m?",
            ),
            (
                "B2",
                "Can you confirm that every member of staff and every volunteer who will have "
                "contact with service users will have an enhanced DBS check before they "
                "start?",
            ),
            (
                "B3",
                "Do you have a written safeguarding adults policy that has been reviewed in "
                "the last two years?",
            ),
            (
                "B4",
                "Do you accept the Council\u2019s terms and conditions of contract "
                "(Schedule 6) without amendment?",
            ),
            (
                "B5",
                "Is your organisation, or any of its directors or trustees, subject to any of "
                "the mandatory exclusion grounds in the Procurement Act 2023?",
            ),
        ),
    )
    d.add_paragraph()

    d.add_heading("Part C \u2013 Quality questions", level=2)
    d.add_paragraph(
        "Quality is worth 80% of the total score and price 20%. Each quality question is "
        "scored from 0 (no response) to 5 (excellent) and the score is multiplied by the "
        "weighting shown. The response limit for each question is given in the table below; "
        "evaluators will stop reading at the limit. Use Arial with margins of at least 2cm. "
        "Diagrams and tables count towards the limit."
    )
    _header_table(
        d,
        ("Ref", "Criterion", "Weighting", "Response limit"),
        grey,
        (
            ("C1", "Service model and delivery", "25%", "Maximum two sides of A4, font size 11"),
            ("C2", "Safeguarding", "15%", "Maximum one side of A4, font size 11"),
            (
                "C3",
                "Mobilisation",
                "10%",
                "Up to 1 page (a mobilisation plan in chart form may be appended and does "
                "not count towards the limit)",
            ),
            ("C4", "Outcomes and performance monitoring", "10%", "750 words"),
            ("C5", "Social value", "10%", "Max. 500 words"),
            ("C6", "Workforce", "10%", "(a) a number only; (b) 300 words"),
            ("\u2013", "Price: Pricing Schedule (Schedule 4)", "20%", "\u2013"),
        ),
    )
    d.add_paragraph()
    d.add_paragraph("Write your response to each question in the box below it.")
    for ref, title, text in (
        (
            "C1",
            "Service model and delivery",
            "Describe how you will deliver the befriending service across all parts of the "
            "district, including how you will recruit, vet, match and support volunteer "
            "befrienders, and how you will reach older people who are not in touch with any "
            "service at present.",
        ),
        (
            "C2",
            "Safeguarding",
            "Explain how you will identify, record and respond to safeguarding concerns, and "
            "how you will work with the Council\u2019s adult safeguarding team.",
        ),
        (
            "C3",
            "Mobilisation",
            "Set out how you will mobilise the service between contract award and 1 July "
            "2027, including the main risks and how you will manage them.",
        ),
        (
            "C4",
            "Outcomes and performance monitoring",
            "How will you measure and report the difference the service makes to clients\u2019 "
            "wellbeing and to their feelings of loneliness?",
        ),
        (
            "C5",
            "Social value",
            "What additional social, economic or environmental benefits will you deliver in "
            "Hollinghurst through this contract? Refer to the themes of the Council\u2019s "
            "Social Value Framework and give commitments that can be measured.",
        ),
    ):
        p = d.add_paragraph()
        p.add_run(f"{ref}  {title}").bold = True
        d.add_paragraph(text)
        _box(d, 6)
    p = d.add_paragraph()
    p.add_run("C6  Workforce").bold = True
    d.add_paragraph("(a) How many paid staff hours per week will be dedicated to the contract?")
    _box(d, 1)
    d.add_paragraph(
        "(b) Describe the induction, training and supervision that befrienders will receive."
    )
    _box(d, 6)

    d.add_heading("Part D \u2013 Documents required at selection stage", level=2)
    d.add_paragraph(
        "Upload the following to the portal with this questionnaire. The Council may exclude "
        "a tender that does not include them."
    )
    for text in (
        "Insurance certificates: Employer\u2019s liability \u00a35m, public liability \u00a310m.",
        "Audited accounts for the last two financial years or, if your organisation is not "
        "required to have an audit, independently examined accounts.",
        "Your safeguarding adults policy and your whistleblowing policy.",
        "Your data protection policy.",
        "Two references from commissioners or funders for whom you have delivered a similar "
        "service in the last three years.",
        "Your health and safety policy (organisations with five or more employees only).",
        "Your completed Pricing Schedule (Schedule 4), showing the annual cost of the service "
        "broken down into staffing, volunteer expenses, premises and overheads.",
    ):
        d.add_paragraph(text, style="List Number")

    d.add_heading("Part E \u2013 Declaration", level=2)
    d.add_paragraph(
        "I declare that the information given in this questionnaire is accurate and complete, "
        "that I am authorised to sign it on behalf of the bidder, and that I understand the "
        "Council may exclude a bidder who has given false information."
    )
    _labels(d, ["Signature", "Name", "Position", "Date"], grey)
    d.save(HERE / DOCX[0])


def _ebbcroft() -> None:
    green = "E2EFD9"
    d = _new("Neighbourhood Small Grants application form", "Ebbcroft Community Foundation",
             "Verdana")  # fmt: skip
    d.add_heading("Ebbcroft Community Foundation", level=0)
    d.add_heading("Neighbourhood Small Grants (up to \u00a32,000): application form", level=1)
    d.add_paragraph(
        "Before you start, please read our Small Grants Guide. Tell us if you need this form "
        "in large print or in another language \u2013 ring Ama on 01632 961 230. Please answer "
        "every question in the boxes; they will grow as you type."
    )

    d.add_heading("1. About your group", level=2)
    _labels(
        d,
        [
            "Name of your group",
            "Address where you meet",
            "Postcode",
            "Main contact name",
            "Telephone",
            "Email",
            "What type of group are you? (tick one)\n\u2610 Community group with a "
            "constitution   \u2610 Registered charity   \u2610 CIO   \u2610 Community "
            "interest company   \u2610 Other",
            "Charity or company number (if you have one)",
            "Date your group was set up",
            "Your group\u2019s total income last year (\u00a3)",
        ],
        green,
    )

    d.add_heading("2. About your project", level=2)
    _labels(d, ["Project name"], green)
    for text in (
        "2.1 Tell us about your group: what it does and who takes part.",
        "2.2 Tell us about the project you would like us to fund.",
        "2.3 Tell us how the people who will benefit have helped to shape the project.",
        "2.4 What difference will the grant make?   Max. 150 wds",
    ):
        d.add_paragraph(text)
        _box(d, 5)
    d.add_paragraph("2.5 Who will benefit?")
    d.add_paragraph("(a) Roughly how many people will take part?")
    _box(d, 1)
    d.add_paragraph(
        "(b) Tell us a little about them \u2013 for example their ages and where they live. "
        "(up to 100 words)"
    )
    _box(d, 3)
    d.add_paragraph("2.6 When will the project run?")
    _labels(d, ["Start date", "End date"], green)

    d.add_heading("3. Your budget", level=2)
    d.add_paragraph(
        "List what you will spend the money on. Leave the last column empty for now: you will "
        "fill it in when you send us your end-of-grant report. We expect you to raise at least "
        "a quarter of the total cost from elsewhere \u2013 other grants, your own fundraising "
        "or in-kind support."
    )
    t = _header_table(
        d,
        (
            "What you will spend money on",
            "Total cost (\u00a3)",
            "Asked from us (\u00a3)",
            "From elsewhere (\u00a3)",
            "Actual spend (\u00a3) \u2013 end-of-grant report",
        ),
        green,
        [()] * 6,
    )
    t.add_row().cells[0].text = "Total"
    d.add_paragraph()
    _labels(d, ["Amount you are asking us for (\u00a3)"], green)

    d.add_heading("4. Who will benefit \u2013 monitoring", level=2)
    d.add_paragraph(
        "This helps us report to the people who give to the Foundation. It does not affect "
        "our decision."
    )
    d.add_paragraph("Which of these groups will mainly benefit? (tick all that apply)")
    _header_table(
        d,
        ("Group", "\u2713"),
        green,
        [
            (text,)
            for text in (
                "Older people",
                "Children and young people",
                "Disabled people",
                "People from Black, Asian and minority ethnic communities",
                "Unpaid carers",
                "Everyone in the neighbourhood",
            )
        ],
    )
    d.add_paragraph()
    d.add_paragraph(
        "Which parts of Ebbcroft will the project reach? (tick all that apply)   "
        "\u2610 Abbey   \u2610 Castle Fields   \u2610 Mill Lane   \u2610 Northgate   "
        "\u2610 The Leys"
    )

    d.add_heading("5. What to send us", level=2)
    d.add_paragraph("Please email or post these with your form:")
    for text in (
        "a copy of your constitution, rules or other governing document;",
        "your latest annual accounts, signed by your treasurer and one other member of your "
        "committee. If you have been running less than a year, bank statements for the last "
        "three months instead;",
        "if you work with children, young people or adults at risk, your safeguarding policy;",
        "if any single item in your budget costs more than \u00a3500, a quote for it.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("6. Your information", level=2)
    d.add_paragraph(
        "We keep your information safe and use it to assess your application and to report on "
        "our grants. \u2610 Tick here if you are happy for us to pass your details to other "
        "local funders who may be able to help."
    )

    d.add_heading("7. Declaration", level=2)
    d.add_paragraph(
        "We confirm that the information on this form is true, that the grant will be spent "
        "only on the project described, and that we will send an end-of-grant report. Our "
        "group has an equal opportunities policy and the project will be open to everyone. "
        "Two members of your committee must sign. They must not be related to each other or "
        "live at the same address."
    )
    _header_table(
        d,
        ("", "First signatory", "Second signatory"),
        green,
        [(text,) for text in ("Signature", "Name", "Position in the group", "Date")],
    )
    d.add_paragraph()
    d.add_paragraph(
        "Send your form to grants@ebbcroftfoundation.example.org.uk or to Ebbcroft Community "
        "Foundation, 4 Tanner\u2019s Yard, Ebbcroft EB2 7QT."
    )
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- pdf


def _pdf_tools():
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))


def _wrap(c, x, y, text, font, size=9.5, lead=12.5, width=480.0):
    """Draw text wrapped to a width in points; return the next y."""
    from reportlab.lib.utils import simpleSplit

    c.setFont(font, size)
    for para in text.split("\n"):
        for ln in simpleSplit(para, font, size, width) or [""]:
            c.drawString(x, y, ln)
            y -= lead
    return y


def _pontgwynt() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4  # noqa: N806 (page geometry)
    LEFT = 48  # noqa: N806
    WIDTH = W - 2 * LEFT  # noqa: N806
    red = HexColor("#8C1C13")
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Ffurflen Gais Grant Cymunedol / Community Grant Application Form")
    c.setAuthor("Cyngor Cymuned Pontgwynt / Pontgwynt Community Council")

    def tf(name, tip, x, y, w, h, maxlen=None, multiline=False):
        c.acroForm.textfield(
            name=name, tooltip=tip, x=x, y=y, width=w, height=h, maxlen=maxlen,
            fieldFlags="multiline" if multiline else "", borderColor=black,
            fillColor=white, textColor=black, forceBorder=True,
            fontSize=9 if multiline else 10,
        )  # fmt: skip

    def bar(y, cy, en):
        c.setFillColor(red)
        c.rect(LEFT, y - 5, WIDTH, 18, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("DejaVu-Bold", 10.5)
        c.drawString(LEFT + 5, y, cy)
        c.setFont("DejaVu", 10.5)
        c.drawRightString(LEFT + WIDTH - 5, y, en)
        c.setFillColor(black)
        return y - 24

    def row(y, name, cy, en, maxlen=None, h=18):
        c.setFont("DejaVu-Bold", 9)
        c.drawString(LEFT, y - 9, cy)
        c.setFont("DejaVu", 9)
        c.drawString(LEFT, y - 20, en)
        tf(name, f"{cy} / {en}", LEFT + 190, y - 4 - h, WIDTH - 190, h, maxlen, h > 20)
        return y - max(h, 22) - 8

    def question(y, name, cy, en, maxlen, h):
        y = _wrap(c, LEFT, y, cy, "DejaVu-Bold", width=WIDTH)
        y = _wrap(c, LEFT, y, en, "DejaVu", width=WIDTH)
        tf(name, f"{cy} / {en}", LEFT, y - h + 6, WIDTH, h, maxlen, True)
        return y - h - 8

    y = H - 52
    c.setFont("DejaVu-Bold", 16)
    c.drawString(LEFT, y, "Cyngor Cymuned Pontgwynt")
    c.setFont("DejaVu", 12)
    c.drawRightString(LEFT + WIDTH, y, "Pontgwynt Community Council")
    y -= 20
    c.setFont("DejaVu-Bold", 11.5)
    c.drawString(LEFT, y, "Grantiau Cymunedol 2027\u201328: Ffurflen Gais")
    c.setFont("DejaVu", 11.5)
    c.drawRightString(LEFT + WIDTH, y, "Community Grants 2027\u201328: Application Form")
    y -= 18
    y = _wrap(
        c, LEFT, y,
        "Llenwch y ffurflen hon ar y sgrin, ei chadw a\u2019i hanfon at y Clerc: "
        "clerc@pontgwynt.example.cymru. Gallwch ateb yn Gymraeg neu yn Saesneg; bydd ateb "
        "yn Gymraeg yn cael ei drin yn gyfartal ag ateb yn Saesneg. Grantiau hyd at \u00a3800.",
        "DejaVu", size=9, width=WIDTH,
    )  # fmt: skip
    y = _wrap(
        c, LEFT, y - 3,
        "Fill in this form on screen, save it and send it to the Clerk: "
        "clerc@pontgwynt.example.cymru. You may answer in Welsh or in English; an answer in "
        "Welsh will be treated no less favourably than an answer in English. Grants of up to "
        "\u00a3800.",
        "DejaVu", size=9, width=WIDTH,
    )  # fmt: skip
    y -= 8
    y = bar(y, "Adran A: Amdanoch chi", "Section A: About you")
    for name, cy, en, ml, h in (
        ("Grwp", "Enw\u2019r grŵp", "Name of group", 80, 18),
        ("Cyswllt", "Enw cyswllt", "Contact name", 60, 18),
        ("Cyfeiriad", "Cyfeiriad", "Address", None, 40),
        ("CodPost", "Cod post", "Postcode", 8, 18),
        ("Ffon", "Rhif ffôn", "Telephone", 15, 18),
        ("Ebost", "E-bost", "Email", None, 18),
    ):
        y = row(y, name, cy, en, ml, h)
    c.setFont("DejaVu-Bold", 9)
    c.drawString(LEFT, y - 9, "Iaith ohebu")
    c.setFont("DejaVu", 9)
    c.drawString(LEFT, y - 20, "Language of correspondence")
    for i, value in enumerate(("Cymraeg", "English")):
        c.acroForm.radio(
            name="Iaith", value=value, selected=False, x=LEFT + 190 + i * 90, y=y - 20,
            size=12, buttonStyle="circle", borderColor=black, fillColor=white,
            forceBorder=True, tooltip="Iaith ohebu / Language of correspondence",
        )  # fmt: skip
        c.drawString(LEFT + 206 + i * 90, y - 17, value)
    y -= 36
    y = bar(y, "Adran B: Y prosiect", "Section B: The project")
    y = row(y, "Teitl", "Teitl y prosiect", "Project title", 60)
    y = question(
        y, "B1",
        "B1  Disgrifiwch y prosiect a\u2019r hyn y byddwch yn ei wneud. (300 gair)",
        "Describe the project and what you will do. (300 words)",
        None, 120,
    )  # fmt: skip
    y = question(
        y, "B2",
        "B2  Sut bydd pobl Pontgwynt yn elwa o\u2019r prosiect?",
        "How will people in Pontgwynt benefit from the project?",
        1500, 90,
    )  # fmt: skip
    c.showPage()
    y = H - 52
    y = question(
        y, "B3",
        "B3  Sut byddwch chi\u2019n defnyddio\u2019r Gymraeg yn y prosiect? (hyd at 900 nod)",
        "How will you use the Welsh language in the project? (up to 900 characters)",
        900, 80,
    )  # fmt: skip
    y = question(
        y, "B4",
        "B4  Oes unrhyw beth arall yr hoffech i\u2019r Cyngor ei wybod?",
        "Is there anything else you would like the Council to know?",
        None, 70,
    )  # fmt: skip
    y = row(y, "Cost", "Cyfanswm cost y prosiect (\u00a3)", "Total cost of the project (\u00a3)", 8)
    y = row(y, "Swm", "Swm y gofynnir amdano (\u00a3)", "Amount requested (\u00a3)", 8)
    y = row(y, "Dechrau", "Dyddiad dechrau", "Start date", 10)
    y = _wrap(
        c, LEFT, y,
        "Rhaid i\u2019r grŵp gyfrannu o leiaf 10% o gyfanswm y gost o\u2019i arian ei hun neu "
        "o grantiau eraill.",
        "DejaVu-Bold", size=9, width=WIDTH,
    )  # fmt: skip
    y = _wrap(
        c, LEFT, y,
        "The group must contribute at least 10% of the total cost from its own funds or from "
        "other grants.",
        "DejaVu", size=9, width=WIDTH,
    )  # fmt: skip
    y -= 8
    y = bar(y, "Adran C: Dogfennau", "Section C: Documents")
    y = _wrap(
        c, LEFT, y,
        "Anfonwch y canlynol gyda\u2019ch cais / Send the following with your application:",
        "DejaVu-Bold", size=9, width=WIDTH,
    )  # fmt: skip
    for cy, en in (
        ("Copi o gyfansoddiad y grŵp", "A copy of the group\u2019s constitution"),
        (
            "Y cyfrifon blynyddol diweddaraf, wedi\u2019u llofnodi gan y trysorydd",
            "The latest annual accounts, signed by the treasurer",
        ),
        (
            "Tystysgrif yswiriant atebolrwydd cyhoeddus (o leiaf \u00a35 miliwn)",
            "Public liability insurance certificate (at least \u00a35 million)",
        ),
        (
            "Os ydych yn prynu offer sy\u2019n costio mwy na \u00a31,000: dau ddyfynbris",
            "If you are buying equipment costing more than \u00a31,000: two quotes",
        ),
        (
            "Os yw\u2019r prosiect yn cynnwys plant neu bobl ifanc: polisi diogelu",
            "If the project involves children or young people: a safeguarding policy",
        ),
    ):
        y = _wrap(c, LEFT + 10, y - 2, f"\u2022 {cy}", "DejaVu-Bold", size=9, width=WIDTH - 10)
        y = _wrap(c, LEFT + 18, y, en, "DejaVu", size=9, width=WIDTH - 18)
    y -= 8
    y = bar(y, "Adran Ch: Datganiad", "Section D: Declaration")
    c.acroForm.checkbox(
        name="Datganiad", tooltip="Datganiad / Declaration", x=LEFT, y=y - 12, size=12,
        buttonStyle="check", borderColor=black, fillColor=white, textColor=black,
        forceBorder=True,
    )  # fmt: skip
    y = _wrap(
        c, LEFT + 20, y - 8,
        "Rwy\u2019n cadarnhau bod yr wybodaeth ar y ffurflen hon yn gywir a bod gan y grŵp "
        "bolisi cyfle cyfartal.",
        "DejaVu-Bold", size=9, width=WIDTH - 20,
    )  # fmt: skip
    y = _wrap(
        c, LEFT + 20, y,
        "I confirm that the information on this form is correct and that the group has an "
        "equal opportunities policy.",
        "DejaVu", size=9, width=WIDTH - 20,
    )  # fmt: skip
    y -= 6
    y = row(y, "Llofnod", "Llofnod (teipiwch eich enw)", "Signature (type your name)")
    y = row(y, "Dyddiad", "Dyddiad", "Date", 10)
    c.showPage()
    c.save()


def _swainholt() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4  # noqa: N806 (page geometry)
    LEFT = 62  # noqa: N806
    DOTS = "." * 62  # noqa: N806
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Application for a grant")
    c.setAuthor("Swainholt Parish Council")
    y = H - 70

    def text(s, font="Courier", size=10.5, dy=15):
        nonlocal y
        c.setFont(font, size)
        c.drawString(LEFT, y, s)
        y -= dy

    def item(label, lines=1, indent=4):
        """A typed item followed by lines of dots to write on."""
        nonlocal y
        text(label)
        for _ in range(lines):
            text(" " * indent + DOTS, dy=17)
        y -= 4

    def para(s):
        nonlocal y
        y = _wrap(c, LEFT, y, s, "Courier", size=10.5, lead=14, width=W - 2 * LEFT)

    c.setFont("Courier-Bold", 13)
    c.drawCentredString(W / 2, y, "SWAINHOLT PARISH COUNCIL")
    y -= 18
    c.setFont("Courier-Bold", 11)
    c.drawCentredString(W / 2, y, "APPLICATION FOR A GRANT")
    y -= 14
    c.setFont("Courier", 10)
    c.drawCentredString(W / 2, y, "(Local Government Act 1972, section 137)")
    y -= 24
    para(
        "Please type or complete in BLOCK CAPITALS using black ink. Please keep your answers "
        "to questions 5, 8 and 12 to no more than 500 words in total. The Council will not "
        "normally grant more than half of the total cost of any project. Applications are "
        "considered at the Council meetings held in May, September and January."
    )
    y -= 10
    item("1. Name of organisation")
    item("2. Name of Secretary")
    item("3. Address of Secretary", 2)
    text("4. Telephone No. ........................  E-mail ..........................", dy=19)
    item("5. Aims and purpose of the organisation", 4)
    text("6. Number of members ..........", dy=19)
    text("7. How many of the members live in the Parish? ..........", dy=19)
    item("8. Details of the project for which the grant is required", 6)
    text("9. Total cost of project          \u00a3..............", dy=19)
    text("10. Amount of grant requested     \u00a3..............", dy=19)
    text("11. Have you applied to any other body for funding for this project?")
    text("    YES / NO  (delete as applicable)")
    item("    If YES, please give details", 2)
    c.showPage()
    y = H - 70
    item("12. How will the residents of Swainholt benefit from the project?", 5)
    text("13. Is the organisation a registered charity?  YES / NO")
    text("    Registered charity No. ....................", dy=19)
    text("14. Bank details")
    text("    Name of bank ..........................................", dy=17)
    text("    Name of account .......................................", dy=17)
    text("    Are two signatures required on cheques and payments?  YES / NO", dy=22)
    c.setFont("Courier-Bold", 10.5)
    c.drawString(LEFT, y, "THE FOLLOWING MUST ACCOMPANY THIS APPLICATION:")
    y -= 16
    para(
        "(a) A copy of the latest annual accounts or balance sheet, certified as correct by "
        "an independent person who is not a member of the committee."
    )
    para("(b) A copy of the constitution or rules of the organisation.")
    para("(c) A copy of the most recent bank statement.")
    para("(d) Where the grant is for equipment or building works, two written estimates.")
    y -= 6
    para(
        "Where the project involves an event open to the public, the organisation must hold "
        "adequate public liability insurance."
    )
    y -= 8
    c.setFont("Courier-Bold", 10.5)
    c.drawString(LEFT, y, "DECLARATION")
    y -= 15
    para(
        "I certify that the information given on this form is correct and that any grant "
        "made will be used only for the purpose stated. I understand that the Council may "
        "ask for evidence of how the grant has been spent."
    )
    y -= 6
    text("Signed ........................................", dy=19)
    text("Position in organisation ......................", dy=19)
    text("Date ..................", dy=24)
    c.rect(LEFT - 6, y - 62, W - 2 * LEFT + 12, 72)
    y -= 4
    text("FOR COUNCIL USE ONLY", font="Courier-Bold", size=9.5, dy=14)
    text("Date received ..........   Minute No. ..........", size=9.5, dy=14)
    text("Amount approved \u00a3..........   Clerk's initials ......", size=9.5, dy=14)
    c.showPage()
    c.save()


def main() -> None:
    _hollinghurst()
    _ebbcroft()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _pdf_tools()
    _pontgwynt()
    _swainholt()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
