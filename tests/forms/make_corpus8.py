"""Regenerate the binary documents of the corpus's eighth held-out set (tests/forms/).

A generator in the style of make_corpus.py, for the eight documents added
as a held-out set kept back from all tuning (their truth files were written blind, before
any measurer was run on them). It builds only its own four files and leaves every other
file alone:

- wendlecombe-neighbourhood-improvement-grant.docx: a borough council's protected Word
  form built from legacy form fields throughout (FORMTEXT, some with a maximum length,
  FORMCHECKBOX, FORMDROPDOWN), section breaks with a landscape costs section and a
  "For office use" table;
- brackenmoor-foundation-guidance-letter.docx: a community foundation's guidance letter
  with a letterhead, "Dear applicant", run-in headings and a "What to send | Who must
  send it | Notes" table;
- cullerby-place-health-grants.pdf: an NHS place partnership's application form made in
  Excel and printed to PDF with gridlines, row and column headings, merged headings, a
  budget table and "Continue overleaf" (a text PDF, no form fields);
- saltinghoe-homes-community-chest.pdf: a housing association's fillable community chest
  form with /MaxLen on some fields, a radio group for "Are you a registered charity?",
  tooltips (/TU) that differ from the printed labels, and a continuation sheet page (page 4).

    .venv/bin/pip install reportlab      # into your own venv only
    .venv/bin/python tests/forms/make_corpus8.py
"""

from __future__ import annotations

import datetime as _dt
import textwrap
from pathlib import Path

import corpus_kit as kit

HERE = Path(__file__).resolve().parent
FIXED = _dt.datetime(2026, 4, 1, 9, 0, 0)

DOCX = (
    "wendlecombe-neighbourhood-improvement-grant.docx",
    "brackenmoor-foundation-guidance-letter.docx",
)
PDFS = ("cullerby-place-health-grants.pdf", "saltinghoe-homes-community-chest.pdf")


# --------------------------------------------------------------------------- docx helpers


def _el(tag: str, **attrs: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), v)
    return e


def _new(title: str, author: str, font: str = "Arial", size: int = 10):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def _shade(cell, fill: str) -> None:
    from docx.oxml.ns import qn

    pr = cell._tc.get_or_add_tcPr()
    shd = _el("w:shd", val="clear", color="auto", fill=fill)
    for old in pr.findall(qn("w:shd")):
        pr.remove(old)
    pr.append(shd)


