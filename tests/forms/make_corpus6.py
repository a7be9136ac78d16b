"""Regenerate the binary documents of the corpus's fifth held-out set (tests/forms/).

A sixth generator in the style of make_corpus.py, for the eight documents added as the
fifth held-out set, a final untouched test (their truth files were written blind, before
any measurer was run on them). It builds only its own four files and leaves every other
file alone:

- wakelynch-neighbourhood-cil-bid.docx: a district council's neighbourhood Community
  Infrastructure Levy bid form, "No. / Question / Response" tables numbered 1.1 ..., an
  officers' scoring matrix and a supporting-documents tick table;
- llanfallt-ffurflen-gais-grant.docx: a Welsh-only community council form, questions in
  shaded rows of one-column tables with an empty answer row below each;
- sarnhelm-wellbeing-prospectus.pdf: a nine-page health and wellbeing grant prospectus
  (text PDF) with an outcomes framework, the online form's questions in an appendix and a
  documents checklist with conditions;
- thurlings-area-committee-fund.pdf: an area committee's fillable PDF with Yes/No radio
  groups, check boxes, /MaxLen on some fields, a signature field and a continuation field.

    .venv/bin/pip install reportlab pypdf      # into your own venv only
    .venv/bin/python tests/forms/make_corpus6.py
"""

from __future__ import annotations

from make_corpus import HERE, _normalise_zip  # same folder, same fixed date
from make_corpus5 import _header_table, _new, _shade, _wrap  # the fourth set's helpers

DOCX = ("wakelynch-neighbourhood-cil-bid.docx", "llanfallt-ffurflen-gais-grant.docx")
PDFS = ("sarnhelm-wellbeing-prospectus.pdf", "thurlings-area-committee-fund.pdf")


# --------------------------------------------------------------------------- docx


def _numbered(d, rows, fill: str, heads=("No.", "Question", "Response")):
    """A three-column "No. / Question / Response" table; a question may carry guidance."""
    from docx.shared import Cm

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, heads, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, fill)
    for num, text, guide, tall in rows:
        r = t.add_row()
        r.cells[0].text = num
        r.cells[1].text = text
        if guide:
            run = r.cells[1].add_paragraph().add_run(guide)
            run.italic = True
        if tall:
            r.height = Cm(tall)
    for r in t.rows:
        r.cells[0].width, r.cells[1].width, r.cells[2].width = Cm(1.3), Cm(7.2), Cm(8.5)
    d.add_paragraph()
    return t


