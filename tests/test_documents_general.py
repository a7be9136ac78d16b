"""General behaviours of the document measurer, each shown on a small document of the
test's own (never the labelled corpus): site chrome in saved pages, accounts wording,
conditions on checklists, policy names, yes/no fields, acronyms and Welsh text."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from form_documents import PdfField, write_fillable_pdf, write_form_docx
from grantcheck.documents import Measurer

PAGE = """<!doctype html><html><body>
<div class="cookie-banner"><p>Can we use analytics cookies to improve our services?</p>
<button>Accept</button></div>
<header><form action="/search" role="search"><label for="q">Search this site</label>
<input id="q" name="q" type="text" maxlength="200"></form>
<nav><ul><li><a href="/">Home</a></li></ul></nav></header>
<main><h1>Apply for a small grant</h1>
<form action="/apply" method="post">
<label for="summary">Describe your project (up to 1,200 characters)</label>
<textarea id="summary" name="summary" maxlength="1200"></textarea>
<label for="org">Organisation name</label><input id="org" name="org" type="text">
</form>
<div class="page-feedback"><form action="/feedback" method="post">
<label for="fb">Tell us how we could improve this page</label>
<textarea id="fb" name="fb" maxlength="500"></textarea></form></div>
</main>
<aside><h2>Related</h2><label for="e2">What is your email?</label>
<input id="e2" type="email"></aside>
<footer><div class="newsletter"><label for="nl">Email address</label>
<input id="nl" name="nl" type="email"></div></footer>
</body></html>
"""


def test_site_chrome_in_a_saved_page_is_not_part_of_the_form(tmp_path: Path) -> None:
    f = measure(tmp_path, "page.html", PAGE)
    assert [(q.text, q.word_limit) for q in f.questions] == [
        ("Describe your project (up to 1,200 characters)", 200)
    ]
    assert len(f.fields) == 1  # organisation name; not search, feedback, newsletter or aside
    assert "cookies" not in " ".join(e.words for e in f.fields)


def test_an_articles_own_header_is_content(tmp_path: Path) -> None:
    page = (
        "<html><body><main><article><header><h1>Grant form</h1>"
        "<label for='a'>Explain why your project is needed</label></header>"
        "<textarea id='a'></textarea></article></main></body></html>"
    )
    f = measure(tmp_path, "article.html", page)
    assert [q.text for q in f.questions] == ["Explain why your project is needed"]


def test_accounts_that_cannot_be_unaudited_and_accounts_signed_by_trustees(tmp_path: Path) -> None:
    strict = measure(
        tmp_path,
        "strict.txt",
        "DOCUMENTS TO SEND\n\n* audited accounts (we cannot accept unaudited accounts)\n",
    )
    assert strict.accounts is not None and strict.accounts.value == "audited"
    signed = measure(
        tmp_path,
        "signed.txt",
        "Please attach your latest accounts (audited, independently examined, or signed by "
        "two trustees).\n",
    )
    assert signed.accounts is not None and signed.accounts.value == "unaudited"


def test_a_condition_line_inside_a_checklist_makes_the_rest_conditional(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "list.txt",
        "WHAT TO SEND\n\n"
        "Please send us:\n\n"
        "* a copy of your constitution;\n"
        "* a copy of your latest annual accounts. If your group is new and has no accounts "
        "yet, send three months' bank statements instead;\n\n"
        "Only where it applies to you:\n\n"
        "* two written quotes for any item costing more than £500;\n"
        "* for grants over £5,000, your anti-fraud policy.\n",
    )
    required = sorted(a.kind for a in f.attachments if not a.conditional)
    conditional = sorted(a.kind for a in f.attachments if a.conditional)
    assert required == ["accounts", "governing_document"]
    assert conditional == ["bank_statement", "policy", "quotes"]
    assert [(p.value, p.conditional) for p in f.policies] == [("anti_fraud", True)]


def test_a_documents_table_with_a_who_must_send_it_column(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "table.md",
        "## Documents you need\n\n"
        "| Document | Who must send it |\n| --- | --- |\n"
        "| Your constitution | All applicants |\n"
        "| Accounts: audited if your income is over £1 million | All applicants |\n"
        "| Equality policy | Organisations with staff |\n"
        "| A letter of support | Applications over £20,000 |\n",
    )
    kinds = {(a.kind, a.conditional) for a in f.attachments}
    assert kinds == {
        ("governing_document", False),
        ("accounts", False),
        ("policy", True),
        ("letters_of_support", True),
    }
    assert dict(f.attachments[0].evidence.where) == {"line": 5, "table": 1, "row": 2, "cell": 1}


def test_policy_names_belong_to_the_policy_word_next_to_them(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "policies.txt",
        "SUPPORTING DOCUMENTS\n\n"
        "* If staff or volunteers will work alone: your lone working policy.\n"
        "* your safeguarding and equality policies.\n\n"
        "I confirm that our organisation has a data protection policy and that we will "
        "provide a copy on request.\n",
    )
    assert sorted((str(p.value), p.conditional) for p in f.policies) == [
        ("data_protection", False),
        ("equality", False),
        ("lone_working", True),
        ("safeguarding", False),
    ]


def test_welsh_policy_names_follow_the_policy_word(tmp_path: Path) -> None:
    f = measure(tmp_path, "cy.txt", "Anfonwch gopi o'ch polisi diogelu gyda'ch cais.\n")
    assert [a.policy for a in f.attachments] == ["safeguarding"]


def test_a_sentence_wrapped_between_form_fields_is_read_whole(tmp_path: Path) -> None:
    path = write_fillable_pdf(
        tmp_path / "form.pdf",
        [
            [
                PdfField("org", "Organisation name"),
                "Documents",
                "\x7f your constitution;",
                "\x7f your latest accounts, signed by your treasurer;",
                "If your project works with children or adults at risk, please also send your",
                "safeguarding policy.",
                PdfField("agree", "I confirm the information is correct", kind="/Btn"),
            ]
        ],
    )
    f = Measurer().measure(path, "form.pdf")[1]
    assert [(a.kind, a.policy, a.conditional) for a in f.attachments] == [
        ("governing_document", None, False),
        ("accounts", None, False),
        ("policy", "safeguarding", True),
    ]
    assert f.attachments[0].evidence.words == "• your constitution;"
    assert f.accounts is not None and f.accounts.value == "unaudited"


def test_a_yes_no_question_with_its_choices_is_a_field(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "form.md",
        "| C1 Is at least a fifth of the cost coming from other sources?   Yes / No | |\n"
        "| --- | --- |\n"
        "| C2 Tell us how the project will be run. (200 words) | |\n",
    )
    assert [q.word_limit for q in f.questions] == [200]
    assert len(f.fields) == 1


def test_documents_the_closed_list_does_not_name_are_other(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "If your project includes trips away from home, also attach a risk assessment for each "
        "trip.\n\nIf you are doing building work, please send planning permission and two written "
        "quotes.\n",
    )
    assert [(a.kind, a.name, a.conditional) for a in f.attachments] == [
        ("other", "risk assessment", True),
        ("other", "planning permission", True),
        ("quotes", "", True),
    ]


def test_postcodes_capital_headings_and_yes_no_are_not_acronyms(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "WHO CAN APPLY\n\nGroups in the PRF area. Is your group a charity? YES / NO\n\n"
        "Write to us at Civic Centre, Anytown AB12 3CD or London SW1A 1AA.\n",
    )
    assert sorted(f.acronyms) == ["PRF"]


def test_welsh_text_gets_no_english_jargon_and_is_said_not_measured(tmp_path: Path) -> None:
    welsh = measure(
        tmp_path,
        "cy.txt",
        "Mae'r gronfa yn cefnogi grwpiau cymunedol. Rhaid i chi anfon eich cyllideb a'ch "
        "cyfrifon gyda'r cais. Nid oes angen i chi ddangos deliverables na stakeholders.\n",
    )
    assert welsh.language == "cy" and welsh.jargon == []
    assert welsh.unmeasured == "jargon and English readability not measured: Welsh text"
    from grantcheck.documents.output import plain_rate
    from grantcheck.documents.total import combine

    assert plain_rate(combine([welsh])) is None  # not known, never a pass
    english = measure(tmp_path, "en.txt", "Tell us about your stakeholders and deliverables.\n")
    assert english.jargon and combine([welsh, english]).words == english.words


def test_match_funding_stated_beside_its_name(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "MATCH FUNDING\n\nWe ask applicants to find at least 15% of the project cost from "
        "their own funds.\n",
    )
    assert f.match_funding is not None and f.match_funding.value == 15
    g = measure(
        tmp_path,
        "notes2.txt",
        "We expect you to pay at least 10% of the cost. This match funding can be cash or "
        "volunteer time.\n",
    )
    assert g.match_funding is not None and g.match_funding.value == 10


def test_measure_text_reads_like_the_rest_of_the_product(tmp_path: Path) -> None:
    from grantcheck.documents.output_text import as_text
    from grantcheck.documents.total import combine

    f = measure(
        tmp_path,
        "notes.txt",
        "DOCUMENTS\n\n* your constitution\n* your safeguarding and equality policies\n",
    )
    text = as_text([f], combine([f]))
    for python in ("None", "[", "]", "True", "False", "word_limit 0", "_"):
        assert python not in text.replace("notes.txt", ""), python
    assert "Word limit: none (no questions found)" in text  # not 'no limit' (finding 16)
    assert "Policies every applicant needs: safeguarding and equality" in text
    assert "Public liability insurance: not known" in text


def test_the_forms_reading_measures_are_not_shown_as_guidance() -> None:
    from conftest import run

    out = run("check", "examples/community-chest-word-form.yaml").stdout
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("Guidance"))
    assert lines[at].split() == ["Guidance", "not", "stated"]
    assert lines[at + 1].split()[:3] == ["Form", "as", "published"]
    assert "forms/community-chest-form.docx" in lines[at + 2]
    md = run("check", "examples/community-chest-word-form.yaml", "-f", "markdown").stdout
    assert "### Documents\n" in md and "community-chest-form.docx (form)" in md


def test_a_welsh_form_limits_answers_fields_and_documents(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "ffurflen.txt",
        "ADRAN 1 - AMDANOCH CHI\n\n"
        "Enw'r grŵp:        ____________________\n"
        "A yw'r grŵp yn elusen?     YDY  /  NAC YDY   (rhowch gylch)\n\n"
        "ADRAN 2 - EICH PROSIECT\n\n"
        "1. Disgrifiwch eich gwaith. (dim mwy na 250 o eiriau)\n\nAteb:\n"
        "__________________________________________\n\n"
        "2. Esboniwch y gost. (uchafswm o 900 nod)\n\nAteb:\n"
        "__________________________________________\n\n"
        "ADRAN 3 - DOGFENNAU\n\nRhaid i bob grŵp amgáu:\n\n"
        "  (a) copi o gyfansoddiad y grŵp;\n  (b) cyfriflen banc ddiweddar.\n\n"
        "Dim ond mewn rhai achosion:\n\n"
        "  - Os ydych yn cyflogi staff, amgaewch gopi o'ch tystysgrif yswiriant.\n\n"
        "Rhaid cael yswiriant atebolrwydd cyhoeddus o £3 filiwn o leiaf.\n",
    )
    assert f.language == "cy"
    assert [(q.word_limit, q.limit_as_written) for q in f.questions] == [
        (250, "dim mwy na 250 o eiriau"),
        (150, "uchafswm o 900 nod"),
    ]
    assert len(f.fields) == 2  # the group's name, and the yes/no choice
    assert [(a.kind, a.conditional) for a in f.attachments] == [
        ("governing_document", False),
        ("bank_statement", False),
        ("insurance_certificate", True),
    ]
    assert f.insurance is not None and f.insurance.value == 3_000_000


FAQ = """### What do we have to send with the application?

