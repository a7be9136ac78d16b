"""Build set 85's Word and PDF documents (typical Welsh funders of community groups: a county
voluntary council, a town council, two community councils, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The PDFs embed DejaVu Sans from
/usr/share/fonts/truetype/dejavu/ (the standard PDF fonts have no "ŵ" or "ŷ" for Welsh). The
HTML, Markdown and text documents of the set and every truth file are written by hand; this
script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus85.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 0, 0)
BOX = "\u2610"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.shade_cell(r.cells[0])
        kit.row_height(r, 420)
    d.add_paragraph()


def _question(d, text: str, height: int = 3200) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def _ticks(d, label: str, options: list[str]) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], label, bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.set_cell(t.rows[1].cells[0], "    ".join(f"{BOX} {o}" for o in options))
    d.add_paragraph()


def penmaendu() -> None:
    d = kit.new_document(
        FIXED,
        "Penmaendu CVC Community Grants: application form",
        "Penmaendu County Voluntary Council",
    )
    p = d.add_paragraph
    d.add_heading("Cyngor Gwirfoddol Sirol Penmaendu / Penmaendu County Voluntary Council", 1)
    d.add_heading("Grantiau Cymunedol / Community Grants 2027-28", 0)
    p("Ffurflen gais / Application form")
    p(
        "Mae'r ffurflen hon ar gael yn Gymraeg. This form is available in Welsh: email "
        "grantiau@penmaenducvc.example.cymru or call 01632 960 418. We welcome applications "
        "in Welsh and English, and an application in Welsh will not be treated less favourably "
        "than one in English."
    )
    p(
        "Community Grants of £250 to £5,000 are available to voluntary and community groups "
        "working in Penmaendu county. Please read the guidance notes before you fill in this "
        "form. Answer every question in the boxes provided (the boxes will expand as you type) "
        "and keep to the word limits. Return the form, with the documents listed in Section 5, "
        "to grantiau@penmaenducvc.example.cymru by 5pm on Friday 26 February 2027."
    )
    d.add_heading("Adran 1 / Section 1: Eich sefydliad / Your organisation", 1)
    _details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Registered charity number (if you have one)",
            "Date your organisation was set up",
        ],
    )
    _ticks(
        d,
        "Type of organisation (tick one)",
        [
            "Constituted community group",
            "Registered charity",
            "Charitable incorporated organisation (CIO)",
            "Community interest company",
            "Other",
        ],
    )
    _ticks(
        d,
        "Which language would you like us to use when we contact you? (tick one)",
        ["Cymraeg / Welsh", "Saesneg / English", "Y ddwy / Both"],
    )
    d.add_heading("Adran 2 / Section 2: Eich prosiect / Your project", 1)
    _details(d, ["2.1 Project title"])
    _question(
        d,
        "2.2 Describe your project. What will you do, and what will the grant pay for? "
        "(max 300 words)",
    )
    _question(
        d,
        "2.3 Why is the project needed, and how do you know? Tell us about any consultation "
        "or evidence of need. (max 250 words)",
    )
    _question(
        d,
        "2.4 Who will benefit from the project, and roughly how many people? (max 200 words)",
    )
    _question(
        d,
        "2.5 How will the project use the Welsh language, or make its activities available "
        "in Welsh? (max 150 words)",
        2200,
    )
    _details(d, ["2.6 Project start date", "2.7 Project end date"])
    d.add_heading("Adran 3 / Section 3: Costau / Project costs", 1)
    p(
        "Please list what you will spend the grant on. Costs should include VAT if your "
        "organisation cannot reclaim it."
    )
    kit.grid(d, ["Item", "Cost (£)"], 6)
    _details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking Penmaendu CVC for (£)",
        ],
    )
    p(
        "A Community Grant can pay for up to 80% of the total cost of your project. You must "
        "find at least 20% of the cost from elsewhere: your own funds, fundraising or another "
        "funder. Please list your other funding below and say whether it is confirmed."
    )
    kit.grid(d, ["Source of other funding", "Amount (£)", "Confirmed? (Yes / No)"], 3)
    d.add_heading("Adran 4 / Section 4: Yswiriant / Insurance", 1)
    p(
        "Your organisation must hold public liability insurance with cover of at least "
        "£2 million for the whole of the project. You do not need to send your certificate "
        "with this form, but we may ask to see it before we pay the grant."
    )
    d.add_heading("Adran 5 / Section 5: Dogfennau / Supporting documents", 1)
    p("Please send the following documents with your application and tick each one you enclose.")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Document", "Enclosed (tick)"),
        (
            "A copy of your governing document (constitution, set of rules or trust deed), "
            "signed and dated",
            BOX,
        ),
        (
            "Your latest annual accounts, signed by your treasurer. If your organisation is less "
            "than 12 months old and has no accounts yet, send your last three months' bank "
            "statements instead",
            BOX,
        ),
        (
            "A bank statement dated within the last three months, showing the organisation's "
            "name and account details",
            BOX,
        ),
        (
            "If your project works with children, young people or adults at risk: your "
            "safeguarding policy",
            BOX,
        ),
        (
            "If you are buying any single item costing more than £500: a written quote for "
            "that item",
            BOX,
        ),
    ]
    for r, (a, b) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=(a == "Document"))
        kit.set_cell(r.cells[1], b, bold=(a == "Document"))
    kit.shade_cell(t.rows[0].cells[0])
    kit.shade_cell(t.rows[0].cells[1])
    p()
    d.add_heading("Adran 6 / Section 6: Datganiad / Declaration", 1)
    p(
        "I confirm that the information in this application is true and correct, that the "
        "organisation has an equal opportunities policy which it follows, and that any grant "
        "will be used only for the project described. I understand that Penmaendu CVC may ask "
        "for the grant to be repaid if it is not used as agreed."
    )
    _details(d, ["Signed", "Print name", "Position in the organisation", "Date"])
    p(
        "We will use your information to assess your application and to monitor the grant. "
        "Read our privacy notice at www.penmaenducvc.example.cymru/privacy."
    )
    out = HERE / "penmaendu-cvc-community-grants-application.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def llanidris() -> None:
    d = kit.new_document(
        FIXED,
        "Llanidris Town Council Community Grants: guidance notes",
        "Llanidris Town Council",
    )
    p = d.add_paragraph
    d.add_heading("Cyngor Tref Llanidris / Llanidris Town Council", 1)
    d.add_heading("Grantiau Cymunedol / Community Grants", 0)
    p("Nodiadau cyfarwyddyd / Guidance notes for applicants, 2027-28")
    p(
        "Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh from the "
        "Town Clerk."
    )
    d.add_heading("1. Cyflwyniad / Introduction", 1)
    p(
        "Each year Llanidris Town Council sets aside part of its budget to support voluntary "
        "and community groups whose work benefits the people of Llanidris. Grants are usually "
        "between £100 and £1,500. The total budget for 2027-28 is £12,000, and once it has "
        "been spent no further grants can be made until the next financial year."
    )
    p(
        "The Council makes these grants under its general power of competence and section "
        "137 of the Local Government Act 1972. Decisions are made by the Council's Finance and "
        "General Purposes Committee, which meets in June, October and February."
    )
    d.add_heading("2. Pwy all wneud cais / Who can apply", 1)
    p("You can apply if your group:")
    for t in [
        "is a voluntary or community group, a registered charity, a charitable incorporated "
        "organisation or a community interest company;",
        "has a written constitution or set of rules and at least three committee members who "
        "are not related to one another;",
        "has its own bank account needing two unrelated people to sign each payment; and",
        "is based in Llanidris, or can show that the project mainly benefits people who live "
        "in the town.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    p(
        "We cannot fund individuals, businesses run for private profit, political parties, "
        "or religious activity (though faith groups may apply for projects open to everyone)."
    )
    d.add_heading("3. Beth rydyn ni'n ei ariannu / What we fund", 1)
    p("We welcome applications for projects such as:")
    for t in [
        "community events and festivals, including Welsh-language and bilingual events;",
        "equipment for clubs and groups, such as sports kit, musical instruments or a laptop;",
        "small improvements to community buildings, play areas and green spaces;",
        "activities that reduce loneliness or bring different generations together; and",
        "start-up costs for a new group.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    p("We will not fund:")
    for t in [
        "costs already spent or committed before the Committee's decision;",
        "the general running costs of a group, such as rent and insurance, except as part of a "
        "new project;",
        "projects that are the responsibility of the county council or another public body; or",
        "trips abroad, or donations to other charities.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("4. Arian cyfatebol / Match funding", 1)
    p(
        "The Town Council will pay no more than half of the total cost of a project. You "
        "must find at least 50% of the cost yourselves, from your own funds, fundraising or "
        "other grants, and the application form asks where this money will come from. Money "
        "you have already raised counts towards your share."
    )
    d.add_heading("5. Yswiriant / Insurance", 1)
    p(
        "Every group that applies must hold public liability insurance with cover of at least "
        "£5 million, and must send a copy of its current certificate with the application. If "
        "your group employs staff you must also hold employer's liability insurance."
    )
    d.add_heading("6. Y Gymraeg / The Welsh language", 1)
    p(
        "The Council is committed to the Welsh language. Any publicity for a project the "
        "Council has funded, such as posters, banners or social media posts, should be "
        "bilingual, with the Welsh placed first or on the left, and should say that the "
        "project is supported by Cyngor Tref Llanidris / Llanidris Town Council."
    )
    d.add_heading("7. Sut i wneud cais / How to apply", 1)
    p(
        "Fill in the Community Grants application form, which you can download from "
        "www.llanidris.example.cymru/grants or collect from the Town Council office at Neuadd y "
        "Dref, Stryd Fawr, Llanidris. The form asks you to describe your project in up to 300 "
        "words, to say how it will benefit people in Llanidris in up to 200 words, and to set "
        "out your costs. You may complete the form in Welsh or English."
    )
    d.add_heading("8. Beth sydd angen i chi ei anfon / What you need to send", 1)
    p("Send your completed form with the following documents:")
    for t in [
        "a copy of your group's constitution or set of rules;",
        "your most recent annual accounts, or, if you do not yet have a full year of accounts, "
        "a statement of your income and spending so far, signed by your treasurer; and",
        "a copy of your current public liability insurance certificate.",
    ]:
        d.add_paragraph(t, style="List Number")
    p("Some groups must also send:")
    for t in [
        "two written quotes for any item of equipment or work costing more than £250; and",
        "your safeguarding policy, if your project involves children, young people or adults "
        "at risk.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    p(
        "Applications without the documents listed above will be returned to you and will not "
        "go to the Committee until they are complete."
    )
    d.add_heading("9. Dyddiadau cau / Closing dates", 1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (a, b) in zip(
        t.rows,
        [
            ("Closing date", "Committee meeting"),
            ("Friday 14 May 2027", "Tuesday 8 June 2027"),
            ("Friday 17 September 2027", "Tuesday 12 October 2027"),
            ("Friday 14 January 2028", "Tuesday 8 February 2028"),
        ],
        strict=True,
    ):
        kit.set_cell(r.cells[0], a, bold=(a == "Closing date"))
        kit.set_cell(r.cells[1], b, bold=(a == "Closing date"))
    p()
    d.add_heading("10. Sut rydyn ni'n asesu ceisiadau / How we assess applications", 1)
    p("The Committee will consider:")
    for t in [
        "how many people in Llanidris will benefit, and how;",
        "whether there is a clear need for the project;",
        "whether the costs are reasonable and the group has found its share of the money;",
        "how the project will use or promote the Welsh language; and",
        "whether the group has used any earlier Town Council grant as agreed.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("11. Ar ôl y penderfyniad / After the decision", 1)
    p(
        "The Town Clerk will write to you within ten working days of the Committee meeting. "
        "If you are offered a grant, you will be asked to sign and return a grant acceptance "
        "form before the money is paid into your group's bank account. Within six months of "
        "receiving the grant you must send a short report on the project, with receipts for "
        "what you bought. Groups that do not report will not be able to apply again."
    )
    d.add_heading("12. Cysylltu â ni / Contact us", 1)
    p(
        "Town Clerk, Llanidris Town Council, Neuadd y Dref, Stryd Fawr, Llanidris. Telephone "
        "01632 960 733. Email clerc@llanidris.example.cymru. We welcome calls and "
        "correspondence in Welsh and English."
    )
    out = HERE / "llanidris-town-council-community-grants-guidance.docx"
    d.save(str(out))
    kit.normalise_zip(out, FIXED)


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))


def brynhafod() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    _fonts()
    out = HERE / "brynhafod-community-council-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Brynhafod Community Council: small grants application form")
    c.setAuthor("Cyngor Cymuned Brynhafod / Brynhafod Community Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#1E5631")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            c.showPage()
            state["y"] = hgt - 60

    def txt(t: str, size: float = 10, font: str = "DejaVu", x: float = 50) -> None:
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
        c.setFont("DejaVu-Bold", 11)
        c.drawString(56, state["y"], t)
        c.setFillColor(black)
        state["y"] -= 26

    def field(name: str, label: str) -> None:
        room(30)
        c.setFont("DejaVu", 10)
        c.drawString(50, state["y"] - 12, label)
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
        )
        state["y"] -= 28

    def box(name: str, label: str, maxlen: int, height: int = 130) -> None:
        txt(label, 10, "DejaVu-Bold")
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
        txt(label, 10, "DejaVu-Bold")
        room(22)
        x = 50
        for opt in options:
            form.radio(
                name=name,
                tooltip=label,
                value=opt,
                selected=False,
                x=x,
                y=state["y"] - 12,
                size=12,
                buttonStyle="circle",
                borderColor=black,
                fillColor=white,
            )
            c.setFont("DejaVu", 9.5)
            c.drawString(x + 16, state["y"] - 9, opt)
            x += 20 + c.stringWidth(opt, "DejaVu", 9.5) + 18
        state["y"] -= 26

    def tick(name: str, label: str) -> None:
        lines = simpleSplit(label, "DejaVu", 10, w - 140)
        room(14 * len(lines) + 6)
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
            c.setFont("DejaVu", 10)
            c.drawString(70, state["y"] - 9 - 13 * i, line)
        state["y"] -= 13 * len(lines) + 10

    c.setFont("DejaVu-Bold", 15)
    c.drawString(50, state["y"], "Cyngor Cymuned Brynhafod / Brynhafod Community Council")
    state["y"] -= 22
    txt("Grantiau Bach / Small Grants: application form 2027-28", 12, "DejaVu-Bold")
    state["y"] -= 4
    txt(
        "Mae'r ffurflen hon ar gael yn Gymraeg gan y Clerc. This form is available in Welsh "
        "from the Clerk."
    )
    state["y"] -= 4
    txt(
        "The Community Council gives small grants of up to £750 to voluntary and community "
        "groups for projects that benefit people living in the community of Brynhafod (the "
        "villages of Brynhafod, Pant-y-llyn and Cefn Isaf). Please fill in this form on screen "
        "or print it and write clearly. The answer boxes have a character limit, shown beside "
        "each question. Send the form and your documents to the Clerk by 31 March 2027: "
        "clerc@brynhafod.example.cymru, or Y Clerc, Cyngor Cymuned Brynhafod, Swyddfa'r "
        "Cyngor, Brynhafod."
    )
    bar("Adran 1 / Section 1: Eich grŵp / Your group")
    field("group_name", "Name of group")
    field("contact_name", "Contact name")
    field("address", "Address")
    field("postcode", "Postcode")
    field("telephone", "Telephone")
    field("email", "Email")
    radios(
        "based_in_area",
        "Does your group meet or work in the community of Brynhafod?",
        ["Yes", "No"],
    )
    bar("Adran 2 / Section 2: Eich prosiect / Your project")
    field("project_title", "Project title")
    box(
        "q1_project",
        "1. What is your project, and what will the grant pay for? (up to 1,200 characters)",
        1200,
    )
    box(
        "q2_benefit",
        "2. How will people living in Brynhafod benefit from the project? (up to 900 characters)",
        900,
    )
    box(
        "q3_acknowledge",
        "3. How will you let people know that the Community Council has supported the "
        "project? (up to 600 characters)",
        600,
        90,
    )
    bar("Adran 3 / Section 3: Arian / Money")
    field("total_cost", "Total cost of the project (£)")
    field("amount_requested", "Amount you are asking for (£)")
    field("other_funding", "Other money for the project, and where from")
    bar("Adran 4 / Section 4: Dogfennau / Documents")
    txt("Please send these documents with your form and tick the box beside each one you enclose:")
    state["y"] -= 4
    tick("doc_constitution", "A copy of your group's constitution or rules")
    tick(
        "doc_accounts",
        "Your latest accounts or, if your group is new and has no accounts yet, bank "
        "statements for the last three months",
    )
    tick(
        "doc_quotes",
        "A quote for each item you want to buy (only if the grant is for equipment)",
    )
    bar("Adran 5 / Section 5: Datganiad / Declaration")
    txt(
        "I declare that the information on this form is correct, that the grant will be used "
        "only for the project described, and that the group will return any part of the grant "
        "it does not spend on the project."
    )
    state["y"] -= 4
    field("signature", "Signature")
    field("print_name", "Print name")
    field("position", "Position in group")
    field("date", "Date")
    state["y"] -= 6
    txt(
        "The Community Council will use the information on this form only to deal with your "
        "application. Its privacy notice is at www.brynhafod.example.cymru.",
        8.5,
    )
    c.showPage()
    c.save()


def cwmtirion() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    _fonts()
    out = HERE / "cwmtirion-ffurflen-gais-grant-cymunedol.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Cyngor Cymuned Cwmtirion: Ffurflen Gais Grant Cymunedol")
    c.setAuthor("Cyngor Cymuned Cwmtirion")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}

    def folio() -> None:
        c.setFont("DejaVu", 8)
        c.drawString(
            64,
            36,
            f"Cyngor Cymuned Cwmtirion - Ffurflen Gais Grant Cymunedol - tudalen {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 10.5, font: str = "DejaVu", x: float = 64) -> None:
        for line in simpleSplit(t, font, size, w - x - 64):
            room(15)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def head(t: str) -> None:
        room(50)
        state["y"] -= 8
        para(t, 12.5, "DejaVu-Bold")

    def lines(n: int) -> None:
        for _ in range(n):
            room(22)
            state["y"] -= 8
            c.line(64, state["y"], w - 64, state["y"])
            state["y"] -= 14
        state["y"] -= 4

    def line_field(label: str) -> None:
        room(24)
        c.setFont("DejaVu", 10.5)
        c.drawString(64, state["y"], label)
        x = 64 + c.stringWidth(label, "DejaVu", 10.5) + 6
        c.line(x, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    c.setFont("DejaVu-Bold", 16)
    c.drawString(64, state["y"], "Cyngor Cymuned Cwmtirion")
    state["y"] -= 26
    para("Ffurflen Gais Grant Cymunedol 2027-28", 13, "DejaVu-Bold")
    para(
        "Mae Cyngor Cymuned Cwmtirion yn rhoi grantiau o hyd at £1,000 i grwpiau gwirfoddol a "
        "chymunedol ar gyfer prosiectau sydd o fudd i bobl sy'n byw yng nghymuned Cwmtirion. "
        "Darllenwch y ffurflen i gyd cyn dechrau. Atebwch bob cwestiwn, gan gadw at nifer y "
        "geiriau a nodir. Os oes angen mwy o le arnoch, defnyddiwch ddalen ar wahân, gan nodi "
        "rhif y cwestiwn."
    )
    para(
        "Anfonwch y ffurflen wedi'i llenwi, gyda'r dogfennau a restrir yn Rhan 3, at y Clerc "
        "erbyn 30 Ebrill 2027: clerc@cwmtirion.example.cymru, neu Clerc Cyngor Cymuned "
        "Cwmtirion, Y Festri, Heol yr Eglwys, Cwmtirion. Rhif ffôn 01632 961 552."
    )
    head("Rhan 1: Manylion y grŵp")
    line_field("1. Enw'r grŵp:")
    line_field("2. Enw'r person cyswllt:")
    line_field("3. Cyfeiriad:")
    line_field("4. Cod post:")
    line_field("5. Rhif ffôn:")
    line_field("6. Cyfeiriad e-bost:")
    head("Rhan 2: Y prosiect")
    line_field("7. Teitl y prosiect:")
    para(
        "8. Disgrifiwch eich prosiect a'r hyn y bydd y grant yn talu amdano. (dim mwy na 250 gair)",
        10.5,
        "DejaVu-Bold",
    )
    lines(9)
    para(
        "9. Sut bydd pobl sy'n byw yng Nghwmtirion yn elwa o'r prosiect? (dim mwy na 150 gair)",
        10.5,
        "DejaVu-Bold",
    )
    lines(6)
    line_field("10. Tua faint o bobl fydd yn elwa?")
    line_field("11. Cyfanswm cost y prosiect: £")
    line_field("12. Swm y grant rydych yn gofyn amdano: £")
    para(
        "13. O ble daw gweddill yr arian ar gyfer y prosiect? (dim mwy na 100 gair)",
        10.5,
        "DejaVu-Bold",
    )
    lines(4)
    para(
        "Rhaid i'r grŵp gyfrannu o leiaf 25% o gyfanswm cost y prosiect o'i arian ei hun neu o "
        "ffynonellau eraill. Ni all y Cyngor dalu am y prosiect cyfan."
    )
    head("Rhan 3: Dogfennau")
    para("Anfonwch y dogfennau canlynol gyda'ch cais:")
    for t in [
        "copi o gyfansoddiad neu reolau'r grŵp;",
        "copi o gyfrifon diweddaraf y grŵp. Nid oes angen i'r cyfrifon fod wedi'u harchwilio: "
        "mae datganiad incwm a gwariant wedi'i lofnodi gan y trysorydd yn ddigon;",
        "copi o dystysgrif yswiriant atebolrwydd cyhoeddus y grŵp. Rhaid i'r yswiriant roi "
        "yswiriant o £2 filiwn o leiaf;",
        "os yw'r prosiect yn gweithio gyda phlant, pobl ifanc neu oedolion sy'n wynebu risg, "
        "copi o bolisi diogelu'r grŵp.",
    ]:
        lns = simpleSplit(t, "DejaVu", 10.5, w - 150)
        for i, ln in enumerate(lns):
            room(15)
            c.setFont("DejaVu", 10.5)
            if i == 0:
                c.drawString(70, state["y"], "\u2022")
            c.drawString(84, state["y"], ln)
            state["y"] -= 15
        state["y"] -= 3
    head("Rhan 4: Datganiad")
    para(
        "Rwy'n cadarnhau bod y wybodaeth ar y ffurflen hon yn gywir, y bydd y grant yn cael ei "
        "ddefnyddio ar gyfer y prosiect a ddisgrifir yn unig, ac y bydd y grŵp yn anfon "
        "adroddiad byr a derbynebau at y Clerc o fewn chwe mis i dderbyn y grant."
    )
    line_field("Llofnod:")
    line_field("Enw (priflythrennau):")
    line_field("Swydd yn y grŵp:")
    line_field("Dyddiad:")
    para(
        "Bydd y Cyngor yn defnyddio'r wybodaeth ar y ffurflen hon i ystyried eich cais yn unig. "
        "Mae hysbysiad preifatrwydd y Cyngor ar gael gan y Clerc.",
        8.5,
    )
    folio()
    c.showPage()
    c.save()


if __name__ == "__main__":
    penmaendu()
    llanidris()
    brynhafod()
    cwmtirion()
