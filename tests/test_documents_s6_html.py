"""Online forms saved as HTML in the ways form builders write them (session 6), each shown on a
small page of the test's own, never the labelled corpus: a CMS's page-state classes on
``body``, answers drawn with ARIA roles instead of form elements, upload buttons, help written
under a control, spam traps, limits in a builder's data attributes, names and addresses
written as several inputs, and a roomy box under a question that also asks "how many"."""

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


# --- a content management system's page state on body ---------------------------------------

CMS_PAGE = """<html><body class="path-form toolbar-fixed search-enabled user-logged-in">
<nav class="toolbar"><a href="/admin">Manage</a></nav>
<main class="layout-main"><h1>Apply for a small grant</h1>
<form action="/apply" method="post">
<label for="org">Organisation name</label><input id="org" name="org" type="text">
<label for="plan">Tell us about your plans (up to 200 words)</label>
<textarea id="plan" name="plan"></textarea>
</form></main></body></html>
"""


def test_a_pages_state_in_bodys_classes_does_not_hide_the_form(tmp_path: Path) -> None:
    f = measure(tmp_path, "cms.html", CMS_PAGE)
    assert limits(f) == [200]
    assert len(f.fields) == 1


# --- answers drawn with ARIA roles, uploads as buttons ---------------------------------------

ARIA_FORM = """<html><body><div role="main"><div role="list">
<div role="listitem"><div role="heading" aria-level="3" id="t1">Club name</div>
<div role="textbox" contenteditable="true" aria-labelledby="t1"></div></div>
<div role="listitem"><div role="heading" aria-level="3" id="t2">Which age groups do you run?</div>
<div role="list" aria-labelledby="t2">
<div role="checkbox" aria-label="Under 11s"></div><span>Under 11s</span>
<div role="checkbox" aria-label="Under 16s"></div><span>Under 16s</span></div></div>
<div role="listitem"><div role="heading" aria-level="3" id="t3">Are you affiliated?</div>
<div role="radiogroup" aria-labelledby="t3">
<div role="radio" aria-label="Yes"></div><div role="radio" aria-label="No"></div>
<div role="radio" aria-label="Other"></div><div role="textbox" aria-label="Other"></div>
</div></div>
<div role="listitem"><div role="heading" aria-level="3" id="t4">What will the kit let you do?</div>
<div id="d4">No more than 120 words.</div>
<div role="textbox" aria-multiline="true" contenteditable="true" aria-labelledby="t4"
 aria-describedby="d4"></div></div>
<div role="listitem"><div role="heading" aria-level="3" id="t5">Your club's rules or constitution
</div><div>One file, up to 10 MB.</div>
<div role="button" aria-labelledby="t5" tabindex="0"><span>Add file</span></div></div>
<div role="listitem"><div role="heading" aria-level="3" id="t6">Safeguarding policy</div>
<div>Only if you coach under-18s.</div>
<div role="button" aria-labelledby="t6" tabindex="0"><span>Add file</span></div></div>
</div></div></body></html>
"""


def test_answers_drawn_with_aria_roles_are_read_as_controls(tmp_path: Path) -> None:
    f = measure(tmp_path, "aria.html", ARIA_FORM)
    assert limits(f) == [120]
    # club name, the age groups' tick boxes (one group), the radio group with its "Other" box
    assert len(f.fields) == 3
    assert kinds(f) == (["governing_document"], ["policy"])


GROUPED_UPLOAD = """<html><body><main><form>
<div role="group" aria-labelledby="q9"><div id="q9">Upload two written quotes for the
equipment</div><div>Needed only if one item costs more than £250.</div>
<button type="button" aria-label="Upload file"><span>Upload file</span></button></div>
</form></main></body></html>
"""


def test_an_upload_button_takes_its_questions_words(tmp_path: Path) -> None:
    f = measure(tmp_path, "group.html", GROUPED_UPLOAD)
    assert kinds(f) == ([], ["quotes"])


# --- help written under a control, with no link to it ---------------------------------------

