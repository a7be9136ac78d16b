"""What documents ask applicants to send and hold (attachments, policies, accounts, insurance,
match funding), as councils, foundations and NHS bodies write it: each general rule shown on a
small document of the test's own (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct
from test_documents_s6_attachments import policies


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name) every applicant sends, and those sent in some cases."""
    required, conditional = distinct(f.attachments)
    return [a.policy or a.kind for a in required], [a.policy or a.kind for a in conditional]


PAPERS_TABLE = """\
<table>
  <thead>
    <tr><th>Paper</th><th>Who sends it</th><th>Notes</th></tr>
  </thead>
  <tbody>
    <tr>
      <td>Rules of the group</td>
      <td>All groups</td>
      <td>A signed constitution or set of rules.</td>
    </tr>
    <tr>
      <td>Evidence of your bank account</td>
      <td>All groups</td>
      <td>A bank statement from the last three months.</td>
    </tr>
    <tr>
      <td>Child protection policy</td>
      <td>All groups</td>
      <td>Many clubs use their governing body's policy: that is fine.</td>
    </tr>
    <tr>
      <td>Employer's liability insurance</td>
      <td>All groups</td>
      <td>We do not need to see the certificate: tell us the insurer on the form.</td>
    </tr>
    <tr>
      <td>Written quotes</td>
      <td>Groups buying kit over £300</td>
      <td>Two quotes for each item.</td>
    </tr>
  </tbody>
</table>
"""


def test_a_markdown_pages_raw_html_table_is_read_as_a_table(tmp_path: Path) -> None:
    """A Markdown page may hold raw HTML (a ``<table>`` of what to send, a ``<details>`` FAQ):
    its cells are cells and its tags are not words."""
    page = (
        "<!-- editor's note: update the dates in March -->\n\n"
        "# Sports kit fund\n\n## What to send\n\n" + PAPERS_TABLE + "\n"
        "## Questions people ask\n\n<details>\n<summary>Must our accounts be audited?</summary>\n\n"
        "No: accounts signed by your treasurer are fine.\n\n</details>\n"
    )
    f = measure(tmp_path, "kit.md", page)
    assert sent(f) == (["governing_document", "bank_statement", "safeguarding"], ["quotes"])
    assert f.accounts is not None and f.accounts.value == "unaudited"
    place = dict(f.attachments[0].evidence.where)
    assert place["line"] == 7 and (place["table"], place["row"], place["cell"]) == (1, 2, 1)
    assert "<td>" not in f.attachments[0].evidence.words
    assert not f.questions  # "Must our accounts be audited?" heads an answer: it asks nothing


def test_a_row_names_one_document_whatever_its_notes_say(tmp_path: Path) -> None:
    """In a 'Paper | Who sends it | Notes' table a row names one document: a name no kind
    knows ('Evidence of your bank account') takes the kind its notes name; a note naming
    whose policy it may be ('their governing body's policy') names no second policy; and a
    note that the document need not be sent ('We do not need to see the certificate')
    withdraws the row's document."""
    f = measure(tmp_path, "kit.html", "<h2>What to send</h2>" + PAPERS_TABLE)
    assert sent(f) == (["governing_document", "bank_statement", "safeguarding"], ["quotes"])
    assert policies(f) == ({"safeguarding"}, set())


def test_a_share_in_a_table_is_of_whom_its_column_names(tmp_path: Path) -> None:
    """'Grant asked for | We pay | You put in': a share in a cell is the funder's or the
    applicant's as its column heading says; the applicant's is the match funding."""
    page = (
        "<h2>How much we pay</h2><table>"
        "<tr><th>Grant asked for</th><th>We pay</th><th>You put in</th></tr>"
        "<tr><td>Under £2,000</td><td>The whole cost</td><td>Nothing</td></tr>"
        "<tr><td>£2,000 to £10,000</td><td>Up to 70% of the cost</td>"
        "<td>The rest of the cost</td></tr></table>"
    )
    f = measure(tmp_path, "pay.html", page)
    assert f.match_funding is not None and f.match_funding.value == 30
    page = page.replace("The rest of the cost", "At least 25% of the total cost, in cash")
    page = page.replace("Up to 70%", "Up to 75%")
    f = measure(tmp_path, "pay.html", page)
    assert f.match_funding is not None and f.match_funding.value == 25


