"""Web pages and Markdown: session 8's causes, each shown on small documents of the test's own,
never the labelled corpus (tests/forms). A hint or counter written as an inline element that a
box names by id (``<span id=q1-hint>`` under ``aria-describedby``) is the box's help, not a
question of its own; ..."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


# --- a hint or counter in an inline element named by aria-describedby is the box's help -------

SPANS = """<html><body><form>
<div class="field">
  <label for="q1">What will your project do? <abbr title="required">*</abbr></label>
  <span id="q1-hint" class="hint">Say what will happen, where and when.</span>
  <textarea id="q1" name="q1" maxlength="1800" aria-describedby="q1-hint q1-count"></textarea>
  <span id="q1-count" class="counter" aria-live="polite">0 / 1800 characters</span>
</div>
<div class="field">
  <label for="q2">Who will take part?</label>
  <span id="q2-hint" class="hint">Up to 150 words.</span>
  <textarea id="q2" name="q2" data-maxwords="150" aria-describedby="q2-hint q2-count"></textarea>
  <span id="q2-count" class="counter">0 words</span>
</div>
</form></body></html>
"""

# another builder: <small> and <em> for the help, the counter before the box, a radio group
# labelled by a span with a span hint beside it
SMALLS = """<html><body><form>
<div class="form-group" role="radiogroup" aria-labelledby="g1-q" aria-describedby="g1-h">
  <span id="g1-q">Is your group based in the district?</span>
  <span id="g1-h">The district is the area the council serves.</span>
  <label><input type="radio" name="g1" value="y"> Yes</label>
  <label><input type="radio" name="g1" value="n"> No</label>
</div>
<p class="form-group">
  <label for="need">Why is your project needed?</label>
  <small id="need-help">Tell us what evidence you have of the need.</small>
  <em id="need-left">600 characters remaining</em>
  <textarea id="need" name="need" maxlength="600" aria-describedby="need-help need-left">
  </textarea>
</p>
<div class="form-group">
  <label for="more">Anything else?</label>
  <textarea id="more" name="more" aria-describedby="more-hint"></textarea>
  <span id="more-hint">Optional.</span>
</div>
</form></body></html>
"""


def test_inline_hint_and_counter_named_by_id_are_the_boxes_help(tmp_path: Path) -> None:
    f = measure(tmp_path, "spans.html", SPANS)
    assert limits(f) == [300, 150]
    assert f.questions[0].text.startswith("What will your project do?")


def test_other_inline_help_elements_and_a_radio_groups_span_label(tmp_path: Path) -> None:
    f = measure(tmp_path, "smalls.html", SMALLS)
    assert limits(f) == [100, None]
    assert len(f.fields) == 1 and f.fields[0].words.startswith("Is your group based in")


def test_an_inline_element_with_an_id_in_prose_stays_in_its_sentence(tmp_path: Path) -> None:
    page = """<html><body><form>
<p>Read <span id="g">the guidance</span> before you start. Everyone must upload a copy of
their <span id="c">constitution</span>.</p>
<label for="x">Describe your project</label><textarea id="x" aria-describedby="h"></textarea>
<div id="h">Up to 200 words.</div>
</form></body></html>"""
    f = measure(tmp_path, "prose.html", page)
    assert limits(f) == [200]
    assert [a.kind for a in f.attachments] == ["governing_document"]


# --- one upload box is one document: an alternative its label offers is only some applicants' -


def _kinds(f: DocumentFacts) -> tuple[list[str], list[str]]:
    every = sorted(a.kind for a in f.attachments if not a.conditional)
    some = sorted(a.kind for a in f.attachments if a.conditional)
    return every, some


def test_a_required_box_offering_an_alternative_asks_all_for_the_first(tmp_path: Path) -> None:
    page = """<html><body><form>