Two things, from every group:

* your constitution, signed by your chair;
* a statement of your income and spending for last year.

### Our accounts have never been examined. Is that a problem?

No. We do not expect small groups to pay for an audit or an independent examination.

### Is there anything else we might need to send?

| If ... | ... also send |
| --- | --- |
| you work with children | your safeguarding policy |
| the money is for building work | written permission from the owner of the building |

### What about insurance?

Groups running events must have public liability insurance. The cover must be at least five
million pounds. You do not need to send us the certificate.
"""


def test_an_faq_page_with_a_conditions_table(tmp_path: Path) -> None:
    f = measure(tmp_path, "faq.md", FAQ)
    assert f.questions == []
    assert [(a.kind, a.conditional) for a in f.attachments] == [
        ("governing_document", False),
        ("accounts", False),
        ("policy", True),
        ("other", True),
    ]
    assert f.accounts is not None and f.accounts.value == "unaudited"
    assert f.insurance is not None and f.insurance.value == 5_000_000


def test_contents_lists_group_rows_and_what_is_held_not_sent(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Contents", 1)
    for line in ("1. Supporting documents", "2. Insurance", "3. Policies"):
        doc.add_paragraph(line)
    doc.add_heading("1. Supporting documents", 1)
    table = doc.add_table(rows=0, cols=2)
    for cells in (
        ("Document", "Notes"),
        ("Required from all applicants", ""),
        ("Governing document", "Signed by your chair."),
        ("Your completed application form", "Signed."),
        ("Required in some cases", ""),
        ("Lease or proof of ownership", "For work on a building."),
    ):
        row = table.add_row().cells
        row[0].text, row[1].text = cells
    doc.add_heading("3. Policies", 1)
    doc.add_paragraph("3.1 All groups must have a health and safety policy.")
    doc.add_paragraph("I confirm that our group has an equal opportunities policy.")
    path = tmp_path / "notes.docx"
    doc.save(str(path))
    f = Measurer().measure(path, "notes.docx")[1]
    assert [(a.kind, a.name, a.conditional) for a in f.attachments] == [
        ("governing_document", "", False),
        ("other", "lease", True),
    ]
    assert sorted(str(p.value) for p in f.policies) == ["equality", "health_and_safety"]


def test_a_question_table_with_a_limit_column_and_a_tick_column(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "form.docx",
        [
            [
                ["Ref", "Question", "Limit", "Answer"],
                ["1", "Describe the project.", "400 words", ""],
                ["2", "What will change?", "Half a page", ""],
                ["3", "Explain who will run it.", "–", ""],
                ["4", "Project start date", "–", ""],
                ["5", "Money raised so far (£)", "", ""],
            ],
            [
                ["Document", "Who must send it", "Attached"],
                ["Constitution", "All applicants", ""],
                ["Latest accounts", "All applicants", ""],
            ],
        ],
    )
    f = Measurer().measure(path, "form.docx")[1]
    assert [q.word_limit for q in f.questions] == [400, 250, None]
    assert len(f.fields) == 3  # the date, the money, and one tick-box group


def test_limits_stated_in_the_notes_by_question_number(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "form.txt",
        "Notes\n\na) Keep your answers to questions 1 to 2 to 200 words each.\n"
        "b) Your answer to question 3 should be no longer than one side of A4.\n\n"
        "1. What does your group do?\nContinue on a separate sheet if necessary.\n\n"
        "2. Describe the project.\nContinue on a separate sheet if necessary.\n\n"
        "3. Explain the costs.\nContinue on a separate sheet if necessary.\n\n"
        "4. Tell us anything else.\nContinue on a separate sheet if necessary.\n",
    )
    assert [q.word_limit for q in f.questions] == [200, 200, 500, None]


def test_govuk_character_count_and_upload_help(tmp_path: Path) -> None:
    page = """<html><body><main><form>
