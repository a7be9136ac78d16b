"""Build set 92's Word and PDF documents (typical small grants from resident-led area
partnerships and neighbourhood trusts: a Big Local partnership's community chest, a city
council's neighbourhood forum small grants, an estate regeneration community chest and a
neighbourhood trust's small grants guidance, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus92.py
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


def _yesno(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.set_cell(r.cells[1], f"{BOX} Yes     {BOX} No")
    d.add_paragraph()


def gosterwick() -> None:
    d = kit.new_document(FIXED, "Community Chest: application form", "Gosterwick Big Local")
    p = d.add_paragraph
    d.add_heading("Gosterwick Big Local", 0)
    p("Community Chest application form 2027")
    p(
        "The Community Chest gives small grants of £50 to £1,000 to groups of residents who "
        "want to do something good for Gosterwick Park, Meadow Lane and the Old Mill estate. "
        "It is run by the Gosterwick Big Local partnership, a group of local residents, and "
        "the money is held for us by our locally trusted organisation, Gosterwick Community "
        "and Voluntary Service."
    )
    p(
        "You do not need to be a registered charity or have a constitution to apply. Any "
        "group of three or more residents can apply, as long as the people who sign the form "
        "are not related to each other and do not live at the same address. If your group "
        "does not have its own bank account, another local organisation can receive the "
        "grant for you (see Section 4)."
    )
    p(
        "Please fill in every section and keep to the word limits. You can type into the "
        "boxes or print the form and write by hand. Return it by email to "
        "communitychest@gosterwickbiglocal.example.org.uk or drop it in at the Meadow Lane "
        "Community Hub."
    )
    d.add_heading("Need help filling in the form?", 2)
    p(
        "Our community worker, Sam, can help you with your application, go through your idea "
        "with you or read a draft. Call or text 07700 900 462."
    )
    d.add_heading("Section 1: About your group", 1)
    _details(
        d,
        [
            "Name of your group",
            "Contact name",
            "Role in the group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Date your group started",
        ],
        shade=True,
    )
    p()
    _yesno(
        d,
        [
            "Does your group have a written constitution or set of rules?",
            "Does your group have its own bank account with at least two signatories who are "
            "not related?",
        ],
    )
    d.add_heading("Section 2: Your idea", 1)
    _question(d, "2.1 Tell us about your group and what it does. (max 150 words)", 2200)
    _question(
        d,
        "2.2 What do you want to do, and when and where will it happen? (max 250 words)",
    )
    _question(
        d,
        "2.3 How will local residents benefit, and roughly how many people will take part? "
        "(max 150 words)",
        2200,
    )
    _question(
        d,
        "2.4 How have local people been involved in planning this activity? (max 100 words)",
        1800,
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list what you want the Community Chest to pay for.")
    _grid(d, ["Item", "Cost (£)"], 6)
    _details(
        d,
        ["Total cost of the activity (£)", "Amount requested from the Community Chest (£)"],
        shade=True,
    )
    p()
    p(
        "You do not need to find other funding to apply. If you do have other money or help "
        "in kind, such as a free room, please mention it in question 2.2."
    )
    d.add_heading("Section 4: Organisation receiving the grant for you", 1)
    p(
        "Only fill in this section if your group does not have its own bank account. The "
        "organisation named here agrees to receive the grant on your behalf, to pay your "
        "costs from it and to make sure it is spent on the activity described in this form. "
        "It could be a local charity, a school, a church or a tenants' association."
    )
    _details(
        d,
        [
            "Name of organisation",
            "Contact name",
            "Position",
            "Telephone",
            "Email",
            "Signature of the organisation's representative",
            "Date",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 5: What you need to send", 1)
    p("Please tick to show what you have sent with this form.")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed (tick)", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    docs = [
        "A recent bank statement (from the last three months) for the account the grant will "
        "be paid into: your group's own account, or the account of the organisation named in "
        "Section 4",
        "A copy of your constitution or set of rules, if your group has one",
        "A quote or price list for any single item costing more than £250",
        "If your activity involves children, young people or adults at risk: a copy of your "
        "safeguarding policy",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Section 6: Declaration", 1)
    p(
        "We confirm that the information in this form is true, that the grant will only be "
        "used for the activity described, that we will return any money not spent, and that "
        "we will send the Big Local partnership receipts and a short report, with photos if "
        "possible, within two months of the activity finishing. Two members of the group who "
        "are not related and do not live at the same address must sign."
    )
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["", "First person", "Second person"], strict=True):
        kit.set_cell(c, h, bold=True)
        _shade(c)
    for r, label in zip(
        t.rows[1:], ["Signature", "Print name", "Role in the group", "Date"], strict=True
    ):
        kit.set_cell(r.cells[0], label, bold=True)
        _shade(r.cells[0])
        kit.row_height(r, 420)
    p()
    p(
        "What happens next? The Big Local partnership's grants panel, made up of four "
        "residents, meets on the first Tuesday of each month. We will let you know the "
        "panel's decision within a week of the meeting."
    )
    p(
        "Gosterwick Big Local, Meadow Lane Community Hub, 2 Meadow Lane, Gosterwick GW4 8TR. "
        "www.gosterwickbiglocal.example.org.uk"
    )
    out = HERE / "gosterwick-big-local-community-chest-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def _numbered_box(d, text: str, height: int = 2800) -> None:
    """A question as a numbered paragraph with a one-cell box under it."""
    par = d.add_paragraph()
    par.add_run(text).bold = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    kit.row_height(t.rows[0], height)
    d.add_paragraph()


def thursgate() -> None:
    d = kit.new_document(
        FIXED, "Neighbourhood Forum Small Grants: application form", "Thursgate City Council"
    )
    p = d.add_paragraph
    d.add_heading("Thursgate City Council", 0)
    p("Neighbourhood Forum Small Grants 2027 to 2028")
    p("Application form")
    p(
        "Each of the city's three neighbourhood forums (North, Central and South) has a small "
        "grants budget to support projects run by residents and community groups in its "
        "area. Grants are from £200 to £2,500. Decisions are made by the forum's residents' "
        "panel and ward councillors at the forum's public meetings, which are held four "
        "times a year."
    )
    p(
        "Constituted community groups, tenants' and residents' associations, schools' parent "
        "groups and small charities can apply. Groups that are not constituted, or do not "
        "have a bank account in the group's name, can apply if another organisation agrees "
        "to receive the grant for them (an accountable body)."
    )
    p(
        "Please read the guidance notes before filling in this form. Answer every question in "
        "Parts B and C and keep within the word limits. Send the completed form to "
        "neighbourhoodforums@thursgate.example.gov.uk or to Neighbourhoods Team, Thursgate "
        "City Council, Guildhall, Thursgate TG1 1HQ, at least six weeks before the forum "
        "meeting."
    )
    d.add_heading("Part A: About your group", 1)
    _details(
        d,
        ["Name of group", "Main contact", "Address", "Postcode", "Daytime telephone", "Email"],
    )
    p()
    p("Type of group (please tick one)").runs[0].bold = True
    p(
        f"{BOX} Constituted community or voluntary group    {BOX} Group of residents that is "
        f"not constituted    {BOX} Tenants' or residents' association    {BOX} Parent "
        f"teacher association or school group    {BOX} Registered charity"
    )
    p("Which neighbourhood forum area is your project in? (please tick one)").runs[0].bold = True
    p(f"{BOX} North    {BOX} Central    {BOX} South")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0], "Does your group have a bank account in the group's name?", True
    )
    kit.set_cell(t.rows[0].cells[1], f"{BOX} Yes     {BOX} No")
    kit.set_cell(
        t.rows[1].cells[0],
        "If no, name of the organisation that will receive the grant for you (your "
        "accountable body)",
        True,
    )
    kit.row_height(t.rows[1], 420)
    p()
    d.add_heading("Part B: Your project", 1)
    _details(d, ["B1 Project title"])
    p()
    _numbered_box(
        d,
        "B2 Describe your project. What will you do, and who will take part? (no more than "
        "250 words)",
        3400,
    )
    _numbered_box(
        d,
        "B3 Why is the project needed in your neighbourhood? How do you know? (no more than "
        "200 words)",
    )
    _details(
        d,
        [
            "B4 Approximate number of people who will benefit",
            "B5 Project start date",
            "B6 Project end date",
        ],
    )
    p()
    _numbered_box(
        d,
        "B7 How will you let local people know about the project, and how will you make sure "
        "anyone can take part? (no more than 150 words)",
        2400,
    )
    _numbered_box(
        d,
        "B8 How will you know the project has made a difference? (no more than 150 words)",
        2400,
    )
    _numbered_box(
        d,
        "B9 Is there anything else you would like the forum to know about your project?",
        1800,
    )
    d.add_heading("Part C: Project costs", 1)
    p("C1 Please give a breakdown of the costs of your project.").runs[0].bold = True
    _grid(d, ["Item", "Supplier (if known)", "Cost (£)"], 6)
    _details(d, ["C2 Total cost of the project (£)", "C3 Amount requested from the forum (£)"])
    p()
    p(
        "Neighbourhood forums expect groups to contribute to their projects. You must find at "
        "least 25% of the total cost from elsewhere: your own funds, fundraising, other grants "
        "or help in kind such as donated materials. Volunteer time can be counted at £12 an "
        "hour."
    )
    p(
        "C4 Please list the other funding or help in kind for your project, and say whether "
        "it is secured."
    ).runs[0].bold = True
    _grid(d, ["Source", "Amount or value (£)", "Secured or applied for?"], 3)
    d.add_heading("Part D: Documents", 1)
    p("Please send these documents with your form:")
    for text in [
        "a copy of your group's most recent bank statement (no more than three months old); "
        "if an accountable body is receiving the grant for you, its bank statement;",
        "your group's latest annual accounts, or an income and expenditure statement for the "
        "last 12 months signed by your treasurer or another member of the group.",
    ]:
        d.add_paragraph(text, style="List Bullet")
    p("Some groups must also send:")
    for text in [
        "quotes for any item costing more than £500;",
        "if your project involves preparing or serving food, a food hygiene certificate for "
        "the person in charge of the food.",
    ]:
        d.add_paragraph(text, style="List Bullet")
    p(
        "Your group must hold public liability insurance of at least £5 million for the "
        "project. You do not need to send the certificate, and the cost of insurance can be "
        "included in your budget."
    )
    d.add_heading("Part E: Declaration", 1)
    p(
        "I confirm that I am authorised to apply on behalf of the group, that the information "
        "in this application is correct, and that any grant will be spent only on the project "
        "described. I understand that the group will need to send a monitoring report with "
        "receipts within three months of the project ending, and that the Council may ask for "
        "the grant to be repaid if it is not spent as agreed."
    )
    _details(d, ["Signed", "Name", "Position in group", "Date"])
    p()
    p(
        "Data protection: the Council will use the information on this form to assess your "
        "application and monitor the grant. Your group's name, the project and the amount "
        "awarded will be published in the forum's minutes. Our privacy notice is at "
        "www.thursgate.example.gov.uk/privacy."
    )
    out = HERE / "thursgate-neighbourhood-forum-small-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pollardine() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pollardine-estate-community-chest-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Pollardine Estate Community Chest: application form")
    c.setAuthor("Pollardine Regeneration Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#2E6B3A")

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
        c.setFillColor(green)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(black)
        state["y"] -= 26

    def field(name: str, label: str, maxlen: int) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        form.textfield(
            name=name,
            tooltip=label,
            x=260,
            y=state["y"] - 18,
            width=285,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            maxlen=maxlen,
        )
        state["y"] -= 28

    def box(name: str, label: str, maxlen: int, height: int = 120) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        form.textfield(
            name=name,
            tooltip=label,
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
                value=opt.replace(" ", "_").replace(",", ""),
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
    c.drawString(50, state["y"], "Pollardine Estate Community Chest")
    state["y"] -= 22
    txt("Application form 2027", 12, "Helvetica-Bold")
    txt(
        "Pollardine Regeneration Partnership: Pollardine Homes, Pollardine Borough Council "
        "and the Pollardine Residents' Steering Group",
        9,
        "Helvetica-Oblique",
    )
    state["y"] -= 4
    txt(
        "While the Pollardine estate is being rebuilt, the Community Chest gives grants of up "
        "to £1,500 to residents' groups and local organisations for activities that bring "
        "neighbours together, help residents through the changes or make the estate a better "
        "place to live. Groups do not need to be constituted, but at least half of the people "
        "running the project must live on the estate."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen, save it and email it to "
        "communitychest@pollardinehomes.example.org.uk, or print it and hand it in at the "
        "Regeneration Hub, Unit 3, Pollardine Parade. Each answer box shows how many "
        "characters you can use. If you would like help, ask for Priya or Tom at the Hub or "
        "call 01632 962 735."
    )
    bar("Part 1: About your group")
    field("group_name", "Name of your group or organisation", 100)
    field("contact_name", "Contact name", 60)
    field("address", "Address", 150)
    field("postcode", "Postcode", 10)
    field("telephone", "Telephone", 20)
    field("email", "Email", 80)
    radios(
        "group_type",
        "Is your group:",
        ["A constituted group", "A group that is not constituted", "A charity or company"],
    )
    radios("own_account", "Does your group have its own bank account?", ["Yes", "No"])
    field("holding_org", "If no, name of the organisation holding the grant for you", 100)
    bar("Part 2: Your idea")
    box(
        "q2_1",
        "2.1 What is your idea? Tell us what you want to do. (up to 1,200 characters)",
        1200,
        150,
    )
    box(
        "q2_2",
        "2.2 Which residents will take part or benefit, and how many? (up to 900 characters)",
        900,
    )
    box(
        "q2_3",
        "2.3 How will the project help residents during the regeneration of the estate? (up "
        "to 900 characters)",
        900,
    )
    box(
        "q2_4",
        "2.4 Who else have you talked to about your idea, for example the Residents' Steering "
        "Group or a local organisation? (up to 600 characters)",
        600,
        90,
    )
    field("start_date", "Project start date", 10)
    field("residents_number", "Approximate number of residents taking part", 6)
    bar("Part 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("amount_requested", "Amount requested from the Community Chest (£)", 10)
    txt(
        "Please attach a breakdown of your costs (see Part 4). If the project will cost more "
        "than £1,500, tell us in 2.1 where the rest of the money will come from."
    )
    bar("Part 4: Documents")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_costs", "A breakdown of your costs (a simple list of items and prices is fine)")
    tick(
        "doc_bank",
        "A bank statement from the last three months for the account the grant will be paid "
        "into (your group's, or the organisation's holding the grant for you)",
    )
    tick("doc_quotes", "Quotes for any single item costing more than £300")
    tick(
        "doc_landlord",
        "If your project will use a communal room, garden or other shared space on the "
        "estate: written permission from Pollardine Homes",
    )
    bar("Part 5: Declaration")
    txt(
        "I confirm that the information in this form is correct, that the grant will be used "
        "only for the project described, and that I will send receipts and a short report "
        "within two months of the project ending. Our group has, or will arrange before the "
        "project starts, public liability insurance of at least £2 million; the Community "
        "Chest can pay for this. I understand that Pollardine Homes and the Council will keep "
        "the information in this form to manage the Community Chest."
    )
    state["y"] -= 4
    tick("declaration", "I agree with the declaration above")
    field("decl_name", "Name", 60)
    field("decl_signature", "Signature (type your name if sending by email)", 60)
    field("decl_date", "Date", 10)
    c.save()


def harnworth() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "harnworth-neighbourhood-trust-small-grants-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Neighbourhood Small Grants: guidance notes")
    c.setAuthor("Harnworth Neighbourhood Trust")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            f"Harnworth Neighbourhood Trust - Neighbourhood Small Grants - guidance notes - "
            f"page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 72:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 10.5, font: str = "Helvetica", x: float = 72) -> None:
        for line in simpleSplit(t, font, size, w - x - 72):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 5

    def head(t: str) -> None:
        room(50)
        state["y"] -= 8
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 90 - 72)
        room(15 * len(lines))
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(78, state["y"], "\u2022")
            c.drawString(90, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    def table(rows: list[tuple[str, str]], widths: tuple[int, int]) -> None:
        for n, row in enumerate(rows):
            font = "Helvetica-Bold" if n == 0 else "Helvetica"
            cells = [simpleSplit(t, font, 9.5, wd - 8) for t, wd in zip(row, widths, strict=True)]
            need = 13 * max(len(x) for x in cells) + 6
            room(need)
            x = 72
            for lines, wd in zip(cells, widths, strict=True):
                c.rect(x, state["y"] - need + 10, wd, need, stroke=1, fill=0)
                for i, line in enumerate(lines):
                    c.setFont(font, 9.5)
                    c.drawString(x + 4, state["y"] - 13 * i, line)
                x += wd
            state["y"] -= need
        state["y"] -= 10

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Harnworth Neighbourhood Trust")
    state["y"] -= 30
    para("Neighbourhood Small Grants", 15, "Helvetica-Bold")
    para("Guidance notes for applicants, April 2027 to March 2028", 12, "Helvetica-Bold")
    state["y"] -= 6
    para(
        "Please read these notes before you fill in the application form. If anything is not "
        "clear, or you would like to talk through your idea, contact our Community "
        "Development Worker (details in section 10)."
    )
    head("1. About the Trust")
    para(
        "Harnworth Neighbourhood Trust is a charity run by people who live in Harnworth. It "
        "was set up in 2009 when the Harnworth Vale and Brookside estates were transferred "
        "from the Council, and it owns and runs the Harnworth Centre, the community garden "
        "and four shop units on Brookside Parade. The rent from the shops and the hire of the "
        "Centre pay for the Trust's work, including these grants."
    )
    para(
        "Eight of the Trust's eleven board members are residents elected at the annual "
        "general meeting. Small grants decisions are made by a panel of three board members "
        "and two young residents."
    )
    head("2. What the grants are for")
    para(
        "Neighbourhood Small Grants support activities that make Harnworth a better place to "
        "live, led by the people who live here. Each year the board chooses priorities after "
        "talking to residents. For 2027 to 2028 they are:"
    )
    bullet("bringing neighbours together, especially people who feel isolated;")
    bullet("activities for children and young people in the school holidays;")
    bullet("looking after green spaces, including growing food;")
    bullet("helping residents with the cost of living, for example through skills sharing;")
    bullet("celebrating the different cultures and histories of Harnworth.")
    para(
        "Past grants have paid for a Friday lunch club at the Harnworth Centre, football "
        "coaching in the summer holidays, raised beds for the Brookside flats, a sewing and "
        "repair café and the Harnworth Mela."
    )
    head("3. Who can apply")
    para("You can apply if you are:")
    bullet("a constituted community group, club or society;")
    bullet("a tenants' and residents' association;")
    bullet(
        "a registered charity, charitable incorporated organisation or community interest "
        "company working in Harnworth; or"
    )
    bullet("a group of at least three residents that is not constituted.")
    para(
        "Groups that are not constituted, or that do not have a bank account with at least "
        "two unrelated signatories, must apply with an accountable body. This is an "
        "established organisation, such as a charity, a school or a church, that agrees to "
        "receive the grant for you, keep the money safe and make sure it is spent on what was "
        "agreed. The accountable body signs Section 6 of the application form. We can help "
        "you find one."
    )
    para(
        "Most of the people who will take part in or benefit from the activity must live in "
        "the Trust's area (the Harnworth, Vale and Brookside wards; a map is on our website)."
    )
    head("4. What we cannot fund")
    bullet("individuals, or activities that benefit only one person or family;")
    bullet("activities that have already happened or items already bought;")
    bullet(
        "political or religious campaigning (faith groups can apply for activities open "
        "to everyone);"
    )
    bullet("trips or events where most of the people going do not live in Harnworth;")
    bullet("paying off debts, or the running costs of an organisation's normal work;")
    bullet("gifts, prizes or alcohol.")
    head("5. How much you can ask for")
    para(
        "You can ask for between £250 and £3,000. Most grants are under £1,000, and the panel "
        "will look most favourably on requests for activities that could not happen without "
        "the grant. A group can receive only one Neighbourhood Small Grant in each financial "
        "year. Grants can pay for equipment, materials, room hire, sessional workers, "
        "publicity, volunteers' expenses, refreshments and insurance for the activity."
    )
    head("6. How to apply")
    para(
        "Fill in the Neighbourhood Small Grants application form, which you can download "
        "from www.harnworthtrust.example.org.uk/grants or collect from the reception at the "
        "Harnworth Centre. The form asks about your group, what you want to do, who will "
        "take part, how residents have been involved and what it will cost. You can write "
        "your answers by hand or type them."
    )
    para(
        "The panel meets every two months. Please send your form at least four weeks before "
        "the panel date, and at least eight weeks before your activity starts. The panel "
        "dates for the year are:"
    )
    table(
        [
            ("Panel meeting", "Last day to send your form"),
            ("Tuesday 4 May 2027", "Tuesday 6 April 2027"),
            ("Tuesday 6 July 2027", "Tuesday 8 June 2027"),
            ("Tuesday 7 September 2027", "Tuesday 10 August 2027"),
            ("Tuesday 2 November 2027", "Tuesday 5 October 2027"),
            ("Tuesday 11 January 2028", "Tuesday 7 December 2027"),
            ("Tuesday 7 March 2028", "Tuesday 8 February 2028"),
        ],
        (225, 226),
    )
    head("7. What you need to send")
    para("Every applicant must send these documents with the application form:")
    table(
        [
            ("Document", "Notes"),
            (
                "Your group's constitution or set of rules",
                "If you are applying with an accountable body, send the accountable body's "
                "governing document instead.",
            ),
            (
                "Your latest annual accounts",
                "These do not need to be audited or examined. If your group is less than 12 "
                "months old and does not have accounts yet, send a bank statement from the "
                "last three months instead. If you are applying with an accountable body, "
                "send its accounts.",
            ),
        ],
        (170, 281),
    )
    para("Some applicants must also send:")
    bullet(
        "a copy of your safeguarding policy, if your activity involves children, young "
        "people or adults at risk;"
    )
    bullet("two quotes for any single item costing more than £500;")
    bullet(
        "written permission from the owner, if your activity will take place on land or in a "
        "building that your group does not own or rent (for the Harnworth Centre and the "
        "community garden, the Trust will arrange this for you)."
    )
    para(
        "Every group must have an equal opportunities policy, or agree to follow the Trust's. "
        "You do not need to send it; you will be asked to confirm this in the declaration."
    )
    head("8. Insurance")
    para(
        "All groups must have public liability insurance of at least £5 million that covers "
        "the activity, or be covered by their accountable body's insurance. You do not need "
        "to send the certificate. The cost of insurance for the activity can be included in "
        "your budget."
    )
    head("9. How we decide and what happens next")
    para("The panel considers each application against these questions:")
    bullet("Does the activity meet one or more of this year's priorities?")
    bullet("Is it led by, or has it been planned with, Harnworth residents?")
    bullet("Will it reach people who do not usually take part?")
    bullet("Are the costs reasonable, and is the group able to deliver it?")
    para(
        "We will write to you within ten days of the panel meeting. If you are offered a "
        "grant, you will be asked to sign a grant agreement, and the grant will be paid into "
        "your group's (or your accountable body's) bank account within two weeks. Within two "
        "months of the activity ending you must send a short report, with receipts for "
        "everything the grant paid for and photos if you have them."
    )
    para("Frequently asked questions", 12, "Helvetica-Bold")
    para("Can we apply if we have had a grant before?", 10.5, "Helvetica-Bold")
    para(
        "Yes, but not more than once in each financial year, and you must have sent the "
        "report for your last grant."
    )
    para("Can an individual apply?", 10.5, "Helvetica-Bold")
    para(
        "No. You need at least two other residents to form a group with you, but you do not "
        "need a constitution."
    )
    para("What if our activity costs more than £3,000?", 10.5, "Helvetica-Bold")
    para(
        "You can still apply for part of the cost, but tell us on the form where the rest of "
        "the money is coming from."
    )
    head("10. Contact")
    para(
        "Community Development Worker, Harnworth Neighbourhood Trust, Harnworth Centre, "
        "Vale Road, Harnworth HW2 5NB. Telephone 01632 964 118. Email "
        "grants@harnworthtrust.example.org.uk. The Centre is open Monday to Friday, 9am to "
        "5pm."
    )
    folio()
    c.save()


if __name__ == "__main__":
    gosterwick()
    thursgate()
    pollardine()
    harnworth()
