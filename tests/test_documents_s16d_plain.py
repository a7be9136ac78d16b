"""Plain-text and Markdown layouts read as a careful reader reads them (session 16, acc16d), on
small documents of the tests' own, never the labelled corpus: each test states the rule, checks
it in more than one wording and format, and checks the near misses it must not fire on."""

from __future__ import annotations

from pathlib import Path

from documents import measure, write_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

FORM = [
    "Anyshire Council community grants: application form",
    "Please answer every question and email the form to the grants team.",
    "1. Name of your group",
    "{name}",
    "2. Describe your project and what you will do with the grant.",
    "{first}",
    "3. Who will benefit, and how?",
    "{second}",
    "4. How will you know that the project has worked?",
    "{third}",
    "Signed: ______________________  Date: __________",
]
# a template's placeholder for the answer, with the answer's limit inside its brackets
PLACEHOLDERS = [
    (
        "[Write your answer here - up to 250 words]",
        "[Write your answer here - up to 150 words]",
        "[Write your answer here - up to 100 words]",
    ),
    (
        "<Type your answer here, max. 250 words>",
        "<Type your answer here, max. 150 words>",
        "<Type your answer here, max. 100 words>",
    ),
    (
        "[Insert text here (no more than 250 words)]",
        "[Insert text here (no more than 150 words)]",
        "[Insert text here (no more than 100 words)]",
    ),
]


def _lines(name: str, first: str, second: str, third: str) -> list[str]:
    fill = {"{name}": name, "{first}": first, "{second}": second, "{third}": third}
    return [fill.get(line, line) for line in FORM]


def _read(tmp_path: Path, suffix: str, lines: list[str]) -> DocumentFacts:
    if suffix == "docx":
        path = write_docx(tmp_path / "form.docx", lines)
        return Measurer().measure(path, "form.docx")[1]
    return measure(tmp_path, f"form.{suffix}", "\n\n".join(lines) + "\n")


def test_a_placeholder_holding_the_limit_limits_its_question(tmp_path: Path) -> None:
    """A template's bracketed placeholder alone under a question ("[Write your answer here - up
    to 250 words]") is the question's answer space, and the limit written inside it is the
    question's limit, as it would be printed beside the box: three wordings, in plain text,
    Markdown and Word."""
    for placeholders in PLACEHOLDERS:
        for suffix in ("txt", "md", "docx"):
            facts = _read(tmp_path, suffix, _lines("______________", *placeholders))
            limits = [q.word_limit for q in facts.questions]
            assert limits == [250, 150, 100], (suffix, placeholders[0], limits)


def test_a_value_placeholder_or_an_example_placeholder_is_no_limited_question(
    tmp_path: Path,
) -> None:
    """Near misses: a placeholder with a characters limit under a value's label ("Name of your
    group" / "[Type the name here - max 60 characters]") is that value's field, not a question;
    an instruction quoting a placeholder as an example ("Type over the words in square
    brackets, like this: [Write your answer here - up to 250 words]") asks nothing itself."""
    for suffix in ("txt", "md", "docx"):
        lines = _lines("[Type the name here - max 60 characters]", *PLACEHOLDERS[0])
        facts = _read(tmp_path, suffix, lines)
        assert not any("Name of your group" in q.text for q in facts.questions), suffix
        assert any("Name of your group" in f.words for f in facts.fields), suffix
        lines = _lines("______________", "[Write your answer here]", "", "")
        lines[1] = (
            "Type over the words in square brackets, like this: [Write your answer here - up "
            "to 250 words]"
        )
        facts = _read(tmp_path, suffix, lines)
        assert all(q.word_limit is None for q in facts.questions), suffix


CHECKLIST = [
    "Anyshire Council community grants: application form",
    "",
    "1. Describe your project. (maximum 250 words)",
    "____________________________________________________________",
    "",
    "DOCUMENTS TO SEND",
    "",
    "Please send these with your form:",
    "",
    "{box} A copy of your constitution, set of rules or other",
    "governing document, signed by your chair",
    "{box} Your latest annual accounts, or if your group is",
    "less than a year old, your budget for this year",
    "{box} A bank statement from the last three months",
    "showing the group's name and address",
    "",
    "Signed: ______________________  Date: __________",
]


