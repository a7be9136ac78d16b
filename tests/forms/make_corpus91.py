"""Build set 91's Word and PDF documents (typical anchor institutions' community funds: a
university's civic engagement grants, an NHS hospitals charity's community health grants, an
airport's community trust fund and a port's community fund, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus91.py
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
    d.add_paragraph()


def _questions(d, items: list[tuple[str, int]]) -> None:
    """One table for a section: each question in a shaded row, its empty answer row below."""
    t = d.add_table(rows=2 * len(items), cols=1)
    t.style = "Table Grid"
    for n, (text, height) in enumerate(items):
        q, a = t.rows[2 * n], t.rows[2 * n + 1]
        kit.set_cell(q.cells[0], text, bold=True)
        kit.shade_cell(q.cells[0])
        kit.row_height(a, height)
    d.add_paragraph()


def rothwick() -> None:
    d = kit.new_document(
        FIXED,
        "Civic Engagement Fund: Community Partnership Grants application form",
        "University of Rothwick",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("University of Rothwick", 0)
    p("Civic Engagement Fund 2027: Community Partnership Grants")
    p("Application form")
    p(
        "As part of its Civic University Agreement, the University of Rothwick offers "
        "Community Partnership Grants of £1,000 to £7,500 to voluntary and community groups, "
        "charities and social enterprises in Rothwick and the surrounding district. Each "
        "project must be run by the community organisation in partnership with a member of "
        "university staff, a research team or a student society, and must benefit local "
        "residents."
    )
    p(
        "Please read the Civic Engagement Fund guidance before you fill in this form. Type "
        "your answers in the boxes; the boxes will expand as you type. Please keep to the word "
        "limits, as we will not read beyond them. The closing date is 12 noon on Friday 26 "
        "February 2027."
    )
    p(
        "Send the completed form and your supporting documents to "
        "civicfund@rothwick.example.org.uk. If you would like to talk about your idea before "
        "you apply, contact the Civic Engagement Office on 01632 964 210."
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
            "Registered charity number (if applicable)",
            "Company number (if applicable)",
            "Total income in your last financial year (£)",
        ],
    )
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Type of organisation (please tick one)", bold=True)
    kit.shade_cell(t.rows[0].cells[0])
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation (CIO)    "
        f"{BOX} Community interest company (CIC)    {BOX} Constituted voluntary or "
        f"community group    {BOX} Company limited by guarantee",
    )
    p()
    d.add_heading("Section 2: Your university partner", 1)
    _details(
        d,
        [
            "Name of university partner (member of staff, or student society)",
            "School, department or society",
            "University email address",
        ],
    )
    _questions(
        d,
        [
            (
                "2.1 How did the partnership come about, and what will your university "
                "partner contribute to the project? (max 200 words)",
                2400,
            ),
        ],
    )
    d.add_heading("Section 3: Your project", 1)
    _details(d, ["Project title", "Start date", "End date"])
    _questions(
        d,
        [
            (
                "3.1 Describe your project: what you will do, where it will take place and who "
                "will take part. (max 400 words)",
                4200,
            ),
            (
                "3.2 What need or opportunity in the local community will the project "
                "address, and how do you know it is there? (max 300 words)",
                3400,
            ),
            (
                "3.3 What difference will the project make, and how will you measure it? "
                "(max 300 words)",
                3400,
            ),
            (
                "3.4 How will local residents be involved in planning and running the "
                "project? (max 200 words)",
                2400,
            ),
            ("3.5 What will happen when the funding ends? (max 150 words)", 2000),
        ],
    )
    d.add_heading("Section 4: Project costs", 1)
    p(
        "Please list what the grant will pay for. You can include volunteer expenses, "
        "venue hire, materials, equipment, sessional workers and publicity. University staff "
        "time cannot be paid for from the grant."
    )
    t = d.add_table(rows=8, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Item", "Cost (£)"], strict=True):
        kit.set_cell(c, h, bold=True)
        kit.shade_cell(c)
    for r in t.rows[1:]:
        kit.row_height(r, 380)
    p()
    p(
        "Projects must show a contribution of at least 20% of the total project cost from "
        "other sources. This can be in cash or in kind, for example volunteers' time valued "
        "at £12 an hour or the free use of a hall."
    )
    _details(
        d,
        [
            "Total project cost (£)",
            "Amount requested from the Civic Engagement Fund (£)",
            "Contribution from other sources, cash and in kind (£)",
        ],
    )
    d.add_heading("Section 5: What you need to send", 1)
    p("Please send these documents with your application form:")
    bullet(
        "a copy of your governing document (your constitution, set of rules or articles of "
        "association), signed and dated;"
    )
    bullet("your most recent annual accounts (these do not need to be audited);")
    bullet(
        "a bank statement from the last three months showing your organisation's name and address;"
    )
    bullet(
        "a letter or email from your university partner confirming their support and what "
        "they will contribute."
    )
    p("Also send, if they apply to you:")
    bullet(
        "your safeguarding policy, if your project will involve children, young people or "
        "adults at risk;"
    )
    bullet("a quote for any single item of equipment costing more than £1,000.")
    d.add_heading("Section 6: Declaration", 1)
    p(
        "I confirm that I am authorised to apply on behalf of the organisation named above, "
        "that the information in this application is true and correct, and that the "
        "organisation holds public liability insurance with a minimum cover of £5 million "
        "for the activities described. I understand that the University may ask for the "
        "grant to be repaid if it is not spent on the project described, and that the "
        "University will hold the information in this form in line with its privacy notice."
    )
    _details(d, ["Signature", "Name (please print)", "Position", "Date"])
    p(
        "Civic Engagement Office, University of Rothwick, The Old Library, College Green, "
        "Rothwick RW1 3DE. www.rothwick.example.org.uk/civic"
    )
    out = HERE / "rothwick-university-civic-engagement-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def brenthorne() -> None:
    d = kit.new_document(
        FIXED,
        "Community Health Grants: guidance notes for applicants",
        "Brenthorne Hospitals Charity",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Community Health Grants", 0)
    p("Guidance notes for applicants, 2027 to 2028")
    p(
        "Brenthorne Hospitals Charity, the official charity of Brenthorne Hospitals NHS "
        "Foundation Trust. Registered charity number 1187654."
    )
    d.add_heading("1. About the Community Health Grants", 1)
    p(
        "Brenthorne Hospitals Charity raises money to support patients, staff and the wider "
        "community served by Brenthorne General Hospital, St Mary's Community Hospital and the "
        "Trust's community services. Most of what we raise is spent in our hospitals, but we "
        "know that much of what keeps people well happens outside them: in community centres, "
        "sports clubs, food projects, carers' groups and the many other small organisations "
        "in our area."
    )
    p(
        "Our Community Health Grants help local voluntary and community organisations to run "
        "projects that keep people healthy and independent and that reduce the gap in health "
        "between the most and least deprived neighbourhoods we serve. The grants are paid for "
        "by donations, legacies and the money raised by our supporters at events such as the "
        "Brenthorne Hospitals Fun Run."
    )
    d.add_heading("2. What we fund", 1)
    p("We want to fund projects that do one or more of the following:")
    bullet("help people to be more active, to eat well or to stop smoking;")
    bullet("reduce loneliness and isolation, particularly among older people;")
    bullet("support people's mental health and wellbeing;")
    bullet("support unpaid carers, including young carers;")
    bullet("help people leaving hospital to settle back at home and to avoid being admitted again.")
    p(
        "We particularly welcome projects that work in the neighbourhoods of Brenthorne with "
        "the poorest health, and projects that are led by the people they support."
    )
    d.add_heading("3. How much you can apply for", 1)
    p(
        "You can apply for between £1,000 and £10,000 for a project lasting up to 12 months. "
        "We expect to make around 30 grants this year. You can apply for the whole cost of "
        "your project: you do not need to find match funding, although we are happy to fund "
        "part of a larger project that other funders are also supporting."
    )
    d.add_heading("4. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community "
        "interest company, or a constituted voluntary or community group with a bank account "
        "in its own name that needs two unrelated people to sign cheques or authorise "
        "payments;"
    )
    bullet("has been running for at least one year and has produced a year's accounts;")
    bullet("has an annual income of less than £500,000; and")
    bullet(
        "will run the project in the area served by the Trust: Brenthorne borough and the "
        "parishes of Upper and Lower Wendle."
    )
    d.add_heading("5. What we will not fund", 1)
    bullet("individuals;")
    bullet("statutory services or anything the NHS or the council is required to provide;")
    bullet("projects that have already started, or costs you have already paid;")
    bullet("religious or political activities;")
    bullet("general appeals, or fundraising events;")
    bullet("medical equipment for use in our hospitals (please talk to us about this instead).")
    d.add_heading("6. How to apply", 1)
    p(
        "Apply online at www.brenthornecharity.example.org.uk/community-grants. The "
        "application form asks about your organisation, the health need your project will "
        "meet and how you know about it, what you will do, who will benefit, how you will "
        "know that the project has made a difference, and a breakdown of the costs. You can "
        "save your application and come back to it before you submit it."
    )
    p(
        "Applications open on 1 March 2027 and close at 5pm on 30 April 2027. If you cannot "
        "apply online, please call us and we will send you a Word version of the form."
    )
    d.add_heading("7. What you need to send", 1)
    p("Every applicant must upload the following documents with the online form.")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Notes", bold=True)
    kit.shade_cell(t.rows[0].cells[0], "DEEAF6")
    kit.shade_cell(t.rows[0].cells[1], "DEEAF6")
    rows = [
        (
            "Governing document",
            "Your constitution, trust deed, articles of association or CIO constitution, "
            "signed and dated.",
        ),
        (
            "Annual accounts",
            "Your most recent annual accounts, independently examined or audited. The "
            "accounts must be for a period ending no more than 18 months before you apply.",
        ),
        (
            "Safeguarding policy",
            "Covering children and adults at risk, with the name of your safeguarding lead "
            "and the date it was last reviewed.",
        ),
        (
            "Equality and diversity policy",
            "Adopted by your trustees or committee.",
        ),
    ]
    for r, (a, b) in zip(t.rows[1:], rows, strict=True):
        kit.set_cell(r.cells[0], a, bold=True)
        kit.set_cell(r.cells[1], b)
    p()
    p("Some applicants will also need to upload:")
    bullet(
        "if your project includes exercise classes, walks or other physical activity: a risk "
        "assessment for the activity;"
    )
    bullet(
        "if you are applying for more than £5,000: a project plan showing the main stages of "
        "the project and when they will happen."
    )
    p(
        "Please make sure each document is a PDF or Word file and no bigger than 5MB. We "
        "cannot consider an application until we have all the documents that apply to you."
    )
    d.add_heading("8. Insurance", 1)
    p(
        "Your organisation must hold public liability insurance with cover of at least £5 "
        "million for the activities of the project. You do not need to send us a copy of the "
        "certificate, but we may ask to see it before we pay the grant. If you employ staff "
        "you must also hold employer's liability insurance."
    )
    d.add_heading("9. How we make decisions", 1)
    p(
        "Applications are checked by the charity's grants officer and then scored by a panel "
        "of charity trustees, Trust staff from our public health and community services "
        "teams and two representatives of local voluntary organisations. The panel looks at:"
    )
    bullet("how well the project meets the health needs of the people it will support;")
    bullet("whether the people who will benefit have helped to shape it;")
    bullet("whether the project is well planned and good value for money; and")
    bullet("how you will know what difference the project has made.")
    p(
        "The panel meets in June 2027 and we will tell every applicant the outcome by 9 July "
        "2027. If you are not successful we will give you feedback on request."
    )
    d.add_heading("10. If you are awarded a grant", 1)
    p(
        "You will be sent a grant agreement to sign and return. We pay grants in full once we "
        "have the signed agreement. You must spend the grant within 12 months and send us a "
        "short report at the end of the project telling us what you did, how many people "
        "took part and what difference it made, with a summary of how the grant was spent. "
        "We would love to have photographs and stories we can share with our supporters, "
        "with the permission of the people in them."
    )
    p(
        "Please acknowledge the support of Brenthorne Hospitals Charity in your publicity. We "
        "can send you our logo and a short description of the charity to use."
    )
    d.add_heading("11. Frequently asked questions", 1)
    p().add_run("Can we apply if we received a grant last year?").bold = True
    p(
        "Yes, but you must have sent us the end-of-project report for that grant, and we will "
        "give priority to organisations we have not funded before."
    )
    p().add_run("Can we apply for staff costs?").bold = True
    p(
        "Yes, for sessional workers or a part-time post that is needed to deliver the project, "
        "for up to 12 months."
    )
    p().add_run("Can individual hospital departments apply?").bold = True
    p(
        "No. Trust departments can apply to the charity's other funds. Please contact the "
        "charity office."
    )
    d.add_heading("12. Contact us", 1)
    p(
        "Grants Officer, Brenthorne Hospitals Charity, Brenthorne General Hospital, Moor Lane, "
        "Brenthorne BN4 7TR. Telephone 01632 965 880. Email "
        "communitygrants@brenthornecharity.example.org.uk."
    )
    out = HERE / "brenthorne-hospitals-charity-community-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def ambleford() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ambleford-airport-community-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Ambleford Airport Community Trust Fund - Application Form")
    c.setAuthor("Ambleford Airport Community Trust Fund")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 56}
    grey = HexColor("#D9D9D9")

    def room(need: float) -> None:
        if state["y"] - need < 56:
            c.showPage()
            state["y"] = hgt - 56

    def txt(t: str, size: float = 10, font: str = "Helvetica", x: float = 50) -> None:
        for line in simpleSplit(t, font, size, w - x - 50):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14

    def bar(t: str) -> None:
        room(46)
        state["y"] -= 8
        c.setFillColor(grey)
        c.rect(50, state["y"] - 6, w - 100, 20, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, state["y"], t)
        state["y"] -= 28

    def field(label: str, maxlen: int = 0, name: str = "") -> None:
        lines = simpleSplit(label, "Helvetica", 10, 190)
        room(max(30, 13 * len(lines) + 12))
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(50, state["y"] - 12 - 13 * i, line)
        form.textfield(
            name=name or label,
            tooltip=label,
            x=250,
            y=state["y"] - 18,
            width=295,
            height=20,
            borderColor=black,
            fillColor=white,
            textColor=black,
            fontSize=10,
            maxlen=maxlen or None,
        )
        state["y"] -= max(28, 13 * len(lines) + 8)

    def box(name: str, label: str, height: int) -> None:
        room(14 * len(simpleSplit(label, "Helvetica-Bold", 10, w - 100)) + height + 10)
        txt(label, 10, "Helvetica-Bold")
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
            maxlen=None,
            fieldFlags="multiline",
        )
        state["y"] -= height + 14

    def yes_no(name: str, label: str) -> None:
        lines = simpleSplit(label, "Helvetica", 10, 330)
        room(13 * len(lines) + 12)
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(50, state["y"] - 10 - 13 * i, line)
        x = 400
        for opt in ("Yes", "No"):
            form.radio(
                name=name,
                tooltip=label,
                value=opt,
                selected=False,
                x=x,
                y=state["y"] - 13,
                size=12,
                buttonStyle="circle",
                borderColor=black,
                fillColor=white,
            )
            c.setFont("Helvetica", 10)
            c.drawString(x + 16, state["y"] - 10, opt)
            x += 60
        state["y"] -= 13 * len(lines) + 12

    def tick(name: str, label: str) -> None:
        lines = simpleSplit(label, "Helvetica", 10, w - 140)
        room(13 * len(lines) + 10)
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

    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, state["y"], "Ambleford Airport Community Trust Fund")
    state["y"] -= 22
    txt("Application Form 2027", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Ambleford Airport Community Trust Fund gives grants of up to £3,000 to community "
        "groups and charities for projects that benefit people living in the communities most "
        "affected by the airport's operations. The Fund is paid for by Ambleford Airport and "
        "by the fines charged to airlines whose aircraft break the airport's noise limits, and "
        "is run by an independent board of trustees."
    )
    state["y"] -= 4
    txt(
        "Your project must benefit people living within the Fund's area of benefit, shown on "
        "the map in the guidance notes. The Fund can contribute up to 90% of the project cost; "
        "groups must provide at least 10% from their own funds or other sources. All groups "
        "must hold public liability insurance with cover of at least £5 million."
    )
    state["y"] -= 4
    txt(
        "You can complete this form on your computer and save it, or print it and write in "
        "black ink. Please keep to the word limits. Return it with your documents by email "
        "to communityfund@ambleford-airport.example.org.uk or by post to the address at the "
        "end of the form."
    )
    bar("Section 1: About your group")
    field("Name of group")
    field("Contact name")
    field("Position in group")
    field("Address")
    field("Postcode", 8)
    field("Telephone", 15)
    field("Email")
    field("Registered charity number (if any)", 8)
    yes_no(
        "Area of benefit",
        "Is your group based in, or working for people in, the Fund's area of benefit?",
    )
    bar("Section 2: Your project")
    field("Project title")
    field("Total cost of the project (£)")
    field("Amount requested from the Fund (£)")
    field("Date the money is needed by")
    box(
        "Q5",
        "5. Please describe your project and what the grant will be used for. (max 250 words)",
        150,
    )
    box(
        "Q6",
        "6. How will the project benefit people living in the area around the airport? "
        "(max 200 words)",
        130,
    )
    box(
        "Q7",
        "7. Who will benefit from the project, and roughly how many people? (max 100 words)",
        80,
    )
    box(
        "Q8",
        "8. How will you acknowledge the support of the Ambleford Airport Community Trust Fund? "
        "(max 100 words)",
        80,
    )
    bar("Section 3: Previous grants")
    yes_no("Previous grant", "Has your group received a grant from the Fund before?")
    field("If yes, year and amount of the grant")
    bar("Section 4: Checklist")
    txt("Please tick to show which documents you are enclosing with this form.")
    state["y"] -= 4
    tick("Check Box1", "A copy of your constitution or governing document")
    tick(
        "Check Box2",
        "Your latest annual accounts or, if your group is less than a year old, your most "
        "recent bank statement",
    )
    tick("Check Box3", "A copy of your current public liability insurance certificate")
    tick("Check Box4", "A quote for each item costing more than £500")
    bar("Section 5: Declaration")
    tick(
        "Check Box5",
        "I confirm that the information on this form is correct, that the grant will be used "
        "only for the project described, and that our group has a safeguarding policy if it "
        "works with children, young people or adults at risk.",
    )
    field("Signature")
    field("Name")
    field("Position in group", name="Position in group_2")
    field("Date")
    state["y"] -= 6
    txt(
        "Ambleford Airport Community Trust Fund, c/o Community Relations, Ambleford Airport, "
        "Terminal Road, Ambleford AF6 2LX. Telephone 01632 966 300.",
        9,
    )
    c.save()


def saxonby() -> None:
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "saxonby-port-community-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Port of Saxonby Community Fund: application form")
    c.setAuthor("Saxonby Port Authority")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    teal = HexColor("#1F5F6B")

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(
            60, 34, f"Port of Saxonby Community Fund - application form 2027 - page {state['page']}"
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 10, font: str = "Helvetica", x: float = 60) -> None:
        for line in simpleSplit(t, font, size, w - x - 60):
            room(14)
            c.setFont(font, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 14
        state["y"] -= 4

    def part(t: str) -> None:
        room(60)
        state["y"] -= 6
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, state["y"], t)
        c.setStrokeColor(teal)
        c.line(60, state["y"] - 4, w - 60, state["y"] - 4)
        c.setFillColor(black)
        c.setStrokeColor(black)
        state["y"] -= 22

    def row(label: str, height: int = 22) -> None:
        """A label on the left, an empty drawn box to write in on the right."""
        lines = simpleSplit(label, "Helvetica", 10, 170)
        need = max(height, 13 * len(lines) + 8)
        room(need + 4)
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 10)
            c.drawString(60, state["y"] - 14 - 13 * i, line)
        c.rect(240, state["y"] - need, w - 300, need, stroke=1, fill=0)
        state["y"] -= need + 4

    def question(label: str, height: int) -> None:
        room(14 * len(simpleSplit(label, "Helvetica-Bold", 10, w - 120)) + height + 14)
        para(label, 10, "Helvetica-Bold")
        c.rect(60, state["y"] - height + 8, w - 120, height, stroke=1, fill=0)
        state["y"] -= height + 8

    def grid(headers: list[str], widths: list[int], rows: int) -> None:
        room(20 * (rows + 1) + 10)
        y = state["y"]
        for n in range(rows + 1):
            x = 60
            for k, wd in enumerate(widths):
                c.rect(x, y - 20 * (n + 1) + 14, wd, 20, stroke=1, fill=0)
                if n == 0:
                    c.setFont("Helvetica-Bold", 10)
                    c.drawString(x + 4, y - 20 * (n + 1) + 20, headers[k])
                x += wd
        state["y"] = y - 20 * (rows + 1) - 6

    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, state["y"], "Port of Saxonby")
    state["y"] -= 24
    para("Community Fund: application form 2027", 14, "Helvetica-Bold")
    state["y"] -= 2
    para(
        "Saxonby Port Authority sets aside part of its income each year for the Port of "
        "Saxonby Community Fund. The Fund gives grants of £250 to £2,000 to charities, "
        "community groups, schools and sports clubs in Saxonby and the villages along the "
        "estuary. Our priorities are the coast and waterways, skills and employability, and "
        "community wellbeing."
    )
    para(
        "Please complete this form in black ink or type your answers, keeping within the word "
        "limits shown. You can apply once in any twelve months. The Fund's committee, which "
        "includes members of Port staff chosen by their colleagues, meets in March, July and "
        "November; forms must reach us by the last Friday of the month before."
    )
    part("Part 1: About your organisation")
    row("Name of organisation")
    row("Contact name")
    row("Role in the organisation")
    row("Address", 40)
    row("Postcode")
    row("Daytime telephone")
    row("Email")
    row("Charity or company number (if any)")
    para("Type of organisation (please tick one box):", 10, "Helvetica-Bold")
    options = [
        "Registered charity",
        "Voluntary or community group",
        "School or parent-teacher association",
        "Sports club",
        "Other",
    ]
    room(40)
    for n, opt in enumerate(options):
        x, y = 60 + 240 * (n % 2), state["y"] - 16 * (n // 2)
        c.rect(x, y - 2, 10, 10, stroke=1, fill=0)
        c.setFont("Helvetica", 10)
        c.drawString(x + 16, y, opt)
    state["y"] -= 16 * 3 + 4
    part("Part 2: Your project")
    row("1. Project name")
    question(
        "2. Tell us about your project. What will you do, and who will benefit? "
        "(no more than 250 words)",
        200,
    )
    question(
        "3. How does the project meet one or more of the Fund's priorities: the coast and "
        "waterways, skills and employability, or community wellbeing? (no more than 150 words)",
        140,
    )
    question(
        "4. How will you know the project has been a success? (no more than 150 words)",
        140,
    )
    row("5. When will the project start?")
    part("Part 3: Costs")
    para(
        "Please list the items you would like the Fund to pay for. If you are asking for a "
        "contribution to a larger project, list the whole project's costs."
    )
    grid(["Item", "Cost (£)"], [340, 135], 6)
    row("Total cost of the project (£)")
    row("Amount requested from the Port of Saxonby Community Fund (£)")
    row("How much have you raised, or been promised, from elsewhere (£)?")
    part("Part 4: Anything else")
    question(
        "Is there anything else you would like to tell us about your organisation or your project?",
        120,
    )
    part("Part 5: Supporting documents")
    para("Please send the following with this form:")
    for t in (
        "a copy of your constitution or set of rules;",
        "your latest annual accounts, signed by your treasurer;",
        "a recent bank statement (less than three months old) in the name of your organisation;",
        "if your project involves children or adults at risk, a copy of your safeguarding policy.",
    ):
        lines = simpleSplit(t, "Helvetica", 10, w - 150)
        for i, line in enumerate(lines):
            room(14)
            c.setFont("Helvetica", 10)
            if i == 0:
                c.drawString(66, state["y"], "\u2022")
            c.drawString(78, state["y"], line)
            state["y"] -= 14
        state["y"] -= 2
    state["y"] -= 4
    part("Part 6: Declaration")
    para(
        "We confirm that the information on this form is correct and that any grant will be "
        "used for the purpose described. We agree to send the Port a short report and "
        "receipts within three months of the end of the project, and we are happy for the "
        "Port to use the name of our organisation and photographs of the project in its "
        "community newsletter."
    )
    para("First signatory (the contact named in Part 1):", 10, "Helvetica-Bold")
    row("Signed")
    row("Print name")
    row("Position")
    row("Date")
    para(
        "Second signatory (another committee member, not related to the first):",
        10,
        "Helvetica-Bold",
    )
    row("Signed")
    row("Print name")
    row("Date")
    state["y"] -= 6
    para(
        "Return this form to: Community Fund Secretary, Saxonby Port Authority, Harbour "
        "Office, Quay Street, Saxonby SX3 9PQ, or email a scanned copy to "
        "communityfund@saxonbyport.example.org.uk.",
        9.5,
    )
    part("For office use only")
    row("Date received")
    row("Committee date")
    row("Decision and amount")
    folio()
    c.save()


if __name__ == "__main__":
    rothwick()
    brenthorne()
    ambleford()
    saxonby()
