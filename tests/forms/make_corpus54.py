"""Build set 54's Word and PDF documents (typical small grants of Welsh local authorities and
community and town councils, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them. The
bilingual fillable PDF embeds DejaVu Sans from /usr/share/fonts/truetype/dejavu/ (the standard
PDF fonts have no "ŵ" for Welsh), so it is byte-identical only with the same font files.

    /work/writer-venv/bin/python tests/forms/make_corpus54.py
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

    def ticks(self, label: str, options: list[str]) -> None:
        """A bold prompt over one paragraph of "☐" options: one choice group."""
        self.para(label, bold=True)
        self.para("    ".join(f"{BOX} {o}" for o in options))


# ------------------------------------------------------------ Llanwernog (docx form)


def llanwernog() -> None:
    """A county council's Community Grants form in Word, the English version of a bilingual
    pair: numbered sections, label/box tables, each question a shaded cell over an empty one
    with "(max N words)", a "Document / Enclosed" checklist table, a declaration table."""
    d = _new(
        "Community Grants Scheme 2027-28 - Application Form (English)",
        "Llanwernog County Council",
        "Arial",
        11,
    )
    w = _Word(d, "D9E2F3")
    d.add_heading("Llanwernog County Council", level=0)
    w.heading("Community Grants Scheme 2027/28: Application Form", 1)
    w.para(
        "Mae'r ffurflen hon ar gael yn Gymraeg hefyd. This form is also available in Welsh. "
        "You are welcome to apply in Welsh or in English. An application made in Welsh will "
        "not be treated less favourably than an application made in English.",
        italic=True,
    )
    w.para(
        "The Community Grants Scheme offers grants of £500 to £5,000 to voluntary and "
        "community groups, community councils and town councils for projects that improve "
        "the well-being of people and communities in Llanwernog."
    )
    w.para(
        "Before you fill in this form, please read the Community Grants Scheme Guidance "
        "Notes. Type your answers into the boxes; they will expand as you type. Please keep "
        "to the word limits. Return the completed form and your supporting documents by "
        "email to grantiau@llanwernog.example.gov.uk or by post to Community Grants, "
        "Llanwernog County Council, County Hall, Llanwernog LW4 1AB."
    )
    w.para("Closing date: 5pm on Friday 26 February 2027.", bold=True)

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
        ]
    )
    w.ticks(
        "1.8 Which language would you like us to use when we contact you? (please tick one)",
        ["Cymraeg / Welsh", "English", "Both / Y ddwy"],
    )
    w.ticks(
        "1.9 Type of organisation (please tick one)",
        [
            "Constituted community group",
            "Registered charity or CIO",
            "Community interest company",
            "Community or town council",
            "Other",
        ],
    )
    w.details(
        [
            "1.10 Registered charity or company number (if applicable)",
            "1.11 Date your organisation was set up",
        ]
    )
    w.question(
        "1.12 Briefly describe what your organisation does and who it works with. (max 150 words)",
        2000,
    )

    w.heading("Section 2: About your project")
    w.details(["2.1 Project title"])
    w.question(
        "2.2 Describe your project. What will you do, where will it take place and what "
        "will the grant pay for? (max 300 words)",
        3600,
    )
    w.question(
        "2.3 Why is the project needed and how do you know? Tell us about any consultation "
        "or evidence of need. (max 250 words)",
        3000,
    )
    w.question("2.4 Who will benefit from your project? (max 200 words)", 2600)
    w.question(
        "2.5 How will your project support the Welsh language, for example by giving people "
        "chances to use Welsh or by making your activities bilingual? (max 150 words)",
        2000,
    )
    w.question(
        "2.6 How will your project contribute to one or more of the seven well-being goals "
        "of the Well-being of Future Generations (Wales) Act 2015? (max 200 words)",
        2600,
    )
    w.details(["2.7 Start date of the project", "2.8 End date of the project"])

    w.heading("Section 3: Project costs")
    w.para(
        "3.1 Please list what the grant will pay for. Include VAT only if your organisation "
        "cannot reclaim it.",
        bold=True,
    )
    w.grid(["Item or activity", "Cost (£)"], [["", ""] for _ in range(6)] + [["Total", ""]])
    w.details(
        [
            "3.2 Total cost of the project (£)",
            "3.3 Amount you are asking for (£)",
        ]
    )
    w.para(
        "Your organisation must contribute at least 20% of the total project cost. This can "
        "be in cash or in kind, for example volunteer time valued at £12 an hour.",
        italic=True,
    )
    w.question(
        "3.4 Please give details of the other funding for this project, including your own "
        "contribution, and say whether it is secured or applied for.",
        2200,
    )

    w.heading("Section 4: Bank details")
    w.para(
        "Grants are paid by BACS into the organisation's own bank account. The account must "
        "need two unrelated people to sign or approve payments."
    )
    w.details(
        [
            "4.1 Name of account",
            "4.2 Bank or building society",
            "4.3 Sort code",
            "4.4 Account number",
        ]
    )

    w.heading("Section 5: Supporting documents")
    w.para(
        "Please send the following documents with your application. We will not be able to "
        "assess your application until we have received them all."
    )
    w.grid(
        ["Document", "Enclosed (please tick)"],
        [
            ["A copy of your constitution or set of rules, signed and dated", ""],
            [
                "Your latest annual accounts (these do not need to be audited). If your "
                "organisation is less than 12 months old and has no accounts yet, send your "
                "last three months' bank statements instead",
                "",
            ],
            [
                "A copy of your public liability insurance certificate (minimum cover £5 million)",
                "",
            ],
            ["Two written quotes for any single item costing more than £500", ""],
            [
                "Your safeguarding policy, if your project involves working with children, "
                "young people or adults at risk",
                "",
            ],
        ],
        500,
    )

    w.heading("Section 6: Declaration")
    w.para("On behalf of the organisation named in Section 1, I confirm that:")
    for b in (
        "the information in this application is true and correct to the best of my knowledge;",
        "the organisation has an equal opportunities policy and will provide a copy if asked;",
        "any grant will be spent only on the project described, and any part not spent "
        "will be returned to the Council;",
        "all publicity for the project will be bilingual and will acknowledge the support "
        "of Llanwernog County Council.",
    ):
        w.bullet(b)
    w.details(["Signature", "Print name", "Position in organisation", "Date"])
    w.para(
        "Llanwernog County Council will use the information you give us to assess your "
        "application and to manage any grant. Our privacy notice is at "
        "www.llanwernog.example.gov.uk/privacy.",
        italic=True,
    )
    out = HERE / "llanwernog-county-council-community-grants-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------- Trefeilian (docx form)


def trefeilian() -> None:
    """A town council's bilingual community grant form in Word, Welsh first and English
    after it in italics (one after the other, not side by side): label/box tables with
    "Welsh / English" labels, each question a shaded cell holding both languages over an
    empty cell, documents as two bulleted lists."""
    from docx.shared import RGBColor

    d = _new(
        "Grant Cymunedol / Community Grant - Ffurflen Gais / Application Form",
        "Cyngor Tref Trefeilian / Trefeilian Town Council",
        "Arial",
        11,
    )
    w = _Word(d, "E2EFD9")
    grey = RGBColor(0x40, 0x40, 0x40)

    def both(cy: str, en: str, bold: bool = False) -> None:
        w.para(cy, bold=bold)
        p = w.para(en, bold=bold, italic=True)
        p.runs[0].font.color.rgb = grey

    def question(cy: str, en: str, height: int) -> None:
        t = d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        _set(t.rows[0].cells[0], cy, bold=True)
        p = t.rows[0].cells[0].add_paragraph()
        r = p.add_run(en)
        r.bold = r.italic = True
        _shade(t.rows[0].cells[0], w.shade)
        _row_height(t.rows[1], height)
        w.para()

    d.add_heading("Cyngor Tref Trefeilian / Trefeilian Town Council", level=0)
    w.heading("Grant Cymunedol 2027/28 / Community Grant 2027/28", 1)
    w.heading("Ffurflen Gais / Application Form", 2)
    both(
        "Mae'r Cyngor Tref yn rhoi grantiau o hyd at £1,000 i grwpiau gwirfoddol a "
        "chymunedol sy'n gweithio er budd pobl Trefeilian.",
        "The Town Council gives grants of up to £1,000 to voluntary and community groups "
        "working for the benefit of the people of Trefeilian.",
    )
    both(
        "Gallwch lenwi'r ffurflen hon yn Gymraeg neu yn Saesneg. Anfonwch y ffurflen a'r "
        "dogfennau at y Clerc erbyn 31 Ionawr 2027: clerc@trefeilian.example.cymru.",
        "You can fill in this form in Welsh or in English. Send the form and the documents "
        "to the Clerk by 31 January 2027: clerc@trefeilian.example.cymru.",
    )

    w.heading("Adran 1: Amdanoch chi / Section 1: About you")
    w.details(
        [
            "Enw'r grŵp / Name of group",
            "Cyfeiriad / Address",
            "Cod post / Postcode",
            "Enw cyswllt / Contact name",
            "Rhif ffôn / Telephone",
            "E-bost / Email",
            "Rhif elusen (os yw'n berthnasol) / Charity number (if applicable)",
        ]
    )

    w.heading("Adran 2: Y prosiect / Section 2: The project")
    w.details(["Enw'r prosiect neu'r digwyddiad / Name of the project or event"])
    question(
        "2.1 Disgrifiwch y prosiect neu'r digwyddiad. (dim mwy na 250 gair)",
        "2.1 Describe the project or event. (no more than 250 words)",
        3200,
    )
    question(
        "2.2 Sut bydd y prosiect o fudd i bobl Trefeilian? (dim mwy na 200 gair)",
        "2.2 How will the project benefit the people of Trefeilian? (no more than 200 words)",
        2600,
    )
    question(
        "2.3 Sut byddwch chi'n defnyddio'r Gymraeg yn y prosiect? (dim mwy na 100 gair)",
        "2.3 How will you use the Welsh language in the project? (no more than 100 words)",
        1600,
    )
    w.details(["Dyddiad y prosiect neu'r digwyddiad / Date of the project or event"])

    w.heading("Adran 3: Costau / Section 3: Costs")
    w.details(
        [
            "Cyfanswm cost y prosiect (£) / Total cost of the project (£)",
            "Swm y grant y gofynnir amdano (£) / Amount of grant requested (£)",
            "Arian o ffynonellau eraill (£) / Money from other sources (£)",
        ]
    )
    both(
        "Rhaid i'r grŵp godi o leiaf hanner cost y prosiect ei hun neu o ffynonellau eraill.",
        "The group must raise at least half of the cost of the project itself or from "
        "other sources.",
    )

    w.heading("Adran 4: Dogfennau / Section 4: Documents")
    both("Rhaid i chi anfon:", "You must send:", bold=True)
    w.bullet("copi o gyfansoddiad neu reolau'r grŵp / a copy of the group's constitution or rules")
    w.bullet(
        "cyfrifon diweddaraf y grŵp, wedi'u llofnodi gan y trysorydd / the group's latest "
        "accounts, signed by the treasurer"
    )
    w.bullet("cyfriflen banc ddiweddar yn enw'r grŵp / a recent bank statement in the group's name")
    both("Os yw'n berthnasol:", "If relevant:", bold=True)
    w.bullet(
        "copi o dystysgrif yswiriant atebolrwydd cyhoeddus y grŵp, os ydych chi'n cynnal "
        "digwyddiad sy'n agored i'r cyhoedd / a copy of the group's public liability "
        "insurance certificate, if you are holding an event open to the public"
    )

    w.heading("Adran 5: Datganiad / Section 5: Declaration")
    both(
        "Rwy'n cadarnhau bod yr wybodaeth ar y ffurflen hon yn gywir ac y bydd unrhyw grant "
        "yn cael ei wario ar y prosiect a ddisgrifiwyd yn unig.",
        "I confirm that the information on this form is correct and that any grant will be "
        "spent only on the project described.",
    )
    w.details(
        [
            "Llofnod / Signature",
            "Enw (priflythrennau) / Name (capitals)",
            "Swydd yn y grŵp / Position in the group",
            "Dyddiad / Date",
        ]
    )
    both(
        "Bydd y Cyngor yn defnyddio'r wybodaeth hon i ystyried eich cais yn unig. Gweler "
        "hysbysiad preifatrwydd y Cyngor ar www.trefeilian.example.cymru.",
        "The Council will use this information only to consider your application. See the "
        "Council's privacy notice at www.trefeilian.example.cymru.",
    )
    out = HERE / "trefeilian-cyngor-tref-town-council-grant-cymunedol-ffurflen.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------- Nantgorwel (fillable PDF form)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nantgorwel() -> None:
    """A community council's bilingual fillable PDF as Acrobat's "Prepare form" makes one from
    a Word form: every label "Welsh / English", tooltips from the labels, /MaxLen on the three
    answer boxes matching the "(hyd at N nod / up to N characters)" printed over them, a
    Yes/No radio group, a check box against each document and one on the declaration."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))
    out = HERE / "nantgorwel-cyngor-cymuned-community-council-grant-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Cyngor Cymuned Nantgorwel - Ffurflen Gais am Grant / Grant Application Form")
    c.setAuthor("Clerc, Cyngor Cymuned Nantgorwel")
    c.setCreator("Acrobat Pro 24")
    w, h = A4
    form = c.acroForm
    green = colors.HexColor("#1E5631")
    fill = colors.HexColor("#EAF2EC")
    state = {"y": h - 50}

    def txt(t, x=50, size=9.5, font="DejaVu", width=w - 100, leading=12.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, state["y"], ln)
            state["y"] -= leading

    def heading(t):
        state["y"] -= 6
        c.setFillColor(green)
        c.setFont("DejaVu-Bold", 11.5)
        c.drawString(50, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 18

    def field(name, label, lw=230, maxlen=0):
        c.setFont("DejaVu", 9.5)
        c.drawString(50, state["y"], label)
        form.textfield(
            name=name,
            tooltip=label,
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

    def box(name, label, height, maxlen):
        txt(label, font="DejaVu-Bold")
        state["y"] -= 2
        form.textfield(
            name=name,
            tooltip=label,
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

    # page 1
    c.setFillColor(green)
    c.setFont("DejaVu-Bold", 15)
    c.drawString(50, state["y"], "Cyngor Cymuned Nantgorwel / Nantgorwel Community Council")
    state["y"] -= 20
    c.setFont("DejaVu-Bold", 12.5)
    c.drawString(50, state["y"], "Ffurflen Gais am Grant / Grant Application Form 2027-28")
    c.setFillColor(colors.black)
    state["y"] -= 22
    txt(
        "Mae'r Cyngor Cymuned yn rhoi grantiau bach o hyd at £750 i grwpiau a chlybiau lleol "
        "sy'n gwasanaethu pobl y gymuned."
    )
    txt(
        "The Community Council gives small grants of up to £750 to local groups and clubs "
        "that serve the people of the community.",
        font="DejaVu",
    )
    state["y"] -= 4
    txt(
        "Teipiwch eich atebion yn y blychau, cadwch y ffurflen a'i hanfon at y Clerc: "
        "clerc@nantgorwel.example.cymru. Dyddiad cau: 28 Chwefror 2027."
    )
    txt(
        "Type your answers in the boxes, save the form and send it to the Clerk: "
        "clerc@nantgorwel.example.cymru. Closing date: 28 February 2027."
    )

    heading("Adran 1: Eich sefydliad / Section 1: Your organisation")
    field("Enw'r sefydliad", "Enw'r sefydliad / Name of organisation", maxlen=100)
    field("Enw cyswllt", "Enw cyswllt / Contact name")
    field("Cyfeiriad", "Cyfeiriad / Address")
    field("Cod post", "Cod post / Postcode", maxlen=8)
    field("Rhif ffon", "Rhif ffôn / Telephone", maxlen=15)
    field("E-bost", "E-bost / Email")
    txt(
        "Ydy'r sefydliad yn gweithio yn ardal y Cyngor Cymuned? / Does the organisation work "
        "in the Community Council's area?",
        width=330,
    )
    state["y"] += 12.5
    for value, label, x in (("Ie", "Ie / Yes", 400), ("Na", "Na / No", 470)):
        form.radio(
            name="Ardal y Cyngor",
            tooltip="Ydy'r sefydliad yn gweithio yn ardal y Cyngor Cymuned? / Does the "
            "organisation work in the Community Council's area?",
            value=value,
            selected=False,
            x=x,
            y=state["y"] - 3,
            size=11,
            buttonStyle="circle",
            borderColor=colors.grey,
            fillColor=colors.white,
            forceBorder=True,
        )
        c.setFont("DejaVu", 9.5)
        c.drawString(x + 15, state["y"], label)
    state["y"] -= 30

    heading("Adran 2: Eich prosiect / Section 2: Your project")
    box(
        "Disgrifiad",
        "2.1 Disgrifiwch eich prosiect / Describe your project (hyd at 1,500 nod / up to "
        "1,500 characters)",
        150,
        1500,
    )
    box(
        "Budd i'r gymuned",
        "2.2 Sut bydd y gymuned yn elwa? / How will the community benefit? (hyd at 1,200 "
        "nod / up to 1,200 characters)",
        125,
        1200,
    )
    c.showPage()
    state["y"] = h - 50
    box(
        "Y Gymraeg",
        "2.3 Sut bydd eich prosiect yn hyrwyddo'r Gymraeg? / How will your project promote "
        "the Welsh language? (hyd at 600 nod / up to 600 characters)",
        80,
        600,
    )
    field(
        "Cyfanswm cost",
        "2.4 Cyfanswm cost y prosiect (£) / Total cost of the project (£)",
        lw=300,
        maxlen=10,
    )
    field(
        "Swm y cais",
        "2.5 Swm y grant y gofynnir amdano (£) / Grant requested (£)",
        lw=300,
        maxlen=10,
    )
    field("Dyddiad dechrau", "2.6 Dyddiad dechrau / Start date", lw=300, maxlen=10)
    txt(
        "Rhaid i bob grŵp gael yswiriant atebolrwydd cyhoeddus o £2 filiwn o leiaf. Nid oes "
        "angen i chi anfon y dystysgrif. / Every group must hold public liability insurance "
        "of at least £2 million. You do not need to send the certificate."
    )

    heading("Adran 3: Dogfennau / Section 3: Documents")
    txt(
        "Anfonwch y dogfennau hyn gyda'r ffurflen a thiciwch y blwch. / Send these documents "
        "with the form and tick the box."
    )
    state["y"] -= 4
    docs = [
        ("Cyfansoddiad", "Cyfansoddiad neu reolau'r grŵp / Constitution or rules of the group"),
        (
            "Cyfrifon",
            "Cyfrifon diweddaraf, neu ddatganiad incwm a gwariant wedi'i lofnodi gan y "
            "trysorydd / Latest accounts, or an income and expenditure statement signed by "
            "the treasurer",
        ),
        (
            "Dyfynbrisiau",
            "Dau ddyfynbris, os ydych yn prynu offer / Two quotes, if you are buying equipment",
        ),
    ]
    for name, label in docs:
        check(name, label)
        lines = simpleSplit(label, "DejaVu", 9.5, w - 170)
        c.setFont("DejaVu", 9.5)
        for ln in lines:
            c.drawString(68, state["y"], ln)
            state["y"] -= 12.5
        state["y"] -= 6

    heading("Adran 4: Datganiad / Section 4: Declaration")
    txt(
        "Rwy'n cadarnhau bod yr wybodaeth yn gywir ac y bydd y grant yn cael ei wario ar y "
        "prosiect uchod yn unig. / I confirm that the information is correct and that the "
        "grant will be spent only on the project above."
    )
    state["y"] -= 4
    check("Datganiad", "Rwy'n cytuno / I agree")
    c.setFont("DejaVu", 9.5)
    c.drawString(68, state["y"], "Rwy'n cytuno / I agree")
    state["y"] -= 26
    field("Enw", "Enw / Name", lw=200)
    field("Swydd", "Swydd / Position", lw=200)
    field("Dyddiad", "Dyddiad / Date", lw=200, maxlen=10)
    state["y"] -= 8
    txt(
        "Clerc Cyngor Cymuned Nantgorwel, Yr Hen Ysgol, Nantgorwel NG5 2TY. "
        "Ffôn / Telephone 01632 960418.",
        size=8.5,
        leading=11,
    )
    c.showPage()
    c.save()


# ----------------------------------------------------- Caerllwydd (text PDF guidance)


def caerllwydd() -> None:
    """A county borough council's Community Grants Fund guidance notes, the English version,
    as Word exports them to PDF: numbered headings, bullets, a "What you need to send" list,
    scoring and timetable tables, FAQs; five pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "caerllwydd-community-grants-fund-guidance-notes.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Grants Fund 2027-28: Guidance Notes")
    c.setAuthor("Caerllwydd County Borough Council")
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    red = colors.HexColor("#8B1E2D")
    state = {"y": h - 72, "page": 1}

    def folio():
        c.setFont("Helvetica", 8.5)
        c.drawString(
            72,
            40,
            "Caerllwydd County Borough Council - Community Grants Fund Guidance Notes 2027-28",
        )
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
        c.setFillColor(red)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, state["y"], t)
        c.setFillColor(colors.black)
        state["y"] -= 20

    def bullet(t):
        lines = simpleSplit(t, "Helvetica", 10.5, w - 168)
        room(len(lines) * 14)
        c.setFont("Helvetica", 10.5)
        c.drawString(84, state["y"], "\u2022")
        for ln in lines:
            c.drawString(96, state["y"], ln)
            state["y"] -= 14
        state["y"] -= 3

    def table(rows, xs):
        room(20 * len(rows) + 10)
        for i, r in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
            if i == 0:
                c.setFillColor(colors.HexColor("#F2DCDB"))
                c.rect(xs[0], state["y"] - 6, xs[-1] - xs[0], 20, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, v in enumerate(r):
                c.drawString(xs[j] + 4, state["y"], v)
            c.setStrokeColor(colors.grey)
            c.line(xs[0], state["y"] - 6, xs[-1], state["y"] - 6)
            state["y"] -= 20
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(red)
    c.drawString(72, state["y"], "Community Grants Fund 2027/28")
    state["y"] -= 26
    c.setFont("Helvetica", 15)
    c.drawString(72, state["y"], "Guidance Notes for Applicants")
    state["y"] -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, state["y"], "Caerllwydd County Borough Council")
    c.setFillColor(colors.black)
    state["y"] -= 26
    para(
        "Mae'r ddogfen hon hefyd ar gael yn Gymraeg. This document is also available in "
        "Welsh, in large print and in other formats on request.",
        font="Helvetica-Oblique",
    )

    head("1. Introduction")
    para(
        "Caerllwydd County Borough Council's Community Grants Fund supports voluntary and "
        "community organisations, community councils and social enterprises to run projects "
        "that make a real difference to local people. The fund reflects the Council's "
        "Corporate Plan and the well-being goals set out in the Well-being of Future "
        "Generations (Wales) Act 2015."
    )
    para(
        "These notes explain who can apply, what we can fund, how to apply and what you "
        "need to send with your application. Please read them carefully before you start. "
        "If you have any questions, contact the Community Grants Officer (see section 14)."
    )

    head("2. Who can apply")
    para("You can apply if your organisation is one of the following:")
    for b in (
        "a constituted voluntary or community group with a bank account in its own name;",
        "a registered charity or charitable incorporated organisation (CIO);",
        "a community interest company or other not-for-profit social enterprise;",
        "a community or town council, for a project with other local groups.",
    ):
        bullet(b)
    para(
        "Your organisation must be based in Caerllwydd or deliver the project for people "
        "who live in the county borough."
    )

    head("3. Who cannot apply")
    for b in (
        "individuals;",
        "businesses run for private profit;",
        "schools, for activities they have a statutory duty to provide;",
        "political parties, or groups whose main purpose is to promote a religious belief;",
        "organisations that have not sent a monitoring report for an earlier grant from us.",
    ):
        bullet(b)

    head("4. What we can fund")
    para("The fund has three strands. You can apply to one strand in each year.")
    table(
        [
            ["Strand", "Grant", "Examples"],
            ["Community Development", "£500 to £5,000", "new activities, equipment"],
            ["Welsh Language and Culture", "£250 to £2,000", "events, clubs, classes"],
            ["Green Communities", "£1,000 to £10,000", "growing, biodiversity, energy"],
        ],
        [72, 240, 350, w - 72],
    )
    para(
        "We can fund equipment, small building improvements, sessional staff, volunteer "
        "expenses, venue hire, publicity and the running costs of a new activity for up to "
        "twelve months. We cannot fund costs you have already paid, loans, fundraising "
        "events, trips abroad or the ongoing costs of an activity we have funded before."
    )

    para("Examples of projects we funded in 2026/27:", font="Helvetica-Bold")
    for b in (
        "a village hall committee that bought a defibrillator and trained twenty volunteers "
        "to use it (Community Development, £2,400);",
        "a Welsh-medium youth club's summer gig with local bands (Welsh Language and "
        "Culture, £900);",
        "a residents' association that turned an unused corner of a park into a community "
        "orchard with wildflower borders (Green Communities, £6,750);",
        "a lunch club for older people that bought a new cooker and ran bilingual "
        "reminiscence sessions (Community Development, £3,100).",
    ):
        bullet(b)

    head("5. Match funding")
    para(
        "You will need to find at least 25% of the total cost of your project from other "
        "sources. This can include your own funds, other grants, sponsorship and the value "
        "of volunteer time (at £15 an hour). Tell us on the application form where your "
        "contribution will come from."
    )

    head("6. The Welsh language")
    para(
        "The Council is committed to the Welsh Language Standards. If we award you a grant, "
        "any signs, leaflets, posters and other publicity for the project must be bilingual "
        "and must not treat Welsh less favourably than English. We can include the cost of "
        "translation in your grant."
    )

    head("7. How to apply")
    para(
        "Please apply online through the Council's website at "
        "www.caerllwydd.example.gov.uk/communitygrants. You can save your application and "
        "come back to it. If you cannot apply online, phone us and we will send you a paper "
        "form in Welsh or in English."
    )
    para(
        "You can apply in Welsh or in English. Applications made in Welsh will be treated no "
        "less favourably than applications made in English."
    )

    head("8. What you need to send")
    para("Every applicant must send:")
    for b in (
        "a copy of your governing document (constitution, set of rules, or memorandum and "
        "articles of association), signed and dated;",
        "your most recent annual accounts, signed by two officers of your organisation. "
        "They do not need to be audited unless your income is over £250,000. If your "
        "organisation is new and does not have a full year's accounts yet, send your last "
        "two bank statements instead;",
        "a copy of your equal opportunities policy;",
        "a copy of your public liability insurance certificate, showing cover of at least "
        "£5 million.",
    ):
        bullet(b)
    para("You must also send, if they apply to you:")
    for b in (
        "your safeguarding policy, if your project involves children, young people or "
        "adults at risk;",
        "your employer's liability insurance certificate, if you employ staff;",
        "for Green Communities applications over £5,000: two written quotes for each item "
        "costing more than £1,000, and written permission from the landowner if you do not "
        "own the land or building.",
    ):
        bullet(b)
    para(
        "Please upload the documents with your online application. We cannot assess your "
        "application until we have all the documents that apply to you."
    )

    head("9. How we assess applications")
    para(
        "A grants officer will check that your application is complete and eligible. "
        "Eligible applications are scored by a panel of officers and elected members, "
        "using the scores below."
    )
    table(
        [
            ["What we look at", "Score"],
            ["Evidence of need for the project", "25"],
            ["Benefit to local people and communities", "25"],
            ["Contribution to the well-being goals", "20"],
            ["Use and promotion of the Welsh language", "15"],
            ["Value for money and match funding", "15"],
        ],
        [72, 380, w - 72],
    )
    para(
        "Applications scoring less than 50 out of 100 will not be funded. The panel's "
        "decision is final, but we will always tell you why an application was not "
        "successful."
    )

    head("10. Timetable")
    table(
        [
            ["Round", "Closing date", "Decision by"],
            ["Round 1", "29 January 2027", "26 March 2027"],
            ["Round 2", "28 May 2027", "23 July 2027"],
            ["Round 3", "24 September 2027", "19 November 2027"],
        ],
        [72, 220, 370, w - 72],
    )

    head("11. If you are awarded a grant")
    para(
        "We will send you a grant offer letter and terms and conditions, which must be "
        "signed and returned before we pay the grant. Grants are normally paid in full by "
        "BACS. Within three months of the end of your project you must send a short "
        "monitoring report, with receipts for everything the grant paid for and "
        "photographs where you can."
    )

    head("12. Help with your application")
    para(
        "Caerllwydd Voluntary Action, the county voluntary council, can help you plan your "
        "project, write your application and put your governing document and policies in "
        "place. Their support is free to community groups. Telephone 01632 960155 or email "
        "help@caerllwyddva.example.org.uk."
    )
    para(
        "Menter Iaith Caerllwydd can advise on planning bilingual activities and on "
        "reaching Welsh speakers and learners, and can check the Welsh in your publicity."
    )

    head("13. How we use your information")
    para(
        "Caerllwydd County Borough Council will use the information in your application to "
        "assess it, to manage any grant and to report on the fund. We may share it with "
        "other funders to avoid paying for the same thing twice, and we publish the name "
        "of each organisation we fund, the amount and the purpose. Read our privacy notice "
        "at www.caerllwydd.example.gov.uk/privacy."
    )

    head("Frequently asked questions")
    for q, a in (
        (
            "Can we apply if we have had a grant before?",
            "Yes, as long as your earlier grant has been spent and you have sent us the "
            "monitoring report. We cannot fund the same activity twice.",
        ),
        (
            "Do we need to be a registered charity?",
            "No. Constituted groups with a bank account in their own name can apply.",
        ),
        (
            "Can we apply for more than one strand?",
            "No. You can apply to one strand in each financial year.",
        ),
        (
            "Can we buy equipment for use by one person?",
            "No. Equipment must be for the use of the group and the community.",
        ),
    ):
        para(q, font="Helvetica-Bold")
        para(a)

    head("14. Contact us")
    para(
        "Community Grants Officer, Caerllwydd County Borough Council, Civic Centre, "
        "Caerllwydd CL3 8RW. Telephone 01632 962775. Email grantiau@caerllwydd.example.gov.uk. "
        "We welcome calls in Welsh and in English."
    )
    folio()
    c.showPage()
    c.save()


def main() -> None:
    llanwernog()
    trefeilian()
    nantgorwel()
    caerllwydd()


if __name__ == "__main__":
    main()