def test_a_tick_box_item_wrapped_at_the_margin_is_one_item(tmp_path: Path) -> None:
    """A checklist item after a tick box, wrapped at the margin with its next line not indented
    (as an e-mail or a plain-text editor wraps it: "[ ] Your latest annual accounts, or if
    your group is" / "less than a year old, ..."), is one item: the line that
    goes on in lower case is its words, not a document of its own. Three box marks, in plain
    text and Markdown (a task list's lazy continuation)."""
    for mark in ("[ ]", "☐", "- [ ]"):
        for suffix in ("txt", "md"):
            text = "\n".join(line.replace("{box}", mark) for line in CHECKLIST) + "\n"
            facts = measure(tmp_path, f"form.{suffix}", text)
            sent = sorted((a.kind, a.conditional) for a in facts.attachments)
            assert sent == [
                ("accounts", False),
                ("bank_statement", False),
                ("budget", True),
                ("governing_document", False),
            ], (mark, suffix, sent)


def test_a_tick_box_item_keeps_its_own_words_only(tmp_path: Path) -> None:
    """Near misses: a sentence right under a tick-box item ("Please post the form to the
    Clerk.") is not the item's words, nor is a line after a mark and a gap ("o   or, for a
    group that banks online, ...", a sub-bullet saved as text); a yes/no line's "if yes" line
    under it is a field of its own, not run on to the choices."""
    lines = CHECKLIST[:9] + [
        "[ ] A copy of your constitution, set of rules or other governing document",
        "Please post the form and your documents to the Clerk at the Town Hall.",
        "",
        "[ ] A bank statement from the last three months, in the group's name",
        "o   or, for a group that banks online, a printout of the account",
        "",
        "Is your group a registered charity?   [ ] Yes   [ ] No",
        "if yes, please give its number: ______________",
    ]
    for suffix in ("txt", "md"):
        facts = measure(tmp_path, f"form.{suffix}", "\n".join(lines) + "\n")
        (item,) = [a for a in facts.attachments if a.kind == "governing_document"]
        assert "Clerk" not in item.text, suffix
        (statement,) = [a for a in facts.attachments if a.kind == "bank_statement"]
        assert "printout" not in statement.text, suffix
        assert any("give its number" in f.words for f in facts.fields), suffix


SECTION = [
    "Anyshire Council community grants: application form",
    "",
    "Name of your group: ______________________",
    "",
    "SECTION B: YOUR PROJECT",
    "",
    "{note}",
    "",
    "B1. Describe your project and what you will do with the grant.",
    "____________________________________________________________",
    "",
    "B2. Who will benefit, and how?",
    "____________________________________________________________",
    "",
    "B3. How will you know that the project has worked?",
    "____________________________________________________________",
    "",
    "Signed: ______________________  Date: __________",
]


def _section(tmp_path: Path, suffix: str, note: str) -> DocumentFacts:
    lines = [line.replace("{note}", note) for line in SECTION]
    if suffix == "docx":
        path = write_docx(tmp_path / "form.docx", [line for line in lines if line])
        return Measurer().measure(path, "form.docx")[1]
    return measure(tmp_path, f"form.{suffix}", "\n".join(lines) + "\n")


def test_a_note_giving_the_answers_a_limit_each_limits_every_question(tmp_path: Path) -> None:
    """A section's note that gives its answers a limit each, the "each" after the unit
    ("Answers should be no longer than 200 words each."), is every question's limit in the
    section, as "Each answer should be no more than 200 words" is: three wordings, in plain
    text, Markdown and Word."""
    notes = [
        ("Answers should be no longer than 200 words each.", 200),
        ("Please keep your answers to 250 words each.", 250),
        ("Your responses can be up to 1,200 characters each, including spaces.", 200),
    ]
    for note, words in notes:
        for suffix in ("txt", "md", "docx"):
            limits = [q.word_limit for q in _section(tmp_path, suffix, note).questions]
            assert limits == [words] * 3, (note, suffix, limits)


