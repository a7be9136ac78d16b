"""Plain text, Markdown and web pages: session 10's reading causes, each shown on small
documents of the test's own, never the labelled corpus (tests/forms).

A form that marks where to write only with a label line under each item ("Response:", "Your
answer:") has somewhere to write: a word about a portal in its footer does not make it guidance
listing another form's questions. A task list's item wraps to the words after its bullet. A
form on a page that sends its answers nowhere, answers on the page and asks only choices is a
check the reader runs for themselves, not the application. A forwarded email's quoted original
is the form (a reply's is still not), its quoting marks are not its words, and its quoting's end
is the form's; blank lines left under a question in a plain-text form, more than its usual gap,
are its answer space. A question standing alone as a title (a fieldset's legend) names the cover
it asks. A checklist in a form laid out in two columns is read item by item, each item's words
(its note, its "who sends it" column) with it. An upload in a portal's export of its
questions is a document to send, named by its title ("Required: Yes / Only if ... / No"). A
file input inside a drop zone that names its label is named by it. The parts of one name or
address in one autofill section ("section-contact given-name") are one field."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def _limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


def _kinds(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds every applicant sends, and those only some send."""
    every = sorted(a.kind for a in f.attachments if not a.conditional)
    return every, sorted(a.kind for a in f.attachments if a.conditional)


# --- an answer label under each item is where to write -----------------------------------------

LABELLED = """{title}

1. {first} (no more than 300 words)
{marker}

2. {second} Maximum 150 words.
{marker}

{footer}
"""
PHRASINGS = [
    (
        "NEIGHBOURHOOD FUND: EXPRESSION OF INTEREST",
        "Tell us what your group would do with the money.",
        "Who in the village would take part?",
        "Response:",
        "Queries about this fund go through the portal's message page, not by phone.",
    ),
    (
        "Small Sports Grants - questions",
        "What equipment do you need, and why?",
        "How many young people will use it each week?",
        "Your response:",
        "Please submit this document through the grants portal by 30 June.",
    ),
    (
        "# Heritage Open Days grant",
        "Describe the building and what visitors will see.",
        "How will you tell people about the day?",
        "Answer:",
        "You will be asked for your bank details on the online portal after an award.",
    ),
]


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize("words", PHRASINGS)
def test_an_answer_label_under_each_item_is_somewhere_to_write(
    tmp_path: Path, fmt: str, words: tuple[str, str, str, str, str]
) -> None:
    title, first, second, marker, footer = words
    text = LABELLED.format(title=title, first=first, second=second, marker=marker, footer=footer)
    f = measure(tmp_path, f"form.{fmt}", text)
    assert _limits(f) == [300, 150]


# --- a task list's item wraps to the words after its bullet -------------------------------------

TASKS = [
    """# Checklist

Please send these documents with your form. Tick each one you are sending.

- [ ] A copy of your constitution. If your group has no constitution yet, a set
  of rules agreed at a meeting will do.
- [ ] Your latest annual accounts. They can be signed by your treasurer: they do not
  need an independent examination.
- [ ] Your equality policy
- [ ] If you are asking for equipment: a written quote for each item over £500,
  from the supplier you will use
""",
    """# What to send us

Tick the box beside each document you attach to your email.

* [ ] Your annual accounts for last year, or a summary of income and spending signed
  by two committee members: we do not ask for an examiner's report.
* [ ] The equality policy your committee has adopted
* [ ] Your governing document (a constitution, trust deed or set of
  rules)
* [ ] If the grant pays for building work: quotes from two builders for the work,
  dated in the last three months
""",
]


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("text", TASKS)
def test_a_task_lists_item_wraps_to_the_words_after_its_bullet(
    tmp_path: Path, fmt: str, text: str
) -> None:
    f = measure(tmp_path, f"checklist.{fmt}", text)
    every, some = _kinds(f)
    assert every == ["accounts", "governing_document", "policy"]
    assert some == ["quotes"]
    assert f.accounts is not None and f.accounts.value == "unaudited"


# --- a check the reader runs for themselves is not the application ------------------------------

CHECKER = """<h2>{title}</h2>
<form {attrs}>
  <fieldset><legend>{first}</legend>
    <label><input type="radio" name="a" value="y"> Yes</label>
    <label><input type="radio" name="a" value="n"> No</label></fieldset>
  <fieldset><legend>{second}</legend>
    <label><input type="checkbox" name="b"> We have one</label></fieldset>
  <label for="c">Where are you based?</label>
  <select id="c" name="c"><option>In the borough</option><option>Elsewhere</option></select>
  <button type="submit">{button}</button>
  {result}
</form>
<p>Apply on the online form once you know you can.</p>
"""
CHECKS = [
    (
        "Can we apply?",
        'id="quiz" onsubmit="return showResult();"',
        "Is your group run on a not-for-profit basis?",
        "Do you have a written constitution?",
        "Check",
        "",
    ),
    (
        "Find out in a minute",
        'class="self-test"',
        "Has your club been running for more than a year?",
        "Tick if you have a bank account in the club's name",
        "See if you are eligible",
        '<div aria-live="polite" id="verdict"></div>',
    ),
    (
        "Before you start",
        'action="#" onsubmit="answer(); return false"',
        "Will the project finish within twelve months?",
        "Tick if you have public liability insurance",
        "Show my answer",
        '<output name="verdict"></output>',
    ),
]


