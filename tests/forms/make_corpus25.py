"""Build set 25's Word and PDF documents (funds outside the council's own grants team).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus25.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 26, 10, 0, 0)
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


def _run(par, text: str, bold=False, italic=False, size=None, colour=None):
    from docx.shared import Pt, RGBColor

    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return r


def _details(d, rows, shade="DCE6F0"):
    """A label / empty-cell grid, two columns."""
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label in rows:
        r = t.add_row()
        r.cells[0].text = label
        _shade(r.cells[0], shade)
    d.add_paragraph()
    return t


def _grid(d, heads, rows, shade="DCE6F0"):
    t = d.add_table(rows=1 + rows, cols=len(heads))
    t.style = "Table Grid"
    for i, text in enumerate(heads):
        t.rows[0].cells[i].text = ""
        _run(t.rows[0].cells[i].paragraphs[0], text, bold=True)
        _shade(t.rows[0].cells[i], shade)
    d.add_paragraph()
    return t


# --------------------------------------------------------------------------- Jorvale (docx)


def jorvale() -> None:
    """A police and crime commissioner's Stage 2 form: question rows with a 'Limit' cell."""
    from docx.shared import Cm

    d = _new(
        "Community Safety Fund 2027/28 - Stage 2 full application",
        "Office of the Police and Crime Commissioner for Jorvale",
        "Arial",
        10.5,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[
        0
    ].text = "Office of the Police and Crime Commissioner for Jorvale\tCSF/S2  v3.1"
    sec.footer.paragraphs[0].text = (
        "OFFICIAL when complete  |  Jorvale OPCC, Bridge House, 4 Castle Wynd, Jorvale JV1 2PQ"
        "  |  fund@jorvale-pcc.example.gov.uk"
    )
    p = d.add_paragraph()
    _run(p, "Community Safety Fund 2027/28", bold=True, size=18, colour="1F3864")
    p = d.add_paragraph()
    _run(p, "Stage 2: Full application", bold=True, size=14, colour="1F3864")
    for text in (
        "Only complete this form if the Commissioner's office has invited you to Stage 2 after "
        "your Expression of Interest. Grants are between £5,000 and £50,000 for projects that "
        "run for up to 18 months and start after 1 April 2027.",
        "The Fund is paid for from the Commissioner's share of the police grant and from money "
        "recovered from criminals under the Proceeds of Crime Act 2002 (POCA). It is not a "
        "council grant and the council's grants team cannot advise on it.",
        "Type your answers in the white boxes. Boxes will grow as you type. Please keep to the "
        "limit shown beside each question: the panel will stop reading at the limit. Do not "
        "send extra pages unless we ask for them.",
        "Return the form by 5pm on Friday 12 February 2027 to fund@jorvale-pcc.example.gov.uk "
        "with the subject line 'CSF Stage 2' and your Stage 1 reference.",
    ):
        d.add_paragraph(text)
    p = d.add_paragraph()
    _run(p, "Need help? ", bold=True)
    p.add_run(
        "Ring the Commissioner's partnerships team on 01632 960218 (Monday to Thursday, "
        "9am to 4pm). We can send the form in large print or Welsh, or take your answers "
        "over the phone."
    )

    def heading(text):
        p = d.add_paragraph()
        _run(p, text, bold=True, size=13, colour="1F3864")

    heading("Section A  Your organisation")
    t = _details(
        d,
        [
            "A1  Name of organisation",
            "A2  Stage 1 reference (CSF-EOI-…)",
            "A3  Main contact name",
            "A4  Role in the organisation",
            "A5  Telephone",
            "A6  Email",
            "A7  Registered address",
            "A8  Postcode",
            "A9  Legal status (tick one)",
            "A10  Charity or company number (if any)",
            "A11  Total income in your last financial year (£)",
        ],
    )
    t.rows[8].cells[1].text = (
        f"{BOX} Registered charity   {BOX} CIO   {BOX} CIC   {BOX} Company limited by "
        f"guarantee   {BOX} Unincorporated association   {BOX} Other: ________"
    )

    heading("Section B  Your project")
    p = d.add_paragraph()
    _run(
        p,
        "Each question below has its limit in the right-hand column. Write in plain English; "
        "you do not need to repeat what you told us at Stage 1 unless it has changed.",
        italic=True,
    )

    def question(ref, text, hint, limit, height=2400):
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        t.rows[0].cells[0].width = Cm(1.4)
        t.rows[0].cells[1].width = Cm(12.6)
        t.rows[0].cells[2].width = Cm(3)
        t.rows[0].cells[0].text = ""
        _run(t.rows[0].cells[0].paragraphs[0], ref, bold=True)
        t.rows[0].cells[1].text = ""
        _run(t.rows[0].cells[1].paragraphs[0], text, bold=True)
        if hint:
            hp = t.rows[0].cells[1].add_paragraph()
            _run(hp, hint, italic=True, size=9, colour="595959")
        t.rows[0].cells[2].text = ""
        _run(t.rows[0].cells[2].paragraphs[0], limit, size=9)
        for cell in t.rows[0].cells:
            _shade(cell, "DCE6F0")
        merged = t.rows[1].cells[0].merge(t.rows[1].cells[2])
        merged.text = ""
        _row_height(t.rows[1], height)
        d.add_paragraph()

    def plain(ref, text, answer=""):
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = ""
        _run(t.rows[0].cells[0].paragraphs[0], ref, bold=True)
        t.rows[0].cells[1].text = text
        _shade(t.rows[0].cells[0], "DCE6F0")
        _shade(t.rows[0].cells[1], "DCE6F0")
        t.rows[0].cells[2].text = answer
        d.add_paragraph()

    plain("B1", "Project title")
    question(
        "B2",
        "Summarise your project.",
        "If we fund you, we may publish this summary on the Commissioner's website.",
        "Limit: 100 words",
        1400,
    )
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = ""
    _run(
        t.rows[0].cells[0].paragraphs[0],
        "B3  Which priorities of the Police and Crime Plan 2025-2029 will the project "
        "support? Tick all that apply.",
        bold=True,
    )
    t.rows[0].cells[0].merge(t.rows[0].cells[1])
    _shade(t.rows[0].cells[0], "DCE6F0")
    for i, text in enumerate(
        (
            "Preventing violence against women and girls",
            "Reducing anti-social behaviour",
            "Keeping young people safe and out of the criminal justice system",
            "Safer roads and rural crime",
            "Supporting victims and witnesses",
            "Tackling drug and alcohol related harm",
        ),
        start=1,
    ):
        t.rows[i].cells[0].text = text
        t.rows[i].cells[1].text = BOX
    d.add_paragraph()
    question(
        "B4",
        "What is the community safety problem you want to tackle, and what evidence do you "
        "have for it?",
        "Use local figures where you can: police.uk crime data, your own records, surveys, "
        "what residents or partners have told you.",
        "Limit: 400 words",
    )
    question(
        "B5",
        "Describe what you will do, who will deliver it, and where and when the activities "
        "will take place.",
        "Include how many sessions, for how long, and who will run them (staff, volunteers, "
        "partners).",
        "Limit: 500 words",
        3000,
    )
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = ""
    _run(t.rows[0].cells[0].paragraphs[0], "B6", bold=True)
    t.rows[0].cells[1].text = ""
    _run(t.rows[0].cells[1].paragraphs[0], "Who will benefit?", bold=True)
    t.rows[0].cells[1].merge(t.rows[0].cells[2])
    for cell in t.rows[0].cells:
        _shade(cell, "DCE6F0")
    t.rows[1].cells[0].text = "(a)"
    t.rows[1].cells[1].text = "How many people do you expect to work with?"
    t.rows[1].cells[2].text = "Number:"
    t.rows[2].cells[0].text = "(b)"
    t.rows[2].cells[1].text = (
        "How will you reach people who are at risk of harm or of offending and who do not "
        "usually use services?  (Limit: 250 words)"
    )
    t.rows[2].cells[2].text = ""
    _row_height(t.rows[2], 2200)
    d.add_paragraph()
    question(
        "B7",
        "What has changed since your Expression of Interest?",
        "For example the budget, the partners or the area covered. Write 'No change' if "
        "nothing has changed.",
        "No limit – keep it brief",
        1000,
    )
    question(
        "B8",
        "How will you work with Jorvale Police, the Community Safety Partnership or other "
        "agencies?",
        "Tell us who you have already spoken to.",
        "Limit: 250 words",
    )
    question(
        "B9",
        "How will you measure the difference the project makes?",
        "Outline the outcomes you expect and how you will record them. We will ask for a "
        "short report every six months.",
        "Limit: 300 words",
    )
    question(
        "B10",
        "What will happen when the Commissioner's funding ends?",
        "",
        "Limit: 200 words",
        1600,
    )

    heading("Section C  Keeping people safe")
    plain(
        "C1",
        "Will the project work with children, young people or adults at risk?",
        "Yes  /  No  (delete one)",
    )
    question(
        "C2",
        "If yes, how will you keep them safe?",
        "Tell us about DBS checks for staff and volunteers, training, and who your "
        "designated safeguarding lead is.",
        "Limit: 250 words",
    )
    question(
        "C3",
        "What are the main risks to delivering the project, and how will you manage them?",
        "",
        "Limit: 200 words",
    )

    heading("Section D  Budget")
    plain("D1", "Total cost of the project (£)")
    plain("D2", "Amount you are asking the Commissioner for (£)")
    p = d.add_paragraph()
    _run(p, "D3  Budget breakdown", bold=True)
    p.add_run(" (add rows if you need to; the two columns should add up to D1)")
    _grid(d, ["Item", "What it is for", "From this Fund (£)", "From other sources (£)"], 7)
    p = d.add_paragraph()
    _run(p, "D4  Other funding for this project", bold=True)
    _grid(d, ["Funder", "Amount (£)", "Secured or applied for?"], 3)
    plain(
        "D5",
        "Does the budget include salaries or sessional staff costs?",
        "Yes  /  No  (delete one)",
    )
    d.add_paragraph(
        "We do not ask for match funding and can fund the whole cost of a project, but tell "
        "us in D4 about any other money you have for it."
    )

    heading("Section E  Documents to send with this form")
    d.add_paragraph(
        "Email these with the form. We cannot assess your application until we have all the "
        "documents that apply to you. Put a tick in the last column."
    )
    t = _grid(d, ["Document", "Who must send it", "Enclosed ✓"], 10)
    for i, (doc, who) in enumerate(
        (
            ("Your governing document (constitution, articles or trust deed)", "Everyone"),
            (
                "Your latest annual accounts, audited or independently examined",
                "Everyone (see the note below)",
            ),
            (
                "Your last three months' bank statements",
                "Only organisations less than 18 months old, instead of accounts",
            ),
            ("Your safeguarding policy", "Everyone"),
            ("Your equality, diversity and inclusion policy", "Everyone"),
            (
                "A letter of support from your Neighbourhood Policing Team or the Community "
                "Safety Partnership",
                "Everyone",
            ),
            ("Public liability insurance certificate (at least £5 million)", "Everyone"),
            (
                "A list of the roles in the project that have a DBS check, and the level of check",
                "Projects working with children or adults at risk",
            ),
            ("Two written quotes", "Any single item of equipment over £1,000"),
            (
                "Written permission from the owner of the building or land",
                "If the project uses premises you do not own or lease",
            ),
        ),
        start=1,
    ):
        t.rows[i].cells[0].text = doc
        t.rows[i].cells[1].text = who
    p = d.add_paragraph()
    _run(p, "Note on accounts: ", bold=True)
    p.add_run(
        "if your organisation is less than 18 months old and has not yet produced annual "
        "accounts, send your last three months' bank statements instead."
    )

    heading("Section F  Declaration")
    d.add_paragraph(
        "We confirm that the information in this application is true, that the organisation's "
        "governing body has approved it, and that we will use any grant only for the project "
        "described. We understand that the Commissioner may recover a grant that is misused. "
        "Two people must sign: one must be a trustee, director or committee officer, and they "
        "must not be related to each other."
    )
    d.add_paragraph(
        f"{BOX}  We have a data protection policy and, where required, are registered with the "
        "Information Commissioner's Office (ICO)."
    )
    t = _grid(d, ["", "First signatory", "Second signatory"], 4)
    for i, label in enumerate(("Signature", "Print name", "Position", "Date"), start=1):
        t.rows[i].cells[0].text = label
        _shade(t.rows[i].cells[0], "DCE6F0")

    heading("How the panel will score your application")
    d.add_paragraph(
        "Your application is scored by a panel of the Commissioner's staff, a police "
        "inspector and two community representatives. Each criterion is scored 0 to 4 and "
        "multiplied by its weighting. Applications that score 0 or 1 on any criterion will not "
        "be funded."
    )
    t = _grid(d, ["Criterion", "Questions", "Weighting", "Panel score (0-4)"], 5)
    for i, row in enumerate(
        (
            ("Need and evidence", "B4", "25%"),
            ("Delivery and partnership", "B5, B8", "25%"),
            ("Reaching people at risk", "B6", "20%"),
            ("Outcomes and measurement", "B9", "20%"),
            ("Sustainability and value for money", "B10, D3", "10%"),
        ),
        start=1,
    ):
        for j, text in enumerate(row):
            t.rows[i].cells[j].text = text
    d.add_paragraph(
        "Score key: 0 no evidence; 1 weak; 2 adequate; 3 good; 4 excellent, with clear local "
        "evidence."
    )
    p = d.add_paragraph()
    _run(p, "How we use your information. ", bold=True)
    p.add_run(
        "The Police and Crime Commissioner for Jorvale is the data controller. We use the "
        "information on this form to assess your application and manage any grant, and we "
        "share it with the panel members. We keep it for six years after the grant ends. See "
        "jorvale-pcc.example.gov.uk/privacy or write to our Data Protection Officer at the "
        "address below."
    )
    out = HERE / "jorvale-pcc-community-safety-fund-full-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Ystradfawr (docx)

_YSTRAD = {
    "cy": {
        "title": "Cronfa Budd Cymunedol Fferm Wynt Mynydd Ystrad",
        "sub": "Ffurflen gais 2027",
        "intro": (
            "Mae'r gronfa hon yn cael ei hariannu gan Ynni Gwynt Ystrad Cyf, perchennog fferm "
            "wynt Mynydd Ystrad, ac yn cael ei rhedeg gan Banel Cronfa Gymunedol Ystradfawr. "
            "Gall grwpiau cymunedol a mudiadau gwirfoddol yn wardiau Ystradfawr, Cwm Nedd Uchaf "
            "a Blaenllech wneud cais am rhwng £1,000 a £10,000.",
            "Dyddiad cau: 12 canol dydd, dydd Gwener 5 Mawrth 2027. Anfonwch y ffurflen a'r "
            "dogfennau at cronfa@ystradfawr.example.org.uk neu i Swyddfa'r Panel, Neuadd y "
            "Farchnad, Stryd Fawr, Ystradfawr SA99 4YF.",
        ),
        "s1": "Adran 1: Amdanoch chi",
        "details": [
            "Enw'r grŵp",
            "Enw'r person cyswllt",
            "Cyfeiriad",
            "Cod post",
            "Rhif ffôn",
            "E-bost",
            "Rhif elusen gofrestredig (os oes un)",
            "Ym mha iaith hoffech chi i ni gysylltu â chi?",
        ],
        "lang": f"{BOX} Cymraeg   {BOX} Saesneg   {BOX} Y ddwy",
        "s2": "Adran 2: Eich prosiect",
        "q21": "2.1  Enw'r prosiect",
        "questions": [
            ("2.2  Disgrifiwch eich prosiect a beth fydd yn digwydd.", "(dim mwy na 300 gair)"),
            (
                "2.3  Sut bydd y prosiect o fudd i bobl sy'n byw yn ardal y gronfa?",
                "(dim mwy na 200 gair)",
            ),
            ("2.4  Sut byddwch chi'n defnyddio'r Gymraeg yn y prosiect?", "(dim mwy na 100 gair)"),
            (
                "2.5  A fydd y prosiect yn lleihau allyriadau carbon neu'n arbed ynni? Os bydd, "
                "sut?",
                "",
            ),
        ],
        "money": [
            "2.6  Cyfanswm cost y prosiect (£)",
            "2.7  Y swm rydych chi'n gofyn amdano (£)",
            "2.8  Dyddiad dechrau'r prosiect",
        ],
        "match": (
            "Rhaid i grwpiau ddod o hyd i o leiaf 10% o gyfanswm cost y prosiect o ffynonellau "
            "eraill. Gall hyn gynnwys gwerth amser gwirfoddolwyr."
        ),
        "s3": "Adran 3: Dogfennau",
        "send": "Anfonwch y canlynol gyda'ch ffurflen:",
        "docs": [
            "copi o gyfansoddiad neu reolau'r grŵp",
            "eich cyfrifon blynyddol diweddaraf, wedi'u llofnodi gan ddau aelod o'r pwyllgor "
            "(nid oes angen iddynt gael eu harchwilio)",
            "cyfriflen banc o'r tri mis diwethaf",
        ],
        "if": "Os yw'n berthnasol:",
        "ifdocs": [
            "os yw'r prosiect yn gweithio gyda phlant neu oedolion sy'n wynebu risg: eich "
            "polisi diogelu",
            "ar gyfer offer neu waith adeiladu sy'n costio mwy na £5,000: dau ddyfynbris "
            "ysgrifenedig",
        ],
        "s4": "Adran 4: Datganiad",
        "decl": (
            "Rwy'n cadarnhau bod y wybodaeth ar y ffurflen hon yn gywir a bod pwyllgor y grŵp "
            "wedi cytuno i wneud cais. Os cawn grant, byddwn yn ei wario ar y prosiect a "
            "ddisgrifir yma yn unig."
        ),
        "sign": ["Llofnod", "Enw", "Swydd yn y grŵp", "Dyddiad"],
        "privacy": (
            "Diogelu data: mae Panel Cronfa Gymunedol Ystradfawr yn defnyddio'r wybodaeth hon "
            "i asesu eich cais. Byddwn yn rhannu enw eich grŵp, teitl y prosiect a swm unrhyw "
            "grant ag Ynni Gwynt Ystrad Cyf ac yn eu cyhoeddi ar ein gwefan."
        ),
    },
    "en": {
        "title": "Mynydd Ystrad Wind Farm Community Benefit Fund",
        "sub": "Application form 2027",
        "intro": (
            "This fund is paid for by Ynni Gwynt Ystrad Cyf, the owner of Mynydd Ystrad wind "
            "farm, and run by the Ystradfawr Community Fund Panel. Community groups and "
            "voluntary organisations in the wards of Ystradfawr, Cwm Nedd Uchaf and Blaenllech "
            "can apply for between £1,000 and £10,000.",
            "Closing date: 12 noon, Friday 5 March 2027. Send the form and documents to "
            "cronfa@ystradfawr.example.org.uk or to the Panel Office, Market Hall, High Street, "
            "Ystradfawr SA99 4YF.",
        ),
        "s1": "Section 1: About you",
        "details": [
            "Name of group",
            "Contact name",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Registered charity number (if any)",
            "Which language would you like us to use when we contact you?",
        ],
        "lang": f"{BOX} Welsh   {BOX} English   {BOX} Both",
        "s2": "Section 2: Your project",
        "q21": "2.1  Project name",
        "questions": [
            ("2.2  Describe your project and what will happen.", "(no more than 300 words)"),
            (
                "2.3  How will the project benefit people who live in the fund's area?",
                "(no more than 200 words)",
            ),
            (
                "2.4  How will you use the Welsh language in the project?",
                "(no more than 100 words)",
            ),
            (
                "2.5  Will the project reduce carbon emissions or save energy? If so, how?",
                "",
            ),
        ],
        "money": [
            "2.6  Total cost of the project (£)",
            "2.7  Amount you are asking for (£)",
            "2.8  Project start date",
        ],
        "match": (
            "Groups must find at least 10% of the total cost of the project from other sources. "
            "This can include the value of volunteers' time."
        ),
        "s3": "Section 3: Documents",
        "send": "Please send the following with your form:",
        "docs": [
            "a copy of the group's constitution or rules",
            "your latest annual accounts, signed by two committee members (they do not need to "
            "be examined or audited)",
            "a bank statement from the last three months",
        ],
        "if": "If they apply to you:",
        "ifdocs": [
            "if the project works with children or adults at risk: your safeguarding policy",
            "for equipment or building work costing more than £5,000: two written quotes",
        ],
        "s4": "Section 4: Declaration",
        "decl": (
            "I confirm that the information on this form is correct and that the group's "
            "committee has agreed to apply. If we receive a grant, we will spend it only on the "
            "project described here."
        ),
        "sign": ["Signature", "Name", "Position in the group", "Date"],
        "privacy": (
            "Data protection: the Ystradfawr Community Fund Panel uses this information to "
            "assess your application. We will share your group's name, the project title and "
            "the amount of any grant with Ynni Gwynt Ystrad Cyf and publish them on our website."
        ),
    },
}


def ystradfawr() -> None:
    """A wind farm fund's form in one file: the whole Welsh version, then the English one."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    d = _new(
        "Cronfa Budd Cymunedol Fferm Wynt Mynydd Ystrad / Mynydd Ystrad Wind Farm Community "
        "Benefit Fund",
        "Panel Cronfa Gymunedol Ystradfawr",
        "Calibri",
        11,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = (
        "Panel Cronfa Gymunedol Ystradfawr / Ystradfawr Community Fund Panel  ·  "
        "01632 960555  ·  cronfa@ystradfawr.example.org.uk"
    )
    p = d.add_paragraph()
    _run(
        p,
        "Gallwch lenwi'r ffurflen hon yn Gymraeg neu yn Saesneg. Mae'r fersiwn Saesneg yn "
        "dilyn y fersiwn Cymraeg. Llenwch un fersiwn yn unig.",
        bold=True,
    )
    p = d.add_paragraph()
    _run(
        p,
        "You can complete this form in Welsh or in English. The English version follows the "
        "Welsh version. Please complete one version only.",
        bold=True,
        italic=True,
    )
    green = "2E5E3A"
    for n, key in enumerate(("cy", "en")):
        s = _YSTRAD[key]
        if n:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = d.add_paragraph()
        _run(p, s["title"], bold=True, size=16, colour=green)
        p = d.add_paragraph()
        _run(p, s["sub"], bold=True, size=13, colour=green)
        for text in s["intro"]:
            d.add_paragraph(text)
        p = d.add_paragraph()
        _run(p, s["s1"], bold=True, size=13, colour=green)
        t = _details(d, s["details"], "E2EFDA")
        t.rows[7].cells[1].text = s["lang"]
        p = d.add_paragraph()
        _run(p, s["s2"], bold=True, size=13, colour=green)
        t = _details(d, [s["q21"]], "E2EFDA")
        for text, limit in s["questions"]:
            p = d.add_paragraph()
            _run(p, text, bold=True)
            if limit:
                _run(p, "  " + limit, italic=True)
            box = d.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            _row_height(box.rows[0], 2600 if limit else 1500)
            d.add_paragraph()
        _details(d, s["money"], "E2EFDA")
        d.add_paragraph(s["match"])
        p = d.add_paragraph()
        _run(p, s["s3"], bold=True, size=13, colour=green)
        d.add_paragraph(s["send"])
        for text in s["docs"]:
            d.add_paragraph(text, style="List Bullet")
        p = d.add_paragraph()
        _run(p, s["if"], bold=True)
        for text in s["ifdocs"]:
            d.add_paragraph(text, style="List Bullet")
        p = d.add_paragraph()
        _run(p, s["s4"], bold=True, size=13, colour=green)
        d.add_paragraph(s["decl"])
        _details(d, s["sign"], "E2EFDA")
        p = d.add_paragraph()
        _run(p, s["privacy"], italic=True, size=9)
    out = HERE / "ystradfawr-wind-farm-community-benefit-fund-ffurflen.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Quenwick (pdf)


def quenwick() -> None:
    """A housing association's fillable tenant fund form, /MaxLen on some fields only."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "quenwick-homes-tenant-community-fund.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Quenwick Homes - Tenant Community Fund application")
    c.setAuthor("Quenwick Homes Community Investment Team")
    w, h = A4
    form = c.acroForm
    x0, x2 = 50, w - 50
    plum = colors.HexColor("#5B2C6F")
    pale = colors.HexColor("#F5EEF8")

    def frame(page):
        c.setFillColor(plum)
        c.rect(0, h - 46, w, 46, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(x0, h - 30, "Quenwick Homes")
        c.setFont("Helvetica", 10)
        c.drawRightString(x2, h - 30, "Tenant Community Fund")
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("Helvetica", 7.5)
        c.drawString(
            x0,
            26,
            "Quenwick Homes is a registered provider of social housing (RP L4471) and a "
            "charitable community benefit society.",
        )
        c.drawRightString(x2, 16, f"TCF form 2027  –  page {page} of 2")
        c.setFillColor(colors.black)

    def band(y, text):
        c.setFillColor(plum)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0, y, text)
        c.setStrokeColor(plum)
        c.line(x0, y - 4, x2, y - 4)
        c.setStrokeColor(colors.black)
        c.setFillColor(colors.black)
        return y - 20

    def line(x, y, label, name, width, maxlen=None, tip=None):
        c.setFont("Helvetica", 9)
        c.drawString(x, y, label)
        lw = c.stringWidth(label, "Helvetica", 9) + 6
        kw = {"maxlen": maxlen}
        form.textfield(
            name=name,
            tooltip=tip or label,
            x=x + lw,
            y=y - 4,
            width=width - lw,
            height=15,
            borderColor=plum,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            **kw,
        )

    def box(y, lines, name, height, maxlen=None):
        c.setFont("Helvetica-Bold", 9.5)
        for i, text in enumerate(lines):
            c.drawString(x0, y - 12 * i, text)
        top = y - 12 * len(lines) + 4
        kw = {"maxlen": maxlen}
        form.textfield(
            name=name,
            tooltip=lines[0],
            x=x0,
            y=top - height,
            width=x2 - x0,
            height=height,
            borderColor=plum,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            fieldFlags="multiline",
            **kw,
        )
        return top - height - 18

    def tick(x, y, name, label, tip=None):
        form.checkbox(
            name=name,
            tooltip=tip or label,
            x=x,
            y=y - 2,
            size=10,
            buttonStyle="check",
            borderColor=plum,
            fillColor=pale,
            borderWidth=0.6,
        )
        c.setFont("Helvetica", 9)
        c.drawString(x + 14, y, label)

    frame(1)
    c.setFont("Helvetica-Bold", 17)
    c.setFillColor(plum)
    c.drawString(x0, h - 76, "Apply for up to £5,000 for your estate")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    y = h - 94
    for text in (
        "The Tenant Community Fund is money from Quenwick Homes' surplus that tenants decide "
        "how to spend. A panel of",
        "eight tenants meets four times a year to look at applications of £1,000 to £5,000. "
        "Any group of at least three",
        "Quenwick Homes tenants or leaseholders can apply. Fill in the form on screen, save it "
        "and email it to",
        "tenantfund@quenwickhomes.example.org.uk, or print it and hand it in at any Quenwick "
        "Homes neighbourhood office.",
    ):
        c.drawString(x0, y, text)
        y -= 12
    y = band(y - 10, "1  Your group")
    line(x0, y, "Name of group", "group_name", 300, 60)
    line(x0 + 310, y, "Contact name", "contact_name", x2 - x0 - 310, 40)
    y -= 24
    line(
        x0,
        y,
        "Your tenancy reference",
        "tenancy_ref",
        220,
        10,
        "Tenancy reference number (on your rent statement)",
    )
    line(x0 + 230, y, "Phone", "phone", 150, 15)
    line(x0 + 390, y, "Postcode", "postcode", x2 - x0 - 390, 8)
    y -= 24
    line(x0, y, "Address", "address", x2 - x0, None)
    y -= 24
    line(x0, y, "Email", "email", x2 - x0, 60)
    y -= 26
    c.setFont("Helvetica", 9)
    c.drawString(x0, y, "Is your group a recognised Tenants' and Residents' Association (TRA)?")
    rx = x0 + 330
    for val in ("Yes", "No"):
        form.radio(
            name="tra",
            value=val,
            tooltip="Recognised TRA?",
            x=rx,
            y=y - 3,
            size=11,
            buttonStyle="circle",
            borderColor=plum,
            fillColor=pale,
        )
        c.drawString(rx + 14, y, val)
        rx += 50
    y -= 22
    c.drawString(x0, y, "Which neighbourhood is the project in?")
    form.choice(
        name="neighbourhood",
        tooltip="Neighbourhood",
        value="Please choose",
        options=[
            "Please choose",
            "Abbey Fields",
            "Castle Mead",
            "Quenwick Town Centre",
            "Ropewalk",
            "Stanmore Park",
        ],
        x=x0 + 200,
        y=y - 4,
        width=180,
        height=15,
        borderColor=plum,
        fillColor=pale,
        fontSize=9,
    )
    y = band(y - 26, "2  Your idea")
    y = box(y, ["What would you like to do? (up to 150 words)"], "q_what", 78, 900)
    y = box(
        y,
        ["How will it help Quenwick Homes residents?"],
        "q_help",
        86,
        1200,
    )
    line(x0, y + 6, "How many residents do you think will take part?", "residents", 320, 5)
    y -= 20
    y = box(
        y,
        ["Tell us how residents have been involved in planning this. (up to 100 words)"],
        "q_involved",
        60,
    )
    c.showPage()
    frame(2)
    y = h - 70
    y = band(y, "3  Money")
    line(x0, y, "How much are you asking for?  £", "amount", 260, 6)
    y -= 22
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "What will you spend it on?")
    c.drawString(x0 + 340, y, "Cost £")
    for i in range(5):
        yy = y - 18 - 18 * i
        form.textfield(
            name=f"item_{i + 1}",
            tooltip="Item",
            x=x0,
            y=yy,
            width=330,
            height=15,
            borderColor=plum,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            maxlen=None,
        )
        form.textfield(
            name=f"cost_{i + 1}",
            tooltip="Cost",
            x=x0 + 340,
            y=yy,
            width=90,
            height=15,
            borderColor=plum,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=9,
            maxlen=6,
        )
    y -= 18 + 18 * 5 + 14
    y = box(
        y,
        [
            "If your project or event is open to the public, how will you let people know "
            "about it?",
        ],
        "q_publicity",
        56,
        600,
    )
    y = band(y, "4  What to send with this form")
    c.setFont("Helvetica", 9)
    for text in (
        "Every group must send a copy of its latest bank statement. We do not ask for accounts.",
        "Groups that are not a recognised TRA must also send their constitution or terms of "
        "reference.",
        "If you want to buy anything that costs more than £250, send a quote for it.",
        "Events held in a Quenwick Homes community room are covered by our insurance. If your "
        "event is somewhere else,",
        "you need public liability insurance of at least £2 million: send a copy of the "
        "certificate.",
    ):
        c.drawString(x0, y, text)
        y -= 12
    y -= 6
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "I have attached:")
    y -= 16
    tick(x0, y, "att_bank", "our latest bank statement")
    tick(x0 + 200, y, "att_const", "our constitution (not needed for a TRA)")
    y -= 16
    tick(x0, y, "att_quote", "a quote for each item over £250")
    tick(x0 + 200, y, "att_ins", "an insurance certificate (events elsewhere)")
    y -= 24
    tick(
        x0,
        y,
        "safeguarding",
        "If your project involves children or adults at risk: we have a safeguarding policy "
        "and will follow it.",
        "Safeguarding policy confirmed",
    )
    y = band(y - 26, "5  How did you hear about the fund? (tick all that apply)")
    for i, text in enumerate(
        ("Housing officer", "Tenant newsletter", "Facebook", "Another group", "Other")
    ):
        tick(x0 + 95 * i, y, f"heard_{i + 1}", text)
    y = band(y - 28, "6  Declaration")
    c.setFont("Helvetica", 9)
    for text in (
        "We will spend any grant on the project described, keep receipts for two years and "
        "send the panel a short update",
        "with photographs within three months of the project ending. Quenwick Homes may use "
        "the photographs in its newsletter.",
    ):
        c.drawString(x0, y, text)
        y -= 12
    y -= 6
    tick(x0, y, "declare", "I agree, on behalf of the group", "Declaration agreed")
    y -= 24
    line(x0, y, "Name", "decl_name", 200, 40)
    line(x0 + 210, y, "Role in group", "decl_role", 160, 30)
    line(x0 + 380, y, "Date", "decl_date", x2 - x0 - 380, 10)
    y -= 30
    c.setFont("Helvetica-Oblique", 7.5)
    for text in (
        "Your information: Quenwick Homes uses the details on this form to process your "
        "application and shares them with the tenant panel.",
        "We keep them for two years. Our privacy notice is at quenwickhomes.example.org.uk/privacy "
        "or ask your housing officer for a copy.",
    ):
        c.drawString(x0, y, text)
        y -= 10
    c.setStrokeColor(colors.grey)
    c.rect(x0, 50, x2 - x0, 40)
    c.setFont("Helvetica", 7.5)
    c.drawString(
        x0 + 6,
        80,
        "Office use:  Received ________   Panel date ________   "
        "Decision  Award / Decline   Amount £______   Ref TCF/______",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Iverleigh (pdf)

_IVERLEIGH = [
    ("cover", "Iverleigh Solar Farm Community Benefit Fund"),
    ("coversub", "Guidance for applicants 2027  ·  Stage 1 and Stage 2"),
    (
        "coverp",
        "Administered by Iverleigh and District Community Foundation on behalf of Brightmead "
        "Solar (Iverleigh) Ltd. Grants of £1,000 to £30,000 for community projects within "
        "five miles of the solar farm.",
    ),
    ("coverp", "Version 2.0, published January 2027. Replaces all earlier versions."),
    ("h1", "1. About the fund"),
    (
        "p",
        "Iverleigh Solar Farm began generating in 2024. As part of the planning consent for the "
        "site, its owner Brightmead Solar (Iverleigh) Ltd pays £48,000 a year into a community "
        "benefit fund for the 25-year life of the solar farm. The payment is voluntary: it is "
        "not a Section 106 obligation and it played no part in the planning decision.",
    ),
    (
        "p",
        "Iverleigh and District Community Foundation (the Foundation) runs the fund. Decisions "
        "are made by a Community Panel of seven local residents and one representative of "
        "Brightmead Solar, who does not vote. The District Council is not involved in "
        "decisions and its grants team cannot advise on this fund.",
    ),
    ("h2", "What we want to fund"),
    (
        "p",
        "The Panel has agreed three priorities for 2027 after talking to people across the "
        "benefit area:",
    ),
    ("b", "Warm, well-used community buildings: energy efficiency, heating, insulation."),
    ("b", "Things for young people to do, especially in the villages with no youth provision."),
    ("b", "Getting around: community transport, safer walking and cycling routes."),
    (
        "p",
        "Projects outside these priorities can still apply, but they will need to show a strong "
        "local need.",
    ),
    ("h2", "The benefit area"),
    (
        "p",
        "The benefit area is the parishes of Iverleigh, Coldharbour, Nettlecombe St Mary and "
        "Wick Bassett, and the part of Hollow Lane ward north of the A3120. A map is on our "
        "website. Your project must mainly benefit people who live in the benefit area, but it "
        "can take place just outside it, for example at a secondary school that serves it.",
    ),
    ("h1", "2. Who can apply?"),
    (
        "p",
        "Constituted not-for-profit groups: registered charities, charitable incorporated "
        "organisations, community interest companies limited by guarantee, community benefit "
        "societies, parish councils, schools' parent-teacher associations and unincorporated "
        "community groups with a written constitution and at least three unrelated committee "
        "members.",
    ),
    (
        "p",
        "We cannot fund individuals, businesses, political or campaigning activity, religious "
        "activity (faith groups can apply for community activities open to everyone), work "
        "that a statutory body has a duty to pay for, or costs you have already spent.",
    ),
    ("h1", "3. How the fund works: two stages"),
    (
        "p",
        "Every application starts with a short Expression of Interest (Stage 1). This saves you "
        "writing a full application for a project the Panel cannot support.",
    ),
    ("h2", "Stage 1: Expression of Interest"),
    (
        "p",
        "Fill in the online Expression of Interest at iverleighcf.example.org.uk/solar. It asks "
        "five questions, each with a limit of 150 words: what you want to do, who will "
        "benefit, why it is needed, roughly what it will cost, and whether you have other "
        "funding. You do not need to send any documents at Stage 1. A grants officer will call "
        "you within ten working days to talk about your idea, and will tell you within four "
        "weeks whether the Panel would like a full application.",
    ),
    ("h2", "Stage 2: Full application (by invitation)"),
    (
        "p",
        "If we invite you to Stage 2 we will email you the Stage 2 application form (Word) and "
        "the budget spreadsheet (Excel). The form has eight questions, most with a limit of "
        "300 or 500 words. Return both, with the documents in section 5, by the Stage 2 "
        "deadline in the timetable. A member of the Panel may visit you before the meeting.",
    ),
    ("h1", "4. Money"),
    (
        "p",
        "Small grants are £1,000 to £5,000. Large grants are £5,001 to £30,000 and are usually "
        "for capital projects. We will pay up to three-quarters of the total cost of a "
        "project: you must find at least a quarter (25%) from elsewhere. This can be your own "
        "funds, another grant, or volunteer time valued at £15 an hour, up to half of your "
        "share.",
    ),
    (
        "p",
        "We pay small grants in full when the grant agreement is signed. Large grants are paid "
        "in two instalments: 80% at the start and 20% when we receive the end-of-project "
        "report. VAT is an eligible cost only if you cannot reclaim it.",
    ),
    ("h2", "The budget spreadsheet"),
    (
        "p",
        "Everyone invited to Stage 2 must complete our budget spreadsheet, which has three "
        "tabs. Tab 1 'Costs': one line for each item, with the supplier if you know it and "
        "whether the cost includes VAT. Tab 2 'Income': every other source of money, and "
        "whether it is confirmed. Tab 3 'In kind': volunteer hours, donated materials and free "
        "use of premises. The totals and the percentage you are asking us for are worked out "
        "for you on the 'Summary' tab: do not type over the grey cells.",
    ),
    ("h1", "5. What you need to send at Stage 2"),
    ("p", "Every organisation invited to Stage 2 must send:"),
    ("b", "the completed Stage 2 application form;"),
    ("b", "the completed budget spreadsheet;"),
    ("b", "your governing document (constitution, trust deed, or articles of association);"),
    (
        "b",
        "your most recent annual accounts. If your annual income is under £25,000 these can be "
        "accounts approved and signed by your chair and treasurer; above that they must be "
        "independently examined or audited;",
    ),
    (
        "b",
        "two letters of support from people or organisations in the benefit area who are not "
        "part of your group.",
    ),
    ("p", "You must also send, if they apply to your project:"),
    (
        "b",
        "for work on a building or land: proof that you own it, or a lease with at least five "
        "years left to run;",
    ),
    ("b", "planning permission or building regulations approval, where the work needs it;"),
    ("b", "for any item or contract costing over £3,000: three written quotes;"),
    (
        "b",
        "if your project works with children, young people or adults at risk: your "
        "safeguarding policy.",
    ),
    (
        "p",
        "All groups must have an equality and diversity policy. You do not need to send it, "
        "but we will ask to see it before we pay a grant.",
    ),
    ("h1", "6. Examples of projects we have funded"),
    (
        "p",
        "These grants were made in 2025 and 2026. They are examples only: every application is "
        "looked at on its own merits.",
    ),
    (
        "b",
        "Coldharbour Village Hall: £24,500 towards an air source heat pump and loft insulation. "
        "The hall's heating bill fell by more than half and it now opens on winter weekday "
        "mornings as a warm space.",
    ),
    (
        "b",
        "Wick Bassett Youth Club: £4,800 for a second weekly session and a minibus driver's "
        "training, so that young people from the outlying farms can attend.",
    ),
    (
        "b",
        "Iverleigh Community Car Scheme: £3,200 for volunteer drivers' mileage and a booking "
        "phone, taking older residents to hospital appointments in Marlbridge.",
    ),
    (
        "b",
        "Nettlecombe St Mary Parish Council: £18,000 towards a surfaced footpath between the "
        "village and the primary school, with match funding from the county council.",
    ),
    (
        "b",
        "Iverleigh Allotment Society: £2,150 for a rainwater harvesting system and a shed "
        "adapted for wheelchair users.",
    ),
    ("h1", "7. How the Panel decides"),
    (
        "p",
        "A grants officer checks each Stage 2 application and writes a summary for the Panel. "
        "Panel members score each application against the matrix below. The scores guide the "
        "discussion but do not decide it: the Panel also looks at the spread of grants across "
        "the benefit area.",
    ),
    ("matrix", ""),
    (
        "p",
        "Applications with a total weighted score below 2.0, or a score of 0 on any criterion, "
        "are not funded.",
    ),
    ("h1", "8. Insurance"),
    (
        "p",
        "All groups must hold public liability insurance with cover of at least £2 million. "
        "You do not need to send us the certificate, but you must keep it up to date for the "
        "length of the grant.",
    ),
    ("h1", "9. Timetable for 2027"),
    ("dates", ""),
    ("h1", "10. If you receive a grant"),
    (
        "p",
        "You will sign a grant agreement, send us your bank details on our form, and send an "
        "end-of-project report with photographs and receipts for any item over £500. For large "
        "grants we also ask for a six-month progress report. Brightmead Solar may publicise the "
        "grant; we will ask you first.",
    ),
    ("h1", "11. Your information"),
    (
        "p",
        "The Foundation is the data controller for the information you give us. We use it to "
        "assess your application and manage any grant, share it with Panel members, and "
        "publish the name of your group, the project and the amount awarded. We do not share "
        "personal details with Brightmead Solar. Our privacy notice is at "
        "iverleighcf.example.org.uk/privacy.",
    ),
    ("h1", "12. Questions people often ask"),
    ("h2", "Can we apply to both stages at once?"),
    (
        "p",
        "No. The Panel only reads full applications it has asked for. If you send a full "
        "application without an invitation we will treat it as an Expression of Interest.",
    ),
    ("h2", "Can we apply if we already have a grant from the fund?"),
    (
        "p",
        "Yes, for a different project, once you have sent the end-of-project report for the "
        "first one. You can hold only one large grant at a time.",
    ),
    ("h2", "Does the solar farm company decide who gets a grant?"),
    (
        "p",
        "No. Brightmead Solar's representative on the Panel can speak but does not vote, and "
        "the company never sees applications before a decision is made.",
    ),
    ("h2", "We are not sure our project is in the benefit area. What should we do?"),
    (
        "p",
        "Check the map on our website, or ring us. Projects that serve the benefit area but "
        "take place just outside it, such as a secondary school or a leisure centre, may be "
        "eligible.",
    ),
    ("h2", "What if we are turned down?"),
    (
        "p",
        "We will tell you why. You can apply again in a later round, and a grants officer will "
        "talk through the Panel's feedback with you.",
    ),
    ("h1", "13. Contact us"),
    (
        "p",
        "Grants team, Iverleigh and District Community Foundation, The Old Dairy, Mill Lane, "
        "Iverleigh IV7 3DL. Telephone 01632 960871 (Tuesday to Thursday). Email "
        "solarfund@iverleighcf.example.org.uk. If you are unhappy with how we dealt with your "
        "application, our complaints procedure is on our website; the Panel's decisions are "
        "final.",
    ),
]


def iverleigh() -> None:
    """A community foundation's multi-page guidance for a solar farm's two-stage fund."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    out = HERE / "iverleigh-solar-farm-community-benefit-fund-guidance.pdf"
    amber = colors.HexColor("#B36B00")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11.5, leading=16, spaceAfter=7)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
    h1 = ParagraphStyle(
        "h1",
        fontName="Helvetica-Bold",
        fontSize=14,
        leading=18,
        textColor=amber,
        spaceBefore=10,
        spaceAfter=6,
    )
    h2 = ParagraphStyle(
        "h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4
    )
    cover = ParagraphStyle(
        "cover",
        fontName="Helvetica-Bold",
        fontSize=26,
        leading=32,
        textColor=amber,
        spaceBefore=120,
        spaceAfter=16,
    )
    coversub = ParagraphStyle(
        "coversub", fontName="Helvetica", fontSize=15, leading=20, spaceAfter=30
    )
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold")

    def table(rows, widths):
        t = Table(
            [[Paragraph(x, head) for x in rows[0]]]
            + [[Paragraph(x, cell) for x in r] for r in rows[1:]],
            colWidths=widths,
        )
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FCE9CF")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    matrix = table(
        [
            ["Criterion", "What a high score looks like", "Weight"],
            [
                "Need",
                "Clear evidence that local people want and need the project: surveys, "
                "waiting lists, usage figures.",
                "30%",
            ],
            [
                "Benefit to the area",
                "Reaches many people in the benefit area, or makes a big difference to a "
                "smaller group who need it most.",
                "25%",
            ],
            ["Fit with priorities", "Meets one or more of the Panel's three priorities.", "15%"],
            [
                "Deliverability",
                "Realistic plan, timetable and budget; the group has the skills and people "
                "to do it.",
                "20%",
            ],
            [
                "Legacy and carbon",
                "Benefits last beyond the grant; the project saves energy or cuts carbon.",
                "10%",
            ],
        ],
        [38 * mm, 110 * mm, 20 * mm],
    )
    note = Paragraph(
        "Each criterion is scored 0 (not shown) to 4 (excellent) and multiplied by its weight.",
        cell,
    )
    dates = table(
        [
            ["Round", "Stage 1 closes", "Stage 2 invitation by", "Stage 2 closes", "Panel meets"],
            ["Spring", "3 March", "31 March", "5 May", "9 June"],
            ["Autumn", "1 September", "29 September", "3 November", "8 December"],
        ],
        [24 * mm, 34 * mm, 38 * mm, 34 * mm, 38 * mm],
    )

    def on_page(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, 287 * mm, "Iverleigh Solar Farm Community Benefit Fund")
        canv.drawRightString(190 * mm, 287 * mm, "Guidance for applicants 2027")
        canv.drawString(20 * mm, 12 * mm, "iverleighcf.example.org.uk/solar")
        canv.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
        canv.restoreState()

    story = []
    styles = {"cover": cover, "coversub": coversub, "coverp": body, "h1": h1, "h2": h2}
    for kind, text in _IVERLEIGH:
        if kind == "matrix":
            story += [matrix, Spacer(1, 4), note, Spacer(1, 8)]
        elif kind == "dates":
            story += [dates, Spacer(1, 8)]
        elif kind == "b":
            story.append(Paragraph(text, bullet, bulletText="•"))
        elif kind == "h1" and text.split(".")[0] in {"1", "3", "5", "7", "9", "12"}:
            story += [PageBreak(), Paragraph(text, h1)]
        elif kind in styles:
            story.append(Paragraph(text, styles[kind]))
        else:
            story.append(Paragraph(text, body))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Iverleigh Solar Farm Community Benefit Fund - guidance for applicants 2027",
        author="Iverleigh and District Community Foundation",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    jorvale()
    ystradfawr()
    quenwick()
    iverleigh()


if __name__ == "__main__":
    main()
