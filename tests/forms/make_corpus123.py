"""Build set 123's Word and PDF documents (typical council-run community lotteries and good
causes funds: a borough council's community lottery good cause application form, a district
council's Lottery Community Fund guidance notes, a town council's Good Causes Fund small grant
form as a fillable PDF and a town council's community lottery good cause registration form
printed to a text PDF, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus123.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 3, 8, 10, 15, 0)
BOX = "\u2610"


def caldersby() -> None:
    d = kit.new_document(
        FIXED,
        "Caldersby Community Lottery: good cause application form",
        "Caldersby Borough Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Caldersby Borough Council", 0)
    p("Caldersby Community Lottery: good cause application form")
    p(
        "The Caldersby Community Lottery is a weekly online lottery run by the Borough Council "
        "to raise money for local good causes. Tickets cost £1 a week. When a supporter buys a "
        "ticket and chooses your organisation, 50p of every £1 goes straight to you, 10p goes "
        "to the Caldersby Community Fund for small grants across the borough, and the rest pays "
        "for prizes, running costs and VAT."
    )
    p(
        "Signing up as a good cause is free. Once we have approved your application you will "
        "get your own page on the lottery website and a pack of posters and social media "
        "graphics to help you sell tickets."
    )
    d.add_heading("Who can apply?", 2)
    p("Your organisation can sign up as a good cause if it:")
    bullet(
        "is a voluntary or community group, registered charity, community interest company "
        "limited by guarantee, sports club or school parent-teacher association;"
    )
    bullet("works for the benefit of people who live in Caldersby borough;")
    bullet(
        "has a written constitution or set of rules and a bank account in its own name that "
        "needs two unrelated people to approve each payment."
    )
    p(
        "We cannot accept individuals, political parties, organisations that promote a "
        "religion, or organisations whose work involves gambling or the promotion of gambling. "
        "Organisations must not run their own lottery products on the Caldersby Community "
        "Lottery website."
    )
    d.add_heading("Need help?", 2)
    p(
        "Please call the Lottery Team on 01632 975 210 or email "
        "lottery@caldersby.example.gov.uk. Return the completed form and your documents to the "
        "same email address. We aim to approve good causes within four weeks."
    )
    d.add_heading("Section 1: About your organisation", 1)
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
            "Website or social media page",
            "Registered charity, company or CIO number (if you have one)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "Type of organisation",
                f"{BOX} Registered charity   {BOX} Community interest company   "
                f"{BOX} Sports club   {BOX} Voluntary or community group   "
                f"{BOX} School PTA or friends group",
            ),
            ("Does your organisation work in Caldersby borough?", f"{BOX} Yes   {BOX} No"),
            ("Year your organisation was set up", ""),
            ("Number of unrelated people who approve each payment", ""),
        ],
    )
    p()
    d.add_heading("Section 2: About your good cause", 1)
    kit.question(d, "2.1 Tell us what your organisation does and who it helps. (max 150 words)")
    kit.question(
        d,
        "2.2 What will you spend the money raised through the lottery on? (max 150 words)",
    )
    kit.question(
        d,
        "2.3 How many people in Caldersby benefit from your work each year, and how do you "
        "know? (max 100 words)",
        2400,
    )
    kit.question(
        d,
        "2.4 How will you encourage your members and supporters to buy tickets for your cause? "
        "(max 100 words)",
        2400,
    )
    kit.question(
        d,
        "2.5 Please write a short description of your organisation for your page on the lottery "
        "website. It will be seen by the public. (max 60 words)",
        1600,
    )
    kit.question(d, "2.6 Is there anything else you would like us to know?", 2000)
    d.add_heading("Section 3: Bank details", 1)
    p(
        "Ticket proceeds are paid into your organisation's account by BACS each month. We "
        "cannot pay into a personal account."
    )
    kit.details(
        d,
        ["Name of account", "Bank or building society", "Sort code", "Account number"],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Documents", 1)
    p("Please tick to show which documents you have enclosed.")
    kit.ticked(
        d,
        [
            "A copy of your constitution, set of rules or other governing document",
            "A bank statement from the last three months showing the name of your organisation "
            "and the account details given in Section 3",
            "Your most recent annual accounts (these do not need to be audited)",
            "If you work with children, young people or adults at risk: your safeguarding policy",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p("Please tick each statement to show that you agree with it.")
    kit.ticks(
        d,
        [
            "We are a not-for-profit organisation and the money raised will be used only for "
            "the good cause described in this form.",
            "We will not promote the lottery to anyone under 18, and our publicity will include "
            "the lottery's responsible play message and the BeGambleAware logo.",
            "We agree that our organisation's name, logo, description and photographs may be "
            "used on the lottery website and in the Council's publicity.",
            "We have an equal opportunities policy and will show it to the Council if asked.",
        ],
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Caldersby Community Lottery is run by Caldersby Borough Council, Town Hall, Market "
        "Place, Caldersby CB7 2RE. Licensed by the Gambling Commission. Telephone "
        "01632 975 210."
    )
    out = HERE / "caldersby-community-lottery-good-cause-application-form.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def pickerwell() -> None:
    d = kit.new_document(
        FIXED,
        "Pickerwell Lottery Community Fund: guidance notes 2027",
        "Pickerwell District Council",
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Pickerwell District Council", 0)
    p("Pickerwell Lottery Community Fund: guidance notes for applicants, 2027")
    d.add_heading("1. About the fund", 1)
    p(
        "Every ticket sold through the Pickerwell Lottery raises money for local good causes. "
        "Ten pence of every £1 ticket goes into the Community Fund, which the District Council "
        "gives out as small grants to voluntary and community groups across the district. "
        "Grants are between £100 and £1,000."
    )
    p(
        "These notes explain who can apply, what the fund will and will not pay for, what you "
        "need to send and how we make decisions. Please read them before you start your "
        "application."
    )
    d.add_heading("2. Who can apply", 1)
    p("You can apply if your group:")
    bullet(
        "is signed up as a good cause with the Pickerwell Lottery (signing up is free and "
        "takes about ten minutes on the lottery website);"
    )
    bullet(
        "is a not-for-profit voluntary or community group, charity, community interest "
        "company, sports club or parish council;"
    )
    bullet("has a bank account in the group's name with at least two unrelated signatories; and")
    bullet("runs activities that benefit people who live in Pickerwell District.")
    p(
        "We cannot fund individuals, schools' statutory work, political parties or activities "
        "that promote a religious or political belief. Because the fund comes from a lottery, "
        "we will not fund raffles, prize draws, bingo, race nights or any other kind of "
        "gambling, or projects that serve alcohol."
    )
    d.add_heading("3. What the fund pays for", 1)
    p("We can pay for:")
    bullet("equipment, for example sports kit, gardening tools or a laptop for the group;")
    bullet("the costs of starting a new activity, such as hall hire and publicity;")
    bullet("training for volunteers, including first aid and food hygiene;")
    bullet("one-off events that bring people together, such as a community fun day.")
    p("We cannot pay for:")
    bullet("anything you have already bought or paid for;")
    bullet("staff salaries or the group's everyday running costs;")
    bullet("trips abroad, or prizes and gifts.")
    d.add_heading("4. How much you can apply for", 1)
    p(
        "You can apply for between £100 and £1,000. The fund can pay for the whole cost of a "
        "project: you do not need to raise money from anywhere else, though we would like to "
        "know about any other money you have."
    )
    d.add_heading("5. How to apply", 1)
    p(
        "Apply online at www.pickerwell.example.gov.uk/lotteryfund. The online form takes about "
        "30 minutes. It asks about your group, what you want to do, who will benefit and what it "
        "will cost, and each answer has a word limit shown on the screen. You can save the form "
        "and finish it later. If you cannot apply online, ring us and we will post you a paper "
        "form."
    )
    d.add_heading("6. What you need to send", 1)
    p("Every applicant must upload:")
    bullet("a copy of your constitution, set of rules or terms of reference;")
    bullet(
        "your latest annual accounts, signed by your treasurer or by an independent person. If "
        "your group is less than a year old and does not have accounts yet, send your last "
        "three months' bank statements instead;"
    )
    bullet("a breakdown of what the project will cost, item by item.")
    p("Sometimes you will also need to send:")
    bullet("a quote for any single item that costs more than £250;")
    bullet(
        "your safeguarding policy, if your project involves children, young people or adults at "
        "risk;"
    )
    bullet(
        "a risk assessment, if your project includes a physical activity or an event open to "
        "the public."
    )
    p(
        "Your group must also have an equal opportunities policy. You do not need to send it, "
        "but we may ask to see it."
    )
    d.add_heading("7. Insurance", 1)
    p(
        "Your group must hold public liability insurance of at least £5 million for its "
        "activities. You do not need to send the certificate with your application, but we may "
        "ask for it before we pay the grant."
    )
    d.add_heading("8. How we decide", 1)
    p(
        "Applications are checked by the Lottery Officer and decided by a panel of three "
        "councillors and two representatives of the voluntary sector. The panel scores each "
        "application:"
    )
    kit.table(
        d,
        [
            ("What the panel looks at", "Points"),
            ("How many people in Pickerwell will benefit", "30"),
            ("The difference the project will make", "30"),
            ("Whether the costs are realistic and good value", "20"),
            ("How the group will thank lottery players for their support", "20"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Panel meets", "Decision by"),
            ("Spring", "28 February 2027", "March 2027", "2 April 2027"),
            ("Summer", "31 May 2027", "June 2027", "2 July 2027"),
            ("Autumn", "31 August 2027", "September 2027", "1 October 2027"),
        ],
    )
    p("Grants must be spent within six months of the offer letter.")
    d.add_heading("10. Frequently asked questions", 1)
    d.add_heading("Do we have to sell lottery tickets to apply?", 3)
    p(
        "No. You must be signed up as a good cause, but how many tickets your supporters buy "
        "does not affect your chance of a grant."
    )
    d.add_heading("Can we apply more than once?", 3)
    p("You can have one grant from the fund in any twelve months.")
    d.add_heading("We are a parish council. Can we apply?", 3)
    p(
        "Yes, for a project run with a community group. Parish councils can send their Annual "
        "Governance and Accountability Return instead of accounts."
    )
    d.add_heading("What do we have to do if we get a grant?", 3)
    p(
        "Use the lottery logo in your publicity about the project, and send us a short report "
        "and two photographs when the project is finished."
    )
    d.add_heading("11. Contact us", 1)
    p(
        "Lottery Officer, Pickerwell District Council, The Council House, Station Road, "
        "Pickerwell PK9 3LB. Telephone 01632 976 418. Email lotteryfund@pickerwell.example.gov.uk."
    )
    out = HERE / "pickerwell-lottery-community-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hestonby() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "hestonby-good-causes-fund-small-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Good Causes Fund small grants: application form")
    c.setAuthor("Hestonby Town Council")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    plum = HexColor("#5B2A6E")

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
    c.drawString(50, state["y"], "Hestonby Town Council")
    state["y"] -= 22
    txt("Good Causes Fund small grants: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "The Good Causes Fund is paid for by players of the Hestonby Community Lottery. Every "
        "week 10p from each £1 ticket goes into the fund, and the Town Council uses it to give "
        "small grants of £100 to £750 to community groups working in Hestonby."
    )
    state["y"] -= 4
    txt(
        "Grants can pay up to 50% of the cost of a project. Please show in Part C where the "
        "rest of the money will come from: your own funds, fundraising or another grant."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each answer box has a limit on the number of "
        "characters, shown after the question. Save the form and email it, with your "
        "documents, to goodcauses@hestonby-tc.example.gov.uk. To talk about your idea first, "
        "ring the Town Clerk's office on 01632 977 305."
    )
    bar("Part A: About your group")
    field("org_name", "Name of group", 100)
    field("contact", "Contact name", 60)
    field("position", "Position in the group", 60)
    field("address", "Address", 200)
    field("postcode", "Postcode", 8)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    radios(
        "group_type",
        "What kind of group are you?",
        ["Registered charity", "Community group", "Sports club", "CIC", "Other"],
    )
    radios(
        "good_cause",
        "Is your group signed up as a good cause with the Hestonby Community Lottery?",
        ["Yes", "No, but we have applied"],
    )
    bar("Part B: Your project")
    field("title", "Name of the project", 80)
    field("start", "Date the project will start", 10)
    box(
        "b1",
        "B1 Describe your project and what the grant will pay for. (up to 1,200 characters)",
        "B1 Describe your project and what the grant will pay for",
        1200,
        110,
    )
    box(
        "b2",
        "B2 Who will benefit from the project, and how many people? (up to 600 characters)",
        "B2 Who will benefit from the project, and how many people?",
        600,
        60,
    )
    box(
        "b3",
        "B3 Why is the project needed, and how do you know? (up to 900 characters)",
        "B3 Why is the project needed, and how do you know?",
        900,
        90,
    )
    box(
        "b4",
        "B4 How will you tell people that the project was paid for by players of the Hestonby "
        "Community Lottery? (up to 600 characters)",
        "B4 How will you tell people the project was paid for by lottery players?",
        600,
        60,
    )
    box(
        "b5",
        "B5 Please tell us anything else you think we should know about your group or project.",
        "B5 Anything else you think we should know",
        0,
        80,
    )
    bar("Part C: Costs")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Grant requested (£)", 10)
    field("other_money", "Where the rest will come from, and how much (£)", 100)
    bar("Part D: Bank details")
    txt("We pay grants by BACS into the group's own account only.")
    field("acc_name", "Name of the account", 60)
    field("sort_code", "Sort code", 8)
    field("acc_no", "Account number", 8)
    bar("Part E: Documents")
    txt("Please tick each document you are sending with this form.")
    state["y"] -= 4
    tick("doc_rules", "Your constitution or rules")
    tick("doc_accounts", "Your latest annual accounts, signed by your treasurer")
    tick("doc_bank", "A bank statement dated within the last three months")
    tick("doc_quotes", "Two quotes for any item costing more than £300")
    tick(
        "doc_safeguarding",
        "Your safeguarding policy, if your project works with children or adults at risk",
    )
    bar("Part F: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that our committee has agreed "
        "to this application and that the grant will be spent only on the project described.",
    )
    tick(
        "publicity",
        "We agree that the Town Council and the Hestonby Community Lottery may use our group's "
        "name, a description of the project and photographs in their publicity.",
    )
    tick(
        "gambling",
        "We understand that the grant cannot be spent on raffles, prize draws or any other "
        "kind of gambling, or on alcohol.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Hestonby Town Council, The Guildhall, High Street, Hestonby HT4 1QS. Telephone "
        "01632 977 305. The Hestonby Community Lottery is licensed by the Gambling Commission.",
        9,
    )
    c.save()


def wrexingham() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "wrexingham-community-lottery-good-cause-registration.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Wrexingham Community Lottery: good cause registration form")
    c.setAuthor("Wrexingham Town Council")
    w, hgt = A4
    state = {"y": hgt - 60, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 8)
        c.drawString(50, 30, "Wrexingham Community Lottery: good cause registration form")
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
            x += 14 + c.stringWidth(opt, font, 10) + 20
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
    c.drawString(50, state["y"], "Wrexingham Town Council")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawString(50, state["y"], "Wrexingham Community Lottery: good cause registration form")
    state["y"] -= 24
    para(
        "The Wrexingham Community Lottery raises money for clubs, charities and community "
        "groups in the town. Supporters buy £1 tickets online and choose the good cause they "
        "want to support; 60p of every ticket they buy goes to that cause. There is a weekly "
        "draw with a top prize of £25,000."
    )
    para(
        "To join, your organisation must be not-for-profit, work mainly for people in "
        "Wrexingham and the surrounding parishes, and have a bank account in its own name. We "
        "cannot register individuals, political organisations, or groups whose activities "
        "include gambling. Good causes must not sell or promote tickets to anyone under 18."
    )
    para(
        "Please fill in the form in black ink or type into it, keeping to the word limits, and "
        "return it to the Town Council office or scan it and email it to "
        "lottery@wrexingham-tc.example.gov.uk."
    )
    heading("Part 1: Your organisation")
    item("1.1", "Name of organisation")
    item("1.2", "Address")
    item("1.3", "Postcode")
    item("1.4", "Contact name")
    item("1.5", "Role in the organisation")
    item("1.6", "Telephone")
    item("1.7", "Email")
    item("1.8", "Registered charity number (if any)")
    choice("1.9", "Does every payment from your account need two signatures?", ["Yes", "No"])
    item("1.10", "Number of members or volunteers")
    heading("Part 2: Your good cause")
    question(
        "2.1",
        "What are the aims of your organisation, and what does it do in Wrexingham? "
        "(no more than 200 words)",
        130,
    )
    question(
        "2.2",
        "What will you use the money raised from ticket sales for? (no more than 150 words)",
        110,
    )
    question("2.3", "Who will benefit from your work? (no more than 100 words)", 80)
    question(
        "2.4",
        "How will you tell your members and supporters about your lottery page? "
        "(no more than 100 words)",
        80,
    )
    question(
        "2.5",
        "Describe any other fundraising your organisation does. (no more than 100 words)",
        80,
    )
    question(
        "2.6",
        "Write a short introduction to your organisation for your page on the lottery website. "
        "(no more than 50 words)",
        60,
    )
    heading("Part 3: Bank details")
    para("Your share of ticket sales will be paid into this account every month.")
    item("3.1", "Name of account")
    item("3.2", "Bank or building society")
    item("3.3", "Sort code")
    item("3.4", "Account number")
    heading("Part 4: Publicity")
    choice(
        "4.1",
        "May we use your logo and photographs of your activities on the lottery website and "
        "social media?",
        ["Yes", "No"],
    )
    heading("Part 5: Documents")
    para(
        "Please send a copy of your constitution or rules with this form, and your last two "
        "bank statements, which must show the name of the organisation and the account details "
        "in Part 3. We use the statements to check your account and your finances, so we do "
        "not ask for accounts."
    )
    para(
        "If your organisation works with children or adults at risk, please also send a copy "
        "of your safeguarding policy. If you are not a registered charity, please also send a "
        "reference from someone who knows your work but is not a member of your organisation, "
        "such as a local councillor, head teacher or minister."
    )
    heading("Part 6: Declaration")
    para(
        "On behalf of the organisation I confirm that the information in this form is correct, "
        "that the organisation is not-for-profit and that money raised through the lottery will "
        "be spent only on the organisation's aims. We will not sell or promote lottery tickets "
        "to anyone under 18, we will use only the publicity materials supplied by the lottery, "
        "and we will tell the Town Council if our bank details change."
    )
    item("", "Signed")
    item("", "Name")
    item("", "Position")
    item("", "Date")
    state["y"] -= 6
    para("For office use only", 9, bold)
    para(
        "Received: ____________   Checked by: ____________   Good cause ID: ____________   "
        "Live on website: ____________",
        9,
    )
    para(
        "Wrexingham Town Council, Town Council Offices, 4 Bridge Street, Wrexingham WX2 6JT. "
        "Telephone 01632 978 144.",
        9,
    )
    folio()
    c.save()


if __name__ == "__main__":
    caldersby()
    pickerwell()
    hestonby()
    wrexingham()