<div class="govuk-character-count" data-module="govuk-character-count" data-maxwords="150">
<label for="a">Tell us about the project</label><textarea id="a"></textarea>
<div class="govuk-hint">You can enter up to 150 words</div></div>
<div class="govuk-character-count" data-maxlength="1200">
<label for="b">Why is it needed?</label><textarea id="b"></textarea></div>
<h2>Upload documents</h2>
<label for="c">Your accounts *</label>
<p>Below £10,000 the accounts can be unaudited. New groups: send a bank statement instead.</p>
<input type="file" id="c" required>
<label for="d">A risk assessment</label><p>Only if your project includes sport.</p>
<input type="file" id="d">
<input type="checkbox" id="e"><label for="e">My organisation has a complaints policy</label>
</form></main></body></html>"""
    f = measure(tmp_path, "apply.html", page)
    assert [(q.word_limit, q.limit_as_written) for q in f.questions] == [
        (150, 'data-maxwords="150" for textarea#a'),  # a limit on the control, as written
        (200, 'data-maxlength="1200" for textarea#b'),
    ]
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("accounts", False),
        ("bank_statement", True),
        ("other", True),
    ]
    assert [str(p.value) for p in f.policies] == ["complaints"]


def test_phrase_patterns_joined_as_a_trie_match_as_a_plain_list_would() -> None:
    import re

    from grantcheck.documents.vocab import TRIE_LONGEST, phrases

    words = ["if you", "if your", "if it", "e mail", "e-mail", "a copy of", "copy of", "a", "an"]
    plain = "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True)
    )
    naive = re.compile(rf"(?<![\w-])(?:{plain})(?![\w-])", re.IGNORECASE)
    trie = phrases(words)
    for text in (
        "If your group, if you can, if it is",
        "send an e-mail or an e  mail; a copy of it, or copy of that",
        "iffy copyof a-copy of an",
    ):
        assert [m.group(0) for m in trie.finditer(text)] == [
            m.group(0) for m in naive.finditer(text)
        ]
    long = phrases(["x" * (TRIE_LONGEST + 1), "if you"])  # a stranger's very long phrase
    assert long.search("and if you can") is not None


def test_tick_boxes_count_once_a_question_and_once_a_checklist_column(tmp_path: Path) -> None:
    path = write_form_docx(
        tmp_path / "form.docx",
        [
            [["Have you had a grant from us before?", "Yes ☐ No ☐"]],
            [
                ["Document", "Enclosed (✓)"],
                ["A copy of your constitution", "☐"],
                ["Your latest accounts", "☐"],
                ["A recent bank statement", "☐"],
            ],
        ],
    )
    f = Measurer().measure(path, "form.docx")[1]
    assert len(f.fields) == 2  # the yes/no choice, and the checklist as one tick-box group
    assert len(f.attachments) == 3


def test_tick_lines_under_one_another_are_one_group_and_a_sum_is_a_field(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "eoi.txt",
        "B3  Which aims will your project meet? Tick all that apply.\n"
        "[ ] Aim 1: audiences\n[ ] Aim 2: artists\n[ ] Aim 3: residents\n\n"
        "B4  How much do you expect to ask for?   £\n\n"
        "B5  Outline your track record. 300 word limit.\n",
    )
    assert [q.word_limit for q in f.questions] == [300]
    assert len(f.fields) == 2  # the aims (one group) and the sum


def test_a_wrapped_line_does_not_run_into_the_next_section_or_numbered_item() -> None:
    from grantcheck.documents.text_lines import wraps

    before = "Is your organisation a registered charity? Yes No (please circle)"
    assert not wraps(before, "Section 2: Your project")
    assert not wraps(before, "2.1 Describe your project (maximum 1,800 characters)")
    assert wraps(
        "If your project works with children or adults at risk, please also send your",
        "safeguarding policy.",
    )


def _legacy_field(cell: object, inner: str) -> None:
    """Put a protected Word form's legacy field (w:ffData) into a table cell."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    run = parse_xml(
        f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="f"/>'
        f"<w:enabled/>{inner}</w:ffData></w:fldChar></w:r>"
    )
    cell.paragraphs[0]._p.append(run)  # type: ignore[attr-defined]


