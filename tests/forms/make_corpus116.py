"""Build set 116's Word and PDF documents (typical employment, skills and adult learning
grants: a county council adult learning service's community learning grant application, a
district council's family and community learning fund guidance, a community foundation's
work-ready fund as a fillable PDF and an educational trust's adult literacy and numeracy grant
form typed and printed to a text PDF, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus116.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 2, 3, 9, 40, 0)
BOX = "\u2610"


def brackenthorpe() -> None:
    d = kit.new_document(
        FIXED, "Community Learning Grants 2027-28: application form", "Brackenthorpe County Council"
    )
    p = d.add_paragraph
    d.add_heading("Brackenthorpe County Council", 0)
    p("Adult Learning Service")
    p("Community Learning Grants 2027-28: application form")
    p(
        "Community Learning Grants help voluntary and community groups to run informal learning "
        "for adults aged 19 and over who are unlikely to go to a college or an adult education "
        "centre: first-step courses, family learning, digital skills, English conversation, "
        "money management, and learning for health and wellbeing. Grants are from £1,000 to "
        "£8,000 for courses that run between 1 September 2027 and 31 July 2028."
    )
    p(
        "Please read the Community Learning Grants guidance before you fill in this form. Type "
        "your answers in the boxes, which will expand as you type, and keep to the word limits "
        "shown. Email the completed form and your documents to "
        "communitylearning@brackenthorpe.example.gov.uk by 5pm on Friday 11 June 2027."
    )
    d.add_heading("Do you need this form in another format?", 2)
    p(
        "We can send you this form in large print or in another language, or talk you through it "
        "on the telephone. Ring the Community Learning team on 01632 961 538."
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
            "Registered charity or company number (if any)",
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
                f"{BOX} Community interest company   {BOX} Voluntary or community group   "
                f"{BOX} Faith group",
            ),
            ("Have you had a Community Learning Grant before?", f"{BOX} Yes   {BOX} No"),
            ("Annual income in your last financial year (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 2: Your learning project", 1)
    kit.pairs(
        d,
        [
            ("Project title", ""),
            ("Start date", ""),
            ("End date", ""),
            ("Number of adult learners you expect to take part", ""),
        ],
    )
    p()
    kit.question(
        d,
        "2.1 Describe the learning you will offer: the courses or sessions, how often they will "
        "run and where. (max 300 words)",
    )
    kit.question(
        d,
        "2.2 Who are the learners you want to reach, and why are they unlikely to take part in "
        "other adult learning? (max 250 words)",
    )
    kit.question(
        d,
        "2.3 How will you find out what each learner wants to learn, and how will you record the "
        "progress they make? (max 200 words)",
        2600,
    )
    kit.question(
        d,
        "2.4 Who will teach or lead the sessions, and what experience or qualifications do they "
        "have? (max 150 words)",
        2200,
    )
    kit.question(
        d,
        "2.5 How will you help learners to move on when the course ends, for example to further "
        "learning, volunteering or work? (max 150 words)",
        2200,
    )
    kit.question(
        d,
        "2.6 How will you make the sessions accessible to learners who are disabled or have "
        "caring responsibilities? (max 150 words)",
        2200,
    )
    kit.question(
        d, "2.7 Is there anything else you would like us to know about your project?", 1800
    )
    d.add_heading("Section 3: Project budget", 1)
    p(
        "Please list the costs of the project. We can pay for tutor fees, room hire, learning "
        "materials, small items of equipment, volunteers' expenses, and childcare or travel costs "
        "that help learners to attend."
    )
    kit.grid(d, ["Item", "How you worked out the cost", "Amount (£)"], 8)
    kit.pairs(
        d,
        [
            ("Total cost of the project (£)", ""),
            ("Grant requested from the Council (£)", ""),
            ("Other funding for the project (£)", ""),
        ],
    )
    p()
    d.add_heading("Section 4: Documents checklist", 1)
    p("Please tick to show which documents you are sending with this form.")
    kit.ticked(
        d,
        [
            "Your constitution, set of rules or other governing document",
            "Your most recent annual accounts, signed by your treasurer or chair (they do not "
            "need to be independently examined)",
            "A bank statement from the last three months showing the organisation's name",
            "Your safeguarding policy, which must cover adults at risk",
            "Your equal opportunities policy",
            "Your public liability insurance certificate (cover of at least £5 million)",
            "If you are asking for more than £5,000: two written quotes for any item of "
            "equipment costing more than £500",
            "If you employ staff or pay tutors: your health and safety policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    decl = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    kit.set_cell(
        decl,
        "I confirm that the information in this application is correct and that I am authorised "
        "to apply for the organisation. If we are given a grant, we will spend it only on the "
        "project described, keep records of learners' attendance and progress, and return any "
        "money we do not use. We have a data protection policy and will keep learners' personal "
        "information safely, in line with it.",
    )
    for r, label in zip(t.rows[1:], ["Signature", "Name", "Position", "Date"], strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.shade_cell(r.cells[0])
        kit.row_height(r, 420)
    p()
    p(
        "Community Learning team, Adult Learning Service, Brackenthorpe County Council, County "
        "Hall, Abbey Road, Brackenthorpe BK1 4LW. Telephone 01632 961 538."
    )
    out = HERE / "brackenthorpe-community-learning-grant-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def scalbridge() -> None:
    d = kit.new_document(
        FIXED,
        "Family and Community Learning Fund 2027-28: guidance notes",
        "Scalbridge District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Scalbridge District Council", 0)
    p("Family and Community Learning Fund 2027-28")
    p("Guidance notes for voluntary and community groups")
    d.add_heading("1. About the fund", 1)
    p(
        "The Family and Community Learning Fund gives grants of £500 to £5,000 to voluntary and "
        "community groups in Scalbridge district to run learning for adults who would not "
        "usually take part in it. We are especially keen to fund learning that builds people's "
        "confidence and gets them started again: reading and maths for everyday life, English "
        "conversation for people whose first language is not English, using a smartphone or "
        "computer, cooking on a budget, and family learning, where parents and carers learn "
        "alongside their children."
    )
    p(
        "The fund is part of the Council's adult learning budget and is run by the Adult "
        "Learning and Skills team. In 2027-28 there is £96,000 to give. These notes explain who "
        "can apply, what the fund pays for, what you need to send and how we decide."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a voluntary or community group, registered charity, charitable incorporated "
        "organisation, community interest company or faith group;"
    )
    bullet(
        "has a written constitution or set of rules and a management committee of at least "
        "three people who are not related;"
    )
    bullet(
        "has a bank account in the organisation's name that needs two people to sign for "
        "payments; and"
    )
    bullet("runs the learning in Scalbridge district for people who live here.")
    p(
        "New groups are welcome. Schools, colleges, parish councils and private businesses "
        "cannot apply, but they can be your partners."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet("tutors' and session leaders' fees;")
    bullet("room hire;")
    bullet("learning materials, books and small items of equipment such as tablets;")
    bullet("volunteers' travel expenses and training;")
    bullet("childcare, travel and refreshments that help learners to take part; and")
    bullet("taster sessions and celebration events for learners.")
    p("We cannot pay for:")
    bullet("courses that lead to a qualification funded elsewhere, such as a GCSE;")
    bullet("activities that have already taken place;")
    bullet("your group's general running costs that are not part of the project;")
    bullet("religious or political activity; or")
    bullet("learning for children alone, without their parents or carers.")
    d.add_heading("4. Do we need to find part of the money ourselves?", 1)
    p(
        "No. We do not ask for match funding, and we can fund the whole cost of a project. If "
        "other funders or volunteers are helping, please tell us, as it shows that the project "
        "has local support."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Fill in the Family and Community Learning Fund application form, which you can download "
        "from www.scalbridge.example.gov.uk/communitylearning or ask us to post to you. The form "
        "asks you to describe the learning you will run (up to 300 words), who it is for and how "
        "you will reach them (up to 250 words), how you will know what learners have gained (up "
        "to 200 words) and how learners will be helped to move on (up to 150 words), and to "
        "complete a budget. Email the form and your documents to "
        "familylearning@scalbridge.example.gov.uk."
    )
    d.add_heading("6. What to send with your application", 1)
    p("Every group must send:")
    number("your constitution, set of rules or other governing document;")
    number(
        "your most recent annual accounts. These can be the accounts approved at your annual "
        "general meeting; they do not need to be independently examined or audited;"
    )
    number("a bank statement for the organisation's account, dated within the last three months;")
    number(
        "your safeguarding policy. It must cover adults at risk and, for family learning, "
        "children; and"
    )
    number("a budget for the project, using the template on our website.")
    p(
        "If your group is less than a year old and has not yet produced accounts, please send a "
        "statement of your income and spending so far, signed by two members of your committee, "
        "instead of accounts."
    )
    p("You may also need to send:")
    bullet(
        "if a paid tutor will lead the sessions, a copy of the tutor's teaching qualification "
        "or a short CV;"
    )
    bullet(
        "if you will run the project with a partner organisation, such as a school or a "
        "children's centre, a letter of support from the partner; and"
    )
    bullet(
        "for family learning projects, where children take part alongside their parents, "
        "evidence that the staff and volunteers who lead the sessions have an enhanced DBS check."
    )
    p(
        "Your group must also have an equal opportunities policy and a health and safety policy. "
        "You do not need to send them, but we may ask to see them before we pay a grant. The "
        "sessions must be covered by public liability insurance of at least £5 million, either "
        "your own or the venue's."
    )
    d.add_heading("7. How we decide", 1)
    p(
        "A panel of Council officers and two members of the Scalbridge Learning Partnership "
        "scores each application against the following criteria."
    )
    kit.table(
        d,
        [
            ("What we look for", "Score"),
            (
                "The learners: the project reaches adults who are least likely to take part in "
                "learning",
                "30",
            ),
            (
                "The learning: it is well planned, led by suitable people and meets"
                " learners' needs",
                "25",
            ),
            ("Progress: you will record what learners gain and help them to move on", "20"),
            ("Value for money: the costs are realistic and clearly worked out", "15"),
            ("Partnership: you work with other local organisations", "10"),
        ],
    )
    d.add_heading("8. Timetable", 1)
    kit.table(
        d,
        [
            ("Stage", "Date"),
            ("Fund opens", "Monday 12 April 2027"),
            ("Closing date for applications", "5pm, Friday 4 June 2027"),
            ("Panel meets", "Week of 5 July 2027"),
            ("We tell you our decision", "By Friday 16 July 2027"),
            ("Projects start", "From 1 September 2027"),
            ("Projects must finish", "By 31 July 2028"),
        ],
    )
    d.add_heading("9. If you are offered a grant", 1)
    p(
        "We will send you a grant agreement to sign. We pay 80% of the grant when we receive "
        "the signed agreement and the rest when we receive your end-of-project report, which "
        "tells us how many learners took part and what they gained. These come after a grant is "
        "offered: you do not need them to apply."
    )
    d.add_heading("10. Questions and answers", 1)
    d.add_heading("Can we apply if we have never run a course before?", 3)
    p(
        "Yes. Many groups we fund start with a short taster course. Ring us to talk your idea "
        "through before you apply."
    )
    d.add_heading("Do learners have to pay?", 3)
    p(
        "You can ask learners for a small contribution, but nobody should be turned away because "
        "they cannot pay."
    )
    d.add_heading("Can we apply for more than one project?", 3)
    p("You can send one application each year. It can include more than one course.")
    d.add_heading("11. Contact us", 1)
    p(
        "Adult Learning and Skills team, Scalbridge District Council, Council Offices, "
        "Riverside Way, Scalbridge SB3 7HN. Telephone 01632 962 271. Email "
        "familylearning@scalbridge.example.gov.uk."
    )
    out = HERE / "scalbridge-family-and-community-learning-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def stainmoor() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "stainmoor-work-ready-fund-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Work Ready Fund: application form")
    c.setAuthor("Stainmoor Community Foundation")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    green = HexColor("#1F4E79")

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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 140) -> None:
        room(height + 44)  # keep the question with its box
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
    c.drawString(50, state["y"], "Stainmoor Community Foundation")
    state["y"] -= 22
    txt("Work Ready Fund: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Work Ready Fund gives grants of up to £5,000 to voluntary and community groups in "
        "Stainmoor that help people to get ready for work: job clubs, help with CVs and "
        "interviews, confidence and motivation courses, work tasters and volunteering that "
        "builds skills. We especially want to help people who have been out of work for a long "
        "time, young people who are not in education, employment or training, disabled people "
        "and lone parents."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen and save it. Each answer box has a limit, shown in "
        "characters after the question, and will not take more. Email the form and your "
        "documents to workready@stainmoorcf.example.org.uk by Friday 7 May 2027."
    )
    bar("Section 1: Your organisation")
    field("org_name", "Name of organisation", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the organisation", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("reg_no", "Charity or company number (if any)", 20)
    radios(
        "org_type",
        "Type of organisation",
        [
            "Registered charity",
            "CIO",
            "Community interest company",
            "Voluntary or community group",
            "Other not-for-profit",
        ],
    )
    bar("Section 2: Your project")
    field("project_title", "Project title", 80)
    field("start", "Date the project will start", 10)
    radios(
        "main_group",
        "Main group of people the project will help",
        [
            "Long-term unemployed",
            "Young people aged 16 to 24",
            "Disabled people",
            "Lone parents",
            "People aged 50 and over",
        ],
    )
    field("people", "Number of people the project will support", 5)
    box(
        "q1",
        "Q1 Tell us about your organisation and the work you already do. (up to 1,000 characters)",
        "Q1 Tell us about your organisation and the work you already do",
        1000,
        80,
    )
    box(
        "q2",
        "Q2 What will the project do to help people get ready for work? Describe the activities, "
        "how often they will run and for how long. (up to 2,400 characters)",
        "Q2 What will the project do to help people get ready for work?",
        2400,
        150,
    )
    box(
        "q3",
        "Q3 How do you know the project is needed? (up to 1,200 characters)",
        "Q3 How do you know the project is needed?",
        1200,
        90,
    )
    box(
        "q4",
        "Q4 What difference will the project make? Tell us how many people you expect to move "
        "into work, training or volunteering. (up to 1,200 characters)",
        "Q4 What difference will the project make?",
        1200,
        90,
    )
    box(
        "q5",
        "Q5 How will you work with employers, Jobcentre Plus and other local services? "
        "(up to 1,500 characters)",
        "Q5 How will you work with employers, Jobcentre Plus and other local services?",
        1500,
        90,
    )
    room(120)
    txt(
        "Q6 Is there anything else you would like to tell us about your project?",
        10,
        "Helvetica-Bold",
    )
    room(90)
    form.textfield(
        name="q6",
        tooltip="Q6 Is there anything else you would like to tell us about your project?",
        x=50,
        y=state["y"] - 80,
        width=495,
        height=80,
        borderColor=black,
        fillColor=white,
        textColor=black,
        fontSize=10,
        maxlen=0,
        fieldFlags="multiline",
    )
    state["y"] -= 94
    bar("Section 3: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Amount you are asking us for (£)", 10)
    radios(
        "other_funders",
        "Are other funders supporting this project?",
        ["Yes", "No", "Waiting to hear"],
    )
    bar("Section 4: Documents")
    txt("Please tick to show the documents you are sending with this form.")
    state["y"] -= 4
    tick("doc_rules", "Your constitution, rules or other governing document")
    tick(
        "doc_accounts",
        "Your most recent annual accounts or, if your group is less than a year old and has no "
        "accounts yet, your bank statements for the last three months",
    )
    tick("doc_safeguarding", "Your safeguarding policy")
    tick(
        "doc_reference",
        "A reference from someone who knows your group's work but is not a member of it, for "
        "example a community worker or a local councillor",
    )
    tick(
        "doc_employers",
        "If your project offers work placements or tasters with local employers: a letter from "
        "each employer confirming that they will take part",
    )
    bar("Section 5: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that I am authorised to apply "
        "for the organisation and that any grant will be spent only on the project described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Stainmoor Community Foundation, 2 Quarry Street, Stainmoor SM4 8DE. "
        "Telephone 01632 963 904. Registered charity number 1192468.",
        9,
    )
    c.save()


def wetherholme() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wetherholme-adult-literacy-and-numeracy-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Adult Literacy and Numeracy Grants: application form")
    c.setAuthor("The Wetherholme Educational Trust")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold, ital = "Times-Roman", "Times-Bold", "Times-Italic"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawRightString(w - 60, 32, f"Page {state['page']}")

    def room(need: float) -> None:
        if state["y"] - need < 60:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 60

    def para(t: str, size: float = 11, f: str = font, x: float = 60) -> None:
        for line in simpleSplit(t, f, size, w - x - 60):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def part(t: str) -> None:
        room(40)
        state["y"] -= 8
        c.setFont(bold, 12)
        c.drawString(60, state["y"], t)
        c.line(60, state["y"] - 4, w - 60, state["y"] - 4)
        state["y"] -= 24

    def dots(label: str) -> None:
        """A label followed by a dotted line to write on."""
        room(24)
        c.setFont(font, 11)
        c.drawString(60, state["y"], label)
        x = 60 + c.stringWidth(label, font, 11) + 6
        c.setDash(1, 2)
        c.line(x, state["y"] - 2, w - 60, state["y"] - 2)
        c.setDash()
        state["y"] -= 22

    def question(n: int, text: str, limit: str, height: int) -> None:
        room(40 + height)
        state["y"] -= 4
        lines = simpleSplit(f"{n}. {text}", bold, 11, w - 120)
        for line in lines:
            c.setFont(bold, 11)
            c.drawString(60, state["y"], line)
            state["y"] -= 15
        if limit:
            c.setFont(ital, 10)
            c.drawString(60, state["y"], limit)
            state["y"] -= 14
        c.rect(60, state["y"] - height, w - 120, height, stroke=1, fill=0)
        state["y"] -= height + 14

    c.setFont(bold, 16)
    c.drawCentredString(w / 2, state["y"], "THE WETHERHOLME EDUCATIONAL TRUST")
    state["y"] -= 18
    c.setFont(font, 10)
    c.drawCentredString(w / 2, state["y"], "Registered charity number 504417")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawCentredString(w / 2, state["y"], "Adult Literacy and Numeracy Grants")
    state["y"] -= 17
    c.drawCentredString(w / 2, state["y"], "Application Form")
    state["y"] -= 26
    para(
        "The Trustees make grants of up to £3,000 to voluntary organisations in the former "
        "borough of Wetherholme that help adults to improve their reading, writing and everyday "
        "maths. Projects may include reading groups, one-to-one volunteer tutoring, family "
        "reading sessions, and help with forms, bills and budgeting."
    )
    para(
        "The Trust will fund no more than two thirds of the total cost of a project. Applicants "
        "must find at least one third of the cost from elsewhere, which may include the group's "
        "own funds or other grants."
    )
    para(
        "Please complete the form in black ink or type, and keep within the space and word "
        "limits given. Applications are considered by the Trustees in March, July and November; "
        "completed forms must reach the Clerk at least four weeks before the meeting."
    )
    part("PART 1   ABOUT YOUR ORGANISATION")
    dots("Name of organisation")
    dots("Address")
    dots("Postcode")
    dots("Contact person")
    dots("Telephone")
    dots("Email")
    dots("Charity number (if registered)")
    dots("Number of paid staff")
    dots("Number of volunteers")
    dots("Do you hold public liability insurance?     YES / NO  (please delete)")
    part("PART 2   THE PROJECT")
    dots("Title of project")
    dots("Proposed start date")
    question(
        1,
        "What will the project do? Please describe the sessions, who will lead them and where "
        "they will take place.",
        "(Please use no more than 300 words.)",
        150,
    )
    question(
        2,
        "How many adults will take part, and how will you find learners who struggle with "
        "reading, writing or numbers?",
        "(No more than 200 words.)",
        110,
    )
    question(
        3,
        "Explain why the project is needed in your area.",
        "(No more than one side of A4. You may attach a separate sheet.)",
        180,
    )
    question(
        4,
        "How will you know that learners have made progress?",
        "(No more than 150 words.)",
        90,
    )
    question(
        5,
        "Please give details of any training the tutors or volunteers have had, or will have, "
        "in teaching adult literacy or numeracy.",
        "",
        90,
    )
    question(
        6,
        "What will happen when the grant has been spent?",
        "(100 words maximum.)",
        70,
    )
    part("PART 3   COSTS")
    para("Please list the costs of the project.")
    widths = (330, 145)
    for _n, row in enumerate([("Item", "Cost (£)")] + [("", "")] * 6):
        room(22)
        x = 60
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    dots("Total cost of the project   £")
    dots("Amount requested from the Trust   £")
    dots("Amount from other sources   £")
    part("PART 4   ENCLOSURES")
    para(
        "Please send with this form a copy of your constitution, your last audited or "
        "independently examined accounts and your latest bank statement. Organisations with an "
        "income of less than £10,000 a year may send accounts signed by their treasurer instead "
        "of examined accounts."
    )
    para(
        "If your project involves children, for example family reading sessions, please also "
        "send a copy of your safeguarding policy. If you will pay a tutor, please send a copy of "
        "the tutor's teaching qualification certificate."
    )
    part("PART 5   DECLARATION")
    para(
        "I declare that the information given in this application is true to the best of my "
        "knowledge, and that any grant made will be used only for the purpose described. I "
        "agree to send the Trustees a short report and receipts within six months of the end of "
        "the project."
    )
    dots("Signed")
    dots("Name")
    dots("Position in organisation")
    dots("Date")
    state["y"] -= 8
    para("For the Trust's use:  Received ..........   Meeting ..........   Grant £ ..........", 9)
    para(
        "Please return the completed form to: The Clerk to the Trustees, The Wetherholme "
        "Educational Trust, 14 Chapel Walk, Wetherholme WH2 9PL. Telephone 01632 964 350. "
        "Email clerk@wetherholmetrust.example.org.uk",
        10,
    )
    folio()
    c.save()


if __name__ == "__main__":
    brackenthorpe()
    scalbridge()
    stainmoor()
    wetherholme()