def _page(fmt: str, body: str) -> str:
    if fmt == "html":
        return f"<html><body><main>{body}</main></body></html>"
    html = "\n".join(line for line in body.splitlines() if line.strip())  # (one HTML block)
    return f"# Small grants\n\nRead this page before you apply.\n\n{html}\n\nThank you.\n"


@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize("words", CHECKS)
def test_a_check_the_reader_runs_on_the_page_has_no_fields(
    tmp_path: Path, fmt: str, words: tuple[str, ...]
) -> None:
    title, attrs, first, second, button, result = words
    body = CHECKER.format(
        title=title, attrs=attrs, first=first, second=second, button=button, result=result
    )
    f = measure(tmp_path, f"page.{fmt}", _page(fmt, body))
    assert (len(f.questions), len(f.fields)) == (0, 0)


@pytest.mark.parametrize(
    "attrs, result",
    [
        ('action="/apply/step-2" method="post"', ""),  # sent on: the application's first step
        ("", ""),  # no script answering on the page: a saved step of a portal's form
    ],
)
def test_a_form_sending_its_choices_on_keeps_them_as_fields(
    tmp_path: Path, attrs: str, result: str
) -> None:
    title, _, first, second, button, _ = CHECKS[0]
    body = CHECKER.format(
        title=title, attrs=attrs, first=first, second=second, button=button, result=result
    )
    f = measure(tmp_path, "step.html", _page("html", body))
    assert len(f.fields) == 3


def test_a_check_with_a_box_to_type_in_is_a_form(tmp_path: Path) -> None:
    body = CHECKER.format(
        title="Tell us about you",
        attrs='onsubmit="return send();"',
        first="Are you a registered charity?",
        second="Tick if you have a safeguarding policy",
        button="Send",
        result='<label for="d">Name of your group</label><input type="text" id="d" name="d">',
    )
    f = measure(tmp_path, "typed.html", _page("html", body))
    assert len(f.fields) == 4


# --- a form forwarded in a plain-text email ------------------------------------------------------

FORM_LINES = [
    "HARBOURSIDE ARTS FUND",
    "",
    "Grants of up to £600. We will not usually pay more than 80% of the cost of an event.",
    "",
    "C1  Name of your group:",
    "",
    "C2  Tell us about the event you are planning (no more than 150 words)",
    "",
    "",
    "",
    "C3  Who is it for? (about 50 words)",
    "",
    "",
    "",
    "C4  How will you let people know about it?",
    "",
    "",
    "",
    "C5  Is the event free to attend?  YES / NO",
    "",
    "Please send with your reply:",
    "  - your group's constitution",
    "  - your last year's accounts",
    "",
    "Signed: ______________________    Date: ____________",
    "",
    "Kind regards",
    "Robin Ashdown, Community Grants",
]
FOOTER = [
    "",
    "_______________________________________",
    "This message is meant only for the person it is addressed to. If it reached you by",
    "mistake, please delete it.",
]


def _email(subject: str, marker: str, quote: str) -> str:
    head = [
        "From: Robin Ashdown <grants@harbourside.example.org.uk>",
        "Sent: 3 May 2027 10:15",
        "To: Friends of Pier Gardens",
        f"Subject: {subject}",
        "",
        "Hello all,",
        "",
        "Sending this round again: please answer under each question and send it back.",
        "",
        "Robin",
        "",
        marker,
        "From: Robin Ashdown",
        "Sent: 1 April 2027 09:00",
        "Subject: Harbourside Arts Fund: the questions",
        "",
    ]
    body = [f"{quote}{line}".rstrip() if quote else line for line in FORM_LINES]
    # (a quoted original ends where its quoting does: the mail's footer after it is no part of
    # the form; an original sent on unquoted runs to the end, footer and all)
    return "\n".join(head + body + (FOOTER if quote else [])) + "\n"


@pytest.mark.parametrize(
    "subject, marker, quote",
    [
        ("FW: Harbourside Arts Fund", "-----Original Message-----", "> "),
        ("Fwd: Arts fund form", "-----Original Message-----", ""),
        ("Fw: the arts fund questions", "On 1 April 2027, at 09:00, Robin Ashdown wrote:", "> "),
    ],
)
def test_a_forwarded_emails_original_is_the_form(
    tmp_path: Path, subject: str, marker: str, quote: str
) -> None:
    f = measure(tmp_path, "forwarded.txt", _email(subject, marker, quote))
    assert _limits(f) == [150, 50, None]
    assert sorted(a.kind for a in f.attachments) == ["accounts", "governing_document"]
    assert f.match_funding is not None and f.match_funding.value == 20


