"""Whole documents in a layout of their own once misread (session 14, sets 43 to 47's layouts),
on small documents of the tests' own, never the labelled corpus: each test states the rule a
careful reader uses and checks it in more than one wording or format."""

from __future__ import annotations

from pathlib import Path

from documents import measure

EXPORT = """FORM_ID: {code}
FORM_TITLE: {title}
INTRO_TEXT: If you cannot use the online form, print these questions, answer each one and post
 them to us.

[ITEM]
ITEM_NO: 1
TYPE: SECTION
PROMPT: About your group

[ITEM]
ITEM_NO: 1.1
TYPE: TEXT_SHORT
PROMPT: Name of your group
REQUIRED: Y
MAX_LENGTH: 100
MAX_LENGTH_UNIT: CHARS
ANSWER:

[ITEM]
ITEM_NO: 1.2
TYPE: CHOICE_SINGLE
PROMPT: Type of group
OPTIONS: Charity | Community group | Other
REQUIRED: Y
ANSWER:

[ITEM]
ITEM_NO: 2.1
TYPE: MEMO
PROMPT: Describe what you want to do.
HELP: What will happen, where and when?
REQUIRED: Y
MAX_LENGTH: 1200
MAX_LENGTH_UNIT: CHARS
ANSWER:

[ITEM]
ITEM_NO: 2.2
TYPE: MEMO
PROMPT: How will people hear about it?
REQUIRED: Y
MAX_LENGTH: 150
MAX_LENGTH_UNIT: WORDS
ANSWER:

[ITEM]
ITEM_NO: 2.3
TYPE: MEMO
PROMPT: Is there anything else we should know?
REQUIRED: N
MAX_LENGTH:
MAX_LENGTH_UNIT:
ANSWER:

[ITEM]
ITEM_NO: 2.4
TYPE: DATE
PROMPT: When will it start?
REQUIRED: Y
ANSWER:

[ITEM]
ITEM_NO: 3
TYPE: TEXT
PROMPT: Upload these with your answers.

[ITEM]
ITEM_NO: 3.1
TYPE: FILE
PROMPT: Your group's constitution
REQUIRED: Y
ANSWER:

[ITEM]
ITEM_NO: 3.2
TYPE: FILE
PROMPT: Safeguarding policy
REQUIRED: CONDITIONAL
CONDITION: Shown if 1.2 is Charity
HELP: Only if you work with children.
ANSWER:
"""

# the same items as an INI file's sections, with other keys and a camel-case type
INI = """[Form]
Title = {title}
Reference = {code}

[Question 1]
Number = 1
Label = Name of your group
FieldType = ShortText
Mandatory = yes

[Question 2]
Number = 2
Label = Describe what you want to do.
FieldType = LongText
MaxWords = 200
Mandatory = yes

[Question 3]
Number = 3
Label = How will people hear about it?
FieldType = LongText
MaxChars = 900
Mandatory = yes

[Question 4]
Number = 4
Label = Is there anything else we should know?
FieldType = LongText
Mandatory = no

[Question 5]
Number = 5
Label = Your group's constitution
FieldType = FileUpload
Mandatory = yes
"""


def test_a_databases_export_of_a_forms_items_is_the_form(tmp_path: Path) -> None:
    """A form exported by a grants database as records of settings ("[ITEM]" then "TYPE:",
    "PROMPT:", "MAX_LENGTH:" with its unit on a line of its own, "REQUIRED:"; or an INI file's
    sections of "key = value") is the form written out item by item: a long-text type is a
    question with the limit and unit its settings give, a short text, choice or date a field, a
    file an attachment (conditional when it is), a section or help item no question."""
    for title, code in (("Summer fun grants", "SUM-1"), ("Village hall fund", "VH-27")):
        for name in ("export.txt", "export.md"):
            f = measure(tmp_path, name, EXPORT.format(title=title, code=code))
            assert [q.text[:3] for q in f.questions] == ["2.1", "2.2", "2.3"], name
            assert [q.word_limit for q in f.questions] == [200, 150, None], name
            assert len(f.fields) == 3, name
            kinds = sorted((a.kind, a.conditional) for a in f.attachments)
            assert kinds == [("governing_document", False), ("policy", True)], name
        for name in ("form.ini.txt", "form.md"):
            f = measure(tmp_path, name, INI.format(title=title, code=code))
            assert [q.word_limit for q in f.questions] == [200, 150, None], name
            assert len(f.fields) == 1, name
            assert [a.kind for a in f.attachments] == ["governing_document"], name


