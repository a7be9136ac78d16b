"""Build set 87's Word and PDF documents (typical community resilience, emergency planning and
flood recovery grants: a community flood group grant, community emergency plan and resilience
equipment grants, a flood recovery community grant and a local resilience forum's community
grants, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus87.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.shade_cell(r.cells[0])
        kit.row_height(r, 420)


def _box(d, height: int = 2800) -> None:
    """One empty cell under a question paragraph: the answer space."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    kit.row_height(t.rows[0], height)
    d.add_paragraph()


def harrowmere() -> None:
    d = kit.new_document(
        FIXED,
        "Community Flood Group Grant: application form",
        "Harrowmere District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def q(text: str, height: int = 2800) -> None:
        par = p()
        par.add_run(text).bold = True
        _box(d, height)

    d.add_heading("Harrowmere District Council", 0)
    p("Community Flood Group Grant 2027 to 2028: application form")
    p(
        "Community flood groups do a great deal to protect their neighbours: they watch river "
        "levels, put out flood boards and sandbags, help to clear drains and culverts and "
        "check on people who may need help when flooding is forecast. The Community Flood "
        "Group Grant gives groups in Harrowmere district up to £3,000 to buy flood equipment "
        "(such as flood stores, pumps, flood boards, waders, torches, radios and personal "
        "protective equipment) and to train their volunteers."
    )
    p(
        "Flood action groups, residents' associations, parish and town councils and other "
        "community groups can apply. The Council can fund up to 90% of the cost of your "
        "project. You must find at least 10% of the cost yourselves, from your own "
        "fundraising, your parish or town council or another funder."
    )
    p(
        "Please read the guidance notes before you fill in this form, and talk to the "
        "Council's Flood Risk team if you are not sure whether your project is eligible. "
        "Type your answers in the boxes, which will grow as you type, and keep to the word "
        "limits. Email the form and your documents to floodgroups@harrowmere.example.gov.uk. "
        "The closing date is 12 noon on Friday 5 March 2027."
    )
    d.add_heading("Section 1: About your group", 1)
    _details(
        d,
        [
            "Name of group",
            "Main contact name",
            "Position in the group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Number of active volunteers",
        ],
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of group (please tick one)", bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Flood action group    {BOX} Residents' association    "
        f"{BOX} Parish or town council    {BOX} Other community group",
    )
    p()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0],
        "Does your group have a bank account in its own name, needing two people to sign?",
        bold=True,
    )
    kit.shade_cell(t.rows[0].cells[0])
    kit.set_cell(t.rows[0].cells[1], f"Yes {BOX}    No {BOX}")
    p()
    d.add_heading("Section 2: Your project", 1)
    q(
        "2.1 Tell us about your group and the area it covers, including roughly how many "
        "homes and businesses are at risk of flooding. (max 250 words)"
    )
    q(
        "2.2 What do you want to buy or do with the grant, and why is it needed? (max 300 words)",
        3400,
    )
    q(
        "2.3 Where will the equipment be stored, who will be responsible for it, and how "
        "will it be checked and maintained? (max 200 words)"
    )
    q(
        "2.4 How will you recruit and train volunteers, and how will you keep them safe when "
        "they use the equipment? (max 200 words)"
    )
    q(
        "2.5 Does your community have a community flood plan or emergency plan? If it does, "
        "explain how this project fits with it; if not, tell us whether you plan to write "
        "one. (max 150 words)",
        2000,
    )
    d.add_heading("Section 3: Costs", 1)
    p(
        "Please list everything you want to buy and its cost, including VAT if your group "
        "cannot claim it back."
    )
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    _details(
        d,
        [
            "Total cost of the project (£)",
            "Amount of grant requested (£)",
            "Other funding for the project: source and amount (£) (at least 10% of the total)",
        ],
    )
    p()
    d.add_heading("Section 4: What you need to send", 1)
    p("Please send these documents with your form. We cannot assess your application without them.")
    bullet(
        "A copy of your group's constitution, terms of reference or set of rules (parish and "
        "town councils: your standing orders)."
    )
    bullet(
        "Your latest annual accounts, or an income and expenditure statement for the last "
        "12 months signed by two members of your committee."
    )
    bullet("Your most recent bank statement, showing the name of the group.")
    bullet(
        "A copy of your public liability insurance certificate. Your group must hold public "
        "liability insurance of at least £5 million that covers volunteers using the "
        "equipment."
    )
    bullet(
        "A risk assessment for the activities your volunteers will carry out with the "
        "equipment. The Flood Risk team can send you a template."
    )
    p("You may also need to send:")
    bullet("a quote for each item costing more than £250;")
    bullet(
        "if the equipment will be stored or fixed on land or in a building that your group "
        "does not own: written permission from the owner."
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "On behalf of the group I confirm that the information in this form is correct; that "
        "the group has a health and safety policy which its volunteers follow; that the "
        "grant will be spent only on the items described; and that the group will tell the "
        "Council's Flood Risk team where the equipment is kept and who to contact about it. "
        "I understand that the Council may ask for the grant to be repaid if it is not used "
        "as agreed."
    )
    _details(d, ["Signature", "Name", "Position in the group", "Date"])
    p()
    p(
        "Flood Risk Management, Harrowmere District Council, Riverside House, Mill Lane, "
        "Harrowmere HM4 2RT. Telephone 01632 960 772. www.harrowmere.example.gov.uk/floodgroups"
    )
    out = HERE / "harrowmere-community-flood-group-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def kestlewick() -> None:
    d = kit.new_document(
        FIXED,
        "Community Resilience Grants: guidance notes",
        "Kestlewick County Council Emergency Planning Unit",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Community Resilience Grants", 0)
    p("Community emergency plans and resilience equipment: guidance notes for applicants, 2027")
    p("Kestlewick County Council Emergency Planning Unit")
    d.add_heading("1. Introduction", 1)
    p(
        "When an emergency happens, such as flooding, heavy snow, a long power cut or a "
        "major incident, it can take time for the emergency services and the Council to "
        "reach everyone who needs help. Communities that have planned ahead cope better and "
        "recover faster. Community Resilience Grants help local groups to write a community "
        "emergency plan and to buy the equipment they need to put it into action."
    )
    p(
        "The grants are paid for by the County Council and given out by its Emergency "
        "Planning Unit on behalf of the Kestlewick Local Resilience Forum. There is £60,000 "
        "to give out in 2027 to 2028."
    )
    d.add_heading("2. What you can apply for", 1)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Grant", "Up to", "What it is for"], strict=True):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c)
    rows = [
        (
            "Planning grant",
            "£500",
            "Costs of writing or updating a community emergency plan: room hire for "
            "meetings, printing and delivering leaflets to households, and a small "
            "exercise to test the plan.",
        ),
        (
            "Equipment grant",
            "£2,500",
            "Equipment to carry out your plan, such as a generator, a secure equipment "
            "store, radios, torches, first aid kits, high-visibility jackets, snow "
            "shovels, sandbags or flood boards, and a community emergency box.",
        ),
    ]
    for r, row in zip(t.rows[1:], rows, strict=True):
        for c, text in zip(r.cells, row, strict=True):
            kit.set_cell(c, text)
    p()
    p(
        "You can apply for one grant or both at the same time. You can only apply for an "
        "equipment grant if your community already has an emergency plan, or if you are "
        "applying for a planning grant as well."
    )
    d.add_heading("3. Who can apply", 1)
    p("You can apply if you are:")
    bullet("a parish or town council;")
    bullet("a community or voluntary group with a constitution or set of rules; or")
    bullet("a flood action group, snow warden group or community resilience group.")
    p(
        "Your group must work in Kestlewick county, have a bank account in its own name and "
        "have at least three committee members or councillors who are not related to each "
        "other. Individuals and businesses cannot apply."
    )
    d.add_heading("4. What we cannot fund", 1)
    bullet("anything you have already bought or ordered;")
    bullet("the running costs of your group, or salaries;")
    bullet("equipment for one household or property (for example a flood door for one home);")
    bullet("vehicles, or fuel for them;")
    bullet("food, except for an exercise or a launch event for your plan.")
    d.add_heading("5. Match funding", 1)
    p(
        "You do not have to find any match funding. We can pay the whole cost of your "
        "project, up to the limits above. If your parish council or another funder is "
        "contributing, please tell us on the form."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Download the application form (a Word document) from "
        "www.kestlewick.example.gov.uk/communityresilience, fill it in and email it to "
        "resilience@kestlewick.example.gov.uk with the documents listed in section 7. The "
        "form asks about your group, your community and the risks it faces, your plan or how "
        "you will write it, what you want to buy, and how you will look after the equipment. "
        "If you cannot use the Word form, call us on 01632 961 090 and we will post you a "
        "printed copy."
    )
    p(
        "There are three rounds each year, closing on 31 January, 31 May and 30 September. "
        "We will tell you our decision within six weeks of the closing date."
    )
    d.add_heading("7. What you need to send", 1)
    p("Every group must send:")
    number(
        "a copy of your constitution, terms of reference or set of rules (parish and town "
        "councils can send their standing orders instead);"
    )
    number(
        "a recent bank statement, no more than three months old, showing the group's name "
        "and address."
    )
    p("We do not need to see your accounts: the bank statement is enough for grants of this size.")
    p("If you are applying for an equipment grant, please also send:")
    number(
        "a copy of your community emergency plan (or the draft, if you are applying for a "
        "planning grant at the same time);"
    )
    number(
        "a risk assessment for storing and using the equipment, especially generators, "
        "pumps and anything used near water;"
    )
    number("a quote for each item costing more than £500;")
    number(
        "if the equipment will be kept on land or in a building that your group does not "
        "own or rent: the written permission of the owner."
    )
    p(
        "If any of your volunteers will visit or phone vulnerable residents during an "
        "emergency, you must also send your safeguarding policy."
    )
    d.add_heading("8. Insurance, health and safety", 1)
    p(
        "Community groups must hold public liability insurance of at least £2 million that "
        "covers the activities in the plan. Parish and town councils are normally covered "
        "by their own council's insurance. You do not need to send us your insurance "
        "certificate, but we may ask to see it before we pay the grant."
    )
    p(
        "Every group must have a health and safety policy, and you will be asked to confirm "
        "this on the form. Volunteers must never put themselves at risk: they should not "
        "enter flood water, go onto roofs or climb ladders, or work near live electricity."
    )
    d.add_heading("9. How we assess applications", 1)
    p(
        "Applications are checked by an Emergency Planning Officer, who may visit you or "
        "ask for more information, and then considered by a panel of officers from the "
        "Council, the fire and rescue service and the Environment Agency. The panel looks "
        "at:"
    )
    bullet("the risks your community faces and how many people could be affected;")
    bullet("how well the plan or equipment would help your community in an emergency;")
    bullet("how the equipment will be looked after and used safely;")
    bullet("whether local people and your parish or town council support the project.")
    d.add_heading("10. If you receive a grant", 1)
    p(
        "We will send you an offer letter, which you must sign and return. We pay the grant "
        "into your group's bank account in one payment. Within six months you must send us "
        "receipts for what you bought, a copy of your finished plan (if you had a planning "
        "grant) and a short report on what difference the grant has made. We will add your "
        "plan's key contacts to the County Council's emergency contacts list, so that we "
        "can reach you in an emergency."
    )
    d.add_heading("11. Frequently asked questions", 1)
    par = p()
    par.add_run("What is a community emergency plan?").bold = True
    p(
        "A short document, written by local people, that says what risks your community "
        "faces, who the key contacts are, where people can go if they have to leave their "
        "homes, and who may need extra help. Our template and examples are on the website."
    )
    par = p()
    par.add_run("Can we apply if we have had a grant before?").bold = True
    p(
        "Yes, but not for the same equipment, and your earlier grant must have been spent "
        "and reported on."
    )
    par = p()
    par.add_run("Can we pay volunteers' expenses?").bold = True
    p("Yes, reasonable travel expenses for training can be included in an equipment grant.")
    d.add_heading("12. Contact us", 1)
    p(
        "Emergency Planning Unit, Kestlewick County Council, County Hall, Castle Street, "
        "Kestlewick KW1 1EP. Telephone 01632 961 090. "
        "Email resilience@kestlewick.example.gov.uk."
    )
    out = HERE / "kestlewick-community-emergency-plans-and-equipment-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def culverton() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "culverton-flood-recovery-community-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Flood Recovery Community Grant: application form")
    c.setAuthor("Culverton Borough Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#006A6A")

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
        c.setFillColor(teal)
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
        # No maxlen means none at all (reportlab would otherwise write /MaxLen 100).
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
            maxlen=maxlen or None,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int = 0, height: int = 140) -> None:
        room(14 * len(simpleSplit(label, "Helvetica-Bold", 10, w - 100)) + height + 14)
        txt(label, 10, "Helvetica-Bold")
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
            fieldFlags="multiline",
            maxlen=maxlen or None,
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
    c.drawString(50, state["y"], "Culverton Borough Council")
    state["y"] -= 22
    txt("Flood Recovery Community Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The flooding of January 2027 damaged community buildings, sports clubs and the "
        "equipment of many voluntary groups across Culverton. The Flood Recovery Community "
        "Grant gives up to £5,000 to community and voluntary organisations to repair "
        "flood damage, replace equipment and restart activities for local people. It can "
        "pay for costs your insurance does not cover, including your insurance excess."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it, or print it and write your "
        "answers. Please keep to the word limits. Email the completed form and your "
        "documents to floodrecovery@culverton.example.gov.uk, or post them to the address "
        "at the end of the form."
    )
    bar("Part A: Your organisation")
    field("Name of organisation", "Name of organisation")
    radios(
        "Type of organisation",
        "Type of organisation",
        ["Charity", "Community group", "Sports club", "Village hall committee", "Other"],
    )
    field("Charity or company number", "Charity or company number (if any)", 10)
    field("Contact name", "Contact name")
    field("Position", "Position in the organisation")
    field("Address", "Address for correspondence")
    field("Postcode", "Postcode", 8)
    field("Telephone", "Telephone", 15)
    field("Email", "Email")
    field("Flooded premises", "Address of the building or site that was flooded")
    bar("Part B: The flooding and your recovery")
    box(
        "B1",
        "B1 What happened to your organisation in the flooding? Tell us about the damage "
        "and any losses, and what you have had to stop doing. (maximum 300 words)",
        "B1 What happened to your organisation in the flooding?",
        0,
        150,
    )
    box(
        "B2",
        "B2 What will the grant pay for, and how will it help you to reopen or restart your "
        "activities? (maximum 300 words)",
        "B2 What will the grant pay for?",
        0,
        150,
    )
    box(
        "B3",
        "B3 How will your recovery help local people who were affected by the flooding? "
        "(up to 1,200 characters)",
        "B3 How will your recovery help local people affected by the flooding?",
        1200,
        110,
    )
    radios(
        "Insurance claim",
        "B4 Have you made, or will you make, a claim on your insurance for the flood damage?",
        ["Yes", "No"],
    )
    box(
        "B4 details",
        "If yes, tell us what your insurer will and will not pay for. (up to 600 characters)",
        "If yes, tell us what your insurer will and will not pay for",
        600,
        80,
    )
    box(
        "B5",
        "B5 Is there anything else you would like to tell us about your application?",
        "B5 Is there anything else you would like to tell us?",
        0,
        80,
    )
    bar("Part C: Costs")
    field("Total cost", "C1 Total cost of repairs and replacement (£)", 10)
    field("Insurance amount", "C2 Amount your insurance will pay (£)", 10)
    field("Grant requested", "C3 Amount of grant requested (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. We cannot assess your "
        "application until we have all the documents that apply to you."
    )
    state["y"] -= 4
    tick(
        "Governing document",
        "Your governing document (constitution, rules or trust deed)",
    )
    tick(
        "Accounts",
        "Your latest annual accounts or, if your organisation is less than a year old, "
        "your bank statements for the last three months",
    )
    tick("Photographs", "Photographs of the flood damage")
    tick(
        "Quotes",
        "Quotes or estimates for the repairs or items you want the grant to pay for",
    )
    tick(
        "Owner permission",
        "If you rent or lease the building: written permission from the owner for the repairs",
    )
    tick(
        "Risk assessment",
        "If volunteers will help to clean up or repair the building: your risk assessment "
        "for that work",
    )
    bar("Part E: Declaration")
    tick(
        "Declaration",
        "I confirm that the information in this form is correct; that the organisation has "
        "a health and safety policy and a safeguarding policy; that it holds public "
        "liability insurance of at least £5 million; and that the grant will not pay for "
        "any cost that our insurance will cover.",
    )
    field("Signature", "Signature")
    field("Name", "Name")
    field("Position in organisation", "Position")
    field("Date", "Date", 10)
    state["y"] -= 6
    txt(
        "Communities Team, Culverton Borough Council, Town Hall, Bridge Street, Culverton "
        "CV9 3TH. Telephone 01632 962 118.",
        9,
    )
    c.save()


