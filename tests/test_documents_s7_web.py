"""Saved web pages and Markdown in the layouts of session 7's new families, each shown on a
small page of the test's own, never the labelled corpus: a multi-step form builder's later
steps kept in the page but hidden, a dialog over the page, an HTML e-mail's layout tables,
raw HTML inside Markdown, and the Markdown extensions of documentation sites."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


def kinds(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds every applicant sends, and those sent only in some cases, each once."""
    required, conditional = distinct(f.attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


# --- a multi-step form: the steps not shown yet are hidden, not traps -------------------------

STEPS = """<html><body><main><form action="/go" method="post">
<div class="step" aria-hidden="false"><h2>Step 1: your group</h2>
<label for="a">Group name</label><input id="a" name="a">
<label for="b">Contact email</label><input id="b" name="b" type="email">
</div>
<div class="step" aria-hidden="true"><h2>Step 2: your idea</h2>
<label for="c">What will you do with the money?</label>
<textarea id="c" name="c" maxlength="1200"></textarea>
<label for="d">Who will take part? (up to 150 words)</label><textarea id="d" name="d"></textarea>
</div>
<div class="step" aria-hidden="true"><h2>Step 3: documents</h2>
<label for="e">Your constitution</label><input id="e" name="e" type="file" required>
<label for="f">Your last annual accounts</label><input id="f" name="f" type="file" required>
</div>
<div class="trap" aria-hidden="true"><label for="z">Website</label><input id="z" name="z"></div>
</form></main></body></html>
"""


def test_the_later_steps_of_a_multi_step_form_are_read(tmp_path: Path) -> None:
    f = measure(tmp_path, "steps.html", STEPS)
    assert limits(f) == [200, 150]
    assert kinds(f) == (["accounts", "governing_document"], [])
    assert len(f.fields) == 2  # (the one hidden box alone is a trap for robots)


# --- a dialog over the page: saving for later, a session about to end -------------------------

DIALOG = """<html><body><main><form action="/go" method="post">
<label for="q1">Describe your project (max 300 words)</label><textarea id="q1" name="q1"></textarea>
</form>
<div class="modal" role="dialog" aria-modal="true" aria-labelledby="t">
<h2 id="t">Save for later</h2>
<label for="m">Email address</label><input id="m" name="m" type="email">
<label for="n">A note to yourself</label><textarea id="n" name="n" maxlength="600"></textarea>
</div>
<dialog open><p>Are you still there?</p><label for="k">Keep me signed in</label>
<input id="k" type="checkbox" name="k"></dialog>
</main></body></html>
"""


def test_a_dialog_over_the_page_is_not_the_form(tmp_path: Path) -> None:
    f = measure(tmp_path, "dialog.html", DIALOG)
    assert limits(f) == [300]
    assert len(f.fields) == 0


# --- a part of the form shown only after an earlier answer -----------------------------------

SHOWN_IF = """<html><body><main><form action="/go" method="post">
<label for="a">Your constitution</label><input id="a" name="a" type="file" required>
<fieldset><legend>Will you buy equipment?</legend>
<label><input type="radio" name="kit" value="y"> Yes</label>
<label><input type="radio" name="kit" value="n"> No</label></fieldset>
<div class="section" style="display:none" data-show-if="kit = 'y'">
<label for="b">Quotes for the equipment</label><input id="b" name="b" type="file" required>
</div>
</form></main></body></html>
"""


def test_an_upload_shown_only_after_an_earlier_answer_is_conditional(tmp_path: Path) -> None:
    f = measure(tmp_path, "shown.html", SHOWN_IF)
    assert kinds(f) == (["governing_document"], ["quotes"])


# --- an upload labelled by its button's words ------------------------------------------------

BUTTON_LABEL = """<html><body><main><form action="/go" method="post">
<section><h2 id="t1">Upload your latest accounts</h2>
<input type="file" id="f1" name="f1" aria-labelledby="t1">
<label for="f1">Choose file or drag here</label></section>
<section><h2 id="t2">Your equality policy</h2>
<input type="file" id="f2" name="f2" aria-labelledby="t2">
<label for="f2">Drag files here or browse</label></section>
</form></main></body></html>
"""


def test_an_uploads_label_that_is_its_buttons_words_names_no_document(tmp_path: Path) -> None:
    f = measure(tmp_path, "button.html", BUTTON_LABEL)
    assert kinds(f) == (["accounts", "policy"], [])


REQUIRED_MARK = """<html><body><main><form action="/go" method="post">
<label for="a">Insurance certificate <span aria-hidden="true">*</span></label>
<div id="a-help">If you hire a hall with its own cover, upload the hall's letter instead.</div>
<input id="a" name="a" type="file" aria-describedby="a-help">
</form></main></body></html>
"""


def test_an_upload_whose_label_ends_in_the_required_mark_is_asked_of_all(tmp_path: Path) -> None:
    f = measure(tmp_path, "mark.html", REQUIRED_MARK)
    assert "insurance_certificate" in kinds(f)[0]


# --- the Markdown of documentation sites -----------------------------------------------------

SITE_MD = """---
title: Village fund
tags:
  - grants
---

# Village fund

*[AGM]: Annual General Meeting

!!! info "Before you start"
    Read the whole page first.

=== "English"

    ## What to send

    Constitution or club rules
    :   Every club sends these, signed at your last AGM.

    Risk assessment
    :   Only if your activity takes place outdoors.

    Permission from the landowner
    :   Where the work is on land you do not own.

=== "Cymraeg"

    Darllenwch y dudalen gyfan.

[Download the form](form.docx){ .md-button }
"""


def test_a_definition_lists_term_is_read_with_its_definition(tmp_path: Path) -> None:
    f = measure(tmp_path, "site.md", SITE_MD)
    required, conditional = kinds(f)
    assert required == ["governing_document"]
    assert len(conditional) == 2


def test_a_sites_markers_and_settings_are_not_words(tmp_path: Path) -> None:
    from grantcheck.documents.budget import RunBudget
    from grantcheck.documents.text_reader import read_text

    found = read_text(SITE_MD, "md", RunBudget().document())
    text = found.text()
    for marker in ("!!!", "===", "title:", "tags:", "{ .md-button }", "*[AGM]", "grants\n"):
        assert marker not in text
    headings = [b.text for b in found.blocks if b.heading]
    assert headings[:4] == ["Village fund", "Before you start", "English", "What to send"]
    assert "Annual General Meeting (AGM)" in text


# --- an HTML e-mail laid out in tables --------------------------------------------------------

EMAIL = """<html><body><table width="100%" cellpadding="0"><tr><td id="bodyCell">
<table width="100%"><tr><td class="imageBlock"><img src="logo.png" alt=""></td></tr></table>
<table width="100%"><tr><td><h1>Community grants are open</h1>
<p>Apply online by the end of March.</p></td></tr></table>
<table width="100%" class="divider"><tr><td><span></span></td></tr></table>
<h3>Any questions?</h3><p>Reply to this e-mail and a member of the team will help.</p>
<table width="100%" class="divider"><tr><td></td></tr></table>
<table width="100%"><tr><td id="templateFooter">
<p>Our postal address is:</p><p>Civic Centre, High Street</p></td></tr></table>
</td></tr></table></body></html>
"""


def test_an_e_mails_spacers_pictures_and_footer_are_not_a_forms_boxes(tmp_path: Path) -> None:
    f = measure(tmp_path, "email.html", EMAIL)
    assert f.questions == []
    assert len(f.fields) == 0


# --- a survey builder: each question a fieldset, its number and words in elements apart -----

SURVEY = """<html><body><main><form method="post">
<fieldset><legend><h4><span class="num">1<span>.</span></span><span>What will the grant pay
for? (max 200 words)</span></h4></legend><textarea name="101"></textarea></fieldset>
<fieldset><legend><h4><span class="num">2.</span><span>Your latest accounts</span></h4></legend>
<input type="file" name="102" id="f102"><label for="f102">Choose File</label>
<span>No file chosen</span></fieldset>
</form></main></body></html>
"""


def test_a_surveys_numbers_and_uploads_named_by_their_question(tmp_path: Path) -> None:
    f = measure(tmp_path, "survey.html", SURVEY)
    assert [q.text for q in f.questions] == ["1. What will the grant pay for? (max 200 words)"]
    assert kinds(f) == (["accounts"], [])


# --- a counter written under a box, and a limit whose unit only a class names -----------------

COUNTERS = """<html><body><main><form method="post">
<div class="field"><label for="a">What will change because of your project?</label>
<textarea id="a" name="a"></textarea><div class="count">0 of 250 max words.</div></div>
<div class="field"><label for="b">Tell us about the people you work with</label>
<textarea id="b" name="b"></textarea><div class="count">Characters: 0 / 1,200</div></div>
<div class="field"><label for="c">How will you know it worked?</label>
<textarea id="c" name="c" class="limit-words-enabled" data-text-limit="100"></textarea></div>
</form></main></body></html>
"""


def test_a_counter_under_a_box_and_a_class_naming_the_unit_give_limits(tmp_path: Path) -> None:
    f = measure(tmp_path, "counters.html", COUNTERS)
    assert limits(f) == [250, 200, 100]


# --- a Markdown template whose instructions are comments, shown only to whoever fills it in ---

TEMPLATE_MD = """---
name: Grant application
about: Apply for a small grant
---

## 1. What is your project?

<!-- Up to 300 words. Say what, where and when. -->

_Write your answer here_

## 2. Who will it help?

<!-- Max 150 words. -->

_Write your answer here_
"""


def test_a_templates_comments_are_read_as_its_notes(tmp_path: Path) -> None:
    f = measure(tmp_path, "template.md", TEMPLATE_MD)
    assert limits(f) == [300, 150]


# --- a documents table with an upload in each row ---------------------------------------------

DOCS_TABLE = """<html><body><main><form method="post"><table>
<tr><th>Document</th><th>Do we need it?</th><th>Upload</th></tr>
<tr><td>Your constitution</td><td>Required</td>
<td><input type="file" name="d1" aria-label="Upload constitution"></td></tr>
<tr><td>Latest accounts</td><td>Required. They need an audit only if your income is over
£100,000.</td><td><input type="file" name="d2" aria-label="Upload accounts"></td></tr>
<tr><td>Risk assessment</td><td>Required if your activity is outdoors</td>
<td><input type="file" name="d3" aria-label="Upload risk assessment"></td></tr>
<tr><td>Photographs</td><td>Optional</td>
<td><input type="file" name="d4" aria-label="Upload photographs"></td></tr>
</table></form></main></body></html>
"""


def test_an_upload_in_a_documents_tables_row_takes_the_rows_condition(tmp_path: Path) -> None:
    f = measure(tmp_path, "table.html", DOCS_TABLE)
    required, conditional = kinds(f)
    assert required == ["accounts", "governing_document"]
    assert conditional == ["other"]
