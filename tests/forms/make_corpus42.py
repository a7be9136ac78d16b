"""Build set 42's Word and PDF documents (small grants, micro-grants and participatory
budgeting).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus42.py
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


def _p_shade(par, fill: str) -> None:
    """Shade a whole paragraph (pPr/shd), the way a form designer marks a prompt."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    p_pr.append(shd)


def _p_rule(par) -> None:
    """Give an empty paragraph a bottom border: a ruled line to write on."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "4")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "7F7F7F")
    bdr.append(bottom)
    p_pr.append(bdr)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _set(cell, text: str, bold: bool = False, italic: bool = False):
    par = cell.paragraphs[0]
    par.text = ""
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    return par


def _columns(section, num: int) -> None:
    """Set newspaper columns on a section (sectPr/cols), as a leaflet designer does."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")
    sect_pr.append(cols)


# ------------------------------------------------------------- Kittlewell (docx)


def kittlewell() -> None:
    """A one-page micro-grant form whose answer lines are tab stops with dot leaders: each
    line is a paragraph holding only a tab character."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    d = _new("Neighbourhood Micro-grants application", "Kittlewell Parish Council", "Verdana", 9)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.3)
    right = Cm(17.8)

    def para(text: str = "", bold: bool = False, italic: bool = False, size=None):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        return p

    def dotted(label: str = "", bold: bool = False):
        p = para()
        if label:
            r = p.add_run(label + " ")
            r.bold = bold
        p.add_run("\t")
        stops = p.paragraph_format.tab_stops
        stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(5)
        return p

    para("Kittlewell Parish Council", bold=True, size=14)
    para("Neighbourhood Micro-grants: £250 or £500   |   one-page application", bold=True, size=11)
    para(
        "For a few neighbours who want to do something good for their street or village: a "
        "street party, a planter, a litter pick kit, a film night. You do not need to be a "
        "registered group or have a constitution. We can pay the whole cost: you don't need to "
        "find other money. Decisions within three weeks. Return to the Clerk, The Reading Room, "
        "Church Lane, Kittlewell KT7 4PL, or microgrants@kittlewell.example.gov.uk.",
        size=8.5,
    )
    p = para("About you", bold=True, size=10)
    p.paragraph_format.space_before = Pt(6)
    for lab in (
        "Name of your group (or street)",
        "Your name",
        "Your address",
        "Phone",
        "Email",
        "Date of your activity",
    ):
        dotted(lab)
    para(f"Amount you are asking for:   {BOX} £250     {BOX} £500")

    p = para("Your idea", bold=True, size=10)
    p.paragraph_format.space_before = Pt(6)
    para("1.  What do you want to do, and where?  (no more than 100 words)", bold=True)
    for _ in range(5):
        dotted()
    para("2.  Who will take part or benefit?  (50 words)", bold=True)
    for _ in range(3):
        dotted()
    para("3.  What will you spend the money on?", bold=True)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "Item", bold=True)
    _set(t.rows[0].cells[1], "Cost £", bold=True)
    _set(t.rows[4].cells[0], "Total", bold=True)
    for r in t.rows:
        r.cells[0].width, r.cells[1].width = Cm(13.0), Cm(4.8)
    para("4.  How will you tell your neighbours about it?", bold=True)
    for _ in range(3):
        dotted()

    p = para("Please send with this form", bold=True, size=10)
    p.paragraph_format.space_before = Pt(6)
    para(
        "\u2022 a photo or copy of a recent bank statement for the account the money will go "
        "into (it can be the account of a group that holds money for you, such as your "
        "residents' association or church);"
    )
    para(
        "\u2022 if anything you are buying costs more than £100, a screenshot or link showing "
        "its price."
    )
    para("We don't need accounts, a constitution or any policies.", italic=True)
    para(
        f"{BOX} I will send two photos and a few lines about how it went within eight weeks "
        "of the activity."
    )
    p = dotted("Signed")
    p = dotted("Date")
    out = HERE / "kittlewell-neighbourhood-micro-grants-one-page.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ------------------------------------------------------------ Brudenholme (docx)


def brudenholme() -> None:
    """Guidance for unconstituted groups applying through a host organisation: a one-column
    opening, then a two-column (newspaper) section, and a "who sends what" table."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Cm, Pt

    d = _new(
        "Small Sparks Fund: guidance for groups without a constitution",
        "Brudenholme Council for Voluntary Service",
        "Georgia",
        10.5,
    )
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.footer.paragraphs[0].text = (
        "Brudenholme CVS, 14 Tanner Row, Brudenholme BH3 6QR  |  sparks@brudenholmecvs."
        "example.org.uk  |  Registered charity 1100000"
    )

    def para(text: str, bold: bool = False, italic: bool = False, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    def bullet(text: str):
        return d.add_paragraph(text, style="List Bullet")

    d.add_heading("Small Sparks Fund", level=0)
    para("Grants of £100 to £1,000 for informal community groups", bold=True, size=13)
    para(
        "Guidance for groups that do not have a constitution, applying with a host "
        "organisation. Brudenholme CVS runs the Small Sparks Fund for Brudenholme District "
        "Council and the Brudenholme Community Foundation. Read this before you fill in the "
        "online form. Round 4 opens on 6 January 2027; after that you can apply at any time "
        "until the money runs out.",
        italic=True,
    )
    sec2 = d.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec2, 2)

    d.add_heading("Who can apply?", level=2)
    para(
        "Any group of at least three people who live, work or volunteer in Brudenholme "
        "district and want to do something together for their community: a knit-and-natter "
        "group, a WhatsApp street group, a parents' football team, a mosque sisters' circle. "
        "You do not need a constitution, a committee or a bank account. If you do have a "
        "constitution and a bank account, apply to the Community Chest instead."
    )
    d.add_heading("What is a host organisation?", level=2)
    para(
        "A host organisation is a constituted group or charity that agrees to receive the "
        "grant for you, pay your bills from it, and make sure the money is spent on what you "
        "said. Many groups ask a tenants' association, a church, a school PTA or a bigger "
        "charity they already know. If you cannot find a host, the CVS can host up to ten "
        "groups a round: tick the box on the form."
    )
    para(
        "Your host does not run your project and does not have to agree with everything you "
        "do, but it is responsible to us for the money. It must have been running for at "
        "least a year."
    )
    d.add_heading("What can we pay for?", level=2)
    for t in (
        "equipment and materials;",
        "room hire and refreshments;",
        "small costs of getting started, such as printing leaflets;",
        "training for group members, such as first aid.",
    ):
        bullet(t)
    para(
        "We cannot pay for alcohol, for things that only benefit one person, or for anything "
        "you have already bought. You do not need to find any other money: a Small Sparks "
        "grant can pay for the whole of your project."
    )
    d.add_heading("What does the form ask?", level=2)
    para(
        "The online form asks five short questions about your group and your idea, each with "
        "a word limit of 150 words or less, and asks for your host's details. Most groups "
        "take about half an hour. You can ask the CVS to fill it in with you over the phone."
    )
    d.add_heading("Keeping people safe", level=2)
    para(
        "If your group's activity involves children or adults at risk, you will need to "
        "follow your host organisation's safeguarding policy, and at least one member of "
        "your group who leads the activity must have an enhanced DBS check. The host can "
        "arrange the check; the CVS can pay for it from your grant."
    )
    d.add_heading("Insurance", level=2)
    para(
        "Your activity must be covered by public liability insurance of at least £5 million. "
        "Usually your host's policy will cover you, but check with them: some policies only "
        "cover the host's own activities."
    )

    sec3 = d.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec3, 1)
    d.add_heading("What you need to send, and who sends it", level=2)
    para(
        "Upload these with the online form. The documents in the right-hand column come from "
        "your host organisation: ask them early, as their committee may need to agree."
    )
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    _set(t.rows[0].cells[0], "From your group", bold=True)
    _set(t.rows[0].cells[1], "From your host organisation", bold=True)
    _shade(t.rows[0].cells[0], "FDE9C9")
    _shade(t.rows[0].cells[1], "FDE9C9")
    rows = (
        (
            "A simple set of group rules or a terms of reference, signed by three members. "
            "There is a one-page template on our website.",
            "The Host Agreement form, signed by the host's chair or treasurer.",
        ),
        (
            "A breakdown of what you will spend the grant on.",
            "The host's latest annual accounts. They do not need to be independently "
            "examined: accounts signed by the host's treasurer are fine.",
        ),
        ("", "The host's safeguarding policy."),
        ("", "A copy of the host's public liability insurance certificate."),
        (
            "If your activity involves children or adults at risk: the name of the person "
            "leading it and the date of their enhanced DBS check.",
            "If the host is a registered charity, nothing else. If it is not, a copy of its "
            "constitution.",
        ),
        (
            "If you are buying a single item costing more than £250: a quote or a screenshot "
            "of its price.",
            "",
        ),
    )
    for r, (a, b) in zip(t.rows[1:], rows, strict=False):
        _set(r.cells[0], a)
        _set(r.cells[1], b)
    d.add_heading("What happens next?", level=2)
    para(
        "A panel of local people meets every six weeks and looks at every complete "
        "application received at least two weeks before it meets. We pay the grant to your "
        "host within ten working days of a yes. Within two months of your activity, send us "
        "a few photos and a short note of how it went; your host sends receipts for anything "
        "over £50."
    )
    d.add_heading("Need help?", level=2)
    para(
        "Phone the CVS on 01632 960 733 (Monday to Thursday, 10am to 3pm) or email "
        "sparks@brudenholmecvs.example.org.uk. We can talk to a possible host organisation "
        "for you."
    )
    out = HERE / "brudenholme-small-sparks-fund-unconstituted-groups-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


