"""Build set 106's Word and PDF documents (typical community media and local news grants: a
borough council's Community Media Fund, a community foundation's Local News Fund, a community
media trust's community radio development grants and a town council's community newsletter
grant, written to be ordinary).

Like the other generators: python-docx for Word, reportlab for the two PDFs
(both in a writer's own venv, never in pyproject). The HTML, Markdown and text documents of
the set and every truth file are written by hand; this script does not touch them.

    /work/writer-venv/bin/python tests/forms/make_corpus106.py
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2027, 1, 14, 10, 0, 0)
BOX = "\u2610"


def scalderby() -> None:
    d = kit.new_document(
        FIXED, "Community Media Fund 2027 to 2028: application form", "Scalderby Borough Council"
    )
    p = d.add_paragraph
    d.add_heading("Scalderby Borough Council", 0)
    p("Community Media Fund 2027 to 2028: application form")
    p(
        "The Community Media Fund helps community radio stations, hyperlocal news websites, "
        "community newsletters and magazines, and other not-for-profit local media in Scalderby "
        "to reach more people and to give local people a voice. We give grants of £500 to "
        "£7,500 for projects such as new studio or recording equipment, training for volunteer "
        "reporters and presenters, reporting from council and community meetings, websites and "
        "new programmes or editions for communities who are not often heard."
    )
    p(
        "We can fund up to 80% of the cost of your project. You must find at least 20% from "
        "other sources; this can include your own funds, other grants and the value of "
        "volunteers' time. We cannot fund party political content, publications that exist "
        "mainly to sell advertising, or costs you have already paid."
    )
    p(
        "Please read the Community Media Fund guidance before you fill in this form. Type your "
        "answers in the boxes, which will expand as you type, and keep to the word limits. "
        "Email the form and your documents to communitymedia@scalderby.example.gov.uk by 5pm "
        "on Friday 12 March 2027. To talk about your idea first, ring the Communities and "
        "Neighbourhoods team on 01632 962 317."
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
            "Website or social media pages",
            "Registered charity or company number (if any)",
        ],
        shade=True,
    )
    p()
    kit.pairs(
        d,
        [
            (
                "What type of organisation are you?",
                f"{BOX} Registered charity   {BOX} Charitable incorporated organisation   "
                f"{BOX} Community interest company   {BOX} Company limited by guarantee   "
                f"{BOX} Unincorporated community group",
            ),
            (
                "What do you produce? (tick all that apply)",
                f"{BOX} Community radio   {BOX} Hyperlocal news website   {BOX} Printed "
                f"newsletter or magazine   {BOX} Podcast or video   {BOX} Other",
            ),
            (
                "Does your station hold an Ofcom community radio licence?",
                f"{BOX} Yes   {BOX} No   {BOX} We are not a radio station",
            ),
            (
                "Does your organisation have a bank account in its own name, with at least two "
                "unrelated people needed to sign?",
                f"{BOX} Yes   {BOX} No",
            ),
        ],
    )
    p()
    d.add_heading("Section 2: Your project", 1)
    kit.details(d, ["Project title", "Start date", "End date"], shade=True)
    p()
    kit.question(
        d,
        "1. Tell us about your organisation: who runs it, who your audience is and what you "
        "produce now. (max 200 words)",
        2600,
    )
    kit.question(
        d,
        "2. Describe your project. What will you do, and when will you do it? (no more than "
        "one side of A4)",
        5200,
    )
    kit.question(
        d,
        "3. Why is the project needed? How do you know that local people want it? (max 250 words)",
        3000,
    )
    kit.question(
        d,
        "4. How will the project give local people, especially those who are not often heard, "
        "a voice in local media? (max 200 words)",
        2600,
    )
    kit.question(
        d,
        "5. How will you recruit, train and support volunteers? (max 150 words)",
        2200,
    )
    kit.question(
        d,
        "6. How will you keep going once the grant has been spent? (max 150 words)",
        2200,
    )
    kit.details(
        d,
        [
            "How many volunteers will take part in the project?",
            "Roughly how many listeners, readers or users do you reach each month?",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 3: Project costs", 1)
    p("Please list what the grant will pay for. Include VAT if you cannot reclaim it.")
    kit.grid(d, ["Item", "Cost (£)"], 8)
    kit.details(
        d,
        [
            "Total cost of the project (£)",
            "Amount you are asking the Council for (£)",
            "Amount coming from other sources, including volunteer time (£)",
        ],
        shade=True,
    )
    p()
    d.add_heading("Section 4: Supporting documents", 1)
    p(
        "Please send these documents with your form and tick to show what you have enclosed. "
        "Some are only needed if they apply to you."
    )
    kit.ticked(
        d,
        [
            "Your constitution, articles of association or other governing document",
            "Your most recent annual accounts, signed by your treasurer or an independent "
            "examiner (groups less than a year old may send their last three months' bank "
            "statements instead)",
            "Your editorial policy or code of practice, showing how you make sure what you "
            "publish or broadcast is fair and accurate",
            "If your project involves children, young people or adults at risk: your "
            "safeguarding policy",
            "Radio stations only: a copy of your Ofcom community radio licence",
            "For any single item of equipment costing over £1,000: a written quote",
        ],
    )
    d.add_heading("Section 5: Declaration", 1)
    p(
        "I confirm that the information in this application is correct and that I am authorised "
        "to sign on behalf of the organisation. I confirm that the organisation has an equal "
        "opportunities policy and holds public liability insurance of at least £5 million. I "
        "understand that the grant must not be used for party political content and that the "
        "Council may ask for the grant to be repaid if it is not spent as agreed."
    )
    kit.details(d, ["Signature", "Print name", "Position", "Date"], shade=True)
    p()
    p(
        "Communities and Neighbourhoods, Scalderby Borough Council, Town Hall, Market Street, "
        "Scalderby SY4 7QT. www.scalderby.example.gov.uk/communitymedia"
    )
    out = HERE / "scalderby-community-media-fund-application.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def hethercote() -> None:
    d = kit.new_document(
        FIXED, "Local News Fund: guidance notes 2027", "Hethercote Community Foundation"
    )
    p = d.add_paragraph

    def bullet(t: str) -> None:
        d.add_paragraph(t, style="List Bullet")

    def number(t: str) -> None:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Hethercote Community Foundation", 0)
    p("Local News Fund: guidance notes 2027")
    d.add_heading("1. About the fund", 1)
    p(
        "Many towns and villages in Hethercote no longer have a local paper or a reporter who "
        "goes to council meetings. The Local News Fund helps not-for-profit local news services "
        "to report on the places they serve: hyperlocal news websites, community newspapers and "
        "newsletters, community radio newsrooms and local journalism projects."
    )
    p(
        "The fund is paid for by the Hethercote Press Trust and by donors to the Foundation. It "
        "gives grants of £2,000 to £15,000 for up to two years."
    )
    d.add_heading("2. Who can apply?", 1)
    p("You can apply if your organisation:")
    bullet(
        "is a registered charity, a charitable incorporated organisation, a community "
        "interest company or a constituted community group;"
    )
    bullet(
        "publishes or broadcasts local news about somewhere in Hethercote at least once a "
        "month, and has done so for at least six months;"
    )
    bullet("is run for the community and not for private profit; and")
    bullet("has a bank account in its own name with at least two unrelated signatories.")
    p(
        "Individuals, political parties and campaigning groups, and publications owned by a "
        "national or regional news company cannot apply."
    )
    d.add_heading("3. What we will fund", 1)
    bullet("reporters' or editors' time to cover councils, courts, health services and schools;")
    bullet("training for volunteer reporters, photographers and sub-editors;")
    bullet("equipment and software for reporting and publishing;")
    bullet("printing and distribution to households who are not online; and")
    bullet("work to make your service last, such as membership or advertising schemes.")
    d.add_heading("4. What we will not fund", 1)
    bullet("content that supports a political party or candidate;")
    bullet("general running costs that are not part of a project;")
    bullet("costs you have already paid; and")
    bullet("legal costs of defending a complaint or claim.")
    d.add_heading("5. How much can you apply for?", 1)
    p(
        "You can apply for £2,000 to £15,000. We can fund the whole cost of your project: you "
        "do not need to find match funding, although we are glad to hear about other funding "
        "you have."
    )
    d.add_heading("6. How to apply", 1)
    p(
        "You apply online through the Foundation's grants portal at "
        "grants.hethercotecf.example.org.uk. You can save your answers and come back to them. "
        "The online form has these parts:"
    )
    kit.table(
        d,
        [
            ("Part", "What it asks", "Length"),
            ("About you", "Contact and organisation details, bank details", "Short answers"),
            (
                "Your news service",
                "What you cover, who reads or listens, who produces it",
                "Up to 300 words",
            ),
            (
                "Your project",
                "What you will do and what difference it will make",
                "Up to 500 words",
            ),
            (
                "Accuracy and trust",
                "How you check facts and deal with complaints",
                "Up to 200 words",
            ),
            ("Budget", "What the grant will pay for", "A table"),
        ],
    )
    d.add_heading("7. What you need to send", 1)
    p("Every applicant must upload:")
    number("your governing document (constitution, articles of association or trust deed);")
    number(
        "your latest annual accounts. If your income is over £25,000 the accounts must be "
        "independently examined; smaller organisations may send accounts signed by their "
        "treasurer;"
    )
    number("a bank statement from the last three months showing your organisation's name;")
    number(
        "your editorial policy or code of practice, showing how you check facts, keep news "
        "separate from opinion and correct mistakes; and"
    )
    number("your complaints procedure, explaining how readers or listeners can complain.")
    p("Some applicants must also upload:")
    bullet(
        "your safeguarding policy, if your project involves children and young people under "
        "18 or adults at risk;"
    )
    bullet("two quotes for any item of equipment or software costing more than £2,500; and")
    bullet(
        "a letter of support from each partner, if you will deliver the project with another "
        "organisation."
    )
    p(
        "You must have a data protection policy, because you will hold information about "
        "your sources and readers. You do not need to send it, but we may ask to see it. You "
        "must also hold public liability insurance of at least £2 million; you do not need to "
        "send the certificate. We recommend that news publishers also hold media liability "
        "insurance."
    )
    d.add_heading("8. How we assess applications", 1)
    kit.table(
        d,
        [
            ("What we look for", "Share of the score"),
            ("Need: the area has little other local news", "30%"),
            ("Quality: accurate, fair, public-interest reporting", "30%"),
            ("Community: local people involved in making the news", "20%"),
            ("Future: a realistic plan to keep going", "20%"),
        ],
    )
    d.add_heading("9. Timetable", 1)
    kit.table(
        d,
        [
            ("Round", "Closing date", "Decision by"),
            ("Spring", "5 March 2027", "14 May 2027"),
            ("Autumn", "1 October 2027", "10 December 2027"),
        ],
    )
    d.add_heading("10. Questions people often ask", 1)
    p("Can a community radio station apply?").runs[0].bold = True
    p("Yes, for its news and current affairs output, such as a local news bulletin.")
    p("Do we need to belong to a press regulator?").runs[0].bold = True
    p(
        "No. Membership of IMPRESS or IPSO is welcome, but we will look at your own editorial "
        "policy instead."
    )
    p("Can we pay a reporter with the grant?").runs[0].bold = True
    p("Yes. Freelance fees and salaries are both fine.")
    p("We are less than a year old and have no accounts. Can we apply?").runs[0].bold = True
    p("Please ring us before you apply so that we can talk about what to send.")
    d.add_heading("11. Contact", 1)
    p(
        "Grants Team, Hethercote Community Foundation, 3 Weavers Yard, Hethercote HT2 5NB. "
        "Telephone 01632 963 884. Email grants@hethercotecf.example.org.uk."
    )
    out = HERE / "hethercote-community-foundation-local-news-fund-guidance.docx"
    d.save(out)
    kit.normalise_zip(out, FIXED)


def marbury() -> None:
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "marbury-community-radio-development-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Radio Development Grants: application form")
    c.setAuthor("Marbury Community Media Trust")
    w, hgt = A4
    form = c.acroForm
    state = {"y": hgt - 60}
    teal = HexColor("#00646E")

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
            x=250,
            y=state["y"] - 18,
            width=295,
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
        txt(label, 10, "Helvetica-Bold")
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
    c.drawString(50, state["y"], "Marbury Community Media Trust")
    state["y"] -= 22
    txt("Community Radio Development Grants 2027: application form", 12, "Helvetica-Bold")
    state["y"] -= 4
    txt(
        "Marbury Community Media Trust supports the community radio stations of Marbury and "
        "the surrounding district. Community Radio Development Grants of £1,000 to £5,000 help "
        "licensed stations to train new volunteers, make programmes with and for groups who "
        "are not often heard on air, and improve their studios and outside broadcast kit."
    )
    txt(
        "The Trust can pay up to 75% of the cost of a project. The rest must come from your "
        "station's own funds or from other funders. Only stations holding an Ofcom community "
        "radio licence can apply."
    )
    state["y"] -= 4
    txt(
        "You can fill in this form on screen. Each answer box stops when you reach its limit, "
        "which is shown after the question. Email the form and your documents to "
        "grants@marburymedia.example.org.uk by 30 April 2027."
    )
    bar("Section A: Your station")
    field("station", "Station name", 60)
    field("legal_name", "Name of the organisation that holds the licence", 100)
    field("address", "Address", 160)
    field("postcode", "Postcode", 8)
    field("contact", "Contact name", 60)
    field("role", "Role at the station", 60)
    field("phone", "Telephone", 15)
    field("email", "Email", 80)
    field("licence_no", "Ofcom licence number", 20)
    field("reg_no", "Charity or company number", 12)
    radios(
        "platform", "How do you broadcast?", ["FM", "AM", "DAB or small-scale DAB", "Online only"]
    )
    bar("Section B: Your project")
    box(
        "b1",
        "B1 Tell us about your station and the community it serves. (maximum 1,200 characters "
        "including spaces)",
        "B1 Tell us about your station and the community it serves",
        1200,
        100,
    )
    box(
        "b2",
        "B2 What do you want to do, and what will the grant pay for? (maximum 1,800 characters "
        "including spaces)",
        "B2 What do you want to do, and what will the grant pay for?",
        1800,
        140,
    )
    box(
        "b3",
        "B3 How will the project increase the number and range of people making programmes? "
        "(maximum 1,200 characters including spaces)",
        "B3 How will the project increase the number and range of people making programmes?",
        1200,
        100,
    )
    field("volunteers", "Number of active volunteers now", 6)
    field("local_hours", "Hours a week of locally made programmes", 4)
    box(
        "b4",
        "B4 What training will volunteers receive, and who will deliver it? (maximum 900 "
        "characters including spaces)",
        "B4 What training will volunteers receive, and who will deliver it?",
        900,
        80,
    )
    box(
        "b5",
        "B5 How will you know the project has worked? (maximum 900 characters including spaces)",
        "B5 How will you know the project has worked?",
        900,
        80,
    )
    bar("Section C: Money")
    field("total_cost", "Total cost of the project (£)", 10)
    field("grant_req", "Grant requested (£), no more than £5,000", 10)
    field("own_funds", "Amount from your own funds or other funders (£)", 10)
    bar("Section D: Documents")
    txt(
        "Please tick each document you are sending with this form. Those marked 'if' are only "
        "needed if they apply to you."
    )
    state["y"] -= 4
    tick("doc_constitution", "Your constitution or articles of association")
    tick(
        "doc_accounts",
        "Your most recent annual accounts, signed by your treasurer or an independent examiner",
    )
    tick("doc_licence", "The first page of your Ofcom community radio licence")
    tick("doc_volunteer", "Your volunteer policy")
    tick(
        "doc_safeguarding",
        "If your training will include young people under 18 or adults at risk: your "
        "safeguarding policy",
    )
    tick("doc_quote", "If the grant is for equipment costing more than £500: a supplier's quote")
    bar("Section E: Declaration")
    tick(
        "declaration",
        "I confirm that the information in this form is correct, that the station holds public "
        "liability insurance of at least £5 million, and that the grant will be spent only on "
        "the project described.",
    )
    field("signature", "Signature", 60)
    field("sig_name", "Name in capitals", 60)
    field("sig_date", "Date", 10)
    state["y"] -= 6
    txt(
        "Marbury Community Media Trust, Unit 4, The Old Dairy, Mill Lane, Marbury MB6 2RJ. "
        "Telephone 01632 967 145. Registered charity number 1198765.",
        9,
    )
    c.save()


def tollerwick() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    out = HERE / "tollerwick-community-newsletter-grant-application.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Community Newsletter and Magazine Grant: application form")
    c.setAuthor("Tollerwick Town Council")
    w, hgt = A4
    state = {"y": hgt - 64, "page": 1}
    font, bold = "Helvetica", "Helvetica-Bold"

    def folio() -> None:
        c.setFont(font, 9)
        c.drawCentredString(
            w / 2,
            34,
            "Tollerwick Town Council - Community Newsletter and Magazine Grant - "
            f"page {state['page']}",
        )

    def room(need: float) -> None:
        if state["y"] - need < 64:
            folio()
            c.showPage()
            state["page"] += 1
            state["y"] = hgt - 64

    def para(t: str, size: float = 11, f: str = font, x: float = 64) -> None:
        for line in simpleSplit(t, f, size, w - x - 64):
            room(15)
            c.setFont(f, size)
            c.drawString(x, state["y"], line)
            state["y"] -= 15
        state["y"] -= 4

    def item(n: int, label: str) -> None:
        """A numbered one-line item with a rule to write on."""
        room(26)
        c.setFont(font, 11)
        c.drawString(64, state["y"], f"{n}.")
        c.drawString(84, state["y"], label)
        x = 84 + c.stringWidth(label, font, 11) + 6
        c.line(x, state["y"] - 2, w - 64, state["y"] - 2)
        state["y"] -= 24

    def question(n: int, text: str, lines: int) -> None:
        room(40)
        state["y"] -= 4
        c.setFont(bold, 11)
        c.drawString(64, state["y"], f"{n}.")
        for line in simpleSplit(text, bold, 11, w - 84 - 64):
            room(15)
            c.setFont(bold, 11)
            c.drawString(84, state["y"], line)
            state["y"] -= 15
        for _ in range(lines):
            room(22)
            state["y"] -= 20
            c.line(84, state["y"], w - 64, state["y"])
        state["y"] -= 14

    c.setFont(bold, 16)
    c.drawCentredString(w / 2, state["y"], "TOLLERWICK TOWN COUNCIL")
    state["y"] -= 24
    c.setFont(bold, 13)
    c.drawCentredString(w / 2, state["y"], "Community Newsletter and Magazine Grant 2027")
    state["y"] -= 18
    c.drawCentredString(w / 2, state["y"], "Application form")
    state["y"] -= 26
    para("Before you start", 12, bold)
    para(
        "The Town Council gives small grants of up to £1,500 a year to community newsletters, "
        "village and estate magazines and residents' association bulletins that are delivered "
        "free in Tollerwick. The grant can pay for printing, delivery, design software, a "
        "computer or camera, and training for volunteer editors and writers."
    )
    para(
        "The publication must be non-profit, must be open to news from any group in the area, "
        "and must not support any political party or candidate. Council-run publications "
        "cannot apply."
    )
    para(
        "Please type or write clearly in black ink and keep to the word limits. Return the "
        "form to the Town Clerk at the address at the end of the form by 31 January 2027."
    )
    state["y"] -= 6
    para("SECTION 1  ABOUT YOUR PUBLICATION", 12, bold)
    item(1, "Name of the publication:")
    item(2, "Name of the group that produces it:")
    item(3, "Contact name:")
    item(4, "Address:")
    item(5, "Telephone:")
    item(6, "Email:")
    item(7, "How often is it published (for example monthly or quarterly)?")
    item(8, "How many copies do you print of each issue?")
    item(9, "Is it delivered free to every household in its area?   YES / NO")
    para("SECTION 2  WHAT YOU WANT THE GRANT FOR", 12, bold)
    question(
        10,
        "Describe your publication: what it covers, who writes it and who reads it. "
        "(no more than 200 words)",
        6,
    )
    question(11, "What will the grant be used for? (no more than 200 words)", 6)
    question(
        12,
        "How does the publication help people in Tollerwick to find out about local events, "
        "services and the work of local groups? (no more than 250 words)",
        7,
    )
    question(
        13,
        "How do you make sure that what you publish is fair and accurate, and how do you deal "
        "with complaints? (no more than 150 words)",
        5,
    )
    question(
        14,
        "Please give details of any advertising, sponsorship or other income the publication "
        "receives.",
        4,
    )
    para("SECTION 3  COSTS", 12, bold)
    room(40)
    c.setFont(bold, 11)
    c.drawString(64, state["y"], "15.")
    c.drawString(84, state["y"], "Please show how the grant will be spent.")
    state["y"] -= 10
    widths = (300, 167)
    rows = [("Item (for example printing of four issues)", "Cost (£)")] + [("", "")] * 5
    for n, row in enumerate(rows):
        room(22)
        x = 84
        for text, wd in zip(row, widths, strict=True):
            c.rect(x, state["y"] - 20, wd, 20, stroke=1, fill=0)
            if text:
                c.setFont(bold if n == 0 else font, 10)
                c.drawString(x + 4, state["y"] - 14, text)
            x += wd
        state["y"] -= 20
    state["y"] -= 14
    item(16, "Total cost: £")
    item(17, "Amount requested from the Town Council (up to £1,500): £")
    para("SECTION 4  ENCLOSURES", 12, bold)
    para("Please enclose with your application:")
    for t in [
        "(a) a copy of the group's constitution or rules;",
        "(b) your latest accounts or, if you do not produce accounts, a statement of income and "
        "expenditure for the last twelve months signed by two committee members;",
        "(c) a copy of a recent issue of the publication;",
        "(d) a quotation from your printer for the issues the grant will pay for;",
        "(e) if young people under 18 help to write or deliver the publication, your "
        "safeguarding policy.",
    ]:
        para(t, x=84)
    para("SECTION 5  DECLARATION", 12, bold)
    para(
        "I confirm that the information given in this application is true, that the grant "
        "will be used only for the purposes described, and that the publication will credit "
        "the Town Council's support. I understand that the Council may ask for the grant to be "
        "repaid if it is not used as agreed."
    )
    item(18, "Signature:")
    item(19, "Name:")
    item(20, "Position in the group:")
    item(21, "Date:")
    state["y"] -= 6
    para(
        "Return to: The Town Clerk, Tollerwick Town Council, The Corn Exchange, High Street, "
        "Tollerwick TW9 3EA. Telephone 01632 968 402. "
        "Email townclerk@tollerwick.example.gov.uk",
        10,
    )
    folio()
    c.save()


if __name__ == "__main__":
    scalderby()
    hethercote()
    marbury()
    tollerwick()