HELP_UNDER = """<html><body><main><form>
<div class="item"><label for="gov">Governing document</label>
<div id="gov"><input type="file" id="gov-file" name="gov"></div>
<div class="description">Your constitution or set of rules.</div></div>
<div class="item"><label for="plan">Business plan</label>
<input type="file" id="plan" name="plan">
<p class="help">Only needed for requests over £5,000.</p></div>
<div class="item"><label for="est">Estimates</label>
<input type="file" id="est" name="est" aria-describedby="est-help">
<span id="est-help">Required if you are buying equipment.</span></div>
</form></main></body></html>
"""


def test_help_written_under_an_upload_qualifies_it(tmp_path: Path) -> None:
    f = measure(tmp_path, "help.html", HELP_UNDER)
    assert kinds(f) == (["governing_document"], ["business_plan", "quotes"])


# --- spam traps ------------------------------------------------------------------------------

TRAPS = """<html><body><main><form>
<label for="n">Your name</label><input id="n" name="n" type="text">
<div aria-hidden="true"><label for="w">Website</label><input id="w" name="w" tabindex="-1"></div>
<div class="x"><label for="h1">Leave this field empty</label><input id="h1" name="h1"></div>
<div class="y"><label for="h2">Comments</label><input id="h2" name="h2">
<div>This field is for validation purposes and should be left unchanged.</div></div>
<div style="display:none"><input type="text" name="hp_url" tabindex="-1" autocomplete="off"></div>
<label for="t">Type of group</label><select id="t" name="t" aria-hidden="true" tabindex="-1">
<option>Charity</option><option>Club</option></select>
<span role="combobox" aria-labelledby="t-label" aria-expanded="false">Charity</span>
</form></main></body></html>
"""


def test_spam_traps_are_not_fields(tmp_path: Path) -> None:
    f = measure(tmp_path, "traps.html", TRAPS)
    assert len(f.fields) == 2  # the name, and the group's type once (its widget, not the select)


# --- limits in a form builder's data attributes ---------------------------------------------

COUNTERS = """<html><body><main><form>
<label for="a">What do you want to do?</label>
<textarea id="a" name="a" data-counter-type="word" data-counter-maximum="300"></textarea>
<label for="b">Who will take part?</label>
<textarea id="b" name="b" data-max-words="150"></textarea>
<label for="c">How will you know it worked?</label>
<textarea id="c" name="c" data-limit="600" data-limit-type="characters"></textarea>
<label for="d">How much do you need?</label>
<input id="d" name="d" type="number" data-max="5000">
</form></main></body></html>
"""


def test_a_form_builders_counter_attributes_are_limits(tmp_path: Path) -> None:
    f = measure(tmp_path, "counters.html", COUNTERS)
    assert limits(f) == [300, 150, 100]
    assert len(f.fields) == 1


# --- a name or an address written as several inputs -----------------------------------------

PARTS = """<html><body><main><form>
<fieldset><legend>Main contact</legend>
<label for="g">First name</label><input id="g" name="c[first]">
<label for="s">Surname</label><input id="s" name="c[last]"></fieldset>
<fieldset><legend>Where you meet</legend>
<input id="l1" name="a1" autocomplete="address-line1" aria-label="Building and street">
<input id="l2" name="a2" autocomplete="address-line2" aria-label="Line 2">
<input id="tw" name="a3" autocomplete="address-level2" aria-label="Town">
<input id="pc" name="a4" autocomplete="postal-code" aria-label="Postcode"></fieldset>
<label for="e">Email</label><input id="e" name="e" type="email">
<label for="p">Postcode of your main office</label><input id="p" name="p">
</form></main></body></html>
"""


def test_a_name_or_address_in_parts_is_one_field(tmp_path: Path) -> None:
    f = measure(tmp_path, "parts.html", PARTS)
    assert len(f.fields) == 4  # the name, the address, the email and the office's postcode


# --- a roomy box under a question that also asks "how many" ---------------------------------

ROOMY = """<html><body><main><form>
<label for="r">Who will benefit, and roughly how many people?</label>
<textarea id="r" name="r" maxlength="600"></textarea>
<label for="m">How many members do you have?</label>
<input id="m" name="m" maxlength="6">
</form></main></body></html>
"""