def test_accounts_not_asked_for_leave_the_bank_statement_everyone_sends(tmp_path: Path) -> None:
    """'We don't ask for accounts' (a documents table's row, or a sentence) asks for none; the
    bank statement every group sends is then the easiest financial evidence. 'You will not
    have accounts yet' says what a new group has, and 'personal accounts' are bank accounts."""
    page = (
        "## Papers we need\n\n"
        "| Paper | Needed? | Notes |\n| --- | --- | --- |\n"
        "| Bank statement | Yes | Your latest statement, showing the group's name. |\n"
        "| Accounts | No | We don't ask for accounts. |\n\n"
        "We cannot pay grants into personal accounts.\n"
    )
    f = measure(tmp_path, "papers.md", page)
    assert sent(f) == (["bank_statement"], [])
    assert f.accounts is not None and f.accounts.value == "bank_statements"
    page = (
        "## What to send\n\n- Your accounts for last year.\n\n"
        "If your group started this year, you will not have accounts yet. Call us first.\n"
    )
    f = measure(tmp_path, "new.md", page)
    assert f.accounts is not None and f.accounts.value == "unaudited"


def test_a_markdown_call_out_is_the_pages_own_words(tmp_path: Path) -> None:
    """A Markdown page's ``<aside>`` (a call-out, as Notion exports it) is what the author wrote,
    never a site's sidebar: the cover it asks for is read."""
    page = (
        "# Street party fund\n\n<aside>\n"
        "**Insurance.** Every party open to the public needs public liability insurance of\n"
        "at least £2 million.\n\n</aside>\n"
    )
    f = measure(tmp_path, "party.md", page)
    assert f.insurance is not None and f.insurance.value == 2_000_000


UPLOADS = """\
<form><h2>Your documents</h2>
<div class="q"><h3 id="d1">Upload your club's rules *</h3>
<p>The version your members last agreed.</p>
<input type="file" id="f1" name="f1" aria-labelledby="d1"><label for="f1">Choose file</label></div>
<div class="q"><h3 id="d2">Upload your latest accounts *</h3>
<p>If your club is under a year old, upload three months of bank statements instead.</p>
<input type="file" id="f2" name="f2" aria-labelledby="d2"><label for="f2">Choose file</label></div>
<fieldset><legend>Will coaches work with under-18s?</legend>
<label><input type="radio" name="kids" value="yes"> Yes</label>
<label><input type="radio" name="kids" value="no"> No</label></fieldset>
<div class="q" data-form-show-if="kids == yes" hidden><h3 id="d3">Upload your child protection
policy *</h3><input type="file" id="f3" name="f3" aria-labelledby="d3">
<label for="f3">Choose file</label></div>
</form>
"""


def test_an_upload_is_named_by_what_labels_it_and_shown_logic_limits_it(tmp_path: Path) -> None:
    """An upload named by ``aria-labelledby`` ("Upload your club's rules *") is that document,
    though its ``<label>`` is its button's words ("Choose file"); a label's required mark is the
    page's own ("*"), whatever alternative its help offers some ("... instead"); and an upload
    the form shows only after an earlier answer (``data-*-show-if``) is asked of some."""
    f = measure(tmp_path, "club.html", UPLOADS)
    assert sent(f) == (["governing_document", "accounts"], ["bank_statement", "safeguarding"])
    assert policies(f) == (set(), {"safeguarding"})


def test_a_sentence_opening_with_who_it_is_for_limits_what_it_asks(tmp_path: Path) -> None:
    """'Clubs coaching under-18s must also have a child protection policy', 'Organisations
    that employ staff: your employer's liability certificate': the applicants the sentence
    opens with limit it; 'Groups applying to this fund must send their constitution' is
    every one."""
    text = (
        "WHAT TO SEND\n\n"
        "Groups applying to this fund must send a copy of their constitution.\n"
        "Clubs coaching under-18s must also have a child protection policy, and must send a copy.\n"
        "Organisations that employ staff: a copy of your employer's liability certificate.\n"
    )
    f = measure(tmp_path, "club.txt", text)
    assert sent(f) == (["governing_document"], ["safeguarding", "insurance_certificate"])
    assert policies(f) == (set(), {"safeguarding"})


