"""Build set 74's Word and PDF documents (typical national funders' small grants programmes:
a national charitable trust, a lottery-style good causes fund, a supermarket's community
grants and a water company's community fund, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus74.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 11, 27, 10, 15, 0)
BOX = "\u2610"


def _new(title: str, author: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def _details(d, rows: list[str]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, label in zip(t.rows, rows, strict=True):
        kit.set_cell(r.cells[0], label, bold=True)
        kit.row_height(r, 420)


def _question(d, text: str, height: int = 3200) -> None:
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], text, bold=True)
    kit.row_height(t.rows[1], height)
    d.add_paragraph()


def brimsworth() -> None:
    d = _new("Small Grants Programme application form", "The Brimsworth Charitable Trust")
    d.add_heading("The Brimsworth Charitable Trust", 0)
    d.add_heading("Small Grants Programme: application form", 1)
    d.add_paragraph(
        "The Small Grants Programme gives grants of £500 to £5,000 to registered charities and "
        "constituted voluntary and community groups in England and Wales with an annual income "
        "of less than £250,000. We fund projects that reduce isolation, support people on low "
        "incomes and help communities come together."
    )
    d.add_paragraph(
        "We can fund the whole cost of a project; you do not need to have other funding in "
        "place before you apply. Please read our Small Grants guidelines before you fill in "
        "this form, and keep your answers to the word limits given."
    )
    d.add_paragraph(
        "Send the completed form and your supporting documents by email to "
        "smallgrants@brimsworthtrust.example.org.uk. The Trustees meet in March, July and "
        "November; applications must reach us six weeks before a meeting."
    )
    d.add_heading("Section 1: About your organisation", 2)
    _details(
        d,
        [
            "1.1 Name of organisation",
            "1.2 Address",
            "1.3 Postcode",
            "1.4 Main contact name",
            "1.5 Position in organisation",
            "1.6 Telephone",
            "1.7 Email",
            "1.8 Website (if you have one)",
            "1.9 Registered charity number (if applicable)",
            "1.10 Total income in your last financial year (£)",
        ],
    )
    d.add_paragraph()
    t = d.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "1.11 Type of organisation (please tick one)", bold=True)
    kit.set_cell(
        t.rows[1].cells[0],
        f"{BOX} Registered charity    {BOX} Charitable incorporated organisation    "
        f"{BOX} Constituted community group    {BOX} Community interest company",
    )
    d.add_paragraph()
    _question(d, "1.12 Tell us about your organisation and what it does. (max 150 words)", 2400)
    d.add_heading("Section 2: About your project", 2)
    _details(d, ["2.1 Project title"])
    d.add_paragraph()
    _question(
        d,
        "2.2 Describe the project you would like us to fund. What will you do, and what will "
        "the grant pay for? (max 300 words)",
    )
    _question(d, "2.3 What difference will the project make, and to whom? (max 250 words)")
    _question(
        d, "2.4 How will you know whether the project has been a success? (max 150 words)", 2400
    )
    _details(
        d,
        [
            "2.5 How many people will benefit from the project?",
            "2.6 When will the project start?",
        ],
    )
    d.add_heading("Section 3: Costs", 2)
    _details(
        d,
        [
            "3.1 Total cost of the project (£)",
            "3.2 Amount requested from the Trust (£)",
            "3.3 Funding already secured from other sources, if any (£)",
        ],
    )
    d.add_paragraph()
    _question(
        d,
        "3.4 If you are asking for more than £2,500, please explain why. (max 100 words)",
        1800,
    )
    d.add_heading("Section 4: Supporting documents", 2)
    d.add_paragraph(
        "Please send the following with your application and tick each one you have enclosed. "
        "We cannot consider an application until we have everything we need."
    )
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    kit.set_cell(t.rows[0].cells[0], "Document", bold=True)
    kit.set_cell(t.rows[0].cells[1], "Enclosed", bold=True)
    docs = [
        "Your governing document (constitution, set of rules or trust deed), signed and dated",
        "Your most recent annual accounts",
        "If your organisation is less than a year old and does not yet have accounts: a bank "
        "statement from the last three months instead",
        "A budget for the project showing how the grant will be spent",
        "If your project works with children, young people or adults at risk: your "
        "safeguarding policy",
    ]
    for r, text in zip(t.rows[1:], docs, strict=True):
        kit.set_cell(r.cells[0], text)
        kit.set_cell(r.cells[1], BOX)
    d.add_heading("Section 5: Declaration", 2)
    d.add_paragraph(
        "I confirm that the information in this application is true and complete, that I am "
        "authorised to apply on behalf of the organisation, and that any grant will be used "
        "only for the project described. I understand that the Trust may ask for a grant to "
        "be repaid if it is not spent as agreed."
    )
    _details(d, ["Signature", "Name (please print)", "Position", "Date"])
    d.add_paragraph()
    d.add_paragraph(
        "The Brimsworth Charitable Trust, 14 Abbey Walk, Brimsworth BR4 2QN. Registered "
        "charity. www.brimsworthtrust.example.org.uk"
    )
    out = HERE / "brimsworth-trust-small-grants-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def selbourne() -> None:
    d = _new("Community Awards: guidance for applicants", "Selbourne Good Causes Fund")
    d.add_heading("Selbourne Good Causes Fund", 0)
    d.add_heading("Community Awards: £300 to £20,000. Guidance for applicants", 1)
    h = d.add_heading
    p = d.add_paragraph

    def b(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    h("About Community Awards", 2)
    p(
        "Community Awards use money raised by players of the Selbourne Good Causes Lottery to "
        "support community projects across the UK. You can apply for £300 to £20,000 for a "
        "project lasting up to 12 months. We make most decisions within 12 weeks."
    )
    p("We want to fund projects that do at least one of these things:")
    b("bring people together and build strong relationships in and across communities;")
    b("improve the places and spaces that matter to communities;")
    b(
        "help more people to reach their potential, by supporting them at the earliest "
        "possible stage."
    )
    p(
        "We are particularly interested in projects led by the people who will benefit from "
        "them. Tell us how you have involved your community in planning your project."
    )
    h("Who can apply", 2)
    b("voluntary or community organisations, including constituted groups and clubs;")
    b("registered charities and charitable incorporated organisations;")
    b("not-for-profit companies limited by guarantee and community interest companies;")
    b("schools, as long as the project benefits the wider community and not only pupils;")
    b("statutory bodies such as town, parish and community councils.")
    p(
        "Your organisation must have at least two people on its board or committee who are "
        "not married, in a civil partnership, in a long-term relationship, living together or "
        "related by blood. It must have a UK bank account in its legal name, needing at least "
        "two unrelated people to sign or approve each payment."
    )
    h("Who cannot apply", 2)
    b("individuals and sole traders;")
    b("organisations based outside the UK;")
    b("organisations that make a profit and share it among their owners or directors;")
    b("people applying on behalf of another organisation.")
    h("What we can and cannot fund", 2)
    p(
        "We can fund equipment, events, activities, staff costs, volunteer expenses, "
        "training, small capital projects and the running costs of your project. We can also "
        "fund your organisation's overheads that relate to the project."
    )
    p(
        "We cannot fund alcohol, loans or interest, costs you have already paid, fundraising "
        "activities, political or religious activity, or VAT you can reclaim."
    )
    h("Do you need other funding?", 2)
    p(
        "No. We can fund the whole cost of your project, and you do not need to raise money "
        "from anywhere else. If you do have other funding, tell us about it in your "
        "application."
    )
    h("How to apply", 2)
    p(
        "You apply online at www.selbournegoodcauses.example.org.uk/community-awards. The "
        "form takes most people about an hour. You can save it and come back to it. It asks "
        "about your organisation, your project and how your community was involved, what "
        "difference the project will make, and a breakdown of the costs."
    )
    p(
        "If you cannot apply online, call us on 0300 555 0144 and we will talk you through "
        "other ways to apply."
    )
    h("What you will need before you start", 2)
    p("Have these ready; you will be asked to type them in:")
    b(
        "your organisation's legal name and registered address, and its charity or company "
        "number if it has one;"
    )
    b(
        "contact details for two senior contacts from your organisation, who are not related "
        "to each other (their names, dates of birth, home addresses, email addresses and "
        "telephone numbers);"
    )
    b("your organisation's bank account name, sort code and account number.")
    p("And you will need to upload these documents with your application:")
    b(
        "a bank statement for the account the grant will be paid into, dated within the last "
        "three months;"
    )
    b(
        "your governing document (for example your constitution, set of rules or articles of "
        "association);"
    )
    b(
        "your most recent annual accounts, approved by your board or committee. They do not "
        "need to be audited or independently examined."
    )
    h("Extra documents for some projects", 2)
    b(
        "If you are asking for more than £10,000, upload a project plan: a simple timetable "
        "showing the main stages of the project, who will do what and when."
    )
    b(
        "If you are asking for money to buy equipment or for building work, and any single "
        "item costs more than £1,000, upload a written quote for that item."
    )
    b(
        "If your project involves building work, upload proof that you own the building or "
        "have a lease with at least five years left to run."
    )
    h("Safeguarding and insurance", 2)
    p(
        "If your project involves working with children, young people or adults at risk, you "
        "must have a safeguarding policy and make sure your volunteers and staff follow it. "
        "You do not need to send it to us, but we may ask to see it."
    )
    p(
        "You are responsible for having the insurance your activities need. We do not ask to "
        "see your insurance documents."
    )
    h("After you apply", 2)
    p(
        "We will email to let you know we have received your application. A funding officer "
        "may call you to talk about your project. If your application is successful, we will "
        "send a grant offer and our standard terms and conditions, and pay the grant into your "
        "bank account. Within three months of the end of your project you will need to tell "
        "us, in a short online report, what happened and how the money was spent."
    )
    p(
        "If your application is not successful, we will tell you why. You can apply again "
        "straight away, but we will only fund one project for your organisation at a time."
    )
    h("Contact us", 2)
    p(
        "Email communityawards@selbournegoodcauses.example.org.uk or call 0300 555 0144, "
        "Monday to Friday, 9am to 5pm. This guidance is available in large print, Braille, "
        "audio and Welsh."
    )
    out = HERE / "selbourne-community-awards-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pellworth() -> None:
    from reportlab.lib.colors import black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "pellworth-stores-community-grants-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Grants application form")
    c.setAuthor("Pellworth Stores")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}

    def room(need: float) -> None:
        if state["y"] - need < 60:
            c.showPage()
            state["y"] = hgt - 60

    def txt(t: str, size: float = 10, font: str = "Helvetica") -> None:
        for line in simpleSplit(t, font, size, w - 100):
            room(14)
            c.setFont(font, size)
            c.drawString(50, state["y"], line)
            state["y"] -= 14

    def heading(t: str) -> None:
        room(40)
        state["y"] -= 8
        txt(t, 12, "Helvetica-Bold")
        state["y"] -= 4

    def field(name: str, label: str, tip: str, maxlen: int = 0) -> None:
        room(30)
        c.setFont("Helvetica", 10)
        c.drawString(50, state["y"] - 12, label)
        kw = {"maxlen": maxlen} if maxlen else {}
        form.textfield(
            name=name,
            tooltip=tip,
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

    def box(name: str, label: str, tip: str, maxlen: int, height: int = 120) -> None:
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

    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, state["y"], "Pellworth Stores Community Grants")
    state["y"] -= 22
    txt("Application form for local good causes", 13, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Every Pellworth store supports good causes in its neighbourhood. Community Grants of "
        "£250 to £1,500 are open to charities, voluntary and community groups, schools and "
        "sports clubs within five miles of a Pellworth store. Fill in this form on screen, "
        "save it and email it with your documents to communitygrants@pellworth.example.org.uk. "
        "Grants are decided every three months."
    )
    heading("Part 1: About your group")
    field("group_name", "Name of group or organisation", "Name of group or organisation")
    field("address", "Address", "Address")
    field("postcode", "Postcode", "Postcode", 8)
    field("contact_name", "Contact name", "Contact name")
    field("contact_role", "Your role in the group", "Your role in the group")
    field("phone", "Telephone", "Telephone")
    field("email", "Email", "Email")
    field("charity_no", "Charity number (if registered)", "Charity number", 8)
    field("store", "Your nearest Pellworth store", "Nearest Pellworth store")
    heading("Part 2: About your project")
    field("project_name", "Project name", "Project name")
    box(
        "q1_project",
        "What is your project, and what will the grant pay for? (up to 1,200 characters)",
        "What is your project, and what will the grant pay for?",
        1200,
    )
    box(
        "q2_benefit",
        "Who will benefit from your project, and how? (up to 900 characters)",
        "Who will benefit from your project, and how?",
        900,
    )
    box(
        "q3_local",
        "How will your project help people living near your local store? (up to 600 characters)",
        "How will your project help people living near your local store?",
        600,
        90,
    )
    box(
        "q4_publicity",
        "How will you tell people about the grant from Pellworth? (up to 300 characters)",
        "How will you tell people about the grant?",
        300,
        60,
    )
    field("start_date", "When will the project start?", "Start date (DD/MM/YYYY)", 10)
    heading("Part 3: Money")
    field("total_cost", "Total cost of the project (£)", "Total cost of the project", 7)
    field("amount", "Amount requested (£250 to £1,500)", "Amount requested", 5)
    room(40)
    c.setFont("Helvetica", 10)
    c.drawString(50, state["y"] - 12, "Have you had a Pellworth Community Grant before?")
    for i, v in enumerate(("Yes", "No")):
        form.radio(
            name="had_grant",
            tooltip="Have you had a Pellworth Community Grant before?",
            value=v,
            selected=False,
            x=330 + i * 70,
            y=state["y"] - 16,
            size=12,
            buttonStyle="circle",
            borderColor=black,
            fillColor=white,
        )
        c.drawString(346 + i * 70, state["y"] - 12, v)
    state["y"] -= 30
    txt("Bank details of the group (the grant is paid by bank transfer):")
    field("acc_name", "Name of account", "Name of account")
    field("sort_code", "Sort code", "Sort code", 8)
    field("acc_no", "Account number", "Account number", 8)
    heading("Part 4: What to send with this form")
    txt("Please email these with your form:")
    txt(
        "- a copy of a recent bank statement for the group's account (dated in the last three "
        "months), showing the group's name;"
    )
    txt("- if your group is not a registered charity: a copy of your constitution or set of rules;")
    txt(
        "- if your project involves working with children or vulnerable adults: a copy of your "
        "safeguarding policy."
    )
    heading("Part 5: Declaration")
    room(30)
    form.checkbox(
        name="declaration",
        tooltip="I confirm the declaration",
        x=50,
        y=state["y"] - 14,
        size=12,
        borderColor=black,
        fillColor=white,
    )
    c.setFont("Helvetica", 10)
    state["y"] -= 4
    for line in simpleSplit(
        "I confirm that the information on this form is correct, that I have the group's "
        "permission to apply, and that the grant will be spent on the project described.",
        "Helvetica",
        10,
        w - 130,
    ):
        c.drawString(70, state["y"] - 8, line)
        state["y"] -= 14
    state["y"] -= 10
    field("signature", "Signature (type your name)", "Signature")
    field("print_name", "Name in capitals", "Name in capitals")
    field("sign_date", "Date", "Date signed", 10)
    c.save()


def ashgrove() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "ashgrove-water-community-fund-guidance.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Fund: guidance notes for applicants")
    c.setAuthor("Ashgrove Water")
    w, hgt = A4
    state = {"y": hgt - 72, "page": 1}

    def folio() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(72, 36, f"Ashgrove Water Community Fund guidance 2027 - page {state['page']}")

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
        room(45)
        state["y"] -= 6
        para(t, 13, "Helvetica-Bold")

    def bullet(t: str) -> None:
        lines = simpleSplit(t, "Helvetica", 10.5, w - 168)
        for i, line in enumerate(lines):
            room(15)
            c.setFont("Helvetica", 10.5)
            if i == 0:
                c.drawString(84, state["y"], "\u2022")
            c.drawString(96, state["y"], line)
            state["y"] -= 15
        state["y"] -= 3

    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, state["y"], "Ashgrove Water")
    state["y"] -= 26
    para("Community Fund 2027: guidance notes for applicants", 14, "Helvetica-Bold")
    head("1. About the Community Fund")
    para(
        "Ashgrove Water supplies drinking water to 1.4 million people and treats waste water "
        "for communities across our region. Each year we set aside £300,000 for the Community "
        "Fund, which gives grants to local groups for projects that improve the environment, "
        "help people use water wisely, or support people in the communities we serve."
    )
    para(
        "Grants are from £500 to £5,000. Projects must take place within the area where "
        "Ashgrove Water supplies water or collects waste water. You can check whether your "
        "project is in our area with the postcode checker on our website."
    )
    head("2. What we want to fund")
    para("We are looking for projects that do one or more of the following:")
    bullet("improve rivers, streams, ponds and wetlands, or the green spaces around them;")
    bullet(
        "help people and community buildings use less water, for example rainwater "
        "harvesting at a community garden or water-saving fittings in a village hall;"
    )
    bullet(
        "teach children and adults about the water cycle, keeping rivers clean and what "
        "should not go down drains and toilets;"
    )
    bullet(
        "support people who find it hard to pay their bills, or who need extra help during "
        "a supply interruption, including advice sessions and community support networks."
    )
    head("3. Who can apply")
    bullet("registered charities and charitable incorporated organisations;")
    bullet(
        "constituted voluntary and community groups, residents' associations and friends "
        "groups of parks and rivers;"
    )
    bullet("community interest companies limited by guarantee;")
    bullet("town and parish councils, for projects run with a community group;")
    bullet("schools and pre-schools, for projects that also involve the wider community.")
    para(
        "Your group must have its own bank account with at least two unrelated signatories, "
        "and a committee or board of at least three people."
    )
    head("4. What we cannot fund")
    bullet("individuals, businesses run for profit and political parties;")
    bullet("projects that only benefit members of a religious group, or promote a religion;")
    bullet("costs you have already paid, or that another funder is already paying for;")
    bullet("work we are required to carry out by law, or work on our own land and assets;")
    bullet(
        "general running costs that are not part of a project, such as rent or salaries "
        "for existing staff."
    )
    head("5. How much you need to contribute")
    para(
        "Every applicant must contribute at least 10% of the total cost of the project. Your "
        "contribution can be in cash (your own funds or another grant) or in kind, such as "
        "volunteer time valued at £15 an hour or donated materials."
    )
    head("6. How to apply")
    para(
        "Apply online at www.ashgrovewater.example.org.uk/communityfund. The online form asks "
        "about your group, what your project is, who will benefit, how it meets the aims of "
        "the fund and how you will keep it going. The form shows the word limit for each "
        "answer. You can save a draft and return to it. The fund opens on 1 February 2027 and "
        "closes at midday on 30 April 2027."
    )
    head("7. What you need to send")
    para("Every applicant must upload the following documents with the online form:")
    bullet("a copy of your constitution, set of rules or other governing document;")
    bullet(
        "your most recent annual accounts, signed by two members of your committee (they do "
        "not need to be audited or independently examined);"
    )
    bullet("a bank statement for your group's account, no more than three months old;")
    bullet(
        "a budget for the project, showing each cost and where your 10% contribution is "
        "coming from;"
    )
    bullet("a copy of your current public liability insurance certificate (see section 8).")
    para("Some applicants will also need to send:")
    bullet(
        "if your project takes place on land or in a building your group does not own: a "
        "letter from the owner giving permission for the work;"
    )
    bullet(
        "if your project involves children, young people or adults at risk: your "
        "safeguarding policy;"
    )
    bullet(
        "if you are buying equipment or paying for works costing more than £1,000: two "
        "written quotes."
    )
    head("8. Policies and insurance")
    para(
        "Every group we fund must have public liability insurance with cover of at least "
        "£5 million, and must keep it in place for the whole project."
    )
    para(
        "All applicants must have an equal opportunities policy. You do not need to send it to "
        "us, but you will be asked to confirm in the online form that you have one and that "
        "your committee has adopted it."
    )
    head("9. How we decide")
    para(
        "A panel of Ashgrove Water staff and two representatives of local community "
        "organisations meets in June. The panel looks at how well the project meets the aims "
        "of the fund, how many people will benefit, whether the costs are reasonable, and "
        "whether the group can deliver the project. We spread the grants across our region. "
        "We will tell you the decision by email by the end of July 2027."
    )
    head("10. If you are awarded a grant")
    bullet("we will send you a grant agreement to sign and return within four weeks;")
    bullet("we pay the grant in one payment into your group's bank account;")
    bullet("your project should be finished within 12 months of the award;")
    bullet(
        "you must send us a short end-of-project report with photographs and receipts "
        "for everything bought with the grant;"
    )
    bullet(
        "please acknowledge Ashgrove Water's support in your publicity, and tell us about "
        "any events so our volunteers can come along."
    )
    head("11. Contact us")
    para(
        "If you have a question about the Community Fund, email "
        "communityfund@ashgrovewater.example.org.uk or call 0345 555 0190 (Monday to Friday, "
        "9am to 5pm). We are happy to talk through an idea before you apply."
    )
    folio()
    c.save()


if __name__ == "__main__":
    brimsworth()
    selbourne()
    pellworth()
    ashgrove()
