"""Regenerate the binary documents of the corpus's third held-out set (tests/forms/).

A fourth generator in the style of make_corpus.py, for the eight documents added as a
third held-out set (their truth files were written blind, before any measurer was run
on them). It builds only its own four files and leaves every other file alone:

- hollinsford-community-grant.docx: town council Word form built from the Developer
  tab: inline and block-level plain-text content controls with grey placeholder text
  (not in tables), check-box content controls (w14:checkbox), Word heading styles;
- sedgecombe-projects-fund-guidance.docx: district council guidance with a nested table
  inside a table cell and a two-column "What you need to send / When" table;
- hatherley-youth-fund.pdf: town council fillable PDF (reportlab AcroForm) with /MaxLen
  on some text fields only, check boxes and radio groups;
- eastwold-foundation-guidance.pdf: nine-page community foundation guidance (reportlab
  platypus) whose question table has a "Word count" column and whose documents list is
  on page 8.

    .venv/bin/pip install reportlab        # into your own venv only
    .venv/bin/python tests/forms/make_corpus4.py
"""

from __future__ import annotations

import zlib

from make_corpus import FIXED, HERE, _normalise_zip  # same folder, same fixed date

DOCX = ("hollinsford-community-grant.docx", "sedgecombe-projects-fund-guidance.docx")
PDFS = ("hatherley-youth-fund.pdf", "eastwold-foundation-guidance.pdf")


# --------------------------------------------------------------------------- docx