def test_a_limit_each_on_documents_or_parts_is_no_section_limit(tmp_path: Path) -> None:
    """Near misses: a limit each on documents to attach ("Attach two letters of support of no
    more than 300 words each.") or on a question's parts ("B4. Tell us about (a) your members
    and (b) your volunteers (100 words each)") is not the section's questions' limit."""
    for suffix in ("txt", "md", "docx"):
        note = "Attach two letters of support of no more than 300 words each."
        limits = [q.word_limit for q in _section(tmp_path, suffix, note).questions]
        assert limits == [None] * 3, (suffix, limits)
        note = "B0. Tell us about (a) your members and (b) your volunteers (100 words each)"
        limits = [q.word_limit for q in _section(tmp_path, suffix, note).questions]
        assert limits[-3:] == [None] * 3, (suffix, limits)


CRITERIA = [
    "Anyshire Council community grants: application form",
    "",
    "ELIGIBILITY",
    "",
    "{lead}",
    "",
    "1. is based in Anyshire or works mainly for people who live here;",
    "2. has a constitution or set of rules;",
    "3. has a bank account in its own name, with two people to sign each payment;",
    "4. has a safeguarding policy, if it works with children or adults at risk.",
    "",
    "1. Describe your project. (maximum 250 words)",
    "____________________________________________________________",
    "",
    "WHAT TO SEND",
    "",
    "Please send these with your form:",
    "",
    "- a copy of your constitution or set of rules",
    "- your latest annual accounts",
    "",
    "Signed: ______________________  Date: __________",
]


def _criteria(tmp_path: Path, suffix: str, lead: str) -> DocumentFacts:
    lines = [line.replace("{lead}", lead) for line in CRITERIA]
    if suffix == "docx":
        path = write_docx(tmp_path / "form.docx", [line for line in lines if line])
        return Measurer().measure(path, "form.docx")[1]
    return measure(tmp_path, f"form.{suffix}", "\n".join(lines) + "\n")


def test_a_list_of_what_the_group_must_be_is_no_documents_list(tmp_path: Path) -> None:
    """A numbered list of eligibility criteria led in by what the group must be ("Before you
    apply, check that your group:" / "is based in Anyshire;" / "has a constitution ...;") says
    what the group is and holds, and asks for nothing to be sent, though its lead-in begins
    as a checklist's title would ("Before you apply"): the documents are the list under "What
    to send". Three lead-ins, in plain text, Markdown and Word."""
    leads = [
        "Before you apply, check that your group:",
        "Before you apply, please make sure your organisation:",
        "Checklist: before you apply, ensure that the group:",
    ]
    for lead in leads:
        for suffix in ("txt", "md", "docx"):
            facts = _criteria(tmp_path, suffix, lead)
            sent = sorted((a.kind, a.conditional) for a in facts.attachments)
            assert sent == [("accounts", False), ("governing_document", False)], (lead, suffix)


def test_a_lead_in_asking_for_documents_about_the_group_still_leads_a_list(
    tmp_path: Path,
) -> None:
    """Near misses: a lead-in asking for documents ("Before you apply, make sure you have:",
    "Please send us these about your group:") still opens a list of documents."""
    items = ["1. a copy of your constitution;", "2. your latest annual accounts."]
    leads = ("Before you apply, make sure you have:", "Please send us these about your group:")
    for lead in leads:
        lines = CRITERIA[:4] + [lead, ""] + items + ["", "Signed: ______________________"]
        for suffix in ("txt", "md"):
            facts = measure(tmp_path, f"form.{suffix}", "\n".join(lines) + "\n")
            sent = sorted((a.kind, a.conditional) for a in facts.attachments)
            assert sent == [("accounts", False), ("governing_document", False)], (lead, suffix)


ROOM_FORM = [
    "# Anyshire Council community grants",
    "",
    "**Name of your group:** ______________________",
    "",
    "## Your project",
    "",
    "Describe your project and what you will do with the grant. (maximum 250 words)",
    "",
    "{room}",
    "",
    "Is there anything else you would like to tell us?",
    "",
    "{room}",
    "",
    "## Declaration",
    "",
    "Signed: ______________________",
]


def test_room_a_markdown_page_shows_is_an_answer_space(tmp_path: Path) -> None:
    """A Markdown page shows no room for a blank line, so an author leaves room to write with
    paragraphs of non-breaking spaces or line breaks ("&nbsp;" twice, "<br><br>"): two lines of
    it or more under a question is its answer space, as ruled lines are, so a question with no
    limit is still a question. Three ways of writing the room."""
    for room in ("&nbsp;\n\n&nbsp;", "<br><br><br>", "<br/>\n<br/>\n\n&nbsp;"):
        text = "\n".join(line.replace("{room}", room) for line in ROOM_FORM) + "\n"
        facts = measure(tmp_path, "form.md", text)
        limits = [q.word_limit for q in facts.questions]
        assert limits == [250, None], (room, limits)