def test_a_replys_quoted_original_is_still_not_the_form(tmp_path: Path) -> None:
    text = _email("RE: Harbourside Arts Fund", "-----Original Message-----", "> ")
    f = measure(tmp_path, "reply.txt", text)
    assert (f.questions, f.attachments) == ([], [])


# --- blank lines left under a question in a plain-text form --------------------------------------


UNNUMBERED = """Allotment Society: request for a small grant

Your society's name:

What would the money pay for? Please keep to 100 words.
{room}
Who looks after the site, and how often?
{room}
Tick if you are a registered charity:  [ ]

Signed: ____________________
"""


@pytest.mark.parametrize("room", [3, 5])
def test_blank_lines_left_under_a_question_are_its_answer_space(tmp_path: Path, room: int) -> None:
    text = "\n".join(FORM_LINES).replace("\n\n\n\n", "\n" * (room + 1)) + "\n"
    assert _limits(measure(tmp_path, "form.txt", text)) == [150, 50, None]
    other = UNNUMBERED.format(room="\n" * room)
    assert _limits(measure(tmp_path, "request.txt", other)) == [100, None]


def test_paragraphs_two_blank_lines_apart_leave_no_room(tmp_path: Path) -> None:
    text = (
        "Spring grants: how to apply\n\n"
        "Read these notes before you fill in the form.\n\n"
        "Who can apply?\n\n\n"
        "Any group based in the town.\n\n"
        "What do we pay for?\n\n\n"
        "Equipment, venue hire and volunteers' travel.\n"
    )
    assert measure(tmp_path, "notes.txt", text).questions == []


# --- a question standing alone as a title names the cover asked --------------------------------

COVER = [
    ("Do you hold public liability insurance of at least £10 million?", 10_000_000),
    ("Does your group have public liability cover of £5m or more?", 5_000_000),
    ("Is your club insured for public liability up to £2,000,000?", 2_000_000),
]


def _asking(fmt: str, question: str) -> str:
    if fmt == "html":
        return (
            '<html><body><main><form action="/apply"><h2>Your group</h2>'
            '<label for="n">Name of your group</label><input id="n" name="n">'
            f"<fieldset><legend>{question}</legend>"
            '<input type="radio" name="i" id="y"><label for="y">Yes</label>'
            '<input type="radio" name="i" id="x"><label for="x">No</label></fieldset>'
            "</form></main></body></html>"
        )
    return f"Your group\n\nName of your group: ________\n\n{question}\n\n[ ] Yes   [ ] No\n"


@pytest.mark.parametrize("fmt", ["html", "txt", "md"])
@pytest.mark.parametrize("question, cover", COVER)
def test_a_question_alone_on_its_line_names_the_cover_asked(
    tmp_path: Path, fmt: str, question: str, cover: int
) -> None:
    f = measure(tmp_path, f"form.{fmt}", _asking(fmt, question))
    assert f.insurance is not None and f.insurance.value == cover


# --- a checklist in a form laid out in two columns --------------------------------------------

LAID_OUT = """GREENWAY TRUST - SMALL GRANTS
{rule}
PART A - ABOUT YOU

Name of your group                               ____________________

Are you a registered charity?                    Yes / No

Year your group was set up                       ____________________

Amount you are asking for                        £

Total cost of the project                        £

PART B - WHAT TO SEND

Tick each one you are sending with this form.

{items}

Signed                                           ____________________
"""
ITEMS = [
    "  [ ] A copy of your constitution                 - every group\n"
    "  [ ] Your last annual accounts                   - every group\n"
    "      (signed by two members of your committee)\n"
    "  [ ] Your safeguarding policy                    - if you run\n"
    "                                                    activities for children\n",
    "  ☐ Your governing document (rules or constitution)    all applicants\n"
    "  ☐ Last year's accounts, or a statement of income     all applicants\n"
    "    and spending signed by your treasurer\n"
    "  ☐ Your safeguarding policy                           where you work\n"
    "                                                       with young people\n",
]


@pytest.mark.parametrize("items", ITEMS)
@pytest.mark.parametrize("rule", ["", "=" * 60])
def test_a_checklists_items_are_read_one_by_one_in_a_two_column_form(
    tmp_path: Path, items: str, rule: str
) -> None:
    f = measure(tmp_path, "laid-out.txt", LAID_OUT.format(items=items, rule=rule))
    every, some = _kinds(f)
    assert (every, some) == (["accounts", "governing_document"], ["policy"])
    assert f.accounts is not None and f.accounts.value == "unaudited"
    accounts = next(a for a in f.attachments if a.kind == "accounts")
    assert "constitution" not in accounts.text  # (each item read alone)