def _docx() -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def new(title: str, author: str, font: str = "Calibri"):
        d = docx.Document()
        cp = d.core_properties
        cp.author, cp.title = author, title
        cp.created = cp.modified = FIXED
        cp.last_modified_by = author
        d.styles["Normal"].font.name = font
        d.styles["Normal"].font.size = Pt(11)
        return d

    def el(tag: str, **attrs: str):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}") if ":" not in k else qn(k), v)
        return e

    def placeholder_run(text: str):
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:color", val="7F7F7F"))
        rpr.append(el("w:shd", val="clear", color="auto", fill="E7E6E6"))
        r.append(rpr)
        t = el("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        return r

    def sdt_pr(tag: str, multiline: bool = False):
        pr = el("w:sdtPr")
        pr.append(el("w:alias", val=tag))
        pr.append(el("w:tag", val=tag.replace(" ", "")))
        pr.append(el("w:id", val=str(zlib.crc32(tag.encode()) % 10**8)))
        pr.append(el("w:showingPlcHdr"))
        text = el("w:text")
        if multiline:
            text.set(qn("w:multiLine"), "1")
        pr.append(text)
        return pr

    def inline_control(d, label: str, tag: str, prompt: str = "Enter details.") -> None:
        """A label followed by an inline plain-text content control on the same line."""
        p = d.add_paragraph()
        p.add_run(label + " ")
        sdt = el("w:sdt")
        sdt.append(sdt_pr(tag))
        content = el("w:sdtContent")
        content.append(placeholder_run(prompt))
        sdt.append(content)
        p._p.append(sdt)

    def block_control(d, tag: str) -> None:
        """A block-level multi-line content control: the answer area under a question."""
        sdt = el("w:sdt")
        sdt.append(sdt_pr(tag, multiline=True))
        content = el("w:sdtContent")
        p = el("w:p")
        p.append(placeholder_run("Type your answer here."))
        content.append(p)
        sdt.append(content)
        body = d.element.body
        body.insert(len(body) - 1, sdt)  # before the section properties
        d.add_paragraph()

    def checkbox(p, tag: str, label: str) -> None:
        """A check-box content control (Word 2010+) followed by its label."""
        sdt = el("w:sdt")
        pr = el("w:sdtPr")
        pr.append(el("w:alias", val=tag))
        pr.append(el("w:id", val=str(zlib.crc32(tag.encode()) % 10**8)))
        cb = el("w14:checkbox")
        cb.append(el("w14:checked", **{"w14:val": "0"}))
        cb.append(el("w14:checkedState", **{"w14:val": "2612", "w14:font": "MS Gothic"}))
        cb.append(el("w14:uncheckedState", **{"w14:val": "2610", "w14:font": "MS Gothic"}))
        pr.append(cb)
        sdt.append(pr)
        content = el("w:sdtContent")
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:rFonts", ascii="MS Gothic", hAnsi="MS Gothic", eastAsia="MS Gothic"))
        r.append(rpr)
        t = el("w:t")
        t.text = "\u2610"
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)
        p.add_run(" " + label + "   ")

    def question(d, text: str) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = True

    # ---- H. Hollinsford: town council form with content controls
    d = new("Community Grant Scheme application form", "Hollinsford Town Council")
    d.add_heading("Hollinsford Town Council", level=0)
    d.add_heading("Community Grant Scheme 2027\u201328: application form", level=1)
    d.add_paragraph(
        "Fill in this form in Microsoft Word. Click on each grey prompt and type over it; the "
        "answer areas grow as you type. Click a box to tick it. If something does not apply "
        "to your group, type N/A. Please do not convert the form to PDF. Send it to "
        "grants@hollinsford-tc.example.gov.uk by 5pm on Friday 12 March 2027."
    )
    d.add_heading("1  About your group", level=2)
    for label, tag in (
        ("Name of group:", "Group name"),
        ("Contact name:", "Contact"),
        ("Address:", "Address"),
        ("Postcode:", "Postcode"),
        ("Telephone:", "Telephone"),
        ("Email address:", "Email"),
        ("Charity or company number (type N/A if you do not have one):", "Reg number"),
    ):
        inline_control(d, label, tag)
    d.add_paragraph("Which of these best describes your group? (tick one)")
    p = d.add_paragraph()
    for label in (
        "Registered charity",
        "Charitable incorporated organisation",
        "Community or voluntary group",
        "Community interest company",
        "Other",
    ):
        checkbox(p, "Type " + label, label)

    d.add_heading("2  Your project", level=2)
    inline_control(d, "Project name:", "Project name")
    inline_control(d, "Planned start date:", "Start date", "Enter a date.")
    question(d, "2.1  What do you want to do with the grant? Maximum 350 words.")
    block_control(d, "Answer 2.1")
    question(
        d,
        "2.2  Who will benefit, and how do you know there is a need for the project? Up to "
        "2,400 characters including spaces.",
    )
    block_control(d, "Answer 2.2")
    question(d, "2.3  Publicity and results. Maximum 150 words for each part.")
    d.add_paragraph("(a) How will you tell people about the project?")
    block_control(d, "Answer 2.3a")
    d.add_paragraph("(b) How will you know whether the project has worked?")
    block_control(d, "Answer 2.3b")
    question(
        d,
        "2.4  (a) Which of the Town Plan priorities does your project support, and (b) are you "
        "working with any other local groups on it? Please answer (a) and (b) together below, "
        "in no more than half a side of A4.",
    )
    block_control(d, "Answer 2.4")
    question(d, "2.5  Is there anything else you would like the grants panel to know?")
    block_control(d, "Answer 2.5")

    d.add_heading("3  Costs", level=2)
    d.add_paragraph("List the main costs of the project. Add rows if you need to.")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ("Item", "Supplier (if known)", "Cost \u00a3"), strict=True
    ):
        cell.text = text
    d.add_paragraph()
    inline_control(d, "Total cost of the project (\u00a3):", "Total cost")
    inline_control(d, "Grant requested from the Town Council (\u00a3):", "Grant requested")
    inline_control(d, "Other funding already secured (\u00a3, type N/A if none):", "Other funding")
    d.add_paragraph(
        "The Town Council will pay up to 90 per cent of the total cost. Your group must "
        "contribute at least 10 per cent, from its own funds or from other funders."
    )

    d.add_heading("4  Supporting documents", level=2)
    d.add_paragraph(
        "Tick each document you are sending with this form. Send them as separate "
        "attachments to the same email."
    )
    for n, label in enumerate(
        (
            "Constitution, set of rules or other governing document",
            "Your latest annual accounts, signed by your treasurer (they do not need to be "
            "examined or audited)",
            "A bank statement from the last three months, in the group's name",
            "Safeguarding policy (if applicable)",
            "Two quotes for any single item costing over \u00a3500",
            "Planning permission (capital projects only)",
        ),
        start=1,
    ):
        checkbox(d.add_paragraph(), f"Document {n}", label)

    d.add_heading("5  Insurance", level=2)
    d.add_paragraph(
        "Groups must hold public liability insurance of at least five million pounds for the "
        "activity we fund. You do not need to send the certificate."
    )
    p = d.add_paragraph("Does your group have this insurance?   ")
    checkbox(p, "Insurance yes", "Yes")
    checkbox(p, "Insurance no", "No")

    d.add_heading("6  Declaration", level=2)
    checkbox(
        d.add_paragraph(),
        "Policies",
        "I confirm that our group has an equal opportunities policy and a data protection "
        "policy and will send copies if the Town Council asks for them.",
    )
    checkbox(
        d.add_paragraph(),
        "True",
        "I confirm that the information in this form is correct to the best of my knowledge.",
    )
    inline_control(d, "Signature (type your name):", "Signature")
    inline_control(d, "Position in the group:", "Position")
    inline_control(d, "Date:", "Signed date", "Enter a date.")
    d.save(HERE / DOCX[0])

    # ---- S. Sedgecombe: district guidance with a nested table and a send/when table
    d = new("Community Projects Fund: guidance for applicants", "Sedgecombe District Council")
    d.add_heading("Sedgecombe District Council", level=0)
    d.add_heading("Community Projects Fund 2027: guidance for applicants", level=1)
    d.add_heading("1. About the fund", level=2)
    d.add_paragraph(
        "The Community Projects Fund helps voluntary and community organisations in the "
        "district run activities and improve the places where people meet. The fund has "
        "\u00a3180,000 to award this year. Please read all of this guidance before you fill in "
        "the application form; most applications that are turned down have missed something "
        "set out below."
    )
    d.add_heading("2. Who can apply?", level=2)
    for text in (
        "constituted voluntary and community groups with a bank account in the group's name;",
        "registered charities and charitable incorporated organisations;",
        "community interest companies limited by guarantee;",
        "town and parish councils, for projects that go beyond their statutory duties.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "We cannot fund individuals, businesses run for private profit, or political parties."
    )
    d.add_heading("3. How much can I apply for?", level=2)
    outer = d.add_table(rows=3, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Grant", "What you need to know"
    rounds = (
        (
            "Small grants: \u00a3250 to \u00a33,000",
            "For activities, events and small items of equipment. There are two rounds:",
            (("31 January 2027", "March 2027"), ("31 July 2027", "September 2027")),
        ),
        (
            "Capital grants: \u00a33,001 to \u00a320,000",
            "For building works, outdoor spaces and larger equipment. There is one round:",
            (("30 April 2027", "July 2027"),),
        ),
    )
    for row, (grant, text, dates) in enumerate(rounds, start=1):
        outer.cell(row, 0).text = grant
        cell = outer.cell(row, 1)
        cell.text = text
        inner = cell.add_table(rows=1, cols=2)
        inner.style = "Table Grid"
        inner.cell(0, 0).text, inner.cell(0, 1).text = "Closing date", "Decision by"
        for closing, decision in dates:
            cells = inner.add_row().cells
            cells[0].text, cells[1].text = closing, decision
        cell.add_paragraph("Late applications are held over to the next round.")
    d.add_paragraph()
    d.add_heading("4. Paying your share", level=2)
    d.add_paragraph(
        "The fund will meet up to two thirds of the total cost of your project. You will need "
        "to find at least a third of the total cost from your own reserves, fundraising or "
        "other grants. Volunteer time can count towards your share at \u00a312 an hour."
    )
    d.add_heading("5. Insurance", level=2)
    d.add_paragraph(
        "Your group must have public liability insurance with a limit of indemnity of not less "
        "than \u00a32,000,000. You do not need to send the certificate with your application; "
        "we will ask to see it before we pay the grant."
    )
    d.add_heading("6. Policies", level=2)
    d.add_paragraph(
        "Every group must have an equal opportunities policy that its committee has adopted. "
        "You do not need to send it to us."
    )
    d.add_heading("7. What you need to send", level=2)
    d.add_paragraph(
        "Send the following with your application form. Use the second column to see whether "
        "each item applies to you."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "What you need to send", "When"
    for what, when in (
        ("The completed application form", "Always"),
        (
            "Your constitution, set of rules or trust deed",
            "Always. Organisations registered with the Charity Commission need not send "
            "this: we will look at your entry on the register.",
        ),
        (
            "Your most recent annual accounts, or if you are a new group, a budget for your "
            "first year",
            "Always",
        ),
        (
            "A budget for the project, showing every cost and where the money will come from",
            "Always",
        ),
        (
            "Two written quotes for each item of equipment or building work over \u00a31,000",
            "For capital projects only",
        ),
        (
            "Proof that you own the building or land, or a lease with at least seven years to run",
            "For capital projects only",
        ),
        ("Planning permission or building regulations approval", "Where relevant"),
        (
            "Your safeguarding policy",
            "If applicable: if your project involves children, young people or adults at risk",
        ),
        (
            "Your health and safety policy",
            "Where relevant: for events, sport and practical activities",
        ),
        ("Letters of support from partner organisations", "If applicable"),
    ):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = what, when
    d.add_paragraph()
    d.add_heading("8. How we decide", level=2)
    d.add_paragraph(
        "Officers check each application and score it against the fund's three aims: bringing "
        "people together, improving health and wellbeing, and making better use of community "
        "buildings. A panel of councillors makes the final decision. We will write to you "
        "within two weeks of the panel meeting."
    )
    d.add_heading("9. Contact us", level=2)
    d.add_paragraph(
        "Community Development Team, Sedgecombe District Council, Market Street, Sedgecombe "
        "SD4 7QT. Telephone 01632 961 250. Email cpf@sedgecombe.example.gov.uk."
    )
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- pdf


def _hatherley() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4  # noqa: N806
    LEFT = 48  # noqa: N806

    def lines(c, x, y, text, size=10, lead=13, width=98, font="Helvetica"):
        import textwrap

        c.setFont(font, size)
        for para in text.split("\n"):
            for ln in textwrap.wrap(para, width) or [""]:
                c.drawString(x, y, ln)
                y -= lead
        return y

    def bar(c, y, text):
        c.setFillColorRGB(0.35, 0.15, 0.45)
        c.rect(LEFT, y - 5, W - 2 * LEFT, 18, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(LEFT + 5, y, text)
        c.setFillColor(black)
        return y - 24

    def tf(c, name, tip, x, y, w, h, maxlen=None, multiline=False):
        c.acroForm.textfield(
            name=name, tooltip=tip, x=x, y=y, width=w, height=h, maxlen=maxlen,
            fieldFlags="multiline" if multiline else "", borderColor=black,
            fillColor=white, textColor=black, forceBorder=True,
            fontSize=9 if multiline else 10,
        )  # fmt: skip

    def row(c, y, name, label, ml=None):
        c.setFont("Helvetica", 10)
        c.drawString(LEFT, y - 12, label)
        tf(c, name, label, LEFT + 200, y - 16, W - 2 * LEFT - 200, 18, maxlen=ml)
        return y - 24

    def box(c, y, name, tip, ml, hgt):
        tf(c, name, tip, LEFT, y - hgt + 6, W - 2 * LEFT, hgt, maxlen=ml, multiline=True)
        return y - hgt - 8

    def tick(c, name, x, y, label, tip):
        c.acroForm.checkbox(
            name=name, tooltip=tip, x=x, y=y, size=11, buttonStyle="check",
            borderColor=black, fillColor=white, textColor=black, forceBorder=True,
        )  # fmt: skip
        c.setFont("Helvetica", 10)
        c.drawString(x + 15, y + 2, label)

    def radios(c, name, y, x, options, tip):
        for value in options:
            c.acroForm.radio(
                name=name, value=value.split()[0], selected=False, x=x, y=y, size=11,
                buttonStyle="circle", borderColor=black, fillColor=white,
                forceBorder=True, tooltip=tip,
            )  # fmt: skip
            c.setFont("Helvetica", 10)
            c.drawString(x + 14, y + 2, value)
            x += 20 + 6 * len(value)

    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Youth Activities Fund application form")
    c.setAuthor("Hatherley Town Council")
    y = H - 52
    c.setFont("Helvetica-Bold", 17)
    c.drawString(LEFT, y, "Hatherley Town Council")
    y -= 20
    c.setFont("Helvetica", 12)
    c.drawString(LEFT, y, "Youth Activities Fund 2027 \u2013 application form")
    y -= 18
    y = lines(
        c, LEFT, y,
        "This is a fillable form. Type in the white boxes, then save the file and email it to "
        "youthfund@hatherley-tc.example.gov.uk. Grants of up to \u00a32,000 are available for "
        "activities for young people aged 11 to 19 who live in Hatherley.",
        size=9,
    )  # fmt: skip
    y -= 6
    y = bar(c, y, "Part 1   About your organisation")
    for name, label, ml in (
        ("OrgName", "Name of organisation", None),
        ("ContactName", "Contact name", None),
    ):
        y = row(c, y, name, label, ml)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y - 12, "Address")
    tf(c, "Address", "Address", LEFT + 200, y - 46, W - 2 * LEFT - 200, 48, None, True)
    y -= 54
    for name, label, ml in (
        ("Postcode", "Postcode", 8),
        ("Phone", "Telephone", 15),
        ("Email", "Email", None),
    ):
        y = row(c, y, name, label, ml)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y - 12, "Type of organisation")
    radios(c, "OrgType", y - 15, LEFT + 140,
           ("Charity", "Community group", "School", "Other"), "Type of organisation")  # fmt: skip
    y -= 26
    c.drawString(LEFT, y - 12, "How did you hear about the fund? (tick all that apply)")
    y -= 28
    x = LEFT
    for n, label in enumerate(("Newsletter", "Website", "Social media", "Word of mouth"), 1):
        tick(c, f"Heard{n}", x, y, label, "How did you hear about the fund")
        x += 110
    y -= 22
    y = bar(c, y, "Part 2   Your project")
    y = row(c, y, "ProjectTitle", "Project title", 80)
    y = row(c, y, "StartDate", "Start date (dd/mm/yyyy)", 10)
    y = row(c, y, "EndDate", "End date (dd/mm/yyyy)", 10)
    y -= 4
    y = lines(c, LEFT, y, "Q1  What activities will young people take part in? "
              "(no more than 250 words)")  # fmt: skip
    y = box(c, y, "Q1", "Q1 Activities", None, 120)
    y = lines(c, LEFT, y, "Q2  How have young people helped to plan the project?")
    y = box(c, y, "Q2", "Q2 Young people's part in planning", 1800, 110)
    c.showPage()
    y = H - 52
    y = lines(c, LEFT, y, "Q3  Describe how you will keep young people safe during the "
              "activities. (1,500 characters)")  # fmt: skip
    y = box(c, y, "Q3", "Q3 Keeping young people safe (1,500 characters)", 1500, 110)
    y = lines(c, LEFT, y, "Q4  (a) How many young people do you expect to take part?")
    tf(c, "Q4a", "Q4a Number of young people", LEFT + 330, y + 8, 60, 18, maxlen=4)
    y -= 14
    y = lines(c, LEFT, y, "       (b) What difference will the project make to them? "
              "(half a page)")  # fmt: skip
    y = box(c, y, "Q4b", "Q4b Difference the project will make", None, 120)
    y = lines(c, LEFT, y, "Q5  What will happen to the activity when the grant has been spent?")
    y = box(c, y, "Q5", "Q5 After the grant", None, 80)
    y = bar(c, y, "Part 3   Money")
    y = row(c, y, "TotalCost", "Total cost of the project (\u00a3)", 9)
    y = row(c, y, "Requested", "Amount requested (\u00a3)", 9)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, y - 12, "Have you had a grant from the Town Council before?")
    radios(c, "Before", y - 15, LEFT + 300, ("Yes", "No"), "Had a grant before")
    y -= 30
    c.showPage()
    y = H - 52
    y = bar(c, y, "Part 4   Documents to send with this form")
    y = lines(
        c, LEFT, y,
        "Please email these with your application and tick each one you have attached:\n"
        "1. your constitution or rules;\n"
        "2. your safeguarding policy;\n"
        "3. your latest accounts (they need not be audited);\n"
        "4. a list of the adults who will lead the activities, with the number and date of each "
        "person's enhanced DBS certificate.\n"
        "If you are hiring a minibus to take young people to the activities, please also send "
        "a copy of the operator's licence.",
    )  # fmt: skip
    y -= 6
    x = LEFT
    for n, label in enumerate(("1 Constitution", "2 Safeguarding", "3 Accounts", "4 DBS list"), 1):
        tick(c, f"Encl{n}", x, y, label, "Documents attached")
        x += 120
    y -= 26
    y = bar(c, y, "Part 5   Insurance and declaration")
    y = lines(
        c, LEFT, y,
        "Your organisation must have public liability insurance of at least \u00a33,000,000 "
        "covering the activities.",
    )  # fmt: skip
    tick(c, "Insured", LEFT, y - 6, "We hold this insurance.", "Insurance held")
    y -= 26
    tick(c, "Agree", LEFT, y - 6, "I confirm that the information on this form is true and "
         "complete.", "Declaration")  # fmt: skip
    y -= 26
    y = row(c, y, "Signature", "Signature (type your name)")
    y = row(c, y, "SignName", "Name in capitals", 40)
    y = row(c, y, "Position", "Position in organisation")
    y = row(c, y, "SignDate", "Date", 10)
    c.showPage()
    c.save()