def test_spacing_or_a_line_break_in_markdown_is_no_answer_space(tmp_path: Path) -> None:
    """Near misses: one "&nbsp;" paragraph is spacing between parts of a page, not room to
    write (a guidance page's "Do you need help?" then a spacer asks nothing of the form), and
    a "<br>" inside a line of words is a line break."""
    lines = ROOM_FORM[:6] + [
        "Do you need help with your application?",
        "",
        "&nbsp;",
        "",
        "Call us on 01632 960000.<br>We are open Monday to Friday.",
        "",
        "How will you know that it has worked?<br>",
        "",
        "## Declaration",
    ]
    facts = measure(tmp_path, "form.md", "\n".join(lines) + "\n")
    assert facts.questions == [], [q.text for q in facts.questions]


def test_a_textarea_written_in_markdown_is_an_answer_space(tmp_path: Path) -> None:
    """A Markdown page may draw its answer boxes as raw HTML ("<textarea rows="6"></textarea>"
    on a line of its own, an HTML block as CommonMark reads it): each is a box to write in, so
    the heading over it is a question though it states no limit, and a box's maxlength is its
    limit. Three ways of writing the box."""
    boxes = [
        '<textarea rows="6"></textarea>',
        '<textarea name="answer" rows="5" cols="60"></textarea>',
        "<textarea>\n</textarea>",
    ]
    for box in boxes:
        text = (
            "# Anyshire Council community grants\n\n## Your project\n\n"
            f"### 1. Is there anything else you would like to tell us?\n\n{box}\n\n"
            '### 2. Who will benefit, and how?\n\n<textarea maxlength="1200"></textarea>\n\n'
            "## Declaration\n\nSigned: ______________________\n"
        )
        facts = measure(tmp_path, "form.md", text)
        assert [q.word_limit for q in facts.questions] == [None, 200], box


def test_a_textarea_named_in_words_is_no_answer_space(tmp_path: Path) -> None:
    """Near miss: a sentence naming a text box ("Type in the <textarea> box below.") inside a
    paragraph is words, not a box."""
    text = (
        "# Help\n\n## Is there anything else you would like to tell us?\n\n"
        "Use the form on the next page: type in the <textarea> box there.\n"
    )
    assert measure(tmp_path, "help.md", text).questions == []


WHO_LIST = [
    "Anyshire Council community grants: application form",
    "",
    "1. Describe your project. (maximum 250 words)",
    "____________________________________________________________",
    "",
    "DOCUMENTS TO SEND",
    "",
    "{everyone}",
    "",
    "* your constitution or set of rules",
    "* your latest annual accounts",
    "",
    "{some}",
    "",
    "* two quotes for any item costing more than £500",
    "* your public liability insurance certificate",
    "",
    "{after}",
    "",
    "Signed: ______________________  Date: __________",
]


def _who(tmp_path: Path, suffix: str, everyone: str, some: str, after: str) -> DocumentFacts:
    fill = {"{everyone}": everyone, "{some}": some, "{after}": after}
    lines = [fill.get(line, line) for line in WHO_LIST]
    if suffix == "docx":
        path = write_docx(tmp_path / "form.docx", [line for line in lines if line])
        return Measurer().measure(path, "form.docx")[1]
    return measure(tmp_path, f"form.{suffix}", "\n".join(lines) + "\n")


def test_a_list_s_sub_headings_in_capitals_say_who_sends_what(tmp_path: Path) -> None:
    """A documents list split by sub-headings in capitals saying who sends what ("ALL GROUPS"
    / "SOME GROUPS") goes on under them, as it does under sub-headings styled as headings: the
    first part from every applicant, the second from some. The list was closed at the first
    sub-heading and every document under it lost. Three wordings, in plain text, Markdown and
    Word."""
    pairs = [
        ("ALL GROUPS", "SOME GROUPS"),
        ("EVERY APPLICANT", "ONLY IF THEY APPLY TO YOU"),
        ("FROM EVERY GROUP", "IN SOME CASES"),
    ]
    for everyone, some in pairs:
        for suffix in ("txt", "md", "docx"):
            facts = _who(tmp_path, suffix, everyone, some, "")
            sent = sorted((a.kind, a.conditional) for a in facts.attachments)
            assert sent == [
                ("accounts", False),
                ("governing_document", False),
                ("insurance_certificate", True),
                ("quotes", True),
            ], (everyone, suffix, sent)


