"""Build set 140's Word and PDF documents (typical community theatre, amateur dramatics and
rural touring arts grants: a district council's Community Theatre Grant application, an arts
trust's Staging, Set and Costume Grant application for amateur operatic and dramatic
societies, a rural touring scheme's village promoter application as a fillable PDF and a
borough council's Community Theatre and Amateur Dramatics Fund guidance notes as a text PDF,
written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus140.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def _boxed(d, text: str, limit: str, height: int = 2800) -> None:
    """A bold question paragraph, its limit in italics, and a one-cell answer box below."""
    par = d.add_paragraph()
    par.add_run(text + " ").bold = True
    if limit:
        par.add_run(limit).italic = True
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    kit.row_height(t.rows[0], height)
    d.add_paragraph()


def _numbered(d, rows: list[tuple[str, str]]) -> None:
    """A three-column table: item number, label, blank cell to fill in."""
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for r, (n, label) in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], n, bold=True)
        kit.set_cell(r.cells[1], label)
        kit.row_height(r, 420)
    d.add_paragraph()


def _ticked3(d, docs: list[str]) -> None:
    """A documents table with 'Enclosed' and 'Not applicable' tick columns."""
    t = d.add_table(rows=len(docs) + 1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Document", "Enclosed", "Not applicable"], strict=True):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c, "DDE4F0")
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
        kit.set_cell(r.cells[2], BOX)
    d.add_paragraph()


def thornbeck() -> None:
    d = kit.new_document(
        FIXED, "Community Theatre Grant 2027/28: application form", "Thornbeck District Council"
    )
    p = d.add_paragraph
    d.add_heading("Thornbeck District Council", 0)
    p("Community Theatre Grant 2027/28: application form")
    p(
        "The Community Theatre Grant helps amateur dramatic societies, operatic and musical "
        "theatre societies, youth theatres and community theatre companies in Thornbeck "
        "District to put on productions, run workshops and reach new audiences. Grants are "
        "from £250 to £3,000."
    )
    p(
        "We can pay up to 75% of the cost of your project. The rest must come from your "
        "group's own funds, ticket sales or other funders. We can pay for things such as "
        "venue and rehearsal space hire, performance rights and royalties, set, costume and "
        "props, lighting and sound hire, publicity, and fees for directors, choreographers or "
        "workshop leaders."
    )
    p(
        "Please type or write clearly in the boxes and keep to the word limits. Email the "
        "completed form and your documents to culture@thornbeck.example.gov.uk or post them to "
        "the address at the end of the form. The closing dates are 31 May 2027 and "
        "30 September 2027."
    )
    d.add_heading("Would you like this form in large print or another format?", 2)
    p(
        "Please ring the Arts and Culture Team on 01632 960 418 and we will send you a copy. "
        "Our Arts Development Officer, Ruth Penhaligon, is also happy to talk through your "
        "idea before you apply."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group",
            "Address for correspondence",
            "Postcode",
            "Main contact name",
            "Position in the group",
            "Telephone",
            "Email",
            "Website or social media page (if any)",
            "Registered charity number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of group",
                f"{BOX} Amateur dramatic society   {BOX} Operatic or musical theatre society   "
                f"{BOX} Youth theatre   {BOX} Community theatre company   {BOX} Other",
            ),
            (
                "Does your group have a written constitution or set of rules?",
                f"{BOX} Yes   {BOX} No",
            ),
            (
                "Will any performers or crew under 18 take part in this project?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    kit.details(
        d,
        [
            "Number of members",
            "Number of members under 18",
            "Group's total income last year (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.question(
        d,
        "2.1 Tell us about your production or project. What will you do, and when and where "
        "will it happen? (maximum 250 words)",
    )
    kit.question(
        d,
        "2.2 Who will take part, and who will come to see it? How will you reach people who do "
        "not usually go to the theatre? (maximum 200 words)",
    )
    p("2.3 Dates and venue")
    kit.details(
        d,
        ["Rehearsals start (date)", "Performance date or dates", "Venue or venues"],
        shade=True,
    )
    p()
    kit.question(
        d,
        "2.4 Why do you need this grant? What would happen if you did not get it? "
        "(maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 How will you sell tickets and set your ticket prices? Please include any free or "
        "reduced-price tickets. (maximum 100 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 If young people under 18 are taking part, how will you keep them safe during "
        "rehearsals and performances? (maximum 150 words)",
        2400,
    )
    kit.question(
        d, "2.7 Is there anything else you would like to tell us about your project?", 2000
    )
    d.add_heading("Section 3: Costs", 1)
    p("Please list what you will spend the money on. Include VAT unless your group can reclaim it.")
    kit.grid(d, ["Item", "Cost (£)"], 7)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Expected ticket income (£)",
            "Other funding (£) and where it comes from",
            "Grant requested (£)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Has your group had a Community Theatre Grant from the Council before?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick each one you have enclosed. We "
        "cannot assess your application without them."
    )
    kit.ticked(
        d,
        [
            "Your group's constitution or set of rules",
            "Your latest annual accounts, signed by your treasurer. If your group is less than a "
            "year old, send your last three months' bank statements instead",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "If you are performing a published play or musical, a copy of the performance "
            "licence, or your application to the rights holder if the licence has not yet "
            "been issued",
            "Your safeguarding policy, if performers or crew under 18 are taking part",
            "A quote for any single item costing more than £500",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement to confirm it, then sign the form.")
    kit.ticks(
        d,
        [
            "The information in this form is correct, and the group's committee has agreed to "
            "this application.",
            "Our group has an equal opportunities policy. Membership, auditions and casting are "
            "open to everyone.",
            "We will credit Thornbeck District Council in our programme and publicity.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position in the group", "Date"], shade=True)
    p()
    p(
        "Arts and Culture Team, Thornbeck District Council, Council Offices, Bridge Street, "
        "Thornbeck TB3 4QL. Telephone 01632 960 418."
    )
    out = HERE / "thornbeck-community-theatre-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def oxendale() -> None:
    d = kit.new_document(
        FIXED, "Staging, Set and Costume Grants 2027: application form", "Oxendale Arts Trust"
    )
    p = d.add_paragraph
    d.add_heading("Oxendale Arts Trust", 0)
    p("Staging, Set and Costume Grants 2027: application form")
    p(
        "These grants help amateur operatic, musical theatre and dramatic societies in "
        "Oxendale to build sets, make or hire costumes, and hire lighting, sound and staging "
        "for their productions. The Trust will fund up to half of the cost of the set, costume "
        "and staging items, to a maximum of £2,000. Your society must find the rest, which may "
        "include ticket income."
    )
    p(
        "Apply at least ten weeks before your first performance. Send the completed form and "
        "documents to grants@oxendaleartstrust.example.org.uk. If you have a question, ring "
        "Martin Ellacott, Grants Secretary, on 01632 961 772."
    )
    p(
        "Your society must hold public liability insurance of at least £5 million (the "
        "insurance scheme for NODA members meets this). You do not need to send the "
        "certificate."
    )
    d.add_heading("Part A: Your society", 1)
    _numbered(
        d,
        [
            ("A1", "Name of society"),
            ("A2", "Address for correspondence"),
            ("A3", "Postcode"),
            ("A4", "Contact name"),
            ("A5", "Role in the society (for example secretary or treasurer)"),
            ("A6", "Daytime telephone"),
            ("A7", "Email"),
            ("A8", "Registered charity number (if registered)"),
            ("A9", "Year the society was founded"),
            ("A10", "Number of acting and backstage members"),
            (
                "A11",
                f"Is the society a member of: {BOX} NODA   {BOX} Little Theatre Guild   "
                f"{BOX} Neither",
            ),
        ],
    )
    d.add_heading("Part B: Your production", 1)
    _numbered(
        d,
        [
            ("B1", "Title of the production, and its author or composer"),
            ("B2", "Performance dates"),
            ("B3", "Venue"),
            ("B4", "Number of performances"),
            ("B5", "Seats available at each performance"),
        ],
    )
    _boxed(
        d,
        "B6 Tell us about the production and what the grant will pay for: the set, costumes, "
        "lighting or staging you need.",
        "(no more than 300 words)",
        3600,
    )
    _boxed(
        d,
        "B7 Who will build the set or make the costumes? How will members who are new to "
        "backstage work learn the skills?",
        "(no more than 200 words)",
    )
    _boxed(
        d,
        "B8 How will you make sure the set is built and used safely?",
        "(no more than 150 words)",
        2400,
    )
    _boxed(
        d,
        "B9 What will happen to the set, costumes and equipment after the production? Will "
        "other groups be able to borrow them?",
        "(no more than 100 words)",
        2000,
    )
    _boxed(
        d,
        "B10 Describe your marketing and box office arrangements: how will people hear about "
        "the show and buy tickets?",
        "(no more than 150 words)",
        2400,
    )
    _boxed(d, "B11 Is there anything else the Trust should know?", "(optional)", 2000)
    d.add_heading("Part C: Costs", 1)
    p("List the set, costume and staging items you would like the Trust to help with.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 8)
    _numbered(
        d,
        [
            ("C1", "Total cost of the production (£)"),
            ("C2", "Total cost of the items listed above (£)"),
            ("C3", "Grant requested from the Trust (£)"),
            ("C4", "Expected ticket income (£)"),
        ],
    )
    p("Other funding for this production")
    kit.grid(d, ["Funder", "Amount (£)", "Agreed or pending"], 3)
    d.add_heading("Part D: Documents", 1)
    p(
        "Tick Enclosed for each document you send, or Not applicable where it does not apply "
        "to your society."
    )
    _ticked3(
        d,
        [
            "1. Your society's constitution",
            "2. Your accounts for the last financial year, signed by two committee members "
            "(if your income was over £25,000, they must be independently examined)",
            "3. A copy of your performance licence from the rights holder or licensing agent",
            "4. Your venue hire agreement or a letter from the venue confirming your booking",
            "5. Your health and safety policy",
            "6. Quotes or catalogue prices for each item costing over £250",
            "7. Your safeguarding policy, if anyone in the cast or crew is under 18",
            "8. If children of school age are performing, the body of persons approval or the "
            "child performance licences from the local authority",
            "9. A risk assessment for the set, if it includes raised staging, flying or "
            "pyrotechnics",
        ],
    )
    d.add_heading("Part E: Declaration", 1)
    p(
        "We declare that the information in this form is true, that the society's committee "
        "supports this application, and that the society has a data protection policy "
        "covering the details it keeps about members and audiences. If the grant is not spent "
        "on the items described, we will repay it to the Trust."
    )
    _numbered(
        d,
        [
            ("", "Signed (Chair)"),
            ("", "Name"),
            ("", "Date"),
            ("", "Signed (Treasurer)"),
            ("", "Name"),
            ("", "Date"),
        ],
    )
    p("Oxendale Arts Trust, 14 Chapel Yard, Oxendale OX9 7DW. Registered charity number 1172093.")
    out = HERE / "oxendale-set-and-costume-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wrenhallow() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wrenhallow-rural-touring-promoter-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Wrenhallow Rural Touring: village promoter application 2027/28")
    c.setAuthor("Wrenhallow Rural Touring")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#5B2A4E")

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
        c.setFillColor(plum)
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
            x=290,
            y=state["y"] - 18,
            width=255,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 100) -> None:
        room(14 * len(simpleSplit(label, "Helvetica-Bold", 10, w - 100)) + height + 10)
        txt(label, 10, "Helvetica-Bold")
        room(height + 10)
        kw = {"maxlen": maxlen or None}  # None: no /MaxLen (reportlab's default is 100)
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
            **kw,
        )
        state["y"] -= height + 14

    def radios(name: str, label: str, options: list[str]) -> None:
        txt(label, 10, "Helvetica-Bold")
        room(22)
        x = 50
        for opt in options:
            width = 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
            if x + width > w - 40:
                state["y"] -= 20
                x = 50
            form.radio(
                name=name,
                tooltip=label,
                value=opt.replace(" ", "_").replace("/", "_").replace(",", ""),
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
            x += width
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

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Wrenhallow Rural Touring")
    state["y"] -= 22
    txt("Live in the Villages: village promoter application 2027/28", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Wrenhallow Rural Touring brings professional theatre, music, dance and family shows to "
        "village halls, churches and community buildings across Wrenhallow. Volunteer "
        "promoters choose shows from our menu, book them into their hall and sell the tickets."
    )
    state["y"] -= 4
    txt(
        "We pay the company's fee and travel costs, and a grant of up to £150 a show towards "
        "hall hire and publicity. You do not need to find any match funding: the hall keeps 30% "
        "of the ticket income to cover its costs."
    )
    state["y"] -= 4
    txt(
        "Fill in this form on screen, save it and email it with your documents to "
        "promoters@wrenhallowtouring.example.org.uk by 14 May 2027. Questions? Ring Hannah "
        "Trevithick, Touring Coordinator, on 01632 962 035."
    )
    bar("Part 1: Your venue and promoting group")
    field("venue_name", "Name of venue", 80)
    field("venue_address", "Venue address", 200)
    field("venue_postcode", "Postcode", 8)
    field("group_name", "Promoting group (if not the hall committee)", 100)
    field("lead_name", "Lead promoter's name", 60)
    field("lead_phone", "Telephone", 15)
    field("lead_email", "Email", 80)
    field("second_name", "Second promoter's name", 60)
    field("second_email", "Second promoter's email", 80)
    field("capacity", "Seated capacity for performances", 5)
    radios(
        "premises_licence",
        "Does the venue have a premises licence that covers plays, music and dance?",
        ["Yes", "No, we use Temporary Event Notices", "Not sure"],
    )
    radios(
        "step_free",
        "Is the performance space step-free for audiences?",
        ["Yes", "Partly", "No"],
    )
    txt("Facilities at the venue (tick all that apply)", 10, "Helvetica-Bold")
    tick("fac_blackout", "Blackout for evening and daytime shows")
    tick("fac_stage", "Stage or raised platform")
    tick("fac_loop", "Hearing loop")
    tick("fac_toilet", "Accessible toilet")
    bar("Part 2: Your plans")
    box(
        "q2_1",
        "2.1 Why would your community like to host touring shows, and what kinds of shows would "
        "suit your audience? (up to 1,200 characters)",
        "2.1 Why host touring shows (up to 1,200 characters)",
        1200,
    )
    box(
        "q2_2",
        "2.2 How will you promote the shows and sell tickets? Tell us about your box office: "
        "advance sales, online ticketing and reserved seats. (up to 900 characters)",
        "2.2 Promotion and box office (up to 900 characters)",
        900,
    )
    box(
        "q2_3",
        "2.3 Who in your village does not usually come to events at the hall, and how will you "
        "encourage them to come? (up to 900 characters)",
        "2.3 New audiences (up to 900 characters)",
        900,
    )
    box(
        "q2_4",
        "2.4 How many volunteers will help on the night, and what will they do? "
        "(up to 600 characters)",
        "2.4 Volunteers (up to 600 characters)",
        600,
        90,
    )
    box(
        "q2_5",
        "2.5 If you plan a workshop with the visiting company, for example for a school or a "
        "youth group, tell us about it. (up to 600 characters)",
        "2.5 Workshop (up to 600 characters)",
        600,
        90,
    )
    box(
        "q2_6",
        "2.6 Is there anything else you would like to tell us?",
        "2.6 Anything else",
        0,
        90,
    )
    bar("Part 3: Dates")
    radios(
        "season",
        "Which season would you like to host shows in?",
        ["Autumn 2027", "Spring 2028", "Both"],
    )
    field("nights", "Preferred nights of the week", 60)
    field("ticket_price", "Usual adult ticket price (£)", 6)
    bar("Part 4: Documents")
    txt(
        "The hall must hold public liability insurance with cover of at least £5 million. "
        "Please attach the documents below to your email and tick each one you are sending."
    )
    tick("doc_insurance", "A copy of the hall's public liability insurance certificate")
    tick("doc_bank", "A recent bank statement for the hall committee or promoting group")
    tick("doc_licence", "A copy of the venue's premises licence, if it has one")
    tick(
        "doc_safeguarding",
        "The hall's safeguarding policy, if you plan a workshop with children or young people",
    )
    bar("Part 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the hall committee "
        "supports this application, and that the hall has a health and safety policy. We "
        "will complete a risk assessment with each visiting company.",
    )
    field("sign_name", "Signature (type your name)", 60)
    field("sign_position", "Position on the hall committee", 60)
    field("sign_date", "Date", 10)
    state["y"] -= 6
    room(30)
    txt(
        "Wrenhallow Rural Touring, The Old School, Church Lane, Wrenhallow WH5 8PJ. Telephone "
        "01632 962 035. Registered charity number 1159846.",
        9,
    )
    c.save()


def stanwick() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stanwick-amateur-dramatics-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Theatre and Amateur Dramatics Fund 2027/28: guidance notes")
    c.setAuthor("Stanwick Borough Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(
            50, 30, "Stanwick Borough Council: Community Theatre and Amateur Dramatics Fund"
        )
        c.drawRightString(w - 50, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 10, f: str = font, x: float = 50) -> None:
        for line in simpleSplit(t, f, size, w - x - 50):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, 12)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def sub(t: str) -> None:
        room(30)
        c.setFont(bold, 10)
        c.drawString(50, state["y"], t)
        state["y"] -= 16

    def bullet(t: str, mark: str = "\u2022") -> None:
        lines = simpleSplit(t, font, 10, w - 70 - 50)
        room(14 * len(lines))
        c.setFont(font, 10)
        c.drawString(56, state["y"], mark)
        for line in lines:
            room(14)
            c.setFont(font, 10)
            c.drawString(72, state["y"], line)
            state["y"] -= 14
        state["y"] -= 2

    def table(rows: list[tuple[str, str]], widths: tuple[int, int] = (330, 165)) -> None:
        for n, (a, b) in enumerate(rows):
            la = simpleSplit(a, bold if n == 0 else font, 9.5, widths[0] - 10)
            lb = simpleSplit(b, bold if n == 0 else font, 9.5, widths[1] - 10)
            h = 13 * max(len(la), len(lb)) + 8
            room(h)
            c.rect(50, state["y"] - h + 10, widths[0], h, stroke=1, fill=0)
            c.rect(50 + widths[0], state["y"] - h + 10, widths[1], h, stroke=1, fill=0)
            c.setFont(bold if n == 0 else font, 9.5)
            for i, line in enumerate(la):
                c.drawString(55, state["y"] - 13 * i, line)
            for i, line in enumerate(lb):
                c.drawString(55 + widths[0], state["y"] - 13 * i, line)
            state["y"] -= h
        state["y"] -= 8

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Stanwick Borough Council")
    state["y"] -= 24
    para("Community Theatre and Amateur Dramatics Fund 2027/28", 13, bold)
    para("Guidance notes for applicants", 11, bold)
    para(
        "Please read these notes before you fill in the application form. They explain who "
        "can apply, what we can pay for, what you need to send us and how we make decisions."
    )
    heading("1. About the fund")
    para(
        "The Community Theatre and Amateur Dramatics Fund supports local groups that make "
        "theatre with and for people in Stanwick. Grants are from £500 to £5,000. The fund has "
        "£40,000 to give in 2027/28, in two rounds."
    )
    para("We can help with the costs of:")
    for t in [
        "staging a play, musical, opera, pantomime or community show;",
        "performance rights, royalties and script or score hire;",
        "venue and rehearsal space hire;",
        "set materials, costumes, props, and lighting and sound hire;",
        "fees for directors, musical directors, choreographers and workshop leaders;",
        "workshops that teach acting, singing, stage management or technical skills;",
        "publicity, programmes and box office costs, including online ticketing fees.",
    ]:
        bullet(t)
    heading("2. Who can apply")
    para("You can apply if your group:")
    for t in [
        "is an amateur dramatic, operatic or musical theatre society, a youth theatre or a "
        "community theatre group based in Stanwick Borough;",
        "has a constitution or set of rules and a committee of at least three unrelated people;",
        "has a bank account in the group's name that needs two people to sign;",
        "will perform in Stanwick Borough, to audiences open to the public.",
    ]:
        bullet(t)
    para(
        "Professional companies, schools and individuals cannot apply, though a school's "
        "parent-teacher association can apply for a community show."
    )
    heading("3. What we cannot fund")
    for t in [
        "productions that have already taken place;",
        "buying buildings or vehicles;",
        "performances that are not open to the public;",
        "fundraising events for other organisations;",
        "alcohol, prizes or food for cast parties.",
    ]:
        bullet(t)
    heading("4. How much you can ask for")
    para(
        "You can ask for between £500 and £5,000. We expect you to find at least 10% of the "
        "total cost of your project from your group's own funds, ticket sales or other grants. "
        "Most groups use part of their expected ticket income."
    )
    heading("5. How to apply")
    para(
        "Download the application form from www.stanwick.example.gov.uk/theatrefund or ask us "
        "for a printed copy. The form asks about your group, your production or workshop, who "
        "will take part, how you will sell tickets and reach new audiences, and how you will "
        "spend the grant. Each question has a word limit; keep to it."
    )
    para(
        "Email the form and your documents to communitygrants@stanwick.example.gov.uk, or post "
        "them to Community Grants, Stanwick Borough Council, Guildhall, Stanwick SW4 2HA."
    )
    heading("6. What you need to send")
    para("Every group must send these with the application form:")
    for n, t in enumerate(
        [
            "Your constitution or set of rules.",
            "Your most recent annual accounts, signed by your treasurer or chair. They do not "
            "need to be audited or independently examined.",
            "A budget for the project showing all its costs and all its income, including the "
            "ticket income you expect.",
            "Your public liability insurance certificate. Your cover must be at least £5 million.",
            "Your safeguarding policy.",
        ],
        start=1,
    ):
        bullet(t, f"{n}.")
    para("Some groups must also send:")
    for n, t in enumerate(
        [
            "If children or young people under 18 are taking part, a list of your chaperones "
            "and other adults working with them, with the date of each person's enhanced DBS "
            "check.",
            "If you are performing a published play or musical, the performance licence or a "
            "letter or email from the licensing agent confirming it has been applied for.",
            "If you are asking for any single item costing more than £1,000, two written "
            "quotes for it.",
            "If you are performing at a venue your group does not own or manage, a letter or "
            "email from the venue confirming your booking.",
        ],
        start=6,
    ):
        bullet(t, f"{n}.")
    para(
        "You must also have an equal opportunities policy. You do not need to send it, but we "
        "may ask to see it."
    )
    heading("7. How we make decisions")
    para(
        "A panel of two councillors and two officers from the Arts and Events Team scores "
        "every application against these criteria:"
    )
    table(
        [
            ("What we look for", "Share of the score"),
            ("The quality of the project and how well it is planned", "30%"),
            ("Who takes part, including people new to theatre", "25%"),
            ("Reaching audiences, including people who do not usually go to the theatre", "25%"),
            ("Value for money and a realistic budget", "20%"),
        ]
    )
    heading("8. Timetable")
    table(
        [
            ("Round", "Closing date / decision by"),
            ("Round 1", "30 April 2027 / 18 June 2027"),
            ("Round 2", "29 October 2027 / 17 December 2027"),
        ]
    )
    para(
        "If you are given a grant, you must spend it within twelve months and send us a short "
        "report with a copy of your programme and your ticket sales figures."
    )
    heading("9. Frequently asked questions")
    sub("Can we apply if we have had a grant before?")
    para(
        "Yes, but not for the same production, and you must have sent us the report on your "
        "last grant."
    )
    sub("Do we need licences for child performers?")
    para(
        "If children of school age are performing, you may need a body of persons approval or "
        "individual child performance licences from the children's licensing team at Stanwick "
        "County Council. Please allow at least six weeks. You do not need to send them to us."
    )
    sub("Can the grant pay for a professional director?")
    para("Yes, if most of the cast and crew are volunteers from the community.")
    sub("Who can I talk to about my application?")
    para(
        "Ring Tomasz Wierzbicki, Arts and Events Officer, on 01632 963 510, or email "
        "communitygrants@stanwick.example.gov.uk."
    )
    folio()
    c.save()


if __name__ == "__main__":
    thornbeck()
    oxendale()
    wrenhallow()
    stanwick()
