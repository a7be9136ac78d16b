"""The accounts level (session 19): causes seen in the corpus, each shown on small documents of
the test's own, never the labelled corpus.

An FAQ that asks whether the accounts are needed and answers "No" needs no accounts: "Do you
need our accounts?" / "No. For grants this small we only ask for the documents above." (the
question a heading or a folded part's title, the answer the paragraph under it, or both in one
paragraph). A question about a higher level answered "No" waives that level; an answer that
names a level is read as said. A form builder's own header (Microsoft Forms' "office-form-
header", Jotform's "form-header") is the form's title and description, not the site's header:
what it says of the accounts is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents import Measurer

FAQ_MD = """\
# Oldbury Heritage Micro-grants

Grants of £100 to £500 for open days and heritage events.

## What to send

Please send a risk assessment for your event.

## Questions

### Do I need to send our accounts?

No. For grants of this size we only need the risk assessment.

### Can we apply twice?

Yes, once in each year.
"""
FAQ_HTML = """\
<html><body><main>
<h1>Youth Opportunity Fund</h1>
<p>Grants of up to £300 for young people's ideas.</p>
<h2>Frequently asked questions</h2>
<h3>Will you want to see our accounts?</h3>
<p>No, we don't ask for any financial documents for grants this small.</p>
<h3>How long will it take?</h3>
<p>About two weeks.</p>
</main></body></html>
"""
FAQ_TXT = """\
BRANTWOOD PARISH COUNCIL - COMMUNITY CHEST

Common questions

Do we have to send accounts with the form? No. Grants under £250 are paid on trust.

Can individuals apply? No, only groups can apply.
"""
FAQ_DETAILS = """\
# Kelby Civic Society event grants

## What to send

Everyone must attach a simple risk assessment for the event.

::: details Does the society need our accounts?
No. We only ask for the risk assessment.
:::
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("faq.md", FAQ_MD),
        ("faq.html", FAQ_HTML),
        ("faq.txt", FAQ_TXT),
        ("details.md", FAQ_DETAILS),
    ],
)
def test_an_faq_answering_no_to_accounts_needs_none(tmp_path: Path, name: str, text: str) -> None:
    f = measure(tmp_path, name, text)
    assert f.accounts is not None and f.accounts.value == "none"


def test_an_faq_answering_no_to_accounts_in_word(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Kelby Town Council - Small Events Fund", 1)
    document.add_paragraph("Grants of up to £400 for community events in Kelby.")
    document.add_heading("Does the council need our accounts?", 3)
    document.add_paragraph("No – we only ask for the documents listed in section 4.")
    document.add_heading("Can we hold the event outside Kelby?", 3)
    document.add_paragraph("No. The event must take place in the town.")
    path = tmp_path / "faq.docx"
    document.save(str(path))
    f = Measurer().measure(path, path.name)[1]
    assert f.accounts is not None and f.accounts.value == "none"


EXAMINED = "Please send your latest annual accounts, independently examined.\n\n"
SIGNED = "Please send your latest annual accounts, signed by your treasurer."


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an answer that names a level is read as said
        (
            "### Do our accounts need to be audited?\n\nNo. Accounts signed by your treasurer"
            " and one other committee member are fine.\n",
            "unaudited",
        ),
        # a question about another thing, or a "No problem"
        (
            EXAMINED + "### Do you need our bank details?\n\nNo. We will ask for them later.\n",
            "independent_examination",
        ),
        (
            EXAMINED + "### What if we don't have accounts yet?\n\nNo problem: send a bank"
            " statement instead.\n",
            "bank_statements",
        ),
        # a question about a second time, answered no: those who sent them before
        (
            "Please send your latest annual accounts, signed by your treasurer.\n\n### Do we"
            " need to send our accounts again if we applied last year?\n\nNo. We keep them on"
            " file for two years.\n",
            "unaudited",
        ),
        # review19's F12: a question about how, when or in what form they are sent, or an
        # answer that goes on to ask for them
        (
            SIGNED + "\n\n### Do we need to send the original copy of our accounts?\n\nNo, a"
            " photocopy or a scan is fine.\n",
            "unaudited",
        ),
        (
            SIGNED + "\n\n### Do we need to post our accounts to you?\n\nNo, you can email"
            " them to grants@example.org.uk.\n",
            "unaudited",
        ),
        (
            SIGNED + "\n\n### Do you need to see our accounts before we apply?\n\nNo. Send"
            " them with your application form.\n",
            "unaudited",
        ),
        # review19's F12b: a question about more than whether the accounts are needed, or an
        # answer naming what is enough or a later ask
        (
            SIGNED + "\n\n### Do you need to see two years of accounts?\n\nNo, just the most"
            " recent year is enough.\n",
            "unaudited",
        ),
        (
            SIGNED + "\n\n### Do our accounts need to be signed by two people?\n\nNo, one"
            " signature is enough.\n",
            "unaudited",
        ),
        (
            SIGNED + "\n\n### Do you need our accounts at this stage?\n\nNo. We will ask for"
            " them if your application goes through to the panel.\n",
            "unaudited",
        ),
        # a question whether a group may apply, answered no: nothing waived
        (
            EXAMINED + "### Can we apply if we have no accounts?\n\nNo. Every group must send"
            " its accounts.\n",
            "independent_examination",
        ),
    ],
)
def test_an_faq_that_does_not_waive_the_accounts(tmp_path: Path, text: str, level: str) -> None:
    f = measure(tmp_path, "faq.md", f"# Oldbury Community Chest\n\n## Questions\n\n{text}")
    assert f.accounts is not None and f.accounts.value == level


