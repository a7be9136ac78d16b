"""Build set 88's Word and PDF documents (typical community-led housing and neighbourhood
planning grants: a community land trust start-up grant, a community-led housing fund's
start-up and pre-development grants, an enabler hub's cohousing feasibility grant and a
neighbourhood plan support grant, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus88.py
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


def fellbeck() -> None:
    d = kit.new_document(
        FIXED,
        "Community Land Trust Start-up Grant: application form",
        "Fellbeck District Council",
    )
    p = d.add_paragraph
    d.add_heading("Fellbeck District Council", 0)
    p("Community Housing Fund: Community Land Trust Start-up Grant application form 2027/28")
    p(
        "Start-up grants of up to £7,500 help new and emerging community land trusts (CLTs) in "
        "Fellbeck district to get established. The grant can pay for setting up your legal "
        "structure, community engagement events, a housing needs survey, training for your "
        "steering group and early advice on possible sites. We can fund the full cost of "
        "eligible start-up activities, so you do not need to find match funding."
    )
    p(
        "Before you apply, please talk to the Council's Community-Led Housing Officer, who can "
        "tell you whether your plans are eligible and put you in touch with a technical "
        "adviser. Type your answers in the boxes, which will expand as you type, and keep to "
        "the word limits. Email the completed form and your documents to "
        "communityhousing@fellbeck.example.gov.uk or post them to the address at the end of "
        "this form."
    )
    d.add_heading("Section 1: About your group", 1)
    _details(
        d,
        [
            "Name of group or community land trust",
            "Registration number (if incorporated)",
            "Date the group was formed",
            "Main contact name",
            "Position in the group",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
            "Website or social media page (if any)",
        ],
        shade=True,
    )
    p()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Legal structure (tick one)", bold=True)
    _shade(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Not yet incorporated (steering group)    {BOX} Community benefit society    "
        f"{BOX} Company limited by guarantee    {BOX} Community interest company    "
        f"{BOX} Other",
    )
    p()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(
        t.rows[0].cells[0], "Does your group have a bank account in its own name?", bold=True
    )
    _shade(t.rows[0].cells[0])
    kit.set_cell(t.rows[0].cells[1], f"{BOX} Yes    {BOX} No")
    p()
    d.add_heading("Section 2: Your community and the need for housing", 1)
    _question(
        d,
        "2.1 Describe the community your CLT will serve and the area it will cover (for "
        "example a parish, a group of villages or a neighbourhood). (max 200 words)",
        2400,
    )
    _question(
        d,
        "2.2 What evidence do you have that local people need affordable homes? Tell us about "
        "any housing needs survey, housing register figures or consultation. (max 300 words)",
    )
    _question(
        d,
        "2.3 How have you involved the wider community so far, and how will you make sure "
        "that membership is open to everyone who lives or works in the area? (max 300 words)",
    )
    _details(d, ["2.4 How many people are on your steering group?"], shade=True)
    p()
    d.add_heading("Section 3: Your plans and the grant", 1)
    _question(
        d,
        "3.1 What do you want the grant to pay for? Describe each activity, who will carry "
        "it out and when. (max 400 words)",
        4000,
    )
    p("Please list the costs of each activity below.")
    _grid(d, ["Activity", "Who will do it", "Cost (£)"], 6)
    _details(
        d,
        [
            "3.2 Total cost of your start-up activities (£)",
            "3.3 Amount of grant requested (£)",
            "Technical adviser or enabler supporting your group (if any)",
        ],
        shade=True,
    )
    p()
    _question(
        d,
        "3.4 Have you identified a possible site for new homes? If you have, tell us where it "
        "is, who owns it and whether the owner is willing to talk to you. (max 200 words)",
        2400,
    )
    _question(
        d,
        "3.5 What will your CLT have achieved by the end of the grant, and what will your next "
        "steps be towards providing homes? (max 250 words)",
    )
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick to show which you have enclosed. "
        "We cannot assess your application until we have them."
    )
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    _shade(t.rows[0].cells[0])
    _shade(t.rows[0].cells[1])
    docs = [
        "Your governing document (registered rules or articles of association) or, if you have "
        "not yet incorporated, your draft rules or your steering group's terms of reference",
        "Your most recent annual accounts or, if your group was formed less than a year ago "
        "and has no accounts yet, a copy of your latest bank statement instead",
        "A list of your steering group members and their roles",
        "Quotes for any consultant's or adviser's fees of more than £1,000",
        "If you have identified a possible site: a map showing where it is",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    p()
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that I am authorised to apply on behalf of the group; that the information "
        "in this form is correct; that the group has adopted an equal opportunities policy; "
        "and that the grant will be spent only on the activities described. I understand that "
        "the Council may ask for the grant to be repaid if it is not used as agreed, and that "
        "it will keep the information in this form in line with its privacy notice."
    )
    _details(d, ["Signature", "Print name", "Position in the group", "Date"], shade=True)
    p()
    p(
        "Community-Led Housing Officer, Fellbeck District Council, Fellbeck House, Market "
        "Place, Fellbeck FB4 2RT. Telephone 01632 960 772."
    )
    out = HERE / "fellbeck-community-land-trust-start-up-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def gorsebrook() -> None:
    d = kit.new_document(
        FIXED,
        "Community-Led Housing Fund: guidance notes",
        "Gorsebrook District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Community-Led Housing Fund", 0)
    p("Start-up and pre-development grants: guidance notes for applicants, 2027 to 2028")
    p("Gorsebrook District Council, Housing Strategy and Enabling Team")
    d.add_heading("1. About the fund", 1)
    p(
        "The Community-Led Housing Fund helps local people in Gorsebrook district to provide "
        "homes for their own communities. It supports community land trusts, cohousing groups, "
        "housing co-operatives, self-help housing groups and development trusts that want to "
        "build new homes, or bring empty buildings back into use, that will stay affordable "
        "for local people for ever."
    )
    p(
        "The fund is paid for from the second homes council tax premium. The Council has set "
        "aside £400,000 for 2027 to 2028, and will give grants until the money has been spent."
    )
    d.add_heading("2. The two grants", 1)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Grant", "How much", "What it can pay for"], strict=True):
        kit.set_cell(c, h, bold=True)
        _shade(c)
    rows = [
        (
            "Start-up grant",
            "Up to £5,000",
            "Setting up your legal structure, community engagement and consultation, a housing "
            "needs survey, training for your board, and your first business plan.",
        ),
        (
            "Pre-development grant",
            "£5,000 to £40,000",
            "Work needed to get a scheme to a planning application: site surveys and "
            "investigations, architect's designs, a development appraisal, planning fees, "
            "legal advice on buying or leasing the site, and project management.",
        ),
    ]
    for r, row in zip(t.rows[1:], rows, strict=True):
        for c, text in zip(r.cells, row, strict=True):
            kit.set_cell(c, text)
    p()
    p(
        "You can apply for either grant on its own: you do not need to have had a start-up "
        "grant to apply for a pre-development grant, and you cannot apply for both at once."
    )
    d.add_heading("3. Who can apply", 1)
    p("You can apply if your group:")
    bullet(
        "is, or will become, a community benefit society, a company limited by guarantee, a "
        "community interest company or a co-operative society;"
    )
    bullet(
        "has rules that lock its assets for the benefit of the community and keep the homes "
        "affordable for ever;"
    )
    bullet("has membership open to people who live or work in the area it serves;")
    bullet("is controlled by its members, most of whom live in the area; and")
    bullet("is working to provide homes in Gorsebrook district.")
    p(
        "Parish and town councils can apply on behalf of a steering group that is not yet "
        "incorporated, as long as the group plans to incorporate within a year. Housing "
        "associations cannot apply in their own right, but can be a partner of a group that "
        "applies."
    )
    d.add_heading("4. What we cannot fund", 1)
    bullet("buying land or buildings, or building costs;")
    bullet("costs you have already paid before we make a decision;")
    bullet("the running costs of an organisation that is already providing homes;")
    bullet("schemes where the homes will be sold on the open market without a local lock.")
    d.add_heading("5. Match funding", 1)
    p(
        "You must contribute at least 10% of the cost of the work you want us to fund. Your "
        "contribution can be money from your own funds or from another funder, or the value "
        "of professional work given to you free of charge (in kind). Volunteer time from your "
        "own members cannot be counted."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "Start by talking to our Community-Led Housing Enabler, who will visit your group, "
        "talk through your plans and send you the application form. The form asks about your "
        "group and its legal structure, the community you serve and the support you have, "
        "any site you have in mind, the work you want to do, what it will cost and what "
        "will happen next. Send the completed form with the documents listed in section 7 to "
        "clh@gorsebrook.example.gov.uk."
    )
    p(
        "You can apply at any time. We aim to decide start-up grants within six weeks and "
        "pre-development grants within ten weeks."
    )
    d.add_heading("7. What you need to send", 1)
    p("All applicants must send:")
    number(
        "your governing document: your registered rules or articles of association or, if "
        "you have not yet incorporated, your draft rules;"
    )
    number(
        "your latest annual accounts. Accounts should be independently examined or audited, "
        "but if your annual income is less than £25,000 we will accept accounts signed by your "
        "treasurer;"
    )
    number("a project plan showing what you will do, when, and who will do it;")
    number(
        "at least one letter of support from your parish or town council or your ward councillor."
    )
    p("Groups applying for a pre-development grant must also send:")
    bullet(
        "a business plan for the housing scheme, including an outline development appraisal "
        "showing how the homes will be paid for;"
    )
    bullet("a site location plan with the site edged in red;")
    bullet(
        "evidence of your agreement with the landowner: an option agreement, heads of terms, "
        "or a letter from the owner saying that they are willing to sell or lease the site "
        "to you; and"
    )
    bullet(
        "quotes for the consultants' work the grant will pay for (two quotes for any piece "
        "of work costing more than £5,000)."
    )
    p(
        "Please send documents as PDF or Word files. If you cannot send something on the "
        "list, tell us why in your covering email."
    )
    d.add_heading("8. Insurance and policies", 1)
    p(
        "Your group must hold public liability insurance of at least £5 million before we "
        "pay the grant. You do not need to send the certificate with your application."
    )
    p(
        "All groups must have an equal opportunities policy. If you will collect personal "
        "information, for example through a housing needs survey, you must also have a data "
        "protection policy. You do not need to send these policies, but you will be asked to "
        "confirm that you have them when you sign the declaration on the form."
    )
    d.add_heading("9. How we decide", 1)
    p(
        "The Enabler will check your application and may ask you for more information. "
        "Start-up grants are decided by the Housing Strategy Manager. Pre-development grants "
        "are decided by a panel of officers and the Cabinet Member for Housing, who look at:"
    )
    bullet("the need for affordable homes in the area and the evidence for it;")
    bullet("how much support the group has from the wider community;")
    bullet("whether the group has the skills and advice it needs;")
    bullet("whether the scheme could be built and paid for; and")
    bullet("value for money.")
    d.add_heading("10. If you are offered a grant", 1)
    p(
        "We will send you an offer letter with the conditions of the grant, which you must "
        "sign and return. We pay start-up grants in full at the start. We pay pre-development "
        "grants in stages, against invoices for work that has been done. You must send us a "
        "short report at the end of the grant, and tell us at once if your plans change."
    )
    p(
        "If your scheme later goes ahead and receives capital funding, we may ask for a "
        "pre-development grant to be repaid from the scheme's development budget. We will "
        "never ask for a start-up grant to be repaid if it has been spent as agreed."
    )
    d.add_heading("11. Questions people often ask", 1)
    p("Do we need to have found a site before we apply?").runs[0].bold = True
    p(
        "Not for a start-up grant. For a pre-development grant you must have a site in mind "
        "and be talking to its owner."
    )
    p("Can we use the grant to pay our own members?").runs[0].bold = True
    p(
        "No. The grant can pay for professional work by people who are not members or "
        "directors of your group."
    )
    p("Can we get help with the application?").runs[0].bold = True
    p(
        "Yes. The Enabler can help you fill in the form, and the regional community-led "
        "housing hub offers free advice to groups in Gorsebrook."
    )
    d.add_heading("12. Contact us", 1)
    p(
        "Community-Led Housing Enabler, Housing Strategy and Enabling Team, Gorsebrook "
        "District Council, The Old Courthouse, Gorsebrook GB7 1LS. Telephone 01632 961 904. "
        "Email clh@gorsebrook.example.gov.uk."
    )
    out = HERE / "gorsebrook-community-led-housing-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hathermoor() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hathermoor-cohousing-feasibility-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Cohousing and Self-Build Feasibility Grant: application form")
    c.setAuthor("Hathermoor Community Homes Hub")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#375623")

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

    def field(name: str, label: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
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
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
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
        txt(label, 10)
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
    c.drawString(50, state["y"], "Hathermoor Community Homes Hub")
    state["y"] -= 22
    txt("Cohousing and Self-Build Feasibility Grant: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Hathermoor Community Homes Hub is the community-led housing enabler hub for "
        "Hathermoor and the three districts around it, funded by the four councils. Our "
        "Feasibility Grants of £2,000 to £12,000 help cohousing, self-build and custom-build "
        "groups find out whether their scheme can work: a feasibility study, an options "
        "appraisal for a site, early design work or advice on finance and legal structures. "
        "We can pay up to 80% of the cost of the work. Your group must find at least 20% of "
        "the cost, from its members or another funder."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a character "
        "limit, shown beside the question. Please read our Feasibility Grant guidance before "
        "you start, and email the completed form with your documents to "
        "grants@hathermoorhomeshub.example.org.uk."
    )
    bar("Part A: Your group")
    field("group_name", "Name of group", 100)
    radios(
        "legal_form",
        "Legal structure",
        ["Not yet incorporated", "Company limited by guarantee", "Co-operative", "CBS", "CIC"],
    )
    field("reg_number", "Registration number (if incorporated)", 12)
    field("contact", "Contact name", 60)
    field("role", "Role in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("households", "Number of households in your group", 4)
    bar("Part B: Your group and the feasibility work")
    box(
        "b1",
        "B1 Tell us about your group: who is involved, how long you have been meeting and "
        "what you want to achieve. (up to 1,500 characters)",
        "B1 Tell us about your group",
        1500,
        110,
    )
    box(
        "b2",
        "B2 What kind of housing do you want to create (for example cohousing, self-build or "
        "custom build), how many homes, and for whom? (up to 1,800 characters)",
        "B2 What kind of housing do you want to create, how many homes, and for whom?",
        1800,
        130,
    )
    box(
        "b3",
        "B3 Describe the feasibility work you want the grant to pay for and who will carry it "
        "out. (up to 2,400 characters)",
        "B3 Describe the feasibility work and who will carry it out",
        2400,
        160,
    )
    box(
        "b4",
        "B4 What do you know so far about possible sites? (up to 1,200 characters)",
        "B4 What do you know so far about possible sites?",
        1200,
        100,
    )
    box(
        "b5",
        "B5 How will the homes stay affordable for people in the area in the long term? "
        "(up to 1,200 characters)",
        "B5 How will the homes stay affordable in the long term?",
        1200,
        100,
    )
    bar("Part C: Costs")
    field("total_cost", "C1 Total cost of the feasibility work (£)", 10)
    field("grant_req", "C2 Grant requested (£)", 10)
    field("own_contrib", "C3 Your group's contribution (£)", 10)
    field("other_funding", "C4 Other funding secured (£)", 10)
    bar("Part D: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick(
        "doc_governing",
        "Your governing document or, if you have not yet incorporated, your draft rules",
    )
    tick(
        "doc_accounts",
        "Your latest accounts, signed by two directors or committee members (they do not need "
        "to be audited)",
    )
    tick("doc_quote", "A quote or fee proposal from each consultant you want to appoint")
    tick("doc_site", "Only if you have a site in mind: a plan showing where it is")
    bar("Part E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to "
        "apply on behalf of the group, and that the group has an equal opportunities policy.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_position", "Position", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Hathermoor Community Homes Hub, The Maltings, 12 Bridge Street, Hathermoor HM3 5JD. "
        "Telephone 01632 962 815. Registered charity 1198765.",
        9,
    )
    c.save()


def kindlewood() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "kindlewood-neighbourhood-plan-support-grant-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Neighbourhood Planning Support Grant: guidance notes")
    c.setAuthor("Kindlewood District Council")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            36,
            "Kindlewood District Council - Neighbourhood Planning Support Grant - guidance "
            f"notes 2027/28 - page {state['page']}",
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

    def bullet(t: str, mark: str = "\u2022") -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 90 - 72)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(76, state["y"], mark)
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
    c.drawString(72, state["y"], "Kindlewood District Council")
    state["y"] -= 30
    para("Neighbourhood Planning Support Grant", 15, "Helvetica-Bold")
    para(
        "Guidance notes for parish and town councils and neighbourhood forums, 2027/28",
        12,
        "Helvetica-Bold",
    )
    state["y"] -= 6
    head("1. Introduction")
    para(
        "Neighbourhood planning gives communities the power to shape how their area develops. "
        "A neighbourhood plan, once it has passed an independent examination and a local "
        "referendum, becomes part of the development plan for the district, and planning "
        "applications in the area must be decided in line with it. Plans can set out where "
        "new homes should go, protect local green spaces, set design standards and support "
        "community-led housing schemes."
    )
    para(
        "Preparing a plan takes time and can cost money. The Council's Neighbourhood "
        "Planning Support Grant helps parish and town councils and neighbourhood forums in "
        "Kindlewood district with these costs. These notes explain who can apply, what the "
        "grant can pay for and how to apply. Please read them in full before you fill in the "
        "application form."
    )
    head("2. Who can apply")
    para("You can apply if you are:")
    bullet(
        "a parish or town council in Kindlewood district whose neighbourhood area has been "
        "designated by the Council; or"
    )
    bullet(
        "a neighbourhood forum designated by the Council for an area that has no parish or "
        "town council."
    )
    para(
        "If your area has not yet been designated, please contact the Neighbourhood Planning "
        "team first: we can help you with the application for designation, which costs "
        "nothing. Groups of parishes preparing a joint plan should apply once, through the "
        "lead parish council."
    )
    head("3. How much you can apply for")
    para(
        "You can apply for up to £5,000 for each neighbourhood plan. Groups whose plans will "
        "allocate sites for housing, or include a design code, can apply for up to a further "
        "£3,000, because this work usually needs specialist evidence. You can apply more than "
        "once, as long as the total for your plan stays within these amounts."
    )
    para(
        "We do not ask for match funding. The grant can be used alongside a grant from the "
        "national neighbourhood planning support programme, but not to pay for the same "
        "costs twice."
    )
    head("4. What the grant can pay for")
    para("The table shows the kinds of costs we can fund at each stage of preparing a plan.")
    table(
        [
            ("Stage", "Examples of costs we can fund"),
            (
                "Getting started",
                "Publicity to recruit a steering group; training for steering group members; "
                "room hire for meetings.",
            ),
            (
                "Gathering evidence",
                "Surveys of residents and businesses; a housing needs assessment; a "
                "landscape, heritage or green space study; a site assessment.",
            ),
            (
                "Consultation",
                "Drop-in events and exhibitions; printing and delivering leaflets and "
                "questionnaires to every household; online survey software; translation and "
                "accessible formats.",
            ),
            (
                "Writing the plan",
                "A planning consultant's help to draft policies; maps and illustrations; a "
                "design code.",
            ),
            (
                "Pre-submission consultation",
                "Printing copies of the draft plan; publicity for the six-week consultation; "
                "a consultant's help to review the comments received.",
            ),
        ],
        (130, 321),
    )
    para(
        "The Council pays for the independent examination and the referendum, so the grant "
        "cannot be used for these."
    )
    head("5. What the grant cannot pay for")
    bullet("costs you have already paid before we have made a decision;")
    bullet("the clerk's salary or other normal running costs of a parish or town council;")
    bullet("payments to members of the steering group for their time;")
    bullet("food and drink, other than simple refreshments at consultation events;")
    bullet("legal challenges, or campaigns for or against a planning application.")
    head("6. How to apply")
    para(
        "Fill in the Neighbourhood Planning Support Grant application form, which you can "
        "download from the Council's website or ask us to send you. The form asks for your "
        "contact details, the stage your plan has reached, what you want your plan to achieve, "
        "what the grant will pay for and how you will involve people in your area. Send the "
        "form with the documents listed in section 7 to "
        "neighbourhoodplanning@kindlewood.example.gov.uk."
    )
    para(
        "There is no closing date: you can apply at any time. We try to make a decision within "
        "four weeks of receiving a complete application."
    )
    head("7. What to send with your application form")
    para("Every applicant must send:")
    bullet("a map of your designated neighbourhood area;")
    bullet(
        "a project plan or timetable showing the stages of your plan and when you expect to "
        "reach each one;"
    )
    bullet("a budget showing what you will spend the grant on and when.")
    para("You must also send:")
    bullet(
        "if you are a neighbourhood forum: a copy of your forum's constitution, as approved "
        "when the forum was designated;"
    )
    bullet(
        "if you plan to pay a consultant: at least two quotes for the consultant's work (one "
        "quote is enough if the work will cost less than £1,000)."
    )
    para(
        "We do not need to see a copy of your accounts or your bank statements. The grant "
        "will be paid into the parish or town council's bank account or, for a forum, an "
        "account in the forum's name with at least two signatories."
    )
    head("8. How we assess applications")
    para(
        "A planning officer will check that your application is complete and that the costs "
        "are eligible. They may ask you to change your budget, for example if a cost could be "
        "met by the Council's own help at no charge. Applications for up to £5,000 are decided "
        "by the Planning Policy Manager. Applications for the further £3,000 are decided by "
        "the Head of Planning."
    )
    para("We will look at:")
    bullet("whether the costs are needed to prepare your plan;")
    bullet("whether your project plan is realistic;")
    bullet("whether you have tried to find free help first, for example from the Council;")
    bullet("how you will make sure that everyone in the area can take part.")
    head("9. Help from the Council")
    para(
        "As well as the grant, the Council's Neighbourhood Planning team gives every group "
        "free help. We can provide maps and data for your area, comment on draft policies, "
        "carry out a health check of your plan before you submit it, and prepare the screening "
        "opinions on strategic environmental assessment and habitats regulations assessment "
        "that your plan will need. Please talk to us before you pay a consultant for work we "
        "could do for you."
    )
    head("10. If we offer you a grant")
    para(
        "We will send you a grant offer letter. Once you have signed and returned it, we will "
        "pay the whole grant in advance. You must:"
    )
    bullet("spend the grant within 18 months, on the costs in your budget;")
    bullet("keep receipts and invoices for everything you spend;")
    bullet("tell us at once if your plans change, or if you will not need all of the grant;")
    bullet(
        "send us a short report and a statement of what you have spent within two months of "
        "the end of the grant, and return any money you have not spent."
    )
    para(
        "Parish and town councils must include the grant in their annual governance and "
        "accountability return in the usual way."
    )
    head("11. Frequently asked questions")
    para("Can we apply if we have already started our plan?", 10.5, "Helvetica-Bold")
    para(
        "Yes. You can apply at any stage before your plan is submitted for examination, but "
        "we cannot pay for work already done."
    )
    para("Can a parish meeting apply?", 10.5, "Helvetica-Bold")
    para(
        "A parish meeting can prepare a neighbourhood plan and can apply, in the same way as a "
        "parish council. Please talk to us first about how the grant will be paid."
    )
    para("What if our plan costs more than the grant?", 10.5, "Helvetica-Bold")
    para(
        "Many groups also apply to the national support programme, and some parish councils "
        "add money from their precept. Tell us about any other funding in your budget."
    )
    head("12. Contact us")
    para(
        "Neighbourhood Planning team, Planning Policy, Kindlewood District Council, Council "
        "Offices, Mill Lane, Kindlewood KW2 8NB. Telephone 01632 963 127. Email "
        "neighbourhoodplanning@kindlewood.example.gov.uk."
    )
    para(
        "If you would like these notes in large print, another format or another language, "
        "please contact us."
    )
    folio()
    c.save()


if __name__ == "__main__":
    fellbeck()
    gorsebrook()
    hathermoor()
    kindlewood()