def test_a_heading_in_capitals_that_says_nothing_of_who_ends_the_list(tmp_path: Path) -> None:
    """Near misses: a heading in capitals naming no applicants ("YOUR PROJECT BUDGET", "HOW WE
    USE YOUR INFORMATION") after the list is the form's next part: what follows is not sent."""
    for after in ("YOUR PROJECT BUDGET", "HOW WE USE YOUR INFORMATION"):
        for suffix in ("txt", "md"):
            lines = WHO_LIST[:7] + ["* your constitution or set of rules", "", after, ""]
            lines += ["* your latest annual accounts", "", "Signed: ______________"]
            facts = measure(tmp_path, f"form.{suffix}", "\n".join(lines) + "\n")
            kinds = [a.kind for a in facts.attachments]
            assert kinds == ["governing_document"], (after, suffix, kinds)


def test_room_above_an_faqs_answer_is_spacing(tmp_path: Path) -> None:
    """Near miss (review16 on ae42d7d, which read 2 questions here): a page of questions and
    answers spaced by a CMS with "<br><br>" or "&nbsp;" paragraphs under each heading asks
    nothing: the room is followed by the answer, a statement, not by the next prompt."""
    for room in ("<br><br>", "&nbsp;\n\n&nbsp;"):
        text = (
            "# Community Chest: questions and answers\n\n### Who can apply?\n\n"
            f"{room}\n\nAny constituted group in Anyshire.\n\n### How much can we ask for?\n\n"
            f"{room}\n\nUp to 2,000 pounds.\n\n### What will you not fund?\n\n{room}\n\n"
            "Running costs and salaries.\n"
        )
        assert measure(tmp_path, "faq.md", text).questions == [], room


def _gridded_form(indent: int, rows: int, header_rule: str) -> str:
    """A plain-text form whose third question asks for figures in a grid table drawn under it,
    indented as the question's words are."""
    pad = " " * indent
    rule = f"{pad}+{'-' * 43}+{'-' * 9}+{'-' * 9}+"
    head_rule = rule.replace("-", header_rule)
    body = [f"{pad}| {'Measure ' + str(n + 1):<41} |         |         |" for n in range(rows)]
    lines = "_" * 60
    return "\n".join(
        [
            "RIVERTON COUNCIL COMMUNITY GRANT APPLICATION FORM",
            "",
            "1.1  Name of organisation: ________________________________",
            "",
            "2.1  Summarise the service the grant will fund. (no more than 150 words)",
            "",
            f"{pad}{lines}",
            f"{pad}{lines}",
            "",
            "2.2  What would happen if this proposal were not accepted?",
            "",
            f"{pad}{lines}",
            f"{pad}{lines}",
            "",
            "3.1  Please enter a target for each year against each measure.",
            "",
            rule,
            f"{pad}| {'Measure':<41} | 2027/28 | 2028/29 |",
            head_rule,
            *body,
            rule,
            "",
            "3.2  Describe how you will report to us. (no more than 200 words)",
            "",
            f"{pad}{lines}",
            f"{pad}{lines}",
        ]
    )


def test_a_grid_table_indented_under_its_question_is_read_as_a_table(tmp_path: Path) -> None:
    """A grid table ("+---+" borders, "|" rows) indented under the question asking for its
    figures, as plain-text forms draw it, is a table: four rows or more of it were taken for a
    form laid out in two columns, and every question of the form was lost (0 questions)."""
    for indent, rows, header_rule in [(5, 4, "-"), (2, 6, "="), (4, 4, "="), (0, 5, "-")]:
        text = _gridded_form(indent, rows, header_rule)
        facts = measure(tmp_path, "form.txt", text)
        limits = [q.word_limit for q in facts.questions]
        assert limits == [150, None, 200], (indent, rows, limits)