def test_settings_that_are_no_forms_items_are_read_as_they_are() -> None:
    """A form's own "Name: ____" lines, a letter's "Date: ..." heading, or records with no
    prompt and type are not an export: their lines are left as they are."""
    from grantcheck.documents.records import rewritten

    for text in (
        "Name: ______\nAddress: ______\nPhone: ______\n\nDescribe your project.\n",
        "[a]\nname = x\nsize = 3\n\n[b]\nname = y\n\n[c]\nname = z\n",
        "TYPE: MEMO\nPROMPT: Why?\n\nTYPE: MEMO\nPROMPT: How?\n",  # (two items: too few)
    ):
        lines = text.splitlines()
        assert rewritten(lines) is lines


JEKYLL = """---
layout: form
title: "{title}: apply"
{key}:
  {p}1: {{ words: 250 }}
  {p}2: {{ characters: 900 }}
  {p}3: null
opens: 2027-01-01
---

# {title}

{{% include callout.html text="Answer every question." %}}

### {P}1. What will you do? {{#{P}1}}

Who will lead it, and where will it happen?

{open}answer-box.html id="{P}1" rows=8 {close}

### {P}2. Who will take part? {{#{P}2}}

{open}answer-box.html id="{P}2" rows=5 {close}

### {P}3. Is there anything else we should know? {{#{P}3}}

{open}answer-box.html id="{P}3" rows=3 {close}
"""


def test_a_sites_answer_box_tags_are_boxes_with_their_settings_limits(tmp_path: Path) -> None:
    """A static site's page written as a form (Jekyll's Liquid includes, Hugo's shortcodes)
    draws a box under each question with a tag of its own, and the limits its front matter
    keys by the questions' references are the counters drawn under the boxes: each question is
    one question, with that limit (a limit set to nothing: none)."""
    for open_, close in (("{% include ", "%}"), ("{{< ", ">}}")):
        for title, key, p in (("Family reading fund", "limits", "b"), ("Play days", "max", "q")):
            text = JEKYLL.format(title=title, key=key, p=p, P=p.upper(), open=open_, close=close)
            f = measure(tmp_path, "apply.md", text)
            assert [q.word_limit for q in f.questions] == [250, 150, None], (open_, key)
            assert len(f.fields) == 0, (open_, key)


def test_a_tags_own_limit_is_its_box_and_no_limit_leaves_the_tags_alone(tmp_path: Path) -> None:
    """A tag may carry its box's limit itself ("words=200"); a page whose boxes have no limit
    in any setting is left as it reads (its limits are in its words, wherever they are)."""
    from grantcheck.documents.md_boxes import drawn

    text = (
        "# Apply\n\n## 1. Tell us about your group\n\n{% include answer.html words=200 %}\n\n"
        "## 2. What will you do with the grant?\n\n{{< textarea rows=6 maxwords=300 >}}\n"
    )
    f = measure(tmp_path, "apply.md", text)
    assert [q.word_limit for q in f.questions] == [200, 300]
    lines = ["## 1. Tell us about it", "", '{{< answer-box lines="8" >}}', ""]
    drawn(lines, {})
    assert lines[2].startswith("{{<")


def test_pages_that_show_a_forms_questions_are_no_limit(tmp_path: Path) -> None:
    """A note "This print view shows every question on one page" says where the form shows its
    questions, not how long each answer may be: a question with no limit of its own keeps
    none (in a web page and a text file alike); "keep each answer to one page" is a limit."""
    note = {
        "print": "This is the print view of the form, showing every question on one page.",
        "whole": "You can see the whole form on a single page before you start.",
    }
    for key, said in note.items():
        html = (
            f"<html><body><main><p>{said}</p><form><label for='a'>1. What will you do?</label>"
            "<textarea id='a' maxlength='600'></textarea>"
            "<label for='b'>2. Who will take part, and how will you reach them?</label>"
            "<textarea id='b'></textarea></form></main></body></html>"
        )
        f = measure(tmp_path, "print.html", html)
        assert [q.word_limit for q in f.questions] == [100, None], key
        text = (
            f"{said}\n\n1. What will you do? (100 words)\n\n\n\n\n\n"
            "2. Who will take part, and how will you reach them?\n\n\n\n\n\nDate: ________\n"
        )
        f = measure(tmp_path, "print.txt", text)
        assert [q.word_limit for q in f.questions] == [100, None], key
    kept = measure(
        tmp_path,
        "kept.html",
        "<html><body><p>Keep each answer to one page.</p><form>"
        "<label for='a'>1. What will you do?</label><textarea id='a'></textarea>"
        "<label for='b'>2. Who will take part?</label><textarea id='b'></textarea>"
        "</form></body></html>",
    )
    assert [q.word_limit for q in kept.questions] == [500, 500]


