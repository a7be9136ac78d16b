"""Build set 29's Word and PDF documents (faith, equalities and inclusion funds).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus29.py
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


def _italic(par, text: str, grey: bool = True):
    from docx.shared import RGBColor

    r = par.add_run(text)
    r.italic = True
    if grey:
        r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    return r


# ---------------------------------------------------------------------------- Fallowby (docx)

FALLOWBY_DETAILS = [
    ("1.1", "Name of your group", "Nazwa grupy"),
    ("1.2", "Contact person", "Osoba do kontaktu"),
    ("1.3", "Telephone", "Telefon"),
    ("1.4", "Email", "E-mail"),
    ("1.5", "Address and postcode", "Adres i kod pocztowy"),
    (
        "1.6",
        f"Type of group (tick one): {BOX} Registered charity or CIO  {BOX} CIC  "
        f"{BOX} Community group with a constitution  {BOX} Faith group  {BOX} Other",
        f"Rodzaj grupy (zaznacz jedno): {BOX} Zarejestrowana organizacja charytatywna lub CIO  "
        f"{BOX} CIC  {BOX} Grupa społeczna ze statutem  {BOX} Grupa wyznaniowa  {BOX} Inna",
    ),
    ("1.7", "Charity or company number (if any)", "Numer organizacji lub spółki (jeśli jest)"),
    (
        "1.8",
        f"Languages used in your group (tick all that apply): {BOX} English  {BOX} Polish  "
        f"{BOX} Ukrainian  {BOX} Arabic  {BOX} Dari or Pashto  {BOX} Tigrinya  {BOX} Other",
        f"Języki używane w grupie (zaznacz wszystkie właściwe): {BOX} angielski  {BOX} polski  "
        f"{BOX} ukraiński  {BOX} arabski  {BOX} dari lub paszto  {BOX} tigrinia  {BOX} inny",
    ),
    (
        "1.9",
        f"Language for our letters to you: {BOX} English  {BOX} Polski  {BOX} Other",
        f"Język naszych listów do Ciebie: {BOX} angielski  {BOX} polski  {BOX} inny",
    ),
]

# (number, English, Polish, kind) kind: "q" question box, "f" one-line field
FALLOWBY_PROJECT = [
    ("2.1", "Project name", "Nazwa projektu", "f"),
    (
        "2.2",
        "What will your project do? Tell us what, where and when. (up to 300 words)",
        "Co będzie robić Twój projekt? Napisz co, gdzie i kiedy. (do 300 słów)",
        "q",
    ),
    (
        "2.3",
        "Who is the project for, and how will people hear about it? (up to 200 words)",
        "Dla kogo jest projekt i jak ludzie się o nim dowiedzą? (do 200 słów)",
        "q",
    ),
    ("2.4", "How many people will take part?", "Ile osób weźmie udział?", "f"),
    (
        "2.5",
        f"Which groups will the project mainly support? Tick all that apply. {BOX} Refugees  "
        f"{BOX} People seeking asylum  {BOX} People with settled or pre-settled status  "
        f"{BOX} Other migrants  {BOX} Long-standing residents",
        f"Kogo projekt będzie głównie wspierał? Zaznacz wszystkie właściwe. {BOX} Uchodźców  "
        f"{BOX} Osoby ubiegające się o azyl  {BOX} Osoby ze statusem settled lub pre-settled  "
        f"{BOX} Innych migrantów  {BOX} Długoletnich mieszkańców",
        "f",
    ),
    (
        "2.6",
        "How will the project bring newcomers and long-standing residents together? "
        "(up to 200 words)",
        "Jak projekt połączy nowych i długoletnich mieszkańców? (do 200 słów)",
        "q",
    ),
    (
        "2.7",
        "What difference will it make? How will you know? (up to 150 words)",
        "Jaką to zrobi różnicę? Skąd będziecie wiedzieć? (do 150 słów)",
        "q",
    ),
    (
        "2.8",
        "Will anyone need an interpreter, childcare or help with travel to take part? "
        "If so, how will you provide it?",
        "Czy ktoś będzie potrzebował tłumacza, opieki nad dziećmi lub pomocy w dojeździe? "
        "Jeśli tak, jak to zapewnicie?",
        "q",
    ),
    ("2.9", "Start date", "Data rozpoczęcia", "f"),
    ("2.10", "End date", "Data zakończenia", "f"),
]

FALLOWBY_MONEY = [
    ("3.1", "How much are you asking for? (£)", "O jaką kwotę wnioskujesz? (£)"),
    ("3.2", "Total cost of the project (£)", "Całkowity koszt projektu (£)"),
]

FALLOWBY_COMMITTEE = [
    (
        "4.1",
        "How many people are on your committee?",
        "Ile osób jest w zarządzie Twojej grupy?",
        "f",
    ),
    (
        "4.2",
        "How many of them have come to the UK as refugees, to seek asylum or as migrants?",
        "Ile z nich przybyło do Wielkiej Brytanii jako uchodźcy, osoby ubiegające się o azyl "
        "lub migranci?",
        "f",
    ),
    (
        "4.3",
        "How do the people who use your group have a say in how it is run? (up to 100 words)",
        "W jaki sposób osoby korzystające z grupy mają wpływ na to, jak jest prowadzona? "
        "(do 100 słów)",
        "q",
    ),
]


def _fallowby_pair(d, number: str, english: str, polish: str, kind: str, width) -> None:
    """One question: English left, Polish right, and the answer across both below."""
    from docx.shared import Pt

    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    left, right = t.rows[0].cells
    _shade(left, "E4EEF7")
    _shade(right, "E4EEF7")
    p = left.paragraphs[0]
    r = p.add_run(f"{number}  ")
    r.bold = True
    p.add_run(english).bold = True
    q = right.paragraphs[0]
    q.add_run(f"{number}  ")
    _italic(q, polish)
    answer = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    answer.paragraphs[0].text = ""
    _row_height(t.rows[1], 2600 if kind == "q" else 420)
    for row in t.rows:
        row.cells[0].width = width
    spacer = d.add_paragraph()
    spacer.paragraph_format.space_after = Pt(2)


def fallowby() -> None:
    """A city council's refugee and migrant fund form in English with Polish alongside."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = _new(
        "Welcome Fund 2027-28 application form - English / Polski",
        "Fallowby City Council Communities and Inclusion Team",
        "Arial",
        10,
    )
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.6)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fallowby City Council  |  Communities and Inclusion Team"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Welcome Fund application form  -  English / Polski  -  version 2, October 2026  -  "
        "Formularz dostępny także w dużym druku / also available in large print"
    )
    fp.runs[0].font.size = Pt(7.5)

    h = d.add_paragraph()
    r = h.add_run("Welcome Fund 2027-28")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    h2 = d.add_paragraph()
    r = h2.add_run("Application form  /  Formularz wniosku")
    r.bold = True
    r.font.size = Pt(13)
    for en, pl in (
        (
            "The Welcome Fund gives grants of £500 to £5,000 to community groups run by and "
            "for refugees and migrants, and to groups that bring newcomers and long-standing "
            "residents of Fallowby together. We can pay for the whole cost of your project: "
            "you do not need to find other funding. At least half of the people taking part "
            "should be refugees, people seeking asylum or migrants.",
            "Fundusz Powitalny przyznaje granty od 500 do 5000 funtów grupom prowadzonym "
            "przez uchodźców i migrantów oraz dla nich, a także grupom, które łączą nowych i "
            "długoletnich mieszkańców Fallowby. Możemy pokryć cały koszt projektu: nie musisz "
            "szukać innego finansowania.",
        ),
        (
            "You can fill in this form in English or in Polish. If you would like help, or "
            "an interpreter for another language, ring the Communities Team on 01632 960 417 "
            "or email welcomefund@fallowby.example.gov.uk. Please read the guidance notes "
            "before you start.",
            "Formularz można wypełnić po angielsku lub po polsku. Jeśli potrzebujesz pomocy "
            "lub tłumacza innego języka, zadzwoń pod numer 01632 960 417 albo napisz na "
            "welcomefund@fallowby.example.gov.uk.",
        ),
        (
            "Type or write in the white boxes. The boxes will grow as you type.",
            "Pisz w białych polach. Pola powiększają się podczas pisania.",
        ),
    ):
        d.add_paragraph(en)
        _italic(d.add_paragraph(), pl)

    width = Cm(8.7)

    def heading(en: str, pl: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(en)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        p.add_run("   /   ")
        r = _italic(p, pl)
        r.font.size = Pt(13)

    heading("Section 1: About your group", "Część 1: O Twojej grupie")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for number, en, pl in FALLOWBY_DETAILS:
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(f"{number}  {en}").bold = True
        _italic(row.cells[1].paragraphs[0], pl)
        _shade(row.cells[0], "E4EEF7")
        _shade(row.cells[1], "E4EEF7")
        _row_height(row, 420)
        row.cells[0].width = Cm(6.2)
        row.cells[1].width = Cm(6.2)
        row.cells[2].width = Cm(5.0)

    heading("Section 2: Your project", "Część 2: Twój projekt")
    for number, en, pl, kind in FALLOWBY_PROJECT:
        _fallowby_pair(d, number, en, pl, kind, width)

    heading("Section 3: Money", "Część 3: Pieniądze")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for number, en, pl in FALLOWBY_MONEY:
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(f"{number}  {en}").bold = True
        _italic(row.cells[1].paragraphs[0], pl)
        _shade(row.cells[0], "E4EEF7")
        _shade(row.cells[1], "E4EEF7")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("3.3  What will the grant pay for?  ").bold = True
    _italic(p, "Na co przeznaczysz grant?")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("Item / Pozycja").bold = True
    t.rows[0].cells[1].paragraphs[0].add_run("Cost / Koszt (£)").bold = True
    for row in t.rows:
        _row_height(row, 360)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("3.4  Other funding applied for (who from, and how much)  ").bold = True
    _italic(p, "Inne źródła finansowania (od kogo i ile)")
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _row_height(t.rows[0], 600)

    heading("Section 4: Your committee", "Część 4: Zarząd Twojej grupy")
    d.add_paragraph(
        "We ask 4.1 and 4.2 to check that the fund reaches groups led by the people they "
        "serve. It does not affect how we score your application."
    )
    _italic(
        d.add_paragraph(),
        "Pytania 4.1 i 4.2 pomagają nam sprawdzić, czy fundusz trafia do grup prowadzonych "
        "przez osoby, którym służą.",
    )
    for number, en, pl, kind in FALLOWBY_COMMITTEE:
        _fallowby_pair(d, number, en, pl, kind, width)

    heading("Section 5: Documents to send", "Część 5: Dokumenty do wysłania")
    d.add_paragraph("Please send these with your form:")
    _italic(d.add_paragraph(), "Prosimy dołączyć do formularza:")
    for en, pl in (
        (
            "a copy of your constitution or set of rules;",
            "kopię statutu lub regulaminu grupy;",
        ),
        (
            "your most recent bank statement (no more than three months old);",
            "najnowszy wyciąg bankowy (nie starszy niż trzy miesiące);",
        ),
        (
            "your latest annual accounts, or an income and expenditure statement for the last "
            "year signed by two committee members.",
            "ostatnie roczne sprawozdanie finansowe albo zestawienie przychodów i wydatków za "
            "ostatni rok podpisane przez dwóch członków zarządu.",
        ),
    ):
        p = d.add_paragraph(style="List Bullet")
        p.add_run(en + "  ")
        _italic(p, pl)
    d.add_paragraph("Also send, only if they apply to your project:")
    _italic(d.add_paragraph(), "Dodatkowo, tylko jeśli dotyczy:")
    for en, pl in (
        (
            "your safeguarding policy, if the project works with children under 18 or adults "
            "at risk;",
            "politykę ochrony, jeśli projekt obejmuje dzieci poniżej 18 lat lub dorosłych "
            "w grupie ryzyka;",
        ),
        (
            "a quote or a note of the hourly rate, if you will pay an interpreter or a "
            "sessional worker.",
            "wycenę lub stawkę godzinową, jeśli zapłacicie tłumaczowi lub pracownikowi sesyjnemu.",
        ),
    ):
        p = d.add_paragraph(style="List Bullet")
        p.add_run(en + "  ")
        _italic(p, pl)
    d.add_paragraph(
        "Your group must hold public liability insurance of at least £2 million while the "
        "project runs. You do not need to send us the certificate."
    )
    _italic(
        d.add_paragraph(),
        "Grupa musi mieć ubezpieczenie od odpowiedzialności cywilnej na co najmniej "
        "2 miliony funtów. Nie musisz przesyłać nam polisy.",
    )

    heading("Section 6: Declaration", "Część 6: Oświadczenie")
    d.add_paragraph(
        "I confirm that the information in this form is true, that the grant will be spent "
        "only on the project described, and that Fallowby City Council may share this "
        "application with its partners on the Welcome Fund panel."
    )
    _italic(
        d.add_paragraph(),
        "Oświadczam, że informacje w formularzu są prawdziwe, a grant zostanie wydany "
        "wyłącznie na opisany projekt.",
    )
    d.add_paragraph(
        f"{BOX}  We have an equal opportunities policy and we welcome everyone, whatever their "
        "immigration status, faith or background.  "
    ).add_run("Mamy politykę równych szans.").italic = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (en, pl) in zip(
        t.rows,
        (
            ("Signature", "Podpis"),
            ("Name in capitals", "Imię i nazwisko drukowanymi literami"),
            ("Position in the group", "Funkcja w grupie"),
            ("Date", "Data"),
        ),
        strict=True,
    ):
        p = row.cells[0].paragraphs[0]
        p.add_run(f"{en} / ").bold = True
        _italic(p, pl)
        _shade(row.cells[0], "E4EEF7")
        _row_height(row, 420)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(
        "Return the form to welcomefund@fallowby.example.gov.uk or to Communities and "
        "Inclusion Team, Fallowby City Council, Civic Centre, Fallowby FB1 2AA, by 5pm on "
        "Friday 26 February 2027."
    )
    r.font.size = Pt(9)
    p = d.add_paragraph()
    r = p.add_run(
        "How we use your information: Fallowby City Council is the data controller. We use "
        "the details in this form to assess your application and to monitor the fund, under "
        "our public task. We keep them for six years after the grant ends. Our privacy "
        "notice is at www.fallowby.example.gov.uk/privacy."
    )
    r.font.size = Pt(8)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ("Office use: Ref", "Date received", "Officer"), strict=True
    ):
        cell.paragraphs[0].add_run(text).font.size = Pt(7.5)
        _shade(cell, "D9D9D9")
    out = HERE / "fallowby-refugee-and-migrant-welcome-fund.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# -------------------------------------------------------------------------- Hartsgrove (docx)