# ----------------------------------------------------------- Orchardleigh (fillable pdf)


def orchardleigh() -> None:
    """A crowdfunding match fund application as a landscape fillable PDF in two columns:
    details left, questions right, then a page of enclosure check boxes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "orchardleigh-crowd-match-fund-application.pdf"
    size = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=size, invariant=1)
    c.setTitle("Orchardleigh Crowd Match: application for a council pledge")
    c.setAuthor("Orchardleigh City Council - Communities")
    c.setSubject("Crowdfunding match fund")
    w, h = size
    form = c.acroForm
    coral = colors.HexColor("#C8553D")
    pale = colors.HexColor("#FFF4EC")

    def txt(x, y, t, width, size=8.5, font="Helvetica", leading=10.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def tf(name, tip, x, y, width, height=14, maxlen=None, multi=False):
        kw = {"maxlen": maxlen} if maxlen is not None else {"maxlen": 0}
        form.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=width,
            height=height,
            borderColor=coral,
            fillColor=pale,
            borderWidth=0.7,
            fontSize=0 if multi else 9,
            fieldFlags="multiline" if multi else "",
            **kw,
        )

    def band(x, y, width, t):
        c.setFillColor(coral)
        c.rect(x, y - 4, width, 15, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 4, y, t)
        c.setFillColor(colors.black)

    # page 1
    c.setFont("Helvetica-Bold", 17)
    c.drawString(36, h - 44, "Orchardleigh Crowd Match")
    c.setFont("Helvetica", 10)
    c.drawString(
        36, h - 60, "Ask the council to pledge to your crowdfunder  |  Application form 2027"
    )
    txt(
        430,
        h - 36,
        "The council will pledge up to half of your crowdfunding target, up to £5,000, to "
        "community projects that make Orchardleigh greener, fairer or more connected. At least "
        "half of your target must come from the crowd, and at least 25 different people must "
        "have backed you before we pledge. Email this form to crowdmatch@orchardleigh.example."
        "gov.uk once your crowdfunding page is live.",
        370,
    )
    lx, lw = 36, 370
    rx, rw = 430, w - 430 - 36
    band(lx, h - 100, lw, "Part 1  Your group and your crowdfunder")
    y = h - 124
    for name, lab, ml in (
        ("group", "Name of your group", 80),
        ("contact", "Contact name", 60),
        ("email", "Email", 80),
        ("phone", "Phone", 20),
        ("page", "Link to your crowdfunding page", 200),
        ("target", "Crowdfunding target (£)", 8),
        ("pledged", "Pledged so far (£)", 8),
        ("backers", "Number of backers so far", 5),
        ("closes", "Date your crowdfunder closes", 10),
    ):
        c.setFont("Helvetica", 8.5)
        c.drawString(lx, y + 4, lab)
        tf(name, lab, lx + 160, y, lw - 160, maxlen=ml)
        y -= 21
    c.drawString(lx, y + 4, "Your group is")
    for i, opt in enumerate(
        (
            "constituted (it has a constitution or rules)",
            "not constituted: a host organisation will hold the money",
        )
    ):
        form.radio(
            name="status",
            tooltip="Group status",
            value=f"s{i}",
            selected=False,
            x=lx + 160,
            y=y - i * 14,
            size=9,
            buttonStyle="circle",
            borderColor=coral,
            fillColor=colors.white,
        )
        c.drawString(lx + 173, y - i * 14 + 2, opt)
    y -= 36
    c.drawString(lx, y + 4, "Host organisation (if you have one)")
    tf("host", "Host organisation name", lx + 160, y, lw - 160, maxlen=80)

    band(rx, h - 100, rw, "Part 2  Your project")
    y = h - 122
    qs = (
        (
            "q1",
            "1. Describe your project and what the money will pay for. (max 1,200 characters)",
            1200,
            96,
        ),
        (
            "q2",
            "2. Who in Orchardleigh will benefit, and how do you know they want it? "
            "(max 900 characters)",
            900,
            78,
        ),
        (
            "q3",
            "3. How will you persuade at least 25 different people to back your crowdfunder?",
            600,
            60,
        ),
        ("q4", "4. What will you do if your crowdfunder does not reach its target?", None, 60),
    )
    for name, lab, ml, hh in qs:
        y = txt(rx, y, lab, rw, font="Helvetica-Bold")
        tf(name, lab, rx, y - hh + 8, rw, height=hh, maxlen=ml, multi=True)
        y -= hh + 8
    c.setFont("Helvetica", 7.5)
    c.drawString(36, 20, "Orchardleigh Crowd Match application  -  page 1 of 2")
    c.showPage()

    # page 2
    band(36, h - 44, w - 72, "Part 3  Documents  (tick each one you are sending)")
    y = h - 70
    docs = (
        (
            "d1",
            "Your constitution or set of rules or, if you are not constituted, your host "
            "organisation's constitution (every group).",
        ),
        ("d2", "If a host organisation will hold the money: a letter from it agreeing to do so."),
        ("d3", "A breakdown of your project's costs, matching your crowdfunding page."),
        (
            "d4",
            "Your group's latest accounts. A simple income and spending sheet signed by your "
            "treasurer is fine. Groups less than a year old can send their last bank "
            "statement instead.",
        ),
        (
            "d5",
            "If your project is on land or in a building you do not own: the owner's "
            "written permission.",
        ),
        ("d6", "If your project involves children or adults at risk: your safeguarding policy."),
    )
    for name, lab in docs:
        form.checkbox(
            name=name,
            tooltip=lab,
            x=40,
            y=y - 2,
            size=10,
            buttonStyle="check",
            borderColor=coral,
            fillColor=colors.white,
        )
        y = txt(58, y, lab, w - 130, size=9) - 6
    y -= 6
    y = txt(
        36,
        y,
        "Insurance: every project must hold public liability insurance of at least £5 million "
        "by the time it starts. You do not need to send the certificate now.",
        w - 72,
        size=9,
    )
    y -= 10
    band(36, y, w - 72, "Part 4  Declaration")
    y -= 24
    form.checkbox(
        name="declare",
        tooltip="Declaration",
        x=40,
        y=y - 2,
        size=10,
        buttonStyle="check",
        borderColor=coral,
        fillColor=colors.white,
    )
    y = txt(
        58,
        y,
        "We will use any pledge only for the project on our crowdfunding page, and we agree "
        "that the council's pledge is only paid if the crowdfunder reaches its target.",
        w - 130,
        size=9,
    )
    y -= 14
    for name, lab in (("signame", "Name"), ("signature", "Signature"), ("sigdate", "Date")):
        c.setFont("Helvetica", 9)
        c.drawString(40, y + 4, lab)
        tf(name, lab, 120, y, 260, maxlen=60)
        y -= 22
    c.setFont("Helvetica", 7.5)
    c.drawString(36, 20, "Orchardleigh Crowd Match application  -  page 2 of 2")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- Hoxbury (text pdf)


def hoxbury() -> None:
    """A youth participatory budgeting pitch form, four pages: a two-column leaflet page on
    how the vote works, then the form with answer boxes drawn as rectangles."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hoxbury-youth-decides-pitch-form.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Hoxbury Youth Decides 2027 - pitch form")
    c.setAuthor("Hoxbury Youth Council")
    w, h = A4
    purple = colors.HexColor("#5B2A86")
    yellow = colors.HexColor("#FFD23F")
    x0, x2 = 44, w - 44
    st = {"y": 0, "page": 1}

    def txt(x, y, t, width, size=9.5, font="Helvetica", leading=12.5):
        c.setFont(font, size)
        for ln in simpleSplit(t, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        return y

    def foot():
        c.setFont("Helvetica", 7.5)
        c.setFillColor(purple)
        c.drawString(x0, 22, "Hoxbury Youth Decides 2027")
        c.drawRightString(x2, 22, f"{st['page']} / 4")
        c.setFillColor(colors.black)

    def newpage():
        foot()
        c.showPage()
        st["page"] += 1
        st["y"] = h - 50

    def head(t):
        c.setFillColor(purple)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(x0, st["y"], t)
        c.setFillColor(colors.black)
        st["y"] -= 18

    def label_box(label, height=16, lw=200):
        c.setFont("Helvetica", 9.5)
        c.drawString(x0, st["y"] + 4, label)
        c.rect(x0 + lw, st["y"], x2 - x0 - lw, height)
        st["y"] -= height + 8

    def question(t, height):
        st["y"] = txt(x0, st["y"], t, x2 - x0, font="Helvetica-Bold")
        c.rect(x0, st["y"] - height + 8, x2 - x0, height)
        st["y"] -= height + 6

    # page 1: leaflet, two columns
    c.setFillColor(purple)
    c.rect(0, h - 120, w, 120, stroke=0, fill=1)
    c.setFillColor(yellow)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(x0, h - 62, "Hoxbury Youth Decides")
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 13)
    c.drawString(x0, h - 86, "£20,000 for young people's ideas. You pitch. Young people vote.")
    c.setFillColor(colors.black)
    colw = (x2 - x0 - 24) / 2
    left = (
        (
            "How it works",
            "1. Send us your pitch form by 5 March 2027. 2. Come to Pitch Night on "
            "22 March at the Corn Exchange and tell everyone about your idea in three minutes (or "
            "send a three-minute video). 3. Young people aged 11 to 19 who live or go to school in "
            "Hoxbury vote, at Pitch Night, in schools and online, from 22 to 29 March. 4. The "
            "ideas with the most votes are funded, in order, until the £20,000 runs out.",
        ),
        (
            "How much?",
            "Between £300 and £2,000 for each idea. You do not need any other money to go with it.",
        ),
        (
            "Who can pitch?",
            "Any group of young people aged 11 to 19, with an adult organisation "
            "that supports them: a youth club, school, uniformed group, sports club, faith group "
            "or charity. The adult organisation receives the money for you and must have a "
            "safeguarding policy and public liability insurance of at least £5 million.",
        ),
    )
    right = (
        (
            "What ideas can win?",
            "Ideas led by young people that make Hoxbury better for young "
            "people: a skate jam, a mental health peer group, a girls' football session, a "
            "repair café, a mural. We cannot fund trips abroad, things for one person, or ideas "
            "that make a profit.",
        ),
        (
            "Voting",
            "Every voter has three votes and cannot vote for their own group's idea. "
            "Votes are counted by the Youth Council's returning officers and two adults from "
            "Hoxbury Council for Voluntary Service.",
        ),
        (
            "Help",
            "Our youth workers can help you fill in this form or plan your pitch. Message "
            "@hoxburyyouthdecides, phone 01632 960 582 or email decides@hoxbury.example.gov.uk.",
        ),
    )
    for col, items in ((x0, left), (x0 + colw + 24, right)):
        y = h - 150
        for title, body in items:
            c.setFillColor(purple)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(col, y, title)
            c.setFillColor(colors.black)
            y = txt(col, y - 15, body, colw) - 12
    st["y"] = 150
    c.setFillColor(yellow)
    c.rect(x0, 70, x2 - x0, 80, stroke=0, fill=1)
    c.setFillColor(colors.black)
    txt(
        x0 + 10,
        130,
        "Pages 2 and 3 are the pitch form. Page 4 is for the adult organisation "
        "and, if the lead young person is under 16, their parent or carer. Hand the form in at "
        "any Hoxbury library or youth centre, or email a scan or photos of it.",
        x2 - x0 - 20,
        size=10.5,
        font="Helvetica-Bold",
        leading=13.5,
    )
    newpage()

    # page 2
    head("Part A  About you")
    for lab in (
        "Name of your group",
        "Name of the lead young person",
        "Their age",
        "Supporting adult's name",
        "Adult organisation",
        "Adult's phone number",
        "Adult's email address",
        "Idea title (goes on the voting paper)",
    ):
        label_box(lab)
    st["y"] -= 6
    head("Part B  Your idea")
    question(
        "B1  Your idea in 30 words. (This is printed on the voting paper under your "
        "title, so make every word count.)",
        40,
    )
    question("B2  What is your idea, and why does Hoxbury need it? (up to 250 words)", 170)
    question(
        "B3  How are young people leading the idea, and who else will take part? (up to 150 words)",
        110,
    )
    newpage()

    # page 3
    question("B4  What will happen once the money has been spent? Will the idea carry on?", 110)
    st["y"] -= 4
    head("Part C  Money")
    c.setFont("Helvetica", 9)
    c.drawString(x0, st["y"], "C1  What will you spend the money on?")
    st["y"] -= 8
    rowh = 16
    cols = (x0, x0 + 330, x2)
    heads = ("Item", "Cost (£)")
    c.setFillColor(colors.HexColor("#EDE4F5"))
    c.rect(x0, st["y"] - rowh, x2 - x0, rowh, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for i in range(7):
        yy = st["y"] - rowh * (i + 1)
        c.rect(cols[0], yy, cols[1] - cols[0], rowh)
        c.rect(cols[1], yy, cols[2] - cols[1], rowh)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0 + 4, st["y"] - 12, heads[0])
    c.drawString(cols[1] + 4, st["y"] - 12, heads[1])
    c.drawString(x0 + 4, st["y"] - rowh * 7 + 4, "Total")
    st["y"] -= rowh * 7 + 16
    label_box("C2  How much are you asking for? £", lw=200)
    st["y"] -= 4
    head("Part D  Pitch Night")
    c.setFont("Helvetica", 9.5)
    c.drawString(
        x0,
        st["y"],
        "D1  How will you pitch?    [  ] In person on 22 March    [  ] By a three-minute video",
    )
    st["y"] -= 16
    c.drawString(x0, st["y"], "D2  Do you need any of these to pitch? (tick all that apply)")
    st["y"] -= 14
    c.drawString(
        x0 + 24,
        st["y"],
        "[  ] Step-free access    [  ] An interpreter    "
        "[  ] A hearing loop    [  ] A quiet room to wait in",
    )
    st["y"] -= 24
    head("Part E  What to send with this form")
    for t in (
        "The adult organisation's safeguarding policy.",
        "A recent bank statement for the account the money will be paid into (the adult "
        "organisation's account). We do not ask for accounts.",
        "If your idea includes a trip or a physical activity: a risk assessment.",
        "If you are buying anything that costs more than £250: a quote or a screenshot of "
        "the price.",
    ):
        st["y"] = txt(x0 + 10, st["y"], "\u2022  " + t, x2 - x0 - 10) - 3
    newpage()

    # page 4
    head("Part F  Parent or carer (only if the lead young person is under 16)")
    st["y"] = (
        txt(
            x0,
            st["y"],
            "I agree to my child leading this idea and pitching it at Pitch Night or by video.",
            x2 - x0,
        )
        - 6
    )
    label_box("Parent or carer's name")
    label_box("Signature")
    st["y"] -= 8
    head("Part G  Adult organisation")
    st["y"] = (
        txt(
            x0,
            st["y"],
            "We support this idea. If it wins, we will receive the money, "
            "spend it only on the idea, keep the young people safe under our "
            "safeguarding policy, and send the Youth Council receipts and a short "
            "report within three months.",
            x2 - x0,
        )
        - 6
    )
    label_box("Signature")
    label_box("Name and position")
    label_box("Date")
    st["y"] -= 14
    c.setDash(3, 2)
    c.rect(x0, st["y"] - 90, x2 - x0, 90)
    c.setDash()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0 + 8, st["y"] - 16, "FOR YOUTH COUNCIL USE")
    c.setFont("Helvetica", 9)
    c.drawString(
        x0 + 8,
        st["y"] - 34,
        "Received: ____________   Pitch number: ______   "
        "Eligible: Y / N   Checked by: ____________",
    )
    c.drawString(
        x0 + 8, st["y"] - 52, "Votes: ________   Rank: ______   Funded: Y / N   Amount: £________"
    )
    foot()
    c.showPage()
    c.save()


def main() -> None:
    kittlewell()
    brudenholme()
    orchardleigh()
    hoxbury()


if __name__ == "__main__":
    main()