def test_a_protected_word_forms_legacy_fields(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Organisation name"
    _legacy_field(table.cell(0, 1), '<w:textInput><w:maxLength w:val="60"/></w:textInput>')
    table.cell(1, 0).text = "1. Describe your project."
    _legacy_field(table.cell(1, 1), '<w:textInput><w:maxLength w:val="1200"/></w:textInput>')
    table.cell(2, 0).text = "Are you a registered charity?"
    table.cell(2, 1).text = "Yes       No"
    _legacy_field(table.cell(2, 1), "<w:checkBox><w:sizeAuto/></w:checkBox>")
    path = tmp_path / "protected.docx"
    doc.save(str(path))
    f = Measurer().measure(path, "protected.docx")[1]
    assert [(q.word_limit, q.limit_as_written) for q in f.questions] == [
        (200, "maximum length 1200 on the text form field")
    ]
    assert len(f.fields) == 2  # the name, and the yes/no check boxes


PLATFORM_PAGE = """<html><body>
<div id="site-a11y-bar" class="tools" role="toolbar"><span>Font size</span>
<button type="button">Bigger</button></div>
<div class="portal-masthead"><form class="lang-picker" action="/set-lang">
<label for="l">Choose language</label><select id="l"><option>English</option></select></form>
</div>
<main><form action="/grant" method="post">
<label for="aim">Explain what the money is for (no more than 200 words)</label>
<textarea id="aim"></textarea>
<label for="tel">Telephone</label><input id="tel" type="tel">
<p>Upload a copy of your latest accounts.</p>
<label for="up">Accounts</label><input id="up" type="file" required>
</form></main>
<div class="livechat-panel"><label for="m">Ask an adviser something</label>
<textarea id="m" maxlength="400"></textarea></div>
<div class="page-help"><form action="/report-a-problem" method="post">
<label for="w">What happened?</label><textarea id="w" maxlength="900"></textarea>
<label for="n">Your name</label><input id="n" type="text"></form></div>
<div class="portal-footer"><ul>
<li><a href="/privacy">How we use your data notice</a></li>
<li><a href="/terms">Copy of our terms and conditions</a></li>
<li><a href="/contact">Write to the grants team</a></li></ul></div>
</body></html>
"""


def test_platform_chrome_named_by_its_own_classes_is_not_part_of_the_form(
    tmp_path: Path,
) -> None:
    """A toolbar, language picker, live chat, problem report and footer links in plain divs."""
    f = measure(tmp_path, "portal.html", PLATFORM_PAGE)
    assert [(q.word_limit) for q in f.questions] == [200]
    assert len(f.fields) == 1  # the telephone number only
    assert [(a.kind, a.conditional) for a in f.attachments] == [("accounts", False)]


def test_a_link_is_never_a_document_to_send(tmp_path: Path) -> None:
    page = """<html><body><main><h2>Documents to send</h2><ul>
<li>A copy of your constitution</li>
<li><a href="/guide/budget-template">Budget template and how to fill it in</a></li>
</ul></main></body></html>"""
    f = measure(tmp_path, "links.html", page)
    assert [a.kind for a in f.attachments] == ["governing_document"]


def test_a_few_words_and_only_opening_an_item_make_it_conditional(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "checklist.txt",
        "WHAT TO ENCLOSE\n\n"
        "- A copy of your constitution\n"
        "- Registered charities only: a copy of your latest annual return\n"
        "- Sports clubs only - your club's coaching qualifications\n",
    )
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("governing_document", False),
        ("other", True),
        ("other", True),
    ]