TICK, CROSS = "\u2714", "\u2716"


def hartsgrove() -> None:
    """A community foundation's race equality fund guidance with a documents-by-type matrix."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = _new(
        "Race Equality Fund 2027 - guidance for applicants",
        "Hartsgrove Community Foundation",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hartsgrove Community Foundation  |  Race Equality Fund 2027"
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Hartsgrove Community Foundation is a registered charity (no. 1100482) and a company "
        "limited by guarantee (no. 04400128). Easy Read and audio versions of this guidance "
        "are on our website."
    )
    fp.runs[0].font.size = Pt(8)
    plum = RGBColor(0x5B, 0x2C, 0x6F)

    def head(text: str, level: int = 1) -> None:
        p = d.add_heading(text, level=level)
        for r in p.runs:
            r.font.color.rgb = plum

    t = d.add_paragraph()
    r = t.add_run("Race Equality Fund 2027")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = plum
    d.add_paragraph("Guidance for applicants  |  Round opens 11 January 2027, closes 5 March 2027")

    head("About the fund")
    d.add_paragraph(
        "The Race Equality Fund supports organisations led by and for people from Black, Asian "
        "and other minoritised ethnic communities in Hartsgrove and the surrounding villages. "
        "We give grants of up to £15,000, spread over one or two years, for work that tackles "
        "racial inequality in health, housing, education, employment or access to services, "
        "and for the running costs of the groups doing that work."
    )
    d.add_paragraph(
        "You do not need match funding. We can pay the whole cost of what you ask for, and up "
        "to 20% of the grant can go towards your core costs such as rent, insurance or a "
        "bookkeeper."
    )
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _shade(cell, "F3ECF7")
    cell.paragraphs[0].add_run("Why this fund is only open to some groups").bold = True
    cell.add_paragraph(
        "This is a positive action programme under section 158 of the Equality Act 2010. "
        "Groups in Hartsgrove led by people from minoritised ethnic communities received 3% of "
        "local grant funding between 2022 and 2025, although those communities make up 18% of "
        "the population. Our trustees agreed to set this fund aside to help close that gap."
    )

    head("Can we apply?")
    d.add_paragraph("You can apply if all of these are true:")
    for text in (
        "you are a registered charity, a CIO, a CIC or community benefit society, or a "
        "community group with a written constitution, or an unconstituted group applying "
        "through a host organisation that will hold the grant for you;",
        "at least 51% of your board, committee or steering group are from Black, Asian or "
        "other minoritised ethnic communities (for a hosted group, this applies to the group, "
        "not the host);",
        "at least 75% of the people who benefit from the work will be from those communities;",
        "your annual income is under £250,000.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "Not sure? Ring Nasreen or Tom on 01632 960 582 before you start. We would rather talk "
        "to you than turn down an application we could have helped with."
    )

    head("What we will not fund")
    for text in (
        "Activities that promote a religion or a political party (faith-based groups are "
        "welcome to apply for work open to everyone).",
        "Costs you have already paid.",
        "Work that a statutory body has a duty to provide.",
    ):
        d.add_paragraph(text, style="List Bullet")

    head("How to apply, step by step")
    steps = (
        (
            "Step 1: Check you can apply",
            "Read 'Can we apply?' above. Ring us if you are unsure.",
        ),
        (
            "Step 2: Register on our grants portal",
            "Go to grants.hartsgrovecf.example.org.uk and create an account. Each person who "
            "will work on the application can have their own login.",
        ),
        (
            "Step 3: Answer the questions",
            "The online form has seven questions about your group and your work. Most have a "
            "limit of 250 words; the question about what difference the grant will make has "
            "a limit of 400 words. You can save your answers and come back later. You can "
            "also send us a short video instead of written answers: see the FAQ below.",
        ),
        (
            "Step 4: Get your documents ready",
            "What you upload depends on what kind of organisation you are. Use the table below.",
        ),
        (
            "Step 5: Submit",
            "Press Submit by 12 noon on Friday 5 March 2027. You will get an email with a "
            "reference number straight away.",
        ),
        (
            "Step 6: Hear from us",
            "A member of the grants team will phone you in April to talk about your "
            "application. The panel meets in May and we will tell you the decision by 4 June "
            "2027.",
        ),
    )
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for title, text in steps:
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(title).bold = True
        _shade(row.cells[0], "F3ECF7")
        row.cells[1].paragraphs[0].text = text

    head("Step 4 in detail: the documents we need")
    d.add_paragraph(
        f"{TICK} means you must upload it. {CROSS} means you do not need to. Read across from "
        "the kind of organisation you are."
    )
    columns = (
        "Document",
        "Registered charity or CIO",
        "CIC or community benefit society",
        "Constituted community group",
        "Unconstituted group applying through a host",
    )
    rows = (
        (
            "Governing document (constitution, articles or rules; for a hosted group, the host's)",
            TICK,
            TICK,
            TICK,
            TICK,
        ),
        (
            "Latest annual accounts (for a hosted group, the host's)",
            TICK,
            TICK,
            TICK,
            TICK,
        ),
        ("Safeguarding policy", TICK, TICK, TICK, TICK),
        (
            "Equality, diversity and inclusion policy",
            TICK,
            TICK,
            TICK,
            f"{CROSS} (we do not expect one yet)",
        ),
        ("Most recent annual report", TICK, TICK, CROSS, CROSS),
        (
            "Letter from the host organisation agreeing to hold the grant for you",
            CROSS,
            CROSS,
            CROSS,
            TICK,
        ),
    )
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, columns, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "5B2C6F")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for values in rows:
        row = t.add_row()
        for cell, text in zip(row.cells, values, strict=True):
            cell.paragraphs[0].text = text
    d.add_paragraph()
    d.add_paragraph(
        "Accounts do not need to be audited or independently examined: accounts approved by "
        "your committee and signed by your treasurer are fine. If your organisation is less "
        "than 12 months old and has no accounts yet, upload your last three months' bank "
        "statements instead."
    )
    d.add_paragraph(
        "You do not need to upload a budget: the online form has a budget table to fill in. "
        "You may also upload up to two short letters of support from people who use your "
        "group, but these are optional and will not affect the decision."
    )
    d.add_paragraph(
        "Insurance: if you run activities open to the public you should have public liability "
        "insurance. We do not ask to see it."
    )

    head("Questions people ask")
    for q, a in (
        (
            "Can we send a video instead of writing?",
            "Yes. For Step 3 you can upload a video of up to five minutes answering the same "
            "questions, in any language. It does not need to be polished: a phone video is "
            "fine.",
        ),
        (
            "We are a faith group. Can we apply?",
            "Yes, if the work is open to people of any faith or none and you meet the other "
            "conditions.",
        ),
        (
            "Can we apply if we had a grant last year?",
            "Yes. Groups funded in 2026 can apply again and will be asked what the last grant "
            "achieved.",
        ),
    ):
        p = d.add_paragraph()
        p.add_run(q).bold = True
        d.add_paragraph(a)

    head("Words we use")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("Word").bold = True
    t.rows[0].cells[1].paragraphs[0].add_run("What we mean").bold = True
    for word, meaning in (
        ("Core costs", "The costs of running your group, not one project."),
        ("Host organisation", "A larger organisation that holds the grant for your group."),
        ("Minoritised", "Treated as a minority by others, whatever the numbers."),
        ("Positive action", "Steps the law allows to help groups facing disadvantage."),
    ):
        row = t.add_row()
        row.cells[0].paragraphs[0].text = word
        row.cells[1].paragraphs[0].text = meaning
    d.add_paragraph()
    d.add_paragraph(
        "Data protection: we use the information you give us to assess your application and "
        "to report on the fund. Our privacy notice is at hartsgrovecf.example.org.uk/privacy."
    )
    out = HERE / "hartsgrove-race-equality-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------------ Brackenholt (fillable PDF)


def brackenholt() -> None:
    """A district council's LGBTQ+ community fund as a two-page fillable PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "brackenholt-lgbtq-community-fund.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("LGBTQ+ Community Fund 2027 - application form")
    c.setAuthor("Brackenholt District Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 48, w - 48
    ink = colors.HexColor("#3C1F5C")
    pale = colors.HexColor("#F4F0F8")
    stripes = ["#E40303", "#FF8C00", "#FFED00", "#008026", "#004DFF", "#750787"]

    def top(page: int) -> None:
        for i, s in enumerate(stripes):
            c.setFillColor(colors.HexColor(s))
            c.rect(i * w / 6, h - 10, w / 6, 10, stroke=0, fill=1)
        c.setFillColor(ink)
        c.setFont("Helvetica", 7)
        c.drawString(
            x0,
            22,
            "Brackenholt District Council, Communities Team, The Maltings, Brackenholt BH4 7QE "
            "| lgbtqfund@brackenholt.example.gov.uk | 01632 960 233",
        )
        c.drawRightString(x2, 12, f"{page}/2")
        c.setFillColor(colors.black)

    def band(y: float, text: str) -> float:
        c.setFillColor(ink)
        c.rect(x0, y - 4, x2 - x0, 15, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x0 + 5, y, text)
        c.setFillColor(colors.black)
        return y - 22

    def field(name, tip, x, y, width, height, maxlen=None, multiline=False):
        # reportlab gives a field /MaxLen 100 unless told None: pass it always
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=ink,
            fillColor=pale,
            borderWidth=0.5,
            fontSize=9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )

    def short(x, y, label, name, width, maxlen):
        c.setFont("Helvetica", 8)
        c.drawString(x, y, label)
        field(name, label, x, y - 17, width, 14, maxlen)

    def big(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 8.5)
        for i, line in enumerate(lines):
            c.drawString(x0, y - 10.5 * i, line)
        top_ = y - 10.5 * len(lines) - 2
        field(name, " ".join(lines), x0, top_ - height, x2 - x0, height, maxlen, True)
        return top_ - height - 14

    def radios(y, label, name, options, x=None):
        x = x0 if x is None else x
        c.setFont("Helvetica", 8)
        c.drawString(x, y, label)
        xx = x + c.stringWidth(label, "Helvetica", 8) + 8
        for value, text in options:
            form.radio(
                name=name,
                tooltip=label,
                value=value,
                selected=False,
                x=xx,
                y=y - 2,
                size=9,
                buttonStyle="circle",
                borderColor=ink,
                fillColor=pale,
                borderWidth=0.5,
            )
            c.drawString(xx + 12, y, text)
            xx += 12 + c.stringWidth(text, "Helvetica", 8) + 12

    def checks(y, label, prefix, options):
        c.setFont("Helvetica", 8)
        c.drawString(x0, y, label)
        y -= 13
        xx = x0
        for i, text in enumerate(options):
            form.checkbox(
                name=f"{prefix}_{i + 1}",
                tooltip=f"{label} {text}",
                x=xx,
                y=y - 2,
                size=9,
                buttonStyle="check",
                borderColor=ink,
                fillColor=pale,
                borderWidth=0.5,
            )
            c.drawString(xx + 12, y, text)
            xx += 12 + c.stringWidth(text, "Helvetica", 8) + 14
        return y - 18

    # ---- page 1
    top(1)
    c.setFillColor(ink)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(x0, h - 42, "LGBTQ+ Community Fund 2027")
    c.setFont("Helvetica", 9)
    c.drawString(
        x0, h - 56, "Application form  |  grants of £300 to £4,000  |  closing date 19 March 2027"
    )
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    y = h - 74
    for line in (
        "Fill in this form on screen and email it to us with your documents. We fund up to 90% "
        "of the cost of a project; please find at least",
        "10% from elsewhere, in cash or in kind (volunteer time counts). All groups must have "
        "public liability insurance of at least",
        "£5 million. We do not need to see the certificate. If you would rather talk than "
        "write, ring us and we can fill in the form with you.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 8
    y = band(y, "A. Your group and how to contact you")
    short(x0, y, "Name of your group", "group_name", 300, 120)
    short(x0 + 315, y, "Your name", "contact_name", 184, 80)
    y -= 30
    short(x0, y, "Name or pronouns you would like us to use (optional)", "pronouns", 240, 40)
    short(x0 + 255, y, "Email", "email", 170, 100)
    short(x0 + 435, y, "Phone", "phone", 64, 20)
    y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(x0, y, "Address")
    field("address", "Address", x0, y - 31, 300, 28, 200, True)
    short(x0 + 315, y, "Postcode", "postcode", 80, 8)
    y -= 44
    radios(
        y,
        "Is it safe for us to send letters to this address?",
        "safe_post",
        (("yes", "Yes"), ("no", "No, please only email or phone")),
    )
    y -= 16
    radios(
        y,
        "Your group is:",
        "group_type",
        (
            ("charity", "a charity or CIO"),
            ("cic", "a CIC"),
            ("constituted", "a constituted group"),
            ("informal", "an informal group with a host"),
        ),
    )
    y -= 16
    c.setFont("Helvetica", 8)
    c.drawString(x0, y, "How did you hear about the fund?")
    form.choice(
        name="heard",
        tooltip="How did you hear about the fund?",
        value="Please choose",
        options=[
            "Please choose",
            "Council website",
            "Social media",
            "Pride event",
            "Another group",
            "Other",
        ],
        x=x0 + 140,
        y=y - 3,
        width=140,
        height=12,
        borderColor=ink,
        fillColor=pale,
        fontSize=8,
    )
    y -= 24
    y = band(y, "B. Your project")
    short(x0, y, "B1  Project name", "b1_name", 300, 80)
    y -= 32
    y = big(y, ["B2  What will your project do? (up to 250 words)"], "b2_what", 120, 1500)
    y = checks(
        y,
        "B3  Which parts of the LGBTQ+ community is the project for? Tick all that apply.",
        "b3",
        (
            "Lesbian",
            "Gay",
            "Bisexual",
            "Trans",
            "Non-binary",
            "Intersex",
            "Queer or questioning",
            "Whole community",
        ),
    )
    y = big(
        y,
        ["B4  Why is this project needed in Brackenholt, and how do you know?"],
        "b4_need",
        100,
        1200,
    )
    radios(
        y,
        "B5  Is your group led by LGBTQ+ people?",
        "b5_led",
        (("yes", "Yes"), ("partly", "Partly"), ("no", "No"), ("pns", "Prefer not to say")),
    )
    c.showPage()
    # ---- page 2
    top(2)
    y = h - 34
    y = big(
        y,
        [
            "B6  How will you make the project safe and welcoming for people who are not out, "
            "or not out to everyone?",
            "(about 150 words)",
        ],
        "b6_safe",
        110,
    )
    y = big(
        y,
        ["B7  How will you reach LGBTQ+ people in the rural parts of the district?"],
        "b7_rural",
        90,
    )
    short(x0, y, "B8  How many people do you expect to take part?", "b8_number", 80, 6)
    y -= 34
    y = band(y, "C. Money")
    short(x0, y, "C1  Amount you are asking for (£)", "c1_amount", 120, 10)
    short(x0 + 200, y, "C2  Total cost of the project (£)", "c2_total", 120, 10)
    y -= 32
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0, y, "C3  What will the grant pay for?")
    c.setFont("Helvetica", 8)
    c.drawString(x0, y - 12, "Item")
    c.drawString(x0 + 320, y - 12, "Cost (£)")
    yy = y - 30
    for i in range(4):
        field(f"c3_item_{i + 1}", f"Item {i + 1}", x0, yy, 310, 13, 80)
        field(f"c3_cost_{i + 1}", f"Cost {i + 1}", x0 + 320, yy, 90, 13, 10)
        yy -= 16
    y = yy - 14
    y = band(y, "D. Documents: tick what you are sending")
    c.setFont("Helvetica", 8)
    for i, text in enumerate(
        (
            "Your constitution or set of rules (a hosted group sends the host's)",
            "Last year's accounts. Groups less than a year old can send their last three bank "
            "statements instead.",
            "Your safeguarding policy (only if your project works with people under 18)",
        )
    ):
        form.checkbox(
            name=f"d_doc_{i + 1}",
            tooltip=text,
            x=x0,
            y=y - 2,
            size=9,
            buttonStyle="check",
            borderColor=ink,
            fillColor=pale,
            borderWidth=0.5,
        )
        c.drawString(x0 + 14, y, text)
        y -= 14
    y -= 8
    y = band(y, "E. Declaration")
    c.setFont("Helvetica", 8)
    for line in (
        "I confirm that the information on this form is correct, that our group has an "
        "equality and diversity policy, and that the grant will",
        "be used only for the project described. I understand the council may ask for "
        "receipts and a short report when the project ends.",
    ):
        c.drawString(x0 + 14, y, line)
        y -= 10
    form.checkbox(
        name="e_confirm",
        tooltip="I confirm the declaration",
        x=x0,
        y=y + 18,
        size=9,
        buttonStyle="check",
        borderColor=ink,
        fillColor=pale,
        borderWidth=0.5,
    )
    y -= 6
    short(x0, y, "Name (typing your name counts as signing)", "e_name", 250, 80)
    short(x0 + 270, y, "Date", "e_date", 100, 10)
    y -= 40
    c.setStrokeColor(ink)
    c.setDash(3, 2)
    c.rect(x0, y - 34, x2 - x0, 40, stroke=1, fill=0)
    c.setDash()
    c.setFont("Helvetica", 7)
    c.drawString(
        x0 + 5,
        y - 2,
        "For council use:   Ref ..............   Received ..............   "
        "Panel date ..............",
    )
    c.drawString(
        x0 + 5,
        y - 16,
        "Privacy: we use your details to assess and monitor grants. "
        "See brackenholt.example.gov.uk/privacy.",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------- Kelbrook (text PDF)


def kelbrook() -> None:
    """A borough's Easy Read disability access grant form: eight pages, 16pt, pictures."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "kelbrook-easy-read-access-for-all-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Access for All grants - Easy Read application form")
    c.setAuthor("Kelbrook Borough Council")
    w, h = A4
    x0 = 50
    xt = 175
    navy = colors.HexColor("#17365D")
    page_no = [0]

    def picture(top: float, size: float = 95) -> None:
        # a placeholder for an Easy Read picture: no text, as a real image has none
        c.setFillColor(colors.HexColor("#DCE6F1"))
        c.roundRect(x0, top - size, size, size, 8, stroke=0, fill=1)
        c.setFillColor(navy)
        c.circle(x0 + size / 2, top - size * 0.28, size * 0.11, stroke=0, fill=1)
        c.rect(x0 + size * 0.37, top - size * 0.85, size * 0.26, size * 0.45, stroke=0, fill=1)
        c.setFillColor(colors.black)

    def page(title: str | None = None) -> float:
        if page_no[0]:
            c.showPage()
        page_no[0] += 1
        c.setFont("Helvetica", 11)
        c.setFillColor(navy)
        c.drawString(x0, 30, "Access for All grants  -  Easy Read")
        c.drawRightString(w - x0, 30, f"Page {page_no[0]} of 8")
        c.setFillColor(colors.black)
        if title:
            c.setFont("Helvetica-Bold", 24)
            c.setFillColor(navy)
            c.drawString(x0, h - 70, title)
            c.setFillColor(colors.black)
        return h - 120

    def say(y: float, lines, bold: bool = False, pic: bool = True) -> float:
        if pic:
            picture(y + 16)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 16)
        for i, line in enumerate(lines):
            c.drawString(xt, y - 22 * i, line)
        return y - max(22 * len(lines), 100 if pic else 0) - 14

    def box(y: float, height: float, label: str | None = None) -> float:
        if label:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(xt, y, label)
            y -= 10
        c.setStrokeColor(navy)
        c.setLineWidth(1.5)
        c.rect(xt, y - height, w - x0 - xt, height, stroke=1, fill=0)
        return y - height - 26

    def ticks(y: float, options) -> float:
        c.setFont("Helvetica", 16)
        x = xt
        for text in options:
            c.setStrokeColor(navy)
            c.rect(x, y - 3, 16, 16, stroke=1, fill=0)
            c.drawString(x + 24, y, text)
            x += 24 + c.stringWidth(text, "Helvetica", 16) + 28
        return y - 40

    # page 1: cover
    y = page()
    c.setFont("Helvetica-Bold", 34)
    c.setFillColor(navy)
    c.drawString(x0, h - 150, "Access for All grants")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(x0, h - 190, "Application form")
    c.setFillColor(colors.black)
    picture(h - 230, 160)
    c.setFont("Helvetica", 16)
    c.drawString(x0, h - 470, "Easy Read version")
    c.drawString(x0, h - 500, "Kelbrook Borough Council")
    c.drawString(x0, h - 530, "January 2027")

    # page 2: about the grant
    y = page("About this form")
    y = say(
        y,
        [
            "This form is to ask for money",
            "to make your group easier",
            "for disabled people to use.",
        ],
    )
    y = say(y, ["For example, a ramp, a hearing loop,", "or large print signs."])
    y = say(y, ["You can ask for up to £3,000."], bold=True)
    y = say(y, ["We can pay for all of it.", "You do not have to get money", "from anywhere else."])
    y = say(
        y,
        ["Need help? Ring Joanne on", "01632 960 815.", "Or email access@kelbrook.example.gov.uk"],
    )

    # page 3: Part 1
    y = page("Part 1: About you")
    y = say(y, ["Please write in the boxes."], pic=True)
    for label in ("Name of your group", "Your name", "Phone number", "Email", "Address"):
        y = box(y, 34 if label != "Address" else 60, label)

    # page 4: Part 2 (1)
    y = page("Part 2: Your idea")
    y = say(y, ["What do you want to do?", "Use up to 100 words."], bold=True)
    y = box(y, 150)
    y = say(y, ["Who will it help?", "Tell us about the people", "who will use it."], bold=True)
    y = box(y, 130)

    # page 5: Part 2 (2)
    y = page("Part 2: Your idea")
    y = say(y, ["Why is it important", "to disabled people?", "Use up to 100 words."], bold=True)
    y = box(y, 130)
    y = say(
        y,
        ["Are most of the people who run", "your group disabled?", "You do not have to tell us."],
        bold=True,
    )
    y = ticks(y, ("Yes", "No", "I do not want to say"))
    y = say(y, ["Have you asked disabled people", "what they need?"], bold=True)
    y = ticks(y, ("Yes", "No"))

    # page 6: Part 2 (3) and Part 3
    y = page()
    c.setFont("Helvetica-Bold", 16)
    y = h - 80
    y = say(y, ["If yes, what did they tell you?", "Use up to 50 words."], bold=True)
    y = box(y, 100)
    y = say(y, ["When will you do it?"], bold=True)
    y = box(y, 34)
    c.setFont("Helvetica-Bold", 24)
    c.setFillColor(navy)
    c.drawString(x0, y - 10, "Part 3: Money")
    c.setFillColor(colors.black)
    y -= 60
    y = say(y, ["How much money do you want?"], bold=True)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(xt, y + 8, "£")
    y = box(y, 34)

    # page 7: spend and documents
    y = page("Part 3: Money")
    y = say(y, ["What will you spend it on?", "Write each thing and how much it costs."], bold=True)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(xt + 5, y + 4, "Thing")
    c.drawString(xt + 230, y + 4, "How much")
    for i in range(4):
        c.rect(xt, y - 30 * (i + 1), 225, 30, stroke=1, fill=0)
        c.rect(xt + 225, y - 30 * (i + 1), 120, 30, stroke=1, fill=0)
    y -= 160
    c.setFont("Helvetica-Bold", 24)
    c.setFillColor(navy)
    c.drawString(x0, y, "Part 4: Things to send us")
    c.setFillColor(colors.black)
    y -= 50
    y = say(y, ["Everyone must send these 3 things:"], bold=True, pic=False)
    y = say(y, ["Your group's rules.", "This is sometimes called", "a constitution."])
    y = say(y, ["A bank statement.", "It must show your group's name."])

    # page 8: more documents and signing
    y = page()
    y = h - 80
    y = say(
        y,
        ["A price from the shop or builder", "for what you want to buy.", "We call this a quote."],
    )
    y = say(y, ["You do not need to send accounts."], bold=True, pic=False)
    y = say(y, ["Some groups must also send:"], bold=True, pic=False)
    y = say(y, ["If you are changing a building:", "a letter from the owner", "saying yes."])
    y = say(
        y,
        [
            "If your group works with children:",
            "your safeguarding policy.",
            "This says how you keep children safe.",
        ],
    )
    c.setFont("Helvetica-Bold", 22)
    c.setFillColor(navy)
    c.drawString(x0, y, "Part 5: Sign the form")
    c.setFillColor(colors.black)
    y -= 34
    c.setFont("Helvetica", 16)
    c.rect(x0, y - 3, 16, 16, stroke=1, fill=0)
    c.drawString(x0 + 26, y, "I have told the truth on this form.")
    y -= 30
    for label in ("Sign here", "Write your name", "Date"):
        c.drawString(x0, y, label)
        c.rect(x0 + 150, y - 8, 250, 24, stroke=1, fill=0)
        y -= 32
    c.setFont("Helvetica", 12)
    c.drawString(
        x0,
        y,
        "Send the form to: Access for All, Kelbrook Borough Council, Town Hall, Kelbrook KB2 3PL",
    )
    c.showPage()
    c.save()


def main() -> None:
    fallowby()
    hartsgrove()
    brackenholt()
    kelbrook()


if __name__ == "__main__":
    main()
