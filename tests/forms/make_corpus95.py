"""Build set 95's Word and PDF documents (typical domestic abuse and violence against women and
girls services grants: a county council's domestic abuse community grants, a community
foundation's women and girls fund, a police and crime commissioner's VAWG small grants and a
district council's safe accommodation support grant, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus95.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _shade(cell, fill: str = "D9E2F3") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _details(d, rows: list[str], shade: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        if shade:
            _shade(r.cells[0])
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200, shade: bool = True) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    if shade:
        _shade(t.rows[0].cells[0])
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def _grid(d, headers: list[str], rows: int) -> None:
    t = d.add_table(rows=rows + 1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers, strict=True):
        kit.set_cell(c, h, bold=True)
        _shade(c)
    for r in t.rows[1:]:
        kit.row_height(r, 380)
    d.add_paragraph()


def _ticked(d, docs: list[str], head: str = "Enclosed") -> None:
    """A documents table with an 'Enclosed' tick column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], head, bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def harnbury() -> None:
    d = kit.new_document(
        FIXED,
        "Domestic Abuse Community Grants 2027 to 2028: application form",
        "Harnbury County Council",
    )
    p = d.add_paragraph
    d.add_heading("Harnbury County Council", 0)
    p("Domestic Abuse Community Grants 2027 to 2028", style="Subtitle")
    p("Application form")
    p(
        "The Domestic Abuse Community Grants support voluntary and community organisations that "
        "help adults and children affected by domestic abuse in Harnbury to be safe, to cope and "
        "to recover. Grants are between £5,000 and £25,000 for one year from 1 April 2027. The "
        "fund is part of the Harnbury Domestic Abuse Partnership's strategy for 2025 to 2028."
    )
    p(
        "Please read the guidance notes before you fill in this form. Type your answers into "
        "the boxes; the boxes will grow as you type. Please keep to the word limit shown after "
        "each question, as assessors will not read anything beyond it."
    )
    p(
        "Send the completed form and your supporting documents to "
        "dacommunitygrants@harnbury.example.gov.uk by 5pm on Monday 18 January 2027. If you "
        "need this form in another format, or would like to talk about your idea first, call "
        "the Community Safety team on 01632 961 482."
    )
    d.add_heading("Section A: About your organisation", 1)
    t = d.add_table(rows=10, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Name of organisation", ""),
        (
            "Type of organisation (tick one)",
            f"{BOX} Registered charity   {BOX} Charitable incorporated organisation (CIO)   "
            f"{BOX} Company limited by guarantee   {BOX} Community interest company   "
            f"{BOX} Constituted community group",
        ),
        ("Registered charity or company number", ""),
        ("Address", ""),
        ("Postcode", ""),
        ("Main contact name", ""),
        ("Position in the organisation", ""),
        ("Telephone", ""),
        ("Email", ""),
        ("Website", ""),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section B: Your service", 1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Is your organisation a specialist domestic abuse service?", f"{BOX} Yes   {BOX} No"),
        (
            "Do you hold a quality standard for domestic abuse services, such as the Women's Aid "
            "National Quality Standards, Imkaan Accreditation or SafeLives Leading Lights?",
            f"{BOX} Yes   {BOX} No",
        ),
        ("If yes, name of the standard", ""),
        ("If yes, date it expires", ""),
        (
            "Is your organisation led by and for the people it serves (for example Black and "
            "minoritised, Deaf or disabled, or LGBT+ survivors)?",
            f"{BOX} Yes   {BOX} No",
        ),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    d.add_heading("Section C: Your project", 1)
    _question(
        d,
        "C1. Describe your project. Tell us what you will do, who it is for, where and when it "
        "will take place, and who will deliver it. (maximum 500 words)",
        4200,
        shade=False,
    )
    _question(
        d,
        "C2. What evidence do you have that the project is needed in Harnbury? You could use "
        "your own referral figures, waiting lists or what survivors have told you. "
        "(maximum 300 words)",
        shade=False,
    )
    _question(
        d,
        "C3. How will you keep survivors, their children and your staff safe? Tell us how you "
        "assess risk, plan for safety and refer high-risk cases to the MARAC (Multi-Agency "
        "Risk Assessment Conference). (maximum 300 words)",
        shade=False,
    )
    _question(
        d,
        "C4. How have survivors helped to shape this project, and how will they be involved "
        "while it runs? (maximum 200 words)",
        2400,
        shade=False,
    )
    _question(
        d,
        "C5. What difference will the project make? Give up to three outcomes and tell us how "
        "you will measure each one. (maximum 300 words)",
        shade=False,
    )
    _question(
        d,
        "C6. How will you work with other services in Harnbury, such as the Independent "
        "Domestic Violence Advocate (IDVA) service, the police, housing and children's social "
        "care? (maximum 250 words)",
        shade=False,
    )
    _question(
        d,
        "C7. Is there anything else you would like to tell us about your application?",
        2000,
        shade=False,
    )
    d.add_heading("Section D: Costs and funding", 1)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for r, label in zip(
        t.rows,
        ["D1. Total cost of the project (£)", "D2. Amount you are asking the Council for (£)"],
        strict=True,
    ):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.row_height(r, 420)
    p()
    p(
        "D3. Please break down how you will spend the grant. Add rows if you need to.",
    ).runs[0].bold = True
    _grid(d, ["Item or activity", "How the cost is worked out", "Cost (£)"], 6)
    p(
        "We expect you to contribute at least 10% of the total cost of the project, from your "
        "own funds, another grant or donations. Volunteer time does not count towards this."
    )
    p("D4. Other funding for this project").runs[0].bold = True
    _grid(d, ["Funder or source", "Amount (£)", "Secured or applied for"], 4)
    d.add_heading("Section E: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick each one you have attached. We "
        "cannot assess your application until we have them all."
    )
    _ticked(
        d,
        [
            "Your constitution, memorandum and articles of association or other governing document",
            "Your latest annual accounts, signed by two trustees or independently examined. If "
            "your organisation is less than a year old, send your last three months' bank "
            "statements instead",
            "Your safeguarding policy, covering children and adults at risk",
            "Your confidentiality policy, including when you would share information without "
            "consent",
            "Your public liability insurance certificate (minimum cover £5 million)",
            "If you hold a domestic abuse quality standard: a copy of your certificate",
            "If you are buying any single item of equipment costing more than £1,000: a written "
            "quote",
        ],
        head="Attached",
    )
    d.add_heading("Section F: Declaration", 1)
    p(
        "I confirm that the information in this form is true and complete, and that I am "
        "authorised to apply on behalf of the organisation. I confirm that the organisation "
        "has an equal opportunities policy, and that everyone who will work directly with "
        "survivors or their children has had an enhanced Disclosure and Barring Service (DBS) "
        "check. I understand that Harnbury County Council may ask for the grant to be repaid "
        "if it is not used for the project described."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"])
    p()
    p(
        "Community Safety team, Harnbury County Council, Shire Hall, Castle Street, Harnbury "
        "HR1 2DW. If you are worried about your own safety, call the Harnbury Domestic Abuse "
        "Helpline free on 0808 157 0194, or 999 in an emergency."
    )
    out = HERE / "harnbury-domestic-abuse-community-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def selbridge() -> None:
    d = kit.new_document(
        FIXED, "Women and Girls Fund: guidance for applicants", "Selbridge Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Women and Girls Fund", 0)
    p("Guidance for applicants, 2027 round. Selbridge Community Foundation")
    d.add_heading("About the fund", 1)
    p(
        "The Women and Girls Fund was set up by local donors in 2019 to help women and girls in "
        "Selbridge and the surrounding villages to live free from violence and abuse. It "
        "supports small charities and community groups that help women and girls who have "
        "experienced domestic abuse, sexual violence, stalking, so-called honour-based abuse or "
        "exploitation, and projects that work to stop abuse before it starts."
    )
    p(
        "We give grants of £1,000 to £10,000 for projects lasting up to 12 months. We expect "
        "to make around 15 grants in this round. You do not need to find match funding: we can "
        "fund the whole cost of a project."
    )
    d.add_heading("Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community interest "
        "company, or a voluntary or community group with a constitution and at least three "
        "unrelated people on its committee;"
    )
    bullet("has a bank account in its own name that needs two people to sign or approve payments;")
    bullet("works with women and girls who live in the Selbridge area; and")
    bullet("has an annual income of less than £500,000.")
    p(
        "We particularly welcome applications from organisations led by and for the women they "
        "serve, including Black and minoritised women, disabled women, and lesbian, bisexual "
        "and trans women."
    )
    d.add_heading("What we will fund", 1)
    bullet("support groups and one-to-one support for survivors;")
    bullet("counselling and therapeutic support delivered by qualified practitioners;")
    bullet("healthy relationships work with young people in schools and youth groups;")
    bullet("training for volunteers and staff in recognising and responding to abuse;")
    bullet("activities that help survivors rebuild confidence, skills and friendships; and")
    bullet("running costs, such as rent, phones and safe storage of records, linked to a project.")
    d.add_heading("What we will not fund", 1)
    bullet("individuals, or activities that have already taken place;")
    bullet("statutory services, or work a public body has a legal duty to pay for;")
    bullet("religious or political activity; or")
    bullet("organisations that have not sent us a report for an earlier grant.")
    d.add_heading("How to apply", 1)
    p(
        "Apply online at www.selbridgefoundation.example.org.uk/womenandgirls. The online form "
        "asks about your organisation, the project, the women and girls who will take part, "
        "how you will keep them safe and what difference the grant will make. Each question "
        "shows its word limit on the screen. You can save a draft and return to it."
    )
    p(
        "If you cannot apply online, or would like to talk to us first, call Priya Mandal, "
        "Grants Officer, on 01632 964 207 or email grants@selbridgefoundation.example.org.uk."
    )
    d.add_heading("What you need to send", 1)
    p("Every applicant must upload these documents with the online form:")
    bullet("your governing document (constitution, set of rules or articles);")
    bullet(
        "your most recent annual accounts. If your organisation has been running for less "
        "than 12 months and does not have accounts yet, send your latest bank statement "
        "instead;"
    )
    bullet("your safeguarding policy; and")
    bullet("a budget for the project, using the template on our website.")
    p(
        "If your project involves working directly with children or young people under 18, "
        "you must also send a list of the staff and volunteers who will work with them and "
        "the date of each person's enhanced DBS check. If you are asking for more than £5,000, "
        "please also send a letter of support from a partner agency that knows your work, such "
        "as a domestic abuse service, a school or the police."
    )
    d.add_heading("Policies and insurance", 1)
    p(
        "All applicants must have an equality and diversity policy and a data protection "
        "policy. If you involve volunteers, you must also have a volunteering policy. You do "
        "not need to send these: you will confirm that you have them when you submit your "
        "application, and we may ask to see them."
    )
    p(
        "All groups must hold public liability insurance of at least £2 million. You do not "
        "need to send us your certificate."
    )
    d.add_heading("How we decide", 1)
    p(
        "A panel of donors, trustees and two women with lived experience of abuse reads every "
        "eligible application. The panel looks at:"
    )
    bullet("how well you understand the needs of the women and girls you work with;")
    bullet("how safely the project will be run;")
    bullet("the difference the project will make; and")
    bullet("whether the costs are realistic.")
    d.add_heading("Timetable", 1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for r, (a, b) in zip(
        t.rows,
        [
            ("What happens", "When"),
            ("Fund opens", "Monday 2 November 2026"),
            ("Closing date", "Friday 15 January 2027 at midday"),
            ("Panel meets", "Week beginning 1 March 2027"),
            ("We tell you our decision", "By Friday 19 March 2027"),
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], a, bold=(a == "What happens"))
        kit.set_cell(r.cells[1], b, bold=(a == "What happens"))
    p()
    d.add_heading("Frequently asked questions", 1)
    p("Can we apply if we are not a specialist domestic abuse organisation?").runs[0].bold = True
    p(
        "Yes, if your project is for women and girls affected by abuse and you work with a "
        "specialist service to make sure it is safe. Tell us about that partnership in your "
        "application."
    )
    p("Can we apply if we had a grant last year?").runs[0].bold = True
    p("Yes, as long as you have sent us your end-of-grant report.")
    p("Do you fund work with men and boys?").runs[0].bold = True
    p(
        "We can fund prevention work with boys and young men, for example in schools, where it "
        "is part of a project to end violence against women and girls."
    )
    p()
    p(
        "Selbridge Community Foundation, 4 Abbey Yard, Selbridge SB3 7NL. If you are affected "
        "by abuse, the National Domestic Abuse Helpline is free and open 24 hours a day."
    )
    out = HERE / "selbridge-women-and-girls-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def corrington() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "corrington-pcc-vawg-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Violence Against Women and Girls Small Grants 2027/28: application form")
    c.setAuthor("Office of the Police and Crime Commissioner for Corrington")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    purple = HexColor("#4B2A6B")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            c.showPage()
            state["y"] = hgt - 60

    def txt(t: str, size: float = 10, font: str = "Helvetica", x: float = 50) -> None:
        for line in simpleSplit(t, font, size, w - x - 50):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14

    def bar(t: str) -> None:
        room(44)
        state["y"] -= 8
        c.setFillColor(purple)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(black)
        state["y"] -= 26

    def field(name: str, label: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(
            name=name,
            tooltip=label,
            x=250,
            y=state["y"] - 18,
            width=295,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
        room(14 * len(simpleSplit(label, "Helvetica-Bold", 10, w - 100)) + height + 10)
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        form.textfield(
            name=name,
            tooltip=tip,
            x=50,
            y=state["y"] - height,
            width=495,
            height=height,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            maxlen=maxlen,
            fieldFlags="multiline",
        )
        state["y"] -= height + 14

    def radios(name: str, label: str, options: list[str]) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(22)
        x = 50
        for opt in options:
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", "_").replace("(", "").replace(")", ""),
                selected=False,
                x=x,
                y=state["y"] - 12,
                size=12,
                buttonStyle="circle",
                borderColor=black,
                fillColor=white,
            )
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 16, state["y"] - 9, opt)
            x += 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
        state["y"] -= 26

    def tick(name: str, label: str) -> None:
        room(20)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, state["y"], "Office of the Police and Crime Commissioner for Corrington")
    state["y"] -= 22
    txt("Violence Against Women and Girls Small Grants 2027/28", 12, "Helvetica-Bold")
    txt("Application form", 11, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Commissioner's Violence Against Women and Girls (VAWG) Small Grants give up to "
        "£5,000 to community and voluntary organisations for projects that prevent violence "
        "against women and girls, or that help victims of domestic abuse, sexual violence and "
        "stalking to cope and recover. Projects must take place in Corrington and finish by "
        "31 March 2028."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a character "
        "limit, shown after the question; the box will not accept more. Email the completed "
        "form and your documents to vawggrants@corrington-pcc.example.gov.uk by 5pm on "
        "Friday 29 January 2027."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation", 100)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO", "Community interest company", "Community group"],
    )
    field("reg_number", "Charity or company number (if any)", 12)
    field("contact", "Contact name", 60)
    field("position", "Position", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    bar("Section 2: Your project")
    field("title", "2.1 Project title", 80)
    radios(
        "children",
        "Will your project work with children or young people under 18?",
        ["Yes", "No"],
    )
    box(
        "q22",
        "2.2 Describe your project and the women and girls it will support. "
        "(up to 1,500 characters)",
        "2.2 Describe your project and the women and girls it will support",
        1500,
        120,
    )
    box(
        "q23",
        "2.3 Why is the project needed in Corrington? Please use local evidence where you can. "
        "(up to 1,200 characters)",
        "2.3 Why is the project needed in Corrington?",
        1200,
        100,
    )
    box(
        "q24",
        "2.4 How will the project prevent violence against women and girls, or help victims "
        "to cope and recover? (up to 1,500 characters)",
        "2.4 How will the project prevent VAWG, or help victims to cope and recover?",
        1500,
        120,
    )
    box(
        "q25",
        "2.5 How will you keep the people taking part safe, including how you will manage risk "
        "and share information about anyone at risk of serious harm? (up to 1,200 characters)",
        "2.5 How will you keep the people taking part safe?",
        1200,
        100,
    )
    box(
        "q26",
        "2.6 How will you know whether the project has worked? (up to 900 characters)",
        "2.6 How will you know whether the project has worked?",
        900,
        80,
    )
    bar("Section 3: Costs")
    field("total_cost", "3.1 Total cost of the project (£)", 10)
    field("grant_req", "3.2 Amount requested (£)", 10)
    field("start", "3.3 Start date (dd/mm/yyyy)", 10)
    field("end", "3.4 End date (dd/mm/yyyy)", 10)
    box(
        "q35",
        "3.5 How will you spend the grant? List the main items and what each will cost. "
        "(up to 600 characters)",
        "3.5 How will you spend the grant?",
        600,
        70,
    )
    bar("Section 4: Documents")
    txt(
        "Please tick to show which documents you are sending with this form. Applications "
        "without the documents that apply to you will not be assessed."
    )
    state["y"] -= 4
    tick("doc_gov", "Your constitution, set of rules or other governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts (these do not need to be audited, but must be signed "
        "by two members of your committee)",
    )
    tick(
        "doc_bank",
        "A bank statement from the last three months showing the name of the organisation",
    )
    tick(
        "doc_safeguarding",
        "If your project will work with children or young people under 18: your safeguarding "
        "policy",
    )
    tick(
        "doc_reference",
        "If you are not a registered charity: a reference from someone who knows your work, "
        "such as a local councillor, a police officer or a worker at another agency",
    )
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct; that the organisation has an "
        "equal opportunities policy and a data protection policy; and that the staff and "
        "volunteers who will work with victims have had the right checks and training.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Office of the Police and Crime Commissioner for Corrington, Police Headquarters, "
        "Bridge Road, Corrington CN4 8PQ. Telephone 01632 965 330. If you or someone you know "
        "is in danger, call 999.",
        9,
    )
    c.save()


