"""Regenerate the binary documents of the corpus's sixth held-out set (tests/forms/).

A generator in the style of make_corpus.py, for the eight documents added as the sixth
held-out set (their truth files were written blind, before any measurer was run on them).
It needs only python-docx and reportlab (and the helpers of make_corpus.py and
make_corpus5.py beside it), and builds only its own four files, leaving every other file alone:

- cawdenmoor-icb-health-inequalities-grant.docx: an NHS integrated care board's health
  inequalities grant form whose questions and word limits sit in a scoring table, with the
  answer boxes further down; the file still holds tracked changes (w:del / w:ins) and a
  reviewer's comment;
- pellingford-easy-read-application.docx: an Easy Read form, large text, picture
  descriptions in square brackets, answer boxes drawn as Word text boxes (w:txbxContent)
  and as one-cell tables;
- brackwater-sports-equipment-grant.pdf: a sports club equipment grant, fillable, with comb
  fields (postcode, sort code, account number, date), /TU tooltips on some fields only and
  /MaxLen on some multi-line answers;
- hensworthy-foundation-application-preview.pdf: the "print preview" of an application in
  an online grant-management system, page headers with the URL and a printed date,
  "Page N" footers, "Maximum N words" and "Response:" under each question.

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus6b.py
"""

from __future__ import annotations

from make_corpus import FIXED, HERE, _normalise_zip  # same folder, same fixed date
from make_corpus5 import _shade, _wrap  # the fourth set's helpers

DOCX = ("cawdenmoor-icb-health-inequalities-grant.docx", "pellingford-easy-read-application.docx")
PDFS = ("brackwater-sports-equipment-grant.pdf", "hensworthy-foundation-application-preview.pdf")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------- docx


def _new(title: str, author: str, font: str, size: float = 11):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = author, title
    cp.created = cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    return d


def _table(d, rows, widths, head_fill=None, bold_first_col=False):
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for i, values in enumerate(rows):
        cells = t.add_row().cells
        for j, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.text = text
            cell.width = Cm(widths[j])
            if (i == 0 and head_fill) or (bold_first_col and j == 0 and text):
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            if i == 0 and head_fill:
                _shade(cell, head_fill)
    return t


def _box(d, cm: float, text: str = "") -> None:
    """A one-cell answer box (empty, or holding a grey prompt)."""
    from docx.shared import Cm, RGBColor

    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.rows[0].height = Cm(cm)
    if text:
        run = t.rows[0].cells[0].paragraphs[0].add_run(text)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    d.add_paragraph()


def _tracked_limit(paragraph, old: str, new: str, comment: str, doc) -> None:
    """Write OLD as a tracked deletion and NEW as a tracked insertion with a comment."""
    from docx.oxml import parse_xml

    run = paragraph.add_run(new)
    note = doc.add_comment(run, text=comment, author="Kath Marsh", initials="KM")
    note._comment_elm.set(f"{{{W_NS}}}date", "2026-10-14T10:12:00Z")  # fixed, not now
    stamp = 'w:author="Kath Marsh" w:date="2026-10-14T10:12:00Z"'
    deleted = parse_xml(
        f'<w:del xmlns:w="{W_NS}" w:id="901" {stamp}><w:r><w:delText xml:space="preserve">'
        f"{old}</w:delText></w:r></w:del>"
    )
    inserted = parse_xml(f'<w:ins xmlns:w="{W_NS}" w:id="902" {stamp}/>')
    r = run._r
    r.addprevious(deleted)
    r.addprevious(inserted)
    inserted.append(r)  # the run moves inside w:ins


def _tracked_delete(paragraph, text: str) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="903" w:author="Kath Marsh" '
            f'w:date="2026-10-14T10:15:00Z"><w:r><w:delText xml:space="preserve">{text}'
            "</w:delText></w:r></w:del>"
        )
    )