def test_a_yes_or_no_prompt_with_an_answer_line_is_a_field(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "yesno.txt",
        "5. Does your club charge members a fee?\n"
        "Answer yes or no.\n\n"
        "Answer:\n\n"
        "6. Has the committee met this year? (Please state Yes or No)\n\n"
        "Answer:\n\n"
        "7. Explain how members will benefit (150 words).\n\n"
        "Answer:\n",
    )
    assert [q.word_limit for q in f.questions] == [150]
    assert len(f.fields) == 2


def test_a_policy_to_hold_after_a_word_list_of_conditions_is_required_not_sent(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Documents", style="Heading 2")
    document.add_paragraph("Send these with your form:")
    document.add_paragraph("A copy of your constitution.", style="List Number")
    document.add_paragraph("Other things, in some cases:")
    document.add_paragraph(
        "If you run holiday clubs, your safeguarding policy.", style="List Bullet"
    )
    document.add_paragraph(
        "All organisations are expected to hold a health and safety policy as well. There is no "
        "need to include it, though we could ask for a copy later."
    )
    document.save(str(tmp_path / "notes.docx"))
    f = Measurer().measure(tmp_path / "notes.docx", "notes.docx")[1]
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("governing_document", False),
        ("policy", True),
    ]
    assert sorted((str(p.value), p.conditional) for p in f.policies) == [
        ("health_and_safety", False),
        ("safeguarding", True),
    ]