def ashenfold() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ashenfold-safe-accommodation-support-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Safe Accommodation Support Grant 2027-28: application form")
    c.setAuthor("Ashenfold District Council")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font = "Times-Roman"
    bold = "Times-Bold"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawCentredString(
            w / 2, 34, f"Safe Accommodation Support Grant 2027-28 - page {state['page']}"
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11, f: str = font, x: float = 64) -> None:
        for line in simpleSplit(t, f, size, w - x - 64):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def head(t: str) -> None:
        room(52)
        state["y"] -= 8
        para(t, 12.5, bold)

    def line(label: str, x: float = 64) -> None:
        """A label followed by a rule to write on."""
        room(24)
        c.setFont(font, 11)
        c.drawString(x, state["y"], label)
        lx = x + c.stringWidth(label, font, 11) + 6
        c.line(lx, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    def pair(a: str, b: str) -> None:
        room(24)
        c.setFont(font, 11)
        c.drawString(64, state["y"], a)
        ax = 64 + c.stringWidth(a, font, 11) + 6
        c.line(ax, state["y"] - 2, 290, state["y"] - 2)
        c.drawString(300, state["y"], b)
        bx = 300 + c.stringWidth(b, font, 11) + 6
        c.line(bx, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    def ruled(n: int) -> None:
        for _ in range(n):
            room(20)
            c.line(64, state["y"] - 4, w - 64, state["y"] - 4)
            state["y"] -= 20
        state["y"] -= 6

    def question(t: str, n: int) -> None:
        para(t, 11, bold)
        ruled(n)

    def grid(headers: list[str], widths: list[int], rows: int) -> None:
        need = 18 * (rows + 1) + 10
        room(need)
        x0 = 64
        y = state["y"]
        x = x0
        for h, wd in zip(headers, widths, strict=True):
            c.rect(x, y - 18 + 12, wd, 18, stroke=1, fill=0)
            c.setFont(bold, 10)
            c.drawString(x + 4, y - 1, h)
            x += wd
        for r in range(rows):
            x = x0
            for wd in widths:
                c.rect(x, y - 18 * (r + 2) + 12, wd, 18, stroke=1, fill=0)
                x += wd
        state["y"] -= need + 4

    c.setFont(bold, 17)
    c.drawCentredString(w / 2, state["y"], "ASHENFOLD DISTRICT COUNCIL")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawCentredString(w / 2, state["y"], "Safe Accommodation Support Grant 2027-28")
    state["y"] -= 20
    c.setFont(font, 12)
    c.drawCentredString(w / 2, state["y"], "Application form")
    state["y"] -= 28
    head("Notes for applicants")
    para(
        "Under Part 4 of the Domestic Abuse Act 2021 the Council must make sure that victims of "
        "domestic abuse and their children can get support in safe accommodation. This grant "
        "pays for that support (not for rent or the cost of the building): key work, safety "
        "planning, advocacy, children's workers, counselling, and help to move on. Grants are "
        "for up to £60,000 a year."
    )
    para(
        "The Council will fund no more than 75% of the cost of the support. You must find at "
        "least a quarter of the cost from other sources, such as your own reserves, housing "
        "benefit eligible service charges that are not used for rent, or other grants."
    )
    para(
        "Please complete the form in black ink or type it. If an answer runs over the lines "
        "given, you may continue on a separate sheet, but please keep to the word limits. "
        "Return it by post or email by 12 noon on Friday 8 January 2027 to the Housing "
        "Strategy team, Ashenfold District Council, Council House, Fore Street, Ashenfold "
        "AF2 3HD, housingstrategy@ashenfold.example.gov.uk. Telephone 01632 966 108."
    )
    head("PART 1: ABOUT YOUR ORGANISATION")
    line("1. Name of organisation")
    line("2. Address")
    line("    Postcode", 64)
    pair("3. Contact name", "Position")
    pair("4. Telephone", "Email")
    pair("5. Registered charity number", "Registered provider number (if any)")
    para("6. Type of safe accommodation you provide (please tick all that apply):", 11, font)
    para(
        "[  ] Refuge     [  ] Dispersed accommodation     [  ] Sanctuary scheme     "
        "[  ] Second-stage accommodation     [  ] Other",
        11,
        font,
        80,
    )
    line("7. How many bed spaces or units do you provide in Ashenfold?")
    para(
        "8. Do you hold the Women's Aid National Quality Standards or Imkaan Accreditation?"
        "     YES / NO  (please delete as appropriate)",
        11,
        font,
    )
    head("PART 2: THE SUPPORT YOU WILL PROVIDE")
    question(
        "9. Describe the support you will provide to victims and their children while they "
        "live in your safe accommodation. (no more than 500 words)",
        9,
    )
    question(
        "10. Why is this support needed in Ashenfold? (no more than 300 words)",
        6,
    )
    question(
        "11. How will you meet the needs of victims who face extra barriers, for example "
        "disabled victims, older victims, LGBT+ victims, and victims with no recourse to public "
        "funds? (no more than 300 words)",
        6,
    )
    question(
        "12. How will you support the children who live in the accommodation? "
        "(no more than 250 words)",
        5,
    )
    question(
        "13. Tell us about the staff who will provide the support: their roles, training and "
        "how they are supervised. (no more than one side of A4)",
        9,
    )
    question(
        "14. How will you measure the outcomes for the people you support? "
        "(no more than 250 words)",
        5,
    )
    head("PART 3: COSTS")
    line("15. Total annual cost of the support service  £")
    line("16. Amount you are asking the Council for  £")
    para("17. Please show how the grant will be spent:", 11, bold)
    grid(["Item", "Details", "Cost per year (£)"], [150, 220, 97], 6)
    para("18. Please show where the rest of the money (at least 25%) will come from:", 11, bold)
    grid(["Source", "Amount (£)", "Confirmed? (Y/N)"], [220, 130, 117], 4)
    head("PART 4: PLEASE ENCLOSE")
    para("Please enclose the following with your application:")
    for item in [
        "(a) your constitution or other governing document;",
        "(b) your latest annual accounts, independently examined or audited;",
        "(c) your safeguarding policy, covering children and adults at risk;",
        "(d) your health and safety policy, including fire safety in the accommodation;",
        "(e) a current fire risk assessment for each property used as safe accommodation;",
        "(f) a copy of your public liability insurance certificate (minimum cover £5,000,000);",
        "(g) if you hold the Women's Aid National Quality Standards or Imkaan Accreditation, a "
        "copy of the certificate; and",
        "(h) if any property is a house in multiple occupation, a copy of its HMO licence.",
    ]:
        para(item, 11, font, 80)
    head("PART 5: DECLARATION")
    para(
        "I declare that the information given in this application is correct. I confirm that "
        "the organisation has an equality and diversity policy and a lone working policy for "
        "staff who visit or work alone in the accommodation, and that the addresses of its "
        "safe accommodation are kept confidential. I understand that the Council may recover "
        "any grant paid on the basis of incorrect information."
    )
    pair("Signed", "Date")
    pair("Name (in capitals)", "Position")
    folio()
    c.save()


if __name__ == "__main__":
    harnbury()
    selbridge()
    corrington()
    ashenfold()
