"""What documents ask applicants to send, and on what condition, as councils, foundations and
NHS bodies lay it out: each general rule shown on a small document of the test's own (never
the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name, "other" by its words) every applicant sends, and those
    sent only in some cases."""
    required, conditional = distinct(f.attachments)
    return [a.policy or a.name or a.kind for a in required], [
        a.policy or a.name or a.kind for a in conditional
    ]


def policies(f: DocumentFacts) -> tuple[set[str], set[str]]:
    """Policies every applicant needs, and those needed only in some cases."""
    every = {str(p.value) for p in f.policies if not p.conditional}
    every |= {a.policy for a in f.attachments if a.policy and not a.conditional}
    some = {str(p.value) for p in f.policies if p.conditional}
    some |= {a.policy for a in f.attachments if a.policy and a.conditional}
    return every, some - every


def test_who_column_naming_every_applicant_by_what_they_are(tmp_path: Path) -> None:
    """'All bids', 'Every applicant', 'All schemes' in a 'Who sends it' column: everyone."""
    f = measure(
        tmp_path,
        "papers.html",
        "<h2>Supporting papers</h2><table>"
        "<tr><th>Paper</th><th>Who sends it</th><th>Enclosed</th></tr>"
        "<tr><td>Your constitution</td><td>All schemes</td><td></td></tr>"
        "<tr><td>A plan of the site</td><td>Every applicant</td><td></td></tr>"
        "<tr><td>Two estimates for the work</td><td>All bids</td><td></td></tr>"
        "<tr><td>Letter from the owner of the land</td><td>Where you lease the land</td>"
        "<td></td></tr></table>",
    )
    every, some = sent(f)
    # (a plan of a place is named by its words, as the plural always was: acc25b, loosely.PICTURED)
    assert sorted(every) == ["governing_document", "plan of the site", "quotes"]
    assert some == ["letter from the owner"]