def test_a_breakdown_of_costs_and_a_landlords_letter_are_named(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "send.md",
        "## Please send\n\n"
        "- A breakdown of how the money will be spent, line by line\n"
        "- Where you rent your hall, a letter from the landlord saying the work may go ahead\n",
    )
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("budget", False),
        ("other", True),
    ]


def test_an_indented_line_continues_its_bullet_and_names_the_items_document(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "letter.txt",
        "Things to enclose\n\n"
        "Please include with your form:\n\n"
        "  - proof of where your funds are. We will not ask for accounts:\n"
        "    your two latest bank statements are enough.\n"
        "  - a list of your committee members;\n\n"
        "Only if they apply:\n\n"
        "  - if you will hire a coach, two quotes from\n"
        "    different firms.\n",
    )
    assert sorted((a.kind, a.conditional) for a in f.attachments) == [
        ("bank_statement", False),
        ("other", False),
        ("quotes", True),
    ]


def test_a_share_of_the_cost_in_words_is_match_funding_not_the_funders_share(
    tmp_path: Path,
) -> None:
    said = {
        "a.txt": "The fund will cover 90 per cent of the cost. Your group must raise the "
        "remaining tenth from elsewhere.",
        "b.txt": "We expect applicants to find a third of the costs themselves.",
        "c.txt": "The council can pay no more than half of the cost; the other half must "
        "come from other funders.",
    }
    got = {
        name: (f.match_funding.value if f.match_funding else None)
        for name, text in said.items()
        for f in [measure(tmp_path, name, text)]
    }
    assert got == {"a.txt": 10.0, "b.txt": 33.3, "c.txt": 50.0}