def _controls_docx(path: Path, shown: list[str]) -> Path:
    """A Word form built from the Developer tab: each question a paragraph over a block-level
    rich text content control still showing its prompt (``shown``: what each box shows)."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("Part 2: Your project")
    for n, words in enumerate(shown, start=1):
        document.add_paragraph(f"2.{n}  {PROMPTS[n - 1]}")
        body = document.element.body
        body.insert(
            len(body) - 1,  # (before the section's settings, Word's last element)
            parse_xml(
                f"<w:sdt {w}><w:sdtPr><w:showingPlcHdr/><w:richText/></w:sdtPr><w:sdtContent>"
                f"<w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            ),
        )
    document.save(str(path))
    return path


PROMPTS = ("What do you want to do?", "Who will benefit, and why?", "How will you run it?")


def test_a_boxs_prompt_stating_a_limit_is_the_questions_limit(tmp_path: Path) -> None:
    """An empty box's prompt is what the applicant reads in the box: a limit it states ("Click
    or tap here to enter text. Please use no more than 200 words.") is the question's, in a
    Word content control as in a web form's placeholder; a prompt stating none gives none."""
    from grantcheck.documents import Measurer

    for said in ("Please use no more than 200 words.", "Up to 200 words, please."):
        shown = [f"Click or tap here to enter text. {said}", "Type here.", "Type here."]
        path = _controls_docx(tmp_path / "controls.docx", shown)
        f = Measurer().measure(path, "controls.docx")[1]
        assert [q.word_limit for q in f.questions] == [200, None, None], said
        html = "".join(
            f"<p><label for='q{n}'>2.{n} {p}</label></p><textarea id='q{n}'{s}></textarea>"
            for n, (p, s) in enumerate(
                zip(PROMPTS, [f" placeholder='{said}'", "", ""], strict=True), 1
            )
        )
        f = measure(tmp_path, "form.html", f"<html><body><form>{html}</form></body></html>")
        assert [q.word_limit for q in f.questions] == [200, None, None], said


