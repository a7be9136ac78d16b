"""Build set 31's Word and PDF documents (arts, culture, heritage and sport).

Like the other generators: python-docx for Word, reportlab (install it into
your own venv only, never into pyproject) for the two PDFs. The HTML, Markdown and text
documents of the set and every truth file are written by hand; this script does not touch
them.

    .venv/bin/pip install reportlab
    .venv/bin/python tests/forms/make_corpus31.py
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


def _el(tag: str, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


def _frame(par, width: int, height: int, right: bool = False, border: bool = True) -> None:
    """Make a paragraph a Word frame (w:framePr): the old way of drawing a box to type in."""
    p_pr = par._p.get_or_add_pPr()
    attrs = {"w": width, "h": height, "hRule": "atLeast", "wrap": "around", "vAnchor": "text"}
    if right:
        attrs.update(hAnchor="margin", xAlign="right", y=1)
    else:
        attrs.update(hAnchor="margin", y=1)
    p_pr.insert(0, _el("w:framePr", **attrs))
    if border:
        bdr = _el("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            bdr.append(_el("w:" + side, val="single", sz=6, space=4, color="7A5C8F"))
        p_pr.append(bdr)
        p_pr.append(_el("w:shd", val="clear", color="auto", fill="FBF8FD"))


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


# ------------------------------------------------------------------- Cranleath (docx, frames)

CRANLEATH_DETAILS = [
    ("1.1", "Name of your organisation or collective"),
    ("1.2", "Main contact"),
    ("1.3", "Their role in the organisation"),
    ("1.4", "Postal address, including postcode"),
    ("1.5", "Telephone"),
    ("1.6", "Email"),
    ("1.7", "Website or social media (optional)"),
]


def cranleath() -> None:
    """A county arts development grant form whose every box is a Word frame, not a table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = _new(
        "Arts Development Grant 2027-28 application form",
        "Cranleath County Council Culture Team",
        "Calibri",
        11,
    )
    plum = RGBColor(0x5B, 0x2A, 0x86)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Cranleath County Council  |  Culture and Creative Economy"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = (
        "ADG/APP/27  Version 2, December 2026. Return to culture.grants@cranleath.example.gov.uk "
        "or Culture Team, County Hall, Cranleath CR1 4AA."
    )
    for r in hp.runs + fp.runs:
        r.font.size = Pt(8)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = plum
        p.paragraph_format.space_before = Pt(14)

    def para(text: str, italic: bool = False, size: float = 11):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.italic = italic
        r.font.size = Pt(size)
        return p

    def label_box(ref: str, label: str, height: int = 400) -> None:
        p = d.add_paragraph()
        r = p.add_run(f"{ref}  ")
        r.bold = True
        p.add_run(label)
        box = d.add_paragraph()
        _frame(box, 9600, height)
        d.add_paragraph().paragraph_format.space_after = Pt(2)

    def question(ref: str, text: str, guide: str | None, height: int) -> None:
        if guide:
            g = d.add_paragraph()
            gr = g.add_run(guide)
            gr.italic = True
            gr.font.size = Pt(9)
            gr.font.color.rgb = plum
            _frame(g, 2200, 300, right=True, border=False)
        p = d.add_paragraph()
        r = p.add_run(f"{ref}  ")
        r.bold = True
        p.add_run(text).bold = True
        box = d.add_paragraph()
        _frame(box, 9600, height)
        d.add_paragraph().paragraph_format.space_after = Pt(2)

    t = d.add_paragraph()
    tr = t.add_run("Arts Development Grant 2027/28")
    tr.bold = True
    tr.font.size = Pt(22)
    tr.font.color.rgb = plum
    para("Application form", size=14)
    para(
        "Grants of £1,000 to £7,500 for constituted arts organisations and artist collectives "
        "based in Cranleath, for projects that take place between 1 April 2027 and 31 March "
        "2028. Read the Arts Development Grant guidance before you start. Closing date: "
        "12 noon on Friday 19 February 2027."
    )
    para(
        "How to fill in this form. Type in the boxes: each box grows as you type, so do not "
        "worry if it looks small. Where a length is shown beside a question, it is a maximum "
        "and the panel stops reading at that point. A question with no length shown has no "
        "limit, but shorter answers are easier to read. If you would rather tell us your "
        "answers in a video or audio recording, or need this form in large print, call the "
        "Culture Team on 01632 961 200.",
        size=10,
    )

    heading("Section 1  About you")
    for ref, label in CRANLEATH_DETAILS:
        label_box(ref, label)
    p = d.add_paragraph()
    p.add_run("1.8  ").bold = True
    p.add_run("What kind of organisation are you? Tick one.")
    for opt in (
        "Registered charity",
        "Charitable incorporated organisation (CIO)",
        "Community interest company (CIC)",
        "Constituted community group or collective",
    ):
        d.add_paragraph(f"{BOX}  {opt}").paragraph_format.left_indent = Pt(18)
    label_box("1.9", "Charity, company or CIC number (if you have one)")

    heading("Section 2  Your project")
    label_box("2.1", "Project title")
    question(
        "2.2",
        "Describe your project: what will happen, where it will happen, and who will lead the "
        "creative work.",
        "Up to 400 words",
        3600,
    )
    question(
        "2.3",
        "Who will take part, and how have they helped to shape the idea?",
        "Max. 250 words",
        2400,
    )
    p = d.add_paragraph()
    p.add_run("2.4  ").bold = True
    p.add_run(
        "Which aims of the Cranleath Culture Strategy will the project meet? Tick all that apply."
    )
    for opt in (
        "More people taking part in the arts where they live",
        "Creative work with children and young people",
        "Better health and wellbeing through creativity",
        "A stronger living for artists in Cranleath",
        "Celebrating the county's places and stories",
    ):
        d.add_paragraph(f"{BOX}  {opt}").paragraph_format.left_indent = Pt(18)
    question(
        "2.5",
        "Explain how the project will help your organisation, or the artists you work with, "
        "to develop.",
        "No more than 300 words",
        2800,
    )
    label_box("2.6", "Start date of the project")
    label_box("2.7", "End date of the project")
    label_box("2.8", "How many people do you expect to take part in the activity?")
    label_box("2.9", "How many people do you expect to see or hear the finished work?")
    question(
        "2.10",
        "How will you know whether the project has worked? Tell us how you will collect "
        "feedback from the people taking part.",
        "Half a page",
        2200,
    )
    question(
        "2.11",
        "Is there anything else you would like the panel to know about your project?",
        None,
        1600,
    )

    heading("Section 3  Money")
    label_box("3.1", "Total cost of the project (£)")
    label_box("3.2", "How much are you asking us for? (£1,000 to £7,500)")
    p = d.add_paragraph()
    p.add_run("3.3  ").bold = True
    p.add_run(
        "What will the project cost? List each item and its cost, including fees for artists."
    )
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Item"
    t.rows[0].cells[1].text = "Cost (£)"
    t.rows[6].cells[0].text = "Total"
    for cell in t.rows[0].cells:
        _shade(cell, "E9E0F1")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("3.4  ").bold = True
    p.add_run(
        "Where will the rest of the money come from? We expect at least 10% of the total cost "
        "of the project to come from somewhere other than this grant. It can be your own "
        "money, ticket income, another grant, or in-kind support such as volunteer time "
        "(value it at £15 an hour) or a free venue."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for i, head in enumerate(("Source", "Amount (£)", "Confirmed? Yes / No")):
        t.rows[0].cells[i].text = head
        _shade(t.rows[0].cells[i], "E9E0F1")
    d.add_paragraph()
    question(
        "3.5",
        "If less than 10% of the cost will come from elsewhere, explain why.",
        "Up to 100 words",
        1200,
    )

    heading("Section 4  Documents to send with this form")
    box = d.add_paragraph()
    _frame(box, 9600, 0)
    box.add_run("Every applicant must send:").bold = True
    for line in (
        "a copy of your governing document (constitution, articles of association or trust "
        "deed), signed and dated;",
        "your most recent annual accounts, signed by two members of your committee or board. "
        "They do not need to be audited or independently examined;",
        "a CV or short biography of the lead artist or artists, no longer than two sides of A4 "
        "each;",
        "examples of recent work: up to five images, or links to video or audio, in one document.",
    ):
        b = d.add_paragraph(f"\u2022  {line}")
        _frame(b, 9600, 0)
    b = d.add_paragraph()
    _frame(b, 9600, 0)
    b.add_run("Some applicants must also send:").bold = True
    for line in (
        "your safeguarding policy, if the project works with children, young people or adults "
        "at risk;",
        "a copy of your public liability insurance certificate, if the project includes events "
        "open to the public. The cover must be at least £5 million;",
        "written permission from the landowner or the venue, if the project takes place "
        "outdoors or in a space you do not own or rent;",
        "a written quote for any single item of equipment that costs £1,000 or more.",
    ):
        b = d.add_paragraph(f"\u2022  {line}")
        _frame(b, 9600, 0)
    d.add_paragraph()
    para(
        "If we offer you a grant, we will send a grant agreement and ask for your bank details "
        "on our payment form. You do not need to send them now.",
        italic=True,
        size=10,
    )

    heading("Section 5  Declaration")
    para(
        "I confirm that the information in this application is true, that I am authorised to "
        "apply on behalf of the organisation named in 1.1, and that the organisation will use "
        "any grant only for the project described. I understand that the council may share "
        "this application with the Arts Development Grant panel and with Arts Council England."
    )
    for ref, label in (
        ("5.1", "Signature (a typed name is fine if you send the form by email)"),
        ("5.2", "Name in capitals"),
        ("5.3", "Position in the organisation"),
        ("5.4", "Date"),
    ):
        label_box(ref, label)
    out = HERE / "cranleath-county-arts-development-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# -------------------------------------------------------- Meldrith (docx guidance, two columns)


def meldrith() -> None:
    """A community foundation's creative health fund guidance set in two newspaper columns."""
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = _new(
        "Creative Health Fund 2027: guidance for applicants",
        "Meldrith Community Foundation",
        "Georgia",
        10,
    )
    green = RGBColor(0x1F, 0x6E, 0x5A)
    first = d.sections[0]
    first.header.paragraphs[0].text = "Meldrith Community Foundation  ·  Creative Health Fund 2027"
    first.footer.paragraphs[0].text = (
        "Meldrith Community Foundation is a registered charity, number 1149087, and a company "
        "limited by guarantee, number 08124456. In partnership with Meldrith and Wold "
        "Integrated Care Board."
    )
    for p in (first.header.paragraphs[0], first.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(7.5)

    t = d.add_paragraph()
    tr = t.add_run("Creative Health Fund 2027")
    tr.bold = True
    tr.font.size = Pt(24)
    tr.font.color.rgb = green
    s = d.add_paragraph()
    sr = s.add_run("Guidance for applicants  ·  Round 1 opens 11 January 2027, closes 8 March 2027")
    sr.font.size = Pt(12)
    intro = d.add_paragraph(
        "Grants of £2,000 to £10,000 for up to 12 months, for community groups and charities "
        "in Meldrith and the Wold that use music, dance, drama, visual art, writing, "
        "gardening and crafts to help people live well with a long-term health condition, "
        "loneliness or poor mental health."
    )
    intro.runs[0].italic = True

    body = d.add_section(WD_SECTION.CONTINUOUS)
    cols = body._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = _el("w:cols")
        body._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")

    def h(text: str) -> None:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12.5)
        r.font.color.rgb = green
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True

    def para(text: str) -> None:
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def bullets(items) -> None:
        for it in items:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(it)

    def doc_item(name: str, who: str, text: str) -> None:
        p = d.add_paragraph()
        p.add_run(name).bold = True
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        w = d.add_paragraph()
        wr = w.add_run("Who: ")
        wr.italic = True
        wr.font.color.rgb = green
        w.add_run(who).italic = True
        w.paragraph_format.space_after = Pt(0)
        w.paragraph_format.keep_with_next = True
        para(text)

    h("What is creative health?")
    para(
        "Creative health means taking part in creative activity for its own sake and finding "
        "that it helps you feel better, connect with other people and manage your health. "
        "The evidence is strong: regular singing groups reduce loneliness in older people, "
        "arts on prescription helps people with anxiety and depression, and dance keeps people "
        "with Parkinson's moving for longer. The fund is paid for by Meldrith and Wold "
        "Integrated Care Board (the ICB) and run by us, Meldrith Community Foundation."
    )
    h("Who can apply?")
    para("You can apply if your organisation:")
    bullets(
        [
            "is a constituted community group, registered charity, charitable incorporated "
            "organisation, community interest company limited by guarantee or a community "
            "benefit society;",
            "has an annual income of less than £250,000;",
            "has a bank account in its own name that needs two unrelated people to approve "
            "each payment;",
            "works mainly with people living in the Meldrith and Wold ICB area.",
        ]
    )
    para(
        "We cannot fund individuals, statutory bodies, schools, GP practices or NHS trusts, "
        "though you are welcome to work with any of them as partners."
    )
    h("What we will fund")
    para(
        "Grants cover up to 12 months of activity. We will pay for artists' and facilitators' "
        "fees, venue hire, materials, transport for participants, training in creative health "
        "for your volunteers, and a fair share of your running costs. We will not pay for "
        "activity that has already happened, for equipment costing more than £1,500, or for "
        "clinical treatment."
    )
    para(
        "You do not have to find match funding. If other funders are supporting the same "
        "work, tell us in the online form so that we can see the whole picture."
    )
    h("How to apply")
    para(
        "Apply through our online grants portal at apply.meldrithcf.example.org.uk. Register, "
        "answer the eligibility questions and then complete the form. The form asks about "
        "your organisation, the people you will work with, what you will do, how it will "
        "help their health and wellbeing, and how you will know. Each question shows its "
        "word limit in the portal. You can save your answers and come back to them."
    )
    para(
        "If you cannot use the portal, call Ruth or Sam on 01632 960 455 and we will take "
        "your application by telephone or send you a paper form."
    )
    h("What to upload")
    para(
        "Upload these documents on the last page of the portal. Each one has a note of who "
        "needs to send it. We cannot assess an application until everything that applies to "
        "you has arrived."
    )
    doc_item(
        "Governing document",
        "Everyone.",
        "Your constitution, set of rules, articles of association or trust deed, signed or "
        "adopted at a meeting.",
    )
    doc_item(
        "Annual accounts",
        "Everyone, except very new groups (see below).",
        "Your most recent accounts, signed by your treasurer or another officer. If your "
        "organisation is less than 18 months old and has not yet produced accounts, upload "
        "your last three months' bank statements instead.",
    )
    doc_item(
        "Safeguarding policy",
        "Everyone.",
        "Creative health projects work with people who may be at risk, so we need to see "
        "your policy whatever your project. It should cover adults at risk and, if you work "
        "with under-18s, children too, and name your safeguarding lead.",
    )
    doc_item(
        "Letter of support from a health or care partner",
        "Everyone.",
        "A short letter or email from a GP practice, social prescribing link worker, NHS "
        "team, care home or similar partner, saying how they will refer people to you or "
        "work with you.",
    )
    doc_item(
        "Budget",
        "Only if you are asking for more than £5,000.",
        "Use our budget template, which you can download from the portal. Show every cost "
        "and any other money you expect.",
    )
    doc_item(
        "Risk assessment",
        "Only if your activities take place outdoors or involve physical activity, such as "
        "dance, walking or gardening.",
        "A risk assessment for the activity, written by you. A page is usually enough.",
    )
    h("Things you need to have, but do not need to send")
    bullets(
        [
            "An equality, diversity and inclusion policy. We may ask to see it when we visit.",
            "Public liability insurance of at least £5 million for your activities. Keep the "
            "certificate; you do not need to upload it.",
            "Enhanced DBS checks for anyone who works one to one with participants. We do not "
            "need copies of the certificates.",
        ]
    )
    h("How we decide")
    para(
        "A panel of foundation trustees, ICB staff and two people with lived experience of "
        "creative health projects reads every eligible application. They look for a clear "
        "need, activity that the people taking part have helped to design, sensible costs "
        "and a realistic way of knowing what difference you have made. We tell everyone the "
        "decision by the end of April 2027."
    )
    h("If you receive a grant")
    para(
        "We will ask you to accept our grant terms online and to confirm your bank details. "
        "Half way through and at the end of the grant you will complete a short report in the "
        "portal, with some photographs or quotes from participants if they are happy to share "
        "them. We will also invite you to one learning event with other funded groups."
    )
    h("Questions?")
    para(
        "Call 01632 960 455 or email creativehealth@meldrithcf.example.org.uk. We are happy to "
        "talk through an idea before you apply."
    )
    out = HERE / "meldrith-community-foundation-creative-health-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------ Scolbury (fillable PDF, two columns)


def scolbury() -> None:
    """A county sports partnership's fillable form set in two columns of fields per page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = HERE / "scolbury-active-partnership-club-equipment-and-coaching-grant.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Club Equipment and Coaching Grant 2027 - application form")
    c.setAuthor("Active Scolbury (county sport and physical activity partnership)")
    w, h = A4
    form = c.acroForm
    navy = colors.HexColor("#12355B")
    orange = colors.HexColor("#E8731A")
    grey = colors.HexColor("#5A5A5A")
    pale = colors.HexColor("#EEF2F7")
    left, right, colw = 36, 306, 253
    state = {"x": left, "y": 0.0}

    def page_top(n: int) -> None:
        c.setFillColor(navy)
        c.rect(0, h - 46, w, 46, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(left, h - 28, "Active Scolbury  |  Club Equipment and Coaching Grant 2027")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 36, h - 28, f"Page {n} of 3")
        c.setFillColor(grey)
        c.setFont("Helvetica", 6.5)
        c.drawString(
            left,
            22,
            "Active Scolbury, The Pavilion, Scolbury Sports Village, Scolbury SB3 7QT  |  "
            "clubgrants@activescolbury.example.org.uk  |  01632 960 318",
        )
        c.setStrokeColor(orange)
        c.setLineWidth(1.2)
        c.line(w / 2, h - 60, w / 2, 40)
        c.setLineWidth(1)
        c.setFillColor(colors.black)
        state["x"], state["y"] = left, h - 70

    def column(x: float) -> None:
        state["x"], state["y"] = x, h - 70

    def band(text: str) -> None:
        x, y = state["x"], state["y"]
        c.setFillColor(orange)
        c.rect(x, y - 4, colw, 15, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 4, y, text)
        c.setFillColor(colors.black)
        state["y"] = y - 20

    def lines(text_lines, size=7.5, font="Helvetica", gap=9.5) -> None:
        c.setFont(font, size)
        for t in text_lines:
            c.drawString(state["x"], state["y"], t)
            state["y"] -= gap

    def field(name, label, tip=None, height=13, maxlen=None, multiline=False, width=None):
        x = state["x"]
        c.setFont("Helvetica", 7.5)
        if isinstance(label, str):
            label = [label]
        for t in label:
            c.drawString(x, state["y"], t)
            state["y"] -= 9
        y = state["y"] - height + 6
        form.textfield(
            name=name,
            tooltip=tip or " ".join(label),
            x=x,
            y=y,
            width=width or colw,
            height=height,
            borderColor=grey,
            fillColor=pale,
            borderWidth=0.6,
            fontSize=8 if multiline else 9,
            fieldFlags="multiline" if multiline else "",
            maxlen=maxlen,
        )
        state["y"] = y - 12

    def radios(name, label, options) -> None:
        x = state["x"]
        c.setFont("Helvetica", 7.5)
        c.drawString(x, state["y"], label)
        state["y"] -= 12
        xx = x
        for value, text in options:
            form.radio(
                name=name,
                tooltip=label,
                value=value,
                selected=False,
                x=xx,
                y=state["y"] - 2,
                size=8,
                buttonStyle="circle",
                borderColor=grey,
                fillColor=pale,
                borderWidth=0.6,
            )
            c.drawString(xx + 11, state["y"], text)
            xx += 11 + c.stringWidth(text, "Helvetica", 7.5) + 12
        state["y"] -= 16

    def ticks(prefix, items, tip_prefix) -> None:
        x = state["x"]
        c.setFont("Helvetica", 7.5)
        for i, text in enumerate(items, 1):
            parts = text if isinstance(text, list) else [text]
            form.checkbox(
                name=f"{prefix}_{i}",
                tooltip=f"{tip_prefix}: {parts[0]}",
                x=x,
                y=state["y"] - 2,
                size=8,
                buttonStyle="check",
                borderColor=grey,
                fillColor=pale,
                borderWidth=0.6,
            )
            for t in parts:
                c.drawString(x + 12, state["y"], t)
                state["y"] -= 9
            state["y"] -= 3
        state["y"] -= 4

    def grid(prefix, heads, widths, rows) -> None:
        x0, y = state["x"], state["y"]
        c.setFont("Helvetica-Bold", 7)
        xx = x0
        for head, wd in zip(heads, widths, strict=False):
            c.drawString(xx, y, head)
            xx += wd
        y -= 4
        for r in range(1, rows + 1):
            y -= 14
            xx = x0
            for head, wd in zip(heads, widths, strict=False):
                key = head.split()[0].lower().strip("(£)")
                form.textfield(
                    name=f"{prefix}_{key}_{r}",
                    tooltip=f"{head}, row {r}",
                    x=xx,
                    y=y,
                    width=wd - 3,
                    height=12,
                    borderColor=grey,
                    fillColor=pale,
                    borderWidth=0.5,
                    fontSize=8,
                    maxlen=None,
                )
                xx += wd
        state["y"] = y - 14

    # ---------------------------------------------------------------- page 1
    page_top(1)
    lines(
        [
            "Grants of £300 to £3,000 for community sports clubs in Scolbury to buy",
            "equipment and to put volunteers through coaching, officiating and first",
            "aid courses. Funded by Sport England through Active Scolbury.",
        ],
        size=8.5,
        gap=11,
    )
    state["y"] -= 4
    lines(
        [
            "Fill in the form on screen, save it and email it to us. Work down the left",
            "column of each page and then the right. Boxes marked with a limit will",
            "stop you typing when it is reached.",
        ],
        size=7.5,
    )
    state["y"] -= 6
    band("A  Your club")
    field("club_name", "A1  Name of club")
    field("sport", "A2  Main sport")
    field("ngb", "A3  National governing body (NGB) you are affiliated to")
    field("ngb_number", "A4  NGB affiliation or club number", maxlen=20)
    field(
        "club_address", "A5  Address of the club's main ground or venue", height=26, multiline=True
    )
    field("club_postcode", "A6  Postcode", maxlen=8, width=90)
    radios(
        "clubmark",
        "A7  Does the club hold Clubmark or an NGB club accreditation?",
        (("yes", "Yes"), ("no", "No"), ("working", "Working towards it")),
    )
    field("members_total", "A8  Number of playing members", maxlen=5, width=90)
    field("members_junior", "A9  How many of them are under 18?", maxlen=5, width=90)

    column(right)
    band("B  Contact details")
    field("contact_name", "B1  Name of the person completing this form")
    field("contact_role", "B2  Their role in the club (for example secretary, treasurer)")
    field("contact_email", "B3  Email address")
    field("contact_phone", "B4  Telephone number", maxlen=15)
    field("welfare_name", "B5  Name of the club welfare officer")
    field("welfare_email", "B6  Welfare officer's email address")
    state["y"] -= 6
    lines(
        [
            "Who can apply",
            "",
            "Not-for-profit sports clubs based in Scolbury that are affiliated to their",
            "NGB, have a constitution, a bank account in the club's name and a club",
            "welfare officer. Clubs must hold public liability insurance of at least",
            "£5 million; most NGB affiliations include this. You do not need to send",
            "the certificate.",
            "",
            "We cannot fund clothing, kit for individual players, trophies, travel to",
            "away fixtures, or courses that have already started.",
        ],
    )

    c.showPage()
    # ---------------------------------------------------------------- page 2
    page_top(2)
    band("C  What the grant is for")
    c.setFont("Helvetica", 7.5)
    lines(["C1  What will the grant pay for? Tick one or both."])
    ticks("c1", ["Equipment", "Coaching, officiating or first aid courses"], "C1")
    field(
        "c2_describe",
        [
            "C2  Describe the equipment or courses and why the club needs",
            "them now. (max. 1,500 characters)",
        ],
        tip="C2 Describe the equipment or courses and why the club needs them now",
        height=150,
        maxlen=1500,
        multiline=True,
    )
    field(
        "c3_who",
        [
            "C3  Who will benefit? Tell us about people who are under-represented",
            "in your club, such as women and girls, disabled people or people on",
            "low incomes, and how the grant will help them take part.",
            "(max. 1,200 characters)",
        ],
        tip="C3 Who will benefit?",
        height=150,
        maxlen=1200,
        multiline=True,
    )

    column(right)
    band("C  continued")
    field(
        "c4_sustain",
        [
            "C4  How will the club keep the equipment in use, or keep the",
            "newly qualified volunteers active, after the grant? (up to 150 words)",
        ],
        tip="C4 How will the club keep the equipment in use or the volunteers active?",
        height=140,
        multiline=True,
    )
    lines(
        [
            "C5  Courses only: list each course, the volunteer who will take it",
            "and the course date. Leave blank if you are asking for equipment only.",
        ]
    )
    state["y"] += 2
    grid("c5", ["Course", "Volunteer", "Date"], [110, 90, 53], 4)
    state["y"] -= 4
    lines(
        [
            "Tip: NGB coaching courses are often cheaper if booked through us.",
            "Ask before you book.",
        ],
        font="Helvetica-Oblique",
    )

    c.showPage()
    # ---------------------------------------------------------------- page 3
    page_top(3)
    band("D  Costs")
    lines(
        [
            "D1  List each item or course and its cost. Include VAT unless the club can",
            "reclaim it.",
        ]
    )
    state["y"] += 2
    grid("d1", ["Item or course", "Supplier", "Cost (£)"], [120, 85, 48], 5)
    field("d2_total", "D2  Total cost (£)", maxlen=8, width=90)
    field("d3_grant", "D3  Grant requested (£300 to £3,000)", maxlen=8, width=90)
    field("d4_club", "D4  Amount the club will put in (£)", maxlen=8, width=90)
    lines(
        [
            "The club must find at least 25% of the total cost from its own funds or",
            "from another funder. We pay the other 75% up to £3,000.",
        ]
    )
    state["y"] -= 4
    field(
        "d5_why",
        ["D5  If the club cannot find 25% of the cost, explain why."],
        height=70,
        multiline=True,
    )

    column(right)
    band("E  Documents")
    lines(
        [
            "Email these with the form. Tick each one you are sending.",
        ]
    )
    lines(["Every club must send:"], font="Helvetica-Bold")
    ticks(
        "e",
        [
            "Club constitution or rules",
            [
                "Latest annual accounts, independently examined, or a statement of",
                "income and spending for the last year signed by the treasurer",
            ],
            "Club safeguarding policy",
        ],
        "Document enclosed",
    )
    lines(["Only if it applies to your club:"], font="Helvetica-Bold")
    ticks(
        "e_if",
        [
            [
                "If you are asking for equipment: one written quote for each item",
                "costing more than £100",
            ],
            [
                "If you are asking for courses: the booking confirmation or the",
                "NGB's course page for each course",
            ],
        ],
        "Document enclosed",
    )
    band("F  Declaration")
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=right,
        y=state["y"] - 2,
        size=8,
        buttonStyle="check",
        borderColor=grey,
        fillColor=pale,
        borderWidth=0.6,
    )
    state["x"] = right + 12
    lines(
        [
            "I confirm that the club's committee has agreed to this",
            "application, that the information is correct, and that any",
            "grant will be spent only on the items or courses listed.",
        ]
    )
    state["x"] = right
    state["y"] -= 4
    field("sign_name", "F1  Name")
    field("sign_position", "F2  Position in the club")
    field("sign_date", "F3  Date", maxlen=10, width=90)
    field("signature", "F4  Signature (type your name)")
    c.save()


# ---------------------------------------- Llanhelygen (text PDF, Welsh and English side by side)

LLANHELYGEN = [
    (
        "h",
        "1. Amdanom ni",
        "1. About us",
    ),
    (
        "p",
        "Mae Ymddiriedolaeth Celfyddydau Llanhelygen yn elusen fach sy'n rhedeg Canolfan yr "
        "Helygen ac yn rhoi grantiau i grwpiau cymunedol yn Llanhelygen a'r pentrefi o'i "
        "chwmpas. Daw'r arian ar gyfer y gronfa hon gan Gyngor Tref Llanhelygen a chan "
        "roddion gan bobl leol.",
        "Llanhelygen Arts Trust is a small charity that runs the Helygen Centre and gives "
        "grants to community groups in Llanhelygen and the villages around it. The money for "
        "this fund comes from Llanhelygen Town Council and from donations by local people.",
    ),
    ("h", "2. Beth yw'r Gronfa Creu Cymunedol?", "2. What is the Community Create Fund?"),
    (
        "p",
        "Mae'r gronfa'n rhoi grantiau o £1,000 hyd at £5,000 ar gyfer prosiectau celfyddydol "
        "sy'n dod â phobl at ei gilydd: cerddoriaeth, theatr, dawns, celf weledol, "
        "ysgrifennu, ffilm a chrefftau. Gall prosiectau fod yn Gymraeg, yn Saesneg neu'n "
        "ddwyieithog. Rhaid i'r gweithgaredd ddigwydd rhwng 1 Ebrill 2027 a 31 Mawrth 2028.",
        "The fund gives grants of £1,000 up to £5,000 for arts projects that bring people "
        "together: music, theatre, dance, visual art, writing, film and crafts. Projects can "
        "be in Welsh, in English or bilingual. The activity must take place between 1 April "
        "2027 and 31 March 2028.",
    ),
    ("h", "3. Pwy all wneud cais?", "3. Who can apply?"),
    (
        "p",
        "Gallwch wneud cais os ydych yn grŵp cymunedol gyda chyfansoddiad, yn elusen "
        "gofrestredig, yn sefydliad corfforedig elusennol (SCE) neu'n gwmni buddiant "
        "cymunedol (CBC). Rhaid i chi fod â chyfrif banc yn enw'r grŵp. Ni allwn roi grant i "
        "unigolion, i ysgolion nac i gyrff cyhoeddus, ond gallant fod yn bartneriaid yn eich "
        "prosiect.",
        "You can apply if you are a community group with a constitution, a registered "
        "charity, a charitable incorporated organisation (CIO) or a community interest "
        "company (CIC). You must have a bank account in the group's name. We cannot give a "
        "grant to individuals, schools or public bodies, but they can be partners in your "
        "project.",
    ),
    ("h", "4. Beth allwn ni ei ariannu?", "4. What can we fund?"),
    (
        "p",
        "Ffioedd artistiaid a hwyluswyr (rydym yn disgwyl i chi dalu o leiaf y cyfraddau a "
        "argymhellir gan yr undebau), llogi lleoliad, deunyddiau, cyfieithu, hygyrchedd (er "
        "enghraifft dehonglwyr BSL neu sain ddisgrifiad), cyhoeddusrwydd a chostau teithio "
        "cyfranogwyr. Ni allwn ariannu offer sy'n costio mwy na £1,000 yr eitem, gwaith sydd "
        "eisoes wedi dechrau, na chostau rhedeg arferol eich grŵp.",
        "Artists' and facilitators' fees (we expect you to pay at least the rates the unions "
        "recommend), venue hire, materials, translation, access (for example BSL interpreters "
        "or audio description), publicity and participants' travel. We cannot fund equipment "
        "costing more than £1,000 an item, work that has already started, or your group's "
        "normal running costs.",
    ),
    ("h", "5. Arian cyfatebol", "5. Match funding"),
    (
        "p",
        "Rhaid i chi ddod o hyd i o leiaf 10% o gyfanswm cost y prosiect o ffynonellau eraill. "
        "Gall hyn fod yn arian eich grŵp, incwm o docynnau, grant arall, neu gyfraniadau mewn "
        "nwyddau fel amser gwirfoddolwyr (£12 yr awr) neu leoliad am ddim.",
        "You must find at least 10% of the total cost of the project from other sources. "
        "This can be your group's own money, ticket income, another grant, or in-kind "
        "contributions such as volunteer time (£12 an hour) or a free venue.",
    ),
    ("h", "6. Sut i wneud cais", "6. How to apply"),
    (
        "p",
        "Gwnewch gais ar-lein yn helygen.example.cymru/creu, yn Gymraeg neu'n Saesneg. Bydd "
        "y ffurflen yn gofyn i chi ddisgrifio'ch prosiect (hyd at 300 gair), pwy fydd yn "
        "cymryd rhan (hyd at 200 gair), sut y byddwch yn defnyddio'r Gymraeg (hyd at 150 "
        "gair) a sut y byddwch yn gwybod bod y prosiect wedi llwyddo (hyd at 150 gair), a "
        "gofyn am gyllideb syml. Nid oes angen i chi ysgrifennu'r atebion yma.",
        "Apply online at helygen.example.cymru/create, in Welsh or English. The form will ask "
        "you to describe your project (up to 300 words), who will take part (up to 200 "
        "words), how you will use the Welsh language (up to 150 words) and how you will know "
        "the project has worked (up to 150 words), and ask for a simple budget. You do not "
        "need to write the answers here.",
    ),
    (
        "p",
        "Os yw'n well gennych wneud cais ar bapur neu drwy fideo, ffoniwch ni ar 01632 960 "
        "812. Mae croeso i chi ysgrifennu yn Gymraeg; ni fydd hyn yn arwain at oedi.",
        "If you would rather apply on paper or by video, call us on 01632 960 812. You are "
        "welcome to write in Welsh; this will not lead to any delay.",
    ),
    ("h", "7. Dogfennau i'w hanfon", "7. Documents to send"),
    (
        "p",
        "Rhaid i bob ymgeisydd lwytho'r dogfennau hyn i fyny gyda'r ffurflen:",
        "Every applicant must upload these documents with the form:",
    ),
    (
        "b",
        "• eich dogfen lywodraethu (cyfansoddiad, rheolau neu erthyglau), wedi'i llofnodi;",
        "• your governing document (constitution, rules or articles), signed;",
    ),
    (
        "b",
        "• eich cyfrifon blynyddol diweddaraf. Nid oes rhaid iddynt fod wedi'u harchwilio "
        "na'u harchwilio'n annibynnol; mae datganiad incwm a gwariant wedi'i lofnodi gan "
        "eich trysorydd yn iawn;",
        "• your latest annual accounts. They do not need to be audited or independently "
        "examined; a statement of income and spending signed by your treasurer is fine;",
    ),
    (
        "b",
        "• eich polisi diogelu.",
        "• your safeguarding policy.",
    ),
    (
        "p",
        "Rhaid i rai ymgeiswyr anfon hefyd:",
        "Some applicants must also send:",
    ),
    (
        "b",
        "• os yw'r prosiect yn costio mwy na £3,000: cyllideb fanwl ar ein templed;",
        "• if the project costs more than £3,000: a detailed budget on our template;",
    ),
    (
        "b",
        "• os bydd y gweithgaredd yn digwydd yn yr awyr agored neu mewn adeilad nad yw'n "
        "eiddo i chi: caniatâd ysgrifenedig gan y perchennog.",
        "• if the activity will take place outdoors or in a building you do not own: "
        "written permission from the owner.",
    ),
    ("h", "8. Yswiriant a pholisïau", "8. Insurance and policies"),
    (
        "p",
        "Rhaid i bob grŵp fod ag yswiriant atebolrwydd cyhoeddus o £5 miliwn o leiaf ar "
        "gyfer y gweithgaredd. Nid oes angen i chi anfon y dystysgrif, ond efallai y byddwn "
        "yn gofyn i'w gweld.",
        "Every group must hold public liability insurance of at least £5 million for the "
        "activity. You do not need to send the certificate, but we may ask to see it.",
    ),
    (
        "p",
        "Rhaid bod gennych bolisi cyfle cyfartal hefyd. Nid oes angen i chi ei anfon gyda'r cais.",
        "You must also have an equal opportunities policy. You do not need to send it with "
        "the application.",
    ),
    ("h", "9. Y Gymraeg", "9. The Welsh language"),
    (
        "p",
        "Rydym yn disgwyl i bob prosiect a ariennir gennym ddefnyddio'r Gymraeg mewn ffordd "
        "sy'n addas iddo: cyhoeddusrwydd dwyieithog o leiaf, ac os yn bosibl, gweithgareddau "
        "yn Gymraeg neu'n ddwyieithog. Gall Menter Iaith Llanhelygen eich helpu â chyfieithu "
        "am ddim.",
        "We expect every project we fund to use the Welsh language in a way that suits it: "
        "bilingual publicity at least, and if possible, activities in Welsh or bilingual. "
        "Menter Iaith Llanhelygen can help you with translation free of charge.",
    ),
    ("h", "10. Sut rydym yn penderfynu", "10. How we decide"),
    (
        "p",
        "Mae panel o ymddiriedolwyr, artistiaid lleol a chynrychiolydd o Gyngor y Dref yn "
        "darllen pob cais. Maent yn edrych am bedwar peth: bod pobl leol wedi helpu i "
        "gynllunio'r prosiect; ansawdd y gwaith creadigol; bod y costau'n rhesymol ac yn "
        "talu artistiaid yn deg; a defnydd y prosiect o'r Gymraeg. Byddwn yn rhoi gwybod i "
        "chi o fewn wyth wythnos i'r dyddiad cau.",
        "A panel of trustees, local artists and a representative of the Town Council reads "
        "every application. They look for four things: that local people have helped to "
        "plan the project; the quality of the creative work; that the costs are reasonable "
        "and pay artists fairly; and the project's use of the Welsh language. We will let "
        "you know within eight weeks of the closing date.",
    ),
    ("h", "11. Os byddwch yn cael grant", "11. If you get a grant"),
    (
        "p",
        "Byddwn yn anfon cytundeb grant atoch i'w lofnodi a ffurflen manylion banc. Byddwn "
        "yn talu 90% o'r grant ar y dechrau a'r 10% olaf pan fyddwn wedi cael eich adroddiad "
        "diwedd prosiect, o fewn deufis i ddiwedd y gweithgaredd.",
        "We will send you a grant agreement to sign and a bank details form. We will pay 90% "
        "of the grant at the start and the last 10% when we have received your end of "
        "project report, within two months of the end of the activity.",
    ),
    ("h", "12. Cwestiynau cyffredin", "12. Common questions"),
    (
        "q",
        "Ydyn ni'n gallu gwneud cais am fwy nag un prosiect?",
        "Can we apply for more than one project?",
    ),
    (
        "p",
        "Na. Un cais i bob grŵp ym mhob rownd.",
        "No. One application per group in each round.",
    ),
    (
        "q",
        "Ydy'r Ymddiriedolaeth yn talu TAW?",
        "Does the Trust pay VAT?",
    ),
    (
        "p",
        "Os na allwch hawlio'r TAW yn ôl, cynhwyswch hi yn eich costau.",
        "If you cannot reclaim the VAT, include it in your costs.",
    ),
    (
        "q",
        "Rydyn ni'n grŵp newydd heb gyfrifon. Ydyn ni'n gallu gwneud cais?",
        "We are a new group with no accounts. Can we apply?",
    ),
    (
        "p",
        "Ddim eto. Rhaid i chi fod wedi bod yn rhedeg am flwyddyn ac wedi paratoi un set o "
        "gyfrifon. Siaradwch â ni am grantiau bach eraill a allai eich helpu i ddechrau.",
        "Not yet. You must have been running for a year and have prepared one set of "
        "accounts. Talk to us about other small grants that could help you get started.",
    ),
    ("h", "13. Cysylltu â ni", "13. Contact us"),
    (
        "p",
        "Ymddiriedolaeth Celfyddydau Llanhelygen, Canolfan yr Helygen, Stryd y Bont, "
        "Llanhelygen LH4 2BN. Ffôn 01632 960 812. E-bost creu@helygen.example.cymru. Rydym "
        "yn croesawu galwadau yn Gymraeg.",
        "Llanhelygen Arts Trust, Helygen Centre, Bridge Street, Llanhelygen LH4 2BN. "
        "Telephone 01632 960 812. Email create@helygen.example.cymru. We welcome calls in "
        "Welsh.",
    ),
]


def llanhelygen() -> None:
    """An arts trust's bilingual guidance note: Welsh in the left column, English in the right."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", fonts + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", fonts + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Oblique", fonts + "DejaVuSans-Oblique.ttf"))
    teal = colors.HexColor("#0B5D6B")
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=13.5)
    en = ParagraphStyle("en", parent=body, textColor=colors.HexColor("#333333"))
    head = ParagraphStyle(
        "h", parent=body, fontName="DejaVu-Bold", fontSize=11.5, leading=15, textColor=teal
    )
    q = ParagraphStyle("q", parent=body, fontName="DejaVu-Oblique")
    bul = ParagraphStyle("bul", parent=body, leftIndent=8)
    styles = {"h": (head, head), "p": (body, en), "b": (bul, bul), "q": (q, q)}
    out = HERE / "llanhelygen-arts-trust-community-create-fund-guidance-note.pdf"
    story = [
        Paragraph(
            "Cronfa Creu Cymunedol 2027–28",
            ParagraphStyle("t", parent=head, fontSize=20, leading=25),
        ),
        Paragraph(
            "Community Create Fund 2027–28",
            ParagraphStyle("t2", parent=head, fontSize=16, leading=21, textColor=colors.grey),
        ),
        Spacer(1, 6),
        Paragraph(
            "Nodyn cyfarwyddyd i ymgeiswyr  /  Guidance note for applicants.  "
            "Dyddiad cau / Closing date: 26.02.2027",
            body,
        ),
        Spacer(1, 10),
    ]
    rows = [[Paragraph("<b>Cymraeg</b>", body), Paragraph("<b>English</b>", en)]]
    for kind, cy, english in LLANHELYGEN:
        st_cy, st_en = styles[kind]
        rows.append([Paragraph(cy, st_cy), Paragraph(english, st_en)])
    t = Table(rows, colWidths=[85 * mm, 85 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, teal),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.HexColor("#9BBFC5")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story.append(t)

    def on_page(canvas_, doc_):
        canvas_.saveState()
        canvas_.setFont("DejaVu", 7.5)
        canvas_.setFillColor(teal)
        canvas_.drawString(
            20 * mm,
            12 * mm,
            "Ymddiriedolaeth Celfyddydau Llanhelygen  ·  Llanhelygen Arts Trust  ·  "
            "Elusen gofrestredig / Registered charity 1167342",
        )
        canvas_.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Tudalen / Page {doc_.page}")
        canvas_.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title="Cronfa Creu Cymunedol / Community Create Fund: nodyn cyfarwyddyd / guidance note",
        author="Ymddiriedolaeth Celfyddydau Llanhelygen / Llanhelygen Arts Trust",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main() -> None:
    cranleath()
    meldrith()
    scolbury()
    llanhelygen()


if __name__ == "__main__":
    main()