def _cawdenmoor() -> None:
    from docx.shared import Cm, Pt

    pale = "E8EDEE"
    d = _new(
        "Health Inequalities Community Grants 2027/28: application form",
        "NHS Cawdenmoor Integrated Care Board",
        "Arial",
    )
    head = d.add_paragraph()
    r = head.add_run("NHS")
    r.bold, r.font.size = True, Pt(20)
    head.add_run("   Cawdenmoor Integrated Care Board").bold = True
    d.add_heading("Health Inequalities Community Grants 2027/28", level=1)
    d.add_paragraph("Application form \u2013 Round 2 (version 3, October 2026)").runs[
        0
    ].italic = True
    d.add_paragraph(
        "NHS Cawdenmoor Integrated Care Board (the ICB) and its place partners have set aside "
        "\u00a3600,000 for voluntary, community, faith and social enterprise (VCFSE) "
        "organisations working to narrow gaps in healthy life expectancy. Grants are between "
        "\u00a35,000 and \u00a325,000 for up to 18 months. We are particularly interested in "
        "work with communities in the most deprived 20% of neighbourhoods nationally (the "
        "\u201cCore20\u201d) and with inclusion health groups, in line with the NHS England "
        "Core20PLUS5 approach."
    )
    d.add_paragraph(
        "Please read the Prospectus before you start. Complete every section of this form in "
        "Word and email it, with the documents listed in Section 6, to "
        "cawdenmoor.vcfsegrants@example.nhs.uk by 12 noon on Monday 8 February 2027. We "
        "cannot accept handwritten forms. If you would like to talk your idea through first, "
        "book a 20-minute call with the Community Partnerships team."
    )

    d.add_heading("Section 1: About your organisation", level=2)
    _table(
        d,
        [
            ("Name of organisation", ""),
            ("Registered address", ""),
            ("Postcode", ""),
            ("Main contact (name)", ""),
            ("Role in the organisation", ""),
            ("Telephone", ""),
            ("Email", ""),
            ("Charity, company or CIC number (if any)", ""),
            (
                "Type of organisation (delete as appropriate)",
                "Registered charity / CIO / CIC / Company limited by guarantee / "
                "Unincorporated association / Faith group",
            ),
            ("Total income in your last financial year (\u00a3)", ""),
        ],
        (6.0, 10.5),
        bold_first_col=True,
    )
    d.add_paragraph()

    d.add_heading("Section 2: How your application will be scored", level=2)
    d.add_paragraph(
        "The panel scores each answer in Section 3 from 0 to 4 and multiplies the score by the "
        "weighting below. Answers longer than the word limit will be cut at the limit before "
        "the panel reads them. Please do not attach extra pages."
    )
    rows = [
        ("Question", "What we look for", "Weighting", "Word limit"),
        ("Q1. Who is the project for, and which health inequality will it help to reduce?",
         "A clear group of people; local data or lived experience that shows the gap; why "
         "your organisation is well placed to reach them.", "25%", "400 words"),
        ("Q2. Describe what you will do, where and how often.",
         "Realistic activities and timescales; venues people can get to; links with GP "
         "practices, pharmacies or other services.", "25%", ""),
        ("Q3. How will people with lived experience help to design and run the project?",
         "Real involvement, not just consultation; paying people for their time where "
         "appropriate.", "20%", "300 words"),
        ("Q4. How will you know what difference the project has made?",
         "Two or three measurable outcomes; simple, proportionate ways of collecting "
         "information, including people\u2019s own words.", "20%", "250 words"),
        ("Q5. What will happen to the work when the grant ends?",
         "Learning shared with the system; realistic plans for continuing what works.",
         "10%", "200 words"),
        ("Q6. Is there anything else you would like the panel to know?",
         "Not scored.", "\u2013", "No limit"),
    ]  # fmt: skip
    t = _table(d, rows, (6.0, 6.5, 2.0, 2.5), head_fill=pale)
    _tracked_limit(
        t.rows[2].cells[3].paragraphs[0],
        "500 words",
        "350 words",
        "Reduced from 500 to 350 after the panel said Q2 answers in Round 1 repeated Q1. "
        "Please check the guidance notes say the same before this goes live.",
        d,
    )
    d.add_paragraph(
        "A score of 2 or more is needed on Q1 and Q2 for an application to be funded. The "
        "weightings add up to 100%."
    )

    d.add_heading("Section 3: Your answers", level=2)
    d.add_paragraph(
        "Type your answer to each question in the box beneath it. The box will grow as you "
        "type. Keep to the word limits shown in Section 2."
    )
    answers = [
        ("Question 1", "Who is the project for, and which health inequality will it help "
         "to reduce?"),
        ("Question 2", "Describe what you will do, where and how often."),
        ("Question 3", "How will people with lived experience help to design and run the "
         "project?"),
        ("Question 4", "How will you know what difference the project has made?"),
        ("Question 5", "What will happen to the work when the grant ends?"),
        ("Question 6", "Is there anything else you would like the panel to know?"),
    ]  # fmt: skip
    for num, text in answers:
        p = d.add_paragraph()
        p.add_run(f"{num}: ").bold = True
        p.add_run(text)
        if num == "Question 2":
            _tracked_delete(p, " (max 500 words)")
        _box(d, 5.0)

    d.add_heading("Section 4: Timetable and budget", level=2)
    _table(
        d,
        [
            ("Start date", ""),
            ("End date", ""),
            ("Total amount requested from the ICB (\u00a3)", ""),
        ],
        (8.0, 8.5),
        bold_first_col=True,
    )
    d.add_paragraph()
    d.add_paragraph(
        "Budget: list the main items of spending. Staff costs should show the hours and the "
        "hourly rate. You may include a fair contribution to overheads (normally no more than "
        "10% of the direct costs)."
    )
    _table(
        d,
        [("Item", "Year 1 (\u00a3)", "Year 2 (\u00a3)", "Total (\u00a3)")] + [("", "", "", "")] * 6,
        (7.0, 3.0, 3.0, 3.5),
        head_fill=pale,
    )
    d.add_paragraph()
    d.add_heading("Section 5: Other funding", level=2)
    d.add_paragraph(
        "The ICB will contribute up to 75% of the total cost of the project. The other 25% "
        "can come from your own reserves, from other funders or from the value of volunteer "
        "time (at \u00a312.60 an hour). Please list it below."
    )
    _table(
        d,
        [("Source", "Amount (\u00a3)", "Confirmed or expected?")] + [("", "", "")] * 3,
        (8.0, 3.5, 5.0),
        head_fill=pale,
    )
    d.add_paragraph()

    d.add_heading("Section 6: Documents to send with this form", level=2)
    d.add_paragraph("Every applicant should email us:")
    for text in (
        "your governing document (constitution, articles of association or set of rules);",
        "your most recent annual accounts. Organisations with an income below \u00a325,000 "
        "a year may instead send a statement of income and expenditure for the last twelve "
        "months, signed by two members of the management committee;",
        "your safeguarding policy, covering both children and adults, with the date it was "
        "last reviewed;",
        "your public liability insurance certificate, showing cover of at least \u00a35 million.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("In addition, where they apply to your project:")
    for text in (
        "if you will collect or hold health information about the people you support: your "
        "data protection policy and your Data Security and Protection Toolkit assessment;",
        "if staff or volunteers will visit people at home or work on their own: your lone "
        "working policy.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("Section 7: Declaration", level=2)
    d.add_paragraph(
        "I confirm that the information in this application is correct, that the "
        "organisation has an equality and diversity policy which it follows, and that any "
        "grant will be used only for the project described. I understand that the ICB may "
        "share this application with its place partners for assessment."
    )
    _table(
        d,
        [("Signed", ""), ("Name", ""), ("Position", ""), ("Date", "")],
        (4.0, 12.5),
        bold_first_col=True,
    )
    d.add_paragraph()
    p = d.add_paragraph("ICB reference (office use): ____________")
    p.runs[0].font.size = Pt(8)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
    d.save(HERE / DOCX[0])


def _textbox(paragraph, prompt: str, height_pt: int) -> None:
    """A VML text box, the way older Word files keep drawn answer boxes."""
    from docx.oxml import parse_xml

    vml = "urn:schemas-microsoft-com:vml"
    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}" xmlns:v="{vml}"><w:pict>'
            f'<v:shape id="AnswerBox{height_pt}" type="#_x0000_t202" '
            f'style="width:450pt;height:{height_pt}pt" strokeweight="2.25pt">'
            '<v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="808080"/>'
            f'<w:sz w:val="32"/></w:rPr><w:t>{prompt}</w:t></w:r></w:p>'
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )


