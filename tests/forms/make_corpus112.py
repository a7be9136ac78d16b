"""Build set 112's Word and PDF documents (typical play area and playground grants: a parish
council's play area improvement grant form, a district council's play and open spaces capital
fund guidance, a play association's small grants form for play schemes and adventure
playgrounds, and a community trust's inclusive play equipment fund form, written to be
ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus112.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 2, 3, 9, 40, 0)
BOX = "\u2610"


def _qtable(d, questions: list[str], height: int = 2600) -> None:
    """A two-column "Question / Your answer" table, one question a row."""
    t = d.add_table(rows=len(questions) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Question", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Your answer", bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.shade_cell(t.rows[0].cells[1])
    for r, q in zip(t.rows[1:], questions, strict=True):
        kit.set_cell(r.cells[0], q, bold=True)
        kit.row_height(r, height)
    d.add_paragraph()


def _ticked(d, docs: list[str], head: str = "Enclosed") -> None:
    """A documents table with a tick column."""
    t = d.add_table(rows=len(docs) + 1, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], head, bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.shade_cell(t.rows[0].cells[1])
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_paragraph()


def hollinsworth() -> None:
    d = kit.new_document(
        FIXED,
        "Play Area Improvement Grant: application form 2027-28",
        "Hollinsworth Parish Council",
    )
    p = d.add_paragraph
    d.add_heading("Hollinsworth Parish Council", 0)
    p("Play Area Improvement Grant 2027-28: application form")
    p(
        "The Parish Council sets aside money each year to help community groups improve the "
        "children's play areas in Hollinsworth, Upper Hollinsworth and Kings Lacey. Grants of "
        "£1,000 to £10,000 can pay for new or replacement play equipment, safety surfacing, "
        "fencing and gates, benches and bins, and changes that make a play area easier for "
        "disabled children and their families to use."
    )
    p(
        "The Parish Council can pay up to 50% of the total cost of a project. You must find at "
        "least half of the cost from your own funds, fundraising or other grants. All new "
        "equipment must meet BS EN 1176 and all surfacing BS EN 1177."
    )
    p(
        "Please fill in every section, keeping to the word limits given, and return the form "
        "with your documents to the Parish Clerk by 5pm on Friday 30 April 2027. Email it to "
        "clerk@hollinsworth-pc.example.gov.uk or post it to the address at the end of the form."
    )
    d.add_heading("Need help filling in this form?", 2)
    p(
        "The Parish Clerk, Mrs Anne Tolley, is happy to talk through your project before you "
        "apply. Ring 01632 961 338 (Monday to Thursday, 9am to 1pm)."
    )
    d.add_heading("Section 1: About your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
            "Charity or company number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Playing field association or trust   "
                f"{BOX} Community group with a constitution   {BOX} Village hall committee   "
                f"{BOX} Other",
            ),
            (
                "Does your organisation own or lease the land the play area is on?",
                f"{BOX} We own it   {BOX} We lease it   {BOX} Neither: the landowner has "
                "agreed to the work",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: The play area", 1)
    kit.details(
        d,
        [
            "Name and location of the play area",
            "Name of the landowner",
            "Age range the play area is designed for",
            "Roughly how many children use it each week?",
            "Expected start date of the work",
            "Expected completion date",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 3: Your project", 1)
    p("Please answer each question in the box beside it.")
    _qtable(
        d,
        [
            "3.1 Describe the improvements you want to make to the play area. (max 250 words)",
            "3.2 Why are the improvements needed? Tell us about the condition of the present "
            "equipment and anything raised in recent safety inspections. (max 200 words)",
            "3.3 How have you asked local children and families what they would like to see? "
            "(max 200 words)",
            "3.4 How will the new equipment be accessible to disabled children? (max 150 words)",
            "3.5 Who will inspect and maintain the play area once the work is finished, and how "
            "will you pay for this? (max 150 words)",
            "3.6 What difference will the improvements make to children and families in the "
            "parish? (max 150 words)",
        ],
    )
    d.add_heading("Section 4: Costs", 1)
    p(
        "Please list the equipment and works you want the grant to pay for. Give costs without "
        "VAT if your organisation can reclaim it."
    )
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from the Parish Council (£)",
            "Amount from your organisation and other funders (£)",
        ],
        shade=True,
    )
    p()
    kit.pairs(d, [("Is your organisation registered for VAT?", f"{BOX} Yes   {BOX} No")])
    p()
    d.add_heading("Section 5: Checklist of documents", 1)
    p(
        "Please send the following with your form and tick the box to show what you have "
        "included. We cannot consider an application until we have everything we need."
    )
    _ticked(
        d,
        [
            "Your constitution or set of rules",
            "Your latest annual accounts, signed by your treasurer (if your group is less than "
            "a year old, your last three months' bank statements instead)",
            "Three written quotes for the equipment and its installation",
            "A site plan showing where the new equipment will go",
            "The latest annual inspection report for the play area (for example from RoSPA or "
            "another independent inspector)",
            "A copy of your public liability insurance certificate (minimum cover £5 million)",
            "If you do not own the land: a letter from the landowner agreeing to the work",
            "If you run supervised activities for children at the play area: your safeguarding "
            "policy",
        ],
        head="Tick",
    )
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that the information in this form is correct to the best of my knowledge and "
        "that I have the authority to apply on behalf of the organisation. I understand that "
        "the grant must be spent only on the project described, that the Parish Council may "
        "ask for it to be repaid if it is not, and that the Council may publicise the grant."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Hollinsworth Parish Council, The Parish Office, 2 Church Walk, Hollinsworth HW4 9LP. "
        "www.hollinsworth-pc.example.gov.uk"
    )
    out = HERE / "hollinsworth-play-area-improvement-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def cradlebrook() -> None:
    d = kit.new_document(
        FIXED,
        "Play and Open Spaces Capital Fund: guidance notes 2027",
        "Cradlebrook District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Cradlebrook District Council", 0)
    p("Play and Open Spaces Capital Fund 2027: guidance notes for applicants")
    d.add_heading("1. About the fund", 1)
    p(
        "The Play and Open Spaces Capital Fund helps town and parish councils and community "
        "organisations to build new play areas and to improve existing play areas, kickabout "
        "areas and small open spaces that are open to the public free of charge. It is paid for "
        "from developer contributions (section 106 agreements) and the Council's capital "
        "programme. In 2027 there is £240,000 to award, in grants of £2,000 to £25,000."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if you are:")
    bullet("a town or parish council in Cradlebrook district;")
    bullet(
        "a registered charity, charitable incorporated organisation or community interest "
        "company; or"
    )
    bullet(
        "a constituted community group, such as a playing field association or a friends "
        "of the park group, with a bank account in the group's name."
    )
    p(
        "The play area or open space must be in Cradlebrook district and open to everyone. You "
        "must own it, lease it for at least ten more years, or have the landowner's written "
        "agreement. Schools, private nurseries and businesses cannot apply."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet("new and replacement play equipment that meets BS EN 1176;")
    bullet("impact-absorbing safety surfacing that meets BS EN 1177;")
    bullet(
        "inclusive play equipment, such as wheelchair-accessible roundabouts and "
        "trampolines, and accessible paths to reach them;"
    )
    bullet("natural play features, planting, mounds and boulders;")
    bullet("fencing, gates, seating, bins and signs;")
    bullet("multi-use games areas, teen shelters and outdoor gym equipment.")
    p("We cannot pay for:")
    bullet("repairs, routine maintenance or inspections;")
    bullet("staff costs, play sessions or events;")
    bullet("work that has already started or equipment already bought;")
    bullet("play areas on school grounds or on land that is not open to the public.")
    d.add_heading("4. Match funding", 1)
    p(
        "The fund will pay up to 70% of the cost of a project. You must find at least 30% of the "
        "cost from other sources, which can include your precept, your reserves, fundraising "
        "and other grants. Volunteer time cannot be counted as match funding."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online through the Council's grants portal at "
        "www.cradlebrook.example.gov.uk/playfund. You can save your application and come back "
        "to it. Before you start, please talk to the Parks and Open Spaces team on "
        "01632 964 570 or at playfund@cradlebrook.example.gov.uk about your project."
    )
    p("The online form has these sections:")
    kit.table(
        d,
        [
            ("Section", "What it asks", "Length"),
            ("1", "Your organisation and contact details", "Short answers"),
            ("2", "The site: location, ownership and who uses it", "Short answers"),
            ("3", "Your project and why it is needed", "Up to 400 words"),
            ("4", "Consultation with children, young people and residents", "Up to 300 words"),
            ("5", "Accessibility and inclusion", "Up to 200 words"),
            ("6", "Long-term maintenance", "Up to 200 words"),
            ("7", "Costs and match funding", "Budget table"),
        ],
    )
    d.add_heading("6. What to upload with your application", 1)
    p("Every applicant must upload:")
    bullet("your constitution, articles of association or other governing document;")
    bullet(
        "your most recent annual accounts, independently examined or audited (town and parish "
        "councils may upload their latest annual governance and accountability return instead);"
    )
    bullet(
        "written quotes for the equipment and installation: at least two quotes, or three for "
        "projects over £10,000;"
    )
    bullet("a site plan and a drawing or picture of the proposed layout;")
    bullet(
        "evidence of consultation with local children, young people and residents, such as "
        "survey results or notes of a public meeting;"
    )
    bullet("proof that you own or lease the site, or the landowner's written permission; and")
    bullet("your public liability insurance certificate, showing cover of at least £10 million.")
    p("You may also need to upload:")
    bullet(
        "planning permission, if your project needs it (for example a multi-use games area or "
        "floodlighting);"
    )
    bullet(
        "your safeguarding policy, if you will run supervised play sessions or activities on "
        "the site;"
    )
    bullet(
        "a maintenance plan covering at least ten years, if you are asking for more than £10,000."
    )
    p(
        "Every organisation must have an equal opportunities policy. You do not need to upload "
        "it, but we may ask to see it."
    )
    d.add_heading("7. How we assess applications", 1)
    p("Officers score each application against these criteria:")
    kit.table(
        d,
        [
            ("Criterion", "Weight"),
            ("Need for the project and the condition of existing play provision", "30%"),
            ("Involvement of children, young people and residents", "25%"),
            ("Accessibility and inclusion", "20%"),
            ("Long-term maintenance and sustainability", "15%"),
            ("Value for money", "10%"),
        ],
    )
    p(
        "Applications scoring 60% or more are recommended to the Council's Communities "
        "Committee, which makes the final decision."
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "1 March 2027"),
            ("Closing date", "30 April 2027 at noon"),
            ("Site visits by officers", "May 2027"),
            ("Communities Committee decision", "29 June 2027"),
            ("Work must be finished by", "31 March 2028"),
        ],
    )
    d.add_heading("9. If you get a grant", 1)
    p(
        "We will send you a grant agreement to sign. We pay 75% of the grant when the agreement "
        "is signed and the rest when the work is finished, the new equipment has been inspected "
        "by an independent inspector and you have sent us copies of the invoices. You must "
        "acknowledge the Council's support on a sign at the play area."
    )
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("Can we apply for a play area we already received a grant for?", 3)
    p("Yes, but not within five years of the last grant, unless it is for different work.")
    d.add_heading("Can section 106 money count as our match funding?", 3)
    p(
        "Yes, if it has been allocated to your project by the Council and is not already part "
        "of this fund."
    )
    d.add_heading("Do we have to use a particular supplier?", 3)
    p(
        "No. Choose the supplier that gives the best value, and tell us why if it is not the "
        "cheapest quote."
    )
    d.add_heading("Who do we contact if we have a question?", 3)
    p(
        "The Parks and Open Spaces team: 01632 964 570, playfund@cradlebrook.example.gov.uk. "
        "Cradlebrook District Council, Civic Centre, Station Road, Cradlebrook CB7 2RN."
    )
    out = HERE / "cradlebrook-play-and-open-spaces-capital-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def mossbury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "mossbury-play-association-small-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Play Schemes and Adventure Play Small Grants: application form")
    c.setAuthor("Mossbury Play Association")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    orange = HexColor("#C2571A")

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
        c.setFillColor(orange)
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
            x=270,
            y=state["y"] - 18,
            width=275,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            **kw,
        )
        state["y"] -= 28

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 110) -> None:
        room(height + 40)  # keep the question with its box
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
            width = 20 + c.stringWidth(opt, "Helvetica", 9.5) + 18
            if x + width > w - 40:
                state["y"] -= 20
                x = 50
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
    c.drawString(50, state["y"], "Mossbury Play Association")
    state["y"] -= 22
    txt("Play Schemes and Adventure Play Small Grants: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Our small grants of up to £2,500 help community groups in Mossbury and the villages "
        "around it to run free, open-access play for children aged 5 to 14: holiday play "
        "schemes, adventure playground sessions, term-time playwork and play ranger sessions in "
        "parks and streets. The grant can pay for sessional playworkers, loose parts, tools and "
        "timber, snacks, first aid kits and playwork training."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each answer box has a character limit, shown "
        "after the question; the box will not take more. Save the form and email it with your "
        "documents to grants@mossburyplay.example.org.uk. You do not need to raise match "
        "funding, but tell us about any other money you have for the project."
    )
    bar("Part A: Your group")
    field("org_name", "Name of group or organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "What type of group are you?",
        [
            "Registered charity",
            "CIO",
            "Constituted community group",
            "Community interest company",
            "Parish or town council",
        ],
    )
    bar("Part B: Your play project")
    field("project_name", "Name of the play project", 100)
    radios(
        "provision",
        "What kind of play provision is it?",
        [
            "Adventure playground",
            "Holiday play scheme",
            "Term-time playwork",
            "Play ranger or street play",
        ],
    )
    field("start", "First session date", 10)
    field("end", "Last session date", 10)
    field("children", "Number of children you expect to attend", 5)
    radios("ofsted", "Is your play scheme registered with Ofsted?", ["Yes", "No"])
    box(
        "b1",
        "B1 Describe the play project and what children will do at the sessions. "
        "(up to 1,500 characters)",
        "B1 Describe the play project and what children will do at the sessions",
        1500,
        120,
    )
    box(
        "b2",
        "B2 Why is the project needed in your area? (up to 1,200 characters)",
        "B2 Why is the project needed in your area?",
        1200,
        100,
    )
    box(
        "b3",
        "B3 How will children and young people help to plan and run the sessions? "
        "(up to 900 characters)",
        "B3 How will children and young people help to plan and run the sessions?",
        900,
        80,
    )
    box(
        "b4",
        "B4 How will you make sure that disabled children and children from all backgrounds can "
        "take part? (up to 900 characters)",
        "B4 How will you make sure that disabled children and children from all backgrounds "
        "can take part?",
        900,
        80,
    )
    box(
        "b5",
        "B5 Who will run the sessions, and what playwork qualifications or experience do they "
        "have? (up to 600 characters)",
        "B5 Who will run the sessions, and what playwork qualifications or experience do they "
        "have?",
        600,
        60,
    )
    box(
        "b6",
        "B6 How will you find out whether children enjoyed the sessions and what they got from "
        "them? (up to 600 characters)",
        "B6 How will you find out whether children enjoyed the sessions and what they got from "
        "them?",
        600,
        60,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount you are asking us for (£)", 10)
    field("other_money", "Other money for the project, if any (£)", 10)
    bar("Part D: Documents")
    txt(
        "Please tick each document you are sending with this form. The last one is only needed "
        "if your scheme is registered with Ofsted."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or governing document")
    tick(
        "doc_accounts",
        "Your latest accounts or, if your group is new and has no accounts yet, a statement of "
        "income and spending signed by your treasurer",
    )
    tick("doc_safeguarding", "Your safeguarding and child protection policy")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, showing cover of at least £5 million",
    )
    tick("doc_risk", "A risk assessment for the play sessions and the site")
    tick(
        "doc_ofsted",
        "If your scheme is registered with Ofsted: your Ofsted registration certificate",
    )
    bar("Part E: Declaration")
    tick(
        "decl_dbs",
        "I confirm that every playworker and volunteer who will work with children on this "
        "project has an enhanced DBS check.",
    )
    tick(
        "decl_true",
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the group. If we get a grant, we will spend it only on the project "
        "described and send a short report within two months of the last session.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Mossbury Play Association, The Play Hut, Brook Lane Adventure Playground, Mossbury "
        "MB3 8TW. Telephone 01632 962 904. Registered charity number 1192345.",
        9,
    )
    c.save()


def pexworth() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pexworth-inclusive-play-equipment-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Inclusive Play Equipment Fund: application form")
    c.setAuthor("Pexworth Community Trust")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(56, 32, "Pexworth Community Trust - Inclusive Play Equipment Fund")
        c.drawRightString(w - 56, 32, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 10, f: str = font, x: float = 56) -> None:
        for line in simpleSplit(t, f, size, w - x - 56):
            room(14)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, 12)
        c.drawString(56, state["y"], t)
        c.line(56, state["y"] - 4, w - 56, state["y"] - 4)
        state["y"] -= 22

    def line_item(label: str) -> None:
        room(24)
        c.setFont(font, 10)
        c.drawString(56, state["y"], label)
        x = 56 + c.stringWidth(label, font, 10) + 6
        c.line(x, state["y"] - 2, w - 56, state["y"] - 2)
        state["y"] -= 22

    def qbox(label: str, height: int) -> None:
        room(height + 44)  # keep the question with its box
        for line in simpleSplit(label, bold, 10, w - 112):
            room(14)
            c.setFont(bold, 10)
            c.drawString(56, state["y"], line)
            state["y"] -= 14
        room(height + 6)
        c.rect(56, state["y"] - height, w - 112, height, stroke=1, fill=0)
        state["y"] -= height + 16

    def tickline(t: str) -> None:
        lines = simpleSplit(t, font, 10, w - 150)
        room(14 * len(lines) + 6)
        c.rect(62, state["y"] - 2, 10, 10, stroke=1, fill=0)
        for i, line in enumerate(lines):
            c.setFont(font, 10)
            c.drawString(82, state["y"] - 14 * i, line)
        state["y"] -= 14 * len(lines) + 6

    c.setFont(bold, 18)
    c.drawString(56, state["y"], "Pexworth Community Trust")
    state["y"] -= 22
    c.setFont(bold, 13)
    c.drawString(56, state["y"], "Inclusive Play Equipment Fund - Application Form")
    state["y"] -= 24
    para(
        "The Inclusive Play Equipment Fund helps parish and town councils, charities and "
        "community groups in the Pexworth area to make public play areas welcoming for disabled "
        "children and their families. We give grants of £3,000 to £20,000 towards inclusive play "
        "equipment, such as wheelchair-accessible roundabouts, ground-level trampolines, "
        "sensory panels, nest swings and accessible picnic tables, and the paths, gates and "
        "surfacing needed to reach them."
    )
    para(
        "The Trust will fund up to 80% of the cost. You must find at least 20% of the cost from "
        "other sources. Your organisation must hold public liability insurance of at least "
        "£5 million; you do not need to send us the certificate."
    )
    para(
        "Please read the guidance notes before you fill in this form. Write in black ink or "
        "type, keeping within the word limit for each question, and send the form with your "
        "documents to the Grants Officer, Pexworth Community Trust, 14 Abbey Yard, Pexworth "
        "PX2 4DH, or by email to grants@pexworthtrust.example.org.uk. Closing date: 14 May 2027."
    )
    heading("1. Your organisation")
    line_item("Name of organisation:")
    line_item("Address:")
    line_item("Postcode:")
    line_item("Contact person:")
    line_item("Role in the organisation:")
    line_item("Telephone:")
    line_item("Email:")
    line_item("Registered charity number (if applicable):")
    para(
        "Type of organisation (please circle): Parish or town council / Registered charity / "
        "Community group / Other"
    )
    heading("2. Your project")
    qbox(
        "Q1. Tell us about the play area and who uses it now. (no more than 200 words)",
        110,
    )
    qbox(
        "Q2. What inclusive equipment do you want to buy, and how did you choose it? "
        "(no more than 300 words)",
        140,
    )
    qbox(
        "Q3. How have disabled children, their families and local disability groups been "
        "involved in choosing the equipment? (no more than 250 words)",
        130,
    )
    qbox(
        "Q4. How will you make the whole play area accessible, for example paths, gates, "
        "parking, toilets and seating? (no more than one side of A4)",
        190,
    )
    qbox(
        "Q5. How will you know that the project has made a difference? (no more than 150 words)",
        90,
    )
    qbox("Q6. Is there anything else you would like to tell us about your project?", 60)
    heading("3. Costs")
    para("Please list the equipment and work you would like us to fund.")
    widths = (250, 150, 83)
    rows = [("Item", "Supplier", "Cost (£)")] + [("", "", "")] * 5
    for n, row in enumerate(rows):
        room(20)
        x = 56
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 14
    line_item("Total cost of the project: £")
    line_item("Amount requested from the Trust: £")
    line_item("Other funding secured so far: £")
    heading("4. Supporting documents")
    para("Please enclose the following documents and tick each box.")
    for t in [
        "Your constitution, trust deed or other governing document",
        "Your independently examined or audited accounts for the last financial year",
        "Quotes from at least two suppliers for the equipment and installation",
        "An access audit or accessibility report for the play area",
        "A letter of support from at least one local disability group, parent carer forum or "
        "special school",
        "Your equality and diversity policy",
        "If the play area is on land you do not own: the landowner's written consent",
        "If you are asking for more than £10,000: a maintenance plan for the equipment for at "
        "least five years",
    ]:
        tickline(t)
    heading("5. Declaration")
    para(
        "I declare that the information in this application is true and complete, that I am "
        "authorised to apply on behalf of the organisation, and that any grant will be used "
        "only for the equipment and work described. I understand that the Trust may visit the "
        "play area and may ask for the grant to be repaid if it is not used as agreed."
    )
    line_item("Signed:")
    line_item("Name:")
    line_item("Position:")
    line_item("Date:")
    state["y"] -= 6
    para(
        "Pexworth Community Trust is a registered charity, number 1176503. Telephone "
        "01632 963 771.",
        8,
    )
    folio()
    c.save()


if __name__ == "__main__":
    hollinsworth()
    cradlebrook()
    mossbury()
    pexworth()
