"""Regenerate the binary documents of the corpus's held-out set (tests/forms/).

A second generator in the style of make_corpus.py, for the eight documents added as a
held-out set (their truth files were written blind, before any measurer was run on
them). It builds only its own four files and leaves every other file alone:

- kelvedon-investment-fund.docx: landscape Word form, merged cells, content controls
  (with Word's placeholder text) and legacy form fields (FORMTEXT with a maximum length,
  FORMCHECKBOX);
- ravensworth-fund-guidance.docx: long county guidance note with numbered paragraphs and
  a documents table with merged group rows;
- dunmere-arts-fillable.pdf: fillable PDF (reportlab AcroForm), /MaxLen on some
  questions only;
- lindale-typed-form.pdf: typed text PDF with limits stated once in a preamble, drawn
  answer boxes and "Continue on a separate sheet if necessary".

    .venv/bin/pip install reportlab        # into your own venv only
    .venv/bin/python tests/forms/make_corpus2.py
"""

from __future__ import annotations

import zlib

from make_corpus import FIXED, HERE, _normalise_zip  # same folder, same fixed date

DOCX = ("kelvedon-investment-fund.docx", "ravensworth-fund-guidance.docx")
PDFS = ("dunmere-arts-fillable.pdf", "lindale-typed-form.pdf")


# --------------------------------------------------------------------------- docx


