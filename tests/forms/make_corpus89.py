"""Build set 89's Word and PDF documents (typical equity funds for groups led by and for the
communities they serve: a district council's women and girls' organisations grant, a community
foundation's racial justice fund, a city council's LGBTQ+ community grants and a county council's
Gypsy, Roma and Traveller community grants, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus89.py
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


def _ticks(d, heading: str, docs: list[str], column: str = "Enclosed") -> None:
    """A documents table with a tick column (one tick-box group)."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], heading, bold=True)
    kit.set_cell(t.rows[0].cells[1], column, bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def tallowford() -> None:
    d = kit.new_document(
        FIXED,
        "Women and Girls' Organisations Grant: application form",
        "Tallowford District Council",
    )
    p = d.add_paragraph
    d.add_heading("Tallowford District Council", 0)
    p("Women and Girls' Organisations Grant 2027 to 2028: application form")
    p(
        "The Women and Girls' Organisations Grant supports voluntary and community "
        "organisations in Tallowford district that are led by women and work for women and "
        "girls. Grants are from £500 to £5,000 for projects lasting up to 12 months, such as "
        "peer support groups, confidence and skills courses, health and wellbeing sessions, "
        "and activities that help women and girls to take part in community life."
    )
    p(
        "By \u2018led by women\u2019 we mean that at least half of your management committee "
        "or board, and your chair, are women. Under the Equality Act 2010 organisations may "
        "run women-only services where this is a proportionate way of meeting a legitimate "
        "aim; if your project is women-only, please explain why in question 3.3."
    )
    p(
        "Grants can cover up to 90% of the cost of your project. You must find at least 10% "
        "from your own funds or from other funders; this can include money from fundraising "
        "events and other grants."
    )
    p(
        "Please read the guidance notes before you fill in this form, and keep to the word "
        "limits. Email the form and your supporting documents to "
        "communitygrants@tallowford.example.gov.uk by 5pm on Friday 12 March 2027. If you "
        "would like help with your application, call the Communities team on 01632 960 274."
    )
    d.add_heading("Section 1: About your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in organisation",
            "Telephone",
            "Email",
            "Charity, CIO or company number (if any)",
        ],
        shade=True,
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (tick one)", bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Constituted community group    {BOX} Registered charity    {BOX} CIO    "
        f"{BOX} Community interest company    {BOX} Company limited by guarantee",
    )
    p()
    d.add_heading("Section 2: Who leads your organisation", 1)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    rows = [
        ("2.1 How many people are on your management committee or board?", ""),
        ("2.2 How many of them are women?", ""),
        ("2.3 Is your chair a woman?", f"{BOX} Yes    {BOX} No"),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], b)
        kit.row_height(r, 420)
    p()
    _question(
        d,
        "2.4 Tell us how the women and girls who use your organisation are involved in "
        "running it and deciding what it does. (max 200 words)",
        2400,
    )
    d.add_heading("Section 3: Your project", 1)
    _details(d, ["3.1 Project title"], shade=True)
    p()
    _question(d, "3.2 Describe your project and what you will do. (max 300 words)")
    _question(
        d,
        "3.3 Why is the project needed? Please tell us what evidence you have, such as "
        "requests from women and girls or local information. (max 250 words)",
    )
    _question(
        d,
        "3.4 What difference will the project make to the women and girls who take part? "
        "(max 250 words)",
    )
    _question(
        d,
        "3.5 How will you let women and girls know about the project and make it easy for "
        "them to take part? (max 150 words)",
        2000,
    )
    _details(
        d,
        [
            "3.6 How many women and girls will take part?",
            "3.7 Project start date",
            "3.8 Project end date",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Project costs", 1)
    p("Please list what the grant will pay for.")
    _grid(d, ["Item", "Cost (£)"], 6)
    _details(d, ["Total project cost (£)", "Amount requested from the Council (£)"], shade=True)
    p()
    p("Please tell us where the rest of the money (at least 10% of the total cost) will come from.")
    _grid(d, ["Source", "Amount (£)", "Secured or applied for?"], 3)
    d.add_heading("Section 5: Supporting documents", 1)
    p("Please send these documents with your form and tick to show they are enclosed.")
    _ticks(
        d,
        "Document",
        [
            "Your constitution, set of rules or other governing document",
            "Your latest annual accounts, signed by your treasurer",
            "A bank statement dated within the last three months, showing the name of your "
            "organisation",
            "Your equal opportunities policy",
            "Your safeguarding policy, if your project involves children, young people or "
            "adults at risk",
            "Quotes for any item costing more than £1,000",
        ],
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that I am authorised by the organisation's management committee to make "
        "this application; that the information in this form is correct; that the "
        "organisation holds public liability insurance of at least £5 million; and that any "
        "grant will be spent only on the project described. I understand that the Council "
        "may ask for the grant to be repaid if it is not used as agreed."
    )
    _details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Communities team, Tallowford District Council, Council House, Bridge Street, "
        "Tallowford TF4 2JN. www.tallowford.example.gov.uk/womensgrant"
    )
    out = HERE / "tallowford-women-and-girls-organisations-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def brimmerton() -> None:
    d = kit.new_document(
        FIXED, "Racial Justice Fund: guidance notes", "Brimmerton Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Racial Justice Fund", 0)
    p("Guidance notes for applicants, 2027. Brimmerton Community Foundation")
    d.add_heading("1. About the fund", 1)
    p(
        "The Racial Justice Fund supports organisations in Brimmerton and the surrounding "
        "county that are led by and for Black, Asian and minoritised communities. It was set "
        "up in 2021 with gifts from local people and businesses, and is guided by an advisory "
        "panel of people with lived experience of racism who also help to decide the grants."
    )
    p(
        "We want to fund work that tackles racial inequality and helps communities to thrive: "
        "advice and advocacy, mental health and wellbeing support, youth work, work with "
        "older people, campaigning for change, and activities that bring people together and "
        "celebrate their cultures. We also want to help organisations become stronger, so we "
        "can fund running costs and salaries as well as projects."
    )
    d.add_heading("2. What we mean by \u2018led by and for\u2019", 1)
    p("An organisation is led by and for Black, Asian and minoritised communities if:")
    bullet(
        "at least 75% of its board, trustees or management committee are Black, Asian or "
        "from another minoritised ethnic group;"
    )
    bullet(
        "at least half of its senior staff, if it has any, are Black, Asian or from another "
        "minoritised ethnic group; and"
    )
    bullet("its main purpose is to support people from these communities.")
    p(
        "We know that these words do not describe everyone, and we use them only to explain "
        "who the fund is for. On the application form we will ask you to tell us who your "
        "organisation is led by and who it serves, in your own words."
    )
    d.add_heading("3. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet("is led by and for Black, Asian and minoritised communities (see section 2);")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community "
        "interest company limited by guarantee, or a constituted community group with at "
        "least three unrelated people on its committee;"
    )
    bullet("has a bank account in the organisation's name that needs two people to sign; and")
    bullet("works mainly with people who live in Brimmerton county.")
    p(
        "We cannot fund individuals, political parties, organisations that make a profit for "
        "their owners, or religious activity (faith organisations can apply for work that is "
        "open to everyone)."
    )
    d.add_heading("4. How much you can apply for", 1)
    p(
        "We give grants of £5,000 to £30,000 for work lasting one or two years. You can ask "
        "for up to £15,000 a year. This fund can pay the full cost of your project or "
        "running costs: we do not ask for match funding."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Please call or email us before you apply, so that we can talk about your idea and "
        "check that the fund is right for you. Then apply through our online grants portal "
        "at www.brimmertoncf.example.org.uk/apply. The form asks about your organisation and "
        "the communities it is led by and serves, what you want to do with the grant, the "
        "difference it will make, and how people from your communities have helped to plan "
        "the work. Each answer has a word limit, shown on the form."
    )
    p(
        "If writing is a barrier for you, you can send us a short video or voice recording "
        "instead of the written answers, or ask us to visit you and write the answers down. "
        "Please tell us when you contact us."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload these documents with the online form:")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Notes", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    rows = [
        (
            "Governing document",
            "Your constitution, articles of association or trust deed, signed and dated.",
        ),
        (
            "Annual accounts",
            "Your most recent annual accounts, independently examined or audited. If your "
            "annual income is under £25,000, accounts signed by your treasurer and one other "
            "committee member are fine.",
        ),
        (
            "Bank statement",
            "A bank statement from the last three months, showing the organisation's name "
            "and account details.",
        ),
        ("Safeguarding policy", "Approved by your board and reviewed in the last two years."),
        (
            "Equality and diversity policy",
            "Approved by your board and reviewed in the last two years.",
        ),
    ]
    for r, (a, b) in zip(t.rows[1:], rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b)
    p()
    p("Some applicants must also send:")
    bullet("if the grant will pay for a salaried post: a job description for the post;")
    bullet(
        "if you are asking for more than £15,000 in total: a budget showing the costs for "
        "each year of the grant."
    )
    p(
        "If you do not have one of these documents, please talk to us before you apply. We "
        "can put you in touch with local infrastructure organisations that can help you to "
        "write policies."
    )
    d.add_heading("7. How we decide", 1)
    p(
        "A member of our grants team will read your application and arrange a call or visit. "
        "They will then write a report for the advisory panel, which meets three times a "
        "year, in February, June and October. The panel recommends grants to the "
        "Foundation's trustees, who make the final decision. We will tell you the result "
        "within two weeks of the panel meeting."
    )
    p("The panel looks for:")
    bullet("organisations that are genuinely led by and for the communities they serve;")
    bullet("work that tackles racial inequality or its effects on people's lives;")
    bullet("a clear plan, with realistic costs; and")
    bullet("work that people from your communities have asked for or helped to shape.")
    d.add_heading("8. If you are awarded a grant", 1)
    p(
        "We will send you a grant agreement to sign. For one-year grants we pay the whole "
        "grant at the start; for two-year grants we pay the second year after we receive a "
        "short progress report. At the end of the grant we will ask you to tell us what "
        "happened, in writing or in a conversation, whichever suits you."
    )
    d.add_heading("9. Questions people often ask", 1)
    p().add_run("Can we apply if we are a new group?").bold = True
    p(
        "Yes. If you have not yet produced annual accounts, please talk to us before you "
        "apply about what we can accept."
    )
    p().add_run("Can we apply if we already have a grant from the Foundation?").bold = True
    p(
        "Yes, as long as it is for different work. You can hold up to two grants from the "
        "Foundation at the same time."
    )
    p().add_run("Do you fund organisations outside Brimmerton county?").bold = True
    p("No. Other community foundations run similar funds; we can tell you who to contact.")
    d.add_heading("10. Contact us", 1)
    p(
        "Grants team, Brimmerton Community Foundation, The Old Library, 12 Abbey Road, "
        "Brimmerton BM1 5TR. Telephone 01632 961 832. Email "
        "racialjustice@brimmertoncf.example.org.uk."
    )
    out = HERE / "brimmerton-racial-justice-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def quendlebury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "quendlebury-lgbtq-community-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("LGBTQ+ Community Grants: application form")
    c.setAuthor("Quendlebury City Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    purple = HexColor("#5B2C83")

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

    def field(name: str, label: str, maxlen: int) -> None:
        lines = simpleSplit(label, "Helvetica", 10, 190)
        room(max(30, 13 * len(lines) + 12))
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(50, state["y"] - 12 - 13 * i, line)
        form.textfield(
            name=name,
            tooltip=label,
            x=250,
            y=state["y"] - 18,
            width=295,
            height=20,
            borderColor=black,
            fillColor=HexColor("#F1EAF7"),
            textColor=black,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= max(28, 13 * len(lines) + 10)

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 130) -> None:
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
            fillColor=HexColor("#F1EAF7"),
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
                value=opt.replace(" ", "_"),
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
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 8)
        form.checkbox(
            name=name,
            tooltip=label,
            x=50,
            y=state["y"] - 12,
            size=12,
            borderColor=black,
            fillColor=white,
        )
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 8

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Quendlebury City Council")
    state["y"] -= 22
    txt("LGBTQ+ Community Grants 2027 to 2028: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "LGBTQ+ Community Grants of £250 to £3,000 help groups led by and for lesbian, gay, "
        "bisexual, trans, queer and questioning people in Quendlebury to run activities, "
        "support groups, events and services. A group is led by LGBTQ+ people if more than "
        "half of its committee or steering group identify as LGBTQ+. Groups do not need to be "
        "registered charities, but must have a constitution or set of rules and a bank "
        "account in the group's name."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Please keep to the word limit shown "
        "beside each question. Email the completed form and your documents to "
        "equalities@quendlebury.example.gov.uk. We will not share the information you give "
        "us about your group's members with anyone outside the grants team."
    )
    bar("Part 1: About your group")
    field("group_name", "Name of group or organisation", 100)
    field("contact", "Contact name", 60)
    field("pronouns", "Pronouns (optional)", 20)
    field("address", "Address for letters", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Type of group",
        ["Constituted community group", "Registered charity or CIO", "CIC", "Other"],
    )
    bar("Part 2: Who leads your group")
    field("committee", "How many people are on your committee or steering group?", 3)
    radios("led_by", "Do more than half of your committee identify as LGBTQ+?", ["Yes", "No"])
    bar("Part 3: Your project")
    field("title", "Project title", 80)
    field("start", "Project start date", 10)
    box(
        "q1",
        "3.1 Tell us about your group and the LGBTQ+ people it supports. (max 150 words)",
        "3.1 Tell us about your group and the LGBTQ+ people it supports",
        900,
        100,
    )
    box(
        "q2",
        "3.2 What do you want to do with the grant, and when? (max 250 words)",
        "3.2 What do you want to do with the grant, and when?",
        1500,
        150,
    )
    box(
        "q3",
        "3.3 How will the project improve the lives of LGBTQ+ people in Quendlebury? "
        "(max 200 words)",
        "3.3 How will the project improve the lives of LGBTQ+ people in Quendlebury?",
        1200,
        130,
    )
    box(
        "q4",
        "3.4 How will you make sure the project is safe and welcoming for everyone taking "
        "part, including trans and non-binary people? (max 150 words)",
        "3.4 How will you make sure the project is safe and welcoming for everyone?",
        900,
        100,
    )
    bar("Part 4: Money")
    field("total_cost", "Total cost of the project (£)", 8)
    field("request", "Amount you are asking for (£)", 6)
    radios(
        "previous",
        "Have you had a grant from the Council in the last 12 months?",
        ["Yes", "No"],
    )
    bar("Part 5: Documents")
    txt(
        "Please tick to show which documents you are sending with this form. We do not need "
        "to see annual accounts for grants of this size."
    )
    state["y"] -= 4
    tick("doc_rules", "Your constitution or set of rules")
    tick("doc_bank", "A bank statement for the group's account from the last three months")
    tick(
        "doc_safeguarding",
        "Your safeguarding policy (only if your project involves people under 18 or adults "
        "at risk)",
    )
    bar("Part 6: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that our group has an equal "
        "opportunities policy, that it holds public liability insurance of at least £2 "
        "million, and that any grant will be spent only on the project described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_role", "Role in the group", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Equalities team, Quendlebury City Council, Civic Hall, Quendlebury QB2 8LT. "
        "Telephone 01632 962 519.",
        9,
    )
    c.save()


def morthwaite() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "morthwaite-gypsy-roma-traveller-community-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Gypsy, Roma and Traveller Community Grants: guidance notes")
    c.setAuthor("Morthwaite County Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Morthwaite County Council - Gypsy, Roma and Traveller Community Grants - "
            f"guidance notes 2027 - page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 11, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(16)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 16
        state["y"] -= 5

    def head(t: str) -> None:
        room(52)
        state["y"] -= 8
        para(t, 13, "Helvetica-Bold")

    def item(mark: str, t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 11, w - 96 - 72)
        for i, line in enumerate(lines):
            room(16)
            c.setFont("Helvetica", 11)
            if i == 0:
                c.drawString(78, state["y"], mark)
            c.drawString(96, state["y"], line)
            state["y"] -= 16
        state["y"] -= 3

    def table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> None:
        for n, row in enumerate(rows):
            font = "Helvetica-Bold" if n == 0 else "Helvetica"
            cells = [simpleSplit(t, font, 10, wd - 8) for t, wd in zip(row, widths, strict=True)]
            need = 13 * max(len(x) for x in cells) + 6
            room(need)
            x = 72
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - need + 10, wd, need, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(font, 10)
                    c.drawString(x + 4, state["y"] - 13 * i, line)
                x += wd
            state["y"] -= need
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Morthwaite County Council")
    state["y"] -= 30
    para("Gypsy, Roma and Traveller Community Grants", 15, "Helvetica-Bold")
    para("Guidance notes for groups, 2027 to 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    head("1. Introduction")
    para(
        "Gypsy, Roma and Traveller people have lived in Morthwaite for generations, on "
        "council and private sites, in houses and on the road. They face some of the worst "
        "inequalities of any group in the county, in health, education and housing, and too "
        "often meet prejudice when they use services. The County Council's Gypsy, Roma and "
        "Traveller Strategy 2026 to 2030 was written with people from these communities, and "
        "these grants are one of the things it promised."
    )
    para(
        "The grants are for groups run by Gypsy, Roma and Traveller people themselves, so "
        "that communities can decide what they need and do it in their own way. This note "
        "explains who can apply, what we can pay for, and what you need to send us. If you "
        "would rather talk it through, please ring us: our Community Development Workers can "
        "visit you, help you fill in the form or write down your answers for you."
    )
    head("2. What the grants are for")
    para("There are two sizes of grant.")
    table(
        [
            ("Grant", "Amount", "Examples"),
            (
                "Small grant",
                "Up to £1,000",
                "A trip for young people, a cultural celebration, equipment for a homework "
                "club, a first aid course for site residents.",
            ),
            (
                "Project grant",
                "£1,000 to £7,500",
                "A health awareness project with the local NHS trust, a women's group meeting "
                "each week for a year, a horse welfare and skills day, a digital skills "
                "course.",
            ),
        ],
        (95, 95, 261),
    )
    para(
        "Projects must take place in Morthwaite county and should finish within 12 months of "
        "the grant being paid."
    )
    head("3. Who can apply")
    para(
        "You can apply if your group is led by Gypsy, Roma or Traveller people. By this we "
        "mean that at least half of the people on your committee, and your chair or main "
        "contact, are Gypsies, Roma, Irish Travellers, Scottish or Welsh Travellers, "
        "Showmen, Boaters or New Travellers. Your group must:"
    )
    item("\u2022", "have a constitution or set of rules (we can help you write one);")
    item("\u2022", "have at least three committee members who are not related to each other;")
    item("\u2022", "have a bank account in the group's name; and")
    item("\u2022", "be a not-for-profit group.")
    para(
        "Organisations that are not led by Gypsy, Roma or Traveller people cannot apply, but "
        "they can help a community group to apply and run its project."
    )
    head("4. What we cannot pay for")
    item("\u2022", "anything you have already bought or paid for;")
    item("\u2022", "legal costs, including planning appeals;")
    item("\u2022", "repairs to individual homes, trailers or vehicles;")
    item("\u2022", "religious or political activity; or")
    item("\u2022", "trips abroad.")
    head("5. Do we need to find other money?")
    para(
        "No. You do not need to find match funding: a grant can pay for the whole cost of "
        "your project. If other funders are also supporting the project, please tell us on "
        "the form."
    )
    head("6. How to apply")
    para(
        "Fill in the application form, which you can download from "
        "www.morthwaite.example.gov.uk/grtgrants or ask us to post to you. The form asks "
        "about your group and who runs it, what you want to do, who will take part, how the "
        "project will make a difference, and what it will cost. You can also apply by "
        "telling a Community Development Worker your answers, in person or on the phone; "
        "they will write them down and read them back to you."
    )
    para(
        "There are two closing dates each year: 31 January and 31 July. Small grants can "
        "also be applied for at any time and are decided within four weeks."
    )
    head("7. What you need to send")
    para("All groups must send these with the application form:")
    item("1.", "your constitution or set of rules;")
    item(
        "2.",
        "your latest annual accounts, or a statement of your income and spending for the "
        "last 12 months signed by two committee members;",
    )
    item("3.", "a bank statement from the last three months in the group's name; and")
    item(
        "4.",
        "a reference from someone who knows your group's work but is not a member of it, "
        "such as a Traveller Education worker, a health visitor, a site manager or a "
        "worker from a Gypsy and Traveller organisation.",
    )
    para("Some groups must also send:")
    item(
        "\u2022",
        "if you are applying for a project grant: two quotes for any item costing more than £500;",
    )
    item(
        "\u2022",
        "if your project involves children, young people or adults at risk: your "
        "safeguarding policy.",
    )
    para(
        "If you do not have a document, please ring us before you send your form. We would "
        "rather help you than turn an application down."
    )
    head("8. Insurance")
    para(
        "All groups must have public liability insurance of at least £5 million before the "
        "grant is paid. You do not need to send the certificate with your application, but "
        "we may ask to see it. If you do not have insurance, you can include the cost in "
        "your application."
    )
    head("9. How we decide")
    para(
        "Small grants are decided by the Community Development Manager. Project grants are "
        "decided by a panel of council officers and three members of the Gypsy, Roma and "
        "Traveller Forum. The panel scores each application as follows."
    )
    table(
        [
            ("What the panel looks for", "Score"),
            ("The group is led by Gypsy, Roma or Traveller people", "Pass or fail"),
            ("Community members have asked for the project or helped to plan it", "30"),
            ("The project will make a real difference to the people taking part", "30"),
            ("The plan and the costs are realistic", "25"),
            ("The project will help the group to keep going or to grow", "15"),
        ],
        (351, 100),
    )
    head("10. If you get a grant")
    para(
        "We will send you a letter offering the grant, which one committee member must sign "
        "and return. We pay the grant into your bank account within two weeks. When the "
        "project has finished, we will ask you what happened and to send copies of receipts. "
        "You can tell us by phone or in person if you prefer; you do not need to write a "
        "report."
    )
    head("11. Questions people often ask")
    para("Can a group apply more than once?", 11, "Helvetica-Bold")
    para(
        "Yes, but you can only have one grant at a time, and you must have finished your "
        "last project first."
    )
    para("Can we apply if we live on a transit site or by the roadside?", 11, "Helvetica-Bold")
    para("Yes, as long as your project takes place in Morthwaite county.")
    para("Who can we talk to?", 11, "Helvetica-Bold")
    para(
        "Ring the Community Development team on 01632 963 871, Monday to Friday, 9am to 5pm. "
        "You can also text this number and we will ring you back, or email "
        "grtgrants@morthwaite.example.gov.uk. Morthwaite County Council, County Hall, "
        "Morthwaite MW1 3EZ."
    )
    folio()
    c.save()


if __name__ == "__main__":
    tallowford()
    brimmerton()
    quendlebury()
    morthwaite()