def test_an_alternative_in_brackets_is_the_brackets_alone(tmp_path: Path) -> None:
    """'Your accounts, examined independently (groups with an income under £10,000 may instead
    send a statement of income signed by the treasurer)': the accounts are asked of everyone;
    the bracket offers some groups another kind of the same evidence, and its condition and its
    "instead" are its own."""
    text = (
        "Checklist\n\n"
        "- Your accounts, examined independently (groups with an income under £10,000 may "
        "instead send an income and expenditure account signed by the treasurer)\n"
        "- A copy of your constitution\n"
    )
    f = measure(tmp_path, "list.md", text)
    assert sent(f) == (["accounts", "governing_document"], [])
    assert f.accounts is not None and f.accounts.value == "unaudited"


def test_a_who_cell_naming_every_applicant_in_its_own_word(tmp_path: Path) -> None:
    """'All bidders, one per lot', 'Every tenderer': every applicant, whatever the scheme calls
    them (a note after a comma says how many, not who); 'All registered charities' narrows."""
    page = (
        "<h2>Documents to return</h2><table><tr><th>Document</th><th>Who</th></tr>"
        "<tr><td>Price schedule</td><td>All bidders, one per lot</td></tr>"
        "<tr><td>Form of tender, signed</td><td>Every tenderer</td></tr>"
        "<tr><td>Your constitution</td><td>All registered charities</td></tr></table>"
    )
    f = measure(tmp_path, "tender.html", page)
    assert sent(f) == (["budget", "other"], ["governing_document"])


def test_an_items_later_sentences_limit_only_what_they_name(tmp_path: Path) -> None:
    """A checklist item's second sentence: 'If you are new, bank statements will do' offers
    an alternative to some and leaves the accounts asked of all; 'Only where staff work with
    children.' names nothing and limits the item itself."""
    page = (
        "<h2>Checklist</h2><table><tr><th>Document</th><th>Enclosed ✓</th></tr>"
        "<tr><td>Your latest accounts. If your group is under a year old, three months of bank "
        "statements will do.</td><td></td></tr>"
        "<tr><td>A list of roles needing a DBS check. Only where staff work with children."
        "</td><td></td></tr></table>"
    )
    f = measure(tmp_path, "list.html", page)
    assert sent(f) == (["accounts"], ["bank_statement", "dbs_check"])


def test_each_cover_named_is_its_own_certificate(tmp_path: Path) -> None:
    """'Insurance certificates: employer's liability (£5m) and public liability (£10m)' asks
    for two certificates; 'your public liability insurance certificate' and 'a copy of your
    insurance certificate' are one."""
    text = (
        "# Documents\n\n"
        "- Insurance certificates: employer's liability (£5m) and public liability (£10m)\n"
        "- A copy of your insurance certificate\n"
    )
    f = measure(tmp_path, "ins.md", text)
    assert len(distinct(f.attachments)[0]) == 2
    assert f.insurance is not None and f.insurance.value == 10_000_000


def test_a_footnote_and_a_confirmation_ask_for_nothing(tmp_path: Path) -> None:
    """A footnote under the documents list (its back-link '↩' closing it) explains; a tick
    box's 'Every partner has an equality policy' confirms a policy held, not one to send."""
    page = (
        "<h2>What to send</h2><table><tr><th>Document</th><th>Tick</th></tr>"
        "<tr><td>Your constitution</td><td><input type='checkbox'></td></tr>"
        "<tr><td>Public liability insurance certificate</td><td><input type='checkbox'></td>"
        "</tr><tr><td>Every partner has an equality policy.</td><td><input type='checkbox'>"
        "</td></tr></table><div class='footnotes'><ol><li id='fn:1'><p>Employer's liability "
        "insurance is a legal duty for most employers. <a href='#r1'>↩</a></p></li></ol></div>"
    )
    f = measure(tmp_path, "send.html", page)
    assert sent(f) == (["governing_document", "insurance_certificate"], [])
    assert policies(f) == ({"equality"}, set())


