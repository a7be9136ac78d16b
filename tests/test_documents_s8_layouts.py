"""Readers and layouts of session 8's misses, each shown on small documents of the test's own,
never the labelled corpus: a form builder's counter whose limit and unit are in its attributes
("0/300" with data-limit and type="Words"), a second label for a control (its help), one
question a page hides until an earlier answer shows it, "in place of" as an alternative, an
inline hint or counter a box names by aria-describedby, a spreadsheet printed to PDF with its
column letters and row numbers, a table drawn on a fillable PDF page, a list of documents
that runs on over a PDF page break past a footer printed on that page alone, and a fillable
page's boxes read after the label beside them (a label wrapped in a narrow column, a choice's
words)."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


# --- a counter under a box that shows only "0/300": its attributes give the limit and unit ----

BUILDER = """<html><body><form>
<ul><li class="line"><label id="l1" for="t1">What will your project do?</label>
<div class="box"><textarea id="t1" name="t1"></textarea>
<div class="limit"><span data-limit="300" type="Words" data-minimum="-1">0/300</span></div>
</div></li>
<li class="line"><label id="l2" for="t2">Who will benefit, and how?</label>
<div class="box"><textarea id="t2" name="t2"></textarea>
<div class="limit"><span data-limit="900" type="Letters" data-typeminimum="None">0/900</span>
</div></div></li>
<li class="line"><label for="t3">Anything else we should know?</label>
<div class="box"><textarea id="t3" name="t3"></textarea></div></li>
</ul></form></body></html>
"""

# the same idea in other builders' words: a unit in the counter's class or a data-unit, the
# count before the limit or the limit alone
OTHERS = """<html><body><form>
<div class="field"><label for="a">Describe the need for your project</label>
<textarea id="a" name="a"></textarea>
<small class="word-counter" data-max="250">0 / 250</small></div>
<div class="field"><label for="b">How will you measure success?</label>
<textarea id="b" name="b"></textarea>
<span class="counter" data-counter-max="1500" data-unit="characters">1500</span></div>
<div class="field"><label for="c">Tell us about your group</label>
<textarea id="c" name="c" maxlength="600"></textarea>
<span class="counter" data-max="600">0/600</span></div>
</form></body></html>
"""


def test_a_builders_counter_gives_its_limit_in_its_attributes(tmp_path: Path) -> None:
    f = measure(tmp_path, "builder.html", BUILDER)
    assert limits(f) == [300, 150, None]
    assert "300" in (f.questions[0].limit_as_written or "")


def test_counters_of_other_builders(tmp_path: Path) -> None:
    f = measure(tmp_path, "others.html", OTHERS)
    assert limits(f) == [250, 250, 100]


# --- a second label for the same control is its help (a builder's sub-label), not its name ---

SUBLABELS = """<html><body><form>
<div class="q"><label for="u1">Constitution or set of rules</label>
<input type="file" id="u1" name="u1" required>
<label class="sub" for="u1">A signed copy, as adopted by your members.</label></div>
<div class="q"><label for="u2">Safeguarding policy</label>
<input type="file" id="u2" name="u2">
<label class="sub" for="u2">Only if your activities involve children or adults at risk.</label>
</div>
<div class="q"><label for="u3">Photographs</label>
<input type="file" id="u3" name="u3">
<label class="sub" for="u3">Optional.</label></div>
<div class="q"><label for="t1">Why is your project needed?</label>
<textarea id="t1" name="t1"></textarea>
<label class="sub" for="t1">Tell us what you have heard from local people. Up to 200 words.</label>
</div></form></body></html>
"""


def test_a_second_label_is_help_under_the_control(tmp_path: Path) -> None:
    f = measure(tmp_path, "sub.html", SUBLABELS)
    assert limits(f) == [200]
    assert f.questions[0].text.startswith("Why is your project needed")
    sent = sorted((a.kind, a.conditional) for a in f.attachments)
    assert sent == [("governing_document", False), ("policy", True)]


# --- one question the page hides until an earlier answer shows it: asked of some applicants ---

REVEAL = """<html><body><form><ol>
<li><label for="k">Will children or young people take part?</label>
<input type="radio" id="k" name="k" value="yes"> Yes <input type="radio" name="k" value="no"> No
</li>
<li style="display: none" class="reveal"><label for="s">Your safeguarding policy</label>
<input type="file" id="s" name="s" required></li>
<li><label for="c">Your governing document</label><input type="file" id="c" name="c" required>
</li>
<li hidden><label for="v">How will you keep volunteers safe?</label>
<textarea id="v" name="v"></textarea></li>
</ol>
<div class="page" style="display:none"><h2>Page 3: documents</h2>
<label for="a">Latest accounts</label><input type="file" id="a" name="a" required>
<label for="b">Bank statement</label><input type="file" id="b" name="b" required>
</div></form></body></html>
"""


def test_a_question_hidden_until_an_answer_shows_it_is_asked_of_some(tmp_path: Path) -> None:
    f = measure(tmp_path, "reveal.html", REVEAL)
    sent = sorted((a.kind, a.conditional) for a in f.attachments)
    assert sent == [
        ("accounts", False),
        ("bank_statement", False),
        ("governing_document", False),
        ("policy", True),
    ]
    assert len(f.questions) == 1  # (a hidden question is still on the form)


ONE_AT_A_TIME = """<html><body><form>
<section class="card" hidden><label for="a">What will you do?</label>
<textarea id="a" name="a"></textarea></section>
<section class="card" hidden><label for="b">Your constitution</label>
<input type="file" id="b" name="b"></section>
<section class="card" hidden><label for="c">Your latest accounts</label>
<input type="file" id="c" name="c"></section>
</form></body></html>
"""


def test_a_form_that_hides_every_question_shows_them_one_at_a_time(tmp_path: Path) -> None:
    f = measure(tmp_path, "cards.html", ONE_AT_A_TIME)
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("accounts", False),
        ("governing_document", False),
    ]


# --- "in place of" offers an alternative, as "instead" does -----------------------------------

IN_PLACE = """What to send