def _docx() -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def new(title: str, font: str = "Arial"):
        d = docx.Document()
        cp = d.core_properties
        cp.author, cp.title = "Stronger Communities", title
        cp.created = cp.modified = FIXED
        cp.last_modified_by = "Stronger Communities"
        d.styles["Normal"].font.name = font
        d.styles["Normal"].font.size = Pt(11)
        return d

    def shade(cell, fill="BFBFBF"):
        tcPr = cell._tc.get_or_add_tcPr()  # noqa: N806 (python-docx spelling)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}"), v)
        return e

    def content_control(cell, tag: str, multiline: bool = False) -> None:
        """Replace the cell's paragraph with a plain-text content control showing
        Word's placeholder text, as a form built from the Developer tab does."""
        tc = cell._tc
        for p in tc.findall(qn("w:p")):
            tc.remove(p)
        sdt = el("w:sdt")
        pr = el("w:sdtPr")
        pr.append(el("w:alias", val=tag.replace("_", " ")))
        pr.append(el("w:tag", val=tag))
        pr.append(el("w:id", val=str(zlib.crc32(tag.encode()) % 10**8)))
        pr.append(el("w:showingPlcHdr"))
        text = el("w:text")
        if multiline:
            text.set(qn("w:multiLine"), "1")
        pr.append(text)
        sdt.append(pr)
        content = el("w:sdtContent")
        p = el("w:p")
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:rStyle", val="PlaceholderText"))
        rpr.append(el("w:color", val="808080"))
        r.append(rpr)
        t = el("w:t")
        t.text = "Click or tap here to enter text."
        r.append(t)
        p.append(r)
        content.append(p)
        sdt.append(content)
        tc.append(sdt)

    def legacy_field(paragraph, name: str, kind: str, max_length: int | None = None) -> None:
        """A legacy (pre-2007) form field: FORMTEXT or FORMCHECKBOX."""
        p = paragraph._p

        def run(*children):
            r = el("w:r")
            for c in children:
                r.append(c)
            p.append(r)

        begin = el("w:fldChar", fldCharType="begin")
        ff = el("w:ffData")
        ff.append(el("w:name", val=name))
        ff.append(el("w:enabled"))
        ff.append(el("w:calcOnExit", val="0"))
        if kind == "text":
            ti = el("w:textInput")
            if max_length:
                ti.append(el("w:maxLength", val=str(max_length)))
            ff.append(ti)
        else:
            cb = el("w:checkBox")
            cb.append(el("w:sizeAuto"))
            cb.append(el("w:default", val="0"))
            ff.append(cb)
        begin.append(ff)
        run(begin)
        instr = el("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = " FORMTEXT " if kind == "text" else " FORMCHECKBOX "
        run(instr)
        if kind == "text":
            run(el("w:fldChar", fldCharType="separate"))
            t = el("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = "\u2002" * 5
            run(t)
        run(el("w:fldChar", fldCharType="end"))

    def header_row(t, text):
        r = t.add_row()
        c = r.cells[0].merge(r.cells[-1])
        c.text = text
        c.paragraphs[0].runs[0].bold = True
        shade(c)
        return r

    # ---- K. Kelvedon: landscape table form, merged cells, content controls, legacy fields
    d = new("Community Investment Fund application form 2027")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("KELVEDON BOROUGH COUNCIL", level=1)
    d.add_heading("Community Investment Fund 2027 \u2013 Application Form", level=2)
    d.add_paragraph(
        "This form is a protected Word document: click in a grey box to type. Boxes grow as "
        "you type, but the Panel reads only up to the limit shown in the Limit column. "
        "Applicants must contribute at least 25% of the total project cost, in cash or in "
        "kind. Read the Fund Prospectus before you start."
    )

    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    header_row(t, "PART 1 \u2013 APPLICANT DETAILS")
    r = t.add_row()
    r.cells[0].text = "Organisation name"
    m = r.cells[1].merge(r.cells[3])
    content_control(m, "org_name")
    for a, b in (("Contact name", "Role in organisation"), ("Telephone", "Email")):
        r = t.add_row()
        r.cells[0].text = a
        content_control(r.cells[1], a.lower().replace(" ", "_"))
        r.cells[2].text = b
        content_control(r.cells[3], b.lower().replace(" ", "_"))
    r = t.add_row()
    r.cells[0].text = "Address"
    m = r.cells[1].merge(r.cells[3])
    content_control(m, "address", multiline=True)
    r = t.add_row()
    r.cells[0].text = "Postcode"
    content_control(r.cells[1], "postcode")
    r.cells[2].text = "Charity or company number"
    content_control(r.cells[3], "reg_number")
    r = t.add_row()
    r.cells[0].text = "Is the organisation registered for VAT?"
    m = r.cells[1].merge(r.cells[3])
    p = m.paragraphs[0]
    legacy_field(p, "VATYes", "check")
    p.add_run(" Yes      ")
    legacy_field(p, "VATNo", "check")
    p.add_run(" No")
    d.add_paragraph("")

    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    header_row(t, "PART 2 \u2013 THE PROJECT")
    r = t.add_row()
    for i, h in enumerate(("Ref", "Question", "Limit", "Answer")):
        r.cells[i].text = h
        shade(r.cells[i], "E7E6E6")

    def qrow(ref, text, limit, tag=None, legacy_max=None):
        r = t.add_row()
        r.cells[0].text, r.cells[1].text, r.cells[2].text = ref, text, limit
        if legacy_max:
            legacy_field(r.cells[3].paragraphs[0], tag, "text", legacy_max)
        else:
            content_control(r.cells[3], tag or ref, multiline=True)

    qrow("2a", "Describe the project and the activities the grant will pay for.", "500 words")
    qrow(
        "2b",
        "Which priorities of the Kelvedon Community Plan does the project meet, and how?",
        "1,500 characters",
        "Q2b",
        legacy_max=1500,
    )
    qrow("2c", "What will be different for local people when the project ends?", "Half a page")
    qrow("2d", "Explain how the project will be managed, and by whom.", "\u2013")
    qrow("2e", "Project start date", "\u2013", "start_date")
    qrow("2f", "Project end date", "\u2013", "end_date")
    r = t.add_row()
    r.cells[0].text = "2g"
    m = r.cells[1].merge(r.cells[3])
    m.text = "Sustainability \u2013 answer both parts"
    qrow("2g(i)", "How will the project carry on once the grant has been spent?", "200 words")
    qrow("2g(ii)", "Who else has agreed to support the project?", "200 words")
    d.add_paragraph("")

    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    header_row(t, "PART 3 \u2013 FINANCE")
    for lab in (
        "Total project cost (\u00a3)",
        "Grant requested from the Fund (\u00a3)",
        "Match funding secured (\u00a3)",
    ):
        r = t.add_row()
        r.cells[0].text = lab
        m = r.cells[1].merge(r.cells[3])
        content_control(m, lab.split(" (")[0].lower().replace(" ", "_"))
    d.add_paragraph("")

    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    header_row(t, "PART 4 \u2013 SUPPORTING DOCUMENTS")
    r = t.add_row()
    for i, h in enumerate(("Document", "Who must send it", "", "Attached")):
        r.cells[i].text = h
        shade(r.cells[i], "E7E6E6")
    r.cells[1].merge(r.cells[2])
    docs = [
        ("Governing document", "All applicants"),
        (
            "Audited or independently examined accounts for the last financial year",
            "All applicants",
        ),
        ("Project budget showing all costs and all sources of income", "All applicants"),
        ("Safeguarding policy", "All applicants"),
        (
            "Public liability insurance certificate (minimum cover \u00a35,000,000)",
            "All applicants",
        ),
        ("Business plan", "Applications for more than \u00a310,000"),
        (
            "Building condition survey and planning permission",
            "Where the project involves building work",
        ),
    ]
    for i, (doc, who) in enumerate(docs):
        r = t.add_row()
        r.cells[0].text = doc
        m = r.cells[1].merge(r.cells[2])
        m.text = who
        legacy_field(r.cells[3].paragraphs[0], f"Doc{i + 1}", "check")
    d.add_paragraph("")

    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    header_row(t, "PART 5 \u2013 DECLARATION")
    r = t.add_row()
    m = r.cells[0].merge(r.cells[3])
    m.text = (
        "I declare that the information in this application is true and complete. I confirm "
        "that the organisation has adopted an equality policy and a health and safety policy, "
        "copies of which are available on request, and that any grant will be used only for "
        "the project described."
    )
    for a, b in (("Signature", "Date"), ("Name", "Position")):
        r = t.add_row()
        r.cells[0].text = a
        content_control(r.cells[1], a.lower())
        r.cells[2].text = b
        content_control(r.cells[3], b.lower())
    d.add_paragraph(
        "Email the completed form and documents to investmentfund@kelvedon.example.gov.uk."
    )
    d.save(HERE / "kelvedon-investment-fund.docx")

    # ---- R. Ravensworth: long guidance note, numbered paragraphs, merged documents table
    d = new("Local Communities Fund: guidance for applicants", font="Calibri")
    d.add_heading("Ravensworth County Council", level=1)
    d.add_heading("Local Communities Fund 2027\u201328", level=1)
    d.add_paragraph("Guidance for applicants \u2013 please keep these notes for reference")
    d.add_paragraph("Version 3, October 2026")
    d.add_heading("Contents", level=2)
    for n, h in enumerate(
        [
            "About the Fund",
            "Who can apply",
            "What we will and will not fund",
            "Match funding",
            "Financial information",
            "Supporting documents",
            "Insurance",
            "Policies",
            "How we assess applications",
            "Decisions, payment and monitoring",
            "Checklist before you submit",
            "Contact us",
        ],
        start=1,
    ):
        d.add_paragraph(f"{n}. {h}")

    def sect(n, title, paras):
        d.add_heading(f"{n}. {title}", level=2)
        i = 0
        for para in paras:
            if isinstance(para, list):
                for item in para:
                    d.add_paragraph(item, style="List Bullet")
            else:
                i += 1
                d.add_paragraph(f"{n}.{i}  {para}")

    sect(
        1,
        "About the Fund",
        [
            "The Local Communities Fund supports projects run by and for the people of "
            "Ravensworth. It is managed by the Stronger Communities team on behalf of the "
            "County Council's Cabinet Member for Communities.",
            "Grants are between \u00a31,000 and \u00a315,000. The Fund has \u00a3420,000 to "
            "award in 2027\u201328 and we expect it to be oversubscribed.",
            "There are two rounds: applications close on 31 January 2027 and 30 June 2027.",
        ],
    )
    sect(
        2,
        "Who can apply",
        [
            "You can apply if your organisation is one of the following and works in the county:",
            [
                "a registered charity or charitable incorporated organisation;",
                "a community interest company limited by guarantee;",
                "a community or voluntary group with a written constitution and at least "
                "three unrelated committee members;",
                "a town or parish council, for projects outside its statutory duties.",
            ],
            "You must have a bank or building society account in the organisation's name "
            "that needs at least two unrelated people to authorise each payment.",
        ],
    )
    sect(
        3,
        "What we will and will not fund",
        [
            "We will fund running costs and small capital costs of projects that bring "
            "people together, improve health and wellbeing, or help people into learning and "
            "work. We will not fund:",
            [
                "activities that promote a political party or religious belief;",
                "costs you have already paid or committed to;",
                "work that is the statutory responsibility of another public body;",
                "trips abroad, prizes or fundraising events.",
            ],
        ],
    )
    sect(
        4,
        "Match funding",
        [
            "Every applicant must find at least 20 per cent of the total project cost from "
            "other sources. Volunteer time can count towards this at \u00a312 an hour.",
        ],
    )
    sect(
        5,
        "Financial information",
        [
            "We need to see your organisation's most recent annual accounts, approved by "
            "your trustees or committee.",
            "If your annual income is over \u00a3250,000 the accounts must be audited. If it "
            "is between \u00a325,000 and \u00a3250,000 they must have been independently "
            "examined. If it is below \u00a325,000 a receipts and payments account signed by "
            "two officers of the organisation is acceptable.",
            "You must also send a bank statement, an original or a certified copy, dated "
            "within the last three months.",
        ],
    )
    d.add_heading("6. Supporting documents", level=2)
    d.add_paragraph(
        "6.1  The table shows what to send with your application form. Applications without "
        "the documents marked as required from all applicants will not be assessed."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "Document", "Notes"
    for c in t.rows[0].cells:
        shade(c)
    header_row(t, "Required from all applicants")
    for a, b in (
        (
            "Governing document",
            "A signed copy of your constitution, memorandum and articles, or trust deed.",
        ),
        ("Annual accounts", "See section 5 for the kind of accounts we accept."),
        ("Bank statement", "Dated within the last three months (see 5.3)."),
        (
            "Project delivery plan",
            "A timetable showing the main activities and milestones, month by month.",
        ),
        ("Equality and diversity policy", "Adopted by your committee or board."),
    ):
        r = t.add_row()
        r.cells[0].text, r.cells[1].text = a, b
    header_row(t, "Required in some cases")
    for a, b in (
        ("Two competitive quotes", "For each item of equipment costing more than \u00a31,000."),
        (
            "Lease or proof of ownership",
            "For capital works on a building. A lease must have at least five years left to run.",
        ),
        (
            "Safeguarding policy and evidence of DBS checks",
            "If the project involves regulated activity with children or adults at risk.",
        ),
        (
            "Letters of support from partners",
            "Where the project is delivered in partnership with other organisations.",
        ),
    ):
        r = t.add_row()
        r.cells[0].text, r.cells[1].text = a, b
    sect(
        7,
        "Insurance",
        [
            "Your organisation must hold public liability insurance with a limit of "
            "indemnity of not less than \u00a35m for any one claim. Please send a copy of "
            "your current certificate with your application.",
        ],
    )
    sect(
        8,
        "Policies",
        [
            "All organisations must have a health and safety policy and a data protection "
            "policy. You do not need to send them with your application, but we may ask to "
            "see them.",
            "Organisations that employ paid staff must also have a whistleblowing policy.",
            "Your equality and diversity policy must be sent with your application (see "
            "section 6).",
        ],
    )
    sect(
        9,
        "How we assess applications",
        [
            "Officers check each application for eligibility and completeness within ten "
            "working days of the closing date. Complete, eligible applications are scored "
            "against four criteria: need, community involvement, value for money and "
            "sustainability. Each criterion is scored from 0 to 5.",
            "A panel of three elected members and two representatives of the voluntary and "
            "community sector (VCS) considers the scored applications and makes "
            "recommendations to the Cabinet Member, who makes the final decision.",
            "We may contact you during the assessment to ask for more information or to "
            "visit your project. Please make sure the contact named on your form is "
            "available during the assessment period.",
        ],
    )
    sect(
        10,
        "Decisions, payment and monitoring",
        [
            "We aim to tell you our decision within twelve weeks of the closing date. If you "
            "are successful we will send a grant agreement, which must be signed by two "
            "officers of your organisation and returned before any payment is made.",
            "Grants of up to \u00a35,000 are paid in full in advance. Larger grants are paid "
            "in two instalments: 75% on signing the agreement and 25% when we receive a "
            "satisfactory mid-point report.",
            "At the end of the project you must send an end-of-grant report with photographs "
            "and receipts for all spending over \u00a3100. Unspent money must be returned.",
            "Please acknowledge the Fund's support in your publicity, using the County "
            "Council's logo, which we will send to you.",
        ],
    )
    sect(
        11,
        "Checklist before you submit",
        [
            "Before you send your application, check that you have included:",
            [
                "your completed and signed application form;",
                "your signed constitution or other governing document;",
                "your latest accounts;",
                "a recent bank statement;",
                "your project delivery plan;",
                "your equality and diversity policy;",
                "a copy of your public liability insurance certificate;",
                "any of the documents in the second part of the table in section 6 that apply "
                "to your project.",
            ],
        ],
    )
    sect(
        12,
        "Contact us",
        [
            "Stronger Communities Team, Ravensworth County Council, County Hall, "
            "Ravensworth RW1 2AB. Telephone 01632 960 441. Email "
            "communitiesfund@ravensworth.example.gov.uk.",
            "This guidance is available in large print, Braille and other languages on request.",
        ],
    )
    d.save(HERE / "ravensworth-fund-guidance.docx")


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
        c.setFont("Helvetica-Bold", size)
        c.drawString(LEFT, y, text)
        return y - size - 8

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

    def check(c, name, tip, x, y):
        c.acroForm.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            size=12,
            buttonStyle="check",
            borderColor=black,
            fillColor=white,
            textColor=black,
            forceBorder=True,
        )

    # ---- D. Dunmere: fillable, /MaxLen on some questions only
    c = canvas.Canvas(str(HERE / "dunmere-arts-fillable.pdf"), pagesize=A4)
    c.setTitle("Arts and Heritage Small Grants application")
    c.setAuthor("Dunmere District Council")
    y = H - 55
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, y, "Dunmere District Council")
    y -= 20
    c.setFont("Helvetica-Bold", 12)
    c.drawString(LEFT, y, "Arts and Heritage Small Grants 2027: application")
    y -= 22
    y = lines(
        c,
        LEFT,
        y,
        "Save this PDF to your computer and fill it in with Adobe Acrobat Reader or another PDF "
        "reader. Some boxes stop accepting text when they are full. Successful applicants must "
        "hold public liability insurance (minimum \u00a31,000,000) before the grant is paid; do "
        "not send the certificate now.",
    )
    y -= 8
    y = heading(c, y, "1  Your organisation")
    for name, label, ml in (
        ("OrgName", "Organisation name", None),
        ("Contact", "Contact name", None),
        ("Address", "Address", None),
        ("Postcode", "Postcode", 8),
        ("Phone", "Telephone", 15),
        ("Email", "Email", None),
    ):
        c.setFont("Helvetica", 10)
        c.drawString(LEFT, y - 12, label)
        tf(c, name, label, LEFT + 130, y - 16, 330, 18, maxlen=ml)
        y -= 24
    c.drawString(LEFT, y - 12, "Type of organisation (tick one):")
    y -= 20
    for i, lab in enumerate(
        ("Charity", "Constituted group", "Community interest company", "Other not-for-profit")
    ):
        x = LEFT + 10 + i * 125
        check(c, f"OrgType{i + 1}", lab, x, y - 14)
        c.setFont("Helvetica", 9)
        c.drawString(x + 16, y - 11, lab)
    y -= 34
    y = heading(c, y, "2  Your project")

    def question(c, y, name, label, tip, ml, hgt):
        y = lines(c, LEFT, y, label, width=100)
        tf(c, name, tip, LEFT, y - hgt + 6, W - 2 * LEFT, hgt, maxlen=ml, multiline=True)
        return y - hgt - 4

    y = question(
        c,
        y,
        "Q1",
        "Q1. Tell us about your organisation and its track record in arts or heritage work. "
        "(200 words maximum)",
        "Q1 organisation and track record",
        None,
        110,
    )
    y = question(
        c,
        y,
        "Q2",
        "Q2. Describe the project. What will happen, where and when?",
        "Q2 the project",
        3000,
        150,
    )
    c.showPage()
    y = H - 55
    y = question(
        c,
        y,
        "Q3",
        "Q3. How will the project involve people who live in Dunmere? (1,500 characters "
        "including spaces)",
        "Q3 involving local people",
        1500,
        110,
    )
    y = question(
        c,
        y,
        "Q4",
        "Q4. What will the project leave behind (for example a recording, an exhibition or "
        "an archive)?",
        "Q4 legacy",
        None,
        110,
    )
    y = question(
        c,
        y,
        "Q5",
        "Q5. Give details of the artists or specialists you will work with and how you chose them.",
        "Q5 artists and specialists",
        1200,
        100,
    )
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y, "Q6. Does the project involve working with children or adults at risk?")
    for i, lab in enumerate(("Yes", "No")):
        x = LEFT + 380 + i * 50
        c.acroForm.radio(
            name="Q6",
            tooltip="Q6 children or adults at risk",
            value=lab,
            selected=False,
            x=x,
            y=y - 3,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
            textColor=black,
            forceBorder=True,
        )
        c.drawString(x + 16, y, lab)
    y -= 18
    y = question(
        c,
        y,
        "Q6b",
        "If yes, describe how you will keep them safe. (up to 100 words)",
        "Q6 safeguarding arrangements",
        None,
        80,
    )
    y -= 4
    y = heading(c, y, "3  Costs")
    for name, label in (
        ("TotalCost", "Total cost of the project (\u00a3)"),
        ("Grant", "Grant requested (\u00a3)"),
        ("OtherIncome", "Income from other sources (\u00a3)"),
    ):
        c.setFont("Helvetica", 10)
        c.drawString(LEFT, y - 12, label)
        tf(c, name, label, LEFT + 200, y - 16, 100, 18, maxlen=9)
        y -= 24
    c.showPage()
    y = H - 55
    y = heading(c, y, "4  Enclosures")
    y = lines(c, LEFT, y, "Tick each document you are sending with this form.")
    y -= 6
    for i, lab in enumerate(
        (
            "Constitution or other governing document",
            "Your most recent accounts or, if your organisation is less than 12 months old, a "
            "statement of income and expenditure to date",
            "Letters of support from at least two local people or groups",
            "CVs of the lead artists or specialists",
            "A quote for any single item costing more than \u00a3250",
            "If you will work on a heritage site or collection you do not own: written "
            "permission from its owner",
            "Your safeguarding policy, if you answered Yes to Q6",
        ),
        start=1,
    ):
        check(c, f"Encl{i}", lab[:60], LEFT, y - 3)
        y = lines(c, LEFT + 20, y, lab, width=88) - 6
    y -= 6
    y = heading(c, y, "5  Declaration")
    y = lines(
        c,
        LEFT,
        y,
        "I confirm that the information on this form is correct, that our organisation has an "
        "equal opportunities policy which it will follow in this project, and that I may apply "
        "on its behalf.",
    )
    check(c, "Agree", "I agree with the declaration", LEFT, y - 4)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT + 20, y - 1, "I agree")
    y -= 26
    for name, label, ml in (
        ("DeclName", "Name", 40),
        ("DeclPosition", "Position", 40),
        ("Signature", "Signature", 40),
        ("DeclDate", "Date", 10),
    ):
        c.drawString(LEFT, y - 12, label)
        tf(c, name, label, LEFT + 90, y - 16, 220, 18, maxlen=ml)
        y -= 24
    y -= 10
    lines(c, LEFT, y, "Email this form to arts.grants@dunmere.example.gov.uk.")
    c.showPage()
    c.save()

    # ---- L. Lindale: typed text PDF, limits in the preamble, drawn boxes
    c = canvas.Canvas(str(HERE / "lindale-typed-form.pdf"), pagesize=A4)
    c.setTitle("Lindale Town Council grant application")
    c.setAuthor("Lindale Town Council")

    def box(c, y, hgt):
        c.rect(LEFT, y - hgt, W - 2 * LEFT, hgt)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(LEFT, y - hgt - 10, "Continue on a separate sheet if necessary.")
        return y - hgt - 24

    y = H - 55
    c.setFont("Times-Bold", 15)
    c.drawCentredString(W / 2, y, "LINDALE TOWN COUNCIL")
    y -= 18
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "Application for Financial Assistance (Section 137 Grants)")
    y -= 24
    y = heading(c, y, "Notes on completing this form", 11)
    y = lines(
        c,
        LEFT,
        y,
        "a) Please type or write clearly in black ink.\n"
        "b) Please keep your answers to questions 6 to 9 to 250 words or less each.\n"
        "c) Your answer to question 10 should be no longer than half a side of A4.\n"
        "d) If you need more space, continue on a separate sheet, marking each answer with its "
        "question number.\n"
        "e) Incomplete applications will be returned.",
        font="Times-Roman",
        size=11,
    )
    y -= 8
    y = heading(c, y, "PART A: APPLICANT", 11)
    c.setFont("Times-Roman", 11)
    for lab in (
        "1.  Name of organisation: ",
        "2.  Name of main contact: ",
        "3.  Address for correspondence: ",
        "4.  Telephone: ______________________   Email: ",
        "5.  Date your organisation was set up: ",
    ):
        text = lab + "_" * max(8, 92 - int(len(lab) * 1.25))
        c.drawString(LEFT, y, text[:95])
        y -= 20
    y -= 4
    y = heading(c, y, "PART B: THE PROJECT", 11)
    c.setFont("Times-Roman", 11)
    c.drawString(LEFT, y, "6.  What are the aims of your organisation?")
    y = box(c, y - 6, 110)
    c.setFont("Times-Roman", 11)
    c.drawString(LEFT, y, "7.  Describe the project for which you are seeking a grant.")
    y = box(c, y - 6, 140)
    c.showPage()
    y = H - 55
    for q, hgt in (
        ("8.  Who will benefit from the project, and how?", 120),
        (
            "9.  How does the project support the Town Council's priorities (see the Guidance "
            "Notes)?",
            120,
        ),
        (
            "10. Explain how you worked out the costs of the project and how you will manage "
            "the money.",
            150,
        ),
        (
            "11. Please give any other information you think would support your application.",
            100,
        ),
    ):
        c.setFont("Times-Roman", 11)
        c.drawString(LEFT, y, q)
        y = box(c, y - 6, hgt)
    c.showPage()
    y = H - 55
    y = heading(c, y, "PART C: FINANCE", 11)
    c.setFont("Times-Roman", 11)
    for lab in (
        "12. Amount requested from the Town Council:  \u00a3______________",
        "13. Total cost of the project:  \u00a3______________",
        "14. Have you applied to Lindale Town Council in the last two years?   YES / NO",
        "      If yes, state the year and the amount awarded: ______________________________",
    ):
        c.drawString(LEFT, y, lab)
        y -= 20
    y -= 6
    y = heading(c, y, "PART D: ENCLOSURES", 11)
    y = lines(
        c,
        LEFT,
        y,
        "The following must accompany this application:\n"
        "(i) a copy of your constitution or rules;\n"
        "(ii) a copy of your most recent audited accounts or, if your organisation is not "
        "required to have its accounts audited, a copy of its annual accounts signed by two "
        "officers;\n"
        "(iii) a copy of your current public liability insurance certificate showing cover of "
        "at least \u00a33,000,000;\n"
        "(iv) a copy of your equal opportunities policy;\n"
        "(v) where the project involves building work, a copy of the planning permission or "
        "building regulations approval, whichever applies;\n"
        "(vi) if your organisation has been running for less than a year, a letter of "
        "reference from a councillor, teacher, minister of religion or other professional "
        "person who knows your group.",
        font="Times-Roman",
        size=11,
        width=92,
    )
    y -= 8
    y = heading(c, y, "PART E: DECLARATION", 11)
    y = lines(
        c,
        LEFT,
        y,
        "We certify that the information given on this form is correct, that the organisation "
        "has a health and safety policy, and that any grant will be spent only on the project "
        "described. This form must be signed by two officers of the organisation.",
        font="Times-Roman",
        size=11,
        width=92,
    )
    y -= 10
    c.setFont("Times-Roman", 11)
    for who in ("Chair", "Treasurer"):
        c.drawString(
            LEFT, y, f"{who}:   Signed ____________________   Name (print) ____________________"
        )
        y -= 18
        c.drawString(LEFT + 50, y, "Date ____________")
        y -= 24
    y -= 10
    c.rect(LEFT, y - 70, W - 2 * LEFT, 70)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(LEFT + 6, y - 14, "FOR OFFICE USE ONLY")
    c.setFont("Helvetica", 9)
    c.drawString(LEFT + 6, y - 30, "Date received: ____________      Reference: ____________")
    c.drawString(LEFT + 6, y - 46, "Committee date: ____________     Decision: APPROVED / REFUSED")
    c.drawString(LEFT + 6, y - 62, "Amount awarded: \u00a3__________")
    c.setFont("Times-Roman", 10)
    c.drawString(
        LEFT, y - 90, "Return to: The Town Clerk, Lindale Town Council, The Institute, Lindale."
    )
    c.drawString(LEFT, y - 104, "Email: clerk@lindale-tc.example.gov.uk")
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