<div><label for="d1">Latest annual accounts or, if your group is less than a year old, your
last three bank statements <span class="req">*</span></label><input type="file" id="d1"></div>
<div><label for="d2">Constitution or set of rules *</label><input type="file" id="d2"></div>
</form></body></html>"""
    f = measure(tmp_path, "alt.html", page)
    assert _kinds(f) == (["accounts", "governing_document"], ["bank_statement"])


def test_a_required_attribute_and_a_bracketed_alternative(tmp_path: Path) -> None:
    page = """<html><body><form>
<p><label for="acc">Independently examined accounts, or if your group is new, a budget for
your first year</label>
<input type="file" id="acc" name="acc" required></p>
<p><label for="gov">Your governing document</label>
<input type="file" id="gov" name="gov" aria-required="true"></p>
</form></body></html>"""
    f = measure(tmp_path, "alt2.html", page)
    assert _kinds(f) == (["accounts", "governing_document"], ["budget"])


def test_a_required_box_naming_two_documents_asks_all_for_both(tmp_path: Path) -> None:
    page = """<html><body><form>
<label for="x">Your constitution and your latest bank statement *</label>
<input type="file" id="x">
</form></body></html>"""
    f = measure(tmp_path, "both.html", page)
    assert _kinds(f) == (["bank_statement", "governing_document"], [])


# --- Markdown templates: a placeholder line is the answer space; a table's aligned divider and a
# --- comment's own marks are layout, not words ----------------------------------------------

TEMPLATE = """---
name: Small grant application
---

## 1. What will your project do?

<!-- Up to 300 words. -->

_Answer here_

## 2. Who will take part?

<!-- No word limit: bullet points are fine. -->

_Answer here_

## 3. Budget

| Item | Cost (£) |
| :--- | ---: |
|  |  |
"""

MINUTES = """# Community chest: application

**Q1. Tell us about your group and what it does.**

*Your answer here*

**Q2. How will the money be spent? (max 150 words)**

Response here

**Q3. Anything else?**

Your response here
"""


def test_a_templates_placeholder_line_is_the_answer_space(tmp_path: Path) -> None:
    assert limits(measure(tmp_path, "template.md", TEMPLATE))[:2] == [300, None]
    assert limits(measure(tmp_path, "minutes.md", MINUTES)) == [None, 150, None]


def test_an_aligned_divider_and_a_comments_marks_are_not_words() -> None:
    from grantcheck.documents.budget import RunBudget
    from grantcheck.documents.text_reader import read_text

    page = "<!--\nHow to fill this in: answer every question.\n-->\n\n" + TEMPLATE.split("---\n")[2]
    found = read_text(page, "md", RunBudget().document())
    words = [b.text for b in found.blocks if b.text]
    assert not [w for w in words if not any(c.isalnum() for c in w)]
    rows = [dict(b.where).get("row") for b in found.blocks if dict(b.where).get("table")]
    assert rows == [1, 1, 2, 2]  # the header row, then the first row to fill in


# --- a page with no controls (a Word form saved as a web page, to print): its typed blanks ----

PRINTED = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-GB>
<p class=MsoNormal><b>Part 1 – Your group<o:p></o:p></b></p>
<p class=MsoNormal>Name of group: ______________________________<o:p></o:p></p>
<p class=MsoNormal>Contact name: ______________________________<o:p></o:p></p>
<p class=MsoNormal>Telephone: ____________ Email: ____________________<o:p></o:p></p>
<p class=MsoNormal><b>Part 2 – Your project<o:p></o:p></b></p>
<p class=MsoNormal>1. What will you do with the grant? (max 250 words)<o:p></o:p></p>
<p class=MsoNormal>__________________________________________________________<o:p></o:p></p>
<p class=MsoNormal>__________________________________________________________<o:p></o:p></p>
<p class=MsoNormal>2. Cost of the project: £ __________<o:p></o:p></p>
<p class=MsoNormal>Signed: ____________________ Date: ____________<o:p></o:p></p>
<p class=MsoNormal>For office use: Received ________ Ref. ________<o:p></o:p></p>
</body></html>"""

