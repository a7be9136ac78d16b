"""Web pages and Markdown: session 9's causes, each shown on small documents of the test's own,
never the labelled corpus (tests/forms). A folded part of a page (``<details>``) whose title
states a case ("If your group employs staff") asks what it holds of those applicants only; an
upload marked optional asks nothing, nor does its help ("for example photos"); a question that
says it has no limit keeps none under its section's "each answer" default; a limit told in
passing in a page's news, with nowhere to write, is no question."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def _kinds(f: DocumentFacts) -> tuple[list[str], list[str]]:
    every = sorted(a.kind for a in f.attachments if not a.conditional)
    some = sorted(a.kind for a in f.attachments if a.conditional)
    return every, some


# --- a folded part whose title states a case: what it holds is asked of some applicants -------

FOLDED = """<html><body><main><form>
<h2>Documents</h2>
<p>All groups must upload a copy of their constitution.</p>
<label for="gov">Constitution</label><input type="file" id="gov" required>
<p>Open any section below that describes your group.</p>
<details>
  <summary>{first}</summary>
  <div><p>Please upload your employer's liability insurance certificate.</p>
  <label for="el">Employer's liability insurance certificate</label>
  <input type="file" id="el"></div>
</details>
<details>
  <summary>{second}</summary>
  <p>Upload your safeguarding policy.</p>
  <label for="sg">Safeguarding policy</label><input type="file" id="sg"></div>
</details>
<details>
  <summary>What counts as a constitution?</summary>
  <p>A set of rules, a trust deed or articles of association. Please upload it above.</p>
</details>
</form></main></body></html>
"""

CASES = [
    ("If your group employs paid staff", "If your activities involve children"),
    ("We employ a paid coordinator", "We work with young people or adults at risk"),
    ("Groups with employees only", "For groups running sessions with under-18s"),
    ("Only if you have staff", "Our project involves children"),
]


@pytest.mark.parametrize(("first", "second"), CASES)
def test_a_folded_part_stating_a_case_asks_only_some(
    tmp_path: Path, first: str, second: str
) -> None:
    f = measure(tmp_path, "folded.html", FOLDED.format(first=first, second=second))
    assert _kinds(f) == (["governing_document"], ["insurance_certificate", "policy"])
    assert {(p.value, p.conditional) for p in f.policies} == {("safeguarding", True)}


def test_a_folded_part_offering_help_asks_everyone(tmp_path: Path) -> None:
    page = """<html><body><form>
<details><summary>Before you start</summary>
<p>You will need to upload your latest annual accounts and your constitution.</p></details>
<details><summary>Why do we ask for a safeguarding policy?</summary>
<p>Every applicant must upload a safeguarding policy, whatever the project.</p></details>
</form></body></html>"""
    f = measure(tmp_path, "help.html", page)
    assert _kinds(f) == (["accounts", "governing_document", "policy"], [])


def test_a_folded_part_in_a_markdown_page(tmp_path: Path) -> None:
    page = """# Small grants: what to send

Every applicant sends a copy of their governing document.

<details>
<summary>If you are buying equipment</summary>

Please send two written quotes for each item.

</details>

<details>
<summary>Where to send it</summary>

Please send a copy of your latest bank statement to grants@example.gov.uk.

</details>
"""
    f = measure(tmp_path, "fold.md", page)
    assert _kinds(f) == (["bank_statement", "governing_document"], ["quotes"])


# --- an upload marked optional asks for nothing, nor does its help ------------------------------


@pytest.mark.parametrize(
    ("label", "help_text"),
    [
        (
            "Anything else you want us to see (optional)",
            "For example photos or a letter of support.",
        ),
        (
            "Extra documents (optional)",
            "You could add press cuttings, quotes or letters of support.",
        ),
        ("Further evidence (optional)", "Such as a business plan or your risk assessment."),
    ],
)
def test_help_under_an_optional_upload_asks_nothing(
    tmp_path: Path, label: str, help_text: str
) -> None:
    page = f"""<html><body><form>
<div><label for="acc">Latest accounts *</label><input type="file" id="acc"></div>
<div class="field"><label for="more">{label}</label>
<p class="hint">{help_text} You may also email these.</p>
<input type="file" id="more" multiple></div>
</form></body></html>"""
    f = measure(tmp_path, "optional.html", page)
    assert _kinds(f) == (["accounts"], [])


# --- a question that says it has no limit keeps none under its section's default ---------------
# (the rule landed from accq s9 as well: these are its cases on a web page's hint and a text form)

HTML_DEFAULT = """<html><body><form><fieldset><legend>2. Your project</legend>
<p class="hint">Each answer in this section can be up to {default} unless we say otherwise.</p>
<div><label for="a">Tell us what you will do</label><textarea id="a"></textarea></div>
<div><label for="b">Who will it help?</label><textarea id="b"></textarea></div>
<div><label for="c">How will you manage the risks?</label>
<p class="hint" id="c-h">{none}</p><textarea id="c" aria-describedby="c-h"></textarea></div>
</fieldset></form></body></html>"""

TEXT_DEFAULT = """SECTION 2  YOUR PROJECT

Each answer in this section: no more than {default}, unless marked otherwise.

2.1  Tell us what you will do.

    ______________________________________________________________
    ______________________________________________________________