EASTWOLD_PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "About the Foundation",
        (
            "Eastwold Community Foundation is an independent charity that raises money from "
            "local people, businesses and public bodies and gives it out as grants to "
            "voluntary and community organisations across Eastwold and the coastal villages. "
            "Since 2004 we have awarded more than \u00a312 million to over 1,900 groups.",
            "We manage more than forty named funds on behalf of families, companies and "
            "trusts. You do not need to choose a fund: you apply to the Community Grants "
            "Programme and our grants team matches your application with the fund or funds "
            "whose purposes it meets best.",
            "This guidance covers the Community Grants Programme for 2027. It replaces all "
            "earlier versions. Please read it in full before you start your application, and "
            "keep it to hand while you write.",
            "Our grants team is happy to talk through an idea before you apply. We would much "
            "rather spend twenty minutes on the telephone with you at the start than turn down "
            "an application that could have been made stronger.",
        ),
    ),
    (
        "Who can apply",
        (
            "You can apply if your organisation is not for profit, has a governing document, a "
            "management committee or board of at least three unrelated people, and a bank "
            "account in the organisation's name that needs two unrelated people to sign or "
            "approve each payment.",
            "That includes registered charities, charitable incorporated organisations, "
            "community interest companies limited by guarantee, constituted community groups, "
            "and town and parish councils applying for work outside their statutory duties.",
            "We cannot accept applications from individuals, from businesses that distribute "
            "profits to owners or shareholders, from statutory bodies for work they are "
            "required by law to do, or from organisations that have an overdue end of grant "
            "report with us.",
            "Your annual income should normally be under \u00a3500,000. Larger organisations "
            "may apply only for work that is led by the community it serves.",
        ),
    ),
    (
        "What we fund",
        (
            "We fund activities and running costs that reduce isolation, improve health and "
            "wellbeing, help people into learning and work, and protect the local environment. "
            "Grants are between \u00a31,000 and \u00a315,000 for up to two years.",
            "We can pay for sessional staff and volunteer expenses, venue hire, equipment, "
            "training, transport and a fair share of your core costs such as rent, insurance "
            "and bookkeeping.",
            "We do not fund: activities that have already taken place; the promotion of "
            "religion or party politics; trips abroad; general appeals; loan or debt "
            "repayments; or activities that are the responsibility of a statutory body, such "
            "as teaching within the school curriculum.",
            "We will not usually fund more than half of an organisation's annual income in any "
            "one year.",
        ),
    ),
    (
        "How to apply",
        (
            "Applications are made online through the Foundation's grants portal. You can save "
            "your answers and come back to them. The table below shows the questions on the "
            "form and how long each answer may be. The portal will not accept an answer that "
            "is longer than its word count.",
        ),
    ),
    (
        "How we assess applications",
        (
            "A member of the grants team will read your application, check your documents and "
            "usually telephone you or visit. They then write a short report for our "
            "independent grants panel, which meets four times a year.",
            "The panel scores each application against four things: the need for the work and "
            "the evidence for it; the difference it will make; how well the organisation is "
            "run; and value for money. Each is scored from 1 to 4.",
            "We receive far more applications than we can fund. A good score does not "
            "guarantee a grant, and the panel may offer a smaller amount than you asked for.",
            "We aim to tell you our decision within twelve weeks of the closing date.",
        ),
    ),
    (
        "Money matters",
        (
            "Contribution. At least 15% of the total cost of the project must come from "
            "sources other than the Foundation. This can be your own reserves, other grants, "
            "fundraising or earned income, but not the value of volunteer time.",
            "Insurance. You must hold public liability insurance with cover of at least "
            "\u00a310m for the whole period of the grant. We do not need a copy.",
            "Payment. We pay grants by bank transfer into the organisation's account, in one "
            "payment for grants up to \u00a35,000 and in six-monthly instalments for larger "
            "grants.",
            "Reporting. You will need to send us a short report and a record of spending at the "
            "end of each year of the grant.",
        ),
    ),
    (
        "Supporting documents",
        (
            "Upload the following documents to the portal with your application. We cannot "
            "assess your application until we have them all.",
        ),
    ),
    (
        "Before you submit",
        (
            "Check that you have answered every question, kept within each word count and "
            "uploaded the documents on page 8, including your bank statement.",
            "Closing dates for 2027: 28 February, 31 May, 31 August and 30 November. "
            "Applications received after 5pm on a closing date go to the next round.",
            "Contact the grants team on 01632 962 400 or at grants@eastwold-cf.example.org.uk. "
            "Eastwold Community Foundation, The Maltings, Quay Street, Eastwold EW2 9LB. "
            "Registered charity number 1234567.",
            "We hold the information you give us in line with our privacy notice, which is on "
            "our website, and use it only to assess and manage grants.",
        ),
    ),
)