- your constitution
- your latest annual accounts

Groups formed in the last year can send three months' bank statements in place of accounts.
"""


def test_in_place_of_offers_an_alternative(tmp_path: Path) -> None:
    f = measure(tmp_path, "place.md", IN_PLACE)
    sent = sorted((a.kind, a.conditional) for a in f.attachments)
    assert ("bank_statement", True) in sent and ("bank_statement", False) not in sent
    assert f.accounts is not None and f.accounts.value == "bank_statements"


# --- a hint and a live counter in inline elements a box names by aria-describedby ------------

DESCRIBED = """<html><body><form>
<div class="field">
  <label for="a">Tell us what you plan to do</label>
  <span id="a-hint" class="hint">Say what will happen, where and how often.</span>
  <textarea id="a" name="a" maxlength="1800" aria-describedby="a-hint a-count"></textarea>
  <span id="a-count" class="counter" aria-live="polite">0 / 1800 characters</span>
</div>
<div class="field">
  <label for="b">Who will take part?</label>
  <small id="b-hint">Up to 200 words.</small>
  <textarea id="b" name="b" aria-describedby="b-hint b-left"></textarea>
  <em id="b-left">200 words left</em>
</div>
<div class="field">
  <label for="c">Anything else? (optional)</label>
  <textarea id="c" name="c"></textarea>