def _wakelynch() -> None:
    blue = "DEEAF6"
    d = _new("Neighbourhood CIL Bid Form 2027/28", "Wakelynch District Council", "Calibri")
    d.add_paragraph("WAKELYNCH DISTRICT COUNCIL").runs[0].bold = True
    d.add_heading("Neighbourhood Community Infrastructure Levy (CIL)", level=1)
    d.add_heading("Bid Form \u2013 2027/28 funding round", level=2)
    d.add_paragraph(
        "The neighbourhood portion of the Community Infrastructure Levy is money paid by "
        "developers that the Council passes to the communities where development has taken "
        "place. In unparished areas the Council holds this money and invites bids for "
        "projects that support the development of the area. Please read the Neighbourhood "
        "CIL Spending Protocol before you complete this form. Bids close at 5pm on Friday 29 "
        "January 2027. Return the completed form by email to cil@wakelynch.example.gov.uk."
    )
    d.add_paragraph(
        "Complete every section. Where a response box is too small, continue on a separate "
        "sheet if needed, clearly marked with the question number \u2013 except where a "
        "word or character maximum is given, which will be applied strictly: text beyond it "
        "will not be read."
    )

    d.add_heading("Section 1: Bidding organisation", level=2)
    _numbered(
        d,
        [
            ("1.1", "Name of organisation", "", None),
            (
                "1.2",
                "Type of organisation (please delete those that do not apply): Charity / "
                "Charitable Incorporated Organisation / Community Interest Company / "
                "Residents\u2019 or community association / Other public body",
                "",
                None,
            ),
            ("1.3", "Lead contact name", "", None),
            ("1.4", "Position in organisation", "", None),
            ("1.5", "Correspondence address, including postcode", "", 2.0),
            ("1.6", "Telephone", "", None),
            ("1.7", "Email", "", None),
            ("1.8", "Registered charity or company number (if any)", "", None),
        ],
        blue,
        ("No.", "Item", "Details"),
    )

    d.add_heading("Section 2: The infrastructure project", level=2)
    _numbered(
        d,
        [
            ("2.1", "Project name", "", None),
            ("2.2", "Location of the project (address, or a grid reference)", "", None),
            ("2.3", "Which ward or neighbourhood area will benefit?", "", None),
            (
                "2.4",
                "Describe the infrastructure project and what it will deliver.",
                "Guidance: no more than 400 words.",
                7.0,
            ),
            (
                "2.5",
                "(a) How does the project address the demands that new development places on "
                "the area? (b) Which part of the Infrastructure Funding Statement or "
                "neighbourhood plan does it support?",
                "Guidance: maximum 2,400 characters for (a) and (b) together.",
                7.0,
            ),
            (
                "2.6",
                "What evidence of community support do you have? Continue on a separate sheet "
                "if needed.",
                "",
                5.0,
            ),
            ("2.7", "Has planning permission been granted? Yes / No / Not required", "", None),
        ],
        blue,
    )

    d.add_heading("Section 3: Costs and funding", level=2)
    d.add_paragraph(
        "Neighbourhood CIL will meet no more than 70% of the eligible cost of a project. Bids "
        "must show that the balance is secured, or explain in 3.3 how and when it will be "
        "secured. In-kind contributions may be counted at the rates set out in the Protocol."
    )
    _numbered(
        d,
        [
            ("3.1", "Total project cost (\u00a3, excluding recoverable VAT)", "", None),
            ("3.2", "Neighbourhood CIL requested (\u00a3)", "", None),
        ],
        blue,
    )
    d.add_paragraph("3.3  Other funding for the project")
    t = _header_table(d, ("Source", "Amount (\u00a3)", "Secured? (Y/N)"), blue)
    for _ in range(4):
        t.add_row()
    d.add_paragraph()
    _numbered(
        d,
        [
            (
                "3.4",
                "How will the infrastructure be maintained once it is built, and who will pay "
                "for its upkeep?",
                "Guidance: max. 250 words.",
                5.0,
            ),
        ],
        blue,
    )

    d.add_heading("Section 4: Delivery", level=2)
    _numbered(
        d,
        [
            ("4.1", "Proposed start date", "", None),
            ("4.2", "Proposed completion date", "", None),
            (
                "4.3",
                "Set out the main risks to delivering the project on time and on budget, and "
                "how you will manage each of them.",
                "Guidance: one page maximum.",
                8.0,
            ),
        ],
        blue,
    )

    d.add_heading("Section 5: How bids are scored", level=2)
    d.add_paragraph(
        "Officers score each eligible bid against the matrix below and make a recommendation "
        "to the Cabinet Member. This section is for information: do not write in it."
    )
    t = _header_table(d, ("Criterion", "Weighting", "Score (0\u20135)"), blue)
    for crit, weight in (
        ("Mitigates the impact of development in the area", "40%"),
        ("Evidence of community support", "25%"),
        ("Deliverability and value for money", "25%"),
        ("Long-term maintenance arrangements", "10%"),
    ):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = crit, weight, "Officer use"
    d.add_paragraph()

    d.add_heading("Section 6: Supporting documents", level=2)
    d.add_paragraph(
        "Tick to show what you have attached. Bids without the documents marked \u2018All "
        "bids\u2019 will be returned."
    )
    t = _header_table(d, ("Document", "Required from", "\u2713"), blue)
    for doc, who in (
        ("Site plan showing the location and extent of the project", "All bids"),
        (
            "At least two written quotations for the works (three where any item exceeds "
            "\u00a325,000)",
            "All bids",
        ),
        (
            "Accounts for the last full financial year, independently examined or audited",
            "All bids",
        ),
        (
            "Evidence of community support, such as consultation results or letters of "
            "support from local groups",
            "All bids",
        ),
        (
            "Governing document (constitution, trust deed or articles of association)",
            "Not needed from other public bodies",
        ),
        ("Written consent of the landowner", "Where you do not own the site"),
        ("Planning permission decision notice", "Where permission is required"),
        (
            "Your safeguarding policy",
            "Where the facility will be used by children or adults at risk",
        ),
    ):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = doc, who
    d.add_paragraph()
    d.add_paragraph(
        "Insurance: the organisation carrying out or commissioning the works must hold public "
        "liability insurance with a limit of indemnity of not less than \u00a35,000,000 any "
        "one occurrence. A copy of the policy schedule will be requested before any money is "
        "released; you need not send it with this bid."
    )

    d.add_heading("Section 7: Declaration", level=2)
    d.add_paragraph(
        "I declare that the information in this bid is true and complete, that the "
        "organisation has a health and safety policy that will cover the works, and that any "
        "Neighbourhood CIL awarded will be spent only on the project described. I understand "
        "that the Council may recover any money not spent in accordance with the CIL "
        "Regulations 2010 (as amended)."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, label in zip(t.rows, ("Signed", "Name (print)", "Position", "Date"), strict=True):
        row.cells[0].text = label
        _shade(row.cells[0], blue)
    d.add_paragraph()
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "FOR OFFICE USE ONLY"
    t.rows[0].cells[0].merge(t.rows[0].cells[1])
    for row, label in zip(t.rows[1:], ("Bid reference", "Date received"), strict=True):
        row.cells[0].text = label
    d.save(HERE / DOCX[0])


def _llanfallt() -> None:
    from docx.shared import Cm

    green = "E2EFD9"
    d = _new("Ffurflen Gais am Grant", "Cyngor Cymuned Llanfallt", "Arial")
    d.add_heading("Cyngor Cymuned Llanfallt", level=0)
    d.add_heading("Ffurflen Gais am Grant 2027\u201328", level=1)
    d.add_paragraph(
        "Mae\u2019r Cyngor yn rhoi grantiau bach i fudiadau gwirfoddol sy\u2019n gwasanaethu "
        "trigolion Llanfallt. Y grant mwyaf yw \u00a31,200. Darllenwch y nodiadau hyn cyn "
        "llenwi\u2019r ffurflen. Dylid dychwelyd y ffurflen at y Clerc erbyn 31 Ionawr 2028: "
        "clerc@llanfallt.example.cymru neu Swyddfa\u2019r Cyngor, Y Neuadd Goffa, Llanfallt."
    )

    def labels(rows):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for text in rows:
            cells = t.add_row().cells
            cells[0].text = text
            _shade(cells[0], green)
        d.add_paragraph()

    def ask(text, tall=4.0):
        t = d.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = text
        _shade(t.rows[0].cells[0], green)
        t.rows[1].height = Cm(tall)
        d.add_paragraph()

    d.add_heading("Rhan 1: Manylion y mudiad", level=2)
    labels(
        [
            "Enw\u2019r mudiad",
            "Cyfeiriad",
            "Cod post",
            "Enw\u2019r person cyswllt",
            "Swydd yn y mudiad",
            "Rhif ff\u00f4n",
            "Cyfeiriad e-bost",
            "Ydy\u2019r mudiad yn elusen gofrestredig?   Ydy  \u2610    Nac ydy  \u2610",
            "Rhif elusen (os yw\u2019n berthnasol)",
        ]
    )

    d.add_heading("Rhan 2: Y prosiect", level=2)
    labels(["2.1  Enw\u2019r prosiect"])
    ask("2.2  Disgrifiwch y prosiect a\u2019r hyn y byddwch yn ei wneud. (uchafswm o 250 gair)")
    ask(
        "2.3  Pam mae angen y prosiect yn Llanfallt? Sut ydych chi\u2019n gwybod hynny? "
        "(dim mwy na 200 gair)"
    )
    labels(["2.4  Faint o bobl fydd yn elwa o\u2019r prosiect?"])
    ask(
        "2.5  Sut bydd y prosiect yn hybu\u2019r defnydd o\u2019r Gymraeg yn y gymuned? "
        "(hanner tudalen ar y mwyaf)"
    )
    ask("2.6  Rhowch unrhyw wybodaeth arall sy\u2019n cefnogi\u2019ch cais.", 3.0)
    labels(["2.7  Dyddiad dechrau\u2019r prosiect", "2.8  Dyddiad gorffen y prosiect"])

    d.add_heading("Rhan 3: Arian", level=2)
    d.add_paragraph(
        "Ni fydd y Cyngor yn talu mwy na dwy ran o dair o gyfanswm cost y prosiect. Rhaid i\u2019r "
        "mudiad ddod o hyd i\u2019r gweddill o\u2019i arian ei hun neu gan gyllidwyr eraill."
    )
    labels(
        [
            "3.1  Cyfanswm cost y prosiect (\u00a3)",
            "3.2  Swm y grant y gofynnir amdano (\u00a3)",
            "3.3  Arian o ffynonellau eraill (\u00a3)",
        ]
    )
    d.add_paragraph("3.4  Dadansoddiad o\u2019r costau")
    t = _header_table(d, ("Eitem", "Cost (\u00a3)"), green)
    for _ in range(5):
        t.add_row()
    t.add_row().cells[0].text = "Cyfanswm"
    d.add_paragraph()

    d.add_heading("Rhan 4: Dogfennau", level=2)
    d.add_paragraph("Rhaid amg\u00e1u\u2019r canlynol gyda\u2019ch cais:")
    for text in (
        "copi o gyfansoddiad neu reolau\u2019r mudiad;",
        "copi o gyfrifon diweddaraf y mudiad. Os yw\u2019r mudiad yn newydd ac nad oes ganddo "
        "gyfrifon eto, anfonwch gyfriflenni banc y tri mis diwethaf yn eu lle;",
        "copi o dystysgrif yswiriant atebolrwydd cyhoeddus y mudiad. Rhaid i\u2019r yswiriant "
        "fod yn werth \u00a33,000,000 o leiaf.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Dim ond os yw\u2019n berthnasol i\u2019ch prosiect chi:")
    for text in (
        "dau ddyfynbris ar gyfer unrhyw eitem sy\u2019n costio mwy na \u00a3500;",
        "os bydd y prosiect yn gweithio gyda phlant neu oedolion sy\u2019n wynebu risg: copi "
        "o\u2019ch polisi diogelu a thystiolaeth o wiriadau DBS y gwirfoddolwyr.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Rhestr wirio \u2013 ticiwch i ddangos beth rydych wedi\u2019i amg\u00e1u:")
    t = _header_table(d, ("Dogfen", "\u2713"), green)
    for text in (
        "Cyfansoddiad",
        "Cyfrifon (neu gyfriflenni banc)",
        "Tystysgrif yswiriant",
        "Dyfynbrisiau",
        "Polisi diogelu a gwiriadau DBS",
    ):
        t.add_row().cells[0].text = text
    d.add_paragraph()

    d.add_heading("Rhan 5: Datganiad", level=2)
    d.add_paragraph(
        "Rwy\u2019n datgan bod yr wybodaeth ar y ffurflen hon yn gywir. Rwy\u2019n cadarnhau "
        "bod gan y mudiad bolisi cyfle cyfartal a pholisi iechyd a diogelwch, ac y bydd "
        "y grant yn cael ei wario ar y prosiect a ddisgrifir uchod yn unig."
    )
    labels(["Llofnod", "Enw (mewn priflythrennau)", "Swydd", "Dyddiad"])
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "At ddefnydd y swyddfa yn unig"
    t.rows[0].cells[0].merge(t.rows[0].cells[1])
    t.rows[1].cells[0].text = "Dyddiad derbyn"
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- pdf


def _sarnhelm() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5,
                          leading=14, spaceAfter=6)  # fmt: skip
    cellst = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold",
                        textColor=colors.HexColor("#005EB8"))  # fmt: skip
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    teal = colors.HexColor("#D5ECEA")

    def footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.drawString(
            2 * cm, 1.2 * cm, "Sarnhelm Health and Wellbeing Fund 2027\u201329: prospectus"
        )
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        c.restoreState()

    def table(rows, widths):
        data = [[Paragraph(x, cellst) for x in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), teal),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        return t

    def para(text):
        return Paragraph(text, body)

    s = []
    s += [Spacer(1, 3 * cm), Paragraph("Sarnhelm Health and Wellbeing Fund 2027\u201329", h1),
          para("<b>Grant prospectus for voluntary, community and social enterprise organisations"
            "</b>"),
          para("Published by Sarnhelm City Council and the Sarnhelm Place Partnership of the "
            "Integrated Care Board. Version 1.2, October 2026."), Spacer(1, 1 * cm),
          para("<b>Contents</b>"),
          para("1. Why this fund exists<br/>2. Outcomes framework<br/>3. Who can apply<br/>"
            "4. What we will and will not fund<br/>5. Money matters<br/>6. How to apply<br/>"
            "7. How we assess and decide<br/>Appendix A: Documents checklist<br/>"
            "Appendix B: The application questions"),
          para("If you would like this prospectus in large print, Easy Read or another language, "
            "email wellbeingfund@sarnhelm.example.gov.uk or ring 0300 555 0192."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("1. Why this fund exists", h2),
          para("People in the five most deprived wards of Sarnhelm live on average nine fewer "
            "years in good health than people in the least deprived wards. Much of that gap "
            "comes from things that the NHS alone cannot change: loneliness, low physical "
            "activity, poor diet, debt and damp housing. The Health and Wellbeing Fund pays "
            "for community-led work that helps people to stay well, to manage long-term "
            "conditions and to get support early."),
          para("The fund has \u00a3640,000 over two years. We expect to make between 40 and 60 "
            "grants of \u00a32,000 to \u00a315,000 each. Grants of up to two years are "
            "possible; the second year is released after a satisfactory monitoring report."),
          para("The fund is part of the Sarnhelm Joint Local Health and Wellbeing Strategy "
            "2025\u20132030, and it follows the principles of the Core20PLUS5 approach to "
            "reducing health inequalities. You do not need to know either document to apply, "
            "but you may find them useful."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("2. Outcomes framework", h2),
          para("Every funded project must contribute to at least one of the four outcomes below. "
            "You will choose your outcomes in the application and report against the "
            "indicators we agree with you. The city-wide targets are the Partnership\u2019s, "
            "not yours: no single project is expected to meet them."),
          table([
              ["Outcome", "What it looks like", "Example indicators", "City-wide target"],
              ["1. People are less isolated", "People have someone to talk to and places to "
               "go", "Number of regular participants; change in UCLA loneliness score",
               "Reduce the share of adults who feel lonely often by 10% by 2029"],
              ["2. People are more active", "More people move more, whatever their ability",
               "Minutes of activity a week; number of inactive people taking part",
               "20% fewer inactive adults in priority wards"],
              ["3. People eat well", "Affordable healthy food and the skills to cook it",
               "Number of cooking sessions; food bank referrals avoided",
               "Halve the gap in healthy-weight rates between wards"],
              ["4. People get help early", "Money, housing and health advice before a crisis",
               "Referrals made; debts resolved", "15% more early-help referrals"],
          ], [3.2 * cm, 4.2 * cm, 4.5 * cm, 4.6 * cm]),
          Spacer(1, 6),
          para("We are particularly keen to fund work with carers, people with a learning "
            "disability, and communities who are poorly served by mainstream services."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("3. Who can apply", h2),
          para("You can apply if your organisation:"),
          para("\u2022 is a registered charity, a charitable incorporated organisation, a "
            "community interest company limited by guarantee, a constituted community group "
            "or a faith group running activity open to all;<br/>"
            "\u2022 has a governing document and a bank account in its own name needing at "
            "least two unrelated signatories;<br/>"
            "\u2022 works in the Sarnhelm City Council area; and<br/>"
            "\u2022 has an annual income below \u00a3500,000."),
          para("You cannot apply if you are an individual, a company that distributes profit, a "
            "statutory body (including schools and GP practices), or a political party."),
          para("All funded organisations must comply with data protection law and must have a "
            "data protection policy. We do not need to see it, but we may ask about it at a "
            "monitoring visit."),
          Paragraph("Can we apply if we already have a grant from the Council?", h2),
          para("Yes, as long as the work is different. Tell us about your other grant in the "
            "application."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("4. What we will and will not fund", h2),
          para("We will fund staff and sessional worker costs, volunteer expenses, venue hire, "
            "equipment up to \u00a32,500, training, and a fair share of overheads (up to 15% "
            "of the project costs)."),
          para("We will not fund clinical treatment, services the NHS or the Council has a duty "
            "to provide, building works, trips abroad, religious instruction, or activity that "
            "has already happened."),
          Paragraph("What makes a strong project?", h2),
          para("Strong projects are led by the people they serve, reach people who would not "
            "otherwise take part, and have a realistic plan for what happens when the grant "
            "ends. They also say honestly what they do not yet know."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("5. Money matters", h2),
          para("<b>Contribution.</b> We ask that at least 10% of the total cost of the project "
            "comes from sources other than this fund. This can include volunteer time, valued "
            "at \u00a315 an hour, and donated space or goods."),
          para("<b>Accounts.</b> Send your most recent annual accounts, approved by your "
            "management committee or board. We do not require them to be audited or "
            "independently examined. Organisations that have not yet completed a full "
            "financial year should send a budget for their first twelve months instead."),
          para("<b>Insurance.</b> If your project delivers activities in person, you must hold "
            "public liability insurance with a minimum indemnity of \u00a35m, and send us a "
            "copy of the certificate (see Appendix A)."),
          para("<b>Payment.</b> Grants are paid in advance in two instalments a year, into the "
            "organisation\u2019s bank account. We cannot pay into personal accounts."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("6. How to apply", h2),
          para("Apply on the Council\u2019s grants portal at grants.sarnhelm.example.gov.uk. "
            "You will need to register your organisation first, which can take up to three "
            "working days. The portal saves your answers as you go."),
          para("The portal asks the questions in Appendix B. We have listed them, with the word "
            "count guidance that the portal enforces, so that you can draft your answers "
            "before you start. Do not send us answers on paper or by email: only applications "
            "made on the portal will be considered."),
          para("Upload the documents in Appendix A at the final step. The portal accepts PDF, "
            "Word and JPEG files of up to 10 MB each."),
          para("Deadlines: Round 1 closes at noon on 15 January 2027; Round 2 at noon on 16 July "
            "2027."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("7. How we assess and decide", h2),
          para("A panel of officers from the Council and the Integrated Care Board, with two "
            "residents from the Partnership\u2019s Lived Experience Group, scores each "
            "application. Each question is scored from 0 to 4 and the scores are weighted: "
            "need 30%, outcomes 30%, reach 20%, delivery 10%, sustainability 10%."),
          para("We aim to tell you our decision within ten weeks of the deadline. If you are "
            "unsuccessful, you can ask for feedback within 28 days."),
          PageBreak()]  # fmt: skip
    s += [Paragraph("Appendix A: Documents checklist", h2),
          para("Upload the following at the last step of the application. Where a document is "
            "needed only in some cases, the second column says when."),
          table([
              ["Document", "Who needs to upload it"],
              ["Governing document (constitution, memorandum and articles, or rules)",
               "All applicants"],
              ["Most recent annual accounts (see section 5), or a first-year budget if you "
               "have not completed a financial year", "All applicants"],
              ["One bank statement dated within the last three months, showing the "
               "organisation\u2019s name", "All applicants"],
              ["Equality and diversity policy", "All applicants"],
              ["Safeguarding policy", "Projects working with children, young people or adults "
               "at risk"],
              ["Lone working policy", "Projects in which staff or volunteers visit people in "
               "their homes"],
              ["Public liability insurance certificate", "Projects delivering activities in "
               "person"],
              ["Letters of support from each partner", "Partnership projects only"],
          ], [9 * cm, 7.5 * cm]),
          PageBreak()]  # fmt: skip
    s += [Paragraph("Appendix B: The application questions", h2),
          para("These are the questions on the portal. The word count guidance is the most the "
            "portal will accept."),
          table([
              ["No.", "Question", "Word count guidance"],
              ["B1", "What is the need for your project, and how do you know?", "300 words"],
              ["B2", "Describe what you will do, where and how often.", "400 words"],
              ["B3", "Which outcomes (section 2) will the project contribute to, and how "
               "will you measure the difference it makes?", "300 words"],
              ["B4", "How will you reach people who do not usually take part?", "200 words"],
              ["B5", "What will happen when the grant ends?", "150 words"],
              ["B6", "Is there anything else you want the panel to know?", "No limit"],
          ], [1.3 * cm, 11 * cm, 4.2 * cm]),
          Spacer(1, 8),
          para("You will also be asked for contact details, your organisation\u2019s income, "
            "the amount you are requesting and a simple budget, entered into a table on the "
            "portal.")]  # fmt: skip

    doc = SimpleDocTemplate(str(HERE / PDFS[0]), pagesize=A4, leftMargin=2 * cm,
                            rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Sarnhelm Health and Wellbeing Fund 2027-29: prospectus",
                            author="Sarnhelm City Council")  # fmt: skip
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


def _thurlings() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4  # noqa: N806 (page geometry)
    LEFT = 50  # noqa: N806
    WIDTH = W - 2 * LEFT  # noqa: N806
    plum = HexColor("#5B2C6F")
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Thurlings Area Committee Community Fund: application")
    c.setAuthor("Thurlings Area Committee")
    y = H - 50

    def tf(name, tip, x, yy, w, h, maxlen=None, multiline=False):
        c.acroForm.textfield(
            name=name, tooltip=tip, x=x, y=yy, width=w, height=h, maxlen=maxlen,
            fieldFlags="multiline" if multiline else "", borderColor=black,
            fillColor=white, textColor=black, forceBorder=True,
            fontSize=9 if multiline else 10,
        )  # fmt: skip

    def text(s, font="Helvetica", size=9.5, x=LEFT, width=WIDTH):
        nonlocal y
        y = _wrap(c, x, y, s, font, size, 12.5, width)

    def bar(s):
        nonlocal y
        c.setFillColor(plum)
        c.rect(LEFT, y - 5, WIDTH, 17, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(LEFT + 5, y, s)
        c.setFillColor(black)
        y -= 26

    def line(name, label, maxlen=None, h=17):
        nonlocal y
        c.setFont("Helvetica", 9.5)
        c.drawString(LEFT, y, label)
        tf(name, label, LEFT + 180, y - h + 12, WIDTH - 180, h, maxlen, h > 20)
        y -= h + 9

    def yesno(name, label):
        nonlocal y
        y = _wrap(c, LEFT, y, label, "Helvetica", 9.5, 12.5, 330)
        y += 12.5
        for i, value in enumerate(("Yes", "No")):
            c.acroForm.radio(
                name=name, value=value, selected=False, x=LEFT + 350 + i * 70, y=y - 3,
                size=11, buttonStyle="circle", borderColor=black, fillColor=white,
                forceBorder=True, tooltip=label,
            )  # fmt: skip
            c.drawString(LEFT + 365 + i * 70, y, value)
        y -= 22

    def ticks(prefix, label, options, per_row=3):
        nonlocal y
        text(label)
        y -= 4
        for i, opt in enumerate(options):
            col, rowi = i % per_row, i // per_row
            x = LEFT + col * (WIDTH / per_row)
            yy = y - rowi * 18
            c.acroForm.checkbox(
                name=f"{prefix}_{i + 1}", tooltip=f"{label} {opt}", x=x, y=yy - 3, size=11,
                buttonStyle="check", borderColor=black, fillColor=white, textColor=black,
                forceBorder=True,
            )  # fmt: skip
            c.setFont("Helvetica", 9)
            c.drawString(x + 15, yy, opt)
        y -= 18 * ((len(options) + per_row - 1) // per_row) + 6

    def question(name, label, maxlen, h):
        nonlocal y
        text(label, "Helvetica-Bold")
        tf(name, label, LEFT, y - h + 6, WIDTH, h, maxlen, True)
        y -= h + 10

    c.setFont("Helvetica-Bold", 15)
    c.drawString(LEFT, y, "Thurlings Area Committee")
    y -= 18
    c.setFont("Helvetica", 12)
    c.drawString(LEFT, y, "Community Fund 2027/28 \u2013 Application form")
    y -= 20
    text(
        "The Area Committee brings together the councillors for Thurlings, Brackley Moor, "
        "Netherthorn and Sowe Vale wards. Its Community Fund gives grants of \u00a3250 to "
        "\u00a33,000 to groups working in those wards. Type into the boxes on screen; the "
        "boxes with a character limit will stop when it is reached. No match funding is "
        "required, although the Committee likes to see what else the group is putting in. "
        "Send the saved form to area.committees@thurlings.example.gov.uk."
    )
    y -= 8
    bar("1. Your group")
    line("GroupName", "Name of group", 100)
    line("ContactName", "Contact name", 60)
    line("Address", "Address for correspondence", None, 34)
    line("Postcode", "Postcode", 8)
    line("Phone", "Telephone", 15)
    line("Email", "Email")
    ticks("OrgType", "What kind of group are you? (tick one)",
          ("Voluntary or community group", "Registered charity", "CIC",
           "Faith group", "Other"))  # fmt: skip
    yesno("Constituted", "Does the group have a written constitution or set of rules?")
    yesno("BankAccount", "Does the group have a bank account in its own name that needs two "
                         "signatures?")  # fmt: skip
    bar("2. Your project")
    line("ProjectTitle", "Project title", 80)
    question("Q2_1", "2.1  What will you do with the grant? (max. 200 words)", 1200, 100)
    ticks("Wards", "2.2  Which ward(s) will benefit? Tick all that apply.",
          ("Thurlings", "Brackley Moor", "Netherthorn", "Sowe Vale"), 4)  # fmt: skip
    c.showPage()
    y = H - 50
    question("Q2_3", "2.3  Tell us how local people have been involved in shaping the project.",
             1800, 120)  # fmt: skip
    question("Q2_4", "2.4  How will you know the project has made a difference? "
                     "(up to 120 words)", None, 90)  # fmt: skip
    yesno("Continue", "2.5  Will the activity carry on after the grant has been spent?")
    question("Q2_5", "If yes, how will it be paid for?", None, 60)
    bar("3. Costs")
    line("TotalCost", "Total cost of the project (\u00a3)", 9)
    line("Requested", "Amount requested (\u00a3)", 9)
    yesno("OtherAC", "Have you applied to another Area Committee this year?")
    bar("4. Documents")
    text("Please attach to your email:")
    text(
        "\u2022 your constitution or set of rules;\n"
        "\u2022 a bank statement dated within the last three months;\n"
        "\u2022 your latest annual accounts \u2013 a simple income and expenditure sheet signed "
        "by two committee members is fine;\n"
        "\u2022 for any item costing \u00a3500 to \u00a32,000, one quote; for any item over "
        "\u00a32,000, two quotes;\n"
        "\u2022 if your project includes a public event, your public liability insurance "
        "certificate (\u00a35,000,000 limit of indemnity).",
        x=LEFT + 8, width=WIDTH - 8,
    )  # fmt: skip
    y -= 4
    yesno("Vulnerable", "Will the project involve children or adults at risk? If yes, "
                        "attach your safeguarding policy.")  # fmt: skip
    ticks("Enclosed", "I have attached:",
          ("Constitution", "Bank statement", "Accounts", "Quote(s)", "Insurance certificate",
           "Safeguarding policy"))  # fmt: skip
    c.showPage()
    y = H - 50
    bar("5. Declaration")
    c.acroForm.checkbox(
        name="Declaration", tooltip="Declaration", x=LEFT, y=y - 12, size=11,
        buttonStyle="check", borderColor=black, fillColor=white, textColor=black,
        forceBorder=True,
    )  # fmt: skip
    text(
        "I confirm that the information in this form is correct, that the group has an equal "
        "opportunities policy, and that the grant will be used only for the project described.",
        x=LEFT + 18, width=WIDTH - 18,
    )  # fmt: skip
    y -= 8
    c.setFont("Helvetica", 9.5)
    c.drawString(LEFT, y, "Signature")
    sig_rect = (LEFT + 180, y - 12, LEFT + WIDTH, y + 14)
    y -= 36
    line("PrintName", "Name in capitals", 60)
    line("Position", "Position in group")
    line("SignedDate", "Date (DD/MM/YYYY)", 10)
    y -= 6
    bar("Continuation")
    text("Use this box if you run out of space in any answer above. Say which question you are "
         "continuing.")  # fmt: skip
    tf("Continuation", "Continuation", LEFT, y - 150, WIDTH, 150, None, True)
    y -= 170
    c.rect(LEFT, y - 40, WIDTH, 46)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(LEFT + 6, y - 8, "OFFICE USE ONLY")
    c.setFont("Helvetica", 8.5)
    c.drawString(LEFT + 6, y - 22, "Received ..........   Ward councillors consulted ..........   "
                                   "Decision ..........")  # fmt: skip
    c.showPage()
    c.save()
    _add_signature(HERE / PDFS[1], page=2, rect=sig_rect, name="Signature")


def _add_signature(path, page: int, rect, name: str) -> None:
    """Add an empty /Sig field on a page: reportlab cannot draw signature fields."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    target = writer.pages[page]
    sig = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Sig"),
        NameObject("/T"): TextStringObject(name),
        NameObject("/TU"): TextStringObject("Signature of the person applying"),
        NameObject("/F"): NumberObject(4),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
        NameObject("/P"): target.indirect_reference,
    })  # fmt: skip
    ref = writer._add_object(sig)
    target[NameObject("/Annots")].append(ref)
    writer._root_object["/AcroForm"]["/Fields"].append(ref)
    writer._ID = None
    with open(path, "wb") as fh:
        writer.write(fh)


def main() -> None:
    _wakelynch()
    _llanfallt()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _sarnhelm()
    _thurlings()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