def _costs_docx(path: Path, heads: tuple[str, str]) -> Path:
    """A Word form: a question over a box, then a costs table of two headings over empty rows
    and a total row."""
    import docx

    document = docx.Document()
    document.add_paragraph("1. Tell us about your project (200 words)")
    document.add_table(rows=1, cols=1)
    document.add_paragraph("Costs")
    table = document.add_table(rows=5, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = heads
    table.cell(4, 0).text = "Total"
    document.save(str(path))
    return path


def test_a_grid_with_a_total_row_under_two_headings_is_one_field(tmp_path: Path) -> None:
    """A costs table of two headings over empty rows ("Item | £", "What we will buy | Cost"),
    its last row a total, is a grid of values: one field, never a question, though the total
    row has words (a grid's foot) and a heading is only a sign ("£")."""
    from grantcheck.documents import Measurer

    for heads in (("Item", "£"), ("What we will buy", "Cost")):
        md = (
            "# Apply\n\n1. Tell us about your project (200 words)\n\n```\n```\n\n## Costs\n\n"
            f"| {heads[0]} | {heads[1]} |\n| --- | --- |\n| | |\n| | |\n| | |\n| **Total** | |\n"
        )
        f = measure(tmp_path, "apply.md", md)
        assert [q.word_limit for q in f.questions] == [200], heads
        path = _costs_docx(tmp_path / "apply.docx", heads)
        f = Measurer().measure(path, "apply.docx")[1]
        assert [q.word_limit for q in f.questions] == [200], heads


ONE_TABLE = (
    ("1.1 What do you want to do? (up to 250 words)",),
    ("",),
    ("1.2 How will you keep it going after the grant is spent?",),
    ("",),
    ("Costs",),
    ("Item", "Supplier", "Cost (£)", "{last}"),
    ("", "", "", ""),
    ("", "", "", ""),
    ("", "", "", ""),
)


def _one_table_docx(path: Path, last: str) -> Path:
    """A Word form that is one four-column table from top to bottom: each question a merged
    row over an empty merged row, then a costs grid's headings over empty rows."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(ONE_TABLE), cols=4)
    for r, row in enumerate(ONE_TABLE):
        if len(row) == 1:
            cell = table.cell(r, 0).merge(table.cell(r, 3))
            cell.text = row[0]
        else:
            for c, words in enumerate(row):
                table.cell(r, c).text = words.format(last=last)
    document.save(str(path))
    return path


def test_a_grid_inside_a_one_table_form_is_values_not_a_question(tmp_path: Path) -> None:
    """A grid's row of column headings over empty rows, inside a form that is one table from
    top to bottom (not the table's first row), heads values: its last heading, even one asking
    ("Quote enclosed? Y/N"), is no question over the empty cells below (Word, a saved page)."""
    from grantcheck.documents import Measurer

    for last in ("Quote enclosed? Y/N", "Ordered already?"):
        path = _one_table_docx(tmp_path / "form.docx", last)
        f = Measurer().measure(path, "form.docx")[1]
        assert [q.word_limit for q in f.questions] == [250, None], last
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td colspan='4'>{row[0]}</td>"
                if len(row) == 1
                else "".join(f"<td>{w.format(last=last)}</td>" for w in row)
            )
            + "</tr>"
            for row in ONE_TABLE
        )
        f = measure(tmp_path, "form.htm", f"<html><body><table>{rows}</table></body></html>")
        assert [q.word_limit for q in f.questions] == [250, None], last


def test_a_setting_line_with_a_long_run_of_spaces_is_read_in_bounded_time(tmp_path: Path) -> None:
    # A "key: value" line is tried as a database export's setting on every text document; its
    # value was matched lazily before "\s*$", which is tried at every space of a run: 200,000
    # spaces in one line took minutes (killed here), now well under a second of CPU
    from hostile_cases import child

    run = ["[ITEM]", "TYPE: MEMO", "PROMPT: Describe your project"]
    text = "Application form\n\nName: x" + " " * 200_000 + "y\n\n" + "\n".join(run) + "\n"
    (tmp_path / "form.txt").write_text(text, encoding="utf-8")
    code, _, said, cpu, _ = child(["measure", "form.txt"], tmp_path)
    assert code == 0, said
    assert cpu < 30.0, f"{cpu:.1f} CPU seconds"


def test_a_numbered_heading_with_a_long_run_of_spaces_takes_its_limit_in_bounded_time(
    tmp_path: Path,
) -> None:
    # A limit the front matter gives a heading's reference is written after the heading, its id
    # ("{#B1}") taken off first: that was a search for "\s*{#" from every space of a run, 200,000
    # spaces took about a minute inside one call (exit 2 here, over the document's budget)
    from hostile_cases import child

    front = "---\ntitle: Form\nlimits:\n  B1:\n    words: 200\n  B2:\n    words: 100\n---\n\n"
    text = front + "### B1 Tell us about your project" + " " * 200_000 + "x\n\n### B2 Who\n\n"
    text += '{% include answer-box.html id="B2" rows=8 %}\n'
    (tmp_path / "form.md").write_text(text, encoding="utf-8")
    code, _, said, cpu, _ = child(["measure", "form.md"], tmp_path)
    assert code == 0, said
    assert cpu < 30.0, f"{cpu:.1f} CPU seconds"


def test_a_table_cell_with_a_long_run_of_spaces_is_read_in_bounded_time(tmp_path: Path) -> None:
    # A documents matrix's marks are read without their notes ("✖ (not yet)"): that was a
    # search for "\s*(" from every space of a run; 200,000 spaces in one cell of a form's
    # tab-separated table took minutes inside one call (exit 2 here, over the budget)
    from hostile_cases import child

    form = Path(__file__).parent / "forms" / "nethercarrow-nhs-community-connections-grant.txt"
    lines = form.read_text(encoding="utf-8").split("\n")
    lines[14] = lines[14][:21] + " " * 200_000 + lines[14][21:]
    (tmp_path / "form.txt").write_text("\n".join(lines), encoding="utf-8")
    code, _, said, cpu, _ = child(["measure", "form.txt"], tmp_path)
    assert code == 0, said
    assert cpu < 30.0, f"{cpu:.1f} CPU seconds"