def test_a_checklist_to_tick_repeats_what_was_asked(tmp_path: Path) -> None:
    """A closing list to tick names the documents again without their conditions: where the
    form asked for them first says who sends them. What only the checklist names still counts."""
    f = measure(
        tmp_path,
        "form.md",
        "# Small grants form\n\n## Part 5: What to send\n\nPlease enclose:\n\n"
        "- a copy of your constitution;\n"
        "- if your group works with young people, your safeguarding policy;\n"
        "- for equipment over £1,000, three quotes.\n\n"
        "## Part 6: Before you post this form\n\nI have enclosed:\n\n"
        "| Document | ✓ |\n| --- | --- |\n| Constitution | |\n| Safeguarding policy | |\n"
        "| Quotes | |\n| Risk assessment | |\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["governing_document", "risk assessment"]
    assert sorted(some) == ["quotes", "safeguarding"]
    assert policies(f) == (set(), {"safeguarding"})


def test_a_documents_table_read_as_lines_says_who_on_the_line_after(tmp_path: Path) -> None:
    """A PDF's or text export's documents table: each document, then its 'who' cell as a line."""
    f = measure(
        tmp_path,
        "prospectus.txt",
        "Annex 2: Documents checklist\n\nDocument\nWho needs to upload it\n"
        "Memorandum and articles of association\nEvery applicant\n"
        "Lone working policy\nServices visiting clients at home\n"
        "Public liability insurance certificate\nAll organisations\n"
        "Letters of support from partners\nConsortium bids only\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["governing_document", "insurance_certificate"]
    assert sorted(some) == ["letters_of_support", "lone_working"]
    assert policies(f) == (set(), {"lone_working"})


def test_how_councils_say_only_some_applicants(tmp_path: Path) -> None:
    """'- for projects ...', 'over £1,000' make a document conditional; a bracket saying how
    many ('three where ...') and a condition opening an alternative after 'or' do not."""
    f = measure(
        tmp_path,
        "enclosures.txt",
        "ENCLOSURES\n\nPlease send the following with this form:\n\n"
        "(a) your accounts for the last year, audited or, where your turnover is below "
        "£50,000, signed by two officers;\n"
        "(b) two written estimates for the works (three where the works cost more than "
        "£30,000);\n"
        "(c) a tenancy agreement – for projects in rented premises;\n"
        "(d) a business plan for any new service over £20,000.\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["accounts", "quotes"]
    assert sorted(some) == ["business_plan", "tenancy agreement"]


def test_lines_of_a_pdf_or_text_export_read_as_the_sentences_they_wrap(tmp_path: Path) -> None:
    """A sentence wrapped over two lines, a word hyphenated at a line's end and Markdown
    emphasis are read as the sentence they are: its condition, its policies."""
    f = measure(
        tmp_path,
        "export.txt",
        "Does the scheme involve vulnerable adults? If so, enclose your\n"
        "adult protection policy.\n\n"
        "Declaration We confirm that the committee has adopted equal oppor-\n"
        "tunities and complaints policies and that the money will be used only for\n"
        "the scheme described.\n",
    )
    assert policies(f) == ({"equality", "complaints"}, {"safeguarding"})
    g = measure(
        tmp_path,
        "notes.md",
        "## What to upload\n\n- [ ] Your constitution\n"
        "- [ ] A lease or the owner's written permission, *if* you do not own the\n"
        "      building\n",
    )
    every, some = sent(g)
    assert (every, some) == (["governing_document"], ["lease"])
    # a short title over a list in lower case is not a sentence the margin broke
    h = measure(
        tmp_path,
        "notes.txt",
        "4. Papers to send\nyour constitution;\nyour latest accounts;\na recent bank statement.\n",
    )
    assert sorted(sent(h)[0]) == ["accounts", "bank_statement", "governing_document"]


def test_a_fixed_width_checklist_with_typed_tick_boxes(tmp_path: Path) -> None:
    """pdftotext -layout: a heading and its instruction on one line apart, '[   ]' boxes in the
    middle of wrapped items, conditions in brackets naming who or opening with 'where'."""
    f = measure(
        tmp_path,
        "layout.txt",
        "   SECTION 4 - ENCLOSURES                            Tick each one you send\n\n"
        "   Governing document                                [   ]\n\n"
        "   Most recent accounts (or, for clubs with a turnover [   ]\n"
        "   below £2,000, a summary signed by two members)\n\n"
        "   Cash-flow forecast showing all income and spending [   ]\n\n"
        "   Child protection policy (clubs coaching under-16s  [   ]\n"
        "   or vulnerable adults)\n\n"
        "   Street trading consent (where stalls are planned)  [   ]\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["accounts", "budget", "governing_document"]
    assert sorted(some) == ["other", "safeguarding"]
    assert policies(f) == (set(), {"safeguarding"})


def test_a_numbered_section_title_and_run_in_labels(tmp_path: Path) -> None:
    """'6. Papers you will need for the full bid' opens a checklist though a PDF marks no
    heading; a bullet's run-in label names a document the vocabulary does not know."""
    f = measure(
        tmp_path,
        "prospectus.txt",
        "6. Papers you will need for the full bid\n\n"
        "Keep these ready for the second stage.\n\n"
        "• Accounts: the last two years. They need not be audited.\n"
        "• State aid form: signed, on the template we will give you.\n"
        "• Closing date: 30 June.\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["accounts", "other"] and some == []


def test_upload_buttons_described_in_text(tmp_path: Path) -> None:
    """A screen reader's or form builder's upload questions as text: the label before the
    button, 'Required' after it or a trailing '*', a hint opening with a condition, and an
    upload that is only 'Optional.' asked of nobody."""
    f = measure(
        tmp_path,
        "spoken.txt",
        "Supporting documents\n\n"
        "File 1. Your rules or constitution.\nButton, Browse for file. Required.\n\n"
        "File 2. Your latest accounts.\nButton, Browse for file.\n"
        "Hint: Only if your club has been running for more than a year.\n\n"
        "File 3. A recent bank statement.\nButton, Browse for file. Required.\n\n"
        "File 4. Photographs of the site.\nButton, Browse for file.\nHint: Optional.\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["bank_statement", "governing_document"]
    assert some == ["accounts"]
    # accounts from clubs over a year old only, a bank statement from all: the easiest evidence
    assert f.accounts is not None and f.accounts.value == "bank_statements"
    g = measure(
        tmp_path,
        "builder.html",
        "<div><div>Your organisation's governing document *</div>"
        "<div>Upload 1 supported file: PDF. Max 10 MB.</div><div>Add file</div></div>"
        "<div><div>Equal opportunities policy</div>"
        "<div>Only if you employ staff. Upload 1 supported file: PDF. Max 10 MB.</div>"
        "<div>Add file</div></div>",
    )
    assert sent(g) == (["governing_document"], ["equality"])


def test_the_funders_share_leaves_the_rest_to_the_applicant(tmp_path: Path) -> None:
    """Whoever pays ('The Fund', 'Parish CIL', 'the programme's grant'), however it is said
    ('will not exceed', 'will not normally grant more than', 'will pledge up to'), the
    funder's share of the cost leaves the rest as match funding; a percentage in another
    sentence than 'match funding' is not its figure."""
    cases = {
        "Parish CIL will meet no more than 80% of the eligible cost of a scheme.": 20,
        "The programme's grant will not exceed 65% of the eligible cost; you find the rest.": 35,
        "The Trust will not normally grant more than half of the total cost of any scheme.": 50,
        "We will pledge up to 40% of your target and the crowd gives the rest.": 60,
        "We pay 90% of the cost of the kit; the team must raise the remainder.": 10,
        "The Board will usually fund no more than two thirds of the total cost. The "
        "remaining third can come from your own reserves.": 33.3,
        "You should raise at least 15% of the total project cost. This match funding may be "
        "in kind.": 15,
        "We can pay up to 75% of your project’s total cost.": 25,
    }
    for n, (text, share) in enumerate(cases.items()):
        f = measure(tmp_path, f"m{n}.txt", text + "\n")
        assert f.match_funding is not None and f.match_funding.value == share, text
    g = measure(
        tmp_path,
        "none.txt",
        "There is no requirement for match funding. Last year 85% of the groups that applied "
        "were funded.\n",
    )
    assert g.match_funding is not None and g.match_funding.value == 0


def test_accounts_signed_by_the_groups_own_officers_are_unaudited(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "accounts.txt",
        "Please send your accounts for the last year, examined by an independent examiner or, "
        "where your income is under £10,000, signed as correct by your chair and secretary.\n",
    )
    assert f.accounts is not None and f.accounts.value == "unaudited"
    assert sent(f) == (["accounts"], [])


def test_a_long_lettered_list_and_a_conditional_tail(tmp_path: Path) -> None:
    """Letters run past h ('i)', 'j)'); 'Where relevant, you must also send:' makes the items
    under it conditional."""
    items = "abcdefgh"
    docs = ["your constitution", "your accounts", "a budget", "a project plan"]
    docs += ["two references", "a cash-flow forecast", "your business plan", "three quotes"]
    lines = [f"{c}) {d};" for c, d in zip(items, docs, strict=True)]
    f = measure(
        tmp_path,
        "enclose.md",
        "## Enclosures\n\nPlease enclose:\n\n" + "\n".join(lines) + "\n\n"
        "Where relevant, you must also send:\n\n"
        "i) your environmental policy, if you are building;\n"
        "j) a lease, if you rent your premises.\n",
    )
    every, some = sent(f)
    assert len(every) == 7  # the forecast is a budget: one document of that kind
    assert sorted(some) == ["environmental", "lease"]


def test_what_we_ask_for_and_a_negation_that_ends_with_its_clause(tmp_path: Path) -> None:
    """'What we ask for' heads a list; 'groups that have not yet ... may send bank statements'
    asks for them (the 'not' belongs to the clause before 'may')."""
    f = measure(
        tmp_path,
        "notes.md",
        "## What we ask for\n\n- Your latest annual accounts.\n\n"
        "Groups that have not yet finished their first year may instead send three months of "
        "bank statements.\n",
    )
    assert f.accounts is not None and f.accounts.value == "bank_statements"
    assert sent(f) == (["accounts"], ["bank_statement"])


def test_an_alternative_after_or_if_is_the_alternatives_condition(tmp_path: Path) -> None:
    """'Audited accounts ... or, if you need no audit, examined accounts': every applicant
    sends accounts; the condition chooses which. A pricing schedule is a budget."""
    f = measure(
        tmp_path,
        "tender.md",
        "## Documents to upload\n\n"
        "1. Audited accounts for the last three years or, if your charity is below the audit "
        "threshold, independently examined accounts.\n"
        "2. Your completed pricing schedule.\n",
    )
    assert sent(f) == (["accounts", "budget"], [])
    assert f.accounts is not None and f.accounts.value == "independent_examination"
    # a document to be read together with another asks for neither
    g = measure(
        tmp_path,
        "spec.txt",
        "This specification shall be read together with the pricing schedule and the terms.\n",
    )
    assert sent(g) == ([], [])


def test_a_part_only_some_applicants_fill_in(tmp_path: Path) -> None:
    """'Stage 2: invited applicants only': the documents of that part are asked of some
    applicants, until the next part; 'Documents to send with Stage 1: ...' asks for them."""
    f = measure(
        tmp_path,
        "two-stage.txt",
        "STAGE 1: EVERY APPLICANT\n\n"
        "Documents to send with Stage 1: your constitution and your latest accounts.\n\n"
        "STAGE 2: INVITED APPLICANTS ONLY\n\n"
        "Documents to send with Stage 2: a business plan and a delivery plan.\n\n"
        "STAGE 3: DECLARATION\n\nPlease also send a recent bank statement.\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["accounts", "bank_statement", "governing_document"]
    assert sorted(some) == ["business_plan", "project_plan"]


def test_an_easy_read_list_with_notes_and_questions(tmp_path: Path) -> None:
    """Easy read: numbered items with short notes under them, and 'Do you ...?' then 'Then send
    us ...' for documents only some groups send."""
    f = measure(
        tmp_path,
        "easy.md",
        "## Things to send us\n\nPlease send us these things.\n\n"
        "1. Your club's rules.\n\nSome people call this a constitution.\n\n"
        "[Picture: a page of sums]\n\n2. Your accounts.\n\n"
        "They show the money you got and spent.\n\n"
        "Do you run trips for young people?\n\n"
        "Then send us your child protection policy.\n",
    )
    every, some = sent(f)
    assert sorted(every) == ["accounts", "governing_document"]
    assert some == ["safeguarding"]
    assert policies(f) == (set(), {"safeguarding"})


def test_a_lettered_section_title_and_a_certificate_of_something_else(tmp_path: Path) -> None:
    """'E What to send with this form' opens a checklist (a section's letter, as a number);
    'the date of each certificate' beside a DBS list is no insurance certificate."""
    f = measure(
        tmp_path,
        "form.txt",
        "E What to send with this form\n"
        "1. The team's constitution.\n"
        "2. If you coach under-18s: a list of coaches holding a DBS check, with the date of "
        "each certificate.\n",
    )
    assert sent(f) == (["governing_document"], ["dbs_check"])


def test_a_policy_expected_and_a_table_of_dates(tmp_path: Path) -> None:
    """'We expect each group to have ... a policy' asks for none to be sent; a table of rounds
    whose last column is 'Letters sent' is no checklist to tick."""
    f = measure(
        tmp_path,
        "notes.md",
        "## What to send\n\n| Document | Who |\n| --- | --- |\n"
        "| Your constitution | All groups |\n\n"
        "We expect each group to have a complaints procedure. We do not need a copy.\n\n"
        "## Dates\n\n| Round | Closing date | Letters sent |\n| --- | --- | --- |\n"
        "| 1 (grants up to £500 only) | 1 May | 30 May |\n",
    )
    assert sent(f) == (["governing_document"], [])
    assert policies(f) == ({"complaints"}, set())


def test_a_privacy_policy_is_the_funders_own(tmp_path: Path) -> None:
    """'as set out in the Fund's privacy notice', a footer's 'Privacy Policy' link: how the
    funder or the site uses data, not a policy asked of applicants."""
    f = measure(
        tmp_path,
        "page.md",
        "I agree to the Fund keeping my details, as set out in its privacy policy.\n\n"
        "Terms - Cookies - Privacy Policy\n\nPlease send your data protection policy.\n",
    )
    assert policies(f) == ({"data_protection"}, set())
