"""Build set 125's Word and PDF documents (typical local history, community archives and
heritage volunteering grants: a borough council's Community Archives Grant application, a county
record office's Community Heritage Grants guidance, a heritage trust's oral history project grant
form and a civic society's blue plaque fund form, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus125.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def orrinsby() -> None:
    d = kit.new_document(
        FIXED, "Community Archives Grant 2027/28: application form", "Orrinsby Borough Council"
    )
    p = d.add_paragraph
    d.add_heading("Orrinsby Borough Council", 0)
    p("Community Archives Grant 2027/28: application form")
    p(
        "Community Archives Grants of up to £3,000 help community archive groups, local history "
        "societies and small heritage trusts in the borough to look after their collections and "
        "open them up to more people. The grant can pay for cataloguing, archive-quality boxes "
        "and folders, storage, scanning equipment, a conservator's advice and volunteer training."
    )
    p(
        "We can fund up to 90% of the cost of your project. Your group must find at least 10% "
        "from its own funds or from other grants; volunteer time cannot be counted towards it."
    )
    p(
        "Please read the Community Archives Grant guidance before you start. Type your answers "
        "in the boxes and keep to the word limits. Email the completed form and your documents "
        "to heritage@orrinsby.example.gov.uk by 5pm on Friday 21 May 2027."
    )
    d.add_heading("Do you need this form in large print or another format?", 2)
    p(
        "Ring the Heritage Development Officer on 01632 958 204 and we will send you a copy in "
        "the format you need."
    )
    d.add_heading("Section 1: About your group", 1)
    kit.details(
        d,
        [
            "Name of group",
            "Address",
            "Postcode",
            "Contact name",
            "Position in the group",
            "Telephone",
            "Email",
            "Website (if you have one)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of group",
                f"{BOX} Community archive group   {BOX} Local history society   "
                f"{BOX} Museum or heritage trust   {BOX} Other",
            ),
            ("Is your group a registered charity?", f"{BOX} Yes   {BOX} No"),
            ("Registered charity number (if any)", ""),
            ("Date your group was set up", ""),
            ("Number of active volunteers", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your collection and your project", 1)
    kit.question(
        d,
        "2.1 Tell us about your group and the collection you look after: what it contains, how "
        "big it is and where it is kept. (maximum 250 words)",
    )
    kit.question(
        d,
        "2.2 What will the project do, and why does the collection need it now? "
        "(maximum 300 words)",
    )
    kit.question(
        d,
        "2.3 How will volunteers be involved, and what training or support will they get? "
        "(maximum 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.4 How will people be able to use the collection once the project is finished? "
        "(maximum 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.5 Have you had advice from the Orrinsby Archives Service or a conservator about the "
        "collection? If so, what did they recommend? (maximum 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.6 How will you look after the collection once the grant has been spent? "
        "(maximum 150 words)",
        2000,
    )
    kit.question(
        d,
        "2.7 If you will digitise any material, tell us who owns the copyright in it and how you "
        "will get permission to put it online.",
        2000,
    )
    d.add_heading("Section 3: Project costs", 1)
    p("Please list each item you would like the grant to pay for.")
    kit.grid(d, ["Item", "Supplier", "Cost (£)"], 6)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Grant requested from Orrinsby Borough Council (£)",
            "Contribution from your group or other funders (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p("Please send the following documents with your form and tick each one you have enclosed.")
    kit.ticked(
        d,
        [
            "A copy of your constitution, rules or terms of reference",
            "Your most recent annual accounts, signed by your treasurer or chair. Groups set up "
            "less than a year ago may send their last three months' bank statements instead",
            "A list of the items the project will cover (a box list or an extract from your "
            "catalogue is fine)",
            "Your volunteer policy or volunteer agreement",
            "A quote for any single item costing more than £500, such as a scanner, archive "
            "boxes or a conservator's fee",
            "If your group does not own the collection: a letter from its owner agreeing to the "
            "project",
            "If volunteers under 18 will take part: your safeguarding policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this form is correct and that I am authorised to "
        "apply on behalf of the group. I understand that the grant must be spent on the project "
        "described by 31 March 2028, that unspent money must be returned, and that the Council "
        "may publish the name of our group and the amount of any grant."
    )
    p("Please tick to confirm each statement.")
    kit.ticks(
        d,
        [
            "Our group holds public liability insurance of at least £5 million, covering our "
            "volunteers and any events we run.",
            "We have a data protection policy, and we will not put personal information about "
            "living people online without their consent.",
        ],
    )
    kit.details(d, ["Signature", "Name", "Position", "Date"], shade=True)
    p()
    p(
        "Heritage Development Officer, Orrinsby Borough Council, Town Hall, Market Place, "
        "Orrinsby OR3 6JD. Telephone 01632 958 204."
    )
    out = HERE / "orrinsby-community-archives-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def quarndon() -> None:
    d = kit.new_document(
        FIXED,
        "Community Heritage Grants 2027-28: guidance notes",
        "Quarndon County Council Archives and Record Office",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Quarndon Archives and Record Office", 0)
    p("Community Heritage Grants 2027-28: guidance notes for applicants")
    d.add_heading("1. About the grants", 1)
    p(
        "Quarndon County Council's Archives and Record Office gives Community Heritage Grants of "
        "£250 to £4,000 to voluntary groups who look after, record or share the history of a "
        "place or community in the county. The grants are for community archives, local history "
        "societies, village and parish history projects, oral history projects and small "
        "heritage groups."
    )
    p(
        "These notes explain who can apply, what we fund, what you need to send with your "
        "application and how we decide. Please read them before you start your application."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your group:")
    bullet("is a voluntary or community group, charity or parish or town council in Quarndon;")
    bullet("has a written constitution or set of rules and a bank account in its own name;")
    bullet("looks after, or wants to record or share, the heritage of a place in the county.")
    p(
        "We cannot give grants to individuals, to businesses or to national organisations, or "
        "to pay for work that a school or the County Council has a duty to do."
    )
    d.add_heading("3. What we can pay for", 1)
    bullet("cataloguing and listing a collection, including volunteer training;")
    bullet("archive-quality boxes, folders and enclosures, and secure storage;")
    bullet("digitising photographs, documents, maps, films and sound recordings;")
    bullet("recording and summarising oral history interviews;")
    bullet("exhibitions, displays, talks and websites that share a collection;")
    bullet("a conservator's fee for cleaning or repairing a small number of items.")
    p("We cannot pay for:")
    bullet("buying documents or objects at auction or from dealers;")
    bullet("work that has already started, or your group's everyday running costs;")
    bullet("publishing a book that is mainly for sale.")
    d.add_heading("4. Conservation advice", 1)
    p(
        "If your project will handle original documents, photographs or objects, you must ask "
        "our conservation team for a free collection assessment before you apply. The team "
        "will visit, look at how the material is stored and send you a short written report. "
        "Please allow six weeks for the visit."
    )
    d.add_heading("5. Digitisation, copyright and consent", 1)
    p(
        "Digital copies should be made to the standards in our leaflet Digitising Your "
        "Collection: master images at 400 pixels per inch saved as TIFF files, with a copy kept "
        "off site. Before you put any image or recording online you must own the copyright in "
        "it or have written permission from the person who does, and you must have the consent "
        "of anyone who can be identified in an oral history recording. You will be asked to "
        "confirm this in the application form; keep the permissions safely, as we may ask to "
        "see them."
    )
    d.add_heading("6. How much you can apply for", 1)
    p(
        "Grants are from £250 to £4,000 and can cover up to 80% of the cost of your project. "
        "The other 20% must come from your group's own funds or from other funders. We do not "
        "count volunteer time towards the 20%."
    )
    d.add_heading("7. How to apply", 1)
    p(
        "Apply online through the County Council's grants portal at "
        "www.quarndon.example.gov.uk/heritagegrants. You can save your application and return "
        "to it later. The online form asks:"
    )
    kit.table(
        d,
        [
            ("Part of the form", "What it asks", "Word limit"),
            ("1", "Your group and its contact details", "Short answers"),
            ("2", "The collection or heritage your project is about", "250 words"),
            ("3", "What you will do and who will do it", "300 words"),
            ("4", "Who will benefit, and how people will use the results", "250 words"),
            ("5", "Costs and your 20% contribution", "Budget table"),
        ],
    )
    p("At the end of the form you will be asked to upload your documents.")
    d.add_heading("8. What you need to send", 1)
    p("Every group must upload:")
    bullet("its constitution, rules or terms of reference;")
    bullet(
        "its latest annual accounts. These do not need to be audited or independently "
        "examined, but they should have been approved at your annual general meeting;"
    )
    bullet("a bank statement from the last three months, in the group's name;")
    bullet("a timetable showing the main stages of the project;")
    bullet("its volunteer policy or volunteer handbook;")
    bullet(
        "a copy of its public liability insurance certificate, showing cover of at least £5 "
        "million."
    )
    p("Some groups must also upload:")
    bullet(
        "if the project will handle original documents, photographs or objects: the written "
        "report from our conservation team (see section 4);"
    )
    bullet(
        "if the project includes digitisation: a short digitisation plan saying what you will "
        "scan, to what standard, and where the files will be kept;"
    )
    bullet("for any single item costing more than £1,000: two written quotes;")
    bullet(
        "if you are recording interviews: the recording agreement (consent and copyright form) "
        "that interviewees will sign;"
    )
    bullet(
        "if the project involves children or adults at risk: your safeguarding policy and "
        "confirmation that the people leading those sessions have had a DBS check."
    )
    p(
        "All groups must have an equal opportunities policy. You do not need to send it, but "
        "we may ask to see it."
    )
    d.add_heading("9. How we decide", 1)
    p("A panel of officers from the Record Office and a county councillor scores each application:")
    kit.table(
        d,
        [
            ("What we look at", "Marks"),
            ("The importance of the collection or heritage to the community", "25"),
            ("How well the project will care for it or record it", "25"),
            ("How many people will be involved or will use the results", "25"),
            ("A realistic plan, budget and timetable", "25"),
        ],
    )
    d.add_heading("10. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Decision by"),
            ("Spring", "26 March 2027", "14 May 2027"),
            ("Autumn", "24 September 2027", "12 November 2027"),
        ],
    )
    p("Projects must be finished within 12 months of the offer letter.")
    d.add_heading("11. Questions people often ask", 1)
    d.add_heading("Do we have to give our collection to the Record Office?", 3)
    p(
        "No. Your group keeps its collection. We may ask you to let us keep a copy of any "
        "catalogue or digital images, so that they are safe for the future."
    )
    d.add_heading("Can we buy a computer with the grant?", 3)
    p("Yes, if it is needed for the project, for example for cataloguing or scanning.")
    d.add_heading("We are a new group. Can we still apply?", 3)
    p(
        "Yes, but you will still need to send the documents in section 8. If you do not yet "
        "have a full year's accounts, talk to us before you apply."
    )
    d.add_heading("12. Contact us", 1)
    p(
        "Community Archives Officer, Quarndon Archives and Record Office, Shire Hall, Quarndon "
        "QD1 4RB. Telephone 01632 957 660. Email heritagegrants@quarndon.example.gov.uk."
    )
    out = HERE / "quarndon-community-heritage-grants-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def wenhampton() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wenhampton-oral-history-project-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Oral History Project Grants: application form")
    c.setAuthor("Wenhampton Heritage Trust")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#5B2C6F")

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
    c.drawString(50, state["y"], "Wenhampton Heritage Trust")
    state["y"] -= 22
    txt("Oral History Project Grants: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Our Oral History Project Grants of up to £5,000 help community groups, charities and "
        "parish councils in the Wenhampton area to record people's memories of work, home and "
        "community life, to look after the recordings and to share them."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each of the longer answer boxes has a character "
        "limit, shown after the question. Save the form and email it, with your documents, to "
        "grants@wenhamptonheritage.example.org.uk. If you would like to talk about your project "
        "first, ring our Grants Officer on 01632 955 317."
    )
    bar("Part 1: About your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "org_type",
        "Type of organisation",
        ["Registered charity", "CIO", "Community group", "Parish or town council", "Other"],
    )
    field("reg_no", "Charity or company number (if any)", 20)
    bar("Part 2: Your project")
    field("title", "Project title", 80)
    field("start", "Start date", 10)
    field("end", "End date", 10)
    field("interviews", "Number of interviews you plan to record", 4)
    box(
        "q21",
        "2.1 What is your project about, and whose memories will you record? "
        "(up to 1,500 characters)",
        "2.1 What is your project about, and whose memories will you record?",
        1500,
        110,
    )
    box(
        "q22",
        "2.2 How will you find and invite people to be interviewed, including people whose "
        "voices are not often heard? (up to 1,000 characters)",
        "2.2 How will you find and invite people to be interviewed?",
        1000,
        80,
    )
    box(
        "q23",
        "2.3 How will volunteers be trained to interview people and to summarise or transcribe "
        "the recordings? (up to 1,000 characters)",
        "2.3 How will volunteers be trained?",
        1000,
        80,
    )
    box(
        "q24",
        "2.4 Where will the recordings and the signed consent forms be kept, and how will the "
        "public be able to hear them? (up to 1,200 characters)",
        "2.4 Where will the recordings and consent forms be kept?",
        1200,
        90,
    )
    box(
        "q25",
        "2.5 How will you share what you have recorded, for example in an exhibition, a "
        "booklet, a podcast or a session at a school? (up to 800 characters)",
        "2.5 How will you share what you have recorded?",
        800,
        70,
    )
    box(
        "q26",
        "2.6 Is there anything else you would like to tell us about your project?",
        "2.6 Anything else you would like to tell us",
        0,
        80,
    )
    radios(
        "vulnerable",
        "Will you interview anyone under 18, or any adults at risk?",
        ["Yes", "No"],
    )
    radios(
        "training",
        "Have your volunteers been on the Trust's free oral history training day?",
        ["Yes", "No", "Booked"],
    )
    bar("Part 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("other_money", "Other money secured (£)", 10)
    txt(
        "We can pay for the whole of your project, so you do not need to find match funding. "
        "If other funders are supporting the project, please tell us how much they are giving."
    )
    bar("Part 4: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_gov", "Your governing document (constitution, rules, trust deed or articles)")
    tick("doc_accounts", "Your latest independently examined or audited accounts")
    tick(
        "doc_consent",
        "A copy of the recording agreement (consent and copyright form) that interviewees "
        "will sign",
    )
    tick(
        "doc_archive",
        "A letter of support from the archive, library or museum that has agreed to look "
        "after the recordings",
    )
    tick(
        "doc_safeguarding",
        "Your safeguarding policy (only if you will interview anyone under 18 or adults at risk)",
    )
    tick("doc_quotes", "A quote for any recording equipment costing more than £300")
    txt(
        "You must hold public liability insurance of at least £5 million that covers any public "
        "events, such as listening sessions. You do not need to send us the certificate."
    )
    bar("Part 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "for the organisation and that the grant will be spent only on the project described.",
    )
    tick(
        "data_protection",
        "Our organisation has a data protection policy and will keep interviewees' personal "
        "information safe.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Wenhampton Heritage Trust, The Old Grammar School, Bridge Street, Wenhampton WN5 2EL. "
        "Telephone 01632 955 317. Registered charity number 1183056.",
        9,
    )
    c.save()


def hasselby() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hasselby-blue-plaque-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Blue Plaque Fund: nomination and grant application")
    c.setAuthor("Hasselby Civic Society")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Times-Roman", "Times-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Hasselby Civic Society: Blue Plaque Fund application 2027")
        c.drawRightString(w - 50, 30, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 11, f: str = font, x: float = 50) -> None:
        for line in simpleSplit(t, f, size, w - x - 50):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 6
        c.setFont(bold, 13)
        c.drawString(50, state["y"], t)
        state["y"] -= 20

    def blank(label: str) -> None:
        """A label followed by an underscore blank to write on."""
        room(22)
        c.setFont(font, 11)
        c.drawString(50, state["y"], label)
        x = 56 + c.stringWidth(label, font, 11)
        n = int((w - 50 - x) / c.stringWidth("_", font, 11))
        c.drawString(x, state["y"], "_" * n)
        state["y"] -= 22

    def options(label: str, opts: list[str]) -> None:
        room(22)
        c.setFont(font, 11)
        c.drawString(50, state["y"], label)
        x = 56 + c.stringWidth(label, font, 11)
        for o in opts:
            c.rect(x, state["y"] - 1, 9, 9, stroke=1, fill=0)
            c.drawString(x + 13, state["y"], o)
            x += 13 + c.stringWidth(o, font, 11) + 16
        state["y"] -= 22

    def question(text: str, lines: int) -> None:
        """A bold question over ruled lines (drawn, so invisible to text extraction)."""
        room(15 * len(simpleSplit(text, bold, 11, w - 100)) + 22 * lines + 10)
        for line in simpleSplit(text, bold, 11, w - 100):
            c.setFont(bold, 11)
            c.drawString(50, state["y"], line)
            state["y"] -= 15
        for _ in range(lines):
            state["y"] -= 22
            c.line(50, state["y"], w - 50, state["y"])
        state["y"] -= 14

    c.setFont(bold, 20)
    c.drawString(50, state["y"], "Hasselby Civic Society")
    state["y"] -= 24
    c.setFont(bold, 14)
    c.drawString(50, state["y"], "Blue Plaque Fund: nomination and grant application")
    state["y"] -= 24
    para(
        "Blue plaques mark buildings in Hasselby with a link to a notable person or an "
        "important event in the town's history. Anyone can nominate a plaque: a resident, a "
        "building owner, a school or a community group. If the Society's Plaques Panel agrees "
        "that a nomination meets its criteria, the Blue Plaque Fund will pay up to half of the "
        "cost of making and fixing the plaque, usually between £900 and £1,400. The nominator "
        "or the building owner must find the other half."
    )
    para(
        "Please write clearly in black ink, keeping to the word limits, or ask us for a copy "
        "in Word. Send the completed form to the Plaques Secretary, Hasselby Civic Society, "
        "14 Wool Street, Hasselby HB2 9QN, or scan it and email it to "
        "plaques@hasselbycivic.example.org.uk. The Panel meets in March, June, September and "
        "December."
    )
    heading("Section A: About you")
    blank("Your name")
    blank("Organisation (if any)")
    blank("Address")
    blank("Postcode")
    blank("Telephone")
    blank("Email")
    options("Are you:", ["the owner of the building", "a tenant", "neither"])
    heading("Section B: The person or event and the building")
    blank("B1  Name of the person, group or event")
    blank("B2  Dates (for example of birth and death)")
    blank("B3  Address of the building")
    options("B4  The building is:", ["listed", "in a conservation area", "neither", "not sure"])
    question("B5  Why is this person or event significant to Hasselby? (no more than 300 words)", 8)
    question(
        "B6  What is the connection between the person or event and this building? Please say "
        "what evidence you have, such as census returns, directories or letters. "
        "(no more than 200 words)",
        6,
    )
    question(
        "B7  Who else supports the plaque? Tell us about any local support, for example from "
        "residents, societies or the family. (no more than 150 words)",
        5,
    )
    question("B8  What wording would you like on the plaque? (no more than 25 words)", 2)
    question(
        "B9  How will the plaque be looked after, and who will pay to clean or replace it if "
        "it is damaged? (no more than 100 words)",
        4,
    )
    question("B10  Please tell us about any event you plan for the unveiling.", 4)
    heading("Section C: Costs")
    blank("C1  Cost of making the plaque (from the maker's quote)  £")
    blank("C2  Cost of fixing the plaque  £")
    blank("C3  Amount requested from the Blue Plaque Fund  £")
    blank("C4  Amount from you, the owner or other funders  £")
    heading("Section D: What to send with this form")
    para("Please enclose:")
    for t in [
        "(a)  the written consent of the building's owner to the plaque being put up;",
        "(b)  copies of your evidence for the link between the person or event and the "
        "building, such as census entries, directory entries or newspaper reports;",
        "(c)  a quote from a plaque maker, including the cost of fixing;",
        "(d)  a photograph of the front of the building showing where the plaque would go;",
        "(e)  if the building is listed, a copy of the listed building consent for the plaque, "
        "or a letter from the council's conservation officer saying that consent is not "
        "needed;",
        "(f)  if the person died less than 20 years ago, a letter from their family "
        "supporting the plaque.",
    ]:
        para(t, x=62)
    heading("Section E: Declaration")
    para(
        "I confirm that the information on this form is correct to the best of my knowledge. "
        "I understand that the Plaques Panel's decision is final and that a grant is paid to "
        "the plaque maker once the plaque has been fixed."
    )
    blank("Signed")
    blank("Name")
    blank("Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Received: ____________   Panel date: ____________   Decision: ____________   "
        "Grant: £____________",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    orrinsby()
    quarndon()
    wenhampton()
    hasselby()