def _legacy(paragraph, name: str, kind: str, max_length: int | None = None, entries=()):
    """A legacy (Word 97-2003) form field: FORMTEXT, FORMCHECKBOX or FORMDROPDOWN."""
    from docx.oxml.ns import qn

    p = paragraph._p

    def run(*children):
        r = _el("w:r")
        for c in children:
            r.append(c)
        p.append(r)

    begin = _el("w:fldChar", fldCharType="begin")
    ff = _el("w:ffData")
    ff.append(_el("w:name", val=name))
    ff.append(_el("w:enabled"))
    ff.append(_el("w:calcOnExit", val="0"))
    if kind == "text":
        ti = _el("w:textInput")
        if max_length:
            ti.append(_el("w:maxLength", val=str(max_length)))
        ff.append(ti)
    elif kind == "check":
        cb = _el("w:checkBox")
        cb.append(_el("w:sizeAuto"))
        cb.append(_el("w:default", val="0"))
        ff.append(cb)
    else:
        dd = _el("w:ddList")
        for entry in entries:
            dd.append(_el("w:listEntry", val=entry))
        ff.append(dd)
    begin.append(ff)
    run(begin)
    instr = _el("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = {"text": " FORMTEXT ", "check": " FORMCHECKBOX ", "drop": " FORMDROPDOWN "}[kind]
    run(instr)
    if kind != "check":
        run(_el("w:fldChar", fldCharType="separate"))
        t = _el("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = "\u2002" * 5 if kind == "text" else entries[0]
        run(t)
    run(_el("w:fldChar", fldCharType="end"))


def _protect(d) -> None:
    """Restrict editing to filling in forms, as Word's "Protect Form" button does."""
    from docx.oxml.ns import qn

    settings = d.settings.element
    prot = _el("w:documentProtection", edit="forms", enforcement="1")
    # the schema puts documentProtection after proofState and before defaultTabStop
    settings.find(qn("w:defaultTabStop")).addprevious(prot)


# --------------------------------------------------------------------------- Wendlecombe


def _wendlecombe() -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm, Pt

    grey = "E7E6E6"
    d = _new("Neighbourhood Improvement Grant application", "Wendlecombe Borough Council")
    _protect(d)

    def add_text(para, text: str, bold: bool = False):
        r = para.add_run(text)
        r.bold = bold
        return r

    def boxed(prompt_rows, widths=(6.5, 10.5)):
        """Label | legacy field rows; each row: (label, kind, name, maxlen, entries)."""
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, kind, name, ml, entries in prompt_rows:
            r = t.add_row()
            r.cells[0].text = label
            _shade(r.cells[0], grey)
            p = r.cells[1].paragraphs[0]
            if kind == "yesno":
                add_text(p, "Yes ")
                _legacy(p, name + "Y", "check")
                add_text(p, "    No ")
                _legacy(p, name + "N", "check")
            else:
                _legacy(p, name, kind, ml, entries)
        for r in t.rows:
            r.cells[0].width, r.cells[1].width = Cm(widths[0]), Cm(widths[1])
        d.add_paragraph()

    def question(num: str, text: str, name: str, ml: int | None, rows: float = 4.0):
        p = d.add_paragraph()
        add_text(p, num + "\t", True)
        add_text(p, text)
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _legacy(t.rows[0].cells[0].paragraphs[0], name, "text", ml)
        t.rows[0].height = Cm(rows)
        d.add_paragraph()

    h = d.add_paragraph()
    add_text(h, "WENDLECOMBE BOROUGH COUNCIL", True).font.size = Pt(14)
    d.add_paragraph("Communities and Neighbourhoods Team, Civic Offices, Marlpit Lane, Wendlecombe")
    t = d.add_paragraph()
    add_text(
        t, "Neighbourhood Improvement Grant 2027/28 \u2013 Application Form", True
    ).font.size = Pt(13)
    d.add_paragraph(
        "This is a protected form. Click in the first grey box and use the Tab key to move "
        "from one box to the next; the boxes grow as you type. Some boxes have a set length "
        "and will not accept more text once it is reached, so plan your answers before you "
        "start. You cannot change the wording of the form."
    )
    d.add_paragraph(
        "Grants are between \u00a3500 and \u00a35,000. Read the Neighbourhood Improvement "
        "Grant criteria (available on the Council\u2019s website) before you fill this in. "
        "Send the finished form, and the documents listed in Part 4, to "
        "neighbourhoodgrants@wendlecombe.example.gov.uk by noon on Monday 1 March 2027."
    )
    d.add_paragraph(
        "Large print, Braille and paper copies of this form are available from the "
        "Communities Team on 01632 960 418."
    )

    hd = d.add_paragraph()
    add_text(hd, "PART 1 \u2013 ABOUT YOUR ORGANISATION", True)
    boxed(
        [
            ("Name of organisation", "text", "OrgName", 80, ()),
            ("Main contact", "text", "Contact", 60, ()),
            ("Position held in the organisation", "text", "ContactRole", None, ()),
            ("Address for correspondence", "text", "Address", None, ()),
            ("Postcode", "text", "Postcode", 8, ()),
            ("Daytime telephone", "text", "Phone", 15, ()),
            ("Email", "text", "Email", None, ()),
            ("Website or social media page (if any)", "text", "Web", None, ()),
            (
                "Legal status (choose from the list)",
                "drop",
                "Status",
                None,
                (
                    "Choose an item",
                    "Unincorporated association",
                    "Registered charity (trust)",
                    "Charitable incorporated organisation",
                    "Community interest company",
                    "Company limited by guarantee",
                    "Other",
                ),
            ),
            ("Charity or company number (if applicable)", "text", "RegNo", 10, ()),
            ("Date the organisation was set up", "text", "Founded", 10, ()),
            (
                "Does the organisation have a bank account in its own name, needing two "
                "unrelated people to sign or approve payments?",
                "yesno",
                "Bank",
                None,
                (),
            ),
        ]
    )

    # Part 2 starts on a new page.
    d.add_section(WD_SECTION.NEW_PAGE)
    hd = d.add_paragraph()
    add_text(hd, "PART 2 \u2013 YOUR PROJECT", True)
    boxed(
        [
            ("2.1  Project title", "text", "Title", 100, ()),
            (
                "2.2  Neighbourhood where the project will take place",
                "drop",
                "Area",
                None,
                (
                    "Choose an item",
                    "Abbotsmead",
                    "Carr End",
                    "Hillfoot and Marlpit",
                    "Wendlecombe Town Centre",
                    "Borough-wide",
                ),
            ),
        ]
    )
    question(
        "2.3",
        "What do you want to do? Give us a short description of the project, what it "
        "involves and who will run it.",
        "Q23",
        2400,
        6.0,
    )
    question(
        "2.4",
        "Why is the project needed in your neighbourhood, and how do you know? (about 250 words)",
        "Q24",
        1500,
        5.0,
    )
    p = d.add_paragraph()
    add_text(p, "2.5\t", True)
    add_text(p, "Who will benefit?", True)
    boxed([("(a)  Roughly how many people will take part or benefit?", "text", "Q25a", 6, ())])
    question(
        "(b)",
        "Describe the people who will benefit and how you will reach them. Half a page at most.",
        "Q25b",
        None,
        5.0,
    )
    question(
        "2.6",
        "How will you know the project has worked? What will be different a year from now? "
        "(max. 1,200 characters)",
        "Q26",
        1200,
        4.0,
    )
    p = d.add_paragraph()
    add_text(p, "2.7\t", True)
    add_text(p, "Project dates")
    boxed(
        [
            ("Start date (DD/MM/YYYY)", "text", "Start", 10, ()),
            ("Finish date (DD/MM/YYYY)", "text", "Finish", 10, ()),
        ]
    )
    boxed(
        [
            (
                "2.8  Have local residents been involved in planning the project?",
                "yesno",
                "Involved",
                None,
                (),
            )
        ]
    )
    question(
        "",
        "If you ticked Yes, tell us how. If you ticked No, tell us why not.",
        "Q28",
        None,
        4.0,
    )
    p = d.add_paragraph()
    add_text(p, "2.9\t", True)
    add_text(
        p, "Tick each of the Council\u2019s neighbourhood priorities that the project supports:"
    )
    for name, label in (
        ("PriClean", "Cleaner, greener streets and open spaces"),
        ("PriSafe", "Feeling safe in the neighbourhood"),
        ("PriHealth", "Active and healthy lives"),
        ("PriTogether", "Bringing neighbours together"),
    ):
        pp = d.add_paragraph()
        _legacy(pp, name, "check")
        add_text(pp, "  " + label)

    # Part 3 is a landscape section for the costs table.
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hd = d.add_paragraph()
    add_text(hd, "PART 3 \u2013 PROJECT COSTS", True)
    d.add_paragraph(
        "List everything the project will cost. If your organisation is not registered for "
        "VAT, include VAT at 20% in each cost; if it is registered, leave VAT out."
    )
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells,
        ("Item or activity", "Supplier (if known)", "Cost (\u00a3)", "Paid for by"),
        strict=True,
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, grey)
    for i in range(1, 7):
        r = t.add_row()
        _legacy(r.cells[0].paragraphs[0], f"Item{i}", "text", 60)
        _legacy(r.cells[1].paragraphs[0], f"Supplier{i}", "text", 40)
        _legacy(r.cells[2].paragraphs[0], f"Cost{i}", "text", 8)
        _legacy(
            r.cells[3].paragraphs[0],
            f"Payer{i}",
            "drop",
            entries=("Choose", "This grant", "Our own funds", "Another funder", "In kind"),
        )
    d.add_paragraph()
    d.add_paragraph(
        "The Council will pay no more than 80% of the total cost. At least a fifth must come "
        "from your own funds, other grants or volunteer time (valued at \u00a315 an hour)."
    )
    boxed(
        [
            ("Total cost of the project (\u00a3)", "text", "Total", 8, ()),
            ("Amount requested from the Council (\u00a3)", "text", "Requested", 6, ()),
            (
                "Amount from your own funds, other funders or in kind (\u00a3)",
                "text",
                "Match",
                8,
                (),
            ),
            (
                "Is the rest of the funding confirmed?",
                "drop",
                "Confirmed",
                None,
                ("Choose", "Yes, all of it", "Some of it", "Not yet"),
            ),
        ],
        widths=(10.0, 12.0),
    )

    # Part 4 and 5 back in portrait.
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hd = d.add_paragraph()
    add_text(hd, "PART 4 \u2013 SUPPORTING DOCUMENTS", True)
    d.add_paragraph(
        "Email these with your form. Documents marked * are needed from every organisation; "
        "we cannot assess the application until we have them. Tick each one you are sending."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Document"
    t.rows[0].cells[1].text = "Sent \u2713"
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
        _shade(c, grey)
    for name, text in (
        ("DocGov", "* Your constitution, trust deed or set of rules, signed and dated"),
        (
            "DocAcc",
            "* Your most recent annual accounts. If your annual income is under \u00a310,000, "
            "a year-end summary of income and expenditure agreed at your AGM will do",
        ),
        ("DocBank", "* A bank statement dated within the last three months"),
        (
            "DocIns",
            "* Your public liability insurance certificate (minimum cover \u00a35 million)",
        ),
        ("DocQuotes", "Two quotes for any single item costing more than \u00a31,000"),
        (
            "DocSafe",
            "Safeguarding policy \u2013 where the project involves children, young people or "
            "adults at risk",
        ),
        (
            "DocLand",
            "Written permission from the landowner, where the project is on land or in a "
            "building your organisation does not own",
        ),
    ):
        r = t.add_row()
        r.cells[0].text = text
        _legacy(r.cells[1].paragraphs[0], name, "check")
    for r in t.rows:
        r.cells[0].width, r.cells[1].width = Cm(14.0), Cm(3.0)
    d.add_paragraph()

    hd = d.add_paragraph()
    add_text(hd, "PART 5 \u2013 DECLARATION", True)
    d.add_paragraph(
        "On behalf of the organisation I confirm that the information in this application is "
        "true; that any grant will be spent only on the project described; that we will "
        "return any money not spent on it; and that we have an equal opportunities policy "
        "and a health and safety policy, which we will show to the Council if asked."
    )
    pp = d.add_paragraph()
    _legacy(pp, "Agree", "check")
    add_text(pp, "  I agree to the declaration above and to the grant conditions.")
    boxed(
        [
            ("Signed (type your name if you are sending the form by email)", "text", "Sig", 60, ()),
            ("Name in capitals", "text", "PrintName", 60, ()),
            ("Position in the organisation", "text", "Position", 40, ()),
            ("Date", "text", "SigDate", 10, ()),
        ]
    )

    hd = d.add_paragraph()
    add_text(hd, "For office use", True)
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for r, (a, b) in zip(
        t.rows,
        (
            ("Reference", "Date received"),
            ("Officer", "Ward councillor consulted"),
            ("Decision", "Amount awarded (\u00a3)"),
        ),
        strict=True,
    ):
        r.cells[0].text, r.cells[2].text = a, b
        _shade(r.cells[0], grey)
        _shade(r.cells[2], grey)
    sec = d.sections[-1]
    sec.footer.paragraphs[0].text = "WBC/NIG/AF v4 \u2013 January 2027"
    path = HERE / DOCX[0]
    d.save(str(path))
    kit.normalise_zip(path, FIXED)


# --------------------------------------------------------------------------- Brackenmoor


def _brackenmoor() -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    green = "E2EFDA"
    d = _new(
        "Neighbourhood Resilience Fund - guidance for applicants",
        "Brackenmoor and District Community Foundation",
        "Georgia",
        10,
    )
    hdr = d.sections[0].header
    p = hdr.paragraphs[0]
    r = p.add_run("Brackenmoor & District Community Foundation")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x37, 0x56, 0x23)
    p2 = hdr.add_paragraph(
        "The Old Corn Exchange \u00b7 14 Sheepgate \u00b7 Brackenmoor \u00b7 BK4 2LT\n"
        "01632 960 731 \u00b7 grants@brackenmoorcf.example.org.uk"
    )
    p2.runs[0].font.size = Pt(8)
    ft = d.sections[0].footer.paragraphs[0]
    ft.text = (
        "Brackenmoor & District Community Foundation is a registered charity (no. 1190442) "
        "and a company limited by guarantee registered in England (no. 11820377)."
    )
    ft.runs[0].font.size = Pt(7)

    d.add_paragraph("Ref: NRF/27/GUIDE")
    d.add_paragraph("February 2027").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Dear applicant,")
    title = d.add_paragraph()
    tr = title.add_run("Neighbourhood Resilience Fund \u2013 Round 3")
    tr.bold = True

    def runin(head: str, body: str) -> None:
        para = d.add_paragraph()
        para.add_run(head + " ").bold = True
        para.add_run(body)
        para.paragraph_format.space_after = Pt(6)

    d.add_paragraph(
        "Thank you for your interest in the Neighbourhood Resilience Fund. This letter "
        "explains who the fund is for, what we will and will not pay for, and what you need "
        "to send us. Please keep it beside you while you fill in the application form."
    )
    runin(
        "About the fund.",
        "The fund helps small voluntary and community groups in Brackenmoor, Lowther Cross "
        "and the Esk villages to keep people warm, fed and connected through the winter: "
        "warm spaces, community meals, food clubs, befriending and practical help with "
        "energy bills. It is paid for by local donors and by the district council.",
    )
    runin(
        "Who can apply.",
        "Constituted voluntary and community groups, registered charities, CIOs and "
        "community interest companies with an annual income below \u00a3150,000. Parish "
        "councils, schools and individuals cannot apply, although a group may work in "
        "partnership with them.",
    )
    runin(
        "What we will not pay for.",
        "Activities that have already happened; loan repayments; general appeals; "
        "religious or political activity; equipment that will be used mainly by one "
        "person.",
    )
    runin(
        "How much you can ask for.",
        "Between \u00a3500 and \u00a37,500, for up to twelve months. We will pay up to 90% "
        "of the cost of the project; the remaining tenth must come from your own reserves, "
        "another grant, or goods and services given free, valued at what they would "
        "otherwise cost. Where a grant is over \u00a35,000, we expect about 60% of it to be "
        "spent on direct delivery rather than overheads.",
    )
    runin(
        "The application form.",
        "You apply online through our grants portal. The form has eight questions. The "
        "longest, about your project, has a limit of 500 words; the others are shorter and "
        "each shows its own limit. Question 3 asks \u201cHow will you know you have made a "
        "difference?\u201d: we are not looking for statistics, just a clear idea of what "
        "will change and how you will notice. You can save the form and come back to it.",
    )
    runin(
        "What to send.",
        "Upload the documents below at the end of the form. If a document is not ready, "
        "do not wait: submit the form and email it to us within a week.",
    )

    rows = [
        (
            "Governing document (constitution, set of rules, trust deed or articles)",
            "Everyone",
            "Signed and dated by two committee members or trustees.",
        ),
        (
            "Latest annual accounts",
            "Everyone",
            "They do not need to be audited or independently examined; accounts approved by "
            "your committee are fine. Groups that have not yet completed a financial year: "
            "send your three most recent bank statements in their place.",
        ),
        (
            "Project budget",
            "Everyone",
            "Use our template or your own, and show where the other 10% is coming from.",
        ),
        (
            "Safeguarding policy",
            "Groups working with under-18s or adults at risk",
            "Reviewed in the last two years and naming your safeguarding lead.",
        ),
        (
            "Confirmation of DBS checks",
            "The same groups",
            "A list of the roles that have an enhanced DBS check \u2013 not the certificates "
            "themselves.",
        ),
        (
            "Quotes",
            "Anyone buying equipment that costs more than \u00a3750 an item",
            "Two written quotes for each such item.",
        ),
        (
            "Public liability insurance",
            "Everyone",
            "We do not need to see the certificate: give your insurer and level of cover in "
            "the form. Cover must be at least \u00a32 million, or \u00a35 million for events "
            "with more than 500 people.",
        ),
        (
            "Food hygiene certificate (Level 2)",
            "Groups preparing or serving food",
            "For at least one person at each session.",
        ),
        (
            "A reference",
            "Groups we have not funded before",
            "A short letter from someone who knows your work and is not on your committee.",
        ),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ("What to send", "Who must send it", "Notes"), strict=True
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, green)
    for a, b, c in rows:
        r = t.add_row()
        r.cells[0].text, r.cells[1].text, r.cells[2].text = a, b, c
    for r in t.rows:
        r.cells[0].width, r.cells[1].width, r.cells[2].width = Cm(5.0), Cm(4.5), Cm(7.5)
    d.add_paragraph()

    runin(
        "Policies you must have.",
        "Every group we fund must have an equal opportunities policy and a data protection "
        "policy. You do not need to send them: we look at them when we visit during the "
        "grant. Groups whose staff or volunteers visit people alone in their homes must "
        "also have a lone working policy.",
    )
    runin(
        "How we decide.",
        "A panel of local people and trustees meets in April. Last year we were able to "
        "fund about 40% of the groups that applied, so please do not be disheartened if "
        "you are turned down; we will always tell you why.",
    )
    runin(
        "Need a hand?",
        "Not sure whether your idea fits? Ring Priya Mistry, our Grants Officer, on "
        "01632 960 733 before you start. She is happy to read a draft.",
    )
    d.add_paragraph("We look forward to hearing from you.")
    d.add_paragraph("Yours faithfully,")
    d.add_paragraph()
    d.add_paragraph("Gareth Ollerenshaw")
    d.add_paragraph("Grants Manager")
    path = HERE / DOCX[1]
    d.save(str(path))
    kit.normalise_zip(path, FIXED)


# --------------------------------------------------------------------------- PDF helpers


def _canvas(name: str, title: str, author: str):
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(HERE / name), pagesize=A4)
    c.setTitle(title)
    c.setAuthor(author)
    return c


