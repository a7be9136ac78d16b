"""Build set 26's Word and PDF documents (exports and offline versions of online forms).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus26.py
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


def _grey(par, text: str, size: float = 8.5):
    from docx.shared import Pt, RGBColor

    r = par.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return r


# ----------------------------------------------------------------------------- Jolbury (docx)

JOLBURY_DETAILS = [
    "Organisation name",
    "Main contact name",
    "Their role in the organisation",
    "Email",
    "Telephone",
    "Address",
    "Postcode",
    "Charity or company number (if you have one)",
]

# (number, prompt, counter text or None, box height in twips)
JOLBURY_PROJECT = [
    ("2.1", "Project title", "Characters: 0 / 100", 400),
    ("2.2", "Summarise your project in one sentence.", "Characters: 0 / 300", 700),
    (
        "2.3",
        "What will you do, and where and when will it happen?",
        "Characters: 0 / 2,000",
        3200,
    ),
    ("2.4", "Why is it needed? How do you know?", "Characters: 0 / 1,500", 2600),
    ("2.5", "Who will take part or benefit?", "Characters: 0 / 1,000", 1900),
    ("2.6", "How many people will benefit?", "Characters: 0 / 10", 400),
    ("2.7", "Start date (dd/mm/yyyy)", None, 400),
    ("2.8", "End date (dd/mm/yyyy)", None, 400),
    (
        "2.9",
        "How will you know the project has made a difference?",
        "Characters: 0 / 1,200",
        2200,
    ),
]


def _jolbury_box(d, number: str, prompt: str, counter: str | None, height: int) -> None:
    from docx.shared import Pt

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(f"{number}  {prompt}")
    r.bold = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _row_height(t.rows[0], height)
    if counter:
        c = d.add_paragraph()
        c.paragraph_format.space_after = Pt(2)
        _grey(c, f"{counter} (including spaces)" if counter[0] == "C" else counter)


def jolbury() -> None:
    """A community foundation's Word 'offline version' of a Flexi-Grant form, with counters."""
    from docx.shared import Cm, Pt

    d = _new(
        "Neighbourhood Grants 2027 - offline version of the online application form",
        "Jolbury and District Community Foundation",
        "Calibri",
        10.5,
    )
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = (
        "Jolbury & District Community Foundation\tNeighbourhood Grants 2027\t"
        "OFFLINE VERSION – drafting copy v2.1"
    )
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Jolbury & District Community Foundation, Unit 4 Mill Yard, Jolbury JB2 6QT. "
        "Registered charity no. 1190417. grants@jolburycf.example.org.uk  01632 961204"
    )
    fp.runs[0].font.size = Pt(7.5)

    d.add_heading("Neighbourhood Grants 2027", 0)
    p = d.add_paragraph()
    p.add_run("Offline version of the online application form").bold = True
    d.add_paragraph(
        "We take applications through our online grants system (Flexi-Grant) at "
        "jolburycf.flexigrant.example.org.uk. This Word version has exactly the same "
        "questions, in the same order, so that you can draft your answers with your committee "
        "before you copy them across. If you cannot use the online system, you can email this "
        "form back to us instead, with the documents in Section 5."
    )
    p = d.add_paragraph()
    p.add_run("Character counters. ").bold = True
    p.add_run(
        "The online form counts characters, not words, and stops you typing when a box is "
        "full. Spaces count as characters. Word does not count for you as you type: select "
        "your answer and use Review > Word Count and read 'Characters (with spaces)'. The "
        "grey line under each box shows the limit for that box as the online form shows it."
    )
    d.add_paragraph(
        "Grants are from £500 to £10,000 for up to 18 months. We do not ask you to find "
        "match funding. Up to 10% of the grant can go towards your running costs."
    )

    d.add_heading("Section 1: Your organisation", 1)
    t = d.add_table(rows=len(JOLBURY_DETAILS) + 1, cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(JOLBURY_DETAILS):
        t.rows[i].cells[0].text = label
        _shade(t.rows[i].cells[0], "DEEAF6")
        if label == "Address":
            _row_height(t.rows[i], 900)
    last = t.rows[-1]
    last.cells[0].text = "Type of organisation (tick one)"
    _shade(last.cells[0], "DEEAF6")
    last.cells[1].text = (
        f"{BOX} Registered charity   {BOX} CIO   {BOX} CIC   "
        f"{BOX} Unincorporated group   {BOX} Other"
    )
    for row in t.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(11.0)

    d.add_heading("Section 2: Your project", 1)
    for number, prompt, counter, height in JOLBURY_PROJECT:
        _jolbury_box(d, number, prompt, counter, height)

    d.add_heading("Section 3: Money", 1)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "3.1  How much are you asking us for? (£)"
    t.rows[1].cells[0].text = "3.2  Total cost of the project (£)"
    for row in t.rows:
        _shade(row.cells[0], "DEEAF6")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("3.3  What will the grant pay for?").bold = True
    p.add_run(" Add rows if you need to; the online form lets you add up to 12 lines.")
    b = d.add_table(rows=6, cols=2)
    b.style = "Table Grid"
    b.rows[0].cells[0].text = "Item"
    b.rows[0].cells[1].text = "Cost (£)"
    for cell in b.rows[0].cells:
        _shade(cell, "DEEAF6")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("3.4  Other funding for this project").bold = True
    o = d.add_table(rows=4, cols=3)
    o.style = "Table Grid"
    for i, h in enumerate(("Who from", "Amount (£)", "Secured or waiting to hear?")):
        o.rows[0].cells[i].text = h
        _shade(o.rows[0].cells[i], "DEEAF6")
    _jolbury_box(
        d,
        "3.5",
        "Only if you are asking for more than £5,000: How will the project carry on, or "
        "what will happen, after our funding ends?",
        "Characters: 0 / 1,500",
        2400,
    )
    _grey(
        d.add_paragraph(),
        "In the online form this question appears only when your answer to 3.1 is more "
        "than £5,000.",
        9,
    )

    d.add_heading("Section 4: Keeping people safe", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[
        0
    ].text = "4.1  Will the project work with children under 18 or with adults at risk?"
    _shade(t.rows[0].cells[0], "DEEAF6")
    t.rows[0].cells[1].text = f"{BOX} Yes   {BOX} No"
    _jolbury_box(
        d,
        "4.2",
        "Is there anything else you would like us to know about your project? (optional)",
        "No character limit",
        1600,
    )

    d.add_heading("Section 5: Documents", 1)
    d.add_paragraph(
        "Online, you upload these on the 'Documents' page. If you are sending this offline "
        "version, attach them to your email. Every applicant must send:"
    )
    for text in (
        "your governing document (constitution, set of rules, trust deed or articles);",
        "your most recent annual accounts. If your annual income is under £25,000 these can "
        "be a simple income and expenditure statement signed by your treasurer;",
        "a bank statement from the last three months showing your organisation's name.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Only if they apply to you:")
    for text in (
        "your safeguarding policy, if you answered Yes at 4.1;",
        "a written quote for any single item costing more than £1,000.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "Insurance: every group must hold public liability insurance of at least £5 million "
        "for activities open to the public. Please do not send the certificate; we may ask "
        "to see it before we pay."
    )

    d.add_heading("Section 6: Declaration", 1)
    d.add_paragraph(
        "I confirm that the information in this application is true; that the organisation "
        "has an equality and diversity policy and a health and safety policy and will send "
        "copies if asked; and that the grant will be used only for the project described. "
        "I understand that the Foundation will hold the information in this form to assess "
        "the application and to monitor any grant, as described in its privacy notice at "
        "jolburycf.example.org.uk/privacy."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(
        (
            f"{BOX} I confirm the declaration above",
            "Name (typing your name counts as your signature)",
            "Position in the organisation",
            "Date",
        )
    ):
        t.rows[i].cells[0].text = label
        _shade(t.rows[i].cells[0], "DEEAF6")

    d.add_heading("Section 7: About the people you work with (optional)", 1)
    _grey(
        d.add_paragraph(),
        "We use these answers only to see who our grants reach. They are not used to decide "
        "your application.",
        9,
    )
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "7.1  Age groups the project will mainly work with (tick all)"
    t.rows[0].cells[
        1
    ].text = f"{BOX} 0-15  {BOX} 16-24  {BOX} 25-64  {BOX} 65 and over  {BOX} All ages"
    t.rows[1].cells[0].text = "7.2  Is your organisation led by the people it serves?"
    t.rows[1].cells[1].text = f"{BOX} Yes  {BOX} Partly  {BOX} No  {BOX} Prefer not to say"
    for row in t.rows:
        _shade(row.cells[0], "DEEAF6")
    out = HERE / "jolbury-community-foundation-neighbourhood-grants-offline.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# --------------------------------------------------------------------------- Vardleigh (docx)

VARDLEIGH_STEPS = [
    (
        "1. Before you start",
        [
            "Our grants portal is run on Blackbaud Grantmaking. It works best in an up-to-date "
            "version of Edge, Chrome, Firefox or Safari. It does not work in Internet Explorer.",
            "Set aside about an hour for the eligibility quiz and the first part of the form. "
            "You do not have to finish in one go: the portal saves your answers when you "
            "press Save draft, and it logs you out after 60 minutes without activity.",
            "Have your documents ready as PDF, Word or JPG files of no more than 20 MB each.",
        ],
    ),
    (
        "2. Registering",
        [
            "Go to vardleighct.blackbaud.example.org.uk and choose Register. Use an email "
            "address that more than one person in your group can see, such as "
            "treasurer@yourgroup or info@yourgroup, so that messages from us are not lost "
            "when a volunteer moves on.",
            "[Screenshot: the Register page, with the Email, Password and Confirm password "
            "boxes and the blue Register button]",
            "You will get an email with a link to confirm your address. The link works for "
            "24 hours. If it does not arrive, look in your junk or spam folder.",
        ],
    ),
    (
        "3. The eligibility quiz",
        [
            "Before the form opens, the portal asks five quick questions, such as 'Is your "
            "organisation based in, or working in, the Vardleigh area?' and 'Are you asking "
            "for £15,000 or less?'. If any answer means we cannot fund you, the portal tells "
            "you why and does not open the form. Nothing is saved from the quiz.",
            "[Screenshot: the quiz, with Yes / No buttons under each question]",
        ],
    ),
    (
        "4. Filling in the application form",
        [
            "The form has six pages, shown as tabs along the top. A green tick appears on a "
            "tab when every required answer on it is complete. The table below tells you "
            "what each page asks, so that you can prepare. You answer the questions in the "
            "portal, not in this guide.",
        ],
    ),
]

VARDLEIGH_PAGES = [
    ("Organisation", "Name, address, contacts, legal status, registered numbers", "–"),
    ("Project", "Title, dates, where it will happen", "Title: 80 characters"),
    (
        "Your project in detail",
        "What you will do; why it is needed; who will benefit; how you will know it has worked",
        "Each answer up to 2,000 characters (about 300 words); the portal shows a counter",
    ),
    ("Budget", "Budget template upload and the amount you are asking for", "–"),
    ("Documents", "Uploads (see section 5)", "20 MB per file"),
    ("Declaration", "Confirmations and the name of the person submitting", "–"),
]

VARDLEIGH_DOCS = [
    ("Governing document (constitution, rules, trust deed or articles)", "Everyone"),
    (
        "Latest annual accounts. If your income is over £100,000 they must be "
        "independently examined or audited; otherwise accounts approved at your AGM are "
        "fine",
        "Everyone",
    ),
    (
        "Bank statements for the last three months",
        "Groups less than 12 months old, instead of accounts",
    ),
    ("Safeguarding policy", "Everyone (even if you do not work with children)"),
    ("Project budget on our Excel template (download it from the Budget page)", "Everyone"),
    (
        "Two written quotes for each item costing more than £2,000",
        "Capital projects only",
    ),
    (
        "A copy of your lease, or a letter from the owner agreeing to the work",
        "Only if your project includes building work on premises you do not own",
    ),
]

VARDLEIGH_LATER = [
    (
        "5. Uploading documents",
        [
            "On the Documents page there is an upload box for each document. The portal will "
            "not let you submit until every box marked with a red star has a file in it, so "
            "if something does not apply to you, leave that box empty: only the boxes for "
            "everyone are starred.",
        ],
    ),
    (
        "6. Policies and insurance you must have",
        [
            "As well as the safeguarding policy you upload, your organisation must have an "
            "equality policy and a data protection policy. You do not upload these: the "
            "Declaration page asks you to confirm that you have them. If staff or volunteers "
            "will work alone, you must also confirm that you have a lone working policy.",
            "You must hold public liability insurance of at least £2 million. The Organisation "
            "page asks for your insurer's name and the policy's expiry date; you do not need "
            "to upload the certificate.",
        ],
    ),
    (
        "7. Money",
        [
            "We fund up to 80% of the total cost of a project. You must find at least 20% "
            "from elsewhere; volunteer time, valued at £12.60 an hour, can count towards it. "
            "Grants are between £2,000 and £15,000.",
        ],
    ),
    (
        "8. Submitting",
        [
            "When every tab has a green tick, the Submit button appears at the bottom of the "
            "Declaration page. After you submit you cannot change your answers, but you can "
            "still read them and download a PDF copy from your Applicant Home page.",
            "[Screenshot: Applicant Home, with the application listed as 'Submitted']",
        ],
    ),
    (
        "9. After you submit",
        [
            "We aim to give you a decision within 12 weeks; last year 90% of applicants heard "
            "within 10 weeks. If we offer a grant, the portal will ask you to accept our grant "
            "agreement, fill in a bank details form and, at the end, send an end of grant "
            "report. You do not need any of these to apply.",
        ],
    ),
]

VARDLEIGH_FAQ = [
    (
        "Why can't I see the Submit button?",
        "At least one tab has no green tick. Open each tab and look for a message in red.",
    ),
    (
        "I pasted my answer and it was cut short. What happened?",
        "The boxes stop at their character limit. Word counts characters differently if your "
        "text has line breaks; shorten the answer and paste again.",
    ),
    (
        "Can two people work on the same application?",
        "Yes. The person who started it can invite a colleague from Applicant Home > "
        "Collaborators.",
    ),
    (
        "I forgot my password.",
        "Use 'Forgotten password' on the sign-in page. If that does not work, phone us.",
    ),
]


def vardleigh() -> None:
    """A community trust's step-by-step guide to applying through its Blackbaud portal."""
    from docx.shared import Cm, Pt

    d = _new(
        "Applying through our grants portal - a guide for applicants",
        "Vardleigh Community Trust",
        "Arial",
        11,
    )
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Vardleigh Community Trust – Community Fund 2027 – Applicant guide"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "Vardleigh Community Trust is a registered charity (no. 1187736). Version 3, October 2026."
    )
    fp.runs[0].font.size = Pt(8)
    d.add_heading("Applying through our grants portal", 0)
    d.add_paragraph("A step-by-step guide for groups applying to the Community Fund 2027")
    d.add_paragraph(
        "This guide explains how to register, how to use the portal and what you will need. "
        "Read it alongside the fund's criteria on our website. If you cannot use the portal "
        "because of a disability or because you have no internet access, phone Aisha or Tom "
        "on 01632 960417 and we will find another way for you to apply."
    )
    for title, paras in VARDLEIGH_STEPS:
        d.add_heading(title, 1)
        for text in paras:
            p = d.add_paragraph(text)
            if text.startswith("[Screenshot"):
                p.runs[0].italic = True
    t = d.add_table(rows=len(VARDLEIGH_PAGES) + 1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(("Page (tab)", "What it asks for", "Limits")):
        t.rows[0].cells[i].text = h
    for r, row in enumerate(VARDLEIGH_PAGES, start=1):
        for i, text in enumerate(row):
            t.rows[r].cells[i].text = text
    d.add_paragraph()
    d.add_paragraph(
        "Tip: write your longer answers in Word first and paste them in. Save a draft after "
        "each page."
    )
    first, *rest = VARDLEIGH_LATER
    d.add_heading(first[0], 1)
    d.add_paragraph(first[1][0])
    t = d.add_table(rows=len(VARDLEIGH_DOCS) + 1, cols=2)
    t.style = "Light Grid Accent 1"
    t.rows[0].cells[0].text = "Document"
    t.rows[0].cells[1].text = "Who must upload it"
    for r, (doc, who) in enumerate(VARDLEIGH_DOCS, start=1):
        t.rows[r].cells[0].text = doc
        t.rows[r].cells[1].text = who
    d.add_paragraph()
    d.add_paragraph(
        "You are welcome to add photographs or a short film about your group in the "
        "'Anything else' box on the same page, but you do not have to."
    )
    for title, paras in rest:
        d.add_heading(title, 1)
        for text in paras:
            p = d.add_paragraph(text)
            if text.startswith("[Screenshot"):
                p.runs[0].italic = True
    d.add_heading("10. Problems and questions", 1)
    for q, a in VARDLEIGH_FAQ:
        p = d.add_paragraph()
        p.add_run(q).bold = True
        d.add_paragraph(a)
    d.add_heading("Contact us", 1)
    for line in (
        "Grants team, Vardleigh Community Trust",
        "The Old Library, 3 Church Street, Vardleigh VD4 1LP",
        "01632 960417 (Monday to Thursday, 9.30am to 3pm)",
        "grants@vardleighct.example.org.uk",
    ):
        d.add_paragraph(line)
    d.add_heading("How we use your information", 1)
    d.add_paragraph(
        "Blackbaud stores the information you enter on our behalf, on servers in the UK. We "
        "use it to assess your application, to manage any grant and to publish a list of "
        "the grants we make. Our privacy notice is at vardleighct.example.org.uk/privacy."
    )
    out = HERE / "vardleigh-community-trust-grants-portal-applicant-guide.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ---------------------------------------------------------------------------- Zarrowby (pdf)


def zarrowby() -> None:
    """A borough's fillable PDF made for applicants who cannot use its SurveyMonkey Apply form."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "zarrowby-borough-council-resilience-fund-offline.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Resilience Fund 2027 - offline application")
    c.setAuthor("Zarrowby Borough Council")
    w, h = A4
    form = c.acroForm
    x0, x2 = 50, w - 50
    teal = colors.HexColor("#00636B")
    pale = colors.HexColor("#EEF6F6")

    def head(page):
        c.setFillColor(teal)
        c.rect(0, h - 44, w, 44, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, h - 27, "Zarrowby Borough Council  |  Community Resilience Fund 2027")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(
            x0,
            26,
            "Offline version of our SurveyMonkey Apply form (v1.4, 2 November 2026). "
            "Return to: communityfund@zarrowby.example.gov.uk or Community Team, Town Hall, "
            "Zarrowby ZB1 1AA",
        )
        c.drawRightString(x2, 16, f"Page {page} of 2")

    def section(y, text):
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x0, y, text)
        c.setFillColor(colors.black)
        return y - 14

    def field(name, tip, x, y, width, height, maxlen=None, multiline=False):
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=teal,
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
        top = y - 10.5 * len(lines) - 2
        field(name, " ".join(lines), x0, top - height, x2 - x0, height, maxlen, True)
        return top - height - 13

    def tick(x, y, name, tip):
        form.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y - 2,
            size=9,
            buttonStyle="check",
            borderColor=teal,
            fillColor=pale,
            borderWidth=0.5,
        )

    head(1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, h - 68, "Application form (offline version)")
    c.setFont("Helvetica", 8)
    y = h - 84
    for line in (
        "Most groups apply online at zarrowby.smapply.example.gov.uk. This fillable PDF has the "
        "same questions for anyone who cannot use",
        "the online form. Type into the shaded boxes (some stop when they are full), save the "
        "file and email it to us with your documents.",
        "Grants of £1,000 to £8,000. We normally fund up to 75% of the total cost; you find "
        "the rest from elsewhere or in kind.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 6
    y = section(y, "A. About your organisation")
    short(x0, y, "Organisation name", "org_name", 300, 120)
    short(x0 + 315, y, "Registered number (if any)", "reg_no", 180, 20)
    y -= 30
    short(x0, y, "Contact name", "contact_name", 195, 80)
    short(x0 + 205, y, "Position", "contact_position", 140, 60)
    short(x0 + 355, y, "Telephone", "phone", 140, 20)
    y -= 30
    short(x0, y, "Email", "email", 300, 100)
    short(x0 + 315, y, "Postcode", "postcode", 80, 8)
    y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(x0, y, "Address")
    field("address", "Address", x0, y - 33, 300, 30, 250, True)
    y -= 46
    c.drawString(x0, y, "Type of organisation:")
    for i, (val, lab) in enumerate(
        (
            ("charity", "Charity or CIO"),
            ("cic", "CIC"),
            ("group", "Community group"),
            ("other", "Other"),
        )
    ):
        xx = x0 + 95 + 100 * i
        form.radio(
            name="org_type",
            tooltip="Type of organisation",
            value=val,
            selected=False,
            x=xx,
            y=y - 3,
            size=9,
            buttonStyle="circle",
            borderColor=teal,
            fillColor=pale,
            borderWidth=0.5,
        )
        c.drawString(xx + 12, y, lab)
    y -= 22
    y = section(y, "B. Your project")
    short(x0, y, "B1  Project name", "b1_name", 300, 80)
    short(x0 + 315, y, "B3  Which ward(s) will it cover?", "b3_wards", 180, 100)
    y -= 32
    y = big(y, ["B2  What do you want to do? (up to 300 words)"], "b2_what", 105, maxlen=1800)
    y = big(
        y,
        [
            "B4  How will the project make your community more resilient, for example to "
            "flooding, cold weather or the cost of living?"
        ],
        "b4_resilience",
        85,
        maxlen=1200,
    )
    y = big(
        y,
        ["B5  Who have you talked to about the project, and what did they say? (about 150 words)"],
        "b5_talked",
        70,
    )
    y = big(y, ["B6  How will you measure what the project achieves?"], "b6_measure", 70)
    c.showPage()

    head(2)
    y = h - 66
    y = section(y, "C. Money")
    short(x0, y, "Amount you are asking for (£)", "amount", 120, 10)
    short(x0 + 160, y, "Total cost of the project (£)", "total_cost", 120, 10)
    y -= 32
    c.setFont("Helvetica", 8)
    c.drawString(x0, y, "What the grant will pay for:")
    c.drawString(x0, y - 12, "Item")
    c.drawString(x0 + 330, y - 12, "Cost (£)")
    for i in range(4):
        field(f"item_{i + 1}", "Item", x0, y - 30 - 17 * i, 320, 14, 80)
        field(f"cost_{i + 1}", "Cost", x0 + 330, y - 30 - 17 * i, 90, 14, 10)
    y -= 104
    c.drawString(x0, y, "Do these costs include VAT?")
    for i, val in enumerate(("Yes", "No")):
        xx = x0 + 130 + 55 * i
        form.radio(
            name="vat",
            tooltip="Do these costs include VAT?",
            value=val.lower(),
            selected=False,
            x=xx,
            y=y - 3,
            size=9,
            buttonStyle="circle",
            borderColor=teal,
            fillColor=pale,
            borderWidth=0.5,
        )
        c.drawString(xx + 12, y, val)
    y -= 24
    y = section(y, "D. Documents - tick each one you are sending")
    docs = [
        ("doc_constitution", "Constitution or other governing document (everyone)"),
        ("doc_accounts", "Last year's accounts, signed by two committee members (everyone)"),
        (
            "doc_insurance",
            "Public liability insurance certificate showing at least £5 million cover (everyone)",
        ),
        ("doc_quotes", "Quotes for any item over £500 (if applicable)"),
        (
            "doc_risk",
            "Risk assessment (only for events or activities held outdoors)",
        ),
    ]
    c.setFont("Helvetica", 8.5)
    for name, text in docs:
        tick(x0, y, name, text)
        c.drawString(x0 + 15, y, text)
        y -= 15
    y -= 8
    y = section(y, "E. Declaration")
    c.setFont("Helvetica", 8)
    for line in (
        "I confirm that the information on this form is correct, that our organisation has a "
        "safeguarding policy that covers the activities in",
        "this project, and that any grant will be spent only on the project described. I "
        "understand that the Council will use this information",
        "to assess the application and will publish the name of our organisation and the "
        "amount of any grant.",
    ):
        c.drawString(x0, y, line)
        y -= 10
    y -= 4
    tick(x0, y, "declare", "I agree to the declaration")
    c.drawString(x0 + 15, y, "I agree to the declaration above")
    y -= 20
    short(x0, y, "Signature (type your name)", "signature", 220, 80)
    short(x0 + 240, y, "Date (dd/mm/yyyy)", "sign_date", 100, 10)
    y -= 40
    c.setStrokeColor(colors.grey)
    c.setDash(3, 2)
    c.rect(x0, y - 50, x2 - x0, 50)
    c.setDash()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(x0 + 6, y - 14, "FOR COUNCIL USE   SMA ref: ________   Received: ___/___/____")
    c.drawString(x0 + 6, y - 28, "Panel date: ___/___/____   Decision: ____________")
    c.setFillColor(colors.black)
    c.showPage()
    c.save()


# -------------------------------------------------------------------------- Iddlestone (pdf)

IDDLESTONE_URL = (
    "https://iddlestonecf.my.site.example.org.uk/grants/s/application/a0X8d00000Qk2rBEAR/printable"
)

# ("h", section title) / ("f", label, help or "") / ("t", paragraph) / ("l", title, columns)
IDDLESTONE: list[tuple[str, ...]] = [
    ("h", "Application Information"),
    ("s", "Application Number", "APP-004417"),
    ("s", "Status", "Draft"),
    ("s", "Funding Opportunity", "Thriving Communities Fund 2027"),
    ("s", "Application Owner", "Portal User (Applicant)"),
    ("s", "Created Date", "26/11/2026 10:31"),
    ("s", "Last Modified Date", "26/11/2026 10:42"),
    (
        "t",
        "About this fund: grants of £3,000 to £15,000 for projects that bring people in "
        "Iddlestone district together. Maximum award: £15,000. Intervention rate: up to 90% "
        "of the total project cost (you must find at least 10% from other sources, in cash "
        "or in kind). Deadline: 12:00 on 30/01/2027.",
    ),
    ("h", "Organisation Details"),
    ("f", "Organisation Name", ""),
    ("f", "Registered Charity Number", "Leave blank if you are not a registered charity."),
    ("f", "Company Number", "Companies House number, if you are a company or CIC."),
    ("f", "Organisation Type", "--None--"),
    ("f", "Registered Address", "Street, town and postcode."),
    ("f", "Website", ""),
    ("f", "Annual Income (£)", "Total income in your last financial year."),
    ("f", "Number of Paid Staff", ""),
    ("f", "Number of Volunteers", ""),
    ("h", "Primary Contact"),
    ("f", "Contact Name", ""),
    ("f", "Job Title", ""),
    ("f", "Email", ""),
    ("f", "Phone", ""),
    ("h", "Eligibility"),
    (
        "f",
        "Is your organisation based in, or working in, Iddlestone district?",
        "--None--",
    ),
    ("f", "Has the Foundation funded your organisation before?", "--None--"),
    (
        "f",
        "Will the project work with children or adults at risk?",
        "--None--",
    ),
    ("h", "Project Details"),
    ("f", "Project Title", ""),
    ("f", "Project Start Date", "dd/mm/yyyy"),
    ("f", "Project End Date", "dd/mm/yyyy"),
    ("f", "Amount Requested (£)", ""),
    ("f", "Total Project Cost (£)", ""),
    ("f", "Number of People Who Will Benefit", "An estimate is fine."),
    (
        "f",
        "Project Summary (Max 1,000 characters)",
        "In plain English, what will the project do? We use this summary in our reports "
        "to the Board.",
    ),
    (
        "f",
        "Describe the need for your project. What evidence do you have? (Max 3,000 characters)",
        "For example local statistics, a survey you ran, waiting lists, or what people have "
        "told you.",
    ),
    (
        "f",
        "What activities will you deliver? (Max 3,000 characters)",
        "Tell us what will happen, where, how often and who will run it.",
    ),
    (
        "f",
        "How will local people be involved in designing and running the project? (Max "
        "2,000 characters)",
        "",
    ),
    (
        "f",
        "What difference will the project make? List up to three outcomes. (Max 1,500 characters)",
        "An outcome is a change for people, such as 'older residents feel less isolated'.",
    ),
    (
        "f",
        "How will the project continue after the grant ends? (Max 1,500 characters)",
        "",
    ),
    (
        "f",
        "If the Foundation has funded you before, what did that grant achieve? (No word limit)",
        "Only answer if you said Yes to 'Has the Foundation funded your organisation before?'.",
    ),
    ("h", "Budget"),
    ("l", "Budget Lines (0)", "Item|Category|Amount (£)"),
    (
        "t",
        "Add each cost as a budget line using the New button on the Budget tab. The total "
        "is calculated for you.",
    ),
    ("h", "Equality Monitoring (optional)"),
    (
        "f",
        "Which groups will the project mainly benefit? (select all that apply)",
        "Available: Children and young people; Older people; Disabled people; Carers; "
        "Ethnic minority communities; LGBTQ+ people; Everyone in the area",
    ),
    ("h", "Required Documents"),
    (
        "r",
        "Document Type|Required|Status",
        "Governing Document|Yes|Not uploaded",
        "Annual Accounts|Yes|Not uploaded",
        "Bank Statement|Yes|Not uploaded",
        "Safeguarding Policy|If the project works with children or adults at risk|Not uploaded",
        "Quotes|If you are asking for capital items over £1,000|Not uploaded",
        "Letters of Support|Optional|Not uploaded",
    ),
    (
        "t",
        "Annual Accounts: your most recent accounts. They do not need to be independently "
        "examined if your income is under £25,000; accounts approved by your committee are "
        "fine. Bank Statement: one statement from the last three months showing the "
        "organisation's name. Upload files on the Documents tab (PDF, Word or JPG, 10 MB "
        "each).",
    ),
    ("l", "Files (0)", "Title|Document Type|Uploaded"),
    ("h", "Declaration"),
    (
        "t",
        "By ticking the box below you confirm that: the information in this application is "
        "correct; the organisation has an equality and diversity policy; the organisation "
        "holds public liability insurance of at least £10 million; and any grant will be "
        "used only for the project described. The Foundation processes your information "
        "under its privacy notice (iddlestonecf.example.org.uk/privacy).",
    ),
    ("f", "I confirm the declaration", "False"),
    ("f", "Authorised Signatory Name", ""),
    ("f", "Signatory Position", ""),
    ("f", "Date Signed", "dd/mm/yyyy"),
]


def iddlestone() -> None:
    """A Salesforce grants portal's 'Printable View' of a blank draft, printed to PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    out = HERE / "iddlestone-foundation-thriving-communities-printable-view.pdf"
    grey = colors.HexColor("#706E6B")
    rule = colors.HexColor("#DDDBDA")
    band = colors.HexColor("#F3F2F2")
    label = ParagraphStyle("l", fontName="Helvetica", fontSize=8.5, leading=11, textColor=grey)
    value = ParagraphStyle("v", fontName="Helvetica", fontSize=9.5, leading=12)
    helptext = ParagraphStyle(
        "hp", fontName="Helvetica-Oblique", fontSize=7.5, leading=9.5, textColor=grey
    )
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=12)
    sect = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=11, leading=14)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(12 * mm, A4[1] - 8 * mm, "26/11/2026, 10:44")
        canv.drawCentredString(A4[0] / 2, A4[1] - 8 * mm, "Application APP-004417 | Printable View")
        canv.drawString(12 * mm, 7 * mm, IDDLESTONE_URL)
        canv.drawRightString(A4[0] - 12 * mm, 7 * mm, f"{doc.page}/6")
        canv.restoreState()

    def pair(lab: str, hint: str, shown: str = "", tall: bool = False):
        cells = [Paragraph(lab, label)]
        if hint:
            cells.append(Paragraph(hint, helptext))
        t = Table([[cells], [Paragraph(shown or "&nbsp;", value)]], colWidths=[170 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 1), (0, 1), 0.5, rule),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 1), (0, 1), 70 if tall else 20),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return KeepTogether([t, Spacer(1, 9)])

    story = [
        Paragraph("Iddlestone Community Foundation", label),
        Paragraph("APP-004417", title),
        Paragraph("Thriving Communities Fund 2027 application", body),
        Spacer(1, 8),
    ]
    for kind, *rest in IDDLESTONE:
        if kind == "h":
            hb = Table([[Paragraph(rest[0], sect)]], colWidths=[170 * mm])
            hb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), band)]))
            story += [Spacer(1, 8), hb, Spacer(1, 6)]
        elif kind == "s":
            story.append(pair(rest[0], "", rest[1]))
        elif kind == "f":
            hint = rest[1]
            if hint in ("--None--", "False", "dd/mm/yyyy"):
                story.append(pair(rest[0], "", hint))
            else:
                tall = "(Max" in rest[0] or "(No word" in rest[0]
                story.append(pair(rest[0], hint, tall=tall))
        elif kind == "t":
            story += [Paragraph(rest[0], body), Spacer(1, 6)]
        elif kind == "l":
            story.append(Paragraph(f"<b>{rest[0]}</b>", body))
            heads = rest[1].split("|")
            t = Table(
                [heads, ["No items to display."] + [""] * (len(heads) - 1)],
                colWidths=[170 * mm / len(heads)] * len(heads),
            )
            t.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                        ("FONT", (0, 1), (-1, 1), "Helvetica", 8),
                        ("TEXTCOLOR", (0, 1), (-1, 1), grey),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.5, rule),
                    ]
                )
            )
            story += [t, Spacer(1, 6)]
        elif kind == "r":
            rows = [r.split("|") for r in rest]
            t = Table(
                [[Paragraph(c, body) for c in r] for r in rows],
                colWidths=[55 * mm, 80 * mm, 35 * mm],
            )
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), band),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.5, rule),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 6)]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title="Application APP-004417 | Printable View",
        author="Iddlestone Community Foundation",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    jolbury()
    vardleigh()
    zarrowby()
    iddlestone()


if __name__ == "__main__":
    main()