DOTTED = """<html><body>
<h2>Application</h2>
<p>Organisation ..............................................</p>
<p>Address ..............................................</p>
<p>How will local people benefit?</p>
<p>..........................................................................</p>
<p>..........................................................................</p>
<p>Signature …………………… Date ……………</p>
</body></html>"""


def test_a_printed_pages_typed_blanks_are_its_fields_and_lines(tmp_path: Path) -> None:
    f = measure(tmp_path, "printed.htm", PRINTED)
    assert limits(f) == [250]
    words = [e.words for e in f.fields]
    assert words[:4] == ["Name of group", "Contact name", "Telephone", "Email"]
    assert len(words) == 7  # and the cost, the signature and its date; not the office's
    g = measure(tmp_path, "dotted.html", DOTTED)
    assert [q.text for q in g.questions] == ["How will local people benefit?"]
    assert len(g.fields) == 4


def test_a_web_forms_own_boxes_leave_its_prose_alone(tmp_path: Path) -> None:
    page = """<html><body><form>
<p>Write your group's name as it appears on your bank statement, e.g. ______ Community Group.</p>
<label for="n">Name of group</label><input id="n" name="n">
<label for="q">What will you do?</label><textarea id="q" maxlength="1200"></textarea>
</form></body></html>"""
    f = measure(tmp_path, "web.html", page)
    assert limits(f) == [200]
    assert len(f.fields) == 1


# --- a Markdown quote or call-out: its words, read as a paragraph, not its marks ---------------

QUOTED = """# Community grants

> **Before you apply:** every group must send a copy of its constitution and
> its most recent bank statement, dated within the last three months.

> [!NOTE]
> If your project works with children you must also send
> your safeguarding policy.

## Your project

1. What will you do? (max 300 words)

    ______________________________
"""


def test_a_quotes_wrapped_lines_are_one_sentence(tmp_path: Path) -> None:
    f = measure(tmp_path, "quoted.md", QUOTED)
    assert _kinds(f) == (["bank_statement", "governing_document"], ["policy"])
    assert not any(a.text.startswith(">") for a in f.attachments)


# --- Markdown: a footnote read at its mark, an empty fenced block as a box, a table's tick cells

NOTES = """Small grants: offline form
==========================

Write your answers in the boxes and email the file to us.

**A. What will you do?**[^a]

```

```

**B. Who will take part, and how will you find them?**[^b]

~~~text
~~~

**C. Anything else?**

```
```

[^a]: No more than 250 words.
[^b]: Maximum 1,200 characters
    (spaces count).
"""

TICKS = """## What to send

| Document | Who sends it | Enclosed |
|:---------|:-------------|:--------:|
| Your constitution | Everyone | [ ] |
| Latest accounts | Everyone | [ ] |
| Safeguarding policy | Only groups working with children | [ ] |
"""


def test_a_footnote_at_its_mark_and_an_empty_fence_as_the_box(tmp_path: Path) -> None:
    f = measure(tmp_path, "notes.md", NOTES)
    assert limits(f) == [250, 200, None]
    assert "[^" not in " ".join(q.text for q in f.questions)


def test_a_fence_with_words_is_read_as_its_lines(tmp_path: Path) -> None:
    page = "# Guidance\n\n```\nEvery group must send a copy of its constitution.\n```\n"
    f = measure(tmp_path, "fenced.md", page)
    assert _kinds(f) == (["governing_document"], [])
    assert f.questions == []


def test_a_tables_tick_cells_leave_its_rows_rows(tmp_path: Path) -> None:
    f = measure(tmp_path, "ticks.md", TICKS)
    assert _kinds(f) == (["accounts", "governing_document"], ["policy"])
    assert all(dict(a.evidence.where).get("table") == 1 for a in f.attachments)
