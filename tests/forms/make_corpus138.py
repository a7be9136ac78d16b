"""Build set 138's Word and PDF documents (typical community safety, crime prevention and
Neighbourhood Watch small grants: a police and crime commissioner's Community Safety Fund
application, a community safety partnership's Safer Neighbourhoods Small Grants guidance, a
community safety partnership's Safer Nights grant form for street pastors and night-time
volunteer patrols, and a district council's community buildings CCTV and security grant
form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.
The helpers shared by the generators are in corpus_kit.py.

    /work/writer-venv/bin/python tests/forms/make_corpus138.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 4, 12, 9, 30, 0)
BOX = "\u2610"


def hemblington() -> None:
    d = kit.new_document(
        FIXED,
        "Community Safety Fund 2027/28: small grants application form",
        "Office of the Police and Crime Commissioner for Hemblington",
    )
    p = d.add_paragraph
    d.add_heading("Police and Crime Commissioner for Hemblington", 0)
    p("Community Safety Fund 2027/28: small grants application form")
    p(
        "The Community Safety Fund gives grants of £500 to £5,000 to voluntary and community "
        "groups, charities and social enterprises for projects that prevent crime and "
        "anti-social behaviour, help people feel safer where they live and support victims. "
        "Projects must take place in Hemblington and support at least one of the priorities in "
        "the Commissioner's Police and Crime Plan 2025-2029."
    )
    p(
        "The Commissioner will fund up to 90% of the total cost of your project. You must find "
        "at least 10% from other sources: your own funds, another grant, sponsorship or the "
        "value of donated goods and volunteers' time."
    )
    p(
        "Please fill in every section, keep to the word limits and return the form with your "
        "documents to grants@hemblington-pcc.example.gov.uk. The closing date is 5pm on "
        "Friday 28 May 2027. We will tell you our decision by the end of July 2027."
    )
    d.add_heading("Do you need help with this form?", 2)
    p(
        "Our Commissioning and Grants Officer, Nasreen Atwal, can talk your idea through with "
        "you. Ring 01632 961 447 or email the address above. We can send this form in large "
        "print or another format on request."
    )
    d.add_heading("Section 1: Your organisation", 1)
    kit.details(
        d,
        [
            "Name of organisation",
            "Address",
            "Postcode",
            "Main contact name",
            "Position in the organisation",
            "Telephone",
            "Email",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Community interest company   {BOX} Constituted voluntary or community "
                f"group   {BOX} Neighbourhood Watch scheme or association   {BOX} Other",
            ),
        ],
    )
    p()
    kit.details(
        d,
        [
            "Registered charity or company number (if any)",
            "Total income in your last financial year (£)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Does your organisation work with children, young people or adults at risk?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(
        d,
        [
            "Project title",
            "Ward, town or neighbourhood the project will cover",
            "Start date",
            "End date",
        ],
        shade=True,
    )
    p()
    kit.question(
        d,
        "2.1 Describe your project. What will you do, where, and when? (maximum 300 words)",
    )
    kit.question(
        d,
        "2.2 What crime, anti-social behaviour or community safety problem will the project "
        "tackle, and how do you know it is a problem in your area? Please include any evidence, "
        "such as police figures, reports to the council or a residents' survey. "
        "(maximum 250 words)",
    )
    kit.question(
        d,
        "2.3 Who will benefit from the project, and how many people will take part? "
        "(maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.4 Which priorities of the Police and Crime Plan will the project support, and how? "
        "(maximum 150 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 Which partners will you work with, for example your neighbourhood policing team, "
        "the council's community safety team, schools or housing providers? "
        "(maximum 100 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 How will the project carry on, or its benefits last, once the grant has been "
        "spent? (maximum 150 words)",
        2400,
    )
    p(
        "Please list up to three outcomes you expect the project to achieve, how you will "
        "measure each one and your target."
    )
    kit.grid(d, ["Outcome", "How you will measure it", "Target"], 3)
    d.add_heading("Section 3: Project costs", 1)
    p(
        "Please list what the grant will pay for. Include VAT if your organisation cannot "
        "reclaim it."
    )
    kit.grid(d, ["Item or activity", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount requested from the Community Safety Fund (£)",
            "Match funding (£) and where it will come from",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Has your organisation had a grant from the Police and Crime Commissioner in "
                "the last two years?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your application and tick each one you have "
        "enclosed. We cannot assess an application until we have received them all."
    )
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or memorandum and articles of association",
            "Your latest annual accounts. If your organisation is less than a year old, send "
            "your last three months' bank statements instead",
            "A bank statement, dated within the last three months, showing the organisation's "
            "name and account details",
            "A letter of support from your local neighbourhood policing team or community "
            "safety partnership",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "Your safeguarding policy, if your organisation works with children, young people "
            "or adults at risk",
            "A written quote for any single item costing more than £500",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement, then sign and date the form.")
    kit.ticks(
        d,
        [
            "The information in this application is correct, and I am authorised by my "
            "organisation's committee or board to apply.",
            "Our organisation has an equal opportunities policy and will make the project open "
            "to everyone it is meant to reach.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Office of the Police and Crime Commissioner for Hemblington, Kingsway House, "
        "Station Approach, Hemblington HB1 4QW. Telephone 01632 961 447. We use the information "
        "in this form to assess your application; our privacy notice is on our website."
    )
    out = HERE / "hemblington-community-safety-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def gorsemoor() -> None:
    d = kit.new_document(
        FIXED,
        "Safer Neighbourhoods Small Grants 2027/28: guidance notes",
        "Gorsemoor Community Safety Partnership",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Gorsemoor Community Safety Partnership", 0)
    p("Safer Neighbourhoods Small Grants 2027/28")
    p("Guidance notes for Neighbourhood Watch schemes and community groups")
    d.add_heading("About the grants", 1)
    p(
        "Gorsemoor Community Safety Partnership brings together Gorsemoor District Council, "
        "the police, the fire and rescue service, health and probation services and local "
        "housing providers. Each year we set aside £25,000, with money from the Police and "
        "Crime Commissioner, for small grants that help residents make their neighbourhoods "
        "safer."
    )
    p(
        "Grants are from £100 to £1,500. You can apply at any time until the money for the "
        "year has been spent. We expect to fund between 25 and 40 projects."
    )
    d.add_heading("Who can apply", 1)
    p("You can apply if you are:")
    bullet("a Neighbourhood Watch scheme or a Neighbourhood Watch association;")
    bullet("a residents' or tenants' association;")
    bullet("a community or voluntary group, a charity or a faith group;")
    bullet("a parish or town council, applying for a project run with residents.")
    p(
        "Your group must be based in Gorsemoor District or run the project there, and it must "
        "have a bank account in its own name that needs two people to sign. Groups must be open "
        "to everyone in the area and must have an equal opportunities policy or statement; we "
        "do not need a copy of it."
    )
    p(
        "We cannot give grants to individuals, businesses or political groups, or to statutory "
        "bodies other than parish and town councils."
    )
    d.add_heading("What we can fund", 1)
    bullet(
        "crime prevention kit for residents, such as property marking kits, shed and window "
        "alarms, timer switches, bike locks, purse bells and anti-theft car number plate screws;"
    )
    bullet(
        "video doorbells, door chains and other security for older or vulnerable residents "
        "who have been victims of crime or are at risk;"
    )
    bullet("Neighbourhood Watch street signs, leaflets and launch events for new schemes;")
    bullet(
        "activities that divert young people from anti-social behaviour, such as evening "
        "sports sessions or youth club trips;"
    )
    bullet("equipment for street pastors, street angels and other volunteer patrols;")
    bullet("community clean-ups of areas that attract crime, such as alleyways and garages.")
    d.add_heading("What we cannot fund", 1)
    bullet("CCTV cameras that cover public streets or other people's property;")
    bullet("salaries or the running costs your group already has;")
    bullet("things you have already bought before we make our decision;")
    bullet("projects that are the job of the police or the council to provide.")
    d.add_heading("How much you can ask for", 1)
    p(
        "You can ask for up to £1,500. You do not need to find match funding: we can pay the "
        "whole cost of a small project. If other people are also helping to pay for the "
        "project, please tell us on the form."
    )
    d.add_heading("How to apply", 1)
    p(
        "Fill in the online application form on the Council's website at "
        "gorsemoor.example.gov.uk/safergrants, or ask us for a Word version. The form asks you "
        "for your group's details, a description of your project (up to 250 words), the crime "
        "or safety problem it will tackle (up to 150 words), who will benefit (up to 100 "
        "words) and a list of costs. Before you apply, please talk to your local Police "
        "Community Support Officer (PCSO) or the Community Safety Team about your idea."
    )
    d.add_heading("What you need to send", 1)
    p(
        "Please send the following documents with your form. If any are missing, we will "
        "ask for them and your application will be delayed."
    )
    p("Every group must send:")
    number(
        "a copy of its constitution, rules or terms of reference (we have a simple "
        "template for new groups);"
    )
    number(
        "its latest annual accounts, signed by the treasurer or another member of the "
        "committee (they do not need to be audited or examined);"
    )
    number("its most recent bank statement, dated within the last three months;")
    number("a quote, catalogue page or screenshot of the price for each item you want to buy;")
    number(
        "a letter or email from your local neighbourhood policing team saying that they "
        "support the project."
    )
    p(
        "Neighbourhood Watch schemes must also send proof that the scheme is registered with "
        "Neighbourhood Watch Network, such as a screenshot of the scheme's page on the "
        "Neighbourhood Watch website."
    )
    p(
        "If your project will work with children, young people or adults at risk, please send "
        "your safeguarding policy. If volunteers will visit residents in their homes, for "
        "example to fit door chains or mark property, please send your lone working policy."
    )
    p(
        "If you are asking for video doorbells or any other camera, you must also send a "
        "completed data protection impact assessment (DPIA). Our template DPIA for video "
        "doorbells is on the web page; the Council's Data Protection Officer will check it "
        "before we make an offer."
    )
    d.add_heading("Insurance", 1)
    p(
        "If your group runs events or activities, it should have public liability insurance. "
        "Registered Neighbourhood Watch schemes are covered by Neighbourhood Watch Network's "
        "insurance for most activities."
    )
    d.add_heading("How we decide", 1)
    p("Three members of the partnership look at each application and consider:")
    kit.table(
        d,
        [
            ("What we look for", "Questions we ask ourselves"),
            (
                "Need",
                "Is there a real crime or safety problem, and does the local policing team agree?",
            ),
            ("Benefit", "How many residents will feel or be safer as a result?"),
            (
                "Value for money",
                "Are the costs reasonable, and have you looked for the best price?",
            ),
            ("Involving residents", "Are local people running or taking part in the project?"),
        ],
    )
    p(
        "We aim to tell you our decision within six weeks of receiving a complete application. "
        "If we offer you a grant, you must spend it within six months and send us a short "
        "report with receipts."
    )
    d.add_heading("Frequently asked questions", 1)
    p("Can we apply more than once?", style="Heading 3")
    p("Yes, but not more than once in any twelve months, and not for the same project.")
    p("Can we buy CCTV for our community centre?", style="Heading 3")
    p(
        "Not from this fund. The Community Buildings Security Grant run by the District "
        "Council can help with CCTV for community buildings."
    )
    p("Do we have to be a registered charity?", style="Heading 3")
    p("No. Most of the groups we fund are small voluntary groups and Neighbourhood Watch schemes.")
    p("Who can we talk to?", style="Heading 3")
    p(
        "The Community Safety Team, Gorsemoor District Council, Civic Offices, Moor Street, "
        "Gorsemoor GM3 7LP. Telephone 01632 962 180. Email safercommunities@gorsemoor."
        "example.gov.uk."
    )
    out = HERE / "gorsemoor-safer-neighbourhoods-small-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wyckholt() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wyckholt-safer-nights-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Safer Nights Grant 2027/28: application form")
    c.setAuthor("Wyckholt Community Safety Partnership")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#0B5563")

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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
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
    c.drawString(50, state["y"], "Wyckholt Community Safety Partnership")
    state["y"] -= 22
    txt("Safer Nights Grant 2027/28: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Safer Nights grants of up to £4,000 help volunteer schemes that keep people safe in "
        "Wyckholt's town centres at night: street pastors, street angels, night-time welfare "
        "points and similar schemes. A grant can pay for volunteer training, uniforms and "
        "high-visibility clothing, radios, first aid kits and the supplies volunteers hand out "
        "on patrol."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Save it and email it with your documents to "
        "safernights@wyckholt.example.gov.uk by Monday 14 June 2027. If you would like to talk "
        "about your application first, ring Callum Rennie, Community Safety Officer, on "
        "01632 963 515."
    )
    bar("Part A: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Name of main contact", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("charity_no", "Registered charity number (if any)", 20)
    radios(
        "org_type",
        "Type of organisation",
        ["Church or faith-based group", "Registered charity", "Other voluntary group"],
    )
    field("volunteers", "Number of active patrol volunteers", 5)
    bar("Part B: Your scheme")
    field("scheme_name", "Name of the scheme", 60)
    field("area", "Town centre or area patrolled", 80)
    field("nights", "Nights and hours of patrol", 80)
    radios("new_scheme", "Is this a new scheme or an existing one?", ["New", "Existing"])
    bar("Part C: About your application")
    box(
        "c1",
        "C1 Tell us about your scheme and what the grant will pay for. (up to 1,500 characters)",
        "C1 Tell us about your scheme and what the grant will pay for.",
        1500,
        110,
    )
    box(
        "c2",
        "C2 What problems in the night-time economy will your volunteers help with, and how "
        "do you know they happen? (up to 1,200 characters)",
        "C2 What problems in the night-time economy will your volunteers help with?",
        1200,
        90,
    )
    box(
        "c3",
        "C3 How do you recruit, train and support your volunteers, including debriefing "
        "them after each patrol? (up to 1,200 characters)",
        "C3 How do you recruit, train and support your volunteers?",
        1200,
        90,
    )
    box(
        "c4",
        "C4 How do your volunteers work with the police, door staff, licensed premises and "
        "the council's CCTV control room? (up to 900 characters)",
        "C4 How do your volunteers work with the police, door staff, licensed premises and "
        "the CCTV control room?",
        900,
        80,
    )
    box(
        "c5",
        "C5 How do you record what your volunteers do, for example the number of people "
        "helped each night? (up to 600 characters)",
        "C5 How do you record what your volunteers do?",
        600,
        60,
    )
    box(
        "c6",
        "C6 How will the scheme be funded after this grant?",
        "C6 How will the scheme be funded after this grant?",
        0,
        70,
    )
    bar("Part D: Costs")
    txt("Please tell us how much of the grant you will spend on each of these.")
    state["y"] -= 4
    field("cost_training", "Volunteer training (£)", 8)
    field("cost_uniform", "Uniforms and high-visibility clothing (£)", 8)
    field("cost_supplies", "First aid kits, water, foil blankets, flip-flops (£)", 8)
    field("cost_other", "Radios, phones and other equipment (£)", 8)
    field("cost_total", "Total cost of the scheme this year (£)", 10)
    field("grant", "Grant requested (£)", 8)
    field("other_funding", "Other funding this year (£) and who from", 120)
    bar("Part E: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or governing document")
    tick(
        "doc_accounts",
        "Your latest annual accounts, signed by your treasurer or independently examined",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_insurance",
        "Your public liability insurance certificate, with cover of at least £10 million",
    )
    tick(
        "doc_police",
        "A letter of support from the police inspector for the area you patrol",
    )
    tick(
        "doc_budget",
        "If you are asking for more than £2,000: a budget for the scheme's whole year showing "
        "all its income and costs",
    )
    bar("Part F: Declaration")
    tick(
        "dbs",
        "All our patrol volunteers have had a DBS check and have completed the scheme's "
        "training before going out on patrol.",
    )
    tick(
        "declaration",
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the organisation. I understand that the grant must be spent on the "
        "costs in Part D and that I must send a report at the end of the year.",
    )
    field("dec_name", "Name", 60)
    field("dec_position", "Position", 60)
    field("dec_signature", "Signature", 60)
    field("dec_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Wyckholt Community Safety Partnership, c/o Wyckholt Borough Council, Town Hall, "
        "Church Street, Wyckholt WY2 5HD. Telephone 01632 963 515.",
        9,
    )
    c.save()


def draycombe() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "draycombe-community-buildings-cctv-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Buildings Security and CCTV Grant: application form")
    c.setAuthor("Draycombe District Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Draycombe District Council: Community Buildings Security Grant")
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
        c.line(50, state["y"] - 4, w - 50, state["y"] - 4)
        state["y"] -= 22

    def item(n: str, label: str) -> None:
        """A numbered label with a drawn box beside it (invisible to text extraction)."""
        lines = simpleSplit(label, font, 10, 190)
        room(12 * len(lines) + 16)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 12 * i, line)
        c.rect(276, state["y"] - 20, w - 50 - 276, 20, stroke=1, fill=0)
        state["y"] -= max(26, 12 * len(lines) + 16)

    def choice(n: str, label: str, options: list[str]) -> None:
        lines = simpleSplit(label, font, 10, 190)
        room(12 * len(lines) + 16)
        c.setFont(font, 10)
        c.drawString(50, state["y"] - 13, n)
        for i, line in enumerate(lines):
            c.drawString(76, state["y"] - 13 - 12 * i, line)
        x = 276
        for opt in options:
            c.rect(x, state["y"] - 15, 10, 10, stroke=1, fill=0)
            c.drawString(x + 14, state["y"] - 13, opt)
            x += 14 + c.stringWidth(opt, font, 10) + 16
        state["y"] -= max(26, 12 * len(lines) + 16)

    def question(n: str, text: str, height: int) -> None:
        room(14 * len(simpleSplit(text, bold, 10, w - 76 - 50)) + height + 10)
        state["y"] -= 4
        c.setFont(bold, 10)
        c.drawString(50, state["y"], n)
        for line in simpleSplit(text, bold, 10, w - 76 - 50):
            room(14)
            c.setFont(bold, 10)
            c.drawString(76, state["y"], line)
            state["y"] -= 14
        room(height + 6)
        c.rect(76, state["y"] - height, w - 50 - 76, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 18)
    c.drawString(50, state["y"], "Draycombe District Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Community Buildings Security and CCTV Grant: application form")
    state["y"] -= 24
    para(
        "On behalf of the Draycombe Community Safety Partnership, the Council offers grants of "
        "£500 to £7,500 to help village halls, community centres, sports pavilions and places "
        "of worship that suffer burglary, vandalism or anti-social behaviour to protect their "
        "buildings. The grant can pay for CCTV, intruder alarms, security lighting, shutters, "
        "secure doors and fencing."
    )
    para(
        "The grant pays up to 75% of the cost. Your organisation must find at least 25% of "
        "the total cost, from its own funds or from other funders."
    )
    para(
        "Before you apply, please ask your neighbourhood policing team or the police Designing "
        "Out Crime Officer to visit the building and advise you. Fill in the form in black ink "
        "or type your answers into the boxes. Post or email it to the address on the last "
        "page. Applications are considered every three months."
    )
    heading("Section A: Your organisation and the building")
    item("A1", "Name of organisation")
    item("A2", "Name and address of the building")
    item("A3", "Postcode")
    item("A4", "Contact name")
    item("A5", "Position in the organisation")
    item("A6", "Telephone")
    item("A7", "Email")
    item("A8", "Registered charity number (if any)")
    choice("A9", "Does the organisation own or lease the building?", ["Own", "Lease", "Other"])
    item("A10", "If the building is leased, name of the landlord")
    heading("Section B: Crime at the building and your project")
    choice(
        "B1",
        "Has the building suffered crime or anti-social behaviour in the last two years?",
        ["Yes", "No"],
    )
    item("B2", "Police crime reference numbers (if any)")
    item("B3", "Name of the police officer or Designing Out Crime Officer who has advised you")
    question(
        "B4",
        "Describe the crime, damage or anti-social behaviour the building has suffered in the "
        "last two years and what it has cost your organisation. (no more than 250 words)",
        130,
    )
    question(
        "B5",
        "What security measures do you want to install, and where? (no more than 250 words)",
        130,
    )
    question(
        "B6",
        "Why are these the right measures? Tell us what else you have tried or thought about, "
        "such as better lighting, changing how the building is used or working with "
        "neighbours. (no more than 200 words)",
        110,
    )
    question(
        "B7",
        "If your project includes CCTV: who will be responsible for the system, and how will "
        "you make sure it is used lawfully? Tell us who can view recordings, how long you will "
        "keep them and how you will deal with requests for footage from the police or the "
        "public. (no more than one side of A4)",
        200,
    )
    question(
        "B8",
        "How will the project help the people who use the building and the wider community? "
        "(no more than 150 words)",
        90,
    )
    heading("Section C: Costs")
    para("Please list the equipment and work you want the grant to pay for.")
    widths = (245, 150, 100)
    rows = [("Item or work", "Supplier or installer", "Cost (£)")] + [("", "", "")] * 6
    for row in rows:
        room(20)
        x = 50
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 18, wd, 18, stroke=1, fill=0)
            if text:
                c.setFont(bold, 10)
                c.drawString(x + 4, state["y"] - 13, text)
            x += wd
        state["y"] -= 18
    state["y"] -= 14
    item("C1", "Total cost of the project (£)")
    item("C2", "Grant requested (£)")
    item("C3", "Your contribution (£) and where it will come from")
    choice("C4", "Can your organisation reclaim VAT?", ["Yes", "No"])
    heading("Section D: Documents to send with this form")
    for t in [
        "1.  Your constitution or governing document.",
        "2.  Your accounts for the last two financial years. The accounts must be independently "
        "examined or audited.",
        "3.  Two written quotes from security suppliers or installers (three quotes if the "
        "project costs more than £3,000).",
        "4.  A letter from the police (your neighbourhood policing team or the Designing Out "
        "Crime Officer) supporting the project.",
        "5.  If your project includes CCTV, a completed data protection impact assessment "
        "(DPIA) and a copy of your data protection policy. A DPIA template is on our website.",
        "6.  If the building is leased, the landlord's written permission for the work.",
    ]:
        para(t, x=62)
    para(
        "Your organisation must hold public liability insurance of at least £5 million for the "
        "building. You do not need to send us the certificate. If your CCTV will record images "
        "beyond the building's boundary, you must also pay the data protection fee to the "
        "Information Commissioner's Office."
    )
    heading("Section E: Declaration")
    para(
        "I confirm that the information in this form is correct, that the organisation's "
        "committee or trustees have agreed to the project and to find at least 25% of its "
        "cost, and that the organisation has a health and safety policy for the building. I "
        "understand that the Council may ask for the grant back if the equipment is not "
        "installed within six months or is removed within five years."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Date received: ____________   Ref: ____________   Police view: ____________   "
        "DPIA checked: ____________",
        9,
    )
    para(
        "Community Safety Team, Draycombe District Council, Council Offices, Bridge Street, "
        "Draycombe DC4 8NS. Telephone 01632 964 072. Email communitysafety@draycombe."
        "example.gov.uk.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    hemblington()
    gorsemoor()
    wyckholt()
    draycombe()