2.2  Who will it help?

    ______________________________________________________________
    ______________________________________________________________

2.3  How will you manage the risks? ({none})

    ______________________________________________________________
    ______________________________________________________________
"""

NONES = ["No length limit. A list is fine.", "There is no word limit for this one.", "No limit"]


@pytest.mark.parametrize("none", NONES)
@pytest.mark.parametrize(("name", "page"), [("d.html", HTML_DEFAULT), ("d.txt", TEXT_DEFAULT)])
def test_a_question_saying_it_has_no_limit_keeps_none(
    tmp_path: Path, name: str, page: str, none: str
) -> None:
    f = measure(tmp_path, name, page.format(default="200 words", none=none.rstrip(".")))
    assert [q.word_limit for q in f.questions] == [200, 200, None]
    assert f.questions[2].open


def test_a_section_note_naming_the_exception_keeps_its_limit(tmp_path: Path) -> None:
    page = TEXT_DEFAULT.format(
        default='250 words, unless marked "No length limit"', none=""
    ).replace(" ()", "")
    f = measure(tmp_path, "note.txt", page)
    assert [q.word_limit for q in f.questions] == [250, 250, 250]


# --- a limit told in passing in a page's news, with nowhere to write, asks nothing -------------

NEWS = [
    "Entries for the Young Volunteer of the Year are now open. Tell us in no more than 150 words"
    " what your volunteer has done. Entries close on 3 March.",
    "Our photo competition is back for another summer. Describe your favourite local place in up"
    " to 50 words and send us a picture. The winner gets a voucher for the market.",
    "The youth panel is recruiting again this spring. Explain in 200 words or fewer why you want"
    " to join. Interviews will be held in April.",
]


@pytest.mark.parametrize("news", NEWS)
def test_a_limit_told_in_passing_in_an_email_is_no_question(tmp_path: Path, news: str) -> None:
    email = f"""<html><body><table role="presentation" width="100%"><tr><td>
<h1>Neighbourhood news</h1>
<p>Grants of up to £1,000 are open. Apply online: the form asks three short questions.</p>
<h3>Something else</h3>
<p>{news} <a href="https://example.gov.uk/more">Find out more</a>.</p>
</td></tr></table></body></html>"""
    assert measure(tmp_path, "news.html", email).questions == []
    text = f"NEIGHBOURHOOD NEWS\n\n{news}\n\nUnsubscribe at any time.\n"
    assert measure(tmp_path, "news.txt", text).questions == []


def test_a_prompt_opening_its_paragraph_is_still_asked_without_a_box(tmp_path: Path) -> None:
    reply = """Please reply to this email with your answers.

1. Your project. Describe what you will do, in up to 300 words. Include where and when.

2. Who will benefit, and how? (200 words)
"""
    f = measure(tmp_path, "reply.txt", reply)
    assert [q.word_limit for q in f.questions] == [300, 200]


# --- Markdown fields: blanks in a line, a task list, a notes column, a list's lead-in -----------


@pytest.mark.parametrize(
    "line",
    [
        "Signature: ____________________  Date: ____________",
        "Signed ______________ Date ______________",
        "Name of treasurer: __________ Phone: __________",
    ],
)
def test_two_blanks_on_one_markdown_line_are_two_fields(tmp_path: Path, line: str) -> None:
    page = f"# Form\n\n## Declaration\n\nI confirm the above is true. We **must** sign.\n\n{line}\n"
    assert len(measure(tmp_path, "sign.md", page).fields) == 2
    assert len(measure(tmp_path, "sign.txt", page.replace("**", "")).fields) == 2


def test_a_task_list_wrapped_over_lines_is_one_tick_box_group(tmp_path: Path) -> None:
    page = """# What to send

Send these with your form, ticking each one:

- [ ] Your constitution, or the rules your members agreed when the
      group was set up
- [ ] Your latest accounts, signed by two committee members who are
      not related
- [ ] A budget for the project
* [ ] Quotes for anything over £500, from two different suppliers so
      that we can compare them
"""
    f = measure(tmp_path, "ticks.md", page)
    assert len(f.fields) == 1
    assert sorted(a.kind for a in f.attachments) == [
        "accounts",
        "budget",
        "governing_document",
        "quotes",
    ]


def test_empty_cells_among_notes_are_no_boxes(tmp_path: Path) -> None:
    page = """# Who can apply

| Type of group | Can apply? | Notes |
| --- | --- | --- |
| Charity | Yes | Registered in England |
| Residents' association | Yes | |
| Sports club | Yes | Must be open to all |
| Business | No | Social enterprises may apply |
| Individual | No | |

## Your details

| Question | Your answer |
| --- | --- |
| Group name | |
| Contact email | |
"""
    assert len(measure(tmp_path, "notes.md", page).fields) == 2


@pytest.mark.parametrize(
    "lead",
    [
        "The online form asks for your group's name and address, and then:",
        "- Groups with an annual income of more than £100,000 also need to send:",
        "We will want to see the following from every group before we decide:",
    ],
)
def test_a_line_leading_a_list_in_is_no_field(tmp_path: Path, lead: str) -> None:
    page = f"""# Guidance

{lead}

- your most recent accounts;
- your safeguarding policy.
"""
    assert measure(tmp_path, "lead.md", page).fields == []
    assert measure(tmp_path, "lead.txt", page).fields == []