def test_a_roomy_box_makes_a_how_many_question_prose(tmp_path: Path) -> None:
    f = measure(tmp_path, "roomy.html", ROOMY)
    assert limits(f) == [100]
    assert len(f.fields) == 1


# --- accounts an upload's help waives for some ---------------------------------------------

WAIVED = """<html><body><main><form>
<div class="q"><label for="b">A recent bank statement *</label>
<input type="file" id="b" required></div>
<div class="q"><label for="a">Your latest annual accounts</label>
<input type="file" id="a"><div class="help">Not needed if your club started this year.</div></div>
</form></main></body></html>
"""


def test_accounts_waived_for_some_leave_the_bank_statement_as_the_level(tmp_path: Path) -> None:
    f = measure(tmp_path, "waived.html", WAIVED)
    assert kinds(f) == (["bank_statement"], ["accounts"])
    assert f.accounts is not None and f.accounts.value == "bank_statements"


# --- a form saved from a word processor: empty cells are where applicants write --------------

PAPER = """<html><body><h1>Small grants form</h1>
<table border=1><tr><td><p>Name of group</p></td><td><p>&nbsp;</p></td></tr>
<tr><td><p>Phone</p></td><td><p>&nbsp;</p></td></tr></table>
<table border=1><tr><td>
<p>3. What will you do with the grant? (no more than 200 words)</p></td></tr>
<tr><td style="height:90pt"><p>&nbsp;</p></td></tr></table>
<p>Please mark each document you send with a Y.</p>
<table border=1><tr><td><p>Document</p></td><td><p>Y</p></td></tr>
<tr><td><p>Constitution</p></td><td><p>&nbsp;</p></td></tr>
<tr><td><p>Bank statement</p></td><td><p>&nbsp;</p></td></tr></table>
<p><b>For office use only</b></p>
<table border=1><tr><td><p>Date received</p></td><td><p>&nbsp;</p></td></tr>
<tr><td><p>Reference</p></td><td><p>&nbsp;</p></td></tr></table>
</body></html>
"""


def test_empty_cells_of_a_page_saved_from_a_word_processor_are_answer_spaces(
    tmp_path: Path,
) -> None:
    f = measure(tmp_path, "paper.htm", PAPER)
    assert limits(f) == [200]
    assert len(f.fields) == 3  # name, phone and the checklist's "Y" column (one group)


def test_empty_cells_beside_real_controls_are_not_answer_spaces(tmp_path: Path) -> None:
    page = PAPER.replace("</h1>", "</h1><form><label for='e'>Email</label><input id='e'></form>")
    f = measure(tmp_path, "online.html", page)
    assert limits(f) == [200]  # (the limit's prompt still asks, with its limit)
    assert len(f.fields) == 1


# --- a bilingual page: the translation beside the page's own words is read once -------------

BILINGUAL = """<html lang="en"><body><main><table>
<tr><td>Documents</td><td lang="cy">Dogfennau</td></tr>
<tr><td>Every club must have public liability insurance. You do not need to send the
certificate.</td><td lang="cy">Rhaid i bob clwb gael yswiriant atebolrwydd cyhoeddus. Nid oes
angen i chi anfon y dystysgrif.</td></tr>
<tr><td>Send a copy of your constitution.</td><td lang="cy">Anfonwch gopi o&rsquo;ch
cyfansoddiad.</td></tr>
</table></main></body></html>
"""


def test_a_translation_beside_the_pages_own_words_asks_nothing_more(tmp_path: Path) -> None:
    f = measure(tmp_path, "bilingual.html", BILINGUAL)
    assert kinds(f) == (["governing_document"], [])


def test_a_label_ending_in_a_pound_sign_and_its_input_are_one_field(tmp_path: Path) -> None:
    page = """<html><body><form><table>
<tr><td><label for="a">Amount you are asking for £</label></td>
<td><input id="a" name="a" size="8"></td></tr>
<tr><td><label for="d">Date</label></td><td><input id="d" name="d"></td></tr>
</table></form></body></html>"""
    f = measure(tmp_path, "sum.htm", page)
    assert len(f.fields) == 2