</div></form></body></html>
"""


def test_inline_hints_and_counters_are_the_boxes_own_words(tmp_path: Path) -> None:
    f = measure(tmp_path, "described.html", DESCRIBED)
    assert limits(f) == [300, 200, None]


# --- a spreadsheet form printed to PDF: its column letters and row numbers are headings -------


def _sheet(path: Path, pages: list[list[str]]) -> DocumentFacts:
    from documents import write_pdf
    from grantcheck.documents import Measurer

    write_pdf(path, pages)
    return Measurer().measure(path, path.name)[1]


def _rows(first: int, cells: list[str | list[str] | None]) -> list[str]:
    """A sheet's rows as a PDF prints them: each row's number, then its cells (None: empty)."""
    out: list[str] = []
    for n, cell in enumerate(cells, start=first):
        out += [str(n), *([cell] if isinstance(cell, str) else cell or [])]
    return out


SHEET_1 = [
    "C:\\Users\\grants\\Small grants form 2027.xlsx",
    *"ABCDE",
    *_rows(
        1,
        [
            "Small grants application",
            "Organisation name",
            "Contact name",
            "1. Describe your project (max 200 words)",
            None,
            None,
            None,
            "2. What difference will the project make to local people?",
            None,
            None,
            None,
            "Documents to send with this form",
            "Constitution or set of rules",
        ],
    ),
]
SHEET_2 = [
    "C:\\Users\\grants\\Small grants form 2027.xlsx",
    *"ABCDE",
    *_rows(
        14,
        [
            ["Item", "Cost £", "Paid by this grant? (Y/N)"],
            None,
            None,
            None,
            ["Tick each document you attach.", "X"],
            "Latest annual accounts",
            "Safeguarding policy (only if you work with children)",
            "Signed",
            "Date",
        ],
    ),
]


def test_a_spreadsheet_printed_to_pdf_has_rows_not_numbered_items(tmp_path: Path) -> None:
    f = _sheet(tmp_path / "sheet.pdf", [SHEET_1, SHEET_2])
    assert limits(f) == [200, None]
    sent = sorted((a.kind, a.conditional) for a in f.attachments)
    assert sent == [("accounts", False), ("governing_document", False), ("policy", True)]
    assert any("Paid by this grant" in e.words for e in f.fields)  # a grid of values: a field


def test_a_sheet_whose_headings_print_on_one_line(tmp_path: Path) -> None:
    one_line = ["A B C D E F G", *SHEET_1[6:]]  # (LibreOffice: the letters as one line)
    f = _sheet(tmp_path / "calc.pdf", [one_line, ["A B C D E F G", *SHEET_2[6:]]])
    assert limits(f) == [200, None]
    assert sorted(a.kind for a in f.attachments if not a.conditional) == [
        "accounts",
        "governing_document",
    ]


# --- a table drawn on a fillable PDF page: its columns, and a cell's wrapped line ------------


def _form_pdf(path: Path, texts: list[tuple[float, float, str]], boxes: list[str]) -> Path:
    """A one-page fillable PDF: each text at its place (x, y) in 8-point Helvetica, and a check
    box for each name in ``boxes`` (``name@x,y``)."""
    from documents import assemble

    def esc(t: str) -> str:
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = " ".join(f"BT /F1 8 Tf {x} {y} Td ({esc(t)}) Tj ET" for x, y, t in texts)
    widgets = []
    for spec in boxes:  # "name@x,y": a check box; "name@x,y,w,h": a box to write in (with
        name, at = spec.split("@")  # "!" after the name: a box not marked multi-line)
        x, y, *size = (float(v) for v in at.split(","))
        w, h = size or (8.0, 8.0)
        kind = ("/FT /Tx" if name.endswith("!") else "/FT /Tx /Ff 4096") if size else "/FT /Btn"
        name = name.rstrip("!")
        widgets.append(
            f"<< /Type /Annot /Subtype /Widget {kind} /T ({name}) /Rect [{x} {y} {x + w} "
            f"{y + h}] /P 4 0 R >>".encode()
        )
    first = 6  # the widgets' object numbers follow the catalogue, pages, font, page, content
    annots = " ".join(f"{first + i} 0 R" for i in range(len(widgets)))
    fields = f"/AcroForm << /Fields [{annots}] >>" if widgets else ""
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R {fields} >>".encode(),
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        f"/Resources << /Font << /F1 3 0 R >> >> /Annots [{annots}] >>".encode(),
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream".encode(
            "latin-1"
        ),
        *widgets,
    ]
    path.write_bytes(assemble(objects))
    return path


def _pdf_facts(path: Path) -> DocumentFacts:
    from grantcheck.documents import Measurer

    return Measurer().measure(path, path.name)[1]


DOCUMENTS_TABLE = [
    (45, 760, "Your name"),
    (45, 700, "Send these documents with your form."),
    (45, 680, "Document"),
    (330, 680, "Who must send it"),
    (480, 680, "Enclosed?"),
    (45, 665, "Constitution or set of rules"),
    (330, 665, "All groups"),
    (45, 650, "Latest annual accounts, signed by your treasurer (they need not be"),
    (330, 650, "All groups"),
    (45, 640, "examined)"),
    (45, 625, "Safeguarding policy"),
    (330, 625, "Groups working with children"),
    (330, 615, "or adults at risk only"),
    (45, 600, "A quote for the work"),
    (330, 600, "Items costing over £500"),
    (45, 560, "Signed"),
]
BOXES = ["Name@200,758", "Enc1@490,663", "Enc2@490,648", "Enc3@490,623", "Enc4@490,598"]


def test_a_table_on_a_fillable_page_keeps_its_columns(tmp_path: Path) -> None:
    f = _pdf_facts(_form_pdf(tmp_path / "table.pdf", DOCUMENTS_TABLE, BOXES))
    sent = sorted((a.kind, a.conditional) for a in f.attachments)
    assert sent == [
        ("accounts", False),
        ("governing_document", False),
        ("policy", True),
        ("quotes", True),
    ]
    assert all("All groups" not in a.text for a in f.attachments)  # (cells kept apart)


OPTIONS = [
    (45, 760, "What kind of group are you? (tick one)"),
    (60, 745, "Charity"),
    (200, 745, "Community group"),
    (360, 745, "Social enterprise"),
    (60, 730, "Faith group"),
    (200, 730, "Parish council"),
    (360, 730, "Other"),
    (60, 715, "School"),
    (200, 715, "Sports club"),
    (360, 715, "Tenants' association"),
]


def test_options_laid_out_in_columns_beside_their_boxes_are_no_table(tmp_path: Path) -> None:
    from grantcheck.documents import read
    from grantcheck.documents.budget import RunBudget

    boxes = [f"T{i}@{x - 12},{y - 2}" for i, (x, y, _) in enumerate(OPTIONS[1:])]
    path = _form_pdf(tmp_path / "options.pdf", OPTIONS, boxes)
    assert all("table" not in dict(b.where) for b in read(path, RunBudget().document()).blocks)


# --- a list of documents that runs on over a PDF page break, past a footer of that page -------


def _pdf(tmp_path: Path, name: str, pages: list[list[str]]) -> DocumentFacts:
    from documents import write_pdf

    return _pdf_facts(write_pdf(tmp_path / name, pages))


def _sent(f: DocumentFacts) -> list[tuple[str, bool]]:
    return sorted((a.kind, a.conditional) for a in f.attachments)


def test_a_bulleted_list_runs_on_past_a_footer_of_its_page(tmp_path: Path) -> None:
    pages = [
        [
            "Applying for a Neighbourhood Grant",
            "Before you apply, please gather these documents. Please send us:",
            "- your constitution or set of rules;",
            "- your latest annual accounts;",
            "Printed on recycled paper. Please recycle.",
        ],
        [
            "- your safeguarding policy, if you work with children;",
            "- a quote for any item costing more than £500.",
            "We aim to decide within eight weeks.",
        ],
    ]
    assert _sent(_pdf(tmp_path, "bullets.pdf", pages)) == [
        ("accounts", False),
        ("governing_document", False),
        ("policy", True),
        ("quotes", True),
    ]


def test_a_numbered_list_runs_on_past_a_councils_address(tmp_path: Path) -> None:
    pages = [
        [
            "Guidance notes                                   Page 1 of 2",
            "With your form, please enclose:",
            "1. a copy of your governing document",
            "2. a bank statement from the last three months",
            "Civic Centre, High Street, Ambridge AM1 1AA",
        ],
        [
            "Guidance notes                                   Page 2 of 2",
            "3. your public liability insurance certificate",
            "4. your most recent accounts",
            "How to apply",
        ],
    ]
    assert _sent(_pdf(tmp_path, "numbered.pdf", pages)) == [
        ("accounts", False),
        ("bank_statement", False),
        ("governing_document", False),
        ("insurance_certificate", False),
    ]


# --- a label wrapped in a narrow column beside its tall answer box ----------------------------

NARROW = [
    (45, 760, "1. Your project"),
    (45, 740, "1a Tell us what you want"),
    (45, 730, "the grant for. (100 words)"),
    (45, 680, "1b Who will take part, and"),
    (45, 670, "how will you reach the"),
    (45, 660, "people who need it most?"),
    (45, 600, "1c What difference will the"),
    (45, 590, "project make? Max. 900"),
    (45, 580, "characters"),
]
TALL = ["a@200,700,350,48", "b@200,620,350,68", "c@200,540,350,68"]  # (tops 8 over a label)


def test_a_label_wrapped_beside_its_tall_box_is_one_prompt(tmp_path: Path) -> None:
    f = _pdf_facts(_form_pdf(tmp_path / "narrow.pdf", NARROW, TALL))
    assert limits(f) == [100, None, 150]
    assert f.questions[1].text.startswith("1b Who will take part, and how will you reach")


CHOICE = [
    (45, 760, "Are you applying as"),
    (60, 745, "An individual artist"),
    (220, 745, "A group or organisation"),
    (45, 720, "Address"),
    (45, 660, "Describe your project (up to 200 words)"),
]
CHOICE_BOXES = ["who@48,750", "who2@208,750", "addr@200,690,350,38", "p@45,560,500,90"]


def test_a_choices_words_are_read_before_its_buttons_not_as_a_prompt(tmp_path: Path) -> None:
    f = _pdf_facts(_form_pdf(tmp_path / "choice.pdf", CHOICE, CHOICE_BOXES))
    assert limits(f) == [200]


# --- a form tool's own fields: made-up names, no tooltips, tall boxes not marked multi-line ---

MADE = [
    (45, 780, "Name of your group"),
    (45, 740, "1. What will you do with the grant? (no more than 200 words)"),
    (45, 640, "2. How will local people take part?"),
    (45, 540, "Date"),
]
MADE_BOXES = [
    "Text1!@45,758,400,18",
    "Text2!@45,660,500,72",
    "Text3!@45,560,500,72",
    "Text4!@45,518,150,18",
]


def test_a_form_tools_made_up_fields_take_their_words_from_the_page(tmp_path: Path) -> None:
    f = _pdf_facts(_form_pdf(tmp_path / "acrobat.pdf", MADE, MADE_BOXES))
    assert limits(f) == [200, None]
    assert sorted(e.words for e in f.fields) == ["Date", "Name of your group"]


# --- a plain-text form drawn in boxes of characters, answered on the blank lines inside -------

BOXED = """PARISH COUNCIL SMALL GRANTS - application form (text version)
Type your answers on the blank lines inside each box.