# --------------------------------------------------------------------------- Cullerby (Excel)


def _cullerby() -> None:
    from reportlab.lib.colors import Color, black
    from reportlab.lib.pagesizes import A4

    pw, ph = A4
    grid = Color(0.75, 0.75, 0.75)
    head = Color(0.88, 0.88, 0.88)
    band = Color(0.74, 0.84, 0.93)
    locked = Color(0.93, 0.93, 0.93)
    rh = 15  # row height
    x0 = 40  # left of row-number column
    numw = 22
    cols = [("A", 150), ("B", 75), ("C", 75), ("D", 75), ("E", 75), ("F", 65)]
    xs = [x0 + numw]
    for _, w in cols:
        xs.append(xs[-1] + w)

    c = _canvas(
        PDFS[0],
        "HI small grants form v3.xlsx",
        "Cullerby Place Partnership",
    )
    state = {"row": 1, "y": 0.0, "page": 1}

    def page_top() -> None:
        c.setFont("Helvetica", 7)
        c.drawString(x0, ph - 28, "\\\\cpp-fs01\\grants\\2027-28\\HI small grants form v3.xlsx")
        # column headings as Excel prints them ("Row and column headings" ticked)
        y = ph - 50
        c.setFillColor(head)
        c.rect(x0, y, xs[-1] - x0, rh, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        for (letter, w), x in zip(cols, xs, strict=False):
            c.drawCentredString(x + w / 2, y + 4, letter)
        state["y"] = y

    def page_bottom(total: int) -> None:
        c.setFont("Helvetica", 7)
        c.drawCentredString(pw / 2, 30, f"Application  \u2013  Page {state['page']} of {total}")

    def row(cells=(), fill=None, bold=False, size=8, height=1):
        """One worksheet row: its number, then (first column, last column, text) cells."""
        h = rh * height
        y = state["y"] - h
        c.setFillColor(head)
        c.rect(x0, y, numw, h, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawRightString(x0 + numw - 3, y + h - 10, str(state["row"]))
        if fill is not None:
            c.setFillColor(fill)
            c.rect(xs[0], y, xs[-1] - xs[0], h, stroke=0, fill=1)
            c.setFillColor(black)
        c.setStrokeColor(grid)
        c.setLineWidth(0.4)
        # gridlines, except inside merged cells
        merged = [(a, b) for a, b, _ in cells]
        bounds = {0, len(cols)}
        for a, b in merged:
            bounds.update({a, b + 1})
        edges = sorted(
            set(range(len(cols) + 1)) - {k for a, b in merged for k in range(a + 1, b + 1)} | bounds
        )
        for k in edges:
            c.line(xs[k], y, xs[k], y + h)
        c.line(x0, y, xs[-1], y)
        c.line(x0, y + h, xs[-1], y + h)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        for a, b, text in cells:
            width = xs[b + 1] - xs[a] - 6
            chars = max(10, int(width / (size * 0.5)))
            ty = y + h - 10
            for ln in textwrap.wrap(text, chars):
                c.drawString(xs[a] + 3, ty, ln)
                ty -= size + 2
        state["row"] += 1
        state["y"] = y

    def blank_rows(n: int) -> None:
        for _ in range(n):
            row(cells=[(0, 5, "")])

    def label(text: str, answer_from: int = 2, lines: int = 1) -> None:
        row(cells=[(0, answer_from - 1, text), (answer_from, 5, "")], height=lines)

    # ---- page 1
    page_top()
    row(
        cells=[
            (0, 5, "CULLERBY PLACE PARTNERSHIP \u2013 HEALTH INEQUALITIES SMALL GRANTS 2027/28")
        ],
        fill=band,
        bold=True,
        size=10,
    )
    row(
        cells=[
            (
                0,
                5,
                "Application form. Fill in the white cells only; grey cells are locked. Grants "
                'of up to \u00a34,000. Save the workbook as "HI grant \u2013 your '
                'organisation" and email it to cpp.smallgrants@nhs.example.net',
            )
        ],
        height=2,
    )
    row(cells=[(0, 5, "SECTION 1 \u2013 APPLICANT DETAILS")], fill=band, bold=True)
    for text in (
        "Organisation name",
        "Contact name",
        "Role in organisation",
        "Address",
        "Postcode",
        "Telephone",
        "Email",
        "Organisation type (select from list)",
        "Charity / company no. (if any)",
        "Income last financial year (\u00a3)",
    ):
        label(text)
    row(cells=[(0, 5, "SECTION 2 \u2013 YOUR PROJECT")], fill=band, bold=True)
    label("Project name")
    row(cells=[(0, 5, "Q1  Briefly describe your project (max 250 words)")], fill=locked)
    blank_rows(5)
    row(
        cells=[
            (
                0,
                5,
                "Q2  Which health inequality will the project tackle, and what evidence is "
                "there that it exists locally? (max 1500 characters incl. spaces)",
            )
        ],
        fill=locked,
        height=2,
    )
    blank_rows(5)
    label("Q3  How many people do you expect to reach?")
    row(
        cells=[
            (
                0,
                5,
                "Q4  Which groups will the project reach? Put an X in each that applies.",
            )
        ],
        fill=locked,
    )
    row(
        cells=[
            (0, 0, "Older people"),
            (1, 1, ""),
            (2, 3, "Unpaid carers"),
            (4, 4, ""),
        ]
    )
    row(
        cells=[
            (0, 0, "People with a learning disability"),
            (1, 1, ""),
            (2, 3, "Ethnic minority communities"),
            (4, 4, ""),
        ]
    )
    row(
        cells=[
            (0, 0, "People on low incomes"),
            (1, 1, ""),
            (2, 3, "Other (say who in Q1)"),
            (4, 4, ""),
        ]
    )
    row(
        cells=[
            (
                0,
                5,
                "Q5  How will the people you want to reach be involved in designing and "
                "running the project? (max 200 words)",
            )
        ],
        fill=locked,
    )
    blank_rows(5)
    row(
        cells=[(0, 5, "Q6  What will you measure to show the difference the project has made?")],
        fill=locked,
    )
    blank_rows(5)
    label("Q7  Start date (dd/mm/yyyy)")
    label("Q8  End date (dd/mm/yyyy)")
    row(
        cells=[(0, 5, "Continue overleaf \u2013 Sections 3 to 5 are on page 2  \u25ba")],
        bold=True,
    )
    page_bottom(2)
    c.showPage()

    # ---- page 2
    state["page"] = 2
    page_top()
    row(cells=[(0, 5, "SECTION 3 \u2013 BUDGET")], fill=band, bold=True)
    row(
        cells=[
            (0, 0, "Item / activity"),
            (1, 1, "Quantity"),
            (2, 2, "Unit cost \u00a3"),
            (3, 3, "Total \u00a3"),
            (4, 5, "From this grant? (Y/N)"),
        ],
        fill=locked,
        bold=True,
    )
    for _ in range(8):
        row(cells=[(0, 0, ""), (1, 1, ""), (2, 2, ""), (3, 3, ""), (4, 5, "")])
    row(cells=[(0, 2, "TOTAL PROJECT COST"), (3, 3, "0.00"), (4, 5, "")], bold=True)
    label("Amount requested (\u00a3)")
    label("Other funding secured (\u00a3) and where from")
    row(
        cells=[
            (
                0,
                5,
                "Staff costs may not be more than 50% of the grant, and up to 10% may be "
                "claimed for management and overheads. Match funding is not required, but "
                "other support for the project will be viewed favourably.",
            )
        ],
        height=2,
    )
    row(
        cells=[
            (
                0,
                5,
                "Q9  If the project will carry on after the grant ends, how will it be paid "
                "for? (max 100 words)",
            )
        ],
        fill=locked,
    )
    blank_rows(3)
    row(cells=[(0, 5, "SECTION 4 \u2013 DOCUMENTS")], fill=band, bold=True)
    row(
        cells=[
            (0, 4, "Attach these to your email. Put an X against each one attached."),
            (5, 5, "X"),
        ],
        fill=locked,
    )
    for text in (
        "Governing document (constitution, articles or rules)",
        "Last year's accounts, signed by two officers (they need not be examined or audited)",
        "Safeguarding policy",
        "Public liability insurance certificate (minimum \u00a33m)",
        "Confidentiality / data protection policy (only if you will keep health information "
        "about participants)",
        "Letter of support from a GP practice, PCN or health professional (projects working "
        "with patients only)",
    ):
        row(cells=[(0, 4, text), (5, 5, "")], height=2 if len(text) > 90 else 1)
    row(cells=[(0, 5, "SECTION 5 \u2013 DECLARATION")], fill=band, bold=True)
    row(
        cells=[
            (
                0,
                5,
                "I confirm that the information given is correct, that the organisation has a "
                "complaints procedure and an equality and diversity policy in place, and that "
                "any grant will be used only for the project described.",
            )
        ],
        height=2,
    )
    label("Signed")
    label("Name")
    label("Position")
    label("Date")
    row(cells=[(0, 5, "FOR CPP USE ONLY")], fill=locked, bold=True)
    row(cells=[(0, 0, "Ref"), (1, 2, ""), (3, 3, "Scored by"), (4, 5, "")], fill=locked)
    row(cells=[(0, 0, "Panel date"), (1, 2, ""), (3, 3, "Outcome"), (4, 5, "")], fill=locked)
    page_bottom(2)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- Saltinghoe


def _saltinghoe() -> None:
    from reportlab.lib.colors import Color, black, white
    from reportlab.lib.pagesizes import A4

    pw, ph = A4
    left = 48
    teal = Color(0.0, 0.42, 0.45)
    pale = Color(0.88, 0.95, 0.95)
    c = _canvas(PDFS[1], "Community Chest application form 2027", "Saltinghoe Homes")

    def tf(name, tip, x, y, w, h, maxlen=None, multiline=False):
        c.acroForm.textfield(
            name=name,
            tooltip=tip,
            x=x,
            y=y,
            width=w,
            height=h,
            maxlen=maxlen,
            fieldFlags="multiline" if multiline else "",
            borderColor=teal,
            fillColor=white,
            textColor=black,
            forceBorder=True,
            fontSize=9 if multiline else 10,
        )

    def bar(y, text):
        c.setFillColor(teal)
        c.rect(left, y - 4, pw - 2 * left, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left + 6, y + 1, text)
        c.setFillColor(black)
        return y - 26

    def text(x, y, s, size=9.5, bold=False, width=100):
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        for ln in textwrap.wrap(s, width):
            c.drawString(x, y, ln)
            y -= size + 3
        return y

    def line_field(y, label, name, tip, maxlen=None, lw=170, fw=None):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        tf(name, tip, left + lw, y - 5, fw or (pw - 2 * left - lw), 17, maxlen)
        return y - 24

    def radio(y, label, name, tip, options, lw=230):
        c.setFont("Helvetica", 9.5)
        c.drawString(left, y, label)
        x = left + lw
        for value, shown in options:
            c.acroForm.radio(
                name=name,
                tooltip=tip,
                value=value,
                selected=False,
                x=x,
                y=y - 3,
                size=11,
                buttonStyle="circle",
                borderColor=teal,
                fillColor=white,
                forceBorder=True,
            )
            c.drawString(x + 15, y, shown)
            x += 25 + 5.5 * len(shown)
        return y - 22

    def check(x, y, name, tip, label):
        c.acroForm.checkbox(
            name=name,
            tooltip=tip,
            x=x,
            y=y - 3,
            size=11,
            buttonStyle="check",
            borderColor=teal,
            fillColor=white,
            forceBorder=True,
        )
        c.setFont("Helvetica", 9.5)
        c.drawString(x + 16, y, label)

    def box(y, label, name, tip, h, maxlen=None):
        y = text(left, y, label, width=98)
        tf(name, tip, left, y - h + 6, pw - 2 * left, h, maxlen, multiline=True)
        return y - h - 10

    # ---- page 1
    c.setFillColor(pale)
    c.rect(0, ph - 95, pw, 95, stroke=0, fill=1)
    c.setFillColor(teal)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(left, ph - 45, "Saltinghoe Homes")
    c.setFont("Helvetica", 13)
    c.drawString(left, ph - 65, "Community Chest \u2013 application form 2027")
    c.setFillColor(black)
    y = ph - 115
    y = text(
        left,
        y,
        "Grants of \u00a3100 to \u00a31,500 for tenants\u2019 and residents\u2019 groups and "
        "local voluntary groups working on or near our estates. At least 75% of the people "
        "who take part must live in a Saltinghoe Homes property. You can fill this form in on "
        "screen with Adobe Acrobat Reader: save it and email it to "
        "communitychest@saltinghoe.example.org.uk, or print it and hand it in at any of our "
        "estate offices.",
    )
    y -= 8
    y = bar(y, "Section A   About your group")
    y = line_field(y, "Name of group", "GroupName", "Organisation", 70)
    y = line_field(y, "Contact person", "Contact", "Name of applicant", 50)
    y = radio(
        y,
        "Are you a Saltinghoe Homes tenant or leaseholder?",
        "Tenant",
        "Tenant or leaseholder",
        [("Yes", "Yes"), ("No", "No")],
    )
    c.setFont("Helvetica", 9.5)
    c.drawString(left, y, "Address")
    tf(
        "Address",
        "Correspondence address",
        left + 170,
        y - 30,
        pw - 2 * left - 170,
        40,
        multiline=True,
    )
    y -= 48
    y = line_field(y, "Postcode", "Postcode", "Post code", 8, fw=80)
    y = line_field(y, "Telephone", "Phone", "Best number to call", 14, fw=140)
    y = line_field(y, "Email", "Email", "Email address")
    y = radio(
        y,
        "Are you a registered charity?",
        "Charity",
        "Charity status",
        [("Yes", "Yes"), ("No", "No"), ("Applied", "Applied for")],
    )
    y = line_field(y, "If yes, charity number", "CharityNo", "Registered charity number", 8, fw=110)
    y = line_field(y, "Which estate or neighbourhood?", "Estate", "Estate")
    y -= 4
    y = bar(y, "Section B   Your project")
    y = line_field(y, "B1  Project name", "ProjectName", "Title of project", 60)
    y = box(
        y,
        "B2  What is your project and what will the money be spent on? (max. 200 words)",
        "B2",
        "Describe the project",
        70,
        1200,
    )
    y = box(
        y,
        "B3  What difference will it make to residents? (no more than 150 words)",
        "B3",
        "Benefit to tenants and residents",
        60,
    )
    y = box(
        y,
        "B4  How will residents be involved in running it?",
        "B4",
        "Resident involvement - up to 100 words",
        50,
    )
    c.setFont("Helvetica", 7.5)
    c.drawString(
        left,
        30,
        "Saltinghoe Homes is a registered provider of social housing. "
        "CC/AF/2027 \u2013 page 1 of 4",
    )
    c.showPage()

    # ---- page 2
    y = ph - 50
    y = line_field(
        y, "B5  Number of residents who will take part", "B5", "Participants", 4, lw=230, fw=60
    )
    y = radio(
        y,
        "B6  Is this a one-off activity or will it carry on?",
        "B6",
        "One-off or ongoing",
        [("Oneoff", "One-off"), ("Ongoing", "It will carry on")],
    )
    y = box(
        y,
        "B7  If it will carry on, how will you keep it going after our grant?",
        "B7",
        "Sustainability",
        45,
        600,
    )
    y = box(
        y,
        "B8  Anything else you would like us to know?",
        "B8",
        "Additional information (optional)",
        45,
    )
    y = bar(y, "Section C   Money")
    y = line_field(
        y, "Total cost of the project (\u00a3)", "TotalCost", "Total cost", 6, lw=230, fw=90
    )
    y = line_field(
        y, "Amount requested (max. \u00a31,500)", "Requested", "Grant requested", 5, lw=230, fw=90
    )
    y = text(left, y, "What will you spend the grant on?", bold=True)
    c.setFont("Helvetica", 9)
    c.drawString(left, y, "Item")
    c.drawString(left + 360, y, "Cost (\u00a3)")
    y -= 6
    for i in range(1, 5):
        tf(f"Item{i}", f"Item {i}", left, y - 17, 350, 16, 60)
        tf(f"Cost{i}", f"Cost of item {i}", left + 360, y - 17, 90, 16, 6)
        y -= 20
    y -= 8
    y = radio(
        y,
        "Have you asked anyone else to fund this project?",
        "OtherFunders",
        "Other funding applied for",
        [("Yes", "Yes"), ("No", "No")],
    )
    y = text(
        left,
        y,
        "We do not ask for match funding, but we like to see help in kind, such as volunteer "
        "time or a free venue.",
    )
    y -= 8
    y = bar(y, "Section D   Checks and documents")
    y = text(left, y, "Please send with this form (tick each one you are sending):")
    y -= 4
    for i, label in enumerate(
        (
            "a copy of your group\u2019s constitution or terms of reference",
            "a recent bank statement (no more than three months old) in the group\u2019s name",
            "your latest income and expenditure account, signed by the treasurer and one other "
            "committee member",
            "if the activity involves children or adults at risk, your safeguarding policy",
            "quotes for any item costing over \u00a3250",
        ),
        start=1,
    ):
        check(left + 6, y, f"Send{i}", f"Enclosure {i}", label)
        y -= 17
    y -= 4
    y = radio(
        y,
        "Does your group have public liability insurance?",
        "Insured",
        "Insurance held",
        [("Yes", "Yes"), ("No", "No")],
    )
    y = text(
        left,
        y,
        "Activities in our community rooms are covered by our own insurance. For activities "
        "anywhere else your group must hold public liability cover of at least \u00a31 million; "
        "we may ask to see your schedule.",
    )
    c.setFont("Helvetica", 7.5)
    c.drawString(left, 30, "CC/AF/2027 \u2013 page 2 of 4")
    c.showPage()

    # ---- page 3
    y = ph - 50
    y = bar(y, "Section E   Declaration")
    y = text(
        left,
        y,
        "I confirm that the information on this form is correct and that the grant will be "
        "used only for the project described. Our group is open to all residents and has "
        "an equal opportunities statement. I understand that Saltinghoe Homes may ask for "
        "receipts and may visit the activity.",
    )
    y -= 6
    check(left, y, "Agree", "Declaration agreed", "I agree with the declaration above")
    y -= 26
    y = line_field(y, "Signature", "Signature", "Signature - type your name", 50)
    y = line_field(y, "Print name", "PrintName", "Name in capitals", 50)
    y = line_field(y, "Position in group", "Position", "Role", 40)
    y = line_field(y, "Date", "SignedDate", "Date signed (dd/mm/yyyy)", 10, fw=100)
    y -= 6
    c.setStrokeColor(teal)
    c.rect(left, y - 50, pw - 2 * left, 55, stroke=1, fill=0)
    text(
        left + 6,
        y - 8,
        "OFFICE USE:  Housing officer ____________   Estate code ______   Panel "
        "date ____________   Decision: Approved / Declined   Amount \u00a3______",
        size=8.5,
        width=110,
    )
    c.setFont("Helvetica", 7.5)
    c.drawString(left, 30, "CC/AF/2027 \u2013 page 3 of 4")
    c.showPage()

    # ---- page 4: continuation sheet
    y = ph - 50
    y = bar(y, "Continuation sheet")
    y = text(
        left,
        y,
        "If you run out of space in any box, carry on here. Put the number of the question "
        "you are continuing, such as B2.",
    )
    y = line_field(y - 4, "Question number(s)", "ContQ", "Question continued", 6, fw=80)
    tf("Continuation", "Continued answer", left, 60, pw - 2 * left, y - 70, multiline=True)
    c.setFont("Helvetica", 7.5)
    c.drawString(left, 30, "CC/AF/2027 \u2013 page 4 of 4")
    c.showPage()
    c.save()


def main() -> None:
    _wendlecombe()
    _brackenmoor()
    _cullerby()
    _saltinghoe()


if __name__ == "__main__":
    main()