def test_a_date_written_as_day_month_and_year_inputs_is_one_field(tmp_path: Path) -> None:
    page = """<html><body><main><form><p>When does the work finish?</p>
<label for="e1">Day</label><input id="e1" type="text">
<label for="e2">Month</label><input id="e2" type="text">
<label for="e3">Year</label><input id="e3" type="text">
<label for="o">Name of your organisation</label><input id="o" type="text">
<label for="f1">DD</label><input id="f1"><label for="f2">MM</label><input id="f2">
<label for="f3">YYYY</label><input id="f3">
</form></main></body></html>"""
    assert len(measure(tmp_path, "dates.html", page).fields) == 3


def test_a_level_waived_after_it_is_named_is_not_asked(tmp_path: Path) -> None:
    # the negation follows the words ("Audited figures are not needed"), not before them
    waived = measure(
        tmp_path,
        "notes.txt",
        "WHAT TO SEND\n\n* Audited accounts are not required: unaudited accounts signed by your "
        "treasurer are fine.\n",
    )
    assert waived.accounts is not None and waived.accounts.value == "unaudited"
    bank = measure(
        tmp_path,
        "letter.txt",
        "WHAT TO SEND\n\n* Audited figures are not needed: a copy of your last two bank "
        "statements is enough.\n",
    )
    assert bank.accounts is not None and bank.accounts.value == "bank_statements"


def test_words_of_a_capitals_heading_with_lower_case_after_it_are_not_acronyms(
    tmp_path: Path,
) -> None:
    """A heading in capitals followed by words in lower case on its line is still a heading:
    'PART' and 'THE' are not acronyms (they were, as the line is not all capitals), while an
    acronym in a sentence, acronyms side by side in a sentence, or a list of acronyms, still
    are, in plain text and in Word."""
    text = (
        "PART 2 - THE SERVICE (to become Schedule 2 of the agreement)\n\n"
        "PART 3 - KEY PERFORMANCE INDICATORS (see the notes)\n\n"
        "Section B: YOUR ORGANISATION AND ITS WORK (about 1 page)\n\n"
        "Tell us how you report to the VSIF.\n\n"
        "We work with the NCVO SCVO WCVA network of councils for voluntary service.\n\n"
        "Working with LCF, ICB or PCN partners? Send a PDF, DOCX, JPEG or GIF file.\n"
    )
    expected = ["GIF", "ICB", "LCF", "NCVO", "PCN", "SCVO", "VSIF", "WCVA"]
    for name in ("notes.txt", "notes.md"):
        f = measure(tmp_path, name, text)
        assert sorted(f.acronyms) == expected, name
    path = write_form_docx(tmp_path / "notes.docx", text.split("\n\n"))
    f = Measurer().measure(path, "notes.docx")[1]
    assert sorted(f.acronyms) == expected