def _eastwold() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    doc = SimpleDocTemplate(
        str(HERE / PDFS[1]), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
        title="Community Grants Programme: guidance for applicants 2027",
        author="Eastwold Community Foundation",
    )  # fmt: skip

    def footer(canvas, document) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2.2 * cm, 1.2 * cm, "Eastwold Community Foundation \u2013 Community "
                          "Grants Programme guidance 2027")  # fmt: skip
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, f"Page {document.page}")

    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def cell(text: str) -> Paragraph:
        return Paragraph(text, body)

    story: list = [
        Spacer(1, 4 * cm),
        Paragraph("Eastwold Community Foundation", h1),
        Paragraph("Community Grants Programme 2027", h1),
        Paragraph("Guidance for applicants", h2),
        Spacer(1, 1 * cm),
        Paragraph("Contents", h2),
    ]
    for n, (title, _) in enumerate(EASTWOLD_PAGES, start=2):
        story.append(Paragraph(f"{title} .......... page {n}", body))
    for title, paragraphs in EASTWOLD_PAGES:
        story.append(PageBreak())
        story.append(Paragraph(title, h2))
        story.extend(Paragraph(p, body) for p in paragraphs)
        if title == "How to apply":
            rows = [
                ("Question", "What we are looking for", "Word count"),
                ("1. Tell us about your organisation", "Who you are, who you work with and "
                 "what you already do", "200"),
                ("2. What do you want to do?", "The activities, where and when they happen, "
                 "and who will run them", "300"),
                ("3. Why is it needed?", "Evidence of need: local figures, waiting lists, "
                 "what people have told you", "250"),
                ("4. What difference will it make?", "Two or three changes you expect, and "
                 "how you will know they have happened", "250"),
                ("5. How will you involve the people who take part?", "How they shape and "
                 "help run the work", "150"),
                ("6. Is there anything else we should know?", "Anything that helps us "
                 "understand your application", "\u2013"),
            ]  # fmt: skip
            table = Table(
                [[cell(a), cell(b), cell(c)] for a, b, c in rows],
                colWidths=[6 * cm, 8 * cm, 2.4 * cm],
            )
            table.setStyle(grid)
            story.extend([Spacer(1, 0.4 * cm), table, Spacer(1, 0.4 * cm)])
            story.append(
                Paragraph(
                    "You will also be asked for contact details, a project budget within the "
                    "form, and the names of two referees who are not members of your "
                    "organisation. We will contact them ourselves.",
                    body,
                )
            )
        if title == "Supporting documents":
            must = [
                "Your latest annual accounts. Organisations with an income over \u00a3250,000 "
                "must send audited accounts; all others must send accounts that have been "
                "independently examined.",
                "A bank statement dated within the last three months, showing the "
                "organisation's name and address.",
                "Your safeguarding policy and your equality and diversity policy.",
                "Your most recent annual report.",
            ]
            some = [
                "If you are a registered charity we will download your governing document from "
                "the Charity Commission's register; all other applicants must send a copy of "
                "theirs.",
                "For capital projects: a copy of planning consent, where relevant.",
                "If you employ staff: your whistleblowing policy.",
                "Where relevant, evidence of DBS checks for staff and volunteers who will work "
                "with children or adults at risk.",
            ]
            story.append(Paragraph("All applicants", styles["Heading3"]))
            story.append(ListFlowable([ListItem(cell(t)) for t in must], bulletType="bullet"))
            story.append(Paragraph("Some applicants", styles["Heading3"]))
            story.append(ListFlowable([ListItem(cell(t)) for t in some], bulletType="bullet"))
            story.append(
                Paragraph(
                    "Please send each document as a separate PDF or Word file. Photographs of "
                    "paper documents are fine if they are clear and the whole page is visible.",
                    body,
                )
            )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _pdf() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    _hatherley()
    _eastwold()


def main() -> None:
    _docx()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _pdf()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