def test_prose_leading_a_checklist_in_keeps_it_open(tmp_path: Path) -> None:
    """'Please send the following with your form. Tick each one you enclose.' under the list's
    heading asks for the items below it: a plain line after it is still an item."""
    text = (
        "SUPPORTING DOCUMENTS\n\n"
        "Please send the following with your form. Tick each one you enclose. We cannot decide "
        "without them.\n\n"
        "[ ] A copy of your constitution\n"
        "[ ] Your most recent annual accounts.\n"
    )
    f = measure(tmp_path, "docs.txt", text)
    assert sent(f) == (["governing_document", "accounts"], [])


def test_a_welsh_share_of_the_cost(tmp_path: Path) -> None:
    """Welsh writes a share in words ("dwy ran o dair", two parts of three; "tair rhan o
    bedair"; "traean", a third): the funder's share ("Ni fydd y Cyngor yn talu mwy na ...")
    leaves the rest ("y gweddill") to the applicant."""
    text = (
        "# Arian\n\n"
        "Ni fydd y Cyngor yn talu mwy na tair rhan o bedair o gyfanswm cost y prosiect. Rhaid "
        "i'r grŵp ddod o hyd i'r gweddill.\n"
    )
    f = measure(tmp_path, "arian.md", text)
    assert f.match_funding is not None and f.match_funding.value == 25


def test_an_alternative_after_or_is_asked_instead_of_only_its_own(tmp_path: Path) -> None:
    """'your latest accounts, or, if your club is new, two bank statements instead': the
    accounts are asked of every club, the statements in their place of new clubs only."""
    text = (
        "What to send\n\n"
        "- your latest accounts, or, if your club is new, two bank statements instead;\n"
        "- a copy of your constitution.\n"
    )
    f = measure(tmp_path, "send.md", text)
    assert sent(f) == (["accounts", "governing_document"], ["bank_statement"])


def test_a_templates_guidance_and_a_conditions_own_words_ask_nothing(tmp_path: Path) -> None:
    """A business plan template's 'Guidance - delete this text before you submit: ...' says
    when the plan is sent, not what to send; a five-year income and expenditure forecast is a
    budget, not accounts; and 'planning consent' inside the condition of 'Planning permission,
    if your works need planning consent' names no second document."""
    text = (
        "## 4. Finances\n\n"
        "Guidance - delete this text before you submit: show your income and expenditure for "
        "the first year and say how you will cover the lease.\n\n"
        "## Appendices to send\n\n"
        "- Appendix 1 - Your constitution.\n"
        "- Appendix 2 - A five-year income and expenditure forecast.\n"
        "- Appendix 3 - Planning permission, if your works need planning consent.\n"
    )
    f = measure(tmp_path, "plan.md", text)
    assert sent(f) == (["governing_document", "budget"], ["other"])


def test_a_templates_comments_are_its_help(tmp_path: Path) -> None:
    """A Markdown issue template's HTML comments are what the one filling it in is told
    ("<!-- Max 150 words. -->"): read as the page's words, not dropped as markup."""
    text = (
        "### What will you do with the grant?\n\n<!-- Max 150 words. Say who will run it. -->\n\n"
        "### Who will take part?\n\n<!-- Up to 600 characters. -->\n"
    )
    f = measure(tmp_path, "template.md", text)
    assert [q.word_limit for q in f.questions] == [150, 100]
    text = (
        "### Attachments\n\n<!-- Drag and drop files into this box, or paste them, to attach "
        "them. Tick each one as you attach it. -->\n\n"
        "- [ ] your constitution or set of rules\n- [ ] your latest accounts\n"
    )
    f = measure(tmp_path, "files.md", text)  # telling how to attach is no upload button
    assert sent(f) == (["governing_document", "accounts"], [])


def test_a_before_you_start_page_lists_what_to_have(tmp_path: Path) -> None:
    """GOV.UK's 'What you need to apply' and 'Make sure you have:' lead a list of the
    documents an application needs."""
    text = (
        "## What you need to apply\n\n"
        "Before you begin, make sure you have:\n\n"
        "* your group's constitution\n* your latest annual accounts\n* a project budget\n"
    )
    f = measure(tmp_path, "start.md", text)
    assert sent(f) == (["governing_document", "accounts", "budget"], [])