def _pellingford() -> None:
    from docx.shared import Pt

    d = _new("Community Grants: Easy Read application form", "Pellingford Borough Council",
             "Arial", 16)  # fmt: skip

    def say(text, bold=False):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        return p

    def picture(text):
        p = d.add_paragraph()
        run = p.add_run(f"[Picture: {text}]")
        run.italic = True
        run.font.size = Pt(14)

    def ask(text):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(18)

    t = d.add_paragraph().add_run("Pellingford Borough Council")
    t.bold, t.font.size = True, Pt(20)
    t = d.add_paragraph().add_run("Community Grants")
    t.bold, t.font.size = True, Pt(28)
    t = d.add_paragraph().add_run("Easy Read application form")
    t.bold, t.font.size = True, Pt(24)
    picture("a group of people sitting round a table, talking and smiling")
    say("This form is for groups who want money for a project.")
    say("We call this money a grant.")
    say("You can ask for up to \u00a31,000.")
    say("You do not need money from anywhere else. We can pay for all of your project.")
    picture("a person holding a question mark")
    say("Do you need help to fill in this form?")
    say("Ring Jo Price on 01632 960 418. Or email grants@pellingford.example.gov.uk.")
    say("You can ask a friend or support worker to help you.")
    d.add_page_break()

    t = d.add_paragraph().add_run("About your group")
    t.bold, t.font.size = True, Pt(22)
    picture("a group of people")
    for label in (
        "What is your group called?",
        "Who should we talk to about this form?",
        "Their phone number",
        "Their email address",
        "Your group\u2019s address",
    ):
        ask(label)
        _box(d, 1.6)
    ask("Is your group a charity?")
    say("Tick one box.")
    say("\u2610 Yes        \u2610 No        \u2610 I am not sure")
    d.add_page_break()

    t = d.add_paragraph().add_run("About your project")
    t.bold, t.font.size = True, Pt(22)
    picture("a light bulb")
    ask("1. What will you do?")
    say("Tell us about your idea.")
    say("Use up to 100 words.")
    _textbox(d.add_paragraph(), "Write or draw your answer here", 170)
    picture("people from different backgrounds")
    ask("2. Who will it help?")
    say("Tell us who will come. Tell us how many people.")
    _textbox(d.add_paragraph(), "Write or draw your answer here", 150)
    d.add_page_break()
    picture("a heart")
    ask("3. Why is it important?")
    say("Tell us why people need this.")
    say("You can write about half a page.")
    _box(d, 7.5, "Write or draw your answer here")
    picture("a person ticking a list")
    ask("4. How will you know it worked?")
    say("Up to 50 words.")
    _box(d, 4.0, "Write or draw your answer here")
    d.add_page_break()

    t = d.add_paragraph().add_run("Money")
    t.bold, t.font.size = True, Pt(22)
    picture("coins and a purse")
    ask("How much money do you want?")
    say("\u00a3 ____________")
    ask("What will you spend the money on?")
    say("Write each thing and how much it costs.")
    _table(d, [("Thing", "How much it costs")] + [("", "")] * 5, (10.0, 6.0), head_fill="FFF2CC")
    d.add_paragraph()
    ask("When will you start?")
    say("Date: ____ / ____ / ________")
    picture("a pound sign with a tick")
    say("We give grants to about half of the groups who ask.")
    d.add_page_break()

    t = d.add_paragraph().add_run("Things to send us")
    t.bold, t.font.size = True, Pt(22)
    say("Please send us these things with your form.")
    picture("a book of rules")
    say("1. Your group\u2019s rules.", bold=True)
    say("These are sometimes called a constitution.")
    picture("a bank statement")
    say("2. A bank statement.", bold=True)
    say("It must show your group\u2019s name.")
    say("It must be from the last 3 months.")
    picture("a page of numbers")
    say("3. Your accounts from last year.", bold=True)
    say("Accounts show the money your group got and spent.")
    say("They do not need to be checked by an accountant.")
    say("Is your group new? Then you will not have accounts yet.")
    say("Send us a plan of the money you will get and spend this year instead.")
    say("Some groups need to send more things:", bold=True)
    picture("an adult holding a child\u2019s hand")
    say("Does your group work with children? Or with adults who need support?")
    say("Then send us your safeguarding policy. This says how you keep people safe.")
    picture("a shop till")
    say("Are you buying one thing that costs more than \u00a3300?")
    say("Then send us a price from a shop. We call this a quote.")
    picture("a crowd at a fun day")
    say("Will you run an event for the public?")
    say("Then you must have public liability insurance.")
    say("This insurance must cover at least \u00a31 million.")
    say("You do not need to send it to us.")
    d.add_page_break()

    t = d.add_paragraph().add_run("Please sign")
    t.bold, t.font.size = True, Pt(22)
    picture("a pen")
    say("\u2610  Tick this box to say yes: The things I wrote on this form are true.")
    ask("Sign here")
    _box(d, 1.8)
    ask("Write your name in capital letters")
    _box(d, 1.6)
    ask("Date")
    _box(d, 1.6)
    t = d.add_paragraph().add_run("What happens next?")
    t.bold, t.font.size = True, Pt(22)
    say("Post the form to: Community Grants, Pellingford Town Hall, Market Street, "
        "Pellingford PL9 4AB.")  # fmt: skip
    say("Or email it to grants@pellingford.example.gov.uk.")
    say("We will tell you our answer in 8 weeks.")
    d.save(HERE / DOCX[1])