MS_FORMS = """\
<!DOCTYPE html>
<html lang="en-GB"><head><title>Ashby Youth Grants</title></head>
<body>
<div class="office-form" data-automation-id="officeForm">
<div class="office-form-header" data-automation-id="formHeader">
<div class="office-form-title-content"><span role="heading">Ashby Youth Grants 2027</span></div>
<div class="office-form-description-content"><span>Grants of up to £400 for young people's
ideas. You don't need to find any other money, and we don't need to see accounts.</span></div>
</div>
<div class="office-form-body">
<div class="office-form-question"><span>1. Your name</span>
<input type="text" aria-label="1. Your name"></div>
<div class="office-form-question"><span>2. What is your idea? (up to 200 words)</span>
<textarea aria-label="2. What is your idea?"></textarea></div>
</div>
</div>
</body></html>
"""
JOTFORM = """\
<!DOCTYPE html>
<html><head><title>Grants</title></head>
<body>
<div class="site-header"><a href="/">Home</a> <span>We do not ask for accounts</span></div>
<div class="form-all">
<div class="form-header-group"><h1 class="form-header">Millbrook Community Grants</h1>
<div class="formSubHeader">Small grants for groups. There is no need to send accounts: a
recent bank statement is enough.</div></div>
<p>1. Name of group <input type="text" name="q1"></p>
<p>2. Describe your project (max 150 words) <textarea name="q2"></textarea></p>
</div>
</body></html>
"""


@pytest.mark.parametrize(("text", "level"), [(MS_FORMS, "none"), (JOTFORM, "bank_statements")])
def test_a_form_builders_header_is_the_forms_own_words(
    tmp_path: Path, text: str, level: str
) -> None:
    f = measure(tmp_path, "form.htm", text)
    assert f.accounts is not None and f.accounts.value == level


def test_a_sites_header_is_still_no_part_of_the_form(tmp_path: Path) -> None:
    # near miss: the site's own header (no form named in it) says nothing the form asks
    page = (
        '<html><body><div class="site-header masthead"><p>Our grants: no accounts needed for'
        ' grants under £100.</p></div><div class="content"><h1>Millbrook Community Grants</h1>'
        f'<p>{EXAMINED.strip()}</p><p>1. Name of group <input type="text"></p></div>'
        "</body></html>"
    )
    f = measure(tmp_path, "page.html", page)
    assert f.accounts is not None and f.accounts.value == "independent_examination"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("exempt.md", f"{SIGNED} Schools and academies do not need to send accounts.\n"),
        ("exempt.txt", f"{SIGNED}\n\nParish councils need not send accounts.\n"),
        (
            "exempt.html",
            f"<html><body><main><p>{SIGNED}</p><p>Registered charities don't need to send"
            " accounts: we read them on the Charity Commission's website.</p></main></body></html>",
        ),
    ],
)
def test_accounts_excused_for_some_applicants_are_still_the_others_level(
    tmp_path: Path, name: str, text: str
) -> None:
    f = measure(tmp_path, name, text)
    assert f.accounts is not None and f.accounts.value == "unaudited"


@pytest.mark.parametrize(
    "sentence",
    [
        "You do not need to send accounts.",
        "We don't need to see your accounts.",
        # review19's F13: every applicant is excused, however they are named
        "Applicants do not need to send accounts.",
        "Groups applying to this fund do not need to send accounts.",
        "Applicants to the Small Grants fund do not need to send accounts.",
    ],
)
def test_accounts_excused_for_everyone_are_none(tmp_path: Path, sentence: str) -> None:
    # near miss: the applicant (you) or the funder (we) is no kind of applicant
    f = measure(
        tmp_path, "none.md", f"# Small grants\n\nPlease send a risk assessment. {sentence}\n"
    )
    assert f.accounts is not None and f.accounts.value == "none"