+------------------------------------------------------------------+
| Name of group:                                                   |
+------------------------------------------------------------------+
| Contact name:                       Telephone:                   |
+------------------------------------------------------------------+
| 1  What is your project, and who will it help? Please write no   |
| more than 150 words.                                             |
|                                                                  |
|                                                                  |
|                                                                  |
+------------------------------------------------------------------+
| 2  How will you know that the project has worked, and who will   |
| you tell?                                                        |
|                                                                  |
|                                                                  |
+------------------------------------------------------------------+
| 3  Total cost of the project:  £                                 |
+------------------------------------------------------------------+
| Is your group a charity?   YES / NO     Charity number:           |
+------------------------------------------------------------------+
| Who will benefit? Put an X in each that applies:                 |
|     [ ] Children and young people      [ ] Older people          |
|     [ ] Carers                         [ ] Everyone              |
+------------------------------------------------------------------+
| 4  What will be better in the village afterwards? Write no more  |
| than half a page.                                                |
|                                                                  |
|                                                                  |
+------------------------------------------------------------------+
| 5  If you have had a grant from us before, what did you spend    |
| it on?                                                           |
|                                                                  |
|                                                                  |
+------------------------------------------------------------------+
| Signed:                                     Date:                |
+------------------------------------------------------------------+
"""


def test_a_form_boxed_in_characters_has_its_blank_lines_as_answer_space(tmp_path: Path) -> None:
    f = measure(tmp_path, "boxed.txt", BOXED)
    assert limits(f) == [150, None, 250, None]
    assert all(q.text[:1].isdigit() for q in f.questions)  # (a box's border is no prompt's)
