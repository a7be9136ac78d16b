"""Build set 43's Word and PDF documents (Welsh and bilingual funders).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The PDFs embed DejaVu Sans from
/usr/share/fonts/truetype/dejavu/ for the Welsh letters (the standard PDF fonts have no "ŵ").
The HTML, Markdown and text documents of the set and every truth file are written by hand;
this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus43.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 9, 0, 0)
BOX = "\u2610"
FONTS = "/usr/share/fonts/truetype/dejavu/"


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


def _set(cell, text: str, bold: bool = False, italic: bool = False, size=None, lang=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if lang:
        r_pr = run._r.get_or_add_rPr()
        el = OxmlElement("w:lang")
        el.set(qn("w:val"), lang)
        r_pr.append(el)
    return par


def _height(row, twips: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)


# --------------------------------------------------------------------------------------
# Maesgwyn: a county council's community grant, Welsh and English side by side in tables
# --------------------------------------------------------------------------------------


def maesgwyn() -> None:
    """Welsh left, English right in every table; answers in a third column or a merged row."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    out = HERE / "maesgwyn-county-grant-cymunedol-community-grant.docx"
    d = _new(
        "Grant Cymunedol 2027-28 | Community Grant 2027-28",
        "Cyngor Sir Maesgwyn | Maesgwyn County Council",
        "Arial",
        10,
    )
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    green = "D9EAD3"

    def heading(cy: str, en: str) -> None:
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        _set(t.cell(0, 0), cy, bold=True, size=12, lang="cy-GB")
        _set(t.cell(0, 1), en, bold=True, size=12, lang="en-GB")
        _shade(t.cell(0, 0), "38761D")
        _shade(t.cell(0, 1), "38761D")
        for c in t.rows[0].cells:
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        d.add_paragraph()

    def pair_par(cy: str, en: str, italic: bool = False) -> None:
        t = d.add_table(rows=1, cols=2)
        _set(t.cell(0, 0), cy, italic=italic, lang="cy-GB")
        _set(t.cell(0, 1), en, italic=italic, lang="en-GB")
        d.add_paragraph()

    def label_rows(rows) -> None:
        t = d.add_table(rows=len(rows), cols=3)
        t.style = "Table Grid"
        for i, (cy, en, ans) in enumerate(rows):
            _set(t.cell(i, 0), cy, bold=True, lang="cy-GB")
            _set(t.cell(i, 1), en, lang="en-GB")
            _set(t.cell(i, 2), ans)
            _shade(t.cell(i, 0), green)
            _shade(t.cell(i, 1), green)
        for row in t.rows:
            row.cells[0].width, row.cells[1].width, row.cells[2].width = (
                Cm(7.5),
                Cm(7.5),
                Cm(11.5),
            )
        d.add_paragraph()

    def question(ref: str, cy: str, en: str, twips: int) -> None:
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        _set(t.cell(0, 0), f"{ref}  {cy}", bold=True, lang="cy-GB")
        _set(t.cell(0, 1), f"{ref}  {en}", lang="en-GB")
        _shade(t.cell(0, 0), green)
        _shade(t.cell(0, 1), green)
        merged = t.cell(1, 0).merge(t.cell(1, 1))
        merged.text = ""
        _height(t.rows[1], twips)
        d.add_paragraph()

    top = d.add_table(rows=1, cols=2)
    _set(top.cell(0, 0), "Cyngor Sir Maesgwyn", bold=True, size=16, lang="cy-GB")
    _set(top.cell(0, 1), "Maesgwyn County Council", bold=True, size=16, lang="en-GB")
    top2 = d.add_table(rows=1, cols=2)
    _set(top2.cell(0, 0), "Grant Cymunedol 2027-28: Ffurflen Gais", bold=True, size=13)
    _set(top2.cell(0, 1), "Community Grant 2027-28: Application Form", bold=True, size=13)
    d.add_paragraph()
    pair_par(
        "Defnyddiwch y ffurflen hon i wneud cais am grant rhwng £500 a £5,000 ar gyfer prosiect "
        "sydd o fudd i bobl Sir Maesgwyn. Cewch ateb yn Gymraeg neu yn Saesneg; ni fydd cais yn "
        "Gymraeg yn cael ei drin yn llai ffafriol na chais yn Saesneg. Darllenwch y nodiadau "
        "cyfarwyddyd cyn dechrau. Llenwch y ffurflen ar sgrin neu mewn inc du.",
        "Use this form to apply for a grant of between £500 and £5,000 for a project that "
        "benefits people in Maesgwyn County. You may answer in Welsh or in English; an "
        "application in Welsh will be treated no less favourably than an application in "
        "English. Please read the guidance notes before you start. Complete the form on screen "
        "or in black ink.",
    )
    pair_par(
        "Dychwelwch y ffurflen wedi'i llenwi, gyda'r dogfennau yn Adran Ch, at "
        "grantiau@maesgwyn.example.cymru erbyn 12 hanner dydd, dydd Gwener 26 Chwefror 2027.",
        "Return the completed form, with the documents in Section D, to "
        "grantiau@maesgwyn.example.cymru by 12 noon on Friday 26 February 2027.",
    )

    heading("Adran A: Amdanoch chi", "Section A: About you")
    label_rows(
        [
            ("Enw'r sefydliad", "Name of organisation", ""),
            ("Cyfeiriad", "Address", ""),
            ("Cod post", "Postcode", ""),
            ("Enw'r person cyswllt", "Contact name", ""),
            ("Rhif ffôn", "Telephone number", ""),
            ("Cyfeiriad e-bost", "Email address", ""),
            ("Rhif elusen gofrestredig (os oes un)", "Registered charity number (if any)", ""),
            (
                "Math o sefydliad",
                "Type of organisation",
                f"{BOX} Grŵp gwirfoddol / Voluntary group\n{BOX} Elusen / Charity\n"
                f"{BOX} Cwmni buddiant cymunedol / Community interest company\n"
                f"{BOX} Cyngor tref neu gymuned / Town or community council",
            ),
            (
                "Ym mha iaith yr hoffech i ni ohebu â chi?",
                "Which language would you like us to use when we write to you?",
                f"{BOX} Cymraeg     {BOX} English     {BOX} Y ddwy / Both",
            ),
        ]
    )

    heading("Adran B: Eich prosiect", "Section B: Your project")
    label_rows([("B1  Enw'r prosiect", "B1  Project name", "")])
    question(
        "B2",
        "Disgrifiwch eich prosiect a beth fyddwch chi'n ei wneud gyda'r grant. "
        "(uchafswm o 300 gair)",
        "Describe your project and what you will do with the grant. (maximum 300 words)",
        3600,
    )
    question(
        "B3",
        "Pam mae angen y prosiect? Pa dystiolaeth sydd gennych chi fod pobl leol ei eisiau? "
        "(hyd at 250 gair)",
        "Why is the project needed? What evidence do you have that local people want it? "
        "(up to 250 words)",
        3200,
    )
    question(
        "B4",
        "Sut bydd y prosiect yn hybu'r Gymraeg neu'n rhoi cyfle i bobl ddefnyddio'r iaith? "
        "(uchafswm o 150 gair)",
        "How will the project promote the Welsh language or give people the chance to use it?",
        2400,
    )
    label_rows(
        [
            (
                "B5  Faint o bobl fydd yn elwa o'r prosiect?",
                "B5  How many people will benefit from the project?",
                "",
            ),
            ("B6  Dyddiad dechrau'r prosiect", "B6  Project start date", ""),
            ("       Dyddiad gorffen y prosiect", "       Project end date", ""),
        ]
    )
    question(
        "B7",
        "Sut byddwch chi'n gwybod bod y prosiect wedi llwyddo? (hanner tudalen ar y mwyaf)",
        "How will you know that the project has succeeded? (half a page at most)",
        3600,
    )
    question(
        "B8",
        "Oes unrhyw beth arall yr hoffech chi ei ddweud wrthym am y prosiect?",
        "Is there anything else you would like to tell us about the project?",
        2000,
    )

    heading("Adran C: Costau", "Section C: Costs")
    label_rows(
        [
            ("Cyfanswm cost y prosiect (£)", "Total cost of the project (£)", ""),
            ("Swm y grant rydych yn gofyn amdano (£)", "Grant amount requested (£)", ""),
            ("Arian o ffynonellau eraill (£)", "Money from other sources (£)", ""),
        ]
    )
    pair_par(
        "Gall y Cyngor dalu hyd at 80% o gyfanswm cost y prosiect. Rhaid i chi ddod o hyd i o "
        "leiaf 20% o ffynonellau eraill; gall hyn gynnwys arian rydych chi wedi'i godi eich "
        "hun. Rhowch fanylion y costau yn y gyllideb a anfonwch gyda'r ffurflen.",
        "The Council can pay up to 80% of the total cost of the project. You must find at "
        "least 20% from other sources; this can include money you have raised yourselves. Give "
        "the details of the costs in the budget you send with the form.",
    )

    heading("Adran Ch: Dogfennau", "Section D: Documents")
    pair_par(
        "Ticiwch i ddangos beth rydych wedi'i amgáu. Ni allwn ystyried cais heb y dogfennau "
        "sy'n berthnasol i chi.",
        "Tick to show what you have enclosed. We cannot consider an application without the "
        "documents that apply to you.",
        italic=True,
    )
    docs = [
        (
            "Copi o'ch cyfansoddiad neu'ch dogfen lywodraethol (pawb)",
            "A copy of your constitution or governing document (everyone)",
        ),
        (
            "Eich cyfrifon blynyddol diweddaraf (pawb). Os yw eich sefydliad yn llai na blwydd "
            "oed, anfonwch gyfriflenni banc y tri mis diwethaf yn eu lle.",
            "Your latest annual accounts (everyone). If your organisation is less than a year "
            "old, send the last three months' bank statements instead.",
        ),
        (
            "Cyllideb fanwl ar gyfer y prosiect (pawb)",
            "A detailed budget for the project (everyone)",
        ),
        (
            "Copi o'ch tystysgrif yswiriant atebolrwydd cyhoeddus, sy'n dangos yswiriant o £5 "
            "miliwn o leiaf (pawb)",
            "A copy of your public liability insurance certificate showing cover of at least £5 "
            "million (everyone)",
        ),
        (
            "Dau ddyfynbris ysgrifenedig ar gyfer unrhyw eitem sy'n costio mwy na £1,000 (os "
            "yw'n berthnasol)",
            "Two written quotes for any item costing more than £1,000 (if applicable)",
        ),
        (
            "Eich polisi diogelu, os bydd y prosiect yn gweithio gyda phlant, pobl ifanc neu "
            "oedolion sy'n wynebu risg",
            "Your safeguarding policy, if the project will work with children, young people or "
            "adults at risk",
        ),
    ]
    t = d.add_table(rows=len(docs) + 1, cols=3)
    t.style = "Table Grid"
    _set(t.cell(0, 0), "Dogfen", bold=True)
    _set(t.cell(0, 1), "Document", bold=True)
    _set(t.cell(0, 2), "\u2713", bold=True)
    for c in t.rows[0].cells:
        _shade(c, green)
    for i, (cy, en) in enumerate(docs, start=1):
        _set(t.cell(i, 0), cy, lang="cy-GB")
        _set(t.cell(i, 1), en, lang="en-GB")
        _set(t.cell(i, 2), BOX, size=14)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(12), Cm(12), Cm(1.5)
    d.add_paragraph()

    heading("Adran D: Datganiad", "Section E: Declaration")
    pair_par(
        "Rwy'n cadarnhau bod y wybodaeth ar y ffurflen hon yn gywir, bod gan y sefydliad bolisi "
        "cyfle cyfartal y mae'n ei ddilyn, ac y bydd unrhyw grant yn cael ei wario ar y prosiect "
        "a ddisgrifir yn unig. Rwy'n deall y gall y Cyngor ofyn am gael y grant yn ôl os na "
        "chaiff ei wario fel hyn.",
        "I confirm that the information on this form is correct, that the organisation has an "
        "equal opportunities policy which it follows, and that any grant will be spent only on "
        "the project described. I understand that the Council may ask for the grant to be "
        "repaid if it is not spent in this way.",
    )
    label_rows(
        [
            ("Llofnod", "Signature", ""),
            ("Enw (priflythrennau)", "Name (capitals)", ""),
            ("Swydd yn y sefydliad", "Position in the organisation", ""),
            ("Dyddiad", "Date", ""),
        ]
    )
    foot = sec.footer.paragraphs[0]
    foot.text = (
        "Mae'r Cyngor yn croesawu gohebiaeth yn Gymraeg a Saesneg. | The Council welcomes "
        "correspondence in Welsh and English.   Tîm Grantiau / Grants Team, Neuadd y Sir, "
        "Maesgwyn MG1 2AB  01632 960 431"
    )
    foot.runs[0].font.size = Pt(8)
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------------------
# Cwmderwen: a county voluntary council's small grants form built from content controls
# --------------------------------------------------------------------------------------