# --- an upload in a portal's export of its questions -------------------------------------------

EXPORT_MD = """# Village Fund: the questions on the portal

### 2.1 Describe your project

- *Answer type:* Paragraph text (max 250 words)
- *Required:* Yes

### 4.1 Your constitution

- *Answer type:* File upload (PDF or Word)
- *Required:* Yes
- *Help text:* Your rules, constitution or trust deed.

### 4.2 Most recent accounts

- *Answer type:* File upload (PDF)
- *Required:* Yes

### 4.3 Safeguarding policy

- *Answer type:* File upload (PDF or Word)
- *Required:* Only if your project involves children

### 4.4 Photographs

- *Answer type:* File upload (JPG)
- *Required:* No
"""
EXPORT_TXT = """COMMUNITY POT - APPLICATION QUESTIONS

2.1  Describe your project
     Answer type: Long answer (max 250 words)
     Required: Yes

4.1  Governing document
     Answer type: Upload (PDF, Word)
     Required: Yes
     Help text: A copy of your constitution or set of rules.

4.2  Latest annual accounts
     Answer type: File upload
     Required: Yes

4.3  Safeguarding policy
     Answer type: File upload
     Required: Yes
     Shown if: 3.2 = Children or young people

4.4  Anything else you want us to see
     Answer type: File upload (up to 5 files)
     Required: No
"""


@pytest.mark.parametrize("name, text", [("export.md", EXPORT_MD), ("export.txt", EXPORT_TXT)])
def test_an_upload_in_a_portals_export_is_a_document_to_send(
    tmp_path: Path, name: str, text: str
) -> None:
    f = measure(tmp_path, name, text)
    every, some = _kinds(f)
    assert (every, some) == (["accounts", "governing_document"], ["policy"])
    assert _limits(f) == [250]


# --- a file input inside a drop zone that names its label ---------------------------------------

DROP = """<h2>Files</h2>
<div class="field">
  <div><span id="a1">{first}</span><span aria-hidden="true">*</span></div>
  <div class="zone" aria-labelledby="a1">Drop files here or browse
    <input type="file" multiple style="display:none"></div>
</div>
<div class="field">
  <div><span id="a2">{second}</span></div>
  <p>{help}</p>
  <div class="zone" aria-labelledby="a2">Drop files here or browse
    <input type="file" multiple style="display:none"></div>
</div>
"""
DROPS = [
    (
        "Your latest annual accounts",
        "Your public liability insurance certificate",
        "Only needed if your project is an event open to the public.",
    ),
    (
        "Your group's constitution",
        "Two quotes for the equipment",
        "Only if you are asking for equipment costing over £500.",
    ),
]


@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize("first, second, help", DROPS)
def test_a_file_input_in_a_drop_zone_is_named_by_the_zones_label(
    tmp_path: Path, fmt: str, first: str, second: str, help: str
) -> None:
    body = DROP.format(first=first, second=second, help=help)
    f = measure(tmp_path, f"uploads.{fmt}", _page(fmt, body))
    every = [a.text.split("*")[0] for a in f.attachments if not a.conditional]
    some = [a.text.split(" Only")[0] for a in f.attachments if a.conditional]
    assert (every, some) == ([first], [second])


# --- the parts of one name or address in one autofill section -----------------------------------

PARTS = """<div class="q"><label for="f1">{who}</label>
  <span><input id="f1" name="c[first]" autocomplete="section-{s} given-name">
  <label for="f1">First name</label></span>
  <span><input id="f2" name="c[last]" autocomplete="section-{s} family-name">
  <label for="f2">Last name</label></span></div>
<div class="q"><label for="a1">{where}</label>
  <span><input id="a1" name="a[line1]" autocomplete="section-{s} address-line1">
  <label for="a1">Street address</label></span>
  <span><input id="a2" name="a[town]" autocomplete="section-{s} address-level2">
  <label for="a2">Town</label></span>
  <span><input id="a3" name="a[postcode]" autocomplete="section-{s} postal-code">
  <label for="a3">Postcode</label></span></div>
<div class="q"><label for="e1">Email</label><input id="e1" name="email" type="email"></div>
"""


@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize(
    "who, where, section",
    [("Main contact", "Address", "contact"), ("Your name", "Where is your group based?", "g")],
)
def test_the_parts_of_one_name_or_address_in_an_autofill_section_are_one_field(
    tmp_path: Path, fmt: str, who: str, where: str, section: str
) -> None:
    body = f'<form action="/send">{PARTS.format(who=who, where=where, s=section)}</form>'
    assert len(measure(tmp_path, f"contact.{fmt}", _page(fmt, body)).fields) == 3