# --------------------------------------------------------------------------- pdf


def _brackwater() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4  # noqa: N806 (page geometry)
    LEFT = 45  # noqa: N806
    WIDTH = W - 2 * LEFT  # noqa: N806
    green = HexColor("#1E7B3C")
    c = canvas.Canvas(str(HERE / PDFS[0]), pagesize=A4)
    c.setTitle("Brackwater Sports Club Equipment Grant 2027")
    c.setAuthor("Brackwater Town Council Leisure Services")
    y = H - 48

    def tf(name, tip, x, yy, w, h, maxlen=None, flags=""):
        c.acroForm.textfield(
            name=name, tooltip=tip, x=x, y=yy, width=w, height=h, maxlen=maxlen,
            fieldFlags=flags, borderColor=black, fillColor=white, textColor=black,
            forceBorder=True, fontSize=9 if "multiline" in flags else 10,
        )  # fmt: skip

    def text(s, font="Helvetica", size=9.5, x=LEFT, width=WIDTH):
        nonlocal y
        y = _wrap(c, x, y, s, font, size, 12.5, width)

    def bar(s):
        nonlocal y
        c.setFillColor(green)
        c.rect(LEFT, y - 5, WIDTH, 17, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(LEFT + 5, y, s)
        c.setFillColor(black)
        y -= 26

    def line(name, label, tip=None, maxlen=None, h=17, flags=""):
        nonlocal y
        c.setFont("Helvetica", 9.5)
        c.drawString(LEFT, y, label)
        w = WIDTH - 190 if not maxlen or "comb" not in flags else maxlen * 18
        tf(name, tip, LEFT + 190, y - h + 12, w, h, maxlen, flags)
        y -= h + 8

    def yesno(name, label):
        nonlocal y
        y = _wrap(c, LEFT, y, label, "Helvetica", 9.5, 12.5, 330)
        y += 12.5
        for i, value in enumerate(("Yes", "No")):
            c.acroForm.radio(
                name=name, value=value, selected=False, x=LEFT + 370 + i * 60, y=y - 3,
                size=11, buttonStyle="circle", borderColor=black, fillColor=white,
                forceBorder=True,
            )  # fmt: skip
            c.drawString(LEFT + 385 + i * 60, y, value)
        y -= 22

    def ticks(prefix, label, options, per_row=3):
        nonlocal y
        text(label)
        y -= 4
        for i, opt in enumerate(options):
            col, rowi = i % per_row, i // per_row
            x = LEFT + col * (WIDTH / per_row)
            yy = y - rowi * 18
            c.acroForm.checkbox(
                name=f"{prefix}{i + 1}", x=x, y=yy - 3, size=11, buttonStyle="check",
                borderColor=black, fillColor=white, textColor=black, forceBorder=True,
            )  # fmt: skip
            c.setFont("Helvetica", 9)
            c.drawString(x + 15, yy, opt)
        y -= 18 * ((len(options) + per_row - 1) // per_row) + 6

    def question(name, label, tip, maxlen, h):
        nonlocal y
        text(label, "Helvetica-Bold")
        tf(name, tip, LEFT, y - h + 6, WIDTH, h, maxlen, "multiline")
        y -= h + 10

    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, y, "Brackwater Town Council")
    y -= 19
    c.setFont("Helvetica", 12.5)
    c.drawString(LEFT, y, "Sports Club Equipment Grant 2027 \u2013 application")
    y -= 20
    text(
        "Grants of \u00a3250 to \u00a32,500 help affiliated sports clubs in Brackwater buy "
        "equipment that gets more people playing: kit for new junior or women's teams, "
        "adaptive equipment for disabled players, portable goals, timing gear. We will pay "
        "up to 75% of the cost of the equipment; the club must find the rest from its own "
        "funds or from another grant. Clubs where more than 30% of members are under 18 "
        "are given priority. Fill the form in on screen and email it to "
        "sportsgrants@brackwater.example.gov.uk by 31 March 2027."
    )
    y -= 8

    bar("A   Your club")
    line("ClubName", "A1 Name of club", "Name of club", 80)
    line("Sport", "A2 Sport(s) played", "Sport or sports played", 60)
    line("Text3", "A3 Club secretary's name")
    line("Text4", "A4 Address for letters", h=34, flags="multiline")
    line("Postcode", "A5 Postcode", None, 8, flags="comb")
    line("Text6", "A6 Telephone", None, 15)
    line("Text7", "A7 Email")
    line("Members", "A8 Number of playing members", "Number of playing members", 4)
    yesno("Affiliated", "A9 Is the club affiliated to its sport's national governing body?")
    ticks("Accred", "A10 Which of these does the club hold? Tick all that apply.",
          ("Clubmark", "Sport England Club Matters", "NGB club accreditation",
           "None of these"), per_row=2)  # fmt: skip
    y -= 4

    bar("B   The equipment")
    question(
        "B1",
        "B1 What equipment do you want to buy, and why does the club need it? (up to 250 words)",
        "B1 What equipment do you want to buy, and why does the club need it?",
        1500,
        100,
    )
    line("B2", "B2 How many more people will be able to play?", None, 4)
    c.showPage()
    y = H - 48
    question(
        "B3",
        "B3 How will the equipment help women and girls, disabled people or juniors to take part?",
        None,
        1200,
        100,
    )
    question(
        "B4",
        "B4 Where will the equipment be kept, and who will look after it? (no more than 100 words)",
        "B4 Where will the equipment be kept and who will look after it",
        None,
        70,
    )
    question("Text15", "B5 Tell us about any other funding you have applied for.", None, None, 70)
    line("TotalCost", "B6 Total cost of the equipment (\u00a3)", "Total cost in pounds", 9)
    line("Requested", "B7 Amount requested (\u00a3)", "Amount requested in pounds", 9)
    y -= 4

    bar("C   Bank details (for payment)")
    text("The account must be in the club's name. We will not pay into a personal account.")
    y -= 4
    line("AccName", "C1 Name of account", "Name of the account", 40)
    line("SortCode", "C2 Sort code", None, 6, flags="comb")
    line("AccNo", "C3 Account number", None, 8, flags="comb")
    line("Text19", "C4 Bank or building society")
    yesno("TwoSign", "C5 Do two unrelated people have to sign or approve each payment?")
    y -= 4

    bar("D   What to send with this form")
    text(
        "1. The club's constitution or rules.\n"
        "2. The club's latest annual accounts. These must have been independently examined "
        "or audited.\n"
        "3. A recent bank statement (no more than three months old) for the account in C1.\n"
        "4. A written quote for every item you want to buy, from a supplier. For any single "
        "item costing over \u00a31,000 we need two quotes.\n"
        "5. The club's safeguarding policy.\n"
        "6. If the club has junior members: a list of the coaches and welfare officers who "
        "hold an enhanced DBS check, with the date of each certificate.\n"
        "7. If the equipment will be stored at a school or leisure centre: a letter from the "
        "site manager agreeing to store it."
    )
    y -= 2
    text(
        "The club must hold public liability insurance with cover of at least \u00a310 "
        "million (most governing body memberships include this). You do not need to send us "
        "a copy."
    )
    y -= 4
    ticks("Encl", "Tick to show what you have attached:",
          ("1 Rules", "2 Accounts", "3 Bank statement", "4 Quotes", "5 Safeguarding",
           "6 DBS list", "7 Storage letter"), per_row=4)  # fmt: skip
    c.showPage()
    y = H - 48
    bar("E   Declaration")
    text(
        "I declare that the information in this form is true, that the equipment will be "
        "used by the club in Brackwater and kept for at least three years, and that the "
        "club will return the grant if it is not spent as described. I am authorised to "
        "sign on behalf of the club's committee."
    )
    y -= 6
    line("Text24", "Signature (type your name)")
    line("PrintName", "Name in capitals", "Name in capitals", 50)
    line("Text26", "Position in club")
    c.setFont("Helvetica", 9.5)
    c.drawString(LEFT, y, "Date (DD MM YYYY)")
    tf("Date", None, LEFT + 190, y - 5, 8 * 18, 17, 8, "comb")
    y -= 40
    c.setLineWidth(0.8)
    c.rect(LEFT, y - 70, WIDTH, 80)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(LEFT + 6, y - 2, "Office use only")
    c.setFont("Helvetica", 8.5)
    c.drawString(LEFT + 6, y - 18, "Received: ............   Officer: ............   "
                 "Score: ..... / 20   Grant offered: \u00a3..........")  # fmt: skip
    c.drawString(LEFT + 6, y - 34, "Checked by: ............   Date: ............")
    c.setFont("Helvetica", 7.5)
    c.drawString(LEFT, 30, "BTC/LS/SEG/2027 v1.2")
    c.save()


def _hensworthy() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4  # noqa: N806 (page geometry)
    LEFT = 40  # noqa: N806
    WIDTH = W - 2 * LEFT  # noqa: N806
    grey = HexColor("#555555")
    GAP = 34  # noqa: N806 (the blank under each "Response:")
    url = "https://hensworthyfoundation.flexigrant.example.org/Application/Preview/48213"
    c = canvas.Canvas(str(HERE / PDFS[1]), pagesize=A4)
    c.setTitle("Application Preview - Thriving Neighbourhoods Fund 2027")
    c.setAuthor("Hensworthy Community Foundation")
    page = 1
    y = 0.0

    def header():
        nonlocal y
        c.setFont("Helvetica", 7.5)
        c.setFillColor(grey)
        c.drawString(LEFT, H - 22, "26/11/2026, 14:07")
        c.drawRightString(W - LEFT, H - 22, "Application Preview - Hensworthy Community "
                          "Foundation")  # fmt: skip
        c.drawString(LEFT, 20, url)
        c.drawRightString(W - LEFT, 20, f"Page {page}")
        c.setFillColor(black)
        y = H - 50

    def new_page():
        nonlocal page
        c.showPage()
        page += 1
        header()

    def need(h):
        if y - h < 40:
            new_page()

    def text(s, font="Helvetica", size=9.5, lead=12.5):
        """Lines break across pages anywhere, as a browser prints."""
        nonlocal y
        from reportlab.lib.utils import simpleSplit

        for ln in simpleSplit(s, font, size, WIDTH):
            need(lead)
            c.setFont(font, size)
            c.drawString(LEFT, y, ln)
            y -= lead

    def section(s):
        nonlocal y
        need(40)
        y -= 6
        c.setFont("Helvetica-Bold", 12)
        c.drawString(LEFT, y, s)
        c.setLineWidth(0.5)
        c.line(LEFT, y - 4, W - LEFT, y - 4)
        y -= 22

    def item(label, limit=None, options=None, response=""):
        nonlocal y
        text(label, "Helvetica-Bold")
        if options:
            text(f"Options: {options}", "Helvetica-Oblique", 8.5)
        if limit:
            text(limit, "Helvetica", 8.5)
        need(14)
        c.setFont("Helvetica", 9.5)
        c.drawString(LEFT, y, "Response:")
        if response:
            c.drawString(LEFT + 55, y, response)
        y -= GAP

    header()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LEFT, y, "Hensworthy Community Foundation")
    y -= 18
    c.setFont("Helvetica", 11)
    c.drawString(LEFT, y, "Thriving Neighbourhoods Fund 2027 \u2013 Application Form")
    y -= 16
    text("Application ID: THN-2027-0412      Status: Draft      Applicant: (not submitted)",
         "Helvetica", 8.5)  # fmt: skip
    y -= 4
    text(
        "This is a printable preview of your application. You cannot submit it from this "
        "page: return to the online application to complete and submit it. Questions marked "
        "* are mandatory. Word counts include every word you type; text over the maximum "
        "cannot be saved."
    )
    y -= 4

    section("Section 1 \u2013 Eligibility")
    item("1.1 Is your organisation based in Hensworthy, or does it work mainly for people "
         "who live in Hensworthy? *", options="Yes / No")  # fmt: skip
    item(
        "1.2 What was your organisation's total income in its last financial year? *",
        options="Under \u00a350,000 / \u00a350,000 to \u00a3250,000 / Over \u00a3250,000",
    )
    item("1.3 Have you received a grant from the Foundation in the last 12 months? *",
         options="Yes / No")  # fmt: skip

    section("Section 2 \u2013 Your organisation")
    item("2.1 Legal name of organisation *", "Maximum 100 characters")
    item("2.2 Registered charity, company or CIC number")
    item("2.3 Address *")
    item("2.4 Postcode *", "Maximum 10 characters")
    item("2.5 Main contact name *")
    item("2.6 Main contact email address *")
    item("2.7 Main contact telephone *")
    item("2.8 Briefly describe your organisation's aims and main activities. *",
         "Maximum 150 words")  # fmt: skip

    section("Section 3 \u2013 Your project")
    item("3.1 Project title *", "Maximum 60 characters")
    item("3.2 What is the need for your project, and how do you know? *", "Maximum 250 words")
    item("3.3 What will you do? Please include where and when activities will take place. *",
         "Maximum 2000 characters")  # fmt: skip
    item("3.4 Who will benefit from the project? *", "Maximum 1000 characters")
    item("3.5 How many people will benefit directly? *", options="Whole number")
    item("3.6 What difference will the project make? Please list up to three outcomes. *",
         "Maximum 200 words")  # fmt: skip
    item("3.7 Project start date *", options="Date (dd/mm/yyyy)")
    item("3.8 Project end date *", options="Date (dd/mm/yyyy)")

    section("Section 4 \u2013 Budget")
    text(
        "You may include up to 15% of the request towards your organisation's overheads "
        "(full cost recovery). We can fund the whole cost of a project: there is no "
        "requirement for match funding.",
        "Helvetica-Oblique",
        8.5,
    )
    y -= 6
    item("4.1 Total cost of the project (\u00a3) *", options="Currency")
    item("4.2 Amount requested from the Foundation (\u00a3) *", options="Currency")
    item("4.3 Budget breakdown *", options="Table: Item | Cost (\u00a3)",
         response="No rows entered")  # fmt: skip
    item("4.4 If the project will cost more than you are asking us for, where will the rest "
         "of the money come from?", "Maximum 100 words")  # fmt: skip

    section("Section 5 \u2013 Anything else")
    item("5.1 Is there anything else you would like the panel to know about your "
         "application? (optional)")  # fmt: skip

    section("Section 6 \u2013 Attachments")
    text(
        "Accepted file types: PDF, DOCX, JPG. Maximum file size 5 MB each.",
        "Helvetica-Oblique",
        8.5,
    )
    y -= 6
    item("6.1 Governing document (constitution, memorandum and articles, or rules) *",
         response="No file uploaded")  # fmt: skip
    item("6.2 Most recent annual accounts * \u2013 accounts approved at your AGM are fine; "
         "they do not need to have been examined or audited. If your organisation is less "
         "than 18 months old and has no accounts yet, upload a budget for the current year "
         "instead.", response="No file uploaded")  # fmt: skip
    item("6.3 Bank statement * \u2013 one recent statement, no more than three months old, "
         "showing the organisation's name", response="No file uploaded")  # fmt: skip
    item("6.4 Safeguarding policy \u2013 mandatory only if your project works with children, "
         "young people or adults at risk", response="No file uploaded")  # fmt: skip
    item("6.5 Letters of support (optional)", response="No file uploaded")

    section("Section 7 \u2013 Declarations")
    item("7.1 I confirm that the organisation has an equal opportunities policy and a health "
         "and safety policy, and will send copies if asked. *", options="Tick box",
         response="Unticked")  # fmt: skip
    item(
        "7.2 I confirm that the organisation holds public liability insurance with cover of "
        "at least \u00a35,000,000. *",
        options="Tick box",
        response="Unticked",
    )
    item("7.3 Name of person submitting the application *")
    item("7.4 Position in the organisation *")
    item("7.5 Date *", options="Date (dd/mm/yyyy)")
    c.save()


def main() -> None:
    _cawdenmoor()
    _pellingford()
    for name in DOCX:
        _normalise_zip(HERE / name)
    _brackwater()
    _hensworthy()
    for name in DOCX + PDFS:
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()