_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_SDT_ID = [880000]


def _sdt_pr(alias: str, kind_xml: str) -> str:
    _SDT_ID[0] += 1
    return (
        f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:id w:val="{_SDT_ID[0]}"/><w:placeholder><w:docPart '
        f'w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
        f"{kind_xml}</w:sdtPr>"
    )


def _ph_run(text: str, font: str | None = None) -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>' if font else ""
    return (
        f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>{fonts}<w:color w:val="808080"/>'
        f'</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def _inline_sdt(par, alias: str, kind: str = "text", items=(), text=None) -> None:
    """Append an inline content control to a paragraph: plain text, drop-down, date or
    check box, each showing Word's own placeholder."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if kind == "text":
        kind_xml, ph = "<w:text/>", text or "Click or tap here to enter text."
        run = _ph_run(ph)
    elif kind == "drop":
        opts = '<w:listItem w:value=""/>' + "".join(
            f'<w:listItem w:displayText="{i}" w:value="{i}"/>' for i in items
        )
        kind_xml, run = f"<w:dropDownList>{opts}</w:dropDownList>", _ph_run("Choose an item.")
    elif kind == "date":
        kind_xml = (
            '<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        )
        run = _ph_run("Click or tap to enter a date.")
    else:  # check box
        kind_xml = (
            '<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" '
            'w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            "</w14:checkbox>"
        )
        run = (
            '<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" '
            'w:eastAsia="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>\u2610</w:t></w:r>'
        )
    pr = _sdt_pr(alias, kind_xml)
    if kind == "check":
        pr = pr.replace("<w:showingPlcHdr/>", "").replace(
            '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>',
            "",
        )
    xml = f'<w:sdt {nsdecls("w")} xmlns:w14="{_W14}">{pr}<w:sdtContent>{run}</w:sdtContent></w:sdt>'
    par._p.append(parse_xml(xml))


def _block_sdt(d, alias: str, text: str = "Click or tap here to enter text.") -> None:
    """A block-level rich text content control holding one placeholder paragraph, in a
    shaded bordered box (the answer space)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    pr = _sdt_pr(alias, "").replace("<w:showingPlcHdr/>", "<w:showingPlcHdr/><w:richText/>")
    border = "".join(
        f'<w:{s} w:val="single" w:sz="4" w:space="4" w:color="A6A6A6"/>'
        for s in ("top", "left", "bottom", "right")
    )
    para = (
        f'<w:p><w:pPr><w:pBdr>{border}</w:pBdr><w:shd w:val="clear" w:color="auto" '
        f'w:fill="F2F2F2"/><w:spacing w:after="240"/></w:pPr>{_ph_run(text)}</w:p>'
    )
    xml = f"<w:sdt {nsdecls('w')}>{pr}<w:sdtContent>{para}</w:sdtContent></w:sdt>"
    anchor = d.add_paragraph()
    anchor._p.addnext(parse_xml(xml))
    anchor._p.getparent().remove(anchor._p)


def cwmderwen() -> None:
    """English form with Welsh headings; every answer space a content control."""
    from docx.shared import Cm, Pt, RGBColor

    out = HERE / "cwmderwen-cvc-community-small-grants-application.docx"
    d = _new(
        "Community Small Grants Fund 2027 - application form",
        "Cwmderwen Voluntary Action",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    purple = RGBColor(0x5B, 0x2C, 0x6F)

    def para(text: str = "", bold=False, italic=False, size=None, colour=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if colour:
                r.font.color.rgb = colour
        return p

    def part(en: str, cy: str) -> None:
        p = para(en, bold=True, size=14, colour=purple)
        r = p.add_run("  |  " + cy)
        r.font.size, r.italic = Pt(12), True
        r.font.color.rgb = purple

    def label(text: str, alias: str, kind: str = "text", items=()) -> None:
        p = para(text + "  ", bold=True)
        _inline_sdt(p, alias, kind, items)

    para("Cwmderwen Voluntary Action  |  Gweithredu Gwirfoddol Cwmderwen", bold=True, size=12)
    para("Community Small Grants Fund 2027", bold=True, size=20, colour=purple)
    para("Cronfa Grantiau Bach Cymunedol 2027", italic=True, size=14, colour=purple)
    para("Application form", bold=True, size=14)
    para(
        "Grants of up to £2,500 for community and voluntary groups in Cwmderwen County Borough. "
        "The fund is run by Cwmderwen Voluntary Action (CVA), the county voluntary council, on "
        "behalf of Cwmderwen County Borough Council and the Cwmderwen Health Board."
    )
    para(
        "Mae'r ffurflen hon ar gael yn Gymraeg. Ffoniwch 01632 960 118 neu e-bostiwch "
        "grantiau@cwmderwen-cva.example.org.uk i gael copi. Gallwch ateb yn Gymraeg neu yn "
        "Saesneg.",
        italic=True,
    )
    para("How to fill in this form", bold=True, size=12)
    for t in (
        "Click in each grey box and type. The boxes grow as you type.",
        "Please keep to the word limits: the panel will not read beyond them.",
        "Save the form as a Word document and email it, with your documents, to "
        "grants@cwmderwen-cva.example.org.uk by 5pm on Friday 5 March 2027.",
        "If typing is a barrier, ring us on 01632 960 118 and a development officer will fill "
        "the form in with you.",
    ):
        d.add_paragraph(t, style="List Bullet")

    part("Part 1  About your group", "Rhan 1  Amdanoch chi")
    label("Name of your group:", "GroupName")
    label("Main contact:", "ContactName")
    label("Their role in the group:", "ContactRole")
    label("Address:", "Address")
    label("Postcode:", "Postcode")
    label("Telephone:", "Phone")
    label("Email:", "Email")
    label(
        "What kind of group are you?",
        "GroupType",
        "drop",
        (
            "Constituted voluntary or community group",
            "Registered charity",
            "Charitable incorporated organisation (CIO)",
            "Community interest company",
            "Other",
        ),
    )
    label("Income in your last financial year (£):", "Income")
    p = para(
        "Does your group have a bank account in its own name that needs two unrelated people to "
        "sign or approve each payment?  ",
        bold=True,
    )
    _inline_sdt(p, "BankYes", "check")
    p.add_run(" Yes    ")
    _inline_sdt(p, "BankNo", "check")
    p.add_run(" No")

    part("Part 2  Your project", "Rhan 2  Eich prosiect")
    label("2.1  Project name:", "ProjectName")
    para("2.2  What do you want to do, and what will the grant pay for?", bold=True)
    _block_sdt(d, "Q2_2", "Click or tap here to enter text. Please use no more than 200 words.")
    para("2.3  Who will benefit, and how do you know they need this project?", bold=True)
    para(
        "Up to 250 words. Tell us how you asked people, or what evidence you have.",
        italic=True,
        size=9,
        colour=RGBColor(0x59, 0x59, 0x59),
    )
    _block_sdt(d, "Q2_3")
    para(
        "2.4  How will the project help people in Cwmderwen to feel less isolated, be "
        "healthier or take a bigger part in their community?",
        bold=True,
    )
    para("300 words maximum.", italic=True, size=9, colour=RGBColor(0x59, 0x59, 0x59))
    _block_sdt(d, "Q2_4")
    para("2.5  How will volunteers be involved in the project?", bold=True)
    para(
        "Tell us how many volunteers you expect and what they will do.",
        italic=True,
        size=9,
        colour=RGBColor(0x59, 0x59, 0x59),
    )
    _block_sdt(d, "Q2_5")
    label(
        "2.6  How much are you asking for?",
        "Band",
        "drop",
        ("Up to £500", "£501 to £1,000", "£1,001 to £2,500"),
    )
    label("2.7  What is the total cost of the project (£)?", "TotalCost")
    label("2.8  When will the project start?", "StartDate", "date")
    para(
        "2.9  Tell us about any other money you have applied for or been promised for this "
        "project.",
        bold=True,
    )
    para(
        "We do not ask groups to find match funding: we can pay for the whole project. If "
        "other funders are helping, tell us here who they are and how much.",
        italic=True,
        size=9,
        colour=RGBColor(0x59, 0x59, 0x59),
    )
    _block_sdt(d, "Q2_9")

    part("Part 3  Documents", "Rhan 3  Dogfennau")
    para("Tick each box to show what you are sending with this form.")
    for alias, text in (
        ("DocGov", "Your constitution, set of rules or trust deed (all groups)"),
        (
            "DocAcc",
            "Your most recent annual accounts, or an income and expenditure summary for your "
            "last year signed by two officers of the group (all groups)",
        ),
        (
            "DocBank",
            "A bank statement dated within the last three months that shows the group's name "
            "(all groups)",
        ),
        (
            "DocSafe",
            "Your safeguarding policy, if the project involves children, young people or adults "
            "at risk",
        ),
        ("DocQuote", "A quote for any single item costing more than £500"),
    ):
        p = d.add_paragraph()
        _inline_sdt(p, alias, "check")
        p.add_run("  " + text)
    para(
        "Insurance: all groups must hold public liability insurance of at least £2 million. "
        "We do not need a copy, but we may ask to see it before we pay the grant."
    )

    part("Part 4  Declaration", "Rhan 4  Datganiad")
    p = d.add_paragraph()
    _inline_sdt(p, "Declare", "check")
    p.add_run(
        "  I confirm that the information in this application is true, that the group has an "
        "equal opportunities policy and a health and safety policy, and that we will use the "
        "grant only for the project described."
    )
    label("Name:", "DeclName")
    label("Position in the group:", "DeclRole")
    label("Date:", "DeclDate", "date")
    para(
        "You do not need to sign this form: sending it from the group's email address counts "
        "as your signature.",
        italic=True,
    )
    para()
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("For office use only: Ref", "Received", "Officer", "Panel date")):
        _set(t.cell(0, i), h, bold=True, size=8)
        _shade(t.cell(0, i), "E7E6E6")
    foot = sec.footer.paragraphs[0]
    foot.text = (
        "Cwmderwen Voluntary Action, Tŷ'r Gymuned, Stryd y Farchnad, Cwmderwen CD4 1XY. "
        "Registered charity 1199001."
    )
    foot.runs[0].font.size = Pt(8)
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------------------
# Porthcelyn: a town council's bilingual fillable PDF, Welsh left and English right
# --------------------------------------------------------------------------------------


def _dejavu() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, f in (
        ("DejaVu", "DejaVuSans.ttf"),
        ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, FONTS + f))


def porthcelyn() -> None:
    """Each prompt in two columns (Cymraeg | English) over a field that spans both."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    _dejavu()
    out = HERE / "porthcelyn-cyngor-tref-town-council-grant-ffurflen.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Grantiau Cymunedol 2027-28 / Community Grants 2027-28")
    c.setAuthor("Cyngor Tref Porthcelyn / Porthcelyn Town Council")
    c.setSubject("Ffurflen gais / Application form")
    w, h = A4
    form = c.acroForm
    sea = colors.HexColor("#1F4E79")
    pale = colors.HexColor("#EAF1F8")
    lx, rx, colw, full = 40, w / 2 + 6, w / 2 - 46, w - 80
    y = [h - 40]
    page = [1]

    def foot() -> None:
        c.setFont("DejaVu", 7.5)
        c.drawString(lx, 24, "Cyngor Tref Porthcelyn / Porthcelyn Town Council")
        c.drawRightString(w - 40, 24, f"Tudalen {page[0]} o 3 / Page {page[0]} of 3")

    def need(space: float) -> None:
        if y[0] - space < 50:
            foot()
            c.showPage()
            page[0] += 1
            y[0] = h - 44

    def lines(x, t, width, font="DejaVu", size=8.5, leading=10.5) -> float:
        c.setFont(font, size)
        yy = y[0]
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, yy, ln)
            yy -= leading
        return yy

    def pair(cy: str, en: str, size=8.5, bold=True) -> None:
        need(40)
        a = lines(lx, cy, colw, "DejaVu-Bold" if bold else "DejaVu", size)
        b = lines(rx, en, colw, "DejaVu", size)
        y[0] = min(a, b) - 2

    def band(cy: str, en: str) -> None:
        need(60)
        y[0] -= 6
        c.setFillColor(sea)
        c.rect(lx - 4, y[0] - 5, full + 8, 17, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 10.5)
        c.drawString(lx, y[0], cy)
        c.drawString(rx, y[0], en)
        c.setFillColor(colors.black)
        y[0] -= 22

    def tf(name, tip, height=15, maxlen=None, multi=False, width=None) -> None:
        need(height + 8)
        form.textfield(
            name=name,
            tooltip=tip,
            x=lx,
            y=y[0] - height + 8,
            width=width or full,
            height=height,
            borderColor=sea,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=0 if multi else 9,
            fieldFlags="multiline" if multi else "",
            maxlen=maxlen or 0,
        )
        y[0] -= height + 6

    def item(cy, en, name, maxlen=None, height=15, multi=False) -> None:
        pair(cy, en)
        tf(name, f"{cy} / {en}", height, maxlen, multi)

    def radios(name, tip, options) -> None:
        need(16 * len(options))
        for val, cy, en in options:
            form.radio(
                name=name,
                tooltip=tip,
                value=val,
                selected=False,
                x=lx,
                y=y[0] - 4,
                size=10,
                buttonStyle="circle",
                borderColor=sea,
                fillColor=pale,
            )
            c.setFont("DejaVu", 8.5)
            c.drawString(lx + 16, y[0] - 2, cy)
            c.drawString(rx, y[0] - 2, en)
            y[0] -= 15
        y[0] -= 4

    c.setFillColor(sea)
    c.setFont("DejaVu-Bold", 16)
    c.drawString(lx, y[0], "Cyngor Tref Porthcelyn")
    c.drawString(rx, y[0], "Porthcelyn Town Council")
    y[0] -= 20
    c.setFont("DejaVu-Bold", 12)
    c.drawString(lx, y[0], "Grantiau Cymunedol 2027-28")
    c.drawString(rx, y[0], "Community Grants 2027-28")
    y[0] -= 15
    c.setFont("DejaVu", 11)
    c.drawString(lx, y[0], "Ffurflen gais")
    c.drawString(rx, y[0], "Application form")
    c.setFillColor(colors.black)
    y[0] -= 20
    pair(
        "Mae'r Cyngor yn cynnig dau fath o grant i grwpiau gwirfoddol a chymunedol sy'n "
        "gwasanaethu pobl Porthcelyn: grantiau bach hyd at £750 a grantiau mawr o £751 i £3,000. "
        "Llenwch y ffurflen hon ar sgrin, ei chadw, a'i hanfon gyda'ch dogfennau at y Clerc: "
        "clerc@porthcelyn.example.cymru. Cewch ateb yn Gymraeg neu yn Saesneg.",
        "The Council offers two kinds of grant to voluntary and community groups serving the "
        "people of Porthcelyn: small grants of up to £750 and large grants of £751 to £3,000. "
        "Fill in this form on screen, save it and send it with your documents to the Clerk: "
        "clerc@porthcelyn.example.cymru. You may answer in Welsh or in English.",
        bold=False,
    )
    pair(
        "Dyddiadau cau: 31 Ionawr, 31 Mai a 30 Medi 2027.",
        "Closing dates: 31 January, 31 May and 30 September 2027.",
        bold=False,
    )
    band("Rhan 1  Amdanoch chi", "Part 1  About you")
    item("Enw'r grŵp", "Name of group", "Grwp", 80)
    item("Enw cyswllt", "Contact name", "Cyswllt", 60)
    item("Cyfeiriad", "Address", "Cyfeiriad", None, 36, True)
    item("Cod post", "Postcode", "CodPost", 8)
    item("Rhif ffôn", "Telephone", "Ffon", 15)
    item("E-bost", "Email", "Ebost", 80)
    pair(
        "Pa ward yn y dref fydd yn elwa fwyaf?",
        "Which ward of the town will benefit most?",
    )
    need(24)
    form.choice(
        name="Ward",
        tooltip="Ward / Ward",
        value="Dewiswch / Choose",
        options=[
            "Dewiswch / Choose",
            "Gogledd / North",
            "Canol / Central",
            "Harbwr / Harbour",
            "Y dref gyfan / Whole town",
        ],
        x=lx,
        y=y[0] - 8,
        width=200,
        height=15,
        fieldFlags="combo",
        borderColor=sea,
        fillColor=pale,
        fontSize=9,
    )
    y[0] -= 26
    pair("Ym mha iaith yr hoffech i ni ohebu â chi?", "Which language should we write to you in?")
    radios(
        "Iaith",
        "Iaith ohebu / Language of correspondence",
        [
            ("Cymraeg", "Cymraeg", "Welsh"),
            ("English", "Saesneg", "English"),
            ("Both", "Y ddwy", "Both"),
        ],
    )

    band("Rhan 2  Y grant", "Part 2  The grant")
    pair(
        "Pa fath o grant ydych chi'n gwneud cais amdano?",
        "Which kind of grant are you applying for?",
    )
    radios(
        "MathGrant",
        "Math o grant / Kind of grant",
        [
            ("Bach", "Grant bach: hyd at £750", "Small grant: up to £750"),
            ("Mawr", "Grant mawr: £751 i £3,000", "Large grant: £751 to £3,000"),
        ],
    )
    item("Teitl y prosiect", "Project title", "Teitl", 60)
    item(
        "Dyddiad y digwyddiad, neu'r dyddiad dechrau",
        "Date of the event, or the start date",
        "Dyddiad",
        10,
    )
    item("Cyfanswm cost y prosiect (£)", "Total cost of the project (£)", "Cost", 8)
    item("Swm y gofynnir amdano (£)", "Amount requested (£)", "Swm", 6)
    pair(
        "Nid oes rhaid i chi gael arian o ffynonellau eraill: gall y Cyngor dalu'r gost gyfan.",
        "You do not have to find money from other sources: the Council can pay the whole cost.",
        bold=False,
    )

    band("Rhan 3  Eich cais", "Part 3  Your application")
    item(
        "3.1  Beth mae eich grŵp yn ei wneud, ac ers faint mae wedi bod yn rhedeg?",
        "3.1  What does your group do, and how long has it been running?",
        "C31",
        600,
        70,
        True,
    )
    item(
        "3.2  Disgrifiwch y gweithgaredd neu'r digwyddiad y mae angen y grant ar ei gyfer. "
        "(uchafswm o 200 gair)",
        "3.2  Describe the activity or event you need the grant for. (maximum 200 words)",
        "C32",
        1200,
        120,
        True,
    )
    item(
        "3.3  Sut bydd pobl Porthcelyn yn elwa? (hyd at 1,000 o nodau)",
        "3.3  How will people in Porthcelyn benefit? (up to 1,000 characters)",
        "C33",
        1000,
        100,
        True,
    )
    item(
        "3.4  Grantiau mawr yn unig: sut bydd y prosiect yn parhau, neu beth fydd yn aros, "
        "ar ôl i'r grant gael ei wario?",
        "3.4  Large grants only: how will the project carry on, or what will remain, once the "
        "grant has been spent?",
        "C34",
        1500,
        110,
        True,
    )

    band("Rhan 4  Dogfennau", "Part 4  Documents")
    pair(
        "Ticiwch bob dogfen rydych yn ei hanfon gyda'r ffurflen.",
        "Tick each document you are sending with the form.",
        bold=False,
    )
    for name, cy, en in (
        (
            "Dogfen1",
            "Cyfansoddiad neu reolau'r grŵp (pawb)",
            "The group's constitution or rules (everyone)",
        ),
        (
            "Dogfen2",
            "Cyfriflen banc o'r tri mis diwethaf yn enw'r grŵp (pawb)",
            "A bank statement from the last three months in the group's name (everyone)",
        ),
        (
            "Dogfen3",
            "Cyfrifon diweddaraf y grŵp (grantiau mawr yn unig)",
            "The group's latest accounts (large grants only)",
        ),
        (
            "Dogfen4",
            "Dau ddyfynbris ar gyfer pob eitem sy'n costio dros £500 (grantiau mawr yn unig)",
            "Two quotes for each item costing over £500 (large grants only)",
        ),
    ):
        need(26)
        form.checkbox(
            name=name,
            tooltip=f"{cy} / {en}",
            x=lx,
            y=y[0] - 3,
            size=10,
            buttonStyle="check",
            borderColor=sea,
            fillColor=pale,
        )
        a = lines(lx + 16, cy, colw - 16)
        b = lines(rx, en, colw)
        y[0] = min(a, b) - 4
    pair(
        "Rhaid i bob grŵp gael yswiriant atebolrwydd cyhoeddus o £5 miliwn o leiaf. Os "
        "byddwch yn cynnal digwyddiad ar y traeth neu ar y dŵr, rhaid i'r yswiriant fod yn £10 "
        "miliwn. Nid oes angen anfon y dystysgrif.",
        "Every group must hold public liability insurance of at least £5 million. If you are "
        "holding an event on the beach or on the water, the cover must be £10 million. You do "
        "not need to send the certificate.",
        bold=False,
    )

    band("Rhan 5  Datganiad", "Part 5  Declaration")
    need(50)
    form.checkbox(
        name="Datganiad",
        tooltip="Datganiad / Declaration",
        x=lx,
        y=y[0] - 3,
        size=10,
        buttonStyle="check",
        borderColor=sea,
        fillColor=pale,
    )
    a = lines(
        lx + 16,
        "Rwy'n cadarnhau bod y wybodaeth ar y ffurflen hon yn gywir ac, os bydd y prosiect yn "
        "gweithio gyda phlant neu oedolion sy'n wynebu risg, bod gan y grŵp bolisi diogelu y "
        "bydd yn ei ddilyn.",
        colw - 16,
    )
    b = lines(
        rx,
        "I confirm that the information on this form is correct and, if the project will work "
        "with children or adults at risk, that the group has a safeguarding policy which it "
        "will follow.",
        colw,
    )
    y[0] = min(a, b) - 4
    item("Eich enw", "Your name", "Enw", 60)
    item("Dyddiad", "Date", "DyddiadDatganiad", 10)
    pair(
        "Ticiwch y blwch a theipiwch eich enw: nid oes angen llofnod.",
        "Tick the box and type your name: no signature is needed.",
        bold=False,
    )
    foot()
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------
# Bryngarth: a county borough's community facilities capital grant guidance (text PDF)
# --------------------------------------------------------------------------------------


def bryngarth() -> None:
    """Five pages of guidance printed to PDF: numbered sections, fund / don't-fund lists,
    a 'Document / Who must send it / Notes' table, a scoring table and an FAQ."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _dejavu()
    out = HERE / "bryngarth-community-facilities-capital-grant-guidance.pdf"
    body = ParagraphStyle(
        "b", fontName="DejaVu", fontSize=9.5, leading=13, alignment=TA_LEFT, spaceAfter=5
    )
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName="DejaVu-Bold",
        fontSize=20,
        leading=24,
        textColor=colors.HexColor("#7A1F2B"),
        spaceAfter=8,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName="DejaVu-Bold",
        fontSize=12.5,
        leading=16,
        textColor=colors.HexColor("#7A1F2B"),
        spaceBefore=10,
        spaceAfter=4,
    )
    h3 = ParagraphStyle(
        "h3",
        parent=body,
        fontName="DejaVu-Bold",
        fontSize=10,
        leading=13,
        spaceBefore=6,
        spaceAfter=2,
    )
    it = ParagraphStyle("i", parent=body, fontName="DejaVu-Oblique")

    def bullets(items):
        return ListFlowable(
            [ListItem(Paragraph(t, body), leftIndent=12) for t in items],
            bulletType="bullet",
            start="\u2022",
            leftIndent=12,
            bulletFontName="DejaVu",
        )

    def grid(rows, widths, head=True):
        data = [[Paragraph(c, small) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E3E5")))
        t.setStyle(TableStyle(style))
        return t

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.drawString(
            2 * cm,
            1.2 * cm,
            "Bryngarth County Borough Council  |  Community "
            "Facilities Capital Grant 2027-28  |  Guidance v1.2",
        )
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canv.restoreState()

    s = []
    s.append(
        Paragraph("Cyngor Bwrdeistref Sirol Bryngarth<br/>Bryngarth County Borough Council", h3)
    )
    s.append(Spacer(1, 10))
    s.append(Paragraph("Community Facilities Capital Grant 2027-28", h1))
    s.append(Paragraph("Guidance for applicants", h2))
    s.append(
        Paragraph(
            "Version 1.2, published 1 December 2026. Please read all of this "
            "guidance before you fill in an expression of interest.",
            it,
        )
    )
    s.append(
        Paragraph(
            "<b>Grant Cyfalaf Cyfleusterau Cymunedol.</b> Mae'r canllawiau hyn ar "
            "gael yn Gymraeg. Rydym yn croesawu ceisiadau yn Gymraeg, ac ni fydd "
            "cais yn Gymraeg yn cael ei drin yn llai ffafriol na chais yn Saesneg.",
            body,
        )
    )
    s.append(Paragraph("1. About the grant", h2))
    s.append(
        Paragraph(
            "The Community Facilities Capital Grant helps voluntary and community organisations to "
            "improve the buildings and outdoor spaces that local people use: village and community "
            "halls, sports pavilions, community centres, chapels and churches that are used mainly "
            "by the wider community, play areas and community gardens. It pays for capital works "
            "that make a facility safer, more accessible, cheaper to run or usable by more people. "
            "Grants are between £10,000 and £150,000. The Council has £1.2 million to award in "
            "2027-28 and expects to make between 15 and 25 grants.",
            body,
        )
    )
    s.append(
        Paragraph(
            "The grant is part of the Council's capital programme, and it is designed to sit "
            "alongside national capital programmes for community facilities. If you are also "
            "applying to a national programme, tell us at the expression of interest stage: we "
            "can often help you to use the two together.",
            body,
        )
    )
    s.append(Paragraph("2. Who can apply", h2))
    s.append(
        bullets(
            [
                "Constituted voluntary and community organisations, registered charities, "
                "charitable "
                "incorporated organisations, community interest companies limited by guarantee and "
                "community benefit societies, based in or serving Bryngarth County Borough.",
                "Town and community councils, for facilities that are run by or for community "
                "groups.",
                "Your organisation must own the freehold of the facility or hold a lease with at "
                "least "
                "10 years left to run at the date you apply (5 years for grants under £25,000).",
                "You must have a bank account in the organisation's name that needs two unrelated "
                "people to sign or approve each payment.",
            ]
        )
    )
    s.append(
        Paragraph(
            "We cannot fund individuals, private businesses, schools (for "
            "school buildings), or organisations whose main purpose is political or "
            "religious campaigning.",
            body,
        )
    )
    s.append(Paragraph("3. What we will fund", h2))
    s.append(
        bullets(
            [
                "Repairs to the fabric of a building where they keep it open: roofs, windows, "
                "structural work.",
                "Making a facility accessible: ramps, accessible toilets and changing places, "
                "hearing "
                "loops, automatic doors.",
                "Energy efficiency and renewable energy: insulation, heat pumps, solar panels, LED "
                "lighting, better heating controls.",
                "New or improved kitchens, changing rooms, storage and meeting rooms.",
                "Outdoor facilities: play equipment, multi-use games areas, community gardens, "
                "paths and lighting.",
                "Fixed equipment and fittings that form part of the works, and professional fees "
                "(architects, surveyors) of up to 12% of the cost of the works.",
            ]
        )
    )
    s.append(Paragraph("What we will not fund", h3))
    s.append(
        bullets(
            [
                "Running costs, salaries, rent, routine maintenance or repairs that are the "
                "landlord's "
                "responsibility under your lease.",
                "Works that have already started, or items bought before we offer a grant.",
                "Buildings used mainly for worship, unless the works are for parts used by the "
                "wider community.",
                "Loose equipment and furniture on its own (apply to our Community Grant instead).",
                "VAT that you can reclaim.",
                "Feasibility studies and design work on their own (see our separate Feasibility "
                "Fund, up to £5,000).",
                "Projects that only move a service from one building to another without improving "
                "it.",
            ]
        )
    )
    s.append(Paragraph("4. How much you must put in", h2))
    s.append(
        Paragraph(
            "We can fund up to 90% of the eligible costs of your project. You must put in at least "
            "10% of the eligible costs yourselves. Your contribution can be cash you have raised, "
            "money from other funders, or the value of volunteer labour and donated materials "
            "that we have agreed with you in advance (we value volunteer time at £15 an hour for "
            "unskilled work and at the trade rate for skilled work done by a qualified volunteer).",
            body,
        )
    )
    s.append(
        Paragraph(
            "In 2025-26 the average grant was £48,000 and, on average, successful applicants put "
            "in 22% of their project's cost. A bigger contribution does not by itself score more "
            "points, but it does show that your community is behind the project.",
            body,
        )
    )
    s.append(Paragraph("5. How to apply", h2))
    s.append(
        Paragraph(
            "<b>Stage 1: expression of interest.</b> Fill in the short expression "
            "of interest on our website. It asks about your organisation, the "
            "facility, what you want to do and roughly what it will cost, in four "
            "questions of up to 200 words each. You do not need to send any "
            "documents at this stage. A community development officer will ring "
            "you within 15 working days and, if the project fits, will visit the "
            "facility with you.",
            body,
        )
    )
    s.append(
        Paragraph(
            "<b>Stage 2: full application.</b> If we invite you to apply, we will "
            "send you a link to the full application form. You will have up to six "
            "months to complete it. The full application asks you to describe the "
            "works, the need for them, how the community was involved, how the "
            "facility will be run and paid for afterwards, and how the works will "
            "reduce the facility's carbon emissions. You must send the documents in "
            "section 6 with it.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Closing dates for full applications in 2027-28: 30 April, 31 August "
            "and 31 December 2027. Decisions are made by the Council's Community "
            "Investment Panel about eight weeks after each closing date.",
            body,
        )
    )
    s.append(Paragraph("6. Documents to send with your full application", h2))
    s.append(
        Paragraph(
            "Upload these with the full application. Documents marked "
            "\u201conly if\u201d in the second column are needed only in the cases "
            "given. We will not assess an application until every document that "
            "applies to you has reached us.",
            body,
        )
    )
    s.append(
        grid(
            [
                ["Document", "Who must send it", "Notes"],
                [
                    "Your governing document",
                    "Everyone",
                    "A signed and dated copy of your constitution, "
                    "memorandum and articles or rules.",
                ],
                [
                    "Accounts for your last two financial years",
                    "Everyone",
                    "If your annual income is "
                    "over £250,000, these must be independently examined or audited. Otherwise, "
                    "accounts "
                    "approved at your annual general meeting and signed by two trustees or "
                    "committee "
                    "members are fine.",
                ],
                [
                    "Proof that you own the facility, or a copy of your lease",
                    "Everyone",
                    "Land Registry title, or the lease showing how long it has left to run.",
                ],
                [
                    "Quotes for the works",
                    "Everyone",
                    "Two written quotes for each part of the works; "
                    "three for any part costing more than £25,000. Tell us which you have chosen "
                    "and "
                    "why.",
                ],
                [
                    "A business plan for the facility",
                    "Everyone",
                    "Covering at least three years: who "
                    "will use it, what it will earn and cost, and how you will maintain it. Our "
                    "template is optional.",
                ],
                [
                    "Your safeguarding policy",
                    "Everyone",
                    "Approved by your committee within the last two years.",
                ],
                ["Your equality and diversity policy", "Everyone", ""],
                [
                    "Two letters of support",
                    "Everyone",
                    "From groups or people who will use the "
                    "facility, not from councillors or your own members.",
                ],
                [
                    "Planning permission and building regulations approval",
                    "Only if your works need them",
                    "Or a letter from the planning service saying that permission is not needed.",
                ],
                [
                    "A condition survey or an architect's report",
                    "Only if you are asking for more than £75,000",
                    "Prepared within the last two years.",
                ],
                [
                    "Your landlord's written consent to the works",
                    "Only if you lease the facility",
                    "",
                ],
            ],
            [5.2 * cm, 3.6 * cm, 8.2 * cm],
        )
    )
    s.append(Spacer(1, 6))
    s.append(Paragraph("7. Insurance, Welsh language and other conditions", h2))
    s.append(
        Paragraph(
            "You must insure the facility for its full reinstatement value and hold public "
            "liability insurance of at least £5 million (£10 million if the facility has a sports "
            "hall, a swimming pool or a multi-use games area). You do not need to send us your "
            "insurance documents with the application: we will ask for a copy of your buildings "
            "insurance schedule with your first claim for payment.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Any signs, notices or publicity paid for by the grant must be bilingual, with the "
            "Welsh text first or on the left, in line with the Welsh Language Standards that "
            "apply to the Council. We can translate up to 500 words for you free of charge.",
            body,
        )
    )
    s.append(
        Paragraph(
            "For grants over £50,000 the Council will register a legal charge on the facility "
            "for ten years. If you lease the facility, we will ask your landlord to agree to a "
            "restriction instead.",
            body,
        )
    )
    s.append(Paragraph("8. How we assess applications", h2))
    s.append(
        Paragraph(
            "Officers score each full application against five criteria and the "
            "Panel makes the decision. A project must score at least 2 out of 4 "
            "on every criterion to be funded.",
            body,
        )
    )
    s.append(
        grid(
            [
                ["Criterion", "What we look for", "Weight"],
                [
                    "Need",
                    "Evidence that the works are needed and that the facility would otherwise "
                    "close, decline or stay out of reach of some people.",
                    "25%",
                ],
                [
                    "Community involvement",
                    "How local people and the groups that use the facility shaped the project.",
                    "20%",
                ],
                [
                    "Sustainability",
                    "A realistic plan to run and maintain the facility for at least ten years.",
                    "25%",
                ],
                ["Carbon and energy", "How the works cut energy use and emissions.", "15%"],
                [
                    "Value for money",
                    "Costs that are realistic, fairly tendered and well explained.",
                    "15%",
                ],
            ],
            [3.6 * cm, 11.4 * cm, 2 * cm],
        )
    )
    s.append(Paragraph("9. If you are offered a grant", h2))
    s.append(
        bullets(
            [
                "We will send a grant agreement for two trustees or committee members to sign.",
                "Works must start within six months of the offer and finish within 18 months.",
                "We pay in arrears against invoices, in up to three claims, and keep back 10% "
                "until "
                "we have seen the completed works.",
                "You must tell us about any change to the works or the cost before you make it.",
                "You must send a short end-of-project report and photographs, and tell us how the "
                "facility is being used one year later.",
            ]
        )
    )
    s.append(Paragraph("10. Questions people often ask", h2))
    for q, a in (
        (
            "Can we apply if we have already started the work?",
            "No. We cannot fund works that "
            "have started before we make an offer, and starting early could make the whole "
            "project ineligible.",
        ),
        (
            "Do we need planning permission before we send an expression of interest?",
            "No. You need it (if your works need it) before you send the full application.",
        ),
        (
            "Can our 10% come from another grant?",
            "Yes. Your contribution can come from other "
            "funders, including national programmes, as long as the same costs are not paid for "
            "twice.",
        ),
        (
            "We are a town council. Can we apply for our own offices?",
            "No. Town and community "
            "councils can apply only for facilities that are run by or for community groups.",
        ),
        (
            "Can you help us to write the business plan?",
            "Yes. Bryngarth Voluntary Action runs "
            "free workshops on business planning for community buildings, and our officers will "
            "comment on a draft.",
        ),
    ):
        s.append(Paragraph(q, h3))
        s.append(Paragraph(a, body))
    s.append(Paragraph("Contact us", h2))
    s.append(
        Paragraph(
            "Community Investment Team, Bryngarth County Borough Council, Canolfan "
            "Ddinesig, Bryngarth BG1 1AA. Telephone 01632 960 770. Email "
            "cyfleusterau@bryngarth.example.cymru. Rydym yn croesawu galwadau yn "
            "Gymraeg.",
            body,
        )
    )
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title="Community Facilities Capital Grant 2027-28: guidance for applicants",
        author="Bryngarth County Borough Council",
        creator="Microsoft Word",
        producer="Microsoft: Print To PDF",
        invariant=1,
    )
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    maesgwyn()
    cwmderwen()
    porthcelyn()
    bryngarth()


if __name__ == "__main__":
    main()