def brindlemoor() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "brindlemoor-local-resilience-forum-community-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Resilience Grant: application form")
    c.setAuthor("Brindlemoor Local Resilience Forum")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}
    grey = HexColor("#D9D9D9")
    left, right = 60, w - 60

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            left,
            34,
            "Brindlemoor LRF Community Resilience Grant application form 2027 - "
            f"page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 72

    def para(t: str, size: float = 10, font: str = "Helvetica", x: float = left) -> None:
        for line in simpleSplit(t, font, size, right - x):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def head(t: str) -> None:
        room(60)
        state["y"] -= 6
        c.setFillColor(grey)
        c.rect(left, state["y"] - 6, right - left, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(left + 6, state["y"], t)
        state["y"] -= 26

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10, right - left - 18)
        for i, line in enumerate(lines):
            room(14)
            c.setFont("Helvetica", 10)
            if i == 0:
                c.drawString(left + 4, state["y"], "\u2022")
            c.drawString(left + 18, state["y"], line)
            state["y"] -= 14
        state["y"] -= 2

    def rows(labels: list[str], split: int = 200, high: int = 22) -> None:
        for label in labels:
            lines = simpleSplit(label, "Helvetica-Bold", 9.5, split - 8)
            need = max(high, 12 * len(lines) + 8)
            room(need)
            top = state["y"] + 12
            c.rect(left, top - need, split, need, stroke=1, fill=0)
            c.rect(left + split, top - need, right - left - split, need, stroke=1, fill=0)
            for i, line in enumerate(lines):
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(left + 4, state["y"] - 12 * i, line)
            state["y"] -= need

    def answer(lines_of_room: int) -> None:
        need = 15 * lines_of_room
        room(need + 8)
        c.rect(left, state["y"] - need + 8, right - left, need, stroke=1, fill=0)
        state["y"] -= need + 10

    def question(t: str, size: int) -> None:
        lines = simpleSplit(t, "Helvetica-Bold", 10, right - left)
        room(14 * len(lines) + 15 * size + 18)
        for line in lines:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(left, state["y"], line)
            state["y"] -= 14
        answer(size)

    def ticks(items: list[str]) -> None:
        for t in items:
            lines = simpleSplit(t, "Helvetica", 10, right - left - 24)
            room(14 * len(lines) + 4)
            c.rect(left + 2, state["y"] - 2, 10, 10, stroke=1, fill=0)
            for i, line in enumerate(lines):
                c.setFont("Helvetica", 10)
                c.drawString(left + 20, state["y"] - 14 * i, line)
            state["y"] -= 14 * len(lines) + 4

    c.setFont("Helvetica-Bold", 17)
    c.drawString(left, state["y"], "Brindlemoor Local Resilience Forum")
    state["y"] -= 26
    para("Community Resilience Grants 2027", 14, "Helvetica-Bold")
    para("Application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    head("Notes for applicants")
    para(
        "The Brindlemoor Local Resilience Forum (LRF) brings together the emergency "
        "services, local councils, the NHS, the Environment Agency, utility companies and "
        "voluntary organisations to plan for emergencies in the county. Its Community "
        "Resilience Grants help communities to prepare for, respond to and recover from "
        "emergencies such as flooding, severe weather, power cuts and loss of water "
        "supply. The grants are managed for the LRF by Brindlemoor County Council's Civil "
        "Contingencies team."
    )
    para("Grants are from £250 to £2,000. They can pay for:")
    bullet("writing, printing and testing a community emergency plan;")
    bullet(
        "resilience equipment, such as generators, radios, first aid kits, torches, "
        "high-visibility clothing and a secure store;"
    )
    bullet("training for volunteers, such as first aid or flood warden training;")
    bullet("a community exercise or an event to recruit volunteers.")
    para(
        "Parish and town councils, community groups, residents' associations, flood "
        "groups and registered charities working in Brindlemoor county can apply. The "
        "grant can pay for up to 80% of the project cost. You will need to find at least "
        "20% from your own funds or from other sources; this can include a contribution "
        "from your parish or town council."
    )
    para(
        "Please answer every question and keep to the word limits. If you need more room, "
        "you may attach extra sheets, but we will only read up to the word limit. Send "
        "the form, signed, with the documents listed in Section D, to "
        "lrfgrants@brindlemoor.example.gov.uk or to Civil Contingencies, Brindlemoor County "
        "Council, Shire Hall, Brindlemoor BM1 3CC. The closing date is Friday 30 April 2027."
    )
    head("Section A: About your organisation")
    rows(
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "District your community is in",
        ]
    )
    state["y"] -= 6
    room(130)
    para("Type of organisation (please tick one):", 10, "Helvetica-Bold")
    ticks(
        [
            "Parish or town council",
            "Community group or residents' association",
            "Flood group",
            "Registered charity",
            "Other (please say)",
        ]
    )
    head("Section B: Your project")
    question(
        "B1. Briefly describe your community and the emergencies it is most at risk from "
        "(for example flooding, severe weather, power cuts or being cut off). "
        "(no more than 200 words)",
        11,
    )
    question("B2. What will you do with the grant? (no more than 300 words)", 15)
    question(
        "B3. How many volunteers will be involved, and what training will they have? "
        "(no more than 150 words)",
        9,
    )
    question(
        "B4. How does your project link to a community emergency plan? If you do not yet "
        "have a plan, tell us how the grant will help you to write one. "
        "(no more than 200 words)",
        11,
    )
    question(
        "B5. How will you keep the benefits going after the grant has been spent, for "
        "example by maintaining equipment or refreshing volunteers' training? "
        "(no more than 150 words)",
        9,
    )
    room(250)
    head("Section C: Costs")
    para("Please list the items or activities you want the grant to pay for.", 10)
    room(150)
    top = state["y"] + 12
    for i in range(8):
        y = top - 18 * i
        c.rect(left, y - 18, 340, 18, stroke=1, fill=0)
        c.rect(left + 340, y - 18, right - left - 340, 18, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(left + 4, top - 13, "Item or activity")
    c.drawString(left + 344, top - 13, "Cost (£)")
    state["y"] -= 18 * 8 + 8
    rows(
        [
            "Total cost of the project (£)",
            "Amount of grant requested (£)",
            "Other funding for the project (source and amount)",
        ]
    )
    head("Section D: Supporting documents")
    para("Please tick to show what you are sending with this form.", 10)
    ticks(
        [
            "A copy of your constitution, terms of reference or set of rules (parish and "
            "town councils: your standing orders)",
            "Your latest annual accounts or, if your group is less than a year old, your "
            "last three bank statements",
            "A copy of your public liability insurance certificate (at least £2 million)",
            "A risk assessment for the activities or equipment the grant will pay for",
        ]
    )
    para("And, if they apply to you:", 10, "Helvetica-Bold")
    ticks(
        [
            "Quotes for any single item costing more than £500",
            "If equipment will be stored on land or in a building you do not own: written "
            "permission from the landowner",
            "If your project involves children or adults at risk: your safeguarding policy",
        ]
    )
    head("Section E: Declaration")
    para(
        "We confirm that the information in this application is correct; that our "
        "organisation has a health and safety policy and will carry out risk assessments "
        "for its activities; that volunteers will be properly briefed and will not put "
        "themselves at risk; and that the grant will be spent only on the project "
        "described. We agree to send the LRF a short report and receipts within six "
        "months of receiving the grant. The form must be signed by two members of your "
        "committee or council who are not related to each other."
    )
    room(110)
    rows(["First signatory: signature", "Name", "Position", "Date"], 200, 24)
    state["y"] -= 8
    room(110)
    rows(["Second signatory: signature", "Name", "Position", "Date"], 200, 24)
    state["y"] -= 8
    para(
        "Please keep a copy of this form. We will acknowledge your application by email "
        "within five working days.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    harrowmere()
    kestlewick()
    culverton()
    brindlemoor()
